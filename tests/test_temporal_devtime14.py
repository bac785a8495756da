"""devtime14 (temporal round 20) held under floors: every time expression in 23 short
articles, breadth outside recent news (Egypt's fiscal year and quarters, Gulf and Maghrebi spoken
days, millennia, Hijri 1447 in Morocco, dates and years in words, ranges across months and years,
numeric dates with dots and two-digit years, durations against dates, parts of days and weeks in
dialects, clock times across midnight in two zones, events named by a month as negatives).  Part
A is the development part (run with ``-s`` to see its misses); part B is the transfer measure and
its misses are not printed, only its figures.  Each floor sits at what the code reached when it
was set (see tests/devtime14/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_scoring import check_devtime_floors

HERE = Path(__file__).resolve().parent / "devtime14"

#: resolved, found (of the required rows), spurious records at most, negatives hit at most
FLOORS = {"a": (85, 85, 0, 0), "b": (38, 39, 0, 0)}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_devtime14_floors(part: str) -> None:
    check_devtime_floors(HERE, part, FLOORS[part])
