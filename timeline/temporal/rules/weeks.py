"""Weekends, and weeks of a month: ``الأسبوع الأول من الشهر المقبل``, ``الأسبوع الأخير من أكتوبر`` (the k-th,
or the last, seven days of the month)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ...model import Timex
from .. import values as V
from ..engine import production, rule
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


def resolve_weekend(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex:
    """The weekend of the week named (TIMEX3 ``2016-W45-WE``): Friday to Sunday, which covers
    both the Friday-Saturday and the Saturday-Sunday weekends of Arab countries."""
    shift = f["shift"] if isinstance(f["shift"], int) else 0
    origin = ctx.dct.date()
    monday = origin - dt.timedelta(days=origin.weekday()) + dt.timedelta(weeks=shift)
    iso_year, week, _ = monday.isocalendar()
    earliest, latest = V.span_bounds(monday + dt.timedelta(days=4), monday + dt.timedelta(days=6))
    return attrs.evolve(base, value=f"{iso_year}-W{week:02d}-WE", earliest=earliest, latest=latest,
                        grain="week", anchor="dct")


@production("weekend", resolve=resolve_weekend,
            examples=[("في عطلة نهاية الأسبوع", "2016-11-07", "2016-W45-WE"),
                      ("نهاية الأسبوع المقبل", "2016-11-07", "2016-W46-WE")])
def weekend() -> None:
    """``نهاية الأسبوع`` (``عطلة نهاية الأسبوع``), ``نهاية الأسبوع الماضي/المقبل``: the weekend."""
