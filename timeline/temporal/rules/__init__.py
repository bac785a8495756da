"""The tagger's rules, one module per family (each with its corpus file
``tests/corpus/temporal/<family>.tsv``), and the order the recognizer tries them in."""

from __future__ import annotations

from ..engine import Recognizer, Rule
from ..grammar import Grammar
from ..lexicon import LEXICON
from . import (
    aspect,
    calendar,
    clock,
    cycles,
    datelines,
    deictic,
    durations,
    fuzzy,
    hijri,
    history,
    holidays,
    narrative,
    open_ranges,
    parts_of_day,
    ranges,
    relative,
    sets,
    vague,
    weeks,
    year_parts,
)

FAMILIES = (aspect, calendar, clock, cycles, datelines, deictic, durations, fuzzy, hijri, history, holidays, narrative, open_ranges, parts_of_day, ranges,
            relative, sets, vague, weeks, year_parts)

#: Top-level rules in the order they are tried at each token; the first match wins.
ORDER: tuple[Rule, ...] = (
    cycles.cycle_year,
    weeks.week_of_month,
    weeks.days_of_month,
    weeks.weekend_noun,
    weeks.nth_day,
    weeks.rest_of,
    durations.streak,
    vague.earlier_today,
    vague.open_end,
    vague.word,
    sets.every_year_on,
    sets.date_of_every_year,
    sets.recurring,
    sets.frequency,
    sets.weekday_of_every_week,
    holidays.holiday,
    holidays.national_day,
    holidays.country_day,
    narrative.eve,
    narrative.that_period,
    ranges.since_to_now,
    aspect.since,
    aspect.ago,
    aspect.spoken_week,
    open_ranges.bound,
    aspect.spoken_week_after,
    relative.before_after,
    calendar.year_after_preposition,
    durations.within,
    durations.for_count,
    fuzzy.fuzzy,
    year_parts.year_part,
    year_parts.months_of_year,
    year_parts.similar_period,
    ranges.between,
    ranges.two_years,
    parts_of_day.early_hours,
    parts_of_day.part_of_date,
    parts_of_day.at_part,
    clock.time_of_day,
    history.bc_year,
    history.millennium,
    history.named_event,
    history.anniversary,
    history.decade,
    history.century,
    history.bracketed_year,
    history.event_year,
    history.spelled_year,
    durations.fraction,
    ranges.dashed,
    datelines.day_month,
    weeks.nth_weekday,
    weeks.weekday_nth,
    weeks.weekday_of_week,
    deictic.date,
    durations.compound,
    durations.stretch,
    durations.count,
    durations.whole_unit,
    durations.dual_span,
    parts_of_day.adverb,
    parts_of_day.in_play_only,
)


def all_rules() -> list[Rule]:
    """Every rule and production of every family."""
    return [value for module in FAMILIES for value in vars(module).values()
            if isinstance(value, Rule) and value.family == module.__name__.rsplit(".", 1)[-1]]


#: how many characters a credit line may hold after its day word
_CREDIT_REACH = 48


