"""Matchers built from folded word lists: a regex of whole words factored into a trie, and
:class:`WordCues`, a word trie matched on the Document's tokens (with optional prefixes)."""

from __future__ import annotations

import re
from typing import Any

import attrs

from ..arabic import fold
from ..document import CLITICS


def char_class(chars: tuple[str, ...]) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]"



def trie_regex(words: list[str]) -> str:
    """An alternation of ``words`` factored into a trie; longer continuations are tried first."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = []
        for char in sorted(c for c in node if c):
            piece = r"\s+" if char == " " else re.escape(char)
            branches.append(piece + build(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(trie)


@attrs.frozen
class WordCues:
    """Cue words and phrases matched on the Document's tokens (a conjunction may be glued to
    the first word): a word trie, plus words made of a prefix and ``min_rest`` more letters
    (the future سـ on a verb) unless they start with an ``exclude`` form."""

    trie: Any
    prefixes: tuple = ()
    exclude: tuple = ()
    min_rest: int = 3

    def starts(self, doc: Any) -> list[int]:
        """Original offsets of the tokens where a cue starts, in text order."""
        text = doc.norm.text
        words = doc.tokens
        conj = CLITICS.conjunctions
        trie, prefixes = self.trie, self.prefixes
        out = []
        k = 0
        n = len(words)
        while k < n:
            form = words[k].form
            bare = form[1:] if form[:1] in conj else ""
            # quick rejection: neither the word nor the word without its conjunction can start a cue
            if not (form in trie or bare in trie or form[:2] in prefixes or bare[:2] in prefixes):
                k += 1
                continue
            end = self._match(text, words, k, form)
            if end is None and bare:
                end = self._match(text, words, k, bare)
            if end is None:
                k += 1
                continue
            out.append(words[k].start)
            k = end
        return out

    def _match(self, text: str, words: Any, k: int, first: str) -> int | None:
        node = self.trie.get(first)
        end = None
        if node is not None:
            end = k + 1 if "" in node else None
            m = k + 1
            while m < len(words) and not text[words[m - 1].nend:words[m].nstart].strip():
                node = node.get(words[m].form)
                if node is None:
                    break
                if "" in node:
                    end = m + 1
                m += 1
        if end is None and self.prefixes and first[:2] in self.prefixes and not first.startswith(self.exclude):
            rest = first[2:]
            if len(rest) >= self.min_rest and rest.isalpha():
                end = k + 1
        return end


def word_cues(words: Any, prefixes: Any = (), exclude: Any = ()) -> WordCues:
    trie: dict[str, Any] = {}
    for phrase in words:
        node = trie
        for word in fold(phrase).split():
            node = node.setdefault(word, {})
        node[""] = True
    return WordCues(trie, tuple(sorted({fold(p) for p in prefixes})), tuple(sorted({fold(w) for w in exclude})))


def starts(words: Any) -> str:
    """A look-ahead for the first letters of ``words``: the scan skips other positions in C."""
    return "(?=" + char_class(tuple(sorted({w[0] for w in words if w}))) + ")"


def words_re(words: list[str], proclitic: str = char_class(CLITICS.conjunctions) + "?",
              particles: tuple[str, ...] = CLITICS.conjunctions) -> re.Pattern:
    """Whole words (folded; spaces match any run of spaces), optionally after ``proclitic``
    (which starts with one of ``particles``)."""
    forms = sorted({" ".join(fold(w).split()) for w in words})
    alt = trie_regex(forms)
    return re.compile(starts([*forms, *particles]) + r"(?<![^\W\d_])" + proclitic + "(?:" + alt
                      + r")(?![^\W\d_])")
