"""Gold events for tests/devmerge6, part A (a development set; format as ../devmerge3/spec.py).

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
 "a1_ms804_0519": "2016-05-19T11:00:00+02:00",
 "a2_ms804_0520": "2016-05-20",
 "a3_ms804_0521": "2016-05-21",
 "a4_ms804_0617": "2016-06-17",
 "b1_baghdadi_1027": "2019-10-27T18:00:00+03:00",
 "b2_baghdadi_1028": "2019-10-28",
 "b3_baghdadi_1101": "2019-11-01",
 "c1_sudan_0411": "2019-04-11T15:00:00+02:00",
 "c2_sudan_0412": "2019-04-12",
 "c3_sudan_0414": "2019-04-14",
 "d1_morsi_0617": "2019-06-17T19:00:00+02:00",
 "d2_morsi_0618": "2019-06-18T12:00:00+03:00",
 "d3_morsi_0619": "2019-06-19",
 "e1_abqaiq_0914": "2019-09-14T10:00:00+03:00",
 "e2_abqaiq_0915": "2019-09-15",
 "e3_abqaiq_0918": "2019-09-18",
 "f1_fahd_0801": "2005-08-01T12:00:00+03:00",
 "f2_fahd_0802": "2005-08-02",
 "f3_fahd_0804": "2005-08-04",
 "g1_maktoum_0104": "2006-01-04T15:00:00+04:00",
 "g2_maktoum_0105": "2006-01-05",
 "g3_maktoum_0106": "2006-01-06",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # EgyptAir MS804: the plane lost, the search, the crisis cell, statements, the call, debris, recorder
  "ms804_lost_0519": C(type="other", tight=D("2016-05-19"), outer=D("2016-05-19")),
  "ms804_search_0519": C(type="other", tight=D("2016-05-19"), outer=D("2016-05-19")),
  "crisis_meeting_0519": C(type="meeting", tight=D("2016-05-19"), outer=D("2016-05-19")),
  "fathi_statement_0519": C(type="statement", tight=D("2016-05-19"), outer=D("2016-05-19")),
  "kammenos_statement_0519": C(type="statement", tight=D("2016-05-19"), outer=D("2016-05-19")),
  "hollande_sisi_call_0519": C(type="call", tight=D("2016-05-19"), outer=D("2016-05-19")),
  "ms804_debris_0520": C(type="other", tight=D("2016-05-20"), outer=D("2016-05-20")),
  "sisi_mourns_0520": C(type="statement", tight=D("2016-05-20"), outer=D("2016-05-20")),
  "voice_recorder_0616": C(type="other", tight=D("2016-06-16"), outer=D("2016-06-16")),
  "committee_statement_0616": C(type="statement", tight=D("2016-06-16"), outer=D("2016-06-16", "2016-06-17")),
  # Baghdadi killed in Barisha; al-Muhajir killed near Jarablus; Esper; IS confirms and names Qurashi
  "baghdadi_killed_1026": C(type="other", tight=D("2019-10-26", "2019-10-27"), outer=D("2019-10-26", "2019-10-27")),
  "trump_speech_1027": C(type="statement", tight=D("2019-10-27"), outer=D("2019-10-27")),
  "muhajir_killed_1027": C(type="other", tight=D("2019-10-27"), outer=D("2019-10-27")),
  "esper_statement_1027": C(type="statement", tight=D("2019-10-27"), outer=D("2019-10-27")),
  "saudi_praise_1027": C(type="statement", tight=D("2019-10-27"), outer=D("2019-10-27")),
  "is_confirms_1031": C(type="statement", tight=D("2019-10-31"), outer=D("2019-10-31")),
  "qurashi_named_1031": C(type="other", tight=D("2019-10-31"), outer=D("2019-10-31")),
  # Sudan: Bashir removed, the council formed, the emergency, Ibn Auf sworn in and steps down,
  # Burhan sworn in, the SPA's call, the curfew lifted
  "bashir_removed_0411": C(type="other", tight=D("2019-04-11"), outer=D("2019-04-11")),
  "council_formed_0411": C(type="other", tight=D("2019-04-11"), outer=D("2019-04-11")),
  "sudan_emergency_0411": C(type="other", tight=D("2019-04-11"), outer=D("2019-04-11")),
  "ibnauf_oath_0411": C(type="other", tight=D("2019-04-11"), outer=D("2019-04-11")),
  "spa_call_0411": C(type="statement", tight=D("2019-04-11"), outer=D("2019-04-11")),
  "ibnauf_steps_down_0412": C(type="other", tight=D("2019-04-12"), outer=D("2019-04-12")),
  "burhan_oath_0412": C(type="other", tight=D("2019-04-12"), outer=D("2019-04-12")),
  "curfew_lifted_0413": C(type="other", tight=D("2019-04-13"), outer=D("2019-04-13")),
  # Morsi: death in court, statements, burial, Erdogan, the UN
  "morsi_death_0617": C(type="other", tight=D("2019-06-17"), outer=D("2019-06-17")),
  "prosecutor_statement_0617": C(type="statement", tight=D("2019-06-17"), outer=D("2019-06-17")),
  "brotherhood_mourns_0617": C(type="statement", tight=D("2019-06-17"), outer=D("2019-06-17")),
  "morsi_burial_0618": C(type="other", tight=D("2019-06-18"), outer=D("2019-06-18")),
  "erdogan_statement_0617": C(type="statement", tight=D("2019-06-17"), outer=D("2019-06-17")),
  "un_call_0618": C(type="statement", tight=D("2019-06-18"), outer=D("2019-06-18")),
  # Abqaiq and Khurais: the attack, the fires, the claim, Pompeo, Egypt, the minister, al-Maliki
  "abqaiq_attack_0914": C(type="strike", tight=D("2019-09-14"), outer=D("2019-09-14")),
  "abqaiq_fires_0914": C(type="other", tight=D("2019-09-14"), outer=D("2019-09-14")),
  "houthi_claim_0914": C(type="statement", tight=D("2019-09-14"), outer=D("2019-09-14")),
  "pompeo_statement_0914": C(type="statement", tight=D("2019-09-14"), outer=D("2019-09-14")),
  "egypt_condemns_0914": C(type="statement", tight=D("2019-09-14"), outer=D("2019-09-14", "2019-09-15")),
  "energy_minister_0917": C(type="statement", tight=D("2019-09-17"), outer=D("2019-09-17")),
  "maliki_statement_0917": C(type="statement", tight=D("2019-09-17"), outer=D("2019-09-17")),
  # King Fahd: death, Abdullah king and Sultan crown prince, Egypt's mourning, the funeral prayer,
  # the burial, the public allegiance two days later
  "fahd_death_0801": C(type="other", tight=D("2005-08-01"), outer=D("2005-08-01")),
  "abdullah_king_0801": C(type="other", tight=D("2005-08-01"), outer=D("2005-08-01")),
  "sultan_crown_prince_0801": C(type="other", tight=D("2005-08-01"), outer=D("2005-08-01")),
  "egypt_mourning_0801": C(type="other", tight=D("2005-08-01"), outer=D("2005-08-01")),
  "fahd_funeral_0802": C(type="other", tight=D("2005-08-02"), outer=D("2005-08-02")),
  "fahd_burial_0802": C(type="other", tight=D("2005-08-02"), outer=D("2005-08-02")),
  "public_allegiance_0803": C(type="other", tight=D("2005-08-03"), outer=D("2005-08-03")),
  # Sheikh Maktoum: death in Australia, the ministry's statement, mourning, Mohammed bin Rashid
  # ruler, the body's return, the burial, MBR elected vice-president the next day
  "maktoum_death_0104": C(type="other", tight=D("2006-01-04"), outer=D("2006-01-04")),
  "uae_mourning_0104": C(type="other", tight=D("2006-01-04"), outer=D("2006-01-04")),
  "mbr_ruler_0104": C(type="other", tight=D("2006-01-04"), outer=D("2006-01-04")),
  "maktoum_body_returns_0105": C(type="other", tight=D("2006-01-05"), outer=D("2006-01-05")),
  "maktoum_burial_0105": C(type="other", tight=D("2006-01-05"), outer=D("2006-01-05")),
  "mbr_vice_president_0105": C(type="other", tight=D("2006-01-05"), outer=D("2006-01-05")),
 },
 events=[
  # a1
  ("ms804_lost_0519", "a1_ms804_0519", "اختفت طائرة تابعة لشركة مصر للطيران من على شاشات الرادار فجر اليوم الخميس", 1, "other"),
  ("ms804_lost_0519", "a1_ms804_0519", "إن الاتصال انقطع بالطائرة في الساعة الثانية وثلاثين دقيقة", 1, "other"),
  ("ms804_search_0519", "a1_ms804_0519", "وبدأت القوات البحرية والجوية المصرية عمليات البحث عن الطائرة صباح اليوم", 1, "other"),
  ("crisis_meeting_0519", "a1_ms804_0519", "وعقد رئيس الوزراء شريف إسماعيل اجتماعا طارئا لخلية الأزمة", 1, "meeting"),
  # a2
  ("ms804_lost_0519", "a2_ms804_0520", "سقطت طائرة «مصر للطيران» الآتية من باريس في البحر المتوسط فجر أمس", 1, "other"),
  ("fathi_statement_0519", "a2_ms804_0520", "وقال وزير الطيران المدني المصري شريف فتحي في مؤتمر صحافي أمس", 1, "statement"),
  ("kammenos_statement_0519", "a2_ms804_0520", "وصرح وزير الدفاع اليوناني بانوس كامينوس أمس", 1, "statement"),
  ("hollande_sisi_call_0519", "a2_ms804_0520", "وأجرى الرئيس الفرنسي فرنسوا هولاند اتصالا هاتفيا بنظيره المصري عبد الفتاح السيسي مساء أمس", 1, "call"),
  # a3
  ("ms804_debris_0520", "a3_ms804_0521", "عثرت القوات البحرية المصرية أمس الجمعة على أجزاء من حطام طائرة مصر للطيران", 1, "other"),
  ("ms804_lost_0519", "a3_ms804_0521", "وكانت الطائرة قد اختفت فجر الخميس", 1, "other"),
  ("sisi_mourns_0520", "a3_ms804_0521", "ونعى الرئيس عبد الفتاح السيسى أمس ضحايا الطائرة", 1, "statement"),
  # a4
  ("voice_recorder_0616", "a4_ms804_0617", "أعلنت لجنة التحقيق المصرية أمس الخميس انتشال مسجل الصوت في قمرة القيادة", 1, "other"),
  ("committee_statement_0616", "a4_ms804_0617", "وأوضحت اللجنة في بيان", 1, "statement"),
  ("voice_recorder_0616", "a4_ms804_0617", "ويأتي انتشال المسجل", 1, "other"),
  ("ms804_lost_0519", "a4_ms804_0617", "من سقوط الطائرة في 19 أيار (مايو) الماضي", 1, "other"),
  ("ms804_debris_0520", "a4_ms804_0617", "وبعد العثور على أولى قطع الحطام في 20 أيار", 1, "other"),
  # b1
  ("baghdadi_killed_1026", "b1_baghdadi_1027", "أعلن الرئيس الأميركي دونالد ترامب اليوم الأحد مقتل زعيم تنظيم الدولة الإسلامية أبو بكر البغدادي", 1, "other"),
  ("trump_speech_1027", "b1_baghdadi_1027", "وقال ترامب في كلمة من البيت الأبيض", 1, "statement"),
  ("muhajir_killed_1027", "b1_baghdadi_1027", "قتل المتحدث باسم التنظيم أبو الحسن المهاجر اليوم في غارة أميركية قرب مدينة جرابلس", 1, "other"),
  # b2
  ("esper_statement_1027", "b2_baghdadi_1028", "كشف وزير الدفاع الأمريكي مارك إسبر أمس تفاصيل العملية", 1, "statement"),
  ("baghdadi_killed_1026", "b2_baghdadi_1028", "التي قتل فيها أبو بكر البغدادي في قرية باريشا بريف إدلب ليل السبت - الأحد", 1, "other"),
  ("baghdadi_killed_1026", "b2_baghdadi_1028", "وكان ترامب قد أعلن الأحد مقتل البغدادي", 1, "other"),
  ("saudi_praise_1027", "b2_baghdadi_1028", "وأشادت المملكة العربية السعودية أمس بجهود الولايات المتحدة", 1, "statement"),
  # b3
  ("is_confirms_1031", "b3_baghdadi_1101", "أكد تنظيم «داعش» أمس الخميس مقتل زعيمه أبو بكر البغدادي", 1, "statement"),
  ("qurashi_named_1031", "b3_baghdadi_1101", "وأعلن مبايعة أبي إبراهيم الهاشمي القرشي خليفة له", 1, "other"),
  ("baghdadi_killed_1026", "b3_baghdadi_1101", "وكان البغدادي قد قتل يوم الأحد الماضي", 1, "other"),
  ("muhajir_killed_1027", "b3_baghdadi_1101", "كما نعى التنظيم المتحدث باسمه أبو الحسن المهاجر", 1, "other"),
  ("muhajir_killed_1027", "b3_baghdadi_1101", "الذي قتل في غارة في اليوم نفسه", 1, "other"),
  # c1
  ("bashir_removed_0411", "c1_sudan_0411", "أعلن النائب الأول لرئيس الجمهورية وزير الدفاع الفريق أول عوض ابن عوف، في بيان بثه التلفزيون الرسمي ظهر اليوم الخميس، اقتلاع النظام", 1, "other"),
  ("council_formed_0411", "c1_sudan_0411", "وأعلن ابن عوف تشكيل مجلس عسكري انتقالي", 1, "other"),
  ("sudan_emergency_0411", "c1_sudan_0411", "وفرض حالة الطوارئ لمدة ثلاثة أشهر", 1, "other"),
  # c2
  ("bashir_removed_0411", "c2_sudan_0412", "أطاح الجيش السودانى أمس الخميس بالرئيس عمر البشير", 1, "other"),
  ("ibnauf_oath_0411", "c2_sudan_0412", "وأدى الفريق أول عوض ابن عوف اليمين الدستورية رئيسا للمجلس العسكرى الانتقالى مساء أمس", 1, "other"),
  ("spa_call_0411", "c2_sudan_0412", "ودعا تجمع المهنيين السودانيين أمس إلى مواصلة الاعتصام", 1, "statement"),
  # c3
  ("burhan_oath_0412", "c3_sudan_0414", "أدى الفريق أول عبد الفتاح البرهان اليمين الدستورية رئيسا للمجلس العسكري الانتقالي في السودان مساء الجمعة", 1, "other"),
  ("ibnauf_steps_down_0412", "c3_sudan_0414", "بعد ساعات من تنحي الفريق أول عوض ابن عوف عن رئاسة المجلس", 1, "other"),
  ("ibnauf_oath_0411", "c3_sudan_0414", "وكان ابن عوف قد أدى اليمين الخميس", 1, "other"),
  ("bashir_removed_0411", "c3_sudan_0414", "عقب إعلانه عزل البشير", 1, "other"),
  ("curfew_lifted_0413", "c3_sudan_0414", "وأعلن المجلس العسكري أمس السبت إلغاء حظر التجوال", 1, "other"),
  # d1
  ("morsi_death_0617", "d1_morsi_0617", "توفي الرئيس المصري السابق محمد مرسي اليوم الاثنين", 1, "other"),
  ("prosecutor_statement_0617", "d1_morsi_0617", "وقال النائب العام المصري في بيان", 1, "statement"),
  ("brotherhood_mourns_0617", "d1_morsi_0617", "ونعت جماعة الإخوان المسلمين مرسي في بيان", 1, "statement"),
  # d2
  ("morsi_burial_0618", "d2_morsi_0618", "دفن الرئيس المصري الأسبق محمد مرسي فجر اليوم الثلاثاء", 1, "other"),
  ("morsi_death_0617", "d2_morsi_0618", "وكان مرسي قد توفي أمس خلال جلسة محاكمته", 1, "other"),
  ("erdogan_statement_0617", "d2_morsi_0618", "وطالب الرئيس التركي رجب طيب أردوغان أمس بمحاسبة المسؤولين", 1, "statement"),
  # d3
  ("un_call_0618", "d3_morsi_0619", "دعت الأمم المتحدة أمس الثلاثاء إلى إجراء تحقيق مستقل وشامل", 1, "statement"),
  ("morsi_death_0617", "d3_morsi_0619", "الذي فارق الحياة الاثنين داخل قفص الاتهام", 1, "other"),
  ("morsi_burial_0618", "d3_morsi_0619", "وكان مرسي قد ووري الثرى فجر الثلاثاء", 1, "other"),
  # e1
  ("abqaiq_attack_0914", "e1_abqaiq_0914", "تعرض معملان تابعان لشركة أرامكو السعودية في بقيق وخريص لهجوم بطائرات مسيرة فجر اليوم السبت", 1, "strike"),
  ("abqaiq_fires_0914", "e1_abqaiq_0914", "ما أدى إلى اندلاع حريقين", 1, "other"),
  ("houthi_claim_0914", "e1_abqaiq_0914", "وأعلنت جماعة الحوثي في اليمن مسؤوليتها عن الهجوم", 1, "statement"),
  # e2
  ("pompeo_statement_0914", "e2_abqaiq_0915", "اتهم وزير الخارجية الأمريكى مايك بومبيو أمس السبت إيران", 1, "statement"),
  ("abqaiq_attack_0914", "e2_abqaiq_0915", "الهجمات التى استهدفت منشأتين نفطيتين فى السعودية فجر السبت", 1, "strike"),
  ("egypt_condemns_0914", "e2_abqaiq_0915", "وأدانت مصر بشدة الهجوم", 1, "statement"),
  # e3
  ("energy_minister_0917", "e3_abqaiq_0918", "أعلن وزير الطاقة السعودي الأمير عبد العزيز بن سلمان مساء أمس الثلاثاء", 1, "statement"),
  ("abqaiq_attack_0914", "e3_abqaiq_0918", "الهجوم الذي استهدف منشأتي بقيق وخريص يوم السبت الماضي", 1, "strike"),
  ("maliki_statement_0917", "e3_abqaiq_0918", "وأكد العقيد تركي المالكي المتحدث باسم التحالف أمس", 1, "statement"),
  # f1
  ("fahd_death_0801", "f1_fahd_0801", "أعلن الديوان الملكي في بيان اليوم الاثنين وفاة خادم الحرمين الشريفين الملك فهد بن عبد العزيز آل سعود", 1, "other"),
  ("abdullah_king_0801", "f1_fahd_0801", "إن الأمير عبد الله بن عبد العزيز بويع ملكا على البلاد", 1, "other"),
  ("sultan_crown_prince_0801", "f1_fahd_0801", "وإن الأمير سلطان بن عبد العزيز أصبح وليا للعهد", 1, "other"),
  ("fahd_funeral_0802", "f1_fahd_0801", "وسيصلى على الفقيد بعد صلاة عصر غد الثلاثاء", 1, "other"),
  # f2
  ("fahd_death_0801", "f2_fahd_0802", "توفى العاهل السعودى الملك فهد بن عبد العزيز فجر أمس الاثنين", 1, "other"),
  ("abdullah_king_0801", "f2_fahd_0802", "وتولى الملك عبد الله بن عبد العزيز الحكم خلفا لأخيه", 1, "other"),
  ("egypt_mourning_0801", "f2_fahd_0802", "وأعلن الرئيس حسنى مبارك الحداد فى مصر ثلاثة أيام", 1, "other"),
  ("fahd_funeral_0802", "f2_fahd_0802", "ويشيع جثمان الملك الراحل عصر اليوم فى الرياض", 1, "other"),
  # f3
  ("public_allegiance_0803", "f3_fahd_0804", "بايع آلاف السعوديين أمس الأربعاء في قصر الحكم بالرياض الملك عبد الله بن عبد العزيز", 1, "other"),
  ("fahd_burial_0802", "f3_fahd_0804", "وكان الملك فهد قد ووري الثرى عصر الثلاثاء في مقبرة العود", 1, "other"),
  ("fahd_funeral_0802", "f3_fahd_0804", "بعد الصلاة عليه في جامع الإمام تركي", 1, "other"),
  ("fahd_death_0801", "f3_fahd_0804", "غداة وفاته", 1, "other"),
  # g1
  ("maktoum_death_0104", "g1_maktoum_0104", "نعت وزارة شؤون الرئاسة صاحب السمو الشيخ مكتوم بن راشد آل مكتوم", 1, "other"),
  ("maktoum_death_0104", "g1_maktoum_0104", "الذي انتقل إلى رحمة الله صباح اليوم في أستراليا", 1, "other"),
  ("uae_mourning_0104", "g1_maktoum_0104", "وأعلنت الوزارة الحداد الرسمي أربعين يوما", 1, "other"),
  ("mbr_ruler_0104", "g1_maktoum_0104", "وأعلن الديوان تولي صاحب السمو الشيخ محمد بن راشد آل مكتوم الحكم في إمارة دبي", 1, "other"),
  # g2
  ("maktoum_body_returns_0105", "g2_maktoum_0105", "يصل جثمان المغفور له الشيخ مكتوم بن راشد آل مكتوم إلى دبي اليوم", 1, "other"),
  ("maktoum_death_0104", "g2_maktoum_0105", "حيث توفي صباح أمس الأربعاء إثر نوبة قلبية", 1, "other"),
  ("maktoum_burial_0105", "g2_maktoum_0105", "ويوارى الثرى في مقبرة أم هرير بعد صلاة العصر", 1, "other"),
  ("mbr_ruler_0104", "g2_maktoum_0105", "وتولى الشيخ محمد بن راشد آل مكتوم مقاليد الحكم في دبي أمس", 1, "other"),
  # g3
  ("mbr_vice_president_0105", "g3_maktoum_0106", "انتخب المجلس الأعلى للاتحاد فى دولة الإمارات أمس الخميس الشيخ محمد بن راشد آل مكتوم", 1, "other"),
  ("maktoum_death_0104", "g3_maktoum_0106", "الذى توفى الأربعاء فى أستراليا", 1, "other"),
  ("maktoum_burial_0105", "g3_maktoum_0106", "ووري جثمان الشيخ مكتوم الثرى عصر أمس فى دبى", 1, "other"),
 ],
 diff=[
  ("ms804_lost_0519", "ms804_search_0519"),
  ("fathi_statement_0519", "kammenos_statement_0519"),
  ("ms804_debris_0520", "voice_recorder_0616"),
  ("committee_statement_0616", "fathi_statement_0519"),
  ("baghdadi_killed_1026", "muhajir_killed_1027"),
  ("trump_speech_1027", "esper_statement_1027"),
  ("esper_statement_1027", "saudi_praise_1027"),
  ("bashir_removed_0411", "council_formed_0411"),
  ("council_formed_0411", "sudan_emergency_0411"),
  ("ibnauf_oath_0411", "burhan_oath_0412"),
  ("ibnauf_steps_down_0412", "burhan_oath_0412"),
  ("prosecutor_statement_0617", "brotherhood_mourns_0617"),
  ("erdogan_statement_0617", "brotherhood_mourns_0617"),
  ("pompeo_statement_0914", "houthi_claim_0914"),
  ("energy_minister_0917", "maliki_statement_0917"),
  ("fahd_death_0801", "abdullah_king_0801"),
  ("abdullah_king_0801", "sultan_crown_prince_0801"),
  ("abdullah_king_0801", "public_allegiance_0803"),
  ("fahd_funeral_0802", "fahd_burial_0802"),
  ("egypt_mourning_0801", "fahd_death_0801"),
  ("maktoum_death_0104", "mbr_ruler_0104"),
  ("uae_mourning_0104", "maktoum_death_0104"),
  ("mbr_ruler_0104", "mbr_vice_president_0105"),
  ("maktoum_burial_0105", "mbr_vice_president_0105"),
  ("maktoum_body_returns_0105", "maktoum_burial_0105"),
 ],
 before=[
  ("ms804_lost_0519", "ms804_search_0519"),
  ("ms804_lost_0519", "ms804_debris_0520"),
  ("ms804_debris_0520", "voice_recorder_0616"),
  ("baghdadi_killed_1026", "trump_speech_1027"),
  ("baghdadi_killed_1026", "is_confirms_1031"),
  ("bashir_removed_0411", "ibnauf_oath_0411"),
  ("ibnauf_oath_0411", "ibnauf_steps_down_0412"),
  ("ibnauf_steps_down_0412", "burhan_oath_0412"),
  ("burhan_oath_0412", "curfew_lifted_0413"),
  ("morsi_death_0617", "morsi_burial_0618"),
  ("morsi_death_0617", "un_call_0618"),
  ("abqaiq_attack_0914", "pompeo_statement_0914"),
  ("abqaiq_attack_0914", "energy_minister_0917"),
  ("fahd_death_0801", "fahd_funeral_0802"),
  ("fahd_funeral_0802", "fahd_burial_0802"),
  ("fahd_burial_0802", "public_allegiance_0803"),
  ("maktoum_death_0104", "maktoum_body_returns_0105"),
  ("maktoum_body_returns_0105", "maktoum_burial_0105"),
  ("mbr_ruler_0104", "mbr_vice_president_0105"),
 ],
)
