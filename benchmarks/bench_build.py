"""Benchmark `timeline.graph.build` on a synthetic corpus growing 1k -> 10k -> 100k articles.

    python benchmarks/bench_build.py [--max 100000] [--seed 0] [--against REF]

Articles are generated from templates (calls, meetings, strikes, ceasefires, captures,
statements) with varied dates, actors and places, so merging sees realistic blocks of
duplicates.  For each size it prints wall time, time per article and peak traced memory
(tracemalloc, in a second traced run with ``--trace``; otherwise the process's peak resident
memory, which only grows as sizes ascend).  Time is measured untraced, since tracemalloc slows
allocation-heavy code several-fold.  Near-linear growth shows as a flat time per article.
``--against REF`` builds the same corpora with commit REF too (a temporary worktree, see
``at_commit.py``) and prints its rows above this tree's.  Seconds are CPU time of the process
(other sessions on a shared machine do not inflate them).  ``--cli`` times the command instead:
``python -m timeline build`` in a child process on the corpus written as JSON Lines, start-up
(loading the lexicons) and writing the JSON included (CPU time of the child; peak: its RSS).
``--cli --tag`` times ``python -m timeline tag`` the same way (its time expressions in the
events column).  ``--repeat N`` keeps the least time of N runs.  A script, not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc

import timeline as timeline_package
from timeline.graph import build
from timeline.model import Article

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر"]
LEADERS = [("الرئيس الروسي", "فلاديمير بوتين"), ("الرئيس الفرنسي", "إيمانويل ماكرون"),
           ("الرئيس التركي", "رجب طيب أردوغان"), ("الرئيس الأذربيجاني", "إلهام علييف"),
           ("رئيس الوزراء الأرميني", "نيكول باشينيان"), ("وزير الخارجية الروسي", "سيرغي لافروف"),
           ("وزير الخارجية التركي", "مولود جاويش أوغلو"), ("الرئيس الأمريكي", "دونالد ترامب")]
SIDES = ["القوات الأذربيجانية", "القوات الأرمينية", "الجيش الأرميني", "الجيش الأذربيجاني"]
TOWNS = ["ترتر", "غنجة", "شوشا", "هادروت", "زنغيلان", "فضولي", "جبرائيل", "ستيباناكيرت", "لاتشين"]
TEMPLATES = [
    "أجرى {t1} {n1} اتصالا هاتفيا مع نظيره {n2} {date}، بحثا خلاله الأوضاع في قره باغ.",
    "التقى {t1} {n1} مع {n2} في موسكو {date} لبحث التسوية.",
    "قصفت {side} مدينة {town} {date} ما أدى إلى سقوط قتلى.",
    "اتفقت أرمينيا وأذربيجان على هدنة إنسانية {date} في إقليم قره باغ.",
    "أعلن {t1} {n1} {date} أن قوات بلاده سيطرت على مدينة {town}.",
    "قال {t1} {n1} {date} إن الحل يجب أن يكون سياسيا.",
    "واتهمت وزارة الدفاع الأذربيجانية أرمينيا بخرق الهدنة {date}.",
    "قصفت {side} مدينة {town} وسط تبادل للاتهامات.",
]


def corpus(n: int, rng: random.Random) -> list[Article]:
    start = dt.date(2020, 1, 1)
    out = []
    for i in range(n):
        published = start + dt.timedelta(days=rng.randrange(0, 3 * 365))
        sentences = []
        for _ in range(rng.randint(2, 5)):
            day = published - dt.timedelta(days=rng.randrange(0, 6))
            (t1, n1), (_, n2) = rng.sample(LEADERS, 2)
            date = f"يوم {day.day} {MONTHS[day.month - 1]} {day.year}"
            sentences.append(rng.choice(TEMPLATES).format(
                t1=t1, n1=n1, n2=n2, date=date, side=rng.choice(SIDES), town=rng.choice(TOWNS)))
        out.append(Article(f"a{i:06}", " ".join(sentences), dt.datetime.combine(published, dt.time())))
    return out


def measure(sizes: list[int], seed: int, trace: bool, repeat: int = 1, cli: str | None = None) -> list[dict]:
    rows = []
    for n in sizes:
        articles = corpus(n, random.Random(seed))
        if cli:
            rows.append(measure_cli(articles, repeat, cli))
            continue
        elapsed = float("inf")
        for _ in range(repeat):
            t0 = time.process_time()
            timeline = build(articles)
            elapsed = min(elapsed, time.process_time() - t0)
        if trace:
            tracemalloc.start()
            build(articles)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        else:
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
        rows.append({"articles": n, "events": len(timeline.events), "relations": len(timeline.relations),
                     "seconds": elapsed, "peak": peak})
    return rows


def measure_cli(articles: list[Article], repeat: int, command: str = "build") -> dict:
    """``python -m timeline COMMAND`` on ``articles``: CPU seconds and peak RSS of the child."""
    with tempfile.TemporaryDirectory() as tmp:
        src, out = os.path.join(tmp, "articles.jsonl"), os.path.join(tmp, "timeline.json")
        with open(src, "w", encoding="utf-8") as f:
            for a in articles:
                f.write(json.dumps({"id": a.id, "published": a.published.isoformat(), "text": a.text},
                                   ensure_ascii=False) + "\n")
        elapsed, peak = float("inf"), 0
        for _ in range(repeat):
            # a fresh process each run: os.wait4 gives that child's own CPU time and peak RSS
            child = subprocess.Popen([sys.executable, "-m", "timeline", command, src, "-o", out])
            _, status, usage = os.wait4(child.pid, 0)
            if status:
                raise RuntimeError(f"timeline {command} failed with status {status}")
            elapsed = min(elapsed, usage.ru_utime + usage.ru_stime)
            peak = max(peak, usage.ru_maxrss * 1024)
        with open(out, encoding="utf-8") as f:
            if command == "tag":  # a time expression a line
                return {"articles": len(articles), "events": sum(1 for line in f if line.strip()), "relations": 0,
                        "seconds": elapsed, "peak": peak}
            saved = json.load(f)
    return {"articles": len(articles), "events": len(saved["events"]), "relations": len(saved["relations"]),
            "seconds": elapsed, "peak": peak}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max", type=int, default=100_000, help="largest corpus size (default 100000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--trace", action="store_true", help="peak traced memory from a second, traced build")
    ap.add_argument("--against", metavar="REF", help="also build with git commit REF, side by side")
    ap.add_argument("--repeat", type=int, default=1, metavar="N", help="least time of N runs (default 1)")
    ap.add_argument("--cli", action="store_true", help="time `python -m timeline build` in a child process")
    ap.add_argument("--tag", action="store_true", help="with --cli: time `python -m timeline tag` instead")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # used by --against
    args = ap.parse_args()
    sizes = [n for n in (1_000, 10_000, 100_000) if n <= args.max] or [args.max]
    command = ("tag" if args.tag else "build") if args.cli else None
    if args.json:
        print(f"  measuring {timeline_package.__file__}", file=sys.stderr)
        print(json.dumps(measure(sizes, args.seed, args.trace, args.repeat, command)))
        return
    results = {}
    if args.against:
        from at_commit import run_at

        results[args.against] = run_at(args.against, "bench_build.py", ["--json", "--max", str(args.max),
                                                                         "--seed", str(args.seed),
                                                                         "--repeat", str(args.repeat)]
                                       + (["--trace"] if args.trace else []) + (["--cli"] if args.cli else []) + (["--tag"] if args.tag else []))
    results["this tree"] = measure(sizes, args.seed, args.trace, args.repeat, command)
    print(f"{'commit':>10} {'articles':>9} {'events':>8} {'relations':>10} {'cpu s':>9} {'ms/article':>11} "
          f"{'peak MB':>8}  (peak: {'traced' if args.trace else 'process RSS'}{f'; timeline {command}' if command else ''})")
    for name, rows in results.items():
        for row in rows:
            print(f"{name[:10]:>10} {row['articles']:>9} {row['events']:>8} {row['relations']:>10} "
                  f"{row['seconds']:>9.2f} {1000 * row['seconds'] / row['articles']:>11.3f} {row['peak'] / 2**20:>8.1f}")


if __name__ == "__main__":
    main()
