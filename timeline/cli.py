"""The ``timeline`` command: ``tag``, ``build`` and ``export``.

Input is read as a stream, article by article; bad records are reported on stderr as
``timeline: line L, article 'ID', field 'F': message`` and every good article is still
processed.  Exit status: 0 when all went well, 1 when any input problem was reported,
2 for a usage error (bad option, unreadable file).
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import contextlib
import itertools
import json
import multiprocessing
import os
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

import attrs

from . import __version__
from .model import Article, InputError, Problem, Timeline, Timex, timex_record

if TYPE_CHECKING:
    from .distributed import Extracted

EPILOG = """\
examples:
  timeline tag articles.jsonl                      one JSON line per time expression
  timeline tag --prefer future --format timeml articles.jsonl -o tags.xml
  cat articles.jsonl | timeline build              the timeline as one JSON document
  timeline build a.jsonl b.jsonl --jobs 4 --format html -o timeline.html
  timeline export timeline.json --format graphml -o timeline.graphml
  timeline export timeline.json --format timeml --articles articles.jsonl

input: JSON Lines (or one JSON array), an article per record:
  {"id": "...", "published": "2020-10-01", "text": "..."}
  "published" is an ISO 8601 date or date-time (an offset is allowed; the local date is
  kept).  Without it, a dateline at the start of the text ("موسكو - 4 أكتوبر 2020") is used.

exit status: 0 ok, 1 some input records had problems (reported on stderr, the rest is
processed), 2 usage error.
"""

#: Articles per task sent to a worker: small enough to keep workers evenly busy, large
#: enough that pickling and scheduling stay cheap next to tagging.
_CHUNK = 8
#: Chunks in flight per worker: bounds how far input is read ahead of output.
_CHUNKS_PER_JOB = 4


class UsageError(Exception):
    """A command-line mistake: reported and exit status 2."""


# ---------------------------------------------------------------- progress and reporting

class Progress:
    """Articles done and rate on one stderr line; silent unless enabled."""

    def __init__(self, stream: IO[str], enabled: bool):
        self.stream, self.enabled = stream, enabled
        self.count, self.started, self.shown = 0, time.monotonic(), 0.0

    def step(self, count: int = 1) -> None:
        self.count += count
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.shown >= 0.1:
            self.shown = now
            rate = self.count / max(now - self.started, 1e-9)
            self.stream.write(f"\r{self.count} articles, {rate:.0f}/s ")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.count:
            self.shown = 0.0
            self.step(0)
            self.stream.write("\n")
            self.stream.flush()


class Reporter:
    """Writes problems to stderr as they come and remembers whether any occurred."""

    def __init__(self, stream: IO[str]):
        self.stream = stream
        self.problems: list[Problem] = []
        #: Where each article came from, (line, input name or None), to place later problems.
        self.origin: dict[str, tuple[int, str | None]] = {}

    def __call__(self, problem: Problem, where: str | None = None) -> None:
        if problem.line is None and problem.article in self.origin:
            line, where = self.origin[problem.article]
            problem = attrs.evolve(problem, line=line)
        self.problems.append(problem)
        suffix = f" (in {where})" if where else ""
        self.stream.write(f"timeline: {problem}{suffix}\n")
        self.stream.flush()


# ---------------------------------------------------------------- input

def _check_inputs(paths: list[str]) -> list[str]:
    paths = paths or ["-"]
    for path in paths:
        if path != "-" and not os.path.isfile(path):
            raise UsageError(f"cannot read {path!r}: no such file")
    return paths


def _validate(args: argparse.Namespace) -> None:
    """Usage errors that must stop the run before any output file is created."""
    if args.command == "export":
        _check_inputs([args.timeline])
        if args.format == "timeml" and not args.articles:
            raise UsageError("--format timeml needs the article texts: add --articles ARTICLES.jsonl")
    if args.articles:
        _check_inputs(args.articles)
    if getattr(args, "update", None):
        if args.format in ("html", "timeml"):
            raise UsageError(f"--update cannot write --format {args.format} (it needs every article's text): "
                             f"run 'timeline export {args.update} --format {args.format} --articles ...'")
        if os.path.exists(args.update) and not os.path.isfile(args.update):
            raise UsageError(f"cannot update {args.update!r}: not a file")


def _writes_output_itself(args: argparse.Namespace) -> bool:
    """``build --update --format json -o OUT`` saves OUT (and its records) itself."""
    return bool(getattr(args, "update", None)) and args.format == "json" and args.output is not None


def _articles(paths: list[str], report: Reporter) -> Iterator[tuple[Article | Problem, str | None]]:
    """Articles and Problems of every input in order, each with its input's name when there
    are several; duplicates are caught across inputs.  Problems are reported by the consumer,
    in input order, so the stderr of a parallel run equals that of a one-process run."""
    from .io import read_numbered

    seen: dict[str, int] = {}
    several = len(paths) > 1
    for path in paths:
        where = ("<stdin>" if path == "-" else path) if several else None
        for line, item in read_numbered(path, seen=seen):
            if isinstance(item, Article):
                report.origin[item.id] = (line, where)
            yield item, where


def _windows(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while window := list(itertools.islice(iterator, size)):
        yield window


def _apply(func: Callable[[Article], Any], articles: list[Article]) -> list[Any]:
    """A worker's job: one chunk of articles."""
    return [func(article) for article in articles]


