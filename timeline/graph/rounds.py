"""The round of an election a report names (``Event.round``; data ``identity.json`` key ``rounds``).

Read once per article, before merging: in the words of each mention of an event of a listed
subtype and the ``window`` words before it in its sentence (``Mention.context``), a round
phrase matched word by word on stems after clitic segmentation ("لجولة الإعادة"، "بالدورة
الثانية"). An event whose mentions name two rounds names none.  Identity parts reports of
two rounds (:meth:`timeline.graph.identity.Identity.conflict`, rule ``round``) and lets a
report that fits several events join the one of its round (:func:`timeline.graph.merge._pass`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ..arabic import fold
from ..document.segment import analyses
from ..events.inflection import ARTICLE, read_data
from ..model import Event

_DATA = read_data("identity.json").get("rounds", {})
#: Subtypes whose reports may name a round.
ROUND_SUBTYPES = frozenset(_DATA.get("subtypes", ()))
#: Words before a mention read for its round.
WINDOW = int(_DATA.get("window", 0))
_WORD = re.compile(r"[^\W\d_]+")


def _stem(word: str) -> str:
    folded = fold(word)
    return folded[len(ARTICLE):] if folded.startswith(ARTICLE) and len(folded) > len(ARTICLE) + 1 else folded


#: (round, phrase as stems), every phrase of the data.
PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (name, tuple(_stem(w) for w in phrase.split()))
    for name in ("first", "runoff") for phrase in _DATA.get(name, ()))


def _stems(word: str) -> frozenset[str]:
    return frozenset(a.stem for a in analyses(fold(word)))


def rounds_in(words: Sequence[str]) -> set[str]:
    """The rounds whose phrases occur in ``words`` (written words, in order)."""
    stems = [_stems(w) for w in words]
    found = set()
    for name, phrase in PHRASES:
        n = len(phrase)
        if any(all(phrase[j] in stems[i + j] for j in range(n)) for i in range(len(stems) - n + 1)):
            found.add(name)
    return found


def round_of(event: Event, text: str) -> str | None:
    """The one round ``event``'s mentions name in ``text`` (its article), else ``None``."""
    if event.subtype not in ROUND_SUBTYPES or not PHRASES:
        return None
    found: set[str] = set()
    for m in event.mentions:
        start = m.context[0] if m.context is not None else m.start
        # a bounded look back: a round phrase is a few words, a sentence may be long
        before = _WORD.findall(text[max(start, m.start - 24 * WINDOW, 0):m.start])[-WINDOW:] if WINDOW else []
        found |= rounds_in(before + _WORD.findall(text[m.start:m.end]))
    return found.pop() if len(found) == 1 else None


def with_rounds(events: Sequence[Event], text: str) -> tuple[Event, ...]:
    """``events`` of one article, each with the round its mentions name."""
    out = []
    for event in events:
        found = round_of(event, text)
        out.append(event if found == event.round else attrs.evolve(event, round=found))
    return tuple(out)
