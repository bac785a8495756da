"""Groups of time expressions: coordinated dates ("يومي الـ10 والـ17") and one act going on
over several days ("تواصل القصف يومي الثلاثاء والأربعاء")."""

from __future__ import annotations

import bisect
import datetime as dt

import attrs

from ..model import Timex
from .context import Candidate, Context
from .lexicon import ARTICLE


def _overlap(a: Timex, b: Timex) -> bool:
    return a.earliest.date() <= b.latest.date() and b.earliest.date() <= a.latest.date()


class HeldDates:
    """The time expressions one candidate already governs in :meth:`.Dating.owners`, indexed so
    that asking whether a new one shares a day with one of them or stands coordinated next to
    one costs about log n, not a scan of all of them (N coordinated dates made it quadratic).

    The answer is the one a scan gives: coordination is tested against the nearest held
    expressions in the text only while they are pairwise disjoint and none could be part of a
    coordination gap (otherwise, and when the new one overlaps a neighbour, it scans).
    """

    def __init__(self) -> None:
        self.items: list[Timex] = []
        self.by_start: list[Timex] = []
        self.starts: list[int] = []
        self.days: set[dt.date] = set()  # the one-day ones
        self.wide: list[Timex] = []  # the others
        self.plain = True

    def add(self, t: Timex, dating: DateGroups) -> None:
        self.items.append(t)
        first, last = t.earliest.date(), t.latest.date()
        if first == last:
            self.days.add(first)
        else:
            self.wide.append(t)
        k = bisect.bisect_left(self.starts, t.start)
        near = self.by_start[max(k - 1, 0):k + 1]
        if any(h.start < t.end and t.start < h.end for h in near) or dating.only_joiners(t):
            self.plain = False
        self.starts.insert(k, t.start)
        self.by_start.insert(k, t)

    def takes(self, t: Timex, dating: DateGroups) -> bool:
        """Some held expression shares a day with ``t`` or is coordinated with it."""
        first, last = t.earliest.date(), t.latest.date()
        if (last - first).days < len(self.days):
            if any(first + dt.timedelta(days=n) in self.days for n in range((last - first).days + 1)):
                return True
        elif any(first <= day <= last for day in self.days):
            return True
        if any(_overlap(t, h) for h in self.wide):
            return True
        k = bisect.bisect_left(self.starts, t.start)
        near = self.by_start[max(k - 1, 0):k + 1]
        if not self.plain or any(h.start < t.end and t.start < h.end for h in near):
            return any(dating.joins(h, t) for h in self.items)
        return any(dating.joins(h, t) for h in near)


class DateGroups(Context):
    """Coordination and continuation of time expressions."""

    def joins(self, h: Timex, t: Timex) -> bool:
        """``h`` and ``t`` stand coordinated ("يومي الـ10 والـ17")."""
        return bool(self.coordinated([h, t] if h.start < t.start else [t, h], t)[1:])

    def only_joiners(self, t: Timex) -> bool:
        """``t``'s text could sit inside a coordination gap (it never does for a real date)."""
        if self._joiner_chars is None:
            self._joiner_chars = frozenset(",\u060c-\u0640" + "".join(self.words("coordinator")) + ARTICLE)
        return all(c.isspace() or c in self._joiner_chars for c in self.article.text[t.start:t.end])

    def coordinated(self, inside: list[Timex], nearest: Timex) -> list[Timex]:
        group = [nearest]
        i = inside.index(nearest)
        for step in (-1, 1):
            j = i
            while 0 <= j + step < len(inside):
                a, b = (inside[j + step], inside[j]) if step < 0 else (inside[j], inside[j + step])
                gap = self.article.text[a.end:b.start] if b.start >= a.end else ""
                if not self.coordination_gap.fullmatch(gap) or "day" not in (a.grain or "day") or a.grain != b.grain:
                    break
                group.append(inside[j + step])
                j += step
        group = sorted({(t.earliest, t.latest, t.start): t for t in group}.values(), key=lambda t: (t.earliest, t.start))
        return group

    def continuing(self, cand: Candidate, group: list[Timex]) -> bool:
        """``cand`` is an act that goes on ("تواصل القصف"، "غارات متواصلة") over coordinated
        days that follow each other: one act over their interval, not one per day."""
        if self.near("continuing", cand.match, 3, 2, self.clause(cand.start)) is None:
            return False
        days = sorted((t.earliest.date(), t.latest.date()) for t in group)
        return all(b[0] <= a[1] + dt.timedelta(days=1) for a, b in zip(days, days[1:], strict=False))

    def span(self, group: list[Timex]) -> Timex:
        """One time expression over the text and the interval of ``group``."""
        first = min(group, key=lambda t: t.start)
        last = max(group, key=lambda t: t.end)
        lo = min(group, key=lambda t: t.earliest)
        hi = max(group, key=lambda t: t.latest)
        return attrs.evolve(first, end=last.end, text=self.article.text[first.start:last.end],
                            value=f"{lo.value}/{hi.value}", earliest=lo.earliest, latest=hi.latest)
