"""Party rules of the identity decision: whether two reports' participants let them be one event.

:class:`PartyRules` is the part of :class:`timeline.graph.identity.Identity` that compares who
takes part (named actors, offices, speakers, agents, the generic "الطرفان" and reports naming
nobody); the rules themselves are listed in :mod:`timeline.graph.identity`'s docstring.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from ..arabic import fold
from ..events.inflection import ARTICLE, read_data
from ..events.lexicon import LEXICON
from ..model import Actor, Event
from .kinship import one_person
from .matching import Matching
from .reports import (
    AGENT_APART,
    BATCH_SUBTYPES,
    CONTACT_TYPES,
    PERSONAL_TYPES,
    SCOPE_ENOUGH,
    WEAK_ENOUGH,
    is_generic,
    name_words,
    place_fixed,
    theatres,
    weak,
)


@attrs.frozen
class PartyRules(Matching):
    """Who takes part: the participant half of the compatibility decision."""

    def parties_meet(self, a: Event, b: Event, same_doc: bool, year: int | None) -> bool:
        if self.named_meet(a, b, same_doc, year):
            return True
        # across articles an unresolved body ("~الجيش_السيطره"، "~القصر_الجمهوري") is an unknown
        # party: such a report is compared as one naming nobody
        return not same_doc and (self.unknown_party(a, b, year) or self.unknown_party(b, a, year)) \
            and self.nameless_meet(a, b, same_doc)

    def named_meet(self, a: Event, b: Event, same_doc: bool, year: int | None) -> bool:
        na, nb = self.named(a), self.named(b)
        if same_doc and self.agents_apart(a, b, year):
            return False
        if a.type == "statement" and self.speakers_apart(a, b, year, same_doc):
            return False
        ga = any(is_generic(x) for x in a.participants)
        gb = any(is_generic(x) for x in b.participants)
        if not na or not nb:
            # the side naming nobody (or both) says "the parties"
            if ((ga and gb) if not (na or nb) else (gb if na else ga)) and not (weak(a) or weak(b)):
                # "الطرفان" stands for the named parties of its theatre
                return same_doc or self.same_theatre(a, b)
            return self.nameless_meet(a, b, same_doc)
        if a.type in CONTACT_TYPES and len(na) > 1 and len(nb) > 1:
            # a contact is fixed by who talks to whom, not by one shared side
            return self.covers(na, nb, year, same_doc) or self.covers(nb, na, year, same_doc)
        sa, sb = (na, nb) if same_doc or a.type != "statement" or theatres(a) == theatres(b) else (
            _stated(na), _stated(nb))
        if self.shared(sa, sb, year, same_doc) > 0 or self.bare_body(a, b) or self.bare_body(b, a):
            return True  # a shared actor; or "مجلس النواب" in Libya's news, "مجلس النواب الليبى"
        oa, ob = self.in_office(a), self.in_office(b)
        if sa is not na:
            oa, ob = _stated(oa), _stated(ob)
        if self.shared(oa, ob, year, same_doc) > 0:
            return True  # "وقال الملك" in an article on Morocco, "الملك محمد السادس" in another
        if a.type != "statement" and self.heads_body(a, b, year):
            return True  # "أدى رئيس الحكومة ... اليمين" / "أدت حكومة الشاهد اليمين"
        if a.type not in CONTACT_TYPES and self.body_alias(a, b):
            return True  # "اللجنة العليا للانتخابات والاستفتاء" / "لجنة الانتخابات": one body
        if same_doc and self.own_body(a, b, year):
            return True  # "أدانت مصر ... وأعربت وزارة الخارجية في بيان": one state's statement
        if not same_doc and (self.voice_of(a, b) or self.voice_of(b, a)):
            return True  # "وقال الناطق الرسمي" / "وقالت وزارة الخارجية الجزائرية في بيان"
        if not same_doc and (self.given_to(a, b) or self.given_to(b, a)):
            return True  # "منحت لجنة نوبل النرويجية" / "فازت نرجس محمدي"
        if place_fixed(a) and place_fixed(b) and self.same_scope(a, b):
            # reports of one truce or clash differ in which parties they name; a death is one
            # person's, whoever else is named (a hospital, the court announcing it)
            return not self.persons_apart(a, b, year, same_doc)
        # one report names the army, another the ministry or the country: the same side acted
        # (contacts and statements keep their exact speakers)
        return a.type not in PERSONAL_TYPES and any(
            self.state_match(x, y, year) for x in na for y in nb)

    def persons_apart(self, a: Event, b: Event, year: int | None, same_doc: bool) -> bool:
        """Two reports of an act that befalls one person (:data:`ONE_PERSON`: a death) each
        name persons, and none of them is in both: two people's."""
        if not one_person(a):
            return False
        pa = [x for x in self.named(a) if x.kind == "person"]
        pb = [x for x in self.named(b) if x.kind == "person"]
        return bool(pa and pb) and self.shared(pa, pb, year, same_doc) == 0

    def speakers_apart(self, a: Event, b: Event, year: int | None, same_doc: bool) -> bool:
        """Two statements each name persons (or listed bodies) who speak, and none of them is (or
        speaks for) one of the other's: two speakers, even of one side (Peskov and Zakharova on one day),
        whatever else the two share (a merged event carries its members' speakers, and a state
        that one report names)."""
        # an office named bare ("وقال الملك") is that office of its article's one state; a listed
        # body speaks as a person does ("الكرملين" for its spokesman, "الخارجية الروسية" for
        # hers); a state, or a body no list names, is too vague to part two statements
        # (a spokesman named by no name may speak for any of them: :meth:`voice_of`)
        # across articles, an office no listed person holds ("وقال الرئيس الكيني") may be the
        # holder another outlet names by a name no list holds (:meth:`voice_of`)
        pa, pb = ([x for x in self.in_office(e) if x.role in (None, "speaker") and not unnamed_spokesman(x) and (
            same_doc or not holderless_office(x)) and (
            x.kind == "person" or (x.kind == "organization" and "~" not in x.key))] for e in (a, b))
        return bool(pa and pb) and self.shared(pa, pb, year, same_doc) == 0

    def voice_of(self, voice: Event, other: Event) -> bool:
        """Across articles, a statement whose speakers are unnamed spokesmen (:func:`voice_only`)
        beside a statement of its theatre that names its speaker: it may be that speaker's
        (merging takes it only where one statement alone fits)."""
        if not (voice_only(voice) and other.type == "statement" and not voice_only(other)):
            return False
        named = self.named(other)
        if any(unnamed_official(a) or holderless_office(a) for a in voice.participants):
            # an office's holder is a person: not the government or the body he heads
            named = [a for a in named if a.kind == "person"]
        if any(_outgoing(a) for a in voice.participants) and len(theatres(voice)) != 1:
            return False  # the outgoing holder: its article's one state's (two states: neither's)
        offices = [a for a in voice.participants if holderless_office(a)]
        if offices:
            # an office of a state no listed person holds: its holder is a person no list holds
            # either ("~كينياتا"), speaking in that state's news
            named = [a for a in named if _unlisted_name(a)]
            return bool(named) and all(self.inside(a.key.partition(":")[0], theatres(other)) for a in offices)
        return bool(named) and self.same_theatre(voice, other)

    def given_to(self, giver: Event, other: Event) -> bool:
        """Across articles, a prize's report naming only the bodies that give it
        (:func:`giver_only`) beside one naming its winner and no giver of its own: the giver in one
        outlet, the winner in another (merging takes it only where one prize alone fits)."""
        return giver_only(giver) and other.subtype == giver.subtype and bool(self.named(other)) \
            and not any(x.kind == "organization" and x.role == "agent" for x in self.named(other))

    def kin_placed(self, a: Event, b: Event) -> bool:
        """A contact read from another type (an arrival as the visit it opens) placed in one report
        only: the place lies in a state the other report's theatre or parties name, the visitor's
        own aside (Putin's arrival in Abu Dhabi is not his visit to Riyadh that day, nor his
        arrival home)."""
        if (a.place is None) == (b.place is None):
            return True
        placed, other = (a, b) if a.place is not None else (b, a)
        own = {k for e in (a, b) for k in self.states(_agents(e))}
        keys = (set(theatres(other)) | set(self.states(other))) - own
        return not keys or self.inside(placed.place, keys)

    def same_dead(self, a: Event, b: Event) -> bool:
        """Both reports of a death name a person who is no agent (not a killer), one in both."""
        pa, pb = ([x for x in self.named(e) if x.kind == "person" and x.role != "agent"] for e in (a, b))
        return self.shared(pa, pb, pair_year(a, b)) > 0

    def agents_apart(self, a: Event, b: Event, year: int | None) -> bool:
        """Two acts of one article told apart by who acts (:data:`AGENT_APART`): each names
        agents, and no agent of one is, or acts for the state of, an agent of the other."""
        if a.type not in AGENT_APART or place_fixed(a) or place_fixed(b):
            return False
        aa = [x for x in self.named(a) if x.role == "agent"]
        ab = [x for x in self.named(b) if x.role == "agent"]
        return bool(aa and ab) and self.shared(aa, ab, year, True) == 0 \
            and not any(self.state_match(x, y, year) for x in aa for y in ab)

    def nameless_meet(self, a: Event, b: Event, same_doc: bool) -> bool:
        """One report (at least) names nobody: its article's own reports, or the same place."""
        if same_doc:
            return not self.sites_apart(a, b)
        if a.type in PERSONAL_TYPES:
            return False
        if a.place is not None and b.place is not None:
            # one place, or a place inside a region below the state (not "in Yemen")
            outer = b.place if self.lexicon.place_within(a.place, b.place) else a.place
            return a.place == b.place or self.lexicon.place_parent.get(outer) is not None
        # for a rare type, a report naming nobody may still be the only fitting event
        return a.type in WEAK_ENOUGH or (a.type in SCOPE_ENOUGH and self.same_scope(a, b))


