"""TimelineJS export: the JSON document the newsroom timeline tool loads.

TimelineJS (version 3) documents its JSON as an object with an optional ``title`` slide, an
``events`` array of slides and an optional ``scale``.  A slide has ``start_date`` (required
for an event) and ``end_date``, date objects of ``year`` (required), ``month``, ``day``,
``hour``, ``minute``, ``second`` and ``display_date``; ``text`` with ``headline`` and ``text``
(HTML); an optional ``media`` (``url``, ``caption``, ``credit``), ``group``, ``display_date``
and ``unique_id``.  This writer keeps to that structure (checked against a JSON schema of it in
the tests).

Each dated event is one slide: headline (the event's, or its type and subtype in Arabic),
the participants, the place and every source (article id, publication date, the sentence
with the trigger in bold) as escaped HTML, ``group`` its type in Arabic and ``unique_id``
its id.  Undated events have no date TimelineJS can place: they are left out and counted on
the title slide.  The tool reads the text as HTML, so every text from the articles is
escaped.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Iterable, Mapping
from typing import IO, Any

from ..model import Article, Event, Timeline, calendar_day
from .labels import label, warning_label

#: Grains whose bounds carry a time of day.
_TIMED = ("part_of_day", "hour", "minute", "second")


def _date_object(value: dt.date, grain: str) -> dict[str, Any]:
    found: dict[str, Any] = {"year": value.year}
    if grain in ("year", "decade", "century", "millennium"):
        return found
    found["month"] = value.month
    if grain in ("month", "quarter", "half", "season"):
        return found
    found["day"] = value.day
    if isinstance(value, dt.datetime) and grain in _TIMED:
        found.update(hour=value.hour, minute=value.minute)
    return found


def _headline(event: Event) -> str:
    if event.headline:
        return event.headline
    kind = label("types", event.type, event.type)
    sub = label("subtypes", event.subtype) if event.subtype else None
    return f"{kind}: {sub}" if sub else kind


def _sentence(article: Article | None, event: Event, index: int) -> str:
    from .html_page import _sentence as split

    mention = event.mentions[index]
    if article is None:
        return f"<b>{html.escape(mention.text)}</b>"
    before, trigger, after = split(article.text, mention)
    return f"{html.escape(before)}<b>{html.escape(trigger)}</b>{html.escape(after)}"


def _slide_text(event: Event, articles: Mapping[str, Article]) -> str:
    from .html_page import _actor_name, place_name

    parts = []
    if event.participants:
        names = "، ".join(html.escape(_actor_name(a)) for a in event.participants)
        parts.append(f"<p>{html.escape(label('ui', 'participants', ''))}: {names}</p>")
    if event.place:
        parts.append(f"<p>{html.escape(label('ui', 'place', ''))}: {html.escape(place_name(event.place))}</p>")
    for warning in event.warnings:
        parts.append(f"<p><i>{html.escape(warning_label(warning))}</i></p>")
    sources = []
    for index, mention in enumerate(event.mentions):
        article = articles.get(mention.doc)
        when = article.published.date().isoformat() if article is not None and article.published else ""
        where = f"{html.escape(mention.doc)}{' · ' + when if when else ''} · {mention.start}–{mention.end}"
        sources.append(f"<li><small dir=\"ltr\">{where}</small><br>{_sentence(article, event, index)}</li>")
    if sources:
        parts.append(f"<p>{html.escape(label('ui', 'sources', '{count}').format(count=len(sources)))}</p>"
                     f"<ul>{''.join(sources)}</ul>")
    return "".join(parts)


def timelinejs_document(timeline: Timeline, articles: Iterable[Article] | Mapping[str, Article] = (),
                        title: str = "الخط الزمني للأحداث") -> dict[str, Any]:
    """The TimelineJS JSON object of ``timeline`` (``articles`` add the sentences of the sources)."""
    if not isinstance(articles, Mapping):
        articles = {a.id: a for a in articles}
    slides, undated = [], 0
    for event in timeline.events:
        if event.earliest is None:
            undated += 1
            continue
        grain = event.grain
        slide: dict[str, Any] = {
            "start_date": _date_object(event.earliest, grain),
            "text": {"headline": html.escape(_headline(event)), "text": _slide_text(event, articles)},
            "group": label("types", event.type, event.type),
            "unique_id": event.id,
        }
        end = event.latest
        if end is not None and calendar_day(end) != \
                calendar_day(event.earliest):
            slide["end_date"] = _date_object(end, grain)
        slides.append(slide)
    summary = label("ui", "summary", "").format(events=len(timeline.events), articles=len(timeline.articles),
                                                relations=len(timeline.relations))
    if undated:
        summary += "<br>" + html.escape(label("ui", "undated", "{count}").format(count=undated))
    return {"title": {"text": {"headline": html.escape(title), "text": summary}}, "events": slides,
            "scale": "human"}


def write_timelinejs(timeline: Timeline, stream: IO[str], articles: Iterable[Article] | Mapping[str, Article] = (),
                     title: str = "الخط الزمني للأحداث") -> None:
    """Write :func:`timelinejs_document` as UTF-8 JSON (surrogates escaped), one trailing newline."""
    from .timeline_json import escape_surrogates

    text = json.dumps(timelinejs_document(timeline, articles, title), ensure_ascii=False, indent=1)
    stream.write(escape_surrogates(text) + "\n")
