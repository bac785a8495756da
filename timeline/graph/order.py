"""Temporal ordering of merged events (TimeML TLINKs, Allen-style from day intervals).

What is emitted, so that the relation list stays near-linear in the number of events:

* ``BEFORE`` (origin ``"dates"``) along the Hasse diagram of the interval order, between
  representatives of groups of events with identical intervals (``a.latest < b.earliest``
  with no event fitting strictly between them).  The transitive closure of these edges,
  with identical-interval groups taken as one node (see :func:`timeline.graph.network.closure`),
  gives every pair ordered by the dates.
* Inside a group of identical intervals: ``SIMULTANEOUS`` (one day) or ``OVERLAP`` from the
  representative to each other member.
* Between events reported close together in one article (a mention and the next
  ``NEIGHBOURS`` mentions): ``INCLUDES`` / ``OVERLAP`` for overlapping, different intervals
  (``IS_INCLUDED`` is written as the inverse ``INCLUDES``).
* ``BEFORE`` from an undated event (``earliest`` None) to the events that start after the
  bound its text proves, along the same Hasse diagram.
* ``BEFORE`` (origin ``"text"``) from textual cues (بعد، قبل، عقب، سبق أن...), with the cue and
  the two mentions as evidence.
* ``BEFORE`` (origin ``"phase"``) between phases of one agreement whose dates do not order
  them (:func:`phase_claims`): agreed before it takes effect, suspended before resumed; and
  between stages of one happening (data: ``identity.json`` key ``sequences``): a death before
  the funeral of its day, the funeral before the burial, a vote before the oath.
* A textual claim that the dates contradict, or a claim that closes a cycle of ``BEFORE``
  links, becomes a :class:`~timeline.model.Conflict` instead.
* ``BEFORE`` (origin ``"closure"``) between events reported close together in one article
  (the same window as overlaps) that the links above order only through a representative: a
  group of identical intervals is one node, so a claim (or an hour-level date edge) that orders
  one member orders its group, but a reader following ``BEFORE`` links alone would not reach
  the other members (:func:`_member_orders`).  Pairs the days already order are left out.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable, Sequence

import networkx as nx

from ..model import GENERIC_KIND, Conflict, Event, Mention, Relation, calendar_day
from .identity import theatres
from .kinship import stage_before, staged

ONE_DAY = dt.timedelta(days=1)
#: How many following mentions in the same article an event is compared with for overlaps.
NEIGHBOURS = 6


#: Phase ranks: a phase of lower rank comes first ("proposed < agreed < signed, approved <
#: takes_effect < extended, violated, ended"); phases of equal rank are not ordered.
PHASE_RANK = {"proposed": 0, "agreed": 1, "signed": 2, "approved": 2, "takes_effect": 3,
              "extended": 4, "violated": 4, "ended": 4}
#: Further phase pairs (first, then) outside the ranks.
PHASE_PAIRS = frozenset({("suspended", "resumed")})


def phase_before(p: str | None, q: str | None) -> bool:
    """Whether phase ``p`` of an agreement comes before phase ``q``."""
    if p in PHASE_RANK and q in PHASE_RANK:
        return PHASE_RANK[p] < PHASE_RANK[q]
    return (p, q) in PHASE_PAIRS


def interval_relation(a: Event, b: Event) -> str | None:
    """The Allen/TimeML relation of ``a`` to ``b`` from their intervals (None when unknown).

    An undated event (``earliest`` None) is only known to end by its ``latest``: it is
    ``BEFORE`` what starts after that, and unrelated otherwise."""
    if a.latest is None or b.latest is None:
        return None
    if a.earliest is None or b.earliest is None:
        if a.earliest is None and b.earliest is not None and a.latest < b.earliest:
            return "BEFORE"
        if b.earliest is None and a.earliest is not None and b.latest < a.earliest:
            return "AFTER"
        return None
    if a.latest < b.earliest:
        return "BEFORE"
    if b.latest < a.earliest:
        return "AFTER"
    if (a.earliest, a.latest) == (b.earliest, b.latest):
        # one day (or less) at the grain the texts give is simultaneous; a longer span only overlaps
        return "SIMULTANEOUS" if a.latest - a.earliest < ONE_DAY else "OVERLAP"
    if a.earliest <= b.earliest and b.latest <= a.latest:
        return "INCLUDES"
    if b.earliest <= a.earliest and a.latest <= b.latest:
        return "IS_INCLUDED"
    return "OVERLAP"


def _rank(event: Event) -> tuple:
    """Tie-break by content (first mention, type, then everything else), not by id: an
    incremental update that keeps saved ids must relate the same events as a full build, and
    one trigger can report several events (coordinated dates, separate contacts) that share
    their first mention, type and subtype.  The id decides only between identical events."""
    spots = sorted((m.doc, m.start, m.end) for m in event.mentions)
    return (spots[0] if spots else ("", 0, 0), event.type, event.subtype or "",
            str(event.earliest), str(event.latest), tuple(sorted(a.key for a in event.participants)),
            event.place or "", tuple(spots), event.id)


def _date_relations(events: Sequence[Event]) -> list[Relation]:
    groups: dict[tuple, list[Event]] = {}
    for e in events:
        if e.earliest is not None and e.latest is not None:
            groups.setdefault((e.earliest, e.latest), []).append(e)
    keys = sorted(groups)
    reps = {k: min(groups[k], key=_rank) for k in keys}
    out: list[Relation] = []
    for k in keys:
        rep = reps[k]
        for other in sorted(groups[k], key=_rank):
            if other is not rep:
                out.append(Relation(rep.id, other.id, "SIMULTANEOUS" if k[1] - k[0] < ONE_DAY else "OVERLAP"))
    starts = [k[0] for k in keys]

    def successors(source: str, end: dt.datetime) -> None:
        # Hasse diagram of the interval order: successors not reachable through another one.
        i = bisect.bisect_right(starts, end)
        bound = None
        while i < len(keys) and (bound is None or keys[i][0] <= bound):
            out.append(Relation(source, reps[keys[i]].id, "BEFORE"))
            bound = keys[i][1] if bound is None else min(bound, keys[i][1])
            i += 1

    for k in keys:
        successors(reps[k].id, k[1])
    for e in sorted((e for e in events if e.earliest is None and e.latest is not None), key=_rank):
        successors(e.id, e.latest)
    # Overlaps and inclusions only between events reported close together in one article
    # (each mention with the next NEIGHBOURS mentions), so long articles stay linear.
    # Events sharing a mention (one trigger, several events) are ranked by content, not id,
    # so which of them fall inside the window does not depend on the ids an update keeps.
    ranks = {e.id: _rank(e) for e in events}
    spots = sorted(((m.doc, m.start, m.end), ranks[e.id], e.id) for e in events for m in e.mentions)
    by_id = {e.id: e for e in events}
    pairs = set()
    for i, ((doc, _, _), _, x) in enumerate(spots):
        for (other_doc, _, _), _, y in spots[i + 1:i + 1 + NEIGHBOURS]:
            if other_doc != doc or x == y:
                continue
            a, b = sorted((by_id[x], by_id[y]), key=lambda e: ranks[e.id])
            rel = interval_relation(a, b)
            if rel in ("INCLUDES", "OVERLAP") and (a.earliest, a.latest) != (b.earliest, b.latest):
                pairs.add((a.id, b.id, rel))
            elif rel == "IS_INCLUDED":
                pairs.add((b.id, a.id, "INCLUDES"))
    out.extend(Relation(s, t, r) for s, t, r in sorted(pairs))
    return out


def _claims_within(textual: dict[tuple[str, str], Relation], components: list[set],
                   ends: Callable[[tuple[str, str]], tuple], group: dict[str, tuple] | None = None,
                   ) -> list[tuple[Relation, ...]]:
    """Per component, the claims (popped from ``textual``, in key order) whose two ``ends`` lie in
    it (and, with ``group``, in two different groups); one pass over the claims, not one per component."""
    where = {node: i for i, component in enumerate(components) for node in component}
    found: list[list[tuple[str, str]]] = [[] for _ in components]
    for key in sorted(textual):
        a, b = ends(key)
        i = where.get(a)
        if i is not None and where.get(b) == i and (group is None or group[key[0]] != group[key[1]]):
            found[i].append(key)
    return [tuple(textual.pop(k) for k in keys) for keys in found]


def phase_claims(events: Sequence[Event]) -> list[tuple[str, str, tuple[Mention, ...]]]:
    """``(before_id, after_id, evidence)``: phases of one agreement, and stages of one
    happening, in their order.

    Events of one type with a phase are of one agreement when they share a theatre key or a
    named party (a state for its bodies and officials).  Events whose subtype is a stage of a
    sequence (:data:`timeline.graph.kinship.SEQUENCES`: a death, the funeral, the burial) are of
    one happening when they also share an article or a named party: a death and a funeral of
    one theatre told apart are as likely two people's.  Among those, each is compared with the
    next :data:`NEIGHBOURS` in date order, and a pair the dates leave unordered (overlapping
    intervals, or an undated one) is ordered by :func:`phase_before` or
    :func:`~timeline.graph.kinship.stage_before`; the evidence is each event's first mention."""
    groups: dict[tuple[str, str, bool], list[Event]] = {}
    for e in events:
        phased, staged_ = e.phase is not None, e.phase is None and staged(e)
        if not (phased or staged_) or not e.mentions:
            continue
        keys = set(theatres(e)) | {a.key.split(":")[0] for a in e.participants if a.kind != GENERIC_KIND}
        for key in keys:
            groups.setdefault((e.type, key, staged_), []).append(e)
    out: dict[tuple[str, str], tuple[Mention, ...]] = {}
    for (_, _, by_stage), members in groups.items():
        members.sort(key=lambda e: (e.earliest or e.latest, _rank(e)))
        for i, a in enumerate(members):
            for b in members[i + 1:i + 1 + NEIGHBOURS]:
                if a.id == b.id or interval_relation(a, b) in ("BEFORE", "AFTER"):
                    continue
                if by_stage and not _one_happening(a, b):
                    continue
                for x, y in ((a, b), (b, a)):
                    if stage_before(x.type, x.subtype, y.subtype) if by_stage else phase_before(x.phase, y.phase):
                        out.setdefault((x.id, y.id), (x.mentions[0], y.mentions[0]))
    return [(x, y, evidence) for (x, y), evidence in sorted(out.items())]


