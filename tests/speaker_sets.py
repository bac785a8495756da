"""The speakers development sets (``tests/devspeakers*``), read and scored one way.

An item is ``(ident, published, text, expected, mark[, days])``: ``expected`` holds one tuple of
speaker keys per statement the text must give (in any order; a key ``x|y`` takes either),
``mark`` is ``"neg"`` for a negative item, and ``days`` maps a speaker key to the day its
statement must be dated to.  Two layouts: ``spec.py`` with ``ITEMS`` whose ident starts with the
part's letter (``devspeakers`` has no parts: all of it is part A), or ``a/items.py`` and
``b/items.py``.  Each set's ``score.py`` is a command line over :func:`main`.
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent


def _module(path: Path):
    spec = importlib.util.spec_from_file_location(f"{path.parent.name}_{path.parent.parent.name}_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def items(folder: Path, part: str) -> list[tuple]:
    """The items of ``part`` (``A`` or ``B``) of the set in ``folder``, each with its ``days``."""
    own = folder / part.lower() / "items.py"
    if own.exists():
        chosen = _module(own).ITEMS
    else:
        every = _module(folder / "spec.py").ITEMS
        parted = any(ident[0] in "ab" for ident, *_ in every)
        chosen = [i for i in every if (i[0][0].upper() if parted else "A") == part]
    return [tuple(i) if len(i) == 6 else (*i, {}) for i in chosen]


def parts(folder: Path) -> str:
    """The parts the set has: ``"AB"`` or ``"A"``."""
    return "AB" if items(folder, "B") else "A"


def statements(published: str, text: str) -> list[tuple[tuple[str, ...], str | None]]:
    """The sorted speaker keys and the day (when one) of each statement the pipeline finds."""
    from timeline.io.articles import parse_article
    from timeline.pipeline import process

    result = process(parse_article({"id": "x", "published": published, "text": text}))
    assert result.problem is None, result.problem
    return [(tuple(sorted(p.key for p in e.participants if p.role == "speaker")),
             e.days[0].isoformat() if e.days and e.days[0] == e.days[1] else None)
            for e in result.events if e.type == "statement"]


def score(chosen: list[tuple]) -> tuple[dict[str, tuple[int, int]], list[str]]:
    """``({"positives": (right, of), "negatives": ..., "dated": ...}, misses)`` over ``chosen``."""
    right = {"": [0, 0], "neg": [0, 0]}
    dated = [0, 0]
    misses = []
    for ident, published, text, expected, mark, days in chosen:
        got = statements(published, text)
        names = {alt: key.split("|")[0] for t in expected for key in t for alt in key.split("|")}
        keys = [tuple(sorted(names.get(k, k) for k in s)) for s, _ in got]
        want = [tuple(sorted(k.split("|")[0] for k in t)) for t in expected]
        ok = Counter(keys) == Counter(want)
        right[mark][0] += ok
        right[mark][1] += 1
        if not ok:
            misses.append(f"MISS {ident}: expected {want}, got {[s for s, _ in got]}")
        for s, day in got:
            asked = next((days[k] for k in s if k in days), None)
            if asked is not None:
                dated[0] += day == asked
                dated[1] += 1
                if day != asked:
                    misses.append(f"DATE {ident}: {s} expected {asked}, got {day}")
    figures = {"positives": tuple(right[""]), "negatives": tuple(right["neg"]), "dated": tuple(dated)}
    return figures, misses


def main(folder: Path, args: list[str]) -> int:
    """``score.py [-v] [--part A|B]``: one line of figures per part, the misses with ``-v``."""
    chosen = args[args.index("--part") + 1] if "--part" in args else parts(folder)
    for part in chosen:
        figures, misses = score(items(folder, part))
        if "-v" in args:
            print("\n".join(misses))
        print(f"part {part}: " + ", ".join(f"{name} {r}/{n}" for name, (r, n) in figures.items() if n))
    return 0
