"""Cross-article event merging (GDELT/ACLED-style deduplication), near-linear.

Events are visited in a canonical order (most precisely dated first), so the result does not
depend on input order.  Each event looks for a compatible cluster only among clusters of
the same type in the date buckets its interval touches (blocking); it joins the best one or
starts a new cluster.  Passes repeat until no two clusters are compatible, which makes the
result a fixpoint: merging it again changes nothing.

Final ids are ``"e"`` + the first 10 hex digits of the SHA-1 of the event's type, date
interval, participant keys and sorted mention positions ``(doc, start, end)``: stable across
runs and input orders, and unchanged when unrelated articles are added.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet

import attrs

from ..events.extract import NO_DCT_WARNING, PLANNED_WARNING
from ..events.lexicon import LEXICON, Lexicon
from ..model import GRAINS, Actor, Event, Mention, iso

#: Event types fixed by exactly who speaks or meets, so no state-level actor matching.
PERSONAL_TYPES = frozenset({"call", "meeting", "statement"})
#: (type, subtype or None for any) of events that one place and day identify whatever
#: parties the reports name: one truce, one round of clashes.
PLACE_FIXED = frozenset({("ceasefire", None), ("strike", "clash")})


def place_fixed(event: Event) -> bool:
    """Whether ``event`` is identified by its place and date (see :data:`PLACE_FIXED`)."""
    return event.place is not None and bool(
        {(event.type, None), (event.type, event.subtype)} & PLACE_FIXED)
#: Per type, the subtype any other one refines ("هجوم" beside "قصف" or "غارة").
GENERIC_SUBTYPES = {"strike": "attack"}
#: Days per fine bucket, and the longest interval still filed in fine buckets.
BUCKET_DAYS = 7
SHORT_DAYS = 62
#: Days per coarse bucket (for long intervals) and the longest interval filed there.
COARSE_DAYS = 366
LONG_DAYS = 366 * 6


def window_dated(event: Event) -> bool:
    """Whether every mention was dated only by the publication-date window."""
    return bool(event.mentions) and all(m.dated_by in ("dct", None) for m in event.mentions)


@attrs.frozen
class _Facts:
    """What merging asks of an event's mentions, computed once per event or cluster."""

    spots: AbstractSet[tuple[str, int]]
    docs: AbstractSet[str]
    window: bool


def facts_of(event: Event) -> _Facts:
    return _Facts(frozenset((m.doc, m.start) for m in event.mentions),
                  frozenset(m.doc for m in event.mentions), window_dated(event))


def _width(event: Event) -> int:
    if event.earliest is None or event.latest is None:
        return 10**9
    return (event.latest - event.earliest).days


def _mention_key(m: Mention) -> tuple:
    return (m.doc, m.start, m.end, m.timexes, m.dated_by or "", m.text)


def canonical_key(event: Event) -> tuple:
    """Total order used for every deterministic choice (independent of input order)."""
    return (
        window_dated(event), _width(event),
        event.earliest or dt.datetime.max, event.latest or dt.datetime.max,
        event.type, event.subtype or "", event.phase or "", tuple(sorted(a.key for a in event.participants)),
        event.place or "", tuple(sorted(_mention_key(m) for m in event.mentions)), event.id,
    )


def event_id(event: Event) -> str:
    """Stable id from the type, interval and mention positions (see module docstring)."""
    parts = [event.type, str(iso(event.earliest, event.grain)), str(iso(event.latest, event.grain)),
             ",".join(sorted(a.key for a in event.participants))]
    parts += [f"{m.doc}:{m.start}:{m.end}" for m in sorted(event.mentions, key=_mention_key)]
    return "e" + hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:10]


