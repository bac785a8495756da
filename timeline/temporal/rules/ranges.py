"""Ranges as one expression with a begin and an end (TimeML's ``beginPoint``/``endPoint``):
``من 13 إلى 15 تموز``, ``بين 4 و22 من الشهر الجاري``, ``من 2 أكتوبر إلى 22 أكتوبر``,
``من (28) إبريل وحتى الثامن من مايو القادم``, ``19-20 نوفمبر``, ``بين مارس ومايو 2020``,
``بين العامين 1910 و1912``, ``2010-2015``, ``من الساعة الثالثة إلى الرابعة مساءً``.

The range is a ``DURATION`` whose value is its length (``P3D``), whose interval runs from the
begin's earliest to the end's latest, and whose ``extra`` holds ``begin`` and ``end``: the TIMEX3
values of the two points.  Each point is read by the rule that reads it alone (a day of a
month, a month, a year, a clock time); the end lends the begin what the begin leaves out
(the month and year of ``من 13 إلى 15 تموز``, the part of the day of ``من الثالثة إلى الرابعة
مساءً``)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from ...model import Timex
from .. import values as V
from ..engine import Parse, Rule, rule
from ..grammar import Grammar
from ..lexicon import LEXICON
from . import calendar, range_points
from .range_points import connector, count_follows, now_end, point

_DASH_DAYS = re.compile(r"(\d{1,2})-(\d{1,2})$")
_DASH_YEARS = re.compile(r"(\d{4})-(\d{4})$")
#: a season, school or fiscal year named by two years (2021/2022, 1442/1443هـ, 1443-1444هـ)
_YEAR_PAIR = re.compile(r"(\d{4})[-/](\d{4})$")
#: fields that tie a Gregorian month to a year other than an explicit one
_YEAR_KEYS = ("year", "month_dir", "year_shift", "month_rel", "short_year")
_RULES: dict[str, Rule] = {}


def rule_named(name: str) -> Rule:
    """The rule or production named ``name`` (a range stores its points by rule name)."""
    if not _RULES:
        from . import all_rules

        _RULES.update((r.name, r) for r in all_rules())
    return _RULES[name]


def _length(begin: Timex, end: Timex, earliest: dt.datetime, latest: dt.datetime) -> str:
    """The TIMEX3 duration from the begin point to the end point, both counted in."""
    grains = {begin.grain, end.grain}
    if grains <= {"minute", "hour"}:
        minutes = max(0, round((end.earliest - begin.earliest).total_seconds() / 60))
        hours, minutes = divmod(minutes, 60)
        return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes or not hours else "")
    if grains == {"year"}:
        return f"P{end.earliest.year - begin.earliest.year + 1}Y"
    if grains == {"month"}:
        months = (end.earliest.year - begin.earliest.year) * 12 + end.earliest.month - begin.earliest.month
        return f"P{months + 1}M"
    return f"P{(latest.date() - earliest.date()).days + 1}D"


def range_timex(base: Timex, begin: Timex, end: Timex) -> Timex | None:
    """One Timex from the begin point to the end point, or ``None`` when the end comes first."""
    if begin.earliest is None or end.earliest is None or begin.latest is None or end.latest is None \
            or end.latest < begin.earliest:
        return None
    earliest, latest = begin.earliest, end.latest
    warnings = tuple(dict.fromkeys(begin.warnings + end.warnings))
    grain = end.grain if begin.grain == end.grain else "day"
    return attrs.evolve(base, type="DURATION", value=_length(begin, end, earliest, latest), earliest=earliest,
                        latest=latest, grain=grain, anchor=end.anchor or begin.anchor, warnings=warnings,
                        extra={"begin": begin.value, "end": end.value})


def resolve_range(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """Resolve the end, then the begin (a Gregorian month without its own year takes the end's
    year, or the year before when its month comes later), then join them."""
    if "weekday_after" in f:
        # بين غد والجمعة: the first such weekday after the day word
        begin_name, begin_fields = f["begin"]
        begin = rule_named(begin_name).resolve(ctx, base, dict(begin_fields), found)
        first = begin.earliest.date()
        day = first + dt.timedelta(days=(f["weekday_after"] - first.weekday()) % 7 or 7)
        return range_timex(base, begin, V.day_timex(base, day, {}, begin.anchor))
    if "weekdays" in f:
        # من الأحد إلى الثلاثاء: the end weekday as a bare weekday reads, the begin days before
        end_fields = dict(f["end_weekday"])
        if not end_fields.get("shift") and ctx.future(found):
            # إجازة من الثلاثاء حتى الأحد, ahead: the range opens on the next such begin weekday
            first = ctx.weekday_date((end_fields["weekday"] - f["weekdays"]) % 7, 0, True)
            return range_timex(base, V.day_timex(base, first, {}, "dct"),
                               V.day_timex(base, first + dt.timedelta(days=f["weekdays"]), {}, "dct"))
        end = deictic.resolve_weekday(ctx, base, end_fields, found)
        begin = V.day_timex(base, end.earliest.date() - dt.timedelta(days=f["weekdays"]), {}, end.anchor)
        return range_timex(base, begin, end)
    end_name, end_fields = f["end"]
    end = rule_named(end_name).resolve(ctx, base, dict(end_fields), found)
    if end is None or end.earliest is None:
        return None
    begin = _begin(ctx, base, f, end, found)
    if begin is None:
        return None
    today = ctx.dct.date()
    stated = dict(end_fields)
    opening = dict(f["begin"][1])
    if begin.earliest is not None and begin.earliest.year < today.year and opening.get("month") == today.month \
            and not any(key in opening or key in stated for key in _YEAR_KEYS) and "month" in stated \
            and stated.get("system", "gregorian") == "gregorian" and opening.get("system", "gregorian") == "gregorian":
        # من 28 أفريل وحتى الرابع من ماي, written on 20 April: a range that opens in the DCT's
        # month is this year's, as that day alone would be; its end runs on into the next month
        later = rule_named(end_name).resolve(ctx, base, {**stated, "year": today.year}, found)
        first = _begin(ctx, base, f, later, found) if later is not None and later.earliest is not None else None
        if first is not None:
            return range_timex(base, first, later)
    if end.latest is not None and end.latest.date() < today and begin.earliest is not None \
            and _next_year_holds(begin.earliest.date(), end.latest.date(), today) and "day" in stated \
            and "month" in stated and not any(key in stated for key in _YEAR_KEYS) \
            and stated.get("system", "gregorian") == "gregorian":
        # من الأول من نوفمبر إلى 31 ديسمبر, written on 25 November: the stretch in progress,
        # when its next occurrence holds the DCT
        later = rule_named(end_name).resolve(ctx, base, {**stated, "year": end.earliest.year + 1}, found)
        first = _begin(ctx, base, f, later, found) if later is not None and later.earliest is not None else None
        if first is not None and first.earliest is not None and first.earliest.date() <= today <= later.latest.date():
            return range_timex(base, first, later)
    ahead = _begin_ahead(ctx, base, f, begin, end, found)
    if ahead is not None:
        return ahead
    return range_timex(base, begin, end)


def _begin_ahead(ctx: Any, base: Timex, f: dict[str, Any], begin: Timex, end: Timex, found: Any) -> Timex | None:
    """Rule ``range_begin_ahead``: a range across the turn of the year with no year written
    (``يقام المهرجان من 15 ديسمبر إلى 29 يناير``, written in October) that would end before the
    DCT while its begin, read alone, lies ahead of it, runs from that begin into the next year."""
    begin_name, begin_fields = f["begin"]
    end_name, end_fields = f["end"]
    opening, stated = dict(begin_fields), dict(end_fields)
    if end.latest is None or end.latest.date() >= ctx.dct.date() or begin.earliest is None \
            or any(key in opening or key in stated for key in _YEAR_KEYS) or "month" not in opening \
            or "month" not in stated or opening["month"] <= stated["month"] \
            or "gregorian" != opening.get("system", "gregorian") or "gregorian" != stated.get("system", "gregorian"):
        return None
    alone = rule_named(begin_name).resolve(ctx, base, opening, found)
    if alone is None or alone.earliest is None or alone.earliest.date() <= ctx.dct.date():
        return None
    later = rule_named(end_name).resolve(ctx, base, {**stated, "year": alone.earliest.year + 1}, found)
    return range_timex(base, alone, later) if later is not None else None


def _next_year_holds(first: dt.date, last: dt.date, today: dt.date) -> bool:
    """The stretch ``first`` .. ``last`` a year later holds ``today`` (29 February: the 28th)."""
    def later(day: dt.date) -> dt.date:
        return dt.date(day.year + 1, day.month, min(day.day, 28 if day.month == 2 else day.day))
    return later(first) <= today <= later(last)


def _begin(ctx: Any, base: Timex, f: dict[str, Any], end: Timex, found: Any) -> Timex | None:
    """The begin of a range: a Gregorian month without its own year takes the end's year, or
    the year before when its month comes later."""
    begin_name, begin_fields = f["begin"]
    fields = dict(begin_fields)
    if "month" in fields and "year" not in fields and fields.get("system", "gregorian") == "gregorian":
        last = end.earliest
        for key in _YEAR_KEYS:
            fields.pop(key, None)
        fields["year"] = last.year - (fields["month"] > last.month)
    return rule_named(begin_name).resolve(ctx, base, fields, found)


@rule("range", first=("between", "from"), resolve=resolve_range,
      examples=[("ودارت معارك عنيفة بين 5 و7 أكتوبر", "2020-10-10", "P3D"),
                ("من الساعة الثالثة إلى الرابعة مساءً", "2020-06-10", "PT1H"),
                ("بين العامين 1910 و1912", "2020-06-10", "P3Y")])
def between(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``بين``/``من`` + a day, date, month, year or clock time, ``و``/``إلى``/``حتى`` + the end."""
    if not g.adj(i + 1, "("):
        return None
    P = range_points
    got = P.days(g, i) or P.numeric(g, i) or P.years(g, i) or P.months(g, i) or P.weekdays(g, i) \
        or P.day_words(g, i) or P.clocks(g, i) or P.fuzzy_parts(g, i)
    return ([between.make(i, got[1], got[0])], got[1]) if got else None