def _blocked(g: Grammar, i: int) -> bool:
    """A day, month or weekday word, or a day number and month, right after a name noun is part
    of a name (صحيفة الغد، شارع 26 يوليو); a
    day word before a naming adjective names a day (اليوم الوطني); today after a noun in the
    construct state, or after a generic subject opening a nominal clause, means nowadays
    (عالم اليوم، الشباب اليوم يواجهون); a vague word after a demonstrative or before an idiom
    word is no present (منذ ذلك الحين، بين الحين والآخر)."""
    tok = g.toks[i]
    roles = tok.roles
    if ("vague" in roles or "part" in roles) and not tok.pre and (
            ("vague" in roles and i and g.toks[i - 1].has("that") and g.adj(i))
            or g.next_word(tok.end) in LEXICON.idiom_next):
        return True  # بين الحين والآخر، منذ ذلك الحين، صباح الخير
    if "deictic" in roles and (g.next_word(tok.end) in LEXICON.day_name_adjectives or (
            roles["deictic"] == 0 and not tok.pre and (_nowadays(g, tok.start) or _outlet(g, tok.start)))):
        return True
    if ("deictic" in roles or "deictic_part" in roles) and not tok.pre and _credit_line(g, tok.start, tok.end):
        return True  # عمان - الغد، القاهرة - اليوم السابع: the outlet after a dateline, alone on its line
    if not tok.pre and tok.num is not None and g.role(i + 1, "month") and not g.toks[i + 1].pre:
        # شارع 26 يوليو، ساحة 14 آذار، بكوبري 6 أكتوبر: a day and month naming a place or a group
        return _name_noun(g.previous_word(tok.start))
    if "month" in roles and i and g.toks[i - 1].num is not None and not g.toks[i - 1].pre and g.adj(i) \
            and _name_noun(g.previous_word(g.toks[i - 1].start)):
        return True  # the month of شارع 26 يوليو
    return not tok.pre and ("deictic" in roles or "month" in roles or "weekday" in roles) \
        and g.previous_word(tok.start) in LEXICON.name_nouns


def _outlet(g: Grammar, pos: int) -> bool:
    """The day word at ``pos`` ends an outlet's name: a media noun (a proclitic allowed), then
    the name's first word (صحيفة المصري اليوم، لموقع روسيا اليوم)."""
    head = g.previous_word(pos)
    if head not in LEXICON.today_outlets:
        return False
    window = g.text[max(0, pos - 40):pos]
    media = g.previous_word(pos - (len(window) - len(window.rstrip())) - len(head))
    return any(media.startswith(pre) and media[len(pre):] in LEXICON.name_nouns for pre in LEXICON.proclitics)


def _name_noun(word: str) -> bool:
    """``word`` is a name noun (``cues.json`` ``name_nouns``), a proclitic allowed (بكوبري)."""
    return any(word.startswith(pre) and word[len(pre):] in LEXICON.name_nouns for pre in LEXICON.proclitics)


def _credit_line(g: Grammar, start: int, end: int) -> bool:
    """Rule ``credit_line``: the day word at ``start``..``end`` opens right after the Document's
    dateline (``عمان - ``), or one word after it (``القاهرة - المصري اليوم``), and at most two
    words follow it to the line's end: the line credits an outlet (``عمان - الغد``), it tells no
    day. The windows before and after it are bounded."""
    first = g.doc.norm.span(start, end)[0]
    text = g.doc.text
    if not any(b == first or (0 < first - b <= _CREDIT_REACH and "\n" not in text[b:first]
                              and len(text[b:first].split()) == 1) for _, b in g.doc.datelines):
        return False
    tail = g.text[end:end + _CREDIT_REACH]
    cut = tail.find("\n")
    if cut < 0 and end + _CREDIT_REACH < len(g.text):
        return False
    return len(tail[:cut if cut >= 0 else None].split()) <= 2


def _nowadays(g: Grammar, pos: int) -> bool:
    """The word before ``pos`` makes the day word there mean nowadays: a noun in the construct
    state, or a generic subject (a conjunction may be glued) opening a clause."""
    head = g.previous_word(pos)
    while head and not head[0].isalnum():
        head = head[1:]  # "الشباب اليوم: a quotation mark opens the clause
    if head in LEXICON.nowadays_heads:
        return True
    subject = head[1:] if head[:1] in LEXICON.coordinators else head
    if subject not in LEXICON.nowadays_subjects:
        return False
    before = g.text[:pos].rstrip()
    start = len(before) - len(head)
    left = g.text[max(0, start - 40):start].rstrip()
    return not left or not (left[-1].isalnum()) or g.previous_word(start) in LEXICON.nominal_openers


RECOGNIZE = Recognizer(ORDER, _blocked)
