"""Run a benchmark script on another commit, for side-by-side numbers (``--against REF``).

The commit is checked out in a temporary ``git worktree`` and imported through
``PYTHONPATH``; the script runs there with the arguments given (it prints JSON) and the
worktree is removed afterwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def run_at(ref: str, script: str, args: list[str]) -> Any:
    """The JSON that ``benchmarks/<script>`` prints with ``args``, run on commit ``ref``."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "ref"
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(tree), ref], check=True)
        try:
            env = {**os.environ, "PYTHONPATH": str(tree)}
            check_imports_from(tree, env)
            # this tree's copy of the script: the benchmark itself is the same on both sides
            cmd = [sys.executable, str(REPO / "benchmarks" / script), *args]
            done = subprocess.run(cmd, env=env, cwd=tree, check=True, capture_output=True, text=True)
            sys.stderr.write(done.stderr)
            return json.loads(done.stdout)
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=True)


def check_imports_from(tree: Path, env: dict[str, str]) -> None:
    """Fail unless ``timeline`` imports from ``tree`` under ``env``: an installation that put
    another copy ahead of ``PYTHONPATH`` would make both sides of a comparison the same code."""
    where = subprocess.run([sys.executable, "-c", "import timeline; print(timeline.__file__)"], env=env, cwd=tree,
                           check=True, capture_output=True, text=True).stdout.strip()
    if not Path(where).resolve().is_relative_to(tree.resolve()):
        raise RuntimeError(f"timeline imports from {where}, not from the checked-out commit at {tree}")
