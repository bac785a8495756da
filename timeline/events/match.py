"""Word-level matching of the event lexicon on an analysed :class:`~timeline.document.Document`.

Every trigger, actor, place and cue is a path of folded words in one token trie
(:mod:`timeline.events.lexicon`).  The first word of a path is looked up under each clitic
reading of a token (``Analysis``: conjunction, preposition or future particle, article,
stem, enclitic), and only the readings its entry admits count: a verb takes و/ف and سـ and
object pronouns, a noun trigger takes و/ف, ب/ل/ك, the article and possessive pronouns, a
name takes و/ف and ب/ل/ك but no pronoun.  Later words of a path match whole tokens, with
``*`` gaps where the entry declares them.  Nothing ever matches inside a word.
"""

from __future__ import annotations

import unicodedata
import weakref
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from ..arabic import fold
from ..document import Document
from ..document.segment import CLITICS, Analysis
from .lexicon import END, LEXICON, ORTHOGRAPHY, WILD, Hit, Lexicon, is_nisba


@attrs.frozen
class Match:
    """A lexicon hit over tokens ``[first, last]`` (inclusive) and its original span.

    ``prefix`` is the written proclitics stripped from the first word (``"و"``, ``"بال"``,
    ``"لل"``); ``enc`` the pronoun suffix stripped from it (``"ه"`` in ``اجتماعه``).
    """

    first: int
    last: int
    start: int
    end: int
    hit: Hit
    prefix: str = ""
    enc: str = ""
    #: the preposition (or future particle) among the proclitics, ``""`` when none
    prep: str = ""
    #: the conjunction among the proclitics, ``""`` when none
    conj: str = ""

    @property
    def category(self) -> str:
        return self.hit.category

    @property
    def data(self) -> Mapping[str, Any]:
        return self.hit.data


def _admits(hit: Hit, a: Analysis, article_stripped: bool) -> bool:
    allow = hit.clitics
    if a.enc and hit.pos == "noun" and a.enc in ORTHOGRAPHY.nisba_like:
        return False  # "هجومي" is the adjective "offensive", not "my attack"
    if a.conj and "conj" not in allow:
        return False
    if a.prep:
        if a.prep in CLITICS.future:
            if "future" not in allow:
                return False
        elif "prep" not in allow:
            return False
    if article_stripped and "article" not in allow:
        return False
    return not (a.enc and "enc" not in allow)


def _keys(a: Analysis) -> Iterator[tuple[str, str, bool]]:
    """Lexicon words a reading may stand for: (word, written proclitics, article stripped)."""
    lead = a.conj + a.prep
    yield a.word, lead, False
    if a.definite:
        yield a.stem, a.proclitics, True
    if a.enc:
        # a final alif maqsura or the plural's silent alif is written ا/و before a pronoun:
        # التقاه = التقى + ه, استقبلوه = استقبلوا + ه
        for written, plain in ORTHOGRAPHY.before_enclitic:
            if a.stem.endswith(written):
                yield a.stem[: -len(written)] + plain, lead, False


# Letters that folding merges with a pronoun suffix: a word written with taa marbuta or alif
# maqsura (وزارة، اليمنى) has no pronoun ه or ي however it folds.
_TATWEEL = "\u0640"


def _written_end(text: str, start: int, end: int) -> str:
    """The last letter of the original word (diacritics and tatweel skipped)."""
    i = end - 1
    while i > start and (unicodedata.category(text[i]) == "Mn" or text[i] == _TATWEEL):
        i -= 1
    return text[i] if i >= start else ""


def _joinable(doc: Document, lexicon: Lexicon) -> list[bool]:
    """Whether token ``i`` and the next are separated by spaces (and quotation marks) only:
    a phrase runs across «» and "" ("فاز "الديكة" على") but never across other punctuation."""
    marks = "".join(a + b for a, b in lexicon.quote_pairs)
    tokens, text = doc.tokens, doc.text
    return [i + 1 < len(tokens) and not text[tokens[i].end:tokens[i + 1].start].strip().strip(marks)
            for i in range(len(tokens))]


