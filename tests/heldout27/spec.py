"""Gold for the twenty-seventh blind held-out set (16 articles): the format of ../heldout26/spec.py.

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

Where a surface occurs several times in its article, `ctx` names a longer string around the
wanted occurrence (unique in the article) and the occurrence number is computed from it; a
surface given without `ctx` must occur exactly once in its article.

Stories: A Myanmar's truces after the earthquake of Friday 28 March 2025 (the air raids on
Naungcho hours later; the NUG's two-week pause announced Saturday 29 March from the 30th; the
Three Brotherhood Alliance's truce of Tuesday 1 April; the junta's truce of Wednesday 2 April
to the 22nd; the UN rights office's count of attacks on 11 April; Min Aung Hlaing and Anwar
Ibrahim in Bangkok on Thursday 17 April; the extensions of Tuesday 22 April to the 30th (the
junta's and the Alliance's) and of Wednesday 30 April to 31 May; the NUG's charges on the 22nd
and on 1 May; the coup of February 2021; Operation 1027 of October 2023); B Greece and Turkey
in 2023 (Mitsotakis's call to Erdogan after the earthquake of 6 February and the Greek rescue
teams; Dendias in Hatay with Cavusoglu on the 12th; the Greek election of 25 June and
Erdogan's call of congratulation; the meetings in Vilnius on 12 July and New York on 20
September; Erdogan in Athens on Thursday 7 December: arrival, Sakellaropoulou's reception, the
talks and the High-Level Cooperation Council, the Athens Declaration and fifteen agreements,
both leaders' words; his visit of December 2017 and the spat with Pavlopoulos); C Palma in
Mozambique, 2021 (the insurgents' attack of Wednesday 24 March; Total's plan to restart
announced hours before; the Amarula convoy ambushed on Friday 26; Total's withdrawal announced
Saturday 27; Saranga's toll on Sunday 28; the Islamic State's claim of Palma on Monday 29; the
army's recapture announced Sunday 4 April; the SADC summit of Thursday 8 April; the insurgency
since October 2017); D the Kankara schoolboys (abducted in the night of Friday 11 December
2020; Katsina's boarding schools closed on the 12th; Shekau's claim on Tuesday 15; the release
announced by Governor Masari on Thursday 17, Buhari's statement that night; the boys' arrival
in Katsina at dawn on Friday 18 and Masari's reception; Buhari's reception and words that day;
the Mahuta abduction of Saturday 19 December and the rescue the next day; Chibok, April 2014).
X: four distractors with no gold events (Cote d'Ivoire beat Nigeria 2-1 in the AFCON final of
11 February 2024; the first winter ascent of K2 on 16 January 2021; Huawei's Mate 60 Pro on 29
August 2023; Messi's eighth Ballon d'Or on 30 October 2023).
"""
import pathlib

from gold_sets import cluster_row

HERE = pathlib.Path(__file__).resolve().parent

PUBLISHED = {
    "a1_kuna_0402": "2025-04-02T23:30:00+03:00",
    "a2_nahar_0423": "2025-04-23",
    "a3_quds_0503": "2025-05-03",
    "b1_spa_1207": "2023-12-07T17:00:00+03:00",
    "b2_ahram_1208": "2023-12-08",
    "b3_hespress_1214": "2023-12-14",
    "c1_mena_0329": "2021-03-29T20:00:00+02:00",
    "c2_khaleej_0330": "2021-03-30",
    "c3_arab_0406": "2021-04-06",
    "d1_qna_1217": "2020-12-17T23:00:00+03:00",
    "d2_echorouk_1219": "2020-12-19",
    "d3_sabah_1226": "2020-12-26",
    "x1_hespress_0212": "2024-02-12",
    "x2_khaleej_0117": "2021-01-17",
    "x3_eqt_0831": "2023-08-31",
    "x4_awsat_1031": "2023-10-31",
}

