"""The ``timeline`` command: ``tag``, ``build`` and ``export``.

Input is read as a stream, article by article; bad records are reported on stderr as
``timeline: line L, article 'ID', field 'F': message`` and every good article is still
processed.  Output files are written whole or not at all (:mod:`timeline.io.atomic`).
Exit status: see :data:`EXIT`.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
import traceback
from collections.abc import Iterator
from typing import IO, Any

from . import __version__
from .cli_commands import COMMANDS, _Extractor  # noqa: F401 - _Extractor: used by tests and workers
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

EPILOG = """\
examples:
  timeline tag articles.jsonl                      one JSON line per time expression
  timeline tag --prefer future --format timeml articles.jsonl -o tags.xml
  cat articles.jsonl | timeline build              the timeline as one JSON document
  timeline build a.jsonl b.jsonl --jobs 4 --format html -o timeline.html
  timeline build articles/ --published 2015-08-06 --format html -o t.html   a folder of .txt
  timeline build archive.csv --id-column doc --date-column date --text-column body --date-order DMY
  timeline build articles.jsonl --lexicon my_actors.json --lexicon villages.json   your own data
  timeline export timeline.json --format graphml -o timeline.graphml
  timeline export timeline.json --format timeml --articles articles.jsonl

input: JSON Lines (or one JSON array), an article per record:
  {"id": "...", "published": "2020-10-01", "text": "..."}
  or CSV with a header (--id-column, --date-column, --text-column name the columns), or a
  folder of .txt files (one article each; the date from the file name, the dateline or
  --published).  Dates: ISO 8601 (an offset is allowed; the local date is kept), RFC 2822
  ("Sat, 28 Nov 2026 17:00:00 GMT"), 06/08/2015 with --date-order, Arabic ("الخميس 6 أغسطس
  2015", "19 شعبان 1444هـ").  Without one, a dateline at the start of the text ("موسكو - 4
  أكتوبر 2020") is used.

outputs: -o FILE is replaced only when the command ends well (an interruption or error
leaves the old FILE as it was); an output may not be one of the inputs.

exit status: 0 ok (also for an input with no records: a warning says so), 1 some input
records had problems (reported on stderr, the rest is processed), 2 usage error (bad
option, unreadable input, unwritable output), 3 internal error (a bug: the traceback is
printed), 130 interrupted (Ctrl-C), 143 terminated (SIGTERM), 129 hung up (SIGHUP).
"""

#: Exit statuses of :func:`main` (a signal that stops the run: 128 + its number).
EXIT = {"ok": 0, "problems": 1, "usage": 2, "internal": 3, "interrupted": 130, "terminated": 143}


class Terminated(BaseException):
    """A stopping signal (SIGTERM, SIGHUP) raised as an exception, like Ctrl-C's
    KeyboardInterrupt, so that every output being written is removed on the way out."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def _stopping_signals() -> Iterator[None]:
    """SIGTERM and SIGHUP raise :class:`Terminated`, SIGINT KeyboardInterrupt, each once: a
    second signal during the clean-up is ignored, so it cannot leave a temporary file behind.

    Only handlers still at their defaults are replaced (an embedding program keeps its own),
    only in the main thread, and the previous ones are restored on return."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    wanted = {getattr(signal, name): default for name, default in
              (("SIGTERM", signal.SIG_DFL), ("SIGHUP", signal.SIG_DFL), ("SIGINT", signal.default_int_handler))
              if hasattr(signal, name)}
    previous = {}

    def stop(signum: int, frame: Any) -> None:
        for number in previous:
            signal.signal(number, signal.SIG_IGN)
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        raise Terminated(signum)

    for number, default in wanted.items():
        if signal.getsignal(number) is default:
            previous[number] = signal.signal(number, stop)
    try:
        yield
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
        if getattr(args, "update", None):
            raise UsageError("--lexicon does not work with --update yet: build the timeline again with it")
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


# ---------------------------------------------------------------- arguments

def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return jobs


def _dialects(value: str) -> tuple[str, ...] | None:
    """``--dialects``: 'all' -> None (every overlay), 'none' -> (), else the named regions."""
    from .temporal.lexicon import DIALECTS

    names = tuple(sorted({name.strip() for name in value.split(",") if name.strip()}))
    if names == ("all",):
        return None
    if names == ("none",):
        return ()
    unknown = [name for name in names if name not in DIALECTS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown dialect(s) {', '.join(unknown) or repr(value)}; "
                                         f"known: {', '.join(DIALECTS)}, all, none")
    return names


def make_parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="timeline", formatter_class=formatter, epilog=EPILOG,
        description="Arabic news to event timelines: time expressions (TIMEX3), events, "
                    "cross-article merging and TimeML ordering.")
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def common(sub: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
        sub.add_argument("--format", "-f", choices=formats, default=formats[0],
                         help=f"output format (default {formats[0]})")
        sub.add_argument("--output", "-o", metavar="FILE",
                         help="write here instead of stdout (replaced only when the command ends well)")
        sub.add_argument("--prefer", choices=("past", "future", "nearest"), default="past",
                         help="direction of a bare weekday or month with no tense cue: past (news, the "
                              "default), future (schedules) or nearest (dialogue)")
        sub.add_argument("--dialects", type=_dialects, default=None, metavar="LIST",
                         help="spoken-form overlays to read, comma-separated (egyptian, gulf, levantine, maghrebi), "
                              "'all' (the default) or 'none' (Standard Arabic only)")
        sub.add_argument("--no-progress", action="store_true",
                         help="no progress line on stderr (it only shows on a terminal anyway)")
        if "csv" in formats:
            sub.add_argument("--no-bom", action="store_true",
                             help="CSV without the byte-order mark spreadsheets need to read UTF-8 (with -o "
                                  "EVENTS.csv, EVENTS.relations.csv and EVENTS.mentions.csv are written too)")

    def reading(sub: argparse.ArgumentParser) -> None:
        group = sub.add_argument_group(
            "reading the input", "JSON Lines, CSV (.csv/.tsv), a .txt file or a folder of them (one article a file)")
        group.add_argument("--input-format", choices=("auto", "jsonl", "csv", "txt"), default="auto",
                           help="how to read the inputs (default: by the file name; a folder: its .txt files)")
        group.add_argument("--id-column", metavar="NAME", help="field or column of the article id (default id)")
        group.add_argument("--date-column", metavar="NAME",
                           help="field or column of the publication date (default published)")
        group.add_argument("--text-column", metavar="NAME", help="field or column of the text (default text)")
        group.add_argument("--date-order", choices=("DMY", "MDY", "YMD"),
                           help="how to read numeric dates such as 06/08/2015 (refused as ambiguous without it)")
        group.add_argument("--published", metavar="DATE",
                           help="publication date of the articles that have none (after the file name and "
                                "the dateline)")

    tag = commands.add_parser(
        "tag", formatter_class=formatter, help="find and resolve time expressions",
        description="Print one JSON line per resolved time expression, in input order.",
        epilog="example:\n  timeline tag articles.jsonl --prefer past > tags.jsonl")
    tag.add_argument("articles", nargs="*", metavar="ARTICLES", help="JSON Lines files, '-' for stdin")
    common(tag, ("jsonl", "json", "timeml"))
    reading(tag)
    tag.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N", help="worker processes")
    tag.add_argument("--lexicon", action="append", metavar="FILE.json", default=[],
                     help="your own lexicon files: their month spellings are read (repeatable; see "
                          "docs/extending.rst)")
    tag.add_argument("--explain", action="store_true",
                     help="add the tagger rule that produced each expression (\"rule\": \"family.rule\")")

    build = commands.add_parser(
        "build", formatter_class=formatter, help="extract, merge and order events",
        description="Print the timeline of the articles: events, relations, conflicts, problems.",
        epilog="examples:\n  timeline build articles.jsonl > timeline.json\n"
               "  timeline build articles.jsonl --format html -o timeline.html\n"
               "  timeline build --update saved.json monday.jsonl > /dev/null      create saved.json\n"
               "  timeline build --update saved.json tuesday.jsonl --format csv    add, print CSV\n\n"
               "--update keeps the ids of saved events; a saved timeline without its records\n"
               "file (e.g. written by a plain build) is updated with each saved event as one\n"
               "unit (a warning says so); articles already in it are skipped (a problem).")
    build.add_argument("articles", nargs="*", metavar="ARTICLES", help="JSON Lines files, '-' for stdin")
    common(build, ("json", "timeml", "graphml", "csv", "html", "timelinejs"))
    reading(build)
    build.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N", help="worker processes")
    build.add_argument("--title", help="page title for --format html and timelinejs")
    build.add_argument("--lexicon", action="append", metavar="FILE.json", default=[],
                       help="your own actors, places, triggers and cue words, added to the package's "
                            "(repeatable; applied in order; see docs/extending.rst)")
    build.add_argument("--update", metavar="SAVED.json",
                       help="add ARTICLES to this saved timeline (created if missing) and save it again, "
                            "with its records file SAVED.records.jsonl; -o with --format json saves "
                            "to that file instead; formats json, csv, graphml")

    export = commands.add_parser(
        "export", formatter_class=formatter, help="convert a saved timeline JSON",
        description="Re-export a timeline saved by 'timeline build' (JSON) to another format.",
        epilog="examples:\n  timeline export timeline.json --format csv -o events.csv\n"
               "  timeline export timeline.json --format html --articles articles.jsonl -o t.html")
    # optional here only so that `--articles A B saved.json` can be read (see _fix_export)
    export.add_argument("timeline", metavar="TIMELINE.json", nargs="?", help="saved timeline, '-' for stdin")
    common(export, ("json", "timeml", "graphml", "csv", "html", "timelinejs"))
    export.add_argument("--articles", nargs="+", metavar="ARTICLES",
                        help="the source articles: sentences for html, texts for timeml (required); "
                             "given before TIMELINE.json, the last file named is the timeline")
    export.add_argument("--title", help="page title for --format html and timelinejs")
    reading(export)
    return parser


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
    with _stopping_signals():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    report = Reporter(sys.stderr)
    progress = Progress(sys.stderr, not args.no_progress and sys.stderr.isatty())
    try:
        _validate(args)
        if _writes_output_itself(args):
            COMMANDS[args.command](args, None, report, progress)
        else:
            with _output(args.output, args.format) as out:
                COMMANDS[args.command](args, out, report, progress)
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
    except Exception:  # noqa: BLE001 - a bug: say so, keep the traceback, own exit status
        progress.close()
        sys.stderr.write("timeline: internal error (a bug; please report it with this traceback):\n")
        traceback.print_exc()
        return EXIT["internal"]
    progress.close()
    return EXIT["problems"] if report.problems else EXIT["ok"]
