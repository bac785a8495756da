"""Run the temporal corpus (``tests/corpus/temporal/*.tsv``) through ``timeline.temporal.tag``.

Every positive row must be matched by some returned Timex that overlaps the first occurrence
of its ``span``, agrees on type, value, mod and interval, and was produced by a rule of the
file's family (``deictic.tsv`` rows by ``timeline/temporal/rules/deictic.py``); every
``negative.tsv`` row forbids any Timex over its ``forbidden`` substring.  The format is
documented in ``tests/corpus/README.md``.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).parent / "corpus" / "temporal"
NEGATIVE = "negative.tsv"
COLUMNS = ("text", "dct", "prefer", "span", "type", "value", "earliest", "latest", "mod", "status")
NEGATIVE_COLUMNS = ("text", "dct", "forbidden")
TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
MODS = frozenset({"START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE",
                  "EQUAL_OR_LESS", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"})
MIN_POSITIVE = 300
MIN_NEGATIVE = 40

# A bound's written precision decides how it is compared: a date compares by day, a
# date-time with minutes by minute (clock times may end at :00 or :59), with seconds by second.
_BOUND = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$")


class RowError(ValueError):
    """A corpus row that does not parse."""


def _raw_rows(path: Path) -> list[tuple[int, list[str]]]:
    """Data lines of one TSV file as (line number, cells), header and comments skipped."""
    rows = []
    header_seen = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        rows.append((number, line.split("\t")))
    return rows


def _files() -> list[Path]:
    return sorted(CORPUS.glob("*.tsv"))


def _params(negative: bool) -> list[Any]:
    params = []
    for path in _files():
        if (path.name == NEGATIVE) != negative:
            continue
        for number, cells in _raw_rows(path):
            marks = ()
            if not negative and len(cells) == len(COLUMNS) and cells[-1] == "gap":
                marks = (pytest.mark.xfail(strict=True, reason="known gap in the tagger"),)
            params.append(pytest.param(path.name, number, cells, id=f"{path.name}:{number}", marks=marks))
    return params


def _dct(text: str) -> dt.date | dt.datetime:
    try:
        return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)
    except ValueError as exc:
        raise RowError(f"bad dct {text!r}") from exc


def _bound(text: str) -> str | None:
    if text == "-":
        return None
    if not _BOUND.match(text):
        raise RowError(f"bad bound {text!r}")
    dt.datetime.fromisoformat(text)  # validates the calendar (no 31 June)
    return text


def _parse(cells: list[str]) -> dict[str, Any]:
    """Check one positive row and return it as a dict (raises :class:`RowError`)."""
    if len(cells) != len(COLUMNS):
        raise RowError(f"expected {len(COLUMNS)} columns, got {len(cells)}: {cells!r}")
    row: dict[str, Any] = dict(zip(COLUMNS, cells, strict=True))
    row["dct"] = _dct(row["dct"])
    if row["prefer"] not in ("past", "future", "nearest"):
        raise RowError(f"bad prefer {row['prefer']!r}")
    if not row["span"] or row["span"] not in row["text"]:
        raise RowError(f"span {row['span']!r} not in text")
    if row["type"] not in TYPES:
        raise RowError(f"bad type {row['type']!r}")
    if not row["value"] or row["value"] == "-":
        raise RowError("empty value")
    row["earliest"] = _bound(row["earliest"])
    row["latest"] = _bound(row["latest"])
    if (row["earliest"] is None) != (row["latest"] is None):
        raise RowError("earliest and latest must both be given or both be '-'")
    if row["earliest"] is not None and (dt.datetime.fromisoformat(row["earliest"])
                                        > dt.datetime.fromisoformat(row["latest"])):
        raise RowError("earliest after latest")
    if row["mod"] not in MODS | {"-", "*"}:
        raise RowError(f"bad mod {row['mod']!r}")
    if row["status"] not in ("ok", "gap"):
        raise RowError(f"bad status {row['status']!r}")
    return row


def _parse_negative(cells: list[str]) -> dict[str, Any]:
    if len(cells) != len(NEGATIVE_COLUMNS):
        raise RowError(f"expected {len(NEGATIVE_COLUMNS)} columns, got {len(cells)}: {cells!r}")
    row: dict[str, Any] = dict(zip(NEGATIVE_COLUMNS, cells, strict=True))
    row["dct"] = _dct(row["dct"])
    if not row["forbidden"] or row["forbidden"] not in row["text"]:
        raise RowError(f"forbidden {row['forbidden']!r} not in text")
    return row


def _same_bound(actual: dt.datetime | None, expected: str | None) -> bool:
    if expected is None or actual is None:
        return expected is None and actual is None
    if len(expected) == 10:
        return actual.date().isoformat() == expected
    if len(expected) == 16:
        return actual.replace(second=0, microsecond=0).isoformat(timespec="minutes") == expected
    return actual.replace(microsecond=0).isoformat(timespec="seconds") == expected


def _mismatches(timex: Any, row: dict[str, Any]) -> list[str]:
    """Fields of ``timex`` that disagree with the row (empty when it matches)."""
    wrong = []
    if timex.type != row["type"]:
        wrong.append("type")
    if timex.value != row["value"]:
        wrong.append("value")
    if row["mod"] != "*" and timex.mod != (None if row["mod"] == "-" else row["mod"]):
        wrong.append("mod")
    if not _same_bound(timex.earliest, row["earliest"]):
        wrong.append("earliest")
    if not _same_bound(timex.latest, row["latest"]):
        wrong.append("latest")
    return wrong


def _show(timex: Any) -> str:
    mod = f" mod={timex.mod}" if timex.mod else ""
    return (f"[{timex.start}:{timex.end}] {timex.text!r} {timex.type} {timex.value}{mod} "
            f"{timex.earliest}..{timex.latest} rule={timex.rule} reading={timex.reading}")


def _family(timex: Any) -> str:
    """The family of the rule that produced ``timex`` (``deictic`` for ``deictic.weekday``)."""
    return (timex.rule or "").partition(".")[0]


def _tag(row: dict[str, Any], prefer: str = "past") -> list[Any]:
    from timeline.temporal import tag

    timexes = tag(row["text"], row["dct"], prefer=prefer)
    for timex in timexes:
        assert row["text"][timex.start:timex.end] == timex.text, f"offsets do not slice the text: {_show(timex)}"
    return timexes


def _overlapping(timexes: list[Any], text: str, needle: str) -> list[Any]:
    start = text.index(needle)
    end = start + len(needle)
    return [t for t in timexes if t.start < end and t.end > start]


@pytest.mark.parametrize(("name", "number", "cells"), _params(negative=False))
def test_corpus_row(name: str, number: int, cells: list[str]) -> None:
    row = _parse(cells)
    timexes = _tag(row, prefer=row["prefer"])
    candidates = _overlapping(timexes, row["text"], row["span"])
    family = name.removesuffix(".tsv")
    matching = [t for t in candidates if not _mismatches(t, row)]
    if any(_family(t) == family for t in matching):
        return
    expected = (f"{row['type']} {row['value']} mod={row['mod']} {row['earliest']}..{row['latest']}")
    lines = [f"{name}:{number} {row['span']!r} (dct {row['dct']}, prefer {row['prefer']})",
             f"  expected: {expected} from a rule of the {family} family"]
    if matching:
        lines += [f"  right value from another family's rule: {_show(t)}" for t in matching]
        pytest.fail("\n".join(lines), pytrace=False)
    if candidates:
        lines += [f"  got:      {_show(t)}  wrong: {', '.join(_mismatches(t, row))}" for t in candidates]
    else:
        lines.append("  got:      no Timex over the span")
        lines += [f"  elsewhere: {_show(t)}" for t in timexes]
    pytest.fail("\n".join(lines), pytrace=False)


@pytest.mark.parametrize(("name", "number", "cells"), _params(negative=True))
def test_corpus_negative(name: str, number: int, cells: list[str]) -> None:
    row = _parse_negative(cells)
    found = _overlapping(_tag(row), row["text"], row["forbidden"])
    assert not found, (f"{name}:{number} {row['forbidden']!r} must not be tagged; got: "
                       + "; ".join(_show(t) for t in found))


def test_corpus_is_well_formed_and_large_enough() -> None:
    problems = []
    positive = negative = 0
    for path in _files():
        rows = _raw_rows(path)
        if not rows:
            problems.append(f"{path.name}: no data rows")
        for number, cells in rows:
            try:
                if path.name == NEGATIVE:
                    _parse_negative(cells)
                    negative += 1
                else:
                    _parse(cells)
                    positive += 1
            except (RowError, ValueError) as exc:
                problems.append(f"{path.name}:{number}: {exc}")
    assert not problems, "\n".join(problems)
    assert positive >= MIN_POSITIVE, f"only {positive} positive rows"
    assert negative >= MIN_NEGATIVE, f"only {negative} negative rows"


def test_corpus_headers_name_the_columns() -> None:
    for path in _files():
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
        expected = NEGATIVE_COLUMNS if path.name == NEGATIVE else COLUMNS
        assert lines and tuple(lines[0].split("\t")) == expected, f"{path.name}: bad header {lines[:1]!r}"
