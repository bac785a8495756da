"""Read articles from JSON Lines, a JSON array, or an iterable of lines or dicts (and, through
:mod:`timeline.io.sources`, from CSV files, folders of ``.txt`` files and DataFrames).

Each record is ``{"id": ..., "published": ..., "text": ...}`` (other key names through
:class:`Fields`); other keys go to :attr:`timeline.model.Article.extra`.  Reading streams record
by record and never raises for bad data: a bad record becomes a :class:`timeline.model.Problem`
in the output stream and the next record is read as usual.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from ..model import Article, Problem, parse_iso
from .dates import ORDERS, parse_date
from .jsonrecords import _records

#: Publication years that are far more likely Hijri than Gregorian in news (1300-1500 AH is
#: 1882-2077 CE): such a date is used as written, with a warning.
HIJRI_YEARS = range(1300, 1501)
_SURROGATE = re.compile("[\ud800-\udfff]")


@attrs.frozen
class Fields:
    """How records name their fields, and what to do about their dates.

    ``id``, ``published`` and ``text`` are the keys (CSV columns) holding the article id, its
    publication date and its text.  ``order`` (:data:`timeline.io.dates.ORDERS`) reads numeric
    dates such as ``06/08/2015``, which are refused as ambiguous without it.  ``published``, a
    datetime, dates the records that carry no date of their own and no dateline.
    """

    id: str = "id"
    published: str = "published"
    text: str = "text"
    order: str | None = attrs.field(default=None, kw_only=True)
    default: dt.datetime | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.order is not None and self.order not in ORDERS:
            raise ValueError(f"date order must be one of {', '.join(ORDERS)}, not {self.order!r}")


#: The contract's field names.
FIELDS = Fields()


def parse_published(value: str) -> dt.datetime:
    """Parse an ISO 8601 date or date-time; an offset is dropped, keeping local wall-clock time.

    The publication date of a news article is the date printed in its own time zone, so
    ``2013-02-12T23:30:00-02:00`` stays 12 February.  The accepted forms are
    :data:`timeline.model.ISO_FORMS`, the same on every Python version.  Raises
    :class:`ValueError`.
    """
    return parse_iso(value)


def _find_dateline(text: str) -> dt.date | None:
    try:
        from ..temporal import find_dateline
    except ImportError:  # tagger not installed in this tree yet
        return None
    try:
        found = find_dateline(text)
    except Exception:  # a broken dateline finder must not stop reading
        return None
    return found[0] if found else None


def _type_name(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _repaired(value: Any) -> tuple[Any, int]:
    """``value`` with lone surrogates (not encodable as UTF-8) replaced by U+FFFD, one for
    one so offsets hold, and how many were replaced; walks lists and mappings."""
    if isinstance(value, str):
        return _SURROGATE.subn("\ufffd", value)
    if isinstance(value, (list, tuple)):
        pairs = [_repaired(v) for v in value]
        return type(value)(v for v, _ in pairs), sum(n for _, n in pairs)
    if isinstance(value, Mapping):
        items = [(_repaired(k), _repaired(v)) for k, v in value.items()]
        return {k: v for (k, _), (v, _) in items}, sum(a + b for (_, a), (_, b) in items)
    return value, 0


def _surrogate_warning(article_id: str, field: str, count: int, line: int | None) -> Problem:
    return Problem(article_id, field, f"{count} code point{'s' if count > 1 else ''} that {'are' if count > 1 else 'is'} "
                   "not valid Unicode (lone surrogates) replaced with U+FFFD", line)


def _published(raw: Any, article_id: str, line: int | None, fields: Fields = FIELDS,
               ) -> tuple[dt.datetime, list[Problem]] | Problem:
    if isinstance(raw, dt.datetime):
        published = raw.replace(tzinfo=None)
    elif isinstance(raw, dt.date):
        published = dt.datetime.combine(raw, dt.time())
    elif not isinstance(raw, str):
        return Problem(article_id, fields.published,
                       f"published must be an ISO 8601 string, got {_type_name(raw)}", line)
    else:
        try:
            published = parse_date(raw, order=fields.order)
        except ValueError as error:
            return Problem(article_id, fields.published, f"invalid date {raw!r}: {error}", line)
    warnings = []
    if isinstance(raw, str) and published.year in HIJRI_YEARS:
        warnings.append(Problem(article_id, fields.published,
                                f"{published.date().isoformat()} looks like a Hijri date (year "
                                f"{published.year}); it is read as a Gregorian date", line))
    return published, warnings


def _check_id(raw_id: Any, line: int | None, field: str = "id") -> str | Problem:
    if raw_id is None:
        return Problem(None, field, "missing article id", line)
    if isinstance(raw_id, int) and not isinstance(raw_id, bool):
        raw_id = str(raw_id)
    if not isinstance(raw_id, str):
        return Problem(None, field, f"id must be a string, got {_type_name(raw_id)}", line)
    if not raw_id.strip():
        return Problem(None, field, "empty article id", line)
    shown, bad = _repaired(raw_id)
    if bad:
        # An id names the article in every output: changing it would be a silent guess.
        return Problem(shown, field, "id holds a lone surrogate code point (not valid Unicode)", line)
    return raw_id


def _check_text(text: Any, article_id: str, line: int | None, field: str = "text",
                ) -> tuple[str, list[Problem]] | Problem:
    if text is None:
        return Problem(article_id, field, "missing text", line)
    if not isinstance(text, str):
        return Problem(article_id, field, f"text must be a string, got {_type_name(text)}", line)
    if not text.strip():
        return Problem(article_id, field, "empty text", line)
    text, bad = _repaired(text)
    return text, [_surrogate_warning(article_id, field, bad, line)] if bad else []


def parse_article(record: Any, *, line: int | None = None, fields: Fields = FIELDS) -> Article | Problem:
    """Validate one decoded record; return the :class:`Article` or the first :class:`Problem`.

    ``record`` is a mapping; ``fields`` (:class:`Fields`) names its keys.  ``id`` must be a
    non-empty string (an integer is accepted and turned into a string) that is valid Unicode,
    ``text`` a non-empty string, ``published`` a date string of a form
    :func:`timeline.io.dates.parse_date` reads (ISO 8601, RFC 2822, ``06/08/2015`` with a
    declared order, Arabic ``6 أغسطس 2015``...), a ``datetime.date`` or a ``datetime.datetime``.
    With no ``published``, a dateline at the start of the text supplies it
    (``published_source="dateline"``), else ``fields.default`` (``"default"``).  Lone surrogates
    elsewhere (text, other keys) become U+FFFD, and a publication year of :data:`HIJRI_YEARS`
    is kept: both are listed in :attr:`Article.warnings <timeline.model.Article.warnings>`.
    """
    if not isinstance(record, Mapping):
        return Problem(None, None, f"expected a JSON object, got {_type_name(record)}", line)
    article_id = _check_id(record.get(fields.id), line, fields.id)
    if isinstance(article_id, Problem):
        return article_id
    checked = _check_text(record.get(fields.text), article_id, line, fields.text)
    if isinstance(checked, Problem):
        return checked
    text, warnings = checked

    raw_published = record.get(fields.published)
    source = "field"
    if raw_published is None or raw_published == "":
        dateline = _find_dateline(text)
        if dateline is not None:
            published = dt.datetime.combine(dateline, dt.time())
            source = "dateline"
        elif fields.default is not None:
            published, source = fields.default, "default"
        else:
            return Problem(article_id, fields.published,
                           "missing publication date and no dateline in the text", line)
    else:
        dated = _published(raw_published, article_id, line, fields)
        if isinstance(dated, Problem):
            return dated
        published, more = dated
        warnings += more

    extra = {}
    for key, value in record.items():
        if key in (fields.id, fields.text, fields.published):
            continue
        (key, value), bad = _repaired((key, value))
        if bad:
            warnings.append(_surrogate_warning(article_id, str(key), bad, line))
        extra[key] = value
    return Article(id=article_id, text=text, published=published, published_source=source, extra=extra,
                   warnings=tuple(warnings))


def check_article(article: Article, *, line: int | None = None) -> Article | Problem:
    """An :class:`Article` made in Python, checked for what would break a batch: the id must
    be a non-empty string that is valid Unicode (it names the article in every output), the
    text a string, ``published`` ``None`` (``build`` reports it), a date or a date-time.
    The article itself is returned when it passes.  (Text is used as given: every writer
    copes with lone surrogates.)"""
    article_id = _check_id(article.id, line)
    if isinstance(article_id, Problem):
        return article_id
    if not isinstance(article.text, str):
        return Problem(article_id, "text", f"text must be a string, got {_type_name(article.text)}", line)
    if article.published is not None and not isinstance(article.published, dt.date):
        return Problem(article_id, "published",
                       f"published must be a date or date-time, got {_type_name(article.published)}", line)
    return article if article_id == article.id else attrs.evolve(article, id=article_id)


def check_items(items: Iterable[Any], *, seen: dict[str, int] | None = None) -> Iterator[Article | Problem]:
    """What ``build`` accepts, one item at a time: :class:`Article` objects (checked with
    :func:`check_article`), mappings (parsed with :func:`parse_article`) and :class:`Problem`
    objects (passed on), as :func:`read_articles` yields them.

    A repeated article id is a Problem naming the item (1-based) where it was first seen; the
    first article with it is kept.  ``seen`` maps ids to those positions and is updated.
    """
    seen = {} if seen is None else seen
    for position, item in enumerate(items, 1):
        if isinstance(item, Problem):
            yield item
            continue
        if isinstance(item, Article):
            result = check_article(item)
        elif isinstance(item, Mapping):
            result = parse_article(item)
        else:
            result = Problem(None, None, f"item {position}: expected an Article, a mapping or a Problem, "
                                         f"got {_type_name(item)}")
        if isinstance(result, Article):
            first = seen.get(result.id)
            if first is not None:
                yield Problem(result.id, "id", f"duplicate article id (first seen as item {first}, "
                                               f"this is item {position}); skipped")
                continue
            seen[result.id] = position
        yield result


def read_articles(source: Any, *, id_column: str = "id", date_column: str = "published",
                  text_column: str = "text", date_order: str | None = None,
                  published: dt.date | str | None = None, format: str = "auto", line_offset: int = 0,
                  seen: dict[str, int] | None = None) -> Iterator[Article | Problem]:
    """Stream the articles of ``source``, yielding an :class:`Article` or a :class:`Problem` per record.

    ``source`` is a path, ``"-"`` (stdin), a text or binary stream, an iterable of JSON lines
    or of dicts, or a pandas DataFrame (one article a row).  A path is read by its kind
    (``format="auto"``; else ``"jsonl"``, ``"csv"`` or ``"txt"``): a folder gives one article
    per ``.txt`` file in it, ``.csv``/``.tsv`` a CSV file with a header, ``.txt`` one article,
    anything else JSON Lines (or one JSON array, when the first non-blank character is
    ``[``).  See :mod:`timeline.io.sources`.

    ``id_column``, ``date_column`` and ``text_column`` name the fields (JSON keys, CSV or
    DataFrame columns) holding the id, the publication date and the text; other fields go
    to :attr:`Article.extra <timeline.model.Article.extra>`.  Dates are read by
    :func:`timeline.io.dates.parse_date`; ``date_order`` (``"DMY"``, ``"MDY"``) declares how
    to read ``06/08/2015``.  ``published`` dates the records that have no date and no
    dateline.  Blank lines are skipped; line numbers (1-based, plus ``line_offset``) go in
    each Problem.  ``seen`` maps article ids to their line and is updated; pass the same dict
    to several calls to catch duplicates across inputs.  A repeated id is a Problem; the
    first article with it is kept.
    """
    for _, item in read_numbered(source, id_column=id_column, date_column=date_column, text_column=text_column,
                                 date_order=date_order, published=published, format=format,
                                 line_offset=line_offset, seen=seen):
        yield item


def make_fields(id_column: str = "id", date_column: str = "published", text_column: str = "text",
                date_order: str | None = None, published: dt.date | str | None = None) -> Fields:
    """The :class:`Fields` of :func:`read_articles`'s options; raises :class:`ValueError`."""
    if isinstance(published, str):
        published = parse_date(published, order=date_order)
    elif isinstance(published, dt.date) and not isinstance(published, dt.datetime):
        published = dt.datetime.combine(published, dt.time())
    return Fields(id_column, date_column, text_column, order=date_order, default=published)


def read_numbered(source: Any, *, id_column: str = "id", date_column: str = "published",
                  text_column: str = "text", date_order: str | None = None,
                  published: dt.date | str | None = None, format: str = "auto", line_offset: int = 0,
                  seen: dict[str, int] | None = None) -> Iterator[tuple[int | None, Article | Problem]]:
    """:func:`read_articles` with the line number of each record: ``(line, item)`` pairs
    (``None`` for a ``.txt`` file)."""
    from . import sources

    fields = make_fields(id_column, date_column, text_column, date_order, published)
    kind = sources.detect_format(source, format)
    seen = {} if seen is None else seen
    for line, result in _items(source, kind, fields, line_offset):
        if isinstance(result, Article):
            first = seen.get(result.id, False)
            if first is not False:
                where = f"line {first}" if first is not None else "another file"
                yield line, Problem(result.id, fields.id if kind != "folder" else "id",
                                    f"duplicate article id (first seen on {where})", line)
                continue
            seen[result.id] = line
        yield line, result


def _items(source: Any, kind: str, fields: Fields, line_offset: int) -> Iterator[tuple[int | None, Article | Problem]]:
    from . import sources

    if kind == "folder":
        yield from sources.read_folder(source, fields=fields)
    elif kind == "txt":
        item = sources.read_text_file(source, fields=fields)
        yield (item.line if isinstance(item, Problem) else None), item
    elif kind == "csv":
        yield from sources.read_csv(source, fields=fields, line_offset=line_offset)
    else:
        if kind == "dataframe":
            from ..frames import dataframe_records

            source = dataframe_records(source)
        for line, value in _records(source, line_offset):
            yield line, value if isinstance(value, Problem) else parse_article(value, line=line, fields=fields)
