"""Times told in two zones: a time restated in brackets in another zone ("في الساعة 08:30
صباحا بالتوقيت المحلي (23:30 بتوقيت غرينتش يوم الجمعة)") is the same instant, whose written
day may be another one: no day in play, no date of an event, no clock a later time counts from."""

from __future__ import annotations

import datetime as dt

import attrs

from ..model import Timex
from .context import Context

#: How many words (the zone's: "بالتوقيت المحلي") may stand between a time and its restatement
#: in another zone in brackets.
ZONE_WORDS = 3


class Zones(Context):
    """Restatements of a time in another zone (a mixin of :class:`.narrative.Narrative`)."""

    def zone_restatement(self, i: int) -> bool:
        """Time expression ``i`` gives in another time zone, in brackets, the time just told
        ("في الساعة 08:30 صباحا بالتوقيت المحلي (23:30 بتوقيت غرينتش يوم الجمعة)"): the same
        instant, whose written day may be another one; no day in play of its own."""
        t = self.timexes[i]
        if i == 0 or not any(k == "utc_offset" for k, _ in t.extra):
            return False
        text = self.article.text
        bracket = t.start  # (walked back over spaces only: no copy of the text before)
        while bracket > 0 and text[bracket - 1].isspace():
            bracket -= 1
        if bracket == 0 or text[bracket - 1] != "(":
            return False
        # the time told, and at most its zone's words ("بالتوقيت المحلي") before the bracket
        gap = text[self.timexes[i - 1].end:bracket - 1].split()
        return len(gap) <= ZONE_WORDS and not any(ch.isdigit() for w in gap for ch in w)

    def after_restatement(self, i: int) -> Timex | None:
        """Clock time ``i`` counted by the tagger from the clock time before it, when that one
        restates in another zone the local time told before it ("أقلعت في الساعة 00:41 بالتوقيت
        المحلي (16:41 بتوقيت غرينتش يوم الجمعة)، وفقد الاتصال بها في الساعة 01:21"): counted
        from the local time instead (01:21 on the local day, not Friday's GMT day); ``None``
        otherwise."""
        t = self.timexes[i]
        if t.reading.kind != "clock" or t.anchor != "narrative" or i < 2 or not self.zone_restatement(i - 1) \
                or any(k == "utc_offset" for k, _ in t.extra):
            return None
        local = self.timexes[i - 2]
        if local.grain not in ("minute", "hour") or self.text.sentence_of(local.start) != self.text.sentence_of(t.start):
            return None
        day = local.earliest.date()
        shift = day - t.earliest.date()
        if t.earliest + shift < local.earliest:
            shift += dt.timedelta(days=1)  # the first such hour after the local time
        if not shift:
            return None
        lo, hi = t.earliest + shift, t.latest + shift
        return attrs.evolve(t, value=lo.strftime("%Y-%m-%dT%H:%M"), earliest=lo, latest=hi)

    def local_time(self, t: Timex) -> Timex:
        """``t``, or the time it restates in another zone (:meth:`zone_restatement`): the
        local one, whose day is the story's."""
        i = self._timex_index.get(id(t))
        return self.timexes[i - 1] if i is not None and self.zone_restatement(i) else t
