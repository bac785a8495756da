"""Article text for extraction: tokens, lexicon matches, sentences, clauses and quotes.

Matching runs on folded text (``timeline.arabic.normalize``); every offset kept here is an
offset into the ORIGINAL text.  Spans are half-open ``(start, end)``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping
from typing import Any

import attrs

from ..arabic import normalize
from .lexicon import END, LEXICON, WILD, Hit, Lexicon

_TOKEN = re.compile(r"\w+")
# Sentence ends: . ! ? and line breaks; a dot between digits is a decimal point.
_SENTENCE_END = re.compile(r"(?<!\d)\.|\.(?!\d)|[!?\n]+")
# Clause ends inside a sentence (Arabic comma and semicolon are folded to , ;).
_CLAUSE_END = re.compile(r"[,;:]")
# Proclitic strings a word may carry, longest first; "لل" stands for ل + ال.
_PREFIXES = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل",
             "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_VERB_PREFIXES = frozenset({"و", "ف"})


@attrs.frozen
class Token:
    start: int  # original offsets
    end: int
    text: str  # folded form


@attrs.frozen
class Match:
    """A lexicon hit over tokens ``[first, last]`` (inclusive) and its original span."""

    first: int
    last: int
    start: int
    end: int
    hit: Hit
    prefix: str = ""

    @property
    def category(self) -> str:
        return self.hit.category

    @property
    def data(self) -> Mapping[str, Any]:
        return self.hit.data


_PREFIX_START = frozenset(p[0] for p in _PREFIXES)


def _variants(word: str) -> list[tuple[str, str]]:
    out = [(word, "")]
    if word[0] not in _PREFIX_START:
        return out
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 2:
            rest = word[len(p):]
            if p.endswith("لل"):
                out.append(("ال" + rest, p[:-2] + "ل"))
            elif p.endswith("ال"):
                out.append(("ال" + rest, p[:-2]))
                out.append((rest, p[:-2] + "ال"))
            else:
                out.append((rest, p))
    return out


def _prefix_ok(hit: Hit, prefix: str) -> bool:
    if not prefix:
        return True
    if hit.pos == "verb":
        return prefix in _VERB_PREFIXES
    return True


class Text:
    """One article's text, analysed once for every extraction step."""

    def __init__(self, text: str, lexicon: Lexicon = LEXICON):
        self.original = text
        self.lexicon = lexicon
        norm = normalize(text)
        self.folded = norm.text
        self.tokens: list[Token] = []
        for m in _TOKEN.finditer(norm.text):
            start, end = norm.span(m.start(), m.end())
            self.tokens.append(Token(start, end, m.group()))
        self._starts = [t.start for t in self.tokens]
        # Multi-word entries never run across punctuation.
        self.joinable = [
            i + 1 < len(self.tokens) and not text[self.tokens[i].end:self.tokens[i + 1].start].strip()
            for i in range(len(self.tokens))
        ]
        self.sentences = self._split(norm, _SENTENCE_END, [(0, len(text))])
        self.clauses = self._split(norm, _CLAUSE_END, self.sentences)
        self.quotes = self._quotes()
        self._sentence_starts = [a for a, _ in self.sentences]
        self._clause_starts = [a for a, _ in self.clauses]
        self._quote_starts = [a for a, _ in self.quotes]
        # running maximum of quote ends, so "inside some quote" is one bisect
        self._quote_reach = list(itertools.accumulate((b for _, b in self.quotes), max))
        self.matches = self._match()

    # -- segmentation -----------------------------------------------------------------
    def _split(self, norm: Any, pattern: re.Pattern[str], parents: list[tuple[int, int]]) -> list[tuple[int, int]]:
        cuts = sorted({norm.span(m.start(), m.end())[1] for m in pattern.finditer(norm.text)})
        out = []
        for start, end in parents:
            i = bisect.bisect_right(cuts, start)
            pos = start
            while i < len(cuts) and cuts[i] < end:
                out.append((pos, cuts[i]))
                pos = cuts[i]
                i += 1
            out.append((pos, end))
        return [(a, b) for a, b in out if self.original[a:b].strip()]

    def _quotes(self) -> list[tuple[int, int]]:
        spans = []
        text = self.original
        for opener, closer in self.lexicon.quote_pairs:
            if opener == closer:
                for para in re.finditer(r"[^\n]+", text):
                    marks = [m.start() + para.start() for m in re.finditer(re.escape(opener), para.group())]
                    spans.extend((marks[i], marks[i + 1] + 1) for i in range(0, len(marks) - 1, 2))
            else:
                depth_start = None
                for m in re.finditer(f"{re.escape(opener)}|{re.escape(closer)}", text):
                    if m.group() == opener and depth_start is None:
                        depth_start = m.start()
                    elif m.group() == closer and depth_start is not None:
                        spans.append((depth_start, m.end()))
                        depth_start = None
        return sorted(spans)

    # -- lookup helpers ---------------------------------------------------------------
    def token_at(self, offset: int) -> int:
        """Index of the token starting at or before ``offset`` (0 when none)."""
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)

    def token_range(self, span: tuple[int, int]) -> range:
        """Indices of the tokens inside ``span``."""
        lo = bisect.bisect_left(self._starts, span[0])
        hi = bisect.bisect_left(self._starts, span[1])
        return range(lo, hi)

    def sentence_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self._sentence_starts, offset) - 1, 0)

    def clause_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self._clause_starts, offset) - 1, 0)

    def in_quote(self, offset: int) -> bool:
        i = bisect.bisect_left(self._quote_starts, offset) - 1
        return i >= 0 and self._quote_reach[i] > offset

    # -- matching ---------------------------------------------------------------------
    def _match(self) -> list[Match]:
        found: list[Match] = []
        tokens, trie = self.tokens, self.lexicon.trie
        for i, tok in enumerate(tokens):
            for word, prefix in _variants(tok.text):
                node = trie.get(word)
                if node is None:
                    continue
                frontier = [(node, i)]
                while frontier:
                    nxt = []
                    for node, j in frontier:
                        for hit in node.get(END, ()):
                            if _prefix_ok(hit, prefix):
                                found.append(Match(i, j, tok.start, tokens[j].end, hit, prefix))
                        if not self.joinable[j]:
                            continue
                        child = node.get(tokens[j + 1].text)
                        if child is not None:
                            nxt.append((child, j + 1))
                        wild = node.get(WILD)
                        if wild is not None:
                            nxt.append((wild, j + 1))
                    frontier = nxt
        return found

    def select(self, category: str, cue: str | None = None) -> list[Match]:
        """Leftmost-longest, non-overlapping matches of one category (or one cue class)."""
        pool = [m for m in self.matches if m.category == category
                and (cue is None or m.data.get("class") == cue)]
        pool.sort(key=lambda m: (m.first, -(m.last - m.first), m.prefix != "", m.hit.ident))
        out: list[Match] = []
        last = -1
        for m in pool:
            if m.first > last:
                out.append(m)
                last = m.last
        return out

    def cues(self, name: str) -> list[Match]:
        """All matches of one cue class (overlaps allowed)."""
        return [m for m in self.matches if m.category == "cue" and m.data.get("class") == name]
