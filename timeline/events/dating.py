"""Dating: the time expression that governs each candidate (its clause, its sentence, a
narrative anchor: :mod:`.narrative`), or none; coordinated dates in :mod:`.date_groups`."""

from __future__ import annotations

import bisect
import datetime as dt

import attrs

from ..arabic import fold
from ..model import GRAINS, Timex
from .context import Candidate
from .date_groups import DateGroups, HeldDates
from .lexicon import ORTHOGRAPHY
from .narrative import (
    LEAD_SENTENCES,
    NARRATIVE_SENTENCES,
    NO_DCT_WARNING,
    REACTION_TYPES,
    UNDATED_WARNING,
    WINDOW_DAYS,
    WINDOW_WARNING,
    Narrative,
)

__all__ = ["LEAD_SENTENCES", "NARRATIVE_SENTENCES", "NO_DCT_WARNING", "REACTION_TYPES", "UNDATED_WARNING",
           "WINDOW_DAYS", "WINDOW_WARNING", "Dating"]


#: How many earlier candidates are searched for the dated report of an offset's anchor event.
ANCHOR_SEARCH = 12
#: How many words (names not counted) may stand between a noun and a comma relative clause
#: that describes it ("زيارة رئيسة مجلس النواب الأمريكي نانسي بيلوسي إلى أرمينيا، التي ...").
RELATIVE_HEAD_GAP = 4


