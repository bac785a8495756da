"""Gold events for tests/devannounced1/b (part B of announced acts round 1's development set:
other happenings, other outlets; scored at the round's start and end only; format as
../a/spec.py).

  clusters: cluster -> dict(type, tight, outer): the real date (tight) and what the texts
            still allow (outer).
  events rows: (cluster, doc, surface, occurrence, type).
  diff:   cluster pairs of one type that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts.
Time expressions are not annotated (``timex`` is empty): the set scores events only.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "g1_washington_0211": "2025-02-11T15:00:00-05:00",
 "g2_dubai_0212": "2025-02-12",
 "g3_london_0218": "2025-02-18",
 "v1_belgrade_0128": "2025-01-28T13:00:00+01:00",
 "v2_dubai_0129": "2025-01-29",
 "v3_paris_0204": "2025-02-04",
 "j1_chicago_0304": "2025-03-04T11:00:00-06:00",
 "j2_riyadh_0305": "2025-03-05",
 "j3_london_0311": "2025-03-11",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Russia frees Marc Fogel (11 February 2025, announced by Waltz); his arrest (August 2021);
  # the White House's announced reception; Fogel's words; the US frees Vinnik (12 February);
  # the Kremlin's words
  "fogel_release_0211": C(type="other", tight=D("2025-02-11"), outer=D("2025-02-11")),
  "fogel_arrest_2021": C(type="other", tight=D("2021-08-01", "2021-08-31"), outer=D("2021-08-01", "2021-08-31")),
  "reception_plan_0211": C(type="statement", tight=D("2025-02-11"), outer=D("2025-02-11")),
  "fogel_words_0211": C(type="statement", tight=D("2025-02-11"), outer=D("2025-02-11", "2025-02-12")),
  "vinnik_release_0212": C(type="other", tight=D("2025-02-12"), outer=D("2025-02-12")),
  "kremlin_words_0212": C(type="statement", tight=D("2025-02-12", "2025-02-13"), outer=D("2025-02-12", "2025-02-18")),
  # Milos Vucevic resigns as Serbia's prime minister (28 January 2025); his words; Vucic's
  # announced decision; the canopy collapse in Novi Sad (1 November 2024); the Novi Sad
  # protest (1 February)
  "vucevic_resign_0128": C(type="other", tight=D("2025-01-28"), outer=D("2025-01-28")),
  "vucevic_words_0128": C(type="statement", tight=D("2025-01-28"), outer=D("2025-01-28")),
  "vucic_plan_0128": C(type="statement", tight=D("2025-01-28"), outer=D("2025-01-28")),
  "canopy_collapse_1101": C(type="other", tight=D("2024-11-01"), outer=D("2024-11-01")),
  "novisad_protest_0201": C(type="other", tight=D("2025-02-01"), outer=D("2025-02-01")),
  # Liu Jiakun receives the Pritzker Prize (announced 4 March 2025); Aravena's words; the
  # ceremony announced; Yamamoto's prize (2024); Liu's interview
  "liu_pritzker_0304": C(type="other", tight=D("2025-03-04"), outer=D("2025-03-04")),
  "aravena_words_0304": C(type="statement", tight=D("2025-03-04"), outer=D("2025-03-04")),
  "ceremony_plan_0304": C(type="statement", tight=D("2025-03-04"), outer=D("2025-03-04")),
  "yamamoto_prize_2024": C(type="other", tight=D("2024-03-05"), outer=D("2024-01-01", "2024-12-31")),
  "liu_interview_0311": C(type="statement", tight=D("2025-03-04", "2025-03-11"), outer=D("2025-03-04", "2025-03-11")),
 },
 events=[
  # g1
  ("fogel_release_0211", "g1_washington_0211", "أعلن مستشار الأمن القومي الأميركي مايك والتز، اليوم الثلاثاء، الإفراج عن المدرس الأميركي مارك فوغل", 1, "other"),
  ("fogel_arrest_2021", "g1_washington_0211", "وكان فوغل قد اعتقل في مطار موسكو في أغسطس 2021", 1, "other"),
  ("reception_plan_0211", "g1_washington_0211", "وأعلن البيت الأبيض أن الرئيس دونالد ترامب سيستقبل فوغل", 1, "statement"),
  # g2
  ("fogel_release_0211", "g2_dubai_0212", "موسكو تطلق المدرس الأميركي", 1, "other"),
  ("fogel_release_0211", "g2_dubai_0212", "أفرجت روسيا، أمس، عن المدرس الأميركي مارك فوغل", 1, "other"),
  ("fogel_words_0211", "g2_dubai_0212", "وقال فوغل في البيت الأبيض", 1, "statement"),
  # g3
  ("vinnik_release_0212", "g3_london_0218", "أفرجت الولايات المتحدة الأربعاء الماضي عن الروسي ألكسندر فينيك", 1, "other"),
  ("fogel_release_0211", "g3_london_0218", "بعد يوم من إفراج موسكو عن المدرس مارك فوغل", 1, "other"),
  ("kremlin_words_0212", "g3_london_0218", "وقال الكرملين", 1, "statement"),
  # v1
  ("vucevic_resign_0128", "v1_belgrade_0128", "أعلن رئيس الوزراء الصربي ميلوش فوتشيفيتش، اليوم الثلاثاء، استقالته", 1, "other"),
  ("canopy_collapse_1101", "v1_belgrade_0128", "انهيار سقف محطة القطارات في نوفي ساد", 1, "other"),
  ("vucevic_words_0128", "v1_belgrade_0128", "وقال فوتشيفيتش في مؤتمر صحافي", 1, "statement"),
  ("vucic_plan_0128", "v1_belgrade_0128", "وأعلن الرئيس ألكسندر فوتشيتش أنه سيقرر", 1, "statement"),
  # v2
  ("vucevic_resign_0128", "v2_dubai_0129", "استقالة رئيس وزراء صربيا", 1, "other"),
  ("vucevic_resign_0128", "v2_dubai_0129", "استقال رئيس وزراء صربيا ميلوش فوتشيفيتش، أمس", 1, "other"),
  ("vucevic_words_0128", "v2_dubai_0129", "وقال رئيس الوزراء المستقيل", 1, "statement"),
  ("canopy_collapse_1101", "v2_dubai_0129", "وكان انهيار سقف المحطة في الأول من نوفمبر قد أودى بحياة 15 شخصا", 1, "other"),
  # v3
  ("vucevic_resign_0128", "v3_paris_0204", "بعد استقالة رئيس الوزراء ميلوش فوتشيفيتش الثلاثاء الماضي", 1, "other"),
  ("novisad_protest_0201", "v3_paris_0204", "إذ تظاهر عشرات الآلاف في نوفي ساد السبت", 1, "other"),
  # j1
  ("liu_pritzker_0304", "j1_chicago_0304", "أعلنت مؤسسة هيات، اليوم الثلاثاء، منح جائزة بريتزكر للعمارة", 1, "other"),
  ("aravena_words_0304", "j1_chicago_0304", "وقال رئيس لجنة التحكيم ألخاندرو أرافينا", 1, "statement"),
  ("ceremony_plan_0304", "j1_chicago_0304", "وأعلنت المؤسسة أن حفل تسليم الجائزة سيقام", 1, "statement"),
  # j2
  ("liu_pritzker_0304", "j2_riyadh_0305", "ليو جياكون يفوز بـ«نوبل العمارة»", 1, "other"),
  ("liu_pritzker_0304", "j2_riyadh_0305", "فاز المعماري الصيني ليو جياكون، أمس، بجائزة بريتزكر للعمارة", 1, "other"),
  ("yamamoto_prize_2024", "j2_riyadh_0305", "وكان الياباني ريكن ياماموتو قد نال الجائزة العام الماضي", 1, "other"),
  # j3
  ("liu_interview_0311", "j3_london_0311", "قال المعماري الصيني ليو جياكون", 1, "statement"),
  ("liu_pritzker_0304", "j3_london_0311", "الذي نال جائزة بريتزكر الثلاثاء الماضي", 1, "other"),
 ],
 diff=[
  ("fogel_release_0211", "vinnik_release_0212"),
  ("fogel_release_0211", "fogel_arrest_2021"),
  ("reception_plan_0211", "fogel_words_0211"),
  ("vucevic_resign_0128", "canopy_collapse_1101"),
  ("vucevic_words_0128", "vucic_plan_0128"),
  ("liu_pritzker_0304", "yamamoto_prize_2024"),
  ("aravena_words_0304", "ceremony_plan_0304"),
 ],
 before=[
  ("fogel_arrest_2021", "fogel_release_0211"),
  ("fogel_release_0211", "vinnik_release_0212"),
  ("canopy_collapse_1101", "vucevic_resign_0128"),
  ("vucevic_resign_0128", "novisad_protest_0201"),
  ("yamamoto_prize_2024", "liu_pritzker_0304"),
 ],
)
