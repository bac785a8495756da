"""TIMEX3 values and intervals shared by the families' resolutions: days refined by a part of
the day or a clock time, months, years, and calendar arithmetic."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import zoneinfo
from typing import Any

import attrs

from ..model import Timex
from .lexicon import LEXICON

_END_OF_DAY = dt.time(23, 59, 59)
#: fuzzy thirds of a month (days) and of a year (months)
FUZZY_MONTH = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}
FUZZY_YEAR = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}
#: days from an ISO week's Monday: its start Sunday-Tuesday, middle Tuesday-Thursday, end
#: Thursday-Sunday (Arab weeks start on Sunday or Monday; the parts cover both)
FUZZY_WEEK = {"START": (-1, 1), "MID": (1, 3), "END": (3, 6)}


def minute_value(moment: dt.datetime) -> str:
    """TIMEX3 value at minute grain; strftime would not zero-pad years before 1000."""
    return f"{moment.date().isoformat()}T{moment.hour:02d}:{moment.minute:02d}"


def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """Inclusive bounds of one calendar day."""
    return dt.datetime.combine(day, dt.time()), dt.datetime.combine(day, _END_OF_DAY)


def span_bounds(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(first, dt.time()), dt.datetime.combine(last, _END_OF_DAY)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the last day of the target month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def nth_weekday(first: dt.date, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ``weekday`` (Monday 0) counted from ``first`` (a month's first day: its n-th
    such weekday, as ``أول اثنين من آذار`` or Qatar's second Tuesday of February)."""
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def month_last(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def shifted(moment: dt.datetime, unit: str, n: int) -> tuple[dt.datetime, dt.datetime]:
    """(moment moved by ``n`` units, moment)."""
    if unit == "second":
        return moment + dt.timedelta(seconds=n), moment
    if unit == "minute":
        return moment + dt.timedelta(minutes=n), moment
    if unit == "hour":
        return moment + dt.timedelta(hours=n), moment
    if unit == "day":
        return moment + dt.timedelta(days=n), moment
    if unit == "week":
        return moment + dt.timedelta(weeks=n), moment
    months = {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit] * n
    day = add_months(moment.date(), months)
    return dt.datetime.combine(day, moment.time()), moment


def render(moment: dt.datetime, unit: str) -> str:
    if unit in ("second", "minute", "hour"):
        return minute_value(moment)
    return moment.date().isoformat()


def shifted_year(shift: int | str, current: int, in_play: int | None) -> tuple[int, str]:
    """The year ``من العام الماضي/الجاري/نفسه`` names: (year, anchor)."""
    if shift in ("same", "next"):
        if in_play is None:
            return current + (shift == "next"), "dct"
        return in_play + (shift == "next"), "narrative"
    return current + shift, "dct"


def week_timex(base: Timex, monday: dt.date) -> Timex:
    iso_year, week, _ = monday.isocalendar()
    lo, hi = FUZZY_WEEK.get(base.mod, (0, 6))
    earliest, latest = span_bounds(monday + dt.timedelta(days=lo), monday + dt.timedelta(days=hi))
    return attrs.evolve(base, value=f"{iso_year}-W{week:02d}", earliest=earliest, latest=latest, grain="week")


def month_timex(base: Timex, year: int, month: int, mod: str | None) -> Timex:
    first, last = dt.date(year, month, 1), month_last(year, month)
    if mod in FUZZY_MONTH:
        lo, hi = FUZZY_MONTH[mod]
        first, last = first.replace(day=lo), first.replace(day=min(hi, last.day))
    earliest, latest = span_bounds(first, last)
    return attrs.evolve(base, value=f"{year:04d}-{month:02d}", earliest=earliest, latest=latest,
                        grain="month", mod=mod)


def years_timex(base: Timex, start: int, size: int, value: str, grain: str, mod: str | None,
                half: int | None = None) -> Timex:
    """A decade or century from ``start``; a fuzzy part keeps its first, middle or last third of
    the years (early nineties 1990-1993, mid 1994-1996, late 1997-1999), a half its first or
    second half (mod START or END)."""
    first, last = start, start + size - 1
    if half in (1, 2):
        first, last = (first, start + size // 2 - 1) if half == 1 else (start + size // 2, last)
        earliest, latest = span_bounds(dt.date(max(first, 1), 1, 1), dt.date(last, 12, 31))
        return attrs.evolve(base, value=value, earliest=earliest, latest=latest, grain=grain,
                            mod="START" if half == 1 else "END")
    if mod == "START":
        last = start + -(-size // 3) - 1
    elif mod == "MID":
        first, last = start + -(-size // 3), start + size - size // 3 - 1
    elif mod == "END":
        first = start + size - size // 3
    earliest, latest = span_bounds(dt.date(max(first, 1), 1, 1), dt.date(last, 12, 31))
    return attrs.evolve(base, value=value, earliest=earliest, latest=latest, grain=grain, mod=mod)


def year_timex(base: Timex, year: int, mod: str | None) -> Timex | None:
    if not 1 <= year <= 9999:
        return None
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if mod in FUZZY_YEAR:
        lo, hi = FUZZY_YEAR[mod]
        first, last = dt.date(year, lo, 1), month_last(year, hi)
    earliest, latest = span_bounds(first, last)
    return attrs.evolve(base, value=f"{year:04d}", earliest=earliest, latest=latest, grain="year", mod=mod)


#: the warning an open night carries (rule night_open)
OPEN_NIGHT = "open night: the eve of the day named or the night of it"


def day_timex(base: Timex, day: dt.date, fields: dict[str, Any], anchor: str | None,
              warnings: tuple[str, ...] = ()) -> Timex:
    """A day, refined by a part of day or clock time when the reading has one."""
    extra: dict[str, Any] = {}
    if fields.get("since"):
        extra["since"] = True
    day = day + dt.timedelta(days=fields.get("eve", 0))
    if "hour" in fields:
        return _clock_timex(base, day, fields, anchor, warnings, extra)
    part = fields.get("part")
    if part:
        spec = LEXICON.parts[part]
        if spec.get("midnight"):
            earliest = dt.datetime.combine(day, dt.time(23, 30))
            latest = earliest + dt.timedelta(hours=1)
            value = f"{day.isoformat()}T24:00"
        elif "hour" in spec:  # منتصف النهار: a clock hour named by a word
            return _clock_timex(base, day, {"hour": spec["hour"], "minute": 0}, anchor, warnings, extra)
        else:
            code = spec["code"]
            value = f"{day.isoformat()}T{code}"
            first, last = day, day + dt.timedelta(days=1) if spec.get("next_day") else day
            if fields.get("night_of") == "open":
                # rule night_open: ليلة + a bare weekday is the eve (ليلة الجمعة: Thursday night)
                # or the night of the day named (Friday night); the text leaves it open, so the
                # interval spans both nights (Thursday 18:00 to Saturday 05:59) until
                # night_sides.settle finds the one the text decides
                first = day - dt.timedelta(days=1)
                warnings = (*warnings, OPEN_NIGHT)
            earliest = dt.datetime.combine(first, dt.time(spec["from"]))
            latest = dt.datetime.combine(last, dt.time(spec["to"], 59, 59))
        return attrs.evolve(base, type="TIME", value=value, earliest=earliest, latest=latest,
                            grain="part_of_day", anchor=anchor, warnings=warnings, extra=extra)
    earliest, latest = day_bounds(day)
    return attrs.evolve(base, value=day.isoformat(), earliest=earliest, latest=latest, grain="day",
                        anchor=anchor, warnings=warnings, extra=extra)


def _clock_timex(base: Timex, day: dt.date, fields: dict[str, Any], anchor: str | None,
                 warnings: tuple[str, ...], extra: dict[str, Any]) -> Timex:
    hour, minute = fields["hour"], fields["minute"]
    part = fields.get("part")
    if part in ("EV", "NI", "midnight") and hour == 12:
        hour = 24  # twelve at night (الساعة 12 منتصف الليل): midnight ending the day named
    elif part in ("MO", "dawn") and hour == 12:
        hour = 0  # twelve in the morning (12 صباحا): the midnight opening the day named
    elif part in ("EV", "AF", "late_afternoon") and hour < 12:
        hour += 12
    elif part == "NI" and 6 <= hour < 12:
        hour += 12
    elif part == "MI" and hour < 6:
        hour += 12
    when = day
    if hour == 24:
        hour, when = 0, day + dt.timedelta(days=1)
    second = fields.get("second")
    moment = dt.datetime.combine(when, dt.time(hour, minute, second or 0))
    if fields.get("zone"):
        extra["zone"] = fields["zone"]
        offset = zone_offset(fields["tz"], moment) if fields.get("tz") else None
        if offset or fields.get("utc_offset"):
            extra["utc_offset"] = offset or fields["utc_offset"]
    if second is not None:  # 13:30:15
        return attrs.evolve(base, type="TIME", value=f"{minute_value(moment)}:{second:02d}", earliest=moment,
                            latest=moment, grain="second", anchor=anchor, warnings=warnings, extra=extra,
                            mod=fields.get("mod"))
    return attrs.evolve(base, type="TIME", value=minute_value(moment),
                        earliest=moment, latest=moment + dt.timedelta(seconds=59), grain="minute",
                        anchor=anchor, warnings=warnings, extra=extra, mod=fields.get("mod"))


@functools.lru_cache(maxsize=64)
def _zone(name: str) -> zoneinfo.ZoneInfo | None:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None  # no tz database on this machine: the fixed offset of the data stands


def zone_offset(name: str, moment: dt.datetime) -> str | None:
    """The UTC offset (``+03:00``) of tz database zone ``name`` at wall-clock ``moment``."""
    zone = _zone(name)
    offset = moment.replace(tzinfo=zone).utcoffset() if zone is not None else None
    if offset is None:
        return None
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
