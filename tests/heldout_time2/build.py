#!/usr/bin/env python3
"""Write phrases.tsv for the second blind time-expression set.

Every expected value is computed here (weekdays, ISO weeks, Hijri dates with hijridate,
tabular Hijri years, Easter with dateutil), never typed by hand.  Run with a Python that
has hijridate and python-dateutil:

    python tests/heldout_time2/build.py && python tests/heldout_time2/check.py
"""
import calendar
import csv
import pathlib
from datetime import date, datetime, timedelta

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from dateutil.relativedelta import relativedelta
from hijridate import Gregorian, Hijri

HERE = pathlib.Path(__file__).resolve().parent
WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
BARE = ["اثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت", "أحد"]  # after أول/ثاني/آخر/كل
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
ROWS = []


def d(s):
    return date.fromisoformat(s[:10])


def add(phrase, ref, typ, value, e, z, fam, note=""):
    ROWS.append([phrase, ref, typ, value, e, z, fam, note])


def day(phrase, ref, x, fam, note=""):
    add(phrase, ref, "DATE", x.isoformat(), x.isoformat(), x.isoformat(), fam, note)


def part(phrase, ref, x, pod, fam, note=""):
    """A part of a day (MO, MI, AF, EV, NI): scored by day."""
    add(phrase, ref, "TIME", f"{x.isoformat()}T{pod}", x.isoformat(), x.isoformat(), fam, note)


def span(phrase, ref, a, b, fam, value=None, note=""):
    add(phrase, ref, "DATE", value or f"{a.isoformat()}/{b.isoformat()}", a.isoformat(), b.isoformat(), fam,
        note)


def month(phrase, ref, y, m, fam, note=""):
    a = date(y, m, 1)
    span(phrase, ref, a, date(y, m, calendar.monthrange(y, m)[1]), fam, f"{y:04d}-{m:02d}", note)


def year(phrase, ref, y, fam, note=""):
    span(phrase, ref, date(y, 1, 1), date(y, 12, 31), fam, f"{y:04d}", note)


def clock(phrase, ref, x, fam, note=""):
    s = x.strftime("%Y-%m-%dT%H:%M")
    add(phrase, ref, "TIME", s, s, s, fam, note)


def clock_range(phrase, ref, a, b, fam, note=""):
    sa, sb = a.strftime("%Y-%m-%dT%H:%M"), b.strftime("%Y-%m-%dT%H:%M")
    add(phrase, ref, "TIME", f"{sa}/{sb}", sa, sb, fam, note)


def dur(phrase, ref, value, fam, note=""):
    add(phrase, ref, "DURATION", value, "", "", fam, note)


def sett(phrase, ref, value, fam, note="not pinned to a day"):
    add(phrase, ref, "SET", value, "", "", fam, note)


def none(phrase, ref, note):
    add(phrase, ref, "NONE", "", "", "", "negative", note)


def at(ref, hh, mm=0, days=0):
    return datetime.fromisoformat(ref).replace(hour=hh, minute=mm, tzinfo=None) + timedelta(days=days)


def last_wd(ref, k):
    """Most recent weekday k on or before the reference (news, past)."""
    r = d(ref)
    return r - timedelta(days=(r.weekday() - k) % 7)


def next_wd(ref, k):
    """First weekday k after the reference (future cue)."""
    r = d(ref)
    return r + timedelta(days=(k - r.weekday() - 1) % 7 + 1)


def nth_wd(y, m, k, n):
    first = date(y, m, 1)
    return first + timedelta(days=(k - first.weekday()) % 7 + 7 * (n - 1))


def last_wd_of_month(y, m, k):
    end = date(y, m, calendar.monthrange(y, m)[1])
    return end - timedelta(days=(end.weekday() - k) % 7)


def iso_week(x):
    mon = x - timedelta(days=x.weekday())
    y, w, _ = x.isocalendar()
    return mon, mon + timedelta(days=6), f"{y:04d}-W{w:02d}"


def h(y, m, dd):
    g = Hijri(y, m, dd).to_gregorian()
    return date(g.year, g.month, g.day)


def hmonth(y, m):
    a = h(y, m, 1)
    return a, a + timedelta(days=Hijri(y, m, 1).month_length() - 1)


def hyear(y):
    a = h(y, 1, 1)
    return a, h(y + 1, 1, 1) - timedelta(days=1)


def hijri_of(x):
    g = Gregorian(x.year, x.month, x.day).to_hijri()
    return g.year, g.month, g.day


def hijri_in_year(gy, m, dd):
    """The Hijri date m/dd that falls in Gregorian year gy (asserted unique)."""
    hits = [h(hy, m, dd) for hy in range(gy - 580, gy - 577) if h(hy, m, dd).year == gy]
    assert len(hits) == 1, (gy, m, dd, hits)
    return hits[0]


def tabular_jdn(y, m, dd):
    """Tabular (civil) Hijri calendar, epoch 16 July 622 Julian, leap years 2,5,7,10,13,16,18,21,24,26,29."""
    return dd + (59 * (m - 1) + 1) // 2 + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439


def tab(y, m, dd):
    # Julian day number (noon) -> proleptic Gregorian ordinal: JDN 1721426 is 0001-01-01.
    return date.fromordinal(tabular_jdn(y, m, dd) - 1721425)


def tab_year(y):
    return tab(y, 1, 1), tab(y + 1, 1, 1) - timedelta(days=1)


def season(y, s):
    """Fixed astronomical convention of heldout_time: spring 21/3-20/6, summer 21/6-22/9,
    autumn 23/9-20/12, winter 21/12-20/3 of the next year (named by its first year)."""
    a, b = {"SP": ((3, 21), (6, 20)), "SU": ((6, 21), (9, 22)), "FA": ((9, 23), (12, 20)),
            "WI": ((12, 21), (3, 20))}[s]
    return date(y, *a), date(y + (s == "WI"), *b), f"{y:04d}-{s}"


