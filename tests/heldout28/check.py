#!/usr/bin/env python3
"""Consistency checks for the twenty-eighth blind held-out gold.  Run after build.py (the checks
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
HIJRI = [((1444, 3, 12), "2022-10-08"), ((1439, 1, 28), "2017-10-18"), ((1441, 3, 2), "2019-10-30")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2016-10-02", "2016-10-04", 2, "a2: the extension 'بعد يومين من رفض الناخبين'"),
    ("2016-10-04", "2016-10-13", 9, "a3: the second extension 'بعد تسعة أيام من إعلانه'"),
    ("2016-10-07", "2016-10-13", 6, "a3: the extension 'بعد ستة أيام من منح' the Nobel"),
    ("2016-08-24", "2016-08-25", 1, "a1: Santos's order 'غداة التوصل' to the final agreement"),
    ("2010-10-05", "2016-10-05", 2192, "a2: Santos and Uribe's first meeting 'منذ ست سنوات'"),
    ("2022-07-01", "2022-07-11", 10, "b2: the call 'بعد عشرة أيام من الجولة الرابعة'"),
    ("2022-09-14", "2022-10-06", 22, "b3: Prague 'بعد ثلاثة أسابيع من اشتباكات' (about three weeks)"),
    ("2017-10-16", "2017-10-17", 1, "c2: the declaration 'بعد يوم من مقتل' Hapilon"),
    ("2017-10-17", "2017-10-23", 6, "c3: the end of combat 'بعد ستة أيام من إعلان' the liberation"),
    ("2017-10-16", "2017-10-23", 7, "c3: 'وبعد أسبوع من مقتل زعيمي المسلحين'"),
    ("2021-08-14", "2021-08-16", 2, "d2: the concession 'بعد يومين فقط من وصفه الاقتراع'"),
    ("2021-08-12", "2021-08-16", 4, "d2: the results 'بعد أربعة أيام من التصويت'"),
    ("2021-08-12", "2021-08-24", 12, "d3: the oath 'بعد ١٢ يوماً من الانتخابات'"),
    ("2021-08-16", "2021-08-24", 8, "d3: the oath 'بعد ثمانية أيام من إعلان' the win"),
    ("2017-04-11", "2017-08-16", 127, "d1/d3: Hichilema's four months in prison (about four months)"),
]


def _facts(gold):
    if date(2016, 8, 28).weekday() != 6 or date(2016, 8, 29).weekday() != 0:
        gold.bad("a1: 'منتصف ليل الأحد - الاثنين' is not the night of Sunday 28 to Monday 29 August")
    if date(2016, 10, 7).weekday() != 4:
        gold.bad("a3: 'يوم الجمعة 7 تشرين الأول/أكتوبر'")
    if date(2021, 8, 15).weekday() != 6:
        gold.bad("d2: 'ليلة الأحد إلى الاثنين' is not the night of 15-16 August")
    check_participants(gold, HERE)


if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
