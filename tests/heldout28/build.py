#!/usr/bin/env python3
"""Compile spec.py + src/*.txt (tests/heldout28) into gold.json, articles.jsonl and participants.json
(character offsets): see tests/gold_sets.py for the format.

    python3 build.py            # write articles.jsonl, gold.json and participants.json
    python3 build.py --show     # also print every span with its surrounding text

The clusters' participants live in spec.py next to their dates; build.py moves them out of
gold.json (which keeps the shape of the other held-out sets) into participants.json:
{cluster: [[acceptable name, ...], ...]}, one inner list per participant.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_sets import build_set, split_participants  # noqa: E402

if __name__ == "__main__":
    build_set(HERE, "GOLD", show_spans="--show" in sys.argv)
    split_participants(HERE)
