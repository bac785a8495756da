"""An announcement whose object is an extracted act: a mention of that act, not an event.

"أعلنت الحكومة أمس سيطرة قواتها على المدينة" reports the capture; the announcing verb is a
second mention of it (docs/specs/identity-round13.md).  A claim ("أعلن ... أن قواته سيطرت"),
a toll ("أعلنت باكو مقتل 50"), or an object that is about the act rather than the act itself
("أعلنت اللجنة موعد الانتخابات", cue class ``announced_apart``) stays a statement.  Read here,
before the graph, because only the article's tokens tell the object from a claim.
"""

from __future__ import annotations

import bisect

import attrs

from ..document.model import Token
from . import body_words
from .context import Candidate
from .lexicon import read_lexicon
from .match import Match

#: Most words between the announcing verb and the act's trigger, besides time expressions,
#: when no speaker was read there: an unread subject ("وزارة الدفاع الروسية").
SUBJECT_WORDS = 5
#: Most words of the medium an announcement is made in ("في بيان ثلاثي مشترك مع الصين صدر في
#: بكين،"), from its preposition to the comma or time expression that closes it.
FRAME_WORDS = 9
#: (type, subtype) of a decision -> the acts whose verbal noun, its object, it decides
#: (``identity.json`` ``decisions``): "قرر المجلس العسكري، أمس الجمعة، طرد السفير" is the
#: expulsion, decided (types round 4).
DECIDED: dict[tuple[str, str], frozenset[str]] = {
    (g["type"], g["decision"]): frozenset(g["acts"]) for g in read_lexicon("identity.json").get("decisions", ())}


#: (type, subtype) an announcement of an election's results is read as: the results and the
#: win they declare are one event (types round 4), named or not (types round 6).
RESULTS = ("other", "election")
#: Most tokens between an announcing verb and the results it names (the announcer's name, a
#: date): "أعلنت اللجنة المستقلة للانتخابات في موريتانيا، فجر أمس الاثنين، النتائج".
RESULTS_REACH = 14
#: (type, subtype) an obituary that announces a death is read as (types round 7).
DEATH = ("other", "death")
#: Speakers whose obituary is a tribute, never the death announced: a person ("نعى الرئيس
#: الفرنسي إيمانويل ماكرون")، a state ("ونعت قطر والبحرين وسلطنة عمان أمير الكويت الراحل").
MOURNERS = frozenset({"person", "country"})


