"""The pipeline of :func:`timeline.graph.build` as two steps over per-article records.

1. :func:`extract_one` checks one input item and runs :func:`timeline.pipeline.process` on it
   (tag, extract its single-mention events and textual links), giving an :class:`Extracted`
   record; a failing article becomes a Problem in its record.
2. :func:`merge_records` (or, for groups merged elsewhere, :func:`finish`) merges the events
   of many records, gives them their final ids and orders them.

``build``, the command line, :mod:`timeline.distributed` and :mod:`timeline.incremental` all
run these two steps, so they agree on events, ids, relations and problems.

An article is *recorded* (listed in ``Timeline.articles``) only when its events are in the
timeline: a record that failed (no usable publication date, an unexpected error) is a
Problem only, so the corrected article can be added later with ``--update``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

from ..events.extract import WINDOW_DAYS
from ..events.lexicon import Lexicon
from ..model import Article, Event, Problem, Timeline, calendar_day
from ..pipeline import LocalLink, Tagger, process
from .merge import Matcher, canonical_key, cluster_events, event_id, sort_key
from .order import order_events

__all__ = ["BUILD_YEARS", "Extracted", "Tagger", "extract_one", "finish", "merge_group", "merge_records"]

#: Where a record came from: (partition, position) in a bag, or (0, position) for a list.
Key = tuple[int, int]
#: Publication years ``build`` dates events in: an undated report's window reaches days
#: before the publication date, and ``datetime`` stops at year 1.  (``tag`` alone accepts
#: any date, with warnings where a value cannot be computed.)
BUILD_YEARS = range(2, 10000)


@attrs.frozen
class Extracted:
    """What the map step returns for one input item."""

    key: Key
    #: The article id (``None`` for a reader problem without one).
    article: str | None
    events: tuple[Event, ...] = ()
    links: tuple[LocalLink, ...] = ()
    problem: Problem | None = None
    #: False for a record that never was an article (a reader problem): its problem comes
    #: before the extraction problems, as in the CLI.
    article_record: bool = True
    #: The article's warnings (:attr:`timeline.model.Article.warnings`): listed among the
    #: timeline's problems, the article is used.
    warnings: tuple[Problem, ...] = ()

    @property
    def recorded(self) -> bool:
        """Whether the article goes in ``Timeline.articles``: it was read and did not fail."""
        return self.article_record and self.problem is None


def _out_of_range(article: Article) -> Problem | None:
    published = article.published
    if published is None or published.year in BUILD_YEARS:
        return None
    day = calendar_day(published)
    return Problem(article.id, "published",
                   f"publication date {day.isoformat()} is outside the years events can be dated in "
                   f"({BUILD_YEARS.start}-{BUILD_YEARS.stop - 1}); the article is left out")


def extract_one(item: Article | Problem | Mapping[str, Any], key: Key = (0, 0), prefer: str = "past", *,
                window_days: int = WINDOW_DAYS, tagger: Tagger | None = None, lexicon: Lexicon | None = None,
                dialects: Iterable[str] | None = None) -> Extracted:
    """Tag and extract one article; whatever goes wrong becomes the record's Problem.

    A :class:`Problem` passes through; a mapping is first parsed with
    :func:`timeline.io.parse_article`, an :class:`Article` checked with
    :func:`timeline.io.check_article` (ids and texts that are not valid Unicode).
    """
    from ..io.articles import check_article, parse_article

    if isinstance(item, Mapping):
        item = parse_article(item)
    elif isinstance(item, Article):
        item = check_article(item)
    if isinstance(item, Problem):
        return Extracted(key, item.article, problem=item, article_record=False)
    if not isinstance(item, Article):
        problem = Problem(None, None, f"expected an Article, a mapping or a Problem, got {type(item).__name__}")
        return Extracted(key, None, problem=problem, article_record=False)
    warnings = item.warnings
    problem = _out_of_range(item)
    if problem is not None:
        return Extracted(key, item.id, problem=problem, warnings=warnings)
    done = process(item, prefer, window_days=window_days, tagger=tagger, lexicon=lexicon, dialects=dialects)
    return Extracted(key, item.id, done.events, done.links, done.problem, warnings=warnings)


Member = tuple[Key, int, Event]


def merge_group(members: Sequence[Member], lexicon: Lexicon | None = None,
                ) -> tuple[list[Event], list[tuple[Key, int, int]]]:
    """Merge one group: the merged events and, per member, ``(key, event index, result index)``.
    ``lexicon`` (persons' offices, places' regions) replaces the package's."""
    merged, assign = cluster_events([m[2] for m in members], Matcher(lexicon) if lexicon is not None else None)
    return merged, [(m[0], m[1], a) for m, a in zip(members, assign, strict=True)]


