"""Causes with no size ("وإثر الإعلان، اقتحم ..."، "ورداً على ذلك، أدانت ..."، "وعقب ذلك، اندلعت
..."): the event the cue places is on or after its cause, never before it; the reference point
an offset counts from is told in passing, dated by nothing but what the text proves; and an
undated event counted before a dated one ends before it (:meth:`Causes.counted_bound`)."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Mapping

import attrs

from ..model import Timex, calendar_day
from .context import Candidate, Context
from .match import Match
from .shifts import after_dusk

#: How many words (a conjunction) may open a sentence before a fronted cause cue.
CAUSE_LEAD = 1


class Causes(Context):
    """The bounds causes and counted offsets set (a mixin of :class:`.dating.Dating`)."""

    def cause_floor(self, cand: Candidate, me: int, owners: dict[int, int], cands: list[Candidate],
                    reporters: Mapping[int, int]) -> tuple[Timex, Match] | None:
        """The own date of the event a cue with no size places ``cand`` after, when the cue
        opens ``cand``'s sentence in a phrase set off by a comma before ``cand``'s clause: the
        event the phrase names ("وإثر إعلان الوفاة، أصدر ..."), or for a phrase that names none
        ("وعقب ذلك،"، "ورداً على ذلك،") the first event of the previous sentence that has a date
        of its own, with the cue. ``None`` when there is no such cue or that event has no date of
        its own."""
        sentence = self.sentence(cand.match.start)
        first = self.first_token(self.text.sentence_of(cand.match.start))
        for name in ("after_next", "later_than_previous"):
            for c in self.cues_from(name, first)[:1]:
                if c.first > first + CAUSE_LEAD or c.first in self.timex_tokens or me in self._resolving:
                    continue
                phrase_end = self.clause(c.start)[1]
                if phrase_end >= sentence[1] or cand.start < phrase_end:
                    continue  # no comma phrase, or the event is in it
                with self._counting(me):
                    if name == "after_next":
                        found = self.anchor_date(c.last + 1, cands, me, owners, reporters)
                    else:
                        found = self.previous_date(self.text.sentence_of(cand.match.start) - 1, me, owners,
                                                   cands, reporters)
                return (found, c) if found is not None else None
        return None

    def trailing_cause(self, cand: Candidate, me: int, owners: dict[int, int], cands: list[Candidate],
                       reporters: Mapping[int, int]) -> tuple[Timex, Match] | None:
        """The own date of the event an "after" cue with no size names after ``cand``'s
        trigger in its clause ("وكان بوش قد وصل إلى طوكيو مساء الخميس، فالتقى رئيس الوزراء ...
        بعد الجنازة"), with the cue: ``cand`` is not before it, whatever day an act before it is
        in play."""
        clause = self.clause(cand.match.start)
        for c in self.cues_from("after_next", cand.match.last + 1)[:1]:
            if c.start >= clause[1] or c.first in self.timex_tokens or c.last + 1 not in self.trigger_tokens \
                    or me in self._resolving:
                return None
            with self._counting(me):
                found = self.anchor_date(c.last + 1, cands, me, owners, reporters)
            return (found, c) if found is not None else None
        return None

    def previous_date(self, k: int, me: int, owners: dict[int, int], cands: list[Candidate],
                      reporters: Mapping[int, int]) -> Timex | None:
        """The own date (clause or sentence) of the first event of sentence ``k`` that has one."""
        if k < 0:
            return None
        span = self.text.sentences[k]
        starts = self._cand_starts(cands)
        for j in range(bisect.bisect_left(starts, span[0]), bisect.bisect_left(starts, span[1])):
            if j != me:
                dates, level = self.governing(cands[j], j, owners, cands, reporters=reporters)
                if level in ("clause", "sentence") and len(dates) == 1:
                    return dates[0]
        return None

    def after_cause(self, found: Timex, floor: Timex | None) -> Timex:
        """``found`` (a narrative date), or the cause's day ``floor`` when ``found`` ends before it."""
        if floor is None or found.latest.date() >= floor.earliest.date():
            return found
        return floor

    def since_cause(self, floor: Timex, cue: Match) -> Timex:
        """Where an event placed after its cause lies when nothing else dates it: right after it
        (``right_after``: "وقال غاندي عقب زيارته"، "وأعلنت الشركة عقب الاجتماع"), on the cause's
        day, and the next one too when the cause is told in the evening or at night; after a
        cue with no such nearness ("بعد المحادثات"، "إثر"), from the cause's day to the
        publication day ("وإثر إعلان النبأ، خرج ..." in a paper of two days later)."""
        first = floor.earliest.date()
        if self.is_word(cue.first, "right_after"):
            last = max(floor.latest.date(), first + dt.timedelta(days=1) if after_dusk(floor) else first)
        else:
            published = calendar_day(self.article.published)
            if published is None or published <= first:
                return floor
            last = published
        if floor.grain == "day" and floor.latest.date() == last:
            return floor
        return attrs.evolve(floor, earliest=dt.datetime.combine(first, dt.time.min),
                            latest=dt.datetime.combine(last, dt.time.max), grain="day")

    def counted_anchor(self, cand: Candidate) -> bool:
        """``cand`` is the event an offset or an eve counts from ("بعد يومين من وفاتها"، "غداة
        الهجوم"), or a cause named after its cue (:meth:`named_cause`): a reference point told
        in passing."""
        self.offsets()
        k = bisect.bisect_left(self._offset_anchors, cand.match.first)
        return (k < len(self._offset_anchors) and self._offset_anchors[k] <= cand.match.last) \
            or self.named_cause(cand) is not None

    def counted_in_days(self, cand: Candidate) -> bool:
        """``cand`` is the event an offset of days or more counts from ("بعد أيام من اقتحام
        السفارة"، "بعد يومين من وفاتها"), not of hours: its day is not the day in play."""
        self.offsets()
        k = bisect.bisect_left(self._offset_anchors, cand.match.first)
        for anchor, sign, t, _ in self._offsets[k:]:
            if anchor > cand.match.last:
                break
            if sign == 0 and t is not None and t.reading.get("unit") not in ("hour", "minute"):
                return True
        return False

    def named_cause(self, cand: Candidate) -> Match | None:
        """The cue right before noun trigger ``cand`` that makes it the cause of another event
        of its sentence ("أعلن ... حالة الطوارئ، إثر اجتماع لمجلس الأمن القومي"، "قصفت ... يوم
        الأحد ردا على هجوم صاروخي"): an ``after_next`` or ``response_next`` cue, or ``None``.
        Such a cause is dated by nothing but its own words: without them it is undated, on or
        before the event it caused (:meth:`counted_bound`)."""
        m = cand.match
        if m.hit.pos != "noun" or m.first == 0:
            return None
        for name in ("after_next", "response_next"):
            k = bisect.bisect_left(self.cue_starts.get(name) or [c.first for c in self.cues(name)], m.first - 3)
            for c in self.cues(name)[k:]:
                if c.first >= m.first:
                    break
                if c.last + 1 == m.first and c.first not in self.timex_tokens:
                    return c
        return None

    def caused_bound(self, cand: Candidate, cands: list[Candidate],
                     dating: list[tuple[list[Timex], str | None]]) -> dt.date | None:
        """The last day of a cause named after its cue (:meth:`named_cause`): the day the event
        it caused ends, that event being the nearest one before the cue in the sentence (or,
        for a cue that opens the sentence, the first after the cue's phrase), when that one is
        dated."""
        cue = self.named_cause(cand)
        effect = None if cue is None else self._effect(cand, cue, cands)
        if effect is None or not dating[effect][0]:
            return None
        return max(t.latest for t in dating[effect][0]).date()

    def _effect(self, cand: Candidate, cue: Match, cands: list[Candidate]) -> int | None:
        """The event a cause named after ``cue`` caused: the nearest one before the cue in the
        sentence, or for a cue that opens the sentence the first after the cue's phrase."""
        starts = self._cand_starts(cands)
        me = bisect.bisect_left(starts, cand.start)
        sentence = self.sentence(cand.start)
        if me > 0 and cands[me - 1].start >= sentence[0]:
            return me - 1
        later = bisect.bisect_left(starts, self.clause(cue.start)[1])
        return later if later < len(cands) and cands[later].start < sentence[1] else None

    def counted_bound(self, cand: Candidate, cands: list[Candidate],
                      dating: list[tuple[list[Timex], str | None]]) -> dt.date | None:
        """The last day an undated ``cand`` can have when the event before it in its sentence
        is dated on its own and counted *after* it ("وُقّع في الثاني من نوفمبر بعد نحو عشرة أيام من
        المفاوضات": the talks came before the signing; the day before it when counted in days or
        more, its day when in hours), else ``None``."""
        caused = self.caused_bound(cand, cands, dating)
        if caused is not None:
            return caused
        sentence = self.text.sentence_of(cand.start)
        for anchor, sign, t, head in self.offsets():
            if sign or t is None or not cand.match.first <= anchor <= cand.match.last + 1 \
                    or not self.is_word(head, "after_next"):
                continue
            # the event the offset dates: the nearest one before it in the sentence
            opening = self.own_clause(head)
            before = [(other, found, level) for other, (found, level) in zip(cands, dating, strict=True)
                      if other.match.last < head and self.text.sentence_of(other.start) == sentence
                      and other.start >= opening]
            if before and before[-1][2] == "clause" and before[-1][1] and all(x is not t for x in before[-1][1]):
                # hours after: the same day at the latest; days after (or more): the day before
                if t.reading.get("unit") in ("hour", "minute"):
                    return max(x.latest for x in before[-1][1]).date()
                first = min(x.earliest for x in before[-1][1]).date()
                return first - dt.timedelta(days=1) if first > dt.date.min else first
        return None
