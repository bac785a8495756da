"""Speakers of statements on devspeakers8 (speakers round 9), part A (``a/items.py``) and part B
(``b/items.py``) apart: an item is right when its statements' speaker keys are the expected
ones (one tuple per statement, in any order; an expected key ``x|y`` takes either). Statements
with an expected day are dated right when the event is dated to that one day.

    python tests/devspeakers7/score.py [-v] [--part A|B]

The reading and scoring are ``tests/speaker_sets.py``'s, shared by every speakers set.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from speaker_sets import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(Path(__file__).resolve().parent, sys.argv[1:]))
