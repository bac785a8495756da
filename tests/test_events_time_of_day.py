"""An event keeps the time of day of the expression that dates it in its own clause or
sentence ("فجر اليوم"، "الساعة 04:00"); a later sentence dated by narrative gets the day only,
and day grain stays whole days (exported as dates)."""

from __future__ import annotations

import datetime as dt

from timeline.events import extract_events
from timeline.model import Article, Timex, iso


def _timex(text: str, surface: str, lo: dt.datetime, hi: dt.datetime, grain: str) -> Timex:
    start = text.index(surface)
    return Timex(start, start + len(surface), surface, "TIME", lo.isoformat(), lo, hi, grain, doc="t")


def _strike(events):
    return next(e for e in events if e.type == "strike")


def test_part_of_day_is_kept() -> None:
    text = "قصفت المدفعية الأذربيجانية مواقع أرمينية فجر اليوم الثلاثاء."
    t = _timex(text, "فجر اليوم الثلاثاء", dt.datetime(2022, 9, 13, 3), dt.datetime(2022, 9, 13, 6, 59, 59),
               "part_of_day")
    event = _strike(extract_events(Article("t", text, dt.datetime(2022, 9, 13, 14)), [t]))
    assert (event.earliest, event.latest, event.grain) == (t.earliest, t.latest, "part_of_day")
    assert iso(event.earliest, event.grain) == "2022-09-13T03:00:00"


def test_clock_time_is_kept_and_two_times_stay_apart() -> None:
    text = "قصفت المدفعية الأذربيجانية مواقع أرمينية عند الساعة 04:00. وقصفت المدفعية الأرمينية مواقع أذربيجانية عند الساعة 02:00."
    first = _timex(text, "الساعة 04:00", dt.datetime(2022, 9, 13, 4), dt.datetime(2022, 9, 13, 4, 0, 59), "minute")
    second = _timex(text, "الساعة 02:00", dt.datetime(2022, 9, 13, 2), dt.datetime(2022, 9, 13, 2, 0, 59), "minute")
    events = [e for e in extract_events(Article("t", text, dt.datetime(2022, 9, 13, 14)), [first, second])
              if e.type == "strike"]
    assert sorted((e.earliest.hour, e.grain) for e in events) == [(2, "minute"), (4, "minute")]


def test_day_grain_exports_dates() -> None:
    text = "قصفت المدفعية الأذربيجانية مواقع أرمينية يوم الثلاثاء."
    t = _timex(text, "يوم الثلاثاء", dt.datetime(2022, 9, 13), dt.datetime(2022, 9, 13, 23, 59, 59), "day")
    event = _strike(extract_events(Article("t", text, dt.datetime(2022, 9, 14)), [t]))
    assert event.grain == "day" and iso(event.earliest, event.grain) == "2022-09-13"


def test_narrative_date_keeps_the_day_only() -> None:
    text = "قصفت المدفعية الأذربيجانية مواقع أرمينية فجر الثلاثاء. وقال رئيس الوزراء الأرميني نيكول باشينيان إن الوضع خطير."
    t = _timex(text, "فجر الثلاثاء", dt.datetime(2022, 9, 13, 3), dt.datetime(2022, 9, 13, 6, 59, 59), "part_of_day")
    events = extract_events(Article("t", text, dt.datetime(2022, 9, 14)), [t])
    said = next(e for e in events if e.type == "statement")
    assert said.grain == "day" and said.days == (dt.date(2022, 9, 13), dt.date(2022, 9, 13))
    assert said.earliest == dt.datetime(2022, 9, 13)
