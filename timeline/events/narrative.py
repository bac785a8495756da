"""Narrative dating: the date in play carried from earlier sentences, the story's lead,
background (pluperfect) sentences and clauses, and the bounds of undated events."""

from __future__ import annotations

import bisect
import datetime as dt

import attrs

from ..model import UNDATED, Timex
from .context import Candidate, Context

#: How far back a news event reported without any date may lie (its recency window); a
#: background event (كان قد، سبق أن) without a date gets none: it is undated.
WINDOW_DAYS = 7
#: How many sentences back a narrative date still dates an undated event.
NARRATIVE_SENTENCES = 3
#: How many words before a date an order cue may stand for the date to be its reference point.
CAUSE_REACH = 10
#: How many words (a name's not counted) may stand between كان and قد in a pluperfect clause.
PLUPERFECT_REACH = 7
#: Types that react to a story (dated to its lead when the text gives no date of their own).
REACTION_TYPES = frozenset({"statement", "call"})
#: The lead: the title and the first sentences of the body.
LEAD_SENTENCES = 3
UNDATED_WARNING = UNDATED
#: Units of a count of time from a clock time ("بعد تسع ساعات"), as ``timedelta`` fields.
_CLOCK_UNITS = {"hour": "hours", "minute": "minutes"}
#: Warning of an event dated by its recency window only.
WINDOW_WARNING = "undated: assumed within {days} days before publication"
NO_DCT_WARNING = "undated: no publication date"


