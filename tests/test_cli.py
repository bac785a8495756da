"""The command line, run in-process (``cli_run.run``: ``main`` with pipes' streams) and, where the
process boundary is what is tested (the module entry point, a real stdin pipe, hash seeds), as a
user would (``python -m timeline``)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from cli_run import run, spawn
from test_export_formats import ARTICLES, TIMELINE

import timeline
from timeline.cli import main
from timeline.io import timeline_to_json
from timeline.model import Timex

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "articles.jsonl"
SEED_TEXT = {r["id"]: r["text"] for r in map(json.loads, SEEDS.read_text(encoding="utf-8").splitlines())}
RECORD_KEYS = ("doc", "start", "end", "text", "type", "value", "earliest", "latest")

GOOD = [
    {"id": "g1", "published": "2020-10-01", "text": "أعلن المتحدث باسم الوزارة أمس الأربعاء أن الهدنة صامدة."},
    {"id": "g2", "published": "2020-10-04T09:00:00+03:00",
     "text": "التقى الوزيران اليوم الأحد في موسكو، بعد اتصال هاتفي يوم 30 سبتمبر."},
]


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def write_jsonl(path: Path, records: list) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)
                              for r in records) + "\n", encoding="utf-8")
    return path


def has_graph() -> bool:
    try:
        from timeline.graph import build  # noqa: F401
    except ImportError:
        return False
    return True


needs_graph = pytest.mark.skipif(not has_graph(), reason="timeline.graph.build not available yet")


# ---------------------------------------------------------------- tag

def test_tag_seeds_contract_shape_and_slices():
    result = spawn("tag", str(SEEDS))  # the module entry point, in a process of its own
    assert result.returncode == 0, result.stderr
    records = jsonl(result.stdout)
    assert records
    docs = list(SEED_TEXT)
    for record in records:
        assert list(record)[:8] == list(RECORD_KEYS)
        assert record["text"] == SEED_TEXT[record["doc"]][record["start"]:record["end"]]
        assert record["type"] in ("DATE", "TIME", "DURATION", "SET")
    # Input order: documents as in the file, spans in text order inside each.
    keys = [(docs.index(r["doc"]), r["start"], r["end"]) for r in records]
    assert keys == sorted(keys)
    assert result.stdout == result.stdout.encode("utf-8").decode("utf-8")
    assert "\\u" not in result.stdout  # Arabic printed as is


def test_tag_bad_input_reports_on_stderr_and_still_tags_good_articles(tmp_path):
    path = write_jsonl(tmp_path / "mixed.jsonl", [
        GOOD[0], "{not json", {"id": "x1", "published": "2020-02-30", "text": "نص"},
        {"id": "x2", "published": "2020-10-01"}, GOOD[1], GOOD[0]])
    result = run("tag", str(path))
    assert result.returncode == 1
    errors = result.stderr.splitlines()
    assert errors == [
        "timeline: line 2, article ?: malformed JSON: Expecting property name enclosed in double quotes "
        "at column 2",
        "timeline: line 3, article 'x1', field 'published': invalid date '2020-02-30': "
        "day is out of range for month",
        "timeline: line 4, article 'x2', field 'text': missing text",
        "timeline: line 6, article 'g1', field 'id': duplicate article id (first seen on line 1)",
    ]
    good = run("tag", str(write_jsonl(tmp_path / "good.jsonl", GOOD)))
    assert good.returncode == 0 and good.stdout
    assert result.stdout == good.stdout


def test_tag_stdin_dash_and_no_argument_match_the_file(tmp_path):
    path = write_jsonl(tmp_path / "good.jsonl", GOOD)
    expected = run("tag", str(path)).stdout
    assert expected
    text = path.read_text(encoding="utf-8")
    assert run("tag", "-", stdin=text).stdout == expected
    assert run("tag", stdin=text).stdout == expected
    assert spawn("tag", stdin=text).stdout == expected  # a real pipe


def test_tag_output_file_and_formats(tmp_path):
    path = write_jsonl(tmp_path / "good.jsonl", GOOD)
    expected = run("tag", str(path)).stdout
    out = tmp_path / "tags.jsonl"
    result = run("tag", str(path), "--output", str(out))
    assert result.returncode == 0 and result.stdout == ""
    assert out.read_text(encoding="utf-8") == expected

    as_json = run("tag", str(path), "--format", "json")
    assert json.loads(as_json.stdout) == jsonl(expected)

    as_xml = run("tag", str(path), "--format", "timeml")
    root = ET.fromstring(as_xml.stdout.encode("utf-8"))
    texts = {g["id"]: g["text"] for g in GOOD}
    for doc in root.findall("TimeML"):
        body = doc.find("TEXT")
        assert "".join(body.itertext()) == texts[doc.findtext("DOCID")]
        found = ["".join(t.itertext()) for t in body.iter("TIMEX3")]
        assert found == [r["text"] for r in jsonl(expected) if r["doc"] == doc.findtext("DOCID")]


def test_tag_prefer_future_changes_a_bare_weekday(tmp_path):
    path = write_jsonl(tmp_path / "w.jsonl", [
        {"id": "w", "published": "2020-10-01", "text": "عقد المجلس اجتماعه الاثنين."}])
    past = jsonl(run("tag", str(path)).stdout)
    future = jsonl(run("tag", str(path), "--prefer", "future").stdout)
    if not past:
        pytest.skip("the tagger does not find a bare weekday yet")
    assert past[0]["value"] != future[0]["value"]


def test_tag_jobs_output_identical_to_one_job(tmp_path):
    records = [dict(GOOD[i % 2], id=f"a{i}") for i in range(60)]
    path = write_jsonl(tmp_path / "many.jsonl", records[:30] + ["{bad"] + records[30:])
    one = run("tag", str(path), "--jobs", "1")
    two = run("tag", str(path), "--jobs", "2")
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout and one.stdout
    assert one.stderr == two.stderr


def test_dateline_dct_adds_a_warning(tmp_path):
    from timeline.temporal import find_dateline

    text = "موسكو - 4 أكتوبر 2020 (رويترز) - قال المتحدث أمس إن المحادثات ستستأنف."
    if find_dateline(text) is None:
        pytest.skip("dateline form not recognized by the tagger yet")
    path = write_jsonl(tmp_path / "d.jsonl", [{"id": "d", "text": text}])
    result = run("tag", str(path))
    assert result.returncode == 0, result.stderr
    records = jsonl(result.stdout)
    # the library adds the warning; the command line must not add it a second time
    assert records and all(sum("dateline" in w for w in r.get("warnings", ())) == 1 for r in records)


# ---------------------------------------------------------------- in-process main

def test_main_in_process_one_failing_article_does_not_stop_the_rest(tmp_path, monkeypatch, capsys):
    import timeline.temporal as temporal

    real = temporal.tag_article

    def flaky(article, prefer="past"):
        if article.id == "g1":
            raise RuntimeError("boom")
        return real(article, prefer=prefer)

    monkeypatch.setattr(temporal, "tag_article", flaky)
    path = write_jsonl(tmp_path / "good.jsonl", GOOD)
    assert main(["tag", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.err == "timeline: line 1, article 'g1': tagging failed: RuntimeError: boom\n"
    assert {r["doc"] for r in jsonl(captured.out)} == {"g2"}


def test_main_records_match_the_library(tmp_path, capsys):
    path = write_jsonl(tmp_path / "good.jsonl", GOOD)
    assert main(["tag", str(path), "--no-progress"]) == 0
    out = capsys.readouterr()
    expected = [timeline.model.timex_record(t) for a in timeline.io.read_articles(path)
                for t in timeline.tag_article(a)]
    assert jsonl(out.out) == expected
    assert all(isinstance(t, Timex) for t in timeline.tag_article(next(timeline.io.read_articles(path))))
    assert out.err == ""  # no progress bar when stderr is not a terminal


# ---------------------------------------------------------------- usage

def test_version_and_help(capsys):
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"timeline {timeline.__version__}"
    help_text = run("--help")
    assert help_text.returncode == 0
    assert "examples:" in help_text.stdout and "timeline build" in help_text.stdout
    for command in ("tag", "build", "export"):
        sub = run(command, "--help")
        assert sub.returncode == 0 and "--format" in sub.stdout and "example" in sub.stdout
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("timeline ")


@pytest.mark.parametrize("args", [
    ["tag", "--format", "csv"], ["frobnicate"], [], ["tag", "--jobs", "0"], ["tag", "--prefer", "maybe"],
    ["export"],
])
def test_usage_errors_exit_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert "usage:" in result.stderr


def test_missing_input_file_is_a_usage_error_and_writes_nothing(tmp_path):
    out = tmp_path / "out.jsonl"
    result = run("tag", str(tmp_path / "nope.jsonl"), "--output", str(out))
    assert result.returncode == 2
    assert "nope.jsonl" in result.stderr
    assert not out.exists()


# ---------------------------------------------------------------- build

@needs_graph
def test_build_seeds_contract_shape():
    result = run("build", str(SEEDS))
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["events"]
    ids = {e["id"] for e in doc["events"]}
    for event in doc["events"]:
        assert event["type"] in timeline.model.EVENT_TYPES
        for m in event["mentions"]:
            assert m["text"] == SEED_TEXT[m["doc"]][m["start"]:m["end"]]
    for relation in doc["relations"]:
        assert relation["type"] in timeline.model.RELATION_TYPES
        assert {relation["source"], relation["target"]} <= ids
    assert doc["articles"] == list(SEED_TEXT)


@needs_graph
def test_build_jobs_identical_and_formats(tmp_path):
    one = run("build", str(SEEDS))
    two = run("build", str(SEEDS), "--jobs", "2")
    assert one.stdout == two.stdout and one.returncode == two.returncode == 0
    events = json.loads(one.stdout)["events"]
    rows = list(csv.DictReader(io.StringIO(run("build", str(SEEDS), "--format", "csv").stdout.removeprefix("\ufeff"))))
    assert len(rows) == len(events)
    import networkx as nx

    graph_file = tmp_path / "t.graphml"
    assert run("build", str(SEEDS), "--format", "graphml", "-o", str(graph_file)).returncode == 0
    graph = nx.read_graphml(graph_file)
    assert graph.number_of_nodes() == len(events)
    page = run("build", str(SEEDS), "--format", "html").stdout
    assert page.startswith("<!DOCTYPE html>") and 'dir="rtl"' in page
    xml = run("build", str(SEEDS), "--format", "timeml").stdout
    root = ET.fromstring(xml.encode("utf-8"))
    assert len(root.findall("TimeML")) == len(SEED_TEXT)
    tagged_events = {e.get("timelineEvent") for e in root.iter("EVENT")}
    assert tagged_events <= {e["id"] for e in events}


@needs_graph
def test_build_bad_line_still_builds_and_lists_the_problem(tmp_path):
    lines = SEEDS.read_text(encoding="utf-8").splitlines()
    path = write_jsonl(tmp_path / "s.jsonl", [lines[0], '{"id": "zz"}', *lines[1:]])
    result = run("build", str(path))
    assert result.returncode == 1
    assert "timeline: line 2, article 'zz', field 'text': missing text" in result.stderr
    doc = json.loads(result.stdout)
    clean = json.loads(run("build", str(SEEDS)).stdout)
    assert doc["events"] == clean["events"]
    assert doc["problems"][0] == {"article": "zz", "field": "text", "message": "missing text", "line": 2}


# ---------------------------------------------------------------- export

@pytest.fixture
def saved(tmp_path) -> Path:
    path = tmp_path / "timeline.json"
    path.write_text(json.dumps(timeline_to_json(TIMELINE), ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def sample_articles(tmp_path) -> Path:
    return write_jsonl(tmp_path / "sample.jsonl", [
        {"id": a.id, "published": a.published.isoformat(), "text": a.text} for a in ARTICLES])


def test_export_json_is_identity(saved):
    result = run("export", str(saved), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == json.loads(saved.read_text(encoding="utf-8"))


def test_export_csv_and_html(saved, sample_articles):
    rows = list(csv.DictReader(io.StringIO(run("export", str(saved), "--format", "csv").stdout.removeprefix("\ufeff"))))
    assert [r["id"] for r in rows] == [e.id for e in TIMELINE.events]
    page = run("export", str(saved), "--format", "html", "--articles", str(sample_articles)).stdout
    assert "باريس - أكد قصر الإليزيه" in page  # the sentence around a mention, from the article


def test_export_timeml_needs_articles(saved, sample_articles, tmp_path):
    out = tmp_path / "t.xml"
    result = run("export", str(saved), "--format", "timeml", "-o", str(out))
    assert result.returncode == 2 and "--articles" in result.stderr
    assert not out.exists()
    result = run("export", str(saved), "--format", "timeml", "--articles", str(sample_articles))
    assert result.returncode == 0, result.stderr
    root = ET.fromstring(result.stdout.encode("utf-8"))
    assert [d.findtext("DOCID") for d in root.findall("TimeML")] == [a.id for a in ARTICLES]


@needs_graph
def test_export_graphml_reloads_with_same_counts(saved, tmp_path):
    import networkx as nx

    out = tmp_path / "t.graphml"
    assert run("export", str(saved), "--format", "graphml", "-o", str(out)).returncode == 0
    graph = nx.read_graphml(out)
    assert graph.number_of_nodes() == len(TIMELINE.events)
    assert graph.number_of_edges() == len(TIMELINE.relations)


def test_export_rejects_a_non_timeline_document(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"events": [{"type": "call"}]}', encoding="utf-8")
    result = run("export", str(path), "--format", "csv")
    assert result.returncode == 1
    assert "not a timeline JSON document" in result.stderr


def test_progress_line_counts_articles_and_ends_with_a_newline():
    from timeline.cli import Progress

    stream = io.StringIO()
    progress = Progress(stream, enabled=True)
    for _ in range(3):
        progress.step()
    progress.close()
    assert stream.getvalue().endswith("\n")
    assert "3 articles" in stream.getvalue().split("\r")[-1]
    quiet = io.StringIO()
    silent = Progress(quiet, enabled=False)
    silent.step()
    silent.close()
    assert quiet.getvalue() == ""


FORMATS = ("json", "timeml", "html", "csv", "graphml")


@needs_graph
def test_build_output_bytes_do_not_depend_on_hash_seed(tmp_path):
    """One process per hash seed, each building the seeds in every format."""
    script = ("import sys\nfrom timeline.cli import main\n"
              "for fmt in sys.argv[3:]:\n"
              "    assert main(['build', sys.argv[1], '--format', fmt, '-o', f'{sys.argv[2]}/t.{fmt}']) == 0\n")
    outputs = []
    for seed in ("1", "2"):
        folder = tmp_path / seed
        folder.mkdir()
        result = subprocess.run([sys.executable, "-c", script, str(SEEDS), str(folder), *FORMATS],
                                capture_output=True, cwd=ROOT, check=False, env={**os.environ, "PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        outputs.append({fmt: (folder / f"t.{fmt}").read_bytes() for fmt in FORMATS})
    assert all(outputs[0].values())
    assert outputs[0] == outputs[1]
