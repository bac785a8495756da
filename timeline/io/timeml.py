"""TimeML export: each article's text with TIMEX3 and EVENT tags inline, instances and TLINKs.

The output is one XML document, a ``<TimeMLCollection>`` holding one ``<TimeML>`` element
per article, in input order.  Inside an article:

- ``TIMEX3`` (``tid``, ``type``, ``value``, ``mod``; ``anchorTimeID="t0"`` for expressions
  anchored to the publication date, which is ``t0`` in ``<DCT>``);
- ``EVENT`` (``eid``, ``class``, plus ``timelineEvent``: the id of the merged event, and
  ``headline``: its short description, when it has one) on every mention of a timeline event
  in that article, ``MAKEINSTANCE`` one per ``EVENT``;
- ``TLINK``: the timeline's relations between events that both have a mention in the
  article; ``IDENTITY`` between two mentions of the same event; ``IS_INCLUDED`` from a
  mention to the time expressions that dated it.  Cross-article relations live in the
  JSON and GraphML exports, since a TimeML document is one text.

Tags never cross: spans are laid in order of precedence (time expressions first, then
events, each by position) and a later span that would cross an earlier one is clipped to
the part outside it, or dropped if nothing is left; equal or nested spans nest.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import IO

import attrs

from ..model import Article, Event, Timeline, Timex
from .graphml import xml_text
from .timeline_json import _date

#: TimeML event classes by event type; ``REPORTING`` for speech, the rest happen.
EVENT_CLASS = {"statement": "REPORTING", "call": "OCCURRENCE", "meeting": "OCCURRENCE",
               "strike": "OCCURRENCE", "capture": "OCCURRENCE", "ceasefire": "OCCURRENCE",
               "other": "OCCURRENCE"}


def _text(value: str) -> str:
    # One for one, so offsets still line up with the original text.
    value = xml_text(value)
    # A raw CR would come back as LF from any XML parser; the reference keeps it.
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _attr(value: object) -> str:
    return _text(str(value)).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def _tag(name: str, attributes: Sequence[tuple[str, object]], close: bool = False) -> str:
    inner = "".join(f' {key}="{_attr(value)}"' for key, value in attributes if value is not None)
    return f"<{name}{inner}{'/' if close else ''}>"


@attrs.frozen
class _Span:
    start: int
    end: int
    rank: int  # precedence: lower is laid first and wins when spans cross
    name: str
    attributes: tuple[tuple[str, object], ...]


def _crosses(a: _Span, b: _Span) -> bool:
    return a.start < b.start < a.end < b.end or b.start < a.start < b.end < a.end


def _lay(spans: Iterable[_Span]) -> list[_Span]:
    """Keep spans so that no two cross, clipping later ones; sorted for nesting."""
    laid: list[_Span] = []
    for span in sorted(spans, key=lambda s: (s.rank, s.start, -s.end)):
        start, end = span.start, span.end
        changed = True
        while changed and start < end:
            changed = False
            for other in laid:
                probe = attrs.evolve(span, start=start, end=end)
                if _crosses(probe, other):
                    if start < other.start:
                        end = other.start
                    else:
                        start = other.end
                    changed = True
        if start < end:
            laid.append(attrs.evolve(span, start=start, end=end))
    # Outer spans open first; at equal spans, the higher precedence one is outside.
    return sorted(laid, key=lambda s: (s.start, -s.end, s.rank))


def _inline(text: str, spans: Sequence[_Span]) -> str:
    out: list[str] = []
    stack: list[_Span] = []
    pos = 0
    for span in spans:
        while stack and stack[-1].end <= span.start:
            closing = stack.pop()
            out.append(_text(text[pos:closing.end]))
            out.append(f"</{closing.name}>")
            pos = closing.end
        out.append(_text(text[pos:span.start]))
        out.append(_tag(span.name, span.attributes))
        pos = span.start
        stack.append(span)
    while stack:
        closing = stack.pop()
        out.append(_text(text[pos:closing.end]))
        out.append(f"</{closing.name}>")
        pos = closing.end
    out.append(_text(text[pos:]))
    return "".join(out)


def timeml_document(article: Article, timexes: Sequence[Timex],
                    events: Sequence[Event] = (), relations: Iterable = ()) -> str:
    """One ``<TimeML>`` element for ``article`` (see the module docstring)."""
    spans: list[_Span] = []
    tid_at: dict[tuple[int, int], str] = {}
    for number, timex in enumerate(sorted(timexes, key=lambda t: (t.start, t.end, t.value)), 1):
        tid = f"t{number}"
        tid_at.setdefault((timex.start, timex.end), tid)
        attributes = (("tid", tid), ("type", timex.type), ("value", timex.value), ("mod", timex.mod),
                      ("temporalFunction", "true" if timex.anchor else "false"),
                      ("anchorTimeID", "t0" if timex.anchor == "dct" else None))
        spans.append(_Span(timex.start, timex.end, 0, "TIMEX3", attributes))

    mentions = sorted(((m.start, m.end, event.id, m, event) for event in events
                       for m in event.mentions if m.doc == article.id), key=lambda x: x[:3])
    instances: dict[str, list[str]] = {}
    tlinks: list[tuple[str, str, str, str]] = []
    for number, (start, end, event_id, mention, event) in enumerate(mentions, 1):
        eid, eiid = f"e{number}", f"ei{number}"
        attributes = (("eid", eid), ("class", EVENT_CLASS.get(event.type, "OCCURRENCE")),
                      ("timelineEvent", event_id), ("headline", event.headline))
        spans.append(_Span(start, end, 1, "EVENT", attributes))
        same = instances.setdefault(event_id, [])
        if same:
            tlinks.append(("IDENTITY", eiid, "relatedToEventInstance", same[0]))
        same.append(eiid)
        for span in mention.timexes:
            tid = tid_at.get(tuple(span))
            if tid is not None:
                tlinks.append(("IS_INCLUDED", eiid, "relatedToTime", tid))
    for relation in relations:
        if relation.source in instances and relation.target in instances:
            tlinks.append((relation.type, instances[relation.source][0], "relatedToEventInstance",
                           instances[relation.target][0]))

    parts = ["<TimeML>", f"<DOCID>{_text(article.id)}</DOCID>"]
    if article.published is not None:
        day = _date(article.published)
        function = "CREATION_TIME" if article.published_source == "field" else "PUBLICATION_TIME"
        parts.append("<DCT>" + _tag("TIMEX3", (("tid", "t0"), ("type", "DATE"), ("value", day),
                                                 ("temporalFunction", "false"),
                                                 ("functionInDocument", function)))
                     + f"{day}</TIMEX3></DCT>")
    parts.append(f"<TEXT>{_inline(article.text, _lay(spans))}</TEXT>")
    for number in range(1, len(mentions) + 1):
        parts.append(_tag("MAKEINSTANCE", (("eiid", f"ei{number}"), ("eventID", f"e{number}"),
                                           ("polarity", "POS")), close=True))
    for number, (rel_type, instance, target_kind, target) in enumerate(tlinks, 1):
        parts.append(_tag("TLINK", (("lid", f"l{number}"), ("relType", rel_type),
                                    ("eventInstanceID", instance), (target_kind, target)), close=True))
    parts.append("</TimeML>")
    return "\n".join(parts)


def write_timeml(timeline: Timeline | None, articles: Iterable[Article],
                 timexes_by_doc: Mapping[str, Sequence[Timex]], stream: IO[str]) -> None:
    """Write a ``<TimeMLCollection>`` with one ``<TimeML>`` per article, in order.

    ``timeline`` may be ``None`` (time expressions only, as ``timeline tag`` gives);
    ``timexes_by_doc`` maps article ids to their time expressions (missing ids: none).
    """
    by_doc: dict[str, list[Event]] = {}
    for event in timeline.events if timeline is not None else ():
        for doc in dict.fromkeys(m.doc for m in event.mentions):
            by_doc.setdefault(doc, []).append(event)
    relations = timeline.relations if timeline is not None else ()
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n<TimeMLCollection>\n')
    for article in articles:
        events = by_doc.get(article.id, [])
        ids = {e.id for e in events}
        own = [r for r in relations if r.source in ids and r.target in ids]
        stream.write(timeml_document(article, timexes_by_doc.get(article.id, ()), events, own))
        stream.write("\n")
    stream.write("</TimeMLCollection>\n")
