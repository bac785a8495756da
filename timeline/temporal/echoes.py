"""Readings settled once the whole text is resolved: what a later expression tells about an
earlier bare weekday or month.

Two named rules, run after the pass in text order (``Context.resolve_all``):

- ``headline_echo``: a bare weekday or month in a headline (the text's first line, when it is
  a title: no full stop, a body after it) is the one the body names first, when the body
  names that weekday within a week of the DCT or that month within a year of it (``مجلس
  الوزراء في جلسة استثنائية الثلاثاء`` over ``يعقد ... يوم الثلاثاء المقبل``: the coming
  Tuesday; ``وفاة شخصين في حريق ... الجمعة`` over ``يوم الجمعة`` told in the past stays past). A
  headline summarises its lead; alone it has no verb to tell its tense.
- ``headline_days_echo``: a day and month (or a range of them) in a headline with no year of
  its own is in the year the body gives the same days (``رزنامة البكالوريا: 5 أيام من 15 إلى 19
  جوان`` over ``من الأحد 15 إلى الخميس 19 جوان 2025``), when that year is within one of the DCT's.
- ``planned_before_ahead``: a bare weekday read in the past in a clause told in the imperfect
  (``يصل الموفد إلى بيروت الثلاثاء``) is the coming one when a later day of its sentence lies
  ahead within a week and the coming one is not after it (``، على أن يلتقي ... الأربعاء ويغادر
  الخميس``): one sentence tells one stretch of days, not a week back and a week on.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ..model import Timex
from . import values as V
from .engine import Found
from .rules.deictic import ALONE

#: how many days from the DCT a weekday named in the body may lie to be echoed or to pull
_WEEK = 7
#: rules reading a day of a month, and the rule joining two points into a range
_DAY_RULES = frozenset({"calendar.day_month", "calendar.numeric_date"})
_RANGE_RULE = "ranges.between"
#: reading fields that tie a day and month to a year (as ``rules.ranges`` has them)
_YEAR_KEYS = frozenset({"year", "month_dir", "year_shift", "month_rel", "short_year"})


def settle(ctx: Any, found: list[Found], out: list[Timex]) -> list[Timex]:
    """``out`` (one timex per item of ``found``) with both rules applied."""
    out = _planned_before_ahead(ctx, found, out)
    return _headline_echo(ctx, found, out)


def _bare_weekday(found: Found) -> int | None:
    f = found.reading.as_dict()
    if found.rule.name not in ALONE or f.get("shift", 0) or "said" in f or "pair_first" in f \
            or "coordinated" in f or "day" in f or "hour" in f:
        return None
    return f.get("weekday")


def _bare_month(found: Found) -> int | None:
    f = found.reading.as_dict()
    if found.rule.name != "calendar.month" or set(f) - {"month", "prep", "system"} or f.get("system", "gregorian") != "gregorian":
        return None
    return f.get("month")


def _days_points(found: Found) -> list[tuple[str, dict[str, Any]]] | None:
    """The day-and-month points of a day or a range of days (``من 15 إلى 19 جوان``), else ``None``."""
    f = found.reading.as_dict()
    if found.rule.name == _RANGE_RULE:
        points = [f.get("begin"), f.get("end")]
        if all(isinstance(p, tuple) and len(p) == 2 and p[0] in _DAY_RULES for p in points):
            return [(p[0], dict(p[1])) for p in points]
        return None
    return [(found.rule.name, f)] if found.rule.name in _DAY_RULES else None


def _yearless_days(found: Found) -> bool:
    """A day and month with no year of its own, or a range of two such."""
    points = _days_points(found)
    return points is not None and not any(set(f) & _YEAR_KEYS for _name, f in points)


def _dated_days(found: Found) -> bool:
    """A day and month with its own year, or a range whose end has one (``2025 جوان``)."""
    points = _days_points(found)
    return points is not None and "year" in points[-1][1]


def _days_echo(ctx: Any, k: int, found: list[Found], out: list[Timex], end: int) -> Timex:
    """Rule ``headline_days_echo``: the body's timex naming the same days with a year of its own."""
    dct = ctx.dct.date()
    timex = out[k]
    first, last = timex.earliest.date(), timex.latest.date()
    for item, later in zip(found[k + 1:], out[k + 1:], strict=True):
        if later.start < end or later.earliest is None or later.latest is None:
            continue
        a, b = later.earliest.date(), later.latest.date()
        if (a.month, a.day, b.month, b.day) != (first.month, first.day, last.month, last.day) \
                or later.type != timex.type or later.grain != timex.grain:
            continue
        # the first mention of the same days decides; one with no year of its own lends none
        if _dated_days(item) and a.year != first.year and abs(a.year - dct.year) <= 1 \
                and b.year - a.year == last.year - first.year:
            return attrs.evolve(timex, value=later.value, earliest=later.earliest, latest=later.latest,
                                extra=later.extra, anchor="narrative")
        return timex
    return timex


def _headline_echo(ctx: Any, found: list[Found], out: list[Timex]) -> list[Timex]:
    end = ctx.headline_end()
    if not end:
        return out
    dct = ctx.dct.date()
    for k, (item, timex) in enumerate(zip(found, out, strict=True)):
        if timex.start >= end:
            break
        if timex.earliest is None:
            continue
        if timex.latest is not None and _yearless_days(item):
            out[k] = _days_echo(ctx, k, found, out, end)
            continue
        weekday, month = _bare_weekday(item), _bare_month(item)
        if weekday is None and month is None:
            continue
        for j in range(k + 1, len(out)):
            later = out[j]
            if later.start < end or later.earliest is None:
                continue
            day = later.earliest.date()
            if weekday is not None and later.grain in ("day", "part_of_day", "hour", "minute") \
                    and day.weekday() == weekday and abs((day - dct).days) <= _WEEK:
                if day != timex.earliest.date():
                    out[k] = V.day_timex(timex, day, item.reading.as_dict(), "narrative")
                break
            if month is not None and later.grain in ("month", "day") and day.month == month \
                    and abs(day.year - dct.year) <= 1 and later.latest is not None \
                    and later.latest.date().month == month:
                if day.year != timex.earliest.year:
                    out[k] = V.month_timex(attrs.evolve(timex, anchor="narrative"), day.year, month, timex.mod)
                break
    return out


def _planned_before_ahead(ctx: Any, found: list[Found], out: list[Timex]) -> list[Timex]:
    dct = ctx.dct.date()
    for k, (item, timex) in enumerate(zip(found, out, strict=True)):
        weekday = _bare_weekday(item)
        if weekday is None or timex.earliest is None or timex.earliest.date() > dct:
            continue
        end = ctx.doc.sentence(timex.start)[1]
        ahead = None
        for j in range(k + 1, len(out)):
            later = out[j]
            if later.start >= end:
                break  # the rest of the sentence only: linear in the expressions
            if later.earliest is not None and later.grain in ("day", "part_of_day", "hour", "minute") \
                    and dct < later.earliest.date() <= dct + dt.timedelta(days=_WEEK):
                ahead = later
                break
        if ahead is None or not ctx.planned(item):
            continue
        coming = dct + dt.timedelta(days=(weekday - dct.weekday()) % 7)
        if coming <= ahead.earliest.date():
            out[k] = V.day_timex(timex, coming, item.reading.as_dict(), "dct")
    return out
