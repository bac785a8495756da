"""The points of a range (``rules/ranges.py``): each pattern reads the begin and the end of one
shape of range after ``من``/``بين`` at token ``i`` (days of a month, numeric dates, months, years,
weekdays, day words, clock times, fuzzy parts) and returns the range's fields and the next
token; the range rule makes the parse.  A point is stored as (rule name, fields), read by the
rule that reads it alone."""

from __future__ import annotations

from typing import Any

from ..engine import Parse
from ..grammar import SPACE, Grammar, counted
from ..lexicon import LEXICON
from . import calendar

#: fields of a clock time, which a begin keeps as its own
_CLOCK_KEYS = frozenset({"hour", "minute", "mod"})
#: a range's fields and the token after it
Found = tuple[dict[str, Any], int]


def point(parse: Parse) -> tuple[str, tuple[tuple[str, Any], ...]]:
    """A point as the range stores it: its rule's name and its fields."""
    return parse.resolver.name, tuple(sorted(parse.fields.items()))


def count_follows(g: Grammar, j: int) -> bool:
    """A counted noun follows token ``j - 1`` (``من 2000 إلى 3000 جندي``)."""
    after = g.text[g.toks[j - 1].end:g.toks[j - 1].end + 24]
    words = after.split()
    return bool(words) and after[:1].isspace() and counted(words[0])


def _make(e: int, begin: Parse, end: Parse) -> Found:
    return {"begin": point(begin), "end": point(end)}, e


def connector(g: Grammar, i: int, j: int, seps: str = "") -> int | None:
    """The token after ``إلى``/``حتى``/``و`` at ``j`` (a glued و starts the end itself; after
    ``من``, so does a ``ل`` glued or apart: ``من 8 الصبح لـ 5 المسا``)."""
    opened = g.toks[i].has("from")
    if not g.adj(j, seps):
        if opened and 0 < j < g.n and g.gap(j).strip(SPACE + seps) in LEXICON.to_glued:
            return j
        return None
    nt = g.toks[j]
    if opened and nt.pre in LEXICON.to_glued or (opened and nt.pre == LEXICON.lam_article):
        return j
    if nt.has("to") or (nt.has("and") and g.toks[i].has("between")):
        return j + 1 if g.adj(j + 1) else None
    if nt.coordinated:
        return j
    return None


def _single(got: Found | None, need: str) -> Parse | None:
    if not got or len(got[0]) != 1 or need not in got[0][0].fields:
        return None
    return got[0][0]


def days(g: Grammar, i: int) -> Found | None:
    """``من 13 إلى 15 تموز``, ``بين 4 و22 من الشهر الجاري``, ``من (28) إبريل وحتى الثامن من مايو``,
    ``من 2 أكتوبر إلى 22 أكتوبر``: a day (its month, or the end's), then a full date."""
    if not g.adj(i + 1, "("):
        return None
    b = i + 1
    if g.toks[b].has("on_day") and g.role(b + 1, "weekday"):
        b += 1
    if g.toks[b].has("weekday") and g.adj(b + 1, ","):
        b += 1  # من الأحد 20 حتى الخميس 24 يونيو
    first = g.day_number(b) if b == i + 1 or g.toks[b].num is not None else None
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
    k = connector(g, i, j, ")")
    if k is None and not own and 0 < j < g.n and g.gap(j).strip(" ") == "-" and g.day_number(j):
        k = j  # من 1 - 5 يوليو
    if k is None:
        return None
    if b > i + 1:  # the end names its weekday too: الخميس 24 يونيو
        if g.toks[k].has("on_day") and g.role(k + 1, "weekday"):
            k += 1
        if g.toks[k].has("weekday") and g.adj(k + 1, ","):
            k += 1
    end = _single(calendar.calendar(g, k), "day")
    if end is None and own:
        now = now_end(g, k)  # من 3 أكتوبر حتى اليوم / الآن
        if now is not None:
            begin = calendar.day_month.make(i + 1, j, {**own[0], "day": first[0]})
            return _make(now.j, begin, now)
    if end is None or "coordinated" in end.fields:
        return None
    keep = {key: v for key, v in end.fields.items() if key not in ("day", "weekday", "edge_day")}
    fields = {**own[0], "day": first[0]} if own else {**keep, "day": first[0]}
    return _make(end.j, Parse(i + 1, j, "calendar", fields, end.rule, end.resolver), end)


def now_end(g: Grammar, k: int) -> Parse | None:
    """``اليوم`` or ``الآن`` as the end of a range: the publication day."""
    tok = g.toks[k]
    if tok.get("deictic") == 0 and not g.role(k + 1, "ord") or tok.get("vague") == "PRESENT_REF":
        return deictic.day.make(k, k + 1, {"offset": 0})
    return None


def weekdays(g: Grammar, i: int) -> Found | None:
    """``من الأحد إلى الثلاثاء`` (``المقبلين``/``الماضيين``), ``بين الاثنين والأربعاء``: the days
    of one week, resolved as the end's weekday is (the begin is the days before it)."""
    b = i + 2 if g.role(i + 1, "on_day") and g.adj(i + 2) else i + 1  # من يوم الأحد
    tok = g.toks[b]
    if not tok.has("weekday"):
        return None
    k = connector(g, i, b + 1)
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
    return {"weekdays": span, "end_weekday": tuple(sorted(fields.items()))}, e


