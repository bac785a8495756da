"""devtime19 gold: every time expression in 16 short articles, in two parts.

Written for temporal round 25 (issue 10) before the engine was changed: nights and overnight
events told in several outlets' styles (``ليلة`` + a bare weekday, ``ليلة الخميس على الجمعة``,
``ليلة الثلاثاء إلى الأربعاء``, a clock after midnight, ``فجر اليوم الجمعة``, ``ليلة العيد``),
history features (a Hijri date before the Gregorian reform, a late century), interviews in
dialect (Syrian, Egyptian, Tunisian, Lebanese, Moroccan, Kurdish-Iraqi Arabic), sports with
zones (``على الساعة 19:12 بتوقيت سنغافورة``, ``منتصف ليل الأحد بتوقيت تونس``) and church-calendar
pieces (``اثنين الرماد``, ``أحد الشعانين``, ``الجمعة العظيمة``, ``الاثنين النظيف``, ``الأحد الأول من
زمن المجيء``, ``عيد الميلاد``).

Part A (``A``, 8 articles) is the development part; part B (``B``, 8 articles, other stories
and outlets) is scored only at the start and at the end of the round (a measure of transfer).
Row formats are those of tests/devtime9/spec.py:

  timex rows: (doc, surface, occurrence, kind, value, tight, outer, required)
    'date' [earliest, latest] inside outer and overlapping tight; 'duration' (and SETs) by value;
    'vague' optional, never scored, never spurious.
  NEGATIVES_*: (doc, surface, occurrence): any record overlapping one is spurious.

Conventions (those of devtime18, and, settled by temporal round 25): ``ليلة`` + a bare weekday
is left open between the eve and the night of the named day (``ليلة الخميس``: Wednesday 18:00
to Friday 05:59) unless the expression itself decides it (a weekday pair ``ليلة الخميس على
الجمعة``, a clock after midnight): its rows accept either night and the open span (``ni``); a
night the text decides by other words (the headline's ``ليلة الخميس`` over a body's ``ليلة
الخميس على الجمعة``, a night already named) is that night only. ``ليلة العيد``/``ليلة`` + a feast
is the feast's eve. A church feast is the day its church keeps in that year (computed from
Easter, Western or Orthodox as the piece says; in 2025 both fell on 20 April). A clock with a
zone keeps its wall-clock day and time. A weekday after a past verb of watching or winning is
the past one.
"""

import datetime as _dt


def D(a, b=None):
    """A closed day interval; one day when `b` is omitted."""
    return (a, b or a)


def d(doc, s, value, a, b=None, occ=1, req=True, outer=None):
    return (doc, s, occ, "date", value, D(a, b), outer or D(a, b), req)


def du(doc, s, value, occ=1, req=True):
    return (doc, s, occ, "duration", value, None, None, req)


def v(doc, s, value, occ=1):
    return (doc, s, occ, "vague", value, None, None, False)


def _shift(day, n):
    return (_dt.date.fromisoformat(day) + _dt.timedelta(days=n)).isoformat()


def ni(doc, s, named, occ=1):
    """``ليلة`` + a bare weekday the text leaves open: the eve (the day before ``named``) or the
    night of ``named``; the open span (eve 18:00 to the day after 05:59) is right too."""
    return (doc, s, occ, "date", f"{named}TNI", D(_shift(named, -1), named),
            D(_shift(named, -1), _shift(named, 1)), True)


def night(doc, s, first, occ=1):
    """The night from ``first`` 18:00 to the next day's 05:59, decided by the text."""
    return (doc, s, occ, "date", f"{first}TNI", D(first, _shift(first, 1)), D(first, _shift(first, 1)), True)


PUBLISHED_A = {
    "a01_ae_perseids": "2025-08-11",
    "a02_iq_sulaymaniyah": "2025-08-22",
    "a03_qa_zallaqa": "2025-10-23",
    "a04_sy_marelias": "2025-06-24",
    "a05_tn_jaouadi": "2025-08-03",
    "a06_lb_lent": "2025-03-03",
    "a07_sy_beitjinn": "2025-11-29",
    "a08_eg_menoufia": "2025-06-29",
}

