"""Places: gazetteer places and unlisted ones after a place noun ("مدينة ود ..."), and the place
of a candidate."""

from __future__ import annotations

import bisect

from .context import CONTENT_TYPES, Context
from .match import Match


class Places(Context):
    """Where a candidate happened."""

    def place(self, kind: str, clause: tuple[int, int], m: Match) -> str | None:
        if kind in ("statement", "call"):
            return None
        lo = self.report_cut(m, clause) if kind in CONTENT_TYPES else clause[0]
        for p in self.places[bisect.bisect_left(self._place_starts, lo):]:
            if p.start >= clause[1]:
                break
            if p.end > clause[1]:
                continue
            origin = self.is_word(p.first - 1, "origin") or (
                self.is_word(p.first - 1, "place_nouns") and self.is_word(p.first - 2, "origin"))
            if origin and kind != "capture":
                continue  # "أطلق من مدينة غوريس": where it came from (but "انسحبت من" is the place)
            located = self.is_word(p.first - 1, "locative") or p.prep in self.words("locative_clitic")
            if kind == "meeting" and not located:
                continue
            if not located and p.first in self.actor_tokens:
                continue  # "أكدت باكو": the capital stands for the state
            return str(p.data["key"])
        return None
