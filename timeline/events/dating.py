"""Dating: the time expression that governs each candidate (its clause, its sentence, a
narrative anchor: :mod:`.narrative`), or none; coordinated dates in :mod:`.date_groups`."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Mapping

import attrs

from ..arabic import fold
from ..model import FINE_GRAINS, GRAINS, Timex
from .causes import Causes
from .context import Candidate
from .date_cues import DateCues
from .date_groups import DateGroups, HeldDates
from .narrative import (
    LEAD_SENTENCES,
    NARRATIVE_SENTENCES,
    NO_DCT_WARNING,
    REACTION_TYPES,
    UNDATED_WARNING,
    WINDOW_DAYS,
    WINDOW_WARNING,
)
from .offsets import Offsets
from .reanchoring import Reanchoring
from .relatives import Relatives

__all__ = ["LEAD_SENTENCES", "NARRATIVE_SENTENCES", "NO_DCT_WARNING", "REACTION_TYPES", "UNDATED_WARNING",
           "WINDOW_DAYS", "WINDOW_WARNING", "Dating"]


class Dating(Reanchoring, DateGroups, Offsets, Relatives, Causes, DateCues):
    """Which time expression dates which candidate."""

    def owners(self, cands: list[Candidate]) -> dict[int, int]:
        """Timex index -> index of the candidate that governs it in its clause.

        Nearest first, except that a date in a relative clause right after a trigger ("الهجوم
        الذي وقع في 24 أغسطس") belongs to that trigger, and a second, different date near an
        event that already has one goes to the next event of the clause ("أدان ... الثلاثاء
        الهجوم الذي وقع في 24 أغسطس": the condemnation on Tuesday)."""
        by_clause: dict[int, list[int]] = {}
        self._described: dict[int, Candidate] = {}
        for j, x in enumerate(cands):
            by_clause.setdefault(self.text.clause_of(x.start), []).append(j)
        ranked = []
        for i, t in enumerate(self.timexes):
            near = []
            clause_cands = by_clause.get(self.text.clause_of(t.start), ())
            # "استقبلت ... في بالمورال يوم الثلاثاء وكلفتها": a date ending a verb's phrase
            # right before a coordinated verb is the first verb's (the second shares it)
            joined = self.joined_after(t, [cands[j] for j in clause_cands])
            for j in clause_cands:
                c = cands[j]
                if self.foreign_relative(c, t):
                    continue  # "استعادت القصر ... للحرب التي اندلعت في 15 أبريل": another noun's
                gap = max(t.start - c.end, c.start - t.end, 0)
                # "علّقت ... في الـ29 من أكتوبر إثر هجوم": the date is the main event's; what
                # follows "إثر"/"بعد" is its cause
                # "زار الرئيس القاهرة أمس حيث التقى نظيره": a date before a clause opener
                # (حيث، إذ، فيما ...) is the event's before it, not the next predicate's
                # "يعقد مجلس الوزراء اجتماعا استثنائيا اليوم الثلاثاء لإقرار مشروع القانون": a
                # purpose noun after the date is what the act before it is for
                cause = c.start >= t.end and (self.after_cue_between(t, c) or self.opener_between(t, c)
                                              or (c.match.hit.pos == "noun"
                                                  and c.match.prep in self.words("purpose_clitic")))
                # a relative clause's date is its noun's, even over a saying verb inside it
                # ("الهدنة التي أعلنتها يريفان مساء 14 شتنبر")
                near.append((0 if self.relative_date(c, t) else 1 if self.adverbial_date(c, t)
                             else 3 if cause or c is joined else 2, gap, j))
            head = self.relative_head(t, cands)
            if head is not None and all(cands[j].start > t.start for _, _, j in near):
                self._described[id(t)] = cands[head]
                # "زيارة بيلوسي إلى أرمينيا، التي بدأت السبت الماضي والتقت خلالها ...": the
                # relative clause's date is the noun's it follows
                near.append((0, 0, head))
            if near:
                near.sort()
                ranked.append((near[0][:2], i, [j for _, _, j in near]))
        out: dict[int, int] = {}
        held: dict[int, HeldDates] = {}
        for _, i, choices in sorted(ranked):
            t = self.timexes[i]
            pick = choices[0]
            for j in choices:
                if j not in held or held[j].takes(t, self):
                    pick = j
                    break
            out[i] = pick
            held.setdefault(pick, HeldDates()).add(t, self)
        # the narrative steps (anchor, anaphora) ask who governs a date
        self._governor = {i: cands[j] for i, j in out.items()}
        first: dict[int, Candidate] = {}
        for c in cands:
            first.setdefault(self.text.sentence_of(c.start), c)
        self._first_of_sentence = first
        self.reanchor_clock_times()
        self.reanchor_anaphors()
        self.reanchor_restated(cands, out)
        self.reanchor_named_same_day()
        return out

    def shares(self, cand: Candidate, owner: int, me: int, cands: list[Candidate], t: Timex | None = None) -> bool:
        """Whether ``cand`` may use a time expression ``t`` governed by candidate ``owner``: its
        own, that of a saying verb whose nominal object it is ("أعلن المبعوث أمس موافقة الطرفين
        على هدنة": announced and agreed the same day; not after "أن", which reports), or that of
        its own object noun right after the date ("اختتم كول أمس الثلاثاء زيارة")."""
        if owner == me:
            return True
        verb = cands[owner]
        if self.circumstance_of(verb, cand):
            return True
        if t is not None and self.object_after_date(cand, verb, t):
            return True
        if t is not None and self.joined_in_relative(cand, verb, t):
            return True
        if verb.type != "statement" or cand.type == "statement" or not verb.end <= cand.start:
            return False
        if self.text.clause_of(verb.start) != self.text.clause_of(cand.start):
            return False
        between = self.text.token_range((verb.end, cand.start))
        return self.first_word_from("complementizers", between.start, between.stop) is None

    def reporters(self, cands: list[Candidate]) -> dict[int, int]:
        """Candidate index -> index of the saying verb whose reported content ("أن ..."، "إن
        ..."، ": ...") tells it ("أعلنت الفصائل فجر الأحد أنها دخلت العاصمة"): the content runs
        from the complementizer to the end of the sentence or to the next saying verb, and
        leaves out what a relative clause names ("الاتفاق الذي وقّع قبل يومين"), background
        (وكانت ... قد) and what a clause opener (فيما، حيث) starts. Passed to :meth:`governing`
        (no state kept: the caller may drop an entry and date that candidate again)."""
        out: dict[int, int] = {}
        current: tuple[int, int, int] | None = None  # (sentence, content start, saying index)
        for j, c in enumerate(cands):
            s = self.text.sentence_of(c.start)
            if current is not None and current[0] != s:
                current = None
            if c.type == "statement":
                if c.match.hit.pos == "verb" and not c.match.data.get("judgement"):
                    stop = self.complement(c)
                    current = (s, stop, j) if stop < self.sentence(c.start)[1] else None
                continue
            if current is None or c.start < current[1] or c.planned or self.in_background(c):
                continue  # "..., وكانت هدنة سابقة قد انهارت": background, not what was said
            first = c.match.first
            if any(self.is_word(k, "relatives") for k in range(first - 3, first)):
                continue
            lo = self.text.token_at(current[1])
            if self.first_word_from("clause_openers", lo, first) is not None:
                current = None
                continue
            out[j] = current[2]
        return out

    def governing(self, cand: Candidate, me: int, owners: dict[int, int],
                  cands: list[Candidate], *, reporters: Mapping[int, int]) -> tuple[list[Timex], str | None]:
        """The time expression(s) that date ``cand`` and how they were found; ``reporters``
        (:meth:`reporters`) names the saying that reports a candidate.

        A time expression in a clause with another event's trigger closer to it belongs to that
        event and never dates this one (except a saying verb's, shared with its nominal object
        when the object has no date of its own).
        """
        sentence = self.sentence(cand.match.start)
        lo = bisect.bisect_left(self._timex_starts, sentence[0])
        hi = bisect.bisect_left(self._timex_starts, sentence[1])
        # "بعد أسبوع من هجوم": an offset measured from the event, not its date
        offsets = self.offset_expressions()
        free = [t for i, t in enumerate(self.timexes[lo:hi], lo) if id(t) not in offsets
                and self.shares(cand, owners.get(i, me), me, cands, t)
                and not ((t.reading.kind == "duration" or t.type == "DURATION")
                         and fold(self.article.text[t.end:cand.start].strip()) in self.words("origin"))]
        if cand.type == "statement":
            # what was said ("أن ..."، ": ...") does not date the saying
            stop = self.complement(cand)
            free = [t for t in free if t.start < stop]
        reporter = reporters.get(me)
        if reporter is not None:
            # "أعلن الجيش، اليوم، أنه سيطر على ...": the saying's date is not what it reports
            start = self.complement(cands[reporter])
            free = [t for t in free if t.start >= start]
        # "عقد المجلس أمس جلسة عقب الهجوم": what follows إثر/بعد/عقب is the cause, earlier
        # than the date before the cue
        free = [t for t in free if not (t.end <= cand.start and self.after_cue_between(t, cand))]
        # "منذ ربيع 2022": when a state began, not this event's date; a relative clause on
        # another noun dates that noun's event; a reported happening is not after publication
        # ("على أن يبدأ سريانه يوم الأحد المقبل")
        # ("وقال في خطاب ألقاه عقب أداء اليمين إن جورجيا «لن تكون بعد اليوم دولة فاشلة»"): a
        # quotation that tells no event of its own dates none outside it
        free = [t for t in free if not self.since_date(t) and not self.foreign_relative(cand, t)
                and (cand.planned or not self.later_plan(cand, t) and not self.until_ahead(t))
                and not self.quoted_apart(t, cand)]
        relative = self.relative_act(cand)
        if relative is not None:
            # "رفضت سوريا أمس الثلاثاء السماح للسفينة التي خطفها مسلحون": the refusal's day, so
            # no day in play of that sentence is the act's either
            opened, clause = self.text.tokens[relative].start, self.clause(cand.match.start)
            free = [t for t in free if t.start > opened]
            if not any(clause[0] <= t.start < opened for t in self.timexes[lo:hi]):
                relative = None  # no date of the main predicate: the narrative's as before
        spoken = self.spoken_date(cand, [t for t in self.timexes[lo:hi] if id(t) not in offsets and self.day_date(t)])
        if spoken is not None:
            # "وقال ...، الذي تحدث الجمعة في مؤتمر صحافي، إن": said on its occasion's day, not
            # the day in play (a relative clause's date is otherwise another predicate's)
            return [self.local_time(spoken)], "clause"
        won = self.contest_date(cand, self.timexes[lo:hi])
        if won is not None:
            return [won], "clause"
        restated = self.restated_date(cand, me, owners, cands)
        if restated is not None:
            return [restated], "sentence"
        for level, span in (("clause", self.clause(cand.match.start)), ("sentence", self.sentence(cand.match.start))):
            if level == "sentence":
                # "وجاء القصف في اليوم التالي لتوقيع الاتفاق ...، الجمعة": the eve or morrow of
                # an event, in its own clause, names its day before another clause's date (a
                # clock time there may refine "بعد 48 ساعة من توقيعه", and comes first)
                offset = self.event_offset(cand, me, owners, cands, reporters)
                if offset is not None and offset[1] is not None and id(offset[1]) in self.eve_expressions():
                    return ([offset[0]], "clause") if offset[0] is not None else ([], None)
            inside = [t for t in free if span[0] <= t.start and t.end <= span[1]]
            if level == "sentence" and (self.passing_relative(cand) or relative is not None):
                break  # "وتوفي الشرطي، الذي أصيب خلال المواجهات، مساء الخميس": the death's date
            if level == "sentence":
                # "...، حيث كان يتعافى من جراحة أجريت له في التاسع من الشهر الجاري": another
                # predicate's date, not this event's
                inside = [t for t in inside if not self.opened_apart(cand, t, cands)]
            own = [t for t in inside if owners.get(self._timex_index[id(t)], me) == me]
            # "فقدوا أمس في انفجار وقع ... مساء الثلاثاء": the noun's own relative clause first
            told = [t for t in free if span[0] <= t.start < span[1] and t.start >= cand.end
                    and self.occurred_clause(cand, t, self.text.token_range((cand.end, t.start)))]
            # "التي جرت في الثاني من أبريل وفاز بها حزب تاكسين": the relative clause's second
            # predicate takes its date before a date the first left over, unless a date of its
            # own follows it ("في زيارة بدأها في التاسع من أبريل واختتمها الخميس الماضي")
            joined = [t for t in inside if owners.get(self._timex_index[id(t)], me) != me
                      and self.joined_in_relative(cand, cands[owners[self._timex_index[id(t)]]], t)]
            if any(t.start >= cand.end for t in inside):
                joined = []
            inside = told or joined or own or inside
            if not told and cand.match.hit.pos == "noun" and any(t.end <= cand.start for t in inside) \
                    and any(self.relative_day(cand, t) for t in inside):
                # "أخمد رجال الإطفاء أمس الجمعة الحريق الذي اندلع الأربعاء": a date right before
                # the noun is the verb's when the noun's own relative clause dates it (the
                # extinguishing's Friday, the fire's Wednesday)
                inside = [t for t in inside if t.start >= cand.end]
            if cand.type != "statement":
                # "قالت الوزارة الاثنين إن القوات قصفت ... مساء الأحد": the reported content's own
                # date, not the report's; with no "إن"/"أن" there is no reported content, and a
                # date set off by commas before the trigger ("وعقد الرئيسان، أمس الخميس،
                # محادثات") is its own, not one of a later clause
                clause = self.clause(cand.match.start)
                cut = self.report_cut(cand.match, clause)
                content = [t for t in inside if t.start >= cut] if cut > clause[0] else []
                inside = content or inside
            if inside:
                nearest = min(inside, key=lambda t: (max(t.start - cand.end, cand.start - t.end, 0), t.start))
                group = self.coordinated(inside, nearest)
                if len(group) == 1 and cand.planned and self.by_deadline(nearest) is not nearest:
                    group = [self.by_deadline(nearest)]  # "بحلول الجمعة المقبل": by then, not on it
                elif len(group) == 1:
                    group = [self.purpose_ahead(self.refine(nearest, free, cand), cand,
                                                functools.partial(self.act_day, cand, inside))]
                    if level == "sentence":
                        group = [self.then_day(group[0], cand)]
                elif self.continuing(cand, group):
                    group = [self.span(group)]
                return [self.local_time(t) for t in group], level
        stepped = self.background_step(cand)
        if stepped is not None:
            # "وكان نيكسون قد ودع ... صباح أمس ...، ثم غادر": the step continues its sentence's day
            return [stepped], "sentence"
        framed = self.frame_date(cand)
        if framed is not None:
            # "وقال نيكسون في خطابه": said in the speech told before, on its date
            return [framed], "sentence"
        step = None if cand.planned else self.counted_step(cand)
        if step is not None:
            # "وبعد نصف ساعة أعلن الأطباء وفاته": counted from the clock time told before
            return [step], "clause"
        offset = self.event_offset(cand, me, owners, cands, reporters)
        if offset is not None:
            # "بعد يومين من توقيع الاتفاق"، "عشية القمة": counted from another event (a date of
            # its own, "في تمام الساعة 9:45 من مساء الاثنين", came first)
            return ([offset[0]], "clause") if offset[0] is not None else ([], None)
        counted = self.counted_from(cand, me, owners, cands, reporters)
        if counted is not None:
            # "أمس الخميس، بعد ثلاثة أيام من الزلزال": what another dated event is counted from
            return [counted], "clause"
        if reporter is not None:
            # reported with no date of its own: on or before the saying, nothing more
            return [], "reported"
        if self.passing_relative(cand) or relative is not None:
            return [], None  # told in passing of a participant: no day in play is its own
        if self.named_cause(cand) is not None or self.counted_in_days(cand):
            # "إثر اجتماع لمجلس الأمن القومي"، "ردا على هجوم"، "بعد أيام من اقتحام السفارة": a
            # cause or reference point with no date of its own, before the event it is counted
            # from (Causes.counted_bound), never the day in play ("بعد ساعات من" may be that day)
            return [], None
        # "وإثر إعلان الوفاة، أصدر ...": never before the cause the phrase names; nor, for a
        # cue after the trigger ("فالتقى ... بعد الجنازة"), before the event it names
        cause = None if self.in_background(cand) else self.cause_floor(cand, me, owners, cands, reporters)
        if cause is None:
            cause = self.trailing_cause(cand, me, owners, cands, reporters)
        floor = cause[0] if cause is not None else None
        if self.has_anaphora(sentence):
            i = lo - 1
            # "وعُقد الاجتماع": the date of the last event it can refer to, not one that dates an
            # event of another type ("منذ المواجهات التي اندلعت الأسبوع الماضي")
            governor = self._governor
            while i >= 0 and (self.timexes[i].end > sentence[0]
                              or (i in governor and governor[i].type != cand.type)):
                i -= 1
            if i >= 0:
                return [self.after_cause(self.timexes[i], floor)], "narrative"
        in_play = self.day_in_play(cand, self.timexes[lo:hi])
        if in_play is not None:
            return [self.after_cause(in_play, floor)], "narrative"
        anchor = self.anchor(self.text.sentence_of(cand.match.start))
        if anchor is not None:
            return [self.after_cause(anchor, floor)], "narrative"
        if cause is not None:
            return [self.since_cause(*cause)], "narrative"
        return [], None

    def then_day(self, t: Timex, cand: Candidate) -> Timex:
        """A time of day of an earlier clause, with "ثم" (``later_than_previous``) between it and
        ``cand`` ("منح ... الوسام صباح اليوم نفسه، ثم طار إلى هاواي حيث التقى الرواد"): the step
        after is not at that time, only on its day from that time on (``t`` unchanged otherwise).
        Not the whole day: two events of one whole day are one node of the order, and a step
        told after a time of day ("وقال كرو ... بعد ظهر اليوم ...، ثم أعرب ريغان") joined to a
        whole day's other events would make the "ثم" claim a cycle with theirs."""
        if t.grain not in FINE_GRAINS or not t.end <= cand.start or t.earliest.date() != t.latest.date():
            return t
        between = self.text.token_range((t.end, cand.start))
        if self.first_word_from("later_than_previous", between.start, between.stop) is None:
            return t
        day = t.earliest.date()
        return attrs.evolve(t, value=day.isoformat(), latest=dt.datetime.combine(day, dt.time.max, t.latest.tzinfo),
                            grain="part_of_day")

    def contest_date(self, cand: Candidate, timexes: list[Timex]) -> Timex | None:
        """The date of the contest an outcome noun (``outcome_nouns``) names after it, from a
        relative clause on that contest ("أعلن ... اليوم الجمعة فوز المترشح تبون بالانتخابات
        الرئاسية التي جرت أمس الخميس": the win is Thursday's, not the announcement's), the
        contest an event word between the noun and the relative word, in its clause."""
        if not self.is_word(cand.match.first, "outcome_nouns"):
            return None
        clause = self.clause(cand.match.start)
        for t in timexes:
            if t.start < cand.match.end or t.start >= clause[1]:
                continue
            r = self.relative_opener(t)
            # the relative word right after the trigger's words, or after another event word
            if r is not None and r > cand.match.last and self.day_date(t) and (
                    r == cand.match.last + 1 or any(j in self.trigger_tokens for j in range(cand.match.last + 1, r))):
                return t
        return None

    def refine(self, chosen: Timex, free: list[Timex], cand: Candidate) -> Timex:
        """A narrower time expression of the same sentence that lies inside ``chosen``
        ("بعد 48 ساعة من توقيعه، في تمام الساعة 9:45 من مساء الاثنين")."""
        sentence = self.sentence(cand.start)
        # inside at the chosen one's own resolution: "فجر اليوم الأحد" (03:00-07:00) is not
        # inside "ليل السبت - الأحد" (18:00-06:00) though both touch Sunday
        lo, hi = chosen.earliest, chosen.latest
        if chosen.grain not in GRAINS or GRAINS.index(chosen.grain) <= GRAINS.index("day"):
            lo, hi = dt.datetime.combine(lo.date(), dt.time.min), dt.datetime.combine(hi.date(), dt.time.max)

            def narrower(t: Timex) -> bool:
                # "أطلق مسلح النار أمس الجمعة ... في الساعة 12:30": a time of that one day
                # gives the event its hour, which orders it among the day's others (not a time
                # of what another predicate tells: "ويبدأ مشاوراته اليوم، ويتوقع أن يكلف ... مساء")
                days = t.latest.date() - t.earliest.date()
                return days < hi.date() - lo.date() or (
                    lo.date() == hi.date() and not days and t.grain in FINE_GRAINS and not self.told_apart(cand, t))
        else:
            # "فجر أمس الاثنين عند الساعة 04:17": a clock time inside a part of the day
            def narrower(t: Timex) -> bool:
                return (t.latest - t.earliest) < (hi - lo)
        inner = [t for t in free if sentence[0] <= t.start and t.end <= sentence[1] and t is not chosen
                 and lo <= t.earliest and t.latest <= hi and narrower(t)]
        if not inner:
            return chosen
        return min(inner, key=lambda t: (abs(t.start - chosen.end), t.start))

    def complement(self, cand: Candidate) -> int:
        """Offset where the reported content of a saying verb starts (end of sentence if none)."""
        sentence = self.sentence(cand.start)
        tokens = self.text.token_range((cand.end, sentence[1]))
        comp = self.first_word_from("complementizers", tokens.start, tokens.stop)
        if comp is not None:
            return self.text.tokens[comp].start
        k = bisect.bisect_left(self.colons, cand.end)
        return self.colons[k] if k < len(self.colons) and self.colons[k] < sentence[1] else sentence[1]