def _parallel(func: Callable[[Article], Any], items: Iterable[tuple[Article | Problem, Any]], jobs: int,
              ) -> Iterator[tuple[Article | Problem, Any, Any]]:
    """``(item, extra, func(item))`` in input order; a Problem passes with ``None``.

    ``items`` are ``(item, extra)`` pairs; ``extra`` is handed back untouched.  With
    ``jobs > 1`` chunks of articles go to a process pool; at most ``jobs * _CHUNKS_PER_JOB``
    chunks are in flight, so input is read only a bounded way ahead of output.
    """
    if jobs <= 1:
        for item, extra in items:
            yield item, extra, (func(item) if isinstance(item, Article) else None)
        return
    limit = jobs * _CHUNKS_PER_JOB
    with concurrent.futures.ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context()) as pool:
        flight: collections.deque[tuple[list[tuple[Article | Problem, Any]], Any]] = collections.deque()

        def drain() -> Iterator[tuple[Article | Problem, Any, Any]]:
            chunk, future = flight.popleft()
            results = iter(future.result() if future is not None else ())
            for item, extra in chunk:
                yield item, extra, (next(results) if isinstance(item, Article) else None)

        for chunk in _windows(items, _CHUNK):
            articles = [item for item, _ in chunk if isinstance(item, Article)]
            flight.append((chunk, pool.submit(_apply, func, articles) if articles else None))
            if len(flight) >= limit:
                yield from drain()
        while flight:
            yield from drain()


# ---------------------------------------------------------------- tag

@attrs.frozen
class _Tagger:
    """Picklable per-article tagging step: the Timexes, or the Problem that stopped them."""

    prefer: str

    def __call__(self, article: Article) -> list[Timex] | Problem:
        from .temporal import tag_article

        try:
            return tag_article(article, prefer=self.prefer)
        except InputError as error:
            return error.problem
        except Exception as error:  # one article's failure must not sink the batch
            return Problem(article.id, None, f"tagging failed: {type(error).__name__}: {error}")


def _dump_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def cmd_tag(args: argparse.Namespace, out: IO[str], report: Reporter, progress: Progress) -> None:
    from .io import timeml_document

    items = _parallel(_Tagger(args.prefer), _articles(_check_inputs(args.articles), report), args.jobs)
    fmt = args.format
    if fmt == "json":
        out.write("[")
    elif fmt == "timeml":
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<TimeMLCollection>\n')
    first = True
    for item, where, result in items:
        if not isinstance(item, Article):
            report(item, where)
            continue
        progress.step()
        if isinstance(result, Problem):
            report(result)
            continue
        if fmt == "timeml":
            out.write(timeml_document(item, result))
            out.write("\n")
            continue
        for timex in result:
            line = _dump_line(timex_record(timex))
            if fmt == "json":
                out.write(("\n" if first else ",\n") + line)
                first = False
            else:
                out.write(line + "\n")
    if fmt == "json":
        out.write("\n]\n" if not first else "]\n")
    elif fmt == "timeml":
        out.write("</TimeMLCollection>\n")


# ---------------------------------------------------------------- build

