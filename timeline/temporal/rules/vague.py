"""Vague references (``حاليا``, ``مؤخرا``, ``في وقت لاحق``: PRESENT_REF, PAST_REF, FUTURE_REF,
no interval), ``قبل أيام`` / ``بعد أسابيع`` (an unnumbered count), and ``في وقت سابق اليوم``
(the day named, vaguely within it)."""

from __future__ import annotations

from typing import Any

import attrs

from ...model import Timex
from ..engine import Parse, production, rule
from ..grammar import Grammar


def resolve_vague(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex:
    return attrs.evolve(base, value=f["value"])


@rule("vague", first=("vague",), resolve=resolve_vague,
      examples=[("حالياً", "2020-10-01", "PRESENT_REF"), ("مؤخرا", "2020-10-01", "PAST_REF")])
def word(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A word or phrase that only says past, present or future."""
    return {"value": g.toks[i].get("vague")}, i + 1


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
    if g.adj(j) and (g.toks[j].has("deictic") or g.toks[j].has("this")):
        date = deictic.date_at(g, j)
        if date and len(date[0]) == 1:
            inner = date[0][0]
            return [inner.wrap(earlier_today, i=i, fields={**inner.fields, "vague_part": True})], inner.j
    return None


# call-time dependencies, imported last: these modules import this one
from . import deictic  # noqa: E402
