"""Frozen value types shared by every stage of the pipeline.

Data flows one way: :class:`Article` -> :class:`Timex` (tagger) -> :class:`Mention` /
:class:`Event` (extraction) -> :class:`Timeline` (merge, order).  Every type is an
``attrs`` frozen class; derive changed copies with :func:`attrs.evolve`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs


def calendar_day(moment: dt.datetime | dt.date) -> dt.date:
    """The calendar day of a moment (a date is its own day)."""
    return moment.date() if isinstance(moment, dt.datetime) else moment


#: Grains from coarsest to finest; an interval's grain is the unit its text names.
GRAINS = ("millennium", "century", "decade", "year", "half", "quarter", "season", "month", "week", "day",
          "part_of_day", "hour", "minute", "second")

#: TimeML TLINK relation types produced by the ordering step.
RELATION_TYPES = ("BEFORE", "AFTER", "SIMULTANEOUS", "INCLUDES", "IS_INCLUDED", "OVERLAP")

#: Event types of the contract; finer distinctions go in ``Event.subtype``.
EVENT_TYPES = ("ceasefire", "call", "meeting", "strike", "capture", "statement", "other")

#: Phases of a ceasefire or agreement (``Event.phase``), in the order they normally come.
#: Part of an event's identity: reports of different phases are different events.
PHASES = ("proposed", "agreed", "signed", "approved", "takes_effect", "extended", "violated",
          "suspended", "resumed", "ended")

#: Participant roles (``Actor.role``).
ROLES = ("agent", "patient", "counterpart", "speaker", "mediator")

#: ``Actor.kind`` of a generic party ("الطرفان"، "طرفا النزاع"، "الجانبان"): it stands for the
#: named parties of its event's theatre, whoever they are.
GENERIC_KIND = "generic"

#: ``Mention.dated_by`` values: the governing time expression's clause or sentence, the
#: narrative's date in play, an anchor event, or nothing (the event is undated).  ``"dct"``
#: (a window before publication) is what older extraction wrote.
DATED_BY = ("clause", "sentence", "narrative", "anchor", "none", "dct")

#: Warning of an event with no date of its own: ``earliest`` is None and ``latest`` the bound
#: the text proves (publication, or an event it is said to precede).
UNDATED = "undated"

_DAY_END = dt.time(23, 59, 59)


def start_of(value: dt.date | None) -> dt.datetime | None:
    """An interval's first instant: a date is taken as the start of that day."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.combine(value, dt.time())


def end_of(value: dt.date | None) -> dt.datetime | None:
    """An interval's last instant (inclusive, to the second): a date is taken as its last second."""
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.combine(value, _DAY_END)


def _fields(value: Any) -> tuple[tuple[str, Any], ...]:
    if isinstance(value, dict):
        return tuple(sorted(value.items()))
    return tuple(value)


@attrs.frozen
class Article:
    """One news article: identifier, publication time (the DCT) and original text."""

    id: str
    text: str
    published: dt.datetime | None = None
    #: Where ``published`` came from: ``"field"`` or ``"dateline"`` (taken from the text).
    published_source: str = "field"
    #: Further input keys (title, source, url, ...), kept verbatim as sorted pairs.
    extra: tuple[tuple[str, Any], ...] = attrs.field(default=(), converter=_fields)
    #: What the reader changed or doubts in this record (a replaced character, a date that
    #: looks Hijri), each a :class:`Problem` naming its field; the article is used as it is.
    #: ``build`` lists them among the timeline's problems, the command line reports them.
    warnings: tuple[Problem, ...] = ()


@attrs.frozen
class Reading:
    """A recognizer's underspecified reading, before anchoring.

    ``kind`` names the rule family (``"weekday"``, ``"calendar"``, ``"relative"``,
    ``"duration"``, ``"vague"``, ...); ``fields`` are sorted ``(name, value)`` pairs
    such as ``(("part", "EV"), ("shift", -1), ("weekday", 2))``.
    """

    kind: str
    fields: tuple[tuple[str, Any], ...] = attrs.field(default=(), converter=_fields)

    def get(self, name: str, default: Any = None) -> Any:
        for key, value in self.fields:
            if key == name:
                return value
        return default

    def as_dict(self) -> dict[str, Any]:
        return dict(self.fields)

    def __str__(self) -> str:
        inner = ", ".join(f"{k}={v}" for k, v in self.fields)
        return f"{self.kind}({inner})"


