"""``منذ``: since a count (a DURATION up to the DCT, or "N ago" when a perfective verb governs
it and no continuity cue is in its clause), since a date, since a year."""

from __future__ import annotations

from typing import Any

from ..engine import Parse, production, rule
from ..grammar import Grammar
from ..lexicon import LEXICON
from . import calendar, count_patterns, durations


def since_ago(g: Grammar, i: int, j: int) -> bool:
    """``منذ`` at token ``i`` (count ending before ``j``) means "N ago": a perfective verb
    governs it and no continuity cue is in its clause."""
    start, end = g.toks[i].start, g.toks[j - 1].end
    left = g.text[max(0, start - 120):start]
    left = left[max(left.rfind(c) for c in ".!?\n") + 1:]
    opener = 0
    for match in LEXICON.subordinator_re.finditer(left):
        opener = match.end()  # a verb before a complementizer or relative governs another clause
    left = left[opener:]
    right = g.text[end:end + 60]
    stop = LEXICON.clause_re.search(right)
    right = right[:stop.start()] if stop else right
    if LEXICON.continuity_re.search(left) or LEXICON.continuity_re.search(right):
        return False
    return LEXICON.perfective_re.search(left) is not None


@production("duration", resolve=durations.resolve_duration,
            examples=[("ويواصل الجيش هجماته منذ 5 أيام", "2020-10-01", "P5D"),
                      ("وأعلن الجيش منذ ثلاثة أيام سيطرته", "2020-10-04", "2020-10-01")])
def since_count() -> None:
    """``منذ 5 أيام``, ``منذ ساعات``: a duration up to the DCT, or "N ago" after a perfective verb."""


@production("calendar", resolve=calendar.resolve_calendar,
            examples=[("وتتواصل الاحتجاجات منذ 2019", "2020-10-01", "2019")])
def since_year() -> None:
    """``منذ 2019``: the year a stretch began."""


@rule("group", first=("since",))
def since(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``منذ`` + a count, a date (kept with ``since``) or a bare year."""
    if not g.adj(i + 1):
        return None
    cu = count_patterns.count_unit(g, i + 1, single=True, bare=True)
    if cu:
        unit_name, n, mod, j = cu
        fields: dict[str, Any] = {"unit": unit_name, "n": n, "since": True, "mod": mod, "direction": "past"}
        if n is not None:
            more, k = durations.smaller_parts(g, j, unit_name)
            if more:  # منذ سنة وثلاثة أشهر: one duration
                fields["more"], j = more, k
        if n is not None and since_ago(g, i, j):
            fields["aspect"] = "perfective"  # three days ago
        return [since_count.make(i, j, fields)], j
    date = deictic.date_at(g, i + 1)
    if date and len(date[0]) == 1:
        inner = date[0][0]
        return [inner.wrap(inner.rule, i=i, fields={**inner.fields, "since": True})], inner.j
    year = g.bare_year(i + 1)
    if year:
        return [since_year.make(i, i + 2, {"year": year, "since": True})], i + 2
    return None


# call-time dependencies, imported last: these modules import this one
from . import deictic  # noqa: E402
