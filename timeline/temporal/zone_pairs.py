"""Rule ``zone_equivalent``: a clock in one zone followed closely by the same instant in another
(``الساعة الواحدة فجر الجمعة بتوقيت الإمارات (21:00 بتوقيت غرينتش الخميس)``، ``الساعة 23:50 بتوقيت
غرينتش أمس، أي الثانية وخمسين دقيقة فجر اليوم بتوقيت القدس``) restates it: when the two differ by
whole days only, the second takes the first's instant, which sets its day across midnight."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ..model import Timex
from . import values as V

#: how many characters may stand between the two clocks
_GAP = 40
#: how many days a restated clock's own day may be off
_DAYS = 7


def settle(ctx: Any, out: list[Timex]) -> list[Timex]:
    """``out`` with each zone restatement on its first clock's instant."""
    for k in range(len(out) - 1):
        first, second = out[k], out[k + 1]
        a, b = _utc(ctx, first), _utc(ctx, second)
        if a is None or b is None or a[1] == b[1] or second.start - first.end > _GAP \
                or ctx.doc.sentence(first.start) != ctx.doc.sentence(second.start):
            continue
        delta = a[0] - b[0]
        if delta and not delta % dt.timedelta(days=1) and abs(delta.days) <= _DAYS:
            extra = dict(second.extra)
            if "written" in extra:
                extra["written"] = V.minute_value(dt.datetime.fromisoformat(extra["written"]) + delta)
            out[k + 1] = attrs.evolve(second, value=V.minute_value(second.earliest + delta),
                                      earliest=second.earliest + delta, latest=second.latest + delta, extra=extra)
    return out


def _utc(ctx: Any, timex: Timex) -> tuple[dt.datetime, str] | None:
    """The instant (UTC) of a clock stated with a zone, and the zone's offset as written."""
    extra = dict(timex.extra)
    stated = extra.get("utc_offset")
    if stated is None or timex.grain not in ("minute", "second") or timex.earliest is None:
        return None
    if "written" in extra and ctx.utc_offset is not None:
        return timex.earliest - ctx.utc_offset, stated  # moved to the DCT's zone already
    sign = -1 if stated[0] == "-" else 1
    hours, _, minutes = stated[1:].partition(":")
    return timex.earliest - sign * dt.timedelta(hours=int(hours), minutes=int(minutes or 0)), stated
