"""Phases of ceasefires, read from the cues around the trigger by the ordered rules of
``timeline/lexicon/events/phases.json`` (violated, collapsed, extended, suspended, resumed,
takes effect, agreed, proposed; "called for" marks a demand, which is no event)."""

from __future__ import annotations

import bisect
from typing import Any

from .context import Candidate, Context
from .lexicon import read_lexicon
from .match import Match

#: The ordered phase rules for ceasefire mentions.
CEASEFIRE_RULES: tuple[dict[str, Any], ...] = tuple(read_lexicon("phases.json")["ceasefire"])
#: Ceasefire trigger subtypes of what happens to a truce once made (its violation, collapse,
#: extension, suspension, resumption): a truce noun with its own date is another event.
LATER_SUBTYPES = frozenset({"violated", "collapsed", "extended", "suspended", "resumed"})


class Phases(Context):
    """The phase a ceasefire mention reports."""

    def ceasefire_phase(self, m: Match, clause: tuple[int, int], sentence: tuple[int, int]) -> str | None:
        """The first rule whose cue lies around ``m`` gives the phase (``None``: unstated)."""
        for rule in CEASEFIRE_RULES:
            scope = sentence if rule.get("scope") == "sentence" else clause
            cue = self.near(rule["cue"], m, rule["before"], rule["after"], scope)
            if cue is not None and (not rule.get("preceding") or cue.last < m.first):
                return str(rule["phase"])
        return None

    def own_phase(self, noun: Candidate, verb: Candidate) -> bool:
        """A truce noun and a later-phase verb said of it are two events when a time
        expression stands between them: "وكانت هدنة أعلنتها الحكومة في مارس قد انهارت في
        أغسطس"، "هدنة توسطت فيها موسكو صباح الثلاثاء قد انهارت بعد ساعات" tell when the truce
        was made and that it collapsed ("انهارت الهدنة أمس" is the collapse alone)."""
        return noun.type == verb.type == "ceasefire" and noun.match.hit.pos == "noun" and \
            verb.match.hit.pos == "verb" and verb.subtype in LATER_SUBTYPES and noun.end <= verb.start and \
            any(t.end <= verb.start for t in self.timexes[bisect.bisect_left(self._timex_starts, noun.end):
                                                        bisect.bisect_left(self._timex_starts, verb.start)])
