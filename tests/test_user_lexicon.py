"""Your own language data at run time (issue 11, item 2): a user lexicon adds or overrides
actors, places and triggers without touching the package, passed down (no global state);
a schema error names the file, the key and the line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import timeline
from timeline.cli import main
from timeline.events.lexicon import LEXICON
from timeline.io import render_html
from timeline.user_lexicon import LexiconError, load_lexicon, read_user_lexicon

HAMA = Path(__file__).resolve().parent / "fixtures" / "lexicon" / "hama.json"
TEXT = ("حماة - قال مصدر محلي إن مقاتلي لواء الفجر هاجموا أمس الثلاثاء قرية تل القصر، "
        "فيما قصفت طائرات حربية بلدة كفر رومة صباح اليوم.")
ARTICLE = timeline.Article("h1", TEXT, dt.datetime(2024, 3, 6))


def facts(tl: timeline.Timeline) -> list[tuple]:
    # the strikes; the local source's saying is an event of its own (dating round 5)
    return sorted((e.type, e.earliest.date().isoformat(), tuple(a.name for a in e.participants), e.place)
                  for e in tl.events if e.type != "statement")


def test_a_new_armed_group_and_two_villages():
    plain = timeline.build([ARTICLE])
    mine = timeline.build([ARTICLE], lexicon=HAMA)
    assert "liwa_al_fajr" not in {a.key for e in plain.events for a in e.participants}
    assert facts(mine) == [("strike", "2024-03-05", ("لواء الفجر",), "tell_qasr"),
                           ("strike", "2024-03-06", (), "kafr_ruma")]
    assert {e.theatre for e in mine.events if e.type != "statement"} == {"syria"}  # the villages lie in Syria
    # the same data given as a mapping, and compiled once for several builds
    assert facts(timeline.build([ARTICLE], lexicon=json.loads(HAMA.read_text(encoding="utf-8")))) == facts(mine)
    compiled = load_lexicon([HAMA])
    assert load_lexicon([HAMA]) is compiled
    assert facts(timeline.build([ARTICLE], lexicon=compiled)) == facts(mine)


def test_no_global_state_changes():
    before = (LEXICON.names.get("liwa_al_fajr"), len(LEXICON.place_names))
    timeline.build([ARTICLE], lexicon=HAMA)
    assert (LEXICON.names.get("liwa_al_fajr"), len(LEXICON.place_names)) == before == (None, before[1])
    assert facts(timeline.build([ARTICLE])) != facts(timeline.build([ARTICLE], lexicon=HAMA))
    assert timeline.events.lexicon.LEXICON is LEXICON


def test_an_entry_with_a_known_key_overrides_the_package():
    kremlin = {"actors": {"organizations": [{"key": "kremlin", "name": "الرئاسة الروسية", "kind": "organization",
                                             "forms": ["الكرملين", "قصر الكرملين"]}]}}
    article = timeline.Article("k", "أعلن الكرملين أمس الأربعاء أن الرئيس سيزور أنقرة.", dt.datetime(2020, 10, 1))
    names = {a.name for e in timeline.build([article], lexicon=kremlin).events for a in e.participants}
    assert "الرئاسة الروسية" in names
    assert "الرئاسة الروسية" not in {a.name for e in timeline.build([article]).events for a in e.participants}


def test_an_entry_overrides_the_gazetteer_too():
    putin = {"actors": {"persons": [{"key": "putin", "name": "الرئيس بوتين", "forms": ["بوتين"], "roles": []}]}}
    article = timeline.Article("p", "أجرى بوتين اتصالا هاتفيا مع ماكرون أمس الأربعاء.", dt.datetime(2020, 10, 1))
    names = {a.key: a.name for e in timeline.build([article], lexicon=putin).events for a in e.participants}
    assert names["putin"] == "الرئيس بوتين"
    assert {a.key: a.name for e in timeline.build([article]).events for a in e.participants}["putin"] != "الرئيس بوتين"


def test_a_users_person_is_named_by_the_family_name_after_a_title():
    """A title before the one word that ends only a user's person's name names that person
    ("نائب أمينه العام الشيخ قاسم" -> naim_qassem for the package's): the family names are read
    from the lexicon the text is read with, not from the package's alone."""
    mine = {"actors": {"persons": [{"key": "zarrouk", "name": "سامر زروقي", "forms": ["سامر زروقي"], "roles": []}]}}
    article = timeline.Article("z", "وقال المتحدث باسم الحزب زروقي إن المحادثات مستمرة.", dt.datetime(2020, 10, 1))
    keys = {a.key for e in timeline.build([article], lexicon=mine).events for a in e.participants}
    assert "zarrouk" in keys
    assert "zarrouk" not in {a.key for e in timeline.build([article]).events for a in e.participants}


def test_a_new_trigger():
    vote = {"triggers": {"entries": [{"type": "other", "subtype": "election", "pos": "noun", "suffixes": "noun",
                                      "confidence": 0.8, "forms": ["استفتاء شعبي"]}]}}
    article = timeline.Article("v", "جرى استفتاء شعبي أمس الأربعاء في المدينة.", dt.datetime(2020, 10, 1))
    assert ("other", "election") in {(e.type, e.subtype) for e in timeline.build([article], lexicon=vote).events}


def test_merging_uses_the_users_places():
    second = timeline.Article("h2", "دمشق - هاجم مسلحون أمس الثلاثاء قرية في ريف حماة بسوريا.", dt.datetime(2024, 3, 6))
    merged = timeline.build([ARTICLE, second], lexicon=HAMA)
    attack = [e for e in merged.events if e.subtype == "attack"]
    assert len(attack) == 1 and {m.doc for m in attack[0].mentions} == {"h1", "h2"}


def test_the_page_names_the_users_places():
    tl = timeline.build([ARTICLE], lexicon=HAMA)
    assert "تل القصر" in render_html(tl, [ARTICLE], lexicon=HAMA).split('id="timeline-data">')[1]


@pytest.mark.parametrize(("content", "path", "line", "message"), [
    ('{\n "places": {"places": [\n  {"key": "x", "name": "س", "kind": "village", "in": "syria",\n'
     '   "forms": ["س"], "kindd": 1}\n ]}\n}\n', ("places", "places", 0, "kindd"), 4, "unknown key 'kindd'"),
    ('{\n "actors": {\n  "organizations": [\n   {"key": "g", "name": "ج", "kind": 5, "forms": ["ج"]}\n  ]\n }\n}\n',
     ("actors", "organizations", 0, "kind"), 4, "is not of type 'string'"),
    ('{\n "actors": {},\n "villages": []\n}\n', ("villages",), 3, "unknown section"),
    ('{\n "places": {"places": [\n  {"key": "x", "forms": []}\n ]}\n}\n', ("places", "places", 0), 3, "required"),
    ('{\n "places": {\n  "places": [,]\n }\n}\n', (), 3, "malformed JSON"),
])
def test_schema_errors_name_the_file_the_key_and_the_line(tmp_path, content, path, line, message):
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        read_user_lexicon(bad)
    error = caught.value
    assert (error.file, error.path, error.line) == (str(bad), path, line)
    assert message in str(error) and str(bad) in str(error) and f"line {line}" in str(error)


def test_the_command_line_takes_several_lexicon_files(tmp_path, capsys):
    data = json.loads(HAMA.read_text(encoding="utf-8"))
    (tmp_path / "group.json").write_text(json.dumps({"actors": data["actors"]}, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "villages.json").write_text(json.dumps({"places": data["places"]}, ensure_ascii=False),
                                            encoding="utf-8")
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "h1", "published": "2024-03-06", "text": TEXT}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        status = main(["build", str(source), "--lexicon", str(tmp_path / "group.json"),
                       "--lexicon", str(tmp_path / "villages.json"), "--jobs", jobs])
        out, err = capsys.readouterr()
        assert status == 0, err
        outputs.append(out)
    assert outputs[0] == outputs[1]
    places = {e["place"] for e in json.loads(outputs[0])["events"] if e["type"] != "statement"}
    assert places == {"tell_qasr", "kafr_ruma"}
    bad = tmp_path / "bad.json"
    bad.write_text('{"places": {"places": [{"key": 1}]}}', encoding="utf-8")
    status = main(["build", str(source), "--lexicon", str(bad)])
    _, err = capsys.readouterr()
    assert status == 2 and f"--lexicon {bad}: line 1: places.places[0]" in err


# -- month spellings (the "months" section): the tagger reads them as the package's own --------------

MONTHS = {"months": {"gregorian": {"جانفييه": 1}, "hijri": {"رجب الأصب": 7}}}
TRUCE = timeline.Article("m1", "وقع الطرفان اتفاقا لوقف إطلاق النار في الخرطوم في 12 جانفييه الماضي.",
                         dt.datetime(2021, 3, 10))


def ceasefire_days(tl: timeline.Timeline) -> list[tuple[str, str] | None]:
    return [(e.earliest.date().isoformat(), e.latest.date().isoformat()) if e.earliest else None
            for e in tl.events if e.type == "ceasefire"]


def test_a_users_month_spelling_dates_the_event():
    assert ceasefire_days(timeline.build([TRUCE], lexicon=MONTHS)) == [("2021-01-12", "2021-01-12")]
    assert ceasefire_days(timeline.build([TRUCE])) != [("2021-01-12", "2021-01-12")]  # unknown word to the package


def test_a_users_month_spelling_takes_clitics_and_multi_word_names():
    from timeline.temporal import tag

    vocabulary = load_lexicon([MONTHS]).temporal
    text = "ارتفعت الأسعار خلال ديسمبر 2019 وجانفييه 2020، ثم عاد في الخامس من رجب الأصب 1442 هـ."
    found = {t.text: t.value for t in tag(text, "2021-03-10", vocabulary=vocabulary)}
    assert found["وجانفييه 2020"] == "2020-01"
    assert found["الخامس من رجب الأصب 1442 هـ"] == "2021-02-17"  # the whole name, with its year and era
    plain = {t.text: t.value for t in tag(text, "2021-03-10")}
    assert "2020-01" not in plain.values() and "الخامس من رجب الأصب 1442 هـ" not in plain


def test_a_context_month_spelling_needs_a_day_or_a_year():
    from timeline.temporal import tag

    vocabulary = load_lexicon([{"months": {"gregorian": {"سابع": 7}, "context": ["سابع"]}}]).temporal
    assert [t.value for t in tag("في 4 سابع 2020", "2021-03-10", vocabulary=vocabulary)] == ["2020-07-04"]
    assert tag("جاء في المركز السابع والسابع عشر", "2021-03-10", vocabulary=vocabulary) == \
        tag("جاء في المركز السابع والسابع عشر", "2021-03-10")


def test_month_spellings_change_nothing_global():
    from timeline.temporal import tag
    from timeline.temporal.vocabulary import PACKAGE

    forms = len(PACKAGE.roles)
    timeline.build([TRUCE], lexicon=MONTHS)
    assert len(PACKAGE.roles) == forms and "جانفييه" not in PACKAGE.roles
    assert [t.value for t in tag(TRUCE.text, TRUCE.published)] != ["2021-01-12"]


@pytest.mark.parametrize(("content", "path", "line", "message"), [
    ('{\n "months": {\n  "gregorian": {"جانفييه": 13}\n }\n}\n', ("months", "gregorian", "جانفييه"), 3,
     "13 is greater than the maximum of 12"),
    ('{\n "months": {\n  "julian": {"x": 1}\n }\n}\n', ("months", "julian"), 3, "unknown key 'julian'"),
])
def test_month_schema_errors_name_the_file_the_key_and_the_line(tmp_path, content, path, line, message):
    bad = tmp_path / "months.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        read_user_lexicon(bad)
    assert (caught.value.path, caught.value.line) == (path, line)
    assert message in str(caught.value)


def test_the_command_line_reads_month_spellings(tmp_path, capsys):
    (tmp_path / "months.json").write_text(json.dumps(MONTHS, ensure_ascii=False), encoding="utf-8")
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "m1", "published": "2021-03-10", "text": TRUCE.text}, ensure_ascii=False)
                      + "\n", encoding="utf-8")
    outs = []
    for jobs in ("1", "2"):
        assert main(["build", str(source), "--lexicon", str(tmp_path / "months.json"), "--jobs", jobs]) == 0
        outs.append(capsys.readouterr().out)
    assert outs[0] == outs[1]
    events = [e for e in json.loads(outs[0])["events"] if e["type"] == "ceasefire"]
    assert [e["earliest"][:10] for e in events] == ["2021-01-12"]


def test_tag_on_the_command_line_reads_month_spellings(tmp_path, capsys):
    (tmp_path / "months.json").write_text(json.dumps(MONTHS, ensure_ascii=False), encoding="utf-8")
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "m1", "published": "2021-03-10", "text": TRUCE.text}, ensure_ascii=False)
                      + "\n", encoding="utf-8")
    assert main(["tag", str(source)]) == 0
    plain = [json.loads(line)["value"] for line in capsys.readouterr().out.splitlines()]
    assert main(["tag", str(source), "--lexicon", str(tmp_path / "months.json"), "--jobs", "2"]) == 0
    mine = [json.loads(line)["value"] for line in capsys.readouterr().out.splitlines()]
    assert "2021-01-12" in mine and "2021-01-12" not in plain
