"""Speakers of statements on devspeakers7 (speakers round 8), part A (``a/items.py``) and part B
(``b/items.py``) apart: an item is right when its statements' speaker keys are the expected
ones (one tuple per statement, in any order; an expected key ``x|y`` takes either). Statements
with an expected day are dated right when the event is dated to that one day.

    python tests/devspeakers7/score.py [-v] [--part A|B]
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent


def items(part: str) -> list[tuple]:
    """The items of ``part`` (``A`` or ``B``)."""
    path = HERE / part.lower() / "items.py"
    spec = importlib.util.spec_from_file_location(f"devspeakers7_{part}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ITEMS


def statements(published: str, text: str) -> list[tuple[tuple[str, ...], str | None]]:
    """The sorted speaker keys and the day of each statement the pipeline finds in ``text``."""
    from timeline.io.articles import parse_article
    from timeline.pipeline import process

    result = process(parse_article({"id": "x", "published": published, "text": text}))
    assert result.problem is None, result.problem
    return [(tuple(sorted(p.key for p in e.participants if p.role == "speaker")),
             e.days[0].isoformat() if e.days and e.days[0] == e.days[1] else None)
            for e in result.events if e.type == "statement"]


def canonical(expected: list[tuple[str, ...]]) -> dict[str, str]:
    """Each accepted key -> the first of its alternatives."""
    return {alt: key.split("|")[0] for t in expected for key in t for alt in key.split("|")}


def main(verbose: bool, parts: str) -> int:
    for part in parts:
        right = {"": [0, 0], "neg": [0, 0]}
        dated = [0, 0]
        for ident, published, text, expected, mark, days in items(part):
            got = statements(published, text)
            names = canonical(expected)
            keys = [tuple(sorted(names.get(k, k) for k in s)) for s, _ in got]
            want = [tuple(sorted(k.split("|")[0] for k in t)) for t in expected]
            ok = Counter(keys) == Counter(want)
            right[mark][0] += ok
            right[mark][1] += 1
            for s, day in got:
                asked = next((days[k] for k in s if k in days), None)
                if asked is not None:
                    dated[0] += day == asked
                    dated[1] += 1
                    if verbose and day != asked:
                        print(f"DATE {ident}: {s} expected {asked}, got {day}")
            if verbose and not ok:
                print(f"MISS {ident}: expected {want}, got {[s for s, _ in got]}")
        print(f"part {part}: positives {right[''][0]}/{right[''][1]}, negatives {right['neg'][0]}/{right['neg'][1]}, "
              f"dated {dated[0]}/{dated[1]}")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    chosen = args[args.index("--part") + 1] if "--part" in args else "AB"
    raise SystemExit(main("-v" in args, chosen))