def numeric():
    f = "numeric"
    day("ينتهي التسجيل في [22/4]", "2020-04-10", date(2020, 4, 22), f, "d/m, future sentence")
    day("وقع الحادث يوم [4.22] وفق تقرير الشرطة", "2021-05-03", date(2021, 4, 22), f,
        "m.d (22 cannot be a month), past")
    day("صدر القرار بتاريخ [22-4-2020]", "2020-05-01", date(2020, 4, 22), f)
    day("حُرر المحضر في [16/04/21]", "2021-04-20", date(2021, 4, 16), f, "two-digit year")
    month("بلغ التضخم ذروته في [2015/3]", "2016-01-10", 2015, 3, f, "y/m")
    month("صدرت النشرة الشهرية عن شهر [3-2015]", "2015-04-05", 2015, 3, f, "m-y")
    day("أقيمت المباراة النهائية في [05/11/2019]", "2019-11-20", date(2019, 11, 5), f, "d/m/y")
    day("نُشر البيان في [2019/11/05]", "2019-12-01", date(2019, 11, 5), f, "y/m/d")
    day("تاريخ الإصدار: [2018-07-14]", "2018-08-01", date(2018, 7, 14), f, "ISO")
    day("يبدأ العام الدراسي في [٢٢/٩/٢٠٢٢]", "2022-09-01", date(2022, 9, 22), f, "Arabic-Indic digits")
    day("آخر موعد للتقديم [۱۵/۰۳/۲۰۱۸]", "2018-02-20", date(2018, 3, 15), f, "Persian digits")
    day("اعتُمدت اللائحة في [12.9.2017]", "2017-10-02", date(2017, 9, 12), f, "d.m.y")
    month("تبدأ الأقساط في [7/2022]", "2022-03-15", 2022, 7, f, "m/y")
    day("أعلنت الوزارة يوم [30/6] أن الامتحانات انتهت", "2019-07-10", date(2019, 6, 30), f, "past")
    day("وُلد في [31/12/99] في عمّان", "2020-02-02", date(1999, 12, 31), f, "two-digit year 99 = 1999")
    day("سيُعقد المؤتمر يوم [3/12]", "2023-11-20", date(2023, 12, 3), f, "d/m, future")
    day("تأجلت القضية إلى جلسة ([2/3/2016])", "2016-01-15", date(2016, 3, 2), f, "d/m/y in parentheses")
    day("وُقعت الاتفاقية في [2016/03/02م]", "2016-04-01", date(2016, 3, 2), f, "y/m/d with م")
    clock("تنطلق الرحلة [الساعة 7.30 مساءً]", "2021-06-03T09:00:00+03:00", at("2021-06-03T09:00", 19, 30), f)
    clock("يُفتتح المعرض [11.15 صباحاً]", "2019-02-10T08:00:00+02:00", at("2019-02-10T08:00", 11, 15), f)
    clock("انطلقت القافلة [عند 14:30]", "2020-10-05T18:00:00+01:00", at("2020-10-05T18:00", 14, 30), f)
    day("عاد الوفد في [9/9] الماضي", "2018-10-01", date(2018, 9, 9), f)
    day("ينتهي العقد في [1/1/2030]", "2024-05-05", date(2030, 1, 1), f)
    day("صدر الحكم بتاريخ [٥-٦-٢٠١٧]", "2017-06-10", date(2017, 6, 5), f, "Arabic-Indic, dashes")
    day("تنتهي الصلاحية في [2020.12.31]", "2020-06-01", date(2020, 12, 31), f, "y.m.d")
    month("أُطلقت الخدمة في [2/2022]", "2022-05-05", 2022, 2, f, "m/y")
    day("حُدد الموعد الجديد في [15/1] المقبل", "2022-12-10", date(2023, 1, 15), f, "rolls into next year")


def hijri():
    f = "hijri"
    day("صدر التعميم بتاريخ [27/7/1436هـ]", "2015-06-01", h(1436, 7, 27), f, "Umm al-Qura")
    day("توفي رحمه الله في [11/10/1383 ه]", "2016-03-16", h(1383, 10, 11), f)
    day("تسلّم منصبه في [1/6/1437ه]", "2016-03-20", h(1437, 6, 1), f)
    x = h(1436, 10, 11)
    part(f"وصل الوفد [مساء {WD[x.weekday()]} 11/10/1436هـ]", "2015-08-20", x, "EV", f)
    x = h(1436, 9, 18)
    day(f"عُقد الاجتماع [{WD[x.weekday()]} 18-9-1436 الموافق {x.day}-{x.month}-{x.year}م]", "2015-07-20", x, f,
        "الموافق pair")
    x = h(1440, 3, 12)
    day(f"افتُتح المبنى [{WD[x.weekday()]} 12/3/1440هـ الموافق {x.day}/{x.month}/{x.year}م]", "2018-12-01", x, f,
        "الموافق pair")
    x = h(1436, 11, 1)
    day(f"بدأ التسجيل [{WD[x.weekday()]} 1 ذو القعدة 1436 هـ الموافق {x.day} أغسطس {x.year}م]", "2015-08-30",
        x, f, "الموافق pair, named months")
    day("يوافق ذلك [1 رمضان 1440هـ]", "2019-04-20", h(1440, 9, 1), f)
    day("تنتهي المهلة في [15 شعبان 1441هـ]", "2020-03-01", h(1441, 8, 15), f)
    day("يبدأ الصيام في [غرة رمضان 1443]", "2022-03-20", h(1443, 9, 1), f)
    span("تقام الفعاليات خلال شهر [ربيع الأول 1445هـ]", "2023-09-01", *hmonth(1445, 3), f, note="1445-03 AH")
    span("ارتفعت الحجوزات في [ذي الحجة 1439]", "2018-09-30", *hmonth(1439, 12), f, note="1439-12 AH")
    span("تأسست الهيئة [عام 1431هـ]", "2014-02-02", *hyear(1431), f, note="Hijri year")
    span("خلال [عام 1431] صدرت 300 رخصة بناء في المحافظة", "2011-03-01", *hyear(1431), f,
         note="no marker: Hijri by plausibility (1431 AD is impossible for building permits)")
    day("صدر القرار في [٣/٢/١٤٣٩هـ]", "2017-11-15", h(1439, 2, 3), f, "Arabic-Indic digits")
    day("صدر المرسوم بتاريخ [1437/6/1هـ]", "2016-04-01", h(1437, 6, 1), f, "y/m/d")
    day("يُفتح باب التقديم [1440/9/1 هـ]", "2019-04-01", h(1440, 9, 1), f, "y/m/d, spaced marker")
    x = h(1442, 2, 3)
    day(f"أُعلنت النتائج [{WD[x.weekday()]} 3 صفر 1442هـ]", "2020-09-25", x, f)
    span("الميزانية المعتمدة [للعام الهجري 1444]", "2022-06-01", *hyear(1444), f)
    r = "2016-06-10"
    hy, hm, _ = hijri_of(d(r))
    ry = hy if hm > 7 else hy - 1
    span("بدأت الأعمال في [رجب الماضي]", r, *hmonth(ry, 7), f, note=f"Rajab {ry} AH")
    span("زادت أعداد المعتمرين في [محرم 1440هـ]", "2018-11-01", *hmonth(1440, 1), f)
    day("صدر المرسوم الملكي رقم أ/35 بتاريخ [5/3/1441هـ]", "2019-11-20", h(1441, 3, 5), f)
    day("يبدأ العام الدراسي في [1/1/1445هـ]", "2023-06-20", h(1445, 1, 1), f)
    day("وُقّع العقد في [14 ربيع الآخر 1442 هـ]", "2020-12-15", h(1442, 4, 14), f)
    span("خطة التشغيل لعام [1445 هـ]", "2023-05-01", *hyear(1445), f)
    day("توفي في [22 جمادى الأولى 1420هـ]", "2012-01-01", h(1420, 5, 22), f)


