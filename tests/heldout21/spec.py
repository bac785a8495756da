"""Gold for the twenty-first blind held-out set (16 articles): the format of ../heldout20/spec.py.

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

Stories: A the US–Russian truce in Syria (September 2016: announced, approved, in force,
extended, struck, ended); B the Moroccan–Spanish reconciliation (March–April 2022: the
letter, the royal cabinet's statement, Algeria's recall, the King's call, Sánchez's visit);
C France's operation in Mali (January–February 2013: strikes, Konna, Diabaly, Gao, Timbuktu,
Kidal, Hollande's visit); D Mustapha Adib's designation and withdrawal in Lebanon and
Hariri's designation (August–October 2020).  X: four distractors with no gold events.
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent

PUBLISHED = {
    "a1_sana_0912": "2016-09-12T15:00:00+03:00",
    "a2_khaleej_0915": "2016-09-15",
    "a3_awsat_0921": "2016-09-21",
    "b1_map_0331": "2022-03-31T18:30:00+00:00",
    "b2_hespress_0408": "2022-04-08T10:00:00+00:00",
    "b3_echorouk_0411": "2022-04-11",
    "c1_kuna_0126": "2013-01-26T17:00:00+03:00",
    "c2_ahram_0129": "2013-01-29",
    "c3_quds_0204": "2013-02-04",
    "d1_nna_0926": "2020-09-26T14:00:00+03:00",
    "d2_liwaa_0927": "2020-09-27",
    "d3_qabas_1023": "2020-10-23",
    "x1_ittihad_0327": "2019-03-27",
    "x2_okaz_0520": "2013-05-20",
    "x3_rai_1124": "2021-11-24",
    "x4_masry_0222": "2019-02-22",
}

ERRORS = []
_TEXTS = {k: (HERE / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}


def _occ(doc: str, s: str, ctx: str | None) -> int:
    """The occurrence number of ``s`` in ``doc`` (inside ``ctx`` when given, else the only one)."""
    text = _TEXTS[doc]
    starts, i = [], text.find(s)
    while i >= 0:
        starts.append(i)
        i = text.find(s, i + 1)
    if ctx is None:
        if len(starts) != 1:
            ERRORS.append(f"{doc}: {s!r} occurs {len(starts)} times; give ctx")
        return 1
    if text.count(ctx) != 1 or s not in ctx:
        ERRORS.append(f"{doc}: ctx {ctx!r} must occur once and hold {s!r}")
        return 1
    at = text.find(ctx) + ctx.find(s)
    return starts.index(at) + 1


TIMEX = []


def T(doc, s, value, a=None, b=None, lo=None, hi=None, kind="date", req=True, ctx=None):
    """A timex row: a date row's tight a..b and outer lo..hi (default: tight)."""
    a = a or (value[:10] if kind == "date" else None)
    tight = (a, b or a) if kind == "date" else None
    outer = (lo or tight[0], hi or tight[1]) if kind == "date" else None
    TIMEX.append((doc, s, _occ(doc, s, ctx), kind, value, tight, outer, req))


def V(doc, s, ctx=None):
    """A vague (optional) span."""
    T(doc, s, None, kind="vague", req=False, ctx=ctx)


def D(doc, s, value, req=True, ctx=None):
    """A duration row."""
    T(doc, s, value, kind="duration", req=req, ctx=ctx)


CLUSTERS, EVENTS = {}, []


def C(name, kind, a, b=None, lo=None, hi=None, who=()):
    CLUSTERS[name] = dict(type=kind, tight=(a, b or a), outer=(lo or a, hi or b or a),
                          participants=[list(w) for w in who])


def E(cl, doc, s, ctx=None):
    EVENTS.append((cl, doc, s, _occ(doc, s, ctx), CLUSTERS[cl]["type"]))


