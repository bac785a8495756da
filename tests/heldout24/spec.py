"""Gold for the twenty-fourth blind held-out set (16 articles): the format of ../heldout23/spec.py.

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

Stories: A the Kyrgyz–Tajik border war of September 2022 and its truces (the clashes and
the first ceasefire of Wednesday 14 September, the renewed fighting, the shelling on both
sides and the second ceasefire of Friday 16 September in force from 16:00 after Japarov and
Rahmon met in Samarkand at the SCO summit; the Tajik charge of a breach on the 17th and
Bishkek's denial; the tolls and the evacuation; the protocol of Monday 19 September; the
clashes of April 2021); B the Ankara Declaration between Somalia and Ethiopia (Erdogan's
calls to Hassan Sheikh Mohamud and Abiy Ahmed on 6 December 2024, his separate meetings
with each and the trilateral session on 11 December, the declaration and the leaders'
words; Sisi's call with Hassan Sheikh on 12 December; the Somaliland memorandum of 1 January
2024, the Ankara rounds of July and August, the Egypt–Somalia protocol of 14 August, the
Asmara summit of 10 October; Hassan Sheikh's visit to Addis Ababa on 11 January 2025,
the expulsion of April 2024, the Security Council vote of 27 December); C Azerbaijan's
capture of Shusha (announced by Aliyev on Sunday 8 November 2020, admitted by the Karabakh
authorities on the 9th; the shelling of Stepanakert, the Mi-24 shot down and the apology,
the Moscow-brokered statement ending the war in the night of 9–10 November, the storming of
the Yerevan government building, the Kalbajar extension of 15 November; the Ganja strikes
of 11 and 17 October, the cathedral hit on 8 October; the Armenian capture of 1992 and the
truce of 1994); D Peru's President Pedro Castillo removed (7 December 2022: the attempt to
dissolve Congress, the impeachment vote, the arrest, Dina Boluarte's oath; the seven-day
detention of 8 December; the cabinet of 10 December, the joint statement of four presidents
on 12 December, the state of emergency of 14 December, the 18-month detention of 15
December; the 2021 election and the two earlier impeachment attempts).  X: four
distractors with no gold events (Bitcoin above $100,000, the Rashid rover's launch, the
Arabic Booker for Zahran Alqasmi, Al Ain's Asian title).
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent

PUBLISHED = {
    "a1_kuna_0916": "2022-09-16T21:00:00+06:00",
    "a2_khaleej_0918": "2022-09-18",
    "a3_majalla_0925": "2022-09-25",
    "b1_aa_1211": "2024-12-11T23:45:00+03:00",
    "b2_shorouk_1213": "2024-12-13",
    "b3_awsat_0112": "2025-01-12",
    "c1_mena_1108": "2020-11-08T19:00:00+04:00",
    "c2_annahar_1110": "2020-11-10",
    "c3_indy_1115": "2020-11-15T18:00:00+03:00",
    "d1_qna_1207": "2022-12-07T20:00:00-05:00",
    "d2_hespress_1208": "2022-12-08T19:00:00+01:00",
    "d3_araby_1216": "2022-12-16",
    "x1_khaleej_1206": "2024-12-06",
    "x2_wam_1211": "2022-12-11T12:30:00+04:00",
    "x3_ruya_0522": "2023-05-22",
    "x4_ittihad_0526": "2024-05-26",
}

TEXTS = {k: (HERE / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}


def _count(text, s, upto):
    """Overlapping matches of ``s`` in ``text`` starting at or before ``upto``."""
    n, i = 0, text.find(s)
    while 0 <= i <= upto:
        n, i = n + 1, text.find(s, i + 1)
    return n


def occ(doc, s, ctx=None):
    """The occurrence number of ``s`` in ``doc``: the only one, or the one inside ``ctx``."""
    t = TEXTS[doc]
    if ctx is None:
        if t.count(s) != 1 or _count(t, s, len(t)) != 1:
            raise SystemExit(f"{doc}: {s!r} is not unique; give a ctx")
        return 1
    if _count(t, ctx, len(t)) != 1:
        raise SystemExit(f"{doc}: ctx {ctx!r} is not unique ({_count(t, ctx, len(t))})")
    if s not in ctx:
        raise SystemExit(f"{doc}: {s!r} not in ctx {ctx!r}")
    return _count(t, s, t.find(ctx) + ctx.find(s))


def _span(x):
    return (x, x) if isinstance(x, str) else tuple(x)


def D(doc, s, value, tight, outer=None, req=True, ctx=None):
    """A date row; ``tight``/``outer`` a day or a (first, last) pair."""
    tight = _span(tight)
    return (doc, s, occ(doc, s, ctx), "date", value, tight, _span(outer) if outer else tight, req)


def DUR(doc, s, value, ctx=None, req=True):
    return (doc, s, occ(doc, s, ctx), "duration", value, None, None, req)


def V(doc, s, ctx=None):
    return (doc, s, occ(doc, s, ctx), "vague", None, None, None, False)


def E(cluster, doc, s, ctx=None):
    return (cluster, doc, s, occ(doc, s, ctx), CLUSTERS[cluster]["type"])


def C(kind, tight, outer=None, who=()):
    tight = _span(tight)
    return dict(type=kind, tight=tight, outer=_span(outer) if outer else tight, participants=[list(p) for p in who])


# ---------------------------------------------------------------- names
KG, TJ = ("قيرغيزستان", "بيشكيك"), ("طاجيكستان", "دوشنبه")
TASH, YAT = ("كامتشيبيك تاشييف", "تاشييف"), ("سايمومين ياتيموف", "ياتيموف")
JAP, RAH = ("صدر جباروف", "جباروف"), ("إمام علي رحمون", "رحمون")
KGF, TJF = ("القوات القيرغيزية",), ("القوات الطاجيكية",)
KGMOH = ("وزارة الصحة القيرغيزية",)
ERD = ("رجب طيب أردوغان", "أردوغان", "رجب طيب إردوغان", "إردوغان", "أردوغان")
HSM = ("حسن شيخ محمود",)
ABIY = ("آبي أحمد", "آبى أحمد")
SISI = ("عبد الفتاح السيسى", "السيسى")
ALI = ("إلهام علييف", "علييف")
PASH, PUT = ("نيكول باشينيان", "باشينيان"), ("فلاديمير بوتين", "بوتين")
AZF, ARF = ("القوات الأذربيجانية",), ("القوات الأرمينية",)
AZ = ("أذربيجان", "باكو")
CAST, BOL = ("بيدرو كاستيو", "كاستيو"), ("دينا بولوارتي", "بولوارتي")
CONG = ("الكونغرس البيروفي", "الكونغرس", "البرلمان")
AMLO = ("أندريس مانويل لوبيز أوبرادور", "لوبيز أوبرادور")

CLUSTERS = {
    # A: Kyrgyzstan and Tajikistan, September 2022
    "A_ussr": C("other", "1991-12-26", ("1991-01-01", "1991-12-31"), [("الاتحاد السوفيتي",)]),
    "A_apr21": C("strike", ("2021-04-28", "2021-04-30"), ("2021-04-01", "2021-04-30"), [KG, TJ]),
    "A_clash14": C("strike", "2022-09-14", who=[("حرس الحدود",)]),
    "A_cf1": C("ceasefire", "2022-09-14", who=[KG, TJ]),
    "A_fight16": C("strike", "2022-09-16", who=[KG, TJ]),
    "A_batken": C("strike", "2022-09-16", who=[TJF]),
    "A_isf16": C("strike", "2022-09-16", who=[KGF]),
    "A_kgacc": C("statement", "2022-09-16", who=[("وزارة الخارجية القيرغيزية",)]),
    "A_tjclaim": C("statement", "2022-09-16", who=[("دوشنبه", "طاجيكستان")]),
    "A_sco": C("meeting", ("2022-09-15", "2022-09-16"), who=[("منظمة شنغهاي للتعاون",)]),
    "A_sam": C("meeting", "2022-09-16", who=[JAP, RAH]),
    "A_pledge": C("statement", "2022-09-16", who=[JAP, RAH]),
    "A_cf2": C("ceasefire", "2022-09-16", who=[TASH, YAT]),
    "A_tash": C("statement", "2022-09-16", who=[TASH]),
    "A_toll16": C("statement", "2022-09-16", who=[KGMOH]),
    "A_isf17": C("strike", "2022-09-17", who=[KGF]),
    "A_tjacc17": C("statement", "2022-09-17", who=[("وزارة الخارجية الطاجيكية",)]),
    "A_kgdeny17": C("statement", "2022-09-17", who=[("بيشكيك",)]),
    "A_kgtoll17": C("statement", "2022-09-17", who=[KGMOH]),
    "A_tjtoll17": C("statement", ("2022-09-16", "2022-09-18"), who=[("السلطات الطاجيكية",)]),
    "A_evac": C("other", ("2022-09-16", "2022-09-17"), ("2022-09-14", "2022-09-18"), [("السلطات القيرغيزية",)]),
    "A_proto19": C("ceasefire", "2022-09-19", who=[TASH, YAT]),
    "A_analyst": C("statement", ("2022-09-19", "2022-09-25"), who=[("تيمور عمروف",)]),
    # B: Somalia and Ethiopia, the Ankara Declaration
    "B_mou": C("other", "2024-01-01", who=[("إثيوبيا", "أديس أبابا"), ("أرض الصومال",)]),
    "B_mogrej": C("statement", "2024-01-02", ("2024-01-01", "2024-12-11"), [("مقديشو",)]),
    "B_expel": C("other", "2024-04-04", ("2024-04-01", "2024-04-30"), [("مقديشو",)]),
    "B_consul": C("other", "2024-04-04", ("2024-04-01", "2024-04-30"), [("مقديشو",)]),
    "B_r1": C("meeting", ("2024-07-01", "2024-07-02"), ("2024-07-01", "2024-07-31"), [("وزيري خارجية البلدين",)]),
    "B_r2": C("meeting", ("2024-08-12", "2024-08-13"), ("2024-08-01", "2024-08-31"), [("وزيري خارجية البلدين",)]),
    "B_hsm_cairo": C("meeting", "2024-08-14", who=[HSM]),
    "B_proto_eg": C("other", "2024-08-14", who=[("مصر",), ("الصومال",)]),
    "B_asmara": C("meeting", "2024-10-10", who=[SISI, ("أسياس أفورقى",), HSM]),
    "B_call_hsm": C("call", "2024-12-06", who=[ERD, HSM]),
    "B_call_abiy": C("call", "2024-12-06", who=[ERD, ABIY]),
    "B_erd_hsm": C("meeting", "2024-12-11", who=[ERD, HSM]),
    "B_erd_abiy": C("meeting", "2024-12-11", who=[ERD, ABIY]),
    "B_talks": C("meeting", "2024-12-11", who=[ERD, HSM, ABIY]),
    "B_decl": C("statement", "2024-12-11", who=[HSM, ABIY]),
    "B_erd": C("statement", "2024-12-11", who=[ERD]),
    "B_abiy_st": C("statement", "2024-12-11", who=[ABIY]),
    "B_hsm_st": C("statement", "2024-12-11", who=[HSM]),
    "B_call_sisi": C("call", "2024-12-12", who=[SISI, HSM]),
    "B_spox": C("statement", "2024-12-12", who=[("محمد الشناوى", "السفير محمد الشناوى")]),
    "B_source": C("statement", ("2024-12-12", "2024-12-13"), who=[("مصدر دبلوماسى مصرى",)]),
    "B_unsc": C("other", "2024-12-27", who=[("مجلس الأمن الدولي",)]),
    "B_addis": C("meeting", "2025-01-11", who=[HSM, ABIY]),
    "B_joint": C("statement", "2025-01-11", who=[HSM, ABIY]),
    # C: Shusha, November 2020
    "C_1992": C("capture", "1992-05-08", ("1992-05-01", "1992-05-31"), [ARF]),
    "C_war1": C("other", ("1988-02-20", "1994-05-12"), ("1988-01-01", "1994-12-31")),
    "C_truce94": C("ceasefire", "1994-05-12", ("1994-01-01", "1994-12-31")),
    "C_war": C("other", ("2020-09-27", "2020-11-10"), who=[AZ, ("أرمينيا",)]),
    "C_cathedral": C("strike", "2020-10-08"),
    "C_ganja11": C("strike", "2020-10-11", who=[ARF]),
    "C_ganja17": C("strike", "2020-10-17", who=[ARF]),
    "C_shushashell": C("strike", ("2020-09-27", "2020-11-08"), who=[AZF]),
    "C_battle": C("strike", ("2020-11-04", "2020-11-08"), ("2020-09-27", "2020-11-08"), [AZF, ARF]),
    "C_shusha": C("capture", "2020-11-08", who=[AZF]),
    "C_aliyev": C("statement", "2020-11-08", who=[ALI]),
    "C_celeb": C("other", "2020-11-08", who=[("الأذربيجانيين",)]),
    "C_deny": C("statement", "2020-11-08", who=[("فاهرام بوغوسيان", "بوغوسيان")]),
    "C_armmod": C("statement", "2020-11-08", who=[("وزارة الدفاع الأرمينية",)]),
    "C_stepan": C("strike", "2020-11-08", who=[AZF]),
    "C_admit": C("statement", "2020-11-09", who=[("سلطات إقليم ناغورنو قره باغ",)]),
    "C_mi24": C("strike", "2020-11-09", who=[AZ]),
    "C_apology": C("statement", "2020-11-09", who=[AZ]),
    "C_deal": C("ceasefire", ("2020-11-09", "2020-11-10"), who=[PASH, PUT, ALI]),
    "C_pash": C("statement", "2020-11-10", ("2020-11-09", "2020-11-10"), [PASH]),
    "C_kremlin": C("statement", "2020-11-10", ("2020-11-09", "2020-11-10"), [("الكرملين",)]),
    "C_storm": C("other", "2020-11-10", who=[("المحتجين",)]),
    "C_kalb": C("other", "2020-11-15", who=[("باكو",)]),
    # D: Peru, December 2022
    "D_elec21": C("other", "2021-06-06", ("2021-06-01", "2021-06-30"), [CAST, ("كيكو فوجيموري",)]),
    "D_inaug21": C("other", "2021-07-28", who=[CAST]),
    "D_try1": C("other", "2021-12-07", ("2021-12-01", "2021-12-31"), [CAST]),
    "D_try2": C("other", "2022-03-28", ("2022-03-01", "2022-03-31"), [CAST]),
    "D_castann": C("statement", "2022-12-07", who=[CAST]),
    "D_selfcoup": C("other", "2022-12-07", who=[CAST]),
    "D_resign": C("other", "2022-12-07", who=[("الوزراء",)]),
    "D_army_rej": C("statement", "2022-12-07", who=[("القوات المسلحة",)]),
    "D_impeach": C("other", "2022-12-07", who=[CONG, CAST]),
    "D_arrest": C("other", "2022-12-07", who=[CAST]),
    "D_police": C("statement", "2022-12-07", who=[("الشرطة الوطنية",)]),
    "D_call": C("call", "2022-12-07", who=[CAST, AMLO]),
    "D_oath": C("other", "2022-12-07", who=[BOL]),
    "D_bol7": C("statement", "2022-12-07", who=[BOL]),
    "D_detain7": C("other", "2022-12-08", who=[("قاض",), CAST]),
    "D_bol8": C("statement", "2022-12-08", who=[BOL]),
    "D_amlo": C("statement", "2022-12-08", who=[AMLO]),
    "D_cabinet": C("other", "2022-12-10", who=[BOL, ("بيدرو أنغولو",)]),
    "D_pledge12": C("statement", "2022-12-12", who=[BOL]),
    "D_joint12": C("statement", "2022-12-12", who=[("رؤساء المكسيك وكولومبيا والأرجنتين وبوليفيا",)]),
    "D_perurej": C("statement", ("2022-12-12", "2022-12-13"), ("2022-12-12", "2022-12-15"),
                   [("وزارة الخارجية البيروفية",)]),
    "D_protests": C("other", ("2022-12-07", "2022-12-15")),
    "D_emerg": C("other", "2022-12-14", who=[("الحكومة",)]),
    "D_detain18": C("other", "2022-12-15", who=[("قاض في المحكمة العليا", "قاض"), CAST]),
}

a1, a2, a3 = "a1_kuna_0916", "a2_khaleej_0918", "a3_majalla_0925"
b1, b2, b3 = "b1_aa_1211", "b2_shorouk_1213", "b3_awsat_0112"
c1, c2, c3 = "c1_mena_1108", "c2_annahar_1110", "c3_indy_1115"
d1, d2, d3 = "d1_qna_1207", "d2_hespress_1208", "d3_araby_1216"
x1, x2, x3, x4 = "x1_khaleej_1206", "x2_wam_1211", "x3_ruya_0522", "x4_ittihad_0526"
APR21 = (("2021-04-21", "2021-04-30"), ("2021-04-01", "2021-04-30"))

TIMEX = [
    # a1 KUNA, Friday 16 September 2022
    D(a1, "16 - 9", "2022-09-16", "2022-09-16", req=False),
    D(a1, "اليوم الجمعة", "2022-09-16", "2022-09-16"),
    D(a1, "ساعات الصباح الأولى", "2022-09-16TMO", "2022-09-16", req=False),
    D(a1, "الساعة الرابعة عصرا", "2022-09-16T16:00", "2022-09-16"),
    D(a1, "اليوم", "2022-09-16", "2022-09-16", ctx="في وقت سابق اليوم"),
    V(a1, "بعد يومين"),
    D(a1, "يوم الأربعاء الماضي", "2022-09-14", "2022-09-14"),
    D(a1, "مساء اليوم نفسه", "2022-09-14TEV", "2022-09-14"),
    D(a1, "أواخر أبريل 2021", "2021-04", *APR21, req=False),
    D(a1, "عام 1991", "1991", ("1991-01-01", "1991-12-31")),
    # a2 Al-Khaleej, Sunday 18 September
    D(a2, "أمس السبت", "2022-09-17", "2022-09-17"),
    V(a2, "منذ سنوات"),
    D(a2, "صباح السبت", "2022-09-17TMO", "2022-09-17"),
    D(a2, "الجمعة", "2022-09-16", "2022-09-16", ctx="اتفقا، الجمعة،"),
    D(a2, "الرابعة عصرا", "2022-09-16T16:00", "2022-09-16"),
    D(a2, "أمس", "2022-09-17", "2022-09-17", ctx="القيرغيزية، أمس، ارتفاع"),
    D(a2, "يوم الأربعاء 14 سبتمبر/أيلول", "2022-09-14", "2022-09-14"),
    D(a2, "مساء اليوم ذاته", "2022-09-14TEV", "2022-09-14"),
    D(a2, "فجر الجمعة", "2022-09-16", "2022-09-16"),
    D(a2, "عام 1991", "1991", ("1991-01-01", "1991-12-31")),
    D(a2, "إبريل/نيسان 2021", "2021-04", ("2021-04-01", "2021-04-30")),
    # a3 Al-Majalla, Sunday 25 September
    V(a3, "أسبوع", ctx="بعد أسبوع دام"),
    D(a3, "يوم الاثنين الماضي", "2022-09-19", "2022-09-19"),
    V(a3, "بعد ثلاثة أيام"),
    D(a3, "عصر 16 من الشهر نفسه", "2022-09-16TAF", "2022-09-16"),
    DUR(a3, "يومين", "P2D", ctx="في غضون يومين"),
    D(a3, "مساء الأربعاء 14 سبتمبر", "2022-09-14TEV", "2022-09-14"),
    D(a3, "نهاية نيسان/أبريل 2021", "2021-04", *APR21, req=False),
    V(a3, "منذ عقدين"),
    # b1 Anadolu, Wednesday 11 December 2024
    D(b1, "مساء الأربعاء", "2024-12-11TEV", "2024-12-11"),
    D(b1, "ظهرا", "2024-12-11TMI", "2024-12-11", req=False),
    V(b1, "بعد نحو ساعتين"),
    V(b1, "بعد نحو عام"),
    D(b1, "الأول من يناير/ كانون الثاني الماضي", "2024-01-01", "2024-01-01"),
    D(b1, "يوليو/ تموز", "2024-07", ("2024-07-01", "2024-07-31")),
    D(b1, "أغسطس/ آب الماضيين", "2024-08", ("2024-08-01", "2024-08-31")),
    D(b1, "يوم الجمعة الماضي", "2024-12-06", "2024-12-06"),
    D(b1, "في اليوم نفسه", "2024-12-06", "2024-12-06"),
    # b2 Al-Shorouk, Friday 13 December
    D(b2, "أمس الخميس", "2024-12-12", "2024-12-12"),
    D(b2, "مساء أمس الأول", "2024-12-11TEV", "2024-12-11"),
    D(b2, "مساء الأربعاء", "2024-12-11TEV", "2024-12-11"),
    D(b2, "١٤ أغسطس الماضى", "2024-08-14", "2024-08-14"),
    D(b2, "يوم ١٠ أكتوبر الماضى", "2024-10-10", "2024-10-10"),
    D(b2, "يناير الماضى", "2024-01", ("2024-01-01", "2024-01-31")),
    # b3 Asharq Al-Awsat, Sunday 12 January 2025 (12 Rajab 1446)
    D(b3, "الأحد - 12 رجب 1446 هـ - 12 يناير 2025 مـ", "2025-01-12", "2025-01-12", req=False),
    D(b3, "أمس (السبت)", "2025-01-11", "2025-01-11"),
    D(b3, "يناير (كانون الثاني) من العام الماضي", "2024-01", ("2024-01-01", "2024-01-31")),
    V(b3, "بعد شهر"),
    D(b3, "11 ديسمبر (كانون الأول) الماضي", "2024-12-11", "2024-12-11"),
    V(b3, "وقت متأخر من الليل"),
    D(b3, "أبريل (نيسان) 2024", "2024-04", ("2024-04-01", "2024-04-30")),
    D(b3, "27 ديسمبر الماضي", "2024-12-27", "2024-12-27"),
    V(b3, "بعد أشهر"),
    V(b3, "الأسابيع المقبلة"),
    # c1 MENA, Sunday 8 November 2020
    D(c1, "اليوم الأحد", "2020-11-08", "2020-11-08"),
    V(c1, "عدة أيام"),
    V(c1, "ساعة متأخرة"),
    D(c1, "صباح اليوم", "2020-11-08TMO", "2020-11-08"),
    D(c1, "27 سبتمبر الماضى", "2020-09-27", "2020-09-27"),
    D(c1, "يوم 17 أكتوبر", "2020-10-17", "2020-10-17"),
    # c2 Annahar, Tuesday 10 November
    D(c2, "أمس الاثنين", "2020-11-09", "2020-11-09"),
    V(c2, "بعد يوم"),
    D(c2, "بعد منتصف الليل بقليل", "2020-11-10T00", "2020-11-10", ("2020-11-09", "2020-11-10"), req=False),
    D(c2, "الساعة الواحدة فجر اليوم", "2020-11-10T01:00", "2020-11-10"),
    D(c2, "مساء أمس", "2020-11-09TEV", "2020-11-09"),
    D(c2, "27 أيلول الماضي", "2020-09-27", "2020-09-27"),
    # c3 Independent Arabia, Sunday 15 November
    D(c3, "قبل أسبوع", "2020-11-08", "2020-11-08", ("2020-11-02", "2020-11-08")),
    D(c3, "واليوم", "PRESENT_REF", "2020-11-15", req=False),
    V(c3, "بعد يومين فقط"),
    D(c3, "فجر العاشر من نوفمبر (تشرين الثاني)", "2020-11-10", "2020-11-10"),
    DUR(c3, "44 يوماً", "P44D"),
    D(c3, "اليوم الأحد", "2020-11-15", "2020-11-15"),
    D(c3, "25 نوفمبر", "2020-11-25", "2020-11-25"),
    D(c3, "اليوم", "2020-11-15", "2020-11-15", ctx="التسليم اليوم"),
    D(c3, "الثامن من أكتوبر (تشرين الأول)", "2020-10-08", "2020-10-08"),
    D(c3, "فجر 11 أكتوبر", "2020-10-11", "2020-10-11"),
    D(c3, "17 من الشهر نفسه", "2020-10-17", "2020-10-17"),
    D(c3, "مايو (أيار) 1992", "1992-05", ("1992-05-01", "1992-05-31")),
    D(c3, "عام 1994", "1994", ("1994-01-01", "1994-12-31")),
    # d1 QNA, Wednesday 7 December 2022 (Lima)
    D(d1, "07 ديسمبر", "2022-12-07", "2022-12-07", req=False),
    D(d1, "اليوم", "2022-12-07", "2022-12-07", ctx="البيروفي اليوم على"),
    V(d1, "بعد ساعات"),
    D(d1, "بعد ظهر اليوم", "2022-12-07TAF", "2022-12-07"),
    D(d1, "ظهر اليوم", "2022-12-07TMI", "2022-12-07", ctx="متلفز ظهر اليوم"),
    D(d1, "يونيو 2021", "2021-06", ("2021-06-01", "2021-06-30")),
    D(d1, "ديسمبر من العام نفسه", "2021-12", ("2021-12-01", "2021-12-31")),
    D(d1, "مارس الماضي", "2022-03", ("2022-03-01", "2022-03-31")),
    # d2 Hespress, Thursday 8 December
    DUR(d2, "سبعة أيام", "P7D", ctx="احتياطيا سبعة أيام"),
    D(d2, "اليوم الخميس", "2022-12-08", "2022-12-08"),
    DUR(d2, "سبعة أيام", "P7D", ctx="لمدة سبعة أيام"),
    D(d2, "أمس الأربعاء", "2022-12-07", "2022-12-07"),
    D(d2, "28 يوليوز 2021", "2021-07-28", "2021-07-28"),
    V(d2, "بعد ساعات"),
    D(d2, "اليوم", "2022-12-08", "2022-12-08", ctx="للصحافة اليوم"),
    D(d2, "يوليوز 2026", "2026-07", ("2026-07-01", "2026-07-31")),
    D(d2, "اليوم", "2022-12-08", "2022-12-08", ctx="الصباحي اليوم"),
    D(d2, "2016", "2016", ("2016-01-01", "2016-12-31")),
    D(d2, "دجنبر 2021", "2021-12", ("2021-12-01", "2021-12-31")),
    D(d2, "مارس 2022", "2022-03", ("2022-03-01", "2022-03-31")),
    # d3 Al-Araby Al-Jadeed, Friday 16 December
    DUR(d3, "18 شهراً", "P18M", ctx="كاستيو 18 شهراً"),
    D(d3, "أمس الخميس", "2022-12-15", "2022-12-15"),
    DUR(d3, "18 شهراً", "P18M", ctx="لمدة 18 شهراً"),
    D(d3, "السابع من كانون الأول/ديسمبر الجاري", "2022-12-07", "2022-12-07"),
    V(d3, "بعد يوم"),
    DUR(d3, "30 يوماً", "P30D"),
    V(d3, "بعد ساعات"),
    D(d3, "السبت الماضي", "2022-12-10", "2022-12-10"),
    D(d3, "الاثنين", "2022-12-12", "2022-12-12"),
    D(d3, "في اليوم نفسه", "2022-12-12", "2022-12-12"),
    D(d3, "الثامن من الشهر الجاري", "2022-12-08", "2022-12-08"),
    DUR(d3, "سبعة أيام", "P7D"),
    D(d3, "في اليوم التالي", "2022-12-08", "2022-12-08", req=False),
    # x1 Al-Khaleej, Friday 6 December 2024
    D(x1, "فجر أمس الخميس", "2024-12-05", "2024-12-05"),
    D(x1, "في المساء", "2024-12-05TEV", "2024-12-05", req=False),
    V(x1, "منذ مطلع الأسبوع"),
    V(x1, "بعد ساعات"),
    V(x1, "منذ بداية العام"),
    D(x1, "يناير الماضي", "2024-01", ("2024-01-01", "2024-01-31")),
    D(x1, "عام 2022", "2022", ("2022-01-01", "2022-12-31")),
    # x2 WAM, Sunday 11 December 2022
    D(x2, "11 ديسمبر", "2022-12-11", "2022-12-11", req=False),
    D(x2, "اليوم", "2022-12-11", "2022-12-11", ctx="«راشد» اليوم"),
    D(x2, "الساعة 11:38 صباحا", "2022-12-11T11:38", "2022-12-11"),
    DUR(x2, "خمسة أشهر", "P5M"),
    V(x2, "على مدار الساعة"),
    V(x2, "بعد نحو ساعة"),
    DUR(x2, "14 يوما", "P14D"),
    D(x2, "فبراير 2021", "2021-02", ("2021-02-01", "2021-02-28")),
    # x3 Al-Roya, Monday 22 May 2023 (2 Dhu al-Qa'dah 1444)
    D(x3, "الاثنين 2 ذو القعدة 1444هـ - 22 مايو 2023م", "2023-05-22", "2023-05-22", req=False),
    D(x3, "مساء أمس الأحد", "2023-05-21TEV", "2023-05-21"),
    # x4 Al-Ittihad, Sunday 26 May 2024
    D(x4, "مساء أمس", "2024-05-25TEV", "2024-05-25"),
    V(x4, "الدقائق الأولى"),
    D(x4, "عام 2003", "2003", ("2003-01-01", "2003-12-31")),
]

EVENTS = [
    # a1
    E("A_cf2", a1, "وقف جديد لإطلاق النار"),
    E("A_fight16", a1, "المعارك", ctx="تجدد المعارك على"),
    E("A_cf2", a1, "اتفاق جديد لوقف إطلاق النار"),
    E("A_fight16", a1, "معارك", ctx="بعد معارك عنيفة"),
    E("A_fight16", a1, "اندلعت", ctx="اندلعت منذ ساعات"),
    E("A_tash", a1, "وقال", ctx="وقال رئيس لجنة"),
    E("A_cf2", a1, "وقف إطلاق النار", ctx="على وقف إطلاق النار ابتداء"),
    E("A_tash", a1, "وأضاف"),
    E("A_cf2", a1, "سريانها"),
    E("A_cf2", a1, "الاتفاق", ctx="وجاء الاتفاق"),
    E("A_sam", a1, "لقاء"),
    E("A_sco", a1, "قمة"),
    E("A_sam", a1, "بحثا"),
    E("A_kgacc", a1, "اتهمت"),
    E("A_batken", a1, "بقصف"),
    E("A_tjclaim", a1, "قالت"),
    E("A_isf16", a1, "قصفت"),
    E("A_toll16", a1, "وأعلنت"),
    E("A_fight16", a1, "المعارك", ctx="حصيلة المعارك"),
    E("A_fight16", a1, "التصعيد"),
    E("A_clash14", a1, "اشتباكات", ctx="من اشتباكات اندلعت"),
    E("A_cf1", a1, "اتفاق على وقف إطلاق النار"),
    E("A_apr21", a1, "اشتباكات", ctx="2021 اشتباكات هي"),
    E("A_ussr", a1, "تفكك"),
    # a2
    E("A_tjacc17", a2, "تتهم"),
    E("A_isf17", a2, "بخرقها"),
    E("A_tjacc17", a2, "اتهام"),
    E("A_isf17", a2, "بخرقه", ctx="لبيشكيك بخرقه"),
    E("A_tjacc17", a2, "وقالت"),
    E("A_isf17", a2, "قصفت"),
    E("A_kgdeny17", a2, "نفته"),
    E("A_cf2", a2, "وقف إطلاق النار", ctx="على وقف إطلاق النار بدءا"),
    E("A_sam", a2, "لقاء"),
    E("A_sco", a2, "قمة"),
    E("A_kgtoll17", a2, "وأعلنت"),
    E("A_tjtoll17", a2, "تحدثت"),
    E("A_evac", a2, "ونقلت"),
    E("A_clash14", a2, "اشتباكات"),
    E("A_cf1", a2, "هدنة", ctx="على هدنة لم تصمد"),
    E("A_fight16", a2, "القتال"),
    E("A_ussr", a2, "تفكك"),
    E("A_apr21", a2, "مواجهات"),
    # a3
    E("A_proto19", a3, "بروتوكول", ctx="بروتوكول الحدود"),
    E("A_proto19", a3, "وقع", ctx="وطاجيكستان، وقع"),
    E("A_proto19", a3, "التوقيع"),
    E("A_cf2", a3, "الهدنة", ctx="من الهدنة التي أعلنها"),
    E("A_cf1", a3, "الهدنة الأولى"),
    E("A_fight16", a3, "القصف"),
    E("A_sam", a3, "التقيا"),
    E("A_fight16", a3, "القتال"),
    E("A_pledge", a3, "وتعهدا"),
    E("A_sam", a3, "اللقاء"),
    E("A_evac", a3, "نزح"),
    E("A_evac", a3, "نزوح"),
    E("A_apr21", a3, "مواجهات"),
    E("A_apr21", a3, "نشبت"),
    E("A_analyst", a3, "ويقول"),
    E("A_analyst", a3, "مضيفا"),
    # b1
    E("B_decl", b1, "تتفقان"),
    E("B_erd", b1, "أعلن"),
    E("B_decl", b1, "اتفاق", ctx="إلى اتفاق"),
    E("B_talks", b1, "مباحثات"),
    E("B_erd", b1, "وقال", ctx="وقال أردوغان"),
    E("B_decl", b1, "وقعا"),
    E("B_decl", b1, "إعلان أنقرة"),
    E("B_erd_hsm", b1, "استقبل"),
    E("B_erd_abiy", b1, "التقى"),
    E("B_talks", b1, "جلسة ثلاثية"),
    E("B_abiy_st", b1, "شكر"),
    E("B_abiy_st", b1, "مؤكدا"),
    E("B_hsm_st", b1, "قال", ctx="فيما قال حسن"),
    E("B_decl", b1, "الاتفاق", ctx="إن الاتفاق"),
    E("B_decl", b1, "الاتفاق", ctx="ويأتي الاتفاق"),
    E("B_mou", b1, "توقيع"),
    E("B_mogrej", b1, "رفضته"),
    E("B_r1", b1, "جولة أولى"),
    E("B_r2", b1, "جولة ثانية"),
    E("B_call_hsm", b1, "اتصال هاتفي"),
    E("B_talks", b1, "للقمة"),
    E("B_call_abiy", b1, "اتصالا مماثلا"),
    # b2
    E("B_decl", b2, "إعلان أنقرة", ctx="تتابع «إعلان أنقرة»"),
    E("B_call_sisi", b2, "يبحث"),
    E("B_call_sisi", b2, "اتصالا هاتفيا"),
    E("B_talks", b2, "المباحثات"),
    E("B_spox", b2, "وصرح"),
    E("B_call_sisi", b2, "الاتصال", ctx="خلال الاتصال"),
    E("B_erd", b2, "أعلن"),
    E("B_decl", b2, "وقعتا"),
    E("B_decl", b2, "إعلان أنقرة", ctx="على «إعلان أنقرة»"),
    E("B_proto_eg", b2, "توقيع"),
    E("B_hsm_cairo", b2, "زيارة"),
    E("B_asmara", b2, "القمة الثلاثية"),
    E("B_mou", b2, "وقعتها"),
    E("B_source", b2, "وقال", ctx="وقال مصدر"),
    E("B_decl", b2, "الإعلان", ctx="ترجمة الإعلان"),
    # b3
    E("B_addis", b3, "يزور"),
    E("B_addis", b3, "مباحثات", ctx="(السبت)، مباحثات"),
    E("B_addis", b3, "زيارة", ctx="أول زيارة"),
    E("B_mou", b3, "توقيع"),
    E("B_joint", b3, "بيان مشترك"),
    E("B_addis", b3, "الزيارة", ctx="ختام الزيارة"),
    E("B_joint", b3, "اتفقا"),
    E("B_addis", b3, "الزيارة", ctx="وتأتي الزيارة"),
    E("B_decl", b3, "إعلان أنقرة"),
    E("B_decl", b3, "توصل"),
    E("B_talks", b3, "مباحثات", ctx="بعد مباحثات ماراثونية"),
    E("B_expel", b3, "طردت"),
    E("B_consul", b3, "وأغلقت"),
    E("B_mogrej", b3, "قالت"),
    E("B_unsc", b3, "أقر"),
    E("B_addis", b3, "الزيارة", ctx="أن الزيارة تمثل"),
    E("B_decl", b3, "للإعلان"),
    # c1
    E("C_aliyev", c1, "يعلن"),
    E("C_shusha", c1, "استعادة السيطرة"),
    E("C_aliyev", c1, "أعلن"),
    E("C_shusha", c1, "استعادت السيطرة"),
    E("C_battle", c1, "معارك", ctx="بعد معارك ضارية"),
    E("C_aliyev", c1, "وقال", ctx="وقال علييف"),
    E("C_shusha", c1, "حررنا"),
    E("C_aliyev", c1, "متعهدا"),
    E("C_celeb", c1, "للاحتفال"),
    E("C_deny", c1, "نفى"),
    E("C_shusha", c1, "سقوط", ctx="سقوط المدينة"),
    E("C_battle", c1, "المعارك", ctx="\"المعارك مستمرة"),
    E("C_armmod", c1, "ذكرت"),
    E("C_stepan", c1, "قصفت"),
    E("C_war", c1, "القتال"),
    E("C_ganja17", c1, "لضربة صاروخية"),
    # c2
    E("C_admit", c2, "تقرّ"),
    E("C_shusha", c2, "بخسارة"),
    E("C_deal", c2, "اتفاقاً"),
    E("C_war", c2, "حرب", ctx="ينهي حرب"),
    E("C_admit", c2, "أقرّت"),
    E("C_shusha", c2, "فقدان السيطرة"),
    E("C_aliyev", c2, "إعلان", ctx="من إعلان أذربيجان"),
    E("C_shusha", c2, "دخولها"),
    E("C_pash", c2, "أعلن"),
    E("C_deal", c2, "وقّع"),
    E("C_pash", c2, "واصفاً"),
    E("C_kremlin", c2, "قال", ctx="قال الكرملين"),
    E("C_war", c2, "الحرب", ctx="خلال الحرب"),
    E("C_pash", c2, "الإعلان", ctx="وفور الإعلان"),
    E("C_storm", c2, "اقتحم"),
    E("C_apology", c2, "اعتذرت"),
    E("C_mi24", c2, "إسقاط"),
    E("C_mi24", c2, "أطلقت النار"),
    E("C_shusha", c2, "سقوط", ctx="ويشكّل سقوط"),
    E("C_war", c2, "الحرب", ctx="في الحرب التي"),
    E("C_war", c2, "اندلعت"),
    # c3
    E("C_shusha", c3, "سقوطها"),
    E("C_aliyev", c3, "ليعلن"),
    E("C_shusha", c3, "تحرير"),
    E("C_shusha", c3, "دخول", ctx="من دخول القوات"),
    E("C_deal", c3, "وقّع"),
    E("C_war", c3, "حرباً"),
    E("C_kalb", c3, "تمديد"),
    E("C_war", c3, "الحرب", ctx="طوال الحرب"),
    E("C_shushashell", c3, "قصفتها"),
    E("C_cathedral", c3, "وأصابت"),
    E("C_ganja11", c3, "لضربة صاروخية"),
    E("C_ganja17", c3, "لضربة ثانية"),
    E("C_1992", c3, "سيطرت"),
    E("C_war1", c3, "الحرب الأولى"),
    E("C_truce94", c3, "بهدنة"),
    # d1
    E("D_impeach", d1, "يعزل"),
    E("D_oath", d1, "تؤدي"),
    E("D_impeach", d1, "عزل", ctx="على عزل الرئيس"),
    E("D_selfcoup", d1, "محاولته"),
    E("D_impeach", d1, "العزل", ctx="قرار العزل"),
    E("D_oath", d1, "وأدت"),
    E("D_bol7", d1, "وقالت"),
    E("D_oath", d1, "أدائها"),
    E("D_bol7", d1, "مضيفة"),
    E("D_selfcoup", d1, "محاولة انقلاب"),
    E("D_police", d1, "وأفادت"),
    E("D_arrest", d1, "اعتقل"),
    E("D_castann", d1, "أعلن"),
    E("D_selfcoup", d1, "حل الكونغرس"),
    E("D_resign", d1, "استقالاتهم"),
    E("D_army_rej", d1, "رفضا"),
    E("D_elec21", d1, "فاز"),
    E("D_try1", d1, "محاولة أولى"),
    E("D_try2", d1, "محاولة ثانية"),
    # d2
    E("D_detain7", d2, "يأمر"),
    E("D_detain7", d2, "أمر", ctx="أمر قاض"),
    E("D_impeach", d2, "عزله", ctx="غداة عزله"),
    E("D_arrest", d2, "واعتقاله"),
    E("D_castann", d2, "أعلن"),
    E("D_selfcoup", d2, "حل الكونغرس"),
    E("D_impeach", d2, "يصوت"),
    E("D_impeach", d2, "محاولة", ctx="ثالث محاولة"),
    E("D_inaug21", d2, "توليه"),
    E("D_oath", d2, "وأدت"),
    E("D_bol8", d2, "وقالت"),
    E("D_amlo", d2, "قال", ctx="قال الرئيس المكسيكي"),
    E("D_call", d2, "اتصل"),
    E("D_arrest", d2, "يعتقل"),
    E("D_try1", d2, "محاولة أولى"),
    E("D_try2", d2, "محاولة ثانية"),
    # d3
    E("D_detain18", d3, "يمدد"),
    E("D_protests", d3, "الاحتجاجات"),
    E("D_detain18", d3, "قرر"),
    E("D_selfcoup", d3, "محاولته"),
    E("D_detain18", d3, "القرار"),
    E("D_emerg", d3, "إعلان"),
    E("D_protests", d3, "احتجاجات", ctx="إثر احتجاجات"),
    E("D_oath", d3, "أدت"),
    E("D_impeach", d3, "عزل"),
    E("D_cabinet", d3, "شكلت"),
    E("D_pledge12", d3, "وتعهدت"),
    E("D_joint12", d3, "بياناً مشتركاً"),
    E("D_perurej", d3, "رفضته"),
    E("D_detain7", d3, "أمر"),
    E("D_arrest", d3, "لاعتقاله"),
]

DIFF = [
    ("A_cf1", "A_cf2"), ("A_cf2", "A_proto19"), ("A_cf1", "A_proto19"), ("A_clash14", "A_fight16"),
    ("A_fight16", "A_isf17"), ("A_batken", "A_isf16"), ("A_batken", "A_fight16"), ("A_isf16", "A_isf17"),
    ("A_sam", "A_sco"), ("A_kgacc", "A_tjclaim"), ("A_toll16", "A_kgtoll17"), ("A_kgtoll17", "A_tjtoll17"),
    ("A_tjacc17", "A_kgdeny17"), ("A_clash14", "A_apr21"), ("A_tash", "A_pledge"), ("A_cf2", "A_tash"),
    ("B_erd_hsm", "B_erd_abiy"), ("B_call_hsm", "B_call_abiy"), ("B_talks", "B_erd_hsm"),
    ("B_talks", "B_erd_abiy"), ("B_decl", "B_erd"), ("B_r1", "B_r2"), ("B_talks", "B_addis"),
    ("B_decl", "B_joint"), ("B_call_sisi", "B_call_hsm"), ("B_proto_eg", "B_hsm_cairo"),
    ("B_expel", "B_consul"), ("B_abiy_st", "B_hsm_st"), ("B_spox", "B_source"),
    ("C_aliyev", "C_shusha"), ("C_shusha", "C_1992"), ("C_ganja11", "C_ganja17"), ("C_ganja17", "C_stepan"),
    ("C_mi24", "C_apology"), ("C_deal", "C_truce94"), ("C_admit", "C_deny"), ("C_pash", "C_kremlin"),
    ("C_battle", "C_stepan"), ("C_pash", "C_deal"),
    ("D_impeach", "D_oath"), ("D_detain7", "D_detain18"), ("D_try1", "D_try2"), ("D_try1", "D_impeach"),
    ("D_castann", "D_selfcoup"), ("D_bol7", "D_bol8"), ("D_pledge12", "D_joint12"), ("D_arrest", "D_detain7"),
    ("D_elec21", "D_inaug21"), ("D_amlo", "D_call"), ("D_impeach", "D_arrest"),
]

BEFORE = [
    ("A_ussr", "A_apr21"), ("A_apr21", "A_clash14"), ("A_clash14", "A_fight16"), ("A_cf1", "A_cf2"),
    ("A_cf1", "A_sam"), ("A_cf2", "A_isf17"), ("A_cf2", "A_proto19"), ("A_isf17", "A_proto19"),
    ("B_mou", "B_r1"), ("B_mogrej", "B_expel"), ("B_expel", "B_r1"), ("B_r1", "B_r2"), ("B_r2", "B_asmara"),
    ("B_proto_eg", "B_asmara"), ("B_asmara", "B_call_hsm"), ("B_call_hsm", "B_talks"),
    ("B_talks", "B_call_sisi"), ("B_decl", "B_unsc"), ("B_unsc", "B_addis"),
    ("C_1992", "C_truce94"), ("C_truce94", "C_cathedral"), ("C_cathedral", "C_ganja11"),
    ("C_ganja11", "C_ganja17"), ("C_ganja17", "C_shusha"), ("C_shusha", "C_admit"), ("C_admit", "C_storm"),
    ("C_shusha", "C_kalb"), ("C_mi24", "C_storm"),
    ("D_elec21", "D_inaug21"), ("D_inaug21", "D_try1"), ("D_try1", "D_try2"), ("D_try2", "D_impeach"),
    ("D_impeach", "D_detain7"), ("D_detain7", "D_cabinet"), ("D_cabinet", "D_pledge12"),
    ("D_pledge12", "D_emerg"), ("D_emerg", "D_detain18"),
]

GOLD = dict(timex=TIMEX, clusters=CLUSTERS, events=EVENTS, diff=[list(p) for p in DIFF],
            before=[list(p) for p in BEFORE])
