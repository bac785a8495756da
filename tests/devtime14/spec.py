"""devtime14 gold: every time expression in 23 short articles, in two parts.

Written for temporal round 20 (issue 10) before the engine was changed: breadth outside recent
news.  An event's name in a headline or body (``نصر أكتوبر``، ``حرب أكتوبر``، ``ثورة يناير``) as
negatives; Egypt's fiscal year (July to June) and its quarters (``الربع الأول من العام المالي
الجاري 2024/2025``، ``الفترة المماثلة من العام المالي الماضي``، ``الربع الأخير من العام المالي
المنقضي``)؛ Gulf ``باكر``/``باجر`` and Maghrebi ``العشية``؛ millennia (``الألفية الثالثة قبل
الميلاد``، ``مطلع الألفية الثالثة``، ``بداية الألفية الجديدة``)؛ Hijri dates of 1447 in Morocco and
Saudi Arabia؛ spelled-out dates and years؛ ranges across months and years؛ numeric dates with
two-digit years and dots؛ durations against dates (``خلال 48 ساعة من الآن``، ``منذ عقدين``، ``قبل
خمس سنوات``)؛ parts of days and weeks in dialects (``مبارح بالليل``، ``آخر الجمعة``، ``سهرة``،
``صبيحة``، ``البارح فالليل``، ``نهاية الأسبوع`` in the Gulf)؛ clock times ``بتوقيت`` across midnight
(``الواحدة بعد منتصف ليل الجمعة``، ``الواحدة فجر الاثنين بتوقيت بيروت، أي العاشرة مساء الأحد
بتوقيت غرينتش``)؛ two texts outside news (a forum post, a wedding invitation).

Part A (``A``, 15 articles) is the development part; part B (``B``, 8 articles, other stories
and outlets) is scored only at the start and at the end of the round (a measure of transfer).
Row formats are those of tests/devtime9/spec.py:

  timex rows: (doc, surface, occurrence, kind, value, tight, outer, required)
    'date' [earliest, latest] inside outer and overlapping tight; 'duration' (and SETs) by value;
    'vague' optional, never scored, never spurious.
  NEGATIVES_*: (doc, surface, occurrence): any record overlapping one is spurious.

Conventions (those of devtime13, and): Egypt's fiscal year runs July to June, so an Egyptian
article's fiscal quarter is three months of that year (``الربع الأول`` July to September) and
``العام المالي 2024/2025`` July 2024 to June 2025; Saudi Arabia's is the calendar year; a
millennium before Christ is scored by its TIMEX3 value (``BC2`` the third); ``مطلع الألفية
الثالثة`` is the 2000s (any reading inside 2000-2333 accepted); a Gulf weekend is Friday and
Saturday (Thursday to Sunday accepted), a Levantine ``آخر الجمعة`` the end of this week; a clock
time across midnight is on the day the clock falls in (``الواحدة بعد منتصف ليل الجمعة`` is
Saturday 01:00); a clock time in another zone, read against its own named day, accepts that day
and the next; a Hijri day of 1447 accepts the two days either table could give, one more
outside; ``منذ X`` ends at the publication date; an event named by its month (``نصر أكتوبر``،
``ثورة يناير``) is no date, but one ``history.json`` names (``حرب أكتوبر``: 1973-10, the
project's convention since round 11) is an optional row.
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
    "a01_eg_october": "2024-10-06",
    "a02_eg_budget": "2024-11-12",
    "a03_kw_market": "2025-02-18",
    "a04_ma_ramadan": "2026-02-16",
    "a05_jo_pottery": "2023-05-09",
    "a06_sa_hajj": "2024-06-10",
    "a07_iq_budget": "2023-12-04",
    "a08_lb_power": "2024-01-22",
    "a09_tn_bac": "2025-05-27",
    "a10_eg_rail": "2023-08-15",
    "a11_dz_snow": "2022-01-10",
    "a12_ae_books": "2023-02-20",
    "a13_sy_wheat": "2024-05-14",
    "a14_qa_park": "2024-12-04",
    "a15_eg_forum": "2025-07-08",
}

PUBLISHED_B = {
    "b01_eg_cinema": "2025-03-03",
    "b02_sa_deficit": "2024-08-06",
    "b03_ma_eid": "2026-03-17",
    "b04_kw_rain": "2023-11-20",
    "b05_ps_museum": "2024-09-26",
    "b06_eg_fiscal": "2024-06-30",
    "b07_lb_vote": "2022-05-13",
    "b08_sa_invite": "2025-07-30",
}

OC, BU, KM, RA, PO = "a01_eg_october", "a02_eg_budget", "a03_kw_market", "a04_ma_ramadan", "a05_jo_pottery"
HA, IQ, PW, BC, RL = "a06_sa_hajj", "a07_iq_budget", "a08_lb_power", "a09_tn_bac", "a10_eg_rail"
SN, BK, WH, PK, FR = "a11_dz_snow", "a12_ae_books", "a13_sy_wheat", "a14_qa_park", "a15_eg_forum"

A = [
    # a01 Youm7, Sunday 6 October 2024: an event's name in the headline, a zoned clock tomorrow
    d(OC, "اليوم الأحد", "2024-10-06", "2024-10-06"),
    d(OC, "السادس من أكتوبر 1973", "1973-10-06", "1973-10-06"),
    d(OC, "مساء الخميس المقبل", "2024-10-10TEV", "2024-10-10"),
    v(OC, "حرب أكتوبر", "1973-10"),
    d(OC, "الساعة السابعة مساء غد الاثنين بتوقيت القاهرة", "2024-10-07T19:00", "2024-10-07"),
    d(OC, "منذ مطلع الشهر الجاري", "2024-10", "2024-10-01", "2024-10-03", outer=D("2024-10-01", "2024-10-06")),
    # a02 Al-Masry Al-Youm, Tuesday 12 November 2024: Egypt's fiscal year and quarters
    v(BU, "الربع الأول", "2024-07/2024-09"),
    d(BU, "الربع الأول من العام المالي الجاري 2024/2025", "2024-07/2024-09", "2024-07-01", "2024-09-30"),
    d(BU, "الفترة المماثلة من العام المالي الماضي", "2023-07/2023-09", "2023-07-01", "2023-09-30"),
    d(BU, "العام المالي المقبل 2025/2026", "2025-07/2026-06", "2025-07-01", "2026-06-30"),
    d(BU, "نهاية مارس المقبل", "2025-03", "2025-03-21", "2025-03-31", outer=D("2025-03-18", "2025-03-31")),
    d(BU, "الربع الأخير من العام المالي 2026/2027", "2027-04/2027-06", "2027-04-01", "2027-06-30"),
    # a03 Al-Qabas, Tuesday 18 February 2025: Gulf باكر/باجر in quotes, a Gulf weekend
    d(KM, "أمس الاثنين", "2025-02-17", "2025-02-17"),
    d(KM, "باكر الصبح", "2025-02-19TMO", "2025-02-19"),
    d(KM, "نهاية الأسبوع", "2025-W08-WE", "2025-02-21", "2025-02-22", outer=D("2025-02-20", "2025-02-23")),
    d(KM, "عصر أمس", "2025-02-17TAF", "2025-02-17"),
    d(KM, "باجر", "2025-02-19", "2025-02-19"),
    d(KM, "خلال الأسبوعين المقبلين", "P2W", "2025-02-18", "2025-03-04", outer=D("2025-02-18", "2025-03-09")),
    # a04 Hespress, Monday 16 February 2026: Ramadan and Shaban 1447 in Morocco, العشية
    d(RA, "مساء الثلاثاء", "2026-02-17TEV", "2026-02-17"),
    d(RA, "شهر رمضان لعام 1447 هجرية", "2026-02-19/2026-03-20", "2026-02-19", "2026-03-19",
      outer=D("2026-02-17", "2026-03-21")),
    d(RA, "يوم الخميس فاتح رمضان", "2026-02-19", "2026-02-19"),
    d(RA, "فاتح شعبان 1447", "2026-01-20", "2026-01-20", "2026-01-21", outer=D("2026-01-19", "2026-01-22")),
    d(RA, "الثلاثاء 20 يناير الماضي", "2026-01-20", "2026-01-20"),
    d(RA, "البارح العشية", "2026-02-15TAF", "2026-02-15"),
    d(RA, "غدا فالعشية", "2026-02-17TAF", "2026-02-17"),
    d(RA, "نهار الاثنين اللي فات", "2026-02-09", "2026-02-09", outer=D("2026-02-09", "2026-02-16")),
    # a05 Petra, Tuesday 9 May 2023: millennia, years in words
    du(PO, "الألفية الثالثة قبل الميلاد", "BC2"),
    d(PO, "مطلع الألفية الثالثة", "2", "2000-01-01", "2009-12-31", outer=D("2000-01-01", "2333-12-31")),
    d(PO, "عام ألف وتسعمئة واثنين وثلاثين", "1932", "1932-01-01", "1932-12-31"),
    d(PO, "منذ عام ألفين وثمانية عشر", "2018", "2018-01-01", "2018-12-31", outer=D("2018-01-01", "2023-05-09")),
    d(PO, "الخامس والعشرين من أيار الجاري", "2023-05-25", "2023-05-25"),
    d(PO, "نهاية حزيران", "2023-06", "2023-06-21", "2023-06-30", outer=D("2023-06-18", "2023-06-30")),
    # a06 Okaz, Monday 10 June 2024: a clock after midnight, a clock in GMT
    d(HA, "مساء الخميس المقبل", "2024-06-13TEV", "2024-06-13"),
    d(HA, "يوم السبت", "2024-06-15", "2024-06-15"),
    d(HA, "أول أيام عيد الأضحى", "2024-06-16", "2024-06-16"),
    d(HA, "يوم الأحد", "2024-06-16", "2024-06-16"),
    d(HA, "الساعة الواحدة بعد منتصف ليل الجمعة بتوقيت مكة المكرمة", "2024-06-15T01:00", "2024-06-15"),
    d(HA, "العاشرة مساء الجمعة بتوقيت غرينتش", "2024-06-14T22:00", "2024-06-14",
      outer=D("2024-06-14", "2024-06-15")),
    # a07 Shafaq News, Monday 4 December 2023: a range across years, numeric dates with dots and two-digit years
    d(IQ, "الأسبوع المقبل", "2023-W50", "2023-12-11", "2023-12-17", outer=D("2023-12-09", "2023-12-17")),
    d(IQ, "من تشرين الثاني 2023 إلى شباط 2024", "2023-11/2024-02", "2023-11-01", "2024-02-29"),
    d(IQ, "10.12.2023", "2023-12-10", "2023-12-10"),
    d(IQ, "بين عامي 2019 و2022", "2019/2022", "2019-01-01", "2022-12-31"),
    d(IQ, "28/11/23", "2023-11-28", "2023-11-28"),
    d(IQ, "1/1/24", "2024-01-01", "2024-01-01"),
    # a08 An-Nahar, Monday 22 January 2024: Levantine parts of days and of the week
    v(PW, "عشر ساعات تغذية يوميا", "XXXX-XX-XX"),
    v(PW, "عشر ساعات يوميا", "XXXX-XX-XX"),
    d(PW, "مطلع الأسبوع المقبل", "2024-W05", "2024-01-28", "2024-01-30", outer=D("2024-01-27", "2024-01-31")),
    d(PW, "مبارح بالليل", "2024-01-21TNI", "2024-01-21", outer=D("2024-01-21", "2024-01-22")),
    v(PW, "من الساعة تمانية لنص الليل", "2024-01-21T20:00/2024-01-21T24:00"),
    d(PW, "اليوم الصبح", "2024-01-22TMO", "2024-01-22"),
    du(PW, "ساعتين", "PT2H"),
    d(PW, "آخر الجمعة", "2024-W04", "2024-01-26", "2024-01-28", outer=D("2024-01-25", "2024-01-28")),
    # a09 TAP, Tuesday 27 May 2025: exam days, a range across months, a school year
    d(BC, "يوم 4 جوان", "2025-06-04", "2025-06-04"),
    v(BC, "دورة 2025", "2025"),
    d(BC, "يوم الأربعاء 4 جوان", "2025-06-04", "2025-06-04"),
    d(BC, "يوم 11 جوان", "2025-06-11", "2025-06-11"),
    d(BC, "يوم 20 جوان", "2025-06-20", "2025-06-20"),
    d(BC, "من 27 جوان إلى 2 جويلية", "2025-06-27/2025-07-02", "2025-06-27", "2025-07-02"),
    d(BC, "السنة الدراسية 2025-2026", "2025-09/2026-06", "2025-09-01", "2026-06-30",
      outer=D("2025-08-01", "2026-07-31")),
    d(BC, "يوم 15 سبتمبر القادم", "2025-09-15", "2025-09-15"),
    # a10 Al-Ahram, Tuesday 15 August 2023: durations against dates
    du(RL, "48 ساعة", "PT48H"),
    du(RL, "48 ساعة", "PT48H", occ=2),
    d(RL, "خلال 48 ساعة من الآن", "P2D", "2023-08-15", "2023-08-17"),
    d(RL, "منذ عقدين", "P2DE", "2003-08-15", "2023-08-15", outer=D("2003-01-01", "2023-08-15")),
    du(RL, "ثلاث سنوات", "P3Y"),
    du(RL, "6 ساعات", "PT6H"),
    d(RL, "يوم الجمعة المقبل", "2023-08-18", "2023-08-18"),
    d(RL, "قبل خمس سنوات", "2018", "2018-01-01", "2018-12-31", outer=D("2017-01-01", "2018-12-31")),
    # a11 Echorouk, Monday 10 January 2022: Algerian parts of days, a night across two days
    d(SN, "سهرة اليوم الاثنين", "2022-01-10TNI", "2022-01-10", outer=D("2022-01-10", "2022-01-11")),
    d(SN, "صبيحة الأربعاء", "2022-01-12TMO", "2022-01-12"),
    d(SN, "ليلة الثلاثاء إلى الأربعاء", "2022-01-11TNI", "2022-01-11", "2022-01-12"),
    d(SN, "البارح فالليل", "2022-01-09TNI", "2022-01-09", outer=D("2022-01-09", "2022-01-10")),
    d(SN, "غدوة فالعشية", "2022-01-11TAF", "2022-01-11"),
    # a12 WAM, Monday 20 February 2023: spelled-out days and a year in words, a half year
    d(BK, "مايو", "2023-05", "2023-05-01", "2023-05-31"),
    d(BK, "الثاني والعشرين من مايو المقبل", "2023-05-22", "2023-05-22"),
    d(BK, "الثامن والعشرين منه", "2023-05-28", "2023-05-28"),
    v(BK, "يوميا", "P1D"),
    v(BK, "من التاسعة صباحا حتى العاشرة ليلا", "T09:00/T22:00"),
    d(BK, "عام ألف وتسعمئة وواحد وثمانين", "1981", "1981-01-01", "1981-12-31"),
    d(BK, "النصف الثاني من العام الجاري", "2023-H2", "2023-07-01", "2023-12-31"),
    # a13 SANA, Tuesday 14 May 2024: dotted and two-digit numeric dates
    d(WH, "12.05.2024", "2024-05-12", "2024-05-12"),
    d(WH, "31/7/2024", "2024-07-31", "2024-07-31"),
    d(WH, "مساء أمس الاثنين", "2024-05-13TEV", "2024-05-13"),
    d(WH, "3/4/24", "2024-04-03", "2024-04-03"),
    # a14 Al-Raya, Wednesday 4 December 2024: Qatar's national day, Gulf speech, a weekend
    d(PK, "اليوم الوطني", "2024-12-18", "2024-12-18"),
    d(PK, "عطلة نهاية الأسبوع", "2024-W49-WE", "2024-12-06", "2024-12-07", outer=D("2024-12-05", "2024-12-08")),
    d(PK, "أمس بالليل", "2024-12-03TNI", "2024-12-03", outer=D("2024-12-03", "2024-12-04")),
    d(PK, "باكر العصر", "2024-12-05TAF", "2024-12-05"),
    v(PK, "من الرابعة عصرا حتى منتصف الليل", "T16:00/T24:00"),
    d(PK, "الثامن عشر من ديسمبر الجاري", "2024-12-18", "2024-12-18"),
    # a15 a forum post, Tuesday 8 July 2025: Egyptian speech outside news, a day and month alone
    d(FR, "امبارح بالليل", "2025-07-07TNI", "2025-07-07", outer=D("2025-07-07", "2025-07-08")),
    d(FR, "يوم الخميس الجاي", "2025-07-10", "2025-07-10"),
    d(FR, "يوم الجمعة", "2025-07-11", "2025-07-11"),
    d(FR, "14/7", "2025-07-14", "2025-07-14"),
]

NEGATIVES_A = [
    (OC, "نصر أكتوبر", 1), (OC, "الذكرى الحادية والخمسين", 1),
    (BU, "7.5 في المئة", 1), (BU, "7.5 في المئة", 2), (PO, "200 قطعة", 1), (HA, "1.8 مليون حاج", 1),
    (IQ, "4 ملايين موظف", 1), (WH, "120 ألف طن", 1), (FR, "الساعة كام", 1), (FR, "عيد ميلادي", 1),
]

CI, DF, EI, RN = "b01_eg_cinema", "b02_sa_deficit", "b03_ma_eid", "b04_kw_rain"
MS, FS, VT, IN = "b05_ps_museum", "b06_eg_fiscal", "b07_lb_vote", "b08_sa_invite"

B = [
    # b01 Al-Watan, Monday 3 March 2025: Egyptian speech, a revolution's name, a year in words
    d(CI, "الأربعاء 12 مارس الجاري", "2025-03-12", "2025-03-12"),
    d(CI, "بكرة بالليل", "2025-03-04TNI", "2025-03-04", outer=D("2025-03-04", "2025-03-05")),
    d(CI, "آخر الشهر", "2025-03", "2025-03-21", "2025-03-31", outer=D("2025-03-18", "2025-03-31")),
    d(CI, "عام ألفين وخمسة", "2005", "2005-01-01", "2005-12-31"),
    # b02 Al-Eqtisadiah, Tuesday 6 August 2024: Saudi quarters and halves (calendar fiscal year)
    d(DF, "الربع الثاني", "2024-Q2", "2024-04-01", "2024-06-30"),
    d(DF, "الربع الثاني من العام الجاري", "2024-Q2", "2024-04-01", "2024-06-30"),
    d(DF, "النصف الأول من 2024", "2024-H1", "2024-01-01", "2024-06-30"),
    d(DF, "الفترة المماثلة من العام الماضي", "2023-H1", "2023-01-01", "2023-06-30"),
    d(DF, "السنة المالية المقبلة", "2025", "2025-01-01", "2025-12-31", outer=D("2024-07-01", "2026-06-30")),
    d(DF, "بين عامي 2025 و2027", "2025/2027", "2025-01-01", "2027-12-31"),
    # b03 Al-Ahdath Al-Maghribia, Tuesday 17 March 2026: Shawwal 1447 in Morocco, العشية
    d(EI, "مساء الخميس", "2026-03-19TEV", "2026-03-19"),
    d(EI, "عيد الفطر لعام 1447", "2026-03-21", "2026-03-20", "2026-03-21", outer=D("2026-03-19", "2026-03-23")),
    d(EI, "يوم السبت", "2026-03-21", "2026-03-21"),
    d(EI, "غدا العشية", "2026-03-18TAF", "2026-03-18"),
    d(EI, "فاتح شوال 1447", "2026-03-20", "2026-03-20", "2026-03-21", outer=D("2026-03-19", "2026-03-22")),
    d(EI, "يوم الجمعة", "2026-03-20", "2026-03-20"),
    # b04 Al-Rai, Monday 20 November 2023: Gulf باكر, a deadline in hours, a Gulf weekend
    d(RN, "خلال 72 ساعة المقبلة", "P3D", "2023-11-20", "2023-11-23"),
    d(RN, "باكر الثلاثاء", "2023-11-21", "2023-11-21"),
    d(RN, "فجر الأربعاء", "2023-11-22TMO", "2023-11-22"),
    d(RN, "باكر الظهر", "2023-11-21TMI", "2023-11-21"),
    d(RN, "نهاية الأسبوع", "2023-W47-WE", "2023-11-24", "2023-11-25", outer=D("2023-11-23", "2023-11-26")),
    # b05 WAFA, Thursday 26 September 2024: a millennium BC, ranges, a date in words
    du(MS, "الألفية الرابعة قبل الميلاد", "BC3"),
    d(MS, "من 28 أيلول الجاري حتى 15 تشرين الأول المقبل", "2024-09-28/2024-10-15", "2024-09-28", "2024-10-15"),
    d(MS, "بين عامي 1998 و2003", "1998/2003", "1998-01-01", "2003-12-31"),
    d(MS, "العاشر من تشرين الأول عام ألفين وعشرة", "2010-10-10", "2010-10-10"),
    d(MS, "منذ بداية الألفية الجديدة", "2", "2000-01-01", "2001-12-31", outer=D("2000-01-01", "2024-09-26")),
    # b06 Youm7, Sunday 30 June 2024: Egypt's new fiscal year, a dotted date
    d(FS, "غدا", "2024-07-01", "2024-07-01"),
    d(FS, "العام المالي الجديد 2024/2025", "2024-07/2025-06", "2024-07-01", "2025-06-30"),
    d(FS, "غدا الاثنين", "2024-07-01", "2024-07-01"),
    d(FS, "الربع الأخير من العام المالي المنقضي", "2024-04/2024-06", "2024-04-01", "2024-06-30"),
    d(FS, "الثلاثاء 2.7.2024", "2024-07-02", "2024-07-02"),
    d(FS, "خلال الأشهر الستة المقبلة", "P6M", "2024-06-30", "2024-12-31", outer=D("2024-06-30", "2025-01-02")),
    # b07 Al-Akhbar, Friday 13 May 2022: clocks across midnight in two zones, Levantine speech
    v(VT, "بعد منتصف الليل", "2022-05-16"),
    d(VT, "السابعة من مساء الأحد بتوقيت بيروت", "2022-05-15T19:00", "2022-05-15"),
    d(VT, "يومي 6 و8 أيار الجاري", "2022-05-06", "2022-05-06", "2022-05-08"),
    d(VT, "الواحدة فجر الاثنين بتوقيت بيروت", "2022-05-16T01:00", "2022-05-16"),
    d(VT, "العاشرة مساء الأحد بتوقيت غرينتش", "2022-05-15T22:00", "2022-05-15",
      outer=D("2022-05-15", "2022-05-16")),
    d(VT, "بكرا العصر", "2022-05-14TAF", "2022-05-14"),
    # b08 a wedding invitation, Wednesday 30 July 2025: a Hijri and a Gregorian numeric date
    d(IN, "مساء يوم الخميس 13/2/1447هـ", "2025-08-07TEV", "2025-08-06", "2025-08-07",
      outer=D("2025-08-06", "2025-08-08")),
    d(IN, "7/8/2025م", "2025-08-07", "2025-08-07"),
    d(IN, "الساعة الثامنة والنصف مساء", "2025-08-07T20:30", "2025-08-07"),
]

NEGATIVES_B = [
    (CI, "ثورة يناير", 1), (DF, "15 مليار ريال", 1), (DF, "33 مليار ريال", 1),
    (MS, "30 ألف سائح", 1), (FS, "4.2 تريليون جنيه", 1),
]

DEVTIME14_A = dict(timex=A, clusters={}, events=[], diff=[], before=[])
DEVTIME14_B = dict(timex=B, clusters={}, events=[], diff=[], before=[])
