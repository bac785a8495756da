"""Per-report extraction recall, and merging given extraction, on a gold event set.

    python tests/mention_recall.py ARTICLES GOLD [--build-cmd CMD | --built FILE] [--json] [--misses]

The external scorer counts a multi-mention event as merged only when every gold mention is
matched and all of them land in one system event.  This splits that figure in two:

- **mention recall**: gold mentions matched by a system mention in the same article that
  overlaps it and has the gold type (``other`` accepts any type), as the scorer matches;
- **merged given extraction**: of the multi-mention clusters whose every mention is
  matched, how many are one system event.  The rest are identity misses; the clusters with
  an unmatched mention are bounded by extraction whatever the identity rules do.

Only summary figures are printed, so the script may be run on blind sets; ``--misses`` (for
development sets only) also lists the gold mentions not matched.
"""
from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
from collections import defaultdict


def _overlaps(a: int, b: int, c: int, d: int) -> bool:
    return a < d and c < b


def figures(gold: dict, timeline: dict) -> dict[str, int]:
    """The mention and merge figures of one build output against its gold."""
    by_doc: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
    for event in timeline.get("events", []):
        for m in event.get("mentions", []):
            by_doc[m["doc"]].append((m, event))
    matched: dict[int, set[str]] = {}
    for i, g in enumerate(gold["mentions"]):
        ids = {e["id"] for m, e in by_doc.get(g["doc"], ())
               if _overlaps(m["start"], m["end"], g["start"], g["end"])
               and (g["type"] == "other" or e.get("type") == g["type"])}
        if ids:
            matched[i] = ids
    members: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(gold["mentions"]):
        members[g["cluster"]].append(i)
    multi = {k: v for k, v in members.items() if len(v) > 1}
    multi_mentions = sum(len(v) for v in multi.values())
    complete = [k for k, v in multi.items() if all(i in matched for i in v)]
    # One system event for the whole cluster: some event id shared by every mention's matches.
    merged = sum(1 for k in complete if set.intersection(*(matched[i] for i in multi[k])))
    cross = {k for k, v in multi.items() if len({gold["mentions"][i]["doc"] for i in v}) > 1}
    return {
        "mentions": len(gold["mentions"]),
        "mentions_found": len(matched),
        "multi_clusters": len(multi),
        "multi_mentions": multi_mentions,
        "multi_mentions_found": sum(1 for v in multi.values() for i in v if i in matched),
        "complete": len(complete),
        "merged_given_complete": merged,
        "cross_article": len(cross),
        "cross_complete": sum(1 for k in complete if k in cross),
    }


def misses(gold: dict, timeline: dict) -> list[dict]:
    """The gold mentions no system mention matches."""
    spans = [(m, e.get("type")) for e in timeline.get("events", []) for m in e.get("mentions", [])]
    return [g for g in gold["mentions"]
            if not any(m["doc"] == g["doc"] and _overlaps(m["start"], m["end"], g["start"], g["end"])
                       and (g["type"] == "other" or t == g["type"]) for m, t in spans)]


def line(f: dict[str, int]) -> str:
    """One summary line."""
    return (f"mentions {f['mentions_found']}/{f['mentions']} | in multi-mention events "
            f"{f['multi_mentions_found']}/{f['multi_mentions']} | every mention found "
            f"{f['complete']}/{f['multi_clusters']} events ({f['cross_complete']}/"
            f"{f['cross_article']} of those across articles) | of those merged "
            f"{f['merged_given_complete']}/{f['complete']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles")
    parser.add_argument("gold")
    parser.add_argument("--build-cmd", default=f"{shlex.quote(sys.executable)} -m timeline build {{articles}}")
    parser.add_argument("--built", help="a saved build output to read instead of running the build")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--misses", action="store_true", help="list unmatched gold mentions (not on blind sets)")
    a = parser.parse_args(argv)
    with open(a.gold, encoding="utf-8") as fh:
        gold = json.load(fh)
    if a.built:
        with open(a.built, encoding="utf-8") as fh:
            out = fh.read()
    else:
        out = subprocess.run(a.build_cmd.format(articles=shlex.quote(a.articles)), shell=True,
                             check=True, capture_output=True, text=True).stdout
    timeline = json.loads(out)
    if a.misses:
        for g in misses(gold, timeline):
            print(f"  miss {g['doc'][:12]} {g['cluster']} ({g['type']}) {g['text'][:60]!r}")
    f = figures(gold, timeline)
    print(json.dumps(f, sort_keys=True) if a.json else line(f))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
