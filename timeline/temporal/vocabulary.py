"""The time words a tagging call reads: the package's lexicon, or it plus a user's month
spellings, weekday names and number words (the ``months``, ``weekdays`` and ``numbers``
sections of a user lexicon file, :mod:`timeline.user_lexicon`).

A user spelling is read exactly as the package's own forms of that word are (proclitics,
the article, multi-word names), so a new spelling is a data edit, never a rule.  A
:class:`Vocabulary` is a value handed to :func:`timeline.temporal.tag`: nothing global
changes, and two vocabularies in one process do not see each other's words.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from ..arabic import fold
from .lexicon import LEXICON

__all__ = ["PACKAGE", "Vocabulary", "with_months", "with_words"]

_CACHE_SIZE = 1 << 16


@attrs.frozen(eq=False)
class Vocabulary:
    """Time forms (a trie of folded words, as :attr:`Lexicon.entries`) and their roles."""

    entries: Mapping[str, Any]
    roles: Mapping[str, Mapping[str, Any]]
    #: (proclitic, rest) readings of a word, by word: filled as words are met, bounded
    readings: dict[str, tuple[tuple[str, str], ...]] = attrs.field(factory=dict, repr=False)

    def __repr__(self) -> str:
        return f"<Vocabulary: {len(self.roles)} forms>"

    def remember(self, form: str, got: tuple[tuple[str, str], ...]) -> None:
        if len(self.readings) >= _CACHE_SIZE:
            self.readings.clear()  # bounded memory over any corpus; refilled by the words that recur
        self.readings[form] = got


#: The package's own time words.
PACKAGE = Vocabulary(LEXICON.entries, LEXICON.roles)


def _thaw(node: Mapping[str, Any]) -> dict[str, Any]:
    return {k: (_thaw(v) if isinstance(v, Mapping) else v) for k, v in node.items()}


def _freeze(node: dict[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType({k: (_freeze(v) if isinstance(v, dict) else v) for k, v in node.items()})


def with_months(months: Mapping[str, Any], base: Vocabulary = PACKAGE) -> Vocabulary:
    """``base`` plus the month spellings ``months``: ``{"gregorian": {form: 1-12},
    "hijri": {form: 1-12}, "context": [form, ...]}``; a ``context`` form is a month only next
    to a day number, a year, an era mark or the word for month, as the package's ambiguous
    names are.  A form the package already has takes the new reading."""
    return with_words(months=months, base=base)


def with_words(months: Mapping[str, Any] | None = None, weekdays: Mapping[str, int] | None = None,
               numbers: Mapping[str, Mapping[str, int]] | None = None, base: Vocabulary = PACKAGE) -> Vocabulary:
    """``base`` plus a user's time words: month spellings (as :func:`with_months`), weekday
    names ``{form: 0-6}`` (ISO, Monday 0, written as the package's are, with the article), and
    number words ``{"cardinal": {form: n}, "ordinal": {form: n}}`` (read also after the
    article, as the package's are).  A form the package already has takes the new reading."""
    if not (months or weekdays or numbers):
        return base
    roles = {form: dict(r) for form, r in base.roles.items()}
    entries = _thaw(base.entries)

    def add(name: str, reading: dict[str, Any]) -> None:
        key = " ".join(fold(name).split())
        if not key:
            return
        roles[key] = reading
        node = entries
        for word in key.split():
            node = node.setdefault(word, {})
        node[""] = key

    months = months or {}
    context = {" ".join(fold(w).split()) for w in months.get("context", ())}
    for calendar in ("gregorian", "hijri"):
        for name, number in months.get(calendar, {}).items():
            key = " ".join(fold(name).split())
            add(name, {"month": (calendar, number), **({"month_ctx": True} if key in context else {})})
    for name, number in (weekdays or {}).items():
        add(name, {"weekday": number})
    for kind, role in (("cardinal", "card"), ("ordinal", "ord")):
        for name, number in (numbers or {}).get(kind, {}).items():
            add(name, {role: number})
            if not fold(name).startswith(LEXICON.article):
                add(LEXICON.article + name, {role: number})
    return Vocabulary(_freeze(entries), MappingProxyType({k: MappingProxyType(v) for k, v in roles.items()}))
