"""Anchor recognized readings to the publication date (DCT) or to the narrative date in play.

One pass in text order: deictic expressions (أمس، الخميس الماضي، الأسبوع المقبل) anchor to
the DCT; anaphoric ones (اليوم التالي، من الشهر نفسه، قبل ذلك بيومين، a bare clock time after
a dated sentence) anchor to the last date the text put in play, which each resolved date
updates.  Tense (past by default, future with a future cue in the clause or
``prefer="future"``) decides which way a bare weekday or month goes.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

import attrs

from ..arabic import Normalized
from ..model import Timex
from . import hijri
from .lexicon import LEXICON
from .recognize import Found

_END_OF_DAY = dt.time(23, 59, 59)
_SENTENCE_RE = re.compile(r"[.!?\n]")


def minute_value(moment: dt.datetime) -> str:
    """TIMEX3 value at minute grain; strftime would not zero-pad years before 1000."""
    return f"{moment.date().isoformat()}T{moment.hour:02d}:{moment.minute:02d}"


def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """Inclusive bounds of one calendar day."""
    return dt.datetime.combine(day, dt.time()), dt.datetime.combine(day, _END_OF_DAY)


def span_bounds(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(first, dt.time()), dt.datetime.combine(last, _END_OF_DAY)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the last day of the target month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def month_last(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


_FUZZY_MONTH = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}
_FUZZY_YEAR = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}


@attrs.define
class _Narrative:
    """The date currently in play (mutable, local to one resolution pass)."""

    day: dt.date | None = None
    month: tuple[int, int] | None = None
    year: int | None = None
    sentence: int = -10
    #: Normalized end offset of the expression that set ``day``.
    end: int = -1
    #: A year the text stated outright (``عام 2016``, ``خريف 2020``) and the sentence it was in.
    stated_year: int | None = None
    stated_sentence: int = -10


@attrs.define
class Resolver:
    """Resolve the readings of one text; a fresh resolver per text (it carries narrative state)."""

    norm: Normalized
    dct: dt.datetime
    prefer: str = "past"
    doc: str | None = None
    narrative: _Narrative = attrs.field(factory=_Narrative)
    _breaks: list[int] = attrs.field(factory=list)
    _sentences: list[int] = attrs.field(factory=list)
    _future: list[int] = attrs.field(factory=list)
    _subordinators: list[int] = attrs.field(factory=list)

    def __attrs_post_init__(self) -> None:
        text = self.norm.text
        self._breaks = [m.start() for m in LEXICON.clause_re.finditer(text)]
        self._sentences = [m.start() for m in _SENTENCE_RE.finditer(text)]
        self._future = [m.start() for m in LEXICON.future_re.finditer(text)]
        self._subordinators = [m.start() for m in LEXICON.subordinator_re.finditer(text)]

    # -- context ---------------------------------------------------------------------------
    def _clause(self, start: int, end: int) -> tuple[int, int]:
        k = bisect.bisect_left(self._breaks, start)
        left = self._breaks[k - 1] if k > 0 else -1
        k2 = bisect.bisect_left(self._breaks, end)
        right = self._breaks[k2] if k2 < len(self._breaks) else len(self.norm.text)
        return left, right

    def future(self, found: Found) -> bool:
        """Whether the expression should go forward in time (future cue or preference)."""
        if self.prefer == "future":
            return True
        left, right = self._clause(found.start, found.end)
        k = bisect.bisect_right(self._future, left)
        while k < len(self._future) and self._future[k] < right:
            cue = self._future[k]
            k += 1
            if found.start <= cue < found.end:
                continue
            if cue >= found.end:
                # "أعلن يوم الأحد أن الهدنة ستبدأ": a cue inside a complement clause that
                # follows the expression tells the complement's tense, not the main clause's.
                j = bisect.bisect_left(self._subordinators, found.end)
                if j < len(self._subordinators) and self._subordinators[j] < cue:
                    continue
            return True
        return False

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_left(self._sentences, pos)

    # -- main ------------------------------------------------------------------------------
    def resolve_all(self, found: Iterable[Found]) -> list[Timex]:
        out: list[Timex] = []
        for item in found:
            timex = self.resolve(item)
            if timex is not None:
                out.append(timex)
        return out

    def resolve(self, found: Found) -> Timex | None:
        reading = found.reading
        fields = reading.as_dict()
        start, end = self.norm.span(found.start, found.end)
        base = Timex(start=start, end=end, text=self.norm.original[start:end], type="DATE", value="",
                     reading=reading, doc=self.doc)
        handler = getattr(self, "_r_" + reading.kind, None)
        if handler is None:
            return None
        try:
            timex = handler(base, fields, found)
        except (ValueError, OverflowError):
            # arithmetic past year 1 or 9999: keep the span, say why there is no value
            return attrs.evolve(base, value="XXXX", warnings=("date out of the supported range",))
        if timex is None:
            return None
        self._track_stated_year(timex, fields, found)
        if timex.grain in ("day", "part_of_day", "hour", "minute") and timex.earliest is not None \
                and "range" not in fields:
            day = timex.earliest.date() if timex.grain == "day" or timex.value[:10].count("-") != 2 \
                else dt.date.fromisoformat(timex.value[:10])
            self.narrative.day = day
            self.narrative.month = (day.year, day.month)
            self.narrative.year = day.year
            self.narrative.sentence = self.sentence_of(found.start)
            self.narrative.end = found.end
        elif timex.grain == "month" and timex.earliest is not None:
            self.narrative.month = (timex.earliest.year, timex.earliest.month)
            self.narrative.year = timex.earliest.year
        elif timex.grain == "year" and timex.earliest is not None and timex.type == "DATE":
            self.narrative.year = timex.earliest.year
        return timex

    def _track_stated_year(self, timex: Timex, fields: dict[str, Any], found: Found) -> None:
        """Keep the year the text is narrating: set by a stated year (not ``منذ 2011``, which
        only bounds a stretch), dropped by a date anchored to the DCT (back to the present)."""
        if timex.earliest is None or timex.type not in ("DATE", "TIME"):
            return
        if "year" in fields and not fields.get("since") and found.reading.kind in ("calendar", "year_part"):
            self.narrative.stated_year = timex.earliest.year
            self.narrative.stated_sentence = self.sentence_of(found.start)
        elif timex.anchor == "dct" and timex.grain in ("day", "part_of_day", "hour", "minute", "week", "month"):
            self.narrative.stated_year = None

    def stated_year(self, found: Found) -> int | None:
        """The stated year in play in this or the previous sentence, when it is not the DCT's."""
        year = self.narrative.stated_year
        if year is None or year == self.dct.year or self.sentence_of(found.start) - self.narrative.stated_sentence > 1:
            return None
        return year

    # -- helpers ---------------------------------------------------------------------------
    def anchor_day(self, found: Found, near: bool = False) -> tuple[dt.date, str]:
        """The narrative day (``near``: only if set in this or the previous sentence) or the DCT."""
        if self.narrative.day is not None and (
                not near or self.sentence_of(found.start) - self.narrative.sentence <= 1):
            return self.narrative.day, "narrative"
        return self.dct.date(), "dct"

    def _day_timex(self, base: Timex, day: dt.date, fields: dict[str, Any], anchor: str | None,
                   warnings: tuple[str, ...] = ()) -> Timex:
        """A day, refined by a part of day or clock time when the reading has one."""
        extra: dict[str, Any] = {}
        if fields.get("since"):
            extra["since"] = True
        if fields.get("range"):
            extra["range"] = fields["range"]
        day = day + dt.timedelta(days=fields.get("eve", 0))
        if "hour" in fields:
            hour, minute = fields["hour"], fields["minute"]
            part = fields.get("part")
            if part in ("EV", "NI") and hour == 12:
                hour = 24  # الثانية عشرة ليلا: midnight ending the day named
            elif part in ("EV", "AF", "late_afternoon") and hour < 12:
                hour += 12
            elif part == "NI" and 6 <= hour < 12:
                hour += 12
            elif part == "MI" and hour < 6:
                hour += 12
            when = day
            if hour == 24:
                hour, when = 0, day + dt.timedelta(days=1)
            moment = dt.datetime.combine(when, dt.time(hour, minute))
            if fields.get("zone"):
                extra["zone"] = fields["zone"]
                if fields.get("offset"):
                    extra["utc_offset"] = fields["offset"]
            return attrs.evolve(base, type="TIME", value=minute_value(moment),
                                earliest=moment, latest=moment + dt.timedelta(seconds=59), grain="minute",
                                anchor=anchor, warnings=warnings, extra=extra, mod=fields.get("mod"))
        part = fields.get("part")
        if part:
            spec = LEXICON.parts[part]
            if spec.get("midnight"):
                earliest = dt.datetime.combine(day, dt.time(23, 30))
                latest = earliest + dt.timedelta(hours=1)
                value = f"{day.isoformat()}T24:00"
            else:
                code = spec["code"]
                value = f"{day.isoformat()}T{code}"
                first = day
                if fields.get("night_of") == "ambiguous":
                    first = day - dt.timedelta(days=1)
                    warnings = (*warnings, "ambiguous night: the eve of the day or the night after it")
                earliest = dt.datetime.combine(first, dt.time(spec["from"]))
                last = day + dt.timedelta(days=1) if spec.get("next_day") else day
                latest = dt.datetime.combine(last, dt.time(spec["to"], 59, 59))
            return attrs.evolve(base, type="TIME", value=value, earliest=earliest, latest=latest,
                                grain="part_of_day", anchor=anchor, warnings=warnings, extra=extra)
        earliest, latest = day_bounds(day)
        return attrs.evolve(base, value=day.isoformat(), earliest=earliest, latest=latest, grain="day",
                            anchor=anchor, warnings=warnings, extra=extra)

    def _weekday_date(self, weekday: int, shift: int, forward: bool) -> dt.date:
        today = self.dct.date()
        if shift < 0:
            back = (today.weekday() - weekday) % 7 or 7
            return today - dt.timedelta(days=back + 7 * (-shift - 1))
        if shift > 0:
            ahead = (weekday - today.weekday()) % 7 or 7
            return today + dt.timedelta(days=ahead + 7 * (shift - 1))
        if forward:
            return today + dt.timedelta(days=(weekday - today.weekday()) % 7)
        return today - dt.timedelta(days=(today.weekday() - weekday) % 7)

    # -- readings --------------------------------------------------------------------------
    def _r_deictic(self, base: Timex, f: dict[str, Any], found: Found) -> Timex:
        day = self.dct.date() + dt.timedelta(days=f["offset"])
        return self._day_timex(base, day, f, "dct")

    def _r_weekday(self, base: Timex, f: dict[str, Any], found: Found) -> Timex:
        weekday, shift = f["weekday"], f.get("shift", 0)
        warnings: tuple[str, ...] = ()
        said = f.get("said")
        if said is not None:
            expected = self.dct.date() + dt.timedelta(days=said)
            if expected.weekday() == weekday:
                return self._day_timex(base, expected, f, "dct")
            warnings = (f"weekday contradicts the day word: {expected.isoformat()} is not weekday {weekday}",)
            shift = -1 if said < 0 else (1 if said > 0 else 0)
        day = self._weekday_date(weekday, shift, self.future(found))
        return self._day_timex(base, day, f, "dct", warnings)

    def _r_anaphor(self, base: Timex, f: dict[str, Any], found: Found) -> Timex:
        day, anchor = self.anchor_day(found)
        return self._day_timex(base, day + dt.timedelta(days=f["shift"]), f, anchor)

    def _r_eve_event(self, base: Timex, f: dict[str, Any], found: Found) -> Timex | None:
        """``غداة الهجوم``: nothing unless a day is in play from this or the previous sentence.

        In the sentence that stated the day, an unconjoined ``غداة X`` restates the clause's own
        day (``التقى الوزيران اليوم الخميس غداة اتفاق ...``); after ``و`` or in the next
        sentence, X is the event of that day and the expression is the day after (before) it.
        """
        day = self.narrative.day
        if day is None or self.sentence_of(found.start) - self.narrative.sentence > 1:
            return None
        same = self.sentence_of(found.start) == self.narrative.sentence and not f.get("conj")
        shift = 0 if same else f["shift"]
        return self._day_timex(base, day + dt.timedelta(days=shift), {}, "narrative")

    def _r_clock(self, base: Timex, f: dict[str, Any], found: Found) -> Timex:
        day, anchor = self.anchor_day(found, near=True)
        return self._day_timex(base, day, f, anchor)

    _r_part = _r_clock

    def _r_vague(self, base: Timex, f: dict[str, Any], found: Found) -> Timex:
        return attrs.evolve(base, value=f["value"])

    def _r_year_part(self, base: Timex, f: dict[str, Any], found: Found) -> Timex | None:
        year = f.get("year")
        anchor = None
        if year is None and f.get("in_play"):
            year, anchor = self.narrative.stated_year, "narrative"
            if year is None or self.sentence_of(found.start) - self.narrative.stated_sentence > 1 \
                    or f["first"] == 0:
                return None  # winter straddles two years: which one the text means is unclear
        elif year is None and "season_dir" in f:
            year, anchor = self._season_year(f["first"], f["last"], f["season_dir"]), "dct"
        elif year is None:
            shift = f["shift"]
            anchor = "dct"
            year = self.dct.year
            if shift in ("same", "next") and self.narrative.year:
                year, anchor = self.narrative.year, "narrative"
            year += {"same": 0, "next": 1}.get(shift, shift) if isinstance(shift, str) else shift
        if not 1 < year < 9999:
            return None
        first_month, last_month = f["first"], f["last"]
        first = dt.date(year - 1, 12, 1) if first_month == 0 else dt.date(year, first_month, 1)
        earliest, latest = span_bounds(first, month_last(year, last_month))
        grain = "season" if len(f["code"]) == 2 and f["code"][1].isalpha() else (
            "half" if f["code"][0] == "H" else "quarter")
        return attrs.evolve(base, value=f"{year:04d}-{f['code']}", earliest=earliest, latest=latest,
                            grain=grain, anchor=anchor)

    def _season_year(self, first_month: int, last_month: int, direction: str) -> int:
        """The year of the season ``الصيف الماضي`` (the last one over before the DCT),
        ``الشتاء المقبل`` (the next one to start after it) or ``الصيف الحالي`` names."""
        today = self.dct.date()

        def span(year: int) -> tuple[dt.date, dt.date]:
            first = dt.date(year - 1, 12, 1) if first_month == 0 else dt.date(year, first_month, 1)
            return first, month_last(year, last_month)

        years = range(today.year - 1, today.year + 2)
        if direction in ("past", "last"):
            return max(y for y in years if span(y)[1] < today)
        if direction == "future":
            return min(y for y in years if span(y)[0] > today)
        return next((y for y in years if span(y)[0] <= today <= span(y)[1]), today.year)

    def _r_set(self, base: Timex, f: dict[str, Any], found: Found) -> Timex:
        extra: dict[str, Any] = {"quant": "EVERY"}
        if "weekday" in f:
            extra["weekday"] = f["weekday"]
        return attrs.evolve(base, type="SET", value=f["value"], extra=extra)

    def _r_streak(self, base: Timex, f: dict[str, Any], found: Found) -> Timex:
        n = f["n"]
        letter = LEXICON.unit_letter[f["unit"]]
        return attrs.evolve(base, type="DURATION", value=f"P{n}{letter}", grain=f["unit"])

    def _r_duration(self, base: Timex, f: dict[str, Any], found: Found) -> Timex:
        unit, n = f["unit"], f.get("n")
        letter = LEXICON.unit_letter[unit]
        amount = "X" if n is None else str(n)
        value = f"PT{amount}{letter[1:]}" if letter.startswith("T") else f"P{amount}{letter}"
        timex = attrs.evolve(base, type="DURATION", value=value, grain=unit, mod=f.get("mod"))
        if f.get("aspect") == "perfective":
            # أعلن منذ ثلاثة أيام: "N ago", a date at the unit's grain
            ago = self._r_relative(base, {"unit": unit, "n": -n, "mod": f.get("mod"), "anchor": "dct"}, found)
            return attrs.evolve(ago, extra={**dict(ago.extra), "duration": value, "since": True})
        if f.get("of") == "elapsed" and self.future(found):
            return self._r_relative(base, {"unit": unit, "n": f["sign"] * n, "mod": f.get("mod"), "anchor": "dct"},
                                    found)
        if "sign" in f:
            return self._measured(timex, f, found)
        direction = f.get("direction")
        if n is None or direction is None:
            return timex
        begin, end = self._shifted(self.dct, unit, -n if direction == "past" else n)
        if direction == "future":
            begin, end = end, begin
        extra = {"begin": self._render(begin, unit)}
        if f.get("since"):
            extra["since"] = True
        if unit in ("minute", "hour"):
            earliest, latest = begin, end
        else:
            earliest, latest = span_bounds(begin.date(), end.date())
        return attrs.evolve(timex, earliest=earliest, latest=latest, anchor="dct", extra=extra)

    def _measured(self, timex: Timex, f: dict[str, Any], found: Found) -> Timex:
        """``بعد/قبل N unit من X``: anchor the measured stretch when a day is known.

        A day stated just before in the same clause (``فجر أمس السبت، بعد يوم من موافقة المجلس``)
        dates the clause's own event, so X lies N units from it; otherwise a day given after
        ``من``, or the narrative day for a point event (``من توقيعه``), dates X.
        """
        n, unit, sign = f["n"], f["unit"], f["sign"]
        day = self.narrative.day
        if n is None or day is None:
            return timex
        between = self.norm.text[self.narrative.end:found.start] if self.narrative.end <= found.start else "x"
        origin = dt.datetime.combine(day, dt.time())
        if unit in ("minute", "hour"):
            # the day in play has no hour: only whole days of the stretch move the other end
            minutes = n * (60 if unit == "hour" else 1)
            unit, n = "day", minutes // (24 * 60)
        if not f.get("conj") and between.strip(" \t,") == "":
            point = day
            other = self._shifted(origin, unit, -sign * n)[0].date()
        elif f.get("of") == "date" or (
                f.get("of") in ("point", "elapsed") and self.sentence_of(found.start) - self.narrative.sentence <= 1):
            other = day
            point = self._shifted(origin, unit, sign * n)[0].date()
        else:
            return timex
        begin, end = min(point, other), max(point, other)
        earliest, latest = span_bounds(begin, end)
        extra = {"begin": begin.isoformat(), "end": end.isoformat(), "point": point.isoformat()}
        return attrs.evolve(timex, earliest=earliest, latest=latest, anchor="narrative", extra=extra)

    def _r_holiday(self, base: Timex, f: dict[str, Any], found: Found) -> Timex | None:
        """A fixed-date holiday: the stated year, the direction, a future cue, else the nearest one."""
        month, day = f["month"], f["day"]
        hijri_cal = f["calendar"] == "hijri"

        def occurrence(year: int) -> dt.date | None:
            if hijri_cal:
                return hijri.to_gregorian(year, month, day)
            return dt.date(year, month, day) if 1 <= year <= 9999 else None

        today = self.dct.date()
        anchor: str | None = None
        if "year" in f:
            date = occurrence(f["year"])
        else:
            anchor = "dct"
            ref = hijri.from_gregorian(today) if hijri_cal else (today.year,)
            if ref is None:
                return attrs.evolve(base, value="XXXX", warnings=("date outside the Umm al-Qura table",))
            options = [d for d in (occurrence(ref[0] + k) for k in (-1, 0, 1)) if d is not None]
            direction = f.get("dir")
            if direction in ("past", "last"):
                options = [d for d in options if d < today]
            elif direction == "future":
                options = [d for d in options if d > today]
            elif direction == "current":
                options = [d for d in (occurrence(ref[0]),) if d is not None]
            elif self.future(found):
                options = [d for d in options if d >= today]
            date = min(options, key=lambda d: (abs((d - today).days), d)) if options else None
        if date is None:
            return attrs.evolve(base, value="XXXX", warnings=("holiday date out of the supported range",))
        date += dt.timedelta(days=f.get("offset", 0) + f.get("eve", 0))
        extra: dict[str, Any] = {"holiday": self.norm.text[found.start:found.end]}
        if hijri_cal:
            h = hijri.from_gregorian(date)
            if h is not None:
                extra.update(calendar="hijri", hijri=f"{h[0]:04d}-{h[1]:02d}-{h[2]:02d}")
        if f.get("night"):
            eve = date - dt.timedelta(days=1)
            earliest = dt.datetime.combine(eve, dt.time(18))
            latest = dt.datetime.combine(date, dt.time(5, 59, 59))
            return attrs.evolve(base, type="TIME", value=f"{eve.isoformat()}TNI", earliest=earliest, latest=latest,
                                grain="part_of_day", anchor=anchor, mod=f.get("mod"), extra=extra)
        timex = self._day_timex(base, date, {}, anchor)
        return attrs.evolve(timex, mod=f.get("mod"), extra=extra)

    def _shifted(self, moment: dt.datetime, unit: str, n: int) -> tuple[dt.datetime, dt.datetime]:
        """(moment moved by ``n`` units, moment)."""
        if unit == "minute":
            return moment + dt.timedelta(minutes=n), moment
        if unit == "hour":
            return moment + dt.timedelta(hours=n), moment
        if unit == "day":
            return moment + dt.timedelta(days=n), moment
        if unit == "week":
            return moment + dt.timedelta(weeks=n), moment
        months = {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit] * n
        day = add_months(moment.date(), months)
        return dt.datetime.combine(day, moment.time()), moment

    @staticmethod
    def _render(moment: dt.datetime, unit: str) -> str:
        if unit in ("minute", "hour"):
            return minute_value(moment)
        return moment.date().isoformat()

    def _r_relative(self, base: Timex, f: dict[str, Any], found: Found) -> Timex:
        unit, n = f["unit"], f["n"]
        if f.get("anchor") == "narrative":
            day, anchor = self.anchor_day(found)
            origin = dt.datetime.combine(day, dt.time())
        else:
            origin, anchor = self.dct, "dct"
        moved, _ = self._shifted(origin, unit, n)
        base = attrs.evolve(base, mod=f.get("mod"))
        if unit in ("minute", "hour"):
            if origin.time() == dt.time() and anchor == "dct" and self.dct.time() == dt.time():
                # no time of publication: only the day is known
                earliest, latest = day_bounds(moved.date())
                return attrs.evolve(base, type="TIME", value=moved.date().isoformat(), earliest=earliest,
                                    latest=latest, grain="day", anchor=anchor)
            moment = moved.replace(second=0)
            return attrs.evolve(base, type="TIME", value=minute_value(moment), earliest=moment,
                                latest=moment + dt.timedelta(seconds=59), grain="minute", anchor=anchor)
        day = moved.date()
        if unit in ("day", "week") and anchor != "dct" or unit == "day":
            return self._day_timex(base, day, {}, anchor)
        if unit == "week" and anchor == "dct":
            monday = day - dt.timedelta(days=day.weekday())
            iso_year, week, _ = monday.isocalendar()
            earliest, latest = span_bounds(monday, monday + dt.timedelta(days=6))
            return attrs.evolve(base, value=f"{iso_year}-W{week:02d}", earliest=earliest, latest=latest,
                                grain="week", anchor=anchor)
        if unit == "month":
            earliest, latest = span_bounds(day.replace(day=1), month_last(day.year, day.month))
            return attrs.evolve(base, value=f"{day.year:04d}-{day.month:02d}", earliest=earliest, latest=latest,
                                grain="month", anchor=anchor)
        earliest, latest = span_bounds(dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))
        return attrs.evolve(base, value=f"{day.year:04d}", earliest=earliest, latest=latest, grain="year",
                            anchor=anchor)

    def _r_period(self, base: Timex, f: dict[str, Any], found: Found) -> Timex | None:
        unit, shift, mod = f["unit"], f["shift"], f.get("mod")
        anchor = "dct"
        origin = self.dct.date()
        if shift in ("same", "next"):
            day, anchor = self.anchor_day(found)
            if unit == "month" and self.narrative.month:
                origin, anchor = dt.date(*self.narrative.month, 1), "narrative"
            elif unit == "year" and self.narrative.year:
                origin, anchor = dt.date(self.narrative.year, 1, 1), "narrative"
            else:
                origin = day
            shift = 0 if shift == "same" else 1
        base = attrs.evolve(base, mod=mod, anchor=anchor)
        if unit == "week":
            monday = origin - dt.timedelta(days=origin.weekday()) + dt.timedelta(weeks=shift)
            iso_year, week, _ = monday.isocalendar()
            earliest, latest = span_bounds(monday, monday + dt.timedelta(days=6))
            return attrs.evolve(base, value=f"{iso_year}-W{week:02d}", earliest=earliest, latest=latest,
                                grain="week")
        if unit == "month":
            first = add_months(origin.replace(day=1), shift)
            return self._month_timex(base, first.year, first.month, mod)
        if unit == "year":
            return self._year_timex(base, origin.year + shift, mod)
        size = 10 if unit == "decade" else 100
        start = (origin.year // size + shift) * size
        earliest, latest = span_bounds(dt.date(start, 1, 1), dt.date(start + size - 1, 12, 31))
        value = f"{start // 10:03d}" if size == 10 else f"{start // 100:02d}"
        return attrs.evolve(base, value=value, earliest=earliest, latest=latest, grain=unit)

    def _month_timex(self, base: Timex, year: int, month: int, mod: str | None) -> Timex:
        first, last = dt.date(year, month, 1), month_last(year, month)
        if mod in _FUZZY_MONTH:
            lo, hi = _FUZZY_MONTH[mod]
            first, last = first.replace(day=lo), first.replace(day=min(hi, last.day))
        earliest, latest = span_bounds(first, last)
        return attrs.evolve(base, value=f"{year:04d}-{month:02d}", earliest=earliest, latest=latest,
                            grain="month", mod=mod)

    def _year_timex(self, base: Timex, year: int, mod: str | None) -> Timex | None:
        if not 1 <= year <= 9999:
            return None
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        if mod in _FUZZY_YEAR:
            lo, hi = _FUZZY_YEAR[mod]
            first, last = dt.date(year, lo, 1), month_last(year, hi)
        earliest, latest = span_bounds(first, last)
        return attrs.evolve(base, value=f"{year:04d}", earliest=earliest, latest=latest, grain="year", mod=mod)

    def _r_calendar(self, base: Timex, f: dict[str, Any], found: Found) -> Timex | None:
        if f.get("system") == "hijri":
            return self._hijri(base, f, found)
        mod = f.get("mod")
        extra_anchor: str | None = None
        day = f.get("day")
        month = f.get("month")
        year = f.get("year")
        rel = f.get("month_rel")
        if rel is not None:
            if rel in ("same", "next") and self.narrative.month is not None:
                ref = dt.date(*self.narrative.month, 1)
                extra_anchor = "narrative"
            else:
                ref = self.dct.date().replace(day=1)
                extra_anchor = "dct"
            shift = {"past": -1, "last": -1, "future": 1, "next": 1}.get(rel, 0)
            ref = add_months(ref, shift)
            year, month = ref.year, ref.month
        elif month is not None and year is None and "year_shift" in f:
            year, extra_anchor = self._shifted_year(f["year_shift"], self.dct.year, self.narrative.year)
        elif month is not None and year is None and "month_dir" not in f and self.stated_year(found) \
                and not self.future(found):
            # خاض البلدان حربا في خريف 2020 انتهت ... ليل 9 إلى 10 نوفمبر: the year being narrated
            year, extra_anchor = self.stated_year(found), "narrative"
        elif month is not None and year is None:
            extra_anchor = "dct"
            dct = self.dct.date()
            year = dct.year
            if f.get("month_dir") == "past":
                year -= month >= dct.month
            elif f.get("month_dir") == "future":
                year += month <= dct.month
            elif self.future(found):
                if month < dct.month:
                    year += 1
            elif month > dct.month:
                year -= 1
        if month is None:
            if year is None:
                return None
            timex = self._year_timex(attrs.evolve(base, anchor=None), year, mod)
            if timex is not None and f.get("since"):
                timex = attrs.evolve(timex, extra={"since": True})
            return timex
        if not 1 <= year <= 9999:
            return None
        edge = f.get("edge_day")
        if edge:
            day = 1 if edge == "first" else month_last(year, month).day
        week = f.get("month_week")
        if week is not None:
            # the k-th (or last, -1) seven days of the month
            last = month_last(year, month)
            first = last - dt.timedelta(days=6) if week < 0 else dt.date(year, month, 7 * (week - 1) + 1)
            earliest, latest = span_bounds(first, min(first + dt.timedelta(days=6), last))
            return attrs.evolve(base, value=f"{year:04d}-{month:02d}", earliest=earliest, latest=latest,
                                grain="week", anchor=extra_anchor)
        if day is None:
            timex = self._month_timex(attrs.evolve(base, anchor=extra_anchor), year, month, mod)
            if f.get("since"):
                timex = attrs.evolve(timex, extra={"since": True})
            return timex
        if day > calendar.monthrange(year, month)[1]:
            return None
        date = dt.date(year, month, day)
        warnings: tuple[str, ...] = ()
        if "weekday" in f and date.weekday() != f["weekday"]:
            warnings = (f"weekday {f['weekday']} does not match {date.isoformat()}",)
        return self._day_timex(base, date, f, extra_anchor, warnings)

    @staticmethod
    def _shifted_year(shift: int | str, current: int, in_play: int | None) -> tuple[int, str]:
        """The year ``من العام الماضي/الجاري/نفسه`` names: (year, anchor)."""
        if shift in ("same", "next"):
            if in_play is None:
                return current + (shift == "next"), "dct"
            return in_play + (shift == "next"), "narrative"
        return current + shift, "dct"

    def _hijri(self, base: Timex, f: dict[str, Any], found: Found) -> Timex | None:
        day, month, year = f.get("day"), f.get("month"), f.get("year")
        anchor = None
        if year is None and "year_shift" in f:
            # رمضان من العام الماضي: the Hijri year before the reference date's Hijri year
            today = hijri.from_gregorian(self.dct.date())
            in_play = hijri.from_gregorian(self.narrative.day) if self.narrative.day else None
            if today is None:
                return attrs.evolve(base, value="XXXX", warnings=("date outside the Umm al-Qura table",))
            year, anchor = self._shifted_year(f["year_shift"], today[0], in_play[0] if in_play else None)
        if year is None:
            anchor = "dct"
            today = hijri.from_gregorian(self.dct.date())
            if today is None:
                return attrs.evolve(base, value="XXXX", warnings=("date outside the Umm al-Qura table",))
            year = today[0]
            if month is not None:
                if f.get("month_dir") == "past":
                    year -= month >= today[1]
                elif f.get("month_dir") == "future":
                    year += month <= today[1]
                elif self.future(found):
                    year += month < today[1]
                else:
                    year -= month > today[1]
        extra = {"hijri": f"{year:04d}-{month or 0:02d}-{day or 0:02d}", "calendar": "hijri"}
        if f.get("edge_day") and month is not None:
            span = hijri.month_span(year, month)
            if span is not None:
                day = 1 if f["edge_day"] == "first" else (span[1] - span[0]).days + 1
        if month is None:
            span = hijri.year_span(year)
            if span is None:
                return attrs.evolve(base, value="XXXX", warnings=("Hijri date outside the Umm al-Qura table",), extra=extra)
            earliest, latest = span_bounds(*span)
            return attrs.evolve(base, value=f"{span[0].year:04d}", earliest=earliest, latest=latest,
                                grain="year", anchor=anchor, extra=extra)
        if day is None:
            span = hijri.month_span(year, month)
            if span is None:
                return attrs.evolve(base, value="XXXX", warnings=("Hijri date outside the Umm al-Qura table",), extra=extra)
            first, last = span
            mod = f.get("mod")
            if mod in _FUZZY_MONTH:
                lo, hi = _FUZZY_MONTH[mod]
                first, last = first + dt.timedelta(days=lo - 1), min(last, first + dt.timedelta(days=hi - 1))
            earliest, latest = span_bounds(first, last)
            return attrs.evolve(base, value=f"{span[0].year:04d}-{span[0].month:02d}", earliest=earliest,
                                latest=latest, grain="month", anchor=anchor, extra=extra, mod=mod)
        date = hijri.to_gregorian(year, month, day)
        if date is None:
            return attrs.evolve(base, value="XXXX", warnings=("Hijri date outside the Umm al-Qura table",), extra=extra)
        timex = self._day_timex(base, date, f, anchor)
        return attrs.evolve(timex, extra={**dict(timex.extra), **extra})
