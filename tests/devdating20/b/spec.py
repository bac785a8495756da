"""Gold events for tests/devdating20/b (part B of dating round 23's development set, the
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
 "f1_madrid_1120": "1975-11-20",
 "f2_beirut_1123": "1975-11-23",
 "f3_kuwait_1125": "1975-11-25",
 "e1_madrid_0328": "1977-03-28",
 "e2_cairo_0330": "1977-03-30",
 "p1_manila_0616": "1991-06-16",
 "p2_abudhabi_0620": "1991-06-20",
}

C = dict
OT, ST, MT = "other", "statement", "meeting"
DEV = dict(
 timex=[],
 clusters={
  # Franco's death, November 1975
  "hospital_1105": C(type=OT, tight=D("1975-11-05"), outer=D("1975-11-05")),
  "surgery_1105": C(type=OT, tight=D("1975-11-05"), outer=D("1975-11-05")),
  "death_1120": C(type=OT, tight=D("1975-11-20"), outer=D("1975-11-20")),
  "testament_1120": C(type=ST, tight=D("1975-11-20"), outer=D("1975-11-20")),
  "mourning_1120": C(type=ST, tight=D("1975-11-20"), outer=D("1975-11-20")),
  "oath_1122": C(type=OT, tight=D("1975-11-22"), outer=D("1975-11-22")),
  "throne_speech_1122": C(type=ST, tight=D("1975-11-22"), outer=D("1975-11-22")),
  "king_palace_1122": C(type=OT, tight=D("1975-11-22"), outer=D("1975-11-22")),
  "delegations_1122": C(type=MT, tight=D("1975-11-22"), outer=D("1975-11-22")),
  "mass_1123": C(type=OT, tight=D("1975-11-23"), outer=D("1975-11-23")),
  "burial_1123": C(type=OT, tight=D("1975-11-23"), outer=D("1975-11-23")),
  # The Tenerife collision, March 1977
  "bomb_0327": C(type=OT, tight=D("1977-03-27"), outer=D("1977-03-27")),
  "diverted_0327": C(type=OT, tight=D("1977-03-27"), outer=D("1977-03-27")),
  "collision_0327": C(type=OT, tight=D("1977-03-27"), outer=D("1977-03-27")),
  "fire_0327": C(type=OT, tight=D("1977-03-27"), outer=D("1977-03-27")),
  "killed_0327": C(type=OT, tight=D("1977-03-27"), outer=D("1977-03-27")),
  "investigators_0328": C(type=OT, tight=D("1977-03-28"), outer=D("1977-03-28")),
  "tapes_0329": C(type=OT, tight=D("1977-03-29"), outer=D("1977-03-29")),
  "boxes_0329": C(type=OT, tight=D("1977-03-29"), outer=D("1977-03-29")),
  # Mount Pinatubo, June 1991
  "clark_0610": C(type=OT, tight=D("1991-06-10"), outer=D("1991-06-10")),
  "subic_0610": C(type=OT, tight=D("1991-06-10"), outer=D("1991-06-10")),
  "first_eruption_0612": C(type=OT, tight=D("1991-06-12"), outer=D("1991-06-12")),
  "eruption_0615": C(type=OT, tight=D("1991-06-15"), outer=D("1991-06-15")),
  "typhoon_0615": C(type=OT, tight=D("1991-06-15"), outer=D("1991-06-15")),
  "roofs_0615": C(type=OT, tight=D("1991-06-15"), outer=D("1991-06-15", "1991-06-19")),
  "phivolcs_0616": C(type=ST, tight=D("1991-06-16"), outer=D("1991-06-16")),
  "airlift_0619": C(type=OT, tight=D("1991-06-19"), outer=D("1991-06-19")),
  "carrier_0619": C(type=OT, tight=D("1991-06-19"), outer=D("1991-06-19")),
 },
 events=[
  ("death_1120", "f1_madrid_1120", "توفي الجنرال فرانشيسكو فرانكو في الساعة الخامسة وخمس وعشرين دقيقة من فجر اليوم الخميس في مستشفى لاباز في مدريد", 1, OT),
  ("testament_1120", "f1_madrid_1120", "وبعد ذلك تلا رئيس الحكومة كارلوس أرياس نافارو وصية فرانكو في كلمة متلفزة", 1, ST),
  ("hospital_1105", "f1_madrid_1120", "وكان فرانكو قد نقل إلى مستشفى لاباز في 5 تشرين الثاني", 1, OT),
  ("surgery_1105", "f1_madrid_1120", "ثم خضع لعملية جراحية ثانية في اليوم نفسه", 1, OT),
  ("mourning_1120", "f1_madrid_1120", "وأعلنت الحكومة الحداد الوطني ثلاثين يوما", 1, ST),

  ("oath_1122", "f2_beirut_1123", "أدى الأمير خوان كارلوس دي بوربون اليمين ملكا على إسبانيا أمام البرلمان أمس السبت", 1, OT),
  ("throne_speech_1122", "f2_beirut_1123", "ثم ألقى خطاب العرش في الجلسة نفسها", 1, ST),
  ("king_palace_1122", "f2_beirut_1123", "وعقب الخطاب توجه الملك إلى قصر الشرق", 1, OT),
  ("death_1120", "f2_beirut_1123", "وكان فرانكو قد توفي فجر الخميس", 1, OT),
  ("mourning_1120", "f2_beirut_1123", "وكانت الحكومة قد أعلنت الحداد الوطني ثلاثين يوما في اليوم نفسه", 1, ST),

  ("burial_1123", "f3_kuwait_1125", "دفن الجنرال فرانشيسكو فرانكو الأحد في وادي الشهداء قرب مدريد", 1, OT),
  ("mass_1123", "f3_kuwait_1125", "بعد قداس أقيم في ساحة الشرق صباح اليوم نفسه", 1, OT),
  ("oath_1122", "f3_kuwait_1125", "وكان الملك خوان كارلوس قد أدى اليمين السبت", 1, OT),
  ("delegations_1122", "f3_kuwait_1125", "ثم استقبل الوفود الأجنبية في القصر الملكي مساء اليوم نفسه", 1, MT),

  ("collision_0327", "e1_madrid_0328", "اصطدمت طائرتان من طراز بوينغ 747 على مدرج مطار لوس روديوس في جزيرة تينيريفي مساء أمس الأحد", 1, OT),
  ("fire_0327", "e1_madrid_0328", "ثم اشتعلت فيهما النيران", 1, OT),
  ("killed_0327", "e1_madrid_0328", "وقتل 574 شخصا على الأقل", 1, OT),
  ("bomb_0327", "e1_madrid_0328", "وكانت قنبلة قد انفجرت في مطار لاس بالماس بعد ظهر أمس", 1, OT),
  ("diverted_0327", "e1_madrid_0328", "ثم حولت السلطات الرحلات إلى تينيريفي في اليوم نفسه", 1, OT),
  ("investigators_0328", "e1_madrid_0328", "ووصل محققون هولنديون وأمريكيون إلى الجزيرة صباح اليوم الاثنين", 1, OT),

  ("tapes_0329", "e2_cairo_0330", "بدأ المحققون الإسبان والهولنديون والأمريكيون أمس الثلاثاء الاستماع إلى تسجيلات برج المراقبة في مطار تينيريفي", 1, OT),
  ("boxes_0329", "e2_cairo_0330", "ثم فحصوا الصندوقين الأسودين في اليوم نفسه", 1, OT),
  ("collision_0327", "e2_cairo_0330", "وكانت الطائرتان قد اصطدمتا مساء الأحد", 1, OT),
  ("bomb_0327", "e2_cairo_0330", "انفجار قنبلة في مطار لاس بالماس", 1, OT),

  ("eruption_0615", "p1_manila_0616", "ثار بركان جبل بيناتوبو ثورانا هائلا بعد ظهر أمس السبت", 1, OT),
  ("typhoon_0615", "p1_manila_0616", "ثم ضرب إعصار يونيا المنطقة في اليوم نفسه", 1, OT),
  ("clark_0610", "p1_manila_0616", "وكانت القاعدة الجوية الأمريكية في كلارك قد أخليت في 10 حزيران", 1, OT),
  ("subic_0610", "p1_manila_0616", "ثم نقل آلاف الأمريكيين إلى قاعدة سوبيك البحرية في اليوم نفسه", 1, OT),
  ("first_eruption_0612", "p1_manila_0616", "وكان البركان قد ثار أول مرة صباح الأربعاء", 1, OT),
  ("phivolcs_0616", "p1_manila_0616", "وقال ناطق باسم معهد البراكين صباح اليوم الأحد", 1, ST),

  ("airlift_0619", "p2_abudhabi_0620", "بدأت الطائرات الأمريكية أمس الأربعاء إجلاء عائلات العسكريين من قاعدة سوبيك إلى جزيرة غوام", 1, OT),
  ("carrier_0619", "p2_abudhabi_0620", "ثم أبحرت حاملة طائرات بالمئات منهم في اليوم نفسه", 1, OT),
  ("eruption_0615", "p2_abudhabi_0620", "وكان البركان قد ثار ثورانه الأكبر بعد ظهر السبت 15 حزيران", 1, OT),
  ("typhoon_0615", "p2_abudhabi_0620", "وكان الإعصار قد ضرب الجزيرة في اليوم نفسه", 1, OT),
  ("roofs_0615", "p2_abudhabi_0620", "وبعد الثوران انهارت أسقف آلاف المنازل تحت ثقل الرماد", 1, OT),
 ],
 diff=[
  ("hospital_1105", "surgery_1105"), ("death_1120", "burial_1123"), ("oath_1122", "king_palace_1122"),
  ("mass_1123", "burial_1123"), ("testament_1120", "mourning_1120"), ("throne_speech_1122", "testament_1120"),
  ("bomb_0327", "collision_0327"), ("collision_0327", "fire_0327"), ("diverted_0327", "investigators_0328"),
  ("tapes_0329", "boxes_0329"), ("killed_0327", "fire_0327"),
  ("clark_0610", "subic_0610"), ("first_eruption_0612", "eruption_0615"), ("eruption_0615", "typhoon_0615"),
  ("airlift_0619", "carrier_0619"), ("roofs_0615", "eruption_0615"),
 ],
 before=[
  ("hospital_1105", "surgery_1105"), ("surgery_1105", "death_1120"), ("death_1120", "testament_1120"),
  ("death_1120", "mourning_1120"), ("mourning_1120", "oath_1122"), ("oath_1122", "throne_speech_1122"),
  ("throne_speech_1122", "king_palace_1122"), ("oath_1122", "delegations_1122"), ("king_palace_1122", "mass_1123"),
  ("mass_1123", "burial_1123"),
  ("bomb_0327", "diverted_0327"), ("diverted_0327", "collision_0327"), ("collision_0327", "fire_0327"),
  ("collision_0327", "investigators_0328"), ("investigators_0328", "tapes_0329"), ("tapes_0329", "boxes_0329"),
  ("clark_0610", "subic_0610"), ("subic_0610", "first_eruption_0612"), ("first_eruption_0612", "eruption_0615"),
  ("eruption_0615", "roofs_0615"), ("eruption_0615", "phivolcs_0616"), ("phivolcs_0616", "airlift_0619"),
  ("airlift_0619", "carrier_0619"),
 ],
)
