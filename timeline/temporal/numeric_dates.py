"""Numeric dates at a number token: day-month-year in any order and separator, two-digit
years, month-year, a day-month in context or standing alone, and the era mark after them
(``22/4``, ``4.22``, ``16/04/21``, ``2015/3``, ``27/7/1436هـ``).  Patterns only: the calendar
rules (:mod:`.rules.calendar`, :mod:`.rules.hijri`) name and resolve what they find."""

from __future__ import annotations

import calendar as _calendar
import re
from typing import Any

from .grammar import Grammar, counted
from .lexicon import LEXICON

_NUMERIC_DATE = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})$")
_ISO_DATE = re.compile(r"(\d{4})([./-])(\d{1,2})\2(\d{1,2})$")
_MONTH_YEAR = re.compile(r"(?P<month>\d{1,2})[/-](?P<year>\d{4})$")
_YEAR_MONTH = re.compile(r"(?P<year>\d{4})[/-](?P<month>\d{1,2})$")
_DAY_MONTH = re.compile(r"(\d{1,2})([/.-])(\d{1,2})$")
#: a space and a separator after a number: a spaced date may follow (12 / 5 / 2016)
_SPACED = frozenset({" /", " -", " ."})
#: percent signs (Western, Arabic): a number before them is no date
_PERCENT = "%" + chr(0x066A)
#: a year below this, written without an era mark, may be Hijri: the resolution decides
OPEN_BELOW = 1700


def numeric(g: Grammar, i: int) -> dict[str, Any] | None:
    """The fields of a numeric date at token ``i``: day-month-year in any separator (two-digit
    years too), year-month-day, month-year, year-month, and a day-month after a preposition,
    ``يوم`` or a weekday; ``None`` after a document-number word (``القرار رقم 1/2016``)."""
    num = g.toks[i].num
    if g.previous_word(g.toks[i].start) in LEXICON.number_nouns:
        return None
    match = _NUMERIC_DATE.match(num)
    if match:
        day, month, year = int(match.group(1)), int(match.group(3)), match.group(4)
        if 13 <= month <= 31 and 1 <= day <= 12:
            # 4/22/2024: only month first is a date (an English-language source's order)
            day, month = month, day
            if day > _calendar.monthrange(2000, month)[1]:
                return None
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        if len(year) == 2:
            return {"day": day, "month": month, "short_year": int(year), "system": "gregorian", "numeric": True}
        return {"day": day, "month": month, "year": int(year), "system": "gregorian", "numeric": True}
    match = _ISO_DATE.match(num)
    if match:
        year, month, day = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if 1 <= day <= 31 and 1 <= month <= 12:
            return {"day": day, "month": month, "year": year, "system": "gregorian", "numeric": True}
        return None
    match = _MONTH_YEAR.match(num) or _YEAR_MONTH.match(num)
    if match:
        month, year = int(match.group("month")), int(match.group("year"))
        if 1 <= month <= 12 and (1900 <= year <= 2100 or g.toks[i].era in g.hijri_marks
                                 or g.role(i + 1, "hijri_era")):
            return {"month": month, "year": year, "system": "gregorian", "numeric": True}
        return None
    match = _DAY_MONTH.match(num)
    if match and (_day_month_context(g, i, match.group(2)) or _bare_day_month(g, i, match)):
        a, b = int(match.group(1)), int(match.group(3))
        day, month = (b, a) if b > 12 and a <= 12 else (a, b)
        if 1 <= day <= 31 and 1 <= month <= 12 and day <= _calendar.monthrange(2000, month)[1]:
            return {"day": day, "month": month, "system": "gregorian", "numeric": True}
    return None


#: "24 hours, 7 days": a day-month standing alone that is an adverb, not a date
_ROUND_THE_CLOCK = ("24", "7")


def _day_month_context(g: Grammar, i: int, separator: str) -> bool:
    """A day-month without a year is a date only after a preposition, ``يوم`` or a weekday
    (``في 22/4``); a dot also reads as a decimal, so it needs ``يوم`` or a weekday."""
    if i == 0 or not g.adj(i):
        return False
    before = g.toks[i - 1]
    if before.has("on_day") or before.has("weekday"):
        # يوم الخميس 5.6 مليار دولار: a decimal counting what follows, not 5 June
        return not _count_follows(g, i)
    return separator == "/" and any(before.has(r) for r in ("in", "since", "to", "from", "before", "after", "between"))


