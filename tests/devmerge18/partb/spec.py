"""Gold events for tests/devmerge18, part B (a development set; format as ../spec.py).

Other stories, other outlets: scored at the start and at the end of the round only.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "o1_birmingham_0722": "2025-07-22T21:00:00+01:00",
 "o2_dubai_0723": "2025-07-23",
 "o3_london_0731": "2025-07-31",
 "d1_santodomingo_0520": "2024-05-20T10:00:00-04:00",
 "d2_riyadh_0521": "2024-05-21",
 "d3_madrid_0527": "2024-05-27",
 "l1_vilnius_0731": "2025-07-31T17:00:00+03:00",
 "l2_dubai_0801": "2025-08-01",
 "l3_paris_0806": "2025-08-06",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Ozzy Osbourne dies (22 July 2025); Iommi's and Aston Villa's words; his farewell concert
  # (5 July); the procession through Birmingham (30 July)
  "ozzy_death_0722": C(type="other", tight=D("2025-07-22"), outer=D("2025-07-22")),
  "iommi_words_0722": C(type="statement", tight=D("2025-07-22"), outer=D("2025-07-22")),
  "villa_words_0722": C(type="statement", tight=D("2025-07-22"), outer=D("2025-07-22", "2025-07-23")),
  "farewell_concert_0705": C(type="other", tight=D("2025-07-05"), outer=D("2025-07-05")),
  "ozzy_procession_0730": C(type="other", tight=D("2025-07-30"), outer=D("2025-07-30")),
  # Luis Abinader's re-election announced (20 May 2024); his victory speech and Fernández's
  # concession (19 May); his first win (July 2020)
  "abinader_win_0520": C(type="other", tight=D("2024-05-20"), outer=D("2024-05-20")),
  "abinader_words_0519": C(type="statement", tight=D("2024-05-19"), outer=D("2024-05-19", "2024-05-20")),
  "fernandez_concedes_0519": C(type="statement", tight=D("2024-05-19"), outer=D("2024-05-19", "2024-05-21")),
  "abinader_2020": C(type="other", tight=D("2020-07-07"), outer=D("2020-07-01", "2020-07-31")),
  # Gintautas Paluckas resigns as Lithuania's prime minister (31 July 2025), his words; his
  # government's confidence vote (December 2024); Nauseda's consultations (5 August)
  "paluckas_resign_0731": C(type="other", tight=D("2025-07-31"), outer=D("2025-07-31")),
  "paluckas_words_0731": C(type="statement", tight=D("2025-07-31"), outer=D("2025-07-31")),
  "confidence_2412": C(type="other", tight=D("2024-12-12"), outer=D("2024-12-01", "2024-12-31")),
  "consultations_0805": C(type="other", tight=D("2025-08-05"), outer=D("2025-08-05")),
 },
 events=[
  # o1
  ("ozzy_death_0722", "o1_birmingham_0722", "توفي مغني الروك البريطاني أوزي أوزبورن اليوم الثلاثاء", 1, "other"),
  ("iommi_words_0722", "o1_birmingham_0722", "وقال عازف الغيتار توني أيومي، رفيقه في فرقة بلاك سابث،", 1, "statement"),
  ("farewell_concert_0705", "o1_birmingham_0722", "وكان أوزبورن قد أحيا حفلا وداعيا مع الفرقة في برمنغهام في الخامس من يوليو تموز", 1, "other"),
  # o2
  ("ozzy_death_0722", "o2_dubai_0723", "رحيل «أمير الظلام»", 1, "other"),
  ("ozzy_death_0722", "o2_dubai_0723", "غيّب الموت، أمس، المغني البريطاني أوزي أوزبون", 1, "other"),
  ("farewell_concert_0705", "o2_dubai_0723", "حفله الأخير", 1, "other"),
  ("villa_words_0722", "o2_dubai_0723", "ونعاه نادي أستون فيلا، وقال في بيان", 1, "statement"),
  # o3
  ("ozzy_procession_0730", "o3_london_0731", "برمنغهام تودع أوزبورن", 1, "other"),
  ("ozzy_procession_0730", "o3_london_0731", "ودع آلاف المعجبين، أمس الأربعاء، المغني الراحل أوزي أوزبورن في موكب", 1, "other"),
  ("ozzy_death_0722", "o3_london_0731", "وكان أوزبورن قد توفي في 22 يوليو الجاري", 1, "other"),
  # d1
  ("abinader_win_0520", "d1_santodomingo_0520", "أعلنت اللجنة المركزية للانتخابات في جمهورية الدومينيكان اليوم الاثنين فوز الرئيس لويس أبينادر بولاية ثانية", 1, "other"),
  ("abinader_words_0519", "d1_santodomingo_0520", "وقال أبينادر أمام أنصاره", 1, "statement"),
  ("abinader_2020", "d1_santodomingo_0520", "وكان أبينادر قد فاز بولايته الأولى في يوليو 2020", 1, "other"),
  # d2
  ("abinader_win_0520", "d2_riyadh_0521", "أبينادير يفوز بولاية ثانية", 1, "other"),
  ("abinader_win_0520", "d2_riyadh_0521", "فاز الرئيس الدومينيكاني لويس أبينادير بولاية ثانية", 1, "other"),
  ("fernandez_concedes_0519", "d2_riyadh_0521", "وأقر منافسه الرئيس الأسبق ليونيل فرنانديث بالهزيمة", 1, "statement"),
  # d3
  ("abinader_win_0520", "d3_madrid_0527", "بعد إعادة انتخاب أبينادر الأسبوع الماضي", 1, "other"),
  ("abinader_words_0519", "d3_madrid_0527", "كما تعهد في خطاب النصر ليل 19 مايو", 1, "statement"),
  # l1
  ("paluckas_resign_0731", "l1_vilnius_0731", "أعلن رئيس الوزراء الليتواني غينتاوتاس بالوكاس اليوم الخميس استقالته", 1, "other"),
  ("paluckas_words_0731", "l1_vilnius_0731", "وقال بالوكاس في بيان", 1, "statement"),
  ("confidence_2412", "l1_vilnius_0731", "وكانت حكومة بالوكاس قد نالت ثقة البرلمان في ديسمبر 2024", 1, "other"),
  # l2
  ("paluckas_resign_0731", "l2_dubai_0801", "استقال رئيس وزراء ليتوانيا، أمس،", 1, "other"),
  ("paluckas_words_0731", "l2_dubai_0801", "وقال رئيس الوزراء المستقيل", 1, "statement"),
  # l3
  ("paluckas_resign_0731", "l3_paris_0806", "بعد استقالة بالوكاس الخميس الماضي", 1, "other"),
  ("consultations_0805", "l3_paris_0806", "بدأ الرئيس غيتاناس ناوسيدا، أمس الثلاثاء، مشاورات", 1, "other"),
 ],
 diff=[
  ("ozzy_death_0722", "ozzy_procession_0730"),
  ("ozzy_death_0722", "farewell_concert_0705"),
  ("farewell_concert_0705", "ozzy_procession_0730"),
  ("iommi_words_0722", "villa_words_0722"),
  ("abinader_win_0520", "abinader_2020"),
  ("abinader_words_0519", "fernandez_concedes_0519"),
  ("paluckas_resign_0731", "consultations_0805"),
  ("paluckas_resign_0731", "confidence_2412"),
 ],
 before=[
  ("farewell_concert_0705", "ozzy_death_0722"),
  ("ozzy_death_0722", "ozzy_procession_0730"),
  ("abinader_2020", "abinader_win_0520"),
  ("confidence_2412", "paluckas_resign_0731"),
  ("paluckas_resign_0731", "consultations_0805"),
 ],
)
