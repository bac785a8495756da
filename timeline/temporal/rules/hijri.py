"""Hijri dates (Umm al-Qura): a day of a Hijri month, a Hijri month, a year with a Hijri era
mark.  The value is the Gregorian date; the Hijri date is kept in ``extra``.

The patterns are the calendar's (:mod:`.calendar`), which read a month name's system; these
rules take the productions whose calendar is Hijri.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ...model import Timex
from .. import hijri as umm_al_qura
from .. import values as V
from ..engine import Parse, production, rule
from ..grammar import DAY_ROLES, MONTH_ROLES, Grammar
from ..lexicon import LEXICON
from ..numeric_dates import numeric_parse


def _after_crescent(ctx: Any, found: Any) -> bool:
    """The month is named after its crescent (``رؤية هلال شهر شوال``; ``cues.json`` ``crescent_words``)."""
    before = ctx.norm.text[max(0, found.start - _CRESCENT_REACH):found.start].split()
    return bool(before) and before[-1] in LEXICON.crescent_words


#: parts of the day (parts_of_day.json codes) that are a night: of a Hijri day, its eve
_NIGHTS = frozenset({"NI"})
#: how far (characters) before a Hijri month the word naming its crescent is looked for
_CRESCENT_REACH = 12


def _framed_year(ctx: Any, found: Any, month: int) -> int | None:
    """The Hijri year whose ``month`` begins inside the year or month framing the expression
    (:meth:`Context.frame`), or ``None``."""
    frame = ctx.frame(found)
    first = ctx.hijri.from_gregorian(frame[0]) if frame is not None else None
    if first is None:
        return None
    for year in (first[0], first[0] + 1):
        span = ctx.hijri.month_span(year, month)
        if span is not None and frame[0] <= span[0] <= frame[1]:
            return year
    return None


def resolve_hijri(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """A Hijri day, month or year as its Gregorian interval; a missing year is the Hijri year
    of the DCT, moved per tense."""
    day, month, year = f.get("day"), f.get("month"), f.get("year")
    anchor = None
    if year is None and "greg_year" in f:
        year = hijri_year_in(f["greg_year"], month or 1, day or 1)
        if year is None:
            return None
    if year is None and "year_shift" in f:
        # رمضان من العام الماضي: the Hijri year before the reference date's Hijri year
        today = ctx.hijri.from_gregorian(ctx.dct.date())
        in_play = ctx.hijri.from_gregorian(ctx.narrative.day) if ctx.narrative.day else None
        if today is None:
            return attrs.evolve(base, value="XXXX", warnings=("date outside the Umm al-Qura table",))
        year, anchor = V.shifted_year(f["year_shift"], today[0], in_play[0] if in_play else None)
    if year is None:
        anchor = "dct"
        today = ctx.hijri.from_gregorian(ctx.dct.date())
        if today is None:
            return attrs.evolve(base, value="XXXX", warnings=("date outside the Umm al-Qura table",))
        year = today[0]
        framed = _framed_year(ctx, found, month) if month is not None and "month_dir" not in f else None
        if framed is not None:
            # العام اللي فات في رمضان: the month that began in the year (or month) named before it
            year, anchor = framed, "narrative"
        elif month is not None:
            if f.get("month_dir") == "past":
                year -= month >= today[1]
            elif f.get("month_dir") == "future":
                year += month <= today[1]
            elif ctx.nearest(found) or _after_crescent(ctx, found):
                year += calendar.nearest_year_shift(month, today[1])
            elif month == today[1] % 12 + 1 and not f.get("since"):
                # the month about to begin (رمضان written in Sha'ban): a Hijri month is named in
                # the weeks before it for the one coming, a year-old one is told with الماضي
                year += month < today[1]
            elif ctx.future(found):
                year += month < today[1]
            else:
                year -= month > today[1] and (bool(f.get("since")) or not ctx.planned(found))
    extra = {"hijri": f"{year:04d}-{month or 0:02d}-{day or 0:02d}", "calendar": "hijri"}
    if ctx.hijri.tabular(year):
        base = attrs.evolve(base, warnings=(*base.warnings, ctx.hijri.TABULAR_WARNING))
    if f.get("edge_day") and month is not None:
        span = ctx.hijri.month_span(year, month)
        if span is not None:
            day = 1 if f["edge_day"] == "first" else (span[1] - span[0]).days + 1
    outside = ("Hijri date outside the Umm al-Qura table",)
    if month is None:
        span = ctx.hijri.year_span(year)
        if span is None:
            return attrs.evolve(base, value="XXXX", warnings=outside, extra=extra)
        first, last = span
        mod = f.get("mod")
        if mod in V.FUZZY_YEAR:
            # the first, middle or last four Hijri months
            lo, hi = V.FUZZY_YEAR[mod]
            first, last = ctx.hijri.month_span(year, lo)[0], ctx.hijri.month_span(year, hi)[1]
        earliest, latest = V.span_bounds(first, last)
        # a Hijri year straddles two Gregorian years: the value names the one holding most of it
        middle = span[0] + (span[1] - span[0]) / 2
        return attrs.evolve(base, value=f"{middle.year:04d}", earliest=earliest, latest=latest,
                            grain="year", anchor=anchor, extra=extra, mod=mod)
    if day is None:
        span = ctx.hijri.month_span(year, month)
        if span is None:
            return attrs.evolve(base, value="XXXX", warnings=outside, extra=extra)
        first, last = span
        mod = f.get("mod")
        if mod in V.FUZZY_MONTH:
            lo, hi = V.FUZZY_MONTH[mod]
            first, last = first + dt.timedelta(days=lo - 1), min(last, first + dt.timedelta(days=hi - 1))
        earliest, latest = V.span_bounds(first, last)
        middle = span[0] + (span[1] - span[0]) / 2  # the Gregorian month holding most of it
        return attrs.evolve(base, value=f"{middle.year:04d}-{middle.month:02d}", earliest=earliest,
                            latest=latest, grain="month", anchor=anchor, extra=extra, mod=mod)
    date = ctx.hijri.to_gregorian(year, month, day)
    warnings = base.warnings
    if date is None:
        span = ctx.hijri.month_span(year, month) if 1 <= month <= 12 else None
        if span is None:
            return attrs.evolve(base, value="XXXX", warnings=outside, extra=extra)
        # 30 in a month of 29 days: a calendar by moon sighting, not Umm al-Qura's
        length = (span[1] - span[0]).days + 1
        missing = (f"Hijri day {day} not in month {month} of {year}, which has {length} days "
                   f"in the Umm al-Qura calendar")
        date = _sighted_day(span[1], day - length, f.get("weekday"))
        if date is None:  # a الموافق date beside it may still give the day (Context.resolve)
            return attrs.evolve(base, value="XXXX", warnings=(*warnings, missing), extra=extra)
        warnings = (*warnings, f"{missing}; the weekday names {date.isoformat()}")
    elif "weekday" in f and date.weekday() != f["weekday"]:
        # a calendar by moon sighting runs a day ahead of or behind Umm al-Qura: the weekday
        # written beside the date says which day it is
        shifted = next((date + dt.timedelta(days=k) for k in (-1, 1)
                        if (date + dt.timedelta(days=k)).weekday() == f["weekday"]), None)
        if shifted is None:
            warnings = (*warnings, f"weekday {f['weekday']} does not match {date.isoformat()}")
        else:
            warnings = (*warnings, f"Umm al-Qura gives {date.isoformat()}; the weekday names "
                                   f"{shifted.isoformat()} (a calendar by moon sighting)")
            date = shifted
    if f.get("part") in _NIGHTS:
        # rule hijri_night: the Hijri day begins at sunset, so ليلة 27 رمضان is the night before
        # the 27th (as ليلة القدر and ليلة النصف من شعبان are)
        date -= dt.timedelta(days=1)
    timex = V.day_timex(base, date, f, anchor, warnings)
    return attrs.evolve(timex, extra={**dict(timex.extra), **extra})


def _sighted_day(last: dt.date, beyond: int, weekday: int | None) -> dt.date | None:
    """A day past the end of an Umm al-Qura month (the 30th of a month of 29 days, ``beyond``
    days after its ``last`` day) in a calendar by moon sighting: its month began on the same day
    or one day later, so it is one or two days after ``last``; the weekday picks which, and
    without a weekday nothing is guessed."""
    if weekday is None:
        return None
    options = [last + dt.timedelta(days=beyond + k) for k in (0, 1)]
    return next((d for d in options if d.weekday() == weekday), None)


def hijri_year_in(greg_year: int, month: int, day: int) -> int | None:
    """The Hijri year whose ``day`` of ``month`` falls in the Gregorian ``greg_year`` (the first
    of two, when a short Hijri year puts it there twice)."""
    start = umm_al_qura.from_gregorian(dt.date(greg_year, 1, 1))
    if start is None:
        return None
    for year in (start[0], start[0] + 1):
        date = umm_al_qura.to_gregorian(year, month, day)
        if date is not None and date.year == greg_year:
            return year
    return None


def _resolve(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    return calendar.resolve_calendar(ctx, base, f, found)


@production("calendar", examples=[("الأحد 18-9-1436 الموافق 5-7-2015م", "2015-08-01", "2015-07-05")])
def equivalent() -> None:
    """The second date of a ``الموافق`` pair (one day in two calendars): resolved as itself, with a
    warning when it is not the day the first date names."""


@rule("calendar", first=("num",), resolve=_resolve,
      examples=[("صدر القرار بتاريخ 27/7/1436هـ", "2015-06-01", "2015-05-16"),
                ("توفي في 11/10/1383 ه", "2015-06-01", "1964-02-24")])
def numeric_date(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A numeric date with a Hijri era mark (``27/7/1436هـ``, ``11/10/1383 ه``)."""
    got = numeric_parse(g, i)
    if got is None or got[0].get("system") != "hijri":
        return None
    return got


