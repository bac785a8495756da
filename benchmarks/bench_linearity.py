"""Linearity: time per unit must stay flat as inputs grow, for ``tag`` and for ``build``.

    python benchmarks/bench_linearity.py [--only shapes|patterns|throughput] [--shapes a,b]
                                         [--scale 1] [--budget 60] [--max-kb 4096]
                                         [--against REF] [--dateparser-kb 8] [--clock cpu|wall]

Shapes (``--only shapes``): inputs that real news produces at scale, each grown 1x, 2x, 4x, 8x,
16x; the table shows time per unit (per article, per repetition, per date, per KB) for
``tag`` (every article tagged) and ``build`` (the whole pipeline), the ratio of the largest
size's per-unit time to the smallest's (about 1 when linear, near 16 when quadratic) and the
fitted exponent (1 linear, 2 quadratic):

  story     one event reported by N articles (one big story carried by many outlets)
  wire      N articles over three days about a few stories in varied wordings and dates
            ("اليوم"/"أمس"/weekday), beside unrelated events of the same types
            (``tests/wire.py``; correctness of its merging is ``tests/test_graph_wire.py``)
  calls     "اتصال هاتفي " repeated N times in one article
  truces    "الهدنة " repeated N times in one article
  dates     N coordinated dates in one clause ("أيام 1 و2 و3 ... من أكتوبر")
  sentence  one news sentence repeated to N KB in one article

``--scale`` multiplies every base size (``--scale 5 --shapes sentence`` reaches 5 MB).  A size
whose run takes longer than ``--budget`` seconds ends the row (the larger sizes show "-").
``--against REF`` runs the same shapes on another commit (checked out in a temporary
``git worktree``, imported through ``PYTHONPATH``) and prints both tables side by side.
Shapes are timed in this process's CPU time by default (``--clock cpu``: other sessions on a
shared machine do not inflate it; the pipeline runs in one process); ``--clock wall`` times
elapsed time.

Patterns (``--only patterns``): for each adversarial pattern (long runs of digits, of "و",
month names without days, "الـ", spaces, Arabic letters without spaces, ...) the text is
repeated to 10 KB .. max size and tagged once per size; microseconds per character.

Throughput (``--only throughput``): one-core ``tag`` speed on normal news text (the seed
articles repeated) next to dateparser's ``search_dates(languages=["ar"])`` on a subset.

Numbers are printed, never asserted: the machine may be shared.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

import timeline
from timeline import tag
from timeline.model import Article

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "articles.jsonl"
DCT = dt.date(2020, 10, 1)
PUBLISHED = dt.datetime(2020, 10, 1)

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


def seed_texts() -> list[str]:
    """The seed articles' texts, read without ``timeline.io`` (whose API may differ across refs)."""
    lines = SEEDS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def throughput(dateparser_kb: int) -> None:
    text = "\n".join(seed_texts()) + "\n"
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

# ------------------------------------------------------------------ shapes at scale

#: One story: a phone call reported identically by every outlet.
STORY = ("موسكو - أجرى الرئيس الروسي فلاديمير بوتين أمس الأربعاء اتصالا هاتفيا مع نظيره التركي رجب طيب "
         "أردوغان، بحثا خلاله الوضع في إقليم قره باغ ووقف إطلاق النار. وقال الكرملين في بيان إن الرئيسين "
         "اتفقا على مواصلة الاتصالات.")
#: One sentence repeated in a huge article (a scraper loop, a mirrored page).
SENTENCE = ("وقصفت القوات الأذربيجانية مدينة ستيباناكيرت مساء أمس الأربعاء، فيما أعلنت وزارة الدفاع الأرمينية "
            "التوصل إلى هدنة إنسانية يوم 10 أكتوبر 2020. ")


def _story(n: int) -> list[Article]:
    return [Article(f"outlet{i:06d}", STORY, PUBLISHED) for i in range(n)]


def _wire(n: int) -> list[Article]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from wire import wire  # the test suite's generator (test data, not a package module)

    return wire(n).articles


def _repeated(phrase: str) -> Callable[[int], list[Article]]:
    def make(n: int) -> list[Article]:
        return [Article("one", "أعلن الكرملين أمس الأربعاء أن " + phrase * n, PUBLISHED)]
    return make


def _dates(n: int) -> list[Article]:
    days = " و".join(str(1 + i % 28) for i in range(n))
    return [Article("one", f"وقصفت القوات الأرمينية مدينة ترتر أيام {days} من الشهر الماضي.", PUBLISHED)]


