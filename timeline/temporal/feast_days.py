"""Rule ``feast_weekday``: a bare weekday right before the feast or month edge it names (``الجمعة
أول أيام عيد الفطر``، ``الثلاثاء هو أول أيام رمضان``: a copula of ``cues.json`` ``copulas`` may
stand between) tells the feast's day. The weekday is the one nearest the feast's reckoned day,
and the feast takes the weekday's date: a country's sighting may move a Hijri feast a day or two
from the Umm al-Qura table's, and the text says which day it is."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ..arabic import fold
from ..model import Timex
from .engine import Found
from .lexicon import LEXICON

#: the rules of a feast's or a month edge's day
_FEASTS = frozenset({"holidays.holiday", "fuzzy.edge_day"})
#: how many days a stated weekday may move a feast from its reckoned day
_SIGHTING = 3


def settle(ctx: Any, found: list[Found], out: list[Timex]) -> list[Timex]:
    """``out`` (one timex per item of ``found``) with each weekday-feast pair on one day."""
    text = ctx.doc.text
    for k in range(len(out) - 1):
        day, feast = out[k], out[k + 1]
        if found[k].rule.name != "deictic.weekday" or feast.rule not in _FEASTS or feast.grain != "day" \
                or day.earliest is None or feast.earliest is None or _directed(found[k]):
            continue
        gap = text[day.end:feast.start].strip()
        if gap and fold(gap) not in LEXICON.copulas:
            continue
        near = feast.earliest.date()
        weekday = day.earliest.date().weekday()
        moved = (weekday - near.weekday() + _SIGHTING) % 7 - _SIGHTING
        date = near + dt.timedelta(days=moved)
        out[k], out[k + 1] = _on(day, date), _on(feast, date)
    return out


def _directed(found: Found) -> bool:
    f = found.reading.as_dict()
    return bool(f.get("shift") or "said" in f or "pair_first" in f or "day" in f or "hour" in f)


def _on(timex: Timex, day: dt.date) -> Timex:
    if timex.earliest is not None and timex.earliest.date() == day:
        return timex
    start = dt.datetime.combine(day, dt.time())
    return attrs.evolve(timex, value=day.isoformat(), earliest=start,
                        latest=start + dt.timedelta(hours=23, minutes=59, seconds=59))
