"""Incremental updates: equal to a rebuild up to the id policy, saved ids kept, seen articles skipped."""

from __future__ import annotations

import datetime as dt
import json
import random
import warnings
from collections import Counter

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline.distributed import extract_one
from timeline.graph import build
from timeline.incremental import (
    SKIPPED,
    load_records,
    read_options,
    records_path,
    save_records,
    update,
    update_file,
    update_with_records,
)
from timeline.io import timeline_from_json
from timeline.model import Article, Problem, Timeline
from timeline.pipeline import Step

try:
    from test_distributed import synthetic_articles
except ImportError:  # dask missing: test_distributed skips, its helper is still needed here
    pytest.skip("needs tests/test_distributed.py importable", allow_module_level=True)


def _name(event):
    """An event without its id (one trigger can report several events, so mentions alone are not enough)."""
    return (tuple(sorted((m.doc, m.start, m.end) for m in event.mentions)), event.type, event.subtype or "",
            str(event.earliest), str(event.latest), tuple(sorted(a.key for a in event.participants)))


def _records(articles):
    return [extract_one(a, (0, i)) for i, a in enumerate(articles)]


def canonical(timeline: Timeline):
    """The timeline with ids replaced by what they stand for (ids are policy, not content).

    Date relations link representatives chosen by smallest id, so they are compared through
    the intervals of their ends; the rest through the events' content.
    """
    by_id = {e.id: e for e in timeline.events}
    name = {i: _name(e) for i, e in by_id.items()}

    def span(i):
        return (by_id[i].earliest, by_id[i].latest)

    relations, before = Counter(), set()
    for r in timeline.relations:
        if r.type == "BEFORE":
            before.add((span(r.source), span(r.target)))
            if r.origin == "text":
                relations[name[r.source], name[r.target], r.evidence] += 1
        elif span(r.source) == span(r.target):
            relations["group", span(r.source), r.type] += 1
        elif r.type == "INCLUDES":
            relations[name[r.source], name[r.target], r.type] += 1
        else:
            relations[frozenset((name[r.source], name[r.target])), r.type] += 1
    events = sorted(((_name(e), attrs.evolve(e, id="")) for e in timeline.events), key=lambda p: p[0])
    conflicts = sorted((c.message, sorted(((name.get(r.source), name.get(r.target), r.type) for r in c.claims),
                                          key=repr)) for c in timeline.conflicts)
    return events, relations, before, conflicts, timeline.articles


def _check_ids_kept(saved: Timeline, updated: Timeline):
    """Each saved id survives on an event holding its mentions, unless those went to other saved ids."""
    ids = {e.id: e for e in updated.events}
    assert len(ids) == len(updated.events)
    saved_ids = {e.id for e in saved.events}
    for old in saved.events:
        if old.id in ids:
            assert set(old.mentions) & set(ids[old.id].mentions)
        else:
            holders = [e for e in updated.events if set(old.mentions) & set(e.mentions)]
            assert holders and all(h.id in saved_ids for h in holders)


splits = st.tuples(st.integers(0, 10**6), st.integers(2, 16), st.floats(0, 1))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(splits)
@example((13, 10, 0.5))  # two events of one trigger were ranked by id: an INCLUDES came and went
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
    saved_mentions = {m for e in saved.events for m in e.mentions}
    fresh = {_name(e): e.id for e in full.events if not saved_mentions & set(e.mentions)}
    assert all(e.id == fresh[_name(e)] for e in updated.events if _name(e) in fresh)
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
    old = {m: e for e in saved.events for m in e.mentions}
    grown = [e for e in updated.events
             if any(m in old for m in e.mentions) and len(e.mentions) > len(_find(old, e).mentions)]
    assert grown, "the copies should add mentions to saved events"
    assert all(e.id in {s.id for s in saved.events} for e in grown)
    assert {e.id for e in grown} - {e.id for e in build(articles + again).events}  # build renames them
    _check_ids_kept(saved, updated)


def _find(old, event):
    return next(old[m] for m in event.mentions if m in old)


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
    # the undated article failed: a problem, not listed, so a dated copy can be added later
    assert updated.articles == (*saved.articles, *(a.id for a in articles[2:]))
    dated = update(updated, [attrs.evolve(undated, published=articles[2].published)])
    assert dated.articles[-1] == "undated" and "undated" not in {p.article for p in dated.problems}


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(splits)
def test_units_update_loses_nothing_and_keeps_ids(split):
    seed, n, cut = split
    articles = synthetic_articles(random.Random(seed), n)
    k = int(cut * n)
    saved = build(articles[:k])
    updated = update(saved, articles[k:])
    # one trigger may report several events, so mentions are counted, not just collected
    assert Counter(m for e in updated.events for m in e.mentions) == \
        Counter(m for e in build(articles).events for m in e.mentions)
    for old in saved.events:  # a saved event is never split
        assert any(set(old.mentions) <= set(e.mentions) for e in updated.events)
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