class Narrative(Context):
    """Dates from the narrative around a candidate."""

    def referenced(self, i: int) -> bool:
        """Time expression ``i`` dates an event that a sentence names in passing, not its main
        event: a noun trigger after the sentence's first event ("ووقّع الإعلان ... في ختام
        محادثات بدأت يوم الاثنين الماضي"), an event in a relative clause, or a relative clause that
        no event governs. Such a date is no day in play for the narrative."""
        if self.cause_date(self.timexes[i]):
            return True
        owner = self._governor.get(i)
        if owner is None:
            # "للحرب التي اندلعت في 15 أبريل": a date in a relative clause no event governs
            return self.relative_opener(self.timexes[i]) is not None
        if any(self.is_word(j, "relatives") for j in range(owner.match.first - 2, owner.match.first)):
            return True  # "القصر، الذي استعاده الجيش يوم الجمعة": told in passing
        if owner.match.hit.pos == "verb":
            return False
        main = self._first_of_sentence.get(self.text.sentence_of(owner.start))
        return main is not None and main is not owner and main.start < owner.start

    def cause_date(self, t: Timex) -> bool:
        """``t`` dates an event named after an "after" cue of its clause ("وجاءت العملية عقب
        الاستفتاء الذي نظمه الإقليم في 25 أيلول"، "إثر الزلزال الذي ضرب ... ليلة الجمعة"، "بعد
        نحو أربعة أسابيع من إجراءات 25 أكتوبر"): a reference point told in passing, earlier than
        the day in play ("قبل أن تنجح في تحريرها بعد ظهر أمس" dates a later step, and is kept).
        The cue must stand within :data:`CAUSE_REACH` words before ``t`` with an
        event trigger (or an offset's origin word) between them."""
        first = self.text.token_at(t.start)
        clause = self.clause(t.start)
        named = False
        for j in range(first - 1, max(first - 1 - CAUSE_REACH, -1), -1):
            if self.text.tokens[j].start < clause[0]:
                return False
            if j in self.trigger_tokens or self.is_word(j, "offset_links"):
                named = True
            elif named and self.is_word(j, "after_next"):
                return True
        return False

    def day_in_play(self, cand: Candidate, timexes: list[Timex]) -> Timex | None:
        """The last day date earlier in ``cand``'s own sentence, when ``cand`` has none of its
        own: the sentence's day in play, as a previous sentence's date would be ("سُمع دوي
        انفجارات فجر اليوم الجمعة، وأعلنت طهران أن دفاعاتها أسقطت ..."). Not in a background
        clause of a news sentence (a background sentence's own dates are its day in play:
        "وكانت المروحية ... قد سقطت بعد ظهر أمس الأحد ...، أثناء عودته من تدشين سد"; not past a
        clause opener there), not across a cause cue (إثر، بعد), not a date after منذ or of an
        event named in passing."""
        background = self.in_background(cand)
        if background and not self.background(self.text.sentence_of(cand.start)):
            return None
        counted = self.offset_expressions()
        for t in reversed(timexes):
            if t.end > cand.start or id(t) in counted:
                continue  # "في اليوم التالي للانقلاب" dates what it places, not the coup
            i = self._timex_index[id(t)]
            if self.since(t) or self.referenced(i) or not self.day_date(t) \
                    or self.after_cue_between(t, cand, own_clause=True):
                continue
            # "وكان باشينيان قد أعلن أمس ...، في حين قالت أذربيجان": a new predicate of a
            # flashback is told with no day of its own
            return None if background and self.opener_between(t, cand) else t
        return None

    def in_background(self, cand: Candidate) -> bool:
        """``cand`` is told as background: its sentence or its own clause is pluperfect ("...،
        وكانت هدنة سابقة قد انهارت"), or a background mark stands before it (سبق أن)."""
        clause = self.clause(cand.start)
        return (self.background(self.text.sentence_of(cand.start))
                or self.background_span(clause, self.text.token_range(clause).start)
                or self.near("background_marks", cand.match, 6, 0, clause) is not None)

    def background(self, k: int) -> bool:
        """Sentence ``k`` is pluperfect background ("وكان الجيش قد أعلن"): its own reporting frame."""
        return self.background_span(self.text.sentences[k], self.first_token(k))

    def background_span(self, span: tuple[int, int], first: int) -> bool:
        """The text ``span`` whose first token is ``first`` opens pluperfect (كان ... قد)."""
        particles = self.text.lexicon.cue_words["pluperfect_particle"]
        for c in self.cues_from("pluperfect", first):
            if c.start >= span[1] or c.first > first + 1:
                break
            # the subject between كان and قد, a name's words not counted ("وكان الرئيس المنتهية
            # ولايته محمد ولد عبد العزيز قد هنأ")
            words, i = 0, c.last + 1
            while i < len(self.text.tokens) and self.text.tokens[i].start < span[1] and words < PLUPERFECT_REACH:
                if self.token(i) in particles:
                    return True
                words += i not in self.actor_tokens
                i += 1
        return False

    def day_date(self, t: Timex) -> bool:
        """A past (or current) date of one day, the only kind a narrative carries on."""
        published = self.article.published
        dct = published.date() if isinstance(published, dt.datetime) else published
        return (t.latest - t.earliest) < dt.timedelta(days=2) and (dct is None or t.earliest.date() <= dct)

    def anchor(self, k: int) -> Timex | None:
        """The date in play for sentence ``k`` from the sentences before it.

        An elaboration ("وأضاف"، "وتابع") takes the date of the statement it continues, however
        far back; otherwise the last date of the previous three sentences,
        provided it is a past day and no background date (coarser, later, or of a pluperfect
        sentence) came in between. A pluperfect sentence takes its own date or none."""
        if self.background(k):
            return None
        lead = k
        while lead > 0 and self.opens_with("elaboration", lead):
            lead -= 1
        if lead < k:
            said = self.statement_date(lead)
            if said is not None:
                return said
        start = self.text.sentences[k][0]
        i = bisect.bisect_left(self._timex_starts, start) - 1
        while i >= 0:
            t = self.timexes[i]
            j = self.text.sentence_of(t.start)
            if j < min(k - NARRATIVE_SENTENCES, lead):
                return None
            if j == k:
                i -= 1
                continue
            # "يومي 10 و17": a pair of dates names no single day in play
            if self.since(t) or self.referenced(i):
                # "منذ اندلاع الحرب في 24 فبراير": when a state began, not the day in play;
                # nor the date of an event named in passing
                i -= 1
                continue
            pair = [x for x in self.timexes[max(i - 1, 0):i + 2] if self.text.sentence_of(x.start) == j]
            if self.background(j) and (j < k - 1 or self.resumes(k)):
                # "وكان المجلس قد وافق مساء الثلاثاء ..." between the news and this sentence: a
                # flashback; the day in play is the one before it
                i -= 1
                continue
            if self.background(j) or not self.day_date(t) or len(self.coordinated(pair, t)) > 1:
                return None
            return t
        return None

    def resumes(self, k: int) -> bool:
        """Sentence ``k``, right after a background sentence, takes the story up again: it opens
        with a cue that places its event after another one ("وعقب إعلان النبأ، خرج ..."،
        "وإثر ذلك، ...") and so is no continuation of the flashback; the day in play is the one
        before that sentence."""
        first = self.first_token(k)
        return any(c.first <= first + 1 for name in ("after_next", "later_than_previous")
                   for c in self.cues_from(name, first)[:1])

    def lead_interval(self, cand: Candidate) -> tuple[dt.date, dt.date] | None:
        """Where an undated reaction (a statement or a call, outside background sentences) lies:
        from the day of the story's lead (the first day date of the first body sentences, at
        most two days before publication) to the publication day."""
        if cand.type not in REACTION_TYPES or self.background(self.text.sentence_of(cand.start)):
            return None
        published = self.article.published
        if published is None:
            return None
        dct = published.date() if isinstance(published, dt.datetime) else published
        for t in self.timexes:
            if self.text.sentence_of(t.start) > LEAD_SENTENCES:
                break
            if self.day_date(t) and dct - dt.timedelta(days=2) <= t.earliest.date() <= dct:
                return t.earliest.date(), dct
        return None

    def since(self, t: Timex) -> bool:
        """A "since" word (منذ) shortly before ``t`` in its clause."""
        first = self.text.token_at(t.start)
        clause = self.clause(t.start)
        return any(self.is_word(j, "since") and self.text.tokens[j].start >= clause[0]
                   for j in range(max(first - 5, 0), first))

    def statement_date(self, k: int) -> Timex | None:
        """The date of what sentence ``k`` says was said: its last day date before the reported
        content, or its first day date when the saying has none."""
        span = self.text.sentences[k]
        tokens = self.text.token_range(span)
        comp = self.first_word_from("complementizers", tokens.start, tokens.stop)
        stop = self.text.tokens[comp].start if comp is not None else span[1]
        lo = bisect.bisect_left(self._timex_starts, span[0])
        hi = bisect.bisect_left(self._timex_starts, span[1])
        dates = [t for t in self.timexes[lo:hi] if self.day_date(t) and not self.cause_date(t)
                 and self.relative_opener(t) is None]
        before = [t for t in dates if t.start < stop]
        if before:
            return before[-1]
        return dates[0] if dates else None

    def undated_bound(self) -> tuple[dt.date | None, str]:
        """The latest day an undated event can have (publication) and its warning."""
        published = self.article.published
        if published is None:
            return None, NO_DCT_WARNING
        return (published.date() if isinstance(published, dt.datetime) else published), UNDATED

    def window(self) -> tuple[dt.date | None, dt.date | None, str | None]:
        """The recency window of a news event reported without any date: the
        ``window_days`` before publication (news reports what just happened)."""
        published = self.article.published
        if published is None:
            return None, None, NO_DCT_WARNING
        day = published.date() if isinstance(published, dt.datetime) else published
        return day - dt.timedelta(days=self.window_days), day, WINDOW_WARNING.format(days=self.window_days)

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
            replaced[id(t)] = attrs.evolve(t, value=day.isoformat(), earliest=dt.datetime.combine(day, dt.time.min),
                                           latest=dt.datetime.combine(day, dt.time.max), grain="day")
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
        :meth:`anchor`), when that is an earlier day. Replaces such expressions at their index
        in :attr:`timexes`; needs the governors (:meth:`Dating.owners`)."""
        published = self.article.published
        if published is None:
            return
        dct = published.date() if isinstance(published, dt.datetime) else published
        replaced: dict[int, Timex] = {}
        for i, t in enumerate(self.timexes):
            later = self.after_clock(i)
            if later is not None:
                replaced[i] = later
                continue
            earlier = self.night_before(t)
            if earlier is not None:
                replaced[i] = earlier
                continue
            if t.reading.kind != "clock" or t.anchor != "dct" or t.earliest.date() != dct:
                continue
            k = self.text.sentence_of(t.start)
            day = None
            for j in range(i - 1, -1, -1):
                u = self.timexes[j]
                if self.text.sentence_of(u.start) != k:
                    break
                if self.day_date(u) and not self.since(u) and not self.referenced(j):
                    day = u
                    break
            if day is None and not self.background(k):
                day = self.anchor(k)
            if day is None or day.earliest.date() >= dct or day.latest.date() != day.earliest.date():
                continue
            shift = day.earliest.date() - dct
            value = t.value
            if isinstance(value, str) and value.startswith(dct.isoformat()):
                value = day.earliest.date().isoformat() + value[len(dct.isoformat()):]
            replaced[i] = attrs.evolve(t, value=value, earliest=t.earliest + shift, latest=t.latest + shift,
                                       anchor="narrative")
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
            for j in range(i - 1, -1, -1):
                u = self.timexes[j]
                if self.day_date(u) and not self.since(u) and not self.referenced(j):
                    base = u
                    break
            if base is None:
                continue
            day = base.earliest.date() + dt.timedelta(days=shift)
            if day != t.earliest.date():
                replaced[i] = attrs.evolve(t, value=day.isoformat(), earliest=dt.datetime.combine(day, dt.time.min),
                                           latest=dt.datetime.combine(day, dt.time.max))
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

    def night_before(self, t: Timex) -> Timex | None:
        """A bare part of the day ("ليلا") that the tagger put on the publication day, told in a
        background sentence or clause, when it starts at or after the publication time ("وكان
        أردوغان قد دعا الأتراك ليلا" in a paper of 18:00): what was over when told lies a day
        before (the night that ended that morning); ``None`` for any other expression."""
        published = self.article.published
        if t.reading.kind != "part" or t.anchor != "dct" or not isinstance(published, dt.datetime) \
                or t.earliest.replace(tzinfo=None) < published.replace(tzinfo=None) \
                or t.earliest.date() != published.date():
            return None
        clause = self.clause(t.start)
        if not (self.background(self.text.sentence_of(t.start))
                or self.background_span(clause, self.text.token_range(clause).start)):
            return None
        day = dt.timedelta(days=1)
        value = t.value
        if isinstance(value, str) and value.startswith(published.date().isoformat()):
            value = (published.date() - day).isoformat() + value[10:]
        return attrs.evolve(t, value=value, earliest=t.earliest - day, latest=t.latest - day, anchor="narrative")

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
        if self.text.sentence_of(prev.start) != self.text.sentence_of(t.start) or prev.grain not in ("minute", "hour"):
            return None
        step = dt.timedelta(**{_CLOCK_UNITS[unit]: n})
        lo, hi = prev.earliest + step, prev.latest + step
        return attrs.evolve(t, value=lo.strftime("%Y-%m-%dT%H:%M"), earliest=lo, latest=hi, grain=prev.grain,
                            anchor="narrative")
