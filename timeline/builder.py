"""``timeline.build``: :func:`timeline.graph.build` with the tagger's options (``dialects``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .model import Article, Problem, Timeline


def build(articles: Iterable[Article | Problem | Mapping[str, Any]], prefer: str = "past",
          on_problem: Callable[[Problem], None] | None = None, *, dialects: Iterable[str] | None = None,
          **options: Any) -> Timeline:
    """:func:`timeline.graph.build` (same arguments), reading only the spoken-form overlays
    ``dialects`` (``None``, the default: all of them; ``()``: Standard Arabic only; see
    :func:`timeline.temporal.tag`).  ``dialects`` and ``tagger`` exclude each other."""
    from .graph import build as build_graph

    if dialects is not None and options.get("tagger") is not None:
        raise ValueError("give dialects or tagger, not both")
    # the choice goes down to pipeline.process, which analyses each article once
    return build_graph(articles, prefer, on_problem, dialects=dialects, **options)
