"""Temporal round 20: what a corpus row cannot say (grains, extras, a property over every DCT,
the spoken-form filter): ``cycles.fiscal_part`` (a quarter of a fiscal year in its state's
months), ``year_parts.similar_period`` (the period just named, a year back), ``clock.after_midnight``
(the next day's small hour), Gulf ``باكر`` (an overlay word, tomorrow only before a part of the
day), the millennium grain, and an open end after a word of putting off.  One-line cases are
corpus rows (tests/corpus/temporal/cycles.tsv, year_parts.tsv, clock.tsv, deictic.tsv,
negative.tsv)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import tag

DCTS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))


def _one(text: str, dct: str, surface: str, **kw):
    got = [t for t in tag(text, dct, **kw) if surface in t.text]
    assert len(got) == 1, got
    return got[0]


def test_millennium_has_its_own_grain() -> None:
    t = _one("شهدت الألفية الثالثة تحولات كبرى", "2016-11-07", "الألفية")
    assert (t.value, t.grain, t.earliest.year, t.latest.year) == ("2", "millennium", 2000, 2999)
    bc = _one("قطع تعود إلى الألفية الثالثة قبل الميلاد", "2016-11-07", "الألفية")
    assert (bc.value, bc.grain, bc.earliest) == ("BC2", "millennium", None)


def test_fiscal_quarter_of_a_year_without_a_state_is_the_whole_span() -> None:
    t = _one("خفض الدين حتى الربع الأخير من العام المالي 2026/2027.", "2024-11-12", "الربع")
    assert t.earliest.date() == dt.date(2026, 1, 1) and t.latest.date() == dt.date(2027, 12, 31)


def test_kuwait_fiscal_half_keeps_its_months() -> None:
    t = _one("وارتفع العجز في الكويت خلال النصف الأول من السنة المالية 2023/2024", "2024-01-10", "النصف")
    assert (t.type, t.value, dict(t.extra)["begin"], dict(t.extra)["end"]) == ("DURATION", "P6M", "2023-04-01", "2023-09-30")


@settings(max_examples=40, deadline=None)
@given(DCTS)
def test_egypt_fiscal_quarter_lies_in_its_year(dct: dt.date) -> None:
    year = dct.year
    text = f"ارتفعت الإيرادات في مصر خلال الربع الثاني من العام المالي {year}/{year + 1}."
    t = _one(text, dct.isoformat(), "الربع")
    assert (t.value, t.earliest.date(), t.latest.date()) == (f"{year}-Q4", dt.date(year, 10, 1), dt.date(year, 12, 31))


def test_similar_period_with_nothing_named_before_is_the_year_alone() -> None:
    t = _one("وتراجعت المبيعات مقارنة بالفترة نفسها من العام الماضي.", "2024-08-06", "بالفترة")
    assert (t.value, t.grain) == ("2023", "year")


@settings(max_examples=40, deadline=None)
@given(DCTS)
def test_after_midnight_is_the_day_after_the_midnight(dct: dt.date) -> None:
    text = "عند الساعة الثانية بعد منتصف ليل الخميس"
    clock = _one(text, dct.isoformat(), "الساعة")
    midnight = _one("عند منتصف ليل الخميس", dct.isoformat(), "منتصف")
    assert clock.earliest == dt.datetime.combine(midnight.earliest.date() + dt.timedelta(days=1), dt.time(2, 0))


def test_bakir_is_a_gulf_word() -> None:
    text = "«باكر الصبح تنزل شحنة جديدة»"
    assert _one(text, "2025-02-18", "باكر", dialects=("gulf",)).earliest.date() == dt.date(2025, 2, 19)
    assert not [t for t in tag(text, "2025-02-18", dialects=("egyptian",)) if "باكر" in t.text]


def test_open_end_after_putting_off_is_dropped_but_its_begin_stays() -> None:
    got = tag("أرجئت المحاكمة اعتبارا من الأحد حتى إشعار آخر.", "2023-02-13")
    assert [t.text for t in got] == ["الأحد"]
