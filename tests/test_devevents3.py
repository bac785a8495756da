"""Development set of round 11 (``tests/devevents3``, see its README): 34 short articles in 34
outlets' styles about happenings outside conflict news (elections, votes, decrees,
appointments, verdicts, signings, evacuations, arrivals ...), with event gold only.

It is a development set, read while building; the thresholds sit a little under what the
code reached when they were set (before round 11: 69/116 found, 57 dated, 4/38 merged, 6/21
kept apart, 8/29 ordered) and keep the coverage of those happenings from sliding back. Run
with ``-s`` to see every miss.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_scoring import (
    built,
    check_events,
    check_gold_consistent,
    check_gold_spans,
    load_heldout,
    report,
    score_events,
)

DEVSET = Path(__file__).resolve().parent / "devevents3"

MIN_EVENTS_FOUND = 99
MIN_EVENTS_DATED = 82
MIN_MERGED = 11
MIN_KEPT_APART = 10
MIN_ORDERED = 17


@pytest.fixture(scope="module")
def devset():
    return load_heldout(DEVSET)


@pytest.fixture(scope="module")
def event_figures(devset):
    return report("devevents3 events", score_events, devset[1], built(devset[0]))


def test_gold_spans_index_the_article_texts(devset):
    check_gold_spans(*devset)


def test_gold_is_consistent(devset):
    check_gold_consistent(devset[1], strictly_before=True)


def test_devevents3_events(event_figures):
    check_events(event_figures, found=MIN_EVENTS_FOUND, dated=MIN_EVENTS_DATED, merged=MIN_MERGED,
                 kept_apart=MIN_KEPT_APART, ordered=MIN_ORDERED)
