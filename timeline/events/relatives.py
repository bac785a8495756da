"""Relative clauses around a trigger: which noun a relative clause (الذي، التي، or none on an
indefinite noun) describes, and so which event its time expression dates; and the act noun
after خلال/لدى (a circumstance) whose date is another act's too."""

from __future__ import annotations

import bisect

from ..model import Timex
from .context import Candidate, Context
from .lexicon import ORTHOGRAPHY

#: How many words (names not counted) may stand between a noun and a comma relative clause
#: that describes it ("زيارة رئيسة مجلس النواب الأمريكي نانسي بيلوسي إلى أرمينيا، التي ...").
RELATIVE_HEAD_GAP = 4


#: How many words before a date a relative word may stand for the date to be told in passing of
#: the noun before it, when no event word of the clause governs the date ("رافضا الاستقالة التي
#: قدمها من طوكيو يوم الأحد"): no day in play for the narrative after it.
PASSING_RELATIVE_REACH = 5

#: How many words (names not counted) a date may stand after the verb of occurring that follows
#: an indefinite event noun and still be that happening's (:meth:`Relatives.occurred_clause`).
OCCURRED_REACH = 10

#: How many definite adjectives may stand between a definite event noun and the relative word
#: of its own clause ("الانتخابات التشريعية المبكرة التي جرت ...").
ADJECTIVES = 2

#: The longest ``container_of`` phrase, in words ("في الأيام الأولى من").
CONTAINER_WORDS = 4

#: How many words a relative word may stand before the date of a saying's occasion
#: ("الذي ألقاه سموه مساء الجمعة").
SPOKEN_REACH = 3


