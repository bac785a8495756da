"""A ``الموافق`` pair checked (the second date against the first), and a clock time stated in
another zone moved to the DCT's (mixed into ``Context``, which holds ``amended`` and
``utc_offset``)."""

from __future__ import annotations

import datetime as dt

import attrs

from ..model import Timex
from . import values as V


class PairAndZone:
    amended: Timex | None
    utc_offset: dt.timedelta | None

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
