"""Temporal round 19: the rules whose cases need more than one line of text (a headline over
its lead) or a property over every DCT: ``headline_eve`` (``عشية الاقتراع`` in a headline, dated by
the lead), ``open_end`` (a begin before ``حتى إشعار آخر`` keeps its day and opens the interval),
``decreed_action`` (a weekday closing a decision's clause lies ahead, one right after the verb
is the decision's), and years before Christ (no interval, a ``BC`` value).  One-line cases are
corpus rows (tests/corpus/temporal/history.tsv, vague.tsv, deictic.tsv, year_parts.tsv,
durations.tsv)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import tag

DCTS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2070, 12, 31))
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def test_headline_eve_is_the_day_before_the_leads_day() -> None:
    text = "عشية الاقتراع: الجزائريون يختارون نوابهم\n\nيتوجه الناخبون غدا السبت إلى صناديق الاقتراع."
    got = [t for t in tag(text, "2021-06-11") if t.text == "عشية"]
    assert len(got) == 1 and got[0].earliest.date() == dt.date(2021, 6, 11)
    assert got[0].rule == "narrative.headline_eve"


def test_headline_eve_the_lead_does_not_date_stays_untagged() -> None:
    text = "عشية الاقتراع: الجزائريون يختارون نوابهم\n\nقال المسؤول غدا السبت إن الاستعدادات اكتملت."
    assert not [t for t in tag(text, "2021-06-11") if t.text == "عشية"]


@settings(max_examples=40, deadline=None)
@given(DCTS, st.integers(0, 6))
def test_open_end_keeps_the_begin_day(dct: dt.date, weekday: int) -> None:
    name = WEEKDAYS[weekday]
    plain = [t for t in tag(f"أغلقت السلطات المعبر اعتبارا من {name}.", dct.isoformat()) if t.text == name]
    opened = tag(f"أغلقت السلطات المعبر اعتبارا من {name} حتى إشعار آخر.", dct.isoformat())
    begin = [t for t in opened if t.text == name]
    end = [t for t in opened if t.value == "FUTURE_REF"]
    assert len(plain) == len(begin) == len(end) == 1
    assert (begin[0].earliest, begin[0].latest) == (plain[0].earliest, plain[0].latest)
    assert begin[0].mod == "ON_OR_AFTER" and dict(begin[0].extra)["end"] == "FUTURE_REF"
    assert dict(end[0].extra)["begin"] == begin[0].value and end[0].earliest is None


@settings(max_examples=40, deadline=None)
@given(DCTS, st.integers(0, 6))
def test_decreed_action_ahead_decision_day_behind(dct: dt.date, weekday: int) -> None:
    name = WEEKDAYS[weekday]
    ahead = [t.earliest.date() for t in tag(f"قررت وزارة التربية تأخير دوام المدارس يوم {name}.", dct.isoformat())
             if t.text == f"يوم {name}"]
    behind = [t.earliest.date() for t in tag(f"قررت المحكمة {name} تأجيل الجلسة.", dct.isoformat())
              if t.text == name]
    assert len(ahead) == len(behind) == 1
    assert ahead[0].weekday() == behind[0].weekday() == weekday
    assert 0 <= (ahead[0] - dct).days <= 6 and 0 <= (dct - behind[0]).days <= 6


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 3000))
def test_a_year_before_christ_has_its_value_and_no_interval(year: int) -> None:
    got = [t for t in tag(f"بني المعبد عام {year} قبل الميلاد.", "2020-01-01") if t.rule == "history.bc_year"]
    assert len(got) == 1 and got[0].value == f"BC{year:04d}" and got[0].earliest is None and got[0].latest is None
