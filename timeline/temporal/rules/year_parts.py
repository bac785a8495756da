"""Seasons, halves and quarters (``units.json``, ``year_parts``): ``صيف 2014``, ``الصيف الماضي``,
``الربع الأخير من 2019``, ``النصف الأول من العام المقبل``, ``وفي الصيف`` (the narrated year's)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from ...model import Timex
from .. import values as V
from ..engine import Parse, production, rule
from ..grammar import Grammar


def _season_year(ctx: Any, first_month: int, last_month: int, direction: str) -> int:
    """The year of the season ``الصيف الماضي`` (the last one over before the DCT),
    ``الشتاء المقبل`` (the next one to start after it) or ``الصيف الحالي`` names."""
    today = ctx.dct.date()

    def span(year: int) -> tuple[dt.date, dt.date]:
        first = dt.date(year - 1, 12, 1) if first_month == 0 else dt.date(year, first_month, 1)
        return first, V.month_last(year, last_month)

    years = range(today.year - 1, today.year + 2)
    if direction in ("past", "last"):
        return max(y for y in years if span(y)[1] < today)
    if direction == "future":
        return min(y for y in years if span(y)[0] > today)
    return next((y for y in years if span(y)[0] <= today <= span(y)[1]), today.year)


def resolve_year_part(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    year = f.get("year")
    anchor = None
    if year is None and f.get("in_play"):
        year, anchor = ctx.narrative.stated_year, "narrative"
        if year is None or ctx.sentence_of(found.start) - ctx.narrative.stated_sentence > 1 \
                or f["first"] == 0:
            return None  # winter straddles two years: which one the text means is unclear
    elif year is None and "season_dir" in f:
        year, anchor = _season_year(ctx, f["first"], f["last"], f["season_dir"]), "dct"
    elif year is None:
        shift = f["shift"]
        anchor = "dct"
        year = ctx.dct.year
        if shift in ("same", "next") and ctx.narrative.year and not (
                shift == "same" and ctx.narrative.year < year and ctx.planned(found)):
            # (سجل 8.7% في 2022، متوقعاً أن يتحسن الأداء في النصف الثاني من العام: a plan, this year's)
            year, anchor = ctx.narrative.year, "narrative"
        year += {"same": 0, "next": 1}.get(shift, shift) if isinstance(shift, str) else shift
        if f.get("alone") and anchor == "dct" and f["first"] > ctx.dct.month and not (
                ctx.future(found) or ctx.planned(found)):
            # ارتفعت الأرباح في الربع الثالث, said in February: last year's; but ويتوقع أن يواصل
            # التراجع في الربع الثاني, a plan in the imperfect, is this year's (as a month's)
            year -= 1
    if not 1 < year < 9999:
        return None
    first_month, last_month = f["first"], f["last"]
    first = dt.date(year - 1, 12, 1) if first_month == 0 else dt.date(year, first_month, 1)
    earliest, latest = V.span_bounds(first, V.month_last(year, last_month))
    grain = "season" if len(f["code"]) == 2 and f["code"][1].isalpha() else (
        "half" if f["code"][0] == "H" else "quarter")
    return attrs.evolve(base, value=f"{year:04d}-{f['code']}", earliest=earliest, latest=latest,
                        grain=grain, anchor=anchor)


def resolve_quarter(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """The quarter ``shift`` quarters from the DCT's."""
    index = ctx.dct.year * 4 + (ctx.dct.month - 1) // 3 + f["quarter_shift"]
    year, quarter = divmod(index, 4)
    fields = {"code": f"Q{quarter + 1}", "first": quarter * 3 + 1, "last": quarter * 3 + 3, "year": year}
    return attrs.evolve(resolve_year_part(ctx, base, fields, found), anchor="dct")


@production("year_part", resolve=resolve_quarter,
            examples=[("هذا الربع", "2013-02-12", "2013-Q1"), ("الربع القادم", "2013-02-12", "2013-Q2")])
def quarter_relative() -> None:
    """``هذا الربع``, ``الربع الماضي``, ``الربع المقبل``: a quarter counted from the DCT's."""


