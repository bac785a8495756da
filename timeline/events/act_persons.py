"""Persons an act of ``other`` falls on beyond its object (a base of ``participants.Participants``):
the sentenced named one by one ("بحق كل من ... و..."، "على ... وعلى زوجته ...")، the dead named by a
bare name set off before who he was ("توفي كارتر، الرئيس ...") and whether an announcer tells an
act done to his own state's citizen."""

from __future__ import annotations

from ..arabic import fold
from . import body_words
from .actors import PERSONLIKE, ActorHit
from .match import Match
from .participant_checks import ParticipantChecks


class ActPersons(ParticipantChecks):
    """Readers of the persons an act falls on beyond its object."""

    def own_citizen(self, m: Match, announcer: ActorHit, hits: list[ActorHit]) -> bool:
        """Whether ``announcer`` tells act ``m`` done to a citizen of his own state named after
        it ("أعلن الرئيس الفرنسي ... الإفراج عن المواطن الفرنسي ...": he did not free him)."""
        return m.data.get("subtype") in body_words.WORDS["own_citizen_acts"] and bool(self.states_of(announcer) & {
            s for a in hits if a.kind in PERSONLIKE and a.first > m.last for s in self.states_of(a)})

    def apposed_dead(self, m: Match) -> ActorHit | None:
        """The dead of death ``m`` named by a bare name outside the gazetteer right after it,
        one or two words of a name's shape set off by a comma before a title, a description or
        a relative pronoun that says who he was ("توفي كارتر، الرئيس التاسع والثلاثون"، "إثر وفاة
        بينيرا، الرئيس الأسبق"، "وفاة شيراك، الذي"), or ``None``: the apposition makes the word a
        person's name, which no list holds."""
        toks, stops = self.text.tokens, self.words("stop_words")
        i, last = m.last + 1, None
        if not self.text.joinable[m.last]:
            return None
        for j in range(i, min(i + 2, len(toks) - 1)):
            form = toks[j].form
            if form in stops or form.isdigit() or len(form) < 3 or not toks[j].analyses[0].bare \
                    or j in self.actor_tokens or j in self.timex_tokens or j in self.trigger_tokens:
                return None
            if not self.text.joinable[j]:
                last = j  # (a comma after the name)
                break
        if last is None or not (self.is_word(last + 1, "relatives")
                                or getattr(body_words.head_at(self.text, last + 1), "kind", None) in ("titles", "descriptions")):
            return None
        start, end = toks[i].start, toks[last].end
        return ActorHit(i, last, start, end, "~" + "_".join(toks[j].form for j in range(i, last + 1)), "person",
                        self.text.original[start:end], unlisted=True)

    def also_sentenced(self, m: Match, clause: tuple[int, int], sentence: tuple[int, int]) -> list[ActorHit]:
        """Every named person a ruling ``m`` is passed against with "في حق"/"بحق" (past "كل من") in its clause
        (past an inserted date), each with his own term ("حكما بالسجن 15 سنة في حق ... أحمد
        أويحيى و12 سنة في حق ... عبد المالك سلال"): all are sentenced, patients of the ruling."""
        wider = self.through_inserted_dates(clause, sentence)
        # (the word with no pronoun: "في الدعوى التي رفعها ضده وزير العدل" names the plaintiff)
        found = [a for a in self.actors_in(wider) if a.first > m.last and a.kind in PERSONLIKE and not a.conj
                 and (link := self.past_each(a.first - 1)) >= 0 and any(
                     not x.enc and body_words.bare(x.word) in body_words.WORDS["target_links"]
                     for x in self.text.tokens[link].analyses)]
        # (each after the first coordinated with the one before: "و12 سنة في حق"; not "بعد شكوى
        # رفعها ضد ...", another act's)
        kept = found[:1]
        for a in found[1:]:
            nxt = kept[-1].last + 1
            if nxt >= len(self.text.tokens) or not any(x.conj for x in self.text.tokens[nxt].analyses):
                break
            kept.append(a)
        for a in kept:
            self.objects.add((m.first, a.first))
        return kept

    def past_each(self, i: int) -> int:
        """The token before the ``each_words`` phrase that ends at token ``i`` ("بحق كل من"), or ``i``."""
        forms = [self.text.tokens[j].form for j in range(max(i - 2, 0), i + 1)]
        for words in body_words.EACH:
            if len(words) <= i and tuple(fold(f) for f in forms[len(forms) - len(words):]) == words:
                return i - len(words)
        return i

    def repeated_sentenced(self, m: Match, sentence: tuple[int, int]) -> list[ActorHit]:
        """The persons a ruling ``m`` sentences after its preposition repeated with و, each with
        his own term ("حكمت محكمة باكستانية على عمران خان بالسجن 14 عاما وعلى زوجته بشرى بيبي
        بالسجن سبعة أعوام"): sentenced with the first, patients of the ruling."""
        people = [a for a in self.actors_in(sentence) if a.first > m.last and a.kind in PERSONLIKE]
        first = next((a for a in people if (m.first, a.first) in self.objects and not a.prep), None)
        if first is None or first.first < 1:
            return []
        prep = {x.word for x in self.text.tokens[first.first - 1].analyses if not x.conj and not x.prep and not x.enc}
        found = []
        for a in people:
            if a.first > first.last and not a.conj and not a.prep and prep and any(
                    x.conj and x.word in prep for x in self.text.tokens[a.first - 1].analyses) \
                    and not self.verb_trigger_between(first.last, a.first):
                self.objects.add((m.first, a.first))
                found.append(a)
        return found

    def coordinated_sentenced(self, m: Match, clause: tuple[int, int], sentence: tuple[int, int]) -> list[ActorHit]:
        """The persons joined by و right after a person ruling ``m`` sentences, each right after
        the one before ("حكماً ... بحق الرئيس الأسبق أوتو بيريز مولينا ونائبته روكسانا بالديتي"،
        "على مؤسس الحزب ونائبه شاه محمود قريشي"): sentenced with him, patients of the ruling."""
        wider = self.through_inserted_dates(clause, sentence)
        people = {a.first: a for a in self.actors_in(wider) if a.first > m.last and a.kind in PERSONLIKE}
        found: list[ActorHit] = []
        for first in sorted(f for f in people if (m.first, f) in self.objects):
            nxt = people.get(people[first].last + 1)
            while nxt is not None and nxt.conj and not nxt.prep:
                found.append(nxt)
                self.objects.add((m.first, nxt.first))
                nxt = people.get(nxt.last + 1)
        return found
