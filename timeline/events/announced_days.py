"""An act dated only by the day it was announced: "أعلن استوديو بيرد اليوم الجمعة وفاة الرسام"
(the death of the first), "توفي بيكنباور، على ما أعلنت عائلته اليوم الاثنين" (the date of the
saying after the act).  The text says the act happened on or before that day, not on it: the
report keeps the announcement's day (what one outlet tells) and is marked, so that identity lets
it meet an earlier report of the act told by another outlet (:data:`ANNOUNCED_WARNING`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..model import Event, Timex
from .context import Candidate
from .narrative import WINDOW_DAYS

__all__ = ["ANNOUNCED_REACH", "ANNOUNCED_REACH_DAYS", "ANNOUNCED_TYPES", "ANNOUNCED_WARNING", "AnnouncedDays",
           "announced_earlier"]

#: Most tokens between an announcing verb and the act it names (the announcer and the date).
ANNOUNCED_REACH = 12

#: Warning of a report dated by the announcement that tells it: the act may be earlier.
ANNOUNCED_WARNING = "dated by its announcement: it may have happened earlier"
#: The types marked: acts of persons and bodies (a death, an arrest, a release).  A speaker
#: speaks on the day he is quoted; strikes and captures recur day after day; a truce, a call
#: or a meeting is announced as it is made.
ANNOUNCED_TYPES = frozenset({"other"})
#: How many days before its announcement an act told only by it may lie, for identity (the
#: recency window of undated news): Toriyama's death of 1 March told on the 8th.
ANNOUNCED_REACH_DAYS = WINDOW_DAYS


class AnnouncedDays:
    """Which reports the day of their announcement dates (a mixin of :class:`.dating.Dating`)."""

    def announced_day(self, cand: Candidate, me: int, timexes: Sequence[Timex], cands: Sequence[Candidate],
                      announced: Mapping[int, int], said: Sequence[Timex] | None) -> bool:
        """Whether ``cand``'s only dates are its announcement's: the act an announcing verb
        names, dated by the date the announcement gave it (``said``), or an act followed by the
        saying that reports it ("، بحسب ما أعلن ... أمس") with every date after that saying."""
        if cand.type not in ANNOUNCED_TYPES or cand.planned or not timexes:
            return False
        if me in announced and said is not None and {(t.start, t.end) for t in timexes} == {(t.start, t.end) for t in said}:
            return True
        if self.announced_before(cand, timexes):
            return True
        first = min(t.start for t in timexes)
        if first < cand.end:
            return False
        sentence = self.text.sentence_of(cand.start)
        if any(self.text.sentence_of(t.start) != sentence for t in timexes):
            return False
        if any(c.type == "statement" and cand.end <= c.start and c.end <= first
               and self.text.sentence_of(c.start) == sentence for c in cands):
            return True
        return any(self.is_word(i, "announcing") for i in range(self.text.token_at(cand.end),
                                                                    self.text.token_at(first)))

    def announced_before(self, cand: Candidate, timexes: Sequence[Timex]) -> bool:
        """Whether an announcing verb of ``cand``'s sentence stands a few tokens before it with
        every date of ``cand`` after the verb: the announcement's ("أعلن استوديو بيرد اليوم
        الجمعة وفاة"، "وأعلن الكرملين وفاته بعد ظهر اليوم التالي")."""
        first = self.text.token_at(cand.start)
        sentence = self.text.sentence_of(cand.start)
        for i in range(first - 1, max(first - 1 - ANNOUNCED_REACH, -1), -1):
            tok = self.text.tokens[i]
            if self.text.sentence_of(tok.start) != sentence:
                return False
            if self.is_word(i, "announcing"):
                return all(tok.end <= t.start and self.text.sentence_of(t.start) == sentence for t in timexes)
        return False


def announced_earlier(told: Event, other: Event) -> bool:
    """Whether ``told``, a report dated only by the day an announcement told it
    (:data:`ANNOUNCED_WARNING`), may be ``other``, dated on its own within the
    :data:`ANNOUNCED_REACH_DAYS` before that day: an act is announced on or after its day."""
    if ANNOUNCED_WARNING not in told.warnings or told.type not in ANNOUNCED_TYPES or ANNOUNCED_WARNING in other.warnings:
        return False
    gap = (told.earliest.date() - other.latest.date()).days
    return 0 < gap <= ANNOUNCED_REACH_DAYS
