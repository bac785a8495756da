#!/usr/bin/env python3
"""Gold-derived reference outputs, to sanity-check the gold with the scorer.

    python3 oracle.py oracle tag   articles.jsonl   # JSON Lines, one record per required timex
    python3 oracle.py oracle build articles.jsonl   # one event per cluster, dated by `tight`
    python3 oracle.py nomerge build articles.jsonl  # one event per mention (merges nothing)

From the project root:
    python3 ../shared/eval/score.py tests/heldout6/articles.jsonl tests/heldout6/gold.json -q \\
      --tag-cmd "python3 tests/heldout6/oracle.py oracle tag {articles}" \\
      --build-cmd "python3 tests/heldout6/oracle.py oracle build {articles}"
gives full marks; `nomerge` gives merged 0 and leaves the rest unchanged.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_checks import oracle_main  # noqa: E402

if __name__ == "__main__":
    oracle_main(HERE, sys.argv)
