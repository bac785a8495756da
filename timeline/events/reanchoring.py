"""Time expressions read again once the article's events are known: what the tagger counted
from the last date written, the publication day or the paper's hour, counted instead from the
day in play of the narrative ("وفي اليوم نفسه" after a flashback, a clock time in a story of
yesterday, a night told in the pluperfect). The tagger's own output is unchanged: the events
stage reads these replacements only."""

from __future__ import annotations

import bisect
import datetime as dt

import attrs

from ..model import Timex, calendar_day
from .context import Candidate
from .night_and_clock import NightAndClock

#: How many earlier candidates (or time expressions) a re-anchored expression looks back
#: through for the event it restates (or the day in play).
RESTATED_SEARCH = 12


class Reanchoring(NightAndClock):
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
        dct = calendar_day(published)
        replaced: dict[int, Timex] = {}
        # a clock time moved is in place at once, so that a later one of the story (and the
        # anchor of a later sentence) is read on the day found for it
        told = list(self.timexes)
        followed: set[int] = set()
        for i, t in enumerate(told):
            if i in followed:
                continue
            counted = self.hours_after_in_play(i)
            if counted is not None:
                replaced[i] = self.timexes[i] = counted
                # "وكان الرواد قد تخلصوا من وحدة الخدمة صباح اليوم نفسه" right after it: the
                # tagger counted the same day from the publication day too
                after = _same_day_after(told, i, t, counted)
                if after is not None:
                    replaced[i + 1] = self.timexes[i + 1] = after
                    followed.add(i + 1)
                continue
            local = self.after_restatement(i)
            if local is not None:
                replaced[i] = self.timexes[i] = local
                continue
            night = self.previous_night(i)
            if night is not None:
                # "طوال الليلة السابقة": the night before the day in play, not tonight
                replaced[i] = self.timexes[i] = night
                continue
            part = self.clock_in_part(i)
            if part is not None:
                # "مساء أمس ... في الساعة السابعة": 19:00
                replaced[i] = self.timexes[i] = t = part
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
                    past = self.past_part(i)
                    if past is not None:
                        replaced[i] = self.timexes[i] = past
                    continue
                # "وكان انفجار ضخم قد هز ... نحو الساعة 15:25" in a paper of 08:00
                earlier = self.night_before(t, "clock")
                if earlier is not None:
                    replaced[i] = self.timexes[i] = earlier
                continue
            if day.earliest.date() >= dct:
                continue
            on = _clock_day(t, day)
            if on is not None and self.small_hours_after(i, on):
                on += dt.timedelta(days=1)  # "مساء، ثم ... عند الواحدة والنصف فجرا": after its midnight
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
        """A day counted from the day in play ("وفي اليوم نفسه"، "مساء اليوم نفسه"، "وفي اليوم
        التالي") that the tagger counted from the last date written before it when that date
        names no day in play: a date after منذ, in a relative clause, of an event named in
        passing or after a cause cue, or an offset counted from an event ("الإقامة الجبرية التي
        فرضت عليه منذ 26 أكتوبر. ... وفي اليوم نفسه، قتل متظاهر"؛ "إثر مقتل راكب ثالث مساء
        الأحد. ... وأشاد ميتران ... في اليوم نفسه"؛ "بعد يومين من الزلزال الذي ضرب المنطقة
        فجر الثلاثاء، ثم التقى ... في اليوم ذاته"): counted instead from the last date before
        it that is a day in play (the events' day, "أمس الأحد"), a time of day kept. Replaces
        such expressions at their index in :attr:`timexes`; needs the governors."""
        replaced: dict[int, Timex] = {}
        all_starts = [u.start for u in self.all_timexes]
        offsets = self.offset_expressions()
        for i, t in enumerate(self.timexes):
            shift = t.reading.get("shift")
            if t.reading.kind != "anaphor" or t.reading.get("unit") != "day" or t.grain not in ("day", "part_of_day") \
                    or t.earliest.date() != t.latest.date() or not isinstance(shift, int) or i == 0:
                continue
            # the date the tagger counted from: the last one written before it
            k = bisect.bisect_left(all_starts, t.start) - 1
            while k >= 0 and self.all_timexes[k].earliest is None:
                k -= 1
            if k < 0:
                continue
            told = self.all_timexes[k]
            index = self._timex_index.get(id(told))
            if told.earliest.date() + dt.timedelta(days=shift) != t.earliest.date():
                continue  # counted from something else
            passing = self.since(told) or self.relative_opener(told) is not None or id(told) in offsets \
                or (index is not None and self.referenced(index))
            if index is not None and not passing:
                continue  # counted from a day in play
            if self.text.sentence_of(told.start) == self.text.sentence_of(t.start) and not passing:
                continue
            base = None
            for j in range(i - 1, max(i - 1 - RESTATED_SEARCH, -1), -1):
                u = self.timexes[j]
                if self.day_date(u) and not self.since(u) and id(u) not in offsets and not self.referenced(j):
                    base = u
                    break
            if base is None:
                continue
            day = base.earliest.date() + dt.timedelta(days=shift)
            if day != t.earliest.date():
                replaced[i] = _on_day(t, day) if t.grain == "day" else _moved_to(t, day)
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

    def reanchor_named_same_day(self) -> None:
        """A same-day anaphor ("مساء اليوم نفسه") in a sentence that names an act told before by
        its noun ("وكان برادي قد أصيب في الهجوم نفسه، وخضع لعملية ... مساء اليوم نفسه"): the
        day is that act's, not the last date written. Counted from the date that governs the
        last earlier mention of the same trigger; with none the tagger's reading stays (left
        open, an undated act merges with another of its kind: identity's next step). Needs the
        governors."""
        anaphors = [i for i, t in enumerate(self.timexes) if t.reading.kind == "anaphor"
                    and t.reading.get("unit") == "day" and isinstance(t.reading.get("shift"), int)
                    and t.earliest is not None]
        if not anaphors:
            return
        nouns = {m.first: m for m in self.text.matches if m.category == "trigger" and m.hit.pos == "noun"}
        # per trigger entry, the dated mentions in text order (one pass over the governors)
        dated: dict[int, list[tuple[int, int]]] = {}
        for k, c in sorted(self._governor.items(), key=lambda kc: kc[1].start):
            if k < len(self.timexes) and self.day_date(self.timexes[k]):
                dated.setdefault(id(c.match.hit.data), []).append((c.start, k))
        replaced: dict[int, Timex] = {}
        for i in anaphors:
            t = self.timexes[i]
            lo, first = self.text.token_range(self.sentence(t.start)).start, self.text.token_at(t.start)
            named = [nouns[j] for j in range(lo, first - 1) if j in nouns and self.is_word(j + 1, "same_as_told")]
            if not named:
                continue
            m = named[-1]
            told = dated.get(id(m.hit.data), [])
            n = bisect.bisect_left(told, (m.start, -1))
            if not n:
                continue
            day = self.timexes[told[n - 1][1]].earliest.date() + dt.timedelta(days=t.reading.get("shift"))
            moved = _moved_to(t, day)
            if moved is not t:
                replaced[i] = moved
        self._replace(replaced)

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


