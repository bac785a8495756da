"""How event-lexicon words inflect and are written (``timeline/lexicon/events/inflection.json``):
the article, nisba adjectives, and the written distinctions that folding erases."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any

import attrs

from ..arabic import fold


def read_data(name: str) -> dict[str, Any]:
    """One file of ``timeline/lexicon/events/``, parsed."""
    text = resources.files("timeline").joinpath("lexicon", "events", name).read_text("utf-8")
    return json.loads(text)


#: ``inflection.json`` as parsed.
INFLECTION = read_data("inflection.json")
_ARTICLE = INFLECTION["article"]
#: The definite article, as written.
ARTICLE_WRITTEN = _ARTICLE
#: The definite article, folded.
ARTICLE = fold(_ARTICLE)


@attrs.frozen
class Nisba:
    """How a nisba adjective ends (folded): ``ya`` its base ending, ``endings`` its inflected
    endings, ``feminine`` the feminine one, unless the letter before it is in ``not_after``
    (a long vowel: "رايه" is no nisba)."""

    ya: str
    endings: tuple[str, ...]
    feminine: str
    not_after: tuple[str, ...]


NISBA = Nisba(fold(INFLECTION["final_ya"]), tuple(fold(e) for e in INFLECTION["nisba_endings"]["plain"]),
              fold(INFLECTION["nisba_endings"]["feminine"]),
              tuple(fold(e) for e in INFLECTION["nisba_endings"]["feminine_not_after"]))


@attrs.frozen
class Orthography:
    """Written distinctions that folding erases (see ``inflection.json``)."""

    #: last written letter -> folded pronouns a word so written cannot carry
    not_enclitic: Mapping[str, tuple[str, ...]]
    #: the alif maqsura as written
    maqsura: str
    #: (folded ending before a pronoun, folded ending without one)
    before_enclitic: tuple[tuple[str, str], ...]
    #: pronouns that on a noun read as a nisba ending instead ("هجومي")
    nisba_like: tuple[str, ...] = ()


ORTHOGRAPHY = Orthography(
    MappingProxyType({k: tuple(fold(x) for x in v) for k, v in INFLECTION["written_not_enclitic"].items()}),
    INFLECTION["maqsura"], tuple((fold(a), fold(b)) for a, b in INFLECTION["before_enclitic"]),
    tuple(fold(x) for x in INFLECTION["nisba_like_enclitics"]))


def is_nisba(word: str) -> bool:
    """Whether the folded ``word`` ends like a nisba adjective ("عسكري"، "الإيرانية")."""
    if word.endswith(NISBA.endings):
        return True
    return word.endswith(NISBA.feminine) and word[-len(NISBA.feminine) - 1:-len(NISBA.feminine)] not in NISBA.not_after


_NISBA_DEFINITE = tuple(INFLECTION["nisba"]["definite"])
_NISBA_INDEFINITE = tuple(INFLECTION["nisba"]["indefinite"])
_YA = INFLECTION["final_ya"]


@functools.cache
def adjective_forms(adj: str, definite: bool | None = None) -> tuple[str, ...]:
    """The nisba adjective as it appears after a definite or indefinite noun (``definite``:
    only the forms with, or without, the article)."""
    base = fold(adj)
    article = fold(_ARTICLE)
    words = adj.split()  # each word of a nisba of two agrees ("كوري جنوبي": "الكورية الجنوبية")
    forms = [fold(" ".join(f"{_ARTICLE}{w}{s}" for w in words)) for s in _NISBA_DEFINITE] + \
        [fold(" ".join(f"{w}{s}" for w in words)) for s in _NISBA_INDEFINITE]
    forms = list(dict.fromkeys(forms)) or [base]
    if definite is None:
        return tuple(forms)
    return tuple(f for f in forms if f.startswith(article) == definite)


@functools.cache
def ya_final(form: str) -> tuple[str, ...]:
    """Folded words of a name form that are written with a final ي."""
    return tuple(fold(w) for w in form.split() if w.endswith(_YA))