def ranges():
    f = "range"
    span("يقام المهرجان [من 13 إلى 15 تموز]", "2019-07-01", date(2019, 7, 13), date(2019, 7, 15), f)
    span("تُجرى الامتحانات [بين 4 و22 من الشهر الجاري]", "2021-06-01", date(2021, 6, 4), date(2021, 6, 22), f)
    span("يستمر المعرض [من 2 أكتوبر إلى 22 أكتوبر]", "2020-09-15", date(2020, 10, 2), date(2020, 10, 22), f)
    span("يعقد المؤتمر في الدوحة [19-20 نوفمبر]", "2022-10-30", date(2022, 11, 19), date(2022, 11, 20), f)
    span("هاجرت العائلة [بين العامين 1910 و1912]", "2019-01-01", date(1910, 1, 1), date(1912, 12, 31), f)
    r = "2021-03-14T10:00:00+02:00"
    clock_range("تُفتح الصناديق [من الساعة الثالثة إلى الرابعة مساءً]", r, at(r, 15), at(r, 16), f)
    span("تتواصل الحملة [من (28) إبريل وحتى الثامن من مايو القادم]", "2018-04-20", date(2018, 4, 28),
         date(2018, 5, 8), f)
    span("أُغلق المعبر [من 28 ديسمبر 2018 إلى 3 يناير 2019]", "2019-02-01", date(2018, 12, 28), date(2019, 1, 3), f)
    r = "2023-03-10"
    a = next_wd(r, MON)
    span(f"تتوقف الدراسة [من {WD[MON]} إلى {WD[THU]} المقبلين]", r, a, a + timedelta(days=3), f)
    span("تنظم الدورة خلال الفترة [من 5 إلى 9 مارس]", "2017-02-20", date(2017, 3, 5), date(2017, 3, 9), f)
    span("تولى الوزارة [بين عامي 2003 و2011]", "2015-05-05", date(2003, 1, 1), date(2011, 12, 31), f)
    span("ارتفعت المبيعات [من يناير إلى مارس 2020]", "2020-05-10", date(2020, 1, 1), date(2020, 3, 31), f)
    r = "2019-05-05T07:00:00+03:00"
    clock_range("تستقبل العيادة المراجعين [من 10 صباحاً حتى 2 ظهراً]", r, at(r, 10), at(r, 14), f)
    span("أقيم الملتقى في [20-23/8/2018]", "2018-09-01", date(2018, 8, 20), date(2018, 8, 23), f)
    span("شغل المنصب [من 1990 إلى 1995]", "2010-01-01", date(1990, 1, 1), date(1995, 12, 31), f)
    r = "2020-02-11T06:00:00+01:00"
    clock_range("تنقطع الكهرباء [بين 9 و11 صباحاً]", r, at(r, 9), at(r, 11), f)
    span("تمتد التخفيضات [من 25 نوفمبر حتى 10 ديسمبر]", "2016-11-01", date(2016, 11, 25), date(2016, 12, 10), f)
    span("انعقدت القمة في [1-3 يونيو 2022]", "2022-06-20", date(2022, 6, 1), date(2022, 6, 3), f)
    span("تُجرى الانتخابات [ما بين 15 و20 أيار المقبل]", "2024-04-02", date(2024, 5, 15), date(2024, 5, 20), f)
    r = "2019-01-16"
    a = next_wd(r, SAT)
    span(f"ستُغلق المدارس [من {WD[SAT]} إلى {WD[TUE]} المقبلين]", r, a, a + timedelta(days=3), f)
    span("ستمتد العطلة [من 1 إلى 15 جانفي]", "2020-12-20", date(2021, 1, 1), date(2021, 1, 15), f,
         note="future, next year")
    r = "2022-08-08T07:00:00+04:00"
    clock_range("يعمل المركز اليوم [من الساعة 8:00 إلى 17:00]", r, at(r, 8), at(r, 17), f)
    span("أُنجزت خطة التنمية [2010-2015] بنسبة عالية", "2016-03-01", date(2010, 1, 1), date(2015, 12, 31), f)
    span("سيتم تنفيذ المشروع [من شهر آذار إلى شهر أيار]", "2018-02-01", date(2018, 3, 1), date(2018, 5, 31), f)
    span("يقام المعرض [من 30 يونيو حتى 2 يوليو 2023]", "2023-05-15", date(2023, 6, 30), date(2023, 7, 2), f)
    span("عُقدت المفاوضات [بين 10 و12 فبراير 2021]", "2021-03-01", date(2021, 2, 10), date(2021, 2, 12), f)


def history():
    f = "history"

    def decade(p, r, y, note=""):
        span(p, r, date(y, 1, 1), date(y + 9, 12, 31), f, f"{y // 10:03d}X", note)

    def century(p, r, c, note=""):
        span(p, r, date(c * 100, 1, 1), date(c * 100 + 99, 12, 31), f, f"{c:02d}", note)

    decade("ازدهرت السينما المصرية في [السبعينيات]", "2021-11-05", 1970)
    decade("عاش في المهجر منذ [تسعينيات القرن الماضي]", "2020-05-01", 1990)
    decade("انتشرت أشرطة الكاسيت في [الثمانينات]", "2018-03-03", 1980)
    century("شُيّد القصر في [القرن التاسع عشر]", "2017-01-01", 18, "TIMEX3: 1800-1899")
    century("من أبرز شعراء [القرن العشرين]", "2016-06-06", 19)
    century("تحديات [القرن الحادي والعشرين]", "2015-02-02", 20)
    century("بُني الجامع في [القرن الـ15] الميلادي", "2019-09-09", 14)
    decade("في [ستينيات القرن العشرين] تأسست الفرقة", "2022-01-20", 1960)
    year("فيلم «باب الحديد» ([1958])", "2021-11-05", 1958, f, "year in parentheses after a title")
    year("رواية «اللص والكلاب» - [1961]", "2020-10-10", 1961, f, "year after a dash")
    day("تغيّر العالم بعد أحداث [11 سبتمبر]", "2021-09-08", date(2001, 9, 11), f, "the 2001 attacks")
    span("تولى الحكم [سنة 64هـ]", "2018-09-19", *tab_year(64), f,
         value="0683/0684", note="tabular Hijri year, proleptic Gregorian days")
    span("قامت الدولة العباسية [عام 132 للهجرة]", "2019-04-04", *tab_year(132), f,
         value="0749/0750", note="tabular Hijri year, proleptic Gregorian days")
    span("سقطت بغداد [سنة 656هـ]", "2020-01-01", *tab_year(656), f,
         value="1258/1259", note="tabular Hijri year, proleptic Gregorian days")
    year("تخرّج في عام [ألفين وثمانية عشر]", "2021-02-02", 2018, f, "spelled-out year")
    year("وقعت النكسة [عام ألف وتسعمئة وسبعة وستين]", "2017-06-05", 1967, f, "spelled-out year")
    year("بدأ المشروع [سنة ألفين وعشرة]", "2014-04-04", 2010, f, "spelled-out year")
    dur("عمل في الصحافة [ربع قرن]", "2019-03-03", "P25Y", f)
    dur("استمر الحكم [نصف قرن]", "2018-08-08", "P50Y", f)
    dur("ظل الملف عالقاً [ثلاثة عقود]", "2020-07-07", "P3DE", f)
    year("احتُلت المدينة [عام 1967]", "2017-06-01", 1967, f)
    month("اندلعت حرب [أكتوبر 1973]", "2023-10-06", 1973, 10, f)
    day("قامت ثورة [23 يوليو 1952]", "2022-07-23", date(1952, 7, 23), f)
    year("اندلعت الثورة الفرنسية [عام 1789]", "2019-07-14", 1789, f)
    decade("هاجر كثيرون في [الخمسينيات]", "2015-12-12", 1950)
    decade("ظهرت الحركة في [عشرينيات القرن الماضي]", "2021-11-05", 1920)
    year("ذكرى نكبة [1948]", "2018-05-15", 1948, f)


