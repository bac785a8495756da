"""The contract's JSON document for a :class:`timeline.model.Timeline`, and its reader.

Keys come in a fixed order (the contract's scored keys first), dates as ISO strings, so the
same timeline always serializes to the same bytes.  ``timeline_from_json`` inverts
``timeline_to_json`` exactly: ``timeline_to_json(timeline_from_json(doc)) == doc``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import IO, Any

from ..model import Actor, Conflict, Event, Mention, Problem, Relation, Timeline, end_of, iso, start_of

_SURROGATE = re.compile("[\ud800-\udfff]")


def _date(value: dt.date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.isoformat()


def mention_to_json(mention: Mention) -> dict[str, Any]:
    out = {
        "doc": mention.doc,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "context": list(mention.context) if mention.context is not None else None,
        "timexes": [list(span) for span in mention.timexes],
        "dated_by": mention.dated_by,
    }
    if mention.deictic:
        out["deictic"] = True
    return out


def actor_to_json(actor: Actor) -> dict[str, Any]:
    return {"key": actor.key, "name": actor.name, "kind": actor.kind, "role": actor.role}


def event_to_json(event: Event) -> dict[str, Any]:
    out = {
        "id": event.id,
        "type": event.type,
        "earliest": iso(event.earliest, event.grain),
        "latest": iso(event.latest, event.grain),
        "mentions": [mention_to_json(m) for m in event.mentions],
        "subtype": event.subtype,
        "phase": event.phase,
        "headline": event.headline,
        "grain": event.grain,
        "theatre": event.theatre,
        "participants": [actor_to_json(a) for a in event.participants],
        "place": event.place,
        "confidence": event.confidence,
        "warnings": list(event.warnings),
    }
    if event.round is not None:
        out["round"] = event.round  # written only when a report names one (identity round 21)
    return out


def relation_to_json(relation: Relation) -> dict[str, Any]:
    return {
        "source": relation.source,
        "target": relation.target,
        "type": relation.type,
        "origin": relation.origin,
        "evidence": [mention_to_json(m) for m in relation.evidence],
    }


def conflict_to_json(conflict: Conflict) -> dict[str, Any]:
    return {
        "source": conflict.source,
        "target": conflict.target,
        "claims": [relation_to_json(r) for r in conflict.claims],
        "message": conflict.message,
    }


def problem_to_json(problem: Problem) -> dict[str, Any]:
    return {"article": problem.article, "field": problem.field, "message": problem.message,
            "line": problem.line}


def timeline_to_json(timeline: Timeline) -> dict[str, Any]:
    """The contract's JSON document: events, relations, conflicts, problems, article ids."""
    return {
        "events": [event_to_json(e) for e in timeline.events],
        "relations": [relation_to_json(r) for r in timeline.relations],
        "conflicts": [conflict_to_json(c) for c in timeline.conflicts],
        "problems": [problem_to_json(p) for p in timeline.problems],
        "articles": list(timeline.articles),
    }


def escape_surrogates(text: str) -> str:
    """JSON text with every lone surrogate written as a ``\\uXXXX`` escape: valid UTF-8 that
    reads back as the same string (``ensure_ascii=False`` would write them raw)."""
    return _SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def dump_timeline(timeline: Timeline, stream: IO[str]) -> None:
    """Write the JSON document, UTF-8 Arabic kept readable, one trailing newline."""
    stream.write(escape_surrogates(json.dumps(timeline_to_json(timeline), ensure_ascii=False, indent=1)))
    stream.write("\n")


_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_INSTANT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}")