def _readings(analyses: tuple[Analysis, ...]) -> Iterator[tuple[Analysis, bool]]:
    """The document's readings, plus verb-only ones for a word that merely starts like the
    article: التقاه = التقى + ه (the document never splits a pronoun off a definite word)."""
    for a in analyses:
        yield a, False
    for a in analyses:
        if a.definite or a.enc or not a.stem.startswith(CLITICS.article):
            continue
        for enc in CLITICS.enclitics:
            if a.stem.endswith(enc) and len(a.stem) - len(enc) > len(CLITICS.article) + 1:
                yield Analysis(a.conj, a.prep, False, a.stem[: -len(enc)], enc), True


def _in_context(m: Match, doc: Document, lexicon: Lexicon, verb_ends: set[int], ya_style: bool) -> bool:
    """Whether a match meets the context its entry needs (see :class:`Hit`) and is not a
    word that folding merely makes look like a name (final ى for ي)."""
    tokens = doc.tokens
    if m.category in ("actor", "place") and not ya_style:
        for k in range(m.first, m.last + 1):
            t = tokens[k]
            if _written_end(doc.text, t.start, t.end) == ORTHOGRAPHY.maqsura and (
                    t.form in lexicon.ya_final or t.form[len(m.prefix):] in lexicon.ya_final):
                return False
    if m.hit.context is None:
        return True
    prev = m.first - 1
    joined = prev >= 0 and not doc.text[tokens[prev].end:tokens[m.first].start].strip()
    if m.hit.context == "attributive":
        # an indefinite nisba qualifies the noun before it; after a verb or alone it is a name
        # (or coordinated with the nisba before it: "طائرات أمريكية وبريطانية")
        return joined and prev not in verb_ends and (not m.prefix or (m.prefix == m.conj and is_nisba(tokens[prev].form)))
    if m.hit.context == "locative":
        return (m.prep in lexicon.cue_words.get("locative_clitic", ())
                or (prev >= 0 and tokens[prev].form in lexicon.cue_words.get("locative", ())))
    return True


def match_document(doc: Document, lexicon: Lexicon = LEXICON) -> list[Match]:
    """Every lexicon match in ``doc`` that meets its context (overlaps allowed), in token order."""
    found = _raw_matches(doc, lexicon)
    verb_ends = {m.last for m in found if m.category == "trigger" and m.hit.pos == "verb"}
    probes = lexicon.cue_words.get("ya_probe", frozenset())
    ya_style = any(t.form in probes and _written_end(doc.text, t.start, t.end) == ORTHOGRAPHY.maqsura
                   for t in doc.tokens)
    return [m for m in found if _in_context(m, doc, lexicon, verb_ends, ya_style)]


#: Per lexicon (by id, dropped with it): (folded word, last written letter) -> the trie nodes
#: its readings start at.  News repeats its words, so each is read once per process.
_STARTS: dict[int, dict[tuple[str, str], tuple[tuple[Any, Analysis, str, bool, bool], ...]]] = {}
_STARTS_SIZE = 1 << 16


def _start_table(lexicon: Lexicon) -> dict[tuple[str, str], tuple[tuple[Any, Analysis, str, bool, bool], ...]]:
    table = _STARTS.get(id(lexicon))
    if table is None:
        table = _STARTS[id(lexicon)] = {}
        weakref.finalize(lexicon, _STARTS.pop, id(lexicon), None)
    elif len(table) > _STARTS_SIZE:
        table.clear()
    return table


def _starts(form: str, last: str, analyses: tuple[Analysis, ...], lexicon: Lexicon,
            ) -> tuple[tuple[Any, Analysis, str, bool, bool], ...]:
    """Where the readings of a token start in the trie: ``(node, reading, written proclitics,
    article stripped, verb only)`` in reading order (``last``: its last written letter)."""
    trie = lexicon.trie
    whole = lexicon.cue_words.get("whole_words", frozenset())
    impossible = ORTHOGRAPHY.not_enclitic.get(last, ())
    out = []
    for a, verb_only in _readings(analyses):
        if a.enc in impossible or (a.prep and not a.definite and a.prep + a.stem + a.enc in whole):
            continue  # a word whose first letter only looks like a preposition (بحث is no بـ + حث)
        for word, prefix, stripped in _keys(a):
            node = trie.get(word)
            if node is not None:
                out.append((node, a, prefix, stripped, verb_only))
    return tuple(out)


