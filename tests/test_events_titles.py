"""Title lines (``fixtures/events/titles.jsonl``, the format of ``fixtures/events/extraction.jsonl``):
an article's opening line over prose is its title even when one line break (not a blank line)
parts them, so the title's event is the body's (issue 9: a headline and its own body split one
event); an opening line of prose, or a dateline, is no title."""

from __future__ import annotations

import pytest
from test_events_corpus import _fits, at, cases, load_case

from timeline.events import extract_events

CASES = cases("titles.jsonl")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_title_case(case: dict) -> None:
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
