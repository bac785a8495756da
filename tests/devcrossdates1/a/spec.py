"""Gold events for tests/devcrossdates1/a (part A of cross-dates round 1's development set: one
act told by three outlets on different days, each dating it its own way (a wire's "اليوم" or
"فجر اليوم الجمعة", a next-day paper's "أمس" or "ليل الخميس - الجمعة", a weekly's "الأربعاء
الماضي"، "قبل أسبوع"، "الأسبوع الماضي" or a relative clause "التي وقعت الأربعاء الماضي", a
narrative anchor "في اليوم التالي للكارثة"، "قبل دقائق من الحادث"، "ليلة الكارثة"), beside
look-alikes on adjacent days that stay apart (two protests, two visits, two arrests); format as
../../devdating20/a/spec.py).

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
 "q1_cairo_0203": "2006-02-03",
 "q2_beirut_0204": "2006-02-04",
 "q3_london_0209": "2006-02-09",
 "e1_hanover_0603": "1998-06-03",
 "e2_london_0604": "1998-06-04",
 "e3_london_0610": "1998-06-10",
 "r1_bonn_0828": "1988-08-28",
 "r2_london_0829": "1988-08-29",
 "r3_london_0902": "1988-09-02",
 "k1_vienna_1111": "2000-11-11",
 "k2_kuwait_1112": "2000-11-12",
 "k3_paris_1116": "2000-11-16",
 "w1_seoul_0416": "2014-04-16",
 "w2_sharjah_0417": "2014-04-17",
 "w3_london_0424": "2014-04-24",
}

C = dict
OT, ST = "other", "statement"
DEV = dict(
 timex=[],
 clusters={
  # The al-Salam 98 ferry, February 2006
  "salem_1991": C(type=OT, tight=D("1991-12-14", "1991-12-17"), outer=D("1991-12-01", "1991-12-31")),
  "departure_0202": C(type=OT, tight=D("2006-02-02"), outer=D("2006-02-02")),
  "fire_0202": C(type=OT, tight=D("2006-02-02"), outer=D("2006-02-02", "2006-02-03")),
  "sinking_0203": C(type=OT, tight=D("2006-02-03"), outer=D("2006-02-03")),
  "rescue_0203": C(type=OT, tight=D("2006-02-03"), outer=D("2006-02-03")),
  "company_0203": C(type=ST, tight=D("2006-02-03"), outer=D("2006-02-03")),
  "protest_0203": C(type=OT, tight=D("2006-02-03"), outer=D("2006-02-03")),
  "stones_0203": C(type=OT, tight=D("2006-02-03"), outer=D("2006-02-03")),
  "protest_0204": C(type=OT, tight=D("2006-02-04"), outer=D("2006-02-04")),
  # The Eschede derailment, June 1998
  "wheel_0603": C(type=OT, tight=D("1998-06-03"), outer=D("1998-06-03")),
  "derailment_0603": C(type=OT, tight=D("1998-06-03"), outer=D("1998-06-03")),
  "bridge_0603": C(type=OT, tight=D("1998-06-03"), outer=D("1998-06-03")),
  "killed_0603": C(type=OT, tight=D("1998-06-03"), outer=D("1998-06-03")),
  "db_says_0603": C(type=ST, tight=D("1998-06-03"), outer=D("1998-06-03")),
  "wissmann_visit_0603": C(type=OT, tight=D("1998-06-03"), outer=D("1998-06-03")),
  "kohl_visit_0604": C(type=OT, tight=D("1998-06-04"), outer=D("1998-06-04")),
  "ice_halted_0605": C(type=OT, tight=D("1998-06-05"), outer=D("1998-06-05")),
  # The Ramstein air show, August 1988
  "training_0827": C(type=OT, tight=D("1988-08-27"), outer=D("1988-08-27")),
  "collision_0828": C(type=OT, tight=D("1988-08-28"), outer=D("1988-08-28")),
  "crash_0828": C(type=OT, tight=D("1988-08-28"), outer=D("1988-08-28")),
  "killed_0828": C(type=OT, tight=D("1988-08-28"), outer=D("1988-08-28")),
  "airlift_0828": C(type=OT, tight=D("1988-08-28"), outer=D("1988-08-28")),
  "shows_halted_0828": C(type=OT, tight=D("1988-08-28"), outer=D("1988-08-28")),
  "mass_0831": C(type=OT, tight=D("1988-08-31"), outer=D("1988-08-31")),
  # The Kaprun funicular fire, November 2000
  "fire_1111": C(type=OT, tight=D("2000-11-11"), outer=D("2000-11-11")),
  "killed_1111": C(type=OT, tight=D("2000-11-11"), outer=D("2000-11-11")),
  "survivors_1111": C(type=OT, tight=D("2000-11-11"), outer=D("2000-11-11")),
  "governor_1111": C(type=ST, tight=D("2000-11-11"), outer=D("2000-11-11")),
  "search_halted_1111": C(type=OT, tight=D("2000-11-11"), outer=D("2000-11-11")),
  "recovery_1112": C(type=OT, tight=D("2000-11-12"), outer=D("2000-11-12")),
  "mass_1115": C(type=OT, tight=D("2000-11-15"), outer=D("2000-11-15")),
  # The Sewol ferry, April 2014
  "departure_0415": C(type=OT, tight=D("2014-04-15"), outer=D("2014-04-15")),
  "sinking_0416": C(type=OT, tight=D("2014-04-16"), outer=D("2014-04-16")),
  "rescued_0416": C(type=OT, tight=D("2014-04-16"), outer=D("2014-04-16")),
  "divers_0416": C(type=OT, tight=D("2014-04-16"), outer=D("2014-04-16")),
  "divers_stop_0416": C(type=OT, tight=D("2014-04-16"), outer=D("2014-04-16")),
  "captain_arrest_0419": C(type=OT, tight=D("2014-04-19"), outer=D("2014-04-19")),
  "crew_arrest_0420": C(type=OT, tight=D("2014-04-20"), outer=D("2014-04-20")),
 },
 events=[
  ("sinking_0203", "q1_cairo_0203", "غرقت العبارة المصرية «السلام 98» في البحر الأحمر فجر اليوم الجمعة", 1, OT),
  ("departure_0202", "q1_cairo_0203", "إبحارها من ميناء ضبا السعودي مساء أمس الخميس", 1, OT),
  ("rescue_0203", "q1_cairo_0203", "وانتشلت فرق الإنقاذ المصرية 185 ناجيا من المياه صباح اليوم", 1, OT),
  ("company_0203", "q1_cairo_0203", "وقال متحدث باسم الشركة المالكة للعبارة", 1, ST),

  ("sinking_0203", "q2_beirut_0204", "غرقت العبارة المصرية «السلام 98» ليل الخميس - الجمعة في البحر الأحمر", 1, OT),
  ("rescue_0203", "q2_beirut_0204", "وانتشلت فرق الإنقاذ أمس نحو 400 ناج وعشرات الجثث", 1, OT),
  ("protest_0203", "q2_beirut_0204", "وتظاهر مئات من أهالي الركاب أمام ميناء سفاجا أمس", 1, OT),
  ("stones_0203", "q2_beirut_0204", "ثم رشقوا مكاتب الشركة بالحجارة", 1, OT),
  ("fire_0202", "q2_beirut_0204", "وكان الحريق قد اندلع في مرآب العبارة قبل ساعات من غرقها", 1, OT),

  ("sinking_0203", "q3_london_0209", "التي غرقت في البحر الأحمر الأسبوع الماضي", 1, OT),
  ("departure_0202", "q3_london_0209", "فقد أبحرت من ضبا مساء الخميس الماضي", 1, OT),
  ("sinking_0203", "q3_london_0209", "ثم غرقت بعد منتصف الليل", 1, OT),
  ("protest_0203", "q3_london_0209", "وتظاهر أهالي الركاب أمام ميناء سفاجا يوم الجمعة", 1, OT),
  ("protest_0204", "q3_london_0209", "ثم تجدد احتجاجهم السبت", 1, OT),
  ("salem_1991", "q3_london_0209", "قد غرقت قرب سفاجا في كانون الأول 1991", 1, OT),

  ("derailment_0603", "e1_hanover_0603", "خرج قطار ألماني فائق السرعة عن سكته قرب بلدة إيشيده في ولاية سكسونيا السفلى صباح اليوم الأربعاء", 1, OT),
  ("bridge_0603", "e1_hanover_0603", "ثم اصطدم بجسر فوق السكة", 1, OT),
  ("killed_0603", "e1_hanover_0603", "وقتل 90 شخصا على الأقل", 1, OT),
  ("db_says_0603", "e1_hanover_0603", "وقال ناطق باسم شركة السكك الحديدية الألمانية بعد الظهر", 1, ST),

  ("derailment_0603", "e2_london_0604", "خرج قطار ألماني سريع عن سكته أمس قرب إيشيده", 1, OT),
  ("killed_0603", "e2_london_0604", "وقتل 96 شخصا على الأقل", 1, OT),
  ("wheel_0603", "e2_london_0604", "وكانت عجلة في العربة الأولى قد انكسرت قبل دقائق من الحادث", 1, OT),
  ("wissmann_visit_0603", "e2_london_0604", "وتفقد وزير النقل الألماني ماتياس فيسمان موقع الحادث مساء أمس", 1, OT),

  ("derailment_0603", "e3_london_0610", "كارثة القطار التي وقعت الأربعاء الماضي قرب إيشيده", 1, OT),
  ("derailment_0603", "e3_london_0610", "وكان القطار قد خرج عن سكته قبل أسبوع", 1, OT),
  ("wheel_0603", "e3_london_0610", "بعد انكسار إطار إحدى عجلاته", 1, OT),
  ("kohl_visit_0604", "e3_london_0610", "وزار المستشار الألماني هلموت كول موقع الحادث في اليوم التالي للكارثة", 1, OT),
  ("ice_halted_0605", "e3_london_0610", "وبعد يومين من الكارثة أوقفت الشركة قطارات «آي سي إي» كلها للفحص", 1, OT),

  ("collision_0828", "r1_bonn_0828", "اصطدمت ثلاث طائرات من فرقة الاستعراض الجوي الإيطالية «فريتشي تريكولوري» في الجو فوق قاعدة رامشتاين الأمريكية في ألمانيا الغربية بعد ظهر اليوم الأحد", 1, OT),
  ("crash_0828", "r1_bonn_0828", "ثم سقطت إحداها على حشد المتفرجين", 1, OT),
  ("killed_0828", "r1_bonn_0828", "وقتل 31 شخصا على الأقل", 1, OT),
  ("training_0827", "r1_bonn_0828", "وكانت الفرقة قد تدربت فوق القاعدة أمس السبت", 1, OT),

  ("killed_0828", "r2_london_0829", "ارتفع عدد قتلى كارثة العرض الجوي في قاعدة رامشتاين إلى 46", 1, OT),
  ("collision_0828", "r2_london_0829", "بعد أن اصطدمت ثلاث طائرات إيطالية أمس الأحد", 1, OT),
  ("crash_0828", "r2_london_0829", "وسقطت إحداها على المتفرجين", 1, OT),
  ("airlift_0828", "r2_london_0829", "وبعد الاصطدام نقلت مروحيات أمريكية عشرات الجرحى إلى مستشفيات المنطقة", 1, OT),
  ("shows_halted_0828", "r2_london_0829", "وعلق وزير الدفاع الألماني الغربي روبرت شولتس العروض الجوية العسكرية في البلاد مساء أمس", 1, OT),

  ("collision_0828", "r3_london_0902", "في كارثة العرض الجوي التي شهدتها قاعدة رامشتاين الأحد الماضي", 1, OT),
  ("collision_0828", "r3_london_0902", "اصطدمت ثلاث طائرات فوق المدرج", 1, OT),
  ("crash_0828", "r3_london_0902", "قبل أن تسقط إحداها على الجمهور", 1, OT),
  ("shows_halted_0828", "r3_london_0902", "وكان وزير الدفاع قد علق العروض الجوية العسكرية ليلة الكارثة", 1, OT),
  ("mass_0831", "r3_london_0902", "وأقيم قداس لراحة أرواح الضحايا في كاتدرائية شباير الأربعاء", 1, OT),

  ("fire_1111", "k1_vienna_1111", "اشتعلت النيران في قطار جبلي يقل متزلجين داخل نفق في جبل كيتسشتاينهورن فوق بلدة كابرون النمساوية صباح اليوم السبت", 1, OT),
  ("killed_1111", "k1_vienna_1111", "وقتل 155 شخصا على الأقل", 1, OT),
  ("governor_1111", "k1_vienna_1111", "وقال حاكم ولاية سالزبورغ فرانتس شاوسبرغر مساء اليوم", 1, ST),
  ("search_halted_1111", "k1_vienna_1111", "ثم علقت السلطات عمليات البحث بسبب الدخان", 1, OT),

  ("killed_1111", "k2_kuwait_1112", "قتل 155 شخصا أمس السبت", 1, OT),
  ("fire_1111", "k2_kuwait_1112", "في حريق شب في قطار جبلي داخل نفق قرب كابرون في النمسا", 1, OT),
  ("survivors_1111", "k2_kuwait_1112", "ونجا 12 راكبا حطموا نافذة وهربوا نزولا في النفق", 1, OT),
  ("search_halted_1111", "k2_kuwait_1112", "وكانت السلطات قد علقت عمليات البحث مساء أمس بسبب الدخان الكثيف", 1, OT),

  ("fire_1111", "k3_paris_1116", "الحريق الذي اندلع السبت الماضي في قطار كابرون", 1, OT),
  ("recovery_1112", "k3_paris_1116", "وبدأت فرق الإنقاذ انتشال الجثث من النفق الأحد، بعد يوم من الحريق", 1, OT),
  ("mass_1115", "k3_paris_1116", "وأقيم قداس تأبيني في كاتدرائية سالزبورغ أمس الأربعاء", 1, OT),

  ("sinking_0416", "w1_seoul_0416", "غرقت العبارة الكورية الجنوبية «سيوول» قبالة جزيرة جيندو صباح اليوم الأربعاء", 1, OT),
  ("rescued_0416", "w1_seoul_0416", "وأنقذ خفر السواحل 164 شخصا", 1, OT),
  ("departure_0415", "w1_seoul_0416", "وكانت العبارة قد أبحرت من ميناء إنتشون مساء أمس الثلاثاء", 1, OT),

  ("sinking_0416", "w2_sharjah_0417", "غرقت العبارة الكورية الجنوبية «سيوول» أمس قبالة جزيرة جيندو", 1, OT),
  ("departure_0415", "w2_sharjah_0417", "وكانت قد أبحرت من إنتشون ليل الثلاثاء", 1, OT),
  ("divers_0416", "w2_sharjah_0417", "وغاص عشرات من الغواصين حول العبارة أمس", 1, OT),
  ("divers_stop_0416", "w2_sharjah_0417", "ثم أوقفوا عملهم مساء بسبب التيارات القوية", 1, OT),

  ("sinking_0416", "w3_london_0424", "بعد ثمانية أيام على غرق العبارة «سيوول»", 1, OT),
  ("captain_arrest_0419", "w3_london_0424", "واعتقلت الشرطة الكورية الجنوبية قبطان العبارة لي جون سيوك فجر السبت الماضي", 1, OT),
  ("crew_arrest_0420", "w3_london_0424", "ثم اعتقلت أربعة من أفراد الطاقم في اليوم التالي", 1, OT),
  ("sinking_0416", "w3_london_0424", "وكانت العبارة قد غرقت صباح الأربعاء 16 نيسان", 1, OT),
  ("departure_0415", "w3_london_0424", "بعد أن أبحرت من إنتشون في الليلة السابقة", 1, OT),
 ],
 diff=[
  ("salem_1991", "sinking_0203"), ("departure_0202", "sinking_0203"), ("fire_0202", "sinking_0203"),
  ("protest_0203", "protest_0204"), ("protest_0203", "stones_0203"), ("rescue_0203", "sinking_0203"),
  ("derailment_0603", "bridge_0603"), ("wheel_0603", "derailment_0603"), ("wissmann_visit_0603", "kohl_visit_0604"),
  ("killed_0603", "derailment_0603"), ("ice_halted_0605", "derailment_0603"),
  ("training_0827", "collision_0828"), ("collision_0828", "crash_0828"), ("killed_0828", "crash_0828"),
  ("shows_halted_0828", "airlift_0828"), ("mass_0831", "collision_0828"),
  ("fire_1111", "killed_1111"), ("search_halted_1111", "recovery_1112"), ("mass_1115", "fire_1111"),
  ("survivors_1111", "fire_1111"),
  ("departure_0415", "sinking_0416"), ("rescued_0416", "sinking_0416"), ("divers_0416", "divers_stop_0416"),
  ("captain_arrest_0419", "crew_arrest_0420"),
 ],
 before=[
  ("salem_1991", "departure_0202"), ("departure_0202", "sinking_0203"), ("sinking_0203", "protest_0204"),
  ("protest_0203", "protest_0204"), ("fire_0202", "rescue_0203"), ("departure_0202", "protest_0203"),
  ("derailment_0603", "kohl_visit_0604"), ("wissmann_visit_0603", "kohl_visit_0604"), ("kohl_visit_0604", "ice_halted_0605"),
  ("training_0827", "collision_0828"), ("collision_0828", "mass_0831"), ("shows_halted_0828", "mass_0831"),
  ("fire_1111", "recovery_1112"), ("search_halted_1111", "recovery_1112"), ("recovery_1112", "mass_1115"),
  ("departure_0415", "sinking_0416"), ("sinking_0416", "captain_arrest_0419"), ("captain_arrest_0419", "crew_arrest_0420"),
  ("divers_0416", "captain_arrest_0419"),
 ],
)
