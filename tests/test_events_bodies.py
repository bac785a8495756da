"""Bodies and titled persons read from the text's structure (``timeline/events/bodies.py``):
corpus ``fixtures/events/bodies.jsonl`` (a text, the actors it must give with their kind and
affiliation, and phrases no actor may be), and properties of the reader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.document import analyse
from timeline.events.actors import find_actors
from timeline.events.bodies import find_bodies
from timeline.events.lexicon import LEXICON
from timeline.events.match import Text

CASES = [json.loads(line) for line in (Path(__file__).parent / "fixtures" / "events" / "bodies.jsonl")
         .read_text("utf-8").splitlines() if line.strip()]


def _actors(text: str):
    return find_actors(Text(analyse(text, "t"), LEXICON))


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_bodies_corpus(case: dict) -> None:
    found = _actors(case["text"])
    names = {a.name: a for a in found}
    for name, kind, affiliation in case["actors"]:
        assert name in names, (name, [(a.name, a.key) for a in found])
        hit = names[name]
        assert hit.actor().kind == kind
        if affiliation is not None:
            # an official's or state body's state (or the listed person it names)
            assert affiliation in (hit.country, hit.key, hit.key.split(":")[0]), hit
    for phrase in case["absent"]:
        assert phrase not in names, (phrase, [(a.name, a.key) for a in found])


def test_affiliation_is_the_key_prefix() -> None:
    """Identity links an official to its state through the key ("oman:~..."), like an office."""
    (hit,) = [a for a in _actors("وقالت وزارة الصحة العمانية في بيان إن الحالات تراجعت.") if a.unlisted]
    assert hit.key.startswith("oman:~")
    (club,) = [a for a in _actors("أعلن نادي الهلال السعودي تعاقده.") if a.unlisted]
    assert ":" not in club.key  # a club is no state's body


def test_honorific_pronoun_stands_for_the_person_addressed() -> None:
    """"سموه"، "معاليه" stand for the last person a form of address opened, not the last named."""
    text = "افتتح معالي الدكتور سالم الإسماعيلي المعرض بحضور وزير الثقافة. واستقبل معاليه الوفد."
    found = _actors(text)
    pronoun = next(a for a in found if text[a.start:a.end] == "معاليه")
    (opened,) = [a for a in found if text[a.start:a.end].startswith("معالي الدكتور")]
    assert pronoun.key == opened.key and pronoun.kind == "person"
    assert not any(text[a.start:a.end] == "سموه" for a in _actors("وقال سموه إن البلاد بخير."))


_WORDS = st.sampled_from(["وزير", "الخارجية", "شركة", "نادي", "الهلال", "السعودي", "محمد", "بن", "سلمان",
                          "إن", "،", "في", "بيان", "الدكتور", "أعلن", "رئيس", "جامعة", "القاهرة", "و"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=14))
def test_phrases_are_ordered_and_disjoint(words: list[str]) -> None:
    """Whatever the words, actors come in text order, never overlap, and each found phrase is a
    span of the text or a further mention of a person found before."""
    text = " ".join(words)
    t = Text(analyse(text, "t"), LEXICON)
    found = find_bodies(t, [])
    for a, b in zip(found, found[1:], strict=False):
        assert a.last < b.first
    for k, a in enumerate(found):
        # the phrase, or an apposition naming a person before ("X، رئيس الجامعة")
        assert t.original[a.start:a.end] == a.name or any(b.key == a.key for b in found[:k])


def test_bodies_lexicon_is_valid_and_closed() -> None:
    """``bodies.json`` against its schema; an unknown key or a word with a space is rejected."""
    import jsonschema

    from timeline.events.lexicon import read_lexicon

    data = read_lexicon("bodies.json")
    schema = read_lexicon("schema/bodies.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    for bad in (dict(data, titels=["وزير"]), dict(data, titles=["رئيس تنفيذي"])):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, schema, cls=jsonschema.Draft202012Validator)


def test_description_nisba_is_no_affiliation() -> None:
    """A person described ("المحامي الفرنسي جان دوبون") is from a state, not its official: no
    state in the key, unlike an office ("وزير الخارجية الفرنسي")."""
    (lawyer,) = [a for a in _actors("قال المحامي الفرنسي جان دوبون إن موكله بريء.") if a.unlisted]
    assert lawyer.kind == "person" and ":" not in lawyer.key


def test_late_address_is_no_antecedent_of_an_honorific_pronoun() -> None:
    """"المغفور له بإذن الله" opens the dead person's mention, but "سموه" after it stands for the
    living person a form of address opened before, not for the dead."""
    text = ("أدى صاحب السمو الشيخ مشعل الأحمد الجابر الصباح اليمين بعد وفاة المغفور له بإذن الله "
            "الشيخ نواف الأحمد الجابر الصباح. وألقى سموه خطاباً.")
    found = _actors(text)
    pronoun = next(a for a in found if text[a.start:a.end] == "سموه")
    assert pronoun.key == "mishal_al_ahmad"
    assert any(text[a.start:a.end].startswith("المغفور له") for a in found)


def test_word_honorific_pronoun_after_an_act_noun_is_a_noun() -> None:
    """"سعادتها" after an act noun ("قمة سعادتها": the height of her happiness) stands for no
    one; after a verb it is a form of address."""
    person = "أحيت الفنانة اللبنانية إليسا حفلاً في بيبلوس. "
    assert not any(a.start > len(person) for a in _actors(person + "وقالت إنها تعيش قمة سعادتها."))
    text = "استقبلت سعادة السفيرة مريم الكعبي الوفد. وأكدت سعادتها أهمية التعاون."
    assert any(text[a.start:a.end] == "سعادتها" for a in _actors(text))


def test_own_state_only_when_certain() -> None:
    """A state's body that names no state takes the dateline's state when the article names no
    other state; with another state named, or without a dateline, it stays open."""
    (ministry,) = [a for a in _actors("الكويت (كونا) - أعلنت وزارة الصحة، اليوم، إدانة دولة الكويت للهجوم.")
                   if a.unlisted]
    assert ministry.key.startswith("kuwait:~") and ministry.country == "kuwait"
    # (a body the gazetteer has for every state is that state's: "وزارة الخارجية" -> kuwait:mfa)
    (ministry,) = [a for a in _actors("الكويت (كونا) - أعلنت وزارة الخارجية، اليوم، إدانة دولة الكويت للهجوم.")
                   if a.kind == "organization"]
    assert ministry.key == "kuwait:mfa" and ministry.country == "kuwait"
    for text in ("الكويت (كونا) - أعلنت وزارة الخارجية، اليوم، ترحيبها بزيارة الرئيس التركي.",
                 "أعلنت وزارة الخارجية، اليوم، إدانة دولة الكويت للهجوم.",
                 "الكويت (كونا) - أعلن نادي الكويت تعاقده مع المدرب."):
        assert all(":" not in a.key for a in _actors(text) if a.unlisted), text
