"""Fuzzy parts with a TIMEX3 mod (``modifiers.json``): ``مطلع تشرين الأول/أكتوبر`` (START: days
1-10), ``منتصف أيلول`` (MID), ``أواخر 2019`` (END: September-December), ``نهاية العام الماضي``,
``أول أيام رمضان`` (its first day), ``آخر أيام الشهر``."""

from __future__ import annotations

from ..engine import Parse, production, rule
from ..grammar import Grammar
from . import calendar, cycles, history, relative, weeks


@production("calendar", resolve=calendar.resolve_calendar,
            examples=[("أول أيام رمضان", "2020-10-01", "2020-04-24")])
def edge_day() -> None:
    """``أول/آخر أيام`` + a month: its first or last day."""


@production("calendar", resolve=calendar.resolve_calendar,
            examples=[("مطلع تشرين الأول/أكتوبر", "2020-10-04", "2020-10"), ("أواخر 2019", "2020-10-04", "2019")])
def part_of() -> None:
    """``مطلع/منتصف/أواخر`` + a month or a year: its first, middle or last third."""


@production("period", resolve=relative.resolve_period,
            examples=[("مطلع العام الماضي", "2020-10-04", "2019"), ("نهاية الشهر", "2020-10-04", "2020-10")])
def part_of_period() -> None:
    """``مطلع/نهاية`` + a relative period (``العام الماضي``) or a bare unit (``الأسبوع``)."""


@production("calendar", examples=[("في أوائل التسعينيات", "2020-10-04", "199X"),
                                  ("أواخر القرن التاسع عشر", "2020-10-04", "18")])
def part_of_era() -> None:
    """``مطلع/منتصف/أواخر`` + a decade or a century: its first, middle or last third of the
    years (resolved by the decade's or century's own rule)."""


@production("cycle", resolve=cycles.resolve_cycle,
            examples=[("نشرت النتائج في نهاية العام الدراسي 2021/2022", "2023-02-10", "P10M")])
def part_of_cycle() -> None:
    """``مطلع/منتصف/نهاية`` + a school, sport or fiscal year (``cycles.cycle_year``): its
    first, middle or last third of the months."""


@rule("group", first=("fuzzy",))
def fuzzy(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """A fuzzy part (start, middle, end) of a month, year or period, or the first/last day of a month."""
    if not g.adj(i + 1):
        return None
    mod = g.toks[i].get("fuzzy")
    j = i + 1
    nxt = g.toks[j]
    if mod == "END" and (not g.toks[i].pre or g.toks[i].coordinated) and (nxt.num is not None or nxt.has("card") or nxt.has("unit")):
        # آخر 3 أيام، آخر أسبوعين: the last days up to the DCT (آخر 3 أيام من الشهر: its end)
        cu = count_patterns.count_unit(g, j, single=False)
        k = cu[3] if cu else 0
        of_time = g.role(k, "from") and g.adj(k + 1) and (g.toks[k + 1].num is not None or any(
            g.toks[k + 1].has(r) for r in ("month", "month_word", "unit", "year_word")))
        if cu and cu[1] and not of_time:
            return [durations.stretch.make(i, cu[3], {"unit": cu[0], "n": cu[1], "direction": "past"})], cu[3]
    if g.role(j, "unit") and g.toks[j].get("unit")[0] == "day" and g.toks[j].get("unit")[1] == 0:
        # أول أيام رمضان / آخر أيام الشهر
        month = calendar.month_ref(g, j + 1, True) if g.adj(j + 1) else None
        if month:
            fields, k = month
            year, k = calendar.year_after(g, k, fields.get("system", "gregorian"))
            fields.update(year)
            fields["edge_day"] = "first" if mod == "START" else "last"
            return [edge_day.make(i, k, fields)], k
        return None
    month = calendar.month_ref(g, j, True)
    if month:
        fields, k = month
        if "month_rel" not in fields:
            year, k = calendar.year_after(g, k, fields["system"])
            fields.update(year)
            if g.toks[i].has("first_day_word") and not nxt.has("month_word"):
                # أول نوفمبر 1954، اعتباراً من أول يوليو: the month's first day
                return [edge_day.make(i, k, {**fields, "edge_day": "first"})], k
        return [part_of.make(i, k, {**fields, "mod": mod})], k
    tok = g.toks[j]
    if tok.has("year_word") or tok.has("cycle_noun"):
        cycle = cycles.cycle_year(g, j)
        if cycle:
            inner = cycle[0][0]
            return [part_of_cycle.make(i, cycle[1], {**inner.fields, "mod": mod})], cycle[1]
    if tok.has("decade_name") or tok.has("decade_word") or tok.has("unit") or tok.has("millennium_word"):
        era = history.decade(g, j) or history.century(g, j) or history.millennium(g, j)
        if era:
            inner = era[0][0]
            return [inner.wrap(part_of_era, i=i, fields={**inner.fields, "mod": mod})], era[1]
    if tok.has("year_word") or tok.num is not None:
        at = j + 1 if tok.has("year_word") else j
        year = g.year_number(at)
        if year:
            era, end = calendar.year_era(g, at)
            return [part_of.make(i, end, {"year": year[0], "mod": mod, **era})], end
    if tok.has("edge_week") and mod in ("START", "END") and not g.toks[i].pre and g.definite(j) \
            and (g.dialects is None or tok.get("edge_week") & g.dialects):
        # rule edge_week: Levantine آخر الجمعة، أول الجمعة الجاية: the end or start of the week
        k, shift = j + 1, 0
        if g.role(k, "dir") and g.toks[k].get("dir") in ("past", "future"):
            k, shift = k + 1, (1 if g.toks[k].get("dir") == "future" else -1)
        return [part_of_period.make(i, k, {"unit": "week", "shift": shift, "mod": mod})], k
    per = relative.period_fields(g, j)
    unit = tok.get("unit")
    if not per and unit and unit[2] and unit[1] in (1, -1) and unit[0] in ("week", "month", "year"):
        per = {"unit": unit[0], "shift": 0}, j + 1
    if per:
        if per[0]["unit"] == "week" and mod == "END" and per[0]["shift"] in (-1, 0, 1) \
                and g.toks[i].has("weekend_word"):
            return [weeks.weekend.make(i, per[1], {**per[0], "mod": mod})], per[1]
        return [part_of_period.make(i, per[1], {**per[0], "mod": mod})], per[1]
    return None


# call-time dependencies, imported last: these modules import this one
from . import count_patterns, durations  # noqa: E402
