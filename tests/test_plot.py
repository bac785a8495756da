"""The static plot: one artist and one shaped label per dated event, a real PNG, same bytes twice."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest

pytest.importorskip("matplotlib")
pytest.importorskip("arabic_reshaper")
pytest.importorskip("bidi")

import timeline  # noqa: E402
from timeline.model import Actor, Event, Mention, Timeline  # noqa: E402
from timeline.plot import event_label, plot_timeline, plotted_events, shape  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "articles.jsonl"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def seeds_timeline() -> Timeline:
    return timeline.build(a for a in timeline.read_articles(SEEDS) if isinstance(a, timeline.Article))


def event_artists(fig) -> dict[str, object]:
    ax = fig.axes[0]
    return {a.get_gid(): a for a in [*ax.patches, *ax.lines] if a.get_gid()}


def test_seeds_png_has_one_artist_and_shaped_label_per_event(seeds_timeline, tmp_path):
    path = tmp_path / "seeds.png"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing Arabic glyph is a UserWarning from matplotlib
        fig = plot_timeline(seeds_timeline, path)
    assert path.read_bytes().startswith(PNG_MAGIC)
    drawn = plotted_events(seeds_timeline)
    assert len(drawn) == sum(e.earliest is not None for e in seeds_timeline.events) > 0
    assert set(event_artists(fig)) == {e.id for e in drawn}
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == [shape(event_label(e)) for e in drawn]


def test_bars_for_intervals_markers_for_single_days(seeds_timeline):
    fig = plot_timeline(seeds_timeline)
    artists = event_artists(fig)
    for event in plotted_events(seeds_timeline):
        is_bar = type(artists[event.id]).__name__ == "Rectangle"
        assert is_bar == (event.latest is not None and event.days[1] > event.days[0]), event.id


def test_window_keeps_only_overlapping_events(seeds_timeline):
    window = (dt.date(2020, 9, 20), dt.date(2020, 10, 31))
    fig = plot_timeline(seeds_timeline, window=window)
    kept = plotted_events(seeds_timeline, window)
    assert 0 < len(kept) < len(plotted_events(seeds_timeline))
    assert all(e.days[0] <= window[1] and e.days[1] >= window[0] for e in kept)
    assert set(event_artists(fig)) == {e.id for e in kept}


def test_rows_in_date_order(seeds_timeline):
    starts = [e.earliest for e in plotted_events(seeds_timeline)]
    assert starts == sorted(starts)


def test_same_timeline_same_png_bytes(seeds_timeline, tmp_path):
    plot_timeline(seeds_timeline, tmp_path / "a.png")
    plot_timeline(seeds_timeline, tmp_path / "b.png")
    assert (tmp_path / "a.png").read_bytes() == (tmp_path / "b.png").read_bytes()


def test_draws_into_a_given_axes():
    from matplotlib.figure import Figure

    fig = Figure()
    ax = fig.add_subplot()
    day = dt.date(2020, 10, 10)
    event = Event("e1", "ceasefire", "agreed", day, day,
                  participants=(Actor("armenia", "أرمينيا", "country"),),
                  mentions=(Mention("d", 0, 15, "وقف إطلاق النار"),))
    assert plot_timeline(Timeline(events=(event,), articles=("d",)), ax=ax) is fig
    assert [t.get_text() for t in ax.get_yticklabels()] == [shape(event_label(event))]


def test_label_reads_type_then_mention_then_actors():
    day = dt.date(2020, 9, 30)
    event = Event("e1", "call", "phone", day, day,
                  participants=(Actor("putin", "بوتين"), Actor("macron", "ماكرون"), Actor("x", "ثالث")),
                  mentions=(Mention("d", 0, 13, "مكالمة هاتفية"),))
    assert event_label(event) == "call/phone · مكالمة هاتفية — بوتين، ماكرون"


def test_shape_without_native_layout_joins_letters_and_reverses():
    import arabic_reshaper

    text = "قصف"
    shaped = shape(text, native=False)
    assert shaped == arabic_reshaper.reshape(text)[::-1]
    assert all("\ufe70" <= ch <= "\ufeff" for ch in shaped)  # presentation forms, not base letters
    assert shape(text, native=True) == text
