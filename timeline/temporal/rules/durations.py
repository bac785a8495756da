"""Durations: a count and a unit (``ثلاثة أشهر``, ``يومين``, ``48 ساعة``), ``لمدة``, ``خلال``/``في
غضون`` a count or a stretch (``خلال الأيام الأربعة الماضية``), a streak (``لليوم الرابع على
التوالي``), and a duration measured from an event (``بعد 48 ساعة من توقيعه``)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from ...model import Timex
from .. import values as V
from ..engine import Parse, production, rule
from ..grammar import SPACE, Grammar
from ..lexicon import LEXICON
from .count_patterns import count_unit, duration_noun


# -- resolution ------------------------------------------------------------------------------
def _value(unit: str, n: int | None) -> str:
    letter = LEXICON.unit_letter[unit]
    amount = "X" if n is None else str(n)
    return f"PT{amount}{letter[1:]}" if letter.startswith("T") else f"P{amount}{letter}"


def resolve_duration(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex:
    """A DURATION; anchored to the DCT with a direction (الماضية/المقبلة), to an event when
    measured, or read as "N ago" after a perfective verb (``أعلن منذ ثلاثة أيام``)."""
    unit, n = f["unit"], f.get("n")
    more = f.get("more", ())
    value = resolve_compound(ctx, base, {"parts": ((unit, n), *more)}, found).value if more else _value(unit, n)
    timex = attrs.evolve(base, type="DURATION", value=value, grain=more[-1][0] if more else unit, mod=f.get("mod"))
    if f.get("aspect") == "perfective":
        ago = relative.resolve_relative(ctx, base, {"unit": unit, "n": -n, "mod": f.get("mod"), "anchor": "dct",
                                                    "more": more}, found)
        return attrs.evolve(ago, extra={**dict(ago.extra), "duration": value, "since": True})
    if f.get("of") == "elapsed" and ctx.future(found):
        return relative.resolve_relative(ctx, base, {"unit": unit, "n": f["sign"] * n, "mod": f.get("mod"),
                                                     "anchor": "dct"}, found)
    if "sign" in f:
        measured = _measured_timex(ctx, timex, f, found)
        if measured.earliest is None and f.get("one"):
            # بعد يوم واحد من X with X dated nowhere: the offset from the DCT the count read
            # before rule unit_one (the events stage drops the clause's event on an undated
            # measured count: devdating15 k1); a dated X gives X's day plus one
            return relative.resolve_relative(ctx, base, {"unit": unit, "n": f["sign"] * n, "mod": f.get("mod"),
                                                         "anchor": "dct"}, found)
        return measured
    direction = f.get("direction")
    if direction is None and f.get("within") and n is not None and (ctx.future(found) or ctx.planned(found)
                                                                     or ctx.deadline(found)):
        direction = "future"  # rule within_ahead: أمهلت الوزارة المجموعات خلال 72 ساعة، وستعلن خلال يومين
    if n is None and direction in ("past", "future") and unit not in ("second", "minute", "hour"):
        return _few_back(ctx, timex, unit, direction)
    if n is None or direction is None:
        return timex
    begin, end = V.shifted(ctx.dct, unit, -n if direction == "past" else n)
    for smaller, count in more:
        # منذ سنة وثلاثة أشهر: the smaller units move the begin further back
        begin = V.shifted(begin, smaller, -count if direction == "past" else count)[0]
    if direction == "future":
        begin, end = end, begin
    extra = {"begin": V.render(begin, unit)}
    if f.get("since"):
        extra["since"] = True
    if unit in ("second", "minute", "hour"):
        earliest, latest = begin, end
    else:
        earliest, latest = V.span_bounds(begin.date(), end.date())
    return attrs.evolve(timex, earliest=earliest, latest=latest, anchor="dct", extra=extra)


#: the most units a plural without a count names: Arabic's plural of paucity (جمع القلة,
#: ``الأيام الماضية``) counts three to ten
_FEW = 10


def _few_back(ctx: Any, timex: Timex, unit: str, direction: str) -> Timex:
    """``خلال الأيام/الأسابيع/الأشهر الماضية`` (``المقبلة``): an interval ending (beginning) at
    the DCT, bounded by the most a plural without a count names; the value keeps ``PXD``."""
    far = V.shifted(ctx.dct, unit, -_FEW if direction == "past" else _FEW)[0].date()
    today = ctx.dct.date()
    earliest, latest = V.span_bounds(min(far, today), max(far, today))
    # a stretch up to now, like منذ أيام: it bounds what happened in it, it dates no one event
    extra = {"open": direction, "since": True} if direction == "past" else {"open": direction}
    return attrs.evolve(timex, earliest=earliest, latest=latest, anchor="dct", extra=extra)


def _from_event(timex: Timex, event: dt.date, unit: str, n: int) -> Timex:
    """``بعد يومين من الزلزال`` when the text dated the earthquake: the day that far from it (a
    count of hours in whole days)."""
    if unit in ("second", "minute", "hour"):
        seconds = n * {"hour": 3600, "minute": 60, "second": 1}[unit]
        unit, n = "day", int(seconds / (24 * 3600))
    day = V.shifted(dt.datetime.combine(event, dt.time()), unit, n)[0].date()
    dated = V.day_timex(attrs.evolve(timex, type="DATE"), day, {}, "narrative")
    return attrs.evolve(dated, extra={"duration": timex.value, "from_event": event.isoformat()})


def _measured_timex(ctx: Any, timex: Timex, f: dict[str, Any], found: Any) -> Timex:
    """``بعد/قبل N unit من X``: anchor the measured stretch when a day is known.

    A day stated just before in the same clause (``فجر أمس السبت، بعد يوم من موافقة المجلس``)
    dates the clause's own event, so X lies N units from it; otherwise a day given after
    ``من``, or the narrative day for a point event (``من توقيعه``), dates X.
    """
    n, unit, sign = f["n"], f["unit"], f["sign"]
    event = ctx.event_day(f["at"]) if "at" in f and n is not None else None
    if event is not None:
        return _from_event(timex, event, unit, sign * n)
    day = ctx.narrative.day
    if n is None or day is None:
        return timex
    between = ctx.norm.text[ctx.narrative.end:found.start] if ctx.narrative.end <= found.start else "x"
    origin = dt.datetime.combine(day, dt.time())
    if unit in ("second", "minute", "hour"):
        # the day in play has no hour: only whole days of the stretch move the other end
        seconds = n * {"hour": 3600, "minute": 60, "second": 1}[unit]
        unit, n = "day", seconds // (24 * 3600)
    if not f.get("conj") and between.strip(" \t,") == "":
        point = day
        other = V.shifted(origin, unit, -sign * n)[0].date()
    elif f.get("of") == "date" or (
            f.get("of") in ("point", "elapsed") and ctx.sentence_of(found.start) - ctx.narrative.sentence <= 1):
        other = day
        point = V.shifted(origin, unit, sign * n)[0].date()
    else:
        return timex
    begin, end = min(point, other), max(point, other)
    extra = {"begin": begin.isoformat(), "end": end.isoformat(), "point": point.isoformat()}
    if f.get("of") in ("elapsed", "point") and other == day and f.get("mod") is None \
            and (point <= ctx.dct.date() or ctx.future(found)):
        # وأعلنت النتائج بعد خمسة أيام: the clause's event happened that far from the day in
        # play, on one day, not over the stretch (بعد أكثر من يومين keeps the stretch, and so
        # does a day past the DCT in a clause told in the past: اختتمت أمس بعد أسبوع حافل);
        # so from a point event the text dated there (rule measured_point: ووقع الاتفاق في
        # الـ22 من تموز، وتعرض الميناء بعد يوم من التوقيع لضربة: the 23rd)
        earliest, latest = V.span_bounds(point, point)
    else:
        earliest, latest = V.span_bounds(begin, end)
    return attrs.evolve(timex, earliest=earliest, latest=latest, anchor="narrative", extra=extra)


def resolve_streak(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex:
    return attrs.evolve(base, type="DURATION", value=f"P{f['n']}{LEXICON.unit_letter[f['unit']]}", grain=f["unit"])


# -- rules -------------------------------------------------------------------------------------
@production("duration", resolve=resolve_duration,
            examples=[("ودخل حيز التنفيذ بعد 48 ساعة من توقيعه", "2020-10-04", "PT48H")])
def measured() -> None:
    """``بعد/قبل N وحدة من X``: a stretch measured from an event or a day."""


@production("duration", resolve=resolve_duration,
            examples=[("وصل الوفد يوم 3 أكتوبر، وبعد يومين أعلن الاتفاق", "2020-10-10", "P2D")])
def elapsed() -> None:
    """``وبعد يومين أعلن``: time elapsed since the day in play (a date ahead of the DCT in a
    future clause)."""


def measured_parses(g: Grammar, i: int, k: int, pos: int, unit: str, n: int, mod: str | None,
                    sign: int, more: tuple[tuple[str, int], ...] = (), one: bool = False) -> tuple[list[Parse], int]:
    """``بعد 48 ساعة من توقيعه``: a DURATION measured from an event (the count ends before
    token ``k``; ``من``/``على`` ends at text offset ``pos``).

    When a day follows ``من`` it is produced first, so the resolution anchors the duration to
    it; a point-event noun (توقيع، إعلان) lets it use the narrative day instead.
    """
    fields: dict[str, Any] = {"unit": unit, "n": n, "mod": mod, "sign": sign, "conj": g.toks[i].coordinated}
    if more:  # بعد أسبوع ونصف من الحادث: the value counts the parts, the anchoring whole units
        fields["more"] = more
    if one:  # بعد يوم واحد من: rule unit_one
        fields["one"] = True
    while pos < len(g.text) and g.text[pos] in SPACE:
        pos += 1
    m = k
    while m < g.n and g.toks[m].start < pos:
        m += 1
    if m < g.n and g.toks[m].start == pos:
        date = deictic.date_at(g, m)
        if date and len(date[0]) == 1 and date[0][0].kind in ("deictic", "weekday", "calendar") \
                and (date[0][0].kind != "calendar" or "day" in date[0][0].fields):
            inner = date[0][0]
            return [inner, measured.make(i, k, {**fields, "of": "date"})], inner.j
    if LEXICON.punctual_re.match(g.text, pos):
        fields["of"] = "point"
    fields["at"] = pos  # the event's noun, dated from the text when it was
    return [measured.make(i, k, fields)], k


@rule("streak", first=("unit",), resolve=resolve_streak,
      examples=[("تقدمت القوات لليوم الرابع على التوالي", "2020-10-04", "P4D")])
def streak(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``لليوم الرابع على التوالي``: the n-th consecutive day (a duration of n days)."""
    unit = g.toks[i].get("unit")
    if unit and unit[2] and unit[1] in (1, -1) and g.adj(i + 1) and g.toks[i + 1].has("ord") \
            and g.role(i + 2, "consecutive"):
        return {"unit": unit[0], "n": g.toks[i + 1].get("ord")}, i + 3
    return None