ASSAD = ("بشار الأسد", "الرئيس الأسد", "الأسد")
KERRY = ("جون كيري", "كيري")
LAVROV = ("سيرغي لافروف", "لافروف")
RUSSIA = ("روسيا", "موسكو")
USA = ("الولايات المتحدة", "واشنطن")
KING = ("الملك محمد السادس", "محمد السادس", "جلالة الملك", "العاهل المغربي")
SANCHEZ = ("بيدرو سانشيز", "سانشيز")
FR = ("القوات الفرنسية",)
ML = ("القوات المالية",)
HOLLANDE = ("فرانسوا أولاند", "أولاند")
TRAORE = ("ديونكوندا تراوري", "تراوري")
ADIB = ("مصطفى أديب", "أديب")
AOUN = ("ميشال عون", "الرئيس عون", "عون")
MACRON = ("إيمانويل ماكرون", "ماكرون")
HARIRI = ("سعد الحريري", "الحريري")

# ---------------------------------------------------------------- A: Syria, September 2016
C("A_deal", "ceasefire", "2016-09-09", lo="2016-09-09", hi="2016-09-10", who=(LAVROV, KERRY))
C("A_approval", "statement", "2016-09-10", who=(("الحكومة السورية", "دمشق"),))
C("A_idlib", "strike", "2016-09-10")
C("A_daraya_exit", "other", "2016-08-26", "2016-08-27", "2016-08-21", "2016-08-31",
  who=(("المسلحين", "مقاتلو المعارضة"),))
C("A_prayer", "other", "2016-09-12", who=(ASSAD,))
C("A_assad_st", "statement", "2016-09-12", who=(ASSAD,))
C("A_effect", "ceasefire", "2016-09-12")
C("A_extend", "ceasefire", "2016-09-14", who=(RUSSIA, USA))
C("A_call", "call", "2016-09-14", who=(LAVROV, KERRY))
C("A_rumod14", "statement", "2016-09-14", lo="2016-09-14", hi="2016-09-15", who=(("وزارة الدفاع الروسية",),))
C("A_stdep14", "statement", "2016-09-14", lo="2016-09-14", hi="2016-09-15", who=(("الخارجية الأمريكية",),))
C("A_kerry14", "statement", "2016-09-14", lo="2016-09-12", hi="2016-09-15", who=(KERRY,))
C("A_dz", "strike", "2016-09-17", who=(("التحالف الدولي",),))
C("A_us_err", "statement", "2016-09-17", lo="2016-09-17", hi="2016-09-20", who=(("واشنطن",),))
C("A_unsc", "meeting", "2016-09-17", who=(("مجلس الأمن",),))
C("A_end", "ceasefire", "2016-09-19", who=(("القيادة العامة للجيش السوري",),))
C("A_convoy", "strike", "2016-09-19")
C("A_suspend", "other", "2016-09-20", who=(("الأمم المتحدة",),))
C("A_kerry20", "statement", "2016-09-20", who=(KERRY,))
C("A_rumod20", "statement", "2016-09-20", who=(("وزارة الدفاع الروسية",),))

d = "a1_sana_0912"
T(d, "مساء اليوم", "2016-09-12TEV", ctx="التهدئة مساء اليوم\n")
T(d, "صباح اليوم الاثنين", "2016-09-12TMO")
V(d, "بعد أسابيع")
T(d, "الساعة السابعة من مساء اليوم", "2016-09-12T19:00")
D(d, "سبعة أيام", "P7D", ctx="لمدة سبعة أيام")
T(d, "ليل الجمعة الماضي", "2016-09-09TNI", lo="2016-09-09", hi="2016-09-10")
T(d, "يوم السبت", "2016-09-10")
D(d, "ثلاث عشرة ساعة", "PT13H")
D(d, "سبعة أيام", "P7D", ctx="صمود التهدئة سبعة أيام")
T(d, "اليوم", "2016-09-12", ctx="ويصادف اليوم")
D(d, "أربعة أيام", "P4D", req=False)
E("A_prayer", d, "يؤدي")
E("A_prayer", d, "أدى")
E("A_effect", d, "بدء", ctx="وبدء نظام")
E("A_daraya_exit", d, "خروج")
E("A_assad_st", d, "قال", ctx="وقال الرئيس الأسد")
E("A_effect", d, "سريان", ctx="اليوم سريان نظام")
E("A_deal", d, "أعلن عنه")
E("A_approval", d, "أعلنت", ctx="السورية أعلنت")
E("A_approval", d, "بيان", ctx="في بيان أن")
E("A_deal", d, "توصل إليه")

