"""History: decades (``السبعينيات``, ``تسعينيات القرن الماضي``: value ``197X``), centuries (``القرن
التاسع عشر``, ``القرن الـ21``: value ``18``, ``20``), millennia (``الألفية الثالثة``: ``2``), years,
centuries and millennia before Christ (``عام 332 ق.م``: ``BC0332``, no interval), a year in
brackets (``(1949)``), and a year spelled out (``ألفين وثمانية عشر``, ``عام ألف وتسعمائة وتسعين``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ...document import CLITICS
from ...model import Timex
from .. import hijri
from .. import values as V
from ..engine import rule
from ..grammar import Grammar, counted
from ..lexicon import LEXICON
from . import calendar


def resolve_anniversary(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """The DCT's day and month in the year named, or ``years_ago`` years before (29 February
    in a common year: the 28th)."""
    today = ctx.dct.date()
    year = f["year"] if "year" in f else today.year - f["years_ago"]
    if not 1 <= year <= 9999:
        return None
    day = dt.date(year, today.month, min(today.day, V.month_last(year, today.month).day))
    return V.day_timex(base, day, {}, "dct")


@rule("calendar", first=("anniversary",), resolve=resolve_anniversary,
      examples=[("في مثل هذا اليوم من عام 1967", "2021-06-05", "1967-06-05"),
                ("في مثل هذا اليوم قبل 20 عاما", "2021-06-05", "2001-06-05")])
def anniversary(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``في مثل هذا اليوم من عام 1967`` (``قبل 20 عاما``): this day of another year; without
    a year, nothing."""
    year, k = calendar.year_after(g, i + 1, "gregorian")
    if "year" in year and year.get("system", "gregorian") == "gregorian":
        return {"year": year["year"]}, k
    if isinstance(year.get("year_shift"), int) and year["year_shift"] < 0:  # من العام الماضي
        return {"years_ago": -year["year_shift"]}, k
    if g.role(i + 1, "before") and g.adj(i + 2):
        cu = count_patterns.count_unit(g, i + 2, single=True)
        if cu and cu[0] == "year" and cu[1]:
            return {"years_ago": cu[1]}, cu[3]
    return None


