"""Ranges of days and months: ``بين 5 و7 أكتوبر``, ``من 5 إلى 9 تشرين الثاني 2021``, ``بين مارس
ومايو 2020``, ``من يناير إلى مارس``: a begin and an end, the month and year of the second
serving both."""

from __future__ import annotations

from typing import Any

from ..engine import Parse, production, rule
from ..grammar import Grammar
from . import calendar


@production("calendar", resolve=calendar.resolve_calendar,
            examples=[("ودارت معارك عنيفة بين 5 و7 أكتوبر", "2020-10-10", "2020-10-05")])
def days() -> None:
    """``بين 5 و7 أكتوبر``, ``من 12 حتى 15 مارس 2019``: the first and the last day."""


@production("calendar", resolve=calendar.resolve_calendar,
            examples=[("بين مارس ومايو 2020", "2020-10-10", "2020-03")])
def months() -> None:
    """``بين مارس ومايو 2020``, ``من يناير إلى مارس``: the first and the last month."""


def _month_range(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    first = calendar.month_ref(g, i + 1, True)
    if not first or "month_rel" in first[0]:
        return None
    fields1, j = first
    if not g.adj(j):
        return None
    nt = g.toks[j]
    if nt.has("to") or nt.has("and"):
        k = j + 1
    elif nt.coordinated and nt.has("month"):
        k = j
    else:
        return None
    second = calendar.month_ref(g, k, True) if g.adj(k) else None
    if not second or "month_rel" in second[0]:
        return None
    fields2, e = second
    year, e = calendar.year_after(g, e, fields2["system"])
    fields2.update(year)
    if "year" in year and "year" not in fields1:
        fields1 = {**fields1, "year": year["year"] - (fields1["month"] > fields2["month"])}
    return [months.make(i, j, {**fields1, "range": "begin"}), months.make(k, e, {**fields2, "range": "end"})], e


@rule("group", first=("between", "from"))
def between(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``بين``/``من`` + a day or month, ``و``/``إلى``/``حتى`` + a day or month."""
    if not g.adj(i + 1):
        return None
    first = g.day_number(i + 1)
    if not first:
        return _month_range(g, i)
    j = first[1]
    if not g.adj(j):
        return None
    nt = g.toks[j]
    if nt.has("to") or (nt.has("and") and g.toks[i].has("between")):
        k = j + 1
    elif g.toks[i].has("between") and nt.coordinated:
        k = j
    else:
        return None
    if not g.adj(k):
        return None
    second = g.day_number(k)
    if not second:
        return None
    m = second[1]
    if g.role(m, "from"):
        m += 1
    month = calendar.month_ref(g, m, True) if g.adj(m) else None
    if not month:
        return None
    fields: dict[str, Any]
    fields, e = month
    year, e = calendar.year_after(g, e, fields.get("system", "gregorian"))
    fields.update(year)
    return [days.make(i, j, {**fields, "day": first[0], "range": "begin"}),
            days.make(k, e, {**fields, "day": second[0], "range": "end"})], e
