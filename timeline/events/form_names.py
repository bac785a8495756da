"""Speakers outside the gazetteer that a saying form holds where the speaker reader does not
look: a name filling the gap of a form ("ورد ماسك على القرار"، "رفض تشيروما النتائج"), a
bare name opening a title's second half after و ("وديوكانوفيتش يقر بالهزيمة") and a plural
subject right after the verb ("ورفض أنصار أولي قرار الحل"، "ورفض المحتجون دعوة")."""

from __future__ import annotations

from .actors import ActorHit
from .context import Context
from .match import Match
from .verb_forms import FUNCTION_WORDS


class FormNames(Context):
    """The names a saying form holds in its gap or a title puts before its verb."""

    def title_name(self, m: Match) -> ActorHit | None:
        """A title's subject outside the gazetteer, one word of a name's shape right before its
        verb after و, opening the title's second half ("ميلاتوفيتش يحقق فوزا.. وديوكانوفيتش يقر
        بالهزيمة"): the conjunction marks the word as a new subject, not the first half's object."""
        i = m.first - 1
        if i < 0 or m.hit.pos != "verb" or not self.text.joinable[i] or i in self.actor_tokens \
                or i in self.timex_tokens or i in self.trigger_tokens:
            return None
        reading = next((a for a in self.text.tokens[i].analyses if a.conj and not a.prep and not a.enc
                        and not a.definite), None)
        stops = self.words("stop_words")
        if reading is None or reading.stem in stops or len(reading.stem) < 3 \
                or (i > 0 and self.text.joinable[i - 1]):
            return None  # no و, a function word, or a word inside the first half's phrase
        tok = self.text.tokens[i]
        start = tok.start + len(reading.conj)
        return ActorHit(i, i, start, tok.end, "~" + reading.stem, "person", self.text.original[start:tok.end],
                        unlisted=True, prefix=reading.conj, conj=reading.conj)

    def gap_name(self, m: Match) -> ActorHit | None:
        """A person outside the gazetteer filling the gap of verb form ``m`` ("رد * على"،
        "رفض * النتائج"): one or two words of a name's shape right after the verb, none a
        listed actor, a date, a function or stop word, a definite or governed noun, then the
        form's next word; the speaker reader looks after a form's last word, its object here."""
        toks, stops = self.text.tokens, self.words("stop_words") | self.words("gap_not_names")
        i = m.first + 1
        while i < m.last and i - m.first <= 2:
            form = toks[i].form
            if form in stops or form.isdigit() or len(form) < 3 or self.articled(i) or i in self.actor_tokens \
                    or i in self.timex_tokens or not toks[i].analyses[0].bare or self.governed(i) \
                    or self.that_word(i) or not self.text.joinable[i - 1]:
                break
            i += 1
        if i == m.first + 1 or not self.text.joinable[i - 1] or (i < m.last and toks[i].form not in stops):
            return None  # no name, a comma after it, or more words than a name's before the form goes on
        start, end = toks[m.first + 1].start, toks[i - 1].end
        key = "~" + "_".join(toks[j].form for j in range(m.first + 1, i))
        return ActorHit(m.first + 1, i - 1, start, end, key, "person", self.text.original[start:end], unlisted=True)

    def group_subject(self, m: Match) -> ActorHit | None:
        """A plural subject outside the gazetteer right after saying verb ``m``: a
        ``group_heads`` word ("أنصار"، "قادة"، "المحتجون") and at most three words of what it is
        of after it ("أنصار أولي"، "قادة الأحزاب الخمسة"، "الوزراء المنشقون"), ending before a
        comma, a date, a listed actor, a function or stop word or a ``group_stops`` or
        ``refused_offers`` word: the group speaks. A ``count_heads`` word or a number and من
        may open it ("ورفض ثلاثة من نواب اليسار")."""
        toks = self.text.tokens
        i = m.last + 1
        # "ورفض ثلاثة من نواب اليسار"، "رفضت أربعة من أعضاء اللجنة": a count of the group
        first = i
        if i + 2 < len(toks) and (self.is_word(i, "count_heads") or toks[i].form.isdigit()) \
                and self.is_word(i + 1, "origin") and self.text.joinable[i] and self.text.joinable[i + 1]:
            i += 2
        if m.hit.pos != "verb" or i >= len(toks) or not self.text.joinable[m.last] or not self.is_word(i, "group_heads") \
                or i in self.actor_tokens or i in self.timex_tokens:
            return None
        stops = self.words("stop_words") | self.words("group_stops") | self.words("refused_offers") | FUNCTION_WORDS
        j = i
        while j + 1 < len(toks) and j - i < 3 and self.text.joinable[j] and toks[j + 1].form not in stops \
                and j + 1 not in self.timex_tokens and j + 1 not in self.actor_tokens and j + 1 not in self.trigger_tokens \
                and not toks[j + 1].form[:1].isdigit():
            j += 1
        start, end = toks[first].start, toks[j].end
        key = "~" + "_".join(toks[k].form for k in range(i, j + 1))
        return ActorHit(first, j, start, end, key, "group", self.text.original[start:end], unlisted=True)
