"""Elided events: a second act of the same kind told after و/ثم with its verb left out
("تبادل الطرفان يوم الجمعة 390 أسيراً، ثم 307 أسرى يوم السبت"، "شنت الطائرات غارة على خان
يونس يوم الجمعة، وأخرى على رفح يوم السبت"، "جرت الجولة الأولى يوم السبت، والثانية يوم
الأحد").

The elided segment opens with ``ثم`` or with a comma clause's first word carrying و, then a
head: a word of ``ellipsis_heads`` (أخرى، الثانية ...) or a number when the act before it
counted too ("390 أسيراً ... ثم 307 أسرى"). It names its own date within a few words, no
trigger stands between the act and that date, and the sentence dates the act before it
(two dates set side by side); the segment is then one more event of the act's type, dated by
its own date, at its own place when it names one."""

from __future__ import annotations

import bisect

import attrs

from ..model import Timex
from .context import CONTACT_TYPES, Candidate, Context

#: How many words after the head the elided act's date may start.
DATE_REACH = 8
#: How many words the elided act's mention covers from its opener at most.
MENTION_WORDS = 4


class Ellipsis(Context):
    """Elided acts after a candidate."""

    def elided(self, cands: list[Candidate]) -> list[Candidate]:
        """``cands`` with the elided acts after them added, in text order."""
        extra: list[Candidate] = []
        for k, cand in enumerate(cands):
            if cand.type == "statement":
                continue  # what is said is told by its own verb
            nxt = cands[k + 1].match.first if k + 1 < len(cands) else len(self.text.tokens)
            extra.extend(self._segments(cand, nxt))
        if not extra:
            return cands
        return sorted(cands + extra, key=lambda c: c.start)

    def _segments(self, cand: Candidate, stop: int) -> list[Candidate]:
        """The elided acts after ``cand`` and before token ``stop`` (the next candidate)."""
        sentence = self.sentence(cand.match.start)
        words = self.text.token_range(sentence)
        end = min(words.stop, stop)
        # the act before it counted ("390 أسيراً"): a number may head the elided one
        numbers = [j for j in range(max(cand.match.first - 6, words.start), min(cand.match.last + 8, end))
                   if self._number(j)] if cand.type not in CONTACT_TYPES else []
        out: list[Candidate] = []
        i = cand.match.last + 1
        while i < end:
            head = self._head(i, bool(numbers) and numbers[0] < i - 1)
            date = self._date_after(head, end) if head is not None else None
            if head is None or date is None:
                i += 1
                continue
            at = self.text.token_at(date.start)
            if any(j in self.trigger_tokens for j in range(i, at)):
                return out  # "ثم أعلنت ... يوم السبت": a new predicate, not an elided act
            k = bisect.bisect_left(self._timex_starts, sentence[0])
            if k >= len(self.timexes) or self.timexes[k].end > self.text.tokens[i].start:
                return out  # the act before it has no date to set this one beside
            last = max(head, min(head + MENTION_WORDS - 1, at - 1))
            start, stop_at = self.text.tokens[i].start, self.text.tokens[last].end
            places = self.places_in((start, self.text.tokens[min(last + 4, end - 1)].end))
            match = attrs.evolve(cand.match, first=i, last=last, start=start, end=stop_at)
            out.append(Candidate(match, cand.type, cand.subtype, start, stop_at, cand.confidence,
                                 cand.actors, cand.speaker,
                                 str(places[0].data["key"]) if places else cand.place))
            i = self.text.token_at(date.end - 1) + 1
        return out

    def _head(self, i: int, counted: bool) -> int | None:
        """The head word of an elided act opening at token ``i``: after ثم, or a comma
        clause's first word with و."""
        clause = self.clause(self.text.tokens[i].start)
        if self.is_word(i, "ellipsis_links"):
            j = i + 1
        elif self.text.token_range(clause).start == i and self._with_conj(i):
            j = i
        else:
            return None
        if j >= len(self.text.tokens):
            return None
        if self.is_word(j, "ellipsis_heads") or (counted and self._number(j)):
            return j
        return None

    def _with_conj(self, i: int) -> bool:
        return any(a.conj for a in self.text.tokens[i].analyses)

    def _number(self, i: int) -> bool:
        """A written number ("307"، "و307")."""
        form = self.text.tokens[i].form
        return any(ch.isdigit() for ch in form) and i not in self.timex_tokens

    def _date_after(self, head: int, end: int) -> Timex | None:
        """The first time expression starting within ``DATE_REACH`` words after ``head`` and
        before token ``end``, inside its clause."""
        clause = self.clause(self.text.tokens[head].start)
        k = bisect.bisect_left(self._timex_starts, self.text.tokens[head].end)
        if k >= len(self.timexes):
            return None
        t = self.timexes[k]
        first = self.text.token_at(t.start)
        if first > min(head + DATE_REACH, end - 1) or t.end > clause[1]:
            return None
        return t