def test_records_keep_bounds_as_computed(tmp_path):
    """A bound the dating computes finer than its grain renders (the end of a day as
    23:59:59.999999) comes back from the records as it was, so merging from records equals
    merging fresh (devdating11/b merged one pair fewer from records before)."""
    from pathlib import Path

    from timeline.io import read_articles

    articles = list(read_articles(Path(__file__).parent / "devdating11" / "b" / "articles.jsonl"))
    records = _records(articles)
    assert any(e.latest is not None and e.latest.microsecond for r in records for e in r.events)
    path = tmp_path / "r.jsonl"
    save_records(records, path)
    assert list(load_records(path)) == records
    line = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    line["events"][0]["bounds"] = ["2020-01-01", "yesterday"]
    (tmp_path / "bad.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"record 1: events\[0\]\.bounds\[1\]"):
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
    assert Counter(m for e in units.events for m in e.mentions) == \
        Counter(m for e in build(articles).events for m in e.mentions)
    assert not records_path(tmp_path / "out.json").exists()



def test_records_say_which_options_read_them(tmp_path):
    """The records file names the options its articles were read with; an update with other
    options (here a user lexicon) warns, naming what differs, and the file then lists both."""
    articles = synthetic_articles(random.Random(13), 9)
    first, second, third = (_jsonl(tmp_path / f"{n}.jsonl", articles[i:i + 3])
                            for n, i in (("a", 0), ("b", 3), ("c", 6)))
    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps({"actors": {"organizations": [
        {"key": "liwa", "name": "لواء الفجر", "kind": "group", "forms": ["لواء الفجر"]}]}}, ensure_ascii=False), encoding="utf-8")
    saved = tmp_path / "timeline.json"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        update_file(saved, [first])
        update_file(saved, [second])  # same options: no warning
    plain = Step().options()
    assert read_options(records_path(saved)) == [plain]
    with pytest.warns(UserWarning, match=r"other options, differing in lexicon;"):
        update_file(saved, [third], lexicon=[mine])
    mixed = read_options(records_path(saved))
    assert mixed[0] == plain and mixed[1]["lexicon"] not in (None, plain["lexicon"]) and len(mixed) == 2
    assert [r.article for r in load_records(records_path(saved))] == [a.id for a in articles]


def test_records_without_options_still_load(tmp_path):
    """A records file from before options were recorded loads; the next update says the
    saved articles' options are unknown, and records them as such."""
    articles = synthetic_articles(random.Random(14), 6)
    saved = tmp_path / "timeline.json"
    update_file(saved, [_jsonl(tmp_path / "a.jsonl", articles[:3])])
    path = records_path(saved)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert json.loads(lines[0]) == {"options": [Step().options()]}
    path.write_text("".join(lines[1:]), encoding="utf-8")
    assert read_options(path) is None and len(load_records(path)) == 3
    with pytest.warns(UserWarning, match=r"other options \(some not recorded\)") as caught:
        update_file(saved, [_jsonl(tmp_path / "b.jsonl", articles[3:])])
    assert not any("differing" in str(w.message) for w in caught)  # nothing known differs: none named
    assert read_options(path) == [None, Step().options()]


def test_step_options_digest_content_not_path(tmp_path):
    data = {"actors": {"organizations": [{"key": "liwa", "name": "لواء الفجر", "kind": "group",
                                          "forms": ["لواء الفجر"]}]}}
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    one.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    two.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    digest = Step(lexicon=[one]).options()["lexicon"]
    assert digest == Step(lexicon=[two]).options()["lexicon"] == Step(lexicon=data).options()["lexicon"]
    data["actors"]["organizations"][0]["forms"].append("مقاتلو لواء الفجر")
    assert Step(lexicon=data).options()["lexicon"] != digest
    assert Step(lexicon=Step(lexicon=[one]).compiled).options()["lexicon"] == "compiled"
    assert Step().options()["lexicon"] is None
    assert Step(prefer="future").options() != Step().options()
