"""Plans told in the present tense: whether the verb of an expression's clause is an imperfect
told of what is to come (``وتبدأ الامتحانات فى يونيو`` written in February; ``cues.json``
``_doc_plan_imperfect``)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from typing import Any

from ..arabic import Normalized
from ..document import Document, Token
from .engine import Found
from .lexicon import LEXICON

#: how many words before an expression the verb of its clause is looked for
_VERB_REACH = 8
#: how many words may stand between a day-off word and the day it grants
_DAY_OFF_REACH = 6
#: how many months after a date ahead of the DCT a month without a year may follow it
_AHEAD_MONTHS = 3
#: how many characters before an expression its 'to' and one word after it are looked for
_TO_CHARS = 30
#: how many words before a weekday an imperfect opening its clause is looked for when none is
#: within the verb reach (a long subject between: ويزور وفد من البنك الدولي ومنظمة ... الاثنين);
#: no complementizer nor قبل/بعد/منذ may stand between that verb and the day
_OPENING_REACH = 14
#: how many words at least stand between a decision's verb and a weekday that dates the act
#: decided (fewer: the verb's subject, and the day is the decision's)
_DECIDED_AFTER = 3
#: how many words before a weekday a كان/لم that makes its clause's imperfect past is looked for
_PAST_REACH = 12
#: how many characters a headline may hold
_HEADLINE = 160
#: a line ending so is a sentence, not a title (the Arabic question mark, U+061F, too)
_SENTENCE_ENDS = (".", "!", "?", chr(0x061F))
#: how many words before its إلى a postponement word may stand (تأجيل بطولة الخليج للأندية لكرة اليد ... إلى)
_POSTPONE_REACH = 14


class Plans:
    """The verb of an expression's clause, read on the Document's tokens (mixed into ``Context``)."""

    _headline_end: int | None = None

    doc: Document
    norm: Normalized
    _scope: Callable[[Found], tuple[int, int, int, int]]
    sentence_of: Callable[[int], int]
    narrative: Any
    previous: Any
    dct: Any

    def day_off(self, found: Found) -> bool:
        """A day-off word (``cues.json`` ``day_off_words``: إجازة، تعطيل، العمل عن بعد) stands at
        most a few words before the expression in its clause, no perfective verb between and none
        before it but a decree's (``cues.json`` ``decree_verbs``: قررت): the day granted is the
        coming one (``منح العاملين إجازة يومي الخميس والجمعة``)."""
        start, _end, left, _right = self._scope(found)
        tokens, text, lex = self.doc.tokens, self.norm.text, LEXICON
        window = self.doc.token_range((left, start))[-(_DAY_OFF_REACH + 1):]
        if not window:
            return False
        cues = list(lex.day_off_re.finditer(text, tokens[window.start].nstart, found.start))
        if not cues:
            return False
        between = self.doc.token_range((self.norm.span(cues[-1].start(), cues[-1].start() + 1)[0], start))
        after = between.start + 1
        if after < len(tokens) and _bare(tokens[after]) in lex.not_day_off_next:
            return False  # عطلة نهاية الأسبوع: the weekend's rest, not a day off decreed
        before = self.doc.token_range((left, tokens[between.start].start))[-_VERB_REACH:]
        return not any(lex.perfective_re.fullmatch(text, tokens[i].nstart, tokens[i].nend)
                       and (i in between or _bare(tokens[i]) not in lex.decree_verbs)
                       for i in (*before, *between))

    def postponed(self, found: Found) -> dt.date | None:
        """The day a postponement's new date must follow, or ``None``: the expression stands at
        most two words after a 'to' (``cues.json`` ``postpone_to``: إلى جلسة 3 ديسمبر) that
        follows a postponement word (``postpone_words``: تأجلت، أرجئ) in its sentence. The new
        date comes after the old one when a date was resolved between them (``أرجأت المباراة
        التي كانت مقررة في 18 سبتمبر إلى 7 نوفمبر``؛ ``تأجلت من نوفمبر الماضي إلى 15 يناير``),
        else after the DCT, whatever the verb's tense (``تأجلت الجمعية العمومية إلى 4 أبريل``)."""
        lex = LEXICON
        if not any(_plain(w, lex.postpone_to) for w in self.norm.text[max(0, found.start - _TO_CHARS):found.start].split()[-2:]):
            return None  # the usual case, told by the two words before it alone
        start = self.norm.span(found.start, found.start + 1)[0]
        tokens = self.doc.tokens
        window = self.doc.token_range((self.doc.sentence(start)[0], start))
        to = next((i for i in reversed(window[-2:]) if _plain(tokens[i].form, lex.postpone_to)), None)
        if to is None:
            return None
        cue = next((i for i in reversed(window[max(0, to - window.start - _POSTPONE_REACH):to - window.start])
                    if _plain(tokens[i].form, lex.postpone_words)), None)
        if cue is None:
            return None
        old = self.previous
        if old is not None and old.latest is not None and tokens[cue].start <= old.start < start:
            return old.latest.date()
        return self.dct.date()

    def deadline(self, found: Found) -> bool:
        """A word of a deadline or an ultimatum (``cues.json`` ``deadline_words``: مهلة، أمهلت،
        طالبت) stands at most a few words before the expression in its clause (a clitic allowed:
        بمهلة): a 'within' count there runs from the DCT (``أمهلت الوزارة المجموعات المسلحة خلال
        72 ساعة``)."""
        start, _end, left, _right = self._scope(found)
        tokens, words = self.doc.tokens, LEXICON.deadline_words
        return any(tokens[i].form in words or any(a.word in words for a in tokens[i].analyses)
                   for i in self.doc.token_range((left, start))[-_VERB_REACH:])

    def preparing(self, found: Found) -> bool:
        """A noun of what is done ahead of an event (``cues.json`` ``preparatory_nouns``:
        التسجيل، التصفيات) stands at most a few words before the expression in its clause: an
        edition's year named there is not the year of the month (``باب التسجيل في دورة 2025 يفتح
        في سبتمبر``)."""
        start, _end, left, _right = self._scope(found)
        tokens, nouns = self.doc.tokens, LEXICON.preparatory_nouns
        return any(_bare(tokens[i]) in nouns for i in self.doc.token_range((left, start))[-_VERB_REACH:])

    def ahead_year(self, found: Found, month: int) -> int | None:
        """The year of a month that follows, within three months, the end of a date after the DCT
        resolved in this or the previous sentence with no perfective verb since (``من 4 إلى 10
        ديسمبر المقبل ... في 12 يناير``: next January); else ``None``."""
        ahead = self.narrative.ahead
        if ahead is None or not 0 < (month - ahead[1]) % 12 <= _AHEAD_MONTHS or ahead[3] > found.start \
                or self.sentence_of(found.start) - self.sentence_of(ahead[2]) > 1 \
                or LEXICON.perfective_re.search(self.norm.text[ahead[3]:found.start]) \
                or self._clause_verb(found) in ("perfective", "past"):
            return None
        return ahead[0] + (month < ahead[1])

    def planned(self, found: Found) -> bool:
        """The nearest verb before the expression in its clause is an imperfect told of what is
        to come (``cues.json`` ``_doc_plan_imperfect``): ``وتبدأ الامتحانات فى يونيو``; not after
        ``لم``/``كانت``, not one that looks back or tells what is usual (``تعود إلى``، ``تكثر``),
        and no perfective verb nearer."""
        kind, verb = self._nearest_verb(found)
        if kind is None:
            # وتفتح الأبواب أمام الزوار من العاشرة صباحا إلى العاشرة مساء طوال الأسبوع الأول من
            # أبريل: clock times between; a far imperfect counts when it opens its clause, with no
            # complementizer nor قبل/بعد/منذ between (as imperfect_weekday's far verb)
            kind, verb = self._nearest_verb(found, _OPENING_REACH)
            if kind != "plan" or not self._far_opening(found, verb):
                return False
        return kind == "plan"

    def _far_opening(self, found: Found, verb: int) -> bool:
        """The imperfect at token ``verb`` opens the clause of ``found`` and governs it: no
        complementizer nor ``قبل``/``بعد``/``منذ`` stands between it and the expression."""
        start, _end, left, _right = self._scope(found)
        tokens, lex = self.doc.tokens, LEXICON
        if verb > 0 and tokens[verb - 1].start >= left:
            return False
        return not any(_plain(self.doc.written(tokens[i]), lex.subject_complementizers | lex.complementizers)
                       or _bare(tokens[i]) in lex.time_before_complement
                       for i in self.doc.token_range((tokens[verb].end, start)))

    def imperfect_weekday(self, found: Found) -> bool:
        """Rule ``imperfect_weekday`` (the lead's decision, round 17): a bare weekday whose clause
        is told in the imperfect, in body text, is the next such day on or after the DCT (``يزور
        الرئيس باريس الثلاثاء``، ``وتعقد النيابة جلسة التحقيق الأولى الخميس``). Not in a headline,
        whose present is the historical one (``... يزور دمشق الأحد`` over ``زار ... الأحد``); not
        after ``لم``/``كان``/``ما زال`` anywhere before the verb in its clause (``وكانت دائرة الهجرة
        تستقبل المراجعين السبت``); not inside a quotation (a speaker's own present); a habit
        (``عادة``) is a SET before this is asked. The imperfect opens its clause or follows
        ``أن``/``لن``/``كي`` (``cues.json`` ``complementizers``; not ``قبل أن``), and no relative
        clause stands between it and the day."""
        kind, verb = self._nearest_verb(found)
        far = kind is None
        if far:
            # يدشن محافظ تعز ومدير عام مديرية ذي يزن ومسؤولو الصندوق الاجتماعي الأحد: a long subject
            # between; the verb must then open its clause (below)
            kind, verb = self._nearest_verb(found, _OPENING_REACH)
        if kind != "plan":
            return False
        start, _end, left, _right = self._scope(found)
        if start < self.headline_end():
            return False
        tokens, lex = self.doc.tokens, LEXICON
        if far and any(_plain(self.doc.written(tokens[i]), lex.subject_complementizers | lex.complementizers)
                       or _bare(tokens[i]) in lex.time_before_complement
                       for i in self.doc.token_range((tokens[verb].end, start))):
            # ويأتي الاتصال بعد أيام من إعادة فتح المعبر ... يوم الأربعاء، يرى خبراء أن قرار البنك
            # تعويم العملة يوم الأربعاء: the far verb governs a clause or a phrase, not the day
            return False
        # the verb opens its clause (ويسجى الجثمان ... يوم السبت), or follows أن (توقعت الأرصاد أن
        # يشتد ...), not قبل أن: a word shaped like an imperfect inside a clause is a name or a
        # noun far more often (وياسر عرفات، في تكساس، لدى تسلمه), and a relative clause between
        # tells another act (الزيارة التي قام بها ... الأربعاء)
        span = [i for i in self.doc.token_range((left, start)) if not self.doc.in_dateline(tokens[i].start)]
        before = [i for i in span if i < verb]
        complement = before and self.doc.written(tokens[before[-1]]) in lex.complementizers and not (
            len(before) > 1 and _bare(tokens[before[-2]]) in lex.time_before_complement)
        opener = next((k for k in range(len(before) - 2, -1, -1)
                       if _plain(self.doc.written(tokens[before[k]]), lex.subject_complementizers)), None)
        if not complement and opener is not None and any(
                _bare(tokens[j]).startswith(lex.article) for j in before[opener + 1:opener + 3]):
            # rule subject_first_plan: قالت المنظمة إن المرحلة الثانية من الحملة تبدأ ... يوم السبت،
            # وأن باب التسجيل يغلق الساعة 12 ظهر الخميس (إن/أن, its definite subject, the imperfect)
            complement = not any(tokens[i].form in lex.relative_pronouns for i in before[opener:])
        if not complement and any(tokens[i].form not in lex.words_before_imperfect for i in before) \
                or any(tokens[i].form in lex.relative_pronouns for i in span if i > verb):
            return False
        if any(_bare(tokens[i]) in lex.past_before_imperfect
               for i in self.doc.token_range((left, start))[-_PAST_REACH:]):
            return False
        return not self.doc.in_quote(start)

    def b_present(self, found: Found) -> bool:
        """Rule ``b_present_weekday``: the nearest verb before a bare weekday in its clause is a
        spoken b-imperfect of a verb that schedules (``present_words``: ``المعرض بيفتح يوم
        الخميس``), in body text, a quotation included, and no ``كان``/``كنا`` right before it (a
        past habit): the weekday is ahead. Its dialect is its own cue, unlike the Standard
        imperfect, which a speaker uses of habits too (rule ``imperfect_weekday``). Rule
        ``present_after_weekday``: such a verb right after the weekday, with nothing but a space
        between, schedules it too (``«نهار الأحد نبحروا لغزة»``), unless ``كان``/``كنا`` opens
        the clause before it (``«كنا نهار الأحد نمشيو للسوق»``)."""
        start, end, left, right = self._scope(found)
        if start < self.headline_end():
            return False
        tokens, text, lex = self.doc.tokens, self.norm.text, LEXICON
        span = self.doc.token_range((left, start))[-_VERB_REACH:]
        for i in reversed(span):
            if _bare(tokens[i]) in lex.present_words:
                return not (i > span.start and _bare(tokens[i - 1]) in lex.past_before_imperfect)
            if lex.perfective_re.fullmatch(text, tokens[i].nstart, tokens[i].nend):
                return False
        after = self.doc.token_range((end, right))
        return bool(after) and self.doc.text[end:tokens[after.start].start] == " " \
            and _bare(tokens[after.start]) in lex.present_words \
            and not any(_bare(tokens[i]) in lex.past_before_imperfect for i in span)

    def decreed_from(self, found: Found) -> bool:
        """Rule ``decreed_from``: a weekday right after 'starting from' (``cues.json``
        ``from_openers`` and a 'from' word: اعتبارا من) whose clause's nearest verb is a decree's
        verb (``decree_verbs``: قررت، أعلنت; no other perfective nearer) takes effect ahead (``قررت سلطات الاحتلال إغلاق
        الحاجز اعتبارا من منتصف ليل الخميس``); after another perfective it is told as past (``بدأ
        تطبيق القرار اعتبارا من الأحد``)."""
        lex = LEXICON
        words = self.norm.text[max(0, found.start - _TO_CHARS):found.start].split()[-2:]
        if len(words) < 2 or words[0] not in lex.from_openers or "from" not in lex.roles.get(words[1], {}):
            return False
        start, _end, left, _right = self._scope(found)
        tokens, text = self.doc.tokens, self.norm.text
        for i in reversed(self.doc.token_range((left, start))[-_OPENING_REACH:]):
            if _bare(tokens[i]) in lex.decree_verbs:
                return True
            if lex.perfective_re.fullmatch(text, tokens[i].nstart, tokens[i].nend):
                return False
        return False

    def decreed_action(self, found: Found) -> bool:
        """Rule ``decreed_action``: a weekday closing the clause of a decision (``cues.json``
        ``decision_verbs``: قرر، قررت), three words or more after the verb with no other verb
        between, dates the act decided (``قررت رئاسة الحكومة اعتماد نظام الحصة الواحدة ... يوم
        الجمعة، بمناسبة ...``: ahead); right after the verb or its subject it is the decision's
        own day (``قررت المحكمة الأربعاء تأجيل الجلسة``), and a day with more of its clause
        after it is too. Body text only."""
        start, end, left, right = self._scope(found)
        if start < self.headline_end() or not all(c.isspace() or unicodedata.category(c).startswith("P")
                                                  for c in self.doc.text[end:right]):
            return False
        tokens, text, lex = self.doc.tokens, self.norm.text, LEXICON
        for n, i in enumerate(reversed(self.doc.token_range((left, start))[-_OPENING_REACH:])):
            if _bare(tokens[i]) in lex.decision_verbs:
                return n >= _DECIDED_AFTER
            if lex.perfective_re.fullmatch(text, tokens[i].nstart, tokens[i].nend):
                return False
        return False

    def headline_end(self) -> int:
        """The end (original offset) of the text's first line when it is a title (no full stop,
        a body after it, short), else 0."""
        if self._headline_end is None:
            lines, text = self.doc.lines, self.doc.text
            self._headline_end = 0
            if len(lines) >= 2:
                start, end = lines[0]
                line = text[start:end].strip()
                if line and len(line) <= _HEADLINE and not line.endswith(_SENTENCE_ENDS):
                    self._headline_end = end
        return self._headline_end

    def verbless_plan(self, found: Found) -> bool:
        """No verb stands before the expression in its clause (within reach), and a noun of a
        point event opens what is announced (``cues.json`` ``punctual_nouns``): a headline or a
        list item told without a verb, ``انطلاق الدورة الرئيسية يوم 5 جوان``، ``الإعلان عن النتائج
        يوم 22 جوان``."""
        start, _end, left, _right = self._scope(found)
        tokens, text = self.doc.tokens, self.norm.text
        # the noun first: it is the rarer of the two, and the verb search is the dearer
        return any(LEXICON.punctual_re.fullmatch(text, tokens[i].nstart, tokens[i].nend)
                   for i in self.doc.token_range((left, start))[-_VERB_REACH:]) and self._clause_verb(found) is None

    def verb_since(self, found: Found, pos: int) -> bool:
        """The nearest verb before the expression in its clause stands at or after normalized
        offset ``pos``."""
        _kind, verb = self._nearest_verb(found)
        return verb >= 0 and self.doc.tokens[verb].nstart >= pos

    def clause_verb(self, found: Found) -> str | None:
        """The kind of the nearest verb before the expression in its clause (see ``_clause_verb``)."""
        return self._clause_verb(found)

    def _clause_verb(self, found: Found) -> str | None:
        """The nearest verb before the expression in its clause, within reach: ``"perfective"``,
        ``"plan"`` (an imperfect told of what is to come), ``"past"`` (an imperfect after
        ``لم``/``كانت`` or one that looks back), or ``None``."""
        return self._nearest_verb(found)[0]

    def _nearest_verb(self, found: Found, reach: int = 0) -> tuple[str | None, int]:
        """``_clause_verb``'s kind and the verb's token index (-1 when there is none), looked for
        ``reach`` words back (the verb reach by default)."""
        start, _end, left, _right = self._scope(found)
        tokens, text = self.doc.tokens, self.norm.text
        lex = LEXICON
        for i in reversed(self.doc.token_range((left, start))[-(reach or _VERB_REACH):]):
            form = tokens[i].form
            if lex.perfective_re.fullmatch(text, tokens[i].nstart, tokens[i].nend) or any(
                    a.enc and not a.prep and lex.perfective_re.fullmatch(a.word) for a in tokens[i].analyses) \
                    and not self.doc.text[tokens[i].start:tokens[i].end].endswith(lex.not_pronoun_endings):
                return "perfective", i  # زارها: a perfective with its object pronoun (وزارة is a noun)
            if form in lex.words_before_imperfect or form in lex.relative_pronouns:
                continue  # فيما، بينما: a particle, not ف + an imperfect
            word = _bare(tokens[i])
            if word[:1] not in lex.imperfect_prefixes or len(word) < 3 or not word.isalpha() \
                    or word in lex.entries or (lex.not_imperfect_re is not None and lex.not_imperfect_re.match(word)) \
                    or self.doc.text[tokens[i].start:tokens[i].end].endswith(lex.not_imperfect_endings):
                continue
            if word.endswith(lex.perfective_lookalike_endings) and len(word) > 4:
                return "perfective", i  # وتضاعفت: a perfective of the form تفاعل
            if self._opening_perfective(i, word, left):
                return "perfective", i  # وتصاعد القصف، وتجمع آخرون
            before = _bare(tokens[i - 1]) if i > 0 and tokens[i - 1].start >= left else ""
            if before in lex.name_openers:
                continue  # مديرية ذي يزن، أبو يعقوب: a name
            if not (word != form or not before or _verb_may_follow(before) or _definite(tokens[i - 1])
                    or tokens[i - 1].form in lex.words_before_imperfect):
                continue  # رحل عن مانشستر يونايتد: a name, not a verb (التسجيل للأندية يبدأ: a verb)
            if word in lex.not_plan_imperfects or before in lex.past_before_imperfect:
                return "past", i
            return "plan", i
        return None, -1


    def _opening_perfective(self, i: int, word: str, left: int) -> bool:
        """Rule ``opening_perfective``: token ``i`` (``word`` without a glued و/ف) opens its clause
        and is a masculine perfective of the forms تفعّل/تفاعل, not the feminine imperfect its
        letters also spell: one of ``cues.json`` ``opening_perfectives`` (``وتصاعد القصف``، ``وتبادل
        الطرفان``), or one whose next word ends as a masculine plural subject (``وتجمع آخرون``)."""
        tokens, lex = self.doc.tokens, LEXICON
        if not word.startswith(lex.feminine_imperfect_prefix) or (i > 0 and tokens[i - 1].start >= left):
            return False
        if word in lex.opening_perfectives:
            return True
        after = self.doc.written(tokens[i + 1]) if i + 1 < len(tokens) else ""
        return len(after) > 3 and after.endswith(lex.masculine_subject_endings)


def _verb_may_follow(word: str) -> bool:
    """A verb may stand after ``word`` (``cues.json`` ``_doc_verb_before_imperfect``)."""
    lex = LEXICON
    return word in lex.words_before_imperfect or word in lex.relative_pronouns or word in lex.past_before_imperfect \
        or word.startswith(lex.article) or word[:1].isdigit() or word in lex.entries


def _definite(token: Token) -> bool:
    """``token`` is a noun with the article behind a preposition (``للأندية``، ``بالمدارس``): a verb
    may follow it, as it may follow one with the bare article."""
    return any(a.prep and a.definite and not a.enc for a in token.analyses)


def _plain(form: str, words: frozenset) -> bool:
    """``form``, or ``form`` without a leading conjunction (relative.json ``and``), is one of
    ``words``: set lookups, no clitic analysis."""
    return form in words or (form[:1] in LEXICON.coordinators and form[1:] in words)


def _bare(token: Token) -> str:
    """``token``'s form without a lone و/ف proclitic, as the Document segmented it."""
    return next((a.word for a in token.analyses if a.conj and not a.prep and not a.enc and a.word != token.form),
                token.form)
