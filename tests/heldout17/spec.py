"""Gold for the seventeenth blind held-out set (16 articles): the format of ../heldout16/spec.py.

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
    "a1_mena_0201": "2012-02-01T23:30:00+02:00",
    "a2_masry_0202": "2012-02-02",
    "a3_bbc_0204": "2012-02-04T11:00:00+00:00",
    "b1_suna_1023": "2020-10-23T23:00:00+02:00",
    "b2_jazeera_1024": "2020-10-24",
    "b3_skynews_0107": "2021-01-07",
    "c1_tap_0206": "2013-02-06T21:30:00+01:00",
    "c2_khabar_0209": "2013-02-09",
    "c3_aawsat_0220": "2013-02-20",
    "d1_wafa_1018": "2011-10-18T20:00:00+03:00",
    "d2_ahram_1019": "2011-10-19",
    "d3_quds_1219": "2011-12-19",
    "x1_aps_0804": "2024-08-04T19:00:00+01:00",
    "x2_qna_0327": "2019-03-27T22:00:00+03:00",
    "x3_wam_0819": "2020-08-19T16:00:00+04:00",
    "x4_shorouk_0313": "2020-03-13",
}

_SRC = Path(__file__).resolve().parent / "src"
_TEXT = {k: (_SRC / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}


def _starts(text, s):
    """Every start of `s` in `text`, overlapping matches counted (as gold_sets.find does)."""
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def _occ(doc, s, ctx=None):
    """The occurrence number of `s` in `doc`: the only one, or the one inside `ctx`."""
    starts = _starts(_TEXT[doc], s)
    if ctx is None:
        if len(starts) != 1:
            raise SystemExit(f"{doc}: {s!r} occurs {len(starts)} times; give ctx")
        return 1
    where = _starts(_TEXT[doc], ctx)
    if len(where) != 1 or s not in ctx:
        raise SystemExit(f"{doc}: ctx {ctx!r} occurs {len(where)} times or lacks {s!r}")
    return starts.index(where[0] + ctx.index(s)) + 1


def _span(a, b=None):
    return [a, b or a]


def D(doc, s, value, tight, outer=None, ctx=None, req=True):
    """A date row: `tight` and `outer` are (first, last) ISO days (a single day as a string)."""
    t = _span(*tight) if isinstance(tight, tuple) else _span(tight)
    o = (_span(*outer) if isinstance(outer, tuple) else _span(outer)) if outer else list(t)
    return (doc, s, _occ(doc, s, ctx), "date", value, t, o, req)


def DUR(doc, s, value, ctx=None):
    return (doc, s, _occ(doc, s, ctx), "duration", value, None, None, True)


def V(doc, s, value=None, ctx=None):
    return (doc, s, _occ(doc, s, ctx), "vague", value, None, None, False)


def C(typ, tight, outer=None, who=()):
    t = _span(*tight) if isinstance(tight, tuple) else _span(tight)
    o = (_span(*outer) if isinstance(outer, tuple) else _span(outer)) if outer else list(t)
    return dict(type=typ, tight=t, outer=o, participants=[list(p) for p in who])


_TANTAWI = ("حسين طنطاوي", "طنطاوي", "حسين طنطاوى", "طنطاوى", "المشير")
_AHLY = ("النادي الأهلي", "الأهلي", "الأهلى", "بعثة النادي الأهلي")
_MASRY = ("النادي المصري", "المصري", "المصرى")
_SCAF = ("المجلس الأعلى للقوات المسلحة", "المجلس العسكري", "المجلس")
_EFA = ("الاتحاد المصري لكرة القدم", "الاتحاد المصرى لكرة القدم", "اتحاد الكرة")
_GANZOURI = ("كمال الجنزوري", "الجنزوري", "كمال الجنزورى")
_BURHAN = ("عبد الفتاح البرهان", "البرهان")
_HAMDOK = ("عبد الله حمدوك", "حمدوك")
_TRUMP = ("دونالد ترامب", "ترامب", "الرئيس ترامب")
_NETANYAHU = ("بنيامين نتنياهو", "نتنياهو")
_SUDAN = ("السودان", "الخرطوم")
_ISRAEL = ("إسرائيل",)
_MNUCHIN = ("ستيفن منوتشين", "منوتشين")
_BELAID = ("شكري بلعيد", "بلعيد")
_JEBALI = ("حمادي الجبالي", "الجبالي")
_MARZOUKI = ("محمد المنصف المرزوقي", "المنصف المرزوقي", "المرزوقي")
_NAHDA = ("حركة النهضة", "النهضة")
_SHALIT = ("جلعاد شاليط", "شاليط")
_HAMAS = ("حركة حماس", "حماس")
_ABBAS = ("محمود عباس", "عباس")
_NEMOUR = ("كيليا نمور", "نمور")
_ENEC = ("مؤسسة الإمارات للطاقة النووية", "المؤسسة")

CLUSTERS = {
    # ---- A. The Port Said stadium disaster, February 2012
    "A_match": C("other", "2012-02-01", who=(_MASRY, _AHLY)),
    "A_riot": C("other", "2012-02-01"),
    "A_mourning": C("other", "2012-02-01", ("2012-02-01", "2012-02-02"), who=(_SCAF,)),
    "A_airport": C("meeting", "2012-02-01", ("2012-02-01", "2012-02-02"), who=(_TANTAWI, _AHLY)),
    "A_tantawi_words": C("statement", "2012-02-01", ("2012-02-01", "2012-02-02"), who=(_TANTAWI,)),
    "A_probe": C("other", "2012-02-01", who=(("عبد المجيد محمود", "النائب العام"),)),
    "A_league": C("other", "2012-02-01", who=(_EFA,)),
    "A_blatter": C("statement", "2012-02-01", ("2012-02-01", "2012-02-02"), who=(("جوزيف بلاتر", "بلاتر"),)),
    "A_session": C("meeting", "2012-02-02", who=(("مجلس الشعب",), _GANZOURI)),
    "A_dismiss": C("other", "2012-02-02", who=(_GANZOURI, _EFA)),
    "A_governor": C("other", "2012-02-02", who=(_GANZOURI, ("أحمد عبد الله", "محافظ بورسعيد"))),
    "A_clashes": C("other", ("2012-02-02", "2012-02-04")),
    # ---- B. Sudan and Israel, October 2020 - January 2021
    "B_call": C("call", "2020-10-23", who=(_BURHAN, _HAMDOK, _TRUMP, _NETANYAHU)),
    "B_deal": C("other", "2020-10-23", who=(_SUDAN, _ISRAEL)),
    "B_notify": C("other", "2020-10-23", who=(_TRUMP, ("الكونغرس",))),
    "B_listing": C("other", ("1993-08-01", "1993-08-31"), ("1993-01-01", "1993-12-31"), who=(("السودان",),)),
    "B_qamar": C("statement", "2020-10-23", who=(("عمر قمر الدين", "قمر الدين"),)),
    "B_pa": C("statement", "2020-10-23", who=(("الرئاسة الفلسطينية", "السلطة الفلسطينية"),)),
    "B_mahdi": C("statement", "2020-10-24", ("2020-10-23", "2020-10-24"),
                 who=(("الصادق المهدي", "المهدي", "حزب الأمة القومي"),)),
    "B_tweet": C("statement", "2020-10-19", who=(_TRUMP,)),
    "B_entebbe": C("meeting", "2020-02-03", who=(_BURHAN, _NETANYAHU)),
    "B_pompeo": C("meeting", "2020-08-25", ("2020-08-01", "2020-08-31"), who=(("مايك بومبيو", "بومبيو"), _HAMDOK)),
    "B_sign": C("other", "2021-01-06", who=(("السودان", "نصر الدين عبد الباري"), _MNUCHIN)),
    "B_visit": C("meeting", "2021-01-06", who=(_MNUCHIN, _BURHAN, _HAMDOK)),
    "B_mou": C("other", "2021-01-06", who=(("الولايات المتحدة", "واشنطن"), ("السودان",))),
    "B_delist": C("other", "2020-12-14", who=(("الولايات المتحدة", "واشنطن"), ("السودان",))),
    # ---- C. The assassination of Chokri Belaid, February 2013
    "C_kill": C("strike", "2013-02-06"),
    "C_jebali": C("statement", "2013-02-06", who=(_JEBALI,)),
    "C_condemn": C("statement", "2013-02-06", who=(_JEBALI,)),
    "C_cut": C("other", "2013-02-06", who=(_MARZOUKI,)),
    "C_ep": C("statement", "2013-02-06", who=(_MARZOUKI,)),
    "C_suspend": C("other", "2013-02-06", who=(("الجبهة الشعبية",), ("الحزب الجمهوري",))),
    "C_protest": C("other", "2013-02-06"),
    "C_funeral": C("other", "2013-02-08"),
    "C_general_strike": C("other", "2013-02-08", who=(("الاتحاد العام التونسي للشغل",),)),
    "C_clash": C("other", "2013-02-08"),
    "C_reject": C("statement", "2013-02-07", who=(_NAHDA, ("عبد الحميد الجلاصي", "الجلاصي"))),
    "C_resign": C("other", "2013-02-19", who=(_JEBALI,)),
    "C_carthage": C("meeting", "2013-02-19", who=(_JEBALI, _MARZOUKI)),
    "C_benali": C("other", "2011-01-14", who=(("زين العابدين بن علي", "بن علي"),)),
    # ---- D. The Shalit exchange, October - December 2011
    "D_capture": C("capture", "2006-06-25", ("2006-06-01", "2006-06-30")),
    "D_deal": C("other", "2011-10-11", who=(_ISRAEL, _HAMAS)),
    "D_cabinet": C("other", "2011-10-11", ("2011-10-11", "2011-10-12"),
                   who=(("الحكومة الإسرائيلية", "حكومته"),)),
    "D_court": C("other", "2011-10-17", who=(("المحكمة العليا الإسرائيلية", "المحكمة العليا"),)),
    "D_exchange": C("other", "2011-10-18", who=(_ISRAEL, _HAMAS)),
    "D_abbas": C("meeting", "2011-10-18", who=(_ABBAS,)),
    "D_haniyeh": C("meeting", "2011-10-18", who=(("إسماعيل هنية", "هنية"),)),
    "D_interview": C("statement", "2011-10-18", who=(_SHALIT, ("التليفزيون المصرى", "التلفزيون المصري"))),
    "D_stage2": C("other", "2011-12-18", who=(("إسرائيل", "السلطات الإسرائيلية"),)),
    "D_fares": C("statement", "2011-12-18", who=(("قدورة فارس",),)),
    # ---- distractors
    "X1_gold": C("other", "2024-08-04", who=(_NEMOUR, ("كيو كيوان",), ("سونيسا لي",))),
    "X1_qual": C("other", "2024-07-28", who=(_NEMOUR,)),
    "X1_tebboune": C("statement", "2024-08-04", who=(("عبد المجيد تبون", "تبون"),)),
    "X1_fans": C("other", "2024-08-04"),
    "X2_open": C("other", "2019-03-27", who=(("تميم بن حمد آل ثاني", "الشيخ تميم بن حمد آل ثاني", "تميم بن حمد"),)),
    "X2_speech": C("statement", "2019-03-27",
                   who=(("المياسة بنت حمد بن خليفة آل ثاني", "الشيخة المياسة", "المياسة"),)),
    "X3_grid": C("other", "2020-08-19", who=(_ENEC,)),
    "X3_start": C("other", "2020-08-01", who=(_ENEC,)),
    "X3_kepco": C("other", ("2009-12-01", "2009-12-31"), who=(("الإمارات",), ("الشركة الكورية للطاقة الكهربائية", "كيبكو"))),
    "X4_storm": C("other", "2020-03-12", ("2020-03-12", "2020-03-13")),
    "X4_decision": C("other", "2020-03-11", who=(("مجلس الوزراء",),)),
    "X4_forecast": C("statement", "2020-03-12", who=(("الهيئة العامة للأرصاد الجوية", "الهيئة"),)),
}

TIMEX = [
    # a1 MENA, Wednesday 1 February 2012, 23:30
    DUR("a1_mena_0201", "ثلاثة أيام", "P3D", ctx="الحداد العام ثلاثة أيام"),
    DUR("a1_mena_0201", "ثلاثة أيام", "P3D", ctx="لمدة ثلاثة أيام"),
    D("a1_mena_0201", "مساء اليوم الأربعاء", "2012-02-01TEV", "2012-02-01"),
    D("a1_mena_0201", "الليلة", "2012-02-01TNI", "2012-02-01", ("2012-02-01", "2012-02-02")),
    # a2 Al-Masry Al-Youm, Thursday 2 February 2012
    D("a2_masry_0202", "اليوم", "2012-02-02", "2012-02-02", ctx="ينعقد اليوم فى"),
    D("a2_masry_0202", "مساء أمس الأربعاء", "2012-02-01TEV", "2012-02-01"),
    D("a2_masry_0202", "ساعة متأخرة من مساء أمس", "2012-02-01TEV", "2012-02-01", ("2012-02-01", "2012-02-02")),
    DUR("a2_masry_0202", "ثلاثة أيام", "P3D"),
    D("a2_masry_0202", "أمس", "2012-02-01", "2012-02-01", ctx="قرر أمس"),
    D("a2_masry_0202", "مساء أمس", "2012-02-01TEV", "2012-02-01", ctx="أصدره مساء أمس"),
    D("a2_masry_0202", "ظهر اليوم الخميس", "2012-02-02TMI", "2012-02-02"),
    # a3 BBC Arabic, Saturday 4 February 2012
    D("a3_bbc_0204", "يوم الخميس", "2012-02-02", "2012-02-02"),
    D("a3_bbc_0204", "يوم الأربعاء 1 فبراير/شباط", "2012-02-01", "2012-02-01"),
    V("a3_bbc_0204", "لليوم الثالث على التوالي"),
    D("a3_bbc_0204", "مساء الخميس", "2012-02-02TEV", "2012-02-02"),
    D("a3_bbc_0204", "اليوم السبت", "2012-02-04", "2012-02-04"),
    DUR("a3_bbc_0204", "ثلاثة أيام", "P3D"),
    # b1 SUNA, Friday 23 October 2020, 23:00
    D("b1_suna_1023", "23-10-2020", "2020-10-23", "2020-10-23"),
    D("b1_suna_1023", "اليوم الجمعة", "2020-10-23", "2020-10-23"),
    V("b1_suna_1023", "خلال الأسابيع المقبلة"),
    D("b1_suna_1023", "في وقت سابق اليوم", "2020-10-23", "2020-10-23"),
    D("b1_suna_1023", "عام 1993", "1993", ("1993-01-01", "1993-12-31")),
    D("b1_suna_1023", "مساء اليوم", "2020-10-23TEV", "2020-10-23"),
    # b2 Al Jazeera Net, Saturday 24 October 2020
    D("b2_jazeera_1024", "مساء أمس الجمعة", "2020-10-23TEV", "2020-10-23"),
    D("b2_jazeera_1024", "مساء أمس", "2020-10-23TEV", "2020-10-23", ctx="في بيان مساء أمس"),
    D("b2_jazeera_1024", "اليوم السبت", "2020-10-24", "2020-10-24"),
    D("b2_jazeera_1024", "يوم الاثنين الماضي", "2020-10-19", "2020-10-19"),
    D("b2_jazeera_1024", "3 فبراير/شباط الماضي", "2020-02-03", "2020-02-03"),
    D("b2_jazeera_1024", "أغسطس/آب الماضي", "2020-08", ("2020-08-01", "2020-08-31")),
    # b3 Sky News Arabia, Thursday 7 January 2021
    D("b3_skynews_0107", "أمس الأربعاء", "2021-01-06", "2021-01-06"),
    D("b3_skynews_0107", "23 أكتوبر/تشرين الأول الماضي", "2020-10-23", "2020-10-23"),
    D("b3_skynews_0107", "14 ديسمبر/كانون الأول الماضي", "2020-12-14", "2020-12-14"),
    # c1 TAP, Wednesday 6 February 2013, 21:30
    D("c1_tap_0206", "6 فيفري 2013", "2013-02-06", "2013-02-06"),
    D("c1_tap_0206", "صباح اليوم الأربعاء", "2013-02-06TMO", "2013-02-06"),
    D("c1_tap_0206", "مساء اليوم", "2013-02-06TEV", "2013-02-06"),
    D("c1_tap_0206", "في وقت سابق اليوم", "2013-02-06", "2013-02-06"),
    D("c1_tap_0206", "صباح اليوم", "2013-02-06TMO", "2013-02-06", ctx="ألقى صباح اليوم"),
    # c2 El Khabar, Saturday 9 February 2013
    D("c2_khabar_0209", "أمس الجمعة", "2013-02-08", "2013-02-08"),
    V("c2_khabar_0209", "بعد يومين"),
    D("c2_khabar_0209", "صباح الأربعاء", "2013-02-06TMO", "2013-02-06"),
    D("c2_khabar_0209", "الخميس", "2013-02-07", "2013-02-07"),
    D("c2_khabar_0209", "يوم الأربعاء", "2013-02-06", "2013-02-06"),
    # c3 Asharq Al-Awsat, Wednesday 20 February 2013
    D("c3_aawsat_0220", "الأربعاء 10 ربيع الثاني 1434 هـ", "2013-02-20", "2013-02-20"),
    D("c3_aawsat_0220", "20 فبراير 2013", "2013-02-20", "2013-02-20"),
    D("c3_aawsat_0220", "مساء أمس (الثلاثاء)", "2013-02-19TEV", "2013-02-19"),
    D("c3_aawsat_0220", "مساء السادس من فبراير (شباط) الحالي", "2013-02-06TEV", "2013-02-06"),
    V("c3_aawsat_0220", "بعد ساعات"),
    D("c3_aawsat_0220", "14 يناير (كانون الثاني) 2011", "2011-01-14", "2011-01-14"),
    D("c3_aawsat_0220", "في اليوم التالي لإعلانها", "2013-02-07", "2013-02-07"),
    V("c3_aawsat_0220", "خلال الأيام المقبلة"),
    # d1 WAFA, Tuesday 18 October 2011, 20:00
    D("d1_wafa_1018", "18-10-2011", "2011-10-18", "2011-10-18"),
    D("d1_wafa_1018", "مساء اليوم الثلاثاء", "2011-10-18TEV", "2011-10-18"),
    D("d1_wafa_1018", "صباح اليوم", "2011-10-18TMO", "2011-10-18"),
    D("d1_wafa_1018", "25 حزيران/يونيو 2006", "2006-06-25", "2006-06-25"),
    V("d1_wafa_1018", "خلال شهرين"),
    # d2 Al-Ahram, Wednesday 19 October 2011
    D("d2_ahram_1019", "الأربعاء 21 من ذى القعدة 1432 هـ", "2011-10-19", "2011-10-19"),
    D("d2_ahram_1019", "19 أكتوبر 2011", "2011-10-19", "2011-10-19"),
    D("d2_ahram_1019", "أمس", "2011-10-18", "2011-10-18", ctx="أتمت مصر أمس"),
    D("d2_ahram_1019", "11 أكتوبر الجارى", "2011-10-11", "2011-10-11"),
    D("d2_ahram_1019", "فى الليلة نفسها", "2011-10-11TNI", "2011-10-11", ("2011-10-11", "2011-10-12")),
    D("d2_ahram_1019", "يونيو 2006", "2006-06", ("2006-06-01", "2006-06-30")),
    D("d2_ahram_1019", "أمس الأول", "2011-10-17", "2011-10-17"),
    # d3 Al-Quds Al-Arabi, Monday 19 December 2011
    D("d3_quds_1219", "مساء أمس الأحد", "2011-12-18TEV", "2011-12-18"),
    D("d3_quds_1219", "18 تشرين الأول/أكتوبر الماضي", "2011-10-18", "2011-10-18"),
    D("d3_quds_1219", "أمس", "2011-12-18", "2011-12-18", ctx="في تصريح أمس"),
    V("d3_quds_1219", "بعد شهرين"),
    V("d3_quds_1219", "أكثر من خمس سنوات"),
    D("d3_quds_1219", "حزيران/يونيو 2006", "2006-06", ("2006-06-01", "2006-06-30")),
    # x1 APS, Sunday 4 August 2024, 19:00
    V("x1_aps_0804", "2024", ctx="الألعاب الأولمبية-2024 (جمباز)"),
    D("x1_aps_0804", "اليوم الأحد", "2024-08-04", "2024-08-04"),
    V("x1_aps_0804", "2024", ctx="باريس-2024،"),
    V("x1_aps_0804", "17 عاما", "P17Y"),
    D("x1_aps_0804", "يوم 28 جويلية الماضي", "2024-07-28", "2024-07-28"),
    # x2 QNA, Wednesday 27 March 2019, 22:00
    D("x2_qna_0327", "27 مارس", "2019-03-27", "2019-03-27"),
    D("x2_qna_0327", "مساء اليوم", "2019-03-27TEV", "2019-03-27"),
    V("x2_qna_0327", "منذ ملايين السنين"),
    V("x2_qna_0327", "يومنا هذا", "PRESENT_REF"),
    D("x2_qna_0327", "غدا الخميس", "2019-03-28", "2019-03-28"),
    # x3 WAM, Wednesday 19 August 2020, 16:00
    D("x3_wam_0819", "19 أغسطس", "2020-08-19", "2020-08-19"),
    D("x3_wam_0819", "اليوم", "2020-08-19", "2020-08-19"),
    D("x3_wam_0819", "الأول من أغسطس الجاري", "2020-08-01", "2020-08-01"),
    D("x3_wam_0819", "ديسمبر 2009", "2009-12", ("2009-12-01", "2009-12-31")),
    # x4 Al-Shorouk, Friday 13 March 2020
    D("x4_shorouk_0313", "أمس الخميس", "2020-03-12", "2020-03-12"),
    D("x4_shorouk_0313", "مساء الأربعاء", "2020-03-11TEV", "2020-03-11"),
    D("x4_shorouk_0313", "يوم الخميس", "2020-03-12", "2020-03-12"),
    D("x4_shorouk_0313", "أمس", "2020-03-12", "2020-03-12", ctx="الهيئة، أمس،"),
    D("x4_shorouk_0313", "اليوم الجمعة", "2020-03-13", "2020-03-13"),
]


def E(cl, doc, s, ctx=None):
    return (cl, doc, s, _occ(doc, s, ctx), CLUSTERS[cl]["type"])


EVENTS = [
    # a1 MENA
    E("A_mourning", "a1_mena_0201", "يعلن الحداد العام"),
    E("A_riot", "a1_mena_0201", "أحداث استاد بورسعيد"),
    E("A_mourning", "a1_mena_0201", "أعلن المجلس الأعلى للقوات المسلحة الحداد العام"),
    E("A_riot", "a1_mena_0201", "الأحداث المؤسفة"),
    E("A_match", "a1_mena_0201", "مباراة فريقي المصري والأهلي"),
    E("A_riot", "a1_mena_0201", "اقتحمت أرض الملعب"),
    E("A_riot", "a1_mena_0201", "وطاردت لاعبي الأهلي"),
    E("A_riot", "a1_mena_0201", "سقوط 74 قتيلا"),
    E("A_airport", "a1_mena_0201", "استقبل بعثة النادي الأهلي"),
    E("A_tantawi_words", "a1_mena_0201", "وقال المشير، في مداخلة هاتفية"),
    E("A_probe", "a1_mena_0201", "وأمر النائب العام المستشار عبد المجيد محمود بفتح تحقيق عاجل"),
    E("A_riot", "a1_mena_0201", "الأحداث", ctx="تحقيق عاجل في الأحداث"),
    E("A_league", "a1_mena_0201", "قرر الاتحاد المصري لكرة القدم تأجيل مباريات الدوري"),
    # a2 Al-Masry Al-Youm
    E("A_riot", "a2_masry_0202", "مجزرة بورسعيد"),
    E("A_riot", "a2_masry_0202", "أسوأ كارثة"),
    E("A_match", "a2_masry_0202", "مباراة المصرى والأهلى"),
    E("A_riot", "a2_masry_0202", "إلى مجزرة"),
    E("A_riot", "a2_masry_0202", "اقتحم آلاف المشجعين أرض الملعب"),
    E("A_match", "a2_masry_0202", "انتهاء اللقاء"),
    E("A_riot", "a2_masry_0202", "واعتدوا على جماهير الأهلى"),
    E("A_airport", "a2_masry_0202", "واستقبل المشير حسين طنطاوى"),
    E("A_mourning", "a2_masry_0202", "أعلن المجلس الحداد العام"),
    E("A_league", "a2_masry_0202", "قرر أمس تأجيل الدورى"),
    E("A_blatter", "a2_masry_0202", "وصف جوزيف بلاتر"),
    E("A_riot", "a2_masry_0202", "أحداث بورسعيد"),
    E("A_blatter", "a2_masry_0202", "فى بيان أصدره"),
    E("A_riot", "a2_masry_0202", "الكارثة", ctx="لمناقشة الكارثة"),
    # a3 BBC Arabic
    E("A_dismiss", "a3_bbc_0204", "يقيل مجلس إدارة اتحاد الكرة"),
    E("A_clashes", "a3_bbc_0204", "والاشتباكات تتواصل"),
    E("A_dismiss", "a3_bbc_0204", "أقال رئيس الوزراء المصري"),
    E("A_dismiss", "a3_bbc_0204", "وأحاله إلى التحقيق"),
    E("A_governor", "a3_bbc_0204", "وقبل استقالة محافظ بورسعيد"),
    E("A_session", "a3_bbc_0204", "جلسة طارئة لمجلس الشعب"),
    E("A_riot", "a3_bbc_0204", "كارثة استاد بورسعيد"),
    E("A_riot", "a3_bbc_0204", "اقتحمت أرض الملعب"),
    E("A_match", "a3_bbc_0204", "مباراة فريقها مع الأهلي"),
    E("A_riot", "a3_bbc_0204", "أحداث أودت بحياة 74 شخصا"),
    E("A_blatter", "a3_bbc_0204", "ووصف رئيس الاتحاد الدولي لكرة القدم"),
    E("A_clashes", "a3_bbc_0204", "الاشتباكات بين محتجين وقوات الأمن"),
    E("A_clashes", "a3_bbc_0204", "والتي اندلعت"),
    E("A_mourning", "a3_bbc_0204", "التي أعلنها المجلس الأعلى للقوات المسلحة"),
    E("A_riot", "a3_bbc_0204", "الكارثة", ctx="المسؤولين عن الكارثة"),
    # b1 SUNA
    E("B_deal", "b1_suna_1023", "يتفقان"),
    E("B_call", "b1_suna_1023", "اتصالا هاتفيا مشتركا"),
    E("B_deal", "b1_suna_1023", "الاتفاق على إنهاء حالة العداء"),
    E("B_deal", "b1_suna_1023", "واتفق القادة"),
    E("B_notify", "b1_suna_1023", "قد أخطر الكونغرس"),
    E("B_listing", "b1_suna_1023", "إدراجه على القائمة"),
    E("B_qamar", "b1_suna_1023", "وقال وزير الخارجية المكلف عمر قمر الدين"),
    E("B_deal", "b1_suna_1023", "اتفاق التطبيع"),
    # b2 Al Jazeera Net
    E("B_deal", "b2_jazeera_1024", "إعلان ترامب تطبيع الخرطوم"),
    E("B_deal", "b2_jazeera_1024", "الاتفاق الذي أعلنه"),
    E("B_pa", "b2_jazeera_1024", "دانته السلطة الفلسطينية"),
    E("B_mahdi", "b2_jazeera_1024", "رفضه حزب الأمة القومي"),
    E("B_pa", "b2_jazeera_1024", "وقالت الرئاسة الفلسطينية"),
    E("B_deal", "b2_jazeera_1024", "الاتفاق", ctx="\"تدين وترفض\" الاتفاق"),
    E("B_mahdi", "b2_jazeera_1024", "قال الصادق المهدي"),
    E("B_deal", "b2_jazeera_1024", "الاتفاق", ctx="إن الاتفاق \"يتناقض"),
    E("B_tweet", "b2_jazeera_1024", "قد أعلن، في تغريدة"),
    E("B_deal", "b2_jazeera_1024", "ويأتي الاتفاق"),
    E("B_entebbe", "b2_jazeera_1024", "اللقاء الذي جمع البرهان ونتنياهو"),
    E("B_pompeo", "b2_jazeera_1024", "وزيارة وزير الخارجية الأميركي"),
    E("B_pompeo", "b2_jazeera_1024", "التقى خلالها حمدوك"),
    # b3 Sky News Arabia
    E("B_sign", "b3_skynews_0107", "السودان يوقع"),
    E("B_visit", "b3_skynews_0107", "زيارة منوتشين"),
    E("B_sign", "b3_skynews_0107", "وقّع السودان"),
    E("B_visit", "b3_skynews_0107", "زيارة يقوم بها"),
    E("B_sign", "b3_skynews_0107", "ووقع الإعلان"),
    E("B_visit", "b3_skynews_0107", "التقى منوتشين"),
    E("B_mou", "b3_skynews_0107", "وقع الجانبان مذكرة تفاهم"),
    E("B_deal", "b3_skynews_0107", "اتفاق البلدين"),
    E("B_delist", "b3_skynews_0107", "دخل قرار رفع اسم السودان"),
    # c1 TAP
    E("C_kill", "c1_tap_0206", "اغتيال شكري بلعيد"),
    E("C_jebali", "c1_tap_0206", "يعلن تشكيل حكومة كفاءات"),
    E("C_kill", "c1_tap_0206", "اغتيل"),
    E("C_kill", "c1_tap_0206", "أطلقها عليه مسلح مجهول"),
    E("C_jebali", "c1_tap_0206", "وأعلن رئيس الحكومة حمادي الجبالي"),
    E("C_condemn", "c1_tap_0206", "قد أدان"),
    E("C_kill", "c1_tap_0206", "عملية الاغتيال"),
    E("C_cut", "c1_tap_0206", "قطع رئيس الجمهورية"),
    E("C_ep", "c1_tap_0206", "كلمة أمام البرلمان الأوروبي"),
    E("C_suspend", "c1_tap_0206", "تعليق مشاركتها"),
    E("C_protest", "c1_tap_0206", "تجمع آلاف المحتجين"),
    # c2 El Khabar
    E("C_funeral", "c2_khabar_0209", "جنازة مهيبة"),
    E("C_general_strike", "c2_khabar_0209", "إضراب عام", ctx="وسط إضراب عام"),
    E("C_funeral", "c2_khabar_0209", "شيّع عشرات الآلاف"),
    E("C_funeral", "c2_khabar_0209", "جنازة تحولت"),
    E("C_general_strike", "c2_khabar_0209", "إضراب عام", ctx="إضراب عام دعا"),
    E("C_clash", "c2_khabar_0209", "مواجهات بين قوات الأمن وشبان"),
    E("C_funeral", "c2_khabar_0209", "وجاءت الجنازة"),
    E("C_kill", "c2_khabar_0209", "اغتيال بلعيد"),
    E("C_reject", "c2_khabar_0209", "رفضت حركة النهضة"),
    E("C_jebali", "c2_khabar_0209", "مبادرة رئيس الحكومة"),
    E("C_cut", "c2_khabar_0209", "قد قطع زيارته"),
    E("C_kill", "c2_khabar_0209", "الاغتيال"),
    # c3 Asharq Al-Awsat
    E("C_resign", "c3_aawsat_0220", "يستقيل"),
    E("C_jebali", "c3_aawsat_0220", "مبادرة «حكومة الكفاءات»"),
    E("C_resign", "c3_aawsat_0220", "استقالته"),
    E("C_carthage", "c3_aawsat_0220", "لقاء جمعه"),
    E("C_jebali", "c3_aawsat_0220", "بمبادرته"),
    E("C_jebali", "c3_aawsat_0220", "قد أعلن مبادرته"),
    E("C_kill", "c3_aawsat_0220", "اغتيال المعارض اليساري"),
    E("C_kill", "c3_aawsat_0220", "وهو الاغتيال"),
    E("C_benali", "c3_aawsat_0220", "الإطاحة بنظام"),
    E("C_reject", "c3_aawsat_0220", "ورفضت حركة النهضة"),
    E("C_jebali", "c3_aawsat_0220", "المبادرة", ctx="ورفضت حركة النهضة المبادرة"),
    E("C_jebali", "c3_aawsat_0220", "لإعلانها"),
    # d1 WAFA
    E("D_abbas", "d1_wafa_1018", "يستقبل الأسرى المحررين"),
    E("D_abbas", "d1_wafa_1018", "استقبل رئيس دولة فلسطين"),
    E("D_exchange", "d1_wafa_1018", "صفقة التبادل", ctx="ضمن صفقة التبادل"),
    E("D_exchange", "d1_wafa_1018", "أفرجت صباح اليوم"),
    E("D_exchange", "d1_wafa_1018", "المرحلة الأولى"),
    E("D_exchange", "d1_wafa_1018", "أفرجت حركة حماس بموجبها"),
    E("D_capture", "d1_wafa_1018", "أسر في عملية"),
    # d2 Al-Ahram
    E("D_exchange", "d2_ahram_1019", "يعود إلى إسرائيل"),
    E("D_exchange", "d2_ahram_1019", "يتنفسون الحرية"),
    E("D_exchange", "d2_ahram_1019", "أتمت مصر"),
    E("D_exchange", "d2_ahram_1019", "تسلم الجانب المصرى"),
    E("D_exchange", "d2_ahram_1019", "وسلمه إلى إسرائيل"),
    E("D_exchange", "d2_ahram_1019", "أفرجت فيه إسرائيل"),
    E("D_interview", "d2_ahram_1019", "مقابلة مع شاليط"),
    E("D_exchange", "d2_ahram_1019", "تسليمه"),
    E("D_haniyeh", "d2_ahram_1019", "استقبل إسماعيل هنية"),
    E("D_abbas", "d2_ahram_1019", "استقبل الرئيس محمود عباس"),
    E("D_deal", "d2_ahram_1019", "التوصل إلى الاتفاق"),
    E("D_cabinet", "d2_ahram_1019", "وصادقت عليه حكومته"),
    E("D_court", "d2_ahram_1019", "رفضت المحكمة العليا الإسرائيلية"),
    E("D_exchange", "d2_ahram_1019", "الصفقة", ctx="لوقف الصفقة"),
    # d3 Al-Quds Al-Arabi
    E("D_stage2", "d3_quds_1219", "تطلق 550 أسيراً"),
    E("D_stage2", "d3_quds_1219", "أفرجت السلطات الإسرائيلية"),
    E("D_deal", "d3_quds_1219", "التي أبرمتها"),
    E("D_exchange", "d3_quds_1219", "وأفرجت بموجبها"),
    E("D_fares", "d3_quds_1219", "وانتقد رئيس نادي الأسير"),
    E("D_stage2", "d3_quds_1219", "المرحلة الثانية", ctx="وجاءت المرحلة الثانية"),
    E("D_exchange", "d3_quds_1219", "المرحلة الأولى"),
    E("D_capture", "d3_quds_1219", "أسره"),
    # x1 APS
    E("X1_gold", "x1_aps_0804", "تهدي الجزائر ذهبية"),
    E("X1_gold", "x1_aps_0804", "أهدت الجزائرية"),
    E("X1_gold", "x1_aps_0804", "تتويجها"),
    E("X1_qual", "x1_aps_0804", "تأهلت إلى النهائي"),
    E("X1_tebboune", "x1_aps_0804", "هنأ رئيس الجمهورية"),
    E("X1_fans", "x1_aps_0804", "اقتحم عشرات المناصرين"),
    # x2 QNA
    E("X2_open", "x2_qna_0327", "يفتتح متحف قطر الوطني"),
    E("X2_open", "x2_qna_0327", "حفل افتتاح"),
    E("X2_speech", "x2_qna_0327", "وألقت سعادة الشيخة المياسة"),
    E("X2_open", "x2_qna_0327", "الحفل", ctx="خلال الحفل"),
    E("X2_open", "x2_qna_0327", "الحفل", ctx="وتضمن الحفل"),
    # x3 WAM
    E("X3_grid", "x3_wam_0819", "ربط أولى محطات براكة"),
    E("X3_grid", "x3_wam_0819", "نجاح ربط"),
    E("X3_start", "x3_wam_0819", "بدء تشغيل"),
    E("X3_kepco", "x3_wam_0819", "اختارت"),
    # x4 Al-Shorouk
    E("X4_storm", "x4_shorouk_0313", "تضرب مصر"),
    E("X4_storm", "x4_shorouk_0313", "ضربت موجة"),
    E("X4_decision", "x4_shorouk_0313", "وكان مجلس الوزراء قد قرر"),
    E("X4_forecast", "x4_shorouk_0313", "وقال المتحدث باسم الهيئة"),
]

DIFF = [
    # A: the match and what followed it on the same evening; the EFA's own decision and its dismissal
    ("A_match", "A_riot"), ("A_riot", "A_mourning"), ("A_mourning", "A_airport"),
    ("A_airport", "A_tantawi_words"), ("A_riot", "A_probe"), ("A_probe", "A_league"),
    ("A_league", "A_dismiss"), ("A_blatter", "A_tantawi_words"), ("A_session", "A_dismiss"),
    ("A_session", "A_governor"), ("A_dismiss", "A_governor"), ("A_riot", "A_clashes"),
    ("A_mourning", "A_league"), ("A_match", "A_airport"),
    # B: one day's call, agreement, notice and statement; two US visits to Khartoum; two signings
    ("B_call", "B_deal"), ("B_deal", "B_notify"), ("B_notify", "B_delist"), ("B_deal", "B_sign"),
    ("B_sign", "B_mou"), ("B_sign", "B_visit"), ("B_visit", "B_mou"), ("B_pa", "B_mahdi"),
    ("B_tweet", "B_notify"), ("B_tweet", "B_delist"), ("B_entebbe", "B_pompeo"),
    ("B_pompeo", "B_visit"), ("B_qamar", "B_pa"), ("B_call", "B_entebbe"), ("B_listing", "B_delist"),
    ("B_call", "B_qamar"),
    # C: the killing and its day; the initiative, the condemnation, the rejection and the resignation
    ("C_kill", "C_funeral"), ("C_kill", "C_protest"), ("C_jebali", "C_condemn"), ("C_jebali", "C_resign"),
    ("C_cut", "C_ep"), ("C_suspend", "C_protest"), ("C_funeral", "C_general_strike"),
    ("C_funeral", "C_clash"), ("C_general_strike", "C_clash"), ("C_reject", "C_jebali"),
    ("C_resign", "C_carthage"), ("C_kill", "C_benali"), ("C_protest", "C_clash"), ("C_jebali", "C_suspend"),
    # D: the deal, its approval and its two stages; two receptions of the freed prisoners
    ("D_capture", "D_exchange"), ("D_deal", "D_exchange"), ("D_deal", "D_cabinet"),
    ("D_court", "D_cabinet"), ("D_exchange", "D_stage2"), ("D_abbas", "D_haniyeh"),
    ("D_exchange", "D_abbas"), ("D_interview", "D_exchange"), ("D_fares", "D_stage2"),
    ("D_exchange", "D_haniyeh"), ("D_court", "D_exchange"),
    # distractors, and across stories
    ("X1_gold", "X1_qual"), ("X1_gold", "X1_fans"), ("X1_gold", "X1_tebboune"),
    ("X2_open", "X2_speech"), ("X3_grid", "X3_start"), ("X3_start", "X3_kepco"), ("X4_storm", "X4_decision"),
    ("X4_storm", "X4_forecast"), ("X1_gold", "A_match"), ("D_exchange", "B_deal"),
    ("C_condemn", "C_kill"), ("A_blatter", "A_riot"), ("B_mahdi", "B_deal"), ("B_call", "B_notify"),
]

BEFORE = [
    # A
    ("A_match", "A_session"), ("A_riot", "A_dismiss"), ("A_mourning", "A_session"),
    ("A_airport", "A_governor"), ("A_blatter", "A_dismiss"), ("A_league", "A_dismiss"),
    ("A_riot", "A_clashes"), ("A_probe", "A_session"),
    # B
    ("B_listing", "B_entebbe"), ("B_entebbe", "B_pompeo"), ("B_pompeo", "B_tweet"), ("B_tweet", "B_call"),
    ("B_notify", "B_mahdi"), ("B_deal", "B_mahdi"), ("B_call", "B_delist"), ("B_delist", "B_sign"),
    ("B_deal", "B_sign"), ("B_pa", "B_mahdi"), ("B_qamar", "B_mahdi"), ("B_tweet", "B_notify"),
    # C
    ("C_benali", "C_kill"), ("C_kill", "C_reject"), ("C_jebali", "C_reject"), ("C_reject", "C_funeral"),
    ("C_kill", "C_funeral"), ("C_funeral", "C_resign"), ("C_jebali", "C_resign"), ("C_kill", "C_carthage"),
    ("C_general_strike", "C_carthage"), ("C_cut", "C_funeral"),
    # D
    ("D_capture", "D_deal"), ("D_deal", "D_court"), ("D_court", "D_exchange"), ("D_cabinet", "D_court"),
    ("D_exchange", "D_stage2"), ("D_abbas", "D_stage2"), ("D_capture", "D_exchange"),
    ("D_interview", "D_stage2"), ("D_haniyeh", "D_fares"),
    # distractors
    ("X1_qual", "X1_gold"), ("X3_start", "X3_grid"), ("X3_kepco", "X3_start"), ("X4_decision", "X4_storm"),
    # more of the same, across days of each story
    ("A_match", "A_clashes"), ("A_riot", "A_session"), ("B_entebbe", "B_call"), ("B_listing", "B_delist"),
    ("B_delist", "B_visit"), ("B_delist", "B_mou"), ("C_ep", "C_funeral"), ("C_condemn", "C_reject"),
    ("C_suspend", "C_funeral"), ("C_protest", "C_funeral"), ("C_reject", "C_resign"),
    ("D_deal", "D_exchange"), ("D_cabinet", "D_exchange"), ("D_exchange", "D_fares"), ("X1_qual", "X1_tebboune"),
]

GOLD = dict(timex=TIMEX, clusters=CLUSTERS, events=EVENTS, diff=[list(p) for p in DIFF],
            before=[list(p) for p in BEFORE])
