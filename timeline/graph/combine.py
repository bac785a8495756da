"""How two compatible reports combine into one event (:class:`Matcher`): interval, subtype,
phase, participants, place, theatre, headline, warnings."""

from __future__ import annotations

import datetime as dt

import attrs

from ..events.extract import NO_DCT_WARNING, PLANNED_WARNING
from ..events.predicates import ACT
from ..model import FINE_GRAINS, GRAINS, UNDATED, Actor, Event, end_of, start_of
from .headline import better_headline
from .identity import (
    CLOCK_GRAINS,
    GENERIC_SUBTYPES,
    TIME_CONFLICT,
    Facts,
    Identity,
    facts_of,
    is_generic,
    mention_key,
    merged_phase,
    theatres,
    windows_touch,
)
from .kinship import as_kin, decided, kin_type, one_person


class Matcher(Identity):
    """The identity decision plus how two compatible events combine."""

    def subtype_of(self, a: Event, b: Event) -> str | None:
        """The merged subtype: the one known, the specific one beside a generic, or the
        first in order when two wordings of one act differ."""
        a, b = decided(a, b)  # a decision beside its act: the act
        if ACT in (a.subtype, b.subtype) and a.subtype != b.subtype:
            # a fallback act beside the named act its verb reports ("أوقفت" / "اعتقلت"): the named
            return b.subtype if a.subtype == ACT else a.subtype
        generic = GENERIC_SUBTYPES.get(a.type)
        if a.subtype is None or a.subtype == generic:
            return b.subtype or a.subtype
        if b.subtype is None or b.subtype == generic:
            return a.subtype
        return min(a.subtype, b.subtype)

    def combine(self, a: Event, b: Event, facts: tuple[Facts, Facts] | None = None) -> Event:
        """The merged event: interval intersection, union of participants and mentions.

        Reports of other articles that met only through a print edition's lag (no common
        day) take the interval of the report not dated by "اليوم"/"أمس" alone, else the
        earlier one."""
        fa, fb = facts or (facts_of(a), facts_of(b))
        kind = kin_type(a, b)
        if kind is not None and a.type != b.type:
            a, b = as_kin(a, kind), as_kin(b, kind)
        earliest, latest, grain, clash = _interval(a, b, fa, fb)
        year = (earliest or latest).year if (earliest or latest) else None
        mentions = tuple(sorted(set(a.mentions + b.mentions), key=mention_key))
        dated = not (fa.loose and fb.loose)
        # "planned" holds only while no report says the event took place
        planned = PLANNED_WARNING in a.warnings and PLANNED_WARNING in b.warnings
        warnings = tuple(sorted({w for w in a.warnings + b.warnings + ((TIME_CONFLICT,) if clash else ())
                                 if not (dated and (w.startswith(UNDATED) and w != NO_DCT_WARNING))
                                 and (planned or w != PLANNED_WARNING)}))
        return Event(
            id=a.id, type=a.type, subtype=self.subtype_of(a, b), earliest=earliest, latest=latest,
            participants=self.parties_of(a, b, year), place=_narrower(self, a.place, b.place), mentions=mentions,
            confidence=round(max(a.confidence, b.confidence), 3), warnings=warnings,
            phase=merged_phase(a.phase, b.phase), headline=better_headline(a.headline, b.headline),
            theatre=_theatre(a, b), grain=grain, round=a.round or b.round,
        )

    def parties_of(self, a: Event, b: Event, year: int | None) -> tuple[Actor, ...]:
        """Union of participants (first by key, role, name); an office goes when its holder is
        named, "the parties" when any party is named.  Two reports of a call that each name
        two sides or more keep the smaller set: the sides both agree on, so one call's
        counterpart never spreads to another call."""
        na, nb = self.named(a), self.named(b)
        if a.type == "call" and len(na) > 1 and len(nb) > 1 and len(na) != len(nb):
            pool = a.participants if len(na) < len(nb) else b.participants
        else:
            pool = a.participants + b.participants
        actors: dict[str, Actor] = {}
        for actor in sorted(pool, key=lambda x: (x.key, x.role or "", x.name)):
            kept = actors.setdefault(actor.key, actor)
            if self.holder_key(kept) is None and self.holder_key(actor) is not None:
                # the office keeps the holder's name one report gives (identity's ``held_by``)
                actors[actor.key] = attrs.evolve(kept, name=actor.name)
        if any(not is_generic(x) for x in actors.values()):
            actors = {k: x for k, x in actors.items() if not is_generic(x)}
        persons = [x for x in actors.values() if x.key in self.lexicon.roles]
        return tuple(x for x in actors.values()
                     if not any(x.key != p.key and x.key in self.expand(p, year) for p in persons))


