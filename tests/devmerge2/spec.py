"""Gold events for tests/devmerge2 (a development set; format as ../devmerge/spec.py).

  clusters: cluster -> dict(type, tight, outer): the real date (tight) and what the texts
            still allow (outer).
  events rows: (cluster, doc, surface, occurrence, type): the clause carrying the trigger,
            or the reference (a definite noun, a statement's content) that names it.
  diff:   cluster pairs of one type that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts.
Time expressions are not annotated here (``timex`` is empty): the set scores events only.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "a1_abraham_0915": "2020-09-15T23:00:00+04:00",
 "a2_abraham_0916": "2020-09-16",
 "a3_abraham_0917": "2020-09-17",
 "b1_butler_0714": "2024-07-14T06:00:00+02:00",
 "b2_butler_0715": "2024-07-15",
 "b3_butler_0916": "2024-09-16",
 "c1_sudani_0415": "2024-04-15T20:00:00-04:00",
 "c2_sudani_0416": "2024-04-16",
 "c3_sudani_0417": "2024-04-17",
 "d1_manama_0516": "2024-05-16T12:00:00+03:00",
 "d2_manama_0517": "2024-05-17",
 "d3_manama_0518": "2024-05-18",
 "e1_algeria_0608": "2022-06-08T21:00:00+01:00",
 "e2_algeria_0609": "2022-06-09T18:00:00+02:00",
 "e3_algeria_0610": "2022-06-11",
 "f1_hagia_0710": "2020-07-10T21:00:00+03:00",
 "f2_hagia_0711": "2020-07-11",
 "f3_hagia_0724": "2020-07-24T15:00:00+03:00",
 "f4_hagia_0725": "2020-07-25",
 "g1_trumpcalls_0212": "2025-02-12T21:00:00+03:00",
 "g2_trumpcalls_0212": "2025-02-12T23:00:00+02:00",
 "g3_trumpcalls_0213": "2025-02-13",
 "h1_damascus_0401": "2024-04-01T19:00:00+03:00",
 "h2_damascus_0402": "2024-04-02",
 "h3_damascus_0403": "2024-04-03",
 "i1_fraternity_0204": "2019-02-04T20:00:00+04:00",
 "i2_fraternity_0205": "2019-02-05",
 "i3_fraternity_0206": "2019-02-06",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # The Abraham Accords signed at the White House: two signings of one ceremony
  "uae_israel_signing_0915": C(type="other", tight=D("2020-09-15"), outer=D("2020-09-15")),
  "bahrain_israel_signing_0915": C(type="other", tight=D("2020-09-15"), outer=D("2020-09-15")),
  "uae_israel_deal_0813": C(type="other", tight=D("2020-08-13"), outer=D("2020-08-13")),
  "trump_hamad_call_0911": C(type="call", tight=D("2020-09-11"), outer=D("2020-09-11")),
  # Two attempts on Donald Trump's life
  "butler_attempt_0713": C(type="strike", tight=D("2024-07-13"), outer=D("2024-07-13", "2024-07-14")),
  "westpalm_attempt_0915": C(type="strike", tight=D("2024-09-15"), outer=D("2024-09-15")),
  # Sudani at the White House
  "sudani_biden_0415": C(type="meeting", tight=D("2024-04-15"), outer=D("2024-04-15")),
  "sudani_visit_0415": C(type="other", tight=D("2024-04-14", "2024-04-18"), outer=D("2024-04-13", "2024-04-19")),
  "biden_kishida_0410": C(type="meeting", tight=D("2024-04-10"), outer=D("2024-04-10")),
  "iran_attack_0413": C(type="strike", tight=D("2024-04-13", "2024-04-14"), outer=D("2024-04-13", "2024-04-15")),
  # The Arab summit in Manama
  "manama_summit_0516": C(type="meeting", tight=D("2024-05-16"), outer=D("2024-05-16")),
  "sisi_hamad_0516": C(type="meeting", tight=D("2024-05-16"), outer=D("2024-05-16")),
  "manama_ministers_0514": C(type="meeting", tight=D("2024-05-14"), outer=D("2024-05-14")),
  "riyadh_summit_20231111": C(type="meeting", tight=D("2023-11-11"), outer=D("2023-11-11")),
  "cairo_summit_202310": C(type="meeting", tight=D("2023-10-21"), outer=D("2023-10-01", "2023-10-31")),
  # Algeria and Spain, June 2022
  "treaty_suspension_0608": C(type="other", tight=D("2022-06-08"), outer=D("2022-06-08")),
  "banks_freeze_0609": C(type="other", tight=D("2022-06-09"), outer=D("2022-06-08", "2022-06-09")),
  "spain_regret_0609": C(type="statement", tight=D("2022-06-09"), outer=D("2022-06-09")),
  "eu_warning_0610": C(type="statement", tight=D("2022-06-10"), outer=D("2022-06-10")),
  "ambassador_recalled_202203": C(type="other", tight=D("2022-03-19"), outer=D("2022-03-01", "2022-03-31")),
  # Hagia Sophia: the decree and the first prayer two weeks later
  "hagia_decree_0710": C(type="other", tight=D("2020-07-10"), outer=D("2020-07-10")),
  "court_ruling_0710": C(type="other", tight=D("2020-07-10"), outer=D("2020-07-10")),
  "erdogan_address_0710": C(type="statement", tight=D("2020-07-10"), outer=D("2020-07-10")),
  "unesco_regret_0710": C(type="statement", tight=D("2020-07-10"), outer=D("2020-07-10", "2020-07-11")),
  "first_prayer_0724": C(type="other", tight=D("2020-07-24"), outer=D("2020-07-24")),
  # Trump's two calls of 12 February 2025
  "trump_putin_call_0212": C(type="call", tight=D("2025-02-12"), outer=D("2025-02-12")),
  "trump_zelensky_call_0212": C(type="call", tight=D("2025-02-12"), outer=D("2025-02-12")),
  # The strike on Iran's consulate in Damascus
  "damascus_consulate_0401": C(type="strike", tight=D("2024-04-01"), outer=D("2024-04-01")),
  "aleppo_strike_0329": C(type="strike", tight=D("2024-03-29"), outer=D("2024-03-29")),
  "iran_fm_0401": C(type="statement", tight=D("2024-04-01"), outer=D("2024-04-01", "2024-04-02")),
  "khamenei_0402": C(type="statement", tight=D("2024-04-02"), outer=D("2024-04-02")),
  # Pope Francis and the Grand Imam of al-Azhar in Abu Dhabi
  "fraternity_signing_0204": C(type="other", tight=D("2019-02-04"), outer=D("2019-02-04")),
  "fraternity_meeting_0204": C(type="meeting", tight=D("2019-02-04"), outer=D("2019-02-04")),
  "pope_mbz_0204": C(type="meeting", tight=D("2019-02-04"), outer=D("2019-02-04")),
  "tayeb_pope_cairo_2017": C(type="meeting", tight=D("2017-04-28"), outer=D("2017-04-01", "2017-04-30")),
  "pope_mass_0205": C(type="other", tight=D("2019-02-05"), outer=D("2019-02-05")),
  "pope_departure_0205": C(type="other", tight=D("2019-02-05"), outer=D("2019-02-05")),
 },
 events=[
  # a1
  ("uae_israel_signing_0915", "a1_abraham_0915", "وقع سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية والتعاون الدولي اليوم الثلاثاء في البيت الأبيض معاهدة السلام", 1, "other"),
  ("bahrain_israel_signing_0915", "a1_abraham_0915", "ووقع وزير الخارجية البحريني الدكتور عبداللطيف بن راشد الزياني في الحفل ذاته إعلان تأييد السلام مع إسرائيل", 1, "other"),
  ("uae_israel_deal_0813", "a1_abraham_0915", "وكانت الإمارات وإسرائيل قد أعلنتا في 13 أغسطس الماضي التوصل إلى اتفاق لتطبيع العلاقات", 1, "other"),
  # a2
  ("bahrain_israel_signing_0915", "a2_abraham_0916", "وقع وزير الخارجية الدكتور عبداللطيف بن راشد الزياني، أمس، في العاصمة الأمريكية واشنطن، إعلان تأييد السلام", 1, "other"),
  ("trump_hamad_call_0911", "a2_abraham_0916", "قد تلقى يوم الجمعة الماضي اتصالا هاتفيا من الرئيس الأمريكي دونالد ترامب", 1, "call"),
  # a3
  ("uae_israel_signing_0915", "a3_abraham_0917", "ووقع نتنياهو ووزير الخارجية الإماراتى معاهدة سلام كاملة", 1, "other"),
  ("bahrain_israel_signing_0915", "a3_abraham_0917", "بينما اقتصر توقيع الجانب البحرينى على إعلان تأييد للسلام", 1, "other"),
  # b1
  ("butler_attempt_0713", "b1_butler_0714", "نجا الرئيس الأمريكي السابق دونالد ترامب من محاولة اغتيال مساء السبت", 1, "strike"),
  ("butler_attempt_0713", "b1_butler_0714", "حين أطلق مسلح النار من سطح مبنى قريب", 1, "strike"),
  ("butler_attempt_0713", "b1_butler_0714", "وأدان الرئيس جو بايدن الهجوم", 1, "strike"),
  # b2
  ("butler_attempt_0713", "b2_butler_0715", "أطلق النار على المرشح الجمهوري دونالد ترامب مساء السبت في بنسلفانيا", 1, "strike"),
  ("butler_attempt_0713", "b2_butler_0715", "وكان ترامب قد ظهر بعد إطلاق النار", 1, "strike"),
  # b3
  ("westpalm_attempt_0915", "b3_butler_0916", "محاولة ثانية لاغتيال ترامب في فلوريدا", 1, "strike"),
  ("westpalm_attempt_0915", "b3_butler_0916", "أن عناصر الخدمة السرية أطلقوا النار، أمس الأحد، على مسلح", 1, "strike"),
  ("butler_attempt_0713", "b3_butler_0916", "محاولة الاغتيال التي تعرض لها ترامب في تجمع انتخابي في باتلر", 1, "strike"),
  # c1
  ("sudani_biden_0415", "c1_sudani_0415", "عقد رئيس مجلس الوزراء محمد شياع السوداني، اليوم الاثنين، في البيت الأبيض مباحثات مع الرئيس الأمريكي جو بايدن", 1, "meeting"),
  ("sudani_biden_0415", "c1_sudani_0415", "أن الجانبين بحثا ملفات الطاقة", 1, "meeting"),
  ("sudani_visit_0415", "c1_sudani_0415", "ويزور السوداني واشنطن على رأس وفد حكومي رفيع", 1, "other"),
  # c2
  ("sudani_biden_0415", "c2_sudani_0416", "بايدن يستقبل السوداني", 1, "meeting"),
  ("sudani_biden_0415", "c2_sudani_0416", "استقبل الرئيس الأمريكي جو بايدن، أمس، رئيس الوزراء العراقي في المكتب البيضاوي", 1, "meeting"),
  ("sudani_biden_0415", "c2_sudani_0416", "قبيل الاجتماع", 1, "meeting"),
  ("biden_kishida_0410", "c2_sudani_0416", "وكان بايدن قد استقبل في البيت الأبيض الأربعاء الماضي رئيس الوزراء الياباني فوميو كيشيدا", 1, "meeting"),
  # c3
  ("sudani_biden_0415", "c3_sudani_0417", "التي شهدت أول لقاء له مع الرئيس جو بايدن في البيت الأبيض يوم الاثنين", 1, "meeting"),
  ("sudani_biden_0415", "c3_sudani_0417", "وجاءت القمة العراقية الأمريكية", 1, "meeting"),
  ("iran_attack_0413", "c3_sudani_0417", "بعد يومين من الهجوم الإيراني بالمسيرات والصواريخ على إسرائيل", 1, "strike"),
  ("sudani_visit_0415", "c3_sudani_0417", "إن زيارة السوداني أسفرت", 1, "other"),
  # d1
  ("manama_summit_0516", "d1_manama_0516", "انطلقت في مملكة البحرين اليوم أعمال القمة العربية الثالثة والثلاثين", 1, "meeting"),
  ("manama_summit_0516", "d1_manama_0516", "في كلمة افتتاح القمة", 1, "meeting"),
  ("manama_ministers_0514", "d1_manama_0516", "وكان وزراء الخارجية العرب قد عقدوا يوم الثلاثاء الماضي في المنامة اجتماعهم التحضيري للقمة", 1, "meeting"),
  # d2
  ("manama_summit_0516", "d2_manama_0517", "السيسى أمام قمة البحرين", 1, "meeting"),
  ("manama_summit_0516", "d2_manama_0517", "شارك الرئيس عبد الفتاح السيسى، أمس، فى أعمال القمة العربية بالمنامة", 1, "meeting"),
  ("sisi_hamad_0516", "d2_manama_0517", "والتقى الرئيس على هامش القمة بالعاهل البحرينى الملك حمد بن عيسى", 1, "meeting"),
  ("cairo_summit_202310", "d2_manama_0517", "وكانت القاهرة قد استضافت فى أكتوبر الماضى قمة القاهرة للسلام", 1, "meeting"),
  # d3
  ("manama_summit_0516", "d3_manama_0518", "القمة العربية التي احتضنتها المنامة يوم الخميس 16 ماي", 1, "meeting"),
  ("manama_summit_0516", "d3_manama_0518", "وشهدت القمة غياب", 1, "meeting"),
  ("riyadh_summit_20231111", "d3_manama_0518", "القمة العربية الإسلامية المشتركة التي عقدت في الرياض في 11 نونبر الماضي", 1, "meeting"),
  # e1
  ("treaty_suspension_0608", "e1_algeria_0608", "قررت الجزائر، اليوم الأربعاء، التعليق الفوري لمعاهدة الصداقة", 1, "other"),
  ("ambassador_recalled_202203", "e1_algeria_0608", "وكانت الجزائر قد استدعت سفيرها لدى مدريد للتشاور في مارس الماضي", 1, "other"),
  # e2
  ("spain_regret_0609", "e2_algeria_0609", "أعربت الحكومة الإسبانية الخميس عن", 1, "statement"),
  ("treaty_suspension_0608", "e2_algeria_0609", "لتعليق الجزائر أمس معاهدة الصداقة", 1, "other"),
  ("banks_freeze_0609", "e2_algeria_0609", "جمدت جمعية البنوك والمؤسسات المالية الجزائرية اليوم عمليات التوطين البنكي", 1, "other"),
  # e3
  ("treaty_suspension_0608", "e3_algeria_0610", "بعد تعليق معاهدة الصداقة مع إسبانيا", 1, "other"),
  ("eu_warning_0610", "e3_algeria_0610", "حذر الاتحاد الأوروبي، أمس الجمعة، الجزائر", 1, "statement"),
  ("treaty_suspension_0608", "e3_algeria_0610", "أن قرارها تعليق معاهدة الصداقة مع إسبانيا يوم الأربعاء", 1, "other"),
  ("banks_freeze_0609", "e3_algeria_0610", "وتجميد المعاملات التجارية معها يوم الخميس", 1, "other"),
  ("eu_warning_0610", "e3_algeria_0610", "وقال بيان مشترك", 1, "statement"),
  # f1
  ("hagia_decree_0710", "f1_hagia_0710", "وقع الرئيس التركي رجب طيب أردوغان، اليوم الجمعة، مرسوما رئاسيا يقضي بتحويل آيا صوفيا", 1, "other"),
  ("hagia_decree_0710", "f1_hagia_0710", "وجاء المرسوم", 1, "other"),
  ("court_ruling_0710", "f1_hagia_0710", "عقب إلغاء المحكمة الإدارية العليا، في وقت سابق اليوم، قرار مجلس الوزراء", 1, "other"),
  ("erdogan_address_0710", "f1_hagia_0710", "وأعلن أردوغان في كلمة متلفزة", 1, "statement"),
  ("first_prayer_0724", "f1_hagia_0710", "أن أول صلاة جمعة ستقام في المسجد يوم 24 يوليو الجاري", 1, "other"),
  # f2
  ("unesco_regret_0710", "f2_hagia_0711", "أعربت منظمة اليونسكو عن", 1, "statement"),
  ("hagia_decree_0710", "f2_hagia_0711", "لقرار السلطات التركية، أمس، تحويل آيا صوفيا إلى مسجد", 1, "other"),
  ("hagia_decree_0710", "f2_hagia_0711", "وكان الرئيس أردوغان قد أعلن القرار", 1, "other"),
  ("court_ruling_0710", "f2_hagia_0711", "بعد ساعات من حكم قضائي ألغى وضع المعلم متحفا", 1, "other"),
  # f3
  ("first_prayer_0724", "f3_hagia_0724", "أدى الرئيس التركي رجب طيب أردوغان، اليوم الجمعة، صلاة الجمعة في آيا صوفيا", 1, "other"),
  ("first_prayer_0724", "f3_hagia_0724", "وتأتي الصلاة", 1, "other"),
  ("hagia_decree_0710", "f3_hagia_0724", "بعد أسبوعين من مرسوم رئاسي", 1, "other"),
  # f4
  ("first_prayer_0724", "f4_hagia_0725", "آلاف المصلين فى أول جمعة بآيا صوفيا", 1, "other"),
  ("first_prayer_0724", "f4_hagia_0725", "شهد مسجد آيا صوفيا بإسطنبول أمس أول صلاة جمعة", 1, "other"),
  ("hagia_decree_0710", "f4_hagia_0725", "وكانت تركيا قد قررت فى العاشر من يوليو الجارى تحويل المعلم", 1, "other"),
  # g1
  ("trump_putin_call_0212", "g1_trumpcalls_0212", "أجرى الرئيس الروسي فلاديمير بوتين، اليوم الأربعاء، مكالمة هاتفية مع نظيره الأمريكي دونالد ترامب", 1, "call"),
  ("trump_putin_call_0212", "g1_trumpcalls_0212", "وهذه أول محادثة هاتفية معلنة", 1, "call"),
  # g2
  ("trump_zelensky_call_0212", "g2_trumpcalls_0212", "إنه أجرى اليوم اتصالا هاتفيا", 1, "call"),
  ("trump_putin_call_0212", "g2_trumpcalls_0212", "تفاصيل مكالمته مع الرئيس الروسي", 1, "call"),
  ("trump_zelensky_call_0212", "g2_trumpcalls_0212", "وجاء اتصال زيلينسكي", 1, "call"),
  ("trump_putin_call_0212", "g2_trumpcalls_0212", "بعد ساعات من مكالمة ترامب مع بوتين", 1, "call"),
  # g3
  ("trump_putin_call_0212", "g3_trumpcalls_0213", "أنه اتفق مع الرئيس الروسي فلاديمير بوتين خلال اتصال هاتفي", 1, "call"),
  ("trump_putin_call_0212", "g3_trumpcalls_0213", "وبعد المكالمة", 1, "call"),
  ("trump_zelensky_call_0212", "g3_trumpcalls_0213", "اتصل ترامب بالرئيس الأوكراني فولوديمير زيلينسكي", 1, "call"),
  # h1
  ("damascus_consulate_0401", "h1_damascus_0401", "استهدف عدوان إسرائيلي من اتجاه الجولان السوري المحتل، اليوم الإثنين، مبنى القنصلية الإيرانية", 1, "strike"),
  ("aleppo_strike_0329", "h1_damascus_0401", "وكان عدوان إسرائيلي قد استهدف فجر يوم الجمعة الماضي عددا من النقاط في ريف حلب الجنوبي", 1, "strike"),
  # h2
  ("damascus_consulate_0401", "h2_damascus_0402", "على الضربة الإسرائيلية في دمشق", 1, "strike"),
  ("damascus_consulate_0401", "h2_damascus_0402", "في ضربة جوية إسرائيلية دمرت اليوم مبنى ملحقا بالسفارة الإيرانية في دمشق", 1, "strike"),
  ("iran_fm_0401", "h2_damascus_0402", "ووصف وزير الخارجية الإيراني حسين أمير عبداللهيان", 1, "statement"),
  ("damascus_consulate_0401", "h2_damascus_0402", "الهجوم بأنه انتهاك", 1, "strike"),
  ("damascus_consulate_0401", "h2_damascus_0402", "ولم تعلق إسرائيل على الضربة", 1, "strike"),
  # h3
  ("damascus_consulate_0401", "h3_damascus_0403", "جريمة القنصلية", 1, "strike"),
  ("khamenei_0402", "h3_damascus_0403", "توعد المرشد الإيراني علي خامنئي، أمس الثلاثاء", 1, "statement"),
  ("damascus_consulate_0401", "h3_damascus_0403", "في الغارة التي استهدفت قنصلية بلاده في دمشق يوم الاثنين", 1, "strike"),
  # i1
  ("fraternity_signing_0204", "i1_fraternity_0204", "وقع قداسة البابا فرنسيس بابا الكنيسة الكاثوليكية وفضيلة الإمام الأكبر الدكتور أحمد الطيب شيخ الأزهر الشريف، اليوم، في أبوظبي وثيقة", 1, "other"),
  ("fraternity_meeting_0204", "i1_fraternity_0204", "خلال لقاء الأخوة الإنسانية الذي أقيم في صرح زايد المؤسس", 1, "meeting"),
  ("pope_mbz_0204", "i1_fraternity_0204", "قد استقبل قداسة البابا في قصر الرئاسة في وقت سابق اليوم", 1, "meeting"),
  ("pope_mass_0205", "i1_fraternity_0204", "ويترأس البابا غدا قداسا في مدينة زايد الرياضية", 1, "other"),
  # i2
  ("fraternity_signing_0204", "i2_fraternity_0205", "شيخ الأزهر وبابا الفاتيكان يوقعان وثيقة تاريخية", 1, "other"),
  ("fraternity_signing_0204", "i2_fraternity_0205", "وقع فضيلة الإمام الأكبر أحمد الطيب، شيخ الأزهر، وقداسة البابا فرنسيس، أمس الإثنين", 1, "other"),
  ("tayeb_pope_cairo_2017", "i2_fraternity_0205", "وكان الطيب قد استقبل البابا فى مشيخة الأزهر بالقاهرة فى أبريل 2017", 1, "meeting"),
  # i3
  ("pope_departure_0205", "i3_fraternity_0206", "اختتم البابا فرنسيس، أمس الثلاثاء، زيارته إلى الإمارات", 1, "other"),
  ("pope_mass_0205", "i3_fraternity_0206", "بقداس حضره أكثر من 170 ألف شخص", 1, "other"),
  ("fraternity_signing_0204", "i3_fraternity_0206", "وتصدرت الوثيقة التي وقعها البابا وشيخ الأزهر يوم الاثنين", 1, "other"),
 ],
 diff=[
  ("uae_israel_signing_0915", "bahrain_israel_signing_0915"),
  ("butler_attempt_0713", "westpalm_attempt_0915"),
  ("sudani_biden_0415", "biden_kishida_0410"),
  ("manama_summit_0516", "sisi_hamad_0516"),
  ("manama_summit_0516", "manama_ministers_0514"),
  ("manama_summit_0516", "riyadh_summit_20231111"),
  ("treaty_suspension_0608", "banks_freeze_0609"),
  ("hagia_decree_0710", "first_prayer_0724"),
  ("hagia_decree_0710", "court_ruling_0710"),
  ("trump_putin_call_0212", "trump_zelensky_call_0212"),
  ("damascus_consulate_0401", "aleppo_strike_0329"),
  ("fraternity_meeting_0204", "pope_mbz_0204"),
  ("fraternity_meeting_0204", "tayeb_pope_cairo_2017"),
  ("fraternity_signing_0204", "pope_mass_0205"),
 ],
 before=[
  ("uae_israel_deal_0813", "uae_israel_signing_0915"),
  ("biden_kishida_0410", "sudani_biden_0415"),
  ("manama_ministers_0514", "manama_summit_0516"),
  ("ambassador_recalled_202203", "treaty_suspension_0608"),
  ("treaty_suspension_0608", "banks_freeze_0609"),
  ("hagia_decree_0710", "first_prayer_0724"),
  ("aleppo_strike_0329", "damascus_consulate_0401"),
  ("butler_attempt_0713", "westpalm_attempt_0915"),
  ("fraternity_signing_0204", "pope_mass_0205"),
 ],
)
