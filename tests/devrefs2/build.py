#!/usr/bin/env python3
"""Compile spec.py + src/*.txt (tests/devrefs2) into part A (articles.jsonl, gold.json here) and
part B (partb/articles.jsonl, partb/gold.json): see tests/gold_sets.py for the format.

    python3 build.py            # write both parts
    python3 build.py --show     # also print every span with its surrounding text
"""
import importlib.util
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_sets import compile_spec, show  # noqa: E402


def part(spec, texts, docs):
    """The spec restricted to ``docs`` (a story never crosses the parts)."""
    rows = [r for r in spec["events"] if r[1] in docs]
    keep = {r[0] for r in rows}
    return dict(timex=[], clusters={k: v for k, v in spec["clusters"].items() if k in keep}, events=rows,
                diff=[p for p in spec["diff"] if p[0] in keep and p[1] in keep],
                before=[p for p in spec["before"] if p[0] in keep and p[1] in keep])


def main(show_spans=False):
    loader = importlib.util.spec_from_file_location("spec_devrefs2", HERE / "spec.py")
    module = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(module)
    spec, published = module.DEV, module.PUBLISHED
    texts = {k: (HERE / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in published}
    used = {c for r in spec["events"] for c in (r[0],)}
    assert used == set(spec["clusters"]), set(spec["clusters"]) ^ used
    for dest, docs in ((HERE, [k for k in published if k[0] not in module.PART_B]),
                       (HERE / "partb", [k for k in published if k[0] in module.PART_B])):
        dest.mkdir(exist_ok=True)
        with open(dest / "articles.jsonl", "w", encoding="utf-8") as f:
            for k in docs:
                f.write(json.dumps({"id": k, "published": published[k], "text": texts[k]}, ensure_ascii=False) + "\n")
        gold = compile_spec(part(spec, texts, set(docs)), {k: texts[k] for k in docs})
        (dest / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        if show_spans:
            show(gold, texts)
        multi = sum(1 for k in gold["clusters"] if sum(m["cluster"] == k for m in gold["mentions"]) > 1)
        print(f"{dest.name}/gold.json: {len(docs)} articles, {len(gold['mentions'])} mentions, "
              f"{len(gold['clusters'])} clusters ({multi} merged), {len(gold['diff'])} diff, "
              f"{len(gold['before'])} before")


if __name__ == "__main__":
    main("--show" in sys.argv)
