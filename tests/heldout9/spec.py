"""Gold for the ninth blind held-out set (16 articles): the format of ../heldout8/spec.py.

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
around the wanted occurrence and the occurrence number is computed from it; without `ctx`
a surface must occur once in its article (or `n` names the occurrence).
"""
import pathlib

SRC = pathlib.Path(__file__).resolve().parent / "src"

PUBLISHED = {
    "a1_quake_aa_0206": "2023-02-06T18:30:00+03:00",
    "a2_quake_sana_0210": "2023-02-10",
    "a3_quake_sa_0215": "2023-02-15",
    "b1_biden_wafa_0715": "2022-07-15T16:00:00+03:00",
    "b2_biden_sa_0716": "2022-07-16",
    "b3_biden_eg_0717": "2022-07-17",
    "c1_lapid_tv_0603": "2021-06-03T10:00:00+03:00",
    "c2_knesset_eg_0614": "2021-06-14",
    "c3_gaza_tn_0616": "2021-06-16",
    "d1_swap_afp_0801": "2024-08-01T20:00:00+03:00",
    "d2_swap_ae_0802": "2024-08-02",
    "d3_swap_dz_0805": "2024-08-05",
    "x1_madrid_qa_0529": "2022-05-29",
    "x2_opec_kw_1006": "2022-10-06",
    "x3_iphone_ae_0913": "2023-09-13",
    "x4_jeddah_lb_1206": "2021-12-06",
}

