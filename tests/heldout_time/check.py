#!/usr/bin/env python3
"""Consistency checks for the blind time set.  Run after build.py:

    python3 check.py          (needs `hijridate` and `python-dateutil` for two steps;
                               each is skipped with a note when its package is missing)

Articles (gold.json, articles.jsonl, spec.py):
- every span matches its text; timex spans never overlap; no trap overlaps a row;
- tight lies inside outer; multi days are sorted; durations parse; families are known;
- every weekday name in every article lies inside a date/multi row whose days include
  that weekday, a vague row (habitual use) or a trap; "اليوم <weekday>" is the DCT;
- numeric and named Hijri dates agree with Umm al-Qura (hijridate), Hijri years, months
  and feasts too; years before 1343 AH use the tabular calendar;
- the day counts and calendar facts written in the texts are right.
Phrases (phrases.tsv):
- columns, types, families, ISO values, earliest <= latest, one bracketed target at most,
  (phrase, reference) unique, at least 200 phrases and 30 negatives;
- weekday names agree with the expected days; Hijri dates, months and years agree with
  Umm al-Qura (or the tabular calendar); Christian feasts agree with dateutil's Easter.
"""
import collections
import csv
import math
import pathlib
import re
import sys
from datetime import date, datetime, timedelta

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from gold_checks import WEEKDAYS, Gold, day, days  # noqa: E402
from score_phrases import FAMILIES, duration_key  # noqa: E402
from spec import TIMEX, TRAPS  # noqa: E402

checks = Gold(HERE)
gold, arts = checks.gold, checks.arts
problems, notes = checks.problems, checks.notes
bad = checks.bad
one = timedelta(days=1)


try:
    from hijridate import Hijri
except ImportError:
    Hijri = None
try:
    from dateutil.easter import EASTER_ORTHODOX, easter
except ImportError:
    easter = None


def tab(y, m, d):
    """Tabular (civil) Islamic calendar -> proleptic Gregorian."""
    jdn = d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948440 - 1
    return date.fromordinal(jdn - 1721425)


def hijri(y, m, d):
    if y < 1343:
        return tab(y, m, d)
    return Hijri(y, m, d).to_gregorian() if Hijri else None


def hmonth(y, m):
    a, b = hijri(y, m, 1), hijri(y + (m == 12), m % 12 + 1, 1)
    return (a, b - one) if a and b else None


def hyear(y):
    a, b = hijri(y, 1, 1), hijri(y + 1, 1, 1)
    return (a, b - one) if a and b else None


DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
HMONTHS = {"محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الآخر": 4, "ربيع الثاني": 4, "جمادى الأولى": 5,
           "جمادى الآخرة": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذي القعدة": 11,
           "ذو القعدة": 11, "ذي الحجة": 12, "ذو الحجة": 12}
HM = "|".join(sorted(HMONTHS, key=len, reverse=True))
MARK = r"\s*(?:هـ|ه(?![\u0621-\u064A]))"


def hijri_days(s, gregorian_years=range(1, 1300)):
    """Every Hijri day a string names: numeric d/m/y (marker or a 13xx-14xx year) or d <month> y هـ."""
    s = s.translate(DIGITS)
    out = []
    for m in re.finditer(r"(?<![\d/-])(\d{1,2})[/-](\d{1,2})[/-](\d{4})(" + MARK + r")?", s):
        d, mo, y = map(int, m.group(1, 2, 3))
        if m.group(4) or 1300 <= y <= 1500:
            out.append(((y, mo, d), m.group(0)))
    for m in re.finditer(r"(\d{4})/(\d{1,2})/(\d{1,2})" + MARK, s):
        y, mo, d = map(int, m.group(1, 2, 3))
        out.append(((y, mo, d), m.group(0)))
    for m in re.finditer(r"(\d{1,2}) (" + HM + r") (\d{4})", s):
        out.append(((int(m.group(3)), HMONTHS[m.group(2)], int(m.group(1))), m.group(0)))
    return out


# ---------------------------------------------------------------- articles
rows = {(r[0], r[1], r[2]): r for r in TIMEX}
fams = set(FAMILIES) | {"vague"}
checks.spans()
checks.intervals()
for r in TIMEX:
    if r[8] not in fams:
        bad(f"unknown family {r[8]!r} for {r[0]} {r[1]!r}")
    if r[3] == "vague" and r[7]:
        bad(f"vague row marked required: {r[0]} {r[1]!r}")
