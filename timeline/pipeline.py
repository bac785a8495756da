"""The per-article step that every driver shares: tag, extract, and what one article yields.

:func:`process` is the work on one article.  :class:`Step` is that work with its options
(``prefer``, ``window_days``, ``tagger``, ``lexicon``, ``dialects``) fixed once, picklable,
called on each input item through :func:`timeline.graph.records.extract_one` (which first
checks the item); it also gives the lexicon the merge must use.  ``build``
(:func:`timeline.graph.build`), the command line (``--jobs``), the Dask driver
(:mod:`timeline.distributed`) and incremental updates (:mod:`timeline.incremental`) all take a
``Step``, so an option given to one reaches every article on every path; nothing else runs
the per-article part.  Merging and ordering happen later, over the events of every article
(:func:`timeline.graph.records.merge_records`).

One article's failure (an :class:`~timeline.model.InputError` or anything unexpected) becomes
its :attr:`Processed.problem`; the others go on.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .document import Document, analyse
from .events.extract import WINDOW_DAYS, extract_article
from .events.lexicon import Lexicon
from .model import Article, Event, InputError, Mention, Problem, Timex

if TYPE_CHECKING:
    from .graph.records import Extracted, Key

__all__ = ["LexiconData", "LocalLink", "Processed", "Step", "Tagger", "process"]

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


@attrs.frozen
class LexiconData:
    """A user lexicon given as data, kept as its JSON text: it pickles (a compiled lexicon's
    read-only mappings do not) and is compiled once per process (:func:`_compile`)."""

    text: str


def _lexicon_source(value: Any) -> Lexicon | tuple[str | LexiconData, ...] | None:
    """What :class:`Step` keeps of a ``lexicon`` option: a compiled lexicon as is, else the
    sources in order (paths as strings, data as :class:`LexiconData`), cheap to send to workers."""
    if value is None or isinstance(value, Lexicon):
        return value
    if isinstance(value, tuple) and all(isinstance(v, (str, LexiconData)) for v in value):
        return value or None
    values = [value] if isinstance(value, (str, os.PathLike, Mapping)) else list(value)
    return tuple(LexiconData(json.dumps(v, ensure_ascii=False, sort_keys=True)) if isinstance(v, Mapping)
                 else os.fspath(v) for v in values) or None


@functools.lru_cache(maxsize=8)
def _compile(sources: tuple[str | LexiconData, ...]) -> Lexicon:
    from .user_lexicon import load_lexicon

    return load_lexicon([json.loads(s.text) if isinstance(s, LexiconData) else s for s in sources])


def _digest(lexicon: Lexicon | tuple[str | LexiconData, ...] | None) -> str | None:
    if lexicon is None or isinstance(lexicon, Lexicon):
        return None if lexicon is None else "compiled"
    digest = hashlib.sha256()
    for source in lexicon:
        if isinstance(source, LexiconData):
            data = json.loads(source.text)
        else:
            try:
                with open(source, encoding="utf-8") as handle:
                    data = json.load(handle)
            except (OSError, ValueError):  # Step() has compiled it already; a file since gone reads as its path
                data = {"unreadable": source}
        digest.update(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n")
    return digest.hexdigest()[:16]


def _dialects(value: Iterable[str] | None) -> tuple[str, ...] | None:
    return None if value is None else tuple(value)


@attrs.frozen
class Step:
    """The per-article step with its options: ``step(item, key)`` is the item's
    :class:`~timeline.graph.records.Extracted` record.

    ``lexicon`` is what ``timeline.build`` takes (user lexicon paths, data, a compiled
    :class:`~timeline.events.lexicon.Lexicon`, or ``None``); :attr:`compiled` is the lexicon
    to merge with.  Picklable when ``tagger`` is and the lexicon is not given compiled: paths
    and data travel as such and are compiled once per process.
    """

    prefer: str = "past"
    window_days: int = WINDOW_DAYS
    tagger: Tagger | None = None
    lexicon: Lexicon | tuple[str | LexiconData, ...] | None = attrs.field(default=None, converter=_lexicon_source)
    dialects: tuple[str, ...] | None = attrs.field(default=None, converter=_dialects)

    def __attrs_post_init__(self) -> None:
        if self.dialects is not None and self.tagger is not None:
            raise ValueError("give dialects or tagger, not both")
        self.compiled  # noqa: B018 - a bad user lexicon fails here, before any article is read

    @property
    def compiled(self) -> Lexicon | None:
        """The event lexicon to extract and merge with (``None``: the package's)."""
        if self.lexicon is None or isinstance(self.lexicon, Lexicon):
            return self.lexicon
        if all(isinstance(s, str) for s in self.lexicon):
            from .user_lexicon import load_lexicon

            return load_lexicon(self.lexicon)  # cached per process while the files are unchanged
        return _compile(self.lexicon)

    def options(self) -> dict[str, Any]:
        """What decides how an article is read, as JSON data: the package version, ``prefer``,
        ``window_days``, the dialects, and the user lexicon as a digest of its content (in
        order; ``"compiled"`` when it was given compiled, ``None`` for none).  A tagger given
        as a function shows as ``"custom"``.  Two steps with equal options read alike."""
        from . import __version__

        return {
            "timeline": __version__, "prefer": self.prefer, "window_days": self.window_days,
            "dialects": None if self.dialects is None else sorted(self.dialects),
            "lexicon": _digest(self.lexicon), "tagger": None if self.tagger is None else "custom",
        }

    def __call__(self, item: Article | Problem | Mapping[str, Any], key: Key = (0, 0)) -> Extracted:
        # graph.records wraps process() with the input checks every driver needs
        from .graph.records import extract_one

        return extract_one(item, key, self.prefer, window_days=self.window_days, tagger=self.tagger,
                           lexicon=self.compiled, dialects=self.dialects)
