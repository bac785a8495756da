#!/usr/bin/env python3
"""Consistency checks for the seventeenth blind held-out gold.  Run after build.py (the checks are
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
- the Hijri dateline agrees with the Umm al-Qura calendar (needs the `hijridate`
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
HIJRI = [((1434, 4, 10), "2013-02-20"), ((1432, 11, 21), "2011-10-19")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2013-02-06", "2013-02-08", 2, "c2: the funeral 'بعد يومين من اغتيال بلعيد'"),
    ("2012-02-02", "2012-02-04", 2, "a3: the clashes begun Thursday evening, 'لليوم الثالث على التوالي' on Saturday"),
    ("2012-02-02", "2012-02-04", 2, "a3: three days of mourning from Thursday end 'اليوم السبت'"),
    ("2011-10-17", "2011-10-19", 2, "d2: 'أمس الأول' in Wednesday's paper"),
    ("2020-10-19", "2020-10-24", 5, "b2: 'يوم الاثنين الماضي' in Saturday's paper (the Monday of that week)"),
]


def _facts(gold):
    if (12 - 10) != 2:
        gold.bad("d3: the second stage 'بعد شهرين' (18 October to 18 December 2011)")
    if not (date(2011, 10, 18) - date(2006, 6, 25)).days > 5 * 365:
        gold.bad("d3: 'أكثر من خمس سنوات' of captivity (June 2006 to October 2011)")
    if not 17 <= (date(2024, 8, 4) - date(2006, 12, 30)).days // 365 < 18:
        gold.bad("x1: Nemour '(17 عاما)' on 4 August 2024")
    check_participants(gold, HERE)



if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
