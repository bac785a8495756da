"""The scope a trigger's participants are read in: its predicate's comma clauses (joined with
those that only continue it) and the subject a coordinated predicate carries over."""

from __future__ import annotations

from .actors import PERSONLIKE, ActorHit
from .context import CONTACT_TYPES, Context
from .match import Match

__all__ = ["PredicateScopes"]


class PredicateScopes(Context):
    """Mixin of :class:`~timeline.events.participants.Participants`: predicate scopes."""

    def predicate_scope(self, m: Match, sentence: tuple[int, int]) -> tuple[int, int]:
        """The words of the trigger's own predicate: its comma clause, joined with the clauses
        around it that only continue it (a date, a place, a complement: "تلقى ... اتصالاً
        اليوم، من رئيس وزراء العراق"; "جمع بلينكن، أمس بنيويورك، نظيريه") and never with one
        that opens a new predicate ("، بعد أن أجرى ..."، "، وأطلعهما ..."، "كما بحث ...")."""
        text = self.text
        k = text.clause_of(m.start)
        lo = hi = k
        # a noun trigger heading its clause is the object of the predicate before it
        # ("أجرى جو بايدن، نائب الرئيس الأمريكي، اتصالا مع الرئيسين")
        own = m.hit.pos == "noun" and text.token_range(text.clauses[k])[:1] == range(m.first, m.first + 1)
        while lo > 0 and text.clauses[lo - 1][1] > sentence[0] and (self.continues(lo) or (lo == k and own)):
            lo -= 1
        while hi + 1 < len(text.clauses) and text.clauses[hi + 1][0] < sentence[1] and self.continues(hi + 1):
            hi += 1
        return max(text.clauses[lo][0], sentence[0]), min(text.clauses[hi][1], sentence[1])

    def continues(self, k: int) -> bool:
        """Whether comma clause ``k`` continues the predicate of the clause before it: it
        opens with a date, a place, a name, or a preposition or counterpart word
        (``complement_openers``), or follows a clause of time words only, and not with what
        starts a new predicate (``clause_openers``, a trigger)."""
        span = self.text.token_range(self.text.clauses[k])
        if not span:
            return True
        i = span[0]
        if i in self.trigger_tokens or any(c.first == i for c in self.cues_from("clause_openers", i)[:3]):
            return False
        if i in self.timex_tokens or i in self.actor_tokens or self.is_word(i, "complement_openers"):
            return True
        if k > 1 and self.adverbial(k - 1):
            return True  # "استقبل X، أمس الأحد، الوفد الذي يرأسه Y": the object after an inserted date
        # "، بقصر القضيبية اليوم،"، "، بمكتبه في قصر البحر صباح اليوم،": where and when
        return any(p.first == i for p in self.places_in(self.text.clauses[k])[:1]) or self.adverbial(k)

    def adverbial(self, k: int) -> bool:
        """Whether comma clause ``k`` only says when (and where) the predicate takes place: it
        holds a date, no trigger and no actor but a state after a locative clitic ("، اليوم
        الثلاثاء بمشيخة الأزهر،"، "، بقصر القضيبية اليوم،")."""
        span = self.text.token_range(self.text.clauses[k])
        if not span or not any(j in self.timex_tokens for j in span) or any(j in self.trigger_tokens for j in span):
            return False
        return all(a.kind == "country" and a.prep in self.words("locative_clitic") for a in self.actors_in(self.text.clauses[k]))

    def carried_subject(self, m: Match, scope: tuple[int, int], sentence: tuple[int, int]) -> ActorHit | None:
        """The subject a coordinated predicate shares with the one before it ("اتصل باشينيان
        ببوتين ...، كما بحث هاتفياً مع بلينكن": Pashinyan): for a verb at the head of its
        predicate, the last person named before it in the sentence without a preposition."""
        head = self.text.token_range(scope)
        if not head or m.first - head[0] > 2:
            return None
        if self.is_word(head[0], "relatives"):
            # "وقال بلينكن، الذي التقاهما"، "تاياني، الذي يقوم بزيارة عمل": the relative's antecedent
            return next((a for a in self.actors_in((sentence[0], scope[0])) if a.last == head[0] - 1
                         and a.kind in PERSONLIKE), None)
        # (or the noun of a verb that holds it: "وصلت ميلوني إلى الجزائر، حيث أجرت محادثات مع ...")
        if m.hit.pos != "verb" and not (m.first - 1 >= head[0] and (
                self.is_word(m.first - 1, "call_support") or self.is_word(m.first - 1, "hold_verbs"))):
            return None
        before = [a for a in self.actors_in((sentence[0], scope[0])) if a.kind in PERSONLIKE
                  and not a.prep and a.kind != "counterpart"]
        # "استقبل X، أمس، Y، والتقى بعد ذلك Z": the subject right after the contact verb before,
        # not its object
        verbs = [t.last for t in self.triggers if t.hit.pos == "verb" and t.data["type"] in CONTACT_TYPES
                 and sentence[0] <= t.start < scope[0]]
        subject = next((a for a in before if verbs and a.first == verbs[-1] + 1), None)
        return subject or (before[-1] if before else None)
