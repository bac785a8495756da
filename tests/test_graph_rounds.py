"""Election rounds (identity round 21): read in the words around a mention (data rows; read in
the events stage on the analysed document since identity round 22), carried by merging, a
cannot-link between rounds, and the tie-break for a report fitting several events."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.document import analyse
from timeline.events.rounds import Rounds, rounds_in, word_stems
from timeline.graph import cluster_events, merge_events
from timeline.graph.records import extract_one
from timeline.io.timeline_json import event_to_json, timeline_from_json
from timeline.model import Event, Mention, Timeline

ROWS = json.loads((Path(__file__).parent / "fixtures" / "events" / "rounds.json").read_text(encoding="utf-8"))["rows"]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["text"])
def test_rounds_read_in_words(row: dict) -> None:
    assert sorted(rounds_in(word_stems(row["text"].split()))) == row["rounds"]


def _election(doc: str, start: int, days: tuple[str, str] | None, text: str = "الانتخابات", *,
              round_: str | None = None, subtype: str = "election", latest: str = "2020-11-30") -> Event:
    earliest = dt.date.fromisoformat(days[0]) if days else None
    last = dt.date.fromisoformat(days[1] if days else latest)
    return Event(f"{doc}:{start}", "other", subtype, earliest, last, (), None,
                 (Mention(doc, start, start + len(text), text, dated_by="clause" if days else "none"),),
                 warnings=() if days else ("undated",), theatre="moldova", round=round_)


class _Article:
    """What :meth:`Rounds.round_named` reads: the analysed document."""

    def __init__(self, text: str) -> None:
        self.text = type("T", (), {"doc": analyse(text)})()


def test_round_named_reads_the_words_before_the_mention_in_its_sentence() -> None:
    text = "وتصدرت ساندو الجولة الأولى من انتخابات الرئاسة. وانتخابات البلديات"
    first, stop = text.index("انتخابات"), text.index(".") + 1
    article = _Article(text)
    assert Rounds.round_named(article, "election", [(0, first, first + 8)]) == "first"
    later = text.rindex("انتخابات")
    assert Rounds.round_named(article, "election", [(stop + 1, later, later + 8)]) is None  # another sentence
    assert Rounds.round_named(article, "talks", [(0, first, first + 8)]) is None  # a round of talks is no election's
    # two mentions naming two rounds name none
    text = "الجولة الأولى من الانتخابات. جولة الإعادة للانتخابات"
    article, a, b = _Article(text), text.index("الانتخابات"), text.rindex("للانتخابات")
    assert Rounds.round_named(article, "election", [(0, a, a + 10)]) == "first"
    assert Rounds.round_named(article, "election", [(0, a, a + 10), (text.index("جولة الإعادة"), b, b + 11)]) is None


def test_build_reads_a_runoff() -> None:
    item = {"id": "d2", "published": "2020-11-16",
            "text": "فازت مايا ساندو في الدورة الثانية من الانتخابات الرئاسية في مولدوفا أمس الأحد."}
    rounds = {e.round for e in extract_one(item).events if e.subtype == "election"}
    assert rounds == {"runoff"}


def test_a_report_naming_its_round_joins_the_one_event_of_it() -> None:
    runoff = _election("d2", 0, ("2020-11-15", "2020-11-15"), round_="runoff")
    results = _election("d3", 0, ("2020-11-16", "2020-11-16"))  # a results report read as the election
    late = _election("d4", 0, None, "فاز في جولة الإعادة", round_="runoff")
    merged, assign = cluster_events([runoff, results, late])
    assert assign[0] == assign[2] != assign[1]
    assert merged[assign[0]].round == "runoff"
    # negative: naming no round, it fits both and stays alone (which one is a guess)
    bare = _election("d4", 0, None, "فاز في الانتخابات")
    merged, assign = cluster_events([runoff, results, bare])
    assert len({assign[0], assign[1], assign[2]}) == 3


def test_reports_of_two_rounds_stay_two_and_the_round_survives_json() -> None:
    first = _election("d1", 0, ("2020-11-01", "2020-11-30"), round_="first")
    runoff = _election("d2", 0, ("2020-11-15", "2020-11-15"), round_="runoff")
    merged = merge_events([first, runoff])
    assert sorted(e.round for e in merged) == ["first", "runoff"]
    assert "round" not in event_to_json(_election("d5", 0, ("2020-11-15", "2020-11-15")))
    doc = {"events": [event_to_json(e) for e in merged], "relations": []}
    again = timeline_from_json(doc)
    assert isinstance(again, Timeline) and sorted(e.round for e in again.events) == ["first", "runoff"]
