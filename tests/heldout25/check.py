#!/usr/bin/env python3
"""Consistency checks for the twenty-fifth blind held-out gold.  Run after build.py (the checks are
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
HIJRI = [((1434, 7, 10), "2013-05-20"), ((1441, 4, 15), "2019-12-12")]

#: day counts stated in the texts: (from, to, days, what)
DAY_COUNTS = [
    ("2025-07-28", "2025-08-07", 10, "a3: the GBC deal 'بعد عشرة أيام من محادثات بوتراجايا'"),
    ("2025-07-26", "2025-07-28", 2, "a3: Trump's calls 'قبل يومين من لقاء بوتراجايا'"),
    ("2020-02-02", "2020-02-03", 1, "b2: Pompeo's call 'قبل يوم واحد من اللقاء'"),
    ("2020-02-01", "2020-02-03", 2, "b2: the meeting 'بعد يومين فقط' of the Arab League session"),
    ("2020-10-19", "2020-10-23", 4, "b3: the announcement 'بعد أربعة أيام' of Monday's"),
    ("2021-10-30", "2021-10-31", 1, "c2/c3: Kombolcha 'في اليوم التالي'"),
    ("2021-11-22", "2021-11-24", 2, "c3: Abiy at the front 'بعد يومين من ذلك'"),
    ("2022-09-04", "2022-09-20", 16, "d2: Francis arrested 'بعد ستة عشر يوما'"),
    ("2023-12-20", "2023-12-27", 7, "d3: 'بعد أسبوع على عملية التبادل'"),
    ("2023-10-17", "2023-10-18", 1, "d3: the sanctions eased 'في اليوم التالي لتوقيع الاتفاق'"),
]


def _facts(gold):
    if not 35 < (date(2021, 12, 6) - date(2021, 10, 30)).days < 42:
        gold.bad("c3: 'بعد أكثر من خمسة أسابيع على سقوط ديسي'")
    if not (date(2021, 12, 6) - date(2021, 12, 1)).days < 7:
        gold.bad("c3: 'بعد أقل من أسبوع على استعادة ... لاليبيلا'")
    if not 13 <= (date(2021, 11, 2) - date(2021, 10, 18)).days <= 16:
        gold.bad("c2: 'بعد أسبوعين من الغارة الجوية' of 18 October")
    if not 55 <= (date(2023, 12, 20) - date(2023, 10, 17)).days <= 65:
        gold.bad("d3: 'بعد شهرين من اتفاق بربادوس'")
    if not (date(2023, 12, 20) - date(2021, 10, 16)).days > 730:
        gold.bad("d3: 'بعد أكثر من عامين على تسليمه'")
    check_participants(gold, HERE)


if __name__ == "__main__":
    check_event_set(HERE, HIJRI, DAY_COUNTS, merged="across", extra=_facts)