d = "a2_khaleej_0915"
D(d, "48 ساعة", "PT48H", ctx="سوريا 48 ساعة\n")
T(d, "أمس الأربعاء", "2016-09-14")
D(d, "48 ساعة", "PT48H", ctx="48 ساعة إضافية")
T(d, "مساء الاثنين", "2016-09-12TEV")
T(d, "ليل الجمعة 9 سبتمبر/أيلول", "2016-09-09TNI", lo="2016-09-09", hi="2016-09-10")
T(d, "في اليوم التالي", "2016-09-10")
T(d, "يوم السبت", "2016-09-10")
V(d, "خلال الأسابيع الأخيرة")
T(d, "أول أيام العيد", "2016-09-12", req=False)
T(d, "أواخر الشهر الماضي", "2016-08", "2016-08-21", "2016-08-31", "2016-08-01", "2016-08-31")
D(d, "أسبوعاً كاملاً", "P1W", req=False)
E("A_extend", d, "تمددان")
E("A_extend", d, "تمديد", ctx="على تمديد")
E("A_effect", d, "دخولها", ctx="منذ دخولها")
E("A_rumod14", d, "وذكرت")
E("A_extend", d, "التمديد")
E("A_call", d, "اتصال هاتفي")
E("A_stdep14", d, "أكدت")
E("A_kerry14", d, "قال", ctx="وقال كيري")
E("A_deal", d, "أُعلن")
E("A_approval", d, "وافقت")
E("A_idlib", d, "غارات")
E("A_prayer", d, "أدى")
E("A_daraya_exit", d, "خرج")

d = "a3_awsat_0921"
T(d, "الأربعاء - 20 ذو الحجة 1437 هـ - 21 سبتمبر 2016 مـ", "2016-09-21")
T(d, "أمس (الثلاثاء)", "2016-09-20")
T(d, "ليل الاثنين", "2016-09-19TNI", lo="2016-09-19", hi="2016-09-20")
T(d, "مساء الاثنين", "2016-09-19TEV")
T(d, "12 من الشهر نفسه", "2016-09-12")
T(d, "التاسع من سبتمبر (أيلول)", "2016-09-09")
D(d, "48 ساعة", "PT48H")
T(d, "يوم الأربعاء الماضي", "2016-09-14")
T(d, "السبت الماضي", "2016-09-17")
T(d, "في الليلة ذاتها", "2016-09-17TNI", req=False)
T(d, "أمس", "2016-09-20", ctx="نيويورك أمس")
T(d, "أمس", "2016-09-20", ctx="الروسية أمس")
V(d, "منذ أشهر")
E("A_end", d, "انهيار")
E("A_convoy", d, "استهداف", ctx="واستهداف قافلة")
E("A_suspend", d, "يعلّق")
E("A_suspend", d, "علقت")
E("A_convoy", d, "استهداف", ctx="بعد استهداف")
E("A_convoy", d, "الهجوم")
E("A_end", d, "إعلان", ctx="من إعلان القيادة")
E("A_effect", d, "بدأ", ctx="الذي بدأ سريانه")
E("A_deal", d, "أعلنها")
E("A_extend", d, "مُددت")
E("A_dz", d, "قصفت", ctx="عندما قصفت")
E("A_us_err", d, "وصفته")
E("A_unsc", d, "جلسة طارئة")
E("A_kerry20", d, "قال", ctx="وقال كيري")
E("A_rumod20", d, "نفت")

