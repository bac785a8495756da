"""Statements that go on one told before (the same speaker in the next sentence, a noun naming
what that speaker said), and the meetings a speaker chairs, whose words stay statements of
their own."""

from __future__ import annotations

import bisect

import attrs

from .actors import ActorHit
from .context import CONTACT_TYPES, Candidate, Context
from .lexicon import ARTICLE
from .speakers import Speakers

#: How many words a chairing word may stand before a meeting's word ("لدى إشرافه مساء اليوم
#: الثلاثاء على اجتماع") or after it ("اجتماع استثنائي للمجلس الأعلى للأمن ترأسه الرئيس").
CHAIR_BEFORE, CHAIR_AFTER = 6, 8
#: How many sentences after a statement a noun naming its speaker's statement names it again.
TOLD_SENTENCES = 3
#: How many words after a saying verb a speech noun may frame it ("وقال بن بريك، في كلمته").
SPEECH_REACH = 6


def chaired(ctx: Context, c: Candidate) -> bool:
    """Whether meeting ``c`` is one its speaker chairs or presides over (``chairing``: "وترأس
    ماكرون اجتماعا لخلية الأزمة"، "خلال ترؤسه اجتماعا"، "اجتماع ... ترأسه الرئيس"، "في
    اجتماعه ... برئاسة"): what is said there is a statement of its own beside the meeting,
    not part of it as in talks between parties (the convention of speakers round 5). The
    chairing word lies in the meeting's sentence with no other trigger between them."""
    if c.type != "meeting":
        return False
    m, sentence = c.match, ctx.text.token_range(ctx.sentence(c.start))
    hits = ctx.positions("chairing")[0]
    k = bisect.bisect_left(hits, max(sentence.start, m.first - CHAIR_BEFORE))
    while k < len(hits) and hits[k] <= min(sentence.stop - 1, m.last + CHAIR_AFTER):
        i = hits[k]
        lo, hi = (i + 1, m.first) if i < m.first else (m.last + 1, i)
        if not m.first <= i <= m.last and not any(j in ctx.trigger_tokens for j in range(lo, hi)):
            return True
        k += 1
    return False


def speech_framed(ctx: Context, c: Candidate) -> bool:
    """Whether saying verb ``c`` is framed as a speech (``address_nouns``) at most
    :data:`SPEECH_REACH` words after it ("وقال بن بريك، في كلمته خلال الاجتماع"، "وقال في كلمة
    ألقاها خلال الاجتماع"): a speech delivered at a meeting is a statement of its own, as one
    delivered in a visit is, not words of the talks (references round 6)."""
    if c.type != "statement" or c.match.hit.pos != "verb":
        return False
    stop = min(c.match.last + 1 + SPEECH_REACH, ctx.text.token_range(ctx.clause(c.start)).stop)
    return any(ctx.is_word(i, "address_nouns") for i in range(c.match.last + 1, stop))


