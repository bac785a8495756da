#!/usr/bin/env python3
"""Consistency checks for the third blind time set; exit status 1 on any problem.

    python check.py

Independent of the engine and, for the values, of build.py's evaluator: every date rule is
recomputed here another way (Hijri dates converted back with ``hijridate``, tabular Hijri years
counted through the 30-year cycle, weekdays, offsets with ``relativedelta``, Easter with
``dateutil``), and the surface text is checked against the gold (weekday names, numeric and
named Hijri dates, الموافق pairs, numeric Gregorian dates, day and month names with years), as
are the day counts the articles state.  gold.json must be what build.py writes from spec.py.
"""
from __future__ import annotations

import calendar
import json
import pathlib
import re
import sys
from datetime import date, datetime, timedelta

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from dateutil.relativedelta import relativedelta
from hijridate import Gregorian, Hijri

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build  # noqa: E402  (only to check that gold.json is current)
from spec import PUBLISHED, ROWS, TRAPS  # noqa: E402

D = date.fromisoformat
ONE = timedelta(days=1)
PROBLEMS: list[str] = []
WDAY = {"الاثنين": 0, "الإثنين": 0, "الاتنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
        "السبت": 5, "الأحد": 6}
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
GMONTHS = {m: i for i, names in enumerate([
    [], ["يناير", "كانون الثاني", "جانفي"], ["فبراير", "شباط", "فيفري"], ["مارس", "آذار"],
    ["أبريل", "إبريل", "نيسان", "أفريل"], ["مايو", "أيار", "ماي"], ["يونيو", "حزيران", "جوان"],
    ["يوليو", "تموز", "جويلية", "يوليوز"], ["أغسطس", "آب", "أوت", "غشت"], ["سبتمبر", "أيلول", "شتنبر"],
    ["أكتوبر", "تشرين الأول"], ["نوفمبر", "تشرين الثاني", "نونبر"], ["ديسمبر", "كانون الأول", "دجنبر"]])
    for m in names}
HMONTHS = {"محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الآخر": 4, "جمادى الأولى": 5, "جمادى الآخرة": 6,
           "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذي القعدة": 11, "ذي الحجة": 12}
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def bad(msg: str) -> None:
    PROBLEMS.append(msg)


def g2h(x: date) -> tuple[int, int, int]:
    h = Gregorian(x.year, x.month, x.day).to_hijri()
    return h.year, h.month, h.day


def h2g(y: int, m: int, d: int) -> date:
    g = Hijri(y, m, d).to_gregorian()
    return date(g.year, g.month, g.day)


def tabular_start(y: int) -> date:
    """1 Muharram of tabular year ``y``, counted year by year from 1 Muharram 1 (19 July 622)."""
    leap = {2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29}
    days = sum(355 if (k % 30 or 30) in leap else 354 for k in range(1, y))
    return date(622, 7, 19) + timedelta(days=days)


