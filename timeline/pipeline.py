"""The per-article step that every driver shares: tag, extract, and what one article yields.

``build`` (:func:`timeline.graph.build`), the command line (``--jobs``), the Dask driver
(:mod:`timeline.distributed`) and incremental updates (:mod:`timeline.incremental`) all call
:func:`process`, through :func:`timeline.graph.records.extract_one` (which first checks the
input item); nothing else runs the per-article part.  Merging and ordering happen later, over
the events of every article (:func:`timeline.graph.records.merge_records`).

One article's failure (an :class:`~timeline.model.InputError` or anything unexpected) becomes
its :attr:`Processed.problem`; the others go on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import attrs

from .document import Document, analyse
from .events.extract import WINDOW_DAYS, extract_article
from .events.lexicon import Lexicon
from .model import Article, Event, InputError, Mention, Problem, Timex

__all__ = ["LocalLink", "Processed", "Tagger", "process"]

Tagger = Callable[[Article, str], Sequence[Timex]]
#: A textual claim inside one article: (index of the earlier event, index of the later,
#: evidence: the earlier event's mentions, the cue, the later event's mentions).
LocalLink = tuple[int, int, tuple[Mention, ...]]


@attrs.frozen
class Processed:
    """What one article yields: its analysed text, time expressions, single-mention events,
    the textual order claims between them, or the problem that stopped it."""

    article: str
    document: Document | None = None
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    links: tuple[LocalLink, ...] = ()
    problem: Problem | None = None


def _tag_article(article: Article, prefer: str, document: Document | None = None,
                 dialects: Iterable[str] | None = None, lexicon: Lexicon | None = None) -> Sequence[Timex]:
    from .temporal import tag_article

    vocabulary = lexicon.temporal if lexicon is not None else None
    return tag_article(article, prefer, document=document, dialects=dialects, vocabulary=vocabulary)


def process(article: Article, prefer: str = "past", *, window_days: int = WINDOW_DAYS,
            tagger: Tagger | None = None, lexicon: Lexicon | None = None,
            dialects: Iterable[str] | None = None) -> Processed:
    """Analyse ``article`` once, tag it and extract its events from that analysis
    (``tagger(article, prefer)`` replaces the tagger; the default one reads that analysis,
    with the spoken-form overlays ``dialects``: see :func:`timeline.temporal.tag`;
    ``lexicon`` the event lexicon, e.g. with a user's files: :mod:`timeline.user_lexicon`, whose
    month spellings the default tagger reads too).

    Event ids are provisional, unique within the article only; links refer to events by their
    index in :attr:`Processed.events`.
    """
    if dialects is not None and tagger is not None:
        raise ValueError("give dialects or tagger, not both")
    try:
        document = analyse(article.text, article.id)
        timexes = tuple(tagger(article, prefer) if tagger else _tag_article(article, prefer, document, dialects, lexicon))
        found, found_links = extract_article(article, timexes, document, window_days=window_days, lexicon=lexicon)
    except InputError as err:
        return Processed(article.id, problem=err.problem)
    except Exception as err:  # noqa: BLE001 - one bad article must not sink the batch
        return Processed(article.id, problem=Problem(article.id, None, f"{type(err).__name__}: {err}"))
    events = tuple(found)
    local = {e.id: i for i, e in enumerate(events)}
    links = tuple((local[k.before], local[k.after],
                   events[local[k.before]].mentions + (k.cue,) + events[local[k.after]].mentions)
                  for k in found_links if k.before in local and k.after in local)
    return Processed(article.id, document, timexes, events, links)
