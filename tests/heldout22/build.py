#!/usr/bin/env python3
"""Compile spec.py + src/*.txt (tests/heldout22) into gold.json, articles.jsonl and participants.json
(character offsets): see tests/gold_sets.py for the format.

    python3 build.py            # write articles.jsonl, gold.json and participants.json
    python3 build.py --show     # also print every span with its surrounding text

The clusters' participants live in spec.py next to their dates; build.py moves them out of
gold.json (which keeps the shape of the other held-out sets) into participants.json:
{cluster: [[acceptable name, ...], ...]}, one inner list per participant.
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_sets import build_set  # noqa: E402


def split_participants() -> None:
    """Move each cluster's participants from gold.json to participants.json."""
    path = HERE / "gold.json"
    gold = json.loads(path.read_text(encoding="utf-8"))
    who = {k: c.pop("participants") for k, c in gold["clusters"].items()}
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    (HERE / "participants.json").write_text(json.dumps(who, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"participants.json: {len(who)} clusters, {sum(map(len, who.values()))} participants "
          f"({sum(1 for p in who.values() if not p)} clusters with none)")


if __name__ == "__main__":
    build_set(HERE, "GOLD", show_spans="--show" in sys.argv)
    split_participants()
