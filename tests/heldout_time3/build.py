#!/usr/bin/env python3
"""Compile spec.py + src/*.txt into gold.json and articles.jsonl for the third blind time set.

    python build.py            # write the two files and print the counts
    python build.py --show     # also print every row and trap in its context

Each spec row names its value by a *rule* (``"h 1438-06-15"``, ``"past thu"``, ``"easter 2025 o"``,
``"range g 2019-12-09 .. g 2019-12-11"``; the grammar is in spec.py's docstring); this file turns
the rule into the TIMEX3 value and the ``tight``/``outer`` day intervals with calendar code
(``hijridate`` for Umm al-Qura, the tabular calendar before 1343 AH, ``dateutil`` for Easter and
offsets), so no gold date is typed by hand.  ``check.py`` recomputes the rules another way and
checks them against the surface text.  gold.json has the shape ``../shared/eval/score.py`` reads.
"""
from __future__ import annotations

import calendar
import collections
import json
import pathlib
import sys
from datetime import date, datetime, timedelta

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from dateutil.relativedelta import relativedelta
from hijridate import Hijri

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_sets import find  # noqa: E402  (the span of the n-th occurrence, shared by every set)

WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
ONE = timedelta(days=1)


def iso(x: date) -> str:
    return x.isoformat()


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def hday(y: int, m: int, d: int) -> date:
    g = Hijri(y, m, d).to_gregorian()
    return date(g.year, g.month, g.day)


def hmonth(y: int, m: int) -> tuple[date, date]:
    a = hday(y, m, 1)
    return a, a + timedelta(days=Hijri(y, m, 1).month_length() - 1)


def tabular_new_year(y: int) -> date:
    """1 Muharram of year ``y`` in the tabular (civil) calendar, proleptic Gregorian."""
    jdn = (y - 1) * 354 + (3 + 11 * y) // 30 + 1948440
    return date.fromordinal(jdn - 1721425)


class Rule:
    """A parsed rule: ``value``, ``tight`` and ``outer`` (ISO day pairs)."""

    def __init__(self, value: str, tight: tuple[date, date], outer: tuple[date, date] | None = None):
        self.value, self.tight, self.outer = value, tight, outer or tight


def whole(value: str, a: date, b: date) -> Rule:
    return Rule(value, (a, b))


def weeks(x: date) -> list[tuple[date, date]]:
    """The Monday-, Saturday- and Sunday-based weeks holding ``x``."""
    out = []
    for first in (0, 5, 6):
        a = x - timedelta(days=(x.weekday() - first) % 7)
        out.append((a, a + timedelta(days=6)))
    return out


