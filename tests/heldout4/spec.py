"""Gold for the fourth blind held-out set (16 Arabic news articles).

Row formats (compiled to character offsets by build.py), as in ../../../shared/dev/spec.py:
  PUBLISHED: article id -> publication date (ISO date or date-time with offset).
  timex rows:  (doc, surface, occurrence(1-based), kind, value, tight, outer, required)
    kind 'date'     -> a tagger's [earliest, latest] (day grain) must lie inside `outer`
                       and overlap `tight`; value is the TIMEX3 value.
    kind 'duration' -> the value string must match (P1W == P7D, P2W == P14D).
    kind 'multi'    -> value is a list of ISO days; each must be produced by a record
                       overlapping the span.
    kind 'vague'    -> optional span: never scored for value, never a false positive.
  clusters: cluster -> dict(type, tight, outer): the real date of the event (tight) and
            what the texts still allow (outer).
  events rows: (cluster, doc, clause, occurrence, type): a clause carrying the trigger.
            Clusters with several rows are merged events.
  diff:   cluster pairs that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts (strict on the tight dates).
"""
def D(a, b=None):
    return (a, b or a)


PUBLISHED = {
 "u1_swap_tv_0921": "2022-09-21T23:40:00+03:00",
 "u2_swap_spa_0922": "2022-09-22",
 "u3_swap_ma_0924": "2022-09-24",
 "l1_tripoli_afp_0405": "2019-04-05T19:00:00+02:00",
 "l2_tripoli_eg_0420": "2019-04-20",
 "l3_tripoli_tn_0627": "2019-06-27",
 "g1_gaza_ahram_0521": "2021-05-21",
 "g2_gaza_lev_0522": "2021-05-22",
 "g3_gaza_gulf_0526": "2021-05-26",
 "y1_abudhabi_wam_0117": "2022-01-17T21:00:00+04:00",
 "y2_abudhabi_sa_0119": "2022-01-19",
 "y3_abudhabi_lon_0125": "2022-01-25",
 "x1_arabcup_dz_1219": "2021-12-19",
 "x2_oil_kw_0310": "2020-03-10",
 "x3_louvre_ae_1109": "2017-11-09",
 "x4_mpox_tv_0815": "2024-08-15T21:30:00+04:00",
}

def d(doc, s, v, a, b=None, occ=1, outer=None, req=True):
    """A date row: tight [a, b]; outer defaults to tight."""
    t = D(a, b)
    return (doc, s, occ, "date", v, t, outer or t, req)

def dur(doc, s, v, occ=1, req=True):
    return (doc, s, occ, "duration", v, None, None, req)

def vg(doc, s, v="", occ=1):
    return (doc, s, occ, "vague", v, None, None, False)

U1, U2, U3 = "u1_swap_tv_0921", "u2_swap_spa_0922", "u3_swap_ma_0924"
L1, L2, L3 = "l1_tripoli_afp_0405", "l2_tripoli_eg_0420", "l3_tripoli_tn_0627"
G1, G2, G3 = "g1_gaza_ahram_0521", "g2_gaza_lev_0522", "g3_gaza_gulf_0526"
Y1, Y2, Y3 = "y1_abudhabi_wam_0117", "y2_abudhabi_sa_0119", "y3_abudhabi_lon_0125"
X1, X2, X3, X4 = "x1_arabcup_dz_1219", "x2_oil_kw_0310", "x3_louvre_ae_1109", "x4_mpox_tv_0815"

