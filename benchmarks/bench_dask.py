"""Throughput of the Dask build with 1 and 2 workers next to the single-process build.

    python benchmarks/bench_dask.py [--articles 1500] [--partitions 8] [--seed 0]

The corpus is synthetic: runs of seed-article sentences with shifted publication dates (so
reports overlap across articles).  Each Dask run is checked equal to ``timeline.graph.build``.
Uses the processes scheduler, and a ``dask.distributed`` LocalCluster too when installed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import time
from pathlib import Path

from timeline.distributed import articles_to_bag, build_bag
from timeline.graph import build
from timeline.io import read_articles
from timeline.model import Article

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "articles.jsonl"


def synthetic(n: int, seed: int) -> list[Article]:
    rng = random.Random(seed)
    seeds = [a for a in read_articles(SEEDS) if isinstance(a, Article)]
    out = []
    for k in range(n):
        source = rng.choice(seeds)
        sentences = [s for s in re.split(r"(?<=[.\n])", source.text) if s.strip()]
        first = rng.randrange(len(sentences))
        text = "".join(sentences[first:first + rng.randint(2, 12)])
        out.append(Article(f"syn{k:06d}", text, source.published + dt.timedelta(days=rng.randint(-90, 90))))
    return out


def timed(label: str, run, articles, expected=None):
    start = time.perf_counter()
    timeline = run()
    seconds = time.perf_counter() - start
    same = "reference" if expected is None else ("equal" if timeline == expected else "DIFFERENT")
    mb = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6
    print(f"{label:<28} {seconds:8.2f} s {len(articles) / seconds:9.1f} art/s {mb / seconds:7.3f} MB/s"
          f"  {len(timeline.events):6d} events  {same}")
    return timeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1500)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    articles = synthetic(args.articles, args.seed)
    mb = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6
    print(f"{len(articles)} synthetic articles, {mb:.2f} MB UTF-8, {args.partitions} partitions")
    expected = timed("build (1 process)", lambda: build(articles), articles)
    bag = articles_to_bag(articles, args.partitions)
    timed("dask sync", lambda: build_bag(bag, scheduler="sync"), articles, expected)
    for workers in (1, 2):
        timed(f"dask processes, {workers} worker(s)",
              lambda w=workers: build_bag(bag, scheduler="processes", num_workers=w), articles, expected)
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        print("(dask.distributed not installed: LocalCluster runs skipped)")
        return
    for workers in (1, 2):
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True) as cluster, \
                Client(cluster):
            timed(f"LocalCluster, {workers} worker(s)", lambda: build_bag(bag), articles, expected)


if __name__ == "__main__":
    main()