def expect(rule: str, dct: date) -> tuple[date, date]:
    """The tight interval of a rule, recomputed without build.py."""
    rule = rule.split(" => ")[0]
    if " .. " in rule:
        left, right = rule.split(" .. ")
        return expect(left.split(" ", 1)[1], dct)[0], expect(right, dct)[1]
    op, *a = rule.split(" ")
    if op in ("g", "h"):
        p = [int(v) for v in a[0].split("-")]
        if op == "g":
            if len(p) == 3:
                return date(*p), date(*p)
            if len(p) == 2:
                return date(*p, 1), date(*p, calendar.monthrange(*p)[1])
            return date(p[0], 1, 1), date(p[0], 12, 31)
        if len(p) == 3:
            x = h2g(*p)
            assert g2h(x) == tuple(p)
            return x, x
        first = h2g(p[0], p[1] if len(p) == 2 else 1, 1)
        x = first
        while g2h(x + ONE)[:len(p)] == tuple(p):  # walk to the last day of the month or year
            x += ONE
        return first, x
    if op == "ht":
        y = int(a[0])
        return tabular_start(y) + 5 * ONE, tabular_start(y + 1) - 6 * ONE
    if op == "hfeast":
        x = h2g(*[int(v) for v in a[0].split("-")])
        return x, x
    if op == "dct":
        x = dct + relativedelta(days=int(a[0][:-1])) if a else dct
        return x, x
    if op == "off":
        x = dct + relativedelta(**{dict(y="years", m="months", w="days", d="days")[a[1]]:
                                   int(a[0]) * (7 if a[1] == "w" else 1)})
        return x, x
    if op in ("past", "next"):
        for n in range(1, 8):
            x = dct - timedelta(days=n) if op == "past" else dct + timedelta(days=n)
            if x.weekday() == WD[a[0]]:
                return x, x
    if op == "month":
        x = dct.replace(day=1) + relativedelta(months=int(a[0]))
        return x, x + relativedelta(months=1) - ONE
    if op == "year":
        return date(dct.year + int(a[0]), 1, 1), date(dct.year + int(a[0]), 12, 31)
    if op == "week":
        x = dct + timedelta(weeks=int(a[0]))
        sat = x - timedelta(days=(x.weekday() - 5) % 7)
        mon = x - timedelta(days=x.weekday())
        sun = x - timedelta(days=(x.weekday() + 1) % 7)
        return max(sat, mon, sun), min(sat, mon, sun) + 6 * ONE
    if op == "we":
        x = D(a[0])
        assert x.weekday() == (4 if a[1] == "fri" else 5), rule
        return x, x + ONE
    if op == "decade":
        return date(int(a[0]), 1, 1), date(int(a[0]) + 9, 12, 31)
    if op == "century":
        n = int(a[0])
        return date(100 * (n - 1), 1, 1), date(100 * n - 1, 12, 31)
    if op == "season":
        y = int(a[1])
        start = {"spring": (3, 21), "summer": (6, 21), "autumn": (9, 23), "winter": (12, 21)}[a[0]]
        end = {"spring": (y, 5, 31), "summer": (y, 8, 31), "autumn": (y, 11, 30),
               "winter": (y + 1, 3, 1)}[a[0]]
        e = date(*end) - (ONE if a[0] == "winter" else timedelta(0))
        return date(y, *start), e
    if op in ("start", "mid", "end", "since", "firstweek"):
        lo, hi = expect(" ".join(a), dct)
        if op == "since":
            return lo, hi
        if op == "firstweek":
            return lo, lo + 6 * ONE
        n = (hi - lo).days + 1
        if n <= 31:
            return {"start": (lo, lo + 9 * ONE), "mid": (lo + 10 * ONE, lo + 19 * ONE), "end": (lo + 20 * ONE, hi)}[op]
        if n <= 400:
            if a[0] == "h":
                y = int(a[1])
                return expect(f"h {y}-01", dct) if op == "start" else expect(f"h {y}-12", dct)
            return (lo, date(lo.year, 1, 31)) if op == "start" else (date(hi.year, 12, 1), hi)
        years = hi.year - lo.year + 1
        f = {"start": (0, 0.4), "mid": (0.4, 0.6), "end": (0.7, 1.0)}[op]
        return date(lo.year + round(f[0] * years), 1, 1), date(lo.year + round(f[1] * years) - 1, 12, 31)
    if op == "nth":
        y, m, k, n = int(a[0]), int(a[1]), WD[a[2]], int(a[3])
        days = [date(y, m, d) for d in range(1, calendar.monthrange(y, m)[1] + 1) if date(y, m, d).weekday() == k]
        return days[n - 1] if n > 0 else days[n], days[n - 1] if n > 0 else days[n]
    if op == "easter":
        x = easter(int(a[0]), EASTER_ORTHODOX if a[1] == "o" else EASTER_WESTERN) + ONE * (int(a[2]) if len(a) > 2 else 0)
        return x, x
    if op == "xmas":
        return date(int(a[0]), 12, 25), date(int(a[0]) + 1, 1, 7)
    if op == "q":
        y, n = int(a[0]), int(a[1])
        return date(y, 3 * n - 2, 1), date(y, 3 * n, 1) + relativedelta(months=1) - ONE
    if op == "half":
        y, n = int(a[0]), int(a[1])
        return date(y, 6 * n - 5, 1), date(y, 6 * n, 1) + relativedelta(months=1) - ONE
    if op == "rest":
        if a[0] == "year":
            return dct, date(dct.year, 12, 31)
        if a[0] == "month":
            return dct, dct.replace(day=1) + relativedelta(months=1) - ONE
        return dct, dct + timedelta(days=6 - dct.weekday())
    raise ValueError(rule)


