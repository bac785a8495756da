"""
Gold for the fifteenth blind held-out set (16 articles): the format of ../heldout14/spec.py.

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

from pathlib import Path

PUBLISHED = {
    "a1_saba_0524": "2018-05-24T15:00:00+03:00",
    "a2_ona_0526": "2018-05-26T14:00:00+04:00",
    "a3_bbc_0528": "2018-05-28T09:00:00+00:00",
    "b1_ami_0623": "2019-06-23T22:00:00+00:00",
    "b2_jazeera_0625": "2019-06-25",
    "b3_araby_0802": "2019-08-02",
    "c1_petra_1110": "2019-11-10T14:00:00+02:00",
    "c2_ghad_1111": "2019-11-11",
    "c3_anadolu_1112": "2019-11-12",
    "d1_reuters_0719": "2019-07-19T23:00:00+03:00",
    "d2_aawsat_0721": "2019-07-21",
    "d3_kuna_0927": "2019-09-27T16:00:00+03:00",
    "x1_hespress_0803": "2021-08-03",
    "x2_spa_1214": "2021-12-14T15:00:00+03:00",
    "x3_map_0204": "2016-02-04T19:00:00+00:00",
    "x4_bayan_0728": "2018-07-28",
}

_SRC = Path(__file__).resolve().parent / "src"
_TEXTS = {k: (_SRC / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}


def _occ(doc, s, ctx=None):
    """The occurrence number of ``s`` in ``doc``: the one inside the first ``ctx``, else the only one."""
    t = _TEXTS[doc]
    starts, i = [], t.find(s)
    while i >= 0:
        starts.append(i)
        i = t.find(s, i + 1)
    if ctx is None:
        if len(starts) != 1:
            raise SystemExit(f"{doc}: {s!r} occurs {len(starts)} times; give ctx")
        return 1
    c = t.find(ctx)
    if c < 0 or s not in ctx:
        raise SystemExit(f"{doc}: ctx {ctx!r} not found or does not hold {s!r}")
    return starts.index(c + ctx.find(s)) + 1


def D(doc, s, value, tight, outer=None, req=True, ctx=None):
    """A date row; ``tight``/``outer`` are a day or a [first, last] pair."""
    tight = [tight, tight] if isinstance(tight, str) else tight
    outer = tight if outer is None else ([outer, outer] if isinstance(outer, str) else outer)
    return (doc, s, _occ(doc, s, ctx), "date", value, tight, outer, req)


def DUR(doc, s, value, ctx=None):
    return (doc, s, _occ(doc, s, ctx), "duration", value, None, None, True)


def MULTI(doc, s, days, ctx=None):
    return (doc, s, _occ(doc, s, ctx), "multi", days, None, None, True)


def V(doc, s, ctx=None):
    return (doc, s, _occ(doc, s, ctx), "vague", None, None, None, False)


def Y(year):
    return [f"{year}-01-01", f"{year}-12-31"]


def M(month, last):
    return [f"{month}-01", f"{month}-{last}"]


TIMEX = [
    # --- A: cyclone Mekunu
    D("a1_saba_0524", "اليوم الخميس", "2018-05-24", "2018-05-24"),
    D("a1_saba_0524", "مساء أمس الأربعاء", "2018-05-23TEV", "2018-05-23"),
    D("a1_saba_0524", "صباح اليوم", "2018-05-24TMO", "2018-05-24"),
    D("a1_saba_0524", "مساء أمس", "2018-05-23TEV", "2018-05-23", ctx="بيان مساء أمس"),
    D("a1_saba_0524", "يوم السبت المقبل", "2018-05-26", "2018-05-26"),
    D("a1_saba_0524", "نوفمبر 2015", "2015-11", M("2015-11", 30)),
    D("a2_ona_0526", "26 مايو", "2018-05-26", "2018-05-26"),
    D("a2_ona_0526", "الساعات الأولى من صباح اليوم السبت", "2018-05-26TMO", "2018-05-26"),
    V("a2_ona_0526", "في الساعة"),
    D("a2_ona_0526", "ظهر اليوم", "2018-05-26TAF", "2018-05-26"),
    D("a2_ona_0526", "صباح اليوم", "2018-05-26TMO", "2018-05-26", ctx="ومحافظ ظفار صباح اليوم"),
    D("a2_ona_0526", "مساء أمس", "2018-05-25TEV", "2018-05-25"),
    D("a2_ona_0526", "مساء الخميس الماضي", "2018-05-24TEV", "2018-05-24"),
    V("a2_ona_0526", "منذ عقود"),
    MULTI("a2_ona_0526", "يومي الأربعاء والخميس الماضيين", ["2018-05-23", "2018-05-24"]),
    D("a3_bbc_0528", "فجر السبت", "2018-05-26TNI", "2018-05-26"),
    D("a3_bbc_0528", "أمس الأحد", "2018-05-27", "2018-05-27"),
    V("a3_bbc_0528", "عشية"),
    D("a3_bbc_0528", "أمس", "2018-05-27", "2018-05-27", ctx="للطيران المدني أمس"),
    DUR("a3_bbc_0528", "ثلاثة أيام", "P3D"),
    D("a3_bbc_0528", "السبت", "2018-05-26", "2018-05-26", ctx="سقطرى السبت"),
    V("a3_bbc_0528", "بعد يومين"),
    MULTI("a3_bbc_0528", "يومي 23 و24 مايو/أيار", ["2018-05-23", "2018-05-24"]),
    D("a3_bbc_0528", "يونيو/حزيران 2007", "2007-06", M("2007-06", 30)),
    # --- B: Mauritania's election and handover
    D("b1_ami_0623", "23/06/2019", "2019-06-23", "2019-06-23"),
    D("b1_ami_0623", "مساء اليوم الأحد", "2019-06-23TEV", "2019-06-23"),
    D("b1_ami_0623", "أمس السبت", "2019-06-22", "2019-06-22"),
    D("b1_ami_0623", "وقت متأخر من ليل أمس", "2019-06-22TNI", "2019-06-22", ["2019-06-22", "2019-06-23"]),
    D("b1_ami_0623", "اليوم", "2019-06-23", "2019-06-23", ctx="عقدوه اليوم"),
    D("b2_jazeera_0625", "مساء الأحد", "2019-06-23TEV", "2019-06-23"),
    D("b2_jazeera_0625", "صباح الاثنين", "2019-06-24TMO", "2019-06-24", ctx="وصباح الاثنين احتجاجات"),
    D("b2_jazeera_0625", "أمس الاثنين", "2019-06-24", "2019-06-24"),
    D("b2_jazeera_0625", "صباح الاثنين", "2019-06-24TMO", "2019-06-24", ctx="منذ صباح الاثنين"),
    D("b2_jazeera_0625", "أمس", "2019-06-24", "2019-06-24", ctx="اعبيد أمس"),
    D("b2_jazeera_0625", "يوم الأحد", "2019-06-23", "2019-06-23"),
    D("b2_jazeera_0625", "السبت", "2019-06-22", "2019-06-22", ctx="اقتراع السبت"),
    D("b3_araby_0802", "أمس الخميس", "2019-08-01", "2019-08-01"),
    D("b3_araby_0802", "عام 1960", "1960", Y(1960)),
    DUR("b3_araby_0802", "عشر سنوات", "P10Y"),
    D("b3_araby_0802", "الأول من يوليو/تموز الماضي", "2019-07-01", "2019-07-01"),
    D("b3_araby_0802", "22 يونيو/حزيران", "2019-06-22", "2019-06-22"),
    D("b3_araby_0802", "أغسطس/آب 2008", "2008-08", M("2008-08", 31)),
    # --- C: Jordan ends the al-Baqura and al-Ghamr annexes
    D("c1_petra_1110", "10 تشرين الثاني", "2019-11-10", "2019-11-10"),
    D("c1_petra_1110", "اليوم الأحد", "2019-11-10", "2019-11-10"),
    D("c1_petra_1110", "اليوم", "2019-11-10", "2019-11-10", ctx="نعلن اليوم"),
    D("c1_petra_1110", "21 تشرين الأول 2018", "2018-10-21", "2018-10-21"),
    D("c1_petra_1110", "اليوم ذاته", "2018-10-21", "2018-10-21"),
    D("c1_petra_1110", "عام 1994", "1994", Y(1994)),
    V("c1_petra_1110", "قبل عام"),
    DUR("c1_petra_1110", "25 عاماً", "P25Y"),
    D("c2_ghad_1111", "أمس", "2019-11-10", "2019-11-10", ctx="الأردنية أمس"),
    D("c2_ghad_1111", "منتصف ليل السبت", "2019-11-09TNI", ["2019-11-09", "2019-11-10"]),
    DUR("c2_ghad_1111", "25 عاماً", "P25Y"),
    D("c2_ghad_1111", "أمس", "2019-11-10", "2019-11-10", ctx="خطاب العرش أمس"),
    D("c2_ghad_1111", "أمس", "2019-11-10", "2019-11-10", ctx="تغريدة أمس"),
    D("c2_ghad_1111", "هذا اليوم", "2019-11-10", "2019-11-10"),
    D("c2_ghad_1111", "مساء أمس", "2019-11-10TEV", "2019-11-10"),
    D("c2_ghad_1111", "21 تشرين الأول من العام الماضي", "2018-10-21", "2018-10-21"),
    V("c3_anadolu_1112", "بعد يوم"),
    D("c3_anadolu_1112", "الاثنين", "2019-11-11", "2019-11-11"),
    V("c3_anadolu_1112", "غداة"),
    V("c3_anadolu_1112", "اليوم نفسه"),
    D("c3_anadolu_1112", "أكتوبر/تشرين الأول 2018", "2018-10", M("2018-10", 31)),
    D("c3_anadolu_1112", "29 أكتوبر/تشرين الأول الماضي", "2019-10-29", "2019-10-29"),
    D("c3_anadolu_1112", "الأربعاء الماضي", "2019-11-06", "2019-11-06"),
    # --- D: the Stena Impero
    D("d1_reuters_0719", "يوم الجمعة", "2019-07-19", "2019-07-19"),
    D("d1_reuters_0719", "مساء الجمعة", "2019-07-19TEV", "2019-07-19"),
    V("d1_reuters_0719", "بعد أسبوعين"),
    D("d1_reuters_0719", "الرابع من يوليو تموز", "2019-07-04", "2019-07-04"),
    D("d2_aawsat_0721", "الأحد - 18 ذو القعدة 1440 هـ", "2019-07-21", "2019-07-21"),
    D("d2_aawsat_0721", "21 يوليو 2019", "2019-07-21", "2019-07-21"),
    D("d2_aawsat_0721", "أمس (السبت)", "2019-07-20", "2019-07-20"),
    V("d2_aawsat_0721", "بعد يوم"),
    D("d2_aawsat_0721", "الجمعة", "2019-07-19", "2019-07-19", ctx="هرمز (الجمعة)"),
    D("d2_aawsat_0721", "أمس", "2019-07-20", "2019-07-20", ctx="تيريزا ماي أمس"),
    D("d2_aawsat_0721", "أمس", "2019-07-20", "2019-07-20", ctx="الحرس الثوري أمس"),
    D("d2_aawsat_0721", "الجمعة", "2019-07-19", "2019-07-19", ctx="هرمزجان، (الجمعة)"),
    V("d2_aawsat_0721", "بعد أسبوعين"),
    D("d2_aawsat_0721", "4 يوليو (تموز) الحالي", "2019-07-04", "2019-07-04"),
    V("d3_kuna_0927", "أكثر من شهرين", ctx="دام أكثر من شهرين\n"),
    D("d3_kuna_0927", "27 - 9", "2019-09-27", "2019-09-27"),
    D("d3_kuna_0927", "صباح اليوم الجمعة", "2019-09-27TMO", "2019-09-27"),
    V("d3_kuna_0927", "أكثر من شهرين", ctx="دام أكثر من شهرين."),
    D("d3_kuna_0927", "غدا السبت", "2019-09-28", "2019-09-28"),
    D("d3_kuna_0927", "الاثنين الماضي", "2019-09-23", "2019-09-23"),
    D("d3_kuna_0927", "الرابع من سبتمبر الجاري", "2019-09-04", "2019-09-04"),
    D("d3_kuna_0927", "19 يوليو الماضي", "2019-07-19", "2019-07-19"),
    V("d3_kuna_0927", "نحو أسبوعين"),
    D("d3_kuna_0927", "15 أغسطس الماضي", "2019-08-15", "2019-08-15"),
    V("d3_kuna_0927", "لاحقا"),
    # --- distractors
    D("x1_hespress_0803", "2004", "2004", Y(2004), ctx="منذ 2004"),
    V("x1_hespress_0803", "طوكيو 2020"),
    D("x1_hespress_0803", "ظهر أمس الاثنين", "2021-08-02TAF", "2021-08-02"),
    V("x1_hespress_0803", "لوس أنجلوس 1984"),
    V("x1_hespress_0803", "25 عاماً"),
    V("x1_hespress_0803", "8 دقائق و8.90 ثانية"),
    D("x1_hespress_0803", "مساء أمس", "2021-08-02TEV", "2021-08-02"),
    V("x1_hespress_0803", "أثينا 2004"),
    D("x1_hespress_0803", "عام 2016", "2016", Y(2016)),
    V("x1_hespress_0803", "السنوات التالية"),
    D("x2_spa_1214", "10 جمادى الأولى 1443 هـ", "2021-12-14", "2021-12-14"),
    D("x2_spa_1214", "14 ديسمبر 2021", "2021-12-14", "2021-12-14"),
    D("x2_spa_1214", "اليوم", "2021-12-14", "2021-12-14", ctx="\"اليونسكو\" اليوم"),
    D("x2_spa_1214", "من 13 إلى 18 ديسمبر الجاري", "2021-12-13/2021-12-18", ["2021-12-13", "2021-12-18"]),
    D("x3_map_0204", "04 فبراير 2016", "2016-02-04", "2016-02-04"),
    D("x3_map_0204", "اليوم الخميس", "2016-02-04", "2016-02-04"),
    D("x3_map_0204", "الثاني من نونبر 2009", "2009-11-02", "2009-11-02"),
    D("x3_map_0204", "2020", "2020", Y(2020), ctx="أفق 2020"),
    D("x3_map_0204", "نونبر المقبل", "2016-11", M("2016-11", 30)),
    V("x4_bayan_0728", "خلال القرن"),
    D("x4_bayan_0728", "مساء أمس", "2018-07-27TEV", "2018-07-27"),
    V("x4_bayan_0728", "القرن الحادي والعشرين"),
    DUR("x4_bayan_0728", "ساعة و43 دقيقة", "PT1H43M"),
    D("x4_bayan_0728", "الساعة 10:24 مساء", "2018-07-27T22:24", "2018-07-27"),
    D("x4_bayan_0728", "الساعة 11:30 مساء", "2018-07-27T23:30", "2018-07-27"),
    D("x4_bayan_0728", "الساعة 1:13 من فجر اليوم", "2018-07-28T01:13", "2018-07-28"),
    V("x4_bayan_0728", "ساعات المساء الأولى"),
    D("x4_bayan_0728", "2003", "2003", Y(2003)),
    D("x4_bayan_0728", "يوم 31 يوليو الجاري", "2018-07-31", "2018-07-31"),
]


def C(typ, tight, outer=None, participants=()):
    tight = [tight, tight] if isinstance(tight, str) else tight
    outer = tight if outer is None else outer
    return dict(type=typ, tight=tight, outer=outer, participants=[list(p) for p in participants])


KING_JO = ("الملك عبدالله الثاني", "الملك عبد الله الثاني", "عبدالله الثاني", "عبد الله الثاني",
           "العاهل الأردني", "جلالة الملك")
GHAZOUANI = ("محمد ولد الشيخ الغزواني", "الغزواني")
AZIZ = ("محمد ولد عبد العزيز", "ولد عبد العزيز")
IRGC = ("الحرس الثوري الإيراني", "الحرس الثوري", "إيران", "طهران")
HUNT = ("جيريمي هانت", "هانت")
GIBRALTAR = ("سلطات جبل طارق", "السلطات في جبل طارق")
NCEM = ("اللجنة الوطنية لإدارة الحالات الطارئة",)
PACA = ("الهيئة العامة للطيران المدني",)
BAKKALI = ("سفيان البقالي", "البقالي")
M6 = ("الملك محمد السادس", "محمد السادس", "جلالة الملك")

CLUSTERS = {
    # A: cyclone Mekunu (May 2018)
    "A_cyclones2015": C("other", ["2015-11-01", "2015-11-08"], M("2015-11", 30)),
    "A_gonu": C("other", "2007-06-06", M("2007-06", 30)),
    "A_socotra": C("other", ["2018-05-23", "2018-05-24"]),
    "A_meteo": C("statement", "2018-05-23", participants=[("المركز الوطني للأرصاد",)]),
    "A_disaster": C("other", "2018-05-24", participants=[("الحكومة اليمنية",)]),
    "A_call": C("call", "2018-05-24", participants=[("أحمد عبيد بن دغر", "بن دغر", "رئيس الوزراء"),
                                                   ("رمزي محروس", "محافظ سقطرى")]),
    "A_closure": C("other", "2018-05-24", participants=[PACA]),
    "A_girl": C("other", "2018-05-25"),
    "A_landfall": C("other", "2018-05-26", ["2018-05-25", "2018-05-26"]),
    "A_ncem": C("statement", "2018-05-26", participants=[NCEM]),
    "A_meeting": C("meeting", "2018-05-26", participants=[("محمد بن سلطان البوسعيدي", "البوسعيدي", "محافظ ظفار"),
                                                         ("اللجنة الفرعية لإدارة الحالات الطارئة",)]),
    "A_aid": C("other", "2018-05-26", participants=[("مركز الملك سلمان للإغاثة والأعمال الإنسانية",
                                                    "مركز الملك سلمان")]),
    "A_toll": C("statement", "2018-05-27", participants=[NCEM]),
    "A_reopen": C("other", "2018-05-27", participants=[PACA]),
    # B: Mauritania's presidential election and handover (2019)
    "B_indep": C("other", "1960-11-28", Y(1960)),
    "B_coup": C("other", "2008-08-06", M("2008-08", 31), participants=[AZIZ]),
    "B_vote": C("other", "2019-06-22"),
    "B_self": C("statement", "2019-06-22", ["2019-06-22", "2019-06-23"], participants=[GHAZOUANI]),
    "B_results": C("statement", "2019-06-23", participants=[
        ("اللجنة الوطنية المستقلة للانتخابات", "اللجنة المستقلة للانتخابات"), ("محمد فال ولد بلال", "رئيس اللجنة")]),
    "B_reject": C("statement", "2019-06-23", participants=[
        ("بيرام الداه اعبيد",), ("سيدي محمد ولد ببكر",), ("محمد ولد مولود",), ("كان حاميدو بابا",)]),
    "B_protests": C("other", ["2019-06-23", "2019-06-24"]),
    "B_arrests": C("capture", ["2019-06-23", "2019-06-24"], participants=[("قوات الأمن الموريتانية", "قوات الأمن")]),
    "B_minister": C("statement", "2019-06-24", participants=[("أحمدو ولد عبد الله", "وزير الداخلية")]),
    "B_internet": C("other", "2019-06-24", participants=[("الحكومة الموريتانية",)]),
    "B_biram": C("statement", "2019-06-24", participants=[("بيرام الداه اعبيد",)]),
    "B_council": C("other", "2019-07-01", participants=[("المجلس الدستوري",)]),
    "B_inaug": C("other", "2019-08-01", participants=[GHAZOUANI, AZIZ]),
    "B_speech": C("statement", "2019-08-01", participants=[GHAZOUANI]),
    # C: Jordan ends the al-Baqura and al-Ghamr annexes (2018-2019)
    "C_treaty": C("other", "1994-10-26", Y(1994), participants=[("الأردن",), ("إسرائيل",)]),
    "C_decision": C("other", "2018-10-21", M("2018-10", 31), participants=[KING_JO + ("الأردن",)]),
    "C_notify": C("statement", "2018-10-21", participants=[("وزارة الخارجية وشؤون المغتربين", "وزارة الخارجية")]),
    "C_netanyahu": C("statement", "2018-10-21", M("2018-10", 31), participants=[("بنيامين نتنياهو", "نتنياهو")]),
    "C_recall": C("other", "2019-10-29", participants=[("الأردن",)]),
    "C_return": C("other", "2019-11-06", participants=[("هبة اللبدي",), ("عبد الرحمن مرعي",)]),
    "C_end": C("other", "2019-11-10", ["2019-11-09", "2019-11-10"]),
    "C_opening": C("other", "2019-11-10", participants=[KING_JO]),
    "C_speech": C("statement", "2019-11-10", participants=[KING_JO]),
    "C_flag": C("other", "2019-11-10", participants=[("القوات المسلحة الأردنية",)]),
    "C_razzaz": C("statement", "2019-11-10", participants=[("عمر الرزاز", "الرزاز")]),
    "C_celebrations": C("other", "2019-11-10"),
    "C_visit": C("other", "2019-11-11", participants=[KING_JO, ("الأمير الحسين بن عبد الله", "ولي العهد")]),
    # D: the Stena Impero (2019)
    "D_grace": C("capture", "2019-07-04", participants=[GIBRALTAR, ("مشاة البحرية البريطانية",)]),
    "D_seizure": C("capture", "2019-07-19", participants=[IRGC]),
    "D_irgc": C("statement", "2019-07-19", participants=[IRGC]),
    "D_stena": C("statement", "2019-07-19", participants=[("ستينا بالك",)]),
    "D_hunt": C("statement", "2019-07-19", participants=[HUNT + ("لندن",)]),
    "D_afifi": C("statement", "2019-07-19", participants=[("الله مراد عفيفي بور", "عفيفي بور")]),
    "D_call": C("call", "2019-07-20", participants=[HUNT, ("محمد جواد ظريف", "ظريف")]),
    "D_tweet": C("statement", "2019-07-20", participants=[HUNT]),
    "D_cobra": C("meeting", "2019-07-20", participants=[("تيريزا ماي", "ماي"), ("لجنة الطوارئ الحكومية", "كوبرا")]),
    "D_summon": C("other", "2019-07-20", participants=[("وزارة الخارجية البريطانية",), ("القائم بالأعمال الإيراني",)]),
    "D_video": C("statement", "2019-07-20", participants=[IRGC]),
    "D_grace_release": C("other", "2019-08-15", participants=[GIBRALTAR]),
    "D_crew": C("other", "2019-09-04", participants=[("إيران", "ايران")]),
    "D_rabiei": C("statement", "2019-09-23", participants=[("علي ربيعي", "ربيعي")]),
    "D_departure": C("other", "2019-09-27", participants=[("ستينا إمبيرو",)]),
    "D_hanell": C("statement", "2019-09-27", participants=[("إريك هانيل", "هانيل")]),
    # distractors
    "X_guerrouj": C("other", ["2004-08-24", "2004-08-28"], Y(2004), participants=[("هشام الكروج", "الكروج")]),
    "X_rio": C("other", "2016-08-17", Y(2016), participants=[BAKKALI]),
    "X_final": C("other", "2021-08-02", participants=[BAKKALI, ("لاميشا غيرما",), ("بنجامين كيغن",)]),
    "X_cable": C("statement", "2021-08-02", participants=[M6]),
    "X_session": C("meeting", ["2021-12-13", "2021-12-18"], participants=[
        ("اللجنة الحكومية الدولية لصون التراث الثقافي غير المادي",)]),
    "X_inscription": C("other", "2021-12-14", participants=[
        ("اليونسكو", "منظمة الأمم المتحدة للتربية والعلم والثقافة")]),
    "X_minister": C("statement", "2021-12-14", participants=[("الأمير بدر بن عبدالله بن فرحان", "بدر بن عبدالله")]),
    "X_plan2009": C("other", "2009-11-02", participants=[M6]),
    "X_noor1": C("other", "2016-02-04", participants=[M6]),
    "X_works": C("other", "2016-02-04", participants=[M6]),
    "X_eclipse": C("other", ["2018-07-27", "2018-07-28"]),
    "X_observation": C("other", "2018-07-27", participants=[("مجموعة دبي الفلكية",)]),
    "X_hariri": C("statement", "2018-07-27", participants=[("حسن الحريري", "الحريري")]),
}


def E(cluster, doc, s, ctx=None):
    return (cluster, doc, s, _occ(doc, s, ctx), CLUSTERS[cluster]["type"])


EVENTS = [
    # a1 SABA, 24 May 2018
    E("A_disaster", "a1_saba_0524", "الحكومة تعلن سقطرى منطقة منكوبة"),
    E("A_disaster", "a1_saba_0524", "أعلنت الحكومة اليمنية اليوم الخميس أرخبيل سقطرى منطقة منكوبة"),
    E("A_socotra", "a1_saba_0524", "الذي ضرب الجزيرة"),
    E("A_call", "a1_saba_0524", "أجرى اتصالاً هاتفياً"),
    E("A_call", "a1_saba_0524", "خلال الاتصال"),
    E("A_meteo", "a1_saba_0524", "أفاد المركز الوطني للأرصاد في بيان"),
    E("A_cyclones2015", "a1_saba_0524", "تعرض في نوفمبر 2015 لإعصارين"),
    # a2 ONA, 26 May 2018
    E("A_landfall", "a2_ona_0526", "يضرب ظفار"),
    E("A_landfall", "a2_ona_0526", "ضرب الإعصار المداري"),
    E("A_landfall", "a2_ona_0526", "عبر مركزه اليابسة"),
    E("A_ncem", "a2_ona_0526", "وأعلنت اللجنة الوطنية لإدارة الحالات الطارئة في بيان"),
    E("A_landfall", "a2_ona_0526", "بعد دخوله اليابسة"),
    E("A_meeting", "a2_ona_0526", "اجتماع اللجنة الفرعية لإدارة الحالات الطارئة"),
    E("A_meeting", "a2_ona_0526", "تابع خلاله"),
    E("A_girl", "a2_ona_0526", "قد توفيت"),
    E("A_closure", "a2_ona_0526", "الذي أغلقته الهيئة العامة للطيران المدني"),
    E("A_landfall", "a2_ona_0526", "أقوى إعصار يضرب المحافظة"),
    E("A_socotra", "a2_ona_0526", "وكان قد ضرب"),
    # a3 BBC Arabic, 28 May 2018
    E("A_reopen", "a3_bbc_0528", "وإعادة فتح مطار صلالة"),
    E("A_landfall", "a3_bbc_0528", "الذي ضرب جنوب سلطنة عمان"),
    E("A_toll", "a3_bbc_0528", "بحسب ما أعلنته اللجنة الوطنية لإدارة الحالات الطارئة"),
    E("A_toll", "a3_bbc_0528", "وأوضحت اللجنة"),
    E("A_girl", "a3_bbc_0528", "لقيت حتفها"),
    E("A_landfall", "a3_bbc_0528", "وصول الإعصار"),
    E("A_reopen", "a3_bbc_0528", "وأعادت الهيئة العامة للطيران المدني"),
    E("A_closure", "a3_bbc_0528", "بعد إغلاق استمر"),
    E("A_aid", "a3_bbc_0528", "وصلت إلى سقطرى"),
    E("A_disaster", "a3_bbc_0528", "إعلان الحكومة اليمنية الأرخبيل"),
    E("A_socotra", "a3_bbc_0528", "وكان الإعصار قد ضرب سقطرى"),
    E("A_gonu", "a3_bbc_0528", "الذي ضرب السواحل الشرقية للسلطنة"),
    # b1 AMI, 23 June 2019
    E("B_results", "b1_ami_0623", "تعلن فوز"),
    E("B_results", "b1_ami_0623", "أعلنت اللجنة الوطنية المستقلة للانتخابات"),
    E("B_vote", "b1_ami_0623", "للانتخابات الرئاسية التي جرت"),
    E("B_results", "b1_ami_0623", "وأوضح رئيس اللجنة"),
    E("B_vote", "b1_ami_0623", "وجرى الاقتراع"),
    E("B_self", "b1_ami_0623", "قد أعلن فوزه"),
    E("B_results", "b1_ami_0623", "صدور النتائج الرسمية"),
    E("B_self", "b1_ami_0623", "في خطاب أمام أنصاره"),
    E("B_reject", "b1_ami_0623", "ورفض المرشحون"),
    E("B_reject", "b1_ami_0623", "في مؤتمر صحفي مشترك"),
    # b2 Al Jazeera Net, 25 June 2019
    E("B_arrests", "b2_jazeera_0625", "اعتقالات"),
    E("B_internet", "b2_jazeera_0625", "وقطع للإنترنت"),
    E("B_protests", "b2_jazeera_0625", "احتجاجات", ctx="بعد احتجاجات"),
    E("B_protests", "b2_jazeera_0625", "احتجاجات", ctx="الاثنين احتجاجات"),
    E("B_minister", "b2_jazeera_0625", "وأعلن وزير الداخلية أحمدو ولد عبد الله"),
    E("B_arrests", "b2_jazeera_0625", "اعتقلت نحو مئة أجنبي"),
    E("B_protests", "b2_jazeera_0625", "أعمال الشغب"),
    E("B_internet", "b2_jazeera_0625", "وقطعت الحكومة الموريتانية خدمة الإنترنت"),
    E("B_biram", "b2_jazeera_0625", "ونفى المرشح بيرام الداه اعبيد"),
    E("B_protests", "b2_jazeera_0625", "بأعمال العنف"),
    E("B_reject", "b2_jazeera_0625", "قد رفضوا"),
    E("B_results", "b2_jazeera_0625", "التي أعلنتها"),
    E("B_vote", "b2_jazeera_0625", "اقتراع"),
    # b3 Al-Araby Al-Jadeed, 2 August 2019
    E("B_inaug", "b3_araby_0802", "في أول تداول سلمي على السلطة"),
    E("B_inaug", "b3_araby_0802", "اليمين الدستورية"),
    E("B_inaug", "b3_araby_0802", "في أول تسليم للسلطة"),
    E("B_indep", "b3_araby_0802", "استقلال البلاد"),
    E("B_inaug", "b3_araby_0802", "وجرى حفل التنصيب"),
    E("B_speech", "b3_araby_0802", "وتعهد الغزواني في خطاب ألقاه"),
    E("B_inaug", "b3_araby_0802", "عقب أدائه اليمين"),
    E("B_speech", "b3_araby_0802", "وشكر سلفه"),
    E("B_council", "b3_araby_0802", "قد صادق"),
    E("B_vote", "b3_araby_0802", "انتخابات", ctx="في انتخابات 22"),
    E("B_coup", "b3_araby_0802", "وصل إلى الحكم إثر انقلاب عسكري"),
    E("B_inaug", "b3_araby_0802", "يسلم السلطة طوعاً"),
    # c1 Petra, 10 November 2019
    E("C_speech", "c1_petra_1110", "في خطاب العرش", ctx="الملك في خطاب العرش:"),
    E("C_end", "c1_petra_1110", "انتهاء العمل بملحقي"),
    E("C_speech", "c1_petra_1110", "أعلن جلالة الملك عبدالله الثاني"),
    E("C_end", "c1_petra_1110", "انتهاء العمل بالملحقين الخاصين", ctx="الأحد انتهاء العمل بالملحقين الخاصين"),
    E("C_speech", "c1_petra_1110", "وقال جلالته في خطاب العرش السامي"),
    E("C_opening", "c1_petra_1110", "افتتح به الدورة العادية الرابعة لمجلس الأمة"),
    E("C_end", "c1_petra_1110", "انتهاء العمل بالملحقين الخاصين", ctx="اليوم انتهاء العمل بالملحقين الخاصين"),
    E("C_speech", "c1_petra_1110", "وأضاف جلالته"),
    E("C_decision", "c1_petra_1110", "قد أعلن في 21 تشرين الأول 2018 قرار الأردن إنهاء العمل بالملحقين"),
    E("C_notify", "c1_petra_1110", "وأبلغت وزارة الخارجية وشؤون المغتربين"),
    E("C_treaty", "c1_petra_1110", "التي وقعها الأردن وإسرائيل"),
    E("C_end", "c1_petra_1110", "انتهاء مدة الملحقين"),
    # c2 Al-Ghad, 11 November 2019
    E("C_celebrations", "c2_ghad_1111", "والأردنيون يحتفلون"),
    E("C_flag", "c2_ghad_1111", "رفعت القوات المسلحة الأردنية"),
    E("C_end", "c2_ghad_1111", "بعد أن انتهى"),
    E("C_end", "c2_ghad_1111", "لتعود المنطقتان"),
    E("C_speech", "c2_ghad_1111", "قد أعلن في خطاب العرش"),
    E("C_end", "c2_ghad_1111", "انتهاء العمل بالملحقين"),
    E("C_razzaz", "c2_ghad_1111", "وقال رئيس الوزراء الدكتور عمر الرزاز في تغريدة"),
    E("C_end", "c2_ghad_1111", "عادتا إلى حضن الوطن"),
    E("C_celebrations", "c2_ghad_1111", "وخرج مواطنون في عدد من المحافظات مساء أمس في مسيرات احتفالية"),
    E("C_decision", "c2_ghad_1111", "لقرار الأردن، الذي أعلنه جلالته"),
    # c3 Anadolu, 12 November 2019
    E("C_visit", "c3_anadolu_1112", "يزور الباقورة"),
    E("C_end", "c3_anadolu_1112", "استعادتها"),
    E("C_visit", "c3_anadolu_1112", "زار العاهل الأردني"),
    E("C_end", "c3_anadolu_1112", "إنهاء العمل بملحقي"),
    E("C_visit", "c3_anadolu_1112", "خلال الزيارة"),
    E("C_netanyahu", "c3_anadolu_1112", "وكان رئيس الوزراء الإسرائيلي بنيامين نتنياهو قد أعلن"),
    E("C_decision", "c3_anadolu_1112", "أعلن فيه الأردن قراره"),
    E("C_visit", "c3_anadolu_1112", "وتأتي الزيارة"),
    E("C_recall", "c3_anadolu_1112", "استدعى الأردن"),
    E("C_return", "c3_anadolu_1112", "قبل أن يعودا"),
    # d1 Reuters Arabic, 19 July 2019
    E("D_seizure", "d1_reuters_0719", "تحتجز ناقلة نفط بريطانية"),
    E("D_hunt", "d1_reuters_0719", "ولندن تحذر"),
    E("D_irgc", "d1_reuters_0719", "قال الحرس الثوري الإيراني"),
    E("D_seizure", "d1_reuters_0719", "إنه احتجز ناقلة النفط"),
    E("D_irgc", "d1_reuters_0719", "وذكر الحرس في بيان"),
    E("D_stena", "d1_reuters_0719", "وقالت شركة \"ستينا بالك\""),
    E("D_hunt", "d1_reuters_0719", "وقال وزير الخارجية البريطاني جيريمي هانت للصحفيين"),
    E("D_seizure", "d1_reuters_0719", "احتجاز الناقلة", ctx="من احتجاز الناقلة"),
    E("D_hunt", "d1_reuters_0719", "وأضاف هانت"),
    E("D_seizure", "d1_reuters_0719", "احتجاز الناقلة", ctx="ويأتي احتجاز الناقلة"),
    E("D_grace", "d1_reuters_0719", "احتجاز سلطات جبل طارق"),
    # d2 Asharq Al-Awsat, 21 July 2019
    E("D_call", "d2_aawsat_0721", "يتصل بظريف"),
    E("D_video", "d2_aawsat_0721", "تنشر مشاهد"),
    E("D_seizure", "d2_aawsat_0721", "احتجاز «ستينا إمبيرو»"),
    E("D_call", "d2_aawsat_0721", "اتصالاً هاتفياً بنظيره الإيراني"),
    E("D_seizure", "d2_aawsat_0721", "احتجاز الحرس الثوري ناقلة النفط"),
    E("D_tweet", "d2_aawsat_0721", "وكتب هانت في تغريدة"),
    E("D_call", "d2_aawsat_0721", "عقب الاتصال"),
    E("D_tweet", "d2_aawsat_0721", "لكنه اتهم طهران"),
    E("D_cobra", "d2_aawsat_0721", "اجتماعاً للجنة الطوارئ الحكومية"),
    E("D_seizure", "d2_aawsat_0721", "الخطوة الإيرانية"),
    E("D_summon", "d2_aawsat_0721", "استدعت وزارة الخارجية البريطانية"),
    E("D_video", "d2_aawsat_0721", "نشر الحرس الثوري"),
    E("D_afifi", "d2_aawsat_0721", "قال الله مراد عفيفي بور"),
    E("D_grace", "d2_aawsat_0721", "احتجاز سلطات جبل طارق الناقلة الإيرانية"),
    # d3 KUNA, 27 September 2019
    E("D_departure", "d3_kuna_0927", "تغادر المياه الإيرانية"),
    E("D_seizure", "d3_kuna_0927", "بعد احتجاز دام", ctx="الإيرانية بعد احتجاز دام"),
    E("D_departure", "d3_kuna_0927", "غادرت ناقلة النفط البريطانية"),
    E("D_seizure", "d3_kuna_0927", "بعد احتجاز دام", ctx="ميناء دبي بعد احتجاز دام"),
    E("D_hanell", "d3_kuna_0927", "وقال الرئيس التنفيذي لشركة (ستينا بالك)"),
    E("D_rabiei", "d3_kuna_0927", "وكان المتحدث باسم الحكومة الإيرانية علي ربيعي قد أعلن"),
    E("D_crew", "d3_kuna_0927", "قد أفرجت"),
    E("D_seizure", "d3_kuna_0927", "وتحتجز ايران الناقلة"),
    E("D_seizure", "d3_kuna_0927", "حين سيطرت عليها قوات من الحرس الثوري"),
    E("D_grace", "d3_kuna_0927", "احتجاز السلطات في جبل طارق ناقلة النفط الايرانية"),
    E("D_grace_release", "d3_kuna_0927", "التي أفرج عنها"),
    # x1 Hespress, 3 August 2021
    E("X_final", "x1_hespress_0803", "يهدي المغرب ذهبية أولمبية"),
    E("X_final", "x1_hespress_0803", "أهدى العداء سفيان البقالي"),
    E("X_final", "x1_hespress_0803", "بعد تتويجه"),
    E("X_final", "x1_hespress_0803", "في نهائي حسمه"),
    E("X_final", "x1_hespress_0803", "وقطع البقالي"),
    E("X_cable", "x1_hespress_0803", "وبعث الملك محمد السادس"),
    E("X_guerrouj", "x1_hespress_0803", "تتويج هشام الكروج"),
    E("X_rio", "x1_hespress_0803", "قد حل رابعاً"),
    # x2 SPA, 14 December 2021
    E("X_inscription", "x2_spa_1214", "تدرج الخط العربي"),
    E("X_inscription", "x2_spa_1214", "أدرجت منظمة الأمم المتحدة للتربية والعلم والثقافة"),
    E("X_session", "x2_spa_1214", "اجتماعات اللجنة الحكومية الدولية"),
    E("X_inscription", "x2_spa_1214", "وجاء تسجيل الخط العربي"),
    E("X_minister", "x2_spa_1214", "ورفع صاحب السمو الأمير بدر بن عبدالله بن فرحان"),
    E("X_inscription", "x2_spa_1214", "أن تسجيل الخط العربي"),
    E("X_inscription", "x2_spa_1214", "ويأتي الإنجاز"),
    # x3 MAP, 4 February 2016
    E("X_noor1", "x3_map_0204", "يدشن محطة"),
    E("X_works", "x3_map_0204", "ويعطي انطلاقة أشغال"),
    E("X_noor1", "x3_map_0204", "على تدشين محطة"),
    E("X_works", "x3_map_0204", "أعطى جلالته انطلاقة أشغال"),
    E("X_plan2009", "x3_map_0204", "قد ترأس في الثاني من نونبر 2009 بورزازات حفل تقديم المخطط المغربي"),
    # x4 Al-Bayan, 28 July 2018
    E("X_eclipse", "x4_bayan_0728", "أطول خسوف كلي", ctx="في أطول خسوف كلي خلال"),
    E("X_eclipse", "x4_bayan_0728", "أطول خسوف كلي للقمر"),
    E("X_observation", "x4_bayan_0728", "وأقامت مجموعة دبي الفلكية فعالية للرصد"),
    E("X_hariri", "x4_bayan_0728", "وقال حسن الحريري"),
    E("X_observation", "x4_bayan_0728", "خلال الفعالية"),
]

DIFF = [
    # A
    ("A_socotra", "A_landfall"), ("A_socotra", "A_cyclones2015"), ("A_socotra", "A_disaster"),
    ("A_disaster", "A_call"), ("A_disaster", "A_aid"), ("A_call", "A_meteo"), ("A_meteo", "A_ncem"),
    ("A_ncem", "A_toll"), ("A_ncem", "A_meeting"), ("A_landfall", "A_girl"), ("A_landfall", "A_ncem"),
    ("A_landfall", "A_gonu"), ("A_closure", "A_reopen"), ("A_girl", "A_toll"), ("A_toll", "A_reopen"),
    ("A_aid", "A_reopen"), ("A_landfall", "A_aid"), ("A_meeting", "A_closure"), ("A_gonu", "A_cyclones2015"),
    # B
    ("B_vote", "B_results"), ("B_vote", "B_self"), ("B_self", "B_results"), ("B_results", "B_reject"),
    ("B_reject", "B_self"), ("B_protests", "B_arrests"), ("B_arrests", "B_minister"),
    ("B_minister", "B_internet"), ("B_protests", "B_internet"), ("B_biram", "B_minister"),
    ("B_biram", "B_reject"), ("B_council", "B_results"), ("B_council", "B_inaug"), ("B_inaug", "B_speech"),
    ("B_coup", "B_inaug"), ("B_indep", "B_coup"), ("B_protests", "B_reject"), ("B_self", "B_speech"),
    # C
    ("C_end", "C_speech"), ("C_end", "C_opening"), ("C_speech", "C_opening"), ("C_end", "C_flag"),
    ("C_flag", "C_celebrations"), ("C_speech", "C_razzaz"), ("C_razzaz", "C_celebrations"),
    ("C_end", "C_visit"), ("C_decision", "C_notify"), ("C_decision", "C_netanyahu"),
    ("C_notify", "C_netanyahu"), ("C_recall", "C_return"), ("C_decision", "C_end"),
    ("C_treaty", "C_decision"), ("C_visit", "C_flag"), ("C_end", "C_celebrations"), ("C_speech", "C_decision"),
    # D
    ("D_seizure", "D_grace"), ("D_seizure", "D_irgc"), ("D_seizure", "D_hunt"), ("D_seizure", "D_stena"),
    ("D_irgc", "D_stena"), ("D_irgc", "D_hunt"), ("D_hunt", "D_stena"), ("D_afifi", "D_irgc"),
    ("D_call", "D_tweet"), ("D_call", "D_cobra"), ("D_cobra", "D_summon"), ("D_call", "D_summon"),
    ("D_video", "D_irgc"), ("D_video", "D_seizure"), ("D_hunt", "D_tweet"), ("D_grace", "D_grace_release"),
    ("D_crew", "D_departure"), ("D_rabiei", "D_departure"), ("D_hanell", "D_departure"),
    ("D_rabiei", "D_hanell"), ("D_crew", "D_grace_release"), ("D_seizure", "D_departure"),
    # distractors
    ("X_final", "X_cable"), ("X_final", "X_rio"), ("X_final", "X_guerrouj"), ("X_rio", "X_guerrouj"),
    ("X_inscription", "X_session"), ("X_inscription", "X_minister"), ("X_session", "X_minister"),
    ("X_noor1", "X_works"), ("X_noor1", "X_plan2009"),
    ("X_eclipse", "X_observation"), ("X_observation", "X_hariri"), ("X_eclipse", "X_hariri"),
]

BEFORE = [
    # A
    ("A_gonu", "A_cyclones2015"), ("A_cyclones2015", "A_socotra"), ("A_meteo", "A_disaster"),
    ("A_meteo", "A_call"), ("A_disaster", "A_aid"), ("A_closure", "A_girl"), ("A_girl", "A_landfall"),
    ("A_landfall", "A_reopen"), ("A_ncem", "A_toll"), ("A_closure", "A_reopen"),
    ("A_disaster", "A_landfall"), ("A_meteo", "A_closure"), ("A_socotra", "A_landfall"),
    ("A_socotra", "A_girl"), ("A_meeting", "A_toll"), ("A_aid", "A_reopen"),
    # B
    ("B_indep", "B_coup"), ("B_coup", "B_vote"), ("B_vote", "B_results"), ("B_self", "B_results"),
    ("B_results", "B_minister"), ("B_reject", "B_biram"), ("B_results", "B_council"),
    ("B_council", "B_inaug"), ("B_reject", "B_council"), ("B_internet", "B_council"),
    ("B_coup", "B_inaug"), ("B_council", "B_speech"),
    # C
    ("C_treaty", "C_decision"), ("C_decision", "C_recall"), ("C_netanyahu", "C_recall"),
    ("C_notify", "C_end"), ("C_recall", "C_return"), ("C_return", "C_end"), ("C_end", "C_visit"),
    ("C_speech", "C_visit"), ("C_opening", "C_visit"), ("C_celebrations", "C_visit"),
    ("C_flag", "C_visit"), ("C_razzaz", "C_visit"),
    # D
    ("D_grace", "D_seizure"), ("D_seizure", "D_call"), ("D_seizure", "D_cobra"), ("D_hunt", "D_tweet"),
    ("D_irgc", "D_video"), ("D_afifi", "D_summon"), ("D_seizure", "D_grace_release"),
    ("D_grace_release", "D_crew"), ("D_crew", "D_rabiei"), ("D_rabiei", "D_departure"),
    ("D_rabiei", "D_hanell"), ("D_call", "D_grace_release"),
    # distractors
    ("X_guerrouj", "X_rio"), ("X_rio", "X_final"), ("X_plan2009", "X_noor1"), ("X_plan2009", "X_works"),
    # across stories and distractors
    ("B_indep", "C_treaty"), ("C_treaty", "X_guerrouj"), ("X_guerrouj", "A_gonu"), ("A_gonu", "B_coup"),
    ("B_coup", "X_plan2009"), ("A_cyclones2015", "X_rio"), ("X_noor1", "A_socotra"),
    ("A_reopen", "X_eclipse"), ("X_eclipse", "C_decision"), ("C_decision", "B_vote"),
    ("B_results", "D_grace"), ("D_seizure", "B_inaug"), ("B_inaug", "D_grace_release"),
    ("D_departure", "C_recall"), ("C_visit", "X_final"), ("X_final", "X_inscription"),
]

GOLD = {"timex": TIMEX, "clusters": CLUSTERS, "events": EVENTS, "diff": DIFF, "before": BEFORE}
