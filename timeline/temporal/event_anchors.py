"""Anchors named by an event the text dated ("غداة الانتخابات"، "بعد يومين من الزلزال"): the
event nouns an article dates as it is resolved, and the day such an anchor names."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from typing import Any

from ..arabic import Normalized
from ..document import CLITICS, Document
from ..model import Timex
from . import values as V
from .engine import Found
from .lexicon import LEXICON

#: how far back (characters) a dated expression looks for the event nouns it dates
_EVENT_REACH = 200
#: how far (characters) before a relative pronoun its antecedent may start
_NOUN_REACH = 40
#: how far (characters) after an anchor word its event noun may start
_NOUN_AFTER = 40
#: how far (characters) before a clock with no day the event noun giving its day may start
_CLOCK_REACH = 60
#: the most words between a date and the event noun of its clause it dates
_CLAUSE_WORDS = 3
#: how far (characters) after an anchor the day dating its event may start
_DAY_AFTER = 60


class EventAnchors:
    """The days of the event nouns a resolution pass has met (mixed into its ``Context``)."""

    norm: Normalized
    doc: Document
    narrative: Any
    _event_days: dict[str, dt.date]
    _relatives: list[int] | None
    #: relative pronouns whose clause a date already dated
    _clauses_dated: set[int]
    #: (start, end) of every expression found, in text order
    _spans: list[tuple[int, int]]
    #: (shift, normalized end) of an anchor whose event is named right after it, undated
    _awaiting: tuple[int, int] | None = None

    sentence_of: Callable[[int], int]

    def event_day(self, pos: int) -> dt.date | None:
        """The day the text dated the event named by the word at normalized offset ``pos``
        (``غداة الانتخابات``, ``بعد يومين من الزلزال``), else ``None``; a noun named further by
        a definite word after it (an adjective, a relative pronoun) may be another event.  The
        noun is read on the Document's token analyses (``للزلزال``: ل + ال + زلزال)."""
        if not self._event_days or pos >= len(self.norm.text):
            return None
        text, tokens = self.norm.text, self.doc.tokens
        k = self.doc.token_range((self.norm.span(pos, pos + 1)[0], len(self.doc.text))).start
        if k >= len(tokens) or tokens[k].nstart >= pos + _NOUN_AFTER or text[pos:tokens[k].nstart].strip() \
                or not tokens[k].form.isalpha():
            return None
        # a conjunction, and the article with or without a preposition: not a preposition alone
        # (بعيد is "far", not ب + عيد)
        day = next((self._event_days[a.stem] for a in tokens[k].analyses
                    if a.stem in self._event_days and not a.enc and (a.definite or not a.prep)), None)
        if day is None and not (self.narrative.day is not None and self.narrative.sentence == self.sentence_of(pos)):
            # في اليوم التالي للاقتراع after الانتخابات التي جرت يوم الأحد: one happening, two
            # nouns; a day the anchor's own sentence named is nearer (الجولة الأولى التي جرت في 25
            # نوفمبر، ثم أعلن استقالة حكومته غداة الاقتراع, after the runoff's انتخابات)
            day = next((self._event_days[other] for a in tokens[k].analyses if not a.enc and (a.definite or not a.prep)
                        for other in LEXICON.anchor_event_synonyms.get(a.stem, ()) if other in self._event_days), None)
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if day is None and nxt is not None and text[tokens[k].nend:nxt.nstart] == " " \
                and any(a.stem in LEXICON.anchor_event_nouns for a in tokens[k].analyses if not a.enc):
            # لإعلان الاستقلال: an undated event noun before the one the text dated
            return next((self._event_days[a.stem] for a in nxt.analyses
                         if a.stem in self._event_days and a.definite and not a.enc), None)
        if day is not None and nxt is not None and text[tokens[k].nend:nxt.nstart] == " " \
                and nxt.form.startswith(CLITICS.article):
            # من القمة العربية الإسلامية التي عقدت ...: a summit named further, maybe another one
            return None
        return day

    def clause_event_day(self, found: Found) -> dt.date | None:
        """Rule clock_at_event: the day the text dated the event noun a clock's clause names
        before it (``ويوم الاقتراع العام، تفتح المراكز أبوابها في السابعة صباحا``), else ``None``."""
        if not self._event_days:
            return None
        text = self.norm.text
        here = self.sentence_of(found.start)
        for match in reversed(list(LEXICON.anchor_event_re.finditer(text, max(0, found.start - _CLOCK_REACH),
                                                                    found.start))):
            day = self._event_days.get(match.group("noun"))
            if day is not None and self.sentence_of(match.start()) == here:
                return day
        return None

    def await_event(self, found: Found, shift: int) -> None:
        """Note an anchor whose event noun follows it, not dated before (``في اليوم التالي
        لمحاولة اغتياله في 14 أكتوبر 1994``): a day right after it in its clause dates it
        (:meth:`settled`)."""
        text, tokens = self.norm.text, self.doc.tokens
        k = self.doc.token_range((self.norm.span(found.end, found.end + 1)[0], len(self.doc.text))).start
        if k < len(tokens) and tokens[k].nstart < found.end + 3 and not text[found.end:tokens[k].nstart].strip() \
                and any(a.prep and a.stem in LEXICON.anchor_event_nouns for a in tokens[k].analyses):
            self._awaiting = (shift, found.end)

    def settled(self, anchor: Timex, found: Found, timex: Timex | None) -> Timex | None:
        """The anchor noted by :meth:`await_event` moved from the day ``timex`` (the expression
        right after it in its clause) gives its event; ``None`` when that is not such a day."""
        if self._awaiting is None:
            return None
        shift, end = self._awaiting
        self._awaiting = None
        gap = self.norm.text[end:found.start]
        # a comma may close a relative clause the day ends (لتوقيع الاتفاق الذي أبرم في إسطنبول، الجمعة)
        marks = gap.rstrip()[:-1] if gap.rstrip().endswith(",") and LEXICON.relative_re.search(gap) else gap
        if timex is None or timex.grain != "day" or timex.earliest is None or len(gap) > _DAY_AFTER \
                or any(mark in marks for mark in ",.;:\n"):
            return None
        return V.day_timex(anchor, timex.earliest.date() + dt.timedelta(days=shift), {}, "narrative")

    def _spanned(self, lo: int, hi: int) -> bool:
        """An expression found lies between normalized offsets ``lo`` and ``hi`` (``اليوم الخميس
        غداة اتفاق``: the noun is غداة's event, not the date's)."""
        k = bisect.bisect_left(self._spans, (lo, -1))
        return k < len(self._spans) and self._spans[k][0] < hi

    def _measured_from(self, pos: int) -> bool:
        """The word before normalized offset ``pos`` is ``من``/``على`` (``يوم 5 يناير قبل أسبوع من
        الافتتاح``): the noun there is what a count is measured from, not the date's event."""
        text = self.norm.text
        start = text.rfind(" ", 0, max(0, text.rfind(" ", 0, pos))) + 1 if text[pos - 1:pos] == " " else pos
        match = LEXICON.measure_re.match(text, start)
        return match is not None and text[match.end():pos].strip() == ""

    def _note_events(self, found: Found, day: dt.date, stated: bool = False) -> None:
        """Date the event noun the text names before ``found`` in its sentence as the
        antecedent of a relative clause (``الزلزال الذي ضرب ... يوم السبت 7 أكتوبر``), and those
        inside it (``بعيد الميلاد``: ``عيد``)."""
        text, nouns = self.norm.text, LEXICON.anchor_event_re
        for match in nouns.finditer(text, found.start, found.end):
            self._event_days[match.group("noun")] = day
        for match in nouns.finditer(text, max(0, found.start - _NOUN_REACH), found.end + _NOUN_AFTER):
            # rule clause_event: دارت المعركة يوم 4 يوليو 1187؛ يتوجه الناخبون الأحد 18 أيار إلى
            # صناديق الاقتراع: the event noun a few words from a day the text states, in its
            # clause (no mark between), is dated by it (not by a clock on the DCT's day)
            gap = text[match.end():found.start] if match.end() <= found.start else text[found.end:match.start()]
            if stated and (match.end() <= found.start or match.start() >= found.end) \
                    and len(gap.split()) <= _CLAUSE_WORDS and LEXICON.clause_re.search(gap) is None \
                    and LEXICON.relative_re.search(gap) is None and not self._measured_from(match.start()) \
                    and not self._spanned(min(match.start(), found.end), max(match.end(), found.start)):
                self._event_days[match.group("noun")] = day
        if self._relatives is None:
            self._relatives = [m.start() for m in LEXICON.relative_re.finditer(text)]
        k = bisect.bisect_left(self._relatives, found.start) - 1
        if k < 0 or self._relatives[k] < found.start - _EVENT_REACH:
            return
        pronoun = self._relatives[k]
        if self.sentence_of(pronoun) != self.sentence_of(found.start) or pronoun in self._clauses_dated:
            return
        # the relative clause's own date is the first after its pronoun (الزلزال الذي ضرب ... فجر
        # أمس الاثنين ... وفق إحصائية صباح اليوم: Monday's dawn, not the paper's morning)
        self._clauses_dated.add(pronoun)
        # the antecedent ends right before the pronoun, or one word before (الزلزال المدمر الذي)
        for match in nouns.finditer(text, max(0, pronoun - _NOUN_REACH), pronoun):
            if len(text[match.end():pronoun].split()) <= 1:
                self._event_days[match.group("noun")] = day
                # مباراة السوبر، التي: the word naming the event after its noun is dated too
                for i in self.doc.token_range(self.norm.span(match.end(), pronoun)):
                    for a in self.doc.tokens[i].analyses:
                        if a.definite and not a.enc and a.stem.isalpha():
                            self._event_days.setdefault(a.stem, day)