def surface(text: str, tight: tuple[date, date], dct: date, where: str) -> int:
    """Check what the surface itself says against the tight days; returns the facts checked."""
    s, n = text.translate(DIGITS), 0
    lo, hi = tight

    def inside(x: date, what: str) -> None:
        if not lo <= x <= hi:
            bad(f"{where}: {what} = {x} outside {lo}..{hi}")

    for m in re.finditer(r"(?<![\d.])(\d{1,2})/(\d{1,2})/(1[34]\d\d) ?ه", s):
        inside(h2g(int(m[3]), int(m[2]), int(m[1])), m[0])
        n += 1
    for m in re.finditer(r"(1[34]\d\d)/(\d{1,2})/(\d{1,2}) ?ه", s):
        inside(h2g(int(m[1]), int(m[2]), int(m[3])), m[0])
        n += 1
    for m in re.finditer(r"(\d{1,2}|غرة) (" + "|".join(HMONTHS) + r") (1[34]\d\d)", s):
        inside(h2g(int(m[3]), HMONTHS[m[2]], 1 if m[1] == "غرة" else int(m[1])), m[0])
        n += 1
    for m in re.finditer(r"(?<![\d.\-/])(\d{1,2})[/.\-](\d{1,2})[/.\-]((?:19|20)\d\d)(?!\d)(?! ?ه)", s):
        inside(date(int(m[3]), int(m[2]), int(m[1])), m[0])
        n += 1
    for m in re.finditer(r"((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})", s):
        inside(date(int(m[1]), int(m[2]), int(m[3])), m[0])
        n += 1
    for m in re.finditer(r"(\d{1,2})-(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)", s):
        if (date(int(m[4]), int(m[3]), int(m[1])), date(int(m[4]), int(m[3]), int(m[2]))) != tight:
            bad(f"{where}: {m[0]} vs {tight}")
        n += 1
    for m in re.finditer(r"(\d{1,2}) (" + "|".join(sorted(GMONTHS, key=len, reverse=True)) + r")(?: |$|،|\.)", s):
        mo = GMONTHS[m[2]]
        if not any(x.month == mo and x.day == int(m[1]) for x in (lo, hi)):
            bad(f"{where}: {m[0]} is not an end of {lo}..{hi}")
        n += 1
    for m in re.finditer(r"(\d{1,2}) (" + "|".join(GMONTHS) + r")(?: \(\S+\))? ((?:19|20)\d\d)", s):
        inside(date(int(m[3]), GMONTHS[m[2]], int(m[1])), m[0])
        n += 1
    names = [w for w in re.findall(r"[\u0621-\u064A]+", s) if w in WDAY]
    for w in names:
        if lo == hi and lo.weekday() != WDAY[w]:
            bad(f"{where}: {w} but {lo} is a {calendar.day_name[lo.weekday()]}")
        elif not any((lo + k * ONE).weekday() == WDAY[w] for k in range((hi - lo).days + 1)):
            bad(f"{where}: no {w} in {lo}..{hi}")
        n += 1
    if re.search(r"اليوم \(?(" + "|".join(WDAY) + ")", s) and lo != dct:
        bad(f"{where}: 'اليوم <weekday>' is not the publication day")
    return n


def feast(text: str, tight: tuple[date, date], where: str) -> int:
    """A row naming a feast falls on that feast in its year (Easter feasts in either calendar
    unless one is named, Islamic feasts by Umm al-Qura)."""
    x, y = tight[0], tight[0].year
    east = {"شم النسيم": (1, "o"), "الشعانين": (-7, ""), "الجمعة العظيمة": (-2, ""), "سبت النور": (-1, ""),
            "الصعود": (39, ""), "العنصرة": (49, ""), "القيامة": (0, ""), "الفصح": (0, "")}
    for word, (k, cal) in east.items():
        if word in text:
            cal = "o" if "الأرثوذكس" in text else cal
            ok = [easter(y, EASTER_ORTHODOX) + k * ONE] if cal == "o" else [easter(y) + k * ONE, easter(y, EASTER_ORTHODOX) + k * ONE]
            if x not in ok:
                bad(f"{where}: {word} in {y} is {ok}, gold {x}")
            return 1
    islamic = {"عرفة": (12, 9), "الأضحى": (12, 10), "أول أيام العيد": (12, 10), "الفطر": (10, 1),
               "عاشوراء": (1, 10), "رأس السنة الهجرية": (1, 1)}
    for word, (m, d) in islamic.items():
        if word in text:
            hy = g2h(x)[0]
            if x not in (h2g(hy, m, d), h2g(hy + 1, m, d), h2g(hy - 1, m, d)):
                bad(f"{where}: {word} is not {d}/{m} of a Hijri year")
            return 1
    if "عيد الميلاد" in text and (x.month, x.day) != (12, 25):
        bad(f"{where}: Christmas on {x}")
    return int("عيد الميلاد" in text)


