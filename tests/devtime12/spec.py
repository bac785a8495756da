"""devtime12 gold: every time expression in 29 short news articles, in two parts.

Written for temporal round 18 (issue 10) before the engine was changed, dense in what round 17
left open and in the breadth the blind news sets are likely to hold: Morocco's observed Ramadan
(``فاتح الشهر الفضيل`` a day after Umm al-Qura)؛ an eve night or evening dated by its event
(``ليلة العيد``، ``عشية عيد الفطر``، ``عشية الانتخابات`` with the election's date in the text)؛
``الساعة 6 GMT يوم السبت`` after an imperfect؛ clocks with ``بتوقيت غرينتش/القدس/مكة/الإمارات``
across midnight؛ sentence-initial form V/VI perfectives (``وتظاهر``، ``وتبادل``، ``وتسلم``،
``وتوجه``) that stay past؛ an imperfect eight to ten words before its weekday (a name like ``ذي
يزن`` in between)؛ ``أ.د.`` before a name؛ numeric dates with dots and two-digit years
(``02.07.2024``، ``24.06.24``، ``31/3/25``)؛ ``مطلع/أواسط/أواخر`` with a month and a year؛ ``خلال
السنوات الخمس/العشر الماضية``؛ ``منذ مطلع العام``؛ ``الأسبوع قبل الماضي``؛ ``نهاية الأسبوع
المقبل``؛ a deadline ``خلال 48 ساعة``؛ Hijri months with ``لعام``؛ ``ليلة الخميس على الجمعة``؛
``منتصف ليل الخميس`` after ``اعتبارا من``؛ ``حتى إشعار آخر``؛ durations that are not dates (``بعد 40
عاما أمضاها``).

Part A (``A``, 19 articles) is the development part; part B (``B``, 10 articles, other stories
and outlets) is scored only at the start and at the end of the round (a measure of transfer).
Row formats are those of tests/devtime9/spec.py:

  timex rows: (doc, surface, occurrence, kind, value, tight, outer, required)
    'date' [earliest, latest] inside outer and overlapping tight; 'duration' (and SETs) by value;
    'vague' optional, never scored, never spurious.
  NEGATIVES_*: (doc, surface, occurrence): any record overlapping one is spurious.

Conventions (those of devtime11, and): "عشية X" and "ليلة X" of a feast or an event are the
evening or night of the day before X's date (the feast's date, or the event's date the text
gives); a clock with a zone keeps its wall-clock day (``21:00 بتوقيت غرينتش الخميس`` is Thursday
although the match is on Friday at 01:00 in the UAE); ``من الساعة 8 إلى 8`` on a named day is that
day; ``قبل عشر سنوات`` the day ten years back, any day of that year accepted; an age (``عن 78
عاما``) is optional; ``أمهلت ... 72 ساعة`` without ``خلال`` a duration; Hijri months by Umm
al-Qura (Morocco's Ramadan 1445 began on 12 March 2024: the row accepts 11 or 12 March as the
start); a month's ``مطلع`` its first ten days (outer fifteen), ``أواسط`` days 11-20 (outer 8-22),
``أواخر``/``نهاية`` the last ten (outer from the 18th).
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
    "a01_ma_ramadan": "2024-03-11",
    "a02_ps_eid_eve": "2023-04-20",
    "a03_wires_polio": "2024-09-06",
    "a04_eg_syndicate": "2023-10-30",
    "a05_ye_road": "2025-05-15",
    "a06_eg_energy_conf": "2023-11-22",
    "a07_ma_exams": "2024-06-25",
    "a08_sa_scholarship": "2022-08-10",
    "a09_ae_exports": "2025-02-04",
    "a10_eg_cup_final": "2023-06-14",
    "a11_sy_actor": "2022-12-08",
    "a12_ae_qualifiers": "2025-03-19",
    "a13_ps_checkpoint": "2024-02-20",
    "a14_jo_heatwave": "2024-05-27",
    "a15_kw_election_eve": "2022-02-21",
    "a16_sa_recruitment": "2024-12-18",
    "a17_jo_derby": "2023-08-29",
    "a18_sy_idlib": "2024-01-17",
    "a19_jo_tourism": "2023-03-02",
}

PUBLISHED_B = {
    "b01_qa_book_fair": "2025-04-23",
    "b02_eg_ambassadors": "2022-06-16",
    "b03_sa_quran": "2023-12-12",
    "b04_ma_water": "2022-10-05",
    "b05_lb_holidays": "2024-12-18",
    "b06_ps_return": "2025-01-28",
    "b07_ye_power": "2021-07-05",
    "b08_sa_graduation": "2023-05-10",
    "b09_ae_amnesty": "2024-10-09",
    "b10_iq_release": "2021-11-24",
}

RM, EV, PO, SY = "a01_ma_ramadan", "a02_ps_eid_eve", "a03_wires_polio", "a04_eg_syndicate"
RD, EN, EX, SC = "a05_ye_road", "a06_eg_energy_conf", "a07_ma_exams", "a08_sa_scholarship"
XP, CF, AC, QU = "a09_ae_exports", "a10_eg_cup_final", "a11_sy_actor", "a12_ae_qualifiers"
CP, HW, EL, RC = "a13_ps_checkpoint", "a14_jo_heatwave", "a15_kw_election_eve", "a16_sa_recruitment"
DB, ID, TO = "a17_jo_derby", "a18_sy_idlib", "a19_jo_tourism"

A = [
    # a01 Hespress, Monday 11 March 2024: Morocco's observed Ramadan, a headline's coming day
    d(RM, "الثلاثاء", "2024-03-12", "2024-03-12"),
    d(RM, "أول أيام رمضان", "2024-03-12", "2024-03-12"),
    d(RM, "مساء أمس الأحد", "2024-03-10TEV", "2024-03-10"),
    d(RM, "شهر رمضان لعام 1445", "2024-03", "2024-03-12", "2024-04-08", outer=D("2024-03-11", "2024-04-10")),
    d(RM, "يوم غد الثلاثاء", "2024-03-12", "2024-03-12"),
    v(RM, "من الساعة التاسعة صباحا إلى الثالثة بعد الزوال", "T09:00/T15:00"),
    d(RM, "اليوم", "2024-03-11", "2024-03-11"),
    # a02 Al-Quds, Thursday 20 April 2023: the eve of Eid (tonight), dated by the feast
    d(EV, "ليلة العيد", "2023-04-20TNI", "2023-04-20", outer=D("2023-04-20", "2023-04-21")),
    d(EV, "مساء أمس الأربعاء", "2023-04-19TEV", "2023-04-19"),
    d(EV, "الليلة", "2023-04-20TNI", "2023-04-20", outer=D("2023-04-20", "2023-04-21")),
    d(EV, "عشية عيد الفطر", "2023-04-20TEV", "2023-04-20"),
    d(EV, "غدا الجمعة", "2023-04-21", "2023-04-21"),
    d(EV, "الجمعة", "2023-04-21", "2023-04-21", occ=2),
    d(EV, "عيد الفطر", "2023-04-21", "2023-04-21", occ=2, outer=D("2023-04-21", "2023-04-23")),
    d(EV, "الاثنين المقبل", "2023-04-24", "2023-04-24"),
    d(EV, "ليلة العيد", "2023-04-20TNI", "2023-04-20", occ=2, outer=D("2023-04-20", "2023-04-21")),
    # a03 wires, Friday 6 September 2024: GMT with a weekday after an imperfect, across midnight
    d(PO, "الساعة 6 GMT يوم السبت", "2024-09-07T06:00", "2024-09-07"),
    du(PO, "ثلاثة أيام", "P3D"),
    v(PO, "من السادسة صباحا حتى الثالثة بعد الظهر", "T06:00/T15:00"),
    d(PO, "الثلاثاء الماضي", "2024-09-03", "2024-09-03"),
    d(PO, "الساعة 23:50 بتوقيت غرينتش أمس", "2024-09-05T23:50Z", "2024-09-05"),
    d(PO, "الثانية وخمسين دقيقة فجر اليوم بتوقيت القدس", "2024-09-06T02:50", "2024-09-06"),
    # a04 Al-Masry Al-Youm, Monday 30 October 2023: sentence-initial form V/VI perfectives
    d(SY, "الأحد", "2023-10-29", "2023-10-29"),
    d(SY, "مساء الأحد", "2023-10-29TEV", "2023-10-29"),
    d(SY, "الجمعة", "2023-10-27", "2023-10-27"),
    d(SY, "الأربعاء", "2023-11-01", "2023-11-01"),
    d(SY, "مطلع الشهر المقبل", "2023-11", "2023-11-01", "2023-11-10", outer=D("2023-11-01", "2023-11-15")),
    # a05 Saba, Thursday 15 May 2025: an imperfect far before its weekday, a name ذي يزن between
    d(RD, "الأحد", "2025-05-18", "2025-05-18"),
    du(RD, "ثمانية أشهر", "P8M"),
    d(RD, "الاثنين", "2025-05-19", "2025-05-19"),
    d(RD, "أمس الأربعاء", "2025-05-14", "2025-05-14"),
    d(RD, "العام الجاري", "2025", "2025-01-01", "2025-12-31"),
    # a06 Al-Ahram, Wednesday 22 November 2023: أ.د. before names
    d(EN, "السبت", "2023-11-25", "2023-11-25"),
    d(EN, "الاثنين", "2023-11-27", "2023-11-27"),
    d(EN, "أمس الثلاثاء", "2023-11-21", "2023-11-21"),
    d(EN, "الساعة 12 ظهر الخميس", "2023-11-23T12:00", "2023-11-23"),
    # a07 Hespress, Tuesday 25 June 2024: dotted numeric dates, two-digit years
    d(EX, "02.07.2024", "2024-07-02", "2024-07-02"),
    d(EX, "بين 9 و12 يوليوز", "P4D", "2024-07-09", "2024-07-12"),
    d(EX, "24.06.24", "2024-06-24", "2024-06-24"),
    d(EX, "يوم 20 يوليوز", "2024-07-20", "2024-07-20"),
    d(EX, "14.6.2024", "2024-06-14", "2024-06-14"),
    # a08 Okaz, Wednesday 10 August 2022: Hijri months with "لعام"
    d(SC, "نهاية شهر صفر لعام 1444هـ", "2022-09", "2022-09-17", "2022-09-26", outer=D("2022-09-10", "2022-09-27")),
    d(SC, "مطلع ربيع الأول", "2022-09", "2022-09-27", "2022-10-06", outer=D("2022-09-26", "2022-10-11")),
    d(SC, "شهر جمادى الأولى لعام 1444", "2022-11", "2022-11-25", "2022-12-24", outer=D("2022-11-23", "2022-12-26")),
    d(SC, "منذ الأول من محرم 1444هـ", "2022-07-30", "2022-07-30", outer=D("2022-07-29", "2022-08-10")),
    # a09 Al-Bayan, Tuesday 4 February 2025: since the year's start, parts of a month with a year
    d(XP, "منذ مطلع العام", "2025", "2025-01-01", "2025-02-04"),
    v(XP, "2024", "2024"),
    d(XP, "أواخر يناير الماضي", "2025-01", "2025-01-21", "2025-01-31", outer=D("2025-01-18", "2025-01-31")),
    d(XP, "أواسط ديسمبر 2024", "2024-12", "2024-12-11", "2024-12-20", outer=D("2024-12-08", "2024-12-22")),
    d(XP, "خلال السنوات الخمس الماضية", "P5Y", "2020-02-04", "2025-02-04", outer=D("2020-01-01", "2025-02-04")),
    d(XP, "مطلع أبريل 2025", "2025-04", "2025-04-01", "2025-04-10", outer=D("2025-04-01", "2025-04-15")),
    # a10 Al-Ahram, Wednesday 14 June 2023: next week's end, the week before last
    d(CF, "نهاية الأسبوع المقبل", "2023-W25-WE", "2023-06-23", "2023-06-24", outer=D("2023-06-22", "2023-06-25")),
    d(CF, "الأسبوع قبل الماضي", "2023-W22", "2023-05-29", "2023-06-02", outer=D("2023-05-27", "2023-06-04")),
    d(CF, "مساء الخميس", "2023-06-15TEV", "2023-06-15"),
    du(CF, "خمسة أيام", "P5D"),
    d(CF, "أمس الثلاثاء", "2023-06-13", "2023-06-13"),
    # a11 Asharq Al-Awsat, Thursday 8 December 2022: durations that are not dates
    d(AC, "مساء الثلاثاء", "2022-12-06TEV", "2022-12-06"),
    v(AC, "78 عاما", "P78Y"),
    du(AC, "40 عاما", "P40Y"),
    d(AC, "قبل عشر سنوات", "2012-12-08", "2012-12-08", outer=D("2012-01-01", "2012-12-31")),
    d(AC, "ظهر اليوم", "2022-12-08T12:00", "2022-12-08"),
    d(AC, "يومي الجمعة والسبت", "P2D", "2022-12-09", "2022-12-10"),
    d(AC, "عام 1979", "1979", "1979-01-01", "1979-12-31"),
    # a12 Al-Khaleej, Wednesday 19 March 2025: zones across midnight
    d(QU, "الساعة الواحدة فجر الجمعة بتوقيت الإمارات", "2025-03-21T01:00", "2025-03-21"),
    d(QU, "21:00 بتوقيت غرينتش الخميس", "2025-03-20T21:00Z", "2025-03-20"),
    d(QU, "الساعة العاشرة مساء الخميس بتوقيت مكة المكرمة", "2025-03-20T22:00", "2025-03-20"),
    d(QU, "مساء أمس", "2025-03-18TEV", "2025-03-18"),
    d(QU, "فجر الاثنين", "2025-03-17TMO", "2025-03-17"),
    # a13 WAFA, Tuesday 20 February 2024: midnight after "اعتبارا من"، an open end
    d(CP, "منتصف ليل الخميس", "2024-02-22T24:00", "2024-02-22", "2024-02-23"),
    v(CP, "حتى إشعار آخر", "FUTURE_REF"),
    v(CP, "حتى إشعار آخر", "FUTURE_REF", occ=2),
    d(CP, "فجر اليوم", "2024-02-20TMO", "2024-02-20"),
    d(CP, "الساعة السادسة صباحا", "2024-02-20T06:00", "2024-02-20"),
    du(CP, "ثلاثة أيام", "P3D"),
    d(CP, "الأسبوع الماضي", "2024-W07", "2024-02-12", "2024-02-16", outer=D("2024-02-10", "2024-02-18")),
    # a14 Al-Ghad, Monday 27 May 2024: a forecast, a night between days, a deadline
    d(HW, "الأربعاء", "2024-05-29", "2024-05-29"),
    d(HW, "الأربعاء", "2024-05-29", "2024-05-29", occ=2),
    d(HW, "ليلة الخميس على الجمعة", "2024-05-30TNI", "2024-05-30", "2024-05-31"),
    d(HW, "خلال 48 ساعة", "P2D", "2024-05-27", "2024-05-29", outer=D("2024-05-26", "2024-05-29")),
    du(HW, "72 ساعة", "PT72H"),
    d(HW, "أمس الأحد", "2024-05-26", "2024-05-26"),
    # a15 Al-Qabas, Monday 21 February 2022: an election's eve dated by the election
    d(EL, "عشية الاقتراع", "2022-02-25TEV", "2022-02-25"),
    d(EL, "السبت 26 فبراير", "2022-02-26", "2022-02-26"),
    d(EL, "عشية الانتخابات", "2022-02-25TEV", "2022-02-25"),
    v(EL, "عند منتصف الليل", "2022-02-25T24:00"),
    d(EL, "أمس الأحد", "2022-02-20", "2022-02-20"),
    d(EL, "فجر الأحد المقبل", "2022-02-27TMO", "2022-02-27"),
    v(EL, "يوم الاقتراع", "2022-02-26"),
    # a16 Al-Riyadh, Wednesday 18 December 2024: numeric dates with two-digit years
    d(RC, "15/12/24", "2024-12-15", "2024-12-15"),
    d(RC, "1/1/2025", "2025-01-01", "2025-01-01"),
    d(RC, "16-12-2024", "2024-12-16", "2024-12-16"),
    d(RC, "31/3/25", "2025-03-31", "2025-03-31"),
    # a17 Kooora, Tuesday 29 August 2023: a match ahead, a sale ahead, past results
    d(DB, "الساعة 8:45 مساء الجمعة", "2023-09-01T20:45", "2023-09-01"),
    d(DB, "الأربعاء", "2023-08-30", "2023-08-30"),
    d(DB, "مساء السبت الماضي", "2023-08-26TEV", "2023-08-26"),
    d(DB, "أمس الاثنين", "2023-08-28", "2023-08-28"),
    # a18 Enab Baladi, Wednesday 17 January 2024: form VI/V perfectives, a meeting ahead
    d(ID, "الاثنين", "2024-01-15", "2024-01-15"),
    d(ID, "مساء الثلاثاء", "2024-01-16TEV", "2024-01-16"),
    d(ID, "فجر اليوم", "2024-01-17TMO", "2024-01-17"),
    d(ID, "السبت", "2024-01-20", "2024-01-20"),
    # a19 Petra, Thursday 2 March 2023: since the year's start, the first months of last year
    d(TO, "منذ مطلع العام", "2023", "2023-01-01", "2023-03-02"),
    d(TO, "الشهرين الأولين من العام الماضي", "P2M", "2022-01-01", "2022-02-28"),
    d(TO, "نهاية العام", "2023", "2023-12-01", "2023-12-31", outer=D("2023-09-01", "2023-12-31")),
    d(TO, "شهر شباط الماضي", "2023-02", "2023-02-01", "2023-02-28"),
]

NEGATIVES_A = [
    (PO, "187 ألف طفل", 1), (EN, "300 باحث", 1), (SC, "12 ألف طلب", 1), (XP, "12%", 1),
    (CF, "3-0", 1), (AC, "60 عملا", 1), (HW, "40 درجة", 1), (HW, "الغد", 1), (RC, "4/45", 1),
    (DB, "1-1", 1), (TO, "40 في المئة", 1), (TO, "6 ملايين", 1), (RD, "ذي يزن", 1),
    (SY, "اليوم", 1),
]

BF, AM, QR, WA = "b01_qa_book_fair", "b02_eg_ambassadors", "b03_sa_quran", "b04_ma_water"
HO, RT, PW, GR = "b05_lb_holidays", "b06_ps_return", "b07_ye_power", "b08_sa_graduation"
AN, RL = "b09_ae_amnesty", "b10_iq_release"

B = [
    # b01 Al-Watan (Qatar), Wednesday 23 April 2025: a coming opening, a month with a year
    d(BF, "الأحد", "2025-04-27", "2025-04-27"),
    du(BF, "عشرة أيام", "P10D"),
    d(BF, "أواخر مايو 2025", "2025-05", "2025-05-21", "2025-05-31", outer=D("2025-05-18", "2025-05-31")),
    d(BF, "خلال السنوات العشر الماضية", "P10Y", "2015-04-23", "2025-04-23", outer=D("2015-01-01", "2025-04-23")),
    d(BF, "منذ مطلع العام", "2025", "2025-01-01", "2025-04-23"),
    # b02 Al-Shorouk, Thursday 16 June 2022: sentence-initial form V perfectives
    d(AM, "الأربعاء", "2022-06-15", "2022-06-15"),
    d(AM, "الثلاثاء", "2022-06-14", "2022-06-14"),
    d(AM, "الشهر المقبل", "2022-07", "2022-07-01", "2022-07-31"),
    d(AM, "مساء السبت 16 يوليو", "2022-07-16TEV", "2022-07-16"),
    # b03 Al-Riyadh, Tuesday 12 December 2023: Hijri months with "لعام", a numeric Hijri date
    d(QR, "اعتبارا من الأحد", "2023-12-17", "2023-12-17"),
    d(QR, "نهاية شهر جمادى الآخرة لعام 1445هـ", "2024-01", "2024-01-03", "2024-01-12", outer=D("2023-12-28", "2024-01-13")),
    d(QR, "شهر رجب لعام 1445هـ", "2024-01", "2024-01-13", "2024-02-10", outer=D("2024-01-11", "2024-02-12")),
    d(QR, "20/4/1444هـ", "2022-11-14", "2022-11-14", outer=D("2022-11-13", "2022-11-15")),
    # b04 Hespress, Wednesday 5 October 2022: dotted dates, a clock range on a named day, a night
    d(WA, "يوم الجمعة 07.10.2022", "2022-10-07", "2022-10-07"),
    d(WA, "من الساعة الثامنة صباحا إلى الساعة الثامنة مساء", "2022-10-07T08:00", "2022-10-07"),
    d(WA, "21.09.22", "2022-09-21", "2022-09-21"),
    d(WA, "ليلة الجمعة إلى السبت", "2022-10-07TNI", "2022-10-07", "2022-10-08"),
    # b05 An-Nahar, Wednesday 18 December 2024: Christmas Eve, next week's end, the week before last
    d(HO, "عشية عيد الميلاد", "2024-12-24TEV", "2024-12-24"),
    d(HO, "نهاية الأسبوع المقبل", "2024-W52-WE", "2024-12-27", "2024-12-28", outer=D("2024-12-26", "2024-12-29")),
    d(HO, "الأسبوع قبل الماضي", "2024-W49", "2024-12-02", "2024-12-06", outer=D("2024-11-30", "2024-12-08")),
    # b06 Al-Ayyam, Tuesday 28 January 2025: Jerusalem and GMT clocks, an open end, a perfective
    d(RT, "صباح أمس", "2025-01-27TMO", "2025-01-27"),
    d(RT, "الساعة السابعة صباحا", "2025-01-27T07:00", "2025-01-27"),
    v(RT, "حتى إشعار آخر", "FUTURE_REF"),
    d(RT, "الساعة 11:15 بتوقيت القدس صباح الأحد 19 كانون الثاني", "2025-01-19T11:15", "2025-01-19"),
    d(RT, "الساعة 9:15 بتوقيت غرينتش", "2025-01-19T09:15Z", "2025-01-19"),
    d(RT, "السبت", "2025-01-25", "2025-01-25"),
    # b07 Al-Masdar Online, Monday 5 July 2021: imperfects eight words before their weekdays
    d(PW, "الخميس", "2021-07-08", "2021-07-08"),
    d(PW, "الثلاثاء", "2021-07-06", "2021-07-06"),
    d(PW, "أمس الأحد", "2021-07-04", "2021-07-04"),
    # b08 Al-Yaum, Wednesday 10 May 2023: أ.د. before names, a Mecca clock
    d(GR, "مساء الاثنين", "2023-05-15TEV", "2023-05-15"),
    du(GR, "يومين", "P2D"),
    d(GR, "الساعة الثامنة مساء بتوقيت مكة", "2023-05-15T20:00", "2023-05-15"),
    d(GR, "أمس الثلاثاء", "2023-05-09", "2023-05-09"),
    # b09 Al-Ittihad, Wednesday 9 October 2024: dotted and two-digit dates, parts of months
    d(AN, "31.12.2024", "2024-12-31", "2024-12-31"),
    d(AN, "31/10/24", "2024-10-31", "2024-10-31"),
    d(AN, "مطلع سبتمبر الماضي", "2024-09", "2024-09-01", "2024-09-10", outer=D("2024-09-01", "2024-09-15")),
    d(AN, "أواخر ديسمبر المقبل", "2024-12", "2024-12-21", "2024-12-31", outer=D("2024-12-18", "2024-12-31")),
    # b10 Shafaq News, Wednesday 24 November 2021: a duration spent, a year, a night ahead
    du(RL, "27 عاما", "P27Y"),
    du(RL, "27 عاما", "P27Y", occ=2),
    d(RL, "الأحد", "2021-11-21", "2021-11-21"),
    d(RL, "عام 1994", "1994", "1994-01-01", "1994-12-31"),
    d(RL, "ليلة الخميس على الجمعة", "2021-11-25TNI", "2021-11-25", "2021-11-26"),
]

NEGATIVES_B = [
    (BF, "500 دار", 1), (BF, "20 ألف طالب", 1), (AM, "14 سفيرا", 1), (AN, "100 ألف شخص", 1),
    (GR, "الـ43", 1), (GR, "اليوم", 1),
]

DEVTIME12_A = dict(timex=A, clusters={}, events=[], diff=[], before=[])
DEVTIME12_B = dict(timex=B, clusters={}, events=[], diff=[], before=[])
