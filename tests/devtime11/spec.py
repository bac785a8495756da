"""devtime11 gold: every time expression in 25 short news articles, in two parts.

Written for temporal round 17 (issue 10) before the engine was changed, dense in the families
round 16 left open: bare weekdays after an imperfect in body text (the lead's decision: the next
such day on or after the DCT; not after كان/ما زال, not a habit, not in a headline, whose present
is the historical present)؛ ``ت.غ`` (GMT with a dot)؛ ``الليلة الجاية`` (tomorrow night)؛ ``أمس
المغرب`` (yesterday at the sunset prayer)؛ ranges across months and years (``من أواخر 2019 حتى
مطلع 2021``)؛ numeric dates with two-digit years؛ ``مطلع/أواسط/أواخر الشهر/العام``؛ ``العقد
الماضي``؛ ``خلال السنوات الخمس الماضية`` (an interval ending at the DCT)؛ ``منذ مطلع العام``؛
Hijri months with ``لعام``؛ ``ليلة الخميس على الجمعة``؛ ``فجر اليوم``؛ ``الأسبوع قبل الماضي``؛
``نهاية الأسبوع المقبل``؛ ``حتى إشعار آخر`` (an open end)؛ ``خلال 48 ساعة`` (a deadline from the
DCT).

Part A (``A``, 17 articles) is the development part; part B (``B``, 8 articles, other stories
and outlets) is scored only at the start and at the end of the round (a measure of transfer).
Row formats are those of tests/devtime9/spec.py:

  timex rows: (doc, surface, occurrence, kind, value, tight, outer, required)
    'date' [earliest, latest] inside outer and overlapping tight; 'duration' (and SETs) by value;
    'vague' optional, never scored, never spurious.
  NEGATIVES_*: (doc, surface, occurrence): any record overlapping one is spurious.

Conventions: "ليلة X على Y" joins the two days; "الليلة الجاية" is tomorrow night (the DCT's
next day and the one after); "منذ مطلع العام" is any reading from the year's first day to the
DCT (the since-interval, or the year's start cut at the DCT); "العقد الماضي" either the last
decade of the calendar (the 2010s) or the ten years before the DCT; "خلال السنوات الخمس
الماضية" the five years before the DCT (from the first of that year); "خلال 48 ساعة" told of
what is to come (a deadline, a forecast) the days from the DCT to its end; "حتى إشعار آخر" has
no end, which a day interval cannot hold: an optional row; "نهاية الأسبوع المقبل" the weekend of
next week, on the Friday-Saturday or Saturday-Sunday reading; a week two back is any Saturday-
to Monday-start reading. A clock with ``ت.غ`` stays on GMT's day (as ``بتوقيت غرينتش`` does).
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
    "a01_jo_paris": "2024-03-12",
    "a02_ae_shipping": "2023-09-20",
    "a03_eg_bridge": "2024-07-03",
    "a04_lb_storm": "2022-11-16",
    "a05_kw_brawl": "2023-12-05",
    "a06_cn_quake": "2024-01-22",
    "a07_eg_inflation": "2024-02-08",
    "a08_sa_scholarships": "2025-01-14",
    "a09_eg_beijing": "2023-05-24",
    "a10_tr_refugees": "2024-10-29",
    "a11_sy_football": "2021-06-09",
    "a12_bh_fuel": "2022-03-14",
    "a13_ps_isra": "2023-02-07",
    "a14_dz_fires": "2024-08-27",
    "a15_ae_remote": "2024-11-20",
    "a16_iq_damascus": "2023-07-17",
    "a17_jo_budget": "2024-12-03",
}

PUBLISHED_B = {
    "b01_om_book_fair": "2022-09-28",
    "b02_ly_crossing": "2023-04-04",
    "b03_iq_ramadan": "2025-02-25",
    "b04_sa_opec": "2022-05-31",
    "b05_tn_budget": "2023-09-20",
    "b06_eg_weather": "2024-04-18",
    "b07_ps_nuseirat": "2024-09-11",
    "b08_sd_council": "2021-10-13",
}

JP, SH, BG, ST = "a01_jo_paris", "a02_ae_shipping", "a03_eg_bridge", "a04_lb_storm"
BW, QK, IN, SC = "a05_kw_brawl", "a06_cn_quake", "a07_eg_inflation", "a08_sa_scholarships"
BJ, RF, FB, FU = "a09_eg_beijing", "a10_tr_refugees", "a11_sy_football", "a12_bh_fuel"
IS, FR, RM, DM, BU = "a13_ps_isra", "a14_dz_fires", "a15_ae_remote", "a16_iq_damascus", "a17_jo_budget"

A = [
    # a01 Al-Ghad, Tuesday 12 March 2024: imperfects in the body tell the coming days
    d(JP, "الخميس", "2024-03-14", "2024-03-14"),
    d(JP, "السبت", "2024-03-16", "2024-03-16"),
    du(JP, "يومين", "P2D"),
    d(JP, "الأحد الماضي", "2024-03-10", "2024-03-10"),
    d(JP, "الاثنين", "2024-03-11", "2024-03-11"),
    # a02 Al-Khaleej, Wednesday 20 September 2023: a headline's historical present; a coming day
    d(SH, "الاثنين", "2023-09-18", "2023-09-18"),
    d(SH, "الاثنين", "2023-09-18", "2023-09-18", occ=2),
    d(SH, "الأحد", "2023-09-24", "2023-09-24"),
    du(SH, "72 ساعة", "PT72H"),
    # a03 Masrawy, Wednesday 3 July 2024: "حتى إشعار آخر", a deadline "خلال 48 ساعة"
    v(BG, "حتى إشعار آخر", "FUTURE_REF"),
    d(BG, "منتصف ليل الخميس", "2024-07-04T24:00", "2024-07-04", "2024-07-05"),
    v(BG, "حتى إشعار آخر", "FUTURE_REF", occ=2),
    d(BG, "خلال 48 ساعة", "P2D", "2024-07-03", "2024-07-05"),
    d(BG, "الجمعة", "2024-07-05", "2024-07-05"),
    # a04 An-Nahar, Wednesday 16 November 2022: a night between two days, dawn, Levantine forms
    d(ST, "ليلة الخميس على الجمعة", "2022-11-17TNI", "2022-11-17", "2022-11-18"),
    d(ST, "فجر اليوم", "2022-11-16TMO", "2022-11-16"),
    d(ST, "ليلة الخميس على الجمعة", "2022-11-17TNI", "2022-11-17", "2022-11-18", occ=2),
    d(ST, "الليلة الجاية", "2022-11-17TNI", "2022-11-17", "2022-11-18"),
    d(ST, "مبارح", "2022-11-15", "2022-11-15"),
    # a05 Al-Rai, Tuesday 5 December 2023: "أمس المغرب" (the sunset prayer), a coming hearing
    d(BW, "أمس المغرب", "2023-12-04TEV", "2023-12-04"),
    d(BW, "فجر اليوم", "2023-12-05TMO", "2023-12-05"),
    v(BW, "بعد صلاة العصر", "2023-12-04TAF"),
    d(BW, "الخميس", "2023-12-07", "2023-12-07"),
    # a06 wires, Monday 22 January 2024: "ت.غ"
    d(QK, "الساعة 18:09 ت.غ", "2024-01-21T18:09Z", "2024-01-21"),
    d(QK, "أمس الأحد", "2024-01-21", "2024-01-21"),
    d(QK, "الساعة 23:40 ت.غ", "2024-01-21T23:40Z", "2024-01-21"),
    d(QK, "فجر اليوم", "2024-01-22TMO", "2024-01-22"),
    # a07 Asharq Al-Awsat, Thursday 8 February 2024: since, ranges over years, the last five years, the decade
    d(IN, "منذ مطلع العام الماضي", "2023", "2023-01-01", "2023-04-30", outer=D("2023-01-01", "2024-02-08")),
    d(IN, "يناير", "2024-01", "2024-01-01", "2024-01-31"),
    d(IN, "ديسمبر", "2023-12", "2023-12-01", "2023-12-31"),
    d(IN, "اليوم", "2024-02-08", "2024-02-08"),
    d(IN, "من أواخر 2021 حتى منتصف 2023", "P2Y", "2021-12-01", "2023-06-30", outer=D("2021-09-01", "2023-08-31")),
    d(IN, "خلال السنوات الخمس الماضية", "P5Y", "2019-02-08", "2024-02-08", outer=D("2019-01-01", "2024-02-08")),
    d(IN, "خلال العقد الماضي", "P10Y", "2014-02-08", "2019-12-31", outer=D("2010-01-01", "2024-02-08")),
    d(IN, "منذ مطلع العام", "2024", "2024-01-01", "2024-02-08", occ=2),
    # a08 Okaz, Tuesday 14 January 2025: Hijri months with "لعام", two-digit Hijri years
    d(SC, "الثلاثاء المقبل", "2025-01-21", "2025-01-21"),
    d(SC, "يوم الثلاثاء المقبل", "2025-01-21", "2025-01-21"),
    d(SC, "نهاية شهر شعبان لعام 1446هـ", "2025-02", "2025-02-20", "2025-02-28", outer=D("2025-01-14", "2025-03-01")),
    d(SC, "شهر ذي القعدة لعام 1446", "2025-04", "2025-05-01", "2025-05-25", outer=D("2025-04-27", "2025-05-29")),
    v(SC, "مطلع العام الدراسي المقبل", "2025-08"),
    d(SC, "من 1/6/45 إلى 29/7/45هـ", "P2M", "2023-12-14", "2024-02-10", outer=D("2023-12-12", "2024-02-12")),
    # a09 Al-Ahram, Wednesday 24 May 2023: next week's end, the week before last, mid next month
    d(BJ, "نهاية الأسبوع المقبل", "2023-W22-WE", "2023-06-02", "2023-06-03", outer=D("2023-06-01", "2023-06-04")),
    d(BJ, "نهاية الأسبوع المقبل", "2023-W22-WE", "2023-06-02", "2023-06-03", occ=2, outer=D("2023-06-01", "2023-06-04")),
    du(BJ, "ثلاثة أيام", "P3D"),
    d(BJ, "الأسبوع قبل الماضي", "2023-W19", "2023-05-08", "2023-05-12", outer=D("2023-05-06", "2023-05-14")),
    d(BJ, "الأحد", "2023-05-28", "2023-05-28"),
    d(BJ, "الاثنين", "2023-05-29", "2023-05-29"),
    d(BJ, "أواسط الشهر المقبل", "2023-06", "2023-06-11", "2023-06-20", outer=D("2023-06-08", "2023-06-22")),
    v(BJ, "كل خميس", "XXXX-WXX-4"),
    # a10 Enab Baladi, Tuesday 29 October 2024: ما زال، a habit, كانت + imperfect stay past
    d(RF, "الأحد", "2024-10-27", "2024-10-27"),
    v(RF, "عادة الجمعة", "XXXX-WXX-5"),
    d(RF, "السبت", "2024-10-26", "2024-10-26"),
    d(RF, "الاثنين", "2024-11-04", "2024-11-04"),
    d(RF, "أمس", "2024-10-28", "2024-10-28"),
    # a11 Kooora, Wednesday 9 June 2021: a match ahead, training and travel days in the imperfect
    d(FB, "الثلاثاء المقبل", "2021-06-15", "2021-06-15"),
    v(FB, "2022", "2022"),
    d(FB, "الخميس", "2021-06-10", "2021-06-10"),
    d(FB, "السبت", "2021-06-12", "2021-06-12"),
    d(FB, "الاثنين الماضي", "2021-06-07", "2021-06-07"),
    # a12 Al-Ayam, Monday 14 March 2022: month and year parts, a range over years, two-digit years
    d(FU, "مطلع الشهر المقبل", "2022-04", "2022-04-01", "2022-04-10", outer=D("2022-04-01", "2022-04-15")),
    d(FU, "مطلع الشهر المقبل", "2022-04", "2022-04-01", "2022-04-10", occ=2, outer=D("2022-04-01", "2022-04-15")),
    d(FU, "من أواخر 2019 حتى مطلع 2021", "P2Y", "2019-12-01", "2021-01-31", outer=D("2019-09-01", "2021-04-30")),
    d(FU, "10/3/22", "2022-03-10", "2022-03-10"),
    d(FU, "أواخر العام", "2022", "2022-09-01", "2022-12-31", outer=D("2022-03-14", "2022-12-31")),
    d(FU, "15/1/18", "2018-01-15", "2018-01-15"),
    # a13 WAFA, Tuesday 7 February 2023: a Hijri day with "لعام"، a night between two days
    d(IS, "ذكرى الإسراء والمعراج", "2023-02-18", "2023-02-18"),
    d(IS, "ذكرى الإسراء والمعراج", "2023-02-18", "2023-02-18", occ=2),
    d(IS, "السابع والعشرين من شهر رجب لعام 1444", "2023-02-18", "2023-02-18"),
    d(IS, "السبت 18 شباط الجاري", "2023-02-18", "2023-02-18"),
    d(IS, "ليلة الجمعة على السبت", "2023-02-17TNI", "2023-02-17", "2023-02-18"),
    v(IS, "لعام 1444", "1444AH", occ=2),
    d(IS, "الأحد", "2023-02-12", "2023-02-12"),
    d(IS, "نهاية شهر رجب", "2023-02", "2023-02-15", "2023-02-20", outer=D("2023-02-07", "2023-02-21")),
    # a14 Echorouk, Tuesday 27 August 2024: dawn today, a forecast "خلال 48 ساعة المقبلة"
    d(FR, "فجر اليوم", "2024-08-27TMO", "2024-08-27"),
    d(FR, "مساء الأحد", "2024-08-25TEV", "2024-08-25"),
    d(FR, "خلال 48 ساعة المقبلة", "P2D", "2024-08-27", "2024-08-29"),
    d(FR, "الخميس", "2024-08-29", "2024-08-29"),
    d(FR, "الجمعة", "2024-08-30", "2024-08-30"),
    # a15 Al-Bayan, Wednesday 20 November 2024: a range over years, the week before last, the decade
    v(RM, "أيام الجمعة", "XXXX-WXX-5"),
    v(RM, "حتى إشعار آخر", "FUTURE_REF"),
    d(RM, "من أكتوبر 2023 إلى مارس 2024", "P6M", "2023-10-01", "2024-03-31"),
    d(RM, "الأسبوع قبل الماضي", "2024-W45", "2024-11-04", "2024-11-08", outer=D("2024-11-02", "2024-11-10")),
    d(RM, "خلال العقد الماضي", "P10Y", "2014-11-20", "2019-12-31", outer=D("2010-01-01", "2024-11-20")),
    d(RM, "الأحد", "2024-11-24", "2024-11-24"),
    # a16 Shafaq News, Monday 17 July 2023: a headline's present tells what the body tells done
    d(DM, "الأحد", "2023-07-16", "2023-07-16"),
    d(DM, "الأحد", "2023-07-16", "2023-07-16", occ=2),
    d(DM, "منذ 2011", "2011", "2011-01-01", "2011-12-31"),
    d(DM, "اليوم", "2023-07-17", "2023-07-17"),
    d(DM, "الشهر المقبل", "2023-08", "2023-08-01", "2023-08-31"),
    # a17 Al-Ghad, Tuesday 3 December 2024: next week's start, the month's end, a two-digit year
    v(BU, "2025", "2025"),
    d(BU, "أمس", "2024-12-02", "2024-12-02"),
    v(BU, "لعام 2025", "2025"),
    d(BU, "مطلع الأسبوع المقبل", "2024-W50", "2024-12-08", "2024-12-10", outer=D("2024-12-07", "2024-12-12")),
    d(BU, "أواخر الشهر الجاري", "2024-12", "2024-12-21", "2024-12-31", outer=D("2024-12-18", "2024-12-31")),
    d(BU, "مطلع العام المقبل", "2025", "2025-01-01", "2025-04-30"),
    v(BU, "2024", "2024", occ=1),
    d(BU, "29/11/23", "2023-11-29", "2023-11-29"),
    d(BU, "الأحد", "2024-12-08", "2024-12-08"),
]

NEGATIVES_A = [
    (SH, "9 دول", 1), (BG, "6 أكتوبر", 1), (BG, "6 أكتوبر", 2), (ST, "1400 متر", 1),
    (QK, "6.1 درجات", 1), (QK, "4.8 درجات", 1), (IN, "29.8 في المئة", 1), (IN, "160 مليار", 1),
    (FB, "1-3", 1), (FU, "القرار رقم 14", 1), (FR, "45 درجة", 1), (RM, "85 في المئة", 1),
    (BU, "2.3 مليار", 1), (RF, "عنب بلدي", 1), (JP, "الغد", 1), (BU, "الغد", 1),
]

BF, LY, RQ, OP = "b01_om_book_fair", "b02_ly_crossing", "b03_iq_ramadan", "b04_sa_opec"
TB, WE, NU, SD = "b05_tn_budget", "b06_eg_weather", "b07_ps_nuseirat", "b08_sd_council"

B = [
    # b01 Al-Watan (Oman), Wednesday 28 September 2022: coming days in the imperfect, year parts
    d(BF, "الأحد", "2022-10-02", "2022-10-02"),
    d(BF, "نهاية الأسبوع المقبل", "2022-W40-WE", "2022-10-07", "2022-10-08", outer=D("2022-10-06", "2022-10-09")),
    d(BF, "الاثنين", "2022-10-03", "2022-10-03"),
    d(BF, "الجمعة", "2022-10-07", "2022-10-07"),
    d(BF, "أواخر 2019", "2019", "2019-09-01", "2019-12-31"),
    d(BF, "مطلع العام الماضي", "2021", "2021-01-01", "2021-04-30"),
    # b02 Al-Wasat (Libya), Tuesday 4 April 2023: an open end, a night between days, GMT, a deadline
    v(LY, "حتى إشعار آخر", "FUTURE_REF"),
    d(LY, "أمس الاثنين", "2023-04-03", "2023-04-03"),
    v(LY, "حتى إشعار آخر", "FUTURE_REF", occ=2),
    d(LY, "ليلة الأحد على الاثنين", "2023-04-02TNI", "2023-04-02", "2023-04-03"),
    d(LY, "الساعة 23:15 ت.غ", "2023-04-02T23:15Z", "2023-04-02"),
    d(LY, "خلال 72 ساعة", "P3D", "2023-04-04", "2023-04-06", outer=D("2023-04-03", "2023-04-07")),
    d(LY, "الخميس", "2023-04-06", "2023-04-06"),
    # b03 Al-Sabah (Iraq), Tuesday 25 February 2025: a Hijri day with "لعام", two-digit years
    d(RQ, "الأول من شهر رمضان لعام 1446 هـ", "2025-03-01", "2025-03-01", outer=D("2025-03-01", "2025-03-02")),
    d(RQ, "السبت المقبل", "2025-03-01", "2025-03-01"),
    d(RQ, "الأحد", "2025-03-02", "2025-03-02"),
    v(RQ, "ساعة واحدة", "PT1H"),
    v(RQ, "الشهر الفضيل", "2025-03"),
    d(RQ, "عيد الفطر", "2024-04-10", "2024-04-09", "2024-04-10", outer=D("2024-04-09", "2024-04-12")),
    d(RQ, "العام الماضي", "2024", "2024-01-01", "2024-12-31"),
    d(RQ, "من 9/4/24 إلى 13/4/24", "P5D", "2024-04-09", "2024-04-13"),
    # b04 Al-Madina, Tuesday 31 May 2022: a headline echoing a coming day, since, the last months
    d(OP, "الأحد", "2022-06-05", "2022-06-05"),
    d(OP, "الأحد", "2022-06-05", "2022-06-05", occ=2),
    d(OP, "النصف الثاني من العام", "2022-H2", "2022-07-01", "2022-12-31"),
    v(OP, "شهريا", "P1M"),
    d(OP, "منذ مطلع 2020", "2020", "2020-01-01", "2020-04-30", outer=D("2020-01-01", "2022-05-31")),
    d(OP, "خلال الأشهر الستة الماضية", "P6M", "2021-11-30", "2022-05-31", outer=D("2021-11-01", "2022-05-31")),
    d(OP, "خلال العقد الماضي", "P10Y", "2012-05-31", "2019-12-31", outer=D("2010-01-01", "2022-05-31")),
    d(OP, "السبت", "2022-06-04", "2022-06-04"),
    # b05 Assabah (Tunisia), Wednesday 20 September 2023: a session ahead, a range over months
    d(TB, "الخميس", "2023-09-21", "2023-09-21"),
    d(TB, "الأسبوع قبل الماضي", "2023-W36", "2023-09-04", "2023-09-08", outer=D("2023-09-02", "2023-09-10")),
    d(TB, "الساعة العاشرة صباحا", "2023-09-21T10:00", "2023-09-21"),
    v(TB, "ساعة متأخرة من الليل", "2023-09-21TNI"),
    d(TB, "من أواخر جويلية إلى مطلع سبتمبر", "P1M", "2023-07-31", "2023-09-01", outer=D("2023-07-21", "2023-09-10")),
    d(TB, "الاثنين", "2023-09-25", "2023-09-25"),
    # b06 Youm7, Thursday 18 April 2024: tonight, tomorrow night, a range to a weekday
    d(WE, "الليلة", "2024-04-18TNI", "2024-04-18", outer=D("2024-04-18", "2024-04-19")),
    d(WE, "مساء اليوم", "2024-04-18TEV", "2024-04-18", outer=D("2024-04-18", "2024-04-21")),
    d(WE, "الأحد", "2024-04-21", "2024-04-21", outer=D("2024-04-18", "2024-04-21")),
    d(WE, "الليلة الجاية", "2024-04-19TNI", "2024-04-19", "2024-04-20"),
    d(WE, "يوم السبت", "2024-04-20", "2024-04-20"),
    d(WE, "الأسبوع قبل الماضي", "2024-W14", "2024-04-01", "2024-04-05", outer=D("2024-03-30", "2024-04-07")),
    du(WE, "يومين", "P2D"),
    # b07 Al-Quds, Wednesday 11 September 2024: dawn today, a night between days, "أمس المغرب"
    d(NU, "فجر اليوم", "2024-09-11TMO", "2024-09-11"),
    d(NU, "فجر اليوم", "2024-09-11TMO", "2024-09-11", occ=2),
    d(NU, "ليلة الاثنين على الثلاثاء", "2024-09-09TNI", "2024-09-09", "2024-09-10"),
    d(NU, "أمس المغرب", "2024-09-10TEV", "2024-09-10"),
    d(NU, "السبت", "2024-09-14", "2024-09-14"),
    # b08 Al-Araby Al-Jadeed, Wednesday 13 October 2021: a coming day, a habit, since, a deadline
    d(SD, "الأحد", "2021-10-17", "2021-10-17"),
    d(SD, "منذ 17 سبتمبر الماضي", "2021-09-17", "2021-09-17", outer=D("2021-09-17", "2021-10-13")),
    v(SD, "الثلاثاء من كل أسبوع", "XXXX-WXX-2"),
    d(SD, "منذ مطلع الشهر", "2021-10", "2021-10-01", "2021-10-10", outer=D("2021-10-01", "2021-10-13")),
    d(SD, "خلال 48 ساعة", "P2D", "2021-10-13", "2021-10-15", outer=D("2021-10-12", "2021-10-15")),
    d(SD, "أمس", "2021-10-12", "2021-10-12"),
]

NEGATIVES_B = [
    (OP, "60 في المئة", 1), (NU, "19 شهيداً", 1), (NU, "6 شهداء", 1), (NU, "12 فلسطينياً", 1),
    (WE, "اليوم السابع", 1),
]

DEVTIME11_A = dict(timex=A, clusters={}, events=[], diff=[], before=[])
DEVTIME11_B = dict(timex=B, clusters={}, events=[], diff=[], before=[])
