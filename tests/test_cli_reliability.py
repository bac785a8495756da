"""The command line loses nothing and never leaves a half-written file (issue 8, part B).

Each test is one reproducer of the issue, run as a user would; most run ``main`` in-process
(fast), the interruption and the crash in a child process.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.incremental import records_path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "articles.jsonl"
LINES = SEEDS.read_text(encoding="utf-8").splitlines()
GOOD = {"id": "g1", "published": "2020-10-01", "text": "أعلن المتحدث باسم الوزارة أمس الأربعاء أن الهدنة صامدة."}


def record(**fields) -> str:
    return json.dumps({**GOOD, **fields})  # ASCII: a lone surrogate is written as its \\u escape


def write(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def call(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# ---------------------------------------------------------------- outputs: whole or not at all

def _default_signals() -> None:
    # A run started in the background or under nohup inherits ignored SIGINT/SIGHUP, and the
    # command line rightly keeps an ignored signal ignored; the child must see the defaults.
    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, signal.SIG_DFL)


@pytest.mark.parametrize(("signum", "jobs", "status"), [
    (signal.SIGINT, 1, 130),
    (signal.SIGTERM, 1, 143),  # a service manager or `kill`: the temporary file used to stay behind
    (signal.SIGTERM, 2, 143),  # with workers: the queued chunks are cancelled, not awaited
    (signal.SIGHUP, 1, 129),   # the terminal closed
])
def test_a_stopped_build_leaves_the_old_output_and_no_temporary_file(tmp_path, signum, jobs, status):
    many = write(tmp_path / "many.jsonl", *(json.dumps({**json.loads(LINES[i % len(LINES)]), "id": f"a{i}"},
                                                       ensure_ascii=False) for i in range(4000)))
    out = tmp_path / "timeline.json"
    out.write_text("the good old timeline\n", encoding="utf-8")
    # the child's messages go to a file, not a pipe nobody reads while it runs: a full pipe
    # would block it before its output is opened
    log = tmp_path / "stderr.txt"
    with log.open("wb") as err:
        child = subprocess.Popen([sys.executable, "-m", "timeline", "build", str(many), "-o", str(out),
                                  "--jobs", str(jobs)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err,
                                 preexec_fn=_default_signals)
    # Big enough that no machine finishes it before the signal; generous waits for loaded ones.
    deadline = time.monotonic() + 180
    while not leftovers(tmp_path) and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.05)  # until the temporary output exists: the run is under way
    assert child.poll() is None, ("the build ended before it could be stopped", child.returncode,
                                  log.read_text("utf-8", "replace")[-2000:])
    time.sleep(0.5)
    child.send_signal(signum)
    child.wait(timeout=180)
    assert child.returncode == status, log.read_text("utf-8", "replace")
    assert out.read_text(encoding="utf-8") == "the good old timeline\n"  # was a 0-byte file
    assert leftovers(tmp_path) == []


def test_signal_handlers_are_restored_after_main(tmp_path, capsys):
    """``main`` called in-process (a notebook, a test) leaves the caller's signal handlers as they were."""
    before = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    source = write(tmp_path / "a.jsonl", record())
    assert call(capsys, "tag", str(source))[0] == 0
    assert {s: signal.getsignal(s) for s in before} == before


def test_a_crash_leaves_the_old_output_and_exits_3(tmp_path, monkeypatch, capsys):
    import timeline.cli_commands as commands

    def broken(timeline, fmt, out, *rest):
        out.write("half a timeline")
        raise RuntimeError("boom")

    monkeypatch.setattr(commands, "_write_timeline", broken)
    source = write(tmp_path / "a.jsonl", record())
    out = tmp_path / "t.json"
    out.write_text("old\n", encoding="utf-8")
    status, _, err = call(capsys, "build", str(source), "-o", str(out))
    assert status == 3 and "internal error" in err and "RuntimeError: boom" in err  # was 1, like bad records
    assert out.read_text(encoding="utf-8") == "old\n" and leftovers(tmp_path) == []


