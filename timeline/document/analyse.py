"""Build a :class:`~timeline.document.model.Document`: normalize, tokenize, cut sentences,
clauses, lines, quotes and datelines.  Linear in the text length."""

from __future__ import annotations

import bisect
import itertools
import json
import re
from importlib import resources
from typing import Any

from ..arabic import Normalized, fold, normalize
from ..arabic.normalize import MARKS
from .model import Document, Span, Token

_WORD = re.compile(r"\w+")


def _data() -> dict[str, Any]:
    return json.loads(resources.files("timeline").joinpath("lexicon", "arabic", "text.json").read_text("utf-8"))


def _class(chars: list[str]) -> str:
    return "[" + "".join(re.escape(fold(c)) for c in dict.fromkeys(chars)) + "]"


_DATA = _data()
_ENDS = [fold(c) for c in _DATA["sentence_ends"]]
# A dot between two digits is a decimal point or a date separator ("287.6", "15.9.2022").
# A dot after a one-letter word abbreviates it ("د. محمد"، "18:09 ت.غ"), unless the letter is
# an era mark after a number ("1441 هـ."); a dot between two such letters is inside one ("أ.ف.ب"),
# and so is the dot closing a title of text.json's title_abbreviations ("أ.د. محمد"; a zone's
# closing dot, "ت.غ.", still ends its sentence).
# (the leading look-ahead lets the scan skip every other character at C speed)
_LETTER = r"[^\W\d_]"
_ERA = _class([m for m in _DATA["dateline"]["era_marks"] if len(fold(m)) == 1])
_ABBREVIATION = (r"(?!(?<=\s" + _LETTER + r")(?<!\d\s" + _ERA + r"))"
                 + "".join(r"(?!(?<=\s" + re.escape(fold(a)) + r"))" for a in _DATA["title_abbreviations"]) +
                 r"(?!(?<=\." + _LETTER + r")\." + _LETTER + ")")
_SENTENCE_END = re.compile(
    "(?=" + _class(_DATA["sentence_ends"]) + ")(?:"
    + "|".join([_ABBREVIATION + r"(?:(?<!\d)\.|\.(?!\d))"] + [re.escape(c) + "+" for c in _ENDS if c != "."]) + ")")
_CLAUSE_END = re.compile(_class(_DATA["clause_breaks"]))
_QUOTES = tuple((a, b) for a, b in _DATA["quote_pairs"])
_dl = _DATA["dateline"]
_DASH = _class(_dl["dashes"])
# a day and month (or day/month numbers), a year maybe, after the place: "في 27 أغسطس"، "- 27 - 8"
_DL_DATE = (r"(?:[ \t]+(?:" + _DASH + r"[ \t]+|[^\W\d_]{1,3}[ \t]+)?\d{1,2}(?:[ \t]*[-/.][ \t]*\d{1,2}"
            r"|[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)(?:[ \t]*[-/.]?[ \t]*\d{4})?)")
# a full date with its era mark ("19 محرم 1443 هـ"), as Saudi and Gulf agencies write it
_DL_ERA = (r"\d{1,2}[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]+\d{4}[ \t]*(?:"
           + "|".join(re.escape(m) for m in sorted(_dl["era_marks"], key=len, reverse=True)) + r")(?![^\W\d_])")
_DL_PAIR = "|".join(re.escape(w) for w in _dl["pair_words"])
_DL_AGENCY = r"(?:\([^()\n]{1,20}\)|/[^/\n]{1,20}/)"
_DATELINE = re.compile(
    r"(?m)^[ \t]*((?:[^\W\d_]+(?:[،,]?[ \t]+|[ \t]*/[ \t]*)){0," + str(int(_dl["max_words"]) - 1) + r"}[^\W\d_]+"
    # "الرياض 19 محرم 1443 هـ الموافق 27 أغسطس 2021 م واس": dated in one or two calendars, then
    # the agency's one-word name
    # (in one calendar only with the agency in brackets or slashes)
    r"(?:[ \t]+" + _DL_ERA + r"(?:[ \t]+(?:" + _DL_PAIR + r")[ \t]+" + _DL_ERA + r"[ \t]*(?:[^\W\d_]{2,8}|" + _DL_AGENCY
    + r")|[ \t]*" + _DL_AGENCY + r")(?:[ \t]*" + _DASH + r"+)?(?:[ \t]+|$)"
    # the agency in slashes closes the dateline ("الدوحة /قنا/"، "المنامة في 27 أغسطس / بنا /")
    r"|" + _DL_DATE + r"?[ \t]*/[ \t]*[^\W\d_][^/\n]{0,18}/[ \t]*(?:" + _DASH + r"+[ \t])?"
    # or a spaced dash after it in brackets ("الكويت - 27 - 8 (كونا) --"), or after the place
    r"|(?:[ \t]*\([^()\n]{1,30}\)|" + _DL_DATE + r"[ \t]*\([^\W\d_][^()\n]{0,29}\))?[ \t]+" + _DASH + r"+[ \t]))")


