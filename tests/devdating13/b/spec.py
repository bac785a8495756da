"""Gold events for tests/devdating13/b (part B of dating round 16's development set: the transfer
measure, scored only at the round's start and end; format as ../a/spec.py).

  clusters: cluster -> dict(type, tight, outer): the real date (tight) and what the texts
            still allow (outer).
  events rows: (cluster, doc, surface, occurrence, type): the clause carrying the trigger.
  diff:   cluster pairs of one type that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts.
Time expressions are not annotated (``timex`` is empty): the set scores events only.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "e1_hindenburg_0507": "1937-05-07",
 "e2_hindenburg_0508": "1937-05-08",
 "e3_hindenburg_0511": "1937-05-11",
 "f1_valdez_0325": "1989-03-25",
 "f2_valdez_0328": "1989-03-28",
 "f3_valdez_0331": "1989-03-31",
}

C = dict
OT, ST, MT = "other", "statement", "meeting"
DEV = dict(
 timex=[],
 clusters={
  # Hindenburg, May 1937
  "hb_departs_0503": C(type=OT, tight=D("1937-05-03"), outer=D("1937-05-03")),
  "hb_delay_0506": C(type=OT, tight=D("1937-05-06"), outer=D("1937-05-06")),
  "hb_fire_0506": C(type=OT, tight=D("1937-05-06"), outer=D("1937-05-06")),
  "hb_deaths_0506": C(type=OT, tight=D("1937-05-06"), outer=D("1937-05-06")),
  "rosendahl_says_0506": C(type=ST, tight=D("1937-05-06"), outer=D("1937-05-06", "1937-05-07")),
  "german_commission_0507": C(type=ST, tight=D("1937-05-07"), outer=D("1937-05-07")),
  "experts_leave_0507": C(type=OT, tight=D("1937-05-07"), outer=D("1937-05-07")),
  "eckener_says_0507": C(type=ST, tight=D("1937-05-07"), outer=D("1937-05-07")),
  "injured_die_0507": C(type=OT, tight=D("1937-05-07"), outer=D("1937-05-07")),
  "bodies_to_ny_0509": C(type=OT, tight=D("1937-05-09"), outer=D("1937-05-09")),
  "us_inquiry_0510": C(type=OT, tight=D("1937-05-10"), outer=D("1937-05-10")),
  "inquiry_hears_0510": C(type=OT, tight=D("1937-05-10"), outer=D("1937-05-10")),
  "memorial_0511": C(type=OT, tight=D("1937-05-11"), outer=D("1937-05-11")),
  "bodies_shipped_0511": C(type=OT, tight=D("1937-05-11"), outer=D("1937-05-11", "1937-05-14")),
  # Exxon Valdez, March 1989
  "vz_departs_0323": C(type=OT, tight=D("1989-03-23"), outer=D("1989-03-23")),
  "vz_aground_0324": C(type=OT, tight=D("1989-03-24"), outer=D("1989-03-24")),
  "vz_spill_0324": C(type=OT, tight=D("1989-03-24"), outer=D("1989-03-24", "1989-03-25")),
  "cg_says_0324": C(type=ST, tight=D("1989-03-24"), outer=D("1989-03-24")),
  "lightering_0325": C(type=OT, tight=D("1989-03-25"), outer=D("1989-03-25")),
  "storm_0326": C(type=OT, tight=D("1989-03-26"), outer=D("1989-03-26")),
  "slick_spreads_0326": C(type=OT, tight=D("1989-03-26", "1989-03-27"), outer=D("1989-03-26", "1989-03-27")),
  "exxon_announces_0327": C(type=ST, tight=D("1989-03-27"), outer=D("1989-03-27")),
  "investigators_say_0327": C(type=ST, tight=D("1989-03-27"), outer=D("1989-03-27")),
  "emergency_0327": C(type=OT, tight=D("1989-03-27"), outer=D("1989-03-27")),
  "skinner_visits_0328": C(type=MT, tight=D("1989-03-28"), outer=D("1989-03-28")),
  "skinner_meets_0328": C(type=MT, tight=D("1989-03-28"), outer=D("1989-03-28")),
  "tests_show_0330": C(type=OT, tight=D("1989-03-24", "1989-03-30"), outer=D("1989-03-24", "1989-03-30")),
  "captain_fired_0330": C(type=OT, tight=D("1989-03-30"), outer=D("1989-03-30")),
 },
 events=[
  ("hb_fire_0506", "e1_hindenburg_0507", "احترق المنطاد الألماني هيندنبورغ مساء أمس الخميس لدى هبوطه في قاعدة ليكهرست الجوية في ولاية نيوجيرسي", 1, OT),
  ("hb_deaths_0506", "e1_hindenburg_0507", "وقتل 35 من ركابه وأفراد طاقمه", 1, OT),
  ("hb_departs_0503", "e1_hindenburg_0507", "وكان المنطاد قد أقلع من فرانكفورت مساء الاثنين", 1, OT),
  ("hb_delay_0506", "e1_hindenburg_0507", "وتأخر هبوطه نحو 12 ساعة بسبب الرياح والعواصف الرعدية فوق القاعدة", 1, OT),
  ("rosendahl_says_0506", "e1_hindenburg_0507", "وقال قائد القاعدة تشارلز روزندال للصحافيين بعد الكارثة", 1, ST),
  ("us_inquiry_0510", "e1_hindenburg_0507", "وتبدأ وزارة التجارة الأمريكية تحقيقا في الحادث الاثنين", 1, OT),

  ("german_commission_0507", "e2_hindenburg_0508", "أعلنت الحكومة الألمانية أمس الجمعة تشكيل لجنة من الخبراء", 1, ST),
  ("experts_leave_0507", "e2_hindenburg_0508", "وغادر أعضاؤها برلين مساء اليوم نفسه متوجهين إلى الولايات المتحدة", 1, OT),
  ("hb_fire_0506", "e2_hindenburg_0508", "وكان المنطاد قد اشتعل قبل دقائق من ملامسته الأرض مساء الخميس", 1, OT),
  ("eckener_says_0507", "e2_hindenburg_0508", "وقال المهندس هوغو إكنر في برلين أمس", 1, ST),
  ("injured_die_0507", "e2_hindenburg_0508", "وتوفي أمس اثنان من الجرحى في مستشفى قريب من القاعدة", 1, OT),

  ("us_inquiry_0510", "e3_hindenburg_0511", "بدأت لجنة التحقيق الأمريكية في احتراق المنطاد هيندنبورغ جلساتها في قاعدة ليكهرست أمس الاثنين", 1, OT),
  ("inquiry_hears_0510", "e3_hindenburg_0511", "واستمعت في اليوم الأول إلى قائد القاعدة", 1, OT),
  ("bodies_to_ny_0509", "e3_hindenburg_0511", "وكانت جثث الضحايا الألمان قد نقلت إلى نيويورك الأحد", 1, OT),
  ("memorial_0511", "e3_hindenburg_0511", "وتقام لهم مراسم تأبين على رصيف الميناء اليوم", 1, OT),
  ("bodies_shipped_0511", "e3_hindenburg_0511", "ثم تنقل إلى ألمانيا على متن سفينة", 1, OT),

  ("vz_aground_0324", "f1_valdez_0325", "جنحت ناقلة النفط الأمريكية إكسون فالديز بعد منتصف ليل الخميس بدقائق على شعاب في خليج الأمير وليام في ألاسكا", 1, OT),
  ("vz_spill_0324", "f1_valdez_0325", "وتسرب منها نحو 10 ملايين غالون من النفط الخام", 1, OT),
  ("vz_departs_0323", "f1_valdez_0325", "وكانت الناقلة قد غادرت ميناء فالديز قرابة الساعة 9:12 من مساء الخميس", 1, OT),
  ("cg_says_0324", "f1_valdez_0325", "وقال خفر السواحل أمس الجمعة", 1, ST),
  ("lightering_0325", "f1_valdez_0325", "وتبدأ شركة إكسون اليوم نقل ما تبقى من النفط إلى ناقلة أخرى", 1, OT),

  ("exxon_announces_0327", "f2_valdez_0328", "أعلنت شركة إكسون أمس الاثنين", 1, ST),
  ("slick_spreads_0326", "f2_valdez_0328", "أن البقعة النفطية في ألاسكا اتسعت", 1, OT),
  ("storm_0326", "f2_valdez_0328", "بعد عاصفة هبت على المنطقة مساء الأحد", 1, OT),
  ("lightering_0325", "f2_valdez_0328", "وكانت الشركة قد بدأت السبت نقل النفط المتبقي من الناقلة", 1, OT),
  ("investigators_say_0327", "f2_valdez_0328", "وقال محققون أمس", 1, ST),
  ("vz_aground_0324", "f2_valdez_0328", "عندما جنحت الناقلة", 1, OT),

  ("captain_fired_0330", "f3_valdez_0331", "فصلت شركة إكسون أمس الخميس قبطان الناقلة إكسون فالديز جوزيف هيزلوود", 1, OT),
  ("tests_show_0330", "f3_valdez_0331", "بعد أن أظهرت الفحوص أن نسبة الكحول في دمه تجاوزت الحد المسموح به", 1, OT),
  ("emergency_0327", "f3_valdez_0331", "وكان حاكم ألاسكا ستيف كاوبر قد أعلن الاثنين حالة الطوارئ في المنطقة", 1, OT),
  ("skinner_visits_0328", "f3_valdez_0331", "وزار وزير النقل صموئيل سكينر موقع التسرب الثلاثاء", 1, MT),
  ("skinner_meets_0328", "f3_valdez_0331", "ثم التقى مسؤولي الشركة في فالديز", 1, MT),
 ],
 diff=[
  ("german_commission_0507", "rosendahl_says_0506"), ("eckener_says_0507", "rosendahl_says_0506"),
  ("hb_deaths_0506", "injured_die_0507"), ("exxon_announces_0327", "investigators_say_0327"),
  ("cg_says_0324", "exxon_announces_0327"),
 ],
 before=[
  ("hb_departs_0503", "hb_delay_0506"), ("hb_delay_0506", "hb_fire_0506"),
  ("hb_fire_0506", "rosendahl_says_0506"), ("hb_fire_0506", "german_commission_0507"),
  ("german_commission_0507", "experts_leave_0507"), ("hb_fire_0506", "injured_die_0507"),
  ("bodies_to_ny_0509", "memorial_0511"), ("memorial_0511", "bodies_shipped_0511"),
  ("hb_fire_0506", "us_inquiry_0510"), ("us_inquiry_0510", "memorial_0511"),
  ("vz_departs_0323", "vz_aground_0324"), ("vz_aground_0324", "vz_spill_0324"),
  ("vz_aground_0324", "cg_says_0324"), ("vz_aground_0324", "lightering_0325"),
  ("lightering_0325", "storm_0326"), ("storm_0326", "slick_spreads_0326"),
  ("tests_show_0330", "captain_fired_0330"), ("vz_aground_0324", "captain_fired_0330"),
  ("emergency_0327", "skinner_visits_0328"), ("skinner_visits_0328", "skinner_meets_0328"),
  ("storm_0326", "emergency_0327"),
 ],
)
