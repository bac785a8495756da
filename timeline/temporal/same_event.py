"""Rule ``same_as_event``: ``العام نفسه الذي`` / ``الشهر ذاته الذي`` + a relative clause names the
year or month of an event the text dated before, not the last one it wrote.

``وصادق الأمير على الدستور في 11 نوفمبر 1962، وجرت أول انتخابات في 23 يناير 1963. وفي العام
نفسه الذي صودق فيه على الدستور ...``: 1962.  The event is found by a word its relative clause
shares with the clause of an earlier expression, between the expression before it and it (token stems of three
letters or more, ``cues.json`` ``same_event_skip`` and the relative pronouns left out); the latest
such expression wins.  Without a relative pronoun after it, ``العام نفسه`` is the year in play,
as before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..arabic import Normalized
from ..document import Document
from ..model import Timex
from .engine import Found
from .lexicon import LEXICON

#: how many words of the relative clause are read
_CLAUSE_WORDS = 8
#: how many earlier dated expressions are looked at, latest first
_LOOK_BACK = 12
#: the shortest stem that may name an event
_STEM = 3


class SameEvent:
    """Earlier dated expressions and the event a ``نفسه الذي`` clause names (mixed into ``Context``)."""

    doc: Document
    norm: Normalized
    _dated: list[Timex]
    sentence_of: Callable[[int], int]

    def note_dated(self, timex: Timex) -> None:
        """Keep a date of a day, a month or a year for later ``نفسه الذي`` clauses."""
        if timex.type == "DATE" and timex.earliest is not None and timex.grain in ("day", "month", "year"):
            self._dated.append(timex)
            if len(self._dated) > 2 * _LOOK_BACK:
                del self._dated[:_LOOK_BACK]

    def feasts_named(self) -> list[dt.date]:
        """The days of the holidays the text has dated so far, latest first (rule
        ``feast_in_focus``: ``ليلة العيد`` after ``عيد الصليب`` is the Cross's eve)."""
        return [t.earliest.date() for t in reversed(self._dated)
                if t.grain == "day" and t.earliest is not None and dict(t.extra).get("holiday")]

    def past_day_near(self, found: Found, dct: dt.date) -> dt.date | None:
        """The day of the latest expression dated to one day at or before ``dct`` in this or the
        previous sentence (rule ``afternoon_in_play``: a day ahead named since, such as an
        adjournment's, is not the day a past clause tells of)."""
        here = self.sentence_of(found.start)
        for timex in reversed(self._dated):
            if timex.grain != "day":
                continue
            sentence = self.doc.sentence_of(timex.start) + self.doc.line_of(timex.start)
            if here - sentence > 1:
                return None
            if sentence <= here and timex.earliest.date() <= dct and not (
                    sentence < here and self._pluperfect_before(timex.start)):
                return timex.earliest.date()
        return None

    def _pluperfect_before(self, start: int) -> bool:
        """The sentence holding offset ``start`` is told in the pluperfect before it (a كان form,
        then قد: ``وكانت ليدسوم قد أثارت جدلا السبت``): a step back, not the story's day."""
        tokens, lex = self.doc.tokens, LEXICON
        seen = False
        for i in self.doc.token_range((self.doc.sentence(start)[0], start)):
            word = next((a.word for a in tokens[i].analyses if a.conj and not a.prep and not a.enc), tokens[i].form)
            seen = seen or word in lex.past_before_imperfect or tokens[i].form in lex.past_before_imperfect
            if seen and (word in lex.perfective_particles or tokens[i].form in lex.perfective_particles):
                return True
        return False

    def same_as_event(self, found: Found) -> Timex | None:
        """The earlier date of the event the relative clause after ``found`` names, or ``None``."""
        if not self._dated:
            return None
        tokens, lex = self.doc.tokens, LEXICON
        end = self.norm.span(found.start, found.end)[1]
        after = self.doc.token_range((end, len(self.doc.text)))
        if not after or tokens[after.start].form not in lex.relative_pronouns \
                or self.doc.text[end:tokens[after.start].start].strip():
            return None
        clause_end = self.doc.clause(tokens[after.start].start)[1]
        stems = {a.stem for k in after[1:_CLAUSE_WORDS + 1] if tokens[k].start < clause_end
                 for a in tokens[k].analyses if _names(a.stem)}
        if not stems:
            return None
        start = self.norm.span(found.start, found.start + 1)[0]
        recent = self._dated[-_LOOK_BACK - 1:]
        for k in range(len(recent) - 1, 0 if len(recent) > _LOOK_BACK else -1, -1):
            timex = recent[k]
            if timex.end > start:
                continue
            # the words before it in its clause, after the expression before it (تأسست الشركة
            # في 3 مارس 1975 وأدرجت في البورصة عام 1999: the founding is 1975's)
            left = self.doc.clause(timex.start)[0]
            if k > 0 and recent[k - 1].end <= timex.start:
                left = max(left, recent[k - 1].end)
            if any(a.stem in stems for i in self.doc.token_range((left, timex.start)) for a in tokens[i].analyses):
                return timex
        return None


def _names(stem: str) -> bool:
    lex = LEXICON
    return len(stem) >= _STEM and stem.isalpha() and stem not in lex.same_event_skip \
        and stem not in lex.relative_pronouns and stem not in lex.roles
