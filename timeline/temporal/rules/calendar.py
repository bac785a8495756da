"""Gregorian calendar dates: day + month (+ year) in every naming system, coordinated days,
months, years with عام/سنة or an era mark, numeric dates, a bare year after a preposition.

Hijri months go through the same patterns; the productions whose calendar is Hijri are
named by :mod:`.hijri`.
"""

from __future__ import annotations

from typing import Any

from ..engine import Choice, Parse, rule
from ..grammar import DAY_ROLES, MONTH_ROLES, SPACE, Grammar
from ..lexicon import LEXICON
from ..numeric_dates import OPEN_BELOW, numeric_parse
from .calendar_resolution import nearest_year_shift, resolve_calendar

__all__ = ["nearest_year_shift", "resolve_calendar"]  # re-exported: the other families' resolution


# -- pattern vocabulary ------------------------------------------------------------------------
#: the words before a month name that is also an ordinary word and make it a month: a Gregorian
#: one after any preposition; a Hijri one (رمضان، رجب are also names) not after من/إلى/بين,
#: which stand before a person as often (نقلاً عن رمضان، من رجب)
_PREPOSITION_ROLES = {True: ("in", "since", "to", "between", "from", "before", "after", "fuzzy"),
                      False: ("in", "since", "before", "after", "fuzzy")}

def _homograph(g: Grammar, tok: Any) -> bool:
    """The token, as written (``بآب`` is August, ``باب`` a door), is an ordinary word."""
    norm = g.doc.norm
    start, end = norm.span(tok.start, tok.end)
    written = norm.original[start:end]
    if tok.coordinated:
        written = written[1:]
    return written in LEXICON.month_homographs


def month_ref(g: Grammar, i: int, context: bool) -> tuple[dict[str, Any], int] | None:
    """A month name (with paired forms) or ``الشهر`` + direction, at token ``i``."""
    if i >= g.n:
        return None
    tok = g.toks[i]
    if tok.has("month_word") and g.role(i + 1, "month"):
        got = month_ref(g, i + 1, True)
        if got:
            got[0]["month_word"] = True
        return got
    if tok.has("month"):
        if tok.pre and _homograph(g, tok):
            return None  # باب: a word, not ب + آب
        system, month = tok.get("month")
        needs = tok.has("month_ctx")
        j = i + 1
        # a bracket closing a paired name may stand before its direction: ديسمبر (كانون الأول) المقبل
        closing = ""
        # paired names: تشرين الأول/أكتوبر, أكتوبر (تشرين الأول)
        if j < g.n and g.toks[j].has("month") and g.toks[j].get("month")[1] == month:
            gap = g.gap(j)
            # a space alone pairs two Gregorian names too ("ديسمبر كانون الأول عام 2000"); a Hijri
            # month beside a Gregorian one of the same number is no pair without a mark
            if gap.strip(SPACE + "/()-") == "" and ("/" in gap or "(" in gap or "-" in gap or (
                    system == g.toks[j].get("month")[0] == "gregorian")):
                needs = False
                closing = ")" if "(" in gap else ""
                j += 1
        fields: dict[str, Any] = {"month": month, "system": system}
        if needs and not context and not tok.has("month_strict") and i > 0 and g.adj(i) and any(
                g.toks[i - 1].has(r) for r in _PREPOSITION_ROLES[system == "gregorian"]):
            needs = False
        if g.role(j, "dir", closing) and (g.toks[j].get("dir") in ("past", "future", "last", "next")
                                          or (g.toks[j].get("dir") == "current" and g.definite(j))):
            direction = g.toks[j].get("dir")
            # 5 مايو الجاري: the DCT's month, whatever year a story told before it (an adjective
            # with the article: 18 أكتوبر لدى عودتها is ل + the spoken دي, no "current")
            fields["month_dir"] = {"past": "past", "last": "past", "current": "current"}.get(direction, "future")
            needs = False
            j += 1
        if needs and not context:
            # a year or era right after the month name settles it
            if not (g.adj(j) and (g.year_number(j) or (system == "hijri" and g.int_at(j))
                                  or relative_year(g, j))):
                return None
            if g.toks[j].num and len(g.toks[j].num) == 4 and system == "gregorian" and g.adj(j + 1) \
                    and g.toks[j + 1].has("unit"):
                return None  # مارس 2000 جندي: a count, not a year
        return fields, j
    unit = tok.get("unit")
    if unit and unit[0] == "month" and unit[2] and unit[1] in (1, -1) and g.role(i + 1, "dir"):
        direction = g.toks[i + 1].get("dir")
        if direction == "past" and g.text[g.toks[i + 1].start:g.toks[i + 1].end] in LEXICON.previous_words:
            direction = "previous"  # rule previous_period: الشهر السابق, before the month in play
        if direction in ("current", "same", "past", "future", "next", "last", "previous"):
            return {"month_rel": direction}, i + 2
    return None


