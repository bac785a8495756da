"""devtime18 (temporal round 24) held under floors: every time expression in 16 short
articles, breadth outside recent news and round 23's leftovers (history features with a Hijri
year; the eve of a battle and a day after it; ``بعد يوم واحد من الاقتراع`` from the event's day;
weeks of a month and of the next week; ``ليلة`` + a weekday; ``منتصف ليل اليوم الأحد``; Moroccan
feasts with no day given; a clock at a feast; a month with no year in a paper of another season;
place names holding a weekday word; compound durations; clocks with zones; Hijri datelines;
spoken Lebanese, Moroccan, Egyptian, Gulf, Iraqi and Algerian forms).  Part A is the
development part (run with ``-s`` to see its misses); part B is the transfer measure and its
misses are not printed, only its figures.  Each floor sits at what the code reached when it was
set (see tests/devtime18/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_scoring import check_devtime_floors

HERE = Path(__file__).resolve().parent / "devtime18"

#: resolved, found (of the required rows), spurious records at most, negatives hit at most
FLOORS = {"a": (84, 88, 1, 1), "b": (72, 76, 4, 1)}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_devtime18_floors(part: str) -> None:
    check_devtime_floors(HERE, part, FLOORS[part])