def _interval(a: Event, b: Event, fa: Facts, fb: Facts) -> tuple[dt.datetime | None, dt.datetime | None, str, bool]:
    """The merged interval, its grain, and whether the reports' times of day disagree
    (:data:`TIME_CONFLICT`).

    The intersection when not empty, at the finer grain (a day and its 04:00; two parts of
    day), except that a clock time meeting a part of day is kept whole (a dawn and 06:30).  When the days meet but the times of day do not: two clock times (time zones, a
    wire's rounding) give the span of both at the coarser clock grain, keeping both times;
    otherwise (a part of day is a convention) the shared days at day grain.  Either way the
    disagreement is reported, and an event that carries one is never narrowed again by a
    report that agrees with one side only.  Without a shared day (a print edition's lag):
    the interval of the report not dated by "اليوم"/"أمس" alone, else the earlier one (always the
    earlier for a death told a day later: :meth:`Identity.same_dead`); times of day on
    consecutive days that touch across midnight (:func:`windows_touch`) give the span of both,
    with the disagreement."""
    latest = min(a.latest, b.latest) if a.latest is not None and b.latest is not None else a.latest or b.latest
    starts = [e.earliest for e in (a, b) if e.earliest is not None]
    if not starts:
        return None, latest, _finer(a, b), False
    earliest = max(starts)
    if len(starts) == 2 and earliest.date() <= latest.date():
        fine = a.grain in FINE_GRAINS and b.grain in FINE_GRAINS
        conflicted = TIME_CONFLICT in a.warnings or TIME_CONFLICT in b.warnings
        clocks = [e for e in (a, b) if e.grain in CLOCK_GRAINS]
        if earliest <= latest and not (fine and conflicted) and not _keeps_day(a, b):
            if fine and len(clocks) == 1:
                # a clock time within reach of a part of day: the clock time (the part of day's
                # bounds are a convention, so their intersection would be a made-up time)
                return clocks[0].earliest, clocks[0].latest, clocks[0].grain, False
            return earliest, latest, _finer(a, b), False
        if fine and len(clocks) == 2:
            coarser = min(a.grain, b.grain, key=_grain_rank)
            return min(a.earliest, b.earliest), max(a.latest, b.latest), coarser, True
        if fine and conflicted and clocks and TIME_CONFLICT in clocks[0].warnings:
            return clocks[0].earliest, clocks[0].latest, clocks[0].grain, True  # a part of day is a convention
        return start_of(earliest.date()), end_of(latest.date()), "day", True
    if len(starts) < 2:
        return earliest, latest, max(a.grain, b.grain, key=_grain_rank), False
    if windows_touch(a, b):
        # an evening in one zone, the next dawn in another: the text holds both
        coarser = min(a.grain, b.grain, key=_grain_rank)
        return min(a.earliest, b.earliest), max(a.latest, b.latest), coarser, True
    if fa.deictic != fb.deictic and not (one_person(a) and one_person(b)):
        keep = b if fa.deictic else a
    else:
        keep = min(a, b, key=lambda e: (e.earliest, e.latest))
    return keep.earliest, keep.latest, keep.grain, False


def _finer(a: Event, b: Event) -> str:
    return max(a.grain, b.grain, key=_grain_rank)


def _keeps_day(a: Event, b: Event) -> bool:
    """A day-grain event whose reports' times of day disagreed is not narrowed to one of them."""
    return any(TIME_CONFLICT in e.warnings and e.grain not in FINE_GRAINS for e in (a, b))


def _grain_rank(grain: str) -> int:
    return GRAINS.index(grain) if grain in GRAINS else GRAINS.index("day")


def _theatre(a: Event, b: Event) -> str | None:
    """The theatres both reports share, else all of them."""
    ta, tb = theatres(a), theatres(b)
    keys = (ta & tb) or (ta | tb)
    return "+".join(sorted(keys)) if keys else None


def _narrower(matcher: Identity, a: str | None, b: str | None) -> str | None:
    """The place within the other; a place the gazetteer does not know beside a region is the
    finer one (a village in its district)."""
    if a is None or b is None:
        return a or b
    if matcher.known(a) != matcher.known(b):
        return b if matcher.known(a) else a
    if a != b and not matcher.within(a, b):
        return min(a, b)  # a pair no rule lets meet: deterministic all the same
    return a if matcher.lexicon.place_within(a, b) else b
