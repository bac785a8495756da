"""Recurring times (TIMEX3 SET, quant EVERY): ``يوميا``, ``كل أسبوع``, ``كل يوم جمعة``, ``كل
خميس``, ``أيام الجمعة``, ``كل ثلاثة أيام``) and frequencies (``مرتين في الأسبوع``: freq 2X)."""

from __future__ import annotations

import bisect
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
    # أيام الجمعة: Fridays (but أيام السبت والأحد والاثنين may name days, as يومي السبت والأحد does)
    if unit and unit[:2] == ("day", 0) and not unit[2] and g.role(j, "weekday"):
        weekday = g.toks[j].get("weekday")
        first = recurring.make(i, j + 1, {"value": f"XXXX-WXX-{weekday + 1}", "weekday": weekday})
        if not _coordinated_weekday(g, j + 1):
            return [first], j + 1
        start = g.toks[i].start
        if _coordinated_weekday(g, j + 2) or LEXICON.day_off_re.search(g.text, max(0, start - _DAY_OFF_CHARS), start):
            return None  # عطلة رسمية أيام الخميس والجمعة: the days granted (plans.Plans.day_off)
        # أيام السبت والأحد: two days in the plural, where two named days take the dual (يومي):
        # Saturdays and Sundays
        other = g.toks[j + 1].get("weekday")
        return [first, recurring.make(j + 1, j + 2, {"value": f"XXXX-WXX-{other + 1}", "weekday": other})], j + 2
    return None


#: how far before أيام a day-off word (cues.json day_off_words) makes its weekdays the days granted
_DAY_OFF_CHARS = 40


def _coordinated_weekday(g: Grammar, k: int) -> bool:
    return g.adj(k) and g.toks[k].coordinated and g.toks[k].has("weekday")


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


def _yearly_value(g: Grammar, i: int) -> tuple[str, int] | None:
    """A Gregorian day of a month or a month with no year at token ``i``: (``XXXX-MM(-DD)``, next)."""
    got = calendar.day_month_parses(g, i, False, date_of_every_year)
    if got and len(got[0]) == 1:
        fields, k = got[0][0].fields, got[1]
        if fields.get("system", "gregorian") == "gregorian" and "month" in fields and "year" not in fields \
                and "month_rel" not in fields and "month_dir" not in fields:
            return f"XXXX-{fields['month']:02d}-{fields['day']:02d}", k
        return None
    month = calendar.month_ref(g, i, True)
    if month:
        fields, k = month
        if fields.get("system") == "gregorian" and "month" in fields and "month_dir" not in fields \
                and not calendar.year_after(g, k, "gregorian")[0]:
            return f"XXXX-{fields['month']:02d}", k
    return None


def _every_year(g: Grammar, i: int) -> int | None:
    """``سنوياً``, ``كل عام``, ``كل سنة`` at token ``i``: the next index."""
    tok = g.toks[i]
    if tok.get("set") == "P1Y":
        return i + 1
    unit = g.toks[i + 1].get("unit") if tok.has("every") and g.adj(i + 1) else None
    return i + 2 if unit and unit[0] == "year" and unit[1] == 1 else None


@rule("set", first=("set", "every"), resolve=resolve_set,
      examples=[("تعقد القمة كل عام في شهر أكتوبر", "2021-10-04", "XXXX-10")])
def every_year_on(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``كل عام في 15 أيار``, ``سنوياً في أكتوبر``: that day or month every year (not the DCT's)."""
    j = _every_year(g, i)
    if j is None or not g.adj(j):
        return None
    if g.toks[j].has("in") and g.adj(j + 1):
        j += 1
    got = _yearly_value(g, j)
    if got is None:
        return None
    return [every_year_on.make(i, got[1], {"value": got[0]})], got[1]


def _every_soon(g: Grammar, i: int) -> bool:
    """A word of every (``كل``) or a yearly set word stands a few tokens after token ``i`` (the
    positions are listed once per text, so a day with none costs one search)."""
    marks = g.memo.get(("every", -1))
    if marks is None:
        marks = g.memo[("every", -1)] = [m for m, tok in enumerate(g.toks) if "every" in tok.roles or "set" in tok.roles]
    k = bisect.bisect_right(marks, i)
    return k < len(marks) and marks[k] <= i + _EVERY_REACH


#: tokens from a day or month to the كل of ``من كل عام`` (day, month, year words, من)
_EVERY_REACH = 6


@rule("set", first=("num", "ord", "card", "month", "month_word"), resolve=resolve_set,
      examples=[("تحيي الذكرى في 15 أيار من كل عام", "2022-05-14", "XXXX-05-15")])
def date_of_every_year(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``15 أيار من كل عام``, ``في أكتوبر من كل سنة``: that day or month every year."""
    if not _every_soon(g, i):
        return None
    got = _yearly_value(g, i)
    if got is None:
        return None
    value, k = got
    if not g.role(k, "from") or not g.adj(k + 1):
        return None
    end = _every_year(g, k + 1)
    if end is None:
        return None
    return [date_of_every_year.make(i, end, {"value": value})], end


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
from . import calendar, count_patterns, relative  # noqa: E402
