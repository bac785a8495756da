"""The token trie the event lexicon compiles into: what a path stands for (:class:`Hit`),
which clitics each kind of entry admits, and the builder that stores the paths.

A path is a tuple of folded words; ``*`` in a form is one optional intervening word.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from ..arabic import fold

#: Wildcard path element: one optional intervening word ("*" in a lexicon form).
WILD = "*"
#: Key under which a trie node keeps the payloads of the paths that end there.
END = ""


@attrs.frozen
class Hit:
    """What a trie path stands for.

    ``category`` is ``"trigger"``, ``"actor"``, ``"place"`` or ``"cue"``; ``data`` holds
    the entry (a read-only mapping); ``pos`` decides which proclitics the first word takes.
    """

    category: str
    data: Mapping[str, Any] = attrs.field(eq=False, hash=False)
    pos: str = "noun"
    ident: tuple[Any, ...] = ()
    #: clitics the first word admits: ``conj`` (و ف), ``prep`` (ب ل ك), ``future`` (س),
    #: ``article`` (ال before a form written without it), ``enc`` (a pronoun suffix)
    clitics: frozenset[str] = frozenset({"conj", "prep"})
    #: a context the match needs: ``attributive`` (an indefinite nisba adjective follows a
    #: noun: "مسؤول روسي", not "قال جورجي"), ``locative`` (an ambiguous name follows a
    #: locative word: "في كيف" but not "كيف عاد")
    context: str | None = None


#: Clitics admitted by default: nouns take the conjunction, a preposition, the article and a
#: possessive; verbs the conjunction, the future particle and an object pronoun; names the
#: conjunction and a preposition only (never a pronoun); cue words like nouns without pronoun.
DEFAULT_CLITICS = MappingProxyType({
    ("trigger", "noun"): frozenset({"conj", "prep", "article", "enc"}),
    ("trigger", "verb"): frozenset({"conj", "future", "enc"}),
    ("actor", "noun"): frozenset({"conj", "prep"}),
    ("place", "noun"): frozenset({"conj", "prep"}),
    ("cue", "noun"): frozenset({"conj", "prep", "article"}),
})


def clitics_of(category: str, entry: Mapping[str, Any], pos: str = "noun") -> frozenset[str]:
    """The clitics an entry admits: its own ``clitics`` list, else the default of its kind."""
    if "clitics" in entry:
        return frozenset(entry["clitics"])
    return DEFAULT_CLITICS[(category, pos)]


def words_of(form: str) -> tuple[str, ...]:
    """The folded words of a lexicon form (not cached: a cache kept every expanded form alive)."""
    return tuple(fold(form).split())


def freeze(value: Any) -> Any:
    """A parsed JSON value made read-only (mappings as proxies, lists as tuples)."""
    if isinstance(value, dict):
        return MappingProxyType({k: freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(freeze(v) for v in value)
    return value


class TrieBuilder:
    """Collects paths and their payloads into nested dicts (``root``); ``depth`` is the
    longest path."""

    def __init__(self) -> None:
        self.root: dict[str, Any] = {}
        self.depth = 0

    def add(self, words: tuple[str, ...], hit: Hit) -> None:
        # An optional wildcard is stored both ways, so matching never backtracks.
        if WILD in words:
            i = words.index(WILD)
            self.add(words[:i] + words[i + 1:], hit)
        node = self.root
        self.depth = max(self.depth, len(words))
        for word in words:
            # interned: the same adjective or name word sits under thousands of heads
            node = node.setdefault(sys.intern(word), {})
        bucket = node.setdefault(END, [])
        if hit not in bucket:
            bucket.append(hit)


def freeze_trie(node: dict[str, Any]) -> dict[str, Any]:
    """Payload lists become tuples; inner nodes stay plain dicts (read-only by convention: a
    hundred thousand read-only proxies cost seconds at import).  Leaves holding the same
    payloads become one shared read-only node: an office or a country expands into thousands
    of paths that all end in the same hit, and a dict per path was most of the lexicon's
    memory; a proxy makes a write to one path's leaf, which would change them all, fail."""
    leaves: dict[tuple[int, ...], Mapping[str, Any]] = {}
    stack = [node]
    while stack:
        n = stack.pop()
        for k, v in n.items():
            if k == END:
                n[k] = tuple(v)
            elif len(v) == 1 and END in v:
                payload = tuple(v[END])
                n[k] = leaves.setdefault(tuple(map(id, payload)), MappingProxyType({END: payload}))
            else:
                stack.append(v)
    return node


def inflect(words: tuple[str, ...], suffixes: Iterable[str]) -> Iterable[tuple[str, ...]]:
    """Every path the words make with each of ``suffixes`` on each word (wildcards kept)."""
    sufs = tuple(dict.fromkeys(fold(s) for s in suffixes)) or ("",)
    options = [(w,) if w == WILD else tuple(dict.fromkeys(w + s for s in sufs)) for w in words]
    return itertools.product(*options)
