"""Hijri to Gregorian conversion: the Umm al-Qura table (``hijridate``, 1343-1500 AH), and the
arithmetic (tabular) Islamic calendar for the years before it (history: ``سنة 64هـ``), which
may differ from the observed months by a day or two.  Out-of-range dates are reported, not
raised."""

from __future__ import annotations

import datetime as dt
import math

from hijridate import Gregorian, Hijri

#: first year of the Umm al-Qura table; earlier years use the tabular calendar
FIRST_TABLE_YEAR = 1343
TABULAR_WARNING = "Hijri date before the Umm al-Qura table: tabular calendar (may be a day or two off)"
# Julian day of 1 Muharram 1 AH (16 July 622, Julian), civil epoch; ordinal 1 is JD 1721425.5
_EPOCH_ORDINAL = 1948439.5 - 1721424.5


def _tabular(year: int, month: int, day: int) -> dt.date | None:
    if not (1 <= year < FIRST_TABLE_YEAR and 1 <= month <= 12 and 1 <= day <= _tabular_length(year, month)):
        return None
    days = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 - 1
    return dt.date.fromordinal(int(_EPOCH_ORDINAL + days))


def _tabular_length(year: int, month: int) -> int:
    if month % 2 == 1:
        return 30
    if month < 12:
        return 29
    return 30 if (14 + 11 * year) % 30 < 11 else 29


def tabular(year: int) -> bool:
    """The year is converted with the tabular calendar (before the Umm al-Qura table)."""
    return 1 <= year < FIRST_TABLE_YEAR


def to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Hijri date, or ``None`` outside the supported range or invalid."""
    if tabular(year):
        return _tabular(year, month, day)
    try:
        return Hijri(year, month, day).to_gregorian()
    except (OverflowError, ValueError):
        return None


def month_span(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    """First and last Gregorian day of a Hijri month, or ``None`` when out of range."""
    if tabular(year):
        first = _tabular(year, month, 1)
        return None if first is None else (first, first + dt.timedelta(days=_tabular_length(year, month) - 1))
    try:
        first = Hijri(year, month, 1)
        return first.to_gregorian(), Hijri(year, month, first.month_length()).to_gregorian()
    except (OverflowError, ValueError):
        return None


def year_span(year: int) -> tuple[dt.date, dt.date] | None:
    """First and last Gregorian day of a Hijri year, or ``None`` when out of range."""
    first = month_span(year, 1)
    last = month_span(year, 12)
    if first is None or last is None:
        return None
    return first[0], last[1]


def from_gregorian(day: dt.date) -> tuple[int, int, int] | None:
    """The Hijri (year, month, day) of a Gregorian date, or ``None`` when out of range."""
    try:
        hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    except (OverflowError, ValueError):
        return None
    return hijri.year, hijri.month, hijri.day
