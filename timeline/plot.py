"""A static picture of a :class:`~timeline.model.Timeline`: one row per event on a date axis.

Needs the ``plot`` extra (matplotlib, arabic-reshaper, python-bidi).  Drawing goes through
matplotlib's object API on an Agg canvas, never ``pyplot``, so no global figure state is
touched and the same timeline always gives the same PNG bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .model import EVENT_TYPES, Event, Timeline

if TYPE_CHECKING:  # pragma: no cover - typing only
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

#: One colour per event type (colour-blind safe Okabe-Ito palette), in ``EVENT_TYPES`` order.
TYPE_COLOURS = dict(zip(EVENT_TYPES, ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7",
                                      "#56B4E9", "#999999"), strict=True))

#: DejaVu Sans ships with matplotlib and has the Arabic presentation forms that reshaping emits.
FONT = "DejaVu Sans"

_ROW_INCHES = 0.32
_MAX_LABEL = 48


def native_layout() -> bool:
    """Whether matplotlib shapes and orders complex scripts itself (built with libraqm, 3.11+)."""
    from matplotlib import ft2font

    return getattr(ft2font, "__libraqm_version__", None) is not None


def shape(text: str, *, native: bool | None = None) -> str:
    """``text`` as matplotlib must receive it to show Arabic joined and right to left.

    A matplotlib that lays out text itself (``native``, detected by :func:`native_layout` when
    ``None``) takes logical order as is: pre-ordering would reverse it twice.  Otherwise the
    letters are joined with ``arabic_reshaper`` and put in visual order with python-bidi's
    ``get_display``.
    """
    if native is None:
        native = native_layout()
    if native:
        return text
    import arabic_reshaper

    try:
        from bidi import get_display
    except ImportError:  # python-bidi < 0.5
        from bidi.algorithm import get_display
    return get_display(arabic_reshaper.reshape(text))


def event_label(event: Event) -> str:
    """The row label in logical order: type/subtype, first mention (shortened), up to two actors."""
    mention = " ".join(event.mentions[0].text.split()) if event.mentions else ""
    if len(mention) > _MAX_LABEL:
        mention = mention[:_MAX_LABEL - 1] + "…"
    kind = event.type if not event.subtype or event.subtype == event.type else f"{event.type}/{event.subtype}"
    names = "، ".join(actor.name for actor in event.participants[:2])
    # No brackets: a renderer without bidi would not mirror them back after get_display.
    arabic = f"{mention} — {names}" if names else mention
    return f"{kind} · {arabic}" if arabic else kind


def plotted_events(timeline: Timeline, window: tuple[dt.date, dt.date] | None = None) -> list[Event]:
    """The dated events that :func:`plot_timeline` draws, top to bottom (date, type, id)."""
    events = [e for e in timeline.events if e.earliest is not None]
    if window is not None:
        first, last = window
        events = [e for e in events if e.earliest.date() <= last and (e.latest or e.earliest).date() >= first]
    return sorted(events, key=lambda e: (e.earliest, e.latest or e.earliest, e.type, e.id))


def plot_timeline(timeline: Timeline, path: str | Path | None = None, ax: Axes | None = None, *,
                  window: tuple[dt.date, dt.date] | None = None, title: str | None = None) -> Figure:
    """Draw the dated events of ``timeline``: a bar for a multi-day interval, a dot for one day.

    Rows run top to bottom in date order; each artist's ``gid`` is its event id.  Labels are
    shaped with :func:`shape` so Arabic reads right to left with joined letters.  ``window``
    keeps only events overlapping ``(first, last)`` (a timeline citing 1992 would otherwise
    squash October 2020 into a point).  With ``path`` the figure is also saved (PNG, SVG, PDF
    by suffix).  With ``ax`` the plot goes into that axes; otherwise a new figure is made.
    Events with no date are left out.
    """
    from matplotlib import dates as mdates
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    events = plotted_events(timeline, window)
    if ax is None:
        fig = Figure(figsize=(11, 1.6 + _ROW_INCHES * max(len(events), 1)), layout="constrained")
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
    else:
        fig = ax.figure
    one_day = dt.timedelta(days=1)
    for row, event in enumerate(events):
        colour = TYPE_COLOURS.get(event.type, TYPE_COLOURS["other"])
        first, last = event.earliest.date(), (event.latest or event.earliest).date()
        if last > first:
            start = mdates.date2num(first)
            width = mdates.date2num(last + one_day) - start
            artist = ax.barh(row, width, left=start, height=0.55, color=colour, alpha=0.55,
                             edgecolor=colour)[0]
        else:
            (artist,) = ax.plot([mdates.date2num(first) + 0.5], [row], marker="o",
                                markersize=7, color=colour, linestyle="none")
        artist.set_gid(event.id)
    ax.set_yticks(range(len(events)), [shape(event_label(e)) for e in events], fontfamily=FONT,
                  fontsize=8)
    ax.set_ylim(len(events) - 0.5, -0.5)
    ax.xaxis_date()
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    # Labels stay on the left: bidi text is right-aligned against the axis like any tick label.
    used = [t for t in EVENT_TYPES if any(e.type == t for e in events)]
    handles = [Line2D([], [], marker="s", linestyle="none", markersize=8, color=TYPE_COLOURS[t],
                      label=t) for t in used]
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8,
                  frameon=False)
    ax.set_title(title if title is not None else _default_title(timeline, events), fontsize=10,
                 fontfamily=FONT)
    if path is not None:
        _save(fig, Path(path))
    return fig


def _default_title(timeline: Timeline, events: Sequence[Event]) -> str:
    return f"{len(events)} events from {len(timeline.articles)} articles"


def _save(fig: Figure, path: Path) -> None:
    # A fixed (empty) metadata keeps the file bytes independent of the matplotlib build.
    metadata = {"png": {"Software": None}, "svg": {"Date": None}, "pdf": {"CreationDate": None}}
    fig.savefig(path, dpi=110, metadata=metadata.get(path.suffix.lstrip(".").lower()))
