"""Participants and roles on the development set ``devnames2_spec.py`` (scoring:
``tests/participants_scoring.py``).

    python tests/devnames2/score.py [-v] [ids ...]

Prints % of gold events with the right participants (and roles).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from devnames2_spec import ARTICLES, GOLD  # noqa: E402
from participants_scoring import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(ARTICLES, GOLD))
