#!/usr/bin/env python3
"""Write ``a/`` and ``b/`` (articles.jsonl and gold.json, the shape ``../shared/eval/score.py``
reads) from ``devparticipants17_spec.py``: every item's first gold event is a mention of its
happening (``HAPPENINGS``); clusters of one type in a part must stay apart (``diff``).

    python3 build.py
"""
import itertools
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from devparticipants17_spec import ARTICLES, GOLD, HAPPENINGS  # noqa: E402
from gold_sets import find  # noqa: E402


def part(prefix: str) -> tuple[list[dict], dict]:
    docs = sorted(d for d in ARTICLES if d.startswith(prefix))
    clusters, mentions = {}, []
    for doc in docs:
        name, kind, day = HAPPENINGS[doc[:3]]
        clusters[name] = dict(type=kind, tight=[day, day], outer=[day, day])
        surface, occ, typ = GOLD[doc][0][:3]
        a, b = find(ARTICLES[doc][1], surface, occ, doc)
        mentions.append(dict(cluster=name, doc=doc, start=a, end=b, text=surface, type=typ))
    diff = [[x, y] for x, y in itertools.combinations(sorted(clusters), 2) if clusters[x]["type"] == clusters[y]["type"]]
    articles = [dict(id=d, published=ARTICLES[d][0], text=ARTICLES[d][1]) for d in docs]
    return articles, dict(timex=[], clusters=clusters, mentions=mentions, diff=diff, before=[])


if __name__ == "__main__":
    for prefix in ("a", "b"):
        articles, gold = part(prefix)
        out = HERE / prefix
        out.mkdir(exist_ok=True)
        (out / "articles.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles))
        (out / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