@attrs.frozen
class Matcher:
    """Compatibility rules for two events (or an event and a cluster)."""

    lexicon: Lexicon = LEXICON

    def expand(self, actor: Actor, year: int | None) -> frozenset[str]:
        return frozenset({actor.key}) | self.lexicon.roles_at(actor.key, year)

    def actor_match(self, a: Actor, b: Actor, year: int | None) -> bool:
        """Same actor, an office and its holder, or a state and one of its bodies/officials."""
        ea, eb = self.expand(a, year), self.expand(b, year)
        if ea & eb:
            return True
        if ":" not in a.key and any(k.split(":")[0] == a.key for k in eb):
            return True
        return ":" not in b.key and any(k.split(":")[0] == b.key for k in ea)

    def state_match(self, a: Actor, b: Actor, year: int | None) -> bool:
        """Whether ``a`` and ``b`` act for the same state or organization (army, ministry, leader)."""
        sa = {k.split(":")[0] for k in self.expand(a, year)}
        return not sa.isdisjoint(k.split(":")[0] for k in self.expand(b, year))

    @staticmethod
    def subtype_of(a: Event, b: Event) -> str | None:
        """The merged subtype: the one known, the specific one beside a generic, or None if they clash."""
        generic = GENERIC_SUBTYPES.get(a.type)
        if a.subtype is None or a.subtype == generic:
            return b.subtype or a.subtype
        if b.subtype is None or b.subtype == generic or b.subtype == a.subtype:
            return a.subtype
        return None

    def place_ok(self, a: str | None, b: str | None) -> bool:
        return a is None or b is None or self.lexicon.place_within(a, b) or self.lexicon.place_within(b, a)

    def covers(self, small: Event, big: Event, year: int | None) -> bool:
        """Every actor of ``small`` matches one of ``big`` (and ``small`` names someone)."""
        return bool(small.participants) and all(
            any(self.actor_match(x, y, year) for y in big.participants) for x in small.participants)

    def shared(self, a: Event, b: Event, year: int | None) -> int:
        return sum(any(self.actor_match(x, y, year) for y in b.participants) for x in a.participants)

    def compatible(self, a: Event, b: Event, facts: tuple[_Facts, _Facts] | None = None) -> bool:
        """Whether ``a`` and ``b`` may be one event (``facts``: their precomputed :func:`facts`)."""
        if a.type != b.type or None in (a.earliest, a.latest, b.earliest, b.latest):
            return False
        if a.earliest > b.latest or b.earliest > a.latest:
            return False
        if not self.place_ok(a.place, b.place):
            return False
        if a.phase is not None and b.phase is not None and a.phase != b.phase:
            return False  # the steps of one truce are different events
        fa, fb = facts or (facts_of(a), facts_of(b))
        if a.subtype is not None and b.subtype is not None and a.subtype != b.subtype and (
                self.subtype_of(a, b) is None or not fa.docs.isdisjoint(fb.docs) or fa.window or fb.window):
            return False  # a generic word refines a specific one only across dated reports
        if not fa.spots.isdisjoint(fb.spots):
            return False  # split on purpose (coordinated dates, separate contacts)
        year = max(a.earliest, b.earliest).year
        wa, wb = fa.window, fb.window
        same_doc = not fa.docs.isdisjoint(fb.docs)
        if wa or wb:
            # An undated report joins another only when everything it says agrees.
            if a.subtype != b.subtype or a.phase != b.phase:
                return False
            if wa and wb and a.type == "statement":
                return False  # one speaker says many things in a week
            if wa and wb and not same_doc:
                return self.covers(a, b, year) or self.covers(b, a, year)
            if not (wa and wb):
                loose, firm = (a, b) if wa else (b, a)
                if not firm.participants and firm.place is not None and firm.place == loose.place:
                    return True  # the dated report names nobody but fixes the same place
                # a dated report naming fewer sides (one belligerent of a clash) does not contradict
                return self.covers(loose, firm, year) or (
                    a.type not in PERSONAL_TYPES and self.covers(firm, loose, year))
        if not a.participants or not b.participants:
            return True
        if a.type in ("call", "meeting") and len(a.participants) > 1 and len(b.participants) > 1:
            # a contact is fixed by who talks to whom, not by one shared side
            return self.covers(a, b, year) or self.covers(b, a, year) or self.shared(a, b, year) >= 2
        if self.shared(a, b, year) > 0:
            return True
        if a.place == b.place and place_fixed(a) and place_fixed(b):
            return True  # reports of one truce or clash differ in which parties they name
        # one report names the army, another the ministry or the country: the same side acted
        # (contacts and statements keep their exact speakers)
        return a.type not in PERSONAL_TYPES and any(
            self.state_match(x, y, year) for x in a.participants for y in b.participants)

    def affinity(self, a: Event, b: Event) -> int:
        year = a.earliest.year if a.earliest else None
        return sum(any(self.actor_match(x, y, year) for y in b.participants) for x in a.participants)

    def combine(self, a: Event, b: Event) -> Event:
        """The merged event: interval intersection, union of participants and mentions."""
        mentions = tuple(sorted(set(a.mentions + b.mentions), key=_mention_key))
        return self._joined(a, b, mentions, _dated(mentions))

    def _joined(self, a: Event, b: Event, mentions: tuple[Mention, ...], dated: bool) -> Event:
        """:meth:`combine` given the merged ``mentions`` and whether any of them is dated by a
        time expression (so a cluster can grow without rebuilding its mention set each time)."""
        year = max(a.earliest, b.earliest).year
        actors: dict[str, Actor] = {}
        for actor in sorted(a.participants + b.participants, key=lambda x: (x.key, x.role or "", x.name)):
            actors.setdefault(actor.key, actor)
        persons = [x for x in actors.values() if x.key in self.lexicon.roles]
        # an office ("armenia:foreign_minister") is dropped when its holder is named
        kept = tuple(x for x in actors.values()
                     if not any(x.key != p.key and x.key in self.expand(p, year) for p in persons))
        # "planned" holds only while no report says the event took place
        planned = PLANNED_WARNING in a.warnings and PLANNED_WARNING in b.warnings
        warnings = tuple(sorted({w for w in a.warnings + b.warnings
                                 if not (dated and (w.startswith("undated") and w != NO_DCT_WARNING))
                                 and (planned or w != PLANNED_WARNING)}))
        return Event(
            id=a.id, type=a.type, subtype=self.subtype_of(a, b),
            earliest=max(a.earliest, b.earliest), latest=min(a.latest, b.latest),
            participants=kept, place=_narrower(self.lexicon, a.place, b.place), mentions=mentions,
            confidence=round(max(a.confidence, b.confidence), 3), warnings=warnings,
            phase=a.phase or b.phase, headline=_headline(a.headline, b.headline),
            theatre=a.theatre or b.theatre, grain=max(a.grain, b.grain, key=_grain_rank),
        )


