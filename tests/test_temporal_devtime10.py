"""devtime10 (temporal round 16) held under floors: every time expression in 24 short news
articles, dense in the families round 15 left open ("العام نفسه الذي" + its event, "الشهر ذاته",
verbless headlines' weekdays, Levantine "من جمعة", future days along coordinated clauses,
Morocco's Hijri month starts, spoken forms, mixed-calendar ranges, two-digit years, clock times
with "إلا" and "بتوقيت", midnight and dawn at the day's edges).  Part A is the development part
(run with ``-s`` to see its misses); part B is the transfer measure and its misses are not
printed, only its figures.  Each floor sits at what the code reached when it was set (see
tests/devtime10/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_scoring import check_devtime_floors

HERE = Path(__file__).resolve().parent / "devtime10"

#: resolved, found (of the required rows), spurious records at most, negatives hit at most
FLOORS = {"a": (118, 118, 0, 0), "b": (55, 58, 1, 0)}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_devtime10_floors(part: str) -> None:
    check_devtime_floors(HERE, part, FLOORS[part])