def _one_happening(a: Event, b: Event) -> bool:
    """Whether two stages are told in one article or name one party (not a generic one)."""
    docs = {m.doc for m in a.mentions}
    if any(m.doc in docs for m in b.mentions):
        return True
    keys = {x.key for x in a.participants if x.kind != GENERIC_KIND}
    return any(x.key in keys for x in b.participants if x.kind != GENERIC_KIND)


def order_events(events: Sequence[Event],
                 links: Iterable[tuple[str, str, Sequence[Mention]]] = ()) -> tuple[list[Relation], list[Conflict]]:
    """Relations between ``events`` and the conflicts found (see the module docstring).

    ``links`` are textual claims ``(before_id, after_id, evidence mentions)`` over final
    event ids, as produced by :func:`timeline.graph.build`; phase claims
    (:func:`phase_claims`) are added here, where no textual claim orders the pair already.
    """
    by_id = {e.id: e for e in events}
    relations = _date_relations(events)
    conflicts: list[Conflict] = []
    # A repeated claim (one story told by many articles) pools its evidence, without
    # repeats, in a dict used as an ordered set: rebuilding a tuple per claim is quadratic.
    gathered: dict[tuple[str, str], tuple[Mention, ...] | dict[Mention, None]] = {}
    for before, after, evidence in links:
        if before == after or before not in by_id or after not in by_id:
            continue
        key = (before, after)
        if key in gathered:
            pooled = gathered[key]
            if isinstance(pooled, tuple):
                pooled = gathered[key] = dict.fromkeys(pooled)
            pooled.update(dict.fromkeys(evidence))
            continue
        if interval_relation(by_id[before], by_id[after]) == "AFTER":
            claim = Relation(before, after, "BEFORE", origin="text", evidence=tuple(evidence))
            dates = Relation(after, before, "BEFORE", origin="dates")
            conflicts.append(Conflict(before, after, (claim, dates),
                                      "the text orders these events against their dates"))
            continue
        gathered[key] = tuple(evidence)
    textual = {key: Relation(key[0], key[1], "BEFORE", origin="text", evidence=tuple(found))
               for key, found in gathered.items()}
    for before, after, evidence in phase_claims(events):
        if (before, after) not in textual:
            textual[before, after] = Relation(before, after, "BEFORE", origin="phase", evidence=evidence)
    # A cycle can only come from textual or phase claims: date edges follow a strict order.  Events
    # with equal intervals count as one node, as in the closure, and a claim inside such a
    # group is no cycle.
    group = {e.id: (str(e.earliest), str(e.latest)) if e.earliest and e.latest else (e.id,) for e in events}
    graph = nx.DiGraph()
    graph.add_edges_from((group[r.source], group[r.target]) for r in relations if r.type == "BEFORE")
    graph.add_edges_from((group[a], group[b]) for a, b in textual if group[a] != group[b])
    components = sorted((c for c in nx.strongly_connected_components(graph) if len(c) > 1), key=sorted)
    for claims in _claims_within(textual, components, lambda k: (group[k[0]], group[k[1]]), group):
        if claims:
            ids = sorted({x for c in claims for x in (c.source, c.target)})
            conflicts.append(Conflict(ids[0], ids[-1], claims, _cycle_message(claims)))
    inner = nx.DiGraph([k for k in textual if group[k[0]] == group[k[1]]])
    components = sorted((c for c in nx.strongly_connected_components(inner) if len(c) > 1), key=sorted)
    for component, claims in zip(components, _claims_within(textual, components, lambda k: k), strict=True):
        ids = sorted(component)
        conflicts.append(Conflict(ids[0], ids[-1], claims, _cycle_message(claims)))
    # a phase claim orders its pair: no date relation (overlap, same day) beside it
    phased = {frozenset(k) for k, r in textual.items() if r.origin == "phase"}
    relations = [r for r in relations if not (r.type == "BEFORE" and (r.source, r.target) in textual)
                 and frozenset((r.source, r.target)) not in phased]
    relations.extend(textual.values())
    relations.extend(_member_orders(events, textual, relations))
    relations.sort(key=lambda r: (r.source, r.target, r.type, r.origin))
    return relations, sorted(conflicts, key=lambda c: (c.source, c.target, c.message))