@attrs.frozen
class _Extractor:
    """Picklable per-article step of ``build``: tagging and extraction (the costly part)."""

    prefer: str

    def __call__(self, article: Article) -> Extracted:
        from .distributed import extract_one

        return extract_one(article, prefer=self.prefer)


def _build(items: Iterable[tuple[Article | Problem, str | None]], prefer: str, jobs: int, report: Reporter,
           progress: Progress, keep: dict[str, Article] | None) -> Timeline:
    """The timeline of ``items``, equal to :func:`timeline.graph.build` on their articles.

    Tagging and extraction run per article (in worker processes with ``jobs > 1``); merging
    and ordering run here once every record is in, so the result does not depend on ``jobs``.
    Reader problems come first among the timeline's problems, then extraction problems.
    """
    from .distributed import extract_one, merge_records

    records: list[Extracted] = []
    for position, (item, where, record) in enumerate(_parallel(_Extractor(prefer), items, jobs)):
        if isinstance(item, Problem):
            report(item, where)
            record = extract_one(item)
        else:
            progress.step()
            if keep is not None:
                keep[item.id] = item
            if record.problem is not None:
                report(record.problem)
        # merge_records orders by key: input position keeps one-process order
        records.append(attrs.evolve(record, key=(0, position)))
    timeline, _ = merge_records(records)
    return timeline


def _timexes_by_doc(articles: Iterable[Article], prefer: str) -> dict[str, list[Timex]]:
    tagger = _Tagger(prefer)
    found: dict[str, list[Timex]] = {}
    for article in articles:
        result = tagger(article)
        found[article.id] = [] if isinstance(result, Problem) else result
    return found


def _write_timeline(timeline: Timeline, fmt: str, out: IO[str], articles: dict[str, Article] | None,
                    prefer: str, title: str | None) -> None:
    from . import io as tio

    if fmt == "json":
        tio.dump_timeline(timeline, out)
    elif fmt == "csv":
        tio.write_csv(timeline, out)
    elif fmt == "graphml":
        tio.write_graphml(timeline, out)
    elif fmt == "html":
        tio.write_html(timeline, out, articles or {}, **({"title": title} if title else {}))
    elif fmt == "timeml":
        docs = list((articles or {}).values())
        tio.write_timeml(timeline, docs, _timexes_by_doc(docs, prefer), out)
    else:  # argparse restricts choices; a new format must be wired here
        raise UsageError(f"unknown format {fmt!r}")


def _saved_counts(path: str) -> tuple[int, int]:
    """How many problems and articles the saved timeline lists (its problems were reported
    by the run that met them)."""
    if not os.path.exists(path):
        return 0, 0
    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    if not isinstance(document, dict):
        raise ValueError("expected a JSON object with 'events'")
    problems, articles = document.get("problems", []), document.get("articles", [])
    if not isinstance(problems, list) or not isinstance(articles, list):
        raise ValueError("'problems' and 'articles' must be lists")
    return len(problems), len(articles)


def cmd_update(args: argparse.Namespace, out: IO[str] | None, report: Reporter, progress: Progress) -> None:
    """``build --update``: add the new articles to the saved timeline and save it again.

    The JSON goes to ``--output`` when the format is json (else back to the saved file),
    with its records file beside it; ``out`` (``None`` when that file is the output) gets
    the updated timeline in the chosen format.  Only problems of this run are reported.
    """
    from .incremental import update_file

    saved = args.update
    sources = _check_inputs(args.articles)
    target = args.output if args.format == "json" and args.output else saved
    try:
        known, before = _saved_counts(saved)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            timeline = update_file(saved, sources, args.prefer, output=target)
    except (ValueError, RecursionError) as error:
        report(Problem(None, None, f"{saved}: not a timeline JSON document: {error}"))
        return
    except OSError as error:
        raise UsageError(f"cannot update {saved!r}: {error.strerror or error}") from None
    for warning in caught:
        sys.stderr.write(f"timeline: warning: {warning.message}\n")
    for problem in timeline.problems[known:]:
        report(problem)
    progress.step(len(timeline.articles) - before)
    if out is not None:
        _write_timeline(timeline, args.format, out, None, args.prefer, args.title)