PUBLISHED_B = {
    "b01_ru_kamchatka": "2025-07-30",
    "b02_tn_flotilla": "2025-09-10",
    "b03_jo_arabrevolt": "2025-06-10",
    "b04_lb_rahbani": "2025-07-27",
    "b05_eg_cafawards": "2025-11-20",
    "b06_lb_popeleo": "2025-11-29",
    "b07_ma_genz": "2025-10-02",
    "b08_lb_dahiyeh": "2025-06-06",
}

PE, SL, ZL, ME, JW, LE, BJ, MN = ("a01_ae_perseids", "a02_iq_sulaymaniyah", "a03_qa_zallaqa", "a04_sy_marelias",
                                  "a05_tn_jaouadi", "a06_lb_lent", "a07_sy_beitjinn", "a08_eg_menoufia")

A = [
    # a01 Al-Bayan, Monday 11 August 2025: a meteor shower's peak night, a clock after midnight
    night(PE, "ليلة الثلاثاء إلى الأربعاء", "2025-08-12"),
    night(PE, "ليلة الثلاثاء إلى الأربعاء", "2025-08-12", occ=2),
    d(PE, "اليوم الاثنين", "2025-08-11", "2025-08-11"),
    d(PE, "17 يوليو الماضي", "2025-07-17", "2025-07-17"),
    d(PE, "24 أغسطس الجاري", "2025-08-24", "2025-08-24"),
    v(PE, "بعد منتصف الليل", "2025-08-13T00:00"),
    d(PE, "الساعة الرابعة والنصف فجرا بتوقيت الإمارات", "2025-08-13T04:30", "2025-08-13"),
    night(PE, "ليلة الثلاثاء", "2025-08-12", occ=3),
    d(PE, "مساء الثلاثاء 12 أغسطس", "2025-08-12TEV", "2025-08-12"),
    d(PE, "الساعة العاشرة مساء حتى الثالثة فجرا", "2025-08-12T22:00/2025-08-13T03:00", "2025-08-12", "2025-08-13"),
    d(PE, "أغسطس 2024", "2024-08", "2024-08-01", "2024-08-31"),
    d(PE, "ليلة 14 ديسمبر الماضي", "2024-12-14TNI", "2024-12-14", outer=D("2024-12-14", "2024-12-15")),
    # a02 Rudaw, Friday 22 August 2025: overnight clashes, the headline's night decided by the body
    night(SL, "ليلة الخميس", "2025-08-21"),
    night(SL, "ليلة الخميس على الجمعة", "2025-08-21"),
    d(SL, "الساعة الواحدة بعد منتصف الليل", "2025-08-22T01:00", "2025-08-22"),
    v(SL, "ساعات الصباح الأولى", "2025-08-22TMO"),
    d(SL, "فجر اليوم الجمعة", "2025-08-22TMO", "2025-08-22"),
    v(SL, "الساعة وحدة بالليل", "2025-08-22T01:00"),
    v(SL, "الصبح", "2025-08-22TMO"),
    d(SL, "اليوم", "2025-08-22", "2025-08-22", occ=2),
    d(SL, "مساء أمس الخميس", "2025-08-21TEV", "2025-08-21"),
    du(SL, "نحو أربع سنوات", "P4Y", req=False),
    d(SL, "تموز 2021", "2021-07", "2021-07-01", "2021-07-31"),
    # a03 Al Jazeera Net, Thursday 23 October 2025: a history feature, a Hijri date of 1086
    d(ZL, "قبل 939 عاما", "1086-10-23", "1086-10-23", outer=D("1086-07-23", "1087-01-23")),
    v(ZL, "هذا اليوم", "2025-10-23"),
    d(ZL, "23 أكتوبر 1086", "1086-10-23", "1086-10-23"),
    d(ZL, "يوم الجمعة 12 رجب 479هـ", "1086-10-23", "1086-10-23", "1086-10-29"),
    # the Friday and Thursday of the Hijri date: on the Julian day the text writes (23 October) or on
    # the proleptic Gregorian day the engine converts 12 Rajab 479 to (29 October), as devtime18
    d(ZL, "فجر الجمعة", "1086-10-23TMO", "1086-10-23", "1086-10-29"),
    d(ZL, "ليلة الخميس", "1086-10-22TNI", "1086-10-21", "1086-10-28", outer=D("1086-10-21", "1086-10-29")),
    d(ZL, "مايو 1085", "1085-05", "1085-05-01", "1085-05-31"),
    v(ZL, "صيف سنة 479هـ", "1086-SU"),
    v(ZL, "قبل غروب الشمس", "1086-10-23TEV"),
    du(ZL, "نحو أربعة قرون", "P400Y", req=False),
    d(ZL, "عام 1492", "1492", "1492-01-01", "1492-12-31"),
    d(ZL, "أواخر القرن الخامس عشر", "14", "1467-01-01", "1499-12-31", outer=D("1450-01-01", "1499-12-31")),
    # a04 Enab Baladi, Tuesday 24 June 2025: a church bombing, Syrian speech
    d(ME, "مساء الأحد 22 حزيران", "2025-06-22TEV", "2025-06-22"),
    d(ME, "الساعة السادسة والنصف مساء", "2025-06-22T18:30", "2025-06-22"),
    d(ME, "يوم الأحد", "2025-06-22", "2025-06-22"),
    v(ME, "هلق", "PRESENT_REF"),
    d(ME, "أول مبارح", "2025-06-22", "2025-06-22"),
    d(ME, "بكرا", "2025-06-25", "2025-06-25"),
    d(ME, "ظهر أمس الاثنين", "2025-06-23TMI", "2025-06-23"),
    du(ME, "ثلاثة أيام", "P3D"),
    d(ME, "8 كانون الأول 2024", "2024-12-08", "2024-12-08"),
    # a05 Mosaique FM, Sunday 3 August 2025: a swimming final abroad, zones, a past Tuesday
    d(JW, "اليوم الأحد", "2025-08-03", "2025-08-03"),
    d(JW, "اليوم الأحد", "2025-08-03", "2025-08-03", occ=2),
    d(JW, "الساعة 19:12 بتوقيت سنغافورة", "2025-08-03T19:12", "2025-08-03"),
    d(JW, "الثانية عشرة و12 دقيقة ظهرا بتوقيت تونس", "2025-08-03T12:12", "2025-08-03"),
    d(JW, "أمس السبت", "2025-08-02", "2025-08-02"),
    d(JW, "الثلاثاء", "2025-07-29", "2025-07-29", occ=1),
    du(JW, "7 دقائق و36.88 ثانية", "PT7M36.88S", req=False),
    d(JW, "عام 2013", "2013", "2013-01-01", "2013-12-31"),
    ni(JW, "ليلة الثلاثاء", "2025-07-29"),
    d(JW, "منتصف ليل الأحد بتوقيت تونس", "2025-08-03T24:00", "2025-08-03", "2025-08-04"),
    d(JW, "الثلاثاء المقبل", "2025-08-05", "2025-08-05"),
    # a06 An-Nahar, Monday 3 March 2025: Lent begins, church feasts of 2025
    d(LE, "اليوم", "2025-03-03", "2025-03-03"),
    d(LE, "اثنين الرماد", "2025-03-03", "2025-03-03"),
    d(LE, "اليوم الاثنين", "2025-03-03", "2025-03-03"),
    d(LE, "اثنين الرماد", "2025-03-03", "2025-03-03", occ=2),
    d(LE, "السادسة مساء", "2025-03-03T18:00", "2025-03-03"),
    du(LE, "أربعين يوما", "P40D"),
    d(LE, "أحد الشعانين", "2025-04-13", "2025-04-13"),
    d(LE, "الجمعة العظيمة", "2025-04-18", "2025-04-18"),
    d(LE, "عيد الفصح في 20 نيسان", "2025-04-20", "2025-04-20"),
    d(LE, "هذا العام", "2025", "2025-01-01", "2025-12-31"),
    d(LE, "عام 2017", "2017", "2017-01-01", "2017-12-31"),
    d(LE, "عام 2028", "2028", "2028-01-01", "2028-12-31"),
    d(LE, "الأحد الماضي", "2025-03-02", "2025-03-02"),
    d(LE, "اليوم", "2025-03-03", "2025-03-03", occ=3),
    d(LE, "الاثنين النظيف", "2025-03-03", "2025-03-03"),
    v(LE, "كل سنة", "P1Y"),
    v(LE, "عيد الفصح", "XXXX-EASTER", occ=2),
    d(LE, "هالسنة", "2025", "2025-01-01", "2025-12-31"),
    # a07 Al-Watan (Syria), Saturday 29 November 2025: a raid at dawn, an open night before it
    d(BJ, "فجر الجمعة", "2025-11-28TMO", "2025-11-28"),
    d(BJ, "فجر أمس الجمعة", "2025-11-28TMO", "2025-11-28"),
    d(BJ, "الساعة الثالثة فجرا", "2025-11-28T03:00", "2025-11-28"),
    v(BJ, "ساعات الصباح", "2025-11-28TMO"),
    ni(BJ, "ليلة الخميس", "2025-11-27"),
    d(BJ, "التاسعة صباحا", "2025-11-28T09:00", "2025-11-28"),
    d(BJ, "صباح أمس", "2025-11-28TMO", "2025-11-28"),
    d(BJ, "مساء أمس", "2025-11-28TEV", "2025-11-28"),
    d(BJ, "كانون الأول 2024", "2024-12", "2024-12-01", "2024-12-31"),
    d(BJ, "اليوم السبت", "2025-11-29", "2025-11-29"),
    # a08 Masrawy, Sunday 29 June 2025: a crash at dawn, Egyptian speech
    d(MN, "صباح الجمعة الماضي", "2025-06-27TMO", "2025-06-27"),
    d(MN, "الساعة الخامسة والنصف فجرا", "2025-06-27T05:30", "2025-06-27"),
    d(MN, "الساعة أربعة الفجر يوم الجمعة", "2025-06-27T04:00", "2025-06-27"),
    d(MN, "إمبارح", "2025-06-28", "2025-06-28"),
    d(MN, "النهارده", "2025-06-29", "2025-06-29"),
    d(MN, "بكرة", "2025-06-30", "2025-06-30"),
    d(MN, "أمس السبت", "2025-06-28", "2025-06-28"),
    du(MN, "أربعة أيام", "P4D"),
    d(MN, "خلال الشهر المقبل", "2025-07", "2025-07-01", "2025-07-31", outer=D("2025-06-29", "2025-07-31")),
]

