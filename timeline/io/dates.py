"""Publication dates as archives and feeds write them.

:func:`parse_date` reads, in this order:

- ISO 8601 (:func:`timeline.model.parse_iso`): ``2015-08-06``, ``2015-08-06 12:00:00``,
  ``2015-08-06T12:00:00+03:00``;
- numbers with separators: ``2015/08/06`` (year first is never ambiguous) and ``06/08/2015``,
  ``6.8.2015``, ``06-08-15``, optionally followed by ``HH:MM[:SS]``.  When both of the first two
  numbers could be the month, the order must be declared (``order="DMY"`` or ``"MDY"``):
  without it the date is refused as ambiguous, never guessed;
- Arabic script: ``الخميس 6 أغسطس 2015``, ``19 شعبان 1444هـ``, ``6 آب 2015 الساعة 12:00``, read
  by the package's own tagger (:func:`timeline.tag`): the whole string must be one absolute date
  or time of day grain or finer;
- other Latin-script dates with dateparser (the ``dates`` extra), strict: RFC 2822 as RSS writes
  it (``Sat, 28 Nov 2026 17:00:00 GMT``), ``6 August 2015``, ``August 6, 2015 3:04 PM``,
  ``6 août 2015``; a day, a month and a four-digit year must all be written.

A time-zone offset is dropped: the wall-clock time where the article was printed is kept,
as for ISO dates.  Anything else raises :class:`ValueError` saying why.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import parse_iso

#: Values of ``order``: the order of day, month and year in a numeric date.
ORDERS = ("DMY", "MDY", "YMD")

_TIME = r"(?:[T ,]+([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?"
_NUMERIC = re.compile(r"([0-9]{1,4})([/.-])([0-9]{1,2})\2([0-9]{1,4})" + _TIME)
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
#: A month or weekday name: three Latin letters in a row (not the T of 2020-10-01T12).
_LATIN_WORD = re.compile("[A-Za-z\u00c0-\u024f]{3}")
_ISO_SHAPED = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_YEAR = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")
#: Tagger readings that name a date outright (not "yesterday", not "the 6th" of some month).
_DAY_GRAINS = ("day", "part_of_day", "hour", "minute", "second")


def parse_date(value: str, *, order: str | None = None) -> dt.datetime:
    """A publication date of one of the forms above, as a naive wall-clock datetime."""
    if order is not None and order not in ORDERS:
        raise ValueError(f"date order must be one of {', '.join(ORDERS)}, not {order!r}")
    text = " ".join(value.split())
    if not text:
        raise ValueError("empty date")
    try:
        return parse_iso(text)
    except ValueError:
        if _ISO_SHAPED.match(text):
            raise  # ISO's own message (an impossible day, an offset out of range)
    numeric = _NUMERIC.fullmatch(text)
    if numeric is not None:
        return _numeric(numeric, order)
    if _ARABIC_LETTER.search(text):
        return _arabic(text)
    if _LATIN_WORD.search(text):
        return _latin(text)
    raise ValueError("not a date form this reader knows (ISO 8601 such as 2015-08-06, 06/08/2015 "
                     "with a declared order, RFC 2822, or an Arabic date such as 6 أغسطس 2015)")


def _numeric(match: re.Match[str], order: str | None) -> dt.datetime:
    first, _, second, third, hour, minute, second_of_minute = match.groups()
    if len(first) == 4:
        year, month, day = first, second, third
    elif len(third) in (2, 4) and len(first) <= 2:
        a, b = int(first), int(second)
        if order == "YMD":
            raise ValueError("the date does not start with a year, but the declared order is YMD")
        if order is None:
            if a <= 12 and b <= 12 and a != b:
                raise ValueError(f"ambiguous: {a} and {b} could each be the month; declare the order "
                                 "(--date-order DMY or MDY)")
            order = "MDY" if b > 12 else "DMY"
        day, month = (first, second) if order == "DMY" else (second, first)
        year = third if len(third) == 4 else str(2000 + int(third) if int(third) < 70 else 1900 + int(third))
    else:
        raise ValueError("a numeric date needs a four-digit year first or last")
    try:
        return dt.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                           int(second_of_minute or 0))
    except ValueError as error:
        raise ValueError(str(error)) from None


def _arabic(text: str) -> dt.datetime:
    from ..temporal import tag

    # The reference date only matters for relative expressions, which are refused below.
    found = tag(text, dt.datetime(2000, 1, 1))
    dated = [t for t in found if t.type in ("DATE", "TIME")]
    if len(dated) != 1:
        raise ValueError("no Arabic date in it" if not dated else "more than one date in it")
    (timex,) = dated
    rest = (text[:timex.start] + text[timex.end:]).strip(" ،,.-–—()")
    if rest and rest not in ("م", "هـ", "ه"):
        raise ValueError(f"not only a date: {rest!r} is left over")
    if timex.anchor is not None or timex.earliest is None:
        raise ValueError(f"{timex.text!r} is relative (no year or no calendar date)")
    if timex.grain not in _DAY_GRAINS:
        raise ValueError(f"{timex.text!r} names no day")
    return timex.earliest


def _latin(text: str) -> dt.datetime:
    if not _YEAR.search(text):
        raise ValueError("no four-digit year in it")
    try:
        import dateparser
    except ImportError:
        raise ValueError("reading this date form needs dateparser: pip install 'timeline[dates]'") from None
    settings = {
        "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": True,
        "PREFER_LOCALE_DATE_ORDER": False, "RELATIVE_BASE": dt.datetime(2000, 1, 1),
    }
    try:
        parsed = dateparser.parse(text, languages=["en", "fr"], settings=settings)
    except Exception:  # noqa: BLE001 - a third-party parser's failure is this value's problem
        parsed = None
    numbers = {int(n) for n in re.findall(r"[0-9]+", text)}
    if parsed is None or parsed.year not in numbers or parsed.day not in numbers:
        # dateparser reads "yesterday 2015" relative to a base date: the day must be written.
        raise ValueError("not a date dateparser can read strictly (day, month and year written out)")
    return parsed.replace(tzinfo=None)