traps = []
for doc, s, occ, _why in TRAPS:
    i = -1
    for _ in range(occ):
        i = arts[doc]["text"].find(s, i + 1)
    traps.append(dict(doc=doc, start=i, end=i + len(s), text=s))
    for t in gold["timex"]:
        if t["doc"] == doc and t["start"] < i + len(s) and i < t["end"]:
            bad(f"trap {s!r} overlaps the row {t['text']!r} in {doc}")
for t in gold["timex"]:
    if t["kind"] == "multi":
        if t["value"] != sorted(set(t["value"])):
            bad(f"{t['doc']} {t['text']!r}: multi days not sorted")
    elif t["kind"] == "duration" and not duration_key(t["value"]):
        bad(f"{t['doc']} {t['text']!r}: duration {t['value']!r} does not parse")

WD = {k: v for k, v in WEEKDAYS.items() if k != "الإثنين"}


def _unchecked(doc, s, cover):
    if any(t["kind"] == "vague" for t in cover):
        return "habitual"
    if any(t["doc"] == doc and t["start"] <= s < t["end"] for t in traps):
        return "trap"
    return None


counted = checks.weekdays(WD, today=r"اليوم ({})", skip=_unchecked)
checked, habitual = counted["checked"], counted.get("habitual", 0)

hijri_checked = 0
if Hijri:
    for t in gold["timex"]:
        for ymd, s in hijri_days(t["text"]):
            g = hijri(*ymd)
            hijri_checked += 1
            if t["kind"] != "date" or t["tight"] != [str(g), str(g)] and t["tight"] != (str(g), str(g)):
                bad(f"{t['doc']}: {s!r} is {g}, the row {t['text']!r} says {t.get('tight')}")
    for a in arts.values():  # every numeric Hijri date in the texts lies in some row
        for _ymd, s in hijri_days(a["text"]):
            if not any(s in t["text"] for t in gold["timex"] if t["doc"] == a["id"]):
                bad(f"{a['id']}: Hijri date {s!r} is in no row")
    # Hijri years, months and feasts written in the articles: (doc, surface, tight, outer)
    for doc, s, tight, outer in [
        ("t01_sa_jeddah_0811", "مطلع ذي القعدة", None, hmonth(1436, 11)),
        ("t01_sa_jeddah_0811", "نهاية شهر ذي القعدة", None, hmonth(1436, 11)),
        ("t01_sa_jeddah_0811", "بداية عام 1436هـ", hmonth(1436, 1), hyear(1436)),
        ("t01_sa_jeddah_0811", "عام 1431هـ", hyear(1431), hyear(1431)),
        ("t01_sa_jeddah_0811", "شهري رجب وشعبان الماضيين", (hmonth(1436, 7)[0], hmonth(1436, 8)[1]), None),
        ("t02_sa_obituary_0316", "عام 1353هـ", hyear(1353), hyear(1353)),
        ("t02_sa_obituary_0316", "عام 1390هـ", hyear(1390), hyear(1390)),
        ("t04_ashura_history_0919", "العاشر من محرم 1440هـ", (hijri(1440, 1, 10),) * 2, None),
        ("t04_ashura_history_0919", "العاشر من محرم هذا العام", (hijri(1440, 1, 10),) * 2, None),
        ("t04_ashura_history_0919", "عاشوراء", (hijri(1440, 1, 10),) * 2, None),
        ("t08_eg_bourse_0423", "شهر رمضان", hmonth(1441, 9), None),
        ("t09_dz_commerce_0418", "شهر رمضان", hmonth(1442, 9), None),
        ("t09_dz_commerce_0418", "الفاتح من رمضان", (hijri(1442, 9, 1),) * 2, None),
        ("t09_dz_commerce_0418", "رمضان 2020", hmonth(1441, 9), None),
        ("t12_ps_easter_0413", "شهر رمضان", hmonth(1444, 9), None),
        ("t12_ps_easter_0413", "رمضان 2022", hmonth(1443, 9), None),
        ("t12_ps_easter_0413", "عيد الفطر", (hijri(1444, 10, 1),) * 2, None),
        ("t12_ps_easter_0413", "رأس السنة الهجرية 1444", (hijri(1444, 1, 1),) * 2, None),
    ]:
        t = [t for t in gold["timex"] if t["doc"] == doc and t["text"] == s and t["kind"] == "date"]
        if not t:
            bad(f"{doc}: no date row {s!r}")
        elif tight and list(t[0]["tight"]) != [str(tight[0]), str(tight[1])]:
            bad(f"{doc}: {s!r} tight {t[0]['tight']} != Umm al-Qura {tight}")
        elif outer and list(t[0]["outer"]) != [str(outer[0]), str(outer[1])]:
            bad(f"{doc}: {s!r} outer {t[0]['outer']} != Umm al-Qura {outer}")
        hijri_checked += 1
    if str(hijri(1445, 1, 1)) not in [str(d) for d in days("2023-07-11", "2023-07-20")]:
        bad("t12: the Hijri year 1445 does not begin in mid-July 2023")