def _same_day_after(told: list[Timex], i: int, was: Timex, now: Timex) -> Timex | None:
    """The anaphor right after expression ``i`` ("صباح اليوم نفسه") moved by as many days as
    ``i`` was (from ``was`` to ``now``), when the tagger counted it from ``was``; else ``None``."""
    if i + 1 >= len(told):
        return None
    u = told[i + 1]
    shift = u.reading.get("shift")
    if u.reading.kind != "anaphor" or u.reading.get("unit") != "day" or not isinstance(shift, int) \
            or u.earliest is None or now.earliest.date() != now.latest.date() \
            or u.earliest.date() != was.earliest.date() + dt.timedelta(days=shift):
        return None
    return _moved_to(u, u.earliest.date() + (now.earliest.date() - was.earliest.date()))


def _moved_to(t: Timex, day: dt.date) -> Timex:
    """``t`` moved to ``day`` keeping its time of day (``t`` itself when already there)."""
    delta = day - t.earliest.date()
    if not delta:
        return t
    value, old = t.value, t.earliest.date().isoformat()
    if isinstance(value, str) and value.startswith(old):
        value = day.isoformat() + value[len(old):]
    return attrs.evolve(t, value=value, earliest=t.earliest + delta, latest=t.latest + delta, anchor="narrative")


def _on_day(t: Timex, day: dt.date) -> Timex:
    """``t`` moved to the whole of ``day`` at day grain (a same-day anaphor counted from another day)."""
    return attrs.evolve(t, value=day.isoformat(), earliest=dt.datetime.combine(day, dt.time.min),
                        latest=dt.datetime.combine(day, dt.time.max), grain="day")
