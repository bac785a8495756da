#!/usr/bin/env python3
"""Consistency checks for the twenty-second blind held-out gold.  Run after build.py (the checks are
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
HIJRI = [((1443, 8, 7), "2022-03-10"), ((1438, 12, 10), "2017-09-01"), ((1445, 8, 22), "2024-03-03")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2019-11-12", "2019-11-14", 2, "a1-a3: the rockets 'على مدى يومين' / 'على مدار يومين' / 'استمر يومين'"),
    ("2019-11-16", "2019-11-18", 2, "a3: 'فجر السبت الماضي' in Monday's paper"),
    ("2017-08-20", "2017-08-26", 6, "c2: the citadel 'بعد ستة أيام من انطلاق العمليات'"),
    ("2017-08-20", "2017-08-31", 11, "c3: 'بعد 11 يوما من انطلاق العمليات'"),
    ("2017-08-26", "2017-09-01", 6, "c3: 'يوم السبت الماضي' in Friday's paper"),
    ("2020-12-10", "2020-12-11", 1, "d3: Hariri's visit 'في اليوم التالي' of the charges"),
    ("2021-02-18", "2021-02-20", 2, "d3: the removal 'أول من أمس'"),
    ("2022-02-04", "2022-02-06", 2, "x1: 'يوم الجمعة الماضي' in Sunday's paper"),
]


def _facts(gold):
    if not 38 <= (date(2017, 8, 20) - date(2017, 7, 10)).days <= 45:
        gold.bad("c1: the launch 'بعد نحو ستة أسابيع' of Mosul's liberation (10 July)")
    if not (date(2017, 8, 31) - date(2017, 7, 10)).days < 61:
        gold.bad("c3: Tal Afar 'بعد أقل من شهرين' of Mosul")
    if not 105 <= (date(2022, 3, 9) - date(2021, 11, 18)).days <= 130:
        gold.bad("b3: the visit 'بعد نحو أربعة أشهر' of the 18 November call")
    if not (date(2020, 12, 12) - date(2020, 8, 4)).days > 122:
        gold.bad("d2: the blast 'قبل أكثر من أربعة أشهر'")
    if not (date(2021, 2, 20) - date(2020, 8, 4)).days > 183:
        gold.bad("d3: 'بعد أكثر من ستة أشهر على انفجار 4 آب'")
    check_participants(gold, HERE)


if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
