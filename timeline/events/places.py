"""Places: gazetteer places and unlisted ones after a place noun ("مدينة ود ..."), and the place
of a candidate."""

from __future__ import annotations

import bisect

from .context import CONTENT_TYPES, Context
from .lexicon import NISBA, is_nisba
from .match import Match

#: How many words after a strike, capture or ceasefire trigger its place may stand in a later
#: comma clause of its sentence ("استهدفت غارة إسرائيلية، فجر أمس، مبنى ... في منطقة البسطة").
PLACE_REACH = 24

#: How many words after an unlisted place the listed place it lies in may stand.
CONTAINER_GAP = 4

#: Events that take the opening dateline's city when their lead sentence names no place: not
#: statements (said anywhere), calls or meetings (often abroad), ceasefires (agreed elsewhere).
DATELINE_KINDS = frozenset({"strike", "capture"})


class Places(Context):
    """Where a candidate happened."""

    def place(self, kind: str, clause: tuple[int, int], m: Match) -> str | None:
        if kind in ("statement", "call"):
            return None
        lo = self.report_cut(m, clause) if kind in CONTENT_TYPES else clause[0]
        for p in self.places[bisect.bisect_left(self._place_starts, lo):]:
            if p.start >= clause[1]:
                break
            if p.end > clause[1] or self.adjective(p):
                continue
            origin = self.is_word(p.first - 1, "origin") or (
                self.is_word(p.first - 1, "place_nouns") and self.is_word(p.first - 2, "origin"))
            if origin and kind != "capture":
                continue  # "أطلق من مدينة غوريس": where it came from (but "انسحبت من" is the place)
            located = self.located(p)
            if kind == "meeting" and not located:
                continue
            if not located and p.data.get("kind") == "water":
                continue  # "سفن أسطول البحر الأسود في خليج سيفاستوبول": a sea in a name is no place
            if self.other_relative(m, p):
                continue  # "القصف في اليوم التالي لتوقيع الاتفاق الذي أُبرم في إسطنبول": the signing's
            if not located and p.first in self.actor_tokens:
                continue  # "أكدت باكو": the capital stands for the state
            return self.container(p, clause) or str(p.data["key"])
        found = self.further_place(m, clause) if kind in CONTENT_TYPES else None
        if found is None and kind in DATELINE_KINDS and self.dateline_place is not None and self.at_dateline(m):
            return self.dateline_place
        return found

    def at_dateline(self, m: Match) -> bool:
        """Whether an act that names no place happened in the dateline's city: "أبها - أطلق
        مسلحون النار على دورية" (where it was filed), and a later act of a story told there
        when neither its sentence nor the one before names another place. A state named in
        the sentence ("موسكو - قصفت القوات الأذربيجانية") may put it elsewhere."""
        k = self.text.sentence_of(m.start)
        sentence = self.text.sentences[k]
        if any(a.kind == "country" for a in self.actors_in(sentence)):
            return False
        if k == 0:
            return True
        if self.places_in(sentence):
            return False
        before = self.places_in(self.text.sentences[k - 1])
        return all(str(p.data["key"]) == self.dateline_place for p in before)

    def adjective(self, p: Match) -> bool:
        """An unlisted place word that agrees with its head noun as an adjective does: "منطقة
        حدودية"، "المنطقة الحدودية"، "المدينة القديمة" (but "منطقة البسطة"، "بلدة العباسية"،
        "مدينة صور" are names)."""
        if p.data.get("kind") != "unlisted" or p.first == 0:
            return False
        word = self.text.tokens[p.first]
        head = self.text.tokens[p.first - 1]
        definite = any(a.definite for a in word.analyses)
        head_definite = any(a.definite for a in head.analyses)
        if definite != head_definite:
            return False
        if head_definite:
            return True
        # indefinite: only a nisba of the head's gender ("منطقة حدودية"، "حي سكني"؛ "مدينة
        # ودمدني" is a name)
        feminine_head = head.form.endswith(NISBA.feminine[-1:])
        return is_nisba(word.form) and word.form.endswith(NISBA.feminine) == feminine_head

    def container(self, p: Match, clause: tuple[int, int]) -> str | None:
        """The listed place that an unlisted one is said to lie in, a located place at most
        :data:`CONTAINER_GAP` words after it in its clause ("منطقة البسطة الفوقا في قلب
        العاصمة اللبنانية"، "قرية خربة الطواحين جنوبي إدلب"): the name events can be compared
        by (an unlisted name lies within nothing known)."""
        if p.data.get("kind") != "unlisted":
            return None
        for q in self.places[bisect.bisect_right(self._place_starts, p.start):]:
            if q.first > p.last + CONTAINER_GAP or q.end > clause[1]:
                break
            if q.data.get("kind") != "unlisted" and (self.located(q) or any(
                    self.is_word(i, "place_name_stops") for i in range(p.last + 1, q.first))):
                return str(q.data["key"])
        return None

    def located(self, p: Match) -> bool:
        """``p`` follows a locative word ("في"، "قرب") or carries the locative بـ."""
        return self.is_word(p.first - 1, "locative") or p.prep in self.words("locative_clitic")

    def further_place(self, m: Match, clause: tuple[int, int]) -> str | None:
        """The place of a content event that its own comma clause does not name: the first
        located place (after في، قرب ...) in the later clauses of its sentence, within
        :data:`PLACE_REACH` words and before any other trigger or new predicate ("، كما
        استهدفت غارات أخرى مدينة صور" is another strike's)."""
        sentence = self.sentence(m.start)
        if self._trigger_firsts is None:
            self._trigger_firsts = [t.first for t in self.triggers]
        k = bisect.bisect_right(self._trigger_firsts, m.last)
        stop = self.triggers[k].first if k < len(self.triggers) else len(self.text.tokens)
        opener = self.cues_from("clause_openers", m.last + 1)
        if opener:
            stop = min(stop, opener[0].first)
        for p in self.places[bisect.bisect_left(self._place_starts, clause[1]):]:
            if p.start >= sentence[1] or p.first >= stop or p.first > m.last + PLACE_REACH:
                break
            if self.located(p) and not self.is_word(p.first - 1, "origin") and not self.adjective(p):
                return self.container(p, sentence) or str(p.data["key"])
        return None

    def other_relative(self, m: Match, p: Match) -> bool:
        """Place ``p`` stands in a relative clause (الذي، التي) on another event's word after
        trigger ``m``: it is where that event happened."""
        if p.first <= m.last:
            return False
        rel = self.last_word_before("relatives", m.last + 1, p.first)
        return rel is not None and any(i in self.trigger_tokens for i in range(m.last + 1, rel))
