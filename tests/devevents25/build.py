#!/usr/bin/env python3
"""Compile spec.py + src/*.txt (tests/devevents25) into gold.json and articles.jsonl (character offsets):
see tests/gold_sets.py for the format.  Also writes the two parts (README.md): part A (reports
a* .. e*, developed on) to a/ and part B (reports f* .. h*, scored only at a round's start and end)
to b/, each as articles.jsonl and gold.json.

    python3 build.py            # write articles.jsonl and gold.json (whole set, part A, part B)
    python3 build.py --show     # also print every span with its surrounding text
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_sets import build_set, split_parts  # noqa: E402

#: part B: the reports whose id starts with one of these letters
PART_B = set("fgh")


if __name__ == "__main__":
    build_set(HERE, "DEV", show_spans="--show" in sys.argv)
    split_parts(HERE, PART_B)
