#!/usr/bin/env python3
"""Consistency checks for the twentieth blind held-out gold.  Run after build.py (the checks are
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
import pathlib
import sys
from datetime import date

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_checks import check_event_set, check_participants  # noqa: E402

#: (year, month, day) AH -> the Gregorian date the text gives
HIJRI = [((1442, 2, 26), "2020-10-13"), ((1444, 8, 22), "2023-03-14")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2020-10-11", "2020-10-13", 2, "a3: 'أول من أمس (الأحد)' in Tuesday's paper"),
    ("2021-02-08", "2021-02-09", 1, "b3: the arrest 'بعد يوم واحد من الحادث'"),
    ("2021-02-08", "2021-02-11", 3, "b3: 'يوم الاثنين الماضي' in Thursday's paper is that Monday"),
    ("2020-12-15", "2020-12-20", 5, "d2: 'يوم الثلاثاء الماضي' in Sunday's report is the Tuesday before"),
    ("2020-12-20", "2020-12-24", 4, "d3: 'الأحد الماضي' in Thursday's paper is the Sunday before"),
    ("2023-03-12", "2023-03-14", 2, "x3: the order 'بعد يومين فقط من إطلاق الشركة'"),
]


def _facts(gold):
    if not (date(2020, 10, 9) - date(2014, 8, 3)).days / 365.25 > 6:
        gold.bad("a1: 'بعد أكثر من ست سنوات' from 3 August 2014 to 9 October 2020")
    if not (date(2015, 11, 13) - date(2014, 8, 3)).days > 365:
        gold.bad("a2: 'بعد أكثر من عام على سقوطه' (August 2014 to November 2015)")
    if not 2 <= (date(2020, 12, 20) - date(2020, 12, 15)).days <= 9:
        gold.bad("d2: the meeting 'بعد أيام' of the ambush")
    check_participants(gold, HERE)



if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
