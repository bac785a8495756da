"""Pathological-regex check: tagging time per character must stay flat as inputs grow.

    python benchmarks/bench_linearity.py [--max-kb 4096] [--dateparser-kb 8]

For each adversarial pattern (long runs of digits, of "و", month names without days, "الـ",
spaces, Arabic letters without spaces, ...) the text is repeated to 10 KB .. max size and
tagged once per size; the table shows microseconds per character and the ratio of the
largest size's per-character time to the smallest's (about 1 when linear; a quadratic
regex shows a ratio near the size ratio).  Then one-core throughput on normal news text
(the seed articles repeated) next to dateparser's ``search_dates(languages=["ar"])`` on a
subset of the same text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import time
from pathlib import Path

from timeline import tag
from timeline.io import read_articles
from timeline.model import Article

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "articles.jsonl"
DCT = dt.date(2020, 10, 1)

PATTERNS = {
    "digits": "1234567890",
    "digits+spaces": "2020 10 ",
    "arabic digits": "١٢٣٤٥٦٧٨٩٠",
    "waw run": "و",
    "waw+space": "و ",
    "months, no days": "أكتوبر تشرين الأول يناير ",
    "al- with tatweel": "الـ",
    "al- words": "الـ10 والـ ",
    "spaces": " ",
    "letters, no spaces": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "weekday chain": "الأربعاء والخميس و",
    "number words": "ثلاثة عشر ألف و",
    "slashes": "1/2/",
    "hijri marks": "هـ 1442 ",
}


def sizes(max_bytes: int) -> list[int]:
    out, size = [], 10_000
    while size <= max_bytes:
        out.append(size)
        size *= 4
    if out[-1] < max_bytes:
        out.append(max_bytes)
    return out


def per_char(text: str) -> float:
    """Best of a few runs (the machine may be shared), seconds per character."""
    best = float("inf")
    for _ in range(3 if len(text) < 1_000_000 else 1):
        start = time.perf_counter()
        tag(text, DCT)
        best = min(best, time.perf_counter() - start)
    return best / len(text)


def exponent(steps: list[int], per: list[float]) -> float:
    """Least-squares slope of log(total time) against log(size): 1 is linear, 2 quadratic."""
    xs = [math.log(s) for s in steps]
    ys = [math.log(p * s) for p, s in zip(per, steps, strict=True)]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def linearity(max_bytes: int) -> None:
    steps = sizes(max_bytes)
    head = "".join(f"{s // 1000:>9} KB" for s in steps)
    print(f"{'pattern (us/char)':<20}{head}   ratio  exponent")
    worst = 0.0
    for name, unit in PATTERNS.items():
        row = []
        for size in steps:
            # size counts UTF-8 bytes, as files do
            text = unit * (size // len(unit.encode("utf-8")) + 1)
            row.append(per_char(text))
        ratio = row[-1] / row[0]
        power = exponent(steps, row)
        worst = max(worst, power)
        print(f"{name:<20}" + "".join(f"{t * 1e6:12.3f}" for t in row) + f"   {ratio:5.2f}  {power:8.2f}")
    print(f"ratio = us/char at the largest size / at the smallest; worst exponent {worst:.2f} over a "
          f"{steps[-1] // steps[0]}x size range ({'linear' if worst < 1.3 else 'SUPERLINEAR'})")


def throughput(dateparser_kb: int) -> None:
    articles = [a for a in read_articles(SEEDS) if isinstance(a, Article)]
    text = "\n".join(a.text for a in articles) + "\n"
    big = text * (2_000_000 // len(text.encode("utf-8")) + 1)
    mb = len(big.encode("utf-8")) / 1e6
    start = time.perf_counter()
    found = tag(big, DCT)
    seconds = time.perf_counter() - start
    print(f"\ntimeline.tag   {mb:7.3f} MB in {seconds:7.3f} s  {mb / seconds:8.3f} MB/s  {len(found)} expressions")
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser not installed")
        return
    subset = text.encode("utf-8")[:dateparser_kb * 1000].decode("utf-8", "ignore")
    sub_mb = len(subset.encode("utf-8")) / 1e6
    search_dates("أمس", languages=["ar"])  # load its language data outside the timing
    start = time.perf_counter()
    hits = search_dates(subset, languages=["ar"], settings={"RELATIVE_BASE": dt.datetime(2020, 10, 1)}) or []
    seconds = time.perf_counter() - start
    start = time.perf_counter()
    ours = tag(subset, DCT)
    ours_s = time.perf_counter() - start
    print(f"dateparser     {sub_mb:7.3f} MB in {seconds:7.3f} s  {sub_mb / seconds:8.3f} MB/s  {len(hits)} expressions")
    print(f"timeline.tag   {sub_mb:7.3f} MB in {ours_s:7.3f} s  {sub_mb / ours_s:8.3f} MB/s  {len(ours)} expressions"
          f"  (same subset; {seconds / ours_s:.0f}x faster)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-kb", type=int, default=4096, help="largest input, KB (default 4096)")
    parser.add_argument("--dateparser-kb", type=int, default=8, help="subset given to dateparser, KB")
    args = parser.parse_args()
    linearity(args.max_kb * 1000)
    throughput(args.dateparser_kb)


if __name__ == "__main__":
    main()
