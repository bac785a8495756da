"""Gold for the twentieth blind held-out set (16 articles): the format of ../heldout19/spec.py.

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
around the wanted occurrence and the occurrence number is computed from it; a surface given
without `ctx` must occur exactly once in its article.
"""
import calendar
from pathlib import Path

HERE = Path(__file__).resolve().parent

PUBLISHED = {
    "a1_ina_1009": "2020-10-09T19:00:00+03:00",
    "a2_sabah_1010": "2020-10-10",
    "a3_awsat_1013": "2020-10-13",
    "b1_map_0208": "2021-02-08T13:00:00+01:00",
    "b2_hespress_0209": "2021-02-09T18:00:00+01:00",
    "b3_quds_0211": "2021-02-11",
    "c1_bna_1104": "2018-11-04T15:00:00+03:00",
    "c2_quds_1105": "2018-11-05",
    "c3_jazeera_0128": "2019-01-28T20:00:00+03:00",
    "d1_suna_1216": "2020-12-16T14:00:00+03:00",
    "d2_sky_1220": "2020-12-20T21:00:00+04:00",
    "d3_sudani_1224": "2020-12-24",
    "x1_sabah_1201": "2022-12-01",
    "x2_aps_1201": "2022-12-01T18:00:00+01:00",
    "x3_eqt_0314": "2023-03-14T20:00:00+03:00",
    "x4_ahram_1004": "2020-10-04",
}