def _sentence(n: int) -> list[Article]:
    unit = SENTENCE.encode("utf-8")
    return [Article("one", SENTENCE * (n * 1000 // len(unit) + 1), PUBLISHED)]


#: name -> (make(n) -> articles, unit name, base n at 1x)
SHAPES: dict[str, tuple[Callable[[int], list[Article]], str, int]] = {
    "story": (_story, "article", 250),
    "wire": (_wire, "article", 250),
    "calls": (_repeated("اتصال هاتفي "), "repeat", 500),
    "truces": (_repeated("الهدنة "), "repeat", 500),
    "dates": (_dates, "date", 250),
    "sentence": (_sentence, "KB", 64),
}
FACTORS = (1, 2, 4, 8, 16)


def _run_tag(articles: list[Article]) -> None:
    for article in articles:
        tag(article.text, article.published)


def _run_build(articles: list[Article]) -> None:
    timeline.build(articles)


#: The clock of the shape timings (``--clock``): CPU time of this process, or elapsed time.
CLOCKS = {"cpu": time.process_time, "wall": time.perf_counter}
clock = CLOCKS["cpu"]


def _best(run: Callable[[list[Article]], None], articles: list[Article]) -> float:
    """Seconds for one run; short runs are repeated (up to 3 times, about 1 s) and the best kept."""
    best, spent = float("inf"), 0.0
    for _ in range(3):
        start = clock()
        run(articles)
        seconds = clock() - start
        best, spent = min(best, seconds), spent + seconds
        if spent > 1.0:
            break
    return best


def measure_shapes(names: list[str], scale: float, budget: float) -> dict:
    """{shape: {stage: [seconds per unit or None, ...]}} over ``FACTORS``."""
    _run_build(_story(2) + _sentence(1))  # load lexicons and compile patterns outside the timings
    out: dict = {}
    for name in names:
        make, _, base = SHAPES[name]
        out[name] = {}
        for stage, run in (("tag", _run_tag), ("build", _run_build)):
            row: list[float | None] = []
            for factor in FACTORS:
                n = max(1, int(base * scale * factor))
                if row and row[-1] is None:
                    row.append(None)
                    continue
                articles = make(n)
                seconds = _best(run, articles)
                row.append(seconds / n if seconds <= budget else None)
                if seconds > budget:
                    print(f"  {name}/{stage}: {n} units took {seconds:.0f} s > budget, larger sizes skipped",
                          file=sys.stderr)
            out[name][stage] = row
    return out


def _fmt_row(row: list[float | None]) -> str:
    cells = "".join(f"{t * 1e3:10.3f}" if t is not None else f"{'-':>10}" for t in row)
    done = [(FACTORS[i], t) for i, t in enumerate(row) if t is not None]
    if len(done) < 2:
        return cells + f"{'':>8}{'':>7}"
    ratio = done[-1][1] / done[0][1]
    xs = [math.log(f) for f, _ in done]
    ys = [math.log(t * f) for f, t in done]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    power = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
    return cells + f"{ratio:8.2f}{power:7.2f}"


def print_shapes(results: dict[str, dict], scale: float) -> None:
    """One table per result set (label -> shapes), side by side when there are two."""
    labels = list(results)
    head = "".join(f"{f:>9}x" for f in FACTORS) + f"{'ratio':>8}{'exp':>7}"
    print(f"{'':<34}" + "   ".join(f"{label:<{len(head)}}" for label in labels))
    print(f"{'shape / stage (ms per unit)':<34}" + "   ".join(head for _ in labels))
    for name in next(iter(results.values())):
        _, unit, base = SHAPES[name]
        for stage in ("tag", "build"):
            title = f"{name} ({unit}, 1x={int(base * scale)}) {stage}"
            print(f"{title:<34}" + "   ".join(_fmt_row(results[label][name][stage]) for label in labels))
    print("ratio = time per unit at the largest size / at 1x (1 = linear, 16 = quadratic); "
          "exp = fitted exponent of total time")


def against(ref: str, names: list[str], scale: float, budget: float, clock_name: str = "cpu") -> dict:
    """Run this script's shapes on commit ``ref`` (a temporary worktree) and return its numbers."""
    from at_commit import run_at

    return run_at(ref, "bench_linearity.py", ["--only", "shapes", "--json", "--shapes", ",".join(names),
                                              "--scale", str(scale), "--budget", str(budget), "--clock", clock_name])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["shapes", "patterns", "throughput"], help="run one section")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated shapes (default: all)")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every shape's base size")
    parser.add_argument("--budget", type=float, default=60.0, help="seconds one run may take before the row stops")
    parser.add_argument("--against", metavar="REF", help="also run the shapes on git commit REF, side by side")
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="cpu",
                        help="time the shapes in CPU time of this process (default) or wall time")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # used by --against
    parser.add_argument("--max-kb", type=int, default=4096, help="largest pattern input, KB (default 4096)")
    parser.add_argument("--dateparser-kb", type=int, default=8, help="subset given to dateparser, KB")
    args = parser.parse_args()
    global clock
    clock = CLOCKS[args.clock]
    names = [n for n in args.shapes.split(",") if n]
    if args.json:
        print(f"  measuring {timeline.__file__}", file=sys.stderr)
        print(json.dumps(measure_shapes(names, args.scale, args.budget)))
        return
    if args.only in (None, "shapes"):
        results = {}
        if args.against:
            results[args.against] = against(args.against, names, args.scale, args.budget, args.clock)
        print(f"  measuring {timeline.__file__}", file=sys.stderr)
        results["this tree"] = measure_shapes(names, args.scale, args.budget)
        print_shapes(results, args.scale)
    if args.only in (None, "patterns"):
        linearity(args.max_kb * 1000)
    if args.only in (None, "throughput"):
        throughput(args.dateparser_kb)


if __name__ == "__main__":
    main()
