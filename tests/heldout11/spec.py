"""Gold for the eleventh blind held-out set (16 articles): the format of ../heldout10/spec.py.

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

HERE = pathlib.Path(__file__).resolve().parent

PUBLISHED = {
    "g1_wam_1208": "2022-12-08T21:00:00+04:00",
    "g2_sa_1209": "2022-12-09",
    "g3_lb_1216": "2022-12-16",
    "b1_afp_0830": "2023-08-30T19:00:00+01:00",
    "b2_ma_0901": "2023-09-01",
    "b3_qa_0905": "2023-09-05",
    "v1_sky_1030": "2024-10-30T22:00:00+04:00",
    "v2_dz_1104": "2024-11-04T16:00:00+01:00",
    "v3_aws_1110": "2024-11-10",
    "s1_kuna_0325": "2024-03-25T22:00:00+03:00",
    "s2_mr_0328": "2024-03-28",
    "s3_eg_0403": "2024-04-03",
    "x1_madrid_qa_0602": "2024-06-02",
    "x2_nobel_kw_1006": "2023-10-06",
    "x3_space_spa_0522": "2023-05-22T19:00:00+03:00",
    "x4_lng_ae_0226": "2024-02-26",
}

_TEXTS: dict = {}


def _text(doc):
    if doc not in _TEXTS:
        _TEXTS[doc] = (HERE / "src" / f"{doc}.txt").read_text(encoding="utf-8")
    return _TEXTS[doc]


def _occ(doc, s, ctx=None, n=1):
    """The occurrence number of `s` (counted as gold_sets.find counts) at its place inside the
    n-th occurrence of `ctx` (or the n-th occurrence of `s` itself)."""
    text = _text(doc)
    if ctx is None:
        return n
    c = -1
    for _ in range(n):
        c = text.find(ctx, c + 1)
        if c < 0:
            raise SystemExit(f"{doc}: context not found: {ctx!r}")
    if s not in ctx:
        raise SystemExit(f"{doc}: {s!r} not inside its context {ctx!r}")
    target, i, k = c + ctx.index(s), -1, 0
    while True:
        i = text.find(s, i + 1)
        k += 1
        if i == target:
            return k


def _span(value):
    """[first day, last day] of an ISO day, month or year (a clock time keeps its day)."""
    v = value.split("T")[0]
    if len(v) == 4:
        return [f"{v}-01-01", f"{v}-12-31"]
    if len(v) == 7:
        y, m = map(int, v.split("-"))
        return [f"{v}-01", f"{v}-{calendar.monthrange(y, m)[1]:02d}"]
    return [v, v]


TIMEX = []


def D(doc, s, value, ctx=None, n=1, outer=None, tight=None):
    """A required date row; tight defaults to the value's span, outer to tight."""
    tight = tight or _span(value)
    TIMEX.append((doc, s, _occ(doc, s, ctx, n), "date", value, tight, outer or tight, True))


def DUR(doc, s, value, ctx=None, n=1):
    TIMEX.append((doc, s, _occ(doc, s, ctx, n), "duration", value, None, None, True))


def V(doc, s, ctx=None, n=1):
    TIMEX.append((doc, s, _occ(doc, s, ctx, n), "vague", None, None, None, False))


CLUSTERS = {}


def C(name, typ, tight, outer=None, who=()):
    tight = _span(tight) if isinstance(tight, str) else list(tight)
    outer = (_span(outer) if isinstance(outer, str) else list(outer)) if outer else tight
    CLUSTERS[name] = dict(type=typ, tight=tight, outer=outer, participants=[list(p) for p in who])


EVENTS = []


def E(cluster, doc, s, ctx=None, n=1):
    EVENTS.append((cluster, doc, s, _occ(doc, s, ctx, n), CLUSTERS[cluster]["type"]))


# ------------------------------------------------------------------ names
GRINER = ("بريتني غراينر", "بريتني غرينر", "غراينر", "غرينر")
BOUT = ("فيكتور بوت", "بوت")
BIDEN = ("جو بايدن", "بايدن")
BONGO = ("علي بونغو أونديمبا", "علي بونغو", "بونغو")
OMAR = ("عمر بونغو",)
OLIGUI = ("بريس كلوتير أوليغي نغيما", "بريس أوليغي نغيما", "أوليغي نغيما")
JUNTA = ("لجنة المرحلة الانتقالية وإعادة المؤسسات", "المجلس العسكري")
PSC = ("مجلس السلم والأمن التابع للاتحاد الإفريقي", "مجلس السلم والأمن", "الاتحاد الإفريقي",
       "الاتحاد الأفريقي")
ECCAS = ("المجموعة الاقتصادية لدول وسط إفريقيا", "إيكاس")
SANCHEZ = ("بيدرو سانشيز", "سانشيز", "حكومة سانشيز")
FELIPE = ("الملك فيليبي السادس", "فيليبي السادس", "ملك إسبانيا")
LETIZIA = ("الملكة ليتيسيا", "ليتيسيا")
MAZON = ("كارلوس مازون", "مازون")
AEMET = ("وكالة الأرصاد الجوية الإسبانية",)
FAYE = ("باسيرو ديوماي فاي", "باسيرو ديوماى فاى", "فاي", "فاى")
SALL = ("ماكي سال", "ماكى سال", "سال")
SONKO = ("عثمان سونكو", "سونكو")
COUNCIL = ("المجلس الدستوري", "المجلس الدستورى")
BARNAWI = ("ريانة برناوي", "برناوي")
QARNI = ("علي القرني", "القرني")
FOSSE = ("يون فوسه", "فوسه")
MALM = ("ماتس مالم",)

# ------------------------------------------------------------------ clusters
# Griner-Bout, December 2022
C("G_SWAP", "other", "2022-12-08", who=[GRINER, BOUT])
C("G_JOINT", "statement", "2022-12-08",
  who=[("دولة الإمارات العربية المتحدة", "الإمارات"), ("المملكة العربية السعودية", "السعودية")])
