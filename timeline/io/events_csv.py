"""CSV export: one row per event, for spreadsheets (stdlib ``csv``)."""

from __future__ import annotations

import csv
from typing import IO

from ..model import Timeline
from .timeline_json import _date

COLUMNS = ("id", "type", "subtype", "earliest", "latest", "participants", "place", "confidence",
           "n_mentions", "docs", "first_mention")


def write_csv(timeline: Timeline, stream: IO[str]) -> None:
    """Write a header and one row per event, in timeline order.

    ``participants`` is ``name (role)`` entries joined by ``"; "``; ``docs`` the distinct
    article ids of the mentions in first-seen order joined by a space; ``first_mention``
    the trigger text of the first mention.  Open files with ``newline=""``.
    """
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(COLUMNS)
    for event in timeline.events:
        participants = "; ".join(f"{a.name} ({a.role})" if a.role else a.name
                                 for a in event.participants)
        docs = " ".join(dict.fromkeys(m.doc for m in event.mentions))
        first = event.mentions[0].text if event.mentions else ""
        writer.writerow((event.id, event.type, event.subtype or "", _date(event.earliest) or "",
                         _date(event.latest) or "", participants, event.place or "",
                         f"{event.confidence:.3g}", len(event.mentions), docs, first))
