"""Clitic segmentation: the readings of one folded word as proclitics + stem + enclitic.

Arabic writes conjunctions, prepositions, the future particle, the article and object or
possessive pronouns glued to the word: ``وببوتين`` is و + ب + بوتين, ``لإطلاق`` is
ل + إطلاق, ``اجتماعه`` is اجتماع + ه, ``زيارته`` is زيارة + ه.  A word has several
readings (``وقف`` is the noun "halt" or و + قف); every stage that matches words picks
the reading its language data allows, so nothing is ever matched inside a word.  The
clitic inventory is data (``timeline/lexicon/arabic/text.json``).
"""

from __future__ import annotations

import functools
import itertools
import json
from importlib import resources
from typing import Any

import attrs

from ..arabic import fold


@attrs.frozen
class Analysis:
    """One reading of a word: ``conj`` + ``prep`` + (``ال`` if ``definite``) + ``stem`` + ``enc``.

    ``conj`` is و/ف or ``""``; ``prep`` is ب/ل/ك, the future particle س, or ``""``; ``enc``
    is a pronoun suffix or ``""``.  ``stem`` is folded; a taa marbuta written ت before an
    enclitic is given back as ه (folded ة), so ``زيارته`` has the stem ``زياره``.
    """

    conj: str
    prep: str
    definite: bool
    stem: str
    enc: str = ""

    @property
    def proclitics(self) -> str:
        """The proclitics as written (``لل`` for ل + ال)."""
        if self.definite and self.prep == "ل":
            return self.conj + "لل"
        return self.conj + self.prep + ("ال" if self.definite else "")

    @property
    def bare(self) -> bool:
        """No clitic at all: the word as written."""
        return not (self.conj or self.prep or self.definite or self.enc)

    @property
    def word(self) -> str:
        """The stem with its article, without other clitics (``الهدنه`` for ``بالهدنه``)."""
        return ("ال" if self.definite else "") + self.stem


def _data() -> dict[str, Any]:
    text = resources.files("timeline").joinpath("lexicon", "arabic", "text.json").read_text("utf-8")
    return json.loads(text)


@attrs.frozen
class Clitics:
    """The clitic inventory, folded."""

    conjunctions: tuple[str, ...]
    prepositions: tuple[str, ...]
    future: tuple[str, ...]
    article: str
    lam_article: str
    enclitics: tuple[str, ...]
    bound_taa: str
    free_taa: str
    min_stem: int
    #: every written proclitic string with its parts (written, conj, prep, definite), longest first
    prefixes: tuple[tuple[str, str, str, bool], ...] = ()

    @classmethod
    def load(cls) -> Clitics:
        data = _data()
        pro = data["proclitics"]
        made = cls(
            conjunctions=tuple(fold(x) for x in pro["conjunction"]),
            prepositions=tuple(fold(x) for x in pro["preposition"]),
            future=tuple(fold(x) for x in pro["future"]),
            article=fold(pro["article"][0]),
            lam_article=fold(pro["lam_article"]),
            # longest first, so "هما" is tried before "ها" and "ه"
            enclitics=tuple(sorted((fold(x) for x in data["enclitics"]), key=lambda s: (-len(s), s))),
            bound_taa=fold(data["taa_marbuta"]["bound"]),
            free_taa=fold(data["taa_marbuta"]["free"]),
            min_stem=int(data["min_stem"]),
        )
        return attrs.evolve(made, prefixes=made._written())

    def _written(self) -> tuple[tuple[str, str, str, bool], ...]:
        out = []
        for conj, prep, definite in itertools.product(("", *self.conjunctions),
                                                      ("", *self.prepositions, *self.future), (False, True)):
            if definite and prep in self.future:
                continue  # the future particle goes on verbs, the article on nouns
            if definite and prep == "ل":
                written = conj + self.lam_article
            else:
                written = conj + prep + (self.article if definite else "")
            out.append((written, conj, prep, definite))
        return tuple(sorted(out, key=lambda p: (-len(p[0]), p[0])))


CLITICS = Clitics.load()


@functools.lru_cache(maxsize=1 << 16)
def analyses(form: str) -> tuple[Analysis, ...]:
    """All readings of the folded word ``form``, the unsegmented one first.

    A stem keeps at least ``min_stem`` letters (one digit suffices for numbers: ``وال17``);
    enclitics are split off only from words without the article (``الاجتماعه`` is not Arabic,
    and ``اليمنى`` is not اليمن + ي).
    """
    out: list[Analysis] = []
    seen: set[tuple[str, str, bool, str, str]] = set()

    def add(conj: str, prep: str, definite: bool, stem: str, enc: str) -> None:
        key = (conj, prep, definite, stem, enc)
        if key not in seen:
            seen.add(key)
            out.append(Analysis(conj, prep, definite, stem, enc))

    c = CLITICS
    for written, conj, prep, definite in reversed(c.prefixes):  # "" first
        if not form.startswith(written):
            continue
        rest = form[len(written):]
        shortest = 1 if rest[:1].isdigit() else c.min_stem
        if len(rest) < shortest:
            continue
        add(conj, prep, definite, rest, "")
        if definite or rest[:1].isdigit() or rest.startswith(c.article):
            continue
        for enc in c.enclitics:
            if rest.endswith(enc) and len(rest) - len(enc) >= c.min_stem:
                stem = rest[: -len(enc)]
                if stem.endswith(c.bound_taa):
                    add(conj, prep, definite, stem[:-1] + c.free_taa, enc)
                add(conj, prep, definite, stem, enc)
    return tuple(out)
