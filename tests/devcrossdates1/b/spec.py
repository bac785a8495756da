"""Gold events for tests/devcrossdates1/b (part B of cross-dates round 1's development set, the
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
 "n1_yaounde_0823": "1986-08-23",
 "n2_abudhabi_0824": "1986-08-24",
 "n3_paris_0828": "1986-08-28",
 "d1_manila_1221": "1987-12-21",
 "d2_kuwait_1222": "1987-12-22",
 "d3_riyadh_1224": "1987-12-24",
 "t1_paris_0921": "2001-09-21",
 "t2_london_0922": "2001-09-22",
 "t3_paris_0927": "2001-09-27",
}

C = dict
OT, ST, SK = "other", "statement", "strike"
DEV = dict(
 timex=[],
 clusters={
  # Lake Nyos, August 1986
  "gas_0821": C(type=OT, tight=D("1986-08-21"), outer=D("1986-08-21")),
  "killed_0821": C(type=OT, tight=D("1986-08-21"), outer=D("1986-08-21", "1986-08-22")),
  "minister_0823": C(type=ST, tight=D("1986-08-23"), outer=D("1986-08-23")),
  "biya_visit_0823": C(type=OT, tight=D("1986-08-23"), outer=D("1986-08-23")),
  "experts_0823": C(type=OT, tight=D("1986-08-23"), outer=D("1986-08-23")),
  "experts_lake_0823": C(type=OT, tight=D("1986-08-23"), outer=D("1986-08-23", "1986-08-24")),
  "biya_visit_0826": C(type=OT, tight=D("1986-08-26"), outer=D("1986-08-26")),
  # The Dona Paz, December 1987
  "departure_1220": C(type=OT, tight=D("1987-12-20"), outer=D("1987-12-20")),
  "tanker_departure_1220": C(type=OT, tight=D("1987-12-20"), outer=D("1987-12-20")),
  "collision_1220": C(type=OT, tight=D("1987-12-20"), outer=D("1987-12-20")),
  "fire_1220": C(type=OT, tight=D("1987-12-20"), outer=D("1987-12-20")),
  "sinking_1220": C(type=OT, tight=D("1987-12-20", "1987-12-21"), outer=D("1987-12-20", "1987-12-21")),
  "survivors_1221": C(type=OT, tight=D("1987-12-21"), outer=D("1987-12-21")),
  "aquino_says_1221": C(type=ST, tight=D("1987-12-21"), outer=D("1987-12-21")),
  "inquiry_1221": C(type=OT, tight=D("1987-12-21"), outer=D("1987-12-21")),
  # The AZF explosion in Toulouse, September 2001
  "attacks_0911": C(type=SK, tight=D("2001-09-11"), outer=D("2001-09-11")),
  "blast_0921": C(type=OT, tight=D("2001-09-21"), outer=D("2001-09-21")),
  "killed_0921": C(type=OT, tight=D("2001-09-21"), outer=D("2001-09-21")),
  "visit_0921": C(type=OT, tight=D("2001-09-21"), outer=D("2001-09-21")),
  "prosecutor_0921": C(type=ST, tight=D("2001-09-21"), outer=D("2001-09-21")),
 },
 events=[
  ("gas_0821", "n1_yaounde_0823", "انطلقت سحابة من الغازات السامة من بحيرة نيوس البركانية في شمال غرب الكاميرون ليل الخميس - الجمعة", 1, OT),
  ("killed_0821", "n1_yaounde_0823", "وقتلت مئات من سكان القرى المجاورة وهم نيام", 1, OT),
  ("minister_0823", "n1_yaounde_0823", "وقال وزير الإعلام الكاميروني اليوم السبت", 1, ST),
  ("biya_visit_0823", "n1_yaounde_0823", "ووصل الرئيس بول بيا إلى المنطقة صباح اليوم", 1, OT),

  ("killed_0821", "n2_abudhabi_0824", "قتلت سحابة الغاز", 1, OT),
  ("gas_0821", "n2_abudhabi_0824", "التي انبعثت من بحيرة نيوس مساء الخميس الماضي", 1, OT),
  ("biya_visit_0823", "n2_abudhabi_0824", "وزار الرئيس الكاميروني بول بيا القرى المنكوبة أمس", 1, OT),
  ("experts_0823", "n2_abudhabi_0824", "ووصل فريق من الخبراء الفرنسيين إلى ياوندي أمس", 1, OT),
  ("experts_lake_0823", "n2_abudhabi_0824", "ثم توجه إلى البحيرة", 1, OT),

  ("gas_0821", "n3_paris_0828", "بعد أسبوع على الكارثة التي ضربت قرى بحيرة نيوس", 1, OT),
  ("gas_0821", "n3_paris_0828", "انطلاق الغاز من البحيرة ليلة الحادي والعشرين من آب", 1, OT),
  ("biya_visit_0823", "n3_paris_0828", "وكان الرئيس بول بيا قد زار المنطقة السبت", 1, OT),
  ("biya_visit_0826", "n3_paris_0828", "ثم عاد إليها الثلاثاء برفقة سفراء أجانب", 1, OT),

  ("sinking_1220", "d1_manila_1221", "غرقت العبارة الفلبينية «دونيا باز» ليل الأحد - الاثنين", 1, OT),
  ("collision_1220", "d1_manila_1221", "اصطدامها بناقلة النفط «فكتور» في مضيق تابلاس", 1, OT),
  ("survivors_1221", "d1_manila_1221", "وانتشلت زوارق الصيد 26 ناجيا صباح اليوم الاثنين", 1, OT),
  ("departure_1220", "d1_manila_1221", "وكانت العبارة قد أبحرت من ميناء تاكلوبان صباح أمس الأحد", 1, OT),

  ("collision_1220", "d2_kuwait_1222", "اصطدمت العبارة الفلبينية «دونيا باز» بناقلة نفط مساء الأحد", 1, OT),
  ("fire_1220", "d2_kuwait_1222", "واشتعلت فيهما النيران", 1, OT),
  ("sinking_1220", "d2_kuwait_1222", "قبل أن تغرقا", 1, OT),
  ("aquino_says_1221", "d2_kuwait_1222", "وقالت الرئيسة كورازون أكينو أمس", 1, ST),
  ("inquiry_1221", "d2_kuwait_1222", "وأمرت أكينو بفتح تحقيق في الحادث أمس", 1, OT),

  ("sinking_1220", "d3_riyadh_1224", "غرقت العبارة «دونيا باز» الأحد الماضي", 1, OT),
  ("collision_1220", "d3_riyadh_1224", "بعد اصطدامها بناقلة نفط", 1, OT),
  ("tanker_departure_1220", "d3_riyadh_1224", "وكانت الناقلة قد أبحرت من باتان صباح اليوم نفسه", 1, OT),
  ("inquiry_1221", "d3_riyadh_1224", "وفي اليوم التالي للكارثة أمرت الرئيسة أكينو بفتح تحقيق", 1, OT),

  ("blast_0921", "t1_paris_0921", "انفجر مصنع «إي زد إف» للأسمدة الكيميائية في مدينة تولوز جنوب فرنسا صباح اليوم الجمعة", 1, OT),
  ("killed_0921", "t1_paris_0921", "وقتل 29 شخصا على الأقل وجرح المئات", 1, OT),
  ("visit_0921", "t1_paris_0921", "وزار الرئيس جاك شيراك ورئيس الوزراء ليونيل جوسبان موقع الانفجار بعد الظهر", 1, OT),

  ("blast_0921", "t2_london_0922", "دمر انفجار مصنع «إي زد إف» في تولوز أمس", 1, OT),
  ("attacks_0911", "t2_london_0922", "بعد عشرة أيام من هجمات نيويورك وواشنطن", 1, SK),
  ("prosecutor_0921", "t2_london_0922", "واستبعد المدعي العام في تولوز أمس", 1, ST),
  ("visit_0921", "t2_london_0922", "وزار شيراك وجوسبان المصنع أمس", 1, OT),

  ("blast_0921", "t3_paris_0927", "الانفجار الذي هز مصنع الأسمدة الجمعة الماضي", 1, OT),
  ("prosecutor_0921", "t3_paris_0927", "وكان المدعي العام قد استبعد فرضية الإرهاب يوم الانفجار نفسه", 1, ST),
  ("visit_0921", "t3_paris_0927", "قبل أن يزور شيراك المصنع بساعات", 1, OT),
 ],
 diff=[
  ("gas_0821", "killed_0821"), ("biya_visit_0823", "biya_visit_0826"), ("experts_0823", "biya_visit_0823"),
  ("experts_0823", "experts_lake_0823"),
  ("departure_1220", "tanker_departure_1220"), ("collision_1220", "sinking_1220"), ("fire_1220", "collision_1220"),
  ("survivors_1221", "sinking_1220"), ("inquiry_1221", "collision_1220"),
  ("blast_0921", "killed_0921"), ("visit_0921", "blast_0921"),
 ],
 before=[
  ("gas_0821", "biya_visit_0823"), ("biya_visit_0823", "biya_visit_0826"), ("minister_0823", "biya_visit_0826"),
  ("experts_0823", "biya_visit_0826"),
  ("departure_1220", "collision_1220"), ("collision_1220", "survivors_1221"), ("departure_1220", "aquino_says_1221"),
  ("tanker_departure_1220", "inquiry_1221"),
  ("attacks_0911", "blast_0921"), ("attacks_0911", "visit_0921"),
 ],
)