def test_update_never_writes_through_a_planted_temporary_symlink(tmp_path, capsys):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    saved = tmp_path / "s.json"
    for name in (f"{saved}.tmp", f"{records_path(saved)}.tmp"):  # the old fixed temporary names
        os.symlink(victim, name)
    status, _, _ = call(capsys, "build", "--update", str(saved), str(write(tmp_path / "a.jsonl", record())),
                        "-o", str(saved))
    assert status == 0 and victim.read_text(encoding="utf-8") == "precious\n"
    assert json.loads(saved.read_text(encoding="utf-8"))["articles"] == ["g1"]


def test_an_existing_output_keeps_its_permissions(tmp_path, capsys):
    source = write(tmp_path / "a.jsonl", record())
    out = tmp_path / "t.json"
    out.write_text("", encoding="utf-8")
    os.chmod(out, 0o640)
    assert call(capsys, "build", str(source), "-o", str(out))[0] == 0
    assert (out.stat().st_mode & 0o777) == 0o640 and json.loads(out.read_text(encoding="utf-8"))["articles"]


@pytest.mark.parametrize("case", ["build", "export", "update-csv", "update-input", "tag", "link"])
def test_an_output_that_is_an_input_is_refused(tmp_path, capsys, case):
    source = write(tmp_path / "a.jsonl", record())
    saved = tmp_path / "s.json"
    assert call(capsys, "build", "--update", str(saved), str(source), "-o", str(saved))[0] == 0
    if case == "link":
        os.symlink(source, tmp_path / "alias.jsonl")
    args, victim = {
        "build": (["build", str(source), "-o", str(source)], source),
        "tag": (["tag", str(source), "-o", str(source)], source),
        "export": (["export", str(saved), "-o", str(saved), "--format", "csv"], saved),
        "update-csv": (["build", "--update", str(saved), str(source), "--format", "csv", "-o", str(saved)], saved),
        "update-input": (["build", "--update", str(saved), str(saved)], saved),
        "link": (["build", str(source), "-o", str(tmp_path / "alias.jsonl")], source),
    }[case]
    before = victim.read_bytes()
    status, _, err = call(capsys, *args)
    assert status == 2 and "timeline: error:" in err
    assert victim.read_bytes() == before


# ---------------------------------------------------------------- input the user meets

def test_records_after_a_first_line_array_are_not_dropped(capsys, monkeypatch):
    # printf '[]\n{"id":"a",...}\n' | timeline tag printed nothing, exit 0
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(("[]\n" + record() + "\n").encode())))
    status, out, err = call(capsys, "tag")
    assert status == 1 and "after the JSON array" in err
    assert [json.loads(line)["doc"] for line in out.splitlines()] == ["g1"]


def test_a_directory_as_input_says_so(tmp_path, capsys):
    status, _, err = call(capsys, "build", str(tmp_path))
    assert status == 2 and "is a directory" in err and "no such file" not in err


def test_an_empty_input_says_so(tmp_path, capsys):
    status, out, err = call(capsys, "build", str(write(tmp_path / "empty.jsonl")))
    assert status == 0 and err == "timeline: warning: no articles in the input (it is empty or blank)\n"
    assert json.loads(out)["articles"] == []


def test_a_bad_line_has_the_whole_json_message(tmp_path, capsys):
    status, _, err = call(capsys, "tag", str(write(tmp_path / "a.jsonl", '{"id": "a\tb"}')))
    assert status == 1 and "Invalid control character at column 10" in err


