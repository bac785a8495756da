"""Textual temporal links between the events of one article ("بعد"، "قبل"، "ثم")."""

from __future__ import annotations

import attrs

from ..model import Mention
from .context import Context
from .match import Match


@attrs.frozen
class Link:
    """A textual temporal cue between two provisional events: ``before`` precedes ``after``."""

    before: str
    after: str
    cue: Mention


#: How many words a fronted cue's reference event may stand after the cue ("عقب الانفجار"،
#: "قبيل توقيع الاتفاق").
FRONTED_GAP = 3
#: How many words a fronted cue's phrase may run on after its reference event's first word
#: ("وقبيل توقيع الاتفاق النهائي،"; not "وسبق المحادثات اجتماع ثلاثي ضم فيدان ...").
FRONTED_PHRASE = 6
#: How many words (a conjunction) may open a sentence before a fronted cue.
FRONTED_LEAD = 1
#: How many words an adverb of order ("لاحقا"، "في وقت سابق") may stand after its verb ("وقال
#: وزير الخارجية الروسي سيرغي لافروف لاحقا").
ADVERB_GAP = 8
#: How many sentences back an unnamed reference ("وقبيل الاجتماع،") looks for its event.
NARRATIVE_REACH = 3
#: How many words after an offset's "من" name the event it counts from ("بعد ساعتين من إعلان
#: الوفاة").
COUNTED_WORDS = 3
#: Cue classes whose word right after names a reference point ("عقب التصويت"، "بعد أن ألقى"،
#: "قبل توقيع الاتفاق"), and how many words on that reference's event word may stand.
REFERENCE_CUES = ("after_next", "response_next", "before_next")
REFERENCE_WORDS = 2


