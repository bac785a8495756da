"""Title, bullet and teaser lines: events they report that the body reports too are dropped."""

from __future__ import annotations

import bisect

import attrs

from .context import Candidate
from .continuations import Continuations
from .predicates import is_predicate

# Lines ending in one of these are prose; a title or teaser line has no final punctuation.
_LINE_END = ".!?\u061f\u2026:\u061b;"
_BULLETS = "\u2022\u00b7\u25aa\u25e6*-\u2013\u2014"
_HEADLINE_MAX_WORDS = 25


class Titles(Continuations):
    """Title and teaser lines of an article."""

    def colon_title(self, m) -> bool:
        """Whether trigger ``m`` opens a title line that a colon closes within two words after
        it ("خطاب النصر: ..."، "خطاب التنصيب: ..."): the noun names what the article tells (the
        colon is no token, so the line's text is read between the tokens)."""
        if not self.in_title(m.start):
            return False
        text, toks = self.article.text, self.text.tokens
        opening = text.rfind("\n", 0, m.start) + 1
        end = text.find("\n", m.end)
        colon = text.find(":", m.end, len(text) if end < 0 else end)
        if text[opening:m.start].strip() or colon < 0:
            return False
        inner = [i for i in range(m.last + 1, len(toks)) if toks[i].start < colon]
        return len(inner) <= 2 and not any(i in self.timex_tokens for i in inner)

    def in_title(self, offset: int) -> bool:
        """Whether ``offset`` lies in a title or teaser line (:meth:`headlines`, computed once)."""
        spans = getattr(self, "_title_spans", None)
        if spans is None:
            spans = self._title_spans = self.headlines()
        i = bisect.bisect_right(spans, (offset, len(self.article.text) + 1)) - 1
        return i >= 0 and spans[i][0] <= offset < spans[i][1]

    def headlines(self) -> list[tuple[int, int]]:
        """Title, bullet and teaser lines: no final punctuation and standing apart (blank lines
        around, a bullet, or the run of such lines closing the article), or a "read also" line.
        A line broken inside a paragraph has prose on one side, so it never qualifies."""
        text = self.article.text
        spans, pos = [], 0
        for line in text.split("\n"):
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        lines = [text[a:b].strip() for a, b in spans]
        marks = {c.start for c in self.cues("headline_marks")}

        def bare(i: int) -> bool:
            return bool(lines[i]) and lines[i][-1] not in _LINE_END and len(lines[i].split()) <= _HEADLINE_MAX_WORDS

        def bullet(i: int) -> bool:
            return bool(lines[i]) and lines[i][0] in _BULLETS

        def blank(i: int) -> bool:
            return not 0 <= i < len(lines) or not lines[i]

        def prose(i: int) -> bool:
            return 0 <= i < len(lines) and bool(lines[i]) and lines[i][-1] in _LINE_END

        head = [False] * len(lines)
        opening = next((i for i in range(len(lines)) if lines[i]), None)
        for i in range(len(lines)):
            if not lines[i]:
                continue
            line = text[spans[i][0]:spans[i][1]]
            marked = spans[i][0] + len(line) - len(line.lstrip()) in marks
            # the opening line over prose right under it is the article's title too (a page
            # scraped with one line break: "ضربة روسية على مطبعة في خاركيف\nقتل سبعة ...")
            head[i] = bullet(i) or marked or (bare(i) and (blank(i - 1) or head[i - 1])
                                              and (blank(i + 1) or bullet(i + 1) or (i == opening and prose(i + 1))))
        i = len(lines) - 1
        while i >= 0 and (blank(i) or bare(i)):
            head[i] = bool(lines[i])
            i -= 1
        return [span for span, h in zip(spans, head, strict=True) if h]

    @staticmethod
    def same_act(title: Candidate, body: Candidate) -> bool:
        """Whether a title's candidate and a body's of its type name one kind of act: an act
        (``other``, whose subtypes name different happenings: a funeral, a burial) of the same
        subtype, neither a fallback act; a strike's or a contact's subtypes are wordings of one."""
        return title.type == "other" and title.subtype == body.subtype \
            and not is_predicate(title.match) and not is_predicate(body.match)

    def drop_headlines(self, cands: list[Candidate]) -> list[Candidate]:
        """Events of title and teaser lines that the body reports too (same type, shared or
        unnamed parties) become further mentions of the body's event (the one sharing most
        parties); a title that is the only report of its event stays an event. A statement
        that goes on the one before (:meth:`fold_continuations`) is a further mention of it."""
        cands = self.fold_continuations(cands)
        spans = self.headlines()
        if not spans:
            return cands
        starts = [a for a, _ in spans]

        def in_headline(c: Candidate) -> bool:
            i = bisect.bisect_right(starts, c.start) - 1
            return i >= 0 and c.start < spans[i][1]

        flags = [in_headline(c) for c in cands]
        body: dict[str, list[tuple[int, set[str]]]] = {}
        for j, (c, flag) in enumerate(zip(cands, flags, strict=True)):
            if not flag and not is_predicate(c.match):
                # (a fallback act is no body event a title tells: the title's own type stays)
                body.setdefault(c.type, []).append((j, self.parties(c)))
        echoes: dict[int, list[tuple[int, int]]] = {}
        taken: dict[tuple[int, int], set[str | None]] = {}  # (title line, body event) -> subtypes given
        told: set[int] = set()
        for c, flag in zip(cands, flags, strict=True):
            if flag:
                mine = self.parties(c)
                # the body's act of the title's own subtype first: "تشييع ديلون" names the
                # funeral, not the burial told with it (not a fallback act: its verb is generic)
                fits = [(self.same_act(c, cands[j]), len(mine & other), -j) for j, other in body.get(c.type, ())
                        if not mine or not other or mine & other]
                # a title tells the article's news, not the cause told with it ("رداً على هجوم")
                fits = [f for f in fits if not self.told_as_background(cands[-f[2]])] or fits
                if not fits:
                    continue
                best = max(fits)
                line = bisect.bisect_right(starts, c.start) - 1
                given = taken.setdefault((line, -best[2]), set())
                if not best[0] and given and c.subtype not in given and c.match.hit.pos == "verb" and c.type == "other":
                    # a title of two acts ("ماسك يستحوذ على تويتر ويقيل كبار مديريها"): the
                    # second verb, of another subtype, is not the first's body act; it stands
                    # alone (nouns of one act in two words, "هجوم" and "صاروخي", stay one)
                    continue
                given.add(c.subtype)
                # the title's words become a further mention of the body's event
                echoes.setdefault(-best[2], []).append((c.start, c.end))
                if best[0] and not c.needs_date:
                    told.add(-best[2])  # the title tells it as news: no date of its own needed
        out = []
        for j, (c, flag) in enumerate(zip(cands, flags, strict=True)):
            if flag and any((c.start, c.end) in spans for spans in echoes.values()):
                continue
            if j in echoes:
                c = attrs.evolve(c, echoes=c.echoes + tuple(echoes[j]), needs_date=c.needs_date and j not in told)
            out.append(c)
        return out
