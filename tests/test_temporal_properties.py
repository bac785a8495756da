"""Properties of the tagger that must hold for any input and any publication date."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import hijri, tag
from timeline.temporal.lexicon import LEXICON

LEXICON_DIR = Path(__file__).resolve().parent.parent / "timeline" / "lexicon" / "temporal"
WEEKDAYS: dict[int, str] = {}
for _name, _number in json.loads((LEXICON_DIR / "weekdays.json").read_text(encoding="utf-8"))["weekdays"].items():
    WEEKDAYS.setdefault(_number, _name)

DCTS = st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2070, 12, 31))
WORDS = st.sampled_from(["أمس", "اليوم", "الأربعاء", "مساء", "الماضي", "يوم", "10", "أكتوبر", "2020", "عام",
                         "منذ", "5", "أيام", "الساعة", "السابعة", "و", "من", "الشهر", "الجاري", "قبل", "ذلك",
                         "بيومين", "يومي", "الـ", "ليلة", "السبت", "إلى", "الأحد", "مطلع", "هـ", "رمضان", "،"])


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_never_crashes(text):
    for timex in tag(text, dt.date(2020, 10, 1)):
        assert text[timex.start:timex.end] == timex.text


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=25).map(" ".join), DCTS)
def test_spans_and_intervals_are_consistent(text, dct):
    timexes = tag(text, dct)
    assert [(t.start, t.end) for t in timexes] == sorted((t.start, t.end) for t in timexes)
    for timex in timexes:
        assert text[timex.start:timex.end] == timex.text
        assert (timex.earliest is None) == (timex.latest is None)
        if timex.earliest is not None:
            assert timex.earliest <= timex.latest


@given(DCTS)
def test_yesterday_is_the_day_before(dct):
    (timex,) = tag("وصل الوفد أمس", dct)
    assert timex.earliest.date() == timex.latest.date() == dct - dt.timedelta(days=1)


@given(DCTS, st.integers(0, 6))
def test_bare_weekday_is_within_the_past_week(dct, weekday):
    (timex,) = tag(f"وقال الوزير {WEEKDAYS[weekday]} إن", dct)
    day = timex.earliest.date()
    assert day.weekday() == weekday
    assert dct - dt.timedelta(days=6) <= day <= dct


@given(DCTS, st.integers(0, 6))
def test_next_weekday_is_within_the_coming_week(dct, weekday):
    (timex,) = tag(f"يصل الوفد {WEEKDAYS[weekday]} المقبل", dct)
    day = timex.earliest.date()
    assert day.weekday() == weekday
    assert dct + dt.timedelta(days=1) <= day <= dct + dt.timedelta(days=7)


@given(DCTS, st.integers(0, 6))
def test_last_weekday_is_strictly_before(dct, weekday):
    (timex,) = tag(f"وصل الوفد {WEEKDAYS[weekday]} الماضي", dct)
    day = timex.earliest.date()
    assert day.weekday() == weekday
    assert dct - dt.timedelta(days=7) <= day <= dct - dt.timedelta(days=1)


@given(st.dates(min_value=dt.date(1925, 1, 1), max_value=dt.date(2077, 1, 1)))
def test_hijri_round_trip(day):
    year, month, mday = hijri.from_gregorian(day)
    text = f"في {mday} {LEXICON.month_names[('hijri', month)]} {year} هـ"
    (timex,) = tag(text, dt.date(2020, 1, 1))
    assert timex.earliest.date() == day == timex.latest.date()


LEXICON_WORDS = st.sampled_from(sorted(LEXICON.roles) + ["5", "17", "2020", "1441", "14:30", "27/9/2020", "الـ",
                                                         "،", "/", "-", "(", ")", ".", "و", "ب", "ال"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(LEXICON_WORDS, max_size=12).map(" ".join), DCTS,
       st.sampled_from(["past", "future", "nearest"]))
def test_any_sequence_of_lexicon_words_is_handled(text, dct, prefer):
    for timex in tag(text, dct, prefer=prefer):
        assert text[timex.start:timex.end] == timex.text
        if timex.earliest is not None:
            assert timex.earliest <= timex.latest


@settings(max_examples=500, deadline=None)
@given(st.lists(LEXICON_WORDS, max_size=8).map("".join), DCTS)
def test_glued_lexicon_words_are_handled(text, dct):
    for timex in tag(text, dct):
        assert text[timex.start:timex.end] == timex.text


@given(DCTS, st.integers(0, 6))
def test_nearest_weekday_is_at_most_three_days_away(dct, weekday):
    (timex,) = tag(f"نلتقي {WEEKDAYS[weekday]} في المقهى", dct, prefer="nearest")
    day = timex.earliest.date()
    assert day.weekday() == weekday
    assert abs((day - dct).days) <= 3


MONTH_NAMES = {1: "يناير", 2: "فبراير", 3: "مارس", 4: "أبريل", 5: "مايو", 6: "يونيو", 7: "يوليو",
               8: "أغسطس", 9: "سبتمبر", 10: "أكتوبر", 11: "نوفمبر", 12: "ديسمبر"}


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 28), st.integers(1, 28), st.integers(1, 12), st.integers(1990, 2030),
       st.sampled_from(["من {a} إلى {b} {m} {y}", "بين {a} و{b} {m} {y}", "من {a} حتى {b} {m} {y}"]), DCTS)
def test_a_day_range_is_one_expression_from_its_begin_to_its_end(a, b, month, year, form, dct):
    text = "وجرت الانتخابات " + form.format(a=a, b=b, m=MONTH_NAMES[month], y=year) + " في البلاد."
    ranges = [t for t in tag(text, dct) if t.type == "DURATION" and "begin" in dict(t.extra)]
    if a > b:
        assert not ranges  # an end before the begin is no range
        return
    (timex,) = ranges
    assert (timex.earliest.date(), timex.latest.date()) == (dt.date(year, month, a), dt.date(year, month, b))
    assert timex.value == f"P{b - a + 1}D"
    assert dict(timex.extra) == {"begin": f"{year:04d}-{month:02d}-{a:02d}", "end": f"{year:04d}-{month:02d}-{b:02d}"}
    assert text[timex.start:timex.end].startswith(form.split(" ")[0])


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 60), st.integers(1, 28), DCTS)
def test_compound_durations_add_their_parts(months, days, dct):
    text = f"واستمر الحصار {months} شهرا و{days} يوما."
    values = [t.value for t in tag(text, dct) if t.type == "DURATION"]
    assert f"P{months}M{days}D" in values
