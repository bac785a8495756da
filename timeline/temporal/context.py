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
from . import echoes, feast_days, headline_eves, night_sides, open_ends, zone_pairs
from .day_edges import DayEdges
from .engine import Found
from .event_anchors import EventAnchors
from .lexicon import LEXICON
from .narrative_state import Narrative, NarrativeTracking
from .observed_calendar import calendar_for
from .pair_and_zone import PairAndZone
from .plans import Plans
from .same_event import SameEvent
from .states import StateNames
from .tense_cues import TenseCues

#: how far (characters) a future date's tense carries over a coordinated clause to a bare weekday
_CARRY_REACH = 80
#: how far (characters) a coming day in play reaches a bare weekday of its eve (weekday_in_play)
_IN_PLAY_REACH = 160
#: a day in play further back than this (days) frames a bare weekday of its own week (history)
_WEEK_DAYS = 6
#: how far (sentences, a line break counting one more) a named part of the day lends its day to
#: a later clock time of the same part (``فجر أمس`` ... ``الساعة 4:17 فجراً``)
_PART_REACH = 4
#: how many characters may stand between a year or month and the Hijri month or feast it frames
_FRAME_REACH = 10
#: a stated year at least this many years before the DCT is history: it stays in play past its
#: paragraph, this many sentences on (a line break counting one more; rule history_year_in_play)
_HISTORY_YEARS = 20
HISTORY_REACH = 3