TIMEX = [
 # u1 (published Wed 2022-09-21 23:40 +03)
 d(U1, "مساء اليوم الأربعاء", "2022-09-21TEV", "2022-09-21"),
 d(U1, "24 فبراير/شباط الماضي", "2022-02-24", "2022-02-24"),
 d(U1, "12 أبريل/نيسان الماضي", "2022-04-12", "2022-04-12"),
 vg(U1, "نحو شهر ونصف", "P1.5M"),
 vg(U1, "بعد ساعات", "PTXH"),
 d(U1, "صباح اليوم", "2022-09-21TMO", "2022-09-21"),
 vg(U1, "بعد يوم", "P1D"),
 d(U1, "مساء اليوم", "2022-09-21TEV", "2022-09-21", occ=2),
 vg(U1, "قرابة ثلاثة أشهر", "P3M"),
 d(U1, "20 مايو/أيار الماضي", "2022-05-20", "2022-05-20"),
 d(U1, "ليل 28-29 يوليو/تموز", "2022-07-28TNI", "2022-07-28", "2022-07-29"),
 # u2 (published Thu 2022-09-22, Hijri dateline)
 d(U2, "26 صفر 1444 هـ", "2022-09-22", "2022-09-22"),
 d(U2, "22 سبتمبر 2022", "2022-09-22", "2022-09-22"),
 d(U2, "مساء أمس الأربعاء 25 صفر 1444هـ", "2022-09-21TEV", "2022-09-21"),
 d(U2, "في اليوم ذاته", "2022-09-21", "2022-09-21"),
 d(U2, "أمس", "2022-09-21", "2022-09-21", occ=2),
 d(U2, "الثالث من مارس الماضي", "2022-03-03", "2022-03-03"),
 # u3 (published Sat 2022-09-24, Moroccan: شتنبر)
 vg(U3, "خلال الأيام الأخيرة", "PXD"),
 vg(U3, "قبل أسابيع قليلة", "PXW"),
 vg(U3, "21 عاماً", "P21Y"),
 d(U3, "مساء الأربعاء الماضي", "2022-09-21TEV", "2022-09-21"),
 vg(U3, "في اليوم الذي", ""),
 d(U3, "أمس الجمعة", "2022-09-23", "2022-09-23"),
 d(U3, "يوم 9 يونيو الماضي", "2022-06-09", "2022-06-09"),
 d(U3, "منذ 2019", "2019", "2019-01-01", "2019-12-31"),
 d(U3, "أبريل الماضي", "2022-04", "2022-04-01", "2022-04-30"),
 dur(U3, "أكثر من ثلاثة أشهر", "P3M", req=False),
 vg(U3, "خلال الأيام المقبلة", "PXD"),
 d(U3, "مساء 21 شتنبر الجاري", "2022-09-21TEV", "2022-09-21"),
 # l1 (published Fri 2019-04-05 19:00 +02, AFP wire)
 vg(L1, "غداة", "P1D"),
 d(L1, "5-4-2019", "2019-04-05", "2019-04-05"),
 d(L1, "اليوم الجمعة", "2019-04-05", "2019-04-05"),
 vg(L1, "بعد يوم", "P1D"),
 d(L1, "أمس الخميس", "2019-04-04", "2019-04-04"),
 d(L1, "بين 14 و16 نيسان/أبريل الجاري", "2019-04-14/2019-04-16", "2019-04-14", "2019-04-16"),
 d(L1, "أمس", "2019-04-04", "2019-04-04", occ=2),
 d(L1, "فجر اليوم", "2019-04-05", "2019-04-05"),
 vg(L1, "منذ سنوات", "PXY"),
 d(L1, "17 كانون الأول/ديسمبر 2015", "2015-12-17", "2015-12-17"),
 # l2 (published Sat 2019-04-20, Egyptian spelling)
 d(L2, "أمس الجمعة", "2019-04-19", "2019-04-19"),
 d(L2, "يوم الاثنين الماضى", "2019-04-15", "2019-04-15"),
 vg(L2, "أسبوع تقريباً", "P1W"),
 d(L2, "يوم الأحد الماضى", "2019-04-14", "2019-04-14"),
 d(L2, "الرابع من أبريل الجارى", "2019-04-04", "2019-04-04"),
 d(L2, "السادس من الشهر نفسه", "2019-04-06", "2019-04-06"),
 d(L2, "يوم 8 أبريل", "2019-04-08", "2019-04-08"),
 vg(L2, "لساعات", "PTXH"),
 vg(L2, "حتى الآن", "PRESENT_REF"),
 # l3 (published Thu 2019-06-27, Tunisian: أفريل، ماي، جويلية)
 d(L3, "مساء أمس الأربعاء", "2019-06-26TEV", "2019-06-26"),
 d(L3, "فجر اليوم نفسه", "2019-06-26", "2019-06-26"),
 d(L3, "الرابع من أفريل الماضي", "2019-04-04", "2019-04-04"),
 d(L3, "في اليوم نفسه", "2019-04-04", "2019-04-04"),
 vg(L3, "منذ ذلك الحين", ""),
 dur(L3, "نحو ثلاثة أشهر", "P3M", req=False),
 d(L3, "يوم 21 ماي الماضي", "2019-05-21", "2019-05-21"),
 d(L3, "بعد يوم واحد", "2019-05-22", "2019-05-22"),
 d(L3, "صباح اليوم الخميس", "2019-06-27TMO", "2019-06-27"),
 d(L3, "شهر جويلية", "2019-07", "2019-07-01", "2019-07-31"),
 # g1 (published Fri 2021-05-21, Egyptian spelling)
 d(G1, "الساعة الثانية من فجر اليوم الجمعة", "2021-05-21T02:00", "2021-05-21"),
 d(G1, "مساء أمس", "2021-05-20TEV", "2021-05-20"),
 d(G1, "أمس الخميس", "2021-05-20", "2021-05-20"),
 d(G1, "يوم الثلاثاء الماضى", "2021-05-18", "2021-05-18"),
 dur(G1, "أحد عشر يوماً", "P11D"),
 d(G1, "العاشر من مايو الجارى", "2021-05-10", "2021-05-10"),
 d(G1, "مساء أمس", "2021-05-20TEV", "2021-05-20", occ=2),
 # g2 (published Sat 2021-05-22, Levantine: أيار/مايو)
 vg(G2, "اليوم الثاني", ""),
 vg(G2, "لليوم الثاني على التوالي", ""),
 d(G2, "فجر أمس الجمعة", "2021-05-21", "2021-05-21"),
 dur(G2, "أحد عشر يوماً", "P11D"),
 d(G2, "مساء الخميس", "2021-05-20TEV", "2021-05-20"),
 vg(G2, "بعد ساعات", "PTXH"),
 d(G2, "الجمعة أمس", "2021-05-21", "2021-05-21"),
 d(G2, "أمس", "2021-05-21", "2021-05-21", occ=3),
 d(G2, "أمس", "2021-05-21", "2021-05-21", occ=4),
 d(G2, "العاشر من أيار/مايو", "2021-05-10", "2021-05-10"),
 d(G2, "15 أيار/مايو", "2021-05-15", "2021-05-15"),
 dur(G2, "ساعة واحدة", "PT1H"),
 # g3 (published Wed 2021-05-26, Gulf daily with Hijri date line)
 d(G3, "الأربعاء 14 شوال 1442 هـ", "2021-05-26", "2021-05-26"),
 d(G3, "26 مايو 2021", "2021-05-26", "2021-05-26"),
 d(G3, "اليوم الأربعاء", "2021-05-26", "2021-05-26"),
 d(G3, "أمس الثلاثاء", "2021-05-25", "2021-05-25"),
 d(G3, "في اليوم نفسه", "2021-05-25", "2021-05-25"),
 d(G3, "يناير الماضي", "2021-01", "2021-01-01", "2021-01-31"),
 dur(G3, "خمسة أيام", "P5D"),
 d(G3, "فجر الجمعة الماضي", "2021-05-21", "2021-05-21"),
 d(G3, "مساء الخميس الماضي", "2021-05-20TEV", "2021-05-20"),
 vg(G3, "بعد ساعات", "PTXH"),
 d(G3, "15 مايو", "2021-05-15", "2021-05-15"),
 d(G3, "اليوم نفسه", "2021-05-15", "2021-05-15", occ=2),
 vg(G3, "لاحقاً", ""),
 # y1 (published Mon 2022-01-17 21:00 +04, WAM)
 d(Y1, "17 يناير", "2022-01-17", "2022-01-17"),
 d(Y1, "صباح اليوم", "2022-01-17TMO", "2022-01-17"),
 d(Y1, "مساء اليوم", "2022-01-17TEV", "2022-01-17"),
 d(Y1, "في وقت سابق اليوم", "2022-01-17", "2022-01-17"),
 d(Y1, "اليوم", "2022-01-17", "2022-01-17", occ=4),
 d(Y1, "مطلع الشهر الجاري", "2022-01", "2022-01-01", "2022-01-10", outer=D("2022-01-01", "2022-01-31")),
 # y2 (published Wed 2022-01-19, Saudi daily with Hijri date line)
 d(Y2, "الأربعاء 16 جمادى الآخرة 1443هـ", "2022-01-19", "2022-01-19"),
 d(Y2, "19 يناير 2022", "2022-01-19", "2022-01-19"),
 d(Y2, "ليل الاثنين - الثلاثاء", "2022-01-17TNI", "2022-01-17", "2022-01-18"),
 vg(Y2, "بعد ساعات", "PTXH"),
 d(Y2, "صباح الاثنين", "2022-01-17TMO", "2022-01-17"),
 d(Y2, "أمس (الثلاثاء)", "2022-01-18", "2022-01-18"),
 d(Y2, "الاثنين", "2022-01-17", "2022-01-17", occ=3),
 d(Y2, "أمس", "2022-01-18", "2022-01-18", occ=2),
 d(Y2, "(الاثنين)", "2022-01-17", "2022-01-17"),
 d(Y2, "فبراير من العام الماضي", "2021-02", "2021-02-01", "2021-02-28"),
 # y3 (published Tue 2022-01-25, pan-Arab London daily)
 d(Y3, "فجر أمس الإثنين", "2022-01-24", "2022-01-24"),
 vg(Y3, "بعد ذلك بوقت قصير", ""),
 vg(Y3, "لفترة قصيرة", ""),
 dur(Y3, "في غضون أسبوع", "P1W", req=False),
 d(Y3, "17 كانون الثاني/يناير الجاري", "2022-01-17", "2022-01-17"),
 d(Y3, "يوم الجمعة الماضي", "2022-01-21", "2022-01-21"),
 d(Y3, "في اليوم نفسه", "2022-01-21", "2022-01-21"),
 vg(Y3, "أياماً", "PXD"),
 d(Y3, "في اليوم ذاته", "2022-01-21", "2022-01-21"),
 # x1 distractor (published Sun 2021-12-19, Algerian sports: جانفي)
 d(X1, "مساء أمس السبت", "2021-12-18TEV", "2021-12-18"),
 vg(X1, "قطر 2021", "2021"),
 vg(X1, "اليوم الوطني", ""),
 vg(X1, "حتى ساعة متأخرة من الليل", ""),
 d(X1, "يوم الأربعاء الماضي", "2021-12-15", "2021-12-15"),
 d(X1, "في اليوم نفسه", "2021-12-15", "2021-12-15"),
 d(X1, "صباح اليوم", "2021-12-19TMO", "2021-12-19"),
 d(X1, "جانفي المقبل", "2022-01", "2022-01-01", "2022-01-31"),
 # x2 distractor (published Tue 2020-03-10, Kuwaiti daily)
 d(X2, "الاثنين", "2020-03-09", "2020-03-09"),
 d(X2, "أمس", "2020-03-09", "2020-03-09"),
 d(X2, "17 يناير 1991", "1991-01-17", "1991-01-17"),
 d(X2, "يوم السبت الماضي", "2020-03-07", "2020-03-07"),
 d(X2, "أبريل", "2020-04", "2020-04-01", "2020-04-30"),
 d(X2, "يوم الجمعة الماضي", "2020-03-06", "2020-03-06"),
 d(X2, "أواخر عام 2016", "2016", "2016-10-01", "2016-12-31", outer=D("2016-01-01", "2016-12-31")),
 d(X2, "يوم الأحد", "2020-03-08", "2020-03-08"),
 vg(X2, "بعد دقائق", "PTXM"),
 d(X2, "أمس", "2020-03-09", "2020-03-09", occ=2),
 dur(X2, "15 دقيقة", "PT15M"),
 vg(X2, "بعد دقائق", "PTXM", occ=2),
 d(X2, "أمس", "2020-03-09", "2020-03-09", occ=3),
 vg(X2, "خلال الأسابيع المقبلة", "PXW"),
 # x3 distractor (published Thu 2017-11-09, UAE daily)
 dur(X3, "عشر سنوات", "P10Y"),
 d(X3, "مساء أمس الأربعاء", "2017-11-08TEV", "2017-11-08"),
 d(X3, "يوم السبت المقبل", "2017-11-11", "2017-11-11"),
 d(X3, "الحادي عشر من نوفمبر", "2017-11-11", "2017-11-11"),
 d(X3, "السادس من مارس 2007", "2007-03-06", "2007-03-06"),
 dur(X3, "ثلاثين عاماً", "P30Y"),
 d(X3, "أمس", "2017-11-08", "2017-11-08", occ=2),
 vg(X3, "خلال الأسابيع الأولى", "PXW"),
 # x4 distractor (published Thu 2024-08-15 21:30 +04, TV website)
 d(X4, "مساء أمس الأربعاء", "2024-08-14TEV", "2024-08-14"),
 vg(X4, "بعد يوم", "P1D"),
 d(X4, "اليوم الخميس", "2024-08-15", "2024-08-15"),
 vg(X4, "بعد نحو عامين", "P2Y"),
 d(X4, "يوليو/تموز 2022", "2022-07", "2022-07-01", "2022-07-31"),
 d(X4, "مايو/أيار 2023", "2023-05", "2023-05-01", "2023-05-31"),
 d(X4, "اليوم", "2024-08-15", "2024-08-15", occ=2),
]

