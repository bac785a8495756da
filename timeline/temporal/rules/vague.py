"""Vague references (``حاليا``, ``مؤخرا``, ``في وقت لاحق``: PRESENT_REF, PAST_REF, FUTURE_REF,
no interval), open ends (``حتى إشعار آخر``: FUTURE_REF), ``قبل أيام`` / ``بعد أسابيع`` (an unnumbered count), and ``في وقت سابق اليوم``
(the day named, vaguely within it)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import attrs

from ...arabic import fold
from ...model import Timex
from ..engine import Parse, first_of, production, rule
from ..grammar import Grammar
from ..lexicon import LEXICON


def resolve_vague(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex:
    return attrs.evolve(base, value=f["value"])


@rule("vague", first=("vague",), resolve=resolve_vague,
      examples=[("حالياً", "2020-10-01", "PRESENT_REF"), ("مؤخرا", "2020-10-01", "PAST_REF")])
def word(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A word or phrase that only says past, present or future."""
    return {"value": g.toks[i].get("vague")}, i + 1


#: how many words before an open end a word of putting off is looked for, in its clause
_SINE_DIE_REACH = 8


def resolve_open_end(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """A FUTURE_REF with no interval; nothing after a word of putting off in its clause
    (``cues.json`` ``sine_die_words``: تأجيل الانتخابات إلى أجل غير مسمى is a date unknown)."""
    before = ctx.norm.text[max(0, found.start - 120):found.start]
    # the clause: back to the last punctuation mark or line break (told by Unicode category)
    cut = max((k for k, c in enumerate(before) if c == "\n" or unicodedata.category(c).startswith("P")), default=-1)
    words = before[cut + 1:].split()[-_SINE_DIE_REACH:]
    lex = LEXICON.sine_die_words
    if any(w in lex or (w[:1] in LEXICON.coordinators and w[1:] in lex) for w in map(fold, words)):
        return None
    return attrs.evolve(base, value="FUTURE_REF", extra={"open_end": True})


@rule("vague", first=("open_end",), resolve=resolve_open_end,
      examples=[("وستبقى المدارس مقفلة حتى إشعار آخر", "2023-02-13", "FUTURE_REF")])
def open_end(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``حتى إشعار آخر``, ``لأجل غير مسمى``: an end the text leaves open (``relative.json``
    ``open_ends``); :mod:`timeline.temporal.open_ends` joins it to a begin point before it."""
    return {}, i + 1


@production("vague", resolve=resolve_vague, examples=[("قبل أيام", "2020-10-04", "PAST_REF")])
def unnumbered() -> None:
    """``قبل أيام``, ``بعد أسابيع``: some units before/after, how many unsaid."""


@rule("group", first=("same_day_vague",),
      examples=[("في وقت سابق اليوم", "2020-10-01", "2020-10-01")])
def earlier_today(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``في وقت سابق اليوم``, ``في وقت لاحق من هذا الشهر``: the day or period named."""
    j = i + 1
    if g.role(j, "from"):
        j += 1
    if g.adj(j) and (g.toks[j].has("deictic") or g.toks[j].has("this") or g.toks[j].has("unit")):
        # في وقت سابق من الشهر الماضي: a month, week or year named by a direction
        tok = g.toks[j]
        date = deictic.date_at(g, j) if tok.has("deictic") or tok.has("this") \
            else first_of((relative.month, relative.period), g, j)
        if date and len(date[0]) == 1:
            inner = date[0][0]
            fields = {**inner.fields, "vague_part": True}
            side = g.toks[i].get("vague_side")
            if side and not tok.has("deictic"):
                # في وقت لاحق من هذا الشهر: the part of the month after the DCT
                fields.update(side=side, inner=inner.resolver)
                return [Parse(i, inner.j, inner.kind, fields, part_of_period, part_of_period)], inner.j
            return [inner.wrap(earlier_today, i=i, fields=fields)], inner.j
    return None


def resolve_part_of_period(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """The period as the inner rule resolves it, cut at the DCT's day: from it (``later``) or
    up to it (``earlier``) when the period holds that day."""
    timex = f["inner"].resolve(ctx, base, f, found)
    if timex is None or timex.earliest is None or timex.latest is None:
        return timex
    day = ctx.dct.date()
    start, end = dt.datetime.combine(day, dt.time()), dt.datetime.combine(day, dt.time(23, 59, 59))
    if not timex.earliest <= start <= timex.latest:
        return timex
    if f["side"] == "later":
        return attrs.evolve(timex, earliest=start)
    return attrs.evolve(timex, latest=min(end, timex.latest))


@production("vague", resolve=resolve_part_of_period,
            examples=[("في وقت لاحق من هذا الشهر", "2020-10-08", "2020-10")])
def part_of_period() -> None:
    """``في وقت لاحق/سابق من هذا الشهر``: the part of a period after or before the DCT."""


# call-time dependencies, imported last: these modules import this one
from . import deictic, relative  # noqa: E402