C("G_BIDEN", "statement", "2022-12-08", who=[BIDEN])
C("G_CALL", "call", "2022-12-08", who=[BIDEN, GRINER])
C("G_RUMFA", "statement", "2022-12-08", who=[("وزارة الخارجية الروسية",)])
C("G_BOUT_ARR", "other", "2022-12-08", who=[BOUT])
C("G_GRINER_ARR", "other", "2022-12-09", who=[GRINER])
C("G_PUTIN", "statement", "2022-12-09", who=[("فلاديمير بوتين", "بوتين")])
C("G_INSTA", "statement", "2022-12-15", who=[GRINER])
C("G_VERDICT", "other", "2022-08-04", outer="2022-08", who=[GRINER])
C("G_ARREST", "other", "2022-02-17", who=[GRINER])
C("G_APPEAL", "other", "2022-10-25", who=[GRINER])
C("G_BOUT_ARREST", "other", "2008-03-06", outer="2008", who=[BOUT])
C("G_BOUT_SENT", "other", "2012-04-05", outer="2012", who=[BOUT])
C("G_REED", "other", "2022-04-27", outer="2022-04", who=[("تريفور ريد",), ("كونستانتين ياروشينكو",)])
# Gabon, August-September 2023
C("B_COUP", "other", "2023-08-30", who=[JUNTA, BONGO])
C("B_RESULTS", "other", "2023-08-30", who=[("المركز الغابوني للانتخابات",), BONGO])
C("B_ELECTION", "other", "2023-08-26")
C("B_HOUSEARREST", "other", "2023-08-30", who=[BONGO])
C("B_SON", "other", "2023-08-30", who=[("نور الدين بونغو فالنتان",)])
C("B_VIDEO", "statement", "2023-08-30", who=[BONGO])
C("B_NAMING", "other", "2023-08-30", who=[OLIGUI, JUNTA])
C("B_CELEB", "other", "2023-08-30", outer=["2023-08-30", "2023-08-31"])
C("B_FRANCE", "statement", "2023-08-30", who=[("فرنسا",)])
C("B_FAKI", "statement", "2023-08-30", who=[("موسى فقي محمد", "موسى فقي")])
C("B_OMAR_DEATH", "other", "2009-06-08", outer="2009", who=[OMAR])
C("B_OMAR_1967", "other", "1967-12-02", outer="1967", who=[OMAR])
C("B_NIGER", "other", "2023-07-26")
C("B_AU_SUSP", "other", "2023-08-31", who=[PSC])
C("B_PSC_MEET", "meeting", "2023-08-31", who=[PSC])
C("B_OATH_ANN", "statement", "2023-08-31", who=[JUNTA])
C("B_OATH", "other", "2023-09-04", who=[OLIGUI])
C("B_MOROCCO", "statement", "2023-08-30",
  who=[("وزارة الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج", "المملكة المغربية")])
C("B_SPEECH", "statement", "2023-09-04", who=[OLIGUI])
C("B_ECCAS_SUSP", "other", "2023-09-04", who=[ECCAS])
C("B_ECCAS_SUMMIT", "meeting", "2023-09-04", who=[ECCAS])
C("B_BORDERS", "other", "2023-09-02", who=[JUNTA])
C("B_STROKE", "other", "2018-10-24", outer="2018-10", who=[BONGO])
C("B_2016", "other", ["2016-08-27", "2016-08-31"], outer="2016", who=[BONGO])
# Valencia, October-November 2024
C("V_FLOOD", "other", "2024-10-29")
C("V_MOURN", "other", "2024-10-30", who=[SANCHEZ])
C("V_SPEECH", "statement", "2024-10-30", who=[SANCHEZ])
C("V_ALERT", "other", "2024-10-29", who=[AEMET])
C("V_ESALERT", "other", "2024-10-29", who=[("حكومة إقليم فالنسيا",) + MAZON])
C("V_VDL", "statement", "2024-10-30", who=[("أورسولا فون دير لاين", "فون دير لاين")])
C("V_FELIPE", "statement", "2024-10-30", outer=["2024-10-29", "2024-10-30"], who=[FELIPE])
C("V_1957", "other", "1957-10-14", outer="1957")
C("V_MUD", "other", "2024-11-03", who=[FELIPE, LETIZIA, SANCHEZ, MAZON])
C("V_VISIT", "other", "2024-11-03", who=[FELIPE, LETIZIA, SANCHEZ, MAZON])
C("V_LEAVE", "other", "2024-11-03", who=[SANCHEZ])
C("V_DEPLOY", "other", "2024-11-02", who=[SANCHEZ])
C("V_BCN", "other", "2024-11-04")
C("V_ALERT2", "other", "2024-11-04", who=[AEMET])
C("V_PROTEST", "other", "2024-11-09")
C("V_CLASH", "other", "2024-11-09")
C("V_AID", "other", "2024-11-05", who=[SANCHEZ])
C("V_CABINET", "meeting", "2024-11-05", who=[("مجلس الوزراء",)])
C("V_1973", "other", ["1973-10-18", "1973-10-19"], outer="1973")
C("V_PARL", "other", "2024-11-15", who=[MAZON])
# Senegal, February-April 2024
C("S_BA", "statement", "2024-03-25", who=[("أمادو با",), FAYE])
C("S_VOTE", "other", "2024-03-24")
C("S_SALL", "statement", "2024-03-25", who=[SALL, FAYE])
C("S_PROV", "other", "2024-03-27", outer=["2024-03-25", "2024-03-31"],
  who=[("اللجنة الوطنية لفرز الأصوات",), FAYE])