def _final_ids(events: Sequence[Event]) -> list[str]:
    """``build``'s ids: content hashes, a repeated hash suffixed ``-2``, ``-3`` in canonical order."""
    base = [event_id(e) for e in events]
    if len(set(base)) == len(base):
        return base
    order = sorted(range(len(events)), key=lambda i: canonical_key(attrs.evolve(events[i], id=base[i])))
    seen: dict[str, int] = {}
    out = list(base)
    for i in order:
        n = seen.get(base[i], 0)
        seen[base[i]] = n + 1
        if n:
            out[i] = f"{base[i]}-{n + 1}"
    return out


def record_problems(records: Iterable[Extracted]) -> list[Problem]:
    """The problems of ``records`` in timeline order: reader problems and article warnings in
    input order, then the problems of articles that failed."""
    ordered = sorted(records, key=lambda r: r.key)
    problems = [p for r in ordered for p in ((r.problem,) if not r.article_record else r.warnings)
                if p is not None]
    problems += [r.problem for r in ordered if r.problem is not None and r.article_record]
    return problems


def finish(groups: Iterable[tuple[Sequence[Event], Sequence[tuple[Key, int, int]]]],
           records: Iterable[Extracted], *,
           rename: Callable[[list[Event]], list[str]] | None = None,
           ) -> tuple[Timeline, dict[tuple[Key, int], str]]:
    """Assemble merged groups and per-article records (events may be left out) into a Timeline.

    Also returns, per extracted event ``(key, index)``, the id of the event it merged into.
    ``rename`` maps the merged events (carrying ``build``'s ids) to the ids to use instead;
    ordering runs after renaming, since relation representatives are chosen by id.
    """
    events: list[Event] = []
    where: dict[tuple[Key, int], int] = {}
    for merged, assign in groups:
        offset = len(events)
        events.extend(merged)
        for key, j, a in assign:
            where[key, j] = offset + a
    ids = _final_ids(events)
    if rename is not None:
        ids = rename([attrs.evolve(e, id=i) for e, i in zip(events, ids, strict=True)])
    events = sorted((attrs.evolve(e, id=i) for e, i in zip(events, ids, strict=True)), key=sort_key)
    final = {kj: ids[i] for kj, i in where.items()}
    ordered = sorted(records, key=lambda r: r.key)
    links = [(final[r.key, b], final[r.key, a], evidence) for r in ordered for b, a, evidence in r.links]
    relations, conflicts = order_events(events, links)
    timeline = Timeline(events=tuple(events), relations=tuple(relations), conflicts=tuple(conflicts),
                        problems=tuple(record_problems(ordered)),
                        articles=tuple(r.article for r in ordered if r.recorded))
    return timeline, final


def merge_records(records: Sequence[Extracted], *,
                  rename: Callable[[list[Event]], list[str]] | None = None, lexicon: Lexicon | None = None,
                  ) -> tuple[Timeline, dict[tuple[Key, int], str]]:
    """Merge and order in one process (equal to ``build`` over the same articles); see :func:`finish`."""
    members = [(r.key, j, e) for r in records for j, e in enumerate(r.events)]
    return finish([merge_group(members, lexicon)], records, rename=rename)
