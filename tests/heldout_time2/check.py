#!/usr/bin/env python3
"""Consistency checks for phrases.tsv, independent of the engine and of build.py.

    python tests/heldout_time2/check.py        # needs hijridate for the Hijri step

Checks: every row parses; types, families and references are valid; earliest <= latest;
the value agrees with earliest/latest at its grain; (phrase, reference) is unique; at most
one bracketed target; weekday names in the target agree with the expected days; numeric
Hijri dates (d/m/y or y/m/d with هـ/ه) agree with Umm al-Qura, and so does the Gregorian half
of a الموافق pair.
"""
import calendar
import csv
import pathlib
import re
import sys
from datetime import date, datetime, timedelta

HERE = pathlib.Path(__file__).resolve().parent
COLS = ["phrase", "reference", "type", "value", "earliest", "latest", "family", "note"]
TYPES = {"DATE", "TIME", "DURATION", "SET", "NONE"}
FAMILIES = {"hijri", "range", "numeric", "history", "weekmonth", "compound", "clock", "spoken", "holiday",
            "precision", "ordinary", "negative"}
WD = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6,
      "اثنين": 0, "ثلاثاء": 1, "أربعاء": 2, "خميس": 3, "جمعة": 4, "سبت": 5, "أحد": 6}
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
SEASON = {"SP": ((3, 21), (6, 20), 0), "SU": ((6, 21), (9, 22), 0), "FA": ((9, 23), (12, 20), 0),
          "WI": ((12, 21), (3, 20), 1)}


def day(s):
    return date.fromisoformat(s[:10])


def expected_bounds(value, ref):
    """(earliest day, latest day) implied by a TIMEX3 value, or None when not checkable here."""
    v = value
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})(T[A-Z]{2}|T\d{2}:\d{2})?", v):
        return day(m.group(1)), day(m.group(1))
    if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
        y, mo = int(m.group(1)), int(m.group(2))
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    if re.fullmatch(r"\d{4}", v):
        return date(int(v), 1, 1), date(int(v), 12, 31)
    if m := re.fullmatch(r"(\d{3})X", v):
        y = int(m.group(1)) * 10
        return date(y, 1, 1), date(y + 9, 12, 31)
    if re.fullmatch(r"\d{2}", v):
        c = int(v) * 100
        return date(c, 1, 1), date(c + 99, 12, 31)
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v):
        mon = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return (mon + timedelta(days=5), mon + timedelta(days=6)) if m.group(3) else (mon, mon + timedelta(days=6))
    if m := re.fullmatch(r"(\d{4})-Q(\d)", v):
        y, q = int(m.group(1)), int(m.group(2))
        return date(y, 3 * q - 2, 1), date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
    if m := re.fullmatch(r"(\d{4})-H(\d)", v):
        y, half = int(m.group(1)), int(m.group(2))
        return (date(y, 1, 1), date(y, 6, 30)) if half == 1 else (date(y, 7, 1), date(y, 12, 31))
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
        y = int(m.group(1))
        a, b, roll = SEASON[m.group(2)]
        return date(y, *a), date(y + roll, *b)
    if v == "PRESENT_REF":
        return day(ref), day(ref)
    if "/" in v:
        a, b = v.split("/")
        if re.fullmatch(r"\d{4}", a) and re.fullmatch(r"\d{4}", b):
            return "years", (int(a), int(b))
        return expected_bounds(a, ref)[0], expected_bounds(b, ref)[1]
    return None


def target(phrase):
    m = re.search(r"\[([^\]]*)\]", phrase)
    return m.group(1) if m else phrase


def tokens(text):
    """Words with the clitics و ف ب ل stripped, so وفي/بالجمعة still show their weekday."""
    out = []
    for w in re.findall(r"[\u0600-\u06FF]+", text):
        out.append(w)
        for pre in ("و", "ف", "ب", "ل", "وب", "ول"):
            if w.startswith(pre) and len(w) > len(pre) + 2:
                out.append(w[len(pre):])
    return out


