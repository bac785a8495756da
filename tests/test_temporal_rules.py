"""Conventions of the tagger, one family per test, stated as (text, DCT) -> expected reading.

Expected values come from the project conventions (past preference, named weekday wins,
part-of-day hours, fuzzy thirds), not from the tagger's own output.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import InputError, timex_record
from timeline.temporal import find_dateline, tag

D = dt.date


def one(text, dct, prefer="past"):
    timexes = tag(text, dct, prefer=prefer)
    assert len(timexes) == 1, [(t.text, t.value) for t in timexes]
    return timexes[0]


def days(timex):
    return timex.earliest.date(), timex.latest.date()


# (text, DCT, expected first day, expected last day) for day-grain expressions
DAY_CASES = [
    ("وصل الوفد أمس", "2020-10-01", D(2020, 9, 30)),
    ("وصل الوفد البارحة", "2020-10-01", D(2020, 9, 30)),
    ("وصل الوفد أول أمس", "2020-10-01", D(2020, 9, 29)),
    ("يصل الوفد غداً", "2020-10-01", D(2020, 10, 2)),
    ("يصل الوفد بعد غد", "2020-10-01", D(2020, 10, 3)),
    ("قال الوزير الخميس", "2020-10-01", D(2020, 10, 1)),  # Thursday paper: the DCT itself
    ("وصل الخميس الماضي", "2020-10-01", D(2020, 9, 24)),
    ("يصل الخميس المقبل", "2020-10-01", D(2020, 10, 8)),
    ("يصل الخميس القادم", "2020-10-01", D(2020, 10, 8)),
    ("سيعقد الاجتماع الأحد", "2020-10-01", D(2020, 10, 4)),
    ("من المقرر أن يصل الأحد", "2020-10-01", D(2020, 10, 4)),
    ("وصل يوم الأحد", "2020-10-01", D(2020, 9, 27)),
    ("وقع في 27/9/2020", "2020-10-01", D(2020, 9, 27)),
    ("وقع في 27-9-2020", "2020-10-01", D(2020, 9, 27)),
    ("وقع في 2020-09-27", "2020-10-01", D(2020, 9, 27)),
    ("وقع في ٢٧/٩/٢٠٢٠", "2020-10-01", D(2020, 9, 27)),
    ("وقع في الرابع والعشرين من أيلول", "2020-10-01", D(2020, 9, 24)),
    ("وقع في 24 تموز 2019", "2020-10-01", D(2019, 7, 24)),
    ("وقع في 3 جويلية 2019", "2020-10-01", D(2019, 7, 3)),
    ("وقع في 3 شتنبر 2019", "2020-10-01", D(2019, 9, 3)),
    ("وقع في 3 تشرين الأول/أكتوبر 2019", "2020-10-01", D(2019, 10, 3)),
    ("والـ17 من الشهر الجاري", "2020-10-22", D(2020, 10, 17)),
    ("قبل 3 أيام", "2020-10-01", D(2020, 9, 28)),
    ("بعد يومين", "2020-10-01", D(2020, 10, 3)),
    ("في وقت سابق اليوم", "2020-10-01", D(2020, 10, 1)),
    ("في 15 رمضان 1441 هـ", "2020-10-01", D(2020, 5, 8)),
]


@pytest.mark.parametrize(("text", "dct", "day"), DAY_CASES)
def test_day_expressions(text, dct, day):
    timex = one(text, dct)
    assert days(timex) == (day, day)


def test_named_weekday_wins_over_a_contradicting_day_word():
    monday = "2020-10-05"
    timex = one("وصل أمس الأربعاء", monday)
    assert days(timex) == (D(2020, 9, 30), D(2020, 9, 30))
    assert timex.warnings
    timex = one("قال اليوم الأحد", monday)
    assert timex.earliest.date().weekday() == 6 and timex.warnings
    assert not one("وصل أمس الأحد", monday).warnings


def test_prefer_future_flips_bare_weekday_and_month():
    assert one("الخميس", "2020-10-02", prefer="future").earliest.date() == D(2020, 10, 8)
    assert one("في أكتوبر", "2020-11-02", prefer="future").value == "2021-10"
    assert one("في أكتوبر", "2020-11-02").value == "2020-10"
    assert one("في ديسمبر", "2020-11-02").value == "2019-12"


@pytest.mark.parametrize(("text", "value", "first", "last"), [
    ("مساء الأربعاء", "2020-09-30TEV", dt.datetime(2020, 9, 30, 18), dt.datetime(2020, 9, 30, 23, 59, 59)),
    ("صباح الأربعاء", "2020-09-30TMO", dt.datetime(2020, 9, 30, 6), dt.datetime(2020, 9, 30, 11, 59, 59)),
    ("فجر الأربعاء", "2020-09-30TMO", dt.datetime(2020, 9, 30, 3), dt.datetime(2020, 9, 30, 6, 59, 59)),
    ("ظهر الأربعاء", "2020-09-30TMI", dt.datetime(2020, 9, 30, 11), dt.datetime(2020, 9, 30, 14, 59, 59)),
    ("عصر الأربعاء", "2020-09-30TAF", dt.datetime(2020, 9, 30, 15), dt.datetime(2020, 9, 30, 17, 59, 59)),
    ("ليلة السبت إلى الأحد", "2020-09-26TNI", dt.datetime(2020, 9, 26, 18), dt.datetime(2020, 9, 27, 5, 59, 59)),
    ("ليل السبت-الأحد", "2020-09-26TNI", dt.datetime(2020, 9, 26, 18), dt.datetime(2020, 9, 27, 5, 59, 59)),
])
def test_parts_of_day(text, value, first, last):
    timex = one(text, "2020-10-01")
    assert (timex.type, timex.value, timex.earliest, timex.latest) == ("TIME", value, first, last)


def test_lone_night_of_a_weekday_is_left_open():
    # rule night_open (temporal round 25): ليلة السبت is the eve or Saturday night; the interval
    # spans both, the value is the named day's night, a warning says so
    timex = one("ليلة السبت", "2020-10-01")
    assert timex.value == "2020-09-26TNI"
    assert timex.earliest == dt.datetime(2020, 9, 25, 18)
    assert timex.latest == dt.datetime(2020, 9, 27, 5, 59, 59)
    assert timex.warnings


def test_night_decided_by_a_pair_in_the_text():
    # rule night_decided: the body's ليلة الخميس على الجمعة decides the headline's ليلة الخميس
    timexes = tag("اشتباكات ليلة الخميس. وشهدت المدينة ليلة الخميس على الجمعة اشتباكات.", "2025-08-22")
    assert (timexes[0].value, timexes[0].latest, timexes[0].warnings) == (
        "2025-08-21TNI", dt.datetime(2025, 8, 22, 5, 59, 59), ())


def test_bare_clock_time_takes_the_date_in_play():
    text = "ودخل الاتفاق الذي أعلن يوم 10 أكتوبر حيز التنفيذ. وبدأ سريانه الساعة السابعة مساءً"
    timexes = tag(text, "2020-10-20")
    clock = timexes[-1]
    assert (clock.value, clock.anchor) == ("2020-10-10T19:00", "narrative")
    assert clock.earliest == dt.datetime(2020, 10, 10, 19)


def test_clock_zone_is_kept_without_shifting():
    timex = one("الساعة 14:30 بتوقيت غرينتش", "2020-10-01")
    assert timex.value == "2020-10-01T14:30"
    assert dict(timex.extra)["utc_offset"] == "+00:00"


@pytest.mark.parametrize(("text", "value", "first", "last"), [
    ("مطلع تشرين الأول/أكتوبر", "2020-10", D(2020, 10, 1), D(2020, 10, 10)),
    ("منتصف أيلول", "2020-09", D(2020, 9, 11), D(2020, 9, 20)),
    ("أواخر سبتمبر", "2020-09", D(2020, 9, 21), D(2020, 9, 30)),
    ("مطلع العام الماضي", "2019", D(2019, 1, 1), D(2019, 4, 30)),
    ("الأسبوع الماضي", "2020-W39", D(2020, 9, 21), D(2020, 9, 27)),
    ("الشهر المقبل", "2020-11", D(2020, 11, 1), D(2020, 11, 30)),
    ("هذا العام", "2020", D(2020, 1, 1), D(2020, 12, 31)),
    ("عام 1992", "1992", D(1992, 1, 1), D(1992, 12, 31)),
])
def test_months_years_and_fuzzy_parts(text, value, first, last):
    timex = one(text, "2020-10-04")
    assert (timex.value, *days(timex)) == (value, first, last)


@pytest.mark.parametrize(("text", "value", "interval"), [
    ("منذ 5 أيام", "P5D", (D(2020, 9, 26), D(2020, 10, 1))),
    ("خلال الأيام الأربعة الماضية", "P4D", (D(2020, 9, 27), D(2020, 10, 1))),
    ("على مدى السنوات العشر الأخيرة", "P10Y", (D(2010, 10, 1), D(2020, 10, 1))),
    ("لمدة شهرين", "P2M", None),
    ("خلال الأيام الأربعة", "P4D", None),
])
def test_durations(text, value, interval):
    timex = one(text, "2020-10-01")
    assert (timex.type, timex.value) == ("DURATION", value)
    assert (days(timex) if timex.earliest else None) == interval


def test_coordinated_days_give_one_record_each():
    timexes = tag("تم التوصل إليها يومي الـ 10 والـ 17 من الشهر الجاري", "2020-10-22")
    assert [t.value for t in timexes] == ["2020-10-10", "2020-10-17"]
    timexes = tag("في 3 و4 و5 أكتوبر", "2020-10-22")
    assert [t.value for t in timexes] == ["2020-10-03", "2020-10-04", "2020-10-05"]


def test_a_range_is_one_expression_with_begin_and_end():
    timexes = tag("بين 5 و7 أكتوبر", "2020-10-22")
    assert [(t.text, t.type, t.value, dict(t.extra)) for t in timexes] == [
        ("بين 5 و7 أكتوبر", "DURATION", "P3D", {"begin": "2020-10-05", "end": "2020-10-07"})]
    assert (timexes[0].earliest.date(), timexes[0].latest.date()) == (dt.date(2020, 10, 5), dt.date(2020, 10, 7))
    record = timex_record(timexes[0])
    assert (record["beginPoint"], record["endPoint"], record["earliest"], record["latest"]) == (
        "2020-10-05", "2020-10-07", "2020-10-05", "2020-10-07")
    assert (record["start"], record["end"]) == (0, len("بين 5 و7 أكتوبر"))


@pytest.mark.parametrize(("text", "begin", "end"), [
    ("من الساعة الثالثة إلى الرابعة مساءً", "2020-10-22T15:00", "2020-10-22T16:00"),
    ("من 28 ديسمبر إلى 3 يناير", "2019-12-28", "2020-01-03"),
    ("من (28) إبريل وحتى الثامن من مايو القادم", "2021-04-28", "2021-05-08"),
    ("بين العامين 1910 و1912", "1910", "1912"),
])
def test_range_end_points(text, begin, end):
    (timex,) = tag(text, "2020-10-22")
    assert (dict(timex.extra)["begin"], dict(timex.extra)["end"]) == (begin, end)


def test_a_range_whose_end_comes_first_is_no_range():
    assert all(t.type != "DURATION" for t in tag("من 15 إلى 13 تموز", "2020-10-22"))


@pytest.mark.parametrize("text", [
    "قتل 790 وأصيب 1900 بجروح",
    "وهي القرارات (822 و853 و874 و884)",
    "الوضع الراهن والتصعيد الراهن",
    "لكنه في الوقت نفسه قال",
    "قال أب الشهيد",
    "صحيفة الغد",
    "الأمين العام الحالي للأمم المتحدة",
])
def test_non_time_expressions_are_not_tagged(text):
    assert tag(text, "2020-10-01") == []


def test_count_before_a_year_is_not_a_date():
    assert [t.text for t in tag("اعتمد المجلس 4 قرارات عام 1993", "2020-10-01")] == ["عام 1993"]


def test_vague_references_have_no_interval():
    for text, value in (("حالياً", "PRESENT_REF"), ("مؤخرا", "PAST_REF"), ("في وقت سابق", "PAST_REF")):
        timex = one(text, "2020-10-01")
        assert (timex.value, timex.earliest, timex.latest) == (value, None, None)


def test_hijri_out_of_range_warns_without_interval():
    timex = one("في 5 محرم 1600 هـ", "2020-10-01")
    assert timex.earliest is None and timex.warnings


def test_hijri_day_missing_from_its_month_says_so():
    # Shawwal 1442 has 29 days in Umm al-Qura (1 Dhu al-Qa'dah is 2021-06-11): a paper's
    # "30" follows another calendar; no date is made up, and the warning says why
    timex = one("في 30/10/1442هـ", "2021-06-14")
    assert timex.value == "XXXX" and timex.earliest is None
    assert timex.warnings == ("Hijri day 30 not in month 10 of 1442, which has 29 days in the Umm al-Qura calendar",)
    assert one("في 29/10/1442هـ", "2021-06-14").value == "2021-06-10"


def test_invalid_published_raises_input_error():
    with pytest.raises(InputError) as info:
        tag("أمس", "not a date", doc="a1")
    assert info.value.problem.field == "published" and info.value.problem.article == "a1"


def test_dateline():
    day, start, end = find_dateline("موسكو - 4 أكتوبر 2020 (رويترز) - قال")
    assert day == D(2020, 10, 4)
    assert find_dateline("موسكو - 4 أكتوبر (رويترز) - قال") is None
    assert find_dateline("القاهرة في 12 يناير 2021 (أ ف ب) - قال")[0] == D(2021, 1, 12)
    assert find_dateline("قال الوزير في 12 يناير 2021 إن") is None
    # the agency's name in slashes or brackets after the date closes the dateline
    assert find_dateline("الدوحة في 27 أغسطس 2021 /قنا/ أدانت دولة قطر")[0] == D(2021, 8, 27)
    # a bare place before a single date is trusted with a mark after the place only
    assert find_dateline("عمان 27 آب 2021 (بترا) - أدانت المملكة") is None
    assert find_dateline("عمان - 27 آب 2021 (بترا) - أدانت المملكة")[0] == D(2021, 8, 27)
    assert find_dateline("الرياض 19 محرم 1443 هـ الموافق 27 أغسطس 2021 م واس أعربت المملكة")[0] == D(2021, 8, 27)
    assert find_dateline("وفي 19 محرم 1443 هـ أعلنت الوزارة") is None


def test_arithmetic_beyond_the_calendar_keeps_the_span_with_a_warning():
    (timex,) = tag("منذ 2000 سنة", "0100-01-01")
    assert timex.value == "XXXX" and timex.earliest is None and timex.warnings
    (timex,) = tag("أمس", "0001-01-01")
    assert timex.value == "XXXX" and timex.warnings


@pytest.mark.parametrize(("text", "value", "first", "last"), [
    ("في صيف 2014", "2014-SU", D(2014, 6, 1), D(2014, 8, 31)),
    ("خلال الربع الأخير من 2019", "2019-Q4", D(2019, 10, 1), D(2019, 12, 31)),
    ("في النصف الأول من العام المقبل", "2021-H1", D(2021, 1, 1), D(2021, 6, 30)),
    ("في 4 أكتوبر (تشرين الأول) 2019", "2019-10-04", D(2019, 10, 4), D(2019, 10, 4)),
    ("في 8 ماي 2019", "2019-05-08", D(2019, 5, 8), D(2019, 5, 8)),
])
def test_year_parts_and_paired_month_names(text, value, first, last):
    timex = one(text, "2020-10-04")
    assert (timex.value, *days(timex)) == (value, first, last)


def test_may_in_maghrebi_needs_a_day_or_year():
    assert tag("في ماي", "2020-10-04") == []


def test_sets_and_unnumbered_relative_references():
    timex = one("يصدر تقريرا يوميا", "2020-10-04")
    assert (timex.type, timex.value, dict(timex.extra)["quant"]) == ("SET", "P1D", "EVERY")
    timex = one("قبل أيام", "2020-10-04")
    assert (timex.value, timex.earliest) == ("PAST_REF", None)
    assert one("منذ ساعات", "2020-10-04").value == "PTXH"


@pytest.mark.parametrize(("dialects", "expected"), [
    (None, ["باجر", "بكرة"]),
    ((), []),
    (("gulf",), ["باجر"]),
    (("egyptian", "levantine"), ["بكرة"]),
])
def test_dialect_overlays_are_selected_by_a_parameter(dialects, expected):
    timexes = tag("يصل الوفد باجر ويغادر بكرة", "2020-06-10", dialects=dialects)
    assert [t.text for t in timexes] == expected


def test_standard_arabic_stays_on_without_dialects():
    assert [t.value for t in tag("وصل الوفد أمس ويغادر غدا", "2020-06-10", dialects=())] == ["2020-06-09", "2020-06-11"]


def test_an_unknown_dialect_is_an_input_error():
    with pytest.raises(InputError, match="dialects"):
        tag("أمس", "2020-06-10", dialects=("klingon",))


def test_build_takes_a_dialect_tagger():
    import timeline
    from timeline.io import parse_article
    from timeline.temporal import dialect_tagger

    article = {"id": "a", "published": "2020-06-10", "text": "وقال الوزير إن الوفد يصل باجر إلى الدوحة."}
    assert [t.text for t in dialect_tagger(("gulf",))(parse_article(article))] == ["باجر"]
    assert dialect_tagger(())(parse_article(article)) == []
    assert timeline.build([article], tagger=dialect_tagger(())).problems == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("الدوحة - الشرق\n\nتنطلق احتفالات اليوم الوطني الأسبوع المقبل.", ["2025-12-18"]),
    ("الرياض - الجزيرة\n\nبدأ تزيين الشوارع استعدادا لليوم الوطني.", ["2026-09-23"]),
    # عمان is Amman as well as Oman: a dateline names a country only by its dateline places
    ("عمان - بترا\n\nتنطلق احتفالات اليوم الوطني الأسبوع المقبل.", []),
    # the sentence names another country: the dateline does not override it
    ("الدوحة - الشرق\n\nشارك الوفد الكويتي في احتفالات العيد الوطني.", ["2026-02-25"]),
])
def test_a_national_day_takes_the_dateline_country_when_its_sentence_names_none(text, expected):
    got = [t.value for t in tag(text, dt.date(2025, 12, 10)) if t.rule == "holidays.national_day"]
    assert got == expected


def test_a_levantine_week_end_is_read_only_with_the_levantine_overlay():
    text = "قالولنا آخر الجمعة بتتحسن الأمور"
    assert [t.value for t in tag(text, dt.date(2024, 3, 4), dialects=("levantine",))] == ["2024-W10"]
    # without the overlay الجمعة is Friday, and آخر is no part of a week
    assert [t.value for t in tag(text, dt.date(2024, 3, 4), dialects=("egyptian",))] == ["2024-03-01"]
