#!/usr/bin/env python3
"""Consistency checks for the seventh blind held-out gold.  Run after build.py (the checks are
in tests/gold_checks.py; this file holds the facts of this set):

    python3 check.py

- every span in gold.json matches its article text;
- mentions of different clusters never overlap, timex spans never overlap;
- each cluster has a mention; tight lies inside outer (clusters and date rows);
- every weekday name in every article lies inside a date/multi timex row whose days
  include that weekday (checked with datetime), and "اليوم <weekday>" equals the
  publication date;
- every before pair is strict on the tight dates; diff pairs name two clusters, once;
- every published date parses and no text is empty;
- the Hijri datelines agree with the Umm al-Qura calendar (needs the `hijridate`
  package; skipped with a note if it is not installed);
- the day counts and spans written in the texts agree with the calendar;
- participants.json has an entry for every cluster and nothing else; each participant is a
  non-empty list of names, at least one of which is written in one of the cluster's articles.
"""
import json
import pathlib
import sys
from datetime import date

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_checks import check_event_set  # noqa: E402

#: (year, month, day) AH -> the Gregorian date the text gives
HIJRI = [((1436, 9, 28), "2015-07-15"), ((1439, 10, 7), "2018-06-21")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2012-11-14", "2012-11-21", 7, "g1/g2/g3: 'ثمانية أيام' of war, 14 to 21 November counted inclusively"),
    ("2015-06-27", "2015-07-14", 17, "n1: talks 'استمرت 18 يوماً', 27 June to 14 July counted inclusively"),
    ("2016-03-14", "2016-03-27", 13, "p2: the capture 'بعد أسبوعين' of Putin's withdrawal announcement"),
    ("2016-03-26", "2016-03-27", 1, "p1: the citadel 'أمس', the city the day after"),
    ("2023-09-08", "2023-09-10", 2, "m3: the aid accepted on the Sunday after the Friday night quake"),
]


def _facts(gold):
    start, end = date(2015, 5, 21), date(2016, 3, 27)
    if (end.year - start.year) * 12 + end.month - start.month != 10:
        gold.bad("p2: 'نحو عشرة أشهر' from 21 May 2015 to 27 March 2016")
    _participants(gold)


def _participants(gold):
    path = HERE / "participants.json"
    who = json.loads(path.read_text(encoding="utf-8"))
    clusters = gold.gold["clusters"]
    for k in sorted(set(who) ^ set(clusters)):
        gold.bad(f"participants.json and gold.json disagree on cluster {k}")
    for k, people in who.items():
        docs = {m["doc"] for m in gold.gold["mentions"] if m["cluster"] == k}
        for names in people:
            if not names or not all(isinstance(n, str) and n.strip() for n in names):
                gold.bad(f"cluster {k}: empty participant or name {names!r}")
            elif not any(n in gold.arts[d]["text"] for n in names for d in docs):
                gold.bad(f"cluster {k}: no name of {names[:2]!r} in its articles {sorted(docs)}")
    gold.notes.append(f"participants: {sum(map(len, who.values()))} in {len(who)} clusters, "
                      f"{sum(1 for p in who.values() if not p)} clusters with none")


if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
