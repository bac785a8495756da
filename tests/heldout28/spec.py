"""Gold for the twenty-eighth blind held-out set (16 articles): the format of ../heldout27/spec.py.

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

Stories: A Colombia's ceasefire with the FARC, 2016 (the bilateral ceasefire signed in Havana
on Thursday 23 June; the final agreement reached on Wednesday 24 August; Santos's order of
Thursday 25 August; Timochenko's order and words on Sunday 28 August; the ceasefire in force
from midnight Sunday-Monday 29 August; the Cartagena signing of 26 September; the plebiscite's
"No" of Sunday 2 October; Santos's announcement on Tuesday 4 October that the truce runs to 31
October; Timochenko's tweet and the Santos-Uribe meeting on Wednesday 5 October; the Nobel of
Friday 7 October; the ELN talks announced on Monday 10 October; the extension to 31 December
announced on Thursday 13 October and the FARC's welcome the next day; the war since 1964);
B Turkey and Armenia, 2022 (the envoys' first round in Moscow on 14 January; flights resumed in
February; Cavusoglu and Mirzoyan in Antalya on 12 March; the envoys' fourth round in Vienna on
Friday 1 July; the first Erdogan-Pashinyan phone call on Monday 11 July and the statements of
both offices; the border clashes of mid-September; the first Erdogan-Pashinyan meeting in
Prague on Thursday 6 October at the European Political Community, Kalin's words, the
Pashinyan-Aliyev-Macron-Michel meeting that night; the border closed in 1993); C Marawi, 2017
(the army's attempt to arrest Hapilon and the militants' seizure of the city on Tuesday 23 May,
martial law that night and Duterte's Moscow visit cut short; the air force's strike that killed
ten soldiers on Wednesday 31 May and Lorenzana's announcement on Thursday 1 June; the air raids
through the siege; Congress's extension of martial law in July; Hapilon and Omar Maute killed
at dawn on Monday 16 October; Duterte's declaration of the city's liberation on Tuesday 17
October and the commanders' caveat; Lorenzana's end of combat operations on Monday 23 October);
D Zambia's election of 2021 (the army deployed before the vote; the vote and the social-media
block on Thursday 12 August; Lungu's charge of Saturday 14 August and the AU observers; the
commission's announcement of Hichilema's win at dawn on Monday 16 August; Lungu's concession
and Hichilema's speech that day; the oath on Tuesday 24 August and his inaugural words; the
election of 2016; the Mongu motorcade, Hichilema's arrest and release in 2017).
X: four distractors with no gold events (Nvidia's loss after DeepSeek on 27 January 2025;
Mauritania 1-0 Algeria at the AFCON on 23 January 2024; Nirmal Purja's fourteen peaks on 29
October 2019; Omar Yaghi's Nobel Prize in Chemistry on 8 October 2025).
"""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

PUBLISHED = {
    "a1_kuna_0829": "2016-08-29T16:00:00-05:00",
    "a2_ahram_1006": "2016-10-06",
    "a3_quds_1015": "2016-10-15",
    "b1_aa_0711": "2022-07-11T20:00:00+03:00",
    "b2_nahar_0712": "2022-07-12",
    "b3_khaleej_1008": "2022-10-08",
    "c1_kuna_0601": "2017-06-01T15:00:00+03:00",
    "c2_khaleej_1018": "2017-10-18",
    "c3_ayyam_1028": "2017-10-28",
    "d1_mena_0816": "2021-08-16T13:00:00+02:00",
    "d2_echorouk_0817": "2021-08-17",
    "d3_indy_0825": "2021-08-25",
    "x1_cnbc_0128": "2025-01-28",
    "x2_akhbar_0124": "2024-01-24",
    "x3_emarat_1030": "2019-10-30",
    "x4_petra_1008": "2025-10-08T14:00:00+03:00",
}

