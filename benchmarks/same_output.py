"""Byte-identity of every output between this tree and a commit: the check a speed change runs
before it lands (same input, same bytes).

    python benchmarks/same_output.py --against REF [--keep DIR] [--sets NAME,...]

The readable sets (``../shared/seeds``, ``../shared/dev``, every ``tests/dev*`` set with
articles, ``tests/heldout3``, the devparticipants specs, the devtime4 phrases as one-sentence
articles, the two synthetic wires of ``tests/wire.py`` / ``tests/wire_outlets.py`` and the
``bench_build.py`` corpus) are written as JSON Lines once; then, for this tree and for ``REF``
(a temporary worktree, see ``at_commit.py``), the ``timeline`` command runs ``tag`` (json and
timeml), ``build`` (json) and ``export`` of that build to every other format (in-process, so the
lexicons load once per worker; the process entry is timed by ``bench_build.py --cli``).  Every file is
compared byte for byte; the script prints the differing ones and exits 1 if there are any.
Blind sets are never read.  A script, not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import importlib.util
import json
import os
import random
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent.parent / "shared" if (REPO.parent.parent / "shared").is_dir() else REPO.parent / "shared"
READABLE = ("dev*", "heldout3")  # blind sets (every other heldout*) are never read
EXPORTS = ["csv", "graphml", "html", "timelinejs", "timeml"]


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _write(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def article_files() -> list[tuple[str, Path]]:
    """Every readable set's articles as (name, path): a set's ``articles.jsonl`` (its parts
    together) and a held-back ``partb`` beside it, or its parts ``a``/``b`` when it has no
    whole file."""
    found = []
    for pattern in READABLE:
        for root in sorted((REPO / "tests").glob(pattern)):
            whole = root / "articles.jsonl"
            parts = ["partb"] if whole.exists() else ["a", "b"]
            if whole.exists():
                found.append((root.name, whole))
            found += [(f"{root.name}_{part}", root / part / "articles.jsonl") for part in parts
                      if (root / part / "articles.jsonl").exists()]
    return found


def inputs(out: Path) -> list[Path]:
    """Every readable set as one JSON Lines file in ``out``."""
    files = []
    for name, src in (("seeds", SHARED / "seeds" / "articles.jsonl"), ("dev", SHARED / "dev" / "articles.jsonl")):
        if src.exists():
            files.append(out / f"{name}.jsonl")
            files[-1].write_bytes(src.read_bytes())
    for name, src in article_files():
        files.append(out / f"{name}.jsonl")
        files[-1].write_bytes(src.read_bytes())
    for path in sorted((REPO / "tests").glob("devparticipants*/devparticipants*_spec.py")):
        spec = _load(path, path.stem)
        files.append(out / f"{path.parent.name}.jsonl")
        _write(files[-1], [{"id": k, "published": v[0], "text": v[-1]} for k, v in spec.ARTICLES.items()])
    rows, head = [], None
    for line in (REPO / "tests" / "devtime4" / "phrases.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        if head is None:
            head = cols  # the header row
            continue
        row = dict(zip(head, cols, strict=False))
        rows.append({"id": f"t{len(rows):04}", "published": row["dct"], "text": row["text"]})
    files.append(out / "devtime4.jsonl")
    _write(files[-1], rows)
    sys.path[:0] = [str(REPO / "tests"), str(REPO / "benchmarks")]
    from bench_build import corpus
    from wire import wire
    from wire_outlets import outlets_wire

    for name, made in (("wire", wire(240, 0).articles), ("wire_outlets", outlets_wire(240, 0).articles),
                       ("bench_build", corpus(300, random.Random(0)))):
        files.append(out / f"{name}.jsonl")
        _write(files[-1], [{"id": a.id, "published": a.published.isoformat(), "text": a.text} for a in made])
    return files


DRIVER = """
import contextlib, io, sys
from timeline.cli import main
for line in sys.stdin:
    status_file, *argv = line.rstrip("\\n").split("\\t")
    err = io.BytesIO()
    fake = io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", write_through=True)
    with contextlib.redirect_stderr(fake), contextlib.redirect_stdout(io.TextIOWrapper(io.BytesIO(), encoding="utf-8")):
        status = main(argv)
    open(status_file, "wb").write(str(status).encode() + b"\\n" + err.getvalue())
"""


def run(tree: Path, files: list[Path], out: Path, jobs: int) -> None:
    """Every output of ``tree``'s ``timeline`` command on ``files``, into ``out``: ``jobs``
    processes, each loading the lexicons once and running the command's ``main(argv)`` per step
    (its exit status and stderr are kept beside the outputs)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    lines = []
    for src in files:
        stem = out / src.stem
        steps = [["tag", str(src), "-o", f"{stem}.tag.jsonl"],
                 ["tag", "--format", "timeml", str(src), "-o", f"{stem}.tag.timeml"],
                 ["build", str(src), "-o", f"{stem}.build.json"]]
        steps += [["export", f"{stem}.build.json", "--format", f, "-o", f"{stem}.export.{f}"]
                  + (["--articles", str(src)] if f in ("timeml", "html") else []) for f in EXPORTS]
        lines.append("".join("\t".join([str(out / f"{src.stem}.step{n}.status"), *step]) + "\n"
                             for n, step in enumerate(steps)))

    def one(share: list[str]) -> None:
        subprocess.run([sys.executable, "-c", DRIVER], input="".join(share), text=True, env=env, cwd=tree,
                       check=True)

    with ThreadPoolExecutor(jobs) as pool:
        list(pool.map(one, [lines[k::jobs] for k in range(jobs)]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--against", metavar="REF", required=True, help="commit whose outputs must be equal")
    ap.add_argument("--keep", metavar="DIR", help="keep inputs and outputs here")
    ap.add_argument("--reuse-ref", action="store_true", help="REF's outputs in --keep are already made")
    ap.add_argument("--sets", help="only these sets (comma-separated stems)")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    base = Path(args.keep or tempfile.mkdtemp(prefix="same_output_"))
    (base / "in").mkdir(parents=True, exist_ok=True)
    files = inputs(base / "in")
    if args.sets:
        files = [f for f in files if f.stem in args.sets.split(",")]
    started = dt.datetime.now()
    (base / "this").mkdir(exist_ok=True)
    (base / "ref").mkdir(exist_ok=True)
    if not args.reuse_ref:
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "ref"
            subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(tree), args.against],
                           check=True)
            try:
                from at_commit import check_imports_from

                check_imports_from(tree, {**os.environ, "PYTHONPATH": str(tree)})
                run(tree, files, base / "ref", args.jobs)
            finally:
                subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=True)
    run(REPO, files, base / "this", args.jobs)
    names = sorted(p.name for p in (base / "ref").iterdir())
    mine = sorted(p.name for p in (base / "this").iterdir())
    differ = [n for n in sorted(set(names) | set(mine))
              if n not in names or n not in mine or not filecmp.cmp(base / "ref" / n, base / "this" / n, shallow=False)]
    print(f"{len(names)} outputs of {len(files)} sets compared against {args.against} "
          f"in {(dt.datetime.now() - started).seconds} s; {len(differ)} differ")
    for n in differ:
        print("  DIFFERS:", n)
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
