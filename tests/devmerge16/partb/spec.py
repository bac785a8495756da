"""Gold events for tests/devmerge16, part B (a development set; format as ../spec.py).

Other stories, other outlets: scored at the start and at the end of the round only.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "o1_niamey_0320": "2023-03-20T19:00:00+01:00",
 "o2_villacoublay_0321": "2023-03-21T14:00:00+01:00",
 "o3_doha_0321": "2023-03-21",
 "o4_paris_0325": "2023-03-25",
 "v1_dublin_0320": "2024-03-20T15:00:00+00:00",
 "v2_dubai_0321": "2024-03-21",
 "v3_london_0325": "2024-03-25",
 "w1_berlin_1227": "2023-12-27T09:30:00+01:00",
 "w2_dubai_1228": "2023-12-28",
 "w3_berlin_0122": "2024-01-22T16:00:00+01:00",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Olivier Dubois and Jeffery Woodke freed together (20 March 2023) and at Niamey airport;
  # Dubois's words there; Macron's words that evening; Sullivan's words; Dubois received by Macron
  # at Villacoublay (21st) and his words there; his interview (23rd); the kidnappings (Dubois
  # 8 April 2021 in Gao, Woodke October 2016 in Abalak)
  "dubois_freed_0320": C(type="other", tight=D("2023-03-20"), outer=D("2023-03-20")),
  "dubois_words_0320": C(type="statement", tight=D("2023-03-20"), outer=D("2023-03-20")),
  "dubois_kidnapped_2021": C(type="other", tight=D("2021-04-08"), outer=D("2021-04-01", "2021-04-30")),
  "woodke_kidnapped_2016": C(type="other", tight=D("2016-10-14"), outer=D("2016-10-01", "2016-10-31")),
  "dubois_received_0321": C(type="other", tight=D("2023-03-21"), outer=D("2023-03-21")),
  "dubois_words_0321": C(type="statement", tight=D("2023-03-21"), outer=D("2023-03-21")),
  "macron_words_0320": C(type="statement", tight=D("2023-03-20"), outer=D("2023-03-20")),
  "sullivan_words_0320": C(type="statement", tight=D("2023-03-20"), outer=D("2023-03-20", "2023-03-21")),
  "dubois_interview_0323": C(type="statement", tight=D("2023-03-23"), outer=D("2023-03-23")),
  # Leo Varadkar quits as Fine Gael's leader (20 March 2024), his words; his second term (December
  # 2022); Simon Harris chosen leader (24 March), his words
  "varadkar_quits_0320": C(type="other", tight=D("2024-03-20"), outer=D("2024-03-20")),
  "varadkar_words_0320": C(type="statement", tight=D("2024-03-20"), outer=D("2024-03-20")),
  "varadkar_office_2022": C(type="other", tight=D("2022-12-17"), outer=D("2022-12-01", "2022-12-31")),
  "harris_elected_0324": C(type="other", tight=D("2024-03-24"), outer=D("2024-03-24")),
  "harris_words_0324": C(type="statement", tight=D("2024-03-24"), outer=D("2024-03-24")),
  # Wolfgang Schäuble dies (26 December 2023, evening), Scholz's and Merkel's words; the
  # Bundestag's tribute (22 January 2024) and Macron's speech there
  "schauble_death_1226": C(type="other", tight=D("2023-12-26"), outer=D("2023-12-26")),
  "scholz_words_1227": C(type="statement", tight=D("2023-12-27"), outer=D("2023-12-26", "2023-12-27")),
  "merkel_words_1227": C(type="statement", tight=D("2023-12-27"), outer=D("2023-12-26", "2023-12-28")),
  "schauble_tribute_0122": C(type="other", tight=D("2024-01-22"), outer=D("2024-01-22")),
  "macron_speech_0122": C(type="statement", tight=D("2024-01-22"), outer=D("2024-01-22")),
 },
 events=[
  # o1
  ("dubois_freed_0320", "o1_niamey_0320", "أطلق سراح الصحفي الفرنسي أوليفييه دوبوا وعامل الإغاثة الأمريكي جيفري وودكي اليوم الاثنين", 1, "other"),
  ("dubois_words_0320", "o1_niamey_0320", "وقال دوبوا للصحفيين في المطار", 1, "statement"),
  ("dubois_kidnapped_2021", "o1_niamey_0320", "وكانت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة قد خطفت دوبوا في غاو في أبريل نيسان 2021", 1, "other"),
  ("woodke_kidnapped_2016", "o1_niamey_0320", "فيما خطف وودكي في أبالاك بالنيجر في أكتوبر تشرين الأول 2016", 1, "other"),
  # o2
  ("dubois_received_0321", "o2_villacoublay_0321", "استقبل الرئيس الفرنسي إيمانويل ماكرون الصحافي أوليفييه دوبوا لدى وصوله صباح اليوم الثلاثاء إلى قاعدة فيلاكوبليه العسكرية", 1, "other"),
  ("dubois_freed_0320", "o2_villacoublay_0321", "غداة الإفراج عنه في النيجر", 1, "other"),
  ("dubois_words_0321", "o2_villacoublay_0321", "وقال دوبوا للصحافيين", 1, "statement"),
  ("macron_words_0320", "o2_villacoublay_0321", "وكان ماكرون قد كتب على تويتر مساء الاثنين", 1, "statement"),
  # o3
  ("dubois_freed_0320", "o3_doha_0321", "الإفراج عن رهينتين فرنسي وأمريكي في النيجر", 1, "other"),
  ("dubois_freed_0320", "o3_doha_0321", "أفرج، أمس، عن رهينتين غربيين", 1, "other"),
  ("sullivan_words_0320", "o3_doha_0321", "وقال مستشار الأمن القومي الأمريكي جيك سوليفان في بيان", 1, "statement"),
  ("dubois_kidnapped_2021", "o3_doha_0321", "وكان الصحفي أوليفييه دوبوا قد خطف في مدينة غاو شمالي مالي في 8 أبريل 2021", 1, "other"),
  # o4
  ("dubois_interview_0323", "o4_paris_0325", "دوبوا يروي 711 يوما من الأسر", 1, "statement"),
  ("dubois_interview_0323", "o4_paris_0325", "روى الصحافي الفرنسي أوليفييه دوبوا، في مقابلة مع إذاعة فرنسية الخميس", 1, "statement"),
  ("dubois_freed_0320", "o4_paris_0325", "بعد أيام على تحريره", 1, "other"),
  ("dubois_freed_0320", "o4_paris_0325", "وكان دوبوا قد أطلق سراحه الاثنين الماضي في النيجر", 1, "other"),
  # v1
  ("varadkar_quits_0320", "v1_dublin_0320", "أعلن رئيس الوزراء الإيرلندي ليو فارادكار اليوم الأربعاء استقالته من رئاسة حزب \"فاين غايل\"", 1, "other"),
  ("varadkar_words_0320", "v1_dublin_0320", "وقال فارادكار (45 عاما) في مؤتمر صحفي", 1, "statement"),
  ("varadkar_office_2022", "v1_dublin_0320", "وكان فارادكار قد تولى رئاسة الوزراء مجددا في ديسمبر كانون الأول 2022", 1, "other"),
  # v2
  ("varadkar_quits_0320", "v2_dubai_0321", "استقالة مفاجئة لرئيس وزراء إيرلندا", 1, "other"),
  ("varadkar_quits_0320", "v2_dubai_0321", "فاجأ رئيس الوزراء الإيرلندي الأوساط السياسية في بلاده، أمس، بإعلانه الاستقالة من زعامة حزبه الحاكم", 1, "other"),
  ("varadkar_words_0320", "v2_dubai_0321", "وقال فارادكار إنه", 1, "statement"),
  # v3
  ("harris_elected_0324", "v3_london_0325", "هاريس زعيما لـ«فاين غايل»", 1, "other"),
  ("harris_elected_0324", "v3_london_0325", "اختار حزب \"فاين غايل\" الحاكم في إيرلندا، أمس الأحد، وزير التعليم العالي سايمون هاريس (37 عاما) زعيما له", 1, "other"),
  ("varadkar_quits_0320", "v3_london_0325", "الذي استقال الأربعاء الماضي بشكل مفاجئ", 1, "other"),
  ("harris_words_0324", "v3_london_0325", "وقال هاريس في كلمة أمام مؤتمر الحزب في أثلون", 1, "statement"),
  # w1
  ("schauble_death_1226", "w1_berlin_1227", "توفي وزير المالية الألماني الأسبق ورئيس البرلمان السابق فولفغانغ شويبله مساء أمس الثلاثاء", 1, "other"),
  ("scholz_words_1227", "w1_berlin_1227", "وقال المستشار أولاف شولتس في بيان", 1, "statement"),
  # w2
  ("schauble_death_1226", "w2_dubai_1228", "وفاة «عرّاب» التقشف الأوروبي", 1, "other"),
  ("schauble_death_1226", "w2_dubai_1228", "غيّب الموت، الثلاثاء، السياسي الألماني المخضرم", 1, "other"),
  ("merkel_words_1227", "w2_dubai_1228", "ونعت ميركل شويبله، وقالت", 1, "statement"),
  # w3
  ("schauble_tribute_0122", "w3_berlin_0122", "أقام البرلمان الألماني اليوم الاثنين مراسم تكريم رسمية لرئيسه السابق فولفغانغ شويبله", 1, "other"),
  ("macron_speech_0122", "w3_berlin_0122", "ألقى خلالها الرئيس الفرنسي إيمانويل ماكرون كلمة", 1, "statement"),
  ("macron_speech_0122", "w3_berlin_0122", "وقال ماكرون، متحدثا بالألمانية والفرنسية", 1, "statement"),
  ("schauble_death_1226", "w3_berlin_0122", "وكان شويبله قد توفي في 26 ديسمبر", 1, "other"),
 ],
 diff=[
  ("dubois_freed_0320", "dubois_received_0321"),
  ("dubois_freed_0320", "dubois_kidnapped_2021"),
  ("dubois_kidnapped_2021", "woodke_kidnapped_2016"),
  ("dubois_words_0320", "dubois_words_0321"),
  ("dubois_words_0321", "dubois_interview_0323"),
  ("dubois_words_0320", "macron_words_0320"),
  ("sullivan_words_0320", "macron_words_0320"),
  ("varadkar_quits_0320", "harris_elected_0324"),
  ("varadkar_quits_0320", "varadkar_office_2022"),
  ("varadkar_words_0320", "harris_words_0324"),
  ("schauble_death_1226", "schauble_tribute_0122"),
  ("scholz_words_1227", "merkel_words_1227"),
  ("merkel_words_1227", "macron_speech_0122"),
 ],
 before=[
  ("woodke_kidnapped_2016", "dubois_kidnapped_2021"),
  ("dubois_kidnapped_2021", "dubois_freed_0320"),
  ("dubois_freed_0320", "dubois_received_0321"),
  ("dubois_received_0321", "dubois_interview_0323"),
  ("varadkar_office_2022", "varadkar_quits_0320"),
  ("varadkar_quits_0320", "harris_elected_0324"),
  ("schauble_death_1226", "schauble_tribute_0122"),
  ("schauble_death_1226", "merkel_words_1227"),
 ],
)