class Relatives(Context):
    """Relative clauses and the nouns they describe."""

    def relative_head(self, t: Timex, cands: list[Candidate]) -> int | None:
        """The candidate a comma clause opened by a relative word (الذي، التي) describes, when
        ``t`` stands in that clause: the noun trigger ending its sentence's previous clause, at
        most :data:`RELATIVE_HEAD_GAP` words (names not counted) before the relative word."""
        clause = self.clause(t.start)
        first = self.text.token_range(clause).start
        if not any(self.is_word(i, "relatives") for i in range(first, first + 2)):
            return None
        if self.text.sentence_of(clause[0]) != self.text.sentence_of(t.start) or clause[0] == self.sentence(t.start)[0]:
            return None
        k = bisect.bisect_left(self._cand_starts(cands), clause[0]) - 1
        if k < 0 or cands[k].match.hit.pos != "noun" or \
                self.text.sentence_of(cands[k].start) != self.text.sentence_of(t.start):
            return None
        gap = sum(1 for i in range(cands[k].match.last + 1, first) if i not in self.actor_tokens)
        return k if gap <= RELATIVE_HEAD_GAP else None

    def passing_relative(self, cand: Candidate) -> bool:
        """``cand`` stands in a comma clause opened by a relative word on a noun that names no
        event, set inside its sentence ("وتوفي الشرطي براين سيكنيك، الذي أصيب خلال المواجهات مع
        المقتحمين، مساء الخميس"): what it tells of a participant is told in passing, before the
        main event; a date outside that clause is not its own."""
        clause = self.clause(cand.start)
        first = self.text.token_range(clause).start
        if clause[0] == self.sentence(cand.start)[0] or \
                not any(self.is_word(i, "relatives") for i in range(first, min(first + 2, cand.match.first))):
            return False
        # the noun before the relative word: an event's ("زيارة بيلوسي إلى أرمينيا، التي بدأت")
        # makes the clause that event's, not a participant's
        return not self._event_head(first, cand)

    def _event_head(self, relative: int, cand: Candidate) -> bool:
        """The nearest trigger before token ``relative`` in ``cand``'s sentence, within
        :data:`RELATIVE_HEAD_GAP` words (names not counted), is a noun: the relative clause
        describes that event."""
        at = getattr(self, "_trigger_of_token", None)
        if at is None:
            at = self._trigger_of_token = {i: m for m in self.triggers for i in range(m.first, m.last + 1)}
        gap = 0
        for i in range(relative - 1, -1, -1):
            if self.text.tokens[i].start < self.sentence(cand.start)[0] or gap > RELATIVE_HEAD_GAP:
                break
            if i in at:
                return at[i].hit.pos == "noun"  # "وتوفي الشرطي ...، الذي": a verb, no head noun
            gap += i not in self.actor_tokens
        return False

    def _cand_starts(self, cands: list[Candidate]) -> list[int]:
        key = id(cands)
        cached = getattr(self, "_cand_starts_cache", None)
        if cached is None or cached[0] != key:
            cached = self._cand_starts_cache = (key, [c.start for c in cands])
        return cached[1]

    def relative_act(self, cand: Candidate) -> int | None:
        """The relative word right before verb trigger ``cand``, inside its clause and after its
        first word, on a noun that names no event ("رفضت سوريا أمس الثلاثاء السماح للسفينة التي
        خطفها مسلحون"): the verb tells in passing of the noun before, so a date before the relative word is the main
        predicate's, not its own; ``None`` otherwise (a comma clause opened by the relative
        word is :meth:`passing_relative`'s)."""
        m = cand.match
        if m.hit.pos != "verb" or cand.planned:
            return None
        first = self.text.token_range(self.clause(cand.start)).start
        for j in (m.first - 1, m.first - 2):
            if j <= first:
                return None
            if self.is_word(j, "relatives"):
                # "تقرير الوكالة الذي أكد أن ...": a clause on an event noun is that event's
                return None if self._event_head(j, cand) else j
        return None

    def spoken_date(self, cand: Candidate, timexes: list[Timex]) -> Timex | None:
        """The date of saying ``cand``'s occasion, told in a relative clause between the verb
        and what it reports and opened by a verb of speaking (``spoke_verbs``) with no content
        of its own ("وقال قائد الشرطة، الذي تحدث الجمعة في مؤتمر صحافي، إن"، "وقال في خطاب
        القسم، الذي ألقاه الخميس، إن"): the first of ``timexes`` there, else ``None``. A clause
        with a topic of its own (``spoken_content``: "الذي تحدث الخميس عن «تحسن بطيء»") tells
        an earlier statement, not this one's occasion."""
        if cand.type != "statement" or cand.match.hit.pos != "verb" or cand.planned:
            return None
        stop = self.complement(cand)
        for t in timexes:
            if t.start < cand.end or t.start >= stop:
                continue
            r = self.relative_opener(t, SPOKEN_REACH)
            if r is None or self.text.tokens[r].start < cand.end:
                continue
            # "الذي كان يتحدث": the auxiliary is no predicate of its own
            words = [j for j in range(r + 1, self.text.token_at(t.start)) if not self.is_word(j, "pluperfect")]
            if not words or not self.is_word(words[0], "spoke_verbs"):
                continue
            rest = self.text.token_range((t.end, min(self.clause(t.start)[1], stop)))
            if self.first_word_from("spoken_content", rest.start, rest.stop) is None:
                return t
        return None

    def relative_opener(self, t: Timex, reach: int = 3) -> int | None:
        """The relative word (الذي، التي ...) at most ``reach`` words before ``t`` in its clause."""
        first = self.text.token_at(t.start)
        clause = self.clause(t.start)
        for j in range(first - 1, max(first - 1 - reach, -1), -1):
            if self.text.tokens[j].start < clause[0]:
                return None
            if self.is_word(j, "relatives"):
                return j
        return None

    def foreign_relative(self, c: Candidate, t: Timex) -> bool:
        """``t`` opens a relative clause on a noun further after ``c``'s trigger (the words its
        span takes in: "فاز بأغلبية كبيرة في الانتخابات التي جرت في 8 نوفمبر" is the win's) than
        its own modifiers ("قواته استعادت القصر ... للحرب التي اندلعت في 15 أبريل 2023"), or
        before ``c`` with a clause opener between ("... الانتخابات التي جرت في 8 نوفمبر، فيما
        ندد الجيش"): it dates what that clause tells, not ``c``."""
        if getattr(self, "_described", {}).get(id(t)) is c:
            return False
        r = self.relative_opener(t)
        if r is None:
            return False
        if t.start < c.end:
            # a clause opener (فيما، حيث ...) starts a predicate of its own; a coordinated verb
            # ("النهائي الذي أقيم أمس، وتسلم القائد الكأس") may still share the clause's day
            if t.end > c.start:
                return False
            lo = self.text.token_at(t.end - 1) + 1
            return any(cue.last < c.match.first for cue in self.cues_from("clause_openers", lo)[:1])
        # a verb's span may take in its object ("فاز ... في الانتخابات"); a noun's (an outcome:
        # "فوز ... بالانتخابات التي جرت") leaves the contest's date to :meth:`contest_date`
        last = self.text.token_at(c.end - 1) if c.match.hit.pos == "verb" else c.match.last
        return r - max(c.match.last, last) > 3

    def relative_date(self, c: Candidate, t: Timex) -> bool:
        """``t`` sits in a relative clause right after ``c``'s trigger or its definite adjectives
        ("الذي وقع في"، "التشريعية التي جرت في"; on an indefinite noun with no relative word:
        :meth:`bare_relative`)."""
        if t.start < c.end:
            return False
        between = self.text.token_range((c.end, t.start))
        skip = self.definite_adjectives(c, between)
        return 0 < len(between) - skip <= 4 and self.is_word(between[skip], "relatives") \
            or self.bare_relative(c, between) or self.occurred_clause(c, t, between)

    def relative_day(self, c: Candidate, t: Timex) -> bool:
        """``t`` is a date (no count, no duration) in a clause opened by a relative word right
        after noun ``c``'s trigger or its definite adjectives ("الحريق الذي اندلع الأربعاء"، "الإضراب
        العام الذي بدأته أمس الأربعاء"، "نتائج الانتخابات التشريعية المبكرة التي جرت في الثاني من
        أبريل"), at most four words after the relative word."""
        if t.start < c.end or t.reading.kind in ("duration", "relative") or t.type == "DURATION":
            return False
        between = self.text.token_range((c.end, t.start))
        skip = self.definite_adjectives(c, between)
        return 0 < len(between) - skip <= 4 and self.is_word(between[skip], "relatives")

    def joined_in_relative(self, verb: Candidate, noun: Candidate, t: Timex) -> bool:
        """``verb`` is coordinated right after ``t``, the date of ``noun``'s own relative clause
        ("الانتخابات التشريعية المبكرة التي جرت في الثاني من أبريل وفاز بها حزب تاكسين"): a
        second predicate of that clause, on its day."""
        m = verb.match
        return m.hit.pos == "verb" and m.conj in self.words("coordinator") and t.end <= verb.start \
            and m.first == self.text.token_at(t.end - 1) + 1 and self.relative_date(noun, t)

    def definite_adjectives(self, c: Candidate, between: range) -> int:
        """How many words at the start of ``between`` may be adjectives of ``c``'s definite noun
        trigger (at most :data:`ADJECTIVES`): words with the article and no preposition, no
        event, name or time word, before a relative word ("الانتخابات التشريعية المبكرة التي").
        Zero for a verb or an indefinite noun, whose relative clause has no relative word."""
        if c.match.hit.pos != "noun" or not self.definite(c.match):
            return 0
        n = 0
        for i in between[:ADJECTIVES + 1]:
            if self.is_word(i, "relatives"):
                return n
            if i in self.trigger_tokens or i in self.actor_tokens or n == ADJECTIVES or not any(
                    a.definite and not a.prep for a in self.text.tokens[i].analyses):
                return 0
            n += 1
        return 0

    def occurred_clause(self, c: Candidate, t: Timex, between: range) -> bool:
        """An indefinite noun trigger followed right away by a verb of occurring (cue class
        ``occurred_verbs``: وقع، حدث ...), ``t`` in the same clause at most
        :data:`OCCURRED_REACH` words on (names not counted): the relative clause with no
        relative word tells when that happening took place ("فقدوا في انفجار وقع على منصة
        الحفر ... في خليج المكسيك قرابة الساعة 9:45 من مساء الثلاثاء")."""
        if c.match.hit.pos != "noun" or not between or self.definite(c.match) \
                or not self.is_word(between[0], "occurred_verbs") \
                or self.text.clause_of(c.start) != self.text.clause_of(t.start):
            return False
        words = 0
        for i in between:
            words += i not in self.actor_tokens
            if words > OCCURRED_REACH:
                return False  # stops early: a long clause costs no more than the reach
        return True

    def opened_apart(self, cand: Candidate, t: Timex, cands: list[Candidate]) -> bool:
        """``t`` stands in a later comma clause of ``cand``'s sentence that an opener of its own
        predicate starts (``apart_openers``: حيث، فيما، ثم، بعد أن، الذي ...) and that holds no event of its own ("اعتقلت الشرطة ...
        بينوشيه في عيادة لندنية، حيث كان يتعافى من جراحة أجريت له في التاسع من الشهر الجاري"):
        it dates that clause's own predicate, which the article does not extract, not ``cand``."""
        clause = self.clause(t.start)
        if clause[0] < self.clause(cand.match.start)[1]:
            return False
        first = self.text.token_range(clause).start
        if not any(c.first == first for c in self.cues_from("apart_openers", first)[:1]):
            return False
        starts = self._cand_starts(cands)
        return bisect.bisect_left(starts, clause[0]) == bisect.bisect_left(starts, clause[1])

    def relative_saying(self, noun: Candidate, verb: Candidate) -> bool:
        """Saying verb ``verb`` opens a relative clause on event noun ``noun`` right before it
        ("الهدنة التي أعلنتها يريفان"، "هدنة إنسانية أعلنتها الحكومة"): it tells who announced
        that event, no statement of its own."""
        if verb.type != "statement" or verb.match.hit.pos != "verb" or noun.type == "statement" or \
                noun.match.hit.pos != "noun" or not noun.end <= verb.start:
            return False
        between = self.text.token_range((noun.end, verb.start))
        if len(between) > 2 or self.text.clause_of(noun.start) != self.text.clause_of(verb.start):
            return False
        if between and self.is_word(between[-1], "relatives"):
            return True
        return self.bare_relative(noun, range(between.start, verb.match.first + 1))

    def bare_relative(self, c: Candidate, between: range) -> bool:
        """An indefinite noun trigger followed, within its adjectives, by a word carrying a
        third-person pronoun of it (cue class ``resumptive``), the date within six words: a
        relative clause with no relative word, as Arabic writes it on an indefinite noun
        ("هدنة إنسانية أعلنتها الحكومة في مارس"، "هدنة أولى توسطت فيها موسكو صباح الثلاثاء").
        A word written with taa marbuta carries no pronoun."""
        if c.match.hit.pos != "noun" or not 0 < len(between) <= 6 or self.definite(c.match):
            return False
        pronouns = self.words("resumptive")
        for i in between[:3]:
            tok = self.text.tokens[i]
            impossible = ORTHOGRAPHY.not_enclitic.get(self.article.text[tok.end - 1], ())
            if any(a.enc in pronouns and a.enc not in impossible for a in tok.analyses):
                return True
        return False

    def object_after_date(self, verb: Candidate, noun: Candidate, t: Timex) -> bool:
        """``t`` stands between ``verb`` and the event noun right after the date, the verb's
        object ("اختتم المستشار كول أمس الثلاثاء زيارة لبولندا ...، قطعها يوم الجمعة"، "أدان
        الرئيس أمس الهجوم"): the adverb dates the verb as well as the noun it is nearer to, before
        any date of another clause. Not a noun with a preposition ("لبحث"، "بعد الهجوم"), nor
        across another event word."""
        m = noun.match
        if verb.match.hit.pos != "verb" or m.hit.pos != "noun" or m.prep or not verb.end <= t.start < t.end <= noun.start:
            return False
        if self.text.clause_of(verb.start) != self.text.clause_of(noun.start):
            return False
        first, last = self.text.token_at(t.start), self.text.token_at(t.end - 1)
        if m.first != last + 1:
            return False
        return not any(j in self.trigger_tokens for j in range(verb.match.last + 1, first))

    def circumstance_of(self, circ: Candidate, cand: Candidate) -> bool:
        """``circ`` is a noun after خلال/أثناء in ``cand``'s clause, the act during which
        ``cand`` happened ("اعتقلت القوات 20 فلسطينياً خلال اقتحامها مدينة جنين فجر اليوم"; for a
        statement only after ``upon``, before what it reports: "قال ...، لدى ترؤسه مساء أمس اجتماعا"), or
        right after a phrase that places ``cand`` at its beginning (``container_of``: "سيطرت على
        السد في الأيام الأولى من غزوها أوكرانيا في فبراير 2022"): its date is ``cand``'s too."""
        m = circ.match
        if m.hit.pos != "noun" or m.first == 0:
            return False
        if cand.type == "statement":
            # "وقال كوسيغين، لدى وصوله إلى القاهرة مساء الثلاثاء، إن": said upon arriving, before
            # what was said (not "خلال", whose act may be what a statement reports)
            return self.token(m.first - 1) in self.words("upon") and cand.end <= circ.start < self.complement(cand)
        if self.text.clause_of(circ.start) != self.text.clause_of(cand.start):
            return False
        if self.token(m.first - 1) in self.words("during"):
            return True
        for c in self.cues_from("container_of", max(m.first - CONTAINER_WORDS, 0)):
            if c.first >= m.first:
                break
            if c.last == m.first - 1:
                return True
        return False
