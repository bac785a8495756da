"""Gold events for tests/devmerge13, part B (a development set scored only at a round's start and
end; format as ../../devmerge3/spec.py).  See ../spec.py for the row format.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "s1_surfside_0624": "2021-06-24T20:00:00-04:00",
 "s2_miami_0705": "2021-07-05T09:00:00-04:00",
 "s3_miami_0724": "2021-07-24",
 "m1_jakarta_1205": "2021-12-05T08:00:00+07:00",
 "m2_lumajang_1207": "2021-12-07T15:00:00+07:00",
 "m3_lumajang_1204": "2022-12-04T20:00:00+07:00",
 "j1_malang_1002": "2022-10-02T12:00:00+07:00",
 "j2_jakarta_1004": "2022-10-04T09:00:00+07:00",
 "j3_jakarta_1007": "2022-10-07",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Surfside 2021: the collapse (24 June), the mayor's words; the search paused (3 July), the
  # demolition (4th), the search resumed (5th); recovery instead of rescue (7th); the search ended
  # (23rd)
  "surfside_collapse_0624": C(type="other", tight=D("2021-06-24"), outer=D("2021-06-24")),
  "levine_words_0624": C(type="statement", tight=D("2021-06-24"), outer=D("2021-06-24")),
  "search_paused_0703": C(type="other", tight=D("2021-07-03"), outer=D("2021-07-03")),
  "surfside_demolition_0704": C(type="other", tight=D("2021-07-04"), outer=D("2021-07-04")),
  "search_resumed_0705": C(type="other", tight=D("2021-07-05"), outer=D("2021-07-05")),
  "recovery_0707": C(type="other", tight=D("2021-07-07"), outer=D("2021-07-07")),
  "search_ended_0723": C(type="other", tight=D("2021-07-23"), outer=D("2021-07-23")),
  # Semeru: the eruption of 4 December 2021, the agency's words, Jokowi's visit and words (7th);
  # the eruption of 4 December 2022 and the alert raised
  "semeru_eruption_2021": C(type="other", tight=D("2021-12-04"), outer=D("2021-12-04")),
  "muhari_words_1205": C(type="statement", tight=D("2021-12-05"), outer=D("2021-12-04", "2021-12-05")),
  "jokowi_visit_1207": C(type="meeting", tight=D("2021-12-07"), outer=D("2021-12-07")),
  "jokowi_words_1207": C(type="statement", tight=D("2021-12-07"), outer=D("2021-12-07")),
  "semeru_eruption_2022": C(type="other", tight=D("2022-12-04"), outer=D("2022-12-04")),
  "semeru_alert_2022": C(type="other", tight=D("2022-12-04"), outer=D("2022-12-04")),
  # Kanjuruhan 2022: the match and the stampede (1 October), the league suspended (2nd), Malang's
  # police chief removed and nine officers suspended (3rd), the spokesman's words, six charged
  # (6th) and the police chief's words; Accra's stampede of 2001
  "arema_match_1001": C(type="other", tight=D("2022-10-01"), outer=D("2022-10-01")),
  "kanjuruhan_stampede_1001": C(type="other", tight=D("2022-10-01"), outer=D("2022-10-01")),
  "league_suspended_1002": C(type="other", tight=D("2022-10-02"), outer=D("2022-10-02")),
  "malang_chief_removed_1003": C(type="other", tight=D("2022-10-03"), outer=D("2022-10-03")),
  "officers_suspended_1003": C(type="other", tight=D("2022-10-03"), outer=D("2022-10-03")),
  "police_words_1003": C(type="statement", tight=D("2022-10-03"), outer=D("2022-10-03", "2022-10-04")),
  "six_charged_1006": C(type="other", tight=D("2022-10-06"), outer=D("2022-10-06")),
  "listyo_words_1006": C(type="statement", tight=D("2022-10-06"), outer=D("2022-10-06", "2022-10-07")),
  "accra_stampede_2001": C(type="other", tight=D("2001-05-09"), outer=D("2001-01-01", "2001-12-31")),
 },
 events=[
  # s1
  ("surfside_collapse_0624", "s1_surfside_0624", "انهار جزء من مبنى سكني من 12 طابقا في بلدة سيرفسايد قرب ميامي في ساعة مبكرة من صباح اليوم الخميس", 1, "other"),
  ("levine_words_0624", "s1_surfside_0624", "وقالت رئيسة بلدية مقاطعة ميامي ديد دانييلا ليفين كافا في مؤتمر صحفي", 1, "statement"),
  # s2
  ("surfside_demolition_0704", "s2_miami_0705", "هدمت السلطات الأميركية مساء أمس الأحد ما تبقى من المبنى السكني في سيرفسايد", 1, "other"),
  ("surfside_collapse_0624", "s2_miami_0705", "بعد عشرة أيام من انهيار جزء منه", 1, "other"),
  ("search_paused_0703", "s2_miami_0705", "وكانت السلطات قد علقت عمليات البحث بعد ظهر السبت", 1, "other"),
  ("surfside_demolition_0704", "s2_miami_0705", "لتحضير عملية الهدم", 1, "other"),
  ("search_resumed_0705", "s2_miami_0705", "ثم استأنفتها فجر اليوم", 1, "other"),
  ("surfside_collapse_0624", "s2_miami_0705", "انهيار مبنى \"شامبلين تاورز\" في 24 يونيو", 1, "other"),
  # s3
  ("search_ended_0723", "s3_miami_0724", "انتهاء البحث عن ناجين في ميامي", 1, "other"),
  ("search_ended_0723", "s3_miami_0724", "أنهت فرق الإنقاذ، أمس، عمليات البحث في موقع المبنى المنهار في سيرفسايد", 1, "other"),
  ("surfside_collapse_0624", "s3_miami_0724", "بعد شهر من انهياره", 1, "other"),
  ("recovery_0707", "s3_miami_0724", "وكانت السلطات قد حولت عمليات البحث عن ناجين إلى انتشال الجثث في السابع من يوليو", 1, "other"),
  ("surfside_collapse_0624", "s3_miami_0724", "وانهار المبنى المؤلف من 12 طابقا في 24 يونيو الماضي", 1, "other"),
  # m1
  ("semeru_eruption_2021", "m1_jakarta_1205", "ثار بركان سيميرو في جزيرة جاوة الإندونيسية بعد ظهر أمس السبت", 1, "other"),
  ("muhari_words_1205", "m1_jakarta_1205", "وقال المتحدث باسم الوكالة عبد المهاري", 1, "statement"),
  # m2
  ("jokowi_visit_1207", "m2_lumajang_1207", "زار الرئيس الإندونيسي جوكو ويدودو اليوم الثلاثاء القرى", 1, "meeting"),
  ("semeru_eruption_2021", "m2_lumajang_1207", "التي دمرها ثوران بركان سيميرو يوم السبت", 1, "other"),
  ("jokowi_words_1207", "m2_lumajang_1207", "وقال ويدودو للصحفيين", 1, "statement"),
  # m3
  ("semeru_eruption_2022", "m3_lumajang_1204", "ثار بركان سيميرو في شرق جاوة اليوم الأحد", 1, "other"),
  ("semeru_alert_2022", "m3_lumajang_1204", "ورفعت السلطات مستوى الإنذار إلى أقصى درجاته", 1, "other"),
  ("semeru_eruption_2022", "m3_lumajang_1204", "ويأتي الثوران", 1, "other"),
  ("semeru_eruption_2021", "m3_lumajang_1204", "ثوران الرابع من ديسمبر 2021 الذي أودى بحياة 51 شخصا", 1, "other"),
  # j1
  ("kanjuruhan_stampede_1001", "j1_malang_1002", "لقي 125 شخصا على الأقل حتفهم في تدافع بملعب لكرة القدم في إقليم جاوة الشرقية بإندونيسيا مساء أمس السبت", 1, "other"),
  ("kanjuruhan_stampede_1001", "j1_malang_1002", "ووقع التدافع في ملعب كانجوروهان", 1, "other"),
  ("arema_match_1001", "j1_malang_1002", "عقب خسارة فريق أريما أمام ضيفه بيرسيبايا سورابايا", 1, "other"),
  ("league_suspended_1002", "j1_malang_1002", "وأمر الرئيس جوكو ويدودو اليوم الأحد بتعليق مباريات الدوري", 1, "other"),
  # j2
  ("malang_chief_removed_1003", "j2_jakarta_1004", "أقالت الشرطة الإندونيسية أمس الاثنين قائد شرطة مدينة مالانج", 1, "other"),
  ("kanjuruhan_stampede_1001", "j2_jakarta_1004", "بعد كارثة ملعب كانجوروهان التي أودت ليل السبت بحياة 131 شخصا", 1, "other"),
  ("officers_suspended_1003", "j2_jakarta_1004", "كما أوقفت تسعة عناصر عن العمل", 1, "other"),
  ("police_words_1003", "j2_jakarta_1004", "وقال المتحدث باسم الشرطة الوطنية", 1, "statement"),
  ("league_suspended_1002", "j2_jakarta_1004", "وكان الرئيس جوكو ويدودو قد أمر الأحد بوقف الدوري", 1, "other"),
  # j3
  ("six_charged_1006", "j3_jakarta_1007", "اتهام ستة بكارثة الملعب الإندونيسي", 1, "other"),
  ("six_charged_1006", "j3_jakarta_1007", "وجهت الشرطة الإندونيسية، أمس، اتهامات إلى ستة أشخاص", 1, "other"),
  ("kanjuruhan_stampede_1001", "j3_jakarta_1007", "في التدافع الذي شهده ملعب كانجوروهان مطلع الشهر", 1, "other"),
  ("listyo_words_1006", "j3_jakarta_1007", "وقال قائد الشرطة الوطنية ليستيو سيجيت برابوو", 1, "statement"),
  ("accra_stampede_2001", "j3_jakarta_1007", "منذ تدافع ملعب أكرا في غانا عام 2001 الذي أودى بحياة 126 شخصا", 1, "other"),
 ],
 diff=[
  ("surfside_collapse_0624", "surfside_demolition_0704"),
  ("surfside_demolition_0704", "search_paused_0703"),
  ("search_paused_0703", "search_resumed_0705"),
  ("search_ended_0723", "recovery_0707"),
  ("semeru_eruption_2021", "semeru_eruption_2022"),
  ("semeru_eruption_2022", "semeru_alert_2022"),
  ("muhari_words_1205", "jokowi_words_1207"),
  ("kanjuruhan_stampede_1001", "accra_stampede_2001"),
  ("kanjuruhan_stampede_1001", "arema_match_1001"),
  ("malang_chief_removed_1003", "officers_suspended_1003"),
  ("six_charged_1006", "malang_chief_removed_1003"),
  ("league_suspended_1002", "malang_chief_removed_1003"),
 ],
 before=[
  ("surfside_collapse_0624", "search_paused_0703"),
  ("search_paused_0703", "surfside_demolition_0704"),
  ("surfside_demolition_0704", "search_resumed_0705"),
  ("search_resumed_0705", "recovery_0707"),
  ("recovery_0707", "search_ended_0723"),
  ("semeru_eruption_2021", "jokowi_visit_1207"),
  ("semeru_eruption_2021", "semeru_eruption_2022"),
  ("accra_stampede_2001", "kanjuruhan_stampede_1001"),
  ("kanjuruhan_stampede_1001", "league_suspended_1002"),
  ("league_suspended_1002", "malang_chief_removed_1003"),
  ("malang_chief_removed_1003", "six_charged_1006"),
 ],
)