# ---------------------------------------------------------------- B: Morocco and Spain, 2022
C("B_ghali", "other", "2021-04-18", lo="2021-04-01", hi="2021-04-30", who=(("إسبانيا",), ("إبراهيم غالي",)))
C("B_ceuta", "other", "2021-05-17", "2021-05-18", "2021-05-01", "2021-05-31", who=(("آلاف المهاجرين", "المهاجرين"),))
C("B_letter", "statement", "2022-03-14", who=(SANCHEZ, KING))
C("B_rc18", "statement", "2022-03-18", who=(("الديوان الملكي",),))
C("B_recall", "other", "2022-03-19", who=(("الجزائر",),))
C("B_call", "call", "2022-03-31", lo="2022-03-21", hi="2022-03-31", who=(KING, SANCHEZ))
C("B_visit", "meeting", "2022-04-07", who=(KING, SANCHEZ))
C("B_decl", "statement", "2022-04-07", who=(("المغرب",), ("إسبانيا",)))
C("B_sanchez_st", "statement", "2022-04-07", who=(SANCHEZ,))
C("B_diplomat", "statement", "2022-04-10", who=(("دبلوماسي جزائري سابق",),))

d = "b1_map_0331"
T(d, "اليوم الخميس", "2022-03-31")
T(d, "14 مارس الجاري", "2022-03-14")
V(d, "في القريب العاجل")
T(d, "18 مارس", "2022-03-18")
T(d, "أبريل من السنة الماضية", "2021-04", "2021-04-01", "2021-04-30")
E("B_call", d, "اتصالا هاتفيا", ctx="يجري اتصالا هاتفيا")
E("B_call", d, "اتصالا هاتفيا", ctx="الخميس، اتصالا هاتفيا")
E("B_call", d, "الاتصال", ctx="هذا الاتصال")
E("B_letter", d, "وجهها")
E("B_rc18", d, "أعلن", ctx="قد أعلن")
E("B_call", d, "المكالمة")
E("B_ghali", d, "استقبال")

d = "b2_hespress_0408"
T(d, "الجمعة 08 أبريل 2022", "2022-04-08")
T(d, "مساء أمس الخميس", "2022-04-07TEV")
V(d, "قبل نهاية السنة الجارية")
T(d, "31 مارس الماضي", "2022-03-31")
V(d, "بعد نحو ثلاثة أسابيع")
T(d, "19 مارس", "2022-03-19")
E("B_visit", d, "يستقبل")
E("B_decl", d, "إعلان مشترك")
E("B_visit", d, "استقبل", ctx="استقبل الملك")
E("B_visit", d, "زيارة", ctx="في زيارة رسمية")
E("B_decl", d, "البيان المشترك")
E("B_visit", d, "الاستقبال")
E("B_decl", d, "الإعلان المشترك")
E("B_sanchez_st", d, "صرح")
E("B_visit", d, "المباحثات")
E("B_visit", d, "زيارة", ctx="وتأتي زيارة")
E("B_call", d, "الاتصال الهاتفي")
E("B_rc18", d, "كشف")
E("B_recall", d, "استدعت")

d = "b3_echorouk_0411"
V(d, "بعد أيام فقط")
T(d, "يوم الخميس 7 أفريل", "2022-04-07")
V(d, "منذ عقود")
T(d, "19 مارس", "2022-03-19")
T(d, "14 مارس", "2022-03-14")
V(d, "إلى اليوم")
T(d, "نهاية الشهر الماضي", "2022-03", "2022-03-21", "2022-03-31", "2022-03-01", "2022-03-31")
T(d, "ماي من العام الماضي", "2021-05", "2021-05-01", "2021-05-31")
D(d, "خلال يومين", "P2D", req=False)
T(d, "أمس", "2022-04-10", ctx="الشروق\" أمس")
V(d, "حتى الآن")
V(d, "قبل نهاية السنة")
E("B_visit", d, "الزيارة", ctx="من الزيارة التي")
E("B_recall", d, "استدعت")
E("B_rc18", d, "كشف")
E("B_letter", d, "بعث")
E("B_visit", d, "زيارة", ctx="وتوجت زيارة")
E("B_decl", d, "إعلان مشترك")
E("B_call", d, "الاتصال الهاتفي")
E("B_ceuta", d, "عبر", ctx="عندما عبر")
E("B_diplomat", d, "قال", ctx="أمس، قال")

