"""Normalize Arabic text for matching while keeping a map back to original offsets.

Every kept character maps to exactly one original character and deleted characters
(diacritics, tatweel, bidi and joiner controls) map to nothing, so a span in the
normalized text maps back with :meth:`Normalized.span`.  Normalization is idempotent.
"""

from __future__ import annotations

import re

import attrs

# Marks that never change what a word means for matching: harakat, shadda, sukun,
# superscript alef, Quranic marks, tatweel, and invisible direction/joiner controls.
_DELETE = (
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640", "\u061C"]
    + [chr(c) for c in range(0x06D6, 0x06DD)]
    + [chr(c) for c in range(0x06DF, 0x06E5)]
    + ["\u06E7", "\u06E8"]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
    + ["\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\uFEFF"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)

_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ي": "ي", "ة": "ه", "ۀ": "ه", "ک": "ك",
    "ؤ": "و", "ئ": "ي",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",",
    "\u00A0": " ", "\u2009": " ", "\u202F": " ", "\u2007": " ",
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Persian / Urdu

#: Marks written after a letter that belong to its word (a span's end extends over them).
MARKS = frozenset(c for c in _DELETE if not 0x200B <= ord(c) <= 0x206F and c != "\uFEFF")
_TABLE = str.maketrans({**_MAP, **{c: None for c in _DELETE}})
_DELETED = re.compile("[" + "".join(re.escape(c) for c in _DELETE) + "]")


@attrs.frozen
class Normalized:
    """Normalized text plus, when characters were deleted, each kept character's original index."""

    text: str
    original: str
    #: ``offsets[i]`` is the original index of normalized character ``i``; ``None`` = identity.
    offsets: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized ``[start, end)`` span to the original text (end exclusive)."""
        if self.offsets is None or start >= end:
            return start, end
        stop = self.offsets[end - 1] + 1
        # harakat and tatweel written after the last letter belong to that word
        while stop < len(self.original) and self.original[stop] in MARKS:
            stop += 1
        return self.offsets[start], stop


def fold(text: str) -> str:
    """The normalized string alone (for lexicon entries and lookups)."""
    return text.translate(_TABLE)


def normalize(text: str) -> Normalized:
    """Normalize ``text`` for matching; see the module docstring for what changes."""
    folded = text.translate(_TABLE)
    if len(folded) == len(text):
        return Normalized(folded, text)
    offsets: list[int] = []
    last = 0
    for match in _DELETED.finditer(text):
        offsets.extend(range(last, match.start()))
        last = match.end()
    offsets.extend(range(last, len(text)))
    return Normalized(folded, text, tuple(offsets))
