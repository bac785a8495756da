#!/usr/bin/env python3
"""Compile spec.py + {a,b}/src/*.txt (tests/devtime23) into each part's gold.json and
articles.jsonl, as tests/devtime9/build.py does.

    python3 build.py            # write a/ and b/
    python3 build.py --show     # also print every span with its surrounding text
"""
import importlib.util
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_sets import build_time_part  # noqa: E402

if __name__ == "__main__":
    loader = importlib.util.spec_from_file_location("spec_devtime23", HERE / "spec.py")
    spec = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(spec)
    for part in "AB":
        build_time_part(HERE, spec, "DEVTIME23", part, show_spans="--show" in sys.argv)