C("S_RELEASE", "other", "2024-03-14", who=[FAYE, SONKO])
C("S_POSTPONE", "other", "2024-02-03", outer="2024-02", who=[SALL])
C("S_ANNUL", "other", "2024-02-15", outer=["2024-02-03", "2024-03-24"], who=[COUNCIL])
C("S_FINAL", "other", "2024-03-29", outer=["2024-03-28", "2024-04-02"], who=[COUNCIL, FAYE])
C("S_HANDOVER", "other", "2024-04-02", who=[FAYE, SALL])
C("S_FAYE_SPEECH", "statement", "2024-03-25", who=[FAYE])
C("S_GHAZ_CALL", "call", "2024-03-25", who=[("محمد ولد الشيخ الغزواني", "الغزواني"), FAYE])
C("S_OATH", "other", "2024-04-02", who=[FAYE])
C("S_SONKO", "other", "2024-04-02", who=[FAYE, SONKO])
# distractors
C("X_FINAL", "other", "2024-06-01", who=[("ريال مدريد",), ("بوروسيا دورتموند", "دورتموند")])
C("X_KROOS", "statement", "2024-05-21", who=[("توني كروس", "كروس")])
C("X_ANCELOTTI", "statement", "2024-06-01", outer=["2024-06-01", "2024-06-02"],
  who=[("كارلو أنشيلوتي", "أنشيلوتي")])
C("X_SEMI", "other", "2024-05-08", who=[("ريال مدريد",), ("بايرن ميونيخ",)])
C("X_NOBEL", "other", "2023-10-05", who=[("الأكاديمية السويدية",), FOSSE])
C("X_MALM", "statement", "2023-10-05", who=[MALM])
C("X_CALL", "call", "2023-10-05", who=[MALM, FOSSE])
C("X_FOSSE", "statement", "2023-10-05", who=[FOSSE])
C("X_CEREMONY", "other", "2023-12-10")
C("X_DOCK", "other", "2023-05-22", who=[BARNAWI, QARNI])
C("X_LAUNCH", "other", ["2023-05-21", "2023-05-22"], who=[BARNAWI, QARNI])
C("X_SWAHA", "statement", "2023-05-22", who=[("عبدالله السواحة", "السواحة")])
C("X_RETURN", "other", "2023-05-31", outer=["2023-05-30", "2023-05-31"], who=[BARNAWI, QARNI])
C("X_SULTAN", "other", "1985-06-17", outer="1985", who=[("الأمير سلطان بن سلمان", "سلطان بن سلمان")])
C("X_LNG", "statement", "2024-02-25", who=[("سعد بن شريدة الكعبي", "الكعبي")])
C("X_PAUSE", "other", "2024-01-26", who=[("إدارة الرئيس الأمريكي جو بايدن",) + BIDEN])
C("X_SINOPEC", "other", "2022-11-21", outer="2022", who=[("قطر للطاقة",), ("سينوبك",)])

# ------------------------------------------------------------------ g1: WAM, Thursday 8 December 2022
d = "g1_wam_1208"
D(d, "8 ديسمبر", "2022-12-08")
D(d, "اليوم", "2022-12-08", ctx="بيان مشترك اليوم")
D(d, "اليوم الخميس", "2022-12-08")
D(d, "الرابع من أغسطس الماضي", "2022-08-04")
DUR(d, "تسع سنوات", "P9Y")
D(d, "يوم 17 فبراير الماضي", "2022-02-17")
DUR(d, "25 عاما", "P25Y")
V(d, "بعد أشهر")
D(d, "يوم 27 أبريل الماضي", "2022-04-27")
E("G_SWAP", d, "للإفراج عن مواطنين")
E("G_JOINT", d, "أعلنت دولة الإمارات العربية المتحدة والمملكة العربية السعودية، في بيان مشترك")
E("G_SWAP", d, "الإفراج عن المواطنة الأمريكية")
E("G_JOINT", d, "وأوضح البيان")
E("G_SWAP", d, "عملية التبادل جرت")
E("G_BIDEN", d, "ورحب الرئيس الأمريكي جو بايدن")
E("G_SWAP", d, "بالإفراج عن غراينر")
E("G_BIDEN", d, "ووجه الشكر")
E("G_SWAP", d, "إتمام العملية")
E("G_VERDICT", d, "محكمة روسية قد قضت")
E("G_VERDICT", d, "إدانتها")
E("G_ARREST", d, "توقيفها في مطار شيريميتيفو")
E("G_SWAP", d, "وتأتي عملية التبادل")
E("G_REED", d, "إفراج موسكو وواشنطن")
E("G_REED", d, "عملية تبادل جرت في تركيا")

# ------------------------------------------------------------------ g2: Saudi daily, Friday 9 December 2022
d = "g2_sa_1209"
D(d, "الجمعة 15 جمادى الأولى 1444هـ", "2022-12-09")
D(d, "9 ديسمبر 2022م", "2022-12-09")
D(d, "أمس (الخميس)", "2022-12-08")
D(d, "أمس", "2022-12-08", ctx="البيت الأبيض أمس")
D(d, "منذ عام 2018", "2018")
D(d, "أمس", "2022-12-08", ctx="في بيان أمس")
D(d, "مساء اليوم نفسه", "2022-12-08TEV")
D(d, "عام 2008", "2008")
DUR(d, "25 عاماً", "P25Y")
D(d, "في 2012", "2012")
D(d, "يوم 25 أكتوبر الماضي", "2022-10-25")
E("G_SWAP", d, "تنهي أزمة غرينر وبوت")
E("G_SWAP", d, "إتمام صفقة تبادل السجينين")
E("G_SWAP", d, "جرى تسليم لاعبة كرة السلة")
E("G_BIDEN", d, "وأعلن الرئيس الأمريكي جو بايدن")
E("G_SWAP", d, "الإفراج عن غرينر")
E("G_CALL", d, "تحدث معها هاتفياً")
E("G_BIDEN", d, "وشكر بايدن")
E("G_RUMFA", d, "أكدت وزارة الخارجية الروسية في بيان")
E("G_BOUT_ARR", d, "عاد إلى الوطن")
E("G_BOUT_ARR", d, "وصل الأخير إلى مطار فنوكوفو")
E("G_BOUT_ARREST", d, "قد اعتقل في بانكوك")
E("G_BOUT_SENT", d, "وصدر بحقه حكم بالسجن")
E("G_APPEAL", d, "رفضت محكمة روسية استئناف غرينر")

