"""References back to an event already named in the article: which earlier candidate a
definite noun ("الهجوم"، "هذا الاتصال"), or a noun that is no trigger of its own ("وجاء
القرار"، "هذه الخطوة"، "نفذت العملية"), names again.

The words are data (``lexicon/events/references.json``).  A reference becomes a mention (an
echo) of the event it names, never an event of its own, so that what its clause says (the
participants and places of a later outlet's wording) stays with that event.  The antecedent is
chosen by type, recency and foreground: the nearest event of a type the word may name, within
:data:`ANAPHORA_SENTENCES` sentences, preferring an event of the article's news to one told as
its cause or background ("رداً على هجوم"، "بعد اجتماع").  When the nearest candidates are of two
different types the word may name, the reference is left unresolved (never guessed)."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

import attrs

from .context import CONTACT_TYPES, Candidate, Context
from .match import Match
from .predicates import is_predicate
from .verb_forms import FUNCTION_WORDS

#: How many sentences back a reference finds the event it names again.
ANAPHORA_SENTENCES = 3
#: How many words may stand between a background word and the trigger it makes background.
BACKGROUND_REACH = 2
#: How many words before a frame of issuing a word of time order may stand ("بعد ساعات من صدور").
ISSUED_REACH = 5
#: How many words a verb of welcoming, describing or commenting may stand before the act noun it
#: takes ("ورحبت الكويت، في بيان لوزارة خارجيتها الثلاثاء، بالتوقيع").
REACTION_REACH = 16
#: How many words a saying's own date may stand after its verb ("وأعلنت وزارة الداخلية في حكومة
#: الحوثيين، في بيان اليوم الأحد"), as date_cues reads a saying's adverbial date.
SAYING_DATE_REACH = 10
#: How many earlier candidates a reference looks at, nearest first: news has a few dozen per
#: article; the bound keeps a sentence of thousands of triggers linear.
ANAPHORA_CANDIDATES = 200


#: What the subject of a verb of coming may name: an act, not words (a statement is named by
#: its own nouns: "وجاءت كلمة جعجع").
_ACTS = frozenset({"ceasefire", "call", "meeting", "strike", "capture", "other"})


@attrs.frozen
class Span:
    """The tokens ``[first, last]`` and offsets of a word read as a reference."""

    first: int
    last: int
    start: int
    end: int


class References(Context):
    """Reference words -> the candidates they name."""

    def owned_timexes(self, m: Match) -> list:
        """The time expressions of ``m``'s sentence that may date ``m``: those with no other
        trigger between them and ``m`` ("وجاءت الضربات رداً على هجوم ... الأحد الماضي": the
        Sunday is the attack's, not the strikes')."""
        k = self.text.sentence_of(m.start)
        out = []
        for t in self.timexes_in(self.sentence(m.start)):
            if self.text.sentence_of(t.start) != k or (t.end <= m.start and self.saying_date(t)):
                continue
            span = self.text.token_range((t.start, t.end))
            lo, hi = (m.last + 1, span.stop) if t.start >= m.end else (span.start, m.first)
            if not any(i in self.trigger_tokens for i in range(lo, hi)):
                out.append(t)
        return out

    def saying_date(self, t) -> bool:
        """Whether time expression ``t`` dates a saying: it follows a saying verb of its sentence
        by at most :data:`SAYING_DATE_REACH` words, its speaker and no complementizer between ("وأعلنت
        الوزارة، في بيان اليوم الأحد، تشكيل لجنة للتحقيق في الحادث"): the day the words were
        said, not the noun's after it."""
        verbs = getattr(self, "_saying_ends", None)
        if verbs is None:
            verbs = self._saying_ends = sorted(
                x.last for x in self.text.matches if x.category == "trigger"
                and x.data.get("type") == "statement" and x.hit.pos == "verb")
        first = self.text.token_at(t.start)
        j = bisect.bisect_left(verbs, first) - 1
        if j < 0 or first - verbs[j] > SAYING_DATE_REACH or \
                self.text.sentence_of(self.text.tokens[verbs[j]].start) != self.text.sentence_of(t.start):
            return False
        # its speaker between ("وأدانت وزارة الخارجية، في بيان اليوم"): not a verb's homograph
        # ("عبر تقنية التواصل المرئي أمس": via, no saying)
        return any(i in self.actor_tokens for i in range(verbs[j] + 1, first)) and \
            self.first_word_from("complementizers", verbs[j] + 1, first) is None

    def demonstrated(self, m: Match) -> bool:
        """A demonstrative right before ``m`` ("هذا الاتصال"، "هذه الخطوة"), ``m`` the subject of
        a verb that restates a told event ("وجاء اللقاء في ظل ..."، "ويأتي هذا الإعلان بعد"), or
        ``m`` restated by a pronoun (:meth:`restated_by_pronoun`)."""
        before = m.first - 1
        if self.is_word(before, "ref_demonstratives") or self.restated_by_pronoun(m):
            return True
        return self.is_word(before, "ref_frames")

    def told_in_words(self, m: Match) -> bool:
        """Whether act noun ``m`` is what words are about, where it names the act the article
        told (refs5): the subject of reported words ("إن التوقيع «خطوة تاريخية»"، "أن الإفراج
        جاء"), not one to come ("أن التوقيع سيتم") nor a kind of act its complement makes a
        topic ("إن الاستدعاء للتحقيق أمر طبيعي"); the object of a verb of welcoming,
        condemning or describing in its sentence, at most :data:`REACTION_REACH` words before it
        ("ورحبت الكويت ... بالتوقيع"، "ووصفت ... الحكم بأنه"); what a comment is on ("ولم تعلق
        ... على الإفراج": class ``ref_commenting`` and على)."""
        if set(m.data["types"]) == {"statement"}:
            return False  # "وصف نتنياهو ... في كلمة مصورة": the medium of the words, no act
        if self.is_word(m.first - 1, "report_that"):
            # "إن الاستدعاء للتحقيق أمر طبيعي": a complement makes it a kind of act, a topic
            nxt = self.text.tokens[m.last + 1] if m.last + 1 < len(self.text.tokens) else None
            if nxt is not None and any(a.prep for a in nxt.analyses):
                return False
            return self.near("future", m, 0, 2, self.clause(m.start)) is None
        lo, start = max(0, m.first - REACTION_REACH), self.sentence(m.start)[0]
        for name in ("welcomed_verbs", "ref_commenting"):
            at = self.last_word_before(name, lo, m.first)
            if at is None or self.text.tokens[at].start < start or \
                    (name == "ref_commenting" and not self.is_word(m.first - 1, "commented_on")):
                continue
            # "ورحبت ... بقرار العفو، فيما دعت منظمات إلى الإفراج عن": a demand between
            return self.demand_between(at, m.first) is None
        return False

    def demand_between(self, first: int, stop: int) -> Match | None:
        """The first cue of class ``call_for`` after token ``first`` and before ``stop``."""
        for c in self.cues_from("call_for", first + 1):
            return c if c.last < stop else None
        return None

    def restated_by_pronoun(self, m: Match) -> bool:
        """Whether ``m`` stands between a pronoun and a relative word ("، وهي الخطوة التي
        وصفها خصومه"، "، وهو الحكم الذي رحبت به"): the apposition names the act just told,
        in its own sentence too (cue class ``restating_pronouns``)."""
        return m.first > 0 and self.is_word(m.first - 1, "restating_pronouns") and self.is_word(m.last + 1, "relatives")

    def told_as_background(self, c: Candidate | Match) -> bool:
        """Whether ``c`` is told as a cause or an earlier event ("رداً على هجوم"، "بعد أيام من
        الضربات"): a background word with at most :data:`BACKGROUND_REACH` other words before
        it, the words of other triggers not counted ("رداً على هجوم بطائرة مسيّرة استهدف"); not
        "بعد ذلك" (then)."""
        m = c.match if isinstance(c, Candidate) else c
        first, clause = m.first, self.clause(m.start)
        for b in self.cues_from("ref_background", max(0, first - 12)):
            if b.first >= first:
                break
            if b.start < clause[0]:
                continue  # "... منذ أشهر. ويأتي الإعلان": another sentence's words
            if self.is_word(b.last + 1, "ref_demonstratives"):
                continue
            if sum(1 for i in range(b.last + 1, first) if i not in self.trigger_tokens) <= BACKGROUND_REACH:
                return True
        return False

    def nearest_of(self, m: Match, found: Sequence[Candidate], kinds: frozenset[str],
                   same_sentence: bool) -> list[int]:
        """Indices of the candidates of ``kinds`` before ``m`` whose latest mention (the trigger
        or a reference) lies within reach, nearest first (told in an earlier sentence only,
        unless ``same_sentence``)."""
        k = self.text.sentence_of(m.start)
        out = []
        looked = 0
        for j in range(len(found) - 1, -1, -1):
            c = found[j]
            if c.start >= m.start:
                continue
            looked += 1
            if looked > ANAPHORA_CANDIDATES:
                break
            if c.type not in kinds or c.planned or self.in_title(c.start):
                continue  # a title restates the body, not the other way round
            # a chain of references keeps an event in reach: its latest mention counts
            last = max([c.start] + [a for a, _ in c.echoes if a < m.start])
            s = self.text.sentence_of(last)
            if k - s <= ANAPHORA_SENTENCES and (same_sentence or self.text.sentence_of(c.start) < k):
                out.append(j)
        out.sort(key=lambda j: -max([found[j].start] + [a for a, _ in found[j].echoes if a < m.start]))
        return out

    def choose(self, found: Sequence[Candidate], near: list[int], subtype: str | None = None,
               generic: frozenset[str | None] = frozenset({None}), cause: Match | None = None) -> int | None:
        """The antecedent among ``near`` (nearest first): one of the same specific subtype,
        else the nearest of the article's foreground, else the nearest; none when the nearest
        two of the pool are of different types.  A reference ``cause`` told as background
        ("رداً على الهجمات") names a background event or none; right after a word of time order
        ("وعقب اللقاء") with no background event in reach, one told in an earlier sentence."""
        if cause is not None and self.told_as_background(cause):
            # "رداً على الهجمات": a cause names a cause, never the article's news
            back = [j for j in near if self.told_as_background(found[j])]
            if not back and (self.is_word(cause.first - 1, "ref_sequence") or self.is_word(cause.first - 1, "ref_frames")):
                # "وعقب اللقاء توجه البابا إلى أور": the event told before, then what followed;
                # "غداة صدور الأمر الأميري": the order issued is the act told before
                k = self.text.sentence_of(cause.start)
                back = [j for j in near if self.text.sentence_of(found[j].start) < k]
            near = back
        if not near:
            return None
        # "وأوضح البيان": a statement the article tells, not one its statements name
        # ("أكدت الوزارة أن إعلان إثيوبيا ...")
        near = [j for j in near if not found[j].match.data.get("names_statement")] or near
        if subtype not in generic:
            same = [j for j in near if found[j].subtype == subtype]
            if same:
                return same[0]
        pool = [j for j in near if not self.told_as_background(found[j])] or near
        # "أعلنت قطر التوصل إلى هدنة ... وجاء الإعلان": what was announced, not the saying
        pool = [j for j in pool if found[j].type != "statement"] or pool
        if len(pool) > 1 and found[pool[0]].type != found[pool[1]].type and \
                self.text.sentence_of(found[pool[0]].start) == self.text.sentence_of(found[pool[1]].start):
            return None  # "اتصل ... واجتمع ...، وجاءت الخطوة": which one?
        return pool[0]

    def referred(self, cands: list[Candidate]) -> list[Candidate]:
        """``cands`` with each reference noun (``ref_noun``) added as a mention of the event it
        names (see the module docstring)."""
        if not cands:
            return cands
        out = list(cands)
        taken = sorted((a, b) for c in out for a, b in ((c.start, c.end), *c.echoes))
        starts = [a for a, _ in taken]
        reach = list(itertools.accumulate((b for _, b in taken), max))  # furthest end so far
        for r in self.text.select("cue", "ref_noun"):
            k = bisect.bisect_left(starts, r.end)  # the mentions that start before r ends
            if (k and reach[k - 1] > r.start) or \
                    any(i in self.actor_tokens for i in range(r.first, r.last + 1)):
                continue  # already a mention; a name's own word
            if r.data["framed"] and not self.demonstrated(r) and not self.told_in_words(r):
                continue  # "التصويت"، "مغادرته" elsewhere: a topic or a right, not the act told before
            if self.token(r.last + 1) in r.data["unless_next"] or (self.owned_timexes(r) and not self.demonstrated(r)):
                continue  # "العملية السياسية"; a noun its sentence dates may be another event
            following = self.token(r.last + 1)
            if any(ch.isdigit() for ch in following):
                continue  # "القرار 1701": a numbered one
            if self.negated(r, self.clause(r.start)) or self.near("call_for", r, 3, 0, self.clause(r.start)):
                continue  # "لم يصدر القرار"، "داعياً إلى تطبيق القرار": none told
            near = self.nearest_of(r, out, frozenset(r.data["types"]), True)
            if set(r.data["types"]) == {"statement"} and near and self.contact_between(out, near[0], r):
                continue  # "أعلنت الخارجية أن الوزيرين أجريا اتصالاً ... وأضاف البيان": that report was the call's
            if r.data["subtypes"]:
                kinds = [j for j in near if out[j].subtype in r.data["subtypes"]]  # "التمديد": an extension
                if not kinds and r.data["framed"] and (self.is_word(r.first - 1, "ref_frames") or self.restated_by_pronoun(r)):
                    # "صادق الاتحاد ... على الرقم ... ويأتي اعتماد الرقم"، "رفضت ... الدعوى، وهو الحكم
                    # الذي": a frame's subject or a pronoun's noun names the act just told when the
                    # lexicon gives that act no kind (a fallback act)
                    kinds = [j for j in near if is_predicate(out[j].match)][:1]
                near = kinds
            j = self.choose(out, near, cause=r)
            if j is None and not near and r.data["subtypes"] and self.is_word(r.first - 1, "ref_issuing") \
                    and any(self.is_word(i, "ref_sequence") for i in range(max(0, r.first - ISSUED_REACH), r.first - 1)):
                # "غداة صدور الأمر الأميري بتعيينه ... وكان الأمير قد أصدر": an issuing that came
                # before the news (not "ومن المتوقع صدور الحكم")
                j = self.issued_later(r, out)
            if j is not None and (r.start, r.end) not in out[j].echoes:
                out[j] = attrs.evolve(out[j], echoes=out[j].echoes + ((r.start, r.end),))
        return self.came(out)

    def came(self, cands: list[Candidate]) -> list[Candidate]:
        """``cands`` with the subject of a verb of coming that opens its sentence ("وتأتي
        الصفقة بعد"، "ويأتي إيقاف الغنوشي"، "وجاء تسلم الجثة": class ``ref_coming``) added as
        a mention of the act told before it (refs5), and the subject of any other frame that opens
        its sentence when a trigger word names that act ("ويعد عزل بيتونغتارن الخامس"، "ويعد تدافع
        الأربعاء الأسوأ": refs7; "ويعد المهرجان أكبر تجمع" names none): a definite noun, or an indefinite one
        before a definite word or a name (its construct); not a demonstrative or a function
        word ("وجاء ذلك"، "وتأتي هذه التطورات"، "وجاء في البيان"), not a noun the word lists
        read (their own kinds decide), not words ("ويأتي الخطاب": a statement names itself),
        not an act of its own, not another's ("وجاءت استقالة وزير المالية": the name in construct
        must take part in the act). A trigger word names an act of its own type and, first, subtype
        ("وجاء تسلم الجثة": the handover, not the arrests told between); any other noun the act
        told in the nearest sentence, none when that sentence told two kinds of act ("وجاء
        قرار الحزب" after a resignation and a court's dismissal: which one?)."""
        out = cands
        taken = {i for c in out for a, b in ((c.start, c.end), *c.echoes) for i in self.text.token_range((a, b))}
        listed = {i for r in self.text.select("cue", "ref_noun") for i in range(r.first, r.last + 1)}
        words = {i: m for m in self.text.matches if m.category == "trigger" for i in range(m.first, m.last + 1)}
        tokens = self.text.tokens
        coming = self.positions("ref_coming")[1]
        for i in sorted(set(self.positions("ref_coming")[0]) | set(self.positions("ref_frames")[0])):
            j = i + 1
            if j >= len(tokens) or (i and self.text.sentence_of(tokens[i - 1].start) == self.text.sentence_of(tokens[i].start)):
                continue  # not the sentence's first word
            if j in taken or j in listed or j in self.actor_tokens or self.is_word(j, "ref_demonstratives") \
                    or tokens[j].form in FUNCTION_WORDS or not tokens[j].form.isalpha():
                continue
            bare = [a for a in tokens[j].analyses if not a.prep and not a.conj]
            named = None  # the name an indefinite noun is in construct with ("إيقاف الغنوشي")
            if not any(a.definite for a in bare):
                nxt = j + 1
                if not bare or nxt >= len(tokens):
                    continue
                named = next((a.key for a in self.actors if a.first == nxt), None)
                if named is None and not any(a.definite and not a.prep and not a.conj for a in tokens[nxt].analyses):
                    continue
            word = words.get(j)
            if (word is not None and word.data["type"] not in _ACTS) or (word is None and i not in coming):
                continue  # a frame of weighing ("ويعد ..."، "ويمثل ...") restates an act its own noun names;
                # another noun is a topic ("ويعد المهرجان أكبر تجمع")
            r = Span(j, j, tokens[j].start, tokens[j].end)
            kinds = frozenset({word.data["type"]}) if word is not None else _ACTS
            near = self.nearest_of(r, out, kinds, False)  # type: ignore[arg-type]
            if word is None and near:
                # the act told in the nearest sentence, of one kind; an act that sentence tells
                # as background ("قدم النادي نجمه ... بعد ساعات من وصوله") is not a second kind
                k = self.text.sentence_of(out[near[0]].start)
                there = [n for n in near if self.text.sentence_of(out[n].start) == k]
                there = [n for n in there if not self.told_as_background(out[n])] or there
                if len({(out[n].type, out[n].subtype) for n in there}) > 1:
                    continue
            k = self.choose(out, near, word.data.get("subtype") if word is not None else None, cause=r)  # type: ignore[arg-type]
            if k is not None and (named is None or named in {a.key for a in out[k].actors}):
                # "وجاءت استقالة وزير المالية" after "قدم الوزير استقالته": another's act
                out[k] = attrs.evolve(out[k], echoes=out[k].echoes + ((r.start, r.end),))
        return out

    def issued_later(self, r: Match, found: Sequence[Candidate]) -> int | None:
        """The candidate an order or ruling issued (``r`` after a frame of issuing: "غداة صدور
        الأمر الأميري بتعيينه") names when the article tells none before it: the first after
        it, within :data:`ANAPHORA_SENTENCES` sentences, of ``r``'s kinds (the news a later
        report tells after the day it counts from); not one planned or in a title."""
        k = self.text.sentence_of(r.start)
        kinds, subtypes = frozenset(r.data["types"]), frozenset(r.data["subtypes"])
        for j in range(bisect.bisect_right([c.start for c in found], r.end), len(found)):
            c = found[j]
            if self.text.sentence_of(c.start) - k > ANAPHORA_SENTENCES:
                break
            if c.type in kinds and c.subtype in subtypes and not c.planned and not self.in_title(c.start):
                return j
        return None

    def contact_between(self, found: Sequence[Candidate], j: int, r: Match) -> bool:
        """Whether a call or meeting is told between candidate ``j`` and reference ``r`` (not one
        planned: "أن وفداً سيزور بغداد ... وجاء المؤتمر الصحفي" names the press conference)."""
        return any(c.type in CONTACT_TYPES and not c.planned and found[j].start < c.start < r.start for c in found)

    def timexes_in(self, span: tuple[int, int]) -> list:
        lo = bisect.bisect_left(self._timex_starts, span[0])
        hi = bisect.bisect_left(self._timex_starts, span[1])
        return self.timexes[lo:hi]
