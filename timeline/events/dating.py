"""Dating: the time expression that governs each candidate (its clause, its sentence, a
narrative anchor), or none."""

from __future__ import annotations

import bisect
import datetime as dt

import attrs

from ..arabic import fold
from ..model import GRAINS, UNDATED, Timex
from .context import Candidate, Context
from .lexicon import ARTICLE

#: How far back a news event reported without any date may lie (its recency window); a
#: background event (كان قد، سبق أن) without a date gets none: it is undated.
WINDOW_DAYS = 7
#: How many sentences back a narrative date still dates an undated event.
NARRATIVE_SENTENCES = 3
#: Types that react to a story (dated to its lead when the text gives no date of their own).
REACTION_TYPES = frozenset({"statement", "call"})
#: The lead: the title and the first sentences of the body.
LEAD_SENTENCES = 3
UNDATED_WARNING = UNDATED
#: Warning of an event dated by its recency window only.
WINDOW_WARNING = "undated: assumed within {days} days before publication"
NO_DCT_WARNING = "undated: no publication date"


def _overlap(a: Timex, b: Timex) -> bool:
    return a.earliest.date() <= b.latest.date() and b.earliest.date() <= a.latest.date()


class _Held:
    """The time expressions one candidate already governs in :meth:`Dating.owners`, indexed so
    that asking whether a new one shares a day with one of them or stands coordinated next to
    one costs about log n, not a scan of all of them (N coordinated dates made it quadratic).

    The answer is the one a scan gives: coordination is tested against the nearest held
    expressions in the text only while they are pairwise disjoint and none could be part of a
    coordination gap (otherwise, and when the new one overlaps a neighbour, it scans).
    """

    def __init__(self) -> None:
        self.items: list[Timex] = []
        self.by_start: list[Timex] = []
        self.starts: list[int] = []
        self.days: set[dt.date] = set()  # the one-day ones
        self.wide: list[Timex] = []  # the others
        self.plain = True

    def add(self, t: Timex, dating: Dating) -> None:
        self.items.append(t)
        first, last = t.earliest.date(), t.latest.date()
        if first == last:
            self.days.add(first)
        else:
            self.wide.append(t)
        k = bisect.bisect_left(self.starts, t.start)
        near = self.by_start[max(k - 1, 0):k + 1]
        if any(h.start < t.end and t.start < h.end for h in near) or dating.only_joiners(t):
            self.plain = False
        self.starts.insert(k, t.start)
        self.by_start.insert(k, t)

    def takes(self, t: Timex, dating: Dating) -> bool:
        """Some held expression shares a day with ``t`` or is coordinated with it."""
        first, last = t.earliest.date(), t.latest.date()
        if (last - first).days < len(self.days):
            if any(first + dt.timedelta(days=n) in self.days for n in range((last - first).days + 1)):
                return True
        elif any(first <= day <= last for day in self.days):
            return True
        if any(_overlap(t, h) for h in self.wide):
            return True
        k = bisect.bisect_left(self.starts, t.start)
        near = self.by_start[max(k - 1, 0):k + 1]
        if not self.plain or any(h.start < t.end and t.start < h.end for h in near):
            return any(dating.joins(h, t) for h in self.items)
        return any(dating.joins(h, t) for h in near)


