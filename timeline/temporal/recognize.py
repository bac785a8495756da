"""Recognize time expressions: one token scan, then a small grammar over the tokens.

The token regex (built from the lexicon) finds every lexicon word and number in one pass
over the normalized text.  The grammar below walks the tokens left to right and turns
runs of adjacent tokens into underspecified :class:`~timeline.model.Reading` values; it
never looks back, so the whole recognizer is linear in the text length.  Nothing here
knows the publication date: anchoring is :mod:`timeline.temporal.resolve`'s job.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from ..model import Reading
from .lexicon import LEXICON

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_SPACE = " \t\u00a0"
_NUMERIC_DATE = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})$")
_ISO_DATE = re.compile(r"(\d{4})([./-])(\d{1,2})\2(\d{1,2})$")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?$")
_DAY_RANGE = re.compile(r"(\d{1,2})-(\d{1,2})$")


class Token:
    """One lexicon word or number in the normalized text (span includes its proclitics)."""

    __slots__ = ("start", "end", "roles", "num", "pre", "art", "wstart", "era")

    def __init__(self, start: int, end: int, roles: Mapping[str, Any], num: str | None,
                 pre: str, art: bool, wstart: int, era: str | None = None):
        self.start, self.end, self.roles, self.num = start, end, roles, num
        self.pre, self.art, self.wstart, self.era = pre, art, wstart, era

    def has(self, role: str) -> bool:
        return role in self.roles

    def get(self, role: str, default: Any = None) -> Any:
        return self.roles.get(role, default)

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Token({self.start},{self.end},{sorted(self.roles)},{self.num!r},{self.pre!r})"


@attrs.frozen
class Found:
    """A recognized expression: normalized span and its reading."""

    start: int
    end: int
    reading: Reading


def tokenize(text: str) -> list[Token]:
    """All lexicon tokens of a normalized text, in order."""
    roles = LEXICON.roles
    tokens: list[Token] = []
    for match in LEXICON.token_re.finditer(text):
        pre = match.group("pre")
        num = match.group("num")
        if num is not None:
            tokens.append(Token(match.start(), match.end(), _EMPTY, num, pre,
                                match.group("art") is not None, match.start("num"), match.group("era")))
            continue
        word = " ".join(match.group("w").split())
        found = None
        if pre.endswith("لل"):
            found = roles.get("ال" + word)
        if found is None:
            found = roles.get(word)
        if found is None and pre:
            found = roles.get(pre[-1] + word)
            if found is not None:
                pre = pre[:-1]
        if found is None:
            continue
        tokens.append(Token(match.start(), match.end(), found, None, pre, False, match.start("w")))
    return tokens


class _Grammar:
    """Grammar state for one text: the tokens and the text between them."""

    def __init__(self, text: str):
        self.text = text
        self.toks = tokenize(text)
        self.n = len(self.toks)

    # -- token helpers -------------------------------------------------------------------
    def gap(self, i: int) -> str:
        """Text between token ``i - 1`` and token ``i``."""
        return self.text[self.toks[i - 1].end:self.toks[i].start]

    def adj(self, i: int, seps: str = "") -> bool:
        """Token ``i`` exists and follows token ``i - 1`` with only spaces (and ``seps``) between."""
        if i >= self.n or i <= 0:
            return False
        return self.gap(i).strip(_SPACE + seps) == ""

    def role(self, i: int, role: str, seps: str = "") -> bool:
        return self.adj(i, seps) and self.toks[i].has(role)

    def previous_word(self, pos: int) -> str:
        """The word ending just before ``pos`` (spaces skipped), or ``""``."""
        start = max(0, pos - 40)
        words = self.text[start:pos].split()
        return words[-1] if words and self.text[start:pos][-1:].isspace() else ""

    def int_at(self, i: int) -> int | None:
        if i >= self.n:
            return None
        num = self.toks[i].num
        return int(num) if num is not None and num.isdigit() and len(num) <= 4 else None

    # -- numbers ---------------------------------------------------------------------------
    def number(self, i: int, ordinal_ok: bool = True) -> tuple[int, int, bool] | None:
        """A number at token ``i``: (value, next index, is_word); ``بضعة`` counts as 0."""
        if i >= self.n:
            return None
        tok = self.toks[i]
        value = self.int_at(i)
        if value is not None:
            return value, i + 1, False
        for role in ("ord", "card", "tens", "few") if ordinal_ok else ("card", "tens", "few"):
            if tok.has(role):
                value = tok.get(role) or 0
                j = i + 1
                # compound: الرابع والعشرين, خمسة وعشرين
                if value < 10 and self.adj(j) and self.toks[j].pre.startswith("و") and self.toks[j].has("tens"):
                    return value + self.toks[j].get("tens"), j + 1, True
                return value, j, True
        return None

    def day_number(self, i: int) -> tuple[int, int] | None:
        if i >= self.n:
            return None
        tok = self.toks[i]
        if tok.num is not None:
            value = self.int_at(i)
            if value is not None and 1 <= value <= 31 and len(tok.num) <= 2:
                return value, i + 1
            return None
        got = self.number(i)
        if got and 1 <= got[0] <= 31 and not tok.has("unit") and not tok.has("few"):
            return got[0], got[1]
        return None

    def year_number(self, i: int) -> tuple[int, int] | None:
        value = self.int_at(i)
        if value is None:
            return None
        tok = self.toks[i]
        if value is not None and len(tok.num) == 4 and 1000 <= value <= 2999:
            return value, i + 1
        return None

    # -- calendar pieces -------------------------------------------------------------------
    def month_ref(self, i: int, context: bool) -> tuple[dict[str, Any], int] | None:
        """A month name (with paired forms) or ``الشهر`` + direction, at token ``i``."""
        if i >= self.n:
            return None
        tok = self.toks[i]
        if tok.has("month_word") and self.role(i + 1, "month"):
            got = self.month_ref(i + 1, True)
            if got:
                got[0]["month_word"] = True
            return got
        if tok.has("month"):
            system, month = tok.get("month")
            needs = tok.has("month_ctx")
            j = i + 1
            # paired names: تشرين الأول/أكتوبر, أكتوبر (تشرين الأول)
            if j < self.n and self.toks[j].has("month") and self.toks[j].get("month")[1] == month:
                gap = self.gap(j)
                if gap.strip(_SPACE + "/()-") == "" and ("/" in gap or "(" in gap or "-" in gap):
                    needs = False
                    j += 1
            fields: dict[str, Any] = {"month": month, "system": system}
            if needs and not context and system == "gregorian" and not tok.has("month_strict") and i > 0 \
                    and self.adj(i) and any(
                    self.toks[i - 1].has(r) for r in ("in", "since", "to", "between", "from", "before", "after",
                                                       "fuzzy")):
                needs = False
            if self.role(j, "dir") and self.toks[j].get("dir") in ("past", "future", "last", "next"):
                direction = self.toks[j].get("dir")
                fields["month_dir"] = "past" if direction in ("past", "last") else "future"
                needs = False
                j += 1
            if needs and not context:
                # a year or era right after the month name settles it
                if not (self.adj(j) and (self.year_number(j) or (system == "hijri" and self.int_at(j))
                                         or self.relative_year(j))):
                    return None
                if self.toks[j].num and len(self.toks[j].num) == 4 and system == "gregorian" and self.adj(j + 1) \
                        and self.toks[j + 1].has("unit"):
                    return None  # مارس 2000 جندي: a count, not a year
            return fields, j
        unit = tok.get("unit")
        if unit and unit[0] == "month" and unit[2] and unit[1] in (1, -1) and self.role(i + 1, "dir"):
            direction = self.toks[i + 1].get("dir")
            if direction in ("current", "same", "past", "future", "next", "last"):
                return {"month_rel": direction}, i + 2
        return None

    def relative_year(self, i: int) -> tuple[int | str, int] | None:
        """``من العام الماضي``, ``العام الجاري``, ``من هذا العام`` after a month: (shift, next index)."""
        j = i + 1 if self.role(i, "from") else i
        if not self.adj(j) and j != i:
            return None
        per = self.period(j)
        if per and per[0]["unit"] == "year":
            return per[0]["shift"], per[1]
        return None

    def year_after(self, i: int, system: str) -> tuple[dict[str, Any], int]:
        """An optional year (with era mark) after a month; returns extra fields and next index."""
        if not self.adj(i, ",)") or i >= self.n:
            return {}, i
        rel = self.relative_year(i)
        if rel:
            return {"year_shift": rel[0]}, rel[1]
        j = i
        if self.toks[j].has("from") and self.role(j + 1, "year_word"):
            j += 1
        if self.toks[j].has("year_word") and self.adj(j + 1):
            j += 1
        value = self.int_at(j)
        tok = self.toks[j]
        if value is None or len(tok.num) not in (4, 3):
            return {}, i
        fields: dict[str, Any] = {"year": value}
        j += 1
        if tok.era:  # era letter glued to the digits: 1445هـ, 1938م
            if tok.era == "ه":
                fields["system"] = "hijri"
        elif self.role(j, "hijri_era"):
            fields["system"] = "hijri"
            j += 1
        elif self.role(j, "greg_era"):
            j += 1
        elif system == "hijri" and value > 1600:
            return {}, i
        return fields, j

    def calendar(self, i: int) -> tuple[list[tuple[dict[str, Any], int, int]], int] | None:
        """Day(s) of a month, a month, a year or a numeric date at token ``i``.

        Returns ``([(fields, start_index, end_index), ...], next index)``: several items for
        coordinated days (``يومي الـ10 والـ17 من الشهر الجاري``).
        """
        tok = self.toks[i]
        if tok.num is not None and not tok.art:
            got = self.numeric(i)
            if got:
                return [(got, i, i + 1)], i + 1
        days = []
        j = i
        got = self.day_number(j)
        while got:
            days.append((got[0], j, got[1]))
            j = got[1]
            nxt = j
            if self.adj(nxt) and self.toks[nxt].has("and") and not self.toks[nxt].has("month") and self.adj(nxt + 1):
                nxt += 1
            elif not (self.adj(nxt) and self.toks[nxt].pre.startswith("و")):
                break
            got = self.day_number(nxt)
            if got:
                j = nxt
        if days:
            k = days[-1][2]
            if self.role(k, "from"):
                k += 1
            if self.adj(k):
                month = self.month_ref(k, True)
                if month:
                    fields, k = month
                    year, k = self.year_after(k, fields.get("system", "gregorian"))
                    fields.update(year)
                    items = [({**fields, "day": d}, s, e) for d, s, e in days]
                    if len(items) > 1:
                        items = [(dict(f, coordinated=len(items)), s, e) for f, s, e in items]
                        # the month words belong to the last day's record
                        items[-1] = (items[-1][0], items[-1][1], k)
                    else:
                        items = [(items[0][0], i, k)]
                    return items, k
            return None
        month = self.month_ref(i, False)
        if month:
            fields, k = month
            if "month_rel" in fields:
                return [(fields, i, k)], k
            year, k = self.year_after(k, fields["system"])
            fields.update(year)
            return [(fields, i, k)], k
        if tok.has("year_word") and self.adj(i + 1):
            year = self.year_number(i + 1)
            if year:
                fields = {"year": year[0]}
                if self.toks[i + 1].era == "ه":
                    fields["system"] = "hijri"
                k = year[1]
                if self.role(k, "greg_era"):
                    k += 1
                elif self.role(k, "hijri_era"):
                    fields["system"] = "hijri"
                    k += 1
                items = [(fields, i, k)]
                # عامي 2011 و2015
                while self.adj(k) and self.toks[k].pre.startswith("و") and self.year_number(k):
                    items.append(({"year": self.int_at(k)}, k, k + 1))
                    k += 1
                return items, k
        year = self.year_number(i)
        if year and tok.era:
            fields = {"year": year[0], "system": "hijri"} if tok.era == "ه" else {"year": year[0]}
            return [(fields, i, year[1])], year[1]
        if year and self.adj(year[1]) and self.toks[year[1]].has("hijri_era"):
            return [({"year": year[0], "system": "hijri"}, i, year[1] + 1)], year[1] + 1
        if year and self.adj(year[1]) and self.toks[year[1]].has("greg_era"):
            return [({"year": year[0]}, i, year[1] + 1)], year[1] + 1
        return None

    def numeric(self, i: int) -> dict[str, Any] | None:
        num = self.toks[i].num
        match = _NUMERIC_DATE.match(num)
        if match:
            day, month, year = int(match.group(1)), int(match.group(3)), match.group(4)
            if len(year) == 2:
                return None
            if 1 <= day <= 31 and 1 <= month <= 12:
                return {"day": day, "month": month, "year": int(year), "system": "gregorian", "numeric": True}
            return None
        match = _ISO_DATE.match(num)
        if match:
            year, month, day = int(match.group(1)), int(match.group(3)), int(match.group(4))
            if 1 <= day <= 31 and 1 <= month <= 12:
                return {"day": day, "month": month, "year": year, "system": "gregorian", "numeric": True}
        return None

    # -- days named by word ----------------------------------------------------------------
    def day_expr(self, i: int) -> tuple[str, dict[str, Any], int] | None:
        """A deictic day, a weekday, or ``اليوم التالي``-style anaphor at ``i`` (optionally after يوم)."""
        if i >= self.n:
            return None
        tok = self.toks[i]
        if tok.has("on_day") and not tok.has("deictic") and self.adj(i + 1):
            got = self.day_expr(i + 1)
            if got:
                return got
            cal = self.calendar(i + 1)
            if cal and len(cal[0]) == 1 and "day" in cal[0][0][0]:
                return "calendar", cal[0][0][0], cal[1]
            day = self.day_number(i + 1)
            if day and self.toks[i + 1].num is not None:
                return "calendar", {"day": day[0], "month_rel": "current"}, day[1]
            return None
        unit = tok.get("unit")
        if unit and unit[0] == "day" and unit[2] and self.role(i + 1, "dir"):
            direction = self.toks[i + 1].get("dir")
            if direction == "next":
                return "anaphor", {"unit": "day", "shift": 1}, i + 2
            if direction == "same":
                return "anaphor", {"unit": "day", "shift": 0}, i + 2
            if direction == "past":  # اليوم السابق: the day before the one in play
                return "anaphor", {"unit": "day", "shift": -1}, i + 2
        if tok.has("deictic_part"):
            offset, part = tok.get("deictic_part")
            return "deictic", {"offset": offset, "part": part}, i + 1
        if tok.has("deictic"):
            if self.role(i + 1, "ord"):
                return None  # اليوم السابع: a day count, not today
            offset = tok.get("deictic")
            j = i + 1
            if self.role(j, "weekday", ","):
                weekday = self.toks[j].get("weekday")
                return "weekday", {"weekday": weekday, "shift": 0, "said": offset}, j + 1
            return "deictic", {"offset": offset}, j
        if tok.has("weekday"):
            weekday = tok.get("weekday")
            j = i + 1
            shift = 0
            twice = self.twice(j)
            if twice:
                shift, j = twice
            elif self.role(j, "dir"):
                direction = self.toks[j].get("dir")
                if direction in ("past", "last"):
                    shift, j = -1, j + 1
                elif direction == "future":
                    shift, j = 1, j + 1
                elif direction in ("current", "next"):
                    j += 1
            fields: dict[str, Any] = {"weekday": weekday, "shift": shift}
            if shift == 0 and self.adj(j, ","):
                cal = self.calendar(j)
                if cal and len(cal[0]) == 1 and "day" in cal[0][0][0]:
                    return "calendar", {**cal[0][0][0], "weekday": weekday}, cal[1]
            return "weekday", fields, j
        return None

    def period(self, i: int) -> tuple[dict[str, Any], int] | None:
        """``الأسبوع الماضي``, ``العام الجاري``, ``هذا الشهر``, ``الشهر نفسه``."""
        if i >= self.n:
            return None
        tok = self.toks[i]
        j = i
        this = False
        if tok.has("this") and self.adj(i + 1):
            this = True
            j = i + 1
        unit = self.toks[j].get("unit")
        if not unit or unit[0] not in ("week", "month", "year", "decade", "century") or unit[1] not in (1, -1):
            return None
        if this:
            if not unit[2]:
                return None
            return {"unit": unit[0], "shift": 0}, j + 1
        twice = self.twice(j + 1) if unit[2] else None
        if twice:
            return {"unit": unit[0], "shift": twice[0]}, twice[1]
        if not unit[2] or not self.role(j + 1, "dir"):
            return None
        if unit[0] == "year" and not tok.pre and self.previous_word(tok.start) in LEXICON.general_nouns:
            return None
        direction = self.toks[j + 1].get("dir")
        shift = {"past": -1, "last": -1, "future": 1, "current": 0, "same": "same", "next": "next"}[direction]
        return {"unit": unit[0], "shift": shift}, j + 2

    def twice(self, j: int) -> tuple[int, int] | None:
        """``قبل الماضي`` / ``بعد المقبل`` at token ``j``: (shift -2 or 2, next index)."""
        if not (self.adj(j) and self.role(j + 1, "dir")):
            return None
        direction = self.toks[j + 1].get("dir")
        if self.toks[j].has("before") and direction in ("past", "last"):
            return -2, j + 2
        if self.toks[j].has("after") and direction == "future":
            return 2, j + 2
        return None

    def bare_year(self, i: int) -> int | None:
        """A bare 4-digit year 1900-2100 at token ``i`` that is not a count (``2012 حادثة``)."""
        if i >= self.n:
            return None
        tok = self.toks[i]
        if tok.num is None or tok.art or tok.pre or len(tok.num) != 4 or not tok.num.isdigit():
            return None
        value = int(tok.num)
        if not 1900 <= value <= 2100:
            return None
        if self.adj(i + 1) and (self.toks[i + 1].has("unit") or self.toks[i + 1].num is not None):
            return None
        after = self.text[tok.end:tok.end + 24]
        words = after.split()
        if after[:1] == "%" or (words and after[:1].isspace() and (
                words[0][:1].isdigit() or words[0][:1] == "%" or _counted(words[0]))):
            return None
        return value

    def since_ago(self, i: int, j: int) -> bool:
        """``منذ`` at token ``i`` (count ending before ``j``) means "N ago": a perfective verb
        governs it and no continuity cue is in its clause."""
        start, end = self.toks[i].start, self.toks[j - 1].end
        left = self.text[max(0, start - 120):start]
        left = left[max(left.rfind(c) for c in ".!?\n") + 1:]
        opener = 0
        for match in LEXICON.subordinator_re.finditer(left):
            opener = match.end()  # a verb before إن/أن/الذي governs another clause
        left = left[opener:]
        right = self.text[end:end + 60]
        stop = LEXICON.clause_re.search(right)
        right = right[:stop.start()] if stop else right
        if LEXICON.continuity_re.search(left) or LEXICON.continuity_re.search(right):
            return False
        return LEXICON.perfective_re.search(left) is not None

    def measured_from(self, k: int) -> int | None:
        """Text offset just past ``من``/``على`` (fillers allowed) after a count ending before
        token ``k``, unless what follows is "now" (``بعد يومين من الآن``: deictic)."""
        match = LEXICON.measure_re.match(self.text, self.toks[k - 1].end)
        if match is None:
            return None
        pos = match.end()
        m = k
        while m < self.n and self.toks[m].start < pos:
            m += 1
        next_tok = m < self.n and self.text[pos:self.toks[m].start].strip(_SPACE) == ""
        if next_tok and (self.toks[m].has("deictic") or self.toks[m].get("vague") == "PRESENT_REF"):
            return None
        if match.group("plain") is None:
            after = pos
            while after < len(self.text) and self.text[after] in _SPACE:
                after += 1
            if not (LEXICON.punctual_re.match(self.text, after) or next_tok and _date_at(self, m)):
                return None
        return pos

    def perfective_clause(self, i: int, j: int) -> bool:
        """A perfective verb governs the count between tokens ``i`` and ``j`` (in its clause on
        either side) and no future cue is there: ``بعد N`` then measures narrative time."""
        start, end = self.toks[i].start, self.toks[j - 1].end
        left = self.text[max(0, start - 120):start]
        left = left[max(left.rfind(c) for c in ".!?\n") + 1:]
        opener = 0
        for match in LEXICON.subordinator_re.finditer(left):
            opener = match.end()
        left = left[opener:]
        right = self.text[end:end + 60]
        stop = re.search(r"[.!?\n]", right)
        right = right[:stop.start()] if stop else right
        sub = LEXICON.subordinator_re.search(right)
        right = right[:sub.start()] if sub else right
        if LEXICON.future_re.search(left) or LEXICON.future_re.search(right):
            return False
        return LEXICON.perfective_re.search(left) is not None or LEXICON.perfective_re.search(right) is not None

    # -- counts and units ------------------------------------------------------------------
    def count_unit(self, i: int, single: bool = False,
                   bare: bool = False) -> tuple[str, int | None, str | None, int] | None:
        """``3 أيام``, ``ثلاثة أيام``, ``يومين``, ``نحو أسبوعين`` -> (unit, n, mod, next index).

        ``bare`` also accepts a plural unit alone (``منذ ساعات``), with ``n`` None.
        """
        if i >= self.n:
            return None
        mod = None
        tok = self.toks[i]
        if tok.has("qmod") and self.adj(i + 1):
            mod = tok.get("qmod")
            i += 1
            tok = self.toks[i]
        unit = tok.get("unit")
        if unit and not unit[2]:
            if unit[1] == 2:
                return unit[0], 2, mod, i + 1
            if tok.has("year_word") and self.adj(i + 1) and self.year_number(i + 1):
                return None
            if bare and unit[1] == 0 and not self.role(i + 1, "dir"):
                return unit[0], None, mod, i + 1
            one = self.role(i + 1, "card") and self.toks[i + 1].get("card") == 1
            if unit[1] in (1, -1) and (single or mod or one):
                j = i + 1
                if self.role(j, "card") and self.toks[j].get("card") in (1, 2):
                    return unit[0], self.toks[j].get("card"), mod, j + 1
                return unit[0], 1, mod, j
            return None
        if tok.num is not None and tok.art:
            return None
        got = self.number(i, ordinal_ok=False)
        if not got:
            return None
        value, j, _ = got
        if tok.has("few"):
            value = None
        if tok.num is not None and len(tok.num) > 4:
            return None
        if self.adj(j):
            unit = self.toks[j].get("unit")
            if unit and not unit[2] and unit[1] in (0, -1, 1):
                return unit[0], value, mod, j + 1
        return None

    def duration_noun(self, i: int) -> tuple[dict[str, Any], int] | None:
        """``الأيام الأربعة``, ``الساعات الـ48 الماضية``, ``السنوات العشر الأخيرة``, ``الأيام الماضية``."""
        if i >= self.n:
            return None
        tok = self.toks[i]
        j = i
        value = None
        numbered = False
        if tok.num is not None and tok.art:  # الـ48 ساعة الماضية
            value = self.int_at(i)
            j = i + 1
            numbered = True
            if not self.adj(j):
                return None
        unit = self.toks[j].get("unit")
        if not unit or not (unit[2] or numbered) or (unit[1] == 1 and not numbered):
            return None
        if unit[1] == 2:
            if not numbered and self.dual_adjective(j):
                return None
            value = 2
        j += 1
        if value is None and self.adj(j):
            nt = self.toks[j]
            if nt.num is not None and nt.art:
                value = self.int_at(j)
                j += 1
            elif nt.has("few") and nt.get("few") is None:
                j += 1
            elif (nt.has("card") or nt.has("tens")) and not nt.has("unit"):
                got = self.number(j, ordinal_ok=False)
                if got:
                    value, j = got[0], got[1]
        direction = None
        if self.role(j, "dir"):
            direction = {"past": "past", "last": "past", "future": "future", "next": "future"}.get(
                self.toks[j].get("dir"))
            if direction:
                j += 1
        if value is None and direction is None:
            return None
        if value is None and unit[1] == -1 and direction and not numbered:
            # singular definite + direction is a period, not a duration
            return None
        return {"unit": unit[0], "n": value, "direction": direction}, j

    def eve_event(self, i: int) -> bool:
        """``عشية``/``غداة`` at token ``i`` is followed by a word (an event noun), not an idiom."""
        pos = self.toks[i].end
        match = re.compile(r"[^\S\n]*(?=[^\W\d_])").match(self.text, pos)
        return match is not None and LEXICON.eve_idiom_re.match(self.text, match.end()) is None

    def dual_adjective(self, i: int) -> bool:
        """Token ``i`` (a definite dual such as ``العامان``) agrees in case with the definite dual
        noun before it (``المديران العامان``, ``المدعيين العامين``): an adjective, not a time."""
        tok = self.toks[i]
        if tok.pre:
            return False
        word = self.text[tok.wstart:tok.end]
        ending = next((e for e in LEXICON.dual_endings if word.endswith(e)), None)
        before = self.previous_word(tok.start)
        return ending is not None and before.startswith("ال") and before.endswith(ending) \
            and len(before) > len(ending) + 2

    # -- parts of day and clock -------------------------------------------------------------
    @staticmethod
    def part_fields(spec: Mapping[str, Any]) -> dict[str, Any]:
        name = spec["name"]
        part = name if name in ("dawn", "late_afternoon", "midnight") else spec["code"]
        return {"part": part}

    def fraction_follows(self, j: int) -> bool:
        """A clock fraction (والنصف, والربع, إلا ربعا) starts at token ``j``."""
        if self.role(j, "frac") and self.toks[j].pre.startswith("و"):
            return True
        return self.role(j, "minus") and self.role(j + 1, "frac")

    def clock_follows(self, j: int) -> bool:
        """Minutes, a fraction, a part of day or a zone follows an hour word at token ``j``."""
        if self.fraction_follows(j) or self.role(j, "part") or self.role(j, "zone_word"):
            return True
        if self.role(j, "from") and self.role(j + 1, "part"):
            return True
        if self.adj(j) and self.toks[j].pre.startswith("و"):
            got = self.number(j, ordinal_ok=False)
            return bool(got) and self.role(got[1], "unit") and self.toks[got[1]].get("unit")[0] == "minute"
        return False

    def clock(self, i: int) -> tuple[dict[str, Any], int] | None:
        """``الساعة السابعة مساءً``, ``الساعة 14:30 بتوقيت غرينتش``, ``التاسعة والنصف``."""
        if i >= self.n:
            return None
        tok = self.toks[i]
        j = i
        said_clock = False
        if tok.has("clock_word"):
            said_clock = True
            j = i + 1
            if not self.adj(j):
                return None
        ct = self.toks[j]
        cj = j
        hour = minute = None
        if ct.num is not None and (not ct.art or said_clock):
            match = _CLOCK.match(ct.num)
            if match:
                hour, minute = int(match.group(1)), int(match.group(2))
            elif said_clock and ct.num.isdigit() and int(ct.num) <= 24:
                hour, minute = int(ct.num), 0
            j += 1
        elif (said_clock or self.clock_follows(j + 1)) and (ct.has("ord") or ct.has("card")):
            value = ct.get("ord") or ct.get("card")
            if ct.has("ord") and self.adj(j + 1) and self.toks[j + 1].has("card") and self.toks[j + 1].get("card") == 10:
                value += 10
                j += 1
            if value <= 12:
                hour, minute = value, 0
            j += 1
        if hour is None or hour > 24 or minute is None or minute > 59:
            return None
        # minutes: و45 دقيقة, والنصف, والربع, إلا ربعا
        if self.role(j, "minus") and self.role(j + 1, "frac"):
            minute = 60 - self.toks[j + 1].get("frac")
            hour = (hour - 1) % 24 or 12
            j += 2
        elif self.adj(j) and self.toks[j].pre.startswith("و"):
            nt = self.toks[j]
            if nt.has("frac"):
                minute, j = nt.get("frac"), j + 1
            else:
                got = self.number(j, ordinal_ok=False)
                if got and got[0] < 60:
                    minute, j = got[0], got[1]
                    if self.role(j, "unit") and self.toks[j].get("unit")[0] == "minute":
                        j += 1
        fields: dict[str, Any] = {"hour": hour, "minute": minute}
        if self.adj(j) and self.toks[j].has("part"):
            spec = self.toks[j].get("part")
            fields.update(self.part_fields(spec))
            fields["part_from"] = spec.get("from")
            j += 1
        elif self.role(j, "from") and self.role(j + 1, "part"):
            spec = self.toks[j + 1].get("part")
            fields.update(self.part_fields(spec))
            fields["part_from"] = spec.get("from")
            j += 2
        if self.role(j, "zone_word") and self.role(j + 1, "zone"):
            name, offset = self.toks[j + 1].get("zone")
            fields["zone"] = name
            if offset:
                fields["offset"] = offset
            j += 2
        if not said_clock and "zone" not in fields and "part" not in fields and _CLOCK.match(ct.num or "") is None \
                and not self.clock_follows(cj + 1):
            return None
        return fields, j


def _counted(word: str) -> bool:
    """A noun counted by a preceding number (accusative ``قتيلا`` too)."""
    word = word.rstrip(".,;:!?)\"»")
    counted = LEXICON.counted_nouns
    return word in counted or (word.endswith("ا") and word[:-1] in counted)


def _merge_part(fields: dict[str, Any], spec: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    out.update(_Grammar.part_fields(spec))
    return out


def recognize(text: str) -> list[Found]:
    """Recognize every time expression in a normalized text."""
    g = _Grammar(text)
    out: list[Found] = []
    i = 0
    while i < g.n:
        got = _parse(g, i)
        if got is None:
            i += 1
            continue
        found, j = got
        out.extend(found)
        i = max(j, i + 1)
    return out


def _span(g: _Grammar, i: int, j: int) -> tuple[int, int]:
    return g.toks[i].start, g.toks[j - 1].end


def _emit(g: _Grammar, i: int, j: int, kind: str, fields: dict[str, Any]) -> Found:
    start, end = _span(g, i, j)
    return Found(start, end, Reading(kind, fields))


def _with_time(g: _Grammar, kind: str, fields: dict[str, Any], j: int) -> tuple[dict[str, Any], int]:
    """Attach a following part-of-day adverb or clock time to a day expression."""
    if g.adj(j, ",") and g.toks[j].has("part") and "part" not in fields:
        spec = g.toks[j].get("part")
        if spec.get("adverb") or not (g.adj(j + 1) and (g.toks[j + 1].has("weekday") or g.toks[j + 1].has("deictic"))):
            fields = _merge_part(fields, spec)
            j += 1
    if g.adj(j, ",") and g.toks[j].has("clock_word"):
        clock = g.clock(j)
        if clock:
            fields = {**fields, **clock[0]}
            j = clock[1]
    return fields, j


def _date_at(g: _Grammar, i: int) -> tuple[list[tuple[str, dict[str, Any], int, int]], int] | None:
    """Any day-or-coarser date at token ``i``: [(kind, fields, start idx, end idx)], next index."""
    day = g.day_expr(i)
    if day:
        kind, fields, j = day
        fields, j = _with_time(g, kind, fields, j)
        return [(kind, fields, i, j)], j
    # يومي الـ10 والـ17 / يومي السبت والأحد
    tok = g.toks[i]
    if tok.has("days_word") and g.adj(i + 1):
        if g.toks[i + 1].has("weekday") and g.adj(i + 2) and g.toks[i + 2].has("weekday"):
            shift, end = 0, i + 3
            if g.role(end, "dir"):
                shift = {"past": -1, "last": -1, "future": 1}.get(g.toks[end].get("dir"), 0)
                end += 1
            items = [("weekday", {"weekday": g.toks[k].get("weekday"), "shift": shift, "coordinated": 2}, k, k + 1)
                     for k in (i + 1, i + 2)]
            items[0] = (items[0][0], items[0][1], i, i + 2)
            items[1] = (items[1][0], items[1][1], i + 2, end)
            return items, end
        cal = g.calendar(i + 1)
        if cal:
            items = [("calendar", f, s, e) for f, s, e in cal[0]]
            items[0] = (items[0][0], items[0][1], i, items[0][3])
            return items, cal[1]
        # يومي 10 و17 without a month: days of the current month
        return None
    cal = g.calendar(i)
    if cal:
        items = []
        for fields, s, e in cal[0]:
            if "day" in fields and e == cal[1]:
                fields, e2 = _with_time(g, "calendar", fields, e)
                items.append(("calendar", fields, s, e2))
                cal = (cal[0], e2)
            else:
                items.append(("calendar", fields, s, e))
        return items, cal[1]
    per = g.period(i)
    if per:
        return [("period", per[0], i, per[1])], per[1]
    return None


def _parse(g: _Grammar, i: int) -> tuple[list[Found], int] | None:
    tok = g.toks[i]
    if not tok.pre and (tok.has("deictic") or tok.has("month") or tok.has("weekday")) \
            and g.previous_word(tok.start) in LEXICON.name_nouns:
        return None

    # الأسبوع الأول من الشهر المقبل / الأسبوع الأخير من أكتوبر
    unit = tok.get("unit")
    if unit and unit[:3] == ("week", 1, True) and g.adj(i + 1) and (
            (g.toks[i + 1].has("ord") and 1 <= g.toks[i + 1].get("ord") <= 4)
            or g.toks[i + 1].get("dir") == "last") and g.role(i + 2, "from") and g.adj(i + 3):
        month = g.month_ref(i + 3, True)
        if month:
            fields, k = month
            if "month_rel" not in fields:
                year, k = g.year_after(k, fields["system"])
                fields.update(year)
            if fields.get("system", "gregorian") == "gregorian":
                week = g.toks[i + 1].get("ord") if g.toks[i + 1].has("ord") else -1
                return [_emit(g, i, k, "calendar", {**fields, "month_week": week})], k

    # لليوم الرابع على التوالي
    if unit and unit[2] and unit[1] in (1, -1) and g.adj(i + 1) and g.toks[i + 1].has("ord") \
            and g.role(i + 2, "consecutive"):
        return [_emit(g, i, i + 3, "streak", {"unit": unit[0], "n": g.toks[i + 1].get("ord")})], i + 3

    # في وقت سابق اليوم / في وقت لاحق من اليوم
    if tok.has("same_day_vague"):
        j = i + 1
        if g.role(j, "from"):
            j += 1
        if g.adj(j) and (g.toks[j].has("deictic") or g.toks[j].has("this")):
            date = _date_at(g, j)
            if date and len(date[0]) == 1:
                kind, fields, _, k = date[0][0]
                return [_emit(g, i, k, kind, {**fields, "vague_part": True})], k
    if tok.has("vague"):
        return [_emit(g, i, i + 1, "vague", {"value": tok.get("vague")})], i + 1
    got = _set(g, i)
    if got:
        return got

    # عيد الفطر, أول أيام عيد الأضحى, عشية عيد الميلاد, غداة الانتخابات الرئاسية في 5 مايو
    if tok.has("holiday") or ((tok.has("ord") or tok.get("fuzzy") == "START") and g.role(i + 1, "unit")
                              and g.toks[i + 1].get("unit")[:2] == ("day", 0) and g.role(i + 2, "holiday")):
        return _holiday(g, i)
    if tok.has("eve"):
        got = _eve(g, i) if g.adj(i + 1) else None
        if got:
            return got
        if got is None and g.eve_event(i):
            # غداة الهجوم: the day after an event; only the day in play can date it
            return [_emit(g, i, i + 1, "eve_event", {"shift": tok.get("eve"), "conj": tok.pre.startswith("و")})], i + 1

    # منذ 5 أيام / منذ 27 سبتمبر / منذ 2014
    if tok.has("since") and g.adj(i + 1):
        cu = g.count_unit(i + 1, single=True, bare=True)
        if cu:
            unit_name, n, mod, j = cu
            fields = {"unit": unit_name, "n": n, "since": True, "mod": mod, "direction": "past"}
            if n is not None and g.since_ago(i, j):
                fields["aspect"] = "perfective"  # أعلن منذ ثلاثة أيام: three days ago
            return [_emit(g, i, j, "duration", fields)], j
        date = _date_at(g, i + 1)
        if date and len(date[0]) == 1:
            kind, fields, _, j = date[0][0]
            return [_emit(g, i, j, kind, {**fields, "since": True})], j
        year = g.bare_year(i + 1)
        if year:
            return [_emit(g, i, i + 2, "calendar", {"year": year, "since": True})], i + 2

    # قبل/بعد N وحدة, قبل ذلك بيومين, قبل توقيع الاتفاق بيوم واحد
    if (tok.has("before") or tok.has("after")) and i + 1 < g.n:
        sign = -1 if tok.has("before") else 1
        j = i + 1
        if g.adj(j):
            cu = g.count_unit(j, single=True, bare=True)
            if cu and cu[1] is None:
                value = "PAST_REF" if sign < 0 else "FUTURE_REF"
                return [_emit(g, i, cu[3], "vague", {"value": value, "unit": cu[0]})], cu[3]
            if cu:
                unit_name, n, mod, k = cu
                pos = g.measured_from(k)
                if pos is not None:
                    return _measured(g, i, k, pos, unit_name, n, mod, sign)
                if sign > 0 and g.perfective_clause(i, k):
                    # وبعد أقل من 24 ساعة، أعلنت ...: time elapsed since the day in play
                    return [_emit(g, i, k, "duration", {"unit": unit_name, "n": n, "mod": mod, "sign": sign,
                                                         "conj": tok.pre.startswith("و"), "of": "elapsed"})], k
                return [_emit(g, i, k, "relative", {"unit": unit_name, "n": sign * n, "mod": mod,
                                                     "anchor": "dct"})], k
            if g.toks[j].has("that") and g.adj(j + 1) and g.toks[j + 1].pre.endswith("ب"):
                cu = g.count_unit(j + 1, single=True, bare=True)
                if cu and cu[1] is None and cu[0] in ("minute", "hour"):
                    # بعد ذلك بساعات: later the same day as the one in play
                    return [_emit(g, i, cu[3], "anaphor", {"unit": "day", "shift": 0, "within": cu[0]})], cu[3]
                if cu and cu[1] is not None:
                    unit_name, n, mod, k = cu
                    return [_emit(g, i, k, "relative", {"unit": unit_name, "n": sign * n, "mod": mod,
                                                         "anchor": "narrative"})], k
        if j < g.n and g.toks[j].pre.endswith("ب") and not g.adj(j):
            gap = g.gap(j)
            if len(gap.split()) <= 4 and _clause_free(gap):
                cu = g.count_unit(j, single=True)
                if cu and cu[1] is not None:  # a vague count (بعدة أيام) is left to the duration rules
                    unit_name, n, mod, k = cu
                    return [_emit(g, i, k, "relative", {"unit": unit_name, "n": sign * n, "mod": mod,
                                                         "anchor": "narrative"})], k

    # وفي 2012, حتى 2030: a bare year after a preposition
    if (tok.has("in") or tok.has("to") or tok.has("before") or tok.has("after") or tok.has("within")) \
            and g.adj(i + 1):
        year = g.bare_year(i + 1)
        if year:
            return [_emit(g, i + 1, i + 2, "calendar", {"year": year})], i + 2

    # خلال الأيام الأربعة الماضية, في غضون ساعتين, على مدى السنوات العشر الأخيرة
    if tok.has("within") and g.adj(i + 1):
        dn = g.duration_noun(i + 1)
        if dn:
            return [_emit(g, i, dn[1], "duration", dn[0])], dn[1]
        cu = g.count_unit(i + 1, single=False)
        if cu:
            unit_name, n, mod, j = cu
            return [_emit(g, i, j, "duration", {"unit": unit_name, "n": n, "mod": mod, "within": True})], j
    if tok.has("for") and g.adj(i + 1):
        cu = g.count_unit(i + 1, single=True)
        if cu:
            unit_name, n, mod, j = cu
            return [_emit(g, i, j, "duration", {"unit": unit_name, "n": n, "mod": mod})], j

    # مطلع تشرين الأول/أكتوبر, نهاية العام الماضي, أواخر 2019, أول أيام رمضان
    if tok.has("fuzzy") and g.adj(i + 1):
        got = _fuzzy(g, i)
        if got:
            return got

    # صيف 2014, الربع الأخير من 2019, النصف الأول من العام المقبل
    if tok.has("season") or tok.has("year_frac"):
        got = _year_part(g, i)
        if got:
            return got

    # بين 5 و7 أكتوبر, من 5 إلى 7 أكتوبر
    if (tok.has("between") or tok.has("from")) and g.adj(i + 1):
        got = _range(g, i)
        if got:
            return got

    # في الساعات الأولى من صباح اليوم: the small hours of that day
    if unit and unit[:3] == ("hour", 0, True) and g.role(i + 1, "ord") and g.toks[i + 1].get("ord") == 1 \
            and g.role(i + 2, "from") and g.role(i + 3, "part") and g.toks[i + 3].get("part")["name"] in (
            "dawn", "morning"):
        got = _part_of_day(g, i + 3)
        if got and len(got[0]) == 1 and "hour" not in got[0][0].reading.as_dict():
            found = got[0][0]
            return [_emit(g, i, got[1], found.reading.kind, {**found.reading.as_dict(), "part": "early"})], got[1]

    # مساء أمس الأربعاء, ليلة السبت إلى الأحد, صباح اليوم
    if tok.has("part"):
        got = _part_of_day(g, i)
        if got:
            return got
    # وفي المساء / عند منتصف الليل: a part of the day in play
    if tok.has("at") and g.role(i + 1, "part") and not g.toks[i + 1].pre and not g.toks[i + 1].has("not_bare"):
        got = _part_of_day(g, i + 1)
        if got:
            return got
        spec = g.toks[i + 1].get("part")
        return [_emit(g, i, i + 2, "part", _Grammar.part_fields(spec))], i + 2

    clock_start = i
    if tok.has("qmod") and g.adj(i + 1) and (g.toks[i + 1].has("clock_word") or g.toks[i + 1].has("ord")):
        clock_start = i + 1
    ctok = g.toks[clock_start]
    if ctok.has("clock_word") or (ctok.num is not None and ":" in ctok.num) or (
            (ctok.has("ord") or ctok.has("card")) and g.clock_follows(clock_start + 1)):
        clock = g.clock(clock_start)
        if clock:
            fields, j = clock
            if clock_start != i:
                fields["mod"] = tok.get("qmod")
            # الساعة السابعة من مساء يوم الأربعاء / الساعة 7 صباح اليوم
            k = j + 1 if g.role(j, "from") else j
            if g.adj(k, ","):
                date = _date_at(g, k)
                if date and len(date[0]) == 1 and date[0][0][0] in ("deictic", "weekday", "calendar") \
                        and (date[0][0][0] != "calendar" or "day" in date[0][0][1]):
                    kind, dfields, _, e = date[0][0]
                    return [_emit(g, i, e, kind, {**dfields, **fields})], e
            return [_emit(g, i, j, "clock", fields)], j

    date = _date_at(g, i)
    if date:
        items, j = date
        return [_emit(g, s, e, kind, fields) for kind, fields, s, e in items], j

    dn = g.duration_noun(i)
    unit = tok.get("unit")
    if dn and unit and unit[1:] == (2, True) and dn[0]["direction"] is None:
        dn = None  # a bare definite dual (العامان) is a duration only after خلال/منذ/... or with الماضيين
    if dn:
        return [_emit(g, i, dn[1], "duration", dn[0])], dn[1]
    cu = g.count_unit(i, single=False)
    if cu:
        unit_name, n, mod, j = cu
        return [_emit(g, i, j, "duration", {"unit": unit_name, "n": n, "mod": mod})], j
    if tok.has("part") and tok.get("part").get("adverb"):
        return [_emit(g, i, i + 1, "part", _Grammar.part_fields(tok.get("part")))], i + 1
    return None


def _set(g: _Grammar, i: int) -> tuple[list[Found], int] | None:
    """``يوميا``, ``كل أسبوع``, ``كل يوم جمعة``, ``كل خميس``, ``أيام الجمعة``, ``كل ثلاثة أيام``."""
    tok = g.toks[i]
    j = i + 1
    if tok.has("set") or tok.has("every"):
        value = tok.get("set")
        if value in (None, "P1D") and g.adj(j) and (g.toks[j].has("weekday") or g.toks[j].has("weekday_bare")):
            weekday = g.toks[j].get("weekday", g.toks[j].get("weekday_bare"))
            return [_emit(g, i, j + 1, "set", {"value": f"XXXX-WXX-{weekday + 1}", "weekday": weekday})], j + 1
        if value is not None:
            return [_emit(g, i, j, "set", {"value": value})], j
        cu = g.count_unit(j, single=True) if g.adj(j) else None
        if cu and cu[1]:
            unit_name, n, _, k = cu
            letter = LEXICON.unit_letter[unit_name]
            value = f"PT{n}{letter[1:]}" if letter.startswith("T") else f"P{n}{letter}"
            return [_emit(g, i, k, "set", {"value": value})], k
        return None
    unit = tok.get("unit")
    # أيام الجمعة: Fridays (but يومي/أيام السبت والأحد name days)
    if unit and unit[:2] == ("day", 0) and not tok.get("unit")[2] and g.role(j, "weekday") \
            and not (g.adj(j + 1) and g.toks[j + 1].pre.startswith("و") and g.toks[j + 1].has("weekday")):
        weekday = g.toks[j].get("weekday")
        return [_emit(g, i, j + 1, "set", {"value": f"XXXX-WXX-{weekday + 1}", "weekday": weekday})], j + 1
    return None


def _holiday(g: _Grammar, i: int) -> tuple[list[Found], int] | None:
    """A fixed-date holiday, optionally ``أول/ثاني أيام`` before it and a direction or year after."""
    offset = 0
    j = i
    if not g.toks[i].has("holiday"):
        offset = (g.toks[i].get("ord") or 1) - 1
        j = i + 2
    spec = g.toks[j].get("holiday")
    fields: dict[str, Any] = dict(spec)
    if offset:
        fields["offset"] = offset
    k = j + 1
    if g.role(k, "dir") and g.toks[k].get("dir") in ("past", "last", "future", "current"):
        fields["dir"] = g.toks[k].get("dir")
        k += 1
    else:
        year, k = g.year_after(k, spec["calendar"])
        if "year" in year:
            fields["year"] = year["year"]
    return [_emit(g, i, k, "holiday", fields)], k


def _eve(g: _Grammar, i: int) -> tuple[list[Found], int] | None:
    """``عشية``/``غداة`` + a day (the day before / after it) or + ``ذلك`` (the narrative day)."""
    shift = g.toks[i].get("eve")
    nt = g.toks[i + 1]
    if nt.has("that"):
        return [_emit(g, i, i + 2, "anaphor", {"unit": "day", "shift": shift})], i + 2
    if nt.has("holiday"):
        found, k = _holiday(g, i + 1)
        reading = found[0].reading
        return [_emit(g, i, k, "holiday", {**reading.as_dict(), "eve": shift})], k
    date = _date_at(g, i + 1)
    if date and len(date[0]) == 1 and date[0][0][0] in ("deictic", "weekday", "calendar"):
        kind, fields, _, k = date[0][0]
        if kind == "calendar" and "day" not in fields or "part" in fields or "hour" in fields:
            return None
        return [_emit(g, i, k, kind, {**fields, "eve": shift})], k
    return None


def _measured(g: _Grammar, i: int, k: int, pos: int, unit: str, n: int, mod: str | None,
              sign: int) -> tuple[list[Found], int]:
    """``بعد 48 ساعة من توقيعه``: a DURATION measured from an event (the count ends before
    token ``k``; ``من``/``على`` ends at text offset ``pos``).

    When a day follows ``من`` it is emitted first, so the resolver anchors the duration to it;
    a point-event noun (توقيع، إعلان) lets the resolver use the narrative day instead.
    """
    fields: dict[str, Any] = {"unit": unit, "n": n, "mod": mod, "sign": sign,
                              "conj": g.toks[i].pre.startswith("و")}
    while pos < len(g.text) and g.text[pos] in _SPACE:
        pos += 1
    m = k
    while m < g.n and g.toks[m].start < pos:
        m += 1
    if m < g.n and g.toks[m].start == pos:
        date = _date_at(g, m)
        if date and len(date[0]) == 1 and date[0][0][0] in ("deictic", "weekday", "calendar") \
                and (date[0][0][0] != "calendar" or "day" in date[0][0][1]):
            kind, dfields, s, e = date[0][0]
            return [_emit(g, s, e, kind, dfields), _emit(g, i, k, "duration", {**fields, "of": "date"})], e
    if LEXICON.punctual_re.match(g.text, pos):
        fields["of"] = "point"
    return [_emit(g, i, k, "duration", fields)], k


def _clause_free(gap: str) -> bool:
    return LEXICON.clause_re.search(gap) is None


def _fuzzy(g: _Grammar, i: int) -> tuple[list[Found], int] | None:
    mod = g.toks[i].get("fuzzy")
    j = i + 1
    if g.role(j, "unit") and g.toks[j].get("unit")[0] == "day" and g.toks[j].get("unit")[1] == 0:
        # أول أيام رمضان / آخر أيام الشهر
        month = g.month_ref(j + 1, True) if g.adj(j + 1) else None
        if month:
            fields, k = month
            year, k = g.year_after(k, fields.get("system", "gregorian"))
            fields.update(year)
            fields["edge_day"] = "first" if mod == "START" else "last"
            return [_emit(g, i, k, "calendar", fields)], k
        return None
    month = g.month_ref(j, True)
    if month:
        fields, k = month
        if "month_rel" not in fields:
            year, k = g.year_after(k, fields["system"])
            fields.update(year)
        return [_emit(g, i, k, "calendar", {**fields, "mod": mod})], k
    tok = g.toks[j]
    if tok.has("year_word") or tok.num is not None:
        year = g.year_number(j + 1 if tok.has("year_word") else j)
        if year:
            return [_emit(g, i, year[1], "calendar", {"year": year[0], "mod": mod})], year[1]
    per = g.period(j)
    if per:
        return [_emit(g, i, per[1], "period", {**per[0], "mod": mod})], per[1]
    unit = tok.get("unit")
    if unit and unit[2] and unit[1] in (1, -1) and unit[0] in ("week", "month", "year"):
        return [_emit(g, i, j + 1, "period", {"unit": unit[0], "shift": 0, "mod": mod})], j + 1
    return None


def _range(g: _Grammar, i: int) -> tuple[list[Found], int] | None:
    first = g.day_number(i + 1)
    if not first:
        return _month_range(g, i)
    j = first[1]
    if not g.adj(j):
        return None
    nt = g.toks[j]
    if nt.has("to") or (nt.has("and") and g.toks[i].has("between")):
        k = j + 1
    elif g.toks[i].has("between") and nt.pre.startswith("و"):
        k = j
    else:
        return None
    if not g.adj(k):
        return None
    second = g.day_number(k)
    if not second:
        return None
    m = second[1]
    if g.role(m, "from"):
        m += 1
    month = g.month_ref(m, True) if g.adj(m) else None
    if not month:
        return None
    fields, e = month
    year, e = g.year_after(e, fields.get("system", "gregorian"))
    fields.update(year)
    return [
        _emit(g, i, j, "calendar", {**fields, "day": first[0], "range": "begin"}),
        _emit(g, k, e, "calendar", {**fields, "day": second[0], "range": "end"}),
    ], e


def _part_of_day(g: _Grammar, i: int) -> tuple[list[Found], int] | None:
    spec = g.toks[i].get("part")
    j = i + 1
    if g.role(j, "from") and g.adj(j + 1):
        j += 1
    if not g.adj(j):
        return None
    nt = g.toks[j]
    # ليلة السبت إلى الأحد / ليل السبت-الأحد
    if spec.get("code") == "NI" and nt.has("weekday"):
        k = j + 1
        if g.role(k, "to") and g.role(k + 1, "weekday"):
            k += 1
        elif not (k < g.n and g.toks[k].has("weekday") and g.adj(k, "-/")):
            k = None
        if k is not None and (g.toks[j].get("weekday") + 1) % 7 == g.toks[k].get("weekday"):
            fields = {"weekday": g.toks[j].get("weekday"), "shift": 0, "part": "NI", "night_of": "pair"}
            return [_emit(g, i, k + 1, "weekday", fields)], k + 1
    first = g.day_number(j) if spec.get("code") == "NI" else None
    if first and (g.role(first[1], "to") or g.role(first[1], "and")) and g.adj(first[1] + 1):
        second = g.day_number(first[1] + 1)
        m = second[1] if second else None
        if second and second[0] == first[0] + 1 and g.role(m, "from"):
            m += 1
        month = g.month_ref(m, True) if second and second[0] == first[0] + 1 and g.adj(m) else None
        if month:
            fields, e = month
            if "month_rel" not in fields:
                year, e = g.year_after(e, fields.get("system", "gregorian"))
                fields.update(year)
            fields = {**fields, "day": first[0], "part": "NI", "night_of": "pair"}
            return [_emit(g, i, e, "calendar", fields)], e
    if nt.has("deictic") or nt.has("weekday") or nt.has("on_day") or nt.num is not None or nt.has("ord") \
            or nt.has("days_word"):
        date = _date_at(g, j)
        if date and len(date[0]) == 1 and date[0][0][0] in ("deictic", "weekday", "calendar", "anaphor"):
            kind, fields, _, e = date[0][0]
            if kind == "calendar" and "day" not in fields:
                return None
            fields = _merge_part(fields, spec)
            if spec.get("code") == "NI" and kind == "weekday" and g.toks[i].has("night_ambiguous") \
                    and fields.get("said") is None:
                fields["night_of"] = "ambiguous"
            fields, e = _with_time(g, kind, fields, e)
            return [_emit(g, i, e, kind, fields)], e
    return None


def _month_range(g: _Grammar, i: int) -> tuple[list[Found], int] | None:
    """``بين مارس ومايو 2020``, ``من يناير إلى مارس``: the year after the second month serves both."""
    first = g.month_ref(i + 1, True)
    if not first or "month_rel" in first[0]:
        return None
    fields1, j = first
    if not g.adj(j):
        return None
    nt = g.toks[j]
    if nt.has("to") or nt.has("and"):
        k = j + 1
    elif nt.pre.startswith("و") and nt.has("month"):
        k = j
    else:
        return None
    second = g.month_ref(k, True) if g.adj(k) else None
    if not second or "month_rel" in second[0]:
        return None
    fields2, e = second
    year, e = g.year_after(e, fields2["system"])
    fields2.update(year)
    if "year" in year and "year" not in fields1:
        fields1 = {**fields1, "year": year["year"] - (fields1["month"] > fields2["month"])}
    return [
        _emit(g, i, j, "calendar", {**fields1, "range": "begin"}),
        _emit(g, k, e, "calendar", {**fields2, "range": "end"}),
    ], e


def _year_part(g: _Grammar, i: int) -> tuple[list[Found], int] | None:
    """A season, half or quarter of a named or relative year."""
    tok = g.toks[i]
    j = i + 1
    if tok.has("season"):
        code, first, last = tok.get("season")
        fields: dict[str, Any] = {"code": code, "first": first, "last": last}
        definite = g.text.startswith("ال", tok.wstart)
        if definite and g.role(j, "dir") and g.toks[j].get("dir") in ("past", "last", "future", "current"):
            # الصيف الماضي / الشتاء المقبل
            return [_emit(g, i, j + 1, "year_part", {**fields, "season_dir": g.toks[j].get("dir")})], j + 1
        if definite and not g.role(j, "from") and not g.adj(j) and i > 0 and g.toks[i - 1].has("in") \
                and g.adj(i) and not tok.pre:
            # وفي الصيف: the season of the year being narrated (nothing if none is in play)
            return [_emit(g, i, i + 1, "year_part", {**fields, "in_play": True})], j
    else:
        letter, parts = tok.get("year_frac")
        if g.role(j, "ord") and 1 <= g.toks[j].get("ord") <= parts:
            index = g.toks[j].get("ord")
        elif g.role(j, "dir") and g.toks[j].get("dir") == "last":
            index = parts
        else:
            return None
        j += 1
        size = 12 // parts
        fields = {"code": f"{letter}{index}", "first": (index - 1) * size + 1, "last": index * size}
    if g.role(j, "from"):
        j += 1
    if not g.adj(j):
        return None
    target = g.toks[j]
    year = g.year_number(j + 1 if target.has("year_word") and g.adj(j + 1) else j)
    if year:
        return [_emit(g, i, year[1], "year_part", {**fields, "year": year[0]})], year[1]
    per = g.period(j)
    if per and per[0]["unit"] == "year":
        return [_emit(g, i, per[1], "year_part", {**fields, "shift": per[0]["shift"]})], per[1]
    unit = target.get("unit")
    if unit and unit[0] == "year" and unit[2] and unit[1] in (1, -1):
        # الربع الأول من العام: the year in play
        return [_emit(g, i, j + 1, "year_part", {**fields, "shift": "same"})], j + 1
    return None
