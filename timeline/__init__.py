"""timeline: Arabic news to event timelines.

Functions: :func:`tag` and :func:`tag_article` (time expressions), :func:`extract_events`,
:func:`build` (the whole pipeline over many articles), :func:`read_articles` (JSON Lines, CSV,
folders of ``.txt`` files, DataFrames in; Articles and Problems out), :func:`to_networkx`,
:func:`show` (the HTML page, inline in a notebook), :func:`tag_frame` (pandas).  Stages: ``timeline.temporal``,
``timeline.events``, ``timeline.graph``, ``timeline.io``.

>>> import datetime, timeline
>>> [t.value for t in timeline.tag("وصل الوفد أمس الأربعاء", datetime.date(2020, 10, 1))]
['2020-09-30']
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from .model import (
    Actor,
    Article,
    Conflict,
    Event,
    InputError,
    Mention,
    Problem,
    Reading,
    Relation,
    Timeline,
    Timex,
)

__version__ = "0.1.0"

# Public functions live in their stage's package; they are imported on first use so that
# `import timeline` stays cheap and stages never import each other in a cycle.
_LAZY = {
    "tag": "timeline.tagged",
    "tag_article": "timeline.tagged",
    "tag_frame": "timeline.frames",
    "show": "timeline.io",
    "extract_events": "timeline.events",
    "build": "timeline.builder",
    "to_networkx": "timeline.graph",
    "read_articles": "timeline.io",
}


#: Subpackages reachable as attributes without importing them first (``timeline.graph``).
_SUBMODULES = ("arabic", "builder", "cli", "distributed", "document", "events", "frames", "graph", "incremental", "io",
               "model", "plot", "tagged", "temporal", "user_lexicon")


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return import_module(f"{__name__}.{name}")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    return getattr(import_module(module), name)


def __dir__() -> list[str]:
    # help() and dir() list the lazy functions too (help() believes __all__).
    return sorted(set(globals()) | set(__all__) | set(_SUBMODULES))


__all__ = [
    "Actor", "Article", "Conflict", "Event", "InputError", "Mention", "Problem", "Reading",
    "Relation", "Timeline", "Timex", "__version__", *sorted(_LAZY),
]
