"""Clock times: ``الساعة السابعة مساءً``, ``الساعة 14:30 بتوقيت غرينتش``, ``التاسعة والنصف``,
``الخامسة إلا ربعا``, ``نحو الساعة الثالثة``, optionally on a day (``الساعة 7 صباح اليوم``);
a bare one takes the day in play (this or the previous sentence) or the DCT."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ...model import Timex
from .. import values as V
from ..engine import Parse, production, rule
from ..grammar import Grammar
from ..lexicon import LEXICON

_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?$")
# 7.30 is a clock time only after الساعة or before a part of the day (11.15 صباحا): else a decimal
_CLOCK_DOT = re.compile(r"(\d{1,2})\.(\d{2})$")


def resolve_clock(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex:
    day, anchor = ctx.clock_day(found, f.get("part"))
    if anchor == "dct" and "hour" not in f and LEXICON.parts.get(f.get("part"), {}).get("midnight") \
            and ctx.clause_verb(found) == "perfective":
        # rule midnight_behind: a midnight told in the past with no day of its own, in the
        # paper's day (اقتحمت القوات المخيم قرابة منتصف الليل), is the one that began that day
        day -= dt.timedelta(days=1)
    return V.day_timex(base, day, f, anchor)


def fraction_follows(g: Grammar, j: int) -> bool:
    """A clock fraction (والنصف, والربع, إلا ربعا) starts at token ``j``."""
    if g.role(j, "frac") and g.toks[j].coordinated:
        return True
    # الخامسة و نصف: apart from the conjunction only after an ordinal hour (خمسة و نصف is a count)
    if g.role(j, "and") and g.role(j + 1, "frac") and not g.toks[j + 1].pre and g.toks[j - 1].has("ord"):
        return True
    return g.role(j, "minus") and (g.role(j + 1, "frac") or _minutes_at(g, j + 1) is not None)


def _minutes_at(g: Grammar, j: int) -> tuple[int, int] | None:
    """A count of minutes at ``j`` (``عشرين دقيقة``, ``10 دقائق``, ``خمس دقائق``): (minutes, next)."""
    got = g.number(j, ordinal_ok=False) if j < g.n else None
    if not got or not 0 < got[0] < 60 or not g.role(got[1], "unit") or g.toks[got[1]].get("unit")[0] != "minute":
        return None
    return got[0], got[1] + 1


def clock_follows(g: Grammar, j: int) -> bool:
    """Minutes, a fraction, a part of day or a zone follows an hour word at token ``j``."""
    if fraction_follows(g, j) or g.role(j, "part") or g.role(j, "zone_word"):
        return True
    if g.role(j, "after") and g.adj(j + 1) and (g.toks[j + 1].get("part") or {}).get("midnight"):
        return True  # الثالثة بعد منتصف الليل (rule after_midnight)
    if (g.role(j, "from") or g.role(j, "of")) and g.role(j + 1, "part"):
        return True  # rule spoken_of_part: السبعة متاع الصباح، العشرة متاع الليل (Maghrebi 'of')
    if g.adj(j) and g.toks[j].coordinated:
        got = g.number(j, ordinal_ok=False)
        return bool(got) and g.role(got[1], "unit") and g.toks[got[1]].get("unit")[0] == "minute"
    return False


def coordinated_at(g: Grammar, j: int) -> int | None:
    """The token coordinated at ``j`` (``والنصف`` glued, or ``و نصف`` with the conjunction apart)."""
    if g.adj(j) and g.toks[j].coordinated:
        return j
    if g.role(j, "and") and g.adj(j + 1) and not g.toks[j + 1].coordinated:
        return j + 1
    return None


def hour_before_part(g: Grammar, j: int) -> bool:
    """A bare hour number at ``j`` directly before a part of the day (``5 صباحا``, ``3 بعد الظهر``),
    never after a document-number word (``الحلقة 5 مساء``)."""
    ct = g.toks[j]
    return (ct.num is not None and not ct.art and ct.num.isdigit() and len(ct.num) <= 2 and 1 <= int(ct.num) <= 12
            and g.role(j + 1, "part") and not g.toks[j + 1].pre and not g.toks[j + 1].has("not_bare")
            and g.previous_word(ct.start) not in LEXICON.number_nouns)


def hour_fraction_part(g: Grammar, j: int) -> bool:
    """A bare hour number at ``j``, a coordinated fraction, a part of the day (``3 ونصف عصرا``):
    without the part, ``3 ونصف`` is a count."""
    ct = g.toks[j]
    return (ct.num is not None and not ct.art and ct.num.isdigit() and len(ct.num) <= 2 and 1 <= int(ct.num) <= 12
            and g.role(j + 1, "frac") and g.toks[j + 1].coordinated and g.role(j + 2, "part")
            and not g.toks[j + 2].pre and not g.toks[j + 2].has("not_bare"))


def clock_fields(g: Grammar, i: int, said: bool = False,
                 unit_minutes: bool = False) -> tuple[dict[str, Any], int] | None:
    """The hour, minutes, part of day and zone of a clock time at token ``i`` (``said``: the
    context already says it is an hour, as the end of ``من الساعة 3 إلى 5``; ``unit_minutes``:
    a coordinated number is minutes only with ``دقيقة``, as in a range ``بين 10 و12``)."""
    if i >= g.n:
        return None
    tok = g.toks[i]
    j = i
    said_clock = said
    if tok.has("clock_word"):
        said_clock = True
        j = i + 1
        if not g.adj(j):
            return None
    ct = g.toks[j]
    cj = j
    hour = minute = second = None
    colon = _CLOCK.match(ct.num) if ct.num is not None else None
    if ct.num is not None and (not ct.art or said_clock or colon):  # الـ13:30: the article before a clock
        match = colon or _CLOCK_DOT.match(ct.num)
        if match:
            hour, minute = int(match.group(1)), int(match.group(2))
            if colon and colon.group(3):
                second = int(colon.group(3))
        elif (said_clock and ct.num.isdigit() and len(ct.num) <= 2 and int(ct.num) <= 24) \
                or hour_before_part(g, j) or hour_fraction_part(g, j):
            hour, minute = int(ct.num), 0
        j += 1
    elif (said_clock or (clock_follows(g, j + 1) and g.definite(j))) and (ct.has("ord") or ct.has("card")):
        # with no clock word an hour in words is written definite (الثالثة مساء): a bare number
        # before a part of the day counts people (وقتل خمسة مساء الأحد) or ranks them (راكب ثالث)
        value = ct.get("ord") or ct.get("card")
        if ct.has("ord") and g.adj(j + 1) and g.toks[j + 1].has("card") and g.toks[j + 1].get("card") == 10 \
                and not g.toks[j + 1].coordinated:  # الحادية عشرة is eleven; العاشرة وعشر دقائق 10:10
            value += 10
            j += 1
        if value <= 12:
            hour, minute = value, 0
        j += 1
    if hour is None or hour > 24 or minute is None or minute > 59 or (second or 0) > 59:
        return None
    # minutes: و45 دقيقة, والنصف, والربع, إلا ربعا
    if g.role(j, "minus") and g.role(j + 1, "frac"):
        minute = 60 - g.toks[j + 1].get("frac")
        hour = (hour - 1) % 24 or 12
        j += 2
    elif g.role(j, "minus") and _minutes_at(g, j + 1) and minute == 0:
        # الثالثة إلا عشر دقائق: ten minutes to three
        less, j = _minutes_at(g, j + 1)
        minute, hour = 60 - less, (hour - 1) % 24 or 12
    elif coordinated_at(g, j) is not None:
        j0, j = j, coordinated_at(g, j)
        nt = g.toks[j]
        if nt.has("frac"):
            minute, j = nt.get("frac"), j + 1
        else:
            got = g.number(j, ordinal_ok=False)
            unit = got is not None and g.role(got[1], "unit") and g.toks[got[1]].get("unit")[0] == "minute"
            if got and got[0] < 60 and (unit or not unit_minutes) and (unit or j == j0):
                minute, j = got[0], got[1] + unit
            else:
                j = j0
    fields: dict[str, Any] = {"hour": hour, "minute": minute}
    if second is not None:
        fields["second"] = second
    if g.adj(j) and (g.toks[j].has("part") or ((said_clock or _CLOCK.match(ct.num or "")) and g.toks[j].has("clock_part"))):
        # الساعة 5 المغرب: a prayer time names the part of the day only after a said clock (or
        # one written with a colon: 06:00 م)
        spec = g.toks[j].get("part") or g.toks[j].get("clock_part")
        fields.update(parts_of_day.part_fields(spec))
        fields["part_from"] = spec.get("from")
        j += 1
    elif (g.role(j, "from") or g.role(j, "of")) and g.role(j + 1, "part"):
        spec = g.toks[j + 1].get("part")
        fields.update(parts_of_day.part_fields(spec))
        fields["part_from"] = spec.get("from")
        j += 2
    j = zone_at(g, j, fields)
    if not said_clock and "zone" not in fields and "part" not in fields and _CLOCK.match(ct.num or "") is None \
            and not clock_follows(g, cj + 1):
        return None
    return fields, j


def zone_at(g: Grammar, j: int, fields: dict[str, Any]) -> int:
    """A zone at token ``j`` (``بتوقيت غرينتش``, ``GMT``) put into ``fields``; the token after it."""
    if g.role(j, "zone_word") and g.role(j + 1, "zone"):
        name, offset, tz = g.toks[j + 1].get("zone")
        fields["zone"] = name
        if offset:
            fields["utc_offset"] = offset
        if tz:
            fields["tz"] = tz
        return j + 2
    if g.role(j, "zone_abbr"):  # الساعة 10 GMT
        fields["zone"], fields["utc_offset"], _ = g.toks[j].get("zone")
        return j + 1
    return j


@production("clock", resolve=resolve_clock,
            examples=[("الساعة 14:30 بتوقيت غرينتش", "2020-10-01", "2020-10-01T14:30"),
                      ("وبدأ القصف عند الخامسة فجرا", "2020-10-01", "2020-10-01T05:00")])
def time() -> None:
    """A clock time alone: on the day in play, or the DCT."""


@rule("group", first=("qmod", "clock_word", "num", "ord", "card"),
      examples=[("الساعة السابعة من مساء يوم الأربعاء", "2020-10-01", "2020-09-30T19:00")])
def time_of_day(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """A clock time (``نحو``/``قرابة`` before it: APPROX), with a day after it when there is one."""
    tok = g.toks[i]
    start = i
    if tok.has("qmod") and g.adj(i + 1) and (g.toks[i + 1].has("clock_word") or g.toks[i + 1].has("ord")):
        start = i + 1
    ctok = g.toks[start]
    if not (ctok.has("clock_word") or (ctok.num is not None and ":" in ctok.num) or (
            (ctok.has("ord") or ctok.has("card") or (ctok.num is not None and _CLOCK_DOT.match(ctok.num)))
            and clock_follows(g, start + 1)) or hour_before_part(g, start) or hour_fraction_part(g, start)):
        return None
    got = clock_fields(g, start)
    if not got:
        return None
    fields, j = got
    if start != i:
        fields["mod"] = tok.get("qmod")
    after = _after_midnight(g, i, j, fields)
    if after:
        return after
    # الساعة السابعة من مساء يوم الأربعاء / الساعة 7 صباح اليوم
    k = j + 1 if g.role(j, "from") else j
    if g.adj(k, ","):
        date = deictic.date_at(g, k)
        if date and len(date[0]) == 1 and date[0][0].kind in ("deictic", "weekday", "calendar") \
                and (date[0][0].kind != "calendar" or "day" in date[0][0].fields):
            inner = date[0][0]
            fields = {**inner.fields, **fields}
            end = inner.j if "zone" in fields else zone_at(g, inner.j, fields)  # فجر الجمعة بتوقيت الإمارات
            return [inner.wrap(time_of_day, i=i, j=end, fields=fields)], end
    return [time.make(i, j, fields)], j


def _after_midnight(g: Grammar, i: int, j: int, fields: dict[str, Any]) -> tuple[list[Parse], int] | None:
    """Rule after_midnight: a small hour (1-11, no part of its own) then ``بعد منتصف ليل`` + a
    day (``الساعة الواحدة بعد منتصف ليل الجمعة``) is that hour on the next day: the midnight
    ending the day named opens it."""
    if "part" in fields or not 1 <= fields["hour"] <= 11 or not (g.role(j, "after") and g.adj(j + 1)):
        return None
    spec = g.toks[j + 1].get("part")
    if not spec or not spec.get("midnight"):
        return None
    date = parts_of_day.part_of_date(g, j + 1)
    if not date or len(date[0]) != 1 or date[0][0].fields.get("part") is None:
        # الثالثة بعد منتصف الليل alone: the night the day in play (or the tense) gives
        merged = {**fields, "after_midnight": parts_of_day.part_fields(spec)["part"]}
        return [after_midnight_in_play.make(i, j + 2, merged)], j + 2
    inner = date[0][0]
    merged = {**inner.fields, **fields, "eve": inner.fields.get("eve", 0) + 1}
    end = zone_at(g, inner.j, merged) if "zone" not in fields else inner.j
    return [inner.wrap(after_midnight, i=i, j=end, fields=merged)], end


@production("clock", examples=[("تبث القناة الصلاة عند الساعة الواحدة بعد منتصف ليل الجمعة", "2024-06-10",
                                "2024-06-15T01:00")])
def after_midnight() -> None:
    """``الساعة الواحدة بعد منتصف ليل الجمعة``: a small hour of the day after the one named
    (resolved by the day's own rule, moved a day)."""


def resolve_after_midnight(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex:
    """The small hour on the day after the one whose midnight the text is in (the midnight
    alone, read as ``منتصف الليل`` is)."""
    fields = {k: v for k, v in f.items() if k != "after_midnight"}
    midnight = resolve_clock(ctx, base, {"part": f["after_midnight"]}, found)
    day = dt.date.fromisoformat(midnight.value[:10]) + dt.timedelta(days=1)
    return V.day_timex(base, day, fields, midnight.anchor)


@production("clock", resolve=resolve_after_midnight,
            examples=[("وتمت السيطرة على الحريق في الثالثة بعد منتصف الليل", "2025-12-10", "2025-12-10T03:00")])
def after_midnight_in_play() -> None:
    """Rule ``after_midnight_in_play``: ``الثالثة بعد منتصف الليل`` with no day named: the small
    hour after the midnight the text is in (told in the past, the one the paper's day began with)."""


# call-time dependencies, imported last: these modules import this one
from . import deictic, parts_of_day  # noqa: E402
