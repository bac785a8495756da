"""The ``timeline`` command: ``tag``, ``build`` and ``export``.

Input is read as a stream, article by article; bad records are reported on stderr as
``timeline: line L, article 'ID', field 'F': message`` and every good article is still
processed.  Exit status: 0 when all went well, 1 when any input problem was reported,
2 for a usage error (bad option, unreadable file).
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

import attrs

from . import __version__
from .model import Article, InputError, Problem, Timeline, Timex, timex_record

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

#: Articles handed to the worker pool at a time: bounds memory while keeping workers busy.
_WINDOW_PER_JOB = 32
DATELINE_WARNING = "publication date taken from the article's dateline"


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


def _articles(paths: list[str], report: Reporter) -> Iterator[Article | Problem]:
    """Articles and Problems of every input in order; duplicates are caught across inputs."""
    from .io import read_numbered

    seen: dict[str, int] = {}
    several = len(paths) > 1
    for path in paths:
        where = ("<stdin>" if path == "-" else path) if several else None
        for line, item in read_numbered(path, seen=seen):
            if isinstance(item, Problem):
                report(item, where)
            else:
                report.origin[item.id] = (line, where)
            yield item


def _windows(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while window := list(itertools.islice(iterator, size)):
        yield window


def _parallel(func: Callable[[Article], Any], items: Iterable[Article | Problem], jobs: int,
              ) -> Iterator[tuple[Article | Problem, Any]]:
    """(item, func(item)) for Articles in input order; Problems pass with ``None``.

    With ``jobs > 1`` the work runs in a process pool, one bounded window at a time, so
    input is never read far ahead of output.
    """
    if jobs <= 1:
        for item in items:
            yield item, (func(item) if isinstance(item, Article) else None)
        return
    with multiprocessing.get_context().Pool(jobs) as pool:
        for window in _windows(items, jobs * _WINDOW_PER_JOB):
            articles = [item for item in window if isinstance(item, Article)]
            results = iter(pool.map(func, articles, chunksize=max(1, len(articles) // (jobs * 4))))
            for item in window:
                yield item, (next(results) if isinstance(item, Article) else None)


# ---------------------------------------------------------------- tag

@attrs.frozen
class _Tagger:
    """Picklable per-article tagging step: the Timexes, or the Problem that stopped them."""

    prefer: str

    def __call__(self, article: Article) -> list[Timex] | Problem:
        from .temporal import tag_article

        try:
            timexes = tag_article(article, prefer=self.prefer)
        except InputError as error:
            return error.problem
        except Exception as error:  # one article's failure must not sink the batch
            return Problem(article.id, None, f"tagging failed: {type(error).__name__}: {error}")
        if article.published_source == "dateline":
            timexes = [t if DATELINE_WARNING in t.warnings
                       else attrs.evolve(t, warnings=(*t.warnings, DATELINE_WARNING)) for t in timexes]
        return timexes


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
    for item, result in items:
        if not isinstance(item, Article):
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

def _build(items: Iterable[Article | Problem], prefer: str, jobs: int, report: Reporter,
           progress: Progress, keep: dict[str, Article] | None) -> Timeline:
    from .graph import build

    reader_problems: list[Problem] = []

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, Problem):
                reader_problems.append(item)
                continue
            progress.step()
            if keep is not None:
                keep[item.id] = item
            yield item

    seen: set[int] = set()

    def on_problem(problem: Problem) -> None:
        seen.add(id(problem))
        report(problem)

    if jobs > 1:
        timeline = _build_parallel(articles(), prefer, jobs, on_problem)
    else:
        timeline = build(articles(), prefer=prefer, on_problem=on_problem)
    for problem in timeline.problems:
        if id(problem) not in seen:
            report(problem)
    return attrs.evolve(timeline, problems=(*reader_problems, *timeline.problems))


def _build_parallel(articles: Iterable[Article], prefer: str, jobs: int,
                    on_problem: Callable[[Problem], None]) -> Timeline:
    """Tagging (the costly step) in worker processes; extraction, merging and ordering here.

    ``build`` gets a tagger that hands back each article's precomputed result (or raises
    the same failure), so the timeline is identical to a one-process build.
    """
    from .graph import build

    pending: dict[str, list[Timex] | _Failure] = {}

    def tagged() -> Iterator[Article]:
        for article, result in _parallel(_RawTagger(prefer), articles, jobs):
            pending[article.id] = result
            yield article

    def lookup(article: Article, _prefer: str) -> list[Timex]:
        result = pending.pop(article.id)
        if isinstance(result, _Failure):
            raise result.exception()
        return result

    return build(tagged(), prefer=prefer, on_problem=on_problem, tagger=lookup)


@attrs.frozen
class _Failure:
    """A picklable record of a worker's exception, raised again in the parent."""

    name: str
    message: str
    problem: Problem | None = None

    def exception(self) -> Exception:
        if self.problem is not None:
            return InputError(self.problem)
        return type(self.name, (Exception,), {})(self.message)


@attrs.frozen
class _RawTagger:
    prefer: str

    def __call__(self, article: Article) -> list[Timex] | _Failure:
        from .temporal import tag_article

        try:
            return list(tag_article(article, self.prefer))
        except InputError as error:
            return _Failure("InputError", str(error), error.problem)
        except Exception as error:  # re-raised in the parent, where build reports it
            return _Failure(type(error).__name__, str(error))


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


def cmd_build(args: argparse.Namespace, out: IO[str], report: Reporter, progress: Progress) -> None:
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
        for item in _articles(_check_inputs(args.articles), report):
            if isinstance(item, Article):
                articles[item.id] = item
                progress.step()
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
               "  timeline build articles.jsonl --format html -o timeline.html")
    build.add_argument("articles", nargs="*", metavar="ARTICLES", help="JSON Lines files, '-' for stdin")
    common(build, ("json", "timeml", "graphml", "csv", "html"))
    build.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N", help="worker processes")
    build.add_argument("--title", help="page title for --format html")

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
