"""Add articles to a saved timeline without re-reading the old ones.

Two modes, chosen by what is known about the saved timeline:

* **exact** (the saved timeline comes with its *records*, the per-article extraction results
  of :func:`timeline.distributed.extract_one`): only the new articles are tagged; the old and
  new single-mention events are merged again (merging is near-linear and cheap next to
  tagging), so the events, their mentions and dates equal a full rebuild.
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

Files: :func:`update_file` reads ``SAVED.json`` (the contract document, via
:func:`timeline.io.timeline_from_json`) and its records file ``SAVED.records.jsonl`` next to
it, adds articles from JSON Lines inputs, and writes both back.  The CLI form would be
``timeline build --update SAVED.json NEW.jsonl...``.
"""

from __future__ import annotations

import json
import os
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from .distributed import Extracted, Tagger, extract_one, merge_records
from .events.extract import WINDOW_DAYS
from .model import Article, Event, Mention, Problem, Timeline

__all__ = ["SKIPPED", "keep_ids", "load_records", "records_path", "save_records", "update", "update_file",
           "update_with_records"]

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


def update_with_records(saved: Timeline, articles: Iterable[Article | Problem], prefer: str = "past", *,
                        records: Sequence[Extracted] | None = None, window_days: int = WINDOW_DAYS,
                        tagger: Tagger | None = None) -> tuple[Timeline, tuple[Extracted, ...]]:
    """:func:`update`, also returning the records to pass to the next update.

    ``records`` are the extraction results for ``saved.articles`` (exact mode); ``None``
    merges the saved events as units.  The returned records cover old and new articles in
    exact mode, only the new ones in units mode.
    """
    known = set(saved.articles)
    problems: list[Problem] = []
    new: list[Extracted] = []
    start = len(records) if records is not None else 0
    for item in articles:
        if isinstance(item, Article) and item.id in known:
            problems.append(Problem(item.id, "id", SKIPPED))
            continue
        record = extract_one(item, (0, start + len(new)), prefer, window_days=window_days, tagger=tagger)
        if record.article_record:
            known.add(record.article)
        new.append(record)
        if record.problem is not None:
            problems.append(record.problem)
    if records is not None:
        every = tuple(records) + tuple(new)
        merged, _ = merge_records(every, rename=keep_ids(saved.events))
    else:
        every = tuple(new)
        merged, _ = merge_records((_unit_record(saved), *new), rename=keep_ids(saved.events))
    added = tuple(r.article for r in new if r.article_record)
    timeline = attrs.evolve(merged, problems=saved.problems + tuple(problems),
                            articles=saved.articles + added)
    return timeline, every


def update(saved: Timeline, articles: Iterable[Article | Problem], prefer: str = "past", *,
           records: Sequence[Extracted] | None = None, window_days: int = WINDOW_DAYS,
           tagger: Tagger | None = None) -> Timeline:
    """``saved`` plus ``articles``: new events, mentions joining saved events, new relations.

    Saved event ids are kept (module docstring); already listed article ids are skipped with
    a Problem; reader Problems among ``articles`` are appended to the problems.  With the
    saved ``records``, events equal those of a full :func:`timeline.graph.build`.
    """
    return update_with_records(saved, articles, prefer, records=records, window_days=window_days,
                               tagger=tagger)[0]


# ------------------------------------------------------------------ files

def records_path(saved: str | os.PathLike) -> Path:
    """Where the records of ``SAVED.json`` live: ``SAVED.records.jsonl``."""
    path = Path(saved)
    return path.with_name(path.stem + ".records.jsonl")


def _record_json(record: Extracted) -> dict[str, Any]:
    from .io.timeline_json import event_to_json, mention_to_json, problem_to_json

    return {
        "article": record.article,
        "events": [event_to_json(e) for e in record.events],
        "links": [[b, a, [mention_to_json(m) for m in evidence]] for b, a, evidence in record.links],
        "problem": problem_to_json(record.problem) if record.problem is not None else None,
        "article_record": record.article_record,
    }


def _record_from_json(data: dict[str, Any], position: int) -> Extracted:
    from .io.timeline_json import event_from_json, mention_from_json

    problem = data.get("problem")
    return Extracted(
        (0, position), data.get("article"),
        tuple(event_from_json(e) for e in data.get("events", ())),
        tuple((b, a, tuple(mention_from_json(m) for m in evidence)) for b, a, evidence in data.get("links", ())),
        Problem(problem.get("article"), problem.get("field"), problem["message"], problem.get("line"))
        if problem else None,
        bool(data.get("article_record", True)),
    )


def save_records(records: Iterable[Extracted], path: str | os.PathLike) -> None:
    """Write records as JSON Lines, one article a line."""
    _write_atomic(path, "".join(json.dumps(_record_json(r), ensure_ascii=False) + "\n" for r in records))


def load_records(path: str | os.PathLike) -> tuple[Extracted, ...]:
    """Read records written by :func:`save_records`; raises ``ValueError`` on a malformed file."""
    out = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                try:
                    out.append(_record_from_json(json.loads(line), len(out)))
                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    raise ValueError(f"{path}: not a records file: {error}") from None
    return tuple(out)


def _write_atomic(path: str | os.PathLike, text: str) -> None:
    tmp = Path(f"{path}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def update_file(saved: str | os.PathLike, sources: Iterable[Any], prefer: str = "past", *,
                output: str | os.PathLike | None = None) -> Timeline:
    """Load ``saved`` (if it exists), add the articles of ``sources``, write ``output`` (default ``saved``).

    ``sources`` are anything :func:`timeline.io.read_articles` reads (paths, ``"-"``, streams);
    duplicates across them are Problems.  Without a usable records file the update runs in
    units mode and a ``UserWarning`` says so.
    """
    from .io import dump_timeline, read_articles, timeline_from_json

    saved = Path(saved)
    records: tuple[Extracted, ...] | None = ()
    timeline = Timeline()
    if saved.exists():
        with open(saved, encoding="utf-8") as handle:
            timeline = timeline_from_json(json.load(handle))
        records = None
        cache = records_path(saved)
        if cache.exists():
            try:
                loaded = load_records(cache)
            except (OSError, ValueError) as error:
                warnings.warn(f"{cache}: {error}; saved events merged as units", stacklevel=2)
            else:
                if tuple(r.article for r in loaded if r.article_record) == timeline.articles:
                    records = loaded
                else:
                    warnings.warn(f"{cache} does not match {saved}; saved events merged as units",
                                  stacklevel=2)
        else:
            warnings.warn(f"no {cache.name}; saved events merged as units", stacklevel=2)
    seen: dict[str, int] = {}
    items = (item for source in sources for item in read_articles(source, seen=seen))
    timeline, every = update_with_records(timeline, items, prefer, records=records)
    target = Path(output) if output is not None else saved
    from io import StringIO

    buffer = StringIO()
    dump_timeline(timeline, buffer)
    _write_atomic(target, buffer.getvalue())
    if records is not None:
        save_records(every, records_path(target))
    return timeline
