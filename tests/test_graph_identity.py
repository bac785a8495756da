"""Cross-article identity: the decision on pairs of event records (fixtures), merge
properties on generated reports (order independence, idempotence, every mention kept, stable
ids, cannot-links held inside every merged event, partitioned merging equal to one merge),
and near-linear cost on one story reported by thousands of articles."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import Counter
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.graph import cluster_events, merge_events
from timeline.graph.identity import (
    CLOCK_GRAINS,
    LATER_PHASES,
    SAME_ACT_PHASES,
    TIME_CONFLICT,
    Identity,
    facts_of,
)
from timeline.graph.kinship import kin_type
from timeline.graph.merge import Matcher
from timeline.model import GENERIC_KIND, PHASES, Actor, Event, Mention, iso

CASES = json.loads((Path(__file__).parent / "fixtures" / "events" / "identity.json").read_text(encoding="utf-8"))


def actor(spec: str) -> Actor:
    """``key``, ``key/role``, ``key|kind`` or ``key/role|kind``."""
    spec, _, kind = spec.partition("|")
    key, _, role = spec.partition("/")
    return Actor(key, key, kind or "person", role or None)


def record(spec: dict, n: int) -> Event:
    doc, start = spec["doc"], spec.get("start", 10 * n)
    days = spec.get("days")
    if "times" in spec:  # a time of day: [earliest, latest] date-times at spec["grain"]
        earliest, latest = (dt.datetime.fromisoformat(t) for t in spec["times"])
    else:
        earliest = dt.date.fromisoformat(days[0]) if days else None
        latest = dt.date.fromisoformat(days[1] if days else spec["latest"])
    mention = Mention(doc, start, start + 4, "حدث", dated_by=spec.get("dated_by", "clause"),
                      deictic=spec.get("deictic", False))
    return Event(f"{doc}:{start}", spec["type"], spec.get("subtype"), earliest, latest,
                 tuple(actor(p) for p in spec.get("parts", ())), spec.get("place"), (mention,),
                 warnings=() if days or "times" in spec else ("undated",), phase=spec.get("phase"),
                 theatre=spec.get("theatre"), grain=spec.get("grain", "day"), round=spec.get("round"))


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: c["name"])
def test_identity_case(case: dict) -> None:
    a, b = record(case["a"], 0), record(case["b"], 1)
    identity = Identity()
    assert identity.conflict(a, b) == case["rule"]
    assert identity.conflict(b, a) == case["rule"]
    merged = merge_events([a, b])
    assert len(merged) == (1 if case["rule"] == "" else 2)
    if "merged_days" in case:
        assert [str(d) for d in merged[0].days] == case["merged_days"]
    if "merged_times" in case:
        assert [iso(t, merged[0].grain) for t in (merged[0].earliest, merged[0].latest)] == case["merged_times"]
        assert merged[0].grain == case["merged_grain"]
    if "merged_place" in case:
        assert merged[0].place == case["merged_place"]
    if "merged_warnings" in case:
        assert [w for w in merged[0].warnings if w == TIME_CONFLICT] == case["merged_warnings"]


def test_every_rule_has_a_case() -> None:
    rules = {c["rule"] for c in CASES["cases"]}
    assert rules >= {"", "type", "spot", "phase", "round", "dates", "place", "subtype", "roles", "loose", "parties"}


def test_an_undated_report_that_fits_two_events_stays_alone() -> None:
    day = dt.date(2022, 9, 13)
    calls = [Event(f"d{i}:0", "call", None, day, day, (Actor("pashinyan", "p", role="agent"), Actor(k, k)),
                   mentions=(Mention(f"d{i}", 0, 4, "اتصل", dated_by="clause"),))
             for i, k in enumerate(("putin", "macron"))]
    vague = Event("d9:0", "call", None, None, dt.date(2022, 9, 14), (Actor("pashinyan", "p"),),
                  mentions=(Mention("d9", 0, 4, "اتصل", dated_by="none"),), warnings=("undated",))
    merged = merge_events([*calls, vague])
    assert len(merged) == 3
    alone = merge_events([calls[0], vague])
    assert len(alone) == 1 and alone[0].days == (day, day)
    # the same title in the article of one of them is that article's call
    title = attrs.evolve(vague, id="d0:90", mentions=(Mention("d0", 90, 94, "اتصل", dated_by="none"),))
    merged = merge_events([*calls, title])
    assert len(merged) == 2 and {m.doc for e in merged for m in e.mentions if len(e.mentions) == 2} == {"d0"}


def test_a_report_naming_nobody_that_fits_two_events_stays_alone() -> None:
    day = dt.date(2015, 8, 6)

    def strike(doc: str, *parts: str) -> Event:
        return Event(f"{doc}:0", "strike", None, day, day, tuple(Actor(p, p, "country", "agent") for p in parts),
                     mentions=(Mention(doc, 0, 4, "غارة", dated_by="clause"),), theatre="yemen")
    named = [strike("d1", "saudi_arabia"), strike("d2", "houthis")]
    assert len(merge_events([*named, strike("d3")])) == 3
    assert len(merge_events([named[0], strike("d3")])) == 1


def test_an_unresolved_body_that_fits_two_events_stays_alone() -> None:
    """"~الحركه" says no more than naming nobody across articles: it joins the one event of its
    scope that fits it, and neither of two."""
    day = dt.date(2025, 3, 21)

    def capture(doc: str, place: str | None, *parts: Actor) -> Event:
        return Event(f"{doc}:0", "capture", "capture", day, day, parts, place,
                     mentions=(Mention(doc, 0, 4, "سيطر", dated_by="clause"),), theatre="sudan")
    army = Actor("sudan:army", "الجيش السوداني", "organization", "agent")
    named = [capture("d1", "khartoum_state", army), capture("d2", "darfur", army)]
    unknown = capture("d3", None, Actor("~الحركه", "الحركة", "organization", "agent"))
    assert len(merge_events([*named, unknown])) == 3
    assert len(merge_events([named[0], unknown])) == 1
    # inside one article it is a party of its own
    assert len(merge_events([named[0], attrs.evolve(unknown, id="d1:90", mentions=(
        Mention("d1", 90, 94, "سيطر", dated_by="clause"),))])) == 2


def test_a_death_told_a_day_later_merges_in_any_order() -> None:
    """A person dies once: the wire's death and a next-day cable's (dated by its own day), with the
    cable's restatement and another person's death of that day, give the same events (the named
    death on the earlier day) in every input order, and merging the result changes nothing."""
    khalifa = Actor("khalifa_bin_zayed", "خليفة بن زايد", "person")
    other = Actor("~سلطان_بن_خليفه", "سلطان بن خليفة", "person")

    def death(doc: str, start: int, day: dt.date, *parts: Actor) -> Event:
        return Event(f"{doc}:{start}", "other", "death", day, day, parts, theatre="uae",
                     mentions=(Mention(doc, start, start + 4, "وفاة", dated_by="clause"),))
    d13, d14 = dt.date(2022, 5, 13), dt.date(2022, 5, 14)
    reports = [death("wam", 0, d13, khalifa), death("spa", 0, d14, khalifa), death("spa", 60, d14, khalifa),
               death("gulf", 0, d14, other)]
    merged = merge_events(reports)
    assert sorted((e.earliest.date(), len(e.mentions)) for e in merged) == [(d13, 3), (d14, 1)]
    for seed in range(6):
        shuffled = reports[:]
        random.Random(seed).shuffle(shuffled)
        assert [e.id for e in merge_events(shuffled)] == [e.id for e in merged]
    assert [e.id for e in merge_events(merged)] == [e.id for e in merged]


def test_one_speech_told_across_midnight_merges_in_any_order() -> None:
    """One speech told "مساء الاثنين" by a wire and a paper and "فجر أمس الثلاثاء بتوقيت الرياض"
    by another paper, whose reference to it ("بإعلان الولايات المتحدة") is dated by its day: one
    event spanning the evening and the dawn, in every input order, and merging the result
    changes nothing; another speaker's statement of that dawn stays apart."""
    biden, usa, taliban = Actor("biden", "بايدن", "person", "speaker"), Actor("usa", "الولايات المتحدة", "country", "speaker"), \
        Actor("taliban", "طالبان", "group", "speaker")

    def said(doc: str, start: int, times: tuple[str, str], grain: str, who: Actor) -> Event:
        earliest, latest = (dt.datetime.fromisoformat(x) for x in times)
        return Event(f"{doc}:{start}", "statement", "statement", earliest, latest, (who,), grain=grain,
                     mentions=(Mention(doc, start, start + 4, "قال", dated_by="clause"),))
    evening, dawn = ("2022-08-01T18:00:00", "2022-08-01T23:59:59"), ("2022-08-02T03:00:00", "2022-08-02T06:59:59")
    day = ("2022-08-02T00:00:00", "2022-08-02T23:59:59")
    reports = [said("reuters", 0, evening, "part_of_day", biden), said("shorouk", 90, evening, "part_of_day", biden),
               said("riyadh", 280, dawn, "part_of_day", biden), said("riyadh", 90, day, "day", usa),
               said("kabul", 0, dawn, "part_of_day", taliban)]
    merged = merge_events(reports)
    assert sorted(len(e.mentions) for e in merged) == [1, 4]
    for seed in range(6):
        shuffled = reports[:]
        random.Random(seed).shuffle(shuffled)
        assert [e.id for e in merge_events(shuffled)] == [e.id for e in merged]
    assert [e.id for e in merge_events(merged)] == [e.id for e in merged]


