"""The headline of a merged event: among its reports' headlines, the one naming most of who
took part and where (:func:`best_headline`)."""

from __future__ import annotations

from collections.abc import Iterable

from ..arabic import fold
from ..document.segment import analyses
from ..events.lexicon import is_nisba
from ..model import Event
from .identity import Identity


def better_headline(a: str | None, b: str | None) -> str | None:
    """The better of two headlines by their text alone (see :func:`headline_rank`)."""
    if a is None or b is None:
        return a or b
    return max(a, b, key=lambda h: headline_rank(h, frozenset()))


#: Words of a headline beyond which more words stop counting as more information.
HEADLINE_WORDS = 14


def _stems(text: str) -> frozenset[str]:
    """The stems of a text's words, clitics taken off (for "is this name in the headline")."""
    return frozenset(a.stem for word in fold(text).split() for a in analyses(word))


def headline_rank(headline: str, facts: frozenset[str]) -> tuple:
    """Order of headlines, best last: how many of the event's ``facts`` (the last word of each
    participant's and of the place's name, folded) it names (who, where), then more words up
    to :data:`HEADLINE_WORDS`, then the shorter, then the text itself (deterministic)."""
    words = len(headline.split())
    stems = _stems(headline) if facts else frozenset()
    named = sum(any(_names(stem, fact) for stem in stems) for fact in facts)
    return (named, min(words, HEADLINE_WORDS), -words, headline)


#: Letters a nisba adjective adds to its name at most ("إسرائيل" -> "إسرائيلية").
_NISBA_LETTERS = 3


def _names(stem: str, fact: str) -> bool:
    """Whether a headline word names ``fact``: the name itself or its nisba adjective."""
    return stem == fact or (stem.startswith(fact) and len(stem) - len(fact) <= _NISBA_LETTERS and is_nisba(stem))


def best_headline(event: Event, headlines: Iterable[str], matcher: Identity) -> str | None:
    """The headline of a merged event: among its reports' headlines, the one naming most of
    who took part and where (:func:`headline_rank`)."""
    candidates = sorted(set(headlines))
    if not candidates:
        return None
    names = [a.name for a in matcher.named(event)]
    if event.place is not None:
        names.append(matcher.lexicon.place_names.get(event.place, event.place))
    facts = frozenset(fold(n).split()[-1] for n in names if fold(n).split())
    return max(candidates, key=lambda h: headline_rank(h, facts))
