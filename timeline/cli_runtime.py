"""What every ``timeline`` command shares: problem reporting, progress, reading the inputs,
and the bounded worker pool that keeps input order."""

from __future__ import annotations

import collections
import concurrent.futures
import itertools
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

import attrs

from .model import Article, Problem

#: Articles per task sent to a worker: small enough to keep workers evenly busy, large
#: enough that pickling and scheduling stay cheap next to tagging.
CHUNK = 8
#: Chunks in flight per worker: bounds how far input is read ahead of output.
CHUNKS_PER_JOB = 4


class UsageError(Exception):
    """A command-line mistake: reported and exit status 2."""


class Refused(Exception):
    """An input the command cannot work from at all (a broken saved timeline): reported as a
    problem, exit status 1, and no output written."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


# ---------------------------------------------------------------- progress and reporting

class Progress:
    """Articles done and rate on one stderr line; silent unless enabled.

    ``check`` is called before each article: the command line's stop check, which raises a
    stopping signal again when its exception was lost on the way."""

    def __init__(self, stream: IO[str], enabled: bool, check: Callable[[], None] | None = None):
        self.stream, self.enabled, self.check = stream, enabled, check
        self.count, self.started, self.shown = 0, time.monotonic(), 0.0

    def step(self, count: int = 1) -> None:
        if self.check is not None:
            self.check()
        self.count += count
        self._show()

    def _show(self) -> None:
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
            self._show()
            self.stream.write("\n")
            self.stream.flush()


class Reporter:
    """Writes problems to stderr as they come and remembers whether any occurred."""

    def __init__(self, stream: IO[str]):
        self.stream = stream
        self.problems: list[Problem] = []
        #: Where each article came from, (line, input name or None), to place later problems.
        self.origin: dict[str, tuple[int, str | None]] = {}

        #: How many records (articles and problems) the inputs held.
        self.records = 0

    def placed(self, problem: Problem) -> Problem:
        """``problem`` with the input line of its article, when it has none."""
        if problem.line is None and problem.article in self.origin:
            return attrs.evolve(problem, line=self.origin[problem.article][0])
        return problem

    def __call__(self, problem: Problem, where: str | None = None) -> None:
        if problem.line is None and problem.article in self.origin:
            where = self.origin[problem.article][1]
        problem = self.placed(problem)
        self.problems.append(problem)
        suffix = f" (in {where})" if where else ""
        self.stream.write(f"timeline: {problem}{suffix}\n")
        self.stream.flush()

    def warn(self, message: str) -> None:
        """A note that is no input problem (exit status unchanged)."""
        self.stream.write(f"timeline: warning: {message}\n")
        self.stream.flush()


# ---------------------------------------------------------------- input

def check_inputs(paths: list[str]) -> list[str]:
    """``paths``, or stdin (``["-"]``) when none; a :class:`UsageError` for a missing file or
    one that cannot be read.  A folder is read as one article per ``.txt`` file in it."""
    paths = paths or ["-"]
    for path in paths:
        if path == "-":
            continue
        if os.path.isdir(path):
            from .io.sources import text_files

            if not text_files(path):
                raise UsageError(f"cannot read {path!r}: it is a directory with no .txt file in it (give "
                                 f"the JSON Lines or CSV files in it, e.g. {os.path.join(path, '*.jsonl')})")
            continue
        if not os.path.exists(path):
            raise UsageError(f"cannot read {path!r}: no such file")
        if not os.access(path, os.R_OK):
            raise UsageError(f"cannot read {path!r}: permission denied")
    return paths


#: The reading options of the command line (``--id-column`` ...), as :func:`timeline.io.read_articles` names them.
READ_OPTIONS = ("id_column", "date_column", "text_column", "date_order", "published")


def reader_options(args: Any) -> dict[str, Any]:
    """The keyword arguments of :func:`timeline.io.read_articles` given on the command line;
    a :class:`UsageError` for a ``--published`` date that cannot be read."""
    from .io.articles import make_fields

    options = {name: getattr(args, name) for name in READ_OPTIONS if getattr(args, name, None) is not None}
    try:
        make_fields(**options)
    except ValueError as error:
        raise UsageError(f"--published {options.get('published')!r}: {error}") from None
    if getattr(args, "input_format", None):
        options["format"] = args.input_format
    return options


def read_inputs(paths: list[str], report: Reporter, options: dict[str, Any] | None = None,
                ) -> Iterator[tuple[Article | Problem, str | None]]:
    """Articles and Problems of every input in order, each with its input's name when there
    are several; duplicates are caught across inputs.  Problems are reported by the consumer,
    in input order, so the stderr of a parallel run equals that of a one-process run.
    ``options`` are :func:`timeline.io.read_articles`'s (:func:`reader_options`)."""
    from .io import read_numbered

    seen: dict[str, int] = {}
    several = len(paths) > 1
    for path in paths:
        where = ("<stdin>" if path == "-" else path) if several else None
        for line, item in read_numbered(path, seen=seen, **(options or {})):
            report.records += 1
            if isinstance(item, Article):
                report.origin[item.id] = (line, where)
            yield item, where
    if not report.records:
        report.warn("no articles in the input" + (" (it is empty or blank)" if len(paths) == 1 else ""))


