"""``tag`` and ``build`` on grammar-shaped, real-news and hostile text (tests/strategies.py).

For any text and any valid publication date: no exception, no Problem, spans that index the
original text, ``earliest <= latest``, sorted results, and the same output for the same input.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import (
    articles,
    clitic_words,
    dcts,
    mutated_news,
    news,
    texts,
    time_phrases,
    vocabulary,
)

from timeline import tag
from timeline.graph import build
from timeline.graph.merge import sort_key
from timeline.model import Article

TYPES = ("DATE", "TIME", "DURATION", "SET")


def check_timexes(text: str, found) -> None:
    assert [(t.start, t.end) for t in found] == sorted((t.start, t.end) for t in found)
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert t.text == text[t.start:t.end]
        assert t.type in TYPES
        assert (t.earliest is None) == (t.latest is None)
        if t.earliest is not None:
            assert t.earliest <= t.latest


def test_vocabulary_is_read_from_the_lexicon():
    """Every category the strategies draw from has words (a renamed lexicon key shows up here)."""
    vocab = vocabulary()
    assert all(vocab.values()), [name for name, words in vocab.items() if not words]
    assert {"عدة", "بضعة"} <= set(vocab["few"]) and "أيام" in vocab["units"]
    assert len(news()) > 100


# ------------------------------------------------------------------ the vague-count crash (issue 8)

ANCHORED = ["يأتي قبل انطلاقة الموسم {c}{few} {unit}", "وجاء ذلك بعد الانتخابات {c}{few} {unit} فقط",
            "وقبل توقيع الاتفاق {c}{few} {unit}، قصفت المدفعية مواقع عدة", "وقبل ذلك {c}{few} {unit}"]


@pytest.mark.parametrize("template", ANCHORED)
@pytest.mark.parametrize("few", ["عدة", "بضعة", "بضع", "عدّة", "بعض"])
@pytest.mark.parametrize("unit", ["أيام", "ساعات", "أسابيع", "أشهر", "سنوات", "دقائق"])
def test_vague_count_measured_from_an_anchor_is_a_vague_duration(template, few, unit):
    """``قبل X بعدة أيام`` crashed with ``int * None``: the count is unknown, so the offset is a
    DURATION with an unknown amount (``PXD``) and no date is made up for it."""
    text = "وقع الاتفاق في 10 أكتوبر 2020. " + template.format(c="ب", few=few, unit=unit)
    found = tag(text, dt.date(2020, 10, 15))
    check_timexes(text, found)
    offset = [t for t in found if few in t.text]
    if few != "بعض":  # not a count word of the lexicon: nothing to tag, but no crash either
        assert offset
    for t in offset:
        if t.type == "DATE":  # قبل ذلك بعدة ساعات: the same day as the one in play, nothing finer
            assert unit in ("ساعات", "دقائق") and t.value == "2020-10-10", t
        else:
            assert t.type == "DURATION" and "X" in t.value and t.earliest is None, t


# ------------------------------------------------------------------ tag

@settings(max_examples=400)
@given(texts(), dcts(), st.sampled_from(["past", "future"]))
def test_tag_never_raises_and_keeps_its_invariants(text, dct, prefer):
    found = tag(text, dct, prefer=prefer)
    check_timexes(text, found)
    assert tag(text, dct, prefer=prefer) == found


@settings(max_examples=600)
@given(st.lists(time_phrases() | clitic_words(), min_size=1, max_size=6).map(" ".join), dcts())
def test_tag_on_grammar_shaped_phrases(text, dct):
    check_timexes(text, tag(text, dct))


@settings(max_examples=200)
@given(mutated_news(), dcts())
def test_tag_on_real_news_with_insertions(text, dct):
    check_timexes(text, tag(text, dct))


# ------------------------------------------------------------------ build

SAFE_IDS = st.from_regex(r"[a-z][a-z0-9]{0,6}", fullmatch=True)


def check_timeline(batch: list[Article], timeline) -> None:
    assert not timeline.problems, timeline.problems
    assert timeline.articles == tuple(a.id for a in batch)
    text = {a.id: a.text for a in batch}
    for event in timeline.events:
        assert event.mentions
        for m in event.mentions:
            assert 0 <= m.start < m.end <= len(text[m.doc]) and text[m.doc][m.start:m.end] == m.text
        # an undated event keeps only its proven bound (timeline.model.UNDATED)
        assert event.earliest is None or event.latest is not None
        if event.earliest is not None:
            assert event.earliest <= event.latest
    assert list(timeline.events) == sorted(timeline.events, key=sort_key)
    ids = {e.id for e in timeline.events}
    assert len(ids) == len(timeline.events)
    assert all(r.source in ids and r.target in ids for r in timeline.relations)


@settings(max_examples=60)
@given(st.lists(articles(ids=SAFE_IDS, text=texts()), min_size=1, max_size=4, unique_by=lambda a: a.id))
def test_build_never_raises_and_keeps_its_invariants(batch):
    timeline = build(batch)
    check_timeline(batch, timeline)
    assert build(batch) == timeline


@settings(max_examples=60)
@given(st.lists(articles(ids=SAFE_IDS, text=mutated_news(), published=st.just(dt.date(2020, 10, 1))),
                min_size=1, max_size=5, unique_by=lambda a: a.id))
def test_build_on_real_news_with_insertions(batch):
    check_timeline(batch, build(batch))

