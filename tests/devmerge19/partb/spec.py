"""Gold events for tests/devmerge19, part B (other stories, other outlets; format as spec.py of
part A): scored at the round's start and end only, its misses not read in between."""
from gold_sets import span

D = span

PUBLISHED = {
 "n1_washington_1001": "2025-10-01T17:00:00-04:00",
 "n2_abudhabi_1002": "2025-10-02",
 "n3_london_1008": "2025-10-08",
 "u1_paramaribo_0706": "2025-07-06T15:00:00-03:00",
 "u2_dubai_0707": "2025-07-07",
 "u3_paris_0717": "2025-07-17",
 "a1_vienna_0303": "2025-03-03T12:00:00+01:00",
 "a2_riyadh_0304": "2025-03-04",
 "a3_beirut_0305": "2025-03-05",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Jane Goodall dies in California (1 October 2025); her institute's and Guterres's words; her
  # study of the chimpanzees of Gombe begun (1960)
  "goodall_death_1001": C(type="other", tight=D("2025-10-01"), outer=D("2025-10-01")),
  "institute_words_1001": C(type="statement", tight=D("2025-10-01"), outer=D("2025-10-01")),
  "guterres_words_1001": C(type="statement", tight=D("2025-10-01", "2025-10-02"), outer=D("2025-10-01", "2025-10-02")),
  "gombe_1960": C(type="other", tight=D("1960-01-01", "1960-12-31"), outer=D("1960-01-01", "1960-12-31")),
  # Jennifer Geerlings-Simons elected Suriname's president by the National Assembly (6 July
  # 2025), her words; the elections (25 May); her oath (16 July)
  "simons_elected_0706": C(type="other", tight=D("2025-07-06"), outer=D("2025-07-06")),
  "simons_words_0706": C(type="statement", tight=D("2025-07-06"), outer=D("2025-07-06")),
  "suriname_elections_0525": C(type="other", tight=D("2025-05-25"), outer=D("2025-05-25")),
  "simons_oath_0716": C(type="other", tight=D("2025-07-16"), outer=D("2025-07-16")),
  # Christian Stocker sworn in as Austria's chancellor (3 March 2025), his words; NEOS's members
  # approve the coalition (2 March); the agreement announced (27 February); Nehammer resigns
  # (4 January)
  "stocker_oath_0303": C(type="other", tight=D("2025-03-03"), outer=D("2025-03-03")),
  "stocker_words_0303": C(type="statement", tight=D("2025-03-03"), outer=D("2025-03-03")),
  "neos_approve_0302": C(type="other", tight=D("2025-03-02"), outer=D("2025-03-02")),
  "coalition_deal_0227": C(type="other", tight=D("2025-02-27"), outer=D("2025-02-27")),
  "nehammer_resign_0104": C(type="other", tight=D("2025-01-04"), outer=D("2025-01-04")),
 },
 events=[
  # n1
  ("goodall_death_1001", "n1_washington_1001", "توفيت عالمة الرئيسيات البريطانية جين غودال اليوم الأربعاء", 1, "other"),
  ("gombe_1960", "n1_washington_1001", "وكانت غودال قد بدأت دراسة قردة الشمبانزي في غابة غومبي في تنزانيا عام 1960", 1, "other"),
  ("institute_words_1001", "n1_washington_1001", "وقال المعهد في بيان", 1, "statement"),
  # n2
  ("goodall_death_1001", "n2_abudhabi_1002", "رحيل «صديقة الشمبانزي»", 1, "other"),
  ("goodall_death_1001", "n2_abudhabi_1002", "غيّب الموت، أمس، العالمة البريطانية غودال", 1, "other"),
  ("guterres_words_1001", "n2_abudhabi_1002", "ونعاها الأمين العام للأمم المتحدة أنطونيو غوتيريش، وقال", 1, "statement"),
  # n3
  ("goodall_death_1001", "n3_london_1008", "بعد أسبوع على رحيل جين غودال في الأول من أكتوبر", 1, "other"),
  ("gombe_1960", "n3_london_1008", "منذ وصولها إلى غومبي عام 1960", 1, "other"),
  # u1
  ("simons_elected_0706", "u1_paramaribo_0706", "انتخبت الجمعية الوطنية في سورينام اليوم الأحد الطبيبة جينيفر غيرلينغز سيمونز رئيسة للبلاد", 1, "other"),
  ("suriname_elections_0525", "u1_paramaribo_0706", "الانتخابات التشريعية التي جرت في 25 مايو", 1, "other"),
  ("simons_words_0706", "u1_paramaribo_0706", "وقالت سيمونز أمام النواب", 1, "statement"),
  # u2
  ("simons_elected_0706", "u2_dubai_0707", "أول رئيسة لسورينام", 1, "other"),
  ("simons_elected_0706", "u2_dubai_0707", "انتخب برلمان سورينام، أمس الأحد، رئيسة الجمعية الوطنية جينيفر سيمونز رئيسة للبلاد", 1, "other"),
  ("simons_words_0706", "u2_dubai_0707", "وقالت الرئيسة المنتخبة", 1, "statement"),
  # u3
  ("simons_oath_0716", "u3_paris_0717", "أدت جينيفر سيمونز، أمس الأربعاء، اليمين رئيسة لسورينام", 1, "other"),
  ("simons_elected_0706", "u3_paris_0717", "بعد انتخابها في السادس من يوليو", 1, "other"),
  # a1
  ("stocker_oath_0303", "a1_vienna_0303", "أدى المحافظ كريستيان شتوكر اليوم الاثنين اليمين مستشارا للنمسا", 1, "other"),
  ("neos_approve_0302", "a1_vienna_0303", "وافق أعضاء حزب نيوس الليبرالي أمس الأحد على اتفاق الائتلاف", 1, "other"),
  ("nehammer_resign_0104", "a1_vienna_0303", "وكان المستشار السابق كارل نيهامر قد استقال في الرابع من يناير", 1, "other"),
  ("stocker_words_0303", "a1_vienna_0303", "وقال شتوكر بعد أداء اليمين", 1, "statement"),
  # a2
  ("stocker_oath_0303", "a2_riyadh_0304", "أدى المستشار النمساوي الجديد، أمس، اليمين الدستورية في فيينا", 1, "other"),
  ("stocker_words_0303", "a2_riyadh_0304", "وقال المستشار الجديد", 1, "statement"),
  # a3
  ("stocker_oath_0303", "a3_beirut_0305", "شتوكر مستشارا", 1, "other"),
  ("stocker_oath_0303", "a3_beirut_0305", "تسلم كريستيان شتوكر، الاثنين، مهامه مستشارا للنمسا", 1, "other"),
  ("coalition_deal_0227", "a3_beirut_0305", "إعلان الأحزاب الثلاثة اتفاقها في 27 فبراير", 1, "other"),
 ],
 diff=[
  ("institute_words_1001", "guterres_words_1001"),
  ("simons_elected_0706", "simons_oath_0716"),
  ("simons_elected_0706", "suriname_elections_0525"),
  ("stocker_oath_0303", "neos_approve_0302"),
  ("stocker_oath_0303", "nehammer_resign_0104"),
  ("neos_approve_0302", "coalition_deal_0227"),
 ],
 before=[
  ("gombe_1960", "goodall_death_1001"),
  ("suriname_elections_0525", "simons_elected_0706"),
  ("simons_elected_0706", "simons_oath_0716"),
  ("nehammer_resign_0104", "coalition_deal_0227"),
  ("coalition_deal_0227", "neos_approve_0302"),
  ("neos_approve_0302", "stocker_oath_0303"),
 ],
)
