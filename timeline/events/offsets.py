"""Dates counted from another event ("بعد يومين من توقيع الاتفاق"، "قبل ساعات من الموعد"،
"عشية القمة"، "غداة الهجوم"، "قبيل"، "في اليوم التالي لـ"): the offset expressions of an
article, the event each counts from, and the date shifted from that event's own date (or
undated, bounded by what the text proves, when the article does not date it)."""

from __future__ import annotations

import bisect
import contextlib
from collections.abc import Callable, Iterable, Iterator, Mapping

from ..model import Timex
from . import body_words
from .context import Candidate
from .leads import Leads
from .lexicon import ORTHOGRAPHY
from .shifts import SAME, SHORTLY, Shifts

__all__ = ["Offsets"]

#: How many earlier candidates are searched for the dated report of an offset's anchor event.
ANCHOR_SEARCH = 12
#: How many words (a conjunction) may open a sentence before a fronted offset ("وعشية القرار،").
FRONTED_LEAD = 1
#: How many words (an announcer's name not counted) may stand between an announcing noun an
#: offset counts from and the act it announces ("بعد ساعات من إعلان الجيش السيطرة").
ANNOUNCED_GAP = 3
#: How many words before an occurring noun with a pronoun ("بعد ساعات من وقوعه") the event
#: word it stands for may be, in its clause.
OCCURRENCE_REACH = 8


