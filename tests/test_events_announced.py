"""An announcement of an extracted act is a mention of that act (``fixtures/events/announced.jsonl``,
the format of ``fixtures/events/extraction.jsonl``): "أعلنت الحكومة أمس سيطرة قواتها على" is the
capture, told once; negatives: a claim with أن, a toll, the date of an act ("موعد"), a claim of
responsibility, an act word in the speaker's name."""

from __future__ import annotations

import pytest
from test_events_corpus import cases, check_case

CASES = cases("announced.jsonl")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_announced_case(case: dict) -> None:
    check_case(case, distinct=False)
