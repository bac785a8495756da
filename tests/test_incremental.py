"""Incremental updates: equal to a rebuild up to the id policy, saved ids kept, seen articles skipped."""

from __future__ import annotations

import datetime as dt
import json
import random
import warnings

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.distributed import extract_one
from timeline.graph import build, closure, to_networkx
from timeline.incremental import (
    SKIPPED,
    load_records,
    records_path,
    save_records,
    update,
    update_file,
    update_with_records,
)
from timeline.io import timeline_from_json
from timeline.model import Article, Problem, Timeline

try:
    from test_distributed import synthetic_articles
except ImportError:  # dask missing: test_distributed skips, its helper is still needed here
    pytest.skip("needs tests/test_distributed.py importable", allow_module_level=True)


def _spots(event):
    return frozenset((m.doc, m.start, m.end) for m in event.mentions)


def _records(articles):
    return [extract_one(a, (0, i)) for i, a in enumerate(articles)]


def canonical(timeline: Timeline):
    """The timeline with every event id replaced by its mention positions (ids are policy)."""
    name = {e.id: _spots(e) for e in timeline.events}
    events = sorted((_spots(e), attrs.evolve(e, id="")) for e in timeline.events)
    graph = closure(to_networkx(timeline))
    before = {(name[u], name[v]) for u, v in graph.edges}
    text = {(name[r.source], name[r.target], r.type, r.evidence) for r in timeline.relations
            if r.origin == "text"}
    conflicts = sorted((c.message, tuple(sorted((name.get(r.source), name.get(r.target), r.type) for r in c.claims),
                                         key=repr)) for c in timeline.conflicts)
    return events, before, text, conflicts, timeline.articles


def _check_ids_kept(saved: Timeline, updated: Timeline):
    """Each saved id survives on an event holding its mentions, unless merged into another saved event."""
    ids = {e.id: e for e in updated.events}
    assert len(ids) == len(updated.events)
    owner = {spot: e.id for e in updated.events for spot in _spots(e)}
    for old in saved.events:
        if old.id in ids:
            assert _spots(old) & _spots(ids[old.id])
        else:
            holders = {owner[s] for s in _spots(old)}
            assert holders and all(h in {e.id for e in saved.events} for h in holders)


