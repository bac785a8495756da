"""Extraction corpus: tiny hand-written Arabic articles with hand-built time expressions.

Each line of ``fixtures/events/extraction.jsonl`` gives an article, its time expressions as
``[text, value]`` (value ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``start/end``) and the
events that must (``expect``) or must not (``absent``) be extracted around a text span, and
optionally how many events of a type the article gives (``counts``).  ``names`` are display
names the participants must include (speakers outside the gazetteer are named by their phrase,
without clitics); ``not_participants`` are actor keys that must not take part.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.events import extract_events
from timeline.model import Article, Event, Timex

FIXTURES = Path(__file__).parent / "fixtures" / "events"


def _bounds(value: str) -> tuple[dt.datetime, dt.datetime, str]:
    if "/" in value:
        a, b = value.split("/")
        return dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b) + dt.timedelta(hours=23), "day"
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.datetime(parts[0], 1, 1), dt.datetime(parts[0], 12, 31, 23, 59, 59), "year"
    if len(parts) == 2:
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        last = nxt - dt.timedelta(days=1)
        return dt.datetime(parts[0], parts[1], 1), dt.datetime.combine(last, dt.time(23, 59, 59)), "month"
    day = dt.datetime(*parts)
    return day, day.replace(hour=23, minute=59, second=59), "day"


def make_timexes(doc: str, text: str, specs: list[list[str]]) -> list[Timex]:
    """Hand-built time expressions: each ``[surface, value]`` at its next occurrence in ``text``."""
    out, cursor = [], 0
    for surface, value in specs:
        start = text.index(surface, cursor)
        cursor = start + 1
        earliest, latest, grain = _bounds(value)
        kind = "DURATION" if "/" in value else "DATE"
        out.append(Timex(start, start + len(surface), surface, kind, value, earliest, latest, grain, doc=doc))
    return out


def load_case(case: dict) -> tuple[Article, list[Timex]]:
    article = Article(case["id"], case["text"], dt.datetime.fromisoformat(case["published"]))
    return article, make_timexes(case["id"], case["text"], case.get("timexes", []))


def cases(name: str) -> list[dict]:
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def at(events: list[Event], text: str, needle: str, kind: str) -> list[Event]:
    start = text.index(needle)
    end = start + len(needle)
    return [e for e in events if e.type == kind
            and any(m.start < end and start < m.end for m in e.mentions)]


def _fits(event: Event, want: dict) -> list[str]:
    problems = []
    for field in ("subtype", "phase", "place"):
        if field in want and getattr(event, field) != want[field]:
            problems.append(f"{field} {getattr(event, field)!r} != {want[field]!r}")
    for field, day in zip(("earliest", "latest"), event.days, strict=True):
        if field in want and str(day) != want[field]:
            problems.append(f"{field} {day} != {want[field]}")
    keys = {a.key for a in event.participants}
    if "participants" in want:
        if want.get("exact_participants") and keys != set(want["participants"]):
            problems.append(f"participants {sorted(keys)} != {want['participants']}")
        elif not set(want["participants"]) <= keys:
            problems.append(f"participants {sorted(keys)} lack {want['participants']}")
    names = {a.name for a in event.participants}
    if "names" in want and not set(want["names"]) <= names:
        problems.append(f"display names {sorted(names)} lack {want['names']}")
    if "not_participants" in want and keys & set(want["not_participants"]):
        problems.append(f"participants {sorted(keys)} include {want['not_participants']}")
    if "dated_by" in want and {m.dated_by for m in event.mentions} != {want["dated_by"]}:
        problems.append(f"dated_by {[m.dated_by for m in event.mentions]} != {want['dated_by']}")
    if "warning" in want and not any(w.startswith(want["warning"]) for w in event.warnings):
        problems.append(f"no warning {want['warning']!r} in {event.warnings}")
    roles = {a.key: a.role for a in event.participants}
    for key, role in want.get("roles", {}).items():
        if roles.get(key) != role and not any(k.startswith(key + ":") and r == role for k, r in roles.items()):
            problems.append(f"role of {key}: {roles.get(key)!r} != {role!r} ({roles})")
    if want.get("undated") and not (event.earliest is None and event.latest is not None and "undated" in event.warnings):
        problems.append(f"not undated: {event.days} {event.warnings}")
    if "mentions" in want and len(event.mentions) != want["mentions"]:
        problems.append(f"{len(event.mentions)} mentions != {want['mentions']}")
    if "max_confidence" in want and event.confidence > want["max_confidence"]:
        problems.append(f"confidence {event.confidence} > {want['max_confidence']}")
    return problems


#: Corpora: the general one, per-type phrasings, and false triggers (only ``absent``).
CORPORA = ("extraction.jsonl", "coverage.jsonl", "negatives.jsonl")
ALL_CASES = [case for name in CORPORA for case in cases(name)]


def check_case(case: dict, distinct: bool = True) -> None:
    """Assert a corpus case: each ``expect`` has an event that fits it (a distinct one per
    ``expect`` when ``distinct``; else several may name one event, as two words of one act do),
    nothing of ``absent``, the ``counts`` per type, no ``absent_place``."""
    article, timexes = load_case(case)
    events = extract_events(article, timexes)
    used: set[int] = set()
    for want in case.get("expect", []):
        found = at(events, article.text, want["at"], want["type"])
        assert found, f"no {want['type']} event at {want['at']!r}: {[(e.type, [m.text for m in e.mentions]) for e in events]}"
        reports = {id(event): _fits(event, want) for event in found if not (distinct and id(event) in used)}
        ok = [i for i, r in reports.items() if not r]
        assert ok, f"{want['at']!r}: {list(reports.values())}"
        used.add(ok[0])
    for bad in case.get("absent", []):
        assert not at(events, article.text, bad["at"], bad["type"]), f"unexpected {bad['type']} at {bad['at']!r}"
    for kind, n in case.get("counts", {}).items():
        got = [e.mentions[0].text for e in events if e.type == kind]
        assert len(got) == n, f"{kind}: {got}"
    for bad in case.get("absent_place", []):
        assert all(e.place != bad["place"] for e in at(events, article.text, bad["at"], "strike"))


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: c["id"])
def test_extraction_case(case: dict) -> None:
    check_case(case)


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: c["id"])
def test_mentions_point_into_the_text(case: dict) -> None:
    article, timexes = load_case(case)
    for event in extract_events(article, timexes):
        assert event.latest is not None
        assert event.earliest is None and "undated" in event.warnings or event.earliest <= event.latest
        for m in event.mentions:
            assert m.doc == article.id
            assert article.text[m.start:m.end] == m.text
            assert m.context is not None and m.context[0] <= m.start < m.end <= m.context[1]


def test_window_width_is_a_parameter() -> None:
    article = Article("w", "قصفت المدفعية الأرمينية مدينة ترتر.", dt.datetime(2020, 10, 5))
    (event,) = extract_events(article, [], window_days=3)
    assert event.days == (dt.date(2020, 10, 2), dt.date(2020, 10, 5))
    assert event.warnings == ("undated: assumed within 3 days before publication",)


def test_no_publication_date_gives_no_interval_and_says_so() -> None:
    (event,) = extract_events(Article("n", "قصفت المدفعية الأرمينية مدينة ترتر."), [])
    assert event.earliest is None and event.latest is None
    assert event.warnings == ("undated: no publication date",)


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.jsonl")), ids=lambda p: p.name)
def test_corpus_ids_are_unique(path: Path) -> None:
    """A row is named by its id in test ids and failure messages: two rows of one name hide
    each other."""
    ids = [json.loads(line).get("id") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    named = [i for i in ids if i is not None]
    assert len(named) == len(set(named)), sorted({i for i in named if named.count(i) > 1})
