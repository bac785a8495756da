"""devtime22 gold: every time expression in 16 short articles, in two parts.

Written for temporal round 28 (issue 10) before the engine was changed: history features (the
Cairo fire of 1952, Halabja 1988, Setif 1945: ``عشية الحريق``، ``عشية القصف``، a bare ``المساء``
and ``مساء اليوم نفسه`` of the day told, ``قبل ذلك بيومين``), overnight events with zones (the
Palisades fire, a Cebu earthquake: ``10:30 صباح أمس الثلاثاء بالتوقيت المحلي (18:30 بتوقيت
غرينتش)``، ``بعد منتصف الليل``، ``قبيل منتصف الليل``), interviews in dialect (Iraqi ``عكب باچر``،
``هسه``؛ Lebanese ``منقلكن اليوم``، ``من الساعة 6 للساعة 10 بالليل``، ``من سنة كانت``؛ Tunisian
present-tense plans ``نبداو الخدمة نهار الاثنين مع السبعة متاع الصباح``؛ Moroccan ``فشهر غشت``؛
Emirati ``الأسبوع الياي``؛ Libyan ``نهار الخميس الجاي``، ``غدوة``؛ Syrian, Egyptian, Kuwaiti),
schedules, timetables and notices with numeric dates in every order and separator
(``28/6/2025``، ``2025.8.18``، ``10-4-2025``، ``01/07/2025``، ``12.12``، ``1/12``، ``12-7-2025``،
``من 4/6 حتى 12/6``)، a day range ``11-12 نيسان``، Maghrebi clocks (``06h00``)، named days
(``عيد العرش``، ``عيد الاتحاد``، ``يوم التحرير``) and numbers that are no dates (``القطار رقم
2024``، ``الدورة الـ31``).

Part A (``A``, 8 articles) is the development part; part B (``B``, 8 articles, other stories
and outlets) is scored only at the start and at the end of the round (a measure of transfer).
Row formats are those of tests/devtime9/spec.py:

  timex rows: (doc, surface, occurrence, kind, value, tight, outer, required)
    'date' [earliest, latest] inside outer and overlapping tight; 'duration' (and SETs) by value;
    'vague' optional, never scored, never spurious.
  NEGATIVES_*: (doc, surface, occurrence): any record overlapping one is spurious.

Conventions (those of devtime21, and, for this set): ``عشية X`` is the day before the day of X
when the text dates X; a bare part of the day (``حتى المساء``، ``بعد الظهر``، ``في المساء``) is that
part of the day in focus, and so is ``صباح ذلك اليوم``؛ a clock range told of one day is one
interval on it, a habitual one (every exam day, every Friday) vague; ``N-M`` + month is a range
of days, never a numeric date; a numeric day/month with no year (``1/12``، ``12.12``، ``4/6``) is
day first, in the year the text is in; ``من سنة`` + a past verb is a year ago (a point, the DCT's
day a year back, any interval inside that year right); a festival or exam named with its year is
not scored (``هلا فبراير 2025``).
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


def night(doc, s, first, occ=1):
    """The night from ``first`` 18:00 to the next day's 05:59, decided by the text."""
    return (doc, s, occ, "date", f"{first}TNI", D(first, _shift(first, 1)), D(first, _shift(first, 1)), True)


def y(doc, s, year, occ=1, req=True):
    """A whole Gregorian year."""
    return d(doc, s, str(year), f"{year}-01-01", f"{year}-12-31", occ=occ, req=req)


def m(doc, s, month, last, occ=1):
    """A whole month (``last`` its last day)."""
    return d(doc, s, month, f"{month}-01", f"{month}-{last}", occ=occ)


PUBLISHED_A = {
    "a01_eg_cairofire": "2025-01-26",
    "a02_iq_heatholiday": "2025-08-11",
    "a03_lb_exams": "2025-06-20",
    "a04_ps_clock": "2025-04-10",
    "a05_tn_sfax": "2025-09-15",
    "a06_us_palisades": "2025-01-08",
    "a07_ma_boraq": "2025-06-27",
    "a08_ae_dsf": "2025-11-20",
}

