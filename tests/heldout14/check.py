#!/usr/bin/env python3
"""Consistency checks for the fourteenth blind held-out gold.  Run after build.py (the checks are
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
from datetime import date, timedelta

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_checks import check_event_set, check_participants  # noqa: E402

#: (year, month, day) AH -> the Gregorian date the text gives
HIJRI = [((1439, 2, 3), "2017-10-23"), ((1439, 9, 20), "2018-06-04"), ((1439, 10, 10), "2018-06-24"),
         ((1439, 1, 6), "2017-09-26"), ((1439, 8, 22), "2018-05-08"), ((1441, 3, 28), "2019-11-25")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2017-10-21", "2017-10-22", 1, "b3: the Russian statement 'بعد يوم' of Trump's"),
    ("2017-10-17", "2017-10-20", 3, "b3: the declaration 'بعد ثلاثة أيام' of the last fighters' expulsion"),
    ("2018-06-24", "2018-06-28", 4, "d3: 'بعد أربعة أيام' of the ban's end, at publication"),
    ("2019-09-25", "2019-10-03", 8, "x3: the mission of 'ثمانية أيام', launch to return"),
]


def _facts(gold):
    if 2016 - 1979 != 37:
        gold.bad("x4: snow 'لأول مرة منذ 37 سنة' (18 February 1979 to 19 December 2016)")
    if not (date(2017, 6, 6) + timedelta(days=4 * 30) < date(2017, 10, 20)):
        gold.bad("b2: 'بعد أكثر من أربعة أشهر من المعارك' (6 June to 20 October 2017)")
    if not (date(2017, 7, 10) + timedelta(days=3 * 30) < date(2017, 10, 17)):
        gold.bad("b3: 'بعد أكثر من ثلاثة أشهر' of Mosul's recapture (10 July to 17 October 2017)")
    if not (date(2021, 4, 24) + timedelta(days=90) > date(2021, 7, 12)):
        gold.bad("a2/a3: the Nasiriyah fire 'بعد أقل من ثلاثة أشهر' of Ibn al-Khatib's")
    if not (date(2021, 7, 14) + timedelta(days=90) > date(2021, 10, 10)):
        gold.bad("a3: the election 'قبل أقل من ثلاثة أشهر' of 10 October 2021")
    if 2017 - 2012 != 5:
        gold.bad("c2: the first success 'منذ خمس سنوات' (2012 to 2017)")
    check_participants(gold, HERE)



if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
