"""Gold events for tests/devrefs (a development set; format as ../shared/dev/spec.py).

  clusters: cluster -> dict(type, tight, outer): the real date (tight) and what the texts
            still allow (outer).
  events rows: (cluster, doc, surface, occurrence, type): the clause carrying the trigger,
            or the reference (a definite noun, a pronoun, a statement's content) that names it.
  diff:   cluster pairs of one type that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts.
Time expressions are not annotated here (``timex`` is empty): the set scores events only.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "c01_crocus_0323": "2024-03-23T09:00:00+03:00",
 "c02_crocus_0324": "2024-03-24",
 "c03_crocus_0325": "2024-03-25",
 "b01_bidenxi_1116": "2023-11-16T08:00:00+03:00",
 "b02_bidenxi_1116": "2023-11-16T19:00:00+08:00",
 "b03_bidenxi_1117": "2023-11-17",
 "k01_bakhmut_0520": "2023-05-20T22:00:00+03:00",
 "k02_bakhmut_0521": "2023-05-21T14:00:00+03:00",
 "k03_avdiivka_0218": "2024-02-18",
 "u01_usstrikes_0203": "2024-02-03",
 "u02_usstrikes_0204": "2024-02-04",
 "u03_baghdad_0208": "2024-02-08",
 "e01_easter_0419": "2025-04-19T17:30:00+03:00",
 "e02_easter_0420": "2025-04-20T20:00:00+01:00",
 "e03_victory_0429": "2025-04-29",
 "m01_macronputin_0702": "2025-07-02",
 "m02_macronputin_0701": "2025-07-01T21:00:00+03:00",
 "m03_macronputin_0702": "2025-07-02T12:00:00+01:00",
 "t01_tanker_0427": "2023-04-27T20:00:00+03:30",
 "t02_tanker_0504": "2023-05-04",
 "t03_tanker_0505": "2023-05-05",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Crocus City Hall, March 2024
  "crocus_attack_0322": C(type="strike", tight=D("2024-03-22"), outer=D("2024-03-22")),
  "crocus_arrests_0323": C(type="capture", tight=D("2024-03-23"), outer=D("2024-03-23")),
  "putin_address_0323": C(type="statement", tight=D("2024-03-23"), outer=D("2024-03-23")),
  "crocus_charges_0324": C(type="other", tight=D("2024-03-24"), outer=D("2024-03-24")),
  "kerman_bombings_0103": C(type="strike", tight=D("2024-01-03"), outer=D("2024-01-03")),
  # Biden and Xi, November 2023
  "woodside_summit_1115": C(type="meeting", tight=D("2023-11-15"), outer=D("2023-11-15")),
  "bali_meeting_20221114": C(type="meeting", tight=D("2022-11-14"), outer=D("2022-11-01", "2022-11-30")),
  "wang_yi_briefing_1116": C(type="statement", tight=D("2023-11-16"), outer=D("2023-11-16")),
  "biden_dictator_1115": C(type="statement", tight=D("2023-11-15"), outer=D("2023-11-15")),
  "xi_arrival_1114": C(type="other", tight=D("2023-11-14"), outer=D("2023-11-14")),
  # Bakhmut and Avdiivka
  "bakhmut_capture_0520": C(type="capture", tight=D("2023-05-20"), outer=D("2023-05-20", "2023-05-21")),
  "maliar_denial_0520": C(type="statement", tight=D("2023-05-20"), outer=D("2023-05-20")),
  "zelensky_hiroshima_0521": C(type="statement", tight=D("2023-05-21"), outer=D("2023-05-21")),
  "avdiivka_capture_0217": C(type="capture", tight=D("2024-02-17"), outer=D("2024-02-17")),
  # US strikes, January-February 2024
  "tower22_attack_0128": C(type="strike", tight=D("2024-01-28"), outer=D("2024-01-28")),
  "us_strikes_0202": C(type="strike", tight=D("2024-02-02"), outer=D("2024-02-02", "2024-02-03")),
  "awadi_statement_0203": C(type="statement", tight=D("2024-02-03"), outer=D("2024-02-03")),
  "biden_statement_0202": C(type="statement", tight=D("2024-02-02"), outer=D("2024-02-02", "2024-02-03")),
  "baghdad_strike_0207": C(type="strike", tight=D("2024-02-07"), outer=D("2024-02-07")),
  # Easter and Victory Day truces, 2025
  "easter_truce_0419": C(type="ceasefire", tight=D("2025-04-19"), outer=D("2025-04-19")),
  "easter_violations_0420": C(type="ceasefire", tight=D("2025-04-19", "2025-04-20"), outer=D("2025-04-19", "2025-04-20")),
  "zelensky_reaction_0419": C(type="statement", tight=D("2025-04-19"), outer=D("2025-04-19")),
  "victory_truce_0428": C(type="ceasefire", tight=D("2025-04-28"), outer=D("2025-04-28")),
  "sybiha_reply_0428": C(type="statement", tight=D("2025-04-28"), outer=D("2025-04-28", "2025-04-29")),
  # Macron and Putin
  "macron_putin_call_0701": C(type="call", tight=D("2025-07-01"), outer=D("2025-07-01")),
  "macron_putin_call_20220911": C(type="call", tight=D("2022-09-11"), outer=D("2022-09-11")),
  "peskov_statement_0701": C(type="statement", tight=D("2025-07-01"), outer=D("2025-07-01")),
  # Iranian tanker seizures, 2023
  "advantage_sweet_0427": C(type="capture", tight=D("2023-04-27"), outer=D("2023-04-27")),
  "niovi_0503": C(type="capture", tight=D("2023-05-03"), outer=D("2023-05-03")),
 },
 events=[
  # c01
  ("crocus_attack_0322", "c01_crocus_0323", "عشرات القتلى في هجوم على قاعة حفلات قرب موسكو", 1, "strike"),
  ("crocus_attack_0322", "c01_crocus_0323", "اقتحم مسلحون يرتدون ملابس مموهة قاعة «كروكوس سيتي هول» للحفلات", 1, "strike"),
  ("crocus_attack_0322", "c01_crocus_0323", "مسؤوليته عن الهجوم", 1, "strike"),
  ("crocus_attack_0322", "c01_crocus_0323", "ووقع الهجوم قبل دقائق من حفل", 1, "strike"),
  # c02
  ("crocus_attack_0322", "c02_crocus_0324", "بوتين يتوعد منفذى الاعتداء الإرهابى", 1, "strike"),
  ("crocus_attack_0322", "c02_crocus_0324", "الاعتداء الإرهابى الذى استهدف قاعة «كروكوس سيتى هول»", 1, "strike"),
  ("putin_address_0323", "c02_crocus_0324", "وقال الرئيس الروسى فلاديمير بوتين، فى كلمة متلفزة إلى الأمة يوم السبت", 1, "statement"),
  ("crocus_arrests_0323", "c02_crocus_0324", "اعتقال أربعة مشتبه بهم", 1, "capture"),
  # c03
  ("crocus_attack_0322", "c03_crocus_0325", "اتهام أربعة بتنفيذ هجوم موسكو", 1, "strike"),
  ("crocus_charges_0324", "c03_crocus_0325", "ووجهت إليهم تهمة الإرهاب", 1, "other"),
  ("crocus_attack_0322", "c03_crocus_0325", "منذ الهجوم الذي وقع مساء (الجمعة)", 1, "strike"),
  ("kerman_bombings_0103", "c03_crocus_0325", "التفجيرين الانتحاريين اللذين تبناهما التنظيم نفسه في مدينة كرمان", 1, "strike"),
  # b01
  ("woodside_summit_1115", "b01_bidenxi_1116", "عقد الرئيس الأمريكي جو بايدن ونظيره الصيني شي جين بينغ، أمس الأربعاء، قمة", 1, "meeting"),
  ("woodside_summit_1115", "b01_bidenxi_1116", "وخلال اللقاء", 1, "meeting"),
  ("bali_meeting_20221114", "b01_bidenxi_1116", "اجتماعهما في جزيرة بالي الإندونيسية", 1, "meeting"),
  # b02
  ("woodside_summit_1115", "b02_bidenxi_1116", "الاجتماع الذي جمع الرئيس شي جين بينغ والرئيس الأمريكي جو بايدن في سان فرانسيسكو", 1, "meeting"),
  ("wang_yi_briefing_1116", "b02_bidenxi_1116", "وقال وانغ يي في إفادة للصحفيين", 1, "statement"),
  ("xi_arrival_1114", "b02_bidenxi_1116", "وكان الرئيس شي قد وصل إلى سان فرانسيسكو يوم الثلاثاء", 1, "other"),
  # b03
  ("woodside_summit_1115", "b03_bidenxi_1117", "القمة التي جمعت جو بايدن وشي جين بينغ يوم الأربعاء 15 نونبر", 1, "meeting"),
  ("biden_dictator_1115", "b03_bidenxi_1117", "وصف الرئيس الأمريكي نظيره الصيني بأنه «ديكتاتور»", 1, "statement"),
  ("woodside_summit_1115", "b03_bidenxi_1117", "وجاء اللقاء بعد عام", 1, "meeting"),
  ("bali_meeting_20221114", "b03_bidenxi_1117", "اجتماعهما الأول وجهاً لوجه في بالي", 1, "meeting"),
  # k01
  ("bakhmut_capture_0520", "k01_bakhmut_0520", "أعلن رئيس مجموعة «فاغنر» الروسية يفغيني بريغوجين، السبت، السيطرة الكاملة على مدينة باخموت", 1, "capture"),
  ("maliar_denial_0520", "k01_bakhmut_0520", "نفت نائبة وزيرة الدفاع الأوكرانية غانا ماليار ذلك", 1, "statement"),
  # k02
  ("bakhmut_capture_0520", "k02_bakhmut_0521", "بوتين يهنئ «فاغنر» والجيش بـ«تحرير أرتيموفسك»", 1, "capture"),
  ("bakhmut_capture_0520", "k02_bakhmut_0521", "إتمام عملية تحرير أرتيموفسك", 1, "capture"),
  ("bakhmut_capture_0520", "k02_bakhmut_0521", "أكملت تحرير المدينة", 1, "capture"),
  ("zelensky_hiroshima_0521", "k02_bakhmut_0521", "قال الرئيس الأوكراني فولوديمير زيلينسكي اليوم إن باخموت «ليست محتلة»", 1, "statement"),
  # k03
  ("avdiivka_capture_0217", "k03_avdiivka_0218", "أعلنت وزارة الدفاع الروسية، أمس (السبت)، السيطرة الكاملة على مدينة أفدييفكا", 1, "capture"),
  ("bakhmut_capture_0520", "k03_avdiivka_0218", "منذ استيلائها على باخموت في مايو من العام الماضي", 1, "capture"),
  # u01
  ("us_strikes_0202", "u01_usstrikes_0203", "غارات أمريكية على مواقع لفصائل مسلحة في العراق وسوريا", 1, "strike"),
  ("us_strikes_0202", "u01_usstrikes_0203", "شنت القوات الأمريكية، مساء أمس الجمعة، غارات جوية على مواقع لفصائل مسلحة", 1, "strike"),
  ("us_strikes_0202", "u01_usstrikes_0203", "وجاءت الضربات رداً", 1, "strike"),
  ("tower22_attack_0128", "u01_usstrikes_0203", "هجوم بطائرة مسيّرة استهدف قاعدة «البرج 22»", 1, "strike"),
  ("us_strikes_0202", "u01_usstrikes_0203", "القصف أسفر عن مقتل 16 شخصاً", 1, "strike"),
  # u02
  ("us_strikes_0202", "u02_usstrikes_0204", "ضرب 85 هدفاً في سبعة مواقع", 1, "strike"),
  ("us_strikes_0202", "u02_usstrikes_0204", "قصفت أكثر من 85 هدفاً في سبعة مواقع بالعراق وسوريا يوم الجمعة", 1, "strike"),
  ("awadi_statement_0203", "u02_usstrikes_0204", "ووصف المتحدث باسم الحكومة العراقية باسم العوادي، أمس السبت، الضربات", 1, "statement"),
  ("biden_statement_0202", "u02_usstrikes_0204", "وأكد الرئيس جو بايدن، في بيان", 1, "statement"),
  # u03
  ("baghdad_strike_0207", "u03_baghdad_0208", "مقتل قيادي في «كتائب حزب الله» بضربة أمريكية في بغداد", 1, "strike"),
  ("baghdad_strike_0207", "u03_baghdad_0208", "بضربة بطائرة مسيّرة أمريكية استهدفت سيارته في حي المشتل شرقي بغداد", 1, "strike"),
  ("baghdad_strike_0207", "u03_baghdad_0208", "إنها نفذت الضربة", 1, "strike"),
  ("tower22_attack_0128", "u03_baghdad_0208", "هجوم البرج 22 في الأردن", 1, "strike"),
  ("us_strikes_0202", "u03_baghdad_0208", "الغارات التي شنتها واشنطن يوم الجمعة الماضي", 1, "strike"),
  # e01
  ("easter_truce_0419", "e01_easter_0419", "بوتين يعلن هدنة عيد الفصح في أوكرانيا", 1, "ceasefire"),
  ("easter_truce_0419", "e01_easter_0419", "وقفاً لجميع الأعمال القتالية في أوكرانيا", 1, "ceasefire"),
  ("easter_truce_0419", "e01_easter_0419", "وجاء القرار بعد أيام", 1, "ceasefire"),
  # e02
  ("easter_violations_0420", "e02_easter_0420", "زيلينسكي يتهم موسكو بخرق هدنة الفصح", 1, "ceasefire"),
  ("easter_violations_0420", "e02_easter_0420", "القوات الروسية بخرق الهدنة التي أعلنها الرئيس فلاديمير بوتين", 1, "ceasefire"),
  ("zelensky_reaction_0419", "e02_easter_0420", "وكان زيلينسكي قد وصف هذه الخطوة، مساء السبت", 1, "statement"),
  # e03
  ("victory_truce_0428", "e03_victory_0429", "الكرملين يعلن هدنة جديدة بمناسبة عيد النصر", 1, "ceasefire"),
  ("victory_truce_0428", "e03_victory_0429", "أعلن الكرملين، أمس الاثنين، هدنة لمدة ثلاثة أيام في أوكرانيا", 1, "ceasefire"),
  ("easter_truce_0419", "e03_victory_0429", "وكان بوتين قد أعلن هدنة عيد الفصح يوم 19 أفريل الفارط", 1, "ceasefire"),
  ("sybiha_reply_0428", "e03_victory_0429", "ورد وزير الخارجية الأوكراني أندريه سيبيغا بالقول", 1, "statement"),
  # m01
  ("macron_putin_call_0701", "m01_macronputin_0702", "أول اتصال بين ماكرون وبوتين منذ نحو ثلاث سنوات", 1, "call"),
  ("macron_putin_call_0701", "m01_macronputin_0702", "أجرى الرئيس الفرنسي إيمانويل ماكرون، أمس الثلاثاء، اتصالاً هاتفياً بنظيره الروسي فلاديمير بوتين", 1, "call"),
  ("macron_putin_call_0701", "m01_macronputin_0702", "واستمر الاتصال أكثر من ساعتين", 1, "call"),
  ("macron_putin_call_0701", "m01_macronputin_0702", "وجاء الاتصال بعد أيام", 1, "call"),
  ("macron_putin_call_20220911", "m01_macronputin_0702", "وكان آخر اتصال بين الرئيسين في 11 أيلول/سبتمبر 2022", 1, "call"),
  # m02
  ("macron_putin_call_0701", "m02_macronputin_0701", "خلال مكالمة هاتفية اليوم الثلاثاء", 1, "call"),
  ("peskov_statement_0701", "m02_macronputin_0701", "وقال المتحدث باسم الكرملين دميتري بيسكوف", 1, "statement"),
  # m03
  ("macron_putin_call_0701", "m03_macronputin_0702", "لم تفض المحادثة الهاتفية التي دامت أكثر من ساعتين بين الرئيسين الفرنسي والروسي، يوم الثلاثاء غرة جويلية", 1, "call"),
  ("macron_putin_call_0701", "m03_macronputin_0702", "ويأتي هذا الاتصال بعد قطيعة", 1, "call"),
  ("macron_putin_call_20220911", "m03_macronputin_0702", "مكالمة 11 سبتمبر 2022", 1, "call"),
  # t01
  ("advantage_sweet_0427", "t01_tanker_0427", "أن القوة البحرية احتجزت ناقلة نفط ترفع علم جزر مارشال في بحر عمان", 1, "capture"),
  # t02
  ("niovi_0503", "t02_tanker_0504", "إيران تحتجز ثاني ناقلة خلال أسبوع", 1, "capture"),
  ("niovi_0503", "t02_tanker_0504", "احتجز «الحرس الثوري» الإيراني، أمس (الأربعاء)، ناقلة النفط «نيوفي»", 1, "capture"),
  ("niovi_0503", "t02_tanker_0504", "إن الاحتجاز جاء بناء على شكوى", 1, "capture"),
  ("advantage_sweet_0427", "t02_tanker_0504", "بعد احتجاز الناقلة «أدفانتج سويت» في خليج عمان يوم (الخميس) الماضي", 1, "capture"),
  # t03
  ("niovi_0503", "t03_tanker_0505", "أحاطت بالناقلة «نيوفي» صباح الأربعاء 3 ماي واقتادتها إلى المياه الإيرانية", 1, "capture"),
  ("niovi_0503", "t03_tanker_0505", "أوقفت السفينة بأمر من النائب العام", 1, "capture"),
 ],
 diff=[
  ("crocus_attack_0322", "kerman_bombings_0103"),
  ("woodside_summit_1115", "bali_meeting_20221114"),
  ("bakhmut_capture_0520", "avdiivka_capture_0217"),
  ("us_strikes_0202", "tower22_attack_0128"),
  ("us_strikes_0202", "baghdad_strike_0207"),
  ("tower22_attack_0128", "baghdad_strike_0207"),
  ("easter_truce_0419", "victory_truce_0428"),
  ("easter_truce_0419", "easter_violations_0420"),
  ("macron_putin_call_0701", "macron_putin_call_20220911"),
  ("advantage_sweet_0427", "niovi_0503"),
  ("crocus_arrests_0323", "advantage_sweet_0427"),
  ("wang_yi_briefing_1116", "biden_dictator_1115"),
 ],
 before=[
  ("kerman_bombings_0103", "crocus_attack_0322"),
  ("crocus_attack_0322", "crocus_arrests_0323"),
  ("crocus_arrests_0323", "crocus_charges_0324"),
  ("bali_meeting_20221114", "woodside_summit_1115"),
  ("xi_arrival_1114", "woodside_summit_1115"),
  ("woodside_summit_1115", "wang_yi_briefing_1116"),
  ("bakhmut_capture_0520", "avdiivka_capture_0217"),
  ("tower22_attack_0128", "us_strikes_0202"),
  ("us_strikes_0202", "baghdad_strike_0207"),
  ("easter_truce_0419", "victory_truce_0428"),
  ("macron_putin_call_20220911", "macron_putin_call_0701"),
  ("advantage_sweet_0427", "niovi_0503"),
 ],
)
