"""Read articles from JSON Lines, a JSON array, or an iterable of lines or dicts.

Each record is ``{"id": ..., "published": ..., "text": ...}``; other keys go to
:attr:`timeline.model.Article.extra`.  Reading streams record by record and never raises
for bad data: a bad record becomes a :class:`timeline.model.Problem` in the output stream
and the next record is read as usual.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..model import Article, Problem

#: Characters read per step when streaming a JSON array file.
_CHUNK = 1 << 16


def parse_published(value: str) -> dt.datetime:
    """Parse an ISO 8601 date or date-time; an offset is dropped, keeping local wall-clock time.

    The publication date of a news article is the date printed in its own time zone, so
    ``2013-02-12T23:30:00-02:00`` stays 12 February.  Raises :class:`ValueError`.
    """
    text = value.strip()
    if not text or not text[0].isdigit() or not text.isascii():
        raise ValueError("not an ISO 8601 date or date-time")
    try:
        parsed = dt.datetime.fromisoformat(text[:-1] + "+00:00" if text[-1] in "zZ" else text)
    except ValueError as error:
        if str(error).startswith("Invalid isoformat"):
            raise ValueError("not an ISO 8601 date or date-time") from None
        raise
    return parsed.replace(tzinfo=None)


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


def parse_article(record: Any, *, line: int | None = None) -> Article | Problem:
    """Validate one decoded record; return the :class:`Article` or the first :class:`Problem`.

    ``id`` must be a non-empty string (an integer is accepted and turned into a string),
    ``text`` a non-empty string, ``published`` an ISO 8601 date or date-time.  With no
    ``published``, a dateline at the start of the text supplies it
    (``published_source="dateline"``).
    """
    if not isinstance(record, dict):
        return Problem(None, None, f"expected a JSON object, got {_type_name(record)}", line)
    raw_id = record.get("id")
    if raw_id is None:
        return Problem(None, "id", "missing article id", line)
    if isinstance(raw_id, int) and not isinstance(raw_id, bool):
        raw_id = str(raw_id)
    if not isinstance(raw_id, str):
        return Problem(None, "id", f"id must be a string, got {_type_name(raw_id)}", line)
    if not raw_id.strip():
        return Problem(None, "id", "empty article id", line)
    article_id = raw_id

    text = record.get("text")
    if text is None:
        return Problem(article_id, "text", "missing text", line)
    if not isinstance(text, str):
        return Problem(article_id, "text", f"text must be a string, got {_type_name(text)}", line)
    if not text.strip():
        return Problem(article_id, "text", "empty text", line)

    raw_published = record.get("published")
    source = "field"
    if raw_published is None or raw_published == "":
        dateline = _find_dateline(text)
        if dateline is None:
            return Problem(article_id, "published",
                           "missing publication date and no dateline in the text", line)
        published = dt.datetime.combine(dateline, dt.time())
        source = "dateline"
    elif not isinstance(raw_published, str):
        return Problem(article_id, "published",
                       f"published must be an ISO 8601 string, got {_type_name(raw_published)}", line)
    else:
        try:
            published = parse_published(raw_published)
        except ValueError as error:
            return Problem(article_id, "published", f"invalid date {raw_published!r}: {error}", line)

    extra = {key: value for key, value in record.items() if key not in ("id", "text", "published")}
    return Article(id=article_id, text=text, published=published, published_source=source, extra=extra)


def _decode_line(raw: str | bytes, line: int) -> Any | Problem:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            return Problem(None, None, f"not UTF-8: {error.reason} at byte {error.start}", line)
    try:
        return json.loads(raw)
    except (json.JSONDecodeError, RecursionError) as error:
        message = error.msg if isinstance(error, json.JSONDecodeError) else "nested too deeply"
        return Problem(None, None, f"malformed JSON: {message}", line)


def _json_lines(lines: Iterable[Any], line_offset: int) -> Iterator[tuple[int, Any]]:
    """Yield (line number, decoded value or Problem) per non-blank line; dicts pass through."""
    for number, raw in enumerate(lines, start=line_offset + 1):
        if isinstance(raw, (str, bytes)):
            if not raw.strip():
                continue
            yield number, _decode_line(raw, number)
        else:
            yield number, raw


def _json_array(stream: IO[str], head: str, line_offset: int) -> Iterator[tuple[int, Any]]:
    """Yield the elements of a JSON array one at a time, holding one element in memory.

    ``head`` is text already read from ``stream``.  A malformed element ends the array
    (there is no safe way to resynchronise) with one Problem.
    """
    decoder = json.JSONDecoder()
    buffer, pos, line, eof = head, 0, line_offset + 1, False

    def skip(chars: str) -> None:
        nonlocal pos, line
        while pos < len(buffer) and buffer[pos] in chars:
            line += buffer[pos] == "\n"
            pos += 1

    def refill(size: int = _CHUNK) -> bool:
        nonlocal buffer, pos, eof
        chunk = stream.read(size)
        buffer = buffer[pos:] + chunk
        pos = 0
        eof = not chunk
        return bool(chunk)

    skip(" \t\r\n\ufeff")
    pos += 1  # the opening bracket
    expect_comma = False
    while True:
        skip(" \t\r\n")
        while pos >= len(buffer) and refill():
            skip(" \t\r\n")
        if pos >= len(buffer):
            yield line, Problem(None, None, "malformed JSON: unterminated array", line)
            return
        if buffer[pos] == "]":
            return
        if expect_comma:
            if buffer[pos] != ",":
                yield line, Problem(None, None, "malformed JSON: expected ',' between array items", line)
                return
            pos += 1
            expect_comma = False
            continue
        size = _CHUNK
        while True:
            try:
                value, end = decoder.raw_decode(buffer, pos)
            except json.JSONDecodeError as error:
                if not eof and refill(size):
                    size *= 2  # a large element: grow reads so retries stay linear overall
                    continue
                yield line, Problem(None, None, f"malformed JSON: {error.msg}", line)
                return
            except RecursionError:
                yield line, Problem(None, None, "malformed JSON: nested too deeply", line)
                return
            if end == len(buffer) and not eof and refill(size):
                continue  # a number may continue past the buffer
            break
        start_line = line
        line += buffer.count("\n", pos, end)
        pos = end
        expect_comma = True
        yield start_line, value


_BLANK = (" ", "\t", "\r", "\n", "\ufeff", b" ", b"\t", b"\r", b"\n")
_BOM = b"\xef\xbb\xbf"


def _peek(handle: Any) -> tuple[Any, Any]:
    """Read up to the first non-blank character; return (what was read, that character).

    A UTF-8 byte order mark is read and dropped.
    """
    read = head = handle.read(1)
    while head and head in _BLANK:
        head = handle.read(1)
        read += head
    if head == b"\xef":
        mark = handle.read(2)
        if mark == _BOM[1:]:
            more, head = _peek(handle)
            return read[:-1] + more, head
        read += mark
    if isinstance(read, str):
        read = read.replace("\ufeff", "")
    return read, head


def _records(source: Any, line_offset: int) -> Iterator[tuple[int, Any]]:
    """Decoded records with their line numbers, from any accepted kind of source."""
    if source == "-":
        source = getattr(sys.stdin, "buffer", sys.stdin)
    close = isinstance(source, (str, os.PathLike))
    handle = open(source, "rb") if close else source
    try:
        if not hasattr(handle, "read"):
            yield from _json_lines(handle, line_offset)
            return
        read, head = _peek(handle)
        if head in ("[", b"["):
            if isinstance(read, bytes):
                stream = io.TextIOWrapper(handle, encoding="utf-8", errors="replace", newline="")
                try:
                    yield from _json_array(stream, read.decode("ascii"), line_offset)
                finally:
                    stream.detach()  # the caller owns ``handle``
            else:
                yield from _json_array(handle, read, line_offset)
            return
        # Put back what was peeked: blank lines (they count for line numbers) and the first line.
        lines = read.splitlines(keepends=True)
        ends = (b"\n", b"\r") if isinstance(read, bytes) else ("\n", "\r")
        if lines and not lines[-1].endswith(ends):
            lines[-1] += handle.readline()
        yield from _json_lines(_chain(lines, handle), line_offset)
    finally:
        if close:
            handle.close()


def _chain(first: list[Any], rest: Iterable[Any]) -> Iterator[Any]:
    yield from first
    yield from rest


def read_articles(source: Any, *, line_offset: int = 0,
                  seen: dict[str, int] | None = None) -> Iterator[Article | Problem]:
    """Stream the articles of ``source``, yielding an :class:`Article` or a :class:`Problem` per record.

    ``source`` is a path, ``"-"`` (stdin), a text or binary stream, or an iterable of JSON
    lines or of already decoded dicts.  A stream or file whose first non-blank character
    is ``[`` is read as one JSON array, element by element.  Blank lines are skipped; line
    numbers (1-based, plus ``line_offset``) go in each Problem.  ``seen`` maps article ids
    to their line and is updated; pass the same dict to several calls to catch duplicates
    across inputs.  A repeated id is a Problem; the first article with it is kept.
    """
    for _, item in read_numbered(source, line_offset=line_offset, seen=seen):
        yield item


def read_numbered(source: Any, *, line_offset: int = 0,
                  seen: dict[str, int] | None = None) -> Iterator[tuple[int, Article | Problem]]:
    """:func:`read_articles` with the line number of each record: ``(line, item)`` pairs."""
    seen = {} if seen is None else seen
    for line, value in _records(source, line_offset):
        if isinstance(value, Problem):
            yield line, value
            continue
        result = parse_article(value, line=line)
        if isinstance(result, Article):
            first = seen.get(result.id)
            if first is not None:
                yield line, Problem(result.id, "id", f"duplicate article id (first seen on line {first})",
                                    line)
                continue
            seen[result.id] = line
        yield line, result