def relative_year(g: Grammar, i: int) -> tuple[int | str, int] | None:
    """``من العام الماضي``, ``العام الجاري``, ``من هذا العام`` after a month: (shift, next index)."""
    j = i + 1 if g.role(i, "from") else i
    if not g.adj(j) and j != i:
        return None
    per = relative.period_fields(g, j)
    if per and per[0]["unit"] == "year":
        return per[0]["shift"], per[1]
    return None


def year_after(g: Grammar, i: int, system: str) -> tuple[dict[str, Any], int]:
    """An optional year (with era mark) after a month; returns extra fields and next index."""
    if not g.adj(i, ",)") or i >= g.n:
        return {}, i
    rel = relative_year(g, i)
    if rel:
        return {"year_shift": rel[0]}, rel[1]
    j = i
    if g.toks[j].has("from") and g.role(j + 1, "year_word"):
        j += 1
    if g.toks[j].has("year_word") and g.adj(j + 1):
        j += 1
    value = g.int_at(j)
    tok = g.toks[j]
    if value is None and system == "gregorian" and tok.get("card") in (1000, 2000):
        # مارس ألفين وعشرين: a year spelled out after its month
        got = history.spelled_year_at(g, j)
        return ({"year": got[0]}, got[1]) if got else ({}, i)
    if value is None or len(tok.num) not in (4, 3):
        return {}, i
    fields: dict[str, Any] = {"year": value}
    j += 1
    if tok.era:  # era letter glued to the digits: 1445هـ, 1938م
        if tok.era in g.hijri_marks:
            fields["system"] = "hijri"
        elif system == "hijri":
            return ({"greg_year": value}, j) if 1600 < value <= 2100 else ({}, i)
    elif g.role(j, "hijri_era"):
        fields["system"] = "hijri"
        j += 1
    elif g.role(j, "greg_era"):
        if system == "hijri":
            return ({"greg_year": value}, j + 1) if 1600 < value <= 2100 else ({}, i)
        j += 1
    elif system == "hijri" and value > 1600:
        # رمضان 2019: the Hijri month that falls in that Gregorian year
        return ({"greg_year": value}, j) if value <= 2100 else ({}, i)
    return fields, j



def _days_of_month(g: Grammar, i: int) -> tuple[list[tuple[dict[str, Any], int, int]], int] | None:
    """Day(s) of a month at token ``i`` (``يومي الـ10 والـ17 من الشهر الجاري``), memoized."""
    key = ("days", i)
    if key in g.memo:
        return g.memo[key]
    g.memo[key] = got = _days_of_month_uncached(g, i)
    return got


def _days_of_month_uncached(g: Grammar, i: int) -> tuple[list[tuple[dict[str, Any], int, int]], int] | None:
    days = []
    j = i
    got = g.day_number(j)
    while got:
        days.append((got[0], j, got[1]))
        j = got[1]
        nxt = j
        if g.adj(nxt) and g.toks[nxt].has("and") and not g.toks[nxt].has("month") and g.adj(nxt + 1):
            nxt += 1
        elif not (g.adj(nxt) and g.toks[nxt].coordinated):
            break
        got = g.day_number(nxt)
        if got:
            j = nxt
    if not days:
        return None
    k = days[-1][2]
    after_from = g.role(k, "from")
    if after_from:
        k += 1
    if not g.adj(k):
        return None
    month = month_ref(g, k, True) or (month_in_play(g, k) if after_from else None)
    if not month and not after_from and k < g.n and g.toks[k].has("of_it") and g.adj(k) and (
            g.toks[i].has("ord") or i and g.adj(i) and any(
            g.toks[i - 1].has(r) for r in ("in", "on_day", "since", "until", "to"))):
        # في السادس منه: a day of the month in play ('3 منها' after a count is no day)
        month = {"month_rel": "same"}, k + 1
    if not month and not after_from and g.toks[k].get("dir") in ("current", "past", "future") \
            and g.toks[k - 1].num is not None and not g.toks[i].art and i and g.adj(i) \
            and any(g.toks[i - 1].has(r) for r in ("in", "on_day", "weekday", "since", "until", "to")):
        # في 18 الجاري، يوم 5 الماضي: a day of this month, the last or the next
        month = {"month_rel": g.toks[k].get("dir")}, k + 1
    if not month:
        return None
    fields, k = month
    year, k = year_after(g, k, fields.get("system", "gregorian"))
    fields.update(year)
    items = [({**fields, "day": d}, s, e) for d, s, e in days]
    if len(items) > 1:
        items = [(dict(f, coordinated=len(items)), s, e) for f, s, e in items]
        # the month words belong to the last day's record
        items[-1] = (items[-1][0], items[-1][1], k)
    else:
        items = [(items[0][0], i, k)]
    return items, k


