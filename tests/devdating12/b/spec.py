"""Gold events for tests/devdating12/b (part B of dating round 15's development set, the
transfer measure: written and committed with part A before any engine change, scored only at
the round's start and end; format as ../a/spec.py).
"""
from gold_sets import span

D = span

PUBLISHED = {
 "e1_lennon_1209": "1980-12-09T12:00:00+00:00",
 "e2_lennon_1210": "1980-12-10",
 "e3_lennon_1215": "1980-12-15",
 "f1_moscow_1024": "2002-10-24",
 "f2_moscow_1027": "2002-10-27",
 "f3_moscow_1029": "2002-10-29",
}

C = dict
OT, ST, MT = "other", "statement", "meeting"
DEV = dict(
 timex=[],
 clusters={
  # John Lennon, December 1980
  "chapman_autograph_1208": C(type=OT, tight=D("1980-12-08"), outer=D("1980-12-08")),
  "lennon_killed_1208": C(type=OT, tight=D("1980-12-08"), outer=D("1980-12-08")),
  "chapman_waits_1208": C(type=OT, tight=D("1980-12-08"), outer=D("1980-12-08")),
  "lennon_hospital_1208": C(type=OT, tight=D("1980-12-08"), outer=D("1980-12-08")),
  "lennon_death_1208": C(type=OT, tight=D("1980-12-08"), outer=D("1980-12-08")),
  "chapman_charged_1209": C(type=OT, tight=D("1980-12-09"), outer=D("1980-12-09")),
  "chapman_psych_1209": C(type=OT, tight=D("1980-12-09"), outer=D("1980-12-09")),
  "chapman_arrives_ny_1206": C(type=OT, tight=D("1980-12-06"), outer=D("1980-11-25", "1980-12-08")),
  "fans_gather_1208": C(type=OT, tight=D("1980-12-08", "1980-12-09"), outer=D("1980-12-08", "1980-12-09")),
  "yoko_statement_1209": C(type=ST, tight=D("1980-12-09"), outer=D("1980-12-09")),
  "silence_1214": C(type=OT, tight=D("1980-12-14"), outer=D("1980-12-14")),
  "central_park_1214": C(type=OT, tight=D("1980-12-14"), outer=D("1980-12-14")),
  "cremation_1210": C(type=OT, tight=D("1980-12-10"), outer=D("1980-12-10")),
  # Moscow theatre siege, October 2002
  "theatre_seized_1023": C(type=OT, tight=D("2002-10-23"), outer=D("2002-10-23")),
  "threat_1023": C(type=ST, tight=D("2002-10-23"), outer=D("2002-10-23")),
  "children_freed_1023": C(type=OT, tight=D("2002-10-23"), outer=D("2002-10-23")),
  "putin_cancels_1023": C(type=OT, tight=D("2002-10-23", "2002-10-24"), outer=D("2002-10-23", "2002-10-24")),
  "assault_1026": C(type=OT, tight=D("2002-10-26"), outer=D("2002-10-26")),
  "gas_pumped_1026": C(type=OT, tight=D("2002-10-26"), outer=D("2002-10-25", "2002-10-26")),
  "toll_announced_1026": C(type=ST, tight=D("2002-10-26"), outer=D("2002-10-26")),
  "putin_apology_1026": C(type=ST, tight=D("2002-10-26"), outer=D("2002-10-26")),
  "children8_freed_1025": C(type=OT, tight=D("2002-10-25"), outer=D("2002-10-25")),
  "mourning_1028": C(type=OT, tight=D("2002-10-28"), outer=D("2002-10-28")),
  "health_admits_1028": C(type=ST, tight=D("2002-10-28"), outer=D("2002-10-28")),
  "putin_hospital_1026": C(type=OT, tight=D("2002-10-26"), outer=D("2002-10-26")),
  "duma_session_1030": C(type=MT, tight=D("2002-10-30"), outer=D("2002-10-30")),
 },
 events=[
  ("lennon_killed_1208", "e1_lennon_1209", "قتل المغني البريطاني جون لينون، أحد أعضاء فرقة البيتلز، ليل أمس الاثنين برصاص رجل أمام المبنى الذي يقيم فيه في نيويورك", 1, OT),
  ("lennon_killed_1208", "e1_lennon_1209", "وأطلق المهاجم خمس رصاصات على لينون قرابة الساعة 10:50 مساء", 1, OT),
  ("chapman_waits_1208", "e1_lennon_1209", "ثم جلس على الرصيف ينتظر الشرطة", 1, OT),
  ("lennon_hospital_1208", "e1_lennon_1209", "ونقلت الشرطة لينون إلى مستشفى روزفلت", 1, OT),
  ("lennon_death_1208", "e1_lennon_1209", "حيث أعلنت وفاته بعد نحو نصف ساعة", 1, OT),
  ("chapman_autograph_1208", "e1_lennon_1209", "وكان المهاجم، ويدعى مارك ديفيد تشابمان، قد حصل من لينون على توقيع على ألبوم بعد ظهر اليوم نفسه", 1, OT),

  ("chapman_charged_1209", "e2_lennon_1210", "وجهت السلطات الأمريكية أمس الثلاثاء إلى مارك ديفيد تشابمان تهمة قتل المغني جون لينون", 1, OT),
  ("chapman_psych_1209", "e2_lennon_1210", "ثم أودع مستشفى سجن لإخضاعه لفحص نفسي", 1, OT),
  ("chapman_arrives_ny_1206", "e2_lennon_1210", "وكان تشابمان قد وصل إلى نيويورك قادما من هاواي", 1, OT),
  ("fans_gather_1208", "e2_lennon_1210", "وتجمع آلاف المعجبين الليلة السابقة أمام مبنى داكوتا", 1, OT),
  ("lennon_killed_1208", "e2_lennon_1210", "حيث قتل لينون", 1, OT),
  ("yoko_statement_1209", "e2_lennon_1210", "وقالت يوكو أونو في بيان أمس", 1, ST),

  ("silence_1214", "e3_lennon_1215", "وقف ملايين المعجبين حول العالم أمس الأحد عشر دقائق صمت", 1, OT),
  ("central_park_1214", "e3_lennon_1215", "وتجمع نحو 100 ألف شخص في حديقة سنترال بارك في نيويورك", 1, OT),
  ("lennon_killed_1208", "e3_lennon_1215", "قرب المبنى الذي قتل أمامه لينون", 1, OT),
  ("cremation_1210", "e3_lennon_1215", "وكانت جثة لينون قد أحرقت الأربعاء في مقبرة فيرنكليف قرب نيويورك", 1, OT),

  ("theatre_seized_1023", "f1_moscow_1024", "احتجز مسلحون شيشانيون مساء أمس الأربعاء نحو 800 شخص داخل مسرح في جنوب شرقي موسكو", 1, OT),
  ("theatre_seized_1023", "f1_moscow_1024", "واقتحم نحو 40 مسلحا المسرح قرابة الساعة التاسعة مساء", 1, OT),
  ("threat_1023", "f1_moscow_1024", "ثم أعلنوا أنهم سيقتلون الرهائن", 1, ST),
  ("children_freed_1023", "f1_moscow_1024", "وأفرج المسلحون قبل منتصف الليل بدقائق عن نحو 15 طفلا", 1, OT),
  ("putin_cancels_1023", "f1_moscow_1024", "وألغى الرئيس فلاديمير بوتين زيارة كانت مقررة اليوم إلى ألمانيا", 1, OT),

  ("assault_1026", "f2_moscow_1027", "اقتحمت القوات الخاصة الروسية فجر أمس السبت المسرح", 1, OT),
  ("gas_pumped_1026", "f2_moscow_1027", "بعد أن ضخت غازا في نظام التهوية", 1, OT),
  ("toll_announced_1026", "f2_moscow_1027", "وأعلنت السلطات مساء أمس", 1, ST),
  ("putin_apology_1026", "f2_moscow_1027", "واعتذر عن عدم تمكن السلطات من إنقاذ جميع الرهائن", 1, ST),
  ("children8_freed_1025", "f2_moscow_1027", "وكان الخاطفون قد أفرجوا الجمعة عن ثمانية أطفال", 1, OT),
  ("mourning_1028", "f2_moscow_1027", "وتنكس روسيا أعلامها الاثنين في يوم حداد وطني", 1, OT),

  ("mourning_1028", "f3_moscow_1029", "نكست روسيا أعلامها أمس الاثنين في يوم حداد وطني", 1, OT),
  ("health_admits_1028", "f3_moscow_1029", "وأقر مسؤولون في وزارة الصحة أمس", 1, ST),
  ("assault_1026", "f3_moscow_1029", "الذي استخدمته القوات الخاصة في الاقتحام فجر السبت", 1, OT),
  ("putin_hospital_1026", "f3_moscow_1029", "وكان بوتين قد زار مساء السبت عددا من الرهائن الناجين في أحد المستشفيات", 1, OT),
  ("duma_session_1030", "f3_moscow_1029", "ويعقد مجلس الدوما جلسة خاصة في موسكو الأربعاء", 1, MT),
 ],
 diff=[
  ("lennon_killed_1208", "lennon_death_1208"), ("fans_gather_1208", "central_park_1214"),
  ("chapman_charged_1209", "chapman_psych_1209"),
  ("children_freed_1023", "children8_freed_1025"), ("toll_announced_1026", "putin_apology_1026"),
  ("toll_announced_1026", "health_admits_1028"), ("theatre_seized_1023", "assault_1026"),
 ],
 before=[
  # Lennon
  ("chapman_autograph_1208", "lennon_killed_1208"), ("lennon_killed_1208", "chapman_waits_1208"),
  ("lennon_killed_1208", "lennon_hospital_1208"), ("lennon_hospital_1208", "lennon_death_1208"),
  ("chapman_arrives_ny_1206", "lennon_killed_1208"), ("lennon_killed_1208", "chapman_charged_1209"),
  ("chapman_charged_1209", "chapman_psych_1209"), ("lennon_killed_1208", "yoko_statement_1209"),
  ("yoko_statement_1209", "silence_1214"), ("cremation_1210", "silence_1214"),
  ("lennon_death_1208", "cremation_1210"), ("lennon_killed_1208", "central_park_1214"),
  # Moscow
  ("theatre_seized_1023", "threat_1023"), ("theatre_seized_1023", "children_freed_1023"),
  ("children_freed_1023", "children8_freed_1025"), ("children8_freed_1025", "assault_1026"),
  ("gas_pumped_1026", "assault_1026"), ("assault_1026", "toll_announced_1026"),
  ("assault_1026", "putin_apology_1026"), ("assault_1026", "putin_hospital_1026"),
  ("assault_1026", "mourning_1028"), ("assault_1026", "health_admits_1028"),
  ("mourning_1028", "duma_session_1030"), ("theatre_seized_1023", "putin_cancels_1023"),
 ],
)