class Dating(Context):
    """Which time expression dates which candidate."""

    def owners(self, cands: list[Candidate]) -> dict[int, int]:
        """Timex index -> index of the candidate that governs it in its clause.

        Nearest first, except that a date in a relative clause right after a trigger ("الهجوم
        الذي وقع في 24 أغسطس") belongs to that trigger, and a second, different date near an
        event that already has one goes to the next event of the clause ("أدان ... الثلاثاء
        الهجوم الذي وقع في 24 أغسطس": the condemnation on Tuesday)."""
        by_clause: dict[int, list[int]] = {}
        for j, x in enumerate(cands):
            by_clause.setdefault(self.text.clause_of(x.start), []).append(j)
        ranked = []
        for i, t in enumerate(self.timexes):
            near = []
            for j in by_clause.get(self.text.clause_of(t.start), ()):
                c = cands[j]
                gap = max(t.start - c.end, c.start - t.end, 0)
                # "علّقت ... في الـ29 من أكتوبر إثر هجوم": the date is the main event's; what
                # follows "إثر"/"بعد" is its cause
                cause = c.start >= t.end and self.after_cue_between(t, c)
                near.append((0 if self.relative_date(c, t) or self.adverbial_date(c, t) else 2 if cause else 1,
                             gap, j))
            if near:
                near.sort()
                ranked.append((near[0][:2], i, [j for _, _, j in near]))
        out: dict[int, int] = {}
        held: dict[int, _Held] = {}
        for _, i, choices in sorted(ranked):
            t = self.timexes[i]
            pick = choices[0]
            for j in choices:
                if j not in held or held[j].takes(t, self):
                    pick = j
                    break
            out[i] = pick
            held.setdefault(pick, _Held()).add(t, self)
        # the narrative steps (anchor, anaphora) ask who governs a date
        self._governor = {i: cands[j] for i, j in out.items()}
        first: dict[int, Candidate] = {}
        for c in cands:
            first.setdefault(self.text.sentence_of(c.start), c)
        self._first_of_sentence = first
        return out

    def referenced(self, i: int) -> bool:
        """Time expression ``i`` dates an event that a sentence names in passing, not its main
        event: a noun trigger after the sentence's first event ("ووقّع الإعلان ... في ختام
        محادثات بدأت يوم الاثنين الماضي"). Such a date is no day in play for the narrative."""
        owner = self._governor.get(i)
        if owner is None or owner.match.hit.pos == "verb":
            return False
        main = self._first_of_sentence.get(self.text.sentence_of(owner.start))
        return main is not None and main is not owner and main.start < owner.start

    def after_cue_between(self, t: Timex, c: Candidate) -> bool:
        """An "after" cue (إثر، بعد، عقب) between time expression ``t`` and a later trigger."""
        lo = self.text.token_at(t.end - 1) + 1
        for cue in self.cues_from("after_next", lo):
            if cue.first > c.match.first:
                return False
            return cue.last < c.match.first
        return False

    def joins(self, h: Timex, t: Timex) -> bool:
        """``h`` and ``t`` stand coordinated ("يومي الـ10 والـ17")."""
        return bool(self.coordinated([h, t] if h.start < t.start else [t, h], t)[1:])

    def only_joiners(self, t: Timex) -> bool:
        """``t``'s text could sit inside a coordination gap (it never does for a real date)."""
        if self._joiner_chars is None:
            self._joiner_chars = frozenset(",\u060c-\u0640" + "".join(self.words("coordinator")) + ARTICLE)
        return all(c.isspace() or c in self._joiner_chars for c in self.article.text[t.start:t.end])

    def adverbial_date(self, c: Candidate, t: Timex) -> bool:
        """``t`` follows a saying verb and its subject, before any "أن": it dates the saying
        ("أكد الجيش في بيان صدر اليوم الثلاثاء انسحاب قواته")."""
        if c.type != "statement" or c.match.hit.pos != "verb" or t.start < c.end:
            return False
        between = self.text.token_range((c.end, t.start))
        return len(between) <= 8 and self.first_word_from("complementizers", between.start, between.stop) is None

    def relative_date(self, c: Candidate, t: Timex) -> bool:
        """``t`` sits in a relative clause right after ``c``'s trigger ("الذي وقع في")."""
        if t.start < c.end:
            return False
        between = self.text.token_range((c.end, t.start))
        return 0 < len(between) <= 4 and self.is_word(between[0], "relatives")

    def shares(self, cand: Candidate, owner: int, me: int, cands: list[Candidate]) -> bool:
        """Whether ``cand`` may use a time expression governed by candidate ``owner``: its own,
        or that of a saying verb whose nominal object it is ("أعلن المبعوث أمس موافقة الطرفين
        على هدنة": announced and agreed the same day; not after "أن", which reports)."""
        if owner == me:
            return True
        verb = cands[owner]
        if verb.type != "statement" or cand.type == "statement" or not verb.end <= cand.start:
            return False
        if self.text.clause_of(verb.start) != self.text.clause_of(cand.start):
            return False
        between = self.text.token_range((verb.end, cand.start))
        return self.first_word_from("complementizers", between.start, between.stop) is None

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
        free = [t for i, t in enumerate(self.timexes[lo:hi], lo) if self.shares(cand, owners.get(i, me), me, cands)
                and not ((t.reading.kind == "duration" or t.type == "DURATION")
                         and fold(self.article.text[t.end:cand.start].strip()) in self.words("origin"))]
        if cand.type == "statement":
            # what was said ("أن ..."، ": ...") does not date the saying
            stop = self.complement(cand)
            free = [t for t in free if t.start < stop]
        # "عقد المجلس أمس جلسة عقب الهجوم": what follows إثر/بعد/عقب is the cause, earlier
        # than the date before the cue
        free = [t for t in free if not (t.end <= cand.start and self.after_cue_between(t, cand))]
        for level, span in (("clause", self.clause(cand.match.start)), ("sentence", self.sentence(cand.match.start))):
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

    def day_in_play(self, cand: Candidate, timexes: list[Timex]) -> Timex | None:
        """The last day date earlier in ``cand``'s own sentence, when ``cand`` has none of its
        own: the sentence's day in play, as a previous sentence's date would be ("سُمع دوي
        انفجارات فجر اليوم الجمعة، وأعلنت طهران أن دفاعاتها أسقطت ..."). Not in background, not
        across a cause cue (إثر، بعد), not a date after منذ or of an event named in passing."""
        if self.in_background(cand):
            return None
        for t in reversed(timexes):
            if t.end > cand.start:
                continue
            i = self._timex_index[id(t)]
            if self.since(t) or self.referenced(i) or not self.day_date(t) or self.after_cue_between(t, cand):
                continue
            return t
        return None

    def continuing(self, cand: Candidate, group: list[Timex]) -> bool:
        """``cand`` is an act that goes on ("تواصل القصف"، "غارات متواصلة") over coordinated
        days that follow each other: one act over their interval, not one per day."""
        if self.near("continuing", cand.match, 3, 2, self.clause(cand.start)) is None:
            return False
        days = sorted((t.earliest.date(), t.latest.date()) for t in group)
        return all(b[0] <= a[1] + dt.timedelta(days=1) for a, b in zip(days, days[1:], strict=False))

    def span(self, group: list[Timex]) -> Timex:
        """One time expression over the text and the interval of ``group``."""
        first = min(group, key=lambda t: t.start)
        last = max(group, key=lambda t: t.end)
        lo = min(group, key=lambda t: t.earliest)
        hi = max(group, key=lambda t: t.latest)
        return attrs.evolve(first, end=last.end, text=self.article.text[first.start:last.end],
                            value=f"{lo.value}/{hi.value}", earliest=lo.earliest, latest=hi.latest)

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
            if any(self.token(i) in particles for i in range(c.last + 1, min(c.last + 8, len(self.text.tokens)))
                   if self.text.tokens[i].start < span[1]):
                return True
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
            if self.background(j) or not self.day_date(t) or len(self.coordinated(pair, t)) > 1:
                return None
            return t
        return None

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
        dates = [t for t in self.timexes[lo:hi] if self.day_date(t)]
        before = [t for t in dates if t.start < stop]
        if before:
            return before[-1]
        return dates[0] if dates else None

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

    def coordinated(self, inside: list[Timex], nearest: Timex) -> list[Timex]:
        group = [nearest]
        i = inside.index(nearest)
        for step in (-1, 1):
            j = i
            while 0 <= j + step < len(inside):
                a, b = (inside[j + step], inside[j]) if step < 0 else (inside[j], inside[j + step])
                gap = self.article.text[a.end:b.start] if b.start >= a.end else ""
                if not self.coordination_gap.fullmatch(gap) or "day" not in (a.grain or "day") or a.grain != b.grain:
                    break
                group.append(inside[j + step])
                j += step
        group = sorted({(t.earliest, t.latest, t.start): t for t in group}.values(), key=lambda t: (t.earliest, t.start))
        return group

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
