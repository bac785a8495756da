"""The round of an election a report names (``Event.round``; data ``identity.json`` key ``rounds``).

Read as an event is made, on the analysed document: in the words of each of its mentions and the
``window`` words before the mention in its sentence, a round phrase matched word by word on the
tokens' stems after clitic segmentation ("لجولة الإعادة"، "بالدورة الثانية"). An event whose
mentions name two rounds names none.  Identity parts reports of two rounds
(:meth:`timeline.graph.identity.Identity.conflict`, rule ``round``) and lets a report that fits
several events join the one of its round (:func:`timeline.graph.merge._pass`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..arabic import fold
from ..document.model import Token
from ..document.segment import analyses
from .context import Context
from .inflection import ARTICLE
from .lexicon import read_lexicon

_DATA = read_lexicon("identity.json").get("rounds", {})
#: Subtypes whose reports may name a round.
ROUND_SUBTYPES = frozenset(_DATA.get("subtypes", ()))
#: Words before a mention read for its round.
WINDOW = int(_DATA.get("window", 0))


def _stem(word: str) -> str:
    folded = fold(word)
    return folded[len(ARTICLE):] if folded.startswith(ARTICLE) and len(folded) > len(ARTICLE) + 1 else folded


#: (round, phrase as stems), every phrase of the data.
PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (name, tuple(_stem(w) for w in phrase.split()))
    for name in ("first", "runoff") for phrase in _DATA.get(name, ()))


def rounds_in(stems: Sequence[frozenset[str]]) -> set[str]:
    """The rounds whose phrases occur in a run of words, each given by its stems."""
    found = set()
    for name, phrase in PHRASES:
        n = len(phrase)
        if any(all(phrase[j] in stems[i + j] for j in range(n)) for i in range(len(stems) - n + 1)):
            found.add(name)
    return found


def word_stems(words: Iterable[str]) -> list[frozenset[str]]:
    """The stems of written words (the data rows' phrases)."""
    return [frozenset(a.stem for a in analyses(fold(w))) for w in words]


def _is_word(token: Token) -> bool:
    return any(c.isalpha() for c in token.form)


class Rounds(Context):
    """The round an election's mentions name."""

    def round_named(self, subtype: str | None, spans: Iterable[tuple[int, int, int]]) -> str | None:
        """The one round named around the mentions ``spans`` (sentence start, start, end) of an
        event of ``subtype``, else ``None``."""
        if subtype not in ROUND_SUBTYPES or not PHRASES:
            return None
        doc, found = self.text.doc, set()
        for lo, start, end in spans:
            # a bounded look back: a round phrase is a few words, a sentence may be long
            before: list[Token] = []
            for i in reversed(doc.token_range((lo, start))):
                if len(before) == WINDOW:
                    break
                if _is_word(doc.tokens[i]):
                    before.append(doc.tokens[i])
            words = before[::-1] + [t for t in doc.tokens_in((start, end)) if _is_word(t)]
            found |= rounds_in([frozenset(a.stem for a in t.analyses) for t in words])
        return found.pop() if len(found) == 1 else None
