"""The consistency checks and oracles the gold sets' check.py and oracle.py share (tests/gold_checks.py)."""

from __future__ import annotations

import json

import pytest
from gold_checks import Gold, check_event_set, oracle_build, oracle_tag

TEXT = "أعلن الجيش أمس الأربعاء وقف إطلاق النار، وقال اليوم الخميس إن الهدنة صامدة."


def _set(tmp_path, **changes):
    """A one-article set: a truce on Wednesday 30 Sep 2020 reported on Thursday 1 Oct."""
    def span(s):
        i = TEXT.index(s)
        return dict(doc="a", start=i, end=i + len(s), text=s)

    gold = {
        "timex": [dict(span("أمس الأربعاء"), kind="date", value="2020-09-30", tight=["2020-09-30", "2020-09-30"],
                       outer=["2020-09-30", "2020-09-30"], required=True),
                  dict(span("اليوم الخميس"), kind="date", value="2020-10-01", tight=["2020-10-01", "2020-10-01"],
                       outer=["2020-10-01", "2020-10-01"], required=True)],
        "clusters": {"c1": dict(type="ceasefire", tight=["2020-09-30", "2020-09-30"], outer=["2020-09-30", "2020-09-30"]),
                     "c2": dict(type="statement", tight=["2020-10-01", "2020-10-01"], outer=["2020-10-01", "2020-10-01"])},
        "mentions": [dict(span("وقف إطلاق النار"), cluster="c1", type="ceasefire"),
                     dict(span("وقال"), cluster="c2", type="statement")],
        "diff": [["c1", "c2"]], "before": [["c1", "c2"]],
    }
    for key, value in changes.items():
        gold[key] = value(gold[key])
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "articles.jsonl").write_text(json.dumps({"id": "a", "published": "2020-10-01", "text": TEXT},
                                                        ensure_ascii=False) + "\n", encoding="utf-8")
    return tmp_path


def _problems(here):
    g = Gold(here)
    g.articles()
    g.spans()
    g.clusters()
    g.intervals()
    counts = g.weekdays()
    g.relations()
    return g.problems, counts


def test_a_consistent_set_passes_and_every_weekday_is_checked(tmp_path, capsys):
    problems, counts = _problems(_set(tmp_path))
    assert problems == [] and counts == {"checked": 2}
    with pytest.raises(SystemExit) as done:
        check_event_set(tmp_path, [((1442, 2, 13), "2020-09-30")], [("2020-09-30", "2020-10-01", 1, "a day")])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("2 timex rows (2 required), 2 clusters, 2 mentions, 0 merged")


@pytest.mark.parametrize(("changes", "expected"), [
    ({"timex": lambda rows: [dict(rows[0], start=rows[0]["start"] + 1), rows[1]]}, "span mismatch"),
    ({"timex": lambda rows: [dict(rows[0], tight=["2020-10-01", "2020-10-01"]), rows[1]]}, "says الأربعاء"),
    ({"timex": lambda rows: rows[:1]}, "not inside a date timex row"),
    ({"before": lambda pairs: [["c2", "c1"]]}, "before pair not strict"),
    ({"diff": lambda pairs: pairs + [["c2", "c1"]]}, "listed twice"),
    ({"mentions": lambda rows: [dict(rows[0], type="call"), rows[1]]}, "mention type differs"),
])
def test_each_inconsistency_is_named(tmp_path, changes, expected):
    problems, _ = _problems(_set(tmp_path, **changes))
    assert any(expected in p for p in problems), problems


def test_the_oracles_print_the_gold(tmp_path):
    gold = Gold(_set(tmp_path)).gold
    assert [(r["text"], r["earliest"]) for r in oracle_tag(gold)] == [("أمس الأربعاء", "2020-09-30"),
                                                                     ("اليوم الخميس", "2020-10-01")]
    built = oracle_build(gold)
    assert [e["type"] for e in built["events"]] == ["ceasefire", "statement"]
    assert built["relations"] == [{"source": "e1", "target": "e2", "type": "BEFORE"}]
