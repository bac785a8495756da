"""The whole pipeline over many articles: tag, extract, merge, order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..events.extract import WINDOW_DAYS
from ..model import Article, Problem, Timeline
from .records import Tagger, merge_records


def build(articles: Iterable[Article | Problem | Mapping[str, Any]], prefer: str = "past",
          on_problem: Callable[[Problem], None] | None = None, *,
          window_days: int = WINDOW_DAYS, tagger: Tagger | None = None, lexicon: Any = None,
          dialects: Iterable[str] | None = None) -> Timeline:
    """Tag each article, extract its events, merge them across articles and order them.

    ``articles`` may hold what :func:`timeline.io.read_articles` yields (its Problems are
    collected first among the timeline's problems) and plain mappings
    (``{"id": ..., "published": ..., "text": ...}``, read with :func:`timeline.io.parse_article`).
    A repeated article id is a Problem and the repeat is left out.  An article that fails
    (``InputError`` or anything unexpected) becomes a ``Problem`` in ``Timeline.problems``
    and is not listed in ``Timeline.articles``; the other articles go on.  ``on_problem``
    sees every problem, in that order, once the timeline is done.  ``tagger(article, prefer)``
    replaces ``timeline.temporal.tag_article`` when given; ``dialects`` chooses the tagger's
    spoken-form overlays (see :func:`timeline.temporal.tag`; not with ``tagger``).  ``lexicon`` adds language data to the
    package's: a path (or several) of a user lexicon file, its data as a dict, or a compiled
    lexicon (:func:`timeline.user_lexicon.load_lexicon`).
    """
    from ..io.articles import check_items
    from ..pipeline import Step

    # the step every driver shares (the command line, Dask, updates): same options, same records
    step = Step(prefer, window_days, tagger, lexicon, dialects)
    records = [step(item, (0, position)) for position, item in enumerate(check_items(articles))]
    timeline, _ = merge_records(records, lexicon=step.compiled)
    if on_problem is not None:
        for problem in timeline.problems:
            on_problem(problem)
    return timeline