def cmd_build(args: argparse.Namespace, out: IO[str] | None, report: Reporter, progress: Progress) -> None:
    if args.update:
        cmd_update(args, out, report, progress)
        return
    # Only these formats need the texts back after building.
    keep: dict[str, Article] | None = {} if args.format in ("html", "timeml") else None
    items = _articles(_check_inputs(args.articles), report)
    timeline = _build(items, args.prefer, args.jobs, report, progress, keep)
    _write_timeline(timeline, args.format, out, keep, args.prefer, args.title)


# ---------------------------------------------------------------- export

def cmd_export(args: argparse.Namespace, out: IO[str], report: Reporter, progress: Progress) -> None:
    from .io import timeline_from_json

    path = args.timeline
    try:
        if path == "-":
            document = json.load(getattr(sys.stdin, "buffer", sys.stdin))
        else:
            with open(path, encoding="utf-8") as handle:
                document = json.load(handle)
        if not isinstance(document, dict):
            raise ValueError("expected a JSON object with 'events'")
        timeline = timeline_from_json(document)
    except (ValueError, RecursionError) as error:
        report(Problem(None, None, f"{path}: not a timeline JSON document: {error}"))
        return
    articles: dict[str, Article] | None = None
    if args.articles:
        articles = {}
        for item, where in _articles(_check_inputs(args.articles), report):
            if isinstance(item, Article):
                articles[item.id] = item
                progress.step()
            else:
                report(item, where)
    _write_timeline(timeline, args.format, out, articles, args.prefer, args.title)


# ---------------------------------------------------------------- arguments

def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return jobs


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
        sub.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
        sub.add_argument("--prefer", choices=("past", "future"), default="past",
                         help="direction of a bare weekday or month with no tense cue (default past)")
        sub.add_argument("--no-progress", action="store_true",
                         help="no progress line on stderr (it only shows on a terminal anyway)")

    tag = commands.add_parser(
        "tag", formatter_class=formatter, help="find and resolve time expressions",
        description="Print one JSON line per resolved time expression, in input order.",
        epilog="example:\n  timeline tag articles.jsonl --prefer past > tags.jsonl")
    tag.add_argument("articles", nargs="*", metavar="ARTICLES", help="JSON Lines files, '-' for stdin")
    common(tag, ("jsonl", "json", "timeml"))
    tag.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N", help="worker processes")

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
    common(build, ("json", "timeml", "graphml", "csv", "html"))
    build.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N", help="worker processes")
    build.add_argument("--title", help="page title for --format html")
    build.add_argument("--update", metavar="SAVED.json",
                       help="add ARTICLES to this saved timeline (created if missing) and save it again, "
                            "with its records file SAVED.records.jsonl; -o with --format json saves "
                            "to that file instead; no --jobs; formats json, csv, graphml")

    export = commands.add_parser(
        "export", formatter_class=formatter, help="convert a saved timeline JSON",
        description="Re-export a timeline saved by 'timeline build' (JSON) to another format.",
        epilog="examples:\n  timeline export timeline.json --format csv -o events.csv\n"
               "  timeline export timeline.json --format html --articles articles.jsonl -o t.html")
    export.add_argument("timeline", metavar="TIMELINE.json", help="saved timeline, '-' for stdin")
    common(export, ("json", "timeml", "graphml", "csv", "html"))
    export.add_argument("--articles", nargs="+", metavar="ARTICLES",
                        help="the source articles: sentences for html, texts for timeml (required)")
    export.add_argument("--title", help="page title for --format html")
    return parser


# ---------------------------------------------------------------- main

@contextlib.contextmanager
def _output(path: str | None, fmt: str) -> Iterator[IO[str]]:
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    try:
        handle = open(path, "w", encoding="utf-8", newline="" if fmt == "csv" else "\n")
    except OSError as error:
        raise UsageError(f"cannot write {path!r}: {error.strerror}") from None
    with handle:
        yield handle


def _utf8(stream: Any, errors: str) -> None:
    if (getattr(stream, "encoding", "utf-8") or "").lower().replace("-", "") != "utf8" \
            and hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8", errors=errors)


COMMANDS = {"tag": cmd_tag, "build": cmd_build, "export": cmd_export}


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = make_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 2
    _utf8(sys.stdout, "strict")
    _utf8(sys.stderr, "backslashreplace")
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
        return 2
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not an error; silence the flush at exit.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        progress.close()
        return 130
    progress.close()
    return 1 if report.problems else 0
