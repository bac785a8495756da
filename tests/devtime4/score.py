#!/usr/bin/env python3
"""Score the temporal tagger on devtime4, per category.

    python3 tests/devtime4/score.py            # table, then every miss and every negative hit
    python3 tests/devtime4/score.py -q         # one summary line

A phrase is *found* when some Timex overlaps its span, *right* when one of those agrees on
type and value (``*``: not checked) and on the bounds given (a date compares by day, a
date-time by minute).  A negative is *clean* when no Timex overlaps its forbidden text.
Every row is tagged alone with ``prefer="past"`` (news), against its own reference time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import pathlib
import sys
from collections import defaultdict

HERE = pathlib.Path(__file__).resolve().parent
PHRASES = HERE / "phrases.tsv"
NEGATIVES = HERE / "negatives.tsv"


def _rows(path: pathlib.Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ValueError(f"{path.name}: row {number} has {len(cells)} cells, not {len(header)}: {line!r}")
        row = dict(zip(header, cells, strict=True))
        needle = row.get("span") or row.get("forbidden")
        if needle not in row["text"]:
            raise ValueError(f"{path.name}: row {number}: {needle!r} not in the text")
        rows.append(row)
    return rows


def _dct(text: str) -> dt.date | dt.datetime:
    return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)


def _bound(actual: dt.datetime | None, expected: str) -> bool:
    if expected == "-":
        return True
    if actual is None:
        return False
    if len(expected) == 10:
        return actual.date().isoformat() == expected
    return actual.isoformat(timespec="minutes") == expected


def _overlapping(timexes: list, text: str, needle: str) -> list:
    start = text.index(needle)
    end = start + len(needle)
    return [t for t in timexes if t.start < end and t.end > start]


def _right(timex, row: dict[str, str]) -> bool:
    return ((row["type"] == "*" or timex.type == row["type"])
            and (row["value"] == "*" or timex.value == row["value"])
            and _bound(timex.earliest, row["earliest"]) and _bound(timex.latest, row["latest"]))


def _show(timex) -> str:
    return f"{timex.text!r} {timex.type} {timex.value} {timex.earliest}..{timex.latest} ({timex.rule})"


def score() -> dict:
    """Counts per category, the misses and the negative hits."""
    from timeline.temporal import tag

    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    misses = []
    for row in _rows(PHRASES):
        timexes = _overlapping(tag(row["text"], _dct(row["dct"])), row["text"], row["span"])
        counts = table[row["category"]]
        counts[0] += 1
        counts[1] += bool(timexes)
        if any(_right(t, row) for t in timexes):
            counts[2] += 1
        else:
            misses.append((row, timexes))
    hits = []
    negatives = _rows(NEGATIVES)
    for row in negatives:
        timexes = _overlapping(tag(row["text"], _dct(row["dct"])), row["text"], row["forbidden"])
        if timexes:
            hits.append((row, timexes))
    total = [sum(c[i] for c in table.values()) for i in range(3)]
    return {"table": dict(table), "total": total, "misses": misses,
            "negatives": len(negatives), "clean": len(negatives) - len(hits), "hits": hits}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-q", "--quiet", action="store_true", help="one summary line")
    args = parser.parse_args(argv)
    result = score()
    n, found, right = result["total"]
    summary = (f"devtime4: {right}/{n} right, {found}/{n} found; "
               f"negatives {result['clean']}/{result['negatives']} clean")
    if args.quiet:
        print(summary)
        return 0
    print(f"{'category':<16}{'n':>5}{'found':>7}{'right':>7}")
    for category, (count, hits, good) in sorted(result["table"].items()):
        print(f"{category:<16}{count:>5}{hits:>7}{good:>7}")
    print(summary)
    for row, timexes in result["misses"]:
        got = "; ".join(_show(t) for t in timexes) or "nothing"
        print(f"MISS {row['category']}/{row['form']} {row['span']!r} want {row['type']} {row['value']} "
              f"{row['earliest']}..{row['latest']} (dct {row['dct']}) got {got}")
    for row, timexes in result["hits"]:
        print(f"NEG {row['form']} {row['forbidden']!r} got {'; '.join(_show(t) for t in timexes)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
