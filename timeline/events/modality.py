"""Modality of a trigger: whether what it names happened (negation, irrealis, demands,
reported content, interviews, definiteness of its noun)."""

from __future__ import annotations

import bisect

from ..document.segment import CLITICS
from .context import Context
from .lexicon import ARTICLE
from .match import Match


class Modality(Context):
    """Checks that keep a trigger from reporting an event."""

    def truce_topic(self) -> bool:
        """Whether the article is about a truce: its title names one, or two truce words occur."""
        if self._truce_topic is None:
            words = self.cues("truce_words")
            title_end = self.text.sentences[0][1] if self.text.sentences else 0
            self._truce_topic = len({c.first for c in words}) >= 2 or any(c.start < title_end for c in words)
        return self._truce_topic

    def sequel(self, m: Match) -> bool:
        """Whether trigger ``m`` stands right after a ``sequel_openers`` cue in a past story
        ("وصل ... إلى موسكو، قبل أن يستقبله الرئيس في الكرملين"): an act told before the cue in
        its sentence and no future cue there; a present tense is then an act of its own, as a
        title's is ("ويستقبل الرئيس" in prose is a habit). Indexed once per article."""
        index = getattr(self, "_sequel_index", None)
        if index is None:
            index = self._sequel_index = ({c.last: c for c in self.cues("sequel_openers")},
                                          sorted(c.first for c in self.cues("future")),
                                          sorted(t.first for t in self.triggers))
        ends, future, acts = index
        cue = ends.get(m.first - 1)
        if cue is None:
            return False
        first = self.text.token_range(self.sentence(m.start)).start
        f = bisect.bisect_left(future, first)
        if f < len(future) and future[f] < cue.first:
            return False
        k = bisect.bisect_left(acts, first)
        return k < len(acts) and acts[k] < cue.first

    def negated(self, m: Match, clause: tuple[int, int]) -> bool:
        """A negation right before the trigger ("لم تنسحب") or a multi-word one shortly before
        ("لم يتم التوصل إلى اتفاق")."""
        for c in self.cues_from("negation", m.first - 4):
            if c.first >= m.first:
                break
            if c.start >= clause[0] and c.last < m.first and \
                    (c.last == m.first - 1 or c.last > c.first or self.is_word(c.first, "negation_future")):
                return True
        return self.denied(m, clause)

    def denied(self, m: Match, clause: tuple[int, int]) -> bool:
        """The object of a verb of denial in its clause: "نفى الجيش قصف المستشفى" (a verbal noun
        after the subject), "نفت الحركة أن تكون قد أطلقت صواريخ" (a verb after أن). Not what
        the denial is only about ("نفى مسؤوليته عن الهجوم"، "نفى أي علاقة له بالهجوم": a
        `denial_barriers` word between), not a noun after أن (the subject of what is denied:
        "نفى أن يكون الهجوم من تنفيذه"), not past another trigger."""
        at = self.last_word_before("denial", max(m.first - 12, 0), m.first)
        if at is None or self.text.tokens[at].start < clause[0]:
            return False
        comp = self.last_word_before("complementizers", at + 1, m.first)
        if comp is not None and m.hit.pos != "verb":
            return False
        if self.last_word_before("denial_barriers", at + 1, m.first) is not None:
            return False
        return not any(i in self.trigger_tokens for i in range(at + 1, m.first))

    def agreement_head(self, m: Match, clause: tuple[int, int]) -> bool:
        """An agreement named around the trigger: "الاتفاقات الموقعة حول وقف إطلاق النار" refers
        to the agreements themselves, not to a topic."""
        return any(self.near(name, m, 5, 6, clause) for name in ("agreed_done", "agreed_act"))

    def demanded(self, m: Match, clause: tuple[int, int]) -> bool:
        """A demand or proposal shortly before the trigger in its clause ("دعا إلى عقد قمة")."""
        if self.is_word(m.first - 1, "circumstance"):
            return False  # "اقترح في مكالمة هاتفية": the trigger is the circumstance
        cue = self.near("demand", m, 6, 0, clause)
        if cue is None:
            # "داعياً الطرفين إلى العودة ... وإلى لقاء جديد"، "دعا أرمينيا إلى وقف استفزازاتها
            # والتركيز على مفاوضات السلام": the trigger lies in what the demand asks for
            far = self.near("demand", m, 16, 0, clause)
            if far is not None and far.last < m.first:
                to = self.last_word_before("demand_object", far.last + 1, m.first)
                if to is not None and self.last_word_before("circumstance", to + 1, m.first) is None:
                    cue = far
        return cue is not None and cue.last < m.first

    def irrealis(self, m: Match, clause: tuple[int, int]) -> bool:
        if self.is_word(m.first - 1, "circumstance"):
            return False  # "اقترح في مكالمة هاتفية": the trigger is a circumstance that happened
        cue = self.near("irrealis", m, 4, 0, clause)
        return cue is not None and cue.last < m.first and not self.failed_attempt(cue, m, clause)

    def failed_attempt(self, cue: Match, m: Match, clause: tuple[int, int]) -> bool:
        """Whether irrealis ``cue`` is an attempt told as failed or foiled ("محاولة انقلاب
        فاشلة"، "أحبطت القوات محاولة تسلل"، "فشلت محاولة اقتحام"): the attempt happened, so
        ``m`` is a fact. The outcome stands right before the attempt word or right after ``m``."""
        if not self.is_word(cue.first, "attempt_words"):
            return False
        return self.near("attempt_failed", cue, 2, 0, clause) is not None or \
            self.near("attempt_failed", m, 0, 3, clause) is not None

    def reported(self, m: Match, clause: tuple[int, int]) -> bool:
        """Whether ``m`` follows, in its clause, the "أن" of an earlier verb of saying (not the
        "أن" of a time clause, "بعد أن أكدت المنظمة": a statement told as what came before)."""
        span = self.text.token_range((clause[0], m.start))
        comp = self.last_word_before("complementizers", span.start, span.stop)
        while comp is not None and self.is_word(comp - 1, "offset_heads"):
            comp = self.last_word_before("complementizers", span.start, comp)
        if comp is None:
            return False
        lo = self.text.token_at(self.sentence(m.start)[0])
        if self._saying is None:
            # (a word read as a statement by any of its entries: "وعلّق الكرملين على ... بأن", a
            # suspension's word too)
            self._saying = sorted({t.last for t in self.triggers if t.data["type"] == "statement"}
                                  | {k[1] for k, ms in self.alternates.items() if any(t.data["type"] == "statement" for t in ms)}
                                  | {c.last for c in self.cues("reporting")})
        i = bisect.bisect_left(self._saying, lo)
        return i < len(self._saying) and self._saying[i] < comp

    def interview(self, m: Match) -> bool:
        """A call "with" a quoted name or a medium: a journalist's phone interview."""
        j = m.last + 1
        if not self.is_word(j, "with") or j + 1 >= len(self.text.tokens):
            return False
        return self.text.in_quote(self.text.tokens[j + 1].start) or self.is_word(j + 1, "press")

    def definite(self, m: Match) -> bool:
        """Whether the trigger's first word carries the article ("الهجوم"، "بالهجوم")."""
        if m.prefix.endswith((ARTICLE, CLITICS.lam_article)):
            return True
        return self.token(m.first)[len(m.prefix):].startswith(ARTICLE)
