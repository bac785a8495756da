"""The Python API takes what the README shows and what users pass (issue 8, part B)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import attrs

import timeline
from timeline.graph import build
from timeline.incremental import update
from timeline.io import read_articles
from timeline.model import Article, Problem

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "articles.jsonl"
RECORDS = [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines()]


def test_build_of_read_articles_collects_the_reader_problems(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join([json.dumps(RECORDS[0], ensure_ascii=False), "{broken",
                               json.dumps(RECORDS[1], ensure_ascii=False)]) + "\n", encoding="utf-8")
    result = timeline.build(timeline.read_articles(path))  # AttributeError: 'Problem' object has no attribute 'id'
    assert result.articles == (RECORDS[0]["id"], RECORDS[1]["id"])
    assert [(p.line, p.message.split(":")[0]) for p in result.problems] == [(2, "malformed JSON")]


def test_build_takes_plain_mappings_as_the_reader_would():
    assert build(RECORDS) == build(read_articles(SEEDS))
    result = build([RECORDS[0], {"id": "x", "text": 5}])
    assert result.articles == (RECORDS[0]["id"],) and result.problems[0].field == "text"


def test_repeated_article_ids_are_reported_not_doubled():
    article = next(a for a in read_articles(SEEDS) if isinstance(a, Article))
    once, twice = build([article]), build([article, article])
    assert twice.events == once.events and twice.articles == once.articles
    assert [(p.article, p.field) for p in twice.problems] == [(article.id, "id")]
    assert "duplicate" in twice.problems[0].message


def test_a_lone_surrogate_in_an_id_is_a_problem_and_the_rest_is_built():
    good = next(a for a in read_articles(SEEDS) if isinstance(a, Article))
    result = build([attrs.evolve(good, id="s\ud800x"), good])  # was a UnicodeEncodeError in event_id
    assert result.articles == (good.id,) and result.problems[0].field == "id"
    assert result.events == build([good]).events


def test_publication_year_1_is_a_problem_not_recorded_and_update_takes_the_fix():
    good = next(a for a in read_articles(SEEDS) if isinstance(a, Article))
    early = build([attrs.evolve(good, published=dt.datetime(1, 1, 2))])
    assert early.articles == () and not early.events
    (problem,) = early.problems
    assert (problem.article, problem.field) == (good.id, "published") and "OverflowError" not in problem.message
    fixed = update(early, [good], records=())  # was refused: "article already in the saved timeline"
    assert fixed.articles == (good.id,) and fixed.events and fixed.problems == ()


def test_the_same_update_twice_does_not_repeat_its_problems():
    good = next(a for a in read_articles(SEEDS) if isinstance(a, Article))
    undated = Article("undated", "قال الوزير أمس", None)
    reader = Problem(None, None, "malformed JSON", 3)
    once = update(build([good]), [reader, undated, good], records=None)
    twice = update(once, [reader, undated, good], records=None)
    assert len(once.problems) == 3 and sorted(map(repr, twice.problems)) == sorted(map(repr, once.problems))


def test_stages_are_reachable_without_importing_them_first():
    code = ("import timeline, datetime\n"
            "tl = timeline.model.Timeline()\n"
            "print(timeline.graph.linear_view(tl), timeline.io.read_articles, timeline.temporal.tag)\n"
            "print(all(n in dir(timeline) for n in ('tag', 'build', 'read_articles', 'graph')))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "True"


def test_help_lists_the_functions():
    import pydoc

    text = pydoc.render_doc(timeline, renderer=pydoc.plaintext)
    functions = text[text.index("FUNCTIONS"):]
    assert all(f"\n    {name}(" in functions for name in ("tag", "build", "read_articles", "tag_article"))
