"""devtime20 gold: every time expression in 16 short articles, in two parts.

Written for temporal round 26 (issue 10) before the engine was changed: overnight events told
with their zones (a hurricane, a tower fire, an earthquake, a rocket launch: ``الساعة 14:51
بالتوقيت المحلي (06:51 بتوقيت غرينتش)``, ``في الليلة ذاتها``/``في الليلة نفسها`` for the night of
the day in focus, a bare ``في المساء`` of that day), history features (Ridaniya 1517 with a
Hijri month, Lisbon 1755 on All Saints' Day), interviews in dialect (Lebanese, Gulf, Tunisian,
Moroccan, Iraqi), schedules (a meteor shower's sessions, a metro's feast hours, games) and
church-calendar pieces (the Feast of the Cross and its eve, Easter computed in years when the
Western and Eastern dates differ, Christmas Eve), compound durations and offsets (``نحو
شهرين و20 يوما``, ``شهر و21 يوم``, ``قبل نحو سنة وأربعة أشهر``) and editions of games named by
their year (``دورة 2024``).

Part A (``A``, 8 articles) is the development part; part B (``B``, 8 articles, other stories
and outlets) is scored only at the start and at the end of the round (a measure of transfer).
Row formats are those of tests/devtime9/spec.py:

  timex rows: (doc, surface, occurrence, kind, value, tight, outer, required)
    'date' [earliest, latest] inside outer and overlapping tight; 'duration' (and SETs) by value;
    'vague' optional, never scored, never spurious.
  NEGATIVES_*: (doc, surface, occurrence): any record overlapping one is spurious.

Conventions (those of devtime19, and, for this set): ``في الليلة ذاتها``/``نفسها`` is the night
of the day in focus (the night that follows it, ``night()``); a bare ``في المساء`` is the evening
of the day in focus; a clock with a zone keeps its wall-clock day and time in that zone (``22:00
بتوقيت غرينتش`` beside ``الثانية فجرا بتوقيت الإمارات`` of the 14th is the 13th); ``ليلة العيد``/
``ليلة`` + a feast is the eve of the feast in focus (the Cross too, not only the Islamic feasts);
a church feast with no date is the day its church keeps that year (``عيد الفصح الشرقي``, computed
from the Julian computus; ``الجمعة العظيمة`` of a Maronite piece, Western); ``دورة`` + a year is
the games of that year (the games' dates tight, the year outer); a count after ``قبل`` is a point
(the month it falls in, ``قبل نحو سنة وأربعة أشهر``); a clock with no day after a night or a
stretch's start takes the night's day (``الرابعة فجرا`` after ``مساء السبت 13 ديسمبر في الثامنة
مساء``: the 14th).
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
    "a01_jm_melissa": "2025-10-29",
    "a02_sy_maaloula": "2025-09-14",
    "a03_tr_ridaniya": "2025-01-22",
    "a04_lb_fairuz": "2024-11-21",
    "a05_ae_geminids": "2025-12-12",
    "a06_hk_taipo": "2025-11-27",
    "a07_sa_usyk": "2024-05-19",
    "a08_tn_katoussi": "2025-08-09",
}

PUBLISHED_B = {
    "b01_af_kunar": "2025-09-01",
    "b02_lb_bkerke": "2024-04-01",
    "b03_pt_lisbon": "2025-11-01",
    "b04_ma_mawazine": "2025-06-21",
    "b05_ae_metroeid": "2025-03-28",
    "b06_us_starship": "2025-08-27",
    "b07_iq_christmas": "2025-12-25",
    "b08_sa_solidarity": "2025-11-22",
}

ML, MA, RD, FR, GM, TP, US, KT = ("a01_jm_melissa", "a02_sy_maaloula", "a03_tr_ridaniya", "a04_lb_fairuz",
                                  "a05_ae_geminids", "a06_hk_taipo", "a07_sa_usyk", "a08_tn_katoussi")

A = [
    # a01 Sky News Arabia, Wednesday 29 October 2025: a hurricane's landfall, zones, the night of the day in focus
    d(ML, "فجر الأربعاء", "2025-10-29TMO", "2025-10-29"),
    d(ML, "ظهر أمس الثلاثاء", "2025-10-28TMI", "2025-10-28"),
    d(ML, "الساعة الواحدة بعد الظهر بالتوقيت المحلي", "2025-10-28T13:00", "2025-10-28"),
    d(ML, "18:00 بتوقيت غرينتش", "2025-10-28T18:00", "2025-10-28"),
    d(ML, "عام 1851", "1851", "1851-01-01", "1851-12-31"),
    night(ML, "الليلة ذاتها", "2025-10-28"),
    d(ML, "الساعة الثالثة فجر اليوم الأربعاء بالتوقيت المحلي", "2025-10-29T03:00", "2025-10-29"),
    d(ML, "السابعة صباحا بتوقيت غرينتش", "2025-10-29T07:00", "2025-10-29"),
    d(ML, "مساء السبت الماضي", "2025-10-25TEV", "2025-10-25"),
    d(ML, "صباح الأحد", "2025-10-26TMO", "2025-10-26"),
    du(ML, "يومين ونصف", "P2DT12H"),
    d(ML, "مساء الأربعاء", "2025-10-29TEV", "2025-10-29"),
    d(ML, "بحلول الجمعة", "2025-10-31", "2025-10-31"),
    d(ML, "عام 1988", "1988", "1988-01-01", "1988-12-31"),
    # a02 SANA, Sunday 14 September 2025: the eve of the Feast of the Cross, Easter computed for 2026
    night(MA, "ليلة عيد الصليب", "2025-09-13"),
    d(MA, "مساء أمس السبت", "2025-09-13TEV", "2025-09-13"),
    night(MA, "ليلة عيد الصليب", "2025-09-13", occ=2),
    d(MA, "القرن الرابع الميلادي", "03", "0300-01-01", "0399-12-31"),
    d(MA, "الساعة السابعة مساء", "2025-09-13T19:00", "2025-09-13"),
    v(MA, "بعد غروب الشمس", "2025-09-13TEV"),
    v(MA, "ساعات الفجر", "2025-09-14TMO"),
    v(MA, "الرابع عشر من أيلول من كل عام", "XXXX-09-14"),
    d(MA, "اليوم الأحد", "2025-09-14", "2025-09-14"),
    night(MA, "ليلة العيد", "2025-09-13"),
    d(MA, "هذا العام", "2025", "2025-01-01", "2025-12-31"),
    d(MA, "عام 2010", "2010", "2010-01-01", "2010-12-31"),
    d(MA, "عيد الميلاد", "2025-12-25", "2025-12-25"),
    d(MA, "عيد الفصح في 20 نيسان الماضي", "2025-04-20", "2025-04-20"),
    d(MA, "العام المقبل", "2026", "2026-01-01", "2026-12-31"),
    d(MA, "5 نيسان", "2026-04-05", "2026-04-05"),
    d(MA, "عيد الفصح الشرقي", "2026-04-12", "2026-04-12"),
    v(MA, "بعد أسبوع", "2026-04-12"),
    # a03 TRT Arabic, Wednesday 22 January 2025: a history feature, a Hijri month of 1517
    d(RD, "اليوم الأربعاء", "2025-01-22", "2025-01-22"),
    d(RD, "22 يناير 1517", "1517-01-22", "1517-01-22"),
    v(RD, "خلال ساعات", "PTXH"),
    d(RD, "24 أغسطس 1516", "1516-08-24", "1516-08-24"),
    v(RD, "بعد أيام", "1517-01"),
    du(RD, "شهرين و20 يوما", "P2M20D"),
    d(RD, "13 أبريل 1517", "1517-04-13", "1517-04-13"),
    du(RD, "قرنين ونصف", "P250Y", req=False),
    # late Dhu al-Hijja 922: 14-23 January 1517 (Julian), 24 January-2 February (proleptic Gregorian)
    d(RD, "أواخر ذي الحجة سنة 922هـ", "1517-01", "1517-01-14", "1517-02-02", outer=D("1516-12-25", "1517-02-05")),
    d(RD, "سبتمبر من العام نفسه", "1517-09", "1517-09-01", "1517-09-30"),
    d(RD, "مطلع القرن العشرين", "19", "1900-01-01", "1914-12-31", outer=D("1900-01-01", "1933-12-31")),
    # a04 Lebanon 24, Thursday 21 November 2024: a birthday, Lebanese speech, a spoken-future night
    d(FR, "اليوم الخميس", "2024-11-21", "2024-11-21"),
    d(FR, "21 تشرين الثاني 1934", "1934-11-21", "1934-11-21"),
    d(FR, "مساء أمس", "2024-11-20TEV", "2024-11-20"),
    d(FR, "منتصف الليل", "2024-11-20T24:00", "2024-11-20", "2024-11-21"),
    d(FR, "مبارح", "2024-11-20", "2024-11-20"),
    d(FR, "بكرا", "2024-11-22", "2024-11-22"),
    night(FR, "الجمعة بالليل", "2024-11-22"),
    v(FR, "الصبح", "2024-11-21TMO"),
    v(FR, "كل سنة", "P1Y"),
    d(FR, "صيف 1957", "1957-SU", "1957-06-01", "1957-09-30"),
    d(FR, "عام 2011", "2011", "2011-01-01", "2011-12-31"),
    d(FR, "ثمانية أسابيع", "P8W", "2024-11-18", outer=D("2024-11-14", "2024-11-21")),
    d(FR, "23 أيلول الماضي", "2024-09-23", "2024-09-23"),
    # a05 Al-Khaleej, Friday 12 December 2025: a meteor shower's sessions, a GMT clock of the eve
    d(GM, "مساء السبت", "2025-12-13TEV", "2025-12-13"),
    night(GM, "ليلة السبت على الأحد", "2025-12-13"),
    d(GM, "اليوم الجمعة", "2025-12-12", "2025-12-12"),
    d(GM, "4 ديسمبر الجاري", "2025-12-04", "2025-12-04"),
    d(GM, "20 ديسمبر", "2025-12-20", "2025-12-20"),
    d(GM, "الساعة الثانية فجرا بتوقيت الإمارات", "2025-12-14T02:00", "2025-12-14"),
    d(GM, "22:00 بتوقيت غرينتش", "2025-12-13T22:00", "2025-12-13"),
    d(GM, "مساء السبت 13 ديسمبر", "2025-12-13TEV", "2025-12-13"),
    d(GM, "الثامنة مساء", "2025-12-13T20:00", "2025-12-13"),
    d(GM, "الرابعة فجرا", "2025-12-14T04:00", "2025-12-14"),
    d(GM, "صباح الأحد", "2025-12-14TMO", "2025-12-14"),
    night(GM, "الليلة ذاتها", "2025-12-13"),
    d(GM, "ظهر الغد", "2025-12-13TMI", "2025-12-13"),
    v(GM, "بعد منتصف الليل", "2025-12-14T00:00"),
    d(GM, "هذا العام", "2025", "2025-01-01", "2025-12-31"),
    d(GM, "ديسمبر 2024", "2024-12", "2024-12-01", "2024-12-31"),
    d(GM, "ليلة 22 ديسمبر", "2025-12-22TNI", "2025-12-22", outer=D("2025-12-22", "2025-12-23")),
    d(GM, "يوم السبت 10 يناير المقبل", "2026-01-10", "2026-01-10"),
    # a06 Asharq Al-Awsat, Thursday 27 November 2025: a tower fire overnight, zones, a compound offset
    d(TP, "بعد ظهر أمس الأربعاء", "2025-11-26TAF", "2025-11-26"),
    d(TP, "الساعة 14:51 بالتوقيت المحلي", "2025-11-26T14:51", "2025-11-26"),
    d(TP, "06:51 بتوقيت غرينتش", "2025-11-26T06:51", "2025-11-26"),
    night(TP, "الليلة نفسها", "2025-11-26"),
    v(TP, "منذ 17 عاما", "P17Y"),
    d(TP, "في المساء", "2025-11-26TEV", "2025-11-26"),
    v(TP, "ساعات الفجر", "2025-11-27TMO"),
    d(TP, "صباح اليوم الخميس", "2025-11-27TMO", "2025-11-27"),
    d(TP, "فجر اليوم", "2025-11-27TMO", "2025-11-27"),
    d(TP, "عام 1983", "1983", "1983-01-01", "1983-12-31"),
    d(TP, "قبل نحو سنة وأربعة أشهر", "2024-07", "2024-07-01", "2024-08-31", outer=D("2024-06-01", "2024-09-30")),
    du(TP, "ثلاثة أيام", "P3D"),
    d(TP, "السبت المقبل", "2025-11-29", "2025-11-29"),
    d(TP, "عام 1948", "1948", "1948-01-01", "1948-12-31"),
    # a07 Okaz, Sunday 19 May 2024: a title fight past midnight, Gulf speech, zones
    night(US, "ليلة السبت على الأحد", "2024-05-18"),
    d(US, "عام 1999", "1999", "1999-01-01", "1999-12-31"),
    d(US, "الواحدة فجر اليوم الأحد بتوقيت الرياض", "2024-05-19T01:00", "2024-05-19"),
    d(US, "العاشرة مساء السبت بتوقيت غرينتش", "2024-05-18T22:00", "2024-05-18"),
    d(US, "17 فبراير الماضي", "2024-02-17", "2024-02-17"),
    d(US, "البارحة", "2024-05-18", "2024-05-18", outer=D("2024-05-18", "2024-05-19")),
    v(US, "العصر", "2024-05-18TAF"),
    v(US, "الحين", "PRESENT_REF"),
    v(US, "الحين", "PRESENT_REF", occ=2),
    d(US, "بكرة", "2024-05-20", "2024-05-20"),
    d(US, "نوفمبر 1999", "1999-11", "1999-11-01", "1999-11-30"),
    d(US, "21 ديسمبر المقبل", "2024-12-21", "2024-12-21"),
    du(US, "ثلاث دقائق", "PT3M"),
    # a08 Ach-Chourouk, Saturday 9 August 2025: a year after a final, games named by their year, Tunisian speech
    v(KT, "عام على", "P1Y"),
    v(KT, "توا", "PRESENT_REF"),
    v(KT, "كل نهار", "P1D"),
    d(KT, "اليوم السبت", "2025-08-09", "2025-08-09"),
    d(KT, "دورة 2024", "2024", "2024-07-26", "2024-08-11", outer=D("2024-01-01", "2024-12-31")),
    d(KT, "مساء 9 أوت 2024", "2024-08-09TEV", "2024-08-09"),
    d(KT, "دورة سيدني 2000", "2000", "2000-09-15", "2000-10-01", outer=D("2000-01-01", "2000-12-31")),
    d(KT, "العام هذا", "2025", "2025-01-01", "2025-12-31"),
    du(KT, "شهر و21 يوم", "P1M21D"),
    d(KT, "ديسمبر الفارط", "2024-12", "2024-12-01", "2024-12-31"),
    v(KT, "توا", "PRESENT_REF", occ=2),
    v(KT, "كل نهار", "P1D", occ=2),
    d(KT, "من 24 إلى 30 أكتوبر المقبل", "2025-10-24/2025-10-30", "2025-10-24", "2025-10-30"),
    d(KT, "دورة لوس أنجلوس 2028", "2028", "2028-07-14", "2028-07-30", outer=D("2028-01-01", "2028-12-31")),
]

NEGATIVES_A = [
    (ML, "295 كيلومترا في الساعة", 1), (ML, "نصف مليون منزل", 1), (ML, "الفئة الخامسة", 1), (ML, "الفئة الثالثة", 1), (RD, "الـ508", 1), (RD, "سليم الأول", 1),
    (FR, "التسعين", 1), (FR, "التسعين", 2), (GM, "زخات السنة", 1), (GM, "120 شهابا في الساعة", 1),
    (TP, "الخامسة", 1), (TP, "سبعة من أبراج", 1), (US, "12 جولة", 1), (KT, "80 كلغ", 1),
]

KN, BK, LS, MW, ME, SS, XM, IS = ("b01_af_kunar", "b02_lb_bkerke", "b03_pt_lisbon", "b04_ma_mawazine",
                                  "b05_ae_metroeid", "b06_us_starship", "b07_iq_christmas", "b08_sa_solidarity")

B = [
    # b01 Al-Araby Al-Jadeed, Monday 1 September 2025: an earthquake before midnight, zones
    d(KN, "قبيل منتصف ليل الأحد", "2025-08-31T24:00", "2025-08-31", outer=D("2025-08-31", "2025-09-01")),
    d(KN, "الساعة 23:47 بالتوقيت المحلي", "2025-08-31T23:47", "2025-08-31"),
    d(KN, "19:17 بتوقيت غرينتش", "2025-08-31T19:17", "2025-08-31"),
    d(KN, "فجر اليوم الاثنين", "2025-09-01TMO", "2025-09-01"),
    d(KN, "ظهر اليوم", "2025-09-01TMI", "2025-09-01"),
    night(KN, "الليلة ذاتها", "2025-08-31"),
    v(KN, "ساعات الصباح الأولى", "2025-09-01TMO"),
    d(KN, "أكتوبر 2023", "2023-10", "2023-10-01", "2023-10-31"),
    d(KN, "7 أكتوبر 2023", "2023-10-07", "2023-10-07"),
    v(KN, "الساعات الـ48 المقبلة", "PT48H"),
    # b02 Nidaa al-Watan, Monday 1 April 2024: Western Easter, the Eastern one computed, Lebanese speech
    v(BK, "قداس الفصح", "2024-03-31"),
    d(BK, "عيد الفصح", "2024-03-31", "2024-03-31"),
    d(BK, "أمس الأحد", "2024-03-31", "2024-03-31"),
    d(BK, "الجمعة العظيمة", "2024-03-29", "2024-03-29"),
    d(BK, "أحد الشعانين في 24 آذار", "2024-03-24", "2024-03-24"),
    d(BK, "اثنين الرماد", "2024-02-12", "2024-02-12"),
    d(BK, "5 أيار المقبل", "2024-05-05", "2024-05-05"),
    d(BK, "عيد الفصح الشرقي", "2024-05-05", "2024-05-05"),
    d(BK, "العام المقبل", "2025", "2025-01-01", "2025-12-31"),
    d(BK, "عيد الفصح في 20 نيسان 2025", "2025-04-20", "2025-04-20"),
    d(BK, "هالسنة", "2024", "2024-01-01", "2024-12-31"),
    d(BK, "مبارح", "2024-03-31", "2024-03-31"),
    d(BK, "بكرا", "2024-04-02", "2024-04-02"),
    d(BK, "8 تشرين الأول", "2023-10-08", "2023-10-08"),
    # b03 Al-Bayan, Saturday 1 November 2025: a history feature on a feast day of 1755
    v(LS, "270 عاما", "P270Y"),
    d(LS, "صباح الأول من نوفمبر 1755", "1755-11-01TMO", "1755-11-01"),
    d(LS, "يوم عيد جميع القديسين", "1755-11-01", "1755-11-01"),
    d(LS, "الساعة التاسعة وأربعين دقيقة صباحا", "1755-11-01T09:40", "1755-11-01"),
    v(LS, "بعد نحو 40 دقيقة", "PT40M"),
    du(LS, "خمسة أيام", "P5D"),
    v(LS, "العقود التالية", "FUTURE_REF"),
    d(LS, "عام 1756", "1756", "1756-01-01", "1756-12-31"),
    d(LS, "عام 1759", "1759", "1759-01-01", "1759-12-31"),
    d(LS, "القرن الثامن عشر", "17", "1700-01-01", "1799-12-31"),
    d(LS, "اليوم السبت", "2025-11-01", "2025-11-01"),
    # b04 Hespress, Saturday 21 June 2025: a festival's first night, Moroccan speech
    d(MW, "مساء أمس الجمعة", "2025-06-20TEV", "2025-06-20"),
    du(MW, "سنة", "P1Y", req=False),
    d(MW, "الساعات الأولى من صباح اليوم السبت", "2025-06-21TMO", "2025-06-21"),
    d(MW, "28 يونيو الجاري", "2025-06-28", "2025-06-28"),
    d(MW, "البارح", "2025-06-20", "2025-06-20", outer=D("2025-06-20", "2025-06-21")),
    v(MW, "الجوج ديال الليل", "2025-06-21T02:00"),
    v(MW, "دابا", "PRESENT_REF"),
    v(MW, "العشية", "2025-06-21TAF"),
    d(MW, "غدا نهار الحد", "2025-06-22", "2025-06-22"),
    d(MW, "نهار الإثنين", "2025-06-16", "2025-06-16"),
    v(MW, "هاد الليلة", "2025-06-21TNI"),
    d(MW, "يونيو 2023", "2023-06", "2023-06-01", "2023-06-30"),
    d(MW, "موسم 2024", "2024", "2024-01-01", "2024-12-31"),
    v(MW, "كل مساء", "XXXX-XX-XXTEV"),
    v(MW, "الساعة التاسعة ليلا", "T21:00"),
    # b05 Al-Khaleej, Friday 28 March 2025: a metro's hours over the feast, the feast's eve
    v(ME, "عيد الفطر", "2025-03-30"),
    d(ME, "اليوم الجمعة", "2025-03-28", "2025-03-28"),
    v(ME, "عيد الفطر", "2025-03-30", occ=2),
    v(ME, "الخامسة صباحا حتى الواحدة فجرا", "T05:00/T01:00"),
    d(ME, "من السبت 29 مارس إلى الثلاثاء 1 أبريل", "2025-03-29/2025-04-01", "2025-03-29", "2025-04-01"),
    night(ME, "ليلة العيد", "2025-03-29"),
    d(ME, "ثالث أيام العيد", "2025-04-01", "2025-04-01"),
    v(ME, "طوال العطلة", "2025-03-30/2025-04-01"),
    d(ME, "يوم الأربعاء 2 أبريل", "2025-04-02", "2025-04-02"),
    d(ME, "من الأحد 30 مارس حتى الثلاثاء 1 أبريل", "2025-03-30/2025-04-01", "2025-03-30", "2025-04-01"),
    d(ME, "مساء غد السبت", "2025-03-29TEV", "2025-03-29"),
    d(ME, "عيد الفطر الماضي", "2024-04-10", "2024-04-10", outer=D("2024-04-08", "2024-04-14")),
    d(ME, "أبريل 2024", "2024-04", "2024-04-01", "2024-04-30"),
    # b06 CNN Arabic, Wednesday 27 August 2025: a launch at night, three zones
    d(SS, "مساء الثلاثاء", "2025-08-26TEV", "2025-08-26"),
    d(SS, "الساعة 6:30 مساء بالتوقيت المحلي", "2025-08-26T18:30", "2025-08-26"),
    d(SS, "23:30 بتوقيت غرينتش", "2025-08-26T23:30", "2025-08-26"),
    d(SS, "الثانية والنصف فجر اليوم الأربعاء بتوقيت مكة المكرمة", "2025-08-27T02:30", "2025-08-27"),
    du(SS, "ساعة وست دقائق", "PT1H6M"),
    d(SS, "مساء الأحد", "2025-08-24TEV", "2025-08-24"),
    v(SS, "الاثنين الماضيين", "2025-08-25"),
    d(SS, "يونيو الماضي", "2025-06", "2025-06-01", "2025-06-30"),
    v(SS, "قبل نهاية العام", "2025"),
    # b07 Shafaq News, Thursday 25 December 2025: Christmas Eve's mass, Iraqi speech
    night(XM, "ليلة عيد الميلاد", "2025-12-24"),
    d(XM, "منتصف الليل", "2025-12-24T24:00", "2025-12-24", "2025-12-25"),
    d(XM, "اليوم الخميس", "2025-12-25", "2025-12-25"),
    d(XM, "عيد الميلاد", "2025-12-25", "2025-12-25", occ=2),
    d(XM, "عام 2008", "2008", "2008-01-01", "2008-12-31"),
    d(XM, "البارحة", "2025-12-24", "2025-12-24", outer=D("2025-12-24", "2025-12-25")),
    v(XM, "هسه", "PRESENT_REF"),
    d(XM, "باچر", "2025-12-26", "2025-12-26"),
    d(XM, "31 تشرين الأول 2010", "2010-10-31", "2010-10-31"),
    d(XM, "رأس السنة", "2026-01-01", "2026-01-01"),
    d(XM, "عيد الغطاس", "2026-01-06", "2026-01-06"),
    # b08 Al-Riyadh, Saturday 22 November 2025: games closed, an edition named by its place and year
    d(IS, "مساء أمس الجمعة", "2025-11-21TEV", "2025-11-21"),
    d(IS, "7 نوفمبر الجاري", "2025-11-07", "2025-11-07"),
    d(IS, "دورة باكو 2017", "2017", "2017-05-12", "2017-05-22", outer=D("2017-01-01", "2017-12-31")),
    d(IS, "الثامنة مساء بتوقيت الرياض", "2025-11-21T20:00", "2025-11-21"),
    du(IS, "ساعتين", "PT2H"),
    d(IS, "عام 2026", "2026", "2026-01-01", "2026-12-31"),
    d(IS, "مطلع الشهر المقبل", "2025-12", "2025-12-01", "2025-12-10", outer=D("2025-12-01", "2025-12-15")),
]

NEGATIVES_B = [
    (KN, "6 درجات", 1), (KN, "ثمانية كيلومترات", 1), (KN, "5.2 درجات", 1), (LS, "30 و50 ألفا", 1),
    (LS, "الـ270", 1), (MW, "دورته العشرين", 1), (MW, "سبع منصات", 1), (ME, "6 ملايين راكب", 1),
    (SS, "العاشرة", 1), (SS, "العاشرة", 2), (SS, "الحادية عشرة", 1), (SS, "ثلاث إخفاقات", 1),
    (IS, "السادسة", 1), (IS, "السادسة", 2), (IS, "57 دولة", 1),
]

DEVTIME20_A = dict(timex=A, clusters={}, events=[], diff=[], before=[])
DEVTIME20_B = dict(timex=B, clusters={}, events=[], diff=[], before=[])
