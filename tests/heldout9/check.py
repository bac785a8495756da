#!/usr/bin/env python3
"""Consistency checks for the ninth blind held-out gold.  Run after build.py (the checks are
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
HIJRI = [((1444, 7, 24), "2023-02-15"), ((1443, 12, 17), "2022-07-16"), ((1446, 1, 27), "2024-08-02")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2023-02-06", "2023-02-13", 7, "a1: 'سبعة أيام' of mourning, 6 February to sunset on Sunday 12 February"),
    ("2023-02-06", "2023-02-09", 3, "a3: the first UN convoy 'بعد ثلاثة أيام' of the quake"),
    ("2023-02-13", "2023-02-14", 1, "a3: the Saudi plane 'بعد يوم' of the UN announcement"),
    ("2022-07-14", "2022-07-15", 1, "b2: the visit to the kingdom 'بعد يوم' of the Jerusalem declaration"),
    ("2021-05-10", "2021-05-21", 11, "c3: the war of '11 يوما', 10 to 21 May"),
    ("2021-05-30", "2021-05-31", 1, "c3: Kamel in Gaza 'بعد يوم' of his meeting with Netanyahu"),
]


def _facts(gold):
    if not (date(2021, 6, 3) - date(2021, 5, 21)).days < 14:
        gold.bad("c1: the end of the Gaza war 'أقل من أسبوعين' before the publication")
    if date(2021, 6, 13).year - date(2009, 3, 31).year != 12:
        gold.bad("c2/c3: Netanyahu's '12 عاما' from 31 March 2009 to 13 June 2021")
    if date(2023, 9, 12).year - date(2022, 9, 7).year != 1:
        gold.bad("x3: iPhone 15 'بعد عام' of iPhone 14")
    check_participants(gold, HERE)



if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
