"""Gold events for tests/devmerge12, part A (a development set; format as ../devmerge3/spec.py).

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
 "g1_banjul_1202": "2016-12-02T17:00:00+00:00",
 "g2_banjul_1203": "2016-12-03",
 "g3_banjul_1210": "2016-12-10T10:00:00+00:00",
 "g4_dakar_0120": "2017-01-20",
 "a1_antananarivo_1228": "2018-12-27T16:00:00+03:00",
 "a2_antananarivo_0109": "2019-01-09",
 "a3_antananarivo_0120": "2019-01-20T09:00:00+03:00",
 "d1_chisinau_1102": "2020-11-02T11:00:00+02:00",
 "d2_chisinau_1116": "2020-11-16T10:00:00+02:00",
 "d3_chisinau_1117": "2020-11-17",
 "d4_chisinau_1225": "2020-12-25",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Banjul 2016-17: the election of 1 December, the commission's result, Jammeh's call and
  # concession the next evening, his rejection a week later, the ECOWAS visit announced; in
  # January the Bamako summit, Sall receiving Barrow in Dakar, the parliament's extension, the
  # oath in the embassy, the Security Council's vote and the troops; the coup of 1994 and the
  # election of 2011
  "gm_election_1201": C(type="other", tight=D("2016-12-01"), outer=D("2016-12-01")),
  "gm_result_1202": C(type="other", tight=D("2016-12-02"), outer=D("2016-12-01", "2016-12-02")),
  "jammeh_call_1202": C(type="call", tight=D("2016-12-02"), outer=D("2016-12-02")),
  "jammeh_concedes_1202": C(type="statement", tight=D("2016-12-02"), outer=D("2016-12-02")),
  "barrow_words_1202": C(type="statement", tight=D("2016-12-02"), outer=D("2016-12-02", "2016-12-03")),
  "jammeh_rejects_1209": C(type="statement", tight=D("2016-12-09"), outer=D("2016-12-09")),
  "ecowas_visit_1213": C(type="meeting", tight=D("2016-12-13"), outer=D("2016-12-13")),
  "bamako_summit_0114": C(type="meeting", tight=D("2017-01-14"), outer=D("2017-01-14")),
  "sall_receives_barrow_0115": C(type="meeting", tight=D("2017-01-15"), outer=D("2017-01-15")),
  "gm_extension_0118": C(type="other", tight=D("2017-01-18"), outer=D("2017-01-18")),
  "barrow_oath_0119": C(type="other", tight=D("2017-01-19"), outer=D("2017-01-19")),
  "unsc_vote_0119": C(type="other", tight=D("2017-01-19"), outer=D("2017-01-19")),
  "senegal_troops_0119": C(type="other", tight=D("2017-01-19"), outer=D("2017-01-19")),
  "jammeh_coup_1994": C(type="other", tight=D("1994-07-22"), outer=D("1994-01-01", "1994-12-31")),
  "gm_election_2011": C(type="other", tight=D("2011-11-24"), outer=D("2011-01-01", "2011-12-31")),
  # Antananarivo 2018-19: the first round of 7 November, the runoff of 19 December, the
  # commission's result of 27 December, Ravalomanana's challenge announced, the court's ruling of
  # 8 January, the oath of 19 January; the ouster of 2009, the resignation of September 2018,
  # Ravalomanana's oath of 2002
  "mg_round1_1107": C(type="other", tight=D("2018-11-07"), outer=D("2018-11-07")),
  "mg_runoff_1219": C(type="other", tight=D("2018-12-19"), outer=D("2018-12-19")),
  "mg_result_1227": C(type="other", tight=D("2018-12-27"), outer=D("2018-12-27")),
  "ravalomanana_challenge_1227": C(type="statement", tight=D("2018-12-27"), outer=D("2018-12-27")),
  "mg_court_0108": C(type="other", tight=D("2019-01-08"), outer=D("2019-01-08")),
  "rajoelina_oath_0119": C(type="other", tight=D("2019-01-19"), outer=D("2019-01-19")),
  "rajoelina_ouster_2009": C(type="other", tight=D("2009-03-17"), outer=D("2009-01-01", "2009-12-31")),
  "hery_resigns_0907": C(type="other", tight=D("2018-09-07"), outer=D("2018-09-01", "2018-09-30")),
  "ravalomanana_oath_2002": C(type="other", tight=D("2002-05-06"), outer=D("2002-01-01", "2002-12-31")),
  # Chisinau 2020: the first round of 1 November and its preliminary results, the runoff of 15
  # November and its results, Sandu's words that night, Putin's congratulations, the court's
  # validation of 3 December, Chicu's resignation and Sandu's oath; the runoff of 2016 and
  # Dodon's oath of 2016
  "md_round1_1101": C(type="other", tight=D("2020-11-01"), outer=D("2020-11-01")),
  "md_round1_results_1102": C(type="other", tight=D("2020-11-02"), outer=D("2020-11-02")),
  "md_runoff_1115": C(type="other", tight=D("2020-11-15"), outer=D("2020-11-15")),
  "sandu_words_1115": C(type="statement", tight=D("2020-11-15"), outer=D("2020-11-15", "2020-11-16")),
  "putin_congratulates_1116": C(type="statement", tight=D("2020-11-16"), outer=D("2020-11-16")),
  "md_court_1203": C(type="other", tight=D("2020-12-03"), outer=D("2020-12-03")),
  "chicu_resigns_1223": C(type="other", tight=D("2020-12-23"), outer=D("2020-12-23")),
  "sandu_oath_1224": C(type="other", tight=D("2020-12-24"), outer=D("2020-12-24")),
  "md_runoff_2016": C(type="other", tight=D("2016-11-13"), outer=D("2016-01-01", "2016-12-31")),
  "dodon_oath_2016": C(type="other", tight=D("2016-12-23"), outer=D("2016-12-01", "2016-12-31")),
 },
 events=[
  # g1
  ("gm_result_1202", "g1_banjul_1202", "أعلنت اللجنة الانتخابية المستقلة في غامبيا اليوم الجمعة فوز مرشح المعارضة أداما بارو", 1, "other"),
  ("gm_election_1201", "g1_banjul_1202", "في الانتخابات الرئاسية التي جرت أمس الخميس", 1, "other"),
  ("jammeh_call_1202", "g1_banjul_1202", "واتصل جامع هاتفيا ببارو مساء اليوم لتهنئته بالفوز", 1, "call"),
  ("jammeh_concedes_1202", "g1_banjul_1202", "وقال في كلمة بثها التلفزيون الرسمي إنه يقبل إرادة الشعب", 1, "statement"),
  ("jammeh_coup_1994", "g1_banjul_1202", "وكان جامع قد وصل إلى السلطة في انقلاب عسكري عام 1994", 1, "other"),
  ("gm_election_2011", "g1_banjul_1202", "وفاز في انتخابات عام 2011", 1, "other"),
  # g2
  ("jammeh_call_1202", "g2_banjul_1203", "هنأ الرئيس الغامبي يحيى جامع، أمس، منافسه رجل الأعمال أداما بارو بفوزه", 1, "call"),
  ("gm_result_1202", "g2_banjul_1203", "وكانت لجنة الانتخابات قد أعلنت فوز بارو", 1, "other"),
  ("gm_election_1201", "g2_banjul_1203", "الاقتراع الذي جرى الخميس", 1, "other"),
  ("barrow_words_1202", "g2_banjul_1203", "وقال بارو للصحفيين في منزله", 1, "statement"),
  # g3
  ("jammeh_rejects_1209", "g3_banjul_1210", "رفض الرئيس الغامبي يحيى جامع أمس الجمعة نتائج الانتخابات الرئاسية", 1, "statement"),
  ("jammeh_concedes_1202", "g3_banjul_1210", "بعد أسبوع من إقراره بهزيمته أمام مرشح المعارضة أداما بارو", 1, "statement"),
  ("gm_election_1201", "g3_banjul_1210", "الاقتراع الذي جرى في الأول من ديسمبر", 1, "other"),
  ("ecowas_visit_1213", "g3_banjul_1210", "ومن المقرر أن يزور وفد من رؤساء دول المجموعة الاقتصادية لدول غرب إفريقيا بانجول يوم الثلاثاء المقبل", 1, "meeting"),
  # g4
  ("barrow_oath_0119", "g4_dakar_0120", "بارو يؤدى اليمين رئيسا لغامبيا", 1, "other"),
  ("barrow_oath_0119", "g4_dakar_0120", "أدى أداما بارو اليمين الدستورية رئيسا لغامبيا أمس الخميس", 1, "other"),
  ("jammeh_rejects_1209", "g4_dakar_0120", "وكان جامع قد رفض الشهر الماضى نتائج الانتخابات", 1, "statement"),
  ("gm_election_1201", "g4_dakar_0120", "الانتخابات التى فاز فيها بارو فى مطلع ديسمبر", 1, "other"),
  ("jammeh_concedes_1202", "g4_dakar_0120", "بعد أن اعترف بهزيمته", 1, "statement"),
  ("unsc_vote_0119", "g4_dakar_0120", "وصوت مجلس الأمن الدولى أمس بالإجماع على قرار", 1, "other"),
  ("senegal_troops_0119", "g4_dakar_0120", "فيما دخلت قوات سنغالية الأراضى الغامبية مساء أمس", 1, "other"),
  ("sall_receives_barrow_0115", "g4_dakar_0120", "وكان الرئيس السنغالى ماكى سال قد استقبل بارو فى داكار يوم الأحد الماضى", 1, "meeting"),
  ("bamako_summit_0114", "g4_dakar_0120", "بعد يوم من قمة عقدها قادة المجموعة فى باماكو", 1, "meeting"),
  ("gm_extension_0118", "g4_dakar_0120", "وكان البرلمان الغامبى قد صوت يوم الأربعاء على تمديد ولاية جامع", 1, "other"),
  # a1
  ("mg_result_1227", "a1_antananarivo_1228", "أعلنت اللجنة الوطنية المستقلة للانتخابات في مدغشقر اليوم الخميس فوز الرئيس السابق أندري راجولينا", 1, "other"),
  ("mg_runoff_1219", "a1_antananarivo_1228", "في جولة الإعادة التي جرت في 19 ديسمبر كانون الأول", 1, "other"),
  ("ravalomanana_challenge_1227", "a1_antananarivo_1228", "وقال رافالومانانا في مؤتمر صحفي اليوم", 1, "statement"),
  ("mg_round1_1107", "a1_antananarivo_1228", "وكان راجولينا قد تصدر الجولة الأولى التي أجريت في السابع من نوفمبر تشرين الثاني", 1, "other"),
  ("rajoelina_ouster_2009", "a1_antananarivo_1228", "وتولى راجولينا السلطة عام 2009 بعد أن أطاح بدعم من الجيش برافالومانانا", 1, "other"),
  # a2
  ("mg_court_0108", "a2_antananarivo_0109", "المحكمة العليا في مدغشقر تثبت فوز راجولينا", 1, "other"),
  ("mg_court_0108", "a2_antananarivo_0109", "أعلنت المحكمة الدستورية العليا في مدغشقر، أمس، راجولينا رئيسا منتخبا للبلاد", 1, "other"),
  ("mg_result_1227", "a2_antananarivo_0109", "وكانت اللجنة الانتخابية قد أعلنت فوز راجولينا في جولة الإعادة الشهر الماضي", 1, "other"),
  # a3
  ("rajoelina_oath_0119", "a3_antananarivo_0120", "أدى أندري راجولينا اليمين الدستورية رئيسا لمدغشقر أمس السبت", 1, "other"),
  ("mg_court_0108", "a3_antananarivo_0120", "وكانت المحكمة الدستورية العليا قد أكدت في الثامن من يناير فوزه", 1, "other"),
  ("mg_runoff_1219", "a3_antananarivo_0120", "الدورة الثانية التي جرت في ديسمبر", 1, "other"),
  ("hery_resigns_0907", "a3_antananarivo_0120", "بعد أن استقال الرئيس هيري راجاوناريمامبيانينا في سبتمبر", 1, "other"),
  ("ravalomanana_oath_2002", "a3_antananarivo_0120", "وكان رافالومانانا قد أدى اليمين رئيسا عام 2002", 1, "other"),
  # d1
  ("md_round1_1101", "d1_chisinau_1102", "تصدرت مرشحة المعارضة المؤيدة للاتحاد الأوروبي مايا ساندو الجولة الأولى من انتخابات الرئاسة في مولدوفا التي جرت أمس الأحد", 1, "other"),
  ("md_round1_results_1102", "d1_chisinau_1102", "وفق نتائج أولية نشرتها اللجنة الانتخابية المركزية اليوم الاثنين", 1, "other"),
  ("md_runoff_1115", "d1_chisinau_1102", "وستواجهه في جولة إعادة في 15 نوفمبر تشرين الثاني", 1, "other"),
  ("md_runoff_2016", "d1_chisinau_1102", "وكان دودون قد هزم ساندو في جولة الإعادة لانتخابات عام 2016", 1, "other"),
  # d2
  ("md_runoff_1115", "d2_chisinau_1116", "فازت مايا ساندو في الدورة الثانية من الانتخابات الرئاسية في مولدوفا أمس الأحد", 1, "other"),
  ("md_round1_1101", "d2_chisinau_1116", "بعد أن تقدمت عليه في الدورة الأولى في الأول من نوفمبر", 1, "other"),
  ("sandu_words_1115", "d2_chisinau_1116", "وقالت ساندو لأنصارها ليل الأحد", 1, "statement"),
  # d3
  ("md_runoff_1115", "d3_chisinau_1117", "ساندو رئيسة لمولدوفا", 1, "other"),
  ("md_runoff_1115", "d3_chisinau_1117", "جولة الإعادة التي جرت الأحد", 1, "other"),
  ("putin_congratulates_1116", "d3_chisinau_1117", "وهنأ الرئيس الروسي فلاديمير بوتين ساندو، أمس، بفوزها", 1, "statement"),
  ("md_round1_1101", "d3_chisinau_1117", "وكانت ساندو قد تصدرت الجولة الأولى قبل أسبوعين", 1, "other"),
  # d4
  ("sandu_oath_1224", "d4_chisinau_1225", "أدت مايا ساندو اليمين الدستورية رئيسة لمولدوفا أمس الخميس", 1, "other"),
  ("md_runoff_1115", "d4_chisinau_1225", "بعد فوزها فى الانتخابات التى جرت الشهر الماضى", 1, "other"),
  ("md_court_1203", "d4_chisinau_1225", "وكانت المحكمة الدستورية قد صادقت فى الثالث من ديسمبر على نتائج الانتخابات", 1, "other"),
  ("sandu_oath_1224", "d4_chisinau_1225", "وجاء تنصيب ساندو", 1, "other"),
  ("chicu_resigns_1223", "d4_chisinau_1225", "بعد يوم من استقالة رئيس الوزراء إيون كيكو", 1, "other"),
  ("chicu_resigns_1223", "d4_chisinau_1225", "الذى أعلن استقالته يوم الأربعاء", 1, "other"),
  ("dodon_oath_2016", "d4_chisinau_1225", "وكان دودون قد أدى اليمين رئيسا فى ديسمبر 2016", 1, "other"),
 ],
 diff=[
  ("gm_election_1201", "gm_election_2011"),
  ("gm_election_1201", "gm_result_1202"),
  ("jammeh_concedes_1202", "jammeh_rejects_1209"),
  ("jammeh_concedes_1202", "barrow_words_1202"),
  ("bamako_summit_0114", "sall_receives_barrow_0115"),
  ("ecowas_visit_1213", "bamako_summit_0114"),
  ("barrow_oath_0119", "gm_extension_0118"),
  ("unsc_vote_0119", "gm_extension_0118"),
  ("unsc_vote_0119", "senegal_troops_0119"),
  ("barrow_oath_0119", "unsc_vote_0119"),
  ("mg_round1_1107", "mg_runoff_1219"),
  ("mg_runoff_1219", "mg_result_1227"),
  ("mg_result_1227", "mg_court_0108"),
  ("rajoelina_oath_0119", "ravalomanana_oath_2002"),
  ("rajoelina_oath_0119", "rajoelina_ouster_2009"),
  ("md_round1_1101", "md_runoff_1115"),
  ("md_round1_1101", "md_round1_results_1102"),
  ("md_runoff_1115", "md_runoff_2016"),
  ("md_round1_1101", "md_runoff_2016"),
  ("sandu_oath_1224", "dodon_oath_2016"),
  ("sandu_oath_1224", "chicu_resigns_1223"),
  ("md_court_1203", "md_runoff_1115"),
  ("sandu_words_1115", "putin_congratulates_1116"),
 ],
 before=[
  ("gm_election_1201", "gm_result_1202"),
  ("jammeh_concedes_1202", "jammeh_rejects_1209"),
  ("jammeh_rejects_1209", "ecowas_visit_1213"),
  ("bamako_summit_0114", "sall_receives_barrow_0115"),
  ("sall_receives_barrow_0115", "gm_extension_0118"),
  ("gm_extension_0118", "barrow_oath_0119"),
  ("jammeh_coup_1994", "gm_election_2011"),
  ("gm_election_2011", "gm_election_1201"),
  ("mg_round1_1107", "mg_runoff_1219"),
  ("mg_runoff_1219", "mg_result_1227"),
  ("mg_result_1227", "mg_court_0108"),
  ("mg_court_0108", "rajoelina_oath_0119"),
  ("hery_resigns_0907", "mg_round1_1107"),
  ("ravalomanana_oath_2002", "rajoelina_ouster_2009"),
  ("md_runoff_2016", "dodon_oath_2016"),
  ("md_round1_1101", "md_runoff_1115"),
  ("md_runoff_1115", "putin_congratulates_1116"),
  ("md_runoff_1115", "md_court_1203"),
  ("md_court_1203", "chicu_resigns_1223"),
  ("chicu_resigns_1223", "sandu_oath_1224"),
 ],
)