@rule("calendar", first=DAY_ROLES, resolve=_resolve, examples=[("في 15 رمضان 1441 هـ", "2020-10-01", "2020-05-08"),
                                                ("ذكرى العاشر من محرم 1442 هـ", "2021-01-01", "2020-08-29")])
def day_month(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """Day(s) of a Hijri month, optionally with a Hijri year."""
    return calendar.day_month_parses(g, i, True, day_month)


@rule("calendar", first=MONTH_ROLES, resolve=_resolve, examples=[("خلال شهر رمضان", "2020-10-01", "2020-05"),
                                                                 ("في رمضان 2019", "2020-06-10", "2019-05")])
def month(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A Hijri month (``شهر رمضان``, ``رمضان 1441``)."""
    return calendar.month_parse(g, i, True)


@rule("calendar", first=("year_word",), resolve=_resolve, examples=[("في عام 1441هـ", "2020-10-01", "2020")])
def year(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``عام 1441هـ``, ``سنة 1436 هجرية``."""
    return calendar.year_parses(g, i, True, year)


@rule("calendar", first=("num",), resolve=_resolve, examples=[("في 1441هـ", "2020-10-01", "2020")])
def era_year(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A year with a Hijri era mark: ``1441هـ``, ``1441 هـ``."""
    return calendar.era_year_fields(g, i, True)


# call-time dependencies, imported last: these modules import this one
from . import calendar  # noqa: E402
