"""The pattern vocabulary of counted time units, shared by durations, offsets, sets and
aspect: a count and its unit (``ثلاثة أيام``, ``يومين``, ``أسبوعاً``), a duration noun
(``لمدة``), a dual's adjective, a count measured from an event, a perfective clause."""

from __future__ import annotations

import re
from typing import Any

from ...document import CLITICS
from ..grammar import SPACE, Grammar
from ..lexicon import LEXICON
from ..matchers import as_written
from ..vocabulary import PACKAGE

_SENTENCE = re.compile(r"[.!?\n]")


def count_unit(g: Grammar, i: int, single: bool = False,
               bare: bool = False) -> tuple[str, int | None, str | None, int] | None:
    """``3 أيام``, ``ثلاثة أيام``, ``يومين``, ``نحو أسبوعين`` -> (unit, n, mod, next index).

    ``bare`` also accepts a plural unit alone (``منذ ساعات``), with ``n`` None.
    """
    if i >= g.n:
        return None
    mod = None
    tok = g.toks[i]
    if tok.has("qmod") and g.adj(i + 1):
        mod = tok.get("qmod")
        i += 1
        tok = g.toks[i]
    unit = tok.get("unit")
    if unit and not unit[2]:
        if unit[1] == 2:
            return unit[0], 2, mod, i + 1
        if tok.has("year_word") and g.adj(i + 1) and g.year_number(i + 1):
            return None
        if bare and unit[1] == 0 and not g.role(i + 1, "dir"):
            return unit[0], None, mod, i + 1
        one = g.role(i + 1, "card") and g.toks[i + 1].get("card") == 1
        if unit[1] in (1, -1) and (single or mod or one):
            j = i + 1
            if g.role(j, "card") and g.toks[j].get("card") in (1, 2):
                return unit[0], g.toks[j].get("card"), mod, j + 1
            if single and spelled_one(g, j):
                return unit[0], 1, mod, j + 1
            return unit[0], 1, mod, j
        return None
    if tok.num is not None and tok.art:
        return None
    got = g.number(i, ordinal_ok=False)
    if not got:
        return None
    value, j, _ = got
    if value == 1 and tok.num is None and g.definite(i):
        return None  # الحصة الواحدة يوم الجمعة: "one" with the article agrees with the noun before it
    if tok.has("few"):
        value = None
    if tok.num is not None and len(tok.num) > 4:
        return None
    if g.adj(j):
        unit = g.toks[j].get("unit")
        if unit and not unit[2] and unit[1] in (0, -1, 1):
            return unit[0], value, mod, j + 1
    return None


def spelled_one(g: Grammar, j: int) -> bool:
    """Token ``j`` right after a unit is the numeral one written whole (rule unit_one: ``بعد يوم
    واحد من الاقتراع``), though its clitic reading won (و + أحد, "and Sunday")."""
    if not g.adj(j) or not g.toks[j].pre:
        return False
    return PACKAGE.roles.get(g.text[g.toks[j].start:g.toks[j].end], {}).get("card") == 1


def duration_noun(g: Grammar, i: int) -> tuple[dict[str, Any], int] | None:
    """``الأيام الأربعة``, ``الساعات الـ48 الماضية``, ``السنوات العشر الأخيرة``, ``الأيام الماضية``."""
    if i >= g.n:
        return None
    tok = g.toks[i]
    j = i
    value = None
    numbered = False
    if tok.num is not None and tok.art:  # الـ48 ساعة الماضية
        value = g.int_at(i)
        j = i + 1
        numbered = True
        if not g.adj(j):
            return None
    unit = g.toks[j].get("unit")
    if not unit or not (unit[2] or numbered) or (unit[1] == 1 and not numbered):
        return None
    if unit[1] == 2:
        if not numbered and dual_adjective(g, j):
            return None
        value = 2
    j += 1
    if value is None and g.adj(j):
        nt = g.toks[j]
        if nt.num is not None and nt.art:
            value = g.int_at(j)
            j += 1
        elif nt.has("few") and nt.get("few") is None:
            j += 1
        elif (nt.has("card") or nt.has("tens")) and not nt.has("unit"):
            got = g.number(j, ordinal_ok=False)
            if got:
                if g.adj(got[1]) and g.toks[got[1]].has("unit"):
                    return None  # بتقديم الساعة ستين دقيقة: the number counts the unit after it
                value, j = got[0], got[1]
    direction = None
    if g.role(j, "dir"):
        direction = {"past": "past", "last": "past", "future": "future", "next": "future"}.get(g.toks[j].get("dir"))
        if direction:
            j += 1
    if value is None and direction is None:
        return None
    if value is None and unit[1] == -1 and direction and not numbered:
        # singular definite + direction is a period, not a duration
        return None
    return {"unit": unit[0], "n": value, "direction": direction}, j


