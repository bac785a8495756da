"""Gold events for tests/devmerge5, part B (other stories, other outlets; scored at a round's
start and end only). Format as ../spec.py.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "h1_suleiman_0525": "2008-05-25T19:00:00+03:00",
 "h2_suleiman_0526": "2008-05-26",
 "h3_siniora_0529": "2008-05-29",
 "i1_boudiaf_0629": "1992-06-29T18:00:00+01:00",
 "i2_boudiaf_0702": "1992-07-02",
 "i3_kafi_0703": "1992-07-03",
 "j1_zayed_1102": "2004-11-02T23:00:00+04:00",
 "j2_zayed_1103": "2004-11-03",
 "j3_khalifa_1104": "2004-11-04",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Lebanon 2008: the Doha agreement, Suleiman elected and sworn in, his speech, Siniora designated
  "doha_agreement_0521": C(type="other", tight=D("2008-05-21"), outer=D("2008-05-21")),
  "suleiman_elected_0525": C(type="other", tight=D("2008-05-25"), outer=D("2008-05-25")),
  "suleiman_oath_0525": C(type="other", tight=D("2008-05-25"), outer=D("2008-05-25")),
  "suleiman_speech_0525": C(type="statement", tight=D("2008-05-25"), outer=D("2008-05-25")),
  "siniora_designated_0528": C(type="other", tight=D("2008-05-28"), outer=D("2008-05-28")),
  "binding_consultations_0528": C(type="meeting", tight=D("2008-05-28"), outer=D("2008-05-26", "2008-05-28")),
  # Boudiaf killed in Annaba, mourning, funeral and burial, Kafi appointed and sworn in
  "boudiaf_killed_0629": C(type="other", tight=D("1992-06-29"), outer=D("1992-06-29")),
  "algeria_mourning_0629": C(type="other", tight=D("1992-06-29"), outer=D("1992-06-29")),
  "boudiaf_funeral_0701": C(type="other", tight=D("1992-07-01"), outer=D("1992-07-01")),
  "boudiaf_burial_0701": C(type="other", tight=D("1992-07-01"), outer=D("1992-07-01")),
  "kafi_appointed_0702": C(type="other", tight=D("1992-07-02"), outer=D("1992-07-02")),
  "kafi_oath_0702": C(type="other", tight=D("1992-07-02"), outer=D("1992-07-02")),
  # Sheikh Zayed: death, the ministry's statement, mourning, burial, Khalifa elected
  "zayed_death_1102": C(type="other", tight=D("2004-11-02"), outer=D("2004-11-02")),
  "uae_mourning_1102": C(type="other", tight=D("2004-11-02"), outer=D("2004-11-02")),
  "zayed_burial_1103": C(type="other", tight=D("2004-11-03"), outer=D("2004-11-03")),
  "khalifa_elected_1103": C(type="other", tight=D("2004-11-03"), outer=D("2004-11-03")),
 },
 events=[
  # h1
  ("suleiman_elected_0525", "h1_suleiman_0525", "انتخب مجلس النواب في جلسة عقدها بعد ظهر اليوم الأحد العماد ميشال سليمان", 1, "other"),
  ("suleiman_oath_0525", "h1_suleiman_0525", "وأدى الرئيس سليمان اليمين الدستورية أمام المجلس فور انتخابه", 1, "other"),
  ("suleiman_speech_0525", "h1_suleiman_0525", "ثم ألقى خطاب القسم", 1, "statement"),
  ("doha_agreement_0521", "h1_suleiman_0525", "بعد أربعة أيام من توقيع اتفاق الدوحة", 1, "other"),
  # h2
  ("suleiman_elected_0525", "h2_suleiman_0526", "انتخب البرلمان اللبناني أمس الأحد قائد الجيش ميشال سليمان", 1, "other"),
  ("suleiman_elected_0525", "h2_suleiman_0526", "جلسة الانتخاب", 1, "other"),
  ("doha_agreement_0521", "h2_suleiman_0526", "بعد أن رعت الدوحة الأربعاء الماضي الاتفاق", 1, "other"),
  ("suleiman_oath_0525", "h2_suleiman_0526", "وأقسم سليمان اليمين عقب انتخابه", 1, "other"),
  ("suleiman_speech_0525", "h2_suleiman_0526", "وتعهد في خطابه ببناء الدولة", 1, "statement"),
  # h3
  ("siniora_designated_0528", "h3_siniora_0529", "كلف الرئيس اللبناني ميشال سليمان أمس الأربعاء فؤاد السنيورة", 1, "other"),
  ("binding_consultations_0528", "h3_siniora_0529", "بعد استشارات نيابية ملزمة أجراها في قصر بعبدا", 1, "meeting"),
  ("suleiman_elected_0525", "h3_siniora_0529", "وكان سليمان قد انتخب الأحد الماضي", 1, "other"),
  ("suleiman_oath_0525", "h3_siniora_0529", "وأدى اليمين في الجلسة نفسها", 1, "other"),
  ("doha_agreement_0521", "h3_siniora_0529", "تطبيقا لاتفاق الدوحة الذي وقع في 21 مايو", 1, "other"),
  # i1
  ("boudiaf_killed_0629", "i1_boudiaf_0629", "اغتيل رئيس المجلس الأعلى للدولة محمد بوضياف صباح اليوم الاثنين", 1, "other"),
  ("algeria_mourning_0629", "i1_boudiaf_0629", "وأعلن المجلس الأعلى للدولة الحداد الوطني ثمانية أيام", 1, "other"),
  # i2
  ("boudiaf_funeral_0701", "i2_boudiaf_0702", "شيع آلاف الجزائريين أمس الأربعاء جثمان الرئيس محمد بوضياف", 1, "other"),
  ("boudiaf_burial_0701", "i2_boudiaf_0702", "حيث ووري الثرى في مربع الشهداء", 1, "other"),
  ("boudiaf_killed_0629", "i2_boudiaf_0702", "وكان بوضياف قد اغتيل يوم الاثنين", 1, "other"),
  ("boudiaf_funeral_0701", "i2_boudiaf_0702", "وحضر الجنازة العاهل المغربي", 1, "other"),
  # i3
  ("kafi_appointed_0702", "i3_kafi_0703", "عين المجلس الأعلى للأمن يوم الخميس علي كافي", 1, "other"),
  ("boudiaf_killed_0629", "i3_kafi_0703", "الذي اغتيل يوم 29 جوان", 1, "other"),
  ("boudiaf_burial_0701", "i3_kafi_0703", "ودفن بعد يومين في مقبرة العالية", 1, "other"),
  ("kafi_oath_0702", "i3_kafi_0703", "وأدى كافي اليمين في اليوم نفسه", 1, "other"),
  # j1
  ("zayed_death_1102", "j1_zayed_1102", "نعت وزارة شؤون الرئاسة اليوم", 1, "other"),
  ("zayed_death_1102", "j1_zayed_1102", "الذي انتقل إلى جوار ربه مساء اليوم", 1, "other"),
  ("uae_mourning_1102", "j1_zayed_1102", "وأعلنت الوزارة الحداد الرسمي أربعين يوما", 1, "other"),
  # j2
  ("zayed_death_1102", "j2_zayed_1103", "توفي صاحب السمو الشيخ زايد بن سلطان آل نهيان رئيس الدولة مساء أمس الثلاثاء", 1, "other"),
  ("zayed_burial_1103", "j2_zayed_1103", "ويوارى جثمان الفقيد الثرى اليوم", 1, "other"),
  ("khalifa_elected_1103", "j2_zayed_1103", "ويجتمع المجلس الأعلى للاتحاد اليوم لانتخاب رئيس جديد للدولة", 1, "other"),
  # j3
  ("khalifa_elected_1103", "j3_khalifa_1104", "انتخب المجلس الأعلى للاتحاد في دولة الإمارات أمس الأربعاء الشيخ خليفة بن زايد آل نهيان", 1, "other"),
  ("zayed_death_1102", "j3_khalifa_1104", "الذي توفي الثلاثاء", 1, "other"),
  ("zayed_burial_1103", "j3_khalifa_1104", "وكان جثمان الشيخ زايد قد دفن ظهر أمس", 1, "other"),
 ],
 diff=[
  ("suleiman_elected_0525", "suleiman_oath_0525"),
  ("suleiman_elected_0525", "siniora_designated_0528"),
  ("doha_agreement_0521", "suleiman_elected_0525"),
  ("boudiaf_funeral_0701", "boudiaf_burial_0701"),
  ("boudiaf_killed_0629", "algeria_mourning_0629"),
  ("kafi_appointed_0702", "kafi_oath_0702"),
  ("zayed_death_1102", "uae_mourning_1102"),
  ("zayed_burial_1103", "khalifa_elected_1103"),
 ],
 before=[
  ("doha_agreement_0521", "suleiman_elected_0525"),
  ("suleiman_elected_0525", "suleiman_oath_0525"),
  ("suleiman_oath_0525", "suleiman_speech_0525"),
  ("suleiman_oath_0525", "siniora_designated_0528"),
  ("boudiaf_killed_0629", "boudiaf_funeral_0701"),
  ("boudiaf_funeral_0701", "boudiaf_burial_0701"),
  ("boudiaf_burial_0701", "kafi_appointed_0702"),
  ("kafi_appointed_0702", "kafi_oath_0702"),
  ("zayed_death_1102", "zayed_burial_1103"),
 ],
)