class Links(Context):
    """Order cues read between the events of one article."""

    def links(self, placed: list[tuple[int, int, str]], kinds_of: dict[str, str] | None = None,
              named: list[tuple[int, int, str]] = ()) -> list[Link]:
        """Links read from order cues between the ``placed`` events ``(sentence, start, id)``;
        ``kinds_of`` (id -> type) lets an unnamed reference ("وقبيل الاجتماع،") find its event;
        ``named`` (the same shape) are references that name an event told before, read as the
        reference point of a fronted cue ("وإثر الإعلان، اقتحم ...")."""
        kinds_of = kinds_of or {}
        timex_tokens = {i for t in self.all_timexes for i in self.text.token_range((t.start, t.end))}
        # a cue inside a time expression is an order cue only in a duration ("بعد ساعات من
        # مقتل"، "وبعد ساعات،"), not in a time of day ("وبعد ظهر اليوم نفسه،")
        durations = {i for t in self.all_timexes if t.reading.kind == "duration" or t.type == "DURATION"
                     for i in self.text.token_range((t.start, t.end))}
        # counts of hours or minutes ("بعد أقل من ساعة"، "بعد ساعتين"، "بعد ساعات")
        hour_counts = {i for t in self.all_timexes if t.reading.kind in ("duration", "relative", "vague")
                       and t.reading.get("unit") in ("hour", "minute")
                       for i in self.text.token_range((t.start, t.end))}
        timex_end = {i: self.text.token_at(t.end - 1) for t in self.all_timexes
                     for i in self.text.token_range((t.start, t.end))}
        toks = self.text.tokens
        # one index of trigger words: token -> the (type, subtype) pairs it may be read as
        sorts_at: dict[int, set[tuple[str, str | None]]] = {}
        for m in self.text.matches:
            if m.category == "trigger":
                for i in range(m.first, m.last + 1):
                    sorts_at.setdefault(i, set()).add((m.data["type"], m.data.get("subtype")))
        by_sentence: dict[int, list[tuple[int, str]]] = {}
        start_of = {eid: start for _, start, eid in placed}
        for s, start, eid in placed:
            by_sentence.setdefault(s, []).append((start, eid))
        references: dict[int, list[tuple[int, str]]] = {}
        for s, start, eid in sorted([*placed, *named]):
            references.setdefault(s, []).append((start, eid))
        out: list[Link] = []
        used: set[int] = set()  # tokens of cues already read

        def cue_mention(c: Match) -> Mention:
            return Mention(self.article.id, c.start, c.end, self.article.text[c.start:c.end],
                           context=self.sentence(c.start))

        # the words an offset counts from ("بعد ساعتين من إعلان الوفاة"، "بعد ساعات من الخطاب"): an
        # event named there is a reference point, not the step a following "ثم" continues
        counted = {k for t in self.all_timexes if t.reading.kind in ("duration", "vague") or t.type == "DURATION"
                   for j in [self.text.token_at(t.end - 1) + 1] if self.is_word(j, "offset_links")
                   for k in range(j + 1, j + 1 + COUNTED_WORDS)}
        # so is the event an order cue names right after it ("وأدى هافل اليمين ... عقب التصويت،
        # ثم حضر قداسا": the oath is the step "ثم" continues, not the vote it came after)
        counted.update(k for name in REFERENCE_CUES for c in self.cues(name) if c.first not in timex_tokens
                       for k in range(c.last + 1, c.last + 1 + REFERENCE_WORDS))

        def before_cue(s: int, c: Match) -> list[str]:
            own = [e for start, e in by_sentence.get(s, ()) if start < c.start]
            steps = [e for e in own if self.text.token_at(start_of[e]) not in counted]
            if steps or own:
                return (steps or own)[-1:]
            prev = by_sentence.get(s - 1, [])
            return [prev[-1][1]] if prev else []

        def after_cue(s: int, c: Match) -> list[str]:
            own = [e for start, e in by_sentence.get(s, ()) if start >= c.end]
            return own[:1]

        def loose_gap(lo: int, hi: int, limit: int) -> int:
            # words between two tokens, a time expression or an offset's "من" not counted
            # ("ويأتي اللقاء بعد نحو أربعة أسابيع من الاتفاق"); counting stops past ``limit``
            n = 0
            for i in range(lo, hi):
                if i not in timex_tokens and not self.is_word(i, "offset_links"):
                    n += 1
                    if n > limit:
                        break
            return n

        def definite(i: int) -> bool:
            return any(a.definite for a in toks[i].analyses)

        def named_word(c: Match) -> int | None:
            # the event word a cue names after the "من" of a count ("بعد ساعات من الخطاب"), or a
            # head word, right after the cue or that "من", that the definite noun after it
            # defines (construct: "عقب إعلان النتائج"، "بعد ساعات من صدور الحكم"): the head when
            # it is an event word, else that noun
            j = c.last + 1
            if c.first in timex_tokens:
                end = timex_end.get(c.first, -1)
                if not self.is_word(end + 1, "offset_links"):
                    return None
                j = end + 2
                if j < len(toks) and j in sorts_at and definite(j):
                    return j
            if j >= len(toks) or j in timex_tokens:
                return None
            if j + 1 < len(toks) and self.text.joinable[j] and j + 1 not in timex_tokens and definite(j + 1) \
                    and not any(a.enc for a in toks[j].analyses):
                return j if j in sorts_at else j + 1 if j + 1 in sorts_at else None
            return None

        def antecedent(s: int, lo: int, hi: int) -> list[str]:
            # the event an unnamed phrase refers back to: the latest event of the type a
            # trigger word in it names ("وقبيل الاجتماع،": the last meeting told), else the
            # previous sentence's main (first) event ("وعقب أداء القسم،")
            kinds = {kind for i in range(lo, hi) for kind, _ in sorts_at.get(i, ())}
            if kinds:
                for k in range(s - 1, max(s - 1 - NARRATIVE_REACH, -1), -1):
                    same = [e for _, e in by_sentence.get(k, ()) if kinds_of.get(e) in kinds]
                    if same:
                        return same[-1:]
                return []
            prev = by_sentence.get(s - 1, [])
            return [prev[0][1]] if prev else []

        def same_kind(s: int, word: int) -> list[str]:
            # the latest event of the sentences before whose trigger word may be read as the
            # word at token ``word`` is (a type and subtype they share)
            kinds = sorts_at.get(word, set())
            for k in range(s - 1, max(s - 1 - NARRATIVE_REACH, -1), -1):
                same = [e for start, e in by_sentence.get(k, ()) if kinds & sorts_at.get(self.text.token_at(start), set())]
                if same:
                    return same[-1:]
            return []

        def fronted(s: int, c: Match) -> tuple[list[str], list[str]]:
            # A cue that opens its sentence ("وعقب الانفجار، عقد المجلس ..."): the event named
            # right after it is the reference point, the next one the event the cue places
            # (in a later clause when the reference is unnamed and read back by antecedent).
            # After a verb of coming ("وجاءت الاستقالة بعد ساعات من مقتل ...") the placed
            # event is the subject, told in an earlier sentence.
            opening = self.text.token_range(self.sentence(c.start)).start
            came = self.is_word(opening, "came") and c.first - opening <= FRONTED_LEAD + 2
            if c.first - opening > FRONTED_LEAD and not came:
                return [], []  # checked first: a long sentence's inner cues cost nothing more
            after = [(start, e) for start, e in references.get(s, ()) if start >= c.end]
            if not after:
                return [], []
            clause_end = self.clause(c.start)[1]
            counted = c.first in timex_tokens and self.is_word(timex_end.get(c.first, -1) + 1, "offset_links")
            if c.first in timex_tokens and not counted and c.first not in durations:
                return [], []
            ref = self.text.token_at(after[0][0])
            named = loose_gap(c.last + 1, ref, FRONTED_GAP) <= FRONTED_GAP and (came or (
                after[0][0] < clause_end
                and loose_gap(ref, self.text.token_at(clause_end - 1), FRONTED_PHRASE) <= FRONTED_PHRASE))
            if counted and not named:
                return [], []  # "وقبل ساعات من الموعد،": counted from something no event names
            if came:
                placed_ = antecedent(s, opening + 1, c.first)
                return ([after[0][1]], placed_) if named and placed_ and placed_[0] != after[0][1] else ([], [])
            if named:
                # the placed event opens the main clause, after the cue's own phrase ("وسبق
                # المحادثات اجتماع ..." has no such clause: no link)
                rest = [e for start, e in by_sentence.get(s, ()) if e != after[0][1] and start >= clause_end]
                return [after[0][1]], rest[:1]
            if after[0][0] < clause_end or \
                    loose_gap(c.last + 1, self.text.token_at(clause_end - 1), FRONTED_PHRASE) > FRONTED_PHRASE:
                return [], []  # a long phrase, or an event in it that is no reference: no link
            later = [e for start, e in by_sentence.get(s, ()) if start >= clause_end]
            return (antecedent(s, c.last + 1, self.text.token_at(clause_end - 1) + 1) if later else []), later[:1]

        def adverb(s: int, c: Match) -> tuple[list[str], list[str]]:
            # "وقال بوتين لاحقا في مقابلة"، "وكان الوزير قد قال في وقت سابق": an adverb after its
            # verb, no event after it in its clause: the verb against the event told before it
            # (earlier in the sentence, else the previous sentence's last), not in what was said
            clause = self.text.clause_of(c.start)
            own = [(start, e) for start, e in by_sentence.get(s, ()) if start < c.start]
            # an event after the adverb in its clause, unless in what the verb reports ("قال في
            # وقت سابق إن الهجوم وشيك"), makes it a cue between two events (the rules below)
            if not own or self.text.clause_of(own[-1][0]) != clause or any(
                    self.text.clause_of(start) == clause
                    and self.first_word_from("complementizers", c.last + 1, self.text.token_at(start)) is None
                    for start, _ in by_sentence.get(s, ()) if start >= c.end):
                return [], []
            verb = self.text.token_at(own[-1][0])
            if c.first - verb > ADVERB_GAP or self.first_word_from("complementizers", verb, c.first) is not None:
                return [], []
            told = [e for _, e in own[:-1]] or [e for _, e in by_sentence.get(s - 1, ())][-1:]
            return told[-1:], [own[-1][1]]

        for name in ("later_after_verb", "earlier_after_verb"):
            for c in self.cues(name):
                xs, ys = adverb(self.text.sentence_of(c.start), c)
                if not xs or not ys or xs[0] == ys[0]:
                    continue
                used.update(range(c.first, c.last + 1))
                first, second = (xs[0], ys[0]) if name == "later_after_verb" else (ys[0], xs[0])
                out.append(Link(first, second, cue_mention(c)))

        rules = (("after_previous", "after_first"), ("earlier_than_previous", "after_first"),
                 ("later_than_previous", "before_first"), ("after_next", "after_first"),
                 ("response_next", "after_first"), ("before_next", "before_first"))
        for name, direction in rules:
            for c in self.cues(name):
                if any(i in used for i in range(c.first, c.last + 1)):
                    continue
                if name == "before_next" and self.is_word(c.first - 1, "origin"):
                    continue  # "من قبل": the passive agent, not time
                s = self.text.sentence_of(c.start)
                if name in ("after_next", "response_next", "before_next"):
                    xs = [(start, e) for start, e in by_sentence.get(s, ()) if start < c.start][-1:]
                    if xs and self.first_word_from("complementizers", self.text.token_at(xs[0][0]), c.first) is not None:
                        xs = []  # "أعلن ... استقالته، قائلاً إن أجواء ... سادت قبل اغتيال": the cue is in what was said
                    xs = [e for _, e in xs]
                    if not xs:
                        # a fronted cue ("وعقب الانفجار، عقد المجلس ..."، "قبيل التوقيع، رُفعت ...")
                        xs, ys = fronted(s, c)
                        if direction == "before_first":
                            xs, ys = ys, xs
                        direction_here = "before_first"
                    else:
                        # the event the cue names stands in its own clause ("بعد ساعات من
                        # الإعلان، فيما وصفه ...": not the event after the comma)
                        ys = [e for e in after_cue(s, c) if self.text.clause_of(start_of[e]) == self.text.clause_of(c.start)]
                        if not ys:
                            # "وقال أوباما بعد اللقاء": a word that names an event told before
                            # is the cue's reference point
                            ys = [e for start, e in references.get(s, ())
                                  if start >= c.end and self.text.clause_of(start) == self.text.clause_of(c.start)][:1]
                        if not ys and xs and c.last + 1 in sorts_at and c.last + 1 not in timex_tokens \
                                and definite(c.last + 1):
                            # "وأقام شيراك بعد التوقيع مأدبة غداء": a definite event word inside
                            # the placed event's own words names the last event of its type told
                            # in the sentences before
                            ys = [e for e in antecedent(s, c.last + 1, c.last + 2) if e not in xs]
                        elif not ys and xs:
                            # "ووقع بوتين بعد ساعات من الخطاب"، "وقال ... عقب إعلان النتائج": the
                            # last event told before of the very kind (type and subtype) the
                            # word names
                            word = named_word(c)
                            ys = [e for e in same_kind(s, word) if e not in xs] if word is not None else []
                        if c.first in timex_tokens and not self.is_word(timex_end.get(c.first, -1) + 1, "offset_links"):
                            # "أعقبه بعد تسع ساعات زلزال ثان": a count from the event before, no
                            # reference after; when the placed event opens its sentence
                            # ("هبط الرواد ... أمس. وانتشلتهم مروحية بعد أقل من ساعة"), the count
                            # runs from the previous sentence's main event
                            opens = by_sentence.get(s, [(0, "")])[0][1] == xs[0]
                            ys = [e for e in antecedent(s, c.first, c.first) if e != xs[0]] \
                                if opens and c.first in hour_counts else []
                            if not opens and c.first in hour_counts:
                                # "ونقل أوزوالد إلى مستشفى باركلاند، حيث توفي بعد ساعتين": in
                                # a later clause, from the event told right before in its sentence
                                ys = [e for start, e in by_sentence.get(s, ()) if start < start_of[xs[0]]][-1:]
                        direction_here = direction
                else:
                    xs = before_cue(s, c)
                    ys = after_cue(s, c)
                    direction_here = direction
                if not xs or not ys or xs[0] == ys[0]:
                    continue
                used.update(range(c.first, c.last + 1))
                x, y = xs[0], ys[0]
                first, second = (y, x) if direction_here == "after_first" else (x, y)
                out.append(Link(first, second, cue_mention(c)))
        return out