def weekmonth():
    f = "weekmonth"
    r = "2021-02-10"
    x = nth_wd(2021, 3, MON, 1)
    day(f"تبدأ الحملة [أول {BARE[MON]} من آذار]", r, x, f)
    day(f"يُعقد الاجتماع [ثاني {BARE[FRI]} من شهر مايو 2022]", "2022-01-10", nth_wd(2022, 5, FRI, 2), f)
    day(f"يحتفل الأمريكيون [آخر {BARE[THU]} من نوفمبر]", "2023-10-01", last_wd_of_month(2023, 11, THU), f)
    day("يُصرف الراتب [آخر يوم في الشهر]", "2019-02-12", date(2019, 2, 28), f)
    span("تنطلق الدورة [الأسبوع الأول من أكتوبر]", "2020-09-20", date(2020, 10, 1), date(2020, 10, 7), f,
         note="days 1-7")
    r = "2020-01-20"
    mon, sun, _ = iso_week(d(r) + timedelta(days=7))
    day(f"يصل الوفد [{WD[FRI]} من الأسبوع المقبل]", r, mon + timedelta(days=FRI), f, "next ISO week")
    r = "2017-06-14"
    mon, sun, _ = iso_week(d(r) + timedelta(days=7))
    day(f"تُعلن النتائج [الأسبوع المقبل يوم {WD[FRI]}]", r, mon + timedelta(days=FRI), f, "next ISO week")
    r = "2016-11-09T12:00:00+00:00"
    sat = next_wd(r, SAT)
    span("سنسافر إلى الساحل في [عطلة نهاية الأسبوع]", r, sat, sat + timedelta(days=1), f,
         f"{iso_week(sat)[2]}-WE", "coming Saturday-Sunday")
    r = "2018-03-14T12:00:00+00:00"
    sat = last_wd(r, SAT)
    span("ازدحمت الشواطئ [نهاية الأسبوع الماضي]", r, sat, sat + timedelta(days=1), f,
         f"{iso_week(sat)[2]}-WE", "previous Saturday-Sunday")
    r = "2019-04-17"
    span("يستمر الطقس الماطر [بقية الأسبوع]", r, d(r), iso_week(d(r))[1], f, note="reference day to ISO Sunday")
    r = "2022-06-10"
    span("تتواصل العروض [باقي الشهر]", r, d(r), date(2022, 6, 30), f, note="reference day to month end")
    r = "2017-08-15"
    span("تتوقع الشركة تباطؤ النمو [بقية العام]", r, d(r), date(2017, 12, 31), f, note="reference day to year end")
    r = "2018-05-08"
    span("سيصدر التقرير [في وقت لاحق من هذا الشهر]", r, d(r), date(2018, 5, 31), f,
         note="reference day to month end")
    a, b, v = season(2019, "SU")
    span("نتوقع موجات حر [هذا الصيف]", "2019-05-02", a, b, f, v, "astronomical convention of heldout_time")
    a, b, v = season(2019, "WI")
    span("كان [الشتاء الماضي] الأكثر برودة", "2020-06-10", a, b, f, v)
    a, b, v = season(2016, "FA")
    span("أُطلقت المجموعة في [خريف 2016]", "2017-02-02", a, b, f, v)
    a, b, v = season(2021, "SP")
    span("تراجعت الإصابات في [ربيع 2021]", "2021-08-08", a, b, f, v)
    span("انكمش الاقتصاد في [الربع الأول من 2020]", "2020-06-01", date(2020, 1, 1), date(2020, 3, 31), f, "2020-Q1")
    span("يُتوقع التعافي في [النصف الثاني من العام الجاري]", "2021-03-01", date(2021, 7, 1), date(2021, 12, 31), f,
         "2021-H2")
    r = "2017-05-10"
    a, b, v = iso_week(d(r) - timedelta(days=7))
    span("التقى الوزيران [الأسبوع الماضي]", r, a, b, f, v, "previous ISO week")
    r = "2022-09-14"
    a, b, v = iso_week(d(r))
    span("يزور الرئيس المنطقة [هذا الأسبوع]", r, a, b, f, v, "ISO week")
    span("ستبدأ الامتحانات [الأسبوع الثاني من يناير]", "2024-12-20", date(2025, 1, 8), date(2025, 1, 14), f,
         note="days 8-14, future")
    day(f"يبدأ العام الدراسي [أول {BARE[SUN]} من أيلول]", "2018-08-13", nth_wd(2018, 9, SUN, 1), f)
    r = "2019-09-25"
    day(f"تُعقد الجلسة [ثالث {BARE[TUE]} من الشهر المقبل]", r, nth_wd(2019, 10, TUE, 3), f)
    r = "2022-11-25"
    day(f"افتُتح المعرض [{WD[THU]} الأول من الشهر الجاري]", r, nth_wd(2022, 11, THU, 1), f)
    r = "2021-07-07"
    day(f"يلتقي الفريقان [يوم {WD[MON]} بعد المقبل]", r, next_wd(r, MON) + timedelta(days=7), f,
        "the Monday after the coming one")
    a, b = hmonth(1440, 9)
    day(f"يُختتم الملتقى [آخر {BARE[FRI]} من رمضان]", "2019-05-20", b - timedelta(days=(b.weekday() - FRI) % 7), f,
        "Ramadan 1440 (Umm al-Qura)")
    span("تُعطّل الدوائر [الأسبوع الأخير من ديسمبر]", "2020-12-01", date(2020, 12, 25), date(2020, 12, 31), f,
         note="last seven days")
    span("تراجعت الحركة [الأسبوع الأخير من الشهر الماضي]", "2019-05-15", date(2019, 4, 24), date(2019, 4, 30), f,
         note="last seven days")


