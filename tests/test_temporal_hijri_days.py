"""Hijri days off the Umm al-Qura table (temporal9): the weekday or the الموافق date beside a Hijri
date names its day, and says so; two calendars further apart than a day are reported."""

from __future__ import annotations

import pytest

from timeline.temporal import find_dateline, tag


def _by_text(text: str, dct: str) -> dict[str, object]:
    return {t.text: t for t in tag(text, dct)}


def test_a_missing_thirtieth_takes_the_gregorian_date_of_the_pair_and_says_so():
    got = _by_text("صدر القرار في 30/9/1436هـ الموافق 17/7/2015م", "2015-07-20")
    hijri = got["30/9/1436هـ"]
    assert hijri.value == "2015-07-17"
    assert any("not in month 9 of 1436" in w for w in hijri.warnings)
    assert any("taken from the Gregorian date beside it" in w for w in hijri.warnings)
    assert not got["17/7/2015م"].warnings


def test_a_missing_thirtieth_takes_the_day_its_weekday_names():
    (timex,) = tag("مكة المكرمة الخميس 30/1/1445هـ", "2023-08-18")
    assert timex.value == "2023-08-17"
    assert any("the weekday names 2023-08-17" in w for w in timex.warnings)


def test_a_missing_thirtieth_alone_is_not_guessed():
    (timex,) = tag("وعقد الاجتماع في 30/1/1445هـ", "2023-08-18")
    assert timex.value == "XXXX" and timex.earliest is None
    # a weekday two or more days from the month's end names no sighted 30th
    (timex,) = tag("وعقد الاجتماع الأحد 30/1/1445هـ", "2023-08-18")
    assert timex.value == "XXXX"


def test_a_weekday_a_day_off_moves_the_date_and_a_farther_one_is_reported():
    (timex,) = tag("يوم الخميس 29 صفر 1443هـ", "2021-10-08")
    assert timex.value == "2021-10-07"
    assert any("Umm al-Qura gives 2021-10-06" in w for w in timex.warnings)
    (timex,) = tag("يوم السبت 29 صفر 1443هـ", "2021-10-08")  # Umm al-Qura's Wednesday, three days off
    assert timex.value == "2021-10-06"
    assert any("does not match" in w for w in timex.warnings)


def test_a_pair_more_than_a_day_apart_keeps_both_and_reports_it():
    got = _by_text("في 29/2/1443هـ الموافق 9/10/2021م", "2021-10-08")
    assert got["29/2/1443هـ"].value == "2021-10-06"
    assert got["9/10/2021م"].value == "2021-10-09"
    assert any("the two calendars disagree" in w for w in got["9/10/2021م"].warnings)


def test_a_hijri_date_second_in_the_pair_takes_the_first_gregorian_day():
    got = _by_text("الخميس 7 أكتوبر 2021 الموافق 29 صفر 1443هـ", "2021-10-08")
    assert got["29 صفر 1443هـ"].value == "2021-10-07"
    assert got["الخميس 7 أكتوبر 2021"].value == "2021-10-07"


@pytest.mark.parametrize(("text", "day"), [
    # Saudi Press Agency style: the place, the Hijri date, الموافق, the Gregorian date, the agency
    ("الرياض 15 شوال 1442 هـ الموافق 27 مايو 2021 م (واس) - أعلنت الوزارة", "2021-05-27"),
    ("مكة المكرمة 30 شوال 1442 هـ الموافق 11 يونيو 2021 م (واس) - أعلنت الهيئة", "2021-06-11"),
    ("الدمام - 29 صفر 1443هـ الموافق 7 أكتوبر 2021م - أعلنت الإمارة", "2021-10-07"),
    ("جدة، الخميس 30/1/1445هـ: أعلنت الهيئة", "2023-08-17"),
    ("الكويت - 27 مايو 2021 (كونا) - أعلنت الوزارة", "2021-05-27"),
])
def test_gulf_datelines_with_hijri_dates(text, day):
    found = find_dateline(text)
    assert found is not None and found[0].isoformat() == day


@pytest.mark.parametrize("text", [
    "الرياض 15 شوال 1442 هـ الموافق 29 مايو 2021 م (واس) - أعلنت الوزارة",  # the calendars disagree
    "الرياض 15 شوال 1442 هـ (واس) - أعلنت الوزارة",  # a bare place before a single date
    "قال الوزير 15 مايو 2021 - أعلنت",
    "وعقد الاجتماع في 30/1/1445هـ بمقر الإمارة",  # a Hijri 30th nothing dates
])
def test_no_dateline_without_a_trusted_date(text):
    assert find_dateline(text) is None
