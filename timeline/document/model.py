"""The analysed document: one article's text cut once into everything the stages read.

Every offset here indexes the ORIGINAL text (half-open ``(start, end)`` spans), except the
``n``-prefixed ones, which index the normalized text ``norm.text``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import NamedTuple

import attrs

from ..arabic import Normalized
from ..arabic.normalize import MARKS
from .segment import Analysis, analyses

Span = tuple[int, int]


class Token(NamedTuple):
    """One word or number: its spans, its folded form and its clitic readings.

    A named tuple rather than an attrs class: an article has thousands of tokens and
    creating them was most of the cost of analysing a document.
    """

    index: int
    start: int
    end: int
    nstart: int
    nend: int
    #: the folded surface form (``timeline.arabic.fold``)
    form: str

    @property
    def analyses(self) -> tuple[Analysis, ...]:
        """Readings as proclitics + stem + enclitic, the unsegmented one first."""
        return analyses(self.form)

    @property
    def is_number(self) -> bool:
        return self.form.isdigit()


@attrs.frozen
class Document:
    """An article's text analysed once and shared by the tagger, the extractor and exports.

    ``sentences`` and ``clauses`` cover the text without gaps (whitespace-only pieces
    dropped); ``lines`` are the text's lines; ``quotes`` the spans between quotation marks;
    ``datelines`` the wire datelines opening paragraphs ("الدوحة - "، "أنقرة (واس) - ").
    """

    text: str
    norm: Normalized
    tokens: tuple[Token, ...]
    sentences: tuple[Span, ...]
    clauses: tuple[Span, ...]
    lines: tuple[Span, ...]
    quotes: tuple[Span, ...]
    datelines: tuple[Span, ...]
    id: str | None = None
    _token_starts: tuple[int, ...] = attrs.field(default=(), repr=False, eq=False)
    _sentence_starts: tuple[int, ...] = attrs.field(default=(), repr=False, eq=False)
    _clause_starts: tuple[int, ...] = attrs.field(default=(), repr=False, eq=False)
    _line_starts: tuple[int, ...] = attrs.field(default=(), repr=False, eq=False)
    _quote_starts: tuple[int, ...] = attrs.field(default=(), repr=False, eq=False)
    #: running maximum of quote ends, so "inside some quote" is one bisect
    _quote_reach: tuple[int, ...] = attrs.field(default=(), repr=False, eq=False)

    # -- lookups (all O(log n)) --------------------------------------------------------
    def token_at(self, offset: int) -> int:
        """Index of the last token starting at or before ``offset`` (0 when none)."""
        return max(bisect.bisect_right(self._token_starts, offset) - 1, 0)

    def token_range(self, span: Span) -> range:
        """Indices of the tokens that start inside ``span``."""
        return range(bisect.bisect_left(self._token_starts, span[0]), bisect.bisect_left(self._token_starts, span[1]))

    def tokens_in(self, span: Span) -> Iterator[Token]:
        for i in self.token_range(span):
            yield self.tokens[i]

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding ``offset``."""
        return max(bisect.bisect_right(self._sentence_starts, offset) - 1, 0)

    def clause_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self._clause_starts, offset) - 1, 0)

    def line_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self._line_starts, offset) - 1, 0)

    def sentence(self, offset: int) -> Span:
        """The sentence span holding ``offset``."""
        return self.sentences[self.sentence_of(offset)] if self.sentences else (0, len(self.text))

    def clause(self, offset: int) -> Span:
        return self.clauses[self.clause_of(offset)] if self.clauses else (0, len(self.text))

    def in_quote(self, offset: int) -> bool:
        i = bisect.bisect_left(self._quote_starts, offset) - 1
        return i >= 0 and self._quote_reach[i] > offset

    def in_dateline(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.datelines)

    def written(self, token: Token) -> str:
        """``token`` as written, without its marks: what folding hides (أن is not إن, "إليسا" has
        no article)."""
        return "".join(c for c in self.text[token.start:token.end] if c not in MARKS)

    def words(self, span: Span) -> str:
        """The folded words of ``span``, space-separated (for display and debugging)."""
        return " ".join(t.form for t in self.tokens_in(span))
