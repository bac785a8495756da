"""A bare weekday in a verbless line opened by a point-event noun (temporal round 15): in the
headline it is announced (the next such day on or after the DCT); the same words in the body
tell what was (the last one on or before it). Expected days are computed here from
``datetime``, never copied from the tagger's output.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from timeline.temporal import tag

DCTS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))
THURSDAY = 3
LINE = "عودة العمل بالمصالح الحكومية الخميس"


def _day(text: str, dct: dt.date) -> dt.date:
    found = [t for t in tag(text, dct) if t.text == "الخميس"]
    assert len(found) == 1, [(t.text, t.value) for t in tag(text, dct)]
    return found[0].earliest.date()


@given(DCTS)
def test_headline_weekday_is_announced(dct: dt.date) -> None:
    assert _day(LINE, dct) == dct + dt.timedelta(days=(THURSDAY - dct.weekday()) % 7)


@given(DCTS)
def test_body_weekday_tells_what_was(dct: dt.date) -> None:
    text = "المصالح الحكومية بعد العيد\n\nوقال المتحدث إن الوزارة أنهت الاستعدادات، " + LINE + "."
    assert _day(text, dct) == dct - dt.timedelta(days=(dct.weekday() - THURSDAY) % 7)
