"""The state a text names, read for what follows that state's own calendar: the months of a
fiscal year named by two years (``العام المالي 2023/2024``: July-June in Egypt, April-March in
Kuwait; ``units.json`` ``cycles.states``)."""

from __future__ import annotations

import bisect

from ..arabic import Normalized
from ..document import Document
from .engine import Found
from .lexicon import LEXICON


class StateNames:
    """The states an article names, on its tokens' analyses (mixed into its ``Context``)."""

    doc: Document
    norm: Normalized
    _states: tuple[list[int], list[tuple[int, int]]] | None

    def _state_mentions(self) -> tuple[list[int], list[tuple[int, int]]]:
        """Original offsets of the tokens naming a listed state, and each one's fiscal months."""
        if self._states is None:
            states = LEXICON.fiscal_states
            starts, spans = [], []
            for token in self.doc.tokens:
                span = next((states[a.word] for a in token.analyses if a.word in states), None)
                if span is not None:
                    starts.append(token.start)
                    spans.append(span)
            self._states = starts, spans
        return self._states

    def fiscal_months(self, found: Found) -> tuple[int, int] | None:
        """The first and last month of the fiscal year of the state named nearest to ``found`` in
        its sentence, else of the only state the article names; ``None`` when none is named."""
        starts, spans = self._state_mentions()
        if not starts:
            return None
        at = self.norm.span(found.start, found.start + 1)[0]
        lo, hi = self.doc.sentence(at)
        a, b = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
        if a < b:
            return spans[min(range(a, b), key=lambda k: abs(starts[k] - at))]
        return spans[0] if len(set(spans)) == 1 else None
