"""The per-article step (timeline.pipeline.process) and the drivers that share it."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import attrs
import pytest

from timeline.events import extract_article
from timeline.graph import build
from timeline.model import Article, InputError, Problem
from timeline.pipeline import process
from timeline.temporal import tag_article

TEXT = ("أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع نظيره الفرنسي إيمانويل ماكرون مساء أمس الأربعاء. "
        "وقصفت القوات الأرمينية مدينة ترتر بعد هجوم أذربيجاني على مدينة مارتاكيرت.")
ARTICLES = [Article("a", TEXT, dt.datetime(2020, 10, 1)),
            Article("b", "اتصل بوتين بماكرون أمس.", dt.datetime(2020, 10, 1))]


def test_process_analyses_once_and_returns_what_one_article_yields() -> None:
    done = process(ARTICLES[0])
    assert done.problem is None and done.document is not None and done.document.text == TEXT
    assert list(done.timexes) == tag_article(ARTICLES[0])
    events, links = extract_article(ARTICLES[0], done.timexes)
    assert list(done.events) == events
    assert done.links and all(0 <= b < len(events) and 0 <= a < len(events) for b, a, _ in done.links)
    for b, a, evidence in done.links:
        assert evidence[0] in done.events[b].mentions and evidence[-1] in done.events[a].mentions


def test_a_failing_article_is_a_problem() -> None:
    undated = process(Article("u", TEXT))
    assert undated.problem is not None and undated.problem.field == "published" and not undated.events

    def broken(article: Article, prefer: str) -> list:
        raise RuntimeError("boom")

    failed = process(ARTICLES[0], tagger=broken)
    assert failed.problem == Problem("a", None, "RuntimeError: boom")

    def invalid(article: Article, prefer: str) -> list:
        raise InputError(Problem("a", "text", "bad"))

    assert process(ARTICLES[0], tagger=invalid).problem == Problem("a", "text", "bad")


class CountingTagger:
    """A tagger that counts how often each article is tagged."""

    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()

    def __call__(self, article: Article, prefer: str) -> list:
        self.calls[article.id] += 1
        return tag_article(article, prefer)


def test_build_tags_each_article_once() -> None:
    tagger = CountingTagger()
    timeline = build(ARTICLES, tagger=tagger)
    assert tagger.calls == Counter({"a": 1, "b": 1})
    assert timeline == build(ARTICLES)


def test_dask_and_incremental_drivers_tag_each_article_once() -> None:
    pytest.importorskip("dask")
    from timeline.distributed import articles_to_bag, build_bag
    from timeline.incremental import update_with_records

    tagger = CountingTagger()
    assert build_bag(articles_to_bag(ARTICLES, npartitions=2), tagger=tagger, scheduler="sync") == build(ARTICLES)
    assert tagger.calls == Counter({"a": 1, "b": 1})
    first, records = update_with_records(build([]), ARTICLES[:1], records=(), tagger=tagger)
    second, _ = update_with_records(first, ARTICLES[1:], records=records, tagger=tagger)
    assert tagger.calls == Counter({"a": 2, "b": 2})
    # an update keeps saved ids; everything else equals a full build
    assert [attrs.evolve(e, id="") for e in second.events] == [attrs.evolve(e, id="") for e in build(ARTICLES).events]
