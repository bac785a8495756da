"""Gold events for tests/devmerge9, part B (other stories, other outlets; format as ../spec.py).

Written and committed with part A, before any engine change of identity round 18: scored only at
the start and at the end of a round.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "v1_vladivostok_0425": "2019-04-25T18:00:00+03:00",
 "v2_vladivostok_0426": "2019-04-26",
 "v3_vladivostok_0427": "2019-04-27",
 "k1_kuwait_1211": "2016-12-11T14:00:00+03:00",
 "k2_kuwait_1212": "2016-12-12",
 "k3_kuwait_1213": "2016-12-13",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Vladivostok: Kim's arrival, the Putin-Kim summit, Putin's words after it, KCNA's report
  # the next day, Peskov's words ("موسكو ... على لسان بيسكوف") two days before, Kim's departure
  "kim_arrives_0424": C(type="other", tight=D("2019-04-24"), outer=D("2019-04-24")),
  "vladivostok_summit_0425": C(type="meeting", tight=D("2019-04-25"), outer=D("2019-04-25")),
  "putin_statement_0425": C(type="statement", tight=D("2019-04-25"), outer=D("2019-04-25")),
  "kcna_report_0426": C(type="statement", tight=D("2019-04-26"), outer=D("2019-04-26")),
  "peskov_statement_0423": C(type="statement", tight=D("2019-04-23"), outer=D("2019-04-23")),
  "kim_leaves_0426": C(type="other", tight=D("2019-04-26"), outer=D("2019-04-26")),
  # Kuwait: the Emir opens the session, the assembly elects al-Ghanim ("انتخب" / "فاز") and
  # al-Kandari, the government's oath (its head and ministers / "the government"); the cabinet's
  # weekly meeting the next day
  "assembly_opening_1211": C(type="meeting", tight=D("2016-12-11"), outer=D("2016-12-11")),
  "ghanim_elected_1211": C(type="other", tight=D("2016-12-11"), outer=D("2016-12-11")),
  "kandari_elected_1211": C(type="other", tight=D("2016-12-11"), outer=D("2016-12-11")),
  "government_oath_1211": C(type="other", tight=D("2016-12-11"), outer=D("2016-12-11")),
  "cabinet_meeting_1212": C(type="meeting", tight=D("2016-12-12"), outer=D("2016-12-12")),
 },
 events=[
  ("vladivostok_summit_0425", "v1_vladivostok_0425", "عقد الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون اليوم الخميس أول قمة بينهما", 1, "meeting"),
  ("kim_arrives_0424", "v1_vladivostok_0425", "وكان كيم قد وصل إلى فلاديفوستوك أمس الأربعاء", 1, "other"),
  ("putin_statement_0425", "v1_vladivostok_0425", "وقال بوتين في مؤتمر صحفي بعد المحادثات", 1, "statement"),
  ("peskov_statement_0423", "v1_vladivostok_0425", "وكان المتحدث باسم الكرملين دميتري بيسكوف قد قال يوم الثلاثاء", 1, "statement"),
  ("vladivostok_summit_0425", "v2_vladivostok_0426", "التقى الزعيم الكوري الشمالي كيم جونغ أون والرئيس الروسي فلاديمير بوتين أمس في فلاديفوستوك", 1, "meeting"),
  ("putin_statement_0425", "v2_vladivostok_0426", "وقال بوتين بعد القمة", 1, "statement"),
  ("kcna_report_0426", "v2_vladivostok_0426", "وذكرت وكالة الأنباء المركزية الكورية الشمالية اليوم", 1, "statement"),
  ("kim_leaves_0426", "v3_vladivostok_0427", "غادر الزعيم الكورى الشمالى كيم جونغ أون مدينة فلاديفوستوك الروسية أمس الجمعة", 1, "other"),
  ("vladivostok_summit_0425", "v3_vladivostok_0427", "بعد قمته مع الرئيس فلاديمير بوتين الخميس", 1, "meeting"),
  ("peskov_statement_0423", "v3_vladivostok_0427", "وكانت موسكو قد أعلنت الثلاثاء الماضى على لسان بيسكوف", 1, "statement"),
  ("assembly_opening_1211", "k1_kuwait_1211", "افتتح حضرة صاحب السمو أمير البلاد الشيخ صباح الأحمد الجابر الصباح اليوم الأحد دور الانعقاد العادي الأول", 1, "meeting"),
  ("ghanim_elected_1211", "k1_kuwait_1211", "وانتخب مجلس الأمة في جلسته الافتتاحية اليوم النائب مرزوق علي الغانم رئيسا للمجلس", 1, "other"),
  ("kandari_elected_1211", "k1_kuwait_1211", "كما انتخب المجلس النائب عيسى الكندري نائبا للرئيس", 1, "other"),
  ("government_oath_1211", "k1_kuwait_1211", "وأدى سمو رئيس مجلس الوزراء الشيخ جابر المبارك الحمد الصباح والوزراء اليمين الدستورية أمام المجلس", 1, "other"),
  ("ghanim_elected_1211", "k2_kuwait_1212", "فاز النائب مرزوق الغانم أمس برئاسة مجلس الأمة الكويتي لولاية ثانية", 1, "other"),
  ("assembly_opening_1211", "k2_kuwait_1212", "في الجلسة الافتتاحية التي افتتحها أمير الكويت الشيخ صباح الأحمد", 1, "meeting"),
  ("government_oath_1211", "k2_kuwait_1212", "وأدت الحكومة الكويتية الجديدة برئاسة الشيخ جابر المبارك اليمين الدستورية أمام المجلس في الجلسة نفسها", 1, "other"),
  ("cabinet_meeting_1212", "k3_kuwait_1213", "عقد مجلس الوزراء الكويتي أمس (الاثنين) اجتماعه الأسبوعي الأول برئاسة الشيخ جابر المبارك", 1, "meeting"),
  ("government_oath_1211", "k3_kuwait_1213", "غداة أداء الحكومة اليمين أمام مجلس الأمة", 1, "other"),
  ("ghanim_elected_1211", "k3_kuwait_1213", "وكان الغانم قد انتخب رئيسا للمجلس (الأحد)", 1, "other"),
 ],
 diff=[
  ("putin_statement_0425", "peskov_statement_0423"),
  ("putin_statement_0425", "kcna_report_0426"),
  ("kim_arrives_0424", "kim_leaves_0426"),
  ("ghanim_elected_1211", "kandari_elected_1211"),
  ("ghanim_elected_1211", "government_oath_1211"),
  ("kandari_elected_1211", "government_oath_1211"),
  ("assembly_opening_1211", "cabinet_meeting_1212"),
 ],
 before=[
  ("peskov_statement_0423", "vladivostok_summit_0425"),
  ("kim_arrives_0424", "vladivostok_summit_0425"),
  ("vladivostok_summit_0425", "kim_leaves_0426"),
  ("government_oath_1211", "cabinet_meeting_1212"),
  ("assembly_opening_1211", "cabinet_meeting_1212"),
 ],
)
