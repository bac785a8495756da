"""Gold for the fourteenth blind held-out set (16 articles): the format of ../heldout13/spec.py.

Row formats (compiled to character offsets by build.py through tests/gold_sets.py):
  PUBLISHED: article id -> publication date (ISO date or date-time with offset).
  timex rows:  (doc, surface, occurrence(1-based), kind, value, tight, outer, required)
    kind 'date'     -> a tagger's [earliest, latest] (day grain) must lie inside `outer`
                       and overlap `tight`; value is the TIMEX3 value.
    kind 'duration' -> the value string must match.
    kind 'multi'    -> value is a list of ISO days; each must be produced by a record.
    kind 'vague'    -> optional span: never scored for value, never a false positive.
  clusters: cluster -> dict(type, tight, outer, participants): the real date of the event
            (tight), what the texts still allow (outer), and its participants (each a list
            of acceptable surface names; written to participants.json by build.py).
  events rows: (cluster, doc, clause, occurrence, type): a clause carrying the trigger.
  diff:   cluster pairs that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts (strict on the tight dates).

Where a short surface ("أمس", "اليوم") occurs several times, `ctx` names a longer string
around the wanted occurrence and the occurrence number is computed from it.
"""

import calendar
from pathlib import Path

HERE = Path(__file__).resolve().parent

PUBLISHED = {
    "a1_ina_0712": "2021-07-12T23:50:00+03:00",
    "a2_sabah_0713": "2021-07-13",
    "a3_bbc_0714": "2021-07-14T10:00:00+00:00",
    "b1_afp_1017": "2017-10-17T17:00:00+03:00",
    "b2_nahar_1021": "2017-10-21",
    "b3_aawsat_1023": "2017-10-23",
    "c1_reuters_0314": "2017-03-14T14:00:00+03:00",
    "c2_jazeera_0315": "2017-03-15",
    "c3_sky_0317": "2017-03-17",
    "d1_spa_0604": "2018-06-04T18:00:00+03:00",
    "d2_masry_0625": "2018-06-25",
    "d3_quds_0628": "2018-06-28",
    "x1_riyadh_1125": "2019-11-25",
    "x2_ahram_0201": "2018-02-01",
    "x3_wam_0926": "2019-09-26T08:00:00+04:00",
    "x4_khabar_1220": "2016-12-20",
}

