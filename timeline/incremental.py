"""Add articles to a saved timeline without re-reading the old ones.

Two modes, chosen by what is known about the saved timeline:

* **exact** (the saved timeline comes with its *records*, the per-article results of
  :class:`timeline.pipeline.Step`, the per-article step every driver shares): only the new
  articles are tagged; the old and new single-mention events are merged again (merging is
  near-linear and cheap next to tagging), so the events, their mentions and dates equal a
  full rebuild with the same options (``lexicon``, ``dialects``).
* **units** (a bare saved Timeline, e.g. a JSON file without its records file): each saved
  event is one unit that new reports can join, but that is never split.  The JSON document
  does not keep what the single-mention events were before merging (each mention's own
  interval, participants, subtype, place and confidence), so a new report that would have
  drawn an old mention away from its saved cluster in a full rebuild cannot do so here.
  Textual links are rebuilt from the saved ``text`` relations and conflict claims.

Id policy (both modes): ``build``'s ids are content hashes that change when an event gains a
mention; here an existing event keeps its id.  Each saved id goes to the new event holding
most of its mentions; when several saved events merge, the survivor's id is the one with most
mentions in the merged event (ties: the smallest id) and the other ids disappear.  Events with
no saved mentions get ``build``'s content-hash ids.  Relations are computed after renaming.

Articles whose id the saved timeline already lists are skipped with a Problem (field ``id``).
An article that failed (a Problem, no events) is not listed, so a corrected copy can be added
by a later update; its old problems are then dropped.  A problem met again (same article,
field and message; for a record without an article id, the same line too) replaces the saved
one, so running the same update twice does not pile up problems.

Files: :func:`update_file` reads ``SAVED.json`` (the contract document, via
:func:`timeline.io.timeline_from_json`) and its records file ``SAVED.records.jsonl`` next to
it (its format: :mod:`timeline.io.records_file`), adds articles from JSON Lines inputs, and
writes both back.  The records file's first line lists the options
(:meth:`timeline.pipeline.Step.options`) its articles were read with; an update with other
options warns (:func:`check_options`).  The CLI form is ``timeline build --update
SAVED.json NEW.jsonl...``.
"""

from __future__ import annotations

import os
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from .events.extract import WINDOW_DAYS
from .graph.records import Extracted, Tagger, merge_records
from .io.records_file import load_records, read_options, records_path, save_records
from .model import Article, Event, Mention, Problem, Timeline
from .pipeline import Step

__all__ = ["SKIPPED", "check_options", "keep_ids", "load_records", "read_options", "records_path",
           "save_records", "update", "update_file", "update_with_records"]

SKIPPED = "article already in the saved timeline; skipped"


def _shape(event: Event) -> tuple:
    return (event.type, event.earliest, event.latest, tuple(sorted(a.key for a in event.participants)))


def keep_ids(saved: Iterable[Event]) -> Callable[[list[Event]], list[str]]:
    """The id policy (module docstring) as a ``rename`` hook for :func:`timeline.distributed.finish`.

    One trigger can report several events (coordinated dates, separate contacts), so a mention
    may belong to several saved events; ties in shared mentions go to the pair with the same
    content hash, then the same type, interval and participants, then the smallest saved id.
    """
    saved = list(saved)
    owners: dict[Mention, list[int]] = {}
    for k, e in enumerate(saved):
        for m in e.mentions:
            owners.setdefault(m, []).append(k)

    def rename(events: list[Event]) -> list[str]:
        shared: Counter[tuple[int, int]] = Counter()
        for i, e in enumerate(events):
            for m in e.mentions:
                for k in owners.get(m, ()):
                    shared[k, i] += 1

        def rank(pair: tuple[tuple[int, int], int]) -> tuple:
            (k, i), count = pair
            old, new = saved[k], events[i]
            return (-count, old.id != new.id, _shape(old) != _shape(new), old.id, i)

        ids: list[str | None] = [None] * len(events)
        taken: set[str] = set()
        for (k, i), _ in sorted(shared.items(), key=rank):
            if ids[i] is None and saved[k].id not in taken:
                ids[i] = saved[k].id
                taken.add(saved[k].id)
        out = []
        for e, i in zip(events, ids, strict=True):
            if i is None:
                i, n = e.id, 1
                while i in taken:  # a fresh hash equal to a kept id: keep both distinct
                    n += 1
                    i = f"{e.id}-{n}"
                taken.add(i)
            out.append(i)
        return out

    return rename