def _cut(text: str, norm: Normalized, pattern: re.Pattern[str], parents: list[Span]) -> list[Span]:
    """``parents`` cut after every match of ``pattern`` (in the normalized text)."""
    cuts = sorted({norm.span(m.start(), m.end())[1] for m in pattern.finditer(norm.text)})
    out = []
    for start, end in parents:
        i = bisect.bisect_right(cuts, start)
        pos = start
        while i < len(cuts) and cuts[i] < end:
            out.append((pos, cuts[i]))
            pos = cuts[i]
            i += 1
        out.append((pos, end))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _quotes(text: str) -> list[Span]:
    spans = []
    for opener, closer in _QUOTES:
        if opener == closer:
            # a straight quote pairs with the next one in its paragraph
            for para in re.finditer(r"[^\n]+", text):
                marks = [m.start() + para.start() for m in re.finditer(re.escape(opener), para.group())]
                spans.extend((marks[i], marks[i + 1] + 1) for i in range(0, len(marks) - 1, 2))
        else:
            start = None
            for m in re.finditer(f"{re.escape(opener)}|{re.escape(closer)}", text):
                if m.group() == opener and start is None:
                    start = m.start()
                elif m.group() == closer and start is not None:
                    spans.append((start, m.end()))
                    start = None
    return sorted(spans)


def _lines(text: str) -> list[Span]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _tokens(norm: Normalized) -> list[Token]:
    """The word tokens, with original spans (the hot loop of the analysis, kept flat)."""
    make = tuple.__new__
    out: list[Token] = []
    append = out.append
    offsets = norm.offsets
    if offsets is None:  # nothing was deleted: normalized offsets are original offsets
        for i, m in enumerate(_WORD.finditer(norm.text)):
            a, b = m.span()
            append(make(Token, (i, a, b, a, b, m.group())))
        return out
    original, marks, size = norm.original, MARKS, len(norm.original)
    for i, m in enumerate(_WORD.finditer(norm.text)):
        a, b = m.span()
        stop = offsets[b - 1] + 1
        while stop < size and original[stop] in marks:  # see Normalized.span
            stop += 1
        append(make(Token, (i, offsets[a], stop, a, b, m.group())))
    return out


def analyse(text: str, id: str | None = None) -> Document:
    """The analysed :class:`Document` of ``text`` (``id``: the article id, for messages)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, not {type(text).__name__}")
    norm = normalize(text)
    tokens = _tokens(norm)
    sentences = _cut(text, norm, _SENTENCE_END, [(0, len(text))])
    clauses = _cut(text, norm, _CLAUSE_END, sentences)
    lines = _lines(text)
    quotes = _quotes(text)
    datelines = [m.span(1) for m in _DATELINE.finditer(text)]
    return Document(
        text=text, norm=norm, tokens=tuple(tokens), sentences=tuple(sentences), clauses=tuple(clauses),
        lines=tuple(lines), quotes=tuple(quotes), datelines=tuple(datelines), id=id,
        token_starts=tuple(t[1] for t in tokens),
        sentence_starts=tuple(a for a, _ in sentences),
        clause_starts=tuple(a for a, _ in clauses),
        line_starts=tuple(a for a, _ in lines),
        quote_starts=tuple(a for a, _ in quotes),
        quote_reach=tuple(itertools.accumulate((b for _, b in quotes), max)),
    )