# ------------------------------------------------------------------ g3: Lebanese daily, Friday 16 December 2022
d = "g3_lb_1216"
D(d, "أمس الخميس", "2022-12-15")
V(d, "الموسم المقبل")
D(d, "يوم 8 كانون الأول/ديسمبر الجاري", "2022-12-08")
D(d, "فجر الجمعة الماضي", "2022-12-09")
V(d, "نحو عشرة أشهر")
D(d, "في 17 شباط/فبراير الماضي", "2022-02-17")
D(d, "في آب/أغسطس", "2022-08")
DUR(d, "تسع سنوات", "P9Y")
D(d, "في اليوم نفسه", "2022-12-09")
D(d, "في 8 كانون الأول/ديسمبر", "2022-12-08")
D(d, "هذا العام", "2022")
D(d, "في نيسان/أبريل الماضي", "2022-04")
E("G_PUTIN", d, "وبوتين لا يستبعد")
E("G_INSTA", d, "أعلنت نجمة كرة السلة الأميركية بريتني غراينر")
E("G_INSTA", d, "في أول تعليق لها")
E("G_SWAP", d, "الإفراج عنها")
E("G_SWAP", d, "عملية التبادل مع تاجر السلاح")
E("G_GRINER_ARR", d, "غراينر قد وصلت")
E("G_ARREST", d, "توقيفها في مطار شيريميتيفو")
E("G_VERDICT", d, "وصدر بحقها")
E("G_PUTIN", d, "قال الرئيس الروسي فلاديمير بوتين")
E("G_BIDEN", d, "وكان الرئيس الأميركي جو بايدن قد أعلن")
E("G_REED", d, "أجرتا عملية تبادل أولى")
E("G_REED", d, "أفرج بموجبها عن العسكري الأميركي السابق تريفور ريد")

# ------------------------------------------------------------------ b1: AFP, Wednesday 30 August 2023
d = "b1_afp_0830"
D(d, "30-8-2023", "2023-08-30")
D(d, "فجر اليوم الأربعاء", "2023-08-30TMO")
V(d, "بعد دقائق")
D(d, "السبت الماضي", "2023-08-26")
V(d, "حتى إشعار آخر")
V(d, "في وقت لاحق")
D(d, "بعد الظهر", "2023-08-30TAF")
D(d, "مساء اليوم", "2023-08-30TEV")
D(d, "عام 2009", "2009")
D(d, "منذ عام 1967", "1967")
V(d, "بعد أكثر من شهر")
D(d, "في 26 تموز/يوليو", "2023-07-26")
E("B_COUP", d, "استيلاءهم على السلطة", n=1)
E("B_HOUSEARREST", d, "وضع علي بونغو قيد الإقامة الجبرية")
E("B_COUP", d, "استيلاءهم على السلطة", n=2)
E("B_RESULTS", d, "إعلان المركز الغابوني للانتخابات")
E("B_ELECTION", d, "الانتخابات التي جرت")
E("B_COUP", d, "في بيان تلاه")
E("B_HOUSEARREST", d, "وضع قيد الإقامة الجبرية")
E("B_SON", d, "أوقف بتهمة")
E("B_VIDEO", d, "وظهر بونغو في مقطع مصور")
E("B_NAMING", d, "تعيين الجنرال بريس كلوتير أوليغي نغيما")
E("B_CELEB", d, "خرج مئات إلى شوارع ليبرفيل للاحتفال")
E("B_FRANCE", d, "ودانت فرنسا")
E("B_COUP", d, "الانقلاب العسكري الجاري")
E("B_FAKI", d, "دعا رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد")
E("B_OMAR_DEATH", d, "وفاة والده عمر بونغو")
E("B_OMAR_1967", d, "تولى الحكم")
E("B_COUP", d, "ويأتي الانقلاب")
E("B_NIGER", d, "انقلاب النيجر")

# ------------------------------------------------------------------ b2: Hespress, Friday 1 September 2023
d = "b2_ma_0901"
D(d, "أمس الخميس", "2023-08-31")
V(d, "غداة")
D(d, "صباح الأربعاء الماضي", "2023-08-30TMO")
D(d, "يوم 26 غشت", "2023-08-26")
D(d, "مساء أمس", "2023-08-31TEV")
D(d, "يوم الاثنين المقبل", "2023-09-04")
D(d, "يوم الأربعاء", "2023-08-30", ctx="في بلاغ يوم الأربعاء")
D(d, "منذ عام 2020", "2020")
E("B_AU_SUSP", d, "يعلق عضوية الغابون")
E("B_COUP", d, "الانقلاب على بونغو")
E("B_AU_SUSP", d, "تعليق مشاركة الغابون")
E("B_COUP", d, "استيلاء الجيش على السلطة")
E("B_COUP", d, "وإطاحته بالرئيس")
E("B_AU_SUSP", d, "ويسري القرار")
E("B_AU_SUSP", d, "اتخذه المجلس")
E("B_PSC_MEET", d, "اجتماع خصصه لبحث الوضع")
E("B_COUP", d, "قد أعلنوا")
E("B_ELECTION", d, "الانتخابات الرئاسية التي أجريت")
E("B_NAMING", d, "وتعيين الجنرال بريس أوليغي نغيما")
E("B_OATH_ANN", d, "وأعلن المجلس العسكري")
E("B_OATH", d, "سيؤدي اليمين الدستورية")
E("B_MOROCCO", d, "أكدت وزارة الشؤون الخارجية")
E("B_COUP", d, "ويعد الانقلاب الثامن")

