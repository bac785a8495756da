"""Gold events for tests/devdating19/b (part B of dating round 22's development set, the
transfer measure: other stories, other outlets; scored only at the round's start and end; format
as ../a/spec.py).

  clusters: cluster -> dict(type, tight, outer): the real date (tight) and what the texts
            still allow (outer).
  events rows: (cluster, doc, surface, occurrence, type): the clause carrying the trigger.
  diff:   cluster pairs of one type that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts.
Time expressions are not annotated (``timex`` is empty): the set scores events only.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "n1_moscow_0210": "1984-02-10",
 "n2_london_0214": "1984-02-14",
 "m1_vancouver_0519": "1980-05-19",
 "m2_kuwait_0523": "1980-05-23",
 "y1_belgrade_0504": "1980-05-04",
 "y2_beirut_0509": "1980-05-09",
}

C = dict
OT, ST, MT = "other", "statement", "meeting"
DEV = dict(
 timex=[],
 clusters={
  # Andropov's death, February 1984
  "death_0209": C(type=OT, tight=D("1984-02-09"), outer=D("1984-02-09")),
  "music_0210": C(type=OT, tight=D("1984-02-10"), outer=D("1984-02-10")),
  "programs_cancelled_0210": C(type=OT, tight=D("1984-02-10"), outer=D("1984-02-10")),
  "whitehouse_0210": C(type=ST, tight=D("1984-02-10"), outer=D("1984-02-10")),
  "plenum_0213": C(type=MT, tight=D("1984-02-13"), outer=D("1984-02-13")),
  "tikhonov_0213": C(type=ST, tight=D("1984-02-13"), outer=D("1984-02-13")),
  "chernenko_elected_0213": C(type=OT, tight=D("1984-02-13"), outer=D("1984-02-13")),
  "funeral_0214": C(type=OT, tight=D("1984-02-14"), outer=D("1984-02-14")),
  # Mount St. Helens, May 1980
  "reopened_0517": C(type=OT, tight=D("1980-05-17"), outer=D("1980-05-17")),
  "reclosed_0517": C(type=OT, tight=D("1980-05-17"), outer=D("1980-05-17")),
  "eruption_0518": C(type=OT, tight=D("1980-05-18"), outer=D("1980-05-18")),
  "ash_0518": C(type=OT, tight=D("1980-05-18"), outer=D("1980-05-18")),
  "killed_0518": C(type=OT, tight=D("1980-05-18"), outer=D("1980-05-18")),
  "carter_says_0519": C(type=ST, tight=D("1980-05-19"), outer=D("1980-05-19")),
  "disaster_0521": C(type=ST, tight=D("1980-05-21"), outer=D("1980-05-21")),
  "carter_visits_0522": C(type=OT, tight=D("1980-05-22"), outer=D("1980-05-22")),
  "flyover_0522": C(type=OT, tight=D("1980-05-22"), outer=D("1980-05-22")),
  "carter_portland_0522": C(type=ST, tight=D("1980-05-22"), outer=D("1980-05-22", "1980-05-23")),
  # Tito's death, May 1980
  "hospital_01": C(type=OT, tight=D("1980-01-03"), outer=D("1980-01-01", "1980-01-31")),
  "amputation_0120": C(type=OT, tight=D("1980-01-20"), outer=D("1980-01-20")),
  "death_0504": C(type=OT, tight=D("1980-05-04"), outer=D("1980-05-04")),
  "joint_meeting_0504": C(type=MT, tight=D("1980-05-04"), outer=D("1980-05-04")),
  "leadership_statement_0504": C(type=ST, tight=D("1980-05-04"), outer=D("1980-05-04")),
  "kolisevski_0504": C(type=ST, tight=D("1980-05-04"), outer=D("1980-05-04")),
  "train_0505": C(type=OT, tight=D("1980-05-05"), outer=D("1980-05-05")),
  "lying_0505": C(type=OT, tight=D("1980-05-05"), outer=D("1980-05-05")),
  "funeral_0508": C(type=OT, tight=D("1980-05-08"), outer=D("1980-05-08")),
  "burial_0508": C(type=OT, tight=D("1980-05-08"), outer=D("1980-05-08")),
 },
 events=[
  ("death_0209", "n1_moscow_0210", "أعلنت وكالة تاس بعد ظهر اليوم الجمعة وفاة الزعيم السوفياتي يوري أندروبوف", 1, OT),
  ("death_0209", "n1_moscow_0210", "الذي توفي مساء أمس الخميس عن 69 عاما", 1, OT),
  ("music_0210", "n1_moscow_0210", "وكانت الإذاعة قد بدأت صباح اليوم بث موسيقى حزينة", 1, OT),
  ("programs_cancelled_0210", "n1_moscow_0210", "ثم ألغى التلفزيون برامجه الترفيهية في اليوم نفسه", 1, OT),
  ("whitehouse_0210", "n1_moscow_0210", "وأعلن البيت الأبيض مساء اليوم أن نائب الرئيس جورج بوش سيرأس الوفد", 1, ST),

  ("chernenko_elected_0213", "n2_london_0214", "انتخبت اللجنة المركزية للحزب الشيوعي السوفياتي أمس الاثنين قسطنطين تشيرنينكو أمينا عاما", 1, OT),
  ("plenum_0213", "n2_london_0214", "وكانت اللجنة قد عقدت جلسة استثنائية صباح أمس", 1, MT),
  ("tikhonov_0213", "n2_london_0214", "واقترح رئيس الحكومة نيكولاي تيخونوف في الجلسة ترشيح تشيرنينكو", 1, ST),
  ("death_0209", "n2_london_0214", "وكان أندروبوف قد توفي مساء الخميس", 1, OT),
  ("death_0209", "n2_london_0214", "وأعلن الكرملين وفاته بعد ظهر اليوم التالي", 1, OT),
  ("funeral_0214", "n2_london_0214", "ويشيع جثمانه اليوم في الساحة الحمراء", 1, OT),

  ("eruption_0518", "m1_vancouver_0519", "ثار بركان جبل سانت هيلينز في الساعة الثامنة واثنتين وثلاثين دقيقة من صباح أمس الأحد", 1, OT),
  ("ash_0518", "m1_vancouver_0519", "ثم غطت سحابة من الرماد مدنا على بعد مئات الكيلومترات في اليوم نفسه", 1, OT),
  ("killed_0518", "m1_vancouver_0519", "وقتل ثمانية أشخاص على الأقل", 1, OT),
  ("reopened_0517", "m1_vancouver_0519", "وكانت السلطات قد سمحت لبعض السكان بالعودة إلى منازلهم قرب الجبل صباح السبت", 1, OT),
  ("reclosed_0517", "m1_vancouver_0519", "ثم أعادت إغلاق المنطقة مساء اليوم نفسه", 1, OT),
  ("carter_says_0519", "m1_vancouver_0519", "وقال الرئيس جيمي كارتر صباح اليوم الاثنين", 1, ST),

  ("carter_visits_0522", "m2_kuwait_0523", "زار الرئيس الأمريكي جيمي كارتر أمس الخميس المنطقة المنكوبة", 1, OT),
  ("flyover_0522", "m2_kuwait_0523", "ثم حلق بالمروحية فوق الجبل في اليوم نفسه", 1, OT),
  ("disaster_0521", "m2_kuwait_0523", "وكان كارتر قد أعلن الأربعاء ولاية واشنطن منطقة كوارث", 1, ST),
  ("carter_portland_0522", "m2_kuwait_0523", "وقال كارتر في مؤتمر صحافي في بورتلاند بعد جولته", 1, ST),
  ("eruption_0518", "m2_kuwait_0523", "وكان البركان قد ثار صباح الأحد", 1, OT),
  ("killed_0518", "m2_kuwait_0523", "وقتل 18 شخصا على الأقل", 1, OT),

  ("death_0504", "y1_belgrade_0504", "أعلنت الرئاسة اليوغوسلافية مساء اليوم الأحد وفاة الرئيس جوزيف بروز تيتو", 1, OT),
  ("hospital_01", "y1_belgrade_0504", "وكان تيتو قد دخل المستشفى في كانون الثاني", 1, OT),
  ("amputation_0120", "y1_belgrade_0504", "ثم بترت ساقه اليسرى في 20 كانون الثاني", 1, OT),
  ("joint_meeting_0504", "y1_belgrade_0504", "وعقدت الرئاسة وقيادة الحزب اجتماعا مشتركا طارئا بعد ساعات من الوفاة", 1, MT),
  ("leadership_statement_0504", "y1_belgrade_0504", "ثم أعلنتا في اليوم نفسه أن القيادة الجماعية ستتولى السلطة", 1, ST),

  ("funeral_0508", "y2_beirut_0509", "شيعت يوغوسلافيا أمس الخميس الرئيس جوزيف بروز تيتو في بلغراد", 1, OT),
  ("burial_0508", "y2_beirut_0509", "ثم دفن في حديقة «بيت الزهور» في اليوم نفسه", 1, OT),
  ("train_0505", "y2_beirut_0509", "وكان جثمانه قد نقل بالقطار من ليوبليانا إلى بلغراد الاثنين", 1, OT),
  ("lying_0505", "y2_beirut_0509", "ثم عرض في مبنى البرلمان في اليوم نفسه", 1, OT),
  ("joint_meeting_0504", "y2_beirut_0509", "وكانت القيادة قد عقدت اجتماعا مشتركا طارئا مساء الأحد", 1, MT),
  ("kolisevski_0504", "y2_beirut_0509", "وقال رئيس الرئاسة لازار كوليشفسكي في الاجتماع", 1, ST),
 ],
 diff=[
  ("death_0209", "funeral_0214"), ("music_0210", "programs_cancelled_0210"), ("plenum_0213", "death_0209"),
  ("tikhonov_0213", "whitehouse_0210"), ("chernenko_elected_0213", "funeral_0214"),
  ("eruption_0518", "ash_0518"), ("eruption_0518", "killed_0518"), ("reopened_0517", "reclosed_0517"),
  ("carter_says_0519", "carter_portland_0522"), ("carter_visits_0522", "flyover_0522"), ("disaster_0521", "carter_says_0519"),
  ("hospital_01", "amputation_0120"), ("death_0504", "funeral_0508"), ("funeral_0508", "burial_0508"),
  ("train_0505", "lying_0505"), ("leadership_statement_0504", "kolisevski_0504"),
 ],
 before=[
  ("death_0209", "music_0210"), ("music_0210", "programs_cancelled_0210"), ("death_0209", "whitehouse_0210"),
  ("whitehouse_0210", "plenum_0213"), ("plenum_0213", "chernenko_elected_0213"),
  ("tikhonov_0213", "chernenko_elected_0213"), ("chernenko_elected_0213", "funeral_0214"),
  ("reopened_0517", "reclosed_0517"), ("reclosed_0517", "eruption_0518"), ("eruption_0518", "ash_0518"),
  ("eruption_0518", "carter_says_0519"), ("carter_says_0519", "disaster_0521"),
  ("disaster_0521", "carter_visits_0522"), ("carter_visits_0522", "flyover_0522"),
  ("flyover_0522", "carter_portland_0522"),
  ("hospital_01", "amputation_0120"), ("amputation_0120", "death_0504"), ("death_0504", "joint_meeting_0504"),
  ("joint_meeting_0504", "leadership_statement_0504"), ("death_0504", "train_0505"),
  ("train_0505", "lying_0505"), ("lying_0505", "funeral_0508"), ("funeral_0508", "burial_0508"),
 ],
)
