"""Elided events: a second act of the same kind told after و/ثم with its verb left out
("تبادل الطرفان يوم الجمعة 390 أسيراً، ثم 307 أسرى يوم السبت"، "شنت الطائرات غارة على خان
يونس يوم الجمعة، وأخرى على رفح يوم السبت"، "جرت الجولة الأولى يوم السبت، والثانية يوم
الأحد").

The elided segment opens with ``ثم`` or with a comma clause's first word carrying و, then a
head: a word of ``ellipsis_heads`` (أخرى، الثانية ...) or a number when the act before it
counted too ("390 أسيراً ... ثم 307 أسرى"). It names its own date within a few words, no
trigger stands between the act and that date, and the sentence dates the act before it
(two dates set side by side); the segment is then one more event of the act's type, dated by
its own date, at its own place when it names one.

An elided act may also name a new object only: after an act whose object or place came
before it, ``ثم`` (a ``ellipsis_preps`` word may follow: مع، على) and a name or a place, with
no trigger up to the end of its clause ("التقى بلينكن نتنياهو في تل أبيب، ثم الرئيس عباس في رام
الله"، "بحث هاتفياً مع بوتين، ثم مع ترامب"، "سيطرت على غوما في يناير ثم على بوكافو في فبراير").
It is one more event of the act's type, with the act's subject and the new object, dated by
its clause like any other."""

from __future__ import annotations

import bisect

import attrs

from ..model import Timex
from ..temporal.lexicon import LEXICON as NUMBER_WORDS
from .context import CONTACT_TYPES, Candidate, Context

#: How many words after the head the elided act's date may start.
DATE_REACH = 8
#: How many words the elided act's mention covers from its opener at most.
MENTION_WORDS = 4
#: Types whose act may be repeated on a new object with the verb left out.
OBJECT_TYPES = frozenset({"call", "meeting", "capture", "strike"})


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
            if cand.type in OBJECT_TYPES and not cand.separate:  # (separate contacts are split later)
                extra.extend(self._objects(cand, nxt))
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

    def _objects(self, cand: Candidate, stop: int) -> list[Candidate]:
        """The acts on new objects after ``cand``: "ثم" [مع/على] + a name or a place, in its
        sentence before token ``stop``, when the act named an object or place before it."""
        sentence = self.sentence(cand.match.start)
        words = self.text.token_range(sentence)
        end = min(words.stop, stop)
        out: list[Candidate] = []
        links = [i for i in range(cand.match.last + 2, end) if self.is_word(i, "ellipsis_links")]
        for i in links:
            between = (self.text.tokens[cand.match.last].end, self.text.tokens[i].start)
            objects = [a for a in self.actors_in(between) if a.key not in {s.key for s in cand.speaker}]
            if not objects and not self.places_in(between):
                continue  # "هاجم الجيش ثم الشرطة": coordinated subjects, no first object
            j = i + 1 + (i + 1 < end and self.is_word(i + 1, "ellipsis_preps"))
            if j >= end:
                break
            clause = self.clause(self.text.tokens[j].start)
            head = next((a for a in self.actors_in((self.text.tokens[j].start, clause[1])) if a.first == j), None)
            place = next((p for p in self.places_in((self.text.tokens[j].start, clause[1])) if p.first == j), None)
            if place is None and self.text.tokens[j].form in self.words("place_nouns"):
                place = next((p for p in self.places_in((self.text.tokens[j].start, clause[1])) if p.first == j + 1), None)
            if head is None and place is None:
                continue
            words_after = self.text.token_range(clause)
            if any(k in self.trigger_tokens for k in range(i + 1, words_after.stop)):
                break  # "ثم أعلن ..."، "ثم الهجوم": a new predicate or an event of its own
            if head is not None and cand.type in ("capture", "strike") and head.kind != "place":
                continue  # an armed act takes places, contacts take people
            last = (head or place).last
            start, stop_at = self.text.tokens[i].start, self.text.tokens[last].end
            firsts = [a for a in cand.actors if a.first > cand.match.last and a.start < between[1]]
            # the act's subject goes on; its first object does not (a subject after the verb
            # is the first actor there when another follows, or any actor of an armed act)
            keep = tuple(a for a in cand.actors if a not in firsts or a is firsts[0] and not a.prep
                         and not self.is_word(a.first - 1, "ellipsis_preps")
                         and (len(firsts) > 1 or cand.type not in CONTACT_TYPES))
            # the trigger is the new object, after ثم: a date before ثم stays the first act's
            match = attrs.evolve(cand.match, first=j, last=last, start=self.text.tokens[j].start, end=stop_at)
            out.append(Candidate(match, cand.type, cand.subtype, start, stop_at, cand.confidence,
                                 keep + ((head,) if head is not None else ()), cand.speaker,
                                 str(place.data["key"]) if place is not None else cand.place))
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
        """A written number ("307"، "و307") or a cardinal number word of the temporal lexicon
        ("ثلاثة"، "عشرين")."""
        if i in self.timex_tokens:
            return False
        form = self.text.tokens[i].form
        if any(ch.isdigit() for ch in form):
            return True
        roles = NUMBER_WORDS.roles
        return any(not a.prep and ("card" in roles.get(a.word, {}) or "tens" in roles.get(a.word, {}))
                   for a in self.text.tokens[i].analyses)

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
