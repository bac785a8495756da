"""Gold events for tests/devmerge10, part B (other stories, other outlets; format as ../spec.py).

Written and committed with part A, before any engine change of identity round 19: scored only at
the start and at the end of a round.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "n1_islamabad_0706": "2018-07-06T18:00:00+05:00",
 "n2_lahore_0714": "2018-07-14",
 "n3_rawalpindi_0920": "2018-09-20",
 "m1_kualalumpur_0224": "2020-02-24T20:00:00+08:00",
 "m2_kualalumpur_0302": "2020-03-02",
 "m3_kualalumpur_0304": "2020-03-04",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Pakistan 2018: the anti-graft court's sentence in absentia (Sharif and his daughter), his
  # words in London, his removal by the supreme court the year before, the arrest at Lahore's
  # airport, the high court's suspension and the release the same evening, his wife's death
  "sharif_verdict_0706": C(type="other", tight=D("2018-07-06"), outer=D("2018-07-06")),
  "sharif_presser_0706": C(type="statement", tight=D("2018-07-06"), outer=D("2018-07-06")),
  "sharif_ousted_2017": C(type="other", tight=D("2017-07-28"), outer=D("2017-07-01", "2017-07-31")),
  "sharif_arrest_0713": C(type="other", tight=D("2018-07-13"), outer=D("2018-07-13")),
  "general_election_0725": C(type="other", tight=D("2018-07-25"), outer=D("2018-07-25")),
  "ihc_ruling_0919": C(type="other", tight=D("2018-09-19"), outer=D("2018-09-19")),
  "sharif_release_0919": C(type="other", tight=D("2018-09-19"), outer=D("2018-09-19")),
  "kulsoom_death_0911": C(type="other", tight=D("2018-09-11"), outer=D("2018-09-11", "2018-09-13")),
  # Kuala Lumpur 2020: Mahathir hands in his resignation, the king accepts it (and names him
  # interim), his party leaves the coalition, his retirement of 2003 and return of 2018, the
  # palace's appointment of Muhyiddin, the oath the next day, Mahathir's press conference, the
  # parliament's first sitting postponed
  "mahathir_resign_0224": C(type="other", tight=D("2020-02-24"), outer=D("2020-02-24")),
  "king_accepts_0224": C(type="other", tight=D("2020-02-24"), outer=D("2020-02-24")),
  "bersatu_quits_0224": C(type="other", tight=D("2020-02-24"), outer=D("2020-02-24")),
  "mahathir_retires_2003": C(type="other", tight=D("2003-10-31"), outer=D("2003-01-01", "2003-12-31")),
  "mahathir_return_2018": C(type="other", tight=D("2018-05-10"), outer=D("2018-01-01", "2018-12-31")),
  "king_appoints_0229": C(type="other", tight=D("2020-02-29"), outer=D("2020-02-29")),
  "muhyiddin_oath_0301": C(type="other", tight=D("2020-03-01"), outer=D("2020-03-01")),
  "mahathir_presser_0301": C(type="statement", tight=D("2020-03-01"), outer=D("2020-02-29", "2020-03-02")),
  "sitting_postponed_0304": C(type="other", tight=D("2020-03-04"), outer=D("2020-03-04")),
 },
 events=[
  # n1
  ("sharif_verdict_0706", "n1_islamabad_0706", "قضت محكمة مكافحة الفساد في باكستان اليوم الجمعة بسجن رئيس الوزراء السابق نواز شريف", 1, "other"),
  ("sharif_presser_0706", "n1_islamabad_0706", "وقال شريف، الذي يوجد في لندن إلى جانب زوجته المريضة، في مؤتمر صحفي", 1, "statement"),
  ("sharif_ousted_2017", "n1_islamabad_0706", "وكانت المحكمة العليا قد عزلت شريف من منصبه في يوليو تموز من العام الماضي", 1, "other"),
  # n2
  ("sharif_arrest_0713", "n2_lahore_0714", "اعتقلت السلطات الباكستانية رئيس الوزراء السابق نواز شريف وابنته مريم لدى وصولهما إلى مطار لاهور مساء أمس", 1, "other"),
  ("sharif_verdict_0706", "n2_lahore_0714", "وكانت محكمة مكافحة الفساد قد أصدرت الحكم غيابيا في السادس من يوليو الجاري", 1, "other"),
  ("general_election_0725", "n2_lahore_0714", "الانتخابات العامة المقررة في 25 يوليو", 1, "other"),
  # n3
  ("ihc_ruling_0919", "n3_rawalpindi_0920", "أمرت محكمة إسلام آباد العليا أمس الأربعاء بتعليق حكم السجن", 1, "other"),
  ("sharif_release_0919", "n3_rawalpindi_0920", "وغادر شريف سجن أديالا فى مدينة راولبندى مساء أمس", 1, "other"),
  ("sharif_arrest_0713", "n3_rawalpindi_0920", "بعد أكثر من شهرين على توقيفه فى مطار لاهور فى 13 يوليو", 1, "other"),
  ("sharif_verdict_0706", "n3_rawalpindi_0920", "وكانت محكمة لمكافحة الفساد قد قضت فى السادس من يوليو بسجنه عشر سنوات", 1, "other"),
  ("sharif_release_0919", "n3_rawalpindi_0920", "ويأتى الإفراج", 1, "other"),
  ("kulsoom_death_0911", "n3_rawalpindi_0920", "بعد أسبوع من وفاة زوجته كلثوم نواز فى لندن", 1, "other"),
  # m1
  ("mahathir_resign_0224", "m1_kualalumpur_0224", "قدم رئيس الوزراء الماليزي مهاتير محمد اليوم الاثنين استقالته", 1, "other"),
  ("king_accepts_0224", "m1_kualalumpur_0224", "وقبل الملك الاستقالة، وعين مهاتير رئيسا مؤقتا للوزراء", 1, "other"),
  ("bersatu_quits_0224", "m1_kualalumpur_0224", "وأعلن حزب بيرساتو الذي يتزعمه مهاتير انسحابه من الائتلاف الحاكم", 1, "other"),
  ("mahathir_retires_2003", "m1_kualalumpur_0224", "وكان مهاتير قد تنحى عن رئاسة الحكومة عام 2003", 1, "other"),
  ("mahathir_return_2018", "m1_kualalumpur_0224", "قبل أن يعود إليها في 2018", 1, "other"),
  # m2
  ("muhyiddin_oath_0301", "m2_kualalumpur_0302", "أدى محيي الدين ياسين، أمس، اليمين الدستورية رئيسا لوزراء ماليزيا", 1, "other"),
  ("king_appoints_0229", "m2_kualalumpur_0302", "وكان القصر الملكي قد أعلن أمس الأول (السبت) تعيين محيي الدين رئيسا للحكومة", 1, "other"),
  ("mahathir_presser_0301", "m2_kualalumpur_0302", "وقال مهاتير في مؤتمر صحفي", 1, "statement"),
  ("mahathir_resign_0224", "m2_kualalumpur_0302", "وكان مهاتير قد قدم استقالته يوم الاثنين الماضي", 1, "other"),
  # m3
  ("sitting_postponed_0304", "m3_kualalumpur_0304", "أعلن مكتب رئيس مجلس النواب الماليزى اليوم الأربعاء تأجيل أولى جلسات البرلمان", 1, "other"),
  ("muhyiddin_oath_0301", "m3_kualalumpur_0304", "وكان محيى الدين ياسين قد أدى اليمين الدستورية رئيسا للوزراء يوم الأحد الماضى", 1, "other"),
  ("mahathir_resign_0224", "m3_kualalumpur_0304", "بعد أسبوع من استقالة مهاتير محمد المفاجئة", 1, "other"),
 ],
 diff=[
  ("sharif_verdict_0706", "ihc_ruling_0919"),
  ("sharif_verdict_0706", "sharif_ousted_2017"),
  ("sharif_arrest_0713", "sharif_release_0919"),
  ("ihc_ruling_0919", "sharif_release_0919"),
  ("sharif_verdict_0706", "sharif_arrest_0713"),
  ("mahathir_resign_0224", "king_accepts_0224"),
  ("mahathir_resign_0224", "mahathir_retires_2003"),
  ("mahathir_resign_0224", "bersatu_quits_0224"),
  ("mahathir_retires_2003", "mahathir_return_2018"),
  ("king_accepts_0224", "king_appoints_0229"),
  ("king_appoints_0229", "muhyiddin_oath_0301"),
 ],
 before=[
  ("sharif_ousted_2017", "sharif_verdict_0706"),
  ("sharif_verdict_0706", "sharif_arrest_0713"),
  ("sharif_arrest_0713", "general_election_0725"),
  ("sharif_arrest_0713", "sharif_release_0919"),
  ("kulsoom_death_0911", "sharif_release_0919"),
  ("mahathir_retires_2003", "mahathir_return_2018"),
  ("mahathir_return_2018", "mahathir_resign_0224"),
  ("mahathir_resign_0224", "king_appoints_0229"),
  ("king_appoints_0229", "muhyiddin_oath_0301"),
  ("muhyiddin_oath_0301", "sitting_postponed_0304"),
 ],
)