TEXTS = {k: (HERE / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}


def _count(text, s, upto=None):
    n, i = 0, text.find(s)
    while i >= 0 and (upto is None or i <= upto):
        n += 1
        i = text.find(s, i + 1)
    return n


ERRORS = []


def _occ(doc, s, ctx):
    text = TEXTS[doc]
    if ctx is None:
        if _count(text, s) != 1:
            ERRORS.append(f"{doc}: {s!r} occurs {_count(text, s)} times; give a ctx")
        return 1
    if _count(text, ctx) != 1:
        ERRORS.append(f"{doc}: ctx {ctx!r} occurs {_count(text, ctx)} times")
        return 1
    j = ctx.find(s)
    if j < 0:
        ERRORS.append(f"{doc}: {s!r} not in ctx {ctx!r}")
        return 1
    return _count(text, s, text.find(ctx) + j)


def D(doc, s, value, a, b=None, lo=None, hi=None, req=True, ctx=None):
    """A date row: tight a..b, outer lo..hi (the tight span by default)."""
    return (doc, s, _occ(doc, s, ctx), "date", value, [a, b or a], [lo or a, hi or b or a], req)


def DUR(doc, s, value, req=True, ctx=None):
    return (doc, s, _occ(doc, s, ctx), "duration", value, None, None, req)


def V(doc, s, ctx=None):
    return (doc, s, _occ(doc, s, ctx), "vague", None, None, None, False)


CLUSTERS = {}


def C(name, kind, a, b=None, lo=None, hi=None, who=()):
    CLUSTERS[name] = dict(type=kind, tight=[a, b or a], outer=[lo or a, hi or b or a],
                          participants=[list(p) for p in who])


def E(cl, doc, s, ctx=None):
    return (cl, doc, s, _occ(doc, s, ctx), CLUSTERS[cl]["type"])


SANTOS = ("خوان مانويل سانتوس", "سانتوس")
TIMO = ("تيموشينكو", "رودريغو لوندونيو")
FARC = ("فارك", "القوات المسلحة الثورية الكولومبية")
ERDOGAN = ("رجب طيب أردوغان", "أردوغان")
PASH = ("نيكول باشينيان", "باشينيان")
ENVOY_TR = ("سردار قليج", "سردار كيليتش")
ENVOY_AM = ("روبن روبينيان", "روبينيان")
DUTERTE = ("رودريغو دوتيرتي", "دوتيرتي")
LOREN = ("دلفين لورينزانا", "لورينزانا")
HAPILON = ("إسنيلون هابيلون", "هابيلون")
HH = ("هاكايندى هيشيليما", "هاكايندي هيشيليما", "هيشيليما")
LUNGU = ("إدجار لونجو", "إدغار لونغو", "لونجو", "لونغو")

# ---------------------------------------------------------------- A Colombia and the FARC, 2016
C("A_war", "other", "1964-01-01", "1964-12-31")
C("A_havana", "ceasefire", "2016-06-23", who=[SANTOS, TIMO])
C("A_final", "other", "2016-08-24", who=[("الحكومة الكولومبية",), FARC])
C("A_order", "ceasefire", "2016-08-25", who=[SANTOS])
C("A_timo_order", "ceasefire", "2016-08-28", who=[TIMO])
C("A_timo_words", "statement", "2016-08-28", who=[TIMO])
C("A_effect", "ceasefire", "2016-08-29", who=[("الحكومة الكولومبية",), FARC])
C("A_cartagena", "other", "2016-09-26")
C("A_pleb", "other", "2016-10-02")
C("A_ext1", "ceasefire", "2016-10-04", who=[SANTOS])
C("A_timo_tweet", "statement", "2016-10-05", who=[TIMO])
C("A_uribe_meet", "meeting", "2016-10-05", who=[SANTOS, ("ألفارو أوريبى", "أوريبى")])
C("A_uribe_words", "statement", "2016-10-05", who=[("ألفارو أوريبى", "أوريبى")])
C("A_nobel", "other", "2016-10-07", who=[("لجنة نوبل النرويجية",), SANTOS])
C("A_eln", "statement", "2016-10-10", "2016-10-10", "2016-10-08", "2016-10-14",
  who=[("الحكومة",), ("جيش التحرير الوطني",)])
C("A_ext2", "ceasefire", "2016-10-13", who=[SANTOS])
C("A_welcome", "statement", "2016-10-14", who=[FARC])

# ---------------------------------------------------------------- B Turkey and Armenia, 2022
C("B_closure", "other", "1993-04-03", "1993-04-03", "1993-01-01", "1993-12-31", who=[("تركيا", "أنقرة")])
C("B_moscow", "meeting", "2022-01-14", who=[ENVOY_TR, ENVOY_AM])
C("B_flights", "other", "2022-02-02", "2022-02-02", "2022-02-01", "2022-02-28")
C("B_antalya", "meeting", "2022-03-12", who=[("مولود جاويش أوغلو",), ("أرارات ميرزويان",)])
C("B_vienna", "meeting", "2022-07-01", who=[ENVOY_TR, ENVOY_AM])
C("B_call", "call", "2022-07-11", who=[ERDOGAN, PASH])
C("B_tr_statement", "statement", "2022-07-11", who=[("دائرة الاتصال في الرئاسة التركية", "الرئاسة التركية")])
C("B_am_statement", "statement", "2022-07-11", who=[("مكتب رئيس الوزراء الأرميني",)])
C("B_analyst", "statement", "2022-07-11", "2022-07-12", who=[("تيغران غريغوريان",)])
C("B_clashes", "strike", "2022-09-13", "2022-09-14", "2022-09-08", "2022-09-22",
  who=[("أرمينيا", "الأرمينية"), ("أذربيجان",)])
C("B_epc", "meeting", "2022-10-06", who=[("المجموعة السياسية الأوروبية",)])
C("B_prague", "meeting", "2022-10-06", who=[ERDOGAN, PASH])
C("B_kalin", "statement", "2022-10-06", "2022-10-06", "2022-10-06", "2022-10-08", who=[("إبراهيم قالن",)])
C("B_quad", "meeting", "2022-10-06", who=[PASH, ("إلهام علييف",), ("إيمانويل ماكرون",), ("شارل ميشال",)])

# ---------------------------------------------------------------- C Marawi, 2017
C("C_arrest_try", "other", "2017-05-23", who=[("الجيش", "قوة من الجيش"), HAPILON])
C("C_seizure", "capture", "2017-05-23", who=[("ماوتي",), ("أبو سياف",)])
C("C_martial", "other", "2017-05-23", who=[DUTERTE])
C("C_moscow", "other", "2017-05-23", "2017-05-23", "2017-05-23", "2017-05-24", who=[DUTERTE])
C("C_raids", "strike", "2017-05-26", "2017-10-23", "2017-05-23", "2017-10-28", who=[("سلاح الجو",)])
C("C_friendly", "strike", "2017-05-31", "2017-05-31", "2017-05-23", "2017-05-31", who=[("سلاح الجو",)])
C("C_lor_june", "statement", "2017-06-01", who=[LOREN])
C("C_extension", "other", "2017-07-22", "2017-07-22", "2017-07-01", "2017-07-31", who=[("الكونغرس",)])
C("C_leaders_killed", "strike", "2017-10-16", who=[("القوات الخاصة",), HAPILON, ("عمر ماوتي",)])
C("C_lor_october", "statement", "2017-10-16", "2017-10-16", "2017-10-16", "2017-10-17", who=[LOREN])
C("C_liberation", "capture", "2017-10-17", who=[DUTERTE])
C("C_caveat", "statement", "2017-10-17", who=[("قادة الجيش",)])
C("C_end", "statement", "2017-10-23", who=[LOREN])

# ---------------------------------------------------------------- D Zambia, 2021
C("D_2016", "other", "2016-08-11", "2016-08-11", "2016-01-01", "2016-12-31")
C("D_mongu", "other", "2017-04-09", "2017-04-09", "2017-04-01", "2017-04-30", who=[HH, LUNGU])
C("D_arrest", "other", "2017-04-11", "2017-04-11", "2017-04-01", "2017-08-31", who=[HH])
C("D_release", "other", "2017-08-16", "2017-08-16", "2017-07-01", "2017-12-31", who=[HH])
C("D_army", "other", "2021-08-01", "2021-08-01", "2021-07-20", "2021-08-11", who=[("الجيش",), LUNGU])
C("D_vote", "other", "2021-08-12")
C("D_block", "other", "2021-08-12")
C("D_claim", "statement", "2021-08-14", who=[LUNGU])
C("D_au", "statement", "2021-08-14", "2021-08-14", "2021-08-12", "2021-08-16",
  who=[("بعثة مراقبى الاتحاد الأفريقى", "الاتحاد الأفريقى")])
C("D_win", "other", "2021-08-16", who=[HH, ("اللجنة الانتخابية",)])
C("D_cheer", "other", "2021-08-15", "2021-08-16")
C("D_concede", "statement", "2021-08-16", who=[LUNGU])
C("D_hh_words", "statement", "2021-08-16", who=[HH])
C("D_oath", "other", "2021-08-24", who=[HH])
C("D_inaugural", "statement", "2021-08-24", who=[HH])

EVENTS = [
    # a1 KUNA, Monday 29 August 2016
    E("A_effect", "a1_kuna_0829", "وقف إطلاق النار", ctx="وقف إطلاق النار النهائي مع"),
    E("A_effect", "a1_kuna_0829", "وقف إطلاق النار", ctx="دخل وقف إطلاق النار الثنائي"),
    E("A_order", "a1_kuna_0829", "بوقف العمليات العسكرية"),
    E("A_final", "a1_kuna_0829", "التوصل"),
    E("A_timo_order", "a1_kuna_0829", "بالكف عن إطلاق النار"),
    E("A_timo_words", "a1_kuna_0829", "وقال", ctx="وقال في مؤتمر صحفي"),
    E("A_havana", "a1_kuna_0829", "وقعا"),
    E("A_effect", "a1_kuna_0829", "الهدنة", ctx="مراقبة الهدنة"),
    E("A_pleb", "a1_kuna_0829", "استفتاء"),
    E("A_war", "a1_kuna_0829", "اندلع"),
    # a2 Al-Ahram, Thursday 6 October 2016
    E("A_ext1", "a2_ahram_1006", "يمدد"),
    E("A_uribe_meet", "a2_ahram_1006", "ويلتقى"),
    E("A_ext1", "a2_ahram_1006", "سيظل ساريا"),
    E("A_pleb", "a2_ahram_1006", "رفض", ctx="من رفض الناخبين"),
    E("A_pleb", "a2_ahram_1006", "الاستفتاء"),
    E("A_pleb", "a2_ahram_1006", "صوتوا"),
    E("A_effect", "a2_ahram_1006", "الهدنة", ctx="إلى أن الهدنة"),
    E("A_timo_tweet", "a2_ahram_1006", "كتب"),
    E("A_cartagena", "a2_ahram_1006", "وقعه"),
    E("A_uribe_meet", "a2_ahram_1006", "واستقبل"),
    E("A_uribe_meet", "a2_ahram_1006", "لقاء"),
    E("A_uribe_meet", "a2_ahram_1006", "الاجتماع"),
    E("A_uribe_words", "a2_ahram_1006", "وقال", ctx="وقال أوريبى"),
    # a3 Al-Quds Al-Arabi, Saturday 15 October 2016
    E("A_ext2", "a3_quds_1015", "يمد", ctx="سانتوس يمد"),
    E("A_ext2", "a3_quds_1015", "مدد", ctx="«القدس العربي»: مدد"),
    E("A_ext1", "a3_quds_1015", "إعلانه"),
    E("A_welcome", "a3_quds_1015", "ورحبت"),
    E("A_ext2", "a3_quds_1015", "بالتمديد"),
    E("A_ext2", "a3_quds_1015", "التمديد", ctx="وجاء التمديد"),
    E("A_nobel", "a3_quds_1015", "منح"),
    E("A_eln", "a3_quds_1015", "أعلنت"),
    E("A_pleb", "a3_quds_1015", "استفتاء"),
    E("A_effect", "a3_quds_1015", "للهدنة"),
    # b1 Anadolu, Monday 11 July 2022
    E("B_call", "b1_aa_0711", "يبحثان هاتفيا"),
    E("B_call", "b1_aa_0711", "بحث", ctx="بحث الرئيس التركي"),
    E("B_call", "b1_aa_0711", "اتصال هاتفي"),
    E("B_tr_statement", "b1_aa_0711", "بيان", ctx="في بيان أن"),
    E("B_call", "b1_aa_0711", "الاتصال", ctx="خلال الاتصال"),
    E("B_tr_statement", "b1_aa_0711", "البيان"),
    E("B_vienna", "b1_aa_0711", "اتفق", ctx="ما اتفق عليه"),
    E("B_vienna", "b1_aa_0711", "اجتماعهما"),
    E("B_vienna", "b1_aa_0711", "اتفقا"),
    E("B_vienna", "b1_aa_0711", "اجتماع", ctx="وكان اجتماع فيينا"),
    E("B_vienna", "b1_aa_0711", "الجولة الرابعة"),
    E("B_moscow", "b1_aa_0711", "عقدت"),
    E("B_closure", "b1_aa_0711", "أغلقت"),
    # b2 Annahar, Tuesday 12 July 2022
    E("B_call", "b2_nahar_0712", "مكالمة", ctx="أول مكالمة"),
    E("B_am_statement", "b2_nahar_0712", "أعلن"),
    E("B_call", "b2_nahar_0712", "اتصالاً هاتفياً"),
    E("B_am_statement", "b2_nahar_0712", "بيان"),
    E("B_analyst", "b2_nahar_0712", "واعتبر"),
    E("B_call", "b2_nahar_0712", "المكالمة"),
    E("B_call", "b2_nahar_0712", "الاتصال", ctx="ويأتي الاتصال"),
    E("B_vienna", "b2_nahar_0712", "الجولة الرابعة"),
    E("B_antalya", "b2_nahar_0712", "التقيا"),
    E("B_antalya", "b2_nahar_0712", "لقاء"),
    E("B_flights", "b2_nahar_0712", "واستؤنفت"),
    # b3 Al-Khaleej, Saturday 8 October 2022
    E("B_prague", "b3_khaleej_1008", "لقاء", ctx="أول لقاء بين أردوغان"),
    E("B_prague", "b3_khaleej_1008", "عقد"),
    E("B_prague", "b3_khaleej_1008", "اجتماع", ctx="أول اجتماع بينهما"),
    E("B_epc", "b3_khaleej_1008", "قمة"),
    E("B_kalin", "b3_khaleej_1008", "وقال"),
    E("B_prague", "b3_khaleej_1008", "اللقاء", ctx="خلال اللقاء"),
    E("B_prague", "b3_khaleej_1008", "للقاء", ctx="صوراً للقاء"),
    E("B_call", "b3_khaleej_1008", "اتصال هاتفي"),
    E("B_vienna", "b3_khaleej_1008", "اتفاق"),
    E("B_quad", "b3_khaleej_1008", "اجتمع"),
    E("B_prague", "b3_khaleej_1008", "لقاء", ctx="وجاء لقاء براغ"),
    E("B_clashes", "b3_khaleej_1008", "اشتباكات"),
    # c1 KUNA, Thursday 1 June 2017
    E("C_friendly", "c1_kuna_0601", "مقتل", ctx="مقتل عشرة جنود فلبينيين"),
    E("C_friendly", "c1_kuna_0601", "بغارة", ctx="بغارة جوية خاطئة"),
    E("C_lor_june", "c1_kuna_0601", "أعلن", ctx="أعلن وزير الدفاع"),
    E("C_friendly", "c1_kuna_0601", "مقتل", ctx="مقتل عشرة جنود وإصابة"),
    E("C_friendly", "c1_kuna_0601", "بغارة", ctx="بغارة جوية نفذتها"),
    E("C_lor_june", "c1_kuna_0601", "وقال"),
    E("C_friendly", "c1_kuna_0601", "أخطأت"),
    E("C_friendly", "c1_kuna_0601", "الحادث"),
    E("C_lor_june", "c1_kuna_0601", "وأوضح"),
    E("C_seizure", "c1_kuna_0601", "اجتاحوا"),
    E("C_arrest_try", "c1_kuna_0601", "لاعتقال"),
    E("C_martial", "c1_kuna_0601", "وأعلن"),
    E("C_moscow", "c1_kuna_0601", "واختصر"),
    E("C_raids", "c1_kuna_0601", "غارات"),
    # c2 Al-Khaleej, Wednesday 18 October 2017
    E("C_liberation", "c2_khaleej_1018", "تحرير", ctx="يعلن تحرير"),
    E("C_liberation", "c2_khaleej_1018", "تحرير", ctx="\"تحرير\" مدينة"),
    E("C_liberation", "c2_khaleej_1018", "تحررت"),
    E("C_caveat", "c2_khaleej_1018", "أقروا"),
    E("C_liberation", "c2_khaleej_1018", "إعلان", ctx="وجاء إعلان"),
    E("C_leaders_killed", "c2_khaleej_1018", "مقتل", ctx="من مقتل إسنيلون"),
    E("C_seizure", "c2_khaleej_1018", "الهجوم"),
    E("C_leaders_killed", "c2_khaleej_1018", "عملية"),
    E("C_lor_october", "c2_khaleej_1018", "وقال", ctx="وقال وزير الدفاع"),
    E("C_seizure", "c2_khaleej_1018", "فقدت"),
    E("C_seizure", "c2_khaleej_1018", "اجتاحها"),
    E("C_raids", "c2_khaleej_1018", "الغارات"),
    E("C_friendly", "c2_khaleej_1018", "وقتلت"),
    # c3 Al-Ayyam, Saturday 28 October 2017
    E("C_end", "c3_ayyam_1028", "أعلن", ctx="أعلن وزير الدفاع"),
    E("C_end", "c3_ayyam_1028", "الإعلان"),
    E("C_liberation", "c3_ayyam_1028", "إعلان", ctx="من إعلان الرئيس"),
    E("C_liberation", "c3_ayyam_1028", "تحرير"),
    E("C_leaders_killed", "c3_ayyam_1028", "مقتل"),
    E("C_arrest_try", "c3_ayyam_1028", "اعتقال"),
    E("C_seizure", "c3_ayyam_1028", "وسيطروا"),
    E("C_martial", "c3_ayyam_1028", "أعلن", ctx="الليلة أعلن"),
    E("C_extension", "c3_ayyam_1028", "مددها"),
    E("C_raids", "c3_ayyam_1028", "غارات"),
    # d1 MENA, Monday 16 August 2021
    E("D_win", "d1_mena_0816", "فوز", ctx="تعلن فوز"),
    E("D_win", "d1_mena_0816", "فوز", ctx="الاثنين، فوز"),
    E("D_vote", "d1_mena_0816", "الانتخابات", ctx="بالانتخابات الرئاسية التى"),
    E("D_win", "d1_mena_0816", "معلنا"),
    E("D_claim", "d1_mena_0816", "أعلن", ctx="قد أعلن يوم السبت"),
    E("D_vote", "d1_mena_0816", "الانتخابات", ctx="أن الانتخابات"),
    E("D_au", "d1_mena_0816", "وقالت"),
    E("D_vote", "d1_mena_0816", "الاقتراع", ctx="إن الاقتراع"),
    E("D_block", "d1_mena_0816", "حجب"),
    E("D_2016", "d1_mena_0816", "انتخابات", ctx="فى انتخابات 2016"),
    E("D_arrest", "d1_mena_0816", "واعتقل"),
    E("D_release", "d1_mena_0816", "يفرج"),
    # d2 Echorouk, Tuesday 17 August 2021
    E("D_concede", "d2_echorouk_0817", "يقرّ"),
    E("D_win", "d2_echorouk_0817", "فاز"),
    E("D_vote", "d2_echorouk_0817", "انتخابات"),
    E("D_concede", "d2_echorouk_0817", "وأقر"),
    E("D_concede", "d2_echorouk_0817", "خطاب", ctx="في خطاب بثه"),
    E("D_claim", "d2_echorouk_0817", "وصفه", ctx="من وصفه الاقتراع"),
    E("D_vote", "d2_echorouk_0817", "الاقتراع", ctx="وصفه الاقتراع"),
    E("D_hh_words", "d2_echorouk_0817", "خطاب", ctx="أول خطاب له"),
    E("D_win", "d2_echorouk_0817", "إعلان", ctx="بعد إعلان النتائج"),
    E("D_hh_words", "d2_echorouk_0817", "قال", ctx="النتائج، قال هيشيليما"),
    E("D_cheer", "d2_echorouk_0817", "واحتفلوا"),
    E("D_win", "d2_echorouk_0817", "أعلنت", ctx="قد أعلنت النتائج"),
    E("D_vote", "d2_echorouk_0817", "التصويت"),
    E("D_army", "d2_echorouk_0817", "انتشر"),
    E("D_vote", "d2_echorouk_0817", "الاقتراع", ctx="قبل الاقتراع"),
    E("D_oath", "d2_echorouk_0817", "يؤدي"),
    # d3 Independent Arabia, Wednesday 25 August 2021
    E("D_oath", "d3_indy_0825", "يتسلم"),
    E("D_oath", "d3_indy_0825", "أدى"),
    E("D_vote", "d3_indy_0825", "الانتخابات", ctx="من الانتخابات التي"),
    E("D_oath", "d3_indy_0825", "وتسلم"),
    E("D_win", "d3_indy_0825", "إعلان", ctx="من إعلان اللجنة"),
    E("D_win", "d3_indy_0825", "فوزه"),
    E("D_claim", "d3_indy_0825", "تشكيك"),
    E("D_vote", "d3_indy_0825", "الاقتراع"),
    E("D_concede", "d3_indy_0825", "ويهنئ"),
    E("D_inaugural", "d3_indy_0825", "وقال", ctx="وقال الرئيس الجديد"),
    E("D_oath", "d3_indy_0825", "التنصيب"),
    E("D_oath", "d3_indy_0825", "المراسم"),
    E("D_oath", "d3_indy_0825", "سلم", ctx="الذي سلم خلفه"),
    E("D_arrest", "d3_indy_0825", "اتهامه"),
    E("D_mongu", "d3_indy_0825", "اعتراض"),
]

TIMEX = [
    # a1
    D("a1_kuna_0829", "29 - 8", "2016-08-29", "2016-08-29", req=False),
    D("a1_kuna_0829", "منتصف ليل الأحد - الاثنين", "2016-08-29T00:00", "2016-08-28", "2016-08-29"),
    D("a1_kuna_0829", "يوم الخميس الماضي", "2016-08-25", "2016-08-25"),
    D("a1_kuna_0829", "29 أغسطس", "2016-08-29", "2016-08-29"),
    D("a1_kuna_0829", "مساء الأربعاء", "2016-08-24TEV", "2016-08-24"),
    DUR("a1_kuna_0829", "أربع سنوات", "P4Y"),
    D("a1_kuna_0829", "أمس الأحد", "2016-08-28", "2016-08-28"),
    V("a1_kuna_0829", "منتصف الليل", ctx="من منتصف الليل،"),
    D("a1_kuna_0829", "23 يونيو الماضي", "2016-06-23", "2016-06-23"),
    D("a1_kuna_0829", "الثاني من أكتوبر المقبل", "2016-10-02", "2016-10-02"),
    D("a1_kuna_0829", "عام 1964", "1964", "1964-01-01", "1964-12-31"),
    # a2
    D("a2_ahram_1006", "مساء أمس الأول الثلاثاء", "2016-10-04TEV", "2016-10-04"),
    D("a2_ahram_1006", "31 أكتوبر الحالى", "2016-10-31", "2016-10-31"),
    DUR("a2_ahram_1006", "يومين", "P2D"),
    D("a2_ahram_1006", "الأحد", "2016-10-02", "2016-10-02", ctx="جرى الأحد"),
    D("a2_ahram_1006", "29 أغسطس الماضى", "2016-08-29", "2016-08-29"),
    D("a2_ahram_1006", "أمس الأربعاء", "2016-10-05", "2016-10-05"),
    D("a2_ahram_1006", "26 سبتمبر", "2016-09-26", "2016-09-26"),
    D("a2_ahram_1006", "أمس", "2016-10-05", "2016-10-05", ctx="سانتوس أمس"),
    DUR("a2_ahram_1006", "ست سنوات", "P6Y"),
    # a3
    D("a3_quds_1015", "مساء الخميس", "2016-10-13TEV", "2016-10-13"),
    D("a3_quds_1015", "31 كانون الأول/ديسمبر", "2016-12-31", "2016-12-31"),
    DUR("a3_quds_1015", "تسعة أيام", "P9D"),
    D("a3_quds_1015", "آخر تشرين الأول/أكتوبر", "2016-10", "2016-10-31", "2016-10-31", "2016-10-21", "2016-10-31",
      req=False),
    D("a3_quds_1015", "في اليوم التالي", "2016-10-14", "2016-10-14"),
    DUR("a3_quds_1015", "ستة أيام", "P6D"),
    D("a3_quds_1015", "يوم الجمعة 7 تشرين الأول/أكتوبر", "2016-10-07", "2016-10-07"),
    D("a3_quds_1015", "يوم الاثنين الماضي", "2016-10-10", "2016-10-10"),
    D("a3_quds_1015", "يوم 27 من الشهر الجاري", "2016-10-27", "2016-10-27"),
    D("a3_quds_1015", "الثاني من تشرين الأول/أكتوبر", "2016-10-02", "2016-10-02"),
    D("a3_quds_1015", "29 آب/أغسطس", "2016-08-29", "2016-08-29"),
    # b1
    D("b1_aa_0711", "الاثنين", "2022-07-11", "2022-07-11"),
    D("b1_aa_0711", "الأول من يوليو/ تموز الجاري", "2022-07-01", "2022-07-01"),
    D("b1_aa_0711", "14 يناير/ كانون الثاني الماضي", "2022-01-14", "2022-01-14"),
    D("b1_aa_0711", "عام 1993", "1993", "1993-01-01", "1993-12-31"),
    # b2
    D("b2_nahar_0712", "أمس", "2022-07-11", "2022-07-11", ctx="تلقى، أمس"),
    DUR("b2_nahar_0712", "عشرة أيام", "P10D"),
    D("b2_nahar_0712", "12 آذار", "2022-03-12", "2022-03-12"),
    V("b2_nahar_0712", "منذ سنوات"),
    D("b2_nahar_0712", "شباط", "2022-02", "2022-02-01", "2022-02-28"),
    DUR("b2_nahar_0712", "أكثر من عامين", "P2Y", req=False),
    # b3
    D("b3_khaleej_1008", "السبت 12 ربيع الأول 1444 هـ", "2022-10-08", "2022-10-08"),
    D("b3_khaleej_1008", "8 أكتوبر 2022", "2022-10-08", "2022-10-08"),
    D("b3_khaleej_1008", "مساء الخميس", "2022-10-06TEV", "2022-10-06"),
    D("b3_khaleej_1008", "11 يوليو الماضي", "2022-07-11", "2022-07-11"),
    V("b3_khaleej_1008", "بعد أيام"),
    D("b3_khaleej_1008", "الليلة نفسها", "2022-10-06TNI", "2022-10-06"),
    DUR("b3_khaleej_1008", "شهرين", "P2M"),
    DUR("b3_khaleej_1008", "ثلاثة أسابيع", "P3W"),
    D("b3_khaleej_1008", "منتصف سبتمبر", "2022-09", "2022-09-11", "2022-09-20", "2022-09-01", "2022-09-30",
      req=False),
    # c1
    D("c1_kuna_0601", "1 - 6", "2017-06-01", "2017-06-01", req=False),
    D("c1_kuna_0601", "اليوم الخميس", "2017-06-01", "2017-06-01"),
    D("c1_kuna_0601", "أمس الأربعاء", "2017-05-31", "2017-05-31"),
    D("c1_kuna_0601", "23 مايو الماضي", "2017-05-23", "2017-05-23"),
    D("c1_kuna_0601", "الليلة ذاتها", "2017-05-23TNI", "2017-05-23"),
    DUR("c1_kuna_0601", "60 يوما", "P60D"),
    V("c1_kuna_0601", "منذ أيام"),
    # c2
    D("c2_khaleej_1018", "الأربعاء 28 محرم 1439 هـ", "2017-10-18", "2017-10-18"),
    D("c2_khaleej_1018", "18 أكتوبر 2017", "2017-10-18", "2017-10-18"),
    D("c2_khaleej_1018", "أمس", "2017-10-17", "2017-10-17", ctx="دوتيرتي، أمس،"),
    DUR("c2_khaleej_1018", "خمسة أشهر", "P5M"),
    D("c2_khaleej_1018", "فجر الاثنين", "2017-10-16TMO", "2017-10-16"),
    D("c2_khaleej_1018", "23 أيار/مايو", "2017-05-23", "2017-05-23"),
    V("c2_khaleej_1018", "الأيام الأولى من القتال"),
    # c3
    DUR("c3_ayyam_1028", "خمسة أشهر", "P5M"),
    D("c3_ayyam_1028", "يوم الاثنين الماضي", "2017-10-23", "2017-10-23"),
    DUR("c3_ayyam_1028", "ستة أيام", "P6D"),
    D("c3_ayyam_1028", "السابع عشر من الشهر الجاري", "2017-10-17", "2017-10-17"),
    DUR("c3_ayyam_1028", "أسبوع", "P1W"),
    D("c3_ayyam_1028", "ظهر الثالث والعشرين من أيار/مايو", "2017-05-23T12:00", "2017-05-23"),
    D("c3_ayyam_1028", "تلك الليلة", "2017-05-23TNI", "2017-05-23"),
    D("c3_ayyam_1028", "تموز/يوليو", "2017-07", "2017-07-01", "2017-07-31"),
    D("c3_ayyam_1028", "نهاية العام", "2017-12", "2017-12-31", "2017-12-31", "2017-12-01", "2017-12-31", req=False),
    # d1
    D("d1_mena_0816", "اليوم الاثنين", "2021-08-16", "2021-08-16"),
    D("d1_mena_0816", "يوم الخميس الماضى", "2021-08-12", "2021-08-12"),
    D("d1_mena_0816", "الساعات الأولى من صباح اليوم", "2021-08-16TMO", "2021-08-16"),
    D("d1_mena_0816", "يوم السبت", "2021-08-14", "2021-08-14"),
    D("d1_mena_0816", "يوم الاقتراع", "2021-08-12", "2021-08-12", req=False),
    D("d1_mena_0816", "2016", "2016", "2016-01-01", "2016-12-31"),
    D("d1_mena_0816", "عام 2017", "2017", "2017-01-01", "2017-12-31"),
    DUR("d1_mena_0816", "أربعة أشهر", "P4M"),
    # d2
    D("d2_echorouk_0817", "12 أوت", "2021-08-12", "2021-08-12"),
    D("d2_echorouk_0817", "2015", "2015", "2015-01-01", "2015-12-31"),
    D("d2_echorouk_0817", "مساء الاثنين", "2021-08-16TEV", "2021-08-16"),
    DUR("d2_echorouk_0817", "يومين", "P2D"),
    D("d2_echorouk_0817", "ليلة الأحد إلى الاثنين", "2021-08-15TNI", "2021-08-15", "2021-08-16"),
    D("d2_echorouk_0817", "فجر الاثنين", "2021-08-16TMO", "2021-08-16"),
    DUR("d2_echorouk_0817", "أربعة أيام", "P4D"),
    V("d2_echorouk_0817", "بأيام"),
    D("d2_echorouk_0817", "الرابع والعشرين من الشهر الجاري", "2021-08-24", "2021-08-24"),
    # d3
    D("d3_indy_0825", "أمس الثلاثاء", "2021-08-24", "2021-08-24"),
    DUR("d3_indy_0825", "١٢ يوماً", "P12D"),
    DUR("d3_indy_0825", "ثمانية أيام", "P8D"),
    D("d3_indy_0825", "١٦ أغسطس (آب)", "2021-08-16", "2021-08-16"),
    D("d3_indy_0825", "مساء اليوم نفسه", "2021-08-16TEV", "2021-08-16"),
    DUR("d3_indy_0825", "أربعة أشهر", "P4M"),
    D("d3_indy_0825", "عام ٢٠١٧", "2017", "2017-01-01", "2017-12-31"),
    D("d3_indy_0825", "أبريل (نيسان) من ذلك العام", "2017-04", "2017-04-01", "2017-04-30"),
    # x1
    D("x1_cnbc_0128", "أمس الاثنين", "2025-01-27", "2025-01-27"),
    D("x1_cnbc_0128", "20 يناير", "2025-01-20", "2025-01-20"),
    D("x1_cnbc_0128", "الأسبوع المقبل", "2025-W06", "2025-02-03", "2025-02-09", req=False),
    D("x1_cnbc_0128", "يونيو من العام الماضي", "2024-06", "2024-06-01", "2024-06-30"),
    # x2
    D("x2_akhbar_0124", "مساء أمس الثلاثاء", "2024-01-23TEV", "2024-01-23"),
    # x3
    D("x3_emarat_1030", "الأربعاء 2 ربيع الأول 1441 هـ", "2019-10-30", "2019-10-30"),
    D("x3_emarat_1030", "30 أكتوبر 2019", "2019-10-30", "2019-10-30"),
    D("x3_emarat_1030", "أمس", "2019-10-29", "2019-10-29", ctx="البريطانية، أمس"),
    DUR("x3_emarat_1030", "ستة أشهر", "P6M", req=False),
    DUR("x3_emarat_1030", "189 يوما", "P189D"),
    DUR("x3_emarat_1030", "ثماني سنوات", "P8Y", req=False),
    D("x3_emarat_1030", "أبريل الماضي", "2019-04", "2019-04-01", "2019-04-30"),
    DUR("x3_emarat_1030", "48 ساعة", "PT48H"),
    # x4
    D("x4_petra_1008", "8 تشرين الأول", "2025-10-08", "2025-10-08"),
    D("x4_petra_1008", "اليوم الأربعاء", "2025-10-08", "2025-10-08"),
    D("x4_petra_1008", "عام 1965", "1965", "1965-01-01", "1965-12-31"),
    D("x4_petra_1008", "تسعينيات القرن الماضي", "199X", "1990-01-01", "1999-12-31", req=False),
    # optional spans and untensed title dates
    V("a1_kuna_0829", "أكثر من نصف قرن"),
    V("a1_kuna_0829", "بعد اليوم"),
    D("a2_ahram_1006", "نهاية أكتوبر", "2016-10-31", "2016-10-31", lo="2016-10-25", req=False),
    D("a3_quds_1015", "آخر العام", "2016-12-31", "2016-12-31", lo="2016-12-01", req=False),
    V("b2_nahar_0712", "عيد الأضحى"),
    V("c3_ayyam_1028", "أشهرا"),
    V("c3_ayyam_1028", "الحرب العالمية الثانية"),
    V("d1_mena_0816", "59 عاما"),
    V("d2_echorouk_0817", "ساعات الصباح"),
    V("d3_indy_0825", "منذ عقد"),
    V("x1_cnbc_0128", "في يوم واحد"),
    V("x2_akhbar_0124", "الدقيقة 37"),
    V("x2_akhbar_0124", "الشوط الثاني"),
    V("x2_akhbar_0124", "الدقائق الأخيرة"),
    V("x3_emarat_1030", "الخريف"),
    V("x3_emarat_1030", "خلال أيام"),
    V("x3_emarat_1030", "الليل"),
    V("x4_petra_1008", "بدقائق"),
]

DIFF = [
    ["A_havana", "A_effect"], ["A_order", "A_effect"], ["A_timo_order", "A_effect"], ["A_order", "A_timo_order"],
    ["A_ext1", "A_ext2"], ["A_ext1", "A_effect"], ["A_ext2", "A_effect"], ["A_timo_words", "A_timo_tweet"],
    ["A_uribe_words", "A_timo_tweet"], ["A_pleb", "A_cartagena"], ["A_final", "A_cartagena"],
    ["A_welcome", "A_ext2"],
    ["B_prague", "B_quad"], ["B_prague", "B_epc"], ["B_quad", "B_epc"], ["B_vienna", "B_moscow"],
    ["B_vienna", "B_antalya"], ["B_tr_statement", "B_am_statement"], ["B_kalin", "B_tr_statement"],
    ["B_call", "B_prague"],
    ["C_friendly", "C_raids"], ["C_friendly", "C_leaders_killed"], ["C_seizure", "C_liberation"],
    ["C_lor_june", "C_lor_october"], ["C_lor_october", "C_end"], ["C_martial", "C_arrest_try"],
    ["C_caveat", "C_end"],
    ["D_vote", "D_2016"], ["D_claim", "D_concede"], ["D_concede", "D_hh_words"], ["D_win", "D_oath"],
    ["D_arrest", "D_release"], ["D_hh_words", "D_inaugural"], ["D_claim", "D_au"],
]

BEFORE = [
    ["A_war", "A_havana"], ["A_havana", "A_final"], ["A_final", "A_order"], ["A_order", "A_timo_order"],
    ["A_timo_order", "A_effect"], ["A_effect", "A_cartagena"], ["A_cartagena", "A_pleb"], ["A_pleb", "A_ext1"],
    ["A_ext1", "A_uribe_meet"], ["A_uribe_meet", "A_nobel"], ["A_nobel", "A_eln"], ["A_eln", "A_ext2"],
    ["A_ext2", "A_welcome"],
    ["B_closure", "B_moscow"], ["B_moscow", "B_flights"], ["B_flights", "B_antalya"], ["B_antalya", "B_vienna"],
    ["B_vienna", "B_call"], ["B_call", "B_clashes"], ["B_clashes", "B_prague"],
    ["C_seizure", "C_friendly"], ["C_martial", "C_friendly"], ["C_friendly", "C_lor_june"],
    ["C_lor_june", "C_extension"], ["C_extension", "C_leaders_killed"], ["C_leaders_killed", "C_liberation"],
    ["C_liberation", "C_end"],
    ["D_2016", "D_mongu"], ["D_mongu", "D_arrest"], ["D_arrest", "D_release"], ["D_release", "D_army"],
    ["D_army", "D_vote"], ["D_vote", "D_claim"], ["D_claim", "D_win"], ["D_win", "D_oath"],
]

if ERRORS:
    raise SystemExit("\n".join(ERRORS))

GOLD = dict(timex=TIMEX, clusters=CLUSTERS, events=EVENTS, diff=DIFF, before=BEFORE)
