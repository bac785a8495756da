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

    python3 ../shared/eval/score.py tests/heldout28/articles.jsonl tests/heldout28/gold.json -q \\
      --tag-cmd "python3 tests/heldout28/oracle.py oracle tag {articles}" \\
      --build-cmd "python3 tests/heldout28/oracle.py oracle build {articles}"

gives full marks; `nomerge` gives merged 0 and leaves the rest unchanged.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_checks import split_oracle_main  # noqa: E402

if __name__ == "__main__":
    split_oracle_main(HERE, sys.argv)