def dual_adjective(g: Grammar, i: int) -> bool:
    """Token ``i`` (a definite dual such as ``العامان``) agrees in case with the definite dual
    noun before it (``المديران العامان``): an adjective, not a time."""
    tok = g.toks[i]
    if tok.pre:
        return False
    word = g.text[tok.wstart:tok.end]
    ending = next((e for e in LEXICON.dual_endings if word.endswith(e)), None)
    before = g.previous_word(tok.start)
    return ending is not None and before.startswith(LEXICON.article) and before.endswith(ending) \
        and len(before) > len(ending) + 2


def measured_from(g: Grammar, k: int) -> int | None:
    """Text offset just past ``من``/``على`` (fillers allowed) after a count ending before
    token ``k``, unless what follows is "now" (``بعد يومين من الآن``: deictic)."""
    match = LEXICON.measure_re.match(g.text, g.toks[k - 1].end)
    if match is None:
        return None
    pos = match.end()
    m = k
    while m < g.n and g.toks[m].start < pos:
        m += 1
    next_tok = m < g.n and g.text[pos:g.toks[m].start].strip(SPACE) == ""
    if next_tok and (g.toks[m].has("deictic") or g.toks[m].get("vague") == "PRESENT_REF"):
        return None
    if match.group("plain") is None:
        after = pos
        while after < len(g.text) and g.text[after] in SPACE:
            after += 1
        if not (LEXICON.punctual_re.match(g.text, after) or next_tok and deictic.date_at(g, m)):
            return None
    return pos


def perfective_clause(g: Grammar, i: int, j: int) -> bool:
    """A perfective verb governs the count between tokens ``i`` and ``j`` (in its clause on
    either side) and no future cue is there: ``بعد N`` then measures narrative time."""
    (a, left), (b, right) = _clause_sides(g, i, j)
    if _future_in(g, a, left) or _future_in(g, b, right):
        return False
    return LEXICON.perfective_re.search(left) is not None or LEXICON.perfective_re.search(right) is not None


def future_clause(g: Grammar, i: int, j: int) -> bool:
    """A future cue stands in the clause of tokens ``i`` .. ``j - 1``."""
    (a, left), (b, right) = _clause_sides(g, i, j)
    return _future_in(g, a, left) or _future_in(g, b, right)


def _future_in(g: Grammar, offset: int, text: str) -> bool:
    """A future cue in ``text`` (the normalized text from ``offset``), its سأ written as such:
    folded, ``ساهمت``، ``ساعدت`` open as ``سأ`` does (unless the text writes no hamzas at all)."""
    written = LEXICON.future_cues.written
    for match in LEXICON.future_re.finditer(text):
        word = match.group()
        folded = word[1:] if word[:1] in CLITICS.conjunctions and word[1:3] in written else word
        a, b = g.doc.norm.span(offset + match.start(), offset + match.end())
        if as_written(g.doc.text, a, b, folded, written):
            return True
    return False


def _clause_sides(g: Grammar, i: int, j: int) -> tuple[tuple[int, str], tuple[int, str]]:
    """The text of the clause before token ``i`` and after token ``j - 1``, each with its
    normalized offset."""
    start, end = g.toks[i].start, g.toks[j - 1].end
    first = max(0, start - 120)
    left = g.text[first:start]
    # an opening quotation mark starts the speaker's own clause (قال: «وليلة العيد غادي نسدو»)
    cut = max(left.rfind(c) for c in ".!?\n«") + 1
    left = left[cut:]
    opener = 0
    for match in LEXICON.subordinator_re.finditer(left):
        opener = match.end()
    left = left[opener:]
    right = g.text[end:end + 60]
    stop = _SENTENCE.search(right)
    right = right[:stop.start()] if stop else right
    sub = LEXICON.subordinator_re.search(right)
    return (first + cut + opener, left), (end, right[:sub.start()] if sub else right)


from . import deictic  # noqa: E402