@pytest.mark.parametrize("fmt", ["json", "csv", "graphml", "html", "timeml", "timelinejs"])
def test_a_lone_surrogate_never_sinks_the_batch(tmp_path, capsys, fmt):
    source = write(tmp_path / "a.jsonl", record(id="s\ud800x"), record(id="t", text="قال\udfff الوزير أمس الأربعاء"),
                   record())
    status, out, err = call(capsys, "build", str(source), "--format", fmt)
    assert status == 1 and out.encode("utf-8")
    assert "line 1, article 's\ufffdx', field 'id'" in err and "line 2, article 't', field 'text'" in err
    if fmt == "json":
        assert json.loads(out)["articles"] == ["t", "g1"]
    status, out, err = call(capsys, "tag", str(source))
    assert status == 1 and {json.loads(line)["doc"] for line in out.splitlines()} == {"t", "g1"}


def test_an_integer_of_5000_digits_is_one_problem(tmp_path, capsys):
    source = write(tmp_path / "a.jsonl", record(id="big")[:-1] + ', "n": ' + "9" * 5000 + "}", record())
    status, out, err = call(capsys, "build", str(source))
    assert status == 1 and "line 1" in err and "5000 digits" in err
    assert json.loads(out)["articles"] == ["g1"]


# ---------------------------------------------------------------- export

@pytest.mark.parametrize(("edit", "path"), [
    (lambda d: d["events"][0].update(id=None), "events[0].id: expected a string, got null"),
    (lambda d: d["events"][0]["mentions"][0].update(start="3"), "events[0].mentions[0].start: expected an integer"),
    (lambda d: d["events"][0]["mentions"][0].update(end=1.5), "events[0].mentions[0].end: expected an integer"),
    (lambda d: d["events"][0]["mentions"][0].update(doc=5), "events[0].mentions[0].doc: expected a string"),
    (lambda d: d["relations"].append({"source": "x", "target": None, "type": "BEFORE"}),
     "target: expected a string, got null"),
    (lambda d: d.update(events={}), "events: expected an array, got object"),
])
@pytest.mark.parametrize("fmt", ["json", "csv", "graphml", "html", "timelinejs"])
def test_export_of_a_hand_edited_timeline_names_the_bad_field(tmp_path, capsys, edit, path, fmt):
    saved = tmp_path / "t.json"
    assert call(capsys, "build", str(SEEDS), "-o", str(saved))[0] == 0
    document = json.loads(saved.read_text(encoding="utf-8"))
    edit(document)
    saved.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    out.write_text("old\n", encoding="utf-8")
    status, _, err = call(capsys, "export", str(saved), "--format", fmt, "-o", str(out))
    assert status == 1 and path in err and "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "old\n"  # nothing written


@pytest.mark.parametrize("edit", ["absent", "twice"])
@pytest.mark.parametrize("fmt", ["json", "csv", "graphml", "html", "timelinejs", "timeml"])
def test_export_copes_with_a_relation_to_an_absent_event_and_an_id_used_twice(tmp_path, capsys, edit, fmt):
    """Well-typed but inconsistent hand edits are not refused, and no writer may crash on them
    (GraphML raised KeyError 'earliest' on the bare node a relation to an absent event made)."""
    saved = tmp_path / "t.json"
    assert call(capsys, "build", str(SEEDS), "-o", str(saved))[0] == 0
    document = json.loads(saved.read_text(encoding="utf-8"))
    if edit == "absent":
        document["relations"].append({"source": "gone", "target": document["events"][0]["id"], "type": "BEFORE"})
    else:
        document["events"].append(document["events"][0])
    saved.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    status, out, err = call(capsys, "export", str(saved), "--format", fmt, "--articles", str(SEEDS))
    assert status == 0 and out and "Traceback" not in err, err


def test_export_articles_before_the_timeline(tmp_path, capsys):
    saved = tmp_path / "t.json"
    assert call(capsys, "build", str(SEEDS), "-o", str(saved))[0] == 0
    status, out, err = call(capsys, "export", "--articles", str(SEEDS), str(saved), "--format", "html")
    assert status == 0 and "<html" in out, err  # the file name was swallowed by --articles
    status, _, err = call(capsys, "export", "--articles", str(SEEDS))
    assert status == 2 and "TIMELINE.json" in err


