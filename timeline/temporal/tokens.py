"""The tagger's token stream: the time words and numbers among the Document's tokens.

A time token is a lexicon form (one or more words, the first of which may carry proclitics
from the shared clitic inventory) or a number (digits, possibly joined by ``/ . : -`` as in
``27/9/2020`` or ``14:30``, after an optional article as in ``الـ17``, with a glued era letter
as in ``1445هـ``).  Every other word is skipped, so adjacency in the grammar means "nothing
but spaces between".  One dictionary look-up per Document token: linear in the text.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from ..document import Document
from .lexicon import LEXICON
from .vocabulary import PACKAGE, Vocabulary

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_SEPARATORS = "./:-"
#: the dot after one letter of an abbreviation written with dots (ت.غ)
_ABBREVIATION_DOT = "."
#: the role every number token has (rules dispatch on it)
NUMBER = MappingProxyType({"num": True})


class Token:
    """A time word or number; offsets index the normalized text and include the proclitics."""

    __slots__ = ("start", "end", "roles", "num", "pre", "art", "wstart", "era")

    def __init__(self, start: int, end: int, roles: Mapping[str, Any], num: str | None,
                 pre: str, art: bool, wstart: int, era: str | None = None):
        self.start, self.end, self.roles, self.num = start, end, roles, num
        self.pre, self.art, self.wstart, self.era = pre, art, wstart, era

    @property
    def coordinated(self) -> bool:
        """Written with the coordinating proclitic (``و``)."""
        return self.pre.startswith(LEXICON.coordinators)

    def has(self, role: str) -> bool:
        return role in self.roles

    def get(self, role: str, default: Any = None) -> Any:
        return self.roles.get(role, default)

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Token({self.start},{self.end},{sorted(self.roles)},{self.num!r},{self.pre!r})"


def _readings(form: str, entries: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """(proclitic, rest) splits of a folded word whose rest starts a form of ``entries`` or a
    number, in the order they are tried."""
    out = []
    for pre in LEXICON.proclitics:
        if not form.startswith(pre) or len(form) == len(pre):
            continue
        rest = form[len(pre):]
        if rest in entries and (rest not in LEXICON.lam_only or pre.endswith(LEXICON.lam_article)) \
                or rest[0].isdecimal() or (
                rest.startswith(LEXICON.article) and (len(rest) == len(LEXICON.article)
                                                      or rest[len(LEXICON.article)].isdecimal())):
            out.append((pre, rest))
    lead = 1 if form[:1] in LEXICON.coordinators else 0
    if form[lead:lead + 1] in LEXICON.article_proclitics and form.startswith(LEXICON.article, lead + 1) \
            and form[lead + 1:] in entries:
        # هالأسبوع، عالساعة: a spoken contraction before the article; وهالسنة with the coordinator
        out.append((form[:lead + 1], form[lead + 1:]))
    return tuple(out)


def _digits(form: str) -> tuple[str, str]:
    """The leading digits of ``form`` and what follows them."""
    k = 0
    while k < len(form) and form[k].isdecimal():
        k += 1
    return form[:k], form[k:]


def time_tokens(doc: Document, dialects: frozenset[str] | None = None,
                vocabulary: Vocabulary | None = None) -> list[Token]:
    """The time tokens of ``doc``, in text order; ``dialects`` keeps only those spoken-form
    overlays (``None``: all); ``vocabulary`` the time words read (the package's by default)."""
    vocab = PACKAGE if vocabulary is None else vocabulary
    skip = None
    if dialects is not None:
        skip = frozenset(form for form, regions in LEXICON.dialect_forms.items() if not regions & dialects)
    text = doc.norm.text
    words = doc.tokens
    n = len(words)
    out: list[Token] = []
    cache = vocab.readings
    k = 0
    while k < n:
        form = words[k].form
        readings = cache.get(form)
        if readings is None:
            readings = _readings(form, vocab.entries)
            vocab.remember(form, readings)
        if not readings:
            k += 1
            continue
        nxt = k + 1
        for pre, rest in readings:
            got = _number(text, words, k, pre, rest) if rest[0].isdecimal() or rest.startswith(LEXICON.article) \
                else None
            if got is None:
                got = _word(text, words, k, pre, rest, vocab, skip)
            if got is not None:
                out.append(got[0])
                nxt = got[1]
                break
        k = nxt
    return out


def _number(text: str, words: Any, k: int, pre: str, rest: str) -> tuple[Token, int] | None:
    """A number token starting in Document token ``k`` after ``pre``, and the next token index."""
    word = words[k]
    start = word.nstart
    art = False
    if rest.startswith(LEXICON.article):
        art = True
        rest = rest[len(LEXICON.article):]
        if not rest:
            # "الـ 17": the article, one space, then the digits
            if k + 1 >= len(words) or text[word.nend:words[k + 1].nstart] != " " \
                    or not words[k + 1].form[:1].isdecimal():
                return None
            k += 1
            word = words[k]
            rest = word.form
    digits, tail = _digits(rest)
    if not digits:
        return None
    wstart = word.nend - len(rest)
    num = digits
    end = wstart + len(digits)
    # 27/9/2020, 14:30: digits joined by one separator each
    while not tail and k + 1 < len(words):
        nxt = words[k + 1]
        if nxt.nstart - word.nend != 1 or text[word.nend] not in _SEPARATORS or not nxt.form[:1].isdecimal():
            break
        more, tail = _digits(nxt.form)
        num += text[word.nend] + more
        k += 1
        word = nxt
        end = word.nstart + len(more)
    era = None
    if tail and (tail[0] in LEXICON.hijri_marks or tail[0] in LEXICON.gregorian_marks) \
            and not tail[1:2].isalpha():
        era = tail[0]
        end += 1
    roles = NUMBER
    return Token(start, end, roles, num, pre, art, wstart, era), k + 1


def _word(text: str, words: Any, k: int, pre: str, rest: str, vocab: Vocabulary,
          skip: frozenset[str] | None = None) -> tuple[Token, int] | None:
    """The longest lexicon form starting with ``rest`` in Document token ``k`` (later words
    follow with nothing but spaces between, or a dot after one letter: ``ت.غ``), not one of
    the ``skip`` forms."""
    node = vocab.entries.get(rest)
    if node is None:
        return None
    roles = vocab.roles
    lam = pre.endswith(LEXICON.lam_article)
    found = None
    if "" in node:
        form = node[""]
        found = _roles(form, roles, lam, skip) if lam or skip else roles[form] if form in roles else None
    last = k
    m = k + 1
    while m < len(words):
        cur = words[m]
        node = node.get(cur.form)
        gap = text[words[m - 1].nend:cur.nstart]
        if node is None or (gap.strip() and not (gap == _ABBREVIATION_DOT and len(words[m - 1].form) == 1)):
            break  # nothing but spaces between, or the dot of an abbreviation (ت.غ)
        if "" in node:
            form = node[""]
            longer = _roles(form, roles, lam, skip) if lam or skip else roles[form] if form in roles else None
            if longer is not None:
                found, last = longer, m
        m += 1
    if found is None:
        return None
    word = words[k]
    return Token(word.nstart, words[last].nend, found, None, pre, False, word.nstart + len(pre)), last + 1


def _roles(form: str, roles: Mapping[str, Any], lam: bool, skip: frozenset[str] | None) -> Any:
    """The roles of a trie ``form`` after لل (or with forms to skip): the form with the
    article first (``للعيد`` = ل + ``العيد``); a form kept only for that reading is nothing else."""
    if skip and form in skip:
        return None
    found = roles.get(LEXICON.article + form) if lam else None
    return found if found is not None else roles.get(form)