def _windows(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while window := list(itertools.islice(iterator, size)):
        yield window


def _apply(func: Callable[[Article], Any], articles: list[Article]) -> list[Any]:
    """A worker's job: one chunk of articles."""
    return [func(article) for article in articles]


def parallel(func: Callable[[Article], Any], items: Iterable[tuple[Article | Problem, Any]], jobs: int,
              ) -> Iterator[tuple[Article | Problem, Any, Any]]:
    """``(item, extra, func(item))`` in input order; a Problem passes with ``None``.

    ``items`` are ``(item, extra)`` pairs; ``extra`` is handed back untouched.  With
    ``jobs > 1`` chunks of articles go to a process pool; at most ``jobs * CHUNKS_PER_JOB``
    chunks are in flight, so input is read only a bounded way ahead of output.
    """
    if jobs <= 1:
        for item, extra in items:
            yield item, extra, (func(item) if isinstance(item, Article) else None)
        return
    limit = jobs * CHUNKS_PER_JOB
    with concurrent.futures.ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(),
                                                initializer=_worker_signals) as pool:
        flight: collections.deque[tuple[list[tuple[Article | Problem, Any]], Any]] = collections.deque()

        def drain() -> Iterator[tuple[Article | Problem, Any, Any]]:
            chunk, future = flight.popleft()
            results = iter(future.result() if future is not None else ())
            for item, extra in chunk:
                yield item, extra, (next(results) if isinstance(item, Article) else None)

        try:
            for chunk in _windows(items, CHUNK):
                articles = [item for item, _ in chunk if isinstance(item, Article)]
                flight.append((chunk, pool.submit(_apply, func, articles) if articles else None))
                if len(flight) >= limit:
                    yield from drain()
            while flight:
                yield from drain()
        except BaseException:
            # Stopped (an error, Ctrl-C, SIGTERM, the consumer gone): what the workers hold is
            # discarded, so they are ended, not awaited; waiting for a worker still starting up
            # took minutes on a loaded machine.
            _end_workers(pool)
            raise


def _worker_signals() -> None:
    """Workers leave stopping to the parent: Ctrl-C (sent to the whole process group) is
    ignored in them, SIGTERM ends them at once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)


def _end_workers(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """Cancel the queued chunks and end the worker processes without waiting for their chunks."""
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
    if terminate is not None:
        terminate()
        return
    # Before 3.14 the pool has no public way to end its workers; shutdown forgets them, so
    # they are taken first.
    workers = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        if worker.is_alive():
            worker.terminate()
