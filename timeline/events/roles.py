"""Roles of a candidate's participants, read from the clause: who acts, who undergoes, who
calls and who is called, who speaks."""

from __future__ import annotations

import bisect
import unicodedata

import attrs

from ..model import Actor
from . import body_words
from .actors import PERSONLIKE, ActorHit
from .appositions import named as named_person
from .context import CONTACT_TYPES, CONTENT_TYPES, Candidate, Context
from .lexicon import ARTICLE
from .match import Match

#: How many words from the trigger a participant may stand (a run-on "clause" of hundreds of
#: words names no single event's parties).
PARTICIPANT_REACH = 30

#: The vowel a passive verb's first letter carries when the text is vowelled ("عُيّن").
_DAMMA = "\u064f"


class Roles(Context):
    """The role of each participant of a candidate."""

    def roles(self, cand: Candidate) -> tuple[Actor, ...]:
        """The candidate's actors with their roles, read from the clause.

        A statement's speaker has the role ``speaker`` (of a contact, ``agent``). In a contact the caller or host is the agent and
        the others counterparts; "تلقى X اتصالاً من Y" makes Y the caller. In a strike,
        capture or ceasefire: the subject of a verb (the actor right after it, or before it)
        acts; the noun after على/ضد, or an object further on, undergoes; "من قبل X" acts; a
        nisba right after a noun trigger ("غارات إسرائيلية") acts; "تعرض لـ" turns the subject
        into the one who undergoes. An actor governed by a noun of stance or ability after the
        trigger ("التزام روسيا"، "قدرة تركيا") takes no part."""
        speakers = {id(a) for a in cand.speaker}
        m = cand.match
        received = self.received(m)
        # "بحث X ونظيره Y خلال الاتصال الذي تلقاه X من Y": Y, named again after من, called
        callers = self.callers(cand) if received else set()
        suffered = self.near("suffer_verbs", m, 6, 0, self.clause(m.start)) is not None
        seen: dict[str, Actor] = {}
        subject_taken = False
        # "الرئيس الإيراني الذي يقوم بزيارة دولة إلى عمان": the relative's antecedent visits
        doer = self.relative_doer(cand) if cand.type in CONTACT_TYPES else None
        announced = cand.type == "other" and any(self.is_word(b.first - 1, "announce_verbs")
                                                 for b in cand.actors if b.last < m.first)
        for a in sorted(cand.actors, key=lambda a: a.first):
            before = a.first - 1
            if id(a) in speakers:
                role: str | None = "speaker" if cand.type == "statement" else "agent"
            elif cand.type in CONTACT_TYPES:
                if doer is not None:
                    role = "agent" if a.key == doer else "counterpart"
                elif received:
                    role = "agent" if self.called_from(cand, a) or a.key in callers else "counterpart"
                else:
                    role = "counterpart" if (any(r == "agent" for r in roles_of(seen)) or speakers or a.counterpart) \
                        else "agent"
            elif cand.type in CONTENT_TYPES:
                if a.first > m.last and not a.prep and self.is_word(before, "governing_heads"):
                    continue  # "على التزام روسيا بالاتفاق": whose commitment, not who is hit
                role = self.content_role(cand, a, subject_taken)
                if suffered and role == "agent" and a.first < m.first:
                    role = "patient"  # "الأراضي التي تعرضت لهجوم": the ground attacked
                subject_taken = subject_taken or (role == "agent" and a.first > m.last)
            elif announced and a.last < m.first and self.is_word(a.first - 1, "announce_verbs"):
                role = "agent"  # "أعلنت الوزارة، الثلاثاء، استدعاء السفير": the announcer acts
            elif announced and (a.first == m.last + 1 or (a.first == m.last + 2 and self.owned_title(m.last + 1))) \
                    and not a.prep:
                role = "patient"  # ... and the act's object undergoes
            elif (m.first, a.first) in self.objects:
                role = "patient"  # "عيّن الملك السيد عزيز أخنوش": the verb's object
            elif (m.first, -a.first) in self.objects:
                role = "agent"  # "أصدر أمير البلاد أمراً بتعيين": who issues the act
            elif (a.first in (m.last + 1, self.past_honorifics(m.last + 1)) or (
                    a.first == m.last + 2 and m.hit.pos == "noun" and self.owned_title(m.last + 1))) and not a.prep and (self.passive(m) or (
                    m.hit.pos == "noun" and m.data.get("subtype") in body_words.WORDS["object_acts"])):
                role = "patient"  # "عُيّن سيباستيان لوكورنو"، "بإعفاء المهندس خالد الفالح": who is named
            elif a.first == m.last + 1 and not a.prep and m.data.get("subtype") in body_words.WORDS["dated_noun_acts"] \
                    and self.after_inserted_date(m):
                role = "patient"  # "قررت الحكومة، اليوم الخميس، طرد السفيرة": the verbal noun's object
            elif m.hit.pos == "verb" and m.last > m.first and a.first == m.last + 1 and not a.prep \
                    and not self.text.tokens[m.last].form.startswith(ARTICLE):
                # "أطلق سراح الصحفي بيتر جريست": right after the verb's noun in construct (or its
                # preposition) stands its genitive, who undergoes; the subject comes before that noun
                role = "patient"
            elif self.unvowelled_passive(m, a, cand):
                role = "patient"  # "أوقف الرئيس الجورجي السابق ميخائيل ساكاشفيلي الجمعة": arrested
            elif m.hit.pos == "verb" and not a.prep and (a.first == m.last + 1 or a.last == m.first - 1 or (
                    a.last == m.first - 2 and not a.conj and self.is_word(m.first - 1, "pluperfect_particle")) or (
                    a.first == m.last + 2 and body_words.word_of(self.text, m.last + 1, "member_words"))):
                role = "agent"  # "افتتح وزير الثقافة ..."، "صوت أعضاء مجلس الأمة": the verb's subject
            elif self.ruling_court(m, a, cand):
                role = "agent"  # "قضت الدائرة الجنائية ... بالمحكمة الابتدائية بتونس": the court rules
            elif m.hit.pos == "noun" and (a.last < m.first or m.first < a.first <= a.last < m.last) and not a.prep \
                    and m.data.get("subtype") in body_words.WORDS["subject_acts"]:
                role = "agent"  # "ألقت الشرطة، مساء السبت، القبض على"، "أدى ترامب، الاثنين، اليمين": the verb's subject
            elif self.is_word(a.first - 1, "patient_marks") and a.first == m.last + 1:
                role = "patient"  # "القبض على بافيل دوروف"
            else:
                role = None
            if cand.type == "other" and a.kind in PERSONLIKE and role != "patient" \
                    and m.data.get("subtype") in body_words.WORDS["death_acts"] \
                    and (a.first >= m.first or (m.hit.pos == "verb" and a is self.reported_subject(m, self.clause(m.start)))):
                # "توفي الرئيس الأسبق حسني مبارك"، "وفاة بن علي"، "أن رئيس الوزراء حامد باكايوكو
                # توفي": the dead undergoes his death
                role = "patient"
            if a.key not in seen:
                seen[a.key] = a.actor(role)
        if cand.type in CONTACT_TYPES and not any(r == "agent" for r in roles_of(seen)) and seen:
            first = next(iter(seen))
            seen[first] = attrs.evolve(seen[first], role="agent")
        return tuple(seen.values())

    def reported_subject(self, m: Match, clause: tuple[int, int]) -> ActorHit | None:
        """The subject between "أن"/"إن" and verb ``m`` (past "قد"): an actor with no preposition
        right after the particle and right before the verb ("أعلنت الرئاسة الإيفوارية الأربعاء أن
        رئيس الوزراء حامد باكايوكو توفي"، "أن العقيد أسيمي غويتا عين"), or ``None``."""
        end = m.first - 1
        if self.is_word(end, "pluperfect_particle"):
            end -= 1
        return next((a for a in self.actors_in(clause) if a.last == end and not a.prep and not a.conj
                     and self.is_word(a.first - 1, "report_that")), None)

    def ruling_court(self, m: Match, a: ActorHit, cand: Candidate) -> bool:
        """Whether body ``a`` is the court a ruling verb ``m`` names after its chamber: the first
        of the candidate's actors after the verb (a verb of sentencing whatever its subtype), whose definite subject (no preposition) opens
        right after it ("قضت الدائرة الجنائية ... بالمحكمة الابتدائية بتونس")."""
        if m.hit.pos != "verb" or not (m.data.get("subtype") in body_words.WORDS["verdict_acts"]
                                       or body_words.word_of(self.text, m.first, "ruling_verbs")) \
                or a.kind != "organization" or a.first <= m.last + 1 or (m.first, a.first) in self.objects:
            return False
        nxt = m.last + 1
        # (or its chamber in construct: "قضت غرفة الجنايات الابتدائية بمحكمة الاستئناف")
        return nxt < len(self.text.tokens) and (self.text.tokens[nxt].form.startswith(ARTICLE)
                                                 or body_words.word_of(self.text, nxt, "chamber_heads")) \
            and not any(m.last < b.first < a.first for b in cand.actors)

    def after_inserted_date(self, m: Match) -> bool:
        """Whether trigger ``m`` opens the words right after a date set off by commas ("قررت
        الحكومة، اليوم الخميس، طرد السفيرة"): read as a verb, it is the verbal noun the verb
        before the date takes."""
        j = m.first - 1
        if j < 1 or j not in self.time_tokens():
            return False
        gap = self.text.original[self.text.tokens[j].end:self.text.tokens[m.first].start]
        return "،" in gap or "," in gap

    def passive(self, m: Match) -> bool:
        """Whether verb trigger ``m`` is written passive: a damma on its first letter ("عُيّن"،
        "أُعلن"); unvowelled text says nothing, and the verb is read active."""
        if m.hit.pos != "verb":
            return False
        tok = self.text.tokens[m.first]
        written = self.text.original[tok.start:tok.end]
        letters = [n for n, ch in enumerate(written) if not unicodedata.combining(ch)]
        if len(letters) > 1 and _DAMMA in written[letters[0] + 1:letters[1]]:
            return True
        # (a derived form marks it on its third letter: "انتُخب"، "اعتُقل"، "استُهدف")
        return len(letters) > 3 and _DAMMA in written[letters[2] + 1:letters[3]]

    def unvowelled_passive(self, m: Match, a: ActorHit, cand: Candidate) -> bool:
        """Whether named person ``a`` right after verb ``m`` of ``passive_verbs`` is the subject
        of its unvowelled passive ("أوقف المعارض السنغالي عثمان سونكو الجمعة في داكار"): no
        actor after it in the clause but after a preposition ("لدى عودته إلى جورجيا"), and after the name (and a day) no word but a preposition,
        a punctuation mark or the clause's end; a noun there is the verb's object ("أوقف الرئيس
        قيس سعيد العمل بالدستور": active)."""
        if m.hit.pos != "verb" or m.first != m.last or a.first != m.last + 1 or a.prep or a.kind != "person" \
                or not named_person(a) or not body_words.word_of(self.text, m.first, "passive_verbs"):
            return False
        if any(b.first > a.last and not b.prep and self.text.sentence_of(b.start) == self.text.sentence_of(a.start)
               and self.text.clause_of(b.start) == self.text.clause_of(a.start) for b in cand.actors):
            return False
        toks, j = self.text.tokens, a.last + 1
        while True:
            if j >= len(toks) or self.text.gap(toks[j - 1].end, toks[j].start).strip():
                return True
            # (a preposition: "في داكار"، "لدى عودته" (a time of its own)، "بموجب قانون")
            if any(x.prep for x in toks[j].analyses) or self.is_word(j, "stop_words") \
                    or self.is_word(j, "speech_openers"):
                return True
            if j not in self.time_tokens():
                return False
            j += 1

    def relative_doer(self, cand: Candidate) -> str | None:
        """Key of the candidate's actor a relative clause on it opens with the contact ("X الذي
        يقوم بزيارة"، "X التي تزور"): a relative word right before the trigger or one word
        before it, and the actor right before the relative word."""
        m = cand.match
        rel = next((i for i in (m.first - 1, m.first - 2) if self.is_word(i, "relatives")), None)
        if rel is None:
            return None
        # (a name the phrase left out may stand between: "وزير الخارجية الإيطالي أنطونيو تاياني الذي")
        before = [a for a in cand.actors if rel - 4 <= a.last < rel]
        return max(before, key=lambda a: a.last).key if before else None

    def callers(self, cand: Candidate) -> set[str]:
        """Keys of the candidate's people named after من within 12 words after the trigger, in
        full or by the last word of their name ("الاتصال الذي تلقاه الصفدي من شكري")."""
        m = cand.match
        toks = self.text.tokens
        hits = self.positions("origin")[0]
        k = bisect.bisect_right(hits, m.last)
        origins = []
        while k < len(hits) and hits[k] < m.last + 12:
            origins.append(hits[k] + 1)
            k += 1
        after = {toks[i].form for i in origins if i < len(toks)}
        out = {a.key for a in self.actors_in(self.sentence(m.start)) if a.first in origins}
        return out | {a.key for a in cand.actors if toks[a.last].form in after}

    def called_from(self, cand: Candidate, a: ActorHit) -> bool:
        """Whether ``a`` is named after the trigger of a received contact past "من" and at most
        six words of its own phrase in its clause, with no other participant between ("اتصالاً
        هاتفياً اليوم، من وزير الخارجية الأمريكي ماركو روبيو"، "من أخيه صاحب السمو الملكي")."""
        m = cand.match
        hits = self.positions("origin")[0]
        k = bisect.bisect_left(hits, a.first) - 1
        if k < 0 or hits[k] <= m.last or a.first - hits[k] > 7:
            return False
        p = hits[k]
        return self.text.clause_of(self.text.tokens[p].start) == self.text.clause_of(a.start) \
            and not any(p < b.first < a.first for b in cand.actors)

    def received(self, m: Match) -> bool:
        """Whether contact ``m`` is received: a receive verb before it in its sentence with no
        other trigger between ("تلقى X، مساء أمس، اتصالاً من Y"), or in a relative clause right
        after it ("الاتصال الذي تلقاه X من Y")."""
        sentence = self.sentence(m.start)
        lo = self.text.token_at(sentence[0]) if sentence[0] < len(self.article.text) else m.first
        verb = self.last_word_before("receive_verbs", max(lo, m.first - PARTICIPANT_REACH), m.first)
        # (a trigger word inside a name between is none: "بن عبدالله")
        if verb is not None and not any(t.first in range(verb + 1, m.first) and t.first not in self.actor_tokens
                                        for t in self.triggers):
            return True
        rel = self.first_word_from("relatives", m.last + 1, m.last + 3)
        return rel is not None and self.is_word(rel + 1, "received_relative")

    def content_role(self, cand: Candidate, a: ActorHit, subject_taken: bool) -> str:
        """Agent or patient of a strike, capture or ceasefire actor (see :meth:`roles`)."""
        m = cand.match
        before = a.first - 1
        if (m.first, a.first) in self.objects:
            return "patient"  # "اعتقل الجيش ... الطبيب حسام أبو صفية": the person taken
        if self.is_word(before, "patient_marks") and not (m.hit.pos == "verb" and m.first <= before <= m.last
                                                          and self.opens_clause(m)):
            # "على مواقع"، "ضد"، "هجوم استهدف قاعدة"، "إنها استهدفت وزارة التعليم"; a trigger verb
            # opening its clause has its subject after it ("استهدفت جماعة الحوثي سفينة")
            return "patient"
        if a.kind == "country" and a.first > m.last and self.is_word(before, "place_nouns"):
            return "patient"  # "استهدفت مدينة تل أبيب": a city named after a place noun is where it hits
        if self.near("agent_marks", a, 4, 0, self.clause(a.start)) is not None:
            return "agent"  # "من قبل القوات"
        if a.last < m.first and (k := self.self_reported(m)) is not None and a.first > k:
            return "patient"  # "أنه قتل عشرات من عناصر قوات الدعم السريع في ضربات": the object
        if a.last < m.first:
            accuse = self.first_word_from("accuse_verbs", a.last + 1, m.first)
            # "اتهمت يريفان باكو بخرق الهدنة": the accuser undergoes, the accused acts
            return "patient" if accuse is not None and self.text.clause_of(self.text.tokens[accuse].start) == \
                self.text.clause_of(m.start) else "agent"
        if m.hit.pos == "verb":
            if self.pronoun_subject(m.first - 1):
                return "patient"  # "أعلنت كتائب القسام أنها قصفت تل أبيب": the pronoun is the subject
            if m.data.get("subject_before"):
                return "patient"  # "صواريخ بحرية دمرت سفينة حربية أوكرانية": the weapon hit them
            gap = a.first - m.last - 1
            if not subject_taken and 1 <= gap <= 3 and a.prep in body_words.WORDS["genitive_preps"] and all(
                    self.text.tokens[j].form.startswith(ARTICLE) and j not in self.actor_tokens
                    for j in range(m.last + 1, a.first)):
                return "agent"  # "احتجزت القوة البحرية للحرس الثوري سفينة": the force of the verb's subject
            return "agent" if not subject_taken and gap <= 2 and not a.prep else "patient"
        relative = self.relative_verb(m, a)
        if relative is None and not a.prep and 2 <= a.first - m.last <= 4 and self.act_relative(m.last + 1):
            return "agent"  # "غارة شنتها طائرات الاحتلال الإسرائيلي": the relative clause's subject
        if relative is not None:
            # "الهجوم الذي شنته إيران": the relative verb's subject acts; "الهجوم الذي تعرضت له
            # الأراضي الأرمينية": its subject undergoes
            return "patient" if self.is_word(relative, "suffer_verbs") else "agent"
        if a.prep in self.words("possessive_clitic") and a.first - m.last <= 6 and \
                self.is_word(a.last + 1, "patient_marks"):
            return "agent"  # "الهجمات (غير القانونية) لأذربيجان على الأراضي الأرمينية": whose act, on whom
        if a.first == m.last + 2 and not a.prep and not subject_taken and \
                (self.is_word(m.last + 1, "raid_subjects") or self.is_word(m.last + 1, "weapons")):
            return "agent"  # "قصف الاحتلال الإسرائيلي مدرسة"، "غارات الطائرات الروسية": the forces' state
        # a noun trigger: its nisba ("غارات إسرائيلية") or its genitive subject acts
        return "agent" if a.first == m.last + 1 and not a.prep and not subject_taken else "patient"

    def opens_clause(self, m: Match) -> bool:
        """Whether trigger ``m`` opens its clause (past a wire dateline): no subject before it."""
        first = self.text.token_range(self.clause(m.start)).start
        doc = self.text.doc
        return not m.data.get("subject_before") and all(doc.in_dateline(self.text.tokens[k].start)
                                                         for k in range(first, m.first))

    def act_relative(self, i: int) -> bool:
        """Whether token ``i`` is a verb of ``act_verbs`` with a pronoun (``resumptive``) for the
        act noun before it: an indefinite noun's relative clause ("غارة شنتها")."""
        return 0 <= i < len(self.text.tokens) and any(
            a.enc in self.words("resumptive") and not a.prep and a.word in body_words.WORDS["act_verbs"]
            for a in self.text.tokens[i].analyses)

    def relative_verb(self, m: Match, a: ActorHit) -> int | None:
        """The verb of a relative clause on noun trigger ``m`` whose subject is ``a``: "الهجوم
        (غير المسبوق) الذي شنته إيران"، "الهجوم الذي تعرضت له الأراضي": a relative word within
        three words after the trigger, its verb, at most one word ("له") and the actor, which
        carries no preposition."""
        if a.prep:
            return None
        rel = self.first_word_from("relatives", m.last + 1, min(m.last + 4, a.first))
        if rel is None or not 2 <= a.first - rel <= 3:
            return None
        return rel + 1


def roles_of(actors: dict[str, Actor]) -> list[str | None]:
    return [a.role for a in actors.values()]
