"""Dialect overlays chosen on tag, build and the command line (issue 10, item 4): a Maghrebi
month name is read only when the Maghrebi overlay is chosen (all are by default)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_run import run

import timeline
from timeline.temporal import tag

TEXT = "وقع الهجوم يوم 12 جانفي الماضي في العاصمة، وتلاه هجوم ثان في 3 تموز."
ARTICLE = {"id": "m1", "published": "2020-10-10", "text": TEXT}


def _values(timexes) -> list[str]:
    return [t.value for t in timexes]


@pytest.mark.parametrize(("dialects", "january"), [
    (None, True), (("maghrebi",), True), (("levantine", "maghrebi"), True),
    (("levantine",), False), (("gulf", "egyptian"), False), ((), False)])
def test_a_maghrebi_month_is_read_only_with_its_overlay(dialects, january):
    values = _values(tag(TEXT, "2020-10-10", dialects=dialects))
    assert ("2020-01-12" in values) is january
    assert "2020-07-03" in values  # Levantine month names are Standard Arabic news usage: always on


def test_a_month_name_shared_with_the_core_stays_on():
    # أكتوبر is in the Maghrebi list and in the Egyptian-Gulf one
    assert _values(tag("في 3 أكتوبر الماضي", "2020-11-10", dialects=("levantine",))) == ["2020-10-03"]



def test_build_takes_dialects():
    every = timeline.build([ARTICLE])
    levantine = timeline.build([ARTICLE], dialects=("levantine",))
    days = {str(e.earliest)[:10] for e in every.events}
    assert "2020-01-12" in days
    assert "2020-01-12" not in {str(e.earliest)[:10] for e in levantine.events}
    assert timeline.build([ARTICLE], dialects=None) == every


def test_build_refuses_dialects_with_a_tagger():
    from timeline.temporal import dialect_tagger

    with pytest.raises(ValueError, match="dialects or tagger"):
        timeline.build([ARTICLE], dialects=("gulf",), tagger=dialect_tagger(("gulf",)))


@pytest.mark.parametrize("dialects", [None, ("levantine",), ()])
def test_build_with_dialects_analyses_each_article_once(monkeypatch, dialects):
    import timeline.document
    import timeline.pipeline
    import timeline.temporal

    calls = []
    real = timeline.document.analyse

    def counting(*args, **kwargs):
        calls.append(args[1] if len(args) > 1 else kwargs.get("doc"))
        return real(*args, **kwargs)

    for module in (timeline.document, timeline.pipeline, timeline.temporal):
        monkeypatch.setattr(module, "analyse", counting)
    timeline.build([ARTICLE, {**ARTICLE, "id": "m2"}], dialects=dialects)
    assert sorted(calls) == ["m1", "m2"]


@pytest.mark.parametrize(("flag", "january"), [
    ([], True), (["--dialects", "all"], True), (["--dialects", "maghrebi,levantine"], True),
    (["--dialects", "levantine"], False), (["--dialects", "none"], False)])
def test_cli_tag_takes_dialects(tmp_path: Path, flag, january):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(ARTICLE, ensure_ascii=False) + "\n", encoding="utf-8")
    done = run("tag", str(path), "--no-progress", *flag)
    assert done.returncode == 0, done.stderr
    values = [json.loads(line)["value"] for line in done.stdout.splitlines()]
    assert ("2020-01-12" in values) is january


def test_cli_build_takes_dialects(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(ARTICLE, ensure_ascii=False) + "\n", encoding="utf-8")
    days = {}
    for name in ("all", "levantine"):
        done = run("build", str(path), "--no-progress", "--dialects", name)
        assert done.returncode == 0, done.stderr
        days[name] = {e["earliest"][:10] for e in json.loads(done.stdout)["events"]}
    assert "2020-01-12" in days["all"]
    assert "2020-01-12" not in days["levantine"]


def test_cli_refuses_an_unknown_dialect(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(ARTICLE, ensure_ascii=False) + "\n", encoding="utf-8")
    done = run("tag", str(path), "--dialects", "klingon")
    assert done.returncode == 2
    assert "klingon" in done.stderr and "maghrebi" in done.stderr


@pytest.mark.parametrize(("text", "dct", "region", "value"), [
    ("بعد كمان يومين بيرجع الوفد", "2021-03-15", "levantine", "2021-03-17"),
    ("الماتش يوم التلات الجاي", "2021-03-15", "egyptian", "2021-03-16"),
    ("الأسعار غالية هالأيام", "2021-03-15", "gulf", "PRESENT_REF"),
])
def test_temporal9_spoken_forms_are_read_only_with_their_overlay(text, dct, region, value):
    assert value in _values(tag(text, dct, dialects=(region,)))
    assert value not in _values(tag(text, dct, dialects=("maghrebi",)))


@pytest.mark.parametrize(("text", "dct", "region", "other", "value"), [
    ("وصل أخوي من يومين", "2016-11-07", "levantine", "gulf", "2016-11-05"),
    ("رجع من السفر من أسبوع", "2016-11-07", "egyptian", "maghrebi", "2016-10-31"),
    ("الشغل بيبدأ الساعة تمانية الصبح", "2016-11-07", "egyptian", "gulf", "2016-11-07T08:00"),
    ("السيمانة الجاية نبداو الخدمة", "2016-11-07", "maghrebi", "levantine", "2016-W46"),
    ("بنتقابل كل يوم تلات", "2016-11-07", "egyptian", "maghrebi", "XXXX-WXX-2"),
])
def test_temporal10_spoken_numbers_units_and_ago_are_read_only_with_their_overlay(text, dct, region, other, value):
    assert value in _values(tag(text, dct, dialects=(region,)))
    assert value not in _values(tag(text, dct, dialects=(other,)))
    assert value not in _values(tag(text, dct, dialects=()))
