"""Gold events for tests/devmerge4, part A (a development set; format as ../devmerge3/spec.py).

  clusters: cluster -> dict(type, tight, outer): the real date (tight) and what the texts
            still allow (outer).
  events rows: (cluster, doc, surface, occurrence, type): the clause carrying the trigger,
            or the reference (a definite noun, a statement's content) that names it.
  diff:   cluster pairs of one type that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts (phases of one day included: a death
          before the funeral, the funeral before the burial, a vote before the oath).
Time expressions are not annotated here (``timex`` is empty): the set scores events only.
Part B (other stories, other outlets) is ``partb/spec.py``.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "a1_abdullah_0123": "2015-01-23T03:00:00+03:00",
 "a2_abdullah_0124": "2015-01-24",
 "a3_abdullah_0124": "2015-01-24",
 "a4_abdullah_0129": "2015-01-29",
 "b1_arafat_1111": "2004-11-11T12:00:00+02:00",
 "b2_arafat_1112": "2004-11-12",
 "b3_arafat_1113": "2004-11-13",
 "b4_abbas_0110": "2005-01-10T18:00:00+02:00",
 "c1_flydubai_0319": "2016-03-19T14:00:00+04:00",
 "c2_flydubai_0319": "2016-03-19T18:00:00+03:00",
 "c3_flydubai_0320": "2016-03-20",
 "d1_aoun_1031": "2016-10-31T16:00:00+02:00",
 "d2_aoun_1101": "2016-11-01",
 "d3_hariri_1104": "2016-11-04",
 "e1_kasasbeh_0203": "2015-02-03T22:00:00+02:00",
 "e2_kasasbeh_0204": "2015-02-04T09:00:00+02:00",
 "e3_kasasbeh_0205": "2015-02-05",
 "e4_kasasbeh_0206": "2015-02-06",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # King Abdullah of Saudi Arabia: death, funeral prayer, burial, allegiance (23 January 2015)
  "abdullah_death_0123": C(type="other", tight=D("2015-01-23"), outer=D("2015-01-23")),
  "royal_court_statement_0123": C(type="statement", tight=D("2015-01-23"), outer=D("2015-01-23")),
  "abdullah_funeral_0123": C(type="other", tight=D("2015-01-23"), outer=D("2015-01-23")),
  "abdullah_burial_0123": C(type="other", tight=D("2015-01-23"), outer=D("2015-01-23")),
  "salman_allegiance_0123": C(type="other", tight=D("2015-01-23"), outer=D("2015-01-23")),
  "egypt_mourning_0123": C(type="other", tight=D("2015-01-23"), outer=D("2015-01-23")),
  "jordan_mourning_0123": C(type="other", tight=D("2015-01-23"), outer=D("2015-01-23")),
  "abdullah_hospital_1231": C(type="other", tight=D("2014-12-31"), outer=D("2014-12-31")),
  "mbn_order_0123": C(type="other", tight=D("2015-01-23"), outer=D("2015-01-23")),
  # Arafat's death (11 November 2004), Cairo funeral and Ramallah burial (12th), Abbas elected
  "arafat_death_1111": C(type="other", tight=D("2004-11-11"), outer=D("2004-11-11")),
  "fattouh_oath_1111": C(type="other", tight=D("2004-11-11"), outer=D("2004-11-11")),
  "abbas_plo_1111": C(type="other", tight=D("2004-11-11"), outer=D("2004-11-11")),
  "arafat_body_cairo_1111": C(type="other", tight=D("2004-11-11"), outer=D("2004-11-11")),
  "arafat_funeral_1112": C(type="other", tight=D("2004-11-12"), outer=D("2004-11-12")),
  "arafat_burial_1112": C(type="other", tight=D("2004-11-12"), outer=D("2004-11-12")),
  "arafat_body_transfer_1112": C(type="other", tight=D("2004-11-12"), outer=D("2004-11-12")),
  "pa_election_0109": C(type="other", tight=D("2005-01-09"), outer=D("2005-01-09")),
  "pa_results_0110": C(type="other", tight=D("2005-01-10"), outer=D("2005-01-10")),
  # The flydubai crash at Rostov-on-Don (19 March 2016) and the black boxes found that day
  "rostov_crash_0319": C(type="other", tight=D("2016-03-19"), outer=D("2016-03-19")),
  "flydubai_statement_0319": C(type="statement", tight=D("2016-03-19"), outer=D("2016-03-19")),
  "rostov_boxes_0319": C(type="other", tight=D("2016-03-19"), outer=D("2016-03-19")),
  "russia_emergencies_0319": C(type="statement", tight=D("2016-03-19"), outer=D("2016-03-19")),
  "putin_condolences_0319": C(type="statement", tight=D("2016-03-19"), outer=D("2016-03-19")),
  "sinai_crash_1031": C(type="other", tight=D("2015-10-31"), outer=D("2015-10-31")),
  "mbr_directive_0319": C(type="other", tight=D("2016-03-19"), outer=D("2016-03-19")),
  # Michel Aoun elected and sworn in (31 October 2016), Hariri designated (3 November)
  "aoun_first_round_1031": C(type="other", tight=D("2016-10-31"), outer=D("2016-10-31")),
  "aoun_elected_1031": C(type="other", tight=D("2016-10-31"), outer=D("2016-10-31")),
  "aoun_oath_1031": C(type="other", tight=D("2016-10-31"), outer=D("2016-10-31")),
  "aoun_speech_1031": C(type="statement", tight=D("2016-10-31"), outer=D("2016-10-31")),
  "aoun_baabda_1031": C(type="other", tight=D("2016-10-31"), outer=D("2016-10-31")),
  "sisi_aoun_call_1031": C(type="call", tight=D("2016-10-31"), outer=D("2016-10-31")),
  "hariri_endorsement_1020": C(type="statement", tight=D("2016-10-20"), outer=D("2016-10-20")),
  "hariri_designated_1103": C(type="other", tight=D("2016-11-03"), outer=D("2016-11-03")),
  # The Jordanian pilot Moaz al-Kasasbeh: captured, killed, the army's statement, the executions
  # at dawn the next day, the air strikes of the day after
  "kasasbeh_captured_1224": C(type="capture", tight=D("2014-12-24"), outer=D("2014-12-24")),
  "kasasbeh_killed_0103": C(type="other", tight=D("2015-01-03"), outer=D("2015-01-03", "2015-02-03")),
  "army_statement_0203": C(type="statement", tight=D("2015-02-03"), outer=D("2015-02-03")),
  "isis_video_0203": C(type="other", tight=D("2015-02-03"), outer=D("2015-02-03")),
  "rishawi_executed_0204": C(type="other", tight=D("2015-02-04"), outer=D("2015-02-04")),
  "momani_statement_0204": C(type="statement", tight=D("2015-02-04"), outer=D("2015-02-04")),
  "king_return_0204": C(type="other", tight=D("2015-02-04"), outer=D("2015-02-04")),
  "policy_council_0204": C(type="meeting", tight=D("2015-02-04"), outer=D("2015-02-04")),
  "uae_condemnation_0204": C(type="statement", tight=D("2015-02-04"), outer=D("2015-02-03", "2015-02-04")),
  "egypt_condemnation_0204": C(type="statement", tight=D("2015-02-04"), outer=D("2015-02-03", "2015-02-04")),
  "jordan_strikes_0205": C(type="strike", tight=D("2015-02-05"), outer=D("2015-02-05")),
  "king_karak_0205": C(type="other", tight=D("2015-02-05"), outer=D("2015-02-05")),
 },
 events=[
  # a1
  ("royal_court_statement_0123", "a1_abdullah_0123", "صدر عن الديوان الملكي البيان التالي", 1, "statement"),
  ("abdullah_death_0123", "a1_abdullah_0123", "انتقل إلى رحمة الله تعالى خادم الحرمين الشريفين", 1, "other"),
  ("abdullah_funeral_0123", "a1_abdullah_0123", "وسيصلى على الفقيد بإذن الله تعالى بعد صلاة العصر اليوم", 1, "other"),
  # a2
  ("abdullah_funeral_0123", "a2_abdullah_0124", "شيّع آلاف السعوديين أمس الجمعة جثمان العاهل السعودى", 1, "other"),
  ("abdullah_death_0123", "a2_abdullah_0124", "الذى توفى فجر أمس", 1, "other"),
  ("abdullah_funeral_0123", "a2_abdullah_0124", "أدى المصلون صلاة الجنازة عليه", 1, "other"),
  ("abdullah_burial_0123", "a2_abdullah_0124", "ووُرى جثمان الفقيد الثرى فى مقبرة العود", 1, "other"),
  ("egypt_mourning_0123", "a2_abdullah_0124", "وكانت رئاسة الجمهورية قد أعلنت الحداد العام فى مصر", 1, "other"),
  ("jordan_mourning_0123", "a2_abdullah_0124", "كما أعلن الديوان الملكى الأردنى الحداد", 1, "other"),
  ("salman_allegiance_0123", "a2_abdullah_0124", "وبايع السعوديون مساء أمس الملك سلمان", 1, "other"),
  # a3
  ("abdullah_death_0123", "a3_abdullah_0124", "الذي رحل فجر الجمعة", 1, "other"),
  ("abdullah_burial_0123", "a3_abdullah_0124", "ودُفن في مقبرة العود بالرياض", 1, "other"),
  ("abdullah_hospital_1231", "a3_abdullah_0124", "أُدخل المستشفى في 31 ديسمبر الماضي", 1, "other"),
  ("mbn_order_0123", "a3_abdullah_0124", "أمرا ملكيا بتعيين الأمير محمد بن نايف", 1, "other"),
  # a4
  ("abdullah_funeral_0123", "a4_abdullah_0129", "صلى آلاف المشيعين على الملك عبدالله", 1, "other"),
  ("abdullah_burial_0123", "a4_abdullah_0129", "حيث دُفن إلى جانب أسلافه", 1, "other"),
  ("salman_allegiance_0123", "a4_abdullah_0129", "بايع المواطنون الملك سلمان بن عبدالعزيز", 1, "other"),
  ("abdullah_death_0123", "a4_abdullah_0129", "وكان الديوان الملكي قد أعلن وفاة الملك فجر الجمعة", 1, "other"),
  # b1
  ("arafat_death_1111", "b1_arafat_1111", "أعلنت القيادة الفلسطينية، فجر اليوم الخميس، وفاة الرئيس ياسر عرفات في مستشفى بيرسي", 1, "other"),
  ("fattouh_oath_1111", "b1_arafat_1111", "وأدى رئيس المجلس التشريعي روحي فتوح اليمين الدستورية", 1, "other"),
  ("abbas_plo_1111", "b1_arafat_1111", "وانتخبت اللجنة التنفيذية لمنظمة التحرير الفلسطينية محمود عباس", 1, "other"),
  # b2
  ("arafat_funeral_1112", "b2_arafat_1112", "تشهد القاهرة اليوم الجمعة جنازة عسكرية رسمية", 1, "other"),
  ("arafat_death_1111", "b2_arafat_1112", "الذى توفى فجر أمس فى باريس", 1, "other"),
  ("arafat_body_cairo_1111", "b2_arafat_1112", "ووصل جثمان عرفات مساء أمس إلى مطار القاهرة", 1, "other"),
  ("arafat_burial_1112", "b2_arafat_1112", "حيث يوارى الثرى فى مقر المقاطعة", 1, "other"),
  # b3
  ("arafat_burial_1112", "b3_arafat_1113", "ووري الرئيس الفلسطيني ياسر عرفات الثرى، بعد ظهر أمس", 1, "other"),
  ("arafat_body_transfer_1112", "b3_arafat_1113", "وكانت مروحيتان مصريتان نقلتا الجثمان من مطار العريش", 1, "other"),
  ("arafat_funeral_1112", "b3_arafat_1113", "بعد الجنازة العسكرية التي أقيمت له صباح أمس في القاهرة", 1, "other"),
  ("arafat_death_1111", "b3_arafat_1113", "وتوفي عرفات فجر الخميس", 1, "other"),
  # b4
  ("pa_results_0110", "b4_abbas_0110", "أعلنت لجنة الانتخابات المركزية الفلسطينية، اليوم الاثنين، فوز محمود عباس", 1, "other"),
  ("pa_election_0109", "b4_abbas_0110", "في انتخابات أمس الأحد", 1, "other"),
  ("arafat_death_1111", "b4_abbas_0110", "الذي توفي في 11 نوفمبر الماضي", 1, "other"),
  ("abbas_plo_1111", "b4_abbas_0110", "وكان قد انتُخب رئيسا للجنة التنفيذية لمنظمة التحرير في اليوم نفسه", 1, "other"),
  # c1
  ("rostov_crash_0319", "c1_flydubai_0319", "أعلنت شركة فلاي دبي، اليوم، تحطم طائرتها من طراز بوينغ 737-800", 1, "other"),
  ("flydubai_statement_0319", "c1_flydubai_0319", "وقال غيث الغيث الرئيس التنفيذي للشركة في مؤتمر صحفي بدبي", 1, "statement"),
  # c2
  ("rostov_boxes_0319", "c2_flydubai_0319", "أعلنت لجنة التحقيق الروسية، اليوم السبت، العثور على الصندوقين الأسودين للطائرة الإماراتية", 1, "other"),
  ("rostov_crash_0319", "c2_flydubai_0319", "التي تحطمت فجر اليوم في روستوف أون دون", 1, "other"),
  ("russia_emergencies_0319", "c2_flydubai_0319", "وقالت وزارة الطوارئ الروسية", 1, "statement"),
  ("rostov_crash_0319", "c2_flydubai_0319", "إن الطائرة سقطت على مدرج المطار", 1, "other"),
  ("putin_condolences_0319", "c2_flydubai_0319", "وقدم الرئيس فلاديمير بوتين تعازيه لأسر الضحايا", 1, "statement"),
  # c3
  ("rostov_crash_0319", "c3_flydubai_0320", "لقي 62 شخصا حتفهم أمس السبت في تحطم طائرة ركاب", 1, "other"),
  ("sinai_crash_1031", "c3_flydubai_0320", "بعد سقوط طائرة ركاب روسية في سيناء في 31 أكتوبر الماضي", 1, "other"),
  ("mbr_directive_0319", "c3_flydubai_0320", "ووجّه صاحب السمو الشيخ محمد بن راشد آل مكتوم، أمس، بتقديم كل الدعم", 1, "other"),
  ("rostov_boxes_0319", "c3_flydubai_0320", "وعثر المحققون على الصندوقين الأسودين", 1, "other"),
  # d1
  ("aoun_elected_1031", "d1_aoun_1031", "انتخب مجلس النواب، اليوم، العماد ميشال عون رئيسا للجمهورية", 1, "other"),
  ("aoun_first_round_1031", "d1_aoun_1031", "بعد دورة أولى نال فيها 84 صوتا", 1, "other"),
  ("aoun_oath_1031", "d1_aoun_1031", "وأقسم الرئيس عون اليمين الدستورية أمام المجلس", 1, "other"),
  ("aoun_speech_1031", "d1_aoun_1031", "ثم ألقى خطاب القسم", 1, "statement"),
  ("aoun_baabda_1031", "d1_aoun_1031", "وتوجه بعد ذلك إلى القصر الجمهوري في بعبدا", 1, "other"),
  # d2
  ("aoun_elected_1031", "d2_aoun_1101", "انتخب البرلمان اللبنانى، أمس الاثنين، العماد ميشال عون", 1, "other"),
  ("aoun_elected_1031", "d2_aoun_1101", "وحصل عون على 83 صوتا فى الدورة الثانية", 1, "other"),
  ("sisi_aoun_call_1031", "d2_aoun_1101", "وهنأ الرئيس عبد الفتاح السيسى، فى اتصال هاتفى أمس", 1, "call"),
  ("hariri_endorsement_1020", "d2_aoun_1101", "قد أعلن فى 20 أكتوبر الماضى تأييده ترشيح عون", 1, "statement"),
  # d3
  ("hariri_designated_1103", "d3_hariri_1104", "كلف الرئيس اللبناني ميشال عون، أمس الخميس، سعد الحريري تشكيل الحكومة", 1, "other"),
  ("hariri_designated_1103", "d3_hariri_1104", "ويأتي التكليف", 1, "other"),
  ("aoun_elected_1031", "d3_hariri_1104", "انتخاب عون رئيسا للبلاد", 1, "other"),
  ("aoun_oath_1031", "d3_hariri_1104", "وأدائه اليمين الدستورية أمام البرلمان", 1, "other"),
  # e1
  ("kasasbeh_killed_0103", "e1_kasasbeh_0203", "أعلن الناطق الرسمي باسم القيادة العامة للقوات المسلحة، مساء اليوم الثلاثاء، استشهاد الطيار الملازم أول معاذ الكساسبة", 1, "other"),
  ("kasasbeh_captured_1224", "e1_kasasbeh_0203", "الذي أسره تنظيم داعش الإرهابي في 24 كانون الأول الماضي", 1, "capture"),
  ("army_statement_0203", "e1_kasasbeh_0203", "وأكد الناطق", 1, "statement"),
  ("kasasbeh_killed_0103", "e1_kasasbeh_0203", "أن الطيار اغتيل في الثالث من كانون الثاني الماضي", 1, "other"),
  # e2
  ("rishawi_executed_0204", "e2_kasasbeh_0204", "أعدم الأردن فجر اليوم الأربعاء العراقية ساجدة الريشاوي", 1, "other"),
  ("isis_video_0203", "e2_kasasbeh_0204", "بعد ساعات من بث تنظيم الدولة الإسلامية شريطا", 1, "other"),
  ("kasasbeh_killed_0103", "e2_kasasbeh_0204", "يظهر إعدام الطيار الأردني معاذ الكساسبة حرقا", 1, "other"),
  ("momani_statement_0204", "e2_kasasbeh_0204", "وقال المتحدث باسم الحكومة محمد المومني", 1, "statement"),
  ("rishawi_executed_0204", "e2_kasasbeh_0204", "إن حكم الإعدام نُفذ في سجن سواقة", 1, "other"),
  # e3
  ("rishawi_executed_0204", "e3_kasasbeh_0205", "نفذت السلطات الأردنية، فجر أمس الأربعاء، حكم الإعدام", 1, "other"),
  ("kasasbeh_killed_0103", "e3_kasasbeh_0205", "ردا على قتل الطيار معاذ الكساسبة", 1, "other"),
  ("king_return_0204", "e3_kasasbeh_0205", "وعاد العاهل الأردني الملك عبدالله الثاني إلى عمّان مساء أمس", 1, "other"),
  ("policy_council_0204", "e3_kasasbeh_0205", "وترأس اجتماعا لمجلس السياسات الوطني", 1, "meeting"),
  ("uae_condemnation_0204", "e3_kasasbeh_0205", "وأدانت دولة الإمارات، في بيان لوزارة الخارجية", 1, "statement"),
  ("egypt_condemnation_0204", "e3_kasasbeh_0205", "فيما أدانت مصر اغتيال الطيار الأردني", 1, "statement"),
  # e4
  ("jordan_strikes_0205", "e4_kasasbeh_0206", "شنت طائرات سلاح الجو الملكي الأردني، أمس الخميس، عشرات الغارات", 1, "strike"),
  ("kasasbeh_killed_0103", "e4_kasasbeh_0206", "على إعدام الطيار معاذ الكساسبة", 1, "other"),
  ("king_karak_0205", "e4_kasasbeh_0206", "حيث كان الملك عبدالله الثاني يقدم التعازي لعائلته", 1, "other"),
  ("rishawi_executed_0204", "e4_kasasbeh_0206", "وكان الأردن قد أعدم، الأربعاء، ساجدة الريشاوي", 1, "other"),
 ],
 diff=[
  ("abdullah_funeral_0123", "abdullah_burial_0123"),
  ("abdullah_death_0123", "abdullah_burial_0123"),
  ("abdullah_death_0123", "mbn_order_0123"),
  ("salman_allegiance_0123", "mbn_order_0123"),
  ("egypt_mourning_0123", "jordan_mourning_0123"),
  ("arafat_funeral_1112", "arafat_burial_1112"),
  ("arafat_death_1111", "fattouh_oath_1111"),
  ("abbas_plo_1111", "pa_election_0109"),
  ("arafat_body_cairo_1111", "arafat_body_transfer_1112"),
  ("rostov_crash_0319", "sinai_crash_1031"),
  ("rostov_crash_0319", "rostov_boxes_0319"),
  ("flydubai_statement_0319", "russia_emergencies_0319"),
  ("russia_emergencies_0319", "putin_condolences_0319"),
  ("aoun_first_round_1031", "aoun_elected_1031"),
  ("aoun_elected_1031", "aoun_oath_1031"),
  ("aoun_elected_1031", "hariri_designated_1103"),
  ("kasasbeh_killed_0103", "rishawi_executed_0204"),
  ("uae_condemnation_0204", "egypt_condemnation_0204"),
  ("army_statement_0203", "momani_statement_0204"),
  ("king_return_0204", "king_karak_0205"),
 ],
 before=[
  ("abdullah_hospital_1231", "abdullah_death_0123"),
  ("abdullah_death_0123", "abdullah_funeral_0123"),
  ("abdullah_funeral_0123", "abdullah_burial_0123"),
  ("arafat_death_1111", "fattouh_oath_1111"),
  ("arafat_body_cairo_1111", "arafat_funeral_1112"),
  ("arafat_funeral_1112", "arafat_burial_1112"),
  ("abbas_plo_1111", "pa_election_0109"),
  ("pa_election_0109", "pa_results_0110"),
  ("sinai_crash_1031", "rostov_crash_0319"),
  ("rostov_crash_0319", "rostov_boxes_0319"),
  ("hariri_endorsement_1020", "aoun_elected_1031"),
  ("aoun_first_round_1031", "aoun_elected_1031"),
  ("aoun_elected_1031", "aoun_oath_1031"),
  ("aoun_oath_1031", "aoun_speech_1031"),
  ("aoun_oath_1031", "hariri_designated_1103"),
  ("kasasbeh_captured_1224", "kasasbeh_killed_0103"),
  ("kasasbeh_killed_0103", "army_statement_0203"),
  ("army_statement_0203", "rishawi_executed_0204"),
  ("rishawi_executed_0204", "jordan_strikes_0205"),
 ],
)
