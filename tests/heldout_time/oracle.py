#!/usr/bin/env python3
"""Gold-derived reference outputs, to check the gold with the scorers.

    python3 oracle.py oracle tag   ARTICLES.jsonl   # JSON Lines, one record per required timex
    python3 oracle.py oracle build ARTICLES.jsonl   # no events (this set has none)
    python3 oracle.py phrases tag  PHRASES.jsonl    # expected records for phrases.tsv rows

From the project root, both give full marks:
    python3 ../shared/eval/score.py tests/heldout_time/articles.jsonl tests/heldout_time/gold.json \\
      --no-events -q --tag-cmd "python3 tests/heldout_time/oracle.py oracle tag {articles}"
    python3 tests/heldout_time/score_phrases.py -q \\
      --tag-cmd "python3 tests/heldout_time/oracle.py phrases tag {articles}"
"""
import csv
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_checks import oracle_main  # noqa: E402

mode, verb, path = sys.argv[1], sys.argv[2], sys.argv[3]


def out(rec):
    print(json.dumps(rec, ensure_ascii=False))


if mode == "phrases":
    rows = {}
    with open(HERE / "phrases.tsv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            text = r["phrase"].replace("[", "").replace("]", "")
            a, b = (r["phrase"].index("["), r["phrase"].index("]") - 1) if "[" in r["phrase"] else (0, len(text))
            rows[(text, r["reference"])] = (r, a, b)
    for art in map(json.loads, open(path, encoding="utf-8")):
        r, a, b = rows[(art["text"], art["published"])]
        if r["type"] == "NONE":
            continue
        out(dict(doc=art["id"], start=a, end=b, text=art["text"][a:b], type=r["type"], value=r["value"],
                 earliest=r["earliest"] or None, latest=r["latest"] or None))
    sys.exit(0)

oracle_main(HERE, sys.argv, required_only=True)
