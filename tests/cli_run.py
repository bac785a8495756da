"""The ``timeline`` command run in this process, seen as a child process's caller sees it.

Starting ``python -m timeline`` costs one to two seconds (mostly compiling the event lexicon),
so the command-line tests call :func:`timeline.cli.main` with the arguments instead, unless
they test the process boundary itself (signals, hash seeds, a real pipe, the module entry
point): those use :func:`spawn`.  :func:`run` gives both the same shape of result.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

from timeline.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _decoded(data: bytes) -> str:
    # as subprocess.run(text=True) decodes a child's output: strict UTF-8, universal newlines
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def run(*args: str, stdin: str | bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """``timeline ARGS`` in-process: ``main(argv)`` with the working folder ``cwd`` and stdin,
    stdout and stderr replaced by UTF-8 streams over bytes, as pipes to a child are (stdout
    strict, stderr with backslash escapes, no terminal).  Returns the exit status and the
    decoded outputs like ``subprocess.run(..., text=True)``."""
    data = stdin.encode("utf-8") if isinstance(stdin, str) else (stdin or b"")
    fake_in = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    out, err = io.BytesIO(), io.BytesIO()
    fake_out = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    fake_err = io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", write_through=True)
    here = os.getcwd()
    try:
        os.chdir(cwd)
        with contextlib.ExitStack() as stack:
            stack.enter_context(_replaced("stdin", fake_in))
            stack.enter_context(_replaced("stdout", fake_out))
            stack.enter_context(_replaced("stderr", fake_err))
            status = main(list(args))
            fake_out.flush()
            fake_err.flush()
    finally:
        os.chdir(here)
    return subprocess.CompletedProcess(["timeline", *args], status, _decoded(out.getvalue()),
                                       _decoded(err.getvalue()))


@contextlib.contextmanager
def _replaced(name: str, stream: io.TextIOWrapper):
    saved = getattr(sys, name)
    setattr(sys, name, stream)
    try:
        yield
    finally:
        setattr(sys, name, saved)


def spawn(*args: str, stdin: str | None = None, env: dict[str, str] | None = None,
          text: bool = True) -> subprocess.CompletedProcess:
    """``python -m timeline ARGS`` as a child process, from the repository root."""
    options = {"text": True, "encoding": "utf-8"} if text else {}
    return subprocess.run([sys.executable, "-m", "timeline", *args], input=stdin, capture_output=True,
                          cwd=ROOT, check=False, env=env, **options)
