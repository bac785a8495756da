"""A single self-contained HTML page (inline CSS, JS and data; no URL) showing the timeline.

The page is right-to-left Arabic, every label from ``labels.json``: a time axis proportional
to time (zoom in and out, a marker per dated event, a bar for an interval) above the event
cards grouped by day; filters by type, actor and place and a text search; undated events
folded away behind their count.  Each card is headed by the event's headline; its sources
(article id, publication date, offsets, the sentence with the trigger marked) are one click
away.  All text goes into the page as JSON and into the document through ``textContent``.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import IO, Any

import attrs

from ..model import UNDATED, Actor, Article, Event, Mention, Timeline, end_of, iso, start_of
from .graphml import xml_text
from .labels import labels, warning_label
from .timeline_json import _date, escape_surrogates

#: Longest stretch shown around a trigger when the mention carries no sentence offsets.
_WINDOW = 160
_SENTENCE_END = ".!?؟\n"
_PLACEHOLDER = re.compile(r"\{\{(title|css|js|data|ui:\w+)\}\}")


def display_name(key: str) -> str:
    """:func:`timeline.events.display_name`, imported on first use: reading and writing files
    must not wait for the event lexicon to compile (``timeline tag`` never needs it)."""
    from ..events.lexicon import display_name as name

    return name(key)


def place_name(key: str) -> str:
    """:func:`timeline.events.place_name`, imported on first use (see :func:`display_name`)."""
    from ..events.lexicon import place_name as name

    return name(key)


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _sentence(text: str, mention: Mention) -> tuple[str, str, str]:
    """(before, trigger, after): the mention's sentence split around its trigger."""
    if not (0 <= mention.start <= mention.end <= len(text)):
        return "", mention.text, ""
    if mention.context is not None and mention.context[0] <= mention.start \
            and mention.end <= mention.context[1] <= len(text):
        start, end = mention.context
    else:
        low = max(0, mention.start - _WINDOW)
        start = max((text.rfind(c, low, mention.start) for c in _SENTENCE_END), default=-1) + 1
        start = max(start, low)
        high = min(len(text), mention.end + _WINDOW)
        ends = [i for i in (text.find(c, mention.end, high) for c in _SENTENCE_END) if i >= 0]
        end = min(ends) + 1 if ends else high
    return (text[start:mention.start].lstrip(), text[mention.start:mention.end],
            text[mention.end:end].rstrip())


def _actor_name(actor: Actor) -> str:
    """The gazetteer's display name; a key it does not know keeps the name it came with."""
    name = display_name(actor.key)
    return actor.name if name == actor.key else name


_EPOCH = dt.datetime(1970, 1, 1)


def _days(value: dt.datetime) -> float:
    """Days since 1970-01-01 (wall-clock time taken as UTC, as the page draws it)."""
    return (value - _EPOCH).total_seconds() / 86400


_COARSE = ("millennium", "century", "decade", "year", "half", "quarter", "season")


def _group(first: dt.datetime, grain: str) -> str:
    """The heading an event goes under: its year, month or day as its grain says."""
    if grain in _COARSE:
        return f"{first.year:04d}"
    if grain in ("month", "week"):
        return f"{first.year:04d}-{first.month:02d}"
    return first.date().isoformat()


def _event_data(event: Event, articles: Mapping[str, Article], places: Mapping[str, str]) -> dict[str, Any]:
    mentions = []
    for mention in event.mentions:
        article = articles.get(mention.doc)
        if article is not None:
            before, trigger, after = _sentence(article.text, mention)
            published = _date(article.published)
        else:
            before, trigger, after, published = "", mention.text, "", None
        mentions.append({"doc": mention.doc, "published": published, "before": before, "trigger": trigger,
                         "after": after, "dated_by": mention.dated_by, "start": mention.start, "end": mention.end})
    first, last = start_of(event.earliest), end_of(event.latest)
    # An event the text gives no date ("undated" warnings) is folded away, not drawn on the axis.
    dated = first is not None and not any(w.startswith(UNDATED) for w in event.warnings)
    return {
        "id": event.id, "type": event.type, "subtype": event.subtype,
        "earliest": iso(event.earliest, event.grain), "latest": iso(event.latest, event.grain),
        "phase": event.phase, "headline": event.headline, "theatre": event.theatre, "grain": event.grain,
        "dated": dated, "group": _group(first, event.grain) if dated else None,
        "start": _days(first) if dated else None,
        "end": _days(last or first) + 1 / 86400 if dated else None,
        "participants": [{"name": _actor_name(a), "key": a.key, "kind": a.kind, "role": a.role}
                         for a in event.participants],
        "place": event.place,
        "place_name": (places.get(event.place) or place_name(event.place)) if event.place else None,
        "confidence": event.confidence, "warnings": [warning_label(w) for w in event.warnings],
        "mentions": mentions,
    }


