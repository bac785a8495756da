#!/usr/bin/env python3
"""Consistency checks for the nineteenth blind held-out gold.  Run after build.py (the checks are
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
HIJRI = [((1444, 9, 22), "2023-04-13"), ((1444, 8, 20), "2023-03-12")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2018-11-21", "2018-11-26", 5, "b2: the pardon 'بعد خمسة أيام من صدور الحكم'"),
    ("2018-11-27", "2018-11-28", 1, "b3: his statement 'بعد يوم من عودته'"),
    ("2018-11-26", "2018-11-27", 1, "b3: the arrival 'بعد يوم واحد من إعلان ... العفو عنه'"),
    ("2018-11-21", "2018-11-22", 1, "b3: Gargash 'بعد يوم من صدور الحكم'"),
    ("2018-11-22", "2018-11-29", 7, "b3: 'يوم الخميس الماضي' in Thursday's paper is the Thursday before"),
    ("2018-08-24", "2018-08-25", 1, "c2: the pledge 'بعد يوم من إعلان معهد باستور'"),
    ("2018-08-25", "2018-08-27", 2, "c3: the decision 'بعد يومين من تعهد' of Saturday"),
    ("2024-03-02", "2024-03-06", 4, "d3: the attack 'بعد أيام من غرق' the Rubymar"),
]


def _facts(gold):
    if not 5.5 <= (date(2023, 4, 12) - date(2017, 6, 5)).days / 365.25 <= 6.5:
        gold.bad("a2: 'نحو ست سنوات' from 5 June 2017 to 12 April 2023")
    if not 5.5 <= (date(2023, 5, 25) - date(2017, 6, 5)).days / 365.25 <= 6.5:
        gold.bad("a3: 'بعد انقطاع 6 سنوات' (June 2017 to 25 May 2023)")
    if not (date(2023, 5, 25) - date(2023, 4, 12)).days > 31:
        gold.bad("a3: 'بعد أكثر من شهر' from 12 April to 25 May 2023")
    if not 190 <= (date(2018, 11, 27) - date(2018, 5, 5)).days <= 215:
        gold.bad("b3: 'قرابة سبعة أشهر' of detention (5 May to 27 November 2018)")
    if not 20 <= 2018 - 1996 <= 25:
        gold.bad("c2: 'منذ أكثر من عقدين' (1996 to 2018)")
    if not 12 <= (date(2024, 3, 2) - date(2024, 2, 18)).days <= 16:
        gold.bad("d2: 'بعد نحو أسبوعين' (18 February to 2 March 2024)")
    if not 100 <= (date(2024, 3, 6) - date(2023, 11, 19)).days <= 135:
        gold.bad("d3: 'قبل نحو أربعة أشهر' (19 November 2023 to 6 March 2024)")
    check_participants(gold, HERE)



if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
