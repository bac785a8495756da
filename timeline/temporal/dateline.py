"""Datelines at the head of an article: ``موسكو - 4 أكتوبر (رويترز)``, ``القاهرة في 12 يناير 2021``."""

from __future__ import annotations

import datetime as dt
import re

from ..arabic import normalize
from .recognize import recognize
from .resolve import Resolver

# A place name of one to three words, then a dash/colon/comma or "في", then the date.
_HEAD = re.compile(r"\s*(?:[^\W\d_]+\s*){1,3}?\s*(?:[-:,]|\bفي\b)\s*")


def find_dateline(text: str) -> tuple[dt.date, int, int] | None:
    """The dated dateline at the very start of ``text`` as (date, start, end), or ``None``.

    A dateline without a year gives ``None``: there is no reference to take the year from.
    """
    head = text[:200]
    norm = normalize(head)
    match = _HEAD.match(norm.text)
    if match is None:
        return None
    for found in recognize(norm.text[match.end():match.end() + 80]):
        if found.start != 0:
            return None
        fields = found.reading.as_dict()
        if found.reading.kind != "calendar" or "day" not in fields or "year" not in fields:
            return None
        shifted = type(found)(found.start + match.end(), found.end + match.end(), found.reading)
        after = norm.text[shifted.end:shifted.end + 3].lstrip(" ")
        if after and after[0] not in "(-:,\n":
            return None  # a date inside a sentence, not a dateline
        timex = Resolver(norm, dt.datetime(fields["year"], 1, 1)).resolve(shifted)
        if timex is None or timex.earliest is None:
            return None
        return timex.earliest.date(), timex.start, timex.end
    return None
