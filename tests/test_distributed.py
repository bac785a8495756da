"""The Dask build equals the single-process build, whatever the partitioning and scheduler."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.events.extract import extract_article
from timeline.graph import build, cluster_events
from timeline.io import read_articles
from timeline.model import Article, Event, Problem

db = pytest.importorskip("dask.bag")

from timeline.distributed import (  # noqa: E402 - needs dask
    articles_to_bag,
    build_bag,
    event_spans,
    extract_one,
    group_key,
    merge_records,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "articles.jsonl"
SEED_ARTICLES = tuple(a for a in read_articles(SEEDS) if isinstance(a, Article))


def synthetic_articles(rng: random.Random, n: int, prefix: str = "syn", spread: int = 30) -> list[Article]:
    """Articles cut from runs of seed sentences, published up to ``spread`` days off the seed's date.

    Shared runs across articles give cross-article merges; shifted dates give events that
    overlap only partly, which is what stresses a partitioned merge.
    """
    out = []
    for k in range(n):
        seed = rng.choice(SEED_ARTICLES)
        sentences = [s for s in re.split(r"(?<=[.\n])", seed.text) if s.strip()]
        first = rng.randrange(len(sentences))
        text = "".join(sentences[first:first + rng.randint(1, 6)])
        published = seed.published + dt.timedelta(days=rng.randint(-spread, spread))
        out.append(Article(f"{prefix}{k:04d}", text, published))
    return out


def _corpus(seed: int, n: int) -> list[Article]:
    return synthetic_articles(random.Random(seed), n)


def test_seeds_equal_build_sync_and_threads():
    expected = build(SEED_ARTICLES)
    assert expected.events and expected.relations  # the comparison below must mean something
    for scheduler in ("sync", "threads"):
        for parts in (1, 2, 5):
            assert build_bag(articles_to_bag(SEED_ARTICLES, parts), scheduler=scheduler) == expected


def test_synthetic_corpus_equal_build_processes():
    articles = _corpus(7, 40)
    expected = build(articles)
    assert len(expected.events) > 20
    assert any(len({m.doc for m in e.mentions}) > 1 for e in expected.events)  # cross-article merges
    assert build_bag(articles_to_bag(articles, 4), scheduler="processes") == expected


def test_user_lexicon_reaches_process_workers():
    """A user lexicon (a file for actors and places, data for a month spelling) is read in
    worker processes as in one process: the users' group, villages and month show up."""
    hama = Path(__file__).resolve().parent / "fixtures" / "lexicon" / "hama.json"
    months = {"months": {"gregorian": {"جانفييه": 1}}}
    articles = [
        Article("h1", "حماة - قال مصدر محلي إن مقاتلي لواء الفجر هاجموا أمس الثلاثاء قرية تل القصر، "
                      "فيما قصفت طائرات حربية بلدة كفر رومة صباح اليوم.", dt.datetime(2024, 3, 6)),
        Article("m1", "وقع الطرفان اتفاقا لوقف إطلاق النار في الخرطوم في 12 جانفييه الماضي.", dt.datetime(2021, 3, 10)),
        *_corpus(8, 6),
    ]
    lexicon = [str(hama), months]
    expected = build(articles, lexicon=lexicon)
    assert expected != build(articles)  # the lexicon changes what is read
    assert build_bag(articles_to_bag(articles, 3), lexicon=lexicon, scheduler="processes", num_workers=2) == expected


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10**6), n=st.integers(0, 25), parts=st.integers(1, 8))
def test_any_corpus_any_partitioning_equal_build(seed, n, parts):
    articles = _corpus(seed, n)
    assert build_bag(articles_to_bag(articles, parts), scheduler="sync") == build(articles)


def test_single_process_records_equal_build():
    articles = _corpus(3, 30)
    records = [extract_one(a, (0, i)) for i, a in enumerate(articles)]
    assert merge_records(records)[0] == build(articles)


def _flaky_tagger(article, prefer):
    if article.id.endswith("3"):
        raise RuntimeError("tagger broke")
    from timeline.temporal import tag_article

    return tag_article(article, prefer)


