#!/usr/bin/env python3
"""Consistency checks for the eighth blind held-out gold.  Run after build.py (the checks are
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
HIJRI = [((1438, 3, 27), "2016-12-26"), ((1433, 7, 14), "2012-06-04"), ((1443, 7, 23), "2022-02-24")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2025-01-09", "2025-01-13", 4, "l2: Salam designated 'بعد أربعة أيام' of Aoun's election"),
    ("2025-01-16", "2025-01-17", 1, "l3: Macron's visit 'غداة' the end of the non-binding consultations"),
    ("2024-11-27", "2025-01-26", 60, "l2/l3: the 60 days from the Lebanon truce to 26 January"),
    ("2016-12-23", "2016-12-25", 2, "u2: the vote on Friday, the summons on Sunday 'عيد الميلاد'"),
    ("2017-01-15", "2017-01-20", 5, "u3: the Paris conference 'قبل خمسة أيام' of Trump's inauguration"),
    ("2012-06-02", "2012-06-16", 14, "m1: the verdict 'قبل أسبوعين' of the runoff"),
    ("2019-10-09", "2019-10-13", 4, "t2: the deal with Damascus 'بعد أربعة أيام' of the start"),
    ("2019-10-06", "2019-10-09", 3, "t3: the operation 'بعد ثلاثة أيام' of the White House announcement"),
    ("2019-10-17", "2019-10-22", 5, "t3: the 120-hour pause, evening of 17 to evening of 22 October"),
]


def _facts(gold):
    start, end = date(2011, 8, 3), date(2012, 6, 2)
    if (end.year - start.year) * 12 + end.month - start.month != 10:
        gold.bad("m1/m2: the trial 'نحو عشرة أشهر' from 3 August 2011 to 2 June 2012")
    if date(2021, 12, 6).year - date(2017, 12, 11).year != 4:
        gold.bad("x4: 'أربع سنوات' from the lifting of the cinema ban to the festival")
    check_participants(gold, HERE)



if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