def test_the_merged_headline_names_who_and_where() -> None:
    day = dt.date(2024, 9, 23)
    parts = (Actor("israel", "إسرائيل", "country", "agent"), Actor("hezbollah", "حزب الله", "group", "patient"))

    def report(doc: str, headline: str) -> Event:
        return Event(f"{doc}:0", "strike", "air_raid", day, day, parts, mentions=(Mention(doc, 0, 4, "غارة", dated_by="clause"),),
                     headline=headline)
    reports = [report("d1", "الغارات"), report("d2", "غارات إسرائيلية على مواقع لحزب الله في جنوب لبنان"),
               report("d3", "قصفت الطائرات الإسرائيلية مواقع عدة الليلة الماضية في الجنوب اللبناني قرب الحدود مع إسرائيل")]
    (merged,) = merge_events(reports)
    assert merged.headline == reports[1].headline  # names both sides
    assert merge_events(list(reversed(reports)))[0].headline == merged.headline
    assert merge_events([reports[0]])[0].headline == "الغارات"


def test_an_office_named_with_its_holder_meets_the_holder_named_alone() -> None:
    """One outlet names the office with a holder the lexicon does not list, another the name
    alone: one signing, in any order and merged again; another holder's name stays apart."""
    day = dt.date(2020, 9, 15)

    def signed(doc: str, who: Actor) -> Event:
        return Event(f"{doc}:0", "other", "agreement_signed", day, day, (attrs.evolve(who, role="agent"),),
                     mentions=(Mention(doc, 0, 4, "وقع", dated_by="clause"),), theatre="bahrain")

    office = Actor("bahrain:foreign_minister", "وزير الخارجية البحريني الدكتور عبداللطيف بن راشد الزياني")
    bare = Actor("bahrain:foreign_minister", "وزير الخارجية البحريني")
    name = Actor("~عبداللطيف_بن_راشد_الزياني", "وزير الخارجية الدكتور عبداللطيف بن راشد الزياني")
    other = Actor("~خالد_بن_احمد_ال_خليفه", "خالد بن أحمد آل خليفة")
    identity = Identity()
    assert identity.conflict(signed("d1", office), signed("d2", name)) == ""
    assert identity.conflict(signed("d1", office), signed("d2", other)) == "parties"
    assert identity.conflict(signed("d1", bare), signed("d2", name)) == "parties"  # no holder named
    reports = [signed("d1", bare), signed("d2", office), signed("d3", name)]
    for order in (reports, reports[::-1], [reports[2], reports[0], reports[1]]):
        merged = merge_events(order)
        assert len(merged) == 1 and merge_events(merged) == merged
    assert len(merge_events([signed("d1", office), signed("d2", other)])) == 2