@production("year_part", resolve=resolve_year_part, examples=[("الصيف الماضي", "2020-10-04", "2020-SU")])
def season_relative() -> None:
    """``الصيف الماضي``, ``الشتاء المقبل``: the last season over, or the next to start."""


@production("year_part", resolve=resolve_year_part,
            examples=[("خاض البلدان حربا عام 2016. وفي الصيف اشتدت المعارك", "2020-10-04", "2016-SU")])
def season_in_play() -> None:
    """``وفي الصيف``: the season of the year being narrated (nothing if none is)."""


@production("year_part", resolve=resolve_year_part,
            examples=[("في صيف 2014", "2020-10-04", "2014-SU"), ("خلال الربع الأخير من 2019", "2020-10-04", "2019-Q4"),
                      ("في النصف الأول من العام المقبل", "2020-10-04", "2021-H1")])
def of_year() -> None:
    """A season, half or quarter of a named or relative year."""


def resolve_month_half(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """The month (named, or a period such as ``الشهر الجاري``), then its days 1-15 or 16 to the
    end (of a Hijri month too); value the month, mod START or END."""
    fields = {key: v for key, v in f.items() if key != "half"}
    month = (relative.resolve_period if "unit" in fields else calendar.resolve_calendar)(ctx, base, fields, found)
    if month is None or month.earliest is None or month.grain != "month":
        return None
    first, last = month.earliest.date(), month.latest.date()  # a Hijri month's days too
    middle = first + dt.timedelta(days=14)
    days = (first, middle) if f["half"] == 1 else (middle + dt.timedelta(days=1), last)
    earliest, latest = V.span_bounds(*days)
    return attrs.evolve(month, earliest=earliest, latest=latest, mod="START" if f["half"] == 1 else "END")


@production("year_part", resolve=resolve_month_half,
            examples=[("النصف الأول من الشهر الجاري", "2016-11-08", "2016-11"),
                      ("في النصف الثاني من مارس", "2016-11-08", "2016-03")])
def month_half() -> None:
    """``النصف الأول/الثاني من`` + a month: its days 1-15 or 16 to the end."""


@production("calendar", examples=[("في النصف الثاني من القرن التاسع عشر", "2021-07-26", "18")])
def era_half() -> None:
    """``النصف الأول/الثاني من`` + a century or a decade: its first or second half of the years
    (resolved by the century's or decade's own rule)."""


@production("year_part", resolve=resolve_year_part,
            examples=[("سجلت الشركة أرباحا قياسية عام 2015، وتضاعفت مبيعاتها في النصف الثاني",
                       "2020-10-04", "2015-H2")])
def half_in_play() -> None:
    """``في النصف الأول`` alone: a half of the year stated in this or the previous sentence
    (nothing otherwise: the first half of a match is as common)."""


def resolve_months_of_year(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """The year (named or relative), then its first or last ``n`` months; value the year, mod
    START or END."""
    fields = {key: v for key, v in f.items() if key not in ("n", "edge")}
    year = (relative.resolve_period if "unit" in fields else calendar.resolve_calendar)(ctx, base, fields, found)
    if year is None or year.earliest is None or year.grain != "year":
        return None
    y, n = year.earliest.year, f["n"]
    first, last = (dt.date(y, 1, 1), V.month_last(y, n)) if f["edge"] == "first" else \
        (dt.date(y, 13 - n, 1), dt.date(y, 12, 31))
    earliest, latest = V.span_bounds(first, last)
    return attrs.evolve(year, earliest=earliest, latest=latest, mod="START" if f["edge"] == "first" else "END")


@rule("year_part", first=("unit", "num"), resolve=resolve_months_of_year,
      examples=[("خلال الأشهر التسعة الأولى من 2020", "2021-06-14", "2020"),
                ("في الأشهر الثلاثة الأخيرة من العام الماضي", "2021-06-14", "2020")])
def months_of_year(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``الأشهر التسعة الأولى من 2020``, ``الأشهر الثلاثة الأخيرة من العام``, ``الشهرين الأولين من
    العام الماضي`` (a dual): the first or last months of a year."""
    tok = g.toks[i]
    unit = g.toks[i + 1].get("unit") if tok.num is not None and i + 1 < g.n else tok.get("unit")
    if not unit or unit[0] != "month" or unit[1] not in (0, 2):
        return None  # the common case, decided before reading the stretch (الشهرين: a dual)
    dn = count_patterns.duration_noun(g, i)
    if not dn or dn[0]["unit"] != "month" or not dn[0]["n"] or not 1 <= dn[0]["n"] <= 11:
        return None
    j = dn[1]
    if dn[0]["direction"] == "past" and g.toks[j - 1].get("dir") == "last":
        edge = "last"
    elif dn[0]["direction"] is None and g.role(j, "ord") and g.toks[j].get("ord") == 1 and g.definite(j):
        edge, j = "first", j + 1
    else:
        return None
    if not g.role(j, "from") or not g.adj(j + 1):
        return None
    k = j + 1
    year = g.year_number(k + 1 if g.toks[k].has("year_word") and g.adj(k + 1) else k)
    if year:
        return {"year": year[0], "n": dn[0]["n"], "edge": edge}, year[1]
    per = relative.period_fields(g, k)
    if per and per[0]["unit"] == "year":
        return {**per[0], "n": dn[0]["n"], "edge": edge}, per[1]
    unit = g.toks[k].get("unit")
    if unit and unit[0] == "year" and unit[2] and unit[1] in (1, -1):
        return {"unit": "year", "shift": "same", "n": dn[0]["n"], "edge": edge}, k + 1
    return None


@rule("group", first=("season", "year_frac", "this"))
def year_part(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """A season, half or quarter, with a direction (``هذا الصيف``: this one), of a year, or of
    the year in play."""
    tok = g.toks[i]
    j = i + 1
    if tok.has("this"):
        if g.role(j, "year_frac") and g.toks[j].get("year_frac")[0] == "Q" and g.definite(j):
            return [quarter_relative.make(i, j + 1, {"quarter_shift": 0})], j + 1
        if not (g.role(j, "season") and g.definite(j)):
            return None
        code, first, last = g.toks[j].get("season")
        return [season_relative.make(i, j + 1, {"code": code, "first": first, "last": last,
                                                "season_dir": "current"})], j + 1
    if tok.has("season"):
        code, first, last = tok.get("season")
        fields: dict[str, Any] = {"code": code, "first": first, "last": last}
        definite = g.definite(i)
        if definite and g.role(j, "dir") and g.toks[j].get("dir") in ("past", "last", "future", "current"):
            return [season_relative.make(i, j + 1, {**fields, "season_dir": g.toks[j].get("dir")})], j + 1
        if definite and not g.role(j, "from") and not g.adj(j) and i > 0 and g.toks[i - 1].has("in") \
                and g.adj(i) and not tok.pre:
            return [season_in_play.make(i, i + 1, {**fields, "in_play": True})], j
    else:
        letter, parts = tok.get("year_frac")
        if g.role(j, "similar") and g.definite(i) and g.role(j + 1, "from") and g.adj(j + 2):
            return _similar(g, i, j + 2, letter, parts)
        shift = {"past": -1, "future": 1, "next": 1, "current": 0}.get(g.toks[j].get("dir")) \
            if g.role(j, "dir") and letter == "Q" and g.definite(i) else None
        if shift is not None:  # الربع الماضي / المقبل / الحالي
            return [quarter_relative.make(i, j + 1, {"quarter_shift": shift})], j + 1
        if g.role(j, "ord") and 1 <= g.toks[j].get("ord") <= parts:
            index = g.toks[j].get("ord")
        elif g.role(j, "dir") and g.toks[j].get("dir") == "last":
            index = parts
        else:
            return None
        j += 1
        size = 12 // parts
        fields = {"code": f"{letter}{index}", "first": (index - 1) * size + 1, "last": index * size}
    after_from = g.role(j, "from")
    if after_from:
        j += 1
    if not after_from and "season_dir" not in fields and fields["code"][0] == "Q" and g.definite(i) \
            and not (g.adj(j) and (g.year_number(j) or g.role(j, "year_word") or g.role(j, "unit"))):
        # الربع الثالث alone: a quarter of the year in play (الربع الثالث من المباراة is no date)
        return [of_year.make(i, j, {**fields, "shift": "same", "alone": True})], j
    if not after_from and fields["code"][0] == "H" and g.definite(i) and i > 0 and g.adj(i) and not tok.pre \
            and (g.toks[i - 1].has("in") or g.toks[i - 1].has("within")) \
            and not (g.adj(j) and (g.year_number(j) or g.role(j, "year_word") or g.role(j, "unit"))):
        return [half_in_play.make(i, j, {**fields, "in_play": True})], j
    if not g.adj(j):
        return None
    target = g.toks[j]
    if after_from and fields["code"][0] == "H":
        month = calendar.month_ref(g, j, True)
        if month:
            mfields, e = month
            if "month_rel" not in mfields:
                year, e = calendar.year_after(g, e, mfields["system"])
                mfields.update(year)
            return [month_half.make(i, e, {**mfields, "half": fields["first"] // 6 + 1})], e
        per = relative.period_fields(g, j)
        if per and per[0]["unit"] == "month":
            return [month_half.make(i, per[1], {**per[0], "half": fields["first"] // 6 + 1})], per[1]
        if per and per[0]["unit"] in ("decade", "century"):
            # النصف الأول من القرن الماضي: a half of a century or decade counted from the DCT's
            inner = relative.period.make(j, per[1], per[0])
            return [inner.wrap(era_half, i=i, fields={**per[0], "half": fields["first"] // 6 + 1})], per[1]
        era = (history.century(g, j) or history.decade(g, j)) if not per else None
        if era and not era[0][0].fields.get("hijri"):
            inner = era[0][0]
            return [inner.wrap(era_half, i=i, fields={**inner.fields, "half": fields["first"] // 6 + 1})], era[1]
        unit = target.get("unit")
        if unit and unit[0] == "month" and unit[2] and unit[1] in (1, -1):
            return [month_half.make(i, j + 1, {"unit": "month", "shift": 0, "half": fields["first"] // 6 + 1})], j + 1
    if fields["code"][0] in "QH" and (target.has("year_word") or target.has("cycle_noun")):
        cycle = cycles.cycle_year(g, j)  # الربع الأول من العام المالي الجاري 2024/2025
        if cycle:
            return [cycles.fiscal_part.make(i, cycle[1], {**cycle[0][0].fields, "code": fields["code"]})], cycle[1]
    year = g.year_number(j + 1 if target.has("year_word") and g.adj(j + 1) else j)
    if year:
        return [of_year.make(i, year[1], {**fields, "year": year[0]})], year[1]
    per = relative.period_fields(g, j)
    if per and per[0]["unit"] == "year":
        return [of_year.make(i, per[1], {**fields, "shift": per[0]["shift"]})], per[1]
    unit = target.get("unit")
    if unit and unit[0] == "year" and unit[2] and unit[1] in (1, -1):
        # الربع الأول من العام: the year in play
        return [of_year.make(i, j + 1, {**fields, "shift": "same"})], j + 1
    return None


def _similar(g: Grammar, i: int, k: int, letter: str, parts: int) -> tuple[list[Parse], int] | None:
    """``الربع المماثل من`` + a year at ``k`` (named or relative): the fields of ``similar_part``."""
    year = g.year_number(k + 1 if g.toks[k].has("year_word") and g.adj(k + 1) else k)
    per = None if year else relative.period_fields(g, k)
    if year:
        fields, end = {"year": year[0]}, year[1]
    elif per and per[0]["unit"] == "year":
        fields, end = {"shift": per[0]["shift"]}, per[1]
    else:
        return None
    return [similar_part.make(i, end, {**fields, "letter": letter, "parts": parts})], end


def resolve_similar(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """The part of the year just named (``ctx.previous``: ``2024-Q3``) in the year named here;
    with no such part just named, only the year (what the text vouches for)."""
    prev = ctx.previous
    match = _PART_VALUE.fullmatch(prev.value) if prev is not None and prev.value else None
    index, size = (int(match.group(2)), 12 // f["parts"]) if match and match.group(1) == f["letter"] else (0, 0)
    if not 1 <= index <= f["parts"]:
        if "year" in f:
            return V.year_timex(base, f["year"], None)
        return relative.resolve_period(ctx, base, {"unit": "year", "shift": f["shift"]}, found)
    fields = {k: v for k, v in f.items() if k in ("year", "shift")}
    return resolve_year_part(ctx, base, {**fields, "code": f"{f['letter']}{index}",
                                         "first": (index - 1) * size + 1, "last": index * size}, found)


#: a quarter's or a half's value (``2024-Q3``, ``2023-H1``): its letter and index
_PART_VALUE = re.compile(r"\d{4}-([QH])(\d)")


@production("year_part", resolve=resolve_similar,
            examples=[("ارتفع الربح في الربع الثالث من 2024 مقارنة بالربع المماثل من العام الماضي", "2024-11-05",
                       "2023-Q3")])
def similar_part() -> None:
    """``الربع المماثل من العام الماضي``: the quarter (half) just named, in another year."""


#: grains of a period just named that a year may hold (a day or a week is no "period")
_PERIOD_GRAINS = frozenset({"month", "quarter", "half", "season"})


def resolve_similar_period(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """The period just named (``ctx.previous``) moved by the whole years between its year and
    the year named here (a fiscal year counts in its own months); with no such period just
    named, the year named here alone."""
    if "cycle_fields" in f:
        year = cycles.resolve_cycle(ctx, base, f["cycle_fields"], found)
    elif "year" in f:
        year = V.year_timex(base, f["year"], None)
    else:
        year = relative.resolve_period(ctx, base, {"unit": "year", "shift": f["shift"]}, found)
    prev = ctx.previous
    if year is None or year.earliest is None or prev is None or prev.earliest is None \
            or prev.grain not in _PERIOD_GRAINS or prev.latest - prev.earliest > dt.timedelta(days=186):
        return year
    start = year.earliest.date()

    def index(day: dt.date) -> int:  # the year (from the named year's first month) holding ``day``
        return day.year - (day.month < start.month)

    shift = index(start) - index(prev.earliest.date())
    first = V.add_months(prev.earliest.date(), 12 * shift)
    last = V.add_months(prev.latest.date().replace(day=1), 12 * shift)
    earliest, latest = V.span_bounds(first, V.month_last(last.year, last.month))
    value, extra = prev.value, dict(prev.extra)
    if value and value[:4].isdigit() and prev.type == "DATE":
        value = f"{int(value[:4]) + shift:04d}{value[4:]}"
    if "begin" in extra:  # a fiscal half of its own months (P6M): its bounds moved too
        extra.update(begin=earliest.date().isoformat(), end=latest.date().isoformat())
    return attrs.evolve(base, type=prev.type, value=value, earliest=earliest, latest=latest, grain=prev.grain,
                        mod=prev.mod, anchor=year.anchor or "previous", extra=extra)



@rule("year_part", first=("similar_noun",), resolve=resolve_similar_period,
      examples=[("ارتفعت الإيرادات في النصف الأول من 2024 مقارنة بالفترة المماثلة من العام الماضي", "2024-08-06",
                 "2023-H1")])
def similar_period(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``الفترة المماثلة من العام الماضي``, ``الفترة نفسها من العام المالي الماضي`` (``relative.json``
    ``similar_nouns``): the period just named, in the year (or fiscal year) named after من."""
    if not (g.definite(i) and g.adj(i + 1) and g.role(i + 1, "similar") and g.role(i + 2, "from") and g.adj(i + 3)):
        return None
    k = i + 3
    if g.toks[k].has("year_word") or g.toks[k].has("cycle_noun"):
        cycle = cycles.cycle_year(g, k)
        if cycle:
            return {"cycle_fields": cycle[0][0].fields}, cycle[1]
    year = g.year_number(k + 1 if g.toks[k].has("year_word") and g.adj(k + 1) else k)
    if year:
        return {"year": year[0]}, year[1]
    per = relative.period_fields(g, k)
    if per and per[0]["unit"] == "year":
        return {"shift": per[0]["shift"]}, per[1]
    return None


# call-time dependencies, imported last: these modules import this one
from . import calendar, count_patterns, cycles, history, relative  # noqa: E402
