"""The contract's JSON document for a :class:`timeline.model.Timeline`, and its reader.

Keys come in a fixed order (the contract's scored keys first), dates as ISO strings, so the
same timeline always serializes to the same bytes.  ``timeline_from_json`` inverts
``timeline_to_json`` exactly: ``timeline_to_json(timeline_from_json(doc)) == doc``.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import IO, Any

from ..model import Actor, Conflict, Event, Mention, Problem, Relation, Timeline


def _date(value: dt.date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.isoformat()


def _parse_date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def mention_to_json(mention: Mention) -> dict[str, Any]:
    return {
        "doc": mention.doc,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "context": list(mention.context) if mention.context is not None else None,
        "timexes": [list(span) for span in mention.timexes],
        "dated_by": mention.dated_by,
    }


def actor_to_json(actor: Actor) -> dict[str, Any]:
    return {"key": actor.key, "name": actor.name, "kind": actor.kind, "role": actor.role}


def event_to_json(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "type": event.type,
        "earliest": _date(event.earliest),
        "latest": _date(event.latest),
        "mentions": [mention_to_json(m) for m in event.mentions],
        "subtype": event.subtype,
        "participants": [actor_to_json(a) for a in event.participants],
        "place": event.place,
        "confidence": event.confidence,
        "warnings": list(event.warnings),
    }


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


def dump_timeline(timeline: Timeline, stream: IO[str]) -> None:
    """Write the JSON document, UTF-8 Arabic kept readable, one trailing newline."""
    json.dump(timeline_to_json(timeline), stream, ensure_ascii=False, indent=1)
    stream.write("\n")


def mention_from_json(data: dict[str, Any]) -> Mention:
    context = data.get("context")
    return Mention(
        doc=data["doc"], start=data["start"], end=data["end"], text=data["text"],
        context=tuple(context) if context is not None else None,
        timexes=tuple(tuple(span) for span in data.get("timexes", ())),
        dated_by=data.get("dated_by"),
    )


def actor_from_json(data: dict[str, Any]) -> Actor:
    return Actor(key=data["key"], name=data.get("name", data["key"]),
                 kind=data.get("kind", "person"), role=data.get("role"))


def event_from_json(data: dict[str, Any]) -> Event:
    return Event(
        id=data["id"], type=data["type"], subtype=data.get("subtype"),
        earliest=_parse_date(data.get("earliest")), latest=_parse_date(data.get("latest")),
        participants=tuple(actor_from_json(a) for a in data.get("participants", ())),
        place=data.get("place"),
        mentions=tuple(mention_from_json(m) for m in data.get("mentions", ())),
        confidence=data.get("confidence", 1.0),
        warnings=tuple(data.get("warnings", ())),
    )


def relation_from_json(data: dict[str, Any]) -> Relation:
    return Relation(source=data["source"], target=data["target"], type=data["type"],
                    origin=data.get("origin", "dates"),
                    evidence=tuple(mention_from_json(m) for m in data.get("evidence", ())))


def timeline_from_json(data: dict[str, Any]) -> Timeline:
    """Rebuild a :class:`Timeline` from its JSON document (keys beyond the contract optional).

    Raises :class:`ValueError` (``KeyError``/``TypeError`` wrapped) for a document that
    lacks a required key.
    """
    try:
        return Timeline(
            events=tuple(event_from_json(e) for e in data.get("events", ())),
            relations=tuple(relation_from_json(r) for r in data.get("relations", ())),
            conflicts=tuple(
                Conflict(source=c["source"], target=c["target"],
                         claims=tuple(relation_from_json(r) for r in c.get("claims", ())),
                         message=c.get("message", ""))
                for c in data.get("conflicts", ())),
            problems=tuple(
                Problem(article=p.get("article"), field=p.get("field"), message=p["message"],
                        line=p.get("line"))
                for p in data.get("problems", ())),
            articles=tuple(data.get("articles", ())),
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"not a timeline document: {type(error).__name__} {error}") from None
