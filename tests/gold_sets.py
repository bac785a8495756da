"""Compile a gold set's ``spec.py`` and ``src/*.txt`` into ``gold.json`` and ``articles.jsonl``.

The spec holds the gold as rows of surface strings (the format of ``../shared/dev/spec.py``):
every string must occur in its article, and ``occurrence`` picks the Nth match (1-based,
overlapping matches counted).  The output has the shape ``../shared/eval/score.py`` reads.
Used by the ``build.py`` of the sets that share this format (heldout3, heldout4, heldout5,
devevents2, heldout_news).  With ``alts=True`` (heldout_news) an event row may carry a sixth
element, the other types a reader would accept, written as ``alt`` on every mention; every
cluster then needs a known ``type``, ``alt`` and ``participants`` found in its articles (read
by that set's precision.py; the scorer ignores keys it does not know).
"""

from __future__ import annotations

import importlib.util
import itertools
import json
from pathlib import Path
from typing import Any

TYPES = {"ceasefire", "call", "meeting", "strike", "capture", "statement", "other"}


def span(a: str, b: str | None = None) -> tuple[str, str]:
    """A spec's (first, last) day pair: ``span(a)`` is the one day ``a``."""
    return (a, b or a)


def cluster_row(kind: str):
    """A spec row helper for clusters of type ``kind``.

    ``row(a, b=None, lo=None, hi=None)`` is the cluster whose real date is ``a`` .. ``b`` (tight)
    and which the texts still allow over ``lo`` .. ``hi`` (outer; the tight span by default).
    """
    def row(a: str, b: str | None = None, lo: str | None = None, hi: str | None = None) -> dict[str, Any]:
        return dict(type=kind, tight=span(a, b), outer=span(lo or a, hi or b or a))
    return row


def find(text: str, s: str, occ: int, where: str = "") -> tuple[int, int]:
    """The span of the ``occ``-th occurrence of ``s`` in ``text`` (``where`` names the article)."""
    i = -1
    for _ in range(occ):
        i = text.find(s, i + 1)
        if i < 0:
            raise SystemExit(f"{where + ': ' if where else ''}not found: {s!r} occurrence {occ}")
    return i, i + len(s)


def compile_spec(spec: dict[str, Any], texts: dict[str, str], alts: bool = False) -> dict[str, Any]:
    """The gold (score.py's shape) of ``spec`` over ``texts``; ``alts`` as in the module doc."""
    out = {"timex": [], "clusters": spec["clusters"], "mentions": [],
           "diff": spec["diff"], "before": spec["before"]}
    for doc, s, occ, kind, value, tight, outer, req in spec["timex"]:
        a, b = find(texts[doc], s, occ, doc)
        out["timex"].append(dict(doc=doc, start=a, end=b, text=s, kind=kind, value=value,
                                 tight=tight, outer=outer, required=req))
    for row in spec["events"]:
        cl, doc, s, occ, typ = row[:5]
        if len(row) > 5 and not alts:
            raise SystemExit(f"{doc}: event row {cl} has extra fields; this set's rows have five")
        a, b = find(texts[doc], s, occ, doc)
        if cl not in spec["clusters"]:
            raise SystemExit(f"{doc}: unknown cluster {cl}")
        mention = dict(cluster=cl, doc=doc, start=a, end=b, text=s, type=typ)
        if alts:
            mention["alt"] = list(row[5]) if len(row) > 5 else []
        out["mentions"].append(mention)
    if alts:
        _check_clusters(spec["clusters"], out["mentions"], texts)
    for a, b in spec["diff"] + spec["before"]:
        assert a in spec["clusters"] and b in spec["clusters"], (a, b)
    return out


def _check_clusters(clusters: dict[str, Any], mentions: list[dict[str, Any]],
                    texts: dict[str, str]) -> None:
    for k, c in clusters.items():
        if c["type"] not in TYPES or not set(c["alt"]) <= TYPES:
            raise SystemExit(f"cluster {k}: bad type {c['type']} / alt {c['alt']}")
        docs = {m["doc"] for m in mentions if m["cluster"] == k}
        for p in c["participants"]:
            if not any(p in texts[d] for d in docs):
                raise SystemExit(f"cluster {k}: participant {p!r} is in none of its articles {sorted(docs)}")


def show(gold: dict[str, Any], texts: dict[str, str]) -> None:
    """Print every span with its surrounding text."""
    rows = [("T", t["doc"], t["start"], t["end"], f"{t['kind']} {t['value']}") for t in gold["timex"]]
    rows += [("E", m["doc"], m["start"], m["end"], m["cluster"]) for m in gold["mentions"]]
    for tag, doc, a, b, what in sorted(rows, key=lambda r: (r[1], r[2])):
        t = texts[doc]
        ctx = (t[max(0, a - 25):a] + "[" + t[a:b] + "]" + t[b:b + 15]).replace("\n", " ")
        print(f"{tag} {doc[:3]} {a:5d} {what:40.40s} {ctx}")


