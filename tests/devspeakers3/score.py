"""Speakers of statements on ``spec.py`` (devspeakers3, speakers round 4), part A and part B apart: an item is right when its
statements' speaker keys are the expected ones (one tuple per statement, in any order).

    python tests/devspeakers3/score.py [-v] [--part A|B]

The reading and scoring are ``tests/speaker_sets.py``'s, shared by every speakers set.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from speaker_sets import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(Path(__file__).resolve().parent, sys.argv[1:]))
