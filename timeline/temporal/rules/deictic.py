"""Days named from the DCT: ``اليوم``, ``أمس``, ``غدا``, ``أول أمس``, ``الليلة``, weekdays with and
without a direction (``الخميس``, ``الخميس الماضي``, ``الأحد قبل الماضي``), a day word with its
weekday (``أمس الأربعاء``: the named weekday wins), and the ``date`` non-terminal every
family uses for "a day or a coarser date here"."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ...model import Timex
from .. import values as V
from ..engine import Choice, Parse, rule
from ..grammar import MONTH_ROLES, Grammar
from ..lexicon import LEXICON
from . import calendar

#: the rules of a weekday alone, or of its night or part (``ليلة الخميس على الجمعة``، ``مساء
#: السبت``), or of a clock on it (``الساعة 10 GMT يوم السبت``، ``الواحدة بعد منتصف ليل الجمعة``),
#: not of a range's end: what ``imperfect_weekday`` and the headline's echo read
ALONE = frozenset({"deictic.weekday", "parts_of_day.night_of_weekdays", "parts_of_day.part_of_date",
                   "clock.time_of_day", "clock.after_midnight"})


# -- resolution ------------------------------------------------------------------------------
def resolve_deictic(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex:
    day = ctx.dct.date() + dt.timedelta(days=f["offset"])
    return V.day_timex(base, day, f, "dct")


def resolve_weekday(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex:
    """The weekday ``shift`` weeks away; without one, the most recent on or before the DCT
    (the next on or after it under a future cue, or on or after a future day a coordinated
    clause carries over); a bare weekday beside a habitual adverb is every such day (SET)."""
    number, shift = f["weekday"], f.get("shift", 0)
    warnings: tuple[str, ...] = ()
    said = f.get("said")
    if shift == 0 and said is None and found.rule is weekday and ctx.habitual(found):
        # يذهب إلى السوق يوم الجمعة عادة: every Friday
        return attrs.evolve(base, type="SET", value=f"XXXX-WXX-{number + 1}",
                            extra={"quant": "EVERY", "weekday": number})
    if said is not None:
        expected = ctx.dct.date() + dt.timedelta(days=said)
        if expected.weekday() == number:
            return V.day_timex(base, expected, f, "dct")
        warnings = (f"weekday contradicts the day word: {expected.isoformat()} is not weekday {number}",)
        shift = -1 if said < 0 else (1 if said > 0 else 0)
    after = ctx.postponed(found) if shift == 0 and said is None else None
    if after is not None:
        # أرجئ الاجتماع الذي كان مقرراً أمس إلى الخميس: the first such weekday after the old date
        return V.day_timex(base, after + dt.timedelta(days=(number - after.weekday()) % 7 or 7), f, "dct", warnings)
    forward = ctx.future(found)
    in_play = ctx.weekday_in_play(found, number) if shift == 0 and said is None and not f.get("since") \
        and found.rule.name in ALONE else None
    if in_play is not None:
        # rule weekday_in_play: منتصف ليل الخميس after اعتبارا من الجمعة المقبل 25 أبريل is the
        # midnight opening that Friday; فجر الجمعة after يوم الجمعة 12 رجب 479هـ is that Friday
        return V.day_timex(base, in_play, f, "narrative", warnings)
    carried = ctx.carried_future(found) if shift == 0 and said is None and not forward else None
    if carried is not None:
        # يصل الخميس المقبل ويغادر الجمعة: the first such weekday on or after the day in play
        day = carried + dt.timedelta(days=(number - carried.weekday()) % 7)
        return V.day_timex(base, day, f, "narrative", warnings)
    if not forward and shift == 0 and said is None and not f.get("since") and found.rule.name in ALONE \
            and (ctx.imperfect_weekday(found) or ctx.decreed_from(found) or ctx.decreed_action(found)
                 or ctx.b_present(found) or ctx.quoted_plan(found)):
        # rules imperfect_weekday (يزور الرئيس باريس الثلاثاء, body text), decreed_from (قررت
        # ... إغلاق الحاجز اعتبارا من منتصف ليل الخميس) and decreed_action (قررت الحكومة اعتماد
        # نظام الحصة الواحدة يوم الجمعة، ...) and b_present_weekday («المعرض بيفتح يوم الخميس»)
        # and quoted_plan («وبكرا السبت منكمل، وليلة الأحد ما في نوم»)
        forward = True
    first = f.get("pair_first")
    if first is not None:
        # يومي الاثنين والثلاثاء: the second day follows the first, which is resolved as alone
        # (written on a Monday, today and tomorrow; not today and last Tuesday)
        day = ctx.weekday_date(first, shift, forward, ctx.nearest(found))
        day += dt.timedelta(days=(number - first) % 7 or 7)
        return V.day_timex(base, day, f, "dct", warnings)
    day = ctx.weekday_date(number, shift, forward, ctx.nearest(found))
    return V.day_timex(base, day, f, "dct", warnings)


# -- rules -------------------------------------------------------------------------------------
@rule("deictic", first=("deictic_part",), resolve=resolve_deictic,
      examples=[("ستعقد الجلسة الليلة", "2020-10-01", "2020-10-01TNI")])
def day_part(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A day word that names a part of it too: ``الليلة`` (tonight)."""
    tok = g.toks[i]
    if not tok.has("deictic_part"):
        return None
    if g.role(i + 1, "ord") or (g.role(i + 1, "dir") and g.toks[i + 1].get("dir") == "last"
                                and not g.toks[i + 1].pre):
        return None  # بطاقات الليلة الأولى: the first night of something, as اليوم الأول (rule day)
    offset, part = tok.get("deictic_part")
    if g.role(i + 1, "weekday", ",") and not g.toks[i + 1].coordinated:
        return {"offset": offset, "part": part}, i + 2  # ليلة أمس الأحد: its weekday said
    return {"offset": offset, "part": part}, i + 1