def C(typ, a, b=None, outer=None):
    return dict(type=typ, tight=list(D(a, b)), outer=list(outer or D(a, b)))


CLUSTERS = {
 # Ukraine–Russia prisoner exchange, September 2022
 "u_war": C("other", "2022-02-24"),
 "u_call_putin": C("call", "2022-03-03"),
 "u_call_zelensky": C("call", "2022-03-03"),
 "u_medvedchuk_arrest": C("other", "2022-04-12"),
 "u_saadoun_captured": C("other", "2022-04-01", "2022-04-30"),
 "u_azovstal": C("capture", "2022-05-20"),
 "u_sentence": C("other", "2022-06-09"),
 "u_olenivka": C("other", "2022-07-28", "2022-07-29"),
 "u_referendum_announced": C("other", "2022-09-20"),
 "u_mobilisation": C("other", "2022-09-21"),
 "u_swap": C("other", "2022-09-21"),
 "u_riyadh_release": C("other", "2022-09-21"),
 "u_truss": C("statement", "2022-09-21", outer=D("2022-09-21", "2022-09-22")),
 "u_family": C("statement", "2022-09-23"),
 # Libya: Haftar's Tripoli offensive, April-June 2019
 "l_skhirat": C("other", "2015-12-17"),
 "l_offensive": C("other", "2019-04-04"),
 "l_guterres_sarraj": C("meeting", "2019-04-04"),
 "l_gharyan_taken": C("capture", "2019-04-04"),
 "l_guterres_haftar": C("meeting", "2019-04-05"),
 "l_guterres_tweet": C("statement", "2019-04-05"),
 "l_gate27": C("capture", "2019-04-05"),
 "l_volcano": C("other", "2019-04-06"),
 "l_mitiga": C("strike", "2019-04-08"),
 "l_sisi_haftar": C("meeting", "2019-04-14"),
 "l_trump_call": C("call", "2019-04-15"),
 "l_salame": C("statement", "2019-05-21"),
 "l_macron_haftar": C("meeting", "2019-05-22"),
 "l_gharyan_assault": C("other", "2019-06-26"),
 "l_gharyan_retaken": C("capture", "2019-06-26"),
 # Gaza, May 2021
 "g_blinken_office": C("other", "2021-01-26", outer=D("2021-01-01", "2021-01-31")),
 "g_war_start": C("other", "2021-05-10"),
 "g_jalaa": C("strike", "2021-05-15"),
 "g_biden_abbas": C("call", "2021-05-15"),
 "g_sisi_500m": C("other", "2021-05-18"),
 "g_cabinet": C("ceasefire", "2021-05-20"),
 "g_egypt_announces": C("ceasefire", "2021-05-20"),
 "g_biden_sisi": C("call", "2021-05-20"),
 "g_biden_netanyahu": C("call", "2021-05-20"),
 "g_biden_remarks": C("statement", "2021-05-20"),
 "g_in_force": C("ceasefire", "2021-05-21"),
 "g_aqsa": C("other", "2021-05-21"),
 "g_egypt_delegation": C("other", "2021-05-21"),
 "g_haniyeh": C("statement", "2021-05-21"),
 "g_blinken_netanyahu": C("meeting", "2021-05-25"),
 "g_blinken_abbas": C("meeting", "2021-05-25"),
 "g_blinken_sisi": C("meeting", "2021-05-26"),
 # Houthi attacks on Abu Dhabi, January 2022
 "y_fto_revoked": C("other", "2021-02-05", "2021-02-16", outer=D("2021-02-01", "2021-02-28")),
 "y_rwabee": C("other", "2022-01-02", "2022-01-03", outer=D("2022-01-01", "2022-01-10")),
 "y_attack1": C("strike", "2022-01-17"),
 "y_uae_condemns": C("statement", "2022-01-17"),
 "y_mbs_mbz": C("call", "2022-01-17"),
 "y_sanaa_strikes": C("strike", "2022-01-17", "2022-01-18"),
 "y_saudi_cabinet": C("statement", "2022-01-18"),
 "y_saada": C("strike", "2022-01-21"),
 "y_hodeidah": C("strike", "2022-01-21"),
 "y_unsc": C("statement", "2022-01-21"),
 "y_attack2": C("other", "2022-01-24"),
 "y_launcher": C("strike", "2022-01-24"),
 # distractors
 "x1_semi_alg_qat": C("other", "2021-12-15"),
 "x1_semi_tun_egy": C("other", "2021-12-15"),
 "x1_final": C("other", "2021-12-18"),
 "x1_tebboune": C("statement", "2021-12-18"),
 "x1_bougherra": C("statement", "2021-12-18"),
 "x1_fan": C("statement", "2021-12-19"),
 "x2_desert_storm": C("other", "1991-01-17"),
 "x2_opec_2016": C("other", "2016-12-10", outer=D("2016-10-01", "2016-12-31")),
 "x2_opec_meeting": C("meeting", "2020-03-06"),
 "x2_aramco": C("other", "2020-03-07"),
 "x2_kuwait_halt": C("other", "2020-03-08"),
 "x2_brent": C("other", "2020-03-09"),
 "x2_nyse_halt": C("other", "2020-03-09"),
 "x2_analyst": C("statement", "2020-03-09"),
 "x3_agreement": C("other", "2007-03-06"),
 "x3_inauguration": C("other", "2017-11-08"),
 "x3_professor": C("statement", "2017-11-08"),
 "x3_public_opening": C("other", "2017-11-11"),
 "x4_pheic_2022": C("other", "2022-07-23", outer=D("2022-07-01", "2022-07-31")),
 "x4_pheic_end": C("other", "2023-05-11", outer=D("2023-05-01", "2023-05-31")),
 "x4_africa_cdc": C("other", "2024-08-13"),
 "x4_committee": C("meeting", "2024-08-14"),
 "x4_who": C("other", "2024-08-14"),
 "x4_sweden": C("other", "2024-08-15"),
 "x4_doctor": C("statement", "2024-08-15"),
}

