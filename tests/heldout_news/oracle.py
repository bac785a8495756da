#!/usr/bin/env python3
"""Gold-derived reference outputs, to sanity-check the gold with the scorer.

    python3 oracle.py oracle tag   articles.jsonl   # JSON Lines, one record per required timex
    python3 oracle.py oracle build articles.jsonl   # one event per cluster, dated by `tight`,
                                                    # with the gold participants
    python3 oracle.py nomerge build articles.jsonl  # one event per mention (merges nothing)

From the repository root:
    python3 ../shared/eval/score.py tests/heldout_news/articles.jsonl tests/heldout_news/gold.json -q \\
      --tag-cmd "python3 tests/heldout_news/oracle.py oracle tag {articles}" \\
      --build-cmd "python3 tests/heldout_news/oracle.py oracle build {articles}"
gives full marks; `nomerge` gives merged 0 and leaves the rest unchanged.  The build
output also carries `participants` in the shape `timeline build` writes, so
`precision.py --output` on it gives 100% everywhere.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_checks import oracle_main  # noqa: E402

if __name__ == "__main__":
    oracle_main(HERE, sys.argv, participants=True)
