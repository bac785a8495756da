"""Gold events for tests/devannounced1/a (part A of announced acts round 1's development set:
an act told in one outlet through its announcement and in another as the act; format as
../../devmerge18/spec.py).

  clusters: cluster -> dict(type, tight, outer): the real date (tight) and what the texts
            still allow (outer).
  events rows: (cluster, doc, surface, occurrence, type): the clause carrying the trigger,
            or the reference (a definite noun, a relative clause) that names it; an act's
            announcement spans the announcing verb ("أعلنت ...، اليوم الخميس، وفاة ...").
  diff:   cluster pairs of one type that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts.
Time expressions are not annotated (``timex`` is empty): the set scores events only.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "a1_milan_0904": "2025-09-04T13:00:00+02:00",
 "a2_dubai_0905": "2025-09-05",
 "a3_rome_0910": "2025-09-10",
 "m1_antananarivo_1014": "2025-10-14T19:00:00+03:00",
 "m2_dubai_1015": "2025-10-15",
 "m3_paris_1018": "2025-10-18",
 "n1_quito_0414": "2025-04-14T01:00:00-05:00",
 "n2_riyadh_0415": "2025-04-15",
 "n3_madrid_0525": "2025-05-25",
 "f1_jerusalem_0529": "2024-05-29T18:00:00+03:00",
 "f2_dubai_0530": "2024-05-30",
 "f3_london_0605": "2024-06-05",
 "u1_geneva_0512": "2025-05-12T11:00:00+02:00",
 "u2_dubai_0513": "2025-05-13",
 "u3_london_0517": "2025-05-17",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Giorgio Armani dies (4 September 2025, announced by his group that day); Meloni's and
  # Sala's words; the funeral plans announced; the lying in state (6-7 September); 1975
  "armani_death_0904": C(type="other", tight=D("2025-09-04"), outer=D("2025-09-04")),
  "meloni_words_0904": C(type="statement", tight=D("2025-09-04"), outer=D("2025-09-04")),
  "funeral_plans_0904": C(type="statement", tight=D("2025-09-04"), outer=D("2025-09-04")),
  "sala_words_0904": C(type="statement", tight=D("2025-09-04"), outer=D("2025-09-04", "2025-09-05")),
  "armani_founded_1975": C(type="other", tight=D("1975-01-01", "1975-12-31"), outer=D("1975-01-01", "1975-12-31")),
  "lying_in_state_0906": C(type="other", tight=D("2025-09-06", "2025-09-07"), outer=D("2025-09-06", "2025-09-07")),
  # The army takes power in Madagascar (14 October 2025), hours after the impeachment vote;
  # Randrianirina's radio words; the presidency's words; the court's announced oath; the
  # protests (25 September); his oath (17 October) and his words there
  "madagascar_coup_1014": C(type="other", tight=D("2025-10-14"), outer=D("2025-10-14")),
  "impeachment_vote_1014": C(type="other", tight=D("2025-10-14"), outer=D("2025-10-14")),
  "radio_words_1014": C(type="statement", tight=D("2025-10-14"), outer=D("2025-10-14")),
  "protests_0925": C(type="other", tight=D("2025-09-25"), outer=D("2025-09-25")),
  "presidency_words_1014": C(type="statement", tight=D("2025-10-14"), outer=D("2025-10-14", "2025-10-15")),
  "court_oath_plan_1014": C(type="statement", tight=D("2025-10-14"), outer=D("2025-10-14", "2025-10-15")),
  "randrianirina_oath_1017": C(type="other", tight=D("2025-10-17"), outer=D("2025-10-17")),
  "oath_words_1017": C(type="statement", tight=D("2025-10-17"), outer=D("2025-10-17")),
  # Daniel Noboa's re-election announced (night of 13 April 2025); the run-off (13 April);
  # Gonzalez rejects the results; the board's plan to announce the final results; his oath
  # (24 May)
  "noboa_win_0413": C(type="other", tight=D("2025-04-13"), outer=D("2025-04-13", "2025-04-14")),
  "runoff_0413": C(type="other", tight=D("2025-04-13"), outer=D("2025-04-13")),
  "gonzalez_rejects_0413": C(type="statement", tight=D("2025-04-13"), outer=D("2025-04-13", "2025-04-14")),
  "final_results_plan_0414": C(type="statement", tight=D("2025-04-13", "2025-04-14"), outer=D("2025-04-13", "2025-04-15")),
  "noboa_oath_0524": C(type="other", tight=D("2025-05-24"), outer=D("2025-05-24")),
  # The Israeli army takes the Philadelphi corridor (29 May 2024); Hagari's and Hanegbi's
  # words; the Rafah crossing taken (7 May); an Egyptian source's denial
  "philadelphi_capture_0529": C(type="capture", tight=D("2024-05-29"), outer=D("2024-05-29")),
  "hagari_words_0529": C(type="statement", tight=D("2024-05-29"), outer=D("2024-05-29")),
  "hanegbi_plan_0529": C(type="statement", tight=D("2024-05-29"), outer=D("2024-05-29")),
  "rafah_crossing_0507": C(type="capture", tight=D("2024-05-07"), outer=D("2024-05-07")),
  "egypt_denial_0529": C(type="statement", tight=D("2024-05-29"), outer=D("2024-05-29", "2024-05-30")),
  # The United States and China agree to cut their tariffs (12 May 2025) after two days of
  # talks in Geneva (10-11 May); Bessent's and Trump's words; the cut takes effect (14 May)
  "tariff_deal_0512": C(type="other", tight=D("2025-05-12"), outer=D("2025-05-12")),
  "geneva_talks_0510": C(type="meeting", tight=D("2025-05-10", "2025-05-11"), outer=D("2025-05-10", "2025-05-12")),
  "bessent_words_0512": C(type="statement", tight=D("2025-05-12"), outer=D("2025-05-12")),
  "trump_words_0512": C(type="statement", tight=D("2025-05-12"), outer=D("2025-05-12")),
  "cut_in_force_0514": C(type="other", tight=D("2025-05-14"), outer=D("2025-05-14")),
 },
 events=[
  # a1
  ("armani_death_0904", "a1_milan_0904", "وفاة «الملك جورجيو» عن 91 عاما", 1, "other"),
  ("armani_death_0904", "a1_milan_0904", "أعلنت مجموعة أرماني، اليوم الخميس، وفاة مؤسسها مصمم الأزياء الإيطالي جورجيو أرماني", 1, "other"),
  ("meloni_words_0904", "a1_milan_0904", "ونعته رئيسة الوزراء الإيطالية جورجيا ميلوني، وكتبت", 1, "statement"),
  ("funeral_plans_0904", "a1_milan_0904", "وأعلنت المجموعة في بيانها أن جثمانه سيسجى", 1, "statement"),
  ("armani_founded_1975", "a1_milan_0904", "وكان أرماني قد أسس علامته التجارية في ميلانو عام 1975", 1, "other"),
  # a2
  ("armani_death_0904", "a2_dubai_0905", "رحيل «ملك الأناقة الإيطالية»", 1, "other"),
  ("armani_death_0904", "a2_dubai_0905", "توفي مصمم الأزياء الإيطالي جورجيو أرماني، أمس، في ميلانو", 1, "other"),
  ("sala_words_0904", "a2_dubai_0905", "وقال رئيس بلدية ميلانو جوزيبي سالا", 1, "statement"),
  # a3
  ("lying_in_state_0906", "a3_rome_0910", "ميلانو تودع أرماني", 1, "other"),
  ("lying_in_state_0906", "a3_rome_0910", "ألقى آلاف الإيطاليين يومي السبت والأحد نظرة الوداع على جثمان جورجيو أرماني", 1, "other"),
  ("armani_death_0904", "a3_rome_0910", "بعدما أعلنت مجموعته الخميس الماضي وفاة مؤسسها", 1, "other"),
  # m1
  ("madagascar_coup_1014", "m1_antananarivo_1014", "أعلن الكولونيل مايكل راندريانيرينا، قائد وحدة «كابسات» العسكرية، اليوم الثلاثاء، استيلاء الجيش على السلطة في مدغشقر", 1, "other"),
  ("impeachment_vote_1014", "m1_antananarivo_1014", "بعد ساعات من تصويت الجمعية الوطنية على عزل الرئيس أندري راجولينا", 1, "other"),
  ("radio_words_1014", "m1_antananarivo_1014", "وقال راندريانيرينا في كلمة عبر الإذاعة الوطنية", 1, "statement"),
  ("protests_0925", "m1_antananarivo_1014", "وكانت احتجاجات يقودها شبان قد اندلعت في 25 سبتمبر", 1, "other"),
  # m2
  ("madagascar_coup_1014", "m2_dubai_1015", "انقلاب عسكري في مدغشقر", 1, "other"),
  ("madagascar_coup_1014", "m2_dubai_1015", "استولى الجيش على السلطة في مدغشقر، أمس", 1, "other"),
  ("impeachment_vote_1014", "m2_dubai_1015", "بعد أن صوت البرلمان على عزل الرئيس أندري راجولينا", 1, "other"),
  ("presidency_words_1014", "m2_dubai_1015", "وقالت الرئاسة في بيان", 1, "statement"),
  ("court_oath_plan_1014", "m2_dubai_1015", "وأعلنت المحكمة الدستورية العليا أن الكولونيل راندريانيرينا سيؤدي اليمين", 1, "statement"),
  # m3
  ("randrianirina_oath_1017", "m3_paris_1018", "راندريانيرينا يؤدي اليمين رئيسا لمدغشقر", 1, "other"),
  ("randrianirina_oath_1017", "m3_paris_1018", "أدى الكولونيل مايكل راندريانيرينا، أمس الجمعة، اليمين الدستورية رئيسا لمدغشقر", 1, "other"),
  ("madagascar_coup_1014", "m3_paris_1018", "بعد ثلاثة أيام من الانقلاب الذي أطاح الرئيس أندري راجولينا", 1, "other"),
  ("oath_words_1017", "m3_paris_1018", "وقال راندريانيرينا في كلمته", 1, "statement"),
  # n1
  ("noboa_win_0413", "n1_quito_0414", "أعلنت رئيسة المجلس الوطني الانتخابي في الإكوادور ديانا أتامينت، ليل الأحد، فوز الرئيس دانيال نوبوا بولاية رئاسية كاملة", 1, "other"),
  ("runoff_0413", "n1_quito_0414", "وجرت جولة الإعادة الأحد بين نوبوا ومرشحة اليسار لويزا غونزاليس", 1, "other"),
  ("gonzalez_rejects_0413", "n1_quito_0414", "ورفضت غونزاليس الاعتراف بالنتائج، وقالت أمام أنصارها", 1, "statement"),
  # n2
  ("noboa_win_0413", "n2_riyadh_0415", "نوبوا يفوز بولاية جديدة", 1, "other"),
  ("noboa_win_0413", "n2_riyadh_0415", "فاز الرئيس الإكوادوري دانيال نوبوا، أول من أمس، بولاية رئاسية كاملة", 1, "other"),
  ("gonzalez_rejects_0413", "n2_riyadh_0415", "وطالبت غونزاليس بإعادة فرز الأصوات، وقالت", 1, "statement"),
  ("final_results_plan_0414", "n2_riyadh_0415", "وأعلن المجلس الوطني الانتخابي أنه سيعلن النتائج النهائية", 1, "statement"),
  # n3
  ("noboa_oath_0524", "n3_madrid_0525", "نوبوا يبدأ ولايته الثانية", 1, "other"),
  ("noboa_oath_0524", "n3_madrid_0525", "أدى الرئيس الإكوادوري دانيال نوبوا، أمس السبت، اليمين الدستورية لولاية ثانية", 1, "other"),
  ("noboa_win_0413", "n3_madrid_0525", "وكان نوبوا قد أعيد انتخابه في 13 أبريل الماضي", 1, "other"),
  # f1
  ("philadelphi_capture_0529", "f1_jerusalem_0529", "أعلن الجيش الإسرائيلي، اليوم الأربعاء، سيطرته العملياتية على محور فيلادلفيا", 1, "capture"),
  ("hagari_words_0529", "f1_jerusalem_0529", "وقال المتحدث باسم الجيش دانيال هاغاري", 1, "statement"),
  ("hanegbi_plan_0529", "f1_jerusalem_0529", "وأعلن مستشار الأمن القومي تساحي هنغبي أن الحرب ستستمر", 1, "statement"),
  ("rafah_crossing_0507", "f1_jerusalem_0529", "وكان الجيش قد سيطر على الجانب الفلسطيني من معبر رفح في السابع من مايو", 1, "capture"),
  # f2
  ("philadelphi_capture_0529", "f2_dubai_0530", "إسرائيل تسيطر على محور فيلادلفيا", 1, "capture"),
  ("philadelphi_capture_0529", "f2_dubai_0530", "سيطر الجيش الإسرائيلي، أمس، على كامل محور فيلادلفيا", 1, "capture"),
  ("egypt_denial_0529", "f2_dubai_0530", "ونفى مصدر مصري رفيع المستوى وجود أنفاق", 1, "statement"),
  # f3
  ("philadelphi_capture_0529", "f3_london_0605", "منذ سيطرة الجيش الإسرائيلي على محور فيلادلفيا الأربعاء الماضي", 1, "capture"),
  ("rafah_crossing_0507", "f3_london_0605", "من استيلائه على معبر رفح في 7 مايو", 1, "capture"),
  # u1
  ("tariff_deal_0512", "u1_geneva_0512", "أعلنت الولايات المتحدة والصين، اليوم الاثنين، اتفاقهما على خفض الرسوم الجمركية المتبادلة", 1, "other"),
  ("geneva_talks_0510", "u1_geneva_0512", "بعد محادثات استمرت يومين في جنيف", 1, "meeting"),
  ("bessent_words_0512", "u1_geneva_0512", "وقال وزير الخزانة الأميركي سكوت بيسنت للصحافيين", 1, "statement"),
  # u2
  ("tariff_deal_0512", "u2_dubai_0513", "هدنة جمركية بين واشنطن وبكين", 1, "other"),
  ("tariff_deal_0512", "u2_dubai_0513", "اتفقت واشنطن وبكين، أمس، على خفض الرسوم الجمركية المتبادلة", 1, "other"),
  ("trump_words_0512", "u2_dubai_0513", "وقال الرئيس الأميركي دونالد ترامب", 1, "statement"),
  # u3
  ("cut_in_force_0514", "u3_london_0517", "دخل خفض الرسوم الجمركية بين الولايات المتحدة والصين حيز التنفيذ الأربعاء", 1, "other"),
  ("tariff_deal_0512", "u3_london_0517", "بعد يومين من اتفاق جنيف", 1, "other"),
 ],
 diff=[
  ("armani_death_0904", "lying_in_state_0906"),
  ("meloni_words_0904", "funeral_plans_0904"),
  ("meloni_words_0904", "sala_words_0904"),
  ("madagascar_coup_1014", "impeachment_vote_1014"),
  ("madagascar_coup_1014", "randrianirina_oath_1017"),
  ("radio_words_1014", "oath_words_1017"),
  ("presidency_words_1014", "court_oath_plan_1014"),
  ("noboa_win_0413", "runoff_0413"),
  ("noboa_win_0413", "noboa_oath_0524"),
  ("gonzalez_rejects_0413", "final_results_plan_0414"),
  ("philadelphi_capture_0529", "rafah_crossing_0507"),
  ("hagari_words_0529", "hanegbi_plan_0529"),
  ("tariff_deal_0512", "cut_in_force_0514"),
  ("bessent_words_0512", "trump_words_0512"),
 ],
 before=[
  ("armani_founded_1975", "armani_death_0904"),
  ("armani_death_0904", "lying_in_state_0906"),
  ("protests_0925", "madagascar_coup_1014"),
  ("madagascar_coup_1014", "randrianirina_oath_1017"),
  ("noboa_win_0413", "noboa_oath_0524"),
  ("rafah_crossing_0507", "philadelphi_capture_0529"),
  ("geneva_talks_0510", "tariff_deal_0512"),
  ("tariff_deal_0512", "cut_in_force_0514"),
 ],
)
