"""CSV export: one row per event, for spreadsheets (stdlib ``csv``), and companion files of
the relations and the mentions.

``bom=True`` starts the text with a byte-order mark, which spreadsheets need to read UTF-8
Arabic (without it Excel shows mojibake); the command line writes it by default
(``--no-bom`` leaves it out).

Cells are safe to open in a spreadsheet (OWASP's advice on CSV injection): a cell that would
start with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (a formula to the
spreadsheet) gets a leading apostrophe, which spreadsheets show as text and hide; so does
one that already starts with an apostrophe, so that :func:`csv_value` undoes it exactly.
Lone surrogates (not valid Unicode) are written as U+FFFD.
"""

from __future__ import annotations

import csv
import re
from typing import IO, Any

from ..model import Timeline, iso

COLUMNS = ("id", "type", "subtype", "earliest", "latest", "participants", "place", "confidence",
           "n_mentions", "docs", "first_mention", "phase", "headline", "theatre", "grain", "warnings")
RELATION_COLUMNS = ("source", "target", "type", "origin", "evidence")
MENTION_COLUMNS = ("event", "doc", "start", "end", "text", "context_start", "context_end", "dated_by")
BOM = "\ufeff"

#: First characters that make a spreadsheet read a cell as a formula (OWASP's list, with the
#: full-width and small forms some spreadsheets fold onto them), and the escape itself.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20", "\ufe66", "\ufe62",
                  "\ufe63", "\ufe6b", "'")
_SURROGATE = re.compile("[\ud800-\udfff]")


def csv_cell(value: Any) -> Any:
    """A value as written to a cell: strings escaped as the module docstring says."""
    if not isinstance(value, str):
        return value
    value = _SURROGATE.sub("\ufffd", value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def csv_value(cell: str) -> str:
    """The value a cell written by :func:`csv_cell` stands for (its leading apostrophe dropped)."""
    return cell[1:] if cell.startswith("'") else cell


def _writer(stream: IO[str], bom: bool) -> Any:
    if bom:
        stream.write(BOM)
    # Every cell quoted (OWASP's advice too): a CR inside a cell is quoted even where the csv
    # module would only quote the characters of the line terminator (Python before 3.12).
    return csv.writer(stream, lineterminator="\n", quoting=csv.QUOTE_ALL)


def write_csv(timeline: Timeline, stream: IO[str], *, bom: bool = False) -> None:
    """Write a header and one row per event, in timeline order.

    ``participants`` is ``name (role)`` entries joined by ``"; "``; ``docs`` the distinct
    article ids of the mentions in first-seen order joined by a space; ``first_mention``
    the trigger text of the first mention; ``earliest``/``latest`` are dates, or date-times
    for events dated to the hour or finer; ``warnings`` the event's warnings joined by ``"; "``.
    Open files with ``newline=""``.
    """
    writer = _writer(stream, bom)
    writer.writerow(COLUMNS)
    for event in timeline.events:
        participants = "; ".join(f"{a.name} ({a.role})" if a.role else a.name
                                 for a in event.participants)
        docs = " ".join(dict.fromkeys(m.doc for m in event.mentions))
        first = event.mentions[0].text if event.mentions else ""
        writer.writerow([csv_cell(v) for v in (
            event.id, event.type, event.subtype or "", iso(event.earliest, event.grain) or "",
            iso(event.latest, event.grain) or "", participants, event.place or "", f"{event.confidence:.3g}",
            len(event.mentions), docs, first, event.phase or "", event.headline or "", event.theatre or "",
            event.grain, "; ".join(event.warnings))])


def write_relations_csv(timeline: Timeline, stream: IO[str], *, bom: bool = False) -> None:
    """One row per relation: ``source``, ``target`` (event ids), ``type`` (TimeML), ``origin``
    and ``evidence``: the mentions behind a textual relation as ``doc:start-end`` joined by a space."""
    writer = _writer(stream, bom)
    writer.writerow(RELATION_COLUMNS)
    for relation in timeline.relations:
        evidence = " ".join(f"{m.doc}:{m.start}-{m.end}" for m in relation.evidence)
        writer.writerow([csv_cell(v) for v in (relation.source, relation.target, relation.type, relation.origin,
                                               evidence)])


def write_mentions_csv(timeline: Timeline, stream: IO[str], *, bom: bool = False) -> None:
    """One row per mention: its ``event`` id, article ``doc``, ``start``/``end`` offsets, ``text``,
    the sentence's offsets and how it was dated."""
    writer = _writer(stream, bom)
    writer.writerow(MENTION_COLUMNS)
    for event in timeline.events:
        for m in event.mentions:
            context = m.context or ("", "")
            writer.writerow([csv_cell(v) for v in (event.id, m.doc, m.start, m.end, m.text, context[0], context[1],
                                                   m.dated_by or "")])
