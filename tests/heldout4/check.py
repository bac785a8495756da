#!/usr/bin/env python3
"""Consistency checks for the fourth blind held-out gold.  Run after build.py (the checks are
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
- the Hijri dates agree with the Umm al-Qura calendar (needs the `hijridate`
  package; skipped with a note if it is not installed);
- the day counts written in the texts agree with the calendar.
"""
import pathlib
import sys
from datetime import date

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_checks import check_event_set  # noqa: E402

#: (year, month, day) AH -> the Gregorian date the text gives
HIJRI = [((1444, 2, 26), "2022-09-22"), ((1444, 2, 25), "2022-09-21"), ((1442, 10, 14), "2021-05-26"),
         ((1443, 6, 16), "2022-01-19")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2022-02-24", "2022-04-12", 47, "u1: the arrest on 12 April, about six weeks after Medvedchuk's escape (late February)"),
    ("2022-06-09", "2022-09-21", 104, "u3: more than three months from the sentence to the release"),
    ("2021-05-10", "2021-05-21", 11, "g1/g2: eleven days from 10 May to the truce of 21 May"),
    ("2021-05-21", "2021-05-26", 5, "g3: five days from the truce to 26 May"),
    ("2022-01-17", "2022-01-24", 7, "y3: the second attack within a week of the first"),
    ("2019-04-04", "2019-06-26", 83, "l3: Gharyan held for nearly three months"),
    ("2019-05-21", "2019-05-22", 1, "l3: Macron receives Haftar one day after Salame's briefing"),
    ("2019-04-14", "2019-04-19", 5, "l2: the call disclosed about a week after the Cairo meeting"),
    ("2007-03-06", "2017-11-08", (date(2017, 11, 8) - date(2007, 3, 6)).days, "x3: agreement to opening (the ten-year check follows)"),
    ("2022-07-23", "2024-08-14", 753, "x4: about two years between the two emergencies"),
]


def _ten_years(gold):
    if not (3650 <= (date(2017, 11, 8) - date(2007, 3, 6)).days < 4015):
        gold.bad("x3: 2007-03-06 -> 2017-11-08 is not about ten years")


if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_ten_years)
