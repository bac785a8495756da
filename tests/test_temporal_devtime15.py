"""devtime15 (temporal round 21) held under floors: every time expression in 16 short
articles, breadth outside recent news (Egyptian b-imperfects, a Levantine week's end, national
days named from the dateline, ranges from yesterday to a weekday, small hours after midnight,
hamza-less futures, Hijri 1447 in Morocco, dates and years in words, ranges across months and
years, numeric dates with dots and two-digit years, durations against dates, parts of days and
weeks in dialects).  Part A is the development part (run with ``-s`` to see its misses); part B
is the transfer measure and its misses are not printed, only its figures.  Each floor sits at
what the code reached when it was set (see tests/devtime15/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_scoring import check_devtime_floors

HERE = Path(__file__).resolve().parent / "devtime15"

#: resolved, found (of the required rows), spurious records at most, negatives hit at most
FLOORS = {"a": (53, 53, 0, 0), "b": (24, 25, 0, 0)}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_devtime15_floors(part: str) -> None:
    check_devtime_floors(HERE, part, FLOORS[part])
