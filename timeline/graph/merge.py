"""Cross-article event merging (event coreference), near-linear in mentions.

Events are visited in a canonical order (most precisely dated first), so the result does not
depend on input order.  Each event is compared only with clusters it shares a *block* with
(same type, or kin types (:mod:`timeline.graph.kinship`), a date bucket its reach touches, and a token: an actor or its state, a named
place, a theatre key or an article; see :func:`timeline.graph.blocking.tokens`) and joins the compatible one with
most in common (:class:`timeline.graph.identity.Identity` decides) or starts a new cluster.
Passes repeat until no two clusters are compatible, which makes the result a fixpoint:
merging it again changes nothing.  A cluster's mentions are gathered in a list and sorted
once at the end of a pass, so a story reported by thousands of articles costs one sort.

Final ids are ``"e"`` + the first 10 hex digits of the SHA-1 of the event's type, interval,
participant keys and sorted mention positions ``(doc, start, end)``: stable across runs and
input orders, and unchanged when unrelated articles are added.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Sequence, Set
from itertools import islice

import attrs

from ..model import Event, Mention, iso
from .blocking import buckets, probes, reach_days, tokens
from .combine import Matcher
from .headline import best_headline
from .identity import (
    CONTACT_TYPES,
    GENERIC_SUBTYPES,
    PERSONAL_TYPES,
    PLACE_FIXED,
    Facts,
    facts_of,
    is_generic,
    loose,
    mention_key,
    partial,
    place_fixed,
    weak,
    window_dated,
)
from .kinship import block_type
from .matching import unresolved_only
from .parties import giver_only, holderless_office, unnamed_spokesman, voice_only
from .reports import alias_tokens

__all__ = ["GENERIC_SUBTYPES", "PERSONAL_TYPES", "PLACE_FIXED", "Matcher", "best_headline", "canonical_key",
           "cluster_events", "event_id", "merge_events", "place_fixed", "reach_days", "sort_key", "window_dated"]


#: Clusters a report asks identity about in one pass at most (rarest tokens first): no
#: development set comes near it; a day of thousands of distinct reports sharing a common
#: token stays linear.
MAX_CANDIDATES = 256


def _width(event: Event) -> int:
    if event.earliest is None or event.latest is None:
        return 10**9
    return (event.latest - event.earliest).days


_mention_key = mention_key


def canonical_key(event: Event) -> tuple:
    """Total order used for every deterministic choice (independent of input order)."""
    vague = loose(event) or weak(event) or partial(event) or voice_only(event) or giver_only(event)
    return (
        vague, _width(event),
        # a generic report ("ضربة"، "الهجوم") naming parties after the specific ones of its width:
        # it then joins the one it has most in common with, instead of binding two acts of
        # different kinds (vague reports keep their order: they join only where one alone fits)
        not vague and event.subtype is not None and event.subtype == GENERIC_SUBTYPES.get(event.type),
        event.earliest or dt.datetime.max, event.latest or dt.datetime.max,
        event.type, event.subtype or "", event.phase or "", event.round or "", tuple(sorted(a.key for a in event.participants)),
        event.place or "", event.theatre or "", tuple(sorted(mention_key(m) for m in event.mentions)), event.id,
    )


def event_id(event: Event) -> str:
    """Stable id from the type, interval and mention positions (see module docstring)."""
    parts = [event.type, str(iso(event.earliest, event.grain)), str(iso(event.latest, event.grain)),
             ",".join(sorted(a.key for a in event.participants))]
    parts += [f"{m.doc}:{m.start}:{m.end}" for m in sorted(event.mentions, key=mention_key)]
    return "e" + hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:10]


@attrs.define
class _Cluster:
    """A cluster being built: its combined event (mentions left out), and what identity asks
    of its mentions, grown in place so that a story of thousands of reports stays linear."""

    event: Event
    mentions: list[Mention]
    spots: set[tuple[str, int]]
    docs: set[str]
    loose: bool
    deictic: bool
    headlines: set[str]
    relative_docs: set[str]
    timed_docs: set[str]
    #: a report the cluster holds for good (its first event's first spot): see :func:`_pass`
    anchor: tuple[str, int] | None = None
    tokens: set[str] = attrs.Factory(set)
    buckets: set[tuple] = attrs.Factory(set)
    verbs: set[str] = attrs.Factory(set)

    @classmethod
    def of(cls, event: Event, facts: Facts) -> _Cluster:
        return cls(attrs.evolve(event, mentions=()), list(event.mentions), set(facts.spots), set(facts.docs),
                   facts.loose, facts.deictic, {event.headline} if event.headline else set(),
                   set(facts.relative_docs), set(facts.timed_docs), min(facts.spots) if facts.spots else None,
                   verbs=set(facts.verbs))

    @property
    def facts(self) -> Facts:
        return Facts(self.spots, self.docs, self.loose, self.deictic,  # type: ignore[arg-type]
                     self.relative_docs, self.timed_docs, self.verbs)  # type: ignore[arg-type]

    def add(self, event: Event, facts: Facts, matcher: Matcher) -> None:
        self.event = matcher.combine(self.event, attrs.evolve(event, mentions=()), (self.facts, facts))
        self.mentions.extend(event.mentions)
        shared = self.docs & facts.docs
        self.relative_docs = (self.relative_docs - shared) | (facts.relative_docs - shared) | (
            self.relative_docs & facts.relative_docs)
        self.timed_docs |= facts.timed_docs
        self.verbs |= facts.verbs
        self.spots |= facts.spots
        self.docs |= facts.docs
        self.loose = self.loose and facts.loose
        self.deictic = self.deictic and facts.deictic
        if event.headline:
            self.headlines.add(event.headline)


def _pass(events: Sequence[Event], matcher: Matcher) -> tuple[list[Event], list[int]]:
    """One greedy pass; returns the clusters and, per input event, its cluster index.

    A report without a date of its own, or naming nobody (or only unresolved bodies none of the
    clusters names), that fits several clusters stays alone, since which one it reports is a guess, unless exactly one of them is the news of its
    own article (a title and its body; see :func:`_news` and :func:`_led`), else exactly one names
    the report's round (:mod:`timeline.events.rounds`), else (an act, not a contact or statement)
    exactly one is told by several articles while each other is one article's
    (:func:`_told_most`); both kinds come last in the order.  Inside a block, clusters are grouped by a report they hold: an event
    holding that report skips the group unread, since two events of one report never merge
    (N coordinated dates of one trigger would otherwise meet N^2 times).

    A report reads its tokens' clusters rarest token first and asks identity of at most
    :data:`MAX_CANDIDATES` of them: thousands of one day's distinct statements sharing a state,
    a theatre or a surname would otherwise each be compared with all the others (quadratic).
    The clusters sharing its rarest tokens (its persons, its article) are read before a common
    one's; a guess that was cut short stays alone, since a candidate left unread might fit too."""
    order = sorted(range(len(events)), key=lambda i: canonical_key(events[i]))
    persons: dict[str, set[str]] | None = None  # built at the first voice-only guess (see below)
    clusters: list[_Cluster] = []
    # (block type, bucket) -> token -> a report the clusters hold -> the clusters (nested, so a
    # cluster filed under many tokens builds no tuple per token)
    index: dict[tuple[str, tuple], dict[str, dict[tuple[str, int] | None, list[int]]]] = {}
    # (block type, bucket) -> token -> how many clusters are filed there (rarest tokens first)
    sizes: dict[tuple[str, tuple], dict[str, int]] = {}
    assign = [0] * len(events)

    def put(c: int, key: tuple, tokens: Iterable[str]) -> None:
        anchor = clusters[c].anchor
        block = (block_type(clusters[c].event.type), key)
        table, counts = index.setdefault(block, {}), sizes.setdefault(block, {})
        for token in tokens:
            table.setdefault(token, {}).setdefault(anchor, []).append(c)
            counts[token] = counts.get(token, 0) + 1

    def file(c: int, filed: set[str]) -> None:
        """File cluster ``c`` under its new tokens, and all of them in buckets it newly reaches
        (its reach only narrows, except when a lagged or undated report takes a firm date)."""
        cluster = clusters[c]
        keys = buckets(reach_days(cluster.event, cluster.facts))
        if keys[0][0] == "fine":
            keys.append(("fine", "*"))
        new = filed - cluster.tokens
        cluster.tokens |= new
        # each token has its own lists: the order tokens are filed in changes no list
        for key in keys:
            if key in cluster.buckets:
                put(c, key, new)
            else:
                cluster.buckets.add(key)
                put(c, key, cluster.tokens)

    for i in order:
        event = events[i]
        mine = facts_of(event)
        filed, probed = tokens(event, mine, matcher)
        kind, probed_tokens = block_type(event.type), sorted(probed)
        lists = []  # (clusters filed there, bucket order, token, its groups): rarest first
        for n, key in enumerate(probes(reach_days(event, mine))):
            table = index.get((kind, key))
            if table is None:
                continue
            counts = sizes[(kind, key)]
            lists += [(counts[token], n, token, table[token]) for token in probed_tokens if token in table]
        lists.sort(key=lambda item: item[:3])
        read = list(islice(_candidates(lists, mine.spots), MAX_CANDIDATES + 1))
        cut = len(read) > MAX_CANDIDATES
        fits = [((matcher.affinity(event, clusters[c].event), -c), c) for c in read[:MAX_CANDIDATES]
                if matcher.compatible(clusters[c].event, event, (clusters[c].facts, mine))]
        guess = mine.loose or weak(event) or partial(event) or voice_only(event) or giver_only(event)
        if not guess and len(fits) > 1 and unresolved_only(event):
            # an unknown party fitting several events by its scope alone: which one is a guess
            year = _year_of(event)
            guess = not any(matcher.shared(matcher.named(event), matcher.named(clusters[c].event), year)
                            for _, c in fits)
        if guess and cut:
            fits = []  # a guess read short: a candidate left unread might fit as well
        if guess and len(fits) > 1:
            # a guess, unless one candidate is the dated news of the report's own article (a title
            # and its body): in that article, dated, reaching the day before the report's bound
            own = [f for f in fits if not mine.docs.isdisjoint(clusters[f[1]].docs) and not clusters[f[1]].loose
                   and (_news(clusters[f[1]].event, event) or _led(event))]
            if len(own) != 1 and event.round is not None:
                # a report naming its round ("وكان قد فاز في جولة الإعادة") fits the one event of it
                own = [f for f in fits if clusters[f[1]].event.round == event.round]
            if len(own) != 1 and voice_only(event):
                # an office no listed person holds, named alike in another report ("وقال الرئيس
                # الكيني" twice): that report's statement is no guess
                offices = {a.key for a in event.participants if holderless_office(a)}
                own = [f for f in fits if not offices.isdisjoint(a.key for a in clusters[f[1]].event.participants)]
            if len(own) != 1 and voice_only(event):
                # an office's unnamed holder ("وقالت الرئيسة المنتخبة"): the one whose speaker the
                # report's own article names ("فازت كاثرين كونولي ... وقالت الرئيسة المنتخبة")
                if persons is None:
                    persons = _article_persons(events)
                named = set().union(*(persons.get(d, ()) for d in mine.docs))
                own = [f for f in fits if not named.isdisjoint(_person_tokens(clusters[f[1]].event))]
            if len(own) != 1 and event.type not in CONTACT_TYPES and event.type != "statement":
                # (not a contact or a statement: a king takes many calls a day, a speaker says
                # many things, and the one most outlets tell is not the one this report names)
                own = _told_most(fits, clusters)
            fits = own if len(own) == 1 else []
        if not fits:
            c = len(clusters)
            clusters.append(_Cluster.of(event, mine))
        else:
            c = max(fits)[1]
            clusters[c].add(event, mine, matcher)
        file(c, filed)
        assign[i] = c
    out = [attrs.evolve(k.event, mentions=tuple(sorted(set(k.mentions), key=mention_key)),
                        headline=best_headline(k.event, k.headlines, matcher)) for k in clusters]
    return out, assign


