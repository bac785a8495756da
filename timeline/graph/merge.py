"""Cross-article event merging (event coreference), near-linear in mentions.

Events are visited in a canonical order (most precisely dated first), so the result does not
depend on input order.  Each event is compared only with clusters it shares a *block* with
(same type, a date bucket its reach touches, and a token: an actor or its state, a named
place, a theatre key or an article; see :func:`_tokens`) and joins the compatible one with
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
from collections.abc import Iterable, Sequence

import attrs

from ..arabic import fold
from ..document.segment import analyses
from ..events.extract import NO_DCT_WARNING, PLANNED_WARNING
from ..events.lexicon import is_nisba
from ..model import GRAINS, UNDATED, Actor, Event, Mention, end_of, iso, start_of
from .identity import (
    GENERIC_SUBTYPES,
    LAG,
    LAG_TYPES,
    PERSONAL_TYPES,
    PLACE_FIXED,
    SCOPE_ENOUGH,
    UNDATED_REACH_DAYS,
    WEAK_ENOUGH,
    Facts,
    Identity,
    facts_of,
    is_generic,
    loose,
    mention_key,
    merged_phase,
    place_fixed,
    theatres,
    weak,
    window_dated,
)

__all__ = ["GENERIC_SUBTYPES", "PERSONAL_TYPES", "PLACE_FIXED", "Matcher", "canonical_key", "cluster_events",
           "event_id", "merge_events", "place_fixed", "sort_key", "window_dated"]

#: Days per fine bucket, and the longest interval still filed in fine buckets.
BUCKET_DAYS = 7
SHORT_DAYS = 62
#: Days per coarse bucket (for long intervals) and the longest interval filed there.
COARSE_DAYS = 366
LONG_DAYS = 366 * 6


def _width(event: Event) -> int:
    if event.earliest is None or event.latest is None:
        return 10**9
    return (event.latest - event.earliest).days


_mention_key = mention_key


def canonical_key(event: Event) -> tuple:
    """Total order used for every deterministic choice (independent of input order)."""
    return (
        loose(event) or weak(event), _width(event),
        event.earliest or dt.datetime.max, event.latest or dt.datetime.max,
        event.type, event.subtype or "", event.phase or "", tuple(sorted(a.key for a in event.participants)),
        event.place or "", event.theatre or "", tuple(sorted(mention_key(m) for m in event.mentions)), event.id,
    )


def event_id(event: Event) -> str:
    """Stable id from the type, interval and mention positions (see module docstring)."""
    parts = [event.type, str(iso(event.earliest, event.grain)), str(iso(event.latest, event.grain)),
             ",".join(sorted(a.key for a in event.participants))]
    parts += [f"{m.doc}:{m.start}:{m.end}" for m in sorted(event.mentions, key=mention_key)]
    return "e" + hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:10]


class Matcher(Identity):
    """The identity decision plus how two compatible events combine."""

    def subtype_of(self, a: Event, b: Event) -> str | None:
        """The merged subtype: the one known, the specific one beside a generic, or the
        first in order when two wordings of one act differ."""
        generic = GENERIC_SUBTYPES.get(a.type)
        if a.subtype is None or a.subtype == generic:
            return b.subtype or a.subtype
        if b.subtype is None or b.subtype == generic:
            return a.subtype
        return min(a.subtype, b.subtype)

    def combine(self, a: Event, b: Event, facts: tuple[Facts, Facts] | None = None) -> Event:
        """The merged event: interval intersection, union of participants and mentions.

        Reports of other articles that met only through a print edition's lag (no common
        day) take the interval of the report not dated by "اليوم"/"أمس" alone, else the
        earlier one."""
        fa, fb = facts or (facts_of(a), facts_of(b))
        earliest, latest, to_days = _interval(a, b, fa, fb)
        year = (earliest or latest).year if (earliest or latest) else None
        mentions = tuple(sorted(set(a.mentions + b.mentions), key=mention_key))
        dated = not (fa.loose and fb.loose)
        # "planned" holds only while no report says the event took place
        planned = PLANNED_WARNING in a.warnings and PLANNED_WARNING in b.warnings
        warnings = tuple(sorted({w for w in a.warnings + b.warnings
                                 if not (dated and (w.startswith(UNDATED) and w != NO_DCT_WARNING))
                                 and (planned or w != PLANNED_WARNING)}))
        return Event(
            id=a.id, type=a.type, subtype=self.subtype_of(a, b), earliest=earliest, latest=latest,
            participants=self.parties_of(a, b, year), place=_narrower(self, a.place, b.place), mentions=mentions,
            confidence=round(max(a.confidence, b.confidence), 3), warnings=warnings,
            phase=merged_phase(a.phase, b.phase), headline=_headline(a.headline, b.headline),
            theatre=_theatre(a, b), grain="day" if to_days else max(a.grain, b.grain, key=_grain_rank),
        )

    def parties_of(self, a: Event, b: Event, year: int | None) -> tuple[Actor, ...]:
        """Union of participants (first by key, role, name); an office goes when its holder is
        named, "the parties" when any party is named.  Two reports of a call that each name
        two sides or more keep the smaller set: the sides both agree on, so one call's
        counterpart never spreads to another call."""
        na, nb = self.named(a), self.named(b)
        if a.type == "call" and len(na) > 1 and len(nb) > 1 and len(na) != len(nb):
            pool = a.participants if len(na) < len(nb) else b.participants
        else:
            pool = a.participants + b.participants
        actors: dict[str, Actor] = {}
        for actor in sorted(pool, key=lambda x: (x.key, x.role or "", x.name)):
            actors.setdefault(actor.key, actor)
        if any(not is_generic(x) for x in actors.values()):
            actors = {k: x for k, x in actors.items() if not is_generic(x)}
        persons = [x for x in actors.values() if x.key in self.lexicon.roles]
        return tuple(x for x in actors.values()
                     if not any(x.key != p.key and x.key in self.expand(p, year) for p in persons))


def _interval(a: Event, b: Event, fa: Facts, fb: Facts) -> tuple[dt.datetime | None, dt.datetime | None, bool]:
    """The merged interval, and whether it was widened to whole days: the intersection when
    not empty; the shared days when only the times of day are disjoint (time zones, a part of
    day beside a clock time); without a shared day (a print edition's lag) the interval of
    the report not dated by "اليوم"/"أمس" alone, else the earlier one."""
    latest = min(a.latest, b.latest) if a.latest is not None and b.latest is not None else a.latest or b.latest
    starts = [e.earliest for e in (a, b) if e.earliest is not None]
    if not starts:
        return None, latest, False
    earliest = max(starts)
    if earliest <= latest:
        return earliest, latest, False
    if len(starts) == 2 and earliest.date() <= latest.date():
        return start_of(earliest.date()), end_of(latest.date()), True
    if fa.deictic != fb.deictic:
        keep = b if fa.deictic else a
    else:
        keep = min(a, b, key=lambda e: (e.earliest, e.latest))
    return keep.earliest, keep.latest, False


def _grain_rank(grain: str) -> int:
    return GRAINS.index(grain) if grain in GRAINS else GRAINS.index("day")


def _headline(a: str | None, b: str | None) -> str | None:
    """The better of two headlines by their text alone (see :func:`headline_rank`)."""
    if a is None or b is None:
        return a or b
    return max(a, b, key=lambda h: headline_rank(h, frozenset()))


#: Words of a headline beyond which more words stop counting as more information.
HEADLINE_WORDS = 14


def _stems(text: str) -> frozenset[str]:
    """The stems of a text's words, clitics taken off (for "is this name in the headline")."""
    return frozenset(a.stem for word in fold(text).split() for a in analyses(word))


def headline_rank(headline: str, facts: frozenset[str]) -> tuple:
    """Order of headlines, best last: how many of the event's ``facts`` (the last word of each
    participant's and of the place's name, folded) it names (who, where), then more words up
    to :data:`HEADLINE_WORDS`, then the shorter, then the text itself (deterministic)."""
    words = len(headline.split())
    stems = _stems(headline) if facts else frozenset()
    named = sum(any(_names(stem, fact) for stem in stems) for fact in facts)
    return (named, min(words, HEADLINE_WORDS), -words, headline)


#: Letters a nisba adjective adds to its name at most ("إسرائيل" -> "إسرائيلية").
_NISBA_LETTERS = 3


def _names(stem: str, fact: str) -> bool:
    """Whether a headline word names ``fact``: the name itself or its nisba adjective."""
    return stem == fact or (stem.startswith(fact) and len(stem) - len(fact) <= _NISBA_LETTERS and is_nisba(stem))


def best_headline(event: Event, headlines: Iterable[str], matcher: Identity) -> str | None:
    """The headline of a merged event: among its reports' headlines, the one naming most of
    who took part and where (:func:`headline_rank`)."""
    candidates = sorted(set(headlines))
    if not candidates:
        return None
    names = [a.name for a in matcher.named(event)]
    if event.place is not None:
        names.append(matcher.lexicon.place_names.get(event.place, event.place))
    facts = frozenset(fold(n).split()[-1] for n in names if fold(n).split())
    return max(candidates, key=lambda h: headline_rank(h, facts))


def _theatre(a: Event, b: Event) -> str | None:
    """The theatres both reports share, else all of them."""
    ta, tb = theatres(a), theatres(b)
    keys = (ta & tb) or (ta | tb)
    return "+".join(sorted(keys)) if keys else None


def _narrower(matcher: Identity, a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    return a if matcher.lexicon.place_within(a, b) else b


def reach_days(event: Event, facts: Facts) -> tuple[int, int] | None:
    """First and last day (ordinals) of what ``event`` may be compared with."""
    if event.latest is None:
        return None
    hi = event.latest.toordinal()
    if event.earliest is None:
        return hi - UNDATED_REACH_DAYS, hi
    return event.earliest.toordinal() - (LAG.days if facts.deictic and event.type in LAG_TYPES else 0), hi


def _buckets(span: tuple[int, int] | None) -> list[tuple]:
    if span is None:
        return [("none",)]
    lo, hi = span
    if hi - lo <= SHORT_DAYS:
        return [("fine", n) for n in range(lo // BUCKET_DAYS, hi // BUCKET_DAYS + 1)]
    if hi - lo <= LONG_DAYS:
        return [("coarse", n) for n in range(lo // COARSE_DAYS, hi // COARSE_DAYS + 1)]
    return [("huge",)]


def _probe(span: tuple[int, int] | None) -> list[tuple]:
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


def _tokens(event: Event, facts: Facts, matcher: Identity) -> tuple[set[str], set[str]]:
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
    truce or clash; a report naming nobody its place, article and theatre tokens."""
    year = (event.earliest or event.latest).year if (event.earliest or event.latest) else None
    actors: set[str] = set()
    for actor in matcher.named(event):
        keys = matcher.expand(actor, year)
        actors |= keys
        actors |= {k.split(":")[0] for k in keys}
    scope = {"#" + k for k in theatres(event)}
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
    return filed, probed


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

    @classmethod
    def of(cls, event: Event, facts: Facts) -> _Cluster:
        return cls(attrs.evolve(event, mentions=()), list(event.mentions), set(facts.spots), set(facts.docs),
                   facts.loose, facts.deictic, {event.headline} if event.headline else set(),
                   set(facts.relative_docs), set(facts.timed_docs), min(facts.spots) if facts.spots else None)

    @property
    def facts(self) -> Facts:
        return Facts(self.spots, self.docs, self.loose, self.deictic,  # type: ignore[arg-type]
                     self.relative_docs, self.timed_docs)  # type: ignore[arg-type]

    def add(self, event: Event, facts: Facts, matcher: Matcher) -> None:
        self.event = matcher.combine(self.event, attrs.evolve(event, mentions=()), (self.facts, facts))
        self.mentions.extend(event.mentions)
        shared = self.docs & facts.docs
        self.relative_docs = (self.relative_docs - shared) | (facts.relative_docs - shared) | (
            self.relative_docs & facts.relative_docs)
        self.timed_docs |= facts.timed_docs
        self.spots |= facts.spots
        self.docs |= facts.docs
        self.loose = self.loose and facts.loose
        self.deictic = self.deictic and facts.deictic
        if event.headline:
            self.headlines.add(event.headline)


def _pass(events: Sequence[Event], matcher: Matcher) -> tuple[list[Event], list[int]]:
    """One greedy pass; returns the clusters and, per input event, its cluster index.

    A report without a date of its own, or naming nobody, that fits several clusters stays
    alone, since which one it reports is a guess, unless exactly one of them is the news of its
    own article (a title and its body; see :func:`_news`); both kinds come last in the order.  Inside a block, clusters are grouped by a report they hold: an event
    holding that report skips the group unread, since two events of one report never merge
    (N coordinated dates of one trigger would otherwise meet N^2 times)."""
    order = sorted(range(len(events)), key=lambda i: canonical_key(events[i]))
    clusters: list[_Cluster] = []
    index: dict[tuple, dict[tuple[str, int] | None, list[int]]] = {}
    assign = [0] * len(events)

    def put(c: int, key: tuple, tokens: Iterable[str]) -> None:
        kind, anchor = clusters[c].event.type, clusters[c].anchor
        for token in tokens:
            index.setdefault((kind, *key, token), {}).setdefault(anchor, []).append(c)

    def file(c: int, tokens: set[str]) -> None:
        """File cluster ``c`` under its new tokens, and all of them in buckets it newly reaches
        (its reach only narrows, except when a lagged or undated report takes a firm date)."""
        cluster = clusters[c]
        buckets = _buckets(reach_days(cluster.event, cluster.facts))
        if buckets[0][0] == "fine":
            buckets.append(("fine", "*"))
        new = tokens - cluster.tokens
        cluster.tokens |= new
        for key in buckets:
            if key in cluster.buckets:
                put(c, key, sorted(new))
            else:
                cluster.buckets.add(key)
                put(c, key, sorted(cluster.tokens))

    for i in order:
        event = events[i]
        mine = facts_of(event)
        filed, probed = _tokens(event, mine, matcher)
        seen: set[int] = set()
        fits: list[tuple[tuple, int]] = []
        for key in _probe(reach_days(event, mine)):
            for token in sorted(probed):
                for spot, group in index.get((event.type, *key, token), {}).items():
                    if spot in mine.spots:
                        continue  # every cluster here shares a report with the event
                    for c in group:
                        if c in seen:
                            continue
                        seen.add(c)
                        if matcher.compatible(clusters[c].event, event, (clusters[c].facts, mine)):
                            fits.append(((matcher.affinity(event, clusters[c].event), -c), c))
        if (mine.loose or weak(event)) and len(fits) > 1:
            # a guess, unless one candidate is the dated news of the report's own article (a title
            # and its body): in that article, dated, reaching the day before the report's bound
            fits = [f for f in fits if not mine.docs.isdisjoint(clusters[f[1]].docs) and not clusters[f[1]].loose
                    and _news(clusters[f[1]].event, event)]
            fits = fits if len(fits) == 1 else []
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


def _news(candidate: Event, report: Event) -> bool:
    """Whether ``candidate`` reaches the day before ``report``'s bound (its publication day, for
    a report without a date): what the article is about, not its background."""
    if candidate.latest is None or report.latest is None:
        return False
    return candidate.latest.date() >= report.latest.date() - dt.timedelta(days=1)


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
