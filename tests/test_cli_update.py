"""``timeline build --update``: adding articles to a saved timeline equals building them all."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_run import run

from timeline.incremental import SKIPPED, records_path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "articles.jsonl"
LINES = SEEDS.read_text(encoding="utf-8").splitlines()


@pytest.fixture
def halves(tmp_path) -> tuple[Path, Path]:
    """The seeds split in two inputs, so that events of B join events of A."""
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("\n".join(LINES[:3]) + "\n", encoding="utf-8")
    b.write_text("\n".join(LINES[3:]) + "\n", encoding="utf-8")
    return a, b


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def content(event: dict) -> str:
    return json.dumps({k: v for k, v in event.items() if k != "id"}, sort_keys=True, ensure_ascii=False)


def mentions(event: dict) -> set[tuple]:
    return {(m["doc"], m["start"], m["end"]) for m in event["mentions"]}


def test_update_equals_a_full_build_and_keeps_saved_ids(tmp_path, halves):
    a, b = halves
    saved = tmp_path / "t.json"
    first = run("build", "--update", str(saved), str(a), "-o", str(saved))
    assert first.returncode == 0, first.stderr
    assert first.stdout == "" and records_path(saved).exists()
    old = load(saved)
    second = run("build", "--update", str(saved), str(b), "--format", "json")
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout) == load(saved)  # printed and saved alike
    updated = load(saved)
    full = json.loads(run("build", str(a), str(b)).stdout)

    # events and their mentions, dates, participants: those of the full build
    assert sorted(map(content, updated["events"])) == sorted(map(content, full["events"]))
    assert updated["articles"] == full["articles"]
    assert any(len({m["doc"] for m in e["mentions"]}) > 1 and mentions(e) & set().union(*map(mentions, old["events"]))
               and mentions(e) - set().union(*map(mentions, old["events"])) for e in updated["events"])

    # id policy: a saved id stays on the event holding most of its mentions; events with no
    # saved mention get the full build's content-hash id
    by_id = {e["id"]: e for e in updated["events"]}
    assert len(by_id) == len(updated["events"])
    old_mentions = set().union(*map(mentions, old["events"]))
    full_ids = {content(e): e["id"] for e in full["events"]}
    for event in updated["events"]:
        if not mentions(event) & old_mentions:
            assert event["id"] == full_ids[content(event)]
    for event in old["events"]:
        if event["id"] in by_id:
            held = len(mentions(event) & mentions(by_id[event["id"]]))
            assert held == max(len(mentions(event) & mentions(e)) for e in updated["events"]) > 0
        else:  # merged into an event that kept another saved id
            owners = [e for e in updated["events"] if mentions(event) & mentions(e)]
            assert owners and all(e["id"] in {o["id"] for o in old["events"]} for e in owners)

    # relations: the full build's, up to the renaming
    to_full = {e["id"]: full_ids[content(e)] for e in updated["events"]}
    assert ({(to_full[r["source"]], to_full[r["target"]], r["type"]) for r in updated["relations"]}
            == {(r["source"], r["target"], r["type"]) for r in full["relations"]})


def test_readding_saved_articles_is_skipped_with_a_problem(tmp_path, halves):
    a, b = halves
    saved = tmp_path / "t.json"
    assert run("build", "--update", str(saved), str(a), "-o", str(saved)).returncode == 0
    before = load(saved)
    again = run("build", "--update", str(saved), str(a), str(b), "--format", "csv")
    assert again.returncode == 1
    skipped = {json.loads(line)["id"] for line in LINES[:3]}
    reported = [line for line in again.stderr.splitlines() if SKIPPED in line]
    assert len(reported) == len(skipped) and all(any(f"'{i}'" in r for r in reported) for i in skipped)
    after = load(saved)
    assert after["articles"] == before["articles"] + [json.loads(line)["id"] for line in LINES[3:]]
    rows = list(csv.DictReader(io.StringIO(again.stdout.removeprefix("\ufeff"))))
    assert [r["id"] for r in rows] == [e["id"] for e in after["events"]]
    # the problems stay in the saved file but are not reported again by the next run
    assert {p["article"] for p in after["problems"]} == skipped
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    quiet = run("build", "--update", str(saved), str(empty), "--format", "csv")
    assert quiet.returncode == 0 and quiet.stderr == "timeline: warning: no articles in the input (it is empty or blank)\n"


def test_without_records_the_update_warns_and_still_adds(tmp_path, halves):
    a, b = halves
    plain = tmp_path / "plain.json"
    assert run("build", str(a), "-o", str(plain)).returncode == 0
    result = run("build", "--update", str(plain), "-", "-o", str(tmp_path / "out.json"),
                 stdin=b.read_text(encoding="utf-8"))
    assert result.returncode == 0
    assert "timeline: warning:" in result.stderr and "units" in result.stderr
    out = load(tmp_path / "out.json")
    assert out["articles"] == [json.loads(line)["id"] for line in LINES]
    saved = load(plain)["events"]
    for event in saved:  # a unit is never split
        assert any(mentions(event) <= mentions(e) for e in out["events"])
    assert len(out["events"]) > len(saved)
    assert load(plain)["articles"] == [json.loads(line)["id"] for line in LINES[:3]]  # -o: saved untouched


def test_update_bad_line_is_reported_with_the_rest_added(tmp_path, halves):
    a, _ = halves
    bad = tmp_path / "bad.jsonl"
    bad.write_text(LINES[3] + '\n{"id": "zz"}\n', encoding="utf-8")
    saved = tmp_path / "t.json"
    run("build", "--update", str(saved), str(a), "-o", str(saved))
    result = run("build", "--update", str(saved), str(bad), "-o", str(saved))
    assert result.returncode == 1
    assert "article 'zz', field 'text': missing text" in result.stderr
    assert json.loads(LINES[3])["id"] in load(saved)["articles"]


@pytest.mark.parametrize("fmt", ["html", "timeml"])
def test_update_refuses_formats_that_need_every_text(tmp_path, halves, fmt):
    a, _ = halves
    saved = tmp_path / "t.json"
    result = run("build", "--update", str(saved), str(a), "--format", fmt)
    assert result.returncode == 2 and "timeline export" in result.stderr
    assert not saved.exists()


def test_update_of_a_broken_saved_file_is_reported(tmp_path, halves):
    a, _ = halves
    saved = tmp_path / "t.json"
    saved.write_text("[1, 2", encoding="utf-8")
    result = run("build", "--update", str(saved), str(a))
    assert result.returncode == 1 and "not a timeline JSON document" in result.stderr
    assert saved.read_text(encoding="utf-8") == "[1, 2"
