#!/usr/bin/env python3
"""Consistency checks for the sixth blind held-out gold.  Run after build.py (the checks are
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
- the day counts and spans written in the texts agree with the calendar.
"""
import pathlib
import sys
from datetime import date

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from gold_checks import check_event_set  # noqa: E402

#: (year, month, day) AH -> the Gregorian date the text gives
HIJRI = [((1444, 12, 7), "2023-06-25"), ((1444, 10, 29), "2023-05-19")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2020-01-06", "2020-01-12", 6, "l1: the truce comes after a week in which Sirte fell"),
    ("2020-01-13", "2020-01-14", 1, "l2: Haftar left 'في اليوم التالي' after the Moscow talks"),
    ("2020-01-13", "2020-01-14", 1, "l3: al-Sarraj signed 'في اليوم السابق' of Haftar's departure"),
    ("2023-06-24", "2023-06-29", 5, "w3: the Kremlin meeting 'بعد خمسة أيام من التمرد'"),
    ("2023-06-23", "2023-08-23", 61, "w3: the crash 'بعد شهرين بالضبط' (23 June -> 23 August)"),
    ("2023-05-01", "2023-05-07", 6, "j1: the Cairo meeting about a week after Amman"),
    ("2023-02-06", "2023-02-07", 1, "j1: Sisi's call 'في اليوم التالى' of the earthquake"),
    ("2020-08-13", "2020-08-31", 18, "a2: the first flight less than three weeks after the agreement"),
]


def _spans_of_years(gold):
    if not (date(2011, 11, 12).replace(year=2022) < date(2023, 5, 7)):
        gold.bad("j1: more than 11 years from the suspension to the return")
    if not (date(2010, 3, 28).replace(year=2020) < date(2023, 5, 18)):
        gold.bad("j2: more than a decade since Assad's last Arab summit (Sirte, March 2010)")
    war, mutiny = date(2022, 2, 24), date(2023, 6, 24)
    if (mutiny.year - war.year) * 12 + mutiny.month - war.month != 16:
        gold.bad("w2: about sixteen months of war (24 February 2022 -> 24 June 2023)")
    if not (date(2002, 2, 4).replace(year=2022) < date(2025, 11, 1)):
        gold.bad("x4: more than two decades since the museum's foundation stone (2002)")


if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_spans_of_years)
