#!/usr/bin/env python3
"""Consistency checks for the thirteenth blind held-out gold.  Run after build.py (the checks are
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
HIJRI = [((1436, 5, 29), "2015-03-20"), ((1440, 9, 17), "2019-05-22"), ((1431, 1, 19), "2010-01-05")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2014-05-13", "2014-05-14", 1, "a2: Erdogan's visit 'بعد يوم' of the blast"),
    ("2014-05-17", "2014-05-18", 1, "a3: the arrests 'غداة' the end of the search"),
    ("2015-03-18", "2015-03-19", 1, "c3: the claim 'في اليوم التالي' of the attack"),
    ("2016-11-11", "2016-11-13", 2, "d3: the IMF board 'أول أمس' of publication"),
    ("2016-11-09", "2016-11-11", 2, "d3: the IMF approval 'بعد يومين' of the Sisi-Trump call"),
]


def _facts(gold):
    if not (date(2017, 10, 26) - date(2017, 9, 1)).days <= 60:
        gold.bad("b1: the new election 'في غضون 60 يوما' of the ruling (held on 26 October)")
    if 2010 - 2006 != 4:
        gold.bad("x3: 'الذكرى الرابعة' of Mohammed bin Rashid's accession (4 January 2006)")
    if not date(2021, 7, 27) < date(2021, 8, 1):
        gold.bad("x1: Fares Ibrahim's gold before Barshim's")
    check_participants(gold, HERE)



if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