def numeric(g: Grammar, i: int) -> Found | None:
    """``من 13/7 إلى 15/7``, ``بين 13/7 و15/7/2020``, ``من 1/9 إلى 3/9/1441هـ``: two numeric
    dates; a begin without a year takes the end's (and its calendar), a begin with a two-digit
    year and no mark the end's calendar."""
    tok = g.toks[i + 1]
    if tok.num is None or not any(c in tok.num for c in "/.-"):
        return None
    begin = _single(calendar.numeric_date(g, i + 1) or calendar.hijri.numeric_date(g, i + 1), "day")
    if begin is None or "open" in begin.fields:
        return None
    k = connector(g, i, begin.j)
    if k is None or g.toks[k].num is None:
        return None
    end = _single(calendar.numeric_date(g, k) or calendar.hijri.numeric_date(g, k), "day")
    if end is None or "open" in end.fields:
        return None
    fields = dict(begin.fields)
    if "year" not in fields and "short_year" not in fields and end.fields.get("system") == "hijri":
        fields.update(system="hijri", year=end.fields["year"] - (fields["month"] > end.fields["month"]))
    elif "short_year" in fields and "short_year" in end.fields and end.fields.get("system") == "hijri" \
            and not g.toks[begin.j - 1].era and not g.toks[begin.j - 1].has("greg_era"):
        fields["system"] = "hijri"  # من 1/6/45 إلى 29/7/45هـ: the end's mark dates both
    return _make(end.j, Parse(i + 1, begin.j, "calendar", fields, end.rule, end.resolver), end)


def day_words(g: Grammar, i: int) -> Found | None:
    """``بين غد والجمعة``, ``من غدا إلى الجمعة``, ``بين غدا وبعد غد``: a day word, then a later
    day word or the first such weekday after it."""
    tok = g.toks[i + 1]
    if not tok.has("deictic") or g.role(i + 2, "ord"):
        return None
    begin = deictic.day.make(i + 1, i + 2, {"offset": tok.get("deictic")})
    k = connector(g, i, i + 2)
    if k is None:
        return None
    end = g.toks[k]
    if end.has("deictic") and end.get("deictic") > tok.get("deictic") and not g.role(k + 1, "ord"):
        return _make(k + 1, begin, deictic.day.make(k, k + 1, {"offset": end.get("deictic")}))
    if end.has("on_day") and g.role(k + 1, "weekday"):
        k += 1
        end = g.toks[k]
    if end.has("weekday") and tok.get("deictic") >= 0:
        return {"begin": point(begin), "weekday_after": end.get("weekday")}, k + 1
    return None


def months(g: Grammar, i: int) -> Found | None:
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
    return _make(e, named.make(i + 1, j, fields1), named.make(k, e, fields2))


def fuzzy_parts(g: Grammar, i: int) -> Found | None:
    """``من أواخر أكتوبر حتى منتصف نوفمبر``, ``من مطلع 2019 إلى نهاية 2020``: a fuzzy part, then a
    fuzzy part or a date."""
    if not g.toks[i + 1].has("fuzzy"):
        return None
    got = fuzzy.fuzzy(g, i + 1)
    if not got or len(got[0]) != 1:
        return None
    begin = got[0][0]
    k = connector(g, i, got[1])
    if k is None:
        return None
    last = fuzzy.fuzzy(g, k) if g.toks[k].has("fuzzy") else calendar.calendar(g, k)
    if not last or len(last[0]) != 1 or last[0][0].kind not in ("calendar", "period"):
        return None
    return _make(last[1], begin, last[0][0])


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


def years(g: Grammar, i: int) -> Found | None:
    """``بين العامين 1910 و1912``, ``من عام 1990 إلى عام 2000``, ``بين 2010 و2015``."""
    first = _year_at(g, i + 1)
    if not first:
        return None
    k = connector(g, i, first[1])
    second = _year_at(g, k) if k is not None else None
    if not second or not first[0] < second[0] <= first[0] + 300 or count_follows(g, second[1]):
        return None
    e = second[1]
    begin_era, _ = calendar.year_era(g, first[1] - 1)
    end_era, e = calendar.year_era(g, e - 1)
    return _make(e, calendar.year.make(i + 1, first[1], {"year": first[0], **end_era, **begin_era}),
                 calendar.year.make(k, e, {"year": second[0], **end_era}))


def clocks(g: Grammar, i: int) -> Found | None:
    """``من الساعة الثالثة إلى الرابعة مساءً``, ``بين 10 و12 ظهراً``, ``من 9 صباحاً حتى 5 مساءً``."""
    said = g.toks[i + 1].has("clock_word")
    begin = clock.clock_fields(g, i + 1, unit_minutes=True) or clock.clock_fields(g, i + 1, True, True)
    if not begin:
        return None
    fields1, j = begin
    k = connector(g, i, j)
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
    return _make(end.j, Parse(i + 1, j, end.kind, fields, end.rule, end.resolver), end)


# call-time dependencies, imported last: these modules import ranges, which imports this one
from . import clock, deictic, fuzzy  # noqa: E402