class Offsets(Shifts, Leads):
    """Events dated by an offset from another event's date (a mixin of :class:`.dating.Dating`)."""

    def event_offset(self, cand: Candidate, me: int, owners: dict[int, int],
                     cands: list[Candidate], reporters: Mapping[int, int]) -> tuple[Timex | None, Timex | None] | None:
        """A date of ``cand``'s clause counted from another event ("بعد يومين من توقيع
        الاتفاق"، "قبل ساعات من الموعد"، "عشية القمة"، "غداة الهجوم"): ``(date, expression)``
        with the date shifted from that event's own date when the article gives one, else
        ``(None, expression)`` (undated: never the date the tagger counted from the narrative
        or publication); ``None`` when the clause has no such date."""
        own = self.text.token_range(self.clause(cand.match.start))
        words = self.offset_aside(own, cands) if cand.match.hit.pos == "verb" else own
        offsets = self.offsets()
        k = bisect.bisect_left(self._offset_anchors, words.start)
        for anchor, sign, t, head in offsets[k:]:
            if anchor > words.stop:
                break
            if not self.offset_dates(cand, me, cands, anchor, head, words):
                continue
            if me in self._resolving:
                return None, t  # two events each counted from the other: neither dates the other
            with self._counting(me):
                base = self.anchor_date(anchor, cands, me, owners, reporters)
                lead = self.lead_of(anchor, cands, me, t) if base is None and not sign else None
                if lead is not None:
                    # "بعد دقائق من الهزة": the happening the article's lead tells (leads.py)
                    base = self._own_date([lead], lambda c: True, me, owners, cands, reporters)
            # an aside after the clause dates it only from a dated anchor (else the narrative
            # dates the clause, as when the aside is read as the next clause's)
            aside = anchor > own.stop
            if base is None:
                if aside:
                    continue
                self._unanchored.add(cand.start)
                return None, t
            moved = self.shifted(base, t, sign)
            if moved is None and not cand.planned:
                moved = self.some_time_after(base, t, sign)
            self._unanchored.discard(cand.start)
            if moved is None:
                self._unanchored.add(cand.start)
            elif not cand.planned:
                moved = self.told_by_publication(moved)
            return moved, t
        return self.fronted_offset(cand, me, owners, cands, reporters)

    def offset_aside(self, words: range, cands: list[Candidate]) -> range:
        """``words`` (a verb's clause) with the comma phrase after it when that phrase opens with
        an offset, with no conjunction, and the clause after the phrase tells no event of its own ("وكان الإنتربول قد
        أصدر، بعد أيام من وصول غصن إلى لبنان، نشرة حمراء بحقه": the phrase is the verb's; in
        "...، وبعد أيام من وصوله، التقى الرئيس" it fronts the next verb)."""
        clauses = self.text.clauses
        ci = self.text.clause_of(self.text.tokens[words.start].start)
        if ci + 1 >= len(clauses) or self.text.sentence_of(clauses[ci + 1][0]) != self.text.sentence_of(clauses[ci][0]):
            return words
        phrase = self.text.token_range(clauses[ci + 1])
        if not phrase or not any(o[3] == phrase.start for o in self.offsets()) or \
                all(a.conj for a in self.text.tokens[phrase.start].analyses):
            return words  # "، وبعد أكثر من ثلاثة أسابيع من ...": coordinated with an offset before
        if ci + 2 < len(clauses) and self.text.sentence_of(clauses[ci + 2][0]) == self.text.sentence_of(clauses[ci][0]):
            starts = self._cand_starts(cands)
            after = clauses[ci + 2]
            if bisect.bisect_left(starts, after[0]) < bisect.bisect_left(starts, after[1]):
                return words
        return range(words.start, phrase.stop)

    def fronted_offset(self, cand: Candidate, me: int, owners: dict[int, int],
                       cands: list[Candidate], reporters: Mapping[int, int]) -> tuple[Timex | None, Timex | None] | None:
        """A date counted from an event in a phrase that opens the sentence, set off by a comma
        ("وعشية القرار، كان الوزير قد زار واشنطن"، "وبعد يومين من الاتفاق، شنت الطائرات
        غارات"): it dates the first event after the phrase, when the article dates the event it
        counts from (else nothing: the narrative dates it as before)."""
        sentence = self.text.token_range(self.sentence(cand.match.start))
        offsets = self.offsets()
        k = bisect.bisect_left(self._offset_anchors, sentence.start)
        for anchor, sign, t, head in offsets[k:]:
            if anchor >= cand.match.first:
                break
            if head - sentence.start > FRONTED_LEAD or me in self._resolving:
                continue
            phrase_end = self.clause(self.text.tokens[anchor].start)[1]
            starts = self._cand_starts(cands)
            if phrase_end > cand.start or bisect.bisect_left(starts, phrase_end) < bisect.bisect_left(starts, cand.start):
                continue  # not the first event after the phrase
            with self._counting(me):
                base = self.anchor_date(anchor, cands, me, owners, reporters)
            moved = self.shifted(base, t, sign) if base is not None else None
            if moved is None and base is not None and not cand.planned:
                moved = self.some_time_after(base, t, sign)
            if moved is not None:
                return (moved if cand.planned else self.told_by_publication(moved)), t
        return None

    def counted_from(self, cand: Candidate, me: int, owners: dict[int, int],
                     cands: list[Candidate], reporters: Mapping[int, int]) -> Timex | None:
        """The date of ``cand`` when it is the event another one is counted from and that
        other event has a date of its own ("دخلت أول قافلة ... أمس الخميس، بعد ثلاثة أيام من
        الزلزال": the earthquake three days before Thursday; "وجاءت الاستقالة غداة لقائه": the
        day before the resignation): the offset read backwards, at day grain; ``None`` when
        ``cand`` is no such anchor, the other event has no date of its own or the offset no
        exact size ("بعد أيام من"، "بعد نحو أسبوعين من"، "بعد أكثر من شهر من": only bounded)."""
        m = cand.match
        offsets = self.offsets()
        k = bisect.bisect_left(self._offset_anchors, m.first)
        sentence = self.text.sentence_of(cand.start)
        # the other event may stand in an earlier comma clause ("..., أمس الخميس، بعد ثلاثة
        # أيام من الزلزال")
        words = self.text.token_range(self.sentence(cand.start))
        for anchor, sign, t, head in offsets[k:]:
            if anchor > m.last + 1:
                break
            if anchor < m.first or me in self._resolving:
                continue
            if t is not None and t.reading.get("mod") is not None:
                continue  # "بعد نحو أسبوعين من المفاوضات": only bounded (counted_bound)
            starts = self._cand_starts(cands)
            span = self.sentence(cand.start)
            opening = self.own_clause(head)
            for j in range(bisect.bisect_left(starts, span[0]), bisect.bisect_left(starts, span[1])):
                other = cands[j]
                if j == me or self.text.sentence_of(other.start) != sentence or other.start < opening or \
                        not self.offset_dates(other, j, cands, anchor, head, words):
                    continue
                with self._counting(me):
                    dates, level = self.governing(other, j, owners, cands, reporters=reporters)
                if level not in ("clause", "sentence") or len(dates) != 1 or dates[0] is t or \
                        id(dates[0]) in self.offset_expressions():
                    return None
                return self.shifted(dates[0], t, sign, backwards=True)
        return None

    def own_clause(self, head: int) -> int:
        """Where the events an offset opening at token ``head`` may date begin: its clause's
        start when an event word stands before it there ("...، وأعلن تشارلز ملكاً بعد يومين من
        وفاتها": not an event of an earlier clause; "، وذلك غداة احتجاجات" refers back), else
        its sentence's."""
        start = self.text.tokens[head].start
        opening = self.clause(start)[0]
        if any(i in self.trigger_tokens for i in self.text.token_range((opening, start))):
            return opening
        return self.sentence(start)[0]

    def offset_dates(self, cand: Candidate, me: int, cands: list[Candidate], anchor: int, head: int,
                     words: range) -> bool:
        """Whether the offset opening at token ``head`` and counting from the event at
        ``anchor`` dates ``cand``: the nearest event of the clause before it ("وشنت غارة بعد
        يومين من توقيع الاتفاق"), or, when none comes before it, the first after its anchor
        ("وتعرض ميناء أوديسا بعد يوم من التوقيع لضربة صاروخية")."""
        m = cand.match
        if m.first <= anchor <= m.last:
            return False  # the anchor itself
        if self.reports_before(cand, head):
            return False  # a saying verb: the offset is in what it reports
        if m.last < head:
            nxt = cands[me + 1] if me + 1 < len(cands) else None
            return nxt is None or not (m.last < nxt.match.first and nxt.match.last < head)
        if m.first <= anchor or m.first > self.anchor_end(anchor, cands) + 1:
            return False  # not right after its anchor ("بعد ساعات من إعلان الجيش السيطرة": the announced)
        for j in range(me - 1, -1, -1):
            other = cands[j].match
            if other.last < words.start or self.reports_before(cands[j], head):
                return True
            if not other.first <= anchor <= other.last + 1:
                return False  # another event of the clause (before the offset, or after its anchor)
        return True

    def anchor_end(self, anchor: int, cands: list[Candidate]) -> int:
        """The last token of the event words at ``anchor`` (a trigger that covers it), or
        ``anchor``."""
        k = bisect.bisect_right(self._trigger_starts(), anchor)
        covering = [t.last for t in self.triggers[max(k - 4, 0):k] if t.first <= anchor <= t.last]
        return max([anchor, *covering])

    def _trigger_starts(self) -> list[int]:
        if self._trigger_firsts is None:
            self._trigger_firsts = [t.first for t in self.triggers]
        return self._trigger_firsts

    def reports_before(self, cand: Candidate, head: int) -> bool:
        """``cand`` is a saying verb whose reported content starts before token ``head``."""
        return cand.type == "statement" and self.complement(cand) <= self.text.tokens[head].start

    def offsets(self) -> list[tuple[int, int, Timex | None, int]]:
        """The article's dates counted from an event: (the event's first token, eve sign or 0,
        the expression), in text order. An offset (بعد يومين، قبل ساعات) followed by
        ``offset_links`` (من، على) and a word; an eve (عشية، غداة) followed by a word that is no
        date ("عشية 15 مايو" is a day); the day of an event (:data:`SAME`: "مساء يوم الهجوم")."""
        found = getattr(self, "_offsets", None)
        if found is not None:
            return found
        found = []
        toks = self.text.tokens
        for t in self.all_timexes:
            head, end = self.text.token_at(t.start), self.text.token_at(t.end - 1)
            # "حذر قبل ذلك بعشرة أيام من أن ...": the verb's "من", no event after it
            if self.is_word(head, "offset_heads") and end + 2 < len(toks) and self.is_word(end + 1, "offset_links") \
                    and self.text.joinable[end] and self.text.joinable[end + 1] \
                    and not self.is_word(end + 2, "complementizers"):
                found.append((end + 2, 0, t, head))
        by_start = {self.text.token_at(t.start): t for t in self.all_timexes}
        of = self.words("of_clitic")
        for name, sign in (("eve_of", -1), ("morrow_of", 1)):
            # "في اليوم التالي لتوقيع الاتفاق": the phrase, then لـ on the event word
            for c in self.cues(name):
                if c.last + 1 < len(toks) and self.text.joinable[c.last] and \
                        any(a.prep in of for a in toks[c.last + 1].analyses):
                    found.append((c.last + 1, sign, by_start.get(c.first), c.first))
        # shortly before ("قبيل القمة"): the anchor's day or the one before it
        for name, sign in (("eve_before", -1), ("eve_after", 1), ("shortly_before", -SHORTLY)):
            for i in self.positions(name)[0]:
                if i + 1 < len(toks) and i + 1 not in self.timex_tokens and self.text.joinable[i]:
                    found.append((i + 1, sign, by_start.get(i), i))
        # "مساء يوم الهجوم"، "يوم الاقتراع": the day of an event named right after, with the part
        # of the day written before it
        by_end = {self.text.token_at(t.end - 1): t for t in self.all_timexes}
        for i in self.positions("day_of_event")[0]:
            if i + 1 < len(toks) and i not in self.timex_tokens and i + 1 in self.trigger_tokens \
                    and self.text.joinable[i] and any(a.definite for a in toks[i + 1].analyses):
                part = by_end.get(i - 1)
                part = part if part is not None and part.reading.kind == "part" else None
                found.append((i + 1, SAME, part, i if part is None else self.text.token_at(part.start)))
        found.sort(key=lambda o: o[0])
        self._offsets = found
        self._offset_anchors = [o[0] for o in found]
        return found

    def eve_expressions(self) -> frozenset[int]:
        """Ids of the time expressions that name the eve or morrow of an event."""
        found = getattr(self, "_eve_ids", None)
        if found is None:
            found = self._eve_ids = frozenset(id(o[2]) for o in self.offsets() if o[1] and o[2] is not None)
        return found

    def offset_expressions(self) -> frozenset[int]:
        """Ids of the time expressions that count from an event (see :meth:`offsets`)."""
        found = getattr(self, "_offset_ids", None)
        if found is None:
            found = self._offset_ids = frozenset(id(o[2]) for o in self.offsets() if o[2] is not None)
        return found

    def anchor_date(self, anchor: int, cands: list[Candidate], me: int, owners: dict[int, int],
                    reporters: Mapping[int, int]) -> Timex | None:
        """The own date (clause or sentence) of the event named at token ``anchor``: that
        candidate's ("غداة الهجوم الذي وقع الأحد"), or an earlier report of the same type that
        has one; after an announcing noun with no dated saying for it, the act announced's
        (:meth:`announced_anchor`)."""
        found = self._anchor_date(anchor, cands, me, owners, reporters)
        if found is None:
            # "بعد دقائق من إعلان الاستقالة" with no dated saying before: the act announced
            at = self.announced_anchor(anchor, cands)
            if at is not None and at != me:
                kind = _family(cands[at])
                return self._own_date(range(at, max(at - ANCHOR_SEARCH, -1), -1), lambda c: _family(c) == kind,
                                      me, owners, cands, reporters)
        return found

    def _anchor_date(self, anchor: int, cands: list[Candidate], me: int, owners: dict[int, int],
                     reporters: Mapping[int, int]) -> Timex | None:
        at = next((j for j, c in enumerate(cands) if c.match.first <= anchor <= c.match.last + 1), None)
        kind: str | None = None
        if at is None:
            k = bisect.bisect_right(self._trigger_starts(), anchor)
            word = next((t for t in self.triggers[max(k - 4, 0):k] if t.first <= anchor <= t.last), None)
            if word is not None:
                # "بعد يوم من التوقيع": an event word that restates one told before
                kind = _family_of(word.data["type"], word.data.get("subtype"))
                before = bisect.bisect_left([c.match.first for c in cands], anchor) - 1
                found = self._own_date(range(before, max(-1, before - ANCHOR_SEARCH), -1),
                                       lambda c: _family(c) == kind, me, owners, cands, reporters)
                # "قبل دقائق من الحادث" after "أطلق شاب النار عليه في الساعة 2:27": a reference
                # noun names an event of another kind told before
                return found if found is not None else self.reference_date(anchor, cands, me, owners, reporters)
            named = self.reference_date(anchor, cands, me, owners, reporters)
            if named is not None:
                return named
            # "بعد ساعات من إعلانها": a pronoun names an event told before, the nearest one;
            # "بعد يوم من التوقيع": so does a definite noun, in its own sentence
            tok = self.text.tokens[anchor]
            # a word written with taa marbuta carries no pronoun (قمة is not قم + ه)
            impossible = ORTHOGRAPHY.not_enclitic.get(self.article.text[tok.end - 1], ())
            pronoun = any(a.enc and a.enc not in impossible for a in tok.analyses)
            definite = any(a.definite and not a.enc for a in tok.analyses)
            if not pronoun and not definite:
                return None
            if pronoun:
                named = self.occurrence_of(anchor, cands, me, owners, reporters)
                if named is not None:
                    return named
            at = bisect.bisect_left([c.match.first for c in cands], anchor) - 1
            while at >= 0 and (at == me or cands[at].type == "statement"):
                at -= 1
            if at < 0 or (not pronoun and self.text.sentence_of(cands[at].start) != self.text.sentence_of(tok.start)):
                return None
        kind = _family(cands[at])
        return self._own_date(range(at, max(at - ANCHOR_SEARCH, -1), -1), lambda c: _family(c) == kind,
                              me, owners, cands, reporters)

    def occurrence_of(self, anchor: int, cands: list[Candidate], me: int, owners: dict[int, int],
                      reporters: Mapping[int, int]) -> Timex | None:
        """The own date of the event an occurring noun with a pronoun at token ``anchor``
        (``occurrence_nouns``: "بعد ساعات من وقوعه"، "بعد ساعات من صدوره") names: the pronoun
        stands for the event word before it in its clause ("وأدان بيرتيني الاعتداء بعد ساعات
        من وقوعه": the attack), which names the last event of its kind told before (as
        "بعد ساعات من الاعتداء" would); ``None`` when there is no such word or that event has no
        date of its own."""
        nouns = self.words("occurrence_nouns")
        if not any(a.enc and a.stem in nouns for a in self.text.tokens[anchor].analyses):
            return None
        first = self.text.token_at(self.clause(self.text.tokens[anchor].start)[0])
        refs = {c.first for c in self.cues_from("ref_noun", first) if c.last < anchor}
        for i in range(anchor - 1, max(first, anchor - OCCURRENCE_REACH) - 1, -1):
            if i in refs:
                # "الاعتداء"، "الحادث": a reference noun names the event of its kinds told before
                return self.reference_date(i, cands, me, owners, reporters)
            if i in self.trigger_tokens:
                k = bisect.bisect_right(self._trigger_starts(), i)
                word = next((t for t in self.triggers[max(k - 4, 0):k] if t.first <= i <= t.last), None)
                if word is None:
                    return None
                kind = _family_of(word.data["type"], word.data.get("subtype"))
                before = bisect.bisect_left([c.match.first for c in cands], word.first) - 1
                return self._own_date(range(before, max(-1, before - ANCHOR_SEARCH), -1),
                                      lambda c, kind=kind: _family(c) == kind, me, owners, cands, reporters)
        return None

    def announced_anchor(self, anchor: int, cands: list[Candidate]) -> int | None:
        """The act an announcing noun at token ``anchor`` names ("بعد دقائق من إعلان الاستقالة"،
        "بعد ساعات من إعلان الجيش السيطرة على المطار"): the first candidate after it in its
        clause, no saying, at most :data:`ANNOUNCED_GAP` words (names not counted) on. The
        announcement of an act is a mention of that act (docs/specs/README.md): when no saying
        told before dates the announcement, the offset counts from the act's date."""
        if not body_words.word_of(self.text, anchor, "announcing_nouns"):
            return None
        k = bisect.bisect_left(self._cand_starts(cands), self.text.tokens[anchor].end)
        if k >= len(cands) or cands[k].type == "statement" or \
                self.text.clause_of(cands[k].start) != self.text.clause_of(self.text.tokens[anchor].start):
            return None
        gap = sum(1 for i in range(anchor + 1, cands[k].match.first) if i not in self.actor_tokens)
        return k if gap <= ANNOUNCED_GAP else None

    def _own_date(self, indices: Iterable[int], keep: Callable[[Candidate], bool], me: int,
                  owners: dict[int, int], cands: list[Candidate], reporters: Mapping[int, int]) -> Timex | None:
        """The own date (one expression of its clause or sentence) of the first candidate at
        ``indices``, other than ``me``, that ``keep`` accepts and that has one."""
        for j in indices:
            if j != me and keep(cands[j]):
                dates, level = self.governing(cands[j], j, owners, cands, reporters=reporters)
                if level in ("clause", "sentence") and len(dates) == 1:
                    return dates[0]
        return None

    @contextlib.contextmanager
    def _counting(self, me: int) -> Iterator[None]:
        """``me`` marked as being counted from another event while that one is dated, so that
        two events counted from each other do not recurse."""
        self._resolving.add(me)
        try:
            yield
        finally:
            self._resolving.discard(me)

    def reference_date(self, anchor: int, cands: list[Candidate], me: int, owners: dict[int, int],
                       reporters: Mapping[int, int]) -> Timex | None:
        """The own date of the event a reference noun at token ``anchor`` names ("بعد ساعات من
        الإعلان": the announcement told before; references.json ``nouns``, with the types each
        may name): the nearest earlier candidate of one of those types dated by its own words."""
        ref = next((c for c in self.cues_from("ref_noun", anchor) if c.first == anchor), None)
        if ref is None or self.token(ref.last + 1) in ref.data["unless_next"]:
            return None
        kinds = set(ref.data["types"])
        k = bisect.bisect_left(self._cand_starts(cands), self.text.tokens[anchor].start)
        return self._own_date(range(k - 1, max(k - 1 - ANCHOR_SEARCH, -1), -1), lambda c: c.type in kinds,
                              me, owners, cands, reporters)


def _family(c: Candidate) -> str:
    """What an offset's anchor must share with its dated report: the type, or for a signing
    its act ("توقيع الاتفاق" names the truce's signing)."""
    return _family_of(c.type, c.subtype)


def _family_of(kind: str, subtype: str | None) -> str:
    # "other" holds happenings of every kind: an oath is not dated by an earlier designation
    if subtype in ("signed", "agreement_signed"):
        return "signed"
    return f"{kind}:{subtype}" if kind == "other" and subtype else kind