@rule("range", first=("dual_year",), resolve=resolve_range,
      examples=[("واستؤنفت الأعمال خلال عامي 2022 و2023", "2024-04-20", "P2Y")])
def two_years(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """Rule ``two_years``: a dual year word (``months.json`` ``dual_year_word``) before two
    years one after the other (``خلال عامي 2022 و2023``) names both as one stretch; two years
    apart (``عامي 1912 و1933``) stay two dates."""
    first = g.year_number(i + 1) if g.adj(i + 1) and not g.toks[i + 1].art else None
    k = first[1] if first else g.n
    if k >= g.n or not g.adj(k) or not g.toks[k].coordinated:
        return None
    second = g.year_number(k)
    if not second or second[0] != first[0] + 1 or count_follows(g, second[1]):
        return None
    e = second[1]
    return [two_years.make(i, e, {"begin": point(calendar.year.make(i + 1, first[1], {"year": first[0]})),
                                  "end": point(calendar.year.make(k, e, {"year": second[0]}))})], e


@rule("range", first=("since",), resolve=resolve_range,
      examples=[("تتواصل الأزمة منذ 2011 وحتى الآن", "2020-06-10", "P3449D"),
                ("منذ 3 مارس حتى اليوم", "2020-06-10", "P100D")])
def since_to_now(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``منذ`` + a date or a year, ``(و)حتى``/``إلى`` + ``الآن``/``اليوم``: a range ending on the DCT's day."""
    if not any(g.toks[k].has("to") for k in range(i + 2, min(i + 8, g.n))):
        return None  # a cheap test first: most منذ have no end
    got = aspect.since(g, i)
    if not got or len(got[0]) != 1:
        return None
    begin, j = got[0][0], got[1]
    k = connector(g, i, j)
    now = now_end(g, k) if k is not None and k < g.n and g.toks[k - 1].has("to") else None
    if now is None:
        return None
    if "unit" in begin.fields:  # منذ 5 أيام وحتى الآن: the count already runs to the DCT
        return [begin.wrap(begin.rule, j=now.j)], now.j
    fields = {key: v for key, v in begin.fields.items() if key != "since"}
    return [since_to_now.make(i, now.j, {"begin": point(Parse(begin.i, begin.j, begin.kind, fields, begin.rule,
                                                                 begin.resolver)), "end": point(now)})], now.j


@rule("range", first=("num",), resolve=resolve_range,
      examples=[("19-20 نوفمبر", "2020-06-10", "P2D"), ("خلال الفترة 2010-2015", "2020-06-10", "P6Y")])
def dashed(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """Two days joined by a dash before a month (``19-20 نوفمبر``), or two years (``2010-2015``;
    one after the other also with a slash or a Hijri mark: ``2021/2022``, ``1442/1443هـ``)."""
    tok = g.toks[i]
    pair = _YEAR_PAIR.match(tok.num) if not tok.art else None
    if pair and int(pair.group(2)) == int(pair.group(1)) + 1:
        got = _year_pair(g, i, int(pair.group(1)))
        if got is not None:
            return got
    if tok.art or tok.era or "-" not in tok.num:
        return None
    match = _DASH_DAYS.match(tok.num)
    if match:
        first, last = int(match.group(1)), int(match.group(2))
        if not 1 <= first < last <= 31:
            return None
        m = i + 2 if g.role(i + 1, "from") else i + 1
        month = calendar.month_ref(g, m, True) if g.adj(m) else None
        if not month or "month_rel" in month[0]:
            return None
        fields, e = month
        year, e = calendar.year_after(g, e, fields.get("system", "gregorian"))
        fields.update(year)
        named = calendar.day_month if fields.get("system", "gregorian") == "gregorian" else calendar.hijri.day_month
        return [dashed.make(i, e, {"begin": point(named.make(i, i + 1, {**fields, "day": first})),
                                   "end": point(named.make(i, e, {**fields, "day": last}))})], e
    match = _DASH_YEARS.match(tok.num)
    if match:
        first, last = int(match.group(1)), int(match.group(2))
        if not 1900 <= first < last <= 2100 or (g.adj(i + 1) and g.toks[i + 1].has("unit")) \
                or count_follows(g, i + 1):
            return None
        return [dashed.make(i, i + 1, {"begin": point(calendar.year.make(i, i + 1, {"year": first})),
                                       "end": point(calendar.year.make(i, i + 1, {"year": last}))})], i + 1
    return None


def _year_pair(g: Grammar, i: int, first: int) -> tuple[list[Parse], int] | None:
    """Two years one after the other at token ``i`` (``2021/2022``), Hijri with an era mark
    glued or after it (``1442/1443هـ``, ``1443-1444 هـ``): the range of the two years."""
    tok = g.toks[i]
    if g.previous_word(tok.start) in LEXICON.number_nouns:
        return None  # القرار رقم 2021/2022: a document number
    j = i + 1
    hijri_mark = tok.era in g.hijri_marks if tok.era else g.role(j, "hijri_era")
    if not tok.era and hijri_mark:
        j += 1
    elif not tok.era and g.role(j, "greg_era"):
        j += 1
    elif tok.era is None and "-" in tok.num:
        return None  # 2010-2015 without a mark: the dashed years below
    if hijri_mark:
        if not 1300 <= first < 1500:
            return None
        rule_ = calendar.hijri.year
        fields: dict[str, Any] = {"system": "hijri"}
    else:
        if not 1900 <= first < 2100 or (g.adj(j) and g.toks[j].has("unit")) or count_follows(g, j):
            return None
        rule_, fields = calendar.year, {}
    return [dashed.make(i, j, {"begin": point(rule_.make(i, j, {**fields, "year": first})),
                               "end": point(rule_.make(i, j, {**fields, "year": first + 1}))})], j


# call-time dependencies, imported last: these modules import this one
from . import aspect, deictic  # noqa: E402
