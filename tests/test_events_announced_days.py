"""An act dated only by the day it was announced (``timeline.events.announced_days``): marked, and
across articles it meets an earlier report of the act told by another outlet (cross-dates round 1)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events.announced_days import ANNOUNCED_WARNING
from timeline.graph import merge_events
from timeline.graph.records import extract_one
from timeline.model import Event


def reports(doc: str, published: str, text: str) -> list[Event]:
    return list(extract_one({"id": doc, "published": published, "text": text}, (0, 0)).events)


def at(events: list[Event], text: str, word: str) -> Event:
    start = text.index(word)
    return next(e for e in events if any(m.start <= start < m.end for m in e.mentions))


MARKED = [
    # the act an announcing verb names, its date between them or after the act
    ("2024-03-08", "أعلن استوديو بيرد اليوم الجمعة وفاة الرسام الياباني أكيرا تورياما عن 68 عاما.", "وفاة"),
    ("1984-02-14", "وكان أندروبوف قد توفي مساء الخميس، وأعلن الكرملين وفاته بعد ظهر اليوم التالي.", "وفاته"),
    # the saying after the act dates it ("على ما أعلنت ... اليوم الاثنين")
    ("2024-01-08", "ميونيخ (أ ف ب) - توفي أسطورة كرة القدم الألمانية فرانز بيكنباور عن 78 عاما، على ما أعلنت عائلته "
     "اليوم الاثنين.\n\nوقال المستشار الألماني أولاف شولتس إن بيكنباور سيبقى في الذاكرة.", "توفي"),
]

UNMARKED = [
    # the act's own date, before the saying: its day
    ("2022-10-02", "لقي 125 شخصا على الأقل حتفهم في تدافع بملعب لكرة القدم مساء أمس السبت، حسبما قال مسؤولون اليوم الأحد.",
     "حتفهم"),
    ("1984-02-14", "وكان أندروبوف قد توفي مساء الخميس، وأعلن الكرملين وفاته بعد ظهر اليوم التالي.", "توفي"),
    # a statement is made on the day it is quoted
    ("2024-01-08", "ميونيخ - توفي أسطورة كرة القدم الألمانية فرانز بيكنباور عن 78 عاما، على ما أعلنت عائلته اليوم الاثنين.",
     "أعلنت"),
    # a strike recurs day after day: its report keeps its day
    ("2024-05-02", "أعلن الجيش اليوم الخميس قصف مواقع في الجنوب.", "قصف"),
]


@pytest.mark.parametrize(("published", "text", "word"), MARKED)
def test_an_act_dated_by_its_announcement_is_marked(published: str, text: str, word: str) -> None:
    event = at(reports("d", published, text), text, word)
    assert ANNOUNCED_WARNING in event.warnings


@pytest.mark.parametrize(("published", "text", "word"), UNMARKED)
def test_an_act_dated_on_its_own_is_not_marked(published: str, text: str, word: str) -> None:
    events = reports("d", published, text)
    start = text.index(word)
    for event in events:
        if any(m.start <= start < m.end for m in event.mentions):
            assert ANNOUNCED_WARNING not in event.warnings


WIRE = ("t1", "2024-03-08", "طوكيو - أعلن استوديو بيرد اليوم الجمعة وفاة الرسام الياباني أكيرا تورياما عن 68 عاما.")
WEEKLY = ("t3", "2024-03-16", "باريس - وكان الرسام الياباني أكيرا تورياما قد توفي في الأول من مارس عن 68 عاما.")


def test_an_announced_death_meets_the_earlier_day_another_outlet_gives() -> None:
    events = [e for doc, day, text in (WIRE, WEEKLY) for e in reports(doc, day, text)]
    deaths = [e for e in merge_events(events) if e.subtype == "death"]
    assert len(deaths) == 1
    assert deaths[0].earliest.date() == dt.date(2024, 3, 1)  # the day the act was told to have happened


def test_an_announced_death_does_not_reach_a_later_day() -> None:
    later = ("t4", "2024-03-16", "باريس - وكان الرسام الياباني أكيرا تورياما قد توفي في العاشر من مارس عن 68 عاما.")
    events = [e for doc, day, text in (WIRE, later) for e in reports(doc, day, text)]
    assert len([e for e in merge_events(events) if e.subtype == "death"]) == 2


def test_an_announced_death_reaches_a_week_back_only() -> None:
    older = ("t5", "2024-03-16", "باريس - وكان الرسام الياباني أكيرا تورياما قد توفي في 20 فبراير عن 68 عاما.")
    events = [e for doc, day, text in (WIRE, older) for e in reports(doc, day, text)]
    assert len([e for e in merge_events(events) if e.subtype == "death"]) == 2


def test_two_persons_announced_dead_stay_apart() -> None:
    other = ("t6", "2024-03-05", "روما - توفي الممثل الإيطالي ماريو روسي في الخامس من مارس عن 80 عاما.")
    events = [e for doc, day, text in (WIRE, other) for e in reports(doc, day, text)]
    assert len([e for e in merge_events(events) if e.subtype == "death"]) == 2
