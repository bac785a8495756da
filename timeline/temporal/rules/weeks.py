"""Weeks of a month: ``الأسبوع الأول من الشهر المقبل``, ``الأسبوع الأخير من أكتوبر`` (the k-th,
or the last, seven days of the month)."""

from __future__ import annotations

from typing import Any

from ..engine import rule
from ..grammar import Grammar
from . import calendar


@rule("calendar", first=("unit",), resolve=calendar.resolve_calendar,
      examples=[("الأسبوع الأول من الشهر المقبل", "2020-10-04", "2020-11")])
def week_of_month(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``الأسبوع`` + an ordinal (1-4) or ``الأخير`` + ``من`` + a Gregorian month."""
    unit = g.toks[i].get("unit")
    if not (unit and unit[:3] == ("week", 1, True) and g.adj(i + 1) and (
            (g.toks[i + 1].has("ord") and 1 <= g.toks[i + 1].get("ord") <= 4)
            or g.toks[i + 1].get("dir") == "last") and g.role(i + 2, "from") and g.adj(i + 3)):
        return None
    month = calendar.month_ref(g, i + 3, True)
    if not month:
        return None
    fields, k = month
    if "month_rel" not in fields:
        year, k = calendar.year_after(g, k, fields["system"])
        fields.update(year)
    if fields.get("system", "gregorian") != "gregorian":
        return None
    week = g.toks[i + 1].get("ord") if g.toks[i + 1].has("ord") else -1
    return {**fields, "month_week": week}, k