PUBLISHED_B = {
    "b01_iq_halabja": "2025-03-16",
    "b02_ph_cebu": "2025-10-01",
    "b03_lb_edl": "2025-07-22",
    "b04_sy_exams": "2025-06-26",
    "b05_eg_talgo": "2025-05-29",
    "b06_ly_misrata": "2025-06-02",
    "b07_kw_hala": "2025-01-30",
    "b08_dz_setif": "2025-05-08",
}

CF, HH, LE, PC, SF, PL, BQ, DS = ("a01_eg_cairofire", "a02_iq_heatholiday", "a03_lb_exams", "a04_ps_clock",
                                  "a05_tn_sfax", "a06_us_palisades", "a07_ma_boraq", "a08_ae_dsf")
HJ, CB, ED, SE, TG, MS, HF, ST = ("b01_iq_halabja", "b02_ph_cebu", "b03_lb_edl", "b04_sy_exams",
                                  "b05_eg_talgo", "b06_ly_misrata", "b07_kw_hala", "b08_dz_setif")

A = [
    # a01 Al Jazeera Net, Sunday 26 January 2025: the Cairo fire of 1952, a history feature
    v(CF, "73 عاما", "P73Y"),
    v(CF, "السبت الأسود", "1952-01-26"),
    d(CF, "صباح 26 يناير/كانون الثاني 1952", "1952-01-26TMO", "1952-01-26"),
    v(CF, "خلال ساعات", "PTXH"),
    d(CF, "عشية الحريق", "1952-01-25", "1952-01-25"),
    d(CF, "يوم 25 يناير", "1952-01-25", "1952-01-25"),
    d(CF, "قبيل الظهر", "1952-01-26TMI", "1952-01-26"),
    d(CF, "المساء", "1952-01-26TEV", "1952-01-26"),
    d(CF, "مساء اليوم نفسه", "1952-01-26TEV", "1952-01-26"),
    m(CF, "فبراير من العام نفسه", "1952-02", 29),
    d(CF, "ستة أشهر", "P6M", "1952-07-23", "1952-07-26", outer=D("1952-07-01", "1952-07-31")),
    d(CF, "23 يوليو 1952", "1952-07-23", "1952-07-23"),
    v(CF, "اليوم", "PRESENT_REF", occ=2),
    # a02 Alsumaria News, Monday 11 August 2025: a heat holiday, Iraqi speech
    d(HH, "غدا الثلاثاء", "2025-08-12", "2025-08-12"),
    d(HH, "مساء أمس الأحد", "2025-08-10TEV", "2025-08-10"),
    d(HH, "يوم غد الثلاثاء", "2025-08-12", "2025-08-12"),
    v(HH, "للأسبوع الثاني", "P1W"),
    d(HH, "البارحة", "2025-08-10", "2025-08-10"),
    v(HH, "هسه", "PRESENT_REF"),
    v(HH, "كل ساعتين", "PT2H"),
    d(HH, "باچر", "2025-08-12", "2025-08-12"),
    d(HH, "عكب باچر", "2025-08-13", "2025-08-13"),
    v(HH, "من الصبح للعصر", "TMO/TAF"),
    v(HH, "بالليل", "TNI"),
    m(HH, "تموز الماضي", "2025-07", 31),
    d(HH, "نهاية الأسبوع الحالي", "2025-W33", "2025-08-14", "2025-08-17", outer=D("2025-08-11", "2025-08-17")),
    # a03 An-Nahar, Friday 20 June 2025: Lebanon's official exams, numeric dates, Lebanese speech
    y(LE, "لدورة 2025", 2025),
    d(LE, "اليوم الجمعة", "2025-06-20", "2025-06-20"),
    d(LE, "يوم السبت 28/6/2025", "2025-06-28", "2025-06-28"),
    d(LE, "يوم الخميس 3/7/2025", "2025-07-03", "2025-07-03"),
    v(LE, "كل يوم", "P1D"),
    v(LE, "الساعة الثامنة صباحا", "T08:00"),
    d(LE, "بين 2025.8.18 و2025.8.22", "2025-08-18/2025-08-22", "2025-08-18", "2025-08-22"),
    d(LE, "منتصف تموز", "2025-07", "2025-07-11", "2025-07-20", outer=D("2025-07-01", "2025-07-31")),
    d(LE, "من 23 إلى 26 حزيران", "2025-06-23/2025-06-26", "2025-06-23", "2025-06-26"),
    v(LE, "من الساعة 9 صباحا حتى الساعة 2 بعد الظهر", "T09:00/T14:00"),
    du(LE, "سنتين", "P2Y"),
    y(LE, "2020", 2020),
    y(LE, "2021", 2021),
    d(LE, "اليوم", "2025-06-20", "2025-06-20", occ=2),
    d(LE, "بعد أسبوع", "2025-06-27", "2025-06-27", outer=D("2025-06-24", "2025-06-30")),
    # a04 WAFA, Thursday 10 April 2025: Palestine's clocks move forward overnight
    d(PC, "فجر السبت", "2025-04-12TMO", "2025-04-12"),
    d(PC, "10-4-2025", "2025-04-10", "2025-04-10"),
    night(PC, "ليلة الجمعة على السبت", "2025-04-11"),
    d(PC, "11-12 نيسان الجاري", "2025-04-11/2025-04-12", "2025-04-11", "2025-04-12"),
    du(PC, "ستين دقيقة", "PT60M"),
    d(PC, "الساعة الثانية من فجر السبت", "2025-04-12T02:00", "2025-04-12"),
    d(PC, "الساعة الثالثة", "2025-04-12T03:00", "2025-04-12"),
    v(PC, "عيد الفطر", "2025-03-30"),
    d(PC, "الأسبوع الأخير من تشرين الأول المقبل", "2025-10", "2025-10-25", "2025-10-31",
      outer=D("2025-10-18", "2025-10-31")),
    d(PC, "صباح السبت", "2025-04-12TMO", "2025-04-12"),
    v(PC, "السابعة والنصف صباحا", "T07:30"),
    y(PC, "العام الماضي", 2024),
    d(PC, "30 آذار 2024", "2024-03-30", "2024-03-30"),
    # a05 Mosaique FM, Monday 15 September 2025: Sfax's school buses, Tunisian present-tense plans
    d(SF, "الأسبوع القادم", "2025-W39", "2025-09-22", "2025-09-28"),
    d(SF, "اليوم الاثنين", "2025-09-15", "2025-09-15"),
    d(SF, "يوم الاثنين 22 سبتمبر 2025", "2025-09-22", "2025-09-22"),
    d(SF, "نهار الاثنين", "2025-09-22", "2025-09-22"),
    d(SF, "السبعة متاع الصباح", "2025-09-22T07:00", "2025-09-22"),
    v(SF, "كل نص ساعة", "PT30M"),
    d(SF, "الجمعة الجاية", "2025-09-19", "2025-09-19"),
    d(SF, "آخر الشهر", "2025-09", "2025-09-21", "2025-09-30", outer=D("2025-09-01", "2025-09-30")),
    d(SF, "يوم 15 سبتمبر الجاري", "2025-09-15", "2025-09-15"),
    y(SF, "العام الفارط", 2024),
    # a06 Sky News Arabia, Wednesday 8 January 2025: the Palisades fire overnight, zones
    night(PL, "حلول الليل", "2025-01-07"),
    d(PL, "الساعة 10:30 صباح أمس الثلاثاء", "2025-01-07T10:30", "2025-01-07"),
    d(PL, "18:30 بتوقيت غرينتش", "2025-01-07T18:30", "2025-01-07"),
    night(PL, "حلول الليل", "2025-01-07", occ=2),
    d(PL, "بعد الظهر", "2025-01-07TAF", "2025-01-07"),
    v(PL, "الغروب", "2025-01-07TEV"),
    d(PL, "بعد منتصف الليل", "2025-01-08", "2025-01-08", outer=D("2025-01-07", "2025-01-08")),
    d(PL, "فجر اليوم الأربعاء", "2025-01-08TMO", "2025-01-08"),
    d(PL, "مساء الخميس", "2025-01-09TEV", "2025-01-09"),
    m(PL, "نوفمبر 2018", "2018-11", 30),
    # a07 Hespress, Friday 27 June 2025: Al Boraq's summer timetable, Maghrebi clocks and months
    v(BQ, "فصل الصيف", "2025-SU"),
    d(BQ, "من 01/07/2025 إلى 31/08/2025", "2025-07-01/2025-08-31", "2025-07-01", "2025-08-31"),
    v(BQ, "يوميا", "P1D"),
    d(BQ, "يوم الثلاثاء فاتح يوليوز", "2025-07-01", "2025-07-01"),
    d(BQ, "الساعة 06h00", "2025-07-01T06:00", "2025-07-01"),
    v(BQ, "كل جمعة وسبت", "P1W"),
    v(BQ, "الساعة 23h30", "T23:30"),
    y(BQ, "سنة 2024", 2024),
    y(BQ, "2023", 2023),
    d(BQ, "غد السبت", "2025-06-28", "2025-06-28"),
    d(BQ, "عيد العرش", "2025-07-30", "2025-07-30"),
    d(BQ, "يوم 30 يوليوز", "2025-07-30", "2025-07-30"),
    m(BQ, "شهر غشت", "2025-08", 31),
    # a08 Emarat Al Youm, Thursday 20 November 2025: the Dubai Shopping Festival, numeric days
    d(DS, "5 ديسمبر", "2025-12-05", "2025-12-05"),
    du(DS, "38 يوما", "P38D"),
    d(DS, "من 5 ديسمبر 2025 حتى 11 يناير 2026", "2025-12-05/2026-01-11", "2025-12-05", "2026-01-11"),
    v(DS, "يوميا", "P1D"),
    v(DS, "الساعة 9 مساء", "T21:00"),
    d(DS, "12.12", "2025-12-12", "2025-12-12"),
    d(DS, "25.12", "2025-12-25", "2025-12-25"),
    d(DS, "31.12", "2025-12-31", "2025-12-31"),
    d(DS, "عيد الاتحاد", "2025-12-02", "2025-12-02"),
    d(DS, "من الاثنين 1/12 حتى الثلاثاء 2/12", "2025-12-01/2025-12-02", "2025-12-01", "2025-12-02"),
    d(DS, "الأربعاء 3 ديسمبر", "2025-12-03", "2025-12-03"),
    d(DS, "ليلة رأس السنة", "2025-12-31TNI", "2025-12-31", outer=D("2025-12-31", "2026-01-01")),
    d(DS, "الأسبوع الياي", "2025-W48", "2025-11-24", "2025-11-30"),
]