# ---------------------------------------------------------------- C: Mali, January–February 2013
C("C_tim2012", "capture", "2012-04-01", lo="2012-03-01", hi="2012-04-30", who=(("الجماعات المسلحة",),))
C("C_konna_fall", "capture", "2013-01-10", who=(("الجماعات المسلحة",),))
C("C_serval", "strike", "2013-01-11", who=(("فرنسا",),))
C("C_gao13", "strike", "2013-01-13", who=(("فرنسا",),))
C("C_konna_back", "capture", "2013-01-18", who=(ML,))
C("C_diabaly", "capture", "2013-01-21", who=(FR, ML))
C("C_gaostrike", "strike", "2013-01-25", "2013-01-26", who=(("فرنسا", "القوات الفرنسية"),))
C("C_gao", "capture", "2013-01-26", who=(FR, ML))
C("C_defmin", "statement", "2013-01-26", who=(("وزارة الدفاع الفرنسية",),))
C("C_burkhard", "statement", "2013-01-26", who=(("تييري بوركارد", "بوركارد"),))
C("C_timbuktu", "capture", "2013-01-28", who=(FR, ML))
C("C_hol28", "statement", "2013-01-28", who=(HOLLANDE,))
C("C_donors", "meeting", "2013-01-29", who=(("الاتحاد الأفريقى",), ("الأمم المتحدة",), ("الاتحاد الأوروبى",)))
C("C_kidal", "capture", "2013-01-29", "2013-01-30", who=(FR,))
C("C_visit", "other", "2013-02-02", who=(HOLLANDE, TRAORE))
C("C_talks", "meeting", "2013-02-02", who=(HOLLANDE, TRAORE))
C("C_hol02", "statement", "2013-02-02", who=(HOLLANDE,))
C("C_tessalit", "strike", "2013-02-02", "2013-02-03", who=(("الطائرات الفرنسية",),))

d = "c1_kuna_0126"
T(d, "اليوم السبت", "2013-01-26")
V(d, "قبل أسبوعين")
T(d, "ليل الجمعة - السبت", "2013-01-25TNI", "2013-01-25", "2013-01-26")
V(d, "في الساعات المقبلة")
T(d, "الحادي عشر من يناير الجاري", "2013-01-11")
T(d, "18 يناير", "2013-01-18")
T(d, "يوم الاثنين الماضي", "2013-01-21")
V(d, "منذ العام الماضي")
V(d, "منذ ربيع 2012")
E("C_gao", d, "تسيطر")
E("C_defmin", d, "أعلنت")
E("C_gao", d, "سيطرت", ctx="والمالية سيطرت")
E("C_serval", d, "بدء")
E("C_burkhard", d, "قال", ctx="وقال المتحدث")
E("C_burkhard", d, "مؤتمر صحفي")
E("C_gao", d, "العملية", ctx="إن العملية نفذت")
E("C_gaostrike", d, "قصفت")
E("C_serval", d, "بدأت")
E("C_konna_fall", d, "سيطرة")
E("C_konna_back", d, "استعادت")
E("C_diabaly", d, "تدخل", ctx="ان تدخل")