TEXTS = {k: (HERE / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}


def _count(text, s, end):
    """Occurrences of s (overlapping) that start before `end`."""
    n, i = 0, text.find(s)
    while 0 <= i < end:
        n, i = n + 1, text.find(s, i + 1)
    return n


def ctx(doc, s, around, nth=1):
    """The occurrence number of `s` inside the `nth` occurrence of `around` in `doc`."""
    text, i = TEXTS[doc], -1
    for _ in range(nth):
        i = text.find(around, i + 1)
        if i < 0:
            raise SystemExit(f"{doc}: context not found: {around!r}")
    j = around.find(s)
    if j < 0:
        raise SystemExit(f"{doc}: {s!r} not in its context {around!r}")
    return _count(text, s, i + j + 1)


def _occ(doc, s, occ, around):
    return ctx(doc, s, around) if around else occ


def day(doc, s, value, tight, outer=None, occ=1, around=None, req=True):
    """A date row; `tight`/`outer` are an ISO day or a pair (outer defaults to tight)."""
    tight = [tight, tight] if isinstance(tight, str) else list(tight)
    outer = list(tight) if outer is None else ([outer, outer] if isinstance(outer, str) else list(outer))
    return (doc, s, _occ(doc, s, occ, around), "date", value, tight, outer, req)


def month(doc, s, ym, occ=1, around=None):
    """A date row naming a whole month (ISO YYYY-MM)."""
    last = calendar.monthrange(*map(int, ym.split("-")))[1]
    return day(doc, s, ym, (f"{ym}-01", f"{ym}-{last:02d}"), occ=occ, around=around)


def year(doc, s, y, occ=1, around=None):
    """A date row naming a whole year."""
    return day(doc, s, str(y), (f"{y}-01-01", f"{y}-12-31"), occ=occ, around=around)


def dur(doc, s, value, occ=1, around=None):
    """A duration row."""
    return (doc, s, _occ(doc, s, occ, around), "duration", value, None, None, True)


def vague(doc, s, occ=1, around=None):
    """An optional row: never scored for value, never a false positive."""
    return (doc, s, _occ(doc, s, occ, around), "vague", None, None, None, False)


def ev(cluster, doc, s, occ=1, around=None):
    """An event row; the type is the cluster's."""
    return (cluster, doc, s, _occ(doc, s, occ, around), CLUSTERS[cluster]["type"])


def cl(type_, tight, outer=None, *participants):
    """A cluster: its type, real date (tight), what the texts allow (outer), participants."""
    tight = [tight, tight] if isinstance(tight, str) else list(tight)
    outer = list(tight) if outer is None else ([outer, outer] if isinstance(outer, str) else list(outer))
    return dict(type=type_, tight=tight, outer=outer, participants=[list(p) for p in participants])


KADHIMI = ("مصطفى الكاظمي", "الكاظمي")
CABINET = ("مجلس الوزراء العراقي", "مجلس الوزراء")
SDF = ("قوات سوريا الديموقراطية", "قوات سوريا الديمقراطية", "قسد")
SILO = ("طلال سلو", "سلو")
ISIS = ("تنظيم الدولة الإسلامية", "داعش")
TRAFFIC = ("الإدارة العامة للمرور",)
SALMAN = ("الملك سلمان بن عبدالعزيز", "الملك سلمان")
SISI = ("عبد الفتاح السيسى", "السيسى")
CREW = (("هزاع المنصوري", "المنصوري"), ("أوليغ سكريبوتشكا",), ("جيسيكا مئير",))
HILAL = (("الهلال",), ("أوراوا ريد دايموندز", "أوراوا"))

CLUSTERS = {
    # --- A: the al-Hussein hospital fire in Nasiriyah, 12 July 2021
    "A_fire": cl("other", "2021-07-12", ("2021-07-12", "2021-07-13")),
    "A_cd": cl("statement", "2021-07-12", ("2021-07-12", "2021-07-13"), ("مديرية الدفاع المدني",)),
    "A_call": cl("call", "2021-07-12", ("2021-07-12", "2021-07-13"), KADHIMI, ("محافظ ذي قار",)),
    "A_meeting": cl("meeting", ("2021-07-12", "2021-07-13"), None, KADHIMI),
    "A_suspend": cl("other", ("2021-07-12", "2021-07-13"), None, KADHIMI),
    "A_salih": cl("statement", "2021-07-12", ("2021-07-12", "2021-07-13"), ("برهم صالح",)),
    "A_khatib": cl("other", "2021-04-24", ("2021-04-24", "2021-04-25")),
    "A_arrive": cl("other", "2021-07-13", None, ("عثمان الغانمي", "الغانمي"), ("وزير الصحة",)),
    "A_funeral": cl("other", "2021-07-13"),
    "A_protest": cl("other", "2021-07-13"),
    "A_session": cl("meeting", "2021-07-13", None, CABINET, KADHIMI),
    "A_committee": cl("other", "2021-07-13", None, CABINET),
    "A_league": cl("statement", "2021-07-13", None, ("جامعة الدول العربية",)),
    # --- B: the SDF's capture of Raqqa, October 2017
    "B_capture": cl("capture", "2017-10-17", None, SDF),
    "B_silo17": cl("statement", "2017-10-17", None, SILO),
    "B_offensive": cl("strike", "2017-06-06", None, SDF),
    "B_isis2014": cl("capture", ("2014-01-01", "2014-01-31"), ("2014-01-01", "2014-12-31"), ISIS),
    "B_evac": cl("other", "2017-10-15", None, ISIS),
    "B_declare": cl("other", "2017-10-20", None, SDF, SILO),
    "B_handover": cl("other", "2017-10-20", None, SDF, ("مجلس الرقة المدني",)),
    "B_coalition": cl("statement", "2017-10-20", None, ("التحالف الدولي",)),
    "B_trump": cl("statement", "2017-10-21", None, ("دونالد ترمب", "ترمب")),
    "B_russia": cl("statement", "2017-10-22", None, ("وزارة الدفاع الروسية",),
                   ("إيغور كوناشينكوف", "كوناشينكوف")),
    "B_mosul": cl("capture", "2017-07-10", None, ("القوات العراقية",)),
    # --- C: the hijacking of the tanker Aris 13 off Puntland, March 2017
    "C_hijack": cl("capture", "2017-03-13"),
    "C_distress": cl("other", "2017-03-13", None, ("أريس 13",)),
    "C_eunav14": cl("statement", "2017-03-14", None,
                    ("القوة البحرية التابعة للاتحاد الأوروبي", "أتلانتا")),
    "C_local": cl("statement", "2017-03-14", ("2017-03-13", "2017-03-14")),
    "C_demand": cl("statement", ("2017-03-13", "2017-03-14")),
    "C_pmpf": cl("statement", "2017-03-14", None, ("مدير قوة الشرطة البحرية في بونتلاند",)),
    "C_srilanka": cl("statement", "2017-03-14", None, ("وزارة الخارجية السريلانكية",)),
    "C_clash": cl("strike", "2017-03-16", None, ("قوة الشرطة البحرية في بونتلاند",)),
    "C_release": cl("other", "2017-03-16"),
    "C_puntland16": cl("statement", "2017-03-16"),
    "C_eunav16": cl("statement", "2017-03-16", ("2017-03-16", "2017-03-17"),
                    ("القوة البحرية الأوروبية", "أتلانتا")),
    # --- D: the end of Saudi Arabia's ban on women driving, June 2018
    "D_order": cl("other", "2017-09-26", ("2017-09-01", "2017-09-30"), SALMAN),
    "D_announce": cl("statement", "2018-05-08", None, TRAFFIC),
    "D_licences": cl("other", "2018-06-04", None, TRAFFIC),
    "D_ministry": cl("statement", "2018-06-04", None, ("مركز التواصل الدولي بوزارة الإعلام", "وزارة الإعلام")),
    "D_lift": cl("other", "2018-06-24", ("2018-06-23", "2018-06-24")),
    "D_dosari": cl("statement", "2018-06-24", ("2018-06-24", "2018-06-25"), ("سبيكة الدوسرى", "سبيكة الدوسري")),
    "D_aseel": cl("other", "2018-06-24", None, ("أسيل الحمد",)),
    "D_arrest": cl("capture", ("2018-05-15", "2018-05-19"), ("2018-05-01", "2018-05-31"), ("رئاسة أمن الدولة",)),
    "D_1990": cl("other", "1990-11-06"),
    "D_1990arrest": cl("capture", "1990-11-06"),
    "D_mbs": cl("statement", "2018-03-18", ("2018-03-01", "2018-03-31"), ("الأمير محمد بن سلمان", "محمد بن سلمان")),
    # --- X: distractors
    "X_final": cl("other", "2019-11-24", None, *HILAL),
    "X_firstleg": cl("other", "2019-11-09", None, *HILAL),
    "X_mvp": cl("other", "2019-11-24", None, ("بافيتيمبي غوميس", "غوميس")),
    "X_zohr": cl("other", "2018-01-31", None, SISI),
    "X_sisi": cl("statement", "2018-01-31", None, SISI),
    "X_discovery": cl("other", "2015-08-30", None, ("إينى",)),
    "X_production": cl("other", "2017-12-20", ("2017-12-01", "2017-12-31")),
    "X_launch": cl("other", "2019-09-25", None, *CREW),
    "X_dock": cl("other", "2019-09-25", None, *CREW),
    "X_mbr": cl("statement", "2019-09-25", None, ("محمد بن راشد آل مكتوم", "محمد بن راشد")),
    "X_snow": cl("other", "2016-12-19"),
    "X_1979": cl("other", "1979-02-18"),
    "X_onm": cl("statement", "2016-12-18", None, ("الديوان الوطني للأرصاد الجوية",)),
}

TIMEX = [
    # a1 (INA, Monday 12 July 2021, late evening)
    day("a1_ina_0712", "مساء اليوم الاثنين", "2021-07-12TEV", "2021-07-12"),
    vague("a1_ina_0712", "بعد ساعات"),
    day("a1_ina_0712", "الليلة", "2021-07-12TNI", "2021-07-12", ("2021-07-12", "2021-07-13")),
    # a2 (Al-Sabah, Tuesday 13 July 2021)
    day("a2_sabah_0713", "ليل أمس الاثنين", "2021-07-12TNI", "2021-07-12", ("2021-07-12", "2021-07-13")),
    day("a2_sabah_0713", "ليلة أمس", "2021-07-12TNI", "2021-07-12", ("2021-07-12", "2021-07-13")),
    day("a2_sabah_0713", "فجر اليوم الثلاثاء", "2021-07-13", "2021-07-13"),
    day("a2_sabah_0713", "اليوم", "2021-07-13", "2021-07-13", around="استثنائية اليوم"),
    vague("a2_sabah_0713", "أقل من ثلاثة أشهر"),
    day("a2_sabah_0713", "في 24 نيسان الماضي", "2021-04-24", "2021-04-24"),
    # a3 (BBC Arabic, Wednesday 14 July 2021)
    day("a3_bbc_0714", "أمس الثلاثاء", "2021-07-13", "2021-07-13"),
    day("a3_bbc_0714", "مساء الاثنين", "2021-07-12TEV", "2021-07-12"),
    day("a3_bbc_0714", "أمس", "2021-07-13", "2021-07-13", around="عقدها أمس"),
    vague("a3_bbc_0714", "خلال أسبوع"),
    day("a3_bbc_0714", "أمس", "2021-07-13", "2021-07-13", around="بيان أمس"),
    vague("a3_bbc_0714", "أقل من ثلاثة أشهر", 1),
    day("a3_bbc_0714", "أواخر أبريل/نيسان الماضي", "2021-04", ("2021-04-21", "2021-04-30"),
        ("2021-04-01", "2021-04-30")),
    vague("a3_bbc_0714", "أقل من ثلاثة أشهر", 2),
    day("a3_bbc_0714", "في العاشر من أكتوبر/تشرين الأول المقبل", "2021-10-10", "2021-10-10"),
    # b1 (AFP, Tuesday 17 October 2017)
    day("b1_afp_1017", "الثلاثاء", "2017-10-17", "2017-10-17"),
    vague("b1_afp_1017", "حاليا"),
    day("b1_afp_1017", "في السادس من حزيران/يونيو", "2017-06-06", "2017-06-06"),
    year("b1_afp_1017", "في العام 2014", 2014),
    day("b1_afp_1017", "الأحد", "2017-10-15", "2017-10-15"),
    # b2 (An-Nahar, Saturday 21 October 2017)
    day("b2_nahar_1021", "أمس", "2017-10-20", "2017-10-20", around="(قسد) أمس"),
    vague("b2_nahar_1021", "أكثر من أربعة أشهر"),
    day("b2_nahar_1021", "الثلاثاء الماضي", "2017-10-17", "2017-10-17"),
    day("b2_nahar_1021", "أمس", "2017-10-20", "2017-10-20", around="بيان أمس"),
    # b3 (Asharq Al-Awsat, Monday 23 October 2017)
    day("b3_aawsat_1023", "الاثنين - 3 صفر 1439 هـ", "2017-10-23", "2017-10-23"),
    day("b3_aawsat_1023", "23 أكتوبر 2017", "2017-10-23", "2017-10-23"),
    day("b3_aawsat_1023", "أمس (الأحد)", "2017-10-22", "2017-10-22"),
    year("b3_aawsat_1023", "عام 1945", 1945),
    vague("b3_aawsat_1023", "بعد يوم"),
    day("b3_aawsat_1023", "(السبت)", "2017-10-21", "2017-10-21"),
    day("b3_aawsat_1023", "(الجمعة) الماضي", "2017-10-20", "2017-10-20"),
    vague("b3_aawsat_1023", "بعد ثلاثة أيام"),
    vague("b3_aawsat_1023", "أكثر من ثلاثة أشهر"),
    day("b3_aawsat_1023", "في العاشر من يوليو (تموز) الماضي", "2017-07-10", "2017-07-10"),
    # c1 (Reuters, Tuesday 14 March 2017)
    year("c1_reuters_0314", "2012", 2012),
    day("c1_reuters_0314", "اليوم الثلاثاء", "2017-03-14", "2017-03-14"),
    day("c1_reuters_0314", "أمس الاثنين", "2017-03-13", "2017-03-13"),
    year("c1_reuters_0314", "عام 2012", 2012),
    day("c1_reuters_0314", "بعد ظهر الاثنين", "2017-03-13TAF", "2017-03-13"),
    vague("c1_reuters_0314", "لاحقا"),
    vague("c1_reuters_0314", "في السنوات الأخيرة"),
    # c2 (Al Jazeera Net, Wednesday 15 March 2017)
    day("c2_jazeera_0315", "الاثنين الماضي", "2017-03-13", "2017-03-13"),
    day("c2_jazeera_0315", "أمس الثلاثاء", "2017-03-14", "2017-03-14"),
    day("c2_jazeera_0315", "أمس", "2017-03-14", "2017-03-14", around="بيان أمس"),
    vague("c2_jazeera_0315", "خمس سنوات"),
    year("c2_jazeera_0315", "عام 2011", 2011),
    # c3 (Sky News Arabia, Friday 17 March 2017)
    day("c3_sky_0317", "مساء الخميس", "2017-03-16TEV", "2017-03-16"),
    vague("c3_sky_0317", "بعد ساعات"),
    day("c3_sky_0317", "أمس", "2017-03-16", "2017-03-16", around="بونتلاند أمس"),
    day("c3_sky_0317", "صباح الخميس", "2017-03-16TMO", "2017-03-16"),
    day("c3_sky_0317", "ليل الخميس", "2017-03-16TNI", "2017-03-16", ("2017-03-16", "2017-03-17")),
    day("c3_sky_0317", "يوم 13 مارس الجاري", "2017-03-13", "2017-03-13"),
    year("c3_sky_0317", "عام 2012", 2012),
    # d1 (SPA, Monday 4 June 2018)
    day("d1_spa_0604", "20 رمضان 1439 هـ", "2018-06-04", "2018-06-04"),
    day("d1_spa_0604", "04 يونيو 2018", "2018-06-04", "2018-06-04"),
    day("d1_spa_0604", "اليوم", "2018-06-04", "2018-06-04", around="للمرور اليوم"),
    day("d1_spa_0604", "اليوم", "2018-06-04", "2018-06-04", around="بيان اليوم"),
    day("d1_spa_0604", "في العاشر من شهر شوال المقبل", "2018-06-24", "2018-06-24"),
    day("d1_spa_0604", "في السادس من محرم 1439هـ", "2017-09-26", "2017-09-26"),
    day("d1_spa_0604", "في الثاني والعشرين من شهر شعبان الماضي", "2018-05-08", "2018-05-08"),
    day("d1_spa_0604", "يوم العاشر من شوال", "2018-06-24", "2018-06-24"),
    # d2 (Al-Masry Al-Youm, Monday 25 June 2018)
    day("d2_masry_0625", "أمس الأحد", "2018-06-24", "2018-06-24"),
    vague("d2_masry_0625", "عقوداً"),
    day("d2_masry_0625", "منتصف ليل السبت", "2018-06-24T00:00", ("2018-06-23", "2018-06-24")),
    day("d2_masry_0625", "أمس", "2018-06-24", "2018-06-24", around="ريكار، أمس"),
    month("d2_masry_0625", "فى سبتمبر الماضى", "2017-09"),
    # d3 (Al-Quds Al-Arabi, Thursday 28 June 2018)
    vague("d3_quds_0628", "بعد أربعة أيام"),
    day("d3_quds_0628", "يوم الأحد الماضي", "2018-06-24", "2018-06-24"),
    month("d3_quds_0628", "في أيار/مايو الماضي", "2018-05"),
    day("d3_quds_0628", "السادس من تشرين الثاني/نوفمبر 1990", "1990-11-06", "1990-11-06"),
    month("d3_quds_0628", "في آذار/مارس الماضي", "2018-03"),
    # x1 (Al-Riyadh, Monday 25 November 2019)
    day("x1_riyadh_1125", "الاثنين 28 ربيع الأول 1441هـ", "2019-11-25", "2019-11-25"),
    day("x1_riyadh_1125", "25 نوفمبر 2019", "2019-11-25", "2019-11-25"),
    day("x1_riyadh_1125", "مساء أمس الأحد", "2019-11-24TEV", "2019-11-24"),
    vague("x1_riyadh_1125", "الدقيقة 74"),
    day("x1_riyadh_1125", "يوم 9 نوفمبر الجاري", "2019-11-09", "2019-11-09"),
    year("x1_riyadh_1125", "عامي 1991", 1991),
    year("x1_riyadh_1125", "2000", 2000),
    month("x1_riyadh_1125", "الشهر المقبل", "2019-12"),
    # x2 (Al-Ahram, Thursday 1 February 2018)
    day("x2_ahram_0201", "أمس", "2018-01-31", "2018-01-31"),
    day("x2_ahram_0201", "نهاية العام الجارى", "2018", ("2018-10-01", "2018-12-31"), ("2018-01-01", "2018-12-31")),
    day("x2_ahram_0201", "30 أغسطس 2015", "2015-08-30", "2015-08-30"),
    month("x2_ahram_0201", "ديسمبر الماضى", "2017-12"),
    vague("x2_ahram_0201", "حاليا"),
    vague("x2_ahram_0201", "يوميا"),
    year("x2_ahram_0201", "2019", 2019),
    # x3 (WAM, Thursday 26 September 2019)
    day("x3_wam_0926", "26 سبتمبر", "2019-09-26", "2019-09-26"),
    day("x3_wam_0926", "مساء أمس", "2019-09-25TEV", "2019-09-25"),
    vague("x3_wam_0926", "نحو ست ساعات"),
    day("x3_wam_0926", "5:57 مساء", "2019-09-25T17:57", "2019-09-25"),
    day("x3_wam_0926", "اليوم", "2019-09-25", "2019-09-25", around="دخلت اليوم"),
    dur("x3_wam_0926", "ثمانية أيام", "P8D"),
    day("x3_wam_0926", "في الثالث من أكتوبر المقبل", "2019-10-03", "2019-10-03"),
    # x4 (El Khabar, Tuesday 20 December 2016)
    dur("x4_khabar_1220", "37 سنة", "P37Y"),
    day("x4_khabar_1220", "أمس", "2016-12-19", "2016-12-19", around="الثلوج، أمس"),
    day("x4_khabar_1220", "18 فيفري 1979", "1979-02-18", "1979-02-18"),
    vague("x4_khabar_1220", "لساعات"),
    day("x4_khabar_1220", "أول أمس الأحد", "2016-12-18", "2016-12-18"),
    vague("x4_khabar_1220", "منذ أيام"),
    vague("x4_khabar_1220", "حتى نهاية الأسبوع"),
]

EVENTS = [
    # a1
    ev("A_suspend", "a1_ina_0712", "يوجه بإيقاف مدير صحة ذي قار واعتقاله"),
    ev("A_fire", "a1_ina_0712", "حريق مستشفى الحسين"),
    ev("A_fire", "a1_ina_0712", "اندلع حريق كبير"),
    ev("A_cd", "a1_ina_0712", "وذكرت مديرية الدفاع المدني في بيان"),
    ev("A_fire", "a1_ina_0712", "اندلاعه"),
    ev("A_call", "a1_ina_0712", "أجرى اتصالا هاتفيا بمحافظ ذي قار"),
    ev("A_fire", "a1_ina_0712", "وقوع الحادث"),
    ev("A_meeting", "a1_ina_0712", "اجتماعا طارئا"),
    ev("A_fire", "a1_ina_0712", "تداعيات الحادث"),
    ev("A_meeting", "a1_ina_0712", "خلال الاجتماع"),
    ev("A_suspend", "a1_ina_0712", "بإيقاف مدير صحة ذي قار ومدير المستشفى ومدير الدفاع المدني"),
    ev("A_salih", "a1_ina_0712", "عد رئيس الجمهورية برهم صالح في تغريدة له"),
    ev("A_fire", "a1_ina_0712", "فاجعة مستشفى الحسين"),
    ev("A_khatib", "a1_ina_0712", "ومن قبلها مستشفى ابن الخطيب"),
    # a2
    ev("A_fire", "a2_sabah_0713", "فاجعة الناصرية"),
    ev("A_suspend", "a2_sabah_0713", "يأمر بتوقيف مسؤولين"),
    ev("A_arrive", "a2_sabah_0713", "ووفد حكومي يصل المدينة"),
    ev("A_fire", "a2_sabah_0713", "الحريق الذي التهم"),
    ev("A_meeting", "a2_sabah_0713", "اجتماعا طارئا"),
    ev("A_suspend", "a2_sabah_0713", "أمر فيه بسحب يد مدير صحة المحافظة"),
    ev("A_arrive", "a2_sabah_0713", "ووصل وزير الداخلية عثمان الغانمي"),
    ev("A_fire", "a2_sabah_0713", "أسباب الحادث"),
    ev("A_fire", "a2_sabah_0713", "لبحث الفاجعة"),
    ev("A_khatib", "a2_sabah_0713", "حريق مستشفى ابن الخطيب"),
    # a3
    ev("A_fire", "a3_bbc_0714", "حريق مستشفى الناصرية"),
    ev("A_committee", "a3_bbc_0714", "والحكومة تشكل لجنة تحقيق"),
    ev("A_funeral", "a3_bbc_0714", "شيع آلاف العراقيين"),
    ev("A_fire", "a3_bbc_0714", "الحريق الذي اندلع"),
    ev("A_protest", "a3_bbc_0714", "وسط تظاهرات غاضبة"),
    ev("A_committee", "a3_bbc_0714", "وقرر مجلس الوزراء العراقي"),
    ev("A_session", "a3_bbc_0714", "جلسة استثنائية عقدها"),
    ev("A_committee", "a3_bbc_0714", "تشكيل لجنة تحقيق عليا"),
    ev("A_salih", "a3_bbc_0714", "وقال الرئيس العراقي برهم صالح"),
    ev("A_fire", "a3_bbc_0714", "الكارثة"),
    ev("A_league", "a3_bbc_0714", "عبرت جامعة الدول العربية في بيان"),
    ev("A_fire", "a3_bbc_0714", "ويعد الحريق الثاني"),
    ev("A_khatib", "a3_bbc_0714", "حريق مستشفى ابن الخطيب"),
    ev("A_fire", "a3_bbc_0714", "ويأتي الحادث"),
    # b1
    ev("B_capture", "b1_afp_1017", "تسيطر على كامل مدينة الرقة"),
    ev("B_capture", "b1_afp_1017", "سيطرت قوات سوريا الديموقراطية"),
    ev("B_capture", "b1_afp_1017", "طرد آخر عناصره"),
    ev("B_silo17", "b1_afp_1017", "وفق ما أعلن متحدث باسمها"),
    ev("B_silo17", "b1_afp_1017", "وقال المتحدث الرسمي باسم قوات سوريا الديموقراطية طلال سلو"),
    ev("B_capture", "b1_afp_1017", "قواتنا سيطرت على الرقة"),
    ev("B_offensive", "b1_afp_1017", "بدأت في السادس من حزيران/يونيو هجومها"),
    ev("B_isis2014", "b1_afp_1017", "التي سيطروا عليها"),
    ev("B_capture", "b1_afp_1017", "وجاءت السيطرة على المدينة"),
    ev("B_evac", "b1_afp_1017", "خروج مئات المقاتلين السوريين"),
    # b2
    ev("B_declare", "b2_nahar_1021", 'تعلن "تحرير" الرقة رسمياً'),
    ev("B_handover", "b2_nahar_1021", "وتسلّمها إلى مجلس مدني"),
    ev("B_declare", "b2_nahar_1021", 'أعلنت "قوات سوريا الديموقراطية" (قسد) أمس، رسمياً، "تحرير" مدينة الرقة'),
    ev("B_declare", "b2_nahar_1021", "احتفال أقيم"),
    ev("B_declare", "b2_nahar_1021", 'وتلا الناطق باسم "قسد" طلال سلو بياناً'),
    ev("B_handover", "b2_nahar_1021", "تسليم إدارة المدينة إلى مجلس الرقة المدني"),
    ev("B_silo17", "b2_nahar_1021", "أعلنت الثلاثاء الماضي انتهاء العمليات العسكرية"),
    ev("B_capture", "b2_nahar_1021", "السيطرة على المستشفى الوطني والملعب"),
    ev("B_coalition", "b2_nahar_1021", "ورحب التحالف الدولي"),
    ev("B_offensive", "b2_nahar_1021", "بدء المعركة"),
    # b3
    ev("B_russia", "b3_aawsat_1023", "موسكو تشبّه"),
    ev("B_trump", "b3_aawsat_1023", "وترمب يتحدث"),
    ev("B_russia", "b3_aawsat_1023", "شبهت وزارة الدفاع الروسية"),
    ev("B_russia", "b3_aawsat_1023", "وقال المتحدث باسم الوزارة اللواء إيغور كوناشينكوف في بيان"),
    ev("B_russia", "b3_aawsat_1023", "وجاء الموقف الروسي"),
    ev("B_trump", "b3_aawsat_1023", "ترحيب الرئيس الأميركي دونالد ترمب"),
    ev("B_trump", "b3_aawsat_1023", "إذ قال في بيان صادر عن البيت الأبيض"),
    ev("B_declare", "b3_aawsat_1023", "أعلنت (الجمعة) الماضي تحرير المدينة رسمياً"),
    ev("B_capture", "b3_aawsat_1023", "طرد آخر مقاتلي التنظيم"),
    ev("B_capture", "b3_aawsat_1023", "وتأتي خسارة الرقة"),
    ev("B_mosul", "b3_aawsat_1023", "استعادة القوات العراقية مدينة الموصل"),
    # c1
    ev("C_hijack", "c1_reuters_0314", "يخطفون ناقلة وقود"),
    ev("C_eunav14", "c1_reuters_0314", "قال مسؤولون صوماليون وقوة بحرية أوروبية"),
    ev("C_hijack", "c1_reuters_0314", "قراصنة خطفوا ناقلة وقود صغيرة"),
    ev("C_hijack", "c1_reuters_0314", "أول عملية خطف لسفينة تجارية"),
    ev("C_eunav14", "c1_reuters_0314", "وقالت القوة البحرية التابعة للاتحاد الأوروبي"),
    ev("C_distress", "c1_reuters_0314", "أرسلت نداء استغاثة"),
    ev("C_eunav14", "c1_reuters_0314", "وأضافت"),
    ev("C_hijack", "c1_reuters_0314", "صعدوا إلى السفينة واقتادوها"),
    ev("C_local", "c1_reuters_0314", "وقال مسؤول محلي في علولة لرويترز"),
    ev("C_demand", "c1_reuters_0314", "القراصنة طالبوا بفدية"),
    # c2
    ev("C_hijack", "c2_jazeera_0315", "يحتجز قراصنة ناقلة النفط"),
    ev("C_demand", "c2_jazeera_0315", "طالب فيه الخاطفون بفدية"),
    ev("C_pmpf", "c2_jazeera_0315", "وقال مدير قوة الشرطة البحرية في بونتلاند"),
    ev("C_srilanka", "c2_jazeera_0315", "قالت وزارة الخارجية السريلانكية في بيان"),
    ev("C_hijack", "c2_jazeera_0315", "خطف الناقلة"),
    # c3
    ev("C_release", "c3_sky_0317", "يفرجون عن ناقلة النفط"),
    ev("C_release", "c3_sky_0317", "أفرج قراصنة صوماليون"),
    ev("C_clash", "c3_sky_0317", "اشتباك مسلح"),
    ev("C_puntland16", "c3_sky_0317", "وقال مسؤولون في بونتلاند"),
    ev("C_release", "c3_sky_0317", "الإفراج جاء"),
    ev("C_clash", "c3_sky_0317", "تبادلت إطلاق النار مع القراصنة"),
    ev("C_eunav16", "c3_sky_0317", "وأكدت القوة البحرية الأوروبية"),
    ev("C_release", "c3_sky_0317", "الإفراج عن السفينة"),
    ev("C_hijack", "c3_sky_0317", "استولوا على الناقلة"),
    ev("C_hijack", "c3_sky_0317", "أول عملية اختطاف ناجحة"),
    # d1
    ev("D_licences", "d1_spa_0604", "تبدأ إصدار رخص القيادة"),
    ev("D_licences", "d1_spa_0604", "بدأت الإدارة العامة للمرور اليوم استبدال رخص القيادة الأجنبية"),
    ev("D_ministry", "d1_spa_0604", "وأوضح مركز التواصل الدولي بوزارة الإعلام في بيان"),
    ev("D_licences", "d1_spa_0604", "تسلمن رخصهن"),
    ev("D_order", "d1_spa_0604", "للأمر السامي الكريم الذي أصدره"),
    ev("D_announce", "d1_spa_0604", "وكانت الإدارة العامة للمرور قد أعلنت"),
    # d2
    ev("D_lift", "d2_masry_0625", "انتهاء آخر حظر على قيادة المرأة"),
    ev("D_lift", "d2_masry_0625", "بدأت المرأة السعودية"),
    ev("D_lift", "d2_masry_0625", "رفع الحظر"),
    ev("D_dosari", "d2_masry_0625", "وقالت المذيعة سبيكة الدوسرى"),
    ev("D_aseel", "d2_masry_0625", "قادت السعودية أسيل الحمد"),
    ev("D_order", "d2_masry_0625", "أمراً ملكياً يسمح للمرأة بقيادة السيارة"),
    # d3
    ev("D_lift", "d3_quds_0628", "دخول قرار السماح للمرأة بقيادة السيارة حيز التنفيذ"),
    ev("D_arrest", "d3_quds_0628", "توقيف سبعة أشخاص"),
    ev("D_1990", "d3_quds_0628", "قادت 47 امرأة سياراتهن"),
    ev("D_1990arrest", "d3_quds_0628", "يتم توقيفهن"),
    ev("D_mbs", "d3_quds_0628", "أكد في مقابلة"),
    # x1
    ev("X_final", "x1_riyadh_1125", "الهلال بطلاً لآسيا"),
    ev("X_final", "x1_riyadh_1125", "توّج فريق الهلال بلقب"),
    ev("X_final", "x1_riyadh_1125", "بعد فوزه على مضيفه"),
    ev("X_final", "x1_riyadh_1125", "إياب المباراة النهائية التي جرت"),
    ev("X_firstleg", "x1_riyadh_1125", "قد فاز ذهاباً في الرياض"),
    ev("X_mvp", "x1_riyadh_1125", "واختير غوميس أفضل لاعب"),
    ev("X_final", "x1_riyadh_1125", "عقب المباراة"),
    # x2
    ev("X_zohr", "x2_ahram_0201", "يفتتح حقل «ظهر»"),
    ev("X_zohr", "x2_ahram_0201", "افتتح الرئيس عبد الفتاح السيسى"),
    ev("X_sisi", "x2_ahram_0201", "وأكد الرئيس"),
    ev("X_zohr", "x2_ahram_0201", "خلال الافتتاح"),
    ev("X_discovery", "x2_ahram_0201", "أعلنت اكتشاف الحقل"),
    ev("X_production", "x2_ahram_0201", "بدأ الإنتاج منه"),
    # x3
    ev("X_dock", "x3_wam_0926", "وصل رائد الفضاء الإماراتي"),
    ev("X_launch", "x3_wam_0926", "انطلاق المركبة"),
    ev("X_launch", "x3_wam_0926", "وانطلق الصاروخ"),
    ev("X_mbr", "x3_wam_0926", "وقال صاحب السمو الشيخ محمد بن راشد آل مكتوم"),
    ev("X_launch", "x3_wam_0926", "عقب الإطلاق"),
    # x4
    ev("X_snow", "x4_khabar_1220", "الثلوج تكسو رمال عين الصفراء"),
    ev("X_snow", "x4_khabar_1220", "تساقطت الثلوج"),
    ev("X_1979", "x4_khabar_1220", "تساقط الثلوج عليها"),
    ev("X_onm", "x4_khabar_1220", "أصدر نشرية خاصة"),
]

DIFF = [
    # A
    ("A_fire", "A_cd"), ("A_fire", "A_call"), ("A_fire", "A_meeting"), ("A_fire", "A_suspend"),
    ("A_fire", "A_salih"), ("A_fire", "A_khatib"), ("A_fire", "A_funeral"), ("A_fire", "A_protest"),
    ("A_meeting", "A_suspend"), ("A_meeting", "A_call"), ("A_meeting", "A_session"),
    ("A_session", "A_committee"), ("A_suspend", "A_committee"), ("A_salih", "A_league"),
    ("A_cd", "A_salih"), ("A_funeral", "A_protest"), ("A_arrive", "A_meeting"),
    ("A_league", "A_committee"), ("A_call", "A_suspend"),
    # B
    ("B_capture", "B_silo17"), ("B_capture", "B_declare"), ("B_capture", "B_isis2014"),
    ("B_capture", "B_mosul"), ("B_capture", "B_evac"), ("B_capture", "B_offensive"),
    ("B_declare", "B_handover"), ("B_declare", "B_silo17"), ("B_declare", "B_coalition"),
    ("B_trump", "B_russia"), ("B_coalition", "B_trump"), ("B_russia", "B_coalition"),
    ("B_isis2014", "B_mosul"), ("B_offensive", "B_evac"),
    # C
    ("C_hijack", "C_distress"), ("C_hijack", "C_release"), ("C_hijack", "C_clash"),
    ("C_eunav14", "C_eunav16"), ("C_eunav14", "C_local"), ("C_local", "C_demand"),
    ("C_demand", "C_srilanka"), ("C_pmpf", "C_srilanka"), ("C_pmpf", "C_eunav14"),
    ("C_release", "C_clash"), ("C_release", "C_puntland16"), ("C_puntland16", "C_eunav16"),
    ("C_eunav14", "C_srilanka"),
    # D
    ("D_licences", "D_ministry"), ("D_licences", "D_lift"), ("D_licences", "D_announce"),
    ("D_order", "D_lift"), ("D_order", "D_announce"), ("D_lift", "D_dosari"), ("D_lift", "D_aseel"),
    ("D_arrest", "D_1990arrest"), ("D_1990", "D_1990arrest"), ("D_1990", "D_lift"),
    ("D_mbs", "D_order"), ("D_dosari", "D_aseel"),
    # X
    ("X_final", "X_firstleg"), ("X_final", "X_mvp"), ("X_zohr", "X_sisi"), ("X_zohr", "X_discovery"),
    ("X_zohr", "X_production"), ("X_discovery", "X_production"), ("X_launch", "X_dock"),
    ("X_launch", "X_mbr"), ("X_snow", "X_1979"), ("X_snow", "X_onm"),
]

BEFORE = [
    # A
    ("A_khatib", "A_fire"), ("A_khatib", "A_meeting"), ("A_fire", "A_arrive"), ("A_fire", "A_funeral"),
    ("A_fire", "A_protest"), ("A_fire", "A_session"), ("A_fire", "A_committee"), ("A_cd", "A_league"),
    ("A_call", "A_arrive"), ("A_salih", "A_league"), ("A_call", "A_session"),
    # B
    ("B_isis2014", "B_offensive"), ("B_offensive", "B_mosul"), ("B_mosul", "B_evac"),
    ("B_evac", "B_capture"), ("B_capture", "B_declare"), ("B_declare", "B_trump"), ("B_trump", "B_russia"),
    ("B_silo17", "B_declare"), ("B_capture", "B_handover"), ("B_coalition", "B_trump"),
    ("B_silo17", "B_coalition"), ("B_evac", "B_silo17"),
    # C
    ("C_hijack", "C_eunav14"), ("C_distress", "C_eunav14"), ("C_hijack", "C_srilanka"),
    ("C_hijack", "C_pmpf"), ("C_eunav14", "C_clash"), ("C_pmpf", "C_release"),
    ("C_srilanka", "C_release"), ("C_demand", "C_release"), ("C_local", "C_puntland16"),
    ("C_hijack", "C_puntland16"), ("C_eunav14", "C_eunav16"),
    # D
    ("D_1990", "D_order"), ("D_1990arrest", "D_order"), ("D_order", "D_mbs"), ("D_mbs", "D_announce"),
    ("D_announce", "D_arrest"), ("D_arrest", "D_licences"), ("D_licences", "D_lift"),
    ("D_order", "D_announce"), ("D_ministry", "D_dosari"), ("D_licences", "D_aseel"),
    # X
    ("X_firstleg", "X_final"), ("X_firstleg", "X_mvp"), ("X_discovery", "X_production"),
    ("X_production", "X_zohr"), ("X_production", "X_sisi"), ("X_1979", "X_onm"), ("X_onm", "X_snow"),
    # across stories
    ("X_1979", "D_1990"), ("D_1990", "B_isis2014"), ("B_isis2014", "X_discovery"),
    ("X_discovery", "X_snow"), ("X_snow", "C_hijack"), ("C_release", "B_offensive"),
    ("B_russia", "X_production"), ("X_zohr", "D_mbs"), ("D_lift", "X_launch"),
    ("X_launch", "X_firstleg"), ("X_final", "A_khatib"),
]

GOLD = dict(timex=TIMEX, clusters=CLUSTERS, events=EVENTS, diff=[list(p) for p in DIFF],
            before=[list(p) for p in BEFORE])