def build_set(here: Path, name: str, show_spans: bool = False, alts: bool = False) -> None:
    """Write ``here``'s articles.jsonl and gold.json from its spec (``spec.<name>``)."""
    loader = importlib.util.spec_from_file_location(f"spec_{here.name}", here / "spec.py")
    module = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(module)
    spec, published = getattr(module, name), module.PUBLISHED
    texts = {k: (here / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in published}
    with open(here / "articles.jsonl", "w", encoding="utf-8") as f:
        for k, d in published.items():
            f.write(json.dumps({"id": k, "published": d, "text": texts[k]}, ensure_ascii=False) + "\n")
    gold = compile_spec(spec, texts, alts)
    dest = here / "gold.json"
    dest.write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    if show_spans:
        show(gold, texts)
    req = sum(t["required"] for t in gold["timex"])
    multi = sum(1 for k in gold["clusters"] if sum(m["cluster"] == k for m in gold["mentions"]) > 1)
    print(f"{dest.name}: {len(gold['timex'])} timex ({req} required), {len(gold['mentions'])} mentions, "
          f"{len(gold['clusters'])} clusters ({multi} merged), {len(gold['diff'])} diff, {len(gold['before'])} before")


def split_participants(here: Path) -> None:
    """Move each cluster's participants from ``here``'s gold.json to participants.json
    (``{cluster: [[acceptable name, ...], ...]}``, one inner list per participant), so gold.json
    keeps the shape of the sets without participants."""
    path = here / "gold.json"
    gold = json.loads(path.read_text(encoding="utf-8"))
    who = {k: c.pop("participants") for k, c in gold["clusters"].items()}
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    (here / "participants.json").write_text(json.dumps(who, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"participants.json: {len(who)} clusters, {sum(map(len, who.values()))} participants "
          f"({sum(1 for p in who.values() if not p)} clusters with none)")


def split_parts(here: Path, part_b: set[str]) -> None:
    """Write ``here``'s a/ and b/ from its built set: part B holds the reports whose id starts
    with a letter of ``part_b`` (scored only at a round's start and end), part A the others."""
    arts = [json.loads(x) for x in (here / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x]
    gold = json.loads((here / "gold.json").read_text(encoding="utf-8"))
    for part, in_b in (("a", False), ("b", True)):
        docs = {a["id"] for a in arts if (a["id"][0] in part_b) == in_b}
        mentions = [m for m in gold["mentions"] if m["doc"] in docs]
        clusters = {m["cluster"] for m in mentions}
        sub = {"timex": [t for t in gold["timex"] if t["doc"] in docs],
               "clusters": {k: v for k, v in gold["clusters"].items() if k in clusters},
               "mentions": mentions,
               "diff": [p for p in gold["diff"] if set(p) <= clusters],
               "before": [p for p in gold["before"] if set(p) <= clusters]}
        out = here / part
        out.mkdir(exist_ok=True)
        with open(out / "articles.jsonl", "w", encoding="utf-8") as f:
            for a in arts:
                if a["id"] in docs:
                    f.write(json.dumps(a, ensure_ascii=False) + "\n")
        (out / "gold.json").write_text(json.dumps(sub, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{part}/gold.json: {len(docs)} reports, {len(mentions)} mentions, {len(clusters)} clusters, "
              f"{len(sub['diff'])} diff, {len(sub['before'])} before")


def build_time_part(here: Path, spec: Any, name: str, part: str, show_spans: bool = False) -> None:
    """Write part ``part``'s articles.jsonl and gold.json of a time set with parts (devtime6,
    devtime7): the rows ``<name>_<part>``, the texts under ``<part>/src``, and the negatives'
    spans (``NEGATIVES_<part>``) under ``negatives``; a negative overlapping a row is an error."""
    folder = here / part.lower()
    published = getattr(spec, f"PUBLISHED_{part}")
    texts = {k: (folder / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in published}
    with open(folder / "articles.jsonl", "w", encoding="utf-8") as f:
        for k, date in published.items():
            f.write(json.dumps({"id": k, "published": date, "text": texts[k]}, ensure_ascii=False) + "\n")
    gold = compile_spec(getattr(spec, f"{name}_{part}"), texts)
    negatives = []
    for doc, s, occ in getattr(spec, f"NEGATIVES_{part}"):
        a, b = find(texts[doc], s, occ, doc)
        if any(t["doc"] == doc and t["start"] < b and a < t["end"] for t in gold["timex"]):
            raise SystemExit(f"{doc}: negative {s!r} overlaps a timex row")
        negatives.append(dict(doc=doc, start=a, end=b, text=s))
    gold["negatives"] = negatives
    (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    if show_spans:
        show(gold, texts)
    req = sum(t["required"] for t in gold["timex"])
    print(f"part {part}: {len(texts)} articles, {len(gold['timex'])} timex ({req} required), "
          f"{len(negatives)} negatives")


def build_item_parts(here: Path, spec: Any) -> None:
    """Write ``here``'s ``a/`` and ``b/`` (articles.jsonl and gold.json) from an item spec
    module (the devparticipants sets): ``ARTICLES`` {doc: (published, text)}, ``GOLD`` {doc:
    [(surface, occurrence, type, ...), ...]} and ``HAPPENINGS`` {doc[:3]: (cluster, type, day)}.
    Every item's first gold row is a mention of its happening; clusters of one type in a part
    must stay apart (``diff``)."""
    for prefix in ("a", "b"):
        docs = sorted(d for d in spec.ARTICLES if d.startswith(prefix))
        clusters, mentions = {}, []
        for doc in docs:
            name, kind, day = spec.HAPPENINGS[doc[:3]]
            clusters[name] = dict(type=kind, tight=[day, day], outer=[day, day])
            surface, occ, typ = spec.GOLD[doc][0][:3]
            a, b = find(spec.ARTICLES[doc][1], surface, occ, doc)
            mentions.append(dict(cluster=name, doc=doc, start=a, end=b, text=surface, type=typ))
        diff = [[x, y] for x, y in itertools.combinations(sorted(clusters), 2)
                if clusters[x]["type"] == clusters[y]["type"]]
        articles = [dict(id=d, published=spec.ARTICLES[d][0], text=spec.ARTICLES[d][1]) for d in docs]
        gold = dict(timex=[], clusters=clusters, mentions=mentions, diff=diff, before=[])
        out = here / prefix
        out.mkdir(exist_ok=True)
        (out / "articles.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles))
        (out / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
