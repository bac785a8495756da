"""Gold events for tests/devmerge3, part A (a development set; format as ../devmerge/spec.py).

  clusters: cluster -> dict(type, tight, outer): the real date (tight) and what the texts
            still allow (outer).
  events rows: (cluster, doc, surface, occurrence, type): the clause carrying the trigger,
            or the reference (a definite noun, a statement's content) that names it.
  diff:   cluster pairs of one type that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts.
Time expressions are not annotated here (``timex`` is empty): the set scores events only.
Part B (other stories, other outlets) is ``partb/spec.py``.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "a1_stockholm_1213": "2018-12-13T20:00:00+01:00",
 "a2_stockholm_1214": "2018-12-14",
 "a3_unsc_1222": "2018-12-22",
 "a4_unsc_0117": "2019-01-17",
 "b1_kabul_0826": "2021-08-26T21:00:00+04:30",
 "b2_kabul_0827": "2021-08-27T10:00:00+03:00",
 "b3_kabul_0827": "2021-08-27",
 "b4_kabul_0827": "2021-08-27T12:00:00+03:00",
 "b5_kabul_0830": "2021-08-30",
 "c1_mbs_0622": "2022-06-22T21:00:00+03:00",
 "c2_mbs_0622": "2022-06-22T23:30:00+03:00",
 "c3_mbs_0623": "2022-06-23",
 "c4_mbs_0626": "2022-06-26",
 "d1_unsc_0708": "2022-07-08T19:00:00-04:00",
 "d2_unsc_0712": "2022-07-12T20:00:00+03:00",
 "d3_unsc_0713": "2022-07-13",
 "e1_morocco_1210": "2020-12-10T21:00:00+01:00",
 "e2_morocco_1211": "2020-12-11",
 "e3_morocco_1211": "2020-12-11",
 "e4_morocco_1223": "2020-12-23",
 "f1_tunisia_0725": "2022-07-25T20:00:00+01:00",
 "f2_tunisia_0726": "2022-07-26",
 "f3_tunisia_0727": "2022-07-27",
 "f4_tunisia_0729": "2022-07-29",
 "g1_egsd_0302": "2021-03-02T19:00:00+02:00",
 "g2_egsd_0303": "2021-03-03",
 "g3_egsd_0306": "2021-03-06T18:00:00+02:00",
 "g4_egsd_0307": "2021-03-07",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Yemen: the Stockholm agreement and the two Security Council resolutions that follow it
  "stockholm_agreement_1213": C(type="other", tight=D("2018-12-13"), outer=D("2018-12-13")),
  "guterres_1213": C(type="statement", tight=D("2018-12-13"), outer=D("2018-12-13")),
  "consultations_1206": C(type="meeting", tight=D("2018-12-06"), outer=D("2018-12-06")),
  "saudi_welcome_1213": C(type="statement", tight=D("2018-12-13", "2018-12-14"), outer=D("2018-12-13", "2018-12-14")),
  "resolution_2451_1221": C(type="other", tight=D("2018-12-21"), outer=D("2018-12-21")),
  "pierce_1221": C(type="statement", tight=D("2018-12-21"), outer=D("2018-12-21")),
  "hodeidah_truce_1218": C(type="ceasefire", tight=D("2018-12-18"), outer=D("2018-12-17", "2018-12-18")),
  "resolution_2452_0116": C(type="other", tight=D("2019-01-16"), outer=D("2019-01-16")),
  # The Kabul airport bombing and one condemnation per state
  "kabul_airport_bombing_0826": C(type="strike", tight=D("2021-08-26"), outer=D("2021-08-26")),
  "biden_speech_0826": C(type="statement", tight=D("2021-08-26"), outer=D("2021-08-26")),
  "saudi_condemnation_0826": C(type="statement", tight=D("2021-08-26", "2021-08-27"), outer=D("2021-08-26", "2021-08-27")),
  "egypt_condemnation_0826": C(type="statement", tight=D("2021-08-26", "2021-08-27"), outer=D("2021-08-26", "2021-08-27")),
  "qatar_condemnation_0827": C(type="statement", tight=D("2021-08-27"), outer=D("2021-08-26", "2021-08-27")),
  "kabul_drone_0829": C(type="strike", tight=D("2021-08-29"), outer=D("2021-08-29")),
  "nangarhar_drone_0827": C(type="strike", tight=D("2021-08-27"), outer=D("2021-08-27")),
  "us_army_statement_0829": C(type="statement", tight=D("2021-08-29", "2021-08-30"), outer=D("2021-08-29", "2021-08-30")),
  # The Saudi crown prince in Ankara: the visit and the talks held during it
  "mbs_erdogan_talks_0622": C(type="meeting", tight=D("2022-06-22"), outer=D("2022-06-22")),
  "mbs_ankara_visit_0622": C(type="other", tight=D("2022-06-22"), outer=D("2022-06-22")),
  "erdogan_jeddah_visit_0428": C(type="other", tight=D("2022-04-28"), outer=D("2022-04-01", "2022-04-30")),
  "erdogan_mbs_jeddah_0428": C(type="meeting", tight=D("2022-04-28"), outer=D("2022-04-01", "2022-04-30")),
  "mbs_abdullah_0621": C(type="meeting", tight=D("2022-06-21"), outer=D("2022-06-21")),
  "mbs_sisi_0620": C(type="meeting", tight=D("2022-06-20"), outer=D("2022-06-20")),
  "joint_statement_0622": C(type="statement", tight=D("2022-06-22", "2022-06-23"), outer=D("2022-06-22", "2022-06-23")),
  # The Security Council on aid to north-west Syria: two votes four days apart
  "unsc_veto_0708": C(type="other", tight=D("2022-07-08"), outer=D("2022-07-08")),
  "russian_draft_0708": C(type="other", tight=D("2022-07-08"), outer=D("2022-07-08")),
  "resolution_2642_0712": C(type="other", tight=D("2022-07-12"), outer=D("2022-07-12")),
  "sabbagh_0712": C(type="statement", tight=D("2022-07-12"), outer=D("2022-07-12")),
  # Morocco and Israel: the call and the statements of 10 December, the signing of 22 December
  "king_trump_call_1210": C(type="call", tight=D("2020-12-10"), outer=D("2020-12-10")),
  "royal_statement_1210": C(type="statement", tight=D("2020-12-10"), outer=D("2020-12-10")),
  "us_proclamation_1210": C(type="other", tight=D("2020-12-10"), outer=D("2020-12-10")),
  "trump_announcement_1210": C(type="statement", tight=D("2020-12-10"), outer=D("2020-12-10")),
  "polisario_statement_1210": C(type="statement", tight=D("2020-12-10", "2020-12-11"), outer=D("2020-12-10", "2020-12-11")),
  "rabat_declaration_1222": C(type="other", tight=D("2020-12-22"), outer=D("2020-12-22")),
  "kushner_visit_1222": C(type="other", tight=D("2020-12-22"), outer=D("2020-12-22")),
  "king_delegation_1222": C(type="meeting", tight=D("2020-12-22"), outer=D("2020-12-22")),
  # Tunisia's constitutional referendum
  "referendum_0725": C(type="other", tight=D("2022-07-25"), outer=D("2022-07-25")),
  "isie_turnout_0725": C(type="statement", tight=D("2022-07-25"), outer=D("2022-07-25")),
  "saied_speech_0725": C(type="statement", tight=D("2022-07-25", "2022-07-26"), outer=D("2022-07-25", "2022-07-26")),
  "isie_results_0726": C(type="other", tight=D("2022-07-26"), outer=D("2022-07-26")),
  "legislative_election_1217": C(type="other", tight=D("2022-12-17"), outer=D("2022-12-17")),
  # Egypt and Sudan: the military pact of 2 March and Sisi in Khartoum on 6 March 2021
  "military_pact_0302": C(type="other", tight=D("2021-03-02"), outer=D("2021-03-02")),
  "farid_remarks_0302": C(type="statement", tight=D("2021-03-02"), outer=D("2021-03-02")),
  "nile_eagles_202011": C(type="other", tight=D("2020-11-14", "2020-11-26"), outer=D("2020-11-01", "2020-11-30")),
  "farid_visit_0302": C(type="other", tight=D("2021-03-02"), outer=D("2021-03-01", "2021-03-02")),
  "farid_burhan_0302": C(type="meeting", tight=D("2021-03-02"), outer=D("2021-03-01", "2021-03-02")),
  "sisi_khartoum_visit_0306": C(type="other", tight=D("2021-03-06"), outer=D("2021-03-06")),
  "sisi_burhan_0306": C(type="meeting", tight=D("2021-03-06"), outer=D("2021-03-06")),
 },
 events=[
  # a1
  ("stockholm_agreement_1213", "a1_stockholm_1213", "اتفقت الحكومة اليمنية والمتمردون الحوثيون، اليوم الخميس، في ختام مشاورات السويد على وقف إطلاق النار", 1, "other"),
  ("guterres_1213", "a1_stockholm_1213", "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش في مؤتمر صحافي", 1, "statement"),
  ("consultations_1206", "a1_stockholm_1213", "وكانت المشاورات قد انطلقت في السادس من كانون الأول/ديسمبر الجاري", 1, "meeting"),
  # a2
  ("stockholm_agreement_1213", "a2_stockholm_1214", "المملكة ترحب باتفاق الحديدة", 1, "other"),
  ("saudi_welcome_1213", "a2_stockholm_1214", "رحبت المملكة العربية السعودية", 1, "statement"),
  ("stockholm_agreement_1213", "a2_stockholm_1214", "بالاتفاق الذي توصلت إليه الحكومة اليمنية الشرعية والميليشيات الحوثية أمس في السويد", 1, "other"),
  ("saudi_welcome_1213", "a2_stockholm_1214", "وأكد مصدر مسؤول في وزارة الخارجية", 1, "statement"),
  # a3
  ("resolution_2451_1221", "a3_unsc_1222", "اعتمد مجلس الأمن الدولي، أمس الجمعة، بالإجماع القرار 2451", 1, "other"),
  ("stockholm_agreement_1213", "a3_unsc_1222", "الاتفاقات التي توصلت إليها الأطراف اليمنية في السويد", 1, "other"),
  ("pierce_1221", "a3_unsc_1222", "وقالت المندوبة البريطانية كارين بيرس", 1, "statement"),
  ("hodeidah_truce_1218", "a3_unsc_1222", "ودخل وقف إطلاق النار في الحديدة حيز التنفيذ منتصف ليل الاثنين الماضي", 1, "ceasefire"),
  ("stockholm_agreement_1213", "a3_unsc_1222", "بعد خمسة أيام من اتفاق ستوكهولم", 1, "other"),
  # a4
  ("resolution_2452_0116", "a4_unsc_0117", "مجلس الأمن ينشئ بعثة أممية لدعم اتفاق الحديدة", 1, "other"),
  ("resolution_2452_0116", "a4_unsc_0117", "وافق مجلس الأمن الدولي، أمس الأربعاء، على القرار 2452", 1, "other"),
  ("resolution_2451_1221", "a4_unsc_0117", "وكان المجلس قد أيد في 21 ديسمبر الماضي بالقرار 2451", 1, "other"),
  ("stockholm_agreement_1213", "a4_unsc_0117", "الاتفاق الذي وقعته الحكومة والحوثيون في ستوكهولم يوم 13 من الشهر ذاته", 1, "other"),
  # b1
  ("kabul_airport_bombing_0826", "b1_kabul_0826", "في تفجيرين انتحاريين استهدفا، اليوم الخميس، محيط مطار كابول", 1, "strike"),
  ("kabul_airport_bombing_0826", "b1_kabul_0826", "وتبنى تنظيم الدولة الإسلامية - ولاية خراسان الاعتداء", 1, "strike"),
  ("biden_speech_0826", "b1_kabul_0826", "وقال الرئيس الأمريكي جو بايدن في كلمة من البيت الأبيض", 1, "statement"),
  # b2
  ("saudi_condemnation_0826", "b2_kabul_0827", "أعربت وزارة الخارجية عن إدانة المملكة العربية السعودية واستنكارها الشديدين", 1, "statement"),
  ("kabul_airport_bombing_0826", "b2_kabul_0827", "للتفجيرين اللذين وقعا أمس بالقرب من مطار حامد كرزاي الدولي", 1, "strike"),
  ("saudi_condemnation_0826", "b2_kabul_0827", "وأكدت الوزارة في بيانها", 1, "statement"),
  # b3
  ("egypt_condemnation_0826", "b3_kabul_0827", "مصر تدين تفجيرى مطار كابول", 1, "statement"),
  ("egypt_condemnation_0826", "b3_kabul_0827", "أدانت جمهورية مصر العربية بأشد العبارات", 1, "statement"),
  ("kabul_airport_bombing_0826", "b3_kabul_0827", "التفجيرين الإرهابيين اللذين وقعا أمس الخميس بالقرب من مطار كابول", 1, "strike"),
  ("egypt_condemnation_0826", "b3_kabul_0827", "وأعربت وزارة الخارجية فى بيان", 1, "statement"),
  ("saudi_condemnation_0826", "b3_kabul_0827", "وكانت المملكة العربية السعودية قد أدانت الهجوم", 1, "statement"),
  # b4
  ("qatar_condemnation_0827", "b4_kabul_0827", "أدانت دولة قطر بشدة", 1, "statement"),
  ("kabul_airport_bombing_0826", "b4_kabul_0827", "التفجيرين اللذين استهدفا مساء أمس محيط مطار حامد كرزاي الدولي", 1, "strike"),
  ("qatar_condemnation_0827", "b4_kabul_0827", "وجددت وزارة الخارجية، في بيان اليوم", 1, "statement"),
  # b5
  ("us_army_statement_0829", "b5_kabul_0830", "أعلن الجيش الأمريكي", 1, "statement"),
  ("kabul_drone_0829", "b5_kabul_0830", "أنه نفذ، أمس الأحد، ضربة بطائرة مسيرة في كابول", 1, "strike"),
  ("nangarhar_drone_0827", "b5_kabul_0830", "وكانت القوات الأمريكية قد شنت يوم الجمعة غارة بطائرة مسيرة في ولاية ننغرهار", 1, "strike"),
  ("kabul_airport_bombing_0826", "b5_kabul_0830", "بعد تفجير مطار كابول يوم الخميس الماضي", 1, "strike"),
  # c1
  ("mbs_erdogan_talks_0622", "c1_mbs_0622", "عقد الرئيس التركي رجب طيب أردوغان، اليوم الأربعاء، مباحثات مع ولي العهد السعودي", 1, "meeting"),
  ("mbs_erdogan_talks_0622", "c1_mbs_0622", "وتناولت المباحثات", 1, "meeting"),
  ("mbs_ankara_visit_0622", "c1_mbs_0622", "وتعد زيارة ولي العهد السعودي إلى تركيا", 1, "other"),
  ("erdogan_jeddah_visit_0428", "c1_mbs_0622", "بعد زيارة أجراها أردوغان إلى جدة في 28 أبريل الماضي", 1, "other"),
  # c2
  ("mbs_erdogan_talks_0622", "c2_mbs_0622", "عقد صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع، وفخامة الرئيس رجب طيب أردوغان رئيس الجمهورية التركية، جلسة مباحثات رسمية في المجمع الرئاسي بأنقرة اليوم", 1, "meeting"),
  ("mbs_erdogan_talks_0622", "c2_mbs_0622", "وجرى خلال الجلسة", 1, "meeting"),
  ("mbs_ankara_visit_0622", "c2_mbs_0622", "وكان سمو ولي العهد قد وصل إلى أنقرة اليوم في زيارة رسمية", 1, "other"),
  # c3
  ("mbs_ankara_visit_0622", "c3_mbs_0623", "أردوغان يستقبل ولى العهد السعودى فى أنقرة", 1, "other"),
  ("mbs_ankara_visit_0622", "c3_mbs_0623", "استقبل الرئيس التركى رجب طيب أردوغان، أمس الأربعاء، ولى العهد السعودى", 1, "other"),
  ("mbs_ankara_visit_0622", "c3_mbs_0623", "فى أول زيارة له لتركيا", 1, "other"),
  ("mbs_abdullah_0621", "c3_mbs_0623", "وكان ولى العهد قد التقى العاهل الأردنى الملك عبد الله الثانى فى عمان يوم الثلاثاء", 1, "meeting"),
  ("mbs_sisi_0620", "c3_mbs_0623", "التقى خلالها الرئيس عبد الفتاح السيسى يوم الاثنين", 1, "meeting"),
  # c4
  ("mbs_ankara_visit_0622", "c4_mbs_0626", "طوت زيارة ولي العهد السعودي الأمير محمد بن سلمان إلى أنقرة يوم الأربعاء الماضي", 1, "other"),
  ("joint_statement_0622", "c4_mbs_0626", "وأكد البيان المشترك الصادر في ختام المباحثات", 1, "statement"),
  ("mbs_erdogan_talks_0622", "c4_mbs_0626", "المباحثات التي جمعته بالرئيس رجب طيب أردوغان", 1, "meeting"),
  ("erdogan_jeddah_visit_0428", "c4_mbs_0626", "وكان أردوغان قد زار المملكة في أبريل", 1, "other"),
  ("erdogan_mbs_jeddah_0428", "c4_mbs_0626", "حيث التقى الملك سلمان وولي العهد في جدة", 1, "meeting"),
  # d1
  ("unsc_veto_0708", "d1_unsc_0708", "استخدمت روسيا، اليوم الجمعة، حق النقض (الفيتو) ضد مشروع قرار في مجلس الأمن الدولي", 1, "other"),
  ("unsc_veto_0708", "d1_unsc_0708", "وصوتت 13 دولة لصالح المشروع", 1, "other"),
  ("russian_draft_0708", "d1_unsc_0708", "وفشل المجلس بعد ذلك في اعتماد مشروع قرار روسي منافس", 1, "other"),
  # d2
  ("resolution_2642_0712", "d2_unsc_0712", "صوت مجلس الأمن الدولي، اليوم الثلاثاء، لصالح تمديد آلية إدخال المساعدات", 1, "other"),
  ("resolution_2642_0712", "d2_unsc_0712", "وجاء التصويت", 1, "other"),
  ("unsc_veto_0708", "d2_unsc_0712", "بعد أن استخدمت روسيا، الجمعة الماضي، حق النقض ضد مشروع قرار غربي", 1, "other"),
  # d3
  ("resolution_2642_0712", "d3_unsc_0713", "مجلس الأمن يمدد آلية المساعدات إلى سوريا ستة أشهر", 1, "other"),
  ("resolution_2642_0712", "d3_unsc_0713", "اعتمد مجلس الأمن الدولي، أمس، قرارا يمدد آلية إدخال المساعدات", 1, "other"),
  ("unsc_veto_0708", "d3_unsc_0713", "بعد أيام من استخدام موسكو الفيتو ضد تمديدها لعام كامل", 1, "other"),
  ("resolution_2642_0712", "d3_unsc_0713", "وحظي القرار 2642 بتأييد 12 عضوا", 1, "other"),
  ("sabbagh_0712", "d3_unsc_0713", "ورحب مندوب سوريا لدى الأمم المتحدة بسام صباغ بالقرار", 1, "statement"),
  # e1
  ("king_trump_call_1210", "e1_morocco_1210", "أجرى صاحب الجلالة الملك محمد السادس، اليوم الخميس، اتصالا هاتفيا مع الرئيس الأمريكي دونالد ترامب", 1, "call"),
  ("royal_statement_1210", "e1_morocco_1210", "حسب بلاغ للديوان الملكي", 1, "statement"),
  ("us_proclamation_1210", "e1_morocco_1210", "بإصدار مرسوم رئاسي يعترف بسيادة المغرب الكاملة", 1, "other"),
  ("royal_statement_1210", "e1_morocco_1210", "وأكد البلاغ", 1, "statement"),
  # e2
  ("trump_announcement_1210", "e2_morocco_1211", "أعلن الرئيس الأمريكي دونالد ترامب، أمس، في تغريدة على تويتر", 1, "statement"),
  ("royal_statement_1210", "e2_morocco_1211", "وأكد بيان للديوان الملكي المغربي صدر في وقت لاحق الخطوة", 1, "statement"),
  ("polisario_statement_1210", "e2_morocco_1211", "وقالت جبهة البوليساريو، في بيان", 1, "statement"),
  # e3
  ("trump_announcement_1210", "e3_morocco_1211", "وفق ما أعلن الرئيس الأمريكي دونالد ترامب", 1, "statement"),
  ("royal_statement_1210", "e3_morocco_1211", "وقال الديوان الملكي المغربي في بيان", 1, "statement"),
  ("king_trump_call_1210", "e3_morocco_1211", "خلال اتصال هاتفي", 1, "call"),
  # e4
  ("rabat_declaration_1222", "e4_morocco_1223", "وقع المغرب وإسرائيل والولايات المتحدة، أمس الثلاثاء، فى الرباط إعلانا مشتركا", 1, "other"),
  ("kushner_visit_1222", "e4_morocco_1223", "خلال زيارة وفد أمريكى إسرائيلى برئاسة جاريد كوشنر", 1, "other"),
  ("king_delegation_1222", "e4_morocco_1223", "وكان العاهل المغربى قد استقبل الوفد بالقصر الملكى", 1, "meeting"),
  ("rabat_declaration_1222", "e4_morocco_1223", "وجاء الإعلان المشترك", 1, "other"),
  ("royal_statement_1210", "e4_morocco_1223", "بعد أسبوعين من بلاغ الديوان الملكى", 1, "statement"),
  ("king_trump_call_1210", "e4_morocco_1223", "الاتصال الهاتفى بين الملك محمد السادس وترامب", 1, "call"),
  # f1
  ("referendum_0725", "f1_tunisia_0725", "توافد التونسيون، اليوم الاثنين، على مراكز الاقتراع للتصويت في الاستفتاء على مشروع الدستور الجديد", 1, "other"),
  ("isie_turnout_0725", "f1_tunisia_0725", "وأعلنت الهيئة العليا المستقلة للانتخابات، في ندوة صحفية مساء اليوم", 1, "statement"),
  # f2
  ("referendum_0725", "f2_tunisia_0726", "تونس: \"نعم\" للدستور الجديد بأكثر من 92 بالمائة", 1, "other"),
  ("referendum_0725", "f2_tunisia_0726", "في الاستفتاء على الدستور الجديد الذي جرى أمس الاثنين", 1, "other"),
  ("saied_speech_0725", "f2_tunisia_0726", "حيث ألقى كلمة أمام أنصاره", 1, "statement"),
  ("referendum_0725", "f2_tunisia_0726", "وقاطعت أغلب أحزاب المعارضة الاستفتاء", 1, "other"),
  # f3
  ("isie_results_0726", "f3_tunisia_0727", "أعلنت الهيئة العليا المستقلة للانتخابات فى تونس، مساء أمس الثلاثاء، النتائج الأولية", 1, "other"),
  ("isie_results_0726", "f3_tunisia_0727", "وقال رئيس الهيئة فاروق بوعسكر فى مؤتمر صحفى", 1, "other"),
  ("referendum_0725", "f3_tunisia_0727", "وكان الاستفتاء قد جرى يوم الاثنين", 1, "other"),
  # f4
  ("referendum_0725", "f4_tunisia_0729", "بعد الاستفتاء الذي نظمته تونس يوم الاثنين الماضي", 1, "other"),
  ("isie_results_0726", "f4_tunisia_0729", "وأعلنت هيئة الانتخابات يوم الثلاثاء", 1, "other"),
  ("legislative_election_1217", "f4_tunisia_0729", "ومن المقرر أن تجرى الانتخابات التشريعية المبكرة في 17 دجنبر المقبل", 1, "other"),
  # g1
  ("military_pact_0302", "g1_egsd_0302", "وقع رئيس هيئة الأركان المشتركة السوداني الفريق أول ركن محمد عثمان الحسين ونظيره المصري الفريق محمد فريد حجازي، اليوم الثلاثاء بالخرطوم، اتفاقية للتعاون العسكري", 1, "other"),
  ("farid_remarks_0302", "g1_egsd_0302", "وقال الفريق محمد فريد في تصريحات صحفية", 1, "statement"),
  ("nile_eagles_202011", "g1_egsd_0302", "وكان البلدان قد أجريا في نوفمبر الماضي تدريبات جوية مشتركة", 1, "other"),
  # g2
  ("military_pact_0302", "g2_egsd_0303", "مصر والسودان توقعان اتفاقية للتعاون العسكرى", 1, "other"),
  ("military_pact_0302", "g2_egsd_0303", "وقعت مصر والسودان، أمس، اتفاقية للتعاون العسكرى", 1, "other"),
  ("farid_visit_0302", "g2_egsd_0303", "خلال زيارة رئيس أركان حرب القوات المسلحة الفريق محمد فريد إلى الخرطوم", 1, "other"),
  ("farid_burhan_0302", "g2_egsd_0303", "والتقى الفريق محمد فريد خلال الزيارة رئيس مجلس السيادة الانتقالى", 1, "meeting"),
  # g3
  ("sisi_khartoum_visit_0306", "g3_egsd_0306", "وصل الرئيس المصري عبد الفتاح السيسي، اليوم السبت، إلى الخرطوم في زيارة رسمية", 1, "other"),
  ("sisi_burhan_0306", "g3_egsd_0306", "وعقد الرئيسان جلسة مباحثات مغلقة بالقصر الجمهوري", 1, "meeting"),
  # g4
  ("sisi_burhan_0306", "g4_egsd_0307", "أجرى الرئيس المصري عبد الفتاح السيسي، أمس السبت، في الخرطوم مباحثات مع رئيس مجلس السيادة الانتقالي", 1, "meeting"),
  ("sisi_khartoum_visit_0306", "g4_egsd_0307", "في أول زيارة له للسودان", 1, "other"),
  ("sisi_khartoum_visit_0306", "g4_egsd_0307", "وتأتي الزيارة", 1, "other"),
  ("military_pact_0302", "g4_egsd_0307", "بعد أيام من توقيع البلدين اتفاقية للتعاون العسكري", 1, "other"),
 ],
 diff=[
  ("stockholm_agreement_1213", "resolution_2451_1221"),
  ("resolution_2451_1221", "resolution_2452_0116"),
  ("stockholm_agreement_1213", "resolution_2452_0116"),
  ("guterres_1213", "saudi_welcome_1213"),
  ("kabul_airport_bombing_0826", "kabul_drone_0829"),
  ("kabul_airport_bombing_0826", "nangarhar_drone_0827"),
  ("kabul_drone_0829", "nangarhar_drone_0827"),
  ("saudi_condemnation_0826", "egypt_condemnation_0826"),
  ("saudi_condemnation_0826", "qatar_condemnation_0827"),
  ("egypt_condemnation_0826", "qatar_condemnation_0827"),
  ("biden_speech_0826", "saudi_condemnation_0826"),
  ("mbs_erdogan_talks_0622", "erdogan_mbs_jeddah_0428"),
  ("mbs_erdogan_talks_0622", "mbs_abdullah_0621"),
  ("mbs_erdogan_talks_0622", "mbs_sisi_0620"),
  ("mbs_ankara_visit_0622", "erdogan_jeddah_visit_0428"),
  ("unsc_veto_0708", "resolution_2642_0712"),
  ("unsc_veto_0708", "russian_draft_0708"),
  ("royal_statement_1210", "trump_announcement_1210"),
  ("royal_statement_1210", "polisario_statement_1210"),
  ("rabat_declaration_1222", "us_proclamation_1210"),
  ("rabat_declaration_1222", "kushner_visit_1222"),
  ("isie_turnout_0725", "isie_results_0726"),
  ("referendum_0725", "legislative_election_1217"),
  ("military_pact_0302", "farid_visit_0302"),
  ("sisi_burhan_0306", "farid_burhan_0302"),
  ("sisi_khartoum_visit_0306", "farid_visit_0302"),
 ],
 before=[
  ("consultations_1206", "stockholm_agreement_1213"),
  ("stockholm_agreement_1213", "resolution_2451_1221"),
  ("resolution_2451_1221", "resolution_2452_0116"),
  ("kabul_airport_bombing_0826", "kabul_drone_0829"),
  ("erdogan_mbs_jeddah_0428", "mbs_erdogan_talks_0622"),
  ("mbs_sisi_0620", "mbs_abdullah_0621"),
  ("unsc_veto_0708", "resolution_2642_0712"),
  ("king_trump_call_1210", "rabat_declaration_1222"),
  ("referendum_0725", "isie_results_0726"),
  ("referendum_0725", "legislative_election_1217"),
  ("military_pact_0302", "sisi_burhan_0306"),
 ],
)
