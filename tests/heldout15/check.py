#!/usr/bin/env python3
"""Consistency checks for the fifteenth blind held-out gold.  Run after build.py (the checks are
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
from datetime import date, datetime, timedelta

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_checks import check_event_set, check_participants  # noqa: E402

#: (year, month, day) AH -> the Gregorian date the text gives
HIJRI = [((1440, 11, 18), "2019-07-21"), ((1443, 5, 10), "2021-12-14")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2018-05-24", "2018-05-27", 3, "a3: Salalah airport reopened 'بعد إغلاق استمر ثلاثة أيام' (closed 24 May)"),
    ("2018-05-24", "2018-05-26", 2, "a3: the aid 'بعد يومين من إعلان' Socotra a disaster zone"),
    ("2019-11-10", "2019-11-11", 1, "c3: the visit 'بعد يوم من استعادتها' / 'غداة' the end of the annexes"),
    ("2019-07-19", "2019-07-20", 1, "d2: the call 'بعد يوم من احتجاز' the tanker"),
    ("2019-07-04", "2019-07-19", 15, "d1/d2: the seizure 'بعد أسبوعين' of Grace 1's (about two weeks)"),
]


def _facts(gold):
    if 2019 - 1994 != 25:
        gold.bad("c1/c2: the annexes' term of '25 عاماً' (1994 to 2019)")
    if 2019 - 2009 != 10:
        gold.bad("b3: 'عشر سنوات في الحكم' (elected 2009, handover 2019)")
    if not (date(2019, 7, 19) + timedelta(days=61) < date(2019, 9, 27)):
        gold.bad("d3: 'بعد احتجاز دام أكثر من شهرين' (19 July to 27 September 2019)")
    if (datetime(2018, 7, 28, 1, 13) - datetime(2018, 7, 27, 23, 30)) != timedelta(hours=1, minutes=43):
        gold.bad("x4: totality 'ساعة و43 دقيقة' (23:30 to 01:13)")
    check_participants(gold, HERE)



if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