# -- properties ----------------------------------------------------------------------------

ACTORS = [Actor("putin", "بوتين"), Actor("macron", "ماكرون"), Actor("lavrov", "لافروف"),
          Actor("armenia", "أرمينيا", "country"), Actor("azerbaijan", "أذربيجان", "country"),
          Actor("azerbaijan:army", "الجيش الأذربيجاني", "organization"),
          Actor("russia:foreign_minister", "وزير الخارجية الروسي"), Actor("parties", "الطرفان", GENERIC_KIND),
          Actor("~وزاره_الدفاع", "وزارة الدفاع", "organization"), Actor("~الوزاره", "الوزارة", "organization"),
          Actor("~نانسي_بيلوسي", "نانسي بيلوسي"), Actor("~بيلوسي", "بيلوسي"),
          Actor("~العميد_نبيل_عبد_الله", "العميد نبيل عبد الله"), Actor("~المتحدث_نبيل_عبد_الله", "المتحدث نبيل عبد الله"),
          # an office with its unlisted holder's name, the office alone, and the name alone
          Actor("armenia:foreign_minister", "وزير الخارجية الأرميني أرارات ميرزويان"),
          Actor("armenia:foreign_minister", "وزير الخارجية الأرميني"), Actor("~ارارات_ميرزويان", "أرارات ميرزويان")]
