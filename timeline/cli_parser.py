"""The ``timeline`` command's arguments: the parser of ``tag``, ``build`` and ``export``, its
help texts and the checks argparse runs on single values (``--jobs``, ``--dialects``)."""

from __future__ import annotations

import argparse

from . import __version__

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
