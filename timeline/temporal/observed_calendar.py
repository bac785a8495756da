"""A country's Hijri calendar by moon sighting, read beside the Umm al-Qura table: the month
starts its authority announced, and a fixed offset from Umm al-Qura for the months it did not
list (Morocco's Ministry of Habous: most months begin a day after Saudi Arabia's).

Selected by the article's ``country`` (an input key beside ``published``, or ``tag(...,
country=...)``), or with none given by the paper's own spelling of a Gregorian month only that
country writes (:func:`country_of`: ``شتنبر`` is Moroccan); the data is the overlay's ``hijri_calendar``
(``dialects/maghrebi.json``: ``{"MA": {"offset_days": 1, "month_starts": {"1445-09":
"2024-03-12", ...}}}``).  The object has the module :mod:`timeline.temporal.hijri`'s functions,
so the rules read either through ``ctx.hijri``.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from ..arabic import fold
from ..document import Document
from . import hijri as umm_al_qura
from .lexicon_words import load_overlay_calendars


class ObservedCalendar:
    """Hijri months that begin on the listed days, else ``offset`` days after Umm al-Qura's."""

    TABULAR_WARNING = umm_al_qura.TABULAR_WARNING

    def __init__(self, offset: int, starts: dict[tuple[int, int], dt.date]):
        self.offset = offset
        self.starts = starts

    @staticmethod
    def tabular(year: int) -> bool:
        return umm_al_qura.tabular(year)

    def _start(self, year: int, month: int) -> dt.date | None:
        if month > 12:
            year, month = year + 1, 1
        listed = self.starts.get((year, month))
        if listed is not None:
            return listed
        span = umm_al_qura.month_span(year, month)
        return None if span is None else span[0] + dt.timedelta(days=self.offset)

    def month_span(self, year: int, month: int) -> tuple[dt.date, dt.date] | None:
        first, after = self._start(year, month), self._start(year, month + 1)
        if first is None or after is None:
            return umm_al_qura.month_span(year, month)
        return first, after - dt.timedelta(days=1)

    def year_span(self, year: int) -> tuple[dt.date, dt.date] | None:
        first, last = self.month_span(year, 1), self.month_span(year, 12)
        return None if first is None or last is None else (first[0], last[1])

    def to_gregorian(self, year: int, month: int, day: int) -> dt.date | None:
        span = self.month_span(year, month) if 1 <= month <= 12 else None
        if span is None or not 1 <= day <= (span[1] - span[0]).days + 1:
            return None
        return span[0] + dt.timedelta(days=day - 1)

    def from_gregorian(self, day: dt.date) -> tuple[int, int, int] | None:
        near = umm_al_qura.from_gregorian(day)
        if near is None:
            return None
        year, month = near[0], near[1]
        for y, m in ((year, month), (year - (month == 1), (month - 2) % 12 + 1), (year + (month == 12), month % 12 + 1)):
            span = self.month_span(y, m)
            if span is not None and span[0] <= day <= span[1]:
                return y, m, (day - span[0]).days + 1
        return near


@functools.cache
def _spellings() -> dict[str, str]:
    """Folded month spelling -> the country whose papers alone write it."""
    return {fold(word): country for country, data in load_overlay_calendars().items()
            for word in data.get("month_spellings", ())}


def country_of(document: Document) -> str | None:
    """Rule country_by_month_spelling: the country whose own spelling of a Gregorian month the
    text uses (``شتنبر``، ``غشت``: Morocco), read on the Document's token analyses; else ``None``."""
    spellings = _spellings()
    for token in document.tokens:
        for analysis in token.analyses:
            country = spellings.get(analysis.stem)
            if country is not None:
                return country
    return None


@functools.cache
def calendar_for(country: str | None) -> Any:
    """The Hijri calendar a paper of ``country`` (ISO 3166 alpha-2) keeps: its observed one
    when an overlay lists it, else the Umm al-Qura table (the module)."""
    data = load_overlay_calendars().get((country or "").upper())
    if data is None:
        return umm_al_qura
    starts = {(int(k[:4]), int(k[5:])): dt.date.fromisoformat(v) for k, v in data.get("month_starts", {}).items()}
    return ObservedCalendar(int(data.get("offset_days", 0)), starts)