# ---------------------------------------------------------------- --update

def test_update_problems_carry_lines_and_do_not_pile_up(tmp_path, capsys):
    saved = tmp_path / "s.json"
    bad = write(tmp_path / "bad.jsonl", LINES[0], '{"id": "x"}', "{broken", record(id="undated", published=None,
                                                                                    text="قال الوزير أمس"))
    counts = []
    for _ in range(3):
        status, _, err = call(capsys, "build", "--update", str(saved), str(bad), "-o", str(saved))
        assert status == 1
        problems = json.loads(saved.read_text(encoding="utf-8"))["problems"]
        counts.append(len(problems))
        assert all(p["line"] is not None for p in problems), problems  # the undated one had none
    assert "line 4, article 'undated', field 'published'" in err
    assert counts[1] == counts[2] <= counts[0] + 1  # was 15 -> 57


def test_update_with_jobs_2_equals_jobs_1(tmp_path, capsys):
    a = write(tmp_path / "a.jsonl", *LINES[:2])
    b = write(tmp_path / "b.jsonl", *LINES[2:])
    outputs = []
    for jobs in ("1", "2"):
        saved = tmp_path / f"s{jobs}.json"
        assert call(capsys, "build", "--update", str(saved), str(a), "-o", str(saved))[0] == 0
        status, out, _ = call(capsys, "build", "--update", str(saved), str(b), "--jobs", jobs, "--format", "csv")
        assert status == 0
        outputs.append((out, saved.read_text(encoding="utf-8"), records_path(saved).read_text(encoding="utf-8")))
    assert outputs[0] == outputs[1]


def test_update_with_jobs_2_runs_workers(tmp_path, capsys, monkeypatch):
    """``--update --jobs 2`` was accepted and ignored: the map step must get the 2."""
    import timeline.cli_commands as commands

    seen = []

    def spy(func, items, jobs):
        seen.append(jobs)
        return parallel(func, items, jobs)

    parallel = commands.parallel
    monkeypatch.setattr(commands, "parallel", spy)
    saved = tmp_path / "s.json"
    status, _, err = call(capsys, "build", "--update", str(saved), str(write(tmp_path / "a.jsonl", *LINES[:2])),
                          "--jobs", "2", "-o", str(saved))
    assert status == 0, err
    assert seen == [2]


def test_update_with_a_sidecar_link_to_a_missing_event_warns_and_goes_on(tmp_path, capsys):
    saved = tmp_path / "s.json"
    assert call(capsys, "build", "--update", str(saved), str(write(tmp_path / "a.jsonl", *LINES[:2])),
                "-o", str(saved))[0] == 0
    sidecar = records_path(saved)
    rows = [json.loads(line) for line in sidecar.read_text(encoding="utf-8").splitlines()]
    next(r for r in rows if "links" in r)["links"].append([0, 99, []])  # the first record, after the options line
    sidecar.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    status, _, err = call(capsys, "build", "--update", str(saved), str(write(tmp_path / "b.jsonl", *LINES[2:])),
                          "-o", str(saved))
    assert status == 0 and "links[" in err and "units" in err  # was a KeyError
    assert len(json.loads(saved.read_text(encoding="utf-8"))["articles"]) == len(LINES)


def test_an_article_refused_for_its_date_can_be_added_corrected(tmp_path, capsys):
    saved = tmp_path / "s.json"
    first = write(tmp_path / "a.jsonl", json.dumps({**json.loads(LINES[0]), "published": "0001-01-02"}))
    status, _, err = call(capsys, "build", "--update", str(saved), str(first), "-o", str(saved))
    assert status == 1 and "field 'published'" in err and "OverflowError" not in err
    assert json.loads(saved.read_text(encoding="utf-8"))["articles"] == []
    fixed = write(tmp_path / "b.jsonl", LINES[0])
    status, _, err = call(capsys, "build", "--update", str(saved), str(fixed), "-o", str(saved))
    assert status == 0, err  # was refused forever: "article already in the saved timeline"
    document = json.loads(saved.read_text(encoding="utf-8"))
    assert document["articles"] == [json.loads(LINES[0])["id"]] and document["problems"] == []