# tabular years in t04: the row's tight must lie within 5 days of the tabular year
for s, y in [("سنة 61 للهجرة", 61), ("سنة 61هـ", 61), ("سنة 64هـ", 64), ("عام 65 للهجرة", 65)]:
    t = [t for t in gold["timex"] if t["text"] == s][0]
    a, b = tab(y, 1, 1), tab(y + 1, 1, 1) - one
    if abs((day(t["tight"][0]) - a).days) > 5 or abs((day(t["tight"][1]) - b).days) > 5 \
            or not (day(t["outer"][0]) <= a and b <= day(t["outer"][1])):
        bad(f"t04: {s!r} bounds {t['tight']} / {t['outer']} vs tabular {a}..{b}")
t = [t for t in gold["timex"] if t["text"] == "الثامن من ذي الحجة سنة 60هـ"][0]
if t["tight"][0] != str(tab(60, 12, 8)):
    bad("t04: 8 Dhu al-Hijja 60 is not the tabular date")
t = [t for t in gold["timex"] if t["text"].startswith("بين ربيع الأول")][0]
a, b = tab(64, 3, 1), tab(64, 5, 1) - one
if not (day(t["outer"][0]) <= a and b <= day(t["outer"][1])):
    bad("t04: Rabi I-II 64 AH is not inside its outer bounds")

# calendar facts and day counts written in the articles
facts = [
    (date(2016, 3, 15) - date(2016, 3, 10) < timedelta(7), "t02: أقل من أسبوع from the ceremony (10 Mar) to the death (15 Mar)"),
    (2021 - 1896 == 125, "t03: 125 years since 1896"),
    (date(1896, 11, 5) - date(1895, 12, 28) < timedelta(365), "t03: Alexandria less than a year after Paris (28 Dec 1895)"),
    (64 - 61 == 3, "t04: three years from 61 to 64 AH"),
    ((date(2019, 7, 27) - date(2019, 7, 18)).days + 1 == 10, "t05: 18-27 July is ten days"),
    ((date(2022, 5, 15) - date(2022, 5, 12)).days == 3, "t10: three days before the election"),
    (date(2022, 5, 15).weekday() == 6, "t10: 15 May 2022 is a Sunday"),
    (date(2023, 1, 7).weekday() == 5, "t11: the UAE weekend starts Saturday 7 January"),
    (date(2019, 11, 24).weekday() == 6 and date(2019, 11, 23).weekday() == 5, "t07: 23/24 November 2019"),
    (date(2015, 9, 15) == date(2015, 9, 3) + timedelta(12) and date(2015, 9, 3).month - 7 == 2,
     "t14: 3 July -> 15 September is two months and 12 days"),
    (date(2017, 10, 17).replace(year=2016, month=6) == date(2016, 6, 17), "t14: a year and four months before 17 Oct 2017"),
    (date(2017, 10, 17) + timedelta(14) == date(2017, 10, 31), "t14: two weeks from now"),
    (date(2017, 10, 17) - timedelta(2) == date(2017, 10, 15), "t14: the day before yesterday"),
    (date(2017, 10, 17).replace(month=2) == date(2017, 2, 17), "t14: eight months before"),
    ([d for d in days("2018-09-01", "2018-09-07") if d.weekday() == 6][0] == date(2018, 9, 2), "t15: first Sunday of September 2018"),
    ([d for d in days("2019-05-01", "2019-05-31") if d.weekday() == 3][-1] == date(2019, 5, 30), "t15: last Thursday of May 2019"),
    (date(2018, 8, 24).weekday() == 4, "t15: Friday of next week is 24 August"),
    (date(2022, 2, 11) - date(2022, 2, 1) == timedelta(10) and date(2022, 2, 11).weekday() == 4, "t17: Friday after next"),
    (date(2019, 12, 26).weekday() == 3, "t13: 26 December 2019 is a Thursday"),
    ((date(2018, 6, 1) - date(2009, 2, 1)).days / 365.25 > 9, "t09: about nine years from Feb 2009 to Jun 2018"),
]
if easter:
    facts += [
        (easter(2023) == date(2023, 4, 9) and easter(2023, EASTER_ORTHODOX) == date(2023, 4, 16), "t12: Easter 2023"),
        (easter(2023, EASTER_ORTHODOX) - timedelta(1) == date(2023, 4, 15), "t12: Holy Saturday"),
        (easter(2023, EASTER_ORTHODOX) - easter(2023) == timedelta(7), "t12: a week after the Western Easter"),
        ({easter(2023) + timedelta(39), easter(2023, EASTER_ORTHODOX) + timedelta(39)}
         == {date(2023, 5, 18), date(2023, 5, 25)}, "t12: Ascension, forty days after Easter"),
    ]
