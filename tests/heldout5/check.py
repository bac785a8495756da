#!/usr/bin/env python3
"""Consistency checks for the fifth blind held-out gold.  Run after build.py:

    python3 check.py

- every span in gold.json matches its article text;
- mentions of different clusters never overlap, timex spans never overlap;
- each cluster has a mention; tight lies inside outer (clusters and date rows);
- every weekday name in every article lies inside a date/multi timex row whose days
  include that weekday (checked with datetime), and "اليوم <weekday>" equals the
  publication date;
- every before pair is strict on the tight dates; diff pairs name two clusters;
- the Hijri dates agree with the Umm al-Qura calendar (needs the `hijridate`
  package; skipped with a note if it is not installed);
- the day counts written in the texts agree with the calendar.
"""
import json
import pathlib
import re
import sys
from datetime import date, timedelta

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

# spans
for row in gold["timex"] + gold["mentions"]:
    if arts[row["doc"]]["text"][row["start"]:row["end"]] != row["text"]:
        bad(f"span mismatch {row['doc']} {row['text']!r}")

def overlapping(rows, key):
    rows = sorted(rows, key=lambda r: (r["doc"], r["start"]))
    for x, y in zip(rows, rows[1:], strict=False):
        if x["doc"] == y["doc"] and y["start"] < x["end"] and key(x, y):
            yield x, y

for x, y in overlapping(gold["mentions"], lambda x, y: True):
    bad(f"mentions overlap in {x['doc']}: {x['cluster']} {x['text'][:30]!r} / {y['cluster']} {y['text'][:30]!r}")
for x, y in overlapping(gold["timex"], lambda x, y: True):
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
    for mt in re.finditer(r"اليوم (" + "|".join(WD) + ")", text):
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

# Hijri
try:
    from hijridate import Hijri
    for h, g in [((1444, 8, 19), "2023-03-11"), ((1442, 5, 22), "2021-01-06")]:
        got = Hijri(*h).to_gregorian()
        if str(got) != g:
            bad(f"Hijri {h} is {got}, text says {g}")
    hijri_note = "Hijri dates checked"
except ImportError:
    hijri_note = "Hijri dates NOT checked (pip install hijridate)"

# day counts stated in the texts
for a, b, n, what in [
    ("2025-06-13", "2025-06-24", 11, "i1: a war of twelve days (13 to 24 June, both counted)"),
    ("2025-06-23", "2025-06-24", 1, "i2: the radar strike one day after Evin"),
    ("2025-06-22", "2025-06-23", 1, "i2/i3: al-Udeid a day after the US strikes (اليوم الموالي)"),
    ("2022-08-05", "2022-08-07", 2, "g2: three days of fighting (5 to 7 August, all counted)"),
    ("2022-08-05", "2022-08-06", 1, "g2: Mansour killed a day after al-Jabari"),
    ("2023-03-10", "2023-03-23", 13, "s2: about two weeks from the Beijing announcement to the call"),
    ("2022-12-09", "2023-03-10", 91, "s1: three months from Xi's visit to the agreement"),
    ("2017-06-05", "2021-01-04", 1309, "q2/q3: more than three and a half years of boycott"),
    ("2024-02-23", "2024-03-06", 12, "x2: about two weeks from Ras El Hekma to the float"),
    ("2020-07-20", "2021-02-09", 204, "x3: about seven months from launch to orbit"),
]:
    if (day(b) - day(a)).days != n:
        bad(f"day count: {what}")
if not (date(2016, 1, 3).replace(year=2023) < date(2023, 3, 10)):
    bad("s1: more than seven years from the severance to the agreement")
if not (3.5 * 365 < (date(2021, 1, 4) - date(2017, 6, 5)).days < 3.75 * 365):
    bad("q2: 5 June 2017 -> 4 January 2021 is not three and a half years")

multi = [k for k in cl if sum(m["cluster"] == k for m in gold["mentions"]) > 1]
cross = [k for k in multi if len({m["doc"] for m in gold["mentions"] if m["cluster"] == k}) > 1]
print(f"{len(gold['timex'])} timex rows ({sum(t['required'] for t in gold['timex'])} required), "
      f"{len(cl)} clusters, {len(gold['mentions'])} mentions, {len(multi)} merged "
      f"({len(cross)} across articles), {len(gold['diff'])} diff, {len(gold['before'])} before; "
      f"{checked} weekday names checked; {hijri_note}")
for p in problems:
    print("PROBLEM:", p)
sys.exit(1 if problems else 0)
