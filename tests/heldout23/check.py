#!/usr/bin/env python3
"""Consistency checks for the twenty-third blind held-out gold.  Run after build.py (the checks are
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
HIJRI = [((1434, 7, 11), "2013-05-21")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2023-10-28", "2023-11-09", 12, "a3: the release 'بعد 12 يوما من اختطافه'"),
    ("2023-08-03", "2024-01-30", 180, "a1/a2: 180 days from 3 August run to 29 January inclusive"),
    ("2023-12-01", "2023-12-03", 2, "b2: the ICJ order 'قبل يومين من الاستفتاء'"),
    ("2023-12-14", "2023-12-16", 2, "b2: the summit 'أمس الأول' in Saturday's paper"),
    ("2023-12-09", "2023-12-16", 7, "b2: 'يوم السبت الماضى' in Saturday's paper"),
    ("2023-12-09", "2023-12-14", 5, "b3: Lula's call 'قبل القمة بخمسة أيام'"),
    ("2020-06-03", "2020-06-05", 2, "c2/c3: Tarhuna 'بعد يومين' of the airport"),
    ("2024-01-15", "2024-01-22", 7, "d3: 'بعد أسبوع على أدائه اليمين'"),
    ("2024-01-17", "2024-01-22", 5, "d3: 'الأربعاء الماضي' in Monday's paper"),
    ("2013-05-18", "2013-05-21", 3, "x3: 'صباح يوم السبت الماضي' in Tuesday's dispatch"),
]


def _facts(gold):
    if not 32 <= (date(2020, 5, 18) - date(2020, 4, 13)).days <= 38:
        gold.bad("c1: Watiya 'بعد نحو خمسة أسابيع' of the coastal towns (13 April)")
    if not (date(2020, 6, 5) - date(2020, 5, 18)).days < 21:
        gold.bad("c2: Tarhuna 'بعد أقل من ثلاثة أسابيع' of Watiya")
    if not 135 <= (date(2024, 1, 15) - date(2023, 8, 20)).days <= 155:
        gold.bad("d2: 'قرابة خمسة أشهر' from the runoff to the oath")
    if not 55 <= 2023 - 1964 <= 62:
        gold.bad("a2: the conflict 'قبل نحو ستة عقود' (the ELN founded in 1964)")
    check_participants(gold, HERE)


if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
