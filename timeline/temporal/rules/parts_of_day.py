"""Parts of the day (``parts_of_day.json``): ``مساء أمس الأربعاء``, ``فجر الثلاثاء``, ``ليلة السبت
إلى الأحد``, ``ليل 9 إلى 10 نوفمبر``, ``وفي المساء``, ``في الساعات الأولى من صباح اليوم``, and a
part of day or clock time attached after a day (``أمس مساء``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import values as V
from ..engine import Parse, production, rule
from ..grammar import Grammar
from ..lexicon import LEXICON
from . import calendar, clock, deictic


def part_fields(spec: Mapping[str, Any]) -> dict[str, Any]:
    name = spec["name"]
    part = name if name in ("dawn", "late_afternoon", "midnight", "midday", "early") else spec["code"]
    return {"part": part}


def merge_part(fields: dict[str, Any], spec: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    out.update(part_fields(spec))
    return out


def with_time(g: Grammar, fields: dict[str, Any], j: int) -> tuple[dict[str, Any], int]:
    """Attach a following part-of-day adverb or clock time to a day expression."""
    if g.adj(j, ",") and g.toks[j].has("part") and "part" not in fields:
        spec = g.toks[j].get("part")
        if _era(g, j):
            return fields, j  # أمس من العصر الحديث: an era, not the afternoon
        if spec.get("adverb") or not (g.adj(j + 1) and (g.toks[j + 1].has("weekday") or g.toks[j + 1].has("deictic"))):
            fields = merge_part(fields, spec)
            j += 1
    elif "offset" in fields and "part" not in fields and g.adj(j) and g.toks[j].has("prayer_after_day") \
            and not g.toks[j].pre and not _object_of_verb(g, j - 1):
        # rule prayer_after_day: أمس المغرب (yesterday at the sunset prayer; زار أمس المغرب: the country)
        fields = merge_part(fields, g.toks[j].get("clock_part"))
        j += 1
    if g.adj(j, ",") and g.toks[j].has("clock_word"):
        got = clock.clock_fields(g, j)
        if got:
            fields = {**fields, **got[0]}
            j = got[1]
    return fields, j


#: how many words before a day word a verb whose object a prayer's name would be is looked for
_OBJECT_REACH = 3


def _object_of_verb(g: Grammar, k: int) -> bool:
    """One of the few words before the day word at token ``k`` is a verb of going, visiting or
    striking (``parts_of_day.json`` ``not_prayer_before``; a conjunction allowed)."""
    words = g.text[max(0, g.toks[k].start - 60):g.toks[k].start].split()[-_OBJECT_REACH:]
    verbs = LEXICON.not_prayer_before
    return any(w in verbs or (w[:1] in LEXICON.coordinators and w[1:] in verbs) for w in words)


@production("weekday", resolve=deictic.resolve_weekday,
            examples=[("ليلة السبت إلى الأحد", "2020-10-01", "2020-09-26TNI"), ("ليل السبت-الأحد", "2020-10-01",
                                                                             "2020-09-26TNI")])
def night_of_weekdays() -> None:
    """``ليلة السبت إلى الأحد``, ``ليل السبت-الأحد``: the night between two weekdays."""


@production("calendar", resolve=calendar.resolve_calendar,
            examples=[("ليل 9 إلى 10 نوفمبر", "2020-11-20", "2020-11-09TNI")])
def night_of_days() -> None:
    """``ليل 9 إلى 10 نوفمبر``: the night between two days of a month."""


def _night_link(g: Grammar, k: int) -> bool:
    """Token ``k`` follows the one before it with a night's link word between (``السبت على الأحد``)."""
    return 0 < k < g.n and " ".join(g.gap(k).split()) in LEXICON.night_links


