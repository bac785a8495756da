"""The ``timeline`` commands: ``tag``, ``build`` (and ``build --update``) and ``export``.

Each takes the parsed arguments, the output stream (``None`` when the command saves its
output itself), the :class:`~timeline.cli_runtime.Reporter` and the progress line.
"""

from __future__ import annotations

import argparse
import collections
import collections.abc
import json
import sys
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

import attrs

from .cli_runtime import (
    Progress,
    Refused,
    Reporter,
    UsageError,
    check_inputs,
    parallel,
    read_inputs,
    reader_options,
)
from .model import Article, InputError, Problem, Timeline, Timex, timex_record

if TYPE_CHECKING:
    from .graph.records import Extracted
    from .pipeline import Step


# ---------------------------------------------------------------- tag

@attrs.frozen
class _Tagger:
    """Picklable per-article tagging step: the Timexes, or the Problem that stopped them."""

    prefer: str
    dialects: tuple[str, ...] | None = None
    #: user lexicon files (their month spellings), compiled once in each worker process
    lexicon: tuple[str, ...] = ()

    def __call__(self, article: Article) -> list[Timex] | Problem:
        from .temporal import tag_article

        try:
            options: dict[str, Any] = {}  # only the options given: a stand-in tagger need not take them
            if self.dialects is not None:
                options["dialects"] = self.dialects
            compiled = _lexicon(self.lexicon)
            if compiled is not None and compiled.temporal is not None:
                options["vocabulary"] = compiled.temporal
            return tag_article(article, prefer=self.prefer, **options)
        except InputError as error:
            return error.problem
        except Exception as error:  # one article's failure must not sink the batch
            return Problem(article.id, None, f"tagging failed: {type(error).__name__}: {error}")


def _dump_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def cmd_tag(args: argparse.Namespace, out: IO[str], report: Reporter, progress: Progress) -> None:
    from .io import timeml_document

    items = parallel(_Tagger(args.prefer, args.dialects, tuple(args.lexicon)), read_inputs(check_inputs(args.articles), report, reader_options(args)), args.jobs)
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
        for warning in item.warnings:
            report(warning, where)
        if isinstance(result, Problem):
            report(result)
            continue
        if fmt == "timeml":
            out.write(timeml_document(item, result))
            out.write("\n")
            continue
        for timex in result:
            record = timex_record(timex)
            if getattr(args, "explain", False):
                record["rule"] = timex.rule
            line = _dump_line(record)
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

def _step(args: argparse.Namespace) -> Step:
    """The per-article step of ``build`` and ``build --update`` (run in worker processes with
    ``--jobs``; user lexicon files travel as paths and are compiled once in each)."""
    from .pipeline import Step

    return Step(args.prefer, lexicon=tuple(getattr(args, "lexicon", ())), dialects=args.dialects)


def _lexicon(files: Iterable[str]) -> Any:
    from .user_lexicon import load_lexicon

    files = tuple(files)
    return load_lexicon(files) if files else None


def _extracted(items: Iterable[tuple[Article | Problem, str | None]], step: Step, jobs: int, report: Reporter,
               progress: Progress, keep: dict[str, Article] | None = None) -> Iterator[Extracted]:
    """The map step over ``items`` in input order (in worker processes with ``jobs > 1``), each
    record's problems reported as it comes and given its input line."""
    for item, where, record in parallel(step, items, jobs):
        if isinstance(item, Problem):
            report(item, where)
            yield step(item)
            continue
        progress.step()
        if keep is not None:
            keep[item.id] = item
        for warning in record.warnings:
            report(warning, where)
        if record.problem is not None:
            report(record.problem)
            record = attrs.evolve(record, problem=report.placed(record.problem))
        yield record


def _build(items: Iterable[tuple[Article | Problem, str | None]], step: Step, jobs: int, report: Reporter,
           progress: Progress, keep: dict[str, Article] | None) -> Timeline:
    """The timeline of ``items``, equal to :func:`timeline.graph.build` on their articles.

    Tagging and extraction run per article (in worker processes with ``jobs > 1``); merging
    and ordering run here once every record is in, so the result does not depend on ``jobs``.
    Reader problems come first among the timeline's problems, then extraction problems.
    """
    from .graph.records import merge_records

    # merge_records orders by key: input position keeps one-process order
    records = [attrs.evolve(record, key=(0, position))
               for position, record in enumerate(_extracted(items, step, jobs, report, progress, keep))]
    timeline, _ = merge_records(records, lexicon=step.compiled)
    return timeline


def _timexes_by_doc(articles: Iterable[Article], prefer: str, dialects: tuple[str, ...] | None = None,
                    lexicon: tuple[str, ...] = ()) -> dict[str, list[Timex]]:
    tagger = _Tagger(prefer, dialects, lexicon)
    found: dict[str, list[Timex]] = {}
    for article in articles:
        result = tagger(article)
        found[article.id] = [] if isinstance(result, Problem) else result
    return found


def _write_timeline(timeline: Timeline, fmt: str, out: IO[str], articles: dict[str, Article] | None,
                    args: argparse.Namespace) -> None:
    from . import io as tio

    title = {"title": args.title} if getattr(args, "title", None) else {}
    if fmt == "json":
        tio.dump_timeline(timeline, out)
    elif fmt == "csv":
        bom = not getattr(args, "no_bom", False)
        tio.write_csv(timeline, out, bom=bom)
        if args.output is not None:
            _write_companions(timeline, args.output, bom)
    elif fmt == "graphml":
        tio.write_graphml(timeline, out)
    elif fmt == "html":
        tio.write_html(timeline, out, articles or {}, **title, lexicon=_lexicon(getattr(args, "lexicon", ())))
    elif fmt == "timelinejs":
        tio.write_timelinejs(timeline, out, articles or {}, **title)
    elif fmt == "timeml":
        docs = list((articles or {}).values())
        tio.write_timeml(timeline, docs, _timexes_by_doc(docs, args.prefer, getattr(args, "dialects", None),
                                                         tuple(getattr(args, "lexicon", ()))), out)
    else:  # argparse restricts choices; a new format must be wired here
        raise UsageError(f"unknown format {fmt!r}")


