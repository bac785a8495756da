"""devtime8 (temporal round 14) held under floors: every time expression in 24 short news
articles outside recent news, dense in the families round 13 left open (feasts without their
country's name, a decreed holiday's weekdays, verbless headlines, "اليوم التالي لـ" an event,
"قبل عامين" of a happening, clock times from the DCT's hour, spoken Levantine and Maghrebi
forms).  Part A is the development part (run with ``-s`` to see its misses); part B is the transfer measure and its misses are not
printed, only its figures.  Each floor sits at what the code reached when it was set (see
tests/devtime8/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_scoring import check_devtime_floors

HERE = Path(__file__).resolve().parent / "devtime8"

#: resolved, found (of the required rows), spurious records at most, negatives hit at most
FLOORS = {"a": (156, 158, 0, 0), "b": (56, 63, 1, 2)}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_devtime8_floors(part: str) -> None:
    check_devtime_floors(HERE, part, FLOORS[part])