def ev(cl, doc, s, occ=1):
    return (cl, doc, s, occ, CLUSTERS[cl]["type"])

EVENTS = [
 # u1
 ev("u_swap", U1, "استعادة 215 أسيراً"),
 ev("u_swap", U1, "استعادت 215 من مقاتليها في عملية تبادل للأسرى مع روسيا"),
 ev("u_war", U1, "اندلاع الحرب"),
 ev("u_swap", U1, "تسلّمت موسكو 55 شخصاً"),
 ev("u_medvedchuk_arrest", U1, "اعتقلته أجهزة الأمن الأوكرانية"),
 ev("u_swap", U1, "وجاءت عملية التبادل"),
 ev("u_mobilisation", U1, "إعلان الرئيس الروسي فلاديمير بوتين، في خطاب متلفز بُثّ صباح اليوم، تعبئة عسكرية جزئية"),
 ev("u_referendum_announced", U1, "إعلان السلطات الموالية لموسكو في أربع مناطق أوكرانية تنظيم استفتاءات"),
 ev("u_riyadh_release", U1, "الإفراج عن عشرة أسرى من جنسيات مختلفة"),
 ev("u_riyadh_release", U1, "وصلوا إلى الرياض على متن طائرة سعودية"),
 ev("u_azovstal", U1, "اكتمال السيطرة على المصنع"),
 ev("u_olenivka", U1, "انفجار بسجن أولينيفكا"),
 # u2
 ev("u_riyadh_release", U2, "الإفراج عن 10 أسرى من 5 دول"),
 ev("u_riyadh_release", U2, "الإفراج عن عشرة أسرى من مواطني المملكة المغربية"),
 ev("u_riyadh_release", U2, "وصلوا إلى الرياض مساء أمس الأربعاء"),
 ev("u_riyadh_release", U2, "وتزامن وصول الأسرى العشرة إلى الرياض"),
 ev("u_swap", U2, "عملية تبادل للأسرى بين روسيا وأوكرانيا"),
 ev("u_truss", U2, "رحبت رئيسة الوزراء البريطانية ليز تراس أمس بعودة المواطنين البريطانيين الخمسة"),
 ev("u_call_putin", U2, "أجرى في الثالث من مارس الماضي اتصالاً هاتفياً بالرئيس الروسي فلاديمير بوتين"),
 ev("u_call_zelensky", U2, "اتصالاً آخر بالرئيس الأوكراني فولوديمير زيلينسكي"),
 # u3
 ev("u_riyadh_release", U3, "خبر الإفراج عن ابنها"),
 ev("u_riyadh_release", U3, "ضمن عشرة أسرى أجانب أفرج عنهم مساء الأربعاء الماضي ونُقلوا إلى الرياض"),
 ev("u_swap", U3, "عملية تبادل واسعة للأسرى بين موسكو وكييف"),
 ev("u_family", U3, "قال أحد أفراد العائلة، في اتصال هاتفي مع الجريدة أمس الجمعة"),
 ev("u_sentence", U3, "أصدرت يوم 9 يونيو الماضي حكماً بإعدام سعدون"),
 ev("u_saadoun_captured", U3, "وقع في الأسر في مدينة ماريوبول"),
 ev("u_riyadh_release", U3, "علمت بالإفراج عنه"),
 # l1
 ev("l_guterres_haftar", L1, "غوتيريش يلتقي حفتر في بنغازي"),
 ev("l_offensive", L1, "إطلاق هجومه على طرابلس"),
 ev("l_guterres_haftar", L1, "التقى الأمين العام للأمم المتحدة أنطونيو غوتيريش اليوم الجمعة في بنغازي المشير خليفة حفتر"),
 ev("l_offensive", L1, "إصدار الرجل القوي في شرق ليبيا أوامره لقواته بالتقدم نحو العاصمة طرابلس"),
 ev("l_guterres_tweet", L1, "كتب غوتيريش على تويتر إثر اللقاء"),
 ev("l_guterres_sarraj", L1, "قد التقى أمس الخميس في طرابلس رئيس المجلس الرئاسي"),
 ev("l_gharyan_taken", L1, "دخلت قوات حفتر أمس مدينة غريان"),
 ev("l_gate27", L1, "استعادت قوات موالية لحكومة الوفاق فجر اليوم السيطرة على حاجز"),
 ev("l_skhirat", L1, "اتفاق الصخيرات الذي وُقّع برعاية الأمم المتحدة"),
 # l2
 ev("l_trump_call", L2, "ترامب بحث هاتفياً مع حفتر"),
 ev("l_trump_call", L2, "أجرى اتصالاً هاتفياً مع قائد الجيش الوطنى الليبى المشير خليفة حفتر"),
 ev("l_sisi_haftar", L2, "استقبال الرئيس عبد الفتاح السيسى للمشير حفتر"),
 ev("l_offensive", L2, "أطلق الجيش الوطنى عمليته العسكرية"),
 ev("l_volcano", L2, "إطلاق عملية «بركان الغضب»"),
 ev("l_mitiga", L2, "غارة جوية قد استهدفت مطار معيتيقة"),
 # l3
 ev("l_gharyan_retaken", L3, "قوات الوفاق تستعيد غريان"),
 ev("l_gharyan_retaken", L3, "سيطرتها الكاملة على مدينة غريان"),
 ev("l_gharyan_assault", L3, "هجوم مباغت انطلق فجر اليوم نفسه من عدة محاور"),
 ev("l_gharyan_retaken", L3, "حررت غريان بالكامل"),
 ev("l_gharyan_taken", L3, "قوات حفتر قد دخلت غريان"),
 ev("l_offensive", L3, "أعلن فيه المشير إطلاق هجومه على العاصمة"),
 ev("l_salame", L3, "حذر المبعوث الأممي إلى ليبيا غسان سلامة، في إحاطة أمام مجلس الأمن"),
 ev("l_macron_haftar", L3, "استقبل الرئيس الفرنسي إيمانويل ماكرون المشير حفتر في قصر الإليزيه"),
 # g1
 ev("g_in_force", G1, "وقف إطلاق النار فى غزة يدخل حيز التنفيذ"),
 ev("g_in_force", G1, "دخل وقف إطلاق النار بين إسرائيل والفصائل الفلسطينية فى قطاع غزة حيز التنفيذ"),
 ev("g_egypt_announces", G1, "أعلنت مصر مساء أمس نجاح مبادرتها لوقف إطلاق النار المتبادل والمتزامن"),
 ev("g_cabinet", G1, "موافقة المجلس الوزارى الإسرائيلى المصغر للشئون الأمنية والسياسية بالإجماع على المقترح المصرى"),
 ev("g_biden_sisi", G1, "تلقى الرئيس عبد الفتاح السيسى أمس الخميس اتصالاً هاتفياً من الرئيس الأمريكى جو بايدن"),
 ev("g_sisi_500m", G1, "أعلن يوم الثلاثاء الماضى تخصيص 500 مليون دولار"),
 ev("g_war_start", G1, "التصعيد الذى اندلع فى العاشر من مايو الجارى"),
 # g2
 ev("g_in_force", G2, "وقف إطلاق النار الذي بدأ سريانه"),
 ev("g_cabinet", G2, "المجلس الوزاري الإسرائيلي المصغر (الكابينت) قد صادق مساء الخميس على وقف إطلاق النار"),
 ev("g_in_force", G2, "بدء سريان التهدئة"),
 ev("g_aqsa", G2, "اقتحمت قوات الاحتلال باحات المسجد الأقصى"),
 ev("g_egypt_delegation", G2, "وصل وفد أمني مصري إلى القطاع أمس"),
 ev("g_haniyeh", G2, "إسماعيل هنية قد ألقى كلمة أمس"),
 ev("g_in_force", G2, "سريان وقف النار"),
 ev("g_war_start", G2, "الحرب قد اندلعت في العاشر من أيار/مايو"),
 ev("g_jalaa", G2, "تدمير برج الجلاء"),
 # g3
 ev("g_blinken_sisi", G3, "يلتقي وزير الخارجية الأمريكي أنتوني بلينكن اليوم الأربعاء في القاهرة الرئيس المصري عبدالفتاح السيسي"),
 ev("g_blinken_netanyahu", G3, "بلقاء رئيس الوزراء الإسرائيلي بنيامين نتنياهو في القدس"),
 ev("g_blinken_abbas", G3, "اجتمع بالرئيس الفلسطيني محمود عباس في اليوم نفسه"),
 ev("g_blinken_office", G3, "توليه منصبه في يناير الماضي"),
 ev("g_in_force", G3, "دخول وقف إطلاق النار بين إسرائيل والفصائل الفلسطينية حيز التنفيذ"),
 ev("g_biden_remarks", G3, "الرئيس الأمريكي جو بايدن قد قال في كلمة من البيت الأبيض"),
 ev("g_biden_netanyahu", G3, "اتصال أجراه برئيس الوزراء الإسرائيلي"),
 ev("g_biden_abbas", G3, "أجرى في 15 مايو أول اتصال هاتفي له مع الرئيس عباس"),
 ev("g_jalaa", G3, "دمرت فيه غارة إسرائيلية برج الجلاء"),
 # y1
 ev("y_attack1", Y1, "انفجار 3 صهاريج نقل محروقات بترولية في مصفح"),
 ev("y_attack1", Y1, "انفجار ثلاثة صهاريج نقل محروقات بترولية"),
 ev("y_uae_condemns", Y1, "أدانت دولة الإمارات العربية المتحدة في بيان لوزارة الخارجية والتعاون الدولي"),
 ev("y_attack1", Y1, "استهداف ميليشيا الحوثي الإرهابية مناطق ومنشآت مدنية على الأراضي الإماراتية"),
 ev("y_attack1", Y1, "الميليشيا قد تبنت الهجوم"),
 ev("y_mbs_mbz", Y1, "تلقى صاحب السمو الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة اتصالاً هاتفياً"),
 ev("y_rwabee", Y1, "استولت مطلع الشهر الجاري على سفينة الشحن"),
 # y2
 ev("y_sanaa_strikes", Y2, "التحالف يدك أوكار الحوثي في صنعاء"),
 ev("y_attack1", Y2, "الاعتداء الإرهابي على أبوظبي"),
 ev("y_sanaa_strikes", Y2, "شنّت مقاتلات تحالف دعم الشرعية في اليمن ليل الاثنين - الثلاثاء سلسلة غارات جوية"),
 ev("y_attack1", Y2, "الاعتداء الإرهابي الذي استهدف منشآت مدنية في أبوظبي بطائرات مسيرة"),
 ev("y_sanaa_strikes", Y2, "أن الضربات جاءت استجابة للتهديد"),
 ev("y_attack1", Y2, "تبنى في بيان الاثنين الاعتداء على أبوظبي"),
 ev("y_saudi_cabinet", Y2, "أدان مجلس الوزراء خلال جلسته التي عقدها أمس"),
 ev("y_attack1", Y2, "الاعتداء الإرهابي الحوثي الذي استهدف مناطق ومنشآت مدنية في دولة الإمارات"),
 ev("y_mbs_mbz", Y2, "قد أجرى (الاثنين) اتصالاً هاتفياً بصاحب السمو الشيخ محمد بن زايد"),
 ev("y_fto_revoked", Y2, "ألغت الإدارة الأمريكية ذلك التصنيف"),
 # y3
 ev("y_attack2", Y3, "الإمارات تعترض صاروخين باليستيين فوق أبوظبي"),
 ev("y_launcher", Y3, "التحالف يدمر منصة الإطلاق في الجوف"),
 ev("y_attack2", Y3, "اعترضت ودمرت فجر أمس الإثنين صاروخين باليستيين"),
 ev("y_launcher", Y3, "تدمير منصة إطلاق الصاروخين في محافظة الجوف"),
 ev("y_launcher", Y3, "يوثق الضربة"),
 ev("y_attack2", Y3, "اعترضت الصاروخين بمنظومة «باتريوت»"),
 ev("y_attack2", Y3, "نفذت «عملية إعصار اليمن الثانية»"),
 ev("y_attack2", Y3, "ثاني هجوم من نوعه"),
 ev("y_attack1", Y3, "الهجوم بالطائرات المسيرة الذي استهدف في 17 كانون الثاني/يناير الجاري منشآت نفطية"),
 ev("y_saada", Y3, "غارة جوية على سجن احتياطي في مدينة صعدة"),
 ev("y_hodeidah", Y3, "غارة أخرى على مبنى للاتصالات في الحديدة"),
 ev("y_unsc", Y3, "أدان أعضاء مجلس الأمن الدولي في بيان صحفي"),
 # x1
 ev("x1_final", X1, "الخضر يتوّجون بكأس العرب على حساب تونس"),
 ev("x1_final", X1, "توّج المنتخب الوطني الجزائري، مساء أمس السبت، بلقب كأس العرب"),
 ev("x1_final", X1, "المباراة النهائية التي احتضنها ملعب البيت"),
 ev("x1_semi_alg_qat", X1, "فوزهم على منتخب قطر صاحب الأرض بنتيجة 2-1"),
 ev("x1_semi_tun_egy", X1, "تأهل المنتخب التونسي على حساب نظيره المصري بهدف دون رد"),
 ev("x1_tebboune", X1, "هنأ رئيس الجمهورية عبد المجيد تبون اللاعبين والطاقم الفني"),
 ev("x1_bougherra", X1, "قال المدرب مجيد بوقرة في الندوة الصحفية عقب اللقاء"),
 ev("x1_fan", X1, "قال أحد المناصرين الذين تنقلوا إلى الدوحة، في اتصال هاتفي مع «الشروق»"),
 # x2
 ev("x2_brent", X2, "النفط يتكبد أكبر خسارة يومية منذ حرب الخليج"),
 ev("x2_brent", X2, "تعرضت أسواق النفط أمس لضربة قاسية، إذ هوت أسعار خام برنت"),
 ev("x2_desert_storm", X2, "انطلاق عملية «عاصفة الصحراء»"),
 ev("x2_brent", X2, "وجاء الانهيار"),
 ev("x2_aramco", X2, "أعلنت «أرامكو السعودية» يوم السبت الماضي خفض أسعار البيع الرسمية"),
 ev("x2_opec_meeting", X2, "فشل اجتماع تحالف «أوبك+» في فيينا"),
 ev("x2_opec_2016", X2, "اتفقت دول «أوبك» مع منتجين مستقلين بقيادة روسيا على خفض الإنتاج"),
 ev("x2_kuwait_halt", X2, "كانت بورصة الكويت قد أوقفت التداول"),
 ev("x2_nyse_halt", X2, "جرى تعليق التداول في بورصة نيويورك"),
 ev("x2_analyst", X2, "قال محلل نفطي كويتي، في اتصال هاتفي مع «القبس» أمس"),
 # x3
 ev("x3_agreement", X3, "توقيع الاتفاقية الحكومية بين دولة الإمارات وفرنسا"),
 ev("x3_inauguration", X3, "افتتاحه مساء أمس الأربعاء"),
 ev("x3_public_opening", X3, "يفتح المتحف أبوابه أمام الجمهور يوم السبت المقبل"),
 ev("x3_agreement", X3, "الاتفاقية الموقعة في السادس من مارس 2007"),
 ev("x3_professor", X3, "قال أستاذ لتاريخ الفن، في اتصال هاتفي مع «الاتحاد» أمس"),
 # x4
 ev("x4_who", X4, "الصحة العالمية تعلن جدري القردة «طارئة صحية عامة»"),
 ev("x4_who", X4, "أعلن المدير العام لمنظمة الصحة العالمية تيدروس أدهانوم غيبريسوس"),
 ev("x4_committee", X4, "اجتماع للجنة الطوارئ التابعة لها في جنيف"),
 ev("x4_who", X4, "وجاء إعلان المنظمة"),
 ev("x4_africa_cdc", X4, "إعلان المراكز الإفريقية لمكافحة الأمراض والوقاية منها حالة طوارئ صحية على مستوى القارة"),
 ev("x4_sweden", X4, "أكدت السلطات الصحية السويدية اليوم الخميس تسجيل أول إصابة"),
 ev("x4_pheic_2022", X4, "إعلان المنظمة تفشي جدري القردة طارئة صحية عالمية في يوليو/تموز 2022"),
 ev("x4_pheic_end", X4, "ترفع حالة الطوارئ في مايو/أيار 2023"),
 ev("x4_doctor", X4, "قال طبيب مختص في الأمراض المعدية، في اتصال هاتفي مع موقعنا اليوم"),
]

