"""The whole pipeline over many articles: tag, extract, merge, order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from ..events.extract import WINDOW_DAYS, Link, extract_article
from ..model import Article, Event, InputError, Problem, Timeline, Timex
from .merge import cluster_events
from .order import order_events

Tagger = Callable[[Article, str], Sequence[Timex]]


def _default_tagger(article: Article, prefer: str) -> Sequence[Timex]:
    from ..temporal import tag_article

    return tag_article(article, prefer)


def build(articles: Iterable[Article], prefer: str = "past",
          on_problem: Callable[[Problem], None] | None = None, *,
          window_days: int = WINDOW_DAYS, tagger: Tagger | None = None) -> Timeline:
    """Tag each article, extract its events, merge them across articles and order them.

    An article that raises (``InputError`` or anything unexpected) becomes a ``Problem`` in
    ``Timeline.problems`` (also passed to ``on_problem``); the other articles go on.
    ``tagger(article, prefer)`` replaces ``timeline.temporal.tag_article`` when given.
    """
    tag = tagger or _default_tagger
    events: list[Event] = []
    claims: list[tuple[int, int, Link]] = []  # indices into ``events``
    problems: list[Problem] = []
    ids: list[str] = []
    for article in articles:
        ids.append(article.id)
        try:
            found, found_links = extract_article(article, tag(article, prefer), window_days=window_days)
        except InputError as err:
            problem = err.problem
        except Exception as err:  # noqa: BLE001 - one bad article must not sink the batch
            problem = Problem(article.id, None, f"{type(err).__name__}: {err}")
        else:
            # provisional ids are only unique within one article
            local = {e.id: len(events) + i for i, e in enumerate(found)}
            claims.extend((local[k.before], local[k.after], k) for k in found_links
                          if k.before in local and k.after in local)
            events.extend(found)
            continue
        problems.append(problem)
        if on_problem is not None:
            on_problem(problem)
    merged, assign = cluster_events(events)
    links = [(merged[assign[b]].id, merged[assign[a]].id,
              events[b].mentions + (link.cue,) + events[a].mentions) for b, a, link in claims]
    relations, conflicts = order_events(merged, links)
    return Timeline(events=tuple(merged), relations=tuple(relations), conflicts=tuple(conflicts),
                    problems=tuple(problems), articles=tuple(ids))