def _dated(mentions: Iterable[Mention]) -> bool:
    """Whether a mention is dated by a time expression (not only by the publication window)."""
    return any(m.dated_by not in ("dct", None) for m in mentions)


def _grain_rank(grain: str) -> int:
    return GRAINS.index(grain) if grain in GRAINS else GRAINS.index("day")


def _headline(a: str | None, b: str | None) -> str | None:
    """The more informative of two headlines (more words), deterministic on ties."""
    if a is None or b is None:
        return a or b
    return max(a, b, key=lambda h: (len(h.split()), h))


def _narrower(lexicon: Lexicon, a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    return a if lexicon.place_within(a, b) else b


def _buckets(event: Event) -> list[tuple]:
    if event.earliest is None or event.latest is None:
        return [("none",)]
    lo, hi, width = event.earliest.toordinal(), event.latest.toordinal(), _width(event)
    if width <= SHORT_DAYS:
        return [("fine", n) for n in range(lo // BUCKET_DAYS, hi // BUCKET_DAYS + 1)]
    if width <= LONG_DAYS:
        return [("coarse", n) for n in range(lo // COARSE_DAYS, hi // COARSE_DAYS + 1)]
    return [("huge",)]


def _probe(event: Event) -> list[tuple]:
    """Buckets that may hold a cluster overlapping ``event``."""
    if event.earliest is None or event.latest is None:
        return []
    lo, hi = event.earliest.toordinal(), event.latest.toordinal()
    keys: list[tuple] = [("coarse", n) for n in range(lo // COARSE_DAYS, hi // COARSE_DAYS + 1)]
    keys.append(("huge",))
    if _width(event) <= LONG_DAYS:
        keys += [("fine", n) for n in range(lo // BUCKET_DAYS, hi // BUCKET_DAYS + 1)]
    else:
        keys.append(("fine", "*"))
    return keys


def _tokens(event: Event, matcher: Matcher) -> set[str]:
    """Index tokens: two events with matching actors share one (see ``Matcher.actor_match``)."""
    year = event.earliest.year if event.earliest else None
    out: set[str] = set()
    for actor in event.participants:
        keys = matcher.expand(actor, year)
        out |= keys
        out |= {k.split(":")[0] for k in keys}
    if out and place_fixed(event):
        out.add("@" + event.place)  # see ``Matcher.compatible``: the place alone may match
    return out


def _pass(events: Sequence[Event], matcher: Matcher) -> tuple[list[Event], list[int]]:
    """One greedy pass; returns the clusters and, per input event, its cluster index.

    Blocks are (type, date bucket, actor token): an event with participants only meets
    clusters sharing an actor token or naming nobody ("-"); one naming nobody meets all ("*").
    Inside a block, clusters are grouped by one report they hold (their first event's first
    spot): an event holding that report skips the whole group unread, since two events of one
    report never merge (N coordinated dates of one trigger would otherwise meet N^2 times).
    Which candidates are read does not change the choice: the best is the same whatever the order.
    """
    order = sorted(range(len(events)), key=lambda i: canonical_key(events[i]))
    clusters: list[Event] = []
    known: list[_Facts] = []
    # A cluster's mentions and facts grow in place and its mention tuple is built once at the
    # end: rebuilding them on every merge is quadratic in the reports of one big story.
    parts: list[list[Mention]] = []
    dated: list[bool] = []
    index: dict[tuple, dict[tuple[str, int] | None, list[int]]] = {}
    filed: list[set[tuple]] = []
    anchor: list[tuple[str, int] | None] = []  # a spot each cluster holds for good
    assign = [0] * len(events)

    def file(c: int) -> None:
        event = clusters[c]
        buckets = _buckets(event)
        if buckets[0][0] == "fine":
            buckets = buckets + [("fine", "*")]
        tokens = _tokens(event, matcher) or {"-"}
        for key in buckets:
            for token in tokens | {"*"}:
                block = (event.type, *key, token)
                if block not in filed[c]:
                    filed[c].add(block)
                    index.setdefault(block, {}).setdefault(anchor[c], []).append(c)

    for i in order:
        event = events[i]
        tokens = _tokens(event, matcher)
        probes = (tokens | {"-"}) if tokens else {"*"}
        mine = facts_of(event)
        seen: set[int] = set()
        best: tuple | None = None
        for key in _probe(event):
            for token in sorted(probes):
                for spot, group in index.get((event.type, *key, token), {}).items():
                    if spot in mine.spots:
                        continue  # every cluster here shares a report with the event
                    for c in group:
                        if c in seen:
                            continue
                        seen.add(c)
                        if matcher.compatible(clusters[c], event, (known[c], mine)):
                            score = (matcher.affinity(event, clusters[c]), -c)
                            if best is None or score > best[0]:
                                best = (score, c)
        if best is None:
            c = len(clusters)
            clusters.append(event)
            known.append(_Facts(set(mine.spots), set(mine.docs), mine.window))
            parts.append(list(event.mentions))
            dated.append(_dated(event.mentions))
            anchor.append(min(mine.spots) if mine.spots else None)
            filed.append(set())
        else:
            c = best[1]
            parts[c].extend(event.mentions)
            dated[c] = dated[c] or _dated(event.mentions)
            clusters[c] = matcher._joined(clusters[c], event, (), dated[c])
            old = known[c]
            old.spots.update(mine.spots)
            old.docs.update(mine.docs)
            if old.window and not mine.window:
                known[c] = attrs.evolve(old, window=False)
        file(c)
        assign[i] = c
    clusters = [attrs.evolve(e, mentions=tuple(sorted(set(p), key=_mention_key))) if len(p) != len(e.mentions) else e
                for e, p in zip(clusters, parts, strict=True)]
    return clusters, assign


def cluster_events(events: Iterable[Event], matcher: Matcher | None = None) -> tuple[list[Event], list[int]]:
    """Merged events (sorted, with final ids) and, per input event, the index of its result."""
    matcher = matcher or Matcher()
    items = list(events)
    assign = list(range(len(items)))
    current = items
    while True:
        merged, step = _pass(current, matcher)
        assign = [step[a] for a in assign]
        if len(merged) == len(current):
            current = merged
            break
        current = merged
    finals = [attrs.evolve(e, id=event_id(e)) for e in current]
    ids = _unique([e.id for e in finals])
    finals = [attrs.evolve(e, id=i) for e, i in zip(finals, ids, strict=True)]
    order = sorted(range(len(finals)), key=lambda i: sort_key(finals[i]))
    position = {old: new for new, old in enumerate(order)}
    return [finals[i] for i in order], [position[a] for a in assign]


def _unique(ids: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i in ids:
        n = seen.get(i, 0)
        seen[i] = n + 1
        out.append(i if n == 0 else f"{i}-{n + 1}")
    return out


def sort_key(event: Event) -> tuple:
    """Display and output order: by date, then type and id."""
    return (event.earliest is None, event.earliest or dt.datetime.min, event.latest or dt.datetime.min,
            event.type, event.id)


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Merge reports of the same real-world event; order-independent and idempotent.

    Two events merge when they have the same type, compatible subtypes (equal, one unknown,
    or, for dated reports in different articles, one generic such as a strike's "attack"),
    overlapping intervals, compatible places and participants: a shared actor (an office
    counts as its holder at the time, a state's body or official as the state), one side
    naming nobody, or, for events other than calls, meetings and statements, two bodies of
    one state; a dated truce at one place matches whoever it names.  Calls and meetings keep
    their counterpart set.  A report dated only by its publication window joins a dated event
    only when the subtypes are equal and one side's participants cover the other's (for
    calls, meetings and statements: the undated side's).
    The merged interval is the intersection; every mention is kept.
    """
    return cluster_events(events)[0]
