#!/usr/bin/env python3
"""Gold-derived reference outputs, to sanity-check the gold with the scorers.

    python3 oracle.py oracle  tag   articles.jsonl  # JSON Lines, one record per required timex
    python3 oracle.py oracle  build articles.jsonl  # one event per cluster, dated by `tight`,
                                                    # participants by their first gold name
    python3 oracle.py alias   build articles.jsonl  # the same, participants by their last gold name
    python3 oracle.py nomerge build articles.jsonl  # one event per mention (merges nothing)
    python3 oracle.py bare    build articles.jsonl  # one event per cluster, no participants
    python3 oracle.py empty   build articles.jsonl  # no events at all

Participants are shaped as `timeline build` writes them (docs/events.rst): a list of
{"key", "name", "kind", "role"} objects per event.  From the project root:

    python3 ../shared/eval/score.py tests/heldout9/articles.jsonl tests/heldout9/gold.json -q \\
      --tag-cmd "python3 tests/heldout9/oracle.py oracle tag {articles}" \\
      --build-cmd "python3 tests/heldout9/oracle.py oracle build {articles}"

gives full marks; `nomerge` gives merged 0 and leaves the rest unchanged.
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_checks import oracle_build, oracle_tag  # noqa: E402


def build(mode: str) -> dict:
    """The reference timeline for ``mode`` (see the module doc)."""
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    if mode == "empty":
        return dict(events=[], relations=[])
    out = oracle_build(gold, merge=mode != "nomerge")
    if mode == "bare":
        return out
    who = json.loads((HERE / "participants.json").read_text(encoding="utf-8"))
    cluster = {(m["doc"], m["start"], m["end"]): m["cluster"] for m in gold["mentions"]}
    pick = -1 if mode == "alias" else 0
    for e in out["events"]:
        k = cluster[(e["mentions"][0]["doc"], e["mentions"][0]["start"], e["mentions"][0]["end"])]
        e["participants"] = [dict(key=None, name=names[pick], kind=None, role=None) for names in who[k]]
    return out


if __name__ == "__main__":
    mode, verb = sys.argv[1], sys.argv[2]
    if verb == "tag":
        gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
        for r in oracle_tag(gold):
            print(json.dumps(r, ensure_ascii=False))
    else:
        print(json.dumps(build(mode), ensure_ascii=False))
