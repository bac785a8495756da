"""Temporal round 23: what a corpus row cannot say: a headline's eve dated by a lead that names
the happening by another noun (``cues.json`` ``anchor_event_synonyms``), and the warning a feast
dated by the day after it carries (rule ``feast_dated_after``).  One-line cases are corpus rows
(tests/corpus/temporal/relative.tsv, clock.tsv, holidays.tsv, negative.tsv)."""

from __future__ import annotations

from timeline.temporal import tag


def _one(text: str, dct: str, surface: str):
    got = [t for t in tag(text, dct) if surface in t.text]
    assert len(got) == 1, got
    return got[0]


def test_headline_eve_dated_by_a_synonym_in_the_lead() -> None:
    text = ("الكويت: الصمت الانتخابي يبدأ عشية الاقتراع\n\n"
            "تجري انتخابات المجلس البلدي السبت 26 فبراير، ويبدأ الصمت الانتخابي عند منتصف الليل.")
    t = _one(text, "2022-02-21", "عشية")
    assert t.value == "2022-02-25"


def test_headline_eve_with_no_event_named_in_the_lead_stays_untagged() -> None:
    text = "عشية الاقتراع: هدوء في الشوارع\n\nأغلقت المحلات أبوابها أمس الأحد في وسط المدينة."
    assert not [t for t in tag(text, "2022-02-21") if "عشية" in t.text]


def test_feast_dated_after_warns() -> None:
    t = _one("ويحل عيد الأضحى بالمغرب يوم السبت 7 يونيو.", "2025-06-05", "عيد الأضحى")
    assert t.value == "2025-06-07" and any("7 يونيو" in w for w in t.warnings)


def test_feast_far_from_the_day_after_it_keeps_its_own() -> None:
    t = _one("ويحل عيد الأضحى بالمغرب يوم السبت 14 يونيو.", "2025-06-05", "عيد الأضحى")
    assert t.value != "2025-06-14"