def _raw_matches(doc: Document, lexicon: Lexicon) -> list[Match]:
    tokens = doc.tokens
    text = doc.text
    joinable = _joinable(doc, lexicon)
    table = _start_table(lexicon)
    found: list[Match] = []
    for i, tok in enumerate(tokens):
        seen: set[tuple[int, tuple[Any, ...]]] = set()
        word = (tok.form, _written_end(text, tok.start, tok.end))
        starts = table.get(word)
        if starts is None:
            starts = table[word] = _starts(tok.form, word[1], tok.analyses, lexicon)
        for node, a, prefix, stripped, verb_only in starts:
            frontier = [(node, i)]
            while frontier:
                nxt = []
                for node, j in frontier:
                    for hit in node.get(END, ()):
                        key = (j, hit.ident)
                        if key not in seen and _admits(hit, a, stripped) and (not verb_only or hit.pos == "verb"):
                            seen.add(key)
                            found.append(Match(i, j, tok.start, tokens[j].end, hit, prefix, a.enc, a.prep, a.conj))
                    if not joinable[j]:
                        continue
                    child = node.get(tokens[j + 1].form)
                    if child is not None:
                        nxt.append((child, j + 1))
                    wild = node.get(WILD)
                    if wild is not None:
                        nxt.append((wild, j + 1))
                frontier = nxt
    return found


class Text:
    """One article's analysed document plus its lexicon matches, read by every extraction step.

    ``tokens``, ``sentences``, ``clauses`` and ``quotes`` are the document's; ``joinable[i]``
    says token ``i`` and the next one are separated by spaces only.
    """

    def __init__(self, doc: Document, lexicon: Lexicon = LEXICON):
        self.doc = doc
        self.original = doc.text
        self.lexicon = lexicon
        self.tokens = doc.tokens
        self.sentences = list(doc.sentences)
        self.clauses = list(doc.clauses)
        self.quotes = list(doc.quotes)
        self.joinable = _joinable(doc, lexicon)
        self.matches = match_document(doc, lexicon)
        by_class: dict[str, list[Match]] = {}
        for m in self.matches:
            name = m.category if m.category != "cue" else "cue:" + m.data.get("class", "")
            by_class.setdefault(name, []).append(m)
        self._by_class = by_class
        #: the table of the unlisted persons it names (``name_table.read_names`` sets it)
        self.names: Any = None

    def token_at(self, offset: int) -> int:
        return self.doc.token_at(offset)

    def token_range(self, span: tuple[int, int]) -> range:
        return self.doc.token_range(span)

    def sentence_of(self, offset: int) -> int:
        return self.doc.sentence_of(offset)

    def clause_of(self, offset: int) -> int:
        return self.doc.clause_of(offset)

    def in_quote(self, offset: int) -> bool:
        return self.doc.in_quote(offset)

    def gap(self, start: int, end: int) -> str:
        """What separates two words: the original text from ``start`` to ``end``, stripped and
        folded ("" for spaces, "," for a comma of either script)."""
        return fold(self.original[start:end].strip())

    def select(self, category: str, cue: str | None = None) -> list[Match]:
        """Leftmost-longest, non-overlapping matches of one category (or one cue class)."""
        pool = list(self._by_class.get(category if cue is None else f"cue:{cue}", ()))
        pool.sort(key=lambda m: (m.first, -(m.last - m.first), m.prefix != "", m.enc != "", m.hit.ident))
        out: list[Match] = []
        last = -1
        for m in pool:
            if m.first > last:
                out.append(m)
                last = m.last
        return out

    def cues(self, name: str) -> list[Match]:
        """All matches of one cue class (overlaps allowed)."""
        return list(self._by_class.get(f"cue:{name}", ()))