@rule("duration", first=("within",), resolve=resolve_duration,
      examples=[("خلال الأيام الأربعة الماضية", "2020-10-01", "P4D"), ("في غضون ساعتين", "2020-10-01", "PT2H")])
def within(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``خلال/في غضون/على مدى`` + a stretch (``الأيام الأربعة الماضية``) or a count."""
    if not g.adj(i + 1):
        return None
    dn = duration_noun(g, i + 1)
    if dn and year_parts.months_of_year(g, i + 1):
        return None  # خلال الأشهر التسعة الأولى من 2020: months of a year, read at the next token
    if dn:
        return dn[0], dn[1]
    cu = count_unit(g, i + 1, single=False)
    if cu:
        unit_name, n, mod, j = cu
        fields = {"unit": unit_name, "n": n, "mod": mod, "within": True}
        if g.adj(j) and g.role(j, "dir") and g.toks[j].get("dir") in ("past", "future"):
            fields["direction"] = g.toks[j].get("dir")  # خلال 48 ساعة المقبلة
            j += 1
        return fields, j
    return None


@rule("duration", first=("for",), resolve=resolve_duration,
      examples=[("لمدة شهرين", "2020-10-01", "P2M"), ("لمدة سنتين وثلاثة أشهر", "2020-10-01", "P2Y3M")])
def for_count(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``لمدة/لفترة`` + a count, or counts of ever smaller units (``لمدة سنتين وثلاثة أشهر``)."""
    if not g.adj(i + 1):
        return None
    cu = count_unit(g, i + 1, single=True)
    if cu:
        unit_name, n, mod, j = cu
        if n is not None and g.adj(j) and g.toks[j].coordinated:
            more, k = smaller_parts(g, j, unit_name)
            if more:
                return [compound.make(i, k, {"parts": ((unit_name, n), *more), "mod": mod}).wrap(for_count)], k
        return {"unit": unit_name, "n": n, "mod": mod}, j
    return None


@rule("duration", first=("num", "unit"), resolve=resolve_duration,
      examples=[("الساعات الـ48 الماضية", "2020-10-01", "PT48H"), ("الأيام الأربعة", "2020-10-01", "P4D")])
def stretch(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A definite stretch: ``الأيام الأربعة``, ``الساعات الـ48 الماضية``, ``العامين الماضيين``."""
    dn = duration_noun(g, i)
    unit = g.toks[i].get("unit")
    if dn and unit and unit[1:] == (2, True) and dn[0]["direction"] is None:
        return None  # a bare definite dual (العامان) is a duration only after خلال/منذ/... or with الماضيين
    return dn


@rule("duration", first=("qmod", "unit", "num", "card", "tens", "few"), resolve=resolve_duration,
      examples=[("وفرضت السلطات حظر التجول ثلاثة أشهر", "2020-10-01", "P3M"), ("ساعتين", "2020-10-01", "PT2H")])
def count(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A count and a unit: ``ثلاثة أشهر``, ``48 ساعة``, ``يومين``, ``بضعة أيام``; not the number
    of a law or decree (``القانون رقم 198 لسنة 2017``)."""
    if g.toks[i].num is not None and g.previous_word(g.toks[i].start) in LEXICON.number_nouns:
        return None
    cu = count_unit(g, i, single=False)
    if cu:
        unit_name, n, mod, j = cu
        return {"unit": unit_name, "n": n, "mod": mod}, j
    return None



#: the letters of a word before the punctuation glued to it
_WORD = re.compile(r"\w+")


@rule("duration", first=("unit",), resolve=resolve_duration,
      examples=[("وتأجل المعرض عاماً كاملاً", "2021-09-30", "P1Y")])
def whole_unit(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A unit in the accusative with no number before an adjective of wholeness (``units.json``
    ``whole``): ``عاماً كاملاً``, ``شهراً كاملاً``: one unit."""
    unit = g.toks[i].get("unit")
    if not unit or unit[1] != -1 or g.toks[i].pre or g.toks[i].art:
        return None
    if i and g.adj(i) and (g.toks[i - 1].num is not None or g.toks[i - 1].has("card") or g.toks[i - 1].has("tens")):
        return None
    word = _WORD.match(g.next_word(g.toks[i].end))
    if word is None or word.group() not in LEXICON.whole_words:
        return None
    return {"unit": unit[0], "n": 1, "mod": None}, i + 1


@rule("duration", first=("unit",), resolve=resolve_duration,
      examples=[("بعد انتهاء مهلة الشهرين التي منحتها لهم", "2025-01-14", "P2M")])
def dual_span(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A definite dual unit after a noun of a stretch in the construct state (``units.json``
    ``span_nouns``): ``مهلة الشهرين``, ``هدنة اليومين``: two units."""
    unit = g.toks[i].get("unit")
    if not unit or unit[1] != 2 or not unit[2] or g.toks[i].pre or g.role(i + 1, "dir"):
        return None
    word = g.previous_word(g.toks[i].start)
    if word not in LEXICON.span_nouns and word[1:] not in LEXICON.span_nouns:
        return None  # ومهلة، بمهلة: a conjunction or preposition glued on
    return {"unit": unit[0], "n": 2, "mod": None}, i + 1


#: TIMEX3 order of the units of a compound duration, largest first
_RANK = ("century", "decade", "year", "month", "week", "day", "hour", "minute", "second")


def resolve_compound(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex:
    """``شهر و21 يوماً`` P1M21D, ``سنتين وثلاثة أشهر`` P2Y3M, ``ساعة ونصف`` PT1H30M (weeks in
    days when mixed: ISO 8601 writes no week beside other units)."""
    parts = dict(f["parts"])
    if len(parts) > 1 and "week" in parts:
        parts["day"] = parts.get("day", 0) + 7 * parts.pop("week")
    years = parts.pop("century", 0) * 100 + parts.pop("decade", 0) * 10 + parts.pop("year", 0)
    date = "".join(f"{n}{letter}" for n, letter in ((years, "Y"), (parts.get("month", 0), "M"),
                                                    (parts.get("week", 0), "W"), (parts.get("day", 0), "D")) if n)
    time = "".join(f"{n}{letter}" for n, letter in ((parts.get("hour", 0), "H"), (parts.get("minute", 0), "M"),
                                                    (parts.get("second", 0), "S")) if n)
    value = "P" + date + (f"T{time}" if time else "")
    return attrs.evolve(base, type="DURATION", value=value, grain=f["parts"][-1][0], mod=f.get("mod"))


@rule("duration", first=("qmod", "unit", "num", "card", "tens", "few"), resolve=resolve_compound,
      examples=[("استمر الحصار شهر و21 يوماً", "2020-06-10", "P1M21D"),
                ("سنتين وثلاثة أشهر", "2020-06-10", "P2Y3M"), ("ساعة ونصف", "2020-06-10", "PT1H30M")])
def compound(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """Counts of ever smaller units joined by ``و`` (a half or quarter of the last unit too)."""
    toks, n = g.toks, g.n
    if not ((i + 1 < n and toks[i + 1].coordinated) or (i + 2 < n and toks[i + 2].coordinated)
            or (i + 3 < n and toks[i + 3].coordinated)):
        return None  # no و within reach: the common case, decided without reading a count
    first = count_unit(g, i, single=True)
    if not first or first[1] is None:
        return None
    unit, n, mod, j = first
    more, j = smaller_parts(g, j, unit)
    if not more:
        return None
    return {"parts": ((unit, n), *more), "mod": mod}, j


def smaller_parts(g: Grammar, j: int, unit: str) -> tuple[tuple[tuple[str, int], ...], int]:
    """Coordinated counts of ever smaller units after a count of ``unit`` at token ``j`` (a half
    or quarter of the last one too): the parts and the next index."""
    parts = [(unit, 0)]
    while g.adj(j) and g.toks[j].coordinated:
        tok = g.toks[j]
        if tok.has("frac") and not tok.has("unit") and parts[-1][0] in _PARTS:
            fraction = _fraction_parts(parts[-1][0], tok.get("frac"))
            if fraction is None or _RANK.index(fraction[0][0]) <= _RANK.index(parts[-1][0]):
                break
            parts.extend(fraction)
            j += 1
            break
        got = count_unit(g, j, single=True)
        if not got or got[1] is None or _RANK.index(got[0]) <= _RANK.index(parts[-1][0]):
            break
        parts.append((got[0], got[1]))
        j = got[3]
    return tuple(parts[1:]), j


#: how many of the next smaller unit a whole unit holds, for fractions (نصف ساعة: 30 minutes)
_PARTS = {"century": ("year", 100), "decade": ("year", 10), "year": ("month", 12), "month": ("day", 30), "week": ("day", 7),
          "day": ("hour", 24), "hour": ("minute", 60), "minute": ("second", 60)}


def _fraction_parts(unit: str, sixtieths: int) -> tuple[tuple[str, int], ...] | None:
    """A fraction (in sixtieths) of one ``unit`` as whole smaller units: half a week is 3 days
    and 12 hours; ``None`` when no smaller unit holds it whole."""
    out = []
    while sixtieths and unit in _PARTS:
        unit, size = _PARTS[unit]
        whole, sixtieths = divmod(size * sixtieths, 60)
        if whole:
            out.append((unit, whole))
    return tuple(out) if out and not sixtieths else None


@rule("duration", first=("frac",), resolve=resolve_duration,
      examples=[("خلال نصف ساعة", "2016-11-07", "PT30M"), ("منذ ربع قرن", "2016-11-07", "P25Y")])
def fraction(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A fraction of a unit (``ربع قرن``, ``نصف ساعة``, ``نصف عام``) in the next smaller unit,
    when it is a whole number of them."""
    unit = g.toks[i + 1].get("unit") if g.adj(i + 1) else None
    if not unit or unit[2] or unit[1] not in (1, -1) or unit[0] not in _PARTS:
        return None
    smaller, size = _PARTS[unit[0]]
    amount = size * g.toks[i].get("frac")
    if amount % 60:
        return None
    return {"unit": smaller, "n": amount // 60, "mod": None}, i + 2


# call-time dependencies, imported last: these modules import this one
from . import deictic, relative, year_parts  # noqa: E402
