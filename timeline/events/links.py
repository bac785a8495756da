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
#: How many words (a conjunction) may open a sentence before a fronted cue.
FRONTED_LEAD = 1


class Links(Context):
    """Order cues read between the events of one article."""

    def links(self, placed: list[tuple[int, int, str]]) -> list[Link]:
        by_sentence: dict[int, list[tuple[int, str]]] = {}
        for s, start, eid in placed:
            by_sentence.setdefault(s, []).append((start, eid))
        out: list[Link] = []
        used: set[int] = set()  # tokens of cues already read

        def cue_mention(c: Match) -> Mention:
            return Mention(self.article.id, c.start, c.end, self.article.text[c.start:c.end],
                           context=self.sentence(c.start))

        def before_cue(s: int, c: Match) -> list[str]:
            own = [e for start, e in by_sentence.get(s, ()) if start < c.start]
            if own:
                return own[-1:]
            prev = by_sentence.get(s - 1, [])
            return [prev[-1][1]] if prev else []

        def after_cue(s: int, c: Match) -> list[str]:
            own = [e for start, e in by_sentence.get(s, ()) if start >= c.end]
            return own[:1]

        def fronted(s: int, c: Match) -> tuple[list[str], list[str]]:
            # The event named right after a cue that opens its sentence is the reference
            # point; the next event after it (in a later clause when the reference is
            # unnamed) is the one the cue places.  A phrase naming no event ("وعقب أداء
            # القسم،"، "وفور وصوله،") refers back to the previous sentence's main event.
            after = [(start, e) for start, e in by_sentence.get(s, ()) if start >= c.end]
            opening = self.text.token_range(self.sentence(c.start)).start
            if not after or c.first - opening > FRONTED_LEAD:
                return [], []
            named = self.text.token_at(after[0][0]) - c.last <= FRONTED_GAP
            if named:
                rest = [e for start, e in after[1:] if e != after[0][1]]
                return [after[0][1]], rest[:1]
            clause_end = self.clause(c.start)[1]
            later = [e for start, e in after if start >= clause_end]
            prev = by_sentence.get(s - 1, [])
            return ([prev[0][1]] if prev and later else []), later[:1]

        rules = (("after_previous", "after_first"), ("earlier_than_previous", "after_first"),
                 ("later_than_previous", "before_first"), ("after_next", "after_first"),
                 ("before_next", "before_first"))
        for name, direction in rules:
            for c in self.cues(name):
                if any(i in used for i in range(c.first, c.last + 1)):
                    continue
                if name == "before_next" and self.is_word(c.first - 1, "origin"):
                    continue  # "من قبل": the passive agent, not time
                s = self.text.sentence_of(c.start)
                if name in ("after_next", "before_next"):
                    xs = [e for start, e in by_sentence.get(s, ()) if start < c.start][-1:]
                    if not xs:
                        # a fronted cue ("وعقب الانفجار، عقد المجلس ..."، "قبيل التوقيع، رُفعت ...")
                        xs, ys = fronted(s, c)
                        if direction == "before_first":
                            xs, ys = ys, xs
                        direction_here = "before_first"
                    else:
                        ys = after_cue(s, c)
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
