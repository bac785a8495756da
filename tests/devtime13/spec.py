"""devtime13 gold: every time expression in 25 short articles, in two parts.

Written for temporal round 19 (issue 10) before the engine was changed: breadth outside recent
news.  History (centuries and millennia before Christ ``ق.م``/``قبل الميلاد``, Hijri centuries,
decades of a named century, ``في عهد`` as a negative)؛ spelled-out dates and years (``السادس من
أكتوبر عام ألف وتسعمائة وثلاثة وسبعين``)؛ ranges across months and years (``من أواخر 2019 حتى
منتصف 2021``، ``بين عامي 2015 و2017``)؛ numeric dates with two-digit years and dots؛ durations
against deadlines (``خلال 72 ساعة``، ``منذ عقدين``، ``قبل عقد من الزمن``)؛ quarters and halves of a
year, fiscal ones (``الربع الثالث من العام المالي 2024``، ``الربع المماثل من العام الماضي``)؛
school, academic, fiscal and sports years (``الموسم الدراسي 2023-2024``، ``العام الأكاديمي``،
``الموسم الرياضي 2025-2026``)؛ the spoken forms in quotes (Egyptian ``امبارح``/``بعد بكرة``، Maghrebi
``السيمانة الجاية``/``البارح فالعشية``/``غدوة``، Levantine ``الأسبوع الجاي``/``بكرا الصبح``)؛ open ends
(``ولأجل غير مسمى``، ``حتى إشعار آخر``)؛ a decree's weekday without ``اعتبارا من``؛ ``عشية الاقتراع``
in a headline؛ clock minutes in words (``العاشرة وعشر دقائق``)؛ ``اليوم الأخير من الشهر المقبل``.

Part A (``A``, 17 articles) is the development part; part B (``B``, 8 articles, other stories
and outlets) is scored only at the start and at the end of the round (a measure of transfer).
Row formats are those of tests/devtime9/spec.py:

  timex rows: (doc, surface, occurrence, kind, value, tight, outer, required)
    'date' [earliest, latest] inside outer and overlapping tight; 'duration' (and SETs) by value;
    'vague' optional, never scored, never spurious.
  NEGATIVES_*: (doc, surface, occurrence): any record overlapping one is spurious.

Conventions (those of devtime12, and): a year, century or millennium before Christ has no
interval the records can hold (Python's dates begin at year 1), so its row is scored by its
TIMEX3 value, with the ``duration`` kind (``BC0332`` a year, ``BC03`` the fourth century BC:
300-399 BC as ``18`` is the 1800s, ``BC0`` the first millennium BC); a Hijri century is its
years' Gregorian span (``القرن السابع الهجري`` within 1202-1302); a fiscal year or quarter whose
year start the text does not give accepts any reading from a calendar year to a July-June one
(its tight interval is the calendar reading's); a school or academic year is September to June
(outer August to July), a football season August to May (outer July to June); ``الربع المماثل
من العام الماضي`` is that quarter a year back; ``قبل عقد من الزمن`` a day ten years back (any day
of that year or the one before accepted); a spoken ``العشية`` (Maghrebi) is the afternoon or
evening of its day; ``منتصف ليل الخميس`` the midnight ending Thursday; open ends and ``في عهد`` are
not rows (``في عهد X`` a negative: an era named by a ruler has no date of its own).
"""


def D(a, b=None):
    """A closed day interval; one day when `b` is omitted."""
    return (a, b or a)


def d(doc, s, value, a, b=None, occ=1, req=True, outer=None):
    return (doc, s, occ, "date", value, D(a, b), outer or D(a, b), req)


def du(doc, s, value, occ=1, req=True):
    return (doc, s, occ, "duration", value, None, None, req)


def v(doc, s, value, occ=1):
    return (doc, s, occ, "vague", value, None, None, False)


PUBLISHED_A = {
    "a01_eg_museum": "2023-11-04",
    "a02_sa_fiscal": "2024-11-05",
    "a03_ma_bac": "2024-06-03",
    "a04_lb_strike": "2023-02-13",
    "a05_dz_vote": "2021-06-11",
    "a06_iq_mosque": "2022-09-14",
    "a07_eg_water": "2023-07-19",
    "a08_ma_station": "2024-04-10",
    "a09_sy_market": "2023-03-08",
    "a10_jo_match": "2024-10-24",
    "a11_eg_october": "2023-10-06",
    "a12_tn_decree": "2022-07-20",
    "a13_qa_school": "2024-08-28",
    "a14_dz_prices": "2021-12-15",
    "a15_sa_hijri": "2024-07-03",
    "a16_kw_deadline": "2025-01-14",
    "a17_ae_expo": "2022-03-30",
}

