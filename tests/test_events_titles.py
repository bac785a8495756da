"""Title lines (``fixtures/events/titles.jsonl``, the format of ``fixtures/events/extraction.jsonl``):
an article's opening line over prose is its title even when one line break (not a blank line)
parts them, so the title's event is the body's (issue 9: a headline and its own body split one
event); an opening line of prose, or a dateline, is no title."""

from __future__ import annotations

import pytest
from test_events_corpus import cases, check_case

CASES = cases("titles.jsonl")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_title_case(case: dict) -> None:
    check_case(case, distinct=False)
