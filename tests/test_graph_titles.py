"""A person named by a title alone in one report and by the title and the name in another
(identity round 24: :func:`timeline.graph.reports.titled`), and an unlisted name that begins a
longer one (:func:`timeline.graph.reports.unlisted_alias`)."""

from __future__ import annotations

import datetime as dt

from timeline.graph.identity import Identity
from timeline.graph.merge import merge_events
from timeline.graph.reports import title_words, titled, unlisted_alias
from timeline.model import Actor, Event, Mention

DAY = dt.date(2023, 12, 31)


def said(doc: str, key: str, surface: str, day: dt.date = DAY) -> Event:
    mention = Mention(doc, 10, 14, "أعلنت", dated_by="clause")
    return Event(f"{doc}:10", "statement", "statement", day, day,
                 (Actor(key, surface, "person", "speaker"),), mentions=(mention,))


QUEEN = ("~مارغريت_الثانيه", "ملكة الدنمرك مارغريت الثانية")


def test_title_words_are_the_surface_before_the_name() -> None:
    assert title_words(Actor(*QUEEN, "person")) == ["ملكه", "الدنمرك"]
    assert title_words(Actor("~مارغريت_الثانيه", "مارغريت الثانية", "person")) == []


def test_a_title_alone_and_the_title_with_the_name_are_one_speaker() -> None:
    title = Actor("~ملكه_الدنمرك", "ملكة الدنمرك", "person")
    assert titled(title, Actor(*QUEEN, "person"))
    assert not titled(Actor(*QUEEN, "person"), title)
    a, b = said("d1", "~ملكه_الدنمرك", "ملكة الدنمرك"), said("d2", *QUEEN)
    assert Identity().conflict(a, b) == "" and Identity().conflict(b, a) == ""
    for order in ([a, b], [b, a]):
        merged = merge_events(order)
        assert len(merged) == 1 and merge_events(merged) == merged


def test_negatives() -> None:
    identity = Identity()
    queen = said("d2", *QUEEN)
    # one word is a title many hold
    assert not titled(Actor("~الملكه", "الملكة", "person"), Actor("~الملكه_مارغريت", "الملكة الملكة مارغريت", "person"))
    # another title
    assert identity.conflict(said("d1", "~ملكه_هولندا", "ملكة هولندا"), queen) == "parties"
    # the title of another state the reader found
    assert not titled(Actor("sweden:~ملكه_الدنمرك", "ملكة الدنمرك", "person"),
                      Actor("denmark:~مارغريت_الثانيه", QUEEN[1], "person"))
    # a title the other's lead words do not begin with
    assert identity.conflict(said("d1", "~ولي_العهد", "ولي العهد"), queen) == "parties"
    # another day: two statements
    assert identity.conflict(said("d1", "~ملكه_الدنمرك", "ملكة الدنمرك", dt.date(2024, 1, 14)), queen) == "dates"


def test_a_name_beginning_a_longer_one() -> None:
    assert unlisted_alias("~المحكمه_الاقتصاديه", "~المحكمه_الاقتصاديه_بالقاهره")
    assert unlisted_alias("~خليفه_بن_سلمان", "~خليفه_بن_سلمان_ال_خليفه")
    assert unlisted_alias("~محكمه_سيدي_امحمد", "algeria:~محكمه_سيدي_امحمد_بالجزاير_العاصمه")
    assert not unlisted_alias("~محمد_علي", "~محمد_علي_حسين")  # two words, not a body's noun
    assert not unlisted_alias("~وزير_الاعلام", "~وزير_الاعلام_خالد_الاعيسر")
    assert not unlisted_alias("~المحكمه_الاقتصاديه_بالقاهره", "~المحكمه_الاقتصاديه_بالاسكندريه")
    assert not unlisted_alias("egypt:~المحكمه_الاقتصاديه", "jordan:~المحكمه_الاقتصاديه_بعمان")
