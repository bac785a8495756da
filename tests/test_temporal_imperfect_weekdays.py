"""Temporal round 17: the rules whose cases need more than one line of text (a headline, a
dateline's credit line) or a property over every DCT: ``imperfect_weekday`` (a bare weekday
told in the imperfect in body text is the next such day on or after the DCT; a headline's
present is the historical one), ``credit_line`` (``عمان - الغد`` credits an outlet) and
``within_ahead`` (a 'within' count told of what is to come runs from the DCT).  One-line cases
are corpus rows (tests/corpus/temporal/deictic.tsv, durations.tsv, fuzzy.tsv ...)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import tag

DCTS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2070, 12, 31))
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def days(text: str, dct: str, span: str) -> list[dt.date]:
    return [t.earliest.date() for t in tag(text, dct) if t.text == span]


@settings(max_examples=60, deadline=None)
@given(DCTS, st.integers(0, 6))
def test_imperfect_weekday_is_ahead_and_perfective_behind(dct: dt.date, weekday: int) -> None:
    name = WEEKDAYS[weekday]
    ahead = days(f"يزور الرئيس باريس {name} في زيارة رسمية.", dct.isoformat(), name)
    behind = days(f"زار الرئيس باريس {name} في زيارة رسمية.", dct.isoformat(), name)
    assert len(ahead) == 1 and ahead[0].weekday() == weekday and 0 <= (ahead[0] - dct).days <= 6
    assert len(behind) == 1 and behind[0].weekday() == weekday and 0 <= (dct - behind[0]).days <= 6


def test_headline_present_keeps_the_past() -> None:
    text = "رئيس الوزراء العراقي يزور دمشق الأحد\n\nزار رئيس الوزراء العراقي دمشق الأحد والتقى الرئيس السوري."
    assert days(text, "2023-07-17", "الأحد") == [dt.date(2023, 7, 16)] * 2


def test_headline_alone_keeps_the_past_and_body_reads_ahead() -> None:
    text = "الملك يبحث مع ماكرون الأوضاع في غزة\n\nيزور الملك باريس الخميس ويلتقي الرئيس الفرنسي."
    assert days(text, "2024-03-12", "الخميس") == [dt.date(2024, 3, 14)]
    text = "الملك يزور باريس الخميس\n\nوبحث الملك مع ماكرون الأوضاع في غزة."
    assert days(text, "2024-03-12", "الخميس") == [dt.date(2024, 3, 7)]


def test_credit_line_is_no_day() -> None:
    text = "الحكومة تقر الموازنة\n\nعمان - الغد\n\nأقر مجلس الوزراء في جلسته أمس مشروع الموازنة."
    assert [t.text for t in tag(text, "2024-12-03")] == ["أمس"]
    # a dateline's dash with a sentence after the day word on its line: tomorrow
    text = "الحكومة تقر الموازنة\n\nعمان - غدا يناقش مجلس النواب مشروع الموازنة العامة للدولة."
    assert days(text, "2024-12-03", "غدا") == [dt.date(2024, 12, 4)]


def test_within_ahead_only_of_what_is_to_come() -> None:
    ahead = [t for t in tag("وطالبت المحافظة الشركة بتقديم خطة بديلة خلال 48 ساعة.", "2024-07-03")]
    assert [(t.value, t.earliest.date(), t.latest.date()) for t in ahead] == [("PT48H", dt.date(2024, 7, 3), dt.date(2024, 7, 5))]
    length = tag("وقتل 30 شخصا خلال 48 ساعة في المدينة.", "2024-07-03")
    assert [(t.value, t.earliest) for t in length] == [("PT48H", None)]
