"""Ranges open at one end: ``حتى الساعة 18:00``, ``حتى غد``, ``لغاية الأحد`` (until: the end is
named), ``قبل الساعة 18:00``, ``قبل الأحد`` (before), ``بعد 18:00``, ``بعد الأحد``, ``منذ الساعة
السادسة`` (the begin is named).

The Timex keeps the value and interval of the point the text names (it is all the text
vouches for; the event stages date by it as before) and says which end it is: ``mod``
(TIMEX3: ``ON_OR_BEFORE`` until, ``BEFORE``, ``AFTER``, ``ON_OR_AFTER`` since) and ``extra``
``end`` or ``begin``, the point's value (exported as ``endPoint`` / ``beginPoint``).  A date
after ``حتى`` (``حتى 30 يونيو``) stays the calendar's: only clock times and day words
(``غد``, a weekday) are read here; ranges with both ends are :mod:`.ranges`'s.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ...model import Timex
from .. import values as V
from ..engine import Parse, rule
from ..grammar import Grammar
from ..lexicon import LEXICON

#: TIMEX3 mod and the end the named point is, by the word before it (its lexicon role)
_BOUNDS = {"until": ("ON_OR_BEFORE", "end"), "before": ("BEFORE", "end"),
           "after": ("AFTER", "begin"), "since": ("ON_OR_AFTER", "begin")}

#: roles a token may have to start a point read here (a clock time with ``:`` aside)
_POINT_ROLES = frozenset(("clock_word", "deictic", "weekday", "on_day", "part"))


def resolve_bound(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """The point as its own rule resolves it, marked as the range's end or begin."""
    name, fields = f["point"]
    point = ranges.rule_named(name).resolve(ctx, base, dict(fields), found)
    if point is None or point.earliest is None:
        return None
    if f["bound"] == "until" and name.endswith(".weekday") and point.grain == "day":
        point = _after_day_in_play(ctx, base, point, dict(fields), found)
    mod, side = _BOUNDS[f["bound"]]
    return attrs.evolve(point, mod=mod, extra={**dict(point.extra), side: point.value})


def _after_day_in_play(ctx: Any, base: Timex, point: Timex, fields: dict[str, Any], found: Any) -> Timex:
    """Rule ``until_weekday_after_start``: 'until' a bare weekday after a day in play in its sentence
    ends on the first such weekday after that day (``أمس الأحد حتى الخميس``، ``سأزور الإسكندرية
    يوم السبت وسنبقى حتى الثلاثاء``): a stretch does not end before it starts."""
    start = ctx.narrative.day
    if start is None or fields.get("shift", 0) != 0 or "said" in fields or point.earliest.date() > start \
            or ctx.sentence_of(found.start) != ctx.narrative.sentence:
        return point
    day = start + dt.timedelta(days=(fields["weekday"] - start.weekday()) % 7 or 7)
    return V.day_timex(base, day, fields, "narrative")


def _clock(g: Grammar, i: int) -> Parse | None:
    """A clock time at ``i`` written as one (``الساعة ...`` or ``18:00``), with its day if any."""
    tok = g.toks[i]
    if not (tok.has("clock_word") or (tok.num is not None and ":" in tok.num)):
        return None
    got = clock.time_of_day(g, i)
    return got[0][0] if got and len(got[0]) == 1 else None


def _day(g: Grammar, i: int, parts: bool) -> Parse | None:
    """A day word or a weekday at ``i`` (``غد``, ``الأحد``), or with ``parts`` a part of one
    (``مساء الغد``; after قبل/بعد a part is the part's own: ``قبل ظهر الأحد`` is its forenoon)."""
    got = deictic.day_expr(g, i)
    if got is None and parts and g.toks[i].has("part"):
        parts = parts_of_day.part_of_date(g, i)
        got = parts[0][0] if parts and len(parts[0]) == 1 else None
    return got if got is not None and got.kind in ("deictic", "weekday") else None


@rule("bound", first=("until", "before", "after", "since"), resolve=resolve_bound,
      examples=[("يستمر حظر التجول حتى الساعة 18:00", "2020-06-10", "2020-06-10T18:00"),
                ("تبقى المدارس مغلقة حتى غد", "2020-06-10", "2020-06-11"),
                ("يجب التصويت قبل الساعة السادسة مساء", "2020-06-10", "2020-06-10T18:00"),
                ("تتوقف الحركة بعد 18:00", "2020-06-10", "2020-06-10T18:00")])
def bound(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``حتى``/``لغاية``/``قبل``/``بعد`` + a clock time or a day word; ``منذ`` + a clock time."""
    if not g.adj(i + 1):
        return None
    nt = g.toks[i + 1]
    if _POINT_ROLES.isdisjoint(nt.roles) and not (nt.num is not None and ":" in nt.num):
        return None  # a cheap test first: بعد and قبل are frequent
    tok = g.toks[i]
    kind = next((k for k in _BOUNDS if tok.has(k)), None)
    if kind is None or (kind == "after" and g.previous_word(tok.start) in LEXICON.not_after_before):
        return None  # العمل عن بعد يوم الثلاثاء: remote work, not after Tuesday
    point = _clock(g, i + 1)
    if point is None and kind != "since":  # منذ + a day is aspect.since's
        point = _day(g, i + 1, kind == "until")
    if point is None:
        return None
    fields = {"bound": kind, "point": (point.resolver.name, tuple(sorted(point.fields.items())))}
    return [bound.make(i, point.j, fields)], point.j


# call-time dependencies, imported last: these modules import this one
from . import clock, deictic, parts_of_day, ranges  # noqa: E402
