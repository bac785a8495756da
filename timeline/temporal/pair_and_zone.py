"""A ``الموافق`` pair checked (the second date against the first), a Hijri feast dated by the
day after it in its clause (rule ``feast_dated_after``), and a clock time stated in another zone
moved to the DCT's (mixed into ``Context``, which holds ``amended`` and ``utc_offset``)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import attrs

from ..model import Timex
from . import values as V

#: characters at most between a feast and the day that dates it (``عيد الأضحى بالمغرب يوم السبت``)
_FEAST_GAP = 30


class PairAndZone:
    amended: Timex | None
    utc_offset: dt.timedelta | None
    hijri: Any
    doc: Any

    def _paired(self, fields: dict[str, Any], first: Timex, second: Timex) -> Timex:
        """``second`` checked against the expression before it: a ``الموافق`` pair, or a feast
        it dates (:meth:`_feast_dated`)."""
        if fields.get("equivalent"):
            return self._pair(first, second)
        self._feast_dated(first, second)
        return second

    def _feast_dated(self, feast: Timex, day: Timex) -> None:
        """Rule ``feast_dated_after``: a Hijri feast and, right after it in its clause, a day on
        or a day after that feast's Umm al-Qura date in the day's own year (``ويحل عيد الأضحى بالمغرب يوم
        السبت 7 يونيو``): the text says which feast and which day its country keeps, so the feast
        takes that day (through :attr:`amended`), with a warning, as a ``الموافق`` pair does."""
        hijri = dict(feast.extra).get("hijri")
        told = feast.reading.as_dict()
        if not feast.rule.startswith("holidays.") or hijri is None or feast.grain != "day" \
                or any(told.get(k) for k in ("eve", "offset", "night")) \
                or day.grain != "day" or day.earliest is None or feast.earliest == day.earliest:
            return
        gap = self.doc.text[feast.end:day.start]
        if not 0 <= len(gap) <= _FEAST_GAP or any(unicodedata.category(c).startswith("P") for c in gap) \
                or self.doc.sentence_of(feast.start) != self.doc.sentence_of(day.start):
            return
        # the same day or the day after Umm al-Qura's: a sighted month starts no earlier than the
        # computed one (a holiday's first day, the eve before the feast, is no such date)
        date = day.earliest.date()
        near = (self.hijri.from_gregorian(date - dt.timedelta(days=k)) for k in (0, 1))
        if not any(h is not None and f"{h[1]:02d}-{h[2]:02d}" == hijri[5:] for h in near):
            return
        self.amended = attrs.evolve(feast, value=day.value, earliest=day.earliest, latest=day.latest,
                                    anchor=day.anchor, warnings=(*feast.warnings, f"the day taken from the "
                                    f"date after it: {day.text!r} is {day.value}"))

    def _pair(self, first: Timex, second: Timex) -> Timex:
        """The second date of a ``الموافق`` pair, checked against the first.  A Hijri day the Umm
        al-Qura table lacks (the 30th of a month of 29 days), or one a day off the Gregorian day
        beside it (a calendar by moon sighting) and not held by a weekday written with it, takes
        that Gregorian day with a warning (the first is amended through :attr:`amended`); other
        dates that differ both stay, the second saying they disagree."""
        calendars = [dict(t.extra).get("calendar") == "hijri" for t in (first, second)]
        if calendars[0] != calendars[1]:
            hijri, greg = (first, second) if calendars[0] else (second, first)
            weekday = hijri.reading.as_dict().get("weekday")
            if greg.grain == "day" and greg.earliest is not None and (hijri.value == "XXXX" or (
                    hijri.grain == "day" and abs((hijri.earliest.date() - greg.earliest.date()).days) == 1
                    and weekday != hijri.earliest.date().weekday())):  # a weekday that fits the Hijri day keeps it
                fixed = attrs.evolve(hijri, value=greg.value, earliest=greg.earliest, latest=greg.latest,
                                     grain="day", warnings=(*hijri.warnings, f"the day taken from the "
                                     f"Gregorian date beside it: {greg.text!r} is {greg.value}"))
                if hijri is second:
                    return fixed
                self.amended = fixed
                return second
        if first.earliest is not None and second.earliest is not None \
                and (first.earliest.date(), first.latest.date()) != (second.earliest.date(), second.latest.date()):
            return attrs.evolve(second, warnings=(
                *second.warnings, f"the two calendars disagree: {first.text!r} is "
                f"{first.value}, {second.text!r} is {second.value}"))
        return second

    def _local_time(self, timex: Timex) -> Timex:
        """A clock time stated in another zone, moved to the DCT's; the written value stays in
        ``extra`` (``written``)."""
        extra = dict(timex.extra)
        stated = extra.get("utc_offset")
        if stated is None:
            return timex
        sign = -1 if stated[0] == "-" else 1
        hours, _, minutes = stated[1:].partition(":")
        shift = self.utc_offset - sign * dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
        if not shift:
            return timex
        extra["written"] = timex.value
        return attrs.evolve(timex, value=V.minute_value(timex.earliest + shift), earliest=timex.earliest + shift,
                            latest=timex.latest + shift, extra=extra)
