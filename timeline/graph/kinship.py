"""Reports of one happening that extraction types differently across outlets (data:
``timeline/lexicon/events/identity.json``, key ``kin``).

One outlet writes "اتفاق سوتشي الموقع" (an agreement signed, type ``other``), another "مذكرة
سوتشي التي وقّعها بوتين وأردوغان" in a paragraph about a truce (a ceasefire signed).  A kin
group names such types (with the subtypes or phases a report must have to belong); two reports
of different types that belong to one group are compared and merged as reports of the group's
merged type (:func:`as_kin`), so every identity rule applies to them as to two reports of that
type.  Blocking and the partitioned groups of :mod:`timeline.distributed` treat a group's types
as one (:func:`block_type`), so such pairs still meet.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..arabic import fold
from ..events.inflection import ARTICLE as ARTICLE_PREFIX
from ..events.inflection import read_data
from ..events.predicates import act_verbs
from ..model import Event


@attrs.frozen
class Member:
    """Reports of ``type`` (with one of ``subtypes`` / ``phases`` when given) belong to a group."""

    type: str
    subtypes: frozenset[str] | None = None
    phases: frozenset[str] | None = None

    def holds(self, event: Event) -> bool:
        return event.type == self.type and (self.subtypes is None or event.subtype in self.subtypes) \
            and (self.phases is None or event.phase in self.phases)


@attrs.frozen
class Kin:
    """A kin group; ``in_article``: one writer's two types are one happening too (an arrival
    told beside the visit it opens), not only two outlets'."""

    merged: str
    members: tuple[Member, ...]
    in_article: bool = False

    def holds(self, event: Event) -> bool:
        return any(m.holds(event) for m in self.members)


def load_kin(data: Mapping[str, Any]) -> tuple[Kin, ...]:
    """The kin groups of an identity data file (as parsed)."""
    return tuple(Kin(g["merged"], tuple(Member(m["type"], _set(m.get("subtypes")), _set(m.get("phases")))
                                        for m in g["members"]), bool(g.get("in_article", False)))
                 for g in data["kin"])


def _set(values: list[str] | None) -> frozenset[str] | None:
    return None if values is None else frozenset(values)


#: The package's kin groups.
_IDENTITY = read_data("identity.json")
KIN = load_kin(_IDENTITY)


def _families(groups: tuple[Kin, ...]) -> dict[str, str]:
    """Type -> the key of the types it may be compared with (the first in order of the
    union of every group it shares with others)."""
    family: dict[str, set[str]] = {}
    for g in groups:
        kinds = {m.type for m in g.members} | {g.merged}
        for k in list(kinds):
            kinds |= family.get(k, set())
        for k in kinds:
            family[k] = kinds
    return {k: min(v) for k, v in family.items()}


_BLOCK = _families(KIN)


def block_type(kind: str) -> str:
    """The type under which events of ``kind`` are blocked (kin types share one)."""
    return _BLOCK.get(kind, kind)


def kin_type(a: Event, b: Event, same_doc: bool = False) -> str | None:
    """The type two reports of different types are compared as, when one kin group holds both
    (inside one article, a group that says so: ``in_article``)."""
    if a.type == b.type:
        return a.type
    for g in KIN:
        if g.holds(a) and g.holds(b) and (g.in_article or not same_doc):
            return g.merged
    return None


def as_kin(event: Event, kind: str) -> Event:
    """``event`` read as a report of ``kind`` (its subtype dropped when the type changes)."""
    return event if event.type == kind else attrs.evolve(event, type=kind, subtype=None)


def kin_views(event: Event) -> tuple[Event, ...]:
    """``event`` and its readings as each kin type it may merge as (for blocking's tokens)."""
    return (event, *(as_kin(event, g.merged) for g in KIN if g.merged != event.type and g.holds(event)))


# -- kinship of subtypes inside one type ---------------------------------------------------