d = "c2_ahram_0129"
T(d, "أمس", "2013-01-28", ctx="والمالية أمس")
V(d, "بعد يومين")
D(d, "نحو عشرة أشهر", "P10M", req=False)
T(d, "فجر السبت الماضى", "2013-01-26")
T(d, "الثالث عشر من يناير الجارى", "2013-01-13")
V(d, "فى أسرع وقت ممكن")
T(d, "اليوم", "2013-01-29", ctx="يعقد اليوم")
E("C_timbuktu", d, "تدخل")
E("C_timbuktu", d, "دخلت")
E("C_gao", d, "سيطرتها")
E("C_hol28", d, "أعلن")
E("C_tim2012", d, "سيطرة")
E("C_timbuktu", d, "دخول")
E("C_gao", d, "سيطرت", ctx="بعد أن سيطرت")
E("C_gaostrike", d, "ضربات جوية")
E("C_gao13", d, "قصفت")
E("C_gao13", d, "الغارات")
E("C_hol28", d, "قال", ctx="وقال أولاند")
E("C_donors", d, "مؤتمر")

d = "c3_quds_0204"
T(d, "السبت", "2013-02-02", ctx="أولاند، السبت،")
V(d, "بعد خمسة أيام")
T(d, "اليوم", "2013-02-02", ctx="عشت اليوم", req=False)
T(d, "ليل السبت الأحد", "2013-02-02TNI", "2013-02-02", "2013-02-03")
T(d, "ليل الثلاثاء الأربعاء الماضي", "2013-01-29TNI", "2013-01-29", "2013-01-30")
T(d, "28 كانون الثاني/يناير", "2013-01-28")
T(d, "قبلها بيومين", "2013-01-26")
T(d, "11 كانون الثاني/يناير الماضي", "2013-01-11")
E("C_visit", d, "زار")
E("C_timbuktu", d, "استعادتها")
E("C_talks", d, "محادثات")
E("C_hol02", d, "قال", ctx="وقال أولاند")
E("C_visit", d, "زيارة")
E("C_tessalit", d, "شنت")
E("C_kidal", d, "سيطرت")
E("C_timbuktu", d, "استعادت", ctx="بعد أن استعادت")
E("C_serval", d, "أطلقت")

# ---------------------------------------------------------------- D: Lebanon, August–October 2020
C("D_protests", "other", "2019-10-17")
C("D_hariri2019", "other", "2019-10-29", who=(HARIRI,))
C("D_blast", "other", "2020-08-04")
C("D_diab", "other", "2020-08-10", who=(("حسان دياب",),))
C("D_designate", "other", "2020-08-31", who=(ADIB,))
C("D_macron_arr", "other", "2020-08-31", who=(MACRON,))
C("D_hariri_init", "statement", "2020-09-22", who=(HARIRI,))
C("D_meet", "meeting", "2020-09-26", who=(ADIB, AOUN))
C("D_resign", "other", "2020-09-26", who=(ADIB,))
C("D_adib_words", "statement", "2020-09-26", who=(ADIB,))
C("D_aoun_st", "statement", "2020-09-26", who=(("رئاسة الجمهورية",),))
C("D_macron_pc", "statement", "2020-09-27", who=(MACRON,))
C("D_hariri_des", "other", "2020-10-22", who=(HARIRI, AOUN))
C("D_hariri_meet", "meeting", "2020-10-22", who=(HARIRI, AOUN))
C("D_hariri_st", "statement", "2020-10-22", who=(HARIRI,))

d = "d1_nna_0926"
T(d, "ظهر اليوم", "2020-09-26TMI")
T(d, "31 آب الماضي", "2020-08-31")
V(d, "قبل ساعات")
E("D_resign", d, "يعتذر")
E("D_meet", d, "لقائه", ctx="بعد لقائه الرئيس")
E("D_resign", d, "اعتذاره")
E("D_meet", d, "لقائه", ctx="بعد لقائه رئيس")
E("D_adib_words", d, "قال", ctx="وقال أديب")
E("D_meet", d, "اللقاء")
E("D_resign", d, "اعتذرت")
E("D_resign", d, "الاعتذار")
E("D_designate", d, "كلف", ctx="قد كلف")
E("D_macron_arr", d, "وصول")
E("D_blast", d, "انفجار")
E("D_aoun_st", d, "بيان")
E("D_resign", d, "اعتذار", ctx="قبل اعتذار")

