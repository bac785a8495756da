"""devtime20 (temporal round 26) held under floors: every time expression in 16 short
articles: overnight events with their zones (``في الليلة ذاتها``, ``بتوقيت غرينتش``), history
features (a Hijri month of 1517, a feast day of 1755), interviews in dialect, schedules and
church-calendar pieces (the eve of the Cross, Easter computed in years the churches differ),
compound durations and offsets, games named by their year (``دورة 2024``).  Part A is the
development part (run with ``-s`` to see its misses); part B is the transfer measure and its
misses are not printed, only its figures.  Each floor sits at what the code reached when it was
set (see tests/devtime20/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_scoring import check_devtime_floors

HERE = Path(__file__).resolve().parent / "devtime20"

#: resolved, found (of the required rows), spurious records at most, negatives hit at most
FLOORS = {"a": (88, 95, 3, 2), "b": (67, 68, 1, 1)}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_devtime20_floors(part: str) -> None:
    check_devtime_floors(HERE, part, FLOORS[part])
