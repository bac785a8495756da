"""Gold events for tests/devmerge19, part A (a development set; format as ../devmerge3/spec.py).

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
 "s1_colombo_0922": "2024-09-22T20:00:00+05:30",
 "s2_dubai_0923": "2024-09-23",
 "s3_london_0925": "2024-09-25",
 "g1_milan_0904": "2025-09-04T16:00:00+02:00",
 "g2_riyadh_0905": "2025-09-05",
 "g3_paris_0908": "2025-09-08",
 "b1_brussels_0203": "2025-02-03T13:00:00+01:00",
 "b2_dubai_0204": "2025-02-04",
 "b3_beirut_0205": "2025-02-05",
 "j1_madrid_0703": "2025-07-03T10:00:00+02:00",
 "j2_dubai_0704": "2025-07-04",
 "j3_london_0706": "2025-07-06",
 "h1_santafe_0227": "2025-02-27T08:00:00-07:00",
 "h2_dubai_0228": "2025-02-28",
 "h3_london_0308": "2025-03-08",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Anura Kumara Dissanayake's win in Sri Lanka's presidential election announced (22 September
  # 2024), the vote (21 September), his words (22 September), his oath (23 September), the prime
  # minister he appoints (24 September)
  "aks_win_0922": C(type="other", tight=D("2024-09-22"), outer=D("2024-09-22")),
  "lanka_vote_0921": C(type="other", tight=D("2024-09-21"), outer=D("2024-09-21")),
  "aks_words_0922": C(type="statement", tight=D("2024-09-22"), outer=D("2024-09-22")),
  "aks_oath_0923": C(type="other", tight=D("2024-09-23"), outer=D("2024-09-23")),
  "amarasuriya_named_0924": C(type="other", tight=D("2024-09-24"), outer=D("2024-09-24")),
  # Giorgio Armani dies in Milan (4 September 2025); his group's and Meloni's words; the house
  # founded (1975); the chapel of rest (6-7 September)
  "armani_death_0904": C(type="other", tight=D("2025-09-04"), outer=D("2025-09-04")),
  "group_words_0904": C(type="statement", tight=D("2025-09-04"), outer=D("2025-09-04")),
  "meloni_words_0904": C(type="statement", tight=D("2025-09-04"), outer=D("2025-09-04", "2025-09-05")),
  "armani_founded_1975": C(type="other", tight=D("1975-01-01", "1975-12-31"), outer=D("1975-01-01", "1975-12-31")),
  "armani_chapel_0906": C(type="other", tight=D("2025-09-06", "2025-09-07"), outer=D("2025-09-06", "2025-09-07")),
  # Bart De Wever sworn in as Belgium's prime minister (3 February 2025), his words; the
  # coalition agreement (night of 31 January); the elections (9 June 2024)
  "dewever_oath_0203": C(type="other", tight=D("2025-02-03"), outer=D("2025-02-03")),
  "dewever_words_0203": C(type="statement", tight=D("2025-02-03"), outer=D("2025-02-03")),
  "coalition_deal_0131": C(type="other", tight=D("2025-01-31", "2025-02-01"), outer=D("2025-01-31", "2025-02-01")),
  "belgian_elections_0609": C(type="other", tight=D("2024-06-09"), outer=D("2024-06-09")),
  # Diogo Jota and his brother die in a crash in Zamora (small hours of 3 July 2025); Liverpool's
  # and Montenegro's words; his wedding (22 June); the funeral in Gondomar (5 July)
  "jota_crash_0703": C(type="other", tight=D("2025-07-03"), outer=D("2025-07-03")),
  "jota_wedding_0622": C(type="other", tight=D("2025-06-22"), outer=D("2025-06-22")),
  "liverpool_words_0703": C(type="statement", tight=D("2025-07-03"), outer=D("2025-07-03")),
  "montenegro_words_0703": C(type="statement", tight=D("2025-07-03"), outer=D("2025-07-03")),
  "jota_funeral_0705": C(type="other", tight=D("2025-07-05"), outer=D("2025-07-05")),
  # Gene Hackman and Betsy Arakawa found dead in Santa Fe (afternoon of 26 February 2025, made
  # known the 27th); the sheriff's words (27 February); the chief medical investigator's
  # findings (7 March): he died about 18 February, she about a week before
  "hackman_found_0226": C(type="other", tight=D("2025-02-26"), outer=D("2025-02-26")),
  "sheriff_words_0227": C(type="statement", tight=D("2025-02-27"), outer=D("2025-02-27")),
  "jarrell_words_0307": C(type="statement", tight=D("2025-03-07"), outer=D("2025-03-07")),
  "hackman_death_0218": C(type="other", tight=D("2025-02-18"), outer=D("2025-02-18")),
  "arakawa_death_0211": C(type="other", tight=D("2025-02-11"), outer=D("2025-02-09", "2025-02-13")),
 },
 events=[
  # s1
  ("aks_win_0922", "s1_colombo_0922", "أعلنت لجنة الانتخابات في سريلانكا مساء اليوم الأحد فوز الماركسي أنورا كومارا ديساناياكي بالانتخابات الرئاسية", 1, "other"),
  ("lanka_vote_0921", "s1_colombo_0922", "وجرى الاقتراع أمس السبت", 1, "other"),
  ("aks_words_0922", "s1_colombo_0922", "وقال ديساناياكي في بيان بعد إعلان النتائج", 1, "statement"),
  # s2
  ("aks_win_0922", "s2_dubai_0923", "ماركسي على رأس سريلانكا", 1, "other"),
  ("aks_win_0922", "s2_dubai_0923", "فاز أنورا كومارا ديساناياكي برئاسة سريلانكا", 1, "other"),
  ("aks_words_0922", "s2_dubai_0923", "وقال الرئيس السريلانكي المنتخب في بيان", 1, "statement"),
  # s3
  ("aks_oath_0923", "s3_london_0925", "ديساناياكي يؤدي اليمين", 1, "other"),
  ("aks_oath_0923", "s3_london_0925", "أدى أنورا كومارا ديساناياكي، يوم الاثنين، اليمين الدستورية رئيسا لسريلانكا", 1, "other"),
  ("aks_win_0922", "s3_london_0925", "وكان ديساناياكي قد فاز بالرئاسة الأحد", 1, "other"),
  ("amarasuriya_named_0924", "s3_london_0925", "وعيّن الرئيس الجديد، أمس الثلاثاء، الأكاديمية هاريني أماراسوريا رئيسة للوزراء", 1, "other"),
  # g1
  ("armani_death_0904", "g1_milan_0904", "توفي مصمم الأزياء الإيطالي جورجو أرماني اليوم الخميس", 1, "other"),
  ("group_words_0904", "g1_milan_0904", "وقالت المجموعة في بيان", 1, "statement"),
  ("armani_founded_1975", "g1_milan_0904", "وكان أرماني قد أسس علامته عام 1975", 1, "other"),
  # g2
  ("armani_death_0904", "g2_riyadh_0905", "رحيل «الملك جورجو»", 1, "other"),
  ("armani_death_0904", "g2_riyadh_0905", "غيّب الموت، أمس الخميس، المصمم الإيطالي جورجو أرماني", 1, "other"),
  ("meloni_words_0904", "g2_riyadh_0905", "ونعته رئيسة الوزراء الإيطالية جورجيا ميلوني، وكتبت", 1, "statement"),
  # g3
  ("armani_chapel_0906", "g3_paris_0908", "وداع أرماني في ميلانو", 1, "other"),
  ("armani_chapel_0906", "g3_paris_0908", "توافد آلاف، السبت والأحد، على مسرح أرماني في ميلانو لإلقاء النظرة الأخيرة", 1, "other"),
  ("armani_death_0904", "g3_paris_0908", "وكان أرماني قد توفي الخميس الماضي", 1, "other"),
  # b1
  ("dewever_oath_0203", "b1_brussels_0203", "أدى زعيم حزب التحالف الفلمنكي الجديد بارت دي ويفر اليوم الاثنين اليمين الدستورية رئيسا لوزراء بلجيكا", 1, "other"),
  ("coalition_deal_0131", "b1_brussels_0203", "توصل خمسة أحزاب ليل الجمعة إلى اتفاق لتشكيل حكومة", 1, "other"),
  ("belgian_elections_0609", "b1_brussels_0203", "الانتخابات التشريعية التي جرت في التاسع من يونيو", 1, "other"),
  ("dewever_words_0203", "b1_brussels_0203", "وقال دي ويفر للصحافيين", 1, "statement"),
  # b2
  ("dewever_oath_0203", "b2_dubai_0204", "أدى رئيس الوزراء البلجيكي الجديد، أمس، اليمين أمام الملك فيليب", 1, "other"),
  ("dewever_words_0203", "b2_dubai_0204", "وقال رئيس الوزراء الجديد", 1, "statement"),
  # b3
  ("dewever_oath_0203", "b3_beirut_0205", "دي ويفر رئيسا لوزراء بلجيكا", 1, "other"),
  ("dewever_oath_0203", "b3_beirut_0205", "أصبح القومي الفلمنكي بارت دي ويفر، أول من أمس الاثنين، رئيسا لحكومة بلجيكا", 1, "other"),
  ("coalition_deal_0131", "b3_beirut_0205", "بعد اتفاق أحزاب الائتلاف الخمسة الجمعة الماضي", 1, "other"),
  # j1
  ("jota_crash_0703", "j1_madrid_0703", "لقي مهاجم ليفربول الإنكليزي والمنتخب البرتغالي ديوغو جوتا وشقيقه أندريه سيلفا حتفهما فجر اليوم الخميس في حادث سير", 1, "other"),
  ("jota_wedding_0622", "j1_madrid_0703", "وكان جوتا قد تزوج قبل أحد عشر يوما", 1, "other"),
  ("liverpool_words_0703", "j1_madrid_0703", "وقال نادي ليفربول في بيان", 1, "statement"),
  # j2
  ("jota_crash_0703", "j2_dubai_0704", "فاجعة جوتا", 1, "other"),
  ("jota_crash_0703", "j2_dubai_0704", "رحل لاعب ليفربول البرتغالي، أمس، في حادث سير في إسبانيا مع شقيقه", 1, "other"),
  ("montenegro_words_0703", "j2_dubai_0704", "ونعى رئيس الوزراء البرتغالي لويس مونتينيغرو اللاعب، وقال", 1, "statement"),
  # j3
  ("jota_funeral_0705", "j3_london_0706", "وداع جوتا في غوندومار", 1, "other"),
  ("jota_funeral_0705", "j3_london_0706", "شيعت مدينة غوندومار البرتغالية، أمس السبت، ديوغو جوتا وشقيقه أندريه", 1, "other"),
  ("jota_crash_0703", "j3_london_0706", "وكان الشقيقان قد قضيا في حادث سير الخميس الماضي", 1, "other"),
  # h1
  ("hackman_found_0226", "h1_santafe_0227", "عُثر على الممثل الأميركي جين هاكمان وزوجته بيتسي أراكاوا ميتين في منزلهما في سانتا في بولاية نيو مكسيكو بعد ظهر الأربعاء", 1, "other"),
  ("sheriff_words_0227", "h1_santafe_0227", "وقال الشريف آدان ميندوسا في بيان اليوم", 1, "statement"),
  # h2
  ("hackman_found_0226", "h2_dubai_0228", "عثرت الشرطة، أول من أمس الأربعاء، على جثتي الممثل جين هاكمان وزوجته في منزلهما", 1, "other"),
  ("sheriff_words_0227", "h2_dubai_0228", "وقال شريف مقاطعة سانتا في، أمس", 1, "statement"),
  # h3
  ("jarrell_words_0307", "h3_london_0308", "أعلنت كبيرة الأطباء الشرعيين في نيو مكسيكو هيذر جارل، أمس الجمعة، أن", 1, "statement"),
  ("hackman_death_0218", "h3_london_0308", "هاكمان توفي بعد زوجته بأسبوع", 1, "other"),
  ("hackman_death_0218", "h3_london_0308", "هاكمان توفي بسبب أمراض القلب على الأرجح في 18 فبراير", 1, "other"),
  ("arakawa_death_0211", "h3_london_0308", "وكانت زوجته قد توفيت قبل ذلك بنحو أسبوع بفيروس هانتا", 1, "other"),
  ("hackman_found_0226", "h3_london_0308", "وعُثر على جثتيهما في 26 فبراير", 1, "other"),
 ],
 diff=[
  ("aks_win_0922", "lanka_vote_0921"),
  ("aks_win_0922", "aks_oath_0923"),
  ("aks_oath_0923", "amarasuriya_named_0924"),
  ("armani_death_0904", "armani_chapel_0906"),
  ("group_words_0904", "meloni_words_0904"),
  ("dewever_oath_0203", "coalition_deal_0131"),
  ("jota_crash_0703", "jota_funeral_0705"),
  ("liverpool_words_0703", "montenegro_words_0703"),
  ("hackman_found_0226", "hackman_death_0218"),
  ("hackman_death_0218", "arakawa_death_0211"),
  ("sheriff_words_0227", "jarrell_words_0307"),
 ],
 before=[
  ("lanka_vote_0921", "aks_win_0922"),
  ("aks_win_0922", "aks_oath_0923"),
  ("aks_oath_0923", "amarasuriya_named_0924"),
  ("armani_founded_1975", "armani_death_0904"),
  ("armani_death_0904", "armani_chapel_0906"),
  ("belgian_elections_0609", "coalition_deal_0131"),
  ("coalition_deal_0131", "dewever_oath_0203"),
  ("jota_wedding_0622", "jota_crash_0703"),
  ("jota_crash_0703", "jota_funeral_0705"),
  ("arakawa_death_0211", "hackman_death_0218"),
  ("hackman_death_0218", "hackman_found_0226"),
 ],
)
