"""A fallback act's verb and the named act it reports (identity round 22; data ``identity.json``
key ``act_subtypes``, rows ``fixtures/events/act_subtypes.json``)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.graph.kinship import ACT_SUBTYPES, load_act_subtypes
from timeline.graph.merge import merge_events
from timeline.model import Actor, Event, Mention

CASES = json.loads((Path(__file__).parent / "fixtures" / "events" / "act_subtypes.json").read_text(encoding="utf-8"))


def report(spec: dict, doc: str) -> Event:
    day = dt.date.fromisoformat(spec.get("day", "2024-03-05"))
    mention = Mention(doc, 10, 10 + len(spec["text"]), spec["text"], dated_by="clause")
    return Event(f"{doc}:10", "other", spec["subtype"], day, day, (Actor("tunisia", "tunisia", "country", "agent"),),
                 None, (mention,), theatre="tunisia")


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: c["name"])
def test_act_subtype_case(case: dict) -> None:
    a, b = report(case["a"], "d1"), report(case["b"], "d2")
    for pair in ([a, b], [b, a]):
        merged = merge_events(pair)
        assert len(merged) == case["merged"]
        if case["merged"] == 1:
            assert merged[0].subtype == case["subtype"]
            assert merge_events(merged) == merged  # a fixpoint


def test_forms_are_read_with_and_without_a_conjunction() -> None:
    table = load_act_subtypes({"act_subtypes": {"_doc": "", "approval": ["وافقت"]}})
    assert table == {"افقت": frozenset({"approval"}), "وافقت": frozenset({"approval"})}
    assert ACT_SUBTYPES["منحت"] == frozenset({"award", "confidence_vote"})

