"""Anaphoric days, anchored to the date the narrative has in play: ``اليوم التالي``, ``في اليوم
نفسه``, ``قبل ذلك بيومين``, ``بعد ذلك بساعات``, ``قبل توقيع الاتفاق بيوم``, ``عشية``/``غداة`` a
day, an event or ``ذلك``."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from ...model import Timex
from .. import values as V
from ..engine import Parse, production, rule
from ..grammar import Grammar
from ..lexicon import LEXICON
from . import relative

_WORD_AHEAD = re.compile(r"[^\S\n]*(?=[^\W\d_])")


def resolve_anaphor(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex:
    """The day in play moved by ``shift``; ``اليوم التالي للزلزال``: the day after the one the
    text dated the event named after it."""
    event = ctx.event_day(found.end) if f["shift"] and found.rule is day_anaphor else None
    if event is not None:
        return V.day_timex(base, event + dt.timedelta(days=f["shift"]), f, "narrative")
    if f["shift"] and found.rule is day_anaphor:
        ctx.await_event(found, f["shift"])  # its event may be dated right after it
    day, anchor = ctx.anchor_day(found)
    return V.day_timex(base, day + dt.timedelta(days=f["shift"]), f, anchor)


def resolve_eve_event(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """``غداة الهجوم``: the day after the one the text dated the attack; else nothing unless a
    day is in play from this or the previous sentence.

    In the sentence that stated the day, with no verb after the day, an unconjoined ``غداة X`` restates the clause's own
    day (``التقى الوزيران اليوم الخميس غداة اتفاق ...``); after ``و``, after a verb that follows the
    day or in the next sentence, X is the event of that day and the expression is the day after (before)
    it.
    """
    event = ctx.event_day(found.end)
    if event is not None:  # غداة الزلزال, the earthquake dated earlier in the text
        return V.day_timex(base, event + dt.timedelta(days=f["shift"]), {}, "narrative")
    day = ctx.narrative.day
    if day is None or ctx.sentence_of(found.start) - ctx.narrative.sentence > 1:
        return None
    # a verb between the day and the eve word (تجري الانتخابات السبت 26 فبراير، ويبدأ الصمت
    # الانتخابي عشية الانتخابات) makes the eve another clause's: the day before
    same = ctx.sentence_of(found.start) == ctx.narrative.sentence and not f.get("conj") \
        and not ctx.verb_since(found, ctx.narrative.end)
    shift = 0 if same else f["shift"]
    return V.day_timex(base, day + dt.timedelta(days=shift), {}, "narrative")


@rule("anaphor", first=("unit", "deictic_part"), resolve=resolve_anaphor,
      examples=[("وصل الوفد يوم 5 أكتوبر، وفي اليوم التالي أعلن الاتفاق", "2020-10-10", "2020-10-06"),
                ("ضرب الإعصار الجزيرة ظهر أمس الثلاثاء. وفي الليلة ذاتها انقطعت الكهرباء", "2025-10-29",
                 "2025-10-28TNI")])
def day_anaphor(g: Grammar, i: int) -> tuple[dict[str, Any], int] | tuple[list[Parse], int] | None:
    """``اليوم التالي/نفسه/السابق``: the day after, of, or before the one in play; before
    ``لـ`` + a holiday (``اليوم التالي لعيد الشكر``), the day after or before the holiday;
    ``الليلة ذاتها/نفسها`` (rule ``same_night``): the night of the day in play, not tonight."""
    part = g.toks[i].get("deictic_part")
    if part and part[0] == 0 and g.adj(i + 1) and g.role(i + 1, "dir") and g.toks[i + 1].get("dir") == "same" \
            and not g.toks[i + 1].pre:
        return {"unit": "day", "shift": 0, "part": part[1]}, i + 2
    unit = g.toks[i].get("unit")
    if unit and unit[0] == "day" and unit[2] and g.role(i + 1, "dir"):
        shift = {"next": 1, "same": 0, "past": -1}.get(g.toks[i + 1].get("dir"))
        if shift is not None:
            if shift and g.adj(i + 2) and g.toks[i + 2].has("holiday") and g.toks[i + 2].pre \
                    and g.toks[i + 2].pre not in LEXICON.coordinators:
                found, k = holidays.holiday_at(g, i + 2)
                inner = found[0]
                return [inner.wrap(inner.rule, i=i, j=k, fields={**inner.fields, "eve": shift})], k
            return {"unit": "day", "shift": shift}, i + 2
    return None


def resolve_that(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """``ذلك اليوم``, ``تلك الليلة``: the day in play, ``ذلك العام/الشهر``: its year or month;
    nothing when the text has put none in play (never the DCT)."""
    unit = f["unit"]
    if unit == "day":
        if ctx.narrative.day is None:
            return None
        return V.day_timex(base, ctx.narrative.day, f, "narrative")
    if unit == "month" and ctx.narrative.month is not None:
        return attrs.evolve(V.month_timex(base, *ctx.narrative.month, None), anchor="narrative")
    if unit == "year" and ctx.narrative.year is not None:
        return attrs.evolve(V.year_timex(base, ctx.narrative.year, None), anchor="narrative")
    return None


@rule("anaphor", first=("that",), resolve=resolve_that,
      examples=[("وقع الهجوم في 3 مارس. وفي ذلك اليوم أعلن الجيش", "2020-06-10", "2020-03-03"),
                ("اندلعت الحرب عام 1990. وفي ذلك العام انهار الاقتصاد", "2020-06-10", "1990")])
def that_period(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``ذلك``/``تلك`` + the day, the night, the month or the year."""
    if not g.adj(i + 1):
        return None
    nt = g.toks[i + 1]
    unit = nt.get("unit")
    if unit and unit[2] and unit[1] in (1, -1) and unit[0] in ("day", "month", "year"):
        return {"unit": unit[0]}, i + 2
    part = nt.get("deictic_part")
    if part and part[0] == 0:
        return {"unit": "day", "part": part[1]}, i + 2
    return None


