"""The pipeline of :func:`timeline.graph.build` split into partitionable steps, and its Dask driver.

Three steps, each a plain function so that a scheduler can place it anywhere:

1. **map** (:class:`timeline.pipeline.Step`, the per-article step every driver shares): tag one
   article and extract its single-mention events and textual links; a failing article becomes
   a :class:`~timeline.model.Problem`, as in ``build``.
2. **merge**, keyed so that it partitions: two events can only merge when they have the same
   type and overlapping *reaches* (their intervals, a day earlier for a report dated only by
   "اليوم"/"أمس", the month before its bound for an undated one: see
   :func:`timeline.graph.blocking.reach_days` and :class:`timeline.graph.identity.Identity`), and a
   merged cluster's reach lies inside its members', so a cluster never leaves the connected
   run of overlapping reaches its members came from.  The blocking key is therefore
   *type + run*: per type, the union of all reaches is cut into maximal disjoint runs
   (:func:`event_spans`, a small reduction over the partitions), and every event goes to the run
   that contains it.  An event spanning several fixed date buckets is no special case: runs are
   built from the data, so it pulls the buckets it touches into one run.  Events with no
   publication date never merge and are grouped per partition.  Each group is merged with
   :func:`timeline.graph.cluster_events`; greedy merging inside one run sees exactly the
   candidates it sees in a single-process build, so the groups together give the same clusters.
3. **order** (:func:`finish`, also from :mod:`timeline.graph.records`): final ids (content hashes, as in ``build``) and
   :func:`timeline.graph.order_events` over the merged events, which are far fewer than mentions.

:func:`build_bag` returns a Timeline equal to ``build`` on the same articles: same events, ids,
relations, conflicts and problems.  (Ids equal ``build``'s as long as no two merged events have
the same content hash, which needs identical mention positions; if that ever happens the
``-2`` suffix goes by canonical order rather than by ``build``'s last merge pass.)

Running on a cluster needs no code change: Dask uses the active ``dask.distributed`` client::

    from dask.distributed import Client
    from timeline.distributed import articles_to_bag, build_bag

    client = Client("tcp://scheduler:8786")        # or Client(LocalCluster(n_workers=8))
    timeline = build_bag(articles_to_bag("news.jsonl", npartitions=64))

The workers need ``timeline`` installed.  For input too large for the driver, build the bag
on the cluster (``dask.bag.read_text("s3://.../*.jsonl").map(json.loads)``): records that are
dicts are parsed with :func:`timeline.io.parse_article` inside the map step (duplicate ids are
then not caught: that needs one pass over all ids, as ``articles_to_bag`` does).  Only the merged
events, the textual links and the problems come back to the driver.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from .events.extract import WINDOW_DAYS
from .graph.blocking import reach_days
from .graph.identity import facts_of
from .graph.kinship import block_type
from .graph.records import (
    Extracted,
    Key,
    Member,
    Tagger,
    extract_one,
    finish,
    merge_group,
    merge_records,
)
from .model import Article, Event, Problem, Timeline
from .pipeline import Step

if TYPE_CHECKING:
    import dask.bag

__all__ = [
    "Extracted", "Tagger", "articles_to_bag", "build_bag", "event_spans", "extract_one", "finish",
    "group_key", "merge_group", "merge_records",
]


# ------------------------------------------------------------------ merge, keyed by runs

Spans = dict[str, list[tuple[int, int]]]


def _span(event: Event) -> tuple[int, int] | None:
    """The days ``event`` may be compared with (:func:`timeline.graph.blocking.reach_days`)."""
    span = reach_days(event, facts_of(event))
    return None if span is None else (min(span), max(span))


def _union(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Maximal disjoint runs covering ``spans`` (closed day intervals that share a day join)."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def event_spans(records: Iterable[Extracted]) -> Spans:
    """Per event type, the runs of overlapping event intervals (one partition's part)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for record in records:
        for event in record.events:
            span = _span(event)
            if span is not None:
                found.setdefault(block_type(event.type), []).append(span)
    return {t: _union(s) for t, s in sorted(found.items())}


def _combine_spans(parts: Iterable[Spans]) -> Spans:
    found: dict[str, list[tuple[int, int]]] = {}
    for part in parts:
        for t, spans in part.items():
            found.setdefault(t, []).extend(spans)
    return {t: _union(s) for t, s in sorted(found.items())}


def group_key(event: Event, key: Key, spans: Spans) -> tuple:
    """The blocking key: ``(type, first day of its run)``; no date at all: ``(type, None, partition)``
    (kin types, :mod:`timeline.graph.kinship`, count as one)."""
    span = _span(event)
    if span is None:
        return (block_type(event.type), None, key[0])
    runs = spans[block_type(event.type)]
    i = bisect.bisect_right(runs, (span[0], float("inf"))) - 1
    return (block_type(event.type), runs[i][0], 0)


def _keyed(record: Extracted, spans: Spans) -> list[tuple[tuple, Member]]:
    return [(group_key(e, record.key, spans), (record.key, j, e)) for j, e in enumerate(record.events)]


# ------------------------------------------------------------------ dask driver

def _items(source: Any) -> Iterator[Article | Problem]:
    from .io import check_items, read_articles

    if not isinstance(source, (str, bytes)) and hasattr(source, "__iter__") and not hasattr(source, "read"):
        items = iter(source)
        for first in items:
            if isinstance(first, (Article, Problem)):
                # as build takes them: duplicate ids and invalid Unicode are caught here too
                yield from check_items(_prepend(first, items))
                return
            yield from read_articles(_prepend(first, items))
            return
        return
    yield from read_articles(source)


def _prepend(first: Any, rest: Iterator[Any]) -> Iterator[Any]:
    yield first
    yield from rest


def articles_to_bag(source: Any, npartitions: int = 4) -> dask.bag.Bag:
    """A bag of Articles (and reader Problems) from a path, stream, or iterable of lines, dicts or Articles.

    Reading happens here, on the driver, with :func:`timeline.io.read_articles` (duplicate ids
    and malformed records become Problems); the bag keeps input order.
    """
    import dask.bag as db

    items = list(_items(source))
    return db.from_sequence(items, npartitions=max(1, min(npartitions, len(items) or 1)))


@attrs.frozen
class _Partition:
    """The per-article step over one partition (keys: partition, position)."""

    step: Step

    def __call__(self, items: Iterable[Any], partition: int) -> list[Extracted]:
        return [self.step(item, (partition, j)) for j, item in enumerate(items)]


def _group_of(pair: tuple[tuple, Member]) -> tuple:
    return pair[0]


def _add(acc: list[Member], pair: tuple[tuple, Member]) -> list[Member]:
    acc.append(pair[1])
    return acc


def _concat(a: list[Member], b: list[Member]) -> list[Member]:
    return a + b


@attrs.frozen
class _Merge:
    """Merges one keyed group with the step's lexicon (persons' offices, places' regions)."""

    step: Step

    def __call__(self, pair: tuple[tuple, list[Member]]) -> tuple[list[Event], list[tuple[Key, int, int]]]:
        return merge_group(pair[1], self.step.compiled)


def _without_events(record: Extracted) -> Extracted:
    return attrs.evolve(record, events=())


def build_bag(bag: dask.bag.Bag, prefer: str = "past", *, window_days: int = WINDOW_DAYS,
              tagger: Tagger | None = None, lexicon: Any = None, dialects: Iterable[str] | None = None,
              scheduler: Any = None, on_problem: Callable[[Problem], None] | None = None,
              **compute_options: Any) -> Timeline:
    """The timeline of a bag of Articles, equal to :func:`timeline.graph.build` on them.

    Items may also be reader Problems (listed first among the problems, not in
    ``Timeline.articles``) or article dicts.  ``scheduler`` goes to ``dask.compute``
    (``"sync"``, ``"threads"``, ``"processes"``, a client...), and so do ``compute_options``
    (e.g. ``num_workers=2``); ``None`` uses Dask's default or the active ``dask.distributed``
    client.  ``on_problem`` sees each problem after the run,
    in order.  ``tagger`` must be picklable for process or cluster schedulers.  ``lexicon`` and
    ``dialects`` are ``build``'s (:class:`timeline.pipeline.Step`); a user lexicon given as
    paths is compiled once per worker process, so the files must be readable there.
    """
    import dask
    import dask.bag as db

    step = Step(prefer, window_days, tagger, lexicon, dialects)
    parts = bag.to_delayed()
    records = db.from_delayed([dask.delayed(_Partition(step))(part, i) for i, part in enumerate(parts)])
    spans = records.reduction(event_spans, _combine_spans)
    groups = (records.map(_keyed, spans).flatten()
              .foldby(_group_of, _add, list, _concat, list)
              .map(_Merge(step)))
    merged, meta = dask.compute(groups, records.map(_without_events), scheduler=scheduler, **compute_options)
    timeline, _ = finish(merged, meta)
    if on_problem is not None:
        for problem in timeline.problems:
            on_problem(problem)
    return timeline
