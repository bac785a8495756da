"""Candidates: trigger matches that report an event, with their type and subtype.

A trigger is dropped when it reports no event: a negation, a condition or threat, a demand
or proposal, a purpose, a topic of talks, a call for a ceasefire, a saying verb inside a
quote or inside another one's reported content, or without a named speaker. Two triggers of
one event in a clause are fused; restatements (a saying verb around a call, an agreement
verb around its ceasefire) are absorbed."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Mapping
from typing import Any

import attrs

from ..document.segment import CLITICS
from .actors import PERSONLIKE, resolve_counterparts
from .context import CONTACT_TYPES, CONTENT_TYPES, Candidate, Context
from .lexicon import ARTICLE
from .match import Match

# A bilateral statement ("أكد X لنظيره Y") is in news mostly a phone call, but less surely.
_BILATERAL_CONFIDENCE = 0.7
#: How many sentences back a definite event noun finds the event it names again.
ANAPHORA_SENTENCES = 3
# Subtypes that say nothing more than their type: a more specific one absorbs them.
_GENERIC_SUBTYPES = frozenset({None, "attack"})


class Candidates(Context):
    """Trigger matches -> candidates."""

    def candidates(self) -> list[Candidate]:
        out: list[Candidate] = []
        for m in self.triggers:
            back = self.antecedent(m, out)
            if back is not None:
                # "وجرى خلال الاتصال بحث ..."، "ويأتي اللقاء": the event named just before
                out[back] = attrs.evolve(out[back], echoes=out[back].echoes + ((m.start, m.end),))
                continue
            # the same words may stand for several entries ("اجتماعاً" talks, or held session):
            # the first whose constraints hold
            cand = next((c for c in map(self.candidate, self.alternates.get((m.first, m.last), [m]))
                         if c is not None), None)
            if cand is not None:
                out.append(cand)
        return self.fuse(self.drop_headlines(self.absorb(out)))

    def candidate(self, m: Match) -> Candidate | None:
        d = m.data
        kind, subtype = d["type"], d.get("subtype")
        clause, sentence = self.clause(m.start), self.sentence(m.start)
        conf = float(d.get("confidence", 0.8))
        if self.negated(m, clause):
            return None
        factual = bool(d.get("factual"))  # "بنود الاتفاق الموقع سنة 1991": signed whatever is asked now
        if kind in CONTENT_TYPES | CONTACT_TYPES | {"other"} and not factual and self.irrealis(m, clause):
            return None
        if kind in CONTACT_TYPES | {"other"} and not factual and self.demanded(m, clause):
            return None  # "دعا إلى عقد اجتماع": asked for, not held
        if d.get("truce_topic") and self.truce_topic():
            # "أعلن التوصل إلى اتفاق" in an article about a truce: the truce agreed (or signed)
            kind, subtype = "ceasefire", d.get("topic_phase", "agreed")
        if kind in CONTENT_TYPES | {"other"} and m.hit.pos == "noun" and not m.prefix and not factual \
                and self.near("topic", m, 1, 0, clause) and not self.agreement_head(m, clause):
            return None  # "القرارات حول انسحاب"، "محادثات بشأن وقف إطلاق النار": a topic
        # "سيوقع"، "من المقرر أن": announced for later
        planned = self.near("future", m, 4, 0, clause) is not None or m.prep in CLITICS.future
        if d.get("requires_near") and not self.near_sentences(d["requires_near"], sentence):
            return None
        if d.get("requires_before"):
            cue = self.near(d["requires_before"], m, int(d.get("before_window", 8)), 0, sentence)
            if cue is None or cue.last >= m.first:
                return None
        if kind == "ceasefire" and subtype is None:
            subtype = self.ceasefire_phase(m, clause, sentence)
            if subtype == "called_for":
                return None  # a call for a ceasefire is the content of a statement, not an event
            if subtype in ("violated", "collapsed", "takes_effect") and self.demanded(m, clause):
                return None  # "ضرورة وقف انتهاك الهدنة": the demand, not the violation
            if subtype is None and d.get("phase_required"):
                return None  # "وقف القتال" alone is mostly a wish; agreed or broken it is an event
        elif kind in ("strike", "capture"):
            if self.near("call_for", m, 6, 0, sentence) or self.near("purpose", m, 2, 0, clause):
                return None
            if kind == "capture" and m.prep in self.words("purpose_clitic") and m.hit.pos == "noun":
                return None  # "للسيطرة على": a goal
        if d.get("requires") and not self.near(d["requires"], m, 0, 10, clause):
            return None
        if any(not self.sense(m, c, clause, sentence, True) for c in d.get("require", ())) or \
                any(self.sense(m, c, clause, sentence) for c in d.get("forbid", ())):
            return None  # "رئيس تحرير"، "قمة النجومية": another sense of the word
        if d.get("require_any") and not any(self.sense(m, c, clause, sentence, True) for c in d["require_any"]):
            return None  # "اتصل" is a call with "بـ" + someone or "هاتفياً"
        for change in d.get("becomes", ()):
            if self.sense(m, change, clause, sentence):
                # "وقّع ... اتفاقا لوقف الأعمال العدائية": the signing of a ceasefire;
                # "يلتقي المنتخب": a fixture, not a meeting
                kind, subtype = change["type"], change.get("subtype", subtype)
                break
        if kind == "call" and self.interview(m):
            return None  # "في اتصال هاتفي مع «الخليج»": a journalist's interview
        if kind == "statement":
            return self.statement(m, subtype, conf, clause)
        actors = self.participants(kind, m, clause, sentence)
        if kind == "meeting" and subtype == "talks" and m.hit.pos == "noun" and not m.enc and \
                not any(a.kind in PERSONLIKE | {"organization", "group"} for a in self.actors_in(clause)) and \
                not self.near("talks_began", m, 0, 4, clause) and not self.dated_here(m, clause):
            # "اجتماع"/"محادثات" with nobody named is too often generic; "اجتماعهم"، "محادثات
            # بدأت يوم الاثنين"، "اجتماع مطول أمس" name a real one
            return None
        separate = kind in CONTACT_TYPES and (self.near("separate", m, 0, 12, sentence) is not None
                                               or self.near("plural_contacts", m, 0, 0, sentence) is not None
                                               or self.addressees(m, sentence) > 1)
        return Candidate(m, kind, subtype, m.start, m.end, conf, tuple(actors), (),
                          self.place(kind, clause, m), separate, planned, bool(d.get("requires_date")))

    def sense(self, m: Match, constraint: Mapping[str, Any], clause: tuple[int, int],
              sentence: tuple[int, int], support: bool = False) -> bool:
        """Whether the neighbour pattern of a ``require``/``forbid`` constraint occurs around
        ``m``: within ``before``/``after`` tokens (default 3), inside the clause or sentence."""
        scope = sentence if constraint.get("scope") == "sentence" else clause
        before, after = int(constraint.get("before", 3)), int(constraint.get("after", 3))
        if "place" in constraint:
            lo, hi = m.first - before, m.last + after
            return any(lo <= p.first and p.last <= hi for p in self.places_in(scope))
        if "actor" in constraint:
            # an actor (with one of the given prepositions: "اتصل ... ببوتين")
            preps = set(constraint["actor"])
            lo, hi = m.first - before, m.last + after
            return any(lo <= a.first and a.last <= hi and a.first != m.first and (not preps or a.prep in preps)
                       for a in self.actors_in(scope))
        lo, hi = m.first - before, m.last + after
        for c in self.cues_from(constraint["cue"], lo):
            if c.first > hi:
                break
            if c.last <= hi and scope[0] <= c.start and c.end <= scope[1] and \
                    not (support and self.negated(c, scope)):
                return True  # a negated neighbour ("لن تعقد") supports nothing
        return False

    def addressees(self, m: Match, sentence: tuple[int, int]) -> int:
        """How many different actors a contact verb reaches with "بـ" after it ("اتصل باشينيان
        ببوتين ثم بالرئيس الفرنسي": two calls)."""
        if m.hit.pos != "verb":
            return 0
        preps = self.words("addressee_call")
        keys = {a.key for a in self.actors_in((m.end, sentence[1])) if a.prep in preps and a.first - m.last <= 14}
        return len(keys)

    def truce_topic(self) -> bool:
        """Whether the article is about a truce: its title names one, or two truce words occur."""
        if self._truce_topic is None:
            words = self.cues("truce_words")
            title_end = self.text.sentences[0][1] if self.text.sentences else 0
            self._truce_topic = len({c.first for c in words}) >= 2 or any(c.start < title_end for c in words)
        return self._truce_topic

    def negated(self, m: Match, clause: tuple[int, int]) -> bool:
        """A negation right before the trigger ("لم تنسحب") or a multi-word one shortly before
        ("لم يتم التوصل إلى اتفاق")."""
        for c in self.cues_from("negation", m.first - 4):
            if c.first >= m.first:
                break
            if c.start >= clause[0] and c.last < m.first and \
                    (c.last == m.first - 1 or c.last > c.first or self.is_word(c.first, "negation_future")):
                return True
        return False

    def agreement_head(self, m: Match, clause: tuple[int, int]) -> bool:
        """An agreement named around the trigger: "الاتفاقات الموقعة حول وقف إطلاق النار" refers
        to the agreements themselves, not to a topic."""
        return any(self.near(name, m, 5, 6, clause) for name in ("agreed_done", "agreed_act"))

    def demanded(self, m: Match, clause: tuple[int, int]) -> bool:
        """A demand or proposal shortly before the trigger in its clause ("دعا إلى عقد قمة")."""
        if self.is_word(m.first - 1, "circumstance"):
            return False  # "اقترح في مكالمة هاتفية": the trigger is the circumstance
        cue = self.near("demand", m, 6, 0, clause)
        if cue is None:
            # "داعياً الطرفين إلى العودة ... وإلى لقاء جديد"، "دعا أرمينيا إلى وقف استفزازاتها
            # والتركيز على مفاوضات السلام": the trigger lies in what the demand asks for
            far = self.near("demand", m, 16, 0, clause)
            if far is not None and far.last < m.first:
                to = self.last_word_before("demand_object", far.last + 1, m.first)
                if to is not None and self.last_word_before("circumstance", to + 1, m.first) is None:
                    cue = far
        return cue is not None and cue.last < m.first

    def irrealis(self, m: Match, clause: tuple[int, int]) -> bool:
        if self.is_word(m.first - 1, "circumstance"):
            return False  # "اقترح في مكالمة هاتفية": the trigger is a circumstance that happened
        cue = self.near("irrealis", m, 4, 0, clause)
        return cue is not None and cue.last < m.first

    def reported(self, m: Match, clause: tuple[int, int]) -> bool:
        """Whether ``m`` follows, in its clause, the "أن" of an earlier verb of saying."""
        span = self.text.token_range((clause[0], m.start))
        comp = self.last_word_before("complementizers", span.start, span.stop)
        if comp is None:
            return False
        lo = self.text.token_at(self.sentence(m.start)[0])
        if self._saying is None:
            self._saying = sorted({t.last for t in self.triggers if t.data["type"] == "statement"}
                                  | {c.last for c in self.cues("reporting")})
        i = bisect.bisect_left(self._saying, lo)
        return i < len(self._saying) and self._saying[i] < comp

    def statement(self, m: Match, subtype: str | None, conf: float, clause: tuple[int, int]) -> Candidate | None:
        if self.text.in_quote(m.start):
            return None  # reported speech inside a quotation is not a new event
        if not m.conj and self.reported(m, clause):
            return None  # "مشيرا إلى أن لافروف وكيري استنكرا": said inside another statement
        after = m.last + 1
        while self.is_word(after, "speaker_skip") and after - m.last <= 3:
            after += 1
        head = next((c for c in self.cues("speaker_heads") if c.first == after), None)
        if head is not None:
            after = head.last + 1  # "قال المتحدث باسم الكرملين ..."
        # "ألقى رئيس الحكومة خطابا": a form with a gap holds its speaker inside
        slots = (m.last + 1, after) + ((m.first + 1,) if m.last > m.first and m.hit.pos == "verb" else ())
        speaker = None
        for a in self.actors_in(clause):
            if a.first in slots or a.last == m.first - 1:
                speaker = a
                break
        last_allowed = self.text.token_range(clause)[-1] if self.text.token_range(clause) else m.last
        if speaker is None:
            speaker = next((u for u in (self.unlisted(i, last_allowed) for i in slots) if u is not None), None)
        if speaker is None and (self.is_word(m.first - 1, "pluperfect_particle") or self.near("first_to", m, 3, 0, clause)):
            # "وكان X قد أعلن"، "وكان X أول من أعلن": the speaker follows كان
            aux = [c for c in self.cues("pluperfect") if c.last < m.first - 1 and m.first - c.last <= 10
                   and clause[0] <= c.start]
            if aux:
                speaker = next((a for a in self.actors if a.first > aux[-1].last and a.last < m.first - 1), None) \
                    or self.unlisted(aux[-1].last + 1, m.first - 1) \
                    or self.named_speaker(aux[-1].last + 1, until=m.first - 1)
        if speaker is None and m.hit.pos == "verb":
            speaker = self.named_speaker(m.last + 1)  # "قال برهانو جولا إن"، "شدد رضوان في كلمته"
        if speaker is None:
            return None
        group = self.speaker_group(speaker) if id(speaker) in self._actor_index else [speaker]
        sentence = self.sentence(m.start)
        # "أعرب/أكد X لنظيره Y": a bilateral contact, in news mostly a phone call.
        others = resolve_counterparts([a for a in self.actors_in(sentence) if a.start > group[-1].end
                                       and a.first - group[-1].last <= 14], group[0])
        counterpart = next((a for a in others if a.counterpart and a.kind in PERSONLIKE
                            and (a.prep in self.words("addressee_clitic") or self.is_word(a.first - 1, "with"))), None)
        if counterpart is not None and self.text.sentence_of(m.start) not in self.contact_sentences:
            parts = tuple(group) + (counterpart,)
            return Candidate(m, "call", "phone", m.start, counterpart.end, _BILATERAL_CONFIDENCE,
                              parts, tuple(group))
        return Candidate(m, "statement", subtype, m.start, m.end, conf, tuple(group), tuple(group))

    def absorb(self, cands: list[Candidate]) -> list[Candidate]:
        """Drop candidates that restate another: saying verbs around a contact, agreement verbs
        around a ceasefire, and repeated saying verbs of one speaker in one sentence."""
        contact_sentences = {self.text.sentence_of(c.start) for c in cands if c.type in CONTACT_TYPES}
        ceasefire_clauses = {self.text.clause_of(c.start) for c in cands if c.type == "ceasefire"}
        plain_ceasefires = Counter(self.text.clause_of(c.start) for c in cands
                                   if c.type == "ceasefire" and not c.match.data.get("requires_near"))
        calls = sorted((c.start, c.end) for c in cands if c.type == "call")
        call_starts = [a for a, _ in calls]
        saying_clauses: dict[int, int] = {}
        for c in cands:
            if c.type == "statement" and c.match.hit.pos == "verb":
                saying_clauses.setdefault(self.text.clause_of(c.start), c.start)
        # a new happening: a verb, or an indefinite noun ("بدأت قصفاً"); "الهجوم" names one
        # already known, which the statement is about
        cands = list(cands)
        signings = {j: (self.text.sentence_of(c.start), c.match.last) for j, c in enumerate(cands)
                    if c.type == "ceasefire" and c.match.hit.pos == "verb" and c.subtype == "signed"}
        happenings = sorted(c.start for c in cands if c.type != "statement"
                            and (c.match.hit.pos == "verb" or not self.definite(c.match)))
        out, seen_speakers = [], set()
        for c in cands:
            s = self.text.sentence_of(c.start)
            if c.type == "statement":
                if s in contact_sentences:
                    continue
                if c.match.hit.pos == "verb" and self.reports_event(c, happenings):
                    continue  # "أعلنت الوزارة أن الجيش نفذ هجوماً": one mention, of the attack
                key = (s, tuple(sorted(a.key for a in c.speaker)))
                if key in seen_speakers:
                    continue
                seen_speakers.add(key)
            if c.type == "other" and c.subtype in ("agreement_signed", "agreement") and \
                    self.text.clause_of(c.start) in ceasefire_clauses:
                continue
            if c.type == "statement" and c.match.hit.pos == "noun" and \
                    self.text.clause_of(c.start) in saying_clauses and saying_clauses[self.text.clause_of(c.start)] < c.start:
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
            out.append(c)
        return out

    def antecedent(self, m: Match, found: list[Candidate]) -> int | None:
        """The earlier candidate a definite event noun refers back to: same type, at most
        :data:`ANAPHORA_SENTENCES` sentences back, when the noun's own sentence dates nothing
        and the noun is no phrase of its own ("الاتصال"، "اللقاء"، "الهجوم"; not "الهجوم
        الذي شنته إيران", which names its own)."""
        if m.hit.pos != "noun" or m.last != m.first or not self.definite(m) or not found:
            return None
        sentence = self.sentence(m.start)
        if any(self.text.sentence_of(t.start) == self.text.sentence_of(m.start) and not self.date_of_relative_clause(t.start, m)
               for t in self.timexes_in(sentence)):
            return None
        if self.is_word(m.last + 1, "relatives") or self.negated(m, self.clause(m.start)):
            return None
        if m.data["type"] == "ceasefire" and self.ceasefire_phase(m, self.clause(m.start), sentence) is not None:
            return None  # "بخرق الهدنة": a phase of its own (the violation), not the truce again
        k = self.text.sentence_of(m.start)
        kind = m.data["type"]
        for j in range(len(found) - 1, -1, -1):
            c = found[j]
            if k - self.text.sentence_of(c.start) > ANAPHORA_SENTENCES:
                break
            if c.type == kind and self.text.sentence_of(c.start) < k:
                return j
        return None

    def date_of_relative_clause(self, offset: int, m: Match) -> bool:
        """Whether the date at ``offset`` lies in a later clause opened by a relative word
        ("ويأتي اللقاء مع ختام زيارة ...، التي بدأت السبت الماضي"): it dates that clause's
        own event, not the noun ``m``."""
        clause = self.clause(offset)
        if clause[0] <= self.clause(m.start)[0]:
            return False
        first = self.text.token_range(clause).start
        return any(self.is_word(i, "relatives") for i in range(first, first + 2))

    def timexes_in(self, span: tuple[int, int]) -> list:
        lo = bisect.bisect_left(self._timex_starts, span[0])
        hi = bisect.bisect_left(self._timex_starts, span[1])
        return self.timexes[lo:hi]

    def dated_here(self, m: Match, clause: tuple[int, int]) -> bool:
        """A time expression within a few words after the trigger, in its clause."""
        return any(i in self.timex_tokens and self.text.tokens[i].start < clause[1]
                   for i in range(m.last + 1, min(m.last + 5, len(self.text.tokens))))

    def interview(self, m: Match) -> bool:
        """A call "with" a quoted name or a medium: a journalist's phone interview."""
        j = m.last + 1
        if not self.is_word(j, "with") or j + 1 >= len(self.text.tokens):
            return False
        return self.text.in_quote(self.text.tokens[j + 1].start) or self.is_word(j + 1, "press")

    def definite(self, m: Match) -> bool:
        """Whether the trigger's first word carries the article ("الهجوم"، "بالهجوم")."""
        if m.prefix.endswith((ARTICLE, CLITICS.lam_article)):
            return True
        return self.token(m.first)[len(m.prefix):].startswith(ARTICLE)

    def reports_event(self, c: Candidate, happenings: list[int]) -> bool:
        """Whether what saying verb ``c`` reports (after its "أن" or colon) holds an event."""
        stop = self.complement(c)
        end = self.sentence(c.start)[1]
        i = bisect.bisect_left(happenings, stop)
        while i < len(happenings) and happenings[i] < end:
            first = self.text.token_at(happenings[i])
            # "الاتفاق الذي وقّع قبل يومين": a relative clause names a known event
            if not any(self.is_word(j, "relatives") for j in range(first - 3, first)):
                return True
            i += 1
        return False

    def fuse(self, cands: list[Candidate]) -> list[Candidate]:
        """One candidate for two triggers of one event in a clause: "شنت هجوما بطائرات مسيرة"،
        "قصفت ... بقذائف"، "الدور الثاني من الانتخابات".  The later trigger must not be
        coordinated by و (that names another event) and the places must agree."""
        out: list[Candidate] = []
        last: dict[tuple[int, str], int] = {}
        for c in cands:
            key = (self.text.clause_of(c.start), c.type)
            j = last.get(key)
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
                if close and kinds and places and c.match.conj not in self.words("coordinator"):
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
            out.append(c)
        return out

    def refers_back(self, cand: Candidate, truces: list[tuple[Candidate, set[str]]]) -> bool:
        """An undated ceasefire ("وتنص الهدنة على ..."، "الاتفاقات الموقعة حول وقف إطلاق النار")
        in an article that dates a ceasefire of the same phase between compatible parties
        names that one again: it is no further event."""
        mine = self.parties(cand)
        return any(other is not cand and (cand.subtype is None or other.subtype in (None, cand.subtype))
                   and (not mine or not theirs or mine & theirs) for other, theirs in truces)
