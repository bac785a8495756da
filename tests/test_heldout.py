"""Generalization check: the tagger and the timeline on held-out articles never used for tuning.

The articles and gold in ``tests/heldout/`` follow the seed gold format (see its README).
Scoring is the external scorer's, applied through the Python API instead of the command
line.  Thresholds sit just under what the code reached when they were set; raise them as
the engine improves.  Run with ``-s`` to see the figures and every miss.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_scoring import (
    built,
    check_events,
    check_gold_consistent,
    check_gold_spans,
    check_timex,
    load_heldout,
    report,
    score_events,
    score_timex,
    timex_records,
)

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
def heldout():
    return load_heldout(HELDOUT)


@pytest.fixture(scope="module")
def timex_figures(heldout):
    articles, gold = heldout
    return report("held-out timex", score_timex, gold, timex_records(articles))


@pytest.fixture(scope="module")
def event_figures(heldout):
    articles, gold = heldout
    return report("held-out events", score_events, gold, built(articles))


def test_gold_spans_index_the_article_texts(heldout):
    check_gold_spans(*heldout)


def test_gold_is_consistent(heldout):
    check_gold_consistent(heldout[1], strictly_before=False)


def test_heldout_timex(timex_figures):
    check_timex(timex_figures, correct=MIN_TIMEX_CORRECT, found=MIN_TIMEX_FOUND, spurious=MAX_TIMEX_SPURIOUS)


def test_heldout_events(event_figures):
    check_events(event_figures, found=MIN_EVENTS_FOUND, dated=MIN_EVENTS_DATED, merged=MIN_MERGED,
                 kept_apart=MIN_KEPT_APART, ordered=MIN_ORDERED)