def companion_paths(output: str) -> dict[str, str]:
    """The relations and mentions files written beside ``-o EVENTS.csv``."""
    stem = output[:-4] if output.lower().endswith(".csv") else output
    return {"relations": f"{stem}.relations.csv", "mentions": f"{stem}.mentions.csv"}


def _write_companions(timeline: Timeline, output: str, bom: bool) -> None:
    from .io import write_mentions_csv, write_relations_csv
    from .io.atomic import atomic_output

    paths = companion_paths(output)
    for kind, write in (("relations", write_relations_csv), ("mentions", write_mentions_csv)):
        try:
            with atomic_output(paths[kind], newline="") as handle:
                write(timeline, handle, bom=bom)
        except OSError as error:
            raise UsageError(f"cannot write {paths[kind]!r}: {error.strerror or error}") from None


def cmd_update(args: argparse.Namespace, out: IO[str] | None, report: Reporter, progress: Progress) -> None:
    """``build --update``: add the new articles to the saved timeline and save it again.

    The JSON goes to ``--output`` when the format is json (else back to the saved file),
    with its records file beside it; ``out`` (``None`` when that file is the output) gets
    the updated timeline in the chosen format.  Only problems of this run are reported.
    """
    from .incremental import check_options, load_saved, save_timeline, update_with_records

    saved = args.update
    items = read_inputs(check_inputs(args.articles), report, reader_options(args))
    target = args.output if args.format == "json" and args.output else saved
    try:
        timeline, records, notes = load_saved(saved)
    except (ValueError, RecursionError) as error:
        raise Refused(Problem(None, None, f"{saved}: not a timeline JSON document: {error}")) from None
    except OSError as error:
        raise UsageError(f"cannot update {saved!r}: {error.strerror or error}") from None
    step = _step(args)
    more, options = check_options(saved, records, step.options())
    for note in notes + more:
        report.warn(note)
    places: collections.deque[str | None] = collections.deque()

    def fresh() -> Iterator[Article | Problem]:
        for item, where in items:
            places.append(where)
            yield item

    def extract(chosen: Iterable[Article | Problem]) -> Iterator[Extracted]:
        return _extracted(((item, places.popleft()) for item in chosen), step, args.jobs, report, progress)

    timeline, every = update_with_records(timeline, fresh(), args.prefer, records=records, extract=extract,
                                          lexicon=step.lexicon, dialects=step.dialects, lines=_Lines(report))
    save_timeline(target, timeline, every if records is not None else None, options)
    if out is not None:
        _write_timeline(timeline, args.format, out, None, args)


class _Lines(collections.abc.Mapping):
    """Article id -> input line, read live from the reporter as the input is read."""

    def __init__(self, report: Reporter):
        self.origin = report.origin

    def __getitem__(self, key: str) -> int:
        return self.origin[key][0]

    def __iter__(self) -> Iterator[str]:
        return iter(self.origin)

    def __len__(self) -> int:
        return len(self.origin)


def cmd_build(args: argparse.Namespace, out: IO[str] | None, report: Reporter, progress: Progress) -> None:
    if args.update:
        cmd_update(args, out, report, progress)
        return
    # Only these formats need the texts back after building.
    keep: dict[str, Article] | None = {} if args.format in ("html", "timeml", "timelinejs") else None
    items = read_inputs(check_inputs(args.articles), report, reader_options(args))
    timeline = _build(items, _step(args), args.jobs, report, progress, keep)
    _write_timeline(timeline, args.format, out, keep, args)


# ---------------------------------------------------------------- export

def _load_timeline(path: str) -> Timeline:
    from .io import timeline_from_json
    from .io.jsonrecords import _Decoder

    decoder = _Decoder()
    try:
        if path == "-":
            text = getattr(sys.stdin, "buffer", sys.stdin).read()
            text = text.decode("utf-8") if isinstance(text, bytes) else text
        else:
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
        document = decoder.decode(text.lstrip("\ufeff"))
        too_long = decoder.problem(0)
        if too_long is not None:
            raise ValueError(too_long.message)
        return timeline_from_json(document)
    except UnicodeDecodeError as error:
        message = f"not UTF-8: {error.reason} at byte {error.start}"
    except (ValueError, RecursionError) as error:
        message = str(error) if not isinstance(error, RecursionError) else "nested too deeply"
    raise Refused(Problem(None, None, f"{path}: not a timeline JSON document: {message}"))


def cmd_export(args: argparse.Namespace, out: IO[str], report: Reporter, progress: Progress) -> None:
    timeline = _load_timeline(args.timeline)
    articles: dict[str, Article] | None = None
    if args.articles:
        articles = {}
        for item, where in read_inputs(check_inputs(args.articles), report, reader_options(args)):
            if isinstance(item, Article):
                articles[item.id] = item
                progress.step()
                for warning in item.warnings:
                    report(warning, where)
            else:
                report(item, where)
    _write_timeline(timeline, args.format, out, articles, args)


COMMANDS = {"tag": cmd_tag, "build": cmd_build, "export": cmd_export}