def compound():
    f = "compound"
    dur("قضى في السجن [شهراً و21 يوماً]", "2019-01-01", "P1M21D", f)
    dur("استغرق البناء [سنتين وثلاثة أشهر]", "2020-01-01", "P2Y3M", f)
    dur("استمر الاجتماع [ساعة ونصف]", "2021-01-01", "PT1H30M", f)
    dur("دام الإضراب [يومين و6 ساعات]", "2018-01-01", "P2DT6H", f)
    dur("حُكم عليه بالسجن [ثلاث سنوات ونصف]", "2017-10-17", "P3Y6M", f)
    dur("بقي الطريق مغلقاً [أسبوعاً وثلاثة أيام]", "2022-02-02", "P10D", f)
    dur("استمر الخسوف [عشر دقائق و20 ثانية]", "2019-12-26", "PT10M20S", f)
    dur("تأخرت الرحلة [ربع ساعة]", "2023-03-03", "PT15M", f)
    dur("عمل في الخارج [خمسة أعوام وشهرين]", "2016-06-06", "P5Y2M", f)
    dur("استغرقت العملية [ساعتين وربع]", "2020-04-04", "PT2H15M", f)
    dur("مكث في المستشفى [سنة ونصف]", "2015-05-05", "P1Y6M", f)
    r = "2019-03-11"
    day("سيُعلن القرار [بعد أسبوعين من الآن]", r, d(r) + timedelta(days=14), f)
    r = "2017-10-17"
    day("وصل الوفد [قبل يوم أمس]", r, d(r) - timedelta(days=2), f)
    r = "2020-08-05"
    day("تُجرى القرعة [في اليوم الذي بعد الغد]", r, d(r) + timedelta(days=2), f)
    r = "2022-04-13"
    day("انتقل إلى الرياض [قبل عامين]", r, d(r) - relativedelta(years=2), f, "the day two years back")
    r = "2018-12-27"
    day("سيعود السفير [بعد ثلاثة أيام]", r, d(r) + timedelta(days=3), f)
    r = "2016-02-24"
    day("أُطلق سراحه [قبل خمسة أيام]", r, d(r) - timedelta(days=5), f)
    r = "2021-11-30"
    day("بدأت الأزمة [قبل شهر]", r, d(r) - relativedelta(months=1), f, "the day a month back")
    r = "2023-02-15"
    day("يُفتتح المطار [بعد عام وشهرين]", r, d(r) + relativedelta(years=1, months=2), f)
    r = "2024-01-09"
    day("غادر البلاد [قبل 10 سنوات]", r, d(r) - relativedelta(years=10), f, "the day ten years back")
    r = "2019-06-06T10:00:00+03:00"
    clock("تنتهي المهلة [بعد 48 ساعة]", r, at(r, 10, days=2), f)
    r = "2020-09-09T10:00:00+02:00"
    clock("يصل الموكب [بعد ساعتين]", r, at(r, 12), f)
    r = "2015-07-01"
    day("وقع الانفجار [قبل ثلاثة أسابيع]", r, d(r) - timedelta(days=21), f)
    r = "2017-10-17"
    day("تعرّف إليه [قبل عام وأربعة أشهر]", r, d(r) - relativedelta(years=1, months=4), f)
    r = "2020-03-18"
    day("وقع الحادث [قبل أسبوع]", r, d(r) - timedelta(days=7), f)
    r = "2021-08-31"
    day("تُفتتح المدرسة [بعد شهرين]", r, d(r) + relativedelta(months=2), f, "the day two months ahead")
    r = "2022-12-22"
    day("تُستأنف الرحلات [بعد عشرة أيام]", r, d(r) + timedelta(days=10), f)


def clocks():
    f = "clock"
    r = "2019-03-05T09:00:00+03:00"
    clock("تبدأ الجلسة [الساعة الثالثة إلا ربعاً عصراً]", r, at(r, 14, 45), f)
    clock("يُرفع الأذان [الخامسة إلا ثلثاً مساءً]", r, at(r, 16, 40), f)
    clock("يصل القطار [الحادية عشرة وخمس وأربعون دقيقة صباحاً]", r, at(r, 11, 45), f)
    r = "2018-05-20T12:00:00+03:00"
    clock("يلتقي الفريقان [الساعة 8 بعد المغرب]", r, at(r, 20), f)
    clock("تنطلق المسيرة [الساعة 4 بعد العصر]", r, at(r, 16), f)
    r = "2021-10-10T08:00:00+02:00"
    clock("يُعقد المؤتمر الصحفي [الساعة 2 بعد الظهر]", r, at(r, 14), f)
    clock("يُبث البرنامج [الساعة العاشرة ليلاً]", r, at(r, 22), f)
    r = "2022-01-15T20:00:00+01:00"
    clock("انطلقت الحافلات [السادسة صباحاً]", r, at(r, 6), f, "past, same day")
    r = "2023-06-01T08:00:00+03:00"
    clock("تبدأ المباراة [الساعة 14:00 بتوقيت غرينتش]", r, at(r, 17), f, "GMT 14:00 = 17:00 at +03:00")
    r = "2020-07-01T06:00:00+02:00"
    clock("تُفتح البوابات [الساعة 9 صباحاً بتوقيت مكة المكرمة]", r, at(r, 8), f,
          "Mecca +03:00 -> 08:00 at +02:00")
    r = "2019-08-08T12:00:00+04:00"
    clock("يُعلن القرار [الساعة 10 مساءً بتوقيت مكة]", r, at(r, 23), f, "Mecca +03:00 -> 23:00 at +04:00")
    r = "2017-03-03T07:00:00+01:00"
    clock("تنطلق الرحلة [الساعة 12:30 GMT]", r, at(r, 13, 30), f, "13:30 at +01:00")
    r = "2016-04-04T09:00:00+03:00"
    clock("يُعقد اللقاء [الواحدة والنصف بعد الظهر]", r, at(r, 13, 30), f)
    clock("يبدأ الحفل [التاسعة وعشر دقائق مساءً]", r, at(r, 21, 10), f)
    clock("تُغلق المحلات [الرابعة وثلثاً عصراً]", r, at(r, 16, 20), f)
    r = "2024-02-02T18:00:00+03:00"
    clock("وصل الوزير [السابعة والربع صباحاً]", r, at(r, 7, 15), f, "past, same day")
    clock("أُعلنت النتائج [العاشرة إلا خمس دقائق صباحاً]", r, at(r, 9, 55), f, "past, same day")
    r = "2020-11-11T12:00:00+03:00"
    clock("بدأ التصويت [في تمام الساعة التاسعة من صباح اليوم]", r, at(r, 9), f)
    clock("سُمع دوي انفجار [الساعة 3:40 فجراً]", r, at(r, 3, 40), f)
    r = "2019-10-16T12:00:00+03:00"
    x = last_wd(r, FRI)
    clock(f"اندلع الحريق [الثالثة فجر {WD[FRI]}]", r, datetime.combine(x, datetime.min.time()).replace(hour=3), f,
          "past: most recent Friday")
    r = "2021-12-12T11:00:00+02:00"
    clock("اعتُقل [الساعة الثامنة من مساء أمس]", r, at(r, 20, days=-1), f)
    clock("تُستأنف المحادثات [صباح غد الساعة العاشرة]", r, at(r, 10, days=1), f)
    r = "2018-02-02T09:00:00+00:00"
    clock("يبدأ البث [الساعة 17:30 بتوقيت غرينتش]", r, at(r, 17, 30), f)
    r = "2022-10-10T09:00:00+02:00"
    clock("يُفتتح المعرض [الساعة 8 مساءً بتوقيت السعودية]", r, at(r, 19), f, "+03:00 -> 19:00 at +02:00")
    clock("يُرفع أذان [الثانية عشرة ظهراً]", r, at(r, 12), f)
    r = "2023-04-03T09:00:00+03:00"
    x = next_wd(r, THU)
    clock(f"يُعقد الاجتماع [الساعة الخامسة إلا ربعاً مساء {WD[THU]}] المقبل", r,
          datetime.combine(x, datetime.min.time()).replace(hour=16, minute=45), f)
    clock("أُغلق المطار [عند الساعة 06:45]", r, at(r, 6, 45), f, "past, same day")


