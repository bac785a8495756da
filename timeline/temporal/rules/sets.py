"""Recurring times (TIMEX3 SET, quant EVERY): ``يوميا``, ``كل أسبوع``, ``كل يوم جمعة``, ``كل
خميس``, ``أيام الجمعة``, ``كل ثلاثة أيام``) and frequencies (``مرتين في الأسبوع``: freq 2X)."""

from __future__ import annotations

from typing import Any

import attrs

from ...model import Timex
from ..engine import Parse, rule
from ..grammar import Grammar
from ..lexicon import LEXICON


def resolve_set(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex:
    if "freq" in f:
        return attrs.evolve(base, type="SET", value=f["value"], extra={"freq": f"{f['freq']}X"})
    extra: dict[str, Any] = {"quant": "EVERY"}
    if "weekday" in f:
        extra["weekday"] = f["weekday"]
    return attrs.evolve(base, type="SET", value=f["value"], extra=extra)


@rule("set", first=("set", "every", "unit"), resolve=resolve_set,
      examples=[("يصدر تقريرا يوميا", "2020-10-04", "P1D"), ("كل يوم جمعة", "2020-10-04", "XXXX-WXX-5"),
                ("أيام الجمعة", "2020-10-04", "XXXX-WXX-5"), ("كل ثلاثة أيام", "2020-10-04", "P3D")])
def recurring(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """Every day/week/weekday, or every N units."""
    tok = g.toks[i]
    j = i + 1
    if tok.has("set") or tok.has("every"):
        value = tok.get("set")
        # a spoken number is also a bare weekday (تلات): before a unit it counts (كل تلات أيام)
        counted = g.adj(j) and g.toks[j].has("card") and g.adj(j + 1) and g.role(j + 1, "unit")
        if value in (None, "P1D") and g.adj(j) and not counted \
                and (g.toks[j].has("weekday") or g.toks[j].has("weekday_bare")):
            weekday = g.toks[j].get("weekday", g.toks[j].get("weekday_bare"))
            return [recurring.make(i, j + 1, {"value": f"XXXX-WXX-{weekday + 1}", "weekday": weekday})], j + 1
        if value is not None:
            return [recurring.make(i, j, {"value": value})], j
        cu = count_patterns.count_unit(g, j, single=True) if g.adj(j) else None
        if cu and cu[1]:
            unit_name, n, _, k = cu
            letter = LEXICON.unit_letter[unit_name]
            value = f"PT{n}{letter[1:]}" if letter.startswith("T") else f"P{n}{letter}"
            return [recurring.make(i, k, {"value": value})], k
        return None
    unit = tok.get("unit")
    # أيام الجمعة: Fridays (but يومي/أيام السبت والأحد name days)
    if unit and unit[:2] == ("day", 0) and not unit[2] and g.role(j, "weekday") \
            and not (g.adj(j + 1) and g.toks[j + 1].coordinated and g.toks[j + 1].has("weekday")):
        weekday = g.toks[j].get("weekday")
        return [recurring.make(i, j + 1, {"value": f"XXXX-WXX-{weekday + 1}", "weekday": weekday})], j + 1
    return None


@rule("set", first=("weekday", "on_day"), resolve=resolve_set,
      examples=[("تصدر الصحيفة يوم السبت من كل أسبوع", "2020-10-04", "XXXX-WXX-6")])
def weekday_of_every_week(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``يوم السبت من كل أسبوع``, ``الخميس من كل أسبوع``: that weekday every week."""
    b = i + 1 if g.toks[i].has("on_day") and g.role(i + 1, "weekday") else i
    if not g.toks[b].has("weekday") or not g.role(b + 1, "from") or not g.role(b + 2, "set") \
            or g.toks[b + 2].get("set") != "P1W":
        return None
    weekday = g.toks[b].get("weekday")
    return [weekday_of_every_week.make(i, b + 3, {"value": f"XXXX-WXX-{weekday + 1}", "weekday": weekday})], b + 3


@rule("set", first=("times",), resolve=resolve_set,
      examples=[("يتناول الدواء ثلاث مرات في اليوم", "2020-10-04", "P1D"),
                ("يجتمع المجلس مرتين في الأسبوع", "2020-10-04", "P1W"), ("مرة كل عام", "2020-10-04", "P1Y")])
def frequency(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """A number of times per unit: ``مرتين في الأسبوع``, ``ثلاث مرات في اليوم``, ``مرة كل عام``,
    ``خمس مرات يوميا`` (TIMEX3 SET with ``freq``; the unit after في is no date)."""
    count, start = g.toks[i].get("times"), i
    for back in (1, 2):  # ثلاث مرات, خمس عشرة مرة, 15 مرة
        if i - back >= 0 and g.adj(i - back + 1):
            got = g.number(i - back, ordinal_ok=False)
            if got and got[1] == i and got[0]:
                count, start = got[0], i - back
                break
    j = i + 1
    if g.adj(j) and g.toks[j].get("card") == 1:
        j += 1  # مرة واحدة
    if not count or not g.adj(j):
        return None
    tok = g.toks[j]
    if tok.has("set") and tok.get("set").startswith("P"):
        return [frequency.make(start, j + 1, {"value": tok.get("set"), "freq": count})], j + 1
    if (tok.has("in") or tok.has("every")) and g.adj(j + 1):
        unit = g.toks[j + 1].get("unit")
        if unit and unit[1] in (1, -1) and unit[0] in LEXICON.unit_letter \
                and not relative.period_fields(g, j + 1):  # مرة في الأسبوع الماضي: once, last week
            letter = LEXICON.unit_letter[unit[0]]
            value = f"PT1{letter[1:]}" if letter.startswith("T") else f"P1{letter}"
            return [frequency.make(start, j + 2, {"value": value, "freq": count})], j + 2
    return None


# call-time dependencies, imported last: these modules import this one
from . import count_patterns, relative  # noqa: E402
