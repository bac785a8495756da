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
            examples=[("وتتواصل الاحتجاجات منذ 2019", "2020-10-01", "2019"),
                      ("وتتواصل الأعمال منذ عام ألفين وثمانية عشر", "2023-05-09", "2018")])
def since_year() -> None:
    """``منذ 2019``, ``منذ عام ألفين وثمانية عشر``: the year a stretch began."""


@rule("group", first=("since",))
def since(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``منذ`` + a count, a date (kept with ``since``) or a bare year."""
    if not g.adj(i + 1):
        return None
    spelled = history.spelled_year(g, i + 1) if g.toks[i + 1].has("year_word") else None
    if spelled:  # منذ عام ألفين وثمانية عشر: a year in words, not "a year ago"
        end = spelled[1]
        return [since_year.make(i, end, {"year": spelled[0][0].fields["year"], "since": True})], end
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
    part = fuzzy.fuzzy(g, i + 1) if g.toks[i + 1].has("fuzzy") else None
    if part and len(part[0]) == 1 and part[0][0].rule in (fuzzy.part_of, fuzzy.part_of_period):
        # منذ مطلع العام: kept with ``since`` (Context.resolve cuts it at the DCT)
        inner = part[0][0]
        return [inner.wrap(inner.rule, i=i, fields={**inner.fields, "since": True})], inner.j
    date = deictic.date_at(g, i + 1)
    if date and len(date[0]) == 1:
        inner = date[0][0]
        return [inner.wrap(inner.rule, i=i, fields={**inner.fields, "since": True})], inner.j
    year = g.bare_year(i + 1)
    if year:
        return [since_year.make(i, i + 2, {"year": year, "since": True})], i + 2
    return None


def _spoken_perfective(g: Grammar, i: int, j: int) -> bool:
    """A perfective verb, Standard or spoken, governs the clause before token ``i``, or opens
    what follows token ``j - 1`` (spoken order: ``من تلت أيام رحنا عطرابلس``)."""
    start = g.toks[i].start
    left = g.text[max(0, start - 120):start]
    left = left[max(left.rfind(c) for c in ".!?\n") + 1:]
    stop = max((m.end() for m in LEXICON.clause_re.finditer(left)), default=0)
    left = left[stop:]
    end = g.toks[j - 1].end
    right = g.text[end:end + 40]
    cut = LEXICON.clause_re.search(right)
    right = " ".join((right[:cut.start()] if cut else right).split()[:_VERB_AFTER])
    if LEXICON.perfective_re.search(left) or LEXICON.perfective_re.match(right):
        return True
    if _told_in_first_person(left.split()[-1:]):
        return True  # نزحنا من جمعة، سجلت على الغاز من جمعة: a verb with its subject's ending
    conjunctions = tuple(LEXICON.coordinators)
    return any(word in LEXICON.spoken_perfective or (word[:1] in conjunctions and word[1:] in LEXICON.spoken_perfective)
               for word in [*left.split(), *right.split()])


#: how many words after a spoken 'ago' its verb may come (من جمعة نزلت عالسوق; من جمعة ما
#: إجت الكهربا: after a negation)
_VERB_AFTER = 2
#: the shortest stem a word ending in a spoken subject ending may have to be read as a verb
_STEM_BEFORE_ENDING = 3


def _told_in_first_person(words: list[str]) -> bool:
    """The word right before a spoken 'ago' ends in a perfective's first-person or plural
    subject ending (``cues.json`` ``spoken_subject_endings``: نزحنا، سجلت، رجعوا) on a stem of
    three letters or more, without the article or a feminine plural's ``ات`` (ساعات)."""
    if not words:
        return False
    word = words[-1]
    if not word.isalpha() or word.startswith(LEXICON.article):
        return False
    return any(ending and word.endswith(ending) and len(word) - len(ending) >= _STEM_BEFORE_ENDING
               and not word.endswith(LEXICON.feminine_plural) for ending in LEXICON.spoken_subject_endings)


@production("duration", resolve=durations.resolve_duration,
            examples=[("وصل أخوي من يومين", "2016-11-07", "2016-11-05")])
def spoken_ago() -> None:
    """Levantine and Egyptian ``من`` + a count: that far back (``رجع من السفر من أسبوع``)."""


@rule("group", first=("ago",))
def ago(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``من يومين`` after a perfective verb, when an overlay reading it is on; a comparative or
    a verb of consisting before it (``أكثر من يومين``، ``تتكون الدورة من يومين``) or a range or
    a measure after it (``من يومين إلى ثلاثة``، ``من يومين من الراحة``) leaves it a count."""
    if g.dialects is not None and not g.dialects & LEXICON.ago_regions:
        return None
    glued = g.toks[i].pre and not (g.toks[i].coordinated and len(g.toks[i].pre) == 1)
    if not g.adj(i + 1) or glued or g.previous_word(g.toks[i].start) in LEXICON.not_ago_before:
        return None  # a glued و alone is read (ومن أسبوع ما لقيت خبز): rule ``and_ago``
    cu = count_patterns.count_unit(g, i + 1, single=True)
    nxt = g.toks[i + 1]
    unit = None if nxt.pre else LEXICON.ago_units.get(g.text[nxt.wstart:nxt.end])
    if not cu and unit is not None and not g.next_word(nxt.end).startswith(LEXICON.article):
        cu = (unit[0], unit[1], None, i + 2)  # من جمعة: a week (جمعة الغضب: a Friday's name)
    if not cu or cu[1] is None or cu[0] in ("second", "decade", "century"):
        return None
    unit_name, n, mod, j = cu
    after = g.next_word(g.toks[j - 1].end)
    if after in LEXICON.spent_verbs or (after in LEXICON.roles and set(LEXICON.roles[after]) & {"from", "to", "until", "and"}):
        return None  # من يومين قضاهما: from two days spent
    if g.adj(j):
        return None  # a time word right after: من يوم الجمعة، من شهر رمضان، من عام 2019 (from)
    if not _spoken_perfective(g, i, j):
        return None
    fields = {"unit": unit_name, "n": n, "mod": mod, "direction": "past", "since": True, "aspect": "perfective"}
    return [spoken_ago.make(i, j, fields)], j


def _spoken_unit(g: Grammar, i: int) -> str | None:
    """The unit a spoken 'ago' word at token ``i`` stands for (``جمعة``: a week), when the
    overlay reading it is on and the word is bare (no article, no clitic)."""
    if g.dialects is not None and not g.dialects & LEXICON.ago_regions:
        return None
    tok = g.toks[i]
    unit = None if tok.pre else LEXICON.ago_units.get(g.text[tok.wstart:tok.end])
    return unit[0] if unit else None


def _resolve_period(ctx: Any, base: Any, f: dict[str, Any], found: Any) -> Any:
    return relative.resolve_period(ctx, base, f, found)


def _resolve_relative(ctx: Any, base: Any, f: dict[str, Any], found: Any) -> Any:
    return relative.resolve_relative(ctx, base, f, found)


@rule("period", first=("weekday_bare",), resolve=_resolve_period,
      examples=[("جمعة الماضية رحت عالمعتمد", "2024-01-15", "2024-W02")])
def spoken_week(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """Levantine ``جمعة الماضية``، ``جمعة الجاية``: the week before or after (the weekday takes
    the article: ``الجمعة الماضية`` is last Friday)."""
    unit = _spoken_unit(g, i)
    if unit is None or not g.role(i + 1, "dir"):
        return None
    shift = {"past": -1, "last": -1, "future": 1}.get(g.toks[i + 1].get("dir"))
    if shift is None or (g.toks[i + 1].get("dir") == "last" and g.role(i + 2, "from")):
        return None
    return {"unit": unit, "shift": shift}, i + 2


@production("relative", resolve=_resolve_relative,
            examples=[("قلي ارجع بعد جمعة", "2024-01-15", "2024-01-22")])
def spoken_week_offset() -> None:
    """Levantine ``بعد جمعة``، ``قبل جمعة``: a week after or before the DCT."""


@rule("group", first=("after", "before"))
def spoken_week_after(g: Grammar, i: int) -> tuple[list[Parse], int] | None:
    """``بعد``/``قبل`` + a bare spoken unit, no name after it (``بعد جمعة``; ``بعد جمعة الغضب``،
    ``قبل جمعة رجب`` are a Friday's or a man's name)."""
    if not g.adj(i + 1) or g.toks[i].pre:
        return None
    unit = _spoken_unit(g, i + 1)
    if unit is None:
        return None
    after = g.next_word(g.toks[i + 1].end)
    if after[:1].isalpha() and after[:1] not in LEXICON.coordinators:
        return None
    sign = -1 if g.toks[i].has("before") else 1
    return [spoken_week_offset.make(i, i + 2, {"unit": unit, "n": sign, "mod": None, "anchor": "dct"})], i + 2


# call-time dependencies, imported last: these modules import this one
from . import deictic, fuzzy, history, relative  # noqa: E402
