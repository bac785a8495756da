#!/usr/bin/env python3
"""Consistency checks for the sixteenth blind held-out gold.  Run after build.py (the checks are
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
- the Hijri dateline agrees with the Umm al-Qura calendar (needs the `hijridate`
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
HIJRI = [((1438, 4, 27), "2017-01-25")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2017-01-23", "2017-01-24", 1, "a2: 'بعد يومين من المفاوضات' (talks on 23 and 24 January)"),
    ("2017-01-23", "2017-01-25", 2, "a2: 'أول من أمس (الاثنين)' in Wednesday's paper"),
    ("2017-01-30", "2017-01-31", 1, "b2: the speech 'غداة' the decision"),
    ("2019-03-21", "2019-03-24", 3, "c3: the vote 'بعد ثلاثة أيام من غرق' the ferry"),
    ("2019-03-21", "2019-03-22", 1, "c3: Salih's visit 'في اليوم التالي'"),
    ("2015-12-01", "2015-12-05", 4, "d3: 'بعد أربعة أيام على صفقة التبادل'"),
    ("2014-12-05", "2015-12-05", 365, "d3: 'بعد عام على إعدام' al-Bazzal"),
]


def _facts(gold):
    if 2017 - 1984 != 33:
        gold.bad("b2: the withdrawal 'قبل 33 عاما' (1984 to 2017)")
    if (2015 - 2014) * 12 + (12 - 8) != 16:
        gold.bad("d2: '16 شهراً' of captivity (August 2014 to December 2015)")
    if not (date(2015, 12, 1) - date(2014, 8, 2)).days > 365:
        gold.bad("d3: negotiations of 'أكثر من عام' (from August 2014)")
    check_participants(gold, HERE)



if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
