"""JSON records: JSON Lines, or one JSON array streamed element by element, each value with
its line number; a line or element that cannot be decoded becomes a :class:`Problem` in the
stream (never an exception), and an over-long integer literal is a Problem on every Python.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..model import Problem

#: Characters read per step when streaming a JSON array file.
_CHUNK = 1 << 16
#: Digits an integer literal may have: CPython 3.11's own limit, applied on every version so
#: that a record is read the same everywhere (and a huge literal cannot take quadratic time).
MAX_DIGITS = 4300


class _Decoder(json.JSONDecoder):
    """``json`` decoding that reports an over-long integer literal instead of raising (or, on
    Python 3.10, taking quadratic time): the literal is read as 0 and :attr:`long` is set."""

    def __init__(self) -> None:
        super().__init__(parse_int=self._int)
        self.long = 0

    def _int(self, literal: str) -> int:
        digits = len(literal) - literal.startswith("-")
        if digits > MAX_DIGITS:
            self.long = max(self.long, digits)
            return 0
        return int(literal)

    def problem(self, line: int) -> Problem | None:
        """The Problem for the value just decoded, if it held an over-long integer (then reset)."""
        if not self.long:
            return None
        digits, self.long = self.long, 0
        return Problem(None, None, f"an integer of {digits} digits (more than {MAX_DIGITS}); "
                                   "write such a number as a string", line)


def _json_error(error: json.JSONDecodeError | RecursionError, column_offset: int = 0) -> str:
    if isinstance(error, RecursionError):
        return "malformed JSON: nested too deeply"
    # ``msg`` alone ("Invalid control character at") is cut short: say where.
    where = f"column {error.colno + column_offset}" if error.lineno == 1 else \
        f"line {error.lineno} of the record, column {error.colno}"
    return f"malformed JSON: {error.msg}{'' if error.msg.endswith(' at') else ' at'} {where}"


def _decode_line(raw: str | bytes, line: int, decoder: _Decoder) -> Any | Problem:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            return Problem(None, None, f"not UTF-8: {error.reason} at byte {error.start}", line)
    text = raw.lstrip("\ufeff")  # a file's byte-order mark, or one left by joining files
    if not text.strip():
        return Problem(None, None, "the line holds only a byte-order mark (U+FEFF), no record", line)
    try:
        value = decoder.decode(text)
    except (json.JSONDecodeError, RecursionError) as error:
        return Problem(None, None, _json_error(error, len(raw) - len(text)), line)
    return decoder.problem(line) or value


def _json_lines(lines: Iterable[Any], line_offset: int) -> Iterator[tuple[int, Any]]:
    """Yield (line number, decoded value or Problem) per non-blank line; dicts pass through."""
    decoder = _Decoder()
    for number, raw in enumerate(lines, start=line_offset + 1):
        if isinstance(raw, (str, bytes)):
            if not raw.strip():
                continue
            yield number, _decode_line(raw, number, decoder)
        else:
            yield number, raw


def _json_array(stream: IO[str], head: str, line_offset: int) -> Iterator[tuple[int, Any]]:
    """Yield the elements of a JSON array one at a time, holding one element in memory.

    ``head`` is text already read from ``stream``.  A malformed element ends the array
    (there is no safe way to resynchronise) with one Problem saying where reading stopped.
    Anything after the closing bracket is read as JSON Lines, after a Problem saying so: a
    first line such as ``[]`` must not hide the records below it.
    """
    decoder = _Decoder()
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

    def stopped(message: str) -> Problem:
        return Problem(None, None, f"{message}; the rest of the input (from line {line}) is not read", line)

    skip(" \t\r\n")
    opened = line
    pos += 1  # the opening bracket
    expect_comma = False
    while True:
        skip(" \t\r\n")
        while pos >= len(buffer) and refill():
            skip(" \t\r\n")
        if pos >= len(buffer):
            yield line, Problem(None, None, f"malformed JSON: the array opened on line {opened} is not closed",
                                line)
            return
        if buffer[pos] == "]":
            yield from _after_array(stream, buffer[pos + 1:], line, opened)
            return
        if expect_comma:
            if buffer[pos] != ",":
                yield line, stopped("malformed JSON: expected ',' between array items")
                return
            pos += 1
            expect_comma = False
            continue
        size = _CHUNK
        while True:
            decoder.long = 0
            try:
                value, end = decoder.raw_decode(buffer, pos)
            except json.JSONDecodeError as error:
                if not eof and refill(size):
                    size *= 2  # a large element: grow reads so retries stay linear overall
                    continue
                at = line + buffer.count("\n", pos, error.pos)
                yield line, stopped(f"malformed JSON: {error.msg}{'' if error.msg.endswith(' at') else ' at'} "
                                    f"line {at}")
                return
            except RecursionError:
                yield line, stopped("malformed JSON: nested too deeply")
                return
            if end == len(buffer) and not eof and refill(size):
                continue  # a number may continue past the buffer
            break
        start_line = line
        line += buffer.count("\n", pos, end)
        pos = end
        expect_comma = True
        yield start_line, decoder.problem(start_line) or value


_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")


def _after_array(stream: IO[str], rest: str, line: int, opened: int) -> Iterator[tuple[int, Any]]:
    """What follows a JSON array's closing bracket (on ``line``): nothing but blanks, or
    records read as JSON Lines after one Problem."""
    lines = _LINE.findall(rest)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += stream.readline()
    warned = False
    for number, value in _json_lines(_chain(lines, stream), line - 1):
        if not warned:
            warned = True
            yield number, Problem(None, None, f"more data after the JSON array of lines {opened}-{line}: "
                                              "it is read as JSON Lines, one record a line", number)
        yield number, value


_BLANK = (" ", "\t", "\r", "\n", b" ", b"\t", b"\r", b"\n")
_BOM = b"\xef\xbb\xbf"


def _peek(handle: Any) -> tuple[Any, Any]:
    """Read up to the first non-blank character; return (what was read, that character).

    A byte-order mark at the very start is the encoding's signature: it is read and dropped.
    Any later one is data (a line holding only one is reported by the line reader).
    """
    read = head = handle.read(1)
    if head == "\ufeff":
        read = head = handle.read(1)
    elif head == b"\xef":
        mark = handle.read(2)
        if mark == _BOM[1:]:
            read = head = handle.read(1)
        else:
            return head + mark, head
    while head and head in _BLANK:
        head = handle.read(1)
        read += head
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
                # Bytes that are not UTF-8 become lone surrogates, which the record checks
                # replace with U+FFFD and report (a whole array cannot be cut into lines).
                stream = io.TextIOWrapper(handle, encoding="utf-8", errors="surrogateescape", newline="")
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
