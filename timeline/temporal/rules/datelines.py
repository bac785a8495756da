"""Dates in an article's dateline written with spaced separators and no year, as news agencies
write them (``يريفان - 15 - 9 (كونا) --``): a day and a month right after the Document's dateline
place, before the agency's bracket.  Out of a dateline, ``15 - 9`` is a score or a sum."""

from __future__ import annotations

from typing import Any

from ..engine import rule
from ..grammar import Grammar
from . import calendar

#: separators between the day and the month, with spaces around them
_SEPARATORS = "-/"


def _after_dateline(g: Grammar, i: int) -> bool:
    """Token ``i`` opens the text right after the Document's dateline place, or lies in a
    dateline that holds its date ("الكويت - 27 - 8 (كونا) --")."""
    start = g.doc.norm.span(g.toks[i].start, g.toks[i].end)[0]
    return any(begin <= start < end or (end <= start and not g.doc.text[end:start].strip())
               for begin, end in g.doc.datelines)


def _number(g: Grammar, i: int, top: int) -> int | None:
    tok = g.toks[i] if i < g.n else None
    if tok is None or tok.pre or tok.art or tok.era or not tok.num.isdigit() or len(tok.num) > 2:
        return None
    value = int(tok.num)
    return value if 1 <= value <= top else None


@rule("calendar", first=("num",), resolve=calendar.resolve_calendar,
      examples=[("يريفان - 15 - 9 (كونا) -- أعلن الوزير", "2022-09-15", "2022-09-15")])
def day_month(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A day, a spaced ``-`` or ``/``, a month, then the agency's bracket, after the dateline place."""
    if i + 1 >= g.n or g.toks[i + 1].num is None:
        return None
    gap = g.gap(i + 1)
    day = _number(g, i, 31)
    if day is None:
        return None
    if gap.strip() not in _SEPARATORS or not gap.strip() or gap == gap.strip():
        return None
    month = _number(g, i + 1, 12)
    if month is None or not g.text[g.toks[i + 1].end:].lstrip(" ").startswith("(") or not _after_dateline(g, i):
        return None
    return {"day": day, "month": month, "system": "gregorian", "numeric": True}, i + 2