splits = st.tuples(st.integers(0, 10**6), st.integers(2, 16), st.floats(0, 1))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(splits)
def test_exact_update_equals_rebuild(split):
    seed, n, cut = split
    articles = synthetic_articles(random.Random(seed), n)
    k = int(cut * n)
    saved = build(articles[:k])
    updated, records = update_with_records(saved, articles[k:], records=_records(articles[:k]))
    full = build(articles)
    assert canonical(updated) == canonical(full)
    _check_ids_kept(saved, updated)
    # events nobody saved keep build's content-hash ids
    saved_spots = {s for e in saved.events for s in _spots(e)}
    fresh = {_spots(e): e.id for e in full.events if not _spots(e) & saved_spots}
    assert all(e.id == fresh[_spots(e)] for e in updated.events if _spots(e) in fresh)
    # and the next update continues from the returned records
    assert [r.article for r in records] == [a.id for a in articles]


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10**6), st.integers(1, 4))
def test_updates_in_several_steps_equal_rebuild(seed, steps):
    articles = synthetic_articles(random.Random(seed), 12)
    timeline, records = Timeline(), ()
    for i in range(steps):
        chunk = articles[len(articles) * i // steps:len(articles) * (i + 1) // steps]
        timeline, records = update_with_records(timeline, chunk, records=records)
    assert canonical(timeline) == canonical(build(articles))


def test_update_of_empty_equals_build_exactly():
    articles = synthetic_articles(random.Random(4), 10)
    assert update(Timeline(), articles, records=()) == build(articles)


def test_ids_kept_when_events_gain_mentions():
    rng = random.Random(21)
    articles = synthetic_articles(rng, 10)
    again = [attrs.evolve(a, id=a.id + "-copy") for a in articles[:5]]  # same reports, new sources
    saved = build(articles)
    updated = update(saved, again, records=_records(articles))
    grown = [e for e in updated.events if len(e.mentions) > len(_find(saved, e).mentions)]
    assert grown, "the copies should add mentions to saved events"
    assert all(e.id in {s.id for s in saved.events} for e in grown)
    assert {e.id for e in grown} - {e.id for e in build(articles + again).events}  # build renames them
    _check_ids_kept(saved, updated)


def _find(saved, event):
    spots = _spots(event)
    return next(e for e in saved.events if _spots(e) & spots)


def test_seen_articles_are_skipped_and_change_nothing():
    articles = synthetic_articles(random.Random(8), 8)
    saved = build(articles)
    for records in (_records(articles), None):
        updated = update(saved, articles[2:4], records=records)
        assert [(p.article, p.message) for p in updated.problems] == [(a.id, SKIPPED) for a in articles[2:4]]
        assert attrs.evolve(updated, problems=()) == saved


def test_reader_and_extraction_problems_are_appended():
    articles = synthetic_articles(random.Random(2), 4)
    saved = build(articles[:2])
    reader = Problem(None, None, "malformed JSON: x", 3)
    undated = Article("undated", "قال الوزير أمس إن الهدنة صامدة.", None)
    updated = update(saved, [reader, undated, *articles[2:]], records=_records(articles[:2]))
    assert updated.problems[0] == reader and updated.problems[1].article == "undated"
    assert updated.articles == (*saved.articles, "undated", *(a.id for a in articles[2:]))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(splits)
def test_units_update_loses_nothing_and_keeps_ids(split):
    seed, n, cut = split
    articles = synthetic_articles(random.Random(seed), n)
    k = int(cut * n)
    saved = build(articles[:k])
    updated = update(saved, articles[k:])
    spots = [s for e in updated.events for s in _spots(e)]
    assert len(spots) == len(set(spots))  # every mention in exactly one event
    expected = {s for e in build(articles).events for s in _spots(e)}
    assert set(spots) == expected
    for old in saved.events:  # a saved event is never split
        assert len({e.id for e in updated.events if _spots(e) & _spots(old)}) == 1
    _check_ids_kept(saved, updated)


def test_units_update_equals_rebuild_when_periods_do_not_touch():
    rng = random.Random(5)
    old = synthetic_articles(rng, 8, prefix="old", spread=3)
    new = [attrs.evolve(a, published=a.published + dt.timedelta(days=3 * 365))
           for a in synthetic_articles(rng, 8, prefix="new", spread=3)]
    saved = build(old)
    assert canonical(update(saved, new)) == canonical(build(old + new))


def test_records_round_trip(tmp_path):
    articles = synthetic_articles(random.Random(6), 6)
    records = _records(articles) + [extract_one(Problem(None, None, "bad line", 7), (0, 6))]
    path = tmp_path / "r.jsonl"
    save_records(records, path)
    assert list(load_records(path)) == records
    (tmp_path / "bad.jsonl").write_text('{"events": [{"id": 1}]}\n', encoding="utf-8")
    with pytest.raises(ValueError):
        load_records(tmp_path / "bad.jsonl")


def _jsonl(path, articles):
    path.write_text("".join(json.dumps({"id": a.id, "published": a.published.isoformat(), "text": a.text},
                                       ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def test_update_file_exact_then_units(tmp_path):
    articles = synthetic_articles(random.Random(12), 12)
    first, second, third = (_jsonl(tmp_path / f"{n}.jsonl", articles[i:i + 4])
                            for n, i in (("a", 0), ("b", 4), ("c", 8)))
    saved = tmp_path / "timeline.json"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        update_file(saved, [first])
        got = update_file(saved, [second, first])  # the second `first` is skipped
    assert records_path(saved).exists()
    on_disk = timeline_from_json(json.loads(saved.read_text(encoding="utf-8")))
    assert on_disk == got
    assert canonical(attrs.evolve(got, problems=())) == canonical(build(articles[:8]))
    assert {p.message for p in got.problems} == {SKIPPED}
    records_path(saved).unlink()
    with pytest.warns(UserWarning, match="units"):
        units = update_file(saved, [third], output=tmp_path / "out.json")
    assert {s for e in units.events for s in _spots(e)} == {s for e in build(articles).events for s in _spots(e)}
    assert not records_path(tmp_path / "out.json").exists()

