"""The records file of a saved timeline: ``SAVED.records.jsonl`` beside ``SAVED.json``.

One line per article, the per-article results of :class:`timeline.pipeline.Step` (events before
merging, textual links, problems), after a first line ``{"options": [...]}`` listing the option
sets (:meth:`timeline.pipeline.Step.options`) the articles were read with.  Used by
:mod:`timeline.incremental` to add articles without re-reading the old ones.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..graph.records import Extracted

__all__ = ["load_records", "read_options", "records_path", "save_records"]


def records_path(saved: str | os.PathLike) -> Path:
    """Where the records of ``SAVED.json`` live: ``SAVED.records.jsonl``."""
    path = Path(saved)
    return path.with_name(path.stem + ".records.jsonl")


def _record_json(record: Extracted) -> dict[str, Any]:
    from .timeline_json import event_to_json, mention_to_json, problem_to_json

    out = {
        "article": record.article,
        "events": [dict(event_to_json(e), bounds=[_exact(e.earliest), _exact(e.latest)]) for e in record.events],
        "links": [[b, a, [mention_to_json(m) for m in evidence]] for b, a, evidence in record.links],
        "problem": problem_to_json(record.problem) if record.problem is not None else None,
        "article_record": record.article_record,
    }
    if record.warnings:
        out["warnings"] = [problem_to_json(p) for p in record.warnings]
    return out


def _exact(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _with_bounds(read: Any, event: Any, raw: Any, where: str) -> Any:
    """The event with the bounds as computed, when the record has them: the timeline JSON
    renders a bound at its grain (a day, a second), and merging from records must see the
    values a fresh extraction sees (23:59:59.999999 is not 23:59:59 to identity)."""
    import attrs

    bounds = raw.get("bounds") if isinstance(raw, dict) else None
    if bounds is None:
        return event
    if not isinstance(bounds, list) or len(bounds) != 2:
        raise read.error(f"{where}.bounds", "expected [earliest, latest]")
    values = []
    for k, bound in enumerate(bounds):
        try:
            values.append(dt.datetime.fromisoformat(bound) if bound is not None else None)
        except (TypeError, ValueError):
            raise read.error(f"{where}.bounds[{k}]", f"expected a date-time or null, got {bound!r}") from None
    return attrs.evolve(event, earliest=values[0], latest=values[1])


def _record_from_json(data: Any, position: int) -> Extracted:
    from .timeline_json import Reader

    read = Reader(f"record {position + 1}")
    data = read.mapping(data, "")
    events = [_with_bounds(read, event, raw, f"events[{n}]")
              for n, (event, raw) in enumerate(zip(read.items(data, "events", read.event),
                                                   data.get("events") or (), strict=False))]
    links = []
    for n, link in enumerate(read.list(data, "links")):
        where = f"links[{n}]"
        if not isinstance(link, list) or len(link) != 3:
            raise read.error(where, "expected [earlier event, later event, evidence]")
        before, after = (read.integer(link[k], f"{where}[{k}]") for k in (0, 1))
        if not (0 <= before < len(events) and 0 <= after < len(events)):
            raise read.error(where, f"points at an event this record does not have ({len(events)} events)")
        if not isinstance(link[2], list):
            raise read.error(f"{where}[2]", "expected a list of mentions")
        links.append((before, after, tuple(read.mention(m, f"{where}[2][{k}]") for k, m in enumerate(link[2]))))
    problem = data.get("problem")
    return Extracted(
        (0, position), read.optional_string(data, "article"), tuple(events), tuple(links),
        read.problem(problem, "problem") if problem is not None else None,
        bool(data.get("article_record", True)),
        tuple(read.items(data, "warnings", read.problem)),
    )


def save_records(records: Iterable[Extracted], path: str | os.PathLike,
                 options: Sequence[Mapping[str, Any] | None] | None = None) -> None:
    """Write records as JSON Lines, one article a line (atomically: see :mod:`timeline.io.atomic`),
    after a first line ``{"options": [...]}`` when ``options`` (the :meth:`Step.options
    <timeline.pipeline.Step.options>` the articles were read with, each set once) are given."""
    from .atomic import atomic_output

    with atomic_output(path) as handle:
        if options is not None:
            handle.write(json.dumps({"options": list(options)}, ensure_ascii=False, sort_keys=True) + "\n")
        for record in records:
            handle.write(json.dumps(_record_json(record), ensure_ascii=False) + "\n")


def load_records(path: str | os.PathLike) -> tuple[Extracted, ...]:
    """Read records written by :func:`save_records`; raises ``ValueError`` naming the line and
    field of a malformed record (or a link to an event the record does not have)."""
    from .jsonrecords import _Decoder

    out = []
    decoder = _Decoder()
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    value = decoder.decode(line)
                    if decoder.problem(number) is not None:
                        raise ValueError("an integer too long to read")
                    if not out and _is_header(value):
                        continue
                    out.append(_record_from_json(value, len(out)))
                except (ValueError, RecursionError) as error:
                    raise ValueError(f"line {number}: not a record: {error}") from None
    return tuple(out)


def _is_header(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"options"} and isinstance(value["options"], list)


def read_options(path: str | os.PathLike) -> list[dict[str, Any] | None] | None:
    """The option sets a records file says its articles were read with (``None`` in the list:
    articles read before options were recorded); ``None`` when the file records none."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                try:
                    value = json.loads(line)
                except ValueError:
                    return None
                return list(value["options"]) if _is_header(value) else None
    return None
