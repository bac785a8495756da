#!/usr/bin/env python3
"""Consistency checks for the twenty-sixth blind held-out gold.  Run after build.py (the checks are
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
HIJRI = [((1443, 4, 20), "2021-11-25"), ((1447, 1, 7), "2025-07-02"), ((1445, 12, 13), "2024-06-19")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2025-10-12", "2025-10-19", 7, "a1: 'بعد أسبوع من أعنف اشتباكات حدودية' (the night of 11-12 October)"),
    ("2025-10-15", "2025-10-27", 12, "a3: the truce 'أعلنت قبل اثني عشر يوماً'"),
    ("2025-10-15", "2025-10-17", 2, "a3: extended 'بعد يومين من إعلانها'"),
    ("2024-08-06", "2024-08-15", 9, "c1: Sudzha 'بعد تسعة أيام من بدء التوغل'"),
    ("2024-08-15", "2024-08-16", 1, "c2: the bridge 'غداة إعلان' Sudzha; c3: 'في اليوم التالي'"),
    ("2025-03-12", "2025-03-13", 1, "c3: the ministry's announcement 'غداة زيارة' Putin"),
    ("2023-11-28", "2023-12-05", 7, "d3: the rescue 'قبل أسبوع'"),
    ("2023-11-28", "2023-11-29", 1, "d3: the airlift 'في اليوم التالي لإنقاذهم'"),
    ("2023-11-27", "2023-11-29", 2, "d3: the manual digging 'خلال يومين' (27 and 28 November)"),
    ("2024-05-12", "2024-05-22", 10, "x3: the record broken twice 'خلال عشرة أيام'"),
]


def _facts(gold):
    if not (date(2022, 2, 14) - date(2021, 11, 24)).days < 92:
        gold.bad("b3: 'بعد أقل من ثلاثة أشهر على زيارة' of 24 November")
    if not 160 <= (date(2022, 2, 14) - date(2021, 8, 30)).days <= 200:
        gold.bad("b3: 'بعد نحو ستة أشهر من المكالمة الهاتفية'")
    if not 16 <= (date(2023, 11, 28) - date(2023, 11, 12)).days + 1 <= 17:
        gold.bad("d2/d3: '١٧ يوما' / 'سبعة عشر يوماً' from 12 to 28 November, both days counted")
    if date(2025, 10, 11).weekday() != 5:
        gold.bad("a1: 'ليل السبت 11 أكتوبر'")
    check_participants(gold, HERE)


if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
