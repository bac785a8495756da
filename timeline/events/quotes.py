"""Statements a title quotes: a title or teaser line that opens with its speaker and a colon
("ترامب: حان الوقت للاعتراف ..."، "عباس: القرار الأمريكي إعلان انسحاب ..."، "الأمير حمزة في
تسجيل مصور: لست جزءاً من أي مؤامرة") reports what that speaker said.  No word says it: the
colon does.

The speaker is a person, an office or a body named at the line's first word (a listed actor or
a title or body phrase), the colon at most :data:`QUOTE_GAP` words after it ("في تسجيل مصور").
A state is a speaker only when the line names no act of its own: "لبنان: غارة إسرائيلية على
الجنوب" places the news, "مصر: الملء الرابع تجاهل لمصالح دول المصب" quotes Cairo.  The
statement's mention is the line (at most :data:`QUOTE_WORDS` words); like any title event it
becomes a further mention of the body's statement of that speaker
(:meth:`~timeline.events.titles.Titles.drop_headlines`)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from types import MappingProxyType

import attrs

from .actors import PERSONLIKE, ActorHit
from .context import Candidate, Context
from .lexicon import Hit
from .match import Match

#: How many words may stand between the speaker and the colon.
QUOTE_GAP = 3
#: How many words of the line the statement's mention covers at most.
QUOTE_WORDS = 12
#: Speakers that are states: quoted only in a line that names no act.
_STATES = frozenset({"country"})
#: Marks that part a title line into segments, each of which may open with a speaker.
_SEPARATORS = frozenset(".|-\u2013\u2014\u060c")
#: A line ending in one of these is prose, not a headline of a related article.
_PROSE_END = frozenset(".!?\u061f\u2026\u061b;")
_HIT = Hit("trigger", MappingProxyType({"type": "statement", "subtype": "statement", "confidence": 0.7}),
           "noun", ("title_quote",))


@attrs.frozen
class BodySpeakers:
    """The body's statements as a title line may quote them (:meth:`Quotes.body_speakers`)."""

    runs: dict[tuple[str, ...], tuple[int, int, ActorHit]]  # a spokesman's run-on name, by its last words
    names: dict[tuple[str, ...], tuple[int, ActorHit]]  # an unlisted person's whole name
    ordered: list[Candidate]  # every candidate, by start
    starts: list[int]

    def starting_in(self, span: tuple[int, int]) -> list[Candidate]:
        return self.ordered[bisect.bisect_left(self.starts, span[0]):bisect.bisect_left(self.starts, span[1])]