class Dating(Narrative, DateGroups):
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
            for j in by_clause.get(self.text.clause_of(t.start), ()):
                c = cands[j]
                if self.foreign_relative(c, t):
                    continue  # "استعادت القصر ... للحرب التي اندلعت في 15 أبريل": another noun's
                gap = max(t.start - c.end, c.start - t.end, 0)
                # "علّقت ... في الـ29 من أكتوبر إثر هجوم": the date is the main event's; what
                # follows "إثر"/"بعد" is its cause
                # "زار الرئيس القاهرة أمس حيث التقى نظيره": a date before a clause opener
                # (حيث، إذ، فيما ...) is the event's before it, not the next predicate's
                cause = c.start >= t.end and (self.after_cue_between(t, c) or self.opener_between(t, c))
                # a relative clause's date is its noun's, even over a saying verb inside it
                # ("الهدنة التي أعلنتها يريفان مساء 14 شتنبر")
                near.append((0 if self.relative_date(c, t) else 1 if self.adverbial_date(c, t) else 3 if cause else 2,
                             gap, j))
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
        return out

    def relative_head(self, t: Timex, cands: list[Candidate]) -> int | None:
        """The candidate a comma clause opened by a relative word (الذي، التي) describes, when
        ``t`` stands in that clause: the noun trigger ending its sentence's previous clause, at
        most :data:`RELATIVE_HEAD_GAP` words (names not counted) before the relative word."""
        clause = self.clause(t.start)
        first = self.text.token_range(clause).start
        if not any(self.is_word(i, "relatives") for i in range(first, first + 2)):
            return None
        if self.text.sentence_of(clause[0]) != self.text.sentence_of(t.start) or clause[0] == self.sentence(t.start)[0]:
            return None
        k = bisect.bisect_left(self._cand_starts(cands), clause[0]) - 1
        if k < 0 or cands[k].match.hit.pos != "noun" or \
                self.text.sentence_of(cands[k].start) != self.text.sentence_of(t.start):
            return None
        gap = sum(1 for i in range(cands[k].match.last + 1, first) if i not in self.actor_tokens)
        return k if gap <= RELATIVE_HEAD_GAP else None

    def _cand_starts(self, cands: list[Candidate]) -> list[int]:
        key = id(cands)
        cached = getattr(self, "_cand_starts_cache", None)
        if cached is None or cached[0] != key:
            cached = self._cand_starts_cache = (key, [c.start for c in cands])
        return cached[1]

    def relative_opener(self, t: Timex) -> int | None:
        """The relative word (الذي، التي ...) at most three words before ``t`` in its clause."""
        first = self.text.token_at(t.start)
        clause = self.clause(t.start)
        for j in range(first - 1, max(first - 4, -1), -1):
            if self.text.tokens[j].start < clause[0]:
                return None
            if self.is_word(j, "relatives"):
                return j
        return None

    def foreign_relative(self, c: Candidate, t: Timex) -> bool:
        """``t`` opens a relative clause on a noun further after ``c``'s trigger than its own
        modifiers ("قواته استعادت القصر ... للحرب التي اندلعت في 15 أبريل 2023"): it dates
        what that clause tells, not ``c``."""
        if t.start < c.end or getattr(self, "_described", {}).get(id(t)) is c:
            return False
        r = self.relative_opener(t)
        return r is not None and r - c.match.last > 3

    def later_plan(self, c: Candidate, t: Timex) -> bool:
        """``t`` begins after the publication day and stands in a clause that ``أن`` opens
        after ``c``'s trigger ("توصلتا إلى اتفاق ...، على أن يبدأ سريانه يوم الأحد المقبل"):
        the date of what is planned, not of ``c``."""
        published = self.article.published
        if published is None or t.start < c.end:
            return False
        dct = published.date() if isinstance(published, dt.datetime) else published
        if t.earliest.date() <= dct:
            return False
        return self.first_word_from("complementizers", c.match.last + 1, self.text.token_at(t.start)) is not None

    def since_date(self, t: Timex) -> bool:
        """``منذ`` shortly before ``t`` with no trigger between ("منذ ربيع 2022"، "منذ بدء
        تسجيل البيانات عام 1949"): when a state began. ("منذ اندلاع الحرب في 24 فبراير" dates
        the outbreak.)"""
        first = self.text.token_at(t.start)
        clause = self.clause(t.start)
        for j in range(first - 1, max(first - 6, -1), -1):
            if self.text.tokens[j].start < clause[0] or j in self.trigger_tokens:
                return False
            if self.is_word(j, "since"):
                return True
        return False

    def after_cue_between(self, t: Timex, c: Candidate) -> bool:
        """An "after" cue (إثر، بعد، عقب) between time expression ``t`` and a later trigger."""
        lo = self.text.token_at(t.end - 1) + 1
        for cue in self.cues_from("after_next", lo):
            if cue.first > c.match.first:
                return False
            return cue.last < c.match.first
        return False

    def opener_between(self, t: Timex, c: Candidate) -> bool:
        """A word that opens a new predicate (``clause_openers``: حيث، إذ، فيما ...) between
        time expression ``t`` and a later trigger."""
        lo = self.text.token_at(t.end - 1) + 1
        for cue in self.cues_from("clause_openers", lo):
            return cue.last < c.match.first
        return False

    def adverbial_date(self, c: Candidate, t: Timex) -> bool:
        """``t`` follows a saying verb and its subject, before any "أن": it dates the saying
        ("أكد الجيش في بيان صدر اليوم الثلاثاء انسحاب قواته")."""
        if c.type != "statement" or c.match.hit.pos != "verb" or t.start < c.end:
            return False
        between = self.text.token_range((c.end, t.start))
        return len(between) <= 8 and self.first_word_from("complementizers", between.start, between.stop) is None

    def relative_date(self, c: Candidate, t: Timex) -> bool:
        """``t`` sits in a relative clause right after ``c``'s trigger ("الذي وقع في"; on an
        indefinite noun with no relative word: :meth:`bare_relative`)."""
        if t.start < c.end:
            return False
        between = self.text.token_range((c.end, t.start))
        return 0 < len(between) <= 4 and self.is_word(between[0], "relatives") or self.bare_relative(c, between)

    def relative_saying(self, noun: Candidate, verb: Candidate) -> bool:
        """Saying verb ``verb`` opens a relative clause on event noun ``noun`` right before it
        ("الهدنة التي أعلنتها يريفان"، "هدنة إنسانية أعلنتها الحكومة"): it tells who announced
        that event, no statement of its own."""
        if verb.type != "statement" or verb.match.hit.pos != "verb" or noun.type == "statement" or \
                noun.match.hit.pos != "noun" or not noun.end <= verb.start:
            return False
        between = self.text.token_range((noun.end, verb.start))
        if len(between) > 2 or self.text.clause_of(noun.start) != self.text.clause_of(verb.start):
            return False
        if between and self.is_word(between[-1], "relatives"):
            return True
        return self.bare_relative(noun, range(between.start, verb.match.first + 1))

    def bare_relative(self, c: Candidate, between: range) -> bool:
        """An indefinite noun trigger followed, within its adjectives, by a word carrying a
        third-person pronoun of it (cue class ``resumptive``), the date within six words: a
        relative clause with no relative word, as Arabic writes it on an indefinite noun
        ("هدنة إنسانية أعلنتها الحكومة في مارس"، "هدنة أولى توسطت فيها موسكو صباح الثلاثاء").
        A word written with taa marbuta carries no pronoun."""
        if c.match.hit.pos != "noun" or not 0 < len(between) <= 6 or self.definite(c.match):
            return False
        pronouns = self.words("resumptive")
        for i in between[:3]:
            tok = self.text.tokens[i]
            impossible = ORTHOGRAPHY.not_enclitic.get(self.article.text[tok.end - 1], ())
            if any(a.enc in pronouns and a.enc not in impossible for a in tok.analyses):
                return True
        return False

    def shares(self, cand: Candidate, owner: int, me: int, cands: list[Candidate]) -> bool:
        """Whether ``cand`` may use a time expression governed by candidate ``owner``: its own,
        or that of a saying verb whose nominal object it is ("أعلن المبعوث أمس موافقة الطرفين
        على هدنة": announced and agreed the same day; not after "أن", which reports)."""
        if owner == me:
            return True
        verb = cands[owner]
        if self.circumstance_of(verb, cand):
            return True
        if verb.type != "statement" or cand.type == "statement" or not verb.end <= cand.start:
            return False
        if self.text.clause_of(verb.start) != self.text.clause_of(cand.start):
            return False
        between = self.text.token_range((verb.end, cand.start))
        return self.first_word_from("complementizers", between.start, between.stop) is None

    def circumstance_of(self, circ: Candidate, cand: Candidate) -> bool:
        """``circ`` is a noun after خلال/أثناء in ``cand``'s clause, the act during which
        ``cand`` happened ("اعتقلت القوات 20 فلسطينياً خلال اقتحامها مدينة جنين فجر اليوم"): its
        date is ``cand``'s too (not for a statement, whose date is its own)."""
        m = circ.match
        return (m.hit.pos == "noun" and cand.type != "statement" and m.first > 0
                and self.token(m.first - 1) in self.words("during")
                and self.text.clause_of(circ.start) == self.text.clause_of(cand.start))

    def governing(self, cand: Candidate, me: int, owners: dict[int, int],
                  cands: list[Candidate]) -> tuple[list[Timex], str | None]:
        """The time expression(s) that date ``cand`` and how they were found.

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
                and self.shares(cand, owners.get(i, me), me, cands)
                and not ((t.reading.kind == "duration" or t.type == "DURATION")
                         and fold(self.article.text[t.end:cand.start].strip()) in self.words("origin"))]
        if cand.type == "statement":
            # what was said ("أن ..."، ": ...") does not date the saying
            stop = self.complement(cand)
            free = [t for t in free if t.start < stop]
        # "عقد المجلس أمس جلسة عقب الهجوم": what follows إثر/بعد/عقب is the cause, earlier
        # than the date before the cue
        free = [t for t in free if not (t.end <= cand.start and self.after_cue_between(t, cand))]
        # "منذ ربيع 2022": when a state began, not this event's date; a relative clause on
        # another noun dates that noun's event; a reported happening is not after publication
        # ("على أن يبدأ سريانه يوم الأحد المقبل")
        free = [t for t in free if not self.since_date(t) and not self.foreign_relative(cand, t)
                and (cand.planned or not self.later_plan(cand, t))]
        for level, span in (("clause", self.clause(cand.match.start)), ("sentence", self.sentence(cand.match.start))):
            if level == "sentence":
                # "وجاء القصف في اليوم التالي لتوقيع الاتفاق ...، الجمعة": the eve or morrow of
                # an event, in its own clause, names its day before another clause's date (a
                # clock time there may refine "بعد 48 ساعة من توقيعه", and comes first)
                offset = self.event_offset(cand, me, owners, cands)
                if offset is not None and offset[1] is not None and id(offset[1]) in self.eve_expressions():
                    return ([offset[0]], "clause") if offset[0] is not None else ([], None)
            inside = [t for t in free if span[0] <= t.start and t.end <= span[1]]
            own = [t for t in inside if owners.get(self._timex_index[id(t)], me) == me]
            inside = own or inside
            if cand.type != "statement":
                # "قالت الوزارة الاثنين إن القوات قصفت ... مساء الأحد": the reported content's own
                # date, not the report's
                cut = self.report_cut(cand.match, self.clause(cand.match.start))
                content = [t for t in inside if t.start >= cut]
                inside = content or inside
            if inside:
                nearest = min(inside, key=lambda t: (max(t.start - cand.end, cand.start - t.end, 0), t.start))
                group = self.coordinated(inside, nearest)
                if len(group) == 1:
                    group = [self.refine(nearest, free, cand)]
                elif self.continuing(cand, group):
                    group = [self.span(group)]
                return group, level
        offset = self.event_offset(cand, me, owners, cands)
        if offset is not None:
            # "بعد يومين من توقيع الاتفاق"، "عشية القمة": counted from another event (a date of
            # its own, "في تمام الساعة 9:45 من مساء الاثنين", came first)
            return ([offset[0]], "clause") if offset[0] is not None else ([], None)
        if self.has_anaphora(sentence):
            i = lo - 1
            # "وعُقد الاجتماع": the date of the last event it can refer to, not one that dates an
            # event of another type ("منذ المواجهات التي اندلعت الأسبوع الماضي")
            governor = self._governor
            while i >= 0 and (self.timexes[i].end > sentence[0]
                              or (i in governor and governor[i].type != cand.type)):
                i -= 1
            if i >= 0:
                return [self.timexes[i]], "narrative"
        in_play = self.day_in_play(cand, self.timexes[lo:hi])
        if in_play is not None:
            return [in_play], "narrative"
        anchor = self.anchor(self.text.sentence_of(cand.match.start))
        if anchor is not None:
            return [anchor], "narrative"
        return [], None

    def refine(self, chosen: Timex, free: list[Timex], cand: Candidate) -> Timex:
        """A narrower time expression of the same sentence that lies inside ``chosen``
        ("بعد 48 ساعة من توقيعه، في تمام الساعة 9:45 من مساء الاثنين")."""
        sentence = self.sentence(cand.start)
        # inside at the chosen one's own resolution: "فجر اليوم الأحد" (03:00-07:00) is not
        # inside "ليل السبت - الأحد" (18:00-06:00) though both touch Sunday
        lo, hi = chosen.earliest, chosen.latest
        if chosen.grain not in GRAINS or GRAINS.index(chosen.grain) <= GRAINS.index("day"):
            lo, hi = dt.datetime.combine(lo.date(), dt.time.min), dt.datetime.combine(hi.date(), dt.time.max)
        inner = [t for t in free if sentence[0] <= t.start and t.end <= sentence[1] and t is not chosen
                 and lo <= t.earliest and t.latest <= hi
                 and (t.latest.date() - t.earliest.date()) < (hi.date() - lo.date())]
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

    def event_offset(self, cand: Candidate, me: int, owners: dict[int, int],
                     cands: list[Candidate]) -> tuple[Timex | None, Timex | None] | None:
        """A date of ``cand``'s clause counted from another event ("بعد يومين من توقيع
        الاتفاق"، "قبل ساعات من الموعد"، "عشية القمة"، "غداة الهجوم"): ``(date, expression)``
        with the date shifted from that event's own date when the article gives one, else
        ``(None, expression)`` (undated: never the date the tagger counted from the narrative
        or publication); ``None`` when the clause has no such date."""
        words = self.text.token_range(self.clause(cand.match.start))
        offsets = self.offsets()
        k = bisect.bisect_left(self._offset_anchors, words.start)
        for anchor, sign, t, head in offsets[k:]:
            if anchor > words.stop:
                break
            if not self.offset_dates(cand, me, cands, anchor, head, words):
                continue
            if me in self._resolving:
                return None, t  # two events each counted from the other: neither dates the other
            self._resolving.add(me)
            try:
                base = self.anchor_date(anchor, cands, me, owners)
            finally:
                self._resolving.discard(me)
            if base is None:
                self._unanchored.add(cand.start)
                return None, t
            self._unanchored.discard(cand.start)
            moved = self.shifted(base, t, sign)
            if moved is None:
                self._unanchored.add(cand.start)
            return moved, t
        return None

    def counted_bound(self, cand: Candidate, cands: list[Candidate],
                      dating: list[tuple[list[Timex], str | None]]) -> dt.date | None:
        """The last day an undated ``cand`` can have when the event before it in its sentence
        is dated on its own and counted *after* it ("وُقّع في الثاني من نوفمبر بعد نحو عشرة أيام من
        المفاوضات": the talks came before the signing; the day before it when counted in days or
        more, its day when in hours), else ``None``."""
        sentence = self.text.sentence_of(cand.start)
        for anchor, sign, t, head in self.offsets():
            if sign or t is None or not cand.match.first <= anchor <= cand.match.last + 1 \
                    or not self.is_word(head, "after_next"):
                continue
            # the event the offset dates: the nearest one before it in the sentence
            before = [(other, found, level) for other, (found, level) in zip(cands, dating, strict=True)
                      if other.match.last < head and self.text.sentence_of(other.start) == sentence]
            if before and before[-1][2] == "clause" and before[-1][1] and all(x is not t for x in before[-1][1]):
                # hours after: the same day at the latest; days after (or more): the day before
                if t.reading.get("unit") in ("hour", "minute"):
                    return max(x.latest for x in before[-1][1]).date()
                first = min(x.earliest for x in before[-1][1]).date()
                return first - dt.timedelta(days=1) if first > dt.date.min else first
        return None

    def offset_dates(self, cand: Candidate, me: int, cands: list[Candidate], anchor: int, head: int,
                     words: range) -> bool:
        """Whether the offset opening at token ``head`` and counting from the event at
        ``anchor`` dates ``cand``: the nearest event of the clause before it ("وشنت غارة بعد
        يومين من توقيع الاتفاق"), or, when none comes before it, the first after its anchor
        ("وتعرض ميناء أوديسا بعد يوم من التوقيع لضربة صاروخية")."""
        m = cand.match
        if m.first <= anchor <= m.last:
            return False  # the anchor itself
        if self.reports_before(cand, head):
            return False  # a saying verb: the offset is in what it reports
        if m.last < head:
            nxt = cands[me + 1] if me + 1 < len(cands) else None
            return nxt is None or not (m.last < nxt.match.first and nxt.match.last < head)
        if m.first <= anchor or m.first > self.anchor_end(anchor, cands) + 1:
            return False  # not right after its anchor ("بعد ساعات من إعلان الجيش السيطرة": the announced)
        for j in range(me - 1, -1, -1):
            other = cands[j].match
            if other.last < words.start or self.reports_before(cands[j], head):
                return True
            if not other.first <= anchor <= other.last + 1:
                return False  # another event of the clause (before the offset, or after its anchor)
        return True

    def anchor_end(self, anchor: int, cands: list[Candidate]) -> int:
        """The last token of the event words at ``anchor`` (a trigger that covers it), or
        ``anchor``."""
        k = bisect.bisect_right(self._trigger_starts(), anchor)
        covering = [t.last for t in self.triggers[max(k - 4, 0):k] if t.first <= anchor <= t.last]
        return max([anchor, *covering])

    def _trigger_starts(self) -> list[int]:
        if self._trigger_firsts is None:
            self._trigger_firsts = [t.first for t in self.triggers]
        return self._trigger_firsts

    def reports_before(self, cand: Candidate, head: int) -> bool:
        """``cand`` is a saying verb whose reported content starts before token ``head``."""
        return cand.type == "statement" and self.complement(cand) <= self.text.tokens[head].start

    def offsets(self) -> list[tuple[int, int, Timex | None, int]]:
        """The article's dates counted from an event: (the event's first token, eve sign or 0,
        the expression), in text order. An offset (بعد يومين، قبل ساعات) followed by
        ``offset_links`` (من، على) and a word; an eve (عشية، غداة) followed by a word that is no
        date ("عشية 15 مايو" is a day)."""
        found = getattr(self, "_offsets", None)
        if found is not None:
            return found
        found = []
        toks = self.text.tokens
        for t in self.all_timexes:
            head, end = self.text.token_at(t.start), self.text.token_at(t.end - 1)
            if self.is_word(head, "offset_heads") and end + 2 < len(toks) and self.is_word(end + 1, "offset_links") \
                    and self.text.joinable[end] and self.text.joinable[end + 1]:
                found.append((end + 2, 0, t, head))
        by_start = {self.text.token_at(t.start): t for t in self.all_timexes}
        of = self.words("of_clitic")
        for name, sign in (("eve_of", -1), ("morrow_of", 1)):
            # "في اليوم التالي لتوقيع الاتفاق": the phrase, then لـ on the event word
            for c in self.cues(name):
                if c.last + 1 < len(toks) and self.text.joinable[c.last] and \
                        any(a.prep in of for a in toks[c.last + 1].analyses):
                    found.append((c.last + 1, sign, by_start.get(c.first), c.first))
        # shortly before ("قبيل القمة"): the anchor's day or the one before it
        for name, sign in (("eve_before", -1), ("eve_after", 1), ("shortly_before", -SHORTLY)):
            for i in self.positions(name)[0]:
                if i + 1 < len(toks) and i + 1 not in self.timex_tokens and self.text.joinable[i]:
                    found.append((i + 1, sign, by_start.get(i), i))
        found.sort(key=lambda o: o[0])
        self._offsets = found
        self._offset_anchors = [o[0] for o in found]
        return found

    def eve_expressions(self) -> frozenset[int]:
        """Ids of the time expressions that name the eve or morrow of an event."""
        found = getattr(self, "_eve_ids", None)
        if found is None:
            found = self._eve_ids = frozenset(id(o[2]) for o in self.offsets() if o[1] and o[2] is not None)
        return found

    def offset_expressions(self) -> frozenset[int]:
        """Ids of the time expressions that count from an event (see :meth:`offsets`)."""
        found = getattr(self, "_offset_ids", None)
        if found is None:
            found = self._offset_ids = frozenset(id(o[2]) for o in self.offsets() if o[2] is not None)
        return found

    def anchor_date(self, anchor: int, cands: list[Candidate], me: int, owners: dict[int, int]) -> Timex | None:
        """The own date (clause or sentence) of the event named at token ``anchor``: that
        candidate's ("غداة الهجوم الذي وقع الأحد"), or an earlier report of the same type that
        has one."""
        at = next((j for j, c in enumerate(cands) if c.match.first <= anchor <= c.match.last + 1), None)
        kind: str | None = None
        if at is None:
            k = bisect.bisect_right(self._trigger_starts(), anchor)
            word = next((t for t in self.triggers[max(k - 4, 0):k] if t.first <= anchor <= t.last), None)
            if word is not None:
                # "بعد يوم من التوقيع": an event word that restates one told before
                kind = _family_of(word.data["type"], word.data.get("subtype"))
                for j in range(bisect.bisect_left([c.match.first for c in cands], anchor) - 1,
                               max(-1, bisect.bisect_left([c.match.first for c in cands], anchor) - 1 - ANCHOR_SEARCH),
                               -1):
                    if j != me and _family(cands[j]) == kind:
                        dates, level = self.governing(cands[j], j, owners, cands)
                        if level in ("clause", "sentence") and len(dates) == 1:
                            return dates[0]
                return None
            # "بعد ساعات من إعلانها": a pronoun names an event told before, the nearest one;
            # "بعد يوم من التوقيع": so does a definite noun, in its own sentence
            tok = self.text.tokens[anchor]
            # a word written with taa marbuta carries no pronoun (قمة is not قم + ه)
            impossible = ORTHOGRAPHY.not_enclitic.get(self.article.text[tok.end - 1], ())
            pronoun = any(a.enc and a.enc not in impossible for a in tok.analyses)
            definite = any(a.definite and not a.enc for a in tok.analyses)
            if not pronoun and not definite:
                return None
            at = bisect.bisect_left([c.match.first for c in cands], anchor) - 1
            while at >= 0 and (at == me or cands[at].type == "statement"):
                at -= 1
            if at < 0 or (not pronoun and self.text.sentence_of(cands[at].start) != self.text.sentence_of(tok.start)):
                return None
        kind = _family(cands[at])
        for j in range(at, max(at - ANCHOR_SEARCH, -1), -1):
            if j == me or _family(cands[j]) != kind:
                continue
            dates, level = self.governing(cands[j], j, owners, cands)
            if level in ("clause", "sentence") and len(dates) == 1:
                return dates[0]
        return None

    def shifted(self, base: Timex, t: Timex | None, sign: int) -> Timex | None:
        try:
            return self._shifted(base, t, sign)
        except OverflowError:
            return None  # moved past the calendar's ends ("9999-12-31" in the text)

    def _shifted(self, base: Timex, t: Timex | None, sign: int) -> Timex | None:
        """``base``'s days moved by the offset of ``t`` ("بعد يومين"، "بعد 48 ساعة"، "قبل ثلاثة
        أشهر"), or by an eve (the day before or after); at day grain. "بعد أقل من ستة أشهر"
        lies between the anchor and that point, "بعد أكثر من شهر" from that point to
        publication; "قبل ساعات" on the anchor's day or the one next to it. ``None`` when the
        size is unknown ("بعد أيام من"): no day is guessed."""
        lo, hi = base.earliest.date(), base.latest.date()
        if base.grain in GRAINS and GRAINS.index(base.grain) > GRAINS.index("day"):
            hi = lo  # "ليل 13 أبريل" is the 13th's night, not two days
        day = dt.timedelta(days=1)
        r = t.reading if t is not None else None
        n, unit, mod = (r.get("n"), r.get("unit"), r.get("mod")) if r is not None else (None, None, None)
        direction = sign or (r.get("sign") if r is not None else None) or (
            -1 if t is not None and self.is_word(self.text.token_at(t.start), "before_next") else 1)
        if abs(sign) == SHORTLY:
            new_lo, new_hi = (lo - day, hi) if sign < 0 else (lo, hi + day)
        elif sign:
            new_lo, new_hi = lo + sign * day, hi + sign * day
        elif isinstance(n, int) and unit in ("day", "week", "hour", "minute"):
            step = {"day": day, "week": 7 * day, "hour": dt.timedelta(hours=1), "minute": dt.timedelta(minutes=1)}[unit]
            start = dt.datetime.combine(lo, base.earliest.time()) if unit in ("hour", "minute") else \
                dt.datetime.combine(lo, dt.time.min)
            new_lo = (start + direction * n * step).date()
            new_hi = new_lo + (hi - lo) if unit not in ("hour", "minute") else new_lo
        elif isinstance(n, int) and unit in ("month", "year"):
            months = n * (12 if unit == "year" else 1) * direction
            new_lo, new_hi = _add_months(lo, months), _add_months(hi, months)
        elif unit == "hour":
            new_lo, new_hi = (lo - day, hi) if direction < 0 else (lo, hi + day)
        else:
            return None
        if mod == "LESS_THAN":
            new_lo, new_hi = min(lo, new_lo), max(hi, new_hi)
        elif mod == "MORE_THAN":
            published = self.article.published
            end = published.date() if isinstance(published, dt.datetime) else published
            if direction > 0 and end is not None and end >= new_lo:
                new_hi = end
            elif direction < 0:
                new_lo = None
        if new_lo is None:
            return None
        span = t if t is not None else base
        return attrs.evolve(span, earliest=dt.datetime.combine(new_lo, dt.time.min),
                            latest=dt.datetime.combine(new_hi, dt.time.max), grain="day")


#: The sign of an offset "shortly" before an event (قبيل), beside an eve's ±1.
SHORTLY = 2


def _family(c: Candidate) -> str:
    """What an offset's anchor must share with its dated report: the type, or for a signing
    its act ("توقيع الاتفاق" names the truce's signing)."""
    return _family_of(c.type, c.subtype)


def _family_of(kind: str, subtype: str | None) -> str:
    return "signed" if subtype in ("signed", "agreement_signed") else kind


def _add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole calendar months (the last day of a shorter month)."""
    k = day.year * 12 + day.month - 1 + months
    year, month = divmod(k, 12)
    nxt = dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    return min(day.replace(year=year, month=month + 1, day=1) + dt.timedelta(days=day.day - 1),
               nxt - dt.timedelta(days=1))
