"""Gold for the twenty-sixth blind held-out set (16 articles): the format of ../heldout25/spec.py.

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

Stories: A the Pakistan–Afghanistan border war of October 2025 and its truce (the Kabul
blasts of Thursday 9 October; the Afghan attack on the border posts in the night of Saturday
11 October, the posts the Taliban say they took, Pakistan's shelling; the Spin Boldak clashes
and the strikes on Kandahar and Kabul of Wednesday 15 October; the 48-hour truce in force at
18:00 that evening, extended on Friday 17; the Paktika raids of Friday night, Kabul's charge of
a breach and the cricket board's withdrawal on Saturday 18; the Doha talks of the 18th and the
agreement on an immediate ceasefire announced by Qatar before dawn on Sunday 19; Asif's and
Mujahid's words; the Istanbul round of Saturday 25 October; Torkham closed since the 12th; the
Taliban's takeover of August 2021); B the UAE–Turkey rapprochement (Tahnoun bin Zayed received
by Erdogan in Ankara on Wednesday 18 August 2021; the call of Monday 30 August; Mohammed bin
Zayed's arrival and talks in Ankara on Wednesday 24 November 2021, the agreements signed, ADQ's
ten-billion fund, his words; Erdogan received in Abu Dhabi on Monday 14 February 2022, the
thirteen agreements, his Expo visit planned for the 15th); C Ukraine's Kursk incursion (begun
Tuesday 6 August 2024; Putin's meeting of Monday 12 August; Syrskyi's announcement of Thursday
15 August that Sudzha is fully held, Russia's ministry the same day; the Glushkovo bridge
destroyed on Friday 16 August, Zakharova's charge, the second bridge on the 18th; Russia's
recapture of Sudzha announced on Thursday 13 March 2025, Putin at a Kursk command post on the
12th, Witkoff received that evening, Putin's words before it, the Jeddah talks of Tuesday 11
March and Kyiv's yes to the thirty-day truce); D the Silkyara tunnel in Uttarakhand (the
collapse before dawn on Sunday 12 November 2023; Gadkari's visit of the 19th; Arnold Dix's
arrival on the 20th; the auger broken on Friday 24; manual digging from Monday 27; the 41
workers out on the evening of Tuesday 28 November, taken to hospital by ambulance, received by
Dhami and V. K. Singh, Dhami's award, Modi's post and his call to the workers that night; the
airlift to Rishikesh on the 29th).  X: four distractors with no gold events (Al-Hilal beat
Manchester City at the Club World Cup, OpenAI's GPT-4, Kami Rita Sherpa's thirtieth Everest
summit, Nvidia the most valuable company).
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent

PUBLISHED = {
    "a1_qna_1019": "2025-10-19T11:00:00+03:00",
    "a2_khaleej_1020": "2025-10-20",
    "a3_sharq_1027": "2025-10-27",
    "b1_wam_1124": "2021-11-24T19:00:00+03:00",
    "b2_ittihad_1125": "2021-11-25",
    "b3_bayan_0215": "2022-02-15",
    "c1_kuna_0815": "2024-08-15T22:00:00+03:00",
    "c2_awsat_0817": "2024-08-17",
    "c3_nahar_0314": "2025-03-14",
    "d1_kuna_1128": "2023-11-28T20:30:00+03:00",
    "d2_ahram_1129": "2023-11-29",
    "d3_arab_1205": "2023-12-05",
    "x1_riyadh_0702": "2025-07-02",
    "x2_ittihad_0315": "2023-03-15",
    "x3_nahar_0523": "2024-05-23",
    "x4_eqt_0619": "2024-06-19",
}

TEXTS = {k: (HERE / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}


def _occ(doc, surface, ctx=None):
    """The occurrence number of `surface` in `doc` (inside the unique `ctx`, if given)."""
    text = TEXTS[doc]

    def starts(s):
        out, i = [], text.find(s)
        while i >= 0:
            out.append(i)
            i = text.find(s, i + 1)
        return out

    if ctx is None:
        n = len(starts(surface))
        if n != 1:
            raise SystemExit(f"{doc}: {surface!r} occurs {n} times; give a ctx")
        return 1
    c = starts(ctx)
    if len(c) != 1 or surface not in ctx:
        raise SystemExit(f"{doc}: ctx {ctx!r} occurs {len(c)} times or lacks {surface!r}")
    pos = c[0] + ctx.index(surface)
    return starts(surface).index(pos) + 1


def D(doc, surface, value, a=None, b=None, lo=None, hi=None, ctx=None, req=True):
    """A date row: tight a..b (the value's day by default), outer lo..hi (tight by default)."""
    a = a or value
    b = b or a
    return (doc, surface, _occ(doc, surface, ctx), "date", value, [a, b], [lo or a, hi or b], req)


def DUR(doc, surface, value, ctx=None, req=True):
    return (doc, surface, _occ(doc, surface, ctx), "duration", value, None, None, req)


def M(doc, surface, days, ctx=None):
    return (doc, surface, _occ(doc, surface, ctx), "multi", days, [days[0], days[-1]], [days[0], days[-1]], True)


def V(doc, surface, ctx=None):
    return (doc, surface, _occ(doc, surface, ctx), "vague", None, None, None, False)


def C(kind, a, b=None, lo=None, hi=None, who=()):
    b = b or a
    return dict(type=kind, tight=[a, b], outer=[lo or a, hi or b], participants=[list(p) for p in who])


def E(cluster, doc, surface, ctx=None):
    return (cluster, doc, surface, _occ(doc, surface, ctx), CLUSTERS[cluster]["type"])


# ------------------------------------------------------------------ participants' names
PAK = ("باكستان", "إسلام آباد")
AFG = ("أفغانستان", "كابول", "طالبان", "حكومة طالبان")
TALIBAN_FORCES = ("القوات الأفغانية", "قوات طالبان", "طالبان", "أفغانستان")
QATAR = ("دولة قطر", "قطر", "وزارة الخارجية", "الخارجية القطرية")
ASIF = ("خواجة محمد آصف", "خواجة آصف", "آصف")
YAQOOB = ("الملا محمد يعقوب مجاهد", "الملا محمد يعقوب", "محمد يعقوب")
MUJAHID = ("ذبيح الله مجاهد", "مجاهد")
MBZ = ("الشيخ محمد بن زايد آل نهيان", "محمد بن زايد", "سموه")
ERDOGAN = ("رجب طيب أردوغان", "الرئيس أردوغان", "أردوغان", "الرئيس التركي")
TAHNOUN = ("الشيخ طحنون بن زايد آل نهيان", "طحنون بن زايد")
ADQ = ("القابضة", "ADQ")
UKR = ("القوات الأوكرانية", "أوكرانيا", "كييف")
SYRSKYI = ("أولكسندر سيرسكي", "سيرسكي")
PUTIN = ("فلاديمير بوتين", "بوتين")
RUMOD = ("وزارة الدفاع الروسية",)
UAF = ("القوات الجوية الأوكرانية", "القوات الأوكرانية", "كييف")
MODI = ("ناريندرا مودي", "ناريندرا مودى", "مودي", "مودى")
WORKERS = ("العمال", "العمال الـ٤١", "العمال ال41")
DHAMI = ("بوشكار سينغ دامي", "بوشكار سينج دامى", "دامى", "دامي")

CLUSTERS = {
    # A: Pakistan and Afghanistan, October 2025
    "A_kabul_blasts": C("strike", "2025-10-09", who=[PAK]),
    "A_clashes": C("strike", "2025-10-11", "2025-10-12", who=[TALIBAN_FORCES, PAK]),
    "A_pak_shelling": C("strike", "2025-10-11", "2025-10-12", who=[PAK, AFG]),
    "A_posts_taken": C("capture", "2025-10-11", "2025-10-12", who=[TALIBAN_FORCES]),
    "A_torkham_closed": C("other", "2025-10-12", lo="2025-10-11", hi="2025-10-12"),
    "A_spin_boldak": C("strike", "2025-10-15"),
    "A_kandahar_strikes": C("strike", "2025-10-15", who=[PAK]),
    "A_truce48": C("ceasefire", "2025-10-15", who=[PAK, AFG]),
    "A_truce_extended": C("ceasefire", "2025-10-17", who=[PAK, AFG]),
    "A_paktika_raids": C("strike", "2025-10-17", lo="2025-10-17", hi="2025-10-18", who=[PAK]),
    "A_breach_charge": C("statement", "2025-10-18", who=[AFG, PAK]),
    "A_cricket_withdrawal": C("other", "2025-10-18", who=[("مجلس الكريكيت الأفغاني",)]),
    "A_doha_talks": C("meeting", "2025-10-18", who=[ASIF, YAQOOB, QATAR]),
    "A_doha_ceasefire": C("ceasefire", "2025-10-18", "2025-10-19", who=[PAK, AFG]),
    "A_qatar_statement": C("statement", "2025-10-19", who=[QATAR]),
    "A_welcome": C("statement", "2025-10-19", who=[PAK, AFG]),
    "A_asif_words": C("statement", "2025-10-19", who=[ASIF]),
    "A_mujahid_statement": C("statement", "2025-10-19", who=[MUJAHID]),
    "A_istanbul_round": C("meeting", "2025-10-25", lo="2025-10-25", hi="2025-10-27", who=[PAK, AFG]),
    "A_taliban_takeover": C("capture", "2021-08-15", lo="2021-08-01", hi="2021-08-31", who=[("طالبان",)]),
    # B: the UAE and Turkey, 2021-2022
    "B_tahnoun_meeting": C("meeting", "2021-08-18", lo="2021-08-01", hi="2021-08-31", who=[TAHNOUN, ERDOGAN]),
    "B_call": C("call", "2021-08-30", lo="2021-08-21", hi="2021-08-31", who=[MBZ, ERDOGAN]),
    "B_arrival": C("other", "2021-11-24", who=[MBZ]),
    "B_ankara_talks": C("meeting", "2021-11-24", who=[MBZ, ERDOGAN]),
    "B_ankara_signing": C("other", "2021-11-24", who=[MBZ, ERDOGAN]),
    "B_fund": C("statement", "2021-11-24", who=[ADQ]),
    "B_mbz_words": C("statement", "2021-11-24", who=[MBZ]),
    "B_abudhabi_talks": C("meeting", "2022-02-14", who=[MBZ, ERDOGAN]),
    "B_abudhabi_signing": C("other", "2022-02-14", who=[MBZ, ERDOGAN]),
    "B_expo_visit": C("other", "2022-02-15", who=[ERDOGAN]),
    # C: Kursk, August 2024 - March 2025
    "C_incursion": C("strike", "2024-08-06", who=[UKR]),
    "C_putin_meeting": C("meeting", "2024-08-12", who=[PUTIN]),
    "C_sudzha_taken": C("capture", "2024-08-15", lo="2024-08-06", hi="2024-08-15", who=[UKR]),
    "C_syrskyi_announces": C("statement", "2024-08-15", who=[SYRSKYI]),
    "C_rumod_2024": C("statement", "2024-08-15", who=[RUMOD]),
    "C_bridge1": C("strike", "2024-08-16", who=[UAF]),
    "C_zakharova": C("statement", "2024-08-16", lo="2024-08-16", hi="2024-08-17", who=[("ماريا زاخاروفا", "زاخاروفا")]),
    "C_bridge2": C("strike", "2024-08-18", who=[UAF]),
    "C_jeddah_talks": C("meeting", "2025-03-11", who=[UKR]),
    "C_kyiv_accepts": C("ceasefire", "2025-03-11", who=[UKR]),
    "C_putin_visit": C("meeting", "2025-03-12", who=[PUTIN]),
    "C_sudzha_retaken": C("capture", "2025-03-13", lo="2025-03-12", hi="2025-03-13", who=[("قواتها", "القوات الروسية", "موسكو")]),
    "C_rumod_2025": C("statement", "2025-03-13", who=[RUMOD]),
    "C_putin_words": C("statement", "2025-03-13", who=[PUTIN]),
    "C_witkoff": C("meeting", "2025-03-13", who=[PUTIN, ("ستيف ويتكوف", "ويتكوف")]),
    # D: the Silkyara tunnel, November 2023
    "D_collapse": C("other", "2023-11-12"),
    "D_gadkari_visit": C("other", "2023-11-19", who=[("نيتين جادكارى", "جادكارى"), DHAMI]),
    "D_dix_arrives": C("other", "2023-11-20", who=[("أرنولد ديكس",)]),
    "D_auger_breaks": C("other", "2023-11-24", lo="2023-11-12", hi="2023-11-28"),
    "D_manual_digging": C("other", "2023-11-27", "2023-11-28", who=[("عمال مناجم",)]),
    "D_rescue": C("other", "2023-11-28", who=[("فرق الإنقاذ",)]),
    "D_ambulances": C("other", "2023-11-28", who=[WORKERS]),
    "D_reception": C("meeting", "2023-11-28", who=[DHAMI, ("فى. كيه. سينج",), WORKERS]),
    "D_dhami_award": C("statement", "2023-11-28", who=[DHAMI]),
    "D_modi_post": C("statement", "2023-11-28", who=[MODI]),
    "D_modi_call": C("call", "2023-11-28", who=[MODI, WORKERS]),
    "D_airlift": C("other", "2023-11-29", who=[("سلاح الجو الهندي",), WORKERS]),
}

TIMEX = [
    # a1 QNA, Sunday 19 October 2025
    D("a1_qna_1019", "19 أكتوبر", "2025-10-19"),
    D("a1_qna_1019", "أمس", "2025-10-18", ctx="في الدوحة أمس"),
    D("a1_qna_1019", "فجر اليوم الأحد", "2025-10-19TMO", "2025-10-19"),
    D("a1_qna_1019", "مساء الأربعاء الماضي", "2025-10-15TEV", "2025-10-15"),
    DUR("a1_qna_1019", "48 ساعة", "PT48H"),
    D("a1_qna_1019", "السادسة مساء", "2025-10-15T18:00", "2025-10-15", req=False),
    D("a1_qna_1019", "يوم الجمعة", "2025-10-17"),
    V("a1_qna_1019", "بعد أسبوع"),
    D("a1_qna_1019", "ليل السبت 11 أكتوبر", "2025-10-11TNI", "2025-10-11", hi="2025-10-12"),
    # a2 Al-Khaleej, Monday 20 October 2025
    D("a2_khaleej_1020", "أمس الأحد", "2025-10-19"),
    V("a2_khaleej_1020", "بعد أسبوع"),
    D("a2_khaleej_1020", "السبت", "2025-10-18", ctx="محادثات السبت"),
    D("a2_khaleej_1020", "يوم 25 أكتوبر/تشرين الأول", "2025-10-25"),
    D("a2_khaleej_1020", "ظهر أمس", "2025-10-19TAF", "2025-10-19"),
    D("a2_khaleej_1020", "ليل الجمعة", "2025-10-17TNI", "2025-10-17", hi="2025-10-18"),
    D("a2_khaleej_1020", "السبت", "2025-10-18", ctx="كابول السبت"),
    D("a2_khaleej_1020", "في اليوم نفسه", "2025-10-18", ctx="في اليوم نفسه انسحاب"),
    D("a2_khaleej_1020", "الشهر المقبل", "2025-11", "2025-11-01", "2025-11-30"),
    D("a2_khaleej_1020", "مساء الأربعاء", "2025-10-15TEV", "2025-10-15"),
    DUR("a2_khaleej_1020", "48 ساعة", "PT48H"),
    D("a2_khaleej_1020", "صباح اليوم نفسه", "2025-10-15TMO", "2025-10-15"),
    D("a2_khaleej_1020", "الجمعة", "2025-10-17", ctx="تمديدها الجمعة"),
    D("a2_khaleej_1020", "ليل 11 أكتوبر", "2025-10-11TNI", "2025-10-11", hi="2025-10-12"),
    D("a2_khaleej_1020", "التاسع من الشهر نفسه", "2025-10-09"),
    # a3 Al-Sharq, Monday 27 October 2025
    V("a3_sharq_1027", "بعد أسبوع"),
    V("a3_sharq_1027", "أسبوعها الثاني"),
    D("a3_sharq_1027", "يوم السبت الماضي", "2025-10-25"),
    D("a3_sharq_1027", "فجر التاسع عشر من أكتوبر الجاري", "2025-10-19TMO", "2025-10-19"),
    D("a3_sharq_1027", "أغسطس 2021", "2021-08", "2021-08-01", "2021-08-31"),
    M("a3_sharq_1027", "بين 11 و12 أكتوبر", ["2025-10-11", "2025-10-12"]),
    DUR("a3_sharq_1027", "الثماني والأربعين ساعة", "PT48H"),
    D("a3_sharq_1027", "قبل اثني عشر يوماً", "2025-10-15"),
    D("a3_sharq_1027", "بعد يومين من إعلانها", "2025-10-17", req=False),
    D("a3_sharq_1027", "12 أكتوبر", "2025-10-12", ctx="منذ 12 أكتوبر"),
    # b1 WAM, Wednesday 24 November 2021
    D("b1_wam_1124", "24 نوفمبر", "2021-11-24"),
    D("b1_wam_1124", "اليوم", "2021-11-24", ctx="اليوم، جلسة"),
    D("b1_wam_1124", "30 أغسطس الماضي", "2021-08-30"),
    D("b1_wam_1124", "يوم 18 أغسطس", "2021-08-18"),
    # b2 Al-Ittihad, Thursday 25 November 2021
    D("b2_ittihad_1125", "الخميس 20 ربيع الآخر 1443هـ الموافق 25 نوفمبر 2021م", "2021-11-25"),
    D("b2_ittihad_1125", "أمس الأربعاء", "2021-11-24"),
    D("b2_ittihad_1125", "صباح أمس", "2021-11-24TMO", "2021-11-24"),
    D("b2_ittihad_1125", "عام 2012", "2012", "2012-01-01", "2012-12-31"),
    D("b2_ittihad_1125", "أغسطس الماضي", "2021-08", "2021-08-01", "2021-08-31", ctx="في أغسطس الماضي ولقائه"),
    D("b2_ittihad_1125", "نهاية أغسطس الماضي", "2021-08", "2021-08-21", "2021-08-31"),
    # b3 Al-Bayan, Tuesday 15 February 2022
    D("b3_bayan_0215", "أمس", "2022-02-14", ctx="أمس، في قصر"),
    V("b3_bayan_0215", "نحو عقد من الزمن"),
    D("b3_bayan_0215", "أمس الاثنين", "2022-02-14"),
    V("b3_bayan_0215", "أقل من ثلاثة أشهر"),
    D("b3_bayan_0215", "24 نوفمبر الماضي", "2021-11-24"),
    V("b3_bayan_0215", "نحو ستة أشهر"),
    D("b3_bayan_0215", "اليوم الثلاثاء", "2022-02-15"),
    DUR("b3_bayan_0215", "يومين", "P2D"),
    # c1 KUNA, Thursday 15 August 2024
    D("c1_kuna_0815", "15 - 8", "2024-08-15"),
    D("c1_kuna_0815", "اليوم الخميس", "2024-08-15"),
    DUR("c1_kuna_0815", "تسعة أيام", "P9D"),
    V("c1_kuna_0815", "اليوم الأخير"),
    D("c1_kuna_0815", "السادس من أغسطس الجاري", "2024-08-06"),
    D("c1_kuna_0815", "اليوم", "2024-08-15", ctx="الروسية اليوم إن"),
    D("c1_kuna_0815", "يوم الاثنين الماضي", "2024-08-12"),
    # c2 Asharq Al-Awsat, Saturday 17 August 2024
    D("c2_awsat_0817", "أمس (الجمعة)", "2024-08-16"),
    V("c2_awsat_0817", "غداة"),
    D("c2_awsat_0817", "(الخميس)", "2024-08-15"),
    D("c2_awsat_0817", "6 أغسطس (آب)", "2024-08-06"),
    # c3 Annahar, Friday 14 March 2025
    D("c3_nahar_0314", "أمس الخميس", "2025-03-13"),
    D("c3_nahar_0314", "6 آب 2024", "2024-08-06"),
    V("c3_nahar_0314", "غداة"),
    D("c3_nahar_0314", "الأربعاء", "2025-03-12"),
    D("c3_nahar_0314", "15 آب الماضي", "2024-08-15"),
    D("c3_nahar_0314", "في اليوم التالي", "2024-08-16"),
    D("c3_nahar_0314", "18 آب", "2024-08-18"),
    V("c3_nahar_0314", "يومها"),
    D("c3_nahar_0314", "مساء الخميس", "2025-03-13TEV", "2025-03-13"),
    DUR("c3_nahar_0314", "ثلاثين يوماً", "P30D"),
    D("c3_nahar_0314", "يوم الثلاثاء", "2025-03-11"),
    D("c3_nahar_0314", "قبل ساعات من اللقاء", "2025-03-13", req=False),
    # d1 KUNA, Tuesday 28 November 2023
    D("d1_kuna_1128", "28 - 11", "2023-11-28"),
    D("d1_kuna_1128", "مساء اليوم الثلاثاء", "2023-11-28TEV", "2023-11-28"),
    D("d1_kuna_1128", "الثاني عشر من الشهر الجاري", "2023-11-12"),
    V("d1_kuna_1128", "ساعات", ctx="استمر ساعات"),
    D("d1_kuna_1128", "فجر الثاني عشر من نوفمبر", "2023-11-12TMO", "2023-11-12"),
    D("d1_kuna_1128", "يوم الجمعة الماضي", "2023-11-24"),
    D("d1_kuna_1128", "أمس الاثنين", "2023-11-27"),
    # d2 Al-Ahram, Wednesday 29 November 2023 (Arabic-Indic digits)
    D("d2_ahram_1129", "ليل الثلاثاء", "2023-11-28TNI", "2023-11-28", hi="2023-11-29"),
    DUR("d2_ahram_1129", "١٧ يوما", "P17D"),
    D("d2_ahram_1129", "مساء الثلاثاء", "2023-11-28TEV", "2023-11-28"),
    D("d2_ahram_1129", "فجر ١٢ نوفمبر الحالى", "2023-11-12TMO", "2023-11-12"),
    D("d2_ahram_1129", "٢٠ نوفمبر", "2023-11-20"),
    D("d2_ahram_1129", "يوم ١٩ نوفمبر", "2023-11-19"),
    D("d2_ahram_1129", "يوم ٢٤ نوفمبر", "2023-11-24"),
    # d3 Al-Arab, Tuesday 5 December 2023
    D("d3_arab_1205", "قبل أسبوع", "2023-11-28"),
    D("d3_arab_1205", "في اليوم التالي لإنقاذهم", "2023-11-29", req=False),
    V("d3_arab_1205", "ليلة خروجهم"),
    D("d3_arab_1205", "في اليوم نفسه", "2023-11-28", req=False),
    D("d3_arab_1205", "12 نوفمبر", "2023-11-12"),
    DUR("d3_arab_1205", "سبعة عشر يوماً", "P17D"),
    DUR("d3_arab_1205", "يومين", "P2D"),
    # x1 Al-Riyadh, Wednesday 2 July 2025 (Hijri dateline)
    D("x1_riyadh_0702", "الأربعاء 7 محرم 1447هـ - 2 يوليو 2025م", "2025-07-02"),
    D("x1_riyadh_0702", "فجر أمس الثلاثاء", "2025-07-01TMO", "2025-07-01"),
    DUR("x1_riyadh_0702", "ست دقائق", "PT6M"),
    D("x1_riyadh_0702", "يوم الجمعة المقبل", "2025-07-04"),
    # x2 Al-Ittihad, Wednesday 15 March 2023
    D("x2_ittihad_0315", "أمس الثلاثاء", "2023-03-14"),
    V("x2_ittihad_0315", "منذ أسابيع"),
    D("x2_ittihad_0315", "العام الجاري", "2023", "2023-01-01", "2023-12-31"),
    D("x2_ittihad_0315", "30 نوفمبر الماضي", "2022-11-30"),
    DUR("x2_ittihad_0315", "شهرين", "P2M"),
    # x3 Annahar, Thursday 23 May 2024
    D("x3_nahar_0523", "صباح أمس الأربعاء", "2024-05-22TMO", "2024-05-22"),
    DUR("x3_nahar_0523", "عشرة أيام", "P10D"),
    D("x3_nahar_0523", "12 أيار الجاري", "2024-05-12"),
    V("x3_nahar_0523", "54 عاماً"),
    D("x3_nahar_0523", "الساعة 7:49 صباحاً", "2024-05-22T07:49", "2024-05-22", req=False),
    V("x3_nahar_0523", "ليلاً", ctx="الرابع ليلاً"),
    V("x3_nahar_0523", "منذ سنوات"),
    D("x3_nahar_0523", "عام 1994", "1994", "1994-01-01", "1994-12-31"),
    # x4 Al-Eqtisadiah, Wednesday 19 June 2024 (Hijri dateline)
    D("x4_eqt_0619", "الأربعاء 13 ذو الحجة 1445هـ - 19 يونيو 2024م", "2024-06-19"),
    D("x4_eqt_0619", "أمس الثلاثاء", "2024-06-18"),
    V("x4_eqt_0619", "مطلع العام"),
    D("x4_eqt_0619", "فبراير الماضي", "2024-02", "2024-02-01", "2024-02-29"),
    D("x4_eqt_0619", "الخامس من يونيو الجاري", "2024-06-05"),
    V("x4_eqt_0619", "بداية العام"),
]

EVENTS = [
    # ---- A
    E("A_doha_ceasefire", "a1_qna_1019", "وقف فوري لإطلاق النار", ctx="اتفاق باكستان وأفغانستان على وقف فوري لإطلاق النار"),
    E("A_qatar_statement", "a1_qna_1019", "أعلنت", ctx="أعلنت دولة قطر"),
    E("A_doha_ceasefire", "a1_qna_1019", "وقف فوري لإطلاق النار", ctx="اتفقتا على وقف فوري لإطلاق النار"),
    E("A_doha_talks", "a1_qna_1019", "جولة مفاوضات"),
    E("A_qatar_statement", "a1_qna_1019", "قالت", ctx="وقالت وزارة الخارجية"),
    E("A_qatar_statement", "a1_qna_1019", "بيان", ctx="في بيان فجر"),
    E("A_truce48", "a1_qna_1019", "هدنة مؤقتة"),
    E("A_truce48", "a1_qna_1019", "بدأ سريانها"),
    E("A_truce_extended", "a1_qna_1019", "تمديدها"),
    E("A_doha_talks", "a1_qna_1019", "محادثات الدوحة"),
    E("A_clashes", "a1_qna_1019", "اشتباكات حدودية"),
    E("A_clashes", "a1_qna_1019", "هاجمت"),
    E("A_pak_shelling", "a1_qna_1019", "بقصف مواقع"),
    E("A_doha_ceasefire", "a2_khaleej_1020", "اتفاق الدوحة"),
    E("A_welcome", "a2_khaleej_1020", "رحبت"),
    E("A_doha_ceasefire", "a2_khaleej_1020", "وقف فوري لإطلاق النار"),
    E("A_clashes", "a2_khaleej_1020", "المعارك الحدودية"),
    E("A_asif_words", "a2_khaleej_1020", "قال", ctx="وقال وزير الدفاع الباكستاني"),
    E("A_doha_talks", "a2_khaleej_1020", "محادثات السبت"),
    E("A_doha_ceasefire", "a2_khaleej_1020", "الاتفاق", ctx="إن الاتفاق «أنجز»"),
    E("A_istanbul_round", "a2_khaleej_1020", "سيلتقيان"),
    E("A_mujahid_statement", "a2_khaleej_1020", "بيان", ctx="في بيان أصدره"),
    E("A_doha_ceasefire", "a2_khaleej_1020", "الاتفاق", ctx="وجاء الاتفاق"),
    E("A_paktika_raids", "a2_khaleej_1020", "غارات جوية باكستانية"),
    E("A_breach_charge", "a2_khaleej_1020", "اتهمت"),
    E("A_cricket_withdrawal", "a2_khaleej_1020", "انسحاب"),
    E("A_truce48", "a2_khaleej_1020", "الهدنة المؤقتة"),
    E("A_spin_boldak", "a2_khaleej_1020", "اشتباكات عنيفة"),
    E("A_kandahar_strikes", "a2_khaleej_1020", "غارات باكستانية على قندهار"),
    E("A_truce_extended", "a2_khaleej_1020", "تمديدها"),
    E("A_clashes", "a2_khaleej_1020", "المواجهات"),
    E("A_clashes", "a2_khaleej_1020", "هاجمت"),
    E("A_posts_taken", "a2_khaleej_1020", "سيطرت"),
    E("A_kabul_blasts", "a2_khaleej_1020", "انفجارات"),
    E("A_doha_ceasefire", "a3_sharq_1027", "اتفاق الدوحة", ctx="بعد أسبوع على اتفاق الدوحة"),
    E("A_istanbul_round", "a3_sharq_1027", "محادثات إسطنبول", ctx="محادثات إسطنبول تختبر"),
    E("A_doha_ceasefire", "a3_sharq_1027", "الهدنة", ctx="صمود الهدنة"),
    E("A_doha_ceasefire", "a3_sharq_1027", "الهدنة", ctx="تدخل الهدنة"),
    E("A_istanbul_round", "a3_sharq_1027", "الجولة الثانية من المحادثات"),
    E("A_doha_ceasefire", "a3_sharq_1027", "وقف فوري لإطلاق النار"),
    E("A_doha_talks", "a3_sharq_1027", "محادثات", ctx="بعد محادثات استمرت"),
    E("A_qatar_statement", "a3_sharq_1027", "أعلنت", ctx="وأعلنت وزارة الخارجية"),
    E("A_qatar_statement", "a3_sharq_1027", "بيان"),
    E("A_doha_ceasefire", "a3_sharq_1027", "اتفاق الدوحة", ctx="سبقت اتفاق الدوحة"),
    E("A_clashes", "a3_sharq_1027", "مواجهات", ctx="أعنف مواجهات"),
    E("A_taliban_takeover", "a3_sharq_1027", "استيلاء"),
    E("A_clashes", "a3_sharq_1027", "هجوم أفغاني"),
    E("A_truce48", "a3_sharq_1027", "هدنة", ctx="بهدنة الثماني"),
    E("A_truce48", "a3_sharq_1027", "أعلنت", ctx="التي أعلنت قبل"),
    E("A_truce_extended", "a3_sharq_1027", "مددها"),
    E("A_torkham_closed", "a3_sharq_1027", "مغلقاً"),
    E("A_istanbul_round", "a3_sharq_1027", "محادثات إسطنبول", ctx="ستسفر عنه محادثات إسطنبول"),
    # ---- B
    E("B_ankara_talks", "b1_wam_1124", "محادثات رسمية", ctx="يعقدان محادثات رسمية"),
    E("B_ankara_talks", "b1_wam_1124", "جلسة محادثات رسمية"),
    E("B_arrival", "b1_wam_1124", "وصوله"),
    E("B_ankara_talks", "b1_wam_1124", "مراسم استقبال رسمية"),
    E("B_ankara_signing", "b1_wam_1124", "توقيع"),
    E("B_ankara_talks", "b1_wam_1124", "المحادثات", ctx="عقب المحادثات"),
    E("B_fund", "b1_wam_1124", "أعلنت"),
    E("B_ankara_talks", "b1_wam_1124", "الزيارة", ctx="خلال الزيارة"),
    E("B_mbz_words", "b1_wam_1124", "أكد"),
    E("B_ankara_talks", "b1_wam_1124", "المحادثات", ctx="خلال المحادثات"),
    E("B_ankara_talks", "b1_wam_1124", "الزيارة", ctx="أن تشكل الزيارة"),
    E("B_ankara_talks", "b1_wam_1124", "الزيارة", ctx="وتأتي الزيارة"),
    E("B_call", "b1_wam_1124", "الاتصال الهاتفي"),
    E("B_tahnoun_meeting", "b1_wam_1124", "اللقاء"),
    E("B_ankara_talks", "b1_wam_1124", "المحادثات", ctx="حضر المحادثات"),
    E("B_ankara_talks", "b2_ittihad_1125", "بحث", ctx="بحث صاحب"),
    E("B_arrival", "b2_ittihad_1125", "وصل"),
    E("B_ankara_talks", "b2_ittihad_1125", "زيارة", ctx="أول زيارة له"),
    E("B_arrival", "b2_ittihad_1125", "استقباله"),
    E("B_ankara_signing", "b2_ittihad_1125", "وقع", ctx="ووقع الجانبان"),
    E("B_fund", "b2_ittihad_1125", "كشفت"),
    E("B_ankara_talks", "b2_ittihad_1125", "الزيارة", ctx="وتتوج الزيارة"),
    E("B_tahnoun_meeting", "b2_ittihad_1125", "زيارة", ctx="بزيارة سمو"),
    E("B_tahnoun_meeting", "b2_ittihad_1125", "لقائه"),
    E("B_call", "b2_ittihad_1125", "الاتصال الهاتفي"),
    E("B_abudhabi_talks", "b3_bayan_0215", "زيارة", ctx="زيارة تكرس"),
    E("B_abudhabi_talks", "b3_bayan_0215", "استقبل"),
    E("B_abudhabi_talks", "b3_bayan_0215", "زيارة", ctx="بأول زيارة"),
    E("B_abudhabi_talks", "b3_bayan_0215", "مراسم استقبال رسمية"),
    E("B_abudhabi_talks", "b3_bayan_0215", "جلسة مباحثات"),
    E("B_abudhabi_signing", "b3_bayan_0215", "تبادل", ctx="تبادل 13"),
    E("B_abudhabi_talks", "b3_bayan_0215", "زيارة", ctx="وتأتي زيارة"),
    E("B_ankara_talks", "b3_bayan_0215", "زيارة", ctx="على زيارة صاحب"),
    E("B_fund", "b3_bayan_0215", "الإعلان"),
    E("B_call", "b3_bayan_0215", "المكالمة الهاتفية"),
    E("B_expo_visit", "b3_bayan_0215", "يزور"),
    E("B_abudhabi_talks", "b3_bayan_0215", "زيارته"),
    # ---- C
    E("C_syrskyi_announces", "c1_kuna_0815", "يعلن"),
    E("C_sudzha_taken", "c1_kuna_0815", "السيطرة الكاملة"),
    E("C_syrskyi_announces", "c1_kuna_0815", "أعلن"),
    E("C_sudzha_taken", "c1_kuna_0815", "سيطرة قواته"),
    E("C_incursion", "c1_kuna_0815", "التوغل", ctx="بدء التوغل الأوكراني"),
    E("C_syrskyi_announces", "c1_kuna_0815", "قال", ctx="وقال سيرسكي"),
    E("C_sudzha_taken", "c1_kuna_0815", "طهرت"),
    E("C_sudzha_taken", "c1_kuna_0815", "تسيطر"),
    E("C_incursion", "c1_kuna_0815", "توغلها"),
    E("C_rumod_2024", "c1_kuna_0815", "قالت"),
    E("C_putin_meeting", "c1_kuna_0815", "اجتماعا"),
    E("C_incursion", "c1_kuna_0815", "التوغل", ctx="وصف فيه التوغل"),
    E("C_bridge1", "c2_awsat_0817", "تدمر"),
    E("C_incursion", "c2_awsat_0817", "توغلها"),
    E("C_bridge1", "c2_awsat_0817", "دمرت"),
    E("C_bridge1", "c2_awsat_0817", "ضربة", ctx="في ضربة"),
    E("C_zakharova", "c2_awsat_0817", "اتهمت"),
    E("C_bridge1", "c2_awsat_0817", "الهجوم"),
    E("C_bridge1", "c2_awsat_0817", "الضربة", ctx="وجاءت الضربة"),
    E("C_syrskyi_announces", "c2_awsat_0817", "إعلان"),
    E("C_sudzha_taken", "c2_awsat_0817", "السيطرة الكاملة"),
    E("C_incursion", "c2_awsat_0817", "العملية"),
    E("C_bridge1", "c2_awsat_0817", "تدمير"),
    E("C_sudzha_retaken", "c3_nahar_0314", "استعادة"),
    E("C_witkoff", "c3_nahar_0314", "يستقبل"),
    E("C_rumod_2025", "c3_nahar_0314", "أعلنت", ctx="أعلنت وزارة الدفاع"),
    E("C_sudzha_retaken", "c3_nahar_0314", "استعادت"),
    E("C_sudzha_taken", "c3_nahar_0314", "سيطرت"),
    E("C_incursion", "c3_nahar_0314", "توغلها"),
    E("C_rumod_2025", "c3_nahar_0314", "الإعلان"),
    E("C_putin_visit", "c3_nahar_0314", "زيارة"),
    E("C_syrskyi_announces", "c3_nahar_0314", "أعلنت", ctx="كييف أعلنت"),
    E("C_sudzha_taken", "c3_nahar_0314", "السيطرة الكاملة"),
    E("C_bridge1", "c3_nahar_0314", "دمرت", ctx="ودمرت في"),
    E("C_bridge2", "c3_nahar_0314", "دمرت", ctx="ثم دمرت"),
    E("C_incursion", "c3_nahar_0314", "التوغل", ctx="واعتبر التوغل"),
    E("C_witkoff", "c3_nahar_0314", "استقبل"),
    E("C_kyiv_accepts", "c3_nahar_0314", "وافقت"),
    E("C_jeddah_talks", "c3_nahar_0314", "محادثات جدة"),
    E("C_putin_words", "c3_nahar_0314", "قال"),
    E("C_witkoff", "c3_nahar_0314", "اللقاء"),
    E("C_sudzha_retaken", "c3_nahar_0314", "خسارة"),
    # ---- D
    E("D_rescue", "d1_kuna_1128", "إنقاذ", ctx="الهند: إنقاذ"),
    E("D_collapse", "d1_kuna_1128", "منهار", ctx="في نفق منهار بولاية"),
    E("D_rescue", "d1_kuna_1128", "إخراج"),
    E("D_collapse", "d1_kuna_1128", "منهار", ctx="داخل نفق منهار"),
    E("D_rescue", "d1_kuna_1128", "خرجوا"),
    E("D_manual_digging", "d1_kuna_1128", "حفر يدوي"),
    E("D_ambulances", "d1_kuna_1128", "نقلوا"),
    E("D_modi_post", "d1_kuna_1128", "أشاد"),
    E("D_collapse", "d1_kuna_1128", "انهار"),
    E("D_auger_breaks", "d1_kuna_1128", "تعطلت"),
    E("D_manual_digging", "d1_kuna_1128", "بدأوا العمل"),
    E("D_modi_call", "d2_ahram_1129", "يهاتف"),
    E("D_rescue", "d2_ahram_1129", "خروجهم"),
    E("D_modi_call", "d2_ahram_1129", "اتصالا هاتفيا"),
    E("D_rescue", "d2_ahram_1129", "أُخرجوا"),
    E("D_collapse", "d2_ahram_1129", "المنهار"),
    E("D_reception", "d2_ahram_1129", "استقبال"),
    E("D_dhami_award", "d2_ahram_1129", "أعلن"),
    E("D_collapse", "d2_ahram_1129", "انهيار"),
    E("D_dix_arrives", "d2_ahram_1129", "وصل"),
    E("D_gadkari_visit", "d2_ahram_1129", "زار"),
    E("D_auger_breaks", "d2_ahram_1129", "تحطمت"),
    E("D_manual_digging", "d2_ahram_1129", "يتولى"),
    E("D_rescue", "d3_arab_1205", "إنقاذ", ctx="بعد أسبوع على إنقاذ"),
    E("D_rescue", "d3_arab_1205", "إنقاذ", ctx="يطرح إنقاذ"),
    E("D_airlift", "d3_arab_1205", "نقل العمال"),
    E("D_rescue", "d3_arab_1205", "إنقاذهم"),
    E("D_modi_call", "d3_arab_1205", "تحدث"),
    E("D_rescue", "d3_arab_1205", "خروجهم"),
    E("D_dhami_award", "d3_arab_1205", "أعلن"),
    E("D_collapse", "d3_arab_1205", "انهيار", ctx="إن انهيار"),
    E("D_auger_breaks", "d3_arab_1205", "تعطلت"),
]

DIFF = [
    ["A_truce48", "A_truce_extended"], ["A_truce48", "A_doha_ceasefire"], ["A_truce_extended", "A_doha_ceasefire"],
    ["A_kabul_blasts", "A_paktika_raids"], ["A_kabul_blasts", "A_kandahar_strikes"], ["A_paktika_raids", "A_kandahar_strikes"],
    ["A_clashes", "A_spin_boldak"], ["A_clashes", "A_pak_shelling"], ["A_spin_boldak", "A_kandahar_strikes"],
    ["A_doha_talks", "A_istanbul_round"], ["A_qatar_statement", "A_mujahid_statement"],
    ["A_asif_words", "A_mujahid_statement"], ["A_breach_charge", "A_mujahid_statement"],
    ["A_posts_taken", "A_taliban_takeover"],
    ["B_ankara_talks", "B_abudhabi_talks"], ["B_ankara_talks", "B_tahnoun_meeting"],
    ["B_ankara_signing", "B_abudhabi_signing"], ["B_fund", "B_mbz_words"], ["B_arrival", "B_ankara_talks"],
    ["B_abudhabi_talks", "B_expo_visit"], ["B_call", "B_tahnoun_meeting"],
    ["C_sudzha_taken", "C_sudzha_retaken"], ["C_bridge1", "C_bridge2"], ["C_incursion", "C_bridge1"],
    ["C_syrskyi_announces", "C_rumod_2024"], ["C_rumod_2024", "C_rumod_2025"],
    ["C_putin_meeting", "C_putin_visit"], ["C_putin_visit", "C_witkoff"], ["C_putin_words", "C_rumod_2025"],
    ["C_jeddah_talks", "C_witkoff"],
    ["D_modi_post", "D_modi_call"], ["D_ambulances", "D_airlift"], ["D_rescue", "D_reception"],
    ["D_auger_breaks", "D_manual_digging"], ["D_dix_arrives", "D_gadkari_visit"], ["D_dhami_award", "D_modi_post"],
]

BEFORE = [
    ["A_taliban_takeover", "A_kabul_blasts"], ["A_kabul_blasts", "A_clashes"], ["A_clashes", "A_spin_boldak"],
    ["A_clashes", "A_truce48"], ["A_truce48", "A_truce_extended"], ["A_truce_extended", "A_doha_talks"],
    ["A_paktika_raids", "A_breach_charge"], ["A_breach_charge", "A_qatar_statement"],
    ["A_truce48", "A_doha_ceasefire"], ["A_doha_ceasefire", "A_istanbul_round"],
    ["B_tahnoun_meeting", "B_call"], ["B_call", "B_ankara_talks"], ["B_ankara_talks", "B_abudhabi_talks"],
    ["B_ankara_signing", "B_abudhabi_signing"], ["B_abudhabi_talks", "B_expo_visit"],
    ["C_incursion", "C_putin_meeting"], ["C_putin_meeting", "C_sudzha_taken"], ["C_sudzha_taken", "C_bridge1"],
    ["C_bridge1", "C_bridge2"], ["C_bridge2", "C_jeddah_talks"], ["C_jeddah_talks", "C_putin_visit"],
    ["C_putin_visit", "C_sudzha_retaken"], ["C_sudzha_taken", "C_sudzha_retaken"],
    ["D_collapse", "D_gadkari_visit"], ["D_gadkari_visit", "D_dix_arrives"], ["D_dix_arrives", "D_auger_breaks"],
    ["D_auger_breaks", "D_manual_digging"], ["D_modi_call", "D_airlift"], ["D_collapse", "D_rescue"],
]

GOLD = dict(timex=TIMEX, clusters=CLUSTERS, events=EVENTS, diff=DIFF, before=BEFORE)
