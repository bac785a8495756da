#!/usr/bin/env python3
"""Reference tagger built from the gold, to check the gold and the scorer together.

    python3 tests/heldout_time2/score_phrases.py -q --tag-cmd "python3 tests/heldout_time2/oracle.py {articles}"

Reads the JSON Lines the scorer writes (one phrase per line, in file order) and prints, for
each, the expected record of phrases.tsv (nothing for NONE rows).  It never reads the engine.
"""
import csv
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent


def main(articles, phrases=HERE / "phrases.tsv"):
    with open(phrases, encoding="utf-8", newline="") as f:
        gold = {(r["phrase"].replace("[", "").replace("]", ""), r["reference"]): r
                for r in csv.DictReader(f, delimiter="\t")}
    with open(articles, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            r = gold[(a["text"], a["published"])]
            if r["type"] == "NONE":
                continue
            m = re.search(r"\[([^\]]*)\]", r["phrase"])
            start, end = (m.start(), m.end() - 2) if m else (0, len(a["text"]))
            rec = {"doc": a["id"], "text": a["text"][start:end], "start": start, "end": end,
                   "type": r["type"], "value": r["value"],
                   "earliest": r["earliest"] or None, "latest": r["latest"] or None}
            print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
