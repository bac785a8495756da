#!/usr/bin/env python3
"""Consistency checks for the news precision gold.  Run after build.py:

    python3 check.py

- every span in gold.json matches its article text;
- mentions of different clusters never overlap, timex spans never overlap;
- each cluster has a mention; tight lies inside outer (clusters and date rows);
  mention types equal their cluster's type; `alt` types are known types;
- every participant string occurs in an article of its cluster;
- every weekday name in every article lies inside a date/multi timex row whose days
  include that weekday (checked with datetime), and "اليوم <weekday>" equals the
  publication date;
- every before pair is strict on the tight dates; diff pairs name two clusters;
- the Hijri datelines agree with the Umm al-Qura calendar (needs `hijridate`;
  skipped with a note if it is not installed);
- the day counts written in the texts agree with the calendar.
"""
import json
import pathlib
import re
import sys
from datetime import date, timedelta

HERE = pathlib.Path(__file__).resolve().parent
TYPES = {"ceasefire", "call", "meeting", "strike", "capture", "statement", "other"}
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

cl = gold["clusters"]
for k, c in cl.items():
    ms = [m for m in gold["mentions"] if m["cluster"] == k]
    if not ms:
        bad(f"cluster without mention: {k}")
    (te, tl), (oe, ol) = c["tight"], c["outer"]
    if not (oe <= te <= tl <= ol):
        bad(f"cluster {k}: tight {c['tight']} not inside outer {c['outer']}")
    if c["type"] not in TYPES or not set(c.get("alt", [])) <= TYPES:
        bad(f"cluster {k}: unknown type in {c['type']} / {c.get('alt')}")
    for p in c.get("participants", []):
        if not any(p in arts[m["doc"]]["text"] for m in ms):
            bad(f"cluster {k}: participant {p!r} not in its articles")
for m in gold["mentions"]:
    if m["type"] != cl[m["cluster"]]["type"]:
        bad(f"mention type differs from cluster type: {m['cluster']}")
    if not set(m.get("alt", [])) <= TYPES:
        bad(f"mention {m['text'][:30]!r}: unknown alt type")
for t in gold["timex"]:
    if t["kind"] == "date":
        (te, tl), (oe, ol) = t["tight"], t["outer"]
        if not (oe <= te <= tl <= ol):
            bad(f"timex {t['doc']} {t['text']!r}: tight not inside outer")

WD = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
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

for a, b in gold["before"]:
    if not cl[a]["tight"][1] < cl[b]["tight"][0]:
        bad(f"before pair not strict: {a} {cl[a]['tight']} / {b} {cl[b]['tight']}")
for a, b in gold["diff"]:
    if a == b:
        bad(f"diff pair names one cluster: {a}")

try:
    from hijridate import Hijri
    for h, g in [((1445, 1, 9), "2023-07-27"), ((1442, 1, 21), "2020-09-09"), ((1445, 10, 2), "2024-04-11")]:
        got = Hijri(*h).to_gregorian()
        if str(got) != g:
            bad(f"Hijri {h} is {got}, text says {g}")
    hijri_note = "Hijri dates checked"
except ImportError:
    hijri_note = "Hijri dates NOT checked (pip install hijridate)"

for a, b, n, what in [
    ("2022-11-03", "2022-11-06", 3, "n05: a visit of أربعة أيام from 3 to 6 November"),
    ("2023-11-01", "2023-11-12", 11, "n10: 12 يوماً from 1 to 12 November inclusive"),
    ("2024-02-07", "2024-02-10", 3, "n13: يوم السبت المقبل from Wednesday 7 February is the 10th"),
    ("2022-06-12", "2022-06-16", 4, "n12: from Sunday 12 to Thursday 16 June"),
    ("2022-01-19", "2022-01-20", 1, "n14: غد الخميس 20 كانون الثاني"),
]:
    if (day(b) - day(a)).days != n:
        bad(f"day count: {what}")
if 2023 - 2001 != 22:
    bad("n01: 22 years since 2001")

multi = [k for k in cl if sum(m["cluster"] == k for m in gold["mentions"]) > 1]
print(f"{len(gold['timex'])} timex rows ({sum(t['required'] for t in gold['timex'])} required), "
      f"{len(cl)} clusters, {len(gold['mentions'])} mentions, {len(multi)} with several mentions, "
      f"{len(gold['diff'])} diff, {len(gold['before'])} before; {checked} weekday names checked; {hijri_note}")
for p in problems:
    print("PROBLEM:", p)
sys.exit(1 if problems else 0)
