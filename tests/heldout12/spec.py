"""Gold for the twelfth blind held-out set (16 articles): the format of ../heldout11/spec.py.

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
import pathlib

_SRC = pathlib.Path(__file__).resolve().parent / "src"

PUBLISHED = {
    "a1_aps_0116": "2013-01-16T20:00:00+01:00",
    "a2_aws_0118": "2013-01-18",
    "a3_bbc_0122": "2013-01-22T11:30:00+00:00",
    "b1_spa_0924": "2015-09-24T15:00:00+03:00",
    "b2_jaz_0925": "2015-09-25",
    "b3_nahar_0927": "2015-09-27",
    "c1_nna_0307": "2020-03-07T21:30:00+02:00",
    "c2_reuters_0309": "2020-03-09T17:00:00+02:00",
    "c3_qa_0502": "2020-05-02",
    "d1_sky_1011": "2022-10-11T22:00:00+03:00",
    "d2_akhbar_1014": "2022-10-14",
    "d3_kuna_1027": "2022-10-27T20:00:00+03:00",
    "x1_ahly_eg_1128": "2020-11-28",
    "x2_newcastle_riyadh_1008": "2021-10-08",
    "x3_booker_wasat_0523": "2022-05-23",
    "x4_neyadi_khaleej_0429": "2023-04-29",
}
_TEXT = {k: (_SRC / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}


def _occ(doc, s, ctx=None, k=1):
    """The occurrence number of ``s`` (1-based, overlapping matches counted) that lies inside
    the ``k``-th occurrence of ``ctx`` (or simply the ``k``-th one without ``ctx``)."""
    text = _TEXT[doc]
    if ctx is None:
        return k
    i = -1
    for _ in range(k):
        i = text.find(ctx, i + 1)
        if i < 0:
            raise SystemExit(f"{doc}: context not found: {ctx!r}")
    j, n = -1, 0
    while True:
        j = text.find(s, j + 1)
        if j < 0:
            raise SystemExit(f"{doc}: {s!r} not inside {ctx!r}")
        n += 1
        if i <= j and j + len(s) <= i + len(ctx):
            return n


def _span(t):
    return [t, t] if isinstance(t, str) else list(t)


def _month(ym):
    y, m = map(int, ym.split("-"))
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return [f"{ym}-01", f"{ym}-{last:02d}"]


def _year(y):
    return [f"{y}-01-01", f"{y}-12-31"]


TIMEX = []


def T(doc, s, value, tight, outer=None, ctx=None, k=1):
    """A required date row."""
    tight = _span(tight)
    TIMEX.append((doc, s, _occ(doc, s, ctx, k), "date", value, tight, _span(outer) if outer else tight, True))


def D(doc, s, value, ctx=None, k=1):
    """A required duration row."""
    TIMEX.append((doc, s, _occ(doc, s, ctx, k), "duration", value, None, None, True))


def V(doc, s, ctx=None, k=1):
    """An optional (vague) span."""
    TIMEX.append((doc, s, _occ(doc, s, ctx, k), "vague", None, None, None, False))


CLUSTERS = {}


def C(name, typ, tight, outer=None, who=()):
    tight = _span(tight)
    CLUSTERS[name] = dict(type=typ, tight=tight, outer=_span(outer) if outer else tight,
                          participants=[list(p) for p in who])


EVENTS = []


def E(cluster, doc, s, ctx=None, k=1):
    EVENTS.append((cluster, doc, s, _occ(doc, s, ctx, k), CLUSTERS[cluster]["type"]))


# ------------------------------------------------------------------ participants' names
ALGARMY = ("القوات الخاصة الجزائرية", "القوات الخاصة", "القوات الجزائرية", "الجيش الجزائري")
SIB = ("الموقعون بالدماء",)
BELM = ("مختار بلمختار", "بلمختار")
SELLAL = ("عبد المالك سلال", "سلال")
CAMERON = ("ديفيد كاميرون", "كاميرون")
MBN = ("محمد بن نايف", "الأمير محمد بن نايف")
KHAMENEI = ("علي خامنئي", "خامنئي")
FALIH = ("خالد الفالح", "الفالح")
DIAB = ("حسان دياب", "دياب")
AOUN = ("ميشال عون", "عون")
LAPID = ("يائير لابيد", "لابيد")
BIDEN = ("جو بايدن", "بايدن")
HOCHSTEIN = ("آموس هوكشتاين", "هوكشتاين")
BOUSAAB = ("إلياس بو صعب", "بو صعب")
NEYADI = ("سلطان النيادي", "النيادي")
NEWCASTLE = ("نيوكاسل يونايتد", "نيوكاسل")
AHLY = ("الأهلى", "النادى الأهلى", "الأهلي")
MABKHOUT = ("شكري المبخوت", "المبخوت")

# ------------------------------------------------------------------ A: In Amenas, January 2013
C("A_split", "other", _month("2012-12"), who=[BELM, ("تنظيم القاعدة في بلاد المغرب الإسلامي", "القاعدة في بلاد المغرب الإسلامي")])
C("A_serval", "strike", "2013-01-11", who=[("فرنسا",)])
C("A_fabius", "statement", "2013-01-13", who=[("لوران فابيوس", "فابيوس")])
C("A_attack", "strike", "2013-01-16", who=[SIB])
C("A_hostages", "capture", "2013-01-16", who=[SIB])
C("A_ministry", "statement", "2013-01-16", who=[("وزارة الداخلية والجماعات المحلية", "وزارة الداخلية")])
C("A_kablia", "statement", "2013-01-16", who=[("دحو ولد قابلية", "ولد قابلية")])
C("A_claim", "statement", "2013-01-16", ["2013-01-16", "2013-01-18"], who=[SIB])
C("A_assault1", "strike", "2013-01-17", who=[ALGARMY, SIB])
C("A_said", "statement", "2013-01-17", who=[("محمد السعيد",)])
C("A_cameron", "statement", "2013-01-17", who=[CAMERON])
C("A_call", "call", "2013-01-17", who=[CAMERON, SELLAL])
C("A_cobra", "meeting", "2013-01-17", ["2013-01-17", "2013-01-18"], who=[CAMERON, ("لجنة الطوارئ الحكومية", "كوبرا")])
C("A_assault2", "strike", "2013-01-19", who=[ALGARMY, SIB])
C("A_arrests", "capture", ["2013-01-17", "2013-01-19"], ["2013-01-16", "2013-01-21"], who=[SIB])
C("A_hollande", "statement", "2013-01-19", who=[("فرانسوا هولاند", "هولاند")])
C("A_obama", "statement", "2013-01-19", ["2013-01-16", "2013-01-22"], who=[("باراك أوباما", "أوباما")])
C("A_sellal_pc", "statement", "2013-01-21", who=[SELLAL])

d = "a1_aps_0116"
T(d, "16 يناير 2013", "2013-01-16", "2013-01-16")
T(d, "فجر اليوم الأربعاء", "2013-01-16TMO", "2013-01-16")
T(d, "مساء اليوم", "2013-01-16TEV", "2013-01-16")
T(d, "يوم الجمعة الماضي", "2013-01-11", "2013-01-11")
T(d, "يوم الأحد", "2013-01-13", "2013-01-13")
E("A_attack", d, "هجوم إرهابي")
E("A_hostages", d, "واحتجاز رعايا أجانب")
E("A_attack", d, "هجوم شنته")
E("A_ministry", d, "أفاد به بيان لوزارة الداخلية")
E("A_ministry", d, "وأوضح البيان")
E("A_attack", d, "الاعتداء على الحافلة")
E("A_hostages", d, "حيث احتجزت عددا")
E("A_kablia", d, "وفي تصريح للتلفزيون الجزائري")
E("A_kablia", d, "أكد وزير الداخلية والجماعات المحلية دحو ولد قابلية")
E("A_claim", d, "وتبنت جماعة")
E("A_serval", d, "التدخل العسكري الفرنسي في مالي")
E("A_fabius", d, "لوران فابيوس قد أعلن")

d = "a2_aws_0118"
T(d, "الجمعة 6 ربيع الأول 1434 هـ", "2013-01-18", "2013-01-18")
T(d, "18 يناير 2013", "2013-01-18", "2013-01-18")
T(d, "أمس (الخميس)", "2013-01-17", "2013-01-17")
T(d, "فجر (الأربعاء)", "2013-01-16TMO", "2013-01-16")
T(d, "مساء أمس", "2013-01-17TEV", "2013-01-17")
T(d, "بعد ظهر أمس", "2013-01-17TAF", "2013-01-17")
T(d, "فجر الأربعاء", "2013-01-16TMO", "2013-01-16")
T(d, "ديسمبر (كانون الأول) الماضي", "2012-12", _month("2012-12"))
T(d, "11 يناير (كانون الثاني) الجاري", "2013-01-11", "2013-01-11")
E("A_assault1", d, "يقتحم موقع الغاز")
E("A_assault1", d, "شنت القوات الخاصة الجزائرية")
E("A_hostages", d, "حيث يحتجز مسلحون")
E("A_said", d, "وقال وزير الاتصال الجزائري محمد السعيد")
E("A_assault1", d, "العملية مكنت")
E("A_assault1", d, "وأثار الاقتحام")
E("A_cameron", d, "فقد أعلن رئيس الوزراء البريطاني ديفيد كاميرون")
E("A_call", d, "اتصال هاتفي أجراه مع نظيره الجزائري")
E("A_cobra", d, "اجتماعا للجنة الطوارئ")
E("A_attack", d, "وكان المسلحون قد هاجموا")
E("A_hostages", d, "ويحتجزوا من فيها")
E("A_split", d, "انشقاقه عن تنظيم القاعدة")
E("A_claim", d, "قد أعلنت في بيان تبنيها الهجوم")
E("A_serval", d, "يقصف مواقع الجماعات المسلحة")

d = "a3_bbc_0122"
T(d, "يوم السبت الماضي", "2013-01-19", "2013-01-19")
T(d, "أمس الاثنين", "2013-01-21", "2013-01-21")
T(d, "فجر الأربعاء 16 يناير/كانون الثاني", "2013-01-16TMO", "2013-01-16")
T(d, "اليوم التالي", "2013-01-17", "2013-01-17")
T(d, "يوم السبت 19 يناير/كانون الثاني", "2013-01-19", "2013-01-19")
T(d, "يوم السبت", "2013-01-19", "2013-01-19", ctx="هولاند يوم السبت")
V(d, "بعد أيام")
E("A_sellal_pc", d, "سلال: 37 أجنبيا")
E("A_sellal_pc", d, "أعلن رئيس الوزراء الجزائري عبد المالك سلال")
E("A_assault2", d, "باقتحام نهائي نفذته القوات الخاصة")
E("A_sellal_pc", d, "وقال سلال في مؤتمر صحفي")
E("A_arrests", d, "واعتقل ثلاثة آخرون")
E("A_attack", d, "وكان المسلحون قد هاجموا المنشأة")
E("A_hostages", d, "واحتجزوا مئات العمال")
E("A_assault1", d, "وشنت القوات الجزائرية هجوما أول")
E("A_assault2", d, "ثم هجوما ثانيا")
E("A_hollande", d, "ودافع الرئيس الفرنسي فرانسوا هولاند")
E("A_obama", d, "قال الرئيس الأمريكي باراك أوباما في بيان")
E("A_hostages", d, "وجاء احتجاز الرهائن")
E("A_serval", d, "بدء فرنسا عملية عسكرية في مالي")

# ------------------------------------------------------------------ B: the Mina stampede, September 2015
C("B_1990", "other", "1990-07-02", _year(1990))
C("B_2006", "other", "2006-01-12")
C("B_crane", "other", "2015-09-11")
C("B_stampede", "other", "2015-09-24")
C("B_cd", "statement", "2015-09-24", who=[("المديرية العامة للدفاع المدني", "الدفاع المدني")])
C("B_turki", "statement", "2015-09-24", who=[("منصور التركي", "اللواء منصور التركي")])
C("B_inquiry", "other", "2015-09-24", ["2015-09-24", "2015-09-26"], who=[MBN])
C("B_mourning", "other", "2015-09-24", ["2015-09-24", "2015-09-25"], who=[KHAMENEI + ("إيران",)])
C("B_khamenei", "statement", "2015-09-24", ["2015-09-24", "2015-09-25"], who=[KHAMENEI])
C("B_summons", "other", "2015-09-24", who=[("وزارة الخارجية الإيرانية", "الخارجية الإيرانية"), ("القائم بالأعمال السعودي",)])
C("B_falih", "statement", "2015-09-24", ["2015-09-24", "2015-09-25"], who=[FALIH])
C("B_mufti", "statement", "2015-09-25", who=[("عبد العزيز آل الشيخ", "مفتي المملكة"), MBN])
C("B_toll", "statement", "2015-09-26", who=[FALIH])
C("B_jubeir", "statement", "2015-09-26", who=[("عادل الجبير", "الجبير")])
C("B_rouhani", "statement", "2015-09-28", who=[("حسن روحاني", "روحاني")])

d = "b1_spa_0924"
T(d, "24 سبتمبر 2015", "2015-09-24", "2015-09-24")
T(d, "صباح اليوم الخميس", "2015-09-24TMO", "2015-09-24")
V(d, "أول أيام عيد الأضحى المبارك")
T(d, "11 سبتمبر الجاري", "2015-09-11", "2015-09-11")
E("B_cd", d, "الدفاع المدني: 717 وفاة")
E("B_stampede", d, "حادثة تدافع بمنى")
E("B_cd", d, "أعلنت المديرية العامة للدفاع المدني")
E("B_stampede", d, "حادثة التدافع التي وقعت")
E("B_turki", d, "وأوضح المتحدث الأمني لوزارة الداخلية")
E("B_turki", d, "في مؤتمر صحفي عقده بمنى")
E("B_stampede", d, "أن التدافع وقع")
E("B_inquiry", d, "بتشكيل لجنة للتحقيق")
E("B_crane", d, "سقوط رافعة")

d = "b2_jaz_0925"
T(d, "صباح أمس الخميس", "2015-09-24TMO", "2015-09-24")
D(d, "ثلاثة أيام", "P3D")
T(d, "أمس", "2015-09-24", "2015-09-24", ctx="الإيرانية أمس")
T(d, "اليوم الجمعة", "2015-09-25", "2015-09-25")
V(d, "بعد أسبوعين")
T(d, "يوم 11 سبتمبر/أيلول الجاري", "2015-09-11", "2015-09-11")
T(d, "عام 1990", "1990", _year(1990))
E("B_mourning", d, "إيران تعلن الحداد")
E("B_khamenei", d, "وتحمّل السعودية مسؤولية")
E("B_stampede", d, "كارثة منى")
E("B_khamenei", d, "حمّل المرشد الأعلى الإيراني علي خامنئي")
E("B_stampede", d, "حادث التدافع الذي أودى")
E("B_mourning", d, "وأعلن الحداد العام")
E("B_summons", d, "استدعت وزارة الخارجية الإيرانية")
E("B_falih", d, "قال وزير الصحة السعودي خالد الفالح")
E("B_stampede", d, "إن الحادث وقع")
E("B_mufti", d, "أكد مفتي المملكة الشيخ عبد العزيز آل الشيخ")
E("B_stampede", d, "وتأتي الكارثة")
E("B_crane", d, "سقوط رافعة")
E("B_1990", d, "تدافع نفق المعيصم")

d = "b3_nahar_0927"
T(d, "أمس السبت", "2015-09-26", "2015-09-26")
T(d, "صباح الخميس الماضي", "2015-09-24TMO", "2015-09-24")
T(d, "أمس", "2015-09-26", "2015-09-26", ctx="صحافي أمس")
T(d, "الخميس", "2015-09-24", "2015-09-24", ctx="الرياض الخميس")
T(d, "غداً الاثنين", "2015-09-28", "2015-09-28")
V(d, "أول أيام عيد الأضحى")
T(d, "عام 1990", "1990", _year(1990))
T(d, "12 كانون الثاني/يناير 2006", "2006-01-12", "2006-01-12")
E("B_jubeir", d, "والجبير يتهم طهران")
E("B_toll", d, "أعلن وزير الصحة السعودي خالد الفالح")
E("B_stampede", d, "التدافع الذي وقع في منى")
E("B_inquiry", d, "التحقيق الذي أمر به")
E("B_jubeir", d, "قال وزير الخارجية السعودي عادل الجبير")
E("B_khamenei", d, "تصريحات المرشد علي خامنئي")
E("B_rouhani", d, "أن يلقي الرئيس الإيراني حسن روحاني كلمة")
E("B_stampede", d, "وكانت كارثة منى")
E("B_1990", d, "تدافع عام 1990")
E("B_2006", d, "تدافع عند جسر الجمرات")

# ------------------------------------------------------------------ C: Lebanon's default, March-May 2020
C("C_protests", "other", "2019-10-17", _month("2019-10"))
C("C_confidence", "other", "2020-02-11", who=[DIAB + ("حكومة دياب",), ("البرلمان", "مجلس النواب")])
C("C_protest_feb", "other", "2020-02-11")
C("C_imf_visit", "meeting", ["2020-02-20", "2020-02-23"], ["2020-01-01", "2020-02-29"], who=[("صندوق النقد الدولي",), ("لبنان",)])
C("C_advisers", "other", _month("2020-02"), who=[("لبنان",), ("لازارد",), ("كليري جوتليب",)])
C("C_baabda", "meeting", "2020-03-07", who=[AOUN, ("نبيه بري", "بري"), DIAB])
C("C_cabinet", "meeting", "2020-03-07", who=[("مجلس الوزراء",)])
C("C_suspension", "other", "2020-03-07", who=[DIAB + ("الحكومة اللبنانية", "لبنان")])
C("C_mof", "other", "2020-03-09", who=[("وزارة المالية اللبنانية", "وزارة المالية", "وزارة المال", "لبنان")])
C("C_session", "meeting", "2020-04-30", who=[("مجلس الوزراء",)])
C("C_plan", "other", "2020-04-30", who=[("مجلس الوزراء",)])
C("C_request", "other", "2020-05-01", who=[DIAB, ("صندوق النقد الدولي",), ("غازي وزني", "وزني"), ("رياض سلامة", "سلامة")])

d = "c1_nna_0307"
T(d, "مساء اليوم", "2020-03-07TEV", "2020-03-07")
T(d, "9 آذار", "2020-03-09", "2020-03-09")
T(d, "قبل ظهر اليوم", "2020-03-07TMO", "2020-03-07")
T(d, "الاثنين المقبل", "2020-03-09", "2020-03-09")
T(d, "17 تشرين الأول الماضي", "2019-10-17", "2019-10-17")
E("C_suspension", d, "دياب يعلن تعليق سداد")
E("C_suspension", d, "أعلن رئيس مجلس الوزراء حسان دياب")
E("C_suspension", d, "وقال دياب")
E("C_suspension", d, "وجاء إعلان دياب")
E("C_baabda", d, "اجتماع عقد")
E("C_cabinet", d, "جلسة لمجلس الوزراء")
E("C_protests", d, "احتجاجات غير مسبوقة")

d = "c2_reuters_0309"
T(d, "اليوم الاثنين", "2020-03-09", "2020-03-09")
D(d, "يومين", "P2D")
T(d, "اليوم", "2020-03-09", "2020-03-09", ctx="تستحق اليوم")
V(d, "في أقرب وقت ممكن")
T(d, "مساء السبت", "2020-03-07TEV", "2020-03-07")
T(d, "أكتوبر تشرين الأول", "2019-10", _month("2019-10"))
T(d, "الشهر الماضي", "2020-02", _month("2020-02"))
E("C_mof", d, "لبنان يوقف سداد جميع سندات")
E("C_mof", d, "قالت وزارة المالية اللبنانية")
E("C_suspension", d, "إعلان الحكومة أنها لن تسدد")
E("C_mof", d, "وقالت الوزارة في بيان")
E("C_suspension", d, "قد قال في خطاب بثه التلفزيون")
E("C_protests", d, "اندلاع احتجاجات")
E("C_advisers", d, "واستعانت الحكومة بمؤسستي")
E("C_imf_visit", d, "استقبلت وفدا من صندوق النقد الدولي")

d = "c3_qa_0502"
T(d, "أمس الجمعة", "2020-05-01", "2020-05-01")
V(d, "غداة")
T(d, "يوم الخميس", "2020-04-30", "2020-04-30")
T(d, "السابع من آذار/مارس الماضي", "2020-03-07", "2020-03-07")
D(d, "يومين", "P2D")
T(d, "11 شباط/فبراير الماضي", "2020-02-11", "2020-02-11")
E("C_request", d, "دياب يوقع طلب مساعدة")
E("C_request", d, "وقع رئيس الحكومة اللبنانية حسان دياب")
E("C_request", d, "وجاء توقيع الطلب")
E("C_plan", d, "إقرار مجلس الوزراء خطة التعافي")
E("C_session", d, "في جلسة عقدها")
E("C_suspension", d, "تعليق سداد سندات بقيمة")
E("C_mof", d, "تعلن وزارة المال")
E("C_confidence", d, "نالت الثقة")
E("C_protest_feb", d, "احتجاجات حاولت منع النواب")

# ------------------------------------------------------------------ D: the Lebanon-Israel maritime agreement, October 2022
C("D_talks2020", "meeting", "2020-10-14", _month("2020-10"), who=[("لبنان",), ("إسرائيل",)])
C("D_drones", "strike", "2022-07-02", _month("2022-07"), who=[("الجيش الإسرائيلي",), ("حزب الله",)])
C("D_draft", "other", "2022-10-01", ["2022-10-01", "2022-10-10"], who=[("دوروثي شيا", "شيا")])
C("D_reply", "statement", "2022-10-04", ["2022-10-01", "2022-10-06"], who=[("لبنان",)])
C("D_rejects", "statement", "2022-10-06", who=[("إسرائيل",)])
C("D_reached", "other", "2022-10-11", who=[("إسرائيل",) + LAPID, ("لبنان",)])
C("D_delivery", "meeting", "2022-10-11", who=[AOUN, BOUSAAB])
C("D_presidency", "statement", "2022-10-11", who=[("الرئاسة اللبنانية",)])
C("D_bousaab", "statement", "2022-10-11", who=[BOUSAAB])
C("D_biden", "statement", "2022-10-11", who=[BIDEN])
C("D_call_lapid", "call", "2022-10-11", who=[BIDEN, LAPID])
C("D_call_aoun", "call", "2022-10-11", who=[BIDEN, AOUN])
C("D_cabinet_il", "other", "2022-10-12", who=[("المجلس الوزاري الإسرائيلي المصغر", "المجلس الوزاري المصغر")])
C("D_approval", "other", "2022-10-13", who=[AOUN + ("لبنان",)])
C("D_mikati", "statement", "2022-10-13", who=[("نجيب ميقاتي", "ميقاتي")])
C("D_karish", "other", "2022-10-26", who=[("إنرجيان",)])
C("D_signing", "other", "2022-10-27", ["2022-10-14", "2022-10-31"], who=[("لبنان",), ("إسرائيل",), HOCHSTEIN])
C("D_aoun_signs", "other", "2022-10-27", who=[AOUN, HOCHSTEIN])
C("D_il_gov", "other", "2022-10-27", who=[("الحكومة الإسرائيلية",)])
C("D_lapid_signs", "other", "2022-10-27", who=[LAPID])
C("D_biden2", "statement", "2022-10-27", who=[BIDEN])
C("D_term_end", "other", "2022-10-31", who=[AOUN])

d = "d1_sky_1011"
T(d, "الثلاثاء", "2022-10-11", "2022-10-11")
T(d, "مساء اليوم", "2022-10-11TEV", "2022-10-11")
T(d, "مطلع الشهر الجاري", "2022-10", ["2022-10-01", "2022-10-10"])
T(d, "الخميس الماضي", "2022-10-06", "2022-10-06")
T(d, "أكتوبر/تشرين الأول 2020", "2020-10", _month("2020-10"))
V(d, "لأشهر")
T(d, "يوليو/تموز الماضي", "2022-07", _month("2022-07"))
E("D_reached", d, "لابيد: اتفاق تاريخي")
E("D_reached", d, "أعلن رئيس الوزراء الإسرائيلي يائير لابيد")
E("D_delivery", d, "تسلم الرئيس اللبناني ميشال عون")
E("D_presidency", d, "وقالت الرئاسة اللبنانية في بيان")
E("D_bousaab", d, "وقال بو صعب للصحفيين")
E("D_delivery", d, "بعد اللقاء")
E("D_biden", d, "ورحب الرئيس الأميركي جو بايدن")
E("D_call_lapid", d, "اتصال هاتفي أجراه")
E("D_call_aoun", d, "واتصال آخر مع عون")
E("D_draft", d, "قد سلمت المسؤولين اللبنانيين مسودة")
E("D_reply", d, "ورد عليها لبنان بملاحظات")
E("D_rejects", d, "رفضتها إسرائيل")
E("D_talks2020", d, "وبدأت المفاوضات غير المباشرة")
E("D_drones", d, "أسقط الجيش الإسرائيلي ثلاث مسيرات")

d = "d2_akhbar_1014"
T(d, "أمس", "2022-10-13", "2022-10-13", ctx="متلفزة أمس")
D(d, "يوم واحد", "P1D")
T(d, "الأربعاء", "2022-10-12", "2022-10-12")
T(d, "أمس", "2022-10-13", "2022-10-13", ctx="ميقاتي أمس")
T(d, "31 تشرين الأول الجاري", "2022-10-31", "2022-10-31")
E("D_approval", d, "عون يعلن الموافقة")
E("D_approval", d, "أعلن رئيس الجمهورية العماد ميشال عون")
E("D_approval", d, "وجاءت كلمة عون")
E("D_cabinet_il", d, "مصادقة المجلس الوزاري الإسرائيلي المصغر")
E("D_mikati", d, "أكد رئيس حكومة تصريف الأعمال نجيب ميقاتي")
E("D_signing", d, "يودع الطرفان رسالتي الموافقة")
E("D_term_end", d, "نهاية ولاية عون")

d = "d3_kuna_1027"
T(d, "27 - 10", "2022-10-27", "2022-10-27")
T(d, "اليوم الخميس", "2022-10-27", "2022-10-27")
T(d, "صباح اليوم", "2022-10-27TMO", "2022-10-27")
V(d, "بعد يوم")
T(d, "أمس الأربعاء", "2022-10-26", "2022-10-26")
V(d, "قبل أيام")
T(d, "31 أكتوبر الجاري", "2022-10-31", "2022-10-31")
E("D_signing", d, "لبنان وإسرائيل يسلمان رسالتي الموافقة")
E("D_signing", d, "سلم لبنان وإسرائيل")
E("D_signing", d, "في اجتماع عقد بمقر")
E("D_aoun_signs", d, "قد وقع صباح اليوم")
E("D_il_gov", d, "صادقت الحكومة الإسرائيلية على الاتفاق")
E("D_lapid_signs", d, "ووقعه رئيس الوزراء يائير لابيد")
E("D_biden2", d, "ورحب الرئيس الأمريكي جو بايدن في بيان")
E("D_signing", d, "ويأتي تسليم الرسالتين")
E("D_karish", d, "إعلان شركة (إنرجيان) بدء الإنتاج")
E("D_term_end", d, "انتهاء ولاية عون")

# ------------------------------------------------------------------ X: distractors
C("X_final", "other", "2020-11-27", who=[AHLY, ("الزمالك",)])
C("X_mosimane", "statement", "2020-11-27", ["2020-11-27", "2020-11-28"], who=[("بيتسو موسيماني", "موسيماني")])
C("X_cwc", "other", ["2021-02-01", "2021-02-11"], _month("2021-02"), who=[AHLY])
C("X_withdrawal", "other", "2020-07-30", _month("2020-07"))
C("X_takeover", "other", "2021-10-07", who=[("صندوق الاستثمارات العامة",), NEWCASTLE, ("مايك آشلي", "آشلي")])
C("X_pl", "statement", "2021-10-07", ["2021-10-07", "2021-10-08"], who=[("رابطة الدوري الإنجليزي الممتاز", "الدوري الإنجليزي الممتاز")])
C("X_fans", "other", "2021-10-07")
C("X_spurs", "other", "2021-10-17", who=[NEWCASTLE, ("توتنهام",)])
C("X_ipaf_launch", "other", _year(2007))
C("X_mabkhout", "other", _year(2015), who=[MABKHOUT])
C("X_shortlist", "other", _month("2022-03"))
C("X_ipaf", "other", "2022-05-22", who=[("محمد النعاس", "النعاس"), MABKHOUT])
C("X_launch", "other", "2023-03-02", who=[NEYADI])
C("X_walk", "other", "2023-04-28", who=[NEYADI, ("ستيفن بوين", "بوين")])
C("X_mbr", "statement", "2023-04-28", ["2023-04-28", "2023-04-29"], who=[("محمد بن راشد آل مكتوم", "محمد بن راشد"), NEYADI])

d = "x1_ahly_eg_1128"
T(d, "مساء أمس الجمعة", "2020-11-27TEV", "2020-11-27")
V(d, "الدقيقة الخامسة")
V(d, "الدقيقة 31")
V(d, "الدقيقة 86")
T(d, "فبراير المقبل", "2021-02", _month("2021-02"))
E("X_final", d, "الأهلى بطلاً لأفريقيا")
E("X_final", d, "بعد الفوز على الزمالك")
E("X_final", d, "توج النادى الأهلى")
E("X_final", d, "بعد فوزه على غريمه")
E("X_final", d, "فى المباراة النهائية التى أقيمت")
E("X_mosimane", d, "وقال الجنوب أفريقى بيتسو موسيماني")
E("X_cwc", d, "ويشارك الأهلى فى كأس العالم للأندية")

d = "x2_newcastle_riyadh_1008"
T(d, "الجمعة 2 ربيع الأول 1443هـ", "2021-10-08", "2021-10-08")
T(d, "8 أكتوبر 2021م", "2021-10-08", "2021-10-08")
T(d, "أمس (الخميس)", "2021-10-07", "2021-10-07")
D(d, "14 عاما", "P14Y")
T(d, "مساء الخميس", "2021-10-07TEV", "2021-10-07")
T(d, "العام الماضي", "2020", _year(2020))
T(d, "يوليو 2020", "2020-07", _month("2020-07"))
T(d, "يوم 17 أكتوبر الجاري", "2021-10-17", "2021-10-17")
E("X_takeover", d, "يستحوذ على نيوكاسل")
E("X_takeover", d, "إتمام صفقة الاستحواذ")
E("X_pl", d, "وأوضح بيان لرابطة الدوري الإنجليزي الممتاز")
E("X_fans", d, "واحتشد مئات المشجعين")
E("X_takeover", d, "احتفالا بالصفقة")
E("X_withdrawal", d, "انسحاب التحالف")
E("X_spurs", d, "ويخوض أول مباراة")

d = "x3_booker_wasat_0523"
T(d, "عام 2007", "2007", _year(2007))
T(d, "مساء أمس الأحد", "2022-05-22TEV", "2022-05-22")
T(d, "عام 1991", "1991", _year(1991))
T(d, "مارس الماضي", "2022-03", _month("2022-03"))
T(d, "عام 2015", "2015", _year(2015))
E("X_ipaf", d, "محمد النعاس يفوز بالجائزة")
E("X_ipaf", d, "فاز الكاتب الليبي محمد النعاس")
E("X_ipaf_launch", d, "منذ إطلاقها")
E("X_ipaf", d, "وأعلن رئيس لجنة التحكيم")
E("X_shortlist", d, "التي أعلنت")
E("X_mabkhout", d, "المبخوت نفسه فاز بالجائزة")

d = "x4_neyadi_khaleej_0429"
T(d, "أمس الجمعة", "2023-04-28", "2023-04-28")
V(d, "نحو سبع ساعات")
T(d, "عصر أمس", "2023-04-28TAF", "2023-04-28")
T(d, "الثالث من مارس الماضي", "2023-03-03", "2023-03-03")
D(d, "ستة أشهر", "P6M")
T(d, "الثاني من الشهر نفسه", "2023-03-02", "2023-03-02")
E("X_walk", d, "يسير في الفضاء")
E("X_walk", d, "أول مهمة سير في الفضاء")
E("X_walk", d, "وخرج النيادي وبوين")
E("X_mbr", d, "وهنأ صاحب السمو الشيخ محمد بن راشد آل مكتوم")
E("X_mbr", d, "وكتب في تغريدة")
E("X_launch", d, "انطلق على متن صاروخ")

# ------------------------------------------------------------------ relations
DIFF = [
    # A
    ("A_attack", "A_hostages"), ("A_attack", "A_assault1"), ("A_attack", "A_assault2"),
    ("A_assault1", "A_assault2"), ("A_assault2", "A_arrests"), ("A_hostages", "A_arrests"),
    ("A_ministry", "A_kablia"), ("A_kablia", "A_claim"), ("A_ministry", "A_claim"),
    ("A_claim", "A_attack"), ("A_said", "A_assault1"), ("A_cameron", "A_call"), ("A_call", "A_cobra"),
    ("A_cameron", "A_cobra"), ("A_cameron", "A_said"), ("A_sellal_pc", "A_assault2"),
    ("A_hollande", "A_obama"), ("A_hollande", "A_sellal_pc"), ("A_obama", "A_sellal_pc"),
    ("A_serval", "A_fabius"), ("A_serval", "A_attack"), ("A_split", "A_claim"), ("A_hollande", "A_assault2"),
    # B
    ("B_stampede", "B_cd"), ("B_stampede", "B_turki"), ("B_cd", "B_turki"), ("B_stampede", "B_inquiry"),
    ("B_inquiry", "B_turki"), ("B_khamenei", "B_mourning"), ("B_khamenei", "B_summons"),
    ("B_mourning", "B_summons"), ("B_falih", "B_khamenei"), ("B_falih", "B_toll"), ("B_toll", "B_jubeir"),
    ("B_jubeir", "B_khamenei"), ("B_mufti", "B_falih"), ("B_mufti", "B_inquiry"), ("B_rouhani", "B_jubeir"),
    ("B_stampede", "B_crane"), ("B_stampede", "B_1990"), ("B_1990", "B_2006"), ("B_crane", "B_2006"),
    ("B_stampede", "B_2006"), ("B_toll", "B_stampede"),
    # C
    ("C_suspension", "C_baabda"), ("C_suspension", "C_cabinet"), ("C_baabda", "C_cabinet"),
    ("C_suspension", "C_mof"), ("C_mof", "C_advisers"), ("C_imf_visit", "C_advisers"),
    ("C_protests", "C_protest_feb"), ("C_request", "C_plan"), ("C_plan", "C_session"),
    ("C_request", "C_session"), ("C_confidence", "C_protest_feb"), ("C_suspension", "C_request"),
    ("C_imf_visit", "C_request"), ("C_mof", "C_request"),
    # D
    ("D_reached", "D_delivery"), ("D_reached", "D_presidency"), ("D_presidency", "D_bousaab"),
    ("D_delivery", "D_bousaab"), ("D_biden", "D_call_lapid"), ("D_biden", "D_call_aoun"),
    ("D_call_lapid", "D_call_aoun"), ("D_reached", "D_biden"), ("D_draft", "D_reply"),
    ("D_reply", "D_rejects"), ("D_talks2020", "D_reached"), ("D_drones", "D_talks2020"),
    ("D_approval", "D_cabinet_il"), ("D_approval", "D_mikati"), ("D_signing", "D_aoun_signs"),
    ("D_signing", "D_il_gov"), ("D_signing", "D_lapid_signs"), ("D_il_gov", "D_lapid_signs"),
    ("D_aoun_signs", "D_lapid_signs"), ("D_biden2", "D_signing"), ("D_biden", "D_biden2"),
    ("D_karish", "D_signing"), ("D_term_end", "D_signing"), ("D_reached", "D_signing"),
    ("D_approval", "D_reached"), ("D_cabinet_il", "D_il_gov"),
    # X
    ("X_final", "X_mosimane"), ("X_final", "X_cwc"), ("X_takeover", "X_pl"), ("X_takeover", "X_fans"),
    ("X_takeover", "X_withdrawal"), ("X_takeover", "X_spurs"), ("X_ipaf", "X_shortlist"),
    ("X_ipaf", "X_mabkhout"), ("X_ipaf", "X_ipaf_launch"), ("X_walk", "X_mbr"), ("X_walk", "X_launch"),
]

BEFORE = [
    # A: chain and side links
    ("A_split", "A_serval"), ("A_serval", "A_fabius"), ("A_fabius", "A_attack"), ("A_attack", "A_assault1"),
    ("A_assault1", "A_assault2"), ("A_assault2", "A_sellal_pc"),
    ("A_ministry", "A_said"), ("A_claim", "A_cameron"), ("A_kablia", "A_call"), ("A_assault1", "A_hollande"),
    ("A_call", "A_obama"), ("A_hostages", "A_assault1"), ("A_hostages", "A_arrests"),
    ("A_arrests", "A_sellal_pc"), ("A_cobra", "A_hollande"),
    # B
    ("B_1990", "B_2006"), ("B_2006", "B_crane"), ("B_crane", "B_stampede"), ("B_stampede", "B_mufti"),
    ("B_mufti", "B_toll"), ("B_toll", "B_rouhani"),
    ("B_mourning", "B_mufti"), ("B_summons", "B_jubeir"), ("B_khamenei", "B_jubeir"), ("B_inquiry", "B_toll"),
    ("B_cd", "B_toll"), ("B_turki", "B_mufti"), ("B_falih", "B_toll"), ("B_jubeir", "B_rouhani"),
    # C
    ("C_protests", "C_confidence"), ("C_confidence", "C_imf_visit"), ("C_imf_visit", "C_baabda"),
    ("C_baabda", "C_mof"), ("C_mof", "C_session"), ("C_session", "C_request"),
    ("C_suspension", "C_mof"), ("C_cabinet", "C_mof"), ("C_protest_feb", "C_imf_visit"),
    ("C_mof", "C_plan"), ("C_plan", "C_request"), ("C_advisers", "C_suspension"), ("C_protests", "C_advisers"),
    # D
    ("D_talks2020", "D_drones"), ("D_drones", "D_draft"), ("D_draft", "D_rejects"), ("D_rejects", "D_reached"),
    ("D_reached", "D_cabinet_il"), ("D_cabinet_il", "D_approval"), ("D_approval", "D_karish"),
    ("D_karish", "D_signing"), ("D_signing", "D_term_end"),
    ("D_draft", "D_reply"), ("D_reply", "D_rejects"), ("D_delivery", "D_mikati"), ("D_biden", "D_biden2"),
    ("D_call_lapid", "D_cabinet_il"), ("D_call_aoun", "D_approval"), ("D_presidency", "D_approval"),
    ("D_bousaab", "D_mikati"), ("D_aoun_signs", "D_term_end"), ("D_lapid_signs", "D_term_end"),
    ("D_il_gov", "D_term_end"), ("D_karish", "D_aoun_signs"),
    # X: one chain through the distractors and side links
    ("X_ipaf_launch", "X_mabkhout"), ("X_mabkhout", "X_withdrawal"), ("X_withdrawal", "X_final"),
    ("X_final", "X_cwc"), ("X_cwc", "X_takeover"), ("X_takeover", "X_spurs"), ("X_spurs", "X_shortlist"),
    ("X_shortlist", "X_ipaf"), ("X_ipaf", "X_launch"), ("X_launch", "X_walk"),
    ("X_mosimane", "X_cwc"), ("X_pl", "X_spurs"), ("X_fans", "X_spurs"), ("X_launch", "X_mbr"),
    # across stories
    ("B_1990", "A_split"), ("B_2006", "A_serval"), ("A_sellal_pc", "B_crane"), ("B_rouhani", "C_protests"),
    ("C_request", "D_drones"), ("C_request", "X_cwc"), ("X_withdrawal", "D_talks2020"),
    ("X_ipaf", "D_drones"), ("D_term_end", "X_launch"), ("X_ipaf_launch", "A_split"), ("C_mof", "X_withdrawal"),
]

GOLD = dict(timex=TIMEX, clusters=CLUSTERS, events=EVENTS, diff=[list(p) for p in DIFF],
            before=[list(p) for p in BEFORE])