NEGATIVES_A = [
    (PE, "60 شهابا في الساعة", 1), (PE, "400 شخص", 1), (SL, "حتى إشعار آخر", 1), (ZL, "بضع مئات", 1),
    (ZL, "بعشرات الآلاف", 1), (ME, "25 شخصا", 1), (JW, "1500 متر", 1), (JW, "800 متر", 1),
    (LE, "أول يوم", 1), (BJ, "13 شهيدا", 1), (BJ, "ستة من جنوده", 1), (MN, "18 فتاة", 1),
]

KM, FL, AR, ZR, CA, PL, GZ, DH = ("b01_ru_kamchatka", "b02_tn_flotilla", "b03_jo_arabrevolt", "b04_lb_rahbani",
                                  "b05_eg_cafawards", "b06_lb_popeleo", "b07_ma_genz", "b08_lb_dahiyeh")

B = [
    # b01 Al-Arabiya.net, Wednesday 30 July 2025: an earthquake at dawn Mecca time, local clocks
    d(KM, "فجر الأربعاء", "2025-07-30TMO", "2025-07-30"),
    d(KM, "فجر اليوم الأربعاء بتوقيت مكة", "2025-07-30TMO", "2025-07-30"),
    d(KM, "الساعة 11:24 صباحا بالتوقيت المحلي", "2025-07-30T11:24", "2025-07-30"),
    d(KM, "عام 1952", "1952", "1952-01-01", "1952-12-31"),
    d(KM, "20 يوليو الجاري", "2025-07-20", "2025-07-20"),
    d(KM, "مساء الثلاثاء بالتوقيت المحلي", "2025-07-29TEV", "2025-07-29"),
    d(KM, "ظهر اليوم", "2025-07-30TMI", "2025-07-30"),
    v(KM, "خلال الأيام المقبلة", "FUTURE_REF"),
    # b02 Assabah News, Wednesday 10 September 2025: boats hit at night, Tunisian speech
    night(FL, "ليلة الثلاثاء إلى الأربعاء", "2025-09-09"),
    v(FL, "بعد ساعات", "2025-09-09"),
    ni(FL, "ليلة الاثنين", "2025-09-08"),
    d(FL, "الساعة الحادية عشرة ليلا", "2025-09-09T23:00", "2025-09-09"),
    d(FL, "البارح", "2025-09-09", "2025-09-09", outer=D("2025-09-09", "2025-09-10")),
    v(FL, "بعد دقيقة", "PT1M"),
    d(FL, "نهار الأحد", "2025-09-14", "2025-09-14"),
    d(FL, "صباح الثلاثاء", "2025-09-09TMO", "2025-09-09"),
    d(FL, "يوم الأحد 14 سبتمبر", "2025-09-14", "2025-09-14"),
    v(FL, "بداية الشهر", "2025-09"),
    # b03 Al-Rai, Tuesday 10 June 2025: an anniversary, a Hijri pair of 1916
    d(AR, "اليوم", "2025-06-10", "2025-06-10"),
    d(AR, "اليوم الثلاثاء", "2025-06-10", "2025-06-10"),
    d(AR, "التاسع من شعبان 1334هـ", "1916-06-10", "1916-06-10"),
    d(AR, "10 حزيران 1916", "1916-06-10", "1916-06-10"),
    d(AR, "9 حزيران 1999", "1999-06-09", "1999-06-09"),
    du(AR, "نحو عامين", "P2Y", req=False),
    d(AR, "الأول من تشرين الأول 1918", "1918-10-01", "1918-10-01"),
    d(AR, "صباح اليوم", "2025-06-10TMO", "2025-06-10"),
    d(AR, "مساء غد الأربعاء", "2025-06-11TEV", "2025-06-11"),
    d(AR, "طوال الأسبوع", "2025-W24", "2025-06-09", "2025-06-15", req=False, outer=D("2025-06-07", "2025-06-15")),
    # b04 Al-Modon, Sunday 27 July 2025: a death and a funeral, Lebanese speech
    d(ZR, "صباح أمس السبت", "2025-07-26TMO", "2025-07-26"),
    du(ZR, "69 عاما", "P69Y", req=False),
    d(ZR, "بعد غد الاثنين", "2025-07-28", "2025-07-28"),
    d(ZR, "الرابعة بعد الظهر", "2025-07-28T16:00", "2025-07-28"),
    v(ZR, "صباحا", "2025-07-28TMO"),
    d(ZR, "مساء أمس", "2025-07-26TEV", "2025-07-26"),
    d(ZR, "مبارح الصبح", "2025-07-26TMO", "2025-07-26"),
    ni(ZR, "ليلة السبت", "2025-07-26"),
    d(ZR, "السبعينات", "197", "1970-01-01", "1979-12-31"),
    d(ZR, "بكرا", "2025-07-28", "2025-07-28"),
    d(ZR, "الأول من كانون الثاني 1956", "1956-01-01", "1956-01-01"),
    d(ZR, "عام 1973", "1973", "1973-01-01", "1973-12-31"),
    d(ZR, "آب 2018", "2018-08", "2018-08-01", "2018-08-31"),
    # b05 Al-Ahram, Thursday 20 November 2025: an awards night, zones
    d(CA, "عام 2025", "2025", "2025-01-01", "2025-12-31"),
    d(CA, "مساء أمس الأربعاء", "2025-11-19TEV", "2025-11-19"),
    d(CA, "عام 1998", "1998", "1998-01-01", "1998-12-31"),
    d(CA, "الثامنة مساء بتوقيت الرباط", "2025-11-19T20:00", "2025-11-19"),
    d(CA, "التاسعة بتوقيت القاهرة", "2025-11-19T21:00", "2025-11-19"),
    du(CA, "نحو ثلاث ساعات", "PT3H", req=False),
    d(CA, "31 مايو الماضي", "2025-05-31", "2025-05-31"),
    d(CA, "21 ديسمبر المقبل", "2025-12-21", "2025-12-21"),
    d(CA, "مطلع الشهر الجاري", "2025-11", "2025-11-01", "2025-11-10", outer=D("2025-11-01", "2025-11-15")),
    # b06 Al-Joumhouria, Saturday 29 November 2025: a pope's visit, the first Sunday of Advent
    d(PL, "غدا", "2025-11-30", "2025-11-30"),
    d(PL, "بعد ظهر غد الأحد 30 تشرين الثاني", "2025-11-30TAF", "2025-11-30"),
    d(PL, "أيلول 2012", "2012-09", "2012-09-01", "2012-09-30"),
    d(PL, "الأحد الأول من زمن المجيء", "2025-11-30", "2025-11-30"),
    d(PL, "يوم الاثنين", "2025-12-01", "2025-12-01"),
    v(PL, "مساء", "2025-12-01TEV"),
    d(PL, "صباح الثلاثاء 2 كانون الأول", "2025-12-02TMO", "2025-12-02"),
    v(PL, "ظهرا", "2025-12-02TMI"),
    du(PL, "شهرين", "P2M"),
    ni(PL, "ليلة الأحد", "2025-11-30"),
    d(PL, "أيار 1997", "1997-05", "1997-05-01", "1997-05-31"),
    v(PL, "قبل أسابيع من عيد الميلاد", "2025-12"),
    d(PL, "عيد الميلاد", "2025-12-25", "2025-12-25"),
    # b07 Alyaoum24, Thursday 2 October 2025: night protests, Moroccan speech
    ni(GZ, "ليلة الأربعاء", "2025-10-01"),
    d(GZ, "صباح اليوم الخميس", "2025-10-02TMO", "2025-10-02"),
    d(GZ, "السبت 27 شتنبر", "2025-09-27", "2025-09-27"),
    d(GZ, "البارح", "2025-10-01", "2025-10-01", outer=D("2025-10-01", "2025-10-02")),
    v(GZ, "العشية", "2025-10-01TAF"),
    v(GZ, "الوحدة ديال الليل", "2025-10-02T01:00"),
    d(GZ, "نهار السبت", "2025-10-04", "2025-10-04"),
    night(GZ, "ليلة الثلاثاء إلى الأربعاء", "2025-09-30"),
    v(GZ, "بداية الاحتجاجات", "2025-09-27"),
    d(GZ, "مساء اليوم", "2025-10-02TEV", "2025-10-02"),
    # b08 Al-Akhbar, Friday 6 June 2025: strikes on the eve of a feast
    d(DH, "ليلة العيد", "2025-06-05TNI", "2025-06-05", outer=D("2025-06-05", "2025-06-06")),
    d(DH, "ليلة عيد الأضحى", "2025-06-05TNI", "2025-06-05", outer=D("2025-06-05", "2025-06-06")),
    d(DH, "الساعة العاشرة والنصف ليل أمس الخميس", "2025-06-05T22:30", "2025-06-05"),
    v(DH, "ما بعد منتصف الليل", "2025-06-06T00:00"),
    v(DH, "الساعة تسعة ونص", "2025-06-05T21:30"),
    v(DH, "هلق", "PRESENT_REF"),
    d(DH, "27 تشرين الثاني الماضي", "2024-11-27", "2024-11-27"),
    d(DH, "عيد الأضحى", "2025-06-06", "2025-06-06", occ=2),
    d(DH, "صباح اليوم الجمعة", "2025-06-06TMO", "2025-06-06"),
    v(DH, "بعد عطلة العيد", "2025-06"),
]

NEGATIVES_B = [
    (KM, "20 كيلومترا", 1), (KM, "مليوني شخص", 1), (FL, "مرتين", 1), (AR, "الذكرى التاسعة بعد المئة", 1),
    (AR, "الحرب العالمية الأولى", 1), (ZR, "سيدة ستينية", 1), (CA, "المرة الأولى", 1), (PL, "لاوون الرابع عشر", 1),
    (PL, "لاوون الرابع عشر", 2), (PL, "بنديكتوس السادس عشر", 1), (GZ, "جيل زد 212", 1), (GZ, "لليلة الخامسة", 1),
    (GZ, "أكثر من 400 شخص", 1), (DH, "أربعة مبان", 1),
]

DEVTIME19_A = dict(timex=A, clusters={}, events=[], diff=[], before=[])
DEVTIME19_B = dict(timex=B, clusters={}, events=[], diff=[], before=[])
