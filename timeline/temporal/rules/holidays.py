"""Holidays (``holidays.json``): Hijri ones through Umm al-Qura (a Gregorian year after them
names the occurrence in that year), Gregorian ones by date, movable Christian feasts counted
from Easter (computed by dateutil, Western or Orthodox); ``أول/ثاني أيام`` before them, a
direction or a year after them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from ...model import Timex
from .. import values as V
from ..engine import Parse, rule
from ..grammar import Grammar

#: movable feasts: the ``calendar`` of a holiday counted in days (``day``) from Easter Sunday,
#: Western (Gregorian) or Orthodox (Julian, given as a Gregorian date)
EASTER = {"easter": EASTER_WESTERN, "easter_orthodox": EASTER_ORTHODOX}


def _thanksgiving(year: int) -> dt.date:
    """The fourth Thursday of November (``عيد الشكر``), from which Black Friday is counted."""
    return V.nth_weekday(dt.date(year, 11, 1), 3, 4)


def resolve_holiday(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """The stated year's occurrence, else the direction's, a future cue's, a perfective verb's
    (the last one), or the nearest one. A feast named without which (``ليلة العيد``: holidays.json
    ``also`` lists its other dates) is the one whose day is nearest, and nothing unless that day
    lies within ``within`` days of the DCT (rule ``season_feast``); a feast the text named before
    it is one it may be (rule ``feast_in_focus``: after ``عيد الصليب``, the Cross's eve)."""
    if "also" in f:
        plain = {k: v for k, v in f.items() if k not in ("also", "within")}
        told = [resolve_holiday(ctx, base, {**plain, "month": m, "day": d}, found)
                for m, d in ((f["month"], f["day"]), *f["also"])]
        today = ctx.dct.date()
        best = _nearest(told, today, f.get("within", 0))
        if best is None:
            # rule feast_in_focus: out of the Islamic feasts' season, a feast the text has named
            # (عيد الصليب) is the one meant
            best = _nearest([resolve_holiday(ctx, base, {**plain, "calendar": "gregorian", "year": day.year,
                                                         "month": day.month, "day": day.day}, found)
                             for day in ctx.feasts_named()], today, f.get("within", 0))
        return best
    if "eastern" in f and ctx.eastern_church(found):
        # عيد الميلاد المجيد in a Coptic article: 7 January; عيد القيامة: the Orthodox Easter
        f = {**f, **dict(zip(("calendar", "month", "day"), f["eastern"], strict=True))}
    month, day = f["month"], f["day"]
    hijri_cal = f["calendar"] == "hijri"

    def occurrence(year: int) -> dt.date | None:
        if hijri_cal:
            return ctx.hijri.to_gregorian(year, month, day)
        if not 1583 <= year <= 4099 and f["calendar"] in EASTER:
            return None  # dateutil's range; before 1583 the Gregorian Easter is not defined
        if f["calendar"] in EASTER:
            return easter(year, EASTER[f["calendar"]]) + dt.timedelta(days=day)
        if f["calendar"] == "thanksgiving":
            return _thanksgiving(year) + dt.timedelta(days=day) if 1 <= year <= 9998 else None
        if f["calendar"] == "nth_weekday":
            # (``اليوم الرياضي للدولة``: Qatar's second Tuesday of February)
            return V.nth_weekday(dt.date(year, month, 1), f["weekday"], f["nth"]) + dt.timedelta(days=day) \
                if 1 <= year <= 9998 else None
        # a day whose date changed (Qatar's national day until 2006): the date of that year
        m, d = next(((m, d) for until, m, d in f.get("changed", ()) if year <= until), (month, day))
        return dt.date(year, m, d) if 1 <= year <= 9999 else None

    today = ctx.dct.date()
    anchor: str | None = None
    if "year_shift" in f:
        # rule feast_of_relative_year: عيد الفطر العام الماضي is the feast that fell in last year
        year, _anchor = V.shifted_year(f["year_shift"], today.year, None)
        f = {k: v for k, v in f.items() if k != "year_shift"} | {("greg_year" if hijri_cal else "year"): year}
    if "greg_year" in f and hijri_cal:
        # رأس السنة الهجرية 2019: the occurrence in that Gregorian year
        year = hijri.hijri_year_in(f["greg_year"], month, day)
        date = occurrence(year) if year is not None else None
    elif "year" in f:
        date = occurrence(f["year"])
    else:
        anchor = "dct"
        ref = ctx.hijri.from_gregorian(today) if hijri_cal else (today.year,)
        if ref is None:
            return attrs.evolve(base, value="XXXX", warnings=("date outside the Umm al-Qura table",))
        options = [d for d in (occurrence(ref[0] + k) for k in (-1, 0, 1)) if d is not None]
        direction = f.get("dir")
        framed = ctx.frame(found) if direction is None else None
        if framed and any(framed[0] <= d <= framed[1] for d in options):
            # يونيو الماضي، قبيل عيد الأضحى: the feast inside the month named before it
            options, anchor = [d for d in options if framed[0] <= d <= framed[1]], "narrative"
        elif direction is None and not hijri_cal and (ctx.stated_year(found) or 0) > today.year \
                and occurrence(ctx.stated_year(found)) is not None:
            # rule feast_of_stated_year: الفصح في 5 نيسان 2026، ويأتي عيد الفصح الشرقي بعد أسبوع; a
            # coming year only (زار لبنان في أيار 1997، فيما تتحضر الرعايا ... لعيد الميلاد: this one)
            options, anchor = [occurrence(ctx.stated_year(found))], "narrative"
        elif direction in ("past", "last"):
            options = [d for d in options if d < today]
        elif direction == "future":
            options = [d for d in options if d > today]
        elif direction == "current":
            options = [d for d in (occurrence(ref[0]),) if d is not None]
        elif ctx.future(found):
            options = [d for d in options if d >= today]
        elif f.get("perfective") and not _after_date_ahead(ctx, found):
            # احتفلوا بعيد الفصح: a perfective verb in the clause, so the last one
            options = [d for d in options if d <= today]
        date = min(options, key=lambda d: (abs((d - today).days), d)) if options else None
    if date is None:
        return attrs.evolve(base, value="XXXX", warnings=("holiday date out of the supported range",))
    date += dt.timedelta(days=f.get("offset", 0) + f.get("eve", 0))
    extra: dict[str, Any] = {"holiday": ctx.norm.text[found.start:found.end]}
    if "country" in f:
        extra["country"] = f["country"]
    if hijri_cal:
        h = ctx.hijri.from_gregorian(date)
        if h is not None:
            extra.update(calendar="hijri", hijri=f"{h[0]:04d}-{h[1]:02d}-{h[2]:02d}")
    if f.get("night"):
        eve = date - dt.timedelta(days=1)
        earliest = dt.datetime.combine(eve, dt.time(18))
        latest = dt.datetime.combine(date, dt.time(5, 59, 59))
        return attrs.evolve(base, type="TIME", value=f"{eve.isoformat()}TNI", earliest=earliest, latest=latest,
                            grain="part_of_day", anchor=anchor, mod=f.get("mod"), extra=extra)
    timex = V.day_timex(base, date, {}, anchor)
    return attrs.evolve(timex, mod=f.get("mod"), extra=extra)


def _nearest(told: list[Timex | None], today: dt.date, within: int) -> Timex | None:
    """The dated one of ``told`` whose day is nearest ``today``, if within ``within`` days."""
    dated = [t for t in told if t is not None and t.earliest is not None and t.latest is not None]
    best = min(dated, key=lambda t: abs((t.latest.date() - today).days), default=None)
    return None if best is None or abs((best.latest.date() - today).days) > within else best


def _after_date_ahead(ctx: Any, found: Any) -> bool:
    """Rule ``holiday_after_date_ahead``: a date after the DCT stands before the holiday in its
    clause (``وأعلنت الحكومة إجازة رسمية يومي 30 نوفمبر و1 ديسمبر بمناسبة العيد الوطني``): the
    clause's perfective announces what is to come, and the holiday is the coming one too."""
    prev = ctx.previous
    if prev is None or prev.earliest is None or prev.earliest.date() <= ctx.dct.date():
        return False
    _start, _end, left, _right = ctx._scope(found)
    return prev.start >= left


def holiday_at(g: Grammar, i: int) -> tuple[list[Parse], int]:
    """A holiday at token ``i`` (or ``أول أيام`` + a holiday) with its direction or year."""
    offset = 0
    j = i
    if not g.toks[i].has("holiday"):
        offset = (g.toks[i].get("ord") or 1) - 1
        j = i + 2
    spec = g.toks[j].get("holiday")
    fields: dict[str, Any] = dict(spec)
    if offset:
        fields["offset"] = offset
    k = j + 1
    nth = _ordinal(g, k) if "first" in spec else None
    if nth:  # اليوم الوطني السعودي الـ87
        return [holiday.make(i, nth[1], {**fields, "year": spec["first"] + nth[0] - 1})], nth[1]
    if g.role(k, "dir") and g.toks[k].get("dir") in ("past", "last", "future", "current"):
        fields["dir"] = g.toks[k].get("dir")
        k += 1
    else:
        year, k = calendar.year_after(g, k, "hijri" if spec["calendar"] == "hijri" else "gregorian")
        if "year" in year or "greg_year" in year or "year_shift" in year:
            fields.update(year)
        elif count_patterns.perfective_clause(g, i, k):
            fields["perfective"] = True
    return [holiday.make(i, k, fields)], k


@rule("holiday", first=("holiday", "ord", "fuzzy"), resolve=resolve_holiday,
      examples=[("واحتفل الناس بمناسبة عيد الفطر", "2020-10-01", "2020-05-24"),
                ("ثاني أيام عيد الأضحى", "2020-10-01", "2020-08-01"),
                ("أنفقوا يوم الجمعة، في اليوم التالي لعيد الشكر", "2023-11-25", "2023-11-24")])
def holiday(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """A holiday, ``أول/ثاني أيام`` + a holiday, optionally ``الماضي``/``المقبل`` or a year."""
    tok = g.toks[i]
    if tok.has("holiday") and tok.get("holiday").get("country_named") \
            and tok.get("holiday")["country"] not in _countries_named(g):
        return None  # يوم التأسيس in an article that names no Saudi form: maybe another body's
    if tok.has("holiday") or ((tok.has("ord") or tok.get("fuzzy") == "START") and g.role(i + 1, "unit")
                              and g.toks[i + 1].get("unit")[:2] == ("day", 0) and g.role(i + 2, "holiday")):
        return holiday_at(g, i)
    return None


def _ordinal(g: Grammar, k: int) -> tuple[int, int] | None:
    """The ordinal of a yearly celebration at token ``k`` (``الـ46``, ``87``, ``الخمسين``,
    ``السادس والأربعين``): (number, next index)."""
    if not g.adj(k):
        return None
    tok = g.toks[k]
    if tok.num is not None:
        return (int(tok.num), k + 1) if tok.num.isdigit() and len(tok.num) <= 3 and int(tok.num) > 0 else None
    if not (tok.has("ord") or tok.has("tens")):
        return None
    got = g.number(k)
    return (got[0], got[1]) if got and got[0] > 0 else None


def _countries_named(g: Grammar) -> frozenset[str]:
    """The countries (ISO codes) the article names by a form of ``national_days`` or
    ``country_days`` countries, anywhere in it (computed once per text)."""
    key = ("countries", -1)
    if key not in g.memo:
        g.memo[key] = frozenset(
            code for tok in g.toks
            for code in ((tok.get("national_country") or {}).get("country"), tok.get("day_country"))
            if code)
    return g.memo[key]


#: how many tokens before and after a numbered national day a sentence may name its country
_COUNTRY_REACH = 12


def _nearby(g: Grammar, i: int, k: int, role: str) -> list[Any]:
    """The values of ``role`` (a country) on the tokens around ``i`` .. ``k`` in the sentence of
    token ``i``."""
    doc = g.doc
    sentence = doc.sentence_of(doc.norm.span(g.toks[i].start, g.toks[i].start + 1)[0])
    found = []
    for m in (*range(max(0, i - _COUNTRY_REACH), i), *range(k, min(g.n, k + _COUNTRY_REACH))):
        tok = g.toks[m]
        if tok.has(role) and doc.sentence_of(doc.norm.span(tok.start, tok.start + 1)[0]) == sentence:
            found.append(tok.get(role))
    return found


def _country_nearby(g: Grammar, i: int, k: int) -> Any:
    """The national day of the one country named in the sentence of token ``i`` (tokens
    around it), else ``None`` (none, or several)."""
    specs = {spec["country"]: spec for spec in _nearby(g, i, k, "national_country")}
    return next(iter(specs.values())) if len(specs) == 1 else None


def _dateline_country(g: Grammar, i: int, k: int) -> Any:
    """The national day of the one country whose dateline place (``national_days``
    ``dateline_places``: الدوحة، الرياض) opens the article, when the sentence of tokens ``i`` ..
    ``k`` names no country at all; else ``None``."""
    if _nearby(g, i, k, "national_country") or _nearby(g, i, k, "day_country"):
        return None
    key = ("dateline_country", -1)
    if key not in g.memo:
        doc = g.doc
        specs = {}
        if doc.datelines:
            begin, end = doc.datelines[0]
            for tok in g.toks:
                start = doc.norm.span(tok.start, tok.start + 1)[0]
                if start >= end:
                    break
                if start >= begin and tok.has("national_place"):
                    spec = tok.get("national_place")
                    specs[spec["country"]] = spec
        g.memo[key] = next(iter(specs.values())) if len(specs) == 1 else None
    return g.memo[key]


@rule("holiday", first=("national_day",), resolve=resolve_holiday,
      examples=[("احتفلت الدولة باليوم الوطني الـ46 لدولة الإمارات", "2017-12-05", "2017-12-02"),
                ("العيد الوطني لمملكة البحرين", "2019-12-20", "2019-12-16"),
                ("الدوحة - الشرق\nتنطلق احتفالات اليوم الوطني الأسبوع المقبل", "2025-12-10", "2025-12-18")])
def national_day(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """A national day named apart from its country (``holidays.json`` ``national_days``): the
    name, an ordinal (the Nth celebration: its year), the country (``لدولة الكويت``), a year."""
    k = i + 1
    nth = _ordinal(g, k)
    if nth:
        k = nth[1]
    if g.role(k, "national_country"):
        spec = g.toks[k].get("national_country")
        k += 1
    else:  # احتفلت الإمارات باليوم الوطني (الـ46): the one country the sentence names
        spec = _country_nearby(g, i, k) or _dateline_country(g, i, k)
        if spec is None:
            return None
    fields: dict[str, Any] = {key: v for key, v in spec.items() if key != "first"}
    if nth:
        if "first" not in spec:
            return None  # a numbering the data does not know
        fields["year"] = spec["first"] + nth[0] - 1
        return [national_day.make(i, k, fields)], k
    year, k = calendar.year_after(g, k, "gregorian")
    fields.update(year)
    if "year" not in year and count_patterns.perfective_clause(g, i, k):
        fields["perfective"] = True
    return [national_day.make(i, k, fields)], k


@rule("holiday", first=("country_day",), resolve=resolve_holiday,
      examples=[("احتفلت الجزائر أمس بعيد الاستقلال", "2021-07-06", "2021-07-05"),
                ("ذكرى عيد الاستقلال اللبناني", "2021-11-20", "2021-11-22")])
def country_day(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """A day every country keeps on its own date (``holidays.json`` ``country_days``: عيد
    الاستقلال، عيد الجيش، يوم الشهيد ...) with its country: written after it (``عيد الاستقلال
    الجزائري``, ``عيد استقلال لبنان``, ``عيد الجيش في لبنان``) or, for a name with the article, the
    one country of its kind the sentence names; then a year or a direction."""
    kind, dates, construct = g.toks[i].get("country_day")
    k = i + 1
    code = None
    at = k + 1 if g.role(k, "in") and not construct else k  # عيد الجيش في لبنان
    if g.role(at, "day_country") and not g.toks[at].coordinated and not (construct and g.toks[at].pre):
        code = g.toks[at].get("day_country")
        k = at + 1
    elif not construct:
        near = set(_nearby(g, i, k, "day_country"))
        code = next(iter(near)) if len(near) == 1 else None
    if code not in dates:
        return None
    month, day = dates[code]
    fields: dict[str, Any] = {"calendar": "gregorian", "month": month, "day": day, "country": code}
    if g.role(k, "dir") and g.toks[k].get("dir") in ("past", "last", "future", "current"):
        fields["dir"] = g.toks[k].get("dir")
        return [country_day.make(i, k + 1, fields)], k + 1
    year, k = calendar.year_after(g, k, "gregorian")
    fields.update(year)
    if "year" not in year and count_patterns.perfective_clause(g, i, k):
        fields["perfective"] = True
    return [country_day.make(i, k, fields)], k


# call-time dependencies, imported last: these modules import this one
from . import calendar, count_patterns, hijri  # noqa: E402