def stated_facts() -> int:
    """Day counts and calendar facts the articles state."""
    facts = [
        ("s03: 15:30 GMT is 19:30 in Muscat (+04:00)", (15 + 4, 30) == (19, 30)),
        ("s03: the forum runs Sunday 20 to Wednesday 23 October 2019",
         date(2019, 10, 20).weekday() == 6 and date(2019, 10, 23).weekday() == 2),
        ("s04: Ramadan 1444 has 29 days, so 29 Ramadan is its last day",
         Hijri(1444, 9, 1).month_length() == 29 and h2g(1444, 10, 1) == date(2023, 4, 21)),
        ("s04: شم النسيم is the Monday after Coptic Easter 2023",
         easter(2023, EASTER_ORTHODOX) + ONE == date(2023, 4, 17) == date(2023, 4, 17)),
        ("s04: Eid al-Fitr 1443 fell on 2 May 2022", h2g(1443, 10, 1) == date(2022, 5, 2)),
        ("s05: the strike is three days, Monday 4 to Wednesday 6 March 2024",
         (date(2024, 3, 6) - date(2024, 3, 4)).days + 1 == 3 and date(2024, 3, 4).weekday() == 0),
        ("s05: Western Easter 2024 falls before the end of March", easter(2024) == date(2024, 3, 31)),
        ("s06: Ashura is a few (nine) days after the Hijri new year 1439",
         (h2g(1439, 1, 10) - h2g(1439, 1, 1)).days == 9),
        ("s07: less than a month from 17 December 2010 to 14 January 2011",
         (date(2011, 1, 14) - date(2010, 12, 17)).days < 31),
        ("s07: the consultation began on Saturday 15 January 2022", date(2022, 1, 15).weekday() == 5),
        ("s08: 1235 AH ends in 1820 and 1244 AH runs through 1828",
         tabular_start(1236).year == 1820 and tabular_start(1244).year == 1828),
        ("s09: Ramadan 1442 begins after the publication day", h2g(1442, 9, 1) > date(2021, 3, 10)),
        ("s11: 31.1.2023 is the end of January", date(2023, 1, 31) + ONE == date(2023, 2, 1)),
        ("s12: born 1936, died at 80 in 2016", 2016 - 1936 == 80),
        ("s13: Easter 2025 is the same day in both calendars",
         easter(2025) == easter(2025, EASTER_ORTHODOX) == date(2025, 4, 20)),
        ("s13: in 2026 the two Easters differ", easter(2026) != easter(2026, EASTER_ORTHODOX)),
        ("s13: in 2024 Western Easter was 31 March and Orthodox Easter 5 May",
         (easter(2024), easter(2024, EASTER_ORTHODOX)) == (date(2024, 3, 31), date(2024, 5, 5))),
        ("s13: Ascension on Thursday 29 May is the fortieth day counting Easter",
         (date(2025, 5, 29) - easter(2025)).days + 1 == 40 and date(2025, 5, 29).weekday() == 3),
        ("s13: Pentecost is 8 June 2025", easter(2025) + 49 * ONE == date(2025, 6, 8)),
        ("s14: 1 Dhu al-Hijja 1446 fell on Wednesday 28 May 2025",
         h2g(1446, 12, 1) == date(2025, 5, 28) and date(2025, 5, 28).weekday() == 2),
        ("s14: the holiday 5-8 June is four days and holds the Saturday-Sunday weekend",
         (date(2025, 6, 8) - date(2025, 6, 5)).days + 1 == 4 and date(2025, 6, 7).weekday() == 5),
        ("s14: Arafa is Thursday 5 June, Eid Friday 6 June",
         h2g(1446, 12, 9) == date(2025, 6, 5) and h2g(1446, 12, 10) == date(2025, 6, 6)),
        ("s14: noon in Mecca (+03:00) is 13:00 in the UAE (+04:00)", 12 + 1 == 13),
    ]
    for what, ok in facts:
        if not ok:
            bad(f"stated fact wrong: {what}")
    return len(facts)


