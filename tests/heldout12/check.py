#!/usr/bin/env python3
"""Consistency checks for the twelfth blind held-out gold.  Run after build.py (the checks are
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
HIJRI = [((1434, 3, 6), "2013-01-18"), ((1443, 3, 2), "2021-10-08")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2013-01-16", "2013-01-17", 1, "a3: the first assault 'في اليوم التالي' of the attack"),
    ("2020-03-07", "2020-03-09", 2, "c2/c3: the ministry's default 'بعد يومين' of Diab's announcement"),
    ("2020-04-30", "2020-05-01", 1, "c3: the request 'غداة' the cabinet's plan"),
    ("2022-10-12", "2022-10-13", 1, "d2: Aoun's speech 'بعد يوم واحد' of the Israeli cabinet's approval"),
    ("2022-10-26", "2022-10-27", 1, "d3: the letters 'بعد يوم' of Energean's announcement"),
]


def _facts(gold):
    if not 12 <= (date(2015, 9, 24) - date(2015, 9, 11)).days <= 16:
        gold.bad("b2: the stampede 'بعد أسبوعين' of the crane's fall")
    if not 3 <= (date(2013, 1, 16) - date(2013, 1, 11)).days <= 9:
        gold.bad("a3: the hostages taken 'بعد أيام' of France's operation in Mali")
    if date(2021, 10, 7).year - 2007 != 14:
        gold.bad("x2: '14 عاما' of Mike Ashley's ownership (bought in 2007)")
    if not 5.5 < (date(2023, 9, 4) - date(2023, 3, 2)).days / 30.44 < 6.5:
        gold.bad("x4: 'ستة أشهر' from al-Neyadi's launch to his return (4 September 2023)")
    if (date(2013, 1, 17) - date(2013, 1, 16)).days != 1 or date(2013, 1, 19).weekday() != 5:
        gold.bad("a2/a3: the first assault the day after the attack, the second on a Saturday")
    check_participants(gold, HERE)



if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
