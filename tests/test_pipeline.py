"""The per-article step (timeline.pipeline.process) and the drivers that share it."""

from __future__ import annotations

import datetime as dt
import io
import json
import pickle
from collections import Counter
from pathlib import Path

import attrs
import pytest

from timeline.events import extract_article
from timeline.graph import build
from timeline.io import dump_timeline, read_articles
from timeline.model import Article, InputError, Problem, Timeline
from timeline.pipeline import Step, process
from timeline.temporal import tag_article
from timeline.user_lexicon import load_lexicon

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


# -- one step, four drivers: build, the command line, Dask, updates give the same bytes ---------------

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "articles.jsonl"
#: articles that a user lexicon (drivers.json: a group, a village, a trigger, a month spelling)
#: changes: new participant, place, event, and a date that makes two reports merge
LEXICON_ARTICLES = ROOT / "tests" / "fixtures" / "lexicon" / "drivers.jsonl"
LEXICON = ROOT / "tests" / "fixtures" / "lexicon" / "drivers.json"


def _json(tl: Timeline) -> str:
    out = io.StringIO()
    dump_timeline(tl, out)
    return out.getvalue()


def _without_ids(document: str) -> tuple[list[str], set[tuple[str, str, str]]]:
    """Events (without ids) and relations (between those events): what an update that keeps
    saved ids shares with a full build."""
    data = json.loads(document)
    content = {e["id"]: json.dumps({k: v for k, v in e.items() if k != "id"}, sort_keys=True, ensure_ascii=False)
               for e in data["events"]}
    return sorted(content.values()), {(content[r["source"]], content[r["target"]], r["type"]) for r in data["relations"]}


@pytest.mark.parametrize("lexicon", [None, LEXICON], ids=["package", "user-lexicon"])
def test_every_driver_gives_the_same_bytes(tmp_path, lexicon) -> None:
    pytest.importorskip("dask")
    from cli_run import run

    from timeline.distributed import articles_to_bag, build_bag
    from timeline.incremental import update_file

    inputs = tmp_path / "articles.jsonl"
    lines = SEEDS.read_text(encoding="utf-8").splitlines() + LEXICON_ARTICLES.read_text(encoding="utf-8").splitlines()
    inputs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    options = ["--lexicon", str(lexicon)] if lexicon else []
    articles = list(read_articles(inputs))
    expected = _json(build(articles, lexicon=lexicon))
    plain = _json(build(articles))
    assert (expected != plain) == (lexicon is not None)  # the lexicon must matter for the comparison to
    assert json.loads(expected)["relations"] and len(json.loads(expected)["events"]) > 20

    for jobs in ("1", "2"):
        cli = run("build", str(inputs), "--jobs", jobs, *options)
        assert cli.returncode == 0, cli.stderr
        assert cli.stdout == expected
    on_dask = build_bag(articles_to_bag(inputs, npartitions=3), lexicon=lexicon, scheduler="sync")
    assert _json(on_dask) == expected

    # an update from nothing is a build; in two halves it is the build up to the kept ids
    assert _json(update_file(tmp_path / "once.json", [inputs], lexicon=lexicon)) == expected
    halves = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    halves[0].write_text("\n".join(lines[::2]) + "\n", encoding="utf-8")
    halves[1].write_text("\n".join(lines[1::2]) + "\n", encoding="utf-8")
    saved = tmp_path / "saved.json"
    for half in halves:
        status = run("build", "--update", str(saved), str(half), "-o", str(saved), *options)
        assert status.returncode == 0, status.stderr
    updated = saved.read_text(encoding="utf-8")
    # the halves interleave the inputs: the articles come in another order
    assert sorted(json.loads(updated)["articles"]) == sorted(json.loads(expected)["articles"])
    assert _without_ids(updated) == _without_ids(expected)
    assert update_file(tmp_path / "api.json", halves, lexicon=lexicon) == build(articles[::2] + articles[1::2],
                                                                                lexicon=lexicon)


def test_a_step_carries_its_options_to_every_article() -> None:
    with pytest.raises(ValueError, match="dialects or tagger"):
        Step(tagger=tag_article, dialects=())
    step = Step(lexicon=LEXICON)
    assert step.lexicon == (str(LEXICON),) and step.compiled is load_lexicon([LEXICON])
    assert pickle.loads(pickle.dumps(step)) == step  # paths travel to workers, not the compiled trie
    assert Step(lexicon=[]).compiled is None
    data = Step(lexicon=json.loads(LEXICON.read_text("utf-8")))  # data too travels as such, not compiled
    assert pickle.loads(pickle.dumps(data)) == data and data.compiled is Step(lexicon=data.lexicon).compiled
    article = next(a for a in read_articles(LEXICON_ARTICLES) if a.id == "u3")
    for mine in (step, data, Step(lexicon=load_lexicon([LEXICON]))):
        assert [e.earliest.date().isoformat() for e in mine(article).events] == ["2021-01-12"]
    assert [e.earliest.date().isoformat() for e in Step()(article).events] != ["2021-01-12"]
