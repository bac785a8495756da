"""Phases of ceasefires and agreements, read from the cues around the trigger."""

from __future__ import annotations

from .context import Context
from .match import Match


class Phases(Context):
    """The phase a ceasefire mention reports."""

    def ceasefire_phase(self, m: Match, clause: tuple[int, int], sentence: tuple[int, int]) -> str | None:
        if self.near("violated", m, 4, 3, clause):
            return "violated"
        if self.near("collapsed", m, 3, 3, clause):
            return "collapsed"
        if self.near("takes_effect", m, 3, 5, clause):
            return "takes_effect"
        if self.near("agreed_done", m, 7, 6, clause):
            return "agreed"
        call = self.near("call_for", m, 16, 0, sentence)
        if call is not None and call.last < m.first:
            return "called_for"
        if self.near("agreed_act", m, 3, 0, clause):
            return "agreed"
        return None
