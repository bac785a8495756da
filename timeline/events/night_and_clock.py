"""Nights, midnights and clock times read on the narrative's day in play (a mixin of
:class:`.reanchoring.Reanchoring`): a night or a midnight a past report puts after the paper's
hour is the one before it, and a count of hours runs from the clock time told before it."""

from __future__ import annotations

import bisect
import datetime as dt

import attrs

from ..model import Timex, calendar_day
from .context import Candidate
from .narrative import Narrative

#: Units of a count of time from a clock time ("بعد تسع ساعات"), as ``timedelta`` fields.
_CLOCK_UNITS = {"hour": "hours", "minute": "minutes"}
#: The hour before which a time of day in play is of the small hours, after its midnight.
_SMALL_HOURS_END = 6
#: Parts of the day that :meth:`NightAndClock.past_part` puts on the lead's day (a night has
#: :meth:`NightAndClock.past_night`; a morning may be over when a paper of no hour comes out).
_PAST_PARTS = frozenset({"AF", "EV"})


class NightAndClock(Narrative):
    """Nights, midnights and counts from a clock time, on the day in play."""

    def night_before(self, t: Timex, kind: str = "part", background: bool = True) -> Timex | None:
        """A bare part of the day ("ليلا"; ``kind`` "clock": a clock time with no day in play)
        that the tagger put on the publication day, told in a background sentence or clause,
        when it starts at or after the publication time ("وكان أردوغان قد دعا الأتراك ليلا" in
        a paper of 18:00): what was over when told lies a day before (the night that ended
        that morning); ``None`` for any other expression."""
        published = self.article.published
        if published is None or t.reading.kind != kind or t.anchor != "dct":
            return None
        dct = calendar_day(published)
        if t.earliest.date() != dct or (background and (not isinstance(published, dt.datetime)
                                                        or t.earliest.replace(tzinfo=None) < published.replace(tzinfo=None))):
            return None
        clause = self.clause(t.start)
        if background and not (self.background(self.text.sentence_of(t.start))
                               or self.background_span(clause, self.text.token_range(clause).start)):
            return None
        day = dt.timedelta(days=1)
        value = t.value
        if isinstance(value, str) and value.startswith(dct.isoformat()):
            value = (dct - day).isoformat() + value[10:]
        return attrs.evolve(t, value=value, earliest=t.earliest - day, latest=t.latest - day, anchor="narrative")

    def past_night(self, i: int) -> Timex | None:
        """A bare night ("ليلا") of a past act that the tagger put on the night of the publication
        day when that night begins after the paper's time (a paper of no hour is read from its
        day's start), with no earlier day in play: the night that
        ended that day's morning ("واجتمع مجلس الوزراء ليلا" in a paper of 29 September; "وقال
        رئيس الوزراء، لدى ترؤسه ليلا اجتماعا" after "فجر اليوم السبت"); ``None`` otherwise."""
        t, published = self.timexes[i], self.article.published
        if t.reading.kind != "part" or t.reading.get("part") != "NI" or self._planned_at(i):
            return None
        if published is None or t.earliest.replace(tzinfo=None) <= published.replace(tzinfo=None):
            return None  # the night had begun when the paper came out: it may be that one
        return self.night_before(t, "part", background=False)

    def previous_night(self, i: int) -> Timex | None:
        """"الليلة" read as tonight (deictic, no offset) right before a word of cue class
        ``previous_night`` ("طوال الليلة السابقة"): the night that ended on the morning of the day
        in play of its sentence (:meth:`sentence_day`), else of the publication day; ``None``
        otherwise."""
        t, dct = self.timexes[i], self.dct()
        r = t.reading
        if dct is None or r.kind != "deictic" or r.get("part") != "NI" or r.get("offset") or t.earliest is None \
                or t.earliest.date() != dct:
            return None
        nxt = self.text.token_at(t.end - 1) + 1
        if nxt >= len(self.text.tokens) or not self.is_word(nxt, "previous_night"):
            return None
        day = self.sentence_day(i)
        on = day.earliest.date() if day is not None and day.earliest is not None else dct
        shift = dt.timedelta(days=(on - dct).days - 1)
        return attrs.evolve(t, value=(on - dt.timedelta(days=1)).isoformat() + "TNI", earliest=t.earliest + shift,
                            latest=t.latest + shift, anchor="narrative")

    def past_part(self, i: int) -> Timex | None:
        """A bare afternoon or evening of a past act, one word ("ووصل بوش إلى واشنطن مساء"),
        that the tagger put on the publication day when that part begins after the paper's
        time (a paper of no hour is read from its day's start) and no day is in play: on the
        day of the story's lead (:meth:`lead_day`) when that is an earlier day; ``None``
        otherwise (a plan, a background sentence, no such lead)."""
        t, published = self.timexes[i], self.article.published
        if t.reading.kind != "part" or t.reading.get("part") not in _PAST_PARTS or self._planned_at(i):
            return None
        if published is None or t.earliest.replace(tzinfo=None) <= published.replace(tzinfo=None):
            return None
        if self.text.token_at(t.start) != self.text.token_at(t.end - 1) \
                or self.background(self.text.sentence_of(t.start)):
            return None
        day, dct = self.lead_day(), self.dct()
        if day is None or day >= dct:
            return None
        shift = dt.timedelta(days=(dct - day).days)
        value = t.value
        if isinstance(value, str) and value.startswith(dct.isoformat()):
            value = day.isoformat() + value[10:]
        return attrs.evolve(t, value=value, earliest=t.earliest - shift, latest=t.latest - shift, anchor="narrative")

    def sentence_day(self, i: int) -> Timex | None:
        """The day in play of expression ``i``'s sentence: the last day date before it in the
        sentence (not a "since" date, not a reference to an event), else the sentence's
        :meth:`anchor` unless the sentence is background; ``None`` when there is none."""
        k = self.text.sentence_of(self.timexes[i].start)
        for j in range(i - 1, -1, -1):
            u = self.timexes[j]
            if self.text.sentence_of(u.start) != k:
                break
            if self.day_date(u) and not self.since(u) and not self.referenced(j):
                return u
        return None if self.background(k) else self.anchor(k)

    def midnight_in_play(self, i: int) -> Timex | None:
        """Midnight (``part=midnight``: "قرابة منتصف الليل"، "بعد منتصف الليل") as the one that
        closes the day in play of its sentence (an earlier day date of the sentence, else
        :meth:`anchor`), when the tagger put it at the end of the publication day or of another
        day: after an evening ("مساء الجمعة ... قرابة منتصف الليل") the midnight that ends it,
        after a time of the small hours the one that opened it. A past event is over when
        told: a midnight after the paper's hour is the one before it ("قال أوباما، في كلمة
        ألقاها قرابة منتصف الليل" in a paper of 08:00). Right after an "after" cue ("بعد منتصف
        الليل") the time starts at midnight itself, right after a "before" cue ("قبل منتصف الليل
        بدقائق") it ends there. ``None`` for any other expression, for a
        planned event, and when nothing moves."""
        t = self.timexes[i]
        if t.reading.kind != "part" or t.reading.get("part") != "midnight" or t.earliest is None:
            return None
        owner = self._governor.get(i)
        if owner is not None and owner.planned:
            return None
        half = (t.latest - t.earliest) / 2
        centre = (t.earliest + half).replace(tzinfo=None)
        day = self.sentence_day(i)
        if day is not None:
            start = day.earliest.replace(tzinfo=None)
            # a time of the small hours ("بعد منتصف الليل"، "الساعة 00:20") follows its midnight
            small = day.latest - day.earliest < dt.timedelta(days=1) and start.hour < _SMALL_HOURS_END
            midnight = dt.datetime.combine(start.date() + dt.timedelta(days=0 if small else 1), dt.time.min)
        else:
            midnight = centre
        published = self.article.published
        if isinstance(published, dt.datetime):
            told = published.replace(tzinfo=None)
            while midnight - half > told:
                midnight -= dt.timedelta(days=1)
        cue = self.text.token_at(t.start) - 1
        after = self.is_word(cue, "after_next")
        # "قبل منتصف الليل بدقائق": the time ends at midnight, on the day it closes
        before = not after and self.is_word(cue, "before_next")
        lo = midnight if after else midnight - half
        hi = midnight - dt.timedelta(seconds=1) if before else midnight + half
        if lo == t.earliest.replace(tzinfo=None) and hi == t.latest.replace(tzinfo=None):
            return None
        shift = midnight - centre
        value = (midnight.date() - dt.timedelta(days=1)).isoformat() + "T24:00"
        return attrs.evolve(t, value=value, earliest=t.earliest + shift + (half if after else dt.timedelta(0)),
                            latest=t.latest + shift - (half + dt.timedelta(seconds=1) if before else dt.timedelta(0)),
                            anchor="narrative")

    def after_clock(self, i: int) -> Timex | None:
        """Time expression ``i`` as counted from the time of day right before it in its
        sentence, when the tagger counted it from the publication time ("ضرب الزلزال فجر أمس
        الاثنين عند الساعة 04:17، أعقبه بعد تسع ساعات زلزال ثان": 13:17 on Monday, not midnight
        after the paper's hour); ``None`` for any other expression, and for an offset from an
        event ("بعد تسع ساعات من الزلزال")."""
        t = self.timexes[i]
        n, unit = t.reading.get("n"), t.reading.get("unit")
        if t.reading.kind != "relative" or t.anchor != "dct" or unit not in _CLOCK_UNITS or not isinstance(n, int) \
                or i == 0 or self.is_word(self.text.token_at(t.end - 1) + 1, "offset_links"):
            return None
        prev = self.timexes[i - 1]
        here, there = self.text.sentence_of(t.start), self.text.sentence_of(prev.start)
        if prev.grain not in ("minute", "hour"):
            return None
        if there != here:
            # "وتصاعد الدخان ... نحو الساعة 17:50 ... . وأطل البابا ... بعد نحو ساعة": counted
            # from the clock time that ends the sentence before, when "بعد" opens it and that
            # time is over by publication (a past story, not the paper's coming hour)
            if there != here - 1 or not self.is_word(self.text.token_at(t.start), "after_next") \
                    or self._planned_at(i) or not self._told_before_publication(prev):
                return None
        step = dt.timedelta(**{_CLOCK_UNITS[unit]: n})
        lo, hi = prev.earliest + step, prev.latest + step
        return attrs.evolve(t, value=lo.strftime("%Y-%m-%dT%H:%M"), earliest=lo, latest=hi, grain=prev.grain,
                            anchor="narrative")

    def small_hours_after(self, i: int, on: dt.date) -> bool:
        """Clock time ``i``, read on day ``on``, is of the small hours and told after a later
        time of that day in its sentence, with an order cue between them (``later_than_previous``:
        "ووجهت إليه تهمة ... مساء، ثم وجهت إليه عند الواحدة والنصف فجرا"): what follows an
        evening comes after its midnight, on the next day. Without the cue the order is not
        told ("وكانوا قد دخلوا القرية عند الثالثة فجرا" after an evening: the dawn before)."""
        t = self.timexes[i]
        if t.reading.kind != "clock" or i == 0 or t.earliest.hour >= _SMALL_HOURS_END:
            return False
        prev = self.timexes[i - 1]
        if self.text.sentence_of(prev.start) != self.text.sentence_of(t.start) or prev.earliest is None \
                or prev.grain not in ("part_of_day", "hour", "minute") or prev.earliest.date() != on \
                or prev.latest.date() != on or prev.earliest.hour <= t.earliest.hour:
            return False
        lo, hi = self.text.token_at(prev.end - 1) + 1, self.text.token_at(t.start)
        return any(c.last < hi for c in self.cues_from("later_than_previous", lo)[:1])

    def clock_in_part(self, i: int) -> Timex | None:
        """A clock time of twelve hours or fewer with no part of the day of its own, told after
        a part of the day of its sentence that it misses by twelve hours ("مساء أمس الأربعاء،
        في خطاب ... في الساعة السابعة"): the hour inside that part (19:00); ``None`` otherwise."""
        t = self.timexes[i]
        hour = t.reading.get("hour")
        if t.reading.kind != "clock" or t.reading.get("part") is not None or not isinstance(hour, int) \
                or not 0 < hour <= 12 or t.earliest.hour != hour % 12:
            return None
        k = self.text.sentence_of(t.start)
        for j in range(i - 1, -1, -1):
            u = self.timexes[j]
            if self.text.sentence_of(u.start) != k:
                return None
            if u.grain != "part_of_day":
                continue
            if u.earliest <= t.earliest and t.latest <= u.latest:
                return None
            half = dt.timedelta(hours=12)
            lo, hi = t.earliest + half, t.latest + half
            if not (u.earliest <= lo and hi <= u.latest):
                return None
            return attrs.evolve(t, value=lo.strftime("%Y-%m-%dT%H:%M"), earliest=lo, latest=hi)
        return None

    def counted_step(self, cand: Candidate) -> Timex | None:
        """The time of ``cand`` when its clause opens with "بعد" and a count of minutes or hours
        that names no event ("ونقل الرئيس إلى المستشفى، وبعد نصف ساعة أعلن الأطباء وفاته"):
        counted from the clock time told last, in its sentence or the one before, when that is
        over by publication; ``None`` otherwise (a plan; no clock time before)."""
        clause = self.clause(cand.match.start)
        starts = self._all_timex_starts  # sorted: the slice keeps this linear in the article
        for d in self.all_timexes[bisect.bisect_left(starts, clause[0]):bisect.bisect_left(starts, cand.start)]:
            if d.reading.kind != "duration":
                continue
            n, unit = d.reading.get("n"), d.reading.get("unit")
            first, last = self.text.token_at(d.start), self.text.token_at(d.end - 1)
            if unit not in _CLOCK_UNITS or not isinstance(n, int) or not self.is_word(first - 1, "after_next") \
                    or self.is_word(last + 1, "offset_links"):
                continue
            # the last expression ending before ``d``: none that starts at or after it can
            k = bisect.bisect_left(self._timex_starts, d.start) - 1
            while k >= 0 and self.timexes[k].end > d.start:
                k -= 1
            if k < 0:
                return None
            prev = self.timexes[k]
            if prev.grain not in ("minute", "hour") or not self._told_before_publication(prev) \
                    or self.text.sentence_of(prev.start) < self.text.sentence_of(d.start) - 1 \
                    or any(c.first < first for c in self.cues_from("future", self.text.token_range(clause).start)[:3]):
                return None
            step = dt.timedelta(**{_CLOCK_UNITS[unit]: n})
            lo, hi = prev.earliest + step, prev.latest + step
            return attrs.evolve(d, type="TIME", value=lo.strftime("%Y-%m-%dT%H:%M"), earliest=lo, latest=hi,
                                grain=prev.grain, anchor="narrative")
        return None

    def hours_after_in_play(self, i: int) -> Timex | None:
        """A count of hours or minutes after ("بعد أقل من ساعة"، "بعد نحو ساعتين") that the
        tagger counted from publication, where the story is past: counted instead from the day
        in play of its sentence (:meth:`sentence_day`) when that is an earlier day ("هبط الرواد
        ... أمس الجمعة. وانتشلتهم مروحية بعد أقل من ساعة": the Friday, not the paper's day),
        from its hour when it has one. ``None`` for a plan, for any other expression, and when
        no earlier day is in play (a live report's "بعد ساعة" stays the tagger's)."""
        t = self.timexes[i]
        published = self.article.published
        unit, n = t.reading.get("unit"), t.reading.get("n")
        if t.reading.kind != "relative" or unit not in _CLOCK_UNITS or t.anchor != "dct" or published is None \
                or t.earliest is None or not self.is_word(self.text.token_at(t.start), "after_next") \
                or self._planned_at(i):
            return None
        dct = calendar_day(published)
        if t.earliest.date() != dct:
            return None
        day = self.sentence_day(i)
        if day is None or day.earliest is None or day.latest.date() >= dct:
            return None
        if day.grain in ("minute", "hour") and isinstance(n, int):
            step = dt.timedelta(**{_CLOCK_UNITS[unit]: n})
            lo = day.earliest if t.reading.get("mod") == "LESS_THAN" else day.earliest + step
            return attrs.evolve(t, type="TIME", value=lo.strftime("%Y-%m-%dT%H:%M"), earliest=lo,
                                latest=day.latest + step, grain=day.grain, anchor="narrative")
        on = day.earliest.date()
        if on != day.latest.date():
            return None
        # within the day in play, as a bare part of the day after a dated lead is
        return attrs.evolve(t, type="DATE", value=on.isoformat(), earliest=dt.datetime.combine(on, dt.time.min),
                            latest=dt.datetime.combine(on, dt.time.max), grain="day", anchor="narrative")

    def _planned_at(self, i: int) -> bool:
        """Expression ``i`` dates a plan: its governing candidate is planned, or a future cue
        stands before it in its clause ("ومن المقرر أن يعقد مجلس الوزراء اجتماعا طارئا مساء")."""
        owner = self._governor.get(i)
        if owner is not None and owner.planned:
            return True
        t = self.timexes[i]
        lo = self.text.token_range(self.clause(t.start)).start
        first = self.text.token_at(t.start)
        return any(c.first < first for c in self.cues_from("future", lo)[:3])

    def _told_before_publication(self, t: Timex) -> bool:
        """``t`` ends before the publication day, or before its hour when the paper gives one."""
        published = self.article.published
        if published is None:
            return False
        if isinstance(published, dt.datetime):
            return t.latest.replace(tzinfo=None) < published.replace(tzinfo=None)
        return t.latest.date() < published
