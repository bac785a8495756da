"""The act a title line tells when no candidate lies in it: its own present-tense verb, or a
further mention of the act the body's first sentence tells (mixed into ``Candidates``)."""

from __future__ import annotations

import attrs

from .context import Candidate
from .verb_forms import same_verb, title_act


class TitleActs:
    def title_fallback(self, out: list[Candidate]) -> list[Candidate]:
        """``out`` with the act of the article's title line in front when no candidate lies in
        it but one told as background ("«تويتر» تنسحب من البورصة بعد استحواذ ماسك") and its
        verb is a present tense no list reads (:func:`.verb_forms.title_act`)."""
        spans = self.headlines()
        # a candidate told as background ("... بعد استحواذ ماسك") is not the title's news
        if not spans or spans[0][0] != 0 or any(c.start < spans[0][1] and not self.told_as_background(c) for c in out):
            return out
        m = title_act(self.text, spans[0], self._lexical_tokens | self.timex_tokens)
        cand = self.candidate(m) if m is not None else None
        if cand is not None:
            return [cand, *out]
        return self.title_of_lead(out, spans[0])

    def title_of_lead(self, out: list[Candidate], span: tuple[int, int]) -> list[Candidate]:
        """``out`` with a title line that reads no act and has no trigger word ("روته في كييف"،
        "إيشيبا رئيساً لوزراء اليابان") made a further mention of the event the body's first
        sentence tells (its first act, else its first event): the title tells the article's
        news. Left as it is when that sentence tells none, or the line is a quotation, a
        question, a dateline or not set apart by a blank line. A title with a trigger word used
        in another sense tells its own news, unless its verb or its entry is the lead act's
        (:meth:`title_verb_act`): then it is a mention of that act."""
        line = self.article.text[span[0]:span[1]].strip()
        verb = None
        if any(span[0] <= t.start < span[1] for t in self.text.matches if t.category == "trigger"):
            # a word of the lexicon the title uses in another sense: its own news, unless the
            # title's verb is the lead's act's ("النيابة تأمر بالتحقيق" over "أمر النائب العام")
            verb = self.title_verb_act(out, span)
            if verb is None:
                return out
        if any(self.text.doc.in_dateline(i) for i in range(span[0], span[1])) \
                or not self.article.text[span[1]:span[1] + 2].startswith("\n\n"):
            return out  # "القاهرة (أ ش أ)" over the body: a dateline line; a title stands apart
        if not line or line[-1] in "?\u061f" or self.text.in_quote(span[0] + len(self.article.text[span[0]:span[1]])
                                                                   - len(self.article.text[span[0]:span[1]].lstrip())):
            return out
        body = next((c.start for c in out if c.start >= span[1]), None)
        if body is None:
            return out
        first = self.text.sentence_of(body)
        if self.text.sentence_of(span[1] + 1 if span[1] + 1 < len(self.article.text) else span[1]) > first:
            return out  # the body's first sentence tells nothing
        lead = [j for j, c in enumerate(out) if c.start >= span[1] and self.text.sentence_of(c.start) == first]
        if not lead:
            return out
        j = verb if verb is not None else next((j for j in lead if out[j].type != "statement"), lead[0])
        start = span[0] + len(self.article.text[span[0]:span[1]]) - len(self.article.text[span[0]:span[1]].lstrip())
        end = span[0] + len(self.article.text[span[0]:span[1]].rstrip())
        out = list(out)
        out[j] = attrs.evolve(out[j], echoes=out[j].echoes + ((start, end),))
        return out

    def title_verb_act(self, out: list[Candidate], span: tuple[int, int]) -> int | None:
        """The candidate of the body's first sentence told by the verb of a title word
        (:func:`.verb_forms.same_verb`) or by a trigger of the entry of the title's first or
        second word (the title's "مذكرة توقيف" rejected for want of a verb, the body's held),
        when one is; None otherwise."""
        words = [self.text.tokens[i].form for i in self.text.token_range(span)]
        # a trigger that opens the title, or follows a one-word subject, names its news ("مذكرة
        # توقيف ..."، "فيروز تودع نجلها"); one further on may be what the title's act bears on
        # ("الجمهوريون يطعنون في قرار استبعاد ترامب")
        opening = self.text.token_range(span).start
        entries = [t.data for t in self.text.matches if t.category == "trigger" and opening <= t.first <= opening + 1]
        body = next((c.start for c in out if c.start >= span[1]), None)
        if body is None:
            return None
        first = self.text.sentence_of(body)
        # "انتصار كاسح لـ«الديمقراطيين»": a verbless title of a win names the election won
        won = any(self.is_word(i, "win_nouns") for i in (opening, opening + 1))
        for j, c in enumerate(out):
            if c.start < span[1] or self.text.sentence_of(c.start) != first:
                continue
            if any(d is c.match.data for d in entries) or (c.match.hit.pos == "verb" and any(
                    same_verb(w, self.text.tokens[c.match.first].form) for w in words)) \
                    or (won and c.subtype in self.words("won_subtypes")):
                return j
        return None
