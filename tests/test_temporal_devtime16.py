"""devtime16 (temporal round 22) held under floors: every time expression in 16 short
articles, breadth outside recent news (history features with centuries, decades and a Hijri
year; spoken Egyptian, Gulf, Levantine, Tunisian and Moroccan forms in interviews; numeric
dates in every order and separator, Arabic-Indic digits too; numeric Hijri dates and
``الموافق`` pairs; ranges across months and years; coordinated years; sports, culture, court
and economy pieces).  Part A is the development part (run with ``-s`` to see its misses); part
B is the transfer measure and its misses are not printed, only its figures.  Each floor sits at
what the code reached when it was set (see tests/devtime16/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_scoring import check_devtime_floors

HERE = Path(__file__).resolve().parent / "devtime16"

#: resolved, found (of the required rows), spurious records at most, negatives hit at most
FLOORS = {"a": (72, 73, 0, 0), "b": (57, 61, 0, 0)}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_devtime16_floors(part: str) -> None:
    check_devtime_floors(HERE, part, FLOORS[part])