@production("anaphor", resolve=resolve_anaphor,
            examples=[("وقع الهجوم يوم 3 أكتوبر، وبعد ذلك بساعات أعلن الجيش", "2020-10-10", "2020-10-03")])
def later_that_day() -> None:
    """``بعد ذلك بساعات``: later the same day as the one in play."""


@production("relative", resolve=relative.resolve_relative,
            examples=[("وقع الاتفاق يوم 10 أكتوبر، وكان قد أعلن قبل ذلك بيومين", "2020-10-20", "2020-10-08")])
def offset_that() -> None:
    """``قبل ذلك بيومين``: N units from the day in play."""


@production("relative", resolve=relative.resolve_relative,
            examples=[("وقع الاتفاق يوم 10 أكتوبر. وأعلن قبل توقيع الاتفاق بيوم واحد", "2020-10-20", "2020-10-09")])
def offset_event() -> None:
    """``قبل توقيع الاتفاق بيوم واحد``: N units from the day in play (the event's)."""


@production("anaphor", resolve=resolve_anaphor,
            examples=[("وقع الاتفاق يوم 10 أكتوبر، وغداة ذلك أعلن الجيش", "2020-10-20", "2020-10-11")])
def eve_that() -> None:
    """``عشية ذلك``/``غداة ذلك``: the day before/after the one in play."""


@production("eve_event", resolve=resolve_eve_event,
            examples=[("وقع الهجوم يوم 3 أكتوبر. وغداة الهجوم أعلن الجيش النفير", "2020-10-10", "2020-10-04")])
def eve_event() -> None:
    """``غداة الهجوم``: the day after (``عشية``: before) an event; only the day in play dates it."""


@production("eve_event",
            examples=[("عشية الاقتراع: الناخبون يختارون نوابهم\n\nيتوجه الناخبون غدا السبت إلى صناديق الاقتراع.",
                       "2021-06-11", "2021-06-11")])
def headline_eve() -> None:
    """``عشية الاقتراع`` in a headline, its event dated only in the body's lead: the day before
    (after) the lead's first day (:mod:`timeline.temporal.headline_eves`)."""


def _event_follows(g: Grammar, i: int) -> bool:
    """``عشية``/``غداة`` at token ``i`` is followed by a word (an event noun), not an idiom."""
    match = _WORD_AHEAD.match(g.text, g.toks[i].end)
    return match is not None and LEXICON.eve_idiom_re.match(g.text, match.end()) is None


def _eve_of(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    shift = g.toks[i].get("eve")
    nt = g.toks[i + 1]
    if nt.has("that"):
        return [eve_that.make(i, i + 2, {"unit": "day", "shift": shift})], i + 2
    if nt.has("holiday"):
        found, k = holidays.holiday_at(g, i + 1)
        inner = found[0]
        return [inner.wrap(inner.rule, i=i, j=k, fields={**inner.fields, "eve": shift})], k
    if nt.has("country_day") or nt.has("national_day"):  # عشية عيد الاستقلال الجزائري
        got = (holidays.country_day if nt.has("country_day") else holidays.national_day)(g, i + 1)
        if got:
            inner = got[0][0]
            return [inner.wrap(inner.rule, i=i, j=got[1], fields={**inner.fields, "eve": shift})], got[1]
    date = deictic.date_at(g, i + 1)
    if date and len(date[0]) == 1 and date[0][0].kind in ("deictic", "weekday", "calendar"):
        inner = date[0][0]
        fields = inner.fields
        if inner.kind == "calendar" and "day" not in fields or "part" in fields or "hour" in fields:
            return None
        part = g.toks[i].get("eve_part")
        if part and (inner.kind == "deictic" or "said" in fields):
            # عشية أمس: yesterday evening, not the eve of yesterday
            return [inner.wrap(inner.rule, i=i, fields={**fields, "part": part})], inner.j
        return [inner.wrap(inner.rule, i=i, fields={**fields, "eve": shift})], inner.j
    return None


@rule("group", first=("eve",))
def eve(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``عشية``/``غداة`` + ``ذلك``, a holiday, a day, or an event noun."""
    got = _eve_of(g, i) if g.adj(i + 1) else None
    if got:
        return got
    if _event_follows(g, i):
        tok = g.toks[i]
        return [eve_event.make(i, i + 1, {"shift": tok.get("eve"), "conj": tok.coordinated})], i + 1
    return None


# call-time dependencies, imported last: these modules import this one
from . import deictic, holidays  # noqa: E402
