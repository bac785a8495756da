#!/usr/bin/env python3
"""Consistency checks for the news precision gold.  Run after build.py (the checks are
in tests/gold_checks.py; this file holds the facts of this set):

    python3 check.py

- every span in gold.json matches its article text;
- mentions of different clusters never overlap, timex spans never overlap;
- each cluster has a mention; tight lies inside outer (clusters and date rows);
  mention types equal their cluster's type; `alt` types are known types;
- every participant string occurs in an article of its cluster;
- every weekday name in every article lies inside a date/multi timex row whose days
  include that weekday (checked with datetime), and "اليوم <weekday>" equals the
  publication date;
- every before pair is strict on the tight dates; diff pairs name two clusters, once;
- every published date parses and no text is empty;
- the Hijri datelines agree with the Umm al-Qura calendar (needs `hijridate`;
  skipped with a note if it is not installed);
- the day counts written in the texts agree with the calendar.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_checks import WEEKDAYS, check_event_set  # noqa: E402

TYPES = {"ceasefire", "call", "meeting", "strike", "capture", "statement", "other"}
#: (year, month, day) AH of the datelines -> the Gregorian date the text gives
HIJRI = [((1445, 1, 9), "2023-07-27"), ((1442, 1, 21), "2020-09-09"), ((1445, 10, 2), "2024-04-11")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2022-11-03", "2022-11-06", 3, "n05: a visit of أربعة أيام from 3 to 6 November"),
    ("2023-11-01", "2023-11-12", 11, "n10: 12 يوماً from 1 to 12 November inclusive"),
    ("2024-02-07", "2024-02-10", 3, "n13: يوم السبت المقبل from Wednesday 7 February is the 10th"),
    ("2022-06-12", "2022-06-16", 4, "n12: from Sunday 12 to Thursday 16 June"),
    ("2022-01-19", "2022-01-20", 1, "n14: غد الخميس 20 كانون الثاني"),
]


def _types_and_participants(gold):
    arts, cl = gold.arts, gold.gold["clusters"]
    for k, c in cl.items():
        ms = [m for m in gold.gold["mentions"] if m["cluster"] == k]
        if c["type"] not in TYPES or not set(c.get("alt", [])) <= TYPES:
            gold.bad(f"cluster {k}: unknown type in {c['type']} / {c.get('alt')}")
        for p in c.get("participants", []):
            if not any(p in arts[m["doc"]]["text"] for m in ms):
                gold.bad(f"cluster {k}: participant {p!r} not in its articles")
    for m in gold.gold["mentions"]:
        if not set(m.get("alt", [])) <= TYPES:
            gold.bad(f"mention {m['text'][:30]!r}: unknown alt type")
    if 2023 - 2001 != 22:
        gold.bad("n01: 22 years since 2001")


if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="several", extra=_types_and_participants,
                    names={k: v for k, v in WEEKDAYS.items() if k != "الإثنين"})
