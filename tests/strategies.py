"""Hypothesis strategies for text that finds bugs in an Arabic news pipeline.

Random Unicode almost never spells "قبل انطلاقة الموسم بعدة أيام", so it never reaches the
rules that such phrases exercise. These strategies build text from three sources:

- the grammar's own vocabulary, read from ``timeline/lexicon/temporal/*.json`` and
  ``timeline/lexicon/events/*.json`` (so a new lexicon word is fuzzed the day it is added),
  with proclitics and suffixes glued on, arranged by :func:`time_phrases` in the shapes the
  rules look for (anchor, gap, count, unit, direction; day, month, year, era; ...);
- sentences of real news (the seed and held-out articles), whole or with pieces inserted;
- adversarial characters and values: lone surrogates, U+FFFE/U+FFFF, NUL and C0/C1 controls,
  bidi controls, BOMs, joiners, spreadsheet formula prefixes (= + - @ tab CR), digit strings
  longer than Python's int-parsing limit, out-of-range and impossible dates.

Import them from a test module in ``tests/`` with ``from strategies import texts, dcts``.
The main entry points:

``texts()``            any text worth feeding to ``tag``/``build`` (the mix of everything below)
``time_phrases()``     grammar-shaped phrases from the lexicon vocabulary
``news_sentences()``   real sentences; ``mutated_news()`` the same with adversarial insertions
``words(category)``    one vocabulary word (see ``VOCABULARY`` for the categories)
``clitic_words()``     a word with proclitics/suffixes glued on
``numbers()``          digits in three scripts, ``الـ17``, huge digit strings, clock/date forms
``adversarial()``      one hostile character or short string
``formula_texts()``    text opening with a spreadsheet formula prefix
``dcts()``             valid publication dates (date or naive datetime, years 1000-9999)
``date_strings()``     publication-date strings, valid or not (out of range, Hijri-looking, ...)
``article_ids()``      ids, ordinary or hostile (surrogates, XML-invalid characters, formulas)
``articles()``         :class:`timeline.model.Article` values built from the above
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "timeline" / "lexicon"
#: Real news: the seed articles and both held-out sets (their texts only).
NEWS_FILES = (ROOT / "seeds" / "articles.jsonl", ROOT / "tests" / "heldout" / "articles.jsonl",
              ROOT / "tests" / "heldout2" / "articles.jsonl")

_ARABIC = re.compile("[\u0600-\u06ff]")
_WORD = re.compile("[\u0621-\u064a]+")


def _lexicon(path: str) -> dict[str, Any]:
    return json.loads((LEXICON / path).read_text(encoding="utf-8"))


def _strings(node: Any) -> Iterable[str]:
    """Every Arabic surface form in a JSON node: dict keys, list items and string values.

    Keys starting with ``_`` (documentation) and ``{name}`` templates are skipped; ``*`` (one
    optional word in trigger forms) is dropped.
    """
    if isinstance(node, dict):
        for key, value in node.items():
            if str(key).startswith("_"):
                continue
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)
    elif isinstance(node, str) and _ARABIC.search(node) and "{" not in node:
        yield " ".join(node.replace("*", " ").split())


def _pick(data: dict[str, Any], *keys: str) -> list[Any]:
    return [data.get(k) for k in keys]


@cache
def vocabulary() -> dict[str, tuple[str, ...]]:
    """Lexicon words by category, in file order (stable, so derandomized runs are too; and the
    lexicon lists its commonest forms first, which hypothesis draws most often)."""
    numbers = _lexicon("temporal/numbers.json")
    relative = _lexicon("temporal/relative.json")
    units = _lexicon("temporal/units.json")
    triggers = _lexicon("events/triggers.json")
    groups: dict[str, Any] = {
        "few": numbers.get("few"),
        "cardinals": _pick(numbers, "cardinal", "tens", "fractions"),
        "ordinals": numbers.get("ordinal"),
        "units": units.get("units"),
        "plural_units": [forms.get("plural") for forms in units.get("units", {}).values()],
        "year_parts": units.get("year_parts"),
        "before_after": _pick(relative, "before", "after", "since"),
        "anchors": _pick(relative, "before", "after", "since", "within", "for", "that", "this", "in", "at",
                         "from", "to", "between", "on_day", "eve", "measured_from", "measured_from_event", "of_it"),
        "directions": relative.get("direction"),
        "deictics": _pick(relative, "deictic", "vague", "same_day_vague", "consecutive", "set", "every"),
        "fillers": relative.get("measure_fillers"),
        "quantity_mods": _lexicon("temporal/modifiers.json").get("quantity"),
        "part_mods": _lexicon("temporal/modifiers.json").get("part"),
        "weekdays": _lexicon("temporal/weekdays.json"),
        "months": _lexicon("temporal/months.json"),
        "parts_of_day": _lexicon("temporal/parts_of_day.json"),
        "holidays": _lexicon("temporal/holidays.json"),
        "zones": _lexicon("temporal/zones.json"),
        "tense_cues": _lexicon("temporal/cues.json"),
        "triggers": [entry.get("forms") for entry in triggers.get("entries", [])],
        "event_cues": _lexicon("events/cues.json"),
        "actors": _lexicon("events/actors.json"),
        "places": _lexicon("events/places.json"),
    }
    return {name: tuple(dict.fromkeys(_strings(node))) for name, node in groups.items()}


@cache
def suffixes() -> tuple[str, ...]:
    """Enclitics (``arabic/text.json``) and the suffixes the trigger grammar tries (``suffix_classes``)."""
    classes = _lexicon("events/triggers.json").get("suffix_classes", {})
    found = [s for forms in classes.values() for s in forms] + _lexicon("arabic/text.json").get("enclitics", [])
    return tuple(dict.fromkeys(s for s in found if s))


@cache
def proclitics() -> tuple[str, ...]:
    """Proclitic strings built from the slots of ``arabic/text.json`` (conjunction, then a
    preposition or the future particle, then the article; ``لل`` for ل + ال), and the same with
    a tatweel after the article or a lone preposition, as news sites write ``والـ17``, ``بـ``."""
    spec = _lexicon("arabic/text.json").get("proclitics", {})
    lam = spec.get("lam_article", "")
    conj = ["", *spec.get("conjunction", [])]
    middle = ["", *spec.get("preposition", []), *spec.get("future", [])]
    article = ["", *spec.get("article", [])]
    # no article after the future particle (a verb follows) nor after ل (written لل)
    forms = [c + m + a for c in conj for m in middle for a in article
             if not (a and (m in spec.get("future", []) or (lam and m == lam[:1])))]
    if lam:
        forms += [c + lam for c in conj]
    stretchable = tuple(article[1:]) + tuple(spec.get("preposition", []))
    forms += [f + "\u0640" for f in forms if f and f.endswith(stretchable)]
    return tuple(dict.fromkeys(forms))


#: See :func:`proclitics`.
PROCLITICS = proclitics()


@cache
def news() -> tuple[str, ...]:
    """Sentences of the real articles (split at . ! ? and line breaks, at least 3 words)."""
    out = set()
    for path in NEWS_FILES:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            text = json.loads(line).get("text") or ""
            out.update(s.strip() for s in re.split(r"(?<=[.!?؟])\s+|\n+", text) if len(s.split()) >= 3)
    return tuple(sorted(out))


# ---------------------------------------------------------------- hostile pieces

#: Lone surrogates (not encodable as UTF-8), noncharacters (not allowed in XML), NUL, C0/C1
#: controls, bidi and joiner controls, BOMs, odd spaces and line breaks, tatweel and harakat,
#: presentation forms.
ADVERSARIAL_CHARS = (
    "\ud800", "\udbff", "\udc00", "\udfff", "\ufffe", "\uffff", "\U0001fffe", "\x00", "\x01", "\x08",
    "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x80", "\x85", "\x9f", "\u061c", "\u200b", "\u200c",
    "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
    "\u2068", "\u2069", "\ufeff", "\u00a0", "\u2028", "\u2029", "\u3000", "\r", "\r\n", "\t", "\n",
    "\u0640", "\u064b", "\u0651", "\u0670", "ﷲ", "ﻻ", "\ufdfa", "\U0001f600",
)
#: What makes a spreadsheet cell a formula (OWASP CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "＝", "﹢")
FORMULAS = ('=HYPERLINK("http://x","y")', "=1+1", '=cmd|"/c calc"!A0', "+1", "-1+2", "@SUM(A1)", "=", "@")
#: Dates a reader may meet: out of range, impossible, Hijri-looking, odd ISO forms.
BAD_DATES = ("0000-01-01", "0001-01-01", "0001-01-02", "9999-12-31", "9999-12-31T23:59:59", "10000-01-01",
             "2020-02-30", "2021-02-29", "2020-13-01", "2020-00-10", "1442-02-14", "20201001", "2020-W40-4",
             "2020-10-01T25:00", "2020-10-01T12:00:00+25:00", "-2020-10-01", "٢٠٢٠-١٠-٠١", "2020/10/01", "")


@cache
def adversarial() -> st.SearchStrategy[str]:
    """One hostile character or short string."""
    return st.one_of(st.sampled_from(ADVERSARIAL_CHARS), st.sampled_from(FORMULAS),
                     st.characters(min_codepoint=0, max_codepoint=0x10FFFF), st.text(max_size=4))


@cache
def numbers() -> st.SearchStrategy[str]:
    """Numbers as news writes them, and as an attacker would: 3 digit scripts, ``الـ``, huge."""
    def script(digits: str, table: str) -> str:
        return digits.translate(str.maketrans("0123456789", table))

    plain = st.integers(0, 10**5).map(str) | st.sampled_from(["1", "10", "17", "31", "32", "2020", "1441", "1442"])
    scripted = st.tuples(plain, st.sampled_from(["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"])).map(
        lambda p: script(*p))
    huge = st.integers(4, 6000).map(lambda n: "9" * n) | st.just("1" + "0" * 4300)
    forms = st.sampled_from(["14:30", "25:70", "00:00", "27/9/2020", "31/2/2021", "2020/13/45", "1.5",
                             "10-11", "2020-10-01", "0000-00-00", "99999"])
    return st.one_of(scripted, scripted.map(lambda s: "الـ" + s), scripted.map(lambda s: "والـ" + s), huge, forms,
                     st.sampled_from(BAD_DATES).filter(bool))


@cache
def formula_texts() -> st.SearchStrategy[str]:
    """Text that a spreadsheet would run: a formula prefix, then anything."""
    return st.tuples(st.sampled_from(FORMULA_PREFIXES), st.text(max_size=10) | st.sampled_from(FORMULAS)).map(
        "".join) | st.sampled_from(FORMULAS)


# ---------------------------------------------------------------- vocabulary and grammar

@cache
def words(category: str | None = None) -> st.SearchStrategy[str]:
    """A lexicon word of ``category`` (a key of :func:`vocabulary`), or of any category."""
    vocab = vocabulary()
    if category is not None:
        return st.sampled_from(vocab[category])
    return st.sampled_from(tuple(dict.fromkeys(w for group in vocab.values() for w in group)))


@cache
def clitic_words(category: str | None = None) -> st.SearchStrategy[str]:
    """A lexicon word with proclitics before it and, sometimes, a suffix after it."""
    return st.tuples(st.sampled_from(PROCLITICS), words(category),
                     st.just("") | st.sampled_from(suffixes())).map("".join)


def _maybe(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.just("") | strategy


def _glued(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """The word alone, or with proclitics (clitics matter most on counts and anchors)."""
    return strategy | st.tuples(st.sampled_from(PROCLITICS), strategy).map("".join)


def _join(parts: list[str]) -> str:
    return " ".join(p for p in parts if p)


@cache
def counts() -> st.SearchStrategy[str]:
    """A count and its unit: ``بعدة أيام``, ``نحو ثلاثة أسابيع``, ``الـ48 ساعة الماضية``, ``يومين``.

    Vague counts (``few``: عدة، بضعة) get two branches of five: they are rare in the lexicon and
    lead to the least-tested rules.
    """
    count = st.one_of(words("few"), words("few"), words("cardinals"), numbers(), words("ordinals"))
    unit = words("plural_units") | words("units")
    counted = st.tuples(_maybe(words("quantity_mods")), count, unit, _maybe(words("directions"))).map(list).map(_join)
    return st.tuples(st.just("ب") | st.sampled_from(PROCLITICS), counted | counted | unit).map("".join)


@cache
def offsets() -> st.SearchStrategy[str]:
    """A count measured from an anchor across a gap of 1-4 words: ``قبل انطلاقة الموسم بعدة أيام``.

    The gap is mostly ordinary news words (a lexicon word there would start an expression of
    its own); the anchor is mostly قبل/بعد/منذ.
    """
    anchor = _glued(st.one_of(words("before_after"), words("before_after"), words("anchors")))
    plain = st.sampled_from(news_words())
    gap = st.lists(st.one_of(plain, plain, plain, words()), min_size=1, max_size=4).map(_join)
    tail = _maybe(words("fillers") | words("anchors") | words("tense_cues"))
    return st.tuples(anchor, gap, counts(), tail).map(list).map(_join)


@cache
def time_phrases() -> st.SearchStrategy[str]:
    """Phrases in the shapes the temporal rules look for, filled from the lexicon.

    Counts (``بعدة أيام``, ``نحو ثلاثة أسابيع``), counts measured from an anchor or an event
    (``قبل انطلاقة الموسم بعدة أيام``), day-month-year-era dates, weekdays with directions and
    parts of the day, fuzzy month parts, ranges and coordinations (``يومي الـ10 والـ17``).
    Shapes with more rules behind them are listed more than once (``one_of`` picks a branch
    uniformly).
    """
    day = st.one_of(numbers(), words("ordinals"), words("cardinals"))
    date = st.tuples(_maybe(_glued(words("part_mods"))), _glued(day), _glued(words("months")),
                     _maybe(numbers()), _maybe(words("months"))).map(list).map(_join)
    weekday = st.tuples(_maybe(_glued(words("parts_of_day"))), _glued(words("weekdays")),
                        _maybe(words("directions")), _maybe(words("deictics"))).map(list).map(_join)
    coordinated = st.tuples(_glued(words("weekdays")), st.lists(_glued(day), min_size=2, max_size=6),
                            _maybe(words("months"))).map(lambda p: _join([p[0], " و".join(p[1]), p[2]]))
    ranged = st.tuples(_glued(words("anchors")), _glued(day), _glued(words("anchors")), _glued(day),
                       _glued(words("months")), _maybe(numbers())).map(list).map(_join)
    loose = st.lists(_glued(words()) | numbers(), min_size=1, max_size=8).map(_join)
    return st.one_of(offsets(), offsets(), offsets(), counts(), counts(), date, date, weekday, coordinated, ranged,
                     loose, words("holidays"), words("year_parts"), words("deictics"), words("triggers"))


@cache
def news_words() -> tuple[str, ...]:
    """Distinct words of the real news sentences (letters only: punctuation would end a clause)."""
    return tuple(sorted({w for s in news() for w in s.split() if _WORD.fullmatch(w)}))


@cache
def news_sentences() -> st.SearchStrategy[str]:
    """A sentence of a real article, unchanged."""
    return st.sampled_from(news())


@st.composite
def mutated_news(draw: st.DrawFn) -> str:
    """A real sentence with time phrases, numbers and hostile characters inserted."""
    text = draw(news_sentences())
    inserts = st.one_of(time_phrases().map(lambda s: f" {s} "), adversarial(), numbers().map(lambda s: f" {s} "))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(inserts) + text[at:]
    return text


@cache
def texts(max_pieces: int = 12) -> st.SearchStrategy[str]:
    """Any text worth feeding to the pipeline: grammar phrases, real news, hostile pieces."""
    piece = st.one_of(time_phrases(), news_sentences(), adversarial(), numbers(), clitic_words())
    separators = st.sampled_from([" ", " ", " ", "، ", ". ", "\n", ", ", "", " و"])
    composed = st.lists(st.tuples(piece, separators).map("".join), max_size=max_pieces).map("".join)
    return st.one_of(composed, mutated_news(), time_phrases(), st.text(max_size=60))


# ---------------------------------------------------------------- records

@cache
def dcts() -> st.SearchStrategy[dt.date | dt.datetime]:
    """Valid publication dates: a date or a naive datetime, years 1000-9999, edges included."""
    return st.one_of(st.dates(dt.date(1000, 1, 1)), st.datetimes(dt.datetime(1000, 1, 1)),
                     st.sampled_from([dt.date(2020, 10, 1), dt.date(1000, 1, 1), dt.date(9999, 12, 31),
                                      dt.datetime(9999, 12, 31, 23, 59, 59), dt.date(2024, 2, 29)]))


def date_strings() -> st.SearchStrategy[str]:
    """Publication-date strings: valid ISO forms and the bad ones in ``BAD_DATES``."""
    return st.one_of(dcts().map(lambda d: d.isoformat()), st.sampled_from(BAD_DATES), st.text(max_size=12))


def article_ids() -> st.SearchStrategy[str]:
    """Article ids: ordinary, Arabic, or hostile (surrogates, XML-invalid, formula, controls)."""
    ordinary = st.from_regex(r"[a-z0-9_]{1,12}", fullmatch=True) | words()
    hostile = st.one_of(formula_texts(), st.tuples(ordinary, adversarial(), ordinary).map("".join),
                        st.sampled_from(["s\ud800x", "a\ufffeb", "\uffff", "x\x00y", "", " ", "\u200fمقال\u200d"]))
    return ordinary | hostile


@st.composite
def articles(draw: st.DrawFn, ids: st.SearchStrategy[str] | None = None,
             text: st.SearchStrategy[str] | None = None,
             published: st.SearchStrategy[dt.date | dt.datetime] | None = None):
    """An :class:`~timeline.model.Article` (``published`` normalized to a datetime)."""
    from timeline.model import Article

    day = draw(published if published is not None else dcts())
    if not isinstance(day, dt.datetime):
        day = dt.datetime.combine(day, dt.time())
    return Article(draw(ids if ids is not None else article_ids()), draw(text if text is not None else texts()), day)
