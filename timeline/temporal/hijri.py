"""Hijri (Umm al-Qura) to Gregorian conversion that reports, rather than raises, out-of-range dates."""

from __future__ import annotations

import datetime as dt

from hijridate import Gregorian, Hijri


def to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Hijri date, or ``None`` outside the Umm al-Qura table or invalid."""
    try:
        return Hijri(year, month, day).to_gregorian()
    except (OverflowError, ValueError):
        return None


def month_span(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    """First and last Gregorian day of a Hijri month, or ``None`` when out of range."""
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