TEXTS = {k: (HERE / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}


def _occ(doc, s, ctx=None):
    """The occurrence number of `s` (inside `ctx` when given) in `doc`, counted as
    gold_sets.find counts (overlapping matches)."""
    text = TEXTS[doc]
    starts, i = [], text.find(s)
    while i >= 0:
        starts.append(i)
        i = text.find(s, i + 1)
    if ctx is None:
        if len(starts) != 1:
            raise SystemExit(f"{doc}: {s!r} occurs {len(starts)} times; give a ctx")
        return 1
    if text.count(ctx) != 1:
        raise SystemExit(f"{doc}: ctx {ctx!r} occurs {text.count(ctx)} times")
    if ctx.count(s) != 1:
        raise SystemExit(f"{doc}: {s!r} occurs {ctx.count(s)} times in ctx {ctx!r}")
    at = text.find(ctx) + ctx.find(s)
    return starts.index(at) + 1


def D(doc, s, value, a, b=None, lo=None, hi=None, ctx=None, req=True):
    """A date row: tight a..b, outer lo..hi (the tight span by default)."""
    return (doc, s, _occ(doc, s, ctx), "date", value, [a, b or a], [lo or a, hi or b or a], req)


def DUR(doc, s, value, ctx=None):
    return (doc, s, _occ(doc, s, ctx), "duration", value, None, None, True)


def V(doc, s, ctx=None):
    return (doc, s, _occ(doc, s, ctx), "vague", None, None, None, False)


def E(cl, doc, s, ctx=None):
    return (cl, doc, s, _occ(doc, s, ctx), CLUSTERS[cl]["type"])


def C(kind, a, b=None, lo=None, hi=None, who=()):
    row = cluster_row(kind)(a, b, lo, hi)
    row["participants"] = [list(p) for p in who]
    return row


MILITARY = ("المجلس العسكري", "المجلس العسكري الحاكم في ميانمار", "الجيش", "الجنرالات")
NUG = ("حكومة الوحدة الوطنية",)
ALLIANCE = ("تحالف الإخوة الثلاثة",)
MAH = ("مين أونغ هلاينغ", "الجنرال مين أونغ هلاينغ")
ANWAR = ("أنور إبراهيم", "رئيس الوزراء الماليزي أنور إبراهيم", "أنور")
ERD = ("رجب طيب أردوغان", "الرئيس التركي رجب طيب أردوغان", "أردوغان")
MITS = ("كيرياكوس ميتسوتاكيس", "رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس", "ميتسوتاكيس")
IS = ("تنظيم داعش", "داعش", "التنظيم")
SARANGA = ("عمر سارانغا", "العميد عمر سارانغا", "سارانغا", "السلطات الموزمبيقية")
TOTAL = ("مجموعة توتال", "توتال")
MASARI = ("أمينو بيلو ماساري", "الحاكم ماساري", "ماساري")
BUHARI = ("محمد بخاري", "الرئيس محمد بخاري", "بخاري")

CLUSTERS = {
    # A: Myanmar's truces after the earthquake
    "A_quake": C("other", "2025-03-28"),
    "A_naung": C("strike", "2025-03-28", lo="2025-03-28", hi="2025-03-29", who=[MILITARY]),
    "A_nug": C("ceasefire", "2025-03-29", "2025-03-30", who=[NUG]),
    "A_alliance": C("ceasefire", "2025-04-01", who=[ALLIANCE]),
    "A_junta": C("ceasefire", "2025-04-02", who=[MILITARY]),
    "A_ohchr": C("statement", "2025-04-11", who=[("مكتب الأمم المتحدة لحقوق الإنسان",)]),
    "A_viol": C("strike", "2025-03-28", "2025-04-22", who=[MILITARY]),
    "A_bangkok": C("meeting", "2025-04-17", who=[MAH, ANWAR]),
    "A_anwar": C("statement", "2025-04-17", who=[ANWAR]),
    "A_ext1": C("ceasefire", "2025-04-22", who=[MILITARY]),
    "A_allext": C("ceasefire", "2025-04-22", who=[ALLIANCE]),
    "A_nugacc": C("statement", "2025-04-22", who=[NUG]),
    "A_ext2": C("ceasefire", "2025-04-30", who=[MILITARY]),
    "A_nugspox": C("statement", "2025-05-01", lo="2025-05-01", hi="2025-05-02", who=[NUG]),
    "A_coup": C("other", "2021-02-01", lo="2021-02-01", hi="2021-02-28",
                who=[("الجيش",), ("أونغ سان سو تشي",)]),
    "A_op1027": C("strike", "2023-10-27", lo="2023-10-01", hi="2023-10-31"),
    # B: Greece and Turkey, 2023
    "B_quake": C("other", "2023-02-06"),
    "B_call1": C("call", "2023-02-06", who=[MITS, ERD]),
    "B_rescue": C("other", "2023-02-06", lo="2023-02-06", hi="2023-02-07", who=[("أثينا",)]),
    "B_dendias": C("meeting", "2023-02-12", who=[("نيكوس ديندياس", "ديندياس"),
                                                  ("مولود تشاووش أوغلو", "تشاووش أوغلو")]),
    "B_election": C("other", "2023-06-25", who=[("الديمقراطية الجديدة",)]),
    "B_call2": C("call", "2023-06-26", lo="2023-06-25", hi="2023-07-11", who=[ERD, MITS]),
    "B_vilnius": C("meeting", "2023-07-12", lo="2023-07-01", hi="2023-07-31", who=[ERD, MITS]),
    "B_ny": C("meeting", "2023-09-20", lo="2023-09-01", hi="2023-09-30", who=[ERD, MITS]),
    "B_arrival": C("other", "2023-12-07", who=[ERD]),
    "B_sakel": C("meeting", "2023-12-07", who=[("كاترينا ساكيلاروبولو", "الرئيسة اليونانية"), ERD]),
    "B_athens": C("meeting", "2023-12-07", who=[ERD, MITS]),
    "B_sign": C("other", "2023-12-07", who=[ERD, MITS]),
    "B_erdwords": C("statement", "2023-12-07", who=[ERD]),
    "B_mitswords": C("statement", "2023-12-07", who=[MITS]),
    "B_2017": C("meeting", "2017-12-07", lo="2017-12-01", hi="2017-12-31",
                who=[ERD, ("بروكوبيس بافلوبولوس", "بافلوبولوس")]),
    "B_spat": C("statement", "2017-12-07", lo="2017-12-01", hi="2017-12-31",
                who=[ERD, ("بروكوبيس بافلوبولوس", "بافلوبولوس")]),
    # C: Palma, Mozambique, 2021
    "C_insurg": C("other", "2017-10-05", lo="2017-10-01", hi="2018-03-30"),
    "C_jan": C("other", "2021-01-02", lo="2021-01-01", hi="2021-01-31", who=[TOTAL]),
    "C_restart": C("statement", "2021-03-24", who=[TOTAL]),
    "C_attack": C("strike", "2021-03-24", who=[IS]),
    "C_ambush": C("strike", "2021-03-26", who=[("المسلحون", "المسلحين")]),
    "C_total": C("statement", "2021-03-27", who=[TOTAL]),
    "C_withdraw": C("other", "2021-03-27", who=[TOTAL]),
    "C_saranga": C("statement", "2021-03-28", who=[SARANGA]),
    "C_take": C("capture", "2021-03-24", "2021-03-29", who=[IS]),
    "C_isclaim": C("statement", "2021-03-29", who=[IS]),
    "C_retake": C("capture", "2021-04-04", who=[("الجيش الموزمبيقي", "القوات الحكومية")]),
    "C_armyann": C("statement", "2021-04-04", who=[("الجيش الموزمبيقي",) + SARANGA]),
    "C_sadc": C("meeting", "2021-04-08", who=[("مجموعة تنمية الجنوب الإفريقي", "سادك")]),
    # D: the Kankara schoolboys, 2020
    "D_chibok": C("other", "2014-04-14", lo="2014-04-01", hi="2014-04-30"),
    "D_abduct": C("other", "2020-12-11", lo="2020-12-11", hi="2020-12-12", who=[("مسلحون",)]),
    "D_close": C("other", "2020-12-12", who=[("حكومة الولاية",)]),
    "D_claim": C("statement", "2020-12-15", who=[("بوكو حرام", "جماعة بوكو حرام", "أبو بكر شيكاو")]),
    "D_release": C("other", "2020-12-17", lo="2020-12-17", hi="2020-12-18"),
    "D_masariann": C("statement", "2020-12-17", who=[MASARI]),
    "D_buharistmt": C("statement", "2020-12-17", who=[BUHARI]),
    "D_arrive": C("other", "2020-12-18"),
    "D_masarimeet": C("meeting", "2020-12-18", who=[MASARI]),
    "D_meet": C("meeting", "2020-12-18", who=[BUHARI]),
    "D_buhariwords": C("statement", "2020-12-18", who=[BUHARI]),
    "D_mahuta": C("other", "2020-12-19", lo="2020-12-19", hi="2020-12-20", who=[("مسلحون",)]),
    "D_mahutafree": C("other", "2020-12-20", who=[("قوات الأمن",)]),
}

A1, A2, A3 = "a1_kuna_0402", "a2_nahar_0423", "a3_quds_0503"
B1, B2, B3 = "b1_spa_1207", "b2_ahram_1208", "b3_hespress_1214"
C1, C2, C3 = "c1_mena_0329", "c2_khaleej_0330", "c3_arab_0406"
D1, D2, D3 = "d1_qna_1217", "d2_echorouk_1219", "d3_sabah_1226"
X1, X2, X3, X4 = "x1_hespress_0212", "x2_khaleej_0117", "x3_eqt_0831", "x4_awsat_1031"

TIMEX = [
    # a1: KUNA, Wednesday 2 April 2025
    D(A1, "22 أبريل", "2025-04-22", "2025-04-22", ctx="حتى 22 أبريل لتسهيل"),
    D(A1, "2 - 4", "2025-04-02", "2025-04-02"),
    D(A1, "اليوم الأربعاء", "2025-04-02", "2025-04-02"),
    D(A1, "اليوم", "2025-04-02", "2025-04-02", ctx="اعتبارا من اليوم"),
    D(A1, "22 أبريل الجاري", "2025-04-22", "2025-04-22"),
    D(A1, "يوم الجمعة الماضي", "2025-03-28", "2025-03-28"),
    D(A1, "مساء اليوم", "2025-04-02", "2025-04-02"),
    V(A1, "بعد يوم واحد من"),
    DUR(A1, "شهر", "P1M", ctx="لمدة شهر"),
    D(A1, "أمس الثلاثاء", "2025-04-01", "2025-04-01"),
    D(A1, "يوم السبت الماضي", "2025-03-29", "2025-03-29"),
    DUR(A1, "أسبوعين", "P2W"),
    D(A1, "30 مارس", "2025-03-30", "2025-03-30"),
    D(A1, "ظهر الجمعة 28 مارس", "2025-03-28", "2025-03-28"),
    V(A1, "بعد ساعات فقط من"),
    D(A1, "فبراير 2021", "2021-02", "2021-02-01", "2021-02-28"),
    # a2: Annahar, Wednesday 23 April 2025
    DUR(A2, "أسبوعاً", "P1W"),
    D(A2, "أمس الثلاثاء", "2025-04-22", "2025-04-22"),
    D(A2, "30 نيسان الجاري", "2025-04-30", "2025-04-30"),
    V(A2, "قبل ساعات من"),
    D(A2, "مساء 2 نيسان", "2025-04-02", "2025-04-02"),
    D(A2, "أمس", "2025-04-22", "2025-04-22", ctx="أمس أيضاً"),
    D(A2, "نهاية الشهر", "2025-04", "2025-04-21", "2025-04-30", req=False),
    D(A2, "11 نيسان", "2025-04-11", "2025-04-11"),
    D(A2, "أمس", "2025-04-22", "2025-04-22", ctx="المعارضة أمس الجنرالات"),
    D(A2, "الخميس الماضي", "2025-04-17", "2025-04-17"),
    D(A2, "28 آذار", "2025-03-28", "2025-03-28"),
    # a3: Al-Quds Al-Arabi, Saturday 3 May 2025
    DUR(A3, "ثمانية أيام", "P8D"),
    D(A3, "الأربعاء الماضي", "2025-04-30", "2025-04-30"),
    D(A3, "31 أيار/مايو", "2025-05-31", "2025-05-31"),
    D(A3, "الثاني من نيسان/أبريل الماضي", "2025-04-02", "2025-04-02"),
    DUR(A3, "خمسة أيام", "P5D"),
    D(A3, "28 آذار/مارس", "2025-03-28", "2025-03-28"),
    D(A3, "22 من الشهر نفسه", "2025-04-22", "2025-04-22"),
    D(A3, "30 نيسان/أبريل", "2025-04-30", "2025-04-30"),
    D(A3, "في اليوم التالي لإعلانه", "2025-05-01", "2025-05-01", req=False),
    V(A3, "يوماً واحداً"),
    D(A3, "تشرين الأول/أكتوبر 2023", "2023-10", "2023-10-01", "2023-10-31"),
    V(A3, "منذ عقود"),
    D(A3, "17 نيسان/أبريل", "2025-04-17", "2025-04-17"),
    DUR(A3, "أسبوعين", "P2W"),
    D(A3, "بعد يوم واحد من الزلزال", "2025-03-29", "2025-03-29", req=False),
    D(A3, "الأول من نيسان/أبريل", "2025-04-01", "2025-04-01"),
    # b1: SPA, Thursday 7 December 2023 (Hijri dateline)
    D(B1, "23 جمادى الأولى 1445 هـ الموافق 07 ديسمبر 2023 م", "2023-12-07", "2023-12-07"),
    D(B1, "صباح اليوم", "2023-12-07", "2023-12-07"),
    DUR(B1, "ست سنوات", "P6Y"),
    D(B1, "السادس من فبراير الماضي", "2023-02-06", "2023-02-06"),
    # b2: Al-Ahram, Friday 8 December 2023 (Arabic-Indic digits)
    D(B2, "أمس الخميس", "2023-12-07", "2023-12-07"),
    D(B2, "ديسمبر ٢٠١٧", "2017-12", "2017-12-01", "2017-12-31"),
    D(B2, "٦ فبراير الماضى", "2023-02-06", "2023-02-06"),
    D(B2, "يوم ١٢ يوليو", "2023-07-12", "2023-07-12"),
    D(B2, "٢٠ سبتمبر", "2023-09-20", "2023-09-20"),
    V(B2, "صيف ٢٠٢٠"),
    # b3: Hespress, Thursday 14 December 2023 (Moroccan months)
    DUR(B3, "أسبوع", "P1W", ctx="بعد أسبوع من"),
    D(B3, "الخميس الماضي", "2023-12-07", "2023-12-07"),
    D(B3, "الأيام الأولى من فبراير الماضي", "2023-02", "2023-02-01", "2023-02-10",
      "2023-02-01", "2023-02-15", req=False),
    D(B3, "السادس من ذلك الشهر", "2023-02-06", "2023-02-06"),
    V(B3, "بعد ساعات من"),
    DUR(B3, "ستة أيام", "P6D"),
    D(B3, "يوم 25 يونيو", "2023-06-25", "2023-06-25"),
    D(B3, "يوليوز", "2023-07", "2023-07-01", "2023-07-31"),
    D(B3, "شتنبر", "2023-09", "2023-09-01", "2023-09-30"),
    V(B3, "صيف 2024"),
    V(B3, "آنذاك", ctx="اليوناني آنذاك نيكوس"),
    V(B3, "آنذاك", ctx="اليوناني آنذاك بروكوبيس"),
    D(B3, "دجنبر 2017", "2017-12", "2017-12-01", "2017-12-31"),
    # c1: MENA, Monday 29 March 2021
    D(C1, "اليوم الاثنين", "2021-03-29", "2021-03-29"),
    DUR(C1, "خمسة أيام", "P5D"),
    D(C1, "أمس الأحد", "2021-03-28", "2021-03-28"),
    D(C1, "بعد ظهر الأربعاء الماضي", "2021-03-24", "2021-03-24"),
    D(C1, "يوم الجمعة", "2021-03-26", "2021-03-26"),
    D(C1, "السبت", "2021-03-27", "2021-03-27"),
    D(C1, "أكتوبر 2017", "2017-10", "2017-10-01", "2017-10-31"),
    # c2: Al-Khaleej, Tuesday 30 March 2021
    D(C2, "أمس الاثنين", "2021-03-29", "2021-03-29"),
    D(C2, "عصر الأربعاء 24 آذار/مارس", "2021-03-24", "2021-03-24"),
    DUR(C2, "يومين", "P2D"),
    D(C2, "يوم الجمعة", "2021-03-26", "2021-03-26"),
    D(C2, "يوم الأحد", "2021-03-28", "2021-03-28"),
    D(C2, "مساء السبت", "2021-03-27", "2021-03-27"),
    V(C2, "قبل ساعات فقط من"),
    V(C2, "قبل أكثر من ثلاث سنوات"),
    D(C2, "كانون الثاني/يناير الماضي", "2021-01", "2021-01-01", "2021-01-31"),
    # c3: Al-Arab, Tuesday 6 April 2021
    V(C3, "اليوم التالي"),
    D(C3, "الأحد", "2021-04-04", "2021-04-04", ctx="الموزمبيقي الأحد"),
    DUR(C3, "ستة أيام", "P6D"),
    DUR(C3, "أحد عشر يوما", "P11D"),
    D(C3, "24 مارس", "2021-03-24", "2021-03-24"),
    D(C3, "السادس والعشرين من الشهر الماضي", "2021-03-26", "2021-03-26"),
    V(C3, "حتى الآن"),
    V(C3, "بعد أيام من"),
    D(C3, "الخميس المقبل", "2021-04-08", "2021-04-08"),
    # d1: QNA, Thursday 17 December 2020
    D(D1, "17 ديسمبر", "2020-12-17", "2020-12-17"),
    D(D1, "اليوم", "2020-12-17", "2020-12-17", ctx="نيجيريا، اليوم،"),
    D(D1, "ليل الجمعة الماضي", "2020-12-11", "2020-12-11", hi="2020-12-12"),
    D(D1, "الليلة", "2020-12-17", "2020-12-17", hi="2020-12-18"),
    D(D1, "غدا", "2020-12-18", "2020-12-18"),
    V(D1, "ليلا"),
    D(D1, "يوم الثلاثاء", "2020-12-15", "2020-12-15"),
    D(D1, "أبريل 2014", "2014-04", "2014-04-01", "2014-04-30"),
    # d2: Echorouk, Saturday 19 December 2020
    D(D2, "أمس الجمعة", "2020-12-18", "2020-12-18"),
    D(D2, "ليلة الخميس", "2020-12-17", "2020-12-17", hi="2020-12-18"),
    DUR(D2, "ستة أيام", "P6D"),
    D(D2, "فجر أمس", "2020-12-18", "2020-12-18"),
    D(D2, "يوم 11 ديسمبر", "2020-12-11", "2020-12-11"),
    D(D2, "الثلاثاء الماضي", "2020-12-15", "2020-12-15"),
    D(D2, "أبريل 2014", "2014-04", "2014-04-01", "2014-04-30"),
    V(D2, "حتى اليوم"),
    # d3: Al-Sabah, Saturday 26 December 2020 (Tunisian months)
    V(D3, "بعد أيام من"),
    D(D3, "ليل السبت 19 ديسمبر", "2020-12-19", "2020-12-19", hi="2020-12-20"),
    D(D3, "في اليوم التالي", "2020-12-20", "2020-12-20", ctx="قوات الأمن في اليوم التالي"),
    D(D3, "11 من الشهر الجاري", "2020-12-11", "2020-12-11"),
    DUR(D3, "ستة أيام", "P6D"),
    D(D3, "في اليوم التالي لعملية كانكارا", "2020-12-12", "2020-12-12", req=False),
    D(D3, "جانفي المقبل", "2021-01", "2021-01-01", "2021-01-31"),
    D(D3, "الثامن عشر من ديسمبر", "2020-12-18", "2020-12-18"),
    # distractors
    D(X1, "مساء أمس الأحد", "2024-02-11", "2024-02-11"),
    D(X2, "أمس السبت", "2021-01-16", "2021-01-16"),
    D(X2, "الخامسة مساء", "2021-01-16", "2021-01-16", req=False),
    V(X2, "ثمانينيات القرن الماضي"),
    V(X2, "بعد أسابيع"),
    V(X2, "في الساعة"),
    V(X3, "خلال ساعات"),
    D(X3, "الخميس 15 صفر 1445هـ الموافق 31 أغسطس 2023م", "2023-08-31", "2023-08-31"),
    D(X3, "يوم الثلاثاء", "2023-08-29", "2023-08-29"),
    D(X3, "2019", "2019", "2019-01-01", "2019-12-31"),
    D(X3, "أمس", "2023-08-30", "2023-08-30"),
    D(X3, "الشهر المقبل", "2023-09", "2023-09-01", "2023-09-30"),
    D(X4, "مساء أمس (الاثنين)", "2023-10-30", "2023-10-30"),
    V(X4, "الموسم الماضي"),
    D(X4, "18 ديسمبر (كانون الأول) الماضي", "2022-12-18", "2022-12-18"),
    V(X4, "يوم الحفل"),
]

EVENTS = [
    # a1
    E("A_junta", A1, "هدنة", ctx="يعلن هدنة مؤقتة"),
    E("A_junta", A1, "وقفا مؤقتا لإطلاق النار"),
    E("A_quake", A1, "الزلزال", ctx="بعد الزلزال المدمر"),
    E("A_quake", A1, "ضرب", ctx="الذي ضرب البلاد"),
    E("A_junta", A1, "الهدنة", ctx="فترة الهدنة"),
    E("A_junta", A1, "قرار", ctx="ويأتي قرار الجيش"),
    E("A_alliance", A1, "إعلان", ctx="من إعلان \"تحالف"),
    E("A_alliance", A1, "هدنة", ctx="هدنة من جانب"),
    E("A_nug", A1, "تعليق", ctx="الماضي تعليق عملياتها"),
    E("A_quake", A1, "زلزال", ctx="وكان زلزال بقوة"),
    E("A_quake", A1, "ضرب", ctx="قد ضرب وسط"),
    E("A_naung", A1, "قصفت"),
    E("A_quake", A1, "الكارثة", ctx="وقوع الكارثة"),
    E("A_naung", A1, "مقتل", ctx="عن مقتل سبعة"),
    E("A_coup", A1, "استيلاء"),
    E("A_coup", A1, "انقلاب"),
    E("A_coup", A1, "أطاح"),
    # a2
    E("A_ext1", A2, "يمددون"),
    E("A_junta", A2, "الهدنة", ctx="يمددون الهدنة"),
    E("A_nugacc", A2, "اتهامات"),
    E("A_viol", A2, "بخرقها"),
    E("A_ext1", A2, "مدّد"),
    E("A_junta", A2, "وقف إطلاق النار", ctx="الثلاثاء وقف إطلاق النار"),
    E("A_quake", A2, "الزلزال", ctx="أعلنه بعد الزلزال"),
    E("A_ext1", A2, "التمديد", ctx="وجاء التمديد"),
    E("A_junta", A2, "الهدنة", ctx="انتهاء الهدنة الأصلية"),
    E("A_allext", A2, "تمديد", ctx="أيضاً تمديد"),
    E("A_alliance", A2, "هدنته", ctx="تمديد هدنته"),
    E("A_ohchr", A2, "قال", ctx="فقد قال مكتب"),
    E("A_viol", A2, "هجوماً", ctx="ستين هجوماً"),
    E("A_quake", A2, "الزلزال", ctx="منذ وقوع الزلزال"),
    E("A_viol", A2, "غارات جوية"),
    E("A_viol", A2, "خرق", ctx="في خرق صريح"),
    E("A_nugacc", A2, "اتهمت"),
    E("A_viol", A2, "القصف", ctx="بمواصلة القصف"),
    E("A_bangkok", A2, "التقى"),
    E("A_bangkok", A2, "محادثات", ctx="أول محادثات مباشرة"),
    E("A_quake", A2, "الزلزال", ctx="آسيان\" منذ الزلزال"),
    E("A_anwar", A2, "قال", ctx="وقال أنور"),
    E("A_bangkok", A2, "اللقاء", ctx="بعد اللقاء"),
    E("A_junta", A2, "الهدنة", ctx="تحويل الهدنة"),
    E("A_quake", A2, "ضرب", ctx="وضرب الزلزال"),
    E("A_quake", A2, "الزلزال", ctx="وضرب الزلزال"),
    # a3
    E("A_ext2", A3, "هدنة", ctx="هدنة ميانمار الثالثة"),
    E("A_ext2", A3, "تمديد", ctx="تمديد جديد"),
    E("A_ext2", A3, "تمديد", ctx="الماضي تمديد وقف"),
    E("A_junta", A3, "وقف إطلاق النار", ctx="تمديد وقف إطلاق النار"),
    E("A_quake", A3, "الزلزال", ctx="ما دمره الزلزال"),
    E("A_junta", A3, "الهدنة", ctx="وكانت الهدنة"),
    E("A_quake", A3, "الزلزال", ctx="خمسة أيام من الزلزال"),
    E("A_quake", A3, "ضرب", ctx="الذي ضرب وسط"),
    E("A_ext1", A3, "مُددت"),
    E("A_ext2", A3, "التمديد", ctx="لكن التمديد"),
    E("A_ext2", A3, "إعلانه", ctx="التالي لإعلانه"),
    E("A_nugspox", A3, "قال", ctx="قال متحدث"),
    E("A_nugspox", A3, "داعياً"),
    E("A_op1027", A3, "عملية", ctx="منذ عملية"),
    E("A_op1027", A3, "أطلقتها"),
    E("A_junta", A3, "الهدنة", ctx="يستخدمون الهدنة"),
    E("A_bangkok", A3, "لقاء", ctx="بعد لقاء مين"),
    E("A_nug", A3, "تعليق", ctx="بإعلان تعليق"),
    E("A_quake", A3, "الزلزال", ctx="بعد يوم واحد من الزلزال"),
    E("A_alliance", A3, "هدنته", ctx="الثلاثة هدنته"),
    # b1
    E("B_sign", B1, "توقيع", ctx="توقيع \"إعلان الصداقة"),
    E("B_arrival", B1, "وصل", ctx="وصل فخامة"),
    E("B_athens", B1, "زيارة", ctx="أول زيارة"),
    E("B_sakel", B1, "استقبلت"),
    E("B_arrival", B1, "وصوله"),
    E("B_athens", B1, "مباحثات", ctx="جلسة مباحثات"),
    E("B_athens", B1, "الاجتماع", ctx="تلاها الاجتماع"),
    E("B_athens", B1, "بحثا"),
    E("B_sign", B1, "وقع", ctx="ووقع الجانبان"),
    E("B_athens", B1, "الاجتماع", ctx="ختام الاجتماع"),
    E("B_erdwords", B1, "قال", ctx="وقال الرئيس"),
    E("B_mitswords", B1, "أكد"),
    E("B_athens", B1, "الزيارة", ctx="وتأتي الزيارة"),
    E("B_quake", B1, "الزلزال", ctx="إثر الزلزال"),
    E("B_quake", B1, "ضرب", ctx="الذي ضرب جنوب"),
    E("B_rescue", B1, "أرسلت"),
    # b2
    E("B_sign", B2, "يوقعان"),
    E("B_athens", B2, "مباحثات", ctx="الخميس مباحثات"),
    E("B_sign", B2, "توقيع", ctx="الزعيمان توقيع"),
    E("B_mitswords", B2, "قال", ctx="وقال ميتسوتاكيس"),
    E("B_mitswords", B2, "معربا"),
    E("B_erdwords", B2, "شدد"),
    E("B_athens", B2, "الزيارة", ctx="وتوجت الزيارة"),
    E("B_call1", B2, "اتصل"),
    E("B_quake", B2, "الزلزال", ctx="ضحايا الزلزال"),
    E("B_vilnius", B2, "لقاء", ctx="بلقاء الزعيمين"),
    E("B_ny", B2, "محادثاتهما"),
    # b3
    E("B_athens", B3, "زيارة", ctx="بعد زيارة أردوغان لأثينا"),
    E("B_athens", B3, "الزيارة", ctx="أسبوع من الزيارة"),
    E("B_sign", B3, "وقعه"),
    E("B_quake", B3, "الزلزال", ctx="من الزلزال الذي"),
    E("B_quake", B3, "ضرب", ctx="الذي ضرب جنوب"),
    E("B_call1", B3, "سماعة الهاتف"),
    E("B_call1", B3, "مكالمة"),
    E("B_dendias", B3, "زار"),
    E("B_dendias", B3, "استقبله"),
    E("B_election", B3, "فوز"),
    E("B_election", B3, "الانتخابات"),
    E("B_call2", B3, "هاتف", ctx="هاتف أردوغان"),
    E("B_vilnius", B3, "يلتقي"),
    E("B_quake", B3, "الزلزال", ctx="\"الزلزال فتح"),
    E("B_2017", B3, "زيارة", ctx="وكانت زيارة"),
    E("B_spat", B3, "سجال"),
    # c1
    E("C_isclaim", C1, "يعلن"),
    E("C_take", C1, "سيطرته", ctx="يعلن سيطرته"),
    E("C_isclaim", C1, "أعلن", ctx="أعلن تنظيم"),
    E("C_take", C1, "سيطرته", ctx="الاثنين سيطرته"),
    E("C_attack", C1, "هجوم", ctx="هجوم واسع"),
    E("C_attack", C1, "شنه"),
    E("C_isclaim", C1, "قال", ctx="وقال التنظيم"),
    E("C_isclaim", C1, "بيان", ctx="في بيان نشرته"),
    E("C_take", C1, "سيطروا"),
    E("C_attack", C1, "مواجهات"),
    E("C_attack", C1, "المعارك"),
    E("C_saranga", C1, "أعلن", ctx="قد أعلن أمس"),
    E("C_attack", C1, "قتلوا"),
    E("C_attack", C1, "الهجوم", ctx="في الهجوم الذي"),
    E("C_ambush", C1, "لقوا حتفهم"),
    E("C_ambush", C1, "كمين", ctx="لكمين يوم"),
    E("C_saranga", C1, "أوضح"),
    E("C_total", C1, "أعلنت", ctx="توتال قد أعلنت"),
    E("C_withdraw", C1, "تعليق"),
    E("C_withdraw", C1, "خفض", ctx="وخفض عدد"),
    # c2
    E("C_isclaim", C2, "تبنى"),
    E("C_attack", C2, "الهجوم", ctx="الاثنين الهجوم"),
    E("C_isclaim", C2, "معلناً"),
    E("C_take", C2, "يسيطرون"),
    E("C_attack", C2, "الهجوم", ctx="وبدأ الهجوم"),
    E("C_attack", C2, "اقتحم"),
    E("C_attack", C2, "استهدفوا"),
    E("C_attack", C2, "الهجوم", ctx="بدء الهجوم"),
    E("C_ambush", C2, "كمين", ctx="وقعت في كمين"),
    E("C_saranga", C2, "قالت", ctx="وقالت السلطات"),
    E("C_ambush", C2, "لقوا حتفهم"),
    E("C_total", C2, "أعلنت", ctx="أعلنت «توتال»"),
    E("C_withdraw", C2, "سحب", ctx="السبت سحب"),
    E("C_restart", C2, "أعلنت", ctx="قد أعلنت قبل"),
    E("C_attack", C2, "الهجوم", ctx="فقط من الهجوم"),
    E("C_insurg", C2, "اندلاع"),
    # c3
    E("C_retake", C3, "تستعيد"),
    E("C_armyann", C3, "أعلن", ctx="أعلن الجيش"),
    E("C_retake", C3, "استعادة", ctx="الأحد استعادة"),
    E("C_isclaim", C3, "إعلان", ctx="من إعلان تنظيم"),
    E("C_take", C3, "سيطرته"),
    E("C_attack", C3, "الهجوم", ctx="من الهجوم الذي"),
    E("C_attack", C3, "شنه"),
    E("C_armyann", C3, "قال", ctx="وقال المتحدث"),
    E("C_retake", C3, "طهرت"),
    E("C_ambush", C3, "كمين"),
    E("C_ambush", C3, "نصبه"),
    E("C_retake", C3, "استعادة", ctx="تبدد استعادة"),
    E("C_withdraw", C3, "سحبتهم"),
    E("C_attack", C3, "الهجوم", ctx="أيام من الهجوم"),
    E("C_sadc", C3, "يعقد"),
    E("C_sadc", C3, "قمة"),
    # d1
    E("D_release", D1, "الإفراج", ctx="نيجيريا: الإفراج"),
    E("D_abduct", D1, "خطفوا"),
    E("D_masariann", D1, "أعلن"),
    E("D_release", D1, "الإفراج", ctx="اليوم، الإفراج"),
    E("D_abduct", D1, "اختطفهم"),
    E("D_masariann", D1, "قال", ctx="وقال الحاكم"),
    E("D_buharistmt", D1, "رحب"),
    E("D_buharistmt", D1, "بيان"),
    E("D_release", D1, "بإطلاق سراح"),
    E("D_meet", D1, "يستقبل"),
    E("D_release", D1, "المحررين"),
    E("D_abduct", D1, "هاجموا"),
    E("D_abduct", D1, "اقتادوا"),
    E("D_claim", D1, "تبنت"),
    E("D_abduct", D1, "الخطف", ctx="عملية الخطف في"),
    E("D_chibok", D1, "خطف", ctx="الأذهان خطف"),
    # d2
    E("D_meet", D2, "يستقبل"),
    E("D_release", D2, "المحررين"),
    E("D_buhariwords", D2, "يعد"),
    E("D_meet", D2, "استقبل", ctx="استقبل الرئيس"),
    E("D_release", D2, "أفرج"),
    E("D_meet", D2, "لقاء"),
    E("D_buhariwords", D2, "قال", ctx="وقال بخاري"),
    E("D_abduct", D2, "الخطف", ctx="عملية الخطف"),
    E("D_buhariwords", D2, "داعيا"),
    E("D_arrive", D2, "وصلوا"),
    E("D_masarimeet", D2, "استقبالهم"),
    E("D_abduct", D2, "خطف", ctx="وخطف التلاميذ"),
    E("D_abduct", D2, "هجوم", ctx="في هجوم تبنته"),
    E("D_claim", D2, "تبنته"),
    E("D_claim", D2, "التبني"),
    E("D_release", D2, "الإفراج"),
    # d3
    E("D_mahuta", D3, "خطف", ctx="خطف جديد"),
    E("D_release", D3, "تحرير"),
    E("D_mahuta", D3, "اختطف"),
    E("D_mahutafree", D3, "تحررهم"),
    E("D_mahutafree", D3, "اشتباك"),
    E("D_abduct", D3, "اقتحموا"),
    E("D_abduct", D3, "اقتادوا"),
    E("D_release", D3, "أفرج"),
    E("D_abduct", D3, "عملية كانكارا"),
    E("D_close", D3, "قررت"),
    E("D_close", D3, "إغلاق"),
    E("D_close", D3, "قرار", ctx="وهو قرار"),
    E("D_meet", D3, "استقبل"),
    E("D_release", D3, "المحررين"),
    E("D_buhariwords", D3, "متعهدا"),
    E("D_abduct", D3, "الخطف", ctx="عملية الخطف التي"),
    E("D_claim", D3, "تبنتها"),
    # announcement verbs and the truce taking effect
    E("A_junta", A1, "يعلن"),
    E("A_junta", A1, "أعلن", ctx="-- أعلن المجلس"),
    E("A_junta", A1, "يسري"),
    E("A_nug", A1, "أعلنت", ctx="قد أعلنت يوم السبت"),
    E("A_junta", A2, "أعلنه", ctx="الذي أعلنه بعد"),
    E("A_junta", A2, "أعلنها"),
    E("A_allext", A2, "أعلن", ctx="فيما أعلن \"تحالف"),
    E("A_ext2", A3, "أعلن", ctx="أعلن المجلس العسكري"),
    E("A_junta", A3, "بدأت", ctx="قد بدأت في"),
    E("A_nug", A3, "إعلان", ctx="بإعلان تعليق"),
    E("A_alliance", A3, "أعلن", ctx="فيما أعلن تحالف"),
    E("B_athens", B2, "مجلس التعاون", ctx="عقد مجلس التعاون"),
    E("D_buharistmt", D1, "واصفا"),
    E("C_jan", C2, "علقت"),
    E("C_jan", C2, "هجمات", ctx="بعد هجمات"),
    E("D_abduct", D2, "عملية كانكارا"),
    E("D_chibok", D2, "خطف", ctx="منذ خطف"),
]

DIFF = [
    ["A_junta", "A_alliance"], ["A_junta", "A_nug"], ["A_junta", "A_ext1"], ["A_junta", "A_ext2"],
    ["A_ext1", "A_ext2"], ["A_ext1", "A_allext"], ["A_alliance", "A_allext"], ["A_nug", "A_alliance"],
    ["A_naung", "A_op1027"], ["A_ohchr", "A_nugacc"], ["A_nugacc", "A_nugspox"], ["A_anwar", "A_ohchr"],
    ["A_quake", "A_coup"],
    ["B_call1", "B_call2"], ["B_vilnius", "B_ny"], ["B_athens", "B_2017"], ["B_athens", "B_sakel"],
    ["B_athens", "B_vilnius"], ["B_athens", "B_ny"], ["B_arrival", "B_athens"],
    ["B_erdwords", "B_mitswords"], ["B_erdwords", "B_spat"], ["B_dendias", "B_athens"],
    ["B_quake", "B_rescue"], ["B_sign", "B_athens"],
    ["C_attack", "C_ambush"], ["C_take", "C_retake"], ["C_isclaim", "C_saranga"],
    ["C_isclaim", "C_armyann"], ["C_saranga", "C_armyann"], ["C_total", "C_restart"],
    ["C_total", "C_isclaim"], ["C_total", "C_withdraw"], ["C_jan", "C_withdraw"],
    ["D_abduct", "D_mahuta"], ["D_release", "D_mahutafree"], ["D_meet", "D_masarimeet"],
    ["D_masariann", "D_buharistmt"], ["D_buharistmt", "D_buhariwords"], ["D_release", "D_arrive"],
    ["D_claim", "D_masariann"], ["D_abduct", "D_chibok"],
]

BEFORE = [
    ["A_coup", "A_op1027"], ["A_op1027", "A_quake"], ["A_quake", "A_nug"], ["A_nug", "A_alliance"],
    ["A_alliance", "A_junta"], ["A_junta", "A_ohchr"], ["A_ohchr", "A_bangkok"], ["A_bangkok", "A_ext1"],
    ["A_ext1", "A_ext2"], ["A_ext2", "A_nugspox"],
    ["B_2017", "B_call1"], ["B_call1", "B_dendias"], ["B_dendias", "B_election"],
    ["B_call2", "B_vilnius"], ["B_vilnius", "B_ny"], ["B_ny", "B_athens"],
    ["C_insurg", "C_jan"], ["C_jan", "C_attack"], ["C_insurg", "C_attack"], ["C_restart", "C_ambush"], ["C_attack", "C_ambush"], ["C_ambush", "C_total"],
    ["C_total", "C_saranga"], ["C_saranga", "C_isclaim"], ["C_take", "C_retake"], ["C_retake", "C_sadc"],
    ["D_chibok", "D_abduct"], ["D_abduct", "D_close"], ["D_close", "D_claim"], ["D_claim", "D_release"],
    ["D_release", "D_meet"], ["D_meet", "D_mahuta"], ["D_mahuta", "D_mahutafree"],
]

GOLD = {"timex": TIMEX, "clusters": CLUSTERS, "events": EVENTS, "diff": DIFF, "before": BEFORE}
