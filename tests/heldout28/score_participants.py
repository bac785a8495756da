#!/usr/bin/env python3
"""Score the participants of a `timeline build` output against tests/heldout28's participants.json
(the scorer is tests/blind_participants.py; its docstring gives the matching and the figures).

    python3 tests/heldout28/score_participants.py ARTICLES GOLD PARTICIPANTS [--build-cmd CMD] [-q] [--json]
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from blind_participants import main  # noqa: E402

if __name__ == "__main__":
    main()
