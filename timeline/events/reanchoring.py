"""Time expressions read again once the article's events are known: what the tagger counted
from the last date written, the publication day or the paper's hour, counted instead from the
day in play of the narrative ("وفي اليوم نفسه" after a flashback, a clock time in a story of
yesterday, a night told in the pluperfect). The tagger's own output is unchanged: the events
stage reads these replacements only."""

from __future__ import annotations

import bisect
import datetime as dt

import attrs

from ..model import Timex
from .context import Candidate
from .narrative import Narrative

#: How many earlier candidates (or time expressions) a re-anchored expression looks back
#: through for the event it restates (or the day in play).
RESTATED_SEARCH = 12
#: Units of a count of time from a clock time ("بعد تسع ساعات"), as ``timedelta`` fields.
_CLOCK_UNITS = {"hour": "hours", "minute": "minutes"}
#: The hour before which a time of day in play is of the small hours, after its midnight.
_SMALL_HOURS_END = 6


class Reanchoring(Narrative):
    """Time expressions re-anchored on the narrative (a mixin of :class:`.dating.Dating`)."""

    def reanchor_same_day(self) -> None:
        """A day counted from the day in play ("وفي اليوم نفسه"، "وفي اليوم التالي") right after
        an offset from an event ("دخلت القافلة أمس الخميس، بعد ثلاثة أيام من الزلزال. وفي اليوم
        نفسه، صادق البرلمان"): counted from the main date of that sentence, not from the event
        the offset counts from (a reference point told in passing). Replaces such expressions in
        :attr:`timexes` before any step reads them."""
        counted = {id(o[2]) for o in self.offsets() if o[2] is not None and not o[1]}
        if not counted:
            return
        replaced: dict[int, Timex] = {}
        all_ends = [u.end for u in self.all_timexes]  # sorted by start; spans do not overlap
        for t in self.timexes:
            if t.reading.kind != "anaphor" or t.reading.get("unit") != "day" or t.grain != "day":
                continue
            k = bisect.bisect_right(all_ends, t.start) - 1
            if k < 0 or id(self.all_timexes[k]) not in counted:
                continue
            offset = self.all_timexes[k]
            sentence = self.text.sentence_of(offset.start)
            base = None
            for i in range(bisect.bisect_left(self._timex_starts, offset.start) - 1, -1, -1):
                u = self.timexes[i]
                if self.text.sentence_of(u.start) != sentence:
                    break
                if u.end <= offset.start and id(u) not in counted and self.day_date(u):
                    base = u
                    break
            shift = t.reading.get("shift")
            if base is None or not isinstance(shift, int):
                continue
            day = base.earliest.date() + dt.timedelta(days=shift)
            if day == t.earliest.date():
                continue
            replaced[id(t)] = _on_day(t, day)
        if not replaced:
            return
        self.timexes = [replaced.get(id(t), t) for t in self.timexes]
        self.all_timexes = [replaced.get(id(t), t) for t in self.all_timexes]
        self._timex_index = {id(t): i for i, t in enumerate(self.timexes)}
        self._offsets = self._offset_ids = self._eve_ids = None

    def reanchor_clock_times(self) -> None:
        """A clock time with no day of its own that the tagger put on the publication day
        ("وأعلن القصر الوفاة في بيان صدر عند الساعة السادسة والنصف مساء" after "توفيت ... أمس
        الخميس"): on the day in play of its sentence (an earlier day date of that sentence, else
        :meth:`anchor`), when that is an earlier day; when the date in play is a night across
        two days ("ليل الاثنين الثلاثاء"), on the one day whose hour falls in it (18:50 on
        Monday, 02:00 on Tuesday). Replaces such expressions at their index
        in :attr:`timexes`; needs the governors (:meth:`Dating.owners`)."""
        published = self.article.published
        if published is None:
            return
        dct = published.date() if isinstance(published, dt.datetime) else published
        replaced: dict[int, Timex] = {}
        # a clock time moved is in place at once, so that a later one of the story (and the
        # anchor of a later sentence) is read on the day found for it
        told = list(self.timexes)
        for i, t in enumerate(told):
            local = self.after_restatement(i)
            if local is not None:
                replaced[i] = self.timexes[i] = local
                continue
            later = self.after_clock(i)
            if later is not None:
                replaced[i] = later
                continue
            earlier = self.night_before(t)
            if earlier is not None:
                replaced[i] = earlier
                continue
            midnight = self.midnight_in_play(i)
            if midnight is not None:
                replaced[i] = self.timexes[i] = midnight
                continue
            # the tagger counts a clock time from the DCT or from the clock time before it; a
            # bare part of the day ("ووصل ... إلى طرابلس ليلا" after "ظهر أمس") too, unless planned
            if t.reading.kind not in ("clock", "part") or t.anchor not in ("dct", "narrative") \
                    or t.earliest.date() != dct or (t.reading.kind == "part" and self._planned_at(i)):
                continue
            day = self.sentence_day(i)
            if day is None or day.earliest.date() >= dct:
                past = self.past_night(i)
                if past is not None:
                    replaced[i] = self.timexes[i] = past
                    continue
            if day is None:
                if t.reading.kind == "part":
                    continue
                # "وكان انفجار ضخم قد هز ... نحو الساعة 15:25" in a paper of 08:00
                earlier = self.night_before(t, "clock")
                if earlier is not None:
                    replaced[i] = self.timexes[i] = earlier
                continue
            if day.earliest.date() >= dct:
                continue
            on = _clock_day(t, day)
            if on is None or on == dct:
                continue
            shift = on - dct
            value = t.value
            if isinstance(value, str) and value.startswith(dct.isoformat()):
                value = on.isoformat() + value[len(dct.isoformat()):]
            replaced[i] = attrs.evolve(t, value=value, earliest=t.earliest + shift, latest=t.latest + shift,
                                       anchor="narrative")
            self.timexes[i] = replaced[i]
        self.timexes = told
        self._replace(replaced)

    def reanchor_anaphors(self) -> None:
        """A day counted from the day in play ("وفي اليوم نفسه"، "وفي اليوم التالي") that the
        tagger counted from the last date of an earlier sentence when that date names no day in
        play: a date after منذ or in a relative clause ("الإقامة الجبرية التي فرضت عليه منذ 26
        أكتوبر. ... وفي اليوم نفسه، قتل متظاهر"): counted instead from the last date before it
        that is a day in play (the events' day, "أمس الأحد"). Replaces such
        expressions at their index in :attr:`timexes`; needs the governors."""
        replaced: dict[int, Timex] = {}
        all_starts = [u.start for u in self.all_timexes]
        for i, t in enumerate(self.timexes):
            shift = t.reading.get("shift")
            if t.reading.kind != "anaphor" or t.reading.get("unit") != "day" or t.grain != "day" \
                    or not isinstance(shift, int) or i == 0:
                continue
            # the date the tagger counted from: the last one written before it
            k = bisect.bisect_left(all_starts, t.start) - 1
            while k >= 0 and self.all_timexes[k].earliest is None:
                k -= 1
            if k < 0:
                continue
            told = self.all_timexes[k]
            index = self._timex_index.get(id(told))
            if told.earliest.date() + dt.timedelta(days=shift) != t.earliest.date() \
                    or self.text.sentence_of(told.start) == self.text.sentence_of(t.start) \
                    or (index is not None and not self.since(told) and self.relative_opener(told) is None):
                continue  # counted from something else, from a day in play, or in its own sentence
            base = None
            for j in range(i - 1, max(i - 1 - RESTATED_SEARCH, -1), -1):
                u = self.timexes[j]
                if self.day_date(u) and not self.since(u) and not self.referenced(j):
                    base = u
                    break
            if base is None:
                continue
            day = base.earliest.date() + dt.timedelta(days=shift)
            if day != t.earliest.date():
                replaced[i] = _on_day(t, day)
        self._replace(replaced)

    def reanchor_restated(self, cands: list[Candidate], owners: dict[int, int]) -> None:
        """A same-day anaphor right after a sentence with no date whose event restates one told
        before ("دفن جثمان صدام فجر أمس الأحد ... وتسلم ... الجثمان ليل السبت ... وشارك في مراسم
        الدفن نحو مئة شخص. وفي اليوم نفسه، تظاهر"): counted from the day of the event restated
        (the burial's Sunday), not from the last date written (Saturday night). Replaces such
        expressions at their index in :attr:`timexes`; needs the owners (time expression ->
        candidate)."""
        from .offsets import _family

        starts = [c.start for c in cands]
        own: dict[int, Timex] = {}
        for i, j in owners.items():
            if self.day_date(self.timexes[i]):
                own.setdefault(j, self.timexes[i])
        replaced: dict[int, Timex] = {}
        for i, t in enumerate(self.timexes):
            shift = t.reading.get("shift")
            k = self.text.sentence_of(t.start)
            if t.reading.kind != "anaphor" or t.reading.get("unit") != "day" or t.grain != "day" \
                    or not isinstance(shift, int) or i == 0 or k < 2:
                continue
            told = self.timexes[i - 1]
            if self.text.sentence_of(told.start) >= k - 1 or \
                    told.earliest.date() + dt.timedelta(days=shift) != t.earliest.date():
                continue  # the sentence before has a date of its own, or the tagger read another
            prev = self.text.sentences[k - 1]
            inside = range(bisect.bisect_left(starts, prev[0]), bisect.bisect_left(starts, prev[1]))
            if not inside:
                continue
            last = cands[inside[-1]]
            tokens = self.text.tokens
            if last.match.hit.pos != "noun" or not any(a.definite for a in tokens[last.match.last].analyses):
                continue  # only a definite noun ("مراسم الدفن") restates an event told before
            words = self._stems(last)
            base = next((own[j] for j in range(inside[0] - 1, max(inside[0] - 1 - RESTATED_SEARCH, -1), -1)
                         if j in own and (_family(cands[j]) == _family(last) or words & self._stems(cands[j]))), None)
            if base is None:
                continue
            day = base.earliest.date() + dt.timedelta(days=shift)
            if day != t.earliest.date():
                replaced[i] = _on_day(t, day)
        self._replace(replaced)

    def restated_date(self, cand: Candidate, me: int, owners: dict[int, int], cands: list[Candidate]) -> Timex | None:
        """The own date of the event a definite noun restates, when the noun has no date of
        its own ("في هجوم انتحاري مزدوج استهدف محيط مطار كابل مساء أمس الخميس ... بعد ساعات من
        الهجوم ... قد حذرتا عشية الهجوم": Thursday's attack, before any offset reads it):
        the nearest earlier candidate of its family and word (at most :data:`RESTATED_SEARCH`
        back), when that one governs a past day date; ``None`` for a statement, a planned event,
        or no such one."""
        from .offsets import _family

        m = cand.match
        if cand.type == "statement" or cand.planned or m.hit.pos != "noun" or \
                not any(a.definite and not a.enc for a in self.text.tokens[m.last].analyses):
            return None
        key = id(owners)
        cached = getattr(self, "_owned_cache", None)
        if cached is None or cached[0] != key:
            owned: dict[int, Timex] = {}
            for i in sorted(owners):
                t = self.timexes[i]
                if self.day_date(t) and id(t) not in self.offset_expressions():
                    owned.setdefault(owners[i], t)
            cached = self._owned_cache = (key, owned, set(owners.values()))
        owned, owning = cached[1], cached[2]
        if me in owning:
            return None
        # the same word ("الهجوم" after "هجوم"): a noun of another word of the family may name
        # another event ("دانوا الهجوم الإيراني" after "قصف قنصليتها في الفاتح أفريل")
        family, words = _family(cand), self._stems(cand)
        for j in range(me - 1, max(me - 1 - RESTATED_SEARCH, -1), -1):
            if _family(cands[j]) == family and words & self._stems(cands[j]):
                return owned.get(j)
        return None

    def _stems(self, c: Candidate) -> set[str]:
        """The stems of ``c``'s trigger words ("مراسم الدفن" and "دفن" share دفن)."""
        return {a.stem for i in range(c.match.first, c.match.last + 1) for a in self.text.tokens[i].analyses}

    def _replace(self, replaced: dict[int, Timex]) -> None:
        """Put the time expressions ``replaced`` (index -> new expression) in place."""
        if not replaced:
            return
        swap = {id(self.timexes[i]): u for i, u in replaced.items()}
        self.timexes = [replaced.get(i, t) for i, t in enumerate(self.timexes)]
        self.all_timexes = [swap.get(id(t), t) for t in self.all_timexes]
        self._timex_index = {id(t): i for i, t in enumerate(self.timexes)}
        described = getattr(self, "_described", {})
        self._described = {id(swap[k]) if k in swap else k: c for k, c in described.items()}
        self._offsets = self._offset_ids = self._eve_ids = None

    def night_before(self, t: Timex, kind: str = "part", background: bool = True) -> Timex | None:
        """A bare part of the day ("ليلا"; ``kind`` "clock": a clock time with no day in play)
        that the tagger put on the publication day, told in a background sentence or clause,
        when it starts at or after the publication time ("وكان أردوغان قد دعا الأتراك ليلا" in
        a paper of 18:00): what was over when told lies a day before (the night that ended
        that morning); ``None`` for any other expression."""
        published = self.article.published
        if published is None or t.reading.kind != kind or t.anchor != "dct":
            return None
        dct = published.date() if isinstance(published, dt.datetime) else published
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
        الليل") the time starts at midnight itself. ``None`` for any other expression, for a
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
        after = self.is_word(self.text.token_at(t.start) - 1, "after_next")
        lo = midnight if after else midnight - half
        if lo == t.earliest.replace(tzinfo=None) and midnight + half == t.latest.replace(tzinfo=None):
            return None
        shift = midnight - centre
        value = (midnight.date() - dt.timedelta(days=1)).isoformat() + "T24:00"
        return attrs.evolve(t, value=value, earliest=t.earliest + shift + (half if after else dt.timedelta(0)),
                            latest=t.latest + shift, anchor="narrative")

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


def _clock_day(t: Timex, day: Timex) -> dt.date | None:
    """The day of ``day`` (a date in play of one or two days) on which clock time ``t`` falls
    inside it, ``None`` if none or both do."""
    first = day.earliest.date()
    if day.latest.date() == first:
        return first
    fits = []
    for d in (first, day.latest.date()):
        shift = d - t.earliest.date()
        if day.earliest <= t.earliest + shift and t.latest + shift <= day.latest:
            fits.append(d)
    return fits[0] if len(fits) == 1 else None


def _on_day(t: Timex, day: dt.date) -> Timex:
    """``t`` moved to the whole of ``day`` at day grain (a same-day anaphor counted from another day)."""
    return attrs.evolve(t, value=day.isoformat(), earliest=dt.datetime.combine(day, dt.time.min),
                        latest=dt.datetime.combine(day, dt.time.max), grain="day")
