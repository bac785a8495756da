#!/usr/bin/env python3
"""Compile spec.py + src/*.txt (tests/devevents7) into gold.json and articles.jsonl (character offsets):
see tests/gold_sets.py for the format.  Also writes the two parts (README.md): part A (reports
a* .. l*, developed on) to a/ and part B (reports m* .. r*, scored only at a round's start and end)
to b/, each as articles.jsonl and gold.json.

    python3 build.py            # write articles.jsonl and gold.json (whole set, part A, part B)
    python3 build.py --show     # also print every span with its surrounding text
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_sets import build_set  # noqa: E402

#: part B: the reports whose id starts with one of these letters
PART_B = set("mnopqr")


def split() -> None:
    """Write a/ and b/ from the whole set's articles.jsonl and gold.json."""
    arts = [json.loads(x) for x in (HERE / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x]
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    for part, keep in (("a", lambda d: d[0] not in PART_B), ("b", lambda d: d[0] in PART_B)):
        docs = {a["id"] for a in arts if keep(a["id"])}
        mentions = [m for m in gold["mentions"] if m["doc"] in docs]
        clusters = {m["cluster"] for m in mentions}
        sub = {"timex": [t for t in gold["timex"] if t["doc"] in docs],
               "clusters": {k: v for k, v in gold["clusters"].items() if k in clusters},
               "mentions": mentions,
               "diff": [p for p in gold["diff"] if set(p) <= clusters],
               "before": [p for p in gold["before"] if set(p) <= clusters]}
        out = HERE / part
        out.mkdir(exist_ok=True)
        with open(out / "articles.jsonl", "w", encoding="utf-8") as f:
            for a in arts:
                if a["id"] in docs:
                    f.write(json.dumps(a, ensure_ascii=False) + "\n")
        (out / "gold.json").write_text(json.dumps(sub, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{part}/gold.json: {len(docs)} reports, {len(mentions)} mentions, {len(clusters)} clusters, "
              f"{len(sub['diff'])} diff, {len(sub['before'])} before")


if __name__ == "__main__":
    build_set(HERE, "DEV", show_spans="--show" in sys.argv)
    split()
