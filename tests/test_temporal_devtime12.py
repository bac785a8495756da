"""devtime12 (temporal round 18) held under floors: every time expression in 29 short news
articles, dense in what round 17 left open (Morocco's observed Ramadan, an eve dated by its
event, GMT with a weekday after an imperfect, clocks with zones across midnight, sentence-initial
form V/VI perfectives, an imperfect far from its weekday, "أ.د." before names, dotted numeric
dates and two-digit years, parts of a month with a year, "منذ مطلع العام"، "الأسبوع قبل الماضي"،
"نهاية الأسبوع المقبل"، a deadline "خلال 48 ساعة"، Hijri months with "لعام"، durations that are
not dates).  Part A is the development part (run with ``-s`` to see its misses); part B is the
transfer measure and its misses are not printed, only its figures.  Each floor sits at what the
code reached when it was set (see tests/devtime12/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_scoring import check_devtime_floors

HERE = Path(__file__).resolve().parent / "devtime12"

#: resolved, found (of the required rows), spurious records at most, negatives hit at most
FLOORS = {"a": (96, 96, 0, 0), "b": (38, 41, 1, 0)}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_devtime12_floors(part: str) -> None:
    check_devtime_floors(HERE, part, FLOORS[part])
