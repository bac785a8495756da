"""The whole pipeline: problems never sink the batch, output is deterministic."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from timeline.graph import build
from timeline.model import Article, InputError, Problem

SEEDS = Path(__file__).parent.parent / "seeds" / "articles.jsonl"


def seed_articles() -> list[Article]:
    out = []
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out.append(Article(row["id"], row["text"], dt.datetime.fromisoformat(row["published"])))
    return out


def test_bad_articles_become_problems() -> None:
    good = Article("good", "قصفت القوات الأرمينية مدينة ترتر.", dt.datetime(2020, 10, 5))
    broken = Article("broken", "نص", dt.datetime(2020, 10, 5))
    invalid = Article("invalid", "نص", dt.datetime(2020, 10, 5))

    def tagger(article, prefer):
        if article.id == "broken":
            raise RuntimeError("boom")
        if article.id == "invalid":
            raise InputError(Problem("invalid", "published", "not a date"))
        return []

    seen: list[Problem] = []
    timeline = build([broken, good, invalid], on_problem=seen.append, tagger=tagger)
    assert [p.article for p in timeline.problems] == ["broken", "invalid"] == [p.article for p in seen]
    assert "boom" in timeline.problems[0].message and timeline.problems[1].field == "published"
    # a failed article is a problem only, so a corrected copy can be added by --update later
    assert timeline.articles == ("good",)
    assert [e.type for e in timeline.events] == ["strike"]


def test_build_is_deterministic_and_order_independent_on_seeds() -> None:
    articles = seed_articles()
    first = build(articles)
    assert build(articles) == first
    shuffled = build(list(reversed(articles)))
    assert shuffled.events == first.events
    assert shuffled.relations == first.relations
    assert shuffled.conflicts == first.conflicts


def test_duplicate_article_ids_do_not_mix_links() -> None:
    text = "قصفت القوات الأرمينية مدينة ترتر بعد هجوم أذربيجاني على مدينة مارتاكيرت."
    arts = [Article("same", text, dt.datetime(2020, 10, 4)), Article("same", text, dt.datetime(2020, 10, 4))]
    timeline = build(arts, tagger=lambda a, p: [])
    assert not timeline.conflicts
    assert all(r.source != r.target for r in timeline.relations)