def _part_of_day(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    spec = g.toks[i].get("part")
    j = i + 1
    if g.role(j, "from") and g.adj(j + 1):
        j += 1
    if not g.adj(j) or (j == i + 1 and g.toks[i].has("not_before_day")):
        return None
    nt = g.toks[j]
    if spec.get("code") == "NI" and nt.has("weekday"):
        k: int | None = j + 1
        if g.role(k, "to") and g.role(k + 1, "weekday"):
            k += 1
        elif not (k < g.n and g.toks[k].has("weekday") and (g.adj(k, "-/") or _night_link(g, k))):
            k = None
        if k is not None and (g.toks[j].get("weekday") + 1) % 7 == g.toks[k].get("weekday"):
            fields = {"weekday": g.toks[j].get("weekday"), "shift": 0, "part": "NI", "night_of": "pair"}
            e = k + 1
            if g.role(e, "dir") and g.toks[e].get("dir") in ("past", "future"):
                # ليلة السبت على الأحد الماضية
                fields["shift"] = 1 if g.toks[e].get("dir") == "future" else -1
                e += 1
            return [night_of_weekdays.make(i, e, fields)], e
    if spec.get("code") == "NI" and j == i + 1 and nt.has("holiday") and not nt.pre \
            and not nt.get("holiday").get("night"):
        # rule feast_eve_night: ليلة عيد الصليب, the eve night of the feast (as ليلة عيد الأضحى)
        found, e = holidays.holiday_at(g, j)
        inner = found[0]
        return [inner.wrap(inner.rule, i=i, j=e, fields={**inner.fields, "night": True})], e
    first = g.day_number(j) if spec.get("code") == "NI" else None
    link = None
    if first and (g.role(first[1], "to") or g.role(first[1], "and")) and g.adj(first[1] + 1):
        link = first[1] + 1
    elif first and _night_link(g, first[1]):
        link = first[1]
    if link is not None:
        second = g.day_number(link)
        m = second[1] if second else None
        if second and second[0] == first[0] + 1 and g.role(m, "from"):
            m += 1
        month = calendar.month_ref(g, m, True) if second and second[0] == first[0] + 1 and g.adj(m) else None
        if month:
            fields, e = month
            if "month_rel" not in fields:
                year, e = calendar.year_after(g, e, fields.get("system", "gregorian"))
                fields.update(year)
            fields = {**fields, "day": first[0], "part": "NI", "night_of": "pair"}
            return [night_of_days.make(i, e, fields)], e
    if nt.has("deictic") or nt.has("weekday") or nt.has("on_day") or nt.num is not None or nt.has("ord") \
            or nt.has("days_word"):
        date = deictic.date_at(g, j)
        if date and len(date[0]) == 1 and date[0][0].kind in ("deictic", "weekday", "calendar", "anaphor"):
            inner = date[0][0]
            if inner.kind == "calendar" and "day" not in inner.fields:
                return None
            fields = merge_part(inner.fields, spec)
            if spec.get("code") == "NI" and inner.kind == "weekday" and g.toks[i].has("night_ambiguous") \
                    and fields.get("said") is None:
                fields["night_of"] = "open"
            fields, e = with_time(g, fields, inner.j)
            return [inner.wrap(part_of_date, i=i, j=e, fields=fields)], e
    return None


@rule("group", first=("part",),
      examples=[("مساء أمس الأربعاء", "2020-10-01", "2020-09-30TEV"), ("فجر الأربعاء", "2020-10-01", "2020-09-30TMO")])
def part_of_date(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """A part of the day + a day (``مساء أمس``, ``صباح الأحد``, ``ليلة 9 إلى 10 نوفمبر``)."""
    return _part_of_day(g, i)


@rule("part", first=("unit",), examples=[("في الساعات الأولى من صباح اليوم", "2020-10-01", "2020-10-01TMO")])
def early_hours(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``في الساعات الأولى من صباح/فجر`` + a day: the small hours of that day."""
    unit = g.toks[i].get("unit")
    if not (unit and unit[:3] == ("hour", 0, True) and g.role(i + 1, "ord") and g.toks[i + 1].get("ord") == 1
            and g.role(i + 2, "from") and g.role(i + 3, "part")
            and g.toks[i + 3].get("part")["name"] in ("dawn", "morning")):
        return None
    got = _part_of_day(g, i + 3)
    if got and len(got[0]) == 1 and "hour" not in got[0][0].fields:
        inner = got[0][0]
        return [inner.wrap(early_hours, i=i, j=got[1], fields={**inner.fields, "part": "early"})], got[1]
    return None


@production("part", resolve=clock.resolve_clock,
            examples=[("وقع الانفجار يوم 3 أكتوبر. وفي المساء أعلن الجيش", "2020-10-10", "2020-10-03TEV")])
def in_play() -> None:
    """``وفي المساء``, ``عند منتصف الليل``: a part of the day in play (or of the DCT)."""


@rule("group", first=("at",))
def at_part(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``في/عند`` + a part of the day, with a day after it or alone."""
    tok = g.toks[i]
    if not (tok.has("at") and g.role(i + 1, "part") and not g.toks[i + 1].pre and not g.toks[i + 1].has("not_bare")):
        return None
    got = _part_of_day(g, i + 1)
    if got:
        return got
    if not g.definite(i + 1) and g.next_word(g.toks[i + 1].end).startswith(LEXICON.article) and not g.adj(i + 2):
        # في عصر النهضة: a part-of-day word in construct with a noun that names no day is an era
        return None
    spec = g.toks[i + 1].get("part")
    return [in_play.make(i, i + 2, part_fields(spec))], i + 2


@rule("part", first=("part",), resolve=clock.resolve_clock,
      examples=[("وقع الانفجار يوم 3 أكتوبر، وأعلن الجيش مساء", "2020-10-10", "2020-10-03TEV")])
def adverb(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """A part of the day used as an adverb (``صباحا``, ``مساء``) on the day in play."""
    spec = g.toks[i].get("part")
    if spec and spec.get("adverb"):
        return part_fields(spec), i + 1
    return None


def resolve_in_play_only(ctx: Any, base: Any, f: dict[str, Any], found: Any) -> Any:
    """Unless told of what is to come, the part of the last day at or before the DCT dated in
    this or the previous sentence (news is past unless a future cue); told of what is to come, of
    the day in play from there when it is the DCT's, or from this sentence when it is a coming
    day; else nothing."""
    today = ctx.dct.date()
    if ctx.clause_verb(found) != "plan" and not ctx.future(found):
        day = ctx.past_day_near(found, today)
        return None if day is None else V.day_timex(base, day, f, "narrative")
    day = ctx.narrative.day
    if day is None or day < today or ctx.sentence_of(found.start) - ctx.narrative.sentence > (day == today):
        # rule afternoon_ahead (round 28): a coming day named in the same sentence is the one
        # («باجر الافتتاح ... وإن شاء الله بنكون بالملعب من العصر»: tomorrow's afternoon)
        return None
    return clock.resolve_clock(ctx, base, f, found)


@rule("part", first=("part",), resolve=resolve_in_play_only,
      examples=[("عقدت المحكمة جلستها أمس الأحد. واستمعت بعد الظهر إلى الدفاع", "2024-11-11", "2024-11-10TAF")])
def in_play_only(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """Rule ``afternoon_in_play``: a bare part of the day marked ``in_play_only`` in
    ``parts_of_day.json`` (``بعد الظهر``) is the afternoon of a day the text names in this or the
    previous sentence (told in the past, the last one not ahead of the DCT), and no expression
    without one: a report published the next morning tells of yesterday's afternoon (``في
    تصويت بعد الظهر``), so the DCT is no default."""
    tok = g.toks[i]
    spec = tok.get("part")
    if spec and spec.get("in_play_only") and (not tok.pre or tok.coordinated) and not _era(g, i):
        return part_fields(spec), i + 1
    return None


def _era(g: Grammar, i: int) -> bool:
    """The part of the day at token ``i`` may name an era (``parts_of_day.json`` ``era_too``)
    and a definite word follows it that is no time word (``من العصر الحديث``; not ``من العصر
    إلى المغرب``)."""
    return bool(g.toks[i].get("part", {}).get("era_too")) and g.next_word(g.toks[i].end).startswith(LEXICON.article) \
        and not (g.adj(i + 1) and g.toks[i + 1].roles)


# call-time dependency, imported last: holidays imports calendar, which this module imports
from . import holidays  # noqa: E402
