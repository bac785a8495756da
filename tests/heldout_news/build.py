#!/usr/bin/env python3
"""Compile spec.py + src/*.txt into gold.json and articles.jsonl (character offsets).

    python3 build.py          # --show prints every event span in its context

Every surface string must occur in its article; `occurrence` picks the Nth match
(1-based).  The output has the shape that ../../../shared/eval/score.py reads, plus
`participants` and `alt` on each cluster and `alt` on mentions (read by precision.py;
the scorer ignores keys it does not know).
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
TYPES = {"ceasefire", "call", "meeting", "strike", "capture", "statement", "other"}


def find(text, s, occ, where):
    i = -1
    for _ in range(occ):
        i = text.find(s, i + 1)
        if i < 0:
            raise SystemExit(f"{where}: not found: {s!r} occurrence {occ}")
    return i, i + len(s)


def compile_spec(spec, texts):
    out = {"timex": [], "clusters": spec["clusters"], "mentions": [],
           "diff": spec["diff"], "before": spec["before"]}
    for doc, s, occ, kind, value, tight, outer, req in spec["timex"]:
        a, b = find(texts[doc], s, occ, doc)
        out["timex"].append(dict(doc=doc, start=a, end=b, text=s, kind=kind, value=value,
                                 tight=tight, outer=outer, required=req))
    for row in spec["events"]:
        cl, doc, s, occ, typ = row[:5]
        alt = list(row[5]) if len(row) > 5 else []
        a, b = find(texts[doc], s, occ, doc)
        if cl not in spec["clusters"]:
            raise SystemExit(f"{doc}: unknown cluster {cl}")
        out["mentions"].append(dict(cluster=cl, doc=doc, start=a, end=b, text=s, type=typ, alt=alt))
    for k, c in spec["clusters"].items():
        if c["type"] not in TYPES or not set(c["alt"]) <= TYPES:
            raise SystemExit(f"cluster {k}: bad type {c['type']} / alt {c['alt']}")
        docs = {m["doc"] for m in out["mentions"] if m["cluster"] == k}
        for p in c["participants"]:
            if not any(p in texts[d] for d in docs):
                raise SystemExit(f"cluster {k}: participant {p!r} is in none of its articles {sorted(docs)}")
    for a, b in spec["diff"] + spec["before"]:
        assert a in spec["clusters"] and b in spec["clusters"], (a, b)
    return out


def main():
    sys.path.insert(0, str(HERE))
    from spec import NEWS as spec
    from spec import PUBLISHED
    texts = {k: (HERE / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as f:
        for k, d in PUBLISHED.items():
            f.write(json.dumps({"id": k, "published": d, "text": texts[k]}, ensure_ascii=False) + "\n")
    gold = compile_spec(spec, texts)
    dest = HERE / "gold.json"
    dest.write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    if "--show" in sys.argv:
        for m in gold["mentions"]:
            t = texts[m["doc"]]
            print(f"{m['doc'][:14]} {m['type']:<9} {m['cluster']:<32} ...{t[max(0, m['start'] - 15):m['start']]}"
                  f"[{m['text']}]{t[m['end']:m['end'] + 15]}...")
    req = sum(t["required"] for t in gold["timex"])
    multi = sum(1 for k in gold["clusters"] if sum(m["cluster"] == k for m in gold["mentions"]) > 1)
    print(f"{dest.name}: {len(gold['timex'])} timex ({req} required), {len(gold['mentions'])} mentions, "
          f"{len(gold['clusters'])} clusters ({multi} merged), {len(gold['diff'])} diff, {len(gold['before'])} before")


if __name__ == "__main__":
    main()
