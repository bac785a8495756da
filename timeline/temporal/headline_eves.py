"""Rule ``headline_eve``: ``عشية الاقتراع`` (``غداة``) in a headline names the day before (after)
an event the body dates only later, in its lead (``عشية الاقتراع: الجزائريون يختارون نوابهم`` over
``يتوجه ... غدا السبت إلى صناديق الاقتراع``): the first day named in the first body sentence that
names the event's word, moved by a day.  Run once the whole text is resolved; an eve the body
does not date stays untagged (never the DCT)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..arabic import fold
from ..document import CLITICS
from ..model import Timex
from . import values as V
from .engine import Found
from .lexicon import LEXICON

#: how many body sentences are read for the event's word
_LEAD = 3
#: grains of a day named in the lead
_DAY_GRAINS = ("day", "part_of_day", "hour", "minute")


def settle(ctx: Any, pending: list[Found], items: list[Found], out: list[Timex]) -> tuple[list[Found], list[Timex]]:
    """``items`` and ``out`` with each ``pending`` headline eve dated by the lead, in text order."""
    end = ctx.headline_end()
    for found in pending:
        start, stop = ctx.norm.span(found.start, found.end)
        shift = found.reading.as_dict().get("shift")
        word = ctx.doc.text[stop:stop + 40].split()[:1]
        if not end or start >= end or not shift or not word:
            continue
        day = _lead_day(ctx, _stem(word[0]), end, out)
        if day is None:
            continue
        base = Timex(start=start, end=stop, text=ctx.norm.original[start:stop], type="DATE", value="",
                     reading=found.reading, doc=ctx.doc_id, rule="narrative.headline_eve")
        timex = V.day_timex(base, day + dt.timedelta(days=shift), {}, "narrative")
        k = next((n for n, t in enumerate(out) if t.start > start), len(out))
        items.insert(k, found)
        out.insert(k, timex)
    return items, out


def _stem(word: str) -> str:
    """The event's word without its article and punctuation (``الاقتراع:`` -> ``اقتراع``)."""
    word = fold("".join(c for c in word if c.isalpha()))
    return word[len(CLITICS.article):] if word.startswith(CLITICS.article) else word


def _lead_day(ctx: Any, stem: str, end: int, out: list[Timex]) -> dt.date | None:
    """The first day named in the first of the lead's sentences whose words end with ``stem``
    or a noun naming the same happening (``cues.json`` ``anchor_event_synonyms``)."""
    if len(stem) < 3:
        return None
    stems = tuple(LEXICON.anchor_event_synonyms.get(stem, {stem}))  # الاقتراع over انتخابات
    sentences = [s for s in ctx.doc.sentences if s[0] >= end][:_LEAD]
    for first, last in sentences:
        if not any(fold("".join(c for c in w if c.isalpha())).endswith(stems) for w in ctx.doc.text[first:last].split()):
            continue
        return next((t.earliest.date() for t in out
                     if first <= t.start < last and t.grain in _DAY_GRAINS and t.earliest is not None), None)
    return None
