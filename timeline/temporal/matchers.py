"""Matchers built from folded word lists: a regex of whole words factored into a trie, and
:class:`WordCues`, a word trie matched on the Document's tokens (with optional prefixes)."""

from __future__ import annotations

import functools
import re
from typing import Any

import attrs

from ..arabic import fold
from ..arabic.normalize import MARKS
from ..document import CLITICS

_MARKS = re.compile("[" + re.escape("".join(sorted(MARKS))) + "]")
#: how many words a text must hold, none with the letter a written prefix keeps from the folding,
#: to be read as written without it (a shorter one may simply have none to write)
_HAMZALESS_WORDS = 30


@functools.lru_cache(maxsize=8)
def writes_no_hamza(text: str, letters: frozenset[str]) -> bool:
    """Rule ``hamzaless_writer``: ``text`` is long enough and never writes ``letters`` (the
    letters the folding changes in a written prefix: the hamza of ``سأ``), as a forum post or a
    chat does: its ``سازور`` is ``سأزور``, the future."""
    return not any(a in text for a in letters) and len(text.split()) >= _HAMZALESS_WORDS


def _folded_letters(written: dict[str, str]) -> frozenset[str]:
    """The letters of the written prefixes that the folding changes."""
    return frozenset(c for w in written.values() for c in w if fold(c) != c)


def as_written(original: str, start: int, end: int, folded: str, written: dict[str, str]) -> bool:
    """The word ``original[start:end]``, folded ``folded`` (a conjunction possibly glued before
    the part looked at), opens with its prefix as written when the folding changes that prefix
    (``written``: folded prefix -> written one), or the text never writes that letter."""
    want = written.get(folded[:2])
    if want is None:
        return True
    word = _MARKS.sub("", original[start:end])
    return word[len(word) - len(folded):].startswith(want) or writes_no_hamza(original, _folded_letters(written))


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
    (the future سـ on a verb) unless they start with an ``exclude`` form; a prefix the folding
    changes (``سأ``, folded ``سا``) counts only as written, since its folded form opens many names
    (ساجاستي، ساويرس).  A phrase whose trie
    end is ``"gated"`` is a cue only before a word made of a ``gate`` prefix and ``min_rest``
    more letters (``على أن`` before an imperfect verb)."""

    trie: Any
    prefixes: tuple = ()
    exclude: tuple = ()
    min_rest: int = 3
    gate: tuple = ()
    #: words that start like the gate and are not (nouns, names): a compiled pattern or ``None``
    gate_not: Any = None
    #: folded prefix -> how it must be written in the original word (diacritics aside)
    written: Any = attrs.field(factory=dict)

    def starts(self, doc: Any) -> list[int]:
        """Original offsets of the tokens where a cue starts, in text order."""
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
            end = self._match(doc, k, form)
            if end is None and bare:
                end = self._match(doc, k, bare)
            if end is None:
                k += 1
                continue
            out.append(words[k].start)
            k = end
        return out

    def _match(self, doc: Any, k: int, first: str) -> int | None:
        text, words = doc.norm.text, doc.tokens
        node = self.trie.get(first)
        end = None
        if node is not None:
            end = k + 1 if "" in node and self._ends(node, text, words, k + 1) else None
            m = k + 1
            while m < len(words) and not text[words[m - 1].nend:words[m].nstart].strip():
                node = node.get(words[m].form)
                if node is None:
                    break
                if "" in node and self._ends(node, text, words, m + 1):
                    end = m + 1
                m += 1
        if end is None and self.prefixes and first[:2] in self.prefixes and not first.startswith(self.exclude):
            rest = first[2:]
            if len(rest) >= self.min_rest and rest.isalpha() and self._as_written(doc.text, words[k], first):
                end = k + 1
        return end

    def _as_written(self, original: str, word: Any, first: str) -> bool:
        """``first`` (the word, or the word after its conjunction) opens with its prefix as
        written (:func:`as_written`)."""
        return as_written(original, word.start, word.end, first, self.written)


    def _ends(self, node: Any, text: str, words: Any, m: int) -> bool:
        """A phrase ends at this trie node (a gated one only before a word of the gate)."""
        mark = node.get("")
        if mark is None:
            return False
        if mark is True:
            return True
        if m >= len(words) or text[words[m - 1].nend:words[m].nstart].strip():
            return False
        form = words[m].form
        return form[:1] in self.gate and len(form) > self.min_rest and form.isalpha() \
            and not (self.gate_not is not None and self.gate_not.match(form))


def shapes_re(words: Any = (), shapes: Any = (), endings: Any = (), letters: Any = ()) -> re.Pattern | None:
    """Whole words that are one of ``words``, fit one of ``shapes`` (where each of ``letters``
    stands for any letter) or end with one of ``endings``; ``None`` when all are empty."""
    wild = {fold(c) for c in letters}
    alts = [re.escape(fold(w)) + "$" for w in words]
    alts += ["".join("." if c in wild else re.escape(c) for c in fold(s)) + "$" for s in shapes]
    alts += [r".*" + re.escape(fold(e)) + "$" for e in endings]
    return re.compile("(?:" + "|".join(alts) + ")") if alts else None


def word_cues(words: Any, prefixes: Any = (), exclude: Any = (), gated: Any = (),
              gate: Any = (), gate_not: re.Pattern | None = None) -> WordCues:
    """Cues from phrases; ``gated`` phrases count only before a word starting with ``gate``
    (and not matched by ``gate_not``)."""
    trie: dict[str, Any] = {}
    for phrases, mark in ((words, True), (gated, "gated")):
        for phrase in phrases:
            node = trie
            for word in fold(phrase).split():
                node = node.setdefault(word, {})
            if node.get("") is not True:
                node[""] = mark
    return WordCues(trie, tuple(sorted({fold(p) for p in prefixes})), tuple(sorted({fold(w) for w in exclude})),
                    gate=tuple(sorted({fold(p) for p in gate})), gate_not=gate_not,
                    written={fold(p): p for p in prefixes if fold(p) != p})


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