NEGATIVES_A = [
    (CF, "700 محل", 1), (CF, "26 قتيلا", 1), (CF, "50 شرطيا", 1), (CF, "22 مليون جنيه", 1),
    (HH, "تسع محافظات", 1), (HH, "50 درجة مئوية", 1), (HH, "51", 1), (HH, "ثلاث مرات", 1),
    (SF, "40 كار", 1), (SF, "120 حافلة", 1),
    (PL, "100 ميل في الساعة", 1), (PL, "30 ألف شخص", 1), (PL, "2900 هكتار", 1),
    (BQ, "26 رحلة", 1), (BQ, "5.5 ملايين مسافر", 1), (BQ, "10 في المائة", 1),
    (DS, "الـ31", 1), (DS, "1000 علامة", 1),
]

B = [
    # b01 Rudaw, Sunday 16 March 2025: Halabja at 37, a history feature
    v(HJ, "37 عاما", "P37Y"),
    d(HJ, "اليوم الأحد", "2025-03-16", "2025-03-16"),
    d(HJ, "ظهر 16 آذار 1988", "1988-03-16TMI", "1988-03-16"),
    v(HJ, "خلال ساعات", "PTXH"),
    d(HJ, "قبل ذلك بيومين", "1988-03-14", "1988-03-14"),
    d(HJ, "14 آذار", "1988-03-14", "1988-03-14"),
    d(HJ, "عشية القصف", "1988-03-15", "1988-03-15"),
    d(HJ, "صباح ذلك اليوم", "1988-03-16TMO", "1988-03-16"),
    d(HJ, "بعد الظهر", "1988-03-16TAF", "1988-03-16"),
    y(HJ, "عام 2010", 2010),
    y(HJ, "عام 2014", 2014),
    # b02 Asharq Al-Awsat, Wednesday 1 October 2025: a Cebu earthquake at night, zones
    v(CB, "ليلا", "2025-09-30TNI"),
    d(CB, "الساعة 21:59 مساء أمس الثلاثاء", "2025-09-30T21:59", "2025-09-30"),
    d(CB, "13:59 بتوقيت غرينتش", "2025-09-30T13:59", "2025-09-30"),
    d(CB, "قبيل منتصف الليل", "2025-09-30T24:00", "2025-09-30", outer=D("2025-09-30", "2025-10-01")),
    v(CB, "ليلتهم", "2025-09-30TNI"),
    d(CB, "في المساء", "2025-09-30TEV", "2025-09-30"),
    d(CB, "صباح اليوم الأربعاء", "2025-10-01TMO", "2025-10-01"),
    du(CB, "ستة أشهر", "P6M"),
    m(CB, "أكتوبر 2013", "2013-10", 31),
    # b03 Al-Akhbar, Tuesday 22 July 2025: Lebanon's power supply hours, Lebanese speech
    d(ED, "الخميس المقبل", "2025-07-24", "2025-07-24"),
    v(ED, "عشر ساعات", "PT10H"),
    v(ED, "10 ساعات يوميا", "PT10H"),
    d(ED, "الخميس المقبل", "2025-07-24", "2025-07-24", occ=2),
    d(ED, "فجر الأحد الماضي", "2025-07-20TMO", "2025-07-20"),
    du(ED, "ثلاثة أيام", "P3D"),
    d(ED, "مبارح", "2025-07-21", "2025-07-21"),
    d(ED, "من الساعة 6 للساعة 10 بالليل", "2025-07-21T18:00/2025-07-21T22:00", "2025-07-21"),
    v(ED, "هلق", "PRESENT_REF"),
    d(ED, "بكرا", "2025-07-23", "2025-07-23"),
    d(ED, "من سنة", "2024-07-22", "2024-07-22", outer=D("2024-01-01", "2024-12-31")),
    v(ED, "ساعتين بالنهار", "PT2H"),
    v(ED, "هلق", "PRESENT_REF", occ=2),
    m(ED, "آب 2021", "2021-08", 31),
    # b04 SANA, Thursday 26 June 2025: Syria's secondary exams, numeric dates, Syrian speech
    d(SE, "25/6/2025", "2025-06-25", "2025-06-25"),
    v(SE, "للعام الدراسي 2024-2025", "2024/2025"),
    d(SE, "يوم السبت 12-7-2025", "2025-07-12", "2025-07-12"),
    d(SE, "يوم الخميس 31-7-2025", "2025-07-31", "2025-07-31"),
    du(SE, "ثلاث ساعات", "PT3H"),
    v(SE, "الساعة التاسعة صباحا", "T09:00"),
    d(SE, "الأحد 13 تموز", "2025-07-13", "2025-07-13"),
    d(SE, "أواخر آب", "2025-08", "2025-08-21", "2025-08-31", outer=D("2025-08-01", "2025-08-31")),
    y(SE, "العام الماضي", 2024),
    v(SE, "من أول السنة", "2024-09"),
    d(SE, "بعد أسبوعين", "2025-07-10", "2025-07-10", outer=D("2025-07-06", "2025-07-14")),
    # b05 Youm7, Thursday 29 May 2025: extra trains for Eid al-Adha, Egyptian speech
    d(TG, "عيد الأضحى", "2025-06-06", "2025-06-06"),
    d(TG, "من 4/6 حتى 12/6", "2025-06-04/2025-06-12", "2025-06-04", "2025-06-12"),
    d(TG, "عيد الأضحى", "2025-06-06", "2025-06-06", occ=2),
    d(TG, "من 4/6 حتى 12/6", "2025-06-04/2025-06-12", "2025-06-04", "2025-06-12", occ=2),
    d(TG, "السبت المقبل 31 مايو", "2025-05-31", "2025-05-31"),
    d(TG, "مساء الأربعاء 4 يونيو", "2025-06-04TEV", "2025-06-04"),
    d(TG, "الساعة 22:00", "2025-06-04T22:00", "2025-06-04"),
    d(TG, "الثامنة والربع صباح اليوم التالي", "2025-06-05T08:15", "2025-06-05"),
    d(TG, "امبارح", "2025-05-28", "2025-05-28"),
    du(TG, "ساعتين", "PT2H"),
    # b06 Al-Wasat, Monday 2 June 2025: Misrata's sheep market before Eid, Libyan speech
    v(MS, "قبل أيام من العيد", "2025-06"),
    v(MS, "قبل أيام", "2025-06", occ=2),
    d(MS, "عيد الأضحى", "2025-06-06", "2025-06-06"),
    d(MS, "الجمعة 6 يونيو", "2025-06-06", "2025-06-06"),
    v(MS, "توا", "PRESENT_REF"),
    d(MS, "امبارح", "2025-06-01", "2025-06-01"),
    d(MS, "نهار الخميس الجاي", "2025-06-05", "2025-06-05"),
    y(MS, "العام اللي فات", 2024),
    d(MS, "غدوة", "2025-06-03", "2025-06-03"),
    v(MS, "من بكري", "2025-06-03TMO"),
    # b07 Al-Rai, Thursday 30 January 2025: Hala February's schedule, Kuwaiti speech
    v(HF, "فبراير 2025", "2025-02"),
    d(HF, "السبت", "2025-02-01", "2025-02-01"),
    v(HF, "فبراير", "2025-02", occ=2),
    d(HF, "من 1/2/2025 حتى 28/2/2025", "2025-02-01/2025-02-28", "2025-02-01", "2025-02-28"),
    d(HF, "يوم السبت", "2025-02-01", "2025-02-01"),
    d(HF, "الساعة 8:30 مساء", "2025-02-01T20:30", "2025-02-01"),
    d(HF, "العيد الوطني", "2025-02-25", "2025-02-25"),
    d(HF, "25 فبراير", "2025-02-25", "2025-02-25"),
    d(HF, "يوم التحرير", "2025-02-26", "2025-02-26"),
    d(HF, "26 فبراير", "2025-02-26", "2025-02-26"),
    d(HF, "باچر", "2025-01-31", "2025-01-31"),
    v(HF, "كل خميس وجمعة", "P1W"),
    d(HF, "آخر فبراير", "2025-02", "2025-02-21", "2025-02-28", outer=D("2025-02-01", "2025-02-28")),
    y(HF, "عام 1998", 1998),
    # b08 Echorouk, Thursday 8 May 2025: Setif at 80, a history feature, Algerian months
    v(ST, "80 عاما", "P80Y"),
    d(ST, "8 ماي 1945", "1945-05-08", "1945-05-08"),
    d(ST, "صباح الثلاثاء 8 ماي 1945", "1945-05-08TMO", "1945-05-08"),
    d(ST, "مساء اليوم نفسه", "1945-05-08TEV", "1945-05-08"),
    du(ST, "شهرين", "P2M"),
    d(ST, "عشية الذكرى", "2025-05-07", "2025-05-07"),
    d(ST, "اليوم الخميس", "2025-05-08", "2025-05-08"),
    v(ST, "اليوم الوطني للذاكرة", "2025-05-08"),
    y(ST, "عام 2020", 2020),
]

NEGATIVES_B = [
    (HJ, "الـ37", 1), (HJ, "5000 شخص", 1), (CB, "6.9 درجة", 1), (CB, "69 قتيلا", 1),
    (SE, "62 بالمئة", 1), (TG, "القطار رقم 2024", 1), (MS, "2500 دينار", 1), (MS, "2200", 1),
    (MS, "1500", 1), (ST, "45 ألف شهيد", 1),
]

DEVTIME22_A = dict(timex=A, clusters={}, events=[], diff=[], before=[])
DEVTIME22_B = dict(timex=B, clusters={}, events=[], diff=[], before=[])