def _candidates(lists: list[tuple], spots: Set[tuple[str, int]]) -> Iterator[int]:
    """The clusters of ``lists`` (read in their order, rarest token first), each once, but for
    the groups holding one of the report's own ``spots`` (two events of one report never merge)."""
    seen: set[int] = set()
    for _, _, _, groups in lists:
        for spot, group in groups.items():
            if spot in spots:
                continue
            for c in group:
                if c not in seen:
                    seen.add(c)
                    yield c


def _told_most(fits: list[tuple[tuple, int]], clusters: list[_Cluster]) -> list[tuple[tuple, int]]:
    """The one fit several articles tell when each other fit is one article's alone: the
    story's event, beside a reference another act's date misdates ("هنأ ... بفوزه في
    الانتخابات" dated by the call) or one outlet's misreading."""
    told = sorted(fits, key=lambda f: -len(clusters[f[1]].docs))
    if len(clusters[told[0][1]].docs) > 1 and all(len(clusters[f[1]].docs) == 1 for f in told[1:]):
        return told[:1]
    return []


def _person_tokens(event: Event) -> set[str]:
    """A report's named persons (an unnamed spokesman or office aside), each by its key and by
    the tokens one unlisted name shares with its other forms ("~كونولي" / "~كاثرين_كونولي")."""
    out: set[str] = set()
    for actor in event.participants:
        if actor.kind == "person" and not is_generic(actor) and not unnamed_spokesman(actor):
            out |= {actor.key} | alias_tokens(actor.key.split(":")[-1])
    return out