else:
    notes.append("Easter dates NOT checked (pip install python-dateutil)")
for ok, what in facts:
    if not ok:
        bad(f"fact: {what}")

# ---------------------------------------------------------------- phrases
TYPES = {"DATE", "TIME", "DURATION", "SET", "NONE"}
with open(HERE / "phrases.tsv", encoding="utf-8", newline="") as f:
    prow = list(csv.DictReader(f, delimiter="\t"))
cols = ["phrase", "reference", "type", "value", "earliest", "latest", "family", "note"]
if list(prow[0].keys()) != cols:
    bad(f"phrases.tsv columns {list(prow[0].keys())} != {cols}")
seen = set()
WDP = {**WD, "اثنين": 0, "ثلاثاء": 1, "أربعاء": 2, "خميس": 3, "جمعة": 4, "سبت": 5, "أحد": 6}
phrase_weekdays = phrase_hijri = 0
for n, r in enumerate(prow, start=2):
    where = f"phrases.tsv line {n} {r['phrase']!r}"
    p = r["phrase"]
    if p.count("[") != p.count("]") or p.count("[") > 1 or ("[" in p and p.index("[") > p.index("]")):
        bad(f"{where}: brackets")
    text = p.replace("[", "").replace("]", "")
    if (text, r["reference"]) in seen:
        bad(f"{where}: duplicate")
    seen.add((text, r["reference"]))
    try:
        ref = datetime.fromisoformat(r["reference"]) if "T" in r["reference"] else day(r["reference"])
    except ValueError:
        bad(f"{where}: reference {r['reference']!r}")
        continue
    if r["type"] not in TYPES:
        bad(f"{where}: type {r['type']!r}")
    if r["family"] not in FAMILIES:
        bad(f"{where}: family {r['family']!r}")
    if (r["type"] == "NONE") != (r["family"] == "negative"):
        bad(f"{where}: NONE rows are exactly the negative family")
    e, last = r["earliest"], r["latest"]
    if r["type"] in ("NONE", "DURATION", "SET") and (e or last):
        bad(f"{where}: {r['type']} has an interval")
    if r["type"] == "DURATION" and not duration_key(r["value"]):
        bad(f"{where}: duration {r['value']!r} does not parse")
    if r["type"] != "NONE" and not r["value"]:
        bad(f"{where}: no value")
    if bool(e) != bool(last):
        bad(f"{where}: earliest and latest go together")
    if e:
        try:
            pe, pl = (datetime.fromisoformat(x) if "T" in x else day(x) for x in (e, last))
        except ValueError:
            bad(f"{where}: earliest/latest not ISO")
            continue
        if type(pe) is not type(pl) or pe > pl:
            bad(f"{where}: earliest > latest or mixed grains")
        if r["type"] == "TIME" and "T" not in e:
            bad(f"{where}: TIME without a clock time")
        span = days(e[:10], last[:10])
        if r["family"] not in ("negative",) and r["type"] != "SET":
            for mt in re.finditer(r"[\u0621-\u064A]+", text):
                tok = mt.group()
                name = tok if tok in WDP else (tok[1:] if tok[:1] in "وفبل" and tok[1:] in WDP else None)
                if name and "أول" not in text[max(0, mt.start() - 4):mt.start()]:
                    phrase_weekdays += 1
                    if not any(d.weekday() == WDP[name] for d in span):
                        bad(f"{where}: says {name} but expects {e}..{last}")
        if Hijri:
            for ymd, s in hijri_days(text):
                g = hijri(*ymd)
                phrase_hijri += 1
                if str(g) not in (e[:10], last[:10]):
                    bad(f"{where}: {s!r} is {g}, expected {e}..{last}")
                if "الموافق" in text and str(g) != e[:10]:
                    bad(f"{where}: the two sides of الموافق differ ({g} vs {e})")
            m = re.fullmatch(r"(?:عام|سنة|العام الهجري)\s+(\d{2,4})(" + MARK + r"|\s*للهجرة)?", text.translate(DIGITS))
            if m and (m.group(2) or r["family"] == "hijri"):
                b = hyear(int(m.group(1)))
                phrase_hijri += 1
                if b and (str(b[0]), str(b[1])) != (e, last):
                    bad(f"{where}: Hijri year {m.group(1)} is {b[0]}..{b[1]}, expected {e}..{last}")
            m = re.fullmatch(r"(?:شهر\s+)?(" + HM + r")\s+(?:من عام\s+)?(\d{4})(?:" + MARK + r")?", text)
            if m and 1343 <= int(m.group(2)) <= 1500:
                b = hmonth(int(m.group(2)), HMONTHS[m.group(1)])
                phrase_hijri += 1
                if (str(b[0]), str(b[1])) != (e, last):
                    bad(f"{where}: Hijri month is {b[0]}..{b[1]}, expected {e}..{last}")
