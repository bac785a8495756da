"""devtime15 gold: every time expression in 16 short articles, in two parts.

Written for temporal round 21 (issue 10) before the engine was changed: breadth outside recent
news and round 20's leftovers.  Egyptian b-imperfects (``بيزور``، ``بنفتح``) as present or
future; a Levantine ``آخر الجمعة`` (the week's end); a national day named from the dateline's
country (Doha, Riyadh); ``أمس الأحد حتى الخميس``; a bare ``بعد منتصف الليل`` after a small
hour; a bare ``بعد الظهر``; Hijri 1447 in Morocco; hamza-less futures (``سازور``، ``ساحجز``) and
words that begin with سا and are no future (``ساعات``، ``الساعي``); spelled-out dates and
years; ranges across months and years; numeric dates with dots and two-digit years; durations
against dates (``قبل أسبوعين``، ``منذ ثلاثة أشهر``، ``بعد عشرة أيام``، ``لمدة أسبوعين``); parts of
days and weeks in Gulf, Levantine, Egyptian and Maghrebi speech; a forum post and an
association's notice outside news.

Part A (``A``, 11 articles) is the development part; part B (``B``, 5 articles, other stories
and outlets) is scored only at the start and at the end of the round (a measure of transfer).
Row formats are those of tests/devtime9/spec.py:

  timex rows: (doc, surface, occurrence, kind, value, tight, outer, required)
    'date' [earliest, latest] inside outer and overlapping tight; 'duration' (and SETs) by value;
    'vague' optional, never scored, never spurious.
  NEGATIVES_*: (doc, surface, occurrence): any record overlapping one is spurious.

Conventions (those of devtime14, and): a national day is the day of the country the dateline
names (Qatar 18 December, Saudi Arabia 23 September); an Egyptian b-imperfect before a weekday
is present or future (the coming weekday); ``X حتى Y`` after a past start ends at the first Y
after X; ``الثالثة بعد منتصف الليل`` told in the past is the small hour of the night just gone
(the publication day, the day before accepted); ``قبل أسبوعين`` is the day two weeks back (its
week accepted); a Levantine ``هالجمعة`` (this week or this Friday) is optional.
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
    "a01_eg_metro": "2025-04-14",
    "a02_lb_strike": "2024-03-04",
    "a03_qa_national": "2025-12-10",
    "a04_ma_hijri": "2026-04-20",
    "a05_forum_trip": "2025-09-23",
    "a06_jo_spelled": "2025-06-02",
    "a07_ae_ranges": "2024-10-28",
    "a08_iq_numeric": "2024-11-18",
    "a09_eg_durations": "2025-03-09",
    "a10_kw_weather": "2025-01-26",
    "a11_tn_market": "2023-10-18",
}

PUBLISHED_B = {
    "b01_eg_shop": "2025-11-04",
    "b02_ae_expo": "2026-05-21",
    "b03_sa_national": "2025-09-16",
    "b04_sy_storm": "2024-02-19",
    "b05_dz_notice": "2023-12-27",
}

MT, ST, QN, MH, FT, SP = "a01_eg_metro", "a02_lb_strike", "a03_qa_national", "a04_ma_hijri", "a05_forum_trip", "a06_jo_spelled"
RG, NU, DU, KW, TN = "a07_ae_ranges", "a08_iq_numeric", "a09_eg_durations", "a10_kw_weather", "a11_tn_market"

A = [
    # a01 Al-Masry Al-Youm, Monday 14 April 2025: a bare بعد الظهر, an Egyptian b-imperfect
    d(MT, "بعد الظهر", "2025-04-14TAF", "2025-04-14"),
    d(MT, "صباح اليوم الاثنين", "2025-04-14TMO", "2025-04-14"),
    d(MT, "يوم الخميس", "2025-04-17", "2025-04-17"),
    d(MT, "أول مايو", "2025-05-01", "2025-05-01", outer=D("2025-05-01", "2025-05-10")),
    d(MT, "منذ 18 شهرا", "P18M", "2023-10-14", "2025-04-14", outer=D("2023-10-01", "2025-04-14")),
    du(MT, "ستة أشهر", "P6M"),
    # a02 An-Nahar, Monday 4 March 2024: a range from yesterday, Levantine parts of the week
    d(ST, "أمس الأحد حتى الخميس", "2024-03-03/2024-03-07", "2024-03-03", "2024-03-07"),
    v(ST, "هالجمعة", "2024-W10"),
    d(ST, "آخر الجمعة", "2024-W10", "2024-03-08", "2024-03-10", outer=D("2024-03-07", "2024-03-10")),
    d(ST, "بكرا الظهر", "2024-03-05TMI", "2024-03-05"),
    d(ST, "28 شباط الماضي", "2024-02-28", "2024-02-28"),
    # a03 Al-Sharq, Wednesday 10 December 2025: Qatar's national day from the dateline, after midnight
    d(QN, "اليوم الوطني", "2025-12-18", "2025-12-18"),
    d(QN, "يوم الأربعاء المقبل", "2025-12-17", "2025-12-17"),
    d(QN, "اليوم الوطني", "2025-12-18", "2025-12-18", occ=2),
    du(QN, "عشرة أيام", "P10D"),
    d(QN, "مساء أمس الثلاثاء", "2025-12-09TEV", "2025-12-09"),
    d(QN, "الثالثة بعد منتصف الليل", "2025-12-10T03:00", "2025-12-10", outer=D("2025-12-09", "2025-12-10")),
    v(QN, "بعد العصر", "XXXX-XX-XXTAF"),
    # a04 Hespress, Monday 20 April 2026: Dhu al-Qada 1447 in Morocco, Moroccan speech
    d(MH, "فاتح ذي القعدة 1447", "2026-04-19", "2026-04-19", outer=D("2026-04-18", "2026-04-20")),
    d(MH, "يوم الأحد 19 أبريل الجاري", "2026-04-19", "2026-04-19"),
    v(MH, "عيد الأضحى", "2026-05-27"),
    v(MH, "عيد الأضحى", "2026-05-27", occ=2),
    d(MH, "يوم 27 ماي المقبل", "2026-05-27", "2026-05-27"),
    d(MH, "البارح فالصباح", "2026-04-19TMO", "2026-04-19"),
    d(MH, "نهار الخميس", "2026-04-23", "2026-04-23"),
    # a05 a forum post, Tuesday 23 September 2025: hamza-less futures, no hamzas anywhere
    d(FT, "يوم السبت", "2025-09-27", "2025-09-27"),
    d(FT, "الثلاثاء", "2025-09-30", "2025-09-30"),
    d(FT, "بعد الظهر", "2025-09-23TAF", "2025-09-23"),
    d(FT, "الاسبوع القادم", "2025-W40", "2025-09-29", "2025-10-05", outer=D("2025-09-27", "2025-10-05")),
    d(FT, "قبل سنتين", "2023", "2023-01-01", "2023-12-31", outer=D("2023-01-01", "2023-12-31")),
    d(FT, "شهر سبتمبر", "2023-09", "2023-09-01", "2023-09-30"),
    # a06 Petra, Monday 2 June 2025: dates and years in words
    d(SP, "الخامس عشر من أيلول عام ألفين وعشرين", "2020-09-15", "2020-09-15"),
    d(SP, "عام ألف وتسعمئة واثنين وستين", "1962", "1962-01-01", "1962-12-31"),
    d(SP, "الثلاثين من تشرين الأول المقبل", "2025-10-30", "2025-10-30"),
    d(SP, "الحادي عشر من شباط عام ألفين وستة وعشرين", "2026-02-11", "2026-02-11"),
    # a07 Al-Ittihad, Monday 28 October 2024: ranges across months and years
    d(RG, "من 15 ديسمبر إلى 29 يناير", "2024-12-15/2025-01-29", "2024-12-15", "2025-01-29"),
    d(RG, "من أكتوبر 2024 حتى مايو 2025", "2024-10/2025-05", "2024-10-01", "2025-05-31"),
    d(RG, "بين عامي 2021 و2023", "2021/2023", "2021-01-01", "2023-12-31"),
    v(RG, "بين شهري ديسمبر وفبراير من كل عام", "XXXX-12/XXXX-02"),
    # a08 Shafaq News, Monday 18 November 2024: dotted and dashed numeric dates, two-digit years
    d(NU, "31.12.24", "2024-12-31", "2024-12-31"),
    d(NU, "30.09.24", "2024-09-30", "2024-09-30"),
    d(NU, "2024/10/27", "2024-10-27", "2024-10-27"),
    d(NU, "1-1-2020", "2020-01-01", "2020-01-01"),
    d(NU, "15/08/24", "2024-08-15", "2024-08-15"),
    # a09 Al-Ahram, Sunday 9 March 2025: durations against dates
    d(DU, "قبل أسبوعين", "2025-02-23", "2025-02-23", outer=D("2025-02-17", "2025-03-02")),
    du(DU, "ثلاث سنوات", "P3Y"),
    d(DU, "منذ ثلاثة أشهر", "P3M", "2024-12-09", "2025-03-09", outer=D("2024-12-01", "2025-03-09")),
    d(DU, "بعد عشرة أيام", "2025-03-19", "2025-03-19"),
    d(DU, "خلال الأشهر الستة الماضية", "P6M", "2024-09-09", "2025-03-09", outer=D("2024-09-01", "2025-03-09")),
    du(DU, "أسبوعين", "P2W", occ=2),
    # a10 Al-Anba, Sunday 26 January 2025: Gulf parts of days and the weekend
    d(KW, "باجر الفجر", "2025-01-27TMO", "2025-01-27"),
    d(KW, "ظهر الخميس", "2025-01-30TMI", "2025-01-30"),
    d(KW, "أمس العصر", "2025-01-25TAF", "2025-01-25"),
    d(KW, "الويكند", "2025-W05-WE", "2025-01-31", "2025-02-01", outer=D("2025-01-30", "2025-02-02")),
    # the text leaves the night open (temporal round 25): the eve, Friday night or both
    d(KW, "ليلة الجمعة", "2025-01-31TNI", "2025-01-30", "2025-01-31", outer=D("2025-01-30", "2025-02-01")),
    # a11 Assabah, Wednesday 18 October 2023: Tunisian speech, the month's end
    d(TN, "منذ بداية الأسبوع", "2023-W42", "2023-10-16", "2023-10-18", outer=D("2023-10-14", "2023-10-18")),
    d(TN, "البارح العشية", "2023-10-17TAF", "2023-10-17"),
    d(TN, "غدوة الصباح", "2023-10-19TMO", "2023-10-19"),
    d(TN, "نهار السبت", "2023-10-21", "2023-10-21"),
    d(TN, "موفى الشهر الجاري", "2023-10", "2023-10-21", "2023-10-31", outer=D("2023-10-18", "2023-10-31")),
]

NEGATIVES_A = [
    (QN, "درب الساعي", 1), (QN, "درب الساعي", 2), (FT, "ساعات الانتظار", 1), (SP, "عن بعد", 1),
    (RG, "40 بالمئة", 1), (NU, "85.5 بالمئة", 1), (DU, "2000 مريض", 1), (KW, "12 درجة", 1),
    (TN, "أربعة دينارات", 1), (MT, "محطة المتحف", 1),
]

SH, EX, NA, SY, NO = "b01_eg_shop", "b02_ae_expo", "b03_sa_national", "b04_sy_storm", "b05_dz_notice"

B = [
    # b01 Al-Shorouk, Tuesday 4 November 2025: an Egyptian b-imperfect, a range across years
    d(SH, "الساعة عشرة الصبح يوم السبت", "2025-11-08T10:00", "2025-11-08"),
    d(SH, "من 1 ديسمبر لحد 15 يناير", "2025-12-01/2026-01-15", "2025-12-01", "2026-01-15"),
    d(SH, "امبارح بعد الضهر", "2025-11-03TAF", "2025-11-03"),
    d(SH, "قبل تلات سنين", "2022", "2022-01-01", "2022-12-31", outer=D("2021-01-01", "2022-12-31")),
    # b02 Al-Khaleej, Thursday 21 May 2026: a day in words, a dotted two-digit year, a range of months
    d(EX, "السابع والعشرين من مايو الجاري", "2026-05-27", "2026-05-27"),
    d(EX, "20.05.26", "2026-05-20", "2026-05-20"),
    d(EX, "منذ ستة أشهر", "P6M", "2025-11-21", "2026-05-21", outer=D("2025-11-01", "2026-05-21")),
    d(EX, "من يونيو حتى أغسطس المقبل", "2026-06/2026-08", "2026-06-01", "2026-08-31"),
    d(EX, "الأسبوع الماضي", "2026-W20", "2026-05-11", "2026-05-17", outer=D("2026-05-09", "2026-05-17")),
    # b03 Al-Jazirah, Tuesday 16 September 2025: Saudi Arabia's national day from the dateline
    d(NA, "لليوم الوطني", "2025-09-23", "2025-09-23"),
    d(NA, "لليوم الوطني", "2025-09-23", "2025-09-23", occ=2),
    d(NA, "الواحدة بعد منتصف الليل", "2025-09-16T01:00", "2025-09-16", outer=D("2025-09-15", "2025-09-16")),
    d(NA, "نهاية الأسبوع", "2025-W38-WE", "2025-09-19", "2025-09-20", outer=D("2025-09-18", "2025-09-21")),
    d(NA, "الليلة", "2025-09-16TNI", "2025-09-16", outer=D("2025-09-16", "2025-09-17")),
    d(NA, "1 أغسطس الماضي", "2025-08-01", "2025-08-01"),
    # b04 Enab Baladi, Monday 19 February 2024: a range from yesterday, Levantine parts of days
    d(SY, "أمس الأحد حتى الأربعاء", "2024-02-18/2024-02-21", "2024-02-18", "2024-02-21"),
    d(SY, "مبارح العصر", "2024-02-18TAF", "2024-02-18"),
    d(SY, "بكرا الصبح", "2024-02-20TMO", "2024-02-20"),
    d(SY, "15 كانون الثاني الماضي", "2024-01-15", "2024-01-15"),
    d(SY, "من كانون الأول 2023 حتى آذار 2024", "2023-12/2024-03", "2023-12-01", "2024-03-31"),
    # b05 an association's notice, Wednesday 27 December 2023: Algerian dates, a year in words
    d(NO, "يوم 04.01.24", "2024-01-04", "2024-01-04"),
    v(NO, "الساعة 14:00", "2024-01-04T14:00"),
    d(NO, "15 جانفي 2024", "2024-01-15", "2024-01-15"),
    du(NO, "ساعتان", "PT2H"),
    du(NO, "ثلاثة أيام", "P3D"),
    d(NO, "سنة ألفين وعشرة", "2010", "2010-01-01", "2010-12-31"),
]

NEGATIVES_B = [
    (SH, "12 عاملا", 1), (EX, "300 دار نشر", 1), (NO, "150 عضوا", 1), (SY, "العاصفة الثلجية", 1),
]

DEVTIME15_A = dict(timex=A, clusters={}, events=[], diff=[], before=[])
DEVTIME15_B = dict(timex=B, clusters={}, events=[], diff=[], before=[])