class Announcements:
    """The announcements that are mentions of the act they name (mixed into the extractor)."""

    def results_announced(self, cands: list[Candidate]) -> list[Candidate]:
        """``cands`` with each statement that announces results (cue class
        ``announced_results``) read as those results, an election's outcome (types round 6):
        "أعلنت الهيئة الوطنية للانتخابات، اليوم الاثنين، النتائج الرسمية"، "تعلن النتائج الأولية"،
        "وفق النتائج التي أعلنتها الهيئة" tell the win another outlet tells as "فاز"، one event.
        Only a vote's results (a ``results_votes`` word near: "للانتخابات"، "للاستفتاء") are; a
        census's or an inquiry's stay statements. A plan ("ستعلن النتائج") and a date of them ("موعد إعلان النتائج": no results word right
        after the verb) stay statements."""
        return [attrs.evolve(c, type=RESULTS[0], subtype=RESULTS[1], actors=c.speaker + c.actors, speaker=())
                if c.type == "statement" and not c.planned and self._names_results(c) else c for c in cands]

    def obituaries_told(self, cands: list[Candidate]) -> list[Candidate]:
        """``cands`` with each obituary that announces a death read as that death (types round
        7): "نعى الديوان الأميري اليوم السبت حضرة صاحب السمو ..."، "الكنيسة القبطية تنعى البابا
        شنودة" tell the death another outlet tells as "توفي"، one event, as "أعلن ... وفاة" does.
        Only a body's obituary (no person or state among its speakers: a court, a presidency, a
        party, a church) that is the report's first telling of the death is (no death told before
        it outside the title); a person's ("نعى الرئيس الفرنسي إيمانويل ماكرون ... الممثل"), a
        state's ("ونعت قطر والبحرين ...") and one told after the death ("ونعت نقابة المهن التمثيلية
        الفنان الراحل") are tributes, statements."""
        told = next((c.start for c in cands if c.type == DEATH[0] and c.subtype == DEATH[1]
                     and not self.in_title(c.start)), None)
        return [attrs.evolve(c, type=DEATH[0], subtype=DEATH[1], speaker=(), actors=_besides(c.actors, c.speaker))
                if c.type == "statement" and not c.planned and (told is None or c.start < told)
                and self.is_word(c.match.first, "obituary_verbs") and c.speaker
                and not any(h.kind in MOURNERS for h in c.speaker) else c for c in cands]

    def _names_results(self, c: Candidate) -> bool:
        """Whether the announcing verb or noun of ``c`` takes a results word as its object: the
        first word after it outside the speaker's name, time expressions and the medium, or the
        word right after the date that closes the announcer's phrase; or, with its pronoun, the
        verb of a relative clause on results ("النتائج الرسمية التي أعلنتها") when no contest its
        sentence told before is dated in a relative clause of its own."""
        m, toks = c.match, self.text.tokens
        if not (_reads(toks[m.first], self.words("announcing")) or body_words.word_of(self.text, m.first, "announcing_nouns")):
            return False
        results = self.words("announced_results")
        sentence = self.text.sentence_of(c.start)
        votes = self.words("results_votes")
        if not any(_reads(toks[i], votes) for i in range(max(0, m.first - RESULTS_REACH), min(len(toks), m.last + RESULTS_REACH))
                   if self.text.sentence_of(toks[i].start) == sentence):
            return False  # a census's or an inquiry's results ("النتائج الأولية للتعداد العام"): no vote's
        if m.first >= 2 and self.is_word(m.first - 1, "relatives"):
            # "فاز ... في جولة الإعادة التي أجريت أمس الأحد، وفق النتائج التي أعلنها رئيس الهيئة":
            # the win its sentence dates by its contest is the contest, the results apart (round 4)
            starts = self._timex_starts
            told = self.timexes[bisect.bisect_left(starts, self.sentence(c.start)[0]):bisect.bisect_left(starts, c.start)]
            return not any(self.relative_opener(t) is not None for t in told) and \
                any(_reads(toks[i], results) for i in range(max(0, m.first - 3), m.first - 1))
        named = {i for h in c.speaker for i in range(h.first, h.last + 1)}
        stop = min(len(toks), m.last + 1 + RESULTS_REACH)
        frame = self.frame(m.last + 1, stop)
        dated = False
        for i in range(m.last + 1, stop):
            if self.text.sentence_of(toks[i].start) != sentence or self.is_word(i, "complementizers"):
                return False
            if i in self.timex_tokens:
                dated = True
                continue
            if i in named or i in frame or self.is_word(i, "announcing_prepositions") or \
                    (i + 1 in self.timex_tokens and self.is_word(i, "date_prepositions")):
                continue
            if _reads(toks[i], results):
                return True
            if dated or _reads(toks[i], self.words("announced_apart")):
                return False  # past the date that closes the announcer, another object
        return False

    def announced(self, cands: list[Candidate]) -> dict[int, int]:
        """Index of an announcing statement -> index of the act its object names: the next
        candidate, in the verb's sentence (commas around a date part the clause), a verbal noun
        (a noun entry, or a verb entry's definite form: "العثور") of another type with no preposition or
        conjunction, outside the speaker's name, with only the speaker and time expressions
        between them (a few words when no speaker was read), and no number or count word right after it
        (a toll) unless the act's entry is ``counted`` (an arrest, a release: its count is of the
        persons it takes or frees)."""
        out: dict[int, int] = {}
        apart = self.words("announced_apart")
        for j, c in enumerate(cands):
            m = c.match
            decided = DECIDED.get((c.type, c.subtype or ""))
            if decided is None and (c.type != "statement" or not (
                    m.hit.pos == "verb" and self.is_word(m.first, "announcing")
                    or body_words.word_of(self.text, m.first, "announcing_nouns"))):
                continue
            told = self.title_object(c, cands) if decided is None else None
            if told is not None:
                out[j] = told
                continue
            # past a candidate inside the speaker's own name ("أعلنت لجنة الانتخابات ...، فوز"):
            # a word of the announcer, never its object
            k = next((k for k in range(j + 1, len(cands)) if cands[k].start >= c.end
                      and not any(h.start <= cands[k].start and cands[k].end <= h.end for h in c.speaker)), None)
            if k is None:
                continue
            frame = self.frame(m.last + 1, cands[k].match.first + 1)
            if frame and cands[k].match.first < frame.stop:
                # a candidate inside the medium ("في مؤتمر صحافي") is none of the verb's object
                k = next((x for x in range(k + 1, len(cands)) if cands[x].match.first >= frame.stop), None)
                if k is None:
                    continue
            toks = self.text.tokens
            inside = (toks[frame.start].start, toks[frame.stop - 1].end) if frame else (0, -1)
            if any(not (inside[0] <= a and b <= inside[1]) and not self._title_verb(a, c)
                   and not self.is_word(self.text.token_at(a), "elaboration") for a, b in c.echoes):
                continue  # told again ("وذكرت الوزارة في بيان أن ..."): a statement of its own words;
                # "وأوضحت الوزارة أن" only goes on with the announcement (its mention goes with it)
            act = cands[k].match
            # right after the date that closes the announcer ("أعلن المجلس العسكري، مساء الجمعة،
            # طرد السفير") a verb's form is its verbal noun: no verb follows أعلن unjoined; an
            # outcome noun is one wherever it stands ("أعلنت اللجنة ... فوز المرشح": the win
            # announced, one event with it; types round 4)
            dated = act.first - 1 in self.timex_tokens
            # (what a decision decides is a verbal noun: no verb follows قرر or قرار unjoined)
            noun = act.hit.pos == "noun" or dated or decided is not None or \
                self.is_word(act.first, "outcome_nouns") or any(a.definite for a in self.text.tokens[act.first].analyses)
            if (cands[k].type == "statement" or not noun or cands[k].planned
                    or self.text.sentence_of(c.start) != self.text.sentence_of(cands[k].start)):
                continue
            if decided is not None and (cands[k].type != c.type or cands[k].subtype not in decided):
                continue  # a decision folds only into an act it decides
            if act.prep or act.conj or any(h.start < cands[k].end and cands[k].start < h.end for h in c.speaker):
                continue  # not the verb's object: a preposition's, a coordinate, the speaker's name
            between = range(m.last + 1, act.first)
            if self.first_word_from("complementizers", between.start, between.stop) is not None:
                continue  # "أعلن ... أن": a claim, reported
            named = {i for h in c.speaker for i in range(h.first, h.last + 1)}
            words = [i for i in between if i not in self.timex_tokens and i not in named and i not in frame
                     and not (i + 1 in self.timex_tokens and self.is_word(i, "date_prepositions"))
                     and not (i == act.first - 1 and self.is_word(i, "announcing_prepositions"))]
            # with the speaker read, nothing else may stand before the act ("أعلنت الحكومة
            # الحداد ... إثر الزلزال": the mourning is the object, the quake a cause), unless a
            # date closes the announcer's phrase right before the act ("أعلن الوزير الأول في
            # اسكتلندا حمزة يوسف، اليوم الاثنين، استقالته": the rest of the announcer's name)
            closed = next((i for i in between if i in self.timex_tokens), None)
            subject = closed is not None and all(i < closed for i in words) and \
                not any(i > closed and i not in self.timex_tokens and i not in frame for i in between
                        if not self.is_word(i, "announcing_prepositions"))
            # nor the rest of the speaker's name after the office read ("أعلن رئيس مالي إبراهيم أبو
            # بكر كيتا استقالته": a name no list holds, right up to the act)
            if (words and named and not subject and not self._name_after(words, max(named), act.first)) \
                    or len(words) > SUBJECT_WORDS or \
                    any(_reads(self.text.tokens[i], apart) for i in words):
                continue
            if self.contest_date(cands[k], self.timexes) is not None:
                continue  # a win its clause dates by its contest ("فوز المرشح في جولة الإعادة التي جرت أمس
                # الجمعة") is the contest, as devdating's gold has it: the announcement, of another day, apart
            if self.other_day(c, cands[k]):
                continue  # "أعلن الجيش، مساء اليوم الخميس، مقتل ... في رفح أمس الأربعاء": the act has a day of
                # its own, the announcement (or decision) is no mention of it (types round 5)
            if decided is None and self._counted(act, act.last + 1):
                continue  # "مقتل 50"، "مقتل عدد من": a toll (a decision decides none)
            out[j] = k
        return out

    def other_day(self, c: Candidate, act: Candidate) -> bool:
        """Whether the text dates the act on another day than the announcement or decision ``c``:
        a day-long date stands between the verb and the act (the announcer's "، مساء اليوم
        الخميس،") and another after the act in its clause and sentence ("مقتل السنوار في ... رفح أمس
        الأربعاء")، not a bound of the act's span ("تمديد تشغيلها حتى 15 نيسان"، "استقالته اعتبارا من
        ظهر اليوم الجمعة": cue class ``date_bounds`` one or two words before it) nor past a complementizer or a
        relative word (the day of another predicate: "التوصل إلى تفاهم يقضي بأن تفرج ... قبل يوم
        الجمعة"). Only a date on each side proves two days: with one alone the act stays the
        announcement's."""
        starts = self._timex_starts  # sorted: the slices below keep this linear in the article
        between = self.timexes[bisect.bisect_left(starts, c.end):bisect.bisect_left(starts, act.start)]
        said = [t for t in between if t.end <= act.start and _one_day(t)]
        if not said:
            return False
        stop = min(self.clause(act.start)[1], self.sentence(act.start)[1])
        after = self.timexes[bisect.bisect_left(starts, act.end):bisect.bisect_left(starts, stop)]
        own = next((t for t in after if t.end <= stop), None)
        if own is None or not _one_day(own):
            return False
        first = self.text.token_range((own.start, own.end)).start
        if self.is_word(first - 1, "date_bounds") or self.is_word(first - 2, "date_bounds") or any(
                self.first_word_from(k, act.match.last + 1, first) is not None for k in ("complementizers", "relatives")):
            return False  # a bound ("حتى 15 نيسان"، "قبل يوم الجمعة"), or the day of what a clause inside says
        return own.earliest.date() != said[-1].earliest.date()

    def title_object(self, c: Candidate, cands: list[Candidate]) -> int | None:
        """The act a title's announcing verb names when the lead took the title's act word
        as one more mention of its own ("الفلبين تعلن توقيف أليس غو" over "أعلنت السلطات ...
        توقيف"): the candidate whose echo is the word right after the verb, of another type,
        with no number or ``announced_apart`` word right after it."""
        j = c.match.last + 1
        if self.text.sentence_of(c.start) != 0 or j >= len(self.text.tokens):
            return None
        at = self.text.tokens[j].start
        k = next((k for k, x in enumerate(cands) if x.type != "statement" and x.start > c.end
                  and any(a == at for a, _ in x.echoes)), None)
        after = j + 1
        if k is None or (after < len(self.text.tokens) and self.text.sentence_of(self.text.tokens[after].start) == 0
                         and self._counted(cands[k].match, after)):
            return None
        return k

    def _name_after(self, words: list[int], last: int, act: int) -> bool:
        """Whether ``words`` run from right after the speaker's token ``last``, with nothing but
        time expressions after them before the act's token ``act`` ("أعلن رئيس الوزراء اللبناني
        حسان دياب مساء الاثنين استقالة")، each of a name's shape (no article, clitic, number,
        function word or trigger): the speaker's own name after the office the lexicon read."""
        stops = self.words("stop_words")
        toks = self.text.tokens
        run = range(last + 1, last + 1 + len(words))
        return words == list(run) and all(i in self.timex_tokens for i in range(run.stop, act)) and all(
            toks[i].form not in stops and not toks[i].form.isdigit() and len(toks[i].form) > 1
            and not self.articled(i) and i not in self.trigger_tokens
            and bool(toks[i].analyses) and toks[i].analyses[0].bare for i in words)

    def _counted(self, act: Match, after: int) -> bool:
        """Whether the number or ``announced_apart`` word at token ``after`` makes the
        announcement of ``act`` a toll or a count of its own ("أعلنت باكو مقتل 50"): not when the
        act's entry is ``counted``, its count being the persons it takes ("أعلنت الشرطة اعتقال
        466 شخصا"، "اعتقال عدد من": the arrest announced; types round 3)."""
        if after >= len(self.text.tokens) or act.data.get("counted"):
            return False
        return self.text.tokens[after].is_number or _reads(self.text.tokens[after], self.words("announced_apart"))

    def _title_verb(self, at: int, c: Candidate) -> bool:
        """Whether the echo of ``c`` at ``at`` is an announcing verb of a title told before it
        ("ناميبيا تعلن وفاة رئيسها" over "أعلنت الرئاسة ... وفاة الرئيس"): the same
        announcement, no words of its own."""
        return at < c.start and self.text.sentence_of(at) == 0 and self.is_word(self.text.token_at(at), "announcing")

    def frame(self, first: int, stop: int) -> range:
        """Tokens of the medium an announcement is made in, opening at or after ``first`` and
        before ``stop`` ("، في بيان للرئاسة،"، "في خطاب متلفز الثلاثاء"، "في مؤتمر صحافي اليوم
        الخميس،"): a preposition of ``date_prepositions`` before a word of ``announcing_frames``,
        up to the comma or time expression that closes it within :data:`FRAME_WORDS`; empty when
        none opens there or nothing closes it (what follows may be the medium's own words)."""
        at = self.first_word_from("date_prepositions", first, stop)
        while at is not None and not self.is_word(at + 1, "announcing_frames"):
            at = self.first_word_from("date_prepositions", at + 1, stop)
        if at is None:
            return range(0)
        for end in range(at + 2, min(len(self.text.tokens), at + FRAME_WORDS + 1)):
            if end in self.timex_tokens or _comma_between(self.text, end - 1, end):
                return range(at, end)
        return range(0)


def _besides(actors, speaker) -> tuple:
    """``actors`` without those inside the speaker's name: who mourns takes no part in the death."""
    return tuple(a for a in actors if not any(h.start <= a.start and a.end <= h.end for h in speaker))


def _one_day(t) -> bool:
    """A resolved time expression within one calendar day ("مساء اليوم الخميس"، "أمس الأربعاء")."""
    return t.earliest is not None and t.latest is not None and t.earliest.date() == t.latest.date()


def _comma_between(text, i: int, j: int) -> bool:
    """Whether a comma stands between tokens ``i`` and ``j``."""
    return text.gap(text.tokens[i].end, text.tokens[j].start)[:1] == ","


def _reads(token: Token, forms: frozenset[str]) -> bool:
    """Some reading of ``token`` (clitics apart) is one of ``forms``."""
    return any(a.stem in forms or a.word in forms for a in token.analyses)
