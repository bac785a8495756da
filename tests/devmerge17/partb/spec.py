"""Gold events for tests/devmerge17, part B (a development set; format as ../spec.py).

Other stories, other outlets: scored at the start and at the end of the round only.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "c1_madrid_1112": "2024-11-12T14:00:00+01:00",
 "c2_riyadh_1113": "2024-11-13",
 "c3_madrid_0424": "2025-04-24",
 "b1_munich_0108": "2024-01-08T16:00:00+01:00",
 "b2_dubai_0109": "2024-01-09",
 "b3_munich_0120": "2024-01-20",
 "k1_tirana_0701": "2024-07-01T15:00:00+02:00",
 "k2_beirut_0702": "2024-07-02",
 "k3_paris_0706": "2024-07-06",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # The Cervantes Prize to Álvaro Pombo (12 November 2024), Urtasun's and Pombo's words; the
  # prize of 2023 (Luis Mateo Díez); the ceremony at Alcalá de Henares (23 April 2025)
  "cervantes_award_1112": C(type="other", tight=D("2024-11-12"), outer=D("2024-11-12")),
  "urtasun_words_1112": C(type="statement", tight=D("2024-11-12"), outer=D("2024-11-12")),
  "cervantes_2023": C(type="other", tight=D("2023-11-08"), outer=D("2023-01-01", "2023-12-31")),
  "pombo_words_1112": C(type="statement", tight=D("2024-11-12"), outer=D("2024-11-12", "2024-11-13")),
  "cervantes_ceremony_0423": C(type="other", tight=D("2025-04-23"), outer=D("2025-04-23")),
  # Franz Beckenbauer dies (7 January 2024, made known the 8th); his family's, Scholz's and
  # Bayern's words; the memorial at the Allianz Arena (19 January)
  "beckenbauer_death_0107": C(type="other", tight=D("2024-01-07"), outer=D("2024-01-07")),
  "family_words_0108": C(type="statement", tight=D("2024-01-08"), outer=D("2024-01-08")),
  "scholz_words_0108": C(type="statement", tight=D("2024-01-08"), outer=D("2024-01-07", "2024-01-08")),
  "bayern_words_0108": C(type="statement", tight=D("2024-01-08"), outer=D("2024-01-07", "2024-01-09")),
  "beckenbauer_memorial_0119": C(type="other", tight=D("2024-01-19"), outer=D("2024-01-19")),
  # Ismail Kadare dies (1 July 2024); Rama's and Macron's words; the state funeral (3 July)
  "kadare_death_0701": C(type="other", tight=D("2024-07-01"), outer=D("2024-07-01")),
  "rama_words_0701": C(type="statement", tight=D("2024-07-01"), outer=D("2024-07-01")),
  "macron_words_0701": C(type="statement", tight=D("2024-07-01"), outer=D("2024-07-01", "2024-07-02")),
  "kadare_funeral_0703": C(type="other", tight=D("2024-07-03"), outer=D("2024-07-03")),
 },
 events=[
  # c1
  ("cervantes_award_1112", "c1_madrid_1112", "منحت وزارة الثقافة الإسبانية اليوم الثلاثاء جائزة ثربانتس للآداب لعام 2024 للكاتب الإسباني ألفارو بومبو", 1, "other"),
  ("urtasun_words_1112", "c1_madrid_1112", "وقال وزير الثقافة إرنست أورتاسون", 1, "statement"),
  ("cervantes_2023", "c1_madrid_1112", "وكانت الجائزة قد منحت العام الماضي للكاتب لويس ماتيو دييث", 1, "other"),
  # c2
  ("cervantes_award_1112", "c2_riyadh_1113", "بومبو يفوز بجائزة ثيربانتس", 1, "other"),
  ("cervantes_award_1112", "c2_riyadh_1113", "فاز الروائي والشاعر الإسباني ألبارو بومبو (85 عاما)، أمس، بجائزة ثيربانتس", 1, "other"),
  ("pombo_words_1112", "c2_riyadh_1113", "وقال بومبو للصحافيين", 1, "statement"),
  # c3
  ("cervantes_ceremony_0423", "c3_madrid_0424", "بومبو يتسلم جائزة ثربانتس", 1, "other"),
  ("cervantes_ceremony_0423", "c3_madrid_0424", "تسلم الكاتب الإسباني ألفارو بومبو، أمس الأربعاء، جائزة ثربانتس", 1, "other"),
  ("cervantes_award_1112", "c3_madrid_0424", "وكانت وزارة الثقافة قد أعلنت فوزه بالجائزة في نوفمبر الماضي", 1, "other"),
  # b1
  ("beckenbauer_death_0107", "b1_munich_0108", "توفي أسطورة كرة القدم الألمانية فرانز بيكنباور عن 78 عاما", 1, "other"),
  ("family_words_0108", "b1_munich_0108", "وقالت العائلة في بيان", 1, "statement"),
  ("beckenbauer_death_0107", "b1_munich_0108", "توفي \"بسلام\" أمس الأحد", 1, "other"),
  ("scholz_words_0108", "b1_munich_0108", "وقال المستشار الألماني أولاف شولتس", 1, "statement"),
  # b2
  ("beckenbauer_death_0107", "b2_dubai_0109", "رحيل «القيصر»", 1, "other"),
  ("beckenbauer_death_0107", "b2_dubai_0109", "غيّب الموت، الأحد، القيصر فرانز بكنباور", 1, "other"),
  ("bayern_words_0108", "b2_dubai_0109", "ونعاه نادي بايرن ميونيخ، وقال", 1, "statement"),
  # b3
  ("beckenbauer_memorial_0119", "b3_munich_0120", "ميونيخ تودع بيكنباور", 1, "other"),
  ("beckenbauer_memorial_0119", "b3_munich_0120", "أقام نادي بايرن ميونيخ، أمس الجمعة، حفل تأبين للقيصر فرانز بيكنباور", 1, "other"),
  ("beckenbauer_death_0107", "b3_munich_0120", "وكان بيكنباور قد توفي في 7 يناير", 1, "other"),
  # k1
  ("kadare_death_0701", "k1_tirana_0701", "توفي الكاتب الألباني إسماعيل كاداريه اليوم الاثنين في تيرانا", 1, "other"),
  ("rama_words_0701", "k1_tirana_0701", "وقال رئيس الوزراء الألباني إيدي راما", 1, "statement"),
  # k2
  ("kadare_death_0701", "k2_beirut_0702", "رحيل صاحب «الجنرال والجيش الميت»", 1, "other"),
  ("kadare_death_0701", "k2_beirut_0702", "غيّب الموت، أمس، الروائي الألباني إسماعيل كاداري", 1, "other"),
  ("macron_words_0701", "k2_beirut_0702", "ونعاه الرئيس الفرنسي إيمانويل ماكرون، وقال", 1, "statement"),
  # k3
  ("kadare_funeral_0703", "k3_paris_0706", "ألبانيا تودع كاداريه", 1, "other"),
  ("kadare_funeral_0703", "k3_paris_0706", "شيّعت ألبانيا، الأربعاء، الكاتب إسماعيل كاداريه في جنازة رسمية في تيرانا", 1, "other"),
  ("kadare_death_0701", "k3_paris_0706", "وكان كاداريه قد توفي الاثنين الماضي", 1, "other"),
 ],
 diff=[
  ("cervantes_award_1112", "cervantes_2023"),
  ("cervantes_award_1112", "cervantes_ceremony_0423"),
  ("urtasun_words_1112", "pombo_words_1112"),
  ("beckenbauer_death_0107", "beckenbauer_memorial_0119"),
  ("family_words_0108", "scholz_words_0108"),
  ("family_words_0108", "bayern_words_0108"),
  ("scholz_words_0108", "bayern_words_0108"),
  ("kadare_death_0701", "kadare_funeral_0703"),
  ("rama_words_0701", "macron_words_0701"),
 ],
 before=[
  ("cervantes_2023", "cervantes_award_1112"),
  ("cervantes_award_1112", "cervantes_ceremony_0423"),
  ("beckenbauer_death_0107", "beckenbauer_memorial_0119"),
  ("kadare_death_0701", "kadare_funeral_0703"),
 ],
)
