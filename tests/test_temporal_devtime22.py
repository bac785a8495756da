"""devtime22 (temporal round 28) held under floors: every time expression in 16 short
articles: history features (Maysalun 1920, Dinshaway 1906, the 1973 embargo), overnight events
with zones, interviews in dialect, schedules, timetables and notices with numeric dates in every
order and separator, spoken clock ranges (``من الساعة 10 لحد 12``).  Part A is the development
part (run with ``-s`` to see its misses); part B is the transfer measure and its misses are not
printed, only its figures.  Each floor sits at what the code reached when it was set (see
tests/devtime22/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_scoring import check_devtime_floors

HERE = Path(__file__).resolve().parent / "devtime22"

#: resolved, found (of the required rows), spurious records at most, negatives hit at most
FLOORS = {"a": (64, 68, 0, 0), "b": (59, 65, 2, 0)}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_devtime22_floors(part: str) -> None:
    check_devtime_floors(HERE, part, FLOORS[part])
