"""Gold for the eighteenth blind held-out set (16 articles): the format of ../heldout16/spec.py.

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
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

PUBLISHED = {
    "a1_ina_1013": "2022-10-13T22:00:00+03:00",
    "a2_sabah_1014": "2022-10-14",
    "a3_aawsat_1028": "2022-10-28",
    "b1_qna_0909": "2025-09-09T21:00:00+03:00",
    "b2_quds_0911": "2025-09-11",
    "b3_sky_0929": "2025-09-29T23:00:00+04:00",
    "c1_afp_0518": "2021-05-18T21:00:00+02:00",
    "c2_hespress_0519": "2021-05-19",
    "c3_khabar_0603": "2021-06-03",
    "d1_spa_0805": "2018-08-05T23:30:00+03:00",
    "d2_ahram_0807": "2018-08-07",
    "d3_bbc_0809": "2018-08-09T10:00:00+00:00",
    "x1_sharq_0211": "2024-02-11",
    "x2_wam_0426": "2023-04-26T13:00:00+04:00",
    "x3_reuters_1203": "2018-12-03T14:00:00+03:00",
    "x4_khaleej_0417": "2024-04-17",
}

_TEXTS: dict = {}


def _text(doc):
    if doc not in _TEXTS:
        _TEXTS[doc] = (HERE / "src" / f"{doc}.txt").read_text(encoding="utf-8")
    return _TEXTS[doc]


def _starts(text, s):
    """Start of every match of ``s`` (overlapping matches counted, as gold_sets.find does)."""
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def _occ(doc, s, ctx=None):
    """The occurrence number of ``s`` in ``doc``: the only one, or the one inside ``ctx``."""
    text = _text(doc)
    starts = _starts(text, s)
    if ctx is None:
        if len(starts) != 1:
            raise SystemExit(f"{doc}: {s!r} occurs {len(starts)} times; give a ctx")
        return 1
    where = _starts(text, ctx)
    if len(where) != 1 or s not in ctx:
        raise SystemExit(f"{doc}: ctx {ctx!r} occurs {len(where)} times or does not hold {s!r}")
    at = where[0] + ctx.index(s)
    return starts.index(at) + 1


def D(doc, s, tight, outer=None, value=None, ctx=None, req=True):
    """A date row; ``tight``/``outer`` are one ISO day or a [first, last] pair."""
    tight = [tight, tight] if isinstance(tight, str) else list(tight)
    outer = tight if outer is None else ([outer, outer] if isinstance(outer, str) else list(outer))
    return (doc, s, _occ(doc, s, ctx), "date", value or tight[0], tight, outer, req)


def DUR(doc, s, value, ctx=None):
    return (doc, s, _occ(doc, s, ctx), "duration", value, None, None, True)


def MULTI(doc, s, days, ctx=None):
    return (doc, s, _occ(doc, s, ctx), "multi", list(days), [days[0], days[-1]], [days[0], days[-1]], True)


def V(doc, s, ctx=None):
    return (doc, s, _occ(doc, s, ctx), "vague", None, None, None, False)


def C(typ, tight, outer=None, participants=()):
    tight = [tight, tight] if isinstance(tight, str) else list(tight)
    outer = tight if outer is None else ([outer, outer] if isinstance(outer, str) else list(outer))
    return dict(type=typ, tight=tight, outer=outer, participants=[list(p) for p in participants])


RASHID = ("عبد اللطيف رشيد", "عبد اللطيف جمال رشيد", "رشيد")
SUDANI = ("محمد شياع السوداني", "السوداني")
PARL = ("مجلس النواب", "مجلس النواب العراقي", "البرلمان العراقي", "البرلمان")
TRUMP = ("دونالد ترامب", "ترامب")
NETANYAHU = ("بنيامين نتنياهو", "نتنياهو")
TAMIM = ("تميم بن حمد آل ثاني", "تميم بن حمد")
QPM = ("محمد بن عبدالرحمن بن جاسم آل ثاني", "محمد بن عبد الرحمن آل ثاني", "محمد بن عبدالرحمن", "محمد بن عبد الرحمن")
MBZ = ("محمد بن زايد آل نهيان", "محمد بن زايد")
HAMAS = ("حركة حماس", "حماس")
GHALI = ("إبراهيم غالي", "غالي")
BENYAICH = ("كريمة بنيعيش", "بنيعيش")
SAUDI = ("المملكة العربية السعودية", "السعودية", "المملكة", "الرياض")

CLUSTERS = {
    # A: Iraq, October 2022
    "A_elect": C("other", "2022-10-13", participants=[PARL, RASHID, ("برهم صالح",)]),
    "A_oath_rashid": C("other", "2022-10-13", participants=[RASHID]),
    "A_design": C("other", "2022-10-13", participants=[RASHID, SUDANI]),
    "A_sudani_13": C("statement", "2022-10-13", participants=[SUDANI]),
    "A_rockets": C("strike", "2022-10-13"),
    "A_elections21": C("other", "2021-10-10"),
    "A_withdraw": C("other", "2022-10-13", participants=[("ريبر أحمد",), ("الحزب الديمقراطي الكردستاني",)]),
    "A_salih": C("statement", "2022-10-13", participants=[("برهم صالح",)]),
    "A_nominate": C("other", "2022-07-25", participants=[("الإطار التنسيقي",), SUDANI]),
    "A_storming": C("other", "2022-07-30", participants=[("أنصار التيار الصدري", "التيار الصدري")]),
    "A_sadrists": C("other", "2022-06-12", participants=[("نواب الكتلة الصدرية", "الكتلة الصدرية")]),
    "A_kadhimi": C("statement", "2022-10-13", participants=[("مصطفى الكاظمي", "الكاظمي")]),
    "A_confidence": C("other", "2022-10-27", participants=[PARL, SUDANI]),
    "A_oath_cabinet": C("other", "2022-10-27", participants=[SUDANI]),
    "A_sudani_27": C("statement", "2022-10-27", participants=[SUDANI]),
    # B: Israel's strike in Doha, September 2025
    "B_strike": C("strike", "2025-09-09", participants=[("إسرائيل",), HAMAS]),
    "B_condemn": C("statement", "2025-09-09",
                   participants=[("دولة قطر", "قطر"), ("ماجد بن محمد الأنصاري", "ماجد الأنصاري", "الأنصاري")]),
    "B_pm": C("statement", "2025-09-09", participants=[QPM]),
    "B_call_trump": C("call", "2025-09-09", participants=[TAMIM, TRUMP]),
    "B_hamas": C("statement", "2025-09-09", participants=[HAMAS]),
    "B_pmo": C("statement", "2025-09-09", ["2025-09-09", "2025-09-10"],
               participants=[("مكتب رئيس الوزراء الإسرائيلي", "بنيامين نتنياهو", "نتنياهو")]),
    "B_trump_post": C("statement", "2025-09-09", ["2025-09-09", "2025-09-10"], participants=[TRUMP]),
    "B_mbz": C("meeting", "2025-09-10", participants=[MBZ, TAMIM]),
    "B_summit": C("meeting", "2025-09-15"),
    "B_apology": C("call", "2025-09-29", participants=[NETANYAHU, QPM]),
    "B_wh": C("statement", "2025-09-29", participants=[("البيت الأبيض",)]),
    "B_qmofa": C("statement", "2025-09-29", participants=[("وزارة الخارجية القطرية",)]),
    "B_visit_wh": C("meeting", "2025-09-29", participants=[NETANYAHU, TRUMP]),
    "B_presser": C("statement", "2025-09-29", participants=[NETANYAHU, TRUMP]),
    # C: Ceuta, May-June 2021
    "C_crossing": C("other", ["2021-05-17", "2021-05-18"], ["2021-05-17", "2021-05-19"]),
    "C_deploy": C("other", "2021-05-18", participants=[("إسبانيا",)]),
    "C_sanchez": C("other", "2021-05-18",
                   participants=[("بيدرو سانشيز", "سانشيز", "رئيس الوزراء الإسباني", "رئيس الحكومة الإسبانية")]),
    "C_returns": C("other", ["2021-05-17", "2021-05-18"]),
    "C_summons": C("other", "2021-05-18",
                   participants=[("أرانتشا غونزاليس لايا", "غونزاليس لايا"), BENYAICH]),
    "C_recall": C("other", "2021-05-18", participants=[("المغرب", "المملكة المغربية", "الرباط"), BENYAICH]),
    "C_ghali_in": C("other", "2021-04-18", ["2021-04-01", "2021-04-30"],
                    participants=[("إسبانيا", "مدريد"), GHALI]),
    "C_rabat_april": C("statement", "2021-04-25", ["2021-04-18", "2021-05-18"],
                       participants=[("الرباط", "المغرب")]),
    "C_benyaich": C("statement", "2021-05-18", participants=[BENYAICH]),
    "C_ramid": C("statement", "2021-05-18", participants=[("مصطفى الرميد", "الرميد")]),
    "C_border": C("other", "2021-05-19", participants=[("السلطات المغربية",)]),
    "C_ghali_out": C("other", "2021-06-02", participants=[GHALI]),
    "C_hearing": C("other", "2021-06-01", participants=[GHALI, ("سانتياغو بيدراز", "بيدراز")]),
    "C_judge": C("other", "2021-06-01", participants=[("سانتياغو بيدراز", "بيدراز")]),
    "C_mofa": C("statement", "2021-05-31", participants=[("الخارجية المغربية",)]),
    "C_minors": C("other", "2021-06-01", participants=[("الملك محمد السادس", "محمد السادس")]),
    # D: Saudi Arabia and Canada, August 2018
    "D_canada": C("statement", "2018-08-03", ["2018-08-01", "2018-08-05"],
                  participants=[("وزارة الخارجية الكندية", "الخارجية الكندية", "كندا")]),
    "D_statement": C("statement", "2018-08-05", participants=[("وزارة الخارجية", "المملكة العربية السعودية")]),
    "D_recall": C("other", "2018-08-05", participants=[SAUDI]),
    "D_expel": C("other", "2018-08-05", participants=[SAUDI, ("السفير الكندي", "دينيس هوراك")]),
    "D_freeze": C("other", "2018-08-05", participants=[SAUDI]),
    "D_scholar": C("other", "2018-08-06", participants=[("وزارة التعليم",)]),
    "D_flights": C("other", "2018-08-06", participants=[("الخطوط الجوية العربية السعودية", "«السعودية»")]),
    "D_egypt": C("statement", "2018-08-06", participants=[("مصر",)]),
    "D_uae": C("statement", "2018-08-06", ["2018-08-05", "2018-08-06"], participants=[("الإمارات",)]),
    "D_freeland": C("statement", "2018-08-06", participants=[("كريستيا فريلاند", "فريلاند")]),
    "D_jubeir": C("statement", "2018-08-08", participants=[("عادل الجبير", "الجبير")]),
    "D_trudeau": C("statement", "2018-08-08", participants=[("جاستن ترودو", "ترودو")]),
    "D_health": C("other", "2018-08-07", participants=[("وزارة الصحة السعودية",)]),
    # distractors
    "X1_final": C("other", "2024-02-10", participants=[("العنابي", "منتخبنا الوطني"), ("الأردن", "النشامى")]),
    "X1_semi": C("other", "2024-02-07", participants=[("العنابي",), ("إيران",)]),
    "X1_jordan": C("other", "2024-02-06", ["2024-02-01", "2024-02-09"],
                   participants=[("الأردن",), ("كوريا الجنوبية",)]),
    "X1_fans": C("other", ["2024-02-10", "2024-02-11"]),
    "X2_landing": C("other", "2023-04-25", ["2023-04-25", "2023-04-26"],
                    participants=[("مركز محمد بن راشد للفضاء",), ("آي سبيس",)]),
    "X2_ispace": C("statement", "2023-04-26", ["2023-04-25", "2023-04-26"], participants=[("آي سبيس",)]),
    "X2_mansoori": C("statement", "2023-04-26", ["2023-04-25", "2023-04-26"],
                     participants=[("حمد عبيد المنصوري", "المنصوري")]),
    "X2_launch": C("other", "2022-12-11"),
    "X3_opec": C("other", "2018-12-03", participants=[("سعد الكعبي", "الكعبي"), ("قطر",), ("أوبك",)]),
    "X3_oil": C("other", "2018-12-03"),
    "X3_truce": C("other", "2018-12-01"),
    "X4_storm": C("other", "2024-04-16", ["2024-04-15", "2024-04-17"]),
    "X4_airport": C("other", "2024-04-16", participants=[("مطار دبي الدولي",)]),
    "X4_remote": C("other", "2024-04-16", ["2024-04-16", "2024-04-17"], participants=[("الحكومة الاتحادية",)]),
    "X4_oman": C("other", "2024-04-14"),
}


def E(cluster, doc, s, ctx=None):
    return (cluster, doc, s, _occ(doc, s, ctx), CLUSTERS[cluster]["type"])


A1, A2, A3 = "a1_ina_1013", "a2_sabah_1014", "a3_aawsat_1028"
B1, B2, B3 = "b1_qna_0909", "b2_quds_0911", "b3_sky_0929"
C1, C2, C3 = "c1_afp_0518", "c2_hespress_0519", "c3_khabar_0603"
D1, D2, D3 = "d1_spa_0805", "d2_ahram_0807", "d3_bbc_0809"
X1, X2, X3, X4 = "x1_sharq_0211", "x2_wam_0426", "x3_reuters_1203", "x4_khaleej_0417"

TIMEX = [
    # a1 (Thursday 13 October 2022, 22:00)
    D(A1, "اليوم الخميس", "2022-10-13"),
    V(A1, "في أقرب وقت"),
    D(A1, "ظهر اليوم", "2022-10-13", value="2022-10-13TMI"),
    V(A1, "بعد عام"),
    D(A1, "العاشر من تشرين الأول 2021", "2021-10-10"),
    # a2 (Friday 14 October 2022)
    DUR(A2, "الثلاثين يوماً", "P30D"),
    D(A2, "أمس الخميس", "2022-10-13"),
    DUR(A2, "عاماً كاملاً", "P1Y"),
    V(A2, "بعد ساعات"),
    V(A2, "قبل ساعات"),
    D(A2, "مساء أمس", "2022-10-13", value="2022-10-13TEV"),
    DUR(A2, "ثلاثون يوماً", "P30D"),
    D(A2, "25 تموز الماضي", "2022-07-25"),
    D(A2, "30 تموز", "2022-07-30"),
    D(A2, "12 حزيران", "2022-06-12"),
    D(A2, "ظهر أمس", "2022-10-13", value="2022-10-13TMI"),
    # a3 (Friday 28 October 2022)
    D(A3, "الجمعة - 3 ربيع الآخر 1444 هـ", "2022-10-28"),
    D(A3, "28 أكتوبر 2022", "2022-10-28"),
    D(A3, "مساء أمس (الخميس)", "2022-10-27", value="2022-10-27TEV"),
    D(A3, "2003", ["2003-01-01", "2003-12-31"], value="2003"),
    V(A3, "أكثر من عام"),
    D(A3, "العاشر من أكتوبر (تشرين الأول) 2021", "2021-10-10"),
    D(A3, "13 أكتوبر الحالي", "2022-10-13"),
    V(A3, "بعد ساعات"),
    V(A3, "خلال الأيام المقبلة"),
    # b1 (Tuesday 9 September 2025, 21:00)
    D(B1, "09 سبتمبر", "2025-09-09"),
    D(B1, "بعد ظهر اليوم الثلاثاء", "2025-09-09", value="2025-09-09TAF"),
    D(B1, "مساء اليوم", "2025-09-09", value="2025-09-09TEV", ctx="عقده مساء اليوم"),
    D(B1, "مساء اليوم", "2025-09-09", value="2025-09-09TEV", ctx="المفدى، مساء اليوم"),
    # b2 (Thursday 11 September 2025)
    D(B2, "أمس الأربعاء", "2025-09-10"),
    D(B2, "يوم الثلاثاء", "2025-09-09"),
    D(B2, "غداة", "2025-09-10"),
    D(B2, "مساء الثلاثاء", "2025-09-09", value="2025-09-09TEV"),
    D(B2, "اليوم الخميس", "2025-09-11"),
    V(B2, "بعد صلاة العصر"),
    D(B2, "يوم الاثنين المقبل", "2025-09-15"),
    D(B2, "الأحد", "2025-09-14"),
    # b3 (Monday 29 September 2025, 23:00)
    D(B3, "الاثنين", "2025-09-29"),
    D(B3, "التاسع من سبتمبر", "2025-09-09"),
    D(B3, "15 سبتمبر", "2025-09-15"),
    D(B3, "في اليوم التالي للهجوم", "2025-09-10"),
    # c1 (Tuesday 18 May 2021, 21:00)
    D(C1, "الثلاثاء", "2021-05-18"),
    D(C1, "فجر الاثنين", "2021-05-17", value="2021-05-17TMO"),
    D(C1, "بعد ظهر اليوم", "2021-05-18", value="2021-05-18TAF"),
    D(C1, "صباح اليوم", "2021-05-18", value="2021-05-18TMO"),
    D(C1, "نيسان/أبريل", ["2021-04-01", "2021-04-30"], value="2021-04"),
    # c2 (Wednesday 19 May 2021)
    D(C2, "مساء أمس الثلاثاء", "2021-05-18", value="2021-05-18TEV"),
    V(C2, "بعد ساعات"),
    D(C2, "أمس", "2021-05-18", ctx="فيسبوك أمس"),
    D(C2, "الاثنين", "2021-05-17"),
    D(C2, "أمس", "2021-05-18", ctx="للمدينة أمس"),
    D(C2, "صباح اليوم الأربعاء", "2021-05-19", value="2021-05-19TMO"),
    # c3 (Thursday 3 June 2021)
    D(C3, "فجر أمس الأربعاء", "2021-06-02", value="2021-06-02TMO"),
    V(C3, "نحو شهر ونصف"),
    V(C3, "بعد ساعات"),
    D(C3, "يوم الثلاثاء", "2021-06-01"),
    D(C3, "18 أفريل الفارط", "2021-04-18"),
    MULTI(C3, "يومي 17 و18 ماي", ["2021-05-17", "2021-05-18"]),
    D(C3, "يوم 31 ماي الفارط", "2021-05-31"),
    D(C3, "في اليوم نفسه", "2021-06-01"),
    # d1 (Sunday 5 August 2018, 23:30)
    D(D1, "23 ذو القعدة 1439 هـ", "2018-08-05"),
    D(D1, "05 أغسطس 2018", "2018-08-05"),
    DUR(D1, "الأربع والعشرين ساعة", "PT24H"),
    # d2 (Tuesday 7 August 2018)
    D(D2, "الثلاثاء 25 من ذى القعدة 1439 هـ", "2018-08-07"),
    D(D2, "7 أغسطس 2018", "2018-08-07"),
    D(D2, "أمس", "2018-08-06", ctx="السعودية أمس"),
    D(D2, "13 أغسطس الجارى", "2018-08-13"),
    V(D2, "بعد ساعات"),
    D(D2, "مساء أمس الأول", "2018-08-05", value="2018-08-05TEV"),
    D(D2, "أمس الاثنين", "2018-08-06"),
    D(D2, "أمس", "2018-08-06", ctx="صحفى أمس"),
    # d3 (Thursday 9 August 2018, 10:00 GMT)
    D(D3, "يوم الأربعاء", "2018-08-08"),
    D(D3, "في اليوم نفسه", "2018-08-08"),
    D(D3, "يوم الجمعة 3 أغسطس/آب", "2018-08-03"),
    D(D3, "مساء الأحد", "2018-08-05", value="2018-08-05TEV"),
    D(D3, "الثلاثاء", "2018-08-07"),
    V(D3, "بعد يوم"),
    # x1 (Sunday 11 February 2024)
    V(X1, "2023"),
    D(X1, "مساء أمس السبت", "2024-02-10", value="2024-02-10TEV"),
    D(X1, "يوم الأربعاء الماضي", "2024-02-07"),
    V(X1, "حتى ساعات الفجر"),
    # x2 (Wednesday 26 April 2023, 13:00)
    D(X2, "26 أبريل", "2023-04-26"),
    D(X2, "اليوم", "2023-04-26", ctx="للفضاء اليوم"),
    D(X2, "مساء أمس الثلاثاء", "2023-04-25", value="2023-04-25TEV"),
    D(X2, "11 ديسمبر 2022", "2022-12-11"),
    V(X2, "نحو أربعة أشهر ونصف"),
    # x3 (Monday 3 December 2018, 14:00)
    D(X3, "اليوم الاثنين", "2018-12-03"),
    D(X3, "أول يناير كانون الثاني 2019", "2019-01-01"),
    V(X3, "سنويا"),
    D(X3, "عام 1961", ["1961-01-01", "1961-12-31"], value="1961"),
    V(X3, "يوميا"),
    MULTI(X3, "يومي السادس والسابع من ديسمبر كانون الأول", ["2018-12-06", "2018-12-07"]),
    D(X3, "اليوم", "2018-12-03", ctx="بالمئة اليوم"),
    D(X3, "يوم السبت", "2018-12-01"),
    DUR(X3, "90 يوما", "P90D"),
    # x4 (Wednesday 17 April 2024)
    V(X4, "أقل من 24 ساعة", ctx="خلال أقل من 24 ساعة"),
    D(X4, "أمس الثلاثاء", "2024-04-16"),
    D(X4, "عام 1949", ["1949-01-01", "1949-12-31"], value="1949"),
    V(X4, "أقل من 24 ساعة", ctx="في أقل من 24 ساعة،"),
    V(X4, "منذ ساعات الصباح"),
    V(X4, "لساعات"),
    D(X4, "يوم الخميس", "2024-04-18"),
    D(X4, "أمس", "2024-04-16", ctx="طبقته أمس"),
    D(X4, "اليوم", "2024-04-17", ctx="أمس واليوم"),
    D(X4, "يوم الأحد", "2024-04-14"),
    D(X4, "اليوم الأربعاء", "2024-04-17"),
]

EVENTS = [
    # a1
    E("A_elect", A1, "البرلمان ينتخب"),
    E("A_design", A1, "يكلف السوداني بتشكيل الحكومة"),
    E("A_elect", A1, "انتخب مجلس النواب"),
    E("A_oath_rashid", A1, "وأدى رشيد اليمين الدستورية"),
    E("A_elect", A1, "عقب انتخابه"),
    E("A_design", A1, "ثم كلف مرشح الإطار التنسيقي"),
    E("A_sudani_13", A1, "وقال السوداني في بيان"),
    E("A_design", A1, "عقب التكليف"),
    E("A_rockets", A1, "سقوط تسعة صواريخ"),
    E("A_elect", A1, "قبيل التصويت"),
    E("A_elect", A1, "ويأتي انتخاب رئيس الجمهورية"),
    E("A_elections21", A1, "الانتخابات التشريعية المبكرة التي جرت"),
    # a2
    E("A_elect", A2, "رشيد رئيساً للجمهورية", ctx="رشيد رئيساً للجمهورية.."),
    E("A_elect", A2, "بانتخابه الدكتور عبد اللطيف رشيد"),
    E("A_oath_rashid", A2, "أدائه اليمين الدستورية"),
    E("A_design", A2, "إلى تكليف محمد شياع السوداني"),
    E("A_elect", A2, "وجاء التصويت"),
    E("A_withdraw", A2, "انسحاب مرشح الحزب الديمقراطي الكردستاني"),
    E("A_elect", A2, "التصويت", ctx="قبل ساعات من التصويت"),
    E("A_elect", A2, "خاض رشيد الجولة الثانية"),
    E("A_salih", A2, "هنأ خلفه في تغريدة"),
    E("A_nominate", A2, "قد رشح السوداني لرئاسة الوزراء"),
    E("A_nominate", A2, "وهو الترشيح"),
    E("A_storming", A2, "اقتحام مبنى البرلمان"),
    E("A_sadrists", A2, "قدم نواب الكتلة الصدرية استقالاتهم"),
    E("A_elect", A2, "الانتخاب", ctx="يوم الانتخاب"),
    E("A_rockets", A2, "الصواريخ التي استهدفت المنطقة الخضراء"),
    E("A_kadhimi", A2, "أدانها رئيس مجلس الوزراء مصطفى الكاظمي"),
    # a3
    E("A_confidence", A3, "تنال ثقة البرلمان العراقي"),
    E("A_confidence", A3, "منح مجلس النواب العراقي"),
    E("A_oath_cabinet", A3, "وأدى السوداني ووزراؤه اليمين الدستورية"),
    E("A_confidence", A3, "عقب التصويت"),
    E("A_elections21", A3, "الانتخابات المبكرة التي أجريت"),
    E("A_sudani_27", A3, "وقال السوداني في كلمة أمام النواب"),
    E("A_confidence", A3, "قبل التصويت"),
    E("A_design", A3, "قد كلف السوداني"),
    E("A_elect", A3, "من انتخابه"),
    E("A_rockets", A3, "سقوط صواريخ على المنطقة الخضراء"),
    # b1
    E("B_condemn", B1, "قطر تدين"),
    E("B_strike", B1, "الاعتداء الإسرائيلي على مقرات سكنية"),
    E("B_condemn", B1, "أدانت دولة قطر بأشد العبارات"),
    E("B_strike", B1, "الاعتداء الإسرائيلي الجبان الذي استهدف مقرات سكنية"),
    E("B_condemn", B1, "وقال الدكتور ماجد بن محمد الأنصاري"),
    E("B_strike", B1, "هذا الاعتداء الإجرامي"),
    E("B_strike", B1, "جراء القصف"),
    E("B_pm", B1, "أكد معالي الشيخ محمد بن عبدالرحمن"),
    E("B_pm", B1, "في مؤتمر صحفي عقده"),
    E("B_strike", B1, "هذا الاعتداء السافر"),
    E("B_call_trump", B1, "اتصالا هاتفيا من فخامة الرئيس دونالد ترامب"),
    E("B_strike", B1, "تداعيات الاعتداء"),
    # b2
    E("B_mbz", B2, "يزور الدوحة"),
    E("B_strike", B2, "الضربة الإسرائيلية"),
    E("B_hamas", B2, "حماس تنعى خمسة من كوادرها"),
    E("B_mbz", B2, "وصل رئيس دولة الإمارات"),
    E("B_mbz", B2, "في زيارة تضامنية"),
    E("B_strike", B2, "الغارة الإسرائيلية التي استهدفت قادة حركة حماس"),
    E("B_mbz", B2, "وكان في استقباله"),
    E("B_mbz", B2, "وجاءت الزيارة"),
    E("B_strike", B2, "الهجوم"),
    E("B_hamas", B2, "قالت حماس في بيان"),
    E("B_pmo", B2, "وكان مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو قد قال"),
    E("B_strike", B2, "العملية"),
    E("B_trump_post", B2, "كتب الرئيس الأمريكي دونالد ترامب على منصته"),
    # b3
    E("B_apology", B3, "يعتذر لقطر"),
    E("B_strike", B3, "ضربة الدوحة"),
    E("B_apology", B3, "اتصال من البيت الأبيض"),
    E("B_apology", B3, "اعتذارا لرئيس الوزراء القطري"),
    E("B_strike", B3, "الغارة التي استهدفت قيادات من حماس"),
    E("B_apology", B3, "خلال اتصال هاتفي أجراه"),
    E("B_wh", B3, "وقال البيت الأبيض في بيان"),
    E("B_strike", B3, "في الهجوم"),
    E("B_qmofa", B3, "قالت وزارة الخارجية القطرية"),
    E("B_apology", B3, "بالاعتذار"),
    E("B_apology", B3, "ويأتي الاتصال"),
    E("B_visit_wh", B3, "خلال زيارة نتنياهو إلى البيت الأبيض"),
    E("B_presser", B3, "عقد مع ترامب مؤتمرا صحفيا"),
    E("B_summit", B3, "قمة عربية إسلامية طارئة عقدت"),
    E("B_strike", B3, "أدانت الضربة"),
    E("B_mbz", B3, "زار رئيس دولة الإمارات"),
    E("B_strike", B3, "للهجوم"),
    # c1
    E("C_deploy", C1, "إسبانيا تنشر الجيش"),
    E("C_crossing", C1, "تدفق آلاف المهاجرين"),
    E("C_deploy", C1, "نشرت إسبانيا"),
    E("C_crossing", C1, "دخله نحو ثمانية آلاف مهاجر"),
    E("C_crossing", C1, "في تدفق غير مسبوق"),
    E("C_sanchez", C1, "وزار رئيس الوزراء الإسباني بيدرو سانشيز"),
    E("C_returns", C1, "أعيد نحو أربعة آلاف من المهاجرين"),
    E("C_summons", C1, "واستدعت وزيرة الخارجية"),
    E("C_recall", C1, "استدعاء سفيرتها للتشاور"),
    E("C_ghali_in", C1, "استقبال إسبانيا"),
    E("C_rabat_april", C1, "اعتبرته الرباط"),
    # c2
    E("C_recall", C2, "استدعاء السفيرة بنيعيش للتشاور"),
    E("C_recall", C2, "استدعاء سفيرتها بمدريد"),
    E("C_summons", C2, "استقبالها من طرف وزيرة الشؤون الخارجية الإسبانية"),
    E("C_benyaich", C2, "وأكدت السفيرة"),
    E("C_ghali_in", C2, "استقبال مدريد زعيم البوليساريو"),
    E("C_ramid", C2, "مصطفى الرميد قد انتقد"),
    E("C_crossing", C2, "تدفق آلاف الشباب والقاصرين"),
    E("C_sanchez", C2, "قام رئيس الحكومة الإسبانية بزيارة خاطفة"),
    E("C_border", C2, "تشديد المراقبة على الحدود"),
    # c3
    E("C_ghali_out", C3, "يعود إلى الجزائر"),
    E("C_hearing", C3, "مثوله أمام القضاء الإسباني"),
    E("C_ghali_out", C3, "عاد الرئيس الصحراوي"),
    E("C_ghali_out", C3, "وجاءت عودة غالي"),
    E("C_hearing", C3, "مثوله", ctx="من مثوله،"),
    E("C_judge", C3, "رفض اتخاذ أي إجراءات احترازية"),
    E("C_ghali_in", C3, "قد نقل"),
    E("C_crossing", C3, "بتدفق آلاف المهاجرين على سبتة"),
    E("C_mofa", C3, "وكانت الخارجية المغربية قد أكدت"),
    E("C_hearing", C3, "لمثول غالي"),
    E("C_minors", C3, "أعطى تعليماته"),
    # d1
    E("D_expel", D1, "تعتبر السفير الكندي شخصا غير مرغوب فيه"),
    E("D_freeze", D1, "وتجمد التعاملات التجارية الجديدة"),
    E("D_statement", D1, "صرح مصدر مسؤول في وزارة الخارجية"),
    E("D_canada", D1, "ومطالبتهما بالإفراج عنهم"),
    E("D_statement", D1, "وأكد المصدر"),
    E("D_statement", D1, "وأوضح المصدر"),
    E("D_recall", D1, "استدعاء سفيرها لدى كندا للتشاور"),
    E("D_expel", D1, "واعتبار السفير الكندي لدى المملكة شخصا غير مرغوب فيه"),
    E("D_freeze", D1, "تجميد كافة التعاملات التجارية والاستثمارية الجديدة"),
    # d2
    E("D_scholar", D2, "تعلق برامج الابتعاث إلى كندا"),
    E("D_flights", D2, "وتوقف رحلات «السعودية» إلى تورونتو"),
    E("D_scholar", D2, "تعليق برامج التدريب والابتعاث والزمالة"),
    E("D_flights", D2, "إيقاف رحلاتها من وإلى تورونتو"),
    E("D_expel", D2, "طرد السفير الكندى دينيس هوراك"),
    E("D_freeze", D2, "وتجميد التعاملات التجارية الجديدة"),
    E("D_canada", D2, "مطالبة كندية بالإفراج"),
    E("D_egypt", D2, "وأعربت مصر"),
    E("D_uae", D2, "كما أعلنت الإمارات تأييدها"),
    E("D_freeland", D2, "قالت وزيرة الخارجية الكندية كريستيا فريلاند"),
    E("D_expel", D2, "من طرد سفير بلادها"),
    # d3
    E("D_jubeir", D3, "الجبير: لا وساطة في الأزمة مع كندا"),
    E("D_jubeir", D3, "قال وزير الخارجية السعودي عادل الجبير"),
    E("D_jubeir", D3, "وجاءت تصريحات الجبير"),
    E("D_jubeir", D3, "مؤتمر صحفي عقده في الرياض"),
    E("D_trudeau", D3, "قال فيه رئيس الوزراء الكندي جاستن ترودو"),
    E("D_canada", D3, "دعوة وزارة الخارجية الكندية"),
    E("D_expel", D3, "بطرد السفير الكندي"),
    E("D_freeze", D3, "وتجميد التجارة والاستثمارات الجديدة"),
    E("D_health", D3, "وقف إرسال المرضى إلى المستشفيات الكندية"),
    E("D_scholar", D3, "قرار تعليق برامج الابتعاث"),
    # x1
    E("X1_final", X1, "العنابي بطلاً لآسيا"),
    E("X1_final", X1, "توج منتخبنا الوطني"),
    E("X1_final", X1, "بعد فوزه على نظيره الأردني"),
    E("X1_final", X1, "في المباراة النهائية التي أقيمت"),
    E("X1_semi", X1, "قد تغلب على إيران"),
    E("X1_jordan", X1, "أطاح الأردن بكوريا الجنوبية"),
    E("X1_fans", X1, "وعمت الاحتفالات كورنيش الدوحة"),
    # x2
    E("X2_landing", X2, "محاولة هبوط المستكشف", ctx=": محاولة هبوط المستكشف"),
    E("X2_landing", X2, "محاولة هبوط المستكشف", ctx="أن محاولة هبوط المستكشف"),
    E("X2_landing", X2, "فقدان الاتصال بالمركبة"),
    E("X2_ispace", X2, "وأوضحت شركة"),
    E("X2_mansoori", X2, "وقال سعادة حمد عبيد المنصوري"),
    E("X2_launch", X2, "قد انطلق"),
    # x3
    E("X3_opec", X3, "قطر تنسحب من أوبك"),
    E("X3_opec", X3, "قال وزير الدولة لشؤون الطاقة القطري سعد الكعبي اليوم الاثنين إن قطر ستنسحب"),
    E("X3_opec", X3, "وأضاف الكعبي في مؤتمر صحفي بالدوحة"),
    E("X3_opec", X3, "ويأتي الإعلان"),
    E("X3_oil", X3, "وقفزت أسعار النفط"),
    E("X3_truce", X3, "اتفق الرئيسان الأمريكي والصيني"),
    # x4
    E("X4_storm", X4, "أمطار تاريخية تغرق الإمارات"),
    E("X4_storm", X4, "أكبر هطول للأمطار"),
    E("X4_storm", X4, "وضربت العواصف الرعدية"),
    E("X4_airport", X4, "علق مطار دبي الدولي الرحلات"),
    E("X4_remote", X4, "وقررت الحكومة الاتحادية تمديد"),
    E("X4_oman", X4, "الأمطار الغزيرة قد أودت بحياة 18 شخصا"),
]

DIFF = [
    # A
    ("A_elect", "A_oath_rashid"), ("A_elect", "A_design"), ("A_elect", "A_rockets"),
    ("A_oath_rashid", "A_design"), ("A_design", "A_sudani_13"), ("A_elect", "A_withdraw"),
    ("A_elect", "A_salih"), ("A_rockets", "A_kadhimi"), ("A_nominate", "A_design"),
    ("A_elect", "A_elections21"), ("A_storming", "A_sadrists"), ("A_elect", "A_confidence"),
    ("A_confidence", "A_oath_cabinet"), ("A_confidence", "A_sudani_27"),
    ("A_oath_rashid", "A_oath_cabinet"), ("A_sudani_13", "A_sudani_27"),
    # B
    ("B_strike", "B_condemn"), ("B_strike", "B_pm"), ("B_strike", "B_call_trump"),
    ("B_strike", "B_hamas"), ("B_strike", "B_pmo"), ("B_strike", "B_mbz"),
    ("B_strike", "B_apology"), ("B_strike", "B_summit"), ("B_condemn", "B_pm"),
    ("B_call_trump", "B_apology"), ("B_apology", "B_wh"), ("B_apology", "B_visit_wh"),
    ("B_visit_wh", "B_presser"), ("B_qmofa", "B_wh"), ("B_hamas", "B_pmo"),
    ("B_trump_post", "B_pmo"), ("B_mbz", "B_summit"),
    # C
    ("C_crossing", "C_deploy"), ("C_crossing", "C_returns"), ("C_deploy", "C_sanchez"),
    ("C_summons", "C_recall"), ("C_recall", "C_benyaich"), ("C_summons", "C_benyaich"),
    ("C_ramid", "C_benyaich"), ("C_ghali_in", "C_ghali_out"), ("C_hearing", "C_judge"),
    ("C_hearing", "C_ghali_out"), ("C_judge", "C_minors"), ("C_mofa", "C_rabat_april"),
    ("C_crossing", "C_border"), ("C_rabat_april", "C_ghali_in"),
    # D
    ("D_canada", "D_statement"), ("D_statement", "D_expel"), ("D_statement", "D_freeze"),
    ("D_recall", "D_expel"), ("D_expel", "D_freeze"), ("D_recall", "D_freeze"),
    ("D_scholar", "D_flights"), ("D_scholar", "D_health"), ("D_egypt", "D_uae"),
    ("D_freeland", "D_trudeau"), ("D_jubeir", "D_trudeau"), ("D_expel", "D_scholar"),
    ("D_flights", "D_freeze"),
    # distractors, and across stories
    ("X1_final", "X1_semi"), ("X1_final", "X1_fans"), ("X1_semi", "X1_jordan"),
    ("X2_landing", "X2_launch"), ("X2_landing", "X2_ispace"), ("X2_ispace", "X2_mansoori"),
    ("X3_opec", "X3_oil"), ("X3_oil", "X3_truce"), ("X3_opec", "X3_truce"),
    ("X4_storm", "X4_airport"), ("X4_storm", "X4_remote"), ("X4_storm", "X4_oman"),
    ("X4_airport", "X4_remote"),
    ("X3_opec", "B_condemn"), ("X1_final", "B_mbz"),
]

BEFORE = [
    # A
    ("A_elections21", "A_sadrists"), ("A_sadrists", "A_nominate"), ("A_nominate", "A_storming"),
    ("A_storming", "A_elect"), ("A_elect", "A_confidence"), ("A_design", "A_confidence"),
    ("A_oath_rashid", "A_oath_cabinet"), ("A_sudani_13", "A_sudani_27"), ("A_rockets", "A_confidence"),
    ("A_salih", "A_oath_cabinet"), ("A_withdraw", "A_sudani_27"),
    # B
    ("B_strike", "B_mbz"), ("B_mbz", "B_summit"), ("B_summit", "B_apology"),
    ("B_condemn", "B_summit"), ("B_call_trump", "B_apology"), ("B_hamas", "B_mbz"),
    ("B_pm", "B_mbz"), ("B_strike", "B_visit_wh"), ("B_summit", "B_presser"),
    ("B_mbz", "B_qmofa"), ("B_summit", "B_wh"),
    # C
    ("C_ghali_in", "C_rabat_april"), ("C_rabat_april", "C_crossing"), ("C_crossing", "C_border"),
    ("C_deploy", "C_border"), ("C_recall", "C_mofa"), ("C_mofa", "C_hearing"),
    ("C_hearing", "C_ghali_out"), ("C_ghali_in", "C_ghali_out"), ("C_sanchez", "C_border"),
    ("C_crossing", "C_mofa"), ("C_judge", "C_ghali_out"), ("C_benyaich", "C_border"),
    # D
    ("D_canada", "D_statement"), ("D_canada", "D_expel"), ("D_expel", "D_scholar"),
    ("D_freeze", "D_flights"), ("D_scholar", "D_health"), ("D_flights", "D_jubeir"),
    ("D_freeland", "D_trudeau"), ("D_egypt", "D_jubeir"), ("D_expel", "D_freeland"),
    ("D_health", "D_jubeir"), ("D_recall", "D_egypt"),
    # distractors
    ("X1_jordan", "X1_final"), ("X1_semi", "X1_final"), ("X2_launch", "X2_landing"),
    ("X2_landing", "X2_ispace"), ("X3_truce", "X3_opec"), ("X3_truce", "X3_oil"),
    ("X4_oman", "X4_storm"),
]

GOLD = dict(timex=TIMEX, clusters=CLUSTERS, events=EVENTS,
            diff=[list(p) for p in DIFF], before=[list(p) for p in BEFORE])
