"""The date arithmetic of an offset from another event: the anchor's days moved by a count
("بعد يومين"، "بعد 48 ساعة"، "قبل ثلاثة أشهر")، an eve or morrow, the day of the event, some days
after it ("بعد أيام من")، and a past happening ended by the publication day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs

from ..model import GRAINS, Timex, calendar_day
from .context import Candidate, Context

__all__ = ["PURPOSE_WORDS", "SAME", "SHORTLY", "Shifts", "after_dusk", "before_dawn"]

#: How many words may stand between a purpose noun and the bare weekday that closes its phrase
#: ("لتنصيبه رئيسا للبلاد الأحد").
PURPOSE_WORDS = 3


class Shifts(Context):
    """An offset's date from its anchor's (a mixin of :class:`.offsets.Offsets`)."""

    def told_by_publication(self, moved: Timex) -> Timex:
        """``moved`` ended by the publication day when it runs past it: a happening told as
        done ("ورحب ... بعد ساعات من الإعلان" in the announcement's day's paper) was over when
        the article came out."""
        published = self.article.published
        if published is None:
            return moved
        day = calendar_day(published)
        if moved.earliest.date() <= day < moved.latest.date():
            return attrs.evolve(moved, latest=dt.datetime.combine(day, dt.time.max))
        return moved

    def by_deadline(self, t: Timex) -> Timex:
        """``t`` as the last day of a planned act when the tagger read it as a bound "on or
        before" ("سيختار الحزب زعيمه الجديد بحلول الجمعة المقبل"): from the publication day to
        ``t``'s last day, since the text tells no more; ``t`` itself otherwise."""
        published = self.article.published
        if published is None or t.mod != "ON_OR_BEFORE":
            return t
        day = calendar_day(published)
        if t.latest.date() <= day:
            return t
        start = dt.datetime.combine(day, dt.time.min, tzinfo=t.earliest.tzinfo)
        return attrs.evolve(t, earliest=start, grain="day")

    def goal_date(self, t: Timex, cand: Candidate) -> bool:
        """``t`` closes the purpose phrase of noun ``cand`` (``purpose_clitic``: "تمهيدا لتشييع
        الضحايا الأحد"، "ممهدة الطريق لتنصيبه رئيسا للبلاد الأحد"): at most :data:`PURPOSE_WORDS`
        words after it in its clause, no relative clause between ("في اليوم التالي لتوقيع الاتفاق
        الذي أُبرم في إسطنبول، الجمعة" is no goal). The goal's date, not the act's."""
        m = cand.match
        if m.hit.pos != "noun" or m.prep not in self.words("purpose_clitic") or t.start < cand.end:
            return False
        between = self.text.token_range((cand.end, t.start))
        return len(between) <= PURPOSE_WORDS and self.text.clause_of(cand.start) == self.text.clause_of(t.start) \
            and not any(self.is_word(i, "relatives") for i in between)

    def purpose_ahead(self, t: Timex, cand: Candidate, act_day: Callable[[], Timex | None]) -> Timex:
        """``t``, a bare weekday that closes a purpose phrase (:meth:`goal_date`), a week on when
        the tagger read it before the day of the act it is for (``act_day``): a goal lies ahead
        of its act; ``t`` itself otherwise."""
        if t.reading.kind != "weekday" or t.reading.get("shift", 0) != 0 or t.earliest is None \
                or not self.goal_date(t, cand):
            return t
        act = act_day()
        if act is None or act.earliest is None or t.latest.date() >= act.earliest.date():
            return t
        week = dt.timedelta(days=7)
        day = t.earliest.date() + week
        value = t.value.replace(t.earliest.date().isoformat(), day.isoformat(), 1) if isinstance(t.value, str) else t.value
        return attrs.evolve(t, value=value, earliest=t.earliest + week, latest=t.latest + week)

    def some_time_after(self, base: Timex, t: Timex | None, sign: int) -> Timex | None:
        """A past event some days (weeks, months, years) after a dated one, the count not given
        ("بعد أيام من وصوله إلى لبنان"، "بعد أسابيع من الاتفاق"): at the earliest one such unit
        after the anchor's last day, at the latest the publication day (told as done); ``None``
        before an event ("قبل أيام من": no first day), for a count the tagger read, and when
        publication comes first."""
        published = self.article.published
        r = t.reading if t is not None else None
        if sign or r is None or r.kind != "vague" or r.get("n") is not None or published is None \
                or self.is_word(self.text.token_at(t.start), "before_next"):
            return None
        step = _UNIT_STEP.get(r.get("unit"))
        if step is None:
            return None
        first = base.latest.date() + step
        last = calendar_day(published)
        if first > last:
            return None
        return attrs.evolve(t, earliest=dt.datetime.combine(first, dt.time.min),
                            latest=dt.datetime.combine(last, dt.time.max), grain="day")

    def shifted(self, base: Timex, t: Timex | None, sign: int, backwards: bool = False) -> Timex | None:
        try:
            return self._shifted(base, t, sign, backwards)
        except OverflowError:
            return None  # moved past the calendar's ends ("9999-12-31" in the text)

    def _shifted(self, base: Timex, t: Timex | None, sign: int, backwards: bool = False) -> Timex | None:
        """``base``'s days moved by the offset of ``t`` ("بعد يومين"، "بعد 48 ساعة"، "قبل ثلاثة
        أشهر"), or by an eve (the day before or after); at day grain. "بعد أقل من ستة أشهر"
        lies between the anchor and that point, "بعد أكثر من شهر" from that point to
        publication; "قبل ساعات" on the anchor's day or the one next to it. ``None`` when the
        size is unknown ("بعد أيام من"): no day is guessed. ``backwards``: the anchor's days from
        ``base``, the date of the event counted from it ("بعد يومين من X": two days earlier)."""
        lo, hi = base.earliest.date(), base.latest.date()
        if base.grain in GRAINS and GRAINS.index(base.grain) > GRAINS.index("day"):
            hi = lo  # "ليل 13 أبريل" is the 13th's night, not two days
        day = dt.timedelta(days=1)
        r = t.reading if t is not None else None
        n, unit, mod = (r.get("n"), r.get("unit"), r.get("mod")) if r is not None else (None, None, None)
        direction = sign or (r.get("sign") if r is not None else None) or (
            -1 if t is not None and self.is_word(self.text.token_at(t.start), "before_next") else 1)
        if backwards:
            sign, direction = -sign, -direction
        if abs(sign) == SAME:
            if t is not None and lo == hi:
                # "مساء يوم الهجوم": that part of the event's day, its hours kept
                shift = dt.datetime.combine(lo, dt.time.min) - dt.datetime.combine(t.earliest.date(), dt.time.min)
                return attrs.evolve(t, earliest=t.earliest + shift, latest=t.latest + shift, anchor="narrative")
            new_lo, new_hi = lo, hi
        elif abs(sign) == SHORTLY:
            new_lo, new_hi = (lo - day, hi) if sign < 0 else (lo, hi + day)
        elif sign:
            new_lo, new_hi = lo + sign * day, hi + sign * day
        elif isinstance(n, int) and unit in ("day", "week", "hour", "minute"):
            step = {"day": day, "week": 7 * day, "hour": dt.timedelta(hours=1), "minute": dt.timedelta(minutes=1)}[unit]
            start = dt.datetime.combine(lo, base.earliest.time()) if unit in ("hour", "minute") else \
                dt.datetime.combine(lo, dt.time.min)
            new_lo = (start + direction * n * step).date()
            new_hi = new_lo + (hi - lo) if unit not in ("hour", "minute") else new_lo
        elif isinstance(n, int) and unit in ("month", "year"):
            months = n * (12 if unit == "year" else 1) * direction
            new_lo, new_hi = _add_months(lo, months), _add_months(hi, months)
        elif unit == "hour" and (direction > 0 or backwards):
            # "Y بعد ساعات من X": Y on X's day, and the next one when X is told in the evening or
            # at night; read backwards from a dated Y, X on Y's day, and the one before when Y is
            # told before dawn (the gold's convention, dating round 19)
            new_lo = lo - day if direction < 0 and before_dawn(base) else lo
            new_hi = hi + day if direction > 0 and after_dusk(base) else hi
        elif unit == "hour":
            new_lo, new_hi = lo - day, hi  # "قبل ساعات من X": the day before X may be its
        elif unit == "minute":
            # "بعد دقائق من إعلان الاستقالة": under an hour from an anchor told by its hours
            # ("صباح أمس") stays on its day unless that hour crosses midnight; from a whole day,
            # the day next to it too
            fine = base.grain in GRAINS and GRAINS.index(base.grain) > GRAINS.index("day")
            if fine and base.latest - base.earliest < _HOUR and t is not None and mod is None:
                # "قبل دقائق من الحادث" of 14:27: the hour before it, kept at that grain so that
                # the order the text gives is not lost in a whole day
                lo_t, hi_t = (base.earliest - _HOUR, base.earliest) if direction < 0 else (base.latest, base.latest + _HOUR)
                return attrs.evolve(t, earliest=lo_t, latest=hi_t, grain="minute")
            # "بعد دقائق من X" from a whole day: on X's day (the convention above); "قبل دقائق
            # من X" of a whole day may cross midnight
            if direction < 0:
                new_lo, new_hi = ((base.earliest - _HOUR).date() if fine else lo if backwards else lo - day), hi
            else:
                new_lo, new_hi = lo, ((base.latest + _HOUR).date() if fine else hi)
        else:
            return None
        if mod == "LESS_THAN":
            new_lo, new_hi = min(lo, new_lo), max(hi, new_hi)
        elif mod == "MORE_THAN":
            published = self.article.published
            end = calendar_day(published)
            if direction > 0 and end is not None and end >= new_lo:
                new_hi = end
            elif direction < 0:
                new_lo = None
        if new_lo is None:
            return None
        span = t if t is not None else base
        return attrs.evolve(span, earliest=dt.datetime.combine(new_lo, dt.time.min),
                            latest=dt.datetime.combine(new_hi, dt.time.max), grain="day")