class Reader:
    """Reads a timeline document (or parts of one), naming the path of the first bad value:
    ``events[3].mentions[0].start: expected an integer, got str``.  Every method raises
    :class:`ValueError`; ``where`` (a file, a record) prefixes the messages."""

    def __init__(self, where: str = ""):
        self.where = where

    def error(self, path: str, message: str) -> ValueError:
        parts = [p for p in (self.where, path) if p]
        return ValueError(f"{': '.join(parts)}: {message}" if parts else message)

    @staticmethod
    def _type(value: Any) -> str:
        return "null" if value is None else {"dict": "object", "list": "array", "str": "string"}.get(
            type(value).__name__, type(value).__name__)

    def mapping(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.error(path, f"expected an object, got {self._type(value)}")
        return value

    def list(self, data: dict[str, Any], key: str, path: str = "") -> list[Any]:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise self.error(f"{path}{key}", f"expected an array, got {self._type(value)}")
        return value

    def items(self, data: dict[str, Any], key: str, read: Any, path: str = "") -> list[Any]:
        return [read(v, f"{path}{key}[{i}]") for i, v in enumerate(self.list(data, key, path))]

    def text(self, value: Any, path: str) -> str:
        if not isinstance(value, str):
            raise self.error(path, f"expected a string, got {self._type(value)}")
        return value

    def string(self, data: dict[str, Any], key: str, path: str = "", default: Any = ...) -> str:
        if key not in data:
            if default is ...:
                raise self.error(f"{path}{key}", "missing")
            return default
        return self.text(data[key], f"{path}{key}")

    def optional_string(self, data: dict[str, Any], key: str, path: str = "") -> str | None:
        value = data.get(key)
        return None if value is None else self.text(value, f"{path}{key}")

    def integer(self, value: Any, path: str) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.error(path, f"expected an integer, got {self._type(value)}")
        return value

    def date(self, data: dict[str, Any], key: str, path: str = "") -> dt.date | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not _DAY.fullmatch(value):
            raise self.error(f"{path}{key}", f"expected a date YYYY-MM-DD or null, got {value!r}")
        try:
            return dt.date.fromisoformat(value)
        except ValueError as error:
            raise self.error(f"{path}{key}", f"{value!r}: {error}") from None

    def bound(self, data: dict[str, Any], key: str, path: str = "", end: bool = False) -> dt.datetime | None:
        """An event bound: a date-time as written, a date as the start (or ``end``) of that day."""
        value = data.get(key)
        if isinstance(value, str) and _INSTANT.fullmatch(value):
            try:
                return dt.datetime.fromisoformat(value)
            except ValueError as error:
                raise self.error(f"{path}{key}", f"{value!r}: {error}") from None
        if isinstance(value, str) and not _DAY.fullmatch(value):
            raise self.error(f"{path}{key}", f"expected a date YYYY-MM-DD, a date-time YYYY-MM-DDTHH:MM:SS "
                                             f"or null, got {value!r}")
        day = self.date(data, key, path)
        return end_of(day) if end else start_of(day)

    def boolean(self, data: dict[str, Any], key: str, path: str = "") -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise self.error(f"{path}{key}", f"expected true or false, got {self._type(value)}")
        return value

    def span(self, value: Any, path: str) -> tuple[int, int]:
        if not isinstance(value, list) or len(value) != 2:
            raise self.error(path, "expected [start, end]")
        start, end = (self.integer(v, f"{path}[{i}]") for i, v in enumerate(value))
        return start, end

    def mention(self, value: Any, path: str) -> Mention:
        data = self.mapping(value, path)
        p = f"{path}." if path else ""
        start, end = (self.integer(data.get(key), f"{p}{key}") for key in ("start", "end"))
        context = data.get("context")
        return Mention(
            doc=self.string(data, "doc", p), start=start, end=end, text=self.string(data, "text", p),
            context=self.span(context, f"{p}context") if context is not None else None,
            timexes=tuple(self.items(data, "timexes", self.span, p)),
            dated_by=self.optional_string(data, "dated_by", p), deictic=self.boolean(data, "deictic", p),
        )

    def actor(self, value: Any, path: str) -> Actor:
        data = self.mapping(value, path)
        p = f"{path}."
        key = self.string(data, "key", p)
        return Actor(key=key, name=self.string(data, "name", p, key), kind=self.string(data, "kind", p, "person"),
                     role=self.optional_string(data, "role", p))

    def event(self, value: Any, path: str) -> Event:
        data = self.mapping(value, path)
        p = f"{path}."
        event_id = self.string(data, "id", p)
        earliest, latest = self.bound(data, "earliest", p), self.bound(data, "latest", p, end=True)
        confidence = data.get("confidence", 1.0)
        if not isinstance(confidence, (int, float)) or isinstance(confidence, bool):
            raise self.error(f"{p}confidence", f"expected a number, got {self._type(confidence)}")
        return Event(
            id=event_id, type=self.string(data, "type", p), subtype=self.optional_string(data, "subtype", p),
            earliest=earliest, latest=latest, participants=tuple(self.items(data, "participants", self.actor, p)),
            place=self.optional_string(data, "place", p),
            mentions=tuple(self.items(data, "mentions", self.mention, p)),
            confidence=confidence, warnings=tuple(self.items(data, "warnings", self.text, p)),
            phase=self.optional_string(data, "phase", p), headline=self.optional_string(data, "headline", p),
            theatre=self.optional_string(data, "theatre", p), grain=self.string(data, "grain", p, "day"),
            round=self.optional_string(data, "round", p),
        )

    def relation(self, value: Any, path: str) -> Relation:
        data = self.mapping(value, path)
        p = f"{path}."
        return Relation(source=self.string(data, "source", p), target=self.string(data, "target", p),
                        type=self.string(data, "type", p), origin=self.string(data, "origin", p, "dates"),
                        evidence=tuple(self.items(data, "evidence", self.mention, p)))

    def conflict(self, value: Any, path: str) -> Conflict:
        data = self.mapping(value, path)
        p = f"{path}."
        return Conflict(source=self.string(data, "source", p), target=self.string(data, "target", p),
                        claims=tuple(self.items(data, "claims", self.relation, p)),
                        message=self.string(data, "message", p, ""))

    def problem(self, value: Any, path: str) -> Problem:
        data = self.mapping(value, path)
        p = f"{path}."
        line = data.get("line")
        return Problem(article=self.optional_string(data, "article", p), field=self.optional_string(data, "field", p),
                       message=self.string(data, "message", p),
                       line=None if line is None else self.integer(line, f"{p}line"))

    def timeline(self, value: Any) -> Timeline:
        data = self.mapping(value, "")
        return Timeline(events=tuple(self.items(data, "events", self.event)),
                        relations=tuple(self.items(data, "relations", self.relation)),
                        conflicts=tuple(self.items(data, "conflicts", self.conflict)),
                        problems=tuple(self.items(data, "problems", self.problem)),
                        articles=tuple(self.items(data, "articles", self.text)))


def mention_from_json(data: dict[str, Any]) -> Mention:
    return Reader().mention(data, "mention")


def actor_from_json(data: dict[str, Any]) -> Actor:
    return Reader().actor(data, "actor")


def event_from_json(data: dict[str, Any]) -> Event:
    return Reader().event(data, "event")


def relation_from_json(data: dict[str, Any]) -> Relation:
    return Reader().relation(data, "relation")


def timeline_from_json(data: Any) -> Timeline:
    """Rebuild a :class:`Timeline` from its JSON document (keys beyond the contract optional).

    The document is checked as it is read: a :class:`ValueError` names the first value of a
    wrong type by its path (``events[3].mentions[0].start: expected an integer, got string``).
    Consistency (ids used twice, relations to absent events) is not checked: every export
    copes with it.
    """
    return Reader().timeline(data)