@attrs.frozen
class Timex:
    """A resolved temporal expression (TIMEX3) with its inclusive interval.

    ``start``/``end`` index the article's original text (code points), so
    ``text == article.text[start:end]``.  ``earliest``/``latest`` are inclusive bounds;
    both are ``None`` for bare durations and vague references.  ``grain`` is the unit
    of the expression (``"day"``, ``"month"``, ``"hour"``, ...).
    """

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    earliest: dt.datetime | None = None
    latest: dt.datetime | None = None
    grain: str | None = None
    mod: str | None = None
    reading: Reading = Reading("unknown")
    #: What the value was anchored to: ``"dct"``, ``"narrative"`` or ``None`` (absolute).
    anchor: str | None = None
    warnings: tuple[str, ...] = ()
    doc: str | None = None
    #: Further TIMEX3 attributes, e.g. ``(("quant", "EVERY"),)`` or ``(("anchor_value", "2020-10-01"),)``.
    extra: tuple[tuple[str, Any], ...] = attrs.field(default=(), converter=_fields)
    #: The tagger rule that produced it (``family.rule``, e.g. ``"deictic.weekday"``).
    rule: str | None = None


@attrs.frozen
class Actor:
    """A normalized participant: canonical key plus the surface form met in the text.

    ``kind``: ``person``, ``country``, ``organization``, ``group``, ``role`` (an office such
    as ``"armenia:foreign_minister"``) or :data:`GENERIC_KIND` (the parties of the theatre).
    ``role`` (:data:`ROLES`): ``agent`` (who acts, calls, strikes), ``patient`` (who undergoes
    it), ``counterpart`` (the other side of a call or meeting), ``speaker`` (who makes a
    statement), ``mediator`` (who brokers); ``None`` when unknown.
    """

    key: str
    name: str
    kind: str = "person"
    role: str | None = None


@attrs.frozen
class Mention:
    """One place in one article that reports an event (the trigger span and its context)."""

    doc: str
    start: int
    end: int
    text: str
    #: The sentence or clause the mention sits in, as (start, end) offsets.
    context: tuple[int, int] | None = None
    #: Time expressions that dated this mention, as (start, end) offsets.
    timexes: tuple[tuple[int, int], ...] = ()
    #: How the date was found (:data:`DATED_BY`).
    dated_by: str | None = None
    #: Dated only by words relative to publication ("اليوم"، "أمس"), with no weekday or calendar
    #: date to confirm them: a paper printing yesterday's wire copy may be a day late.
    deictic: bool = False


@attrs.frozen
class Event:
    """A real-world event with every mention that reports it.

    ``earliest``/``latest`` are the inclusive bounds of its interval as naive local
    date-times (to the second) at ``grain``: a day-grain event runs from 00:00:00 to
    23:59:59.  A ``datetime.date`` given for either is taken as the whole day (start or end).
    An undated event (warning :data:`UNDATED`) has ``earliest=None`` and ``latest`` the bound
    the text proves; with no publication date both are ``None``.
    ``phase`` (:data:`PHASES`) says which step of a ceasefire or agreement this is;
    ``headline`` is a short Arabic description (who did what, where); ``theatre`` the key of
    the conflict or country its article is about, which stands for its place when it names none.
    """

    id: str
    type: str
    subtype: str | None = None
    earliest: dt.datetime | None = attrs.field(default=None, converter=start_of)
    latest: dt.datetime | None = attrs.field(default=None, converter=end_of)
    participants: tuple[Actor, ...] = ()
    place: str | None = None
    mentions: tuple[Mention, ...] = ()
    confidence: float = 1.0
    warnings: tuple[str, ...] = ()
    phase: str | None = None
    headline: str | None = None
    theatre: str | None = None
    grain: str = "day"
    #: The round of an election its reports name (``"first"``, ``"runoff"``: data
    #: ``identity.json`` key ``rounds``), ``None`` when none does: reports of two rounds are two.
    round: str | None = None

    @property
    def days(self) -> tuple[dt.date | None, dt.date | None]:
        """The first and last calendar day of the interval."""
        return (self.earliest.date() if self.earliest is not None else None,
                self.latest.date() if self.latest is not None else None)


@attrs.frozen
class Relation:
    """A TimeML TLINK between two events, with the evidence behind it."""

    source: str
    target: str
    type: str
    #: ``"dates"`` (from intervals), ``"text"`` (a textual cue) or ``"closure"``.
    origin: str = "dates"
    evidence: tuple[Mention, ...] = ()


