"""The analysed document: spans index the original text, segmentation is data-driven and
never finds a name inside another word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.arabic import fold
from timeline.document import CLITICS, analyse, analyses

ROOT = Path(__file__).resolve().parent.parent


def readings(word: str) -> set[tuple[str, str, str]]:
    return {(a.proclitics, a.stem, a.enc) for a in analyses(fold(word))}


def test_proclitics_and_enclitics_split_off():
    assert ("وب", "بوتين", "") in readings("وببوتين")
    assert ("ل", "اطلاق", "") in readings("لإطلاق")
    assert ("", "اجتماع", "ه") in readings("اجتماعه")
    assert ("", "زياره", "ه") in readings("زيارته")  # taa marbuta written ت before a pronoun
    assert ("لل", "هدنه", "") in readings("للهدنة")
    assert ("وال", "17", "") in readings("والـ17")
    assert ("وس", "يلتقي", "") in readings("وسيلتقي")


def test_no_reading_finds_a_name_inside_another_word():
    # "اليمنى" (the right hand) is not اليمن + ي; "كيف" is not كييف
    assert not any(stem == "اليمن" or stem == "يمن" for _, stem, _ in readings("اليمنى"))
    assert not any(stem == "كييف" for _, stem, _ in readings("كيف"))
    # the article never carries a pronoun
    assert not any(p.endswith("ال") and e for p, _, e in readings("الاجتماعه"))


def test_unsegmented_reading_comes_first():
    for word in ("وقف", "الهدنة", "كييف", "وببوتين"):
        first = analyses(fold(word))[0]
        assert first.bare and first.stem == fold(word)


@given(st.text(alphabet="وفبلكساليهمنكتاقدرز", min_size=1, max_size=12))
def test_every_reading_rebuilds_its_word(word):
    for a in analyses(word):
        stem = a.stem
        if a.enc and stem.endswith(CLITICS.free_taa) and not word[: -len(a.enc)].endswith(stem):
            stem = stem[:-1] + CLITICS.bound_taa
        assert a.proclitics + stem + a.enc == word


@given(st.text(max_size=300))
def test_spans_index_the_original_text(text):
    doc = analyse(text)
    for t in doc.tokens:
        assert 0 <= t.start < t.end <= len(text)
        assert fold(text[t.start:t.end]).replace("\u0640", "") != ""
        assert doc.norm.text[t.nstart:t.nend] == t.form
        assert doc.token_at(t.start) == t.index
    for spans in (doc.sentences, doc.clauses):
        for a, b in spans:
            assert 0 <= a < b <= len(text) and text[a:b].strip()
    # sentences cover every token, in order, without overlap
    assert all(a[1] <= b[0] for a, b in zip(doc.sentences, doc.sentences[1:], strict=False))
    for t in doc.tokens:
        s = doc.sentences[doc.sentence_of(t.start)]
        assert s[0] <= t.start and t.end <= s[1]


def test_sentences_clauses_quotes_datelines():
    text = "الدوحة - أعلن الوزير، أمس، أن «الهدنة صامدة». وبلغ المعدل 287.6 ملم.\nسطر ثان"
    doc = analyse(text)
    assert [text[a:b] for a, b in doc.datelines] == ["الدوحة - "]
    assert [text[a:b].strip() for a, b in doc.sentences] == [
        "الدوحة - أعلن الوزير، أمس، أن «الهدنة صامدة».", "وبلغ المعدل 287.6 ملم.", "سطر ثان"]
    assert [text[a:b] for a, b in doc.quotes] == ["«الهدنة صامدة»"]
    assert doc.in_quote(text.index("صامدة")) and not doc.in_quote(text.index("الوزير"))
    assert len([c for c in doc.clauses if c[1] <= doc.sentences[0][1]]) == 3


@pytest.mark.parametrize(("text", "sentences"), [
    # a one-letter abbreviation's dot ends nothing: a title, a zone, an agency's initials
    ("وقال د. محمد علي إن الوضع خطير. ثم غادر", ["وقال د. محمد علي إن الوضع خطير.", "ثم غادر"]),
    ("وقع الزلزال الساعة 18:09 ت.غ يوم الأحد. ثم هدأ", ["وقع الزلزال الساعة 18:09 ت.غ يوم الأحد.", "ثم هدأ"]),
    ("هسبريس - أ.ف.ب توفي الرئيس. ودفن", ["هسبريس - أ.ف.ب توفي الرئيس.", "ودفن"]),
    ("الساعة 23:15 ت.غ. وأمهلت الوزارة", ["الساعة 23:15 ت.غ.", "وأمهلت الوزارة"]),
    # a title of two one-letter abbreviations (text.json title_abbreviations) ends nothing
    ("يفتتح أ.د. محمد سامي المؤتمر السبت. ثم غادر", ["يفتتح أ.د. محمد سامي المؤتمر السبت.", "ثم غادر"]),
    # an era mark after a year does end the sentence
    ("في 15 شعبان 1441 هـ. وقال الوزير", ["في 15 شعبان 1441 هـ.", "وقال الوزير"]),
    ("عام 2020 م. وقال الوزير", ["عام 2020 م.", "وقال الوزير"]),
    ("في 1441هـ. وقال الوزير", ["في 1441هـ.", "وقال الوزير"]),
    # words of two letters or more end their sentence as before
    ("وصل إلى مصر. ثم غادر", ["وصل إلى مصر.", "ثم غادر"]),
])
def test_abbreviation_dots(text, sentences):
    doc = analyse(text)
    assert [text[a:b].strip() for a, b in doc.sentences] == sentences


def test_seed_articles_analyse_cleanly():
    for line in (ROOT / "seeds" / "articles.jsonl").read_text("utf-8").splitlines():
        article = json.loads(line)
        doc = analyse(article["text"], article["id"])
        assert doc.tokens and doc.sentences
        assert all(article["text"][t.start:t.end].strip() for t in doc.tokens)


@pytest.mark.parametrize(("text", "dateline"), [
    ("الدوحة /قنا/ أدانت دولة قطر الهجوم", "الدوحة /قنا/ "),
    ("المنامة في 27 أغسطس / بنا / أدانت مملكة البحرين", "المنامة في 27 أغسطس / بنا / "),
    ("الكويت - 27 - 8 (كونا) -- أدانت دولة الكويت", "الكويت - 27 - 8 (كونا) -- "),
    ("عمان 27 آب (بترا) - أدانت المملكة", "عمان 27 آب (بترا) - "),
    ("القاهرة في 12 يناير 2021 (أ ش أ) - أدانت مصر", "القاهرة في 12 يناير 2021 (أ ش أ) - "),
    ("القاهرة (أ ش أ) - أدانت مصر", "القاهرة (أ ش أ) - "),
    ("نيودلهي/إسلام آباد - قال", "نيودلهي/إسلام آباد - "),
    ("الرياض 19 محرم 1443 هـ الموافق 27 أغسطس 2021 م واس أعربت المملكة", "الرياض 19 محرم 1443 هـ الموافق 27 أغسطس 2021 م واس "),
    ("مكة المكرمة 8 ذو الحجة 1444 هـ (واس) - بدأ", "مكة المكرمة 8 ذو الحجة 1444 هـ (واس) - "),
    ("الرياض 19 محرم 1443 هـ أعلنت الوزارة", None),
    ("وفي 19 محرم 1443 هـ أعلنت الوزارة", None),
    ("قال الوزير إن 5/6 من السكان", None),
    ("ارتفع المؤشر 27 نقطة (2%) - وهو أعلى مستوى", None),
    ("القاهرة في 12 يناير 2021 أعلنت الوزارة", None),
])
def test_wire_datelines_with_their_agency_and_date(text: str, dateline: str | None) -> None:
    """Gulf and Levantine agencies close the dateline with their name in slashes or brackets,
    often after the date: the agency is the source, not a place or an actor of the story."""
    assert [text[a:b] for a, b in analyse(text).datelines] == ([dateline] if dateline else [])
