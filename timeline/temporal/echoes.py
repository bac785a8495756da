"""Readings settled once the whole text is resolved: what a later expression tells about an
earlier bare weekday or month.

Two named rules, run after the pass in text order (``Context.resolve_all``):

- ``headline_echo``: a bare weekday or month in a headline (the text's first line, when it is
  a title: no full stop, a body after it) is the one the body names first, when the body
  names that weekday within a week of the DCT or that month within a year of it (``مجلس
  الوزراء في جلسة استثنائية الثلاثاء`` over ``يعقد ... يوم الثلاثاء المقبل``: the coming
  Tuesday; ``وفاة شخصين في حريق ... الجمعة`` over ``يوم الجمعة`` told in the past stays past). A
  headline summarises its lead; alone it has no verb to tell its tense.
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