DIFF = [
 # Ukraine
 ("u_swap", "u_riyadh_release"), ("u_swap", "u_mobilisation"), ("u_riyadh_release", "u_mobilisation"),
 ("u_mobilisation", "u_referendum_announced"), ("u_call_putin", "u_call_zelensky"),
 ("u_riyadh_release", "u_truss"), ("u_riyadh_release", "u_family"), ("u_sentence", "u_riyadh_release"),
 ("u_azovstal", "u_olenivka"), ("u_medvedchuk_arrest", "u_swap"),
 # Libya
 ("l_guterres_haftar", "l_guterres_sarraj"), ("l_guterres_haftar", "l_guterres_tweet"),
 ("l_gharyan_taken", "l_gharyan_retaken"), ("l_gharyan_taken", "l_gate27"), ("l_gharyan_taken", "l_offensive"),
 ("l_offensive", "l_volcano"), ("l_volcano", "l_mitiga"), ("l_trump_call", "l_sisi_haftar"),
 ("l_salame", "l_macron_haftar"), ("l_sisi_haftar", "l_macron_haftar"), ("l_guterres_haftar", "l_macron_haftar"),
 # Gaza
 ("g_in_force", "g_egypt_announces"), ("g_in_force", "g_cabinet"), ("g_egypt_announces", "g_cabinet"),
 ("g_biden_sisi", "g_biden_netanyahu"), ("g_biden_netanyahu", "g_biden_remarks"), ("g_biden_abbas", "g_biden_netanyahu"),
 ("g_biden_abbas", "g_jalaa"), ("g_in_force", "g_aqsa"), ("g_aqsa", "g_egypt_delegation"), ("g_haniyeh", "g_in_force"),
 ("g_blinken_netanyahu", "g_blinken_abbas"), ("g_blinken_sisi", "g_blinken_netanyahu"), ("g_blinken_sisi", "g_biden_sisi"),
 # Abu Dhabi
 ("y_attack1", "y_attack2"), ("y_attack1", "y_sanaa_strikes"), ("y_attack1", "y_uae_condemns"), ("y_attack1", "y_mbs_mbz"),
 ("y_attack1", "y_rwabee"), ("y_attack2", "y_launcher"), ("y_launcher", "y_sanaa_strikes"), ("y_saada", "y_hodeidah"),
 ("y_saada", "y_unsc"), ("y_saudi_cabinet", "y_sanaa_strikes"), ("y_uae_condemns", "y_unsc"),
 # distractors
 ("x1_semi_alg_qat", "x1_semi_tun_egy"), ("x1_final", "x1_semi_alg_qat"), ("x1_tebboune", "x1_bougherra"),
 ("x2_brent", "x2_nyse_halt"), ("x2_kuwait_halt", "x2_nyse_halt"), ("x2_aramco", "x2_opec_meeting"), ("x2_brent", "x2_analyst"),
 ("x3_inauguration", "x3_public_opening"), ("x3_agreement", "x3_inauguration"),
 ("x4_who", "x4_committee"), ("x4_who", "x4_africa_cdc"), ("x4_who", "x4_pheic_2022"), ("x4_pheic_2022", "x4_pheic_end"),
 ("x4_who", "x4_sweden"),
]

