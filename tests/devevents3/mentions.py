#!/usr/bin/env python3
"""Per-report recall of a gold set: gold mentions extracted (an event of the gold type, or any
type for ``other``, overlapping the gold span in the same article) over all gold mentions, with
the misses.  Reads the output of ``python -m timeline build``:

    python -m timeline build tests/devevents3/articles.jsonl > /tmp/out.json
    python3 tests/devevents3/mentions.py tests/devevents3/gold.json /tmp/out.json [-v]
"""
import json
import sys


def main(gold_path: str, built_path: str, verbose: bool) -> None:
    gold = json.load(open(gold_path, encoding="utf-8"))
    built = json.load(open(built_path, encoding="utf-8"))
    spans = [(m, e["type"]) for e in built["events"] for m in e["mentions"]]
    hit = 0
    for g in gold["mentions"]:
        ok = any(m["doc"] == g["doc"] and m["start"] < g["end"] and g["start"] < m["end"]
                 and (g["type"] == "other" or t == g["type"]) for m, t in spans)
        hit += ok
        if not ok and verbose:
            print(f"  miss {g['doc'][:12]} {g['cluster']} ({g['type']}) {g['text'][:60]!r}")
    print(f"mentions {hit}/{len(gold['mentions'])} ({100 * hit / len(gold['mentions']):.0f}%)")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "-v" in sys.argv)
