"""devtime19 (temporal round 25) held under floors: every time expression in 16 short
articles: nights and overnight events (``ليلة`` + a bare weekday left open or decided by the
text, weekday pairs, a clock after midnight, ``ليلة العيد``), history features with a Hijri date,
interviews in dialect, sports with zones and church calendars.  Part A is the development part
(run with ``-s`` to see its misses); part B is the transfer measure and its misses are not
printed, only its figures.  Each floor sits at what the code reached when it was set (see
tests/devtime19/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_scoring import check_devtime_floors

HERE = Path(__file__).resolve().parent / "devtime19"

#: resolved, found (of the required rows), spurious records at most, negatives hit at most
FLOORS = {"a": (76, 78, 1, 1), "b": (64, 64, 3, 0)}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_devtime19_floors(part: str) -> None:
    check_devtime_floors(HERE, part, FLOORS[part])
