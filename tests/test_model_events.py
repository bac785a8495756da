"""The event value type: interval bounds at a grain, undated events, phases and roles."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from timeline.model import PHASES, ROLES, Event, iso


def test_a_date_is_the_whole_day() -> None:
    e = Event("e", "call", earliest=dt.date(2020, 9, 30), latest=dt.date(2020, 10, 1))
    assert e.earliest == dt.datetime(2020, 9, 30) and e.latest == dt.datetime(2020, 10, 1, 23, 59, 59)
    assert e.days == (dt.date(2020, 9, 30), dt.date(2020, 10, 1))
    # evolve runs the converters too
    assert attrs.evolve(e, latest=dt.date(2020, 9, 30)).latest == dt.datetime(2020, 9, 30, 23, 59, 59)


def test_fine_grains_keep_the_time_of_day() -> None:
    at4 = Event("a", "strike", earliest=dt.datetime(2024, 4, 19, 4), latest=dt.datetime(2024, 4, 19, 4, 59, 59),
                grain="hour")
    at2 = attrs.evolve(at4, id="b", earliest=dt.datetime(2024, 4, 19, 2), latest=dt.datetime(2024, 4, 19, 2, 59, 59))
    assert at4.days == at2.days and at2.latest < at4.earliest
    assert iso(at4.earliest, at4.grain) == "2024-04-19T04:00:00"


@pytest.mark.parametrize("grain", ["day", "month", "year"])
def test_day_and_coarser_grains_render_as_dates(grain: str) -> None:
    e = Event("e", "other", earliest=dt.date(2022, 3, 1), latest=dt.date(2022, 3, 31), grain=grain)
    assert (iso(e.earliest, e.grain), iso(e.latest, e.grain)) == ("2022-03-01", "2022-03-31")


def test_undated_event_keeps_only_its_proven_bound() -> None:
    e = Event("e", "ceasefire", latest=dt.date(2022, 11, 2), phase="ended", warnings=("undated",))
    assert e.earliest is None and e.days == (None, dt.date(2022, 11, 2))


def test_vocabularies() -> None:
    assert PHASES.index("agreed") < PHASES.index("takes_effect") < PHASES.index("ended")
    assert set(ROLES) == {"agent", "patient", "counterpart", "speaker", "mediator"}
