"""Years of their own calendar (``units.json`` ``cycles``): school, academic, sport and fiscal
years named by a pair of years (``العام الدراسي 2023-2024``), one year (``السنة المالية 2024``) or a
direction (``العام الدراسي المقبل``)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from ...model import Timex
from .. import values as V
from ..engine import rule
from ..grammar import Grammar

#: a pair of years written as one token: ``2023-2024``, ``2023/2024``, ``2023/24``
_YEAR_PAIR = re.compile(r"(\d{4})[-/](\d{4}|\d{2})")

#: directions a school year takes (``العام الدراسي الماضي/الحالي/المقبل``): a shift in years
_CYCLE_SHIFT = {"past": -1, "last": -1, "current": 0, "future": 1}


def resolve_cycle(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """The months of a school, sport or fiscal year (``units.json`` ``cycles``): from its
    first month in the first year to its last month (in the next year when the span runs over
    the turn of the year); by a direction, the one in progress at the DCT (the last one begun)
    moved by whole years."""
    kind, first_month, last_month = f["cycle"]
    if kind == "fiscal" and f.get("last_year") == f.get("year", 0) + 1:
        # العام المالي 2023/2024: the months of the state the text names (Egypt July-June)
        months_of = ctx.fiscal_months(found)
        if months_of is not None and months_of[0] > months_of[1]:
            first_month, last_month = months_of
    crosses = first_month > last_month
    anchor = None
    if "year" in f:
        year = f["year"]
    else:
        today = ctx.dct.date()
        year = today.year - (crosses and today.month < first_month) + f["shift"]
        anchor = "dct"
    last_year = f.get("last_year", year + crosses)
    if not 1 <= year <= last_year <= 9999:
        return None
    mod = f.get("mod")
    if not crosses and last_year == year:
        return attrs.evolve(V.year_timex(base, year, mod), anchor=anchor, extra={"cycle": kind})
    first, last = dt.date(year, first_month, 1), V.month_last(last_year, last_month)
    months = (last_year - year) * 12 + last_month - first_month + 1
    begin, end = first, last
    if mod in _THIRDS:
        # نهاية العام الدراسي 2021/2022: the last third of its months (START, MID alike)
        third = max(1, round(months / 3))
        first = V.add_months(first, {"START": 0, "MID": (months - third) // 2, "END": months - third}[mod])
        later = V.add_months(first, third - 1)
        last = V.month_last(later.year, later.month)
    earliest, latest = V.span_bounds(first, last)
    return attrs.evolve(base, type="DURATION", value=f"P{months}M", earliest=earliest, latest=latest, grain="month",
                        anchor=anchor, mod=mod if mod in _THIRDS else None,
                        extra={"cycle": kind, "begin": begin.isoformat(), "end": end.isoformat()})


_THIRDS = ("START", "MID", "END")


@rule("cycle", first=("year_word", "cycle_noun"), resolve=resolve_cycle,
      examples=[("انطلق العام الدراسي 2023-2024", "2023-09-30", "P10M"),
                ("توج الهلال بلقب موسم 2021-2022", "2024-05-12", "P12M"),
                ("أقرت الحكومة ميزانية السنة المالية 2024", "2023-12-07", "2024"),
                ("شهد العام الدراسي الماضي تحديات", "2023-09-30", "P10M"),
                ("يبدأ الموسم الدراسي المقبل في سبتمبر", "2024-06-03", "P10M")])
def cycle_year(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``العام الدراسي 2023-2024``, ``موسم 2022-2023``, ``السنة المالية 2024``, ``العام الدراسي
    الماضي``, ``الموسم الرياضي 2025-2026``: a year of its own calendar, named by two consecutive
    years, one year (a fiscal year: that calendar year) or a direction (a school year, a season
    named with its adjective: a bare ``الموسم الماضي`` may be a harvest's)."""
    tok = g.toks[i]
    named = tok.has("year_word")  # a year word and its adjective name the kind (العام الدراسي)
    if named:
        if not (g.adj(i + 1) and g.role(i + 1, "cycle_adjective")):
            return None
        cycle, j = g.toks[i + 1].get("cycle_adjective"), i + 2
    else:
        cycle, j = tok.get("cycle_noun"), i + 1
        if g.role(j, "cycle_adjective"):  # الموسم الدراسي، الموسم الرياضي: the adjective's kind
            cycle, j, named = g.toks[j].get("cycle_adjective"), j + 1, True
    if not g.adj(j) or j >= g.n:
        return None
    nt = g.toks[j]
    if nt.era or g.role(j + 1, "hijri_era"):
        return None  # العام الدراسي 1442/1443هـ: Hijri years, a range of its own
    pair = _YEAR_PAIR.fullmatch(nt.num or "")
    if pair and 1900 <= int(pair.group(1)) <= 2100:
        first, second = int(pair.group(1)), int(pair.group(2))
        second += first // 100 * 100 if second < 100 else 0
        return ({"cycle": cycle, "year": first, "last_year": second}, j + 1) if second == first + 1 else None
    crosses = cycle[1] > cycle[2]
    if nt.num and nt.num.isdigit() and 1900 <= int(nt.num) <= 2100 and not crosses and named:
        return {"cycle": cycle, "year": int(nt.num)}, j + 1  # السنة المالية 2024
    if crosses and named and nt.get("dir") in _CYCLE_SHIFT:
        return {"cycle": cycle, "shift": _CYCLE_SHIFT[nt.get("dir")]}, j + 1
    return None