SUBTYPES = {"call": [None, "phone"], "ceasefire": [None], "meeting": [None, "talks", "visit"],
            "strike": [None, "attack", "shelling", "air_raid"], "statement": ["statement"],
            "other": [None, "war", "agreement", "agreement_signed"]}
PLACES = [None, None, "ganja", "tartar", "nagorno_karabakh", "stepanakert", "damascus", "قريه_مجهوله"]
THEATRES = [None, "armenia", "azerbaijan", "armenia+azerbaijan", "syria"]
ROLES = [None, "agent", "patient", "counterpart"]


TIME_GRAINS = ("day", "day", "part_of_day", "hour", "minute")
TIME_WIDTH = {"part_of_day": dt.timedelta(hours=5, minutes=59, seconds=59),
              "hour": dt.timedelta(minutes=59, seconds=59), "minute": dt.timedelta(seconds=59)}


@st.composite
def reports(draw: st.DrawFn, year: int = 2020) -> list[Event]:
    n = draw(st.integers(0, 24))
    out = []
    for i in range(n):
        kind = draw(st.sampled_from(sorted(SUBTYPES)))
        lo = dt.date(year, 10, 1) + dt.timedelta(days=draw(st.integers(0, 40)))
        width = draw(st.sampled_from([0, 0, 0, 1, 7, 30, 400]))
        dated_by = draw(st.sampled_from(["clause", "sentence", "narrative", "dct", "none"]))
        doc = draw(st.sampled_from(["d1", "d2", "d3", "d4"]))
        start = draw(st.integers(0, 500)) * 10 + i  # unique mention per event
        parts = tuple(attrs.evolve(a, role=draw(st.sampled_from(ROLES)))
                      for a in draw(st.lists(st.sampled_from(ACTORS), max_size=3, unique_by=lambda a: a.key)))
        undated = dated_by == "none"
        earliest, latest = (None if undated else lo), lo + dt.timedelta(days=width)
        # a time of day on one day: a part of day, an hour or a minute
        grain = draw(st.sampled_from(TIME_GRAINS)) if width == 0 and not undated else "day"
        if grain != "day":
            earliest = dt.datetime.combine(lo, dt.time(draw(st.integers(0, 23)), draw(st.sampled_from([0, 5, 30]))))
            latest = earliest + TIME_WIDTH[grain]
        out.append(Event(
            f"{doc}:{start}", kind, draw(st.sampled_from(SUBTYPES[kind])), earliest, latest,
            parts, draw(st.sampled_from(PLACES)),
            (Mention(doc, start, start + 3, "حدث", dated_by=dated_by, deictic=draw(st.booleans()) and width == 0),),
            confidence=0.5, warnings=("undated",) if undated else (),
            phase=draw(st.sampled_from([None, None, *PHASES])) if kind in ("ceasefire", "other") else None,
            theatre=draw(st.sampled_from(THEATRES)), grain=grain,
            round=draw(st.sampled_from([None, None, "first", "runoff"])) if kind == "other" else None))
    return out


@settings(max_examples=150, deadline=None)
@given(reports(), st.randoms(use_true_random=False))
def test_merge_is_order_independent(evs: list[Event], rnd: random.Random) -> None:
    shuffled = list(evs)
    rnd.shuffle(shuffled)
    assert merge_events(shuffled) == merge_events(evs)


@settings(max_examples=150, deadline=None)
@given(reports())
def test_merge_is_idempotent(evs: list[Event]) -> None:
    once = merge_events(evs)
    assert merge_events(once) == once


@settings(max_examples=150, deadline=None)
@given(reports())
def test_every_mention_is_kept_once(evs: list[Event]) -> None:
    merged, assign = cluster_events(evs)
    assert Counter(m for e in merged for m in e.mentions) == Counter(m for e in evs for m in e.mentions)
    for i, e in enumerate(evs):
        assert set(e.mentions) <= set(merged[assign[i]].mentions)


