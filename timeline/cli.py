"""The ``timeline`` command: ``tag``, ``build`` and ``export``.

Input is read as a stream, article by article; bad records are reported on stderr as
``timeline: line L, article 'ID', field 'F': message`` and every good article is still
processed.  Output files are written whole or not at all (:mod:`timeline.io.atomic`).
Exit status: see :data:`EXIT`.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from typing import IO, Any

from .cli_commands import COMMANDS
from .cli_parser import EPILOG, make_parser  # noqa: F401 - EPILOG: the names main's users knew here
from .cli_runtime import (
    CHUNK,
    CHUNKS_PER_JOB,
    Progress,
    Refused,
    Reporter,
    UsageError,
    check_inputs,
    parallel,
    reader_options,
)

# The names the command line's tests and users knew here before the split into modules.
_CHUNK, _CHUNKS_PER_JOB, _parallel = CHUNK, CHUNKS_PER_JOB, parallel

#: Exit statuses of :func:`main` (a signal that stops the run: 128 + its number).
EXIT = {"ok": 0, "problems": 1, "usage": 2, "internal": 3, "interrupted": 130, "terminated": 143}


class Terminated(BaseException):
    """A stopping signal (SIGTERM, SIGHUP) raised as an exception, like Ctrl-C's
    KeyboardInterrupt, so that every output being written is removed on the way out."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


class _Received:
    """The stopping signals received in this run.

    Python drops an exception raised while a finalizer runs (a generator closed when its
    last reference goes, a weakref callback), and a signal's handler runs wherever the
    interpreter happens to be; :meth:`check`, called before each article, raises the stop
    again so that such a signal still stops the run."""

    def __init__(self) -> None:
        self.signals: list[int] = []

    def check(self) -> None:
        if self.signals:
            signum = self.signals[0]
            raise KeyboardInterrupt if signum == signal.SIGINT else Terminated(signum)


@contextlib.contextmanager
def _stopping_signals() -> Iterator[_Received]:
    """SIGTERM and SIGHUP raise :class:`Terminated`, SIGINT KeyboardInterrupt, each once: a
    second signal during the clean-up is ignored, so it cannot leave a temporary file behind.

    Only handlers still at their defaults are replaced (an embedding program keeps its own),
    only in the main thread, and the previous ones are restored on return."""
    received = _Received()
    if threading.current_thread() is not threading.main_thread():
        yield received
        return
    wanted = {getattr(signal, name): default for name, default in
              (("SIGTERM", signal.SIG_DFL), ("SIGHUP", signal.SIG_DFL), ("SIGINT", signal.default_int_handler))
              if hasattr(signal, name)}
    previous = {}

    def stop(signum: int, frame: Any) -> None:
        received.signals.append(signum)
        for number in previous:
            signal.signal(number, signal.SIG_IGN)
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        raise Terminated(signum)

    for number, default in wanted.items():
        if signal.getsignal(number) is default:
            previous[number] = signal.signal(number, stop)
    try:
        yield received
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


# ---------------------------------------------------------------- checks before any output