def muwafiq(texts: dict[str, str]) -> int:
    """Both halves of every الموافق pair name the same day."""
    n = 0
    pat = (r"(\d{1,2})[/\- ](\d{1,2}|" + "|".join(HMONTHS) + r")[/\- ](1[34]\d\d) ?هـ?[^\n]{0,6}?الموافق "
           r"(\d{1,2})[/ ](\d{1,2}|" + "|".join(GMONTHS) + r")[/ ]((?:19|20)\d\d)")
    for k, t in texts.items():
        for m in re.finditer(pat, t.translate(DIGITS)):
            hm = HMONTHS.get(m[2]) or int(m[2])
            gm = GMONTHS.get(m[5]) or int(m[5])
            if h2g(int(m[3]), hm, int(m[1])) != date(int(m[6]), gm, int(m[4])):
                bad(f"{k}: الموافق pair disagrees: {m[0]}")
            n += 1
    return n


def main() -> None:
    gold = json.load(open(HERE / "gold.json", encoding="utf-8"))
    arts = {a["id"]: a for a in map(json.loads, open(HERE / "articles.jsonl", encoding="utf-8"))}
    texts = {k: (HERE / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}
    if gold != build.compile_gold(PUBLISHED, ROWS, texts):
        bad("gold.json is stale: run build.py")
    if set(arts) != set(PUBLISHED) or any(arts[k]["text"] != texts[k] or arts[k]["published"] != PUBLISHED[k]
                                          for k in arts):
        bad("articles.jsonl is stale: run build.py")
    for k in PUBLISHED:
        n = len(texts[k].split())
        if not 150 <= n <= 350:
            bad(f"{k}: {n} words")
    timex = gold["timex"]
    spans = sorted((t["doc"], t["start"], t["end"], t["text"]) for t in timex)
    for x, y in zip(spans, spans[1:], strict=False):
        if x[0] == y[0] and y[1] < x[2]:
            bad(f"overlapping rows: {x[3]!r} / {y[3]!r}")
    for doc, s, occ, _ in TRAPS:
        a, b = build.find(texts[doc], s, occ, doc)
        if any(t["doc"] == doc and t["start"] < b and a < t["end"] for t in timex):
            bad(f"trap {s!r} overlaps a row")
    n_rule = n_surface = n_feast = 0
    for (doc, s, _occ, rule, fam), t in zip(ROWS, timex, strict=True):
        where = f"{doc} {s!r}"
        if texts[doc][t["start"]:t["end"]] != s:
            bad(f"{where}: span does not match")
        if fam not in {"hijri", "range", "numeric", "history", "weekmonth", "compound", "clock", "spoken",
                       "holiday", "precision", "ordinary"}:
            bad(f"{where}: family {fam}")
        if t["kind"] == "duration" and not re.fullmatch(r"P(\d+[YMWD])+(T(\d+[HMS])+)?|PT(\d+[HMS])+", t["value"]):
            bad(f"{where}: duration {t['value']}")
        if t["kind"] == "multi":
            for v in t["value"]:
                D(v)
        if t["kind"] != "date":
            continue
        dct = datetime.fromisoformat(PUBLISHED[doc]).date()
        tight, outer = tuple(map(D, t["tight"])), tuple(map(D, t["outer"]))
        if not outer[0] <= tight[0] <= tight[1] <= outer[1]:
            bad(f"{where}: tight not inside outer")
        want = expect(rule.removeprefix("opt "), dct)
        if want != tight:
            bad(f"{where}: rule {rule} recomputed {want[0]}..{want[1]}, gold {tight[0]}..{tight[1]}")
        n_rule += 1
        if "=> T" in rule and not t["value"].startswith(t["tight"][0] + "T"):
            bad(f"{where}: clock value {t['value']} not on {t['tight'][0]}")
        n_surface += surface(s, tight, dct, where)
        n_feast += feast(s, tight, where)
    n_pairs = muwafiq(texts)
    n_facts = stated_facts()
    for p in PROBLEMS:
        print(p)
    req = sum(t["required"] for t in timex)
    print(f"{len(timex)} rows ({req} required), {len(TRAPS)} traps; {n_rule} date rules recomputed, "
          f"{n_surface} surface facts, {n_feast} feasts, {n_pairs} الموافق pairs and {n_facts} stated facts checked")
    if PROBLEMS:
        print(f"{len(PROBLEMS)} problems")
        sys.exit(1)


if __name__ == "__main__":
    main()
