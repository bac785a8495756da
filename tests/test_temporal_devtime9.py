"""devtime9 (temporal round 15) held under floors: every time expression in 24 short news
articles outside recent news, dense in the families round 14 left open ("قبل عامين" of a happening,
a Hijri month after a relative year, an edition's year before a plan, postponements, "العام
نفسه"، "الثلثاء" and Maghrebi months, ranges across a month boundary, habitual weekdays).  Part A
is the development part (run with ``-s`` to see its misses); part B is the transfer measure and
its misses are not printed, only its figures.  Each floor sits at what the code reached when it
was set (see tests/devtime9/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_scoring import check_devtime_floors

HERE = Path(__file__).resolve().parent / "devtime9"

#: resolved, found (of the required rows), spurious records at most, negatives hit at most
FLOORS = {"a": (149, 149, 0, 0), "b": (61, 62, 0, 0)}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_devtime9_floors(part: str) -> None:
    check_devtime_floors(HERE, part, FLOORS[part])
