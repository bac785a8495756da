#!/usr/bin/env python3
"""Consistency checks for the twenty-seventh blind held-out gold.  Run after build.py (the checks
are in tests/gold_checks.py; this file holds the facts of this set):

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
HIJRI = [((1445, 5, 23), "2023-12-07"), ((1445, 2, 15), "2023-08-31")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2025-04-01", "2025-04-02", 1, "a1: the junta's truce 'بعد يوم واحد من' the Alliance's"),
    ("2025-04-22", "2025-04-30", 8, "a3: two extensions 'خلال ثمانية أيام' (22 and 30 April)"),
    ("2025-03-28", "2025-04-02", 5, "a3: the truce 'بعد خمسة أيام من الزلزال'"),
    ("2025-03-28", "2025-03-29", 1, "a3: the NUG's pause 'بعد يوم واحد من الزلزال'"),
    ("2025-04-30", "2025-05-01", 1, "a3: the NUG spokesman 'في اليوم التالي لإعلانه'"),
    ("2017-12-07", "2023-12-07", 2191, "b1: the first visit 'منذ ست سنوات' (December 2017)"),
    ("2023-12-07", "2023-12-14", 7, "b3: 'بعد أسبوع من الزيارة'"),
    ("2023-02-06", "2023-02-12", 6, "b3: Dendias's visit 'بعد ستة أيام'"),
    ("2021-03-24", "2021-03-29", 5, "c1: the claim 'بعد خمسة أيام من هجوم'"),
    ("2021-03-24", "2021-03-26", 2, "c2: the convoy 'بعد يومين من بدء الهجوم'"),
    ("2021-03-29", "2021-04-04", 6, "c3: the recapture 'بعد ستة أيام من إعلان' the claim"),
    ("2021-03-24", "2021-04-04", 11, "c3: the recapture 'بعد أحد عشر يوما من الهجوم'"),
    ("2020-12-11", "2020-12-17", 6, "d2/d3: released 'بعد ستة أيام'"),
    ("2020-12-11", "2020-12-12", 1, "d3: the schools closed 'في اليوم التالي لعملية كانكارا'"),
    ("2020-12-19", "2020-12-20", 1, "d3: the Mahuta pupils freed 'في اليوم التالي'"),
]


def _facts(gold):
    if date(2025, 3, 28).weekday() != 4:
        gold.bad("a1: 'ظهر الجمعة 28 مارس'")
    if date(2020, 12, 19).weekday() != 5:
        gold.bad("d3: 'ليل السبت 19 ديسمبر'")
    if date(2021, 3, 24).weekday() != 2:
        gold.bad("c2: 'عصر الأربعاء 24 آذار/مارس'")
    check_participants(gold, HERE)


if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