def _agents(event: Event) -> Event:
    return attrs.evolve(event, participants=tuple(x for x in event.participants if x.role == "agent"))


def _stated(actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """``actors`` but a body no list names and no state's nisba qualifies ("~وزاره_الخارجيه"):
    across articles on other states, two statements of "وزارة الخارجية" are as likely two
    states' ministries (Saudi Arabia's, Egypt's and Qatar's condemnations of one attack)."""
    return tuple(x for x in actors if not (x.key.startswith("~") and x.kind != "person"))


def pair_year(a: Event, b: Event) -> int | None:
    """The year of the later of two events' days, if either has one (what names mean then)."""
    days = [e.earliest or e.latest for e in (a, b) if (e.earliest or e.latest) is not None]
    return max(days).year if days else None


def _spokesman_words(data: Mapping) -> tuple[frozenset[str], frozenset[str]]:
    """Folded words that name a spokesman, and the words that may follow them in a key that
    names no one and speaks for no one named (``identity.json`` key ``unnamed_spokesmen``)."""
    group = data.get("unnamed_spokesmen", {})
    return (frozenset(fold(w) for w in group.get("words", ())),
            frozenset(fold(w) for w in group.get("qualifiers", ())))


def _official_words(data: Mapping) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Folded office words, the words that may follow them in a key naming an office of no
    state and no holder, and those of them that name it only in an article on one state
    (``identity.json`` key ``unnamed_officials``)."""
    group = data.get("unnamed_officials", {})
    return (frozenset(fold(w) for w in group.get("words", ())),
            frozenset(fold(w) for w in group.get("qualifiers", ())),
            frozenset(fold(w) for w in group.get("one_state_qualifiers", ())))


SPOKESMAN_WORDS, SPOKESMAN_QUALIFIERS = _spokesman_words(read_data("identity.json"))
OFFICIAL_WORDS, OFFICIAL_QUALIFIERS, ONE_STATE_QUALIFIERS = _official_words(read_data("identity.json"))


def unnamed_spokesman(actor: Actor) -> bool:
    """A speaker named only as a spokesman, of no one and with no name ("~الناطق_الرسمي"): a
    spokesman word, then qualifiers only ("~المتحدث_باسم_التحالف" speaks for the coalition);
    or only by an office of no state ("~الرييسه_المنتخبه"، "~رييسه_الوزراء"): its holder, whom
    another outlet names, is as unknown here as a spokesman's name."""
    if not actor.key.startswith("~") or is_generic(actor):
        return False
    words = actor.key[1:].split("_")
    head = words[0].removeprefix(ARTICLE)
    if head in SPOKESMAN_WORDS:
        return all(w in SPOKESMAN_QUALIFIERS for w in words[1:])
    return unnamed_official(actor)


#: Offices (``state:office``) that some person the lexicon lists holds in some year.
HELD_OFFICES = frozenset(role for roles in LEXICON.roles.values() for role, _, _ in roles)
#: The offices ``actors.json`` names for every state, each held by one person ("president").
OFFICES = frozenset(o["office"] for o in read_data("actors.json")["offices"]) - {"counterpart"}


def holderless_office(actor: Actor) -> bool:
    """A speaker named only by an office of a state that no person the lexicon lists ever holds
    ("sri_lanka:president"، "kenya:president"), with no more words than the office's name (no
    holder named beside it): its holder, whom another outlet names by a name no list holds
    ("~كينياتا"), is unknown here, as a spokesman's name is."""
    state, sep, office = actor.key.partition(":")
    if not sep or office not in OFFICES or actor.kind != "person" or actor.key in HELD_OFFICES:
        return False
    listed = LEXICON.names.get(actor.key)
    return listed is not None and len(fold(actor.name).split()) <= len(listed.split())


def unnamed_official(actor: Actor) -> bool:
    """A speaker named only by an office of no state and no holder ("~الرييسه_المنتخبه"): an
    office word, then qualifiers only (``identity.json`` key ``unnamed_officials``)."""
    if not actor.key.startswith("~") or is_generic(actor):
        return False
    words = actor.key[1:].split("_")
    return words[0].removeprefix(ARTICLE) in OFFICIAL_WORDS and all(w in OFFICIAL_QUALIFIERS for w in words[1:])


def _unlisted_name(actor: Actor) -> bool:
    """An unlisted person's key that ends in a name, not in a definite word ("~كينياتا"،
    "~اوهورو_كينياتا"; not "~الرييس_المنتهيه" nor "~وزير_الخارجيه_المنتهيه": offices)."""
    words = name_words(actor.key)
    return bool(words) and not words[-1].startswith(ARTICLE)


def _outgoing(actor: Actor) -> bool:
    """An unnamed office with a qualifier that names it only in an article on one state
    ("~رييس_الوزراء_المنتهيه": the outgoing prime minister)."""
    return unnamed_official(actor) and not ONE_STATE_QUALIFIERS.isdisjoint(actor.key[1:].split("_"))


def voice_only(event: Event) -> bool:
    """A statement whose speakers are all unnamed spokesmen (:func:`unnamed_spokesman`) or offices
    no listed person holds (:func:`holderless_office`): which of its theatre's statements of the
    day it tells is a guess."""
    named = [a for a in event.participants if not is_generic(a)]
    return event.type == "statement" and bool(named) and all(
        unnamed_spokesman(a) or holderless_office(a) for a in named)


def giver_only(event: Event) -> bool:
    """A prize (:data:`BATCH_SUBTYPES`) whose report names only bodies that give it ("منحت
    الأكاديمية النرويجية ... جائزة آبل"، the winner unread): which of that day's prizes it tells
    is a guess."""
    named = [a for a in event.participants if not is_generic(a)]
    return event.subtype in BATCH_SUBTYPES and bool(named) and all(
        a.kind == "organization" and a.role == "agent" for a in named)