@settings(max_examples=100, deadline=None)
@given(reports(), reports(year=2031))
def test_ids_are_stable_when_unrelated_reports_come(evs: list[Event], later: list[Event]) -> None:
    assert {e.id for e in merge_events(evs)} <= {e.id for e in merge_events(evs + later)}


@settings(max_examples=150, deadline=None)
@given(reports())
def test_cannot_links_hold_inside_every_merged_event(evs: list[Event]) -> None:
    merged, assign = cluster_events(evs)
    identity = Identity()
    for k, event in enumerate(merged):
        members = [e for e, a in zip(evs, assign, strict=True) if a == k]
        # one type, or reports of kin types from different articles merged as the kin type
        kinds = {m.type for m in members}
        assert len(kinds) == 1 or (all(kin_type(x, y) == event.type for x in members for y in members
                                       if x.type != y.type) and event.type in kinds)
        phases = {m.phase for m in members} - {None}
        assert len(phases) <= 1 or (frozenset(phases) in SAME_ACT_PHASES and event.phase == "signed")
        assert event.phase in {m.phase for m in members}
        assert not (phases & LATER_PHASES and None in {m.phase for m in members})
        places = [m.place for m in members if m.place is not None]
        assert all(identity.place_ok(x, y) for x in places for y in places)
        rounds = {m.round for m in members} - {None}
        assert len(rounds) <= 1 and event.round == (rounds.pop() if rounds else None)
        spots = [s for m in members for s in facts_of(m).spots]
        assert len(spots) == len(set(spots))
        if event.earliest is not None:
            firm = [m for m in members if m.earliest is not None and not facts_of(m).deictic]
            assert all(m.earliest <= event.latest and event.earliest <= m.latest for m in firm)


@st.composite
def clocked(draw: st.DrawFn) -> list[Event]:
    """Reports of one shelling on one day in several outlets, at clock times, parts of day or
    the day: what outlets in several time zones write."""
    day, out = dt.date(2022, 9, 13), []
    for i in range(draw(st.integers(2, 7))):
        grain = draw(st.sampled_from(TIME_GRAINS))
        earliest, latest = day, day
        if grain != "day":
            earliest = dt.datetime.combine(day, dt.time(draw(st.integers(0, 9)), draw(st.sampled_from([0, 10, 30]))))
            latest = earliest + TIME_WIDTH[grain]
        doc = f"d{draw(st.integers(0, 5))}"
        out.append(Event(f"{doc}:{i}", "strike", "shelling", earliest, latest, (Actor("azerbaijan", "a", role="agent"),),
                         mentions=(Mention(doc, 10 * i, 10 * i + 3, "قصف", dated_by="clause"),), grain=grain))
    return out


@settings(max_examples=150, deadline=None)
@given(st.one_of(reports(), clocked()))
def test_clock_times_are_kept_or_their_disagreement_said(evs: list[Event]) -> None:
    """A merged event's interval meets every clock time of its firm reports, stays at a clock
    grain unless they disagree, and when two of them disagree (disjoint) it says so
    (TIME_CONFLICT) rather than pick one."""
    merged, assign = cluster_events(evs)
    for k, event in enumerate(merged):
        clocks = [e for e, a in zip(evs, assign, strict=True) if a == k and e.grain in CLOCK_GRAINS
                  and not facts_of(e).deictic and e.days[0] <= event.days[1] and event.days[0] <= e.days[1]]
        if len(clocks) < 2 or event.earliest is None:
            continue
        if any(x.earliest > y.latest for x in clocks for y in clocks):
            assert TIME_CONFLICT in event.warnings
        assert all(event.earliest <= c.latest and c.earliest <= event.latest for c in clocks)
        assert event.grain in CLOCK_GRAINS or TIME_CONFLICT in event.warnings


@settings(max_examples=300, deadline=None)
@given(reports())
def test_blocking_lets_every_compatible_pair_meet(evs: list[Event]) -> None:
    """Two reports alone merge exactly when identity finds them compatible: blocking (tokens,
    date buckets) never hides a pair the rules would join."""
    identity = Identity()
    for a, b in zip(evs, evs[1:], strict=False):
        if a.mentions[0] == b.mentions[0]:
            continue
        assert len(merge_events([a, b])) == (1 if identity.compatible(a, b) else 2), identity.conflict(a, b)


