"""devtime17 (temporal round 23) held under floors: every time expression in 16 short
articles, breadth outside recent news and round 22's leftovers (history features; the eve of an
event whose day the text names; ``ليلة الجمعة``; narrative anaphors; stretches back
``خلال العامين الماضيين``; ``الأسبوع السابق``; a week's end; compound durations; clocks with
zones and ``الساعة 8 بعد المغرب``; Moroccan feasts; spoken Egyptian, Moroccan, Levantine, Gulf
and Iraqi forms; sports, culture, court and economy pieces).  Part A is the development part (run with ``-s`` to see its misses); part
B is the transfer measure and its misses are not printed, only its figures.  Each floor sits at
what the code reached when it was set (see tests/devtime17/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_scoring import check_devtime_floors

HERE = Path(__file__).resolve().parent / "devtime17"

#: resolved, found (of the required rows), spurious records at most, negatives hit at most
FLOORS = {"a": (90, 91, 0, 0), "b": (81, 86, 2, 0)}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_devtime17_floors(part: str) -> None:
    check_devtime_floors(HERE, part, FLOORS[part])
