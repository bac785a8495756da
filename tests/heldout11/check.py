#!/usr/bin/env python3
"""Consistency checks for the eleventh blind held-out gold.  Run after build.py (the checks are
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
HIJRI = [((1444, 5, 15), "2022-12-09"), ((1445, 3, 21), "2023-10-06"), ((1444, 11, 2), "2023-05-22")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2023-08-30", "2023-09-04", 5, "b3: the oath 'بعد خمسة أيام' of the coup"),
    ("2024-03-14", "2024-03-24", 10, "s1/s3: the vote 'عشرة أيام' after the release from prison"),
    ("2024-11-02", "2024-11-03", 1, "v2: the visit 'بعد يوم' of the deployment"),
    ("2023-08-30", "2023-08-31", 1, "b2: the suspension 'غداة' the coup"),
    ("2022-12-08", "2022-12-09", 1, "g3: Putin's words 'في اليوم نفسه' as Griner's landing, the day after the swap"),
]


def _facts(gold):
    if not 9 < (date(2022, 12, 9) - date(2022, 2, 17)).days / 30.44 < 10.5:
        gold.bad("g3: 'نحو عشرة أشهر' from Griner's arrest to her landing")
    if not 30 < (date(2023, 8, 30) - date(2023, 7, 26)).days < 60:
        gold.bad("b1: 'بعد أكثر من شهر' from Niger's coup to Gabon's")
    if date(2023, 5, 22).year - 1985 != 38:
        gold.bad("x3: 'نحو 38 عاما' from Sultan bin Salman's flight")
    if not 1.9 < (date(2018, 10, 24) - date(2016, 8, 27)).days / 365.25 < 2.4:
        gold.bad("b3: 'نحو عامين' from the 2016 election to the stroke")
    if date(2024, 3, 25).year - 1980 != 44 or date(2023, 9, 5).year - 1959 != 64:
        gold.bad("s1/b3: the ages (Faye born 25 March 1980, 44; Bongo born 9 February 1959, 64)")
    check_participants(gold, HERE)



if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
