"""Single-article event extraction: triggers -> filtered candidates -> participants -> dates.

The steps, in order: find trigger matches; drop the ones that report no event (a call for a
ceasefire, a demand or proposal, a negation, a condition or threat, a purpose, a topic of
talks, a verb of saying inside a quote, inside another one's reported content or without a
named speaker); decide the subtype from nearby cues; collect participants and place; drop
title and teaser lines that repeat the body; fuse two triggers of one event in a clause;
date each candidate from its governing time expression (an event announced for later is kept,
warned "planned", only when a time expression dates it); split coordinated dates and
"separate" contacts into one event each; find textual temporal links between the events.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from types import MappingProxyType
from typing import Any

import attrs

from ..document import Document, analyse
from ..model import Actor, Article, Event, Mention, Timex
from .actors import PERSONLIKE, ActorHit, find_actors, resolve_counterparts, unlisted_speaker
from .lexicon import Hit
from .match import Match, Text

#: Default width of the publication-date window for undated past events.
WINDOW_DAYS = 7
#: How many sentences back a narrative date still dates an undated event.
NARRATIVE_SENTENCES = 3
UNDATED_WARNING = "undated: assumed within {days} days before publication"
NO_DCT_WARNING = "undated: no publication date"
#: Warning of an event announced for a later date ("سيدخل حيز التنفيذ يوم الأحد المقبل").
PLANNED_WARNING = "planned"
# Confidence factor by how the date was found.
_DATING_FACTOR = {"clause": 1.0, "sentence": 0.95, "narrative": 0.85, "dct": 0.6, None: 0.5}
_BILATERAL_CONFIDENCE = 0.7
# Between coordinated time expressions ("يومي الـ10 والـ17"): only spaces, و, commas, ال/ـ.
_COORDINATION_GAP = re.compile(r"[\s,،\-ـ]*(?:و)?(?:ال)?[\s,،\-ـ]*")
_CONTENT_TYPES = frozenset({"ceasefire", "strike", "capture"})
_CONTACT_TYPES = frozenset({"call", "meeting"})
_PLACE_NOUNS = frozenset({"مدينه", "منطقه", "بلده", "قريه", "اقليم", "محافظه", "ولايه"})
_LOCATIVE = frozenset({"في", "على", "الى", "قرب", "داخل", "مدينه", "بلده", "منطقه", "اقليم", "بمدينه", "بمنطقه"})
# Subtypes that say nothing more than their type: a more specific one absorbs them.
_GENERIC_SUBTYPES = frozenset({None, "attack"})
# Lines ending in one of these are prose; a title or teaser line has no final punctuation.
_LINE_END = ".!?؟…:؛;"
_BULLETS = "•·▪◦*-–—"
_HEADLINE_MAX_WORDS = 25
# Cue classes that order two events ("بعد"، "قبل"): triggers on both sides are two events.
_ORDER_CUES = ("after_previous", "earlier_than_previous", "later_than_previous", "after_next", "before_next")
# Words that open reported content after a verb of saying.
_RELATIVES = frozenset({"الذي", "التي", "اللذين", "اللتين", "الذين", "اللذان", "اللتان"})
_COMPLEMENTIZERS = frozenset({"ان", "بان", "انه", "انها", "انهم", "بانه", "بانها"})


@attrs.frozen
class Link:
    """A textual temporal cue between two provisional events: ``before`` precedes ``after``."""

    before: str
    after: str
    cue: Mention


@attrs.frozen
class _Candidate:
    match: Match
    type: str
    subtype: str | None
    start: int
    end: int
    confidence: float
    actors: tuple[ActorHit, ...] = ()
    speaker: tuple[ActorHit, ...] = ()
    place: str | None = None
    separate: bool = False
    #: announced for later (a future cue governs the trigger)
    planned: bool = False
    #: an event only when a time expression of its clause or sentence dates it
    needs_date: bool = False


def _usable(t: Timex) -> bool:
    # "منذ مارس 2011" names when a state began, not when a reported event happened
    since = t.reading.get("since") or dict(t.extra).get("since")
    return t.earliest is not None and t.latest is not None and t.type != "SET" and not since


class _Extractor:
    def __init__(self, article: Article, timexes: Sequence[Timex], window_days: int, document: Document | None):
        self.article = article
        self.text = Text(document if document is not None else analyse(article.text, article.id))
        self.window_days = window_days
        self.timexes = sorted((t for t in timexes if _usable(t)), key=lambda t: (t.start, t.end))
        self.cue_cache: dict[str, list[Match]] = {}
        self.cue_starts: dict[str, list[int]] = {}
        # "تونس - أعلنت ..."، "نيويورك، بيروت - تبنى ...": where the wire was filed from is
        # neither a participant nor the place of the event
        datelines = list(self.text.doc.datelines)
        self.places = [p for p in self.unlisted_places(self.text.select("place"))
                       if not _inside(p.start, datelines)]
        # "جدة السعودية": a nationality right after a place names where it is, not who acts
        after_place = {p.last + 1 for p in self.places}
        self.actors = [a for a in find_actors(self.text) if not (a.kind == "country" and a.first in after_place)
                       and not _inside(a.start, datelines)]
        self._actor_starts = [a.start for a in self.actors]
        self.actor_tokens = {i for a in self.actors for i in range(a.first, a.last + 1)}
        self._actor_index = {id(a): i for i, a in enumerate(self.actors)}
        self._place_starts = [p.start for p in self.places]
        self._timex_starts = [t.start for t in self.timexes]
        self._timex_index = {id(t): i for i, t in enumerate(self.timexes)}
        self.blocked_tokens = {i for b in self.cues("blockers") for i in range(b.first, b.last + 1)}
        self.triggers = [m for m in self.text.select("trigger") if not self.blocked(m)]
        self.contact_sentences = {self.text.sentence_of(m.start) for m in self.triggers
                                  if m.data["type"] in _CONTACT_TYPES}
        self.sayers = {t.last + 1 for t in self.triggers if t.data["type"] == "statement"}
        self._saying: list[int] | None = None
        self._heads: dict[int, tuple[int, str, str]] | None = None
        self._truce_topic: bool | None = None
        self._links = self.text.lexicon.cue_words["speaker_links"]
        self._stops = self.text.lexicon.cue_words["speaker_stops"]

    def unlisted_places(self, listed: list[Match]) -> list[Match]:
        """Listed places plus the word after a place noun ("مدينة ود ..."), keyed by its folded form."""
        taken = {i for p in listed for i in range(p.first, p.last + 1)}
        out = list(listed)
        for c in self.cues("place_head"):
            i = c.last + 1
            if i < len(self.text.tokens) and i not in taken and self.text.joinable[c.last]:
                tok = self.text.tokens[i]
                if len(tok.form) > 2 and not tok.form.isdigit():
                    data = MappingProxyType({"key": tok.form, "kind": "unlisted"})
                    out.append(Match(i, i, tok.start, tok.end, Hit("place", data, "noun", ("place", tok.form))))
        return sorted(out, key=lambda p: p.first)

    # -- helpers ----------------------------------------------------------------------
    def cues(self, name: str) -> list[Match]:
        """Matches of one cue class, sorted by first token."""
        if name not in self.cue_cache:
            self.cue_cache[name] = sorted(self.text.cues(name), key=lambda c: (c.first, c.last))
            self.cue_starts[name] = [c.first for c in self.cue_cache[name]]
        return self.cue_cache[name]

    def cues_from(self, name: str, first: int) -> list[Match]:
        """Cues of class ``name`` starting at token ``first`` or later."""
        cues = self.cues(name)
        return cues[bisect.bisect_left(self.cue_starts[name], first):]

    def near(self, name: str, m: Match, before: int, after: int, scope: tuple[int, int]) -> Match | None:
        """The first cue of class ``name`` within the token window around ``m`` inside ``scope``."""
        lo, hi = m.first - before, m.last + after
        for c in self.cues_from(name, lo):
            if c.first > hi:
                break
            if c.last <= hi and scope[0] <= c.start and c.end <= scope[1]:
                return c
        return None

    def clause(self, offset: int) -> tuple[int, int]:
        return self.text.clauses[self.text.clause_of(offset)]

    def sentence(self, offset: int) -> tuple[int, int]:
        return self.text.sentences[self.text.sentence_of(offset)]

    def actors_in(self, span: tuple[int, int]) -> list[ActorHit]:
        lo = bisect.bisect_left(self._actor_starts, span[0])
        hi = bisect.bisect_left(self._actor_starts, span[1])
        return [a for a in self.actors[lo:hi] if a.end <= span[1]]

    def token(self, i: int) -> str:
        return self.text.tokens[i].form if 0 <= i < len(self.text.tokens) else ""

    def has_anaphora(self, span: tuple[int, int]) -> bool:
        for c in self.cues_from("anaphora", self.text.token_at(span[0])):
            if c.start >= span[1]:
                break
            if span[0] <= c.start and c.end <= span[1]:
                return True
        return False

    # -- candidates -------------------------------------------------------------------
    def candidates(self) -> list[_Candidate]:
        out = []
        for m in self.triggers:
            cand = self.candidate(m)
            if cand is not None:
                out.append(cand)
        return self.fuse(self.drop_headlines(self.absorb(out)))

    def blocked(self, m: Match) -> bool:
        return any(i in self.blocked_tokens for i in range(m.first, m.last + 1))

    def candidate(self, m: Match) -> _Candidate | None:
        d = m.data
        kind, subtype = d["type"], d.get("subtype")
        clause, sentence = self.clause(m.start), self.sentence(m.start)
        conf = float(d.get("confidence", 0.8))
        if self.negated(m, clause):
            return None
        factual = bool(d.get("factual"))  # "بنود الاتفاق الموقع سنة 1991": signed whatever is asked now
        if kind in _CONTENT_TYPES | _CONTACT_TYPES | {"other"} and not factual and self.irrealis(m, clause):
            return None
        if kind in _CONTACT_TYPES | {"other"} and not factual and self.demanded(m, clause):
            return None  # "دعا إلى عقد اجتماع": asked for, not held
        if d.get("truce_topic") and self.truce_topic():
            # "أعلن التوصل إلى اتفاق" in an article about a truce: the truce agreed
            kind, subtype = "ceasefire", "agreed"
        if kind in _CONTENT_TYPES | {"other"} and m.hit.pos == "noun" and not m.prefix and not factual \
                and self.near("topic", m, 1, 0, clause) and not self.agreement_head(m, clause):
            return None  # "القرارات حول انسحاب"، "محادثات بشأن وقف إطلاق النار": a topic
        planned = self.near("future", m, 4, 0, clause) is not None
        if d.get("requires_near") and not self.near_sentences(d["requires_near"], sentence):
            return None
        if d.get("requires_before"):
            cue = self.near(d["requires_before"], m, 8, 0, sentence)
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
            if kind == "capture" and m.prefix.endswith("ل") and m.hit.pos == "noun":
                return None  # "للسيطرة على": a goal
        if d.get("requires") and not self.near(d["requires"], m, 0, 10, clause):
            return None
        if kind == "statement":
            return self.statement(m, subtype, conf, clause)
        actors = self.participants(kind, m, clause, sentence)
        if kind == "meeting" and subtype == "talks" and m.hit.pos == "noun" and \
                not any(a.kind in PERSONLIKE | {"organization", "group"} for a in self.actors_in(clause)):
            return None  # "اجتماع"/"محادثات" with nobody named is too often generic
        separate = kind in _CONTACT_TYPES and self.near("separate", m, 0, 3, clause) is not None
        return _Candidate(m, kind, subtype, m.start, m.end, conf, tuple(actors), (),
                          self.place(kind, clause, m), separate, planned, bool(d.get("requires_date")))

    def truce_topic(self) -> bool:
        """Whether the article is about a truce: its title names one, or two truce words occur."""
        if self._truce_topic is None:
            words = self.cues("truce_words")
            title_end = self.text.sentences[0][1] if self.text.sentences else 0
            self._truce_topic = len({c.first for c in words}) >= 2 or any(c.start < title_end for c in words)
        return self._truce_topic

    def near_sentences(self, name: str, sentence: tuple[int, int]) -> bool:
        """A cue of class ``name`` in this sentence or the one before."""
        i = self.text.sentence_of(sentence[0])
        lo = self.text.sentences[i - 1][0] if i > 0 else sentence[0]
        return any(lo <= c.start and c.end <= sentence[1] for c in self.cues(name))

    def negated(self, m: Match, clause: tuple[int, int]) -> bool:
        """A negation right before the trigger ("لم تنسحب") or a multi-word one shortly before
        ("لم يتم التوصل إلى اتفاق")."""
        for c in self.cues_from("negation", m.first - 4):
            if c.first >= m.first:
                break
            if c.start >= clause[0] and c.last < m.first and \
                    (c.last == m.first - 1 or c.last > c.first or self.token(c.first) == "لن"):
                return True
        return False

    def agreement_head(self, m: Match, clause: tuple[int, int]) -> bool:
        """An agreement named around the trigger: "الاتفاقات الموقعة حول وقف إطلاق النار" refers
        to the agreements themselves, not to a topic."""
        return any(self.near(name, m, 5, 6, clause) for name in ("agreed_done", "agreed_act"))

    def demanded(self, m: Match, clause: tuple[int, int]) -> bool:
        """A demand or proposal shortly before the trigger in its clause ("دعا إلى عقد قمة")."""
        if self.token(m.first - 1) in ("في", "خلال", "اثناء"):
            return False  # "اقترح في مكالمة هاتفية": the trigger is the circumstance
        cue = self.near("demand", m, 6, 0, clause)
        return cue is not None and cue.last < m.first

    def irrealis(self, m: Match, clause: tuple[int, int]) -> bool:
        if self.token(m.first - 1) in ("في", "خلال", "اثناء"):
            return False  # "اقترح في مكالمة هاتفية": the trigger is a circumstance that happened
        cue = self.near("irrealis", m, 4, 0, clause)
        return cue is not None and cue.last < m.first

    def ceasefire_phase(self, m: Match, clause: tuple[int, int], sentence: tuple[int, int]) -> str | None:
        if self.near("violated", m, 4, 3, clause):
            return "violated"
        if self.near("collapsed", m, 3, 3, clause):
            return "collapsed"
        if self.near("takes_effect", m, 3, 5, clause):
            return "takes_effect"
        if self.near("agreed_done", m, 7, 6, clause):
            return "agreed"
        call = self.near("call_for", m, 16, 0, sentence)
        if call is not None and call.last < m.first:
            return "called_for"
        if self.near("agreed_act", m, 3, 0, clause):
            return "agreed"
        return None

    def coordinated_actors(self, a: ActorHit, b: ActorHit) -> bool:
        """``b`` follows ``a`` as "a وb" or "a، وb"."""
        return b.first == a.last + 1 and b.prefix.startswith("و") and \
            self.text.original[a.end:b.start].strip() in ("", ",", "،")

    def reported(self, m: Match, clause: tuple[int, int]) -> bool:
        """Whether ``m`` follows, in its clause, the "أن" of an earlier verb of saying."""
        comp = [i for i in self.text.token_range((clause[0], m.start)) if self.token(i) in _COMPLEMENTIZERS]
        if not comp:
            return False
        lo = self.text.token_at(self.sentence(m.start)[0])
        if self._saying is None:
            self._saying = sorted({t.last for t in self.triggers if t.data["type"] == "statement"}
                                  | {c.last for c in self.cues("reporting")})
        i = bisect.bisect_left(self._saying, lo)
        return i < len(self._saying) and self._saying[i] < comp[-1]

    def unlisted(self, first: int, last_allowed: int) -> ActorHit | None:
        """A speaker outside the gazetteer named by a title or body phrase at token ``first``."""
        if self._heads is None:
            heads: dict[int, tuple[int, str, str]] = {}
            for name, kind in (("speaker_titles", "person"), ("speaker_bodies", "organization")):
                for c in self.cues(name):
                    if c.first not in heads or heads[c.first][0] < c.last:
                        heads[c.first] = (c.last, kind, c.prefix)
            self._heads = heads
        if first in self.actor_tokens:
            return None
        hit = unlisted_speaker(self.text, first, last_allowed, self._heads, self._links, self._stops)
        if hit is not None and hit.first == hit.last and self.token(hit.first)[len(self._heads[first][2]):].startswith("ال"):
            # a bare definite body ("وذكرت الوزارة") names the body of that kind met last
            word = self.token(hit.first)[len(self._heads[first][2]) + 2:]
            i = bisect.bisect_left(self._actor_starts, hit.start) - 1
            while i >= 0:
                a = self.actors[i]
                if a.kind not in PERSONLIKE and self.token(a.first)[len(a.prefix):] in (word, "ال" + word):
                    return attrs.evolve(a, first=hit.first, last=hit.last, start=hit.start, end=hit.end,
                                        name=hit.name, prefix="")
                i -= 1
        return hit

    def speaker_group(self, hit: ActorHit) -> list[ActorHit]:
        i = self._actor_index[id(hit)]
        lo = hi = i
        while lo > 0 and self.coordinated_actors(self.actors[lo - 1], self.actors[lo]):
            lo -= 1
        while hi + 1 < len(self.actors) and self.coordinated_actors(self.actors[hi], self.actors[hi + 1]):
            hi += 1
        return self.actors[lo:hi + 1]

    def statement(self, m: Match, subtype: str | None, conf: float, clause: tuple[int, int]) -> _Candidate | None:
        if self.text.in_quote(m.start):
            return None  # reported speech inside a quotation is not a new event
        if not m.prefix.startswith(("و", "ف")) and self.reported(m, clause):
            return None  # "مشيرا إلى أن لافروف وكيري استنكرا": said inside another statement
        skip = {"بيان", "بيانا", "اليوم", "امس", "في"}
        after = m.last + 1
        while self.token(after) in skip and after - m.last <= 3:
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
        if speaker is None and (self.token(m.first - 1) == "قد" or self.near("first_to", m, 3, 0, clause)):
            # "وكان X قد أعلن"، "وكان X أول من أعلن": the speaker follows كان
            aux = [c for c in self.cues("pluperfect") if c.last < m.first - 1 and m.first - c.last <= 10
                   and clause[0] <= c.start]
            if aux:
                speaker = next((a for a in self.actors if a.first > aux[-1].last and a.last < m.first - 1), None) \
                    or self.unlisted(aux[-1].last + 1, m.first - 1)
        if speaker is None:
            return None
        group = self.speaker_group(speaker) if id(speaker) in self._actor_index else [speaker]
        sentence = self.sentence(m.start)
        # "أعرب/أكد X لنظيره Y": a bilateral contact, in news mostly a phone call.
        others = resolve_counterparts([a for a in self.actors_in(sentence) if a.start > group[-1].end
                                       and a.first - group[-1].last <= 14], group[0])
        counterpart = next((a for a in others if a.counterpart and a.kind in PERSONLIKE
                            and (a.prefix.endswith("ل") or self.token(a.first - 1) == "مع")), None)
        if counterpart is not None and self.text.sentence_of(m.start) not in self.contact_sentences:
            parts = tuple(group) + (counterpart,)
            return _Candidate(m, "call", "phone", m.start, counterpart.end, _BILATERAL_CONFIDENCE,
                              parts, tuple(group))
        return _Candidate(m, "statement", subtype, m.start, m.end, conf, tuple(group), tuple(group))

    def participants(self, kind: str, m: Match, clause: tuple[int, int], sentence: tuple[int, int]) -> list[ActorHit]:
        if kind in _CONTACT_TYPES:
            found = [a for a in self.actors_in(sentence) if a.kind in PERSONLIKE]
            speaker = next((a for a in found if a.start < m.start and a.office), None)
            found = resolve_counterparts(found, speaker)
            if len({a.key for a in found}) < 2 and self.has_anaphora(sentence):
                prev = self.text.sentence_of(sentence[0]) - 1
                if prev >= 0:
                    found = [a for a in self.actors_in(self.text.sentences[prev]) if a.kind in PERSONLIKE] + found
            if not found:
                found = [a for a in self.actors_in(clause) if a.kind != "counterpart"]
            return found
        hits = [a for a in self.actors_in(clause) if a.kind not in PERSONLIKE] + self.own_countries(clause)
        hits.sort(key=lambda a: a.start)
        if kind in _CONTENT_TYPES:
            # who reports ("أعلنت قطر ...", "... أن") or brokers ("بوساطة مصرية") is no party
            cut = self.report_cut(m, clause)
            hits = [a for a in hits if a.start >= cut or a.start > m.start]
            hits = [a for a in hits if a.first not in self.sayers]
            for c in self.cues_from("mediation", self.text.token_at(clause[0])):
                if c.start >= clause[1]:
                    break
                if clause[0] <= c.start:
                    hits = [a for a in hits if not (c.last < a.first <= c.last + 4)]
        return hits

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

    def report_cut(self, m: Match, clause: tuple[int, int]) -> int:
        """Start of the reported content before trigger ``m`` (after the last "أن"/"إن")."""
        anna = [i for i in self.text.token_range((clause[0], m.start)) if self.token(i) in ("ان", "وان")]
        return self.text.tokens[anna[-1]].end if anna else clause[0]

    def place(self, kind: str, clause: tuple[int, int], m: Match) -> str | None:
        if kind in ("statement", "call"):
            return None
        lo = self.report_cut(m, clause) if kind in _CONTENT_TYPES else clause[0]
        for p in self.places[bisect.bisect_left(self._place_starts, lo):]:
            if p.start >= clause[1]:
                break
            if p.end > clause[1]:
                continue
            before = self.token(p.first - 1)
            origin = before == "من" or (before in _PLACE_NOUNS and self.token(p.first - 2) == "من")
            if origin and kind != "capture":
                continue  # "أطلق من مدينة غوريس": where it came from (but "انسحبت من" is the place)
            located = self.token(p.first - 1) in _LOCATIVE or p.prefix.endswith("ب") or p.prefix.endswith("في")
            if kind == "meeting" and not located:
                continue
            if not located and p.first in self.actor_tokens:
                continue  # "أكدت باكو": the capital stands for the state
            return str(p.data["key"])
        return None

    def absorb(self, cands: list[_Candidate]) -> list[_Candidate]:
        """Drop candidates that restate another: saying verbs around a contact, agreement verbs
        around a ceasefire, and repeated saying verbs of one speaker in one sentence."""
        contact_sentences = {self.text.sentence_of(c.start) for c in cands if c.type in _CONTACT_TYPES}
        ceasefire_clauses = {self.text.clause_of(c.start) for c in cands if c.type == "ceasefire"}
        plain_ceasefires = Counter(self.text.clause_of(c.start) for c in cands
                                   if c.type == "ceasefire" and not c.match.data.get("requires_near"))
        calls = sorted((c.start, c.end) for c in cands if c.type == "call")
        call_starts = [a for a, _ in calls]
        saying_clauses: dict[int, int] = {}
        for c in cands:
            if c.type == "statement" and c.match.hit.pos == "verb":
                saying_clauses.setdefault(self.text.clause_of(c.start), c.start)
        out, seen_speakers = [], set()
        for c in cands:
            s = self.text.sentence_of(c.start)
            if c.type == "statement":
                if s in contact_sentences:
                    continue
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
            if c.type == "ceasefire" and c.match.data.get("requires_near") and \
                    plain_ceasefires[self.text.clause_of(c.start)]:
                continue  # "دخل وقف إطلاق النار حيز التنفيذ": the ceasefire trigger already says it
            if c.type == "call" and any(a <= c.start < b and (a, b) != (c.start, c.end)
                                        for a, b in calls[:bisect.bisect_right(call_starts, c.start)][-4:]):
                continue
            out.append(c)
        return out

    def headlines(self) -> list[tuple[int, int]]:
        """Title, bullet and teaser lines: no final punctuation and standing apart (blank lines
        around, a bullet, or the run of such lines closing the article), or a "read also" line.
        A line broken inside a paragraph has prose on one side, so it never qualifies."""
        text = self.article.text
        spans, pos = [], 0
        for line in text.split("\n"):
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        lines = [text[a:b].strip() for a, b in spans]
        marks = {c.start for c in self.cues("headline_marks")}

        def bare(i: int) -> bool:
            return bool(lines[i]) and lines[i][-1] not in _LINE_END and len(lines[i].split()) <= _HEADLINE_MAX_WORDS

        def bullet(i: int) -> bool:
            return bool(lines[i]) and lines[i][0] in _BULLETS

        def blank(i: int) -> bool:
            return not 0 <= i < len(lines) or not lines[i]

        head = [False] * len(lines)
        for i in range(len(lines)):
            if not lines[i]:
                continue
            line = text[spans[i][0]:spans[i][1]]
            marked = spans[i][0] + len(line) - len(line.lstrip()) in marks
            head[i] = bullet(i) or marked or (bare(i) and (blank(i - 1) or head[i - 1])
                                              and (blank(i + 1) or bullet(i + 1)))
        i = len(lines) - 1
        while i >= 0 and (blank(i) or bare(i)):
            head[i] = bool(lines[i])
            i -= 1
        return [span for span, h in zip(spans, head, strict=True) if h]

    def parties(self, c: _Candidate) -> set[str]:
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

    def drop_headlines(self, cands: list[_Candidate]) -> list[_Candidate]:
        """Drop events of title and teaser lines that the body reports too (same type, shared
        or unnamed parties); a title that is the only report of its event stays."""
        spans = self.headlines()
        if not spans:
            return cands
        starts = [a for a, _ in spans]

        def in_headline(c: _Candidate) -> bool:
            i = bisect.bisect_right(starts, c.start) - 1
            return i >= 0 and c.start < spans[i][1]

        flags = [in_headline(c) for c in cands]
        body: dict[str, list[set[str]]] = {}
        for c, flag in zip(cands, flags, strict=True):
            if not flag:
                body.setdefault(c.type, []).append(self.parties(c))
        out = []
        for c, flag in zip(cands, flags, strict=True):
            if flag:
                mine = self.parties(c)
                if any(not mine or not other or mine & other for other in body.get(c.type, ())):
                    continue
            out.append(c)
        return out

    def fuse(self, cands: list[_Candidate]) -> list[_Candidate]:
        """One candidate for two triggers of one event in a clause: "شنت هجوما بطائرات مسيرة"،
        "قصفت ... بقذائف"، "الدور الثاني من الانتخابات".  The later trigger must not be
        coordinated by و (that names another event) and the places must agree."""
        out: list[_Candidate] = []
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
                if close and kinds and places and not c.match.prefix.startswith("و"):
                    keys = {a.key for a in p.actors}
                    out[j] = attrs.evolve(
                        p, subtype=p.subtype if p.subtype not in _GENERIC_SUBTYPES else c.subtype,
                        start=min(p.start, c.start), end=max(p.end, c.end),
                        confidence=max(p.confidence, c.confidence),
                        actors=p.actors + tuple(a for a in c.actors if a.key not in keys),
                        place=p.place or c.place, separate=p.separate or c.separate,
                        planned=p.planned or c.planned)
                    continue
            last[key] = len(out)
            out.append(c)
        return out

    def refers_back(self, cand: _Candidate, truces: list[tuple[_Candidate, set[str]]]) -> bool:
        """An undated ceasefire ("وتنص الهدنة على ..."، "الاتفاقات الموقعة حول وقف إطلاق النار")
        in an article that dates a ceasefire of the same phase between compatible parties
        names that one again: it is no further event."""
        mine = self.parties(cand)
        return any(other is not cand and (cand.subtype is None or other.subtype in (None, cand.subtype))
                   and (not mine or not theirs or mine & theirs) for other, theirs in truces)

    def ordering_between(self, lo: int, hi: int) -> bool:
        """A temporal-relation cue ("بعد"، "إثر"، "قبل") between tokens ``lo`` and ``hi``."""
        for name in _ORDER_CUES:
            for c in self.cues_from(name, lo + 1):
                if c.first >= hi:
                    break
                return True
        return False

    # -- dating -----------------------------------------------------------------------
    def owners(self, cands: list[_Candidate]) -> dict[int, int]:
        """Timex index -> index of the candidate that governs it in its clause.

        Nearest first, except that a date in a relative clause right after a trigger ("الهجوم
        الذي وقع في 24 أغسطس") belongs to that trigger, and a second, different date near an
        event that already has one goes to the next event of the clause ("أدان ... الثلاثاء
        الهجوم الذي وقع في 24 أغسطس": the condemnation on Tuesday)."""
        by_clause: dict[int, list[int]] = {}
        for j, x in enumerate(cands):
            by_clause.setdefault(self.text.clause_of(x.start), []).append(j)
        ranked = []
        for i, t in enumerate(self.timexes):
            near = []
            for j in by_clause.get(self.text.clause_of(t.start), ()):
                c = cands[j]
                gap = max(t.start - c.end, c.start - t.end, 0)
                near.append((0 if self.relative_date(c, t) or self.adverbial_date(c, t) else 1, gap, j))
            if near:
                near.sort()
                ranked.append((near[0][:2], i, [j for _, _, j in near]))
        out: dict[int, int] = {}
        held: dict[int, list[Timex]] = {}
        for _, i, choices in sorted(ranked):
            t = self.timexes[i]
            pick = choices[0]
            for j in choices:
                mine = held.get(j, [])
                if not mine or any(_overlap(t, h) for h in mine) or any(self.coordinated([h, t] if h.start < t.start else [t, h], t)[1:] for h in mine):
                    pick = j
                    break
            out[i] = pick
            held.setdefault(pick, []).append(t)
        return out

    def adverbial_date(self, c: _Candidate, t: Timex) -> bool:
        """``t`` follows a saying verb and its subject, before any "أن": it dates the saying
        ("أكد الجيش في بيان صدر اليوم الثلاثاء انسحاب قواته")."""
        if c.type != "statement" or c.match.hit.pos != "verb" or t.start < c.end:
            return False
        between = list(self.text.token_range((c.end, t.start)))
        return len(between) <= 8 and not any(self.token(i) in _COMPLEMENTIZERS for i in between)

    def relative_date(self, c: _Candidate, t: Timex) -> bool:
        """``t`` sits in a relative clause right after ``c``'s trigger ("الذي وقع في")."""
        if t.start < c.end:
            return False
        between = list(self.text.token_range((c.end, t.start)))
        return 0 < len(between) <= 4 and self.token(between[0]) in _RELATIVES

    def shares(self, cand: _Candidate, owner: int, me: int, cands: list[_Candidate]) -> bool:
        """Whether ``cand`` may use a time expression governed by candidate ``owner``: its own,
        or that of a saying verb whose nominal object it is ("أعلن المبعوث أمس موافقة الطرفين
        على هدنة": announced and agreed the same day; not after "أن", which reports)."""
        if owner == me:
            return True
        verb = cands[owner]
        if verb.type != "statement" or cand.type == "statement" or not verb.end <= cand.start:
            return False
        if self.text.clause_of(verb.start) != self.text.clause_of(cand.start):
            return False
        return not any(self.token(i) in _COMPLEMENTIZERS for i in self.text.token_range((verb.end, cand.start)))

    def governing(self, cand: _Candidate, me: int, owners: dict[int, int],
                  cands: list[_Candidate]) -> tuple[list[Timex], str | None]:
        """The time expression(s) that date ``cand`` and how they were found.

        A time expression in a clause with another event's trigger closer to it belongs to that
        event and never dates this one (except a saying verb's, shared with its nominal object
        when the object has no date of its own).
        """
        sentence = self.sentence(cand.match.start)
        lo = bisect.bisect_left(self._timex_starts, sentence[0])
        hi = bisect.bisect_left(self._timex_starts, sentence[1])
        # "بعد أسبوع من هجوم": an offset measured from the event, not its date
        free = [t for i, t in enumerate(self.timexes[lo:hi], lo) if self.shares(cand, owners.get(i, me), me, cands)
                and not ((t.reading.kind == "duration" or t.type == "DURATION")
                         and self.article.text[t.end:cand.start].strip() == "من")]
        if cand.type == "statement":
            # what was said ("أن ..."، ": ...") does not date the saying
            stop = self.complement(cand)
            free = [t for t in free if t.start < stop]
        for level, span in (("clause", self.clause(cand.match.start)), ("sentence", self.sentence(cand.match.start))):
            inside = [t for t in free if span[0] <= t.start and t.end <= span[1]]
            own = [t for t in inside if owners.get(self._timex_index[id(t)], me) == me]
            inside = own or inside
            if inside:
                nearest = min(inside, key=lambda t: (max(t.start - cand.end, cand.start - t.end, 0), t.start))
                group = self.coordinated(inside, nearest)
                if len(group) == 1:
                    group = [self.refine(nearest, free, cand)]
                return group, level
        if self.has_anaphora(sentence):
            i = lo - 1
            while i >= 0 and self.timexes[i].end > sentence[0]:
                i -= 1
            if i >= 0:
                return [self.timexes[i]], "narrative"
        anchor = self.anchor(self.text.sentence_of(cand.match.start))
        if anchor is not None:
            return [anchor], "narrative"
        return [], None

    def first_token(self, k: int) -> int:
        """Index of the first token of sentence ``k`` (a sentence span starts at the space before it)."""
        return self.text.token_range(self.text.sentences[k]).start

    def opens_with(self, name: str, k: int) -> bool:
        """Whether sentence ``k`` starts with a cue of class ``name``."""
        first = self.first_token(k)
        return any(c.first == first for c in self.cues_from(name, first)[:3])

    def background(self, k: int) -> bool:
        """Sentence ``k`` is pluperfect background ("وكان الجيش قد أعلن"): its own reporting frame."""
        span = self.text.sentences[k]
        first = self.first_token(k)
        particles = self.text.lexicon.cue_words["pluperfect_particle"]
        for c in self.cues_from("pluperfect", first):
            if c.start >= span[1] or c.first > first + 1:
                break
            if any(self.token(i) in particles for i in range(c.last + 1, min(c.last + 8, len(self.text.tokens)))
                   if self.text.tokens[i].start < span[1]):
                return True
        return False

    def day_date(self, t: Timex) -> bool:
        """A past (or current) date of one day, the only kind a narrative carries on."""
        published = self.article.published
        dct = published.date() if isinstance(published, dt.datetime) else published
        return (t.latest - t.earliest) < dt.timedelta(days=2) and (dct is None or t.earliest.date() <= dct)

    def anchor(self, k: int) -> Timex | None:
        """The date in play for sentence ``k`` from the sentences before it.

        An elaboration ("وأضاف"، "وتابع") takes the date of the statement it continues, however
        far back; otherwise the last date of the previous three sentences,
        provided it is a past day and no background date (coarser, later, or of a pluperfect
        sentence) came in between. A pluperfect sentence takes its own date or none."""
        if self.background(k):
            return None
        lead = k
        while lead > 0 and self.opens_with("elaboration", lead):
            lead -= 1
        if lead < k:
            said = self.statement_date(lead)
            if said is not None:
                return said
        start = self.text.sentences[k][0]
        i = bisect.bisect_left(self._timex_starts, start) - 1
        while i >= 0:
            t = self.timexes[i]
            j = self.text.sentence_of(t.start)
            if j < min(k - NARRATIVE_SENTENCES, lead):
                return None
            if j == k:
                i -= 1
                continue
            # "يومي 10 و17": a pair of dates names no single day in play
            pair = [x for x in self.timexes[max(i - 1, 0):i + 2] if self.text.sentence_of(x.start) == j]
            if self.background(j) or not self.day_date(t) or len(self.coordinated(pair, t)) > 1:
                return None
            return t
        return None

    def statement_date(self, k: int) -> Timex | None:
        """The date of what sentence ``k`` says was said: its last day date before the reported
        content, or its first day date when the saying has none."""
        span = self.text.sentences[k]
        stop = span[1]
        for i in self.text.token_range(span):
            if self.token(i) in _COMPLEMENTIZERS:
                stop = self.text.tokens[i].start
                break
        lo = bisect.bisect_left(self._timex_starts, span[0])
        hi = bisect.bisect_left(self._timex_starts, span[1])
        dates = [t for t in self.timexes[lo:hi] if self.day_date(t)]
        before = [t for t in dates if t.start < stop]
        if before:
            return before[-1]
        return dates[0] if dates else None

    def refine(self, chosen: Timex, free: list[Timex], cand: _Candidate) -> Timex:
        """A narrower time expression of the same sentence that lies inside ``chosen``
        ("بعد 48 ساعة من توقيعه، في تمام الساعة 9:45 من مساء الاثنين")."""
        sentence = self.sentence(cand.start)
        lo, hi = chosen.earliest.date(), chosen.latest.date()
        inner = [t for t in free if sentence[0] <= t.start and t.end <= sentence[1] and t is not chosen
                 and lo <= t.earliest.date() and t.latest.date() <= hi
                 and (t.latest.date() - t.earliest.date()) < (hi - lo)]
        if not inner:
            return chosen
        return min(inner, key=lambda t: (abs(t.start - chosen.end), t.start))

    def complement(self, cand: _Candidate) -> int:
        """Offset where the reported content of a saying verb starts (end of sentence if none)."""
        sentence = self.sentence(cand.start)
        for i in self.text.token_range((cand.end, sentence[1])):
            if self.token(i) in ("ان", "بان", "انه", "انها", "بانه", "بانها"):
                return self.text.tokens[i].start
        colon = self.article.text.find(":", cand.end, sentence[1])
        return colon if colon >= 0 else sentence[1]

    def coordinated(self, inside: list[Timex], nearest: Timex) -> list[Timex]:
        group = [nearest]
        i = inside.index(nearest)
        for step in (-1, 1):
            j = i
            while 0 <= j + step < len(inside):
                a, b = (inside[j + step], inside[j]) if step < 0 else (inside[j], inside[j + step])
                gap = self.article.text[a.end:b.start] if b.start >= a.end else ""
                if not _COORDINATION_GAP.fullmatch(gap) or "day" not in (a.grain or "day") or a.grain != b.grain:
                    break
                group.append(inside[j + step])
                j += step
        group = sorted({(t.earliest, t.latest, t.start): t for t in group}.values(), key=lambda t: (t.earliest, t.start))
        return group

    def window(self) -> tuple[dt.date | None, dt.date | None, str | None]:
        published = self.article.published
        if published is None:
            return None, None, NO_DCT_WARNING
        day = published.date() if isinstance(published, dt.datetime) else published
        return day - dt.timedelta(days=self.window_days), day, UNDATED_WARNING.format(days=self.window_days)

    # -- events -----------------------------------------------------------------------
    def events(self) -> tuple[list[Event], list[Link]]:
        events: list[Event] = []
        placed: list[tuple[int, int, str]] = []  # (sentence, start, id)
        doc = self.article.id
        cands = self.candidates()
        owners = self.owners(cands)
        dating = [self.governing(cand, me, owners, cands) for me, cand in enumerate(cands)]
        truces = [(c, self.parties(c)) for c, (_, by) in zip(cands, dating, strict=True)
                  if c.type == "ceasefire" and by in ("clause", "sentence")]
        for cand, (timexes, dated_by) in zip(cands, dating, strict=True):
            if (cand.planned or cand.needs_date) and dated_by not in ("clause", "sentence"):
                continue  # announced for some later time, or a fact that only its date makes an event
            if cand.type == "ceasefire" and dated_by not in ("clause", "sentence") and self.refers_back(cand, truces):
                continue
            sentence = self.sentence(cand.match.start)
            dates: list[tuple[Any, Any, tuple[tuple[int, int], ...]]]
            warnings: tuple[str, ...] = ()
            if timexes:
                dates = [(t.earliest.date(), t.latest.date(), ((t.start, t.end),)) for t in timexes]
            else:
                lo, hi, warning = self.window()
                dates = [(lo, hi, ())]
                dated_by = "dct" if lo is not None else None
                warnings = (warning,) if warning else ()
            if cand.planned:
                warnings += (PLANNED_WARNING,)
            actors = _actors(cand)
            groups = [actors]
            if cand.separate:
                agent = [a for a in actors if a.role == "agent"]
                others = [a for a in actors if a.role != "agent"]
                if agent and len(others) >= 2:
                    groups = [tuple(agent) + (o,) for o in others]
            conf = round(cand.confidence * _DATING_FACTOR[dated_by], 3)
            k = 0
            for lo, hi, spans in dates:
                mention = Mention(doc=doc, start=cand.start, end=cand.end,
                                  text=self.article.text[cand.start:cand.end], context=sentence,
                                  timexes=spans, dated_by=dated_by)
                for parts in groups:
                    eid = f"{doc}:{cand.start}" if k == 0 else f"{doc}:{cand.start}#{k}"
                    k += 1
                    events.append(Event(id=eid, type=cand.type, subtype=cand.subtype, earliest=lo, latest=hi,
                                        participants=parts, place=cand.place, mentions=(mention,),
                                        confidence=conf, warnings=warnings))
                    placed.append((self.text.sentence_of(cand.start), cand.start, eid))
        return events, self.links(placed)

    # -- textual temporal links -------------------------------------------------------
    def links(self, placed: list[tuple[int, int, str]]) -> list[Link]:
        by_sentence: dict[int, list[tuple[int, str]]] = {}
        for s, start, eid in placed:
            by_sentence.setdefault(s, []).append((start, eid))
        out: list[Link] = []
        used: set[int] = set()  # tokens of cues already read

        def cue_mention(c: Match) -> Mention:
            return Mention(self.article.id, c.start, c.end, self.article.text[c.start:c.end],
                           context=self.sentence(c.start))

        def before_cue(s: int, c: Match) -> list[str]:
            own = [e for start, e in by_sentence.get(s, ()) if start < c.start]
            if own:
                return own[-1:]
            prev = by_sentence.get(s - 1, [])
            return [prev[-1][1]] if prev else []

        def after_cue(s: int, c: Match) -> list[str]:
            own = [e for start, e in by_sentence.get(s, ()) if start >= c.end]
            return own[:1]

        rules = (("after_previous", "after_first"), ("earlier_than_previous", "after_first"),
                 ("later_than_previous", "before_first"), ("after_next", "after_first"),
                 ("before_next", "before_first"))
        for name, direction in rules:
            for c in self.cues(name):
                if any(i in used for i in range(c.first, c.last + 1)):
                    continue
                if name == "before_next" and self.token(c.first - 1) == "من":
                    continue  # "من قبل": the passive agent, not time
                s = self.text.sentence_of(c.start)
                if name in ("after_next", "before_next"):
                    xs = [e for start, e in by_sentence.get(s, ()) if start < c.start][-1:]
                else:
                    xs = before_cue(s, c)
                ys = after_cue(s, c)
                if not xs or not ys or xs[0] == ys[0]:
                    continue
                used.update(range(c.first, c.last + 1))
                x, y = xs[0], ys[0]
                first, second = (y, x) if direction == "after_first" else (x, y)
                out.append(Link(first, second, cue_mention(c)))
        return out


def _overlap(a: Timex, b: Timex) -> bool:
    return a.earliest.date() <= b.latest.date() and b.earliest.date() <= a.latest.date()


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in spans)


def _actors(cand: _Candidate) -> tuple[Actor, ...]:
    """Actors with roles: the speaker is the agent; in a contact the first named is the agent
    and the others counterparts; in a strike, capture or ceasefire who comes before the
    trigger acts and who comes after undergoes."""
    speakers = {id(a) for a in cand.speaker}
    seen: dict[str, Actor] = {}
    for a in cand.actors:
        if id(a) in speakers:
            role = "agent"
        elif cand.type in _CONTACT_TYPES:
            role = "counterpart" if (seen or speakers or a.counterpart) else "agent"
        elif cand.type in _CONTENT_TYPES:
            role = "agent" if a.start < cand.start else "patient"
        else:
            role = None
        if a.key not in seen:
            seen[a.key] = a.actor(role)
    return tuple(seen.values())


def extract_article(article: Article, timexes: Sequence[Timex], document: Document | None = None, *,
                    window_days: int = WINDOW_DAYS) -> tuple[list[Event], list[Link]]:
    """Events of one article plus the textual temporal links between them.

    ``document`` is the article's analysed text (:func:`timeline.document.analyse`), shared
    with the other stages; it is computed here when not given."""
    if document is not None and document.text != article.text:
        raise ValueError(f"article {article.id!r}: the document is not the analysis of its text")
    return _Extractor(article, timexes, window_days, document).events()


def extract_events(article: Article, timexes: Sequence[Timex], *, window_days: int = WINDOW_DAYS) -> list[Event]:
    """Single-mention events of ``article``, dated from ``timexes``.

    Ids are provisional, ``f"{article.id}:{start}"`` (start = the mention's offset); when one
    mention yields several events (coordinated dates, separate contacts) the later ones get
    ``#1``, ``#2``...  Undated events reported in the past get the window
    ``[published - window_days, published]`` and a warning.
    """
    return extract_article(article, timexes, window_days=window_days)[0]
