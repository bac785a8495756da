"""Scoring of a gold file in the seed format, as ``../shared/eval/score.py`` does it.

Copied once from that scorer (day, fits, overlaps, same_duration, score_timex, score_events),
unchanged in logic, so the repository's tests need nothing outside it; misses are collected
instead of printed.  Also the plumbing the held-out tests share: loading, reporting, gold checks.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
from pathlib import Path

import timeline
from timeline.io import read_articles, timeline_to_json
from timeline.model import Article, timex_record


def _day(value):
    return None if value in (None, "") else dt.date.fromisoformat(str(value)[:10])


def _fits(earliest, latest, tight, outer):
    """[earliest, latest] lies inside outer and overlaps tight (all days)."""
    if earliest is None or latest is None:
        return False
    te, tl = map(_day, tight)
    oe, ol = map(_day, outer)
    return oe <= earliest and latest <= ol and earliest <= tl and te <= latest


def _overlaps(a, b, c, d):
    return a < d and c < b


def _same_duration(a, b):
    def norm(v):
        return (v or "").upper().replace("P2W", "P14D").replace("P1W", "P7D")
    return norm(a) == norm(b)


def score_timex(gold, records, misses):
    req = [g for g in gold["timex"] if g["required"]]
    correct = found = 0
    for g in req:
        hits = [r for r in records
                if r["doc"] == g["doc"] and _overlaps(r["start"], r["end"], g["start"], g["end"])]
        found += bool(hits)
        if g["kind"] == "date":
            ok = any(_fits(_day(r.get("earliest")), _day(r.get("latest")), g["tight"], g["outer"])
                     for r in hits)
        elif g["kind"] == "duration":
            ok = any(_same_duration(r.get("value"), g["value"]) for r in hits)
        else:  # multi
            ok = all(any(_day(r.get("earliest")) == _day(v) == _day(r.get("latest")) for r in hits)
                     for v in g["value"])
        correct += ok
        if not ok:
            got = "; ".join(f"{r['text']!r} {r.get('value')} [{r.get('earliest')}, {r.get('latest')}]"
                            for r in hits) or "nothing"
            misses.append(f"timex miss {g['doc']} {g['text']!r} want {g['value']} -> {got}")
    spurious = [r for r in records
                if not any(r["doc"] == g["doc"] and _overlaps(r["start"], r["end"], g["start"], g["end"])
                           for g in gold["timex"])]
    misses.extend(f"timex spurious {r['doc']} {r['text']!r} {r.get('value')}" for r in spurious)
    return dict(required=len(req), found=found, correct=correct, spurious=len(spurious),
                records=len(records))


def score_events(gold, tl, misses):
    events = {e["id"]: e for e in tl.get("events", [])}
    mentions = [(m, e) for e in events.values() for m in e.get("mentions", [])]
    cl = gold["clusters"]
    chosen = {}  # gold mention index -> system event id
    for i, g in enumerate(gold["mentions"]):
        cands = [e for m, e in mentions
                 if m["doc"] == g["doc"] and _overlaps(m["start"], m["end"], g["start"], g["end"])
                 and (g["type"] == "other" or e.get("type") == g["type"])]
        if not cands:
            misses.append(f"event miss {g['doc']} {g['cluster']} ({g['type']}) in {g['text']!r}")
            continue
        c = cl[g["cluster"]]
        good = [e for e in cands
                if _fits(_day(e.get("earliest")), _day(e.get("latest")), c["tight"], c["outer"])]
        chosen[i] = (good or cands)[0]["id"]
    by_cluster = {}
    for i, eid in chosen.items():
        by_cluster.setdefault(gold["mentions"][i]["cluster"], set()).add(eid)
    dated = 0
    for k, ids in by_cluster.items():
        c = cl[k]
        ok = any(_fits(_day(events[i].get("earliest")), _day(events[i].get("latest")), c["tight"], c["outer"])
                 for i in ids)
        dated += ok
        if not ok:
            got = ", ".join(f"[{events[i].get('earliest')}, {events[i].get('latest')}]" for i in ids)
            misses.append(f"event date {k} want {c['tight']} -> {got}")
    multi = [k for k in cl if sum(m["cluster"] == k for m in gold["mentions"]) > 1]
    merged = sum(1 for k in multi if len(by_cluster.get(k, ())) == 1
                 and sum(gold["mentions"][i]["cluster"] == k for i in chosen)
                 == sum(m["cluster"] == k for m in gold["mentions"]))
    misses.extend(f"not merged {k}: system events {sorted(by_cluster.get(k, ()))}"
                  for k in multi if len(by_cluster.get(k, ())) != 1)
    split = 0
    for a, b in gold["diff"]:
        ok = a in by_cluster and b in by_cluster and not (by_cluster[a] & by_cluster[b])
        split += ok
        if not ok:
            misses.append(f"not kept apart {a} / {b}")
    succ = collections.defaultdict(set)
    for r in tl.get("relations", []):
        t = r.get("type", "").upper()
        if t == "BEFORE":
            succ[r["source"]].add(r["target"])
        elif t == "AFTER":
            succ[r["target"]].add(r["source"])

    def reach(x, y):
        seen, todo = set(), [x]
        while todo:
            n = todo.pop()
            if n == y:
                return True
            if n in seen:
                continue
            seen.add(n)
            todo.extend(succ[n])
        return False

    ordered = 0
    for a, b in gold["before"]:
        ok = False
        for x in by_cluster.get(a, ()):
            for y in by_cluster.get(b, ()):
                lx, ey = _day(events[x].get("latest")), _day(events[y].get("earliest"))
                if (lx and ey and lx < ey) or reach(x, y):
                    ok = True
        ordered += ok
        if not ok:
            misses.append(f"not ordered {a} < {b}")
    return dict(clusters=len(cl), found=len(by_cluster), dated=dated, multi=len(multi), merged=merged,
                diff=len(gold["diff"]), split=split, before=len(gold["before"]), ordered=ordered,
                events=len(events))

# --- end of the copy


def score_precision(gold, tl, misses):
    """Event precision: share of system events with a mention overlapping a gold mention of the same doc.

    ``mention_precision`` is the stricter share of system mentions that overlap a gold mention.
    """
    spans = collections.defaultdict(list)
    for g in gold["mentions"]:
        spans[g["doc"]].append((g["start"], g["end"]))
    events = tl.get("events", [])
    false = []
    for e in events:
        if not any(_overlaps(m["start"], m["end"], s, t)
                   for m in e.get("mentions", []) for s, t in spans[m["doc"]]):
            false.append(e)
    for e in false:
        texts = " | ".join(f"{m['doc']} {m['text']!r}" for m in e.get("mentions", []))
        misses.append(f"false positive {e['id']} ({e.get('type')}) [{e.get('earliest')}, {e.get('latest')}] {texts}")
    mentions = [(m["doc"], m["start"], m["end"]) for e in events for m in e.get("mentions", [])]
    hit = sum(any(_overlaps(s, t, a, b) for a, b in spans[doc]) for doc, s, t in mentions)
    true = len(events) - len(false)
    return dict(events=len(events), true=true, false=len(false),
                precision=round(true / len(events), 3) if events else 0.0,
                mentions=len(mentions), mention_precision=round(hit / len(mentions), 3) if mentions else 0.0)


# --- Held-out plumbing shared by tests/test_heldout*.py


def load_heldout(folder: Path) -> tuple[list, dict]:
    """The articles (all must parse) and the gold of a held-out folder."""
    items = list(read_articles(folder / "articles.jsonl"))
    bad = [item for item in items if not isinstance(item, Article)]
    assert not bad, bad
    return items, json.loads((folder / "gold.json").read_text(encoding="utf-8"))


def report(label: str, scorer, gold: dict, data) -> dict:
    """Run one scorer, print its figures and misses (visible with ``-s``), return the figures."""
    misses: list[str] = []
    figures = scorer(gold, data, misses)
    print(f"\n{label} {figures}")
    print("\n".join(f"  {m}" for m in misses))
    return figures


def timex_records(articles) -> list[dict]:
    return [timex_record(t) for a in articles for t in timeline.tag_article(a)]


def built(articles) -> dict:
    return timeline_to_json(timeline.build(articles))


def check_gold_spans(articles, gold: dict) -> None:
    texts = {a.id: a.text for a in articles}
    for item in gold["timex"] + gold["mentions"]:
        assert texts[item["doc"]][item["start"]:item["end"]] == item["text"], item


def check_gold_consistent(gold: dict, *, strictly_before: bool, diff_same_type: bool = True) -> None:
    """Cluster intervals nest, mention types match, ``before`` pairs are ordered by their tight days,
    kept-apart pairs name two clusters (of one type, the first sets' convention, unless
    ``diff_same_type`` is false: later sets also keep apart events of other types)."""
    clusters = gold["clusters"]
    for name, c in clusters.items():
        assert c["type"] in timeline.model.EVENT_TYPES, name
        oe, te, tl, ol = map(_day, (c["outer"][0], c["tight"][0], c["tight"][1], c["outer"][1]))
        assert oe <= te <= tl <= ol, name
    for m in gold["mentions"]:
        assert m["type"] == clusters[m["cluster"]]["type"], m
    assert {m["cluster"] for m in gold["mentions"]} == set(clusters)
    for a, b in gold["before"]:
        first, second = _day(clusters[a]["tight"][1]), _day(clusters[b]["tight"][0])
        assert first < second if strictly_before else first <= second, (a, b)
    for a, b in gold["diff"]:
        assert a != b and a in clusters and b in clusters, (a, b)
        assert clusters[a]["type"] == clusters[b]["type"] or not diff_same_type, (a, b)
    for t in gold["timex"]:
        if t["kind"] == "date":
            assert _day(t["outer"][0]) <= _day(t["tight"][0]) <= _day(t["tight"][1]) <= _day(t["outer"][1]), t


def check_devtime_floors(folder: Path, part: str, floors: tuple[int, int, int, int]) -> None:
    """A devtime set's part held under its floors (resolved, found of the required rows,
    spurious records at most, negatives hit at most): part ``a``'s misses are printed (visible
    with ``-s``), part ``b`` (the transfer measure) gives only its figures."""
    name = folder.name
    articles, gold = load_heldout(folder / part)
    records = timex_records(articles)
    if part == "a":
        figures = report(f"{name} A timex", score_timex, gold, records)
    else:
        figures = score_timex(gold, records, [])
        print(f"\n{name} B timex {figures}")
    hit = [n["text"] for n in gold["negatives"]
           if any(r["doc"] == n["doc"] and r["start"] < n["end"] and n["start"] < r["end"]
                  for r in records)]
    got = (figures["correct"], figures["found"], figures["spurious"], len(hit))
    resolved, found, spurious, negatives = floors
    assert got[0] >= resolved and got[1] >= found and got[2] <= spurious and got[3] <= negatives, (
        f"{name} {part} (resolved, found, spurious, negatives hit) {got} against floors {floors}")


def check_events(f: dict, *, found: int, dated: int, merged: int, kept_apart: int, ordered: int) -> None:
    assert f["found"] >= found, f
    assert f["dated"] >= dated, f
    assert f["merged"] >= merged, f
    assert f["split"] >= kept_apart, f
    assert f["ordered"] >= ordered, f


def check_timex(f: dict, *, correct: int, found: int, spurious: int) -> None:
    assert f["correct"] >= correct, f
    assert f["found"] >= found, f
    assert f["spurious"] <= spurious, f
