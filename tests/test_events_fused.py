"""One act in two verbs (``fixtures/events/fused.jsonl``, the format of
``fixtures/events/extraction.jsonl``): a strike verb coordinated by و with its subject elided in
the sentence of another ("اقتحم مسلحون ... وأطلقوا النار") goes on that act; negatives where the
second verb names its own subject, its own date, or an ordering cue parts them."""

from __future__ import annotations

import pytest
from test_events_corpus import cases, check_case

CASES = cases("fused.jsonl")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_fused_case(case: dict) -> None:
    check_case(case, distinct=False)
