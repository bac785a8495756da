"""Days at their edges: a clock time in the small hours after an evening, and a day 'until'
which something told in the imperfect lasts (mixed into ``Context``).

- ``small_hours``: a dawn clock after an evening, a night or a midnight in play is on the next
  day (``اشتباكات اندلعت مساء أمس ... استمرت حتى الساعة الواحدة فجراً``: today at 01:00).
- ``until_ahead``: 'until' a day in a clause told in the imperfect (``ويستمر الحظر حتى منتصف
  ليل الأربعاء``) is ahead: what lasts now lasts up to a day still to come; so is 'until' a day
  right after the day it runs from when that one is the DCT or later (``ابتداء من سهرة اليوم
  الاثنين إلى غاية صبيحة الأربعاء``, even after a perfective حذرت: rule ``until_after_start``).
- ``stretch_end``: a date after 'until' (``حتى 4 يناير المقبل``) more than two days after the
  day in play of its sentence ends that day's stretch and does not take its place in play.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from .engine import Found
from .lexicon import LEXICON

#: parts of the day (parts_of_day.json codes) a night is told from, and the part of a clock time
#: in the small hours after it
_NIGHT_PARTS = frozenset({"EV", "NI"})
_SMALL_HOURS = frozenset({"dawn"})


class DayEdges:
    """Rules ``small_hours``, ``until_ahead`` and ``stretch_end_not_in_play``."""

    narrative: Any
    planned: Callable[[Found], bool]
    future: Callable[[Found], bool]
    dct: dt.datetime
    norm: Any
    sentence_of: Callable[[int], int]

    def until_ahead(self, found: Found) -> bool:
        """The expression is 'until' a day in a clause told in the imperfect, or right after the
        day (not before the DCT) its stretch runs from."""
        if found.rule.name != "open_ranges.bound" or found.reading.as_dict().get("bound") != "until":
            return False
        return self.planned(found) or self._after_start(found)

    def _after_start(self, found: Found) -> bool:
        day, end = self.narrative.day, self.narrative.end
        if day is None or day < self.dct.date() or not 0 <= end <= found.start \
                or self.sentence_of(found.start) != self.narrative.sentence:
            return False
        return not self.norm.text[end:found.start].strip()

    def stretch_end(self, found: Found, day: dt.date) -> bool:
        """Rule ``stretch_end_not_in_play``: ``day``, read right after a stretch's end word
        (``تنطلق غدا السبت ... وتستمر حتى 4 يناير المقبل. وتقام مراسم الافتتاح في الساعة 8
        مساء``), lies more than two days after the day in play of its sentence: the story stays
        on the stretch's start (an overnight ``حتى فجر الأحد`` stays in play)."""
        start = self.narrative.day
        if start is None or self.narrative.sentence != self.sentence_of(found.start) or (day - start).days <= 2:
            return False
        words = self.norm.text[max(0, found.start - 20):found.start].split()
        return bool(words) and words[-1] in LEXICON.stretch_end_words

    def _small_hours(self, day: dt.date, part: str | None, found: Found | None = None) -> dt.date:
        """``day``, or the next one for a dawn clock after an evening, a night or a midnight in
        play; a morning clock too when its clause tells what is to come (rule morning_after_evening:
        ``القطار المغادر في التاسعة مساء السبت سيصل في السابعة صباحا``: Sunday's; told of the past,
        a morning after an evening is as often the same day's, reported later)."""
        before = self.narrative.day_part
        if (part in _SMALL_HOURS or (part == "MO" and found is not None and self.future(found))) \
                and (before in _NIGHT_PARTS or LEXICON.parts.get(before, {}).get("midnight")):
            return day + dt.timedelta(days=1)
        return day
