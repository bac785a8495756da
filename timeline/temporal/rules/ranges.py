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
from ..grammar import Grammar, counted
from . import calendar

_DASH_DAYS = re.compile(r"(\d{1,2})-(\d{1,2})$")
_DASH_YEARS = re.compile(r"(\d{4})-(\d{4})$")
#: fields of a clock time, which a begin keeps as its own
_CLOCK_KEYS = frozenset({"hour", "minute", "mod"})
#: fields that tie a Gregorian month to a year other than an explicit one
_YEAR_KEYS = ("year", "month_dir", "year_shift", "month_rel", "short_year")
_RULES: dict[str, Rule] = {}


def rule_named(name: str) -> Rule:
    """The rule or production named ``name`` (a range stores its points by rule name)."""
    if not _RULES:
        from . import all_rules

        _RULES.update((r.name, r) for r in all_rules())
    return _RULES[name]


def _point(parse: Parse) -> tuple[str, tuple[tuple[str, Any], ...]]:
    return parse.resolver.name, tuple(sorted(parse.fields.items()))


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
        end = deictic.resolve_weekday(ctx, base, dict(f["end_weekday"]), found)
        begin = V.day_timex(base, end.earliest.date() - dt.timedelta(days=f["weekdays"]), {}, end.anchor)
        return range_timex(base, begin, end)
    end_name, end_fields = f["end"]
    end = rule_named(end_name).resolve(ctx, base, dict(end_fields), found)
    if end is None or end.earliest is None:
        return None
    begin_name, begin_fields = f["begin"]
    fields = dict(begin_fields)
    if "month" in fields and "year" not in fields and fields.get("system", "gregorian") == "gregorian":
        last = end.earliest
        for key in _YEAR_KEYS:
            fields.pop(key, None)
        fields["year"] = last.year - (fields["month"] > last.month)
    begin = rule_named(begin_name).resolve(ctx, base, fields, found)
    if begin is None:
        return None
    return range_timex(base, begin, end)


def _count_follows(g: Grammar, j: int) -> bool:
    """A counted noun follows token ``j - 1`` (``من 2000 إلى 3000 جندي``)."""
    after = g.text[g.toks[j - 1].end:g.toks[j - 1].end + 24]
    words = after.split()
    return bool(words) and after[:1].isspace() and counted(words[0])


def _make(i: int, e: int, begin: Parse, end: Parse) -> tuple[list[Parse], int]:
    return [between.make(i, e, {"begin": _point(begin), "end": _point(end)})], e


def _connector(g: Grammar, i: int, j: int, seps: str = "") -> int | None:
    """The token after ``إلى``/``حتى``/``و`` at ``j`` (a glued و starts the end itself)."""
    if not g.adj(j, seps):
        return None
    nt = g.toks[j]
    if nt.has("to") or (nt.has("and") and g.toks[i].has("between")):
        return j + 1 if g.adj(j + 1) else None
    if nt.coordinated:
        return j
    return None


def _single(got: tuple[list[Parse], int] | None, need: str) -> Parse | None:
    if not got or len(got[0]) != 1 or need not in got[0][0].fields:
        return None
    return got[0][0]


