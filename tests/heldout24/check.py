#!/usr/bin/env python3
"""Consistency checks for the twenty-fourth blind held-out gold.  Run after build.py (the checks are
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
HIJRI = [((1446, 7, 12), "2025-01-12"), ((1444, 11, 2), "2023-05-22")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2022-09-14", "2022-09-16", 2, "a1: the escalation 'بعد يومين' of Wednesday's clashes"),
    ("2022-09-16", "2022-09-19", 3, "a3: the protocol 'بعد ثلاثة أيام من الهدنة'"),
    ("2022-09-14", "2022-09-16", 2, "a3: the second truce 'في غضون يومين'"),
    ("2022-09-19", "2022-09-25", 6, "a3: 'يوم الاثنين الماضي' in Sunday's weekly"),
    ("2024-12-06", "2024-12-11", 5, "b1: 'يوم الجمعة الماضي' in Wednesday's wire"),
    ("2024-12-11", "2024-12-13", 2, "b2: 'مساء أمس الأول' in Friday's paper"),
    ("2020-11-08", "2020-11-09", 1, "c2: the admission 'بعد يوم من إعلان أذربيجان'"),
    ("2020-11-08", "2020-11-10", 2, "c3: the deal 'بعد يومين فقط' of the entry into Shusha"),
    ("2020-09-27", "2020-11-10", 44, "c3: 'حرباً دامت 44 يوماً'"),
    ("2020-11-08", "2020-11-15", 7, "c3: 'قبل أسبوع' in Sunday's piece"),
    ("2022-12-14", "2022-12-15", 1, "d3: the ruling 'بعد يوم من إعلان الحكومة حالة الطوارئ'"),
    ("2022-12-07", "2022-12-08", 1, "d3: the first order 'في اليوم التالي لاعتقاله'"),
    ("2022-12-10", "2022-12-16", 6, "d3: 'السبت الماضي' in Friday's paper"),
]


def _facts(gold):
    if not 28 <= (date(2025, 1, 11) - date(2024, 12, 11)).days <= 32:
        gold.bad("b3: the visit 'بعد شهر من «إعلان أنقرة»'")
    if not 330 <= (date(2024, 12, 11) - date(2024, 1, 1)).days <= 380:
        gold.bad("b1: the declaration 'بعد نحو عام من التوتر' (the memorandum of 1 January)")
    if not 2022 - 2021 == 1:
        gold.bad("d1: 'ديسمبر من العام نفسه' (2021)")
    check_participants(gold, HERE)


if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
