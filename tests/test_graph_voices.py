"""Identity round 26: reports whose one party says little of who it is (an unnamed spokesman, a
prize's giver alone) join another outlet's report only where one event alone fits them
(:mod:`timeline.graph.merge`'s guess rule; the pair rules are rows of
``fixtures/events/identity.json``)."""

from __future__ import annotations

import datetime as dt
import itertools

from timeline.graph import merge
from timeline.graph.merge import merge_events
from timeline.graph.parties import giver_only, unnamed_spokesman, voice_only
from timeline.model import Actor, Event, Mention

DAY = dt.date(2024, 7, 30)


def report(doc: str, kind: str, subtype: str, *actors: Actor, theatre: str | None = "algeria") -> Event:
    mention = Mention(doc, 10, 14, "قال", dated_by="clause")
    return Event(f"{doc}:10", kind, subtype, DAY, DAY, actors, None, (mention,), theatre=theatre)


def speaker(key: str, kind: str = "person") -> Actor:
    return Actor(key, key, kind, "speaker")


def merged(*reports: Event) -> int:
    counts = set()
    for order in itertools.permutations(reports):
        events = merge_events(list(order))
        assert merge_events(events) == events  # a fixpoint
        counts.add(len(events))
    assert len(counts) == 1  # whatever the order
    return counts.pop()


def test_unnamed_spokesman_words() -> None:
    assert unnamed_spokesman(speaker("~الناطق_الرسمي"))
    assert not unnamed_spokesman(speaker("~المتحدث_باسم_التحالف"))  # speaks for the coalition
    assert not unnamed_spokesman(speaker("~الناطق_الرسمي_سفيان_القضاه"))  # named
    # identity round 27: an office of no state and no holder is as unknown a voice
    assert unnamed_spokesman(speaker("~الرييس"))
    assert unnamed_spokesman(speaker("~الرييسه_المنتخبه"))
    assert unnamed_spokesman(speaker("~رييسه_الوزراء"))
    assert not unnamed_spokesman(speaker("~رييسه_الوزراء_كريستن_ميخال"))  # named
    assert not unnamed_spokesman(speaker("~رييس_بلديه_بوخارست"))  # of a place
    assert voice_only(report("d1", "statement", "statement", speaker("~الناطق_الرسمي")))
    assert not voice_only(report("d1", "statement", "statement", speaker("~الناطق_الرسمي"), speaker("algeria:mfa")))


def test_spokesman_joins_the_one_statement_of_its_theatre() -> None:
    ministry = report("d1", "statement", "statement", speaker("algeria:mfa", "organization"))
    voice = report("d2", "statement", "statement", speaker("~الناطق_الرسمي"))
    assert merged(ministry, voice) == 1


def test_spokesman_beside_two_statements_stays_apart() -> None:
    ministry = report("d1", "statement", "statement", speaker("algeria:mfa", "organization"))
    president = report("d3", "statement", "statement", speaker("tebboune"))
    voice = report("d2", "statement", "statement", speaker("~الناطق_الرسمي"))
    assert merged(ministry, president, voice) == 3


def test_spokesman_of_another_theatre_stays_apart() -> None:
    ministry = report("d1", "statement", "statement", speaker("algeria:mfa", "organization"))
    voice = report("d2", "statement", "statement", speaker("~الناطق_الرسمي"), theatre="jordan")
    assert merged(ministry, voice) == 2


def test_giver_joins_the_one_prize_of_the_day() -> None:
    giver = report("d1", "other", "award", Actor("~الاكاديميه_النرويجيه", "x", "organization", "agent"), theatre=None)
    winner = report("d2", "other", "award", Actor("~ميشال_تالاغران", "x", "person", "agent"), theatre=None)
    assert giver_only(giver) and not giver_only(winner)
    assert merged(giver, winner) == 1


def test_giver_beside_two_prizes_of_the_day_stays_apart() -> None:
    giver = report("d1", "other", "award", Actor("~اكاديميه_غونكور", "x", "organization", "agent"), theatre=None)
    one = report("d2", "other", "award", Actor("~محمد_مبوغار_سار", "x", "person", "agent"), theatre=None)
    other = report("d3", "other", "award", Actor("~اميلي_نوتومب", "x", "person", "agent"), theatre=None)
    assert merged(giver, one, other) == 3


def test_office_joins_the_statement_its_article_names() -> None:
    """Identity round 27 (devmerge18): "وقالت كونولي" beside the loser's concession in one
    outlet; "فازت كاثرين كونولي ... وقالت الرئيسة المنتخبة" in another: the office's holder is
    the one its own article names."""
    winner = report("c1", "statement", "statement", speaker("~كونولي"), theatre="ireland")
    loser = report("c1", "statement", "statement", speaker("~هيذر_همفريز"), theatre="ireland")
    loser = Event("c1:90", "statement", "statement", DAY, DAY, loser.participants, None,
                  (Mention("c1", 90, 94, "أقرت", dated_by="clause"),), theatre="ireland")
    voice = report("c2", "statement", "statement", speaker("~الرييسه_المنتخبه"), theatre="ireland")
    win = Event("c2:40", "other", "election", DAY, DAY, (Actor("~كاثرين_كونولي", "x", "person", "agent"),), None,
                (Mention("c2", 40, 44, "فازت", dated_by="clause"),), theatre="ireland")
    assert merged(winner, loser, voice, win) == 3
    assert merged(winner, loser, voice) == 3  # the article names no one: which of the two is a guess


def test_a_rare_token_is_read_before_a_common_one(monkeypatch) -> None:
    """Merging asks identity of at most MAX_CANDIDATES clusters a report, rarest token first:
    one day's many distinct speakers sharing a surname token do not hide the report's own."""
    firsts = ["احمد", "يوسف", "كريم", "سامي", "ماهر", "نبيل", "طارق", "وليد", "فادي", "رامي"]
    others = [report(f"d{i}", "statement", "statement", speaker(f"~{w}_ميرون"), theatre="romania")
              for i, w in enumerate(firsts)]
    again = report("e0", "statement", "statement", speaker("~احمد_ميرون"), theatre="romania")
    monkeypatch.setattr(merge, "MAX_CANDIDATES", 2)
    assert len(merge_events([*others, again])) == len(firsts)
    assert len(merge_events([again, *reversed(others)])) == len(firsts)
