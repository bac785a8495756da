"""Exports people load elsewhere (issue 11, item 5): CSV for spreadsheets (byte-order mark,
warnings, relations and mentions files) and TimelineJS JSON checked against its documented
structure."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from pathlib import Path

import attrs
import jsonschema
import pytest
from test_export_formats import ARTICLES, TIMELINE

from timeline.cli import main
from timeline.io import timeline_to_json, timelinejs_document, write_csv, write_relations_csv
from timeline.io.events_csv import csv_value
from timeline.model import Event, Mention, Relation, Timeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "articles.jsonl"
SCHEMA = json.loads((ROOT / "tests" / "fixtures" / "timelinejs.schema.json").read_text(encoding="utf-8"))


def call(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def saved(tmp_path: Path, timeline: Timeline = TIMELINE) -> Path:
    path = tmp_path / "t.json"
    path.write_text(json.dumps(timeline_to_json(timeline), ensure_ascii=False), encoding="utf-8")
    return path


# ---------------------------------------------------------------- CSV

def test_the_command_line_writes_a_byte_order_mark_unless_told_not_to(tmp_path, capsys):
    out = tmp_path / "events.csv"
    assert call(capsys, "export", str(saved(tmp_path)), "--format", "csv", "-o", str(out))[0] == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf\"id\"")  # Excel reads UTF-8 Arabic only with it
    assert raw.count(b"\xef\xbb\xbf") == 1
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert [r["id"] for r in rows] == [e.id for e in TIMELINE.events]
    status, stdout, _ = call(capsys, "export", str(saved(tmp_path)), "--format", "csv")
    assert status == 0 and stdout.startswith("\ufeff")
    assert call(capsys, "export", str(saved(tmp_path)), "--format", "csv", "--no-bom", "-o", str(out))[0] == 0
    assert out.read_bytes().startswith(b"\"id\"")


def test_csv_carries_warnings(tmp_path):
    warned = attrs.evolve(TIMELINE.events[0], warnings=("planned", "undated"))
    out = io.StringIO()
    write_csv(Timeline(events=(warned,)), out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["warnings"] == "planned; undated"


def test_relations_and_mentions_files_beside_the_events(tmp_path, capsys):
    out = tmp_path / "events.csv"
    assert call(capsys, "export", str(saved(tmp_path)), "--format", "csv", "-o", str(out))[0] == 0
    relations = list(csv.DictReader(io.StringIO((tmp_path / "events.relations.csv").read_text("utf-8-sig"))))
    assert [(r["source"], r["target"], r["type"]) for r in relations] == \
        [(r.source, r.target, r.type) for r in TIMELINE.relations]
    textual = [r for r in TIMELINE.relations if r.evidence]
    assert textual and any(r["evidence"] == " ".join(f"{m.doc}:{m.start}-{m.end}" for m in textual[0].evidence)
                           for r in relations)
    mentions = list(csv.DictReader(io.StringIO((tmp_path / "events.mentions.csv").read_text("utf-8-sig"))))
    expected = [(e.id, m.doc, str(m.start), str(m.end), m.text) for e in TIMELINE.events for m in e.mentions]
    assert [(r["event"], r["doc"], r["start"], r["end"], r["text"]) for r in mentions] == expected


def test_relations_file_cells_run_nothing():
    hostile = Timeline(relations=(Relation("=1+1", "@SUM(A1)", "BEFORE", "text", (Mention("-doc", 0, 1, "x"),)),))
    out = io.StringIO()
    write_relations_csv(hostile, out)
    (row,) = list(csv.reader(io.StringIO(out.getvalue())))[1:]
    assert row[:2] == ["'=1+1", "'@SUM(A1)"] and row[4] == "'-doc:0-1"
    assert [csv_value(c) for c in row[:2]] == ["=1+1", "@SUM(A1)"]


# ---------------------------------------------------------------- TimelineJS

def test_timelinejs_follows_the_documented_structure():
    document = timelinejs_document(TIMELINE, ARTICLES, title="عنوان")
    jsonschema.validate(document, SCHEMA)
    dated = [e for e in TIMELINE.events if e.earliest is not None]
    assert [s["unique_id"] for s in document["events"]] == [e.id for e in dated]
    assert document["title"]["text"]["headline"] == "عنوان"
    call = next(s for s in document["events"] if s["unique_id"] == "e2")
    assert call["start_date"] == {"year": 2020, "month": 9, "day": 30} and "end_date" not in call
    assert call["group"] == "اتصال"
    # every source: article id, offsets, and the sentence with its trigger in bold
    assert call["text"]["text"].count("<li>") == 2 and "<b>مكالمة هاتفية</b>" in call["text"]["text"]
    assert "باريس - أكد قصر الإليزيه" in call["text"]["text"]
    ranged = next(s for s in document["events"] if "end_date" in s)
    assert ranged["start_date"] != ranged["end_date"]


def test_timelinejs_escapes_markup_and_counts_undated_events():
    nasty = Event(id="x", type="other", earliest=TIMELINE.events[0].earliest, latest=TIMELINE.events[0].latest,
                  place="<img src=x onerror=alert(1)>", mentions=(Mention("d", 0, 8, "<script>"),))
    undated = Event(id="u", type="call", mentions=(Mention("d", 0, 1, "x"),))
    document = timelinejs_document(Timeline(events=(nasty, undated)), title="<b>t</b>")
    jsonschema.validate(document, SCHEMA)
    text = json.dumps(document, ensure_ascii=False)
    assert "<img" not in text and "<script>" not in text and "<b>t</b>" not in text
    assert [s["unique_id"] for s in document["events"]] == ["x"]  # no date TimelineJS could place
    assert "(1)" in html.unescape(document["title"]["text"]["text"])


def test_timelinejs_from_the_command_line(tmp_path, capsys):
    out = tmp_path / "t.json"
    status, _, err = call(capsys, "build", str(SEEDS), "--format", "timelinejs", "-o", str(out))
    assert status == 0, err
    document = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(document, SCHEMA)
    assert len(document["events"]) > 10
    assert all(re.search(r"<b>[^<]+</b>", s["text"]["text"]) for s in document["events"])


@pytest.mark.parametrize("fmt", ["timelinejs", "csv"])
def test_new_formats_are_offered_by_export(tmp_path, capsys, fmt):
    status, out, _ = call(capsys, "export", str(saved(tmp_path)), "--format", fmt)
    assert status == 0 and out
