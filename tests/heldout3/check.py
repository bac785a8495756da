#!/usr/bin/env python3
"""Consistency checks for the heldout3 gold.  Run after build.py:

    python3 check.py

- every span in gold.json matches its article text;
- mentions of different clusters never overlap, timex spans never overlap;
- each cluster has a mention of its own type; tight lies inside outer (clusters and date rows);
- every weekday name in every article (with or without a clitic, الاثنين or الإثنين) lies
  inside a date/multi timex row whose days include that weekday (checked with datetime), and
  "اليوم <weekday>" equals the publication date;
- every before pair is strict on the tight dates; diff pairs name two clusters;
- every article id, published date and text is well formed;
- the Hijri dates agree with the Umm al-Qura calendar (needs the `hijridate` package;
  skipped with a note if it is not installed);
- the day counts written in the texts agree with the calendar.
"""
import json
import pathlib
import re
import sys
from datetime import date, datetime, timedelta

HERE = pathlib.Path(__file__).resolve().parent
gold = json.load(open(HERE / "gold.json", encoding="utf-8"))
arts = {a["id"]: a for a in map(json.loads, open(HERE / "articles.jsonl", encoding="utf-8"))}
problems = []


def bad(msg):
    problems.append(msg)


day = date.fromisoformat


def days(a, b):
    d, out = day(a), []
    while d <= day(b):
        out.append(d)
        d += timedelta(days=1)
    return out


# articles
for k, a in arts.items():
    datetime.fromisoformat(a["published"])
    if not a["text"].strip():
        bad(f"empty text: {k}")

# spans
for row in gold["timex"] + gold["mentions"]:
    if arts[row["doc"]]["text"][row["start"]:row["end"]] != row["text"]:
        bad(f"span mismatch {row['doc']} {row['text']!r}")


def overlapping(rows):
    rows = sorted(rows, key=lambda r: (r["doc"], r["start"]))
    for x, y in zip(rows, rows[1:], strict=False):
        if x["doc"] == y["doc"] and y["start"] < x["end"]:
            yield x, y


for x, y in overlapping(gold["mentions"]):
    bad(f"mentions overlap in {x['doc']}: {x['cluster']} {x['text'][:30]!r} / {y['cluster']} {y['text'][:30]!r}")
for x, y in overlapping(gold["timex"]):
    bad(f"timex spans overlap in {x['doc']}: {x['text']!r} / {y['text']!r}")

# clusters
cl = gold["clusters"]
for k, c in cl.items():
    if not any(m["cluster"] == k for m in gold["mentions"]):
        bad(f"cluster without mention: {k}")
    (te, tl), (oe, ol) = c["tight"], c["outer"]
    if not (oe <= te <= tl <= ol):
        bad(f"cluster {k}: tight {c['tight']} not inside outer {c['outer']}")
for m in gold["mentions"]:
    if m["type"] != cl[m["cluster"]]["type"]:
        bad(f"mention type differs from cluster type: {m['cluster']}")
for t in gold["timex"]:
    if t["kind"] == "date":
        (te, tl), (oe, ol) = t["tight"], t["outer"]
        if not (oe <= te <= tl <= ol):
            bad(f"timex {t['doc']} {t['text']!r}: tight not inside outer")

# weekdays
WD = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
checked = 0
for doc, a in arts.items():
    text = a["text"]
    for mt in re.finditer(r"[\u0621-\u064A\u0640]+", text):
        tok = mt.group()
        name = tok if tok in WD else (tok[1:] if tok[:1] in "وفبل" and tok[1:] in WD else None)
        if name is None:
            continue
        s = mt.start()
        cover = [t for t in gold["timex"] if t["doc"] == doc and t["start"] <= s < t["end"]
                 and t["kind"] in ("date", "multi")]
        if not cover:
            bad(f"{doc}: weekday {tok!r} at {s} not inside a date timex row")
            continue
        t = cover[0]
        ds = [day(v) for v in t["value"]] if t["kind"] == "multi" else days(*t["tight"])
        if not any(d.weekday() == WD[name] for d in ds):
            bad(f"{doc}: {t['text']!r} says {name} but its days are {[str(d) for d in ds]}")
        checked += 1
    pub = day(a["published"][:10])
    for mt in re.finditer(r"اليوم \(?(" + "|".join(WD) + r")\)?", text):
        t = [t for t in gold["timex"] if t["doc"] == doc and t["start"] <= mt.start() < t["end"]]
        if not t or t[0]["tight"][0] != str(pub):
            bad(f"{doc}: {mt.group()!r} is not the publication date {pub}")
        if pub.weekday() != WD[mt.group(1)]:
            bad(f"{doc}: published {pub} is not a {mt.group(1)}")