# ------------------------------------------------------------------ b3: Al-Quds Al-Arabi, Tuesday 5 September 2023
d = "b3_qa_0905"
D(d, "أمس الإثنين", "2023-09-04")
DUR(d, "خمسة أيام", "P5D")
D(d, "في 30 آب/أغسطس الماضي", "2023-08-30")
D(d, "في اليوم نفسه", "2023-09-04")
V(d, "بعد أيام")
D(d, "يوم الخميس 31 آب/أغسطس", "2023-08-31")
D(d, "السبت الماضي", "2023-09-02")
V(d, "64 عاما")
D(d, "تشرين الأول/أكتوبر 2018", "2018-10")
V(d, "نحو عامين")
D(d, "عام 2016", "2016")
E("B_OATH", d, "يؤدي اليمين")
E("B_SPEECH", d, "ويعد بانتخابات")
E("B_OATH", d, "أدى الجنرال")
E("B_COUP", d, "قيادته الانقلاب الذي أطاح")
E("B_SPEECH", d, "وتعهد أوليغي نغيما")
E("B_OATH", d, "عقب أداء القسم")
E("B_SPEECH", d, "كما أعلن عزمه")
E("B_ECCAS_SUMMIT", d, "قمة عقدتها")
E("B_ECCAS_SUSP", d, "تعليق عضوية الغابون")
E("B_AU_SUSP", d, "قرار مماثل اتخذه الاتحاد الأفريقي")
E("B_BORDERS", d, "إعادة فتح الحدود")
E("B_COUP", d, "إثر الانقلاب")
E("B_STROKE", d, "تعرض لجلطة دماغية")
E("B_2016", d, "إعادة انتخابه لولاية ثانية")

# ------------------------------------------------------------------ v1: Sky News Arabia, Wednesday 30 October 2024
d = "v1_sky_1030"
DUR(d, "ثلاثة أيام", "P3D", n=1)
D(d, "مساء أمس الثلاثاء", "2024-10-29TEV")
D(d, "اليوم الأربعاء", "2024-10-30")
V(d, "منذ عقود")
DUR(d, "ثماني ساعات", "PT8H")
V(d, "عام كامل")
D(d, "اليوم", "2024-10-30", ctx="كلمة متلفزة اليوم")
DUR(d, "ثلاثة أيام", "P3D", n=2)
D(d, "غد الخميس", "2024-10-31")
D(d, "صباح الثلاثاء", "2024-10-29TMO")
D(d, "الساعة الثامنة و11 دقيقة مساء", "2024-10-29T20:11")
D(d, "اليوم", "2024-10-30", ctx="فون دير لاين اليوم")
D(d, "عام 1957", "1957")
E("V_FLOOD", d, "فيضانات إسبانيا")
E("V_MOURN", d, "وحداد وطني")
E("V_FLOOD", d, "أسفرت الفيضانات التي اجتاحت")
E("V_SPEECH", d, "في كلمة متلفزة")
E("V_MOURN", d, "الحداد الوطني")
E("V_SPEECH", d, "قائلا للمتضررين")
E("V_ALERT", d, "قد أصدرت")
E("V_ESALERT", d, "رسائل التحذير إلى الهواتف")
E("V_VDL", d, "وعرضت رئيسة المفوضية الأوروبية")
E("V_FELIPE", d, "بعث عاهل إسبانيا الملك فيليبي السادس برسالة")
E("V_FLOOD", d, "وتعيد الكارثة")
E("V_1957", d, "فيضان نهر توريا")

# ------------------------------------------------------------------ v2: El Khabar, Monday 4 November 2024
d = "v2_dz_1104"
D(d, "أمس الأحد", "2024-11-03")
V(d, "بعد يوم")
D(d, "السبت", "2024-11-02", ctx="إعلان سانشيز، السبت")
D(d, "مساء 29 أكتوبر الماضي", "2024-10-29TEV")
D(d, "يوم الأربعاء الماضي", "2024-10-30")
DUR(d, "ثلاثة أيام", "P3D")
D(d, "صباح اليوم الاثنين", "2024-11-04TMO")
E("V_MUD", d, "يرشقون")
E("V_MUD", d, "رشق سكان غاضبون")
E("V_FLOOD", d, "الفيضانات", ctx="تضررا من الفيضانات")
E("V_VISIT", d, "خلال زيارتهم للبلدة")
E("V_LEAVE", d, "واضطر سانشيز إلى مغادرة المكان")
E("V_VISIT", d, "واصل الملك جولته")
E("V_VISIT", d, "وتأتي الزيارة")
E("V_DEPLOY", d, "إعلان سانشيز")
E("V_DEPLOY", d, "نشر 5 آلاف جندي إضافي")
E("V_FLOOD", d, "الفيضانات التي ضربت الإقليم")
E("V_MOURN", d, "الحداد الوطني")
E("V_BCN", d, "تسببت أمطار غزيرة")
E("V_ALERT2", d, "أصدرت وكالة الأرصاد")

# ------------------------------------------------------------------ v3: Asharq Al-Awsat, Sunday 10 November 2024
d = "v3_aws_1110"
D(d, "أمس (السبت)", "2024-11-09")
D(d, "في 29 أكتوبر (تشرين الأول) الماضي", "2024-10-29")
V(d, "بعد أيام")
D(d, "الثلاثاء الماضي", "2024-11-05")
D(d, "يوم 3 نوفمبر (تشرين الثاني) الجاري", "2024-11-03")
D(d, "عام 1973", "1973")
D(d, "يوم الجمعة المقبل", "2024-11-15")
E("V_PROTEST", d, "يتظاهرون")
E("V_PROTEST", d, "تظاهر عشرات الآلاف")
E("V_FLOOD", d, "الفيضانات المدمرة التي شهدها الإقليم")
E("V_PROTEST", d, "المسيرة")
E("V_CLASH", d, "وقعت مواجهات محدودة")
E("V_PROTEST", d, "وتأتي الاحتجاجات")
E("V_AID", d, "إعلان رئيس الحكومة بيدرو سانشيز")
E("V_CABINET", d, "اجتماع لمجلس الوزراء")
E("V_AID", d, "حزمة مساعدات أولى")
E("V_MUD", d, "قد رشقوا")
E("V_VISIT", d, "خلال زيارتهم البلدة")
E("V_FLOOD", d, "وأسفرت الفيضانات")
E("V_1973", d, "فيضانات عام 1973")
E("V_PARL", d, "يمثل مازون")