d = "d2_liwaa_0927"
T(d, "الأحد 27 أيلول 2020", "2020-09-27")
T(d, "اليوم", "2020-09-27", ctx="يتحدث اليوم")
D(d, "26 يوما", "P26D", req=False)
T(d, "أمس السبت", "2020-09-26")
T(d, "مساء اليوم الأحد", "2020-09-27TEV")
T(d, "الثلاثاء الماضي", "2020-09-22")
T(d, "10 آب الماضي", "2020-08-10")
V(d, "بعد ستة أيام")
V(d, "حتى الآن")
E("D_macron_pc", d, "يتحدث")
E("D_resign", d, "اعتذار")
E("D_designate", d, "تكليفه")
E("D_resign", d, "اعتذر")
E("D_meet", d, "لقاء", ctx="إثر لقاء")
E("D_macron_pc", d, "مؤتمرا صحفيا")
E("D_hariri_init", d, "أعلن")
E("D_diab", d, "استقالة")
E("D_blast", d, "انفجار")

d = "d3_qabas_1023"
T(d, "الجمعة 6 ربيع الأول 1442 هـ - 23 أكتوبر 2020", "2020-10-23")
T(d, "أمس", "2020-10-22", ctx="عون أمس")
V(d, "بعد نحو أربعة أسابيع")
T(d, "26 أيلول الماضي", "2020-09-26")
V(d, "بعد نحو عام")
T(d, "29 تشرين الأول 2019", "2019-10-29")
T(d, "السابع عشر من الشهر نفسه", "2019-10-17")
T(d, "الحادي والثلاثين من آب", "2020-08-31")
T(d, "اليوم التالي", "2020-09-27")
E("D_hariri_des", d, "مكلفاً")
E("D_hariri_des", d, "كلف", ctx="كلف الرئيس")
E("D_resign", d, "اعتذار", ctx="من اعتذار السفير")
E("D_hariri_st", d, "قال", ctx="وقال الحريري")
E("D_hariri_meet", d, "لقائه")
E("D_hariri2019", d, "استقالته")
E("D_protests", d, "اندلعت")
E("D_designate", d, "كلف", ctx="قد كلف")
E("D_resign", d, "لاعتذاره")
E("D_macron_pc", d, "حمّل")

# ---------------------------------------------------------------- X: distractors (timex only)
d = "x1_ittihad_0327"
T(d, "أمس الثلاثاء", "2019-03-26")
T(d, "الربع الأول من عام 2020", "2020-Q1", "2020-01-01", "2020-03-31")
V(d, "في الأشهر الأخيرة")
V(d, "قبل سبع سنوات")

d = "x2_okaz_0520"
T(d, "الاثنين 10 رجب 1434 هـ - 20 مايو 2013", "2013-05-20")
T(d, "صباح السبت الماضي", "2013-05-18TMO")
T(d, "ليل الجمعة", "2013-05-17TNI", lo="2013-05-17", hi="2013-05-18")
V(d, "في السنوات الماضية")
V(d, "في مايو من كل عام")

d = "x3_rai_1124"
T(d, "الأربعاء 19 ربيع الآخر 1443 - 24 نوفمبر 2021", "2021-11-24")
T(d, "مساء أمس", "2021-11-23TEV")
D(d, "16 ثانية", "PT16S", req=False)
T(d, "فبراير المقبل", "2022-02", "2022-02-01", "2022-02-28")

