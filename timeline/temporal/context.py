"""What a resolution reads besides its reading: the publication date (DCT), the tense of the
clause, and the date the narrative has in play.

One pass in text order: deictic expressions anchor to the DCT; anaphoric ones (اليوم التالي،
من الشهر نفسه، قبل ذلك بيومين، a bare clock time after a dated sentence) anchor to the last
date the text put in play, which each resolved date updates.  Sentences and clauses are the
Document's.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable

import attrs

from ..document import Document
from ..model import Timex
from . import echoes, feast_days, headline_eves, open_ends, zone_pairs
from .day_edges import DayEdges
from .engine import Found
from .event_anchors import EventAnchors
from .lexicon import LEXICON
from .observed_calendar import calendar_for
from .pair_and_zone import PairAndZone
from .plans import Plans
from .same_event import SameEvent
from .states import StateNames

#: a programme's item: what may stand before the expression on its line, what follows it, and
#: how far above the line the word naming the programme may be (characters)
_BULLETS = " \t-*\u2022\u2013\u2014"
_ITEM_MARKS = ":-\u2013\u2014"
_LINE_HEAD = 12
_SCHEDULE_REACH = 400
#: how far (characters) a future date's tense carries over a coordinated clause to a bare weekday
_CARRY_REACH = 80
#: how far (sentences, a line break counting one more) a named part of the day lends its day to
#: a later clock time of the same part (``فجر أمس`` ... ``الساعة 4:17 فجراً``)
_PART_REACH = 4
#: how many characters may stand between a year or month and the Hijri month or feast it frames
_FRAME_REACH = 10


def _nearest(positions: list[int], at: int, start: int, end: int) -> float:
    """Distance from ``at`` to the nearest of sorted ``positions`` inside [start, end)."""
    k = bisect.bisect_left(positions, at)
    near = [abs(p - at) for p in positions[max(k - 1, 0):k + 1] if start <= p < end]
    return min(near) if near else float("inf")


@attrs.define
class Narrative:
    """The date currently in play (mutable, local to one resolution pass)."""

    day: dt.date | None = None
    month: tuple[int, int] | None = None
    year: int | None = None
    sentence: int = -10
    #: normalized end offset of the expression that set ``day``
    end: int = -1
    #: a year the text stated outright (``عام 2016``, ``خريف 2020``) and the sentence it was in
    stated_year: int | None = None
    stated_sentence: int = -10
    #: part of the day (``dawn``, ``EV``, ...) -> (day, sentence) of the last expression naming it
    parts: dict = attrs.Factory(dict)
    #: the part of the day (``EV``, ``NI``, ...) of the expression that set ``day``, if any
    day_part: str | None = None
    #: the Monday of the last week resolved as a period and its sentence (``الأسبوع السابق``)
    week: tuple[dt.date, int] | None = None
    #: the last date resolved after the DCT: (year, month of its end, normalized start and end,
    #: its last day when it is a day or less)
    ahead: tuple[int, int, int, int, dt.date | None] | None = None


class Context(EventAnchors, Plans, SameEvent, DayEdges, StateNames, PairAndZone):
    """Resolution state for one Document; a fresh context per text."""

    def __init__(self, doc: Document, dct: dt.datetime, prefer: str = "past", doc_id: str | None = None,
                 utc_offset: dt.timedelta | None = None, country: str | None = None):
        self.doc = doc
        #: the Hijri calendar the paper keeps: Umm al-Qura's, or its country's observed one
        #: (``country``: the article's, never guessed; :mod:`timeline.temporal.observed_calendar`)
        self.hijri = calendar_for(country)
        #: the DCT's UTC offset when the publication date states it: clock times in another
        #: zone are shifted to it (``الساعة 10 بتوقيت غرينتش`` in a +03:00 article is 13:00)
        self.utc_offset = utc_offset
        self.norm = doc.norm
        self.dct = dct
        self.prefer = prefer
        self.doc_id = doc_id
        self.narrative = Narrative()
        self._future: list[int] | None = None
        self._habitual: list[int] | None = None
        self._churches: tuple[list[int], list[int]] | None = None
        #: event noun (stem) -> the day the text dated it; normalized offset scanned so far
        self._event_days: dict[str, dt.date] = {}
        self._spans: list[tuple[int, int]] = []
        self._dated: list[Timex] = []
        self._relatives: list[int] | None = None
        self._states: tuple[list[int], list[tuple[int, int]]] | None = None
        self._subordinators: list[int] | None = None
        self._scopes: list[int] | None = None
        #: the last expression resolved (a ``الموافق`` pair is checked against it)
        self.previous: Timex | None = None
        #: the previous expression corrected by the ``الموافق`` date after it (see :meth:`_pair`)
        self.amended: Timex | None = None

    # -- cues (computed on first use) -----------------------------------------------------
    def _original(self, positions: Iterable[int]) -> list[int]:
        span = self.norm.span
        return [span(p, p + 1)[0] for p in positions]

    @property
    def future_cues(self) -> list[int]:
        if self._future is None:
            self._future = LEXICON.future_cues.starts(self.doc)
        return self._future

    @property
    def subordinators(self) -> list[int]:
        if self._subordinators is None:
            self._subordinators = LEXICON.subordinator_cues.starts(self.doc)
        return self._subordinators

    @property
    def scope_marks(self) -> list[int]:
        if self._scopes is None:
            self._scopes = self._original(m.start() for m in LEXICON.scope_re.finditer(self.norm.text))
        return self._scopes

    def _scope(self, found: Found) -> tuple[int, int, int, int]:
        """The expression's original span and the bounds of its clause, closed by brackets and quotes."""
        start, end = self.norm.span(found.start, found.end)
        left = self.doc.clause(start)[0]
        right = self.doc.clause(max(end - 1, start))[1]
        marks = self.scope_marks
        k = bisect.bisect_left(marks, start)
        if k > 0:
            left = max(left, marks[k - 1])
        k = bisect.bisect_left(marks, end)
        if k < len(marks):
            right = min(right, marks[k])
        return start, end, left, right

    def habitual(self, found: Found) -> bool:
        """A habitual adverb (``cues.json`` ``habitual_words``: عادة، في العادة) in the clause."""
        if self._habitual is None:
            self._habitual = LEXICON.habitual_cues.starts(self.doc)
        if not self._habitual:
            return False
        start, end, left, right = self._scope(found)
        k = bisect.bisect_left(self._habitual, left)
        return k < len(self._habitual) and self._habitual[k] < right

    def eastern_church(self, found: Found) -> bool:
        """The feast at ``found`` is kept by an Eastern church: the article names one and no
        Western church, or the church its own sentence names nearest to it is Eastern
        (``cues.json`` ``eastern_church_words``)."""
        if self._churches is None:
            self._churches = (LEXICON.eastern_church_cues.starts(self.doc),
                              LEXICON.western_church_cues.starts(self.doc))
        eastern, western = self._churches
        if not eastern:
            return False
        if not western:
            return True
        at = self.norm.span(found.start, found.start + 1)[0]
        start, end = self.doc.sentence(at)
        return _nearest(eastern, at, start, end) < _nearest(western, at, start, end)

    def future(self, found: Found) -> bool:
        """Whether the expression should go forward in time (future cue in its clause, or preference)."""
        if self.prefer == "future":
            return True
        start, end, left, right = self._scope(found)
        cues = self.future_cues
        k = bisect.bisect_left(cues, left)
        while k < len(cues) and cues[k] < right:
            cue = cues[k]
            k += 1
            if start <= cue < end:
                continue
            if cue >= end:
                # "أعلن يوم الأحد أن الهدنة ستبدأ": a cue inside a complement clause that
                # follows the expression tells the complement's tense, not the main clause's.
                subs = self.subordinators
                j = bisect.bisect_left(subs, end)
                if j < len(subs) and subs[j] < cue:
                    continue
                if self.clause_verb(found) == "perfective":
                    # rule perfective_before_future: وصل الوفد الأحد وسيلتقي الرئيس الاثنين: a
                    # cue after the expression tells a coordinated clause when a perfective
                    # verb tells the expression's own
                    continue
            return True
        return self.in_schedule(found) or self.day_off(found) or self.postponed(found) == self.dct.date() \
            or self.until_ahead(found)

    def in_schedule(self, found: Found) -> bool:
        """The expression opens an item of a programme: it starts its line (after a bullet) and a
        colon or a dash follows it, a few lines under a word naming a schedule (``cues.json``
        ``schedule_nouns``)."""
        text = self.norm.text
        line = text.rfind("\n", max(0, found.start - _LINE_HEAD), found.start) + 1
        if (line == 0 and found.start > _LINE_HEAD) or text[line:found.start].strip(_BULLETS):
            return False
        if text[found.end:found.end + 4].lstrip(" \t")[:1] not in _ITEM_MARKS or line == 0:
            return False
        return LEXICON.schedule_re.search(text, max(0, line - _SCHEDULE_REACH), line) is not None

    def nearest(self, found: Found) -> bool:
        """``prefer="nearest"`` and no future cue: a bare weekday or month goes to whichever
        occurrence is closer to the DCT (dialogue, schedules, text that is not news)."""
        return self.prefer == "nearest" and not self.future(found)

    def sentence_of(self, pos: int) -> int:
        """Position of normalized offset ``pos`` counted in sentences, a line break counting one
        more: "this or the previous sentence" then stays within a paragraph."""
        offset = self.norm.span(pos, pos + 1)[0] if pos < len(self.norm.text) else len(self.doc.text)
        return self.doc.sentence_of(offset) + self.doc.line_of(offset)

    # -- narrative ---------------------------------------------------------------------------
    def anchor_day(self, found: Found, near: bool = False) -> tuple[dt.date, str]:
        """The narrative day (``near``: only if set in this or the previous sentence) or the DCT."""
        if self.narrative.day is not None and (
                not near or self.sentence_of(found.start) - self.narrative.sentence <= 1):
            return self.narrative.day, "narrative"
        return self.dct.date(), "dct"

    def clock_day(self, found: Found, part: str | None) -> tuple[dt.date, str]:
        """The day of a clock time or part of the day with no day of its own: the day in play
        when set in this sentence; else the day of the last expression naming the same part of
        the day within reach (``فجر أمس الاثنين ... صباح اليوم. ووقع الزلزال الساعة 4:17
        فجراً``: Monday's dawn); else the day in play of the previous sentence, or the DCT."""
        here = self.sentence_of(found.start)
        if self.narrative.day is not None and self.narrative.sentence == here:
            return self._small_hours(self.narrative.day, part), "narrative"
        named = self.narrative.parts.get(part) if part else None
        if named is not None and 0 <= here - named[1] <= _PART_REACH:
            return named[0], "narrative"
        event = self.clause_event_day(found)
        if event is not None:
            return event, "narrative"
        day, anchor = self.anchor_day(found, near=True)
        return (self._small_hours(day, part) if anchor == "narrative" else day), anchor

    def stated_year(self, found: Found) -> int | None:
        """The stated year in play in this or the previous sentence, when it is not the DCT's."""
        year = self.narrative.stated_year
        if year is None or year == self.dct.year or self.sentence_of(found.start) - self.narrative.stated_sentence > 1:
            return None
        return year

    def frame(self, found: Found) -> tuple[dt.date, dt.date] | None:
        """The year or month the expression right before frames, when it ends a few characters
        before this one in its sentence (``العام اللي فات في رمضان``، ``يونيو الماضي، قبيل عيد
        الأضحى``): a Hijri month or a feast without a year is its occurrence inside it."""
        prev = self.previous
        if prev is None or prev.type != "DATE" or prev.grain not in ("year", "month") or prev.earliest is None \
                or prev.latest is None:
            return None
        start = self.norm.span(found.start, found.start + 1)[0]
        if not 0 <= start - prev.end <= _FRAME_REACH or self.doc.sentence_of(prev.end) != self.doc.sentence_of(start):
            return None
        return prev.earliest.date(), prev.latest.date()

    def carried_future(self, found: Found) -> dt.date | None:
        """The day a coordinated clause carries over to a bare weekday (``سيزور القاهرة الأحد
        المقبل، ويلتقي الثلاثاء``): the narrative day when it lies after the DCT, was set
        earlier in this sentence, and a coordinated word (``ويلتقي``) or a clause told in the
        imperfect (:meth:`planned`) but no perfective verb stands between; else ``None``."""
        day, end = self.narrative.day, self.narrative.end
        ahead = self.narrative.ahead
        # ... في الساعة 11 مساءً، ويستمر حتى مساء الأربعاء: the day in play set by a time later
        # than the paper's (today) is ahead too
        later = ahead is not None and ahead[3] == end and ahead[4] == day
        if day is None or (day <= self.dct.date() and not later) or not 0 <= end <= found.start \
                or self.sentence_of(found.start) != self.narrative.sentence:
            return None
        gap = self.norm.text[end:found.start]
        if len(gap) > _CARRY_REACH or LEXICON.perfective_re.search(gap):
            return None
        if not any(len(w) > 2 and w.startswith(LEXICON.coordinators) for w in gap.split()) \
                and not self.planned(found):
            return None  # (غداً الأربعاء بمنخفض جوي، تشتد ذروته فجر الخميس: a clause told in the imperfect)
        return day

    def weekday_date(self, weekday: int, shift: int, forward: bool, nearest: bool = False) -> dt.date:
        today = self.dct.date()
        if shift == 0 and nearest:
            ahead, back = (weekday - today.weekday()) % 7, (today.weekday() - weekday) % 7
            return today + dt.timedelta(days=ahead) if ahead < back else today - dt.timedelta(days=back)
        if shift < 0:
            back = (today.weekday() - weekday) % 7 or 7
            return today - dt.timedelta(days=back + 7 * (-shift - 1))
        if shift > 0:
            ahead = (weekday - today.weekday()) % 7 or 7
            return today + dt.timedelta(days=ahead + 7 * (shift - 1))
        if forward:
            return today + dt.timedelta(days=(weekday - today.weekday()) % 7)
        return today - dt.timedelta(days=(today.weekday() - weekday) % 7)

    # -- the pass ------------------------------------------------------------------------------
    def resolve_all(self, found: Iterable[Found]) -> list[Timex]:
        out: list[Timex] = []
        items: list[Found] = []
        waiting: int | None = None  # an anchor whose event the next expression may date
        pending: list[Found] = []  # headline eves nothing dated yet (rule headline_eve)
        found = list(found)
        self._spans = [(item.start, item.end) for item in found]
        for item in found:
            timex = self.resolve(item)
            if timex is None and item.resolver.name == "narrative.eve_event":
                pending.append(item)
            if self.amended is not None:
                out[-1], self.amended = self.amended, None
            if waiting is not None:
                moved = self.settled(out[waiting], item, timex)
                out[waiting] = moved or out[waiting]
                waiting = None
            if timex is not None:
                out.append(timex)
                items.append(item)
                if self._awaiting is not None:
                    waiting = len(out) - 1
            self._awaiting = None if waiting is None else self._awaiting
        if pending:
            items, out = headline_eves.settle(self, pending, items, out)
        out = open_ends.settle(self, zone_pairs.settle(self, feast_days.settle(self, items, out)))
        return echoes.settle(self, items, out)

    def resolve(self, found: Found) -> Timex | None:
        fields = found.reading.as_dict()
        start, end = self.norm.span(found.start, found.end)
        base = Timex(start=start, end=end, text=self.norm.original[start:end], type="DATE", value="",
                     reading=found.reading, doc=self.doc_id, rule=found.rule.name)
        resolve = found.resolver.resolve
        if resolve is None:
            return None
        try:
            timex = resolve(self, base, fields, found)
        except (ValueError, OverflowError):
            # arithmetic past year 1 or 9999: keep the span, say why there is no value
            return attrs.evolve(base, value="XXXX", warnings=("date out of the supported range",))
        if timex is None:
            return None
        today = self.dct.date()
        if fields.get("since") and fields.get("mod") and timex.earliest is not None and timex.latest is not None \
                and timex.earliest.date() <= today < timex.latest.date():
            # rule since_part: منذ مطلع العام (written on 8 February) runs from 1 January to the DCT
            timex = attrs.evolve(timex, latest=timex.latest.replace(year=today.year, month=today.month, day=today.day))
        if self.utc_offset is not None and timex.grain == "minute" and timex.earliest is not None:
            timex = self._local_time(timex)
        if self.previous is not None:
            timex = self._paired(fields, self.previous, timex)
        self.previous = timex
        self.note_dated(timex)
        self._track_stated_year(timex, fields, found)
        if timex.latest is not None and timex.earliest is not None and timex.earliest > self.dct \
                and timex.type in ("DATE", "DURATION", "TIME"):
            one_day = timex.latest.date() == timex.earliest.date()
            self.narrative.ahead = (timex.latest.year, timex.latest.month, found.start, found.end,
                                    timex.latest.date() if one_day else None)
        if found.reading.kind == "range":
            # which end is in play is not said; a month or a year both ends share is
            # ("من 26 إلى 28 مارس ... أيام 16 و17 من الشهر نفسه")
            if timex.earliest is not None and timex.latest is not None and timex.type in ("DATE", "DURATION") \
                    and timex.earliest.year == timex.latest.year:
                self.narrative.year = timex.earliest.year
                if timex.earliest.month == timex.latest.month:
                    self.narrative.month = (timex.earliest.year, timex.earliest.month)
            return timex
        # a span of days counted from the DCT (خلال ستين يوماً told of what is to come) is no day
        # in play; a one-day offset (ودفن بعد يومين) is
        if timex.grain in ("day", "part_of_day", "hour", "minute") and timex.earliest is not None \
                and not (timex.type == "DURATION" and timex.latest is not None
                         and timex.latest.date() > timex.earliest.date()):
            day = timex.earliest.date() if timex.grain == "day" or timex.value[:10].count("-") != 2 \
                else dt.date.fromisoformat(timex.value[:10])
            if timex.anchor != "narrative":
                self._note_events(found, day, timex.grain == "day")
            if self.stretch_end(found, day):
                return timex
            self.narrative.day = day
            self.narrative.day_part = fields.get("part")
            self.narrative.month = (day.year, day.month)
            self.narrative.year = day.year
            self.narrative.sentence = self.sentence_of(found.start)
            self.narrative.end = found.end
            if fields.get("part") and timex.type in ("DATE", "TIME"):
                self.narrative.parts[fields["part"]] = (day, self.narrative.sentence)
        elif timex.grain == "month" and timex.earliest is not None:
            self.narrative.month = (timex.earliest.year, timex.earliest.month)
            self.narrative.year = timex.earliest.year
        elif timex.grain == "year" and timex.earliest is not None and timex.type == "DATE":
            self.narrative.year = timex.earliest.year
        return timex

    def _track_stated_year(self, timex: Timex, fields: dict, found: Found) -> None:
        """Keep the year the text is narrating: set by a stated year (not ``منذ 2011``, which
        only bounds a stretch), dropped by a date anchored to the DCT (back to the present)."""
        if timex.earliest is None or timex.type not in ("DATE", "TIME"):
            return
        if "year" in fields and not fields.get("since") and found.reading.kind in ("calendar", "year_part"):
            self.narrative.stated_year = timex.earliest.year
            self.narrative.stated_sentence = self.sentence_of(found.start)
        elif timex.anchor == "dct" and timex.grain in ("day", "part_of_day", "hour", "minute", "week", "month"):
            self.narrative.stated_year = None
