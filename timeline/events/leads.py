"""The article's lead event as the happening a definite noun counted from by hours names
("واندلعت عشرات الحرائق بعد دقائق من الهزة" after "ضرب زلزال ... فجر اليوم الثلاثاء")."""

from __future__ import annotations

import bisect

from ..model import Timex
from .context import Candidate, Context

__all__ = ["LEAD_SENTENCES", "Leads"]

#: How many sentences from the article's first one its lead event may open (a title, the lead).
LEAD_SENTENCES = 2


class Leads(Context):
    """The lead an offset of hours falls back to (a mixin of :class:`.offsets.Offsets`)."""

    def lead_of(self, anchor: int, cands: list[Candidate], me: int, t: Timex | None) -> int | None:
        """The index of the article's lead event when the offset ``t`` counts hours or minutes
        from a bare definite noun at token ``anchor`` (:meth:`bare_definite`) that no event of its
        kind told before dates ("وقال أشكروفت بعد ساعات من الإعدام"): the noun names a happening
        the reader knows, within hours, and the story's is the one its lead tells. The lead: the
        first event, no saying, of the article's first :data:`LEAD_SENTENCES` sentences (a title
        and the first one), told before the noun; ``None`` for a count of days, another noun, or
        when ``me`` is the lead."""
        if t is None or t.reading.get("unit") not in ("hour", "minute") or not self.bare_definite(anchor):
            return None
        k = bisect.bisect_left(self._cand_starts(cands), self.text.tokens[anchor].start)
        if not k:
            return None
        first = self.text.sentence_of(cands[0].start)
        lead = next((j for j in range(k) if cands[j].type != "statement"
                     and self.text.sentence_of(cands[j].start) < first + LEAD_SENTENCES), None)
        return None if lead is None or lead == me else lead

    def bare_definite(self, anchor: int) -> bool:
        """The word at token ``anchor`` is definite and carries no pronoun ("الإطلاق"، "الهزة"), or
        heads a construct the definite noun after it defines ("صدور الحكم"، "رفع الحظر"; not
        "اجتماع للحكومة": a preposition makes no construct)."""
        toks = self.text.tokens
        if any(a.enc for a in toks[anchor].analyses):
            return False
        if any(a.definite for a in toks[anchor].analyses):
            return True
        nxt = anchor + 1
        return nxt < len(toks) and self.text.joinable[anchor] and nxt not in self.timex_tokens \
            and any(a.definite and not a.enc and not a.prep for a in toks[nxt].analyses)