def _century_start(ctx: Any, f: dict[str, Any]) -> int | None:
    if "century" in f:
        return (f["century"] - 1) * 100
    if "century_shift" in f:
        return (ctx.dct.year // 100 + f["century_shift"]) * 100
    return None


def resolve_decade(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """The decade in the century named, or the latest such decade begun by the DCT."""
    century = _century_start(ctx, f)
    if century is None:
        century = (ctx.dct.year // 100) * 100
        if century + 10 * f["decade"] > ctx.dct.year:
            century -= 100
    start = century + 10 * f["decade"]
    if not 1 <= start <= 9990:
        return None
    return V.years_timex(attrs.evolve(base, anchor="dct" if "century" not in f else None), start, 10,
                         f"{start // 10:03d}X", "decade", f.get("mod"), f.get("half"))


def before_christ(base: Timex, value: str, grain: str, mod: str | None = None) -> Timex:
    """A year, century or millennium before Christ: its TIMEX3 value (``BC0332``, ``BC03``,
    ``BC2``) and grain; no interval, since the records' dates begin at year 1."""
    return attrs.evolve(base, value=f"BC{value}", earliest=None, latest=None, grain=grain, mod=mod)


def resolve_century(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    if f.get("bc"):
        return before_christ(base, f"{f['century'] - 1:02d}", "century", f.get("mod"))
    if f.get("hijri"):
        return _hijri_century(base, f["century"], f.get("mod"))
    start = _century_start(ctx, f)
    if start is None or not 0 <= start <= 9900:
        return None
    return V.years_timex(base, start, 100, f"{start // 100:02d}", "century", f.get("mod"), f.get("half"))


def _hijri_century(base: Timex, century: int, mod: str | None) -> Timex | None:
    """A century of the Hijri era (AH 500-599 for the sixth), a fuzzy part its third: its
    Gregorian days; the value is the Gregorian century holding most of them."""
    first, last = (century - 1) * 100, (century - 1) * 100 + 99
    if mod == "START":
        last = first + 33
    elif mod == "MID":
        first, last = first + 34, first + 66
    elif mod == "END":
        first = first + 67
    begin, end = hijri.year_span(max(first, 1)), hijri.year_span(last)
    if begin is None or end is None:
        return None
    middle = begin[0] + (end[1] - begin[0]) / 2
    earliest, latest = V.span_bounds(begin[0], end[1])
    warnings = (hijri.TABULAR_WARNING,) if hijri.tabular(max(first, 1)) else ()
    return attrs.evolve(base, value=f"{middle.year // 100:02d}", earliest=earliest, latest=latest, grain="century",
                        mod=mod, warnings=(*base.warnings, *warnings))


def _century(g: Grammar, i: int, directions: bool = True) -> tuple[dict[str, Any], int] | None:
    """``القرن التاسع عشر``, ``القرن العشرين``, ``القرن الـ21``, ``القرن الماضي``: (fields, next)."""
    unit = g.toks[i].get("unit")
    if not (unit and unit[0] == "century" and unit[1] in (1, -1) and unit[2] and g.adj(i + 1)):
        return None
    nt = g.toks[i + 1]
    if directions and nt.has("dir") and nt.get("dir") in ("past", "last", "current", "future"):
        return {"century_shift": {"past": -1, "last": -1, "current": 0, "future": 1}[nt.get("dir")]}, i + 2
    if nt.num is not None and not nt.art and not nt.pre:
        return None  # القرن 19 reads as a century only with the article: القرن الـ19
    got = g.number(i + 1)
    if got and 1 <= got[0] <= 30 and not g.role(got[1], "unit"):
        if g.role(got[1], "hijri_century"):
            return {"century": got[0], "hijri": True}, got[1] + 1  # القرن السادس الهجري
        if g.role(got[1], "bc_era"):
            return {"century": got[0], "bc": True}, got[1] + 1  # القرن الرابع قبل الميلاد
        return {"century": got[0]}, got[1]
    return None


def resolve_millennium(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """A millennium by its ordinal (the third: 2000-2999, value ``2``), or before Christ."""
    if f.get("bc"):
        return before_christ(base, str(f["millennium"] - 1), "millennium", f.get("mod"))
    start = (f["millennium"] - 1) * 1000
    return V.years_timex(base, start, 1000, str(f["millennium"] - 1), "millennium", f.get("mod"))


@rule("millennium", first=("millennium_word",), resolve=resolve_millennium,
      examples=[("شهدت الألفية الثالثة تحولات كبرى", "2016-11-07", "2"),
                ("قطع تعود إلى الألفية الثالثة قبل الميلاد", "2016-11-07", "BC2")])
def millennium(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``الألفية الثالثة``, ``الألفية الأولى قبل الميلاد``: a millennium by its ordinal (1-10)."""
    got = g.number(i + 1) if g.adj(i + 1) and g.toks[i + 1].num is None else None
    if not got or not 1 <= got[0] <= 10 or not got[2]:
        return None
    if g.role(got[1], "bc_era"):
        return {"millennium": got[0], "bc": True}, got[1] + 1
    return {"millennium": got[0]}, got[1]


def resolve_bc_year(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex:
    return before_christ(base, f"{f['year']:04d}", "year")


@rule("bc_year", first=("year_word", "num"), resolve=resolve_bc_year,
      examples=[("نحت التمثال عام 332 ق.م", "2016-11-07", "BC0332"),
                ("في عام 500 قبل الميلاد", "2016-11-07", "BC0500")])
def bc_year(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A year before Christ: its digits (after ``عام``/``سنة`` or alone), then ``ق.م`` or
    ``قبل الميلاد`` (``history.json`` ``before_christ``)."""
    j = i + 1 if g.toks[i].has("year_word") and g.adj(i + 1) else i
    tok = g.toks[j] if j < g.n else None
    if tok is None or tok.num is None or not tok.num.isdigit() or len(tok.num) > 4 or tok.era:
        return None
    year = int(tok.num)
    if not 1 <= year <= 9999 or not (g.adj(j + 1) and g.role(j + 1, "bc_era")):
        return None
    return {"year": year}, j + 2


@rule("decade", first=("decade_name", "decade_word"), resolve=resolve_decade,
      examples=[("في السبعينيات", "2016-11-07", "197X"), ("تسعينيات القرن الماضي", "2016-11-07", "199X"),
                ("عقد الستينيات من القرن التاسع عشر", "2016-11-07", "186X")])
def decade(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A decade name, optionally after ``عقد`` and before ``من`` + a century."""
    j = i + 1 if g.toks[i].has("decade_word") and g.role(i + 1, "decade_name") else i
    if not g.toks[j].has("decade_name"):
        return None
    fields: dict[str, Any] = {"decade": g.toks[j].get("decade_name")}
    k = j + 1
    at = k + 1 if g.role(k, "from") else k
    century = _century(g, at) if g.adj(at) else None
    if century:
        fields.update(century[0])
        k = century[1]
    return fields, k


@rule("century", first=("unit",), resolve=resolve_century,
      examples=[("في القرن التاسع عشر", "2016-11-07", "18"), ("في القرن الـ21", "2016-11-07", "20"),
                ("القرن الحادي والعشرين", "2016-11-07", "20")])
def century(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A century by its ordinal (``القرن التاسع عشر``, ``القرن الحادي والعشرين``, ``القرن الـ21``);
    ``القرن الماضي`` is a relative period."""
    return _century(g, i, directions=False)


@rule("calendar", first=("num",), resolve=calendar.resolve_calendar, examples=[("رواية «الحرب والسلام» (1869)", "2016-11-07", "1869")])
def bracketed_year(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A year alone in brackets after a title or a name: ``(1949)``."""
    tok = g.toks[i]
    year = g.year_number(i)
    if not year or tok.pre or tok.art or tok.era or not 1000 <= year[0] <= 2100:
        return None
    if g.text[tok.start - 1:tok.start] != "(" or g.text[tok.end:tok.end + 1] != ")":
        return None
    if g.previous_word(tok.start - 1) in LEXICON.number_nouns:
        return None
    return {"year": year[0]}, i + 1


#: letters glued before a noun (و، ف، ب، ل، ك)
_GLUED = frozenset(CLITICS.conjunctions + CLITICS.prepositions)


@rule("calendar", first=("num",), resolve=calendar.resolve_calendar,
      examples=[("فاز في انتخابات 2014 للمرة الأولى", "2018-04-03", "2014"),
                ("أول ذهبية منذ دورة سيدني 2000", "2025-08-09", "2000")])
def event_year(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A bare year after a noun naming a happening by it (``انتخابات 2014``, ``دستور 2011``;
    ``cues.json`` ``year_event_nouns``, a conjunction or preposition glued on), or after one or
    two name words that follow such a noun (rule ``event_place_year``: ``دورة سيدني 2000``,
    ``مونديال روسيا 2018``; not past a word of ``event_year_stops``)."""
    year = g.bare_year(i)
    if not year:
        return None
    pos = g.toks[i].start
    k = i - 1
    while k >= 0 and g.toks[k].roles.keys() <= _NAME_ROLES:
        k -= 1  # a country's name between (مونديال روسيا 2018) is a name word, not a time word
    floor = g.toks[k].end if k >= 0 else 0  # no time expression between the noun and the year
    for _ in range(1 + _NAME_WORDS):
        word = g.previous_word(pos)
        if word and _event_noun(word):
            return {"year": year}, i + 1
        if not word or pos - len(word) - 1 < floor or not word.isalpha() or word in LEXICON.event_year_stops:
            return None  # rule event_place_year: only name words between (دورة سيدني 2000)
        pos = g.text.rfind(word, 0, pos)
    return None


#: roles of a country's name, which may stand between a happening's noun and its year
_NAME_ROLES = frozenset({"day_country", "national_country", "zone"})
#: name words a happening's noun may stand apart from its year by (مونديال روسيا 2018, دورة لوس أنجلوس 2028)
_NAME_WORDS = 2


def _event_noun(word: str) -> bool:
    """``word`` is a noun of ``year_event_nouns``, a conjunction or preposition glued on."""
    nouns = LEXICON.year_event_nouns
    return word in nouns or (word[:1] in _GLUED and (word[1:] in nouns or word[2:] in nouns and word[1:2] in _GLUED))


#: roles of a word after which a spelled-out number may be a year
_YEAR_PREPOSITIONS = ("in", "since", "to", "before", "after", "within")


def spelled_number(g: Grammar, i: int, alone: bool = False) -> tuple[int, int] | None:
    """A thousands word and ever smaller coordinated parts (``ألفين وثمانية عشر`` 2018,
    ``ألف وتسعمائة وواحد وتسعين`` 1991; ``alone``: the thousands word may stand alone, as after
    ``عام``): (value, next index)."""
    tok = g.toks[i]
    thousands = tok.get("card")
    if thousands not in (1000, 2000) or tok.art:
        return None
    total, last, j = thousands, thousands, i + 1
    parts = 1
    while g.adj(j) and g.toks[j].coordinated:
        got = g.number(j, ordinal_ok=False)
        if not got or not got[2] or got[0] is None or got[0] >= last or g.toks[j].has("few"):
            break
        value, j = got[0], got[1]
        total, last, parts = total + value, value, parts + 1
    if parts < 2 and not alone:
        return None
    return total, j


@rule("calendar", first=("card", "year_word"), resolve=calendar.resolve_calendar,
      examples=[("عام ألفين وثمانية عشر", "2020-06-10", "2018"),
                ("في ألف وتسعمائة وتسعين", "2020-06-10", "1990")])
def spelled_year(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A year 1000-2100 spelled out in words, after ``عام``/``سنة``, after a preposition, or
    alone before its era word, when no counted noun follows (``منذ ألفين وعشرين``; ``ألفين
    وعشرين جنديا`` is a count)."""
    j = i + 1 if g.toks[i].has("year_word") else i
    if j >= g.n or g.toks[j].get("card") not in (1000, 2000):
        return None
    if j != i and not g.adj(j):
        return None
    got = spelled_year_at(g, j, alone=j != i)
    if not got:
        return None
    year, k = got
    if j == i and not (g.adj(i) and any(g.toks[i - 1].has(r) for r in _YEAR_PREPOSITIONS)):
        # standing alone, a spelled year needs its era word (ألفين وثمانية عشر ميلادية)
        if not g.role(k, "greg_era"):
            return None
        k += 1
    return {"year": year}, k


def spelled_year_at(g: Grammar, j: int, alone: bool = False) -> tuple[int, int] | None:
    """A spelled-out year 1000-2100 at ``j`` that is not a count: (year, next index)."""
    got = spelled_number(g, j, alone=alone)
    if not got or not 1000 <= got[0] <= 2100:
        return None
    year, k = got
    if g.adj(k) and (g.toks[k].has("unit") or g.toks[k].num is not None):
        return None
    after = g.text[g.toks[k - 1].end:g.toks[k - 1].end + 24]
    words = after.split()
    if words and after[:1].isspace() and counted(words[0]):
        return None
    return year, k


def resolve_named_event(ctx: Any, base: Timex, f: dict[str, Any], found: Any) -> Timex | None:
    """The date or month the event's name gives (``history.json`` ``named_events``)."""
    parts = [int(p) for p in f["date"].split("-")]
    if len(parts) == 2:
        return V.month_timex(base, parts[0], parts[1], None)
    return V.day_timex(base, dt.date(*parts), {}, None)


@rule("calendar", first=("named_event",), resolve=resolve_named_event,
      examples=[("منذ أحداث 11 سبتمبر تغيرت السياسة الأمريكية", "2020-06-10", "2001-09-11"),
                ("في ذكرى ثورة 25 يناير", "2020-06-10", "2011-01-25")])
def named_event(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """An event named by its date: ``أحداث 11 سبتمبر``, ``ثورة 25 يناير``, ``نكبة 1948`` (and
    its year when the text adds it: ``هجمات 11 أيلول 2001``)."""
    date = g.toks[i].get("named_event")
    j = i + 1
    year = g.year_number(j) if g.adj(j, ",") else None
    if year and year[0] == int(date[:4]):
        j = year[1]
    return {"date": date}, j


# call-time dependencies, imported last: count_patterns imports calendar, which imports this module
from . import count_patterns  # noqa: E402
