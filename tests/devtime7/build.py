#!/usr/bin/env python3
"""Compile spec.py + {a,b}/src/*.txt (tests/devtime7) into each part's gold.json and
articles.jsonl, as tests/devtime5/build.py does, with the negatives' spans under ``negatives``.

    python3 build.py            # write a/ and b/
    python3 build.py --show     # also print every span with its surrounding text
"""
import importlib.util
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_sets import compile_spec, find, show  # noqa: E402


def build_part(spec, part: str) -> None:
    folder = HERE / part.lower()
    published = getattr(spec, f"PUBLISHED_{part}")
    texts = {k: (folder / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in published}
    with open(folder / "articles.jsonl", "w", encoding="utf-8") as f:
        for k, date in published.items():
            f.write(json.dumps({"id": k, "published": date, "text": texts[k]}, ensure_ascii=False) + "\n")
    gold = compile_spec(getattr(spec, f"DEVTIME7_{part}"), texts)
    negatives = []
    for doc, s, occ in getattr(spec, f"NEGATIVES_{part}"):
        a, b = find(texts[doc], s, occ, doc)
        if any(t["doc"] == doc and t["start"] < b and a < t["end"] for t in gold["timex"]):
            raise SystemExit(f"{doc}: negative {s!r} overlaps a timex row")
        negatives.append(dict(doc=doc, start=a, end=b, text=s))
    gold["negatives"] = negatives
    (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    if "--show" in sys.argv:
        show(gold, texts)
    req = sum(t["required"] for t in gold["timex"])
    print(f"part {part}: {len(texts)} articles, {len(gold['timex'])} timex ({req} required), "
          f"{len(negatives)} negatives")


if __name__ == "__main__":
    loader = importlib.util.spec_from_file_location("spec_devtime7", HERE / "spec.py")
    spec = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(spec)
    for part in "AB":
        build_part(spec, part)
