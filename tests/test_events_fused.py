"""One act in two verbs (``fixtures/events/fused.jsonl``, the format of
``fixtures/events/extraction.jsonl``): a strike verb coordinated by و with its subject elided in
the sentence of another ("اقتحم مسلحون ... وأطلقوا النار") goes on that act; negatives where the
second verb names its own subject, its own date, or an ordering cue parts them."""

from __future__ import annotations

import pytest
from test_events_corpus import _fits, at, cases, load_case

from timeline.events import extract_events

CASES = cases("fused.jsonl")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_fused_case(case: dict) -> None:
    article, timexes = load_case(case)
    events = extract_events(article, timexes)
    for want in case.get("expect", []):
        found = at(events, article.text, want["at"], want["type"])
        assert found, f"no {want['type']} event at {want['at']!r}: {[(e.type, [m.text for m in e.mentions]) for e in events]}"
        problems = [_fits(event, want) for event in found]
        assert any(not p for p in problems), f"{want['at']!r}: {problems}"
    for kind, n in case.get("counts", {}).items():
        got = [e.mentions[0].text for e in events if e.type == kind]
        assert len(got) == n, f"{kind}: {got}"
