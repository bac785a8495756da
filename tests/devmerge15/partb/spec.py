"""Gold events for tests/devmerge15, part B (a development set; format as ../spec.py).

Other stories, other outlets: scored at the start and at the end of the round only.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "r1_kigali_0324": "2023-03-24T23:00:00+02:00",
 "r2_doha_0328": "2023-03-28",
 "r3_texas_0329": "2023-03-29T18:00:00-05:00",
 "b1_milan_0612": "2023-06-12T13:00:00+02:00",
 "b2_rome_0615": "2023-06-15",
 "y1_yangon_1117": "2022-11-17T18:00:00+06:30",
 "y2_tokyo_1119": "2022-11-19",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Rusesabagina freed (24 March 2023) after his sentence was commuted with 19 others (the
  # spokeswoman's words); the sentence (20 September 2021); the arrival in Doha (27 March), the
  # State Department's thanks; the arrival in Texas (29 March), his daughter's words; the arrest
  # (August 2020)
  "rusesabagina_freed_0324": C(type="other", tight=D("2023-03-24"), outer=D("2023-03-24")),
  "rusesabagina_commuted_0324": C(type="other", tight=D("2023-03-24"), outer=D("2023-03-24")),
  "makolo_words_0324": C(type="statement", tight=D("2023-03-24"), outer=D("2023-03-24")),
  "rusesabagina_sentence_2021": C(type="other", tight=D("2021-09-20"), outer=D("2021-09-01", "2021-09-30")),
  "doha_arrival_0327": C(type="other", tight=D("2023-03-27"), outer=D("2023-03-27")),
  "us_thanks_0327": C(type="statement", tight=D("2023-03-27"), outer=D("2023-03-24", "2023-03-27")),
  "us_arrival_0329": C(type="other", tight=D("2023-03-29"), outer=D("2023-03-28", "2023-03-29")),
  "family_meeting_0329": C(type="other", tight=D("2023-03-29"), outer=D("2023-03-29")),
  "kanimba_words_0329": C(type="statement", tight=D("2023-03-29"), outer=D("2023-03-29")),
  "rusesabagina_arrest_2020": C(type="other", tight=D("2020-08-28"), outer=D("2020-08-01", "2020-08-31")),
  # Berlusconi: died at San Raffaele (12 June 2023), admitted on the 9th, Meloni's words; the
  # state funeral in Milan cathedral (14 June)
  "berlusconi_death_0612": C(type="other", tight=D("2023-06-12"), outer=D("2023-06-12")),
  "berlusconi_admitted_0609": C(type="other", tight=D("2023-06-09"), outer=D("2023-06-09")),
  "meloni_words_0612": C(type="statement", tight=D("2023-06-12"), outer=D("2023-06-12")),
  "berlusconi_funeral_0614": C(type="other", tight=D("2023-06-14"), outer=D("2023-06-14")),
  # Myanmar: Turnell, Bowman, Kubota freed in the amnesty (17 November 2022), the deportation
  # announced; Turnell's sentence (29 September); Kubota back in Tokyo (18th), his words, his
  # sentence (October)
  "myanmar_amnesty_1117": C(type="other", tight=D("2022-11-17"), outer=D("2022-11-17")),
  "tv_words_1117": C(type="statement", tight=D("2022-11-17"), outer=D("2022-11-17")),
  "foreigners_deported_1117": C(type="other", tight=D("2022-11-17", "2022-11-18"), outer=D("2022-11-17", "2022-11-19")),
  "turnell_sentence_0929": C(type="other", tight=D("2022-09-29"), outer=D("2022-09-01", "2022-09-30")),
  "kubota_arrival_1118": C(type="other", tight=D("2022-11-18"), outer=D("2022-11-18")),
  "kubota_words_1118": C(type="statement", tight=D("2022-11-18"), outer=D("2022-11-18")),
  "kubota_sentence_1005": C(type="other", tight=D("2022-10-05"), outer=D("2022-10-01", "2022-10-31")),
 },
 events=[
  # r1
  ("rusesabagina_freed_0324", "r1_kigali_0324", "أفرجت رواندا في وقت متأخر من مساء اليوم الجمعة عن بول روسيساباغينا", 1, "other"),
  ("rusesabagina_commuted_0324", "r1_kigali_0324", "بعد تخفيف حكم السجن الصادر بحقه", 1, "other"),
  ("makolo_words_0324", "r1_kigali_0324", "وقالت المتحدثة باسم الحكومة يولاند ماكولو", 1, "statement"),
  ("rusesabagina_sentence_2021", "r1_kigali_0324", "وكانت محكمة في كيغالي قد قضت في سبتمبر أيلول 2021 بسجنه 25 عاما", 1, "other"),
  # r2
  ("doha_arrival_0327", "r2_doha_0328", "روسيساباغينا يصل إلى الدوحة", 1, "other"),
  ("doha_arrival_0327", "r2_doha_0328", "وصل الناشط الرواندي بول روسيساباغينا إلى الدوحة، أمس", 1, "other"),
  ("rusesabagina_freed_0324", "r2_doha_0328", "بعد الإفراج عنه من السجن في رواندا بوساطة قطرية", 1, "other"),
  ("us_thanks_0327", "r2_doha_0328", "وأعربت وزارة الخارجية الأمريكية عن شكرها لدولة قطر", 1, "statement"),
  ("us_arrival_0329", "r2_doha_0328", "أن يتوجه إلى الولايات المتحدة حيث تقيم عائلته", 1, "other"),
  # r3
  ("us_arrival_0329", "r3_texas_0329", "وصل بول روسيساباغينا إلى ولاية تكساس الأمريكية اليوم الأربعاء", 1, "other"),
  ("family_meeting_0329", "r3_texas_0329", "حيث التقى زوجته وأبناءه", 1, "other"),
  ("rusesabagina_freed_0324", "r3_texas_0329", "بعد خمسة أيام من الإفراج عنه في رواندا", 1, "other"),
  ("kanimba_words_0329", "r3_texas_0329", "وقالت ابنته كارين كانيمبا", 1, "statement"),
  ("rusesabagina_arrest_2020", "r3_texas_0329", "وكان روسيساباغينا قد اعتقل في كيغالي في أغسطس آب 2020", 1, "other"),
  # b1
  ("berlusconi_death_0612", "b1_milan_0612", "توفي رئيس الوزراء الإيطالي الأسبق سيلفيو برلسكوني صباح اليوم الاثنين في مستشفى سان رافاييلي في ميلانو", 1, "other"),
  ("berlusconi_admitted_0609", "b1_milan_0612", "وكان برلسكوني قد أدخل المستشفى يوم الجمعة", 1, "other"),
  ("meloni_words_0612", "b1_milan_0612", "وقالت رئيسة الوزراء جورجيا ميلوني في رسالة مصورة", 1, "statement"),
  # b2
  ("berlusconi_funeral_0614", "b2_rome_0615", "إيطاليا تودع برلسكوني في جنازة رسمية", 1, "other"),
  ("berlusconi_funeral_0614", "b2_rome_0615", "أقيمت، أمس، جنازة رسمية لرئيس الوزراء الإيطالي الأسبق سيلفيو برلسكوني في كاتدرائية ميلانو", 1, "other"),
  ("berlusconi_death_0612", "b2_rome_0615", "وكان رئيس الوزراء الأسبق قد توفي الاثنين الماضي في المستشفى", 1, "other"),
  # y1
  ("myanmar_amnesty_1117", "y1_yangon_1117", "أفرج المجلس العسكري الحاكم في بورما اليوم الخميس عن الخبير الاقتصادي الأسترالي شون تيرنل والسفيرة البريطانية السابقة فيكي بومان والصحافي الياباني تورو كوبوتا", 1, "other"),
  ("tv_words_1117", "y1_yangon_1117", "وأعلن التلفزيون الرسمي", 1, "statement"),
  ("foreigners_deported_1117", "y1_yangon_1117", "أن الأجانب الأربعة سيرحلون من البلاد", 1, "other"),
  ("turnell_sentence_0929", "y1_yangon_1117", "قد حكم عليه في سبتمبر أيلول بالسجن ثلاث سنوات", 1, "other"),
  # y2
  ("kubota_arrival_1118", "y2_tokyo_1119", "الصحافي الياباني كوبوتا يعود إلى طوكيو", 1, "other"),
  ("kubota_arrival_1118", "y2_tokyo_1119", "وصل الصحافي الياباني تورو كوبوتا، أمس، إلى مطار هانيدا في طوكيو", 1, "other"),
  ("myanmar_amnesty_1117", "y2_tokyo_1119", "غداة الإفراج عنه في بورما مع ثلاثة أجانب آخرين", 1, "other"),
  ("kubota_words_1118", "y2_tokyo_1119", "وقال كوبوتا للصحفيين", 1, "statement"),
  ("kubota_sentence_1005", "y2_tokyo_1119", "وكانت محكمة عسكرية قد حكمت عليه الشهر الماضي بالسجن عشر سنوات", 1, "other"),
 ],
 diff=[
  ("rusesabagina_freed_0324", "rusesabagina_commuted_0324"),
  ("rusesabagina_freed_0324", "doha_arrival_0327"),
  ("doha_arrival_0327", "us_arrival_0329"),
  ("rusesabagina_sentence_2021", "rusesabagina_commuted_0324"),
  ("makolo_words_0324", "kanimba_words_0329"),
  ("berlusconi_death_0612", "berlusconi_funeral_0614"),
  ("berlusconi_death_0612", "berlusconi_admitted_0609"),
  ("myanmar_amnesty_1117", "kubota_arrival_1118"),
  ("myanmar_amnesty_1117", "foreigners_deported_1117"),
  ("turnell_sentence_0929", "kubota_sentence_1005"),
  ("tv_words_1117", "kubota_words_1118"),
 ],
 before=[
  ("rusesabagina_arrest_2020", "rusesabagina_sentence_2021"),
  ("rusesabagina_sentence_2021", "rusesabagina_freed_0324"),
  ("rusesabagina_freed_0324", "doha_arrival_0327"),
  ("doha_arrival_0327", "us_arrival_0329"),
  ("berlusconi_admitted_0609", "berlusconi_death_0612"),
  ("berlusconi_death_0612", "berlusconi_funeral_0614"),
  ("turnell_sentence_0929", "kubota_sentence_1005"),
  ("kubota_sentence_1005", "myanmar_amnesty_1117"),
  ("myanmar_amnesty_1117", "kubota_arrival_1118"),
 ],
)