def _article_persons(events: Sequence[Event]) -> dict[str, set[str]]:
    """Per article, the tokens of the persons its reports name (:func:`_person_tokens`)."""
    out: dict[str, set[str]] = {}
    for event in events:
        tokens = _person_tokens(event)
        if tokens:
            for doc in {m.doc for m in event.mentions}:
                out.setdefault(doc, set()).update(tokens)
    return out


def _year_of(event: Event) -> int | None:
    day = event.earliest or event.latest
    return day.year if day else None


def _news(candidate: Event, report: Event) -> bool:
    """Whether ``candidate`` reaches the day before ``report``'s bound (its publication day, for
    a report without a date): what the article is about, not its background."""
    if candidate.latest is None or report.latest is None:
        return False
    return candidate.latest.date() >= report.latest.date() - dt.timedelta(days=1)


def _led(report: Event) -> bool:
    """Whether every mention of ``report`` is dated by its article's lead (``dated_by ==
    "anchor"``: a headline over a body saying "الثلاثاء الماضي"): it tells that lead again,
    however old, so its own article's dated event of its type is what it reports."""
    return bool(report.mentions) and all(m.dated_by == "anchor" for m in report.mentions)


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
    """Display and output order: by date (undated by their bound, after the dated), then type and id."""
    return (event.earliest is None, event.earliest or event.latest or dt.datetime.min,
            event.latest or dt.datetime.min, event.type, event.id)


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Merge reports of the same real-world event; order-independent and idempotent.

    :class:`timeline.graph.identity.Identity` decides which reports may be one event; the
    merged interval is the intersection, participants their union (see
    :meth:`Matcher.parties_of`), and every mention is kept.
    """
    return cluster_events(events)[0]