def test_csv_output_cells_run_nothing(tmp_path, capsys):
    saved = tmp_path / "t.json"
    assert call(capsys, "build", str(SEEDS), "-o", str(saved))[0] == 0
    document = json.loads(saved.read_text(encoding="utf-8"))
    document["events"][0].update(id="=HYPERLINK(\"http://x\",\"y\")", place="@SUM(A1)", subtype="-1+2")
    document["relations"] = []
    saved.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    status, out, _ = call(capsys, "export", str(saved), "--format", "csv")
    assert status == 0
    cells = [cell for row in csv.reader(io.StringIO(out)) for cell in row]
    assert "'=HYPERLINK(\"http://x\",\"y\")" in cells and "'@SUM(A1)" in cells and "'-1+2" in cells
    assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in cells)


def test_a_stop_whose_exception_python_drops_still_stops_the_run(tmp_path, capsys, monkeypatch):
    """A signal handled while a finalizer runs has its exception dropped by Python (printed as
    "Exception ignored"); the run must stop all the same, leaving the old output."""
    import timeline.cli_commands as commands

    real = commands._step

    def stepping(args):
        step, seen = real(args), []

        def finalized_signal():
            try:
                yield
            finally:
                os.kill(os.getpid(), signal.SIGTERM)  # handled here, inside the generator's close

        class Step:
            def __getattr__(self, name):
                return getattr(step, name)

            def __call__(self, item):
                seen.append(item)
                if len(seen) == 2:
                    closing = finalized_signal()
                    next(closing)
                    del closing  # the close runs as the last reference goes: the exception is dropped
                return step(item)

        return Step()

    monkeypatch.setattr(commands, "_step", stepping)
    dropped = []
    monkeypatch.setattr(sys, "unraisablehook", lambda unraisable: dropped.append(unraisable.exc_type.__name__))
    source = write(tmp_path / "many.jsonl", *(record(id=f"a{i}") for i in range(6)))
    out = tmp_path / "t.json"
    out.write_text("old\n", encoding="utf-8")
    status, _, _ = call(capsys, "build", str(source), "-o", str(out))
    assert dropped == ["Terminated"]  # the premise: Python did drop the exception
    assert status == 143
    assert out.read_text(encoding="utf-8") == "old\n" and leftovers(tmp_path) == []


def test_a_stop_that_python_wraps_in_another_error_still_stops_the_run(tmp_path, capsys, monkeypatch):
    """A signal handled while a class is created (a lazy import of networkx under load) comes back
    from Python 3.11 as RuntimeError("Error calling __set_name__"), the stop only its cause: the
    run ends as stopped (143, old output kept), not as an internal error (3)."""
    import timeline.cli_commands as commands

    real = commands._step

    class Signalling:
        def __set_name__(self, owner, name):
            os.kill(os.getpid(), signal.SIGTERM)  # handled here, while the class is being made

    def stepping(args):
        step, seen = real(args), []

        class Step:
            def __getattr__(self, name):
                return getattr(step, name)

            def __call__(self, item):
                seen.append(item)
                if len(seen) == 2:
                    type("Made", (), {"attribute": Signalling()})
                return step(item)

        return Step()

    monkeypatch.setattr(commands, "_step", stepping)
    source = write(tmp_path / "many.jsonl", *(record(id=f"a{i}") for i in range(6)))
    out = tmp_path / "t.json"
    out.write_text("old\n", encoding="utf-8")
    status, _, err = call(capsys, "build", str(source), "-o", str(out))
    assert status == 143, err
    assert "internal error" not in err
    assert out.read_text(encoding="utf-8") == "old\n" and leftovers(tmp_path) == []
