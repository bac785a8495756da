"""Gold events for tests/devevents5 (a development set; format as ../shared/dev/spec.py).

  clusters: cluster -> dict(type, tight, outer): the real date (tight) and what the texts
            still allow (outer).
  events rows: (cluster, doc, surface, occurrence, type): the clause carrying the trigger.
  diff:   cluster pairs of one type that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts.
Time expressions are not annotated here (``timex`` is empty): the set scores events only.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "a01_georgia_0514": "2024-05-14T20:00:00+04:00",
 "a02_georgia_0515": "2024-05-15",
 "a03_georgia_0519": "2024-05-19",
 "b01_tunisia_0817": "2022-08-17T21:00:00+01:00",
 "b02_tunisia_0818": "2022-08-18",
 "b03_tunisia_0819": "2022-08-19",
 "c01_icc_0401": "2015-04-01T18:00:00+03:00",
 "c02_icc_0402": "2015-04-02",
 "c03_icc_0402": "2015-04-02",
 "d01_morocco_0205": "2025-02-05T19:00:00+01:00",
 "d02_morocco_0205": "2025-02-05T21:00:00+01:00",
 "d03_morocco_0206": "2025-02-06T12:00:00+01:00",
 "e01_opec_0604": "2023-06-04T21:00:00+02:00",
 "e02_opec_0605": "2023-06-05",
 "e03_opec_0606": "2023-06-06",
 "f01_sisi_0207": "2023-02-07T21:00:00+02:00",
 "f02_sisi_0207": "2023-02-07T22:00:00+03:00",
 "f03_sisi_0208": "2023-02-08",
 "g01_khalifa_0513": "2022-05-13T16:00:00+04:00",
 "g02_khalifa_0514": "2022-05-14",
 "g03_khalifa_0516": "2022-05-16",
 "h01_throne_0729": "2023-07-29T22:00:00+01:00",
 "h02_throne_0730": "2023-07-30",
 "h03_throne_0731": "2023-07-31",
 "i01_jeju_1229": "2024-12-29T10:00:00+04:00",
 "i02_jeju_1230": "2024-12-30",
 "i03_jeju_1231": "2024-12-31",
 "j01_pylos_0614": "2023-06-14T18:00:00+03:00",
 "j02_pylos_0616": "2023-06-16",
 "j03_pylos_0615": "2023-06-15",
 "l01_imamoglu_0319": "2025-03-19T12:00:00+03:00",
 "l02_imamoglu_0320": "2025-03-20",
 "l03_imamoglu_0324": "2025-03-24",
 "k01_jordan_0915": "2024-09-15T21:00:00+03:00",
 "k02_jordan_0916": "2024-09-16",
 "k03_jordan_0918": "2024-09-18T20:00:00+03:00",
 "m01_tunisia_1007": "2024-10-07T21:00:00+01:00",
 "m02_tunisia_1008": "2024-10-08",
 "m03_tunisia_1009": "2024-10-09T18:00:00+01:00",
 "p01_pardon_0729": "2024-07-29T20:00:00+01:00",
 "p02_pardon_0730": "2024-07-30T09:00:00+01:00",
 "p03_pardon_0731": "2024-07-31",
 "n01_sharaa_0202": "2025-02-02",
 "n02_sharaa_0202": "2025-02-02T18:00:00+03:00",
 "n03_sharaa_0203": "2025-02-03",
 "o01_niger_0801": "2023-08-01T22:00:00+02:00",
 "o02_niger_0802": "2023-08-02T10:00:00+02:00",
 "o03_niger_0803": "2023-08-03",
 "q01_sweden_0720": "2023-07-20T15:00:00+03:00",
 "q02_sweden_0721": "2023-07-21T13:00:00+03:00",
 "q03_sweden_0721": "2023-07-21",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # a: Georgia
  "georgia_vote_0514": C(type="other", tight=D("2024-05-14"), outer=D("2024-05-14")),
  "georgia_protest_0514": C(type="other", tight=D("2024-05-14"), outer=D("2024-05-14")),
  "georgia_arrests_0514": C(type="other", tight=D("2024-05-14"), outer=D("2024-05-14", "2024-05-15")),
  "eu_statement_0514": C(type="statement", tight=D("2024-05-14"), outer=D("2024-05-14")),
  "zourabichvili_statement_0514": C(type="statement", tight=D("2024-05-14"), outer=D("2024-05-14")),
  "georgia_veto_0518": C(type="other", tight=D("2024-05-18"), outer=D("2024-05-18")),
  "georgia_protest_0518": C(type="other", tight=D("2024-05-18"), outer=D("2024-05-18", "2024-05-19")),
  "georgia_withdrawn_2023": C(type="other", tight=D("2023-03-10"), outer=D("2023-03-01", "2023-03-31")),
  # b: Tunisia
  "constitution_sealed_0817": C(type="other", tight=D("2022-08-17"), outer=D("2022-08-17")),
  "referendum_results_0816": C(type="other", tight=D("2022-08-16"), outer=D("2022-08-16")),
  "referendum_0725": C(type="other", tight=D("2022-07-25"), outer=D("2022-07-25")),
  "constitution_2014": C(type="other", tight=D("2014-01-26"), outer=D("2014-01-26")),
  # c: Palestine joins the ICC
  "palestine_icc_0401": C(type="other", tight=D("2015-04-01"), outer=D("2015-04-01")),
  "abbas_signed_1231": C(type="other", tight=D("2014-12-31"), outer=D("2014-12-31")),
  "icc_deposit_0102": C(type="other", tight=D("2015-01-02"), outer=D("2015-01-02")),
  "maliki_speech_0401": C(type="statement", tight=D("2015-04-01"), outer=D("2015-04-01")),
  "hrw_statement_0401": C(type="statement", tight=D("2015-04-01"), outer=D("2015-04-01", "2015-04-02")),
  "us_statement_0401": C(type="statement", tight=D("2015-04-01"), outer=D("2015-04-01", "2015-04-02")),
  # d: Morocco general strike
  "morocco_strike_0205": C(type="other", tight=D("2025-02-05", "2025-02-06"), outer=D("2025-02-05", "2025-02-06")),
  "councillors_vote_0203": C(type="other", tight=D("2025-02-03"), outer=D("2025-02-03")),
  "cdt_statement_0205": C(type="statement", tight=D("2025-02-05"), outer=D("2025-02-05")),
  "umt_statement_0205": C(type="statement", tight=D("2025-02-05"), outer=D("2025-02-05", "2025-02-06")),
  "vigils_0205": C(type="other", tight=D("2025-02-05"), outer=D("2025-02-05")),
  "sit_in_0205": C(type="other", tight=D("2025-02-05"), outer=D("2025-02-05")),
  # e: OPEC+ of 4 June 2023
  "opec_extension_0604": C(type="other", tight=D("2023-06-04"), outer=D("2023-06-04")),
  "saudi_cut_0604": C(type="other", tight=D("2023-06-04"), outer=D("2023-06-04", "2023-06-05")),
  "opec_meeting_0604": C(type="meeting", tight=D("2023-06-04"), outer=D("2023-06-04")),
  "abdulaziz_statement_0604": C(type="statement", tight=D("2023-06-04"), outer=D("2023-06-04")),
  "oil_rise_0605": C(type="other", tight=D("2023-06-05"), outer=D("2023-06-05")),
  "april_cut_2023": C(type="other", tight=D("2023-04-02"), outer=D("2023-04-01", "2023-04-30")),
  # f: Sisi calls Erdogan
  "sisi_erdogan_call_0207": C(type="call", tight=D("2023-02-07"), outer=D("2023-02-07")),
  "turkey_quake_0206": C(type="other", tight=D("2023-02-06"), outer=D("2023-02-06")),
  "doha_handshake_1120": C(type="other", tight=D("2022-11-20"), outer=D("2022-11-01", "2022-11-30")),
  # g: Sheikh Khalifa dies, Mohamed bin Zayed elected
  "khalifa_death_0513": C(type="other", tight=D("2022-05-13"), outer=D("2022-05-13")),
  "uae_mourning_0513": C(type="other", tight=D("2022-05-13"), outer=D("2022-05-13")),
  "khalifa_presidency_2004": C(type="other", tight=D("2004-11-03"), outer=D("2004-11-03")),
  "salman_condolence_0513": C(type="statement", tight=D("2022-05-13"), outer=D("2022-05-13", "2022-05-14")),
  "mbs_condolence_0513": C(type="statement", tight=D("2022-05-13"), outer=D("2022-05-13", "2022-05-14")),
  "mbz_elected_0514": C(type="other", tight=D("2022-05-14"), outer=D("2022-05-14")),
  "sisi_congratulates_0515": C(type="statement", tight=D("2022-05-15"), outer=D("2022-05-15")),
  "sisi_visit_0515": C(type="other", tight=D("2022-05-15"), outer=D("2022-05-15")),
  # h: the Throne speech
  "throne_speech_0729": C(type="statement", tight=D("2023-07-29"), outer=D("2023-07-29")),
  "algeria_cut_2021": C(type="other", tight=D("2021-08-24"), outer=D("2021-08-01", "2021-08-31")),
  # i: Jeju Air
  "jeju_crash_1229": C(type="other", tight=D("2024-12-29"), outer=D("2024-12-29")),
  "korea_mourning_1229": C(type="other", tight=D("2024-12-29"), outer=D("2024-12-29")),
  "inspection_order_1230": C(type="other", tight=D("2024-12-30"), outer=D("2024-12-30")),
  # j: Pylos
  "pylos_sinking_0614": C(type="other", tight=D("2023-06-14"), outer=D("2023-06-14")),
  "smugglers_arrest_0615": C(type="other", tight=D("2023-06-15"), outer=D("2023-06-15")),
  "greece_mourning_0614": C(type="other", tight=D("2023-06-14"), outer=D("2023-06-14", "2023-06-15")),
  "kalamata_visit_0615": C(type="other", tight=D("2023-06-15"), outer=D("2023-06-15")),
  "egypt_statement_0615": C(type="statement", tight=D("2023-06-15"), outer=D("2023-06-14", "2023-06-16")),
  # k: Jafar Hassan designated
  "hassan_tasked_0915": C(type="other", tight=D("2024-09-15"), outer=D("2024-09-15")),
  "khasawneh_resigned_0915": C(type="other", tight=D("2024-09-15"), outer=D("2024-09-15")),
  "jordan_election_0910": C(type="other", tight=D("2024-09-10"), outer=D("2024-09-10")),
  "hassan_oath_0918": C(type="other", tight=D("2024-09-18"), outer=D("2024-09-18")),
  "khasawneh_office_2020": C(type="other", tight=D("2020-10-12"), outer=D("2020-10-01", "2020-10-31")),
  # l: Imamoglu
  "imamoglu_detained_0319": C(type="other", tight=D("2025-03-19"), outer=D("2025-03-19")),
  "warrants_0319": C(type="other", tight=D("2025-03-19"), outer=D("2025-03-19")),
  "degree_annulled_0318": C(type="other", tight=D("2025-03-18"), outer=D("2025-03-18")),
  "gatherings_ban_0319": C(type="other", tight=D("2025-03-19"), outer=D("2025-03-19")),
  "istanbul_protest_0319": C(type="other", tight=D("2025-03-19"), outer=D("2025-03-19")),
  "ozel_statement_0319": C(type="statement", tight=D("2025-03-19"), outer=D("2025-03-19")),
  "imamoglu_jailed_0323": C(type="other", tight=D("2025-03-23"), outer=D("2025-03-23")),
  "chp_primary_0323": C(type="other", tight=D("2025-03-23"), outer=D("2025-03-23")),
  "mass_arrests_0319": C(type="other", tight=D("2025-03-19", "2025-03-23"), outer=D("2025-03-19", "2025-03-24")),
  # m: Saied re-elected
  "saied_win_1007": C(type="other", tight=D("2024-10-07"), outer=D("2024-10-06", "2024-10-07")),
  "tunisia_election_1006": C(type="other", tight=D("2024-10-06"), outer=D("2024-10-06")),
  "supporters_celebrate_1006": C(type="other", tight=D("2024-10-06"), outer=D("2024-10-06", "2024-10-07")),
  "zammel_arrest_0902": C(type="other", tight=D("2024-09-02"), outer=D("2024-09-01", "2024-09-30")),
  "tebboune_congratulates_1009": C(type="statement", tight=D("2024-10-09"), outer=D("2024-10-09")),
  # n: al-Sharaa in Riyadh
  "sharaa_mbs_0202": C(type="meeting", tight=D("2025-02-02"), outer=D("2025-02-02")),
  "sharaa_arrival_0202": C(type="meeting", tight=D("2025-02-02"), outer=D("2025-02-02")),
  "sharaa_statement_0202": C(type="statement", tight=D("2025-02-02"), outer=D("2025-02-02")),
  "sharaa_appointed_0129": C(type="other", tight=D("2025-01-29"), outer=D("2025-01-29")),
  # o: Niger evacuation
  "france_evacuation_0801": C(type="other", tight=D("2023-08-01", "2023-08-02"), outer=D("2023-08-01", "2023-08-02")),
  "first_takeoff_0801": C(type="other", tight=D("2023-08-01"), outer=D("2023-08-01")),
  "first_landing_0802": C(type="other", tight=D("2023-08-02"), outer=D("2023-08-02")),
  "niger_coup_0726": C(type="other", tight=D("2023-07-26"), outer=D("2023-07-26")),
  "colonna_statement_0802": C(type="statement", tight=D("2023-08-02"), outer=D("2023-08-01", "2023-08-02")),
  # p: the Throne Day pardon of 2024
  "royal_pardon_0729": C(type="other", tight=D("2024-07-29"), outer=D("2024-07-29")),
  "journalists_release_0729": C(type="other", tight=D("2024-07-29"), outer=D("2024-07-29")),
  "justice_statement_0729": C(type="statement", tight=D("2024-07-29"), outer=D("2024-07-29")),
  "radi_arrest_2020": C(type="other", tight=D("2020-07-29"), outer=D("2020-07-01", "2020-07-31")),
  "rsf_statement_0730": C(type="statement", tight=D("2024-07-30"), outer=D("2024-07-29", "2024-07-31")),
  "amnesty_statement_0730": C(type="statement", tight=D("2024-07-30"), outer=D("2024-07-29", "2024-07-31")),
  "raissouni_statement_0729": C(type="statement", tight=D("2024-07-29"), outer=D("2024-07-29", "2024-07-31")),
  # q: the Swedish envoys
  "iraq_expels_0720": C(type="other", tight=D("2023-07-20"), outer=D("2023-07-20")),
  "embassy_stormed_0720": C(type="other", tight=D("2023-07-20"), outer=D("2023-07-20")),
  "sweden_statement_0720": C(type="statement", tight=D("2023-07-20"), outer=D("2023-07-20")),
  "sweden_summons_0720": C(type="other", tight=D("2023-07-20"), outer=D("2023-07-20")),
  "kuwait_summons_0721": C(type="other", tight=D("2023-07-21"), outer=D("2023-07-21")),
  "kuwait_summons_0629": C(type="other", tight=D("2023-06-29"), outer=D("2023-06-29")),
 },
 events=[
  # a01 (AFP)
  ("georgia_vote_0514", "a01_georgia_0514", "البرلمان الجورجي يقر قانون", 1, "other"),
  ("georgia_vote_0514", "a01_georgia_0514", "صوّت البرلمان الجورجي، اليوم الثلاثاء، بأغلبية 84 نائباً", 1, "other"),
  ("georgia_protest_0514", "a01_georgia_0514", "فيما تظاهر آلاف المعارضين أمام مبنى البرلمان", 1, "other"),
  ("georgia_vote_0514", "a01_georgia_0514", "وأقر النواب النص", 1, "other"),
  ("zourabichvili_statement_0514", "a01_georgia_0514", "وأعلنت الرئيسة سالومي زورابيشفيلي أنها ستستخدم حق النقض", 1, "statement"),
  ("eu_statement_0514", "a01_georgia_0514", "وقال الاتحاد الأوروبي في بيان", 1, "statement"),
  # a02 (Asharq Al-Awsat)
  ("georgia_vote_0514", "a02_georgia_0515", 'جورجيا: إقرار "قانون العملاء" يشعل الشارع', 1, "other"),
  ("georgia_vote_0514", "a02_georgia_0515", "أقر البرلمان الجورجي، أمس (الثلاثاء)، في قراءة ثالثة قانوناً", 1, "other"),
  ("georgia_protest_0514", "a02_georgia_0515", "وخرج عشرات الآلاف إلى الشوارع مساء أمس احتجاجاً على القانون", 1, "other"),
  ("georgia_arrests_0514", "a02_georgia_0515", "واعتقلت الشرطة 13 متظاهراً", 1, "other"),
  ("georgia_withdrawn_2023", "a02_georgia_0515", "وكانت الحكومة قد سحبت مشروعاً مماثلاً في مارس 2023", 1, "other"),
  # a03 (TV site)
  ("georgia_veto_0518", "a03_georgia_0519", "رئيسة جورجيا تنقض قانون", 1, "other"),
  ("georgia_veto_0518", "a03_georgia_0519", "استخدمت الرئيسة الجورجية سالومي زورابيشفيلي، أمس السبت، حق النقض", 1, "other"),
  ("georgia_vote_0514", "a03_georgia_0519", "القانون الذي أقره البرلمان يوم الثلاثاء الماضي", 1, "other"),
  ("georgia_protest_0518", "a03_georgia_0519", "وشهدت العاصمة تبليسي مظاهرة حاشدة ليل السبت", 1, "other"),
  ("georgia_vote_0514", "a03_georgia_0519", "ومنذ تصويت النواب على القانون", 1, "other"),
  # b01 (TAP)
  ("constitution_sealed_0817", "b01_tunisia_0817", "رئيس الجمهورية يختم الدستور الجديد", 1, "other"),
  ("constitution_sealed_0817", "b01_tunisia_0817", "ختم رئيس الجمهورية قيس سعيد، اليوم الأربعاء 17 أوت 2022، دستور", 1, "other"),
  ("referendum_0725", "b01_tunisia_0817", "في استفتاء 25 جويلية الماضي", 1, "other"),
  ("constitution_sealed_0817", "b01_tunisia_0817", "ويأتي ختم الدستور", 1, "other"),
  ("referendum_results_0816", "b01_tunisia_0817", "إعلان الهيئة العليا المستقلة للانتخابات، أمس الثلاثاء، النتائج النهائية", 1, "other"),
  # b02 (Asharq Al-Awsat)
  ("constitution_sealed_0817", "b02_tunisia_0818", "سعيّد يصدر الدستور الجديد", 1, "other"),
  ("constitution_sealed_0817", "b02_tunisia_0818", "أصدر الرئيس التونسي قيس سعيد، مساء أمس (الأربعاء)، الدستور الجديد", 1, "other"),
  ("referendum_results_0816", "b02_tunisia_0818", "بعد يوم من إعلان هيئة الانتخابات النتائج النهائية", 1, "other"),
  ("referendum_0725", "b02_tunisia_0818", "للاستفتاء الذي جرى في 25 يوليو (تموز) الماضي", 1, "other"),
  # b03 (Maghrebi site)
  ("constitution_sealed_0817", "b03_tunisia_0819", "صادق الرئيس التونسي قيس سعيد، يوم الأربعاء الماضي، على الدستور الجديد", 1, "other"),
  ("referendum_results_0816", "b03_tunisia_0819", "أعلنت الهيئة العليا المستقلة للانتخابات، الثلاثاء، النتائج النهائية", 1, "other"),
  ("constitution_2014", "b03_tunisia_0819", "دستور 2014 الذي صادق عليه المجلس الوطني التأسيسي في 26 يناير من ذلك العام", 1, "other"),
  # c01 (WAFA)
  ("palestine_icc_0401", "c01_icc_0401", "فلسطين تصبح رسمياً عضواً في المحكمة الجنائية الدولية", 1, "other"),
  ("palestine_icc_0401", "c01_icc_0401", "أصبحت دولة فلسطين، اليوم الأربعاء، رسمياً الدولة العضو الـ123", 1, "other"),
  ("abbas_signed_1231", "c01_icc_0401", "وكان الرئيس محمود عباس قد وقع في 31 كانون الأول الماضي على طلب الانضمام", 1, "other"),
  ("maliki_speech_0401", "c01_icc_0401", "وقال المالكي في كلمة ألقاها خلال المراسم", 1, "statement"),
  # c02 (Al-Quds Al-Arabi)
  ("palestine_icc_0401", "c02_icc_0402", "انضمام فلسطين إلى الجنائية الدولية يدخل حيز التنفيذ", 1, "other"),
  ("palestine_icc_0401", "c02_icc_0402", "دخل انضمام فلسطين إلى المحكمة الجنائية الدولية حيز التنفيذ أمس الأربعاء", 1, "other"),
  ("palestine_icc_0401", "c02_icc_0402", "وانضمت فلسطين إلى المحكمة بعد ثلاثة أشهر", 1, "other"),
  ("icc_deposit_0102", "c02_icc_0402", "إيداع وثائق الانضمام لدى الأمين العام للأمم المتحدة في الثاني من كانون الثاني/يناير", 1, "other"),
  ("hrw_statement_0401", "c02_icc_0402", "ورحبت منظمة هيومن رايتس ووتش بالخطوة", 1, "statement"),
  ("us_statement_0401", "c02_icc_0402", "فيما قالت الخارجية الأمريكية إنها", 1, "statement"),
  # c03 (Al-Ghad)
  ("palestine_icc_0401", "c03_icc_0402", "فلسطين تنضم إلى «الجنائية الدولية»", 1, "other"),
  ("palestine_icc_0401", "c03_icc_0402", "انضمت دولة فلسطين رسمياً إلى المحكمة الجنائية الدولية، أمس", 1, "other"),
  # d01 (Hespress)
  ("morocco_strike_0205", "d01_morocco_0205", "إضراب عام يشل قطاعات واسعة بالمغرب", 1, "other"),
  ("morocco_strike_0205", "d01_morocco_0205", "خاضت المركزيات النقابية، اليوم الأربعاء، إضراباً عاماً وطنياً", 1, "other"),
  ("cdt_statement_0205", "d01_morocco_0205", "وقالت الكونفدرالية الديمقراطية للشغل إن", 1, "statement"),
  ("councillors_vote_0203", "d01_morocco_0205", "وكان مجلس المستشارين قد صادق، الاثنين، على مشروع القانون", 1, "other"),
  # d02 (Reuters)
  ("morocco_strike_0205", "d02_morocco_0205", "المغرب: النقابات تضرب ضد قانون الإضراب", 1, "other"),
  ("morocco_strike_0205", "d02_morocco_0205", "أضرب آلاف العمال والموظفين في المغرب يوم الأربعاء", 1, "other"),
  # d03 (Al-Araby Al-Jadeed)
  ("morocco_strike_0205", "d03_morocco_0206", "نقابات المغرب تواصل إضرابها لليوم الثاني", 1, "other"),
  ("morocco_strike_0205", "d03_morocco_0206", "تواصل النقابات المغربية اليوم الخميس الإضراب العام الذي بدأته أمس الأربعاء", 1, "other"),
  ("umt_statement_0205", "d03_morocco_0206", "وقال الأمين العام للاتحاد المغربي للشغل إن", 1, "statement"),
  ("vigils_0205", "d03_morocco_0206", "وشهدت مدن عدة أمس وقفات احتجاجية", 1, "other"),
  ("sit_in_0205", "d03_morocco_0206", "نظم مئات المحتجين اعتصاماً أمام البرلمان", 1, "other"),
  # e01 (Reuters)
  ("saudi_cut_0604", "e01_opec_0604", "السعودية تعلن خفضاً طوعياً إضافياً", 1, "other"),
  ("opec_extension_0604", "e01_opec_0604", "اتفق تحالف أوبك+، اليوم الأحد، على تمديد تخفيضات الإنتاج", 1, "other"),
  ("saudi_cut_0604", "e01_opec_0604", "فيما أعلنت السعودية أنها ستخفض إنتاجها طوعاً", 1, "other"),
  ("opec_meeting_0604", "e01_opec_0604", "بعد اجتماع استمر سبع ساعات في مقر المنظمة", 1, "meeting"),
  ("abdulaziz_statement_0604", "e01_opec_0604", "وقال وزير الطاقة السعودي الأمير عبد العزيز بن سلمان للصحفيين", 1, "statement"),
  # e02 (SPA)
  ("saudi_cut_0604", "e02_opec_0605", "المملكة تخفض إنتاجها النفطي مليون برميل يومياً", 1, "other"),
  ("saudi_cut_0604", "e02_opec_0605", "أعلنت وزارة الطاقة أن المملكة ستنفذ خفضاً طوعياً", 1, "other"),
  ("opec_meeting_0604", "e02_opec_0605", "التي عقدت اجتماعها الوزاري أمس في فيينا", 1, "meeting"),
  ("april_cut_2023", "e02_opec_0605", "الخفض الطوعي الذي أعلن عنه في أبريل الماضي", 1, "other"),
  # e03 (CNBC Arabia)
  ("oil_rise_0605", "e03_opec_0606", "ارتفعت أسعار النفط أكثر من 2 في المئة في تعاملات أمس الاثنين", 1, "other"),
  ("saudi_cut_0604", "e03_opec_0606", "بعد أن قررت السعودية، يوم الأحد، خفض إنتاجها", 1, "other"),
  ("opec_extension_0604", "e03_opec_0606", "وقررت أوبك+ في اجتماعها الأحد تمديد اتفاق خفض الإنتاج", 1, "other"),
  # f01 (Egyptian presidency)
  ("sisi_erdogan_call_0207", "f01_sisi_0207", "الرئيس السيسي يهاتف الرئيس التركي", 1, "call"),
  ("sisi_erdogan_call_0207", "f01_sisi_0207", "بأن السيد الرئيس عبد الفتاح السيسي هاتف اليوم الرئيس التركي", 1, "call"),
  # f02 (Anadolu)
  ("sisi_erdogan_call_0207", "f02_sisi_0207", "أردوغان يتلقى اتصالاً من السيسي", 1, "call"),
  ("sisi_erdogan_call_0207", "f02_sisi_0207", "أجرى الرئيس المصري عبد الفتاح السيسي، الثلاثاء، اتصالاً هاتفياً", 1, "call"),
  ("sisi_erdogan_call_0207", "f02_sisi_0207", "والاتصال هو الأول بين الرئيسين", 1, "call"),
  ("doha_handshake_1120", "f02_sisi_0207", "منذ مصافحتهما في الدوحة على هامش افتتاح كأس العالم في نوفمبر الماضي", 1, "other"),
  ("turkey_quake_0206", "f02_sisi_0207", "وضرب زلزالان بقوة 7.7 و7.6 درجات جنوبي تركيا، فجر الاثنين", 1, "other"),
  # f03 (Al-Quds Al-Arabi)
  ("sisi_erdogan_call_0207", "f03_sisi_0208", "إن المكالمة التي جرت بين الرئيسين المصري", 1, "call"),
  ("sisi_erdogan_call_0207", "f03_sisi_0208", "وخلال الاتصال، عبّر السيسي عن تعازيه", 1, "call"),
  # g01 (WAM)
  ("khalifa_death_0513", "g01_khalifa_0513", "وزارة شؤون الرئاسة تنعى الشيخ خليفة بن زايد", 1, "other"),
  ("khalifa_death_0513", "g01_khalifa_0513", "نعت وزارة شؤون الرئاسة إلى شعب دولة الإمارات والأمتين العربية والإسلامية والعالم أجمع صاحب السمو الشيخ خليفة بن زايد آل نهيان رئيس الدولة، الذي وافته المنية اليوم", 1, "other"),
  ("uae_mourning_0513", "g01_khalifa_0513", "وأعلنت الوزارة الحداد الرسمي", 1, "other"),
  ("khalifa_presidency_2004", "g01_khalifa_0513", "وتولى الشيخ خليفة رئاسة الدولة في 3 نوفمبر 2004", 1, "other"),
  # g02 (SPA)
  ("salman_condolence_0513", "g02_khalifa_0514", "خادم الحرمين وولي العهد يعزيان في وفاة الشيخ خليفة", 1, "statement"),
  ("salman_condolence_0513", "g02_khalifa_0514", "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية عزاء ومواساة", 1, "statement"),
  ("khalifa_death_0513", "g02_khalifa_0514", "في وفاة صاحب السمو الشيخ خليفة بن زايد آل نهيان رئيس دولة الإمارات", 1, "other"),
  ("mbs_condolence_0513", "g02_khalifa_0514", "كما بعث سمو ولي العهد برقية عزاء مماثلة", 1, "statement"),
  # g03 (Egyptian daily): the congratulation and condolences offered during the visit are words
  # spoken inside another event (no mention); the title reports the congratulation
  ("sisi_congratulates_0515", "g03_khalifa_0516", "السيسي يهنئ محمد بن زايد", 1, "statement"),
  ("sisi_visit_0515", "g03_khalifa_0516", "خلال زيارته أبوظبي أمس الأحد", 1, "other"),
  ("mbz_elected_0514", "g03_khalifa_0516", "وكان المجلس الأعلى للاتحاد قد انتخب الشيخ محمد بن زايد بالإجماع، يوم السبت", 1, "other"),
  ("khalifa_death_0513", "g03_khalifa_0516", "غداة رحيل الشيخ خليفة", 1, "other"),
  # h01 (MAP)
  ("throne_speech_0729", "h01_throne_0729", "جلالة الملك يوجه خطاباً سامياً إلى الأمة", 1, "statement"),
  ("throne_speech_0729", "h01_throne_0729", "وجه صاحب الجلالة الملك محمد السادس، نصره الله، اليوم السبت، خطاباً سامياً", 1, "statement"),
  ("throne_speech_0729", "h01_throne_0729", "وأكد جلالة الملك في خطابه على قيم الجدية", 1, "statement"),
  # h02 (Hespress)
  ("throne_speech_0729", "h02_throne_0730", 'الملك يدعو إلى "الجدية"', 1, "statement"),
  ("throne_speech_0729", "h02_throne_0730", "ألقى الملك محمد السادس، مساء أمس، خطاب العرش", 1, "statement"),
  ("throne_speech_0729", "h02_throne_0730", "وقال الملك إن", 1, "statement"),
  # h03 (Al Jazeera)
  ("throne_speech_0729", "h03_throne_0731", "في الخطاب الذي ألقاه مساء السبت بمناسبة عيد العرش", 1, "statement"),
  ("throne_speech_0729", "h03_throne_0731", "وتحدث الملك في كلمته أيضاً", 1, "statement"),
  ("algeria_cut_2021", "h03_throne_0731", "وكانت الجزائر قد قطعت علاقاتها مع المغرب في أغسطس 2021", 1, "other"),
  # i01 (Sky News Arabia)
  ("jeju_crash_1229", "i01_jeju_1229", "كوريا الجنوبية.. تحطم طائرة ركاب ومقتل العشرات", 1, "other"),
  ("jeju_crash_1229", "i01_jeju_1229", 'تحطمت طائرة ركاب تابعة لشركة "جيجو إير"', 1, "other"),
  # i02 (Al-Ahram)
  ("jeju_crash_1229", "i02_jeju_1230", "مصرع 179 شخصاً فى تحطم طائرة بكوريا الجنوبية", 1, "other"),
  ("jeju_crash_1229", "i02_jeju_1230", "ارتفع عدد ضحايا تحطم طائرة شركة جيجو إير", 1, "other"),
  ("korea_mourning_1229", "i02_jeju_1230", "وأعلن الرئيس المؤقت تشوي سانغ موك، أمس الأحد، الحداد الوطنى", 1, "other"),
  # i03 (Asharq Al-Awsat)
  ("inspection_order_1230", "i03_jeju_1231", "أمرت وزارة النقل الكورية الجنوبية، أمس (الاثنين)، بتفتيش شامل", 1, "other"),
  ("jeju_crash_1229", "i03_jeju_1231", "كارثة الطائرة التي تحطمت الأحد في مطار موان", 1, "other"),
  # j01 (AFP)
  ("pylos_sinking_0614", "j01_pylos_0614", "عشرات القتلى في غرق مركب مهاجرين قبالة اليونان", 1, "other"),
  ("pylos_sinking_0614", "j01_pylos_0614", "بعد غرق مركب صيد مكتظ فجر اليوم الأربعاء", 1, "other"),
  # j02 (Egyptian daily)
  ("smugglers_arrest_0615", "j02_pylos_0616", "اليونان توقف 9 مصريين بتهمة تهريب المهاجرين", 1, "other"),
  ("smugglers_arrest_0615", "j02_pylos_0616", "ألقت السلطات اليونانية، أمس الخميس، القبض على تسعة مواطنين مصريين", 1, "other"),
  ("egypt_statement_0615", "j02_pylos_0616", "وأعلنت وزارة الخارجية المصرية أنها تتابع", 1, "statement"),
  ("pylos_sinking_0614", "j02_pylos_0616", "حادث غرق المركب يوم الأربعاء الماضي", 1, "other"),
  # j03 (Libyan site)
  ("pylos_sinking_0614", "j03_pylos_0615", "كارثة المركب الذي غرق قبالة السواحل اليونانية فجر أمس", 1, "other"),
  ("greece_mourning_0614", "j03_pylos_0615", "وأعلنت الحكومة اليونانية الحداد ثلاثة أيام", 1, "other"),
  ("kalamata_visit_0615", "j03_pylos_0615", "وتوجهت رئيسة البلاد إلى مدينة كالاماتا لزيارة الناجين اليوم الخميس", 1, "other"),
  # k01 (Petra)
  ("hassan_tasked_0915", "k01_jordan_0915", "جلالة الملك يكلف جعفر حسان بتشكيل حكومة جديدة", 1, "other"),
  ("hassan_tasked_0915", "k01_jordan_0915", "كلف جلالة الملك عبدالله الثاني، اليوم الأحد، الدكتور جعفر حسان بتشكيل حكومة جديدة", 1, "other"),
  ("khasawneh_resigned_0915", "k01_jordan_0915", "بعد أن قبل جلالته استقالة حكومة الدكتور بشر الخصاونة", 1, "other"),
  ("jordan_election_0910", "k01_jordan_0915", "وكانت الانتخابات النيابية قد جرت في العاشر من أيلول الجاري", 1, "other"),
  # k02 (Al-Quds Al-Arabi)
  ("hassan_tasked_0915", "k02_jordan_0916", "كُلّف مدير مكتب العاهل الأردني جعفر حسان، أمس الأحد، بتشكيل الحكومة الجديدة", 1, "other"),
  ("khasawneh_resigned_0915", "k02_jordan_0916", "في أعقاب استقالة حكومة بشر الخصاونة التي قدمها إلى الملك في اليوم نفسه", 1, "other"),
  ("hassan_tasked_0915", "k02_jordan_0916", "ويأتي التكليف بعد أيام", 1, "other"),
  ("jordan_election_0910", "k02_jordan_0916", "من انتخابات برلمانية حقق فيها حزب جبهة العمل الإسلامي تقدماً لافتاً", 1, "other"),
  # k03 (Al-Khaleej)
  ("hassan_oath_0918", "k03_jordan_0918", "حكومة حسان تؤدي اليمين أمام الملك", 1, "other"),
  ("hassan_oath_0918", "k03_jordan_0918", "أدى أعضاء حكومة رئيس الوزراء الأردني جعفر حسان، اليوم الأربعاء، اليمين الدستورية", 1, "other"),
  ("hassan_tasked_0915", "k03_jordan_0918", "بعد ثلاثة أيام من تكليفه بتشكيلها يوم الأحد الماضي", 1, "other"),
  ("khasawneh_office_2020", "k03_jordan_0918", "وكان رئيس الوزراء السابق بشر الخصاونة قد تولى منصبه في أكتوبر 2020", 1, "other"),
  # l01 (AFP)
  ("imamoglu_detained_0319", "l01_imamoglu_0319", "توقيف رئيس بلدية إسطنبول أكرم إمام أوغلو", 1, "other"),
  ("imamoglu_detained_0319", "l01_imamoglu_0319", "أوقفت الشرطة التركية، صباح اليوم الأربعاء، رئيس بلدية إسطنبول", 1, "other"),
  ("imamoglu_detained_0319", "l01_imamoglu_0319", "وداهمت الشرطة منزله في ساعات الفجر", 1, "other"),
  ("warrants_0319", "l01_imamoglu_0319", "كما أصدرت النيابة مذكرات توقيف بحق مئة شخص آخرين", 1, "other"),
  ("degree_annulled_0318", "l01_imamoglu_0319", "وكانت جامعة إسطنبول قد ألغت، أمس الثلاثاء، شهادته الجامعية", 1, "other"),
  ("gatherings_ban_0319", "l01_imamoglu_0319", "وأغلقت السلطات عدداً من محطات المترو وحظرت التجمعات", 1, "other"),
  # l02 (Al Jazeera Net)
  ("istanbul_protest_0319", "l02_imamoglu_0320", "آلاف الأتراك يتظاهرون احتجاجاً", 1, "other"),
  ("istanbul_protest_0319", "l02_imamoglu_0320", "تظاهر آلاف الأتراك، مساء أمس الأربعاء، أمام مقر بلدية إسطنبول", 1, "other"),
  ("imamoglu_detained_0319", "l02_imamoglu_0320", "احتجاجاً على اعتقال رئيس البلدية أكرم إمام أوغلو صباح اليوم نفسه", 1, "other"),
  ("ozel_statement_0319", "l02_imamoglu_0320", "وقال زعيم حزب الشعب الجمهوري أوزغور أوزيل للمتظاهرين", 1, "statement"),
  # l03 (Al-Araby Al-Jadeed)
  ("imamoglu_jailed_0323", "l03_imamoglu_0324", "محكمة تركية تأمر بسجن إمام أوغلو", 1, "other"),
  ("imamoglu_jailed_0323", "l03_imamoglu_0324", "أمرت محكمة في إسطنبول، أمس الأحد، بسجن رئيس البلدية", 1, "other"),
  ("imamoglu_detained_0319", "l03_imamoglu_0324", "بعد أربعة أيام من توقيفه يوم الأربعاء الماضي", 1, "other"),
  ("chp_primary_0323", "l03_imamoglu_0324", "وصوّت أعضاء حزب الشعب الجمهوري، الأحد أيضاً، في انتخابات تمهيدية", 1, "other"),
  ("mass_arrests_0319", "l03_imamoglu_0324", "واعتقلت الشرطة منذ بدء الاحتجاجات أكثر من 1100 شخص", 1, "other"),
  # m01 (TAP)
  ("saied_win_1007", "m01_tunisia_1007", "هيئة الانتخابات تعلن فوز قيس سعيد بعهدة ثانية", 1, "other"),
  ("saied_win_1007", "m01_tunisia_1007", "أعلنت الهيئة العليا المستقلة للانتخابات، مساء اليوم الاثنين، النتائج الأولية", 1, "other"),
  ("tunisia_election_1006", "m01_tunisia_1007", "للانتخابات الرئاسية التي جرت أمس الأحد", 1, "other"),
  # m02 (Asharq Al-Awsat)
  ("saied_win_1007", "m02_tunisia_1008", "قيس سعيّد يفوز بولاية ثانية", 1, "other"),
  ("saied_win_1007", "m02_tunisia_1008", "فاز الرئيس التونسي قيس سعيد، كما كان متوقعاً، بولاية رئاسية ثانية", 1, "other"),
  ("saied_win_1007", "m02_tunisia_1008", "بحسب النتائج التي أعلنتها هيئة الانتخابات مساء أمس (الاثنين)", 1, "other"),
  ("supporters_celebrate_1006", "m02_tunisia_1008", "وكان أنصار سعيد قد احتفلوا بالفوز في شارع الحبيب بورقيبة ليل الأحد", 1, "other"),
  ("zammel_arrest_0902", "m02_tunisia_1008", "منذ توقيفه في سبتمبر الماضي", 1, "other"),
  # m03 (APS)
  ("tebboune_congratulates_1009", "m03_tunisia_1009", "تبون يهنئ سعيد بإعادة انتخابه", 1, "statement"),
  ("tebboune_congratulates_1009", "m03_tunisia_1009", "هنأ رئيس الجمهورية عبد المجيد تبون، اليوم الأربعاء، في برقية", 1, "statement"),
  ("tebboune_congratulates_1009", "m03_tunisia_1009", "وتأتي التهنئة بعد يومين", 1, "statement"),
  ("saied_win_1007", "m03_tunisia_1009", "من إعلان النتائج الأولية للرئاسيات التونسية يوم الاثنين", 1, "other"),
  # n01 (SPA)
  ("sharaa_mbs_0202", "n01_sharaa_0202", "سمو ولي العهد يستقبل الرئيس السوري", 1, "meeting"),
  ("sharaa_mbs_0202", "n01_sharaa_0202", "استقبل صاحب السمو الملكي الأمير محمد بن سلمان", 1, "meeting"),
  ("sharaa_mbs_0202", "n01_sharaa_0202", "وجرى خلال الاستقبال استعراض العلاقات", 1, "meeting"),
  # n02 (SANA)
  ("sharaa_arrival_0202", "n02_sharaa_0202", "الرئيس الشرع يصل إلى الرياض", 1, "meeting"),
  ("sharaa_arrival_0202", "n02_sharaa_0202", "وصل رئيس الجمهورية العربية السورية أحمد الشرع والسيدة الأولى، اليوم", 1, "meeting"),
  # n03 (Al-Quds Al-Arabi)
  ("sharaa_mbs_0202", "n03_sharaa_0203", "الشرع يبحث مع بن سلمان رفع العقوبات", 1, "meeting"),
  ("sharaa_mbs_0202", "n03_sharaa_0203", "بحث الرئيس السوري أحمد الشرع مع ولي العهد السعودي", 1, "meeting"),
  ("sharaa_statement_0202", "n03_sharaa_0203", "وقال الشرع في بيان", 1, "statement"),
  ("sharaa_mbs_0202", "n03_sharaa_0203", "بعد اللقاء الذي جمعه بولي العهد", 1, "meeting"),
  ("sharaa_arrival_0202", "n03_sharaa_0203", "وتأتي الزيارة بعد أيام", 1, "meeting"),
  ("sharaa_appointed_0129", "n03_sharaa_0203", "إعلان تعيين الشرع رئيساً للمرحلة الانتقالية في 29 يناير", 1, "other"),
  # o01 (France 24)
  ("france_evacuation_0801", "o01_niger_0801", "فرنسا تبدأ إجلاء رعاياها من النيجر", 1, "other"),
  ("france_evacuation_0801", "o01_niger_0801", "بدأت فرنسا، اليوم الثلاثاء، إجلاء رعاياها", 1, "other"),
  ("niger_coup_0726", "o01_niger_0801", "بعد نحو أسبوع من الانقلاب الذي أطاح بالرئيس محمد بازوم", 1, "other"),
  ("first_takeoff_0801", "o01_niger_0801", "وأقلعت أول طائرة عسكرية من نيامي مساء اليوم", 1, "other"),
  ("niger_coup_0726", "o01_niger_0801", "وكان عسكريون قد احتجزوا بازوم في القصر الرئاسي في 26 يوليو", 1, "other"),
  # o02 (Al Jazeera)
  ("first_landing_0802", "o02_niger_0802", "أول طائرة إجلاء تحط في باريس", 1, "other"),
  ("first_landing_0802", "o02_niger_0802", "حطت في مطار رواسي شارل ديغول قرب باريس، فجر اليوم الأربعاء", 1, "other"),
  ("france_evacuation_0801", "o02_niger_0802", "وأجلت فرنسا في الرحلة الأولى 262 شخصاً", 1, "other"),
  ("colonna_statement_0802", "o02_niger_0802", "وقالت وزيرة الخارجية كاترين كولونا", 1, "statement"),
  # o03 (Asharq Al-Awsat)
  ("france_evacuation_0801", "o03_niger_0803", "أجلت فرنسا وإيطاليا وإسبانيا مئات الرعايا من النيجر، منذ الثلاثاء", 1, "other"),
  ("niger_coup_0726", "o03_niger_0803", "بعد أسبوع من الانقلاب العسكري", 1, "other"),
  ("france_evacuation_0801", "o03_niger_0803", "عمليات الإجلاء التي بدأت الثلاثاء", 1, "other"),
  # p01 (MAP)
  ("royal_pardon_0729", "p01_pardon_0729", "جلالة الملك يصدر عفوه السامي على 2476 شخصاً", 1, "other"),
  ("royal_pardon_0729", "p01_pardon_0729", "أصدر صاحب الجلالة الملك محمد السادس، اليوم الاثنين، عفوه السامي", 1, "other"),
  ("justice_statement_0729", "p01_pardon_0729", "وأفاد بلاغ لوزارة العدل", 1, "statement"),
  # p02 (AFP)
  ("journalists_release_0729", "p02_pardon_0730", "الإفراج عن صحفيين مغاربة بعفو ملكي", 1, "other"),
  ("journalists_release_0729", "p02_pardon_0730", "أفرجت السلطات المغربية، مساء الاثنين، عن الصحفيين", 1, "other"),
  ("royal_pardon_0729", "p02_pardon_0730", "بعد ساعات من عفو ملكي شملهما", 1, "other"),
  ("journalists_release_0729", "p02_pardon_0730", "وغادر الراضي سجن تيفلت", 1, "other"),
  ("radi_arrest_2020", "p02_pardon_0730", "وكان الراضي قد اعتقل في يوليو 2020", 1, "other"),
  # p03 (Al-Araby Al-Jadeed)
  ("royal_pardon_0729", "p03_pardon_0731", "العفو الملكي يطوي ملف الصحفيين المعتقلين", 1, "other"),
  ("journalists_release_0729", "p03_pardon_0731", "أطلقت السلطات المغربية، يوم الاثنين الماضي، سراح الصحفيين", 1, "other"),
  ("royal_pardon_0729", "p03_pardon_0731", "بعد العفو الذي أصدره العاهل المغربي بمناسبة عيد العرش", 1, "other"),
  ("rsf_statement_0730", "p03_pardon_0731", "ورحبت منظمة مراسلون بلا حدود بالقرار", 1, "statement"),
  ("amnesty_statement_0730", "p03_pardon_0731", "فيما طالبت منظمة العفو الدولية بالإفراج", 1, "statement"),
  ("raissouni_statement_0729", "p03_pardon_0731", "وقال الريسوني للصحفيين إنه", 1, "statement"),
  # q01 (INA)
  ("iraq_expels_0720", "q01_sweden_0720", "العراق يطرد السفيرة السويدية", 1, "other"),
  ("iraq_expels_0720", "q01_sweden_0720", "قررت الحكومة العراقية، اليوم الخميس، طرد السفيرة السويدية", 1, "other"),
  ("embassy_stormed_0720", "q01_sweden_0720", "اقتحام محتجين مقر السفارة السويدية في بغداد فجر اليوم", 1, "other"),
  # q02 (KUNA)
  ("kuwait_summons_0721", "q02_sweden_0721", "الكويت تستدعي القائم بالأعمال السويدي", 1, "other"),
  ("kuwait_summons_0721", "q02_sweden_0721", "استدعت وزارة الخارجية، اليوم الجمعة، القائم بأعمال سفارة", 1, "other"),
  ("kuwait_summons_0629", "q02_sweden_0721", "وكانت الوزارة قد استدعت السفير السويدي للغرض نفسه في 29 يونيو الماضي", 1, "other"),
  # q03 (Al-Arab, London)
  ("iraq_expels_0720", "q03_sweden_0721", "بغداد تطرد السفيرة", 1, "other"),
  ("iraq_expels_0720", "q03_sweden_0721", "طردت الحكومة العراقية، أمس الخميس، السفيرة السويدية", 1, "other"),
  ("sweden_statement_0720", "q03_sweden_0721", "وأدانت الخارجية السويدية", 1, "statement"),
  ("embassy_stormed_0720", "q03_sweden_0721", "اقتحام سفارتها في بغداد وإحراقها فجر الخميس", 1, "other"),
  ("sweden_summons_0720", "q03_sweden_0721", "واستدعت القائم بالأعمال العراقي في ستوكهولم", 1, "other"),
 ],
 diff=[
  ("georgia_vote_0514", "georgia_veto_0518"), ("georgia_protest_0514", "georgia_protest_0518"),
  ("constitution_sealed_0817", "constitution_2014"), ("constitution_sealed_0817", "referendum_results_0816"),
  ("palestine_icc_0401", "abbas_signed_1231"), ("morocco_strike_0205", "councillors_vote_0203"),
  ("opec_extension_0604", "saudi_cut_0604"), ("saudi_cut_0604", "april_cut_2023"),
  ("khalifa_death_0513", "mbz_elected_0514"), ("hassan_tasked_0915", "hassan_oath_0918"),
  ("imamoglu_detained_0319", "imamoglu_jailed_0323"), ("royal_pardon_0729", "journalists_release_0729"),
  ("kuwait_summons_0721", "kuwait_summons_0629"), ("iraq_expels_0720", "embassy_stormed_0720"),
  ("france_evacuation_0801", "niger_coup_0726"),
 ],
 before=[
  ("georgia_withdrawn_2023", "georgia_vote_0514"), ("georgia_vote_0514", "georgia_veto_0518"),
  ("referendum_0725", "referendum_results_0816"), ("referendum_results_0816", "constitution_sealed_0817"),
  ("constitution_2014", "referendum_0725"), ("abbas_signed_1231", "icc_deposit_0102"),
  ("icc_deposit_0102", "palestine_icc_0401"), ("councillors_vote_0203", "morocco_strike_0205"),
  ("april_cut_2023", "saudi_cut_0604"), ("saudi_cut_0604", "oil_rise_0605"),
  ("turkey_quake_0206", "sisi_erdogan_call_0207"), ("doha_handshake_1120", "sisi_erdogan_call_0207"),
  ("khalifa_death_0513", "mbz_elected_0514"), ("mbz_elected_0514", "sisi_congratulates_0515"),
  ("khalifa_presidency_2004", "khalifa_death_0513"), ("jeju_crash_1229", "inspection_order_1230"),
  ("pylos_sinking_0614", "smugglers_arrest_0615"), ("jordan_election_0910", "hassan_tasked_0915"),
  ("hassan_tasked_0915", "hassan_oath_0918"), ("degree_annulled_0318", "imamoglu_detained_0319"),
  ("imamoglu_detained_0319", "imamoglu_jailed_0323"), ("tunisia_election_1006", "saied_win_1007"),
  ("saied_win_1007", "tebboune_congratulates_1009"), ("sharaa_appointed_0129", "sharaa_mbs_0202"),
  ("niger_coup_0726", "france_evacuation_0801"), ("radi_arrest_2020", "royal_pardon_0729"),
  ("zammel_arrest_0902", "tunisia_election_1006"), ("khasawneh_office_2020", "khasawneh_resigned_0915"),
  ("kuwait_summons_0629", "kuwait_summons_0721"), ("iraq_expels_0720", "kuwait_summons_0721"),
 ],
)
