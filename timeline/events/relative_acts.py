"""Relative acts: the past verb of a relative clause right after an event noun tells that event
again ("حفل توزيع الجوائز، الذي أقيم مساء الأحد"، "فاجعة البحر الميت، التي وقعت عصر أمس
الخميس"، "الغارات التي شنتها واشنطن"): one more mention of the noun's event, its clause's
date the event's."""

from __future__ import annotations

import attrs

from ..arabic import fold
from .actors import PERSONLIKE
from .context import Candidate, Context
from .inflection import read_data
from .predicates import is_predicate
from .verb_forms import FUNCTION_WORDS, MIN_LETTERS, PRESENT_PREFIXES

__all__ = ["RelativeActs"]

#: the endings of a past verb that opens like a present tense ("التي تولت")
_PAST_ENDINGS = tuple(fold(w) for w in read_data("predicates.json")["relative_past_endings"])

#: how many words (a complement of the noun, a comma's clause) may stand between the event
#: noun and the relative pronoun ("لانتخابات مجلس الأمة 2022 التي جرت")
NOUN_REACH = 5
#: how far after the verb the relative clause's own date stands ("الذي أصدره السلطان هيثم بن
#: طارق مساء أمس الاثنين"): a relative clause with no date is left as it was
DATE_REACH = 8


class RelativeActs(Context):
    """Mixin of :class:`~timeline.events.candidates.Candidates`: relative clauses as echoes."""

    def relative_echoes(self, cands: list[Candidate]) -> list[Candidate]:
        """``cands`` with each noun trigger's relative clause added as an echo: a relative
        pronoun within ``NOUN_REACH`` words after the noun, in its sentence, with no person and
        no other trigger between (a year of its name may: "انتخابات 2022 التي جرت"), then a
        past verb that is no trigger of its own (its own entry reads it then) and a date of
        its own within ``DATE_REACH`` words after it. Linear."""
        tokens = self.text.tokens
        out = list(cands)
        for k, c in enumerate(out):
            m = c.match
            if is_predicate(m) or m.hit.pos != "noun":
                continue
            stop = self.text.token_range(self.sentence(m.start)).stop
            for j in range(m.last + 1, min(stop - 1, m.last + 1 + NOUN_REACH)):
                if j in self.trigger_tokens:
                    break
                if not self.is_word(j, "relatives"):
                    continue
                v = j + 1
                if v in self.trigger_tokens or v in self.timex_tokens or not _past_verb(tokens[v].analyses) \
                        or any(a.kind in PERSONLIKE for a in self.actors_in((tokens[m.last].end, tokens[j].start))):
                    break
                if not any(t in self.timex_tokens for t in range(v + 1, min(stop, v + 1 + DATE_REACH))):
                    break  # undated, it adds no date and may widen the event's ("التي شهدت فوز")
                out[k] = attrs.evolve(c, echoes=c.echoes + ((tokens[j].start, tokens[v].end),))
                break
        return out


def _past_verb(analyses) -> bool:
    """Whether a word right after a relative pronoun reads as a past verb: no article nor
    preposition, no particle or copula (``function_words``), no present tense (a present
    prefix with no past ending of ``relative_past_endings``: "التي تضم" is a state, "التي
    جرت" and "التي تولت" acts)."""
    for a in analyses:
        stem = a.stem
        if a.prep or a.definite or stem in FUNCTION_WORDS or len(stem) < MIN_LETTERS or stem[:1].isdigit():
            return False
    stem = analyses[0].stem if analyses else ""
    return bool(stem) and not (stem.startswith(PRESENT_PREFIXES) and not stem.endswith(_PAST_ENDINGS))