# ------------------------------------------------------------------ s1: KUNA, Monday 25 March 2024
d = "s1_kuna_0325"
D(d, "25 - 3", "2024-03-25")
D(d, "اليوم الاثنين", "2024-03-25")
D(d, "أمس الأحد", "2024-03-24")
D(d, "اليوم", "2024-03-25", ctx="(إكس) اليوم")
V(d, "خلال الأيام المقبلة")
V(d, "44 عاما")
DUR(d, "عشرة أيام", "P10D")
D(d, "يوم 14 مارس الجاري", "2024-03-14")
D(d, "في 3 فبراير الماضي", "2024-02-03")
D(d, "في 25 من الشهر نفسه", "2024-02-25")
D(d, "يوم 15 فبراير", "2024-02-15")
E("S_BA", d, "يقر بفوز")
E("S_BA", d, "أقر مرشح الائتلاف الحاكم")
E("S_VOTE", d, "الانتخابات الرئاسية التي جرت")
E("S_BA", d, "وهنأ المرشح المعارض")
E("S_SALL", d, "كما هنأ الرئيس المنتهية ولايته ماكي سال")
E("S_PROV", d, "تعلن اللجنة الوطنية لفرز الأصوات")
E("S_VOTE", d, "ويأتي فوز فاي")
E("S_RELEASE", d, "خروجه من السجن")
E("S_POSTPONE", d, "إعلان الرئيس سال")
E("S_POSTPONE", d, "تأجيل الانتخابات")
E("S_ANNUL", d, "يلغي المجلس الدستوري القرار")

# ------------------------------------------------------------------ s2: Al-Akhbar (Nouakchott), Thursday 28 March 2024
d = "s2_mr_0328"
D(d, "مساء أمس الأربعاء", "2024-03-27TEV")
D(d, "يوم الأحد الماضي", "2024-03-24")
V(d, "بعد أسابيع")
D(d, "في 25 فبراير", "2024-02-25")
D(d, "في الثاني من إبريل المقبل", "2024-04-02")
D(d, "مساء الاثنين", "2024-03-25TEV")
D(d, "يوم الاثنين", "2024-03-25", ctx="أجرى يوم الاثنين")
E("S_PROV", d, "فاي رئيسا للسنغال")
E("S_PROV", d, "أعلنت اللجنة الوطنية لفرز الأصوات")
E("S_VOTE", d, "الانتخابات قد جرت")
E("S_POSTPONE", d, "تأجيلها من موعدها الأصلي")
E("S_FINAL", d, "يعلن المجلس الدستوري")
E("S_HANDOVER", d, "ليتسلم الرئيس الجديد السلطة")
E("S_FAYE_SPEECH", d, "أول خطاب له")
E("S_FAYE_SPEECH", d, "تعهد فيه")
E("S_GHAZ_CALL", d, "اتصالا هاتفيا")

# ------------------------------------------------------------------ s3: Al-Ahram, Wednesday 3 April 2024
d = "s3_eg_0403"
D(d, "أمس الثلاثاء", "2024-04-02")
D(d, "مساء اليوم نفسه", "2024-04-02TEV")
D(d, "يوم الجمعة الماضى", "2024-03-29")
D(d, "يوم 24 مارس", "2024-03-24")
D(d, "فى فبراير الماضى", "2024-02")
DUR(d, "عشرة أيام", "P10D")
E("S_OATH", d, "يؤدى اليمين الدستورية")
E("S_SONKO", d, "ويعين سونكو")
E("S_OATH", d, "أدى باسيرو ديوماى فاى")
E("S_OATH", d, "مراسم أقيمت")
E("S_OATH", d, "عقب أداء القسم")
E("S_HANDOVER", d, "تسلم السلطة من سلفه")
E("S_SONKO", d, "تعيين عثمان سونكو")
E("S_FINAL", d, "أعلن يوم الجمعة الماضى النتائج النهائية")
E("S_VOTE", d, "التى جرت")
E("S_POSTPONE", d, "قرار سال")
E("S_ANNUL", d, "أبطله المجلس الدستورى")
E("S_RELEASE", d, "يخرج فاى وسونكو من السجن")
E("S_VOTE", d, "الاقتراع")

# ------------------------------------------------------------------ x1: Qatari sports page, Sunday 2 June 2024
d = "x1_madrid_qa_0602"
D(d, "مساء أمس السبت", "2024-06-01TEV")
V(d, "الدقيقة 74")
V(d, "الدقيقة 83")
D(d, "في 21 مايو الماضي", "2024-05-21")
V(d, "كأس أوروبا 2024")
D(d, "يوم 8 مايو", "2024-05-08")
D(d, "منذ عام 2014", "2014")
E("X_FINAL", d, "يتوج بلقبه الخامس عشر")
E("X_FINAL", d, "توج ريال مدريد الإسباني")
E("X_FINAL", d, "فوزه على بوروسيا دورتموند")
E("X_FINAL", d, "المباراة النهائية التي أقيمت")
E("X_FINAL", d, "وكانت المباراة الأخيرة")
E("X_KROOS", d, "اعتزاله اللعب")
E("X_ANCELOTTI", d, "وأكد المدرب الإيطالي كارلو أنشيلوتي")
E("X_SEMI", d, "انتصاره على بايرن ميونيخ")

# ------------------------------------------------------------------ x2: Kuwaiti daily, Friday 6 October 2023
d = "x2_nobel_kw_1006"
D(d, "الجمعة 21 ربيع الأول 1445", "2023-10-06")
D(d, "6 أكتوبر 2023", "2023-10-06")
D(d, "أمس (الخميس)", "2023-10-05")
V(d, "لعام 2023")
V(d, "قبل الإعلان بدقائق")
V(d, "منذ سنوات")
D(d, "في العاشر من ديسمبر المقبل", "2023-12-10")
V(d, "قبل سنوات")
E("X_NOBEL", d, "يفوز بجائزة نوبل")
E("X_NOBEL", d, "منح جائزة نوبل للآداب")
E("X_MALM", d, "وقال الأمين الدائم للأكاديمية ماتس مالم")
E("X_NOBEL", d, "لدى إعلانه اسم الفائز")
E("X_CALL", d, "اتصل بفوسه هاتفيا")
E("X_FOSSE", d, "وعبّر فوسه في بيان")
E("X_CEREMONY", d, "حفل يقام في العاصمة السويدية")