def _bare_day_month(g: Grammar, i: int, match: re.Match[str]) -> bool:
    """A day-month standing alone (``21/09``, ``4/4``, ``31-12``), plausible as a date: with a
    slash, not a common fraction (``1/2``, ``3/4``); with a dash (also a score: ``3-1``),
    both parts in two digits; never next to another number, a counted noun or ``%``."""
    a, sep, b = match.group(1), match.group(2), match.group(3)
    if sep == ".":
        return False
    if sep == "-" and (len(a) != 2 or len(b) != 2):
        return False
    if sep == "/" and (int(a) < int(b) <= 4 or (a, b) == _ROUND_THE_CLOCK):
        return False  # 24/7 alone: around the clock (في 24/7 is still 24 July)
    tok = g.toks[i]
    if i > 0 and g.adj(i) and g.toks[i - 1].num is not None and not tok.pre:
        return False
    if g.adj(i + 1) and (g.toks[i + 1].num is not None or g.toks[i + 1].has("unit")):
        return False
    return not _count_follows(g, i)


def _count_follows(g: Grammar, i: int) -> bool:
    """The number at token ``i`` counts what follows it: another number, ``%`` or a counted noun."""
    tok = g.toks[i]
    after = g.text[tok.end:tok.end + 24]
    words = after.split()
    return bool(after[:1] in _PERCENT and after[:1] or (words and after[:1].isspace() and (
        words[0][:1].isdigit() or words[0][:1] in _PERCENT or counted(words[0]))))


def _spaced(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``12 / 5 / 2016``, ``12 - 5 - 2016``: day, month and a four-digit year, one separator
    with spaces around it (a two-part ``15 - 9`` stays a score)."""
    end = g.toks[i].end
    if g.text[end:end + 2] not in _SPACED or i + 2 >= g.n or len(g.toks[i].num) > 2 or not g.toks[i].num.isdigit():
        return None  # the cheap test first: a space and a separator right after the number
    gap = g.gap(i + 1)
    sep = gap.strip()
    if len(sep) != 1 or sep not in "/-." or gap == sep or g.gap(i + 2) != gap:
        return None
    month, year = g.toks[i + 1], g.toks[i + 2]
    if month.pre or month.art or year.pre or year.art or not month.num or not year.num \
            or not month.num.isdigit() or len(month.num) > 2 or not year.num.isdigit() or len(year.num) != 4:
        return None
    day, month_n, year_n = int(g.toks[i].num), int(month.num), int(year.num)
    if not (1 <= day <= 31 and 1 <= month_n <= 12) or g.previous_word(g.toks[i].start) in LEXICON.number_nouns:
        return None
    return {"day": day, "month": month_n, "year": year_n, "system": "gregorian", "numeric": True}, i + 3


def numeric_parse(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A numeric date with its era mark, if any (``27/7/1436هـ``, ``11/10/1383 ه``, ``5-7-2015م``);
    without one, a year that could be Hijri is left ``open`` for the resolution to decide."""
    tok = g.toks[i]
    if tok.num is None or tok.art:
        return None
    spaced = _spaced(g, i)
    if spaced:
        tok = g.toks[spaced[1] - 1]
    fields = spaced[0] if spaced else numeric(g, i)
    if fields is None:
        return None
    j = spaced[1] if spaced else i + 1
    if tok.era in g.hijri_marks:
        fields["system"] = "hijri"
    elif tok.era:
        pass
    elif g.role(j, "hijri_era"):
        fields["system"] = "hijri"
        j += 1
    elif g.role(j, "greg_era"):
        j += 1
    elif fields.get("year", 9999) < OPEN_BELOW:
        fields["open"] = True
    if "day" in fields and "year" not in fields and "short_year" not in fields and g.role(j, "dir") \
            and g.toks[j].get("dir") in ("past", "future", "last", "next"):
        # 4/4 المقبل, 22/3 الماضي: as after a month name
        fields["month_dir"] = "past" if g.toks[j].get("dir") in ("past", "last") else "future"
        j += 1
    return fields, j
