"""Normalization for matching: folding rules, idempotence and offsets back to the original."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.arabic import fold, normalize

ARABIC = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآٱىةؤئ ،؛٪٫") + ["\u064e", "\u064b", "\u0651", "\u0640",
                                                           "\u200f", "\u200c", "\u200d", "\u202b"]
        + [chr(0x0660 + i) for i in range(10)] + [chr(0x06F0 + i) for i in range(10)] + list("0123456789 ")),
    max_size=80,
)


def test_letter_variants_fold_to_one_form():
    assert fold("أإآٱ") == "اااا"
    assert fold("مستشفى") == "مستشفي"
    assert fold("مدرسة") == "مدرسه"


def test_diacritics_tatweel_and_controls_are_removed():
    assert fold("مَسَاءً") == "مساء"
    assert fold("الـ17") == "ال17"
    assert fold("\u200fأمس\u200c") == "امس"


def test_digits_fold_to_ascii():
    assert fold("٢٠٢٠/٩/٢٧") == "2020/9/27"
    assert fold("۱۴۰۲") == "1402"


def test_identity_map_when_nothing_is_deleted():
    assert normalize("أمس الأربعاء").offsets is None


def test_span_maps_back_and_keeps_trailing_harakat():
    text = "قال حالياً إنه"
    norm = normalize(text)
    start = norm.text.index("حاليا")
    begin, end = norm.span(start, start + len("حاليا"))
    assert text[begin:end] == "حالياً"


@given(ARABIC)
def test_idempotent(text):
    once = fold(text)
    assert fold(once) == once
    assert normalize(once).offsets is None


@given(ARABIC)
def test_offsets_round_trip(text):
    norm = normalize(text)
    assert len(norm.text) == (len(text) if norm.offsets is None else len(norm.offsets))
    for i, char in enumerate(norm.text):
        j = i if norm.offsets is None else norm.offsets[i]
        assert fold(text[j]) == char


@given(ARABIC, st.data())
def test_span_covers_the_folded_slice(text, data):
    norm = normalize(text)
    if not norm.text:
        return
    start = data.draw(st.integers(0, len(norm.text) - 1))
    end = data.draw(st.integers(start + 1, len(norm.text)))
    begin, stop = norm.span(start, end)
    assert fold(text[begin:stop]) == norm.text[start:end]
