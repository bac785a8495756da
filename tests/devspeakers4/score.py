"""Speakers of statements on ``spec.py`` (devspeakers4, speakers round 5), part A and part B apart: an item is right when its
statements' speaker keys are the expected ones (one tuple per statement, in any order).

    python tests/devspeakers3/score.py [-v] [--part A|B]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from spec import ITEMS  # noqa: E402


def speakers(published: str, text: str) -> list[tuple[str, ...]]:
    """The sorted speaker keys of each statement the pipeline finds in ``text``."""
    from timeline.io.articles import parse_article
    from timeline.pipeline import process

    result = process(parse_article({"id": "x", "published": published, "text": text}))
    assert result.problem is None, result.problem
    return [tuple(sorted(p.key for p in e.participants if p.role == "speaker"))
            for e in result.events if e.type == "statement"]


def main(verbose: bool, parts: str) -> int:
    for part in parts:
        right = {"": [0, 0], "neg": [0, 0]}
        for ident, published, text, expected, mark in ITEMS:
            if ident[0].upper() != part:
                continue
            got = speakers(published, text)
            ok = Counter(got) == Counter(tuple(sorted(e)) for e in expected)
            right[mark][0] += ok
            right[mark][1] += 1
            if verbose and not ok:
                print(f"MISS {ident}: expected {expected}, got {got}")
        print(f"part {part}: positives {right[''][0]}/{right[''][1]}, negatives {right['neg'][0]}/{right['neg'][1]}")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    chosen = args[args.index("--part") + 1] if "--part" in args else "AB"
    raise SystemExit(main("-v" in args, chosen))
