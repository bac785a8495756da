#!/usr/bin/env python3
"""Write ``a/`` and ``b/`` (articles.jsonl and gold.json, the shape ``../shared/eval/score.py``
reads) from ``devnames2_spec.py`` with ``tests/gold_sets.py``'s ``build_item_parts``.

    python3 build.py
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import devnames2_spec  # noqa: E402
from gold_sets import build_item_parts  # noqa: E402

if __name__ == "__main__":
    build_item_parts(HERE, devnames2_spec)
