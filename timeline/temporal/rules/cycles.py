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
from ..engine import production, rule
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
    if kind == "fiscal" and (f.get("last_year") == f.get("year", 0) + 1 or "shift" in f):
        # العام المالي 2023/2024، العام المالي الماضي: the months of the state the text names
        # (Egypt July-June)
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
    pair = _pair(g, j)
    if pair is not None:
        return ({"cycle": cycle, "year": pair[0], "last_year": pair[1]}, j + 1) if pair[1] == pair[0] + 1 else None
    direction = nt.get("dir") if g.role(j, "dir") else None
    if named and (direction in _CYCLE_SHIFT or nt.has("cycle_filler")) and g.adj(j + 1):
        # العام المالي الجاري 2024/2025، العام المالي الجديد 2024/2025: the pair names the year
        pair = _pair(g, j + 1)
        if pair is not None and pair[1] == pair[0] + 1 and not g.role(j + 2, "hijri_era"):
            return {"cycle": cycle, "year": pair[0], "last_year": pair[1]}, j + 2
    crosses = cycle[1] > cycle[2]
    if nt.num and nt.num.isdigit() and 1900 <= int(nt.num) <= 2100 and not crosses and named:
        return {"cycle": cycle, "year": int(nt.num)}, j + 1  # السنة المالية 2024
    if named and direction in _CYCLE_SHIFT and (crosses or cycle[0] == "fiscal"):
        # العام الدراسي الماضي، السنة المالية المقبلة (a fiscal year in the state's months)
        return {"cycle": cycle, "shift": _CYCLE_SHIFT[direction]}, j + 1
    return None


def _pair(g: Grammar, j: int) -> tuple[int, int] | None:
    """The two years of a pair written as one token at ``j`` (``2023/24``: 2023, 2024)."""
    pair = _YEAR_PAIR.fullmatch(g.toks[j].num or "") if j < g.n else None
    if not pair or not 1900 <= int(pair.group(1)) <= 2100:
        return None
    first, second = int(pair.group(1)), int(pair.group(2))
    return first, second + (first // 100 * 100 if second < 100 else 0)


def resolve_fiscal_part(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """A quarter or half of a school, sport or fiscal year: that part of its months, named as
    the calendar's quarter or half when it is one (Egypt's first fiscal quarter of 2024/2025 is
    2024-Q3); a year of two calendar years (no state named) stays the whole span."""
    cycle = resolve_cycle(ctx, base, {k: v for k, v in f.items() if k != "code"}, found)
    if cycle is None or cycle.earliest is None:
        return None
    letter, index = f["code"][0], int(f["code"][1:])
    size = 12 // {"Q": 4, "H": 2}[letter]
    extra = dict(cycle.extra)
    begin = dt.date.fromisoformat(extra["begin"]) if "begin" in extra else cycle.earliest.date()
    end = dt.date.fromisoformat(extra["end"]) if "end" in extra else cycle.latest.date()
    if (end.year - begin.year) * 12 + end.month - begin.month + 1 != 12:
        return cycle
    first = V.add_months(begin, (index - 1) * size)
    later = V.add_months(first, size - 1)
    last = V.month_last(later.year, later.month)
    if (first.month - 1) % size == 0:
        code = f"{letter}{(first.month - 1) // size + 1}"
        return attrs.evolve(year_parts.resolve_year_part(
            ctx, base, {"code": code, "first": first.month, "last": later.month, "year": first.year}, found),
            anchor=cycle.anchor)
    earliest, latest = V.span_bounds(first, last)
    return attrs.evolve(base, type="DURATION", value=f"P{size}M", earliest=earliest, latest=latest, grain="month",
                        anchor=cycle.anchor, extra={"cycle": extra.get("cycle", "fiscal"),
                                                    "begin": first.isoformat(), "end": last.isoformat()})


@production("year_part", resolve=resolve_fiscal_part,
            examples=[("ارتفعت الإيرادات في مصر خلال الربع الأول من العام المالي الجاري 2024/2025",
                       "2024-11-12", "2024-Q3"),
                      ("وارتفع العجز في الكويت خلال النصف الأول من السنة المالية 2023/2024", "2024-01-10", "P6M")])
def fiscal_part() -> None:
    """``الربع الأول من العام المالي الجاري 2024/2025``: a quarter or half of a school, sport or
    fiscal year (``year_parts.year_part`` reads the part, ``cycle_year`` the year)."""


# call-time dependencies, imported last: year_parts imports this module
from . import year_parts  # noqa: E402
