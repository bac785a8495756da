"""Temporal round 16: readings that need a whole article (a headline over its body, rule
``headline_echo`` in ``timeline/temporal/echoes.py``) or an article's input key (``country``:
Morocco's Hijri months, ``timeline/temporal/observed_calendar.py``).  The corpus rows
(``tests/corpus/temporal/*.tsv``) hold one line each; these texts have a headline line."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import timeline
from timeline.model import Article
from timeline.temporal import hijri as umm_al_qura
from timeline.temporal import tag_article
from timeline.temporal.observed_calendar import ObservedCalendar, calendar_for

#: (article text, DCT, span, occurrence, expected value)
HEADLINES = [
    # a verbless headline's weekday is the one its lead names (the coming Tuesday)
    ("مجلس الوزراء في جلسة استثنائية الثلاثاء لبحث الموازنة\n\nعمان - بترا\n\nيعقد مجلس الوزراء جلسة "
     "استثنائية يوم الثلاثاء المقبل لمناقشة مشروع قانون الموازنة.", "2024-03-10", "الثلاثاء", 1, "2024-03-12"),
    # ... and the past one when the lead tells it in the past
    ("وفاة شخصين في حريق بمبنى سكني في الشارقة الجمعة\n\nلقي شخصان حتفهما في حريق اندلع في مبنى "
     "سكني يوم الجمعة.", "2024-01-07", "الجمعة", 1, "2024-01-05"),
    # a headline's month without a year is the month its body names
    ("فتح باب التسجيل في ماراثون دبي 2025 في أكتوبر\n\nأعلنت اللجنة أن باب التسجيل للنسخة المقبلة "
     "يفتح في أكتوبر.", "2024-04-16", "أكتوبر", 1, "2024-10"),
    # a first line ending with a full stop is a sentence, not a title: no echo
    ("وصل الوزير إلى عمان الثلاثاء.\n\nويعقد مجلس الوزراء جلسة استثنائية يوم الثلاثاء المقبل.",
     "2024-03-10", "الثلاثاء", 1, "2024-03-05"),
    # a body weekday more than a week from the paper's day is another week's: no echo
    ("لقاء تشاوري الخميس في عمان\n\nوكان لقاء أول قد عقد يوم الخميس 15 فبراير.", "2024-03-10",
     "الخميس", 1, "2024-03-07"),
]

#: rule headline_days_echo (temporal round 29): a headline's day and month with no year, or a
#: range of them, takes the year the body gives the same days (article, DCT, span, first day, last day)
HEADLINE_DAYS = [
    ("امتحانات الشهادة: أسبوع من 8 إلى 12 جوان\n\nأعلنت الوزارة اليوم أن الامتحانات تجرى من الأحد 8 "
     "إلى الخميس 12 جوان 2025.", "2025-05-20", "من 8 إلى 12 جوان", "2025-06-08", "2025-06-12"),
    ("المعرض الدولي للكتاب: 3 يوليو\n\nأعلنت الهيئة أن المعرض يفتح أبوابه يوم 3 يوليو 2025 في مدينة "
     "المعارض.", "2025-06-20", "3 يوليو", "2025-07-03", "2025-07-03"),
    # a body year far from the DCT (a history feature) lends nothing: the headline keeps its reading
    ("المعرض الدولي للكتاب: 3 يوليو\n\nأعلنت الهيئة أن المعرض افتتح يوم 3 يوليو 1990 في مدينة "
     "المعارض.", "2025-06-20", "3 يوليو", "2024-07-03", "2024-07-03"),
    # a body mention of the same days with no year of its own lends nothing
    ("تأجيل محاكمة المتهمين إلى 3 ديسمبر\n\nأجلت المحكمة، اليوم الأحد، محاكمة المتهمين إلى جلسة 3 ديسمبر "
     "لسماع الشهود، وكانت قد نظرت القضية في 3 ديسمبر 2022.", "2023-11-19", "3 ديسمبر", "2023-12-03", "2023-12-03"),
    # other days in the body lend nothing either
    ("امتحانات الشهادة: أسبوع من 8 إلى 12 جوان\n\nوكانت امتحانات العام الماضي قد جرت من 9 إلى 13 جوان "
     "2024.", "2025-05-20", "من 8 إلى 12 جوان", "2024-06-08", "2024-06-12"),
]

#: (text, DCT, country, span, occurrence, expected value, earliest day, latest day)
CALENDARS = [
    ("أعلنت الوزارة أن يوم غد هو فاتح شهر رمضان المبارك لعام 1445.", "2024-03-11", "MA",
     "فاتح شهر رمضان", 1, "2024-03-12", "2024-03-12", "2024-03-12"),
    ("أعلنت الوزارة أن يوم غد هو فاتح شهر رمضان المبارك لعام 1445.", "2024-03-11", None,
     "فاتح شهر رمضان", 1, "2024-03-11", "2024-03-11", "2024-03-11"),
    ("وكان عيد الأضحى الماضي قد صادف يوم الخميس.", "2024-03-11", "MA", "عيد الأضحى", 1,
     "2023-06-29", "2023-06-29", "2023-06-29"),
    ("وكان عيد الأضحى الماضي قد صادف يوم الأربعاء.", "2024-03-11", "SA", "عيد الأضحى", 1,
     "2023-06-28", "2023-06-28", "2023-06-28"),
    ("وتمتد العطلة من 10 ذي الحجة إلى 12 ذي الحجة.", "2023-06-17", "MA", "من 10 ذي الحجة", 1,
     "P3D", "2023-06-29", "2023-07-01"),
    # a month the Ministry's list leaves out: a day after Umm al-Qura (1 Sha'ban 1445: 11 February)
    ("وبدأ شهر شعبان يوم 1 شعبان 1445.", "2024-03-01", "MA", "1 شعبان 1445", 1,
     "2024-02-12", "2024-02-12", "2024-02-12"),
]


def _find(timexes, text, span, occurrence):
    start = -1
    for _ in range(occurrence):
        start = text.index(span, start + 1)
    return [t for t in timexes if t.start <= start < t.end]


@pytest.mark.parametrize("text, dct, span, occurrence, value", HEADLINES)
def test_headline_echo(text, dct, span, occurrence, value):
    got = _find(timeline.temporal.tag(text, dct), text, span, occurrence)
    assert [t.value for t in got] == [value], [(t.text, t.value) for t in got]


@pytest.mark.parametrize("text, dct, span, first, last", HEADLINE_DAYS)
def test_headline_days_echo(text, dct, span, first, last):
    got = _find(timeline.temporal.tag(text, dct), text, span, 1)
    assert [(str(t.earliest.date()), str(t.latest.date())) for t in got] == [(first, last)], \
        [(t.text, t.value, t.earliest) for t in got]


@pytest.mark.parametrize("text, dct, country, span, occurrence, value, earliest, latest", CALENDARS)
def test_country_calendar(text, dct, country, span, occurrence, value, earliest, latest):
    extra = {"country": country} if country else {}
    article = Article(id="a", text=text, published=dt.datetime.fromisoformat(dct), extra=extra)
    got = _find(tag_article(article), text, span, occurrence)
    assert [(t.value, t.earliest.date().isoformat(), t.latest.date().isoformat()) for t in got] \
        == [(value, earliest, latest)], [(t.text, t.value, t.earliest, t.latest) for t in got]


def test_unknown_country_keeps_umm_al_qura():
    assert calendar_for(None) is umm_al_qura and calendar_for("SA") is umm_al_qura and calendar_for("xx") is umm_al_qura
    assert isinstance(calendar_for("ma"), ObservedCalendar)


@given(st.dates(min_value=dt.date(2021, 1, 1), max_value=dt.date(2026, 12, 31)))
def test_observed_months_tile_the_days(day):
    """Every day is in exactly one Moroccan month, and converts back to itself; the month
    starts at most two days from Umm al-Qura's."""
    cal = calendar_for("MA")
    year, month, d = cal.from_gregorian(day)
    assert cal.to_gregorian(year, month, d) == day
    first, last = cal.month_span(year, month)
    assert first <= day <= last and 29 <= (last - first).days + 1 <= 30
    assert abs((first - umm_al_qura.month_span(year, month)[0]).days) <= 2
