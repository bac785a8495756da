"""Gold events for tests/devannounced2/b (part B of announced acts round 2's development set:
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
 "z1_sofia_1211": "2025-12-11T15:00:00+02:00",
 "z2_dubai_1212": "2025-12-12",
 "z3_paris_1218": "2025-12-18",
 "w1_lilongwe_0924": "2025-09-24T20:00:00+02:00",
 "w2_riyadh_0925": "2025-09-25",
 "w3_london_1006": "2025-10-06",
 "q1_gaza_0130": "2025-01-30T21:00:00+02:00",
 "q2_dubai_0131": "2025-01-31",
 "q3_london_0205": "2025-02-05",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Rosen Zhelyazkov's government resigns (Thursday 11 December 2025, announced by him); the
  # protests (10 December); the vote announced for the next day (a plan) and held (12 December);
  # his words; the budget withdrawn (the week before); the presidency's words
  "zhelyazkov_resign_1211": C(type="other", tight=D("2025-12-11"), outer=D("2025-12-11")),
  "sofia_protest_1210": C(type="other", tight=D("2025-12-10"), outer=D("2025-12-10")),
  "vote_plan_1211": C(type="statement", tight=D("2025-12-11"), outer=D("2025-12-11")),
  "zhelyazkov_words_1211": C(type="statement", tight=D("2025-12-11"), outer=D("2025-12-11")),
  "budget_withdrawn_1202": C(type="other", tight=D("2025-12-01", "2025-12-07"), outer=D("2025-12-01", "2025-12-07")),
  "parliament_vote_1212": C(type="other", tight=D("2025-12-12"), outer=D("2025-12-12")),
  "presidency_words_1212": C(type="statement", tight=D("2025-12-12", "2025-12-18"), outer=D("2025-12-12", "2025-12-18")),
  # Peter Mutharika wins Malawi's presidency (results announced Wednesday 24 September 2025);
  # Chakwera concedes (23 September); the vote (16 September); the oath announced (a plan) and
  # taken (4 October); the party's and Mutharika's words
  "mutharika_win_0924": C(type="other", tight=D("2025-09-24"), outer=D("2025-09-24")),
  "chakwera_concedes_0923": C(type="statement", tight=D("2025-09-23"), outer=D("2025-09-23")),
  "malawi_vote_0916": C(type="other", tight=D("2025-09-16"), outer=D("2025-09-16")),
  "oath_plan_0924": C(type="statement", tight=D("2025-09-24"), outer=D("2025-09-24", "2025-09-25")),
  "party_words_0924": C(type="statement", tight=D("2025-09-24"), outer=D("2025-09-24", "2025-09-25")),
  "mutharika_oath_1004": C(type="other", tight=D("2025-10-04"), outer=D("2025-10-04")),
  "mutharika_words_1004": C(type="statement", tight=D("2025-10-04"), outer=D("2025-10-04")),
  # Mohammed Deif's death (the strike on al-Mawasi, 13 July 2024) announced by Abu Obeida as
  # martyrdom (Thursday 30 January 2025) and confirmed by Hamas; Marwan Issa's death (March
  # 2024) announced the same day; the strike; the official's words; the memorial (2 February);
  # the family's words
  "deif_death_0713": C(type="other", tight=D("2024-07-13"), outer=D("2024-07-13", "2025-01-30")),
  "issa_death_0311": C(type="other", tight=D("2024-03-10", "2024-03-11"), outer=D("2023-10-07", "2025-01-30")),
  "mawasi_strike_0713": C(type="strike", tight=D("2024-07-13"), outer=D("2024-07-13")),
  "official_words_0130": C(type="statement", tight=D("2025-01-30"), outer=D("2025-01-30", "2025-01-31")),
  "deif_memorial_0202": C(type="other", tight=D("2025-02-02"), outer=D("2025-02-02")),
  "family_words_0205": C(type="statement", tight=D("2025-01-30", "2025-02-05"), outer=D("2025-01-30", "2025-02-05")),
 },
 events=[
  # z1
  ("zhelyazkov_resign_1211", "z1_sofia_1211", "الحكومة البلغارية تستقيل", 1, "other"),
  ("zhelyazkov_resign_1211", "z1_sofia_1211", "أعلن رئيس الوزراء البلغاري روسين جيليازكوف، اليوم الخميس، استقالة حكومته", 1, "other"),
  ("sofia_protest_1210", "z1_sofia_1211", "وتظاهر عشرات الآلاف مساء الأربعاء", 1, "other"),
  ("vote_plan_1211", "z1_sofia_1211", "وأعلن رئيس البرلمان أن النواب سيصوتون غدا", 1, "statement"),
  # z2
  ("zhelyazkov_resign_1211", "z2_dubai_1212", "استقالت حكومة رئيس الوزراء البلغاري روسين جيليازكوف، أمس", 1, "other"),
  ("zhelyazkov_words_1211", "z2_dubai_1212", "وقال جيليازكوف في كلمة متلفزة", 1, "statement"),
  ("budget_withdrawn_1202", "z2_dubai_1212", "وكانت الحكومة قد سحبت مشروع الموازنة الأسبوع الماضي", 1, "other"),
  # z3
  ("parliament_vote_1212", "z3_paris_1218", "صوت البرلمان البلغاري الجمعة على قبول استقالة الحكومة", 1, "other"),
  ("zhelyazkov_resign_1211", "z3_paris_1218", "وكان جيليازكوف قد أعلن استقالة حكومته الخميس", 1, "other"),
  ("presidency_words_1212", "z3_paris_1218", "وقالت الرئاسة", 1, "statement"),
  # w1
  ("mutharika_win_0924", "w1_lilongwe_0924", "موثاريكا يعود إلى رئاسة مالاوي", 1, "other"),
  ("mutharika_win_0924", "w1_lilongwe_0924", "أعلنت رئيسة لجنة الانتخابات في مالاوي أنابيل متاليمانجا، اليوم الأربعاء، فوز الرئيس السابق بيتر موثاريكا", 1, "other"),
  ("chakwera_concedes_0923", "w1_lilongwe_0924", "وكان الرئيس لازاروس تشاكويرا قد أقر بهزيمته أمس", 1, "statement"),
  ("malawi_vote_0916", "w1_lilongwe_0924", "وجرت الانتخابات في 16 سبتمبر", 1, "other"),
  # w2
  ("mutharika_win_0924", "w2_riyadh_0925", "فاز الرئيس المالاوي السابق بيتر موثاريكا، أمس", 1, "other"),
  ("oath_plan_0924", "w2_riyadh_0925", "وأعلنت اللجنة أن موثاريكا سيؤدي اليمين الدستورية", 1, "statement"),
  ("party_words_0924", "w2_riyadh_0925", "وقال المتحدث باسم حزبه", 1, "statement"),
  # w3
  ("mutharika_oath_1004", "w3_london_1006", "أدى بيتر موثاريكا، السبت، اليمين الدستورية", 1, "other"),
  ("mutharika_win_0924", "w3_london_1006", "بعد إعلان فوزه في 24 سبتمبر", 1, "other"),
  ("mutharika_words_1004", "w3_london_1006", "وقال موثاريكا في خطاب التنصيب", 1, "statement"),
  # q1
  ("deif_death_0713", "q1_gaza_0130", "القسام تعلن استشهاد قائدها محمد الضيف", 1, "other"),
  ("deif_death_0713", "q1_gaza_0130", "أعلن الناطق باسم كتائب القسام أبو عبيدة، اليوم الخميس، استشهاد القائد العام للكتائب محمد الضيف", 1, "other"),
  ("issa_death_0311", "q1_gaza_0130", "كما أعلن أبو عبيدة استشهاد نائبه مروان عيسى", 1, "other"),
  ("mawasi_strike_0713", "q1_gaza_0130", "وكان الجيش الإسرائيلي قد شن في 13 يوليو الماضي غارة", 1, "strike"),
  # q2
  ("deif_death_0713", "q2_dubai_0131", "أكدت حركة حماس، أمس، مقتل قائد جناحها العسكري محمد الضيف", 1, "other"),
  ("official_words_0130", "q2_dubai_0131", "وقال مسؤول في الحركة", 1, "statement"),
  # q3
  ("deif_death_0713", "q3_london_0205", "بعد إعلان القسام الخميس الماضي استشهاد محمد الضيف", 1, "other"),
  ("deif_memorial_0202", "q3_london_0205", "نظمت الحركة مراسم تأبين في غزة الأحد", 1, "other"),
  ("family_words_0205", "q3_london_0205", "وقالت عائلة الضيف", 1, "statement"),
 ],
 diff=[
  ("zhelyazkov_resign_1211", "parliament_vote_1212"),
  ("zhelyazkov_resign_1211", "sofia_protest_1210"),
  ("zhelyazkov_resign_1211", "budget_withdrawn_1202"),
  ("vote_plan_1211", "zhelyazkov_words_1211"),
  ("mutharika_win_0924", "malawi_vote_0916"),
  ("mutharika_win_0924", "mutharika_oath_1004"),
  ("chakwera_concedes_0923", "oath_plan_0924"),
  ("deif_death_0713", "issa_death_0311"),
  ("deif_death_0713", "deif_memorial_0202"),
 ],
 before=[
  ("sofia_protest_1210", "zhelyazkov_resign_1211"),
  ("zhelyazkov_resign_1211", "parliament_vote_1212"),
  ("malawi_vote_0916", "mutharika_win_0924"),
  ("mutharika_win_0924", "mutharika_oath_1004"),
  ("issa_death_0311", "deif_death_0713"),
  ("deif_death_0713", "deif_memorial_0202"),
 ],
)
