"""Score the tagger on a peer's Arabic time corpus: puckling's port of Duckling's.

puckling (Apache-2.0, a Python port of Duckling) ships Duckling's Arabic time corpus
(``time/ar/corpus.py``, reference time 2013-02-12T04:30, a Tuesday) and its own clock,
holiday and interval supplements.  The wheel is fetched from the package index with
``pip download`` (it needs Python 3.13 to install, so it is read, never imported) and the
corpus files are evaluated with a stand-in for ``puckling.corpus``.

A phrase counts as found when one time expression covers at least 60% of it, and as right
when that expression's start matches the expected value at the expected grain (intervals:
start and end).  Duckling reads bare weekdays forward, so ``--prefer future`` is the default.

    python benchmarks/peer_corpus.py [--prefer future] [--misses] [--dir DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import os
import subprocess
import sys
import tempfile
import types
import zipfile
from typing import Any

FILES = ("corpus", "clock_corpus", "holidays_corpus", "intervals_corpus")
DCT = dt.datetime(2013, 2, 12, 4, 30)
PREFIX = {"year": 4, "quarter": 7, "month": 7, "week": 10, "day": 10, "hour": 13, "minute": 16, "second": 19}


def fetch(directory: str) -> str:
    """The puckling wheel in ``directory`` (downloaded once)."""
    found = sorted(glob.glob(os.path.join(directory, "puckling-*.whl")))
    if not found:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--ignore-requires-python",
                        "-d", directory, "puckling==0.5.0"],
                       check=True)
        found = sorted(glob.glob(os.path.join(directory, "puckling-*.whl")))
    return found[-1]


def corpus(wheel: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(file, phrase, expected value) for every phrase of the Arabic time corpus files."""
    stub = types.ModuleType("puckling.corpus")

    class Example:
        def __init__(self, value: Any, phrases: Any) -> None:
            self.value, self.phrases = value, tuple(phrases)

    stub.Example, stub.examples = Example, Example  # type: ignore[attr-defined]
    sys.modules.setdefault("puckling", types.ModuleType("puckling"))
    sys.modules["puckling.corpus"] = stub
    rows = []
    with zipfile.ZipFile(wheel) as z:
        for name in FILES:
            source = z.read(f"puckling/dimensions/time/ar/{name}.py").decode("utf-8")
            space: dict[str, Any] = {"__name__": f"peer_{name}"}
            exec(compile(source, name, "exec"), space)  # noqa: S102 - a pinned, licensed data file
            rows += [(name, p, ex.value) for ex in space["CORPUS"] for p in ex.phrases]
    return rows


def _at(value: dict[str, Any]) -> str:
    return value["value"][:19][: PREFIX.get(value.get("grain", "day"), 10)]


def right(found: Any, want: dict[str, Any]) -> bool:
    start = found.earliest.isoformat() if found.earliest else ""
    if want.get("type") != "interval":
        return start.startswith(_at(want))
    begin, end = want.get("from"), want.get("to")
    latest = found.latest.isoformat() if found.latest else ""
    return (begin is None or start.startswith(_at(begin))) and (end is None or latest[:10] >= end["value"][:10])


def main(argv: list[str] | None = None) -> int:
    import timeline

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--prefer", default="future", choices=("past", "future", "nearest"))
    ap.add_argument("--misses", action="store_true", help="print every phrase not right")
    ap.add_argument("--dir", default=os.path.join(tempfile.gettempdir(), "timeline-peer-corpus"))
    args = ap.parse_args(argv)
    os.makedirs(args.dir, exist_ok=True)
    counts: dict[str, list[int]] = {}
    for name, phrase, want in corpus(fetch(args.dir)):
        tags = list(timeline.tag(phrase, DCT, prefer=args.prefer))
        covering = [t for t in tags if t.end - t.start >= 0.6 * len(phrase.strip())]
        ok = bool(covering) and right(covering[0], want)
        c = counts.setdefault(name, [0, 0, 0])
        c[0] += ok
        c[1] += bool(covering)
        c[2] += 1
        if args.misses and not ok:
            print(name, repr(phrase), "want", want, "->", [(t.text, t.value) for t in tags])
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    print(f"prefer={args.prefer}: {total[0]}/{total[2]} right, {total[1]}/{total[2]} found; "
          + ", ".join(f"{k} {a}/{n}" for k, (a, _, n) in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
