"""devtime23 (temporal round 29) held under floors: every time expression in 16 short
articles: history features (the Suez Canal's opening 1869, Bandung 1955), interviews in dialect
(Jordanian, Iraqi, Tunisian, Emirati, Moroccan, Syrian), sports fixtures, notices with numeric
Gregorian and Hijri dates in every order and separator, clocks with zones, week and month
arithmetic (``الثلاثاء الثاني من شهر فبراير``، ``الأسبوع الأول من صفر``).  Part A is the
development part (run with ``-s`` to see its misses); part B is the transfer measure and its
misses are not printed, only its figures.  Each floor sits at what the code reached when it was
set (see tests/devtime23/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_scoring import check_devtime_floors

HERE = Path(__file__).resolve().parent / "devtime23"

#: resolved, found (of the required rows), spurious records at most, negatives hit at most
FLOORS = {"a": (60, 64, 1, 1), "b": (62, 67, 0, 0)}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_devtime23_floors(part: str) -> None:
    check_devtime_floors(HERE, part, FLOORS[part])
