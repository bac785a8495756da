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
_AFTER = "(-:,/\n"
_PLACE = re.compile(r"\s*(?:[^\W\d_]+\s+){1,3}")


def find_dateline(text: str | Document) -> tuple[dt.date, int, int] | None:
    """The dated dateline at the very start of ``text`` as (date, start, end), or ``None``.

    A dateline without a year gives ``None``: there is no reference to take the year from.
    """
    from .rules import RECOGNIZE

    head_text = (text.text if isinstance(text, Document) else text)[:_HEAD_CHARS]
    doc = analyse(head_text)
    norm = doc.norm
    closed = -1  # where a dateline holding its date ends (normalized): its agency closes the date
    if doc.datelines and not head_text[:doc.datelines[0][0]].strip():
        end = doc.datelines[0][1]
        closed = max((tok.nend for tok in doc.tokens if tok.end <= end), default=-1)
        begin = len(norm.text)
        for tok in doc.tokens:
            # the dateline may hold its date ("القاهرة في 12 يناير 2021 (أ ش أ) -"): it starts
            # at its first number
            if tok.start >= end or tok.form[:1].isdigit():
                begin, inside = tok.nstart, tok.start < end
                break
        else:
            inside = False
        # a place with no mark after it heads a date only when the pair of calendars follows
        # ("الرياض 19 محرم 1443 هـ الموافق 27 أغسطس 2021 م واس"), as below
        match = _HEAD.match(norm.text)
        paired = inside and (match is None or match.end() > begin)
    else:
        match = _HEAD.match(norm.text)
        begin = match.end() if match is not None else None
        paired = False
    dates: list = []
    for found in RECOGNIZE(Grammar(doc)):
        if begin is None:
            # الرياض 15 شوال 1442 هـ الموافق 27 مايو 2021 م (واس): a place with no mark after it
            # heads a date only when the pair of calendars follows
            if _PLACE.fullmatch(norm.text, 0, found.start) is None:
                return None
            begin, paired = found.start, True
        if found.end <= begin:
            continue
        fields = found.reading.as_dict()
        if dates and not fields.get("equivalent"):
            return None
        if not dates and found.start != begin:
            return None
        if found.reading.kind != "calendar" or "day" not in fields or "year" not in fields:
            return None
        dates.append(found)
        after = norm.text[found.end:found.end + 3].lstrip(" ")
        if after and after[0] not in _AFTER and len(dates) == 1:
            continue  # الرياض 15 شوال 1442 هـ الموافق 27 مايو 2021 م: the same day in the other calendar
        if after and after[0] not in _AFTER and found.end >= closed:
            return None  # a date inside a sentence, not a dateline (nor one its agency's name closes)
        # the pair read together: a Hijri day off the Umm al-Qura table takes the Gregorian day
        year = dates[0].reading.as_dict()["year"]
        timexes = Context(doc, dt.datetime(year, 1, 1)).resolve_all(dates)
        if len(timexes) != len(dates) or any(t.earliest is None for t in timexes):
            return None
        if len({t.earliest.date() for t in timexes}) > 1 or (paired and len(dates) < 2):
            return None  # the two calendars disagree, or a bare place before a single date
        return timexes[0].earliest.date(), timexes[0].start, timexes[-1].end
    return None
