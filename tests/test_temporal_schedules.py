"""Items of a programme go forward: a weekday or date opening a list line (after a bullet,
before a colon or a dash) a few lines under a word naming a schedule (cues.json
``schedule_nouns``).  The corpus files hold one line per row, so these texts live here."""

from __future__ import annotations

import pytest

from timeline.temporal import tag

DCT = "2020-06-10"  # a Wednesday


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize(("text", "want"), [
    ("برنامج الزيارة:\nالأحد: وصول الوفد إلى الرياض\nالاثنين: لقاء مع ولي العهد",
     [("الأحد", "2020-06-14"), ("الاثنين", "2020-06-15")]),
    ("وجاء في جدول أعمال القمة\n- الثلاثاء - افتتاح الجلسات\n- 3 مايو: البيان الختامي",
     [("الثلاثاء", "2020-06-16"), ("3 مايو", "2021-05-03")]),
])
def test_items_of_a_programme_go_forward(text, want):
    assert _values(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a chronology of past days: no word naming a programme
    ("أبرز الأحداث:\nالأحد: قصف على المدينة\nالاثنين: هدنة", [("الأحد", "2020-06-07"), ("الاثنين", "2020-06-08")]),
    # a weekday inside a line, not opening an item
    ("برنامج الحكومة:\nقال الوزير الأحد: إن الخطة جاهزة", [("الأحد", "2020-06-07")]),
    # the programme word far above (another part of the article)
    ("ناقش البرلمان برنامج الحكومة." + " وأضاف المتحدث أن النقاش كان طويلا." * 12 + "\nالأحد: قصف على المدينة",
     [("الأحد", "2020-06-07")]),
])
def test_lists_that_are_no_programme_stay_past(text, want):
    assert _values(text) == want