# relations
for a, b in gold["before"]:
    if not cl[a]["tight"][1] < cl[b]["tight"][0]:
        bad(f"before pair not strict: {a} {cl[a]['tight']} / {b} {cl[b]['tight']}")
for a, b in gold["diff"]:
    if a == b:
        bad(f"diff pair names one cluster: {a}")
if len({tuple(sorted(p)) for p in gold["diff"]}) != len(gold["diff"]):
    bad("a diff pair is listed twice")

# Hijri
try:
    from hijridate import Hijri
    for h, g in [((1444, 9, 26), "2023-04-17"),   # b06: الاثنين 26 رمضان 1444هـ
                 ((1444, 4, 29), "2022-11-23"),   # b13: الأربعاء 29 ربيع الآخر 1444هـ
                 ((1443, 2, 28), "2021-10-05")]:  # b16: 28 صفر (1443)
        got = Hijri(*h).to_gregorian()
        if str(got) != g:
            bad(f"Hijri {h} is {got}, text says {g}")
    hijri_note = "Hijri dates checked"
except ImportError:
    hijri_note = "Hijri dates NOT checked (pip install hijridate)"

# day counts stated in the texts (inclusive counts are marked)
for a, b, n, what in [
    ("2020-03-06", "2020-03-05", -1, "b03: يوم الخميس السابق لها (the day before Friday 6 March)"),
    ("2020-03-01", "2020-03-06", 5, "b02: يوم الأحد الماضي (1 March) seen from Friday 6 March"),
    ("2020-03-06", "2020-03-09", 3, "b02: الأسبوع المقبل starts on Monday 9 March (ISO)"),
    ("2023-04-09", "2023-04-13", 4, "b05: خمسة أيام, 9 to 13 April inclusive"),
    ("2023-04-13", "2023-04-14", 1, "b05: بعد يوم من اختتام الوفد"),
    ("2023-04-14", "2023-04-16", 2, "b05/b06: ثلاثة أيام, 14 to 16 April inclusive"),
    ("2023-03-10", "2023-04-09", 30, "b04: نحو شهر from 10 March to 9 April"),
    ("2016-01-03", "2023-04-06", 2650, "b06: أكثر من سبع سنوات since ties were cut on 3 January 2016"),
    ("2023-10-07", "2023-11-24", 48, "b07/b08: نحو سبعة أسابيع (48 days)"),
    ("2023-11-24", "2023-12-01", 7, "b09: سبعة أيام of truce, 24 November to 1 December"),
    ("2023-11-24", "2023-11-28", 4, "b08: the four agreed days end on 28 November"),
    ("2025-06-27", "2025-07-19", 22, "b12: أقل من شهر from 27 June to 19 July"),
    ("2021-03-23", "2021-03-29", 6, "b15: ستة أيام from 23 to 29 March"),
    ("2021-03-23", "2021-03-30", 7, "b15: الثلاثاء الماضي written on a Tuesday is a week back"),
]:
    if (day(b) - day(a)).days != n:
        bad(f"day count: {what}")

multi = [k for k in cl if sum(m["cluster"] == k for m in gold["mentions"]) > 1]
cross = [k for k in multi if len({m["doc"] for m in gold["mentions"] if m["cluster"] == k}) > 1]
three = [k for k in multi if len({m["doc"] for m in gold["mentions"] if m["cluster"] == k}) > 2]
print(f"{len(gold['timex'])} timex rows ({sum(t['required'] for t in gold['timex'])} required), "
      f"{len(cl)} clusters, {len(gold['mentions'])} mentions, {len(multi)} merged "
      f"({len(cross)} across articles, {len(three)} in three), {len(gold['diff'])} diff, "
      f"{len(gold['before'])} before; {checked} weekday names checked; {hijri_note}")
for p in problems:
    print("PROBLEM:", p)
sys.exit(1 if problems else 0)
