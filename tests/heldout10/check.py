#!/usr/bin/env python3
"""Consistency checks for the tenth blind held-out gold.  Run after build.py (the checks are
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
HIJRI = [((1442, 2, 22), "2020-10-09"), ((1437, 8, 14), "2016-05-21"), ((1441, 1, 15), "2019-09-14"),
         ((1446, 6, 11), "2024-12-12")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2020-10-07", "2020-10-08", 1, "k3: the assembly's vote 'بعد يوم واحد' of the Amiri order"),
    ("2020-09-30", "2020-10-07", 7, "k3: the crown prince named 'بعد سبعة أيام' of the Emir's oath"),
    ("2020-09-29", "2020-09-30", 1, "k2/k3: the oath 'غداة' the death"),
    ("2019-03-31", "2019-04-02", 2, "a1: the resignation 'بعد يومين' of the Bedoui government"),
    ("2019-04-02", "2019-04-03", 1, "a2: the vacancy 'غداة' the resignation"),
    ("2019-04-02", "2019-04-09", 7, "a3: Bensalah installed 'بعد أسبوع' of the resignation"),
    ("2016-05-19", "2016-05-20", 1, "e2: the debris 'بعد يوم' of the disappearance"),
    ("2016-06-16", "2016-06-17", 1, "e3: the flight data recorder 'بعد يوم واحد' of the voice recorder"),
    ("2019-08-17", "2019-09-14", 28, "s1: Abqaiq 'بعد أقل من شهر' of the Shaybah attack"),
]


def _facts(gold):
    if date(2019, 4, 2).year - date(1999, 4, 15).year != 20:
        gold.bad("a3: 'عشرين سنة' in power from April 1999 to April 2019")
    start, end = date(2019, 5, 14), date(2019, 9, 14)
    if (end.year - start.year) * 12 + end.month - start.month != 4:
        gold.bad("s1: 'نحو أربعة أشهر' from the pumping stations to Abqaiq")
    start, end = date(2015, 10, 31), date(2016, 5, 19)
    if not 6 < (end - start).days / 30.44 < 7.5:
        gold.bad("e1: 'نحو سبعة أشهر' from the Metrojet crash to MS804")
    if (date(2016, 5, 19) - date(2016, 3, 29)).days >= 59:
        gold.bad("e1: 'أقل من شهرين' from the hijacking to MS804")
    if date(2020, 10, 9).year - 1940 != 80 or date(2019, 4, 10).year - 1941 - 1 != 77:
        gold.bad("k3/a3: the ages (Mishal born 1940, 80; Bensalah born November 1941, 77)")
    check_participants(gold, HERE)



if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