@attrs.frozen
class Conflict:
    """Two relations (or a relation and the dates) that cannot both hold."""

    source: str
    target: str
    claims: tuple[Relation, ...]
    message: str


@attrs.frozen
class Problem:
    """An input problem: which article, which field, what is wrong."""

    article: str | None
    field: str | None
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = []
        if self.line is not None:
            where.append(f"line {self.line}")
        where.append(f"article {self.article!r}" if self.article is not None else "article ?")
        if self.field:
            where.append(f"field {self.field!r}")
        return f"{', '.join(where)}: {self.message}"


class InputError(ValueError):
    """Raised for unusable input; carries the :class:`Problem`."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


@attrs.frozen
class Timeline:
    """Merged events, their TimeML relations, detected conflicts and input problems."""

    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    problems: tuple[Problem, ...] = ()
    #: Ids of the articles that went into this timeline, in input order.
    articles: tuple[str, ...] = ()

    def event(self, event_id: str) -> Event:
        for event in self.events:
            if event.id == event_id:
                return event
        raise KeyError(event_id)

    def to_pandas(self) -> Any:
        """``events, mentions, relations, problems`` DataFrames (:mod:`timeline.frames`; the
        ``pandas`` extra)."""
        from .frames import timeline_frames

        return timeline_frames(self)

    def _repr_html_(self) -> str:
        # A notebook shows the HTML page inline (:func:`timeline.show` adds the sentences).
        from .io.html_page import show

        return show(self)._repr_html_()


FINE_GRAINS = frozenset({"part_of_day", "hour", "minute", "second"})


def iso(value: dt.date | dt.datetime | None, grain: str | None) -> str | None:
    """Render an interval bound: a date for day and coarser grains, else a date-time.

    The first ten characters are always the calendar day (``YYYY-MM-DD``)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if grain in FINE_GRAINS:
            return value.replace(tzinfo=None, microsecond=0).isoformat()
        return value.date().isoformat()
    return value.isoformat()


def timex_record(timex: Timex) -> dict[str, Any]:
    """The contract's JSON Lines record for one time expression."""
    record: dict[str, Any] = {
        "doc": timex.doc,
        "start": timex.start,
        "end": timex.end,
        "text": timex.text,
        "type": timex.type,
        "value": timex.value,
        "earliest": iso(timex.earliest, timex.grain),
        "latest": iso(timex.latest, timex.grain),
    }
    if timex.mod:
        record["mod"] = timex.mod
    extra = dict(timex.extra)
    if "begin" in extra or "end" in extra:  # a range: the TIMEX3 values of its end points (TimeML's
        # names); a range open at one end has only the other
        record.update({name: extra[key] for name, key in (("beginPoint", "begin"), ("endPoint", "end")) if key in extra})
    record["grain"] = timex.grain
    record["reading"] = str(timex.reading)
    if timex.anchor:
        record["anchor"] = timex.anchor
    if timex.warnings:
        record["warnings"] = list(timex.warnings)
    return record


# One set of accepted forms on every Python version (``datetime.fromisoformat`` grew many
# more in 3.11: ``20201001``, ``2020-W40-4``...): the extended calendar date, optionally a
# time to the minute, second or microsecond after ``T`` or a space, and an offset.
_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})"
                  r"(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]{1,6}))?)?"
                  r"([Zz]|[+-][0-9]{2}(?::?[0-9]{2})?)?)?")

#: The publication date forms every entry point accepts, for messages and documentation.
ISO_FORMS = "YYYY-MM-DD, optionally followed by THH:MM[:SS[.ffffff]] and Z or +HH:MM"


def parse_iso(value: str) -> dt.datetime:
    """Parse a publication date of the forms in :data:`ISO_FORMS`; an offset is checked and
    dropped, keeping the local wall-clock time.  Raises :class:`ValueError`."""
    match = _ISO.fullmatch(value.strip())
    if match is None:
        raise ValueError(f"not an ISO 8601 date or date-time ({ISO_FORMS})")
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    if offset and offset not in "Zz":
        digits = offset[1:].replace(":", "")
        if int(digits[:2]) > 23 or int(digits[2:] or 0) > 59:
            raise ValueError(f"offset {offset} out of range")
    return dt.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0),
                       int((fraction or "0").ljust(6, "0")))
