"""Per-mention headlines and the article theatre (``fixtures/events/headlines.jsonl``: an
article, a mention, words its headline must and must not hold, the expected theatre)."""

from __future__ import annotations

import pytest
from test_events_corpus import at, cases, load_case

from timeline.events.extract import _Extractor, extract_article


@pytest.mark.parametrize("case", cases("headlines.jsonl"), ids=lambda c: c["id"])
def test_headline(case: dict) -> None:
    article, timexes = load_case(case)
    described = _Extractor(article, timexes, 7, None).described()
    events = [e for e, _, _ in described]
    (event,) = at(events, article.text, case["at"], case["type"])[:1]
    headline, theatre = next((h, t) for e, h, t in described if e is event)
    for word in case.get("headline_has", []):
        assert word in headline, (headline, word)
    for word in case.get("headline_lacks", []):
        assert word not in headline, (headline, word)
    assert len(headline.split()) <= 14
    if "theatre" in case:
        assert theatre == case["theatre"]


def test_described_events_are_the_extracted_ones() -> None:
    case = cases("headlines.jsonl")[0]
    article, timexes = load_case(case)
    assert [e for e, _, _ in _Extractor(article, timexes, 7, None).described()] == \
        extract_article(article, timexes)[0]
