"""The tagger on the five seed articles, judged with the external scorer's rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gold_scoring import _day, _fits, _overlaps, _same_duration

from timeline.model import timex_record
from timeline.temporal import tag

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def records():
    out = []
    with open(SEEDS / "articles.jsonl", encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            for timex in tag(article["text"], article["published"], doc=article["id"]):
                assert article["text"][timex.start:timex.end] == timex.text
                out.append(timex_record(timex))
    return out


@pytest.fixture(scope="module")
def gold():
    return json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))["timex"]


def _hits(records, item):
    return [r for r in records if r["doc"] == item["doc"]
            and _overlaps(r["start"], r["end"], item["start"], item["end"])]


def test_every_required_expression_is_found_and_resolved(records, gold):
    missed = []
    for item in (g for g in gold if g["required"]):
        hits = _hits(records, item)
        if item["kind"] == "date":
            ok = any(_fits(_day(r["earliest"]), _day(r["latest"]), item["tight"], item["outer"]) for r in hits)
        elif item["kind"] == "duration":
            ok = any(_same_duration(r["value"], item["value"]) for r in hits)
        else:
            ok = all(any(_day(r["earliest"]) == _day(v) == _day(r["latest"]) for r in hits) for v in item["value"])
        if not ok:
            missed.append((item["text"], item["value"], [(r["text"], r["value"]) for r in hits]))
    assert missed == []
    assert sum(g["required"] for g in gold) == 20


def test_at_most_two_spurious_records(records, gold):
    spurious = [r["text"] for r in records if not any(_hits([r], g) for g in gold)]
    assert len(spurious) <= 2, spurious
