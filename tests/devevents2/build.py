#!/usr/bin/env python3
"""Compile spec.py + src/*.txt (tests/devevents2) into gold.json and articles.jsonl (character offsets).

    python3 build.py

Every surface string must occur in its article; `occurrence` picks the Nth match
(1-based, overlapping matches counted).  The output has the shape that
../eval/score.py reads.
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent


def find(text, s, occ):
    i = -1
    for _ in range(occ):
        i = text.find(s, i + 1)
        if i < 0:
            raise SystemExit(f"not found: {s!r} occurrence {occ}")
    return i, i + len(s)


def compile_spec(spec, texts):
    out = {"timex": [], "clusters": spec["clusters"], "mentions": [],
           "diff": spec["diff"], "before": spec["before"]}
    for doc, s, occ, kind, value, tight, outer, req in spec["timex"]:
        a, b = find(texts[doc], s, occ)
        out["timex"].append(dict(doc=doc, start=a, end=b, text=s, kind=kind, value=value,
                                 tight=tight, outer=outer, required=req))
    for cl, doc, s, occ, typ in spec["events"]:
        a, b = find(texts[doc], s, occ)
        out["mentions"].append(dict(cluster=cl, doc=doc, start=a, end=b, text=s, type=typ))
    for a, b in spec["diff"] + spec["before"]:
        assert a in spec["clusters"] and b in spec["clusters"], (a, b)
    return out


def main():
    sys.path.insert(0, str(HERE))
    from spec import DEV as spec
    from spec import PUBLISHED
    texts = {k: (HERE / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as f:
        for k, d in PUBLISHED.items():
            f.write(json.dumps({"id": k, "published": d, "text": texts[k]}, ensure_ascii=False) + "\n")
    gold = compile_spec(spec, texts)
    dest = HERE / "gold.json"
    dest.write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    req = sum(t["required"] for t in gold["timex"])
    multi = sum(1 for k in gold["clusters"] if sum(m["cluster"] == k for m in gold["mentions"]) > 1)
    print(f"{dest.name}: {len(gold['timex'])} timex ({req} required), {len(gold['mentions'])} mentions, "
          f"{len(gold['clusters'])} clusters ({multi} merged), {len(gold['diff'])} diff, {len(gold['before'])} before")


if __name__ == "__main__":
    main()