def load_wording(data: Mapping[str, Any]) -> dict[str, tuple[frozenset[str], ...]]:
    """Per type, the groups of subtypes that are one act's wording (key ``wording``)."""
    groups: dict[str, list[frozenset[str]]] = {}
    for g in data.get("wording", ()):
        groups.setdefault(g["type"], []).append(frozenset(g["subtypes"]))
    return {k: tuple(v) for k, v in groups.items()}


def load_decisions(data: Mapping[str, Any]) -> dict[tuple[str, str], frozenset[str]]:
    """(type, decision subtype) -> the subtypes of the acts it decides (key ``decisions``)."""
    return {(g["type"], g["decision"]): frozenset(g["acts"]) for g in data.get("decisions", ())}


#: The conjunction a mention's verb may carry (read off by act_verbs).
CONJUNCTION = "\u0648"


def load_act_subtypes(data: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    """A fallback act's verb (folded, without و/ف, as :func:`timeline.events.predicates.act_verbs`
    gives it) -> the named subtypes it reports (key ``act_subtypes``: "أوقفت" an arrest)."""
    out: dict[str, set[str]] = {}
    for subtype, verbs in data.get("act_subtypes", {}).items():
        if subtype.startswith("_"):
            continue
        # a form as written and after a conjunction: act_verbs reads one و/ف off a mention
        # ("ووافقت" -> "وافقت"), so a verb whose own first letter is و is keyed both ways
        for verb in act_verbs([*verbs, *(CONJUNCTION + v for v in verbs)]):
            out.setdefault(verb, set()).add(subtype)
    return {k: frozenset(v) for k, v in out.items()}


def load_unscoped(data: Mapping[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
    """The types whose reports naming nobody, placed nowhere, may find their event by act and
    day, and the acts given many at once that may not (key ``unscoped``)."""
    group = data.get("unscoped", {})
    return frozenset(group.get("types", ())), frozenset(group.get("batch_subtypes", ()))


#: The package's wording groups, decisions and fallback verbs of named acts.
WORDING = load_wording(_IDENTITY)
DECISIONS = load_decisions(_IDENTITY)
ACT_SUBTYPES = load_act_subtypes(_IDENTITY)
UNSCOPED_TYPES, BATCH_SUBTYPES = load_unscoped(_IDENTITY)


def one_wording(kind: str, x: str | None, y: str | None) -> bool:
    """Whether subtypes ``x`` and ``y`` of ``kind`` are one act's wording (one group holds both)."""
    return any(x in g and y in g for g in WORDING.get(kind, ()))


def decided(a: Event, b: Event) -> tuple[Event, Event]:
    """``a`` and ``b``, a decision beside the act it decides read as a report of that act
    (its subtype, and its phase when the decision names none); any other pair unchanged."""
    if a.type != b.type or a.subtype == b.subtype:
        return a, b
    for d, act in ((a, b), (b, a)):
        if act.subtype in DECISIONS.get((d.type, d.subtype), ()):
            view = attrs.evolve(d, subtype=act.subtype, phase=d.phase or act.phase)
            return (view, b) if d is a else (a, view)
    return a, b


# -- acts fixed by place and day; stages of one happening ----------------------------------

def load_place_fixed(data: Mapping[str, Any], one_person: bool = False) -> frozenset[tuple[str, str | None]]:
    """``(type, subtype or None for any)`` of acts one place and day identify (key
    ``place_fixed``); with ``one_person``, those of them that befall one person (a death)."""
    return frozenset((g["type"], g.get("subtype")) for g in data.get("place_fixed", ())
                     if not one_person or g.get("one_person", False))


def load_sequences(data: Mapping[str, Any]) -> dict[str, tuple[dict[str, int], ...]]:
    """Per type, each sequence of stages (key ``sequences``) as subtype -> stage index."""
    out: dict[str, list[dict[str, int]]] = {}
    for g in data.get("sequences", ()):
        out.setdefault(g["type"], []).append({s: i for i, stage in enumerate(g["stages"]) for s in stage})
    return {k: tuple(v) for k, v in out.items()}


#: The package's place-fixed acts and sequences of stages.
PLACE_FIXED = load_place_fixed(_IDENTITY)
ONE_PERSON = load_place_fixed(_IDENTITY, one_person=True)
SEQUENCES = load_sequences(_IDENTITY)


def one_person(event: Event) -> bool:
    """Whether ``event`` is an act that befalls one person (:data:`ONE_PERSON`: a death)."""
    return bool({(event.type, None), (event.type, event.subtype)} & ONE_PERSON)


#: Rank words of a state body's name ("العليا"، "الوطنية"، "المستقلة"; key ``body_ranks``),
#: folded: outlets keep or drop them, so they never tell two bodies apart.
BODY_RANKS = frozenset(fold(w) for w in _IDENTITY.get("body_ranks", ()))

#: ``(type, subtype)`` of acts whose chosen one is the agent in one wording and the patient in
#: another (key ``either_role``: "فاز X" / "انتخب البرلمان X"): no role swap tells two apart.
EITHER_ROLE = frozenset((e["type"], s) for e in _IDENTITY.get("either_role", ()) for s in e["subtypes"])


def either_role(event: Event) -> bool:
    """Whether ``event``'s chosen one may be its agent or its patient (:data:`EITHER_ROLE`)."""
    return (event.type, event.subtype) in EITHER_ROLE


#: Words outlets write for one another in a title or a body's name (key ``name_synonyms``),
#: folded and without the article: each -> the first of its group ("استخبارات" -> "مخابرات").
NAME_SYNONYMS = {fold(w): fold(group[0]) for group in _IDENTITY.get("name_synonyms", ()) for w in group[1:]}


def load_spellings(data: Mapping[str, Any]) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...],
                                                     frozenset[str], int]:
    """Letter replacements, final replacements, the long vowels an outlet writes or leaves out,
    and the least letters (those aside) of a word whose inner long vowels are dropped (key
    ``name_spellings``), folded."""
    group = data.get("name_spellings", {})

    def pairs(key: str) -> tuple[tuple[str, str], ...]:
        return tuple((fold(a), fold(b)) for a, b in group.get(key, ()))

    return (pairs("letters"), pairs("final"), frozenset(fold(v) for v in group.get("vowels", ())),
            int(group.get("vowels_from", 10**6)))


#: How an unlisted name's word is spelled alike across outlets (:func:`spelling`).
SPELLING_LETTERS, SPELLING_FINALS, LONG_VOWELS, SPELLING_VOWELS_FROM = load_spellings(_IDENTITY)


def spelling(word: str) -> str:
    """One form of a transliterated name's word however an outlet spells it ("ماتشادو" and
    "ماشادو"، "تالاغران" and "تالاجران"، "إريكسون" and "إريكسن"): letters and finals replaced
    (``name_spellings``), and in a word without the article with at least ``vowels_from``
    letters besides its long vowels, the inner long vowels dropped."""
    if word.startswith(ARTICLE_PREFIX):
        return word
    for written, kept in SPELLING_LETTERS:
        word = word.replace(written, kept)
    for written, kept in SPELLING_FINALS:
        if word.endswith(written) and len(word) > len(written) + 1:
            word = word[:len(word) - len(written)] + kept
    inner = [c for c in word[1:-1] if c not in LONG_VOWELS]
    if len(inner) + 2 >= SPELLING_VOWELS_FROM:
        word = word[0] + "".join(inner) + word[-1]
    return word


def stage_before(kind: str, x: str | None, y: str | None) -> bool:
    """Whether an act of subtype ``x`` comes before one of subtype ``y`` in a sequence of ``kind``."""
    return any(x in s and y in s and s[x] < s[y] for s in SEQUENCES.get(kind, ()))


def staged(event: Event) -> bool:
    """Whether ``event``'s subtype is a stage of some sequence."""
    return any(event.subtype in s for s in SEQUENCES.get(event.type, ()))