def _places(lexicon: Any) -> Mapping[str, str]:
    """Place names of a user lexicon (given as ``build`` takes it), beside the package's."""
    if lexicon is None:
        return {}
    from ..user_lexicon import as_lexicon

    return as_lexicon(lexicon).place_names


def page_data(timeline: Timeline, articles: Iterable[Article] | Mapping[str, Article] = (),
              title: str = "", lexicon: Any = None) -> dict[str, Any]:
    """The JSON the page's script renders (with the label tables it shows)."""
    if not isinstance(articles, Mapping):
        articles = {a.id: a for a in articles}
    return {
        "title": title,
        "events": [_event_data(e, articles, _places(lexicon)) for e in timeline.events],
        "relations": [{"source": r.source, "target": r.target, "type": r.type, "origin": r.origin}
                      for r in timeline.relations],
        "conflicts": [{"source": c.source, "target": c.target, "message": c.message}
                      for c in timeline.conflicts],
        "problems": [str(p) for p in timeline.problems],
        "articles": list(timeline.articles),
        "labels": labels(),
    }


def render_html(timeline: Timeline, articles: Iterable[Article] | Mapping[str, Article] = (),
                title: str = "الخط الزمني للأحداث", lexicon: Any = None) -> str:
    """The page as a string.  ``articles`` (by id) supply the sentences around mentions;
    without them a mention shows its trigger only.  ``lexicon`` (a user lexicon, as
    ``build`` takes it) names the places it adds."""
    data = json.dumps(page_data(timeline, articles, title, lexicon), ensure_ascii=False, sort_keys=True)
    # Inside <script> only "</" could end the element early; "<" as \u003c is the same JSON.
    # Lone surrogates cannot be written as UTF-8: as escapes they are the same JSON too.
    data = escape_surrogates(data.replace("<", "\\u003c"))
    values = {"title": html.escape(xml_text(title)), "css": _asset("page.css"), "js": _asset("page.js"),
              "data": data}
    ui = labels()["ui"]
    # One pass, so a placeholder-like string inside the title or data stays as it is.
    return _PLACEHOLDER.sub(lambda match: values.get(match.group(1)) or html.escape(ui[match.group(1)[3:]]),
                            _asset("page.html"))


def write_html(timeline: Timeline, stream: IO[str],
               articles: Iterable[Article] | Mapping[str, Article] = (),
               title: str = "الخط الزمني للأحداث", lexicon: Any = None) -> None:
    """Write :func:`render_html` to ``stream``."""
    stream.write(render_html(timeline, articles, title, lexicon))


#: Height of the page shown inline in a notebook (it scrolls inside).
INLINE_HEIGHT = 720


@attrs.frozen
class Page:
    """The page of a timeline, shown inline by Jupyter (``_repr_html_``) and saved with :meth:`save`."""

    timeline: Timeline
    articles: Mapping[str, Article] = attrs.field(factory=dict, converter=lambda a: a if isinstance(a, Mapping)
                                                  else {x.id: x for x in a})
    title: str = "الخط الزمني للأحداث"
    height: int = INLINE_HEIGHT
    #: a user lexicon (:func:`timeline.user_lexicon.as_lexicon`): the names of its places
    lexicon: Any = None

    @property
    def html(self) -> str:
        """The self-contained page (:func:`render_html`)."""
        return render_html(self.timeline, self.articles, self.title, self.lexicon)

    def save(self, path: str | os.PathLike) -> None:
        """Write the page to ``path`` (whole or not at all)."""
        from .atomic import atomic_write

        atomic_write(path, self.html)

    def _repr_html_(self) -> str:
        # An iframe keeps the page's styles and script to itself (a notebook's own CSS and
        # other outputs stay apart); sandboxed: scripts run, nothing reaches the notebook.
        return (f'<iframe class="timeline-page" sandbox="allow-scripts" srcdoc="{html.escape(self.html, quote=True)}" '
                f'style="width: 100%; height: {int(self.height)}px; border: 1px solid #ddd" '
                f'title="{html.escape(xml_text(self.title), quote=True)}"></iframe>')


def show(timeline: Timeline, articles: Iterable[Article] | Mapping[str, Article] = (),
         title: str = "الخط الزمني للأحداث", height: int = INLINE_HEIGHT, lexicon: Any = None) -> Page:
    """The timeline's page, for a notebook: ``timeline.show(tl, articles)`` as a cell's last line
    shows it inline with the sentences of every mention (``tl`` alone shows it without them)."""
    return Page(timeline, articles, title, height, lexicon)
