"""The seed articles against their gold, with the external scorer's rules.

Semantics copied from ``../shared/eval/score.py`` (score_events): a gold mention is found by
a system mention of the same doc overlapping it with the same type (any type for gold
``other``); a cluster is dated when one of its events' [earliest, latest] lies inside the
outer interval and overlaps the tight one; ordered when latest < earliest or a BEFORE path.
The gold is read from the repository's ``seeds/gold.json``; the real tagger is used.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
from pathlib import Path

import pytest
from test_graph_build import seed_articles

from timeline.graph import build

GOLD = json.loads((Path(__file__).parent.parent / "seeds" / "gold.json").read_text(encoding="utf-8"))


def _day(value) -> dt.date | None:
    return None if value in (None, "") else dt.date.fromisoformat(str(value)[:10])


def _fits(e, last, tight, outer) -> bool:
    if e is None or last is None:
        return False
    te, tl = map(_day, tight)
    oe, ol = map(_day, outer)
    return oe <= e and last <= ol and e <= tl and te <= last


@pytest.fixture(scope="module")
def scored() -> dict:
    timeline = build(seed_articles())
    events = {e.id: e for e in timeline.events}
    mentions = [(m, e) for e in timeline.events for m in e.mentions]
    clusters = GOLD["clusters"]
    chosen = {}
    for i, g in enumerate(GOLD["mentions"]):
        cands = [e for m, e in mentions if m.doc == g["doc"] and m.start < g["end"] and g["start"] < m.end
                 and (g["type"] == "other" or e.type == g["type"])]
        if cands:
            c = clusters[g["cluster"]]
            good = [e for e in cands if _fits(*e.days, c["tight"], c["outer"])]
            chosen[i] = (good or cands)[0].id
    by_cluster: dict[str, set[str]] = {}
    for i, eid in chosen.items():
        by_cluster.setdefault(GOLD["mentions"][i]["cluster"], set()).add(eid)
    succ = collections.defaultdict(set)
    for r in timeline.relations:
        if r.type == "BEFORE":
            succ[r.source].add(r.target)
        elif r.type == "AFTER":
            succ[r.target].add(r.source)
    return {"timeline": timeline, "events": events, "chosen": chosen, "by_cluster": by_cluster, "succ": succ}


def test_all_gold_events_found(scored) -> None:
    assert set(scored["by_cluster"]) == set(GOLD["clusters"])


def test_gold_events_dated(scored) -> None:
    events, clusters = scored["events"], GOLD["clusters"]
    dated = [k for k, ids in scored["by_cluster"].items()
             if any(_fits(*events[i].days, clusters[k]["tight"], clusters[k]["outer"]) for i in ids)]
    assert len(dated) >= 12, sorted(set(clusters) - set(dated))


def test_multi_mention_events_merged(scored) -> None:
    counts = collections.Counter(m["cluster"] for m in GOLD["mentions"])
    chosen_per = collections.Counter(GOLD["mentions"][i]["cluster"] for i in scored["chosen"])
    for k in (k for k, n in counts.items() if n > 1):
        assert len(scored["by_cluster"].get(k, ())) == 1 and chosen_per[k] == counts[k], k


def test_distinct_events_kept_apart(scored) -> None:
    by = scored["by_cluster"]
    for a, b in GOLD["diff"]:
        assert a in by and b in by and not (by[a] & by[b]), (a, b)


def test_gold_order(scored) -> None:
    events, succ = scored["events"], scored["succ"]

    def reach(x, y):
        seen, todo = set(), [x]
        while todo:
            n = todo.pop()
            if n == y:
                return True
            if n not in seen:
                seen.add(n)
                todo.extend(succ[n])
        return False

    for a, b in GOLD["before"]:
        assert any((events[x].latest and events[y].earliest and events[x].days[1] < events[y].days[0]) or reach(x, y)
                   for x in scored["by_cluster"].get(a, ()) for y in scored["by_cluster"].get(b, ())), (a, b)


def test_no_conflicts_or_problems_on_seeds(scored) -> None:
    assert scored["timeline"].problems == ()
    assert scored["timeline"].conflicts == ()