PUBLISHED_B = {
    "b01_ps_olives": "2022-11-16",
    "b02_om_fort": "2024-02-07",
    "b03_eg_budget": "2023-05-24",
    "b04_sa_season": "2025-06-11",
    "b05_ma_water": "2021-10-27",
    "b06_jo_tourism": "2024-12-30",
    "b07_sy_exams": "2023-09-05",
    "b08_ae_football": "2024-03-20",
}

MU, FI, BA, ST = "a01_eg_museum", "a02_sa_fiscal", "a03_ma_bac", "a04_lb_strike"
VO, MO, WA, SN = "a05_dz_vote", "a06_iq_mosque", "a07_eg_water", "a08_ma_station"
MA, JM, OC, DE = "a09_sy_market", "a10_jo_match", "a11_eg_october", "a12_tn_decree"
SC, PR, HJ, DL, EX = "a13_qa_school", "a14_dz_prices", "a15_sa_hijri", "a16_kw_deadline", "a17_ae_expo"

A = [
    # a01 Al-Ahram, Saturday 4 November 2023: centuries, a year and a millennium before Christ
    du(MU, "القرن الرابع قبل الميلاد", "BC03"),
    d(MU, "اعتبارا من الخميس المقبل", "2023-11-09", "2023-11-09"),
    du(MU, "القرن الرابع قبل الميلاد", "BC03", occ=2),
    d(MU, "أواخر القرن التاسع عشر", "18", "1880-01-01", "1899-12-31", outer=D("1860-01-01", "1899-12-31")),
    du(MU, "عام 332 ق.م", "BC0332"),
    du(MU, "الألفية الأولى قبل الميلاد", "BC0"),
    d(MU, "نهاية فبراير المقبل", "2024-02", "2024-02-20", "2024-02-29", outer=D("2024-02-15", "2024-02-29")),
    # a02 Al-Riyadh, Tuesday 5 November 2024: fiscal quarters, a range of years, a short date
    d(FI, "الربع الثالث من العام المالي 2024", "2024-Q3", "2024-07-01", "2024-09-30",
      outer=D("2023-07-01", "2025-03-31")),
    d(FI, "الربع المماثل من العام الماضي", "2023-Q3", "2023-07-01", "2023-09-30"),
    d(FI, "الربع الأخير من العام الجاري", "2024-Q4", "2024-10-01", "2024-12-31"),
    d(FI, "بين عامي 2015 و2017", "2015/2017", "2015-01-01", "2017-12-31"),
    d(FI, "15/12/24", "2024-12-15", "2024-12-15"),
    d(FI, "الأسبوع الأول من ديسمبر", "2024-W49", "2024-12-01", "2024-12-07", outer=D("2024-11-29", "2024-12-08")),
    # a03 Hespress, Monday 3 June 2024: a school year and the next one, days of a month
    d(BA, "الموسم الدراسي 2023-2024", "2023-09/2024-06", "2023-09-01", "2024-06-30",
      outer=D("2023-08-01", "2024-07-31")),
    d(BA, "10 و11 و12 يونيو الجاري", "2024-06-10", "2024-06-10", "2024-06-12"),
    d(BA, "يوم الجمعة 21 يونيو", "2024-06-21", "2024-06-21"),
    d(BA, "الأسبوع الأول من يوليوز", "2024-W27", "2024-07-01", "2024-07-07", outer=D("2024-06-29", "2024-07-08")),
    d(BA, "الموسم الدراسي المقبل", "2024-09/2025-06", "2024-09-01", "2025-06-30",
      outer=D("2024-08-01", "2025-07-31")),
    d(BA, "التاسع من شتنبر", "2024-09-09", "2024-09-09"),
    d(BA, "العام الماضي", "2023", "2023-01-01", "2023-12-31"),
    # a04 An-Nahar, Monday 13 February 2023: an open-ended strike, a coming noon
    d(ST, "اعتبارا من صباح الأربعاء", "2023-02-15TMO", "2023-02-15"),
    v(ST, "لأجل غير مسمى", "FUTURE_REF"),
    v(ST, "حتى إشعار آخر", "FUTURE_REF"),
    d(ST, "ظهر الخميس", "2023-02-16TMI", "2023-02-16"),
    du(ST, "أسبوعين", "P14D"),
    d(ST, "كانون الثاني الماضي", "2023-01", "2023-01-01", "2023-01-31"),
    # a05 Echorouk, Friday 11 June 2021: the eve of the vote in a headline, the vote's clocks
    d(VO, "عشية الاقتراع", "2021-06-11TEV", "2021-06-11"),
    d(VO, "غدا السبت", "2021-06-12", "2021-06-12"),
    d(VO, "الساعة الثامنة صباحا", "2021-06-12T08:00", "2021-06-12"),
    d(VO, "الساعة السابعة مساء", "2021-06-12T19:00", "2021-06-12"),
    d(VO, "20 مايو الماضي", "2021-05-20", "2021-05-20"),
    d(VO, "مساء الثلاثاء", "2021-06-08TEV", "2021-06-08"),
    # a06 Shafaq News, Wednesday 14 September 2022: a Hijri century, decades, since two decades
    d(MO, "القرن السابع الهجري", "12", "1210-01-01", "1290-12-31", outer=D("1202-01-01", "1302-12-31")),
    d(MO, "ثلاثينيات القرن التاسع عشر", "183X", "1830-01-01", "1839-12-31"),
    d(MO, "خمسينيات القرن الماضي", "195X", "1950-01-01", "1959-12-31"),
    d(MO, "منذ عقدين", "P2DE", "2002-09-14", "2022-09-14", outer=D("2002-01-01", "2022-09-14")),
    d(MO, "خلال 18 شهرا", "P18M", "2022-09-14", "2024-03-14", outer=D("2022-09-14", "2024-03-31")),
    d(MO, "مطلع عام 2024", "2024", "2024-01-01", "2024-03-31", outer=D("2024-01-01", "2024-04-30")),
    # a07 Al-Masry Al-Youm, Wednesday 19 July 2023: Egyptian speech in a quote, a deadline
    d(WA, "منذ صباح الاثنين", "2023-07-17TMO", "2023-07-17", outer=D("2023-07-17", "2023-07-19")),
    d(WA, "امبارح العصر", "2023-07-18TAF", "2023-07-18"),
    d(WA, "بعد بكرة", "2023-07-21", "2023-07-21"),
    d(WA, "خلال 48 ساعة", "P2D", "2023-07-19", "2023-07-21"),
    d(WA, "فجر الاثنين", "2023-07-17TMO", "2023-07-17"),
    d(WA, "سبعينيات القرن الماضي", "197X", "1970-01-01", "1979-12-31"),
    # a08 Hespress, Wednesday 10 April 2024: Maghrebi weeks in a quote
    d(SN, "صباح اليوم الأربعاء", "2024-04-10TMO", "2024-04-10"),
    d(SN, "السيمانة اللي فاتت", "2024-W14", "2024-04-01", "2024-04-07", outer=D("2024-03-30", "2024-04-07")),
    d(SN, "السيمانة الجاية", "2024-W16", "2024-04-15", "2024-04-21", outer=D("2024-04-13", "2024-04-21")),
    d(SN, "منذ 2 أبريل الجاري", "2024-04-02", "2024-04-02", outer=D("2024-04-02", "2024-04-10")),
    d(SN, "نهاية الشهر", "2024-04", "2024-04-21", "2024-04-30", outer=D("2024-04-18", "2024-04-30")),
    # a09 Enab Baladi, Wednesday 8 March 2023: Levantine speech, the start of Ramadan
    d(MA, "خلال الأسبوعين الماضيين", "P2W", "2023-02-22", "2023-03-08", outer=D("2023-02-19", "2023-03-08")),
    d(MA, "أول الشهر", "2023-03", "2023-03-01", "2023-03-05", outer=D("2023-03-01", "2023-03-10")),
    d(MA, "الأسبوع الجاي", "2023-W11", "2023-03-13", "2023-03-19", outer=D("2023-03-11", "2023-03-19")),
    d(MA, "بكرا الصبح", "2023-03-09TMO", "2023-03-09"),
    d(MA, "بداية شهر رمضان", "2023-03-23", "2023-03-23", "2023-03-25", outer=D("2023-03-20", "2023-04-01")),
    d(MA, "23 آذار الجاري", "2023-03-23", "2023-03-23"),
    # a10 Petra, Thursday 24 October 2024: a zoned clock next week, a dawn ahead
    d(JM, "الساعة التاسعة مساء الخميس المقبل بتوقيت عمان", "2024-10-31T21:00", "2024-10-31"),
    d(JM, "العاشر من الشهر الجاري", "2024-10-10", "2024-10-10"),
    d(JM, "فجر الثلاثاء المقبل", "2024-10-29TMO", "2024-10-29"),
    # a11 Al-Ahram, Friday 6 October 2023: a date and a year in words, a Hijri date, minutes in words
    d(OC, "اليوم", "2023-10-06", "2023-10-06"),
    d(OC, "السادس من أكتوبر عام ألف وتسعمائة وثلاثة وسبعين", "1973-10-06", "1973-10-06"),
    d(OC, "العاشر من رمضان عام 1393 هجرية", "1973-10-06", "1973-10-06", outer=D("1973-10-05", "1973-10-07")),
    d(OC, "الثانية وخمس دقائق ظهرا", "1973-10-06T14:05", "1973-10-06"),
    du(OC, "ست سنوات", "P6Y"),
    d(OC, "يونيو 1967", "1967-06", "1967-06-01", "1967-06-30"),
    d(OC, "مساء السبت", "2023-10-07TEV", "2023-10-07"),
    # a12 TAP, Wednesday 20 July 2022: a decreed weekday ahead, a decision's weekday past
    d(DE, "يوم الجمعة", "2022-07-22", "2022-07-22"),
    d(DE, "يوم الجمعة", "2022-07-22", "2022-07-22", occ=2),
    d(DE, "يوم الاثنين 25 جويلية", "2022-07-25", "2022-07-25"),
    d(DE, "الاثنين", "2022-07-18", "2022-07-18", occ=2),
    d(DE, "31 أوت", "2022-08-31", "2022-08-31"),
    d(DE, "الأول من سبتمبر", "2022-09-01", "2022-09-01"),
    # a13 Al-Sharq, Wednesday 28 August 2024: an academic year, a fiscal year, a quarter ahead
    d(SC, "العام الأكاديمي 2024-2025", "2024-09/2025-06", "2024-09-01", "2025-06-30",
      outer=D("2024-08-01", "2025-07-31")),
    d(SC, "الأحد", "2024-09-01", "2024-09-01"),
    d(SC, "الأحد المقبل", "2024-09-01", "2024-09-01"),
    d(SC, "19 ديسمبر", "2024-12-19", "2024-12-19"),
    d(SC, "السنة المالية 2025", "2025", "2025-01-01", "2025-12-31", outer=D("2024-04-01", "2026-06-30")),
    d(SC, "العام الحالي", "2024", "2024-01-01", "2024-12-31"),
    d(SC, "الربع الأخير من العام المقبل", "2025-Q4", "2025-10-01", "2025-12-31"),
    # a14 APS, Wednesday 15 December 2021: ranges across months and years, a Maghrebi semester
    du(PR, "لعامين", "P2Y"),
    d(PR, "من أواخر 2019 حتى منتصف 2021", "2019-10/2021-07", "2019-10-01", "2021-07-31",
      outer=D("2019-07-01", "2021-09-30")),
    d(PR, "بين مارس وجوان 2021", "2021-03/2021-06", "2021-03-01", "2021-06-30"),
    d(PR, "بين عامي 2015 و2018", "2015/2018", "2015-01-01", "2018-12-31"),
    d(PR, "السداسي الأول من 2022", "2022-H1", "2022-01-01", "2022-06-30"),
    # a15 SPA, Wednesday 3 July 2024: the Hijri new year, the start of a Hijri century
    d(HJ, "الأحد غرة محرم", "2024-07-07", "2024-07-07"),
    d(HJ, "غرة شهر محرم لعام 1446هـ", "2024-07-07", "2024-07-07", outer=D("2024-07-06", "2024-07-08")),
    d(HJ, "يوم الأحد المقبل", "2024-07-07", "2024-07-07"),
    d(HJ, "العام الهجري الجديد", "1446", "2024-07-07", "2025-06-25", outer=D("2024-07-05", "2025-06-27")),
    d(HJ, "مطلع القرن الخامس عشر الهجري", "14", "1979-11-20", "1985-12-31", outer=D("1979-11-01", "2012-12-31")),
    d(HJ, "ثمانينيات القرن الماضي", "198X", "1980-01-01", "1989-12-31"),
    d(HJ, "15 صفر المقبل", "2024-08-19", "2024-08-19", outer=D("2024-08-18", "2024-08-20")),
    # a16 Al-Qabas, Tuesday 14 January 2025: deadlines and durations, a decade ago, midnight
    d(DL, "خلال 72 ساعة", "P3D", "2025-01-14", "2025-01-17"),
    du(DL, "الشهرين", "P2M"),
    d(DL, "منتصف نوفمبر الماضي", "2024-11", "2024-11-11", "2024-11-20", outer=D("2024-11-08", "2024-11-22")),
    d(DL, "قبل عقد من الزمن", "2015", "2015-01-01", "2015-12-31", outer=D("2014-01-01", "2015-12-31")),
    d(DL, "خلال السنوات الخمس الماضية", "P5Y", "2020-01-14", "2025-01-14", outer=D("2020-01-01", "2025-01-14")),
    d(DL, "الساعة 12 منتصف ليل الجمعة", "2025-01-17T24:00", "2025-01-17", "2025-01-18"),
    # a17 Al-Bayan, Wednesday 30 March 2022: minutes in words, a quarter hour, the month's last day
    d(EX, "الجمعة", "2022-04-01", "2022-04-01"),
    d(EX, "الساعة العاشرة وعشر دقائق صباح الجمعة", "2022-04-01T10:10", "2022-04-01"),
    d(EX, "التاسعة والربع مساء", "2022-04-01T21:15", "2022-04-01", outer=D("2022-03-30", "2022-04-01")),
    v(EX, "من العاشرة صباحا إلى العاشرة مساء", "T10:00/T22:00"),
    d(EX, "الأسبوع الأول من أبريل", "2022-W13", "2022-04-01", "2022-04-07", outer=D("2022-03-28", "2022-04-08")),
    d(EX, "اليوم الأخير من الشهر المقبل", "2022-04-30", "2022-04-30"),
]

