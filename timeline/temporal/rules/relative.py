"""Relative periods and offsets from the DCT: ``الأسبوع الماضي``, ``العام الجاري``, ``هذا الشهر``,
``الشهر نفسه``, ``الأسبوع قبل الماضي``, ``الشهر المقبل`` and ``قبل/بعد N وحدة``.

The ``before_after`` group also names productions of other families that start the same
way (``قبل أيام``: vague; ``بعد 48 ساعة من توقيعه``: durations; ``قبل ذلك بيومين``: narrative).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ...model import Timex
from .. import values as V
from ..engine import Parse, production, rule
from ..grammar import Grammar
from ..lexicon import LEXICON
from . import calendar

#: months either side of the day "N years ago" names (an offset in years is a round figure)
_YEARS_BACK_MARGIN = 3


# -- resolution ------------------------------------------------------------------------------
def resolve_relative(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex:
    """N units from the DCT (or from the narrative day): the day (months and years: APPROX,
    within the month or year); a minute when the DCT has a time; a year for decades."""
    unit, n = f["unit"], f["n"]
    if f.get("anchor") == "narrative":
        day, anchor = ctx.anchor_day(found)
        origin = dt.datetime.combine(day, dt.time())
    else:
        origin, anchor = ctx.dct, "dct"
        prev = ctx.previous
        if unit in ("hour", "minute") and prev is not None and prev.type == "TIME" and prev.earliest is not None \
                and prev.grain in ("hour", "minute") and ctx.doc.sentence_of(prev.start) == ctx.doc.sentence_of(base.start):
            # ضرب الزلزال عند الساعة 04:17، أعقبه بعد تسع ساعات زلزال ثان: counted from the clock
            # time before it in its sentence, not from the paper's hour (as the events stage did)
            origin, anchor = prev.earliest.replace(second=0), "narrative"
    moved, _ = V.shifted(origin, unit, n)
    for unit, more in f.get("more", ()):
        # قبل سنة وثلاثة أشهر: the smaller units after the first, same direction
        moved, _ = V.shifted(moved, unit, more if n > 0 else -more)
    base = attrs.evolve(base, mod=f.get("mod"))
    if unit in ("second", "minute", "hour"):
        if origin.time() == dt.time() and anchor == "dct" and ctx.dct.time() == dt.time():
            # no time of publication: only the day is known
            earliest, latest = V.day_bounds(moved.date())
            return attrs.evolve(base, type="TIME", value=moved.date().isoformat(), earliest=earliest,
                                latest=latest, grain="day", anchor=anchor)
        moment = moved.replace(second=0)
        return attrs.evolve(base, type="TIME", value=V.minute_value(moment), earliest=moment,
                            latest=moment + dt.timedelta(seconds=59), grain="minute", anchor=anchor)
    day = moved.date()
    if unit in ("day", "week"):
        return V.day_timex(base, day, {}, anchor)
    if unit in ("month", "year"):
        # قبل عامين: the value is the day two years back (as the peers read it), APPROX since a
        # count of months or years is a round figure. Years back span that day give or take a
        # season (_YEARS_BACK_MARGIN), within its calendar year: the whole year was lopsided
        # (written in January, "a year ago" reached back almost two years, in December barely
        # one), and the day alone is more than a round figure says (another report's "4
        # November" of the same happening must still fit). Months keep their month, and years
        # ahead (a plan's "in two years") their year: both are what the text vouches for.
        if unit == "month":
            earliest, latest = V.span_bounds(day.replace(day=1), V.month_last(day.year, day.month))
        elif n < 0 and not f.get("more"):
            earliest, latest = V.span_bounds(
                max(V.add_months(day, -_YEARS_BACK_MARGIN), dt.date(day.year, 1, 1)),
                min(V.add_months(day, _YEARS_BACK_MARGIN), dt.date(day.year, 12, 31), origin.date()))
        else:
            earliest, latest = V.span_bounds(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))
        return attrs.evolve(base, value=day.isoformat(), earliest=earliest, latest=latest, grain=unit,
                            anchor=anchor, mod=base.mod or "APPROX")
    earliest, latest = V.span_bounds(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))
    return attrs.evolve(base, value=f"{day.year:04d}", earliest=earliest, latest=latest, grain="year",
                        anchor=anchor)


def resolve_period(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """The week, month, year, decade or century ``shift`` periods from the DCT's (or from the
    narrative's, for ``نفسه``/``التالي``)."""
    unit, shift, mod = f["unit"], f["shift"], f.get("mod")
    anchor = "dct"
    origin = ctx.dct.date()
    event = ctx.same_as_event(found) if shift == "same" and unit in ("month", "year") else None
    if event is not None:
        # العام نفسه الذي صودق فيه على الدستور: the year of the event the clause names
        origin, anchor, shift = event.earliest.date(), "narrative", 0
        ctx.narrative.stated_year, ctx.narrative.stated_sentence = origin.year, ctx.sentence_of(found.start)
    elif f.get("previous"):
        # rule previous_period: السابق looks back from the month or year in play (بلغ النمو 3%
        # عام 2019 مقارنة بالعام السابق: 2018), the DCT's when none is
        if unit == "month" and ctx.narrative.month:
            origin, anchor = dt.date(*ctx.narrative.month, 1), "narrative"
        elif unit == "year" and ctx.narrative.year:
            origin, anchor = dt.date(ctx.narrative.year, 1, 1), "narrative"
        elif unit == "week" and ctx.narrative.week and ctx.sentence_of(found.start) - ctx.narrative.week[1] <= 1:
            # ارتفعت الأسبوع الماضي مقارنة مع الأسبوع السابق: the week before last week
            origin, anchor = ctx.narrative.week[0], "narrative"
    elif shift in ("same", "next"):
        day, anchor = ctx.anchor_day(found)
        if unit == "month" and ctx.narrative.month:
            origin, anchor = dt.date(*ctx.narrative.month, 1), "narrative"
        elif unit == "year" and ctx.narrative.year:
            origin, anchor = dt.date(ctx.narrative.year, 1, 1), "narrative"
        else:
            origin = day
        shift = 0 if shift == "same" else 1
    base = attrs.evolve(base, mod=mod, anchor=anchor)
    if unit == "week":
        monday = origin - dt.timedelta(days=origin.weekday()) + dt.timedelta(weeks=shift)
        if not f.get("previous"):
            ctx.narrative.week = (monday, ctx.sentence_of(found.start))
        return V.week_timex(base, monday)
    if unit == "month":
        first = V.add_months(origin.replace(day=1), shift)
        return V.month_timex(base, first.year, first.month, mod)
    if unit == "year":
        return V.year_timex(base, origin.year + shift, mod)
    size = 10 if unit == "decade" else 100
    start = (origin.year // size + shift) * size
    value = f"{start // 10:03d}" if size == 10 else f"{start // 100:02d}"
    return V.years_timex(base, start, size, value, unit, mod, f.get("half"))


# -- pattern vocabulary ------------------------------------------------------------------------
def twice(g: Grammar, j: int) -> tuple[int, int] | None:
    """``قبل الماضي`` / ``بعد المقبل`` at token ``j``: (shift -2 or 2, next index)."""
    if not (g.adj(j) and g.role(j + 1, "dir")):
        return None
    direction = g.toks[j + 1].get("dir")
    if g.toks[j].has("before") and direction in ("past", "last"):
        return -2, j + 2
    if g.toks[j].has("after") and direction == "future":
        return 2, j + 2
    return None


def period_fields(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``الأسبوع الماضي``, ``العام الجاري``, ``هذا الشهر``, ``الشهر نفسه``: (fields, next index)."""
    if i >= g.n:
        return None
    tok = g.toks[i]
    j = i
    this = False
    if tok.has("this") and g.adj(i + 1):
        this = True
        j = i + 1
    elif tok.pre and LEXICON.article_proclitics.get(tok.pre[-1:]) == "this" \
            and tok.pre[:-1] in (("",) + LEXICON.coordinators):
        this = True  # هالأسبوع: the demonstrative glued to the article
    unit = g.toks[j].get("unit")
    if not unit or unit[0] not in ("week", "month", "year", "decade", "century") or unit[1] not in (1, -1):
        return None
    if this:
        if not unit[2]:
            return None
        return {"unit": unit[0], "shift": 0}, j + 1
    if unit[2] and g.role(j + 1, "this") and not g.toks[j + 1].pre \
            and not g.next_word(g.toks[j + 1].end).startswith(LEXICON.article):
        # rule demonstrative_after: spoken word order (Tunisian, Gulf) puts هذا after the
        # period («العام هذا كان صعيب»: this year); not before a definite noun it points at
        return {"unit": unit[0], "shift": 0}, j + 2
    pair = twice(g, j + 1) if unit[2] else None
    if pair:
        return {"unit": unit[0], "shift": pair[0]}, pair[1]
    if not unit[2] or not g.role(j + 1, "dir"):
        return None
    if unit[0] == "year" and not tok.pre and g.previous_word(tok.start) in LEXICON.general_nouns:
        return None
    direction = g.toks[j + 1].get("dir")
    if direction == "last" and g.role(j + 2, "from"):
        return None  # الأسبوع الأخير من حياته: the final week of something, not last week
    shift = {"past": -1, "last": -1, "future": 1, "current": 0, "same": "same", "next": "next"}[direction]
    if direction == "past" and g.text[g.toks[j + 1].start:g.toks[j + 1].end] in LEXICON.previous_words:
        # rule previous_period: العام السابق, the year before the one in play (resolve_period)
        return {"unit": unit[0], "shift": shift, "previous": True}, j + 2
    return {"unit": unit[0], "shift": shift}, j + 2


# -- rules -------------------------------------------------------------------------------------
@rule("period", first=("this", "unit"), resolve=resolve_period,
      examples=[("الأسبوع الماضي", "2020-10-04", "2020-W39"), ("هذا العام", "2020-10-04", "2020"),
                ("العام الجاري", "2020-10-01", "2020")])
def period(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A week, month, year, decade or century with a direction or ``هذا``."""
    return period_fields(g, i)


@rule("calendar", first=("unit",), resolve=calendar.resolve_calendar,
      examples=[("الشهر المقبل", "2020-10-04", "2020-11")])
def month(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``الشهر الماضي/الجاري/المقبل/نفسه``: a month relative to the DCT or the narrative."""
    got = calendar.month_ref(g, i, False)
    if got is None or "month_rel" not in got[0]:
        return None
    return dict(got[0]), got[1]


@production("relative", resolve=resolve_relative,
            examples=[("قبل 3 أيام", "2020-10-01", "2020-09-28"), ("قبل ثلاثة أسابيع", "2020-10-01", "2020-09-10"),
                      ("قبل عامين", "2020-06-10", "2018-06-10"),
                      ("بعد يومين", "2020-10-01", "2020-10-03")])
def offset() -> None:
    """``قبل/بعد N وحدة`` (``من الآن``): the day N units before/after the DCT (an hour or a
    minute when the DCT has a time; a year for decades and centuries)."""


#: units of a year or more, in years
_YEARS = {"year": 1, "decade": 10, "century": 100}
#: units shorter than a year that على after their count measures from an event as well
_LONG_UNITS = frozenset({"week", "month"})
#: a date this many years or more after the DCT, with no future cue, is no date but a stretch
_FAR_YEARS = 10


def _next_word(g: Grammar, k: int) -> str:
    """The word right after token ``k - 1``."""
    words = g.text[g.toks[k - 1].end:g.toks[k - 1].end + 30].split()
    return words[0] if words else ""


@rule("group", first=("before", "after"))
def before_after(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``قبل``/``بعد`` + a count: an offset from the DCT, a vague past (``قبل أيام``), a duration
    measured from an event (``بعد 48 ساعة من توقيعه``) or elapsed in the narrative, or a
    narrative offset (``قبل ذلك بيومين``, ``قبل توقيع الاتفاق بيوم``)."""
    if i + 1 >= g.n:
        return None
    tok = g.toks[i]
    sign = -1 if tok.has("before") else 1
    j = i + 1
    if g.adj(j):
        cu = count_patterns.count_unit(g, j, single=True, bare=True)
        if cu and sign > 0 and g.previous_word(tok.start) in LEXICON.not_after_before:
            return None  # العمل عن بعد يوم الثلاثاء: remotely, not a day after
        if cu and cu[1] is None:
            value = "PAST_REF" if sign < 0 else "FUTURE_REF"
            return [vague.unnumbered.make(i, cu[3], {"value": value, "unit": cu[0]})], cu[3]
        if cu:
            unit_name, n, mod, k = cu
            more, after = durations.smaller_parts(g, k, unit_name) if n is not None else ((), k)
            # قبل عقد من الزمن: "of time" after the count measures from no event
            timely = n is not None and LEXICON.time_nouns_re.match(g.text, g.toks[after - 1].end) is not None
            pos = None if timely else count_patterns.measured_from(g, after)
            if pos is None and not timely and n is not None and (unit_name in _YEARS or unit_name in _LONG_UNITS):
                # بعد 30 عاماً على اعتماد الاتفاقية: years after an event, whatever noun names it
                # (على before a place, 'على طريق المطار', follows days and hours, not years); weeks
                # and months too (rule measured_weeks: بعد ثمانية أسابيع على توسع الحرب)
                match = LEXICON.measure_re.match(g.text, g.toks[after - 1].end)
                pos = match.end() if match and match.group("plain") is None else None
                if pos is not None and unit_name in _LONG_UNITS and g.next_word(pos) in LEXICON.not_measured_after:
                    pos = None  # بعد أسبوعين على متن سفينة: no event named
            if pos is not None:
                return durations.measured_parses(g, i, after, pos, unit_name, n, mod, sign, more,
                                                 one=count_patterns.spelled_one(g, after - 1))
            if sign > 0 and n is not None and more and _next_word(g, after) in LEXICON.spent_verbs:
                # rule spent_compound: بعد تسع سنوات و11 شهرا أمضاها موقوفا: the stretch spent
                return [durations.count.make(j, after, {"unit": unit_name, "n": n, "mod": mod, "more": more})], after
            if sign > 0 and count_patterns.perfective_clause(g, i, k):
                # وبعد أقل من 24 ساعة، أعلنت ...: time elapsed since the day in play
                return [durations.elapsed.make(i, k, {"unit": unit_name, "n": n, "mod": mod, "sign": sign,
                                                      "conj": tok.coordinated, "of": "elapsed"})], k
            if sign > 0 and n is not None and (_next_word(g, k) in LEXICON.spent_verbs or (
                    unit_name in _YEARS and n * _YEARS[unit_name] >= _FAR_YEARS
                    and not count_patterns.future_clause(g, i, k))):
                # بعد 40 عاماً أمضاها في السجن: the stretch spent, not a date ahead; and
                # 'تغادر الاتحاد بعد 47 عاماً': decades ahead of the DCT with no future cue
                # is the stretch behind the event, not a date
                return [durations.count.make(j, k, {"unit": unit_name, "n": n, "mod": mod})], k
            if more:
                return [offset.make(i, after, {"unit": unit_name, "n": sign * n, "mod": mod, "anchor": "dct",
                                               "more": more})], after
            if g.role(k, "from") and g.role(k + 1, "vague") and g.toks[k + 1].get("vague") == "PRESENT_REF":
                k += 2  # بعد أسبوعين من الآن
            return [offset.make(i, k, {"unit": unit_name, "n": sign * n, "mod": mod, "anchor": "dct"})], k
        if g.toks[j].has("that") and g.adj(j + 1) and g.toks[j + 1].pre.endswith(LEXICON.measure_preps):
            cu = count_patterns.count_unit(g, j + 1, single=True, bare=True)
            if cu and cu[1] is None and cu[0] in ("minute", "hour"):
                # بعد ذلك بساعات: later the same day as the one in play
                return [narrative.later_that_day.make(i, cu[3], {"unit": "day", "shift": 0, "within": cu[0]})], cu[3]
            if cu and cu[1] is not None:
                unit_name, n, mod, k = cu
                return [narrative.offset_that.make(i, k, {"unit": unit_name, "n": sign * n, "mod": mod,
                                                          "anchor": "narrative"})], k
    if j < g.n and g.toks[j].pre.endswith(LEXICON.measure_preps) and not g.adj(j):
        gap = g.gap(j)
        if len(gap.split()) <= 4 and LEXICON.clause_re.search(gap) is None:
            cu = count_patterns.count_unit(g, j, single=True)
            if cu and cu[1] is not None and not g.next_word(g.toks[cu[3] - 1].end).startswith(LEXICON.article):
                # a vague count (بعدة أيام) is left to the duration rules; a day named by the
                # noun after it is no offset (بعد احتفالها بيوم التأسيس)
                unit_name, n, mod, k = cu
                return [narrative.offset_event.make(i, k, {"unit": unit_name, "n": sign * n, "mod": mod,
                                                           "anchor": "narrative"})], k
    return None


# call-time dependencies, imported last: these modules import this one
from . import count_patterns, durations, narrative, vague  # noqa: E402
