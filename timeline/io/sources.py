"""The files people have: folders of ``.txt`` files, CSV exports, DataFrames.

Each reader yields ``(line, Article or Problem)`` pairs like
:func:`timeline.io.articles.read_numbered`, so one bad record never sinks the batch and every
problem names its line (a CSV line, a DataFrame row counted from 1) and field (the column).
A ``.txt`` file is one article: its id is its path inside the folder without the suffix, and
its problems name that file.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from ..model import Article, Problem
from .articles import FIELDS, Fields, parse_article

#: Input formats :func:`timeline.io.read_articles` knows; ``auto`` decides by the source.
FORMATS = ("auto", "jsonl", "csv", "txt")

#: A date in a file's path: 2015-08-06, 2015_08_06, 20150806, 2015/08/06/...
_PATH_DATE = re.compile(r"(?<![0-9])([0-9]{4})[-_./]?([0-9]{2})[-_./]?([0-9]{2})(?![0-9])")
_DELIMITERS = (",", ";", "\t")


def detect_format(source: Any, declared: str = "auto") -> str:
    """``jsonl``, ``csv``, ``txt`` (one file), ``folder`` or ``dataframe`` for ``source``."""
    if declared not in FORMATS:
        raise ValueError(f"input format must be one of {', '.join(FORMATS)}, not {declared!r}")
    if type(source).__module__.split(".")[0] == "pandas" and hasattr(source, "itertuples"):
        return "dataframe"
    if isinstance(source, (str, os.PathLike)) and source != "-" and os.path.isdir(source):
        return "folder"
    if declared != "auto":
        return declared
    if isinstance(source, (str, os.PathLike)) and source != "-":
        suffix = Path(source).suffix.lower()
        if suffix in (".csv", ".tsv"):
            return "csv"
        if suffix == ".txt":
            return "txt"
    return "jsonl"


# ---------------------------------------------------------------- .txt files

def date_in_path(name: str) -> dt.datetime | None:
    """The last valid date written in a file's path (``2015-08-06-gaza.txt``), or ``None``."""
    found = None
    for match in _PATH_DATE.finditer(name):
        try:
            found = dt.datetime(*(int(part) for part in match.groups()))
        except ValueError:
            continue
    return found


def read_text_file(path: str | os.PathLike, *, name: str | None = None,
                   fields: Fields = FIELDS) -> Article | Problem:
    """One ``.txt`` file as one article, its id ``name`` (default: the file name less ``.txt``).

    The publication date comes from the path (``2015-08-06-gaza.txt``,
    ``published_source="filename"``), else the text's dateline, else ``fields.default``.
    The file must be UTF-8 (a byte-order mark is dropped).
    """
    path = Path(path)
    article_id = name if name is not None else path.stem
    try:
        raw = path.read_bytes()
    except OSError as error:
        return Problem(article_id, None, f"{path}: cannot read: {error.strerror or error}")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        return Problem(article_id, "text", f"{path}: not UTF-8 ({error.reason} at byte {error.start}); "
                                           "save it as UTF-8", line)
    dated = date_in_path(str(Path(name).with_suffix("") if name else path.stem))
    record = {"id": article_id, "text": text, "published": dated}
    result = parse_article(record, fields=attrs.evolve(fields, id="id", text="text", published="published"))
    if isinstance(result, Problem):
        return attrs.evolve(result, message=f"{path}: {result.message}")
    if dated is not None:
        result = attrs.evolve(result, published_source="filename")
    return result


def text_files(folder: str | os.PathLike) -> list[Path]:
    """The ``.txt`` files under ``folder``, sub-folders included, in path order."""
    root = Path(folder)
    return sorted((p for p in root.rglob("*") if p.suffix.lower() == ".txt" and p.is_file()),
                  key=lambda p: p.relative_to(root).as_posix())


def read_folder(folder: str | os.PathLike, *, fields: Fields = FIELDS) -> Iterator[tuple[int | None, Article | Problem]]:
    """Every ``.txt`` file under ``folder`` (sub-folders too), in path order, one article each;
    the id is the path inside ``folder`` without ``.txt`` (``2015/08/gaza``)."""
    root = Path(folder)
    for path in text_files(root):
        name = path.relative_to(root).with_suffix("").as_posix()
        item = read_text_file(path, name=name, fields=fields)
        yield (item.line if isinstance(item, Problem) else None), item


# ---------------------------------------------------------------- CSV

def _delimiter(header: str) -> str:
    counts = [(header.count(d), -i, d) for i, d in enumerate(_DELIMITERS)]
    return max(counts)[2]


def _csv_problem(message: str, line: int, field: str | None = None) -> Problem:
    return Problem(None, field, message, line)


def read_csv(source: Any, *, fields: Fields = FIELDS, line_offset: int = 0) -> Iterator[tuple[int, Article | Problem]]:
    """The rows of a CSV file (a path, ``"-"`` or a text stream) as articles.

    The first row is the header; ``fields`` names the id, date and text columns, the other
    columns go to :attr:`Article.extra <timeline.model.Article.extra>`.  The delimiter is
    the one of ``,`` ``;`` and tab that the header uses most (a ``.tsv`` file: tab).  A
    missing id or text column, or a missing date column without ``fields.default``, is one
    problem and nothing is read.  A row with more or fewer cells than the header is a
    problem naming its line.  Bytes that are not UTF-8 become U+FFFD with a warning.
    """
    close = False
    if source == "-":
        handle = open(sys.stdin.fileno(), encoding="utf-8-sig", errors="surrogateescape", newline="",
                      closefd=False)
        close = True
    elif isinstance(source, (str, os.PathLike)):
        handle = open(source, encoding="utf-8-sig", errors="surrogateescape", newline="")
        close = True
    else:
        handle = source
    limit = csv.field_size_limit()
    try:
        # An article is longer than the csv module's default cell limit (128 KiB) now and then.
        csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
        yield from _csv_rows(handle, fields, line_offset, tab=str(source).lower().endswith(".tsv"))
    finally:
        csv.field_size_limit(limit)
        if close:
            handle.close()


def _csv_rows(handle: Any, fields: Fields, line_offset: int, tab: bool) -> Iterator[tuple[int, Article | Problem]]:
    first = handle.readline()
    while first and not first.strip():
        line_offset += 1
        first = handle.readline()
    if not first:
        return
    first = first.lstrip("\ufeff")
    reader = csv.reader(_chain([first], handle), delimiter="\t" if tab else _delimiter(first))
    try:
        header = [cell.strip() for cell in next(reader)]
    except csv.Error as error:
        yield line_offset + 1, _csv_problem(f"malformed CSV header: {error}", line_offset + 1)
        return
    header_line = line_offset + reader.line_num
    columns = ", ".join(repr(c) for c in header)
    needed = [fields.id, fields.text] + ([fields.published] if fields.default is None else [])
    for column in needed:
        if column not in header:
            hint = {fields.id: "--id-column", fields.text: "--text-column",
                    fields.published: "--date-column (or --published for a default date)"}[column]
            yield header_line, _csv_problem(f"no column {column!r} in the header (columns: {columns}); "
                                            f"name it with {hint}", header_line, column)
            return
    end = header_line
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            line = end + 1
            yield line, _csv_problem(f"malformed CSV: {error}; the rest of the file is not read", line)
            return
        line, end = end + 1, line_offset + reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield line, _csv_problem(f"{len(row)} cells where the header has {len(header)}", line)
            continue
        yield line, parse_article(dict(zip(header, row, strict=True)), line=line, fields=fields)


def _chain(first: list[str], rest: Iterable[str]) -> Iterator[str]:
    yield from first
    yield from rest
