#!/usr/bin/env python3
"""Consistency checks for the fifth blind held-out gold.  Run after build.py (the checks are
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
HIJRI = [((1444, 8, 19), "2023-03-11"), ((1442, 5, 22), "2021-01-06")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2025-06-13", "2025-06-24", 11, "i1: a war of twelve days (13 to 24 June, both counted)"),
    ("2025-06-23", "2025-06-24", 1, "i2: the radar strike one day after Evin"),
    ("2025-06-22", "2025-06-23", 1, "i2/i3: al-Udeid a day after the US strikes (اليوم الموالي)"),
    ("2022-08-05", "2022-08-07", 2, "g2: three days of fighting (5 to 7 August, all counted)"),
    ("2022-08-05", "2022-08-06", 1, "g2: Mansour killed a day after al-Jabari"),
    ("2023-03-10", "2023-03-23", 13, "s2: about two weeks from the Beijing announcement to the call"),
    ("2022-12-09", "2023-03-10", 91, "s1: three months from Xi's visit to the agreement"),
    ("2017-06-05", "2021-01-04", 1309, "q2/q3: more than three and a half years of boycott"),
    ("2024-02-23", "2024-03-06", 12, "x2: about two weeks from Ras El Hekma to the float"),
    ("2020-07-20", "2021-02-09", 204, "x3: about seven months from launch to orbit"),
]


def _spans_of_years(gold):
    if not (date(2016, 1, 3).replace(year=2023) < date(2023, 3, 10)):
        gold.bad("s1: more than seven years from the severance to the agreement")
    if not (3.5 * 365 < (date(2021, 1, 4) - date(2017, 6, 5)).days < 3.75 * 365):
        gold.bad("q2: 5 June 2017 -> 4 January 2021 is not three and a half years")


if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_spans_of_years)
