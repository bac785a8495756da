"""Participants of a candidate: who takes part (people of a contact's predicate, states,
bodies and groups of a content event's clause), the speaker's own country, and the scopes they
are read in; speakers (:mod:`.speakers`) and roles (:mod:`.roles`) come from the mixins."""

from __future__ import annotations

import bisect

from ..temporal.lexicon import LEXICON as NUMBER_WORDS
from . import body_words
from .act_objects import ActObjects
from .actors import PERSONLIKE, ActorHit, resolve_counterparts
from .bare_bodies import BareBodies
from .context import CONTACT_TYPES, CONTENT_TYPES, Candidate
from .lexicon import ARTICLE, is_nisba
from .match import Match
from .predicate_scopes import PredicateScopes
from .roles import PARTICIPANT_REACH, Roles
from .sides import Sides
from .speakers import Speakers

__all__ = ["ANNOUNCED_ACTS", "PARTICIPANT_REACH", "Participants"]

#: Subtypes of ``other`` whose act noun an announcer names as its own act ("أعلنت الوزارة
#: استدعاء السفير"، "أعلنت الشركة توقيع اتفاقية"), unlike a death or a disaster it reports
#: (``bodies.json``).
ANNOUNCED_ACTS = body_words.WORDS["announced_acts"]


class Participants(ActObjects, BareBodies, Sides, Speakers, Roles, PredicateScopes):
    """Who takes part in a candidate."""

    def participants(self, kind: str, m: Match, clause: tuple[int, int], sentence: tuple[int, int]) -> list[ActorHit]:
        """Who takes part: people of the sentence in a contact, states, bodies and groups of
        the clause otherwise, within :data:`PARTICIPANT_REACH` words of the trigger."""
        clause, sentence = self.around(m, clause), self.around(m, sentence)
        if kind in CONTACT_TYPES:
            scope = self.predicate_scope(m, sentence)
            described = self.indefinite_subject(m, scope)
            found = [described] if described is not None else \
                [a for a in self.actors_in(scope) if a.kind in PERSONLIKE and not self.attending(a)
                 and not self.since_named(m, a) and not self.anyone(a)]
            if not any(a.last < m.first and not a.prep for a in found):
                subject = self.carried_subject(m, scope, sentence)
                if subject is not None:
                    found.insert(0, subject)
            found += self.gathered_states(scope)
            if any(a.kind == "delegation" for a in found):
                # "عقد الوفد المصري اجتماعاً مع وفد حركة حماس"، "مباحثات ... مع قيادة جماعة الحوثيين":
                # a delegation meets a body after مع (and one word for its leaders or members)
                keys = {a.key for a in found}
                found += [a for a in self.actors_in(scope) if a.kind in ("organization", "group")
                          and a.key not in keys and (self.is_word(a.first - 1, "with") or (
                              self.is_word(a.first - 2, "with") and a.first - 1 not in self.actor_tokens))]
            fronted = self.fronted_speaker(m, sentence)
            if fronted is not None and fronted.key not in {a.key for a in found}:
                found.append(fronted)
            hosts = self.visit_host(m, scope) if found else []
            found += [h for h in hosts if h.key not in {a.key for a in found}]
            found = self.without_leaders(found)
            speaker = next((a for a in found if a.start < m.start and a.office), None)
            found = resolve_counterparts(found, speaker)
            if len({a.key for a in found}) < 2 and self.has_anaphora(sentence):
                prev = self.text.sentence_of(sentence[0]) - 1
                if prev >= 0:
                    found = [a for a in self.actors_in(self.text.sentences[prev]) if a.kind in PERSONLIKE] + found
            if not found:
                # states and bodies of the clause, not those of another event's words ("لبحث
                # الرد على الهجوم الإيراني") nor a broker ("برعاية الاتحاد الأفريقي")
                # (past an inserted date, the subjects: "عقدت تركيا وروسيا وإيران، الثلاثاء، قمة في
                # طهران"; not where: "عُقد في مقر الأمانة العامة بالرياض، اليوم، اجتماع")
                wide = self.before_inserted_dates(m, clause, sentence)
                found = [a for a in self.actors_in(wide) if a.kind != "counterpart" and (a.start >= clause[0] or not a.prep)
                         and not self.other_trigger_between(m, min(a.last, m.last), max(a.first, m.first))]
                found = self.without_hosts(self.without_brokers(found, clause, parties=True))
                # "انطلقت في كينشاسا مفاوضات بين مصر والسودان وإثيوبيا": a state named where the
                # talks are held, after a locative word, is no party when two others remain
                away = [a for a in found if not (a.kind == "country" and self.is_word(a.first - 1, "locative"))]
                if len({a.key for a in away}) >= 2:
                    found = away
                hosts = self.visit_host(m, scope)
                keys = {h.key for h in hosts}
                found = [a for a in found if a.key not in keys] + hosts
            if not found:
                found = self.owner(m, sentence)
            return found
        if kind in CONTENT_TYPES:
            clause = self.through_inserted_dates(clause, sentence)
        if m.hit.pos == "noun" and (kind in CONTENT_TYPES or (kind == "other" and m.data.get("subtype") in ANNOUNCED_ACTS)):
            # "ألقت الشرطة الفرنسية، مساء السبت، القبض على ..."، "شنت طائرات حربية روسية، مساء
            # السبت، غارات": the subject before an inserted date (not an announcer's: "أعلنت
            # قطر، أمس، التوصل إلى اتفاق" names no party)
            wider = self.before_inserted_dates(m, clause, sentence)
            if kind == "other" or self.text.token_at(wider[0]) not in self.statement_firsts():
                clause = wider
        hits = [a for a in self.actors_in(clause) if a.kind not in PERSONLIKE] + self.own_countries(clause)
        if kind == "other" and (self.is_word(m.last, "patient_marks") or m.hit.pos == "noun"):
            # "القبض على مؤسس تطبيق تلغرام بافيل دوروف": the person the act falls on; "وفاة صاحب
            # السمو الملكي الأمير بدر": the act noun's genitive
            hits += self.genitive(m, clause)
        if kind == "other" and m.hit.pos == "noun" and (m.data.get("subtype") in body_words.WORDS["death_acts"]
                                                         or m.data.get("subtype") in body_words.WORDS["accident_acts"]):
            # "أعلن الديوان الأميري وفاة ...": who announces a death is no party of it
            hits = [a for a in hits if not (a.last < m.first and self.is_word(a.first - 1, "announce_verbs"))]
        if kind == "other" and m.data.get("subtype") in body_words.WORDS["accident_acts"] \
                and not any(a.kind in PERSONLIKE for a in hits):
            # "مقتل الرئيس إبراهيم رئيسي ... إثر تحطم المروحية": the dead of the accident
            hits += next((dead for t in self.triggers if t.data.get("subtype") in body_words.WORDS["death_acts"]
                          and t.hit.pos == "noun" and sentence[0] <= t.start < sentence[1]
                          and (dead := self.genitive(t, self.around(t, sentence)))), [])
        if kind == "other":
            # "وقعت الخطوط الجوية القطرية، أمس، اتفاقية مع شركة بوينغ": the other side after an
            # inserted date (and who receives: "... إلى اللجنة الدولية للصليب الأحمر")
            wider = self.through_inserted_dates(clause, sentence)
            hits += [a for a in self.actors_in((clause[1], wider[1])) if a.first > m.last and not a.prep
                     and (self.is_word(a.first - 1, "with") or (
                         a.kind != "country" and body_words.word_of(self.text, a.first - 1, "recipient_preps")))]
            # "قدم ... استقالة الحكومة إلى سمو أمير البلاد": a person who receives, in the clause too
            hits += [a for a in self.actors_in((m.end, clause[1])) if a.kind in PERSONLIKE and not a.prep
                     and body_words.word_of(self.text, a.first - 1, "recipient_preps")
                     and a.key not in {h.key for h in hits}]
        if kind == "other" and m.data.get("subtype") in body_words.WORDS["trust_acts"]:
            # "منح مجلس النواب، مساء الخميس، الثقة لحكومة ..."، "نالت الحكومة ثقة مجلس النواب":
            # who is trusted or trusts, named right after the word for trust
            wider = self.through_inserted_dates(clause, sentence)
            trust = {j + 1 for j in self.text.token_range(wider) if j > m.last and body_words.word_of(self.text, j, "trust_words")}
            hits += [a for a in self.actors_in(wider) if a.first in trust and a.key not in {h.key for h in hits}]
        if kind == "other" and m.data.get("subtype") in ANNOUNCED_ACTS:
            announcer = self.announcer_forces(m, sentence)
            if announcer is not None and announcer.key not in {a.key for a in hits}:
                hits.append(announcer)
        if kind == "other" and m.hit.pos == "noun" and m.data.get("subtype") in body_words.WORDS["subject_acts"]:
            # "أدى دونالد ترامب، الاثنين، اليمين الدستورية": the verb's subject, a person
            wider = self.before_inserted_dates(m, clause, sentence)
            # (or inside the trigger read across words: "أدى الرئيس المصري اليمين"; a resignation's
            # right before it or past a date: "قدم رئيس الوزراء ... استقالة"، not "وتلا X مراسيم قبول استقالة")
            hits += [a for a in self.actors_in(wider) if a.kind in PERSONLIKE and not a.prep
                     and ((a.last < m.first and (m.data.get("subtype") != "resignation" or (all(
                         i in self.time_tokens() for i in range(a.last + 1, m.first))
                         and not body_words.word_of(self.text, a.first - 1, "accepting_verbs"))))
                          or m.first < a.first <= a.last < m.last)][-1:]
        if kind == "other" and m.hit.pos == "noun" and m.data.get("subtype") in body_words.WORDS["target_acts"]:
            # "مذكرة توقيف بحق النائب علي حسن خليل": the person the act is issued against
            target = next((a for a in self.actors_in(clause) if a.first > m.last and a.kind in PERSONLIKE
                           and body_words.word_of(self.text, a.first - 1, "target_links")), None)
            if target is not None:
                self.objects.add((m.first, target.first))
            _add_new(hits, target)
        if kind == "other" and m.hit.pos == "noun" and m.data.get("subtype") in body_words.WORDS["issued_acts"] \
                and m.prep in ("", *self.words("locative_clitic")):
            _add_new(hits, self.issuer(m, sentence))
        if kind == "other" and m.hit.pos == "verb" and m.data.get("subtype") in body_words.WORDS["object_acts"]:
            _add_new(hits, self.verb_object(m, clause, sentence))
        if kind == "other" and m.hit.pos == "verb" and m.data.get("subtype") in body_words.WORDS["death_acts"] \
                and self.is_word(m.first - 1, "relatives"):
            # "الفنان مصطفى فهمى، الذى توفى صباح اليوم": the person the relative clause is on
            dead = next((a for a in self.actors_in((sentence[0], m.start)) if a.kind in PERSONLIKE
                         and a.last == m.first - 2), None)
            _add_new(hits, dead)
        if kind == "other" and m.hit.pos == "verb" and m.data.get("subtype") in body_words.WORDS["verdict_acts"]:
            _add_new(hits, self.sentenced(m, clause, sentence))
        if kind == "other" and m.hit.pos == "verb":
            _add_new(hits, self.chosen(m, clause, sentence))
        if kind == "other" and m.hit.pos == "verb":
            # "وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت": the person right after the verb acts;
            # "وقع X مذكرة تفاهم مع الرئيس التنفيذي لشركة إيني": the person after مع is the other side
            people = [a for a in self.actors_in(clause) if a.kind in PERSONLIKE and not a.prep]
            subject = next((a for a in people if a.first == m.last + 1), None)
            hits += [a for a in people if a is subject or (a.first > m.last and self.is_word(a.first - 1, "with"))]
            if subject is not None:
                # "وقع وزير الاستثمار خالد الفالح ونظيره الباكستاني عبدالعليم خان": a subject
                # coordinated with the first (a reciprocal) is the other side
                hits += resolve_counterparts([a for a in people if a.conj and a.first == subject.last + 1], subject)
        if kind == "other":
            # "بافتتاح أول منشأة في المملكة"، "البطولة المقامة في كرواتيا": a state after a
            # locative word is where an opening or a match takes place, not who acts
            hits = [a for a in hits if not (a.kind == "country" and self.is_word(a.first - 1, "locative")
                                            and not self.is_word(a.first - 1, "patient_marks"))]
            # "رئيساً للولايات المتحدة": the state of the post given, no party
            hits = [a for a in hits if not (a.kind == "country" and a.prep and self.posted(a.first - 1))]
            # "في محافظة أذربيجان الشرقية": a body named by a word for a place, after a locative
            # word, is where
            hits = [a for a in hits if not (a.kind not in PERSONLIKE and self.is_word(a.first - 1, "locative")
                                            and self.is_word(a.first, "locative"))]
            if m.data.get("subtype") in body_words.WORDS["death_acts"]:
                # "توفي ... في المستشفى العسكري"، "بالمستشفى العسكري": a body named by a word for a
                # site, after a locative preposition, is where one dies (a fire's or a strike's
                # site is what it strikes)
                hits = [a for a in hits if not (a.kind not in PERSONLIKE and a.unlisted and body_words.site_body(self.text, a.first)
                                                and (a.prep in self.words("locative_clitic") or self.is_word(a.first - 1, "locative")))]
        if kind == "other" and m.data.get("subtype") in body_words.WORDS["witness_acts"]:
            # "أدى الرئيس اليمين الدستورية أمام مجلس النواب": who one swears before takes no part
            hits = [a for a in hits if not body_words.word_of(self.text, a.first - 1, "witness_preps")]
        if kind == "other":
            # "أفرجت إسرائيل عن 183 أسيراً فلسطينياً": counted people of a state, no party (in a
            # strike, "مقتل 33 جندياً تركياً", the state whose soldiers fall undergoes it)
            hits = [a for a in hits if not self.counted_people(a)]
        hits.sort(key=lambda a: a.start)
        # "عقد مجلس الحرب الإسرائيلي اجتماعاً لبحث الرد على الهجوم الإيراني": a name before
        # another event's trigger belongs to that event
        hits = [a for a in hits if a.last >= m.first or not self.other_trigger_between(m, a.last, m.first)]
        if kind == "other" and m.hit.pos == "verb" and self.is_word(m.first - 1, "relatives"):
            # "رحبت مصر بالاتفاق الذي وقعته إثيوبيا وإريتريا": the main clause's speaker speaks
            # of the act its relative clause tells, and takes no part in it
            hits = [a for a in hits if not self.says(a)]
        if kind in CONTENT_TYPES:
            # who reports ("أعلنت قطر ...", "... أن") or brokers ("بوساطة مصرية") is no party
            cut = self.report_cut(m, clause)
            hits = [a for a in hits if a.start >= cut or a.start > m.start]
            # the word after a saying verb is its speaker, except the accused of an accuser
            # named before the verb ("اتهمت يريفان باكو بخرق الهدنة")
            hits = [a for a in hits if not self.says(a) or self.accused(a, hits)]
            hits = self.without_hosts(self.without_brokers(hits, clause))
            # "في بلدة الخيام جنوبي لبنان": a country after a word for a part of it is where, not who
            hits = [a for a in hits if not (a.kind == "country" and self.is_word(a.first - 1, "region_words"))]
            # "في الضاحية الجنوبية لبيروت": a state in the genitive of a place a locative word
            # names is where too
            hits = [a for a in hits if not (a.kind == "country" and a.prep in body_words.WORDS["genitive_preps"]
                                            and self.part_of_place(a.first))]
            if kind == "ceasefire":
                # "وقعت الحكومة والجماعة في هافانا اتفاقاً لوقف إطلاق النار": a city after a
                # locative word is where a truce is made, not a party to it
                cities = {p.first for p in self.places_in(clause)}
                hits = [a for a in hits if not (a.kind == "country" and a.first in cities
                                                and self.is_word(a.first - 1, "locative"))]
            announcer = self.announcer_forces(m, sentence)
            if announcer is not None and announcer.key not in {a.key for a in hits} and not self.named_between(m, hits):
                hits.insert(0, announcer)
        if kind == "capture" and m.hit.pos == "verb":
            # "اعتقل الجيش الإسرائيلي يوم الجمعة الطبيب حسام أبو صفية": the person taken
            _add_new(hits, self.verb_object(m, clause, sentence))
        if kind == "capture":
            # "استعادته القصر الجمهوري"، "السيطرة على المطار": the site taken, no party (nor the
            # subject of a verb read in it); "سفينة إسرائيلية": whose the thing taken is, none
            # "مرتبطة بإسرائيل": its owner, none either
            hits = [a for a in hits if not self.captured_site(m, a) and not (
                a.kind == "country" and not a.prep and a.first == a.last and is_nisba(self.token(a.first))
                and body_words.word_of(self.text, a.first - 1, "seized_things")) and not (
                a.kind == "country" and a.prep and a.first > m.last and body_words.word_of(self.text, a.first - 1, "owner_links"))]
        if not any(a.first == m.last + 1 or a.last == m.first - 1 for a in hits):
            # "استعادت القوات المسلحة، اليوم، السيطرة"، "أن الجيش استعاد"، "بإعلان الجيش السيطرة":
            # a state's body named by its bare head and no state, as a saying verb's speaker is
            body = self.bare_body(m, clause)
            if body is not None and not (kind == "capture" and self.captured_site(m, body)):
                hits.insert(0, body)
        if not hits:
            hits = self.parties_named_before(clause, sentence)
        if kind == "other" and m.data.get("subtype") == "match" and len(hits) < 2:
            hits += [t for t in self.teams(m, clause) if not any(h.first <= t.first <= h.last for h in hits)]
        return hits

    def part_of_place(self, i: int) -> bool:
        """Whether token ``i`` follows a locative word and one or two definite words outside
        the gazetteer ("في الضاحية الجنوبية [لبيروت]")."""
        for n in (1, 2):
            j = i - n - 1
            if j >= 0 and self.is_word(j, "locative") and all(
                    self.token(k).startswith(ARTICLE) and k not in self.actor_tokens for k in range(j + 1, i)):
                return True
        return False

    def announcer_forces(self, m: Match, sentence: tuple[int, int]) -> ActorHit | None:
        """The announcer who acts in what it reports: the actor right after the last saying
        verb before the trigger in its sentence, when a word of ``own_forces`` stands next to
        the trigger ("أعلن الجيش السوداني أن قواته استعادت"، "أعلنت موسكو سيطرة قواتها على"),
        a pronoun of ``self_report`` right before it ("أعلن الجيش، السبت، أنه استعاد"), or
        the trigger is a noun that an announcing verb takes as object right after the
        announcer and a date ("أعلنت جماعة الحوثي، اليوم، استهداف سفينة")."""
        said = [a for a in self.actors_in((sentence[0], m.start)) if a.first in self.sayers and not a.prep]
        if not said:
            return None
        a = said[-1]
        # (or with an act verb between: "قال الجيش الإسرائيلي إنه شن غارة")
        if self.near("own_forces", m, 2, 2, sentence) is not None or self.is_word(m.first - 1, "self_report") \
                or self.self_reported(m) is not None or (m.hit.pos == "noun" and self.is_word(m.first - 2, "self_report")
                                                         and body_words.word_of(self.text, m.first - 1, "act_verbs")):
            return a
        # (an act noun, or what an announcer's object can only be: "أعلنت الوزارة، الأحد، استدعاء";
        # its start too: "أعلن الجيش، فجر الثلاثاء، بدء عملية برية")
        if (m.hit.pos == "noun" or m.data["type"] == "other") and self.is_word(a.first - 1, "announce_verbs") \
                and all(i in self.timex_tokens or self.parenthetical(a.end, i)
                        or (i == m.first - 1 and body_words.word_of(self.text, i, "act_starts"))
                        for i in range(a.last + 1, m.first)) \
                and not any(self.is_word(i, "weapons") for i in range(m.first, m.last + 2)):
            # (a weapon right after the noun is its subject: "أعلنت الوزارة سقوط صاروخ على أراضيها")
            return a
        return None

    def counted_people(self, a: ActorHit) -> bool:
        """Whether state ``a`` is named by a nisba that describes people counted right before it
        (a number, then at most one noun: "183 أسيراً فلسطينياً"، "238 فنزويلياً")."""
        word = self.token(a.first)
        # (the accusative "فلسطينياً" too)
        if a.kind != "country" or a.prep or a.first != a.last or not (
                is_nisba(word) or (word.endswith(body_words.TANWIN_ALIF) and is_nisba(word[:-len(body_words.TANWIN_ALIF)]))):
            return False
        return any(self.token(j).isdigit() or self.number_word(j) for j in range(max(a.first - 2, 0), a.first))

    def number_word(self, j: int) -> bool:
        """Whether token ``j`` is a cardinal written in letters ("ثلاثة رهائن إسرائيليين")."""
        roles = NUMBER_WORDS.roles
        return any(not x.prep and ("card" in roles.get(x.word, {}) or "tens" in roles.get(x.word, {}))
                   for x in self.text.tokens[j].analyses)

    def since_named(self, m: Match, a: ActorHit) -> bool:
        """Whether ``a`` is named after "منذ" (cue class ``since``) between trigger ``m`` and it,
        in its comma clause ("في أول زيارة ... منذ سقوط نظام بشار الأسد"): the background, no party."""
        span = self.text.token_range(self.clause(a.start))
        return any(self.is_word(j, "since") for j in range(max(span.start, m.last + 1), a.first))

    def anyone(self, a: ActorHit) -> bool:
        """Whether ``a`` is an office with no article and no name after a preposition ("في أول
        زيارة لرئيس مصري"): any holder of it, no one in particular."""
        return a.unlisted and bool(a.prep) and not self.is_word(a.first - 1, "with") \
            and not self.text.tokens[a.first].form.startswith(ARTICLE, len(a.prefix)) \
            and a.last - a.first == 1 and is_nisba(self.token(a.last))

    def attending(self, a: ActorHit) -> bool:
        """Whether ``a`` is named after a word of attendance in its comma clause ("بحضور وزير
        الخارجية"، "في حضور السفيرة الأمريكية ليزا جونسون والمستشار ..."): a guest, no party."""
        span = self.text.token_range(self.clause(a.start))
        return any(body_words.word_of(self.text, j, "attendance_words") for j in range(span.start, a.first))

    def named_between(self, m: Match, hits: list[ActorHit]) -> bool:
        """Whether two of ``hits`` follow a "بين" after trigger ``m``, within eight words ("أعلن
        X التوصل إلى اتفاق لوقف إطلاق النار في غزة بين إسرائيل وحركة حماس"): they are the
        parties, and whoever announces it is none."""
        cue = next(iter(self.cues_from("between_parties", m.last + 1)), None)
        return cue is not None and cue.first <= m.last + 8 and \
            len({a.key for a in hits if a.first > cue.last}) >= 2

    def parenthetical(self, start: int, i: int) -> bool:
        """Whether token ``i`` stands in brackets opened after offset ``start`` ("أعلنت مجموعة
        الاتصالات السعودية (stc)، اليوم، توقيع")."""
        between = self.text.original[start:self.text.tokens[i].start]
        return between.count("(") > between.count(")")

    def accused(self, a: ActorHit, hits: list[ActorHit]) -> bool:
        """Whether ``a``, right after an accusing verb, is its object: the accuser is named
        right before the verb."""
        return self.is_word(a.first - 1, "accuse_verbs") and any(h.last == a.first - 2 for h in hits)

    def other_trigger_between(self, m: Match, lo: int, hi: int) -> bool:
        """A trigger of another contact or content type than ``m``'s strictly between tokens
        ``lo`` and ``hi`` (saying verbs aside, whose report :meth:`report_cut` cuts, and
        agreement verbs, which restate a ceasefire: "اتفقتا على الهدنة")."""
        if self._trigger_firsts is None:
            self._trigger_firsts = [t.first for t in self.triggers]
        k = bisect.bisect_right(self._trigger_firsts, lo)
        while k < len(self.triggers) and self.triggers[k].first < hi:
            if self.triggers[k].data["type"] in (CONTENT_TYPES | CONTACT_TYPES) - {m.data["type"]}:
                return True
            k += 1
        return False

    def around(self, m: Match, span: tuple[int, int]) -> tuple[int, int]:
        """``span`` narrowed to :data:`PARTICIPANT_REACH` words around ``m``."""
        toks = self.text.tokens
        lo = toks[max(m.first - PARTICIPANT_REACH, 0)].start
        hi = toks[min(m.last + PARTICIPANT_REACH, len(toks) - 1)].end
        return max(span[0], lo), min(span[1], hi)

    def own_countries(self, clause: tuple[int, int]) -> list[ActorHit]:
        """"قوات بلاده"، "بلادها": the country of the person named last before, in this
        sentence or the one before (the speaker), not the country mentioned last."""
        out = []
        for c in self.cues_from("own_country", self.text.token_at(clause[0])):
            if c.start >= clause[1]:
                break
            if c.start < clause[0]:
                continue
            sentence = self.text.sentence_of(c.start)
            lo = self.text.sentences[max(sentence - 1, 0)][0]
            people = [a for a in self.actors_in((lo, c.start)) if a.kind in PERSONLIKE]
            country = next((x for a in reversed(people) if (x := self.country_of(a))), None)
            if country is not None:
                out.append(ActorHit(c.first, c.last, c.start, c.end, country, "country",
                                    self.text.original[c.start:c.end], country))
        return out

    def country_of(self, a: ActorHit) -> str | None:
        if a.country:
            return a.country
        roles = sorted(self.text.lexicon.roles_at(a.key, None))
        return roles[0].split(":")[0] if roles else None

    def says(self, a: ActorHit) -> bool:
        """Whether ``a`` is the subject of a saying verb: right after it, or opening its clause
        right before it as a title puts its speaker ("قطر تدين استهداف قاعدة العديد"); the
        speaker is no party to what it speaks of."""
        return a.first in self.sayers or (a.last + 1 in self.statement_firsts()
                                          and self.text.token_range(self.clause(a.start)).start == a.first)

    def report_cut(self, m: Match, clause: tuple[int, int]) -> int:
        """Start of the reported content before trigger ``m`` (after the last "أن"/"إن")."""
        span = self.text.token_range((clause[0], m.start))
        anna = self.last_word_before("report_that", span.start, span.stop)
        return self.text.tokens[anna].end if anna is not None else clause[0]

    def parties(self, c: Candidate) -> set[str]:
        """Actor keys of a candidate plus the states they belong to."""
        out = set()
        for a in c.actors:
            out.add(a.key)
            if a.country:
                out.add(a.country)
            if ":" in a.key:
                out.add(a.key.split(":")[0])
            out.update(r.split(":")[0] for r in self.text.lexicon.roles_at(a.key, None))
        return out


def _add_new(hits: list[ActorHit], hit: ActorHit | None) -> None:
    """Append ``hit`` unless it is ``None`` or its actor is already among ``hits``."""
    if hit is not None and hit.key not in {a.key for a in hits}:
        hits.append(hit)
