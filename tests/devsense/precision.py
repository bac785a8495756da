"""Event precision on the development set of non-conflict news (``spec.py``).

    python tests/devsense/precision.py [--write] [-v]

Runs the per-article pipeline on every article and judges each extracted event by its first
mention: *real* when it overlaps a gold event's trigger phrase, *right type* when its type is
the gold one, *participants right* when every participant it names is one of the gold's names
(folded, either containing the other) and, when the gold names any, at least one is given
(*none wrong*: no participant outside the gold's names, none missing counted).
``--write`` also writes ``articles.jsonl`` (the seed JSON Lines format) beside this file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from spec import ARTICLES, GOLD  # noqa: E402

_DIACRITICS = re.compile("[\u064b-\u0652\u0640\u0670]")


def fold(s: str) -> str:
    s = _DIACRITICS.sub("", s)
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ى", "ي"), ("ة", "ه"), ("«", ""), ("»", ""), ("\"", "")):
        s = s.replace(a, b)
    return " ".join(s.split())


def span(text: str, surface: str, occurrence: int) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def rows() -> list[dict]:
    return [{"id": k, "published": v[0], "source": v[1], "text": v[2]} for k, v in ARTICLES.items()]


def name_ok(name: str, key: str, gold: list[str]) -> bool:
    n = fold(name)
    return any(key == g or (fold(g) and (fold(g) in n or n in fold(g))) for g in gold)


def judge(row: dict, events) -> list[dict]:
    text = row["text"]
    gold = GOLD[row["id"]]
    spans = [(span(text, s, k), kind, names) for s, k, kind, names in gold["events"]]
    out = []
    for e in events:
        ms = [(m.start, m.end) for m in e.mentions]
        hit = next((g for g in spans if any(a < g[0][1] and g[0][0] < b for a, b in ms)), None)
        parts = [(a.name, a.key) for a in e.participants]
        verdict = {"doc": row["id"], "type": e.type, "subtype": e.subtype, "text": e.mentions[0].text,
                   "at": text[max(0, ms[0][0] - 25):ms[0][1] + 25].replace("\n", " "),
                   "participants": [n for n, _ in parts], "real": hit is not None}
        if hit is not None:
            _, kind, names = hit
            verdict["type_ok"] = kind == e.type
            wrong = [n for n, k in parts if not name_ok(n, k, names)]
            verdict["parts_ok"] = not wrong and (not names or len(wrong) < len(parts))
            verdict["none_wrong"] = not wrong
        out.append(verdict)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("ids", nargs="*", help="article ids (or their first characters) to score; all by default")
    ns = ap.parse_args(argv)
    if ns.write:
        with open(HERE / "articles.jsonl", "w", encoding="utf-8") as f:
            for r in rows():
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from timeline.io.articles import parse_article
    from timeline.pipeline import process

    verdicts = []
    for r in rows():
        if ns.ids and not any(r["id"].startswith(i) for i in ns.ids):
            continue
        p = process(parse_article(r))
        assert p.problem is None, p.problem
        verdicts += judge(r, p.events)
    real = [v for v in verdicts if v["real"]]
    typed = [v for v in real if v["type_ok"]]
    parts = [v for v in typed if v["parts_ok"]]
    clean = [v for v in typed if v["none_wrong"]]
    if ns.v:
        for v in verdicts:
            mark = "OK " if v["real"] and v["type_ok"] and v["parts_ok"] else \
                ("PRT" if v["real"] and v["type_ok"] else ("TYP" if v["real"] else "BAD"))
            print(f"{mark} {v['doc']:20} {v['type']:9} {str(v['subtype']):14} [{v['text']}] "
                  f"P={v['participants']} | {v['at']}")
    n = len(verdicts)
    print(f"events {n}: real and of the right type {len(typed)}/{n} ({100 * len(typed) / max(n, 1):.0f}%), "
          f"participants right {len(parts)}/{len(typed)} ({100 * len(parts) / max(len(typed), 1):.0f}%), "
          f"none wrong {len(clean)}/{len(typed)}, not real {n - len(real)}, wrong type {len(real) - len(typed)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
