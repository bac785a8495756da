"""Tests of a time expression against a trigger (a mixin of :class:`.dating.Dating`): a verb
coordinated right after it, a plan or deadline ahead, "منذ" before it, an "after" cue, a clause
opener or a complementizer between them, a date of the saying, a quotation apart."""

from __future__ import annotations

import bisect

from ..model import Timex, calendar_day
from .context import Candidate, Context

#: How many quotations back from the last one opened before a time expression are looked at for
#: the one that holds it (quotations nest shallowly).
QUOTE_DEPTH = 4


class DateCues(Context):
    """What stands between a time expression and a trigger (a mixin of :class:`.dating.Dating`)."""

    def joined_after(self, t: Timex, clause: list[Candidate]) -> Candidate | None:
        """The verb coordinated right after time expression ``t`` ("يوم الثلاثاء وكلفتها") when
        a verb of the same clause stands before ``t``: the date is that earlier verb's."""
        k = self.text.token_at(t.end - 1) + 1
        after = next((c for c in clause if c.match.first == k), None)
        if after is None or after.match.hit.pos != "verb" or after.match.conj not in self.words("coordinator"):
            return None
        return after if any(c.match.hit.pos == "verb" and c.end <= t.start for c in clause) else None

    def later_plan(self, c: Candidate, t: Timex) -> bool:
        """``t`` begins after the publication day and stands in a clause that ``أن`` opens
        after ``c``'s trigger ("توصلتا إلى اتفاق ...، على أن يبدأ سريانه يوم الأحد المقبل"):
        the date of what is planned, not of ``c``; so is a span running ahead from the
        publication day ("قبلتا المقترح، على أن ينسحب الجيش خلال ستين يوماً")."""
        published = self.article.published
        if published is None or t.start < c.end:
            return False
        dct = calendar_day(published)
        ahead = t.type == "DURATION" and t.latest is not None and t.latest.date() > dct
        if t.earliest.date() <= dct and not ahead:
            return False
        return self.first_word_from("complementizers", c.match.last + 1, self.text.token_at(t.start)) is not None

    def until_ahead(self, t: Timex) -> bool:
        """``t`` lies after the publication day right after an ``until`` word ("تكليف محمد
        البشير برئاسة حكومة تصريف أعمال حتى الأول من مارس المقبل"): the end of the term or
        deadline the act opens, not its date (asked only of an act not planned)."""
        published = self.article.published
        if published is None:
            return False
        dct = calendar_day(published)
        first = self.text.token_at(t.start)
        return t.earliest.date() > dct and first > 0 and self.is_word(first - 1, "until")

    def since_date(self, t: Timex) -> bool:
        """``منذ`` shortly before ``t`` with no trigger between ("منذ ربيع 2022"، "منذ بدء
        تسجيل البيانات عام 1949"): when a state began. ("منذ اندلاع الحرب في 24 فبراير" dates
        the outbreak.)"""
        first = self.text.token_at(t.start)
        if any(j in self.trigger_tokens for j in range(first, self.text.token_at(t.end - 1) + 1)):
            return False  # "منذ هجوم السابع من أكتوبر": the expression names the event it dates
        clause = self.clause(t.start)
        for j in range(first - 1, max(first - 6, -1), -1):
            if self.text.tokens[j].start < clause[0] or j in self.trigger_tokens:
                return False
            if self.is_word(j, "since"):
                return True
        return False

    def after_cue_between(self, t: Timex, c: Candidate, own_clause: bool = False) -> bool:
        """An "after" cue (إثر، بعد، عقب) between time expression ``t`` and a later trigger;
        ``own_clause``: in that trigger's clause ("زار ... أمس الخميس ...، بعد يومين من تدمير
        السد، وترأس اجتماعا": the offset phrase ends before the second verb's clause)."""
        lo = self.text.token_at(t.end - 1) + 1
        for name in ("after_next", "response_next"):
            for cue in self.cues_from(name, lo):
                if cue.first > c.match.first:
                    break
                if own_clause and self.text.clause_of(cue.start) != self.text.clause_of(c.start):
                    continue
                if cue.last < c.match.first:
                    return True
                break
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

    def told_apart(self, cand: Candidate, t: Timex) -> bool:
        """A complementizer or a clause opener stands between ``cand``'s trigger and ``t``."""
        lo, hi = sorted((self.text.token_at(cand.start), self.text.token_at(t.start)))
        return any(self.first_word_from(name, lo, hi) is not None for name in ("complementizers", "clause_openers"))

    def quoted_apart(self, t: Timex, cand: Candidate) -> bool:
        """``t`` stands in a quotation with no event word that ``cand`` stands outside of: the
        speaker's words ("«لن تكون بعد اليوم دولة فاشلة»"), not when something happened (a quoted
        "«توفي عند الساعة 9:34»" still dates the death announced outside it)."""
        if not self.text.in_quote(t.start) or self.text.in_quote(cand.start):
            return False
        quotes = self.text.doc.quotes
        k = bisect.bisect_left(self.text.doc._quote_starts, t.start) - 1
        # the innermost quotation holding ``t`` starts last; nesting is shallow
        quote = next((quotes[j] for j in range(k, max(k - QUOTE_DEPTH, -1), -1) if quotes[j][1] > t.start), None)
        if quote is None:
            return False
        told = getattr(self, "_quote_told", None)
        if told is None:
            told = self._quote_told = {}
        if quote not in told:  # once per quotation: a long one is read once
            told[quote] = any(i in self.trigger_tokens for i in self.text.token_range(quote))
        return not told[quote]
