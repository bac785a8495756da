"""Gold for the twenty-fifth blind held-out set (16 articles): the format of ../heldout24/spec.py.

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

Stories: A the Thailand–Cambodia border war of July 2025 and its truce (the clashes at Ta
Muen Thom, the Cambodian rockets and the Thai F-16 raids of Thursday 24 July; the Security
Council's closed session of 25 July; Trump's two calls of Saturday 26 July, to Hun Manet and
then to Phumtham; the Putrajaya talks hosted by Anwar Ibrahim on Monday 28 July and the
agreement on an immediate ceasefire, in force from midnight; the Thai charge of a breach and
Cambodia's denial on the 29th, the regional commanders' meeting that morning; the General
Border Committee in Kuala Lumpur, 4–7 August, and its agreement to keep the truce with ASEAN
observers; the shooting of 28 May); B Burhan meets Netanyahu in Entebbe (Monday 3 February
2020, hosted by Museveni, who met Netanyahu earlier that day; Pompeo's call to Burhan of the
2nd; the Sudanese government's "not informed"; Erekat's words; Burhan's statement of the 4th;
the Arab League ministers of 1 February; Trump's plan of 28 January; Pompeo in Khartoum on
25 August; Trump's announcement of 19 October and his call of 23 October with Netanyahu,
Burhan and Hamdok, the White House announcement and the joint statement; the Khartoum summit
of 1967); C the Tigray fighters take Dessie (Saturday 30 October 2021) and Kombolcha (Sunday
31 October), the government's denial, Abiy's call to arms, the state of emergency of 2
November and the capital's call to register arms; the Mekelle air strikes of 18 and 20
October; Abiy's announcement of 22 November and his arrival at the front on the 24th;
Lalibela lost on 5 August and retaken on 1 December, Dessie and Kombolcha retaken on 6
December); D the US–Venezuela exchange of Wednesday 20 December 2023 (the Americans freed
for Alex Saab, Qatar's mediation statement, Biden's statement, Saab's return and Maduro's
reception, the plane landing in Texas, Leonard Francis handed over; Saab's arrest in Cape
Verde on 12 June 2020 and his extradition on 16 October 2021; Francis's escape of 4 September
2022 and arrest of the 20th; the Barbados agreement of 17 October 2023 and the sanctions eased
the next day; the swap of 1 October 2022; the Iran release of September 2023).  X: four
distractors with no gold events (Al Ahly's African title, Apple's Vision Pro on sale,
Raha Moharrak on Everest, Aramco's first trading day).
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent

PUBLISHED = {
    "a1_kuna_0728": "2025-07-28T21:00:00+08:00",
    "a2_khaleej_0730": "2025-07-30",
    "a3_nahar_0808": "2025-08-08",
    "b1_mena_0203": "2020-02-03T22:00:00+02:00",
    "b2_ahram_0205": "2020-02-05",
    "b3_echorouk_1025": "2020-10-25",
    "c1_aa_1031": "2021-10-31T20:00:00+03:00",
    "c2_awsat_1103": "2021-11-03",
    "c3_sabah_1207": "2021-12-07",
    "d1_qna_1220": "2023-12-20T23:30:00+03:00",
    "d2_annahar_1221": "2023-12-21",
    "d3_indy_1227": "2023-12-27",
    "x1_hespress_0612": "2023-06-12",
    "x2_khaleej_0203": "2024-02-03",
    "x3_okaz_0520": "2013-05-20",
    "x4_riyadh_1212": "2019-12-12",
}

TEXTS = {k: (HERE / "src" / f"{k}.txt").read_text(encoding="utf-8") for k in PUBLISHED}


def _count(text, s, end=None):
    """Occurrences of `s` in `text` starting before `end` (overlapping ones counted)."""
    n, i = 0, text.find(s)
    while i >= 0 and (end is None or i < end):
        n, i = n + 1, text.find(s, i + 1)
    return n


def occ(doc, s, ctx=None):
    """The 1-based occurrence of `s` in `doc`: the one inside the unique `ctx`, or the only one."""
    t = TEXTS[doc]
    if ctx is None:
        if _count(t, s) != 1:
            raise SystemExit(f"{doc}: {s!r} occurs {_count(t, s)} times; give a ctx")
        return 1
    if _count(t, ctx) != 1 or s not in ctx:
        raise SystemExit(f"{doc}: ctx {ctx!r} occurs {_count(t, ctx)} times or lacks {s!r}")
    return _count(t, s, t.find(ctx) + ctx.find(s)) + 1


def D(doc, s, value, a, b=None, lo=None, hi=None, ctx=None, req=True):
    """A date row: tight a..b, outer lo..hi (the tight span by default)."""
    return (doc, s, occ(doc, s, ctx), "date", value, [a, b or a], [lo or a, hi or b or a], req)


def DUR(doc, s, value, ctx=None, req=True):
    return (doc, s, occ(doc, s, ctx), "duration", value, None, None, req)


def V(doc, s, ctx=None):
    return (doc, s, occ(doc, s, ctx), "vague", None, None, None, False)


CLUSTERS = {}


def C(name, kind, a, b=None, lo=None, hi=None, who=()):
    """A cluster: type, tight a..b, outer lo..hi, participants (lists of acceptable names)."""
    CLUSTERS[name] = dict(type=kind, tight=[a, b or a], outer=[lo or a, hi or b or a],
                          participants=[list(p) for p in who])


EVENTS = []


def E(name, doc, s, ctx=None):
    EVENTS.append((name, doc, s, occ(doc, s, ctx), CLUSTERS[name]["type"]))


TH, KH = ["تايلاند"], ["كمبوديا"]
ANWAR, HUN, PHUM = ["أنور إبراهيم", "أنور"], ["هون مانيت"], ["فومتام ويتشاياتشاي", "فومتام"]
TRUMP = ["دونالد ترامب", "ترامب"]
NET, BURHAN = ["بنيامين نتنياهو", "نتنياهو"], ["عبد الفتاح البرهان", "البرهان"]
POMPEO, HAMDOK = ["مايك بومبيو", "بومبيو"], ["عبد الله حمدوك", "حمدوك"]
MUSEVENI = ["يويرى موسيفينى", "يويري موسيفيني", "موسيفينى", "موسيفيني"]
TPLF = ["الجبهة الشعبية لتحرير تيغراي", "جبهة تيغراي", "جبهة تحرير تيغراي", "الجبهة"]
ABIY = ["آبي أحمد"]
SAAB = ["أليكس صعب", "صعب"]
US, VE = ["الولايات المتحدة", "واشنطن"], ["فنزويلا", "كراكاس", "كاراكاس"]
MADURO = ["نيكولاس مادورو", "مادورو"]
FRANCIS = ["ليونارد فرانسيس", "فات ليونارد"]

# ------------------------------------------------------------------ A: Thailand–Cambodia
C("A_may28", "strike", "2025-05-28", who=[KH, TH])
C("A_clash24", "strike", "2025-07-24", who=[TH, KH])
C("A_rockets24", "strike", "2025-07-24", who=[["القوات الكمبودية", "كمبوديا"], TH])
C("A_air24", "strike", "2025-07-24", who=[["تايلاند", "مقاتلات تايلاندية"], KH])
C("A_unsc", "meeting", "2025-07-25", who=[["مجلس الأمن الدولي", "مجلس الأمن"]])
C("A_call_hun", "call", "2025-07-26", who=[TRUMP, HUN])
C("A_call_phum", "call", "2025-07-26", who=[TRUMP, PHUM])
C("A_talks", "meeting", "2025-07-28", who=[ANWAR, HUN, PHUM])
C("A_agree", "ceasefire", "2025-07-28", who=[TH, KH])
C("A_effect", "ceasefire", "2025-07-29", lo="2025-07-28", who=[TH, KH])
C("A_breach", "strike", "2025-07-29", lo="2025-07-28", who=[["القوات الكمبودية", "كمبوديا"]])
C("A_accuse", "statement", "2025-07-29", who=[["الجيش التايلاندي", "وينتاي سوفاري"]])
C("A_deny", "statement", "2025-07-29", who=[["كمبوديا", "مالي سوتشياتا", "بنوم بنه"]])
C("A_commanders", "meeting", "2025-07-29", who=[["قادة المناطق العسكرية"]])
C("A_gbc", "meeting", "2025-08-04", "2025-08-07",
  who=[["ناتافون ناركفانيت"], ["تيا سيها"]])
C("A_gbcdeal", "ceasefire", "2025-08-07", who=[TH, KH])

E("A_clash24", "a1_kuna_0728", "الاشتباكات", "واندلعت الاشتباكات")
E("A_rockets24", "a1_kuna_0728", "أطلقت", "ثم أطلقت القوات")
E("A_air24", "a1_kuna_0728", "غارات")
E("A_call_hun", "a1_kuna_0728", "تحدث هاتفيا")
E("A_call_phum", "a1_kuna_0728", "اتصالا آخر")
E("A_talks", "a1_kuna_0728", "محادثات", "في ختام محادثات")
E("A_talks", "a1_kuna_0728", "المحادثات", "جانبا من المحادثات")
E("A_talks", "a1_kuna_0728", "الاجتماع", "الاجتماع بأنه")
E("A_agree", "a1_kuna_0728", "تتفقان")
E("A_agree", "a1_kuna_0728", "اتفقتا")
E("A_effect", "a1_kuna_0728", "يدخل حيز التنفيذ")
E("A_commanders", "a1_kuna_0728", "سيلتقون")

E("A_breach", "a2_khaleej_0730", "خرق", "بخرق وقف")
E("A_accuse", "a2_khaleej_0730", "اتهم", "اتهم الجيش التايلاندي، أمس")
E("A_deny", "a2_khaleej_0730", "نفت", "فيما نفت كمبوديا")
E("A_effect", "a2_khaleej_0730", "دخلت حيز التنفيذ")
E("A_talks", "a2_khaleej_0730", "اجتماع", "اجتماع بوتراجايا")
E("A_agree", "a2_khaleej_0730", "اتفق", "واتفق فيه")
E("A_accuse", "a2_khaleej_0730", "قال", "وقال المتحدث باسم الجيش")
E("A_breach", "a2_khaleej_0730", "هجمات", "شنت هجمات")
E("A_effect", "a2_khaleej_0730", "بدء سريان")
E("A_deny", "a2_khaleej_0730", "نفت", "سوتشياتا نفت")
E("A_commanders", "a2_khaleej_0730", "اجتماعا", "وعقد قادة المناطق العسكرية في البلدين اجتماعا")
E("A_unsc", "a2_khaleej_0730", "جلسة طارئة")
E("A_may28", "a2_khaleej_0730", "تبادل لإطلاق النار")
E("A_clash24", "a2_khaleej_0730", "اشتباكات", "تندلع اشتباكات")
E("A_rockets24", "a2_khaleej_0730", "قصفت")
E("A_air24", "a2_khaleej_0730", "غارات", "بغارات جوية")

E("A_gbcdeal", "a3_nahar_0808", "تمددان")
E("A_gbcdeal", "a3_nahar_0808", "اتفقت")
E("A_gbc", "a3_nahar_0808", "اجتماعات", "ختام اجتماعات")
E("A_gbcdeal", "a3_nahar_0808", "الاتفاق", "ونص الاتفاق")
E("A_gbcdeal", "a3_nahar_0808", "الاتفاق", "وجاء الاتفاق")
E("A_talks", "a3_nahar_0808", "محادثات", "من محادثات بوتراجايا")
E("A_agree", "a3_nahar_0808", "توصل")
E("A_effect", "a3_nahar_0808", "دخلت حيز التنفيذ")
E("A_talks", "a3_nahar_0808", "محادثات", "للمحادثات")
E("A_call_hun", "a3_nahar_0808", "اتصال هاتفي")
E("A_call_phum", "a3_nahar_0808", "اتصال", "أعقبه اتصال")
E("A_talks", "a3_nahar_0808", "لقاء", "لقاء بوتراجايا")
E("A_accuse", "a3_nahar_0808", "اتهم", "إذ اتهم")
E("A_breach", "a3_nahar_0808", "إطلاق النار", "بإطلاق النار على مواقعه")
E("A_deny", "a3_nahar_0808", "نفته")
E("A_clash24", "a3_nahar_0808", "اشتباكات", "باشتباكات")

# ------------------------------------------------------------------ B: Entebbe
C("B_k67", "meeting", "1967-08-29", "1967-09-01", "1967-01-01", "1967-12-31")
C("B_plan", "statement", "2020-01-28", who=[TRUMP])
C("B_arab", "meeting", "2020-02-01", who=[["وزراء الخارجية العرب", "الجامعة العربية"]])
C("B_pcall", "call", "2020-02-02", who=[POMPEO, BURHAN])
C("B_museveni", "meeting", "2020-02-03", who=[MUSEVENI, NET])
C("B_entebbe", "meeting", "2020-02-03", who=[NET, BURHAN])
C("B_office", "statement", "2020-02-03",
  who=[["مكتب رئيس الوزراء الإسرائيلى", "مكتب نتنياهو"]])
C("B_cabinet", "statement", "2020-02-03", hi="2020-02-04",
  who=[["فيصل محمد صالح", "الحكومة السودانية", "الحكومة المدنية", "مجلس الوزراء"]])
C("B_erekat", "statement", "2020-02-03", who=[["صائب عريقات", "عريقات"]])
C("B_praise", "statement", "2020-02-03", hi="2020-02-05", who=[POMPEO, BURHAN])
C("B_burhan", "statement", "2020-02-04", who=[BURHAN])
C("B_pompeo", "meeting", "2020-08-25", who=[POMPEO, HAMDOK])
C("B_sst", "statement", "2020-10-19", who=[TRUMP])
C("B_tcall", "call", "2020-10-23", who=[TRUMP, NET, BURHAN, HAMDOK])
C("B_wh", "statement", "2020-10-23", who=[["البيت الأبيض"]])
C("B_joint", "statement", "2020-10-23")

E("B_entebbe", "b1_mena_0203", "يلتقى")
E("B_entebbe", "b1_mena_0203", "التقى")
E("B_office", "b1_mena_0203", "بيان")
E("B_entebbe", "b1_mena_0203", "اللقاء", "إن اللقاء تناول")
E("B_entebbe", "b1_mena_0203", "اللقاء", "وجرى اللقاء")
E("B_museveni", "b1_mena_0203", "استقبل")
E("B_pcall", "b1_mena_0203", "اتصالا هاتفيا")
E("B_cabinet", "b1_mena_0203", "قال", "وفى الخرطوم، قال")
E("B_entebbe", "b1_mena_0203", "الاجتماع", "بشأن الاجتماع")
E("B_erekat", "b1_mena_0203", "وصف")
E("B_entebbe", "b1_mena_0203", "اللقاء", "ويأتى اللقاء")
E("B_plan", "b1_mena_0203", "إعلان")

E("B_entebbe", "b2_ahram_0205", "لقائى")
E("B_burhan", "b2_ahram_0205", "أكد", "أكد الفريق")
E("B_entebbe", "b2_ahram_0205", "لقاءه")
E("B_burhan", "b2_ahram_0205", "بيان", "فى بيان أصدره")
E("B_cabinet", "b2_ahram_0205", "أكدت")
E("B_entebbe", "b2_ahram_0205", "لقاء", "لقاء عنتيبى")
E("B_praise", "b2_ahram_0205", "أشاد")
E("B_pcall", "b2_ahram_0205", "مكالمة هاتفية")
E("B_entebbe", "b2_ahram_0205", "اللقاء", "قبل يوم واحد من اللقاء")
E("B_entebbe", "b2_ahram_0205", "الاجتماع", "استضاف الاجتماع")
E("B_museveni", "b2_ahram_0205", "مباحثات")
E("B_entebbe", "b2_ahram_0205", "اللقاء", "ويأتى اللقاء")
E("B_arab", "b2_ahram_0205", "الاجتماع الطارئ")
E("B_entebbe", "b2_ahram_0205", "اللقاء", "ويعد اللقاء")
E("B_k67", "b2_ahram_0205", "قمة")

E("B_wh", "b3_echorouk_1025", "أعلن", "أعلن البيت الأبيض")
E("B_tcall", "b3_echorouk_1025", "اتصال هاتفي")
E("B_tcall", "b3_echorouk_1025", "المكالمة")
E("B_joint", "b3_echorouk_1025", "بيان مشترك")
E("B_wh", "b3_echorouk_1025", "الإعلان", "وجاء الإعلان")
E("B_sst", "b3_echorouk_1025", "إعلان", "من إعلان ترامب")
E("B_entebbe", "b3_echorouk_1025", "التقى")
E("B_entebbe", "b3_echorouk_1025", "لقاء", "في لقاء رتّبه")
E("B_cabinet", "b3_echorouk_1025", "قالت")
E("B_pompeo", "b3_echorouk_1025", "محادثات")
E("B_k67", "b3_echorouk_1025", "قمة")

# ------------------------------------------------------------------ C: Dessie and Kombolcha
C("C_lal_fall", "capture", "2021-08-05", who=[TPLF])
C("C_m18", "strike", "2021-10-18", who=[["سلاح الجو الإثيوبي", "الجيش الإثيوبي"]])
C("C_m20", "strike", "2021-10-20", who=[["سلاح الجو الإثيوبي"]])
C("C_dessie", "capture", "2021-10-30", who=[TPLF])
C("C_komb", "capture", "2021-10-31", who=[TPLF])
C("C_deny", "statement", "2021-10-31", lo="2021-10-30", who=[["ليغيسي تولو"]])
C("C_appeal", "statement", "2021-10-31", who=[ABIY])
C("C_emerg", "other", "2021-11-02", who=[["الحكومة الإثيوبية"]])
C("C_aacall", "statement", "2021-11-02", who=[["سلطات العاصمة أديس أبابا"]])
C("C_abiy_ann", "statement", "2021-11-22", who=[ABIY])
C("C_abiy_front", "other", "2021-11-24", who=[ABIY])
C("C_lal_retake", "capture", "2021-12-01", who=[["الجيش الإثيوبي", "الجيش"]])
C("C_retake", "capture", "2021-12-06", who=[["الجيش الإثيوبي", "الحكومة الإثيوبية"]])

E("C_komb", "c1_aa_1031", "السيطرة", "تعلن السيطرة")
E("C_komb", "c1_aa_1031", "السيطرة", "الأحد، السيطرة")
E("C_dessie", "c1_aa_1031", "دخول")
E("C_komb", "c1_aa_1031", "يسيطرون")
E("C_dessie", "c1_aa_1031", "سيطرتهم")
E("C_deny", "c1_aa_1031", "نفى")
E("C_dessie", "c1_aa_1031", "سقوط")
E("C_appeal", "c1_aa_1031", "دعا", "ودعا رئيس الوزراء")
E("C_m18", "c1_aa_1031", "غارتين")
E("C_m20", "c1_aa_1031", "غارة", "غارة أخرى")

E("C_emerg", "c2_awsat_1103", "تعلن")
E("C_emerg", "c2_awsat_1103", "أعلنت", "أعلنت الحكومة الإثيوبية، أمس")
E("C_dessie", "c2_awsat_1103", "سيطر", "بعد أن سيطر")
E("C_komb", "c2_awsat_1103", "الاستيلاء")
E("C_aacall", "c2_awsat_1103", "دعت", "ودعت سلطات")
E("C_appeal", "c2_awsat_1103", "حث")
E("C_m18", "c2_awsat_1103", "الغارة الجوية")

E("C_retake", "c3_sabah_1207", "يستعيد")
E("C_retake", "c3_sabah_1207", "استعادت")
E("C_dessie", "c3_sabah_1207", "سقوط")
E("C_lal_retake", "c3_sabah_1207", "استعادة", "على استعادة الجيش")
E("C_lal_fall", "c3_sabah_1207", "سيطرت", "بعدما سيطرت")
E("C_abiy_ann", "c3_sabah_1207", "أعلن", "قد أعلن في 22")
E("C_abiy_front", "c3_sabah_1207", "وصل", "ووصل إلى الجبهة")
E("C_dessie", "c3_sabah_1207", "السيطرة", "أعلنت السيطرة على ديسي")
E("C_komb", "c3_sabah_1207", "دخول", "ثم دخول")
E("C_emerg", "c3_sabah_1207", "إعلان", "إلى إعلان حالة")

# ------------------------------------------------------------------ D: the Saab exchange
C("D_arrest", "other", "2020-06-12", lo="2020-06-01", hi="2020-06-30", who=[SAAB])
C("D_extra", "other", "2021-10-16", lo="2021-10-01", hi="2021-10-31", who=[SAAB])
C("D_escape", "other", "2022-09-04", who=[FRANCIS])
C("D_farrest", "other", "2022-09-20", who=[FRANCIS])
C("D_swap22", "other", "2022-10-01", who=[["كاراكاس"], ["واشنطن"]])
C("D_iran23", "other", "2023-09-18", lo="2023-09-01", hi="2023-09-30")
C("D_barb", "other", "2023-10-17", who=[["حكومة الرئيس نيكولاس مادورو", "مادورو"], ["المعارضة"]])
C("D_sanc", "other", "2023-10-18", who=[["واشنطن"]])
C("D_swap", "other", "2023-12-20", who=[US, VE, SAAB])
C("D_qatar", "statement", "2023-12-20", who=[["دولة قطر", "قطر", "وزارة الخارجية"]])
C("D_biden", "statement", "2023-12-20", who=[["جو بايدن", "بايدن"]])
C("D_arrive", "other", "2023-12-20", who=[SAAB])
C("D_recep", "meeting", "2023-12-20", who=[MADURO, SAAB])
C("D_land", "other", "2023-12-20", hi="2023-12-21")
C("D_francis", "other", "2023-12-20", who=[["فنزويلا"], FRANCIS])

E("D_qatar", "d1_qna_1220", "ترحب")
E("D_qatar", "d1_qna_1220", "رحبت")
E("D_swap", "d1_qna_1220", "الإفراج", "عن الإفراج عن مواطنين")
E("D_swap", "d1_qna_1220", "إطلاق سراح")
E("D_qatar", "d1_qna_1220", "أعربت")
E("D_qatar", "d1_qna_1220", "بيان")
E("D_biden", "d1_qna_1220", "أعلن", "قد أعلن")
E("D_arrive", "d1_qna_1220", "وصل", "ووصل صعب")
E("D_recep", "d1_qna_1220", "استقبله")
E("D_arrest", "d1_qna_1220", "اعتقل")
E("D_extra", "d1_qna_1220", "تسليمه")
E("D_iran23", "d1_qna_1220", "الإفراج", "في الإفراج عن محتجزين")

E("D_recep", "d2_annahar_1221", "يستقبله")
E("D_arrive", "d2_annahar_1221", "عاد", "عاد رجل")
E("D_swap", "d2_annahar_1221", "أفرجت")
E("D_swap", "d2_annahar_1221", "تبادل", "عملية تبادل")
E("D_recep", "d2_annahar_1221", "استقبل", "واستقبل الرئيس")
E("D_land", "d2_annahar_1221", "حطت")
E("D_swap", "d2_annahar_1221", "المفرج عنهم")
E("D_biden", "d2_annahar_1221", "بيان")
E("D_francis", "d2_annahar_1221", "سلمت")
E("D_escape", "d2_annahar_1221", "فر", "والذي فر")
E("D_farrest", "d2_annahar_1221", "اعتقل", "واعتقل في مطار")
E("D_arrest", "d2_annahar_1221", "أوقف")
E("D_extra", "d2_annahar_1221", "سلم", "ثم سلم إلى")
E("D_arrest", "d2_annahar_1221", "اعتقل", "اعتقل خلال مهمة")

E("D_swap", "d3_indy_1227", "صفقة", "ماذا تعني صفقة")
E("D_swap", "d3_indy_1227", "التبادل", "عملية التبادل")
E("D_swap", "d3_indy_1227", "العملية", "وجاءت العملية")
E("D_barb", "d3_indy_1227", "اتفاق", "من اتفاق بربادوس")
E("D_barb", "d3_indy_1227", "وقعته")
E("D_barb", "d3_indy_1227", "توقيع")
E("D_sanc", "d3_indy_1227", "خففت")
E("D_swap22", "d3_indy_1227", "أفرجت")
E("D_arrive", "d3_indy_1227", "عودة", "أن عودة صعب")
E("D_extra", "d3_indy_1227", "تسليمه")
E("D_swap", "d3_indy_1227", "الإفراج", "أن الإفراج عن المحتجزين")
E("D_swap", "d3_indy_1227", "الصفقة", "كانت الصفقة")

# ------------------------------------------------------------------ time expressions
TIMEX = [
    # a1 (Monday 28 July 2025, Kuala Lumpur)
    D("a1_kuna_0728", "28 - 7", "2025-07-28", "2025-07-28"),
    D("a1_kuna_0728", "اليوم الاثنين", "2025-07-28", "2025-07-28"),
    D("a1_kuna_0728", "منتصف ليل اليوم", "2025-07-29T00:00", "2025-07-28", "2025-07-29"),
    D("a1_kuna_0728", "صباح غد الثلاثاء", "2025-07-29TMO", "2025-07-29"),
    D("a1_kuna_0728", "يوم السبت الماضي", "2025-07-26", "2025-07-26"),
    D("a1_kuna_0728", "الخميس الماضي", "2025-07-24", "2025-07-24"),
    # a2 (Wednesday 30 July 2025)
    D("a2_khaleej_0730", "أمس الثلاثاء", "2025-07-29", "2025-07-29"),
    D("a2_khaleej_0730", "في اليوم الأول", "2025-07-29", "2025-07-29", ctx="في اليوم الأول للهدنة", req=False),
    D("a2_khaleej_0730", "في اليوم الأول", "2025-07-29", "2025-07-29", ctx="في اليوم الأول لتطبيقه", req=False),
    D("a2_khaleej_0730", "منتصف ليل الاثنين - الثلاثاء", "2025-07-29T00:00", "2025-07-28", "2025-07-29"),
    D("a2_khaleej_0730", "فجر أمس", "2025-07-29", "2025-07-29"),
    D("a2_khaleej_0730", "منتصف الليل", "2025-07-29T00:00", "2025-07-28", "2025-07-29",
      ctx="منذ منتصف الليل", req=False),
    D("a2_khaleej_0730", "صباح أمس", "2025-07-29TMO", "2025-07-29"),
    D("a2_khaleej_0730", "مساء الجمعة 25 يوليو/تموز", "2025-07-25TEV", "2025-07-25"),
    D("a2_khaleej_0730", "يوم 28 مايو/أيار الماضي", "2025-05-28", "2025-05-28"),
    D("a2_khaleej_0730", "24 يوليو/تموز", "2025-07-24", "2025-07-24"),
    # a3 (Friday 8 August 2025)
    D("a3_nahar_0808", "أمس الخميس", "2025-08-07", "2025-08-07"),
    D("a3_nahar_0808", "الاثنين", "2025-08-04", "2025-08-04"),
    V("a3_nahar_0808", "خلال شهر"),
    DUR("a3_nahar_0808", "عشرة أيام", "P10D"),
    D("a3_nahar_0808", "28 تموز", "2025-07-28", "2025-07-28"),
    D("a3_nahar_0808", "منتصف تلك الليلة", "2025-07-29T00:00", "2025-07-28", "2025-07-29", req=False),
    D("a3_nahar_0808", "قبل يومين من لقاء بوتراجايا", "2025-07-26", "2025-07-26", req=False),
    D("a3_nahar_0808", "صباح 29 تموز", "2025-07-29TMO", "2025-07-29"),
    D("a3_nahar_0808", "24 تموز", "2025-07-24", "2025-07-24"),
    D("a3_nahar_0808", "بين عامي 2008 و2011", "2008/2011", "2008-01-01", "2011-12-31"),
    # b1 (Monday 3 February 2020, MENA)
    D("b1_mena_0203", "اليوم /الاثنين/", "2020-02-03", "2020-02-03"),
    D("b1_mena_0203", "وقت سابق اليوم", "2020-02-03", "2020-02-03"),
    D("b1_mena_0203", "أمس /الأحد/", "2020-02-02", "2020-02-02"),
    D("b1_mena_0203", "28 يناير الماضى", "2020-01-28", "2020-01-28"),
    # b2 (Wednesday 5 February 2020, Al-Ahram, Arabic-Indic digits)
    D("b2_ahram_0205", "يوم الاثنين الماضى", "2020-02-03", "2020-02-03"),
    D("b2_ahram_0205", "أمس الثلاثاء", "2020-02-04", "2020-02-04"),
    D("b2_ahram_0205", "قبل يوم واحد", "2020-02-02", "2020-02-02", req=False),
    D("b2_ahram_0205", "فى اليوم ذاته", "2020-02-03", "2020-02-03", req=False),
    DUR("b2_ahram_0205", "يومين", "P2D"),
    D("b2_ahram_0205", "يوم السبت ١ فبراير", "2020-02-01", "2020-02-01"),
    D("b2_ahram_0205", "عام ١٩٦٧", "1967", "1967-01-01", "1967-12-31"),
    # b3 (Sunday 25 October 2020, Echorouk)
    D("b3_echorouk_1025", "مساء الجمعة", "2020-10-23TEV", "2020-10-23"),
    DUR("b3_echorouk_1025", "أربعة أيام", "P4D"),
    D("b3_echorouk_1025", "الاثنين الماضي", "2020-10-19", "2020-10-19"),
    D("b3_echorouk_1025", "الثالث من فيفري الماضي", "2020-02-03", "2020-02-03"),
    D("b3_echorouk_1025", "يوم 25 أوت الماضي", "2020-08-25", "2020-08-25"),
    D("b3_echorouk_1025", "عام 1967", "1967", "1967-01-01", "1967-12-31"),
    # c1 (Sunday 31 October 2021, Anadolu)
    D("c1_aa_1031", "الأحد", "2021-10-31", "2021-10-31", ctx="، الأحد، السيطرة"),
    D("c1_aa_1031", "السبت", "2021-10-30", "2021-10-30"),
    D("c1_aa_1031", "الأحد", "2021-10-31", "2021-10-31", ctx="أحمد، الأحد، المواطنين"),
    D("c1_aa_1031", "18 أكتوبر/ تشرين الأول الجاري", "2021-10-18", "2021-10-18"),
    D("c1_aa_1031", "العشرين من الشهر نفسه", "2021-10-20", "2021-10-20"),
    D("c1_aa_1031", "نوفمبر/ تشرين الثاني 2020", "2020-11", "2020-11-01", "2020-11-30"),
    # c2 (Wednesday 3 November 2021, Asharq Al-Awsat)
    D("c2_awsat_1103", "أمس (الثلاثاء)", "2021-11-02", "2021-11-02"),
    DUR("c2_awsat_1103", "ستة أشهر", "P6M"),
    D("c2_awsat_1103", "السبت", "2021-10-30", "2021-10-30"),
    D("c2_awsat_1103", "في اليوم التالي", "2021-10-31", "2021-10-31"),
    DUR("c2_awsat_1103", "يومين", "P2D"),
    D("c2_awsat_1103", "يوم الأحد", "2021-10-31", "2021-10-31"),
    DUR("c2_awsat_1103", "أسبوعين", "P2W"),
    D("c2_awsat_1103", "18 أكتوبر (تشرين الأول)", "2021-10-18", "2021-10-18"),
    DUR("c2_awsat_1103", "ثلاثة عقود", "P30Y", req=False),
    D("c2_awsat_1103", "عام 2018", "2018", "2018-01-01", "2018-12-31"),
    # c3 (Tuesday 7 December 2021, As-Sabah, Tunis)
    D("c3_sabah_1207", "أمس الاثنين", "2021-12-06", "2021-12-06"),
    DUR("c3_sabah_1207", "خمسة أسابيع", "P5W"),
    DUR("c3_sabah_1207", "أسبوع", "P1W", ctx="أقل من أسبوع", req=False),
    D("c3_sabah_1207", "يوم الأربعاء الماضي", "2021-12-01", "2021-12-01"),
    D("c3_sabah_1207", "5 أوت الماضي", "2021-08-05", "2021-08-05"),
    D("c3_sabah_1207", "22 نوفمبر", "2021-11-22", "2021-11-22"),
    D("c3_sabah_1207", "بعد يومين من ذلك", "2021-11-24", "2021-11-24", req=False),
    D("c3_sabah_1207", "30 أكتوبر", "2021-10-30", "2021-10-30"),
    D("c3_sabah_1207", "في اليوم التالي", "2021-10-31", "2021-10-31"),
    D("c3_sabah_1207", "الثاني من نوفمبر", "2021-11-02", "2021-11-02"),
    D("c3_sabah_1207", "نوفمبر 2020", "2020-11", "2020-11-01", "2020-11-30"),
    # d1 (Wednesday 20 December 2023, QNA)
    D("d1_qna_1220", "20 ديسمبر", "2023-12-20", "2023-12-20"),
    D("d1_qna_1220", "اليوم", "2023-12-20", "2023-12-20", ctx="أسفرت اليوم"),
    D("d1_qna_1220", "اليوم", "2023-12-20", "2023-12-20", ctx="بيان اليوم"),
    D("d1_qna_1220", "في وقت سابق اليوم", "2023-12-20", "2023-12-20"),
    D("d1_qna_1220", "بعد ظهر اليوم", "2023-12-20TAF", "2023-12-20"),
    D("d1_qna_1220", "يونيو 2020", "2020-06", "2020-06-01", "2020-06-30"),
    D("d1_qna_1220", "أكتوبر 2021", "2021-10", "2021-10-01", "2021-10-31"),
    D("d1_qna_1220", "سبتمبر الماضي", "2023-09", "2023-09-01", "2023-09-30"),
    # d2 (Thursday 21 December 2023, Annahar)
    D("d2_annahar_1221", "بعد ظهر أمس", "2023-12-20TAF", "2023-12-20"),
    D("d2_annahar_1221", "ليل الأربعاء", "2023-12-20TNI", "2023-12-20", hi="2023-12-21"),
    D("d2_annahar_1221", "4 أيلول 2022", "2022-09-04", "2022-09-04"),
    DUR("d2_annahar_1221", "ستة عشر يوما", "P16D"),
    D("d2_annahar_1221", "12 حزيران 2020", "2020-06-12", "2020-06-12"),
    D("d2_annahar_1221", "16 تشرين الأول 2021", "2021-10-16", "2021-10-16"),
    # d3 (Wednesday 27 December 2023, Independent Arabia)
    DUR("d3_indy_1227", "أسبوع", "P1W", ctx="بعد أسبوع"),
    D("d3_indy_1227", "20 ديسمبر (كانون الأول)", "2023-12-20", "2023-12-20"),
    DUR("d3_indy_1227", "شهرين", "P2M"),
    D("d3_indy_1227", "17 أكتوبر (تشرين الأول) الماضي", "2023-10-17", "2023-10-17"),
    D("d3_indy_1227", "النصف الثاني من عام 2024", "2024-H2", "2024-07-01", "2024-12-31", req=False),
    D("d3_indy_1227", "في اليوم التالي", "2023-10-18", "2023-10-18", req=False),
    DUR("d3_indy_1227", "ستة أشهر", "P6M"),
    D("d3_indy_1227", "الأول من أكتوبر (تشرين الأول) 2022", "2022-10-01", "2022-10-01"),
    DUR("d3_indy_1227", "20 عاما", "P20Y"),
    DUR("d3_indy_1227", "عامين", "P2Y", req=False),
    V("d3_indy_1227", "الأشهر المقبلة"),
    # distractors
    D("x1_hespress_0612", "مساء أمس الأحد", "2023-06-11TEV", "2023-06-11"),
    D("x1_hespress_0612", "يوم 4 يونيو الجاري", "2023-06-04", "2023-06-04"),
    V("x1_hespress_0612", "الصيف المقبل"),
    D("x2_khaleej_0203", "أمس الجمعة", "2024-02-02", "2024-02-02"),
    DUR("x2_khaleej_0203", "تسع سنوات", "P9Y", req=False),
    D("x2_khaleej_0203", "يونيو الماضي", "2023-06", "2023-06-01", "2023-06-30"),
    D("x2_khaleej_0203", "يوم 19 يناير", "2024-01-19", "2024-01-19"),
    D("x3_okaz_0520", "الاثنين 10 رجب 1434هـ - 20 مايو 2013م", "2013-05-20", "2013-05-20"),
    D("x3_okaz_0520", "صباح السبت الماضي", "2013-05-18TMO", "2013-05-18"),
    DUR("x3_okaz_0520", "شهرين", "P2M", req=False),
    D("x4_riyadh_1212", "الخميس 15 ربيع الآخر 1441هـ - 12 ديسمبر 2019م", "2019-12-12", "2019-12-12"),
    D("x4_riyadh_1212", "أمس الأربعاء", "2019-12-11", "2019-12-11"),
    D("x4_riyadh_1212", "عام 2014", "2014", "2014-01-01", "2014-12-31"),
]

DIFF = [
    ["A_clash24", "A_rockets24"], ["A_clash24", "A_air24"], ["A_rockets24", "A_air24"],
    ["A_call_hun", "A_call_phum"], ["A_agree", "A_effect"], ["A_agree", "A_gbcdeal"],
    ["A_effect", "A_gbcdeal"], ["A_accuse", "A_deny"], ["A_talks", "A_commanders"],
    ["A_talks", "A_gbc"], ["A_breach", "A_air24"], ["A_may28", "A_clash24"],
    ["B_entebbe", "B_museveni"], ["B_pcall", "B_tcall"], ["B_office", "B_cabinet"],
    ["B_burhan", "B_cabinet"], ["B_wh", "B_joint"], ["B_wh", "B_sst"], ["B_entebbe", "B_pompeo"],
    ["B_burhan", "B_praise"],
    ["C_m18", "C_m20"], ["C_dessie", "C_komb"], ["C_dessie", "C_retake"], ["C_komb", "C_retake"],
    ["C_lal_fall", "C_lal_retake"], ["C_retake", "C_lal_retake"], ["C_deny", "C_appeal"],
    ["C_abiy_ann", "C_appeal"], ["C_appeal", "C_aacall"],
    ["D_swap", "D_swap22"], ["D_swap", "D_iran23"], ["D_arrive", "D_francis"],
    ["D_arrest", "D_farrest"], ["D_qatar", "D_biden"], ["D_extra", "D_francis"],
    ["D_escape", "D_farrest"], ["D_swap", "D_arrive"], ["D_barb", "D_sanc"],
]

BEFORE = [
    ["A_may28", "A_clash24"], ["A_clash24", "A_unsc"], ["A_unsc", "A_call_hun"],
    ["A_call_phum", "A_talks"], ["A_talks", "A_effect"], ["A_agree", "A_breach"],
    ["A_effect", "A_gbc"], ["A_commanders", "A_gbcdeal"],
    ["B_k67", "B_plan"], ["B_plan", "B_arab"], ["B_arab", "B_pcall"], ["B_pcall", "B_entebbe"],
    ["B_entebbe", "B_burhan"], ["B_entebbe", "B_pompeo"], ["B_pompeo", "B_sst"], ["B_sst", "B_tcall"],
    ["C_lal_fall", "C_m18"], ["C_m18", "C_m20"], ["C_m20", "C_dessie"], ["C_dessie", "C_komb"],
    ["C_komb", "C_emerg"], ["C_emerg", "C_abiy_ann"], ["C_abiy_ann", "C_abiy_front"],
    ["C_abiy_front", "C_lal_retake"], ["C_lal_retake", "C_retake"],
    ["D_arrest", "D_extra"], ["D_extra", "D_escape"], ["D_escape", "D_farrest"],
    ["D_farrest", "D_swap22"], ["D_swap22", "D_iran23"], ["D_iran23", "D_barb"],
    ["D_barb", "D_sanc"], ["D_sanc", "D_swap"],
]

GOLD = dict(timex=TIMEX, clusters=CLUSTERS, events=EVENTS, diff=DIFF, before=BEFORE)