def spoken():
    f = "spoken"
    r = "2022-05-12"
    day("قال لنا: «بنرجع [بكرة] عالضيعة»", r, d(r) + timedelta(days=1), f, "quote spoken on the reference day")
    day("«بشوفك [بكرا] الصبح»", "2021-03-03", d("2021-03-04"), f)
    day("«[امبارح] ما نمنا من القصف»", "2023-01-04", d("2023-01-03"), f)
    day("«وصلنا [البارحة] بالليل»", "2020-08-08", d("2020-08-07"), f)
    day("«[أول امبارح] انقطعت الكهربا»", "2019-12-12", d("2019-12-10"), f)
    day("«[بعد بكرة] الامتحان»", "2018-06-06", d("2018-06-08"), f)
    for p, r in [("«[هلق] عم نحكي معك من المستشفى»", "2022-05-12"), ("«[الحين] الوضع أحسن»", "2023-01-04"),
                 ("«[دلوقتي] الأسعار نار»", "2021-07-07"), ("«[دابا] كلشي واضح»", "2019-11-18"),
                 ("«[هلأ] ما في شغل»", "2020-02-20")]:
        add(p, r, "DATE", "PRESENT_REF", r, r, f, "now = reference day")
    r = "2022-05-12"
    a, b, v = iso_week(d(r) + timedelta(days=7))
    span("«[الأسبوع الجاي] منسافر»", r, a, b, f, v, "next ISO week")
    month("«[الشهر الجاي] بيخلص المشروع»", "2020-10-20", 2020, 11, f)
    year("«[السنة الجاية] بدي أتجوز»", "2019-04-04", 2020, f)
    month("«من [الشهر الماض] ما قبضنا»", "2021-02-15", 2021, 1, f)
    r = "2018-09-11"
    day(f"«[{WD[FRI]} الجاية] العرس»", r, next_wd(r, FRI), f)
    r = "2017-07-19"
    day(f"«[{WD[SAT]} اللي فات] تلاقينا»", r, last_wd(r, SAT), f)
    day("«[باجر] نطلع البحر»", "2023-01-04", d("2023-01-05"), f, "Gulf")
    day("«[عقب باجر] يوصل الشحن»", "2022-11-27", d("2022-11-29"), f, "Gulf")
    day("«[غدوة] نمشيو للسوق»", "2021-06-15", d("2021-06-16"), f, "Tunisian")
    day("«[البارح] جا الماء»", "2019-11-18", d("2019-11-17"), f, "Maghrebi")
    r = "2019-11-18"
    a, b, v = iso_week(d(r) + timedelta(days=7))
    span("«[السيمانة الجاية] غادي نمشي»", r, a, b, f, v, "Moroccan, next ISO week")
    day("خرج المتظاهرون في [5 جويلية 2019]", "2019-07-20", date(2019, 7, 5), f, "Maghrebi month")
    month("ارتفعت الأسعار في [أوت الماضي]", "2020-10-01", 2020, 8, f)
    month("سجل الميزان التجاري فائضاً في [أفريل 2021]", "2021-06-01", 2021, 4, f)
    day("تنطلق الدورة في [20 جانفي الجاري]", "2023-01-10", date(2023, 1, 20), f)
    month("ينطلق المشروع في [فيفري المقبل]", "2019-12-05", 2020, 2, f)
    month("نُظم المهرجان في [دجنبر 2018]", "2019-03-03", 2018, 12, f, "Moroccan month")
    month("صدر القرار في [غشت الماضي]", "2021-09-15", 2021, 8, f, "Moroccan month")
    month("استقبلت المدينة السياح في [يوليوز 2020]", "2020-09-09", 2020, 7, f, "Moroccan month")
    day("عُقد اللقاء يوم [12 نونبر]", "2019-11-18", date(2019, 11, 12), f, "Moroccan month, past")
    month("تُجرى الانتخابات في [جوان القادم]", "2022-03-03", 2022, 6, f)


def holiday():
    f = "holiday"
    span("ارتفعت الأسعار في [رمضان 2019]", "2019-08-01", *hmonth(1440, 9), f, note="Ramadan 1440")
    day("احتفل المسلمون بـ[عيد الفطر 2020]", "2020-06-01", hijri_in_year(2020, 10, 1), f, "1 Shawwal, Umm al-Qura")
    day("ذبحوا الأضاحي في [عيد الأضحى 2018]", "2018-09-01", hijri_in_year(2018, 12, 10), f, "10 Dhu al-Hijja")
    day("احتفل المسيحيون بـ[عيد الفصح 2021]", "2021-05-01", easter(2021, EASTER_WESTERN), f, "Western Easter")
    day("احتفلت الكنائس الأرثوذكسية بـ[عيد الفصح 2022]", "2022-05-01", easter(2022, EASTER_ORTHODOX), f,
        "Orthodox Easter")
    day("صلوات [الجمعة العظيمة 2024]", "2024-04-01", easter(2024, EASTER_WESTERN) - timedelta(days=2), f,
        "Good Friday, Western")
    day("مسيرة [أحد الشعانين 2019]", "2019-05-01", easter(2019, EASTER_WESTERN) - timedelta(days=7), f,
        "Palm Sunday, Western")
    day("خرجت العائلات إلى الحدائق في [شم النسيم 2023]", "2023-05-01", easter(2023, EASTER_ORTHODOX)
        + timedelta(days=1), f, "Monday after Coptic Easter")
    day("احتفل الأقباط [بعيد القيامة المجيد 2023]", "2023-05-01", easter(2023, EASTER_ORTHODOX), f, "Coptic")
    day("ازدحمت الأسواق قبيل [الكريسماس 2020]", "2021-01-05", date(2020, 12, 25), f)
    day("أُطلقت الألعاب النارية [ليلة رأس السنة 2019]", "2020-01-05", date(2019, 12, 31), f)
    day("عطلة [رأس السنة الهجرية 2019]", "2019-09-10", hijri_in_year(2019, 1, 1), f, "1 Muharram 1441")
    day("وقف الحجاج على جبل عرفات في [يوم عرفة 2021]", "2021-08-01", hijri_in_year(2021, 12, 9), f)
    day("إحياء [عاشوراء 2020]", "2020-09-01", hijri_in_year(2020, 1, 10), f, "10 Muharram 1442")
    day("احتفالات [المولد النبوي 2022]", "2022-11-01", hijri_in_year(2022, 3, 12), f, "12 Rabi I 1444")
    r = "2023-05-05"
    hy, hm, hd = hijri_of(d(r))
    nxt = h(hy, 12, 10) if (hm, hd) < (12, 10) else h(hy + 1, 12, 10)
    day("تستعد الأسر لـ[عيد الأضحى المقبل]", r, nxt, f, "next 10 Dhu al-Hijja")
    day("عطلة [عيد العمال 2020]", "2020-04-20", date(2020, 5, 1), f)
    day("فعاليات [يوم المرأة العالمي 2021]", "2021-03-20", date(2021, 3, 8), f)
    day("ذكرى [يوم الأرض 2018]", "2018-04-01", date(2018, 3, 30), f)
    day("عطلة [رأس السنة الميلادية 2022]", "2021-12-20", date(2022, 1, 1), f)
    day("احتفالات [عيد الأم 2019] في مصر", "2019-03-25", date(2019, 3, 21), f, "21 March in the Arab world")
    day("فعاليات [اليوم الوطني السعودي 2020]", "2020-09-30", date(2020, 9, 23), f)
    r = "2018-07-20"
    hy, hm, hd = hijri_of(d(r))
    prev = h(hy, 10, 1) if (hm, hd) >= (10, 1) else h(hy - 1, 10, 1)
    day("تراجعت المبيعات بعد [عيد الفطر الماضي]", r, prev, f, "most recent 1 Shawwal")
    r = "2021-10-10"
    hy, hm, hd = hijri_of(d(r))
    ny = hy if hm < 9 else hy + 1
    span("تستعد الأسواق لـ[رمضان المقبل]", r, *hmonth(ny, 9), f, note=f"Ramadan {ny}")
    a, b = hmonth(1443, 9)
    span("يعتكف المصلون في [العشر الأواخر من رمضان 2022]", "2022-03-01", h(1443, 9, 21), b, f,
         note="21 Ramadan 1443 to month end")
    r = "2016-01-10"
    e = easter(2016, EASTER_WESTERN)
    day("تستعد الكنائس لـ[عيد الفصح المقبل]", r, e, f, "next Western Easter")


