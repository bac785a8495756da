"""The time words a tagging call reads: the package's lexicon, or it plus a user's month
spellings (the ``months`` section of a user lexicon file, :mod:`timeline.user_lexicon`).

A user spelling is read exactly as the package's own forms of that month are (proclitics,
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

__all__ = ["PACKAGE", "Vocabulary", "with_months"]

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
    if not months:
        return base
    roles = {form: dict(r) for form, r in base.roles.items()}
    entries = _thaw(base.entries)
    context = {" ".join(fold(w).split()) for w in months.get("context", ())}
    for calendar in ("gregorian", "hijri"):
        for name, number in months.get(calendar, {}).items():
            key = " ".join(fold(name).split())
            if not key:
                continue
            roles[key] = {"month": (calendar, number), **({"month_ctx": True} if key in context else {})}
            node = entries
            for word in key.split():
                node = node.setdefault(word, {})
            node[""] = key
    return Vocabulary(_freeze(entries), MappingProxyType({k: MappingProxyType(v) for k, v in roles.items()}))
