"""Throughput of the temporal tagger against dateparser, plus a linearity check.

    python benchmarks/bench_tag.py [--repeat N] [--dateparser-chars N]

Builds Arabic news text from the seed articles and synthetic sentences that mix the
expression families, tags it on one core and prints characters/second and MB/s for
``timeline.temporal.tag`` and ``dateparser.search.search_dates(text, languages=["ar"])``
on the same texts (dateparser on a prefix when it is slow; per-character rates are
comparable).  Then tags 1x, 4x and 16x the text to show time per character stays flat.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from timeline.temporal import tag

ROOT = Path(__file__).resolve().parent.parent
DCT = "2020-10-04"

SYNTHETIC = [
    "وقال المتحدث باسم الوزارة مساء أمس الأربعاء إن القوات تقدمت لليوم الرابع على التوالي.",
    "ومن المقرر أن يعقد الاجتماع الخميس المقبل في موسكو بعد أسبوعين من المحادثات.",
    "وكانت الهدنة قد دخلت حيز التنفيذ الساعة السابعة مساءً بتوقيت مكة المكرمة يوم 10 أكتوبر 2020.",
    "وتأسست المجموعة عام 1992 واعتمد مجلس الأمن 4 قرارات عام 1993.",
    "وأشار التقرير إلى مقتل 790 عسكريا وإصابة 1900 بجروح خلال الأيام الأربعة الماضية.",
    "واتفق الرؤساء مطلع تشرين الأول/أكتوبر على صيغة بيان، وفي اليوم التالي أعلنت الخارجية موقفها.",
    "ويصادف أول أيام شهر رمضان 1442 هـ الثلاثاء 13 أبريل 2021.",
    "ولا يزال الوضع الراهن متوترا في المرحلة الحالية رغم الهدنة المعلنة يومي الـ10 والـ17 من الشهر الجاري.",
    "وجرت المعارك بين 5 و7 تشرين الثاني، فيما تراجعت الأسعار منذ 27 سبتمبر وحتى نهاية العام الماضي.",
    "وفي غضون الساعات الـ48 الماضية شنت الطائرات غارات ليل السبت-الأحد على مواقع في الريف الشمالي.",
    "وأعلن الجيش منذ ثلاثة أيام أن الهدنة تدخل حيز التنفيذ بعد 48 ساعة من توقيعها عند الخامسة فجرا.",
    "ويتظاهر المحتجون كل يوم جمعة منذ 2019، وتعطل الدوائر بمناسبة عيد الفطر والأسبوع قبل الماضي.",
]


def corpus(repeat: int) -> list[str]:
    texts = []
    with open(ROOT / "seeds" / "articles.jsonl", encoding="utf-8") as handle:
        texts.extend(json.loads(line)["text"] for line in handle)
    texts.append(" ".join(SYNTHETIC * 5))
    return texts * repeat


def rate(func, texts: list[str]) -> tuple[float, int, int]:
    """(seconds, characters, expressions found)."""
    chars = sum(len(getattr(t, "text", t)) for t in texts)
    found = 0
    start = time.perf_counter()
    for text in texts:
        found += len(func(text) or ())
    return time.perf_counter() - start, chars, found


def report(name: str, seconds: float, chars: int, found: int, nbytes: int) -> float:
    cps = chars / seconds
    print(f"{name:<12} {chars:>9} chars {seconds:8.3f} s {cps:>12,.0f} chars/s {nbytes / seconds / 1e6:7.2f} MB/s"
          f"  {found} found")
    return cps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--dateparser-chars", type=int, default=60_000)
    args = parser.parse_args()

    texts = corpus(args.repeat)
    tag(texts[0], DCT)  # warm-up (lexicon already built at import)
    seconds, chars, found = rate(lambda t: tag(t, DCT), texts)
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    ours = report("timeline", seconds, chars, found, nbytes)
    # the same, on Documents analysed beforehand (in the pipeline the Document is shared by
    # the tagger and the extractor, so this is the tagger's own cost)
    from timeline.document import analyse

    docs = [analyse(t) for t in texts]
    seconds_doc, _, found_doc = rate(lambda d: tag(d, DCT), docs)
    report("  on Docs", seconds_doc, chars, found_doc, nbytes)

    try:
        from dateparser.search import search_dates
    except ImportError:  # pragma: no cover - optional
        print("dateparser not installed; skipping comparison")
    else:
        subset, total = [], 0
        for text in texts:
            if total >= args.dateparser_chars:
                break
            subset.append(text)
            total += len(text)
        search_dates(subset[0][:200], languages=["ar"])  # warm-up: dateparser loads its data lazily
        seconds_dp, chars_dp, found_dp = rate(lambda t: search_dates(t, languages=["ar"]), subset)
        theirs = report("dateparser", seconds_dp, chars_dp, found_dp, sum(len(t.encode("utf-8")) for t in subset))
        seconds_us, _, found_us = rate(lambda t: tag(t, DCT), subset)
        print(f"same subset: timeline found {found_us} in {seconds_us:.3f} s; speed-up x{ours / theirs:.1f}")

    print("linearity (one text, n copies joined):")
    base = " ".join(SYNTHETIC) + " " + texts[0]
    for factor in (1, 4, 16, 64):
        text = " ".join([base] * factor)
        best = min(rate(lambda t: tag(t, DCT), [text])[0] for _ in range(3))
        print(f"  x{factor:<3} {len(text):>8} chars {best * 1e6 / len(text):7.3f} us/char")


if __name__ == "__main__":
    main()
