"""Temporal round 18: the rules whose cases need more than one line of text (a dateline's credit
line) or a property over every DCT: ``opening_perfective`` (a clause-opening تفعّل/تفاعل
perfective keeps its weekday past, a feminine imperfect reads it ahead), ``imperfect_weekday``
on a clock (``الساعة 10 GMT يوم السبت``), ``credit_line`` over an outlet of two words
(``القاهرة - المصري اليوم``) and a zoned clock before a day word.  One-line cases are corpus rows
(tests/corpus/temporal/deictic.tsv, clock.tsv, parts_of_day.tsv)."""

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
def test_opening_perfective_is_behind_and_feminine_imperfect_ahead(dct: dt.date, weekday: int) -> None:
    name = WEEKDAYS[weekday]
    behind = days(f"وتبادل الطرفان القصف المدفعي {name} على محاور الريف الجنوبي.", dct.isoformat(), name)
    plural = days(f"وتجمع المتظاهرون أمام المقر {name} عقب الصلاة.", dct.isoformat(), name)
    ahead = days(f"وتعقد اللجنة اجتماعا طارئا {name} لبحث الأوضاع.", dct.isoformat(), name)
    for day in (*behind, *plural):
        assert day.weekday() == weekday and 0 <= (dct - day).days <= 6
    assert len(behind) == len(plural) == len(ahead) == 1
    assert ahead[0].weekday() == weekday and 0 <= (ahead[0] - dct).days <= 6


@settings(max_examples=40, deadline=None)
@given(DCTS, st.integers(0, 6))
def test_clock_on_a_weekday_follows_its_verb(dct: dt.date, weekday: int) -> None:
    name = WEEKDAYS[weekday]
    ahead = [t for t in tag(f"وتبدأ الهدنة الساعة 10 GMT يوم {name}.", dct.isoformat())]
    behind = [t for t in tag(f"وبدأت الهدنة الساعة 10 GMT يوم {name}.", dct.isoformat())]
    assert len(ahead) == len(behind) == 1
    assert 0 <= (ahead[0].earliest.date() - dct).days <= 6 and ahead[0].earliest.hour == 10
    assert 0 <= (dct - behind[0].earliest.date()).days <= 6


def test_credit_line_of_an_outlet_of_two_words() -> None:
    text = "تظاهر المئات أمام النقابة\n\nالقاهرة - المصري اليوم\n\nوتظاهر المئات على سلالم النقابة أمس."
    assert [t.text for t in tag(text, "2023-10-30")] == ["أمس"]
    # a sentence after the day word on the dateline's line: today
    text = "عنوان الخبر\n\nعمان - وصل اليوم وزير الخارجية إلى المدينة لافتتاح المشروع الجديد للطاقة."
    assert days(text, "2023-10-30", "اليوم") == [dt.date(2023, 10, 30)]


def test_zoned_clock_before_a_day_word() -> None:
    got = tag("وأعلن الجيش أن صاروخا أطلق عند الساعة 23:50 بتوقيت غرينتش أمس.", "2024-09-06")
    assert [(t.value, dict(t.extra).get("utc_offset")) for t in got] == [("2024-09-05T23:50", "+00:00")]