def precision():
    f = "precision"
    sett("يزور المتحف [سنوياً] نحو مليون سائح", "2019-05-05", "P1Y", f)
    sett(f"يصلي في المسجد [كل يوم {BARE[FRI]}]", "2020-02-02", "XXXX-WXX-5", f)
    sett("تجتمع اللجنة [أسبوعياً]", "2021-03-03", "P1W", f)
    sett(f"يُفتح السوق [يوم {WD[SUN]} من كل أسبوع]", "2018-04-04", "XXXX-WXX-7", f)
    sett("تصدر النشرة [شهرياً]", "2017-07-07", "P1M", f)
    sett("يمارس الرياضة [يومياً]", "2016-06-06", "P1D", f)
    sett(f"يحضر الدرس [أيام {WD[THU]}]", "2022-08-08", "XXXX-WXX-4", f, "habitual weekday")
    sett("اعتاد أن يزور أمه [كل يوم أحد]", "2023-01-11", "XXXX-WXX-7", f, "habitual weekday")
    sett(f"يغلق المتحف أبوابه [{WD[MON]} من كل أسبوع]", "2019-09-18", "XXXX-WXX-1", f, "habitual weekday")
    sett("يعود إلى قريته [كل صيف]", "2020-03-03", "XXXX-SU", f)
    dur("عاد إلى بلده [بعد 40 عاماً] أمضاها في المهجر", "2019-10-10", "P40Y", f, "a duration, not a date ahead")
    dur("أُفرج عنه [بعد 27 عاماً] قضاها في السجن", "2015-02-11", "P27Y", f, "a duration, not a date ahead")
    dur("توفي عن [85 عاماً]", "2021-04-04", "P85Y", f, "age")
    dur("بلغ من العمر [سبعين عاماً]", "2018-01-01", "P70Y", f, "age")
    dur("يقيم في المدينة [منذ سنتين]", "2020-12-12", "P2Y", f, "منذ + count alone is a duration")
    add("الشباب [اليوم] لا يقرؤون الصحف", "2022-02-02", "DATE", "PRESENT_REF", "", "", f, "nowadays, not pinned")
    add("تغيرت عادات الناس في [أيامنا هذه]", "2021-01-01", "DATE", "PRESENT_REF", "", "", f, "nowadays")
    day("وصل الوفد في ديسمبر 2019، وفي [3 يناير] وقّع الاتفاق", "2021-02-01", date(2020, 1, 3), f,
        "year carried over and rolled forward")
    day("وقع الزلزال في 12 مارس 2011، وفي [اليوم التالي] بدأت عمليات الإنقاذ", "2017-03-01", date(2011, 3, 13), f,
        "narrative anchor")
    day("اعتُقل في 5 مايو 2015 وأُفرج عنه [بعد يومين]", "2018-06-06", date(2015, 5, 7), f, "narrative anchor")
    year("تخرج في 2004، وفي [العام التالي] التحق بالجيش", "2019-02-02", 2005, f, "narrative anchor")
    day("دخلت القوات المدينة في 9 أبريل 2003، وفي [ذلك اليوم] سقط التمثال", "2013-04-09", date(2003, 4, 9), f,
        "narrative anchor")
    month("افتُتح المصنع في يونيو 2012، وفي [الشهر التالي] بدأ الإنتاج", "2016-01-01", 2012, 7, f,
          "narrative anchor")
    day("انطلقت المفاوضات في 14 فبراير 2016، و[بعد ثلاثة أيام] انهارت", "2020-08-08", date(2016, 2, 17), f,
        "narrative anchor, not the reference")
    dur("استغرقت الرحلة [عشرة أيام]", "2017-11-11", "P10D", f, "a duration")


def ordinary():
    f = "ordinary"
    r = "2019-03-06"
    day("وصل الوزير إلى الرياض [أمس]", r, d(r) - timedelta(days=1), f)
    r = "2020-06-14"
    day(f"يُعقد الاجتماع [اليوم {WD[d(r).weekday()]}]", r, d(r), f)
    r = "2021-09-23"
    x = d(r) - timedelta(days=1)
    part(f"قُتل ثلاثة [مساء أمس {WD[x.weekday()]}]", r, x, "EV", f)
    r = "2018-10-12"
    day(f"أعلنت الحكومة [{WD[TUE]} الماضي]", r, last_wd(r, TUE), f)
    r = "2017-01-25"
    day("تُستأنف المحادثات [بعد غد]", r, d(r) + timedelta(days=2), f)
    r = "2022-03-07"
    day(f"يزور الرئيس عمّان [{WD[THU]} القادم]", r, next_wd(r, THU), f)
    month("تبدأ الانتخابات [الشهر المقبل]", "2016-09-09", 2016, 10, f)
    year("تراجع النمو [العام الماضي]", "2023-02-02", 2022, f)
    r = "2019-12-04"
    a, b, v = iso_week(d(r) + timedelta(days=7))
    span("تُعلن الحكومة [الأسبوع المقبل] خطتها", r, a, b, f, v, "next ISO week")
    r = "2020-01-30"
    part("اندلعت اشتباكات [صباح اليوم]", r, d(r), "MO", f)
    part("شُنّت غارات [فجر اليوم]", "2021-05-11", d("2021-05-11"), "MO", f, "fajr: dawn")
    r = "2015-08-19"
    day("وصل الوفد [أول أمس]", r, d(r) - timedelta(days=2), f)
    r = "2018-01-18"
    x = d(r) + timedelta(days=1)
    day(f"تُفتتح القمة [غداً {WD[x.weekday()]}]", r, x, f)
    day("سأعود [في 15 مارس]", "2017-02-01", date(2017, 3, 15), f, "Recognizers style")
    month("ارتفع التضخم [في مارس الماضي]", "2019-06-06", 2019, 3, f)
    month("تُجرى الانتخابات في [أكتوبر المقبل]", "2021-07-07", 2021, 10, f)
    year("يدخل القانون حيز التنفيذ [السنة المقبلة]", "2018-05-05", 2019, f)
    r = "2024-03-20"
    day(f"التقى الوفدان [يوم {WD[FRI]} الماضي]", r, last_wd(r, FRI), f)
    r = "2016-05-26"
    day(f"تبدأ المحاكمة [{WD[MON]} المقبل]", r, next_wd(r, MON), f)
    day("انطلقت الحملة [يوم 3 من الشهر الجاري]", "2022-10-19", date(2022, 10, 3), f)
    day("بدأ العام الدراسي في [الفاتح من سبتمبر]", "2021-09-10", date(2021, 9, 1), f, "الفاتح = 1st")
    r = "2020-07-22"
    day(f"التقى الرئيس نظيره [{WD[SUN]}] في القاهرة", r, last_wd(r, SUN), f, "bare weekday, past sentence")
    r = "2019-02-17"
    day(f"سيزور الوزير بيروت [{WD[WED]}]", r, next_wd(r, WED), f, "bare weekday, future cue سـ")
    day("تظاهر المئات في [12 يناير الماضي]", "2023-02-20", date(2023, 1, 12), f)
    x = date(2020, 3, 15)
    day(f"أُغلقت المدارس [يوم {WD[x.weekday()]} 15 مارس 2020]", "2020-04-01", x, f)
    part("قصفت الطائرات المنطقة [ظهر أمس]", "2018-11-11", d("2018-11-10"), "MI", f)
    part("يصل الوفد [مساء الغد]", "2023-07-07", d("2023-07-08"), "EV", f)
    year("سجلت الشركة أرباحاً قياسية في [عام 2015]", "2016-03-03", 2015, f)


