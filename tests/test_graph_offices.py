"""Identity round 28: an office of a state in one outlet, its holder named in another.

An office no person of the lexicon holds ("وقال الرئيس السريلانكي"، read ``sri_lanka:president``)
is a voice (:func:`timeline.graph.parties.holderless_office`): across articles it may be the
statement of a person no list holds ("~ديساناياكي") in that state's news, taken only where one
statement fits (the guess rule of :mod:`timeline.graph.merge`). An office named with its
holder's name ("الرئيس الكيني أوهورو كينياتا") is that holder's surname alone in another outlet
("كينياتا"; :meth:`timeline.graph.matching.Matching.held_by`)."""

from __future__ import annotations

import datetime as dt
import itertools

from timeline.graph.merge import Matcher, merge_events
from timeline.graph.parties import holderless_office, voice_only
from timeline.model import Actor, Event, Mention

DAY = dt.date(2024, 9, 22)


def report(doc: str, *actors: Actor, theatre: str | None = "sri_lanka", start: int = 10) -> Event:
    mention = Mention(doc, start, start + 4, "قال", dated_by="clause")
    return Event(f"{doc}:{start}", "statement", "statement", DAY, DAY, actors, None, (mention,), theatre=theatre)


def speaker(key: str, name: str | None = None) -> Actor:
    return Actor(key, name or key, "person", "speaker")


def merged(*reports: Event) -> int:
    counts = set()
    for order in itertools.permutations(reports):
        events = merge_events(list(order))
        assert merge_events(events) == events  # a fixpoint
        counts.add(len(events))
    assert len(counts) == 1  # whatever the order
    return counts.pop()


def test_holderless_office() -> None:
    assert holderless_office(speaker("sri_lanka:president", "الرئيس السريلانكي"))
    assert not holderless_office(speaker("usa:president", "الرئيس الأميركي"))  # listed holders
    assert not holderless_office(speaker("sri_lanka:president", "الرئيس السريلانكي أنورا ديساناياكي"))  # named
    assert not holderless_office(speaker("~الرييس"))  # no state (round 27's unnamed office)
    assert voice_only(report("d1", speaker("sri_lanka:president", "الرئيس السريلانكي")))


def test_office_joins_the_one_statement_of_its_holder() -> None:
    office = report("d1", speaker("sri_lanka:president", "الرئيس السريلانكي"))
    assert merged(office, report("d2", speaker("~ديساناياكي"))) == 1


def test_office_beside_two_named_statements_stays_apart() -> None:
    office = report("d1", speaker("sri_lanka:president", "الرئيس السريلانكي"))
    # the winner's and the loser's words of one election day: which one is a guess
    assert merged(office, report("d2", speaker("~ديساناياكي")), report("d3", speaker("~بريماداسا"))) == 3


def test_office_apart_from_another_state_an_office_or_its_own_article() -> None:
    office = report("d1", speaker("sri_lanka:president", "الرئيس السريلانكي"))
    assert merged(office, report("d2", speaker("~ديساناياكي"), theatre="india")) == 2
    assert merged(office, report("d2", speaker("~وزير_الخارجيه_الجديد"))) == 2  # an office, not a name
    assert merged(office, report("d1", speaker("~ديساناياكي"), start=80)) == 2  # one article: two statements


def test_office_named_alike_is_no_guess() -> None:
    a = report("d1", speaker("sri_lanka:president", "الرئيس السريلانكي"))
    b = report("d2", speaker("sri_lanka:president", "الرئيس السريلانكي"))
    assert merged(a, b, report("d3", speaker("~ديساناياكي")), report("d4", speaker("~بريماداسا"))) == 3


def test_office_with_its_holder_meets_his_surname() -> None:
    matcher = Matcher()
    office = speaker("kenya:president", "الرئيس الكيني أوهورو كينياتا")
    assert matcher.held_by(office, speaker("~كينياتا"))
    assert not matcher.held_by(office, speaker("~الرييس"))  # a common noun, not a surname
    assert not matcher.held_by(office, speaker("~رايلا_اودينغا"))
