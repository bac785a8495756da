"""Weekday names and number words from a user lexicon file (its ``weekdays`` and ``numbers``
sections): read as the package's own, checked by a schema, no effect on the package's
vocabulary."""

from __future__ import annotations

import json

import pytest

from timeline.temporal import tag
from timeline.temporal.vocabulary import PACKAGE
from timeline.user_lexicon import LexiconError, load_lexicon, read_user_lexicon

WORDS = {"weekdays": {"الحد": 6}, "numbers": {"cardinal": {"خمستاش": 15}, "ordinal": {"الخمستاش": 15}}}


@pytest.mark.parametrize(("text", "value"), [
    ("وصل الوفد يوم الحد الماضي.", "2020-06-07"),
    ("ووقع الانفجار الحد.", "2020-06-07"),
    ("جرى ذلك في خمستاش مارس.", "2020-03-15"),
    ("وأعلن في الخمستاش من مارس.", "2020-03-15"),
])
def test_user_weekdays_and_numbers_read_as_the_package_words(text: str, value: str) -> None:
    vocabulary = load_lexicon([WORDS]).temporal
    assert value in [t.value for t in tag(text, "2020-06-10", vocabulary=vocabulary)]
    assert value not in [t.value for t in tag(text, "2020-06-10")]
    assert value not in [t.value for t in tag(text, "2020-06-10", vocabulary=PACKAGE)]


def test_user_weekday_and_month_sections_combine() -> None:
    vocabulary = load_lexicon([WORDS, {"months": {"gregorian": {"جانفييه": 1}}}]).temporal
    got = [t.value for t in tag("يوم الحد 12 جانفييه", "2020-01-20", vocabulary=vocabulary)]
    assert got == ["2020-01-12"]


@pytest.mark.parametrize(("text", "path", "reason"), [
    ('{\n "weekdays": {\n  "الحد": 7\n }\n}\n', ("weekdays", "الحد"), "7"),
    ('{\n "numbers": {\n  "tens": {"x": 1}\n }\n}\n', ("numbers", "tens"), "tens"),
])
def test_bad_user_words_name_the_key_and_line(tmp_path, text: str, path: tuple[str, ...], reason: str) -> None:
    bad = tmp_path / "words.json"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        read_user_lexicon(bad)
    assert info.value.path == path and info.value.line == 3 and reason in str(info.value)
    json.loads(text)  # the file itself is valid JSON: the schema rejected it
