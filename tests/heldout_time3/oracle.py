#!/usr/bin/env python3
"""Reference tagger built from the gold, to check the gold and the scorer together.

    python3 ../shared/eval/score.py tests/heldout_time3/articles.jsonl tests/heldout_time3/gold.json \\
      --no-events -q --tag-cmd "python3 tests/heldout_time3/oracle.py tag {articles}"

``tag`` prints one record per required row of gold.json (a date as its tight interval, a
duration as its value, a multi-day row as one record per day); ``build`` prints no events.
It reads only gold.json, never the engine.
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent


def main(verb: str) -> None:
    if verb == "build":
        print(json.dumps({"events": [], "relations": []}))
        return
    gold = json.load(open(HERE / "gold.json", encoding="utf-8"))
    for t in gold["timex"]:
        if not t["required"]:
            continue
        rec = {"doc": t["doc"], "start": t["start"], "end": t["end"], "text": t["text"]}
        if t["kind"] == "date":
            rows = [dict(rec, type="DATE", value=t["value"], earliest=t["tight"][0], latest=t["tight"][1])]
        elif t["kind"] == "duration":
            rows = [dict(rec, type="DURATION", value=t["value"], earliest=None, latest=None)]
        else:
            rows = [dict(rec, type="DATE", value=d, earliest=d, latest=d) for d in t["value"]]
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