def month_in_play(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``من الشهر`` (the month in play, else the DCT's) or ``من هذا الشهر`` after a day number."""
    this = g.role(i, "this") and g.adj(i + 1)
    j = i + 1 if this else i
    unit = g.toks[j].get("unit") if j < g.n else None
    if not (unit and unit[0] == "month" and unit[1] in (1, -1) and unit[2]):
        return None
    return {"month_rel": "current" if this else "same"}, j + 1


def _month(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    key = ("month", i)
    if key in g.memo:
        return g.memo[key]
    got = month_ref(g, i, False)
    if got and "month_rel" not in got[0]:
        fields, k = got
        year, k = year_after(g, k, fields["system"])
        fields.update(year)
        got = fields, k
    g.memo[key] = got
    return got


def _year(g: Grammar, i: int) -> tuple[list[tuple[dict[str, Any], int, int]], int] | None:
    tok = g.toks[i]
    if not (tok.has("year_word") and g.adj(i + 1)):
        return None
    # العام الهجري 1444: the era's adjective between the year word and its number
    named_era = (g.role(i + 1, "hijri_era") or g.role(i + 1, "hijri_century")) and g.adj(i + 2) \
        and g.toks[i + 2].num is not None
    at = i + 1 + named_era
    year = g.year_number(at)
    nt = g.toks[at]
    if named_era and not year and nt.num.isdecimal() and len(nt.num) <= 4 and not nt.art:
        year = int(nt.num), at + 1
    if not year and nt.num is not None and nt.num.isdecimal() and len(nt.num) <= 4 and not nt.art \
            and (nt.era in g.hijri_marks or g.role(i + 2, "hijri_era")):
        year = int(nt.num), i + 2  # سنة 64هـ: an early Hijri year
    if not year:
        return None
    fields: dict[str, Any] = {"year": year[0]}
    if nt.era in g.hijri_marks or named_era:
        fields["system"] = "hijri"
    k = year[1]
    if g.role(k, "greg_era"):
        k += 1
    elif g.role(k, "hijri_era"):
        fields["system"] = "hijri"
        k += 1
    elif not nt.era and year[0] < OPEN_BELOW:
        fields["open"] = True  # عام 1431: Hijri or Gregorian, by the DCT
    items = [(fields, i, k)]
    # عامي 2011 و2015
    while g.adj(k) and g.toks[k].coordinated and g.year_number(k):
        items.append(({"year": g.int_at(k)}, k, k + 1))
        k += 1
    return items, k


def year_era(g: Grammar, j: int) -> tuple[dict[str, Any], int]:
    """The calendar of the year token at ``j`` (its glued or following era mark), and the next index."""
    tok = g.toks[j]
    if tok.era in g.hijri_marks:
        return {"system": "hijri"}, j + 1
    if tok.era:
        return {}, j + 1
    if g.role(j + 1, "hijri_era"):
        return {"system": "hijri"}, j + 2
    if g.role(j + 1, "greg_era"):
        return {}, j + 2
    return ({"open": True} if (g.int_at(j) or 9999) < OPEN_BELOW else {}), j + 1


def _era_year(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    year = g.year_number(i)
    if not year:
        return None
    tok = g.toks[i]
    if tok.era:
        return ({"year": year[0], "system": "hijri"} if tok.era in g.hijri_marks else {"year": year[0]}), year[1]
    if g.adj(year[1]) and g.toks[year[1]].has("hijri_era"):
        return {"year": year[0], "system": "hijri"}, year[1] + 1
    if g.adj(year[1]) and g.toks[year[1]].has("greg_era"):
        return {"year": year[0]}, year[1] + 1
    return None


def _is_hijri(fields: dict[str, Any]) -> bool:
    return fields.get("system") == "hijri"


def day_month_parses(g: Grammar, i: int, want_hijri: bool, named: Any) -> tuple[list[Parse], int] | None:
    got = _days_of_month(g, i)
    if got is None or _is_hijri(got[0][0][0]) != want_hijri:
        return None
    items, k = got
    return [named.make(s, e, f) for f, s, e in items], k


def month_parse(g: Grammar, i: int, want_hijri: bool) -> tuple[dict[str, Any], int] | None:
    got = _month(g, i)
    if got is None or "month_rel" in got[0] or _is_hijri(got[0]) != want_hijri:
        return None
    return dict(got[0]), got[1]


def year_parses(g: Grammar, i: int, want_hijri: bool, named: Any) -> tuple[list[Parse], int] | None:
    got = _year(g, i)
    if got is None or _is_hijri(got[0][0][0]) != want_hijri:
        return None
    items, k = got
    return [named.make(s, e, f) for f, s, e in items], k


def era_year_fields(g: Grammar, i: int, want_hijri: bool) -> tuple[dict[str, Any], int] | None:
    got = _era_year(g, i)
    if got is None or _is_hijri(got[0]) != want_hijri:
        return None
    return got


# -- rules -----------------------------------------------------------------------------------
@rule("calendar", first=("num",), resolve=resolve_calendar,
      examples=[("وقع في 27/9/2020", "2020-10-01", "2020-09-27"), ("2020-09-27", "2020-10-01", "2020-09-27")])
def numeric_date(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A numeric date: day first (27/9/2020, 27-9-20, 27.9.2020), ISO (2020-09-27), a month
    (2015/3, 3-2015), a day-month after a preposition (في 22/4); Gregorian, or undecided when
    its year could be Hijri."""
    got = numeric_parse(g, i)
    if got is None or _is_hijri(got[0]):
        return None
    return got


@rule("calendar", first=DAY_ROLES, resolve=resolve_calendar,
      examples=[("وقعت الاشتباكات في 27 سبتمبر 2020", "2020-10-04", "2020-09-27"),
                ("في الرابع والعشرين من أيلول", "2020-10-01", "2020-09-24"),
                ("يومي الـ10 والـ17 من الشهر الجاري", "2020-10-22", "2020-10-10")])
def day_month(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """Day(s) of a Gregorian month (digits or ordinal words), optionally ``من``, a year, or a
    relative year (من العام الماضي); coordinated days give one production each."""
    return day_month_parses(g, i, False, day_month)


@rule("calendar", first=MONTH_ROLES, resolve=resolve_calendar,
      examples=[("تشرين الأول/أكتوبر 2019", "2020-10-01", "2019-10"), ("في أكتوبر", "2020-11-02", "2020-10")])
def month(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A Gregorian month name (paired forms, a direction, a year); names that are also common
    words need a context.  A bare month right after a noun naming an event (``history.json``
    ``event_name_nouns``: نصر أكتوبر، ثورة يناير) is that event's name, no date."""
    got = month_parse(g, i, False)
    if got is not None and i > 0 and g.adj(i) and g.toks[i - 1].has("event_noun") and got[1] == i + 1 \
            and not g.toks[i].coordinated:
        return None
    return got


@rule("calendar", first=("year_word",), resolve=resolve_calendar,
      examples=[("تأسست المجموعة عام 1992", "2020-10-04", "1992")])
def year(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``عام 1992``, ``العام 2019م``, coordinated ``عامي 2011 و2015``."""
    return year_parses(g, i, False, year)


@rule("calendar", first=("num",), resolve=resolve_calendar, examples=[("ولد 1938م في القاهرة", "2020-10-04", "1938")])
def era_year(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A year with a Gregorian era mark: ``1938م``, ``1938 ميلادي``."""
    return era_year_fields(g, i, False)


@rule("calendar", first=("in", "to", "until", "before", "after", "within", "from"), resolve=resolve_calendar,
      examples=[("وفي 2012 اندلعت احتجاجات", "2020-01-01", "2012"), ("بحلول 2030", "2020-01-01", "2030")])
def year_after_preposition(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """A bare year 1900-2100 after في/حتى/بحلول/قبل/بعد/خلال, or after من opened by a word of
    ``cues.json`` ``from_openers`` (اعتباراً من 2020), that is not a count; the years coordinated
    after it (``في 2020 و2021``) too."""
    if i + 1 >= g.n or g.toks[i + 1].num is None or not g.adj(i + 1):
        return None
    if g.toks[i].has("from") and not any(g.toks[i].has(r) for r in ("in", "to", "until", "before", "after", "within")) \
            and g.previous_word(g.toks[i].start) not in LEXICON.from_openers:
        return None
    value = g.bare_year(i + 1)
    if not value:
        return None
    out, k = [year_after_preposition.make(i + 1, i + 2, {"year": value})], i + 2
    while g.adj(k) and (value := g.coordinated_year(k)):  # في 2020 و2021: one production a year
        out.append(year_after_preposition.make(k, k + 1, {"year": value}))
        k += 1
    return out, k


#: the calendar non-terminal: day(s) of a month, a month, a year or a numeric date at a token
calendar = Choice(lambda: (numeric_date, hijri.numeric_date, day_month, hijri.day_month, relative.month, month, hijri.month,
                           year, hijri.year, era_year, hijri.era_year))


# call-time dependencies, imported last: these modules import this one
from . import hijri, history, relative  # noqa: E402