# ------------------------------------------------------------------ x3: SPA, Monday 22 May 2023
d = "x3_space_spa_0522"
D(d, "02 ذو القعدة 1444 هـ", "2023-05-22")
D(d, "22 مايو 2023 م", "2023-05-22")
D(d, "اليوم", "2023-05-22", ctx="القرني، اليوم")
D(d, "الساعة الرابعة و12 دقيقة عصرا", "2023-05-22T16:12")
D(d, "الساعة 12:37 من فجر اليوم", "2023-05-22T00:37")
D(d, "مساء أمس الأحد", "2023-05-21TEV")
V(d, "نحو عشرة أيام")
D(d, "في 31 مايو الجاري", "2023-05-31")
V(d, "نحو 38 عاما")
D(d, "عام 1985", "1985")
E("X_DOCK", d, "يصلان")
E("X_DOCK", d, "وصل رائدا الفضاء السعوديان")
E("X_DOCK", d, "التحام المركبة")
E("X_LAUNCH", d, "قد انطلقت")
E("X_SWAHA", d, "وأعرب وزير الاتصالات وتقنية المعلومات")
E("X_LAUNCH", d, "تنطلق إلى الفضاء")
E("X_RETURN", d, "يعود الطاقم إلى الأرض")
E("X_SULTAN", d, "رحلة صاحب السمو")

# ------------------------------------------------------------------ x4: UAE daily, Monday 26 February 2024
d = "x4_lng_ae_0226"
D(d, "أمس الأحد", "2024-02-25")
V(d, "سنويا")
V(d, "قبل نهاية العقد الحالي")
V(d, "حاليا")
D(d, "بحلول عام 2027", "2027")
D(d, "في 26 يناير الماضي", "2024-01-26")
DUR(d, "27 عاما", "P27Y")
D(d, "عام 2022", "2022")
E("X_LNG", d, "تعلن توسعة جديدة")
E("X_LNG", d, "أعلن وزير الدولة لشؤون الطاقة القطري")
E("X_LNG", d, "وأوضح الكعبي")
E("X_PAUSE", d, "تعليق الموافقات")
E("X_SINOPEC", d, "وقعتها")

# ------------------------------------------------------------------ relations
DIFF = [
    # Griner-Bout
    ("G_SWAP", "G_JOINT"), ("G_SWAP", "G_BIDEN"), ("G_SWAP", "G_CALL"), ("G_SWAP", "G_RUMFA"),
    ("G_SWAP", "G_BOUT_ARR"), ("G_SWAP", "G_GRINER_ARR"), ("G_SWAP", "G_REED"), ("G_JOINT", "G_BIDEN"),
    ("G_JOINT", "G_RUMFA"), ("G_BIDEN", "G_CALL"), ("G_BIDEN", "G_PUTIN"), ("G_BIDEN", "G_INSTA"),
    ("G_BIDEN", "G_RUMFA"), ("G_RUMFA", "G_BOUT_ARR"), ("G_BOUT_ARR", "G_GRINER_ARR"),
    ("G_GRINER_ARR", "G_PUTIN"), ("G_ARREST", "G_VERDICT"), ("G_VERDICT", "G_APPEAL"),
    ("G_ARREST", "G_BOUT_ARREST"), ("G_BOUT_ARREST", "G_BOUT_SENT"), ("G_VERDICT", "G_BOUT_SENT"),
    ("G_INSTA", "G_PUTIN"), ("G_REED", "G_ARREST"), ("G_RUMFA", "G_PUTIN"),
    # Gabon
    ("B_COUP", "B_RESULTS"), ("B_COUP", "B_ELECTION"), ("B_COUP", "B_HOUSEARREST"), ("B_COUP", "B_SON"),
    ("B_COUP", "B_NAMING"), ("B_COUP", "B_VIDEO"), ("B_COUP", "B_CELEB"), ("B_COUP", "B_FRANCE"),
    ("B_COUP", "B_FAKI"), ("B_HOUSEARREST", "B_SON"), ("B_NAMING", "B_OATH"), ("B_NAMING", "B_OATH_ANN"),
    ("B_OATH", "B_SPEECH"), ("B_OATH", "B_OATH_ANN"), ("B_AU_SUSP", "B_PSC_MEET"),
    ("B_AU_SUSP", "B_ECCAS_SUSP"), ("B_ECCAS_SUSP", "B_ECCAS_SUMMIT"), ("B_FRANCE", "B_FAKI"),
    ("B_RESULTS", "B_ELECTION"), ("B_MOROCCO", "B_FRANCE"), ("B_BORDERS", "B_COUP"),
    ("B_NIGER", "B_COUP"), ("B_OMAR_DEATH", "B_OMAR_1967"), ("B_STROKE", "B_2016"),
    ("B_OATH", "B_ECCAS_SUSP"), ("B_OATH_ANN", "B_AU_SUSP"), ("B_VIDEO", "B_HOUSEARREST"),
    # Valencia
    ("V_FLOOD", "V_MOURN"), ("V_FLOOD", "V_SPEECH"), ("V_MOURN", "V_SPEECH"), ("V_ALERT", "V_ESALERT"),
    ("V_ALERT", "V_ALERT2"), ("V_VDL", "V_FELIPE"), ("V_SPEECH", "V_VDL"), ("V_FLOOD", "V_1957"),
    ("V_1957", "V_1973"), ("V_MUD", "V_VISIT"), ("V_VISIT", "V_LEAVE"), ("V_MUD", "V_LEAVE"),
    ("V_DEPLOY", "V_VISIT"), ("V_BCN", "V_FLOOD"), ("V_BCN", "V_ALERT2"), ("V_PROTEST", "V_CLASH"),
    ("V_AID", "V_CABINET"), ("V_PROTEST", "V_AID"), ("V_PARL", "V_PROTEST"), ("V_MUD", "V_PROTEST"),
    ("V_FLOOD", "V_ALERT"),
    # Senegal
    ("S_BA", "S_VOTE"), ("S_BA", "S_SALL"), ("S_SALL", "S_FAYE_SPEECH"), ("S_BA", "S_FAYE_SPEECH"),
    ("S_PROV", "S_FINAL"), ("S_PROV", "S_VOTE"), ("S_OATH", "S_HANDOVER"), ("S_OATH", "S_SONKO"),
    ("S_HANDOVER", "S_SONKO"), ("S_POSTPONE", "S_ANNUL"), ("S_RELEASE", "S_VOTE"),
    ("S_GHAZ_CALL", "S_FAYE_SPEECH"), ("S_GHAZ_CALL", "S_SALL"), ("S_FINAL", "S_OATH"),
    # distractors
    ("X_FINAL", "X_SEMI"), ("X_FINAL", "X_ANCELOTTI"), ("X_KROOS", "X_FINAL"), ("X_NOBEL", "X_MALM"),
    ("X_MALM", "X_CALL"), ("X_NOBEL", "X_CALL"), ("X_FOSSE", "X_MALM"), ("X_NOBEL", "X_CEREMONY"),
    ("X_DOCK", "X_LAUNCH"), ("X_DOCK", "X_SWAHA"), ("X_LAUNCH", "X_RETURN"), ("X_DOCK", "X_RETURN"),
    ("X_LNG", "X_PAUSE"), ("X_LNG", "X_SINOPEC"),
]