_TEXTS = {k: (SRC / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}


def _count(text, s, upto):
    """Occurrences of ``s`` (overlapping) starting at or before ``upto``."""
    n, i = 0, text.find(s)
    while 0 <= i <= upto:
        n, i = n + 1, text.find(s, i + 1)
    return n


def _occ(doc, s, ctx=None, n=None):
    """The occurrence number of ``s`` in ``doc``: inside the unique ``ctx``, the ``n``-th, or the only one."""
    text = _TEXTS[doc]
    if ctx is not None:
        if text.count(ctx) != 1 or s not in ctx:
            raise SystemExit(f"{doc}: context {ctx!r} occurs {text.count(ctx)} times or lacks {s!r}")
        return _count(text, s, text.find(ctx) + ctx.find(s))
    if n is not None:
        return n
    if _count(text, s, len(text)) != 1:
        raise SystemExit(f"{doc}: {s!r} occurs {_count(text, s, len(text))} times; give ctx or n")
    return 1


def _iv(x):
    return [x, x] if isinstance(x, str) else list(x)


TIMEX = []


def d(doc, s, value, tight, outer=None, ctx=None, n=None):
    """A required date row."""
    TIMEX.append((doc, s, _occ(doc, s, ctx, n), "date", value, _iv(tight), _iv(outer or tight), True))


def dur(doc, s, value, ctx=None, n=None):
    """A required duration row."""
    TIMEX.append((doc, s, _occ(doc, s, ctx, n), "duration", value, None, None, True))


def vague(doc, s, ctx=None, n=None):
    """An optional span (never scored, never spurious)."""
    TIMEX.append((doc, s, _occ(doc, s, ctx, n), "vague", None, None, None, False))


CLUSTERS = {}
EVENTS = []


def C(key, typ, tight, outer=None, who=()):
    """A cluster: type, real date, what the texts allow, participants."""
    assert key not in CLUSTERS, key
    CLUSTERS[key] = dict(type=typ, tight=_iv(tight), outer=_iv(outer or tight), participants=[list(p) for p in who])


def ev(key, doc, s, ctx=None, n=None):
    """A mention of cluster ``key``."""
    EVENTS.append((key, doc, s, _occ(doc, s, ctx, n), CLUSTERS[key]["type"]))


# ------------------------------------------------------------------ participants' names
ERDOGAN = ["رجب طيب أردوغان", "أردوغان"]
BIDEN = ["جو بايدن", "بايدن"]
ASSAD = ["بشار الأسد", "الرئيس الأسد", "الأسد"]
ASMA = ["أسماء الأسد"]
MBZ = ["محمد بن زايد آل نهيان", "محمد بن زايد"]
SISI = ["عبد الفتاح السيسي", "السيسي", "عبد الفتاح السيسى", "السيسى"]
GRIFFITHS = ["مارتن غريفيث", "غريفيث"]
GUTERRES = ["أنطونيو غوتيريش", "غوتيريش"]
SAFADI = ["أيمن الصفدي", "الصفدي"]
ABBAS = ["محمود عباس", "الرئيس عباس"]
LAPID = ["يائير لابيد", "لابيد"]
TRUMP = ["دونالد ترامب", "ترامب", "دونالد ترمب", "ترمب"]
KING = ["الملك سلمان بن عبدالعزيز", "الملك سلمان بن عبد العزيز", "الملك سلمان", "خادم الحرمين الشريفين"]
MBS = ["الأمير محمد بن سلمان", "محمد بن سلمان", "ولي العهد", "ولى العهد"]
KADHIMI = ["مصطفى الكاظمى", "الكاظمى", "مصطفى الكاظمي", "الكاظمي"]
RIVLIN = ["رؤوفين ريفلين", "ريفلين"]
BENNETT = ["نفتالي بينيت", "نفتالى بينيت", "بينيت"]
NETANYAHU = ["بنيامين نتانياهو", "نتانياهو", "بنيامين نتنياهو", "نتنياهو"]
KNESSET = ["الكنيست"]
HERZOG = ["إسحق هرتسوغ", "هرتسوغ"]
MANSOUR = ["منصور عباس"]
HAMAS = ["حركة حماس", "حماس"]
IDF = ["الجيش الإسرائيلي", "الطيران الحربي الإسرائيلي"]
US = ["الولايات المتحدة", "واشنطن"]
RUSSIA = ["روسيا", "موسكو"]
KRASIKOV = ["فاديم كراسيكوف", "كراسيكوف"]
HARRIS = ["كامالا هاريس", "هاريس"]
GERSH = ["إيفان غيرشكوفيتش", "غيرشكوفيتش"]
WHELAN = ["بول ويلان", "ويلان"]
KURMA = ["ألسو كورماشيفا", "كورماشيفا"]
SCHOLZ = ["أولاف شولتس", "شولتس"]
PUTIN = ["فلاديمير بوتين", "بوتين"]
KARA = ["فلاديمير كارا-مورزا", "كارا-مورزا"]
REAL = ["ريال مدريد"]
LIVERPOOL = ["ليفربول"]
OPEC = ["أوبك+"]
APPLE = ["أبل"]
HAMILTON = ["لويس هاميلتون", "هاميلتون"]
VERSTAPPEN = ["ماكس فيرستابن", "فيرستابن"]

# ================================================================== A. the quake, February 2023
A1, A2, A3 = "a1_quake_aa_0206", "a2_quake_sana_0210", "a3_quake_sa_0215"

d(A1, "فجر اليوم الاثنين", "2023-02-06TNI", "2023-02-06")
vague(A1, "بعد ساعات")
d(A1, "الساعة 04:17", "2023-02-06T04:17", "2023-02-06")
d(A1, "الساعة 13:24", "2023-02-06T13:24", "2023-02-06")
d(A1, "صباح اليوم", "2023-02-06TMO", "2023-02-06")
vague(A1, "بعد الظهر")
dur(A1, "7 أيام", "P7D")
dur(A1, "سبعة أيام", "P7D")
d(A1, "الأحد المقبل", "2023-02-12", "2023-02-12")
vague(A1, "حتى الآن")
d(A1, "مساء اليوم", "2023-02-06TEV", "2023-02-06")
d(A1, "اليوم", "2023-02-06", "2023-02-06", ctx="ويعد زلزال اليوم")
d(A1, "عام 1939", "1939", ("1939-01-01", "1939-12-31"))
d(A1, "17 أغسطس/ آب 1999", "1999-08-17", "1999-08-17")
vague(A1, "أسابيع")
vague(A1, "الأيام المقبلة")

d(A2, "اليوم", "2023-02-10", "2023-02-10", ctx="أسماء الأسد اليوم")
d(A2, "فجر الاثنين الماضي", "2023-02-06TNI", "2023-02-06")
d(A2, "اليوم", "2023-02-10", "2023-02-10", ctx="مجلس الوزراء اليوم")
d(A2, "اليوم", "2023-02-10", "2023-02-10", ctx="في بيان اليوم")
d(A2, "يوم الأربعاء الماضي", "2023-02-08", "2023-02-08")
d(A2, "عام 2011", "2011", ("2011-01-01", "2011-12-31"))
vague(A2, "الأيام الماضية")
d(A2, "يوم الاثنين", "2023-02-06", "2023-02-06", ctx="المتصلين يوم الاثنين")
d(A2, "يوم الثلاثاء الماضي", "2023-02-07", "2023-02-07")
vague(A2, "لليوم الخامس على التوالي")
vague(A2, "منذ سنوات")

d(A3, "الأربعاء 24 رجب 1444هـ", "2023-02-15", "2023-02-15")
d(A3, "15 فبراير 2023م", "2023-02-15", "2023-02-15")
d(A3, "أمس (الثلاثاء)", "2023-02-14", "2023-02-14")
d(A3, "فجر السادس من فبراير الجاري", "2023-02-06TNI", "2023-02-06")
dur(A3, "يوم", "P1D", ctx="بعد يوم من إعلان")
dur(A3, "ثلاثة أشهر", "P3M", ctx="لمدة ثلاثة أشهر، عقب")
d(A3, "(الاثنين)", "2023-02-13", "2023-02-13")
d(A3, "(الأحد)", "2023-02-12", "2023-02-12")
vague(A3, "حتى الآن")
d(A3, "يوم الخميس الماضي", "2023-02-09", "2023-02-09")
dur(A3, "ثلاثة أيام", "P3D")
d(A3, "أمس", "2023-02-14", "2023-02-14", ctx="غوتيريش أمس")
dur(A3, "ثلاثة أشهر", "P3M", ctx="على مدى ثلاثة أشهر")
d(A3, "اليوم (الأربعاء)", "2023-02-15", "2023-02-15")
vague(A3, "أكثر من 200 ساعة")
vague(A3, "أكثر من عشر سنوات")

C("Q1", "other", "2023-02-06")
ev("Q1", A1, "زلزال مدمر يضرب جنوبي تركيا")
ev("Q1", A1, "ضرب زلزال بقوة 7.7 درجات")
ev("Q1", A1, "بأن الزلزال الأول وقع")
ev("Q1", A2, "الزلزال الذي ضرب البلاد")
ev("Q1", A3, "الزلزال المدمر الذي ضرب سوريا وتركيا")
C("Q2", "other", "2023-02-06")
ev("Q2", A1, "زلزال ثان بقوة 7.6 درجات")
ev("Q2", A1, "فيما وقع الزلزال الثاني")
C("AFAD_APPEAL", "statement", "2023-02-06", who=[["آفاد", "رئاسة إدارة الكوارث والطوارئ التركية"]])
ev("AFAD_APPEAL", A1, "وكانت \"آفاد\" قد طلبت")
C("MOURNING", "statement", "2023-02-06", who=[ERDOGAN])
ev("MOURNING", A1, "وأردوغان يعلن الحداد الوطني")
ev("MOURNING", A1, "وأعلن الرئيس رجب طيب أردوغان")
C("BIDEN_CALL", "call", "2023-02-06", who=[BIDEN, ERDOGAN])
ev("BIDEN_CALL", A1, "أجرى الرئيس الأمريكي جو بايدن اتصالا هاتفيا بنظيره التركي")
C("WHITE_HELMETS", "statement", "2023-02-06", who=[["الدفاع المدني السوري", "الخوذ البيضاء"]])
ev("WHITE_HELMETS", A1, "قال الدفاع المدني السوري")
C("ERZINCAN", "other", "1939-12-27", ("1939-01-01", "1939-12-31"))
ev("ERZINCAN", A1, "زلزال أرزينجان")
C("IZMIT", "other", "1999-08-17")
ev("IZMIT", A1, "زلزال مرمرة الذي ضرب منطقة إزميت")

C("ASSAD_ALEPPO", "meeting", "2023-02-10", who=[["بشار الأسد", "الرئيس الأسد"], ASMA])
ev("ASSAD_ALEPPO", A2, "الرئيس الأسد يتفقد المصابين")
ev("ASSAD_ALEPPO", A2, "تفقد السيد الرئيس بشار الأسد")
C("CABINET_AID", "other", "2023-02-10", who=[["مجلس الوزراء"]])
ev("CABINET_AID", A2, "أقر مجلس الوزراء اليوم إيصال المساعدات الإنسانية")
C("HEALTH_TOLL", "statement", "2023-02-10", who=[["وزارة الصحة"]])
ev("HEALTH_TOLL", A2, "وأعلنت وزارة الصحة في بيان")
C("LEB_DELEGATION", "meeting", "2023-02-08", who=[ASSAD, ["عبد الله بو حبيب", "بو حبيب"]])
ev("LEB_DELEGATION", A2, "وكان الرئيس الأسد قد استقبل")
C("MBZ_CALL", "call", "2023-02-06", who=[MBZ, ASSAD])
ev("MBZ_CALL", A2, "أول المتصلين")
C("SISI_ASSAD_CALL", "call", "2023-02-07", who=[SISI, ASSAD])
ev("SISI_ASSAD_CALL", A2, "اتصالا هاتفيا من الرئيس المصري عبد الفتاح السيسي")

C("KS_PLANE", "other", "2023-02-14", who=[["مركز الملك سلمان للإغاثة والأعمال الإنسانية", "مركز الملك سلمان للإغاثة"]])
ev("KS_PLANE", A3, "أول طائرة إغاثة سعودية تهبط في حلب")
ev("KS_PLANE", A3, "هبطت في مطار حلب الدولي")
ev("KS_PLANE", A3, "وجاء وصول الطائرة")
C("UN_ANNOUNCE", "statement", "2023-02-13", who=[["الأمم المتحدة"]])
ev("UN_ANNOUNCE", A3, "إعلان الأمم المتحدة")
C("ASSAD_AGREES", "other", "2023-02-13", who=[ASSAD])
ev("ASSAD_AGREES", A3, "والأسد يوافق على فتح معبرين إضافيين")
ev("ASSAD_AGREES", A3, "وافق على فتح معبري باب السلامة والراعي")
C("ASSAD_GRIFFITHS", "meeting", "2023-02-13", who=[ASSAD, GRIFFITHS])
ev("ASSAD_GRIFFITHS", A3, "عقب لقائه (الاثنين) في دمشق")
C("GRIFFITHS_BAB", "meeting", "2023-02-12", who=[GRIFFITHS])
ev("GRIFFITHS_BAB", A3, "وكان غريفيث قد زار (الأحد) معبر باب الهوى")
C("GRIFFITHS_TWEET", "statement", "2023-02-12", who=[GRIFFITHS])
ev("GRIFFITHS_TWEET", A3, "وقال في تغريدة")
C("UN_CONVOY", "other", "2023-02-09")
ev("UN_CONVOY", A3, "وكانت أول قافلة مساعدات أممية قد عبرت باب الهوى")
C("GUTERRES_APPEAL", "statement", "2023-02-14", who=[GUTERRES])
ev("GUTERRES_APPEAL", A3, "أطلق الأمين العام للأمم المتحدة أنطونيو غوتيريش أمس نداء عاجلا")
C("SAFADI_VISIT", "meeting", "2023-02-15", who=[SAFADI])
ev("SAFADI_VISIT", A3, "ويصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق")
C("SAFADI_ASSAD", "meeting", "2023-02-15", who=[SAFADI, ASSAD])
ev("SAFADI_ASSAD", A3, "يلتقي خلالها الرئيس الأسد")

# ================================================================== B. Biden in the Middle East, July 2022
B1, B2, B3 = "b1_biden_wafa_0715", "b2_biden_sa_0716", "b3_biden_eg_0717"

d(B1, "15-7-2022", "2022-07-15", "2022-07-15")
d(B1, "اليوم الجمعة", "2022-07-15", "2022-07-15")
vague(B1, "عام 1967")
d(B1, "11 أيار/مايو الماضي", "2022-05-11", "2022-05-11")
vague(B1, "الآن")
d(B1, "صباح اليوم", "2022-07-15TMO", "2022-07-15")
d(B1, "في وقت لاحق اليوم", "2022-07-15", "2022-07-15")
d(B1, "بعد ظهر الأربعاء الماضي", "2022-07-13TAF", "2022-07-13")
d(B1, "أمس الخميس", "2022-07-14", "2022-07-14")
d(B1, "أيار/مايو 2017", "2017-05", ("2017-05-01", "2017-05-31"))

d(B2, "السبت 17 ذو الحجة 1443هـ", "2022-07-16", "2022-07-16")
d(B2, "16 يوليو 2022م", "2022-07-16", "2022-07-16")
d(B2, "اليوم", "2022-07-16", "2022-07-16", ctx="تنطلق اليوم\n")
d(B2, "مساء أمس (الجمعة)", "2022-07-15TEV", "2022-07-15")
d(B2, "أمس", "2022-07-15", "2022-07-15", ctx="في وقت سابق أمس")
d(B2, "فجر أمس", "2022-07-15TNI", "2022-07-15")
d(B2, "أمس", "2022-07-15", "2022-07-15", ctx="البيت الأبيض أمس")
d(B2, "نهاية العام", "2022-12", ("2022-12-01", "2022-12-31"), ("2022-07-16", "2022-12-31"))
dur(B2, "يوم", "P1D", ctx="بعد يوم من توقيعه")
d(B2, "اليوم (السبت)", "2022-07-16", "2022-07-16")
d(B2, "مايو 2017", "2017-05", ("2017-05-01", "2017-05-31"))
vague(B2, "أشهر")

d(B3, "أمس السبت", "2022-07-16", "2022-07-16")
d(B3, "يناير 2021", "2021-01", ("2021-01-01", "2021-01-31"))
d(B3, "يوم الجمعة الماضى", "2022-07-15", "2022-07-15")
d(B3, "مساء أمس", "2022-07-16TEV", "2022-07-16")

C("ABBAS_BIDEN", "meeting", "2022-07-15", who=[ABBAS, BIDEN])
ev("ABBAS_BIDEN", B1, "الرئيس عباس يستقبل الرئيس الأميركي بايدن")
ev("ABBAS_BIDEN", B1, "استقبل رئيس دولة فلسطين محمود عباس")
ev("ABBAS_BIDEN", B1, "وعقد الرئيسان اجتماعا ثنائيا مغلقا")
ev("ABBAS_BIDEN", B1, "وتعد زيارة بايدن")
C("ABBAS_WORDS", "statement", "2022-07-15", who=[ABBAS])
ev("ABBAS_WORDS", B1, "وأكد سيادته")
ev("ABBAS_WORDS", B1, "وطالب الرئيس عباس بمحاسبة")
C("ABU_AKLEH", "strike", "2022-05-11", who=[["شيرين أبو عاقلة", "أبو عاقلة"]])
ev("ABU_AKLEH", B1, "التي استشهدت برصاص قوات الاحتلال")
C("BIDEN_WORDS", "statement", "2022-07-15", who=[BIDEN])
ev("BIDEN_WORDS", B1, "من جانبه، قال بايدن")
C("AUGUSTA_VISIT", "meeting", "2022-07-15", who=[BIDEN])
ev("AUGUSTA_VISIT", B1, "وكان الرئيس الأميركي قد زار")
C("HOSPITAL_PLEDGE", "statement", "2022-07-15", who=[BIDEN])
ev("HOSPITAL_PLEDGE", B1, "وأعلن هناك عن تقديم 100 مليون دولار")
C("FLIGHT_JEDDAH", "other", "2022-07-15", who=[BIDEN])
ev("FLIGHT_JEDDAH", B1, "ويغادر بايدن")
ev("FLIGHT_JEDDAH", B2, "وكان الرئيس الأمريكي قد وصل إلى جدة")
ev("FLIGHT_JEDDAH", B3, "وكان بايدن قد وصل إلى جدة")
C("SUMMIT", "meeting", "2022-07-16", who=[MBS, BIDEN, SISI])
ev("SUMMIT", B1, "قمة تجمعه بقادة دول الخليج")
ev("SUMMIT", B2, "وقمة جدة تنطلق اليوم")
ev("SUMMIT", B2, "أعمال \"قمة جدة للأمن والتنمية\"")
ev("SUMMIT", B2, "وتعد هذه القمة")
ev("SUMMIT", B3, "قمة جدة", n=1)
ev("SUMMIT", B3, "\"قمة جدة للأمن والتنمية\"")
ev("SUMMIT", B3, "القمة التى عقدت")
C("ARRIVAL_ISRAEL", "other", "2022-07-13", who=[BIDEN])
ev("ARRIVAL_ISRAEL", B1, "وكان بايدن قد وصل إلى إسرائيل")
C("JERUSALEM_DECL", "other", "2022-07-14", who=[BIDEN, LAPID])
ev("JERUSALEM_DECL", B1, "ووقع أمس الخميس مع رئيس الوزراء الإسرائيلي يائير لابيد")
ev("JERUSALEM_DECL", B2, "توقيعه في القدس مع رئيس الوزراء الإسرائيلي يائير لابيد")
C("TRUMP_BETHLEHEM", "meeting", "2017-05-23", ("2017-05-01", "2017-05-31"), who=[TRUMP, ABBAS])
ev("TRUMP_BETHLEHEM", B1, "زيارة دونالد ترامب")
ev("TRUMP_BETHLEHEM", B1, "التقى خلالها الرئيس عباس")

C("KING_BIDEN", "meeting", "2022-07-15", who=[KING, BIDEN])
ev("KING_BIDEN", B2, "خادم الحرمين يستقبل الرئيس الأمريكي")
ev("KING_BIDEN", B2, "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود")
ev("KING_BIDEN", B3, "حيث استقبله العاهل السعودى")
C("MBS_BIDEN", "meeting", "2022-07-15", who=[MBS, BIDEN])
ev("MBS_BIDEN", B2, "جلسة مباحثات رسمية")
ev("MBS_BIDEN", B3, "ثم عقد مباحثات مع ولى العهد")
C("SIGNINGS", "other", "2022-07-15")
ev("SIGNINGS", B2, "توقيع 18 اتفاقية ومذكرة تفاهم")
C("GACA", "statement", "2022-07-15", who=[["الهيئة العامة للطيران المدني"]])
ev("GACA", B2, "وكانت الهيئة العامة للطيران المدني قد أعلنت")
C("WH_TIRAN", "statement", "2022-07-15", who=[["البيت الأبيض"]])
ev("WH_TIRAN", B2, "كما أعلن البيت الأبيض")
C("RIYADH_2017", "meeting", ("2017-05-20", "2017-05-21"), ("2017-05-01", "2017-05-31"), who=[TRUMP])
ev("RIYADH_2017", B2, "قمم الرياض التي عقدت")

C("SISI_BIDEN", "meeting", "2022-07-16", who=[SISI, BIDEN])
ev("SISI_BIDEN", B3, "السيسى يلتقى بايدن")
ev("SISI_BIDEN", B3, "التقى الرئيس عبد الفتاح السيسى")
ev("SISI_BIDEN", B3, "بأن اللقاء تناول")
C("SISI_SPEECH", "statement", "2022-07-16", who=[SISI])
ev("SISI_SPEECH", B3, "ويؤكد: لا استقرار دون حل عادل للقضية الفلسطينية")
ev("SISI_SPEECH", B3, "قد ألقى كلمة مصر")
ev("SISI_SPEECH", B3, "وطرح الرئيس فى كلمته")
C("BIDEN_INAUG", "other", "2021-01-20", ("2021-01-01", "2021-01-31"), who=[BIDEN])
ev("BIDEN_INAUG", B3, "تولى بايدن منصبه")
C("RADY", "statement", "2022-07-16", who=[["بسام راضى", "بسام راضي"]])
ev("RADY", B3, "وصرح السفير بسام راضى")
C("JOINT_STMT", "statement", "2022-07-16")
ev("JOINT_STMT", B3, "بيان مشترك أكد فيه القادة")
C("BIDEN_KADHIMI", "meeting", "2022-07-16", who=[BIDEN, KADHIMI])
ev("BIDEN_KADHIMI", B3, "التقى بايدن رئيس الوزراء العراقى مصطفى الكاظمى")
C("BIDEN_MBZ", "meeting", "2022-07-16", who=[BIDEN, MBZ])
ev("BIDEN_MBZ", B3, "كما عقد لقاء منفصلا مع رئيس دولة الإمارات")
C("SISI_RETURN", "other", "2022-07-16", who=[SISI])
ev("SISI_RETURN", B3, "وعاد الرئيس السيسى إلى أرض الوطن")
C("UKRAINE_WAR", "strike", "2022-02-24", ("2022-02-01", "2022-02-28"))
ev("UKRAINE_WAR", B3, "اندلاع الحرب فى أوكرانيا")

# ================================================================== C. the Bennett-Lapid government, June 2021
C1, C2, C3 = "c1_lapid_tv_0603", "c2_knesset_eg_0614", "c3_gaza_tn_0616"

vague(C1, "نحو نصف ساعة")
d(C1, "منتصف ليل الأربعاء", "2021-06-02TNI", "2021-06-02", ("2021-06-02", "2021-06-03"))
d(C1, "2009", "2009", ("2009-01-01", "2009-12-31"))
d(C1, "آب/أغسطس 2023", "2023-08", ("2023-08-01", "2023-08-31"))
vague(C1, "بعد ساعات")
d(C1, "يوم أمس (الأربعاء)", "2021-06-02", "2021-06-02")
dur(C1, "سبعة أيام", "P7D")
d(C1, "مساء الأحد الماضي", "2021-05-30TEV", "2021-05-30")
d(C1, "اليوم ذاته", "2021-05-30", "2021-05-30")
d(C1, "الخامس من أيار/مايو الماضي", "2021-05-05", "2021-05-05")
dur(C1, "28 يوما", "P28D")
d(C1, "23 آذار/مارس", "2021-03-23", "2021-03-23")
dur(C1, "عامين", "P2Y")
vague(C1, "أقل من أسبوعين")

dur(C2, "12 عاما", "P12Y", n=1)
d(C2, "مساء أمس الأحد", "2021-06-13TEV", "2021-06-13")
dur(C2, "12 عاما", "P12Y", n=2)
d(C2, "أغسطس 2023", "2023-08", ("2023-08-01", "2023-08-31"))
vague(C2, "بعد ساعات")
d(C2, "مساء أمس", "2021-06-13TEV", "2021-06-13", ctx="متأخر من مساء أمس")
d(C2, "اليوم الاثنين", "2021-06-14", "2021-06-14")
d(C2, "يوم 2 يونيو الجارى", "2021-06-02", "2021-06-02")
d(C2, "اليوم نفسه", "2021-06-02", "2021-06-02")
d(C2, "السابع من يوليو المقبل", "2021-07-07", "2021-07-07")
vague(C2, "قريبا")

d(C3, "فجر اليوم الأربعاء 16 جوان", "2021-06-16TNI", "2021-06-16")
d(C3, "أمس الثلاثاء", "2021-06-15", "2021-06-15")
vague(C3, "بعد ساعات")
d(C3, "عصر أمس", "2021-06-15TAF", "2021-06-15")
d(C3, "أمس", "2021-06-15", "2021-06-15", ctx="في بيان أمس")
d(C3, "فجر 21 ماي الفارط", "2021-05-21TNI", "2021-05-21")
dur(C3, "11 يوما", "P11D")
d(C3, "يوم 10 ماي", "2021-05-10", "2021-05-10")
d(C3, "يوم الأحد الفارط", "2021-06-13", "2021-06-13")
dur(C3, "12 عاما", "P12Y")
vague(C3, "أسابيعها الأولى")

C("LAPID_INFORMS", "statement", "2021-06-02", who=[LAPID, RIVLIN])
ev("LAPID_INFORMS", C1, "لابيد يبلغ ريفلين بنجاحه في تشكيل حكومة")
ev("LAPID_INFORMS", C1, "أبلغ زعيم حزب \"يش عتيد\" الوسطي يائير لابيد")
ev("LAPID_INFORMS", C1, "وجاء الإعلان")
C("RAAM_SIGNS", "other", "2021-06-02", who=[MANSOUR])
ev("RAAM_SIGNS", C1, "توقيع منصور عباس")
ev("RAAM_SIGNS", C2, "الذى وقع على اتفاق الائتلاف")
C("HERZOG_ELECTED", "other", "2021-06-02", who=[KNESSET, HERZOG])
ev("HERZOG_ELECTED", C1, "انتخب الكنيست إسحق هرتسوغ رئيسا للدولة")
ev("HERZOG_ELECTED", C2, "انتخبه الكنيست")
C("CONFIDENCE_VOTE", "other", "2021-06-13", who=[KNESSET, BENNETT])
ev("CONFIDENCE_VOTE", C1, "أن تنال ثقة الكنيست")
ev("CONFIDENCE_VOTE", C2, "الكنيست يمنح الثقة لحكومة بينيت")
ev("CONFIDENCE_VOTE", C2, "منح الكنيست الإسرائيلى")
ev("CONFIDENCE_VOTE", C3, "نالت ثقة الكنيست")
C("BENNETT_0530", "statement", "2021-05-30", who=[BENNETT])
ev("BENNETT_0530", C1, "وكان بينيت قد أعلن")
C("NETANYAHU_0530", "statement", "2021-05-30", who=[NETANYAHU])
ev("NETANYAHU_0530", C1, "بينما سارع نتانياهو في اليوم ذاته إلى وصف الخطوة")
C("LAPID_MANDATE", "other", "2021-05-05", who=[RIVLIN, LAPID])
ev("LAPID_MANDATE", C1, "وكان ريفلين قد كلف لابيد تشكيل الحكومة")
C("ELECTION_0323", "other", "2021-03-23")
ev("ELECTION_0323", C1, "الانتخابات التشريعية التي جرت")
C("CEASEFIRE_0521", "ceasefire", "2021-05-21", who=[["إسرائيل"], HAMAS])
ev("CEASEFIRE_0521", C1, "انتهاء الحرب على غزة")
ev("CEASEFIRE_0521", C3, "وقف إطلاق النار الذي دخل حيز التنفيذ")

C("BENNETT_OATH", "other", "2021-06-13", who=[BENNETT])
ev("BENNETT_OATH", C2, "وأدى بينيت اليمين الدستورية")
ev("BENNETT_OATH", C2, "من أداء اليمين")
C("LEVY_ELECTED", "other", "2021-06-13", who=[KNESSET, ["ميكى ليفى", "ميكي ليفي"]])
ev("LEVY_ELECTED", C2, "وكان الكنيست قد انتخب فى مستهل الجلسة النائب ميكى ليفى")
C("BENNETT_0613", "statement", "2021-06-13", who=[BENNETT])
ev("BENNETT_0613", C2, "وألقى بينيت كلمة أمام الكنيست")
C("NETANYAHU_0613", "statement", "2021-06-13", who=[NETANYAHU])
ev("NETANYAHU_0613", C2, "تعهد نتنياهو، زعيم المعارضة الجديد")
C("BIDEN_BENNETT", "call", "2021-06-13", who=[BIDEN, BENNETT])
ev("BIDEN_BENNETT", C2, "اتصالا هاتفيا من الرئيس الأمريكى جو بايدن")
C("FIRST_CABINET", "meeting", "2021-06-13")
ev("FIRST_CABINET", C2, "وعقدت الحكومة الجديدة أول اجتماع لها")
C("HANDOVER", "meeting", "2021-06-14", who=[BENNETT, NETANYAHU])
ev("HANDOVER", C2, "أن يلتقى بينيت ونتنياهو")
C("HERZOG_OFFICE", "other", "2021-07-07", who=[HERZOG])
ev("HERZOG_OFFICE", C2, "ويتولى إسحق هرتسوغ")

C("GAZA_RAIDS", "strike", "2021-06-16", who=[IDF])
ev("GAZA_RAIDS", C3, "أول غارات على غزة في عهد حكومة بينيت")
ev("GAZA_RAIDS", C3, "شنّ الطيران الحربي الإسرائيلي")
ev("GAZA_RAIDS", C3, "وجاءت الغارات")
C("IDF_STMT", "statement", "2021-06-16", who=[["الجيش الإسرائيلي"]])
ev("IDF_STMT", C3, "وقال الجيش الإسرائيلي في بيان")
C("BALLOONS", "strike", "2021-06-15")
ev("BALLOONS", C3, "بالونات حارقة أطلقت")
C("FLAG_MARCH", "other", "2021-06-15")
ev("FLAG_MARCH", C3, "\"مسيرة الأعلام\" التي نظمها آلاف المستوطنين")
C("HAMAS_STMT", "statement", "2021-06-15", who=[HAMAS])
ev("HAMAS_STMT", C3, "وأكدت حركة حماس في بيان")
C("WAR_START", "strike", "2021-05-10", who=[HAMAS])
ev("WAR_START", C3, "وكانت المواجهة قد اندلعت")
ev("WAR_START", C3, "حين أطلقت حماس صواريخ باتجاه القدس")
ev("BALLOONS", C3, "إطلاق بالونات حارقة من القطاع")

# ================================================================== D. the Ankara prisoner exchange, August 2024
D1, D2, D3 = "d1_swap_afp_0801", "d2_swap_ae_0802", "d3_swap_dz_0805"

d(D1, "1-8-2024", "2024-08-01", "2024-08-01")
d(D1, "الخميس", "2024-08-01", "2024-08-01", ctx="التركية الخميس")
d(D1, "آب/أغسطس 2019", "2019-08", ("2019-08-01", "2019-08-31"))
vague(D1, "ليلا")
vague(D1, "بعد الظهر")
d(D1, "19 تموز/يوليو", "2024-07-19", "2024-07-19")
dur(D1, "16 عاما", "P16Y", n=1)
vague(D1, "32 عاما")
d(D1, "آذار/مارس 2023", "2023-03", ("2023-03-01", "2023-03-31"))
d(D1, "كانون الأول/ديسمبر 2018", "2018-12", ("2018-12-01", "2018-12-31"))
vague(D1, "لاحقا")
dur(D1, "16 عاما", "P16Y", n=2)
d(D1, "الثلاثاء", "2024-07-30", "2024-07-30")
vague(D1, "حينها")

d(D2, "الجمعة 27 محرم 1446هـ", "2024-08-02", "2024-08-02")
d(D2, "2 أغسطس 2024م", "2024-08-02", "2024-08-02")
d(D2, "مساء أمس (الخميس)", "2024-08-01TEV", "2024-08-01")
d(D2, "ليل (الخميس - الجمعة)", "2024-08-01TNI", ("2024-08-01", "2024-08-02"))
d(D2, "(الخميس)", "2024-08-01", "2024-08-01", ctx="البيت الأبيض (الخميس)")
vague(D2, "أشهرا")
d(D2, "أمس", "2024-08-01", "2024-08-01", ctx="وكتب أمس")
vague(D2, "قرابة عامين")
d(D2, "19 يوليو الماضي", "2024-07-19", "2024-07-19")
dur(D2, "ست سنوات ونصف السنة", "P6Y6M")
d(D2, "اليوم ذاته", "2024-07-19", "2024-07-19")
d(D2, "16 فبراير الماضي", "2024-02-16", "2024-02-16")
d(D2, "ليل أمس", "2024-08-01TNI", "2024-08-01", ("2024-08-01", "2024-08-02"))

d(D3, "يوم الجمعة الفارط", "2024-08-02", "2024-08-02")
dur(D3, "25 عاما", "P25Y")
d(D3, "يوم الخميس 1 أوت", "2024-08-01", "2024-08-01")
d(D3, "الجمعة", "2024-08-02", "2024-08-02", ctx="بيسكوف، الجمعة،")
d(D3, "عام 2019", "2019", ("2019-01-01", "2019-12-31"))
vague(D3, "بعد سنوات")
d(D3, "ليلة الخميس", "2024-08-01TNI", "2024-08-01", ("2024-08-01", "2024-08-02"))
d(D3, "يوم 19 جويلية الفارط", "2024-07-19", "2024-07-19")
dur(D3, "16 عاما", "P16Y")
d(D3, "أواخر ديسمبر 2018", "2018-12", ("2018-12-21", "2018-12-31"), ("2018-12-01", "2018-12-31"))
d(D3, "ليل الخميس", "2024-08-01TNI", "2024-08-01", ("2024-08-01", "2024-08-02"))
d(D3, "فيفري 2022", "2022-02", ("2022-02-01", "2022-02-28"))

C("SWAP", "other", "2024-08-01", who=[US, RUSSIA])
ev("SWAP", D1, "أكبر عملية تبادل سجناء")
ev("SWAP", D1, "عملية تبادل سجناء شملت 26 شخصا جرت في مطار أنقرة")
ev("SWAP", D2, "عملية تبادل السجناء التي جرت في أنقرة")
ev("SWAP", D2, "وجاءت عملية التبادل")
ev("SWAP", D3, "عملية تبادل السجناء الكبرى التي احتضنتها العاصمة التركية أنقرة")
C("MIT_STMT", "statement", "2024-08-01", who=[["الاستخبارات التركية", "جهاز الاستخبارات الوطنية التركي"]])
ev("MIT_STMT", D1, "أعلنت الاستخبارات التركية")
ev("MIT_STMT", D1, "وأوضح جهاز الاستخبارات الوطنية التركي في بيان")
C("KHANGOSHVILI", "strike", "2019-08-23", ("2019-08-01", "2019-08-31"), who=[KRASIKOV])
ev("KHANGOSHVILI", D1, "اغتيال معارض شيشاني سابق في حديقة في برلين")
ev("KHANGOSHVILI", D3, "باغتيال معارض شيشاني في برلين")
C("BIDEN_STMT", "statement", "2024-08-01", who=[BIDEN])
ev("BIDEN_STMT", D1, "وقال الرئيس الأميركي جو بايدن في بيان")
C("ANDREWS", "meeting", "2024-08-01", ("2024-08-01", "2024-08-02"), who=[BIDEN, HARRIS, GERSH, WHELAN, KURMA])
ev("ANDREWS", D1, "أن يستقبل بايدن ونائبته كامالا هاريس الأميركيين الثلاثة")
ev("ANDREWS", D2, "وبايدن وهاريس في استقبال الأميركيين الثلاثة")
ev("ANDREWS", D2, "كان الرئيس الأميركي جو بايدن ونائبته كامالا هاريس في استقبال الصحافي")
ev("ANDREWS", D3, "وكان الرئيس الأمريكي جو بايدن قد استقبل المفرج عنهم الأمريكيين الثلاثة")
C("SCHOLZ", "meeting", "2024-08-01", ("2024-08-01", "2024-08-02"), who=[SCHOLZ])
ev("SCHOLZ", D1, "توجه المستشار الألماني أولاف شولتس إلى مطار كولونيا-بون")
ev("SCHOLZ", D2, "استقبل المستشار أولاف شولتس")
C("KREMLIN_STMT", "statement", "2024-08-01", who=[["الكرملين"]])
ev("KREMLIN_STMT", D1, "وأكد الكرملين")
C("G_VERDICT", "other", "2024-07-19", who=[["محكمة في يكاترينبورغ"], GERSH])
ev("G_VERDICT", D1, "وكانت محكمة في يكاترينبورغ قد دانت غيرشكوفيتش")
ev("G_VERDICT", D2, "صدر فيه الحكم على غيرشكوفيتش")
ev("G_VERDICT", D3, "الذي دانته محكمة في يكاترينبورغ")
C("G_ARREST", "other", "2023-03-29", ("2023-03-01", "2023-03-31"), who=[GERSH])
ev("G_ARREST", D1, "وأوقف الصحافي")
C("W_ARREST", "other", "2018-12-28", ("2018-12-01", "2018-12-31"), who=[WHELAN])
ev("W_ARREST", D1, "فأوقف في موسكو")
ev("W_ARREST", D3, "الذي اعتقل في موسكو")
C("KRIEGER_PARDON", "other", "2024-07-30", who=[["ألكسندر لوكاشنكو", "لوكاشنكو"], ["ريكو كريغر"]])
ev("KRIEGER_PARDON", D1, "قد أصدر الثلاثاء عفوا")

C("PUTIN_VNUKOVO", "meeting", "2024-08-01", ("2024-08-01", "2024-08-02"), who=[PUTIN, KRASIKOV])
ev("PUTIN_VNUKOVO", D2, "بوتين يستقبل العائدين بالسجاد الأحمر")
ev("PUTIN_VNUKOVO", D2, "استقبل الرئيس الروسي فلاديمير بوتين")
ev("PUTIN_VNUKOVO", D3, "وكان بوتين قد استقبل كراسيكوف وبقية العائدين")
C("BIDEN_PRESSER", "statement", "2024-08-01", who=[BIDEN])
ev("BIDEN_PRESSER", D2, "مؤتمرا صحافيا بحضور عائلات المفرج عنهم")
ev("BIDEN_PRESSER", D2, "وأضاف بايدن")
C("TRUMP_POST", "statement", "2024-08-01", who=[TRUMP])
ev("TRUMP_POST", D2, "شكك المرشح الجمهوري دونالد ترمب في الصفقة")
ev("TRUMP_POST", D3, "شكك المرشح الجمهوري دونالد ترامب في شروطها")
C("K_VERDICT", "other", "2024-07-19", who=[["محكمة في قازان"], KURMA])
ev("K_VERDICT", D2, "وكانت محكمة في قازان قد أصدرت")
C("NAVALNY_DEATH", "other", "2024-02-16", who=[["أليكسي نافالني", "نافالني"]])
ev("NAVALNY_DEATH", D2, "وفاته في سجنه في الدائرة القطبية الشمالية")

C("KM_PRESSER", "statement", "2024-08-02", who=[KARA])
ev("KM_PRESSER", D3, "كارا-مورزا: \"لم أطلب العفو\"")
ev("KM_PRESSER", D3, "أكد المعارض الروسي فلاديمير كارا-مورزا")
C("PESKOV", "statement", "2024-08-02", who=[["ديمتري بيسكوف", "بيسكوف", "الكرملين"]])
ev("PESKOV", D3, "والكرملين يقر بانتماء كراسيكوف")
ev("PESKOV", D3, "أقر المتحدث باسم الكرملين ديمتري بيسكوف")
ev("UKRAINE_WAR", D3, "اندلاع الحرب في أوكرانيا")

# ================================================================== X. distractors
X1, X2, X3, X4 = "x1_madrid_qa_0529", "x2_opec_kw_1006", "x3_iphone_ae_0913", "x4_jeddah_lb_1206"

d(X1, "مساء أمس السبت", "2022-05-28TEV", "2022-05-28")
vague(X1, "أكثر من نصف ساعة")
d(X1, "الأحد الماضي", "2022-05-22", "2022-05-22")
vague(X1, "2018")
vague(X1, "هذا الموسم")
vague(X1, "ساعات الفجر")
d(X1, "اليوم الأحد", "2022-05-29", "2022-05-29")

d(X2, "6 - 10", "2022-10-06", "2022-10-06")
d(X2, "أمس الأربعاء", "2022-10-05", "2022-10-05")
d(X2, "نوفمبر المقبل", "2022-11", ("2022-11-01", "2022-11-30"))
d(X2, "مارس 2020", "2020-03", ("2020-03-01", "2020-03-31"))
d(X2, "أمس", "2022-10-05", "2022-10-05", ctx="بيان صدر أمس")
d(X2, "اليوم", "2022-10-06", "2022-10-06", ctx="برنت اليوم")
d(X2, "الرابع من ديسمبر المقبل", "2022-12-04", "2022-12-04")
vague(X2, "كل شهرين")
d(X2, "أواخر عام 2016", "2016", ("2016-10-01", "2016-12-31"), ("2016-01-01", "2016-12-31"))

d(X3, "مساء أمس الثلاثاء", "2023-09-12TEV", "2023-09-12")
d(X3, "أكتوبر الماضي", "2022-10", ("2022-10-01", "2022-10-31"))
d(X3, "يوم الجمعة المقبل", "2023-09-15", "2023-09-15")
d(X3, "يوم 22 سبتمبر الجاري", "2023-09-22", "2023-09-22")
d(X3, "أمس", "2023-09-12", "2023-09-12", ctx="1.7% أمس")
dur(X3, "عام", "P1Y", ctx="بعد عام من كشف")
d(X3, "7 سبتمبر 2022", "2022-09-07", "2022-09-07")
d(X3, "عام 2015", "2015", ("2015-01-01", "2015-12-31"))
vague(X3, "ساعات الصباح الأولى")
vague(X3, "السنوات الماضية")

d(X4, "مساء أمس الأحد", "2021-12-05TEV", "2021-12-05")
d(X4, "ليل أمس", "2021-12-05TNI", "2021-12-05", ("2021-12-05", "2021-12-06"))
dur(X4, "عشر ثوان", "PT10S")
d(X4, "يوم الأحد المقبل", "2021-12-12", "2021-12-12")
d(X4, "عام 1974", "1974", ("1974-01-01", "1974-12-31"))
d(X4, "يوم 21 تشرين الثاني/نوفمبر الماضي", "2021-11-21", "2021-11-21")
vague(X4, "منذ سنوات")

C("FINAL", "other", "2022-05-28", who=[REAL, LIVERPOOL])
ev("FINAL", X1, "ريال مدريد يتوج بلقبه الـ14")
ev("FINAL", X1, "توج ريال مدريد الإسباني بلقب دوري أبطال أوروبا")
ev("FINAL", X1, "المباراة النهائية التي أقيمت")
ev("FINAL", X1, "قمة باريس")
C("DELAY", "other", "2022-05-28")
ev("DELAY", X1, "وتأخرت صافرة البداية")
C("PL_LOST", "other", "2022-05-22", who=[LIVERPOOL, ["مانشستر سيتي"]])
ev("PL_LOST", X1, "خسر لقب الدوري الإنجليزي")
C("KYIV_2018", "other", "2018-05-26", ("2018-01-01", "2018-12-31"), who=[REAL, LIVERPOOL])
ev("KYIV_2018", X1, "نهائي 2018 في كييف")
ev("KYIV_2018", X1, "الذي حسمه ريال مدريد")
C("CELEBRATIONS", "other", ("2022-05-28", "2022-05-29"))
ev("CELEBRATIONS", X1, "واحتفل الآلاف من أنصار النادي الملكي")
C("PARADE", "other", "2022-05-29", who=[REAL])
ev("PARADE", X1, "يحتفل اللاعبون اليوم الأحد")

C("CUT", "other", "2022-10-05", who=[OPEC])
ev("CUT", X2, "\"أوبك+\" تتفق على خفض الإنتاج")
ev("CUT", X2, "اتفقت دول تحالف \"أوبك+\"")
C("VIENNA_MEETING", "meeting", "2022-10-05", who=[OPEC])
ev("VIENNA_MEETING", X2, "اجتماعها الوزاري الذي عقد")
ev("VIENNA_MEETING", X2, "ويعد الاجتماع الأول")
C("MARCH2020", "meeting", "2020-03-06", ("2020-03-01", "2020-03-31"))
ev("MARCH2020", X2, "انتهى اجتماع فيينا")
C("AZB_SAYS", "statement", "2022-10-05", who=[["الأمير عبدالعزيز بن سلمان", "عبدالعزيز بن سلمان"]])
ev("AZB_SAYS", X2, "وقال وزير الطاقة السعودي الأمير عبدالعزيز بن سلمان")
C("WH_STMT", "statement", "2022-10-05", who=[["البيت الأبيض"]])
ev("WH_STMT", X2, "ووصف البيت الأبيض في بيان")
C("DEC4", "meeting", "2022-12-04", who=[OPEC])
ev("DEC4", X2, "عقد اجتماعها المقبل")
C("FOUNDING", "other", "2016-12-10", ("2016-10-01", "2016-12-31"), who=[OPEC])
ev("FOUNDING", X2, "وقد تأسس")

C("LAUNCH", "other", "2023-09-12", who=[APPLE])
ev("LAUNCH", X3, "\"أبل\" تكشف عن \"آيفون 15\"")
ev("LAUNCH", X3, "كشفت شركة \"أبل\" الأمريكية")
ev("LAUNCH", X3, "ويأتي إطلاق السلسلة الجديدة")
C("EU_VOTE", "other", "2022-10-04", ("2022-10-01", "2022-10-31"), who=[["البرلمان الأوروبي"]])
ev("EU_VOTE", X3, "أقرها البرلمان الأوروبي")
C("PREORDER", "other", "2023-09-15")
ev("PREORDER", X3, "وتبدأ الطلبات المسبقة")
C("RELEASE", "other", "2023-09-22")
ev("RELEASE", X3, "على أن تطرح الأجهزة في الأسواق")
C("SHARE", "other", "2023-09-12")
ev("SHARE", X3, "وتراجع سهم الشركة")
C("IPHONE14", "other", "2022-09-07", who=[APPLE])
ev("IPHONE14", X3, "كشف \"أبل\" عن \"آيفون 14\"")
C("COOK", "statement", "2023-09-12", who=[["تيم كوك"]])
ev("COOK", X3, "وقال الرئيس التنفيذي للشركة تيم كوك")

C("RACE", "other", "2021-12-05", who=[HAMILTON, VERSTAPPEN])
ev("RACE", X4, "هاميلتون يفوز بسباق جدة المثير")
ev("RACE", X4, "فاز البريطاني لويس هاميلتون")
C("PENALTY", "other", "2021-12-05", ("2021-12-05", "2021-12-06"), who=[VERSTAPPEN])
ev("PENALTY", X4, "وفرض الحكام")
C("QUARREL", "statement", "2021-12-05", ("2021-12-05", "2021-12-06"), who=[HAMILTON, VERSTAPPEN])
ev("QUARREL", X4, "وتبادل السائقان الاتهامات")
C("ABU_DHABI", "other", "2021-12-12", who=[HAMILTON, VERSTAPPEN])
ev("ABU_DHABI", X4, "السباق الختامي في أبوظبي")
C("QATAR_GP", "other", "2021-11-21", who=[HAMILTON])
ev("QATAR_GP", X4, "وكان هاميلتون قد فاز بسباق قطر")

# ------------------------------------------------------------------ second pass: more events per story
d(A1, "13 فبراير/ شباط الجاري", "2023-02-13", "2023-02-13")
C("EDU", "statement", "2023-02-06", who=[["محمود أوزر"]])
ev("EDU", A1, "وأعلن وزير التربية الوطنية محمود أوزر")
C("EU_MECH", "statement", "2023-02-06", who=[["الاتحاد الأوروبي"]])
ev("EU_MECH", A1, "أعلن الاتحاد الأوروبي في بروكسل")
vague(A2, "صباح يوم الزلزال")
C("EMERGENCY_CABINET", "meeting", "2023-02-06", who=[ASSAD, ["مجلس الوزراء"]])
ev("EMERGENCY_CABINET", A2, "اجتماعا طارئا لمجلس الوزراء")
d(A3, "يوم 7 فبراير", "2023-02-07", "2023-02-07")
d(A3, "يوم الجمعة الماضي", "2023-02-10", "2023-02-10")
dur(A3, "ثلاثة أشهر", "P3M", ctx="لمدة ثلاثة أشهر في الولايات")
vague(A3, "غداة")
ev("SISI_ASSAD_CALL", A3, "أول اتصال هاتفي له بالأسد")
ev("ASSAD_ALEPPO", A3, "فيما زار الأسد حلب")
C("EMERGENCY_STATE", "statement", "2023-02-07", who=[ERDOGAN])
ev("EMERGENCY_STATE", A3, "كان الرئيس رجب طيب أردوغان قد أعلن حالة الطوارئ")

d(B1, "أمس", "2022-07-14", "2022-07-14", ctx="وشارك بايدن أمس")
C("I2U2", "meeting", "2022-07-14", who=[BIDEN])
ev("I2U2", B1, "قمة افتراضية جمعته بقادة إسرائيل والهند والإمارات")
C("BIDEN_PRESS_0715", "statement", "2022-07-15", who=[BIDEN])
ev("BIDEN_PRESS_0715", B2, "وقال الرئيس الأمريكي في تصريحات للصحفيين عقب المباحثات")
C("BIDEN_SUMMIT_SPEECH", "statement", "2022-07-16", who=[BIDEN])
ev("BIDEN_SUMMIT_SPEECH", B3, "من جانبه، قال بايدن فى كلمته أمام القمة")

d(C3, "يوم 31 ماي", "2021-05-31", "2021-05-31")
dur(C3, "يوم", "P1D", ctx="بعد يوم من لقائه")
C("KAMEL_GAZA", "meeting", "2021-05-31", who=[["عباس كامل", "اللواء عباس كامل"], HAMAS])
ev("KAMEL_GAZA", C3, "قد زار غزة")
ev("KAMEL_GAZA", C3, "والتقى قيادة حركة حماس")
C("KAMEL_NETANYAHU", "meeting", "2021-05-30", who=[["عباس كامل", "اللواء عباس كامل"], NETANYAHU])
ev("KAMEL_NETANYAHU", C3, "لقائه نتنياهو في القدس")

d(D3, "أفريل 2023", "2023-04", ("2023-04-01", "2023-04-30"))
d(D3, "ديسمبر 2021", "2021-12", ("2021-12-01", "2021-12-31"))
C("KM_VERDICT", "other", "2023-04-17", ("2023-04-01", "2023-04-30"), who=[["محكمة في موسكو"], KARA])
ev("KM_VERDICT", D3, "وكانت محكمة في موسكو قد أصدرت الحكم على كارا-مورزا")
C("KR_VERDICT", "other", "2021-12-15", ("2021-12-01", "2021-12-31"), who=[["محكمة في برلين"], KRASIKOV])
ev("KR_VERDICT", D3, "بينما قضت محكمة في برلين بسجن كراسيكوف")

TIMEX.append((X1, "يومي 26 أبريل و4 مايو", _occ(X1, "يومي 26 أبريل و4 مايو"), "multi", ["2022-04-26", "2022-05-04"], None, None, True))
C("UEFA_STMT", "statement", "2022-05-28", who=[["الاتحاد الأوروبي لكرة القدم", "يويفا"]])
ev("UEFA_STMT", X1, "وعزا الاتحاد الأوروبي لكرة القدم (يويفا)")
C("ANCELOTTI", "statement", "2022-05-28", who=[["كارلو أنشيلوتي", "أنشيلوتي"]])
ev("ANCELOTTI", X1, "وقال أنشيلوتي في المؤتمر الصحفي عقب المباراة")
C("JMMC", "meeting", "2022-10-05", who=[["اللجنة الوزارية المشتركة لمراقبة الإنتاج"]])
ev("JMMC", X2, "اجتماع للجنة الوزارية المشتركة لمراقبة الإنتاج")
ev("VIENNA_MEETING", X2, "وسبق الاجتماع الوزاري")
d(X3, "يونيو الماضي", "2023-06", ("2023-06-01", "2023-06-30"))
d(X3, "العام المقبل", "2024", ("2024-01-01", "2024-12-31"))
C("VISION", "other", "2023-06-05", ("2023-06-01", "2023-06-30"), who=[APPLE])
ev("VISION", X3, "وكانت الشركة قد كشفت")
d(X4, "يوم 14 من الشهر نفسه", "2021-11-14", "2021-11-14")
C("BRAZIL_GP", "other", "2021-11-14", who=[HAMILTON])
ev("BRAZIL_GP", X4, "بعد فوزه بسباق البرازيل")
dur(B1, "يومين", "P2D")

# ================================================================== kept apart
DIFF = [
    # A
    ["Q1", "Q2"], ["Q1", "MOURNING"], ["MOURNING", "AFAD_APPEAL"], ["MOURNING", "BIDEN_CALL"],
    ["AFAD_APPEAL", "WHITE_HELMETS"], ["MBZ_CALL", "SISI_ASSAD_CALL"], ["MBZ_CALL", "BIDEN_CALL"],
    ["ASSAD_ALEPPO", "CABINET_AID"], ["ASSAD_ALEPPO", "LEB_DELEGATION"], ["HEALTH_TOLL", "CABINET_AID"],
    ["UN_ANNOUNCE", "ASSAD_AGREES"], ["ASSAD_AGREES", "ASSAD_GRIFFITHS"], ["UN_ANNOUNCE", "ASSAD_GRIFFITHS"],
    ["GRIFFITHS_BAB", "GRIFFITHS_TWEET"], ["GRIFFITHS_BAB", "ASSAD_GRIFFITHS"], ["KS_PLANE", "GUTERRES_APPEAL"],
    ["KS_PLANE", "UN_CONVOY"], ["SAFADI_VISIT", "SAFADI_ASSAD"], ["SAFADI_ASSAD", "ASSAD_GRIFFITHS"],
    ["ERZINCAN", "IZMIT"], ["IZMIT", "Q1"], ["ERZINCAN", "Q1"], ["Q2", "IZMIT"],
    # B
    ["ABBAS_BIDEN", "ABBAS_WORDS"], ["ABBAS_BIDEN", "BIDEN_WORDS"], ["ABBAS_WORDS", "BIDEN_WORDS"],
    ["AUGUSTA_VISIT", "HOSPITAL_PLEDGE"], ["AUGUSTA_VISIT", "ABBAS_BIDEN"], ["FLIGHT_JEDDAH", "ARRIVAL_ISRAEL"],
    ["FLIGHT_JEDDAH", "KING_BIDEN"], ["KING_BIDEN", "MBS_BIDEN"], ["MBS_BIDEN", "SIGNINGS"], ["GACA", "WH_TIRAN"],
    ["JERUSALEM_DECL", "SIGNINGS"], ["SUMMIT", "SISI_BIDEN"], ["SUMMIT", "RIYADH_2017"],
    ["TRUMP_BETHLEHEM", "RIYADH_2017"], ["TRUMP_BETHLEHEM", "ABBAS_BIDEN"], ["SISI_BIDEN", "BIDEN_KADHIMI"],
    ["SISI_BIDEN", "BIDEN_MBZ"], ["BIDEN_KADHIMI", "BIDEN_MBZ"], ["SISI_SPEECH", "RADY"], ["SISI_SPEECH", "JOINT_STMT"],
    ["RADY", "JOINT_STMT"], ["SISI_RETURN", "SISI_BIDEN"], ["SUMMIT", "JOINT_STMT"], ["SISI_SPEECH", "SISI_BIDEN"],
    ["KING_BIDEN", "SUMMIT"],
    # C
    ["LAPID_INFORMS", "RAAM_SIGNS"], ["LAPID_INFORMS", "HERZOG_ELECTED"], ["HERZOG_ELECTED", "LEVY_ELECTED"],
    ["HERZOG_ELECTED", "HERZOG_OFFICE"], ["CONFIDENCE_VOTE", "BENNETT_OATH"], ["CONFIDENCE_VOTE", "LEVY_ELECTED"],
    ["BENNETT_OATH", "BIDEN_BENNETT"], ["BENNETT_0613", "NETANYAHU_0613"], ["BENNETT_0530", "NETANYAHU_0530"],
    ["BENNETT_0530", "BENNETT_0613"], ["NETANYAHU_0530", "NETANYAHU_0613"], ["FIRST_CABINET", "HANDOVER"],
    ["CONFIDENCE_VOTE", "FIRST_CABINET"], ["LAPID_MANDATE", "LAPID_INFORMS"], ["GAZA_RAIDS", "BALLOONS"],
    ["GAZA_RAIDS", "IDF_STMT"], ["FLAG_MARCH", "HAMAS_STMT"], ["GAZA_RAIDS", "WAR_START"], ["BALLOONS", "WAR_START"],
    ["CEASEFIRE_0521", "WAR_START"], ["CONFIDENCE_VOTE", "HERZOG_ELECTED"],
    # D
    ["SWAP", "MIT_STMT"], ["SWAP", "BIDEN_STMT"], ["BIDEN_STMT", "BIDEN_PRESSER"], ["ANDREWS", "PUTIN_VNUKOVO"],
    ["ANDREWS", "SCHOLZ"], ["SCHOLZ", "PUTIN_VNUKOVO"], ["KREMLIN_STMT", "PESKOV"], ["KM_PRESSER", "PESKOV"],
    ["G_VERDICT", "K_VERDICT"], ["G_ARREST", "W_ARREST"], ["G_VERDICT", "G_ARREST"], ["KRIEGER_PARDON", "SWAP"],
    ["TRUMP_POST", "BIDEN_PRESSER"], ["MIT_STMT", "KREMLIN_STMT"], ["SWAP", "ANDREWS"],
    ["KHANGOSHVILI", "UKRAINE_WAR"], ["SWAP", "PUTIN_VNUKOVO"],
    # X
    ["FINAL", "DELAY"], ["FINAL", "PL_LOST"], ["FINAL", "KYIV_2018"], ["FINAL", "CELEBRATIONS"],
    ["CELEBRATIONS", "PARADE"], ["FINAL", "PARADE"], ["CUT", "VIENNA_MEETING"], ["VIENNA_MEETING", "MARCH2020"],
    ["VIENNA_MEETING", "DEC4"], ["CUT", "WH_STMT"], ["AZB_SAYS", "WH_STMT"], ["CUT", "FOUNDING"],
    ["LAUNCH", "IPHONE14"], ["LAUNCH", "SHARE"], ["LAUNCH", "COOK"], ["PREORDER", "RELEASE"], ["LAUNCH", "EU_VOTE"],
    ["RACE", "PENALTY"], ["RACE", "ABU_DHABI"], ["RACE", "QATAR_GP"], ["RACE", "QUARREL"], ["PENALTY", "QUARREL"],
    # second pass
    ["EDU", "MOURNING"], ["EU_MECH", "AFAD_APPEAL"], ["EDU", "EU_MECH"], ["EMERGENCY_CABINET", "MBZ_CALL"],
    ["EMERGENCY_CABINET", "CABINET_AID"], ["EMERGENCY_STATE", "MOURNING"], ["EMERGENCY_STATE", "SISI_ASSAD_CALL"],
    ["I2U2", "SUMMIT"], ["I2U2", "JERUSALEM_DECL"], ["BIDEN_PRESS_0715", "MBS_BIDEN"], ["BIDEN_PRESS_0715", "BIDEN_WORDS"],
    ["BIDEN_SUMMIT_SPEECH", "SISI_SPEECH"], ["BIDEN_SUMMIT_SPEECH", "JOINT_STMT"], ["KAMEL_GAZA", "KAMEL_NETANYAHU"],
    ["KAMEL_NETANYAHU", "BENNETT_0530"], ["KAMEL_NETANYAHU", "NETANYAHU_0530"], ["KAMEL_GAZA", "CEASEFIRE_0521"],
    ["KM_VERDICT", "KR_VERDICT"], ["KM_VERDICT", "G_VERDICT"], ["KR_VERDICT", "KHANGOSHVILI"], ["KM_VERDICT", "KM_PRESSER"],
    ["UEFA_STMT", "DELAY"], ["ANCELOTTI", "FINAL"], ["UEFA_STMT", "ANCELOTTI"], ["JMMC", "VIENNA_MEETING"],
    ["JMMC", "CUT"], ["VISION", "LAUNCH"], ["BRAZIL_GP", "QATAR_GP"], ["VISION", "IPHONE14"],
]


def _chain(*keys):
    return [[a, b] for a, b in zip(keys, keys[1:], strict=False)]


# ================================================================== before (strict on tight dates)
BEFORE = (
    _chain("ERZINCAN", "IZMIT", "Q1", "SISI_ASSAD_CALL", "LEB_DELEGATION", "UN_CONVOY", "ASSAD_ALEPPO",
           "GRIFFITHS_BAB", "ASSAD_GRIFFITHS", "KS_PLANE", "SAFADI_VISIT")
    + [["MBZ_CALL", "SISI_ASSAD_CALL"], ["BIDEN_CALL", "SISI_ASSAD_CALL"], ["CABINET_AID", "GRIFFITHS_BAB"],
       ["GUTERRES_APPEAL", "SAFADI_ASSAD"], ["ASSAD_AGREES", "KS_PLANE"], ["UN_ANNOUNCE", "GUTERRES_APPEAL"],
       ["Q2", "LEB_DELEGATION"], ["HEALTH_TOLL", "GRIFFITHS_TWEET"]]
    + _chain("RIYADH_2017", "TRUMP_BETHLEHEM", "BIDEN_INAUG", "UKRAINE_WAR", "ABU_AKLEH", "ARRIVAL_ISRAEL",
             "JERUSALEM_DECL", "ABBAS_BIDEN", "SUMMIT")
    + [["JERUSALEM_DECL", "KING_BIDEN"], ["FLIGHT_JEDDAH", "SISI_BIDEN"], ["GACA", "SUMMIT"],
       ["MBS_BIDEN", "SISI_RETURN"], ["AUGUSTA_VISIT", "BIDEN_KADHIMI"], ["ARRIVAL_ISRAEL", "HOSPITAL_PLEDGE"]]
    + _chain("ELECTION_0323", "LAPID_MANDATE", "WAR_START", "CEASEFIRE_0521", "BENNETT_0530", "LAPID_INFORMS",
             "CONFIDENCE_VOTE", "HANDOVER", "FLAG_MARCH", "GAZA_RAIDS", "HERZOG_OFFICE")
    + [["HERZOG_ELECTED", "LEVY_ELECTED"], ["NETANYAHU_0530", "RAAM_SIGNS"], ["BIDEN_BENNETT", "HAMAS_STMT"],
       ["BALLOONS", "IDF_STMT"], ["RAAM_SIGNS", "BENNETT_OATH"], ["NETANYAHU_0613", "HANDOVER"]]
    + _chain("W_ARREST", "KHANGOSHVILI", "UKRAINE_WAR", "G_ARREST", "NAVALNY_DEATH", "G_VERDICT",
             "KRIEGER_PARDON", "SWAP", "KM_PRESSER")
    + [["K_VERDICT", "SWAP"], ["KREMLIN_STMT", "PESKOV"], ["MIT_STMT", "PESKOV"], ["BIDEN_STMT", "KM_PRESSER"],
       ["PUTIN_VNUKOVO", "PESKOV"]]
    + _chain("FOUNDING", "KYIV_2018", "MARCH2020", "QATAR_GP", "RACE", "ABU_DHABI", "PL_LOST", "FINAL", "PARADE",
             "IPHONE14", "EU_VOTE", "CUT", "DEC4", "LAUNCH", "PREORDER", "RELEASE")
    + [["COOK", "PREORDER"], ["SHARE", "RELEASE"], ["PENALTY", "ABU_DHABI"], ["WH_STMT", "DEC4"],
       ["DELAY", "PARADE"], ["AZB_SAYS", "DEC4"]]
    + [["EMERGENCY_CABINET", "EMERGENCY_STATE"], ["EMERGENCY_STATE", "LEB_DELEGATION"], ["EDU", "EMERGENCY_STATE"],
       ["I2U2", "ABBAS_BIDEN"], ["BIDEN_PRESS_0715", "BIDEN_SUMMIT_SPEECH"], ["CEASEFIRE_0521", "KAMEL_NETANYAHU"],
       ["KAMEL_NETANYAHU", "KAMEL_GAZA"], ["KAMEL_GAZA", "LAPID_INFORMS"], ["KHANGOSHVILI", "KR_VERDICT"],
       ["KR_VERDICT", "UKRAINE_WAR"], ["G_ARREST", "KM_VERDICT"], ["KM_VERDICT", "NAVALNY_DEATH"],
       ["EU_MECH", "SISI_ASSAD_CALL"], ["BRAZIL_GP", "QATAR_GP"], ["IPHONE14", "VISION"], ["VISION", "LAUNCH"],
       ["JMMC", "DEC4"], ["UEFA_STMT", "PARADE"]]
    # across stories
    + [["BIDEN_INAUG", "ELECTION_0323"], ["HERZOG_OFFICE", "QATAR_GP"], ["SUMMIT", "IPHONE14"], ["DEC4", "Q1"],
       ["SAFADI_VISIT", "G_ARREST"], ["LAUNCH", "NAVALNY_DEATH"], ["CONFIDENCE_VOTE", "QATAR_GP"]]
)

GOLD = dict(timex=TIMEX, clusters=CLUSTERS, events=EVENTS, diff=DIFF, before=BEFORE)
