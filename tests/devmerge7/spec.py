"""Gold events for tests/devmerge7, part A (a development set; format as ../devmerge3/spec.py).

  clusters: cluster -> dict(type, tight, outer): the real date (tight) and what the texts
            still allow (outer).
  events rows: (cluster, doc, surface, occurrence, type): the clause carrying the trigger,
            or the reference (a definite noun, a statement's content) that names it.
  diff:   cluster pairs of one type that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts (phases of one day included).
Time expressions are not annotated here (``timex`` is empty): the set scores events only.
Part B (other stories, other outlets) is ``partb/spec.py``.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "a1_rawda_1124": "2017-11-24T18:00:00+02:00",
 "a2_rawda_1125": "2017-11-25",
 "a3_rawda_1126": "2017-11-26",
 "a4_rawda_1201": "2017-12-01",
 "b1_kuwait_0626": "2015-06-26T21:00:00+03:00",
 "b2_kuwait_0627": "2015-06-27",
 "b3_kuwait_0628": "2015-06-28",
 "c1_iraq_1129": "2019-11-29T15:00:00+03:00",
 "c2_iraq_1130": "2019-11-30",
 "c3_iraq_1201": "2019-12-01",
 "c4_iraq_1202": "2019-12-02",
 "d1_mali_0819": "2020-08-19T09:00:00+00:00",
 "d2_mali_0820": "2020-08-20",
 "d3_mali_0821": "2020-08-21",
 "e1_sisi_0608": "2014-06-08T13:00:00+02:00",
 "e2_sisi_0609": "2014-06-09",
 "e3_sisi_0610": "2014-06-10",
 "f1_saleh_1204": "2017-12-04T17:00:00+03:00",
 "f2_saleh_1205": "2017-12-05",
 "f3_saleh_1206": "2017-12-06",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # al-Rawda mosque, Bir al-Abd, North Sinai: the attack, the mourning, Sisi's security meeting,
  # al-Azhar, Sisi's address (the vow), the air strikes, Trump, the prosecutor, Hegazy tasked,
  # the prayers resumed a week later
  "rawda_attack_1124": C(type="strike", tight=D("2017-11-24"), outer=D("2017-11-24")),
  "rawda_mourning_1124": C(type="other", tight=D("2017-11-24"), outer=D("2017-11-24")),
  "sisi_security_meeting_1124": C(type="meeting", tight=D("2017-11-24"), outer=D("2017-11-24")),
  "azhar_condemns_1124": C(type="statement", tight=D("2017-11-24"), outer=D("2017-11-24")),
  "sisi_address_1124": C(type="statement", tight=D("2017-11-24"), outer=D("2017-11-24")),
  "egypt_airstrikes_1124": C(type="strike", tight=D("2017-11-24"), outer=D("2017-11-24", "2017-11-25")),
  "trump_condemns_1124": C(type="statement", tight=D("2017-11-24"), outer=D("2017-11-24", "2017-11-25")),
  "prosecutor_statement_1125": C(type="statement", tight=D("2017-11-25"), outer=D("2017-11-25")),
  "hegazy_tasked_1129": C(type="other", tight=D("2017-11-29"), outer=D("2017-11-29")),
  "rawda_prayers_resume_1201": C(type="other", tight=D("2017-12-01"), outer=D("2017-12-01")),
  # Kuwait, Imam al-Sadiq mosque: the bombing, the Emir at the site, the cabinet's extraordinary
  # meeting (the body, its chairman, "the government"), the claim, Saudi Arabia, Sousse the same
  # day, the funeral, the driver's arrest
  "kuwait_bombing_0626": C(type="strike", tight=D("2015-06-26"), outer=D("2015-06-26")),
  "emir_visits_site_0626": C(type="other", tight=D("2015-06-26"), outer=D("2015-06-26")),
  "kuwait_cabinet_0626": C(type="meeting", tight=D("2015-06-26"), outer=D("2015-06-26")),
  "kuwait_claim_0626": C(type="statement", tight=D("2015-06-26"), outer=D("2015-06-26")),
  "saudi_condemns_0626": C(type="statement", tight=D("2015-06-26"), outer=D("2015-06-26", "2015-06-27")),
  "sousse_attack_0626": C(type="strike", tight=D("2015-06-26"), outer=D("2015-06-26")),
  "kuwait_funeral_0627": C(type="other", tight=D("2015-06-27"), outer=D("2015-06-27")),
  "driver_arrested_0627": C(type="other", tight=D("2015-06-27"), outer=D("2015-06-27")),
  # Iraq: protesters killed in Nasiriyah, Sistani's call, Abdul Mahdi's announcement, Tahrir
  # celebrates, the cabinet's extraordinary session (chaired by him), parliament accepts
  "protesters_killed_1128": C(type="other", tight=D("2019-11-28"), outer=D("2019-11-28")),
  "sistani_call_1129": C(type="statement", tight=D("2019-11-29"), outer=D("2019-11-29")),
  "abdulmahdi_statement_1129": C(type="statement", tight=D("2019-11-29"), outer=D("2019-11-29")),
  "tahrir_celebrates_1129": C(type="other", tight=D("2019-11-29"), outer=D("2019-11-29")),
  "iraq_cabinet_1130": C(type="meeting", tight=D("2019-11-30"), outer=D("2019-11-30")),
  "parliament_accepts_1201": C(type="other", tight=D("2019-12-01"), outer=D("2019-12-01")),
  # Mali: Keita arrested, his resignation near midnight, the junta's statement, ECOWAS condemns
  # and closes its borders, the AU suspends Mali, the Security Council, the ECOWAS summit
  "keita_arrested_0818": C(type="other", tight=D("2020-08-18"), outer=D("2020-08-18")),
  "keita_resigns_0818": C(type="other", tight=D("2020-08-18"), outer=D("2020-08-18", "2020-08-19")),
  "junta_statement_0819": C(type="statement", tight=D("2020-08-19"), outer=D("2020-08-19")),
  "ecowas_condemns_0818": C(type="statement", tight=D("2020-08-18"), outer=D("2020-08-18")),
  "ecowas_borders_0818": C(type="other", tight=D("2020-08-18"), outer=D("2020-08-18")),
  "au_suspends_0819": C(type="other", tight=D("2020-08-19"), outer=D("2020-08-19")),
  "unsc_meeting_0819": C(type="meeting", tight=D("2020-08-19"), outer=D("2020-08-19")),
  "ecowas_summit_0820": C(type="meeting", tight=D("2020-08-20"), outer=D("2020-08-20")),
  # Sisi's inauguration: Mansour's farewell, the oath, the handover at al-Ittihadiya, the speech
  # at al-Qubba, Mahlab's resignation and his new task the next day
  "mansour_farewell_0607": C(type="statement", tight=D("2014-06-07"), outer=D("2014-06-07")),
  "sisi_oath_0608": C(type="other", tight=D("2014-06-08"), outer=D("2014-06-08")),
  "sisi_handover_0608": C(type="other", tight=D("2014-06-08"), outer=D("2014-06-08")),
  "sisi_speech_0608": C(type="statement", tight=D("2014-06-08"), outer=D("2014-06-08")),
  "mahlab_resigns_0609": C(type="other", tight=D("2014-06-09"), outer=D("2014-06-09")),
  "mahlab_tasked_0609": C(type="other", tight=D("2014-06-09"), outer=D("2014-06-09")),
  # Saleh: his call of Saturday, his killing, Hadi's address, the coalition's strikes, al-Houthi's
  # speech, his son's vow
  "saleh_call_1202": C(type="statement", tight=D("2017-12-02"), outer=D("2017-12-02")),
  "saleh_killed_1204": C(type="other", tight=D("2017-12-04"), outer=D("2017-12-04")),
  "hadi_address_1204": C(type="statement", tight=D("2017-12-04"), outer=D("2017-12-04")),
  "coalition_strikes_1204": C(type="strike", tight=D("2017-12-04"), outer=D("2017-12-04", "2017-12-05")),
  "houthi_speech_1204": C(type="statement", tight=D("2017-12-04"), outer=D("2017-12-04")),
  "ahmed_vow_1205": C(type="statement", tight=D("2017-12-05"), outer=D("2017-12-05")),
 },
 events=[
  # a1
  ("rawda_attack_1124", "a1_rawda_1124", "في هجوم إرهابي استهدف مسجد الروضة بقرية الروضة غرب مدينة العريش في شمال سيناء ظهر اليوم الجمعة", 1, "strike"),
  ("rawda_mourning_1124", "a1_rawda_1124", "وأعلنت رئاسة الجمهورية الحداد العام في البلاد لمدة ثلاثة أيام", 1, "other"),
  ("sisi_security_meeting_1124", "a1_rawda_1124", "وعقد الرئيس عبد الفتاح السيسي اجتماعا أمنيا طارئا بمقر رئاسة الجمهورية", 1, "meeting"),
  ("azhar_condemns_1124", "a1_rawda_1124", "وأدان الأزهر الشريف الهجوم", 1, "statement"),
  # a2
  ("sisi_address_1124", "a2_rawda_1125", "السيسي يتوعد بـ«القوة الغاشمة»", 1, "statement"),
  ("rawda_attack_1124", "a2_rawda_1125", "مجزرة مسجد الروضة", 1, "strike"),
  ("rawda_attack_1124", "a2_rawda_1125", "في هجوم بالقنابل والأسلحة النارية شنه مسلحون على مسجد مكتظ بالمصلين في شمال سيناء أمس", 1, "strike"),
  ("sisi_address_1124", "a2_rawda_1125", "وألقى الرئيس المصري عبد الفتاح السيسي كلمة متلفزة مساء أمس", 1, "statement"),
  ("egypt_airstrikes_1124", "a2_rawda_1125", "وشنت القوات الجوية المصرية ليل أمس غارات على بؤر إرهابية", 1, "strike"),
  ("trump_condemns_1124", "a2_rawda_1125", "ودان الرئيس الأميركي دونالد ترامب الهجوم في تغريدة", 1, "statement"),
  # a3
  ("prosecutor_statement_1125", "a3_rawda_1126", "أعلن النائب العام المستشار نبيل صادق أمس السبت ارتفاع عدد ضحايا", 1, "statement"),
  ("rawda_attack_1124", "a3_rawda_1126", "الهجوم الإرهابى على مسجد الروضة", 1, "strike"),
  ("prosecutor_statement_1125", "a3_rawda_1126", "وقال النائب العام فى بيان", 1, "statement"),
  ("rawda_attack_1124", "a3_rawda_1126", "الحادث الإرهابى الذى وقع ظهر الجمعة", 1, "strike"),
  ("sisi_address_1124", "a3_rawda_1126", "وكان الرئيس السيسى قد توعد مساء الجمعة بالرد بالقوة الغاشمة", 1, "statement"),
  # a4
  ("rawda_attack_1124", "a4_rawda_1201", "مجزرة الروضة", 1, "strike"),
  ("rawda_prayers_resume_1201", "a4_rawda_1201", "عاد المصلون اليوم إلى مسجد الروضة لأداء صلاة الجمعة", 1, "other"),
  ("rawda_attack_1124", "a4_rawda_1201", "الهجوم الذي استهدف المصلين في المسجد الأسبوع الماضي", 1, "strike"),
  ("hegazy_tasked_1129", "a4_rawda_1201", "وكان الرئيس عبد الفتاح السيسي قد كلف يوم الأربعاء الماضي رئيس أركان حرب القوات المسلحة الفريق محمد فريد حجازي", 1, "other"),
  ("prosecutor_statement_1125", "a4_rawda_1201", "وكان النائب العام قد أعلن يوم السبت الماضي ارتفاع عدد الضحايا", 1, "statement"),
  # b1
  ("kuwait_bombing_0626", "b1_kuwait_0626", "في تفجير انتحاري استهدف مسجد الإمام الصادق في منطقة الصوابر أثناء صلاة الجمعة اليوم", 1, "strike"),
  ("emir_visits_site_0626", "b1_kuwait_0626", "وتفقد حضرة صاحب السمو أمير البلاد الشيخ صباح الأحمد الجابر الصباح موقع التفجير", 1, "other"),
  ("kuwait_cabinet_0626", "b1_kuwait_0626", "وعقد مجلس الوزراء اجتماعا استثنائيا عصر اليوم برئاسة سمو الشيخ جابر المبارك الحمد الصباح", 1, "meeting"),
  ("kuwait_claim_0626", "b1_kuwait_0626", "وأعلن تنظيم «داعش» مسؤوليته عن التفجير", 1, "statement"),
  # b2
  ("saudi_condemns_0626", "b2_kuwait_0627", "دانت المملكة العربية السعودية التفجير الإرهابي", 1, "statement"),
  ("kuwait_bombing_0626", "b2_kuwait_0627", "التفجير الإرهابي الذي استهدف مسجد الإمام الصادق في دولة الكويت أمس الجمعة", 1, "strike"),
  ("kuwait_cabinet_0626", "b2_kuwait_0627", "وترأس سمو الشيخ جابر المبارك الحمد الصباح رئيس مجلس الوزراء الكويتي اجتماعا استثنائيا أمس", 1, "meeting"),
  ("sousse_attack_0626", "b2_kuwait_0627", "قتل 38 شخصا أمس في هجوم مسلح على فندق في مدينة سوسة السياحية", 1, "strike"),
  # b3
  ("kuwait_funeral_0627", "b3_kuwait_0628", "شيع الكويتيون أمس السبت ضحايا تفجير مسجد الإمام الصادق", 1, "other"),
  ("kuwait_funeral_0627", "b3_kuwait_0628", "بعد أن أدى أمير الكويت الشيخ صباح الأحمد صلاة الجنازة عليهم في المسجد الكبير", 1, "other"),
  ("driver_arrested_0627", "b3_kuwait_0628", "وأعلنت وزارة الداخلية أمس القبض على سائق السيارة", 1, "other"),
  ("kuwait_cabinet_0626", "b3_kuwait_0628", "وكانت الحكومة الكويتية قد عقدت اجتماعا طارئا الجمعة", 1, "meeting"),
  ("kuwait_bombing_0626", "b3_kuwait_0628", "الهجوم الذي وقع يوم الجمعة في منطقة الصوابر", 1, "strike"),
  ("kuwait_claim_0626", "b3_kuwait_0628", "وتبنى تنظيم «ولاية نجد» التابع لـ«داعش» التفجير", 1, "statement"),
  # c1
  ("abdulmahdi_statement_1129", "c1_iraq_1129", "قال رئيس الوزراء العراقي عادل عبد المهدي اليوم الجمعة إنه سيقدم استقالته إلى البرلمان", 1, "statement"),
  ("abdulmahdi_statement_1129", "c1_iraq_1129", "وجاء إعلان عبد المهدي", 1, "statement"),
  ("sistani_call_1129", "c1_iraq_1129", "دعوة المرجع الشيعي الأعلى علي السيستاني البرلمان إلى إعادة النظر في دعمه للحكومة", 1, "statement"),
  ("protesters_killed_1128", "c1_iraq_1129", "وقتلت قوات الأمن أكثر من 40 محتجا يوم الخميس في مدينتي الناصرية والنجف", 1, "other"),
  # c2
  ("abdulmahdi_statement_1129", "c2_iraq_1130", "أعلن رئيس الوزراء العراقي عادل عبد المهدي، أمس الجمعة، عزمه تقديم استقالته", 1, "statement"),
  ("sistani_call_1129", "c2_iraq_1130", "ودعا المرجع الديني علي السيستاني في خطبة الجمعة", 1, "statement"),
  ("tahrir_celebrates_1129", "c2_iraq_1130", "واحتفل المحتجون في ساحة التحرير وسط بغداد مساء أمس", 1, "other"),
  # c3
  ("iraq_cabinet_1130", "c3_iraq_1201", "عقد مجلس الوزراء العراقي جلسة استثنائية أمس السبت", 1, "meeting"),
  ("protesters_killed_1128", "c3_iraq_1201", "بعد مقتل عشرات المتظاهرين في الناصرية يوم الخميس", 1, "other"),
  # c4
  ("parliament_accepts_1201", "c4_iraq_1202", "صوت مجلس النواب العراقى أمس الأحد على قبول استقالة حكومة عادل عبد المهدى", 1, "other"),
  ("iraq_cabinet_1130", "c4_iraq_1202", "وكان عبد المهدى قد ترأس السبت جلسة استثنائية لمجلس الوزراء", 1, "meeting"),
  ("abdulmahdi_statement_1129", "c4_iraq_1202", "عقب إعلانه يوم الجمعة الماضى عزمه الاستقالة", 1, "statement"),
  # d1
  ("keita_resigns_0818", "d1_mali_0819", "أعلن رئيس مالي إبراهيم أبو بكر كيتا استقالته ليل الثلاثاء الأربعاء", 1, "other"),
  ("keita_arrested_0818", "d1_mali_0819", "بعد ساعات من اعتقاله على أيدي عسكريين متمردين", 1, "other"),
  ("junta_statement_0819", "d1_mali_0819", "وأعلن العسكريون فجر اليوم الأربعاء في بيان تلاه المتحدث باسمهم الكولونيل إسماعيل واغي", 1, "statement"),
  ("ecowas_condemns_0818", "d1_mali_0819", "ودانت المجموعة الاقتصادية لدول غرب أفريقيا «إيكواس» مساء الثلاثاء الانقلاب", 1, "statement"),
  ("ecowas_borders_0818", "d1_mali_0819", "وأعلنت إغلاق حدود دولها مع مالي", 1, "other"),
  # d2
  ("au_suspends_0819", "d2_mali_0820", "علق الاتحاد الأفريقى أمس الأربعاء عضوية مالى", 1, "other"),
  ("keita_resigns_0818", "d2_mali_0820", "عقب استقالة الرئيس إبراهيم بوبكر كيتا ليل الثلاثاء", 1, "other"),
  ("keita_arrested_0818", "d2_mali_0820", "واعتقل جنود متمردون كيتا ورئيس وزرائه بوبو سيسيه بعد ظهر الثلاثاء", 1, "other"),
  ("unsc_meeting_0819", "d2_mali_0820", "وعقد مجلس الأمن الدولى أمس جلسة طارئة مغلقة", 1, "meeting"),
  # d3
  ("ecowas_summit_0820", "d3_mali_0821", "في قمة عقدوها عبر الفيديو أمس (الخميس)", 1, "meeting"),
  ("keita_resigns_0818", "d3_mali_0821", "وكان العسكريون قد أجبروا كيتا على الاستقالة مساء الثلاثاء الماضي", 1, "other"),
  ("keita_arrested_0818", "d3_mali_0821", "بعد أن اعتقلوه مع رئيس الوزراء", 1, "other"),
  ("ecowas_borders_0818", "d3_mali_0821", "وكانت «إيكواس» قد أعلنت (الثلاثاء) إغلاق حدود دولها مع مالي", 1, "other"),
  # e1
  ("sisi_oath_0608", "e1_sisi_0608", "أدى المشير عبد الفتاح السيسي اليمين الدستورية رئيسا للجمهورية أمام الجمعية العامة للمحكمة الدستورية العليا صباح اليوم الأحد", 1, "other"),
  ("sisi_oath_0608", "e1_sisi_0608", "بعد أداء اليمين", 1, "other"),
  ("sisi_handover_0608", "e1_sisi_0608", "حيث يتسلم السلطة من الرئيس المؤقت المستشار عدلي منصور", 1, "other"),
  ("sisi_speech_0608", "e1_sisi_0608", "ويلقي الرئيس كلمة في احتفال بقصر القبة مساء اليوم", 1, "statement"),
  # e2
  ("sisi_handover_0608", "e2_sisi_0609", "تسلم الرئيس المصري عبد الفتاح السيسي أمس السلطة رسميا من سلفه عدلي منصور في قصر الاتحادية", 1, "other"),
  ("sisi_oath_0608", "e2_sisi_0609", "بعد أدائه اليمين الدستورية أمام المحكمة الدستورية العليا", 1, "other"),
  ("sisi_speech_0608", "e2_sisi_0609", "وقال السيسي في خطاب ألقاه مساء أمس في قصر القبة", 1, "statement"),
  ("mansour_farewell_0607", "e2_sisi_0609", "وكان منصور قد ألقى مساء أول أمس السبت كلمة وداعية", 1, "statement"),
  # e3
  ("mahlab_tasked_0609", "e3_sisi_0610", "كلف الرئيس المصري عبد الفتاح السيسي أمس الاثنين المهندس إبراهيم محلب بتشكيل الحكومة الجديدة", 1, "other"),
  ("mahlab_resigns_0609", "e3_sisi_0610", "بعد أن قدم محلب استقالة حكومته صباح أمس", 1, "other"),
  ("sisi_oath_0608", "e3_sisi_0610", "وكان السيسي قد أدى اليمين الدستورية الأحد رئيسا لمصر", 1, "other"),
  # f1
  ("saleh_killed_1204", "f1_saleh_1204", "أعلن المتمردون الحوثيون اليوم الاثنين مقتل الرئيس اليمني السابق علي عبد الله صالح", 1, "other"),
  ("saleh_call_1202", "f1_saleh_1204", "وكان صالح قد دعا السبت إلى فتح «صفحة جديدة» مع التحالف", 1, "statement"),
  # f2
  ("hadi_address_1204", "f2_saleh_1205", "دعا الرئيس اليمني عبد ربه منصور هادي في كلمة متلفزة أمس الاثنين اليمنيين إلى الانتفاضة", 1, "statement"),
  ("saleh_killed_1204", "f2_saleh_1205", "عقب مقتل الرئيس السابق علي عبد الله صالح على أيدي الميليشيات أمس", 1, "other"),
  ("coalition_strikes_1204", "f2_saleh_1205", "وشنت مقاتلات التحالف غارات على مواقع الحوثيين في صنعاء ليل أمس", 1, "strike"),
  # f3
  ("ahmed_vow_1205", "f3_saleh_1206", "توعد أحمد علي عبد الله صالح أمس الثلاثاء بالثأر لوالده", 1, "statement"),
  ("saleh_killed_1204", "f3_saleh_1206", "الذي قتله الحوثيون الاثنين قرب صنعاء", 1, "other"),
  ("houthi_speech_1204", "f3_saleh_1206", "وكان زعيم الحوثيين عبد الملك الحوثي قد وصف في خطاب مساء الاثنين", 1, "statement"),
  ("saleh_killed_1204", "f3_saleh_1206", "وجاء مقتل صالح", 1, "other"),
  ("saleh_call_1202", "f3_saleh_1206", "بعد يومين من إعلانه فك الشراكة مع الحوثيين", 1, "statement"),
 ],
 diff=[
  ("rawda_attack_1124", "egypt_airstrikes_1124"),
  ("azhar_condemns_1124", "trump_condemns_1124"),
  ("sisi_address_1124", "azhar_condemns_1124"),
  ("sisi_address_1124", "trump_condemns_1124"),
  ("sisi_address_1124", "prosecutor_statement_1125"),
  ("rawda_mourning_1124", "hegazy_tasked_1129"),
  ("kuwait_bombing_0626", "sousse_attack_0626"),
  ("kuwait_claim_0626", "saudi_condemns_0626"),
  ("kuwait_funeral_0627", "driver_arrested_0627"),
  ("emir_visits_site_0626", "kuwait_funeral_0627"),
  ("abdulmahdi_statement_1129", "sistani_call_1129"),
  ("protesters_killed_1128", "tahrir_celebrates_1129"),
  ("tahrir_celebrates_1129", "parliament_accepts_1201"),
  ("keita_arrested_0818", "keita_resigns_0818"),
  ("ecowas_condemns_0818", "junta_statement_0819"),
  ("keita_resigns_0818", "ecowas_borders_0818"),
  ("au_suspends_0819", "ecowas_borders_0818"),
  ("unsc_meeting_0819", "ecowas_summit_0820"),
  ("sisi_oath_0608", "sisi_handover_0608"),
  ("mahlab_resigns_0609", "mahlab_tasked_0609"),
  ("sisi_speech_0608", "mansour_farewell_0607"),
  ("hadi_address_1204", "houthi_speech_1204"),
  ("hadi_address_1204", "ahmed_vow_1205"),
  ("saleh_call_1202", "houthi_speech_1204"),
 ],
 before=[
  ("rawda_attack_1124", "egypt_airstrikes_1124"),
  ("rawda_attack_1124", "sisi_address_1124"),
  ("rawda_attack_1124", "prosecutor_statement_1125"),
  ("prosecutor_statement_1125", "hegazy_tasked_1129"),
  ("hegazy_tasked_1129", "rawda_prayers_resume_1201"),
  ("kuwait_bombing_0626", "emir_visits_site_0626"),
  ("kuwait_bombing_0626", "kuwait_cabinet_0626"),
  ("kuwait_bombing_0626", "kuwait_funeral_0627"),
  ("protesters_killed_1128", "sistani_call_1129"),
  ("sistani_call_1129", "abdulmahdi_statement_1129"),
  ("abdulmahdi_statement_1129", "iraq_cabinet_1130"),
  ("iraq_cabinet_1130", "parliament_accepts_1201"),
  ("keita_arrested_0818", "keita_resigns_0818"),
  ("keita_resigns_0818", "junta_statement_0819"),
  ("keita_resigns_0818", "au_suspends_0819"),
  ("unsc_meeting_0819", "ecowas_summit_0820"),
  ("mansour_farewell_0607", "sisi_oath_0608"),
  ("sisi_oath_0608", "sisi_handover_0608"),
  ("sisi_handover_0608", "sisi_speech_0608"),
  ("mahlab_resigns_0609", "mahlab_tasked_0609"),
  ("saleh_call_1202", "saleh_killed_1204"),
  ("saleh_killed_1204", "hadi_address_1204"),
  ("saleh_killed_1204", "ahmed_vow_1205"),
 ],
)