d = "x4_masry_0222"
T(d, "مساء أمس الأول الأربعاء", "2019-02-20TEV")
T(d, "8 مارس المقبل", "2019-03-08")
T(d, "26 أبريل", "2019-04-26")
T(d, "العام الماضى", "2018", "2018-01-01", "2018-12-31", ctx="خلال العام الماضى")
T(d, "يونيو من العام الماضى", "2018-06", "2018-06-01", "2018-06-30")
D(d, "سبع سنوات", "P7Y", req=False)

DIFF = [
    ("A_deal", "A_effect"), ("A_effect", "A_extend"), ("A_extend", "A_end"), ("A_deal", "A_end"),
    ("A_approval", "A_deal"), ("A_call", "A_extend"), ("A_idlib", "A_dz"), ("A_dz", "A_convoy"),
    ("A_idlib", "A_convoy"), ("A_end", "A_convoy"), ("A_kerry14", "A_kerry20"),
    ("A_rumod14", "A_rumod20"), ("A_prayer", "A_assad_st"),
    ("B_call", "B_visit"), ("B_rc18", "B_letter"), ("B_rc18", "B_recall"), ("B_decl", "B_sanchez_st"),
    ("B_ghali", "B_ceuta"), ("B_decl", "B_rc18"), ("B_recall", "B_diplomat"), ("B_letter", "B_decl"),
    ("C_gao", "C_timbuktu"), ("C_gao", "C_kidal"), ("C_timbuktu", "C_kidal"), ("C_gao13", "C_gaostrike"),
    ("C_gaostrike", "C_tessalit"), ("C_serval", "C_gao13"), ("C_konna_fall", "C_konna_back"),
    ("C_hol28", "C_hol02"), ("C_visit", "C_talks"), ("C_diabaly", "C_konna_back"),
    ("C_tim2012", "C_timbuktu"), ("C_gaostrike", "C_gao"),
    ("D_resign", "D_hariri2019"), ("D_resign", "D_diab"), ("D_designate", "D_hariri_des"),
    ("D_meet", "D_hariri_meet"), ("D_adib_words", "D_hariri_st"), ("D_macron_arr", "D_macron_pc"),
    ("D_hariri_init", "D_hariri_st"), ("D_diab", "D_hariri2019"), ("D_designate", "D_resign"),
]

BEFORE = [
    ("A_deal", "A_effect"), ("A_approval", "A_effect"), ("A_idlib", "A_effect"),
    ("A_daraya_exit", "A_prayer"), ("A_effect", "A_extend"), ("A_extend", "A_dz"),
    ("A_dz", "A_end"), ("A_dz", "A_convoy"), ("A_end", "A_suspend"), ("A_convoy", "A_suspend"),
    ("A_kerry14", "A_kerry20"), ("A_deal", "A_approval"),
    ("B_letter", "B_rc18"), ("B_rc18", "B_recall"), ("B_recall", "B_call"), ("B_call", "B_visit"),
    ("B_ghali", "B_ceuta"), ("B_ceuta", "B_letter"), ("B_decl", "B_diplomat"),
    ("C_konna_fall", "C_serval"), ("C_serval", "C_gao13"), ("C_gao13", "C_konna_back"),
    ("C_konna_back", "C_diabaly"), ("C_diabaly", "C_gao"), ("C_gao", "C_timbuktu"),
    ("C_timbuktu", "C_kidal"), ("C_kidal", "C_visit"), ("C_tim2012", "C_timbuktu"),
    ("C_hol28", "C_hol02"), ("C_gao13", "C_gaostrike"),
    ("D_protests", "D_hariri2019"), ("D_hariri2019", "D_blast"), ("D_blast", "D_diab"),
    ("D_diab", "D_designate"), ("D_designate", "D_hariri_init"), ("D_hariri_init", "D_resign"),
    ("D_resign", "D_macron_pc"), ("D_macron_pc", "D_hariri_des"),
]

if ERRORS:
    raise SystemExit("\n".join(ERRORS))

GOLD = dict(timex=TIMEX, clusters=CLUSTERS, events=EVENTS, diff=DIFF, before=BEFORE)
