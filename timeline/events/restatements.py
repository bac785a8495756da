"""Restatements: candidates that name an event already found (saying verbs around a contact,
agreement verbs around their ceasefire, definite nouns referring back, two triggers of one
event in a clause, undated ceasefires named again)."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence

import attrs

from .context import CONTACT_TYPES, SEPARATORS, Candidate
from .continuations import chaired, speech_framed
from .lexicon import ORTHOGRAPHY
from .match import Match
from .references import ANAPHORA_SENTENCES, References

__all__ = ["ANAPHORA_SENTENCES", "Restatements"]
# Subtypes that say nothing more than their type: a more specific one absorbs them.
_GENERIC_SUBTYPES = frozenset({None, "attack"})
# Ceasefire phases told by a verb whose object is the truce itself ("وقّع ... اتفاقاً لوقف إطلاق
# النار"، "صادقت الحكومة على اتفاق الهدنة"): the truce named after it is that verb's object.
_ACTS_ON_TRUCE = frozenset({"signed", "approved"})
# Types whose verbs coordinated with an elided subject in one sentence tell one act in two
# wordings ("اقتحم ... وأطلقوا النار"), and how many words may part the two verbs.
_ELIDED_TYPES = frozenset({"strike"})
_ELIDED_GAP = 30


class Restatements(References):
    """Candidates -> the events they name, each once."""

    def absorb(self, cands: list[Candidate]) -> list[Candidate]:
        """Drop candidates that restate another: saying verbs around a contact, agreement verbs
        around a ceasefire, and repeated saying verbs of one speaker in one sentence."""
        # what is said in a call or meeting is part of it; not what is said after it ("في
        # مؤتمر صحفي عقب الاجتماع")
        contacts: dict[int, list[Candidate]] = {}
        for c in cands:
            if c.type in CONTACT_TYPES and not self.is_word(c.match.first - 1, "after_next") and not chaired(self, c):
                # (a meeting its speaker chairs takes in no statement: "وترأس ماكرون اجتماعا ...، وقال")
                contacts.setdefault(self.text.sentence_of(c.start), []).append(c)
        ceasefire_clauses = {self.text.clause_of(c.start) for c in cands if c.type == "ceasefire"}
        plain_ceasefires = Counter(self.text.clause_of(c.start) for c in cands
                                   if c.type == "ceasefire" and not c.match.data.get("requires_near"))
        calls = sorted((c.start, c.end) for c in cands if c.type == "call")
        call_starts = [a for a, _ in calls]
        saying_clauses: dict[int, tuple[int, frozenset[str]]] = {}
        for c in cands:
            if c.type == "statement" and c.match.hit.pos == "verb":
                saying_clauses.setdefault(self.text.clause_of(c.start), (c.start, frozenset(a.key for a in c.speaker)))
        saying_starts: dict[int, list[tuple[int, frozenset[str], bool]]] = {}
        for c in cands:
            if c.type == "statement" and c.match.hit.pos == "verb":
                saying_starts.setdefault(self.text.sentence_of(c.start), []).append(
                    (c.start, frozenset(a.key for a in c.speaker), bool(c.speaker) and c.speaker[0].first > c.match.last))
        cands = list(cands)
        # a verb of signing or approving and the truce it acts on, named after it
        signings = {j: (self.text.sentence_of(c.start), c.match.last) for j, c in enumerate(cands)
                    if c.type == "ceasefire" and c.match.hit.pos == "verb" and c.subtype in _ACTS_ON_TRUCE}
        out: list[Candidate] = []
        seen_speakers: dict[tuple[int, tuple[str, ...]], int | None] = {}
        for k, c in enumerate(cands):
            s = self.text.sentence_of(c.start)
            if k and self.relative_saying(cands[k - 1], c):
                continue  # "الهدنة التي أعلنتها يريفان": who announced the truce
            if c.type == "statement" and not speech_framed(self, c):
                if self.said_in_contact(c, contacts.get(s, ()), saying_starts.get(s, ())):
                    continue
                if s not in contacts and contacts.get(s - 1) and self.during_contact(c):
                    continue  # "استقبل السيسي بلينكن ... . وأكد السيسي خلال اللقاء": said at it
            if c.type == "statement":
                # "أعلنت الوزارة أن الجيش نفذ هجوماً": the saying and the attack, two events
                # (the attack dated by its own words or bounded by the saying: dating.reporters)
                key = (s, tuple(sorted(a.key for a in c.speaker)))
                if key in seen_speakers:
                    # "ورحبت السعودية بالإعلان، وأبدت استعدادها ...": one statement, both mentions
                    j = seen_speakers[key]
                    if j is not None:
                        out[j] = attrs.evolve(out[j], echoes=out[j].echoes + ((c.start, c.end),))
                    continue
                seen_speakers[key] = None  # its index once it is kept
            if c.type == "other" and c.subtype in ("agreement_signed", "agreement") and \
                    self.text.clause_of(c.start) in ceasefire_clauses:
                continue
            if c.type == "statement" and c.match.hit.pos == "noun" and self.said_before(c, saying_clauses):
                continue  # "قال التحالف في بيان": the statement the verb already reports
            signing = next((j for j, (k, last) in signings.items() if s == k and 0 < c.match.first - last <= 16), None) \
                if c.type == "ceasefire" and c.match.hit.pos == "noun" else None
            if signing is not None:
                # "وقّع الطرفان ... اتفاقاً لوقف إطلاق النار": what was signed; the mention
                # runs from the verb to it
                k = next((i for i, x in enumerate(out) if x is cands[signing]), None)
                if k is not None:
                    out[k] = attrs.evolve(out[k], end=max(out[k].end, c.end))
                    cands[signing] = out[k]
                continue
            if c.type == "ceasefire" and c.match.data.get("requires_near") and \
                    plain_ceasefires[self.text.clause_of(c.start)]:
                continue  # "دخل وقف إطلاق النار حيز التنفيذ": the ceasefire trigger already says it
            if c.type == "call" and any(a <= c.start < b and (a, b) != (c.start, c.end)
                                        for a, b in calls[:bisect.bisect_right(call_starts, c.start)][-4:]):
                continue
            if c.type == "statement":
                seen_speakers[(s, tuple(sorted(a.key for a in c.speaker)))] = len(out)
            out.append(c)
        return self.referred(out)

    def during_contact(self, c: Candidate) -> bool:
        """Whether statement ``c``'s clause says it was made during a call or meeting named by a
        definite noun right after a ``during`` word ("خلال اللقاء"، "خلال الاتصال"، "أثناء
        الجلسة"): one told before, which takes in what is said there."""
        firsts = self.contact_firsts()
        for i in self.text.token_range(self.clause(c.start)):
            if self.is_word(i, "during") and i + 1 in firsts and self.articled(i + 1):
                return True
        return False

    def contact_firsts(self) -> frozenset[int]:
        """The first tokens of the call and meeting triggers (computed once per article)."""
        found = getattr(self, "_contact_firsts", None)
        if found is None:
            found = frozenset(t.first for t in self.text.matches
                              if t.category == "trigger" and t.data.get("type") in CONTACT_TYPES)
            self._contact_firsts = found
        return found

    def topic_in_content(self, c: Candidate, k: Candidate) -> bool:
        """Whether contact ``k`` is a bare definite or possessed noun or a planned contact in
        what statement ``c`` reports, after its أن/إن ("وقال الوزير إن المفاوضات متعثرة"، "أكد أن المحادثات
        مستمرة"، "قال البيت الأبيض إن بايدن سيتصل بنتنياهو"): a topic of the words or what they
        announce, not the contact they were said at nor one they report held (that takes its
        verb: "أعلنت الخارجية أن الوزير أجرى اتصالا")."""
        m = k.match
        # (a noun with a possessive pronoun is as definite: "وقال البابا إن زيارته تجديد للمحبة")
        if not k.planned and (m.hit.pos != "noun" or m.first != m.last or not (self.articled(m.first) or m.enc)):
            return False
        that, _ = self.positions("report_that")
        j = bisect.bisect_right(that, c.match.last)
        return j < len(that) and that[j] < m.first and \
            self.text.sentence_of(self.text.tokens[that[j]].start) == self.text.sentence_of(c.start)

    def later_report(self, c: Candidate, k: Candidate) -> bool:
        """Whether contact ``k`` is told after a coordinated أن/إن of statement ``c``'s sentence
        ("وقال الأمير في التسجيل إنه وُضع قيد الإقامة الجبرية، وإن رئيس الأركان زاره"): a
        further reported clause, so the words report more than the contact,
        so they are a statement of their own, not its report ("أعلنت الخارجية أن الوزير أجرى
        اتصالاً": one mention of the call)."""
        that, _ = self.positions("report_that")
        k_first, s = k.match.first, self.text.sentence_of(c.start)
        coordinators = self.words("coordinator")
        return any(c.match.last < i < k_first and self.text.sentence_of(self.text.tokens[i].start) == s
                   and any(x.conj in coordinators for x in self.text.tokens[i].analyses)
                   for i in that[bisect.bisect_right(that, c.match.last):bisect.bisect_left(that, k_first)])

    def said_in_contact(self, c: Candidate, contacts: Sequence[Candidate],
                        saying: Sequence[tuple[int, frozenset[str], bool]] = ()) -> bool:
        """Whether statement ``c`` is told with a call or meeting of its sentence: its words
        ("وأكد خلال الاتصال") or the report of it ("أعلنت الخارجية أن الوزير أجرى محادثات
        هاتفية": one mention of the call); not a statement named by its speaker ("وجاء البيان
        الذي وقعه رئيس المفوضية بعد أيام من اجتماع ...": ``names_statement``), nor one made
        before the contacts in a clause of its own, with another saying verb of the same speaker
        (``saying``: its sentence's, start, speaker keys and whether the speaker is named after
        the verb; one named nowhere else goes on) telling of the contact ("وأقر جليلي
        بهزيمته، وقال إنه اتصل ببزشكيان": the concession, then the call)."""
        if c.match.data.get("names_statement") or (c.match.last > c.match.first and c.match.hit.pos == "verb"
                                                    and self.is_word(c.match.last, "address_nouns")):
            return False  # (extract30) "وزار ... حيث ألقى كلمة": a speech delivered is its own
        clause = self.text.clause_of(c.start)
        own = bool(c.speaker) and c.speaker[0].first > c.match.last  # its speaker named after its verb
        keys = {a.key for a in c.speaker}
        return any(not self.apart_from_contact(c, k, clause, own, keys, saying) for k in contacts)

    def apart_from_contact(self, c: Candidate, k: Candidate, clause: int, own: bool, keys: set[str],
                           saying: Sequence[tuple[int, frozenset[str], bool]]) -> bool:
        """Whether statement ``c`` was made apart from contact ``k`` of its sentence: ``k``
        after it as background or across a word of time order ("في مؤتمر صحافي قبل توجهه إلى
        قمة مجموعة العشرين"), after it in a later clause with another saying verb of the same
        speaker telling of it (the concession, then the call), or told before it when the
        statement opens a clause of its own with a ``meanwhile_openers`` word and its own
        speaker, named after its verb, takes no part in the contact ("وتجمع المئات أمام القصر،
        فيما قالت رئيسة الوزراء"; not "بحسب بيان صادر عن الكرملين", the report of the call), or
        opens a relative clause on a speaker who takes no part in it ("غضب الاتحاد الأفريقي،
        الذي استنكر": :meth:`relative_subject`)."""
        if k.start > c.end:
            if self.told_as_background(k) or self.ordering_between(c.match.last, k.match.first):
                return True  # ("قبل توجهه إلى قمة": the summit comes after the words)
            if self.is_word(k.match.first - 1, "followed_verbs"):
                return True  # "في الندوة الصحفية التي أعقبت اجتماع مجلس الحكومة": said after it
            if self.joint_between(c.match.last, k.match.first):
                return True  # "في بيان مشترك صدر في ختام محادثات": the parties' own text
            if self.topic_in_content(c, k):
                return True  # "وقال الوزير إن المفاوضات متعثرة": what is said is about talks
            if self.later_report(c, k):
                return True  # "وقال الأمير ... إنه وُضع قيد الإقامة ...، وإن رئيس الأركان زاره": words of their own
            if self.on_speaker(c, k):
                return True  # "وقال الشرع، الذي وصل إلى الرياض ظهر أمس، إن": who the speaker is

            return self.text.clause_of(k.start) > clause and \
                any(c.end <= x < k.start and (who == keys or not named) for x, who, named in saying)
        if k.end <= c.start and not keys & {a.key for a in k.actors} and self.relative_subject(c.match) is not None:
            return True  # "الجملة التي قالها سعيد في اجتماع ... أثارت غضب الاتحاد، الذي استنكر في بيان"
        if k.end <= c.start and own and c.match.first > 1 and self.is_word(c.match.first - 2, "ref_sequence") \
                and self.definite_word(c.match.first - 1):
            return True  # "وبحثا القضية، وعقب اللقاء قال الصفدي إن": words said after the contact
        opens = any(m.last + 1 == c.match.first for m in self.cues("meanwhile_openers"))
        if not (own and opens and k.end <= c.start and self.text.clause_of(k.start) < clause) or \
                keys & {a.key for a in k.actors}:
            return False
        # "أجرى الملك اتصالاً ...، وأكد الملك خلال الاتصال": the caller named again, or the
        # words told as said during it
        said = {self.token(i) for a in c.speaker for i in range(a.first, a.last + 1)}
        if said & {self.token(i) for i in self.text.token_range((k.start, k.end))}:
            return False
        during = self.words("during")
        return not any(x.stem in during for i in self.text.token_range(self.clause(c.start))
                       for x in self.text.tokens[i].analyses)  # ("خلال الاتصال"، "طالبه خلاله")

    def on_speaker(self, c: Candidate, k: Candidate) -> bool:
        """Whether contact ``k`` is told in a relative clause on statement ``c``'s speaker,
        before what is said ("وقال نيجيرفان بارزاني، الذي اتصل بالسوداني عقب الهجوم، إن"،
        "وقال الشرع، الذي وصل إلى الرياض ... في أول زيارة خارجية له، إن"): an act told of the
        speaker in passing, not the contact the words were said at."""
        that, _ = self.positions("report_that")
        for a in c.speaker:
            r = a.last + 1
            if not (c.match.last < a.first and r < k.match.first and self.is_word(r, "relatives")):
                continue
            if self.text.gap(a.end, self.text.tokens[r].start) not in SEPARATORS:
                continue
            j = bisect.bisect_right(that, r)
            return j == len(that) or that[j] > k.match.last
        return False

    def definite_word(self, i: int) -> bool:
        """Whether token ``i`` is a definite noun with no preposition ("اللقاء"، "الاتصال")."""
        return any(x.definite and not x.prep for x in self.text.tokens[i].analyses)

    def said_before(self, c: Candidate, saying: dict[int, tuple[int, frozenset[str]]]) -> bool:
        """Whether statement noun ``c`` is the statement a saying verb before it in its clause
        reports ("قال التحالف في بيان"); not another speaker's words it names ("أدانت سوريا
        تصريحات ترامب": ``names_statement``)."""
        verb = saying.get(self.text.clause_of(c.start))
        if verb is None or verb[0] >= c.start:
            return False
        return not (c.match.data.get("names_statement") and not verb[1] & {a.key for a in c.speaker})

    def antecedent(self, m: Match, found: list[Candidate]) -> int | None:
        """The earlier candidate a definite event noun refers back to: same type, at most
        :data:`ANAPHORA_SENTENCES` sentences back, when no time expression of its sentence
        dates the noun (for a generic noun, one no other trigger owns: :meth:`References.owned_timexes`)
        and the noun is no phrase of its own ("الاتصال"، "اللقاء"، "الهجوم";
        not "الهجوم الذي شنته إيران", which names its own); after a demonstrative ("هذا
        الاتصال") whatever its sentence dates.  Chosen by :meth:`References.choose`: the same
        subtype, else the article's foreground event, else the nearest."""
        if m.hit.pos != "noun" or m.last != m.first or not found:
            return None
        if not self.definite(m) and not (self.is_word(m.first - 1, "ref_frames") and self.possessed(m)):
            return None  # "وجاءت استقالته": a possessed noun as a frame's subject is definite too
        sentence = self.sentence(m.start)
        # a generic noun ("الضربات") is dated only by a time expression no other trigger owns;
        # a specific one ("التفجيرات") by any of its sentence, which may name another act
        dating = self.owned_timexes(m) if m.data.get("subtype") in _GENERIC_SUBTYPES else \
            [t for t in self.timexes_in(sentence) if self.text.sentence_of(t.start) == self.text.sentence_of(m.start)]
        if not self.demonstrated(m) and any(not self.date_of_relative_clause(t.start, m) for t in dating):
            return None
        pronoun = self.restated_by_pronoun(m)  # "وهو الحكم الذي": the act just told, in its sentence too
        if (self.is_word(m.last + 1, "relatives") and not pronoun) or self.negated(m, self.clause(m.start)):
            return None
        if m.data.get("names_statement") and m.last + 1 in self.actor_tokens:
            return None  # "الإدانة السعودية": a statement named by its own speaker, not the last one told
        if m.data["type"] == "ceasefire" and self.ceasefire_phase(m, self.clause(m.start), sentence) is not None:
            return None  # "بخرق الهدنة": a phase of its own (the violation), not the truce again
        kind, subtype = m.data["type"], m.data.get("subtype")
        near = self.nearest_of(m, found, frozenset({kind}), pronoun)
        if subtype not in _GENERIC_SUBTYPES and not any(found[j].subtype == subtype for j in near):
            # a specific noun names the last event of its own subtype, even beyond reach
            # ("وتأتي التفجيرات" after the explosions, not the missile strike told between);
            # an "other" names nothing of another kind ("ويعد الفوز" is no decree)
            k = self.text.sentence_of(m.start)
            same = next((j for j in range(len(found) - 1, -1, -1) if found[j].type == kind
                         and found[j].subtype == subtype and self.text.sentence_of(found[j].start) < k
                         and not self.in_title(found[j].start)), None)
            if same is not None:
                return same
            if kind == "other":
                return None
        # "وتعد الزيارة ..." after "زيارة ... والتقت خلالها": the visit, not the talks
        return self.choose(found, near, subtype, _GENERIC_SUBTYPES, m)

    def possessed(self, m: Match) -> bool:
        """Whether ``m``'s word may carry a third-person pronoun (``resumptive``: "استقالته"،
        "مغادرتها"), which makes a noun definite."""
        pronouns = self.words("resumptive")
        tok = self.text.tokens[m.last]
        impossible = ORTHOGRAPHY.not_enclitic.get(self.article.text[tok.end - 1], ())  # a written ة
        return any(a.enc in pronouns and a.enc not in impossible for a in tok.analyses) or \
            (m.enc in pronouns and m.enc not in impossible)

    def date_of_relative_clause(self, offset: int, m: Match) -> bool:
        """Whether the date at ``offset`` lies in a later clause opened by a relative word
        ("ويأتي اللقاء مع ختام زيارة ...، التي بدأت السبت الماضي"): it dates that clause's
        own event, not the noun ``m``."""
        clause = self.clause(offset)
        if clause[0] <= self.clause(m.start)[0]:
            return False
        first = self.text.token_range(clause).start
        return any(self.is_word(i, "relatives") for i in range(first, first + 2))

    def fuse(self, cands: list[Candidate]) -> list[Candidate]:
        """One candidate for two triggers of one event in a clause: "شنت هجوما بطائرات مسيرة"،
        "قصفت ... بقذائف"، "الدور الثاني من الانتخابات".  The later trigger must not be
        coordinated by و (that names another event) and the places must agree."""
        out: list[Candidate] = []
        last: dict[tuple[int, str], int] = {}
        told: dict[tuple[int, str], int] = {}  # per sentence and type, the last kept candidate
        for c in cands:
            key = (self.text.clause_of(c.start), c.type)
            j = last.get(key)
            k = told.get((self.text.sentence_of(c.start), c.type))
            if j is None and k is not None and self.goes_on(out[k], c):
                # "اقتحم مسلحون القاعة ... وأطلقوا النار على الحضور": one act in two verbs
                p = out[k]
                keys = {a.key for a in p.actors}
                out[k] = attrs.evolve(
                    p, subtype=p.subtype if p.subtype not in _GENERIC_SUBTYPES else c.subtype,
                    confidence=max(p.confidence, c.confidence),
                    actors=p.actors + tuple(a for a in c.actors if a.key not in keys),
                    place=p.place or c.place, echoes=p.echoes + ((c.start, c.end),) + c.echoes)
                continue
            if c.type not in ("statement", "call") and j is not None:
                p = out[j]
                # names ("الرئيس الصيني شي جين بينغ") do not count towards the distance
                gap = sum(1 for i in range(p.match.last + 1, c.match.first) if i not in self.actor_tokens)
                # two nouns are one event only when joined ("الدور الثاني من الانتخابات");
                # "هذه القمة ... القمة الأولى" names two
                nouns = p.match.hit.pos == "noun" and c.match.hit.pos == "noun"
                close = gap <= (1 if nouns else 7) and c.start >= p.start and \
                    not self.ordering_between(p.match.last, c.match.first)
                kinds = p.subtype == c.subtype or p.subtype in _GENERIC_SUBTYPES or c.subtype in _GENERIC_SUBTYPES
                places = p.place is None or c.place is None or p.place == c.place
                if close and kinds and places and c.match.conj not in self.words("coordinator") and \
                        not self.own_phase(p, c):
                    keys = {a.key for a in p.actors}
                    out[j] = attrs.evolve(
                        p, subtype=p.subtype if p.subtype not in _GENERIC_SUBTYPES else c.subtype,
                        start=min(p.start, c.start), end=max(p.end, c.end),
                        confidence=max(p.confidence, c.confidence),
                        actors=p.actors + tuple(a for a in c.actors if a.key not in keys),
                        place=p.place or c.place, separate=p.separate or c.separate, echoes=p.echoes + c.echoes,
                        planned=p.planned or c.planned)
                    continue
            last[key] = len(out)
            told[(self.text.sentence_of(c.start), c.type)] = len(out)
            out.append(c)
        return out

    def goes_on(self, p: Candidate, c: Candidate) -> bool:
        """Whether verb ``c`` goes on verb ``p``'s act with its subject elided: a strike verb
        coordinated by و later in ``p``'s sentence ("وأطلقوا النار"), no subject named right after
        it, no time expression in its clause (its own date), no ordering cue between them
        ("ثم ... بعد ساعات") and no other place."""
        if not (c.type == p.type and c.type in _ELIDED_TYPES and p.match.hit.pos == c.match.hit.pos == "verb"):
            return False
        if c.match.conj not in self.words("coordinator") or c.planned != p.planned:
            return False
        if any(i in self.actor_tokens for i in range(c.match.last + 1, c.match.last + 3)):
            return False  # "وأطلقت القوات الأمنية النار": a subject of its own
        if c.match.first - p.match.last > _ELIDED_GAP or self.ordering_between(p.match.last, c.match.first):
            return False
        if self.timexes_in(self.clause(c.start)):
            return False
        return p.place is None or c.place is None or p.place == c.place

    def refers_back(self, cand: Candidate, truces: list[tuple[Candidate, set[str]]]) -> bool:
        """An undated ceasefire ("وتنص الهدنة على ..."، "الاتفاقات الموقعة حول وقف إطلاق النار")
        in an article that dates a ceasefire of the same phase between compatible parties
        names that one again: it is no further event."""
        mine = self.parties(cand)
        # a truce named with no phase is any phase of it; a phase named is that phase only
        # (a truce of March is not the agreement of November, nor its collapse)
        return any(other is not cand and cand.subtype in (None, other.subtype)
                   and (not mine or not theirs or mine & theirs) for other, theirs in truces)
