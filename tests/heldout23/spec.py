"""Gold for the twenty-third blind held-out set (16 articles): the format of ../heldout22/spec.py.

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

Stories: A the bilateral ceasefire between Colombia's government and the ELN (signed in
Havana on 9 June 2023, in full force on 3 August 2023, strained by the kidnapping of Luis
Díaz's father on 28 October and his release on 9 November; the talks' resumption in
Caracas in November 2022, their suspension after the Bogotá police academy bombing of
January 2019, the FARC deal of 2016); B the Essequibo crisis between Venezuela and Guyana
(the ICJ order of 1 December 2023, the referendum of 3 December, Maduro's map, Lula's call
to Maduro on 9 December, the Maduro–Ali meeting at Argyle and its declaration on 14
December, the British patrol ship and the Venezuelan drills, the foreign ministers' first
meeting in Brasília on 25 January 2024); C the Libyan GNA's "Peace Storm" offensive of 2020
(the western coastal towns on 13 April, the air strikes and the capture of al-Watiya on
18 May, Tripoli airport on 3 June and Tarhuna on 5 June, Sisi's red line on 20 June,
Akar's visit on 3 July and the unclaimed strikes on al-Watiya on the night of 4–5 July);
D Bernardo Arévalo's inauguration in Guatemala (sworn in after midnight on 15 January 2024
after a day-long delay in Congress; the first round of 25 June 2023, Semilla's suspension
on 12 July, the runoff of 20 August, his meeting with Attorney General Porras on 17 January
2024).  X: four distractors with no gold events (a football final, a phone launch, an
Everest ascent, Aramco's market debut).
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent

PUBLISHED = {
    "a1_mena_0609": "2023-06-09T22:00:00+03:00",
    "a2_khaleej_0804": "2023-08-04",
    "a3_echorouk_1111": "2023-11-11",
    "b1_kuna_1214": "2023-12-14T21:00:00-04:00",
    "b2_ahram_1216": "2023-12-16",
    "b3_awsat_0126": "2024-01-26",
    "c1_lana_0518": "2020-05-18T13:00:00+02:00",
    "c2_chourouk_0606": "2020-06-06",
    "c3_qudsarabi_0706": "2020-07-06",
    "d1_qna_0115": "2024-01-15T10:00:00+03:00",
    "d2_ahram_0116": "2024-01-16",
    "d3_annahar_0122": "2024-01-22",
    "x1_riyadiyah_0813": "2023-08-13",
    "x2_youm7_0913": "2023-09-13",
    "x3_spa_0521": "2013-05-21T11:00:00+03:00",
    "x4_eqtisadiah_1212": "2019-12-12",
}

_TEXTS = {k: (HERE / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}


_ERRORS = []


def _occ(doc, s, ctx=None):
    """The occurrence number of `s` in `doc`: the one inside `ctx` (which must be unique),
    or the only one (an error if `s` occurs more than once without `ctx`)."""
    text = _TEXTS[doc]
    hits, i = [], text.find(s)
    while i >= 0:
        hits.append(i)
        i = text.find(s, i + 1)
    if ctx is None:
        if len(hits) != 1:
            _ERRORS.append(f"{doc}: {s!r} occurs {len(hits)} times; give ctx")
        return 1
    if text.count(ctx) != 1 or s not in ctx:
        _ERRORS.append(f"{doc}: ctx {ctx!r} is not unique or does not hold {s!r}")
        return 1
    at = text.index(ctx) + ctx.index(s)
    return hits.index(at) + 1


def D(doc, s, value, a=None, b=None, lo=None, hi=None, req=True, ctx=None):
    """A date row: tight a..b (the day `value` by default), outer lo..hi (the tight span by default)."""
    a = a or value
    return (doc, s, _occ(doc, s, ctx), "date", value, (a, b or a), (lo or a, hi or b or a), req)


def DUR(doc, s, value, req=True, ctx=None):
    return (doc, s, _occ(doc, s, ctx), "duration", value, None, None, req)


def V(doc, s, ctx=None):
    return (doc, s, _occ(doc, s, ctx), "vague", None, None, None, False)


def E(cluster, doc, s, ctx=None):
    return (cluster, doc, s, _occ(doc, s, ctx), CLUSTERS[cluster]["type"])


def C(kind, a, b=None, lo=None, hi=None, who=()):
    return dict(type=kind, tight=(a, b or a), outer=(lo or a, hi or b or a), participants=[list(w) for w in who])


# participants (acceptable names)
PETRO = ("جوستافو بيترو", "غوستافو بيترو", "بيترو")
ELN = ("جيش التحرير الوطني", "جيش التحرير الوطنى", "«جيش التحرير الوطني»")
GOV_CO = ("الحكومة الكولومبية",)
GARCIA = ("أنطونيو جارسيا", "أنطونيو غارسيا", "جارسيا", "غارسيا")
MADURO = ("نيكولاس مادورو", "مادورو")
ALI = ("عرفان علي", "عرفان على", "الرئيس علي")
LULA = ("لويز إيناسيو لولا دا سيلفا", "لويس إيناسيو لولا دا سيلفا", "لولا")
SARRAJ = ("فائز السراج", "السراج")
HAFTAR = ("خليفة حفتر", "حفتر")
GNA = ("قوات حكومة الوفاق الوطني", "قوات الوفاق", "قوات الحكومة")
AREVALO = ("برناردو أريفالو", "أريفالو")
PORRAS = ("كونسويلو بوراس", "بوراس")

CLUSTERS = {
    # A: Colombia and the ELN
    "A_sign": C("ceasefire", "2023-06-09", who=[GOV_CO, ELN, PETRO, GARCIA]),
    "A_effect": C("ceasefire", "2023-08-03", who=[GOV_CO, ELN]),
    "A_round3": C("meeting", "2023-05-02", "2023-06-09", lo="2023-01-01", who=[GOV_CO, ELN]),
    "A_petro_0609": C("statement", "2023-06-09", who=[PETRO]),
    "A_garcia_0609": C("statement", "2023-06-09", who=[GARCIA]),
    "A_talks": C("meeting", "2022-11-21", lo="2022-11-01", hi="2022-11-30", who=[GOV_CO, ELN]),
    "A_suspend": C("other", "2019-01-18", lo="2019-01-01", hi="2019-12-31", who=[("إيفان دوكى",)]),
    "A_bombing": C("strike", "2019-01-17", lo="2019-01-01", hi="2019-12-31"),
    "A_founded": C("other", "1964-07-04", lo="1964-01-01", hi="1964-12-31", who=[ELN]),
    "A_farc": C("other", "2016-09-26", "2016-11-24", lo="2016-01-01", hi="2016-12-31",
                who=[("القوات المسلحة الثورية (فارك)", "فارك"), ("الحكومة",)]),
    "A_petro_0803": C("statement", "2023-08-03", who=[PETRO]),
    "A_garcia_0802": C("statement", "2023-08-02", who=[GARCIA]),
    "A_kidnap": C("other", "2023-10-28", who=[ELN, ("لويس مانويل دياز", "دياز الأب")]),
    "A_rescue": C("other", "2023-10-28", who=[("الشرطة",), ("الوالدة",)]),
    "A_release": C("other", "2023-11-09", who=[ELN, ("لويس مانويل دياز", "دياز الأب")]),
    "A_admit": C("statement", "2023-10-30", "2023-11-08", lo="2023-10-29", hi="2023-11-08", who=[ELN]),
    "A_patino": C("statement", "2023-10-29", "2023-11-09", lo="2023-10-28", hi="2023-11-11",
                  who=[("أوتي باتينيو", "باتينيو")]),
    "A_plea": C("statement", "2023-11-04", lo="2023-10-28", hi="2023-11-09", who=[("لويس دياز", "اللاعب")]),
    # B: Essequibo
    "B_argyle": C("meeting", "2023-12-14", who=[MADURO, ALI]),
    "B_decl": C("statement", "2023-12-14", who=[MADURO, ALI]),
    "B_ali_stmt": C("statement", "2023-12-14", who=[ALI]),
    "B_ref": C("other", "2023-12-03", who=[("فنزويلا", "كاراكاس")]),
    "B_map": C("statement", "2023-12-05", lo="2023-12-03", hi="2023-12-14", who=[MADURO]),
    "B_call": C("call", "2023-12-09", who=[LULA, MADURO]),
    "B_maduro_tv": C("statement", "2023-12-14", "2023-12-15", who=[MADURO]),
    "B_icj": C("other", "2023-12-01", who=[("محكمة العدل الدولية",), ("فنزويلا",)]),
    "B_award": C("other", "1899-10-03", lo="1899-01-01", hi="1899-12-31"),
    "B_brasilia": C("meeting", "2024-01-25", who=[("إيفان خيل", "خيل"), ("هيو تود", "تود")]),
    "B_gil": C("statement", "2024-01-25", who=[("إيفان خيل", "خيل")]),
    "B_todd": C("statement", "2024-01-25", who=[("هيو تود", "تود")]),
    "B_uk": C("statement", "2023-12-24", lo="2023-12-14", hi="2023-12-28", who=[("بريطانيا",)]),
    "B_drills": C("other", "2023-12-28", who=[("كاراكاس",)]),
    # C: Libya 2020
    "C_watiya": C("capture", "2020-05-18", who=[GNA]),
    "C_sarraj": C("statement", "2020-05-18", who=[SARRAJ]),
    "C_gnounou_0518": C("statement", "2020-05-18", who=[("محمد قنونو", "قنونو")]),
    "C_raids_may": C("strike", "2020-05-14", "2020-05-17", lo="2020-05-04", hi="2020-05-18",
                     who=[("سلاح الجو",)]),
    "C_column": C("strike", "2020-05-16", who=[("سلاح الجو",)]),
    "C_offensive": C("strike", "2019-04-04", who=[HAFTAR]),
    "C_coast": C("capture", "2020-04-13", who=[GNA]),
    "C_tarhuna": C("capture", "2020-06-05", who=[GNA]),
    "C_airport": C("capture", "2020-06-03", who=[GNA]),
    "C_drone_0605": C("strike", "2020-06-05", who=[("الطيران المسير",)]),
    "C_gnounou_0605": C("statement", "2020-06-05", who=[("محمد قنونو", "قنونو")]),
    "C_mismari": C("statement", "2020-06-04", who=[("أحمد المسماري", "المسماري")]),
    "C_lna_pullback": C("other", "2020-06-01", "2020-06-04", lo="2020-05-19", hi="2020-06-04",
                        who=[("قوات حفتر",)]),
    "C_watiya_july": C("strike", "2020-07-04", "2020-07-05"),
    "C_akar": C("meeting", "2020-07-03", who=[("خلوصي أكار", "أكار"), SARRAJ]),
    "C_sisi": C("statement", "2020-06-20", who=[("عبد الفتاح السيسي", "السيسي")]),
    # D: Guatemala
    "D_oath": C("other", "2024-01-15", who=[AREVALO]),
    "D_delay": C("other", "2024-01-14", "2024-01-15"),
    "D_block": C("other", "2024-01-14", who=[("نواب المعارضة",)]),
    "D_oas": C("statement", "2024-01-14", who=[("منظمة الدول الأمريكية",)]),
    "D_speech": C("statement", "2024-01-15", who=[AREVALO]),
    "D_runoff": C("other", "2023-08-20", who=[AREVALO]),
    "D_first": C("other", "2023-06-25", who=[AREVALO]),
    "D_suspend": C("other", "2023-07-12", who=[("محكمة",)]),
    "D_warn": C("statement", "2024-01-14", who=[AREVALO]),
    "D_porras_meet": C("meeting", "2024-01-17", who=[AREVALO, PORRAS]),
    "D_ask": C("statement", "2024-01-17", who=[AREVALO]),
    "D_refuse": C("statement", "2024-01-17", lo="2024-01-17", hi="2024-01-21", who=[PORRAS]),
    "D_raids": C("other", "2023-09-12", "2023-09-30", lo="2023-08-21", hi="2024-01-14",
                 who=[("النيابة العامة",)]),
    "D_immunity": C("statement", "2023-11-16", lo="2023-08-21", hi="2024-01-14", who=[("النيابة العامة",)]),
}

a1, a2, a3 = "a1_mena_0609", "a2_khaleej_0804", "a3_echorouk_1111"
b1, b2, b3 = "b1_kuna_1214", "b2_ahram_1216", "b3_awsat_0126"
c1, c2, c3 = "c1_lana_0518", "c2_chourouk_0606", "c3_qudsarabi_0706"
d1, d2, d3 = "d1_qna_0115", "d2_ahram_0116", "d3_annahar_0122"
x1, x2, x3, x4 = "x1_riyadiyah_0813", "x2_youm7_0913", "x3_spa_0521", "x4_eqtisadiah_1212"

TIMEX = [
    # A
    D(a1, "اليوم الجمعة", "2023-06-09"),
    DUR(a1, "180 يوما", "P180D"),
    D(a1, "الثالث من أغسطس المقبل", "2023-08-03"),
    D(a1, "نوفمبر من العام الماضى", "2022-11", "2022-11-01", "2022-11-30"),
    D(a1, "عام 2019", "2019", "2019-01-01", "2019-12-31"),
    D(a1, "عام 1964", "1964", "1964-01-01", "1964-12-31"),
    D(a1, "عام 2016", "2016", "2016-01-01", "2016-12-31"),
    D(a2, "أمس الخميس", "2023-08-03"),
    V(a2, "قبل نحو ستة عقود"),
    DUR(a2, "ستة أشهر", "P6M"),
    D(a2, "29 يناير/كانون الثاني المقبل", "2024-01-29"),
    D(a2, "التاسع من يونيو/حزيران الماضي", "2023-06-09"),
    D(a2, "أمس", "2023-08-03", ctx="في بوغوتا أمس"),
    D(a2, "الأربعاء", "2023-08-02", ctx="مصورة، الأربعاء"),
    D(a2, "منتصف ليل الأربعاء – الخميس", "2023-08-03", "2023-08-02", "2023-08-03"),
    D(a3, "الخميس", "2023-11-09", ctx="كولومبيا، الخميس"),
    DUR(a3, "12 يوما", "P12D"),
    D(a3, "28 أكتوبر", "2023-10-28"),
    V(a3, "بعد ساعات"),
    V(a3, "بعد أيام"),
    V(a3, "منذ أشهر"),
    D(a3, "الثالث من أوت الماضي", "2023-08-03"),
    D(a3, "جوان", "2023-06", "2023-06-01", "2023-06-30"),
    D(a3, "الشهر الجاري", "2023-11", "2023-11-01", "2023-11-30"),
    # B
    D(b1, "14 - 12", "2023-12-14", req=False),
    D(b1, "اليوم الخميس", "2023-12-14"),
    DUR(b1, "ثلاثة أشهر", "P3M"),
    V(b1, "عدة ساعات"),
    D(b1, "الثالث من ديسمبر الجاري", "2023-12-03"),
    D(b2, "أمس الأول", "2023-12-14"),
    V(b2, "بعد أسبوعين"),
    D(b2, "يوم ٣ ديسمبر الجارى", "2023-12-03"),
    D(b2, "يوم السبت الماضى", "2023-12-09"),
    D(b2, "قبل يومين من الاستفتاء", "2023-12-01"),
    D(b2, "عام ١٨٩٩", "1899", "1899-01-01", "1899-12-31"),
    D(b3, "أمس (الخميس)", "2024-01-25"),
    D(b3, "14 ديسمبر (كانون الأول) الماضي", "2023-12-14"),
    DUR(b3, "ثلاثة أشهر", "P3M"),
    V(b3, "الشهر الذي أعقب القمة"),
    D(b3, "28 من الشهر نفسه", "2023-12-28"),
    D(b3, "مطلع ديسمبر", "2023-12", "2023-12-01", "2023-12-10", hi="2023-12-31", req=False),
    D(b3, "قبل القمة بخمسة أيام", "2023-12-09"),
    D(b3, "الثالث من ديسمبر", "2023-12-03", ctx="في الثالث من ديسمبر استفتاءً"),
    # C
    D(c1, "18 مايو 2020", "2020-05-18", req=False),
    D(c1, "اليوم الاثنين", "2020-05-18"),
    V(c1, "بعد أسابيع"),
    D(c1, "فجر اليوم", "2020-05-18"),
    V(c1, "خلال الأيام الماضية"),
    D(c1, "مساء السبت", "2020-05-16"),
    D(c1, "عام 2014", "2014", "2014-01-01", "2014-12-31"),
    D(c1, "الرابع من أبريل من العام الماضي", "2019-04-04"),
    V(c1, "بعد نحو خمسة أسابيع"),
    D(c1, "13 أبريل الماضي", "2020-04-13"),
    D(c2, "أمس الجمعة", "2020-06-05"),
    D(c2, "بعد يومين من استعادتها", "2020-06-05", req=False),
    V(c2, "منذ أكثر من عام"),
    V(c2, "بعد ساعات"),
    D(c2, "صباح أمس", "2020-06-05"),
    D(c2, "الأربعاء", "2020-06-03", ctx="أعلنت، الأربعاء"),
    V(c2, "استمرت أشهرا"),
    V(c2, "بعد أقل من ثلاثة أسابيع"),
    D(c2, "18 ماي", "2020-05-18"),
    D(c2, "مساء الخميس", "2020-06-04"),
    D(c3, "ليل السبت - الأحد", "2020-07-04", "2020-07-04", "2020-07-05"),
    D(c3, "يوم الجمعة", "2020-07-03"),
    V(c3, "بعد أسابيع", ctx="بعد أسابيع من سقوطها"),
    D(c3, "18 مايو/أيار الماضي", "2020-05-18"),
    V(c3, "بعد أسابيع من الغارات"),
    D(c3, "الثالث من يونيو/حزيران", "2020-06-03"),
    D(c3, "بعد يومين", "2020-06-05"),
    D(c3, "20 يونيو/حزيران", "2020-06-20"),
    D(c3, "مساء أمس", "2020-07-05"),
    # D
    D(d1, "15 يناير", "2024-01-15", req=False),
    D(d1, "فجر اليوم", "2024-01-15"),
    DUR(d1, "نحو تسع ساعات", "PT9H"),
    D(d1, "بعد ظهر أمس، الأحد", "2024-01-14"),
    D(d1, "العشرين من أغسطس الماضي", "2023-08-20"),
    DUR(d1, "الأشهر الخمسة", "P5M"),
    V(d2, "بعد ساعات"),
    D(d2, "الدقائق الأولى من صباح أمس الاثنين", "2024-01-15"),
    DUR(d2, "قرابة خمسة أشهر", "P5M"),
    D(d2, "الثالثة من عصر الأحد ١٤ يناير", "2024-01-14T15:00", "2024-01-14"),
    D(d2, "١٢ يوليو الماضى", "2023-07-12"),
    V(d2, "بعد أيام قليلة"),
    D(d2, "يوم ٢٠ أغسطس", "2023-08-20"),
    D(d2, "٢٥ يونيو", "2023-06-25"),
    V(d3, "أسبوع أول"),
    D(d3, "بعد أسبوع على أدائه اليمين", "2024-01-22", req=False),
    D(d3, "الأربعاء الماضي", "2024-01-17"),
    D(d3, "أيار/مايو 2026", "2026-05", "2026-05-01", "2026-05-31"),
    D(d3, "بعد ظهر الأحد 14 كانون الثاني/يناير", "2024-01-14"),
    V(d3, "بعد منتصف الليل"),
    D(d3, "20 آب/أغسطس الماضي", "2023-08-20"),
    # X
    D(x1, "مساء أمس السبت", "2023-08-12"),
    D(x1, "يوم الاثنين المقبل", "2023-08-14"),
    D(x1, "يوم الثلاثاء", "2023-08-15"),
    D(x2, "مساء أمس الثلاثاء", "2023-09-12"),
    D(x2, "يوم الجمعة 15 سبتمبر", "2023-09-15"),
    D(x2, "يوم 22 سبتمبر الجارى", "2023-09-22"),
    D(x2, "الشهر الماضى", "2023-08", "2023-08-01", "2023-08-31"),
    D(x2, "أمس", "2023-09-12", ctx="تعاملات أمس"),
    D(x3, "11 رجب 1434 هـ", "2013-05-21", req=False),
    D(x3, "21 مايو 2013", "2013-05-21", req=False),
    D(x3, "صباح يوم السبت الماضي", "2013-05-18"),
    V(x3, "بعد أيام"),
    V(x3, "في السنوات الماضية"),
    D(x3, "الأسبوع المقبل", "2013-W22", "2013-05-27", "2013-06-02"),
    D(x4, "أمس الأربعاء", "2019-12-11"),
    D(x4, "العاشرة صباحا", "2019-12-11T10:00", "2019-12-11"),
    V(x4, "خلال الأيام المقبلة"),
]

EVENTS = [
    # A1 (MENA, 9 June 2023)
    E("A_sign", a1, "يوقعان اتفاقا لوقف إطلاق النار"),
    E("A_sign", a1, "وقعت", ctx="وقعت الحكومة الكولومبية"),
    E("A_talks", a1, "انطلاق مفاوضات السلام"),
    E("A_sign", a1, "التوقيع"),
    E("A_round3", a1, "الجولة الثالثة من المفاوضات"),
    E("A_effect", a1, "يدخل وقف إطلاق النار حيز التنفيذ"),
    E("A_petro_0609", a1, "قال", ctx="وقال الرئيس بيترو"),
    E("A_garcia_0609", a1, "أكد", ctx="أكد جارسيا"),
    E("A_sign", a1, "وقعت", ctx="بما وقعت عليه"),
    E("A_talks", a1, "استأنفتا المحادثات"),
    E("A_suspend", a1, "علقها"),
    E("A_bombing", a1, "هجوم بسيارة مفخخة"),
    E("A_founded", a1, "تأسس"),
    E("A_farc", a1, "وقعت", ctx="بعد أن وقعت القوات"),
    # A2 (Al-Khaleej, 4 August 2023)
    E("A_effect", a2, "وقف النار بين بوغوتا و«جيش التحرير الوطني» يدخل حيز التنفيذ"),
    E("A_effect", a2, "دخل وقف إطلاق النار"),
    E("A_sign", a2, "وقعه"),
    E("A_petro_0803", a2, "قال", ctx="وقال الرئيس غوستافو"),
    E("A_garcia_0802", a2, "أعلن", ctx="قد أعلن في رسالة"),
    # A3 (Echorouk, 11 November 2023)
    E("A_release", a3, "يفرجون"),
    E("A_release", a3, "أفرج"),
    E("A_kidnap", a3, "اختطافه"),
    E("A_release", a3, "سلمت"),
    E("A_kidnap", a3, "اختطفوه"),
    E("A_rescue", a3, "تحرير الوالدة"),
    E("A_admit", a3, "أقر"),
    E("A_kidnap", a3, "العملية", ctx="مسؤوليته عن العملية"),
    E("A_patino", a3, "اعتبر"),
    E("A_kidnap", a3, "الخطف", ctx="أن الخطف يتعارض"),
    E("A_effect", a3, "دخل حيز التنفيذ"),
    E("A_sign", a3, "المبرم"),
    E("A_release", a3, "الإفراج"),
    E("A_plea", a3, "وجه نداء", ctx="وجه نداء علنيا"),
    # B1 (KUNA, 14 December 2023)
    E("B_decl", b1, "يتفقان"),
    E("B_decl", b1, "اتفق", ctx="اتفق الرئيس"),
    E("B_argyle", b1, "لقاء", ctx="ختام لقاء جمعهما"),
    E("B_decl", b1, "بيان مشترك"),
    E("B_argyle", b1, "الاجتماع", ctx="عقب الاجتماع الذي عقد"),
    E("B_argyle", b1, "اللقاء", ctx="وعقد اللقاء"),
    E("B_argyle", b1, "الاجتماع", ctx="مستهل الاجتماع"),
    E("B_argyle", b1, "لقاء", ctx="أول لقاء بينهما"),
    E("B_ali_stmt", b1, "أكد", ctx="وأكد الرئيس علي"),
    E("B_ref", b1, "استفتاء"),
    # B2 (Al-Ahram, 16 December 2023)
    E("B_decl", b2, "تعهد", ctx="تعهد الرئيس الفنزويلى"),
    E("B_argyle", b2, "قمة", ctx="ختام قمة جمعتهما"),
    E("B_argyle", b2, "القمة", ctx="وجاءت القمة"),
    E("B_ref", b2, "الاستفتاء", ctx="أعقبا الاستفتاء"),
    E("B_map", b2, "أعلن", ctx="وأعلن بعده"),
    E("B_call", b2, "اتصالا هاتفيا"),
    E("B_call", b2, "الاتصال", ctx="وهو الاتصال"),
    E("B_argyle", b2, "للقاء", ctx="مهد للقاء"),
    E("B_maduro_tv", b2, "قال", ctx="وقال مادورو"),
    E("B_argyle", b2, "اللقاء", ctx="إن اللقاء كان"),
    E("B_icj", b2, "أمرت"),
    E("B_ref", b2, "الاستفتاء", ctx="قبل يومين من الاستفتاء"),
    E("B_award", b2, "قرار تحكيم"),
    # B3 (Asharq Al-Awsat, 26 January 2024)
    E("B_brasilia", b3, "تطلقان الحوار الوزاري"),
    E("B_brasilia", b3, "أول اجتماع"),
    E("B_brasilia", b3, "الاجتماع", ctx="وجاء الاجتماع"),
    E("B_decl", b3, "إعلان أرغيل"),
    E("B_argyle", b3, "قمة", ctx="عقب قمة الرئيسين"),
    E("B_decl", b3, "تعهدا"),
    E("B_gil", b3, "قال", ctx="وقال خيل"),
    E("B_brasilia", b3, "الاجتماع", ctx="بعد الاجتماع"),
    E("B_todd", b3, "أكد", ctx="أكد تود"),
    E("B_uk", b3, "أعلنت بريطانيا"),
    E("B_drills", b3, "مناورات عسكرية"),
    E("B_call", b3, "اتصل"),
    E("B_argyle", b3, "القمة", ctx="قبل القمة بخمسة"),
    E("B_ref", b3, "استفتاءً"),
    # C1 (LANA, 18 May 2020)
    E("C_sarraj", c1, "يعلن"),
    E("C_watiya", c1, "تحرير", ctx="يعلن تحرير"),
    E("C_sarraj", c1, "أعلن", ctx="أعلن رئيس المجلس"),
    E("C_watiya", c1, "سيطرة", ctx="سيطرة قوات الحكومة على قاعدة"),
    E("C_sarraj", c1, "قال", ctx="وقال السراج"),
    E("C_watiya", c1, "تحرير", ctx="\"تحرير القاعدة"),
    E("C_gnounou_0518", c1, "وأوضح"),
    E("C_watiya", c1, "دخلت"),
    E("C_watiya", c1, "انسحاب"),
    E("C_raids_may", c1, "سلسلة غارات"),
    E("C_column", c1, "استهدفت"),
    E("C_offensive", c1, "لهجومها"),
    E("C_watiya", c1, "تحرير", ctx="ويأتي تحرير القاعدة"),
    E("C_coast", c1, "سيطرة", ctx="من سيطرة قوات الحكومة على مدن"),
    # C2 (Al-Chourouk, 6 June 2020)
    E("C_tarhuna", c2, "تدخل"),
    E("C_tarhuna", c2, "سيطرت"),
    E("C_airport", c2, "استعادتها"),
    E("C_offensive", c2, "الهجوم", ctx="الهجوم الذي شنه"),
    E("C_gnounou_0605", c2, "قال", ctx="وقال المتحدث"),
    E("C_tarhuna", c2, "دخلت"),
    E("C_tarhuna", c2, "انسحبت"),
    E("C_gnounou_0605", c2, "وأضاف"),
    E("C_drone_0605", c2, "استهدف"),
    E("C_airport", c2, "السيطرة الكاملة على مطار"),
    E("C_watiya", c2, "سقوط"),
    E("C_watiya", c2, "الضربة"),
    E("C_mismari", c2, "أعلن", ctx="أعلن الناطق"),
    E("C_lna_pullback", c2, "انسحاب", ctx="أن انسحاب القوات"),
    # C3 (Al-Quds al-Arabi, 6 July 2020)
    E("C_watiya_july", c3, "غارات «مجهولة» تضرب"),
    E("C_watiya", c3, "سقوطها"),
    E("C_watiya_july", c3, "غارات", ctx="لغارات شنها"),
    E("C_watiya_july", c3, "الغارات", ctx="إن الغارات"),
    E("C_watiya_july", c3, "القصف"),
    E("C_akar", c3, "زيارة"),
    E("C_akar", c3, "التقى"),
    E("C_watiya", c3, "استعادت القاعدة"),
    E("C_airport", c3, "استعادت مطار طرابلس"),
    E("C_tarhuna", c3, "دخلت ترهونة"),
    E("C_sisi", c3, "حذر"),
    E("C_watiya_july", c3, "الهجوم", ctx="مسؤوليتها عن الهجوم"),
    # D1 (QNA, 15 January 2024)
    E("D_oath", d1, "يؤدي اليمين"),
    E("D_delay", d1, "تأخير"),
    E("D_oath", d1, "أدى"),
    E("D_delay", d1, "تأخرت"),
    E("D_block", d1, "عطلوا"),
    E("D_oas", d1, "المطالبة"),
    E("D_oath", d1, "المراسم", ctx="وحضر المراسم"),
    E("D_speech", d1, "وتعهد"),
    E("D_speech", d1, "خطاب"),
    E("D_oath", d1, "أداء اليمين"),
    E("D_runoff", d1, "فاز"),
    E("D_runoff", d1, "فوزه"),
    # D2 (Al-Ahram, 16 January 2024)
    E("D_oath", d2, "يتسلم"),
    E("D_oath", d2, "أدى"),
    E("D_runoff", d2, "فوزه"),
    E("D_block", d2, "تعطلت"),
    E("D_warn", d2, "التحذير"),
    E("D_speech", d2, "كلمته"),
    E("D_oath", d2, "التنصيب", ctx="عقب التنصيب"),
    E("D_speech", d2, "دعا"),
    E("D_suspend", d2, "أمرت"),
    E("D_first", d2, "تأهل"),
    E("D_runoff", d2, "وفاز"),
    E("D_first", d2, "حل ثانيا"),
    # D3 (Annahar, 22 January 2024)
    E("D_ask", d3, "يطالب"),
    E("D_oath", d3, "أدائه اليمين"),
    E("D_porras_meet", d3, "استقبل"),
    E("D_ask", d3, "وطلب"),
    E("D_porras_meet", d3, "اللقاء"),
    E("D_refuse", d3, "رفضت"),
    E("D_refuse", d3, "بيان"),
    E("D_oath", d3, "أدى"),
    E("D_runoff", d3, "فوزه"),
    E("D_raids", d3, "داهمت"),
    E("D_immunity", d3, "وطالبت"),
]

DIFF = [
    ("A_sign", "A_effect"), ("A_petro_0609", "A_petro_0803"), ("A_garcia_0609", "A_garcia_0802"),
    ("A_kidnap", "A_release"), ("A_kidnap", "A_rescue"), ("A_rescue", "A_release"), ("A_admit", "A_patino"),
    ("A_talks", "A_round3"), ("A_sign", "A_farc"), ("A_suspend", "A_talks"), ("A_petro_0609", "A_garcia_0609"),
    ("B_argyle", "B_brasilia"), ("B_decl", "B_ali_stmt"), ("B_gil", "B_todd"), ("B_ref", "B_icj"),
    ("B_decl", "B_maduro_tv"), ("B_map", "B_maduro_tv"), ("B_uk", "B_map"),
    ("C_watiya", "C_tarhuna"), ("C_watiya", "C_airport"), ("C_airport", "C_tarhuna"), ("C_watiya", "C_coast"),
    ("C_column", "C_drone_0605"), ("C_drone_0605", "C_watiya_july"), ("C_raids_may", "C_watiya_july"),
    ("C_sarraj", "C_gnounou_0518"), ("C_gnounou_0518", "C_gnounou_0605"), ("C_gnounou_0605", "C_mismari"),
    ("C_offensive", "C_watiya_july"),
    ("D_runoff", "D_first"), ("D_oath", "D_delay"), ("D_delay", "D_block"), ("D_speech", "D_warn"),
    ("D_ask", "D_refuse"), ("D_oas", "D_warn"),
]

BEFORE = [
    ("A_bombing", "A_suspend"), ("A_farc", "A_talks"), ("A_talks", "A_sign"), ("A_sign", "A_effect"),
    ("A_garcia_0802", "A_effect"), ("A_effect", "A_kidnap"), ("A_kidnap", "A_release"), ("A_plea", "A_release"),
    ("A_founded", "A_farc"),
    ("B_award", "B_icj"), ("B_icj", "B_ref"), ("B_ref", "B_map"), ("B_map", "B_call"), ("B_call", "B_argyle"),
    ("B_argyle", "B_uk"), ("B_uk", "B_drills"), ("B_drills", "B_brasilia"),
    ("C_offensive", "C_coast"), ("C_coast", "C_watiya"), ("C_column", "C_watiya"), ("C_watiya", "C_airport"),
    ("C_airport", "C_mismari"), ("C_mismari", "C_tarhuna"), ("C_tarhuna", "C_sisi"), ("C_sisi", "C_akar"),
    ("C_akar", "C_watiya_july"),
    ("D_first", "D_suspend"), ("D_suspend", "D_runoff"), ("D_runoff", "D_raids"), ("D_raids", "D_immunity"),
    ("D_immunity", "D_block"), ("D_block", "D_oath"), ("D_oath", "D_porras_meet"),
]

if _ERRORS:
    raise SystemExit("\n".join(_ERRORS))

GOLD = dict(timex=TIMEX, clusters=CLUSTERS, events=EVENTS, diff=DIFF, before=BEFORE)
