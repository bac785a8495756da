"""References back to an event already named in the article: which earlier candidate a
definite noun ("الهجوم"، "هذا الاتصال"), or a noun that is no trigger of its own ("وجاء
القرار"، "هذه الخطوة"، "نفذت العملية"), names again.

The words are data (``lexicon/events/references.json``).  A reference becomes a mention (an
echo) of the event it names, never an event of its own, so that what its clause says (the
participants and places of a later outlet's wording) stays with that event.  The antecedent is
chosen by type, recency and foreground: the nearest event of a type the word may name, within
:data:`ANAPHORA_SENTENCES` sentences, preferring an event of the article's news to one told as
its cause or background ("رداً على هجوم"، "بعد اجتماع").  When the nearest candidates are of two
different types the word may name, the reference is left unresolved (never guessed)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from .context import Candidate, Context
from .match import Match

#: How many sentences back a reference finds the event it names again.
ANAPHORA_SENTENCES = 3
#: How many words may stand between a background word and the trigger it makes background.
BACKGROUND_REACH = 2


class References(Context):
    """Reference words -> the candidates they name."""

    def owned_timexes(self, m: Match) -> list:
        """The time expressions of ``m``'s sentence that may date ``m``: those with no other
        trigger between them and ``m`` ("وجاءت الضربات رداً على هجوم ... الأحد الماضي": the
        Sunday is the attack's, not the strikes')."""
        k = self.text.sentence_of(m.start)
        out = []
        for t in self.timexes_in(self.sentence(m.start)):
            if self.text.sentence_of(t.start) != k:
                continue
            span = self.text.token_range((t.start, t.end))
            lo, hi = (m.last + 1, span.stop) if t.start >= m.end else (span.start, m.first)
            if not any(i in self.trigger_tokens for i in range(lo, hi)):
                out.append(t)
        return out

    def demonstrated(self, m: Match) -> bool:
        """A demonstrative right before ``m`` ("هذا الاتصال"، "هذه الخطوة")."""
        return self.is_word(m.first - 1, "ref_demonstratives")

    def told_as_background(self, c: Candidate | Match) -> bool:
        """Whether ``c`` is told as a cause or an earlier event ("رداً على هجوم"، "بعد أيام من
        الضربات"): a background word with at most :data:`BACKGROUND_REACH` other words before
        it, the words of other triggers not counted ("رداً على هجوم بطائرة مسيّرة استهدف"); not
        "بعد ذلك" (then)."""
        first = c.match.first if isinstance(c, Candidate) else c.first
        for b in self.cues_from("ref_background", max(0, first - 12)):
            if b.first >= first:
                break
            if self.is_word(b.last + 1, "ref_demonstratives"):
                continue
            if sum(1 for i in range(b.last + 1, first) if i not in self.trigger_tokens) <= BACKGROUND_REACH:
                return True
        return False

    def nearest_of(self, m: Match, found: Sequence[Candidate], kinds: frozenset[str],
                   same_sentence: bool) -> list[int]:
        """Indices of the candidates of ``kinds`` before ``m`` within reach, nearest first
        (in an earlier sentence only, unless ``same_sentence``)."""
        k = self.text.sentence_of(m.start)
        out = []
        for j in range(len(found) - 1, -1, -1):
            c = found[j]
            s = self.text.sentence_of(c.start)
            if k - s > ANAPHORA_SENTENCES:
                break
            if c.type in kinds and not c.planned and c.start < m.start and (s < k or same_sentence):
                out.append(j)
        return out

    def choose(self, found: Sequence[Candidate], near: list[int], subtype: str | None = None,
               generic: frozenset[str | None] = frozenset({None}), cause: Match | None = None) -> int | None:
        """The antecedent among ``near`` (nearest first): one of the same specific subtype,
        else the nearest of the article's foreground, else the nearest; none when the nearest
        two of the pool are of different types.  A reference ``cause`` told as background
        ("رداً على الهجمات") names a background event or none."""
        if cause is not None and self.told_as_background(cause):
            # "رداً على الهجمات": a cause names a cause, never the article's news
            near = [j for j in near if self.told_as_background(found[j])]
        if not near:
            return None
        if subtype not in generic:
            same = [j for j in near if found[j].subtype == subtype]
            if same:
                return same[0]
        pool = [j for j in near if not self.told_as_background(found[j])] or near
        if len(pool) > 1 and found[pool[0]].type != found[pool[1]].type and \
                self.text.sentence_of(found[pool[0]].start) == self.text.sentence_of(found[pool[1]].start):
            return None  # "اتصل ... واجتمع ...، وجاءت الخطوة": which one?
        return pool[0]

    def referred(self, cands: list[Candidate]) -> list[Candidate]:
        """``cands`` with each reference noun (``ref_noun``) added as a mention of the event it
        names (see the module docstring)."""
        if not cands:
            return cands
        out = list(cands)
        for r in self.text.select("cue", "ref_noun"):
            if any(i in self.trigger_tokens or i in self.actor_tokens for i in range(r.first, r.last + 1)):
                continue  # a trigger's or a name's own word
            if self.token(r.last + 1) in r.data["unless_next"] or self.owned_timexes(r):
                continue  # "العملية السياسية"; a noun its sentence dates may be another event
            if self.negated(r, self.clause(r.start)):
                continue
            j = self.choose(out, self.nearest_of(r, out, frozenset(r.data["types"]), True), cause=r)
            if j is not None and (r.start, r.end) not in out[j].echoes:
                out[j] = attrs.evolve(out[j], echoes=out[j].echoes + ((r.start, r.end),))
        return out

    def timexes_in(self, span: tuple[int, int]) -> list:
        lo = bisect.bisect_left(self._timex_starts, span[0])
        hi = bisect.bisect_left(self._timex_starts, span[1])
        return self.timexes[lo:hi]
