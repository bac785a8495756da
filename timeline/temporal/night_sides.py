"""Rule ``night_decided``: which of its two nights an open ``ليلة`` + weekday is, when the text
decides it.

``ليلة الجمعة`` alone is the eve (Thursday night) or Friday night (rule ``night_open``: the
interval spans both).  Another expression of the text that names one of the two nights and not
the other decides it: a night between two weekdays or two days (``ليلة الخميس على الجمعة``,
anywhere in the text: the headline's ``ليلة الخميس`` over the body's pair), a midnight of a day
(``منتصف ليل الخميس``: the night after Thursday, anywhere in the text), or the small hours of a
day in the same sentence (``فجر الخميس``, ``الثالثة فجرا``: the night before it).  With no such
expression, or with both nights named, the night stays open."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ..model import Timex
from .values import OPEN_NIGHT

#: the small hours of a day: from midnight to the end of dawn
_SMALL_HOURS = (dt.time(0, 0), dt.time(7, 0))


def settle(ctx: Any, out: list[Timex]) -> list[Timex]:
    """``out`` with each open night the text decides narrowed to that night."""
    opened = [k for k, t in enumerate(out) if OPEN_NIGHT in t.warnings and t.earliest is not None]
    if not opened:
        return out
    for k in opened:
        night = out[k]
        named = night.earliest.date() + dt.timedelta(days=1)
        sides = {_side(ctx, night, other, named) for i, other in enumerate(out) if i != k}
        sides.discard(None)
        if len(sides) == 1:
            first = named - dt.timedelta(days=1) if sides == {"eve"} else named
            out[k] = attrs.evolve(
                night, value=f"{first.isoformat()}TNI", earliest=dt.datetime.combine(first, dt.time(18)),
                latest=dt.datetime.combine(first + dt.timedelta(days=1), dt.time(5, 59, 59)),
                warnings=tuple(w for w in night.warnings if w != OPEN_NIGHT))
    return out


def _side(ctx: Any, night: Timex, other: Timex, named: dt.date) -> str | None:
    """``eve`` or ``day`` when ``other`` names the night before ``named`` or the night after it."""
    if other.earliest is None or other.latest is None or OPEN_NIGHT in other.warnings:
        return None
    fields = other.reading.as_dict() if other.reading is not None else {}
    eve = named - dt.timedelta(days=1)
    if fields.get("night_of") == "pair" or other.value.endswith("T24:00"):
        # a night between two days, or a midnight, anywhere in the text: by its first day
        first = dt.date.fromisoformat(other.value[:10])
        return "eve" if first == eve else "day" if first == named else None
    if ctx.doc.sentence(other.start) != ctx.doc.sentence(night.start) or other.type != "TIME" \
            or other.earliest.date() != other.latest.date() \
            or not _SMALL_HOURS[0] <= other.earliest.time() < _SMALL_HOURS[1] \
            or other.latest.time() > _SMALL_HOURS[1]:
        return None
    # the small hours of a day in the same sentence: the night that ends in them
    day = other.earliest.date()
    return "eve" if day == named else "day" if day == named + dt.timedelta(days=1) else None
