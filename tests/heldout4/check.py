#!/usr/bin/env python3
"""Consistency checks for the fourth blind held-out gold.  Run after build.py:

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
    for h, g in [((1444, 2, 26), "2022-09-22"), ((1444, 2, 25), "2022-09-21"), ((1442, 10, 14), "2021-05-26"),
                 ((1443, 6, 16), "2022-01-19")]:
        got = Hijri(*h).to_gregorian()
        if str(got) != g:
            bad(f"Hijri {h} is {got}, text says {g}")
    hijri_note = "Hijri dates checked"
except ImportError:
    hijri_note = "Hijri dates NOT checked (pip install hijridate)"

# day counts stated in the texts
for a, b, n, what in [
    ("2022-02-24", "2022-04-12", 47, "u1: the arrest on 12 April, about six weeks after Medvedchuk's escape (late February)"),
    ("2022-06-09", "2022-09-21", 104, "u3: more than three months from the sentence to the release"),
    ("2021-05-10", "2021-05-21", 11, "g1/g2: eleven days from 10 May to the truce of 21 May"),
    ("2021-05-21", "2021-05-26", 5, "g3: five days from the truce to 26 May"),
    ("2022-01-17", "2022-01-24", 7, "y3: the second attack within a week of the first"),
    ("2019-04-04", "2019-06-26", 83, "l3: Gharyan held for nearly three months"),
    ("2019-05-21", "2019-05-22", 1, "l3: Macron receives Haftar one day after Salame's briefing"),
    ("2019-04-14", "2019-04-19", 5, "l2: the call disclosed about a week after the Cairo meeting"),
    ("2007-03-06", "2017-11-08", (date(2017, 11, 8) - date(2007, 3, 6)).days, "x3: agreement to opening (the ten-year check follows)"),
    ("2022-07-23", "2024-08-14", 753, "x4: about two years between the two emergencies"),
]:
    if (day(b) - day(a)).days != n:
        bad(f"day count: {what}")
if not (3650 <= (date(2017, 11, 8) - date(2007, 3, 6)).days < 4015):
    bad("x3: 2007-03-06 -> 2017-11-08 is not about ten years")

multi = [k for k in cl if sum(m["cluster"] == k for m in gold["mentions"]) > 1]
cross = [k for k in multi if len({m["doc"] for m in gold["mentions"] if m["cluster"] == k}) > 1]
print(f"{len(gold['timex'])} timex rows ({sum(t['required'] for t in gold['timex'])} required), "
      f"{len(cl)} clusters, {len(gold['mentions'])} mentions, {len(multi)} merged "
      f"({len(cross)} across articles), {len(gold['diff'])} diff, {len(gold['before'])} before; "
      f"{checked} weekday names checked; {hijri_note}")
for p in problems:
    print("PROBLEM:", p)
sys.exit(1 if problems else 0)
