"""Gold events for tests/devdating4/a (part A of dating round 7's development set: causes with no
size, phases beyond ceasefires, same-day anaphors, undated clauses in a running narrative vs
background clauses; format as ../../devdating3/spec.py).

  clusters: cluster -> dict(type, tight, outer): the real date (tight) and what the texts
            still allow (outer; a cause with no size runs from its cause's day to the paper's).
  events rows: (cluster, doc, surface, occurrence, type): the clause carrying the trigger.
  diff:   cluster pairs of one type that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts (several on one day, ordered only by
          the text or the time of day).
Time expressions are not annotated (``timex`` is empty): the set scores events only.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "a1_saddam_1227": "2006-12-27",
 "a2_saddam_1230": "2006-12-30T12:00:00+03:00",
 "a3_saddam_0101": "2007-01-01",
 "b1_queen_0909": "2022-09-09",
 "b2_queen_0920": "2022-09-20",
 "c1_ethiopian_0311": "2019-03-11T18:00:00+03:00",
 "c2_ethiopian_0314": "2019-03-14",
 "d1_nimr_0103": "2016-01-03",
 "d2_nimr_0104": "2016-01-04T20:00:00+03:00",
 "e1_abe_0708": "2022-07-08T19:00:00+09:00",
 "e2_abe_0712": "2022-07-12",
 "f1_mauritania_0624": "2019-06-24",
 "f2_mauritania_0802": "2019-08-02",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Saddam Hussein: verdict, appeal, order, execution, burial (2006)
  "arrest_1213": C(type="capture", tight=D("2003-12-13"), outer=D("2003-12-13")),
  "verdict_1105": C(type="other", tight=D("2006-11-05"), outer=D("2006-11-05")),
  "appeal_upheld_1226": C(type="other", tight=D("2006-12-26"), outer=D("2006-12-26")),
  "shaheen_1226": C(type="statement", tight=D("2006-12-26"), outer=D("2006-12-26", "2006-12-27")),
  "defense_call_1226": C(type="statement", tight=D("2006-12-26", "2006-12-27"), outer=D("2006-12-26", "2006-12-27")),
  "maliki_order_1229": C(type="other", tight=D("2006-12-29"), outer=D("2006-12-29")),
  "execution_1230": C(type="other", tight=D("2006-12-30"), outer=D("2006-12-30")),
  "rubaie_1230": C(type="statement", tight=D("2006-12-30"), outer=D("2006-12-30")),
  "celebrations_1230": C(type="other", tight=D("2006-12-30"), outer=D("2006-12-30")),
  "handover_1230": C(type="other", tight=D("2006-12-30"), outer=D("2006-12-30")),
  "burial_1231": C(type="other", tight=D("2006-12-31"), outer=D("2006-12-31")),
  "protest_1231": C(type="other", tight=D("2006-12-31"), outer=D("2006-12-31")),
  # Elizabeth II: death, announcement, proclamation, funeral, burial (2022)
  "truss_0906": C(type="meeting", tight=D("2022-09-06"), outer=D("2022-09-06")),
  "doctors_0908": C(type="statement", tight=D("2022-09-08"), outer=D("2022-09-08")),
  "queen_death_0908": C(type="other", tight=D("2022-09-08"), outer=D("2022-09-08")),
  "palace_announce_0908": C(type="statement", tight=D("2022-09-08"), outer=D("2022-09-08")),
  "charles_statement_0908": C(type="statement", tight=D("2022-09-08"), outer=D("2022-09-08", "2022-09-09")),
  "proclamation_0910": C(type="other", tight=D("2022-09-10"), outer=D("2022-09-10")),
  "funeral_0919": C(type="other", tight=D("2022-09-19"), outer=D("2022-09-19")),
  "procession_0919": C(type="other", tight=D("2022-09-19"), outer=D("2022-09-19", "2022-09-20")),
  "committal_0919": C(type="other", tight=D("2022-09-19"), outer=D("2022-09-19", "2022-09-20")),
  "queen_burial_0919": C(type="other", tight=D("2022-09-19"), outer=D("2022-09-19")),
  # Ethiopian Airlines flight 302 (2019)
  "et_crash_0310": C(type="other", tight=D("2019-03-10"), outer=D("2019-03-10")),
  "ceo_0310": C(type="statement", tight=D("2019-03-10"), outer=D("2019-03-10", "2019-03-11")),
  "blackbox_0311": C(type="other", tight=D("2019-03-11"), outer=D("2019-03-11")),
  "grounding_0311": C(type="other", tight=D("2019-03-11"), outer=D("2019-03-10", "2019-03-11")),
  "china_0311": C(type="other", tight=D("2019-03-11"), outer=D("2019-03-11")),
  "mourning_0311": C(type="statement", tight=D("2019-03-11"), outer=D("2019-03-11")),
  "eu_ban_0312": C(type="other", tight=D("2019-03-12"), outer=D("2019-03-12")),
  "trump_order_0313": C(type="other", tight=D("2019-03-13"), outer=D("2019-03-13")),
  "faa_order_0313": C(type="other", tight=D("2019-03-13"), outer=D("2019-03-13", "2019-03-14")),
  "france_boxes_0314": C(type="statement", tight=D("2019-03-14"), outer=D("2019-03-14")),
  # Nimr al-Nimr and the break with Iran (2016)
  "nimr_verdict_1015": C(type="other", tight=D("2014-10-15"), outer=D("2014-10-01", "2014-10-31")),
  "nimr_execution_0102": C(type="other", tight=D("2016-01-02"), outer=D("2016-01-02")),
  "embassy_stormed_0102": C(type="other", tight=D("2016-01-02"), outer=D("2016-01-02", "2016-01-03")),
  "consulate_0102": C(type="strike", tight=D("2016-01-02"), outer=D("2016-01-02", "2016-01-03")),
  "mfa_condemn_0102": C(type="statement", tight=D("2016-01-02", "2016-01-03"), outer=D("2016-01-02", "2016-01-03")),
  "saudi_cut_0103": C(type="other", tight=D("2016-01-03"), outer=D("2016-01-03")),
  "bahrain_cut_0104": C(type="other", tight=D("2016-01-04"), outer=D("2016-01-04")),
  "sudan_cut_0104": C(type="other", tight=D("2016-01-04"), outer=D("2016-01-04")),
  "uae_downgrade_0104": C(type="other", tight=D("2016-01-04"), outer=D("2016-01-04")),
  # Shinzo Abe (2022)
  "abe_resign_0828": C(type="other", tight=D("2020-08-28"), outer=D("2020-08-01", "2020-08-31")),
  "abe_shooting_0708": C(type="strike", tight=D("2022-07-08"), outer=D("2022-07-08")),
  "abe_death_0708": C(type="other", tight=D("2022-07-08"), outer=D("2022-07-08")),
  "hospital_0708": C(type="statement", tight=D("2022-07-08"), outer=D("2022-07-08")),
  "abe_arrest_0708": C(type="other", tight=D("2022-07-08"), outer=D("2022-07-08")),
  "kishida_0708": C(type="other", tight=D("2022-07-08"), outer=D("2022-07-08")),
  "senate_vote_0710": C(type="other", tight=D("2022-07-10"), outer=D("2022-07-10")),
  "ldp_win_0710": C(type="other", tight=D("2022-07-10", "2022-07-11"), outer=D("2022-07-10", "2022-07-12")),
  "wake_0711": C(type="other", tight=D("2022-07-11"), outer=D("2022-07-11")),
  "abe_funeral_0712": C(type="other", tight=D("2022-07-12"), outer=D("2022-07-12")),
  "abe_procession_0712": C(type="other", tight=D("2022-07-12"), outer=D("2022-07-12")),
  # Mauritania's presidential election (2019)
  "mr_election_0622": C(type="other", tight=D("2019-06-22"), outer=D("2019-06-22")),
  "mr_win_0622": C(type="other", tight=D("2019-06-22", "2019-06-23"), outer=D("2019-06-22", "2019-06-23")),
  "ceni_0623": C(type="statement", tight=D("2019-06-23"), outer=D("2019-06-23")),
  "mr_celebration_0623": C(type="other", tight=D("2019-06-23"), outer=D("2019-06-23", "2019-06-24")),
  "mr_reject_0623": C(type="statement", tight=D("2019-06-23"), outer=D("2019-06-23", "2019-06-24")),
  "mr_clashes_0624": C(type="strike", tight=D("2019-06-23", "2019-06-24"), outer=D("2019-06-23", "2019-06-24")),
  "aziz_congrats_0623": C(type="statement", tight=D("2019-06-22", "2019-06-23"), outer=D("2019-06-22", "2019-06-23")),
  "council_confirm_0701": C(type="other", tight=D("2019-07-01"), outer=D("2019-07-01")),
  "appeals_rejected_0701": C(type="other", tight=D("2019-07-01"), outer=D("2019-06-23", "2019-07-01")),
  "mr_oath_0801": C(type="other", tight=D("2019-08-01"), outer=D("2019-08-01", "2019-08-10")),
  "mr_handover_0801": C(type="other", tight=D("2019-08-01"), outer=D("2019-08-01", "2019-08-02")),
 },
 events=[
  # a1
  ("appeal_upheld_1226", "a1_saddam_1227", "صادقت الهيئة التمييزية في المحكمة الجنائية العراقية العليا، أمس الثلاثاء", 1, "other"),
  ("shaheen_1226", "a1_saddam_1227", "وقال رئيس المحكمة عارف شاهين في مؤتمر صحفي", 1, "statement"),
  ("verdict_1105", "a1_saddam_1227", "قد أصدرت حكمها بإعدام صدام شنقاً في الخامس من تشرين الثاني الماضي", 1, "other"),
  ("defense_call_1226", "a1_saddam_1227", "دعا محامو الدفاع الأمم المتحدة", 1, "statement"),
  # a2
  ("execution_1230", "a2_saddam_1230", "أعدم الرئيس العراقي السابق صدام حسين شنقاً فجر اليوم السبت", 1, "other"),
  ("execution_1230", "a2_saddam_1230", "ونفذ حكم الإعدام قرابة الساعة السادسة صباحاً", 1, "other"),
  ("appeal_upheld_1226", "a2_saddam_1230", "مصادقة محكمة التمييز على الحكم", 1, "other"),
  ("rubaie_1230", "a2_saddam_1230", "وقال الربيعي بعد ساعة من التنفيذ", 1, "statement"),
  ("maliki_order_1229", "a2_saddam_1230", "قد وقع مساء أمس الجمعة على أمر التنفيذ", 1, "other"),
  ("celebrations_1230", "a2_saddam_1230", "خرج مئات من العراقيين إلى شوارع مدينة الصدر احتفالاً", 1, "other"),
  ("arrest_1213", "a2_saddam_1230", "وكان صدام قد اعتقل في 13 كانون الأول 2003", 1, "capture"),
  # a3
  ("burial_1231", "a3_saddam_0101", "دفن جثمان الرئيس العراقي السابق صدام حسين فجر أمس الأحد", 1, "other"),
  ("handover_1230", "a3_saddam_0101", "وتسلم محافظ صلاح الدين ووجهاء عشيرة البو ناصر الجثمان في بغداد ليل السبت", 1, "other"),
  ("protest_1231", "a3_saddam_0101", "تظاهر المئات في تكريت وسامراء", 1, "other"),
  ("execution_1230", "a3_saddam_0101", "وكان صدام أعدم شنقاً صباح السبت", 1, "other"),
  ("appeal_upheld_1226", "a3_saddam_0101", "صادقت محكمة التمييز على الحكم الثلاثاء الماضي", 1, "other"),
  # b1
  ("queen_death_0908", "b1_queen_0909", "توفيت الملكة إليزابيث الثانية", 1, "other"),
  ("palace_announce_0908", "b1_queen_0909", "وأعلن قصر باكنغهام الوفاة في بيان", 1, "statement"),
  ("doctors_0908", "b1_queen_0909", "إعلانه أن الأطباء", 1, "statement"),
  ("charles_statement_0908", "b1_queen_0909", "أصدر نجلها الأكبر الملك تشارلز الثالث بياناً مكتوباً", 1, "statement"),
  ("proclamation_0910", "b1_queen_0909", "وسيعلن مجلس الارتقاء تشارلز ملكاً رسمياً غداً السبت", 1, "other"),
  ("truss_0906", "b1_queen_0909", "قد استقبلت رئيسة الوزراء الجديدة ليز تراس في بالمورال يوم الثلاثاء", 1, "meeting"),
  # b2
  ("queen_burial_0919", "b2_queen_0920", "ووريت الملكة إليزابيث الثانية الثرى مساء أمس الاثنين", 1, "other"),
  ("queen_burial_0919", "b2_queen_0920", "جرى الدفن في مراسم خاصة", 1, "other"),
  ("funeral_0919", "b2_queen_0920", "وكانت الجنازة الرسمية قد أقيمت صباح أمس", 1, "other"),
  ("procession_0919", "b2_queen_0920", "نقل النعش في موكب عسكري", 1, "other"),
  ("committal_0919", "b2_queen_0920", "حيث أقيمت مراسم دينية ثانية بعد الظهر", 1, "other"),
  ("queen_death_0908", "b2_queen_0920", "وكانت الملكة توفيت في الثامن من سبتمبر", 1, "other"),
  ("proclamation_0910", "b2_queen_0920", "وأعلن تشارلز الثالث ملكاً بعد يومين من وفاتها", 1, "other"),
  # c1
  ("blackbox_0311", "c1_ethiopian_0311", "أعلنت الخطوط الجوية الإثيوبية، اليوم الإثنين، العثور على الصندوقين الأسودين", 1, "other"),
  ("et_crash_0310", "c1_ethiopian_0311", "التي تحطمت صباح أمس الأحد", 1, "other"),
  ("et_crash_0310", "c1_ethiopian_0311", "وتحطمت الطائرة في رحلتها رقم 302", 1, "other"),
  ("ceo_0310", "c1_ethiopian_0311", "وقال الرئيس التنفيذي للشركة", 1, "statement"),
  ("grounding_0311", "c1_ethiopian_0311", "قررت الشركة إيقاف جميع طائراتها", 1, "other"),
  ("china_0311", "c1_ethiopian_0311", "أعلنت الصين اليوم تعليق رحلات الطراز", 1, "other"),
  ("mourning_0311", "c1_ethiopian_0311", "وأعلن البرلمان الإثيوبي اليوم حداداً وطنياً", 1, "statement"),
  # c2
  ("trump_order_0313", "c2_ethiopian_0314", "أمر الرئيس الأميركي دونالد ترمب، أمس الأربعاء، بوقف تشغيل", 1, "other"),
  ("faa_order_0313", "c2_ethiopian_0314", "أصدرت إدارة الطيران الفيدرالية أمر الحظر", 1, "other"),
  ("eu_ban_0312", "c2_ethiopian_0314", "قد أغلق مجاله الجوي أمام الطراز الثلاثاء", 1, "other"),
  ("france_boxes_0314", "c2_ethiopian_0314", "أعلنت السلطات اليوم أنها سترسل الصندوقين الأسودين", 1, "statement"),
  ("et_crash_0310", "c2_ethiopian_0314", "وكانت الطائرة قد تحطمت الأحد الماضي", 1, "other"),
  # d1
  ("nimr_execution_0102", "d1_nimr_0103", "أعلنت وزارة الداخلية، أمس السبت، تنفيذ حكم القتل تعزيراً بحق 47 مداناً", 1, "other"),
  ("embassy_stormed_0102", "d1_nimr_0103", "اقتحم محتجون مقر سفارة خادم الحرمين الشريفين في طهران", 1, "other"),
  ("consulate_0102", "d1_nimr_0103", "هاجم آخرون القنصلية في مشهد", 1, "strike"),
  ("mfa_condemn_0102", "d1_nimr_0103", "أدانت وزارة الخارجية الاعتداء", 1, "statement"),
  ("nimr_verdict_1015", "d1_nimr_0103", "قد أصدرت حكمها على النمر في أكتوبر 2014", 1, "other"),
  # d2
  ("bahrain_cut_0104", "d2_nimr_0104", "أعلنت البحرين اليوم الإثنين قطع علاقاتها الدبلوماسية مع إيران", 1, "other"),
  ("saudi_cut_0103", "d2_nimr_0104", "إعلان السعودية قطع علاقاتها مع طهران", 1, "other"),
  ("saudi_cut_0103", "d2_nimr_0104", "قد أعلن مساء الأحد قطع العلاقات", 1, "other"),
  ("sudan_cut_0104", "d2_nimr_0104", "أعلن السودان طرد السفير الإيراني", 1, "other"),
  ("uae_downgrade_0104", "d2_nimr_0104", "خفضت الإمارات تمثيلها الدبلوماسي", 1, "other"),
  ("embassy_stormed_0102", "d2_nimr_0104", "اقتحام السفارة السعودية في طهران", 1, "other"),
  ("nimr_execution_0102", "d2_nimr_0104", "وكانت الرياض نفذت السبت حكم الإعدام", 1, "other"),
  # e1
  ("abe_death_0708", "e1_abe_0708", "توفي رئيس الوزراء الياباني الأسبق آبي شينزو، اليوم الجمعة", 1, "other"),
  ("abe_shooting_0708", "e1_abe_0708", "وأطلق رجل النار على آبي من الخلف", 1, "strike"),
  ("hospital_0708", "e1_abe_0708", "وأعلن المستشفى وفاته", 1, "statement"),
  ("abe_arrest_0708", "e1_abe_0708", "واعتقلت الشرطة في مكان الحادث رجلاً", 1, "other"),
  ("kishida_0708", "e1_abe_0708", "قطع رئيس الوزراء كيشيدا فوميو حملته الانتخابية", 1, "other"),
  ("abe_resign_0828", "e1_abe_0708", "قد استقال من رئاسة الحكومة في أغسطس 2020", 1, "other"),
  # e2
  ("abe_funeral_0712", "e2_abe_0712", "أقيمت اليوم الثلاثاء في معبد زوجوجي بالعاصمة طوكيو جنازة", 1, "other"),
  ("abe_shooting_0708", "e2_abe_0712", "الذي اغتيل يوم الجمعة الماضي", 1, "strike"),
  ("abe_procession_0712", "e2_abe_0712", "جاب موكب يحمل جثمان آبي", 1, "other"),
  ("wake_0711", "e2_abe_0712", "وكانت مراسم السهر على الجثمان قد أقيمت مساء أمس", 1, "other"),
  ("ldp_win_0710", "e2_abe_0712", "وفاز الحزب الليبرالي الديمقراطي الحاكم", 1, "other"),
  ("senate_vote_0710", "e2_abe_0712", "في انتخابات مجلس الشيوخ التي جرت الأحد", 1, "other"),
  # f1
  ("ceni_0623", "f1_mauritania_0624", "أعلنت اللجنة الوطنية المستقلة للانتخابات في موريتانيا، مساء أمس الأحد", 1, "statement"),
  ("mr_win_0622", "f1_mauritania_0624", "فوز مرشح الأغلبية الحاكمة", 1, "other"),
  ("mr_election_0622", "f1_mauritania_0624", "بالانتخابات الرئاسية التي جرت السبت", 1, "other"),
  ("mr_celebration_0623", "f1_mauritania_0624", "خرج أنصار الغزواني إلى شوارع نواكشوط احتفالاً", 1, "other"),
  ("mr_reject_0623", "f1_mauritania_0624", "رفض أربعة مرشحين من المعارضة النتائج", 1, "statement"),
  ("mr_clashes_0624", "f1_mauritania_0624", "اندلعت مواجهات بين محتجين وقوات الأمن", 1, "strike"),
  ("aziz_congrats_0623", "f1_mauritania_0624", "قد هنأ الغزواني بالفوز قبل إعلان النتائج الرسمية", 1, "statement"),
  ("mr_oath_0801", "f1_mauritania_0624", "أن يؤدي الرئيس المنتخب اليمين الدستورية مطلع أغسطس", 1, "other"),
  # f2
  ("mr_oath_0801", "f2_mauritania_0802", "أدى الرئيس الموريتاني محمد ولد الشيخ الغزواني، أمس الخميس، اليمين الدستورية", 1, "other"),
  ("mr_oath_0801", "f2_mauritania_0802", "وجاء أداء اليمين", 1, "other"),
  ("mr_handover_0801", "f2_mauritania_0802", "تسلم الغزواني السلطة من سلفه", 1, "other"),
  ("council_confirm_0701", "f2_mauritania_0802", "قد أكد فوز الغزواني في الأول من يوليو", 1, "other"),
  ("appeals_rejected_0701", "f2_mauritania_0802", "رفض الطعون المقدمة من مرشحي المعارضة", 1, "other"),
  ("mr_election_0622", "f2_mauritania_0802", "الانتخابات الرئاسية التي جرت في 22 يونيو", 1, "other"),
 ],
 diff=[
  ("execution_1230", "nimr_execution_0102"), ("burial_1231", "queen_burial_0919"),
  ("funeral_0919", "abe_funeral_0712"), ("proclamation_0910", "mr_handover_0801"),
  ("saudi_cut_0103", "bahrain_cut_0104"), ("bahrain_cut_0104", "sudan_cut_0104"),
  ("verdict_1105", "appeal_upheld_1226"), ("procession_0919", "abe_procession_0712"),
  ("trump_order_0313", "faa_order_0313"), ("mr_election_0622", "senate_vote_0710"),
 ],
 before=[
  # Saddam
  ("arrest_1213", "verdict_1105"), ("verdict_1105", "appeal_upheld_1226"),
  ("appeal_upheld_1226", "shaheen_1226"), ("appeal_upheld_1226", "defense_call_1226"),
  ("appeal_upheld_1226", "maliki_order_1229"), ("maliki_order_1229", "execution_1230"),
  ("execution_1230", "rubaie_1230"), ("execution_1230", "celebrations_1230"),
  ("execution_1230", "handover_1230"), ("handover_1230", "burial_1231"),
  ("execution_1230", "burial_1231"),
  # the Queen
  ("truss_0906", "queen_death_0908"), ("doctors_0908", "queen_death_0908"),
  ("queen_death_0908", "palace_announce_0908"), ("palace_announce_0908", "charles_statement_0908"),
  ("queen_death_0908", "proclamation_0910"), ("proclamation_0910", "funeral_0919"),
  ("funeral_0919", "procession_0919"), ("procession_0919", "committal_0919"),
  ("committal_0919", "queen_burial_0919"),
  # Ethiopian 302
  ("et_crash_0310", "ceo_0310"), ("et_crash_0310", "blackbox_0311"), ("et_crash_0310", "grounding_0311"),
  ("et_crash_0310", "china_0311"), ("china_0311", "eu_ban_0312"), ("eu_ban_0312", "trump_order_0313"),
  ("trump_order_0313", "faa_order_0313"), ("blackbox_0311", "france_boxes_0314"),
  # Nimr
  ("nimr_verdict_1015", "nimr_execution_0102"), ("nimr_execution_0102", "embassy_stormed_0102"),
  ("embassy_stormed_0102", "mfa_condemn_0102"),
  ("embassy_stormed_0102", "saudi_cut_0103"), ("saudi_cut_0103", "bahrain_cut_0104"),
  ("saudi_cut_0103", "sudan_cut_0104"),
  # Abe
  ("abe_resign_0828", "abe_shooting_0708"), ("abe_shooting_0708", "abe_death_0708"),
  ("abe_shooting_0708", "abe_arrest_0708"), ("abe_shooting_0708", "kishida_0708"),
  ("abe_death_0708", "hospital_0708"), ("abe_shooting_0708", "senate_vote_0710"),
  ("senate_vote_0710", "wake_0711"), ("wake_0711", "abe_funeral_0712"),
  ("abe_funeral_0712", "abe_procession_0712"),
  # Mauritania
  ("mr_election_0622", "ceni_0623"), ("mr_election_0622", "aziz_congrats_0623"),
  ("aziz_congrats_0623", "ceni_0623"), ("ceni_0623", "mr_celebration_0623"),
  ("ceni_0623", "mr_reject_0623"), ("ceni_0623", "mr_clashes_0624"),
  ("mr_reject_0623", "appeals_rejected_0701"), ("appeals_rejected_0701", "council_confirm_0701"),
  ("council_confirm_0701", "mr_oath_0801"), ("mr_oath_0801", "mr_handover_0801"),
 ],
)
