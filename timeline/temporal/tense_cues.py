"""The tense cues a resolution reads in an expression's clause: future cues (a verb's prefix, a
future word), a habitual adverb, a schedule's item, the church a feast is kept by.  Computed on
first use, over the Document's clauses (mixed into ``Context``)."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from typing import Any

from ..arabic import Normalized
from ..document import Document
from .engine import Found
from .lexicon import LEXICON

#: a programme's item: what may stand before the expression on its line, what follows it, and
#: how far above the line the word naming the programme may be (characters)
_BULLETS = " \t-*\u2022\u2013\u2014"
_ITEM_MARKS = ":-\u2013\u2014"
_LINE_HEAD = 12
_SCHEDULE_REACH = 400


def _nearest(positions: list[int], at: int, start: int, end: int) -> float:
    """Distance from ``at`` to the nearest of sorted ``positions`` inside [start, end)."""
    k = bisect.bisect_left(positions, at)
    near = [abs(p - at) for p in positions[max(k - 1, 0):k + 1] if start <= p < end]
    return min(near) if near else float("inf")


class TenseCues:
    """Tense and clause cues of one Document (mixed into ``Context``)."""

    doc: Document
    norm: Normalized
    dct: dt.datetime
    prefer: str
    _future: list[int] | None
    _habitual: list[int] | None
    _churches: tuple[list[int], list[int]] | None
    _subordinators: list[int] | None
    _scopes: list[int] | None

    clause_verb: Any
    day_off: Any
    postponed: Any
    until_ahead: Any

    def _original(self, positions: Iterable[int]) -> list[int]:
        span = self.norm.span
        return [span(p, p + 1)[0] for p in positions]

    @property
    def future_cues(self) -> list[int]:
        if self._future is None:
            self._future = LEXICON.future_cues.starts(self.doc)
        return self._future

    @property
    def subordinators(self) -> list[int]:
        if self._subordinators is None:
            self._subordinators = LEXICON.subordinator_cues.starts(self.doc)
        return self._subordinators

    @property
    def scope_marks(self) -> list[int]:
        if self._scopes is None:
            self._scopes = self._original(m.start() for m in LEXICON.scope_re.finditer(self.norm.text))
        return self._scopes

    def _scope(self, found: Found) -> tuple[int, int, int, int]:
        """The expression's original span and the bounds of its clause, closed by brackets and quotes."""
        start, end = self.norm.span(found.start, found.end)
        left = self.doc.clause(start)[0]
        right = self.doc.clause(max(end - 1, start))[1]
        marks = self.scope_marks
        k = bisect.bisect_left(marks, start)
        if k > 0:
            left = max(left, marks[k - 1])
        k = bisect.bisect_left(marks, end)
        if k < len(marks):
            right = min(right, marks[k])
        return start, end, left, right

    def habitual(self, found: Found) -> bool:
        """A habitual adverb (``cues.json`` ``habitual_words``: عادة، في العادة) in the clause."""
        if self._habitual is None:
            self._habitual = LEXICON.habitual_cues.starts(self.doc)
        if not self._habitual:
            return False
        start, end, left, right = self._scope(found)
        k = bisect.bisect_left(self._habitual, left)
        return k < len(self._habitual) and self._habitual[k] < right

    def eastern_church(self, found: Found) -> bool:
        """The feast at ``found`` is kept by an Eastern church: the article names one and no
        Western church, or the church its own sentence names nearest to it is Eastern
        (``cues.json`` ``eastern_church_words``)."""
        if self._churches is None:
            self._churches = (LEXICON.eastern_church_cues.starts(self.doc),
                              LEXICON.western_church_cues.starts(self.doc))
        eastern, western = self._churches
        if not eastern:
            return False
        if not western:
            return True
        at = self.norm.span(found.start, found.start + 1)[0]
        start, end = self.doc.sentence(at)
        return _nearest(eastern, at, start, end) < _nearest(western, at, start, end)

    def future(self, found: Found) -> bool:
        """Whether the expression should go forward in time (future cue in its clause, or preference)."""
        if self.prefer == "future":
            return True
        start, end, left, right = self._scope(found)
        cues = self.future_cues
        k = bisect.bisect_left(cues, left)
        while k < len(cues) and cues[k] < right:
            cue = cues[k]
            k += 1
            if start <= cue < end:
                continue
            if cue >= end:
                # "أعلن يوم الأحد أن الهدنة ستبدأ": a cue inside a complement clause that
                # follows the expression tells the complement's tense, not the main clause's.
                subs = self.subordinators
                j = bisect.bisect_left(subs, end)
                if j < len(subs) and subs[j] < cue:
                    continue
                if self.clause_verb(found) == "perfective":
                    # rule perfective_before_future: وصل الوفد الأحد وسيلتقي الرئيس الاثنين: a
                    # cue after the expression tells a coordinated clause when a perfective
                    # verb tells the expression's own
                    continue
            return True
        return self.in_schedule(found) or self.day_off(found) or self.postponed(found) == self.dct.date() \
            or self.until_ahead(found)

    def in_schedule(self, found: Found) -> bool:
        """The expression opens an item of a programme: it starts its line (after a bullet) and a
        colon or a dash follows it, a few lines under a word naming a schedule (``cues.json``
        ``schedule_nouns``)."""
        text = self.norm.text
        line = text.rfind("\n", max(0, found.start - _LINE_HEAD), found.start) + 1
        if (line == 0 and found.start > _LINE_HEAD) or text[line:found.start].strip(_BULLETS):
            return False
        if text[found.end:found.end + 4].lstrip(" \t")[:1] not in _ITEM_MARKS or line == 0:
            return False
        return LEXICON.schedule_re.search(text, max(0, line - _SCHEDULE_REACH), line) is not None

    def nearest(self, found: Found) -> bool:
        """``prefer="nearest"`` and no future cue: a bare weekday or month goes to whichever
        occurrence is closer to the DCT (dialogue, schedules, text that is not news)."""
        return self.prefer == "nearest" and not self.future(found)