def evaluate(rule: str, dct: date) -> Rule:
    """The value and intervals of a date rule, read against the publication day ``dct``."""
    if " => " in rule:
        rule, value = rule.split(" => ")
        r = evaluate(rule, dct)
        return Rule(iso(r.tight[0]) + value if value.startswith("T") else value, r.tight, r.outer)
    if " .. " in rule:
        head, right = rule.split(" .. ")
        left = head.split(" ", 1)[1]  # drop "range"
        x, y = evaluate(left, dct), evaluate(right, dct)
        assert x.tight[0] < y.tight[1], rule
        return whole(f"{x.value}/{y.value}", x.tight[0], y.tight[1])
    op, *args = rule.split(" ")
    if op == "g":
        p = [int(v) for v in args[0].split("-")]
        if len(p) == 3:
            x = date(*p)
            return whole(iso(x), x, x)
        if len(p) == 2:
            return whole(f"{p[0]:04d}-{p[1]:02d}", date(p[0], p[1], 1), month_end(*p))
        return whole(f"{p[0]:04d}", date(p[0], 1, 1), date(p[0], 12, 31))
    if op == "h":
        p = [int(v) for v in args[0].split("-")]
        if len(p) == 3:
            x = hday(*p)
            return whole(iso(x), x, x)
        if len(p) == 2:
            a, b = hmonth(*p)
            return whole(f"{a.year:04d}-{a.month:02d}" if a.month == b.month else f"{iso(a)}/{iso(b)}", a, b)
        a, b = hday(p[0], 1, 1), hday(p[0] + 1, 1, 1) - ONE
        return whole(f"{a.year:04d}/{b.year:04d}", a, b)
    if op == "ht":
        y = int(args[0])
        a, b = tabular_new_year(y), tabular_new_year(y + 1) - ONE
        five, ten = timedelta(days=5), timedelta(days=10)
        return Rule(f"{a.year:04d}/{b.year:04d}", (a + five, b - five), (a - ten, b + ten))
    if op == "hfeast":
        x = evaluate("h " + args[0], dct).tight[0]
        return Rule(iso(x), (x, x), (x - ONE, x + ONE))
    if op == "dct":
        x = dct + (timedelta(days=int(args[0][:-1])) if args else timedelta(0))
        return whole(iso(x), x, x)
    if op == "off":
        n, unit, grain = args  # "off -2 y year": the same day two years back, outer its year
        x = dct + relativedelta(**{dict(y="years", m="months", w="weeks", d="days")[unit]: int(n)})
        if grain == "year":
            o = (date(x.year, 1, 1), date(x.year, 12, 31))
        elif grain == "month":
            o = (date(x.year, x.month, 1), month_end(x.year, x.month))
        elif grain == "days3":
            o = (x - 3 * ONE, x + 3 * ONE)
        else:
            o = (x, x)
        return Rule(iso(x), (x, x), o)
    if op in ("past", "next"):
        k = WD[args[0]]
        if op == "past":
            x = dct - timedelta(days=(dct.weekday() - k) % 7)
        else:
            x = dct + timedelta(days=(k - dct.weekday() - 1) % 7 + 1)
        assert x != dct, f"{rule}: same weekday as the publication day is ambiguous"
        return whole(iso(x), x, x)
    if op == "month":
        x = date(dct.year, dct.month, 1) + relativedelta(months=int(args[0]))
        return evaluate(f"g {x.year}-{x.month:02d}", dct)
    if op == "year":
        return evaluate(f"g {dct.year + int(args[0])}", dct)
    if op == "week":
        ws = weeks(dct + timedelta(weeks=int(args[0])))
        mon = ws[0][0]
        y, w, _ = mon.isocalendar()
        return Rule(f"{y:04d}-W{w:02d}", (max(a for a, _ in ws), min(b for _, b in ws)),
                    (min(a for a, _ in ws), max(b for _, b in ws)))
    if op == "we":
        a = date.fromisoformat(args[0])
        if args[1] == "fri":  # Friday-Saturday weekend; the Saturday-Sunday reading is also accepted
            return Rule(iso(a) + "/" + iso(a + ONE), (a, a + ONE), (a, a + 2 * ONE))
        assert a.weekday() == 5
        y, w, _ = a.isocalendar()
        return Rule(f"{y:04d}-W{w:02d}-WE", (a, a + ONE), (a - ONE, a + ONE))
    if op == "decade":
        y = int(args[0])
        return whole(f"{y // 10:03d}X", date(y, 1, 1), date(y + 9, 12, 31))
    if op == "century":
        c = int(args[0]) - 1
        return whole(f"{c:02d}", date(c * 100, 1, 1) if c else date(1, 1, 1), date(c * 100 + 99, 12, 31))
    if op == "season":
        name, y = args[0], int(args[1])
        t = dict(spring=((3, 21), (5, 31)), summer=((6, 21), (8, 31)), autumn=((9, 23), (11, 30)))
        o = dict(spring=((3, 1), (6, 20)), summer=((6, 1), (9, 22)), autumn=((9, 1), (12, 20)))
        code = dict(spring="SP", summer="SU", autumn="FA", winter="WI")[name]
        if name == "winter":
            return Rule(f"{y}-WI", (date(y, 12, 21), month_end(y + 1, 2)), (date(y, 12, 1), date(y + 1, 3, 20)))
        return Rule(f"{y}-{code}", (date(y, *t[name][0]), date(y, *t[name][1])),
                    (date(y, *o[name][0]), date(y, *o[name][1])))
    if op in ("start", "mid", "end"):
        inner = evaluate(" ".join(args), dct)
        a, b = inner.outer
        n = (b - a).days + 1
        if n <= 31:  # a month: days 1-10, 11-20, 21-end
            t = {"start": (a, a + 9 * ONE), "mid": (a + 10 * ONE, a + 19 * ONE), "end": (a + 20 * ONE, b)}[op]
        elif n <= 400:  # a year: its first or last month (Hijri years: Hijri months)
            if args[0] == "h":
                y = int(args[1])
                t = hmonth(y, 1) if op == "start" else hmonth(y, 12)
            else:
                t = {"start": (a, date(a.year, 1, 31)), "end": (date(b.year, 12, 1), b)}[op]
        else:  # a decade or a century: the first, middle or last stretch of years
            span = (b.year - a.year + 1)
            lo, hi = {"start": (0, 0.39), "mid": (0.4, 0.59), "end": (0.7, 0.99)}[op]
            t = (date(a.year + int(lo * span), 1, 1), date(a.year + int(hi * span), 12, 31))
        mod = {"start": "START", "mid": "MID", "end": "END"}[op]
        return Rule(f"{inner.value} ({mod})", t, (a, b))
    if op == "since":
        inner = evaluate(" ".join(args), dct)
        return Rule(inner.value, inner.tight, (inner.outer[0], dct))
    if op == "firstweek":
        inner = evaluate(" ".join(args), dct)
        a = inner.outer[0]
        return Rule(f"{inner.value} (first week)", (a, a + 6 * ONE), (a, a + 13 * ONE))
    if op == "nth":
        y, m, k, n = int(args[0]), int(args[1]), WD[args[2]], int(args[3])
        if n > 0:
            first = date(y, m, 1)
            x = first + timedelta(days=(k - first.weekday()) % 7 + 7 * (n - 1))
        else:
            end = month_end(y, m)
            x = end - timedelta(days=(end.weekday() - k) % 7)
        return whole(iso(x), x, x)
    if op == "easter":
        x = easter(int(args[0]), EASTER_ORTHODOX if args[1] == "o" else EASTER_WESTERN)
        x += timedelta(days=int(args[2]) if len(args) > 2 else 0)
        return whole(iso(x), x, x)
    if op == "xmas":  # 25 December; the Orthodox 7 January and the Armenian 19 January in outer
        y = int(args[0])
        return Rule(f"{y}-12-25", (date(y, 12, 25), date(y + 1, 1, 7)), (date(y, 12, 25), date(y + 1, 1, 19)))
    if op == "q":
        y, n = int(args[0]), int(args[1])
        return whole(f"{y}-Q{n}", date(y, 3 * n - 2, 1), month_end(y, 3 * n))
    if op == "half":
        y, n = int(args[0]), int(args[1])
        return whole(f"{y}-H{n}", date(y, 6 * n - 5, 1), month_end(y, 6 * n))
    if op == "rest":
        unit = args[0]
        if unit == "year":
            b = date(dct.year, 12, 31)
        elif unit == "month":
            b = month_end(dct.year, dct.month)
        else:
            b = dct + timedelta(days=6 - dct.weekday())
        return Rule(f"{iso(dct)}/{iso(b)}", (dct, b), (dct, b))
    raise SystemExit(f"unknown rule {rule!r}")


