#!/usr/bin/env python3
"""Consistency checks for the heldout3 gold.  Run after build.py (the checks are
in tests/gold_checks.py; this file holds the facts of this set):

    python3 check.py

- every span in gold.json matches its article text;
- mentions of different clusters never overlap, timex spans never overlap;
- each cluster has a mention of its own type; tight lies inside outer (clusters and date rows);
- every weekday name in every article (with or without a clitic, الاثنين or الإثنين) lies
  inside a date/multi timex row whose days include that weekday (checked with datetime), and
  "اليوم <weekday>" equals the publication date;
- every before pair is strict on the tight dates; diff pairs name two clusters;
- every article id, published date and text is well formed;
- the Hijri dates agree with the Umm al-Qura calendar (needs the `hijridate` package;
  skipped with a note if it is not installed);
- the day counts written in the texts agree with the calendar.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_checks import check_event_set  # noqa: E402

#: (year, month, day) AH -> the Gregorian date the text gives
HIJRI = [((1444, 9, 26), "2023-04-17"),   # b06: الاثنين 26 رمضان 1444هـ
         ((1444, 4, 29), "2022-11-23"),   # b13: الأربعاء 29 ربيع الآخر 1444هـ
         ((1443, 2, 28), "2021-10-05")]   # b16: 28 صفر (1443)

#: day counts stated in the texts (inclusive counts are marked): (from, to, days, what)
DAY_COUNTS = [
    ("2020-03-06", "2020-03-05", -1, "b03: يوم الخميس السابق لها (the day before Friday 6 March)"),
    ("2020-03-01", "2020-03-06", 5, "b02: يوم الأحد الماضي (1 March) seen from Friday 6 March"),
    ("2020-03-06", "2020-03-09", 3, "b02: الأسبوع المقبل starts on Monday 9 March (ISO)"),
    ("2023-04-09", "2023-04-13", 4, "b05: خمسة أيام, 9 to 13 April inclusive"),
    ("2023-04-13", "2023-04-14", 1, "b05: بعد يوم من اختتام الوفد"),
    ("2023-04-14", "2023-04-16", 2, "b05/b06: ثلاثة أيام, 14 to 16 April inclusive"),
    ("2023-03-10", "2023-04-09", 30, "b04: نحو شهر from 10 March to 9 April"),
    ("2016-01-03", "2023-04-06", 2650, "b06: أكثر من سبع سنوات since ties were cut on 3 January 2016"),
    ("2023-10-07", "2023-11-24", 48, "b07/b08: نحو سبعة أسابيع (48 days)"),
    ("2023-11-24", "2023-12-01", 7, "b09: سبعة أيام of truce, 24 November to 1 December"),
    ("2023-11-24", "2023-11-28", 4, "b08: the four agreed days end on 28 November"),
    ("2025-06-27", "2025-07-19", 22, "b12: أقل من شهر from 27 June to 19 July"),
    ("2021-03-23", "2021-03-29", 6, "b15: ستة أيام from 23 to 29 March"),
    ("2021-03-23", "2021-03-30", 7, "b15: الثلاثاء الماضي written on a Tuesday is a week back"),
]

if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS)
