"""Gold events for tests/devdating4/b (part B of dating round 7's development set: the transfer
measure, other stories and outlets than part A, written before any engine change; scored only
at the round's start and end; format as ../a/spec.py).
Time expressions are not annotated (``timex`` is empty): the set scores events only.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "p1_lionair_1029": "2018-10-29T20:00:00+07:00",
 "p2_lionair_1101": "2018-11-01",
 "q1_deby_0421": "2021-04-21",
 "q2_deby_0423": "2021-04-23T19:00:00+01:00",
 "r1_mandela_1206": "2013-12-06",
 "r2_mandela_1215": "2013-12-15T18:00:00+02:00",
 "s1_niger_0731": "2023-07-31",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Lion Air flight 610 (2018)
  "lion_crash_1029": C(type="other", tight=D("2018-10-29"), outer=D("2018-10-29")),
  "lion_search_1029": C(type="other", tight=D("2018-10-29"), outer=D("2018-10-29")),
  "lion_debris_1029": C(type="other", tight=D("2018-10-29"), outer=D("2018-10-29")),
  "basarnas_1029": C(type="statement", tight=D("2018-10-29"), outer=D("2018-10-29")),
  "jokowi_order_1029": C(type="other", tight=D("2018-10-29"), outer=D("2018-10-29")),
  "transport_ministry_1029": C(type="statement", tight=D("2018-10-29"), outer=D("2018-10-29")),
  "jokowi_visit_1030": C(type="meeting", tight=D("2018-10-30"), outer=D("2018-10-30")),
  "signals_1031": C(type="statement", tight=D("2018-10-31"), outer=D("2018-10-31")),
  "fdr_found_1101": C(type="other", tight=D("2018-11-01"), outer=D("2018-11-01")),
  "knkt_1101": C(type="statement", tight=D("2018-11-01"), outer=D("2018-11-01")),
  # Idriss Deby (2021)
  "chad_election_0411": C(type="other", tight=D("2021-04-11"), outer=D("2021-04-11")),
  "chad_results_0419": C(type="statement", tight=D("2021-04-19"), outer=D("2021-04-19")),
  "chad_battle_0419": C(type="strike", tight=D("2021-04-17", "2021-04-19"), outer=D("2021-04-11", "2021-04-20")),
  "deby_death_0420": C(type="other", tight=D("2021-04-19", "2021-04-20"), outer=D("2021-04-19", "2021-04-20")),
  "army_announce_0420": C(type="statement", tight=D("2021-04-20"), outer=D("2021-04-20")),
  "spokesman_0420": C(type="statement", tight=D("2021-04-20"), outer=D("2021-04-20")),
  "council_0420": C(type="other", tight=D("2021-04-20"), outer=D("2021-04-20", "2021-04-21")),
  "chad_opposition_0420": C(type="statement", tight=D("2021-04-20", "2021-04-21"), outer=D("2021-04-20", "2021-04-21")),
  "charter_0421": C(type="other", tight=D("2021-04-21"), outer=D("2021-04-21")),
  "macron_arrival_0422": C(type="other", tight=D("2021-04-22"), outer=D("2021-04-22")),
  "macron_meeting_0423": C(type="meeting", tight=D("2021-04-23"), outer=D("2021-04-23")),
  "deby_funeral_0423": C(type="other", tight=D("2021-04-23"), outer=D("2021-04-23")),
  "deby_transfer_0423": C(type="other", tight=D("2021-04-23"), outer=D("2021-04-23")),
  "deby_burial_0423": C(type="other", tight=D("2021-04-23"), outer=D("2021-04-23")),
  # Nelson Mandela (2013)
  "discharge_0901": C(type="other", tight=D("2013-09-01"), outer=D("2013-09-01", "2013-09-30")),
  "mandela_death_1205": C(type="other", tight=D("2013-12-05"), outer=D("2013-12-05")),
  "zuma_announce_1205": C(type="statement", tight=D("2013-12-05"), outer=D("2013-12-05")),
  "flags_1205": C(type="other", tight=D("2013-12-05"), outer=D("2013-12-05")),
  "vigil_1205": C(type="other", tight=D("2013-12-05", "2013-12-06"), outer=D("2013-12-05", "2013-12-06")),
  "funeral_plan_1206": C(type="statement", tight=D("2013-12-06"), outer=D("2013-12-06")),
  "memorial_1210": C(type="other", tight=D("2013-12-10"), outer=D("2013-12-10")),
  "lying_in_state_1213": C(type="other", tight=D("2013-12-11", "2013-12-13"), outer=D("2013-12-11", "2013-12-13")),
  "body_flown_1214": C(type="other", tight=D("2013-12-14"), outer=D("2013-12-14")),
  "mandela_funeral_1215": C(type="other", tight=D("2013-12-15"), outer=D("2013-12-15")),
  "mandela_burial_1215": C(type="other", tight=D("2013-12-15"), outer=D("2013-12-15")),
  # Niger's coup (2023)
  "bazoum_detained_0726": C(type="capture", tight=D("2023-07-26"), outer=D("2023-07-26")),
  "tchiani_0728": C(type="statement", tight=D("2023-07-28"), outer=D("2023-07-28")),
  "ecowas_summit_0730": C(type="meeting", tight=D("2023-07-30"), outer=D("2023-07-30")),
  "ecowas_ultimatum_0730": C(type="statement", tight=D("2023-07-30"), outer=D("2023-07-30")),
  "ecowas_sanctions_0730": C(type="other", tight=D("2023-07-30"), outer=D("2023-07-30", "2023-07-31")),
  "niamey_protest_0730": C(type="other", tight=D("2023-07-30"), outer=D("2023-07-30")),
  "france_condemn_0730": C(type="statement", tight=D("2023-07-30"), outer=D("2023-07-30", "2023-07-31")),
 },
 events=[
  # p1
  ("lion_crash_1029", "p1_lionair_1029", "تحطمت طائرة ركاب تابعة لشركة \"ليون إير\" الإندونيسية صباح الإثنين", 1, "other"),
  ("lion_search_1029", "p1_lionair_1029", "أرسلت وكالة البحث والإنقاذ سفناً ومروحيات", 1, "other"),
  ("lion_debris_1029", "p1_lionair_1029", "وعثر الغواصون بعد ساعات على حطام", 1, "other"),
  ("basarnas_1029", "p1_lionair_1029", "وقال رئيس الوكالة محمد سياوجي في مؤتمر صحفي", 1, "statement"),
  ("jokowi_order_1029", "p1_lionair_1029", "وأمر الرئيس جوكو ويدودو بفتح تحقيق", 1, "other"),
  ("transport_ministry_1029", "p1_lionair_1029", "أعلنت وزارة النقل أنها ستجري فحصاً", 1, "statement"),
  # p2
  ("fdr_found_1101", "p2_lionair_1101", "انتشل غواصون إندونيسيون اليوم (الخميس) مسجل بيانات الرحلة", 1, "other"),
  ("fdr_found_1101", "p2_lionair_1101", "وعثر على الجهاز على عمق نحو 30 متراً", 1, "other"),
  ("lion_crash_1029", "p2_lionair_1101", "التي سقطت في بحر جاوة يوم الإثنين الماضي", 1, "other"),
  ("knkt_1101", "p2_lionair_1101", "وقال رئيس اللجنة الوطنية لسلامة النقل", 1, "statement"),
  ("jokowi_visit_1030", "p2_lionair_1101", "قد زار مركز العمليات في ميناء تانجونغ بريوك الثلاثاء", 1, "meeting"),
  ("signals_1031", "p2_lionair_1101", "قد أعلنت أمس رصد إشارات", 1, "statement"),
  # q1
  ("army_announce_0420", "q1_deby_0421", "أعلن الجيش التشادي، أمس الثلاثاء", 1, "statement"),
  ("deby_death_0420", "q1_deby_0421", "وفاة الرئيس إدريس ديبي إتنو", 1, "other"),
  ("chad_battle_0419", "q1_deby_0421", "خلال معارك مع المتمردين في شمال البلاد", 1, "strike"),
  ("chad_results_0419", "q1_deby_0421", "إعلان فوزه بولاية رئاسية سادسة", 1, "statement"),
  ("chad_results_0419", "q1_deby_0421", "وكانت اللجنة الانتخابية قد أعلنت الإثنين فوز ديبي", 1, "statement"),
  ("chad_election_0411", "q1_deby_0421", "في الانتخابات الرئاسية التي جرت في 11 أبريل", 1, "other"),
  ("spokesman_0420", "q1_deby_0421", "وقال المتحدث باسم الجيش", 1, "statement"),
  ("council_0420", "q1_deby_0421", "أعلن الجيش تشكيل مجلس عسكري انتقالي", 1, "other"),
  ("chad_opposition_0420", "q1_deby_0421", "وردت المعارضة بوصف ما جرى", 1, "statement"),
  # q2
  ("deby_funeral_0423", "q2_deby_0423", "شيع التشاديون، اليوم الجمعة، رئيسهم الراحل", 1, "other"),
  ("deby_transfer_0423", "q2_deby_0423", "نقل الجثمان جواً إلى مسقط رأسه", 1, "other"),
  ("deby_burial_0423", "q2_deby_0423", "حيث سيوارى الثرى في وقت لاحق اليوم", 1, "other"),
  ("macron_arrival_0422", "q2_deby_0423", "قد وصل إلى نجامينا مساء أمس الخميس", 1, "other"),
  ("macron_meeting_0423", "q2_deby_0423", "والتقى رئيس المجلس العسكري الانتقالي محمد إدريس ديبي صباح اليوم", 1, "meeting"),
  ("charter_0421", "q2_deby_0423", "قد نشر الأربعاء ميثاقاً انتقالياً", 1, "other"),
  ("army_announce_0420", "q2_deby_0423", "إعلان وفاة ديبي", 1, "statement"),
  # r1
  ("zuma_announce_1205", "r1_mandela_1206", "أعلن رئيس جنوب أفريقيا جاكوب زوما، في ساعة متأخرة من مساء أمس الخميس", 1, "statement"),
  ("zuma_announce_1205", "r1_mandela_1206", "وقال زوما في كلمة بثها التلفزيون", 1, "statement"),
  ("mandela_death_1205", "r1_mandela_1206", "وفاة الزعيم التاريخي نيلسون مانديلا", 1, "other"),
  ("flags_1205", "r1_mandela_1206", "وأمر بتنكيس الأعلام", 1, "other"),
  ("vigil_1205", "r1_mandela_1206", "توافد المئات على منزل الراحل في حي هوتون", 1, "other"),
  ("funeral_plan_1206", "r1_mandela_1206", "وأعلن زوما اليوم الجمعة أن مانديلا سيدفن", 1, "statement"),
  ("mandela_burial_1215", "r1_mandela_1206", "سيدفن في قرية كونو مسقط رأسه يوم 15 ديسمبر", 1, "other"),
  ("memorial_1210", "r1_mandela_1206", "أن يقام تأبين رسمي في ملعب سوكر سيتي في العاشر من الشهر الجاري", 1, "other"),
  ("discharge_0901", "r1_mandela_1206", "قد خرج من المستشفى في سبتمبر الماضي", 1, "other"),
  # r2
  ("mandela_burial_1215", "r2_mandela_1215", "ووري جثمان الزعيم الجنوب أفريقي نيلسون مانديلا الثرى، ظهر اليوم الأحد", 1, "other"),
  ("mandela_burial_1215", "r2_mandela_1215", "وجرت مراسم الدفن", 1, "other"),
  ("mandela_funeral_1215", "r2_mandela_1215", "بعد جنازة رسمية أقيمت صباح اليوم", 1, "other"),
  ("body_flown_1214", "r2_mandela_1215", "قد نقل أمس السبت جواً من بريتوريا", 1, "other"),
  ("lying_in_state_1213", "r2_mandela_1215", "انتهاء عرضه في مبنى الاتحاد", 1, "other"),
  ("memorial_1210", "r2_mandela_1215", "حفل التأبين الرسمي الذي أقيم الثلاثاء الماضي", 1, "other"),
  # s1
  ("ecowas_ultimatum_0730", "s1_niger_0731", "أمهلت المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس)، أمس الأحد", 1, "statement"),
  ("ecowas_summit_0730", "s1_niger_0731", "في ختام قمة طارئة عقدتها في أبوجا", 1, "meeting"),
  ("ecowas_sanctions_0730", "s1_niger_0731", "وفرضت المجموعة عقب القمة عقوبات مالية فورية", 1, "other"),
  ("niamey_protest_0730", "s1_niger_0731", "تظاهر آلاف من أنصار الانقلابيين أمام السفارة الفرنسية", 1, "other"),
  ("bazoum_detained_0726", "s1_niger_0731", "قد احتجزوا بازوم في القصر الرئاسي الأربعاء الماضي", 1, "capture"),
  ("tchiani_0728", "s1_niger_0731", "قبل أن يعلن قائد الحرس الجنرال عبد الرحمن تياني نفسه رئيساً للبلاد بعد يومين", 1, "statement"),
  ("france_condemn_0730", "s1_niger_0731", "وأدانت فرنسا الهجوم على سفارتها", 1, "statement"),
 ],
 diff=[
  ("mandela_funeral_1215", "deby_funeral_0423"), ("mandela_burial_1215", "deby_burial_0423"),
  ("lion_debris_1029", "fdr_found_1101"), ("zuma_announce_1205", "funeral_plan_1206"),
  ("army_announce_0420", "chad_results_0419"),
 ],
 before=[
  ("lion_crash_1029", "lion_search_1029"), ("lion_search_1029", "lion_debris_1029"),
  ("lion_crash_1029", "jokowi_order_1029"), ("lion_crash_1029", "jokowi_visit_1030"),
  ("jokowi_visit_1030", "signals_1031"), ("signals_1031", "fdr_found_1101"),
  ("fdr_found_1101", "knkt_1101"),
  ("chad_election_0411", "chad_results_0419"), ("chad_results_0419", "army_announce_0420"),
  ("deby_death_0420", "army_announce_0420"), ("army_announce_0420", "council_0420"),
  ("council_0420", "charter_0421"), ("charter_0421", "macron_arrival_0422"),
  ("macron_arrival_0422", "macron_meeting_0423"), ("macron_meeting_0423", "deby_funeral_0423"),
  ("deby_funeral_0423", "deby_transfer_0423"), ("deby_transfer_0423", "deby_burial_0423"),
  ("discharge_0901", "mandela_death_1205"), ("mandela_death_1205", "zuma_announce_1205"),
  ("zuma_announce_1205", "vigil_1205"), ("zuma_announce_1205", "funeral_plan_1206"),
  ("memorial_1210", "lying_in_state_1213"), ("lying_in_state_1213", "body_flown_1214"),
  ("body_flown_1214", "mandela_funeral_1215"), ("mandela_funeral_1215", "mandela_burial_1215"),
  ("bazoum_detained_0726", "tchiani_0728"), ("tchiani_0728", "ecowas_summit_0730"),
  ("ecowas_summit_0730", "ecowas_sanctions_0730"), ("niamey_protest_0730", "france_condemn_0730"),
 ],
)
