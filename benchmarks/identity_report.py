"""Why two reports were (not) merged: identity diagnostics against a gold file.

    python benchmarks/identity_report.py ARTICLES.jsonl GOLD.json [--all]

Extracts every article (as ``build`` does), merges, and for each gold event reported more
than once that ends in several system events ("not merged"), and each gold pair that ends
in one system event ("not kept apart"), prints the single-mention reports involved and, per
pair of them, what :meth:`timeline.graph.identity.Identity.conflict` says ("" = compatible)
and whether merging's blocking lets them meet at all.  Gold mentions no report covers are
listed as extraction misses.  The gold format is the one of ``../shared/eval/score.py``.
"""

from __future__ import annotations

import argparse
import json
from itertools import combinations

from timeline.graph.blocking import buckets as _buckets
from timeline.graph.blocking import probes as _probe
from timeline.graph.blocking import reach_days
from timeline.graph.blocking import tokens as _tokens
from timeline.graph.identity import facts_of
from timeline.graph.merge import Matcher, cluster_events
from timeline.graph.records import extract_one
from timeline.model import Event


def meet(a: Event, b: Event, matcher: Matcher) -> bool:
    """Whether blocking lets ``b`` (probing) find ``a`` (filed), or the other way round."""
    if a.type != b.type:
        return False
    fa, fb = facts_of(a), facts_of(b)
    ta, tb = _tokens(a, fa, matcher), _tokens(b, fb, matcher)

    def one_way(filed_event: Event, ff, filed_tokens, probe_event: Event, pf, probe_tokens) -> bool:
        buckets = set(_buckets(reach_days(filed_event, ff)))
        if next(iter(buckets))[0] == "fine":
            buckets.add(("fine", "*"))
        return bool(buckets & set(_probe(reach_days(probe_event, pf)))) and bool(filed_tokens & probe_tokens)

    return one_way(a, fa, ta[0], b, fb, tb[1]) or one_way(b, fb, tb[0], a, fa, ta[1])


def describe(e: Event) -> str:
    m = e.mentions[0]
    people = ",".join(f"{a.key}/{a.role or '-'}" for a in e.participants) or "-"
    days = f"{e.earliest.date() if e.earliest else None}..{e.latest.date() if e.latest else None}"
    flags = "".join(("D" if m.deictic else "", "L" if facts_of(e).loose else ""))
    return (f"{m.doc[:14]}@{m.start} {e.type}/{e.subtype or '-'}/{e.phase or '-'} {days} [{people}] "
            f"place={e.place} th={e.theatre} by={m.dated_by} {flags} {m.text[:30]!r}")


def overlaps(m, g) -> bool:
    return m.doc == g["doc"] and m.start < g["end"] and g["start"] < m.end


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles")
    ap.add_argument("gold")
    ap.add_argument("--all", action="store_true", help="every multi-report gold event, merged or not")
    args = ap.parse_args()
    gold = json.load(open(args.gold, encoding="utf-8"))
    with open(args.articles, encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh if line.strip()]
    reports = [e for i, item in enumerate(items) for e in extract_one(item, (0, i)).events]
    matcher = Matcher()
    merged, assign = cluster_events(reports, matcher)

    def reports_of(cluster: str) -> tuple[list[int], list[dict]]:
        found, missed = [], []
        for g in gold["mentions"]:
            if g["cluster"] != cluster:
                continue
            hits = [i for i, e in enumerate(reports) if any(overlaps(m, g) for m in e.mentions)
                    and (g["type"] == "other" or e.type == g["type"])]
            found += [i for i in hits if i not in found]
            if not hits:
                missed.append(g)
        return found, missed

    def pairs(idx: list[int]) -> None:
        for i, j in combinations(idx, 2):
            if assign[i] == assign[j]:
                continue
            a, b = reports[i], reports[j]
            rule = matcher.conflict(a, b)
            ca, cb = merged[assign[i]], merged[assign[j]]
            crule = matcher.conflict(ca, cb)
            print(f"    r{i}~r{j}: reports {rule or 'compatible'}; events {crule or 'compatible'};"
                  f" block {'meet' if meet(a, b, matcher) else 'NEVER MEET'}")

    multi = [k for k in gold["clusters"] if sum(m["cluster"] == k for m in gold["mentions"]) > 1]
    together = total = 0
    for k in multi:
        idx, _ = reports_of(k)
        for i, j in combinations(idx, 2):
            total += 1
            together += assign[i] == assign[j]
    wrong = sum(bool({assign[i] for i in reports_of(a)[0]} & {assign[i] for i in reports_of(b)[0]})
                for a, b in gold["diff"])
    print(f"pairs of reports of one gold event merged: {together}/{total}; gold pairs to keep apart "
          f"sharing a system event: {wrong}/{len(gold['diff'])}")
    print("== not merged")
    for k in multi:
        idx, missed = reports_of(k)
        systems = {assign[i] for i in idx}
        if len(systems) <= 1 and not missed and not args.all:
            continue
        print(f"  {k}: {len(systems)} system events, {len(missed)} gold mentions not extracted")
        for g in missed:
            print(f"    miss {g['doc'][:14]}@{g['start']} {g['text'][:40]!r}")
        for i in idx:
            print(f"    r{i} -> E{assign[i]} {describe(reports[i])}")
        pairs(idx)
    print("== not kept apart")
    for a, b in gold["diff"]:
        ia, _ = reports_of(a)
        ib, _ = reports_of(b)
        shared = {assign[i] for i in ia} & {assign[i] for i in ib}
        if not shared:
            continue
        print(f"  {a} / {b}: shared system events {sorted(shared)}")
        for i in ia + ib:
            if assign[i] in shared:
                print(f"    r{i} -> E{assign[i]} {'A' if i in ia else 'B'} {describe(reports[i])}")


if __name__ == "__main__":
    main()
