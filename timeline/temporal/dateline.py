"""Datelines at the head of an article: ``موسكو - 4 أكتوبر 2020 (رويترز) -``, ``القاهرة في 12
يناير 2021``: the place (the Document's dateline, or a few words and a connector from
``cues.json``) and the full date right after it."""

from __future__ import annotations

import datetime as dt
import re

from ..arabic import fold
from ..document import Document, analyse
from .context import Context
from .grammar import Grammar
from .lexicon import _load

_HEAD_CHARS = 200
_connectors = "|".join(re.escape(fold(w)) for w in _load("cues.json")["dateline_connectors"])
# a place of one to three words, then a dash, colon or comma, or a connector word
_HEAD = re.compile(r"\s*(?:[^\W\d_]+\s*){1,3}?\s*(?:[-:,]|(?<![^\W\d_])(?:" + _connectors + r")(?![^\W\d_]))\s*")
_AFTER = "(-:,\n"


def find_dateline(text: str | Document) -> tuple[dt.date, int, int] | None:
    """The dated dateline at the very start of ``text`` as (date, start, end), or ``None``.

    A dateline without a year gives ``None``: there is no reference to take the year from.
    """
    from .rules import RECOGNIZE

    head_text = (text.text if isinstance(text, Document) else text)[:_HEAD_CHARS]
    doc = analyse(head_text)
    norm = doc.norm
    if doc.datelines and not head_text[:doc.datelines[0][0]].strip():
        end = doc.datelines[0][1]
        begin = len(norm.text)
        for tok in doc.tokens:
            if tok.start >= end:
                begin = tok.nstart
                break
    else:
        match = _HEAD.match(norm.text)
        if match is None:
            return None
        begin = match.end()
    for found in RECOGNIZE(Grammar(doc)):
        if found.end <= begin:
            continue
        if found.start != begin:
            return None
        fields = found.reading.as_dict()
        if found.reading.kind != "calendar" or "day" not in fields or "year" not in fields:
            return None
        after = norm.text[found.end:found.end + 3].lstrip(" ")
        if after and after[0] not in _AFTER:
            return None  # a date inside a sentence, not a dateline
        timex = Context(doc, dt.datetime(fields["year"], 1, 1)).resolve(found)
        if timex is None or timex.earliest is None:
            return None
        return timex.earliest.date(), timex.start, timex.end
    return None
