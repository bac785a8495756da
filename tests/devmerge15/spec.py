"""Gold events for tests/devmerge15, part A (a development set; format as ../devmerge3/spec.py).

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
 "m1_bamako_1008": "2020-10-08T23:30:00+00:00",
 "m2_paris_1010": "2020-10-10",
 "m3_bamako_1009": "2020-10-09T13:00:00+00:00",
 "d1_copenhagen_0114": "2024-01-14T16:00:00+01:00",
 "d2_copenhagen_0101": "2024-01-01",
 "d3_copenhagen_0115": "2024-01-15",
 "s1_tanegashima_0907": "2023-09-07T10:00:00+09:00",
 "s2_tokyo_0120": "2024-01-20T03:00:00+09:00",
 "s3_tokyo_0126": "2024-01-26",
 "g1_paris_1103": "2021-11-03T13:30:00+01:00",
 "g2_dakar_1104": "2021-11-04",
 "g3_paris_1110": "2021-11-10",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Mali: Cissé, Pétronin and the two Italians freed together (8 October 2020), Macron's words;
  # Mali's release of some 200 prisoners (4-5 October); Pétronin received by Macron at
  # Villacoublay (9th), her son's words; Cissé's words (9th), both received by Ndaw (8th);
  # the kidnappings (Cissé 25 March 2020, Pétronin 24 December 2016)
  "mali_hostages_freed_1008": C(type="other", tight=D("2020-10-08"), outer=D("2020-10-08")),
  "macron_words_1008": C(type="statement", tight=D("2020-10-08"), outer=D("2020-10-08")),
  "mali_prisoners_freed_1004": C(type="other", tight=D("2020-10-04", "2020-10-05"), outer=D("2020-10-03", "2020-10-05")),
  "cisse_kidnapped_0325": C(type="other", tight=D("2020-03-25"), outer=D("2020-03-25")),
  "petronin_kidnapped_2016": C(type="other", tight=D("2016-12-24"), outer=D("2016-12-01", "2016-12-31")),
  "petronin_received_1009": C(type="other", tight=D("2020-10-09"), outer=D("2020-10-09")),
  "son_words_1009": C(type="statement", tight=D("2020-10-09"), outer=D("2020-10-09")),
  "cisse_words_1009": C(type="statement", tight=D("2020-10-09"), outer=D("2020-10-09")),
  "ndaw_reception_1008": C(type="other", tight=D("2020-10-08"), outer=D("2020-10-08")),
  "bamako_arrival_1008": C(type="other", tight=D("2020-10-08"), outer=D("2020-10-08")),
  # Denmark: Margrethe II abdicates (14 January 2024) and her son is proclaimed Frederik X the
  # same afternoon from the same palace; his words; the announcement (31 December 2023); her
  # back surgery (February 2023); her accession (1972) on her father's death
  "margrethe_abdication_0114": C(type="other", tight=D("2024-01-14"), outer=D("2024-01-14")),
  "frederik_proclaimed_0114": C(type="other", tight=D("2024-01-14"), outer=D("2024-01-14")),
  "frederik_words_0114": C(type="statement", tight=D("2024-01-14"), outer=D("2024-01-14")),
  "margrethe_announcement_1231": C(type="statement", tight=D("2023-12-31"), outer=D("2023-12-31")),
  "margrethe_surgery_0223": C(type="other", tight=D("2023-02-22"), outer=D("2023-02-01", "2023-02-28")),
  "margrethe_accession_1972": C(type="other", tight=D("1972-01-14"), outer=D("1972-01-01", "1972-12-31")),
  "frederik9_death_1972": C(type="other", tight=D("1972-01-14"), outer=D("1972-01-01", "1972-12-31")),
  # SLIM: launched from Tanegashima (7 September 2023) after the postponement of 28 August; the
  # Indian lander on the Moon (23 August); lunar orbit (25 December); the landing (20 January
  # 2024, Japan time), Kuninaka's words; the first image published (25 January), JAXA's words
  "slim_launch_0907": C(type="other", tight=D("2023-09-07"), outer=D("2023-09-07")),
  "slim_postponed_0828": C(type="other", tight=D("2023-08-28"), outer=D("2023-08-28")),
  "india_landing_0823": C(type="other", tight=D("2023-08-23"), outer=D("2023-08-23")),
  "slim_orbit_1225": C(type="other", tight=D("2023-12-25"), outer=D("2023-12-25")),
  "slim_landing_0120": C(type="other", tight=D("2024-01-20"), outer=D("2024-01-19", "2024-01-20")),
  "kuninaka_words_0120": C(type="statement", tight=D("2024-01-20"), outer=D("2024-01-20")),
  "slim_image_0125": C(type="other", tight=D("2024-01-25"), outer=D("2024-01-25")),
  "jaxa_words_0125": C(type="statement", tight=D("2024-01-25"), outer=D("2024-01-25")),
  # Goncourt 2021 to Mbougar Sarr (3 November, Drouant), the Renaudot the same day and place to
  # Nothomb; Sarr's words (3rd and the week after); Sall's congratulations (3rd); Le Tellier's
  # Goncourt (2020); Sarr's birth (1990)
  "goncourt_sarr_1103": C(type="other", tight=D("2021-11-03"), outer=D("2021-11-03")),
  "renaudot_nothomb_1103": C(type="other", tight=D("2021-11-03"), outer=D("2021-11-03")),
  "sarr_words_1103": C(type="statement", tight=D("2021-11-03"), outer=D("2021-11-03")),
  "goncourt_letellier_2020": C(type="other", tight=D("2020-11-30"), outer=D("2020-01-01", "2020-12-31")),
  "sall_words_1103": C(type="statement", tight=D("2021-11-03"), outer=D("2021-11-03")),
  "sarr_birth_1990": C(type="other", tight=D("1990-06-20"), outer=D("1990-01-01", "1990-12-31")),
  "sarr_interview_1110": C(type="statement", tight=D("2021-11-08"), outer=D("2021-11-04", "2021-11-10")),
 },
 events=[
  # m1
  ("mali_hostages_freed_1008", "m1_bamako_1008", "أعلنت الرئاسة المالية مساء اليوم الخميس الإفراج عن زعيم المعارضة سومايلا سيسي والرهينة الفرنسية صوفي بترونان", 1, "other"),
  ("mali_hostages_freed_1008", "m1_bamako_1008", "وأفرج الخاطفون معهما عن الإيطاليين بيير لويجي ماكالي ونيكولا تشياكيو", 1, "other"),
  ("macron_words_1008", "m1_bamako_1008", "وقال الرئيس الفرنسي إيمانويل ماكرون في تغريدة", 1, "statement"),
  ("mali_prisoners_freed_1004", "m1_bamako_1008", "وكانت السلطات المالية قد أطلقت نهاية الأسبوع الماضي سراح أكثر من مئة معتقل", 1, "other"),
  ("cisse_kidnapped_0325", "m1_bamako_1008", "وخطف سيسي في 25 مارس آذار", 1, "other"),
  ("petronin_kidnapped_2016", "m1_bamako_1008", "فيما خطفت بترونان في غاو في ديسمبر كانون الأول 2016", 1, "other"),
  # m2
  ("petronin_received_1009", "m2_paris_1010", "ماكرون يستقبل بترونان في مطار فيلاكوبليه", 1, "other"),
  ("petronin_received_1009", "m2_paris_1010", "استقبل الرئيس الفرنسي إيمانويل ماكرون، أمس الجمعة، الرهينة الفرنسية السابقة صوفي بترونان لدى وصولها إلى مطار فيلاكوبليه العسكري", 1, "other"),
  ("mali_hostages_freed_1008", "m2_paris_1010", "غداة الإفراج عنها في مالي", 1, "other"),
  ("son_words_1009", "m2_paris_1010", "وقال نجلها سيباستيان شادو بترونان للصحفيين", 1, "statement"),
  ("petronin_kidnapped_2016", "m2_paris_1010", "قد خطفت في مدينة غاو شمالي مالي عام 2016", 1, "other"),
  ("mali_hostages_freed_1008", "m2_paris_1010", "وأفرج عنها مساء الخميس مع السياسي المالي سومايلا سيسي وإيطاليين اثنين", 1, "other"),
  # m3
  ("cisse_words_1009", "m3_bamako_1009", "قال زعيم المعارضة المالي سومايلا سيسي اليوم الجمعة", 1, "statement"),
  ("mali_hostages_freed_1008", "m3_bamako_1009", "غداة إطلاق سراحه", 1, "other"),
  ("ndaw_reception_1008", "m3_bamako_1009", "واستقبل الرئيس الانتقالي باه نداو سيسي وبترونان في القصر الرئاسي مساء أمس", 1, "other"),
  ("bamako_arrival_1008", "m3_bamako_1009", "بعد وصولهما إلى باماكو على متن طائرة عسكرية", 1, "other"),
  ("mali_prisoners_freed_1004", "m3_bamako_1009", "وكانت الحكومة المالية قد أفرجت يومي الأحد والاثنين عن نحو 200 سجين", 1, "other"),
  # d1
  ("margrethe_abdication_0114", "d1_copenhagen_0114", "تنازلت ملكة الدنمرك مارغريت الثانية عن العرش اليوم الأحد بتوقيعها وثيقة التنحي", 1, "other"),
  ("frederik_proclaimed_0114", "d1_copenhagen_0114", "وأعلنت رئيسة الوزراء مته فريدريكسن من شرفة القصر ولي العهد ملكا باسم فريدريك العاشر", 1, "other"),
  ("frederik_words_0114", "d1_copenhagen_0114", "وقال الملك الجديد في كلمة قصيرة", 1, "statement"),
  ("margrethe_accession_1972", "d1_copenhagen_0114", "وكانت مارغريت قد اعتلت العرش عام 1972", 1, "other"),
  ("frederik9_death_1972", "d1_copenhagen_0114", "بعد وفاة والدها الملك فريدريك التاسع", 1, "other"),
  # d2
  ("margrethe_announcement_1231", "d2_copenhagen_0101", "ملكة الدنمرك تعلن تنحيها", 1, "statement"),
  ("margrethe_announcement_1231", "d2_copenhagen_0101", "أعلنت ملكة الدنمرك مارغريت الثانية، مساء أمس، في خطابها التقليدي بمناسبة رأس السنة", 1, "statement"),
  ("margrethe_abdication_0114", "d2_copenhagen_0101", "أنها ستتنحى عن العرش في 14 يناير المقبل لصالح ابنها ولي العهد الأمير فريدريك", 1, "other"),
  ("margrethe_announcement_1231", "d2_copenhagen_0101", "وقالت الملكة (83 عاما)", 1, "statement"),
  ("margrethe_surgery_0223", "d2_copenhagen_0101", "عملية جراحية في الظهر خضعت لها في فبراير الماضي", 1, "other"),
  # d3
  ("frederik_proclaimed_0114", "d3_copenhagen_0115", "فريدريك العاشر ملكا على الدنمرك", 1, "other"),
  ("frederik_proclaimed_0114", "d3_copenhagen_0115", "نودي بولي العهد الأمير فريدريك ملكا على الدنمرك، أمس، باسم فريدريك العاشر", 1, "other"),
  ("margrethe_abdication_0114", "d3_copenhagen_0115", "توقيع والدته الملكة مارغريت الثانية وثيقة تنازلها عن العرش", 1, "other"),
  ("frederik_proclaimed_0114", "d3_copenhagen_0115", "وتولت رئيسة الوزراء إعلانه ملكا من شرفة قصر كريستيانسبورغ", 1, "other"),
  ("margrethe_announcement_1231", "d3_copenhagen_0115", "بإعلانها التنحي ليلة رأس السنة", 1, "statement"),
  # s1
  ("slim_launch_0907", "s1_tanegashima_0907", "أطلقت وكالة استكشاف الفضاء اليابانية (جاكسا) اليوم الخميس صاروخا من طراز إتش-2إيه يحمل المسبار القمري \"سليم\" من مركز تانيغاشيما الفضائي", 1, "other"),
  ("slim_postponed_0828", "s1_tanegashima_0907", "وكان الإطلاق قد أرجئ ثلاث مرات بسبب سوء الأحوال الجوية، آخرها في 28 أغسطس آب", 1, "other"),
  ("india_landing_0823", "s1_tanegashima_0907", "بعد أن هبط المسبار الهندي \"تشاندرايان-3\" قرب القطب الجنوبي للقمر في 23 أغسطس", 1, "other"),
  # s2
  ("slim_landing_0120", "s2_tokyo_0120", "هبط المسبار الياباني \"سليم\" على سطح القمر في وقت مبكر من صباح اليوم السبت", 1, "other"),
  ("kuninaka_words_0120", "s2_tokyo_0120", "وقال هيتوشي كونينكا، المدير العام لمعهد علوم الفضاء والملاحة الفضائية التابع للوكالة، في مؤتمر صحفي", 1, "statement"),
  ("slim_orbit_1225", "s2_tokyo_0120", "وكان المسبار قد دخل مدار القمر في 25 ديسمبر كانون الأول", 1, "other"),
  ("slim_launch_0907", "s2_tokyo_0120", "بعد نحو أربعة أشهر من إطلاقه", 1, "other"),
  # s3
  ("slim_image_0125", "s3_tokyo_0126", "«جاكسا» تنشر أول صورة لمسبارها على القمر", 1, "other"),
  ("slim_image_0125", "s3_tokyo_0126", "نشرت وكالة استكشاف الفضاء اليابانية، أمس، أول صورة لمسبار «سليم» على سطح القمر", 1, "other"),
  ("slim_landing_0120", "s3_tokyo_0126", "أنه هبط مقلوبا", 1, "other"),
  ("jaxa_words_0125", "s3_tokyo_0126", "وأوضحت الوكالة", 1, "statement"),
  ("slim_landing_0120", "s3_tokyo_0126", "أن المسبار حط على بعد نحو 55 مترا من الموقع المستهدف", 1, "other"),
  ("slim_landing_0120", "s3_tokyo_0126", "وكانت اليابان قد أصبحت السبت الماضي خامس دولة تهبط على القمر", 1, "other"),
  # g1
  ("goncourt_sarr_1103", "g1_paris_1103", "فاز الكاتب السنغالي محمد مبوغار سار اليوم الأربعاء بجائزة غونكور", 1, "other"),
  ("goncourt_sarr_1103", "g1_paris_1103", "وأعلنت أكاديمية غونكور النتيجة في مطعم دروان في باريس", 1, "other"),
  ("renaudot_nothomb_1103", "g1_paris_1103", "ومنحت جائزة رونودو في اليوم نفسه للكاتبة البلجيكية أميلي نوتومب", 1, "other"),
  ("sarr_words_1103", "g1_paris_1103", "وقال سار للصحفيين", 1, "statement"),
  ("goncourt_letellier_2020", "g1_paris_1103", "وكان إيرفيه لو تلييه قد فاز بالجائزة العام الماضي", 1, "other"),
  # g2
  ("goncourt_sarr_1103", "g2_dakar_1104", "مبوغار سار يتوج بجائزة غونكور", 1, "other"),
  ("sall_words_1103", "g2_dakar_1104", "هنأ الرئيس ماكي سال، أمس، الروائي محمد مبوغار سار", 1, "statement"),
  ("goncourt_sarr_1103", "g2_dakar_1104", "بعد منحه جائزة غونكور", 1, "other"),
  ("sall_words_1103", "g2_dakar_1104", "وكتب سال في تغريدة", 1, "statement"),
  ("sarr_birth_1990", "g2_dakar_1104", "وولد سار في دكار عام 1990", 1, "other"),
  # g3
  ("goncourt_sarr_1103", "g3_paris_1110", "بعد أسبوع على فوزه بغونكور", 1, "other"),
  ("sarr_interview_1110", "g3_paris_1110", "قال الروائي السنغالي محمد مبوغار سار، في حديث إلى إذاعة فرنسية هذا الأسبوع", 1, "statement"),
  ("goncourt_sarr_1103", "g3_paris_1110", "وكانت أكاديمية غونكور قد منحته جائزتها الأربعاء الماضي", 1, "other"),
  ("goncourt_sarr_1103", "g3_paris_1110", "منذ إعلان الجائزة", 1, "other"),
 ],
 diff=[
  ("mali_hostages_freed_1008", "mali_prisoners_freed_1004"),
  ("mali_hostages_freed_1008", "petronin_received_1009"),
  ("mali_hostages_freed_1008", "ndaw_reception_1008"),
  ("mali_hostages_freed_1008", "bamako_arrival_1008"),
  ("petronin_received_1009", "ndaw_reception_1008"),
  ("cisse_kidnapped_0325", "petronin_kidnapped_2016"),
  ("macron_words_1008", "son_words_1009"),
  ("son_words_1009", "cisse_words_1009"),
  ("margrethe_abdication_0114", "frederik_proclaimed_0114"),
  ("margrethe_abdication_0114", "margrethe_accession_1972"),
  ("frederik_proclaimed_0114", "margrethe_accession_1972"),
  ("margrethe_accession_1972", "frederik9_death_1972"),
  ("margrethe_announcement_1231", "frederik_words_0114"),
  ("slim_launch_0907", "slim_postponed_0828"),
  ("slim_landing_0120", "india_landing_0823"),
  ("slim_landing_0120", "slim_orbit_1225"),
  ("slim_landing_0120", "slim_image_0125"),
  ("kuninaka_words_0120", "jaxa_words_0125"),
  ("goncourt_sarr_1103", "renaudot_nothomb_1103"),
  ("goncourt_sarr_1103", "goncourt_letellier_2020"),
  ("sarr_words_1103", "sall_words_1103"),
  ("sarr_words_1103", "sarr_interview_1110"),
 ],
 before=[
  ("cisse_kidnapped_0325", "mali_prisoners_freed_1004"),
  ("petronin_kidnapped_2016", "cisse_kidnapped_0325"),
  ("mali_prisoners_freed_1004", "mali_hostages_freed_1008"),
  ("mali_hostages_freed_1008", "petronin_received_1009"),
  ("mali_hostages_freed_1008", "cisse_words_1009"),
  ("bamako_arrival_1008", "ndaw_reception_1008"),
  ("frederik9_death_1972", "margrethe_surgery_0223"),
  ("margrethe_surgery_0223", "margrethe_announcement_1231"),
  ("margrethe_announcement_1231", "margrethe_abdication_0114"),
  ("margrethe_abdication_0114", "frederik_proclaimed_0114"),
  ("india_landing_0823", "slim_postponed_0828"),
  ("slim_postponed_0828", "slim_launch_0907"),
  ("slim_launch_0907", "slim_orbit_1225"),
  ("slim_orbit_1225", "slim_landing_0120"),
  ("slim_landing_0120", "slim_image_0125"),
  ("goncourt_letellier_2020", "goncourt_sarr_1103"),
  ("goncourt_sarr_1103", "sarr_interview_1110"),
  ("sarr_birth_1990", "goncourt_letellier_2020"),
 ],
)
