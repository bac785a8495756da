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
                else:
                    xs = before_cue(s, c)
                ys = after_cue(s, c)
                if not xs or not ys or xs[0] == ys[0]:
                    continue
                used.update(range(c.first, c.last + 1))
                x, y = xs[0], ys[0]
                first, second = (y, x) if direction == "after_first" else (x, y)
                out.append(Link(first, second, cue_mention(c)))
        return out