BEFORE = [
    # Griner-Bout chain and side links
    ("G_BOUT_ARREST", "G_BOUT_SENT"), ("G_BOUT_SENT", "G_ARREST"), ("G_ARREST", "G_REED"),
    ("G_REED", "G_VERDICT"), ("G_VERDICT", "G_APPEAL"), ("G_APPEAL", "G_SWAP"),
    ("G_SWAP", "G_GRINER_ARR"), ("G_GRINER_ARR", "G_INSTA"),
    ("G_BIDEN", "G_GRINER_ARR"), ("G_RUMFA", "G_PUTIN"), ("G_CALL", "G_INSTA"), ("G_BOUT_ARR", "G_PUTIN"),
    ("G_JOINT", "G_PUTIN"), ("G_PUTIN", "G_INSTA"),
    # Gabon
    ("B_OMAR_1967", "B_OMAR_DEATH"), ("B_OMAR_DEATH", "B_2016"), ("B_2016", "B_STROKE"),
    ("B_STROKE", "B_NIGER"), ("B_NIGER", "B_ELECTION"), ("B_ELECTION", "B_COUP"), ("B_COUP", "B_AU_SUSP"),
    ("B_AU_SUSP", "B_BORDERS"), ("B_BORDERS", "B_OATH"),
    ("B_RESULTS", "B_AU_SUSP"), ("B_NAMING", "B_OATH"), ("B_OATH_ANN", "B_OATH"), ("B_FRANCE", "B_PSC_MEET"),
    ("B_ELECTION", "B_RESULTS"), ("B_VIDEO", "B_OATH_ANN"), ("B_HOUSEARREST", "B_BORDERS"),
    ("B_PSC_MEET", "B_ECCAS_SUMMIT"), ("B_AU_SUSP", "B_ECCAS_SUSP"), ("B_MOROCCO", "B_AU_SUSP"),
    ("B_CELEB", "B_BORDERS"), ("B_FAKI", "B_SPEECH"), ("B_SON", "B_BORDERS"),
    # Valencia
    ("V_1957", "V_1973"), ("V_1973", "V_FLOOD"), ("V_FLOOD", "V_MOURN"), ("V_MOURN", "V_DEPLOY"),
    ("V_DEPLOY", "V_VISIT"), ("V_VISIT", "V_BCN"), ("V_BCN", "V_AID"), ("V_AID", "V_PROTEST"),
    ("V_PROTEST", "V_PARL"),
    ("V_ESALERT", "V_SPEECH"), ("V_ALERT", "V_VDL"), ("V_FELIPE", "V_DEPLOY"), ("V_MUD", "V_ALERT2"),
    ("V_LEAVE", "V_CABINET"), ("V_CLASH", "V_PARL"), ("V_SPEECH", "V_MUD"),
    # Senegal
    ("S_POSTPONE", "S_ANNUL"), ("S_ANNUL", "S_RELEASE"), ("S_RELEASE", "S_VOTE"), ("S_VOTE", "S_BA"),
    ("S_BA", "S_PROV"), ("S_PROV", "S_FINAL"), ("S_FINAL", "S_OATH"),
    ("S_SALL", "S_PROV"), ("S_FAYE_SPEECH", "S_FINAL"), ("S_GHAZ_CALL", "S_PROV"), ("S_PROV", "S_HANDOVER"),
    ("S_FINAL", "S_SONKO"),
    # distractors
    ("X_SULTAN", "X_SINOPEC"), ("X_SINOPEC", "X_LAUNCH"), ("X_LAUNCH", "X_RETURN"), ("X_RETURN", "X_NOBEL"),
    ("X_NOBEL", "X_CEREMONY"), ("X_CEREMONY", "X_PAUSE"), ("X_PAUSE", "X_LNG"), ("X_LNG", "X_SEMI"),
    ("X_SEMI", "X_KROOS"), ("X_KROOS", "X_FINAL"),
    ("X_CALL", "X_CEREMONY"), ("X_FOSSE", "X_CEREMONY"), ("X_SWAHA", "X_RETURN"), ("X_KROOS", "X_ANCELOTTI"),
    ("X_DOCK", "X_RETURN"), ("X_MALM", "X_CEREMONY"),
    # across stories
    ("G_INSTA", "X_LAUNCH"), ("X_RETURN", "B_NIGER"), ("B_OATH", "X_NOBEL"), ("S_POSTPONE", "X_LNG"),
    ("X_LNG", "S_RELEASE"), ("S_OATH", "X_SEMI"), ("X_FINAL", "V_ALERT"), ("G_BOUT_SENT", "B_2016"),
]

GOLD = dict(timex=TIMEX, clusters=CLUSTERS, events=EVENTS, diff=[list(p) for p in DIFF],
            before=[list(p) for p in BEFORE])
