"""Phases of ceasefires, read from the cues around the trigger by the ordered rules of
``timeline/lexicon/events/phases.json`` (violated, collapsed, extended, suspended, resumed,
takes effect, agreed, proposed; "called for" marks a demand, which is no event)."""

from __future__ import annotations

from typing import Any

from .context import Context
from .lexicon import read_lexicon
from .match import Match

#: The ordered phase rules for ceasefire mentions.
CEASEFIRE_RULES: tuple[dict[str, Any], ...] = tuple(read_lexicon("phases.json")["ceasefire"])


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
