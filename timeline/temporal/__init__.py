"""Arabic temporal tagger: recognize time expressions with named rules, then resolve them to
TIMEX3 values.

>>> import datetime
>>> [t.value for t in tag("قال الوزير أمس الأربعاء", datetime.date(2020, 10, 1))]
['2020-09-30']
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

import attrs

from ..document import Document, analyse
from ..model import Article, InputError, Problem, Timex, parse_iso
from .context import Context
from .dateline import find_dateline
from .grammar import Grammar
from .lexicon import DIALECTS
from .observed_calendar import country_of
from .rules import RECOGNIZE
from .vocabulary import Vocabulary

__all__ = ["DATELINE_WARNING", "DIALECTS", "PREFER", "dialect_tagger", "find_dateline", "parse_published", "recognize", "tag", "tag_article"]

#: Where a bare weekday or month with no tense cue goes: news reports the past; ``future`` suits
#: schedules and announcements; ``nearest`` (the closer occurrence) suits dialogue.
PREFER = ("past", "future", "nearest")

#: Carried by every Timex of an article whose DCT was read from its dateline, not given.
DATELINE_WARNING = "publication date taken from the article's dateline"


def parse_published(published: dt.date | dt.datetime | str | None, doc: str | None = None) -> dt.datetime:
    """The DCT as a naive wall-clock datetime; a date means its midnight.

    Raises :class:`~timeline.model.InputError` for anything that is not an ISO 8601
    date or date-time (an offset is accepted and dropped: values stay in local time).
    """
    if isinstance(published, dt.datetime):
        return published.replace(tzinfo=None)
    if isinstance(published, dt.date):
        return dt.datetime.combine(published, dt.time())
    if isinstance(published, str):
        try:
            return parse_iso(published)  # the same forms on every Python version
        except ValueError:
            pass
        raise InputError(Problem(doc, "published", f"not an ISO 8601 date: {published!r}"))
    raise InputError(Problem(doc, "published", f"missing or not a date: {published!r}"))


_OFFSET = re.compile(r"\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)$", re.IGNORECASE)


def published_offset(published: dt.date | dt.datetime | str | None) -> dt.timedelta | None:
    """The UTC offset a publication date-time states (``2022-11-02T20:15:00+03:00``), else ``None``."""
    if isinstance(published, dt.datetime):
        return published.utcoffset()
    match = _OFFSET.search(published.strip()) if isinstance(published, str) else None
    if match is None:
        return None
    zone = match.group(1)
    if zone in "Zz":
        return dt.timedelta(0)
    digits = zone[1:].replace(":", "")
    offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
    return -offset if zone[0] == "-" else offset


def _dialects(dialects: Iterable[str] | None, doc: str | None) -> frozenset[str] | None:
    if dialects is None:
        return None
    chosen = frozenset([dialects] if isinstance(dialects, str) else dialects)
    unknown = sorted(chosen - set(DIALECTS))
    if unknown:
        raise InputError(Problem(doc, "dialects", f"unknown dialect(s) {', '.join(unknown)}; "
                                                  f"known: {', '.join(DIALECTS)}"))
    return chosen


def recognize(document: Document, dialects: Iterable[str] | None = None) -> list:
    """Every expression the rules find in ``document`` (unresolved), in text order; ``dialects``
    keeps only those spoken-form overlays (see :func:`tag`)."""
    return RECOGNIZE(Grammar(document, _dialects(dialects, None)))


def tag(text: str | Document, published: dt.date | dt.datetime | str, prefer: str = "past",
        doc: str | None = None, dialects: Iterable[str] | None = None,
        vocabulary: Vocabulary | None = None, country: str | None = None) -> list[Timex]:
    """Every time expression in ``text`` (a string or an analysed :class:`~timeline.document.Document`),
    resolved against the publication date ``published``.

    ``prefer`` (``"past"``, ``"future"`` or ``"nearest"``, see :data:`PREFER`) decides where a bare
    weekday or month without a tense cue goes.  ``dialects`` names the spoken-form overlays to read
    (:data:`DIALECTS`: ``egyptian``, ``gulf``, ``levantine``, ``maghrebi``); ``None``, the default,
    reads them all, ``()`` only Standard Arabic.  ``vocabulary`` is the time words read: the
    package's by default, or with a user's month spellings (:mod:`timeline.temporal.vocabulary`;
    a user lexicon's ``months``, ``timeline.user_lexicon.load_lexicon(...).temporal``).  ``country``
    (ISO 3166 alpha-2, the paper's) selects the Hijri calendar its country keeps when an overlay
    lists one (``"MA"``: Morocco's months by sighting); else Umm al-Qura.  Results are sorted by ``(start, end)``; spans
    index the original text.
    """
    chosen = _dialects(dialects, doc)
    if prefer not in PREFER:
        raise InputError(Problem(doc, "prefer", f"must be 'past', 'future' or 'nearest', not {prefer!r}"))
    dct = parse_published(published, doc)
    if isinstance(text, Document):
        document = text
    elif isinstance(text, str):
        document = analyse(text, doc)
    else:
        raise InputError(Problem(doc, "text", "text must be a string"))
    country = country or country_of(document)
    timexes = Context(document, dct, prefer, doc, published_offset(published), country).resolve_all(RECOGNIZE(Grammar(document, chosen, vocabulary)))
    return sorted(timexes, key=lambda t: (t.start, t.end))


def tag_article(article: Article, prefer: str = "past", document: Document | None = None,
                dialects: Iterable[str] | None = None, vocabulary: Vocabulary | None = None) -> list[Timex]:
    """:func:`tag` for an :class:`~timeline.model.Article` (its ``published`` is the DCT, its
    input key ``country``, if any, the ``country``); ``document`` is its analysed text when the
    caller has it already.

    When that DCT came from the article's dateline (``published_source == "dateline"``),
    every Timex carries :data:`DATELINE_WARNING`, since a misread dateline shifts them all.
    """
    if article.published is None:
        raise InputError(Problem(article.id, "published", "the article has no publication date"))
    country = dict(article.extra).get("country")
    timexes = tag(document if document is not None else article.text, article.published, prefer=prefer,
                  doc=article.id, dialects=dialects, vocabulary=vocabulary,
                  country=country if isinstance(country, str) else None)
    if article.published_source != "dateline":
        return timexes
    return [t if DATELINE_WARNING in t.warnings else attrs.evolve(t, warnings=(*t.warnings, DATELINE_WARNING))
            for t in timexes]


def dialect_tagger(dialects: Iterable[str]) -> Callable[[Article, str], list[Timex]]:
    """A tagger reading only ``dialects`` (see :func:`tag`), for ``timeline.build(..., tagger=...)``."""
    chosen = _dialects(dialects, None)

    def tagger(article: Article, prefer: str = "past") -> list[Timex]:
        return tag_article(article, prefer, dialects=chosen)

    return tagger
