"""Which gazetteer forms are also common Arabic words, by wordfreq's Arabic frequencies.

Frequencies are Zipf values (log10 of occurrences per billion words: 3 is once per million,
5 once per ten thousand).  A single-word form is a *common word* when

- ``common`` (places): it is very frequent (>= :data:`COMMON`): كيف "how", صور "pictures" (a
  country's name is frequent because it is the country's);
- ``article``: the same word with the article toggled is frequent (>= :data:`ARTICLE`, and
  within :data:`ARTICLE_MARGIN` of the form), so it is a noun, adjective or given name:
  الصور/صور، خليل/الخليل، المالي/مالي، كاميرون/الكاميرون (but يمن/اليمن is 1.5 apart);
- ``spelling``: the word with final ى for ي (or the reverse), which folds alike, is frequent in its
  own right (>= :data:`SPELLING` and within :data:`SPELLING_MARGIN` of the form's own spellings):
  اليمنى "the right one" folds like اليمني "Yemeni" (Egyptian المصرى for المصري is far rarer);
- ``bare`` (adjectives): the bare indefinite adjective (masculine or feminine) is more frequent
  than its definite form, so it is mostly something else (جورجي as a given name);
- ``frequent`` (places under :data:`FREQUENT_POP` people): it is more frequent than a place that
  size can explain: >= :data:`SMALL_ZIPF` (3.5, once in 300,000 words), or >= :data:`FOCUS_ZIPF`
  for a place of 20,000 or more in a country Arabic news follows closely, whose towns it names
  often (درعا 4.3, تدمر 4.2 stay; عنك "from you" 5.1, وقف "halt" 4.9 go).

- ``clitic``: a one-letter proclitic (و ف ب ل ك) before it makes a frequent word (>=
  :data:`CLITIC` and more frequent than the name itself), which the matcher, segmenting
  clitics, would read as the place: كبيرا "big" as ك + بيرا (Beira), فيينا "Vienna" as ف + يينا
  (Jena), وزيرا "two ministers" as و + زيرا, كورونا as ك + ورونا (Verona);
- ``short``: it has one or two letters (قم Qom, "stand up"; إب Ibb, أب "father");
- ``foreign`` (places outside the Arab states under :data:`FOREIGN_POP` people): it is as
  frequent as a well-known Arabic word (>= :data:`FOREIGN_ZIPF`), which such a place's
  transliterated name is not: منا "from us" (Minna), لأول "for the first" (Laval), ماري.

Multi-word forms ("رام الله"، "دير الزور") are never common words.  What becomes of a common
word (marked ambiguous, or dropped) is decided in :mod:`.gazetteer` by population.
"""

from __future__ import annotations

import functools
import re

from wordfreq import freq_to_zipf, get_frequency_dict, iter_wordlist, zipf_frequency

from ...arabic import fold

COMMON = 5.3
ARTICLE = 3.6
ARTICLE_MARGIN = 1.0
SPELLING = 3.6
SPELLING_MARGIN = 0.7
FREQUENT_POP = 100_000
SMALL_POP = 20_000
SMALL_ZIPF = 3.5
FOCUS_ZIPF = 4.0
FOREIGN_POP = 1_000_000
FOREIGN_ZIPF = 3.6
CLITIC = 3.5
PROCLITICS = "وفبلك"

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed]")
_ALEFS = "اأإآ"


def plain(form: str) -> str:
    """``form`` without diacritics and tatweel, hyphens as spaces, spaces collapsed."""
    return " ".join(_MARKS.sub("", form).replace("-", " ").split())


_LETTERS = re.compile("[\u0621-\u063a\u0641-\u064a]+")


@functools.cache
def _listed() -> dict[str, float]:
    """Every word of wordfreq's Arabic list with its Zipf value."""
    freqs = get_frequency_dict("ar")
    return {word: round(freq_to_zipf(freqs[word]), 2) for word in iter_wordlist("ar")}


