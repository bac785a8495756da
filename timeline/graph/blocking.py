"""Blocking for merging: which clusters a report is compared with.  Date buckets over what a
report may reach (:func:`reach_days`), and index tokens (:func:`tokens`) such that any two
compatible reports share one: filed by one, probed by the other."""

from __future__ import annotations

from ..model import Event
from .body_keys import body_head
from .identity import (
    LAG,
    LAG_TYPES,
    SCOPE_ENOUGH,
    UNDATED_REACH_DAYS,
    UNSCOPED_TYPES,
    WEAK_ENOUGH,
    Facts,
    Identity,
    act_named,
    is_generic,
    place_fixed,
    theatres,
    unscoped,
    weak,
)
from .kinship import kin_views, one_person
from .matching import SEATS, unresolved_only
from .parties import giver_only, voice_only
from .reports import alias_tokens, title_tokens

#: Days per fine bucket, and the longest interval still filed in fine buckets.
BUCKET_DAYS = 7
SHORT_DAYS = 62
#: Days per coarse bucket (for long intervals) and the longest interval filed there.
COARSE_DAYS = 366
LONG_DAYS = 366 * 6


def reach_days(event: Event, facts: Facts) -> tuple[int, int] | None:
    """First and last day (ordinals) of what ``event`` may be compared with."""
    if event.latest is None:
        return None
    hi = event.latest.toordinal()
    if event.earliest is None:
        return hi - UNDATED_REACH_DAYS, hi
    # a death of a named person meets the reports of the day after (identity's ``same_dead``)
    lag = (facts.deictic and event.type in LAG_TYPES) or one_person(event)
    return event.earliest.toordinal() - (LAG.days if lag else 0), hi


