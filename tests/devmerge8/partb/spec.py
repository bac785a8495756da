"""Gold events for tests/devmerge8, part B (other stories, other outlets; scored at a round's
start and end only). Format as ../spec.py.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "n1_dusit_0115": "2019-01-15T19:00:00+03:00",
 "n2_dusit_0116": "2019-01-16T14:00:00+03:00",
 "n3_dusit_0118": "2019-01-18",
 "q1_karrada_0703": "2016-07-03T13:00:00+03:00",
 "q2_karrada_0704": "2016-07-04",
 "q3_karrada_0706": "2016-07-06",
 "p1_botroseya_1211": "2016-12-11T15:00:00+02:00",
 "p2_botroseya_1214": "2016-12-14",
 "p3_botroseya_1215": "2016-12-15",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Nairobi: the DusitD2 attack, al-Shabaab's claim, the AU condemns, Kenyatta ends the siege,
  # two suspects arrested
  "dusit_attack_0115": C(type="strike", tight=D("2019-01-15"), outer=D("2019-01-15")),
  "shabaab_claim_0115": C(type="statement", tight=D("2019-01-15"), outer=D("2019-01-15")),
  "au_condemns_0115": C(type="statement", tight=D("2019-01-15"), outer=D("2019-01-15")),
  "kenyatta_siege_over_0116": C(type="statement", tight=D("2019-01-16"), outer=D("2019-01-16")),
  "dusit_suspects_arrested_0117": C(type="other", tight=D("2019-01-17"), outer=D("2019-01-17")),
  # Baghdad: the Karrada truck bombing, the Shaab bombing the same night, Abadi at the site, the
  # mourning, the claim, the fake detectors withdrawn, the interior minister resigns
  "karrada_bombing_0703": C(type="strike", tight=D("2016-07-03"), outer=D("2016-07-02", "2016-07-03")),
  "shaab_bombing_0703": C(type="strike", tight=D("2016-07-03"), outer=D("2016-07-02", "2016-07-03")),
  "abadi_visits_0703": C(type="other", tight=D("2016-07-03"), outer=D("2016-07-03")),
  "karrada_mourning_0703": C(type="other", tight=D("2016-07-03"), outer=D("2016-07-03")),
  "karrada_claim_0703": C(type="statement", tight=D("2016-07-03"), outer=D("2016-07-03", "2016-07-04")),
  "detectors_order_0704": C(type="other", tight=D("2016-07-04"), outer=D("2016-07-04")),
  "ghabban_resigns_0705": C(type="other", tight=D("2016-07-05"), outer=D("2016-07-05")),
  # Cairo: the bombing of the Botroseya church, the mourning, Sisi's meeting, the funeral and
  # Sisi naming the bomber, the claim, the four remanded; the Haram checkpoint two days before
  "botroseya_bombing_1211": C(type="strike", tight=D("2016-12-11"), outer=D("2016-12-11")),
  "botroseya_mourning_1211": C(type="other", tight=D("2016-12-11"), outer=D("2016-12-11")),
  "sisi_meeting_1211": C(type="meeting", tight=D("2016-12-11"), outer=D("2016-12-11")),
  "sisi_names_bomber_1212": C(type="statement", tight=D("2016-12-12"), outer=D("2016-12-12")),
  "botroseya_funeral_1212": C(type="other", tight=D("2016-12-12"), outer=D("2016-12-12")),
  "botroseya_claim_1213": C(type="statement", tight=D("2016-12-13"), outer=D("2016-12-13")),
  "four_remanded_1214": C(type="other", tight=D("2016-12-14"), outer=D("2016-12-14")),
  "haram_checkpoint_1209": C(type="strike", tight=D("2016-12-09"), outer=D("2016-12-09")),
 },
 events=[
  # n1
  ("dusit_attack_0115", "n1_dusit_0115", "هاجم مسلحون مجمعا يضم فندق دوسيت دي 2 ومكاتب في حي ويستلاندز بالعاصمة الكينية نيروبي بعد ظهر اليوم الثلاثاء", 1, "strike"),
  ("shabaab_claim_0115", "n1_dusit_0115", "وأعلنت حركة الشباب الصومالية مسؤوليتها عن الهجوم", 1, "statement"),
  # n2
  ("kenyatta_siege_over_0116", "n2_dusit_0116", "أعلن الرئيس الكيني أوهورو كينياتا صباح اليوم الأربعاء انتهاء العملية الأمنية", 1, "statement"),
  ("dusit_attack_0115", "n2_dusit_0116", "وكان المسلحون قد اقتحموا المجمع عصر أمس الثلاثاء", 1, "strike"),
  ("au_condemns_0115", "n2_dusit_0116", "ودان الاتحاد الأفريقي الهجوم أمس", 1, "statement"),
  # n3
  ("dusit_attack_0115", "n3_dusit_0118", "هجوم نيروبى", 1, "strike"),
  ("dusit_suspects_arrested_0117", "n3_dusit_0118", "وأعلنت الشرطة الكينية أمس الخميس اعتقال رجلين", 1, "other"),
  ("dusit_attack_0115", "n3_dusit_0118", "وكان مسلحو حركة الشباب قد هاجموا مجمع دوسيت الفندقى يوم الثلاثاء الماضى", 1, "strike"),
  ("kenyatta_siege_over_0116", "n3_dusit_0118", "قبل أن يعلن الرئيس كينياتا صباح الأربعاء القضاء عليهم", 1, "statement"),
  # q1
  ("karrada_bombing_0703", "q1_karrada_0703", "التفجير الإرهابي الذي استهدف منطقة الكرادة وسط بغداد بعد منتصف ليل السبت الأحد", 1, "strike"),
  ("abadi_visits_0703", "q1_karrada_0703", "وتفقد رئيس الوزراء حيدر العبادي موقع التفجير صباح اليوم الأحد", 1, "other"),
  ("karrada_mourning_0703", "q1_karrada_0703", "وأعلن العبادي الحداد الرسمي في البلاد لمدة ثلاثة أيام", 1, "other"),
  ("shaab_bombing_0703", "q1_karrada_0703", "انفجرت عبوة ناسفة في سوق شعبي في الليلة نفسها", 1, "strike"),
  # q2
  ("karrada_claim_0703", "q2_karrada_0704", "تبنى تنظيم «داعش» التفجير بشاحنة مفخخة", 1, "statement"),
  ("karrada_bombing_0703", "q2_karrada_0704", "التفجير بشاحنة مفخخة في حي الكرادة التجاري ببغداد فجر الأحد", 1, "strike"),
  ("abadi_visits_0703", "q2_karrada_0704", "ورشق محتجون غاضبون موكب العبادي بالحجارة أثناء زيارته موقع الانفجار أمس الأول", 1, "other"),
  ("detectors_order_0704", "q2_karrada_0704", "وأمر العبادي أمس الاثنين بسحب أجهزة كشف المتفجرات المزيفة", 1, "other"),
  # q3
  ("ghabban_resigns_0705", "q3_karrada_0706", "قدم وزير الداخلية العراقي محمد الغبان استقالته أمس (الثلاثاء)", 1, "other"),
  ("karrada_bombing_0703", "q3_karrada_0706", "بعد يومين من تفجير الكرادة", 1, "strike"),
  ("karrada_bombing_0703", "q3_karrada_0706", "وكان الهجوم الذي وقع فجر الأحد الماضي قد أودى بحياة أكثر من 250 شخصا", 1, "strike"),
  ("karrada_mourning_0703", "q3_karrada_0706", "وكان العبادي قد أعلن الحداد ثلاثة أيام", 1, "other"),
  # p1
  ("botroseya_bombing_1211", "p1_botroseya_1211", "في انفجار وقع صباح اليوم الأحد داخل الكنيسة البطرسية", 1, "strike"),
  ("botroseya_mourning_1211", "p1_botroseya_1211", "وأعلنت رئاسة الجمهورية الحداد العام لمدة ثلاثة أيام", 1, "other"),
  ("sisi_meeting_1211", "p1_botroseya_1211", "وعقد الرئيس عبد الفتاح السيسي اجتماعا مع وزير الداخلية ومدير المخابرات العامة", 1, "meeting"),
  # p2
  ("botroseya_claim_1213", "p2_botroseya_1214", "تبنى تنظيم «الدولة الإسلامية» أمس الثلاثاء التفجير الانتحاري", 1, "statement"),
  ("botroseya_bombing_1211", "p2_botroseya_1214", "التفجير الانتحاري الذي استهدف الكنيسة البطرسية في القاهرة الأحد", 1, "strike"),
  ("sisi_names_bomber_1212", "p2_botroseya_1214", "وكان الرئيس المصري عبد الفتاح السيسي قد أعلن أمس الأول خلال الجنازة العسكرية للضحايا اسم منفذ التفجير", 1, "statement"),
  ("botroseya_funeral_1212", "p2_botroseya_1214", "وشيع آلاف المصريين ضحايا الانفجار في جنازة رسمية", 1, "other"),
  # p3
  ("four_remanded_1214", "p3_botroseya_1215", "أمر النائب العام أمس الأربعاء بحبس أربعة متهمين", 1, "other"),
  ("botroseya_bombing_1211", "p3_botroseya_1215", "وكان التفجير الذى وقع يوم الأحد الماضى قد أسفر عن مقتل 25 شخصا", 1, "strike"),
  ("haram_checkpoint_1209", "p3_botroseya_1215", "فى انفجار عبوة ناسفة استهدفت كمينا بشارع الهرم يوم الجمعة 9 ديسمبر", 1, "strike"),
 ],
 diff=[
  ("shabaab_claim_0115", "au_condemns_0115"),
  ("karrada_bombing_0703", "shaab_bombing_0703"),
  ("abadi_visits_0703", "karrada_mourning_0703"),
  ("detectors_order_0704", "ghabban_resigns_0705"),
  ("botroseya_bombing_1211", "haram_checkpoint_1209"),
  ("botroseya_mourning_1211", "botroseya_funeral_1212"),
  ("sisi_names_bomber_1212", "botroseya_claim_1213"),
  ("four_remanded_1214", "botroseya_funeral_1212"),
 ],
 before=[
  ("dusit_attack_0115", "kenyatta_siege_over_0116"),
  ("kenyatta_siege_over_0116", "dusit_suspects_arrested_0117"),
  ("karrada_bombing_0703", "abadi_visits_0703"),
  ("karrada_bombing_0703", "ghabban_resigns_0705"),
  ("detectors_order_0704", "ghabban_resigns_0705"),
  ("haram_checkpoint_1209", "botroseya_bombing_1211"),
  ("botroseya_bombing_1211", "sisi_names_bomber_1212"),
  ("sisi_names_bomber_1212", "botroseya_claim_1213"),
  ("botroseya_claim_1213", "four_remanded_1214"),
 ],
)
