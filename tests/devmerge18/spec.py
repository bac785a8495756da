"""Gold events for tests/devmerge18, part A (a development set; format as ../devmerge3/spec.py).

  clusters: cluster -> dict(type, tight, outer): the real date (tight) and what the texts
            still allow (outer).
  events rows: (cluster, doc, surface, occurrence, type): the clause carrying the trigger,
            or the reference (a definite noun, a statement's content) that names it.
  diff:   cluster pairs of one type that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts (phases of one day included).
Time expressions are not annotated here (``timex`` is empty): the set scores events only.
Part B (other stories, other outlets) is ``partb/spec.py``.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "q1_losangeles_1104": "2024-11-04T09:00:00-08:00",
 "q2_dubai_1105": "2024-11-05",
 "q3_paris_1119": "2024-11-19",
 "r1_bucharest_0519": "2025-05-19T11:00:00+03:00",
 "r2_dubai_0520": "2025-05-20",
 "r3_paris_0527": "2025-05-27",
 "p1_washington_0130": "2025-01-30T07:00:00-05:00",
 "p2_dubai_0131": "2025-01-31",
 "p3_london_0205": "2025-02-05",
 "k1_tallinn_0715": "2024-07-15T16:00:00+03:00",
 "k2_dubai_0716": "2024-07-16",
 "k3_paris_0724": "2024-07-24",
 "c1_dublin_1025": "2025-10-25T21:00:00+01:00",
 "c2_riyadh_1026": "2025-10-26",
 "c3_paris_1112": "2025-11-12",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Quincy Jones dies (3 November 2024, made known the 4th); his family's and Obama's words;
  # "Thriller" (1982); the honorary Oscar received by his daughter (17 November)
  "quincy_death_1103": C(type="other", tight=D("2024-11-03"), outer=D("2024-11-03")),
  "family_words_1103": C(type="statement", tight=D("2024-11-03", "2024-11-04"), outer=D("2024-11-03", "2024-11-04")),
  "obama_words_1104": C(type="statement", tight=D("2024-11-04"), outer=D("2024-11-03", "2024-11-05")),
  "thriller_1982": C(type="other", tight=D("1982-01-01", "1982-12-31"), outer=D("1982-01-01", "1982-12-31")),
  "oscar_1117": C(type="other", tight=D("2024-11-17"), outer=D("2024-11-17")),
  "rashida_words_1117": C(type="statement", tight=D("2024-11-17"), outer=D("2024-11-17")),
  # Nicusor Dan's win in Romania's presidential run-off announced (19 May 2025); the run-off
  # (18 May) and the first round (4 May); his victory speech (18 May); his oath (26 May)
  "dan_win_0519": C(type="other", tight=D("2025-05-19"), outer=D("2025-05-19")),
  "runoff_vote_0518": C(type="other", tight=D("2025-05-18"), outer=D("2025-05-18")),
  "first_round_0504": C(type="other", tight=D("2025-05-04"), outer=D("2025-05-04")),
  "dan_speech_0518": C(type="statement", tight=D("2025-05-18"), outer=D("2025-05-18", "2025-05-19")),
  "dan_oath_0526": C(type="other", tight=D("2025-05-26"), outer=D("2025-05-26")),
  # The airliner and the Black Hawk collide over the Potomac (evening of 29 January 2025 in
  # Washington, the 30th by Gulf time); the fire chief's and Trump's words (30 January); the
  # Philadelphia ambulance jet crash (31 January)
  "potomac_collision_0129": C(type="other", tight=D("2025-01-29"), outer=D("2025-01-29", "2025-01-30")),
  "donnelly_words_0130": C(type="statement", tight=D("2025-01-30"), outer=D("2025-01-30")),
  "trump_words_0130": C(type="statement", tight=D("2025-01-30"), outer=D("2025-01-30")),
  "philadelphia_crash_0131": C(type="other", tight=D("2025-01-31"), outer=D("2025-01-31")),
  # Kaja Kallas resigns as Estonia's prime minister (15 July 2024), her words; her nomination
  # by the EU's leaders (27 June); Kristen Michal's oath (23 July)
  "kallas_resign_0715": C(type="other", tight=D("2024-07-15"), outer=D("2024-07-15")),
  "kallas_words_0715": C(type="statement", tight=D("2024-07-15"), outer=D("2024-07-15")),
  "kallas_nominated_0627": C(type="other", tight=D("2024-06-27"), outer=D("2024-06-27")),
  "michal_oath_0723": C(type="other", tight=D("2024-07-23"), outer=D("2024-07-23")),
  # Catherine Connolly's win in Ireland's presidential election announced (25 October 2025),
  # her words; Humphreys concedes (25 October); her oath (11 November)
  "connolly_win_1025": C(type="other", tight=D("2025-10-25"), outer=D("2025-10-25")),
  "connolly_words_1025": C(type="statement", tight=D("2025-10-25"), outer=D("2025-10-25")),
  "humphreys_concedes_1025": C(type="statement", tight=D("2025-10-25"), outer=D("2025-10-25")),
  "connolly_oath_1111": C(type="other", tight=D("2025-11-11"), outer=D("2025-11-11")),
 },
 events=[
  # q1
  ("quincy_death_1103", "q1_losangeles_1104", "توفي منتج الموسيقى الأميركي كوينسي جونز مساء الأحد في منزله في لوس أنجليس", 1, "other"),
  ("family_words_1103", "q1_losangeles_1104", "وقالت عائلته في بيان", 1, "statement"),
  ("thriller_1982", "q1_losangeles_1104", "وكان جونز قد أنتج ألبوم \"ثريلر\" لمايكل جاكسون عام 1982", 1, "other"),
  # q2
  ("quincy_death_1103", "q2_dubai_1105", "رحيل «صانع ثريلر»", 1, "other"),
  ("quincy_death_1103", "q2_dubai_1105", "غيّب الموت، أول من أمس، المنتج والملحن الأميركي كوينسي جونز", 1, "other"),
  ("obama_words_1104", "q2_dubai_1105", "ونعاه الرئيس الأميركي الأسبق باراك أوباما، وكتب", 1, "statement"),
  # q3
  ("oscar_1117", "q3_paris_1119", "أوسكار فخرية لكوينسي جونز بعد رحيله", 1, "other"),
  ("oscar_1117", "q3_paris_1119", "تسلمت الممثلة رشيدة جونز، مساء الأحد في لوس أنجليس، جائزة الأوسكار الفخرية", 1, "other"),
  ("quincy_death_1103", "q3_paris_1119", "وكان كوينسي جونز قد توفي في الثالث من نوفمبر الجاري", 1, "other"),
  ("rashida_words_1117", "q3_paris_1119", "وقالت رشيدة جونز في كلمتها", 1, "statement"),
  # r1
  ("dan_win_0519", "r1_bucharest_0519", "أعلن المكتب الانتخابي المركزي في رومانيا صباح اليوم الاثنين فوز رئيس بلدية بوخارست نيكوشور دان بالانتخابات الرئاسية", 1, "other"),
  ("runoff_vote_0518", "r1_bucharest_0519", "وجرت جولة الإعادة أمس الأحد بين دان والقومي جورج سيميون", 1, "other"),
  ("first_round_0504", "r1_bucharest_0519", "الذي تصدر الجولة الأولى في الرابع من مايو أيار", 1, "other"),
  ("dan_speech_0518", "r1_bucharest_0519", "وقال دان أمام أنصاره في ساحة الجامعة ليل الأحد", 1, "statement"),
  # r2
  ("dan_win_0519", "r2_dubai_0520", "رومانيا تختار دان رئيسا", 1, "other"),
  ("dan_win_0519", "r2_dubai_0520", "فاز رئيس بلدية بوخارست نيكوشور دان برئاسة رومانيا", 1, "other"),
  ("dan_speech_0518", "r2_dubai_0520", "وقال الرئيس الروماني المنتخب في خطاب الفوز", 1, "statement"),
  # r3
  ("dan_oath_0526", "r3_paris_0527", "دان يؤدي اليمين رئيسا لرومانيا", 1, "other"),
  ("dan_oath_0526", "r3_paris_0527", "أدى نيكوشور دان، أمس الاثنين، اليمين الدستورية رئيسا لرومانيا", 1, "other"),
  ("dan_win_0519", "r3_paris_0527", "وكان دان قد فاز بالرئاسة الأسبوع الماضي", 1, "other"),
  ("first_round_0504", "r3_paris_0527", "بعد جولة أولى تقدم فيها سيميون", 1, "other"),
  # p1
  ("potomac_collision_0129", "p1_washington_0130", "اصطدمت طائرة ركاب تابعة لشركة أميركان إيرلاينز بمروحية عسكرية من طراز بلاك هوك مساء الأربعاء", 1, "other"),
  ("donnelly_words_0130", "p1_washington_0130", "وقال قائد إطفاء واشنطن جون دونيلي اليوم الخميس", 1, "statement"),
  # p2
  ("potomac_collision_0129", "p2_dubai_0131", "كارثة فوق نهر بوتوماك", 1, "other"),
  ("potomac_collision_0129", "p2_dubai_0131", "لقي 67 شخصا حتفهم في تصادم طائرة ركاب ومروحية عسكرية، فجر أمس الخميس", 1, "other"),
  ("trump_words_0130", "p2_dubai_0131", "وقال الرئيس الأميركي دونالد ترامب في مؤتمر صحافي أمس", 1, "statement"),
  # p3
  ("potomac_collision_0129", "p3_london_0205", "بعد يومين من تصادم الطائرة والمروحية فوق نهر بوتوماك مساء 29 يناير", 1, "other"),
  ("philadelphia_crash_0131", "p3_london_0205", "تحطمت طائرة إسعاف صغيرة مساء الجمعة في حي سكني في فيلادلفيا", 1, "other"),
  # k1
  ("kallas_resign_0715", "k1_tallinn_0715", "قدمت رئيسة الوزراء الإستونية كايا كالاس اليوم الاثنين استقالتها", 1, "other"),
  ("kallas_words_0715", "k1_tallinn_0715", "وقالت كالاس للصحافيين", 1, "statement"),
  ("kallas_nominated_0627", "k1_tallinn_0715", "وكان قادة الاتحاد الأوروبي قد رشحوها للمنصب في 27 يونيو حزيران", 1, "other"),
  # k2
  ("kallas_resign_0715", "k2_dubai_0716", "استقالت رئيسة وزراء إستونيا، أمس، من منصبها", 1, "other"),
  ("kallas_words_0715", "k2_dubai_0716", "وقالت رئيسة الوزراء المستقيلة", 1, "statement"),
  # k3
  ("michal_oath_0723", "k3_paris_0724", "ميخال يخلف كالاس", 1, "other"),
  ("michal_oath_0723", "k3_paris_0724", "أدى كريستن ميخال، أمس الثلاثاء، اليمين رئيسا لوزراء إستونيا", 1, "other"),
  ("kallas_resign_0715", "k3_paris_0724", "كالاس التي استقالت في 15 يوليو", 1, "other"),
  # c1
  ("connolly_win_1025", "c1_dublin_1025", "أعلنت مسؤولة الانتخابات في قلعة دبلن مساء اليوم السبت فوز المرشحة المستقلة كاثرين كونولي برئاسة أيرلندا", 1, "other"),
  ("connolly_words_1025", "c1_dublin_1025", "وقالت كونولي في كلمة بعد إعلان النتائج", 1, "statement"),
  ("humphreys_concedes_1025", "c1_dublin_1025", "وكانت منافستها هيذر همفريز قد أقرت بالهزيمة بعد ظهر اليوم", 1, "statement"),
  # c2
  ("connolly_win_1025", "c2_riyadh_1026", "كونولي رئيسة لأيرلندا", 1, "other"),
  ("connolly_win_1025", "c2_riyadh_1026", "فازت النائبة اليسارية كاثرين كونولي، أمس، بالانتخابات الرئاسية في أيرلندا", 1, "other"),
  ("connolly_words_1025", "c2_riyadh_1026", "وقالت الرئيسة المنتخبة", 1, "statement"),
  # c3
  ("connolly_oath_1111", "c3_paris_1112", "أدت كاثرين كونولي، أمس الثلاثاء، اليمين رئيسة لأيرلندا", 1, "other"),
  ("connolly_win_1025", "c3_paris_1112", "وكانت كونولي قد فازت بالرئاسة في 25 أكتوبر", 1, "other"),
 ],
 diff=[
  ("quincy_death_1103", "oscar_1117"),
  ("family_words_1103", "obama_words_1104"),
  ("obama_words_1104", "rashida_words_1117"),
  ("dan_win_0519", "runoff_vote_0518"),
  ("dan_win_0519", "first_round_0504"),
  ("dan_win_0519", "dan_oath_0526"),
  ("potomac_collision_0129", "philadelphia_crash_0131"),
  ("donnelly_words_0130", "trump_words_0130"),
  ("kallas_resign_0715", "michal_oath_0723"),
  ("kallas_resign_0715", "kallas_nominated_0627"),
  ("connolly_win_1025", "connolly_oath_1111"),
  ("connolly_words_1025", "humphreys_concedes_1025"),
 ],
 before=[
  ("thriller_1982", "quincy_death_1103"),
  ("quincy_death_1103", "oscar_1117"),
  ("first_round_0504", "runoff_vote_0518"),
  ("dan_win_0519", "dan_oath_0526"),
  ("potomac_collision_0129", "philadelphia_crash_0131"),
  ("kallas_nominated_0627", "kallas_resign_0715"),
  ("kallas_resign_0715", "michal_oath_0723"),
  ("connolly_win_1025", "connolly_oath_1111"),
 ],
)
