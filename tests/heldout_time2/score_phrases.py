#!/usr/bin/env python3
"""Score a temporal tagger on the second blind phrase set, per family.

    python3 tests/heldout_time2/score_phrases.py              # table, then every miss
    python3 tests/heldout_time2/score_phrases.py -q           # one summary line
    python3 tests/heldout_time2/score_phrases.py --tag-cmd "python -m timeline tag {articles}"

A thin wrapper: it runs tests/heldout_time/score_phrases.py (same options, same matching
rules) on tests/heldout_time2/phrases.tsv unless --phrases names another file.
"""
import pathlib
import runpy
import sys

HERE = pathlib.Path(__file__).resolve().parent

if __name__ == "__main__":
    if not any(x == "--phrases" or x.startswith("--phrases=") for x in sys.argv[1:]):
        sys.argv[1:1] = ["--phrases", str(HERE / "phrases.tsv")]
    runpy.run_path(str(HERE.parent / "heldout_time" / "score_phrases.py"), run_name="__main__")