#: The least time "some days (weeks, months, years) after" an event lies after it.
_UNIT_STEP = {"day": dt.timedelta(days=1), "week": dt.timedelta(days=7), "month": dt.timedelta(days=28),
              "year": dt.timedelta(days=365)}
#: The most time a count of minutes with no number ("بعد دقائق") may span.
_HOUR = dt.timedelta(hours=1)
#: The sign of an offset "shortly" before an event (قبيل), beside an eve's ±1.
SHORTLY = 2
#: The sign of the day of an event ("مساء يوم الهجوم"): the event's own day.
SAME = 3


#: From this hour on a time of day is the evening or the night (``parts_of_day``' مساء).
DUSK = dt.time(18)
#: Before this hour a time of day is the night or the dawn.
DAWN = dt.time(6)


def after_dusk(base: Timex) -> bool:
    """``base`` is told by its hours (a time of day) and reaches the evening or the night."""
    fine = base.grain in GRAINS and GRAINS.index(base.grain) > GRAINS.index("day")
    return fine and (base.latest.date() > base.earliest.date() or base.latest.time() >= DUSK)


def before_dawn(base: Timex) -> bool:
    """``base`` is told by its hours and starts before dawn (the night, after midnight)."""
    fine = base.grain in GRAINS and GRAINS.index(base.grain) > GRAINS.index("day")
    return fine and (base.latest.date() > base.earliest.date() or base.earliest.time() < DAWN)


def _add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole calendar months (the last day of a shorter month)."""
    k = day.year * 12 + day.month - 1 + months
    year, month = divmod(k, 12)
    nxt = dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    return min(day.replace(year=year, month=month + 1, day=1) + dt.timedelta(days=day.day - 1),
               nxt - dt.timedelta(days=1))