class Context(TenseCues, NarrativeTracking, EventAnchors, Plans, SameEvent, DayEdges, StateNames, PairAndZone):
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
        self._clauses_dated: set[int] = set()
        self._dated: list[Timex] = []
        self._relatives: list[int] | None = None
        self._states: tuple[list[int], list[tuple[int, int]]] | None = None
        self._subordinators: list[int] | None = None
        self._scopes: list[int] | None = None
        #: where each quotation starts (original offsets), for :meth:`quoted_plan`
        self._quote_starts = [a for a, _ in doc.quotes]
        #: the last expression resolved (a ``الموافق`` pair is checked against it)
        self.previous: Timex | None = None
        #: the previous expression corrected by the ``الموافق`` date after it (see :meth:`_pair`)
        self.amended: Timex | None = None

    def sentence_of(self, pos: int) -> int:
        """Position of normalized offset ``pos`` counted in sentences, a line break counting one
        more: "this or the previous sentence" then stays within a paragraph."""
        offset = self.norm.span(pos, pos + 1)[0] if pos < len(self.norm.text) else len(self.doc.text)
        return self.doc.sentence_of(offset) + self.doc.line_of(offset)

    # -- narrative ---------------------------------------------------------------------------
    def anchor_day(self, found: Found, near: bool = False) -> tuple[dt.date, str]:
        """The narrative day (``near``: only if set in this or the previous sentence) or the DCT."""
        if self.narrative.day is not None and (
                not near or self.sentence_of(found.start) - self.narrative.sentence <= 1
                or (self.sentence_of(found.start) - self.narrative.sentence <= HISTORY_REACH
                    and self.history_day(self.narrative.day))):
            return self.narrative.day, "narrative"
        return self.dct.date(), "dct"

    def history_day(self, day: dt.date) -> bool:
        """Rule history_year_in_play: ``day`` lies in the stated year in play and that year is
        history (``_HISTORY_YEARS`` before the DCT or more): a history feature's narrative goes on
        into the next paragraph (``فجر 24 تموز 1920، خرج ... ¶ وكان غورو قد وجه إنذاره في 14 تموز``),
        each date read in it carrying it further, until a date anchored to the DCT ends it
        (``_track_stated_year``)."""
        return self.history_year(day.year) and day.year == self.narrative.stated_year

    def history_year(self, year: int | None) -> bool:
        """``year`` is history: ``_HISTORY_YEARS`` or more before the DCT's."""
        return year is not None and year <= self.dct.year - _HISTORY_YEARS

    def clock_day(self, found: Found, part: str | None) -> tuple[dt.date, str]:
        """The day of a clock time or part of the day with no day of its own: the day in play
        when set in this sentence; else the day of the last expression naming the same part of
        the day within reach (``فجر أمس الاثنين ... صباح اليوم. ووقع الزلزال الساعة 4:17
        فجراً``: Monday's dawn); else the day in play of the previous sentence, or the DCT."""
        here = self.sentence_of(found.start)
        if self.narrative.day is not None and self.narrative.sentence == here:
            return self._small_hours(self.narrative.day, part, found), "narrative"
        event = self.clause_event_day(found)
        if event is not None:
            return event, "narrative"
        named = self.narrative.parts.get(part) if part else None
        if named is not None and 0 <= here - named[1] <= _PART_REACH:
            return named[0], "narrative"
        day, anchor = self.anchor_day(found, near=True)
        return (self._small_hours(day, part) if anchor == "narrative" else day), anchor

    def stated_year(self, found: Found) -> int | None:
        """The stated year in play in this or the previous sentence (any sentence after, when it
        is history: rule history_year_in_play), when it is not the DCT's."""
        year = self.narrative.stated_year
        if year is None or year == self.dct.year or (
                self.sentence_of(found.start) - self.narrative.stated_sentence
                > (HISTORY_REACH if self.history_year(year) else 1)):  # rule history_year_in_play
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

    def weekday_in_play(self, found: Found, weekday: int) -> dt.date | None:
        """Rule weekday_in_play: the day in play, or the day before it, when it falls on
        ``weekday`` and that day lies after the DCT (set earlier in this sentence or the one
        before, no perfective verb between: ``الموافق السبت 18 شباط الجاري. وتقام الاحتفالات ليلة
        الجمعة على السبت``; ``اعتبارا من الجمعة المقبل 25 أبريل، بتقديم الساعة عند منتصف ليل
        الخميس``) or more than a week before it in a year the text states (history, set earlier
        in this sentence: ``وقعت يوم الجمعة 12 رجب 479هـ، وحاول مباغتتهم فجر الجمعة``); else
        ``None``."""
        day, end = self.narrative.day, self.narrative.end
        if day is None or not 0 <= end <= found.start:
            return None
        today, sentences = self.dct.date(), self.sentence_of(found.start) - self.narrative.sentence
        if day > today:
            gap = self.norm.text[end:found.start]
            if sentences not in (0, 1) or len(gap) > _IN_PLAY_REACH or LEXICON.perfective_re.search(gap) \
                    or (sentences == 1 and not self.planned(found)):
                return None  # (المقرر يوم الاثنين 25 جويلية. وكانت الحكومة قررت الاثنين: last Monday)
        elif sentences != 0 or (today - day).days <= _WEEK_DAYS or self.stated_year(found) != day.year \
                or LEXICON.relative_re.search(self.norm.text[end:found.start]):
            return None  # (في الثاني من ديسمبر عام 1971، ... مؤتمر الأطراف الذي انطلق يوم الخميس)
        before = day - dt.timedelta(days=1)
        if self.narrative.day_part == "NI" and (day + dt.timedelta(days=1)).weekday() == weekday:
            # rule night_morning_in_play: فجر السبت after ليلة الجمعة على السبت is the night's morning
            return day + dt.timedelta(days=1)
        return day if day.weekday() == weekday else before if before.weekday() == weekday else None

    def quoted_plan(self, found: Found) -> bool:
        """Rule quoted_plan: inside a quotation that has already named a coming day, a bare
        weekday is the coming one (a speaker's plans: «وبكرا السبت منكمل، وليلة الأحد ما في نوم»،
        «وبكرة نروح البجيري، وليلة السبت بنسهر بالدرعية»)."""
        ahead = self.narrative.ahead
        if ahead is None or ahead[4] is None or ahead[3] > found.start:
            return False
        here = self._quote_index(self.norm.span(found.start, found.start + 1)[0])
        return here >= 0 and here == self._quote_index(self.norm.span(ahead[2], ahead[2] + 1)[0])

    def _quote_index(self, offset: int) -> int:
        """Index of the quotation holding original offset ``offset`` (the last one opened before
        it), or -1."""
        i = bisect.bisect_right(self._quote_starts, offset) - 1
        return i if i >= 0 and offset < self.doc.quotes[i][1] else -1

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
        return night_sides.settle(self, echoes.settle(self, items, out))

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
        self.track(timex, fields, found)
        return timex