def _same(a: str, b: str) -> bool:
    """Whether two paths name one existing file (through links, case-folding file systems...)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _inputs(args: argparse.Namespace) -> list[tuple[str, str]]:
    """Every file the command reads, with what it is (for messages)."""
    found = [(p, "an input") for p in (args.articles or []) if p != "-"]
    if args.command == "export" and args.timeline != "-":
        found.append((args.timeline, "the timeline to export"))
    if getattr(args, "update", None):
        from .incremental import records_path

        found += [(args.update, "the saved timeline"), (str(records_path(args.update)), "the saved records")]
    return found


def _validate(args: argparse.Namespace) -> None:
    """Usage errors that must stop the run before any output file is created."""
    if args.command == "export":
        check_inputs([args.timeline])
        if args.format == "timeml" and not args.articles:
            raise UsageError("--format timeml needs the article texts: add --articles ARTICLES.jsonl")
    if args.articles:
        check_inputs(args.articles)
    reader_options(args)
    if getattr(args, "lexicon", None):
        from .user_lexicon import LexiconError, load_lexicon

        try:
            load_lexicon(args.lexicon)
        except LexiconError as error:
            raise UsageError(f"--lexicon {error}") from None
    update = getattr(args, "update", None)
    if update:
        if args.format in ("html", "timeml"):
            raise UsageError(f"--update cannot write --format {args.format} (it needs every article's text): "
                             f"run 'timeline export {update} --format {args.format} --articles ...'")
        if os.path.exists(update) and not os.path.isfile(update):
            raise UsageError(f"cannot update {update!r}: not a file")
        for path in args.articles or []:
            if path != "-" and (_same(path, update) or _same(path, _records_of(update))):
                raise UsageError(f"{path!r} is the saved timeline, not articles to add")
    if args.output is not None:
        if os.path.isdir(args.output):
            raise UsageError(f"cannot write {args.output!r}: it is a directory")
        saves = _writes_output_itself(args)
        for path, what in _inputs(args):
            if saves and what != "an input":
                continue  # build --update S -o S: the update is saved where it came from
            if _same(args.output, path):
                raise UsageError(f"-o {args.output!r} is {what}: writing there would destroy it "
                                 "(choose another output file)")


def _records_of(saved: str) -> str:
    from .incremental import records_path

    return str(records_path(saved))


def _writes_output_itself(args: argparse.Namespace) -> bool:
    """``build --update --format json -o OUT`` saves OUT (and its records) itself."""
    return bool(getattr(args, "update", None)) and args.format == "json" and args.output is not None


# ---------------------------------------------------------------- main

def _fix_export(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """``export --articles A.jsonl saved.json``: ``--articles`` takes every file after it, the
    saved timeline too, so the last of them is the timeline when none is left for it."""
    if args.command != "export" or args.timeline is not None:
        return
    if args.articles and len(args.articles) > 1:
        args.timeline = args.articles.pop()
    else:
        parser.error("export: the following arguments are required: TIMELINE.json")


@contextlib.contextmanager
def _output(path: str | None, fmt: str) -> Iterator[IO[str]]:
    from .io.atomic import atomic_output

    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    try:
        output = atomic_output(path, newline="" if fmt == "csv" else "\n")
        handle = output.__enter__()
    except OSError as error:
        raise UsageError(f"cannot write {path!r}: {error.strerror or error}") from None
    try:
        yield handle
    except BaseException:
        if not output.__exit__(*sys.exc_info()):
            raise
    else:
        try:
            output.__exit__(None, None, None)
        except OSError as error:
            raise UsageError(f"cannot write {path!r}: {error.strerror or error}") from None


def _utf8(stream: Any, errors: str) -> None:
    if (getattr(stream, "encoding", "utf-8") or "").lower().replace("-", "") != "utf8" \
            and hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8", errors=errors)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = make_parser()
    try:
        args = parser.parse_args(argv)
        _fix_export(parser, args)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 2
    _utf8(sys.stdout, "strict")
    _utf8(sys.stderr, "backslashreplace")
    with _stopping_signals() as received:
        return _run(args, settle=argv is None, check=received.check)


def _settle() -> None:
    """Compile the lexicons, then keep what is loaded (some 300 000 objects, alive for the whole
    run) out of the garbage collector's full passes, which would walk it again and again as a
    build allocates (about a sixth of a build's time).  Only when ``main`` runs the process as
    the program (no ``argv`` given): a caller of ``main(argv)`` keeps its collector as it was."""
    from . import pipeline  # noqa: F401 - importing it compiles the event and time lexicons

    gc.freeze()


def _stop_inside(error: BaseException) -> int | None:
    """The exit status of a stop signal whose exception Python wrapped in another one, else None.

    A handler's exception raised while a class is being created comes back as a RuntimeError
    ("Error calling __set_name__ ..."), with the stop only as its cause: it is still a stop."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, KeyboardInterrupt):
            return EXIT["interrupted"]
        if isinstance(error, Terminated):
            return 128 + error.signum
        error = error.__cause__ or error.__context__
    return None


def _run(args: argparse.Namespace, settle: bool = False, check: Callable[[], None] | None = None) -> int:
    report = Reporter(sys.stderr)
    progress = Progress(sys.stderr, not args.no_progress and sys.stderr.isatty(), check)
    try:
        _validate(args)
        if settle and args.command in ("tag", "build"):
            _settle()
        if _writes_output_itself(args):
            COMMANDS[args.command](args, None, report, progress)
        else:
            with _output(args.output, args.format) as out:
                COMMANDS[args.command](args, out, report, progress)
                if check is not None:
                    check()  # a stop whose exception was lost after the last article
    except UsageError as error:
        progress.close()
        sys.stderr.write(f"timeline: error: {error}\n")
        return EXIT["usage"]
    except Refused as refused:
        progress.close()
        report(refused.problem)
        return EXIT["problems"]
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not an error; silence the flush at exit.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT["ok"]
    except KeyboardInterrupt:
        progress.close()
        return EXIT["interrupted"]
    except Terminated as stopped:
        progress.close()
        return 128 + stopped.signum
    except OSError as error:  # the system refused: a full disk, a file gone mid-run
        progress.close()
        name = f" {error.filename!r}" if error.filename else ""
        sys.stderr.write(f"timeline: error:{name} {error.strerror or error}\n")
        return EXIT["usage"]
    except Exception as error:  # noqa: BLE001 - a bug: say so, keep the traceback, own exit status
        progress.close()
        stop = _stop_inside(error)
        if stop is not None:
            return stop
        sys.stderr.write("timeline: internal error (a bug; please report it with this traceback):\n")
        traceback.print_exc()
        return EXIT["internal"]
    progress.close()
    return EXIT["problems"] if report.problems else EXIT["ok"]
