"""Gold for the thirteenth blind held-out set (16 articles): the format of ../heldout12/spec.py.

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
    "a1_afp_0513": "2014-05-13T23:00:00+03:00",
    "a2_quds_0515": "2014-05-15",
    "a3_jazeera_0519": "2014-05-19",
    "b1_reuters_0901": "2017-09-01T15:00:00+03:00",
    "b2_ahram_0902": "2017-09-02",
    "b3_bbc_1031": "2017-10-31T10:00:00+00:00",
    "c1_tap_0318": "2015-03-18T21:00:00+01:00",
    "c2_aws_0320": "2015-03-20",
    "c3_hespress_0330": "2015-03-30",
    "d1_mena_1103": "2016-11-03T13:00:00+02:00",
    "d2_sky_1104": "2016-11-04",
    "d3_khabar_1113": "2016-11-13",
    "x1_barshim_sharq_0802": "2021-08-02",
    "x2_jokha_oman_0522": "2019-05-22",
    "x3_burj_bayan_0105": "2010-01-05",
    "x4_heat_kuna_0721": "2016-07-21T19:00:00+03:00",
}

_TEXTS = {k: (HERE / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}


def ctx(doc, around, s):
    """The occurrence number (1-based, overlapping matches counted) of `s` inside the first
    `around` of `doc`."""
    text = _TEXTS[doc]
    at = text.find(around)
    assert at >= 0 and s in around, (doc, around, s)
    pos = at + around.find(s)
    n, i = 0, -1
    while True:
        i = text.find(s, i + 1)
        if i < 0 or i > pos:
            return n
        n += 1


def span(v):
    """The [first, last] days of an ISO day, month or year (a time of day is dropped)."""
    v = v.split("T")[0]
    if len(v) == 4:
        return [f"{v}-01-01", f"{v}-12-31"]
    if len(v) == 7:
        y, m = map(int, v.split("-"))
        return [f"{v}-01", f"{v}-{calendar.monthrange(y, m)[1]:02d}"]
    return [v, v]


def D(doc, s, value, tight=None, outer=None, around=None, req=True):
    """A date row; tight defaults to the days of `value`, outer to tight."""
    tight = tight or span(value)
    occ = ctx(doc, around, s) if around else 1
    return (doc, s, occ, "date", value, tight, outer or tight, req)


def DUR(doc, s, value, around=None):
    return (doc, s, ctx(doc, around, s) if around else 1, "duration", value, None, None, True)


def V(doc, s, around=None):
    return (doc, s, ctx(doc, around, s) if around else 1, "vague", None, None, None, False)


def MULTI(doc, s, days):
    return (doc, s, 1, "multi", days, None, None, True)


TIMEX = [
    # a1: AFP, Soma, Tuesday 13 May 2014, evening
    D("a1_afp_0513", "13-5-2014", "2014-05-13"),
    D("a1_afp_0513", "بعد ظهر اليوم الثلاثاء", "2014-05-13TAF"),
    D("a1_afp_0513", "مساء اليوم", "2014-05-13TEV"),
    DUR("a1_afp_0513", "ثلاثة أيام", "P3D"),
    D("a1_afp_0513", "غدا الأربعاء", "2014-05-14"),
    D("a1_afp_0513", "29 نيسان/أبريل الماضي", "2014-04-29"),
    D("a1_afp_0513", "3 آذار/مارس 1992", "1992-03-03"),
    # a2: Al-Quds Al-Arabi, Thursday 15 May 2014
    D("a2_quds_0515", "أمس الأربعاء", "2014-05-14"),
    V("a2_quds_0515", "بعد يوم"),
    D("a2_quds_0515", "بعد ظهر الثلاثاء", "2014-05-13TAF", around="يوم من الانفجار الذي هز منجم الفحم فيها بعد ظهر الثلاثاء"),
    D("a2_quds_0515", "القرن التاسع عشر", "18", ["1801-01-01", "1900-12-31"], ["1800-01-01", "1900-12-31"]),
    D("a2_quds_0515", "مساء أمس", "2014-05-14TEV"),
    D("a2_quds_0515", "اليوم الخميس", "2014-05-15"),
    D("a2_quds_0515", "ليل الثلاثاء", "2014-05-13TNI", ["2014-05-13", "2014-05-13"], ["2014-05-12", "2014-05-14"]),
    D("a2_quds_0515", "عام 1992", "1992"),
    V("a2_quds_0515", "دائما"),
    V("a2_quds_0515", "حتى الآن"),
    # a3: Al Jazeera Net, Monday 19 May 2014
    D("a3_jazeera_0519", "أمس الأحد", "2014-05-18"),
    D("a3_jazeera_0519", "يوم 13 مايو/أيار الجاري", "2014-05-13"),
    V("a3_jazeera_0519", "غداة"),
    D("a3_jazeera_0519", "مساء السبت", "2014-05-17TEV"),
    D("a3_jazeera_0519", "يوم الجمعة", "2014-05-16"),
    D("a3_jazeera_0519", "الأربعاء الماضي", "2014-05-14"),
    D("a3_jazeera_0519", "الشهر الماضي", "2014-04"),
    D("a3_jazeera_0519", "يوم الخميس", "2014-05-15"),
    # b1: Reuters, Friday 1 September 2017
    D("b1_reuters_0901", "اليوم الجمعة", "2017-09-01"),
    D("b1_reuters_0901", "الثامن من أغسطس آب", "2017-08-08"),
    DUR("b1_reuters_0901", "60 يوما", "P60D"),
    D("b1_reuters_0901", "11 أغسطس آب", "2017-08-11"),
    D("b1_reuters_0901", "18 أغسطس آب", "2017-08-18"),
    D("b1_reuters_0901", "اليوم", "2017-09-01", around="حكم اليوم"),
    # b2: Al-Ahram, Saturday 2 September 2017
    D("b2_ahram_0902", "أمس الجمعة", "2017-09-01"),
    D("b2_ahram_0902", "فى المساء", "2017-09-01TEV"),
    D("b2_ahram_0902", "صباح أمس", "2017-09-01TMO"),
    D("b2_ahram_0902", "8 أغسطس الماضى", "2017-08-08"),
    D("b2_ahram_0902", "مساء أمس", "2017-09-01TEV"),
    D("b2_ahram_0902", "31 يوليو الماضى", "2017-07-31"),
    # b3: BBC Arabic, Tuesday 31 October 2017
    D("b3_bbc_1031", "أمس الاثنين", "2017-10-30"),
    D("b3_bbc_1031", "يوم الخميس 26 أكتوبر/تشرين الأول", "2017-10-26"),
    D("b3_bbc_1031", "العاشر من أكتوبر/تشرين الأول", "2017-10-10"),
    D("b3_bbc_1031", "الأول من سبتمبر/أيلول", "2017-09-01"),
    D("b3_bbc_1031", "أغسطس/آب", "2017-08", around="التي أجريت في أغسطس/آب"),
    D("b3_bbc_1031", "أغسطس/آب", "2017-08", around="منذ انتخابات أغسطس/آب"),
    # c1: TAP, Wednesday 18 March 2015, evening
    D("c1_tap_0318", "18 مارس 2015", "2015-03-18"),
    D("c1_tap_0318", "مساء اليوم الأربعاء", "2015-03-18TEV"),
    D("c1_tap_0318", "ظهر اليوم", "2015-03-18TMI"),
    D("c1_tap_0318", "مساء اليوم", "2015-03-18TEV", around="التونسي مساء اليوم"),
    # c2: Asharq Al-Awsat, Friday 20 March 2015
    D("c2_aws_0320", "الجمعة 29 جمادى الأولى 1436 هـ", "2015-03-20"),
    D("c2_aws_0320", "20 مارس 2015", "2015-03-20"),
    D("c2_aws_0320", "أمس (الخميس)", "2015-03-19"),
    D("c2_aws_0320", "الأربعاء", "2015-03-18"),
    D("c2_aws_0320", "أمس", "2015-03-19", around="الحبيب الصيد أمس"),
    V("c2_aws_0320", "بعد نحو ساعتين"),
    V("c2_aws_0320", "في الوقت نفسه"),
    D("c2_aws_0320", "11 أبريل (نيسان) 2002", "2002-04-11"),
    # c3: Hespress, Monday 30 March 2015
    D("c3_hespress_0330", "أمس الأحد", "2015-03-29"),
    D("c3_hespress_0330", "يوم 18 مارس", "2015-03-18"),
    D("c3_hespress_0330", "ليلة السبت", "2015-03-28TNI", ["2015-03-28", "2015-03-28"], ["2015-03-27", "2015-03-29"]),
    D("c3_hespress_0330", "الثلاثاء الماضي", "2015-03-24"),
    V("c3_hespress_0330", "يوم الهجوم"),
    D("c3_hespress_0330", "في اليوم التالي", "2015-03-19"),
    # d1: MENA, Thursday 3 November 2016
    D("d1_mena_1103", "3 نوفمبر", "2016-11-03"),
    D("d1_mena_1103", "اليوم الخميس", "2016-11-03"),
    D("d1_mena_1103", "صباح اليوم", "2016-11-03TMO"),
    V("d1_mena_1103", "حتى التاسعة مساء"),
    V("d1_mena_1103", "لليلة واحدة"),
    MULTI("d1_mena_1103", "يومى الجمعة والسبت المقبلين", ["2016-11-04", "2016-11-05"]),
    D("d1_mena_1103", "مارس الماضى", "2016-03"),
    D("d1_mena_1103", "أغسطس الماضى", "2016-08"),
    # d2: Sky News Arabia, Friday 4 November 2016
    D("d2_sky_1104", "منتصف ليل الخميس", "2016-11-03T24:00", ["2016-11-03", "2016-11-04"]),
    V("d2_sky_1104", "بعد ساعات"),
    D("d2_sky_1104", "مساء الخميس", "2016-11-03TEV"),
    D("d2_sky_1104", "الخميس", "2016-11-03", around="واشنطن الخميس"),
    V("d2_sky_1104", "خلال الأيام المقبلة"),
    D("d2_sky_1104", "الخميس", "2016-11-03", around="تعاملات الخميس"),
    D("d2_sky_1104", "14 مارس/آذار الماضي", "2016-03-14"),
    # d3: El Khabar, Sunday 13 November 2016
    D("d3_khabar_1113", "أول أمس الجمعة", "2016-11-11"),
    DUR("d3_khabar_1113", "ثلاث سنوات", "P3Y"),
    DUR("d3_khabar_1113", "يومين", "P2D"),
    D("d3_khabar_1113", "الأربعاء الماضي", "2016-11-09"),
    D("d3_khabar_1113", "الثالث من نوفمبر الجاري", "2016-11-03"),
    D("d3_khabar_1113", "في اليوم نفسه", "2016-11-03"),
    D("d3_khabar_1113", "يوم الخميس 3 نوفمبر", "2016-11-03"),
    D("d3_khabar_1113", "يوم 11 أوت الفارط", "2016-08-11"),
    # x1: Al-Sharq (Qatar), Monday 2 August 2021
    V("x1_barshim_sharq_0802", "طوكيو 2020"),
    D("x1_barshim_sharq_0802", "مساء أمس الأحد", "2021-08-01TEV"),
    D("x1_barshim_sharq_0802", "27 يوليو الماضي", "2021-07-27"),
    D("x1_barshim_sharq_0802", "عام 2016", "2016"),
    # x2: Oman daily, Wednesday 22 May 2019
    D("x2_jokha_oman_0522", "الأربعاء 17 رمضان 1440هـ", "2019-05-22"),
    D("x2_jokha_oman_0522", "22 مايو 2019م", "2019-05-22"),
    D("x2_jokha_oman_0522", "مساء أمس الثلاثاء", "2019-05-21TEV"),
    D("x2_jokha_oman_0522", "أبريل الماضي", "2019-04"),
    D("x2_jokha_oman_0522", "عام 2010", "2010"),
    # x3: Al-Bayan, Tuesday 5 January 2010
    D("x3_burj_bayan_0105", "الثلاثاء 19 محرم 1431 هـ", "2010-01-05"),
    D("x3_burj_bayan_0105", "5 يناير 2010", "2010-01-05"),
    D("x3_burj_bayan_0105", "مساء أمس", "2010-01-04TEV"),
    D("x3_burj_bayan_0105", "عام 2004", "2004"),
    D("x3_burj_bayan_0105", "الرابع من يناير 2006", "2006-01-04"),
    V("x3_burj_bayan_0105", "الذكرى الرابعة"),
    # x4: KUNA, Thursday 21 July 2016
    D("x4_heat_kuna_0721", "21 - 7", "2016-07-21"),
    D("x4_heat_kuna_0721", "اليوم الخميس", "2016-07-21"),
    D("x4_heat_kuna_0721", "الأحد الماضي", "2016-07-17"),
    V("x4_heat_kuna_0721", "في الأيام المقبلة"),
    D("x4_heat_kuna_0721", "اليوم", "2016-07-21", around="في بيان اليوم"),
    V("x4_heat_kuna_0721", "بين الحادية عشرة صباحا والرابعة عصرا"),
]


def C(typ, tight, outer=None, who=()):
    tight = span(tight) if isinstance(tight, str) else tight
    outer = (span(outer) if isinstance(outer, str) else outer) or tight
    return dict(type=typ, tight=tight, outer=outer, participants=[list(p) for p in who])


ERDOGAN = ("رجب طيب أردوغان", "أردوغان")
YILDIZ = ("تانر يلدز", "يلدز")
KENYATTA = ("أوهورو كينياتا", "كينياتا")
ODINGA = ("رايلا أودينجا", "أودينجا", "رايلا أودينغا", "أودينغا")
IEBC = ("اللجنة المستقلة للانتخابات والحدود", "اللجنة")
CHEBUKATI = ("وافولا تشيبوكاتى", "وافولا تشيبوكاتي", "تشيبوكاتي")
COURT = ("المحكمة العليا في كينيا", "المحكمة العليا")
ESSID = ("الحبيب الصيد", "الصيد")
ESSEBSI = ("الباجي قائد السبسي", "قائد السبسي")
ATTACKERS = (("ياسين العبيدي", "العبيدي"), ("صابر الخشناوي", "الخشناوي"))
FORCES = ("قوات الأمن", "قوات الأمن والحرس الوطني", "وحدات مكافحة الإرهاب")
CBE = ("البنك المركزى المصرى", "البنك المركزي المصري", "البنك المركزي", "البنك المركزى")
IMF = ("صندوق النقد الدولي", "صندوق النقد الدولى", "صندوق النقد", "الصندوق")
LAGARDE = ("كريستين لاغارد", "لاغارد")
BARSHIM = ("معتز عيسى برشم", "برشم")
MBR = ("محمد بن راشد آل مكتوم", "محمد بن راشد")

CLUSTERS = {
    # Soma, May 2014
    "A_blast": C("other", "2014-05-13"),
    "A_yildiz": C("statement", "2014-05-13", who=[YILDIZ]),
    "A_mourning": C("other", "2014-05-13", who=[ERDOGAN]),
    "A_postpone": C("other", "2014-05-13", who=[ERDOGAN]),
    "A_motion": C("other", "2014-04-29", "2014-04",
                  who=[("حزب العدالة والتنمية", "البرلمان", "الغالبية البرلمانية لحزب العدالة والتنمية"),
                       ("حزب الشعب الجمهوري", "المعارضة")]),
    "A_kozlu": C("other", "1992-03-03", "1992"),
    "A_visit": C("other", "2014-05-14", who=[ERDOGAN]),
    "A_remarks": C("statement", "2014-05-14", who=[ERDOGAN]),
    "A_kick": C("other", "2014-05-14", ["2014-05-14", "2014-05-15"], who=[("يوسف يركل",)]),
    "A_protests": C("other", "2014-05-14"),
    "A_unions": C("statement", "2014-05-14", ["2014-05-13", "2014-05-15"]),
    "A_strike": C("other", "2014-05-15"),
    "A_company": C("statement", "2014-05-16", who=[("أكين جليك", "جليك")]),
    "A_endsearch": C("other", "2014-05-17", who=[YILDIZ]),
    "A_arrests": C("capture", "2014-05-18", who=[("السلطات التركية",)]),
    # Kenya, August-October 2017
    "B_msando": C("other", "2017-07-31", who=[("كريس مساندو", "مساندو")]),
    "B_election": C("other", "2017-08-08", "2017-08", who=[KENYATTA, ODINGA]),
    "B_declared": C("other", "2017-08-11", who=[IEBC, KENYATTA]),
    "B_petition": C("other", "2017-08-18", who=[ODINGA]),
    "B_annul": C("other", "2017-09-01", who=[COURT, ("ديفيد ماراجا", "ماراجا")]),
    "B_odinga": C("statement", "2017-09-01", who=[ODINGA]),
    "B_address": C("statement", "2017-09-01", who=[KENYATTA]),
    "B_burma": C("statement", "2017-09-01", who=[KENYATTA]),
    "B_chebukati": C("statement", "2017-09-01", who=[CHEBUKATI]),
    "B_withdraw": C("other", "2017-10-10", who=[ODINGA]),
    "B_rerun": C("other", "2017-10-26", who=[KENYATTA]),
    "B_result": C("other", "2017-10-30", who=[IEBC, CHEBUKATI, KENYATTA]),
    "B_speech": C("statement", "2017-10-30", who=[KENYATTA]),
    # Bardo, March 2015
    "C_djerba": C("strike", "2002-04-11"),
    "C_attack": C("strike", "2015-03-18", who=ATTACKERS),
    "C_hostages": C("capture", "2015-03-18", who=ATTACKERS),
    "C_assault": C("strike", "2015-03-18", who=(FORCES,) + ATTACKERS),
    "C_essid": C("statement", "2015-03-18", who=[ESSID]),
    "C_session": C("meeting", "2015-03-18", who=[("مجلس نواب الشعب",)]),
    "C_suspend": C("other", "2015-03-18"),
    "C_essebsi": C("statement", "2015-03-18", who=[ESSEBSI]),
    "C_call": C("call", "2015-03-18", who=[ESSEBSI, ("فرانسوا هولاند", "هولاند")]),
    "C_claim": C("statement", "2015-03-19", who=[("داعش", "تنظيم «داعش»")]),
    "C_arrests": C("capture", ["2015-03-18", "2015-03-19"], who=[("قوات الأمن",)]),
    "C_naming": C("statement", "2015-03-19", who=[ESSID]),
    "C_reopen": C("other", "2015-03-24"),
    "C_gafsa": C("strike", "2015-03-28", ["2015-03-27", "2015-03-29"],
                 who=[("وحدات الحرس الوطني", "الحرس الوطني"), ("خالد الشايب", "لقمان أبو صخر")]),
    "C_march": C("other", "2015-03-29", who=[ESSEBSI, ("فرانسوا هولاند", "هولاند"),
                                              ("ماتيو رينزي", "رينزي"), ("محمود عباس", "عباس")]),
    "C_announce": C("statement", "2015-03-29", who=[ESSID]),
    # Egypt's float, November 2016
    "D_march": C("other", "2016-03-14", "2016-03", who=[CBE]),
    "D_sla": C("other", "2016-08-11", "2016-08",
               who=[("الحكومة", "القاهرة"), IMF]),
    "D_float": C("other", "2016-11-03", who=[CBE]),
    "D_rates": C("other", "2016-11-03", who=[CBE]),
    "D_board": C("meeting", "2016-11-03", who=[("مجلس إدارة البنك", "البنك المركزى المصرى")]),
    "D_fuel": C("other", ["2016-11-03", "2016-11-04"], who=[("الحكومة المصرية", "الحكومة")]),
    "D_ismail": C("statement", "2016-11-03", who=[("شريف إسماعيل", "إسماعيل")]),
    "D_lagarde1": C("statement", "2016-11-03", who=[LAGARDE]),
    "D_imf": C("other", "2016-11-11", who=[IMF, ("مصر",)]),
    "D_lagarde2": C("statement", "2016-11-11", who=[LAGARDE]),
    "D_trumpwin": C("other", ["2016-11-08", "2016-11-09"], who=[("دونالد ترامب", "ترامب")]),
    "D_call": C("call", "2016-11-09", who=[("عبد الفتاح السيسي", "السيسي"), ("دونالد ترامب", "ترامب")]),
    # distractors
    "X_gold": C("other", "2021-08-01", who=[BARSHIM, ("جيانماركو تامبيري", "تامبيري")]),
    "X_emir": C("statement", "2021-08-01", ["2021-08-01", "2021-08-02"],
                who=[("الشيخ تميم بن حمد آل ثاني", "تميم بن حمد"), BARSHIM]),
    "X_fares": C("other", "2021-07-27", who=[("فارس إبراهيم",)]),
    "X_rio": C("other", "2016-08-16", "2016", who=[BARSHIM]),
    "Y_prize": C("other", "2019-05-21", who=[("جوخة الحارثي", "الحارثي"), ("مارلين بوث",), ("بيتاني هيوز",)]),
    "Y_short": C("other", "2019-04-09", "2019-04"),
    "Y_pub": C("other", "2010", who=[("جوخة الحارثي", "الحارثي"), ("دار الآداب",)]),
    "Z_build": C("other", "2004"),
    "Z_accession": C("other", "2006-01-04", who=[MBR]),
    "Z_open": C("other", "2010-01-04", who=[MBR]),
    "Z_name": C("other", "2010-01-04", who=[MBR, ("خليفة بن زايد آل نهيان", "خليفة بن زايد")]),
    "Z_abbar": C("statement", "2010-01-04", who=[("محمد العبار", "العبار")]),
    "W_record": C("other", "2016-07-21"),
    "W_observer": C("statement", "2016-07-21", who=[("إدارة الأرصاد الجوية",)]),
    "W_health": C("statement", "2016-07-21", who=[("وزارة الصحة",)]),
}


def E(cluster, doc, clause, around=None):
    occ = ctx(doc, around, clause) if around else 1
    return (cluster, doc, clause, occ, CLUSTERS[cluster]["type"])


EVENTS = [
    # a1
    E("A_blast", "a1_afp_0513", "انفجار في منجم للفحم"),
    E("A_blast", "a1_afp_0513", "إثر انفجار وقع"),
    E("A_yildiz", "a1_afp_0513", "بحسب ما أعلن وزير الطاقة تانر يلدز"),
    E("A_yildiz", "a1_afp_0513", "وقال يلدز للصحافيين"),
    E("A_blast", "a1_afp_0513", "في الانفجار وما تلاه من حريق"),
    E("A_blast", "a1_afp_0513", "عند وقوع الانفجار"),
    E("A_mourning", "a1_afp_0513", "وأعلن رئيس الوزراء رجب طيب أردوغان الحداد الوطني"),
    E("A_postpone", "a1_afp_0513", "وأرجأ زيارة إلى ألبانيا"),
    E("A_motion", "a1_afp_0513", "قد رفضت"),
    E("A_blast", "a1_afp_0513", "وهذه أسوأ كارثة تشهدها مناجم تركيا"),
    E("A_kozlu", "a1_afp_0513", "انفجار غاز في منجم كوزلو"),
    # a2
    E("A_remarks", "a2_quds_0515", "أردوغان يقول"),
    E("A_visit", "a2_quds_0515", "زيارة رئيس الوزراء التركي رجب طيب أردوغان إلى بلدة سوما"),
    E("A_blast", "a2_quds_0515", "الانفجار الذي هز منجم الفحم"),
    E("A_remarks", "a2_quds_0515", "وقال أردوغان في مؤتمر صحافي"),
    E("A_kick", "a2_quds_0515", "وهو يركل متظاهرا"),
    E("A_protests", "a2_quds_0515", "وخرجت مساء أمس مظاهرات"),
    E("A_unions", "a2_quds_0515", "ودعت أربع نقابات"),
    E("A_strike", "a2_quds_0515", "إلى إضراب عام"),
    E("A_mourning", "a2_quds_0515", "الحداد الوطني الذي أعلنه أردوغان"),
    E("A_kozlu", "a2_quds_0515", "كارثة كوزلو"),
    # a3
    E("A_arrests", "a3_jazeera_0519", "توقيف 25 شخصا"),
    E("A_arrests", "a3_jazeera_0519", "أوقفت السلطات التركية"),
    E("A_blast", "a3_jazeera_0519", "أسوأ كارثة صناعية"),
    E("A_arrests", "a3_jazeera_0519", "وجاءت التوقيفات"),
    E("A_endsearch", "a3_jazeera_0519", "إعلان وزير الطاقة تانر يلدز"),
    E("A_company", "a3_jazeera_0519", "قد نفى في مؤتمر صحفي"),
    E("A_remarks", "a3_jazeera_0519", "تصريحات أردوغان في سوما"),
    E("A_motion", "a3_jazeera_0519", "رفض البرلمان"),
    E("A_strike", "a3_jazeera_0519", "شارك عشرات الآلاف في إضراب"),
    E("A_unions", "a3_jazeera_0519", "دعت إليه النقابات"),
    # b1
    E("B_annul", "b1_reuters_0901", "المحكمة العليا في كينيا تلغي نتيجة"),
    E("B_annul", "b1_reuters_0901", "ألغت المحكمة العليا في كينيا"),
    E("B_election", "b1_reuters_0901", "انتخابات الرئاسة التي جرت"),
    E("B_declared", "b1_reuters_0901", "وأعلن فيها فوز"),
    E("B_annul", "b1_reuters_0901", "وهو يتلو قرار الأغلبية"),
    E("B_declared", "b1_reuters_0901", "وكانت اللجنة قد أعلنت"),
    E("B_petition", "b1_reuters_0901", "الذي طعن في النتيجة"),
    E("B_odinga", "b1_reuters_0901", "ووصف أودينجا"),
    E("B_annul", "b1_reuters_0901", "حكم اليوم"),
    E("B_annul", "b1_reuters_0901", "تلغي فيها محكمة انتخابات رئاسية"),
    # b2
    E("B_address", "b2_ahram_0902", 'كينياتا "يحترم"'),
    E("B_annul", "b2_ahram_0902", "حكم المحكمة"),
    E("B_burma", "b2_ahram_0902", "ويصف القضاة"),
    E("B_address", "b2_ahram_0902", "أعلن الرئيس الكينى أوهورو كينياتا فى كلمة متلفزة"),
    E("B_annul", "b2_ahram_0902", "حكم المحكمة العليا بإلغاء"),
    E("B_burma", "b2_ahram_0902", "ليصف القضاة"),
    E("B_annul", "b2_ahram_0902", "وكانت المحكمة قد قضت"),
    E("B_election", "b2_ahram_0902", "الانتخابات التى أجريت"),
    E("B_chebukati", "b2_ahram_0902", "أكد رئيس اللجنة المستقلة"),
    E("B_odinga", "b2_ahram_0902", "فيما طالب زعيم المعارضة رايلا أودينجا"),
    E("B_msando", "b2_ahram_0902", "العثور على جثة"),
    # b3
    E("B_result", "b3_bbc_1031", "إعلان فوز كينياتا بولاية ثانية"),
    E("B_rerun", "b3_bbc_1031", "انتخابات قاطعتها المعارضة"),
    E("B_result", "b3_bbc_1031", "أعلنت اللجنة المستقلة للانتخابات والحدود"),
    E("B_rerun", "b3_bbc_1031", "انتخابات الإعادة التي جرت"),
    E("B_rerun", "b3_bbc_1031", "في اقتراع لم تتجاوز"),
    E("B_result", "b3_bbc_1031", "وتلا رئيس اللجنة"),
    E("B_speech", "b3_bbc_1031", "وتعهد كينياتا في كلمة ألقاها"),
    E("B_result", "b3_bbc_1031", "بعد الإعلان"),
    E("B_withdraw", "b3_bbc_1031", "انسحابه من السباق"),
    E("B_annul", "b3_bbc_1031", "وكانت المحكمة العليا قد ألغت"),
    E("B_election", "b3_bbc_1031", "الانتخابات التي أجريت"),
    E("B_election", "b3_bbc_1031", "انتخابات أغسطس/آب"),
    # c1
    E("C_attack", "c1_tap_0318", "هجوم إرهابي على متحف باردو"),
    E("C_essid", "c1_tap_0318", "أعلن رئيس الحكومة الحبيب الصيد"),
    E("C_attack", "c1_tap_0318", "أن هجوما إرهابيا استهدف"),
    E("C_essid", "c1_tap_0318", "وأوضح أن"),
    E("C_attack", "c1_tap_0318", "أطلقا النار على السياح"),
    E("C_hostages", "c1_tap_0318", "ويحتجزا عددا من الزوار رهائن"),
    E("C_assault", "c1_tap_0318", "نفذت عملية أسفرت عن القضاء على المهاجمين"),
    E("C_session", "c1_tap_0318", "يناقشون في جلسة عامة"),
    E("C_attack", "c1_tap_0318", "لحظة الهجوم"),
    E("C_suspend", "c1_tap_0318", "وتم تعليق الجلسة"),
    E("C_essebsi", "c1_tap_0318", "وتوجه رئيس الجمهورية الباجي قائد السبسي بكلمة"),
    E("C_essebsi", "c1_tap_0318", "أكد فيها"),
    E("C_call", "c1_tap_0318", "كما تلقى قائد السبسي اتصالا هاتفيا"),
    # c2
    E("C_claim", "c2_aws_0320", "«داعش» يتبنى"),
    E("C_attack", "c2_aws_0320", "هجوم باردو"),
    E("C_arrests", "c2_aws_0320", "اعتقال 9 أشخاص"),
    E("C_claim", "c2_aws_0320", "تبنى تنظيم «داعش»"),
    E("C_attack", "c2_aws_0320", "الهجوم الذي استهدف"),
    E("C_arrests", "c2_aws_0320", "أن قوات الأمن اعتقلت"),
    E("C_attack", "c2_aws_0320", "المنفذة للهجوم"),
    E("C_naming", "c2_aws_0320", "وكشف رئيس الحكومة الحبيب الصيد"),
    E("C_assault", "c2_aws_0320", "تدخل قوات الأمن"),
    E("C_assault", "c2_aws_0320", "قد اقتحمت المتحف"),
    E("C_attack", "c2_aws_0320", "من بدء الهجوم"),
    E("C_hostages", "c2_aws_0320", "الذين احتجزهم المسلحان"),
    E("C_attack", "c2_aws_0320", "ويعد الهجوم الأعنف"),
    E("C_djerba", "c2_aws_0320", "تفجير كنيس الغريبة"),
    # c3
    E("C_march", "c3_hespress_0330", "يسيرون ضد الإرهاب"),
    E("C_attack", "c3_hespress_0330", "هجوم باردو"),
    E("C_march", "c3_hespress_0330", "في مسيرة دولية ضد الإرهاب انطلقت"),
    E("C_attack", "c3_hespress_0330", "هجوما دمويا"),
    E("C_march", "c3_hespress_0330", "وتقدم المسيرة"),
    E("C_call", "c3_hespress_0330", "الذي اتصل بقائد السبسي"),
    E("C_announce", "c3_hespress_0330", "وأعلن رئيس الحكومة الحبيب الصيد"),
    E("C_march", "c3_hespress_0330", "على هامش المسيرة"),
    E("C_gafsa", "c3_hespress_0330", "قتلت ليلة السبت في عملية"),
    E("C_attack", "c3_hespress_0330", "للهجوم على المتحف"),
    E("C_reopen", "c3_hespress_0330", "قد أعاد فتح أبوابه"),
    E("C_reopen", "c3_hespress_0330", "في حفل حضره"),
    E("C_claim", "c3_hespress_0330", 'تنظيم "داعش" تبنى'),
    E("C_attack", "c3_hespress_0330", "الهجوم", around="تبنى الهجوم في اليوم"),
    E("C_attack", "c3_hespress_0330", "لوقوعه"),
    # d1
    E("D_float", "d1_mena_1103", "يقرر تحرير سعر صرف الجنيه"),
    E("D_rates", "d1_mena_1103", "رفع أسعار الفائدة"),
    E("D_float", "d1_mena_1103", "قرر البنك المركزى المصرى"),
    E("D_board", "d1_mena_1103", "اجتماع استثنائى عقده"),
    E("D_rates", "d1_mena_1103", "رفع سعرى عائد الإيداع والإقراض"),
    E("D_float", "d1_mena_1103", "قبل القرار"),
    E("D_float", "d1_mena_1103", "ويأتى القرار"),
    E("D_march", "d1_mena_1103", "خفض البنك قيمة الجنيه"),
    E("D_sla", "d1_mena_1103", "توصلت الحكومة بشأنه إلى اتفاق"),
    # d2
    E("D_fuel", "d2_sky_1104", "مصر ترفع أسعار الوقود"),
    E("D_float", "d2_sky_1104", "تعويم الجنيه"),
    E("D_fuel", "d2_sky_1104", "رفعت الحكومة المصرية أسعار الوقود"),
    E("D_float", "d2_sky_1104", "قرار البنك المركزي تعويم الجنيه"),
    E("D_rates", "d2_sky_1104", "ورفع أسعار الفائدة"),
    E("D_ismail", "d2_sky_1104", "وقال رئيس الوزراء شريف إسماعيل"),
    E("D_lagarde1", "d2_sky_1104", "ورحبت المديرة العامة لصندوق النقد الدولي كريستين لاغارد"),
    E("D_float", "d2_sky_1104", "بقرار التعويم"),
    E("D_march", "d2_sky_1104", "قد خفض قيمة الجنيه"),
    # d3
    E("D_imf", "d3_khabar_1113", "صندوق النقد يمنح مصر"),
    E("D_float", "d3_khabar_1113", "تعويم الجنيه"),
    E("D_imf", "d3_khabar_1113", "وافق المجلس التنفيذي لصندوق النقد الدولي"),
    E("D_lagarde2", "d3_khabar_1113", "وقالت المديرة العامة للصندوق كريستين لاغارد"),
    E("D_imf", "d3_khabar_1113", "اجتماع المجلس"),
    E("D_imf", "d3_khabar_1113", "وتأتي موافقة الصندوق"),
    E("D_call", "d3_khabar_1113", "اتصال هاتفي أجراه الرئيس عبد الفتاح السيسي"),
    E("D_trumpwin", "d3_khabar_1113", "بفوزه في الانتخابات"),
    E("D_call", "d3_khabar_1113", "وهو أول اتصال يتلقاه ترامب"),
    E("D_float", "d3_khabar_1113", "تعويم العملة المحلية"),
    E("D_rates", "d3_khabar_1113", "رفع أسعار الفائدة بثلاث نقاط"),
    E("D_fuel", "d3_khabar_1113", "رفعت الحكومة أسعار المحروقات"),
    E("D_ismail", "d3_khabar_1113", "ووصف رئيس الوزراء شريف إسماعيل"),
    E("D_imf", "d3_khabar_1113", "وأتى اتفاق القاهرة مع الصندوق"),
    E("D_sla", "d3_khabar_1113", "انتهت إلى اتفاق على مستوى الخبراء"),
    # x1
    E("X_gold", "x1_barshim_sharq_0802", "برشم يحلق بذهبية أولمبية تاريخية"),
    E("X_gold", "x1_barshim_sharq_0802", "ويتقاسمها مع تامبيري"),
    E("X_gold", "x1_barshim_sharq_0802", "توج البطل القطري معتز عيسى برشم"),
    E("X_emir", "x1_barshim_sharq_0802", "وهنأ حضرة صاحب السمو"),
    E("X_gold", "x1_barshim_sharq_0802", "عقب التتويج"),
    E("X_gold", "x1_barshim_sharq_0802", "وتأتي ذهبية برشم"),
    E("X_fares", "x1_barshim_sharq_0802", "ذهبية الرباع فارس إبراهيم"),
    E("X_rio", "x1_barshim_sharq_0802", "قد أحرز فضية المسابقة نفسها"),
    # x2
    E("Y_prize", "x2_jokha_oman_0522", "جوخة الحارثي أول كاتبة عربية تفوز"),
    E("Y_prize", "x2_jokha_oman_0522", "فازت الكاتبة العمانية جوخة الحارثي"),
    E("Y_prize", "x2_jokha_oman_0522", "وأعلنت رئيسة لجنة التحكيم بيتاني هيوز"),
    E("Y_prize", "x2_jokha_oman_0522", "في حفل أقيم في لندن"),
    E("Y_prize", "x2_jokha_oman_0522", "وتغلبت الرواية"),
    E("Y_short", "x2_jokha_oman_0522", "القائمة القصيرة التي أعلنت"),
    E("Y_pub", "x2_jokha_oman_0522", 'وصدرت "سيدات القمر"'),
    # x3
    E("Z_open", "x3_burj_bayan_0105", "محمد بن راشد يدشن"),
    E("Z_open", "x3_burj_bayan_0105", "دشن صاحب السمو"),
    E("Z_name", "x3_burj_bayan_0105", "معلنا إطلاق اسم"),
    E("Z_open", "x3_burj_bayan_0105", "وشهد حفل الافتتاح"),
    E("Z_abbar", "x3_burj_bayan_0105", "وقال محمد العبار"),
    E("Z_open", "x3_burj_bayan_0105", "خلال الحفل"),
    E("Z_build", "x3_burj_bayan_0105", "أعمال البناء انطلقت"),
    E("Z_open", "x3_burj_bayan_0105", "وتزامن الافتتاح"),
    E("Z_accession", "x3_burj_bayan_0105", "لتولي سموه مقاليد الحكم"),
    # x4
    E("W_record", "x4_heat_kuna_0721", "مطربة تسجل 54 درجة مئوية"),
    E("W_record", "x4_heat_kuna_0721", "سجلت منطقة مطربة"),
    E("W_record", "x4_heat_kuna_0721", "وفق ما أعلنته إدارة الأرصاد الجوية"),
    E("W_observer", "x4_heat_kuna_0721", "وقال مراقب التنبؤات الجوية"),
    E("W_observer", "x4_heat_kuna_0721", "وأوضح أن رياحا"),
    E("W_health", "x4_heat_kuna_0721", "ودعت وزارة الصحة في بيان"),
]

DIFF = [
    # Soma
    ("A_blast", "A_kozlu"), ("A_blast", "A_yildiz"), ("A_blast", "A_mourning"), ("A_blast", "A_postpone"),
    ("A_yildiz", "A_endsearch"), ("A_yildiz", "A_mourning"), ("A_mourning", "A_postpone"),
    ("A_visit", "A_remarks"), ("A_visit", "A_kick"), ("A_remarks", "A_kick"), ("A_protests", "A_strike"),
    ("A_unions", "A_strike"), ("A_protests", "A_kick"), ("A_arrests", "A_endsearch"),
    ("A_company", "A_endsearch"), ("A_company", "A_arrests"), ("A_remarks", "A_company"),
    ("A_motion", "A_blast"), ("A_strike", "A_arrests"), ("A_kozlu", "A_motion"),
    # Kenya
    ("B_annul", "B_election"), ("B_annul", "B_declared"), ("B_annul", "B_petition"), ("B_annul", "B_odinga"),
    ("B_annul", "B_address"), ("B_annul", "B_burma"), ("B_annul", "B_chebukati"), ("B_address", "B_burma"),
    ("B_address", "B_odinga"), ("B_odinga", "B_chebukati"), ("B_declared", "B_result"),
    ("B_election", "B_rerun"), ("B_rerun", "B_result"), ("B_result", "B_speech"), ("B_withdraw", "B_odinga"),
    ("B_petition", "B_odinga"), ("B_annul", "B_withdraw"), ("B_msando", "B_election"),
    ("B_speech", "B_address"), ("B_election", "B_declared"),
    # Bardo
    ("C_attack", "C_hostages"), ("C_attack", "C_assault"), ("C_hostages", "C_assault"), ("C_attack", "C_claim"),
    ("C_attack", "C_essid"), ("C_essid", "C_essebsi"), ("C_session", "C_suspend"), ("C_attack", "C_session"),
    ("C_claim", "C_naming"), ("C_arrests", "C_naming"), ("C_arrests", "C_hostages"), ("C_attack", "C_djerba"),
    ("C_march", "C_announce"), ("C_gafsa", "C_announce"), ("C_gafsa", "C_assault"), ("C_reopen", "C_march"),
    ("C_claim", "C_essebsi"), ("C_naming", "C_essid"),
    # Egypt
    ("D_float", "D_rates"), ("D_float", "D_board"), ("D_rates", "D_board"), ("D_float", "D_march"),
    ("D_float", "D_sla"), ("D_sla", "D_imf"), ("D_float", "D_fuel"), ("D_fuel", "D_ismail"),
    ("D_ismail", "D_lagarde1"), ("D_lagarde1", "D_lagarde2"), ("D_imf", "D_lagarde2"), ("D_float", "D_imf"),
    ("D_rates", "D_fuel"), ("D_march", "D_sla"),
    ("D_call", "D_imf"), ("D_call", "D_trumpwin"), ("D_trumpwin", "D_imf"), ("C_call", "C_essebsi"),
    ("C_call", "C_march"),
    # distractors
    ("X_gold", "X_emir"), ("X_gold", "X_fares"), ("X_gold", "X_rio"), ("Y_prize", "Y_short"),
    ("Y_prize", "Y_pub"), ("Z_open", "Z_name"), ("Z_open", "Z_abbar"), ("Z_open", "Z_build"),
    ("Z_open", "Z_accession"), ("Z_name", "Z_abbar"), ("W_record", "W_observer"), ("W_record", "W_health"),
    ("W_observer", "W_health"),
]

BEFORE = [
    # chains, one per story
    ("A_kozlu", "A_motion"), ("A_motion", "A_blast"), ("A_blast", "A_visit"), ("A_visit", "A_strike"),
    ("A_strike", "A_company"), ("A_company", "A_endsearch"), ("A_endsearch", "A_arrests"),
    ("B_msando", "B_election"), ("B_election", "B_declared"), ("B_declared", "B_petition"),
    ("B_petition", "B_annul"), ("B_annul", "B_withdraw"), ("B_withdraw", "B_rerun"), ("B_rerun", "B_result"),
    ("C_djerba", "C_attack"), ("C_attack", "C_claim"), ("C_claim", "C_reopen"), ("C_reopen", "C_gafsa"),
    ("C_gafsa", "C_march"),
    ("D_march", "D_sla"), ("D_sla", "D_float"), ("D_float", "D_imf"),
    # the distractors, in time
    ("Z_build", "Z_accession"), ("Z_accession", "Z_open"), ("Z_open", "W_record"), ("W_record", "X_rio"),
    ("X_rio", "Y_short"), ("Y_short", "Y_prize"), ("Y_prize", "X_fares"), ("X_fares", "X_gold"),
    # across stories
    ("A_kozlu", "C_djerba"), ("Z_open", "A_motion"), ("A_arrests", "C_attack"), ("C_march", "D_march"),
    ("W_record", "D_sla"), ("X_rio", "D_float"), ("D_imf", "B_msando"), ("B_result", "Y_short"),
    ("Z_accession", "Y_pub"),
    # side links
    ("A_yildiz", "A_remarks"), ("A_mourning", "A_visit"), ("A_postpone", "A_kick"), ("A_protests", "A_strike"),
    ("A_unions", "A_company"), ("A_remarks", "A_endsearch"), ("A_blast", "A_protests"),
    ("B_petition", "B_address"), ("B_odinga", "B_withdraw"), ("B_burma", "B_rerun"),
    ("B_chebukati", "B_result"), ("B_declared", "B_odinga"), ("B_address", "B_speech"),
    ("C_essid", "C_naming"), ("C_essebsi", "C_claim"), ("C_session", "C_claim"), ("C_assault", "C_naming"),
    ("C_arrests", "C_reopen"), ("C_suspend", "C_reopen"), ("C_naming", "C_announce"),
    ("D_rates", "D_imf"), ("D_board", "D_lagarde2"), ("D_ismail", "D_lagarde2"), ("D_lagarde1", "D_imf"),
    ("D_fuel", "D_imf"), ("D_sla", "D_board"),
    ("D_float", "D_trumpwin"), ("D_trumpwin", "D_imf"), ("D_call", "D_imf"), ("C_call", "C_claim"),
    ("C_call", "C_march"),
    ("Z_abbar", "W_record"), ("Z_name", "W_record"), ("W_observer", "X_rio"), ("W_health", "X_rio"),
    ("Y_prize", "X_emir"), ("Y_pub", "X_rio"),
]

GOLD = dict(timex=TIMEX, clusters=CLUSTERS, events=EVENTS,
            diff=[list(p) for p in DIFF], before=[list(p) for p in BEFORE])
