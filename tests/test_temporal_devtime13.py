"""devtime13 (temporal round 19) held under floors: every time expression in 25 short
articles, breadth outside recent news (history before Christ and Hijri centuries, dates and years
in words, ranges across months and years, numeric dates with two-digit years and dots, deadlines
against durations, fiscal quarters, school, fiscal and sports years, the spoken forms in quotes,
open ends, a decree's weekday, clock minutes in words).  Part A is the development part (run
with ``-s`` to see its misses); part B is the transfer measure and its misses are not printed,
only its figures.  Each floor sits at what the code reached when it was set (see
tests/devtime13/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_scoring import check_devtime_floors

HERE = Path(__file__).resolve().parent / "devtime13"

#: resolved, found (of the required rows), spurious records at most, negatives hit at most
FLOORS = {"a": (98, 99, 0, 0), "b": (38, 38, 4, 0)}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_devtime13_floors(part: str) -> None:
    check_devtime_floors(HERE, part, FLOORS[part])