def _member_orders(events: Sequence[Event], textual: dict[tuple[str, str], Relation],
                   relations: Sequence[Relation]) -> list[Relation]:
    """``BEFORE`` (origin ``"closure"``) for pairs of events reported close together in one
    article (each mention and the next :data:`NEIGHBOURS`) that the graph orders but that no
    ``BEFORE`` path links: the date edges and the claims join a group of identical intervals
    through one member, so the others hang on ``SIMULTANEOUS`` links only.

    A pair is ordered when its intervals are (the hours of one day: the days do not order it),
    or when a surviving textual or phase claim orders their two groups (a group of identical
    intervals is one node, as in :func:`~timeline.graph.network.closure`); a claim inside one
    group orders just its pair and is not carried to the others.  Pairs the days already order
    and pairs with a claim of their own are left out, so the list stays linear: at most
    :data:`NEIGHBOURS` pairs per mention."""
    group = {e.id: (e.earliest, e.latest) if e.earliest is not None and e.latest is not None else (e.id,)
             for e in events}
    claimed = {(group[a], group[b]): r for (a, b), r in sorted(textual.items()) if group[a] != group[b]}
    stated = {(r.source, r.target) for r in relations if r.type == "BEFORE"}
    by_id = {e.id: e for e in events}
    ranks = {e.id: _rank(e) for e in events}
    spots = sorted(((m.doc, m.start, m.end), ranks[e.id], e.id) for e in events for m in e.mentions)
    out: dict[tuple[str, str], Relation] = {}
    for i, ((doc, _, _), _, x) in enumerate(spots):
        for (other_doc, _, _), _, y in spots[i + 1:i + 1 + NEIGHBOURS]:
            if other_doc != doc or x == y:
                continue
            for a, b in ((by_id[x], by_id[y]), (by_id[y], by_id[x])):
                key = (a.id, b.id)
                if key in stated or key in out or key in textual or a.latest is None or b.latest is None:
                    continue
                if b.earliest is not None and calendar_day(a.latest) < calendar_day(b.earliest):
                    continue  # the days order them
                claim = claimed.get((group[a.id], group[b.id]))
                if claim is not None:
                    out[key] = Relation(a.id, b.id, "BEFORE", origin="closure", evidence=claim.evidence)
                elif interval_relation(a, b) == "BEFORE":
                    out[key] = Relation(a.id, b.id, "BEFORE", origin="closure")
    return [out[k] for k in sorted(out)]


def _cycle_message(claims: Sequence[Relation]) -> str:
    if all(c.origin == "text" for c in claims):
        return "textual BEFORE claims form a cycle"
    return "textual and phase-order BEFORE claims form a cycle"