def hijri_checks(t, e, errors, where):
    try:
        from hijridate import Hijri
    except ImportError:
        return 0
    n = 0
    s = t.translate(DIGITS)
    for m in re.finditer(r"(\d{1,4})[/-](\d{1,2})[/-](\d{1,4})\s*ه", s):
        a, b, c = (int(x) for x in m.groups())
        y, mo, dd = (a, b, c) if a > 1000 else (c, b, a)
        g = Hijri(y, mo, dd).to_gregorian()
        n += 1
        if date(g.year, g.month, g.day) != day(e):
            errors.append(f"{where}: Hijri {dd}/{mo}/{y} is {g}, not {e}")
    months = {"محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الآخر": 4, "جمادى الأولى": 5, "جمادى الآخرة": 6,
              "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12,
              "ذي الحجة": 12}
    for name, mo in months.items():
        for m in re.finditer(rf"(\d{{1,2}}) {name} (\d{{4}})", s):
            g = Hijri(int(m.group(2)), mo, int(m.group(1))).to_gregorian()
            n += 1
            if date(g.year, g.month, g.day) != day(e):
                errors.append(f"{where}: Hijri {m.group(0)} is {g}, not {e}")
    if "الموافق" in s and e:
        m = re.search(r"الموافق\s+(\d{1,2})[/-](\d{1,2})[/-](\d{4})", s)
        if m:
            n += 1
            gd = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if gd != day(e):
                errors.append(f"{where}: الموافق half {gd} disagrees with {e}")
    return n


def main(path=HERE / "phrases.tsv"):
    errors, seen, counts, n_wd, n_h = [], set(), {}, 0, 0
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t")
        if next(reader) != COLS:
            sys.exit("bad header")
        for line, row in enumerate(reader, start=2):
            where = f"line {line}"
            if len(row) != len(COLS):
                errors.append(f"{where}: {len(row)} columns")
                continue
            r = dict(zip(COLS, row, strict=True))
            p, ref, typ, v, e, last, fam = (r[k] for k in COLS[:7])
            counts[fam] = counts.get(fam, 0) + 1
            if typ not in TYPES or fam not in FAMILIES:
                errors.append(f"{where}: type {typ!r} or family {fam!r}")
            if (typ == "NONE") != (fam == "negative"):
                errors.append(f"{where}: NONE rows and the negative family go together")
            if p.count("[") > 1 or p.count("[") != p.count("]"):
                errors.append(f"{where}: brackets")
            if (p, ref) in seen:
                errors.append(f"{where}: duplicate")
            seen.add((p, ref))
            try:
                datetime.fromisoformat(ref) if "T" in ref else date.fromisoformat(ref)
                for x in (e, last):
                    if x:
                        datetime.fromisoformat(x) if "T" in x else date.fromisoformat(x)
            except ValueError as ex:
                errors.append(f"{where}: {ex}")
                continue
            if typ in ("NONE", "DURATION", "SET"):
                if e or last:
                    errors.append(f"{where}: {typ} row with an interval")
                if typ == "NONE" and v:
                    errors.append(f"{where}: NONE with a value")
                if typ == "DURATION" and not re.fullmatch(r"P(\d+(\.\d+)?(DE|Y|M|W|D))*(T(\d+[HMS])+)?", v):
                    errors.append(f"{where}: duration {v!r}")
                continue
            if bool(e) != bool(last):
                errors.append(f"{where}: only one end")
                continue
            if not e:
                if v != "PRESENT_REF":
                    errors.append(f"{where}: no interval for {v!r}")
                continue
            if ("T" in e) != ("T" in last) or (e > last if "T" in e else day(e) > day(last)):
                errors.append(f"{where}: earliest after latest or mixed grains")
            b = expected_bounds(v, ref)
            if b is None:
                errors.append(f"{where}: value {v!r} not understood")
            elif b[0] == "years":
                if (day(e).year, day(last).year) != b[1]:
                    errors.append(f"{where}: {v} vs [{e}, {last}]")
            elif (day(e), day(last)) != b:
                errors.append(f"{where}: {v} implies {b[0]}..{b[1]}, row has [{e}, {last}]")
            if "T" in v and re.search(r"T\d{2}:\d{2}", v) and "/" not in v and not (e == last == v):
                errors.append(f"{where}: clock value {v} vs [{e}, {last}]")
            named = [WD[w] for w in tokens(target(p)) if w in WD]
            if named:
                n_wd += 1
                a, z = day(e), day(last)
                if len(named) >= 2 and a.weekday() == named[0] and z.weekday() == named[-1]:
                    pass
                elif len(named) == 1 and (a == z and a.weekday() == named[0]):
                    pass
                elif len(named) == 1 and a != z and any(
                        (a + timedelta(days=i)).weekday() == named[0] for i in range((z - a).days + 1)):
                    pass
                else:
                    errors.append(f"{where}: weekday {named} vs [{e}, {last}]")
            n_h += hijri_checks(target(p), e, errors, where)
    for err in errors:
        print(err)
    total = sum(counts.values())
    print(f"{total} rows, {total - counts.get('negative', 0)} positive, {counts.get('negative', 0)} negative; "
          f"{n_wd} weekday rows and {n_h} Hijri dates checked")
    print(", ".join(f"{k} {counts[k]}" for k in sorted(counts)))
    if errors:
        sys.exit(f"{len(errors)} errors")


if __name__ == "__main__":
    main()
