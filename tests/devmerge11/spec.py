"""Gold events for tests/devmerge11, part A (a development set; format as ../devmerge3/spec.py).

  clusters: cluster -> dict(type, tight, outer): the real date (tight) and what the texts
            still allow (outer).
  events rows: (cluster, doc, surface, occurrence, type): the clause carrying the trigger,
            or the reference (a definite noun, a statement's content) that names it.
  diff:   cluster pairs of one type that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts (phases of one day included).
Time expressions are not annotated here (``timex`` is empty): the set scores events only.
Part B (other stories, other outlets) is ``partb/spec.py``.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "p1_lima_1110": "2020-11-10T14:00:00-05:00",
 "p2_lima_1111": "2020-11-11",
 "p3_lima_1116": "2020-11-16T09:00:00-05:00",
 "p4_lima_1118": "2020-11-18",
 "k1_bishkek_1006": "2020-10-06T16:00:00+06:00",
 "k2_bishkek_1007": "2020-10-07",
 "k3_bishkek_1016": "2020-10-16",
 "r1_yerevan_0423": "2018-04-23T19:00:00+04:00",
 "r2_yerevan_0424": "2018-04-24",
 "r3_yerevan_0502": "2018-05-02",
 "r4_yerevan_0509": "2018-05-09",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Lima 2020: Congress removes Vizcarra (a failed vote of September before it), his words that
  # night, Merino's oath the next day and his speech, his resignation after two deaths, the
  # Congress's election of Sagasti and Sagasti's oath and speech; Vizcarra's accession of 2018
  # after Kuczynski's resignation
  "vizcarra_removed_1109": C(type="other", tight=D("2020-11-09"), outer=D("2020-11-09")),
  "vizcarra_words_1109": C(type="statement", tight=D("2020-11-09"), outer=D("2020-11-09")),
  "vizcarra_vote_0918": C(type="other", tight=D("2020-09-18"), outer=D("2020-09-01", "2020-09-30")),
  "merino_oath_1110": C(type="other", tight=D("2020-11-10"), outer=D("2020-11-10")),
  "merino_speech_1110": C(type="statement", tight=D("2020-11-10"), outer=D("2020-11-10", "2020-11-11")),
  "protester_deaths_1114": C(type="other", tight=D("2020-11-14"), outer=D("2020-11-14")),
  "merino_resigns_1115": C(type="other", tight=D("2020-11-15"), outer=D("2020-11-15")),
  "merino_address_1115": C(type="statement", tight=D("2020-11-15"), outer=D("2020-11-15")),
  "sagasti_elected_1116": C(type="other", tight=D("2020-11-16"), outer=D("2020-11-16")),
  "sagasti_oath_1117": C(type="other", tight=D("2020-11-17"), outer=D("2020-11-17")),
  "sagasti_speech_1117": C(type="statement", tight=D("2020-11-17"), outer=D("2020-11-17")),
  "vizcarra_accession_2018": C(type="other", tight=D("2018-03-23"), outer=D("2018-03-01", "2018-03-31")),
  "kuczynski_resigns_2018": C(type="other", tight=D("2018-03-21"), outer=D("2018-01-01", "2018-03-31")),
  # Bishkek 2020: the election of 4 October, the storming that night and the prisoners freed,
  # the commission's annulment, Jeenbekov's statement, the hotel sitting naming Japarov, Boronov's
  # resignation, the parliament's confirmation of 10 October, Jeenbekov's resignation and
  # Japarov's acting presidency; Bakiyev's ouster of 2010 and Jeenbekov's election of 2017
  "kg_election_1004": C(type="other", tight=D("2020-10-04"), outer=D("2020-10-04")),
  "kg_storming_1005": C(type="other", tight=D("2020-10-05", "2020-10-06"), outer=D("2020-10-05", "2020-10-06")),
  "atambayev_freed_1006": C(type="other", tight=D("2020-10-06"), outer=D("2020-10-05", "2020-10-06")),
  "japarov_freed_1006": C(type="other", tight=D("2020-10-06"), outer=D("2020-10-05", "2020-10-06")),
  "kg_annulment_1006": C(type="other", tight=D("2020-10-06"), outer=D("2020-10-06")),
  "jeenbekov_statement_1006": C(type="statement", tight=D("2020-10-06"), outer=D("2020-10-06")),
  "japarov_named_1006": C(type="other", tight=D("2020-10-06"), outer=D("2020-10-06")),
  "boronov_resigns_1006": C(type="other", tight=D("2020-10-06"), outer=D("2020-10-06")),
  "japarov_confirmed_1010": C(type="other", tight=D("2020-10-10"), outer=D("2020-10-10")),
  "jeenbekov_resigns_1015": C(type="other", tight=D("2020-10-15"), outer=D("2020-10-15")),
  "japarov_acting_1016": C(type="other", tight=D("2020-10-16"), outer=D("2020-10-16")),
  "bakiyev_ousted_2010": C(type="other", tight=D("2010-04-07"), outer=D("2010-01-01", "2010-12-31")),
  "jeenbekov_elected_2017": C(type="other", tight=D("2017-10-15"), outer=D("2017-10-01", "2017-10-31")),
  # Yerevan 2018: the parliament elects Sargsyan (17 April), Pashinyan's meeting with him and his
  # arrest (22 April), the resignation and its statement, Pashinyan's release and Karapetyan's
  # interim (23 April), the failed vote of 1 May and the election of 8 May
  "sargsyan_elected_0417": C(type="other", tight=D("2018-04-17"), outer=D("2018-04-17")),
  "sargsyan_pashinyan_meet_0422": C(type="meeting", tight=D("2018-04-22"), outer=D("2018-04-22")),
  "pashinyan_arrest_0422": C(type="other", tight=D("2018-04-22"), outer=D("2018-04-22")),
  "sargsyan_resigns_0423": C(type="other", tight=D("2018-04-23"), outer=D("2018-04-23")),
  "sargsyan_statement_0423": C(type="statement", tight=D("2018-04-23"), outer=D("2018-04-23")),
  "pashinyan_release_0423": C(type="other", tight=D("2018-04-23"), outer=D("2018-04-23")),
  "karapetyan_interim_0423": C(type="other", tight=D("2018-04-23"), outer=D("2018-04-23")),
  "failed_vote_0501": C(type="other", tight=D("2018-05-01"), outer=D("2018-05-01")),
  "pashinyan_elected_0508": C(type="other", tight=D("2018-05-08"), outer=D("2018-05-08")),
 },
 events=[
  # p1
  ("merino_oath_1110", "p1_lima_1110", "أدى رئيس الكونغرس البيروفي مانويل ميرينو اليمين الدستورية رئيسا للبلاد اليوم الثلاثاء", 1, "other"),
  ("vizcarra_removed_1109", "p1_lima_1110", "بعد يوم من تصويت البرلمان على عزل الرئيس مارتين فيزكارا", 1, "other"),
  ("vizcarra_removed_1109", "p1_lima_1110", "وصوت 105 نواب أمس الاثنين لصالح عزل فيزكارا", 1, "other"),
  ("vizcarra_words_1109", "p1_lima_1110", "وقال فيزكارا للصحفيين أمام القصر الرئاسي مساء أمس", 1, "statement"),
  ("vizcarra_vote_0918", "p1_lima_1110", "وكان فيزكارا قد نجا في سبتمبر الماضي من تصويت مماثل على عزله", 1, "other"),
  ("vizcarra_accession_2018", "p1_lima_1110", "وتولى فيزكارا الرئاسة في مارس آذار 2018", 1, "other"),
  ("kuczynski_resigns_2018", "p1_lima_1110", "بعد استقالة الرئيس بيدرو بابلو كوتشينسكي", 1, "other"),
  # p2
  ("merino_oath_1110", "p2_lima_1111", "أدى رئيس البرلمان البيروفي، أمس، اليمين رئيسا مؤقتا للبلاد", 1, "other"),
  ("vizcarra_removed_1109", "p2_lima_1111", "غداة عزل الرئيس مارتين فيزكارا", 1, "other"),
  ("vizcarra_removed_1109", "p2_lima_1111", "وكان الكونغرس قد صوت يوم الاثنين على إقالة الرئيس", 1, "other"),
  ("merino_speech_1110", "p2_lima_1111", "وتعهد الرئيس الجديد، في خطاب أمام النواب", 1, "statement"),
  # p3
  ("merino_resigns_1115", "p3_lima_1116", "أعلن الرئيس البيروفي المؤقت مانويل ميرينو استقالته أمس الأحد", 1, "other"),
  ("protester_deaths_1114", "p3_lima_1116", "إثر مقتل متظاهرين اثنين مساء السبت", 1, "other"),
  ("merino_address_1115", "p3_lima_1116", "وقال ميرينو في كلمة متلفزة", 1, "statement"),
  ("merino_oath_1110", "p3_lima_1116", "وأدى ميرينو اليمين يوم الثلاثاء الماضي", 1, "other"),
  ("vizcarra_removed_1109", "p3_lima_1116", "غداة عزل الكونغرس الرئيس مارتين فيزكارا في التاسع من نوفمبر", 1, "other"),
  ("sagasti_elected_1116", "p3_lima_1116", "ويجتمع الكونغرس اليوم الاثنين لاختيار رئيس جديد للبرلمان", 1, "other"),
  # p4
  ("sagasti_oath_1117", "p4_lima_1118", "أدى فرانسيسكو ساجاستى اليمين الدستورية أمس الثلاثاء رئيسا مؤقتا لبيرو", 1, "other"),
  ("sagasti_oath_1117", "p4_lima_1118", "وجاء تنصيب ساجاستى", 1, "other"),
  ("sagasti_elected_1116", "p4_lima_1118", "بعد أن انتخبه الكونغرس يوم الاثنين رئيسا للبرلمان", 1, "other"),
  ("merino_resigns_1115", "p4_lima_1118", "خلفا لمانويل ميرينو الذى استقال يوم الأحد", 1, "other"),
  ("sagasti_speech_1117", "p4_lima_1118", "وتعهد ساجاستى فى خطاب التنصيب", 1, "statement"),
  ("vizcarra_removed_1109", "p4_lima_1118", "منذ عزل الرئيس مارتين فيزكارا الأسبوع الماضى", 1, "other"),
  # k1
  ("kg_annulment_1006", "k1_bishkek_1006", "أعلنت اللجنة المركزية للانتخابات في قرغيزستان اليوم الثلاثاء إلغاء نتائج", 1, "other"),
  ("kg_election_1004", "k1_bishkek_1006", "الانتخابات البرلمانية التي جرت يوم الأحد", 1, "other"),
  ("kg_storming_1005", "k1_bishkek_1006", "بعد أن اقتحم محتجون مقر الحكومة والبرلمان الليلة الماضية", 1, "other"),
  ("atambayev_freed_1006", "k1_bishkek_1006", "وأطلق المحتجون سراح الرئيس السابق ألماز أتامباييف من السجن", 1, "other"),
  ("japarov_freed_1006", "k1_bishkek_1006", "كما أطلقوا سراح السياسي المعارض صدر جباروف", 1, "other"),
  ("jeenbekov_statement_1006", "k1_bishkek_1006", "ووصف الرئيس سورونباي جينبيكوف في بيان اليوم", 1, "statement"),
  ("bakiyev_ousted_2010", "k1_bishkek_1006", "الاحتجاجات التي أطاحت بالرئيس كرمان بك باكييف عام 2010", 1, "other"),
  # k2
  ("kg_annulment_1006", "k2_bishkek_1007", "إلغاء نتائج", 1, "other"),
  ("kg_annulment_1006", "k2_bishkek_1007", "ألغت لجنة الانتخابات في قرغيزستان، أمس، نتائج", 1, "other"),
  ("japarov_named_1006", "k2_bishkek_1007", "وعين البرلمان، في جلسة طارئة عقدت في فندق بالعاصمة، النائب صدر جباروف رئيسا للوزراء", 1, "other"),
  ("japarov_freed_1006", "k2_bishkek_1007", "بعد ساعات من إطلاق محتجين سراحه من السجن", 1, "other"),
  ("boronov_resigns_1006", "k2_bishkek_1007", "وأعلن رئيس الوزراء كوباتبيك بورونوف استقالته", 1, "other"),
  # k3
  ("jeenbekov_resigns_1015", "k3_bishkek_1016", "أعلن الرئيس القرغيزى سورونباى جينبيكوف أمس الخميس استقالته من منصبه", 1, "other"),
  ("kg_election_1004", "k3_bishkek_1016", "الانتخابات البرلمانية التى أجريت فى الرابع من أكتوبر", 1, "other"),
  ("kg_annulment_1006", "k3_bishkek_1016", "وكانت اللجنة المركزية للانتخابات قد قررت إلغاء نتائج", 1, "other"),
  ("japarov_confirmed_1010", "k3_bishkek_1016", "وكان البرلمان قد صادق فى العاشر من أكتوبر على تعيين صدر جباروف رئيسا للوزراء", 1, "other"),
  ("japarov_acting_1016", "k3_bishkek_1016", "وأعلن جباروف اليوم الجمعة توليه مهام رئيس الدولة بالإنابة", 1, "other"),
  ("jeenbekov_elected_2017", "k3_bishkek_1016", "وكان جينبيكوف قد انتخب رئيسا فى أكتوبر 2017", 1, "other"),
  # r1
  ("sargsyan_resigns_0423", "r1_yerevan_0423", "أعلن رئيس الوزراء الأرميني سيرج سركيسيان استقالته اليوم الاثنين", 1, "other"),
  ("sargsyan_statement_0423", "r1_yerevan_0423", "وكتب سركيسيان في بيان نشر على موقع الحكومة", 1, "statement"),
  ("pashinyan_release_0423", "r1_yerevan_0423", "وأفرجت السلطات اليوم عن زعيم المعارضة نيكول باشينيان", 1, "other"),
  ("pashinyan_arrest_0422", "r1_yerevan_0423", "الذي اعتقل أمس الأحد", 1, "other"),
  ("sargsyan_pashinyan_meet_0422", "r1_yerevan_0423", "بعد لقاء مع سركيسيان لم يدم سوى ثلاث دقائق", 1, "meeting"),
  ("sargsyan_elected_0417", "r1_yerevan_0423", "وكان البرلمان قد انتخب سركيسيان رئيسا للوزراء في 17 أبريل", 1, "other"),
  # r2
  ("sargsyan_resigns_0423", "r2_yerevan_0424", "رئيس وزراء أرمينيا يستقيل تحت ضغط الشارع", 1, "other"),
  ("sargsyan_resigns_0423", "r2_yerevan_0424", "قدم رئيس الوزراء الأرميني، أمس، استقالته من منصبه", 1, "other"),
  ("karapetyan_interim_0423", "r2_yerevan_0424", "وكلف النائب الأول لرئيس الوزراء كارين كارابيتيان بتسيير أعمال الحكومة", 1, "other"),
  ("pashinyan_release_0423", "r2_yerevan_0424", "بعد ساعات من الإفراج عن زعيم المعارضة", 1, "other"),
  # r3
  ("failed_vote_0501", "r3_yerevan_0502", "فشل البرلمان الأرميني، أمس (الثلاثاء)، في انتخاب زعيم الاحتجاجات نيكول باشينيان رئيسا للوزراء", 1, "other"),
  ("sargsyan_resigns_0423", "r3_yerevan_0502", "منذ استقالة سيرج سركيسيان في 23 أبريل (نيسان) الماضي", 1, "other"),
  ("pashinyan_elected_0508", "r3_yerevan_0502", "ومن المقرر أن يجري البرلمان تصويتا ثانيا في الثامن من مايو (أيار) الجاري", 1, "other"),
  # r4
  ("pashinyan_elected_0508", "r4_yerevan_0509", "انتخب البرلمان الأرمينى أمس الثلاثاء زعيم المعارضة نيكول باشينيان رئيسا للوزراء", 1, "other"),
  ("failed_vote_0501", "r4_yerevan_0509", "بعد أسبوع من فشله فى الحصول على الأغلبية", 1, "other"),
  ("sargsyan_resigns_0423", "r4_yerevan_0509", "وكان سركيسيان قد استقال الشهر الماضى", 1, "other"),
 ],
 diff=[
  ("vizcarra_removed_1109", "vizcarra_vote_0918"),
  ("merino_oath_1110", "sagasti_oath_1117"),
  ("merino_oath_1110", "vizcarra_accession_2018"),
  ("sagasti_oath_1117", "vizcarra_accession_2018"),
  ("merino_resigns_1115", "kuczynski_resigns_2018"),
  ("vizcarra_removed_1109", "merino_oath_1110"),
  ("sagasti_elected_1116", "sagasti_oath_1117"),
  ("merino_speech_1110", "sagasti_speech_1117"),
  ("merino_address_1115", "vizcarra_words_1109"),
  ("kg_election_1004", "kg_annulment_1006"),
  ("kg_election_1004", "jeenbekov_elected_2017"),
  ("atambayev_freed_1006", "japarov_freed_1006"),
  ("japarov_named_1006", "japarov_confirmed_1010"),
  ("boronov_resigns_1006", "jeenbekov_resigns_1015"),
  ("jeenbekov_resigns_1015", "bakiyev_ousted_2010"),
  ("kg_annulment_1006", "japarov_named_1006"),
  ("sargsyan_elected_0417", "pashinyan_elected_0508"),
  ("failed_vote_0501", "pashinyan_elected_0508"),
  ("pashinyan_arrest_0422", "pashinyan_release_0423"),
  ("sargsyan_resigns_0423", "karapetyan_interim_0423"),
  ("sargsyan_resigns_0423", "pashinyan_release_0423"),
 ],
 before=[
  ("vizcarra_vote_0918", "vizcarra_removed_1109"),
  ("vizcarra_removed_1109", "merino_oath_1110"),
  ("merino_oath_1110", "protester_deaths_1114"),
  ("protester_deaths_1114", "merino_resigns_1115"),
  ("merino_resigns_1115", "sagasti_elected_1116"),
  ("sagasti_elected_1116", "sagasti_oath_1117"),
  ("kuczynski_resigns_2018", "vizcarra_accession_2018"),
  ("kg_election_1004", "kg_annulment_1006"),
  ("kg_storming_1005", "kg_annulment_1006"),
  ("japarov_freed_1006", "japarov_named_1006"),
  ("japarov_named_1006", "japarov_confirmed_1010"),
  ("japarov_confirmed_1010", "jeenbekov_resigns_1015"),
  ("jeenbekov_resigns_1015", "japarov_acting_1016"),
  ("jeenbekov_elected_2017", "kg_election_1004"),
  ("sargsyan_elected_0417", "pashinyan_arrest_0422"),
  ("pashinyan_arrest_0422", "pashinyan_release_0423"),
  ("sargsyan_resigns_0423", "failed_vote_0501"),
  ("failed_vote_0501", "pashinyan_elected_0508"),
 ],
)
