#!/usr/bin/env python3
"""Compile spec.py + src/*.txt into gold.json and articles.jsonl (character offsets): see
tests/gold_sets.py for the format.

    python3 build.py            # write articles.jsonl and gold.json
    python3 build.py --show     # also print every span with its surrounding text
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from gold_sets import build_set  # noqa: E402

if __name__ == "__main__":
    build_set(HERE, "DEV", show_spans="--show" in sys.argv)
