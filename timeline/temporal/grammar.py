"""The pattern vocabulary every rule shares: the token stream of one Document with adjacency
tests, numbers (digits and words), days of the month and years.

Rules (``timeline/temporal/rules/``) read tokens through :class:`Grammar`; nothing here knows
the publication date.
"""

from __future__ import annotations

from typing import Any

from ..document import Document
from .lexicon import LEXICON
from .tokens import Token, time_tokens
from .vocabulary import Vocabulary

SPACE = " \t\u00a0"
#: roles a token starting a day of the month, or a month name, may have
DAY_ROLES = ("num", "ord", "card", "tens", "few")
MONTH_ROLES = ("month", "month_word")


class Grammar:
    """The time tokens of one Document and the normalized text between them."""

    def __init__(self, doc: Document, dialects: frozenset[str] | None = None, vocabulary: Vocabulary | None = None):
        self.doc = doc
        #: the spoken-form overlays read (``None``: all)
        self.dialects = dialects
        self.text = doc.norm.text
        self.toks: list[Token] = time_tokens(doc, dialects, vocabulary)
        self.n = len(self.toks)
        #: results of costly sub-patterns, by (name, token index)
        self.memo: dict[tuple[str, int], Any] = {}
        self.hijri_marks = LEXICON.hijri_marks

    # -- adjacency -------------------------------------------------------------------------
    def gap(self, i: int) -> str:
        """Text between token ``i - 1`` and token ``i``."""
        return self.text[self.toks[i - 1].end:self.toks[i].start]

    def adj(self, i: int, seps: str = "") -> bool:
        """Token ``i`` exists and follows token ``i - 1`` with only spaces (and ``seps``) between."""
        if i >= self.n or i <= 0:
            return False
        return self.gap(i).strip(SPACE + seps) == ""

    def role(self, i: int, role: str, seps: str = "") -> bool:
        return self.adj(i, seps) and self.toks[i].has(role)

    def previous_word(self, pos: int) -> str:
        """The word ending just before ``pos`` (spaces skipped), or ``""``."""
        start = max(0, pos - 40)
        words = self.text[start:pos].split()
        return words[-1] if words and self.text[start:pos][-1:].isspace() else ""

    def next_word(self, pos: int) -> str:
        """The word starting after ``pos`` past spaces only, or ``""``."""
        after = self.text[pos:pos + 40]
        words = after.split()
        return words[0] if words and after[:1].isspace() else ""

    def definite(self, i: int) -> bool:
        """Token ``i``'s word is written with the article."""
        return self.text.startswith(LEXICON.article, self.toks[i].wstart)

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Normalized offsets of tokens ``i`` .. ``j - 1``."""
        return self.toks[i].start, self.toks[j - 1].end

    # -- numbers ---------------------------------------------------------------------------
    def int_at(self, i: int) -> int | None:
        if i >= self.n:
            return None
        num = self.toks[i].num
        return int(num) if num is not None and num.isdigit() and len(num) <= 4 else None

    def number(self, i: int, ordinal_ok: bool = True) -> tuple[int, int, bool] | None:
        """A number at token ``i``: (value, next index, is_word); ``بضعة`` counts as 0."""
        if i >= self.n:
            return None
        tok = self.toks[i]
        value = self.int_at(i)
        if value is not None:
            return value, i + 1, False
        for role in ("ord", "card", "tens", "few") if ordinal_ok else ("card", "tens", "few"):
            if tok.has(role):
                value = tok.get(role) or 0
                j = i + 1
                # compound: الرابع والعشرين, خمسة وعشرين
                if value < 10 and self.adj(j) and self.toks[j].coordinated:
                    nt = self.toks[j]
                    tens = nt.get("tens") or nt.get("card")
                    if tens and nt.has("tens") or (tens in (20, 30, 40, 50, 60, 70, 80, 90)):
                        return value + tens, j + 1, True
                return value, j, True
        return None

    def day_number(self, i: int) -> tuple[int, int] | None:
        """A day of the month (1-31) in digits or words at token ``i``: (day, next index)."""
        if i >= self.n:
            return None
        tok = self.toks[i]
        if tok.num is not None:
            value = self.int_at(i)
            if value is not None and 1 <= value <= 31 and len(tok.num) <= 2:
                return value, i + 1
            return None
        got = self.number(i)
        if got and 1 <= got[0] <= 31 and not tok.has("unit") and not tok.has("few"):
            return got[0], got[1]
        return None

    def year_number(self, i: int) -> tuple[int, int] | None:
        """A four-digit year 1000-2999 at token ``i``: (year, next index)."""
        value = self.int_at(i)
        if value is None:
            return None
        tok = self.toks[i]
        if len(tok.num) == 4 and 1000 <= value <= 2999:
            return value, i + 1
        return None

    def bare_year(self, i: int, coordinated: bool = False) -> int | None:
        """A bare 4-digit year 1900-2100 at token ``i`` that is not a count (``2012 حادثة``);
        written with ``و`` when ``coordinated``."""
        if i >= self.n:
            return None
        tok = self.toks[i]
        if tok.num is None or tok.art or (not tok.coordinated if coordinated else tok.pre) or len(tok.num) != 4 \
                or not tok.num.isdigit():
            return None
        value = int(tok.num)
        if not 1900 <= value <= 2100:
            return None
        if self.adj(i + 1) and (self.toks[i + 1].has("unit") or self.toks[i + 1].num is not None and not (
                self._year_shaped(i + 1) if coordinated else self.coordinated_year(i + 1))):
            return None  # a count (2012 حادثة), unless the next year of a list (في 2020 و2021)
        after = self.text[tok.end:tok.end + 24]
        words = after.split()
        if after[:1] == "%" or (words and after[:1].isspace() and (
                words[0][:1].isdigit() or words[0][:1] == "%" or counted(words[0]))):
            return None
        return value

    def coordinated_year(self, i: int) -> int | None:
        """Rule ``coordinated_years``: ``و`` + a bare year at token ``i`` (``في 2020 و2021``):
        the next year of a list, not a count (``و300``, ``و2021 شخصا`` are counts)."""
        return self.bare_year(i, coordinated=True)

    def _year_shaped(self, i: int) -> bool:
        """``و`` + four digits 1900-2100 at token ``i`` (a look one token ahead, no further)."""
        tok = self.toks[i]
        return tok.coordinated and not tok.art and tok.num is not None and len(tok.num) == 4 \
            and tok.num.isdigit() and 1900 <= int(tok.num) <= 2100


def counted(word: str) -> bool:
    """A noun counted by a preceding number (the accusative ``قتيلا`` too)."""
    word = word.rstrip(".,;:!?)\"»")
    nouns = LEXICON.counted_nouns
    return word in nouns or any(word.endswith(e) and word[:-len(e)] in nouns for e in LEXICON.accusative)


def fields_of(spec: Any) -> dict[str, Any]:
    """A plain dict copy of a reading's fields."""
    return dict(spec)
