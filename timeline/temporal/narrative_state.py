"""The date a narrative has in play (``Narrative``) and how each resolved expression moves it
(mixed into ``Context``): the day, month and year in play, the parts of the day named, the
stated year, the last date ahead of the DCT."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ..model import Timex
from .engine import Found
from .lexicon import LEXICON


@attrs.define
class Narrative:
    """The date currently in play (mutable, local to one resolution pass)."""

    day: dt.date | None = None
    month: tuple[int, int] | None = None
    year: int | None = None
    sentence: int = -10
    #: normalized end offset of the expression that set ``day``
    end: int = -1
    #: a year the text stated outright (``عام 2016``, ``خريف 2020``) and the sentence it was in
    stated_year: int | None = None
    stated_sentence: int = -10
    #: part of the day (``dawn``, ``EV``, ...) -> (day, sentence) of the last expression naming it
    parts: dict = attrs.Factory(dict)
    #: the part of the day (``EV``, ``NI``, ...) of the expression that set ``day``, if any
    day_part: str | None = None
    #: the Monday of the last week resolved as a period and its sentence (``الأسبوع السابق``)
    week: tuple[dt.date, int] | None = None
    #: the last date resolved after the DCT: (year, month of its end, normalized start and end,
    #: its last day when it is a day or less)
    ahead: tuple[int, int, int, int, dt.date | None] | None = None


class NarrativeTracking:
    """Moves ``narrative`` after each resolution (mixed into ``Context``)."""

    narrative: Narrative
    dct: dt.datetime

    sentence_of: Any
    history_year: Any
    stretch_end: Any
    _note_events: Any
    norm: Any

    def track(self, timex: Timex, fields: dict[str, Any], found: Found) -> None:
        """Update the date in play after ``timex`` (the reading of ``found``)."""
        self._track_stated_year(timex, fields, found)
        if timex.latest is not None and timex.earliest is not None and timex.earliest > self.dct \
                and timex.type in ("DATE", "DURATION", "TIME"):
            one_day = timex.latest.date() == timex.earliest.date()
            self.narrative.ahead = (timex.latest.year, timex.latest.month, found.start, found.end,
                                    timex.latest.date() if one_day else None)
        if found.reading.kind == "range":
            # which end is in play is not said; a month or a year both ends share is
            # ("من 26 إلى 28 مارس ... أيام 16 و17 من الشهر نفسه")
            if timex.earliest is not None and timex.latest is not None and timex.type in ("DATE", "DURATION") \
                    and timex.earliest.year == timex.latest.year:
                self.narrative.year = timex.earliest.year
                if timex.earliest.month == timex.latest.month:
                    self.narrative.month = (timex.earliest.year, timex.earliest.month)
            return
        if fields.get("night_of") == "open":
            return  # rule night_open: a night the text leaves open is no day in play
        # a span of days counted from the DCT (خلال ستين يوماً told of what is to come) is no day
        # in play; a one-day offset (ودفن بعد يومين) is
        if timex.grain in ("day", "part_of_day", "hour", "minute") and timex.earliest is not None \
                and not (timex.type == "DURATION" and timex.latest is not None
                         and timex.latest.date() > timex.earliest.date()):
            day = timex.earliest.date() if timex.grain == "day" or timex.value[:10].count("-") != 2 \
                else dt.date.fromisoformat(timex.value[:10])
            if timex.anchor != "narrative":
                self._note_events(found, day, timex.grain == "day")
            if self.stretch_end(found, day):
                return
            self.narrative.day = day
            self.narrative.day_part = fields.get("part")
            self.narrative.month = (day.year, day.month)
            self.narrative.year = day.year
            self.narrative.sentence = self.sentence_of(found.start)
            self.narrative.end = found.end
            if fields.get("part") and timex.type in ("DATE", "TIME"):
                self.narrative.parts[fields["part"]] = (day, self.narrative.sentence)
        elif timex.grain == "month" and timex.earliest is not None:
            self.narrative.month = (timex.earliest.year, timex.earliest.month)
            self.narrative.year = timex.earliest.year
        elif timex.grain == "year" and timex.earliest is not None and timex.type == "DATE" \
                and not self._baseline(found):
            self.narrative.year = timex.earliest.year
        return

    def _baseline(self, found: Found) -> bool:
        """Rule baseline_not_in_play: a comparison's baseline year (``مقارنة بالعام الماضي``,
        ``الفترة نفسها من العام الماضي``: ``relative.json`` ``comparison_words``) is not the year in play."""
        if found.rule.name == "year_parts.similar_period":
            return True
        words = self.norm.text[max(0, found.start - 20):found.start].split()
        return bool(words) and words[-1] in LEXICON.comparison_words

    def _track_stated_year(self, timex: Timex, fields: dict, found: Found) -> None:
        """Keep the year the text is narrating: set by a stated year (not ``منذ 2011``, which
        only bounds a stretch), dropped by a date anchored to the DCT (back to the present)."""
        if timex.earliest is None or timex.type not in ("DATE", "TIME"):
            return
        if ("year" in fields and not fields.get("since") and found.reading.kind in ("calendar", "year_part", "holiday")) or (
                fields.get("unit") == "year" and fields.get("shift") == 1 and not fields.get("mod")
                and timex.grain == "year"):
            # rule coming_year_stated: العام المقبل، إذ يحتفل الكاثوليك بالفصح في 5 نيسان (2026)
            self.narrative.stated_year = timex.earliest.year
            self.narrative.stated_sentence = self.sentence_of(found.start)
        elif timex.anchor == "dct" and timex.grain in ("day", "part_of_day", "hour", "minute", "week", "month"):
            self.narrative.stated_year = None
        elif timex.anchor == "narrative" and timex.earliest.year == self.narrative.stated_year \
                and self.history_year(timex.earliest.year):
            # rule history_year_in_play: a date read in a history year carries it on
            self.narrative.stated_sentence = self.sentence_of(found.start)
