"""What :func:`timeline.tag` and :func:`timeline.tag_article` return: a list of
:class:`~timeline.model.Timex` that also knows its text, so that a notebook shows it (the
text with every time expression marked, and a table) and pandas takes it (:meth:`Tags.to_pandas`).

>>> import datetime, timeline
>>> tags = timeline.tag("وصل الوفد أمس الأربعاء", datetime.date(2020, 10, 1))
>>> [t.value for t in tags], tags.text
(['2020-09-30'], 'وصل الوفد أمس الأربعاء')
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .model import Article, Timex, iso

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

    from .document import Document

__all__ = ["Tags", "tag", "tag_article"]


class Tags(list):
    """Time expressions (a plain ``list`` of Timex, equal to one) with the ``text`` they index."""

    def __init__(self, timexes: Iterable[Timex] = (), text: str = "", published: dt.datetime | None = None):
        super().__init__(timexes)
        self.text = text
        self.published = published

    def to_pandas(self) -> pd.DataFrame:
        """One row per time expression (:func:`timeline.frames.tag_frame`); needs pandas."""
        from .frames import tag_frame

        return tag_frame(self)

    def _repr_html_(self) -> str:
        return tags_html(self, self.text)

    def lines(self) -> list[str]:
        """One line per expression, ``type | value | earliest .. latest | mod=.. | anchor=.. | text``
        (the Arabic span last, so the line reads cleanly left to right), each followed by its
        warnings as ``  warning: ...`` lines."""
        out = []
        for t in self:
            parts = [t.type, t.value]
            if t.earliest is not None:
                parts.append(f"{iso(t.earliest, t.grain)} .. {iso(t.latest, t.grain)}")
            if t.mod:
                parts.append(f"mod={t.mod}")
            if t.anchor:
                parts.append(f"anchor={t.anchor}")
            out.append(" | ".join([*parts, t.text]))
            out.extend(f"  warning: {w}" for w in t.warnings)
        return out


def tag(text: str | Document, published: dt.date | dt.datetime | str, prefer: str = "past",
        doc: str | None = None, dialects: Iterable[str] | None = None, country: str | None = None) -> Tags:
    """:func:`timeline.temporal.tag` (``text`` a string or an analysed Document), returned as :class:`Tags`."""
    from .temporal import parse_published
    from .temporal import tag as tag_text

    found = tag_text(text, published, prefer=prefer, doc=doc, dialects=dialects, country=country)
    return Tags(found, getattr(text, "text", text), parse_published(published, doc))


def tag_article(article: Article, prefer: str = "past", document: Document | None = None,
                dialects: Iterable[str] | None = None) -> Tags:
    """:func:`timeline.temporal.tag_article`, returned as :class:`Tags`."""
    from .temporal import tag_article as tag_one

    found = tag_one(article, prefer=prefer, document=document, dialects=dialects)
    return Tags(found, article.text, article.published)


def _label(key: str) -> str:
    from .io.labels import label

    return label("tags", key)


def tags_html(timexes: Iterable[Timex], text: str) -> str:
    """An HTML fragment (no script, styles inline): ``text`` right to left with each time
    expression marked (its value as a tooltip), then a table of the expressions."""
    timexes = sorted(timexes, key=lambda t: (t.start, t.end))
    parts, at = [], 0
    for t in timexes:
        if t.start < at or not (0 <= t.start <= t.end <= len(text)):
            continue
        parts.append(html.escape(text[at:t.start]))
        parts.append(f'<mark title="{html.escape(t.value)}" style="background:#fde9a9;border-radius:3px">'
                     f"{html.escape(text[t.start:t.end])}</mark>")
        at = t.end
    parts.append(html.escape(text[at:]))
    cell = 'style="padding:2px 8px;border-bottom:1px solid #ddd;text-align:right"'
    head = "".join(f"<th {cell}>{html.escape(_label(k))}</th>" for k in ("text", "type", "value", "earliest", "latest"))
    rows = "".join(
        "<tr>" + "".join(f"<td {cell}><bdi>{html.escape(str(v) if v is not None else '')}</bdi></td>" for v in (
            t.text, t.type, t.value, iso(t.earliest, t.grain), iso(t.latest, t.grain))) + "</tr>"
        for t in timexes)
    return (f'<div class="timeline-tags" dir="rtl" lang="ar" style="font-size:15px;line-height:1.8">'
            f'<p style="white-space:pre-wrap">{"".join(parts)}</p>'
            f'<table style="border-collapse:collapse"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
            f"</div>")