@rule("weekday", first=("deictic",), resolve=resolve_weekday,
      examples=[("وصل أمس الأربعاء", "2020-10-05", "2020-09-30")])
def said_weekday(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A day word with its weekday: ``أمس الأربعاء``, ``اليوم الأحد``."""
    tok = g.toks[i]
    if not tok.has("deictic") or g.role(i + 1, "ord") or not g.role(i + 1, "weekday", ",") \
            or g.toks[i + 1].coordinated:  # بين غد والجمعة: two days, not one
        return None
    return {"weekday": g.toks[i + 1].get("weekday"), "shift": 0, "said": tok.get("deictic")}, i + 2


@rule("deictic", first=("deictic",), resolve=resolve_deictic,
      examples=[("وصل الوفد أمس", "2020-10-01", "2020-09-30"), ("يصل الوفد بعد غد", "2020-10-01", "2020-10-03")])
def day(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``اليوم``, ``أمس``, ``غدا``, ``أول أمس``, ``بعد غد`` (not ``اليوم السابع``, a count, nor
    ``اليوم الأخير``, the last day of something)."""
    tok = g.toks[i]
    # rule day_before_bare_ordinal: an ordinal with the article counts days (اليوم الأول); one
    # without it starts a phrase of its own («وامبارح أول مرة يفضل شغال»: yesterday)
    if not tok.has("deictic") or (g.role(i + 1, "ord") and g.definite(i + 1)) or (
            g.role(i + 1, "dir") and g.toks[i + 1].get("dir") == "last" and not g.toks[i + 1].pre):
        return None
    if tok.has("deictic_strict") and not (g.adj(i + 1) and g.role(i + 1, "part") and g.definite(i + 1)) \
            and not _quoted_tomorrow(g, i):
        return None  # في وقت باكر (صباح الأحد): 'early', not tomorrow (باكر الصبح is)
    return {"offset": tok.get("deictic")}, i + 1


def _quoted_tomorrow(g: Grammar, i: int) -> bool:
    """Rule quoted_tomorrow: a strict day word alone inside a quotation is the day it names
    («بنشتريه باكر إن شاء الله»: tomorrow), unless it qualifies a noun of ``cues.json``
    ``early_heads`` before it («في وقت باكر»: early)."""
    tok = g.toks[i]
    if g.previous_word(tok.start) in LEXICON.early_heads:
        return False
    return g.doc.in_quote(g.doc.norm.span(tok.start, tok.start + 1)[0])


@rule("weekday", first=("weekday",), resolve=resolve_weekday,
      examples=[("قال الوزير الخميس", "2020-10-01", "2020-10-01"), ("وصل الخميس الماضي", "2020-10-01", "2020-09-24"),
                ("يصل الخميس المقبل", "2020-10-01", "2020-10-08")])
def weekday(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """A weekday, optionally ``الماضي``/``المقبل``/``قبل الماضي``; followed by a date it dates
    that date (``الأحد 5 أكتوبر``: the date, checked against the weekday)."""
    tok = g.toks[i]
    if not tok.has("weekday"):
        return None
    number = tok.get("weekday")
    j = i + 1
    shift = 0
    pair = relative.twice(g, j)
    if pair:
        shift, j = pair
    elif g.role(j, "dir"):
        direction = g.toks[j].get("dir")
        if direction in ("past", "last"):
            shift, j = -1, j + 1
        elif direction == "future":
            shift, j = 1, j + 1
        elif direction in ("current", "next"):
            j += 1
    if shift == 0 and j < g.n and g.toks[j].get("equivalent") is True and g.adj(j) and g.adj(j + 1):
        j += 1  # الخميس الموافق 12 مايو: the weekday names the date after it
    if shift == 0 and g.adj(j, ","):
        cal = calendar.calendar(g, j)
        if cal and len(cal[0]) == 1 and "day" in cal[0][0].fields:
            inner = cal[0][0]
            return [inner.wrap(inner.rule, i=i, j=cal[1], fields={**inner.fields, "weekday": number})], cal[1]
    return [weekday.make(i, j, {"weekday": number, "shift": shift})], j


@rule("calendar", first=("on_day",), resolve=calendar.resolve_calendar,
      examples=[("ويعقد المؤتمر يوم 15", "2020-10-04", "2020-10-15")])
def day_of_this_month(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``يوم 15``: a day number alone after يوم is a day of the current month."""
    got = g.day_number(i + 1)
    if got and g.toks[i + 1].num is not None:
        return {"day": got[0], "month_rel": "current"}, got[1]
    return None


#: the day rules tried after ``يوم`` + ...: an anaphor, a deictic part, a deictic day (with its
#: weekday), a weekday
#: what may stand between a date and الموافق (فاتح رمضان 1446، الموافق ...)
_PAIR_SEPS = chr(0x060C) + ","  # the Arabic comma and the Latin one
_DAYS = Choice(lambda: (narrative.day_anaphor, day_part, said_weekday, day, weekday))


def day_expr(g: Grammar, i: int) -> Parse | None:
    """A day at token ``i``: a deictic day, a weekday, ``اليوم التالي``, or ``يوم`` + a day or date."""
    if i >= g.n:
        return None
    tok = g.toks[i]
    if tok.has("on_day") and not tok.has("deictic") and g.adj(i + 1):
        inner = day_expr(g, i + 1)
        if inner:
            return inner.wrap(inner.rule, i=i)
        cal = calendar.calendar(g, i + 1)
        if cal and len(cal[0]) == 1 and "day" in cal[0][0].fields:
            inner = cal[0][0]
            return inner.wrap(inner.rule, i=i, j=cal[1])
        got = day_of_this_month(g, i)
        return got[0][0] if got else None
    got = _DAYS(g, i)
    return got[0][0] if got else None


@rule("weekday", first=("days_word",), resolve=resolve_weekday,
      examples=[("يومي السبت والأحد الماضيين", "2020-10-08", "2020-10-03")])
def weekday_pair(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``يومي السبت والأحد``: two weekdays, one production each."""
    if not (g.adj(i + 1) and g.toks[i + 1].has("weekday") and g.adj(i + 2) and g.toks[i + 2].has("weekday")):
        return None
    shift, end = 0, i + 3
    if g.role(end, "dir"):
        shift = {"past": -1, "last": -1, "future": 1}.get(g.toks[end].get("dir"), 0)
        end += 1
    first = weekday_pair.make(i, i + 2, {"weekday": g.toks[i + 1].get("weekday"), "shift": shift, "coordinated": 2})
    second = weekday_pair.make(i + 2, end, {"weekday": g.toks[i + 2].get("weekday"), "shift": shift,
                                            "coordinated": 2, "pair_first": g.toks[i + 1].get("weekday")})
    return [first, second], end


def date_at(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """Any day-or-coarser date at token ``i``: the productions and the next index."""
    found = day_expr(g, i)
    if found:
        fields, j = parts_of_day.with_time(g, found.fields, found.j)
        return [found.wrap(found.rule, j=j, fields=fields)], j
    tok = g.toks[i]
    if tok.has("days_word") and g.adj(i + 1):
        pair = weekday_pair(g, i)
        if pair:
            return pair
        cal = calendar.calendar(g, i + 1)
        if cal:
            items = list(cal[0])
            items[0] = items[0].wrap(items[0].rule, i=i)
            return items, cal[1]
        # يومي 10 و17 without a month: days of the current month
        return None
    cal = calendar.calendar(g, i)
    if cal:
        items = []
        end = cal[1]
        for p in cal[0]:
            if "day" in p.fields and p.j == end:
                fields, e2 = parts_of_day.with_time(g, p.fields, p.j)
                items.append(p.wrap(p.rule, j=e2, fields=fields))
                end = e2
            else:
                items.append(p)
        return items, end
    if tok.has("this") or tok.has("unit"):
        return relative.period(g, i)
    return None


@rule("group")
def date(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """Any day or coarser date (the ``date_at`` non-terminal) as a top-level expression; two
    dates joined by ``الموافق`` (one day in two calendars) are checked against each other."""
    got = date_at(g, i)
    if got is None:
        return None
    parses, j = got
    if len(parses) == 1 and "day" in parses[0].fields and g.role(j, "equivalent", _PAIR_SEPS) and g.adj(j + 1) \
            and (g.toks[j].get("equivalent") != "verb" or parses[0].fields.get("system") == "hijri"):
        other = date_at(g, j + 1)
        if other and len(other[0]) == 1 and "day" in other[0][0].fields:
            second = other[0][0]
            return [parses[0], second.wrap(hijri.equivalent, fields={**second.fields, "equivalent": True})], other[1]
    if len(parses) == 1 and "day" in parses[0].fields and i >= 2 \
            and g.toks[i - 1].get("equivalent") is True and g.adj(i) and g.adj(i - 1, _PAIR_SEPS) \
            and (g.toks[i - 2].num is not None or any(g.toks[i - 2].has(r) for r in MONTH_ROLES)):
        # rule equivalent_after: منذ فاتح رمضان 1446، الموافق ليوم الأحد 2 مارس 2025: the first date
        # was read by another rule (منذ), the second still names its day in the other calendar
        return [parses[0].wrap(hijri.equivalent, fields={**parses[0].fields, "equivalent": True})], j
    return got


# call-time dependencies, imported last: these modules import this one
from . import hijri, narrative, parts_of_day, relative  # noqa: E402
