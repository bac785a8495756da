"""devtime6 (temporal round 12) held under floors: every time expression in 24 short news
articles dense in the families round 11 left weak (anchors named by an event, parts of a year,
named holidays and national days, event-year compounds, academic, fiscal and sport years,
intervals ending at the publication date, clock times with a zone).  Part A is the development
part (run with ``-s`` to see its misses); part B is the transfer measure and its misses are not
printed, only its figures.  Each floor sits at what the code reached when it was set (see
tests/devtime6/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_scoring import check_devtime_floors

HERE = Path(__file__).resolve().parent / "devtime6"

#: resolved, found (of the required rows), spurious records at most, negatives hit at most
FLOORS = {"a": (170, 171, 0, 0), "b": (77, 82, 2, 0)}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_devtime6_floors(part: str) -> None:
    check_devtime_floors(HERE, part, FLOORS[part])
