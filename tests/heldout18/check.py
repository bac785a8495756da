#!/usr/bin/env python3
"""Consistency checks for the eighteenth blind held-out gold.  Run after build.py (the checks are
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
HIJRI = [((1444, 4, 3), "2022-10-28"), ((1439, 11, 23), "2018-08-05"), ((1439, 11, 25), "2018-08-07")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2025-09-09", "2025-09-10", 1, "b2: the visit 'غداة الهجوم' of Tuesday"),
    ("2025-09-09", "2025-09-10", 1, "b3: the visit 'في اليوم التالي للهجوم'"),
    ("2018-08-05", "2018-08-07", 2, "d2: 'مساء أمس الأول' in Tuesday's paper is Sunday"),
    ("2018-08-06", "2018-08-07", 1, "d3: the health ministry 'بعد يوم من قرار تعليق برامج الابتعاث'"),
    ("2024-02-07", "2024-02-11", 4, "x1: 'يوم الأربعاء الماضي' in Sunday's paper"),
    ("2024-04-16", "2024-04-18", 2, "x4: remote work extended 'حتى يوم الخميس' after Tuesday and Wednesday"),
]


def _facts(gold):
    if not 360 <= (date(2022, 10, 13) - date(2021, 10, 10)).days <= 370:
        gold.bad("a1/a2: 'بعد عام' / 'عاماً كاملاً' from the election of 10 October 2021")
    if not (date(2022, 10, 27) - date(2021, 10, 10)).days > 365:
        gold.bad("a3: 'أكثر من عام' from 10 October 2021 to 27 October 2022")
    if not 40 <= (date(2021, 6, 2) - date(2021, 4, 18)).days <= 50:
        gold.bad("c3: 'نحو شهر ونصف' in hospital (18 April to 2 June 2021)")
    if not 130 <= (date(2023, 4, 25) - date(2022, 12, 11)).days <= 140:
        gold.bad("x2: 'نحو أربعة أشهر ونصف' (11 December 2022 to 25 April 2023)")
    check_participants(gold, HERE)



if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
