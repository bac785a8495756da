"""Gold for the nineteenth blind held-out set (16 articles): the format of ../heldout16/spec.py.

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

SRC = pathlib.Path(__file__).resolve().parent / "src"

PUBLISHED = {
    "a1_bna_0412": "2023-04-12T19:00:00+03:00",
    "a2_watan_0413": "2023-04-13",
    "a3_jazeera_0525": "2023-05-25T18:00:00+03:00",
    "b1_afp_1121": "2018-11-21T20:00:00+04:00",
    "b2_ittihad_1127": "2018-11-27",
    "b3_araby_1129": "2018-11-29",
    "c1_aps_0823": "2018-08-23T19:00:00+01:00",
    "c2_echorouk_0826": "2018-08-26",
    "c3_sabahnews_0828": "2018-08-28",
    "d1_anadolu_0219": "2024-02-19T16:00:00+03:00",
    "d2_ayyam_0303": "2024-03-03",
    "d3_dw_0307": "2024-03-07T12:00:00+01:00",
    "x1_mada_0120": "2023-01-20",
    "x2_map_1216": "2020-12-16T21:00:00+01:00",
    "x3_argaam_0312": "2023-03-12T10:00:00+03:00",
    "x4_hayat_0608": "2017-06-08",
}

_TEXTS = {k: (SRC / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}


def _occ(doc, s, ctx=None):
    """The occurrence number of ``s`` in ``doc``: the one inside the unique ``ctx``, else the only one."""
    text = _TEXTS[doc]
    if ctx is None:
        n = text.count(s)
        if n != 1:
            raise SystemExit(f"{doc}: {s!r} occurs {n} times; give ctx")
        return 1
    if text.count(ctx) != 1:
        raise SystemExit(f"{doc}: ctx {ctx!r} occurs {text.count(ctx)} times")
    at = text.index(ctx) + ctx.index(s)
    n, i = 0, -1
    while True:
        i = text.find(s, i + 1)
        if i < 0 or i > at:
            break
        n += 1
    return n


def _span(a, b=None):
    return [a, b or a]


def D(doc, s, value, tight, outer=None, ctx=None):
    """A required date row; tight/outer as 'YYYY-MM-DD' or (first, last)."""
    t = _span(*tight) if isinstance(tight, tuple) else _span(tight)
    o = (_span(*outer) if isinstance(outer, tuple) else _span(outer)) if outer else t
    return (doc, s, _occ(doc, s, ctx), "date", value, t, o, True)


def DUR(doc, s, value, ctx=None):
    return (doc, s, _occ(doc, s, ctx), "duration", value, None, None, True)


def V(doc, s, ctx=None):
    """An optional span (relative, approximate, a set, a name's number)."""
    return (doc, s, _occ(doc, s, ctx), "vague", None, None, None, False)


def C(type_, tight, outer=None, participants=()):
    t = _span(*tight) if isinstance(tight, tuple) else _span(tight)
    o = (_span(*outer) if isinstance(outer, tuple) else _span(outer)) if outer else t
    return dict(type=type_, tight=t, outer=o, participants=[list(p) for p in participants])


BAHRAIN = ("مملكة البحرين", "البحرين", "المنامة")
QATAR = ("دولة قطر", "قطر", "الدوحة")
HEDGES = ("ماثيو هيدجز", "هيدجز")
HUNT = ("جيريمي هانت", "هانت")
HOUTHIS = ("أنصار الله", "الحوثي", "الحوثيين", "الحوثيون")
SAREE = ("يحيى سريع", "سريع")

CLUSTERS = {
    # A. Bahrain and Qatar restore relations, 2017-2023
    "A_cut": C("other", "2017-06-05", participants=[BAHRAIN, QATAR]),
    "A_alula": C("meeting", "2021-01-05"),
    "A_call": C("call", "2023-01-25", participants=[("سلمان بن حمد آل خليفة", "سلمان بن حمد", "ولي عهد البحرين"),
                                                   ("تميم بن حمد آل ثاني", "تميم بن حمد", "أمير قطر")]),
    "A_meet": C("other", "2023-04-12", participants=[BAHRAIN, QATAR, ("عبدالله بن أحمد آل خليفة",),
                                                     ("أحمد بن حسن الحمادي", "الحمادي")]),
    "A_gcc": C("statement", "2023-04-12", participants=[("جاسم محمد البديوي", "البديوي")]),
    "A_saudi": C("statement", "2023-04-12", participants=[("وزارة الخارجية السعودية",)]),
    "A_kuwait": C("statement", "2023-04-12", ("2023-04-12", "2023-04-13"),
                  participants=[("وزارة الخارجية الكويتية",)]),
    "A_flight": C("other", "2023-05-25", participants=[("طيران الخليج",)]),
    "A_gfstat": C("statement", "2023-05-25", participants=[("طيران الخليج",)]),
    # B. Matthew Hedges sentenced and pardoned, UAE, 2018
    "B_arrest": C("capture", "2018-05-05", participants=[HEDGES]),
    "B_verdict": C("other", "2018-11-21", participants=[("محكمة الاستئناف الاتحادية", "محكمة إماراتية"), HEDGES]),
    "B_wife": C("statement", "2018-11-21", participants=[("دانييلا تيخادا",)]),
    "B_hunt1": C("statement", "2018-11-21", participants=[HUNT]),
    "B_gargash": C("statement", "2018-11-22", participants=[("أنور قرقاش", "قرقاش")]),
    "B_pardon": C("other", "2018-11-26", participants=[("خليفة بن زايد آل نهيان", "رئيس الدولة"), HEDGES]),
    "B_lamki": C("statement", "2018-11-26", participants=[("جابر اللمكي", "اللمكي")]),
    "B_hunt2": C("statement", "2018-11-26", ("2018-11-26", "2018-11-27"), participants=[HUNT]),
    "B_return": C("other", "2018-11-27", participants=[HEDGES]),
    "B_hstat": C("statement", "2018-11-28", participants=[HEDGES]),
    # C. Cholera in Algeria, August 2018
    "C_1996": C("other", ("1996-01-01", "1996-12-31")),
    "C_outbreak": C("other", "2018-08-07", ("2018-08-01", "2018-08-23")),
    "C_confirm": C("statement", "2018-08-23", participants=[
        ("وزارة الصحة والسكان وإصلاح المستشفيات", "وزارة الصحة", "الوزارة", "السلطات الجزائرية")]),
    "C_source": C("statement", "2018-08-24", participants=[("معهد باستور",)]),
    "C_close": C("other", "2018-08-24", participants=[("والي تيبازة", "السلطات الجزائرية")]),
    "C_pledge": C("statement", "2018-08-25", participants=[("مختار حسبلاوي", "حسبلاوي")]),
    "C_tunisia": C("other", "2018-08-27", participants=[("وزارة الصحة", "تونس")]),
    # D. The Rubymar, Gulf of Aden and Red Sea, February - March 2024
    "D_campaign": C("other", "2023-11-19", ("2023-11-01", "2023-11-30"), participants=[HOUTHIS]),
    "D_strike": C("strike", "2024-02-18", participants=[HOUTHIS]),
    "D_saree": C("statement", "2024-02-19", participants=[HOUTHIS, SAREE]),
    "D_sink": C("other", "2024-03-02"),
    "D_govwarn": C("statement", "2024-03-02", participants=[("الحكومة اليمنية",)]),
    "D_centsink": C("statement", "2024-03-02", ("2024-03-02", "2024-03-03"),
                    participants=[("القيادة المركزية الأمريكية",)]),
    "D_tc": C("strike", "2024-03-06", participants=[HOUTHIS]),
    "D_tcclaim": C("statement", "2024-03-06", ("2024-03-06", "2024-03-07"), participants=[HOUTHIS, SAREE]),
    # X. distractors
    "X_opening": C("other", "2023-01-06"),
    "X_final": C("other", "2023-01-19", participants=[("منتخبنا الوطني", "أسود الرافدين"),
                                                      ("المنتخب العماني", "نظيره العماني")]),
    "X_stampede": C("other", "2023-01-19"),
    "X_sudani": C("statement", "2023-01-19", ("2023-01-19", "2023-01-20"),
                  participants=[("محمد شياع السوداني", "السوداني")]),
    "X_celeb": C("other", ("2023-01-19", "2023-01-20")),
    "X_file": C("other", ("2019-03-01", "2019-03-31"),
                participants=[("المغرب",), ("الجزائر",), ("تونس",), ("موريتانيا",)]),
    "X_inscribe": C("other", "2020-12-16", participants=[("منظمة الأمم المتحدة للتربية والعلم والثقافة", "اليونسكو")]),
    "X_ferdaous": C("statement", "2020-12-16", participants=[("عثمان الفردوس",)]),
    "X_q3": C("other", "2022-11-01", ("2022-11-01", "2022-11-30"), participants=[("أرامكو",)]),
    "X_results": C("other", "2023-03-12", participants=[("أرامكو السعودية", "أرامكو")]),
    "X_dividend": C("other", "2023-03-12", participants=[("مجلس إدارة الشركة", "أرامكو")]),
    "X_nasser": C("statement", "2023-03-12", participants=[("أمين الناصر", "الناصر")]),
    "X_1961": C("other", ("1961-01-01", "1961-12-31")),
    "X_dig": C("other", ("2004-01-01", "2004-12-31")),
    "X_find": C("other", "2017-06-07", participants=[("جان جاك هوبلان", "هوبلان"), ("عبد الواحد بن نصر", "بن نصر")]),
    "X_bennacer": C("statement", "2017-06-07", ("2017-06-01", "2017-06-08"),
                    participants=[("عبد الواحد بن نصر", "بن نصر")]),
}


def E(cluster, doc, s, ctx=None):
    return (cluster, doc, s, _occ(doc, s, ctx), CLUSTERS[cluster]["type"])


Y = "year"
TIMEX = [
    # a1 BNA, Wed 12 April 2023
    D("a1_bna_0412", "12 أبريل", "2023-04-12", "2023-04-12"),
    D("a1_bna_0412", "اليوم الأربعاء", "2023-04-12", "2023-04-12"),
    D("a1_bna_0412", "5 يناير 2021", "2021-01-05", "2021-01-05"),
    D("a1_bna_0412", "25 يناير الماضي", "2023-01-25", "2023-01-25"),
    # a2 Al-Watan, Thu 13 April 2023
    D("a2_watan_0413", "الخميس 22 رمضان 1444هـ", "2023-04-13", "2023-04-13"),
    D("a2_watan_0413", "13 أبريل 2023م", "2023-04-13", "2023-04-13"),
    D("a2_watan_0413", "أمس", "2023-04-12", "2023-04-12", ctx="ومملكة البحرين أمس إعادة"),
    D("a2_watan_0413", "يناير 2021", "2021-01", ("2021-01-01", "2021-01-31")),
    V("a2_watan_0413", "نحو ست سنوات"),
    D("a2_watan_0413", "الخامس من يونيو 2017", "2017-06-05", "2017-06-05"),
    D("a2_watan_0413", "مساء أمس", "2023-04-12TEV", "2023-04-12"),
    D("a2_watan_0413", "يناير الماضي", "2023-01", ("2023-01-01", "2023-01-31")),
    V("a2_watan_0413", "خلال الأسابيع المقبلة"),
    # a3 Al Jazeera Net, Thu 25 May 2023
    DUR("a3_jazeera_0525", "6 سنوات", "P6Y"),
    D("a3_jazeera_0525", "ظهر اليوم الخميس", "2023-05-25TAF", "2023-05-25"),
    D("a3_jazeera_0525", "يونيو/حزيران 2017", "2017-06", ("2017-06-01", "2017-06-30"), ctx="منذ يونيو/حزيران 2017"),
    V("a3_jazeera_0525", "بعد أكثر من شهر"),
    D("a3_jazeera_0525", "12 أبريل/نيسان الماضي", "2023-04-12", "2023-04-12"),
    D("a3_jazeera_0525", "يونيو/حزيران 2017", "2017-06", ("2017-06-01", "2017-06-30"), ctx="في يونيو/حزيران 2017، ولم"),
    D("a3_jazeera_0525", "الخامس من يناير/كانون الثاني 2021", "2021-01-05", "2021-01-05"),
    D("a3_jazeera_0525", "أواخر يناير/كانون الثاني الماضي", "2023-01", ("2023-01-21", "2023-01-31"),
      ("2023-01-01", "2023-01-31")),
    D("a3_jazeera_0525", "اليوم", "2023-05-25", "2023-05-25", ctx="في بيان اليوم إنها"),
    V("a3_jazeera_0525", "يوميا"),
    # b1 AFP, Wed 21 November 2018
    D("b1_afp_1121", "الأربعاء", "2018-11-21", "2018-11-21"),
    DUR("b1_afp_1121", "خمس دقائق", "PT5M"),
    D("b1_afp_1121", "الخامس من أيار/مايو الماضي", "2018-05-05", "2018-05-05"),
    V("b1_afp_1121", "منذ ذلك الحين"),
    # b2 Al-Ittihad, Tue 27 November 2018
    D("b2_ittihad_1127", "أمس", "2018-11-26", "2018-11-26", ctx="حفظه الله، أمس،"),
    V("b2_ittihad_1127", "بعد خمسة أيام"),
    D("b2_ittihad_1127", "أمس الاثنين", "2018-11-26", "2018-11-26"),
    D("b2_ittihad_1127", "يوم الأربعاء الماضي", "2018-11-21", "2018-11-21"),
    # b3 Al-Araby Al-Jadeed, Thu 29 November 2018
    D("b3_araby_1129", "أمس الأربعاء", "2018-11-28", "2018-11-28"),
    V("b3_araby_1129", "بعد يوم", ctx="بعد يوم من عودته"),
    V("b3_araby_1129", "قرابة سبعة أشهر"),
    D("b3_araby_1129", "مساء الثلاثاء", "2018-11-27TEV", "2018-11-27"),
    V("b3_araby_1129", "بعد يوم واحد"),
    D("b3_araby_1129", "21 نوفمبر/تشرين الثاني", "2018-11-21", "2018-11-21"),
    D("b3_araby_1129", "مايو/أيار الماضي", "2018-05", ("2018-05-01", "2018-05-31")),
    V("b3_araby_1129", "طوال تلك المدة"),
    D("b3_araby_1129", "يوم الخميس الماضي", "2018-11-22", "2018-11-22"),
    V("b3_araby_1129", "بعد يوم", ctx="بعد يوم من صدور"),
    # c1 APS, Thu 23 August 2018
    D("c1_aps_0823", "اليوم الخميس", "2018-08-23", "2018-08-23"),
    D("c1_aps_0823", "7 أوت الجاري", "2018-08-07", "2018-08-07"),
    D("c1_aps_0823", "عام 1996", "1996", ("1996-01-01", "1996-12-31")),
    # c2 Echorouk, Sun 26 August 2018
    DUR("c2_echorouk_0826", "ثلاثة أيام", "P3D", ctx="سنقضي على الكوليرا خلال ثلاثة أيام"),
    D("c2_echorouk_0826", "أمس السبت", "2018-08-25", "2018-08-25"),
    DUR("c2_echorouk_0826", "ثلاثة أيام", "P3D", ctx="«خلال ثلاثة أيام»"),
    V("c2_echorouk_0826", "بعد يوم"),
    D("c2_echorouk_0826", "في اليوم نفسه", "2018-08-24", "2018-08-24"),
    D("c2_echorouk_0826", "يوم الخميس", "2018-08-23", "2018-08-23"),
    V("c2_echorouk_0826", "منذ أكثر من عقدين"),
    V("c2_echorouk_0826", "يوميا"),
    # c3 Assabah News, Tue 28 August 2018
    D("c3_sabahnews_0828", "أمس الاثنين", "2018-08-27", "2018-08-27"),
    D("c3_sabahnews_0828", "يوم 23 أوت الجاري", "2018-08-23", "2018-08-23"),
    V("c3_sabahnews_0828", "بعد يومين"),
    D("c3_sabahnews_0828", "يوم السبت", "2018-08-25", "2018-08-25"),
    DUR("c3_sabahnews_0828", "ثلاثة أيام", "P3D"),
    D("c3_sabahnews_0828", "يوم الجمعة", "2018-08-24", "2018-08-24"),
    V("c3_sabahnews_0828", "إلى حد الآن"),
    D("c3_sabahnews_0828", "عام 1996", "1996", ("1996-01-01", "1996-12-31")),
    # d1 Anadolu, Mon 19 February 2024
    D("d1_anadolu_0219", "الاثنين", "2024-02-19", "2024-02-19"),
    D("d1_anadolu_0219", "مساء الأحد", "2024-02-18TEV", "2024-02-18"),
    D("d1_anadolu_0219", "19 نوفمبر/ تشرين الثاني الماضي", "2023-11-19", "2023-11-19"),
    D("d1_anadolu_0219", "12 يناير/ كانون الثاني الماضي", "2024-01-12", "2024-01-12"),
    # d2 Al-Ayyam, Sun 3 March 2024
    D("d2_ayyam_0303", "فجر أمس السبت", "2024-03-02", "2024-03-02"),
    V("d2_ayyam_0303", "بعد نحو أسبوعين"),
    D("d2_ayyam_0303", "أمس", "2024-03-02", "2024-03-02", ctx="في بيان أصدرته أمس"),
    D("d2_ayyam_0303", "الساعة الثانية والربع من فجر السبت", "2024-03-02T02:15", "2024-03-02"),
    D("d2_ayyam_0303", "مساء 18 فبراير الماضي", "2024-02-18TEV", "2024-02-18"),
    V("d2_ayyam_0303", "منذ ذلك الحين"),
    # d3 DW, Thu 7 March 2024
    D("d3_dw_0307", "يوم الأربعاء (السادس من مارس/ آذار 2024)", "2024-03-06", "2024-03-06"),
    V("d3_dw_0307", "قبل نحو أربعة أشهر"),
    V("d3_dw_0307", "بعد أيام"),
    D("d3_dw_0307", "السبت الماضي", "2024-03-02", "2024-03-02"),
    V("d3_dw_0307", "لأسابيع"),
    D("d3_dw_0307", "18 فبراير/ شباط", "2024-02-18", "2024-02-18"),
    # x1 Al-Mada, Fri 20 January 2023
    V("x1_mada_0120", "خليجي 25", ctx="أبطالاً لـ«خليجي 25»"),
    V("x1_mada_0120", "خليجي 25", ctx="لكرة القدم «خليجي 25»"),
    D("x1_mada_0120", "مساء أمس الخميس", "2023-01-19TEV", "2023-01-19"),
    V("x1_mada_0120", "قبل ساعات"),
    V("x1_mada_0120", "حتى ساعات الفجر"),
    D("x1_mada_0120", "السادس من الشهر الجاري", "2023-01-06", "2023-01-06"),
    D("x1_mada_0120", "عام 1979", "1979", ("1979-01-01", "1979-12-31")),
    # x2 MAP, Wed 16 December 2020
    D("x2_map_1216", "16 دجنبر 2020", "2020-12-16", "2020-12-16"),
    D("x2_map_1216", "اليوم الأربعاء", "2020-12-16", "2020-12-16"),
    D("x2_map_1216", "من 14 إلى 19 دجنبر الجاري", "2020-12-14/2020-12-19", ("2020-12-14", "2020-12-19")),
    V("x2_map_1216", "كوفيد-19"),
    D("x2_map_1216", "مارس 2019", "2019-03", ("2019-03-01", "2019-03-31")),
    V("x2_map_1216", "كل يوم جمعة"),
    # x3 Argaam, Sun 12 March 2023
    D("x3_argaam_0312", "الأحد 20 شعبان 1444 هـ", "2023-03-12", "2023-03-12"),
    D("x3_argaam_0312", "12 مارس 2023", "2023-03-12", "2023-03-12"),
    D("x3_argaam_0312", "اليوم الأحد", "2023-03-12", "2023-03-12"),
    D("x3_argaam_0312", "العام 2022", "2022", ("2022-01-01", "2022-12-31")),
    D("x3_argaam_0312", "العام 2021", "2021", ("2021-01-01", "2021-12-31")),
    D("x3_argaam_0312", "الربع الرابع", "2022-Q4", ("2022-10-01", "2022-12-31")),
    D("x3_argaam_0312", "الربع الأول من 2023", "2023-Q1", ("2023-01-01", "2023-03-31")),
    V("x3_argaam_0312", "يومياً"),
    D("x3_argaam_0312", "2027", "2027", ("2027-01-01", "2027-12-31")),
    D("x3_argaam_0312", "نوفمبر الماضي", "2022-11", ("2022-11-01", "2022-11-30")),
    D("x3_argaam_0312", "الربع الثالث", "2022-Q3", ("2022-07-01", "2022-09-30")),
    # x4 Al-Hayat, Thu 8 June 2017
    D("x4_hayat_0608", "أمس الأربعاء", "2017-06-07", "2017-06-07"),
    V("x4_hayat_0608", "نحو 300 ألف سنة"),
    D("x4_hayat_0608", "عام 1961", "1961", ("1961-01-01", "1961-12-31")),
    D("x4_hayat_0608", "عام 2004", "2004", ("2004-01-01", "2004-12-31")),
]

EVENTS = [
    # a1
    E("A_meet", "a1_bna_0412", "تتفقان"),
    E("A_meet", "a1_bna_0412", "اتفقت"),
    E("A_meet", "a1_bna_0412", "اجتماع لجنة المتابعة البحرينية القطرية الذي عُقد"),
    E("A_meet", "a1_bna_0412", "وأكد الجانبان"),
    E("A_meet", "a1_bna_0412", "هذه الخطوة"),
    E("A_alula", "a1_bna_0412", "بيان العُلا الصادر"),
    E("A_call", "a1_bna_0412", "اتصالاً هاتفياً"),
    E("A_gcc", "a1_bna_0412", "رحب معالي جاسم محمد البديوي"),
    E("A_meet", "a1_bna_0412", "بالاتفاق"),
    E("A_meet", "a1_bna_0412", "الاجتماع", ctx="سادت الاجتماع"),
    # a2
    E("A_meet", "a2_watan_0413", "تطويان صفحة القطيعة"),
    E("A_meet", "a2_watan_0413", "أعلنت دولة قطر ومملكة البحرين أمس إعادة العلاقات الدبلوماسية"),
    E("A_meet", "a2_watan_0413", "اجتماع عقده وفدا البلدين"),
    E("A_alula", "a2_watan_0413", "قمة العُلا التي طوت"),
    E("A_meet", "a2_watan_0413", "ويأتي الاتفاق"),
    E("A_cut", "a2_watan_0413", "قطع المنامة علاقاتها مع الدوحة"),
    E("A_meet", "a2_watan_0413", "ولقي الإعلان"),
    E("A_saudi", "a2_watan_0413", "رحبت وزارة الخارجية السعودية"),
    E("A_meet", "a2_watan_0413", "بالاتفاق"),
    E("A_kuwait", "a2_watan_0413", "رحبت وزارة الخارجية الكويتية"),
    E("A_meet", "a2_watan_0413", "بالخطوة"),
    E("A_call", "a2_watan_0413", "الاتصال الهاتفي الذي جمع"),
    E("A_meet", "a2_watan_0413", "الاتفاقَ"),
    # a3
    E("A_flight", "a3_jazeera_0525", "أول رحلة بين المنامة والدوحة"),
    E("A_flight", "a3_jazeera_0525", "حطت في مطار حمد الدولي"),
    E("A_flight", "a3_jazeera_0525", "ويأتي استئناف الرحلات"),
    E("A_meet", "a3_jazeera_0525", "اتفاق البلدين"),
    E("A_meet", "a3_jazeera_0525", "اجتماع لوفديهما"),
    E("A_cut", "a3_jazeera_0525", "قد قطعت علاقاتها مع قطر"),
    E("A_alula", "a3_jazeera_0525", "قمة العلا التي عقدت"),
    E("A_call", "a3_jazeera_0525", "الاتصال الذي جرى"),
    E("A_gfstat", "a3_jazeera_0525", "وقالت طيران الخليج"),
    # b1
    E("B_verdict", "b1_afp_1121", "السجن المؤبد لطالب دكتوراه بريطاني"),
    E("B_verdict", "b1_afp_1121", "قضت محكمة إماراتية"),
    E("B_verdict", "b1_afp_1121", "بعد إدانته"),
    E("B_verdict", "b1_afp_1121", "حكم أثار"),
    E("B_verdict", "b1_afp_1121", "وصدر الحكم"),
    E("B_wife", "b1_afp_1121", "وصفت"),
    E("B_verdict", "b1_afp_1121", "القرار"),
    E("B_wife", "b1_afp_1121", "وطالبت الحكومة البريطانية"),
    E("B_arrest", "b1_afp_1121", "قد اعتقل"),
    E("B_hunt1", "b1_afp_1121", "وقال وزير الخارجية البريطاني جيريمي هانت"),
    E("B_verdict", "b1_afp_1121", "بالحكم"),
    # b2
    E("B_pardon", "b2_ittihad_1127", "يعفو عن البريطاني"),
    E("B_pardon", "b2_ittihad_1127", "عفواً عن المواطن البريطاني"),
    E("B_pardon", "b2_ittihad_1127", "وجاء العفو"),
    E("B_verdict", "b2_ittihad_1127", "صدور الحكم"),
    E("B_lamki", "b2_ittihad_1127", "وأعلنه"),
    E("B_lamki", "b2_ittihad_1127", "مؤتمر صحفي عقده"),
    E("B_lamki", "b2_ittihad_1127", "وأوضح اللمكي"),
    E("B_verdict", "b2_ittihad_1127", "أصدرت حكمها"),
    E("B_pardon", "b2_ittihad_1127", "العفو جاء تقديراً"),
    E("B_hunt2", "b2_ittihad_1127", "رحب وزير الخارجية البريطاني"),
    E("B_pardon", "b2_ittihad_1127", "بقرار العفو"),
    E("B_hunt2", "b2_ittihad_1127", "في تغريدة"),
    E("B_hunt2", "b2_ittihad_1127", "وإن أكد"),
    # b3
    E("B_hstat", "b3_araby_1129", "هيدجز يروي"),
    E("B_hstat", "b3_araby_1129", "نفى"),
    E("B_hstat", "b3_araby_1129", "في بيان أصدره"),
    E("B_return", "b3_araby_1129", "عودته إلى بريطانيا"),
    E("B_return", "b3_araby_1129", "قد وصل"),
    E("B_pardon", "b3_araby_1129", "العفو عنه"),
    E("B_verdict", "b3_araby_1129", "الحكم عليه بالسجن المؤبد"),
    E("B_hstat", "b3_araby_1129", "وقال هيدجز"),
    E("B_arrest", "b3_araby_1129", "اعتقاله في مطار دبي"),
    E("B_gargash", "b3_araby_1129", "قد قال"),
    E("B_verdict", "b3_araby_1129", "صدور الحكم"),
    # c1
    E("C_confirm", "c1_aps_0823", "تؤكد"),
    E("C_confirm", "c1_aps_0823", "أكدت وزارة الصحة"),
    E("C_confirm", "c1_aps_0823", "وأوضحت الوزارة"),
    E("C_outbreak", "c1_aps_0823", "بداية ظهور الحالات"),
    E("C_confirm", "c1_aps_0823", "ودعت الوزارة"),
    # c2
    E("C_pledge", "c2_echorouk_0826", "سنقضي على الكوليرا"),
    E("C_pledge", "c2_echorouk_0826", "تعهد"),
    E("C_pledge", "c2_echorouk_0826", "وجاءت تصريحات الوزير"),
    E("C_source", "c2_echorouk_0826", "إعلان معهد باستور"),
    E("C_close", "c2_echorouk_0826", "إصدار قرار بغلق المنبع"),
    E("C_confirm", "c2_echorouk_0826", "قد كشفت"),
    E("C_outbreak", "c2_echorouk_0826", "أول ظهور للكوليرا"),
    # c3
    E("C_tunisia", "c3_sabahnews_0828", "ترفع درجة اليقظة"),
    E("C_tunisia", "c3_sabahnews_0828", "قررت وزارة الصحة"),
    E("C_confirm", "c3_sabahnews_0828", "تأكيد السلطات الجزائرية"),
    E("C_tunisia", "c3_sabahnews_0828", "ويأتي هذا القرار"),
    E("C_pledge", "c3_sabahnews_0828", "تعهد وزير الصحة الجزائري"),
    E("C_pledge", "c3_sabahnews_0828", "وهو تصريح"),
    E("C_close", "c3_sabahnews_0828", "قد أغلقت"),
    E("C_1996", "c3_sabahnews_0828", "آخر ظهور للكوليرا"),
    # d1
    E("D_saree", "d1_anadolu_0219", "الحوثي يعلن"),
    E("D_strike", "d1_anadolu_0219", "استهداف سفينة بريطانية"),
    E("D_saree", "d1_anadolu_0219", "ويحذر"),
    E("D_saree", "d1_anadolu_0219", "أعلنت جماعة"),
    E("D_strike", "d1_anadolu_0219", "استهداف سفينة شحن بريطانية"),
    E("D_saree", "d1_anadolu_0219", "وقال المتحدث العسكري"),
    E("D_strike", "d1_anadolu_0219", "استهدفت السفينة"),
    E("D_saree", "d1_anadolu_0219", "وأضاف سريع"),
    E("D_strike", "d1_anadolu_0219", "أصابا السفينة"),
    # d2
    E("D_sink", "d2_ayyam_0303", "غرق السفينة «روبيمار»"),
    E("D_govwarn", "d2_ayyam_0303", "والحكومة تحذر"),
    E("D_sink", "d2_ayyam_0303", "غرقت السفينة التجارية"),
    E("D_strike", "d2_ayyam_0303", "لهجوم صاروخي حوثي"),
    E("D_govwarn", "d2_ayyam_0303", "وحذرت الحكومة اليمنية"),
    E("D_govwarn", "d2_ayyam_0303", "في بيان أصدرته"),
    E("D_centsink", "d2_ayyam_0303", "أكدت القيادة المركزية الأمريكية"),
    E("D_sink", "d2_ayyam_0303", "غرقت", ctx="السفينة غرقت نحو"),
    E("D_strike", "d2_ayyam_0303", "قد أصيبت بصاروخين"),
    # d3
    E("D_tc", "d3_dw_0307", "هجوم حوثي على سفينة تجارية"),
    E("D_tc", "d3_dw_0307", "هجوم صاروخي شنه الحوثيون"),
    E("D_campaign", "d3_dw_0307", "بدء الجماعة استهداف السفن"),
    E("D_tcclaim", "d3_dw_0307", "وتبنى الحوثيون"),
    E("D_tc", "d3_dw_0307", "الهجوم", ctx="وتبنى الحوثيون الهجوم"),
    E("D_tcclaim", "d3_dw_0307", "قال فيه"),
    E("D_tc", "d3_dw_0307", "أصابتها"),
    E("D_tc", "d3_dw_0307", "ويأتي الهجوم"),
    E("D_sink", "d3_dw_0307", "غرق السفينة"),
    E("D_sink", "d3_dw_0307", "والتي غرقت"),
    E("D_strike", "d3_dw_0307", "إصابتها بصاروخين حوثيين"),
    # x1
    E("X_final", "x1_mada_0120", "أسود الرافدين أبطالاً"),
    E("X_final", "x1_mada_0120", "توج منتخبنا الوطني"),
    E("X_final", "x1_mada_0120", "بعد فوزه"),
    E("X_final", "x1_mada_0120", "المباراة النهائية التي احتضنها"),
    E("X_final", "x1_mada_0120", "اللقاء"),
    E("X_final", "x1_mada_0120", "انطلاق المباراة"),
    E("X_stampede", "x1_mada_0120", "تدافع الجماهير"),
    E("X_sudani", "x1_mada_0120", "وهنأ رئيس مجلس الوزراء"),
    E("X_final", "x1_mada_0120", "بالفوز"),
    E("X_celeb", "x1_mada_0120", "عمت الاحتفالات"),
    E("X_opening", "x1_mada_0120", "قد انطلقت"),
    E("X_opening", "x1_mada_0120", "بحفل افتتاح"),
    # x2
    E("X_inscribe", "x2_map_1216", "تدرج الكسكس"),
    E("X_inscribe", "x2_map_1216", "أدرجت منظمة"),
    E("X_file", "x2_map_1216", "ملف مشترك قدمه"),
    E("X_inscribe", "x2_map_1216", "وجاء هذا القرار"),
    E("X_ferdaous", "x2_map_1216", "ورحب وزير الثقافة"),
    E("X_inscribe", "x2_map_1216", "بهذا التتويج"),
    E("X_file", "x2_map_1216", "قد قدمت الملف"),
    # x3
    E("X_results", "x3_argaam_0312", "تحقق أعلى أرباح سنوية"),
    E("X_results", "x3_argaam_0312", "أعلنت شركة الزيت العربية السعودية \"أرامكو السعودية\"، اليوم الأحد، تحقيق صافي ربح قياسي"),
    E("X_dividend", "x3_argaam_0312", "وأوصى مجلس إدارة الشركة"),
    E("X_nasser", "x3_argaam_0312", "وقال رئيس أرامكو"),
    E("X_q3", "x3_argaam_0312", "قد أعلنت في نوفمبر الماضي تحقيق أرباح بلغت"),
    # x4
    E("X_find", "x4_hayat_0608", "اكتشاف في المغرب"),
    E("X_find", "x4_hayat_0608", "أعلن فريق دولي من علماء الآثار، أمس الأربعاء، العثور في موقع جبل إيغود"),
    E("X_find", "x4_hayat_0608", "ونشر الفريق"),
    E("X_bennacer", "x4_hayat_0608", "وقال بن نصر"),
    E("X_find", "x4_hayat_0608", "الاكتشاف"),
    E("X_1961", "x4_hayat_0608", "قد عثروا على الموقع"),
    E("X_dig", "x4_hayat_0608", "بدأ الفريق الحالي حفرياته"),
]

DIFF = [
    # A (11)
    ["A_meet", "A_gcc"], ["A_meet", "A_saudi"], ["A_meet", "A_kuwait"], ["A_saudi", "A_kuwait"],
    ["A_gcc", "A_saudi"], ["A_meet", "A_call"], ["A_meet", "A_alula"], ["A_meet", "A_flight"],
    ["A_cut", "A_alula"], ["A_flight", "A_gfstat"], ["A_call", "A_alula"],
    # B (13)
    ["B_verdict", "B_hunt1"], ["B_verdict", "B_wife"], ["B_hunt1", "B_wife"], ["B_verdict", "B_arrest"],
    ["B_pardon", "B_lamki"], ["B_pardon", "B_hunt2"], ["B_lamki", "B_hunt2"], ["B_hunt1", "B_hunt2"],
    ["B_pardon", "B_return"], ["B_return", "B_hstat"], ["B_verdict", "B_pardon"], ["B_gargash", "B_hunt1"],
    ["B_verdict", "B_gargash"],
    # C (8)
    ["C_confirm", "C_outbreak"], ["C_pledge", "C_source"], ["C_source", "C_close"], ["C_pledge", "C_close"],
    ["C_confirm", "C_pledge"], ["C_outbreak", "C_1996"], ["C_tunisia", "C_confirm"], ["C_tunisia", "C_pledge"],
    # D (10)
    ["D_strike", "D_saree"], ["D_strike", "D_sink"], ["D_sink", "D_govwarn"], ["D_sink", "D_centsink"],
    ["D_govwarn", "D_centsink"], ["D_tc", "D_tcclaim"], ["D_tc", "D_strike"], ["D_tcclaim", "D_saree"],
    ["D_tc", "D_sink"], ["D_campaign", "D_tc"],
    # distractors (13)
    ["X_final", "X_stampede"], ["X_final", "X_sudani"], ["X_final", "X_celeb"], ["X_final", "X_opening"],
    ["X_inscribe", "X_file"], ["X_inscribe", "X_ferdaous"], ["X_results", "X_dividend"],
    ["X_results", "X_nasser"], ["X_results", "X_q3"], ["X_dividend", "X_nasser"], ["X_find", "X_bennacer"],
    ["X_find", "X_1961"], ["X_1961", "X_dig"],
    # across stories (2)
    ["A_gcc", "X_ferdaous"], ["B_hunt2", "A_saudi"],
]

BEFORE = [
    # A (10)
    ["A_cut", "A_alula"], ["A_alula", "A_call"], ["A_call", "A_meet"], ["A_meet", "A_flight"],
    ["A_saudi", "A_flight"], ["A_gcc", "A_flight"], ["A_call", "A_saudi"], ["A_alula", "A_meet"],
    ["A_meet", "A_gfstat"], ["A_kuwait", "A_flight"],
    # B (10)
    ["B_arrest", "B_verdict"], ["B_verdict", "B_gargash"], ["B_gargash", "B_pardon"], ["B_pardon", "B_return"],
    ["B_return", "B_hstat"], ["B_hunt1", "B_gargash"], ["B_wife", "B_pardon"], ["B_lamki", "B_return"],
    ["B_hunt2", "B_hstat"], ["B_verdict", "B_lamki"],
    # C (8)
    ["C_1996", "C_outbreak"], ["C_outbreak", "C_confirm"], ["C_confirm", "C_source"], ["C_source", "C_pledge"],
    ["C_pledge", "C_tunisia"], ["C_close", "C_pledge"], ["C_confirm", "C_close"], ["C_source", "C_tunisia"],
    # D (9)
    ["D_campaign", "D_strike"], ["D_strike", "D_saree"], ["D_saree", "D_sink"], ["D_sink", "D_tc"], ["D_strike", "D_govwarn"],
    ["D_saree", "D_centsink"], ["D_govwarn", "D_tcclaim"], ["D_centsink", "D_tc"], ["D_sink", "D_tcclaim"],
    # distractors (9)
    ["X_opening", "X_final"], ["X_opening", "X_stampede"], ["X_file", "X_inscribe"], ["X_file", "X_ferdaous"],
    ["X_q3", "X_results"], ["X_q3", "X_dividend"], ["X_1961", "X_dig"], ["X_dig", "X_find"],
    ["X_1961", "X_bennacer"],
]

GOLD = {"timex": TIMEX, "clusters": CLUSTERS, "events": EVENTS, "diff": DIFF, "before": BEFORE}