class Continuations(Speakers):
    """Statements folded into the one they go on."""

    def fold_continuations(self, cands: list[Candidate]) -> list[Candidate]:
        """A statement whose speaker the sentence before gave ("... وقال لافروف إن ... . وأضاف
        أن ...") goes on with that statement: its words become a further mention of it, not a
        statement of its own (nor one at all when the sentence before reported another event).
        So does one whose sentence opens by naming that speaker again ("وأوضح لعمامرة أن"),
        right after that speaker's statement (:meth:`named_on`).
        """
        out: list[Candidate] = []
        last: dict[str, int] = {}  # speaker key -> index in out of its latest statement
        said = -1  # index in out of the latest statement
        unlisted: dict[str, ActorHit] = {}  # first word of an unlisted speaker's key -> that speaker
        for c in cands:
            if c.type == "statement" and c.speaker:
                c = self.head_named_again(c, unlisted)
                if said >= 0:
                    c = self.state_body(out[said], c)
                    if self.issued_by_its_body(out[said], c):
                        # "أدانت المملكة الأردنية ... . وجاء في بيان أصدرته وزارة الخارجية أمس أن":
                        # one statement, keyed by the body that issued it
                        p, body = out[said], c.speaker[0]
                        out[said] = attrs.evolve(p, speaker=(body,), echoes=p.echoes + ((c.start, c.end),) + c.echoes,
                                                 actors=tuple(body if x is p.speaker[0] else x for x in p.actors))
                        last[body.key] = said
                        continue
                key = c.speaker[0].key
                self.spokesman_named(c.speaker[0], unlisted)
                if c.speaker[0].unlisted and "_" in key and key.startswith("~"):
                    unlisted.setdefault(key[1:].split("_")[0], c.speaker[0])
                    if c.speaker[0].kind == "person":
                        # "قال حاكم ولاية هاواي جوش غرين ... . وأضاف غرين": its name's last word
                        unlisted.setdefault("_" + key.rsplit("_", 1)[1], c.speaker[0])
                k = last.get(key)
                if c.speaker[0].start < self.sentence(c.start)[0]:
                    if k is not None:
                        out[k] = attrs.evolve(out[k], echoes=out[k].echoes + ((c.start, c.end),) + c.echoes)
                        continue
                    before = self.text.sentence_of(c.speaker[0].start)
                    if self.joint_between(c.match.first - 1, self.text.token_range(self.clause(c.start)).stop):
                        pass  # "وأكد البيان الختامي": the parties' own text, not words of the talks
                    elif c.speaker[0].first in self.sayers or (not speech_framed(self, c) and any(
                            x.type in CONTACT_TYPES and self.text.sentence_of(x.start) == before and not chaired(self, x)
                            for x in cands)):
                        continue  # (what was said went into another event: a call or a meeting;
                        # not a meeting the speaker chaired: "وترأس الكاظمي اجتماعاً ... . وقال في كلمة")
                    # "وكان الراعي قد شارك في الجنازة. وقال في عظته": words of their own
                if k is not None and ((k == said and self.named_on(out[k], c)) or self.names_told(out[k], c)):
                    # "وقال وزير الخارجية رمطان لعمامرة ... . وأوضح لعمامرة أن": the same words;
                    # "وحذر غروسي في رسالة ... . وتضمنت الرسالة التي وجهها غروسي": named again
                    out[k] = attrs.evolve(out[k], echoes=out[k].echoes + ((c.start, c.end),) + c.echoes)
                    continue
                last[key] = said = len(out)
            out.append(c)
        return out

    def spokesman_named(self, a: ActorHit, unlisted: dict[str, ActorHit]) -> None:
        """Record the name that runs on after speaker ``a``'s phrase ("قال المتحدث باسم حكومة
        إقليم كردستان جوتيار عادل، في مؤتمر صحفي": the body's spokesman), by its last word, as
        ``a`` named again: "وأوضح عادل" goes on with the body's statement."""
        tail = self.name_runs_on(a)
        if tail.last > a.last:
            unlisted.setdefault("_" + tail.key.rsplit("_", 1)[1], a)

    def state_body(self, p: Candidate, c: Candidate) -> Candidate:
        """Statement ``c`` of a bare body with no state ("وجاء في بيان أصدرته وزارة الخارجية"),
        told in the sentence of statement ``p`` or the one after it, with ``p`` told by a verb
        (not a noun naming another's statement) and its speaker a state or one of its bodies:
        keyed as that state's body of those words when the gazetteer lists one (``jordan:mfa``:
        :meth:`~.principals.Principals.state_offices`)."""
        a, b = c.speaker[0], p.speaker[0] if len(p.speaker) == 1 else None
        if len(c.speaker) != 1 or b is None or not a.unlisted or a.kind == "person" or a.country \
                or not a.key.startswith("~"):
            return c
        told = max([p.start] + [x for x, _ in p.echoes if x < c.start])
        if not 0 <= self.text.sentence_of(c.start) - self.text.sentence_of(told) <= 1:
            return c
        state = b.key if b.kind == "country" else b.country
        if p.match.hit.pos != "verb":
            return c  # ("رحبت المملكة ... بإعلان الولايات المتحدة ...، وقالت وزارة الخارجية": not the
            # state whose statement a noun names)
        office = self.state_offices().get(a.key[1:])
        key = f"{state}:{office}"
        if state is None or office is None or key not in self.text.lexicon.names:
            return c
        body = attrs.evolve(a, key=key, kind="organization", country=state, unlisted=False)
        return attrs.evolve(c, speaker=(body,), actors=tuple(body if x is a else x for x in c.actors))

    def issued_by_its_body(self, p: Candidate, c: Candidate) -> bool:
        """Whether statement ``c``, a document framed as the sentence's subject ("وجاء في بيان
        أصدرته وزارة الخارجية أمس أن"), is the statement ``p`` of the sentence before, issued by
        one of the same state's bodies ("أدانت المملكة الأردنية الهاشمية ...")."""
        if len(c.speaker) != 1 or len(p.speaker) != 1 or p.speaker[0].kind != "country" \
                or c.speaker[0].country != p.speaker[0].key or c.speaker[0].kind == "country":
            return False
        told = max([p.start] + [x for x, _ in p.echoes if x < c.start])
        return self.text.sentence_of(c.start) - self.text.sentence_of(told) == 1 and \
            self.is_word(c.match.first - 1, "ref_frames")

    def head_named_again(self, c: Candidate, unlisted: dict[str, ActorHit]) -> Candidate:
        """Statement ``c`` whose speaker is a bare definite head ("وقال القصر في بيانه") with
        the unlisted speaker an earlier statement named by that head in full ("أعلن قصر
        باكنغهام ... أن") as its speaker: the same body named again; likewise a one-word unlisted
        person who is the last word of an earlier unlisted speaker's name ("وأضاف غرين")."""
        a = c.speaker[0]
        if len(c.speaker) != 1 or not a.unlisted or "_" in a.key:
            return c
        if a.key[1:].startswith(ARTICLE):
            full = unlisted.get(a.key[1 + len(ARTICLE):])
        else:  # a name's last word ("وأضاف غرين" after "حاكم ولاية هاواي جوش غرين"), or the
            # first word of a person's name with no title ("وقال تيدروس" after "تيدروس أدهانوم")
            full = unlisted.get("_" + a.key[1:]) if a.kind == "person" else None
            first = unlisted.get(a.key[1:]) if a.kind == "person" and full is None else None
            full = first if first is not None and first.kind == "person" else full
        if full is None:
            return c
        again = attrs.evolve(full, first=a.first, last=a.last, start=a.start, end=a.end, name=a.name)
        return attrs.evolve(c, speaker=(again,), actors=tuple(again if x is a else x for x in c.actors))

    def names_told(self, p: Candidate, c: Candidate) -> bool:
        """Whether statement ``c``, named by a noun with its speaker ("الرسالة التي وجهها
        غروسي"، "تصريحات بايدن"), names statement ``p`` of the same speaker told before it:
        within :data:`TOLD_SENTENCES` sentences of ``p``'s latest mention, with no time
        expression of its sentence to give it a day of its own; one that is what another
        statement of its clause is about ("وندد فقي في بيان أمس بتصريحات سعيد") takes none of its
        sentence's days, which are that statement's."""
        if not c.match.data.get("names_statement") or self.in_title(p.start) or self.in_title(c.start):
            return False
        k = self.text.sentence_of(c.start)
        told = max([p.start] + [a for a, _ in p.echoes if a < c.start])
        if not 0 <= k - self.text.sentence_of(told) <= TOLD_SENTENCES:
            return False
        if self.is_word(c.match.first - 1, "ref_frames"):
            return True  # "وتأتي كلمة الدبيبة غداة القرار الذي اتخذه مساء الأحد": the frame's dates are context
        lo = self.text.token_range(self.clause(c.start)).start
        firsts = self.statement_trigger_firsts()
        j = bisect.bisect_left(firsts, lo)
        if j < len(firsts) and firsts[j] < c.match.first - 1:
            return True
        return not any(i in self.timex_tokens for i in self.text.token_range(self.sentence(c.start)))

    def statement_trigger_firsts(self) -> list[int]:
        """The first tokens of the statement triggers, sorted (computed once per article)."""
        found = getattr(self, "_statement_trigger_firsts", None)
        if found is None:
            found = sorted({t.first for t in self.text.matches
                            if t.category == "trigger" and t.data.get("type") == "statement"})
            self._statement_trigger_firsts = found
        return found

    def named_on(self, p: Candidate, c: Candidate) -> bool:
        """Whether statement ``c`` goes on statement ``p`` of the same speaker, named again: its
        verb opens the sentence right after ``p``'s (or after its latest mention) and no time
        expression before what is said gives it a day of its own."""
        if c.match.hit.pos != "verb" or c.match.first != self.first_token(self.text.sentence_of(c.start)) \
                or self.in_title(p.start):
            return False  # (a title's statement is folded into the body's, not the other way round)
        k = self.text.sentence_of(c.start)
        told = max([p.start] + [a for a, _ in p.echoes if a < c.start])
        if k - self.text.sentence_of(told) != 1:
            return False
        for i in self.text.token_range(self.sentence(c.start))[c.match.last - c.match.first + 1:]:
            if self.is_word(i, "report_that"):
                return True  # ("وأوضح لعمامرة أن القرار يسري اعتبارا من اليوم": the words' date)
            if i in self.timex_tokens:
                return False  # "وقال لعمامرة اليوم": another day's words
        return True
