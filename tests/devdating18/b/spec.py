"""Gold events for tests/devdating18/b (part B of dating round 21's development set: the
transfer measure, other stories and outlets than part A; format as ../a/spec.py).

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
 "k1_riyadh_0626": "1996-06-26",
 "k2_london_0627": "1996-06-27",
 "r1_aberdeen_0707": "1988-07-07",
 "r2_london_0708": "1988-07-08",
 "s1_sheffield_0416": "1989-04-16",
 "s2_london_0418": "1989-04-18",
}

C = dict
OT, ST, MT = "other", "statement", "meeting"
DEV = dict(
 timex=[],
 clusters={
  # Khobar Towers, June 1996
  "truck_seen_0625": C(type=OT, tight=D("1996-06-25"), outer=D("1996-06-25")),
  "floors_evacuated_0625": C(type=OT, tight=D("1996-06-25"), outer=D("1996-06-25")),
  "alarm_raised_0625": C(type=OT, tight=D("1996-06-25"), outer=D("1996-06-25")),
  "khobar_bomb_0625": C(type=OT, tight=D("1996-06-25"), outer=D("1996-06-25", "1996-06-26")),
  "khobar_wounded_moved_0625": C(type=OT, tight=D("1996-06-25", "1996-06-26"), outer=D("1996-06-25", "1996-06-26")),
  "prince_inspects_0625": C(type=OT, tight=D("1996-06-25", "1996-06-26"), outer=D("1996-06-25", "1996-06-26")),
  "clinton_says_0626": C(type=ST, tight=D("1996-06-26"), outer=D("1996-06-26")),
  "perry_arrives_0626": C(type=OT, tight=D("1996-06-26"), outer=D("1996-06-26")),
  "perry_visits_0626": C(type=OT, tight=D("1996-06-26"), outer=D("1996-06-26")),
  "perry_says_0626": C(type=ST, tight=D("1996-06-26"), outer=D("1996-06-26")),
  "fbi_arrives_0626": C(type=OT, tight=D("1996-06-26"), outer=D("1996-06-26")),
  "rubble_cleared_0626": C(type=OT, tight=D("1996-06-26"), outer=D("1996-06-26", "1996-06-27")),
  # Piper Alpha, July 1988
  "piper_explodes_0706": C(type=OT, tight=D("1988-07-06"), outer=D("1988-07-06")),
  "piper_burns_0706": C(type=OT, tight=D("1988-07-06", "1988-07-07"), outer=D("1988-07-06", "1988-07-07")),
  "gas_lines_0706": C(type=OT, tight=D("1988-07-06"), outer=D("1988-07-06")),
  "survivors_picked_0706": C(type=OT, tight=D("1988-07-06", "1988-07-07"), outer=D("1988-07-06", "1988-07-07")),
  "survivors_hospital_0707": C(type=OT, tight=D("1988-07-07"), outer=D("1988-07-07")),
  "oxy_says_0707": C(type=ST, tight=D("1988-07-07"), outer=D("1988-07-07")),
  "thatcher_arrives_0707": C(type=OT, tight=D("1988-07-07"), outer=D("1988-07-07")),
  "thatcher_visits_0707": C(type=OT, tight=D("1988-07-07"), outer=D("1988-07-07")),
  "thatcher_flies_0707": C(type=OT, tight=D("1988-07-07"), outer=D("1988-07-07")),
  "oxy_board_0707": C(type=MT, tight=D("1988-07-07"), outer=D("1988-07-07")),
  "oxy_announces_0707": C(type=ST, tight=D("1988-07-07"), outer=D("1988-07-07")),
  # Hillsborough, April 1989
  "gate_opened_0415": C(type=OT, tight=D("1989-04-15"), outer=D("1989-04-15")),
  "match_starts_0415": C(type=OT, tight=D("1989-04-15"), outer=D("1989-04-15")),
  "fans_crushed_0415": C(type=OT, tight=D("1989-04-15"), outer=D("1989-04-15")),
  "match_stopped_0415": C(type=OT, tight=D("1989-04-15"), outer=D("1989-04-15")),
  "injured_carried_0415": C(type=OT, tight=D("1989-04-15"), outer=D("1989-04-15")),
  "thatcher_ground_0416": C(type=OT, tight=D("1989-04-16"), outer=D("1989-04-16")),
  "thatcher_hospital_0416": C(type=OT, tight=D("1989-04-16"), outer=D("1989-04-16")),
  "anfield_opened_0416": C(type=OT, tight=D("1989-04-16"), outer=D("1989-04-16")),
  "flowers_laid_0416": C(type=OT, tight=D("1989-04-16"), outer=D("1989-04-16")),
  "requiem_0416": C(type=OT, tight=D("1989-04-16"), outer=D("1989-04-16")),
  "wright_admits_0416": C(type=ST, tight=D("1989-04-16"), outer=D("1989-04-16")),
  "wright_denies_0416": C(type=ST, tight=D("1989-04-16"), outer=D("1989-04-16")),
  "hurd_announces_0417": C(type=ST, tight=D("1989-04-17"), outer=D("1989-04-17")),
  "hurd_says_0417": C(type=ST, tight=D("1989-04-17"), outer=D("1989-04-17")),
  "fans_flock_0416": C(type=OT, tight=D("1989-04-16", "1989-04-17"), outer=D("1989-04-16", "1989-04-17")),
 },
 events=[
  ("khobar_bomb_0625", "k1_riyadh_0626", "انفجرت شاحنة مفخخة ليل أمس الثلاثاء أمام مجمع أبراج الخبر السكني", 1, OT),
  ("truck_seen_0625", "k1_riyadh_0626", "وكان حراس على سطح أحد المباني قد شاهدوا الشاحنة تتوقف قرب السياج", 1, OT),
  ("floors_evacuated_0625", "k1_riyadh_0626", "ثم بدأوا إخلاء الطوابق العليا", 1, OT),
  ("khobar_wounded_moved_0625", "k1_riyadh_0626", "ونقل الجرحى ليلا إلى مستشفيات الظهران والخبر", 1, OT),
  ("prince_inspects_0625", "k1_riyadh_0626", "وتفقد أمير المنطقة الشرقية الأمير محمد بن فهد موقع الانفجار", 1, OT),
  ("clinton_says_0626", "k1_riyadh_0626", "وقال الرئيس الأمريكي بيل كلينتون صباح اليوم الأربعاء", 1, ST),

  ("perry_arrives_0626", "k2_london_0627", "وصل وزير الدفاع الأمريكي وليام بيري إلى الظهران أمس الأربعاء", 1, OT),
  ("perry_visits_0626", "k2_london_0627", "ثم زار الجرحى في مستشفى القاعدة في اليوم نفسه", 1, OT),
  ("perry_says_0626", "k2_london_0627", "وقال بيري عقب زيارته", 1, ST),
  ("khobar_bomb_0625", "k2_london_0627", "وكان التفجير قد وقع قرابة العاشرة من ليل الثلاثاء", 1, OT),
  ("alarm_raised_0625", "k2_london_0627", "وكان الحراس قد أطلقوا الإنذار قبل دقائق منه", 1, OT),
  ("fbi_arrives_0626", "k2_london_0627", "ووصل محققون من مكتب التحقيقات الفيدرالي إلى الظهران أمس", 1, OT),
  ("rubble_cleared_0626", "k2_london_0627", "ثم بدأوا رفع الأنقاض", 1, OT),

  ("piper_explodes_0706", "r1_aberdeen_0707", "انفجرت منصة «بايبر ألفا» النفطية في بحر الشمال قرابة العاشرة من ليل أمس الأربعاء", 1, OT),
  ("piper_burns_0706", "r1_aberdeen_0707", "ثم التهمتها النيران خلال ساعات", 1, OT),
  ("survivors_picked_0706", "r1_aberdeen_0707", "وانتشلت السفن والمروحيات 64 ناجيا ليلا", 1, OT),
  ("survivors_hospital_0707", "r1_aberdeen_0707", "ونقل معظمهم إلى مستشفى أبردين الملكي صباح اليوم الخميس", 1, OT),
  ("oxy_says_0707", "r1_aberdeen_0707", "وقال متحدث باسم شركة «أوكسيدنتال» المشغلة للمنصة ظهر اليوم", 1, ST),

  ("thatcher_visits_0707", "r2_london_0708", "زارت رئيسة الوزراء مارغريت تاتشر أمس الخميس الناجين في مستشفى أبردين الملكي", 1, OT),
  ("thatcher_arrives_0707", "r2_london_0708", "وصولها إلى المدينة", 1, OT),
  ("thatcher_flies_0707", "r2_london_0708", "ثم حلقت بمروحية فوق حطام المنصة في اليوم نفسه", 1, OT),
  ("oxy_board_0707", "r2_london_0708", "وعقد مجلس إدارة شركة «أوكسيدنتال» اجتماعا طارئا في لوس أنجليس أمس", 1, MT),
  ("oxy_announces_0707", "r2_london_0708", "وأعلنت الشركة عقب الاجتماع", 1, ST),
  ("piper_explodes_0706", "r2_london_0708", "وكان انفجار قد دمر المنصة ليل الأربعاء", 1, OT),
  ("gas_lines_0706", "r2_london_0708", "وكانت النيران قد امتدت إلى أنابيب الغاز المتصلة بها بعد دقائق منه", 1, OT),

  ("fans_crushed_0415", "s1_sheffield_0416", "لقي 94 مشجعا لنادي ليفربول حتفهم بعد ظهر أمس السبت في تدافع", 1, OT),
  ("match_starts_0415", "s1_sheffield_0416", "انطلاق مباراة نصف نهائي كأس الاتحاد الإنجليزي", 1, OT),
  ("match_stopped_0415", "s1_sheffield_0416", "وأوقف الحكم المباراة في الدقيقة السادسة", 1, OT),
  ("injured_carried_0415", "s1_sheffield_0416", "ثم حمل المشجعون الجرحى على اللوحات الإعلانية", 1, OT),
  ("gate_opened_0415", "s1_sheffield_0416", "وكانت الشرطة قد فتحت بوابة جانبية قبل ربع ساعة من المباراة", 1, OT),
  ("thatcher_ground_0416", "s1_sheffield_0416", "وزارت رئيسة الوزراء مارغريت تاتشر الملعب صباح اليوم الأحد", 1, OT),
  ("thatcher_hospital_0416", "s1_sheffield_0416", "ثم زارت الجرحى في مستشفى شيفيلد الملكي", 1, OT),

  ("anfield_opened_0416", "s2_london_0418", "فتح نادي ليفربول ملعب «أنفيلد» أمس الأول الأحد أمام المشجعين", 1, OT),
  ("flowers_laid_0416", "s2_london_0418", "ثم غطى آلاف منهم أرضه بالأزهار والأوشحة في اليوم نفسه", 1, OT),
  ("requiem_0416", "s2_london_0418", "وأقيم قداس على أرواح الضحايا في كاتدرائية ليفربول مساء الأحد", 1, OT),
  ("hurd_announces_0417", "s2_london_0418", "وأعلن وزير الداخلية دوغلاس هيرد أمس الاثنين أمام مجلس العموم", 1, ST),
  ("hurd_says_0417", "s2_london_0418", "وقال هيرد عقب الجلسة", 1, ST),
  ("wright_admits_0416", "s2_london_0418", "وكان قائد شرطة جنوب يوركشاير بيتر رايت قد أقر مساء الأحد", 1, ST),
  ("wright_denies_0416", "s2_london_0418", "ثم نفى في اليوم نفسه", 1, ST),
  ("fans_flock_0416", "s2_london_0418", "وتوافد آلاف المشجعين على ملعب هيلزبره يومي الأحد والاثنين", 1, OT),
 ],
 diff=[
  ("truck_seen_0625", "khobar_bomb_0625"), ("floors_evacuated_0625", "khobar_wounded_moved_0625"),
  ("alarm_raised_0625", "floors_evacuated_0625"), ("prince_inspects_0625", "perry_visits_0626"),
  ("perry_arrives_0626", "fbi_arrives_0626"), ("perry_says_0626", "clinton_says_0626"),
  ("fbi_arrives_0626", "rubble_cleared_0626"),
  ("piper_explodes_0706", "piper_burns_0706"), ("piper_burns_0706", "gas_lines_0706"),
  ("survivors_picked_0706", "survivors_hospital_0707"), ("thatcher_arrives_0707", "thatcher_visits_0707"),
  ("thatcher_visits_0707", "thatcher_flies_0707"), ("oxy_says_0707", "oxy_announces_0707"),
  ("fans_crushed_0415", "match_stopped_0415"), ("match_starts_0415", "match_stopped_0415"),
  ("gate_opened_0415", "fans_crushed_0415"), ("thatcher_ground_0416", "thatcher_hospital_0416"),
  ("anfield_opened_0416", "flowers_laid_0416"), ("hurd_announces_0417", "hurd_says_0417"),
  ("wright_admits_0416", "wright_denies_0416"), ("flowers_laid_0416", "fans_flock_0416"),
  ("thatcher_visits_0707", "thatcher_hospital_0416"),
 ],
 before=[
  # Khobar Towers 1996
  ("truck_seen_0625", "khobar_bomb_0625"), ("truck_seen_0625", "floors_evacuated_0625"),
  ("alarm_raised_0625", "khobar_bomb_0625"), ("khobar_bomb_0625", "khobar_wounded_moved_0625"),
  ("khobar_bomb_0625", "clinton_says_0626"), ("khobar_bomb_0625", "perry_arrives_0626"),
  ("perry_arrives_0626", "perry_visits_0626"), ("perry_visits_0626", "perry_says_0626"),
  ("fbi_arrives_0626", "rubble_cleared_0626"),
  # Piper Alpha 1988
  ("piper_explodes_0706", "piper_burns_0706"), ("piper_explodes_0706", "gas_lines_0706"),
  ("piper_explodes_0706", "survivors_picked_0706"), ("survivors_picked_0706", "survivors_hospital_0707"),
  ("thatcher_arrives_0707", "thatcher_visits_0707"), ("thatcher_visits_0707", "thatcher_flies_0707"),
  ("oxy_board_0707", "oxy_announces_0707"), ("piper_explodes_0706", "oxy_says_0707"),
  # Hillsborough 1989
  ("gate_opened_0415", "fans_crushed_0415"), ("match_starts_0415", "match_stopped_0415"),
  ("match_stopped_0415", "injured_carried_0415"), ("fans_crushed_0415", "thatcher_ground_0416"),
  ("thatcher_ground_0416", "thatcher_hospital_0416"), ("anfield_opened_0416", "flowers_laid_0416"),
  ("wright_admits_0416", "wright_denies_0416"), ("hurd_announces_0417", "hurd_says_0417"),
  ("fans_crushed_0415", "anfield_opened_0416"), ("wright_denies_0416", "hurd_announces_0417"),
 ],
)
