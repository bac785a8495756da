"""A report naming nobody, placed nowhere and in no theatre beside the act it names (identity
round 23: ``timeline.graph.identity.unscoped_meet``, blocking's ``^subtype`` token; rows
``fixtures/events/unscoped.json``)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest

from timeline.graph.merge import merge_events
from timeline.graph.reports import unscoped
from timeline.model import Actor, Event, Mention

CASES = json.loads((Path(__file__).parent / "fixtures" / "events" / "unscoped.json").read_text(encoding="utf-8"))


def report(spec: dict, kind: str, n: int) -> Event:
    day = spec.get("day", "2024-03-05")
    date = dt.date.fromisoformat(day) if day else None
    doc = f"d{n}"
    mention = Mention(doc, 10, 10 + len(spec["text"]), spec["text"], dated_by="clause" if date else None)
    actors = tuple(Actor(k, k, "country", "agent") for k in spec["actors"])
    return Event(f"{doc}:10", kind, spec["subtype"], date, date if date else dt.date(2024, 3, 5), actors,
                 spec.get("place"), (mention,), theatre=spec["theatre"])


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: c["name"])
def test_unscoped_case(case: dict) -> None:
    reports = [report(spec, case.get("type", "other"), n) for n, spec in enumerate(case["reports"])]
    for order in itertools.permutations(reports):
        merged = merge_events(list(order))
        assert len(merged) == case["merged"]
        assert merge_events(merged) == merged  # a fixpoint


def test_unscoped_is_nobody_nowhere() -> None:
    base = report({"subtype": "death", "text": "رحيله", "actors": [], "theatre": None}, "other", 1)
    assert unscoped(base)
    assert not unscoped(Event("x", "other", "death", base.earliest, base.latest, (), "beirut", base.mentions))
    assert not unscoped(Event("x", "other", "death", base.earliest, base.latest, (), None, base.mentions,
                              theatre="lebanon"))
    assert not unscoped(Event("x", "other", "death", base.earliest, base.latest,
                              (Actor("lebanon", "lebanon", "country", None),), None, base.mentions))
