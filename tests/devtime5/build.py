#!/usr/bin/env python3
"""Compile spec.py + src/*.txt (tests/devtime5) into gold.json and articles.jsonl, as the event
sets do (tests/gold_sets.py), with the negatives' spans under ``negatives``.

    python3 build.py            # write articles.jsonl and gold.json
    python3 build.py --show     # also print every span with its surrounding text
"""
import importlib.util
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_sets import build_set, find  # noqa: E402

if __name__ == "__main__":
    build_set(HERE, "DEVTIME5", show_spans="--show" in sys.argv)
    loader = importlib.util.spec_from_file_location("spec_devtime5", HERE / "spec.py")
    spec = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(spec)
    gold_path = HERE / "gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    texts = {k: (HERE / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in spec.PUBLISHED}
    negatives = []
    for doc, s, occ in spec.NEGATIVES:
        a, b = find(texts[doc], s, occ, doc)
        if any(t["doc"] == doc and t["start"] < b and a < t["end"] for t in gold["timex"]):
            raise SystemExit(f"{doc}: negative {s!r} overlaps a timex row")
        negatives.append(dict(doc=doc, start=a, end=b, text=s))
    gold["negatives"] = negatives
    gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(negatives)} negatives")
