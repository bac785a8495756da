"""Timelines and time expressions as pandas DataFrames (the ``pandas`` extra).

pandas is imported here only, and only when a frame is made: ``import timeline`` never loads
it.  Interval bounds are ``datetime64[s]`` columns (``NaT`` for an undated event), so dates
from the 1400s (a Hijri year read as Gregorian) to 9999 fit.

>>> import datetime, timeline
>>> frame = timeline.tag_frame(timeline.tag("وصل الوفد أمس الأربعاء", datetime.date(2020, 10, 1)))
>>> frame[["text", "value"]].to_dict("records")
[{'text': 'أمس الأربعاء', 'value': '2020-09-30'}]
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from .model import Timeline, Timex

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

__all__ = ["Frames", "dataframe_records", "tag_frame", "timeline_frames"]

EVENT_COLUMNS = ("id", "type", "subtype", "phase", "headline", "earliest", "latest", "grain", "participants",
                 "actors", "place", "theatre", "confidence", "n_mentions", "articles", "warnings")
MENTION_COLUMNS = ("event", "type", "headline", "article", "start", "end", "text", "context_start",
                   "context_end", "dated_by", "timexes")
RELATION_COLUMNS = ("source", "target", "type", "origin", "n_evidence")
PROBLEM_COLUMNS = ("article", "field", "line", "message")
TAG_COLUMNS = ("doc", "start", "end", "text", "type", "value", "earliest", "latest", "grain", "mod", "anchor",
               "reading", "warnings")


@attrs.frozen
class Frames:
    """The frames of a timeline: ``events, mentions, relations, problems = tl.to_pandas()``."""

    events: pd.DataFrame
    mentions: pd.DataFrame
    relations: pd.DataFrame
    problems: pd.DataFrame

    def __iter__(self) -> Iterator[pd.DataFrame]:
        return iter((self.events, self.mentions, self.relations, self.problems))


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError("DataFrames need pandas: pip install 'timeline[pandas]'") from None
    return pandas


def _instant(value: dt.date | None) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value.replace(tzinfo=None) if value is not None else None
    return dt.datetime.combine(value, dt.time())


def _frame(rows: list[dict[str, Any]], columns: tuple[str, ...], instants: tuple[str, ...] = (),
           integers: tuple[str, ...] = ()) -> pd.DataFrame:
    import numpy

    pd = _pandas()
    frame = pd.DataFrame.from_records(rows, columns=list(columns)) if rows else \
        pd.DataFrame({c: pd.Series([], dtype=object) for c in columns})
    for column in instants:
        # numpy's second unit reaches years 1-9999 (nanoseconds stop at 2262); NaT for None.
        values = numpy.array([_instant(row[column]) for row in rows], dtype="datetime64[s]")
        frame[column] = pd.Series(values, dtype="datetime64[s]", index=frame.index)
    for column in integers:
        frame[column] = frame[column].astype("Int64")
    return frame


def timeline_frames(timeline: Timeline) -> Frames:
    """The timeline's events (one row each), mentions (one row per mention, with its article,
    offsets, text and the event's headline), relations and problems as DataFrames."""
    events, mentions = [], []
    for event in timeline.events:
        headline = event.headline
        events.append({
            "id": event.id, "type": event.type, "subtype": event.subtype, "phase": event.phase,
            "headline": headline, "earliest": event.earliest, "latest": event.latest,
            "grain": event.grain,
            "participants": [a.name for a in event.participants], "actors": [a.key for a in event.participants],
            "place": event.place, "theatre": event.theatre, "confidence": event.confidence,
            "n_mentions": len(event.mentions), "articles": list(dict.fromkeys(m.doc for m in event.mentions)),
            "warnings": list(event.warnings),
        })
        for m in event.mentions:
            context = m.context or (None, None)
            mentions.append({
                "event": event.id, "type": event.type, "headline": headline, "article": m.doc, "start": m.start,
                "end": m.end, "text": m.text, "context_start": context[0], "context_end": context[1],
                "dated_by": m.dated_by, "timexes": [list(span) for span in m.timexes],
            })
    relations = [{"source": r.source, "target": r.target, "type": r.type, "origin": r.origin,
                  "n_evidence": len(r.evidence)} for r in timeline.relations]
    problems = [{"article": p.article, "field": p.field, "line": p.line, "message": p.message}
                for p in timeline.problems]
    return Frames(_frame(events, EVENT_COLUMNS, ("earliest", "latest"), ("n_mentions",)),
                  _frame(mentions, MENTION_COLUMNS, (), ("start", "end", "context_start", "context_end")),
                  _frame(relations, RELATION_COLUMNS, (), ("n_evidence",)),
                  _frame(problems, PROBLEM_COLUMNS, (), ("line",)))


def tag_frame(timexes: Iterable[Timex]) -> pd.DataFrame:
    """Time expressions (what :func:`timeline.tag` or :func:`timeline.tag_article` return), one row each."""
    rows = [{"doc": t.doc, "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
             "earliest": t.earliest, "latest": t.latest, "grain": t.grain, "mod": t.mod, "anchor": t.anchor,
             "reading": str(t.reading), "warnings": list(t.warnings)} for t in timexes]
    return _frame(rows, TAG_COLUMNS, ("earliest", "latest"), ("start", "end"))


def _plain(value: Any) -> Any:
    """A DataFrame cell as the reader expects it: missing values None, numpy scalars as Python."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    module = type(value).__module__.split(".")[0]
    if module == "pandas":
        pd = _pandas()
        if value is pd.NaT or (not isinstance(value, str) and bool(pd.isna(value))):
            return None
        if isinstance(value, pd.Timestamp):
            return value.to_pydatetime()
    if module == "numpy":
        plain = value.item()
        return None if isinstance(plain, float) and math.isnan(plain) else plain
    return value


def dataframe_records(frame: pd.DataFrame) -> Iterator[Mapping[str, Any]]:
    """The rows of ``frame`` as dicts of plain Python values (missing cells ``None``)."""
    columns = [str(c) for c in frame.columns]
    for row in frame.itertuples(index=False, name=None):
        yield {column: _plain(value) for column, value in zip(columns, row, strict=True)}
