"""Narrative dating: the date in play carried from earlier sentences, the story's lead,
background (pluperfect) sentences and clauses, and the bounds of undated events."""

from __future__ import annotations

import bisect
import datetime as dt

from ..model import UNDATED, Timex, calendar_day
from .body_words import TANWIN_ALIF
from .context import Candidate
from .lexicon import ORTHOGRAPHY
from .relatives import PASSING_RELATIVE_REACH
from .zones import Zones

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
#: How many sentences back a speech named again ("في خطابه") is looked for.
FRAME_SENTENCES = 4
#: Readings counted from another event or a span ("قبل وفاته بساعة"، "بعد ساعات"): no calendar
#: date of a clause that a step after "ثم" may continue.
COUNTED_KINDS = frozenset({"relative", "duration", "vague"})
#: The lead: the title and the first sentences of the body.
LEAD_SENTENCES = 3
UNDATED_WARNING = UNDATED
#: Warning of an event dated by its recency window only.
WINDOW_WARNING = "undated: assumed within {days} days before publication"
NO_DCT_WARNING = "undated: no publication date"


class Narrative(Zones):
    """Dates from the narrative around a candidate."""

    def referenced(self, i: int) -> bool:
        """Time expression ``i`` dates an event that a sentence names in passing, not its main
        event: a noun trigger after the sentence's first event ("ووقّع الإعلان ... في ختام
        محادثات بدأت يوم الاثنين الماضي"), an event in a relative clause, or a relative clause that
        no event governs. Such a date is no day in play for the narrative."""
        if self.cause_date(self.timexes[i]) or self.zone_restatement(i):
            return True
        owner = self._governor.get(i)
        if owner is None:
            # "للحرب التي اندلعت في 15 أبريل"، "رافضا الاستقالة التي قدمها من طوكيو يوم الأحد": a
            # date in a relative clause no event governs
            return self.relative_opener(self.timexes[i], PASSING_RELATIVE_REACH) is not None
        if any(self.is_word(j, "relatives") for j in range(owner.match.first - 2, owner.match.first)):
            return True  # "القصر، الذي استعاده الجيش يوم الجمعة": told in passing
        if self.goal_date(self.timexes[i], owner):
            return True  # "ممهدة الطريق لتنصيبه رئيسا للبلاد الأحد": a goal's day, ahead
        if owner.type == "statement" and owner.match.hit.pos == "verb" and self.said_earlier(i, owner):
            return True
        k = self.text.sentence_of(owner.start)
        if self.first_word_from("complementizers", self.first_token(k), owner.match.first) is not None \
                and self.earlier_than_play(i):
            # "وقالت المذيعة إن كيم توفي يوم السبت": a past date of what a saying reports
            return True
        if owner.match.hit.pos == "verb":
            # "فاز ... في الانتخابات التي جرت أمس الجمعة": a relative clause after the verb
            # describes its object, named in passing
            r = self.relative_opener(self.timexes[i], PASSING_RELATIVE_REACH)
            return r is not None and r > owner.match.last
        main = self._first_of_sentence.get(self.text.sentence_of(owner.start))
        return main is not None and main is not owner and main.start < owner.start

    def said_earlier(self, i: int, saying: Candidate) -> bool:
        """Time expression ``i`` stands in what ``saying`` reports and lies before the day in
        play of its sentence ("قال أوباما، في كلمة ألقاها قرابة منتصف الليل، ... وأوضح أنه أعطى
        الضوء الأخضر للعملية يوم الجمعة الماضي"): a flashback inside what was said, which no
        extracted event governs, not the day the story goes on from."""
        if self.timexes[i].start < self.complement(saying):
            return False
        return self.earlier_than_play(i)

    def earlier_than_play(self, i: int) -> bool:
        """Time expression ``i`` ends before the date in play of its sentence (:meth:`anchor`)."""
        t = self.timexes[i]
        if getattr(self, "_reading_said", False):
            return False
        # one level deep: the anchor read here takes earlier reported dates as they stand, so
        # a chain of sayings costs one look-back each, not one per sentence before
        self._reading_said = True
        try:
            in_play = self.anchor(self.text.sentence_of(t.start))
        finally:
            self._reading_said = False
        return in_play is not None and t.latest < in_play.earliest

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
        وكانت هدنة سابقة قد انهارت"), a background mark stands before it (سبق أن), or it is told
        in passing in a relative clause on a participant (:meth:`Relatives.passing_relative`)."""
        clause = self.clause(cand.start)
        return (self.background(self.text.sentence_of(cand.start))
                or self.background_span(clause, self.text.token_range(clause).start)
                or self.near("background_marks", cand.match, 6, 0, clause) is not None
                or self.passing_relative(cand))

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
        dct = calendar_day(published)
        return (t.latest - t.earliest) < dt.timedelta(days=2) and (dct is None or t.earliest.date() <= dct)

    def act_day(self, cand: Candidate, inside: list[Timex]) -> Timex | None:
        """The day of the act a purpose noun is for: the last date before the noun in its
        sentence, else the date in play there (:meth:`purpose_ahead`)."""
        before = [t for t in inside if t.end <= cand.start and t.earliest is not None]
        if before:
            return before[-1]
        sentence = self.sentence(cand.start)
        lo = bisect.bisect_left(self._timex_starts, sentence[0])
        for i in range(bisect.bisect_left(self._timex_starts, cand.start) - 1, lo - 1, -1):
            t = self.timexes[i]
            if t.end <= cand.start and t.earliest is not None:
                return t
        return self.anchor(self.text.sentence_of(cand.match.start))

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
            if self.since(t) or self.referenced(i) or id(t) in self.offset_expressions():
                # "منذ اندلاع الحرب في 24 فبراير": when a state began, not the day in play;
                # nor the date of an event named in passing, nor an offset counted from an
                # event ("قبل تسعة أيام من تسلمه مهامه": no date of its own)
                i -= 1
                continue
            pair = [x for x in self.timexes[max(i - 1, 0):i + 2] if self.text.sentence_of(x.start) == j]
            if self.background(j) and (j < k - 1 or self.resumes(k)):
                # "وكان المجلس قد وافق مساء الثلاثاء ..." between the news and this sentence: a
                # flashback; the day in play is the one before it
                i -= 1
                continue
            if self.background(j) or not self.day_date(t) or len(self.coordinated(pair, t)) > 1:
                # "أدى فورد اليمين ظهر أمس الجمعة ... . وكان نيكسون قد ودع ... صباح أمس ... .
                # وتسلم كيسنجر ...": a flashback to the day in play itself leaves that day in play
                return self.same_day_flashback(i, j) if self.background(j) and self.day_date(t) else None
            return t
        return None

    def same_day_flashback(self, i: int, j: int) -> Timex | None:
        """The day in play before background sentence ``j`` (the last date of a news sentence
        at most :data:`NARRATIVE_SENTENCES` before it, not one named in passing) when
        expression ``i``, the flashback's date, falls on that same day; else ``None``."""
        t = self.timexes[i]
        for h in range(i - 1, -1, -1):
            u = self.timexes[h]
            s = self.text.sentence_of(u.start)
            if s == j:
                continue
            if s < j - NARRATIVE_SENTENCES:
                return None
            if self.background(s) or self.since(u) or self.referenced(h) or not self.day_date(u):
                continue
            same = u.earliest.date() == t.earliest.date() and u.latest.date() == t.latest.date() == t.earliest.date()
            return u if same else None
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
        from the day of the story's lead (:meth:`lead_day`) to the publication day."""
        if cand.type not in REACTION_TYPES or self.background(self.text.sentence_of(cand.start)):
            return None
        day = self.lead_day()
        return None if day is None else (day, self.dct())

    def dct(self) -> dt.date | None:
        """The publication day, or ``None``."""
        published = self.article.published
        if published is None:
            return None
        return calendar_day(published)

    def lead_day(self) -> dt.date | None:
        """The day of the story's lead: the first day date of the first body sentences, at most
        two days before publication; ``None`` when there is none."""
        dct = self.dct()
        if dct is None:
            return None
        counted = self.offset_expressions()
        for t in self.timexes:
            if self.text.sentence_of(t.start) > LEAD_SENTENCES:
                break  # only the lead's few expressions are read: constant per call
            # "مساء يوم الهجوم": a time of an event's day is no day of the story's lead
            if self.day_date(t) and id(t) not in counted and dct - dt.timedelta(days=2) <= t.earliest.date() <= dct:
                return t.earliest.date()
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

    def frame_date(self, cand: Candidate) -> Timex | None:
        """The date of the speech, statement or occasion a saying verb's frame names back ("وقال
        نيكسون في خطابه" after "أعلن نيكسون، في خطاب متلفز ... مساء أمس الخميس، استقالته"; "وقال
        أسكويث في الجلسة" after "وكان مجلس العموم قد ناقش الكارثة في جلسة مساء الاثنين"): a
        definite or pronoun-bearing ``announcing_frames`` word, or ``occasion_frames`` word after
        في/خلال (``circumstance``), between the verb and what it reports, and the same word told indefinite in one of the
        :data:`FRAME_SENTENCES` sentences before, whose saying date (:meth:`statement_date`) it
        takes; ``None`` otherwise.  Each such word is tried in turn ("في كلمته خلال المراسم": the
        speech is told nowhere before, the ceremony is)."""
        if cand.type != "statement" or cand.match.hit.pos != "verb":
            return None
        toks = self.text.tokens
        stop = self.complement(cand)
        # an occasion only after في/خلال (said at it), not after عقب (said after it)
        frames = [j for j in self.text.token_range((cand.end, stop))
                  if (self.is_word(j, "announcing_frames") or self.is_word(j, "occasion_frames")
                      and (self.is_word(j - 1, "circumstance") or self.is_word(j - 1, "date_prepositions")))
                  and self.named_back(j)]
        k = self.text.sentence_of(cand.start)
        for frame in frames:
            stems = self.frame_stems(frame)
            for s in range(k - 1, max(k - 1 - FRAME_SENTENCES, -1), -1):
                # first told indefinite ("في خطاب متلفز"), not named back again ("قبل ساعات من الخطاب")
                told = [j for j in self.text.token_range(self.text.sentences[s])
                        if (self.is_word(j, "announcing_frames") or self.is_word(j, "occasion_frames"))
                        and stems & self.frame_stems(j) and not self.named_back(j)]
                if told:
                    # the frame's own date ("في خطاب متلفز إلى الأمة مساء أمس الخميس")
                    at = bisect.bisect_left(self._timex_starts, toks[told[0]].end)
                    own = self.timexes[at] if at < len(self.timexes) else None
                    if own is not None and self.text.clause_of(own.start) == self.text.clause_of(toks[told[0]].start) \
                            and self.day_date(own):
                        return own
                    return self.statement_date(s)
        return None

    def background_step(self, cand: Candidate) -> Timex | None:
        """The date of the clause a step told after "ثم" (``later_than_previous``) continues in a
        pluperfect sentence, when the step has none of its own ("وكان نيكسون قد ودع موظفي البيت
        الأبيض صباح أمس في كلمة مؤثرة، ثم غادر إلى كاليفورنيا"): the last day date before the
        cue in the sentence (no offset or count from an event, no relative clause's), on its day
        from its time on (:meth:`then_day`), as a main sentence's step takes the day in play;
        ``None`` otherwise."""
        k = self.text.sentence_of(cand.start)
        if not self.background(k):
            return None
        span = self.text.sentences[k]
        lo = bisect.bisect_left(self._timex_starts, span[0])
        offsets = self.offset_expressions()
        before = [t for t in self.timexes[lo:bisect.bisect_left(self._timex_starts, cand.start)]
                  if t.end <= cand.start and id(t) not in offsets and self.day_date(t)
                  and t.reading.kind not in COUNTED_KINDS and t.type != "DURATION"
                  and self.relative_opener(t) is None and not self.cause_date(t)]
        if not before:
            return None
        t = before[-1]
        between = self.text.token_range((t.end, cand.start))
        if self.first_word_from("later_than_previous", between.start, between.stop) is None:
            return None
        return self.then_day(t, cand)

    def frame_stems(self, j: int) -> set[str]:
        """The stems of token ``j``, and its form without the accusative's alif ("اجتماعا" is
        "اجتماع" told indefinite)."""
        form = self.text.tokens[j].form
        stems = {a.stem for a in self.text.tokens[j].analyses}
        if form.endswith(TANWIN_ALIF):
            stems.add(form[:-len(TANWIN_ALIF)])
        return stems

    def named_back(self, j: int) -> bool:
        """Token ``j`` is definite or bears a pronoun ("الجلسة"، "خطابه"); a final ة, which
        folding writes as ه, is no pronoun ("جلسة"، "كلمة" stay indefinite)."""
        tok = self.text.tokens[j]
        impossible = ORTHOGRAPHY.not_enclitic.get(self.article.text[tok.end - 1], ())
        return any(a.definite or a.enc and a.enc not in impossible for a in tok.analyses)

    def undated_bound(self) -> tuple[dt.date | None, str]:
        """The latest day an undated event can have (publication) and its warning."""
        published = self.article.published
        if published is None:
            return None, NO_DCT_WARNING
        return calendar_day(published), UNDATED

    def window(self) -> tuple[dt.date | None, dt.date | None, str | None]:
        """The recency window of a news event reported without any date: the
        ``window_days`` before publication (news reports what just happened)."""
        published = self.article.published
        if published is None:
            return None, None, NO_DCT_WARNING
        day = calendar_day(published)
        return day - dt.timedelta(days=self.window_days), day, WINDOW_WARNING.format(days=self.window_days)
