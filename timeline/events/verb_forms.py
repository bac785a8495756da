"""Verb forms: what a word's written form says it can be (a past verb, a present tense, a noun),
and the title's present-tense verb read by its form alone (:func:`title_act`, :func:`same_verb`).

The bounds and word lists are ``predicates.json``'s (read by :mod:`.predicates` too): a word of
``not_verbs`` or ``function_words``, a noun ending or shape, tanwin or a written ة rule a verb out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..arabic import fold
from ..document.segment import CLITICS, Analysis
from .inflection import read_data
from .match import Match, Text
from .trie import Hit
from .trie import freeze as _freeze

_DATA: dict[str, Any] = read_data("predicates.json")


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


_NOT_VERBS = _folded(_DATA["not_verbs"])
FUNCTION_WORDS = _folded(_DATA["function_words"])
_OBJECTS = _folded(_DATA["object_pronouns"])
PRESENT_PREFIXES = tuple(fold(p) for p in _DATA["present_prefixes"])
_PAST_ENDINGS = tuple(fold(e) for e in _DATA["past_endings"])
_NOUN_ENDINGS = tuple(fold(e) for e in _DATA["noun_endings"])
_NOUN_SHAPES = tuple(re.compile(p) for p in _DATA["noun_patterns"])
MIN_LETTERS, _MAX = int(_DATA["min_letters"]), int(_DATA["max_letters"])
#: An article's title line whose verb is a present tense no list foresees tells its news.
_TITLE = bool(_DATA.get("title_acts"))
_TITLE_WINDOW = int(_DATA.get("title_verb_window", 5))
#: A title's present tense names the body's act of the same verb (``title_same_verb``): the
#: letters a stem may open with beside its root (``stem_prefixes``: the ا of أفعل/افتعل/انفعل).
_TITLE_STEMS = bool(_DATA.get("title_same_verb"))
_STEM_PREFIXES = tuple(fold(p) for p in _DATA.get("stem_prefixes", ()))
_PLURAL_ENDINGS = tuple(fold(e) for e in _DATA.get("present_plural_endings", ()))
#: The present prefixes a past تفعّل/تفاعل form opens with too ("تفقد"، "ترأس"، "تولى")
#: (``past_prefixed``), read as past when a past date of day grain follows within
#: ``past_date_window`` words; at most ``past_prefixed_max_letters`` letters (تفعّل، تفاعل).
PAST_PREFIXED = tuple(fold(p) for p in _DATA.get("past_prefixed", ()))
_PAST_PREFIXED_MAX = int(_DATA.get("past_prefixed_max_letters", 5))
#: noun shapes that still rule such a word out ("تقرير"): the others are the past form's too
_PAST_PREFIXED_NOUNS = tuple(re.compile(p) for p in _DATA.get("past_prefixed_noun_patterns", _DATA["noun_patterns"]))
#: A past verb's final letter as written (``verb_final_letters``: "احتفى"، "انتهى") folds into a
#: nisba's ending; on a stem of at least ``verb_final_min_letters`` letters it is the verb's.
FINAL_VERB_LETTERS = tuple(_DATA.get("verb_final_letters", ())) or ("\uffff",)
_FINAL_VERB_MIN = int(_DATA.get("verb_final_min_letters", 5))
#: The title act's payload: the fallback's, with the domains of ``title_forbid`` ("«الصحة» تطلق
#: حملة وطنية للتطعيم": a health article's title announces a programme, not a happening).
TITLE_HIT = Hit("trigger", _freeze({**_DATA["event"], "forbid": _DATA.get("title_forbid", _DATA["event"].get("forbid", [])),
                                    "requires_date": False, "predicate": True}), "verb",
                ("trigger", "predicate"), frozenset({"conj", "enc"}))
# tanwin, and the noun endings as written (folding makes ة a ه)
TANWIN = frozenset("\u064b\u064c\u064d")
WRITTEN_ENDINGS = tuple(_DATA["written_noun_endings"])
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"


def verb_shaped(stem: str, after_particle: bool = False, dated_past: bool = False, final_verb: bool = False,
                present: bool = False, allowed: frozenset[str] = frozenset()) -> bool:
    """Whether a folded stem (without و/ف and an object pronoun) can be a past verb by its form
    (``after_particle``: right after قد, where no noun stands, only its length, the words of
    ``not_verbs`` and the present tense rule it out; ``dated_past``: a past date follows it,
    so a تفعّل past form, "وتفقد ... أمس الثلاثاء", is no present tense; ``final_verb``: the word
    is written with a verb's final letter, ``verb_final_letters``, that folds into a nisba's: "واحتفى";
    ``present``: a present tense is read too, after a sequel opener: "قبل أن يستقبله";
    ``allowed``: words of ``not_verbs`` read as verbs here, after a sequel particle: "ثم نقل")."""
    if not MIN_LETTERS <= len(stem) <= _MAX or (stem in _NOT_VERBS and stem not in allowed) \
            or any(ch.isdigit() for ch in stem):
        return False
    if dated_past and _past_prefixed(stem):
        return True  # "وترأس ... أمس": a تفعّل past of a فعال shape, which a noun's would be
    nisba = stem.endswith(_NOUN_ENDINGS) and not (final_verb and len(stem) >= _FINAL_VERB_MIN)
    if not after_particle and (nisba or (stem not in allowed and _noun_shaped(stem))):
        return False
    if (dated_past or after_particle) and stem.startswith(PAST_PREFIXED) and len(stem) <= _PAST_PREFIXED_MAX:
        return True  # "وكان عودة قد تولى القيادة": after كان ... قد no present tense stands
    return present or not (stem.startswith(PRESENT_PREFIXES) and not stem.endswith(_PAST_ENDINGS))


def _past_prefixed(stem: str) -> bool:
    """Whether a folded stem may be a تفعّل/تفاعل past form (``past_prefixed``, at most
    ``past_prefixed_max_letters`` letters), not a تفعيل verbal noun ("تقرير")."""
    return stem.startswith(PAST_PREFIXED) and len(stem) <= _PAST_PREFIXED_MAX \
        and not any(p.search(stem) for p in _PAST_PREFIXED_NOUNS) and not stem.endswith(_NOUN_ENDINGS)


def written_noun(written: str) -> bool:
    """Whether a word as written ends as a noun does (``written_noun_endings``: a final ة,
    which folding makes a pronoun's ه)."""
    return written.rstrip(MARKS).endswith(WRITTEN_ENDINGS)


def _noun_shaped(word: str) -> bool:
    return word in _NOT_VERBS or any(p.search(word) for p in _NOUN_SHAPES)


def verb_reading(analyses: Sequence[Analysis], after_particle: bool = False, dated_past: bool = False,
             final_verb: bool = False, present: bool = False, allowed: frozenset[str] = frozenset()) -> Analysis | None:
    """The reading of a token as a verb with at most و/ف and an object pronoun. None when
    any reading of it is a noun: one with the article ("وللطلاب"), a word of ``not_verbs``
    or ``function_words`` after a proclitic ("وأحمد"، "ومن"، "وبذلك"), a noun shape as
    written or after a preposition ("وزير"، "فريق"، "باحتلال"). The conjunction is read off first ("ومنعت" = و + منعت)
    unless that leaves too little ("وصل")."""
    # after قد no word is a definite noun: "قد التمست"، "قد التقى" read ال as the stem's (افتعل)
    if any((a.definite and not after_particle) or ((a.conj or a.prep) and (a.stem in _NOT_VERBS or a.stem in FUNCTION_WORDS))
           or ((a.bare or a.prep) and _noun_shaped(a.stem) and not after_particle and not (a.bare and a.stem in allowed)
               and not (dated_past and a.bare and _past_prefixed(a.stem))) for a in analyses):
        return None
    readings = [a for a in analyses if not (a.prep or a.definite or (a.enc and a.enc not in _OBJECTS))]
    # the document reads و and a pronoun apart ("و" + "اقتادها", "واقتاد" + "ها"): join them
    pronouns = sorted({a.enc for a in readings if a.enc}, key=len, reverse=True)
    joined = []
    for a in readings:
        if a.conj and len(a.stem) >= MIN_LETTERS:
            enc = next((e for e in pronouns if a.stem.endswith(e) and len(a.stem) - len(e) >= MIN_LETTERS), "")
            joined.append(Analysis(a.conj, "", False, a.stem[: len(a.stem) - len(enc)], enc) if enc else a)
    for a in sorted(joined or [a for a in readings if not a.conj], key=lambda a: bool(a.enc)):
        if verb_shaped(a.stem, after_particle, dated_past, final_verb, present, allowed):
            return a
    return None


def title_act(text: Text, span: tuple[int, int], taken: set[int]) -> Match | None:
    """The fallback act of an article's title line ``span`` (the ``title_acts`` setting): its
    first word after the subject, within ``title_verb_window`` words, read as a present-tense
    verb by its form ('«إكس» تعود إلى البرازيل'، 'السلفادور تتسلم 238 فنزويلياً'), no word of
    the lexicon nor a time expression (``taken``), followed by a word; None when there is none."""
    if not _TITLE:
        return None
    words = text.token_range(span)
    tokens = text.tokens
    for i in range(words.start + 1, min(words.stop - 1, words.start + 1 + _TITLE_WINDOW)):
        tok = tokens[i]
        if i in taken or tokens[i - 1].form in FUNCTION_WORDS or tok.form in FUNCTION_WORDS:
            continue
        written = text.original[tok.start:tok.end]
        if any(ch in TANWIN for ch in written) or written.rstrip(MARKS).endswith(WRITTEN_ENDINGS):
            continue
        if any(a.definite or a.prep for a in tok.analyses):
            continue
        a = next((a for a in tok.analyses if not a.enc and a.stem.startswith(PRESENT_PREFIXES)
                  and MIN_LETTERS < len(a.stem) <= _MAX and a.stem not in _NOT_VERBS and a.stem not in FUNCTION_WORDS
                  and not a.stem.endswith(_NOUN_ENDINGS) and not _noun_shaped(a.stem)), None)
        if a is not None:
            return Match(i, i, tok.start, tok.end, TITLE_HIT, a.conj, a.enc, "", a.conj)
    return None


def same_verb(title_word: str, act_word: str) -> bool:
    """Whether a title's present tense and a body act's past verb (folded tokens) are one verb
    ("تأمر" and "أمر"، "توقف" and "أوقفت"، "تنتقد" and "انتقدت"، "ينهي" and "أنهت"، "يوقعون" and
    "وقع"): their stems once the present prefix and a plural ending, the conjunction, a past
    ending and a ``stem_prefixes`` letter are read off, the same, or the title's one letter
    longer (a weak last radical)."""
    if not _TITLE_STEMS or not title_word.startswith(PRESENT_PREFIXES) or len(title_word) <= MIN_LETTERS:
        return False
    a = title_word[1:]
    # "يوقعون" over "وقّع": the plural subject's ending is no part of the stem
    a = next((a[: -len(e)] for e in _PLURAL_ENDINGS if a.endswith(e) and len(a) - len(e) >= 2), a)
    b = act_word[1:] if act_word[:1] in CLITICS.conjunctions and len(act_word) > MIN_LETTERS else act_word
    b = next((b[: -len(e)] for e in _PAST_ENDINGS if b.endswith(e) and len(b) - len(e) >= 2), b)
    stems = {a} | {a[1:] for p in _STEM_PREFIXES if a.startswith(p)}
    bs = {b} | {b[1:] for p in _STEM_PREFIXES if b.startswith(p)}
    return any(x == y or (len(y) >= 2 and len(x) == len(y) + 1 and x.startswith(y)) for x in stems for y in bs)