def test_bad_articles_become_the_same_problems_as_in_build():
    articles = _corpus(11, 14)
    articles.insert(5, Article("undated", "قال الوزير أمس إن الهدنة صامدة.", None))
    expected = build(articles, tagger=_flaky_tagger)
    assert {p.article for p in expected.problems} == {"undated", "syn0003", "syn0013"}
    seen = []
    got = build_bag(articles_to_bag(articles, 3), tagger=_flaky_tagger, scheduler="processes",
                    on_problem=seen.append)
    assert got == expected
    assert seen == list(expected.problems)


def test_reader_problems_pass_through_in_order():
    good = _corpus(5, 4)
    lines = [json.dumps({"id": a.id, "published": a.published.isoformat(), "text": a.text}) for a in good]
    lines[1:1] = ["{broken", json.dumps({"id": good[0].id, "published": "2020-01-01", "text": "نص"})]
    got = build_bag(articles_to_bag(lines, 2), scheduler="sync")
    expected = build(good)
    assert got.events == expected.events and got.relations == expected.relations
    assert got.articles == tuple(a.id for a in good)
    assert [p.line for p in got.problems] == [2, 3]
    assert "duplicate" in got.problems[1].message


def test_dict_items_are_parsed_in_the_map_step():
    articles = _corpus(9, 6)
    records = [{"id": a.id, "published": a.published.isoformat(), "text": a.text} for a in articles]
    records.append({"id": "no-text", "published": "2020-01-01"})
    got = build_bag(db.from_sequence(records, npartitions=3), scheduler="sync")
    assert got.events == build(articles).events
    assert got.articles == tuple(a.id for a in articles)
    assert [(p.article, p.field) for p in got.problems] == [("no-text", "text")]


def test_empty_bag():
    assert build_bag(articles_to_bag([], 3), scheduler="sync") == build([])


# ------------------------------------------------------------------ the blocking key

_day = st.dates(dt.date(2019, 1, 1), dt.date(2021, 12, 31))


@st.composite
def _events(draw):
    out = []
    for i in range(draw(st.integers(0, 30))):
        start = draw(_day)
        width = draw(st.sampled_from([0, 0, 1, 6, 30, 400]))
        kind = draw(st.sampled_from(["strike", "call"]))
        if draw(st.integers(0, 9)) == 0:
            out.append(Event(f"x{i}", kind))
        else:
            out.append(Event(f"x{i}", kind, earliest=start, latest=start + dt.timedelta(days=width)))
    return out


class _Record:
    def __init__(self, events):
        self.events = events


@settings(max_examples=200, deadline=None)
@given(_events())
def test_events_that_could_merge_share_a_group(events):
    spans = event_spans([_Record(events)])
    keys = [group_key(e, (0, 0), spans) for e in events]
    for a, ka in zip(events, keys, strict=True):
        for b, kb in zip(events, keys, strict=True):
            if a.type == b.type and a.earliest and b.earliest and \
                    a.earliest <= b.latest and b.earliest <= a.latest:
                assert ka == kb
            if a.type != b.type:
                assert ka != kb


@settings(max_examples=200, deadline=None)
@given(_events(), st.integers(1, 5))
def test_spans_of_parts_combine_to_spans_of_whole(events, parts):
    from timeline.distributed import _combine_spans

    chunks = [_Record(events[i::parts]) for i in range(parts)]
    assert _combine_spans(event_spans([c]) for c in chunks) == event_spans([_Record(events)])


def test_a_long_event_bridges_buckets_into_one_group():
    day = dt.date(2020, 10, 1)
    short = [Event(f"s{i}", "strike", earliest=day + dt.timedelta(days=10 * i),
                   latest=day + dt.timedelta(days=10 * i)) for i in range(5)]
    long = Event("l", "strike", earliest=day, latest=day + dt.timedelta(days=40))
    spans = event_spans([_Record(short)])
    assert len({group_key(e, (0, 0), spans) for e in short}) == 5
    spans = event_spans([_Record([*short, long])])
    assert len({group_key(e, (0, 0), spans) for e in [*short, long]}) == 1


def test_extract_one_matches_extract_article():
    article = SEED_ARTICLES[2]
    from timeline.temporal import tag_article

    events, links = extract_article(article, tag_article(article))
    record = extract_one(article, (3, 4))
    assert record.events == tuple(events) and record.key == (3, 4)
    assert len(record.links) == len(links)
    assert cluster_events(record.events)[0] == cluster_events(events)[0]
    assert isinstance(extract_one(Problem("x", None, "bad")).problem, Problem)
