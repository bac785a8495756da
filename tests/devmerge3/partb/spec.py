"""Gold events for tests/devmerge3, part B (format as ../spec.py).

Part B measures transfer: other stories and outlets than part A, written and scored before
any engine change of round 11, then scored only at the end (its misses are not read while
the engine is changed).
"""
from gold_sets import span

D = span

PUBLISHED = {
 "h1_doha_0909": "2025-09-09T19:00:00+03:00",
 "h2_doha_0910": "2025-09-10T16:00:00+04:00",
 "h3_doha_0910": "2025-09-10",
 "h4_doha_0916": "2025-09-16",
 "i1_erdogan_0214": "2022-02-14T20:00:00+04:00",
 "i2_erdogan_0215": "2022-02-15T14:00:00+03:00",
 "i3_erdogan_0216": "2022-02-16",
 "j1_algeria_0824": "2021-08-24T19:00:00+01:00",
 "j2_algeria_0824": "2021-08-24T23:00:00+01:00",
 "j3_algeria_0826": "2021-08-26",
 "j4_algeria_0923": "2021-09-23",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # The Israeli strike on Hamas leaders in Doha, the condemnations and the Doha summit
  "doha_strike_0909": C(type="strike", tight=D("2025-09-09"), outer=D("2025-09-09")),
  "qatar_condemnation_0909": C(type="statement", tight=D("2025-09-09"), outer=D("2025-09-09")),
  "uae_condemnation_0909": C(type="statement", tight=D("2025-09-09"), outer=D("2025-09-09")),
  "jordan_condemnation_0909": C(type="statement", tight=D("2025-09-09"), outer=D("2025-09-09", "2025-09-10")),
  "mbz_doha_visit_0910": C(type="other", tight=D("2025-09-10"), outer=D("2025-09-10")),
  "tamim_abdullah_call_0909": C(type="call", tight=D("2025-09-09"), outer=D("2025-09-09")),
  "doha_summit_0915": C(type="meeting", tight=D("2025-09-15"), outer=D("2025-09-15")),
  "doha_ministers_0914": C(type="meeting", tight=D("2025-09-14"), outer=D("2025-09-14")),
  # Erdogan in Abu Dhabi, February 2022
  "mbz_erdogan_0214": C(type="meeting", tight=D("2022-02-14"), outer=D("2022-02-14")),
  "erdogan_uae_visit_0214": C(type="other", tight=D("2022-02-14", "2022-02-15"), outer=D("2022-02-14", "2022-02-15")),
  "uae_turkey_deals_0214": C(type="other", tight=D("2022-02-14"), outer=D("2022-02-14", "2022-02-15")),
  "mbz_ankara_visit_1124": C(type="other", tight=D("2021-11-24"), outer=D("2021-11-24")),
  "ankara_deals_1124": C(type="other", tight=D("2021-11-24"), outer=D("2021-11-24")),
  "erdogan_expo_0215": C(type="other", tight=D("2022-02-15"), outer=D("2022-02-15")),
  # Algeria cuts its ties with Morocco, then closes its airspace
  "algeria_cuts_ties_0824": C(type="other", tight=D("2021-08-24"), outer=D("2021-08-24")),
  "lamamra_press_0824": C(type="statement", tight=D("2021-08-24"), outer=D("2021-08-24")),
  "hcs_meeting_0818": C(type="meeting", tight=D("2021-08-18"), outer=D("2021-08-18")),
  "morocco_regret_0824": C(type="statement", tight=D("2021-08-24"), outer=D("2021-08-24")),
  "saudi_call_0825": C(type="statement", tight=D("2021-08-25"), outer=D("2021-08-24", "2021-08-26")),
  "airspace_closure_0922": C(type="other", tight=D("2021-09-22"), outer=D("2021-09-22")),
 },
 events=[
  # h1
  ("qatar_condemnation_0909", "h1_doha_0909", "أدانت دولة قطر بأشد العبارات", 1, "statement"),
  ("doha_strike_0909", "h1_doha_0909", "الهجوم الإسرائيلي الجبان الذي استهدف، اليوم، مقرات سكنية", 1, "strike"),
  ("qatar_condemnation_0909", "h1_doha_0909", "وأكد الدكتور ماجد بن محمد الأنصاري", 1, "statement"),
  # h2
  ("mbz_doha_visit_0910", "h2_doha_0910", "وصل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة، اليوم، إلى الدوحة في زيارة أخوية", 1, "other"),
  ("uae_condemnation_0909", "h2_doha_0910", "وكانت دولة الإمارات قد أدانت بشدة، أمس", 1, "statement"),
  ("doha_strike_0909", "h2_doha_0910", "الاعتداء الإسرائيلي السافر على دولة قطر", 1, "strike"),
  # h3
  ("jordan_condemnation_0909", "h3_doha_0910", "أدانت المملكة الأردنية الهاشمية", 1, "statement"),
  ("doha_strike_0909", "h3_doha_0910", "الاستهداف الإسرائيلي لدولة قطر الشقيقة، الذي وقع الثلاثاء في الدوحة", 1, "strike"),
  ("jordan_condemnation_0909", "h3_doha_0910", "وقال الناطق الرسمي باسم وزارة الخارجية وشؤون المغتربين", 1, "statement"),
  ("tamim_abdullah_call_0909", "h3_doha_0910", "وتلقى جلالة الملك عبدالله الثاني، مساء الثلاثاء، اتصالا هاتفيا", 1, "call"),
  # h4
  ("doha_summit_0915", "h4_doha_0916", "اختتمت، أمس الاثنين، بالدوحة أعمال القمة العربية الإسلامية الطارئة", 1, "meeting"),
  ("doha_strike_0909", "h4_doha_0916", "عقب الغارة الإسرائيلية التي استهدفت قيادات من حركة حماس على أراضيها يوم 9 سبتمبر", 1, "strike"),
  ("doha_summit_0915", "h4_doha_0916", "وشارك في القمة", 1, "meeting"),
  ("doha_ministers_0914", "h4_doha_0916", "وكان وزراء خارجية الدول العربية والإسلامية قد عقدوا، الأحد، اجتماعا تحضيريا", 1, "meeting"),
  # i1
  ("mbz_erdogan_0214", "i1_erdogan_0214", "استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة، اليوم، فخامة الرئيس رجب طيب أردوغان", 1, "meeting"),
  ("mbz_erdogan_0214", "i1_erdogan_0214", "وبحث سموه والرئيس التركي خلال اللقاء", 1, "meeting"),
  ("uae_turkey_deals_0214", "i1_erdogan_0214", "وشهد الجانبان توقيع 13 اتفاقية ومذكرة تفاهم", 1, "other"),
  # i2
  ("mbz_erdogan_0214", "i2_erdogan_0215", "أجرى الرئيس التركي رجب طيب أردوغان، أمس الاثنين، مباحثات مع ولي عهد أبوظبي", 1, "meeting"),
  ("erdogan_uae_visit_0214", "i2_erdogan_0215", "في أول زيارة له إلى الإمارات", 1, "other"),
  ("erdogan_uae_visit_0214", "i2_erdogan_0215", "وتأتي الزيارة", 1, "other"),
  ("mbz_ankara_visit_1124", "i2_erdogan_0215", "من زيارة أجراها ولي عهد أبوظبي إلى أنقرة في 24 نوفمبر الماضي", 1, "other"),
  ("ankara_deals_1124", "i2_erdogan_0215", "وقع خلالها البلدان 10 اتفاقيات", 1, "other"),
  ("erdogan_expo_0215", "i2_erdogan_0215", "وزار أردوغان، اليوم الثلاثاء، جناح تركيا في معرض إكسبو 2020 دبي", 1, "other"),
  # i3
  ("erdogan_uae_visit_0214", "i3_erdogan_0216", "اختتم الرئيس التركي رجب طيب أردوغان زيارة إلى دولة الإمارات", 1, "other"),
  ("mbz_erdogan_0214", "i3_erdogan_0216", "التقى خلالها يوم الاثنين ولي عهد أبوظبي", 1, "meeting"),
  ("uae_turkey_deals_0214", "i3_erdogan_0216", "ووقع البلدان خلال الزيارة 13 اتفاقية تعاون", 1, "other"),
  # j1
  ("lamamra_press_0824", "j1_algeria_0824", "أعلن وزير الشؤون الخارجية والجالية الوطنية بالخارج، رمطان لعمامرة، اليوم الثلاثاء", 1, "statement"),
  ("algeria_cuts_ties_0824", "j1_algeria_0824", "قطع العلاقات الدبلوماسية مع المملكة المغربية ابتداء من اليوم", 1, "other"),
  ("lamamra_press_0824", "j1_algeria_0824", "وأوضح لعمامرة، في ندوة صحفية", 1, "statement"),
  ("hcs_meeting_0818", "j1_algeria_0824", "وكان المجلس الأعلى للأمن قد قرر، الأربعاء الماضي، إعادة النظر", 1, "meeting"),
  # j2
  ("morocco_regret_0824", "j2_algeria_0824", "أعربت المملكة المغربية عن أسفها", 1, "statement"),
  ("algeria_cuts_ties_0824", "j2_algeria_0824", "لقرار السلطات الجزائرية قطع العلاقات الدبلوماسية مع المغرب", 1, "other"),
  ("morocco_regret_0824", "j2_algeria_0824", "وأكد بلاغ لوزارة الشؤون الخارجية", 1, "statement"),
  # j3
  ("algeria_cuts_ties_0824", "j3_algeria_0826", "قرار الجزائر قطع علاقاتها مع المغرب، الذي أعلنه وزير الخارجية رمطان لعمامرة أمس الأول", 1, "other"),
  ("saudi_call_0825", "j3_algeria_0826", "ودعت المملكة العربية السعودية، في بيان", 1, "statement"),
  ("morocco_regret_0824", "j3_algeria_0826", "وكانت الرباط قد أعربت مساء الثلاثاء عن أسفها للقرار", 1, "statement"),
  # j4
  ("airspace_closure_0922", "j4_algeria_0923", "أغلقت الجزائر، أمس الأربعاء، مجالها الجوي أمام كل الطائرات المدنية والعسكرية المغربية", 1, "other"),
  ("algeria_cuts_ties_0824", "j4_algeria_0923", "بعد نحو شهر من قطع الجزائر علاقاتها الدبلوماسية مع الرباط في 24 أغسطس", 1, "other"),
 ],
 diff=[
  ("qatar_condemnation_0909", "uae_condemnation_0909"),
  ("qatar_condemnation_0909", "jordan_condemnation_0909"),
  ("uae_condemnation_0909", "jordan_condemnation_0909"),
  ("doha_summit_0915", "doha_ministers_0914"),
  ("erdogan_uae_visit_0214", "mbz_ankara_visit_1124"),
  ("uae_turkey_deals_0214", "ankara_deals_1124"),
  ("uae_turkey_deals_0214", "erdogan_expo_0215"),
  ("algeria_cuts_ties_0824", "airspace_closure_0922"),
  ("lamamra_press_0824", "morocco_regret_0824"),
  ("morocco_regret_0824", "saudi_call_0825"),
 ],
 before=[
  ("doha_strike_0909", "doha_summit_0915"),
  ("doha_ministers_0914", "doha_summit_0915"),
  ("mbz_ankara_visit_1124", "mbz_erdogan_0214"),
  ("hcs_meeting_0818", "algeria_cuts_ties_0824"),
  ("algeria_cuts_ties_0824", "airspace_closure_0922"),
 ],
)
