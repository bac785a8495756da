#!/usr/bin/env python3
"""Compile spec.py + {a,b}/src/*.txt (tests/devtime10) into each part's gold.json and
articles.jsonl, as tests/devtime9/build.py does; a Moroccan paper's record also carries its
``country`` (spec.COUNTRY), the input key that selects Morocco's Hijri month starts.

    python3 build.py            # write a/ and b/
    python3 build.py --show     # also print every span with its surrounding text
"""
import importlib.util
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_sets import build_time_part  # noqa: E402

if __name__ == "__main__":
    loader = importlib.util.spec_from_file_location("spec_devtime10", HERE / "spec.py")
    spec = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(spec)
    for part in "AB":
        build_time_part(HERE, spec, "DEVTIME10", part, show_spans="--show" in sys.argv)
        path = HERE / part.lower() / "articles.jsonl"
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        with open(path, "w", encoding="utf-8") as f:
            for row in rows:
                if row["id"] in spec.COUNTRY:
                    row["country"] = spec.COUNTRY[row["id"]]
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