@settings(max_examples=100, deadline=None)
@given(reports())
def test_merging_in_partitions_equals_one_merge(evs: list[Event]) -> None:
    pytest.importorskip("dask")
    from timeline.distributed import event_spans, group_key
    from timeline.graph.records import Extracted, merge_group, merge_records

    records = [Extracted((0, i), e.mentions[0].doc, (e,)) for i, e in enumerate(evs)]
    spans = event_spans(records)
    groups: dict[tuple, list] = {}
    for r in records:
        for j, e in enumerate(r.events):
            groups.setdefault(group_key(e, r.key, spans), []).append((r.key, j, e))
    parts = sorted(e.id for g in groups.values() for e in merge_group(g)[0])
    whole, _ = merge_records(records)
    assert parts == sorted(e.id for e in whole.events)


# -- one story, thousands of outlets ---------------------------------------------------------

class CountingMatcher(Matcher):
    def __init__(self) -> None:
        super().__init__()
        object.__setattr__(self, "calls", [0])

    def compatible(self, a: Event, b: Event, facts=None) -> bool:
        self.calls[0] += 1
        return super().compatible(a, b, facts)


def story(n: int) -> list[Event]:
    """``n`` reports of one call, in as many articles, beside ``n`` calls of other leaders."""
    day = dt.date(2015, 8, 2)
    out = []
    for i in range(n):
        doc = f"paper{i:05}"
        m = Mention(doc, 10, 20, "اتصل", dated_by="clause", deictic=i % 2 == 0)
        when = day + dt.timedelta(days=1) if i % 2 == 0 else day
        out.append(Event(f"{doc}:10", "call", "phone", when, when,
                         (Actor("salman", "s", role="agent"), Actor("putin", "p", role="counterpart")),
                         mentions=(m,)))
        other = Mention(doc, 50, 60, "اتصل", dated_by="clause")
        out.append(Event(f"{doc}:50", "call", "phone", day, day,
                         (Actor(f"leader{i}", "x", role="agent"), Actor(f"peer{i}", "y", role="counterpart")),
                         mentions=(other,)))
    return out


@pytest.mark.parametrize("n", [100, 1000])
def test_one_story_in_thousands_of_articles_is_one_event_at_linear_cost(n: int) -> None:
    matcher = CountingMatcher()
    merged, _ = cluster_events(story(n), matcher)
    assert len(merged) == n + 1
    biggest = max(merged, key=lambda e: len(e.mentions))
    assert len(biggest.mentions) == n and biggest.days == (dt.date(2015, 8, 2),) * 2
    assert matcher.calls[0] <= 4 * n


# -- kinship data ----------------------------------------------------------------------------

def test_kinship_data_is_valid_and_unknown_keys_are_rejected() -> None:
    import jsonschema

    from timeline.events.inflection import read_data

    data, schema = read_data("identity.json"), read_data("schema/identity.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    bad = json.loads(json.dumps(data))
    bad["kin"][0]["members"][0]["phase"] = ["agreed"]  # "phases" misspelt
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema, cls=jsonschema.Draft202012Validator)


def test_kin_groups_read_as_their_type_and_block_together() -> None:
    from timeline.graph.kinship import KIN, block_type, kin_type, load_kin

    day = dt.date(2018, 9, 17)
    sides = (Actor("putin", "بوتين", role="agent"), Actor("erdogan", "أردوغان", role="agent"))
    deal = Event("d1:0", "other", "agreement_signed", day, day, sides, mentions=(Mention("d1", 0, 4, "وقّع"),),
                 phase="signed")
    truce = Event("d2:0", "ceasefire", None, day, day, sides[:1], mentions=(Mention("d2", 0, 4, "وقّعها"),),
                  phase="signed")
    in_force = attrs.evolve(truce, phase="takes_effect")
    assert kin_type(deal, truce) == kin_type(truce, deal) == "ceasefire"
    assert kin_type(deal, in_force) is None
    assert block_type("other") == block_type("ceasefire") != block_type("strike")
    (merged,) = merge_events([deal, truce])
    assert (merged.type, merged.subtype, merged.phase) == ("ceasefire", None, "signed")
    # a user's group: the data alone decides
    groups = load_kin({"kin": [{"merged": "strike", "members": [{"type": "strike"}, {"type": "other", "subtypes": ["explosion"]}]}]})
    assert groups != KIN and groups[0].holds(attrs.evolve(deal, subtype="explosion"))
