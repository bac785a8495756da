#!/usr/bin/env python3
"""Compile spec.py + src/*.txt into gold.json and articles.jsonl (character offsets).

    python3 build.py            # write the two files and print the counts
    python3 build.py --show     # also print every row and trap in its context

Every surface string must occur in its article; `occurrence` picks the Nth match
(1-based, overlapping matches counted).  gold.json has exactly the shape of
../shared/dev/gold.json (the family field and the traps stay in spec.py), so
../shared/eval/score.py reads it unchanged.
"""
import collections
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_sets import find  # noqa: E402  (the span of the n-th occurrence, shared by every set)


def load():
    sys.path.insert(0, str(HERE))
    from spec import PUBLISHED, SET, TRAPS
    texts = {k: (HERE / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}
    return SET, PUBLISHED, TRAPS, texts


def compile_spec(spec, texts):
    out = {"timex": [], "clusters": spec["clusters"], "mentions": [],
           "diff": spec["diff"], "before": spec["before"]}
    for doc, s, occ, kind, value, tight, outer, req, _family in spec["timex"]:
        a, b = find(texts[doc], s, occ, doc)
        out["timex"].append(dict(doc=doc, start=a, end=b, text=s, kind=kind, value=value,
                                 tight=tight, outer=outer, required=req))
    return out


def main():
    spec, published, traps, texts = load()
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as f:
        for k, d in published.items():
            f.write(json.dumps({"id": k, "published": d, "text": texts[k]}, ensure_ascii=False) + "\n")
    gold = compile_spec(spec, texts)
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    if "--show" in sys.argv:
        for doc, s, occ, kind, value, *_ in spec["timex"] + [(d, s, o, "TRAP", w) for d, s, o, w in traps]:
            a, b = find(texts[doc], s, occ, doc)
            t = texts[doc]
            print(f"{doc[:3]} {kind:8} {t[max(0, a - 25):a]}[{s}]{t[b:b + 20]}".replace("\n", " "), "|", value)
    for d, s, o, _ in traps:
        find(texts[d], s, o, d)
    fam = collections.Counter(r[8] for r in spec["timex"] if r[7])
    kinds = collections.Counter(t["kind"] for t in gold["timex"])
    req = sum(t["required"] for t in gold["timex"])
    print(f"gold.json: {len(gold['timex'])} timex ({req} required; "
          + ", ".join(f"{v} {k}" for k, v in sorted(kinds.items())) + f"), {len(traps)} traps, "
          f"{len(published)} articles")
    print("required by family: " + ", ".join(f"{k} {v}" for k, v in sorted(fam.items())))


if __name__ == "__main__":
    main()
