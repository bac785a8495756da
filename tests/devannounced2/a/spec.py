"""Gold events for tests/devannounced2/a (part A of announced acts round 2's development set:
an act told in one outlet through its announcement and in another as the act, beside
look-alikes; format as ../../devannounced1/a/spec.py).

  clusters: cluster -> dict(type, tight, outer): the real date (tight) and what the texts
            still allow (outer).
  events rows: (cluster, doc, surface, occurrence, type): the clause carrying the trigger,
            or the reference that names it; an act's announcement spans the announcing verb.
  diff:   cluster pairs of one type that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts.
Time expressions are not annotated (``timex`` is empty): the set scores events only.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "r1_sanaa_0830": "2025-08-30T16:00:00+03:00",
 "r2_dubai_0831": "2025-08-31",
 "r3_london_0905": "2025-09-05",
 "t1_bangkok_0522": "2014-05-22T18:00:00+07:00",
 "t2_dubai_0523": "2014-05-23",
 "t3_london_0530": "2014-05-30",
 "s1_victoria_1012": "2025-10-12T14:00:00+04:00",
 "s2_dubai_1013": "2025-10-13",
 "s3_paris_1027": "2025-10-27",
 "d1_newyork_0916": "2025-09-16T12:00:00-04:00",
 "d2_dubai_0917": "2025-09-17",
 "d3_london_0922": "2025-09-22",
 "u1_london_0921": "2025-09-21T15:00:00+01:00",
 "u2_dubai_0922": "2025-09-22",
 "u3_paris_0926": "2025-09-26",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Ahmed al-Rahawi, the Houthis' prime minister, killed in Israel's strike on Sanaa (Thursday
  # 28 August 2025), his death announced by the group as martyrdom on Saturday 30 August; the
  # strike; al-Mashat's words; the funeral announced (a plan) and held (1 September); Katz's
  # words; al-Rahawi named prime minister (August 2024)
  "rahawi_death_0828": C(type="other", tight=D("2025-08-28"), outer=D("2025-08-28", "2025-08-30")),
  "sanaa_strike_0828": C(type="strike", tight=D("2025-08-28"), outer=D("2025-08-28")),
  "mashat_words_0830": C(type="statement", tight=D("2025-08-30"), outer=D("2025-08-30")),
  "funeral_plan_0830": C(type="statement", tight=D("2025-08-30"), outer=D("2025-08-30")),
  "katz_words_0830": C(type="statement", tight=D("2025-08-30"), outer=D("2025-08-30")),
  "rahawi_named_2024": C(type="other", tight=D("2024-08-01", "2024-08-31"), outer=D("2024-08-01", "2024-08-31")),
  "rahawi_funeral_0901": C(type="other", tight=D("2025-09-01"), outer=D("2025-09-01")),
  "mashat_words_0901": C(type="statement", tight=D("2025-09-01"), outer=D("2025-09-01")),
  # The Thai army takes power (22 May 2014), announced by Prayuth "that the army took power";
  # martial law (20 May); Prayuth's words; the curfew; Kerry's words; Yingluck detained (23 May);
  # the ministry's words
  "thai_coup_0522": C(type="other", tight=D("2014-05-22"), outer=D("2014-05-22")),
  "martial_law_0520": C(type="other", tight=D("2014-05-20"), outer=D("2014-05-20")),
  "prayuth_words_0522": C(type="statement", tight=D("2014-05-22"), outer=D("2014-05-22")),
  "curfew_0522": C(type="other", tight=D("2014-05-22"), outer=D("2014-05-22")),
  "kerry_words_0522": C(type="statement", tight=D("2014-05-22"), outer=D("2014-05-22", "2014-05-23")),
  "yingluck_detained_0523": C(type="other", tight=D("2014-05-23"), outer=D("2014-05-23", "2014-05-30")),
  "ministry_words_0530": C(type="statement", tight=D("2014-05-23", "2014-05-30"), outer=D("2014-05-23", "2014-05-30")),
  # Patrick Herminie wins Seychelles' presidency (results announced Sunday 12 October 2025);
  # the run-off (9-11 October); Ramkalawan concedes; the oath announced (a plan) and taken
  # (26 October); Herminie's words (12 and 26 October)
  "herminie_win_1012": C(type="other", tight=D("2025-10-12"), outer=D("2025-10-12")),
  "runoff_vote_1009": C(type="other", tight=D("2025-10-09", "2025-10-11"), outer=D("2025-10-09", "2025-10-11")),
  "ramkalawan_concedes_1012": C(type="statement", tight=D("2025-10-12"), outer=D("2025-10-12")),
  "oath_plan_1012": C(type="statement", tight=D("2025-10-12"), outer=D("2025-10-12")),
  "herminie_words_1012": C(type="statement", tight=D("2025-10-12"), outer=D("2025-10-12")),
  "herminie_oath_1026": C(type="other", tight=D("2025-10-26"), outer=D("2025-10-26")),
  "herminie_words_1026": C(type="statement", tight=D("2025-10-26"), outer=D("2025-10-26")),
  # Robert Redford dies (16 September 2025, announced by his publicist the same day); Berger's,
  # Fonda's and De Niro's words; Sundance founded (1981); his Oscar (1981)
  "redford_death_0916": C(type="other", tight=D("2025-09-16"), outer=D("2025-09-16")),
  "berger_words_0916": C(type="statement", tight=D("2025-09-16"), outer=D("2025-09-16")),
  "sundance_1981": C(type="other", tight=D("1981-01-01", "1981-12-31"), outer=D("1981-01-01", "1981-12-31")),
  "fonda_words_0916": C(type="statement", tight=D("2025-09-16"), outer=D("2025-09-16", "2025-09-17")),
  "oscar_1981": C(type="other", tight=D("1981-03-31"), outer=D("1981-01-01", "1981-12-31")),
  "deniro_words_0922": C(type="statement", tight=D("2025-09-16", "2025-09-22"), outer=D("2025-09-16", "2025-09-22")),
  # Britain recognises Palestine (Sunday 21 September 2025, announced by Starmer); Canada's and
  # Australia's recognitions the same day; Netanyahu's words; Portugal's recognition announced
  # for later (a plan); the Palestinian ministry's words; France's recognition (22 September);
  # Macron's words
  "uk_recognition_0921": C(type="other", tight=D("2025-09-21"), outer=D("2025-09-21")),
  "canada_recognition_0921": C(type="other", tight=D("2025-09-21"), outer=D("2025-09-21")),
  "australia_recognition_0921": C(type="other", tight=D("2025-09-21"), outer=D("2025-09-21")),
  "netanyahu_words_0921": C(type="statement", tight=D("2025-09-21"), outer=D("2025-09-21")),
  "portugal_plan_0921": C(type="statement", tight=D("2025-09-21"), outer=D("2025-09-21")),
  "ministry_words_0921": C(type="statement", tight=D("2025-09-21"), outer=D("2025-09-21", "2025-09-22")),
  "france_recognition_0922": C(type="other", tight=D("2025-09-22"), outer=D("2025-09-22")),
  "macron_words_0922": C(type="statement", tight=D("2025-09-22"), outer=D("2025-09-22", "2025-09-26")),
 },
 events=[
  # r1
  ("rahawi_death_0828", "r1_sanaa_0830", "الحوثيون يعلنون مقتل رئيس حكومتهم", 1, "other"),
  ("rahawi_death_0828", "r1_sanaa_0830", "أعلنت جماعة الحوثيين، اليوم السبت، استشهاد رئيس حكومتها أحمد غالب الرهوي", 1, "other"),
  ("sanaa_strike_0828", "r1_sanaa_0830", "الغارة الإسرائيلية التي استهدفت صنعاء الخميس", 1, "strike"),
  ("mashat_words_0830", "r1_sanaa_0830", "وقال رئيس المجلس السياسي الأعلى مهدي المشاط", 1, "statement"),
  ("sanaa_strike_0828", "r1_sanaa_0830", "وشنت مقاتلات إسرائيلية الخميس غارات", 1, "strike"),
  ("funeral_plan_0830", "r1_sanaa_0830", "وأعلنت الجماعة أن تشييع الجثامين سيجري", 1, "statement"),
  # r2
  ("rahawi_death_0828", "r2_dubai_0831", "مقتل رئيس حكومة الحوثيين", 1, "other"),
  ("rahawi_death_0828", "r2_dubai_0831", "قتل رئيس حكومة الحوثيين أحمد غالب الرهوي", 1, "other"),
  ("sanaa_strike_0828", "r2_dubai_0831", "في غارة إسرائيلية على صنعاء الخميس الماضي", 1, "strike"),
  ("katz_words_0830", "r2_dubai_0831", "وقال وزير الدفاع الإسرائيلي يسرائيل كاتس، أمس", 1, "statement"),
  ("rahawi_named_2024", "r2_dubai_0831", "وتولى الرهوي رئاسة الحكومة في أغسطس 2024", 1, "other"),
  # r3
  ("rahawi_funeral_0901", "r3_london_0905", "شيع الآلاف في صنعاء، الاثنين", 1, "other"),
  ("rahawi_death_0828", "r3_london_0905", "الذين قتلوا في الغارة الإسرائيلية في 28 أغسطس", 1, "other"),
  ("mashat_words_0901", "r3_london_0905", "وقال المشاط خلال التشييع", 1, "statement"),
  # t1
  ("thai_coup_0522", "t1_bangkok_0522", "الجيش التايلاندي يعلن الاستيلاء على السلطة", 1, "other"),
  ("thai_coup_0522", "t1_bangkok_0522", "أعلن قائد الجيش التايلاندي الجنرال برايوت تشان أوتشا، اليوم الخميس، أن الجيش تولى السلطة", 1, "other"),
  ("martial_law_0520", "t1_bangkok_0522", "بعد يومين من فرض الأحكام العرفية", 1, "other"),
  ("prayuth_words_0522", "t1_bangkok_0522", "وقال برايوت في كلمة بثها التلفزيون", 1, "statement"),
  ("curfew_0522", "t1_bangkok_0522", "وأعلن الجيش فرض حظر التجول", 1, "other"),
  # t2
  ("thai_coup_0522", "t2_dubai_0523", "انقلاب عسكري في تايلاند", 1, "other"),
  ("thai_coup_0522", "t2_dubai_0523", "استولى الجيش التايلاندي على السلطة، أمس", 1, "other"),
  ("kerry_words_0522", "t2_dubai_0523", "وندد وزير الخارجية الأميركي جون كيري بالخطوة، وقال", 1, "statement"),
  ("martial_law_0520", "t2_dubai_0523", "وكان الجيش قد فرض الأحكام العرفية فجر الثلاثاء", 1, "other"),
  # t3
  ("yingluck_detained_0523", "t3_london_0530", "احتجز الجيش التايلاندي رئيسة الوزراء السابقة ينغلاك شيناواترا", 1, "other"),
  ("thai_coup_0522", "t3_london_0530", "الانقلاب الذي نفذه الخميس الماضي", 1, "other"),
  ("martial_law_0520", "t3_london_0530", "وكان قائد الجيش قد أعلن الأحكام العرفية في 20 مايو", 1, "other"),
  ("ministry_words_0530", "t3_london_0530", "وقالت الخارجية التايلاندية", 1, "statement"),
  # s1
  ("herminie_win_1012", "s1_victoria_1012", "زعيم المعارضة يفوز برئاسة سيشل", 1, "other"),
  ("herminie_win_1012", "s1_victoria_1012", "أعلنت لجنة الانتخابات في سيشل، اليوم الأحد، فوز زعيم المعارضة باتريك هيرميني", 1, "other"),
  ("runoff_vote_1009", "s1_victoria_1012", "وجرت جولة الإعادة من الخميس إلى السبت", 1, "other"),
  ("ramkalawan_concedes_1012", "s1_victoria_1012", "وأقر الرئيس المنتهية ولايته ويفل رامكالاوان بهزيمته", 1, "statement"),
  ("oath_plan_1012", "s1_victoria_1012", "وأعلنت اللجنة أن هيرميني سيؤدي اليمين الدستورية", 1, "statement"),
  # s2
  ("herminie_win_1012", "s2_dubai_1013", "فاز زعيم المعارضة في سيشل باتريك هيرميني، أمس", 1, "other"),
  ("herminie_words_1012", "s2_dubai_1013", "وقال هيرميني لأنصاره", 1, "statement"),
  # s3
  ("herminie_oath_1026", "s3_paris_1027", "أدى رئيس سيشل الجديد باتريك هيرميني، أمس الأحد، اليمين الدستورية", 1, "other"),
  ("herminie_win_1012", "s3_paris_1027", "بعد فوزه في جولة الإعادة", 1, "other"),
  ("herminie_words_1026", "s3_paris_1027", "وقال هيرميني في خطاب التنصيب", 1, "statement"),
  # d1
  ("redford_death_0916", "d1_newyork_0916", "وفاة روبرت ريدفورد عن 89 عاما", 1, "other"),
  ("redford_death_0916", "d1_newyork_0916", "أعلنت سيندي بيرغر، المتحدثة باسم الممثل والمخرج الأميركي روبرت ريدفورد، اليوم الثلاثاء، وفاته", 1, "other"),
  ("berger_words_0916", "d1_newyork_0916", "وقالت بيرغر في بيان", 1, "statement"),
  ("sundance_1981", "d1_newyork_0916", "وأسس ريدفورد معهد صندانس عام 1981", 1, "other"),
  # d2
  ("redford_death_0916", "d2_dubai_0917", "رحيل روبرت ريدفورد", 1, "other"),
  ("redford_death_0916", "d2_dubai_0917", "توفي الممثل والمخرج الأميركي روبرت ريدفورد، أمس", 1, "other"),
  ("fonda_words_0916", "d2_dubai_0917", "وقالت الممثلة جين فوندا", 1, "statement"),
  ("oscar_1981", "d2_dubai_0917", "وحصل ريدفورد على جائزة أوسكار لأفضل مخرج عام 1981", 1, "other"),
  # d3
  ("redford_death_0916", "d3_london_0922", "الذي رحل الثلاثاء الماضي", 1, "other"),
  ("deniro_words_0922", "d3_london_0922", "وقال الممثل روبرت دي نيرو", 1, "statement"),
  # u1
  ("uk_recognition_0921", "u1_london_0921", "بريطانيا تعترف بدولة فلسطين", 1, "other"),
  ("uk_recognition_0921", "u1_london_0921", "أعلن رئيس الوزراء البريطاني كير ستارمر، اليوم الأحد، اعتراف بريطانيا رسميا بدولة فلسطين", 1, "other"),
  ("canada_recognition_0921", "u1_london_0921", "وأعلن رئيس الوزراء الكندي مارك كارني في وقت سابق اليوم اعتراف كندا بدولة فلسطين", 1, "other"),
  ("australia_recognition_0921", "u1_london_0921", "كما اعترفت أستراليا بدولة فلسطين", 1, "other"),
  ("netanyahu_words_0921", "u1_london_0921", "وندد رئيس الوزراء الإسرائيلي بنيامين نتنياهو بالخطوة", 1, "statement"),
  ("portugal_plan_0921", "u1_london_0921", "وأعلنت البرتغال أنها ستعترف بدولة فلسطين", 1, "statement"),
  # u2
  ("uk_recognition_0921", "u2_dubai_0922", "اعترفت بريطانيا، أمس، رسميا بدولة فلسطين", 1, "other"),
  ("ministry_words_0921", "u2_dubai_0922", "وقالت وزارة الخارجية الفلسطينية", 1, "statement"),
  # u3
  ("france_recognition_0922", "u3_paris_0926", "اعترفت فرنسا بدولة فلسطين الاثنين", 1, "other"),
  ("uk_recognition_0921", "u3_paris_0926", "بعد يوم من اعتراف لندن بدولة فلسطين الأحد", 1, "other"),
  ("macron_words_0922", "u3_paris_0926", "وقال الرئيس الفرنسي إيمانويل ماكرون", 1, "statement"),
 ],
 diff=[
  ("rahawi_death_0828", "rahawi_funeral_0901"),
  ("rahawi_death_0828", "rahawi_named_2024"),
  ("funeral_plan_0830", "mashat_words_0830"),
  ("mashat_words_0830", "mashat_words_0901"),
  ("thai_coup_0522", "martial_law_0520"),
  ("thai_coup_0522", "curfew_0522"),
  ("thai_coup_0522", "yingluck_detained_0523"),
  ("prayuth_words_0522", "kerry_words_0522"),
  ("herminie_win_1012", "runoff_vote_1009"),
  ("herminie_win_1012", "herminie_oath_1026"),
  ("oath_plan_1012", "ramkalawan_concedes_1012"),
  ("herminie_words_1012", "herminie_words_1026"),
  ("redford_death_0916", "sundance_1981"),
  ("redford_death_0916", "oscar_1981"),
  ("sundance_1981", "oscar_1981"),
  ("uk_recognition_0921", "canada_recognition_0921"),
  ("uk_recognition_0921", "australia_recognition_0921"),
  ("canada_recognition_0921", "australia_recognition_0921"),
  ("uk_recognition_0921", "france_recognition_0922"),
  ("portugal_plan_0921", "netanyahu_words_0921"),
 ],
 before=[
  ("rahawi_named_2024", "rahawi_death_0828"),
  ("rahawi_death_0828", "rahawi_funeral_0901"),
  ("martial_law_0520", "thai_coup_0522"),
  ("thai_coup_0522", "yingluck_detained_0523"),
  ("runoff_vote_1009", "herminie_win_1012"),
  ("herminie_win_1012", "herminie_oath_1026"),
  ("sundance_1981", "redford_death_0916"),
  ("uk_recognition_0921", "france_recognition_0922"),
 ],
)
