"""Anchors named by an event the text dated ("غداة الانتخابات"، "بعد يومين من الزلزال"): the
event nouns an article dates as it is resolved, and the day such an anchor names."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable

from ..arabic import Normalized
from ..document import CLITICS
from .engine import Found
from .lexicon import LEXICON

#: a word of the normalized text, and how far back (characters) a dated expression looks for
#: the event nouns it dates
_WORD = re.compile(r"[^\W\d_]+")
_EVENT_REACH = 200
#: how far (characters) before a relative pronoun its antecedent may start
_NOUN_REACH = 40


def _stem(word: str) -> str:
    """``word`` without a conjunction, a preposition and the article (للزلزال -> زلزال)."""
    if word[:1] in CLITICS.conjunctions and len(word) > 4:
        word = word[1:]
    if word.startswith(CLITICS.lam_article):
        return word[len(CLITICS.lam_article):]
    if word[:1] in CLITICS.prepositions and word[1:].startswith(CLITICS.article):
        word = word[1:]
    return word[len(CLITICS.article):] if word.startswith(CLITICS.article) else word


class EventAnchors:
    """The days of the event nouns a resolution pass has met (mixed into its ``Context``)."""

    norm: Normalized
    _event_days: dict[str, dt.date]
    _relatives: list[int] | None

    sentence_of: Callable[[int], int]

    def event_day(self, pos: int) -> dt.date | None:
        """The day the text dated the event named by the word at normalized offset ``pos``
        (``غداة الانتخابات``, ``بعد يومين من الزلزال``), else ``None``; a noun named further by
        a definite word after it (an adjective, a relative pronoun) may be another event."""
        if not self._event_days:
            return None
        text = self.norm.text
        match = _WORD.search(text, pos, pos + 40)
        if match is None or text[pos:match.start()].strip():
            return None
        day = self._event_days.get(_stem(match.group()))
        after = _WORD.match(text, match.end() + 1) if text[match.end():match.end() + 1] == " " else None
        if day is not None and after is not None and after.group().startswith(CLITICS.article):
            # من القمة العربية الإسلامية التي عقدت ...: a summit named further, maybe another one
            return None
        return day

    def _note_events(self, found: Found, day: dt.date) -> None:
        """Date the event noun the text names before ``found`` in its sentence as the
        antecedent of a relative clause (``الزلزال الذي ضرب ... يوم السبت 7 أكتوبر``), and those
        inside it (``بعيد الميلاد``: ``عيد``)."""
        text, nouns = self.norm.text, LEXICON.anchor_event_re
        for match in nouns.finditer(text, found.start, found.end):
            self._event_days[match.group("noun")] = day
        if self._relatives is None:
            self._relatives = [m.start() for m in LEXICON.relative_re.finditer(text)]
        k = bisect.bisect_left(self._relatives, found.start) - 1
        if k < 0 or self._relatives[k] < found.start - _EVENT_REACH:
            return
        pronoun = self._relatives[k]
        if self.sentence_of(pronoun) != self.sentence_of(found.start):
            return
        # the antecedent ends right before the pronoun, or one word before (الزلزال المدمر الذي)
        for match in nouns.finditer(text, max(0, pronoun - _NOUN_REACH), pronoun):
            if len(text[match.end():pronoun].split()) <= 1:
                self._event_days[match.group("noun")] = day
