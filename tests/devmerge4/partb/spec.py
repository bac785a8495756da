"""Gold events for tests/devmerge4, part B (format as ../spec.py).

Part B measures transfer: other stories and outlets than part A, written and scored before
any engine change of identity round 12, then scored only at the end (its misses are not read
while the engine is changed).
"""
from gold_sets import span

D = span

PUBLISHED = {
 "h1_hussein_0207": "1999-02-07T18:00:00+02:00",
 "h2_hussein_0208": "1999-02-08",
 "h3_hussein_0209": "1999-02-09",
 "i1_ah5017_0724": "2014-07-24T15:00:00+01:00",
 "i2_ah5017_0724": "2014-07-24T22:00:00+02:00",
 "i3_ah5017_0726": "2014-07-26",
 "j1_marzouki_1212": "2011-12-12T19:00:00+01:00",
 "j2_marzouki_1214": "2011-12-14",
 "j3_marzouki_1216": "2011-12-16",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # King Hussein of Jordan: death and oath (7 February 1999), funeral and burial (8th)
  "hussein_death_0207": C(type="other", tight=D("1999-02-07"), outer=D("1999-02-07")),
  "abdullah_oath_0207": C(type="other", tight=D("1999-02-07"), outer=D("1999-02-07")),
  "hamzah_named_0207": C(type="other", tight=D("1999-02-07"), outer=D("1999-02-07")),
  "hussein_funeral_0208": C(type="other", tight=D("1999-02-08"), outer=D("1999-02-08")),
  "hussein_burial_0208": C(type="other", tight=D("1999-02-08"), outer=D("1999-02-08")),
  "egypt_mourning_0207": C(type="other", tight=D("1999-02-07"), outer=D("1999-02-07", "1999-02-08")),
  "condolences_0208": C(type="other", tight=D("1999-02-08"), outer=D("1999-02-08")),
  # Air Algerie AH5017: contact lost and crash (24 July 2014), wreckage found, a black box (25th)
  "ah5017_contact_lost_0724": C(type="other", tight=D("2014-07-24"), outer=D("2014-07-24")),
  "ghoul_statement_0724": C(type="statement", tight=D("2014-07-24"), outer=D("2014-07-24")),
  "ah5017_wreckage_0724": C(type="other", tight=D("2014-07-24"), outer=D("2014-07-24")),
  "ah5017_crash_0724": C(type="other", tight=D("2014-07-24"), outer=D("2014-07-24")),
  "hollande_statement_0725": C(type="statement", tight=D("2014-07-25"), outer=D("2014-07-25")),
  "ah5017_box_0725": C(type="other", tight=D("2014-07-25"), outer=D("2014-07-25")),
  "algeria_mourning_0725": C(type="other", tight=D("2014-07-25"), outer=D("2014-07-24", "2014-07-25")),
  # Marzouki elected (12 December 2011), sworn in and handed power (13th), Jebali designated
  "marzouki_elected_1212": C(type="other", tight=D("2011-12-12"), outer=D("2011-12-12")),
  "law_adopted_1210": C(type="other", tight=D("2011-12-10"), outer=D("2011-12-10")),
  "marzouki_oath_1213": C(type="other", tight=D("2011-12-13"), outer=D("2011-12-13")),
  "marzouki_handover_1213": C(type="other", tight=D("2011-12-13"), outer=D("2011-12-13")),
  "marzouki_speech_1213": C(type="statement", tight=D("2011-12-13"), outer=D("2011-12-13")),
  "jebali_designated_1214": C(type="other", tight=D("2011-12-14"), outer=D("2011-12-14")),
 },
 events=[
  # h1
  ("hussein_death_0207", "h1_hussein_0207", "نعى الديوان الملكي الهاشمي، ظهر اليوم الأحد", 1, "other"),
  ("hussein_death_0207", "h1_hussein_0207", "الذي انتقل إلى جوار ربه في مدينة الحسين الطبية", 1, "other"),
  ("abdullah_oath_0207", "h1_hussein_0207", "وأدى جلالة الملك عبدالله الثاني بن الحسين اليمين الدستورية", 1, "other"),
  ("hamzah_named_0207", "h1_hussein_0207", "وأصدر جلالته إرادة ملكية بتسمية سمو الأمير حمزة", 1, "other"),
  # h2
  ("hussein_funeral_0208", "h2_hussein_0208", "يشارك الرئيس حسنى مبارك اليوم فى تشييع جنازة العاهل الأردنى", 1, "other"),
  ("hussein_death_0207", "h2_hussein_0208", "الذى توفى ظهر أمس", 1, "other"),
  ("egypt_mourning_0207", "h2_hussein_0208", "وأعلنت رئاسة الجمهورية الحداد ثلاثة أيام", 1, "other"),
  ("abdullah_oath_0207", "h2_hussein_0208", "وأدى الملك عبد الله الثانى اليمين أمس", 1, "other"),
  # h3
  ("hussein_burial_0208", "h3_hussein_0209", "ووري العاهل الأردني الراحل الملك حسين الثرى، بعد ظهر أمس", 1, "other"),
  ("hussein_funeral_0208", "h3_hussein_0209", "بعد جنازة شارك فيها أكثر من خمسين", 1, "other"),
  ("hussein_death_0207", "h3_hussein_0209", "وكان الملك حسين قد توفي الأحد", 1, "other"),
  ("abdullah_oath_0207", "h3_hussein_0209", "وأدى نجله عبدالله اليمين الدستورية خلفا له في اليوم نفسه", 1, "other"),
  ("condolences_0208", "h3_hussein_0209", "وتقبل الملك عبدالله الثاني التعازي من القادة", 1, "other"),
  # i1
  ("ah5017_contact_lost_0724", "i1_ah5017_0724", "أعلنت شركة الخطوط الجوية الجزائرية، اليوم الخميس، فقدان الاتصال بطائرتها", 1, "other"),
  ("ghoul_statement_0724", "i1_ah5017_0724", "وقال وزير النقل عمار غول", 1, "statement"),
  # i2
  ("ah5017_wreckage_0724", "i2_ah5017_0724", "أعلن الرئيس الفرنسي فرانسوا هولاند، مساء اليوم الخميس، العثور على حطام طائرة الخطوط الجوية الجزائرية", 1, "other"),
  ("ah5017_crash_0724", "i2_ah5017_0724", "التي تحطمت فجر اليوم في منطقة غوسي", 1, "other"),
  ("ah5017_contact_lost_0724", "i2_ah5017_0724", "قبل أن ينقطع الاتصال بها فوق مالي", 1, "other"),
  # i3
  ("hollande_statement_0725", "i3_ah5017_0726", "أعلن الرئيس الفرنسي فرانسوا هولاند، أمس الجمعة", 1, "statement"),
  ("ah5017_box_0725", "i3_ah5017_0726", "أن الجنود الفرنسيين عثروا على أحد الصندوقين الأسودين", 1, "other"),
  ("ah5017_crash_0724", "i3_ah5017_0726", "التي تحطمت الخميس في مالي", 1, "other"),
  ("algeria_mourning_0725", "i3_ah5017_0726", "وأعلنت الجزائر الحداد الوطني ثلاثة أيام", 1, "other"),
  ("ah5017_wreckage_0724", "i3_ah5017_0726", "وكان حطام الطائرة قد عُثر عليه مساء الخميس", 1, "other"),
  # j1
  ("marzouki_elected_1212", "j1_marzouki_1212", "انتخب المجلس الوطني التأسيسي، اليوم الاثنين، الدكتور محمد المنصف المرزوقي", 1, "other"),
  ("marzouki_elected_1212", "j1_marzouki_1212", "ويأتي انتخاب المرزوقي", 1, "other"),
  ("law_adopted_1210", "j1_marzouki_1212", "بعد يومين من مصادقة المجلس على القانون المنظم للسلط العمومية", 1, "other"),
  # j2
  ("marzouki_oath_1213", "j2_marzouki_1214", "أدى الرئيس التونسي الجديد المنصف المرزوقي، أمس الثلاثاء، اليمين الدستورية", 1, "other"),
  ("marzouki_elected_1212", "j2_marzouki_1214", "بعد يوم من انتخابه", 1, "other"),
  ("marzouki_handover_1213", "j2_marzouki_1214", "ثم تسلم المرزوقي مهامه من الرئيس المؤقت فؤاد المبزع", 1, "other"),
  ("marzouki_speech_1213", "j2_marzouki_1214", "قبل أن يلقي كلمة تعهد فيها بحماية الثورة", 1, "statement"),
  # j3
  ("jebali_designated_1214", "j3_marzouki_1216", "كلف الرئيس التونسي المنصف المرزوقي، يوم الأربعاء، حمادي الجبالي", 1, "other"),
  ("marzouki_oath_1213", "j3_marzouki_1216", "بعد يوم من أدائه اليمين الدستورية", 1, "other"),
  ("marzouki_handover_1213", "j3_marzouki_1216", "وتسلمه السلطة في قصر قرطاج", 1, "other"),
  ("marzouki_elected_1212", "j3_marzouki_1216", "وكان المجلس التأسيسي قد انتخب المرزوقي يوم الاثنين", 1, "other"),
 ],
 diff=[
  ("hussein_funeral_0208", "hussein_burial_0208"),
  ("hussein_death_0207", "abdullah_oath_0207"),
  ("abdullah_oath_0207", "hamzah_named_0207"),
  ("ghoul_statement_0724", "hollande_statement_0725"),
  ("ah5017_contact_lost_0724", "ah5017_crash_0724"),
  ("ah5017_wreckage_0724", "ah5017_box_0725"),
  ("ah5017_crash_0724", "ah5017_wreckage_0724"),
  ("marzouki_oath_1213", "marzouki_handover_1213"),
  ("marzouki_elected_1212", "law_adopted_1210"),
  ("marzouki_handover_1213", "jebali_designated_1214"),
 ],
 before=[
  ("hussein_death_0207", "abdullah_oath_0207"),
  ("hussein_death_0207", "hussein_funeral_0208"),
  ("hussein_funeral_0208", "hussein_burial_0208"),
  ("ah5017_crash_0724", "ah5017_wreckage_0724"),
  ("ah5017_wreckage_0724", "ah5017_box_0725"),
  ("law_adopted_1210", "marzouki_elected_1212"),
  ("marzouki_elected_1212", "marzouki_oath_1213"),
  ("marzouki_oath_1213", "marzouki_handover_1213"),
  ("marzouki_handover_1213", "jebali_designated_1214"),
 ],
)
