"""Week and month arithmetic: weekends, weeks of a month (``الأسبوع الأول من الشهر المقبل``,
``الأسبوع الأخير من أكتوبر``: the k-th, or the last, seven days of the month), the n-th weekday
of a month (``أول اثنين من شهر آذار``, ``آخر جمعة من رمضان``), a weekday of a named week
(``الجمعة من الأسبوع المقبل``, ``الأسبوع المقبل يوم الجمعة``) and the rest of a period
(``بقية الأسبوع``, ``باقي الشهر``, ``ما تبقى من العام``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ...model import Timex
from .. import values as V
from ..engine import production, rule
from ..grammar import Grammar
from . import calendar, count_patterns, hijri, relative


def _month_with_year(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A month of any calendar at ``i`` (``شهر آذار``, ``الشهر المقبل``, ``الشهر``: the month in
    play) and the year written after a named month, if any: (fields, next index)."""
    month = calendar.month_ref(g, i, True) or calendar.month_in_play(g, i)
    if not month:
        return None
    fields, k = month
    if "month_rel" not in fields:
        year, k = calendar.year_after(g, k, fields["system"])
        fields.update(year)
    return fields, k


def resolve_week_of_month(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """The k-th (or last) seven days of a Gregorian month (``calendar.resolve_calendar``) or of a
    Hijri month (its days as the Hijri rules date it: ``الأسبوع الأخير من رمضان``)."""
    if f.get("system") != "hijri":
        return calendar.resolve_calendar(ctx, base, f, found)
    month = hijri.resolve_hijri(ctx, base, {k: v for k, v in f.items() if k != "month_week"}, found)
    if month is None or month.earliest is None or month.grain != "month":
        return None
    week, first, last = f["month_week"], month.earliest.date(), month.latest.date()
    start = last - dt.timedelta(days=6) if week < 0 else first + dt.timedelta(days=7 * (week - 1))
    end = min(start + dt.timedelta(days=6), last)
    earliest, latest = V.span_bounds(start, end)
    iso_year, iso_week, _ = (start + (end - start) / 2).isocalendar()
    return attrs.evolve(month, value=f"{iso_year}-W{iso_week:02d}", earliest=earliest, latest=latest, grain="week",
                        mod=None)


@rule("calendar", first=("unit", "ord", "fuzzy"), resolve=resolve_week_of_month,
      examples=[("الأسبوع الأول من الشهر المقبل", "2020-10-04", "2020-W45"),
                ("آخر أسبوع من أكتوبر", "2020-10-04", "2020-W44"),
                ("في الأسبوع الأخير من رمضان", "2024-03-20", "2024-W14")])
def week_of_month(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``الأسبوع`` + an ordinal (1-4) or ``الأخير``, or ``أول``..``رابع``/``آخر`` + ``أسبوع``, then
    ``من``/``في`` + a Gregorian or Hijri month (``الشهر``: the month in play)."""
    if i + 3 >= g.n:
        return None
    tok, nxt, link = g.toks[i], g.toks[i + 1], g.toks[i + 2].roles
    unit, after = tok.get("unit"), nxt.get("unit")
    if not (unit or after) or not ("from" in link or "in" in link) or not (g.adj(i + 1) and g.adj(i + 2) and g.adj(i + 3)):
        return None
    if unit and unit[:3] == ("week", 1, True):
        week = nxt.get("ord") if nxt.has("ord") else -1 if nxt.get("dir") == "last" else None
    elif after and after[:3] == ("week", 1, False) and not tok.pre:
        week = tok.get("ord") if tok.has("ord") else -1 if tok.get("fuzzy") == "END" else None
    else:
        return None
    if week is None or not (week == -1 or 1 <= week <= 4):
        return None
    month = _month_with_year(g, i + 3)
    if not month:
        return None
    fields, k = month
    if fields.get("system", "gregorian") not in ("gregorian", "hijri"):
        return None
    return {**fields, "month_week": week}, k


@rule("calendar", first=("unit", "within", "in"), resolve=calendar.resolve_calendar,
      examples=[("الأيام العشرة الأولى من الشهر الماضي", "2016-11-07", "2016-10"),
                ("الأيام الخمسة الأخيرة من أكتوبر", "2016-11-07", "2016-10")])
def days_of_month(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``الأيام العشرة الأولى من الشهر الماضي``, ``الأيام الخمسة الأخيرة من أكتوبر``, ``الأيام العشرة
    الأولى من ذي الحجة``: the first or last days of a month of either calendar (``الشهر``: the
    month in play), after ``خلال``/``في`` too."""
    if not g.toks[i].has("unit"):
        # خلال/في + the stretch: one step only (a run of في or of dates with no unit ends here,
        # where a recursive call went one level deeper per token and overflowed the stack)
        if not (g.adj(i + 1) and g.toks[i + 1].has("unit")):
            return None
        got = days_of_month(g, i + 1)
        return (got[0], got[1]) if got else None
    unit = g.toks[i].get("unit")
    if not unit or unit[:3] != ("day", 0, True):
        return None  # the common case, decided before reading the stretch
    dn = count_patterns.duration_noun(g, i)
    if not dn or dn[0]["unit"] != "day" or not dn[0]["n"] or not 2 <= dn[0]["n"] <= 27:
        return None
    j = dn[1]
    if dn[0]["direction"] == "past" and g.toks[j - 1].get("dir") == "last":
        edge = "last"
    elif dn[0]["direction"] is None and g.role(j, "ord") and g.toks[j].get("ord") == 1 and g.definite(j):
        edge, j = "first", j + 1
    else:
        return None
    if not (g.role(j, "from") or g.role(j, "in")) or not g.adj(j + 1):
        return None
    month = _month_with_year(g, j + 1)
    if not month:
        return None
    return {**month[0], "month_days": (edge, dn[0]["n"])}, month[1]


def resolve_weekend(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex:
    """The weekend of the week named (TIMEX3 ``2016-W45-WE``): Friday to Sunday, which covers
    both the Friday-Saturday and the Saturday-Sunday weekends of Arab countries."""
    shift = f["shift"] if isinstance(f["shift"], int) else 0
    origin = ctx.dct.date()
    if shift == 0 and origin.weekday() == 6 and (ctx.future(found) or ctx.planned(found)):
        # rule weekend_ahead_on_sunday: on a Sunday the Friday-Saturday weekend is over, and a
        # clause told of what is to come (تقام الفعاليات نهاية الأسبوع) names the coming one
        shift = 1
    monday = origin - dt.timedelta(days=origin.weekday()) + dt.timedelta(weeks=shift)
    iso_year, week, _ = monday.isocalendar()
    earliest, latest = V.span_bounds(monday + dt.timedelta(days=4), monday + dt.timedelta(days=6))
    return attrs.evolve(base, value=f"{iso_year}-W{week:02d}-WE", earliest=earliest, latest=latest,
                        grain="week", anchor="dct")


@rule("weekend", first=("weekend_noun", "this"), resolve=resolve_weekend,
      examples=[("الويكند الجاي رح نطلع عالجبل", "2016-11-07", "2016-W46-WE"),
                ("الويك إند ده هنسافر", "2016-11-07", "2016-W45-WE")])
def weekend_noun(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """The loanword ``الويكند`` (``الويك إند``): this week's weekend, or the one its direction or a
    demonstrative names (``الويكند الجاي``، ``الويك إند اللي فات``، ``هالويكند``، ``هاد الويكند``)."""
    j = i + 1 if g.toks[i].has("this") and not g.toks[i].has("weekend_noun") else i
    if j >= g.n or not g.toks[j].has("weekend_noun") or (j > i and not g.adj(j)):
        return None
    shift: Any = 0
    k = j + 1
    if g.role(k, "dir"):
        shift = {"past": -1, "last": -1, "future": 1, "current": 0}.get(g.toks[k].get("dir"))
        if shift is None:
            return None
        k += 1
    return {"shift": shift}, k


@production("weekend", resolve=resolve_weekend,
            examples=[("في عطلة نهاية الأسبوع", "2016-11-07", "2016-W45-WE"),
                      ("نهاية الأسبوع المقبل", "2016-11-07", "2016-W46-WE")])
def weekend() -> None:
    """``نهاية الأسبوع`` (``عطلة نهاية الأسبوع``), ``نهاية الأسبوع الماضي/المقبل``: the weekend."""


# -- the n-th weekday of a month -------------------------------------------------------------
def resolve_nth_weekday(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """The month as :func:`calendar.resolve_calendar` reads it (Gregorian or Hijri), then its
    n-th (or last) such weekday."""
    month = calendar.resolve_calendar(ctx, base, dict(f["month"]), found)
    if month is None or month.earliest is None or month.grain != "month":
        return None
    first, last = month.earliest.date(), month.latest.date()
    weekday, nth = f["weekday"], f["nth"]
    if nth > 0:
        day = V.nth_weekday(first, weekday, nth)
    else:
        day = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    if not first <= day <= last:
        return None
    return V.day_timex(attrs.evolve(base, anchor=month.anchor), day, {}, month.anchor)


def _weekday_at(g: Grammar, j: int) -> tuple[int, int] | None:
    """A weekday name (``الجمعة``, ``جمعة``, ``يوم الجمعة``) at ``j``: (weekday, next index)."""
    if j >= g.n:
        return None
    if g.toks[j].has("on_day") and g.adj(j + 1) and (g.toks[j + 1].has("weekday") or g.toks[j + 1].has("weekday_bare")):
        j += 1
    tok = g.toks[j]
    if tok.has("weekday"):
        return tok.get("weekday"), j + 1
    if tok.has("weekday_bare"):
        return tok.get("weekday_bare"), j + 1
    return None


@rule("weekday", first=("ord", "fuzzy"), resolve=resolve_nth_weekday,
      examples=[("أول اثنين من شهر آذار", "2020-06-10", "2020-03-02"),
                ("آخر جمعة من رمضان", "2020-06-10", "2020-05-22")])
def nth_weekday(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``أول/ثاني/.../آخر`` + a weekday + ``من`` + (``شهر``) a month of any calendar."""
    tok = g.toks[i]
    if i + 1 >= g.n or not (g.toks[i + 1].has("weekday_bare") or g.toks[i + 1].has("weekday")
                            or g.toks[i + 1].has("on_day")):
        return None
    if tok.has("ord") and 1 <= tok.get("ord") <= 5:
        nth = tok.get("ord")
    elif tok.get("fuzzy") == "END" and not tok.pre:
        nth = -1
    else:
        return None
    if not g.adj(i + 1):
        return None
    got = _weekday_at(g, i + 1)
    if not got or not g.role(got[1], "from") or not g.adj(got[1] + 1):
        return None
    weekday, j = got
    month = _month_with_year(g, j + 1)
    if not month:
        return None
    fields, k = month
    return {"weekday": weekday, "nth": nth, "month": tuple(sorted(fields.items()))}, k


@rule("weekday", first=("weekday", "on_day"), resolve=resolve_nth_weekday,
      examples=[("الأحد الأخير من شهر أيلول", "2021-06-14", "2020-09-27"),
                ("يوم الخميس الأول من الشهر المقبل", "2021-06-14", "2021-07-01")])
def weekday_nth(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A weekday + ``الأول/الثاني/...`` or ``الأخير`` + ``من`` + (``شهر``) a month."""
    j = i + 2 if g.toks[i].has("on_day") else i + 1
    if j >= g.n or not (g.toks[j].has("ord") or g.toks[j].has("dir")):
        return None  # the common case, decided before reading the weekday
    got = _weekday_at(g, i)
    if not got or not g.adj(got[1]):
        return None
    weekday, j = got
    tok = g.toks[j]
    if tok.has("ord") and g.definite(j) and 1 <= tok.get("ord") <= 5:
        nth = tok.get("ord")
    elif tok.get("dir") == "last":
        nth = -1
    else:
        return None
    if not g.role(j + 1, "from") or not g.adj(j + 2):
        return None
    month = _month_with_year(g, j + 2)
    if not month:
        return None
    fields, k = month
    return {"weekday": weekday, "nth": nth, "month": tuple(sorted(fields.items()))}, k


# -- the n-th or last day of a month -----------------------------------------------------------
def resolve_nth_day(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """The month as :func:`calendar.resolve_calendar` reads it, then its n-th or last day."""
    month = calendar.resolve_calendar(ctx, base, dict(f["month"]), found)
    if month is None or month.earliest is None or month.grain != "month":
        return None
    first, last = month.earliest.date(), month.latest.date()
    day = last if f["nth"] < 0 else first + dt.timedelta(days=f["nth"] - 1)
    if not first <= day <= last:
        return None
    return V.day_timex(attrs.evolve(base, anchor=month.anchor), day, {}, month.anchor)


def _day_unit(tok: Any) -> bool:
    unit = tok.get("unit")
    return bool(unit) and unit[0] == "day" and unit[1] == 1


@rule("calendar", first=("ord", "fuzzy", "unit"), resolve=resolve_nth_day,
      examples=[("في أول يوم من رمضان", "2020-06-10", "2020-04-24"),
                ("في اليوم الأخير من الشهر الماضي", "2020-06-10", "2020-05-31")])
def nth_day(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``أول/ثاني/آخر يوم`` or ``اليوم الأول/الأخير`` + ``من`` + (``شهر``) a month of any
    calendar: that day of the month."""
    tok = g.toks[i]
    link = g.toks[i + 2].roles if i + 3 < g.n else {}
    if not ("from" in link or "in" in link) or not (g.adj(i + 1) and g.adj(i + 2) and g.adj(i + 3)):
        return None
    nxt = g.toks[i + 1]
    if _day_unit(nxt) and not g.definite(i + 1):
        rank = tok.get("ord") if tok.has("ord") else -1 if tok.get("fuzzy") == "END" and not tok.pre else None
    elif _day_unit(tok) and g.definite(i):
        rank = nxt.get("ord") if nxt.has("ord") else -1 if nxt.get("dir") == "last" or nxt.get("fuzzy") == "END" else None
    else:
        return None
    if rank is None or rank == 0 or rank > 30:
        return None
    month = _month_with_year(g, i + 3)
    if not month:
        return None
    fields, k = month
    return {"nth": rank, "month": tuple(sorted(fields.items()))}, k


# -- a weekday of a named week ---------------------------------------------------------------
def resolve_weekday_of_week(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    week = relative.resolve_period(ctx, base, {"unit": "week", "shift": f["shift"]}, found)
    if week is None or week.earliest is None:
        return None
    monday = week.earliest.date()
    return V.day_timex(base, monday + dt.timedelta(days=f["weekday"]), {}, week.anchor)


@rule("weekday", first=("weekday", "weekday_bare", "on_day", "this", "week_unit"), resolve=resolve_weekday_of_week,
      examples=[("الجمعة من الأسبوع المقبل", "2020-06-10", "2020-06-19"),
                ("الأسبوع المقبل يوم الجمعة", "2020-06-10", "2020-06-19"),
                ("يوم الثلاثاء من الأسبوع الماضي", "2020-06-10", "2020-06-02"),
                ("أربعاء الأسبوع القادم", "2013-02-12", "2013-02-20")])
def weekday_of_week(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A weekday + (``من``, Maghrebi ``ديال``) a week with a direction, or such a week + (``يوم``)
    a weekday."""
    got = _weekday_at(g, i)
    if got:
        weekday, j = got
        roles = g.toks[j].roles if j < g.n else {}
        if ("from" in roles or "of" in roles) and g.adj(j) and g.adj(j + 1):
            j += 1  # الجمعة من الأسبوع المقبل; Maghrebi نهار الخميس ديال هاد السيمانة
        elif not ("week_unit" in roles or "this" in roles) or not g.adj(j):
            return None  # (أربعاء الأسبوع القادم, الجمعة الأسبوع الماضي: the week in construct)
        period = relative.period_fields(g, j)
        if not period or period[0]["unit"] != "week":
            return None
        return {"weekday": weekday, "shift": period[0]["shift"]}, period[1]
    period = relative.period_fields(g, i)
    if not period or period[0]["unit"] != "week" or not g.adj(period[1]):
        return None
    got = _weekday_at(g, period[1])
    if not got or g.toks[got[1] - 1].has("weekday_bare") or g.role(got[1], "dir"):
        return None  # الأسبوع الماضي الخميس المقبل: two expressions
    return {"weekday": got[0], "shift": period[0]["shift"]}, got[1]


# -- the rest of a period --------------------------------------------------------------------
def resolve_rest(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """From the publication day to the last day of the week, month or year (a range)."""
    period = relative.resolve_period(ctx, base, {"unit": f["unit"], "shift": 0}, found)
    if period is None or period.latest is None:
        return None
    today = ctx.dct.date()
    begin = V.day_timex(base, today, {}, "dct")
    end = V.day_timex(base, period.latest.date(), {}, "dct")
    return ranges.range_timex(base, begin, end)


@rule("range", first=("rest",), resolve=resolve_rest,
      examples=[("بقية الأسبوع", "2020-06-10", "P5D"), ("باقي الشهر", "2020-06-10", "P21D"),
                ("ما تبقى من العام الجاري", "2020-06-10", "P205D")])
def rest_of(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``بقية``/``باقي``/``ما تبقى من`` + the week, month or year (``الجاري``, ``هذا``)."""
    j = i + 2 if g.role(i + 1, "from") else i + 1
    if not g.adj(j):
        return None
    period = relative.period_fields(g, j)
    if period:
        if period[0]["shift"] != 0 or period[0]["unit"] not in ("week", "month", "year"):
            return None
        return {"unit": period[0]["unit"]}, period[1]
    unit = g.toks[j].get("unit")
    if unit and unit[0] in ("week", "month", "year") and unit[1] in (1, -1) and unit[2]:
        return {"unit": unit[0]}, j + 1
    return None


# call-time dependencies, imported last: these modules import this one
from . import ranges  # noqa: E402
