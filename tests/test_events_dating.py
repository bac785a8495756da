"""Dating corpus: which time expression dates an event, and over what interval.

Each line of ``fixtures/events/dating.jsonl`` gives an article, its time expressions as
``[text, earliest, latest, grain]`` (ISO dates or date-times; a date ends at 23:59:59) and
the events expected around a text span: their days (``earliest``/``latest``; ``"None"`` for
an undated event's open start), how many events of that type the span gives (``count``; 0:
none), or days they must ``not`` have.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.events import extract_events
from timeline.model import Article, Event, Timex

FIXTURES = Path(__file__).parent / "fixtures" / "events"
CASES = [json.loads(line) for line in (FIXTURES / "dating.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]


def _bound(value: str, end: bool) -> dt.datetime:
    if "T" in value:
        return dt.datetime.fromisoformat(value)
    day = dt.datetime.fromisoformat(value)
    return day.replace(hour=23, minute=59, second=59) if end else day


def _timexes(doc: str, text: str, specs: list[list[str]]) -> list[Timex]:
    out, cursor = [], 0
    for surface, earliest, latest, grain in specs:
        start = text.index(surface, cursor)
        cursor = start + 1
        kind = "TIME" if "T" in earliest else "DATE"
        out.append(Timex(start, start + len(surface), surface, kind, earliest[:10], _bound(earliest, False),
                         _bound(latest, True), grain, doc=doc))
    return out


def _at(events: list[Event], text: str, needle: str, kind: str) -> list[Event]:
    start = text.index(needle)
    end = start + len(needle)
    return [e for e in events if e.type == kind and any(m.start < end and start < m.end for m in e.mentions)]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_dating(case: dict) -> None:
    article = Article(case["id"], case["text"], dt.datetime.fromisoformat(case["published"]))
    events = extract_events(article, _timexes(case["id"], case["text"], case["timexes"]))
    for want in case["expect"]:
        found = _at(events, case["text"], want["at"], want["type"])
        if want.get("count") == 0:
            assert not found, [(e.type, e.days, e.mentions[0].text) for e in found]
            continue
        assert found, f"no {want['type']} at {want['at']!r}: {[(e.type, e.days) for e in events]}"
        days = [tuple(str(d) for d in e.days) for e in found]
        if "count" in want:
            assert len(found) == want["count"], days
        if "earliest" in want:
            assert (want["earliest"], want["latest"]) in days, days
        if "not" in want:
            assert tuple(want["not"]) not in days, days


OFFSETS = [json.loads(line) for name in ("offsets.jsonl", "causes.jsonl", "dating_round8.jsonl", "dating_round9.jsonl",
                                         "dating_round10.jsonl", "dating_round11.jsonl", "dating_round12.jsonl",
                                         "dating_round13.jsonl")
           for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("case", OFFSETS, ids=[c["id"] for c in OFFSETS])
def test_dates_counted_from_an_event(case: dict) -> None:
    """Dates counted from another event ("بعد يومين من توقيع الاتفاق"، "غداة الهجوم"), tagged by
    the real tagger: shifted from that event's own date when the article gives it, else
    undated and bounded by publication (never the day the tagger counted from); and
    (``causes.jsonl``) the day in play read past a flashback after a cause cue, a clock time
    on that day, an offset kept to its own clause."""
    from timeline.temporal import tag_article

    article = Article(case["id"], case["text"], dt.datetime.fromisoformat(case["published"]))
    events = extract_events(article, tag_article(article))
    for want in case["expect"]:
        found = _at(events, case["text"], want["at"], want["type"])
        assert found, f"no {want['type']} at {want['at']!r}: {[(e.type, e.days) for e in events]}"
        days = [tuple(str(d) for d in e.days) for e in found]
        if want.get("undated"):
            assert any(e.earliest is None and "undated" in e.warnings for e in found), days
            if "latest" in want:
                assert {str(e.latest.date()) for e in found} == {want["latest"]}, days
        elif want.get("not_undated"):
            assert all(e.earliest is not None for e in found), days
        elif "not" in want:
            assert tuple(want["not"]) not in days, days
        else:
            assert (want["earliest"], want["latest"]) in days, days


ROUND14 = [json.loads(line) for line in (FIXTURES / "dating_round14.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip()]


@pytest.mark.parametrize("case", ROUND14, ids=[c["id"] for c in ROUND14])
def test_hours_and_order_within_a_day(case: dict) -> None:
    """Dating round 14: small hours after an evening that ثم continues are the next day's; a
    time of the one day that dates an event gives it its hour (``hour``: the hour it starts); a
    coming date after "حتى" ends a term and never dates a past act; and ثم continues the clause
    before it, not the event an offset there counts from (``links``: before, after)."""
    from timeline.events.extract import extract_article
    from timeline.temporal import tag_article

    article = Article(case["id"], case["text"], dt.datetime.fromisoformat(case["published"]))
    events, links = extract_article(article, tag_article(article))
    for want in case.get("expect", ()):
        found = _at(events, case["text"], want["at"], want["type"])
        assert found, f"no {want['type']} at {want['at']!r}: {[(e.type, e.days) for e in events]}"
        days = [tuple(str(d) for d in e.days) for e in found]
        assert (want["earliest"], want["latest"]) in days, days
        if "hour" in want:
            assert want["hour"] in {e.earliest.hour for e in found}, [e.earliest for e in found]
    for before, after in case.get("links", ()):
        firsts = {e.id for e in events if any(before in m.text for m in e.mentions)}
        seconds = {e.id for e in events if any(after in m.text for m in e.mentions)}
        assert any(k.before in firsts and k.after in seconds for k in links), \
            [(k.before, k.after) for k in links]


def test_window_ahead_dates_only_what_is_planned() -> None:
    # a span running ahead from the publication day (خلال ستين يوماً after على أن) dates the
    # withdrawal planned, not the acceptance told before it, which the weekday dates
    from timeline.temporal import tag

    text = ("وكان بايدن قد أعلن يوم الثلاثاء أن حكومتي لبنان وإسرائيل قبلتا المقترح الأمريكي، "
            "على أن ينسحب الجيش الإسرائيلي تدريجياً خلال ستين يوماً.")
    article = Article("window-ahead", text, dt.datetime(2024, 11, 28))
    spans = [(e.type, e.days) for e in extract_events(article, tag(text, "2024-11-28"))
             if any(text[m.start:m.end] == "قبلتا" for m in e.mentions)]
    assert spans and all(days[1] <= dt.date(2024, 11, 28) for _, days in spans), spans


ROUND15 = [json.loads(line) for line in (FIXTURES / "dating_round15.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip()]


@pytest.mark.parametrize("case", ROUND15, ids=[c["id"] for c in ROUND15])
def test_midnights_bare_evenings_and_relative_clauses(case: dict) -> None:
    """Dating round 15: the minutes before midnight end on the day they close; a bare evening of
    a past act is the lead's day when none is in play; an act told in a relative clause on a
    participant does not take the main clause's date; a noun followed by a verb of occurring
    takes that clause's date; minutes from an act of known minute keep the hour; a definite event
    word after a cue inside the placed event's words names the last event of its type told before
    (``links``); "الليلة السابقة" is the night before the day in play. ``absent``: days no event at
    that trigger may have."""
    from timeline.events.extract import extract_article
    from timeline.temporal import tag_article

    article = Article(case["id"], case["text"], dt.datetime.fromisoformat(case["published"]))
    events, links = extract_article(article, tag_article(article))
    for want in case.get("expect", ()):
        found = _at(events, case["text"], want["at"], want["type"])
        assert found, f"no {want['type']} at {want['at']!r}: {[(e.type, e.days) for e in events]}"
        days = [tuple(str(d) for d in e.days) for e in found]
        assert (want["earliest"], want["latest"]) in days, days
        if "hour" in want:
            assert want["hour"] in {e.earliest.hour for e in found}, [e.earliest for e in found]
    for unwanted in case.get("absent", ()):
        found = _at(events, case["text"], unwanted["at"], unwanted["type"])
        days = [tuple(str(d) for d in e.days) for e in found]
        assert (unwanted["earliest"], unwanted["latest"]) not in days, days
    for before, after in case.get("links", ()):
        firsts = {e.id for e in events if any(before in m.text for m in e.mentions)}
        seconds = {e.id for e in events if any(after in m.text for m in e.mentions)}
        assert any(k.before in firsts and k.after in seconds for k in links), [(k.before, k.after) for k in links]
    if case.get("no_links"):
        assert not links, [(k.before, k.after) for k in links]


ROUND16 = [json.loads(line) for line in (FIXTURES / "dating_round16.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip()]


@pytest.mark.parametrize("case", ROUND16, ids=[c["id"] for c in ROUND16])
def test_objects_counts_ends_and_named_days(case: dict) -> None:
    """Dating round 16: a date between a verb and its object noun dates the verb too; a count of
    hours after, in a past story, runs from the day in play (and the same day told after it
    moves with it); a coming date right after إلى ends an extension; "اليوم نفسه" after "في
    الهجوم نفسه" is that act's day; a step after "ثم" takes only the day of a time of an
    earlier clause (``not``: a day the event must not have; ``grain``: one it must have;
    ``links``: before, after)."""
    from timeline.events.extract import extract_article
    from timeline.temporal import tag_article

    article = Article(case["id"], case["text"], dt.datetime.fromisoformat(case["published"]))
    events, links = extract_article(article, tag_article(article))
    for want in case.get("expect", ()):
        found = _at(events, case["text"], want["at"], want["type"])
        assert found, f"no {want['type']} at {want['at']!r}: {[(e.type, e.days) for e in events]}"
        days = [tuple(str(d) for d in e.days) for e in found]
        if "not" in want:
            assert tuple(want["not"]) not in days, days
        else:
            assert (want["earliest"], want["latest"]) in days, days
        if "grain" in want:
            assert want["grain"] in {e.grain for e in found}, [e.grain for e in found]
    for before, after in case.get("links", ()):
        firsts = {e.id for e in events if any(before in m.text for m in e.mentions)}
        seconds = {e.id for e in events if any(after in m.text for m in e.mentions)}
        assert any(k.before in firsts and k.after in seconds for k in links), \
            [(k.before, k.after) for k in links]


ROUND17 = [json.loads(line) for line in (FIXTURES / "dating_round17.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip()]


@pytest.mark.parametrize("case", ROUND17, ids=[c["id"] for c in ROUND17])
def test_relative_clauses_and_named_references(case: dict) -> None:
    """Dating round 17: a noun's own relative clause dates it over a date right before it (and
    what counts from it moves with it); a cue's construct ("عقب إعلان النتائج") or the event word
    after a count's من ("بعد ساعات من الخطاب") names the last event of its kind told before, which
    precedes the event the cue places (``links``: before, after; ``links_not``: none)."""
    from timeline.events.extract import extract_article
    from timeline.temporal import tag_article

    article = Article(case["id"], case["text"], dt.datetime.fromisoformat(case["published"]))
    events, links = extract_article(article, tag_article(article))
    for want in case.get("expect", ()):
        found = _at(events, case["text"], want["at"], want["type"])
        assert found, f"no {want['type']} at {want['at']!r}: {[(e.type, e.days) for e in events]}"
        days = [tuple(str(d) for d in e.days) for e in found]
        assert (want["earliest"], want["latest"]) in days, days

    def ids(word: str) -> set[str]:
        return {e.id for e in events if any(word in m.text for m in e.mentions)}

    for before, after in case.get("links", ()):
        assert any(k.before in ids(before) and k.after in ids(after) for k in links), \
            [(k.before, k.after) for k in links]
    for before, after in case.get("links_not", ()):
        assert not any(k.before in ids(before) and k.after in ids(after) for k in links), \
            [(k.before, k.after) for k in links]


ROUND18 = [json.loads(line) for line in (FIXTURES / "dating_round18.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip()]


@pytest.mark.parametrize("case", ROUND18, ids=[c["id"] for c in ROUND18])
def test_adjectives_purposes_and_quotations(case: dict) -> None:
    """Dating round 18: a definite noun's relative clause after its adjectives dates it; a
    purpose noun's bare weekday read before the day of its act is the one a week on; a date
    inside a quotation dates no event told outside it."""
    test_relative_clauses_and_named_references(case)


ROUND20 = [json.loads(line) for line in (FIXTURES / "dating_round20.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip()]


@pytest.mark.parametrize("case", ROUND20, ids=[c["id"] for c in ROUND20])
def test_spoken_occasions_and_offsets_in_play(case: dict) -> None:
    """Dating round 20: a relative clause opened by a verb of speaking, between a saying verb and
    what it reports, dates the saying ("الذي تحدث الجمعة في مؤتمر صحافي"), unless it has a
    content of its own; an offset counted from an event ("قبل تسعة أيام من تسلمه") is no day in
    play for the sentences after it; "بعد ساعات من X" is on X's day (the next one too after an
    evening), read back from a dated event as well; an occurring noun with a
    pronoun ("بعد ساعات من وقوعه") names the event word before it; "اليوم نفسه" the tagger
    counted from a date named in passing is counted from the day in play (``not``: a day the
    event must not have; ``grain``: one it must have)."""
    test_objects_counts_ends_and_named_days(case)


ROUND21 = [json.loads(line) for line in (FIXTURES / "dating_round21.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip()]


@pytest.mark.parametrize("case", ROUND21, ids=[c["id"] for c in ROUND21])
def test_right_after_a_cause(case: dict) -> None:
    """Dating round 21: "عقب X"/"فور X" (``right_after``) with nothing else dating the event is
    on X's day when X is dated (and the next day too after an evening), no longer up to the
    publication day; "بعد"/"إثر" say only "after" and are not narrowed."""
    test_objects_counts_ends_and_named_days(case)


ROUND22 = [json.loads(line) for line in (FIXTURES / "dating_round22.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip()]


@pytest.mark.parametrize("case", ROUND22, ids=[c["id"] for c in ROUND22])
def test_hours_after_the_lead_and_then_after_a_reference(case: dict) -> None:
    """Dating round 22: a definite event noun counted from by hours or minutes that no event of
    its kind told before dates names the article's lead ("بعد دقائق من الهزة"); a step after ثم
    continues its clause's main event, not the reference an order cue names ("عقب التصويت، ثم")؛
    a count of hours in a later clause runs from the event told before it in its sentence."""
    test_objects_counts_ends_and_named_days(case)


ROUND23 = [json.loads(line) for line in (FIXTURES / "dating_round23.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip()]


@pytest.mark.parametrize("case", ROUND23, ids=[c["id"] for c in ROUND23])
def test_sayings_at_an_occasion_and_pluperfect_steps(case: dict) -> None:
    """Dating round 23: a saying "في الجلسة"/"خلال المراسم"/"في الحفل" takes the date of the
    session or ceremony told indefinite a few sentences before (the accusative "حفلا" too; a
    final ة is no pronoun); a step after "ثم" in a pluperfect sentence, with no date of its own,
    continues that sentence's day."""
    test_objects_counts_ends_and_named_days(case)