def _days(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``من 13 إلى 15 تموز``, ``بين 4 و22 من الشهر الجاري``, ``من (28) إبريل وحتى الثامن من مايو``,
    ``من 2 أكتوبر إلى 22 أكتوبر``: a day (its month, or the end's), then a full date."""
    if not g.adj(i + 1, "("):
        return None
    first = g.day_number(i + 1)
    if not first:
        return None
    j = first[1]
    own = None
    m = j + 1 if g.role(j, "from", ")") else j
    if g.adj(m, ")"):
        own = calendar.month_ref(g, m, True)
        if own and "month_rel" in own[0]:
            own = None
    if own:
        j = own[1]
        year, j = calendar.year_after(g, j, own[0].get("system", "gregorian"))
        own[0].update(year)
    k = _connector(g, i, j, ")")
    if k is None:
        return None
    end = _single(calendar.calendar(g, k), "day")
    if end is None and own:
        now = _now(g, k)  # من 3 أكتوبر حتى اليوم / الآن
        if now is not None:
            begin = calendar.day_month.make(i + 1, j, {**own[0], "day": first[0]})
            return _make(i, now.j, begin, now)
    if end is None or "coordinated" in end.fields:
        return None
    keep = {key: v for key, v in end.fields.items() if key not in ("day", "weekday", "edge_day")}
    fields = {**own[0], "day": first[0]} if own else {**keep, "day": first[0]}
    return _make(i, end.j, Parse(i + 1, j, "calendar", fields, end.rule, end.resolver), end)


def _now(g: Grammar, k: int) -> Parse | None:
    """``اليوم`` or ``الآن`` as the end of a range: the publication day."""
    tok = g.toks[k]
    if tok.get("deictic") == 0 and not g.role(k + 1, "ord") or tok.get("vague") == "PRESENT_REF":
        return deictic.day.make(k, k + 1, {"offset": 0})
    return None


def _weekdays(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``من الأحد إلى الثلاثاء`` (``المقبلين``/``الماضيين``), ``بين الاثنين والأربعاء``: the days
    of one week, resolved as the end's weekday is (the begin is the days before it)."""
    b = i + 2 if g.role(i + 1, "on_day") and g.adj(i + 2) else i + 1  # من يوم الأحد
    tok = g.toks[b]
    if not tok.has("weekday"):
        return None
    k = _connector(g, i, b + 1)
    if k is not None and g.toks[k].has("on_day") and g.adj(k + 1):
        k += 1
    if k is None or not g.toks[k].has("weekday"):
        return None
    first, last = tok.get("weekday"), g.toks[k].get("weekday")
    span = (last - first) % 7
    e = k + 1
    fields: dict[str, Any] = {"weekday": last, "shift": 0}
    if g.role(e, "dir") and g.toks[e].get("dir") in ("future", "past", "last"):
        fields["shift"] = 1 if g.toks[e].get("dir") == "future" else -1
        e += 1
    if not 0 < span < 6:
        return None
    return [between.make(i, e, {"weekdays": span, "end_weekday": tuple(sorted(fields.items()))})], e


def _numeric(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``من 13/7 إلى 15/7``, ``بين 13/7 و15/7/2020``, ``من 1/9 إلى 3/9/1441هـ``: two numeric
    dates; a begin without a year takes the end's (and its calendar)."""
    tok = g.toks[i + 1]
    if tok.num is None or not any(c in tok.num for c in "/.-"):
        return None
    begin = _single(calendar.numeric_date(g, i + 1), "day")
    if begin is None or "open" in begin.fields:
        return None
    k = _connector(g, i, begin.j)
    if k is None or g.toks[k].num is None:
        return None
    end = _single(calendar.numeric_date(g, k) or calendar.hijri.numeric_date(g, k), "day")
    if end is None or "open" in end.fields:
        return None
    fields = dict(begin.fields)
    if "year" not in fields and "short_year" not in fields and end.fields.get("system") == "hijri":
        fields.update(system="hijri", year=end.fields["year"] - (fields["month"] > end.fields["month"]))
    return _make(i, end.j, Parse(i + 1, begin.j, "calendar", fields, end.rule, end.resolver), end)


def _day_words(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``بين غد والجمعة``, ``من غدا إلى الجمعة``, ``بين غدا وبعد غد``: a day word, then a later
    day word or the first such weekday after it."""
    tok = g.toks[i + 1]
    if not tok.has("deictic") or g.role(i + 2, "ord"):
        return None
    begin = deictic.day.make(i + 1, i + 2, {"offset": tok.get("deictic")})
    k = _connector(g, i, i + 2)
    if k is None:
        return None
    end = g.toks[k]
    if end.has("deictic") and end.get("deictic") > tok.get("deictic") and not g.role(k + 1, "ord"):
        return _make(i, k + 1, begin, deictic.day.make(k, k + 1, {"offset": end.get("deictic")}))
    if end.has("on_day") and g.role(k + 1, "weekday"):
        k += 1
        end = g.toks[k]
    if end.has("weekday") and tok.get("deictic") >= 0:
        return [between.make(i, k + 1, {"begin": _point(begin), "weekday_after": end.get("weekday")})], k + 1
    return None


def _months(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``بين مارس ومايو 2020``, ``من يناير إلى مارس``, ``بين شهري مارس ومايو``."""
    first = calendar.month_ref(g, i + 1, True)
    if not first or "month_rel" in first[0]:
        return None
    fields1, j = first
    year, j = calendar.year_after(g, j, fields1["system"])
    fields1.update(year)
    if not g.adj(j):
        return None
    nt = g.toks[j]
    if nt.has("to") or nt.has("and"):
        k = j + 1
    elif nt.coordinated and nt.has("month"):
        k = j
    else:
        return None
    second = calendar.month_ref(g, k, True) if g.adj(k) else None
    if not second or "month_rel" in second[0] or second[0]["system"] != fields1["system"]:
        return None
    fields2, e = second
    year, e = calendar.year_after(g, e, fields2["system"])
    fields2.update(year)
    if fields1["system"] != "gregorian" and "year" in fields2 and "year" not in fields1:
        fields1 = {**fields1, "year": fields2["year"]}
    named = calendar.month if fields1["system"] == "gregorian" else calendar.hijri.month
    return _make(i, e, named.make(i + 1, j, fields1), named.make(k, e, fields2))


def _fuzzy(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``من أواخر أكتوبر حتى منتصف نوفمبر``, ``من مطلع 2019 إلى نهاية 2020``: a fuzzy part, then a
    fuzzy part or a date."""
    if not g.toks[i + 1].has("fuzzy"):
        return None
    got = fuzzy.fuzzy(g, i + 1)
    if not got or len(got[0]) != 1:
        return None
    begin = got[0][0]
    k = _connector(g, i, got[1])
    if k is None:
        return None
    last = fuzzy.fuzzy(g, k) if g.toks[k].has("fuzzy") else calendar.calendar(g, k)
    if not last or len(last[0]) != 1 or last[0][0].kind not in ("calendar", "period"):
        return None
    return _make(i, last[1], begin, last[0][0])


def _year_at(g: Grammar, j: int) -> tuple[int, int] | None:
    """A four-digit year at ``j`` (after an optional year word), not a count (``2000 جندي``)."""
    if g.adj(j + 1) and (g.toks[j].has("year_word") or (g.toks[j].has("unit") and g.toks[j].get("unit")[0] == "year")):
        j += 1
    got = g.year_number(j)
    if not got or g.toks[j].art:
        return None
    nt = got[1]
    if g.adj(nt) and (g.toks[nt].has("unit") or (g.toks[nt].num is not None and not g.toks[nt].coordinated)):
        return None
    return got


def _years(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``بين العامين 1910 و1912``, ``من عام 1990 إلى عام 2000``, ``بين 2010 و2015``."""
    first = _year_at(g, i + 1)
    if not first:
        return None
    k = _connector(g, i, first[1])
    second = _year_at(g, k) if k is not None else None
    if not second or not first[0] < second[0] <= first[0] + 300 or _count_follows(g, second[1]):
        return None
    e = second[1]
    begin_era, _ = calendar.year_era(g, first[1] - 1)
    end_era, e = calendar.year_era(g, e - 1)
    return _make(i, e, calendar.year.make(i + 1, first[1], {"year": first[0], **end_era, **begin_era}),
                 calendar.year.make(k, e, {"year": second[0], **end_era}))


def _clocks(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``من الساعة الثالثة إلى الرابعة مساءً``, ``بين 10 و12 ظهراً``, ``من 9 صباحاً حتى 5 مساءً``."""
    said = g.toks[i + 1].has("clock_word")
    begin = clock.clock_fields(g, i + 1, unit_minutes=True) or clock.clock_fields(g, i + 1, True, True)
    if not begin:
        return None
    fields1, j = begin
    k = _connector(g, i, j)
    if k is None:
        return None
    timed = clock.time_of_day(g, k)
    if timed and len(timed[0]) == 1:
        end = timed[0][0]
    else:
        got = clock.clock_fields(g, k, said=True)
        if not got:
            return None
        end = clock.time.make(k, got[1], got[0])
    if not (said or g.toks[k].has("clock_word") or "part" in fields1 or "part" in end.fields
            or ":" in (g.toks[i + 1].num or "")):
        return None  # من 3 إلى 5: counts, not hours
    inherited = {key: v for key, v in end.fields.items() if key not in _CLOCK_KEYS}
    if "part" not in fields1 and "part" in end.fields and fields1["hour"] % 12 > end.fields["hour"] % 12:
        inherited = {key: v for key, v in inherited.items() if key not in ("part", "part_from", "night_of")}
    fields = {**inherited, **fields1}
    return _make(i, end.j, Parse(i + 1, j, end.kind, fields, end.rule, end.resolver), end)


@rule("range", first=("between", "from"), resolve=resolve_range,
      examples=[("ودارت معارك عنيفة بين 5 و7 أكتوبر", "2020-10-10", "P3D"),
                ("من الساعة الثالثة إلى الرابعة مساءً", "2020-06-10", "PT1H"),
                ("بين العامين 1910 و1912", "2020-06-10", "P3Y")])
def between(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``بين``/``من`` + a day, date, month, year or clock time, ``و``/``إلى``/``حتى`` + the end."""
    if not g.adj(i + 1, "("):
        return None
    return _days(g, i) or _numeric(g, i) or _years(g, i) or _months(g, i) or _weekdays(g, i) \
        or _day_words(g, i) or _clocks(g, i) or _fuzzy(g, i)


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
    k = _connector(g, i, j)
    now = _now(g, k) if k is not None and k < g.n and g.toks[k - 1].has("to") else None
    if now is None:
        return None
    if "unit" in begin.fields:  # منذ 5 أيام وحتى الآن: the count already runs to the DCT
        return [begin.wrap(begin.rule, j=now.j)], now.j
    fields = {key: v for key, v in begin.fields.items() if key != "since"}
    return [since_to_now.make(i, now.j, {"begin": _point(Parse(begin.i, begin.j, begin.kind, fields, begin.rule,
                                                                 begin.resolver)), "end": _point(now)})], now.j


@rule("range", first=("num",), resolve=resolve_range,
      examples=[("19-20 نوفمبر", "2020-06-10", "P2D"), ("خلال الفترة 2010-2015", "2020-06-10", "P6Y")])
def dashed(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """Two days joined by a dash before a month (``19-20 نوفمبر``), or two years (``2010-2015``)."""
    tok = g.toks[i]
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
        return [dashed.make(i, e, {"begin": _point(named.make(i, i + 1, {**fields, "day": first})),
                                   "end": _point(named.make(i, e, {**fields, "day": last}))})], e
    match = _DASH_YEARS.match(tok.num)
    if match:
        first, last = int(match.group(1)), int(match.group(2))
        if not 1900 <= first < last <= 2100 or (g.adj(i + 1) and g.toks[i + 1].has("unit")) \
                or _count_follows(g, i + 1):
            return None
        return [dashed.make(i, i + 1, {"begin": _point(calendar.year.make(i, i + 1, {"year": first})),
                                       "end": _point(calendar.year.make(i, i + 1, {"year": last}))})], i + 1
    return None


# call-time dependencies, imported last: these modules import this one
from . import aspect, clock, deictic, fuzzy  # noqa: E402
