"""Display names: every gazetteer entry has a readable Arabic name, and events show it."""

from __future__ import annotations

import datetime as dt
import json
import re
from importlib import resources

import pytest

from timeline.events import display_name, extract_events, place_name
from timeline.events.lexicon import LEXICON
from timeline.io.html_page import page_data
from timeline.model import Article, Timeline

ARABIC_NAME = re.compile(r"^[\u0621-\u064a\u0651 ()]+$")


def _data(name: str) -> dict:
    return json.loads(resources.files("timeline").joinpath("lexicon", "events", name).read_text("utf-8"))


def test_every_actor_key_has_an_arabic_display_name() -> None:
    actors = _data("actors.json")
    keys = [p["key"] for p in actors["persons"]] + [c["key"] for c in actors["countries"]]
    keys += [o["key"] for o in actors["organizations"]]
    keys += [f"{c['key']}:{o['office']}" for o in actors["offices"] if o["office"] != "counterpart"
             for c in actors["countries"] if not o.get("countries") or c["key"] in o["countries"]]
    keys += [f"{c['key']}:{o['suffix']}" for o in actors["country_orgs"] for c in actors["countries"]]
    for key in keys:
        name = display_name(key)
        assert name != key and ARABIC_NAME.match(name), (key, name)
        assert "{" not in name, (key, name)


def test_every_place_has_an_arabic_display_name() -> None:
    for place in _data("places.json")["places"]:
        assert ARABIC_NAME.match(place_name(place["key"])), place


@pytest.mark.parametrize(("key", "name"), [
    ("lavrov", "سيرغي لافروف"),
    ("armenia:foreign_minister", "وزير الخارجية الأرميني"),
    ("azerbaijan:mod", "وزارة الدفاع الأذربيجانية"),
    ("mali:government", "حكومة مالي"),
])
def test_composed_names_agree_in_gender(key: str, name: str) -> None:
    assert display_name(key) == name


def test_unknown_keys_come_back_unchanged() -> None:
    assert display_name("no_such_actor") == "no_such_actor"
    assert place_name("ودمدني") == "ودمدني"


@pytest.mark.parametrize(("text", "names"), [
    # "وبوتين": the conjunction is a clitic of the surface form, never of the name
    ("التقى الرئيس التركي أردوغان وبوتين في سوتشي.", {"رجب طيب أردوغان", "فلاديمير بوتين"}),
    # spelling variants and "لنظيره" give the canonical names
    ("أعرب سيرجيه لافروف لنظيره الأرميني مناتساكنيان عن قلقه.", {"سيرغي لافروف", "زهراب مناتساكانيان"}),
])
def test_actor_names_are_canonical(text: str, names: set[str]) -> None:
    (event,) = extract_events(Article("n", text, dt.datetime(2020, 10, 1)), [])
    assert {a.name for a in event.participants} == names
    assert all(a.name == display_name(a.key) == LEXICON.names[a.key] for a in event.participants)


def test_html_page_shows_display_names() -> None:
    text = "قصفت القوات الأرمينية مدينة ترتر الأذربيجانية أمس."
    article = Article("h", text, dt.datetime(2020, 10, 5))
    events = extract_events(article, [])
    data = page_data(Timeline(events=tuple(events)), [article])
    (event,) = data["events"]
    assert event["place"] == "tartar" and event["place_name"] == place_name("tartar") == "ترتر"
    assert [p["name"] for p in event["participants"]] == [display_name(p["key"]) for p in event["participants"]]
