"""Rule ``open_end``: an interval whose end the text leaves open (``اعتبارا من صباح الأربعاء ولأجل
غير مسمى``، ``ابتداء من اليوم حتى إشعار آخر``), TimeML style.

The open end (``relative.json`` ``open_ends``, rule ``vague.open_end``) is a ``FUTURE_REF``
with no interval.  When the begin point stands just before it in its sentence, opened by a
``from_openers`` word and ``من`` (``اعتبارا من``), the begin keeps its own value and interval
(all the text vouches for), takes mod ``ON_OR_AFTER`` and the ends in ``extra`` (``begin`` its
value, ``end`` ``FUTURE_REF``: exported as ``beginPoint``/``endPoint``), and the open end
names the begin it closes.  Without such a begin the open end stands alone."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import attrs

from ..arabic import fold
from ..model import Timex
from .lexicon import LEXICON

#: how many characters may stand between the begin point and its open end
_GAP = 24
#: the two words before a begin point: (opener, من)
_OPENER = re.compile(r"(\S+)\s+(\S+)\s*$")


def settle(ctx: Any, out: list[Timex]) -> list[Timex]:
    """``out`` with each open end joined to the begin point right before it."""
    text = ctx.doc.text
    for k in range(1, len(out)):
        end, begin = out[k], out[k - 1]
        if not dict(end.extra).get("open_end") or begin.earliest is None or end.start - begin.end > _GAP \
                or ctx.doc.sentence(begin.start) != ctx.doc.sentence(end.start) \
                or any(unicodedata.category(c).startswith("P") for c in text[begin.end:end.start]):
            continue
        if not (begin.mod == "ON_OR_AFTER" or _opened(text[max(0, begin.start - 40):begin.start])):
            continue
        out[k - 1] = attrs.evolve(begin, mod="ON_OR_AFTER",
                                  extra={**dict(begin.extra), "begin": begin.value, "end": end.value})
        out[k] = attrs.evolve(end, extra={**dict(end.extra), "begin": begin.value, "end": end.value})
    return out


def _opened(before: str) -> bool:
    """``before`` ends with a ``from_openers`` word and ``من`` (``اعتباراً من``)."""
    match = _OPENER.search(before)
    return bool(match) and "from" in LEXICON.roles.get(fold(match.group(2)), {}) \
        and fold(match.group(1)) in LEXICON.from_openers
