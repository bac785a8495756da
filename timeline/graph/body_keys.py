"""What an unlisted body's actor key says: its state, its head word and the rest of its name
("yemen:~اللجنه_العليا_للانتخابات"), and when two such keys name one body (:func:`body_name_alias`,
:func:`short_name`).  Used by :mod:`timeline.graph.matching` and :mod:`timeline.graph.blocking`."""

from __future__ import annotations

from ..arabic import fold
from ..document.segment import analyses
from ..events.body_words import WORDS as BODY_WORDS
from ..events.inflection import ARTICLE
from .kinship import BODY_RANKS


def state_body_name(key: str) -> bool:
    """Whether ``key`` is an unlisted name of a state body with no state ("~وزاره_الخارجيه",
    "~الهييه_العليا": a head word of ``bodies.json`` ``state_bodies`` first)."""
    return ":" not in key and body_head(key) is not None


def body_head(key: str) -> tuple[str, str, list[str]] | None:
    """``(state or "", head, other words)`` of an unlisted state body's key
    ("yemen:~اللجنه_العليا_للانتخابات" -> ("yemen", "لجنه", ["العليا", "للانتخابات"])), else None."""
    state, sep, rest = key.partition(":~")
    if not sep:
        if not key.startswith("~"):
            return None
        state, rest = "", key[1:]
    words = rest.split("_")
    head = words[0].removeprefix(ARTICLE)
    return (state, head, words[1:]) if head in BODY_WORDS["state_bodies"] else None


def _stems(word: str) -> frozenset[str]:
    """The stems of ``word``'s readings, clitics and article apart ("للانتخابات" -> "انتخابات")."""
    return frozenset(x.stem for x in analyses(word) if len(x.stem) > 2)


def body_name_alias(a: str, b: str) -> bool:
    """Two keys name one state body: the same head, no two states, and each word of the name
    with fewer words (rank words apart: :data:`timeline.graph.kinship.BODY_RANKS`) read, clitics
    apart, as one of the other's.  A head alone ("الهيئة") is no name here (see
    :func:`short_name`); a rank word alone ("الهيئة العليا") is an outlet's short name."""
    ha, hb = body_head(a), body_head(b)
    if ha is None or hb is None or ha[1] != hb[1] or a == b or (ha[0] and hb[0] and ha[0] != hb[0]):
        return False
    if not ha[2] or not hb[2]:
        return False
    sa, sb = ([s for s in map(_stems, h[2]) if s.isdisjoint(BODY_RANKS)] for h in (ha, hb))
    short, long = sorted((sa, sb), key=len)
    return all(any(not w.isdisjoint(x) for x in long) for w in short)


def short_name(a: str, b: str) -> bool:
    """An unlisted body named in full once ("~وزاره_الخارجيه") and then by its head alone
    ("~الوزاره")."""
    if not (a.startswith("~") and b.startswith("~")):
        return False
    wa, wb = a[1:].split("_"), b[1:].split("_")
    if len(wa) > len(wb):
        wa, wb = wb, wa
    strip = [w.removeprefix(ARTICLE) for w in (wa[0], wb[0])]
    return len(wa) == 1 and len(wb) > 1 and strip[0] == strip[1]


def fold_adjective(word: str) -> str:
    """A lexicon nisba folded as actor keys fold their words (hamza seats, final ى)."""
    return fold(word)
