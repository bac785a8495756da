"""Objects of acts: the person an act verb falls on, who issues an act noun, the people an act
noun takes as genitive, and a clause's span across a comma clause that only dates it."""

from __future__ import annotations

from . import body_words
from .actors import PERSONLIKE, ActorHit
from .appositions import named as named_person
from .context import Context
from .lexicon import ARTICLE, is_nisba
from .match import Match


class ActObjects(Context):
    """Who an act falls on or issues it, and the spans an inserted date does not cut."""

    def verb_object(self, m: Match, clause: tuple[int, int], sentence: tuple[int, int]) -> ActorHit | None:
        """The person an act verb falls on ("عيّن الملك السيد عزيز أخنوش رئيساً للحكومة"،
        "انتخب مجلس النواب، الخميس، قائد الجيش العماد جوزيف عون"): right after the verb's
        subject, or opening the clause after an inserted date; not the subject's own name after
        its office ("عيّن الرئيس الأمريكي جو بايدن")."""
        # (the object is looked for where it may open: see ``starts`` below)
        found = [a for a in self.actors_in((clause[0], sentence[1])) if a.first > m.last]
        before = [a for a in self.actors_in(clause) if a.last < m.first and not a.prep]
        if (before and (before[-1].last == m.first - 1 or (before[-1].last == m.first - 2
                                                           and self.is_word(m.first - 1, "pluperfect_particle")))) \
                or self.pronoun_subject(m.first - 1):
            # "وكان المجلس الأعلى للاتحاد قد انتخب الشيخ محمد بن زايد": the subject before the
            # verb, the person after it undergoes
            j = m.last + 1
            while j in self.time_tokens():
                j += 1  # "إن الجيش اعتقل يوم الجمعة الطبيب ...": past a day
            named = next((a for a in found if a.first in (m.last + 1, j) and a.kind in PERSONLIKE and not a.prep), None)
            if named is not None:
                self.objects.add((m.first, named.first))
            return named
        # (or a noun and its state's nisba: "أفرجت السلطات الروسية، الخميس، عن الصحفي")
        subject = found[0] if found and not found[0].prep and (found[0].first == m.last + 1 or (
            found[0].first == m.last + 2 and found[0].kind == "country" and self.text.tokens[m.last + 1].form.startswith(ARTICLE)
            and is_nisba(self.text.tokens[found[0].last].form))) else None
        if subject is None:
            subject = self.bare_head(m.last + 1)  # "وأفرجت السلطات اليوم عن زعيم المعارضة ..."
        if subject is None:
            return None
        text = self.text
        k = text.clause_of(subject.start)
        after = text.clauses[k + 1] if k + 1 < len(text.clauses) else None
        opening = text.token_range(text.clauses[k + 2])[:1] if after is not None and k + 2 < len(text.clauses) \
            and self.inserted(text.token_range(after)) else range(0)
        starts = {subject.last + 1}
        j = subject.last + 1
        while j in self.time_tokens() and self.text.sentence_of(text.tokens[j].start) == self.text.sentence_of(subject.start):
            j += 1  # "طردت السلطات المالية الاثنين سفير فرنسا": past a day written without commas
        starts.add(j)
        if opening:
            j = opening[0]
            while j < len(text.tokens) and self.is_word(j, "honorifics"):
                j += 1  # "، الأربعاء، السيناتور ماركو روبيو"
            starts |= {opening[0], j}
        # past the preposition the verb takes its object with ("أفرجت السلطات، الخميس، عن الصحفي")
        starts |= {k + 1 for k in starts if body_words.word_of(text, k, "object_preps")}
        for a in (found[1:] if found and found[0] is subject else found):
            if a.kind not in PERSONLIKE or a.prep or a.conj:
                continue
            if a.first == subject.last + 1 and (subject.kind == "role" or (a.kind == "role" and subject.kind in PERSONLIKE)):
                return None  # an office and its holder's name (a body or a state holds none)
            if a.first in starts:
                self.objects.add((m.first, a.first))
                return a
        return None

    def sentenced(self, m: Match, clause: tuple[int, int], sentence: tuple[int, int]) -> ActorHit | None:
        """Who a ruling verb ``m`` falls on ("قضت محكمة جنايات الجيزة، اليوم، بالسجن المشدد 10
        سنوات للمتهم محمود السيد"، "على المتهم الهارب حسام عبدالعزيز"): the first person after the
        verb and its subject in the predicate, past an inserted date, with a preposition or after
        a word that has one ("بسجن الناشطة ..."); not the subject itself ("قضى القاضي ...") nor
        a genitive of another noun ("بإلغاء قرار وزير الداخلية") nor an office with no name."""
        wider = self.through_inserted_dates(clause, sentence)
        after = [a for a in self.actors_in(wider) if a.first > m.last]
        if after and after[0].first == m.last + 1:
            after = after[1:]  # the verb's subject
        named = next((a for a in after if a.kind in PERSONLIKE and not a.conj), None)
        if named is not None and not named_person(named):
            named = None  # "على مدير عام سابق في وزارة الكهرباء": no one named
        # (or after a word the ruling is issued against him with: "حكماً بالسجن ... في حق الصحفي ...")
        if named is not None and not (named.prep or body_words.word_of(self.text, named.first - 1, "object_preps") or any(
                x.prep and not x.conj for x in self.text.tokens[named.first - 1].analyses)
                or body_words.word_of(self.text, named.first - 1, "target_links")):
            named = None
        if named is not None:
            self.objects.add((m.first, named.first))
        return named

    def chosen(self, m: Match, clause: tuple[int, int], sentence: tuple[int, int]) -> ActorHit | None:
        """The person an act verb chooses for a post: named after the verb, past an inserted
        date, right before the post given in the accusative ("اختارت حماس أمس قائدها في قطاع غزة
        يحيى السنوار رئيساً"، "انتخب البرلمان الألماني (بوندستاغ)، الثلاثاء، زعيم الاتحاد ...
        فريدريش ميرتس مستشاراً"); whatever the verb, the post makes him its object, unless another
        trigger stands between."""
        wider = self.through_inserted_dates(clause, sentence)
        # (not the verb's subject: "عيّن الرئيس الأمريكي جو بايدن مستشاراً")
        named = next((a for a in self.actors_in(wider) if a.first > self.past_honorifics(m.last + 1) and a.kind in PERSONLIKE
                      and not a.prep and not a.conj and self.posted(a.last + 1)), None)
        if named is not None and any(i in self.trigger_tokens for i in range(m.last + 1, named.first)):
            return None  # "يصدر مرسوماً بتعيين كامل إدريس رئيساً": the act noun's, not the verb's
        if named is not None:
            self.objects.add((m.first, named.first))
        return named

    def inserted(self, span: range) -> bool:
        """Whether the comma clause of tokens ``span`` is set in the predicate: time words only,
        or a phrase with no actor, trigger or new predicate ("، بعد الاستشارات النيابية الملزمة،"،
        "، وفقاً للمادة 76 من الدستور،"; not "، بعد أن ...")."""
        if not span:
            return False
        if all(i in self.timex_tokens for i in span):
            return True
        # (a circumstance is set in too: "، في جلسته الافتتاحية اليوم،")
        circumstance = self.is_word(span[0], "circumstance")
        return not any(i in self.actor_tokens or (i in self.trigger_tokens and not circumstance) for i in span) \
            and not any(c.first == span[0] for c in self.cues_from("clause_openers", span[0])[:3])

    def issuer(self, m: Match, sentence: tuple[int, int]) -> ActorHit | None:
        """Who appoints by the act noun ``m`` that a verb before it takes ("أصدر أمير البلاد،
        اليوم، أمراً أميرياً بتعيين ..."، "قرر مجلس الوزراء تعيين ..."): the person or body right
        after the last trigger verb before it in its sentence with an actor after it, within
        twenty words (a long name and a date may stand between), with no other actor between it
        and the noun."""
        for verb in reversed(self.triggers):
            if verb.last >= m.first or verb.hit.pos != "verb":
                continue
            if verb.start < sentence[0] or m.first - verb.last > 20:
                return None
            between = self.actors_in((self.text.tokens[verb.last].end, m.start))
            if not between:
                continue  # (an act noun read as a verb: "أمراً")
            if len(between) != 1 or between[0].first != verb.last + 1 or between[0].prep or between[0].kind == "country":
                return None
            self.objects.add((m.first, -between[0].first))
            return between[0]
        return None

    def genitive(self, m: Match, span: tuple[int, int]) -> list[ActorHit]:
        """The people an act noun ``m`` takes as genitive ("وفاة صاحب السمو الملكي الأمير بدر"),
        or whose office is the trigger's last word ("مقتل الرئيس إبراهيم رئيسي"), with those
        joined to them by و ("ووزير الخارجية حسين أمير عبد اللهيان")."""
        people = [a for a in self.actors_in(span) if a.kind in PERSONLIKE and not a.prep]
        # (past his title with a pronoun for whom he heads: "اعتقال رئيسها راشد الغنوشي")
        opens = {m.last + 1, self.past_honorifics(m.last + 1)} | ({m.last + 2} if self.owned_title(m.last + 1) else set())
        out = [a for a in people if a.first in opens or m.first < a.first <= m.last < a.last][:1]
        for a in people:
            if out and a.conj and a.first == out[-1].last + 1:
                out.append(a)
        return out

    def bare_head(self, i: int) -> ActorHit | None:
        """The head of a state's body at token ``i`` written bare with the article ("السلطات"،
        "الشرطة"), no actor of the gazetteer: as a verb's subject, the span it takes."""
        head = body_words.head_at(self.text, i) if 0 <= i < len(self.text.tokens) and i not in self.actor_tokens else None
        if head is None or head.kind != "state_bodies" or not head.definite or head.prep or head.conj:
            return None
        tok = self.text.tokens[i]
        return ActorHit(i, i, tok.start, tok.end, "~", "organization", self.text.original[tok.start:tok.end])

    def owned_title(self, i: int) -> bool:
        """Whether token ``i`` is a title or description with a pronoun suffix, no actor of its
        own ("رئيسها"، "زعيمه"، "محاميه"): in apposition, the name after it is the person."""
        if not 0 <= i < len(self.text.tokens) or i in self.actor_tokens or not self.owned(i):
            return False
        heads = body_words.WORDS["titles"] | body_words.WORDS["descriptions"]
        return any(x.enc and not x.prep and x.stem in heads for x in self.text.tokens[i].analyses)

    def pronoun_subject(self, i: int) -> bool:
        """Whether token ``i`` is "أن"/"إن" with a pronoun (``report_that``: "وقالت الوزارة إنها
        استدعت سفير إسرائيل"): the pronoun is the subject of the verb after it, so the person
        right after that verb undergoes it."""
        words = self.words("report_that")
        return 0 <= i < len(self.text.tokens) and any(x.enc and not x.prep and x.stem in words
                                                      for x in self.text.tokens[i].analyses)

    def past_honorifics(self, i: int) -> int:
        """The first token from ``i`` on that is no honorific outside a name ("بتعيين السيد سعود
        بن هلال البوسعيدي": the name)."""
        while i < len(self.text.tokens) and self.is_word(i, "honorifics") and i not in self.actor_tokens:
            i += 1
        return i

    def posted(self, j: int) -> bool:
        """Whether token ``j`` is a title with the accusative ending, the post given ("رئيساً")."""
        form = self.text.tokens[j].form if 0 <= j < len(self.text.tokens) else ""
        ending = body_words.TANWIN_ALIF
        return form.endswith(ending) and form[:-len(ending)] in body_words.WORDS["titles"]

    def through_inserted_dates(self, clause: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int]:
        """``clause`` with the clause after an inserted date ("قصفت الطائرات الإسرائيلية، مساء
        الثلاثاء، مواقع لحزب الله"): when the next comma clause holds only time words, the
        predicate goes on after it."""
        text = self.text
        k = text.clause_of(clause[0])
        if self.apposition(k + 1):
            k += 1  # "سلّمت كتائب القسام، الجناح العسكري لحركة حماس، السبت، ... إلى اللجنة الدولية"
        if k + 2 >= len(text.clauses) or text.clauses[k + 2][0] >= sentence[1]:
            return clause
        inserted = text.token_range(text.clauses[k + 1])
        # time words, and a place where ("، أمس الأربعاء بالجزائر العاصمة،")
        where = {i for p in self.places_in(text.clauses[k + 1]) for i in range(p.first, p.last + 1)} | \
            {i for a in self.actors_in(text.clauses[k + 1]) if a.kind == "country" and a.prep in self.words("locative_clitic")
             for i in range(a.first, a.last + 1)}
        # (any time words: "، ليلة الثلاثاء إلى الأربعاء،" dates nothing to the day, yet is one)
        times = self.time_tokens()
        if not inserted or any(i not in times and i not in where and not self.is_word(i, "locative")
                               for i in inserted) or not any(i in times for i in inserted):
            return clause
        return clause[0], min(text.clauses[k + 2][1], sentence[1])

    def time_tokens(self) -> set[int]:
        """Tokens of every time expression, bounded or not (computed once)."""
        if getattr(self, "_time_tokens", None) is None:
            self._time_tokens = {i for t in self.all_timexes for i in self.text.token_range((t.start, t.end))}
        return self._time_tokens

    def apposition(self, k: int) -> bool:
        """Whether comma clause ``k`` names again, at its end and with no trigger in it, the actor
        that ends the clause before it ("كتائب القسام، الجناح العسكري لحركة حماس،"، "سرايا القدس،
        الجناح العسكري لحركة الجهاد الإسلامي،"): an apposition set in the predicate."""
        text = self.text
        if k < 1 or k >= len(text.clauses):
            return False
        span, before = text.token_range(text.clauses[k]), text.token_range(text.clauses[k - 1])
        if not span or not before:
            return False
        if any(i in self.trigger_tokens for i in span):
            return False
        inner = [a for a in self.actors_in(text.clauses[k]) if a.last == span[-1]]
        outer = [a for a in self.actors_in(text.clauses[k - 1]) if a.last == before[-1]]
        return bool(inner and outer) and inner[-1].key == outer[-1].key

    def before_inserted_dates(self, m: Match, clause: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int]:
        """``clause`` with the clause before an inserted date when trigger ``m`` opens it (past a
        preposition of ``patient_marks``): the
        comma clause before holds only time words, and the one before that is the same
        predicate's ("ألقت الشرطة، مساء السبت، القبض على")."""
        text = self.text
        k = text.clause_of(clause[0])
        span = text.token_range(text.clauses[k])
        # (or past the preposition the verb governs: "اتفقت الهند وباكستان، السبت، على وقف")
        opens = bool(span) and (span[0] == m.first or (span[0] == m.first - 1 and self.is_word(span[0], "patient_marks")))
        if k < 2 or not opens or text.clauses[k - 2][0] < sentence[0] - 1:
            return clause
        inserted = text.token_range(text.clauses[k - 1])
        if not inserted or any(i not in self.timex_tokens for i in inserted):
            return clause
        return max(text.clauses[k - 2][0], sentence[0]), clause[1]