@functools.cache
def zipf(word: str) -> float:
    # A word of bare Arabic letters is one token that wordfreq does not alter, so a word off
    # its list has frequency 0; looking it up avoids wordfreq's tokenizer on ~1.5M spellings.
    if _LETTERS.fullmatch(word):
        return _listed().get(word, 0.0)
    return zipf_frequency(word, "ar")


@functools.cache
def spellings(word: str) -> frozenset[str]:
    """Spellings of one word that fold alike: each alef with or without hamza (up to three of
    them), and final ي/ى and ة/ه."""
    heads = [""]
    alefs = 0
    for ch in word:
        if ch in _ALEFS and alefs < 3:
            alefs += 1
            heads = [h + a for h in heads for a in _ALEFS]
        else:
            heads = [h + ch for h in heads]
    out = set()
    for head in heads:
        stem, last = head[:-1], head[-1:]
        tails = {"ي": "يى", "ى": "يى", "ة": "ةه", "ه": "ةه"}.get(last, last)
        out.update(stem + t for t in tails)
    folded = fold(word)
    return frozenset({word} | {s for s in out if fold(s) == folded})


@functools.cache
def _folded() -> dict[str, float]:
    """Folded word -> the highest frequency of the words that fold to it (the whole Arabic list)."""
    out: dict[str, float] = {}
    for word, value in _listed().items():
        out.setdefault(fold(word), value)  # the list runs from most to least frequent
    return out


@functools.cache
def frequency(word: str) -> float:
    """The highest frequency of any word that folds like ``word`` (لوئس as لويس "Louis")."""
    return max(_folded().get(fold(word), 0.0), max(zipf(s) for s in spellings(word)))


def _other_yeh(word: str, own: set[str]) -> float:
    """The frequency of ``word`` with its final ي/ى swapped, when that is not one of ``own``."""
    swapped = {"ي": "ى", "ى": "ي"}
    other = word[:-1] + swapped[word[-1]] if word[-1:] in swapped else None
    return zipf(other) if other and other not in own else 0.0


def toggled(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) >= 4 else "ال" + word


def _spelling(word: str, own: frozenset[str]) -> bool:
    own_spellings = {plain(s) for s in own} | {word}
    mine = max(zipf(s) for s in own_spellings if fold(s) == fold(word))
    other = _other_yeh(word, own_spellings)
    return other >= SPELLING and other >= mine - SPELLING_MARGIN


def reasons(form: str, own: frozenset[str] = frozenset(), population: int | None = None,
            country: bool = False, focus: bool = False, arab: bool = True) -> tuple[str, ...]:
    """Why the name ``form`` is also a common word (empty: it is not).  ``own`` are the entity's
    own spellings (not counted as another word's); ``country``: the form names a country;
    ``focus``: a place in a country Arabic news follows closely; ``arab``: in an Arab state."""
    word = plain(form)
    if " " in word or not word:
        return ()
    out = []
    if len(word) <= 2:
        out.append("short")
    if not arab and population is not None and population < FOREIGN_POP and frequency(word) >= FOREIGN_ZIPF:
        out.append("foreign")
    if frequency(word) >= COMMON and not country:
        out.append("common")
    other = frequency(toggled(word))
    if other >= ARTICLE and other >= frequency(word) - ARTICLE_MARGIN:
        out.append("article")
    if _spelling(word, own):
        out.append("spelling")
    if any(frequency(p + word) >= max(CLITIC, frequency(word) + 1e-9) for p in PROCLITICS):
        out.append("clitic")
    if population is not None and population < FREQUENT_POP:
        limit = FOCUS_ZIPF if focus and population >= SMALL_POP else SMALL_ZIPF
        if frequency(word) >= limit:
            out.append("frequent")
    return tuple(out)


def adjective_reasons(surface: str, adjective: str, own: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Why ``surface``, an inflection of the masculine ``adjective``, is also another word."""
    word = plain(surface)
    out = []
    if _spelling(word, own):
        out.append("spelling")
    for bare in (adjective, adjective + "ة"):
        if word == bare and frequency(word) > frequency("ال" + bare) and frequency(word) >= ARTICLE:
            out.append("bare")
    return tuple(out)
