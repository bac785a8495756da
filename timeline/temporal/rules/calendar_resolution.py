"""The resolution of calendar dates: a day, month or year of the Gregorian calendar (the Hijri
one through :func:`.hijri.resolve_hijri`), its missing year by tense or narrative, and whether
a year written without an era mark is Hijri."""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from typing import Any

import attrs

from ...model import Timex
from .. import values as V
from ..numeric_dates import OPEN_BELOW


def _days_of_month(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """The first or last n days of a month of either calendar: the month, narrowed (mod START/END)."""
    edge, n = f["month_days"]
    month = resolve_calendar(ctx, base, {k: v for k, v in f.items() if k != "month_days"}, found)
    if month is None or month.earliest is None or month.latest is None:
        return None
    first, last = month.earliest.date(), month.latest.date()
    if n >= (last - first).days + 1:
        return None
    begin = first if edge == "first" else last - dt.timedelta(days=n - 1)
    earliest, latest = V.span_bounds(begin, begin + dt.timedelta(days=n - 1))
    return attrs.evolve(month, earliest=earliest, latest=latest, grain="day", mod="START" if edge == "first" else "END")


#: how many months after the DCT's a month announced without a verb is read as coming
_VERBLESS_AHEAD = 2


def resolve_calendar(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """Day, month or year of the Gregorian (or, with ``system=hijri``, the Hijri) calendar;
    a missing year is the nearest per tense, or the year the narrative states."""
    if "month_days" in f:
        return _days_of_month(ctx, base, f, found)
    if "short_year" in f:
        # 16/04/21: the century that puts the year no more than five years after the DCT; with
        # a Hijri mark (1/9/45هـ) the Hijri century, likewise after the DCT's Hijri year
        today = ctx.hijri.from_gregorian(ctx.dct.date()) if f.get("system") == "hijri" else None
        now = today[0] if today is not None else ctx.dct.year
        year = now // 100 * 100 + f["short_year"]
        f = {**f, "year": year if year <= now + 5 else year - 100}
    if f.get("open") and _hijri_reading(ctx, f):
        f = {**f, "system": "hijri"}
    if f.get("system") == "hijri":
        return hijri.resolve_hijri(ctx, base, f, found)
    mod = f.get("mod")
    extra_anchor: str | None = None
    day = f.get("day")
    month = f.get("month")
    year = f.get("year")
    rel = f.get("month_rel")
    event = ctx.same_as_event(found) if rel == "same" else None
    if event is not None:
        # في الشهر ذاته الذي جرت فيه الانتخابات: the month of the event the clause names
        year, month, extra_anchor = event.earliest.year, event.earliest.month, "narrative"
    elif rel is not None:
        if rel in ("same", "next", "previous") and ctx.narrative.month is not None:
            ref = dt.date(*ctx.narrative.month, 1)
            extra_anchor = "narrative"
        else:
            ref = ctx.dct.date().replace(day=1)
            extra_anchor = "dct"
        shift = {"past": -1, "last": -1, "previous": -1, "future": 1, "next": 1}.get(rel, 0)
        ref = V.add_months(ref, shift)
        year, month = ref.year, ref.month
    elif month is not None and year is None and "year_shift" in f:
        year, extra_anchor = V.shifted_year(f["year_shift"], ctx.dct.year, ctx.narrative.year)
    elif month is not None and year is None and "month_dir" not in f and _framing_year(ctx, found) is not None:
        # rule framed_month: زرتها قبل سنتين في شهر سبتمبر، العام الماضي في مارس: the month of the
        # year named right before it
        year, extra_anchor = _framing_year(ctx, found), "narrative"
    elif month is not None and year is None and "month_dir" not in f and ctx.stated_year(found) \
            and not ctx.future(found) and not (ctx.stated_year(found) > ctx.dct.year and ctx.preparing(found)) \
            and not _plan_after_past_year(ctx, found):
        # (التسجيل في دورة 2025 يفتح في سبتمبر: an edition ahead is not the year of what prepares it)
        # خاض البلدان حربا في خريف 2020 انتهت ... ليل 9 إلى 10 نوفمبر: the year being narrated
        year, extra_anchor = ctx.stated_year(found), "narrative"
        in_play = ctx.narrative.month
        if in_play and in_play[0] == year and month < in_play[1] and (month - in_play[1]) % 12 <= 3 \
                and dt.date(year + 1, month, 1) <= ctx.dct.date():
            year += 1  # ديسمبر 2019 ... وفي 3 يناير: the story goes on into the next year
    elif month is not None and year is None:
        extra_anchor = "dct"
        dct = ctx.dct.date()
        year = dct.year
        # with a day, the direction is the date's: '15 نوفمبر المقبل' written on 7 November is
        # eight days ahead, '3 نوفمبر الماضي' four days back (a month alone skips its own month)
        when, now = ((month, day), (dct.month, dct.day)) if day is not None else (month, dct.month)
        after = ctx.postponed(found) if "month_dir" not in f else None
        if after is not None:
            # تأجلت ... إلى 4 أبريل; أرجأت المباراة المقررة في 18 سبتمبر إلى 7 نوفمبر: the first
            # occurrence after the old date (or the DCT)
            year = after.year + ((month, day or 1) <= (after.month, after.day if day is not None else 1))
        elif f.get("month_dir") == "past":
            year -= when >= now
        elif f.get("month_dir") == "future":
            year += when <= now
        elif ctx.nearest(found):
            year += nearest_year_shift(month, dct.month)
        elif ctx.future(found):
            if month < dct.month:
                year += 1
        elif month != dct.month and ctx.ahead_year(found, month) == year + (month < dct.month):
            # معسكر من 4 إلى 10 ديسمبر المقبل، قبل ... كأس آسيا التي تنطلق في 12 يناير: a date
            # ahead goes on to the month's coming occurrence (past the turn of the year)
            year += month < dct.month
        elif month > dct.month and (f.get("since") or not (ctx.planned(found) or (
                month - dct.month <= _VERBLESS_AHEAD and ctx.verbless_plan(found)))):
            # a month ahead in a clause told in the imperfect is planned: وتبدأ الامتحانات فى يونيو;
            # so is one a month or two ahead announced without a verb: انطلاق الدورة يوم 5 جوان
            year -= 1
        if "weekday" in f and day is not None and "month_dir" not in f:
            # الخميس 12 مايو: the weekday settles the year when the tense's choice does not fit it
            year = next((y for y in (year, year + 1, year - 1) if _weekday_fits(y, month, day, f["weekday"])), year)
    if month is None:
        if year is None:
            return None
        timex = V.year_timex(attrs.evolve(base, anchor=None), year, mod)
        if timex is not None and f.get("since"):
            timex = attrs.evolve(timex, extra={"since": True})
        return timex
    if not 1 <= year <= 9999:
        return None
    edge = f.get("edge_day")
    if edge:
        day = 1 if edge == "first" else V.month_last(year, month).day
    week = f.get("month_week")
    if week is not None:
        # the k-th (or last, -1) seven days of the month
        last = V.month_last(year, month)
        first = last - dt.timedelta(days=6) if week < 0 else dt.date(year, month, 7 * (week - 1) + 1)
        end = min(first + dt.timedelta(days=6), last)
        earliest, latest = V.span_bounds(first, end)
        # the value: the ISO week holding the middle of those seven days
        iso_year, iso_week, _ = (first + (end - first) / 2).isocalendar()
        return attrs.evolve(base, value=f"{iso_year}-W{iso_week:02d}", earliest=earliest, latest=latest,
                            grain="week", anchor=extra_anchor)
    if day is None:
        timex = V.month_timex(attrs.evolve(base, anchor=extra_anchor), year, month, mod)
        if f.get("since"):
            timex = attrs.evolve(timex, extra={"since": True})
        return timex
    if day > _calendar.monthrange(year, month)[1]:
        return None
    date = dt.date(year, month, day)
    warnings: tuple[str, ...] = ()
    if "weekday" in f and date.weekday() != f["weekday"]:
        warnings = (f"weekday {f['weekday']} does not match {date.isoformat()}",)
    return V.day_timex(base, date, f, extra_anchor, warnings)


def _framing_year(ctx: Any, found: Any) -> int | None:
    """The one year an expression of a year's grain counted from the DCT (``قبل سنتين``، ``العام
    الماضي``) names when it ends a few characters before ``found`` in its clause (``Context.frame``,
    no punctuation between), else ``None``."""
    framed = ctx.frame(found)
    # a year written out (دورة 2025 في أكتوبر) is left to the narrative's stated year, which
    # knows an edition ahead from the year of what prepares it
    if framed is None or ctx.previous.grain != "year" or ctx.previous.anchor != "dct" \
            or framed[0].year != framed[1].year:
        return None
    between = ctx.doc.text[ctx.previous.end:ctx.norm.span(found.start, found.start + 1)[0]]
    # ارتفع العجز العام الماضي، وفي مارس تراجع: a clause of its own tells its own year
    return None if any(not (c.isalpha() or c.isspace()) for c in between) else framed[0].year


def _weekday_fits(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return dt.date(year, month, day).weekday() == weekday
    except ValueError:
        return False


def nearest_year_shift(month: int, current: int) -> int:
    """-1, 0 or 1: the year shift that puts ``month`` nearest the ``current`` month (a tie
    goes back)."""
    ahead = (month - current) % 12
    if ahead == 0:
        return 0
    if ahead < 6:
        return 1 if month < current else 0
    return -1 if month > current else 0


def _hijri_reading(ctx: Any, f: dict[str, Any]) -> bool:
    """Whether a year written without an era mark is Hijri: a weekday that fits only the Hijri
    reading, or plausibility against the DCT (a full date with a year before 1700 in a modern
    text; a bare year within 25 years before and 5 after the DCT's Hijri year)."""
    today = ctx.hijri.from_gregorian(ctx.dct.date())
    year = f["year"]
    if today is None or ctx.dct.year < OPEN_BELOW + 200:
        return False
    if "weekday" in f and "day" in f:
        as_hijri = ctx.hijri.to_gregorian(year, f["month"], f["day"])
        fits_hijri = as_hijri is not None and as_hijri.weekday() == f["weekday"]
        try:
            fits_gregorian = dt.date(year, f["month"], f["day"]).weekday() == f["weekday"]
        except ValueError:
            fits_gregorian = False
        if fits_hijri != fits_gregorian:
            return fits_hijri
    if "day" in f or "month" in f:
        return year <= today[0] + 5
    return today[0] - 25 <= year <= today[0] + 5


from . import hijri  # noqa: E402


def _plan_after_past_year(ctx: Any, found: Any) -> bool:
    """Rule plan_after_past_year: a month told in the imperfect of what is to come (``planned``)
    is not in a recent past year the text stated before it (``وكانت نسبة النجاح في دورة 2024 قد
    بلغت 36.26 بالمائة. وتنطلق عملية التوجيه في النصف الثاني من شهر جويلية``: this July); a
    history year keeps its historical present (``history_year``)."""
    year = ctx.stated_year(found)
    return year < ctx.dct.year and not ctx.history_year(year) and ctx.planned(found)
