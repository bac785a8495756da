"""The words of ``bodies.json`` (heads of bodies and titles, forms of address, words for
both sides, hosting verbs, feminine endings) and the word tests read from them."""

from __future__ import annotations

import functools

import attrs

from ..arabic import fold
from ..document.segment import CLITICS
from .actors import ActorHit
from .lexicon import ARTICLE, read_lexicon
from .match import Text

DATA = read_lexicon("bodies.json")
#: First words of the gazetteer's office forms ("الرئيس {adj}"، "الملك {adj}"), folded: a title
#: alone after a form of address that is one of them is left to the office reading.
OFFICE_FIRST = frozenset(fold(f.split()[0]) for o in read_lexicon("actors.json")["offices"] for f in o["forms"])
WORDS = {k: frozenset(fold(w) for w in v) for k, v in DATA.items() if not k.startswith("_")}
#: Forms of address opening a person's mention, as word tuples, longest first.
OPENERS = sorted((tuple(fold(w) for w in p.split()) for p in DATA["honorific_openers"] + DATA["late_openers"]),
                 key=len, reverse=True)
#: Words between a ruling's link and the persons it names one by one ("بحق كل من"), as word tuples.
EACH = sorted((tuple(fold(w) for w in p.split()) for p in DATA["each_words"]), key=len, reverse=True)
#: Forms that open a dead person's mention ("المغفور له بإذن الله"): no honorific pronoun after
#: them stands for that person.
LATE = frozenset(tuple(fold(w) for w in p.split()) for p in DATA["late_openers"])
OPENER_FIRST = frozenset(words[0] for words in OPENERS)
#: Words that make the office after them an acting one ("القائم بأعمال"), as word tuples.
ACTING = frozenset(tuple(fold(w) for w in p.split()) for p in DATA["acting_openers"])
#: Words before a delegation that say the person named before leads it ("على رأس"), as word tuples.
HEADING = frozenset(tuple(fold(w) for w in p.split()) for p in DATA["heading_links"])
#: Head classes, tried in this order.
HEADS = ("titles", "descriptions", "state_bodies", "bodies", "named_things")
#: At most this many words in a name after a title.
NAME_WORDS = 5
#: At most this many words in a phrase before its name.
PHRASE_WORDS = 8
DEFINITE = (CLITICS.article, CLITICS.lam_article)
#: An adverb's ending ("مجدداً" folded), which one-word names do not take.
TANWIN_ALIF = fold(DATA["adverb_ending"])


@attrs.frozen
class Head:
    kind: str
    prefix: str
    conj: str
    prep: str
    #: written with the article: its complement is no bare name ("الوزارة استقبلت")
    definite: bool


def bare(word: str) -> str:
    return word[len(ARTICLE):] if word.startswith(ARTICLE) else word


def head_at(text: Text, i: int) -> Head | None:
    """The head word at token ``i`` (with its proclitics and article; no pronoun suffix)."""
    for a in text.tokens[i].analyses:
        if a.enc:
            continue
        word = bare(a.word)
        if a.prep and word in WORDS["chair_words"]:
            return None  # "برئاسة"، "بقيادة": who leads, no body
        for kind in HEADS:
            if word in WORDS[kind]:
                return Head(kind, a.conj + a.prep, a.conj, a.prep, a.word.startswith(ARTICLE))
    return None


@functools.cache
def listed_heads(key: str) -> frozenset[str]:
    """The first words (folded, without the article) of the listed names of organization or
    group ``key`` in ``actors.json`` ("حركة حماس": حركة)."""
    words: set[str] = set()
    for o in read_lexicon("actors.json")["organizations"]:
        if o["key"] == key:
            words.update(bare(fold(f).split()[0]) for f in [o.get("name", ""), *o["forms"]] if f.strip() and len(f.split()) > 1)
    return frozenset(words)


def chair_link(text: Text, i: int) -> bool:
    """Whether token ``i`` says who leads what comes before ("برئاسة"، "بقيادة")."""
    return any(a.prep and not a.enc and bare(a.word) in WORDS["chair_words"] for a in text.tokens[i].analyses)


def word_of(text: Text, i: int, name: str) -> bool:
    """Whether token ``i`` (without its clitics) is a word of the ``bodies.json`` class ``name``."""
    return 0 <= i < len(text.tokens) and any(not a.prep and bare(a.word) in WORDS[name] or a.word in WORDS[name]
                                             for a in text.tokens[i].analyses)


def site_body(text: Text, i: int) -> bool:
    """Whether token ``i`` is, with any clitics, the head of a body that is also a place
    (``site_bodies``: "بالمستشفى"، "مجمع")."""
    return 0 <= i < len(text.tokens) and any(bare(a.word) in WORDS["site_bodies"] for a in text.tokens[i].analyses)


def names_parties(text: Text, i: int) -> bool:
    """Whether token ``i`` is a word for both sides ("الطرفان"، "للجانبين") of ``dual_parties``."""
    return any(not a.enc and a.word in WORDS["dual_parties"] for a in text.tokens[i].analyses)


def hosts(text: Text, hit: ActorHit) -> bool:
    """Whether actor ``hit`` stands right after a verb or noun of hosting (``host_verbs``:
    "استضافت قطر"، "باستضافة مصر"), with at most one word between ("استضافت، أمس، قطر" aside)."""
    return any(not a.enc and a.word in WORDS["host_verbs"]
               for j in range(max(hit.first - 2, 0), hit.first) for a in text.tokens[j].analyses)


def feminine_verb(word: str) -> bool:
    """Whether the folded verb ``word`` (no clitics) has the feminine ending ("قالت")."""
    return word.endswith(fold(DATA["feminine_verb_suffix"]))


def feminine(hit: ActorHit, first_word: str) -> bool:
    """Whether actor ``hit`` (whose first word, without clitics, is ``first_word``) takes a
    feminine verb: a state ("قالت مصر"), or a body or title of feminine form ("الوزارة"،
    "القوات"، "الرئيسة")."""
    return hit.kind == "country" or first_word.endswith(tuple(fold(e) for e in DATA["feminine_suffixes"]))
