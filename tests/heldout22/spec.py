"""Gold for the twenty-second blind held-out set (16 articles): the format of ../heldout21/spec.py.

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

Stories: A the Gaza round of November 2019 (Abu al-Ata's killing and the Damascus strike,
the rockets, the Abu Malhous strike, the Egyptian-brokered truce announced and in force on
14 November, Katz's words, the army's inquiry, the rockets and raids of 16 November); B
Erdogan and Herzog (the July 2021 call, the release of the Oknin couple and the two calls of
18 November 2021 with Herzog and Bennett, the 2013 call, Herzog's visit to Ankara on 9 March
2022); C the Iraqi operation on Tal Afar (20–31 August 2017: the launch, the villages, the
raids, the citadel, al-Ayadiya; the falls of 2014 and Mosul's liberation); D Judge Sawan's
charges against Diab and three former ministers (10 December 2020), Hariri's visit, Sawan's
removal (18 February 2021) and Bitar's appointment (19 February 2021).  X: four distractors
with no gold events.
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent

PUBLISHED = {
    "a1_wafa_1114": "2019-11-14T10:30:00+02:00",
    "a2_ahram_1115": "2019-11-15",
    "a3_araby_1118": "2019-11-18",
    "b1_anadolu_1118": "2021-11-18T21:00:00+03:00",
    "b2_qudsarabi_1119": "2021-11-19",
    "b3_awsat_0310": "2022-03-10",
    "c1_ina_0820": "2017-08-20T09:30:00+03:00",
    "c2_sabah_0827": "2017-08-27",
    "c3_awsat_0901": "2017-09-01",
    "d1_nna_1210": "2020-12-10T17:45:00+02:00",
    "d2_nahar_1212": "2020-12-12",
    "d3_nidaa_0220": "2021-02-20",
    "x1_khaleej_0206": "2022-02-06",
    "x2_bayan_0805": "2020-08-05",
    "x3_hespress_0711": "2021-07-11",
    "x4_ayam_0303": "2024-03-03",
}

ERRORS = []
_TEXTS = {k: (HERE / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}


def _starts(text: str, s: str) -> list[int]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def _occ(doc: str, s: str, ctx: str | None) -> int:
    """The occurrence number of ``s`` in ``doc`` (inside ``ctx`` when given, else the only one)."""
    text = _TEXTS[doc]
    starts = _starts(text, s)
    if ctx is None:
        if len(starts) != 1:
            ERRORS.append(f"{doc}: {s!r} occurs {len(starts)} times; give a ctx")
        return 1
    where = _starts(text, ctx)
    if len(where) != 1 or s not in ctx:
        ERRORS.append(f"{doc}: ctx {ctx!r} occurs {len(where)} times or lacks {s!r}")
        return 1
    a = where[0]
    inside = [n for n, i in enumerate(starts, 1) if a <= i and i + len(s) <= a + len(ctx)]
    if len(inside) != 1:
        ERRORS.append(f"{doc}: {s!r} occurs {len(inside)} times in ctx {ctx!r}")
        return 1
    return inside[0]


TIMEX = []


def T(doc, s, kind, value, tight=None, outer=None, req=True, ctx=None):
    """A timex row; ``tight``/``outer`` are day pairs (a single ISO day stands for both ends)."""
    if isinstance(tight, str):
        tight = (tight, tight)
    outer = tight if outer is None else ((outer, outer) if isinstance(outer, str) else outer)
    if kind == "vague":
        req = False
    TIMEX.append((doc, s, _occ(doc, s, ctx), kind, value,
                  list(tight) if tight else None, list(outer) if outer else None, req))


def V(doc, s, ctx=None):
    """An optional vague span."""
    T(doc, s, "vague", None, ctx=ctx)


CLUSTERS = {}


def C(name, kind, a, b=None, lo=None, hi=None, who=()):
    """A cluster of type ``kind``: tight ``a``..``b``, outer ``lo``..``hi``, participants ``who``."""
    CLUSTERS[name] = dict(type=kind, tight=[a, b or a], outer=[lo or a, hi or b or a],
                          participants=[list(p) for p in who])


EVENTS = []


def E(cluster, doc, s, ctx=None):
    EVENTS.append((cluster, doc, s, _occ(doc, s, ctx), CLUSTERS[cluster]["type"]))


# ---------------------------------------------------------------- A: Gaza, November 2019
d = "a1_wafa_1114"
T(d, "14-11-2019", "date", "2019-11-14", "2019-11-14")
T(d, "فجر اليوم الخميس", "date", "2019-11-14TMO", "2019-11-14")
V(d, "الساعة الخامسة والنصف")
T(d, "قبيل الفجر", "date", "2019-11-14TMO", "2019-11-14", req=False)
T(d, "الليلة الماضية", "date", "2019-11-13TNI", ("2019-11-13", "2019-11-14"))
T(d, "فجر الثلاثاء", "date", "2019-11-12TMO", "2019-11-12", ctx="منذ فجر الثلاثاء")
T(d, "فجر الثلاثاء", "date", "2019-11-12TMO", "2019-11-12", ctx="مدينة غزة فجر الثلاثاء")
V(d, "في الساعة ذاتها")
T(d, "يومين", "duration", "P2D")
T(d, "صباح اليوم", "date", "2019-11-14TMO", "2019-11-14")
V(d, "منذ ساعات الصباح")

d = "a2_ahram_1115"
T(d, "صباح أمس الخميس", "date", "2019-11-14TMO", "2019-11-14")
T(d, "يومين", "duration", "P2D")
T(d, "أمس", "date", "2019-11-14", "2019-11-14", ctx="الجيش أمس")
T(d, "فجر الثلاثاء الماضى", "date", "2019-11-12TMO", "2019-11-12")
V(d, "قبل ساعات قليلة")
V(d, "منذ الساعات الأولى")
V(d, "خلال الأيام المقبلة")
T(d, "أمس", "date", "2019-11-14", "2019-11-14", ctx="الحياة أمس")

d = "a3_araby_1118"
T(d, "فجر السبت الماضي", "date", "2019-11-16TMO", "2019-11-16")
T(d, "فجر الخميس 14 تشرين الثاني/نوفمبر", "date", "2019-11-14TMO", "2019-11-14")
T(d, "الجمعة", "date", "2019-11-15", "2019-11-15")
T(d, "فجر الخميس", "date", "2019-11-14TMO", "2019-11-14", ctx="دير البلح فجر الخميس")
T(d, "في الثاني عشر من الشهر نفسه", "date", "2019-11-12", "2019-11-12")
T(d, "يومين", "duration", "P2D")
V(d, "طوال الأشهر الماضية")
T(d, "في اليوم ذاته", "date", "2019-11-12", "2019-11-12")

C("A_kill", "strike", "2019-11-12", who=[["إسرائيل", "الاحتلال", "طائرات الاحتلال"], ["بهاء أبو العطا", "أبو العطا"]])
C("A_damascus", "strike", "2019-11-12", who=[["الاحتلال", "إسرائيل"], ["أكرم العجوري", "العجوري"]])
C("A_rockets", "strike", "2019-11-12", "2019-11-14", who=[["فصائل المقاومة", "حركة الجهاد الإسلامى", "الحركة"]])
C("A_malhous", "strike", "2019-11-14", who=[["طائرات الاحتلال", "طائرات إسرائيلية", "جيش الاحتلال"],
                                               ["عائلة أبو ملحوس", "أبو ملحوس"]])
C("A_announce", "ceasefire", "2019-11-14", who=[["حركة الجهاد الإسلامي", "حركة الجهاد", "الحركة"],
                                                  ["مصعب البريم", "البريم"]])
C("A_effect", "ceasefire", "2019-11-14", who=[["حركة الجهاد الإسلامي", "حركة الجهاد الإسلامى", "فصائل المقاومة"],
                                                ["سلطات الاحتلال الإسرائيلي", "إسرائيل"], ["مصر", "القاهرة"]])
C("A_katz", "statement", "2019-11-14", who=[["يسرائيل كاتس", "كاتس"]])
C("A_inquiry", "statement", "2019-11-15", who=[["جيش الاحتلال"]])
C("A_rockets16", "strike", "2019-11-16")
C("A_raids16", "strike", "2019-11-16", who=[["طائرات الاحتلال الإسرائيلي", "جيش الاحتلال"], ["كتائب القسام", "حركة حماس"]])

E("A_kill", "a1_wafa_1114", "باغتيال", "بدأ باغتيال القيادي")
E("A_kill", "a1_wafa_1114", "قصف", "في قصف استهدف")
E("A_kill", "a1_wafa_1114", "الاغتيال", "على الاغتيال")
E("A_kill", "a2_ahram_1115", "غارة", "غارة على منزل القيادى")
E("A_kill", "a3_araby_1118", "باغتيال", "بدأ باغتيال بهاء")
E("A_damascus", "a1_wafa_1114", "غارة أخرى")
E("A_damascus", "a3_araby_1118", "الغارة", "الغارة التي استهدفت في اليوم ذاته")
E("A_rockets", "a1_wafa_1114", "بإطلاق", "بإطلاق مئات الصواريخ والقذائف")
E("A_rockets", "a2_ahram_1115", "بإطلاق", "بإطلاق مئات الصواريخ على")
E("A_malhous", "a1_wafa_1114", "مجزرة", "بعد مجزرة دير البلح")
E("A_malhous", "a1_wafa_1114", "مجزرة", "من مجزرة ارتكبتها")
E("A_malhous", "a1_wafa_1114", "غارة", "في غارة شنتها")
E("A_malhous", "a2_ahram_1115", "استهدفت", "قد استهدفت، قبل")
E("A_malhous", "a2_ahram_1115", "الغارة", "وأسفرت الغارة")
E("A_malhous", "a3_araby_1118", "الغارة", "في الغارة التي قتلت")
E("A_announce", "a1_wafa_1114", "أعلن", "قد أعلن، قبيل")
E("A_announce", "a2_ahram_1115", "وأعلنت")
E("A_announce", "a3_araby_1118", "أعلنته")
E("A_effect", "a1_wafa_1114", "يدخل")
E("A_effect", "a1_wafa_1114", "دخل", "دخل وقف إطلاق النار بين")
E("A_effect", "a2_ahram_1115", "سريان", "سريان التهدئة")
E("A_effect", "a2_ahram_1115", "سرى")
E("A_effect", "a2_ahram_1115", "سريان", "من سريان الاتفاق")
E("A_effect", "a3_araby_1118", "دخل", "الذي دخل حيز")
E("A_katz", "a1_wafa_1114", "قال", "قال وزير خارجية الاحتلال")
E("A_katz", "a2_ahram_1115", "قال", "قال وزير الخارجية الإسرائيلى")
E("A_inquiry", "a3_araby_1118", "أعلن", "قد أعلن الجمعة")
E("A_rockets16", "a3_araby_1118", "إطلاق", "بعد إطلاق صاروخين")
E("A_rockets16", "a3_araby_1118", "إطلاق", "جهة إطلاق الصاروخين")
E("A_raids16", "a3_araby_1118", "غارات", "غارات إسرائيلية تختبر")
E("A_raids16", "a3_araby_1118", "غارات", "غارات على مواقع لكتائب")
E("A_raids16", "a3_araby_1118", "الغارات", "تسفر الغارات")

# ---------------------------------------------------------------- B: Erdogan and Herzog, 2021-2022
d = "b1_anadolu_1118"
T(d, "2013", "date", "2013", ("2013-01-01", "2013-12-31"), req=False, ctx="منذ 2013")
T(d, "الخميس", "date", "2021-11-18", "2021-11-18")
T(d, "عام 2013", "date", "2013", ("2013-01-01", "2013-12-31"), req=False)
V(d, "بعد ساعات")
T(d, "الأسبوع الماضي", "date", "2021-W45", ("2021-11-08", "2021-11-14"))
T(d, "12 يوليو/تموز الماضي", "date", "2021-07-12", "2021-07-12")
V(d, "منذ سنوات")
V(d, "منذ أشهر")
T(d, "عام 2018", "date", "2018", ("2018-01-01", "2018-12-31"))

d = "b2_qudsarabi_1119"
T(d, "أمس الخميس", "date", "2021-11-18", "2021-11-18")
T(d, "آذار/مارس 2013", "date", "2013-03", ("2013-03-01", "2013-03-31"), ctx="منذ آذار/مارس 2013")
V(d, "بعد ساعات")
T(d, "فجرا", "date", "2021-11-18TMO", "2021-11-18", req=False)
T(d, "في اليوم نفسه", "date", "2021-11-18", "2021-11-18")
T(d, "تموز/يوليو الماضي", "date", "2021-07", ("2021-07-01", "2021-07-31"))
T(d, "22 آذار/مارس 2013", "date", "2013-03-22", "2013-03-22")

d = "b3_awsat_0310"
T(d, "2007", "date", "2007", ("2007-01-01", "2007-12-31"), req=False)
T(d, "الخميس - 7 شعبان 1443 هـ - 10 مارس 2022 مـ", "date", "2022-03-10", "2022-03-10")
T(d, "أمس (الأربعاء)", "date", "2022-03-09", "2022-03-09")
V(d, "أكثر من عقد")
V(d, "بعد نحو أربعة أشهر")
T(d, "18 نوفمبر (تشرين الثاني) الماضي", "date", "2021-11-18", "2021-11-18")
T(d, "اليوم الذي", "date", "2021-11-18", "2021-11-18", req=False)
T(d, "يوليو (تموز) 2021", "date", "2021-07", ("2021-07-01", "2021-07-31"))
T(d, "اليوم", "date", "2022-03-10", "2022-03-10", ctx="هرتسوغ اليوم إلى")
T(d, "15 عاما", "duration", "P15Y", req=False)

ERDOGAN = ["رجب طيب أردوغان", "أردوغان", "الرئيس التركي"]
HERZOG = ["إسحاق هرتسوغ", "هرتسوغ"]
BENNETT = ["نفتالي بينيت", "بينيت"]
COUPLE = ["موردي وناتالي أوكنين", "الزوجين الإسرائيليين", "الزوجين", "زوجين إسرائيليين"]
C("B_oath", "other", "2021-07-07", lo="2021-07-01", hi="2021-07-12", who=[HERZOG])
C("B_july", "call", "2021-07-12", who=[ERDOGAN, HERZOG])
C("B_herzog", "call", "2021-11-18", who=[ERDOGAN, HERZOG])
C("B_bennett", "call", "2021-11-18", who=[ERDOGAN, BENNETT])
C("B_release", "other", "2021-11-18", who=[["السلطات التركية", "أنقرة"], COUPLE])
C("B_return", "other", "2021-11-18", who=[COUPLE])
C("B_arrest", "other", "2021-11-09", "2021-11-12", "2021-11-08", "2021-11-14", who=[["السلطات التركية", "أنقرة"], COUPLE])
C("B_tr_statement", "statement", "2021-11-18", who=[["دائرة الاتصال في الرئاسة التركية", "الرئاسة التركية"]])
C("B_il_statement", "statement", "2021-11-18", who=[["مكتب رئيس الوزراء الإسرائيلي", "مكتب بينيت"]])
C("B_2013", "call", "2013-03-22", who=[["بنيامين نتنياهو", "نتنياهو"], ["أردوغان"]])
C("B_recall", "other", "2018-05-15", lo="2018-01-01", hi="2018-12-31")
C("B_visit", "meeting", "2022-03-09", who=[ERDOGAN, HERZOG])
C("B_erdogan_words", "statement", "2022-03-09", who=[ERDOGAN])
C("B_herzog_words", "statement", "2022-03-09", who=[HERZOG])

E("B_oath", "b1_anadolu_1118", "بتوليه")
E("B_july", "b1_anadolu_1118", "هنأ")
E("B_july", "b1_anadolu_1118", "اتصال", "في أول اتصال بين رئيسي")
E("B_july", "b2_qudsarabi_1119", "تحادثا")
E("B_july", "b3_awsat_0310", "هاتف", "أول من هاتف")
E("B_herzog", "b1_anadolu_1118", "اتصالا", "الخميس، اتصالا هاتفيا")
E("B_herzog", "b1_anadolu_1118", "اتصاله", "خلال اتصاله مع هرتسوغ")
E("B_herzog", "b2_qudsarabi_1119", "اتصال", "مكالمة بينيت اتصال أجراه")
E("B_herzog", "b2_qudsarabi_1119", "اتصال", "ثاني اتصال")
E("B_herzog", "b3_awsat_0310", "الاتصال", "من الاتصال الذي أجراه")
E("B_bennett", "b1_anadolu_1118", "اتصال", "يجري أول اتصال")
E("B_bennett", "b1_anadolu_1118", "اتصالا آخر")
E("B_bennett", "b1_anadolu_1118", "الاتصال الثاني")
E("B_bennett", "b2_qudsarabi_1119", "خطا هاتفيا")
E("B_bennett", "b2_qudsarabi_1119", "مكالمة", "مكالمة هاتفية مع")
E("B_bennett", "b2_qudsarabi_1119", "مكالمة", "وسبق مكالمة")
E("B_bennett", "b2_qudsarabi_1119", "المحادثة")
E("B_bennett", "b3_awsat_0310", "تحدث", "الذي تحدث فيه")
E("B_release", "b1_anadolu_1118", "الإفراج")
E("B_release", "b2_qudsarabi_1119", "الإفراج", "الإفراج عن الزوجين الإسرائيليين يفتح")
E("B_release", "b2_qudsarabi_1119", "إطلاق", "إطلاق سراح")
E("B_release", "b2_qudsarabi_1119", "الإفراج", "على الإفراج عن الزوجين، وهو")
E("B_release", "b3_awsat_0310", "إفراج")
E("B_return", "b2_qudsarabi_1119", "عادا")
E("B_arrest", "b1_anadolu_1118", "أوقفتهما")
E("B_arrest", "b2_qudsarabi_1119", "توقيف")
E("B_arrest", "b3_awsat_0310", "أوقفا")
E("B_tr_statement", "b1_anadolu_1118", "بيان", "وفق بيان صادر")
E("B_tr_statement", "b1_anadolu_1118", "وأوضح")
E("B_tr_statement", "b2_qudsarabi_1119", "قالت", "فيما قالت الرئاسة")
E("B_il_statement", "b1_anadolu_1118", "وقال", "وقال مكتب")
E("B_il_statement", "b1_anadolu_1118", "بيان", "في بيان، إن بينيت")
E("B_il_statement", "b2_qudsarabi_1119", "بيان", "في بيان صادر عن مكتب")
E("B_2013", "b2_qudsarabi_1119", "اتصال", "آخر اتصال بين أردوغان")
E("B_2013", "b2_qudsarabi_1119", "اعتذر")
E("B_recall", "b1_anadolu_1118", "بسحب")
E("B_visit", "b3_awsat_0310", "يستقبل")
E("B_visit", "b3_awsat_0310", "زيارة", "أول زيارة لرئيس")
E("B_visit", "b3_awsat_0310", "استقبل", "استقبل الرئيس التركي")
E("B_visit", "b3_awsat_0310", "زيارة", "في زيارة وصفها")
E("B_visit", "b3_awsat_0310", "المباحثات")
E("B_visit", "b3_awsat_0310", "الزيارة", "هذه الزيارة التاريخية")
E("B_visit", "b3_awsat_0310", "الزيارة", "وجاءت الزيارة")
E("B_visit", "b3_awsat_0310", "زيارة", "هذه أول زيارة يقوم")
E("B_erdogan_words", "b3_awsat_0310", "وقال", "وقال أردوغان")
E("B_erdogan_words", "b3_awsat_0310", "مؤتمر صحافي")
E("B_erdogan_words", "b3_awsat_0310", "وأكد")
E("B_herzog_words", "b3_awsat_0310", "قال", "قال هرتسوغ")

# ---------------------------------------------------------------- C: Tal Afar, August 2017
d = "c1_ina_0820"
T(d, "فجر اليوم الأحد", "date", "2017-08-20TMO", "2017-08-20")
T(d, "حزيران 2014", "date", "2014-06", ("2014-06-01", "2014-06-30"))
V(d, "بعد أيام")
V(d, "بعد نحو ستة أسابيع")
T(d, "في العاشر من تموز الماضي", "date", "2017-07-10", "2017-07-10")
V(d, "في الساعات الأولى")

d = "c2_sabah_0827"
T(d, "أمس السبت", "date", "2017-08-26", "2017-08-26")
T(d, "ستة أيام", "duration", "P6D")
T(d, "٢٠ آب الجاري", "date", "2017-08-20", "2017-08-20")
T(d, "ليل الجمعة السبت", "date", "2017-08-25TNI", ("2017-08-25", "2017-08-26"))
T(d, "مساء أمس", "date", "2017-08-26TEV", "2017-08-26")
T(d, "فجر الأحد الماضي", "date", "2017-08-20TMO", "2017-08-20")
V(d, "بعد أسابيع")
T(d, "١٠ تموز الماضي", "date", "2017-07-10", "2017-07-10")

d = "c3_awsat_0901"
T(d, "الجمعة - 10 ذو الحجة 1438 هـ - 01 سبتمبر 2017 مـ", "date", "2017-09-01", "2017-09-01")
T(d, "أمس (الخميس)", "date", "2017-08-31", "2017-08-31")
T(d, "11 يوما", "duration", "P11D")
T(d, "20 أغسطس (آب)", "date", "2017-08-20", "2017-08-20")
T(d, "وقفة عرفة", "date", "2017-08-31", "2017-08-31", req=False)
T(d, "عشية عيد الأضحى", "date", "2017-08-31", "2017-08-31", req=False)
T(d, "يوم السبت الماضي", "date", "2017-08-26", "2017-08-26")
T(d, "يوم الثلاثاء", "date", "2017-08-29", "2017-08-29")
T(d, "صيف 2014", "date", "2014-SU", ("2014-06-01", "2014-08-31"), req=False)
V(d, "خلال السنوات الثلاث الماضية")
V(d, "بعد أقل من شهرين")

FORCES = ["القوات العراقية", "القطعات", "القوات المسلحة", "القوات"]
ISIS = ["عصابات داعش", "داعش", "تنظيم داعش", "التنظيم"]
ABADI = ["حيدر العبادي", "العبادي"]
YAR = ["عبد الأمير رشيد يار الله", "يار الله"]
C("C_fall2014", "capture", "2014-06-16", lo="2014-06-01", hi="2014-06-30", who=[ISIS])
C("C_mosulfall", "capture", "2014-06-10", lo="2014-06-01", hi="2014-06-16", who=[ISIS])
C("C_mosul", "capture", "2017-07-10", who=[FORCES])
C("C_launch", "strike", "2017-08-20", who=[FORCES, ISIS])
C("C_speech", "statement", "2017-08-20", who=[ABADI])
C("C_yar20", "statement", "2017-08-20", who=[YAR])
C("C_villages", "capture", "2017-08-20", who=[FORCES])
C("C_raids26", "strike", "2017-08-25", "2017-08-26", who=[["طيران التحالف الدولي", "التحالف الدولي"], ["القوة الجوية"]])
C("C_citadel", "capture", "2017-08-26", who=[["جهاز مكافحة الإرهاب", "قوات جهاز مكافحة الإرهاب", "القوات العراقية"],
                                               ["الشرطة الاتحادية"]])
C("C_yar26", "statement", "2017-08-26", who=[YAR])
C("C_abadi26", "statement", "2017-08-26", who=[ABADI])
C("C_raids29", "strike", "2017-08-29", who=[["طيران التحالف الدولي", "التحالف الدولي"]])
C("C_district", "capture", "2017-08-31", who=[["القوات العراقية"]])
C("C_abadi31", "statement", "2017-08-31", who=[ABADI])

E("C_launch", "c1_ina_0820", "انطلاق", "يعلن انطلاق عمليات")
E("C_launch", "c1_ina_0820", "انطلاق", "الأحد، انطلاق")
E("C_launch", "c1_ina_0820", "شرعت")
E("C_launch", "c1_ina_0820", "الهجوم", "الأولى من الهجوم")
E("C_launch", "c2_sabah_0827", "انطلاق", "من انطلاق العمليات في")
E("C_launch", "c2_sabah_0827", "انطلقت")
E("C_launch", "c3_awsat_0901", "انطلاق", "من انطلاق العمليات العسكرية")
E("C_speech", "c1_ina_0820", "يعلن")
E("C_speech", "c1_ina_0820", "أعلن", "أعلن القائد العام")
E("C_speech", "c1_ina_0820", "وقال", "وقال العبادي")
E("C_speech", "c1_ina_0820", "كلمة متلفزة")
E("C_yar20", "c1_ina_0820", "وذكر")
E("C_villages", "c1_ina_0820", "تحرير", "من تحرير عدد من القرى")
E("C_fall2014", "c1_ina_0820", "سيطرت", "قد سيطرت عليها")
E("C_fall2014", "c3_awsat_0901", "سيطرة", "قبل سيطرة التنظيم")
E("C_mosulfall", "c1_ina_0820", "سقوط", "من سقوط الموصل")
E("C_mosul", "c1_ina_0820", "تحرير", "من تحرير مدينة الموصل")
E("C_mosul", "c2_sabah_0827", "تحرير", "من تحرير الموصل")
E("C_mosul", "c3_awsat_0901", "تحرير", "على تحرير الموصل")
E("C_raids26", "c2_sabah_0827", "قصف", "قصف مكثف")
E("C_citadel", "c2_sabah_0827", "تستعيد")
E("C_citadel", "c2_sabah_0827", "استعادت", "استعادت قوات")
E("C_citadel", "c2_sabah_0827", "حررت", "القطعات حررت أحياء")
E("C_citadel", "c2_sabah_0827", "الاقتحام")
E("C_citadel", "c3_awsat_0901", "استعادت", "قد استعادت مركز")
E("C_citadel", "c3_awsat_0901", "سقوط", "بعد سقوط المركز")
E("C_yar26", "c2_sabah_0827", "وأوضح")
E("C_abadi26", "c2_sabah_0827", "وهنأ")
E("C_raids29", "c3_awsat_0901", "غارات", "غارات مكثفة عليها")
E("C_district", "c3_awsat_0901", "تحرير", "يعلن تحرير تلعفر")
E("C_district", "c3_awsat_0901", "تحرير", "تحرير قضاء تلعفر")
E("C_district", "c3_awsat_0901", "تحرير", "ويأتي تحرير تلعفر")
E("C_abadi31", "c3_awsat_0901", "يعلن")
E("C_abadi31", "c3_awsat_0901", "أعلن", "أعلن رئيس الوزراء")
E("C_abadi31", "c3_awsat_0901", "وقال", "وقال العبادي")
E("C_abadi31", "c3_awsat_0901", "بيان", "في بيان:")
E("C_abadi31", "c3_awsat_0901", "الإعلان", "وتزامن الإعلان")

# ---------------------------------------------------------------- D: Sawan's charges, 2020-2021
d = "d1_nna_1210"
T(d, "اليوم", "date", "2020-12-10", "2020-12-10", ctx="صوان، اليوم")
T(d, "أيام الاثنين والثلاثاء والأربعاء من الأسبوع المقبل", "multi", ["2020-12-14", "2020-12-15", "2020-12-16"])
T(d, "في الرابع من آب الماضي", "date", "2020-08-04", "2020-08-04")

d = "d2_nahar_1212"
T(d, "أمس الجمعة", "date", "2020-12-11", "2020-12-11")
T(d, "الخميس", "date", "2020-12-10", "2020-12-10", ctx="عليه الخميس")
T(d, "مساء الخميس", "date", "2020-12-10TEV", "2020-12-10")
T(d, "الاثنين المقبل", "date", "2020-12-14", "2020-12-14")
V(d, "قبل أكثر من أربعة أشهر")

d = "d3_nidaa_0220"
T(d, "أمس الجمعة", "date", "2021-02-19", "2021-02-19")
T(d, "أول من أمس", "date", "2021-02-18", "2021-02-18")
T(d, "الخميس", "date", "2021-02-18", "2021-02-18")
T(d, "منتصف كانون الأول الماضي", "date", "2020-12", ("2020-12-11", "2020-12-20"), ("2020-12-01", "2020-12-31"))
T(d, "في العاشر من كانون الأول الماضي", "date", "2020-12-10", "2020-12-10")
T(d, "في اليوم التالي", "date", "2020-12-11", "2020-12-11")
V(d, "بعد أكثر من ستة أشهر")
T(d, "4 آب", "date", "2020-08-04", "2020-08-04")
V(d, "مطلع الأسبوع المقبل")

SAWAN = ["القاضي فادي صوان", "فادي صوان", "صوان"]
DIAB = ["حسان دياب", "دياب"]
C("D_blast", "other", "2020-08-04")
C("D_charge", "other", "2020-12-10", who=[SAWAN, DIAB, ["علي حسن خليل", "خليل"], ["غازي زعيتر", "زعيتر"],
                                          ["يوسف فنيانوس", "فنيانوس"]])
C("D_schedule", "other", "2020-12-10", who=[SAWAN])
C("D_diab", "statement", "2020-12-10", who=[["المكتب الإعلامي لرئيس حكومة تصريف الأعمال", "دياب"]])
C("D_former_pms", "statement", "2020-12-10", who=[["رؤساء الحكومات السابقون"]])
C("D_visit", "meeting", "2020-12-11", who=[["سعد الحريري", "الحريري"], DIAB])
C("D_hariri_words", "statement", "2020-12-11", who=[["سعد الحريري", "الحريري"]])
C("D_request", "other", "2020-12-14", "2020-12-17", "2020-12-11", "2020-12-20",
  who=[["علي حسن خليل", "خليل"], ["غازي زعيتر", "زعيتر"]])
C("D_removal", "other", "2021-02-18", who=[["محكمة التمييز الجزائية", "المحكمة"], SAWAN])
C("D_bitar", "other", "2021-02-19", who=[["ماري كلود نجم", "نجم"], ["مجلس القضاء الأعلى"], ["القاضي طارق البيطار", "البيطار"]])

E("D_blast", "d1_nna_1210", "انفجار", "قضية انفجار المرفأ")
E("D_blast", "d1_nna_1210", "انفجار", "جريمة انفجار مرفأ")
E("D_blast", "d1_nna_1210", "الانفجار", "لتلافي الانفجار المدمر")
E("D_blast", "d1_nna_1210", "انفجار", "ملف انفجار المرفأ")
E("D_blast", "d2_nahar_1212", "انفجار", "في انفجار المرفأ القاضي")
E("D_blast", "d2_nahar_1212", "الانفجار", "في الانفجار الذي هز")
E("D_blast", "d3_nidaa_0220", "انفجار", "قضية انفجار مرفأ")
E("D_blast", "d3_nidaa_0220", "الانفجار", "منزل صوان في الانفجار")
E("D_blast", "d3_nidaa_0220", "انفجار", "على انفجار 4 آب")
E("D_charge", "d1_nna_1210", "يدعي")
E("D_charge", "d1_nna_1210", "ادعى", "ادعى المحقق")
E("D_charge", "d1_nna_1210", "الادعاء", "أن الادعاء جاء")
E("D_charge", "d1_nna_1210", "يُدعى")
E("D_charge", "d2_nahar_1212", "الادعاء", "والادعاء يفتح")
E("D_charge", "d2_nahar_1212", "ادعاء", "بعد ادعاء المحقق")
E("D_charge", "d2_nahar_1212", "الادعاء", "فيه أن الادعاء")
E("D_charge", "d3_nidaa_0220", "ادعى", "قد ادعى في العاشر")
E("D_schedule", "d1_nna_1210", "حدد", "صوان حدد مواعيد")
E("D_schedule", "d2_nahar_1212", "حدده")
E("D_diab", "d1_nna_1210", "رد", "وفي أول رد")
E("D_diab", "d1_nna_1210", "بيانا")
E("D_diab", "d1_nna_1210", "وأضاف")
E("D_diab", "d2_nahar_1212", "رد", "فيما رد دياب")
E("D_former_pms", "d2_nahar_1212", "بياناً")
E("D_visit", "d2_nahar_1212", "يزور")
E("D_visit", "d2_nahar_1212", "زار")
E("D_visit", "d2_nahar_1212", "اللقاء", "بعد اللقاء")
E("D_visit", "d3_nidaa_0220", "زيارة", "زيارة التضامن")
E("D_hariri_words", "d2_nahar_1212", "وقال", "وقال الحريري")
E("D_request", "d3_nidaa_0220", "تقدم")
E("D_removal", "d3_nidaa_0220", "كفّت")
E("D_removal", "d3_nidaa_0220", "قررت")
E("D_removal", "d3_nidaa_0220", "قرارها")
E("D_removal", "d3_nidaa_0220", "كف", "كف يد صوان ضربة")
E("D_bitar", "d3_nidaa_0220", "تعيّن")
E("D_bitar", "d3_nidaa_0220", "وافق")
E("D_bitar", "d3_nidaa_0220", "تعيين", "تعيين القاضي طارق")

# ---------------------------------------------------------------- X: distractors (dates only)
d = "x1_khaleej_0206"
T(d, "يوم الجمعة الماضي", "date", "2022-02-04", "2022-02-04")
V(d, "قبل نحو ثلاث سنوات")
V(d, "خلال الأشهر الماضية")
V(d, "مع بداية العام")
T(d, "عام 2012", "date", "2012", ("2012-01-01", "2012-12-31"))

d = "x2_bayan_0805"
T(d, "أمس الثلاثاء", "date", "2020-08-04", "2020-08-04")
V(d, "منذ بداية العام")
V(d, "منذ سبع سنوات")
T(d, "يناير الماضي", "date", "2020-01", ("2020-01-01", "2020-01-31"))
V(d, "خلال الأشهر الماضية")
V(d, "حتى نهاية العام")

d = "x3_hespress_0711"
T(d, "مساء أمس السبت", "date", "2021-07-10TEV", "2021-07-10")
T(d, "ليلة أمس", "date", "2021-07-10TNI", ("2021-07-10", "2021-07-11"))
T(d, "سنة 2018", "date", "2018", ("2018-01-01", "2018-12-31"))
T(d, "دجنبر المقبل", "date", "2021-12", ("2021-12-01", "2021-12-31"))

d = "x4_ayam_0303"
T(d, "الأحد 22 شعبان 1445هـ - 3 مارس 2024", "date", "2024-03-03", "2024-03-03")
T(d, "مساء أمس السبت", "date", "2024-03-02TEV", "2024-03-02")
V(d, "المواسم الثلاثة الماضية")
T(d, "منتصف فبراير الماضي", "date", "2024-02", ("2024-02-11", "2024-02-20"), ("2024-02-01", "2024-02-29"))
T(d, "يوم السبت", "date", "2024-03-02", "2024-03-02", ctx="السباق يوم السبت")
V(d, "أيام السباق الثلاثة")

DIFF = [
    ("A_kill", "A_damascus"), ("A_announce", "A_effect"), ("A_kill", "A_malhous"), ("A_malhous", "A_effect"),
    ("A_rockets16", "A_raids16"), ("A_rockets", "A_rockets16"), ("A_katz", "A_inquiry"), ("A_malhous", "A_raids16"),
    ("B_herzog", "B_bennett"), ("B_july", "B_herzog"), ("B_release", "B_return"), ("B_release", "B_arrest"),
    ("B_bennett", "B_2013"), ("B_erdogan_words", "B_herzog_words"), ("B_tr_statement", "B_il_statement"),
    ("B_oath", "B_july"),
    ("C_citadel", "C_district"), ("C_villages", "C_citadel"), ("C_raids26", "C_raids29"), ("C_launch", "C_raids26"),
    ("C_speech", "C_abadi31"), ("C_abadi26", "C_abadi31"), ("C_yar26", "C_abadi26"), ("C_fall2014", "C_mosulfall"),
    ("C_mosul", "C_district"), ("C_yar20", "C_yar26"), ("C_launch", "C_villages"),
    ("D_charge", "D_schedule"), ("D_diab", "D_former_pms"), ("D_visit", "D_hariri_words"), ("D_removal", "D_bitar"),
    ("D_charge", "D_removal"), ("D_request", "D_removal"), ("D_diab", "D_hariri_words"),
]
BEFORE = [
    ("A_kill", "A_effect"), ("A_kill", "A_announce"), ("A_kill", "A_malhous"), ("A_effect", "A_raids16"),
    ("A_effect", "A_rockets16"), ("A_katz", "A_inquiry"), ("A_inquiry", "A_rockets16"), ("A_damascus", "A_effect"),
    ("B_oath", "B_july"), ("B_july", "B_herzog"), ("B_arrest", "B_release"), ("B_herzog", "B_visit"),
    ("B_bennett", "B_visit"), ("B_2013", "B_bennett"), ("B_recall", "B_july"), ("B_release", "B_visit"),
    ("C_mosulfall", "C_fall2014"), ("C_fall2014", "C_mosul"), ("C_mosul", "C_launch"), ("C_launch", "C_raids26"),
    ("C_launch", "C_citadel"), ("C_villages", "C_citadel"), ("C_citadel", "C_raids29"), ("C_raids29", "C_district"),
    ("C_speech", "C_abadi31"), ("C_abadi26", "C_abadi31"),
    ("D_blast", "D_charge"), ("D_charge", "D_visit"), ("D_former_pms", "D_visit"), ("D_visit", "D_request"),
    ("D_request", "D_removal"), ("D_removal", "D_bitar"), ("D_charge", "D_bitar"),
]

GOLD = dict(timex=TIMEX, clusters=CLUSTERS, events=EVENTS, diff=[list(p) for p in DIFF],
            before=[list(p) for p in BEFORE])

if ERRORS:
    raise SystemExit("spec errors:\n" + "\n".join(ERRORS))
