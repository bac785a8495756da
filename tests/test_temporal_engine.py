"""The rule engine: every rule is named, documented by examples that produce it, belongs to a
family with a corpus file, and shows in ``timeline tag --explain``; a Document and its text
tag alike."""

from __future__ import annotations

import io
import json
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.document import analyse
from timeline.model import Article
from timeline.temporal import find_dateline, tag, tag_article
from timeline.temporal.rules import FAMILIES, ORDER, all_rules

CORPUS = Path(__file__).parent / "corpus" / "temporal"
RULES = all_rules()
NAMING = [r for r in RULES if r.examples]


def test_rule_names_are_unique_and_family_qualified():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    for r in RULES:
        family, _, local = r.name.partition(".")
        assert family == r.family and local, r.name


def test_every_rule_is_documented():
    undocumented = [r.name for r in RULES if not r.doc]
    assert not undocumented


def test_every_rule_that_names_an_expression_has_an_example():
    # a group rule whose productions are named by other rules needs none
    bare = [r.name for r in RULES if not r.examples and not (r.kind == "group" and r.resolve is None)]
    assert not bare, f"rules without an example: {bare}"


@pytest.mark.parametrize("rule", NAMING, ids=[r.name for r in NAMING])
def test_rule_examples_produce_the_rule(rule):
    for text, dct, value in rule.examples:
        got = [(t.rule, t.value) for t in tag(text, dct)]
        assert (rule.name, value) in got, f"{text!r} ({dct}): expected {rule.name} = {value}, got {got}"


def test_every_family_has_a_corpus_file_and_every_file_a_family():
    families = {m.__name__.rsplit(".", 1)[-1] for m in FAMILIES}
    files = {p.stem for p in CORPUS.glob("*.tsv")} - {"negative"}
    assert families == files


def test_top_level_order_holds_rules_with_patterns():
    assert all(r.pattern is not None for r in ORDER)
    assert len(set(ORDER)) == len(ORDER)


def test_document_and_text_tag_alike():
    text = "موسكو - 4 أكتوبر 2020 (رويترز) - قال الوزير أمس إن الهدنة تبدأ الساعة السابعة مساء الخميس المقبل."
    doc = analyse(text, "a1")
    assert tag(doc, "2020-10-04", doc="a1") == tag(text, "2020-10-04", doc="a1")
    article = Article("a1", text, published=None)
    assert tag_article(Article("a1", text, published=tag(text, "2020-10-04")[0].earliest), document=doc) \
        == tag_article(Article("a1", text, published=tag(text, "2020-10-04")[0].earliest))
    assert find_dateline(doc)[0] == find_dateline(text)[0] == find_dateline(article.text)[0]


def test_explain_adds_the_rule(tmp_path, monkeypatch):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "published": "2020-10-01", "text": "وصل الوفد أمس الأربعاء"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    with redirect_stdout(out):
        assert main(["tag", str(path), "--explain", "--no-progress"]) == 0
    (record,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert record["rule"] == "deictic.said_weekday" and record["value"] == "2020-09-30"
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["tag", str(path), "--no-progress"]) == 0
    assert "rule" not in json.loads(out.getvalue())


def test_long_runs_of_time_words_do_not_overflow_the_stack() -> None:
    """A run of adjacent time words with no unit (``في في في``، dates every year) is read in
    one pass: a rule that stepped one token deeper per word overflowed the stack at ~1000."""
    assert tag("في " * 3000, "2020-10-01") == []
    assert tag("خلال في " * 1500, "2020-10-01") == []
    found = tag("15 أيار من كل عام وكل عام في أكتوبر " * 300, "2020-10-01")
    assert [t.value for t in found] == ["XXXX-05-15", "XXXX-10"] * 300
