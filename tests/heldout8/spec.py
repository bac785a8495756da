"""Gold for the eighth blind held-out set (16 articles): the format of ../heldout7/spec.py.

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
import pathlib

SRC = pathlib.Path(__file__).resolve().parent / "src"

PUBLISHED = {
    "l1_aoun_nna_0109": "2025-01-09T17:30:00+02:00",
    "l2_salam_eg_0114": "2025-01-14",
    "l3_macron_lb_0118": "2025-01-18",
    "u1_2334_afp_1223": "2016-12-23T18:40:00-05:00",
    "u2_2334_sa_1226": "2016-12-26",
    "u3_2334_dz_1229": "2016-12-29",
    "m1_mubarak_eg_0603": "2012-06-03",
    "m2_mubarak_sa_0604": "2012-06-04",
    "m3_mubarak_ma_0114": "2013-01-14",
    "t1_spring_aa_1009": "2019-10-09T20:30:00+03:00",
    "t2_spring_sana_1014": "2019-10-14",
    "t3_spring_lon_1023": "2019-10-23",
    "x1_atlas_ma_1211": "2022-12-11",
    "x2_eand_ae_0224": "2022-02-24",
    "x3_bam_ma_0928": "2022-09-28",
    "x4_redsea_lb_1207": "2021-12-07",
}

_TEXTS = {}


def _text(doc):
    if doc not in _TEXTS:
        _TEXTS[doc] = (SRC / f"{doc}.txt").read_text(encoding="utf-8")
    return _TEXTS[doc]


def _occ(doc, s, ctx):
    """The occurrence number of ``s`` at its place inside ``ctx`` (which must be unique)."""
    if ctx is None:
        return 1
    t = _text(doc)
    at = t.find(ctx)
    if at < 0 or t.find(ctx, at + 1) >= 0 or s not in ctx:
        raise SystemExit(f"{doc}: context {ctx!r} missing, repeated or without {s!r}")
    pos, n, i = at + ctx.find(s), 0, -1
    while True:
        i = t.find(s, i + 1)
        n += 1
        if i == pos:
            return n


def _span(v):
    """(first, last) day of an ISO day, month or year."""
    if len(v) == 4:
        return (f"{v}-01-01", f"{v}-12-31")
    if len(v) == 7:
        y, m = map(int, v.split("-"))
        return (f"{v}-01", f"{v}-{calendar.monthrange(y, m)[1]:02d}")
    return (v[:10], v[:10])


TIMEX = []


def d(doc, s, value, tight=None, outer=None, ctx=None):
    tight = tight or _span(value)
    TIMEX.append((doc, s, _occ(doc, s, ctx), "date", value, tight, outer or tight, True))


def dur(doc, s, value, ctx=None):
    TIMEX.append((doc, s, _occ(doc, s, ctx), "duration", value, None, None, True))


def multi(doc, s, days, ctx=None):
    TIMEX.append((doc, s, _occ(doc, s, ctx), "multi", days, (days[0], days[-1]), (days[0], days[-1]), True))


def vague(doc, s, ctx=None):
    TIMEX.append((doc, s, _occ(doc, s, ctx), "vague", None, None, None, False))


CLUSTERS = {}
EVENTS = []


def C(key, typ, tight, outer=None, who=()):
    tight = _span(tight) if isinstance(tight, str) else tight
    outer = (_span(outer) if isinstance(outer, str) else outer) or tight
    assert key not in CLUSTERS, key
    CLUSTERS[key] = dict(type=typ, tight=list(tight), outer=list(outer), participants=[list(p) for p in who])


def ev(key, doc, s, ctx=None):
    EVENTS.append((key, doc, s, _occ(doc, s, ctx), CLUSTERS[key]["type"]))


# ------------------------------------------------------------------ participants
AOUN = ["جوزاف عون", "العماد جوزاف عون"]
PARL = ["مجلس النواب", "مجلس النواب اللبناني"]
SALAM = ["نواف سلام", "رئيس الحكومة المكلف نواف سلام"]
MIKATI = ["نجيب ميقاتي", "ميقاتي"]
BERRI = ["نبيه بري", "نبيه برى", "رئيس مجلس النواب نبيه بري"]
MACRON = ["إيمانويل ماكرون", "ماكرون", "الرئيس الفرنسي"]
GUTERRES = ["أنطونيو غوتيريش", "غوتيريش"]
RAAD = ["محمد رعد", "النائب محمد رعد", "حزب الله"]
SISI = ["عبد الفتاح السيسي", "السيسي", "عبد الفتاح السيسى", "السيسى"]
TRUMP = ["دونالد ترامب", "ترامب"]
UNSC = ["مجلس الأمن الدولي", "مجلس الأمن"]
NETANYAHU = ["بنيامين نتانياهو", "نتانياهو", "بنيامين نتنياهو", "نتنياهو"]
KERRY = ["جون كيري", "كيري"]
MUBARAK = ["حسني مبارك", "حسنى مبارك", "مبارك"]
ADLY = ["حبيب العادلي", "العادلي", "حبيب العادلى", "العادلى"]
COURT = ["محكمة جنايات القاهرة", "المستشار أحمد رفعت"]
MORSI = ["محمد مرسي", "مرسي", "محمد مرسى", "مرسى"]
SHAFIK = ["أحمد شفيق", "شفيق"]
DEEB = ["فريد الديب"]
PROSECUTOR = ["عبد المجيد محمود", "النائب العام عبد المجيد محمود"]
ERDOGAN = ["رجب طيب أردوغان", "أردوغان", "رجب طيب إردوغان", "إردوغان"]
PUTIN = ["فلاديمير بوتين", "بوتين"]
TURKEY = ["القوات المسلحة التركية", "تركيا"]
ARMY_SY = ["الجيش العربي السوري", "الجيش السوري"]
LEAGUE = ["جامعة الدول العربية", "الجامعة العربية"]
TMOD = ["وزارة الدفاع التركية"]
ASSAD = ["بشار الأسد", "الأسد"]
MOROCCO = ["المنتخب الوطني المغربي", "المنتخب المغربي", "الأسود"]
REGRAGUI = ["وليد الركراكي", "الركراكي"]
FRANCE_T = ["منتخب فرنسا", "الفرنسيون"]
EAND = ["اتصالات", "e&"]
BAM = ["بنك المغرب", "مجلس بنك المغرب"]

# ======================================================================= Lebanon 2025
L1, L2, L3 = "l1_aoun_nna_0109", "l2_salam_eg_0114", "l3_macron_lb_0118"

d(L1, "9/1/2025", "2025-01-09")
d(L1, "اليوم الخميس", "2025-01-09")
vague(L1, "أكثر من سنتين")
d(L1, "31 تشرين الأول 2022", "2022-10-31")
vague(L1, "قبل الظهر")
dur(L1, "ساعتين", "PT2H")
d(L1, "الساعة الثانية والنصف بعد الظهر", "2025-01-09T14:30")
d(L1, "اليوم", "2025-01-09", ctx="يبدأ اليوم")
vague(L1, "قريبا جدا")
d(L1, "14 حزيران 2023", "2023-06-14")
vague(L1, "الأيام الماضية")
d(L1, "أمس الأربعاء", "2025-01-08")
d(L1, "يوم الاثنين المقبل", "2025-01-13")

d(L2, "أمس الاثنين", "2025-01-13")
dur(L2, "يوم كامل", "P1D")
dur(L2, "أربعة أيام", "P4D")
d(L2, "يوم الخميس الماضى", "2025-01-09")
vague(L2, "أكثر من عامين")
d(L2, "اليوم", "2025-01-14", ctx="بيروت اليوم قادما")
d(L2, "وقت لاحق من اليوم", "2025-01-14")
d(L2, "غدا الأربعاء", "2025-01-15")
vague(L2, "بين عامى 2007 و2017")
d(L2, "فبراير 2024", "2024-02")
d(L2, "أمس", "2025-01-13", ctx="بيان أمس بتكليف")
d(L2, "يوم الجمعة الماضى", "2025-01-10")
d(L2, "يوم الجمعة المقبل", "2025-01-17")
dur(L2, "الستين يوما", "P60D")
d(L2, "يوم 26 يناير الجارى", "2025-01-26")

d(L3, "السبت 18 كانون الثاني/يناير 2025", "2025-01-18")
d(L3, "مساء أمس الجمعة", "2025-01-17")
dur(L3, "يوما واحدا", "P1D")
d(L3, "التاسع من كانون الثاني/يناير الجاري", "2025-01-09")
d(L3, "4 آب/أغسطس 2020", "2020-08-04")
vague(L3, "خلال أسابيع")
vague(L3, "لاحقا")
d(L3, "يوم الاثنين الماضي", "2025-01-13")
vague(L3, "غداة")
multi(L3, "الأربعاء والخميس", ["2025-01-15", "2025-01-16"])
d(L3, "مساء أمس", "2025-01-17", ctx="بيروت مساء أمس في زيارة")
dur(L3, "يومين", "P2D")
d(L3, "اليوم السبت", "2025-01-18")
vague(L3, "بعد الظهر")
d(L3, "فجر 27 تشرين الثاني/نوفمبر الماضي", "2024-11-27")
dur(L3, "60 يوما", "P60D")
d(L3, "السادس من آب/أغسطس 2020", "2020-08-06")
d(L3, "الأول من أيلول/سبتمبر من العام نفسه", "2020-09-01")
d(L3, "الأسبوع المقبل", "2025-W04", ("2025-01-20", "2025-01-26"), ("2025-01-19", "2025-01-26"))
vague(L3, "منذ سنوات")

C("l_elect", "other", "2025-01-09", who=[PARL, AOUN])
C("l_round1", "other", "2025-01-09", who=[AOUN])
C("l_adjourn", "other", "2025-01-09", who=[BERRI])
C("l_oath", "other", "2025-01-09", who=[AOUN])
C("l_speech", "statement", "2025-01-09", who=[AOUN])
C("l_baabda", "other", "2025-01-09", who=[AOUN, MIKATI])
C("l_mikati", "statement", "2025-01-09", who=[MIKATI])
C("l_macron_call", "call", "2025-01-09", who=[AOUN, MACRON])
C("l_term_end", "other", "2022-10-31", who=[["ميشال عون", "الرئيس ميشال عون"]])
C("l_envoys", "meeting", "2025-01-08", who=[["جان إيف لودريان", "لودريان"], ["يزيد بن فرحان"]])
C("l_binding", "meeting", "2025-01-13", who=[AOUN])
C("l_celebrate", "other", "2025-01-09")
C("l_designate", "other", "2025-01-13", who=[AOUN, SALAM])
C("l_raad", "statement", "2025-01-13", who=[RAAD])
C("l_raad_aoun", "meeting", "2025-01-13", who=[RAAD, AOUN])
C("l_salam_arrives", "other", "2025-01-14", who=[SALAM])
C("l_salam_aoun", "meeting", "2025-01-14", who=[SALAM, AOUN, BERRI])
C("l_nonbinding", "meeting", ("2025-01-15", "2025-01-16"), who=[SALAM])
C("l_icj", "other", "2024-02-06", "2024-02", who=[SALAM])
C("l_egypt", "statement", "2025-01-13", who=[["وزارة الخارجية المصرية", "مصر"]])
C("l_sisi_call", "call", "2025-01-10", who=[SISI, AOUN])
C("l_macron_visit", "meeting", "2025-01-17", who=[MACRON])
C("l_macron_aoun", "meeting", "2025-01-17", who=[MACRON, AOUN])
C("l_macron_says", "statement", "2025-01-17", who=[MACRON])
C("l_aoun_says", "statement", "2025-01-17", who=[AOUN])
C("l_macron_salam", "meeting", "2025-01-17", who=[MACRON, SALAM])
C("l_macron_berri", "meeting", "2025-01-17", who=[MACRON, BERRI])
C("l_salam_says", "statement", "2025-01-16", who=[SALAM])
C("l_guterres_arrives", "other", "2025-01-17", who=[GUTERRES])
C("l_naqoura", "meeting", "2025-01-18", who=[GUTERRES])
C("l_guterres_aoun", "meeting", "2025-01-18", who=[GUTERRES, AOUN])
C("l_truce", "ceasefire", "2024-11-27", who=[["الحكومة اللبنانية", "لبنان"], ["إسرائيل"]])
C("l_blast", "other", "2020-08-04")
C("l_initiative", "other", "2020-09-01", who=[MACRON])
C("l_faisal", "meeting", "2025-01-23", ("2025-01-19", "2025-01-26"), who=[["فيصل بن فرحان", "الأمير فيصل بن فرحان"]])

ev("l_elect", L1, "ينتخب العماد جوزاف عون")
ev("l_elect", L1, "انتخب مجلس النواب اللبناني")
ev("l_elect", L1, "انتخابه", ctx="انتخابه يفتح")
ev("l_round1", L1, "الدورة الأولى", ctx="الدورة الأولى التي جرت")
ev("l_adjourn", L1, "فرفع بري الجلسة")
ev("l_oath", L1, "أقسم الرئيس المنتخب اليمين الدستورية")
ev("l_speech", L1, "ألقى خطاب القسم")
ev("l_baabda", L1, "أقيمت له مراسم استقبال رسمية")
ev("l_mikati", L1, "وهنأ ميقاتي الرئيس الجديد")
ev("l_macron_call", L1, "تلقى عون اتصالا من الرئيس الفرنسي")
ev("l_macron_visit", L1, "سيزور لبنان")
ev("l_term_end", L1, "انتهاء ولاية الرئيس ميشال عون")
ev("l_envoys", L1, "التقيا عددا من النواب")
ev("l_binding", L1, "استشارات نيابية ملزمة")
ev("l_celebrate", L1, "احتفالات")

ev("l_designate", L2, "يكلف نواف سلام بتشكيل الحكومة")
ev("l_designate", L2, "كلف الرئيس اللبنانى جوزاف عون")
ev("l_binding", L2, "الاستشارات النيابية الملزمة")
ev("l_designate", L2, "التكليف", ctx="وجاء التكليف")
ev("l_elect", L2, "انتخاب عون رئيسا للجمهورية")
ev("l_raad", L2, "قال رئيس كتلة حزب الله")
ev("l_raad_aoun", L2, "لقائه الرئيس عون")
ev("l_salam_arrives", L2, "يصل سلام إلى بيروت")
ev("l_salam_aoun", L2, "يلتقى الرئيس عون")
ev("l_nonbinding", L2, "الاستشارات غير الملزمة")
ev("l_icj", L2, "انتخب رئيسا لمحكمة العدل الدولية")
ev("l_egypt", L2, "رحبت وزارة الخارجية المصرية")
ev("l_designate", L2, "تكليف سلام", ctx="بتكليف سلام، وأعربت")
ev("l_sisi_call", L2, "أجرى اتصالا هاتفيا بالرئيس عون")
ev("l_elect", L2, "بانتخابه", ctx="هنأه فيه بانتخابه")
ev("l_designate", L2, "تكليف سلام", ctx="ويأتى تكليف سلام")
ev("l_macron_visit", L2, "أول زيارة لرئيس أجنبى")

ev("l_macron_visit", L3, "زيارة إلى بيروت")
ev("l_elect", L3, "انتخاب العماد جوزاف عون رئيسا للجمهورية")
ev("l_blast", L3, "انفجار مرفأ بيروت")
ev("l_macron_aoun", L3, "عقد لقاء مع الرئيس عون")
ev("l_macron_says", L3, "وقال ماكرون في المؤتمر")
ev("l_aoun_says", L3, "وأكد عون من جهته")
ev("l_macron_salam", L3, "والتقى الرئيس الفرنسي لاحقا")
ev("l_designate", L3, "كلف بتشكيل الحكومة")
ev("l_macron_berri", L3, "اجتمع برئيس مجلس النواب نبيه بري")
ev("l_macron_visit", L3, "وجاءت الزيارة")
ev("l_nonbinding", L3, "الاستشارات غير الملزمة")
ev("l_salam_says", L3, "وأعلن في ختامها")
ev("l_guterres_arrives", L3, "وصل الأمين العام للأمم المتحدة")
ev("l_naqoura", L3, "ويتفقد اليوم السبت مقر")
ev("l_guterres_aoun", L3, "يلتقي الرئيس عون بعد الظهر")
ev("l_truce", L3, "دخل حيز التنفيذ")
ev("l_blast", L3, "انفجار المرفأ", ctx="بعد انفجار المرفأ، الأولى")
ev("l_initiative", L3, "أطلق \"المبادرة الفرنسية\"")
ev("l_faisal", L3, "سيزور بيروت")

# ======================================================================= resolution 2334, 2016
U1, U2, U3 = "u1_2334_afp_1223", "u2_2334_sa_1226", "u3_2334_dz_1229"

d(U1, "23-12-2016", "2016-12-23")
d(U1, "اليوم الجمعة", "2016-12-23")
vague(U1, "في الماضي")
d(U1, "مساء أمس الخميس", "2016-12-22")
d(U1, "اليوم", "2016-12-23", ctx="طرح النص اليوم")
vague(U1, "بعد دقائق")
d(U1, "20 كانون الثاني/يناير", "2017-01-20")
d(U1, "أمس", "2016-12-22", ctx="دعا أمس")
d(U1, "عام 1979", "1979")
d(U1, "شباط/فبراير 2011", "2011-02")

d(U2, "الاثنين 27 ربيع الأول 1438هـ", "2016-12-26")
d(U2, "26 ديسمبر 2016م", "2016-12-26")
vague(U2, "يوم عيد الميلاد", ctx="دول في يوم عيد الميلاد")
d(U2, "أمس (الأحد)", "2016-12-25")
vague(U2, "يوم عيد الميلاد", ctx="في يوم عيد الميلاد الذي")
d(U2, "اليوم نفسه", "2016-12-25")
d(U2, "أمس", "2016-12-25", ctx="لحكومته أمس")
d(U2, "(السبت)", "2016-12-24", ctx="أمر (السبت) بوقف")
d(U2, "الشهر المقبل", "2017-01", ctx="إسرائيل الشهر المقبل")
d(U2, "مساء (الجمعة) الماضي", "2016-12-23")
d(U2, "أمس الأول (السبت)", "2016-12-24")
d(U2, "منتصف الشهر المقبل", "2017-01", ("2017-01-11", "2017-01-20"), ("2017-01-01", "2017-01-31"))
vague(U2, "كل ثلاثة أشهر")
d(U2, "العشرين من يناير المقبل", "2017-01-20")

d(U3, "الخميس 29 ديسمبر 2016", "2016-12-29")
d(U3, "أمس الأربعاء", "2016-12-28")
vague(U3, "أكثر من ساعة")
vague(U3, "1967")
vague(U3, "أقل من ساعة")
d(U3, "صباح أمس", "2016-12-28")
vague(U3, "قبل ساعات")
d(U3, "20 جانفي", "2017-01-20")
d(U3, "أمس", "2016-12-28", ctx="الاحتلال أمس التصويت")
d(U3, "يوم 23 ديسمبر الجاري", "2016-12-23")
vague(U3, "قرابة أربعة عقود")
d(U3, "يوم 24 ديسمبر", "2016-12-24")
d(U3, "يوم 15 جانفي المقبل", "2017-01-15")
dur(U3, "خمسة أيام", "P5D")
vague(U3, "الأسابيع الثلاثة المتبقية")

C("u_vote", "other", "2016-12-23", who=[UNSC])
C("u_postpone", "other", "2016-12-22", who=[["مصر"]])
C("u_trump_sisi", "call", "2016-12-22", who=[TRUMP, SISI])
C("u_egypt_pres", "statement", "2016-12-22", who=[["الرئاسة المصرية"]])
C("u_resubmit", "other", "2016-12-23", ("2016-12-22", "2016-12-23"),
  who=[["نيوزيلندا"], ["ماليزيا"], ["السنغال"], ["فنزويلا"]])
C("u_power", "statement", "2016-12-23", who=[["سامانثا باور", "باور"]])
C("u_neta_statement", "statement", "2016-12-23", who=[["مكتب رئيس الوزراء الإسرائيلي"] + NETANYAHU])
C("u_recall", "other", "2016-12-23", who=[NETANYAHU])
C("u_aburudeina", "statement", "2016-12-23", who=[["نبيل أبو ردينة", "أبو ردينة", "الرئاسة الفلسطينية"]])
C("u_trump_tweet", "statement", "2016-12-23", who=[TRUMP])
C("u_trump_veto", "statement", "2016-12-22", who=[TRUMP])
C("u_veto_2011", "other", "2011-02-18", "2011-02", who=[["إدارة أوباما"]])
C("u_inauguration", "other", "2017-01-20", who=[TRUMP])
C("u_summon", "other", "2016-12-25", who=[["الحكومة الإسرائيلية", "نتنياهو", "إسرائيل"]])
C("u_shapiro", "meeting", "2016-12-25", who=[NETANYAHU, ["دان شابيرو", "السفير الأميركي دان شابيرو"]])
C("u_neta_cabinet", "statement", "2016-12-25", who=[NETANYAHU])
C("u_senegal", "other", "2016-12-24", who=[NETANYAHU])
C("u_saudi", "statement", "2016-12-24", who=[["المملكة العربية السعودية", "مصدر مسؤول في وزارة الخارجية"]])
C("u_aboulgheit", "statement", ("2016-12-23", "2016-12-24"), ("2016-12-23", "2016-12-26"),
  who=[["أحمد أبو الغيط", "الأمين العام لجامعة الدول العربية"]])
C("u_paris", "meeting", "2017-01-15", "2017-01")
C("u_kerry", "statement", "2016-12-28", who=[KERRY])
C("u_neta_reply", "statement", "2016-12-28", who=[NETANYAHU])
C("u_trump_tweet2", "statement", "2016-12-28", who=[TRUMP])
C("u_jerusalem", "other", "2016-12-28", who=[["لجنة التخطيط والبناء"]])
C("u_algeria", "statement", "2016-12-24", who=[["الجزائر", "وزارة الشؤون الخارجية"]])

ev("u_vote", U1, "تبنى مجلس الأمن الدولي")
ev("u_vote", U1, "وحظي القرار")
ev("u_postpone", U1, "إرجاء التصويت")
ev("u_trump_sisi", U1, "اتصال هاتفي أجراه")
ev("u_egypt_pres", U1, "وقالت الرئاسة المصرية")
ev("u_resubmit", U1, "أعادت نيوزيلندا وماليزيا والسنغال وفنزويلا طرح النص")
ev("u_power", U1, "وقالت السفيرة الأميركية سامانثا باور")
ev("u_neta_statement", U1, "أعلن مكتب رئيس الوزراء الإسرائيلي")
ev("u_recall", U1, "وأمر نتانياهو باستدعاء سفيري إسرائيل")
ev("u_aburudeina", U1, "ورحب الناطق باسم الرئاسة الفلسطينية")
ev("u_trump_tweet", U1, "وكتب ترامب على تويتر")
ev("u_inauguration", U1, "تسلمه مهامه")
ev("u_trump_veto", U1, "قد دعا", ctx="ترامب قد دعا")
ev("u_veto_2011", U1, "استخدمت الفيتو")

ev("u_summon", U2, "يستدعي سفراء 10 دول")
ev("u_summon", U2, "استدعت وزارة الخارجية سفراء عشر دول")
ev("u_summon", U2, "وشمل الاستدعاء")
ev("u_shapiro", U2, "إلى لقاء معه")
ev("u_neta_cabinet", U2, "وقال نتنياهو في مستهل الجلسة الأسبوعية")
ev("u_senegal", U2, "بوقف برامج المساعدات للسنغال")
ev("u_vote", U2, "تبنى القرار")
ev("u_saudi", U2, "ترحب بقرار وقف الاستيطان")
ev("u_saudi", U2, "أعرب مصدر مسؤول في وزارة الخارجية")
ev("u_vote", U2, "بتبني مجلس الأمن للقرار")
ev("u_aboulgheit", U2, "رحب الأمين العام لجامعة الدول العربية")
ev("u_paris", U2, "مؤتمر السلام الذي تستضيفه باريس")
ev("u_inauguration", U2, "يتسلم مهامه")

ev("u_kerry", U3, "كيري يدافع عن الامتناع")
ev("u_kerry", U3, "دافع وزير الخارجية الأمريكي جون كيري")
ev("u_kerry", U3, "خطاب مطول ألقاه")
ev("u_neta_reply", U3, "نتنياهو يرد")
ev("u_neta_reply", U3, "رد على كيري في كلمة متلفزة")
ev("u_trump_tweet2", U3, "كتب على تويتر")
ev("u_kerry", U3, "خطاب كيري")
ev("u_jerusalem", U3, "أرجأت لجنة التخطيط والبناء")
ev("u_vote", U3, "صادق على القرار")
ev("u_algeria", U3, "ورحبت الجزائر")
ev("u_vote", U3, "بتبني القرار")
ev("u_paris", U3, "مؤتمر باريس للسلام")
ev("u_inauguration", U3, "تنصيب ترامب")

# ======================================================================= Mubarak 2012-2013
M1, M2, M3 = "m1_mubarak_eg_0603", "m2_mubarak_sa_0604", "m3_mubarak_ma_0114"

d(M1, "أمس السبت", "2012-06-02")
vague(M1, "25 يناير")
d(M1, "العاشرة صباحا", "2012-06-02T10:00")
dur(M1, "ثلاثون عاما", "P30Y")
vague(M1, "أكثر من ساعة")
d(M1, "مساء أمس", "2012-06-02", ctx="التحرير مساء أمس")
d(M1, "مساء أمس", "2012-06-02", ctx="صحفى مساء أمس")
d(M1, "3 أغسطس من العام الماضى", "2011-08-03")
vague(M1, "نحو عشرة أشهر")
dur(M1, "أسبوعين", "P2W")
multi(M1, "يومى 16 و17 يونيو الجارى", ["2012-06-16", "2012-06-17"])

d(M2, "الاثنين 14 رجب 1433هـ", "2012-06-04")
d(M2, "4 يونيو 2012م", "2012-06-04")
d(M2, "أمس (الأحد)", "2012-06-03")
dur(M2, "60 يوما", "P60D")
d(M2, "(السبت) الماضي", "2012-06-02")
vague(M2, "لليوم الثاني", ctx="يمتلئ لليوم الثاني")
vague(M2, "قرابة عشرة أشهر")
d(M2, "أمس", "2012-06-03", ctx="وتواصل أمس")
vague(M2, "لليوم الثاني على التوالي")
d(M2, "غدا (الثلاثاء)", "2012-06-05")
d(M2, "أمس", "2012-06-03", ctx="تصريحات أمس")
d(M2, "ليل السبت", "2012-06-02", ("2012-06-02", "2012-06-02"), ("2012-06-02", "2012-06-03"))
d(M2, "أمس", "2012-06-03", ctx="مرسي أمس")
vague(M2, "أشهرا")
multi(M2, "يومي 23 و24 مايو الماضي", ["2012-05-23", "2012-05-24"])
multi(M2, "يومي 16 و17 يونيو الجاري", ["2012-06-16", "2012-06-17"])
d(M2, "11 فبراير 2011", "2011-02-11")
d(M2, "نهاية يونيو الجاري", "2012-06", ("2012-06-21", "2012-06-30"), ("2012-06-01", "2012-06-30"))

d(M3, "أمس الأحد", "2013-01-13")
vague(M3, "مطلع سنة 2011")
vague(M3, "سوى دقائق")
d(M3, "يوم 2 يونيو الماضي", "2012-06-02")
vague(M3, "حينها")
vague(M3, "خلال أسابيع")
vague(M3, "84 سنة")
d(M3, "الأمس", "2013-01-13")
d(M3, "أواخر دجنبر الماضي", "2012-12", ("2012-12-21", "2012-12-31"), ("2012-12-01", "2012-12-31"))
vague(M3, "أكثر من ستة أشهر")
d(M3, "يوم 30 يونيو الماضي", "2012-06-30")
d(M3, "22 نونبر الماضي", "2012-11-22")
d(M3, "مطلع يناير الجاري", "2013-01", ("2013-01-01", "2013-01-10"), ("2013-01-01", "2013-01-31"))
vague(M3, "الربيع المقبل")
d(M3, "يوم 3 غشت 2011", "2011-08-03")

C("m_verdict", "other", "2012-06-02", who=[COURT, MUBARAK, ADLY])
C("m_tora", "other", "2012-06-02", who=[MUBARAK])
C("m_health", "other", "2012-06-02", ("2012-06-02", "2012-06-03"), who=[MUBARAK])
C("m_tahrir", "other", "2012-06-02")
C("m_cities", "other", "2012-06-02")
C("m_morsi", "statement", "2012-06-02", who=[MORSI])
C("m_shafik", "statement", "2012-06-02", who=[SHAFIK])
C("m_deeb", "statement", "2012-06-02", who=[DEEB])
C("m_trial", "other", "2011-08-03", who=[MUBARAK])
C("m_runoff", "other", ("2012-06-16", "2012-06-17"), who=[MORSI, SHAFIK])
C("m_appeal", "other", "2012-06-03", who=[PROSECUTOR])
C("m_pros_statement", "statement", "2012-06-03", who=[["النيابة العامة", "النيابة المصرية"]])
C("m_tahrir2", "other", "2012-06-03")
C("m_naguib", "statement", "2012-06-03", who=[["محمد نجيب", "اللواء محمد نجيب"]])
C("m_morsi_families", "meeting", "2012-06-03", who=[MORSI])
C("m_morsi_pledge", "statement", "2012-06-03", who=[MORSI])
C("m_shafik2", "statement", "2012-06-03", who=[SHAFIK])
C("m_round1", "other", ("2012-05-23", "2012-05-24"))
C("m_stepdown", "other", "2011-02-11", who=[MUBARAK])
C("m_scaf", "other", "2011-02-11", who=[["المجلس الأعلى للقوات المسلحة"]])
C("m_cassation", "other", "2013-01-13", who=[["محكمة النقض", "محكمة النقض المصرية"], MUBARAK])
C("m_deeb2", "statement", "2013-01-13", who=[DEEB])
C("m_maadi", "other", "2012-12-27", ("2012-12-21", "2012-12-31"), who=[MUBARAK])
C("m_fall", "other", "2012-12-19", ("2012-06-02", "2012-12-31"), who=[MUBARAK])
C("m_morsi_oath", "other", "2012-06-30", who=[MORSI])
C("m_sack", "other", "2012-11-22", who=[MORSI, PROSECUTOR])
C("m_appoint", "other", "2012-11-22", who=[MORSI, ["طلعت عبد الله", "المستشار طلعت عبد الله"]])
C("m_report", "other", ("2013-01-01", "2013-01-10"), "2013-01", who=[MORSI])

ev("m_verdict", M1, "قضت محكمة جنايات القاهرة")
ev("m_verdict", M1, "قضت المحكمة", ctx="كما قضت المحكمة")
ev("m_verdict", M1, "صدور الحكم")
ev("m_tora", M1, "نقلت طائرة مروحية الرئيس السابق")
ev("m_health", M1, "تعرضه لأزمة صحية")
ev("m_verdict", M1, "وأثار الحكم")
ev("m_tahrir", M1, "توافد آلاف المتظاهرين")
ev("m_cities", M1, "مظاهرات مماثلة")
ev("m_morsi", M1, "وقال الدكتور محمد مرسى")
ev("m_shafik", M1, "أكد منافسه الفريق أحمد شفيق")
ev("m_deeb", M1, "أعلن فريد الديب")
ev("m_trial", M1, "محاكمة مبارك قد بدأت")
ev("m_verdict", M1, "ويأتى الحكم")
ev("m_runoff", M1, "جولة الإعادة فى الانتخابات الرئاسية")

ev("m_appeal", M2, "النيابة المصرية تطعن على حكم مبارك")
ev("m_appeal", M2, "قرر النائب العام المصري")
ev("m_verdict", M2, "الأحكام الصادرة في قضية قتل المتظاهرين")
ev("m_pros_statement", M2, "وقال بيان للنيابة العامة")
ev("m_verdict", M2, "أصدرت أحكامها")
ev("m_tahrir2", M2, "توافد المحتجين")
ev("m_naguib", M2, "أكد مساعد وزير الداخلية")
ev("m_health", M2, "تعرض لأزمة صحية")
ev("m_tora", M2, "نقله إلى مستشفى سجن طرة")
ev("m_morsi_pledge", M2, "تعهد المرشح الرئاسي محمد مرسي")
ev("m_morsi_families", M2, "لقائه ممثلين عن أسر الشهداء")
ev("m_shafik2", M2, "هاجم منافسه أحمد شفيق")
ev("m_round1", M2, "صوتوا في الجولة الأولى")
ev("m_runoff", M2, "وتجرى جولة الإعادة")
ev("m_scaf", M2, "وتسلم المجلس الأعلى للقوات المسلحة السلطة")
ev("m_stepdown", M2, "تنحي مبارك")

ev("m_cassation", M3, "تلغي الحكم على مبارك")
ev("m_cassation", M3, "ألغت محكمة النقض المصرية")
ev("m_verdict", M3, "الحكم الصادر بالسجن المؤبد")
ev("m_cassation", M3, "وقبلت المحكمة")
ev("m_verdict", M3, "قد قضت", ctx="قد قضت يوم 2")
ev("m_tahrir", M3, "موجة احتجاجات واسعة")
ev("m_deeb2", M3, "وقال فريد الديب")
ev("m_cassation", M3, "صدور القرار")
ev("m_maadi", M3, "نقل إليه من مستشفى سجن طرة")
ev("m_fall", M3, "سقوطه في حمام محبسه")
ev("m_cassation", M3, "وتأتي هذه الخطوة")
ev("m_morsi_oath", M3, "تولي محمد مرسي")
ev("m_morsi_oath", M3, "أدى اليمين الدستورية")
ev("m_sack", M3, "أقال النائب العام")
ev("m_appoint", M3, "وعين مكانه")
ev("m_report", M3, "تسلم الرئيس المصري")
ev("m_trial", M3, "انطلقت", ctx="الأولى انطلقت")

# ======================================================================= Peace Spring, 2019
T1, T2, T3 = "t1_spring_aa_1009", "t2_spring_sana_1014", "t3_spring_lon_1023"

d(T1, "اليوم الأربعاء", "2019-10-09")
d(T1, "مساء اليوم", "2019-10-09")
d(T1, "مساء الأحد الماضي", "2019-10-06")
vague(T1, "قريبا")
vague(T1, "منذ وقت طويل")
d(T1, "يوم الاثنين", "2019-10-07")
d(T1, "يوم السبت المقبل", "2019-10-12")
d(T1, "غدا الخميس", "2019-10-10")
d(T1, "أغسطس/ آب 2016", "2016-08")
d(T1, "يناير/ كانون الثاني 2018", "2018-01")

d(T2, "اليوم", "2019-10-14", ctx="السوري اليوم باتجاه")
d(T2, "مساء أمس", "2019-10-13")
dur(T2, "أربعة أيام", "P4D")
d(T2, "التاسع من تشرين الأول الجاري", "2019-10-09")
d(T2, "اليوم", "2019-10-14", ctx="تركي اليوم محيط")
d(T2, "أمس", "2019-10-13", ctx="لتركيا أمس على")
d(T2, "السبت الماضي", "2019-10-12")
d(T2, "اليوم نفسه", "2019-10-12")
d(T2, "اليوم", "2019-10-14", ctx="الأوروبي اليوم في")
d(T2, "أمس", "2019-10-13", ctx="إسبر أمس")
d(T2, "الأربعاء الماضي", "2019-10-09")

dur(T3, "150 ساعة", "PT150H", ctx="خلال 150 ساعة\n")
d(T3, "أمس (الثلاثاء)", "2019-10-22")
vague(T3, "أكثر من ست ساعات")
dur(T3, "150 ساعة", "PT150H", ctx="خلال 150 ساعة،")
d(T3, "ظهر اليوم (الأربعاء)", "2019-10-23")
d(T3, "عام 1998", "1998")
dur(T3, "120 ساعة", "PT120H")
vague(T3, "قبل ساعات")
d(T3, "(الخميس) الماضي", "2019-10-17")
d(T3, "مساء أمس", "2019-10-22")
vague(T3, "ليلاً")
d(T3, "التاسع من أكتوبر (تشرين الأول) الحالي", "2019-10-09")
dur(T3, "ثلاثة أيام", "P3D")
vague(T3, "خلال أيام")
d(T3, "أول من أمس (الأحد)", "2019-10-20")
d(T3, "(الثلاثاء)", "2019-10-22", ctx="زيارته (الثلاثاء)")
d(T3, "عام 2011", "2011")
d(T3, "الأسبوع المقبل", "2019-W44", ("2019-10-28", "2019-11-03"), ("2019-10-26", "2019-11-03"))
d(T3, "يوم 30 أكتوبر", "2019-10-30")

C("t_op", "strike", "2019-10-09", who=[TURKEY, ["الجيش الوطني السوري"]])
C("t_erdogan_tweet", "statement", "2019-10-09", who=[ERDOGAN])
C("t_air", "strike", "2019-10-09", who=[["المقاتلات التركية", "تركيا"]])
C("t_artillery", "strike", "2019-10-09")
C("t_mod", "statement", "2019-10-09", who=[TMOD])
C("t_ground", "other", "2019-10-09", who=[["القوات البرية"]])
C("t_putin_call", "call", "2019-10-09", who=[ERDOGAN, PUTIN])
C("t_white_house", "statement", "2019-10-06", who=[["البيت الأبيض"]])
C("t_trump_call", "call", "2019-10-06", who=[ERDOGAN, TRUMP])
C("t_us_pullback", "other", "2019-10-07", who=[["واشنطن", "القوات الأمريكية"]])
C("t_league", "meeting", "2019-10-12", who=[LEAGUE])
C("t_unsc", "meeting", "2019-10-10", who=[UNSC])
C("t_shield", "strike", "2016-08-24", "2016-08")
C("t_olive", "strike", "2018-01-20", "2018-01", who=[["الجيش التركي"]])
C("t_army_moves", "other", "2019-10-14", who=[ARMY_SY])
C("t_tal_tamr", "other", "2019-10-14", who=[ARMY_SY])
C("t_manbij", "other", "2019-10-14", who=[ARMY_SY])
C("t_sdf_deal", "other", "2019-10-13", who=[["الحكومة السورية"]])
C("t_ras_shelling", "strike", "2019-10-14", who=[["تركيا"]])
C("t_tal_abyad", "capture", "2019-10-13", who=[["المجموعات الإرهابية الموالية لتركيا", "تركيا"]])
C("t_league_statement", "statement", "2019-10-12", who=[LEAGUE])
C("t_hevrin", "strike", "2019-10-12",
  who=[["المجموعات المرتبطة بالاحتلال التركي"], ["هفرين خلف"]])
C("t_miqdad", "statement", "2019-10-14", ("2019-10-13", "2019-10-14"), who=[["فيصل المقداد"]])
C("t_eu_meeting", "meeting", "2019-10-14", who=[["الاتحاد الأوروبي"]])
C("t_eu_statement", "statement", "2019-10-14", who=[["الاتحاد الأوروبي"]])
C("t_esper", "statement", "2019-10-13", who=[["مارك إسبر", "وزير الدفاع الأمريكي مارك إسبر"]])
C("t_sochi", "other", "2019-10-22", who=[PUTIN, ERDOGAN])
C("t_sochi_talks", "meeting", "2019-10-22", who=[PUTIN, ERDOGAN])
C("t_putin_says", "statement", "2019-10-22", who=[PUTIN])
C("t_erdogan_says", "statement", "2019-10-22", who=[ERDOGAN])
C("t_pause", "ceasefire", "2019-10-17", who=[ERDOGAN, ["مايك بنس", "بنس"]])
C("t_pause_end", "other", "2019-10-22")
C("t_trump_post", "statement", "2019-10-22", ("2019-10-22", "2019-10-23"), who=[TRUMP])
C("t_mod2", "statement", "2019-10-22", ("2019-10-22", "2019-10-23"), who=[TMOD])
C("t_sdf_says", "statement", "2019-10-20", who=[["قوات سوريا الديمقراطية", "قسد"]])
C("t_ras_withdrawal", "other", "2019-10-20", who=[["قوات سوريا الديمقراطية", "قسد"]])
C("t_assad_visit", "meeting", "2019-10-22", who=[ASSAD])
C("t_assad_says", "statement", "2019-10-22", who=[ASSAD])
C("t_committee", "meeting", "2019-10-30", who=[["اللجنة الدستورية السورية"]])

ev("t_op", T1, "إطلاق عملية \"نبع السلام\"")
ev("t_op", T1, "إطلاق القوات المسلحة التركية")
ev("t_erdogan_tweet", T1, "وقال أردوغان في تغريدة")
ev("t_air", T1, "بغارات جوية نفذتها المقاتلات التركية")
ev("t_artillery", T1, "قصف مدفعي مكثف")
ev("t_mod", T1, "أعلنت وزارة الدفاع التركية في تغريدة")
ev("t_ground", T1, "العملية البرية انطلقت")
ev("t_op", T1, "انطلاق العملية")
ev("t_putin_call", T1, "أجرى أردوغان اتصالا هاتفيا")
ev("t_white_house", T1, "وكان البيت الأبيض قد أعلن")
ev("t_trump_call", T1, "اتصال هاتفي بين أردوغان")
ev("t_us_pullback", T1, "وسحبت واشنطن")
ev("t_league", T1, "اجتماع طارئ لمجلس جامعة الدول العربية")
ev("t_unsc", T1, "جلسة مشاورات مغلقة")
ev("t_op", T1, "ويأتي إطلاق")
ev("t_shield", T1, "انطلقت", ctx="التي انطلقت في أغسطس")
ev("t_olive", T1, "أطلقها الجيش التركي")

ev("t_army_moves", T2, "تتحرك نحو الشمال")
ev("t_army_moves", T2, "تحركت وحدات من الجيش العربي السوري")
ev("t_tal_tamr", T2, "ودخلت بلدة تل تمر")
ev("t_manbij", T2, "انتشرت وحدات أخرى")
ev("t_sdf_deal", T2, "التوصل إلى اتفاق")
ev("t_op", T2, "بدء العدوان التركي")
ev("t_ras_shelling", T2, "استهدف قصف مدفعي تركي")
ev("t_tal_abyad", T2, "سيطرت المجموعات الإرهابية الموالية لتركيا")
ev("t_league_statement", T2, "قد أدانت")
ev("t_league", T2, "اجتماعها الطارئ")
ev("t_hevrin", T2, "قتلت المجموعات المرتبطة بالاحتلال التركي")
ev("t_miqdad", T2, "أكد نائب وزير الخارجية والمغتربين")
ev("t_eu_statement", T2, "وأعلن الاتحاد الأوروبي")
ev("t_eu_meeting", T2, "اجتماع لوزراء خارجيته")
ev("t_esper", T2, "أعلن وزير الدفاع الأمريكي")

ev("t_sochi", T3, "مذكرة سوتشي")
ev("t_sochi", T3, "توصل الرئيسان")
ev("t_sochi_talks", T3, "محادثات ماراثونية")
ev("t_putin_says", T3, "وأعلن بوتين في مؤتمر صحافي")
ev("t_erdogan_says", T3, "فيما قال إردوغان")
ev("t_sochi", T3, "وجاء توقيع المذكرة")
ev("t_pause_end", T3, "انتهاء مهلة")
ev("t_pause", T3, "أبرمه إردوغان مع نائب الرئيس الأميركي")
ev("t_pause_end", T3, "وانتهت")
ev("t_trump_post", T3, "كتب الرئيس دونالد ترامب")
ev("t_mod2", T3, "أعلنت وزارة الدفاع التركية ليلاً")
ev("t_op", T3, "قد أطلقت العملية")
ev("t_white_house", T3, "إعلان البيت الأبيض")
ev("t_sdf_says", T3, "وأعلنت «قوات سوريا الديمقراطية»")
ev("t_ras_withdrawal", T3, "انسحبت بالكامل من رأس العين")
ev("t_assad_says", T3, "أكد الرئيس السوري بشار الأسد")
ev("t_assad_visit", T3, "زيارته", ctx="زيارته (الثلاثاء)")
ev("t_committee", T3, "انطلاق اجتماعات اللجنة الدستورية")

# ======================================================================= distractors
X1, X2, X3, X4 = "x1_atlas_ma_1211", "x2_eand_ae_0224", "x3_bam_ma_0928", "x4_redsea_lb_1207"

d(X1, "مساء أمس السبت", "2022-12-10")
d(X1, "يوم الثلاثاء الماضي", "2022-12-06")
d(X1, "يوم الأربعاء المقبل", "2022-12-14")
d(X1, "مساء أمس", "2022-12-10", ctx="مقابل هدف مساء أمس")
d(X1, "مساء أمس", "2022-12-10", ctx="السادس، مساء أمس")
vague(X1, "ساعات الفجر")
d(X1, "غشت الماضي", "2022-08")
vague(X1, "أقل من أربعة أشهر")
vague(X1, "1986")

d(X2, "الخميس 23 رجب 1443هـ", "2022-02-24")
d(X2, "24 فبراير 2022م", "2022-02-24")
d(X2, "أمس (الأربعاء)", "2022-02-23")
d(X2, "مساء أمس", "2022-02-23")
d(X2, "أمس", "2022-02-23", ctx="تعاملات أمس")
d(X2, "يوم الاثنين المقبل", "2022-02-28")
d(X2, "3 مارس", "2022-03-03")
d(X2, "31 مارس المقبل", "2022-03-31")
d(X2, "عام 1976", "1976")
vague(X2, "اليوم", ctx="وتعمل اليوم")
vague(X2, "نحو عام")

d(X3, "الأربعاء 28 شتنبر 2022", "2022-09-28")
d(X3, "أمس الثلاثاء", "2022-09-27")
d(X3, "سنة 2008", "2008")
d(X3, "شهر غشت", "2022-08")
vague(X3, "أزيد من ثلاثة عقود")
d(X3, "مساء أمس", "2022-09-27")
d(X3, "السنة الجارية", "2022")
d(X3, "2023", "2023")
d(X3, "سنة 2022", "2022")
d(X3, "السنة الماضية", "2021")
d(X3, "يوم الأربعاء الماضي", "2022-09-21")
d(X3, "يونيو 2020", "2020-06")
vague(X3, "منذ ذلك الحين")
d(X3, "يوم 20 دجنبر", "2022-12-20")

d(X4, "الثلاثاء 7 كانون الأول/ديسمبر 2021", "2021-12-07")
d(X4, "مساء أمس الاثنين", "2021-12-06")
d(X4, "15 كانون الأول/ديسمبر الجاري", "2021-12-15")
vague(X4, "عقود من الغياب")
d(X4, "آذار/مارس 2020", "2020-03")
dur(X4, "أربع سنوات", "P4Y")
d(X4, "نيسان/أبريل 2018", "2018-04")

C("x1_match", "other", "2022-12-10", who=[MOROCCO, ["المنتخب البرتغالي", "البرتغال"]])
C("x1_press", "statement", "2022-12-10", who=[REGRAGUI])
C("x1_spain", "other", "2022-12-06", who=[MOROCCO, ["إسبانيا"]])
C("x1_semi", "other", "2022-12-14", who=[MOROCCO, FRANCE_T])
C("x1_france_england", "other", "2022-12-10", who=[FRANCE_T, ["إنجلترا"]])
C("x1_king", "other", "2022-12-10", who=[["الملك محمد السادس", "محمد السادس"]])
C("x1_regragui", "other", "2022-08-31", "2022-08", who=[REGRAGUI])
C("x2_launch", "other", "2022-02-23", who=[EAND])
C("x2_dowidar", "statement", "2022-02-23", ("2022-02-23", "2022-02-24"), who=[["حاتم دويدار"]])
C("x2_share", "other", "2022-02-23")
C("x2_mwc", "other", ("2022-02-28", "2022-03-03"))
C("x2_expo_close", "other", "2022-03-31")
C("x2_founded", "other", "1976", who=[EAND])
C("x3_hike", "other", "2022-09-27", who=[BAM])
C("x3_meeting", "meeting", "2022-09-27", who=[BAM])
C("x3_communique", "statement", "2022-09-27", who=[["البنك المركزي", "بنك المغرب"]])
C("x3_jouahri", "statement", "2022-09-27", who=[["عبد اللطيف الجواهري", "الجواهري"]])
C("x3_fed", "other", "2022-09-21", who=[["الاحتياطي الفيدرالي الأمريكي"]])
C("x3_cut_2020", "other", "2020-06-16", "2020-06", who=[BAM])
C("x3_next", "meeting", "2022-12-20", who=[["مجلس البنك", "بنك المغرب"]])
C("x4_opening", "other", "2021-12-06")
C("x4_deneuve", "other", "2021-12-06", who=[["إدارة المهرجان"], ["كاترين دونوف"]])
C("x4_turki", "statement", "2021-12-06", who=[["محمد التركي"]])
C("x4_postponed", "other", ("2020-01-01", "2020-03-31"))
C("x4_first_cinema", "other", "2018-04-18", "2018-04")
C("x4_ban_lifted", "other", "2017-12-11", "2017")

ev("x1_match", X1, "يطيحون بالبرتغال")
ev("x1_match", X1, "فوزه على نظيره البرتغالي")
ev("x1_match", X1, "المباراة التي جمعتهما")
ev("x1_press", X1, "وقال المدرب وليد الركراكي")
ev("x1_spain", X1, "أقصى إسبانيا")
ev("x1_semi", X1, "وسيواجه الأسود")
ev("x1_france_england", X1, "تغلب الفرنسيون على إنجلترا")
ev("x1_king", X1, "وخرج جلالة الملك محمد السادس")
ev("x1_regragui", X1, "تسلم مهمة تدريب المنتخب")

ev("x2_launch", X2, "تطلق هويتها المؤسسية الجديدة")
ev("x2_launch", X2, "أطلقت مجموعة \"اتصالات\"")
ev("x2_dowidar", X2, "وقال حاتم دويدار")
ev("x2_launch", X2, "وترافق الإعلان")
ev("x2_share", X2, "ارتفع سهم المجموعة")
ev("x2_mwc", X2, "المؤتمر العالمي للجوال")
ev("x2_expo_close", X2, "اختتامه")
ev("x2_founded", X2, "وتأسست")

ev("x3_hike", X3, "يرفع سعر الفائدة الرئيسي")
ev("x3_hike", X3, "قرر مجلس بنك المغرب")
ev("x3_meeting", X3, "اجتماعه الفصلي المنعقد")
ev("x3_communique", X3, "بلاغ صدر عقب الاجتماع")
ev("x3_jouahri", X3, "وقال والي بنك المغرب")
ev("x3_hike", X3, "ولم يكن القرار مفاجئا")
ev("x3_fed", X3, "رفع الاحتياطي الفيدرالي الأمريكي")
ev("x3_cut_2020", X3, "خفض سعر الفائدة الرئيسي")
ev("x3_next", X3, "اجتماعه الفصلي المقبل")

ev("x4_opening", X4, "ينطلق في جدة")
ev("x4_opening", X4, "انطلقت", ctx="انطلقت مساء أمس الاثنين")
ev("x4_opening", X4, "وافتتح المهرجان")
ev("x4_deneuve", X4, "كرمت إدارة المهرجان")
ev("x4_turki", X4, "وقال الرئيس التنفيذي للمهرجان")
ev("x4_postponed", X4, "تؤجل بسبب جائحة كورونا")
ev("x4_first_cinema", X4, "افتتحت أول صالة عرض")
ev("x4_ban_lifted", X4, "رفع الحظر عن دور السينما")

# ======================================================================= relations
DIFF = [
    # Lebanon: the vote, its rounds and what followed the same day; the designation and the consultations
    ("l_elect", "l_round1"), ("l_elect", "l_oath"), ("l_oath", "l_speech"), ("l_elect", "l_adjourn"),
    ("l_elect", "l_baabda"), ("l_elect", "l_macron_call"), ("l_elect", "l_celebrate"), ("l_mikati", "l_speech"),
    ("l_designate", "l_binding"), ("l_raad", "l_raad_aoun"), ("l_binding", "l_raad_aoun"),
    ("l_salam_arrives", "l_salam_aoun"), ("l_nonbinding", "l_salam_says"), ("l_binding", "l_nonbinding"),
    ("l_macron_call", "l_macron_visit"), ("l_sisi_call", "l_macron_call"), ("l_egypt", "l_sisi_call"),
    ("l_macron_visit", "l_macron_aoun"), ("l_macron_aoun", "l_macron_salam"), ("l_macron_aoun", "l_macron_berri"),
    ("l_macron_salam", "l_macron_berri"), ("l_macron_says", "l_aoun_says"), ("l_macron_says", "l_macron_aoun"),
    ("l_guterres_arrives", "l_macron_visit"), ("l_naqoura", "l_guterres_aoun"), ("l_guterres_arrives", "l_naqoura"),
    ("l_guterres_aoun", "l_macron_aoun"), ("l_faisal", "l_macron_visit"), ("l_icj", "l_elect"),
    ("l_blast", "l_initiative"),
    # 2334: the vote and the calls, statements and measures around it
    ("u_vote", "u_postpone"), ("u_vote", "u_resubmit"), ("u_postpone", "u_trump_sisi"), ("u_trump_sisi", "u_egypt_pres"),
    ("u_trump_veto", "u_trump_sisi"), ("u_trump_tweet", "u_trump_veto"), ("u_trump_tweet", "u_trump_tweet2"),
    ("u_power", "u_vote"), ("u_neta_statement", "u_recall"), ("u_neta_statement", "u_neta_cabinet"),
    ("u_summon", "u_shapiro"), ("u_summon", "u_recall"), ("u_senegal", "u_recall"), ("u_neta_cabinet", "u_shapiro"),
    ("u_saudi", "u_algeria"), ("u_saudi", "u_aboulgheit"), ("u_aburudeina", "u_neta_statement"),
    ("u_kerry", "u_neta_reply"), ("u_kerry", "u_trump_tweet2"), ("u_neta_reply", "u_trump_tweet2"),
    ("u_jerusalem", "u_kerry"), ("u_veto_2011", "u_vote"), ("u_paris", "u_inauguration"),
    # Mubarak: the verdict, its consequences, the appeal and the cassation
    ("m_verdict", "m_tora"), ("m_tora", "m_health"), ("m_verdict", "m_tahrir"), ("m_tahrir", "m_tahrir2"),
    ("m_tahrir", "m_cities"), ("m_morsi", "m_shafik"), ("m_morsi", "m_morsi_pledge"), ("m_deeb", "m_deeb2"),
    ("m_appeal", "m_pros_statement"), ("m_morsi_pledge", "m_morsi_families"), ("m_shafik", "m_shafik2"),
    ("m_verdict", "m_cassation"), ("m_verdict", "m_trial"), ("m_round1", "m_runoff"), ("m_stepdown", "m_scaf"),
    ("m_maadi", "m_tora"), ("m_fall", "m_maadi"), ("m_sack", "m_appoint"), ("m_cassation", "m_appeal"),
    ("m_morsi_oath", "m_runoff"), ("m_appeal", "m_deeb"),
    # Peace Spring: the launch, its strikes and announcements; the two agreements and the deal with Damascus
    ("t_op", "t_erdogan_tweet"), ("t_op", "t_air"), ("t_air", "t_artillery"), ("t_op", "t_ground"),
    ("t_mod", "t_ground"), ("t_op", "t_putin_call"), ("t_white_house", "t_trump_call"), ("t_trump_call", "t_putin_call"),
    ("t_us_pullback", "t_white_house"), ("t_league", "t_league_statement"), ("t_league", "t_unsc"),
    ("t_shield", "t_olive"), ("t_op", "t_shield"), ("t_op", "t_olive"), ("t_army_moves", "t_tal_tamr"),
    ("t_tal_tamr", "t_manbij"), ("t_sdf_deal", "t_army_moves"), ("t_tal_abyad", "t_ras_shelling"),
    ("t_hevrin", "t_league"), ("t_eu_meeting", "t_eu_statement"), ("t_sochi", "t_sochi_talks"),
    ("t_sochi", "t_pause"), ("t_pause", "t_pause_end"), ("t_sochi", "t_pause_end"), ("t_putin_says", "t_erdogan_says"),
    ("t_sdf_says", "t_ras_withdrawal"), ("t_assad_visit", "t_assad_says"), ("t_mod", "t_mod2"),
    ("t_erdogan_tweet", "t_erdogan_says"), ("t_putin_call", "t_sochi_talks"),
    # distractors
    ("x1_match", "x1_spain"), ("x1_match", "x1_semi"), ("x1_match", "x1_france_england"), ("x1_match", "x1_king"),
    ("x2_launch", "x2_share"), ("x2_launch", "x2_founded"), ("x3_hike", "x3_meeting"), ("x3_hike", "x3_communique"),
    ("x3_hike", "x3_cut_2020"), ("x3_hike", "x3_fed"), ("x3_meeting", "x3_next"), ("x4_opening", "x4_deneuve"),
    ("x4_first_cinema", "x4_ban_lifted"), ("x4_opening", "x4_postponed"),
]

BEFORE = [
    # Lebanon chain
    ("l_blast", "l_initiative"), ("l_initiative", "l_term_end"), ("l_term_end", "l_icj"), ("l_icj", "l_truce"),
    ("l_truce", "l_envoys"), ("l_envoys", "l_elect"), ("l_elect", "l_sisi_call"), ("l_sisi_call", "l_designate"),
    ("l_designate", "l_salam_arrives"), ("l_salam_arrives", "l_nonbinding"), ("l_nonbinding", "l_macron_visit"),
    ("l_macron_visit", "l_naqoura"), ("l_naqoura", "l_faisal"),
    # Lebanon side links
    ("l_macron_call", "l_binding"), ("l_binding", "l_salam_aoun"), ("l_raad", "l_salam_says"),
    ("l_egypt", "l_salam_aoun"), ("l_salam_says", "l_macron_aoun"), ("l_guterres_arrives", "l_guterres_aoun"),
    ("l_oath", "l_raad_aoun"), ("l_macron_salam", "l_faisal"),
    # 2334 chain
    ("u_veto_2011", "u_trump_veto"), ("u_trump_sisi", "u_vote"), ("u_vote", "u_senegal"), ("u_senegal", "u_summon"),
    ("u_summon", "u_kerry"), ("u_kerry", "u_paris"), ("u_paris", "u_inauguration"),
    # 2334 side links
    ("u_postpone", "u_resubmit"), ("u_egypt_pres", "u_power"), ("u_neta_statement", "u_saudi"),
    ("u_algeria", "u_neta_cabinet"), ("u_shapiro", "u_jerusalem"), ("u_recall", "u_algeria"),
    ("u_trump_tweet", "u_trump_tweet2"), ("u_neta_reply", "u_paris"),
    # Mubarak chain
    ("m_stepdown", "m_trial"), ("m_trial", "m_round1"), ("m_round1", "m_verdict"), ("m_verdict", "m_appeal"),
    ("m_appeal", "m_runoff"), ("m_runoff", "m_morsi_oath"), ("m_morsi_oath", "m_sack"), ("m_sack", "m_maadi"),
    ("m_maadi", "m_report"), ("m_report", "m_cassation"),
    # Mubarak side links
    ("m_scaf", "m_trial"), ("m_tahrir", "m_tahrir2"), ("m_deeb", "m_pros_statement"), ("m_morsi", "m_morsi_pledge"),
    ("m_shafik", "m_shafik2"), ("m_health", "m_naguib"), ("m_tora", "m_morsi_families"), ("m_appoint", "m_deeb2"),
    ("m_deeb", "m_deeb2"), ("m_cities", "m_runoff"),
    # Peace Spring chain
    ("t_shield", "t_olive"), ("t_olive", "t_trump_call"), ("t_trump_call", "t_us_pullback"), ("t_us_pullback", "t_op"),
    ("t_op", "t_unsc"), ("t_unsc", "t_league"), ("t_league", "t_tal_abyad"), ("t_tal_abyad", "t_army_moves"),
    ("t_army_moves", "t_pause"), ("t_pause", "t_ras_withdrawal"), ("t_ras_withdrawal", "t_sochi"),
    ("t_sochi", "t_committee"),
    # Peace Spring side links
    ("t_white_house", "t_air"), ("t_putin_call", "t_hevrin"), ("t_hevrin", "t_sdf_deal"), ("t_sdf_deal", "t_tal_tamr"),
    ("t_esper", "t_eu_meeting"), ("t_league_statement", "t_miqdad"), ("t_manbij", "t_sdf_says"),
    ("t_eu_statement", "t_pause"), ("t_pause", "t_assad_visit"), ("t_mod", "t_mod2"),
    # the distractors, in time
    ("x4_ban_lifted", "x4_first_cinema"), ("x4_first_cinema", "x4_postponed"), ("x4_postponed", "x3_cut_2020"),
    ("x3_cut_2020", "x4_opening"), ("x4_opening", "x2_launch"), ("x2_launch", "x2_mwc"), ("x2_mwc", "x2_expo_close"),
    ("x2_expo_close", "x1_regragui"), ("x1_regragui", "x3_fed"), ("x3_fed", "x3_hike"), ("x3_hike", "x1_spain"),
    ("x1_spain", "x1_match"), ("x1_match", "x1_semi"), ("x1_semi", "x3_next"),
    # distractor side links
    ("x2_founded", "x2_launch"), ("x4_deneuve", "x2_dowidar"), ("x3_communique", "x1_press"), ("x1_king", "x1_semi"),
    # across stories
    ("m_cassation", "u_vote"), ("u_inauguration", "t_trump_call"), ("t_committee", "l_blast"),
    ("m_stepdown", "x4_ban_lifted"), ("u_paris", "x4_ban_lifted"), ("x1_semi", "l_truce"),
]

GOLD = dict(timex=TIMEX, clusters=CLUSTERS, events=EVENTS, diff=[list(p) for p in DIFF],
            before=[list(p) for p in BEFORE])