def row_gold(rule: str, dct: date) -> tuple[str, object, object, object, bool]:
    """(kind, value, tight, outer, required) of one spec rule."""
    req = not rule.startswith("opt ")
    rule = rule.removeprefix("opt ")
    op, _, rest = rule.partition(" ")
    if op == "dur":
        return "duration", rest, None, None, req
    if op == "vague":
        return "vague", rest, None, None, False
    if op == "multi":
        return "multi", rest.split(), None, None, req
    r = evaluate(rule, dct)
    assert r.outer[0] <= r.tight[0] <= r.tight[1] <= r.outer[1], (rule, r.tight, r.outer)
    return "date", r.value, [iso(r.tight[0]), iso(r.tight[1])], [iso(r.outer[0]), iso(r.outer[1])], req


def load():
    sys.path.insert(0, str(HERE))
    from spec import PUBLISHED, ROWS, TRAPS
    texts = {k: (HERE / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}
    return PUBLISHED, ROWS, TRAPS, texts


def compile_gold(published, rows, texts):
    timex = []
    for doc, s, occ, rule, _family in rows:
        dct = datetime.fromisoformat(published[doc]).date()
        kind, value, tight, outer, req = row_gold(rule, dct)
        a, b = find(texts[doc], s, occ, doc)
        timex.append(dict(doc=doc, start=a, end=b, text=s, kind=kind, value=value, tight=tight, outer=outer,
                          required=req))
    return {"timex": timex, "clusters": {}, "mentions": [], "diff": [], "before": []}


def main() -> None:
    published, rows, traps, texts = load()
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as f:
        for k, d in published.items():
            f.write(json.dumps({"id": k, "published": d, "text": texts[k]}, ensure_ascii=False) + "\n")
    gold = compile_gold(published, rows, texts)
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if "--show" in sys.argv:
        for (doc, s, _occ, rule, fam), t in zip(rows, gold["timex"], strict=True):
            a, b, x = t["start"], t["end"], texts[doc]
            print(f"{doc[:3]} {fam:9} {x[max(0, a - 20):a]}[{s}]{x[b:b + 12]}".replace("\n", " "),
                  "|", rule, "|", t["value"], t["tight"], t["outer"])
        for doc, s, occ, why in traps:
            a, b = find(texts[doc], s, occ, doc)
            x = texts[doc]
            print(f"{doc[:3]} TRAP      {x[max(0, a - 20):a]}[{s}]{x[b:b + 12]}".replace("\n", " "), "|", why)
    for doc, s, occ, _ in traps:
        find(texts[doc], s, occ, doc)
    kinds = collections.Counter(t["kind"] for t in gold["timex"])
    req = [r for r, t in zip(rows, gold["timex"], strict=True) if t["required"]]
    fam = collections.Counter(r[4] for r in req)
    print(f"gold.json: {len(gold['timex'])} timex ({len(req)} required; "
          + ", ".join(f"{v} {k}" for k, v in sorted(kinds.items())) + f"), {len(traps)} traps, "
          f"{len(published)} articles")
    print("required by family: " + ", ".join(f"{k} {v}" for k, v in sorted(fam.items())))


if __name__ == "__main__":
    main()
