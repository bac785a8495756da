"""``--jobs N``: tagging and extraction in worker processes, bounded read-ahead, same bytes as one job."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
from pathlib import Path

import pytest
from cli_run import run

from timeline.cli import _CHUNK, _CHUNKS_PER_JOB, _parallel
from timeline.distributed import Extracted
from timeline.graph import build
from timeline.io import read_articles, timeline_to_json
from timeline.model import Article, Problem
from timeline.pipeline import Step

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "articles.jsonl"
SEED_ARTICLES = [a for a in read_articles(SEEDS) if isinstance(a, Article)]


def corpus(seed: int, n: int) -> list[dict]:
    """Articles cut from runs of seed sentences, published some days off: many cross-article merges."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        source = rng.choice(SEED_ARTICLES)
        sentences = [s for s in re.split(r"(?<=[.\n])", source.text) if s.strip()]
        first = rng.randrange(len(sentences))
        published = source.published + dt.timedelta(days=rng.randint(-5, 5))
        out.append({"id": f"c{k:03d}", "published": published.isoformat(),
                    "text": "".join(sentences[first:first + rng.randint(1, 5)])})
    return out


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> Path:
    records = [json.dumps(r, ensure_ascii=False) for r in corpus(11, 60)]
    # a reader problem in the middle, and a duplicate id late, to check problem order too
    records[25:25] = ['{"id": "bad"}']
    records.append(records[3])
    path = tmp_path_factory.mktemp("par") / "many.jsonl"
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    return path


def test_build_jobs_gives_the_same_bytes_as_one_job_and_as_the_library(many):
    one = run("build", str(many), "--jobs", "1")
    three = run("build", str(many), "--jobs", "3")
    assert one.returncode == three.returncode == 1
    assert one.stdout == three.stdout and one.stderr == three.stderr
    doc = json.loads(one.stdout)
    assert len(doc["events"]) > 20 and any(len({m["doc"] for m in e["mentions"]}) > 1 for e in doc["events"])
    items = list(read_articles(many))
    expected = timeline_to_json(build([a for a in items if isinstance(a, Article)]))
    assert {k: v for k, v in doc.items() if k != "problems"} == \
        {k: v for k, v in expected.items() if k != "problems"}
    assert [p["article"] for p in doc["problems"]] == [p.article for p in items if isinstance(p, Problem)]
    assert one.stderr.splitlines()[0].startswith("timeline: line 26, article 'bad'")


def test_tag_jobs_gives_the_same_bytes_as_one_job(many):
    one = run("tag", str(many), "--jobs", "1", "--format", "json")
    two = run("tag", str(many), "--jobs", "2", "--format", "json")
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout and one.stderr == two.stderr and json.loads(one.stdout)


def _pid(article: Article) -> int:
    return os.getpid()


def test_workers_run_the_extraction_in_input_order():
    articles = [Article(**{**r, "published": dt.datetime.fromisoformat(r["published"])})
                for r in corpus(5, 3 * _CHUNK)]
    pairs = [(a, i) for i, a in enumerate(articles)]
    pids = [r for _, _, r in _parallel(_pid, pairs, 2)]
    assert os.getpid() not in pids
    out = list(_parallel(Step("past"), pairs, 2))
    assert [(item, extra) for item, extra, _ in out] == pairs
    assert all(isinstance(r, Extracted) and r.article == item.id for item, _, r in out)
    assert sum(len(r.events) for _, _, r in out) > 0


def test_parallel_reads_only_a_bounded_way_ahead():
    pulled = 0

    def plenty():  # finite, so that an unbounded read-ahead fails instead of hanging
        nonlocal pulled
        for i in range(5000):
            pulled += 1
            yield Article(f"a{i}", "قال المتحدث أمس إن المحادثات ستستأنف.", dt.datetime(2020, 10, 1)), i

    results = _parallel(_pid, plenty(), 2)
    first = [next(results) for _ in range(5)]
    results.close()
    assert [extra for _, extra, _ in first] == list(range(5))
    assert pulled <= 2 * _CHUNKS_PER_JOB * _CHUNK
