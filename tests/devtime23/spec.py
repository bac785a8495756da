"""devtime23 gold: every time expression in 16 short articles, in two parts.

Written for temporal round 29 (issue 10) before the engine was changed: history features (the
Suez Canal's opening, 17 November 1869: ``عشية الافتتاح``، ``صباح اليوم التالي``، ``ستينيات القرن
التاسع عشر``؛ Bandung, 18 April 1955: ``قبل ذلك بيومين``، ``التاسع من الشهر نفسه``، ``خمسينيات القرن
الماضي``), interviews in dialect (Jordanian ``هلأ``، ``مبارح``، ``بكرا``؛ Iraqi ``هسه``؛ Tunisian plans
said on the weekday they name ``نهار الاثنين نوقفو الخدمة``؛ Emirati ``باكر``، ``الحين``، ``السنة اللي
طافت``؛ Moroccan ``البارح مع العشية``، ``غدا الصباح``؛ Syrian ``مبارح``، ``بكرا``، ``أول أسبوع من
أيلول``), sports fixtures (``يوم الجمعة 17/10``، ``الخامسة إلا ربعا عصرا``، ``من 24 إلى 27
نوفمبر``), notices with numeric dates in every order and separator (``1-1-2026``، ``15/12``،
``2025/7/3``، ``6-9-2025``، ``26/10/2025``) and Hijri ones (``1/2/1447هـ الموافق 26/7/2025م``،
``20/10/1446هـ``), clocks with their zones (``10 صباحا بتوقيت المحيط الهادئ (5 مساء بتوقيت
غرينتش)``، ``22:15 بتوقيت غرينتش من يوم الأحد``), week and month arithmetic (``الثلاثاء الثاني من
شهر فبراير``، ``الأسبوع الثاني من فبراير``، ``الجمعة الأخيرة من الشهر``، ``فجر الأحد الأخير من
أكتوبر``، ``الأسبوع الأول من صفر``), compound durations (``خمس ساعات وخمسين دقيقة``) and numbers
that are no dates (``iOS 26``، ``الدورة الـ18``، ``2-1``).

Part A (``A``, 8 articles) is the development part; part B (``B``, 8 articles, other stories
and outlets) is scored only at the start and at the end of the round (a measure of transfer).
Row formats are those of tests/devtime9/spec.py:

  timex rows: (doc, surface, occurrence, kind, value, tight, outer, required)
    'date' [earliest, latest] inside outer and overlapping tight; 'duration' (and SETs) by value;
    'vague' optional, never scored, never spurious.
  NEGATIVES_*: (doc, surface, occurrence): any record overlapping one is spurious.

Conventions (those of devtime22, and, for this set): ``عشية X`` is the day before the day of X
when the text dates X; ``صباح اليوم التالي`` and ``مساء اليوم الأول`` count from the day in focus;
a decade of a century (``ستينيات القرن التاسع عشر``) is its ten years; a clock with a zone is
the instant the zone names, on the day the text gives it (``22:15 بتوقيت غرينتش من يوم الأحد``);
``الأسبوع الأول/الثاني من`` + a month is its days 1-7 / 8-14 (a calendar week overlapping them
is right); ``آخر``/``الأخير`` + weekday + ``من`` + month is that day; a Hijri date with its
``الموافق`` pair is the pair's day; a clock range every day (``يوميا من الساعة 4 عصرا``) is
vague, one told of one day (``من الساعة 7 صباحا حتى 4 عصرا`` on the Sport Day) that day; a
spoken count of a half (``عام ونص``، ``أسبوع ونص``) is vague (no agreed TIMEX3 value); a festival
or season named with its year is not scored; a named yearly day (``اليوم الرياضي للدولة``, Qatar's
second Tuesday of February) is this year's day where the text tells this year's, vague where it
tells the custom, and no date where it names the institution (``وأقر مجلس الوزراء اليوم الرياضي
في 2011``).
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
    "a01_eg_suezcanal": "2025-11-17",
    "a02_jo_miyahuna": "2025-12-09",
    "a03_iq_zawraa": "2025-10-16",
    "a04_om_muscatnights": "2025-12-14",
    "a05_tn_taxi": "2025-11-10",
    "a06_us_wwdc": "2025-06-09",
    "a07_qa_sportday": "2025-02-05",
    "a08_sa_madinahdates": "2025-07-20",
}

PUBLISHED_B = {
    "b01_id_bandung": "2025-04-18",
    "b02_ae_hatta": "2025-12-10",
    "b03_bh_muharraq": "2025-11-22",
    "b04_iq_exams": "2025-05-25",
    "b05_ma_tantan": "2025-05-14",
    "b06_sy_latakia": "2025-08-05",
    "b07_sa_traffic": "2025-04-10",
    "b08_om_omanair": "2025-10-16",
}

SC, MY, ZW, MN, TX, WW, SD, MT = ("a01_eg_suezcanal", "a02_jo_miyahuna", "a03_iq_zawraa", "a04_om_muscatnights",
                                  "a05_tn_taxi", "a06_us_wwdc", "a07_qa_sportday", "a08_sa_madinahdates")
BD, HT, MR, IX, TT, LT, TV, OA = ("b01_id_bandung", "b02_ae_hatta", "b03_bh_muharraq", "b04_iq_exams",
                                  "b05_ma_tantan", "b06_sy_latakia", "b07_sa_traffic", "b08_om_omanair")

A = [
    # a01 Al Jazeera Net, Monday 17 November 2025: the Suez Canal's opening, a history feature
    v(SC, "156 عاما", "P156Y"),
    v(SC, "قبل 156 عاما", "1869-11-17"),
    d(SC, "17 نوفمبر/تشرين الثاني 1869", "1869-11-17", "1869-11-17"),
    d(SC, "25 أبريل/نيسان 1859", "1859-04-25", "1859-04-25"),
    du(SC, "عشر سنوات", "P10Y"),
    d(SC, "عشية الافتتاح", "1869-11-16", "1869-11-16"),
    v(SC, "منتصف الليل", "1869-11-16T24:00"),
    d(SC, "صباح اليوم التالي", "1869-11-17TMO", "1869-11-17"),
    d(SC, "ستينيات القرن التاسع عشر", "186X", "1860-01-01", "1869-12-31"),
    d(SC, "الأول من نوفمبر من العام نفسه", "1869-11-01", "1869-11-01"),
    v(SC, "87 عاما", "P87Y"),
    d(SC, "26 يوليو/تموز 1956", "1956-07-26", "1956-07-26"),
    v(SC, "اليوم", "PRESENT_REF", occ=2),
    v(SC, "يوميا", "P1D"),
    # a02 Roya News, Tuesday 9 December 2025: Amman's water rota, Jordanian speech
    d(MY, "السبت المقبل", "2025-12-13", "2025-12-13"),
    d(MY, "السبت المقبل", "2025-12-13", "2025-12-13", occ=2),
    du(MY, "أسبوعين", "P2W"),
    v(MY, "يوم الخميس", "XXXX-WXX-4"),
    v(MY, "هلأ", "PRESENT_REF"),
    v(MY, "يوم الأحد", "XXXX-WXX-7"),
    v(MY, "من الصبح لبعد الظهر", "TMO/TAF"),
    d(MY, "مبارح", "2025-12-08", "2025-12-08"),
    v(MY, "لهلأ", "PRESENT_REF"),
    d(MY, "بكرا", "2025-12-10", "2025-12-10"),
    d(MY, "مساء الجمعة 19 الشهر الجاري", "2025-12-19TEV", "2025-12-19"),
    d(MY, "الأسبوع الذي يليه", "2025-W52", "2025-12-22", "2025-12-26", outer=D("2025-12-20", "2025-12-28")),
    m(MY, "تشرين الأول الماضي", "2025-10", 31),
    du(MY, "10 أيام", "P10D"),
    # a03 Alsumaria Sport, Thursday 16 October 2025: an Iraqi league round, a fixture list
    d(ZW, "يوم الجمعة 17/10", "2025-10-17", "2025-10-17"),
    d(ZW, "الاثنين 20/10", "2025-10-20", "2025-10-20"),
    d(ZW, "مساء السبت", "2025-10-18TEV", "2025-10-18"),
    d(ZW, "الساعة 7:30 بتوقيت بغداد", "2025-10-18T19:30", "2025-10-18"),
    d(ZW, "يوم الأحد", "2025-10-19", "2025-10-19"),
    d(ZW, "الخامسة إلا ربعا عصرا", "2025-10-19T16:45", "2025-10-19"),
    du(ZW, "أسبوعين", "P2W"),
    d(ZW, "من 10 إلى 18 تشرين الثاني المقبل", "2025-11-10/2025-11-18", "2025-11-10", "2025-11-18"),
    v(ZW, "أسبوع ونص", "P10D"),
    v(ZW, "هسه", "PRESENT_REF"),
    v(ZW, "الموسم الماضي", "2024/2025"),
    # a04 Oman News Agency, Sunday 14 December 2025: Muscat Nights, a notice with numeric dates
    d(MN, "1-1-2026", "2026-01-01", "2026-01-01"),
    d(MN, "من 1-1-2026 إلى 31-1-2026", "2026-01-01/2026-01-31", "2026-01-01", "2026-01-31"),
    v(MN, "يوميا", "P1D"),
    v(MN, "من الساعة 4 عصرا حتى 12 منتصف الليل", "T16:00/T24:00"),
    v(MN, "الواحدة فجرا", "T01:00"),
    v(MN, "أيام الخميس والجمعة", "XXXX-WXX-4"),
    d(MN, "من 15/12 ولغاية 22/12", "2025-12-15/2025-12-22", "2025-12-15", "2025-12-22"),
    d(MN, "مساء الخميس الأول من يناير", "2026-01-01TEV", "2026-01-01"),
    d(MN, "الساعة 8 مساء بتوقيت مسقط", "2026-01-01T20:00", "2026-01-01"),
    du(MN, "33 يوما", "P33D"),
    # a05 Diwan FM, Monday 10 November 2025: Tunis taxi strike, a plan said on the weekday it names
    d(TX, "نهار الاثنين 17 نوفمبر", "2025-11-17", "2025-11-17"),
    d(TX, "اليوم الاثنين", "2025-11-10", "2025-11-10"),
    du(TX, "3 أيام", "P3D"),
    d(TX, "الاثنين 17 نوفمبر 2025", "2025-11-17", "2025-11-17"),
    d(TX, "الأربعاء 19 نوفمبر", "2025-11-19", "2025-11-19"),
    d(TX, "نهار الاثنين", "2025-11-17", "2025-11-17", occ=2),
    d(TX, "العشرة متاع الصباح", "2025-11-17T10:00", "2025-11-17"),
    v(TX, "عام ونص", "P18M"),
    m(TX, "جويلية اللي فات", "2025-07", 31),
    d(TX, "28 أوت الفارط", "2025-08-28", "2025-08-28"),
    du(TX, "5 ساعات", "PT5H"),
    # a06 Al Arabiya Net, Monday 9 June 2025: Apple's developers conference, clocks with zones
    d(WW, "مساء اليوم", "2025-06-09TEV", "2025-06-09"),
    d(WW, "اليوم الاثنين 9 يونيو/حزيران", "2025-06-09", "2025-06-09"),
    d(WW, "الساعة 10 صباحا بتوقيت المحيط الهادئ", "2025-06-09T10:00-07:00", "2025-06-09"),
    d(WW, "5 مساء بتوقيت غرينتش", "2025-06-09T17:00", "2025-06-09"),
    d(WW, "8 مساء بتوقيت مكة المكرمة", "2025-06-09T20:00", "2025-06-09"),
    d(WW, "الجمعة 13 يونيو", "2025-06-13", "2025-06-13"),
    m(WW, "يوليو المقبل", "2025-07", 31),
    m(WW, "سبتمبر", "2025-09", 30),
    d(WW, "25 مارس الماضي", "2025-03-25", "2025-03-25"),
    # a07 Al Sharq, Wednesday 5 February 2025: Qatar's Sport Day, week arithmetic
    d(SD, "اليوم الرياضي للدولة", "2025-02-11", "2025-02-11"),
    v(SD, "اليوم الرياضي للدولة", "XXXX-02-W2-2", occ=2),
    d(SD, "الثلاثاء المقبل", "2025-02-11", "2025-02-11"),
    v(SD, "الثلاثاء الثاني من شهر فبراير من كل عام", "XXXX-02-W2-2"),
    d(SD, "هذا العام", "2025", "2025-01-01", "2025-12-31", req=False),
    d(SD, "11 فبراير 2025", "2025-02-11", "2025-02-11"),
    d(SD, "اليوم الرياضي", "2025-02-11", "2025-02-11", occ=3),
    d(SD, "من الساعة 7 صباحا حتى 4 عصرا", "2025-02-11T07:00/2025-02-11T16:00", "2025-02-11"),
    d(SD, "الأسبوع الثاني من فبراير", "2025-W07", "2025-02-08", "2025-02-14", outer=D("2025-02-03", "2025-02-16")),
    d(SD, "الجمعة الأخيرة من الشهر", "2025-02-28", "2025-02-28"),
    y(SD, "2011", 2011),
    d(SD, "14 فبراير 2012", "2012-02-14", "2012-02-14"),
    # a08 Sabq, Sunday 20 July 2025: Madinah's dates festival, Hijri numeric dates
    d(MT, "1/2/1447هـ", "2025-07-26", "2025-07-26"),
    d(MT, "يوم السبت 1/2/1447هـ الموافق 26/7/2025م", "2025-07-26", "2025-07-26"),
    d(MT, "15/2/1447هـ", "2025-08-09", "2025-08-09"),
    v(MT, "يوميا", "P1D"),
    v(MT, "بعد صلاة العصر حتى الساعة 11 مساء", "TAF/T23:00"),
    v(MT, "من الساعة 5:30 إلى 7:30 مساء", "T17:30/T19:30"),
    d(MT, "منتصف ذي الحجة الماضي", "2025-06", "2025-06-06", "2025-06-16", outer=D("2025-05-28", "2025-06-25")),
    d(MT, "الأسبوع الأول من صفر", "2025-07-26/2025-08-01", "2025-07-26", "2025-08-01",
      outer=D("2025-07-21", "2025-08-03")),
    d(MT, "عام 1446هـ", "1446", "2024-07-07", "2025-06-25"),
    du(MT, "أسبوعين", "P2W"),
]

NEGATIVES_A = [
    (SC, "مليون عامل", 1), (SC, "50 سفينة", 1), (ZW, "تسع مباريات", 1), (MN, "ستة مواقع", 1),
    (MN, "مليوني زائر", 1), (WW, "iOS 26", 1), (SD, "اليوم الرياضي", 4), (MT, "150 مزارعا", 1),
    (MT, "40 مليون ريال", 1),
]

B = [
    # b01 Arabi21, Friday 18 April 2025: Bandung at 70, a history feature
    v(BD, "70 عاما", "P70Y"),
    d(BD, "18 أبريل/نيسان 1955", "1955-04-18", "1955-04-18"),
    du(BD, "سبعة أيام", "P7D"),
    d(BD, "24 أبريل", "1955-04-24", "1955-04-24"),
    d(BD, "قبل ذلك بيومين", "1955-04-16", "1955-04-16"),
    d(BD, "التاسع من الشهر نفسه", "1955-04-09", "1955-04-09"),
    d(BD, "مساء اليوم الأول", "1955-04-18TEV", "1955-04-18"),
    d(BD, "صباح اليوم التالي", "1955-04-19TMO", "1955-04-19"),
    y(BD, "عام 1961", 1961),
    d(BD, "خمسينيات القرن الماضي", "195X", "1950-01-01", "1959-12-31"),
    v(BD, "ستينياته", "196X"),
    # b02 Al Bayan, Wednesday 10 December 2025: the Hatta winter festival, Emirati speech
    d(HT, "الجمعة", "2025-12-12", "2025-12-12"),
    d(HT, "بعد غد الجمعة 12 ديسمبر", "2025-12-12", "2025-12-12"),
    d(HT, "4 يناير 2026", "2026-01-04", "2026-01-04"),
    d(HT, "أمس", "2025-12-09", "2025-12-09"),
    d(HT, "باكر", "2025-12-11", "2025-12-11"),
    d(HT, "الجمعة من العصر", "2025-12-12TAF", "2025-12-12"),
    y(HT, "السنة اللي طافت", 2024),
    v(HT, "عطلة نهاية الأسبوع", "XXXX-WXX-WE"),
    v(HT, "الحين", "PRESENT_REF"),
    v(HT, "يوميا", "P1D"),
    v(HT, "من 3 العصر إلى 10 بالليل", "T15:00/T22:00"),
    v(HT, "منتصف الليل", "2025-12-31T24:00"),
    night(HT, "ليلة رأس السنة", "2025-12-31"),
    # b03 Al Ayam, Saturday 22 November 2025: a Bahraini league round, a fixture list
    d(MR, "مساء الاثنين المقبل", "2025-11-24TEV", "2025-11-24"),
    d(MR, "من 24 إلى 27 نوفمبر", "2025-11-24/2025-11-27", "2025-11-24", "2025-11-27"),
    d(MR, "الساعة 6:45 مساء", "2025-11-24T18:45", "2025-11-24"),
    v(MR, "بساعتين ونصف", "PT2H30M"),
    du(MR, "ثلاثة أسابيع", "P3W"),
    d(MR, "من 1 إلى 18 ديسمبر", "2025-12-01/2025-12-18", "2025-12-01", "2025-12-18"),
    d(MR, "الأسبوع الأول من يناير", "2026-01", "2026-01-01", "2026-01-07", outer=D("2025-12-29", "2026-01-11")),
    v(MR, "الموسم الماضي", "2024/2025"),
    # b04 INA, Sunday 25 May 2025: Iraq's ministerial exams, a notice with numeric dates
    d(IX, "14/6", "2025-06-14", "2025-06-14"),
    d(IX, "يوم السبت 14/6/2025", "2025-06-14", "2025-06-14"),
    d(IX, "2025/7/3", "2025-07-03", "2025-07-03"),
    d(IX, "الأسبوع الجاري", "2025-W21", "2025-05-25", "2025-05-25", outer=D("2025-05-19", "2025-05-31")),
    v(IX, "الساعة التاسعة صباحا", "T09:00"),
    du(IX, "ثلاث ساعات", "PT3H"),
    v(IX, "نصف ساعة", "PT30M"),
    d(IX, "النصف الثاني من آب المقبل", "2025-08", "2025-08-16", "2025-08-31", outer=D("2025-08-01", "2025-08-31")),
    d(IX, "6-9-2025", "2025-09-06", "2025-09-06"),
    y(IX, "العام الماضي", 2024),
    du(IX, "أسبوعا واحدا", "P1W"),
    v(IX, "عيد الأضحى", "2024-06-16"),
    # b05 Hespress, Wednesday 14 May 2025: the Tan-Tan moussem, Moroccan speech
    d(TT, "اليوم", "2025-05-14", "2025-05-14"),
    d(TT, "اليوم الأربعاء", "2025-05-14", "2025-05-14"),
    d(TT, "الأحد 18 ماي الجاري", "2025-05-18", "2025-05-18"),
    d(TT, "البارح", "2025-05-13", "2025-05-13"),
    d(TT, "العشية", "2025-05-13TAF", "2025-05-13"),
    d(TT, "غدا الصباح", "2025-05-15TMO", "2025-05-15"),
    d(TT, "نهار السبت", "2025-05-17", "2025-05-17"),
    du(TT, "عشر سنين", "P10Y"),
    y(TT, "العام اللي فات", 2024),
    d(TT, "مساء الأحد", "2025-05-18TEV", "2025-05-18"),
    d(TT, "الساعة العاشرة ليلا", "2025-05-18T22:00", "2025-05-18"),
    d(TT, "صباح السبت 17 ماي", "2025-05-17TMO", "2025-05-17"),
    d(TT, "الساعة 9h30", "2025-05-17T09:30", "2025-05-17"),
    # b06 Al-Watan (Syria), Tuesday 5 August 2025: Latakia's summer festival, Syrian speech
    d(LT, "الخميس الجاي", "2025-08-07", "2025-08-07"),
    d(LT, "مساء الخميس 7 آب", "2025-08-07TEV", "2025-08-07"),
    du(LT, "عشرة أيام", "P10D"),
    d(LT, "16 آب", "2025-08-16", "2025-08-16"),
    d(LT, "مبارح", "2025-08-04", "2025-08-04"),
    d(LT, "بكرا", "2025-08-06", "2025-08-06"),
    v(LT, "كل يوم", "P1D"),
    v(LT, "من تسعة لنص الليل", "T21:00/T24:00"),
    v(LT, "من زمان", "PAST_REF"),
    d(LT, "أول أسبوع من أيلول", "2025-09", "2025-09-01", "2025-09-07", outer=D("2025-08-30", "2025-09-14")),
    d(LT, "صيف 2010", "2010-SU", "2010-06-21", "2010-09-22", outer=D("2010-06-01", "2010-09-30")),
    # b07 Okaz, Thursday 10 April 2025: the traffic fines discount ends, Hijri numeric dates
    v(TV, "8 أيام", "P8D"),
    d(TV, "يوم الجمعة 20/10/1446هـ الموافق 18/4/2025م", "2025-04-18", "2025-04-18"),
    du(TV, "ستة أشهر", "P6M"),
    d(TV, "18/4/1446هـ", "2024-10-21", "2024-10-21"),
    d(TV, "18 أبريل 2024", "2024-04-18", "2024-04-18"),
    v(TV, "على مدار الساعة", "P1D"),
    d(TV, "بداية العام الهجري الحالي", "2024-07-07", "2024-07-07", outer=D("2024-07-07", "2024-08-05"), req=False),
    # b08 Al Watan (Oman), Thursday 16 October 2025: Oman Air's winter timetable, zones
    d(OA, "26 أكتوبر", "2025-10-26", "2025-10-26"),
    d(OA, "الأحد 26/10/2025", "2025-10-26", "2025-10-26"),
    d(OA, "28/3/2026", "2026-03-28", "2026-03-28"),
    d(OA, "يوم الاثنين 27 أكتوبر", "2025-10-27", "2025-10-27"),
    d(OA, "الساعة 2:15 فجرا بتوقيت مسقط", "2025-10-27T02:15", "2025-10-27"),
    d(OA, "22:15 بتوقيت غرينتش من يوم الأحد", "2025-10-26T22:15", "2025-10-26"),
    d(OA, "7:05 صباحا بالتوقيت المحلي", "2025-10-27T07:05", "2025-10-27"),
    du(OA, "خمس ساعات وخمسين دقيقة", "PT5H50M"),
    d(OA, "فجر الأحد الأخير من أكتوبر", "2025-10-26TMO", "2025-10-26"),
    du(OA, "ساعة واحدة", "PT1H"),
    d(OA, "الأسبوع الأول من سبتمبر الماضي", "2025-09", "2025-09-01", "2025-09-07",
      outer=D("2025-08-30", "2025-09-14")),
]

NEGATIVES_B = [
    (BD, "29 دولة", 1), (HT, "50 مشروعا", 1), (MR, "الأسبوع العاشر", 1), (MR, "2-1", 1),
    (TT, "الـ18", 1), (TT, "30 خيمة", 1), (TV, "50%", 1), (TV, "مليون مستفيد", 1),
]

DEVTIME23_A = dict(timex=A, clusters={}, events=[], diff=[], before=[])
DEVTIME23_B = dict(timex=B, clusters={}, events=[], diff=[], before=[])