def buckets(span: tuple[int, int] | None) -> list[tuple]:
    if span is None:
        return [("none",)]
    lo, hi = span
    if hi - lo <= SHORT_DAYS:
        return [("fine", n) for n in range(lo // BUCKET_DAYS, hi // BUCKET_DAYS + 1)]
    if hi - lo <= LONG_DAYS:
        return [("coarse", n) for n in range(lo // COARSE_DAYS, hi // COARSE_DAYS + 1)]
    return [("huge",)]


def probes(span: tuple[int, int] | None) -> list[tuple]:
    """Buckets that may hold a cluster overlapping ``span``."""
    if span is None:
        return []
    lo, hi = span
    keys: list[tuple] = [("coarse", n) for n in range(lo // COARSE_DAYS, hi // COARSE_DAYS + 1)]
    keys.append(("huge",))
    if hi - lo <= LONG_DAYS:
        keys += [("fine", n) for n in range(lo // BUCKET_DAYS, hi // BUCKET_DAYS + 1)]
    else:
        keys.append(("fine", "*"))
    return keys


def _ancestors(place: str, matcher: Identity) -> list[str]:
    out, seen = [], {place}
    while (parent := matcher.lexicon.place_parent.get(place)) is not None and parent not in seen:
        seen.add(parent)
        out.append(parent)
        place = parent
    return out


def tokens(event: Event, facts: Facts, matcher: Identity) -> tuple[set[str], set[str]]:
    """Index tokens ``(filed, probed)`` of ``event`` and of its readings as a kin type (an
    agreement signed read as a ceasefire signed: :mod:`timeline.graph.kinship`), so that it meets
    what identity may join it with under either reading (see :func:`type_tokens`)."""
    filed, probed = type_tokens(event, facts, matcher)
    for view in kin_views(event)[1:]:
        more = type_tokens(view, facts, matcher)
        filed, probed = filed | more[0], probed | more[1]
    return filed, probed


def type_tokens(event: Event, facts: Facts, matcher: Identity) -> tuple[set[str], set[str]]:
    """Index tokens ``(filed, probed)`` of ``event`` as its own type (:func:`party_tokens`),
    and ``^subtype`` per named act of an ``other`` report (:data:`UNSCOPED_TYPES`): filed by
    each, probed by a report naming nobody (identity's ``unscoped_meet`` and ``loose_meet``:
    placed nowhere, or beside a report naming only persons no list places), which may have no
    other token to meet it by; such a report is also filed under ``^-subtype``, which every
    other report of its type probes."""
    filed, probed = party_tokens(event, facts, matcher)
    if event.type in UNSCOPED_TYPES:
        named = act_named(event, facts)
        acts = {"^" + s for s in named}
        if unscoped(event) or weak(event):
            # filed under "^-" too, for a report naming nobody elsewhere that comes first in
            # merging's order
            return filed | acts | {"^-" + s for s in named}, probed | acts
        if giver_only(event):
            # a prize's giver alone: any report of that prize (identity's ``given_to``)
            return filed | acts, probed | acts | {"^-" + s for s in named}
        return filed | acts, probed | {"^-" + s for s in named}
    return filed, probed


def party_tokens(event: Event, facts: Facts, matcher: Identity) -> tuple[set[str], set[str]]:
    """Index tokens ``(filed, probed)`` such that two compatible events always meet: one
    probes a token the other's cluster is filed under.

    Filed: actor keys with their offices and states; ``@=place`` and ``@<region`` for each
    region the place lies in; ``#key`` per theatre key, the place and its regions; ``doc:id``
    per article; ``*`` for the types a report naming nobody may meet anywhere.  A cluster
    naming nobody is also filed under the same tokens marked ``-`` (``-@=``, ``-#``,
    ``-doc:``), one saying only "the parties" under ``g#key``.
    Probed: a report naming someone its actor tokens, its articles, the ``-`` place and
    article tokens (reports naming nobody there), ``g#`` theatre tokens, the ``-#`` theatre
    tokens for types the theatre alone may place, and the place and theatre tokens for a
    truce or clash; a report naming nobody its place, article and theatre tokens.  A report
    naming only unresolved bodies (:func:`timeline.graph.matching.unresolved`) is filed and
    probes both ways."""
    year = (event.earliest or event.latest).year if (event.earliest or event.latest) else None
    actors: set[str] = set()
    for actor in matcher.named(event):
        keys = matcher.expand(actor, year)
        actors |= keys
        actors |= {k.split(":")[0] for k in keys}
        actors |= alias_tokens(actor.key)  # "خالد الأعيسر" beside "وزير الإعلام خالد الأعيسر"
        actors |= title_tokens(actor)  # "ملكة الدنمرك" beside "ملكة الدنمرك مارغريت الثانية"
        if (holder := matcher.holder_key(actor)) is not None:
            actors |= alias_tokens(holder)  # an office's unlisted holder beside his name alone
        actors |= {SEATS[k] for k in keys if k in SEATS}  # the Kremlin's spokesman: "الكرملين"
        body = matcher.state_body(actor.key)  # "مجلس النواب" beside "مجلس النواب الليبي"
        if body is not None or actor.key.startswith("~"):
            actors.add("~b:" + (body[1] if body is not None else actor.key))
    # a state a report names stands in its theatre (identity's ``party_in_theatre``), and a
    # theatre key in the regions it lies in (not an unlisted name's tokens, "~b:"/"~s:": "#~b"
    # filed every report naming an unlisted body under one scope)
    scope = {"#" + k for k in theatres(event)} | {"#" + k.split(":")[0] for k in actors if not k.startswith("~")}
    scope |= {"#" + a for k in theatres(event) for a in _ancestors(k, matcher)}
    for actor in matcher.in_office(event):  # "الملك" in an article on Morocco: "morocco:king"
        if ":" in actor.key and not actor.key.startswith("~"):
            keys = matcher.expand(actor, year)
            actors |= keys | {k.split(":")[0] for k in keys}
    # an office and the body it heads (identity's ``heads_body``): by the state
    actors |= {"~hd:" + s for s in matcher.headed_states(event, year)}
    # one state body named two ways ("الهيئة العليا" / "هيئة الانتخابات"): by its head word
    actors |= {"~h:" + h[1] for x in matcher.named(event) if (h := body_head(x.key)) is not None and h[2]}
    docs = {"doc:" + d for d in facts.docs}
    place: set[str] = set()
    near: set[str] = set()  # places a compatible report may name: mine, my regions, inside mine
    if event.place is not None:
        ancestors = _ancestors(event.place, matcher)
        place = {"@=" + event.place} | {"@<" + a for a in ancestors}
        near = {"@=" + event.place, "@<" + event.place} | {"@=" + a for a in ancestors}
        scope |= {"#" + a for a in [event.place, *ancestors]}  # a place stands in its regions' theatres
    generic = any(is_generic(a) for a in event.participants)
    filed = actors | place | scope | docs
    if event.type in WEAK_ENOUGH:
        filed.add("*")  # a report saying nothing of who or where may meet any of them
    if weak(event) and event.type in WEAK_ENOUGH:
        return filed | {"-" + t for t in docs}, docs | {"*"}
    if not actors:
        filed |= {"-" + t for t in place | scope | docs}
        if generic:
            filed |= {"g" + t for t in scope}
        probed = near | docs | (scope if generic or place_fixed(event) or event.type in SCOPE_ENOUGH else set())
        return filed, probed
    probed = actors | docs | {"-" + t for t in near | docs} | {"g" + t for t in scope}
    if event.type in SCOPE_ENOUGH:
        probed |= {"-" + t for t in scope}
    if place_fixed(event):
        probed |= near | scope
    if voice_only(event):
        probed |= scope  # an unnamed spokesman: any statement of its theatre (identity's ``voice_of``)
    if unresolved_only(event):
        # an unresolved body is an unknown party across articles (identity's ``unknown_party``):
        # filed and probing as a report naming nobody too
        filed |= {"-" + t for t in place | scope | docs}
        probed |= near | (scope if event.type in SCOPE_ENOUGH else set())
    return filed, probed
