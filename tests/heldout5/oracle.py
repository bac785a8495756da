#!/usr/bin/env python3
"""Gold-derived reference outputs, to sanity-check the gold with the scorer.

    python3 oracle.py oracle tag   articles.jsonl   # JSON Lines, one record per required timex
    python3 oracle.py oracle build articles.jsonl   # one event per cluster, dated by `tight`
    python3 oracle.py nomerge build articles.jsonl  # one event per mention (merges nothing)

From the project root:
    python3 ../shared/eval/score.py tests/heldout5/articles.jsonl tests/heldout5/gold.json -q \\
      --tag-cmd "python3 tests/heldout5/oracle.py oracle tag {articles}" \\
      --build-cmd "python3 tests/heldout5/oracle.py oracle build {articles}"
gives full marks; `nomerge` gives merged 0 and leaves the rest unchanged.
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
mode, verb = sys.argv[1], sys.argv[2]
gold = json.load(open(HERE / "gold.json", encoding="utf-8"))

if verb == "tag":
    for t in gold["timex"]:
        base = dict(doc=t["doc"], start=t["start"], end=t["end"], text=t["text"])
        if t["kind"] == "date":
            print(json.dumps(dict(base, type="DATE", value=t["value"],
                                  earliest=t["tight"][0], latest=t["tight"][1]), ensure_ascii=False))
        elif t["kind"] == "duration":
            print(json.dumps(dict(base, type="DURATION", value=t["value"], earliest=None, latest=None),
                             ensure_ascii=False))
        elif t["kind"] == "multi":
            for v in t["value"]:
                print(json.dumps(dict(base, type="DATE", value=v, earliest=v, latest=v), ensure_ascii=False))
    sys.exit(0)

events, ids = [], {}
for k, c in gold["clusters"].items():
    ms = [m for m in gold["mentions"] if m["cluster"] == k]
    groups = [ms] if mode == "oracle" else [[m] for m in ms]
    for g in groups:
        eid = f"e{len(events) + 1}"
        ids.setdefault(k, []).append(eid)
        events.append(dict(id=eid, type=c["type"], earliest=c["tight"][0], latest=c["tight"][1],
                           mentions=[dict(doc=m["doc"], start=m["start"], end=m["end"], text=m["text"])
                                     for m in g]))
relations = [dict(source=x, target=y, type="BEFORE")
             for a, b in gold["before"] for x in ids[a] for y in ids[b]]
print(json.dumps(dict(events=events, relations=relations), ensure_ascii=False))