def _unit_record(saved: Timeline) -> Extracted:
    """The saved events as one pseudo-article, with the saved textual claims as its links."""
    index = {e.id: i for i, e in enumerate(saved.events)}
    claims = [r for r in saved.relations if r.origin == "text"]
    claims += [r for c in saved.conflicts for r in c.claims if r.origin == "text"]
    links = tuple((index[r.source], index[r.target], r.evidence) for r in claims
                  if r.type == "BEFORE" and r.source in index and r.target in index)
    return Extracted((-1, 0), None, saved.events, links, article_record=False)


#: Runs the map step over new items in order (e.g. in worker processes): ``items`` are
#: Articles and Problems, the result one record per item, keys left to the caller.
Extract = Callable[[Iterable[Article | Problem]], Iterable[Extracted]]


def _problem_key(problem: Problem) -> tuple:
    if problem.article is None:
        return (None, problem.field, problem.message, problem.line)
    return (problem.article, problem.field, problem.message)


def merge_problems(saved: Sequence[Problem], new: Sequence[Problem], added: Iterable[str] = ()) -> tuple[Problem, ...]:
    """The saved problems, minus those of articles ``added`` now and those met again, then ``new``."""
    drop = set(added)
    again = {_problem_key(p) for p in new}
    kept = [p for p in saved if p.article not in drop and _problem_key(p) not in again]
    return tuple(kept) + tuple(dict.fromkeys(new))


def update_with_records(saved: Timeline, articles: Iterable[Article | Problem | Mapping[str, Any]],
                        prefer: str = "past", *, records: Sequence[Extracted] | None = None,
                        window_days: int = WINDOW_DAYS, tagger: Tagger | None = None, lexicon: Any = None,
                        dialects: Iterable[str] | None = None, extract: Extract | None = None,
                        lines: Mapping[str, int] | None = None) -> tuple[Timeline, tuple[Extracted, ...]]:
    """:func:`update`, also returning the records to pass to the next update.

    ``records`` are the extraction results for ``saved.articles`` (exact mode); ``None``
    merges the saved events as units.  The returned records cover old and new articles in
    exact mode, only the new ones in units mode (in both, only articles that went in).
    ``tagger``, ``lexicon`` and ``dialects`` are ``build``'s (:class:`timeline.pipeline.Step`): give
    those the saved timeline was built with, or the old and new articles are read differently.
    ``extract`` replaces the one-by-one map step (the command line runs the same step in worker
    processes); ``lines`` maps article ids to input lines, for problems that lack one.
    """
    from .io.articles import check_items

    step = Step(prefer, window_days, tagger, lexicon, dialects)
    known = set(saved.articles)

    def fresh() -> Iterator[Article | Problem]:
        for item in check_items(articles):
            if isinstance(item, Article):
                if item.id in known:
                    item = Problem(item.id, "id", SKIPPED)
                else:
                    known.add(item.id)
            yield item

    if extract is None:
        found: Iterable[Extracted] = (step(item) for item in fresh())
    else:
        found = extract(fresh())
    start = len(records) if records is not None else 0
    new = [attrs.evolve(r, key=(0, start + i)) for i, r in enumerate(found)]
    # this run's problems in input order: reader problems, skips, warnings, failures
    problems = [p for r in new for p in (*r.warnings, *((r.problem,) if r.problem else ()))]
    if lines:
        problems = [p if p.line is not None or p.article not in lines else attrs.evolve(p, line=lines[p.article])
                    for p in problems]
    kept = tuple(r for r in new if r.recorded)
    if records is not None:
        every = tuple(records) + kept
        merged, _ = merge_records(every, rename=keep_ids(saved.events), lexicon=step.compiled)
    else:
        every = kept
        merged, _ = merge_records((_unit_record(saved), *kept), rename=keep_ids(saved.events),
                                  lexicon=step.compiled)
    added = tuple(r.article for r in kept)
    timeline = attrs.evolve(merged, problems=merge_problems(saved.problems, problems, added),
                            articles=saved.articles + added)
    return timeline, every


def update(saved: Timeline, articles: Iterable[Article | Problem | Mapping[str, Any]], prefer: str = "past", *,
           records: Sequence[Extracted] | None = None, window_days: int = WINDOW_DAYS,
           tagger: Tagger | None = None, lexicon: Any = None, dialects: Iterable[str] | None = None) -> Timeline:
    """``saved`` plus ``articles``: new events, mentions joining saved events, new relations.

    Saved event ids are kept (module docstring); already listed article ids are skipped with
    a Problem; reader Problems among ``articles`` are appended to the problems.  With the
    saved ``records``, events equal those of a full :func:`timeline.graph.build` (with the
    same ``tagger``, ``lexicon`` and ``dialects``).
    """
    return update_with_records(saved, articles, prefer, records=records, window_days=window_days,
                               tagger=tagger, lexicon=lexicon, dialects=dialects)[0]