_TEXTS = {k: (HERE / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}


def _occ(doc, s, ctx=None):
    """The occurrence number of ``s`` in ``doc``: the one inside ``ctx`` (which must occur once),
    or the only one."""
    text = _TEXTS[doc]
    if ctx is None:
        if text.count(s) != 1:
            raise SystemExit(f"{doc}: {s!r} occurs {text.count(s)} times; give a ctx")
        return 1
    if text.count(ctx) != 1 or s not in ctx:
        raise SystemExit(f"{doc}: ctx {ctx!r} occurs {text.count(ctx)} times or lacks {s!r}")
    pos = text.index(ctx) + ctx.index(s)
    n, i = 0, -1
    while True:
        i = text.find(s, i + 1)
        n += 1
        if i == pos:
            return n


def _month_end(m):
    y, mo = map(int, m.split("-"))
    return f"{m}-{calendar.monthrange(y, mo)[1]:02d}"


def _span(value):
    """The first and last day a date value names: a day, a month (YYYY-MM) or a year."""
    v = value[:10]
    if len(v) == 4:
        return f"{v}-01-01", f"{v}-12-31"
    if len(v) == 7:
        return f"{v}-01", _month_end(v)
    return v, v


def D(doc, s, value, ctx=None, tight=None, outer=None):
    """A required date row; tight and outer default to the days ``value`` names."""
    t = list(tight or _span(value))
    return (doc, s, _occ(doc, s, ctx), "date", value, t, list(outer or t), True)


def DUR(doc, s, value, ctx=None):
    return (doc, s, _occ(doc, s, ctx), "duration", value, None, None, True)


def V(doc, s, ctx=None):
    return (doc, s, _occ(doc, s, ctx), "vague", None, None, None, False)


def C(kind, a, b=None, lo=None, hi=None, who=()):
    """A cluster: tight a..b, outer lo..hi (the tight span by default), its participants."""
    ta, tb = _span(a)[0], _span(b or a)[1]
    return dict(type=kind, tight=[ta, tb], outer=[lo or ta, hi or tb], participants=[list(p) for p in who])


TIMEX = [
    # A: the Sinjar agreement
    D("a1_ina_1009", "اليوم الجمعة", "2020-10-09"),
    V("a1_ina_1009", "بعد أكثر من ست سنوات"),
    D("a1_ina_1009", "الثالث من آب 2014", "2014-08-03"),
    D("a1_ina_1009", "مساء اليوم", "2020-10-09TEV"),
    D("a2_sabah_1010", "أمس الجمعة", "2020-10-09"),
    D("a2_sabah_1010", "مساء أمس", "2020-10-09TEV"),
    D("a2_sabah_1010", "تشرين الثاني 2015", "2015-11"),
    V("a2_sabah_1010", "بعد أكثر من عام"),
    D("a3_awsat_1013", "الثلاثاء - 26 صفر 1442 هـ", "2020-10-13"),
    D("a3_awsat_1013", "13 أكتوبر 2020", "2020-10-13"),
    D("a3_awsat_1013", "يوم الجمعة الماضي", "2020-10-09"),
    D("a3_awsat_1013", "السبت", "2020-10-10"),
    D("a3_awsat_1013", "أول من أمس (الأحد)", "2020-10-11"),
    D("a3_awsat_1013", "مايو (أيار) الماضي", "2020-05"),
    D("a3_awsat_1013", "أغسطس (آب) 2014", "2014-08"),
    D("a3_awsat_1013", "نوفمبر (تشرين الثاني) 2015", "2015-11"),
    # B: the Tangier workshop
    D("b1_map_0208", "08 فبراير 2021", "2021-02-08"),
    D("b1_map_0208", "صباح اليوم الاثنين", "2021-02-08TMO"),
    D("b1_map_0208", "مساء أمس الأحد", "2021-02-07TEV"),
    D("b2_hespress_0209", "صباح أمس الاثنين", "2021-02-08TMO"),
    D("b2_hespress_0209", "عصر اليوم الثلاثاء", "2021-02-09TAF"),
    D("b2_hespress_0209", "صباح اليوم", "2021-02-09TMO"),
    D("b2_hespress_0209", "أمس", "2021-02-08", ctx="قد عبر، أمس،"),
    D("b3_quds_0211", "يوم الاثنين الماضي", "2021-02-08"),
    D("b3_quds_0211", "أمس الأربعاء", "2021-02-10"),
    D("b3_quds_0211", "يوم الثلاثاء", "2021-02-09"),
    V("b3_quds_0211", "بعد يوم واحد"),
    D("b3_quds_0211", "يوم الأحد 7 فبراير/شباط", "2021-02-07"),
    D("b3_quds_0211", "26 أبريل/نيسان 2008", "2008-04-26"),
    # C: Ali Salman
    D("c1_bna_1104", "4 نوفمبر", "2018-11-04"),
    D("c1_bna_1104", "اليوم", "2018-11-04", ctx="قضت اليوم"),
    D("c1_bna_1104", "21 يونيو الماضي", "2018-06-21"),
    D("c1_bna_1104", "عام 2011", "2011"),
    D("c1_bna_1104", "ديسمبر 2014", "2014-12"),
    D("c2_quds_1105", "أمس الأحد", "2018-11-04"),
    D("c2_quds_1105", "حزيران/يونيو الماضي", "2018-06"),
    D("c2_quds_1105", "آذار/مارس 2011", "2011-03"),
    D("c2_quds_1105", "آب/أغسطس 2017", "2017-08"),
    D("c3_jazeera_0128", "اليوم الاثنين", "2019-01-28"),
    D("c3_jazeera_0128", "الرابع من نوفمبر/تشرين الثاني الماضي", "2018-11-04"),
    D("c3_jazeera_0128", "اليوم", "2019-01-28", ctx="لها اليوم"),
    D("c3_jazeera_0128", "ديسمبر/كانون الأول 2014", "2014-12"),
    D("c3_jazeera_0128", "يونيو/حزيران 2015", "2015-06"),
    DUR("c3_jazeera_0128", "أربع سنوات", "P4Y"),
    D("c3_jazeera_0128", "يوليو/تموز 2016", "2016-07"),
    # D: al-Fashaga and the border talks
    D("d1_suna_1216", "16-12-2020", "2020-12-16"),
    D("d1_suna_1216", "أمس الثلاثاء", "2020-12-15"),
    D("d1_suna_1216", "اليوم الأربعاء", "2020-12-16"),
    D("d1_suna_1216", "الرابع من نوفمبر الماضي", "2020-11-04"),
    D("d2_sky_1220", "الأحد", "2020-12-20", ctx="أحمد، الأحد،"),
    D("d2_sky_1220", "يوم الثلاثاء المقبل", "2020-12-22"),
    D("d2_sky_1220", "صباح الأحد", "2020-12-20TMO"),
    V("d2_sky_1220", "بعد أيام"),
    D("d2_sky_1220", "يوم الثلاثاء الماضي", "2020-12-15"),
    D("d2_sky_1220", "الخميس", "2020-12-17"),
    D("d3_sudani_1224", "مساء أمس الأربعاء", "2020-12-23TEV"),
    D("d3_sudani_1224", "يوم الثلاثاء", "2020-12-22"),
    V("d3_sudani_1224", "لاحقا"),
    D("d3_sudani_1224", "الأحد الماضي", "2020-12-20"),
    D("d3_sudani_1224", "15 ديسمبر الجاري", "2020-12-15"),
    # distractors
    D("x1_sabah_1201", "مساء أمس الأربعاء", "2022-11-30TEV"),
    V("x1_sabah_1201", "في الدقيقة 58"),
    V("x1_sabah_1201", "في الوقت بدل الضائع"),
    V("x1_sabah_1201", "وفي الوقت ذاته"),
    D("x1_sabah_1201", "22 نوفمبر", "2022-11-22"),
    D("x1_sabah_1201", "26 نوفمبر", "2022-11-26"),
    D("x2_aps_1201", "اليوم الخميس", "2022-12-01"),
    D("x2_aps_1201", "من 28 نوفمبر إلى 3 ديسمبر", "2022-11-28/2022-12-03",
      tight=("2022-11-28", "2022-12-03")),
    D("x2_aps_1201", "مارس 2021", "2021-03"),
    D("x3_eqt_0314", "الثلاثاء 22 شعبان 1444 هـ", "2023-03-14"),
    D("x3_eqt_0314", "14 مارس 2023", "2023-03-14"),
    D("x3_eqt_0314", "اليوم", "2023-03-14", ctx="«طيران الرياض»، اليوم،"),
    V("x3_eqt_0314", "بعد يومين"),
    D("x3_eqt_0314", "الأحد الماضي", "2023-03-12"),
    D("x3_eqt_0314", "2025", "2025"),
    D("x3_eqt_0314", "2030", "2030"),
    D("x4_ahram_1004", "أمس السبت", "2020-10-03"),
    V("x4_ahram_1004", "منذ أكثر من 2500 عام"),
    D("x4_ahram_1004", "الشهر الماضي", "2020-09"),
]

CLUSTERS = {
    # A: the Sinjar agreement, Iraq, October 2020
    "A_agree": C("other", "2020-10-09", who=[["مصطفى الكاظمي", "الكاظمي"], ["الحكومة الاتحادية", "بغداد"],
                                             ["حكومة إقليم كردستان", "حكومة الإقليم", "أربيل"]]),
    "A_barzani": C("statement", "2020-10-09", who=[["مسرور بارزاني", "بارزاني"]]),
    "A_unami": C("statement", "2020-10-09", who=[["جينين هينيس - بلاسخارت", "بلاسخارت",
                                                  "بعثة الأمم المتحدة في العراق", "يونامي"]]),
    "A_turkey": C("statement", "2020-10-10", who=[["وزارة الخارجية التركية"]]),
    "A_reject": C("statement", "2020-10-11", who=[["الإدارة الذاتية في سنجار"]]),
    "A_isis": C("capture", "2014-08-03", who=[["تنظيم داعش", "عصابات داعش", "داعش"]]),
    "A_liber": C("capture", "2015-11-13", lo="2015-11-01", hi="2015-11-30",
                 who=[["قوات البيشمركة", "البيشمركة"]]),
    # B: the Tangier workshop flooded, Morocco, February 2021
    "B_flood": C("other", "2021-02-08"),
    "B_probe": C("other", "2021-02-08", who=[["النيابة العامة"]]),
    "B_arrest": C("capture", "2021-02-09", who=[["الشرطة القضائية"], ["صاحب المعمل", "صاحب الوحدة"]]),
    "B_funeral": C("other", "2021-02-09"),
    "B_othmani": C("statement", "2021-02-08", who=[["سعد الدين العثماني", "العثماني"]]),
    "B_union": C("statement", "2021-02-10", who=[["الاتحاد المغربي للشغل"]]),
    "B_alert": C("statement", "2021-02-07", who=[["المديرية العامة للأرصاد الجوية"]]),
    "B_rosamor": C("other", "2008-04-26"),
    # C: Ali Salman sentenced for life, Bahrain, November 2018 - January 2019
    "C_verdict": C("other", "2018-11-04", who=[["المحكمة الكبرى الجنائية الاستئنافية", "محكمة الاستئناف"],
                                               ["علي سلمان"], ["حسن سلطان"], ["علي الأسود"]]),
    "C_acquit": C("other", "2018-06-21", who=[["المحكمة الكبرى الجنائية"], ["علي سلمان"], ["حسن سلطان"],
                                              ["علي الأسود"]]),
    "C_calls": C("call", "2011-03", who=[["علي سلمان", "سلمان"], ["حمد بن جاسم آل ثاني", "حمد بن جاسم"]]),
    "C_arrest": C("capture", "2014-12-28", lo="2014-12-01", hi="2014-12-31", who=[["علي سلمان", "سلمان"]]),
    "C_wefaq": C("statement", "2018-11-04", hi="2018-11-05", who=[["جمعية الوفاق", "الوفاق"]]),
    "C_amnesty": C("statement", "2018-11-04", hi="2018-11-05", who=[["منظمة العفو الدولية"]]),
    "C_broadcast": C("other", "2017-08", who=[["تلفزيون البحرين"]]),
    "C_cass": C("other", "2019-01-28", who=[["محكمة التمييز البحرينية", "محكمة التمييز"], ["علي سلمان"]]),
    "C_amnesty2": C("statement", "2019-01-28", who=[["منظمة العفو الدولية"]]),
    "C_2015": C("other", "2015-06-16", lo="2015-06-01", hi="2015-06-30", who=[["علي سلمان", "سلمان"]]),
    "C_dissolve": C("other", "2016-07-17", lo="2016-07-01", hi="2016-07-31",
                    who=[["محكمة بحرينية"], ["جمعية الوفاق", "الوفاق"]]),
    # D: the al-Fashaga ambush and the border talks, Sudan and Ethiopia, December 2020
    "D_ambush": C("strike", "2020-12-15", who=[["القوات الإثيوبية", "القوات والميليشيات الإثيوبية"],
                                               ["القوات المسلحة السودانية", "الجيش السوداني"]]),
    "D_hamdok": C("statement", "2020-12-16", who=[["عبد الله حمدوك", "حمدوك"]]),
    "D_tigray": C("other", "2020-11-04"),
    "D_burhan": C("other", "2020-12-17", who=[["عبد الفتاح البرهان", "البرهان"]]),
    "D_djibouti": C("meeting", "2020-12-20", who=[["عبد الله حمدوك", "حمدوك"], ["آبي أحمد"]]),
    "D_igad": C("meeting", "2020-12-20", who=[["الهيئة الحكومية للتنمية", "إيغاد"]]),
    "D_talks": C("meeting", "2020-12-22", "2020-12-23", who=[["السودان"], ["إثيوبيا"], ["عمر مانيس", "مانيس"],
                                                            ["دمقي مكونن"]]),
    "D_manis": C("statement", "2020-12-23", who=[["عمر مانيس", "مانيس"]]),
    # distractors
    "X_match": C("other", "2022-11-30", who=[["المنتخب الوطني", "نسور قرطاج", "منتخبنا"], ["فرنسا", "أبطال العالم"]]),
    "X_exit": C("other", "2022-11-30", who=[["المنتخب الوطني", "نسور قرطاج", "منتخبنا"]]),
    "X_ausden": C("other", "2022-11-30", who=[["أستراليا"], ["الدنمارك"]]),
    "X_qual": C("other", "2022-11-30", who=[["أستراليا"]]),
    "X_den": C("other", "2022-11-22", who=[["المنتخب الوطني", "منتخبنا"], ["الدنمارك"]]),
    "X_aus": C("other", "2022-11-26", who=[["المنتخب الوطني", "منتخبنا"], ["أستراليا"]]),
    "X_kadri": C("statement", "2022-11-30", hi="2022-12-01", who=[["جلال القادري", "القادري"]]),
    "X_rai": C("other", "2022-12-01", who=[["منظمة الأمم المتحدة للتربية والعلم والثقافة", "اليونسكو", "يونسكو"]]),
    "X_file": C("other", "2021-03", who=[["الجزائر"]]),
    "X_mouloudji": C("statement", "2022-12-01", who=[["صورية مولوجي", "مولوجي"]]),
    "X_boeing": C("other", "2023-03-14", who=[["طيران الرياض"], ["بوينج"]]),
    "X_saudia": C("other", "2023-03-14", who=[["الخطوط السعودية"], ["بوينج"]]),
    "X_launch": C("other", "2023-03-12", who=[["محمد بن سلمان", "ولي العهد"], ["طيران الرياض"]]),
    "X_douglas": C("statement", "2023-03-14", who=[["توني دوغلاس"]]),
    "X_saqqara": C("other", "2020-10-03", who=[["خالد العناني", "العناني"], ["البعثة الأثرية المصرية", "البعثة"]]),
    "X_waziri": C("statement", "2020-10-03", who=[["مصطفى وزيري", "وزيري"]]),
    "X_first": C("other", "2020-09", who=[["الوزارة"]]),
}


def E(cl, doc, s, ctx=None):
    return (cl, doc, s, _occ(doc, s, ctx), CLUSTERS[cl]["type"])


EVENTS = [
    # a1 INA
    E("A_agree", "a1_ina_1009", "اتفاق تاريخي بين بغداد وأربيل"),
    E("A_agree", "a1_ina_1009", "التوصل إلى اتفاق"),
    E("A_agree", "a1_ina_1009", "الاتفاق الذي جرى توقيعه"),
    E("A_agree", "a1_ina_1009", "وقال الكاظمي، خلال مراسم التوقيع"),
    E("A_agree", "a1_ina_1009", "هذه الخطوة التاريخية"),
    E("A_agree", "a1_ina_1009", "ويأتي الاتفاق"),
    E("A_isis", "a1_ina_1009", "اجتياح عصابات داعش الإرهابية للقضاء"),
    E("A_barzani", "a1_ina_1009", "رحب رئيس حكومة الإقليم مسرور بارزاني"),
    E("A_agree", "a1_ina_1009", "بالاتفاق"),
    E("A_barzani", "a1_ina_1009", "وكتب في تغريدة على تويتر"),
    E("A_agree", "a1_ina_1009", "يكون الاتفاق"),
    # a2 Al-Sabah
    E("A_unami", "a2_sabah_1010", "ترحيب أممي"),
    E("A_agree", "a2_sabah_1010", "باتفاق سنجار"),
    E("A_unami", "a2_sabah_1010", "وبلاسخارت: خطوة أولى مهمة"),
    E("A_unami", "a2_sabah_1010", "رحبت الممثلة الخاصة للأمين العام للأمم المتحدة في العراق"),
    E("A_agree", "a2_sabah_1010", "بالاتفاق الذي أبرمته"),
    E("A_unami", "a2_sabah_1010", "ووصفته بأنه"),
    E("A_unami", "a2_sabah_1010", "وقالت بلاسخارت، في بيان صدر"),
    E("A_agree", "a2_sabah_1010", "هذه الخطوة"),
    E("A_agree", "a2_sabah_1010", "قد رعى توقيع الاتفاق"),
    E("A_barzani", "a2_sabah_1010", "فيما ثمّن رئيس حكومة الإقليم مسرور بارزاني"),
    E("A_agree", "a2_sabah_1010", "وينص الاتفاق"),
    E("A_liber", "a2_sabah_1010", "قد استعادت سنجار"),
    E("A_isis", "a2_sabah_1010", "سقوطه بيد التنظيم"),
    # a3 Asharq Al-Awsat
    E("A_agree", "a3_awsat_1013", "اتفاق سنجار"),
    E("A_agree", "a3_awsat_1013", "الاتفاق الذي وقعته بغداد وأربيل"),
    E("A_turkey", "a3_awsat_1013", "ورحبت وزارة الخارجية التركية"),
    E("A_agree", "a3_awsat_1013", "بالاتفاق"),
    E("A_turkey", "a3_awsat_1013", "معربة عن أملها"),
    E("A_unami", "a3_awsat_1013", "كما رحبت بعثة الأمم المتحدة في العراق (يونامي)"),
    E("A_reject", "a3_awsat_1013", "رفضت «الإدارة الذاتية في سنجار»"),
    E("A_agree", "a3_awsat_1013", "الاتفاق", ctx="حزب العمال، الاتفاق،"),
    E("A_reject", "a3_awsat_1013", "وقالت في بيان"),
    E("A_agree", "a3_awsat_1013", "أُبرم"),
    E("A_isis", "a3_awsat_1013", "اجتاح تنظيم «داعش» القضاء"),
    E("A_liber", "a3_awsat_1013", "تستعيده قوات البيشمركة"),
    # b1 MAP
    E("B_flood", "b1_map_0208", "مصرع 24 شخصا"),
    E("B_flood", "b1_map_0208", "تسرب مياه الأمطار"),
    E("B_flood", "b1_map_0208", "لقي 24 شخصا مصرعهم"),
    E("B_flood", "b1_map_0208", "غمر مياه الأمطار محلا"),
    E("B_flood", "b1_map_0208", "تسرب المياه إلى المحل"),
    E("B_probe", "b1_map_0208", "تم فتح بحث قضائي"),
    E("B_flood", "b1_map_0208", "هذا الحادث"),
    # b2 Hespress
    E("B_arrest", "b2_hespress_0209", "وتوقيف صاحب الوحدة"),
    E("B_flood", "b2_hespress_0209", "الفاجعة التي شهدها حي الإيناس"),
    E("B_flood", "b2_hespress_0209", "غمرت مياه الأمطار قبوا"),
    E("B_funeral", "b2_hespress_0209", "وشيعت"),
    E("B_arrest", "b2_hespress_0209", "أوقفت صاحب المعمل"),
    E("B_arrest", "b2_hespress_0209", "وأخضعته لتدبير الحراسة النظرية"),
    E("B_flood", "b2_hespress_0209", "خلال الحادث"),
    E("B_othmani", "b2_hespress_0209", "قد عبر"),
    E("B_flood", "b2_hespress_0209", "إثر الفاجعة"),
    E("B_othmani", "b2_hespress_0209", "مقدما تعازيه"),
    # b3 Al-Quds Al-Arabi
    E("B_flood", "b3_quds_0211", "فاجعة طنجة"),
    E("B_flood", "b3_quds_0211", "فاجعة المعمل السري في طنجة"),
    E("B_flood", "b3_quds_0211", "التي أودت"),
    E("B_union", "b3_quds_0211", "ودعا الاتحاد المغربي للشغل"),
    E("B_union", "b3_quds_0211", "في بيان أصدره"),
    E("B_arrest", "b3_quds_0211", "قد أوقفت صاحب المعمل"),
    E("B_flood", "b3_quds_0211", "الحادث", ctx="من الحادث،"),
    E("B_alert", "b3_quds_0211", "قد أصدرت"),
    E("B_alert", "b3_quds_0211", "نشرة إنذارية"),
    E("B_flood", "b3_quds_0211", "وتعيد الفاجعة"),
    E("B_rosamor", "b3_quds_0211", 'حريق مصنع "روزامور"'),
    E("B_rosamor", "b3_quds_0211", "الذي خلف"),
    # c1 BNA
    E("C_verdict", "c1_bna_1104", "المؤبد لثلاثة متهمين"),
    E("C_verdict", "c1_bna_1104", "قضت"),
    E("C_verdict", "c1_bna_1104", "وألغت بذلك"),
    E("C_acquit", "c1_bna_1104", "حكم البراءة الصادر"),
    E("C_calls", "c1_bna_1104", "اتصالات هاتفية أجراها"),
    E("C_verdict", "c1_bna_1104", "الحكم", ctx="أن الحكم قابل"),
    E("C_arrest", "c1_bna_1104", "توقيفه"),
    # c2 Al-Quds Al-Arabi
    E("C_verdict", "c2_quds_1105", "المؤبد لزعيم المعارضة البحرينية"),
    E("C_verdict", "c2_quds_1105", "قضت محكمة الاستئناف البحرينية"),
    E("C_verdict", "c2_quds_1105", "ملغية"),
    E("C_acquit", "c2_quds_1105", "حكما بتبرئتهم صدر"),
    E("C_wefaq", "c2_quds_1105", "ووصفت جمعية الوفاق"),
    E("C_verdict", "c2_quds_1105", "الحكم", ctx="في بيان، الحكم"),
    E("C_wefaq", "c2_quds_1105", "معتبرة"),
    E("C_amnesty", "c2_quds_1105", "فيما قالت منظمة العفو الدولية"),
    E("C_verdict", "c2_quds_1105", "الحكم", ctx="إن الحكم"),
    E("C_amnesty", "c2_quds_1105", "وطالبت بالإفراج"),
    E("C_calls", "c2_quds_1105", "اتصالات هاتفية أجراها"),
    E("C_broadcast", "c2_quds_1105", "قد بث تسجيلات"),
    # c3 Al Jazeera Net
    E("C_cass", "c3_jazeera_0128", "التمييز البحرينية تثبت المؤبد"),
    E("C_cass", "c3_jazeera_0128", "أيدت محكمة التمييز البحرينية"),
    E("C_verdict", "c3_jazeera_0128", "حكم السجن المؤبد الصادر"),
    E("C_cass", "c3_jazeera_0128", "في حكم نهائي"),
    E("C_verdict", "c3_jazeera_0128", "قد أصدرت الحكم"),
    E("C_verdict", "c3_jazeera_0128", "بعدما ألغت"),
    E("C_acquit", "c3_jazeera_0128", "حكما ابتدائيا ببراءة المتهمين"),
    E("C_amnesty2", "c3_jazeera_0128", "وقالت منظمة العفو الدولية"),
    E("C_amnesty2", "c3_jazeera_0128", "في أول تعليق"),
    E("C_cass", "c3_jazeera_0128", "تثبيت الحكم"),
    E("C_arrest", "c3_jazeera_0128", "اعتقاله"),
    E("C_2015", "c3_jazeera_0128", "صدر بحقه"),
    E("C_2015", "c3_jazeera_0128", "حكم بالسجن"),
    E("C_dissolve", "c3_jazeera_0128", "قد أمرت بحل جمعية الوفاق"),
    # d1 SUNA
    E("D_ambush", "d1_suna_1216", "تعرضت لكمين إثيوبي"),
    E("D_ambush", "d1_suna_1216", "لكمين نصبته"),
    E("D_hamdok", "d1_suna_1216", "أدان رئيس مجلس الوزراء د. عبد الله حمدوك"),
    E("D_ambush", "d1_suna_1216", "الاعتداء على القوات المسلحة"),
    E("D_hamdok", "d1_suna_1216", "وقال في تغريدة"),
    E("D_tigray", "d1_suna_1216", "اندلاع القتال في إقليم تيغراي"),
    # d2 Sky News Arabia
    E("D_djibouti", "d2_sky_1220", "حمدوك وآبي أحمد يبحثان"),
    E("D_igad", "d2_sky_1220", 'قمة "إيغاد"'),
    E("D_djibouti", "d2_sky_1220", "بحث رئيس الوزراء السوداني عبد الله حمدوك"),
    E("D_djibouti", "d2_sky_1220", "لقاء جمعهما"),
    E("D_igad", "d2_sky_1220", "القمة الاستثنائية"),
    E("D_djibouti", "d2_sky_1220", "اتفقا خلال اللقاء"),
    E("D_igad", "d2_sky_1220", "وكانت القمة"),
    E("D_igad", "d2_sky_1220", "قد انطلقت"),
    E("D_djibouti", "d2_sky_1220", "ويأتي اللقاء"),
    E("D_ambush", "d2_sky_1220", "مقتل أربعة جنود سودانيين"),
    E("D_ambush", "d2_sky_1220", "في كمين نصبته"),
    E("D_ambush", "d2_sky_1220", "وهو الهجوم"),
    E("D_burhan", "d2_sky_1220", "زيارة المنطقة"),
    E("D_burhan", "d2_sky_1220", "حيث تفقد"),
    # d3 Al-Sudani
    E("D_talks", "d3_sudani_1224", "جولة مباحثات الحدود"),
    E("D_talks", "d3_sudani_1224", "اختتمت"),
    E("D_talks", "d3_sudani_1224", "اجتماعات اللجنة السياسية العليا المشتركة"),
    E("D_talks", "d3_sudani_1224", "والتي انطلقت"),
    E("D_manis", "d3_sudani_1224", "وقال مانيس في تصريحات صحفية"),
    E("D_talks", "d3_sudani_1224", "ختام الاجتماعات"),
    E("D_talks", "d3_sudani_1224", "وكانت الاجتماعات"),
    E("D_djibouti", "d3_sudani_1224", "قد تقررت"),
    E("D_djibouti", "d3_sudani_1224", "لقاء حمدوك وآبي أحمد"),
    E("D_ambush", "d3_sudani_1224", "الكمين الذي تعرضت له"),
    E("D_ambush", "d3_sudani_1224", "وأودى بحياة"),
    # x1 Assabah
    E("X_match", "x1_sabah_1201", "نسور قرطاج يسقطون أبطال العالم"),
    E("X_exit", "x1_sabah_1201", "ويغادرون المونديال"),
    E("X_match", "x1_sabah_1201", "فوزا تاريخيا"),
    E("X_exit", "x1_sabah_1201", "ودع البطولة"),
    E("X_ausden", "x1_sabah_1201", "فازت أستراليا على الدنمارك"),
    E("X_qual", "x1_sabah_1201", "لتنتزع بطاقة التأهل"),
    E("X_den", "x1_sabah_1201", "تعادله مع الدنمارك"),
    E("X_aus", "x1_sabah_1201", "خسارته أمام أستراليا"),
    E("X_kadri", "x1_sabah_1201", "وقال المدرب جلال القادري"),
    E("X_match", "x1_sabah_1201", "عقب المباراة"),
    # x2 APS
    E("X_rai", "x2_aps_1201", "اليونسكو تدرج"),
    E("X_rai", "x2_aps_1201", "أدرجت"),
    E("X_rai", "x2_aps_1201", "وجاء هذا القرار"),
    E("X_file", "x2_aps_1201", "الملف الذي أودعته الجزائر"),
    E("X_mouloudji", "x2_aps_1201", "وفي تصريح"),
    E("X_mouloudji", "x2_aps_1201", "رحبت وزيرة الثقافة والفنون"),
    E("X_rai", "x2_aps_1201", "التتويج المستحق"),
    E("X_rai", "x2_aps_1201", "هذا التسجيل"),
    # x3 Al-Eqtisadiah
    E("X_boeing", "x3_eqt_0314", "تطلق أولى صفقاتها"),
    E("X_boeing", "x3_eqt_0314", "توقيع اتفاقية مع شركة بوينج"),
    E("X_boeing", "x3_eqt_0314", "في صفقة تعد"),
    E("X_launch", "x3_eqt_0314", "إطلاق الشركة"),
    E("X_boeing", "x3_eqt_0314", "وتزامن الإعلان"),
    E("X_saudia", "x3_eqt_0314", "توقيع الخطوط السعودية اتفاقية"),
    E("X_launch", "x3_eqt_0314", "إطلاق «طيران الرياض»"),
    E("X_douglas", "x3_eqt_0314", "وقال الرئيس التنفيذي للشركة توني دوغلاس"),
    E("X_boeing", "x3_eqt_0314", "إن الصفقة"),
    # x4 Al-Ahram
    E("X_saqqara", "x4_ahram_1004", "الكشف عن 59 تابوتا", ctx="الكشف عن 59 تابوتا مغلقا في"),
    E("X_saqqara", "x4_ahram_1004", "الكشف عن 59 تابوتا", ctx="الكشف عن 59 تابوتا خشبيا"),
    E("X_saqqara", "x4_ahram_1004", "عثرت عليها البعثة"),
    E("X_saqqara", "x4_ahram_1004", "وشهد المؤتمر الصحفي"),
    E("X_waziri", "x4_ahram_1004", "وقال الدكتور مصطفى وزيري"),
    E("X_first", "x4_ahram_1004", "العثور على 27 تابوتا"),
]

DIFF = [
    # A
    ("A_agree", "A_barzani"), ("A_agree", "A_unami"), ("A_agree", "A_turkey"), ("A_agree", "A_reject"),
    ("A_agree", "A_isis"), ("A_agree", "A_liber"), ("A_barzani", "A_unami"), ("A_unami", "A_turkey"),
    ("A_turkey", "A_reject"), ("A_isis", "A_liber"),
    # B
    ("B_flood", "B_probe"), ("B_flood", "B_arrest"), ("B_flood", "B_funeral"), ("B_flood", "B_othmani"),
    ("B_flood", "B_rosamor"), ("B_flood", "B_alert"), ("B_probe", "B_arrest"), ("B_arrest", "B_funeral"),
    ("B_othmani", "B_union"),
    # C
    ("C_verdict", "C_acquit"), ("C_verdict", "C_cass"), ("C_verdict", "C_wefaq"), ("C_verdict", "C_amnesty"),
    ("C_verdict", "C_2015"), ("C_acquit", "C_cass"), ("C_amnesty", "C_amnesty2"), ("C_wefaq", "C_amnesty"),
    ("C_calls", "C_broadcast"), ("C_arrest", "C_2015"), ("C_cass", "C_amnesty2"), ("C_2015", "C_dissolve"),
    # D
    ("D_ambush", "D_hamdok"), ("D_ambush", "D_burhan"), ("D_djibouti", "D_igad"), ("D_djibouti", "D_talks"),
    ("D_talks", "D_manis"), ("D_hamdok", "D_manis"), ("D_hamdok", "D_djibouti"), ("D_ambush", "D_tigray"),
    # distractors
    ("X_match", "X_exit"), ("X_match", "X_ausden"), ("X_match", "X_kadri"), ("X_ausden", "X_qual"),
    ("X_exit", "X_qual"), ("X_den", "X_aus"), ("X_rai", "X_file"), ("X_rai", "X_mouloudji"),
    ("X_boeing", "X_saudia"), ("X_boeing", "X_launch"), ("X_boeing", "X_douglas"), ("X_saqqara", "X_waziri"),
    ("X_saqqara", "X_first"),
    # across stories: two welcomes of a decision, two statements calling for accountability
    ("A_unami", "X_mouloudji"), ("C_amnesty2", "B_union"),
]

BEFORE = [
    # A
    ("A_isis", "A_liber"), ("A_liber", "A_agree"), ("A_agree", "A_turkey"), ("A_agree", "A_reject"),
    ("A_barzani", "A_turkey"), ("A_unami", "A_reject"), ("A_turkey", "A_reject"),
    # B
    ("B_rosamor", "B_alert"), ("B_alert", "B_flood"), ("B_flood", "B_funeral"), ("B_flood", "B_arrest"),
    ("B_probe", "B_arrest"), ("B_othmani", "B_union"), ("B_arrest", "B_union"), ("B_funeral", "B_union"),
    # C
    ("C_calls", "C_arrest"), ("C_arrest", "C_2015"), ("C_2015", "C_dissolve"), ("C_dissolve", "C_broadcast"),
    ("C_broadcast", "C_acquit"), ("C_acquit", "C_verdict"), ("C_verdict", "C_cass"), ("C_amnesty", "C_amnesty2"),
    ("C_wefaq", "C_cass"),
    # D
    ("D_tigray", "D_ambush"), ("D_ambush", "D_hamdok"), ("D_hamdok", "D_burhan"), ("D_burhan", "D_djibouti"),
    ("D_djibouti", "D_talks"), ("D_igad", "D_talks"), ("D_ambush", "D_djibouti"), ("D_hamdok", "D_manis"),
    # distractors
    ("X_den", "X_aus"), ("X_aus", "X_match"), ("X_file", "X_rai"), ("X_launch", "X_boeing"),
    ("X_launch", "X_douglas"), ("X_first", "X_saqqara"),
]

GOLD = dict(timex=TIMEX, clusters=CLUSTERS, events=EVENTS, diff=DIFF, before=BEFORE)
