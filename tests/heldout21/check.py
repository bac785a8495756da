#!/usr/bin/env python3
"""Consistency checks for the twenty-first blind held-out gold.  Run after build.py (the checks are
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
HIJRI = [((1437, 12, 20), "2016-09-21"), ((1442, 3, 6), "2020-10-23"), ((1434, 7, 10), "2013-05-20"),
         ((1443, 4, 19), "2021-11-24")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2016-09-09", "2016-09-10", 1, "a2: the approval 'في اليوم التالي' of the Friday-night announcement"),
    ("2016-09-14", "2016-09-21", 7, "a3: 'يوم الأربعاء الماضي' in Wednesday's paper is the Wednesday before"),
    ("2022-03-18", "2022-03-19", 1, "b3: the recall 'غداة كشف الديوان الملكي' (18 March)"),
    ("2013-01-21", "2013-01-26", 5, "c1: 'يوم الاثنين الماضي' in Saturday's wire"),
    ("2013-01-26", "2013-01-28", 2, "c2: Timbuktu 'بعد يومين من سيطرتها على مدينة غاو'; c3 'قبلها بيومين'"),
    ("2013-01-28", "2013-02-02", 5, "c3: the visit 'بعد خمسة أيام من استعادتها'"),
    ("2020-08-31", "2020-09-26", 26, "d2: 'بعد 26 يوما على تكليفه'"),
    ("2020-08-04", "2020-08-10", 6, "d2: Diab's resignation 'بعد ستة أيام من انفجار مرفأ بيروت'"),
    ("2020-09-22", "2020-09-27", 5, "d2: 'الثلاثاء الماضي' in Sunday's paper"),
    ("2020-09-26", "2020-09-27", 1, "d3: Macron 'في اليوم التالي لاعتذاره'"),
    ("2019-02-20", "2019-02-22", 2, "x4: 'أمس الأول الأربعاء' in Friday's paper"),
]


def _facts(gold):
    if not 21 <= (date(2020, 10, 22) - date(2020, 9, 26)).days <= 31:
        gold.bad("d3: Hariri 'بعد نحو أربعة أسابيع من اعتذار' Adib")
    if not 300 <= (date(2013, 1, 28) - date(2012, 4, 1)).days <= 320:
        gold.bad("c2: Timbuktu 'بعد نحو عشرة أشهر' of its fall (1 April 2012)")
    if not 340 <= (date(2020, 10, 22) - date(2019, 10, 29)).days <= 380:
        gold.bad("d3: 'بعد نحو عام على استقالته' (29 October 2019)")
    if (date(2013, 1, 26) - date(2013, 1, 11)).days not in range(13, 17):
        gold.bad("c1: the intervention 'قبل أسبوعين' (11 January)")
    check_participants(gold, HERE)



if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
