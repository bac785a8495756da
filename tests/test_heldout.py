"""Generalization check: the tagger and the timeline on held-out articles never used for tuning.

The articles and gold in ``tests/heldout/`` follow the seed gold format (see its README).
Scoring is the external scorer's, applied through the Python API instead of the command
line.  Thresholds sit just under what the code reached when they were set; raise them as
the engine improves.  Run with ``-s`` to see the figures and every miss.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gold_scoring import _day, score_events, score_timex

import timeline
from timeline.io import read_articles, timeline_to_json
from timeline.model import Article, timex_record

HELDOUT = Path(__file__).resolve().parent / "heldout"

# Minimum figures (measured when set: timex 89/93 resolved, 92/93 found, 0 spurious;
# events 32/62 found, 26/62 dated, 1/5 merged, 8/10 kept apart, 6/36 ordered).
MIN_TIMEX_CORRECT = 86
MIN_TIMEX_FOUND = 90
MAX_TIMEX_SPURIOUS = 3
MIN_EVENTS_FOUND = 30
MIN_EVENTS_DATED = 24
MIN_MERGED = 1
MIN_KEPT_APART = 7
MIN_ORDERED = 5




@pytest.fixture(scope="module")
def articles():
    items = list(read_articles(HELDOUT / "articles.jsonl"))
    bad = [item for item in items if not isinstance(item, Article)]
    assert not bad, bad
    return items


@pytest.fixture(scope="module")
def gold():
    return json.loads((HELDOUT / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def timex_figures(articles, gold):
    records = [timex_record(t) for a in articles for t in timeline.tag_article(a)]
    misses: list[str] = []
    figures = score_timex(gold, records, misses)
    print(f"\nheld-out timex {figures}")
    print("\n".join(f"  {m}" for m in misses))
    return figures


@pytest.fixture(scope="module")
def event_figures(articles, gold):
    tl = timeline_to_json(timeline.build(articles))
    misses: list[str] = []
    figures = score_events(gold, tl, misses)
    print(f"\nheld-out events {figures}")
    print("\n".join(f"  {m}" for m in misses))
    return figures


def test_gold_spans_index_the_article_texts(articles, gold):
    texts = {a.id: a.text for a in articles}
    for item in gold["timex"] + gold["mentions"]:
        assert texts[item["doc"]][item["start"]:item["end"]] == item["text"], item


def test_gold_is_consistent(gold):
    clusters = gold["clusters"]
    for name, c in clusters.items():
        assert c["type"] in timeline.model.EVENT_TYPES, name
        oe, te, tl, ol = map(_day, (c["outer"][0], c["tight"][0], c["tight"][1], c["outer"][1]))
        assert oe <= te <= tl <= ol, name
    for m in gold["mentions"]:
        assert m["type"] == clusters[m["cluster"]]["type"], m
    assert {m["cluster"] for m in gold["mentions"]} == set(clusters)
    for a, b in gold["before"]:
        assert _day(clusters[a]["tight"][1]) <= _day(clusters[b]["tight"][0]), (a, b)
    for a, b in gold["diff"]:
        assert clusters[a]["type"] == clusters[b]["type"], (a, b)
    for t in gold["timex"]:
        if t["kind"] == "date":
            assert _day(t["outer"][0]) <= _day(t["tight"][0]) <= _day(t["tight"][1]) <= _day(t["outer"][1]), t


def test_heldout_timex(timex_figures):
    f = timex_figures
    assert f["correct"] >= MIN_TIMEX_CORRECT, f
    assert f["found"] >= MIN_TIMEX_FOUND, f
    assert f["spurious"] <= MAX_TIMEX_SPURIOUS, f


def test_heldout_events(event_figures):
    f = event_figures
    assert f["found"] >= MIN_EVENTS_FOUND, f
    assert f["dated"] >= MIN_EVENTS_DATED, f
    assert f["merged"] >= MIN_MERGED, f
    assert f["split"] >= MIN_KEPT_APART, f
    assert f["ordered"] >= MIN_ORDERED, f
