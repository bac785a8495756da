"""Participants of a candidate: who takes part (people of a contact's predicate, states,
bodies and groups of a content event's clause), the speaker's own country, and the scopes they
are read in; speakers (:mod:`.speakers`) and roles (:mod:`.roles`) come from the mixins."""

from __future__ import annotations

from . import body_words
from .act_objects import ActObjects
from .act_persons import ActPersons
from .actors import PERSONLIKE, ActorHit, resolve_counterparts
from .bare_bodies import BareBodies
from .context import CONTACT_TYPES, CONTENT_TYPES
from .lexicon import is_nisba
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

#: Offices of a state's envoy (keys of ``actors.json`` offices and of ``envoy_titles`` readings).
ENVOY_OFFICES = frozenset({"ambassador", "charge_d_affaires"})


class Participants(ActPersons, ActObjects, BareBodies, Sides, Speakers, Roles, PredicateScopes):
    """Who takes part in a candidate."""

    def participants(self, kind: str, m: Match, clause: tuple[int, int], sentence: tuple[int, int]) -> list[ActorHit]:
        """Who takes part: people of the sentence in a contact, states, bodies and groups of
        the clause otherwise, within :data:`PARTICIPANT_REACH` words of the trigger."""
        clause, sentence = self.around(m, clause), self.around(m, sentence)
        if kind in CONTACT_TYPES:
            return self.contact_parties(m, clause, sentence)
        clause = self.act_clause(kind, m, clause, sentence)
        # "توفي الرئيس الزامبي الأسبق، كينيث كاوندا، الخميس": a name set off by commas goes on
        # the mention that opens in the clause
        clause = (clause[0], max([clause[1]] + [a.end for a in self.actors_in((clause[0], sentence[1]))
                                                if a.start < clause[1] < a.end]))
        hits = [a for a in self.actors_in(clause) if a.kind not in PERSONLIKE] + self.own_countries(clause)
        hits = self.without_settings(kind, m, self.act_parties(kind, m, clause, sentence, hits))
        if kind == "other" and m.hit.pos == "verb":
            subject = self.reported_subject(m, clause)
            if subject is not None:
                # "أعلنت الرئاسة الإيفوارية الأربعاء أن رئيس الوزراء حامد باكايوكو توفي": the
                # subject after أن does the act (or dies); who reports it takes no part
                hits = [a for a in hits if a.first >= subject.first]
                _add_new(hits, subject)
        hits.sort(key=lambda a: a.start)
        # "عقد مجلس الحرب الإسرائيلي اجتماعاً لبحث الرد على الهجوم الإيراني": a name before
        # another event's trigger belongs to that event
        hits = [a for a in hits if a.last >= m.first or not self.other_trigger_between(m, a.last, m.first)]
        if kind == "other" and m.hit.pos == "verb" and self.is_word(m.first - 1, "relatives"):
            # "رحبت مصر بالاتفاق الذي وقعته إثيوبيا وإريتريا": the main clause's speaker speaks
            # of the act its relative clause tells, and takes no part in it
            hits = [a for a in hits if not self.says(a)]
        if kind in CONTENT_TYPES:
            hits = self.content_parties(kind, m, clause, sentence, hits)
        hits = self.capture_parties(kind, m, clause, sentence, hits)
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
        if kind == "other" and m.hit.pos == "noun" and m.data.get("subtype") in body_words.WORDS["own_member_acts"]:
            hits = self.without_own_announcer(m, hits)
        if kind == "other":
            # "استدعى الأردن القائم بالأعمال الإسرائيلي احتجاجا على الانتهاكات الإسرائيلية": the
            # state an envoy in the act stands for is named by him, not again by its nisba
            envoys = {a.country or a.key.partition(":")[0] for a in hits
                      if (a.office or a.key.partition(":")[2]) in ENVOY_OFFICES}
            hits = [a for a in hits if not (a.kind == "country" and a.key in envoys and a.first > m.last)]
        return self.without_chambers(hits)

    def contact_parties(self, m: Match, clause: tuple[int, int], sentence: tuple[int, int]) -> list[ActorHit]:
        """The parties of a contact: people of the predicate's scope (a carried or fronted
        subject, a delegation's body, a visit's host), else states and bodies of the clause."""
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

    def act_clause(self, kind: str, m: Match, clause: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int]:
        """The clause a non-contact act's parties are read in: through inserted dates for content
        events, back past one to the subject of an act noun."""
        if kind in CONTENT_TYPES:
            clause = self.through_inserted_dates(clause, sentence)
        if m.hit.pos == "noun" and (kind in CONTENT_TYPES or (kind == "other" and m.data.get("subtype") in ANNOUNCED_ACTS)):
            # "ألقت الشرطة الفرنسية، مساء السبت، القبض على ..."، "شنت طائرات حربية روسية، مساء
            # السبت، غارات": the subject before an inserted date (not an announcer's: "أعلنت
            # قطر، أمس، التوصل إلى اتفاق" names no party)
            wider = self.before_inserted_dates(m, clause, sentence)
            if kind == "other" or self.text.token_at(wider[0]) not in self.statement_firsts():
                clause = wider
        return clause

    def act_parties(self, kind: str, m: Match, clause: tuple[int, int], sentence: tuple[int, int],
                    hits: list[ActorHit]) -> list[ActorHit]:
        """``hits`` with the persons and bodies an act of ``other`` names by its kind (subtype):
        the genitive of its noun, its object, the one sentenced, chosen or trusted, who receives."""
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
        if kind == "other" and m.hit.pos == "verb" and m.data.get("subtype") in body_words.WORDS["laureate_acts"]:
            # "منحت جائزة نوبل للسلام الجمعة لزعيمة المعارضة الفنزويلية ماريا كورينا ماتشادو": who
            # is given the prize, after ل past it
            _add_new(hits, next((a for a in self.actors_in(self.through_inserted_dates(clause, sentence))
                                 if a.first > m.last and a.kind in PERSONLIKE and not a.conj
                                 and a.prep in body_words.WORDS["genitive_preps"]), None))
        if kind == "other" and m.data.get("subtype") in body_words.WORDS["trust_acts"]:
            # "منح مجلس النواب، مساء الخميس، الثقة لحكومة ..."، "نالت الحكومة ثقة مجلس النواب":
            # who is trusted or trusts, named right after the word for trust
            wider = self.through_inserted_dates(clause, sentence)
            trust = {j + 1 for j in self.text.token_range(wider) if j > m.last and body_words.word_of(self.text, j, "trust_words")}
            hits += [a for a in self.actors_in(wider) if a.first in trust and a.key not in {h.key for h in hits}]
        if kind == "other" and m.data.get("subtype") in ANNOUNCED_ACTS:
            announcer = self.announcer_forces(m, sentence)
            if announcer is not None and self.own_citizen(m, announcer, hits):
                announcer = None
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
            issuer = self.issuer(m, sentence)
            _add_new(hits, None if issuer is not None and self.own_citizen(m, issuer, hits) else issuer)
        if kind == "other" and m.hit.pos == "verb" and (m.data.get("subtype") in body_words.WORDS["object_acts"]
                                                         or m.data.get("predicate")):
            # (a verb no trigger reads too: "احتجزت السلطات التركية، الأربعاء، رئيس بلدية
            # إسطنبول أكرم إمام أوغلو" falls on the person as an arrest's verb does)
            _add_new(hits, self.verb_object(m, clause, sentence))
        if kind == "other" and m.hit.pos == "verb" and m.data.get("subtype") in body_words.WORDS["death_acts"] \
                and self.is_word(m.first - 1, "relatives"):
            # "الفنان مصطفى فهمى، الذى توفى صباح اليوم": the person the relative clause is on
            dead = next((a for a in self.actors_in((sentence[0], m.start)) if a.kind in PERSONLIKE
                         and a.last == m.first - 2), None)
            _add_new(hits, dead)
        if kind == "other" and m.data.get("subtype") in body_words.WORDS["death_acts"] \
                and not any(a.kind in PERSONLIKE for a in hits):
            _add_new(hits, self.apposed_dead(m))
        if kind == "other" and m.hit.pos == "verb" and (m.data.get("subtype") in body_words.WORDS["verdict_acts"]
                                                         or body_words.word_of(self.text, m.first, "ruling_verbs")):
            # (a verb of sentencing read with another subtype too: "حكمت محكمة مغربية الاثنين على ...")
            _add_new(hits, self.sentenced(m, clause, sentence))
        if kind == "other" and (m.data.get("subtype") in body_words.WORDS["verdict_acts"]
                                or body_words.word_of(self.text, m.first, "ruling_verbs")):
            for a in self.also_sentenced(m, clause, sentence):
                _add_new(hits, a)
            for a in self.coordinated_sentenced(m, clause, sentence):
                _add_new(hits, a)
            for a in self.repeated_sentenced(m, sentence):
                _add_new(hits, a)
        if kind == "other" and m.hit.pos == "verb":
            _add_new(hits, self.chosen(m, clause, sentence))
        if kind == "other" and m.hit.pos == "verb":
            # "وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت": the person right after the verb acts;
            # "وقع X مذكرة تفاهم مع الرئيس التنفيذي لشركة إيني": the person after مع is the other side
            people = [a for a in self.actors_in(clause) if a.kind in PERSONLIKE and not a.prep]
            # (or inside a trigger read across words: "لقي الرئيس الإيراني إبراهيم رئيسي حتفه")
            subject = next((a for a in people if a.first == m.last + 1 or m.first < a.first <= a.last < m.last), None)
            hits += [a for a in people if a is subject or (a.first > m.last and self.is_word(a.first - 1, "with"))]
            if subject is not None:
                # "وقع وزير الاستثمار خالد الفالح ونظيره الباكستاني عبدالعليم خان": a subject
                # coordinated with the first (a reciprocal) is the other side
                hits += resolve_counterparts([a for a in people if a.conj and a.first == subject.last + 1], subject)
        return hits

    def without_settings(self, kind: str, m: Match, hits: list[ActorHit]) -> list[ActorHit]:
        """``hits`` less what is where an act of ``other`` happens, the post given, whom one swears
        before and people counted: no parties."""
        if kind == "other":
            # "بافتتاح أول منشأة في المملكة"، "البطولة المقامة في كرواتيا": a state after a
            # locative word is where an opening or a match takes place, not who acts
            hits = [a for a in hits if not (a.kind == "country" and self.is_word(a.first - 1, "locative")
                                            and not self.is_word(a.first - 1, "patient_marks"))]
            # "رئيساً للولايات المتحدة"، "رئيسا لمجلس الوزراء": the state or the body of the post
            # given, no party
            hits = [a for a in hits if not (a.kind not in PERSONLIKE and a.prep and self.posted(a.first - 1))]
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
                if any(a.kind in PERSONLIKE for a in hits):
                    # "إن رحيل طالباني خسارة كبيرة للعراق": a state after ل past the act, once
                    # the dead is named, is whom the loss falls on, no party
                    hits = [a for a in hits if not (a.kind == "country" and a.first > m.last
                                                    and a.prep in body_words.WORDS["genitive_preps"])]
        if kind == "other" and m.data.get("subtype") in body_words.WORDS["witness_acts"]:
            # "أدى الرئيس اليمين الدستورية أمام مجلس النواب": who one swears before takes no part
            hits = [a for a in hits if not body_words.word_of(self.text, a.first - 1, "witness_preps")]
        if kind == "other":
            # "أفرجت إسرائيل عن 183 أسيراً فلسطينياً": counted people of a state, no party (in a
            # strike, "مقتل 33 جندياً تركياً", the state whose soldiers fall undergoes it)
            hits = [a for a in hits if not self.counted_people(a)]
        return hits

    def content_parties(self, kind: str, m: Match, clause: tuple[int, int], sentence: tuple[int, int],
                        hits: list[ActorHit]) -> list[ActorHit]:
        """``hits`` of a content event less who reports, brokers or hosts it and the places named
        as states, with the announcer of forces who act."""
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
        return hits

    def capture_parties(self, kind: str, m: Match, clause: tuple[int, int], sentence: tuple[int, int],
                        hits: list[ActorHit]) -> list[ActorHit]:
        """``hits`` of a capture with the person a verb takes, less the site and the thing taken."""
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
        return hits


def _add_new(hits: list[ActorHit], hit: ActorHit | None) -> None:
    """Append ``hit`` unless it is ``None`` or its actor is already among ``hits``."""
    if hit is not None and hit.key not in {a.key for a in hits}:
        hits.append(hit)