class Quotes(Context):
    """Title lines that quote their speaker."""

    def title_quotes(self, found: list[Candidate]) -> list[Candidate]:
        """``found`` with a statement for each title or teaser line that quotes its speaker (in
        text order); none where the line already reports a statement. A list of other articles'
        headlines after a "read also" mark (:meth:`related_list`) tells none of this article's
        events: its candidates are dropped."""
        related = self.related_list()
        if related is not None:
            found = [c for c in found if c.start < related]
        speakers = self.body_speakers(found)
        added = [q for q in (self.quoted_speaker(span, found, speakers) for span in self.headlines())
                 if q is not None and (related is None or q.start < related)]
        if not added:
            return found
        return sorted(found + added, key=lambda c: c.start)

    def related_list(self) -> int | None:
        """Where a closing list of related articles' headlines starts: a "read also" mark
        (``headline_marks``: "اقرأ أيضاً") whose lines after it, to the end of the text, are
        title or teaser lines (no prose line follows it)."""
        marks = self.cues("headline_marks")
        if not marks:
            return None
        text = self.article.text
        start = marks[-1].start
        tail = text[text.find("\n", start) + 1:] if "\n" in text[start:] else ""
        lines = [line.strip() for line in tail.split("\n") if line.strip()]
        if not lines or any(line[-1] in _PROSE_END for line in lines):
            return None
        return start

    def quoted_speaker(self, span: tuple[int, int], found: list[Candidate],
                       speakers: BodySpeakers | None = None) -> Candidate | None:
        """The statement line ``span`` quotes, if it opens with a speaker and a colon."""
        words = self.text.token_range(span)
        if len(words) < 3:
            return None
        speakers = speakers or self.body_speakers(found)
        inside = speakers.starting_in(span)
        if any(c.type == "statement" for c in inside):
            return None
        toks, original = self.text.tokens, self.text.original
        # the line's first word, or the first after a title's separator ("غضب عربي .. وأردوغان:")
        opens = [words.start] + [i for i in words[1:] if any(ch in _SEPARATORS for ch in original[toks[i - 1].end:toks[i].start])]
        speaker: ActorHit | None = None
        for first in opens:
            speaker = next((a for a in self.actors_in(span) if a.first == first), None) or \
                self.unlisted(first, words[-1]) or self.family_named(first) or self.spokesman_quoted(first, speakers) \
                or self.speaker_quoted(first, speakers)
            if speaker is not None and any(":" in original[toks[i].end:toks[i + 1].start]
                                           for i in range(speaker.last, min(speaker.last + QUOTE_GAP + 1, words[-1]))):
                break
            speaker = None
        if speaker is None or speaker.prep or (speaker.kind in _STATES and inside):
            return None
        if speaker.kind not in PERSONLIKE | _STATES and speaker.kind not in ("organization", "group"):
            return None
        colon = next((i for i in range(speaker.last, min(speaker.last + QUOTE_GAP + 1, words[-1]))
                      if ":" in original[toks[i].end:toks[i + 1].start]), None)
        if colon is None:
            return None
        group = self.speaker_group(speaker) if id(speaker) in self._actor_index else [speaker]
        last = min(words[-1], colon + QUOTE_WORDS)
        m = Match(speaker.first, colon, speaker.start, toks[colon].end, _HIT)
        return Candidate(m, "statement", "statement", speaker.start, toks[last].end, 0.7, tuple(group), tuple(group))

    def body_speakers(self, found: list[Candidate]) -> BodySpeakers:
        """The single speakers of ``found``'s body statements, indexed once per article by the
        words a title line may open with (a line per statement each would make a long article
        of many title lines quadratic)."""
        toks = self.text.tokens
        runs: dict[tuple[str, ...], tuple[int, int, ActorHit]] = {}
        names: dict[tuple[str, ...], tuple[int, ActorHit]] = {}
        for order, c in enumerate(found):
            if c.type != "statement" or len(c.speaker) != 1 or self.in_title(c.start):
                continue
            a = c.speaker[0]
            tail = self.name_runs_on(a)
            forms = [toks[j].form for j in range(a.last + 1, tail.last + 1)]
            for k in range(len(forms)):  # the first statement, and its longest run, win
                runs.setdefault(tuple(forms[k:]), (order, k, a))
            if a.unlisted and a.kind in PERSONLIKE:
                whole = [toks[j].form for j in range(a.first, a.last + 1)]
                whole[0] = whole[0][len(a.prefix):] if a.prefix and whole[0].startswith(a.prefix) else whole[0]
                names.setdefault(tuple(whole), (order, a))
        ordered = sorted(found, key=lambda c: c.start)
        return BodySpeakers(runs, names, ordered, [c.start for c in ordered])

    def _closed_names(self, i: int, lengths: Iterable[int]) -> Iterator[tuple[int, tuple[str, ...]]]:
        """``(last token, words)`` of each run of ``lengths`` words from token ``i`` that a colon
        closes."""
        toks, original = self.text.tokens, self.text.original
        for n in sorted(set(lengths)):
            end = i + n - 1
            if end + 1 < len(toks) and ":" in original[toks[end].end:toks[end + 1].start]:
                yield end, tuple(toks[j].form for j in range(i, end + 1))

    def spokesman_quoted(self, i: int, speakers: BodySpeakers) -> ActorHit | None:
        """The speaker of a body statement whose phrase runs on into a name ("قال المتحدث باسم
        حكومة إقليم كردستان جوتيار عادل، في مؤتمر صحفي") when that name, whole or by its last
        words, opens the line at token ``i`` right before a colon ("جوتيار عادل: توقف الصادرات
        ..."): the title quotes the body's spokesman, whom no gazetteer lists."""
        found = [(speakers.runs[words][:2], end, speakers.runs[words][2])
                 for end, words in self._closed_names(i, map(len, speakers.runs)) if words in speakers.runs]
        return self._named_at(i, found)

    def speaker_quoted(self, i: int, speakers: BodySpeakers) -> ActorHit | None:
        """The person no gazetteer lists who speaks in the body under the very words that open
        the line at token ``i`` right before a colon ("وقال جعجع إن ..." under "جعجع: اغتيال
        سياسي ..."): the title quotes that person. Only the whole name, closed by the colon."""
        found = [(speakers.names[words][0], end, speakers.names[words][1])
                 for end, words in self._closed_names(i, map(len, speakers.names)) if words in speakers.names]
        return self._named_at(i, found)

    def _named_at(self, i: int, found: list[tuple[object, int, ActorHit]]) -> ActorHit | None:
        """The speaker of the earliest body reading among ``found`` ((order key, last token,
        hit)), moved onto the title's tokens ``i`` .. its last token; None when none was found."""
        if not found:
            return None
        _, end, a = min(found, key=lambda f: f[0])
        toks = self.text.tokens
        return attrs.evolve(a, first=i, last=end, start=toks[i].start, end=toks[end].end,
                            prefix="", conj="", prep="", counterpart=False)

    def family_named(self, i: int) -> ActorHit | None:
        """A person the article names in full, named at token ``i`` by the last word of that
        name ("عباس:" over a body that names "الرئيس الفلسطيني محمود عباس"): a title names
        its speaker before the body does."""
        starts, people = self.family_names().get(self.text.tokens[i].form, ((), ()))
        if not people:
            return None
        tok = self.text.tokens[i]
        return attrs.evolve(people[0], first=i, last=i, start=tok.start, end=tok.end, prefix="", conj="", prep="",
                            counterpart=False)