if Hijri:
    for phrase, (y, m, d) in [("رمضان 2017", (1438, 9, 0)), ("عيد الفطر 2020", (1441, 10, 1)),
                              ("عيد الأضحى 2021", (1442, 12, 10)), ("رأس السنة الهجرية 2020", (1442, 1, 1)),
                              ("المولد النبوي 2021", (1443, 3, 12)), ("يوم عرفة 2022", (1443, 12, 9)),
                              ("عيد الأضحى المقبل", (1444, 12, 10)), ("شهر رمضان المقبل", (1444, 9, 0)),
                              ("عاشوراء 2023", (1445, 1, 10)), ("عيد الفطر المقبل", (1445, 10, 1)),
                              ("رمضان من العام الماضي", (1441, 9, 0)), ("غرة محرم 1441هـ", (1441, 1, 1))]:
        r = [r for r in prow if r["phrase"] == phrase][0]
        want = hmonth(y, m) if d == 0 else (hijri(y, m, d),) * 2
        phrase_hijri += 1
        if (str(want[0]), str(want[1])) != (r["earliest"], r["latest"]):
            bad(f"phrases: {phrase!r} is {want[0]}..{want[1]} by Umm al-Qura")
    for phrase, y in [("سنة 64هـ", 64), ("سنة 132 للهجرة", 132)]:
        r = [r for r in prow if r["phrase"] == phrase][0]
        if (r["earliest"], r["latest"]) != (str(tab(y, 1, 1)), str(tab(y + 1, 1, 1) - one)):
            bad(f"phrases: {phrase!r} is not the tabular year")
else:
    notes.append("Hijri dates NOT checked (pip install hijridate)")
if easter:
    for phrase, want in [("عيد الفصح 2024", easter(2024)), ("عيد الفصح الأرثوذكسي 2021", easter(2021, EASTER_ORTHODOX)),
                         ("الجمعة العظيمة 2023", easter(2023) - timedelta(2)),
                         ("أحد الشعانين 2022", easter(2022) - timedelta(7)),
                         ("شم النسيم 2023", easter(2023, EASTER_ORTHODOX) + one)]:
        r = [r for r in prow if r["phrase"] == phrase][0]
        if r["earliest"] != str(want):
            bad(f"phrases: {phrase!r} should be {want}")
cnt = collections.Counter(r["family"] for r in prow)
if len(prow) < 200 or cnt["negative"] < 30 or min(cnt[f] for f in FAMILIES) < 15:
    bad(f"phrases: too few ({len(prow)} rows; per family {dict(cnt)})")

req = sum(t["required"] for t in gold["timex"])
print(f"articles: {len(arts)}, {len(gold['timex'])} timex rows ({req} required), {len(TRAPS)} traps; "
      f"{checked} weekday names checked ({habitual} habitual); {hijri_checked} Hijri facts checked | "
      f"phrases: {len(prow)} ({cnt['negative']} negative); {phrase_weekdays} weekday names, "
      f"{phrase_hijri} Hijri facts checked")
for x in notes:
    print("NOTE:", x)
for p in problems:
    print("PROBLEM:", p)
sys.exit(1 if problems else 0)
