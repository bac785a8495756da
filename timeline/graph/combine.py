"""How two compatible reports combine into one event (:class:`Matcher`): interval, subtype,
phase, participants, place, theatre, headline, warnings."""

from __future__ import annotations

import datetime as dt

from ..events.extract import NO_DCT_WARNING, PLANNED_WARNING
from ..model import GRAINS, UNDATED, Actor, Event, end_of, start_of
from .headline import better_headline
from .identity import (
    GENERIC_SUBTYPES,
    Facts,
    Identity,
    facts_of,
    is_generic,
    mention_key,
    merged_phase,
    theatres,
)


class Matcher(Identity):
    """The identity decision plus how two compatible events combine."""

    def subtype_of(self, a: Event, b: Event) -> str | None:
        """The merged subtype: the one known, the specific one beside a generic, or the
        first in order when two wordings of one act differ."""
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
        earliest, latest, to_days = _interval(a, b, fa, fb)
        year = (earliest or latest).year if (earliest or latest) else None
        mentions = tuple(sorted(set(a.mentions + b.mentions), key=mention_key))
        dated = not (fa.loose and fb.loose)
        # "planned" holds only while no report says the event took place
        planned = PLANNED_WARNING in a.warnings and PLANNED_WARNING in b.warnings
        warnings = tuple(sorted({w for w in a.warnings + b.warnings
                                 if not (dated and (w.startswith(UNDATED) and w != NO_DCT_WARNING))
                                 and (planned or w != PLANNED_WARNING)}))
        return Event(
            id=a.id, type=a.type, subtype=self.subtype_of(a, b), earliest=earliest, latest=latest,
            participants=self.parties_of(a, b, year), place=_narrower(self, a.place, b.place), mentions=mentions,
            confidence=round(max(a.confidence, b.confidence), 3), warnings=warnings,
            phase=merged_phase(a.phase, b.phase), headline=better_headline(a.headline, b.headline),
            theatre=_theatre(a, b), grain="day" if to_days else max(a.grain, b.grain, key=_grain_rank),
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
            actors.setdefault(actor.key, actor)
        if any(not is_generic(x) for x in actors.values()):
            actors = {k: x for k, x in actors.items() if not is_generic(x)}
        persons = [x for x in actors.values() if x.key in self.lexicon.roles]
        return tuple(x for x in actors.values()
                     if not any(x.key != p.key and x.key in self.expand(p, year) for p in persons))


def _interval(a: Event, b: Event, fa: Facts, fb: Facts) -> tuple[dt.datetime | None, dt.datetime | None, bool]:
    """The merged interval, and whether it was widened to whole days: the intersection when
    not empty; the shared days when only the times of day are disjoint (time zones, a part of
    day beside a clock time); without a shared day (a print edition's lag) the interval of
    the report not dated by "اليوم"/"أمس" alone, else the earlier one."""
    latest = min(a.latest, b.latest) if a.latest is not None and b.latest is not None else a.latest or b.latest
    starts = [e.earliest for e in (a, b) if e.earliest is not None]
    if not starts:
        return None, latest, False
    earliest = max(starts)
    if earliest <= latest:
        return earliest, latest, False
    if len(starts) == 2 and earliest.date() <= latest.date():
        return start_of(earliest.date()), end_of(latest.date()), True
    if fa.deictic != fb.deictic:
        keep = b if fa.deictic else a
    else:
        keep = min(a, b, key=lambda e: (e.earliest, e.latest))
    return keep.earliest, keep.latest, False


def _grain_rank(grain: str) -> int:
    return GRAINS.index(grain) if grain in GRAINS else GRAINS.index("day")


def _theatre(a: Event, b: Event) -> str | None:
    """The theatres both reports share, else all of them."""
    ta, tb = theatres(a), theatres(b)
    keys = (ta & tb) or (ta | tb)
    return "+".join(sorted(keys)) if keys else None


def _narrower(matcher: Identity, a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    return a if matcher.lexicon.place_within(a, b) else b