# ------------------------------------------------------------------ files

def load_saved(saved: str | os.PathLike) -> tuple[Timeline, tuple[Extracted, ...] | None, list[str]]:
    """The saved timeline (empty if ``saved`` does not exist), its records (``None``: units
    mode) and warnings saying why there are none.  Raises ``ValueError`` for a malformed
    timeline document, ``OSError`` for an unreadable file."""
    from .io import timeline_from_json
    from .io.jsonrecords import _Decoder

    saved = Path(saved)
    if not saved.exists():
        return Timeline(), (), []
    with open(saved, encoding="utf-8") as handle:
        decoder = _Decoder()
        document = decoder.decode(handle.read())
        if decoder.problem(0) is not None:
            raise ValueError("an integer too long to read")
    timeline = timeline_from_json(document)
    cache = records_path(saved)
    if not cache.exists():
        return timeline, None, [f"no {cache.name}; saved events merged as units"]
    try:
        loaded = load_records(cache)
    except (OSError, ValueError) as error:
        return timeline, None, [f"{cache}: {error}; saved events merged as units"]
    if tuple(r.article for r in loaded if r.recorded) == timeline.articles \
            or tuple(r.article for r in loaded if r.article_record) == timeline.articles:  # before failures were left out
        return timeline, loaded, []
    return timeline, None, [f"{cache} does not match {saved}; saved events merged as units"]


def check_options(saved: str | os.PathLike, records: Sequence[Extracted] | None,
                  options: Mapping[str, Any]) -> tuple[list[str], list[Mapping[str, Any] | None] | None]:
    """Warnings when the saved articles were read with other options than ``options`` (this
    run's), and the option sets to record with the updated records (``None``: units mode)."""
    if records is None:
        return [], None
    cache = records_path(saved)
    known = read_options(cache) if cache.exists() else None
    if known is None:
        known = [None] if records else []
    notes = []
    others = [o for o in known if o != dict(options)]
    if others:
        differ = sorted({k for o in others if o is not None for k in {*o, *options} if o.get(k) != options.get(k)})
        unknown = " (some not recorded)" if None in others else ""
        differing = f", differing in {', '.join(differ)}" if differ else ""
        notes.append(f"{cache.name}: saved articles were read with other options{unknown}{differing}; they keep "
                     "that reading and only the new articles use this run's (rebuild to read every article alike)")
    return notes, known + ([] if dict(options) in known else [dict(options)])


def save_timeline(target: str | os.PathLike, timeline: Timeline, records: Iterable[Extracted] | None,
                  options: Sequence[Mapping[str, Any] | None] | None = None) -> None:
    """Write the timeline document to ``target`` and, given records, its records file beside it
    with ``options`` (see :func:`save_records`), each atomically; the records first, so that a
    crash in between leaves a mismatch that the next update detects, not a stale pair."""
    from .io import dump_timeline
    from .io.atomic import atomic_output

    if records is not None:
        save_records(records, records_path(target), options)
    with atomic_output(target) as handle:
        dump_timeline(timeline, handle)


def update_file(saved: str | os.PathLike, sources: Iterable[Any], prefer: str = "past", *,
                output: str | os.PathLike | None = None, lexicon: Any = None,
                dialects: Iterable[str] | None = None) -> Timeline:
    """Load ``saved`` (if it exists), add the articles of ``sources``, write ``output`` (default ``saved``).

    ``sources`` are anything :func:`timeline.io.read_articles` reads (paths, ``"-"``, streams);
    duplicates across them are Problems, and problems carry their input line.  Without a
    usable records file the update runs in units mode and a ``UserWarning`` says so.
    ``lexicon`` and ``dialects`` are ``build``'s.
    """
    from .io import read_numbered

    timeline, records, notes = load_saved(saved)
    more, options = check_options(saved, records, Step(prefer, lexicon=lexicon, dialects=dialects).options())
    for note in notes + more:
        warnings.warn(note, stacklevel=2)
    seen: dict[str, int] = {}
    lines: dict[str, int] = {}

    def items() -> Iterator[Article | Problem]:
        for source in sources:
            for line, item in read_numbered(source, seen=seen):
                if isinstance(item, Article):
                    lines.setdefault(item.id, line)
                yield item

    timeline, every = update_with_records(timeline, items(), prefer, records=records, lines=lines,
                                          lexicon=lexicon, dialects=dialects)
    save_timeline(output if output is not None else saved, timeline, every if records is not None else None, options)
    return timeline