BEFORE = [
 # one chain, 1991 -> 2024
 ("x2_desert_storm", "x3_agreement"), ("x3_agreement", "l_skhirat"), ("l_skhirat", "x2_opec_2016"),
 ("x2_opec_2016", "x3_inauguration"), ("x3_inauguration", "x3_public_opening"), ("x3_public_opening", "l_offensive"),
 ("l_offensive", "l_guterres_haftar"), ("l_guterres_haftar", "l_volcano"), ("l_volcano", "l_mitiga"),
 ("l_mitiga", "l_sisi_haftar"), ("l_sisi_haftar", "l_trump_call"), ("l_trump_call", "l_salame"),
 ("l_salame", "l_macron_haftar"), ("l_macron_haftar", "l_gharyan_retaken"), ("l_gharyan_retaken", "x2_opec_meeting"),
 ("x2_opec_meeting", "x2_aramco"), ("x2_aramco", "x2_kuwait_halt"), ("x2_kuwait_halt", "x2_brent"),
 ("x2_brent", "g_blinken_office"), ("g_blinken_office", "y_fto_revoked"), ("y_fto_revoked", "g_war_start"),
 ("g_war_start", "g_jalaa"), ("g_jalaa", "g_sisi_500m"), ("g_sisi_500m", "g_cabinet"), ("g_cabinet", "g_in_force"),
 ("g_in_force", "g_blinken_netanyahu"), ("g_blinken_netanyahu", "g_blinken_sisi"), ("g_blinken_sisi", "x1_semi_alg_qat"),
 ("x1_semi_alg_qat", "x1_final"), ("x1_final", "x1_fan"), ("x1_fan", "y_rwabee"), ("y_rwabee", "y_attack1"),
 ("y_attack1", "y_saudi_cabinet"), ("y_saudi_cabinet", "y_saada"), ("y_saada", "y_attack2"), ("y_attack2", "u_war"),
 ("u_war", "u_call_putin"), ("u_call_putin", "u_medvedchuk_arrest"), ("u_medvedchuk_arrest", "u_azovstal"),
 ("u_azovstal", "u_sentence"), ("u_sentence", "x4_pheic_2022"), ("x4_pheic_2022", "u_olenivka"),
 ("u_olenivka", "u_referendum_announced"), ("u_referendum_announced", "u_swap"), ("u_swap", "u_family"),
 ("u_family", "x4_pheic_end"), ("x4_pheic_end", "x4_africa_cdc"), ("x4_africa_cdc", "x4_who"), ("x4_who", "x4_sweden"),
 # side links
 ("l_skhirat", "l_guterres_sarraj"), ("l_guterres_sarraj", "l_guterres_haftar"), ("l_gharyan_taken", "l_gate27"),
 ("l_gharyan_taken", "l_gharyan_retaken"), ("l_macron_haftar", "l_gharyan_assault"), ("g_biden_abbas", "g_biden_netanyahu"), ("g_egypt_announces", "g_in_force"),
 ("g_biden_sisi", "g_in_force"), ("g_biden_remarks", "g_in_force"), ("g_cabinet", "g_aqsa"), ("g_blinken_abbas", "g_blinken_sisi"),
 ("g_egypt_delegation", "g_blinken_netanyahu"), ("y_mbs_mbz", "y_saudi_cabinet"), ("y_hodeidah", "y_launcher"),
 ("y_unsc", "y_attack2"), ("y_sanaa_strikes", "y_saada"), ("u_call_zelensky", "u_medvedchuk_arrest"),
 ("u_war", "u_saadoun_captured"), ("u_saadoun_captured", "u_sentence"), ("u_referendum_announced", "u_riyadh_release"),
 ("u_riyadh_release", "u_family"), ("x1_semi_tun_egy", "x1_final"), ("x2_opec_2016", "x2_opec_meeting"),
]

DEV = dict(timex=TIMEX, clusters=CLUSTERS, events=EVENTS, diff=DIFF, before=BEFORE)