def negatives():
    for p, r, note in [
        ("نشرت الصحيفة المقال في باب الرأي", "2019-01-01", "باب = section"),
        ("أرسل السفير رسالة إلى الباب العالي", "2018-02-02", "Ottoman court"),
        ("ازدهرت الفنون في عصر النهضة", "2017-03-03", "era"),
        ("نشرت مجلة العصر تحقيقاً مطولاً", "2016-04-04", "magazine name"),
        ("بلغت الخلافة أوجها في العصر العباسي", "2020-05-05", "era"),
        ("فاز الفريق 3-1 على منافسه", "2021-06-06", "score"),
        ("فاز اللاعب 6/4 و7/5", "2022-07-07", "tennis sets"),
        ("حسمت ضربات الجزاء اللقاء 4-3", "2023-08-08", "penalties"),
        ("للاستفسار اتصلوا على الرقم 920012345", "2019-09-09", "phone"),
        ("بلغ سعر اللتر 3.75 ريال", "2018-10-10", "price"),
        ("ارتفع المؤشر بنسبة 12.5%", "2017-11-11", "percentage"),
        ("سجل الهدف في الدقيقة 90", "2016-12-12", "match minute"),
        ("تنص المادة 25 من الدستور على ذلك", "2020-01-13", "article number"),
        ("دعا إلى تطبيق القرار 2254", "2021-02-14", "resolution number"),
        ("يسكن في شقة رقم 12/4", "2022-03-15", "flat number"),
        ("اشترى حذاء بالمقاس 40/42", "2023-04-16", "size"),
        ("افتُتح مقهى في شارع 26 يوليو", "2019-05-17", "street named after a date"),
        ("يقع المصنع في مدينة السادس من أكتوبر", "2018-06-18", "city named after a date"),
        ("اجتمع قادة تحالف 14 آذار", "2017-07-19", "coalition named after a date"),
        ("قرأ الإمام سورة الجمعة", "2016-08-20", "sura name"),
        ("عبرت القافلة صحراء الربع الخالي", "2020-09-21", "place"),
        ("صرح الأمين العام للأمم المتحدة", "2021-10-22", "عام in a title"),
        ("أثار القرار غضب الرأي العام", "2022-11-23", "public opinion"),
        ("نقلت صحيفة اليوم السابع الخبر", "2023-12-24", "newspaper name"),
        ("بثت قناة الغد المقابلة", "2019-01-25", "channel name"),
        ("علماء أهل السنة والجماعة", "2018-02-26", "السنة = Sunna"),
        ("أهداه ساعة يد فاخرة", "2017-03-27", "wristwatch"),
        ("التقط الصورة قرب برج الساعة", "2016-04-28", "clock tower"),
        ("تخرج في جامعة 8 ماي 1945 بقالمة", "2020-05-29", "university name"),
        ("أقيمت المباراة في ملعب 5 جويلية", "2021-06-30", "stadium name"),
        ("نزل الوفد في فندق الفصول الأربعة", "2022-07-01", "hotel name"),
        ("سجّل العقد في الشهر العقاري", "2023-08-02", "Egyptian property registry"),
        ("كتب عن أهوال يوم القيامة", "2019-09-03", "Day of Judgement"),
        ("تأهل الفريق إلى ربع النهائي", "2018-10-04", "quarterfinal"),
        ("خسر المنتخب في نصف النهائي", "2017-11-05", "semifinal"),
        ("يقع المكتب في الطابق 12", "2016-12-06", "floor"),
        ("بلغت درجة الحرارة 30 درجة", "2020-01-07", "temperature"),
        ("عُرض الفيلم في أيام قرطاج السينمائية", "2021-02-08", "festival name"),
        ("نشرت جريدة الأيام التقرير", "2022-03-09", "newspaper name"),
        ("أشعل البوعزيزي شرارة الربيع العربي", "2023-04-10", "movement name"),
        ("سجل اللاعب أحمد جمعة هدفين", "2019-05-11", "person named جمعة"),
        ("يتألق الفنان محمد رمضان في المسلسل", "2018-06-12", "person named رمضان"),
        ("التقى الرئيس رجب طيب أردوغان نظيره", "2017-07-13", "person named رجب"),
        ("استقبل الشيخ صباح الأحمد الوفد", "2016-08-14", "person named صباح"),
        ("غنّى شعبان عبد الرحيم في الحفل", "2020-09-15", "person named شعبان"),
        ("قدّم المدرب علي خميس استقالته", "2021-10-16", "person named خميس"),
        ("ركب الحافلة رقم 9", "2022-11-17", "bus number"),
        ("اجتمعت الجمعية العامة للأمم المتحدة", "2023-12-18", "assembly"),
        ("وصل ساعي البريد متأخراً", "2019-01-19", "postman"),
        ("تضم الحديقة أشجار الجمّيز والسنديان", "2018-02-20", "no time at all"),
        ("حصل على وسام الاستحقاق من الدرجة الأولى", "2017-03-21", "ordinal, not a date"),
    ]:
        none(p, r, note)


def main():
    for fn in (numeric, hijri, ranges, history, weekmonth, compound, clocks, spoken, holiday, precision,
               ordinary, negatives):
        fn()
    with open(HERE / "phrases.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["phrase", "reference", "type", "value", "earliest", "latest", "family", "note"])
        w.writerows(ROWS)
    print(f"{len(ROWS)} rows")


if __name__ == "__main__":
    main()