NEGATIVES_A = [
    (MU, "عهد الخديوي", 1), (MU, "40 قطعة", 1), (FI, "12 في المئة", 1), (FI, "12 في المئة", 2),
    (BA, "480 ألفا", 1), (VO, "24 مليون ناخب", 1), (MO, "عهد الولاة", 1), (WA, "المصري اليوم", 1),
    (MA, "30 في المئة", 1), (OC, "الذكرى الخمسين", 1), (OC, "الذكرى الخمسين", 2),
    (SC, "20 مليار ريال", 1), (SC, "12 مدرسة", 1), (SC, "5 في المئة", 1),
]

OL, FO, BU, SE = "b01_ps_olives", "b02_om_fort", "b03_eg_budget", "b04_sa_season"
MW, TO, EM, FB = "b05_ma_water", "b06_jo_tourism", "b07_sy_exams", "b08_ae_football"

B = [
    # b01 Al-Ayyam, Wednesday 16 November 2022: an open end, Levantine speech, months as a range
    d(OL, "اعتبارا من السبت المقبل", "2022-11-19", "2022-11-19"),
    v(OL, "لأجل غير مسمى", "FUTURE_REF"),
    d(OL, "الجمعة الجاية", "2022-11-18", "2022-11-18"),
    d(OL, "السنة اللي فاتت", "2021", "2021-01-01", "2021-12-31"),
    d(OL, "أواخر أكتوبر الماضي", "2022-10", "2022-10-21", "2022-10-31", outer=D("2022-10-18", "2022-10-31")),
    d(OL, "من آذار حتى أيلول", "2022-03/2022-09", "2022-03-01", "2022-09-30"),
    # b02 Oman, Wednesday 7 February 2024: a millennium BC, a Hijri century, a decade
    du(FO, "الألفية الثالثة قبل الميلاد", "BC2"),
    d(FO, "القرن الثاني الهجري", "08", "0730-01-01", "0810-12-31", outer=D("0717-01-01", "0817-12-31")),
    d(FO, "منتصف مارس المقبل", "2024-03", "2024-03-11", "2024-03-20", outer=D("2024-03-08", "2024-03-22")),
    d(FO, "خمسينيات القرن السابع عشر", "165X", "1650-01-01", "1659-12-31"),
    du(FO, "12 عاما", "P12Y"),
    # b03 Al-Shorouk, Wednesday 24 May 2023: Egypt's fiscal year (July to June) and its quarter
    d(BU, "العام المالي 2023/2024", "2023-07/2024-06", "2023-07-01", "2024-06-30",
      outer=D("2023-01-01", "2024-12-31")),
    d(BU, "الأول من يوليو المقبل", "2023-07-01", "2023-07-01"),
    d(BU, "الربع الثالث من العام المالي الجاري", "2023-01/2023-03", "2023-01-01", "2023-03-31",
      outer=D("2022-07-01", "2023-12-31")),
    d(BU, "نهاية يونيو 2026", "2026-06", "2026-06-21", "2026-06-30", outer=D("2026-06-18", "2026-06-30")),
    # b04 Al-Madina, Wednesday 11 June 2025: a football season, the day after tomorrow
    d(SE, "الموسم الرياضي 2025-2026", "2025-08/2026-05", "2025-08-01", "2026-05-31",
      outer=D("2025-07-01", "2026-06-30")),
    d(SE, "28 أغسطس المقبل", "2025-08-28", "2025-08-28"),
    d(SE, "ديسمبر", "2025-12", "2025-12-01", "2025-12-31"),
    d(SE, "بعد بكرة", "2025-06-13", "2025-06-13"),
    d(SE, "الموسم الماضي", "2024-08/2025-05", "2024-08-01", "2025-05-31", outer=D("2024-07-01", "2025-06-11")),
    d(SE, "قبل أسبوعين", "2025-05-28", "2025-05-28", outer=D("2025-05-25", "2025-05-31")),
    # b05 Al-Omk, Wednesday 27 October 2021: Maghrebi speech, a midnight deadline
    d(MW, "البارح فالعشية", "2021-10-26TAF", "2021-10-26"),
    d(MW, "غدوة فالصباح", "2021-10-28TMO", "2021-10-28"),
    d(MW, "مساء الثلاثاء", "2021-10-26TEV", "2021-10-26"),
    d(MW, "منتصف ليل الخميس", "2021-10-28T24:00", "2021-10-28", "2021-10-29"),
    # b06 Al-Rai, Monday 30 December 2024: ranges of years, a year in words
    d(TO, "بين عامي 2022 و2024", "2022/2024", "2022-01-01", "2024-12-31"),
    d(TO, "من مطلع 2020 حتى أواخر 2021", "2020-01/2021-12", "2020-03-01", "2021-10-31",
      outer=D("2020-01-01", "2021-12-31")),
    d(TO, "الربع الأول من العام المقبل", "2025-Q1", "2025-01-01", "2025-03-31"),
    d(TO, "2019", "2019", "2019-01-01", "2019-03-31", outer=D("2019-01-01", "2019-12-31")),
    d(TO, "عام ألفين وتسعة عشر", "2019", "2019-01-01", "2019-12-31"),
    # b07 SANA, Tuesday 5 September 2023: dotted and two-digit numeric dates, a school year
    d(EM, "17.09.23", "2023-09-17", "2023-09-17"),
    d(EM, "5/10/23", "2023-10-05", "2023-10-05"),
    d(EM, "2023.08.20", "2023-08-20", "2023-08-20"),
    d(EM, "23-07-2023", "2023-07-23", "2023-07-23"),
    d(EM, "العام الدراسي 2023-2024", "2023-09/2024-06", "2023-09-01", "2024-06-30",
      outer=D("2023-08-01", "2024-07-31")),
    d(EM, "الأحد المقبل", "2023-09-10", "2023-09-10"),
    # b08 Al-Roeya, Wednesday 20 March 2024: minutes in words, the week after next, a month's last day
    d(FB, "الساعة الثامنة وخمس وعشرين دقيقة مساء بعد غد الجمعة", "2024-03-22T20:25", "2024-03-22"),
    d(FB, "التاسع عشر من الشهر الماضي", "2024-02-19", "2024-02-19"),
    d(FB, "الأسبوع بعد المقبل", "2024-W14", "2024-04-01", "2024-04-07", outer=D("2024-03-30", "2024-04-07")),
    d(FB, "اليوم الأخير من الشهر المقبل", "2024-04-30", "2024-04-30"),
]

NEGATIVES_B = [
    (FO, "عهد الإمام", 1), (BU, "6.1 في المئة", 1), (TO, "40 في المئة", 1), (TO, "5 ملايين سائح", 1),
]

DEVTIME13_A = dict(timex=A, clusters={}, events=[], diff=[], before=[])
DEVTIME13_B = dict(timex=B, clusters={}, events=[], diff=[], before=[])
