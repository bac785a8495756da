"""devtime4 (temporal round 10) held under floors: a wide development set of short sentences in
the style of Recognizers-Text's DateTime specs, Standard Arabic and the four spoken forms, with
negatives.  Each floor sits at what the code reached when it was set (round 10: 305/318 right,
309/318 found, 59/60 negatives clean; before the round 278, 291 and 58; round 11: 306 right); ``python3 tests/devtime4/score.py`` lists misses.
"""

from __future__ import annotations

import runpy
from pathlib import Path

SCORER = Path(__file__).resolve().parent / "devtime4" / "score.py"

#: right, found, clean negatives
FLOORS = (311, 313, 59)


def test_devtime4_floors() -> None:
    result = runpy.run_path(str(SCORER))["score"]()
    _, found, right = result["total"]
    got = (right, found, result["clean"])
    assert all(g >= f for g, f in zip(got, FLOORS, strict=True)), (
        f"devtime4 (right, found, clean negatives) {got} fell under its floors {FLOORS}")
