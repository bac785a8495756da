"""Gold events for tests/devmerge8, part A (a development set; format as ../devmerge3/spec.py).

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
 "k1_karlov_1219": "2016-12-19T23:30:00+03:00",
 "k2_karlov_1220": "2016-12-20",
 "k3_karlov_1221": "2016-12-21",
 "k4_karlov_1223": "2016-12-23",
 "z1_zawahiri_0802": "2022-08-02T08:00:00+03:00",
 "z2_zawahiri_0803": "2022-08-03",
 "z3_zawahiri_0804": "2022-08-04",
 "r1_reina_0101": "2017-01-01T11:00:00+03:00",
 "r2_reina_0102": "2017-01-02",
 "r3_reina_0103": "2017-01-03",
 "r4_reina_0118": "2017-01-18",
 "s1_budget_1219": "2017-12-19T21:00:00+03:00",
 "s2_budget_1220": "2017-12-20",
 "s3_budget_1221": "2017-12-21",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Ankara: Karlov shot at the gallery, the gunman killed by the police, Putin's statement,
  # Erdogan's call to Putin; Berlin's market and Zurich's prayer room the same evening; the
  # trilateral meeting in Moscow, the investigators, the body flown home, IS's Berlin claim, the
  # funeral; Cavusoglu's call to Kerry
  "karlov_killed_1219": C(type="other", tight=D("2016-12-19"), outer=D("2016-12-19")),
  "gunman_killed_1219": C(type="other", tight=D("2016-12-19"), outer=D("2016-12-19")),
  "putin_statement_1219": C(type="statement", tight=D("2016-12-19"), outer=D("2016-12-19")),
  "erdogan_putin_call_1219": C(type="call", tight=D("2016-12-19"), outer=D("2016-12-19")),
  "berlin_attack_1219": C(type="strike", tight=D("2016-12-19"), outer=D("2016-12-19")),
  "zurich_shooting_1219": C(type="strike", tight=D("2016-12-19"), outer=D("2016-12-19")),
  "moscow_trilateral_1220": C(type="meeting", tight=D("2016-12-20"), outer=D("2016-12-20")),
  "investigators_arrive_1220": C(type="other", tight=D("2016-12-20"), outer=D("2016-12-20")),
  "karlov_body_flown_1220": C(type="other", tight=D("2016-12-20"), outer=D("2016-12-20")),
  "berlin_claim_1220": C(type="statement", tight=D("2016-12-20"), outer=D("2016-12-20")),
  "karlov_funeral_1222": C(type="other", tight=D("2016-12-22"), outer=D("2016-12-22")),
  "cavusoglu_kerry_call_1220": C(type="call", tight=D("2016-12-20"), outer=D("2016-12-20")),
  # Kabul: the drone strike on al-Zawahiri's house, Biden's announcement (Monday evening in
  # Washington, Tuesday before dawn in Riyadh), Blinken, the Taliban condemn, Saudi Arabia
  # welcomes; Sevastopol's drone the same Sunday
  "zawahiri_strike_0731": C(type="strike", tight=D("2022-07-31"), outer=D("2022-07-31")),
  "biden_announces_0801": C(type="statement", tight=D("2022-08-01", "2022-08-02"), outer=D("2022-08-01", "2022-08-02")),
  "blinken_statement_0801": C(type="statement", tight=D("2022-08-01"), outer=D("2022-08-01", "2022-08-02")),
  "taliban_condemn_0802": C(type="statement", tight=D("2022-08-02"), outer=D("2022-08-02")),
  "saudi_welcomes_0802": C(type="statement", tight=D("2022-08-02"), outer=D("2022-08-02")),
  "sevastopol_drone_0731": C(type="strike", tight=D("2022-07-31"), outer=D("2022-07-31")),
  # Istanbul: the Reina nightclub attack, Erdogan's statement, the Saudi and Lebanese
  # condemnations, the IS claim, eight detained, the Saudi bodies home, the gunman arrested
  "reina_attack_0101": C(type="strike", tight=D("2017-01-01"), outer=D("2016-12-31", "2017-01-01")),
  "erdogan_statement_0101": C(type="statement", tight=D("2017-01-01"), outer=D("2017-01-01")),
  "saudi_condemns_0101": C(type="statement", tight=D("2017-01-01"), outer=D("2017-01-01")),
  "lebanon_condemns_0101": C(type="statement", tight=D("2017-01-01"), outer=D("2017-01-01")),
  "reina_claim_0102": C(type="statement", tight=D("2017-01-02"), outer=D("2017-01-02")),
  "eight_detained_0102": C(type="other", tight=D("2017-01-02"), outer=D("2017-01-02")),
  "saudi_bodies_home_0102": C(type="other", tight=D("2017-01-02"), outer=D("2017-01-02")),
  "reina_gunman_arrested_0116": C(type="other", tight=D("2017-01-16"), outer=D("2017-01-16")),
  # Riyadh: the cabinet's extraordinary session chaired by the King (the body, the chairman,
  # "the government"), the budget adopted, the King's speech, the Houthi missile intercepted,
  # the coalition's spokesman, the finance minister the next day
  "saudi_cabinet_1219": C(type="meeting", tight=D("2017-12-19"), outer=D("2017-12-19")),
  "budget_adopted_1219": C(type="other", tight=D("2017-12-19"), outer=D("2017-12-19")),
  "king_speech_1219": C(type="statement", tight=D("2017-12-19"), outer=D("2017-12-19")),
  "riyadh_missile_1219": C(type="strike", tight=D("2017-12-19"), outer=D("2017-12-19")),
  "maliki_statement_1219": C(type="statement", tight=D("2017-12-19"), outer=D("2017-12-19", "2017-12-20")),
  "jadaan_statement_1220": C(type="statement", tight=D("2017-12-20"), outer=D("2017-12-20")),
 },
 events=[
  # k1
  ("karlov_killed_1219", "k1_karlov_1219", "قتل السفير الروسي لدى تركيا أندريه كارلوف مساء اليوم الاثنين برصاص شرطي تركي", 1, "other"),
  ("gunman_killed_1219", "k1_karlov_1219", "قبل أن تقتله الشرطة التركية في تبادل لإطلاق النار", 1, "other"),
  ("putin_statement_1219", "k1_karlov_1219", "ووصف الرئيس الروسي فلاديمير بوتين اغتيال السفير", 1, "statement"),
  ("karlov_killed_1219", "k1_karlov_1219", "اغتيال السفير", 1, "other"),
  ("erdogan_putin_call_1219", "k1_karlov_1219", "وأجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع نظيره الروسي مساء اليوم", 1, "call"),
  # k2
  ("karlov_killed_1219", "k2_karlov_1220", "اغتيال السفير الروسي في أنقرة", 1, "other"),
  ("berlin_attack_1219", "k2_karlov_1220", "ودهس في برلين", 1, "strike"),
  ("karlov_killed_1219", "k2_karlov_1220", "اغتيل سفير روسيا لدى تركيا أندريه كارلوف، مساء أمس الاثنين", 1, "other"),
  ("erdogan_putin_call_1219", "k2_karlov_1220", "وقال الكرملين إن بوتين تلقى اتصالا من أردوغان مساء أمس", 1, "call"),
  ("berlin_attack_1219", "k2_karlov_1220", "عندما اقتحمت شاحنة سوقا لعيد الميلاد قرب كنيسة القيصر فيلهلم", 1, "strike"),
  ("zurich_shooting_1219", "k2_karlov_1220", "وفي زيوريخ، أصاب مسلح ثلاثة أشخاص بجروح بعدما أطلق النار داخل مصلى إسلامي", 1, "strike"),
  ("moscow_trilateral_1220", "k2_karlov_1220", "أن الاجتماع الثلاثي الذي يجمعه بنظيريه التركي والإيراني سيعقد اليوم في موسكو", 1, "meeting"),
  # k3
  ("investigators_arrive_1220", "k3_karlov_1221", "وصل إلى أنقرة أمس (الثلاثاء) فريق من 18 محققا روسيا", 1, "other"),
  ("karlov_killed_1219", "k3_karlov_1221", "اغتيال السفير أندريه كارلوف مساء الاثنين", 1, "other"),
  ("karlov_body_flown_1220", "k3_karlov_1221", "ونقل جثمان السفير إلى موسكو أمس", 1, "other"),
  ("moscow_trilateral_1220", "k3_karlov_1221", "وعقد وزراء خارجية روسيا وتركيا وإيران اجتماعا في موسكو أمس", 1, "meeting"),
  ("berlin_claim_1220", "k3_karlov_1221", "تبنى تنظيم داعش أمس الهجوم بالشاحنة", 1, "statement"),
  ("berlin_attack_1219", "k3_karlov_1221", "الهجوم بالشاحنة على سوق عيد الميلاد في برلين ليل الاثنين", 1, "strike"),
  # k4
  ("karlov_funeral_1222", "k4_karlov_1223", "شيعت روسيا أمس الخميس سفيرها لدى تركيا أندريه كارلوف فى جنازة رسمية فى موسكو", 1, "other"),
  ("karlov_killed_1219", "k4_karlov_1223", "وكان كارلوف قد قتل يوم الاثنين الماضى برصاص ضابط شرطة تركى", 1, "other"),
  ("cavusoglu_kerry_call_1220", "k4_karlov_1223", "وقال وزير الخارجية التركى مولود جاويش أوغلو لنظيره الأمريكى جون كيرى فى اتصال هاتفى الثلاثاء", 1, "call"),
  # z1
  ("biden_announces_0801", "z1_zawahiri_0802", "قال الرئيس الأمريكي جو بايدن مساء الاثنين إن الولايات المتحدة قتلت زعيم تنظيم القاعدة", 1, "statement"),
  ("zawahiri_strike_0731", "z1_zawahiri_0802", "في ضربة بطائرة مسيرة في العاصمة الأفغانية كابول مطلع الأسبوع", 1, "strike"),
  ("zawahiri_strike_0731", "z1_zawahiri_0802", "وقال مسؤولون أمريكيون إن صاروخين أطلقتهما الطائرة أصابا شرفة منزل", 1, "strike"),
  ("blinken_statement_0801", "z1_zawahiri_0802", "وقال وزير الخارجية أنتوني بلينكن إن حركة طالبان انتهكت", 1, "statement"),
  ("taliban_condemn_0802", "z1_zawahiri_0802", "ونددت حركة طالبان اليوم الثلاثاء بالضربة", 1, "statement"),
  # z2
  ("saudi_welcomes_0802", "z2_zawahiri_0803", "رحبت المملكة العربية السعودية أمس", 1, "statement"),
  ("biden_announces_0801", "z2_zawahiri_0803", "بإعلان الولايات المتحدة مقتل زعيم تنظيم القاعدة أيمن الظواهري", 1, "statement"),
  ("biden_announces_0801", "z2_zawahiri_0803", "وكان الرئيس الأمريكي جو بايدن قد قال في كلمة فجر أمس الثلاثاء بتوقيت الرياض", 1, "statement"),
  ("zawahiri_strike_0731", "z2_zawahiri_0803", "في غارة نفذتها طائرة مسيرة على منزل في كابول الأحد الماضي", 1, "strike"),
  # z3
  ("zawahiri_strike_0731", "z3_zawahiri_0804", "إن الغارة التى استهدفت الظواهرى فى حى شيربور بكابول صباح الأحد الماضى", 1, "strike"),
  ("biden_announces_0801", "z3_zawahiri_0804", "وكان بايدن قد أعلن فى خطاب من شرفة البيت الأبيض مساء الاثنين", 1, "statement"),
  ("taliban_condemn_0802", "z3_zawahiri_0804", "فيما نددت طالبان الثلاثاء بالضربة الأمريكية", 1, "statement"),
  ("sevastopol_drone_0731", "z3_zawahiri_0804", "أصيب ستة أشخاص فى هجوم بطائرة مسيرة على مقر أسطول البحر الأسود الروسى فى سيفاستوبول", 1, "strike"),
  # r1
  ("reina_attack_0101", "r1_reina_0101", "عندما فتح مسلح النار بعيد منتصف الليل على المحتفلين برأس السنة في ملهى رينا الليلي في إسطنبول", 1, "strike"),
  ("erdogan_statement_0101", "r1_reina_0101", "وقال الرئيس رجب طيب أردوغان في بيان اليوم الأحد", 1, "statement"),
  ("saudi_condemns_0101", "r1_reina_0101", "ودانت وزارة الخارجية السعودية الهجوم", 1, "statement"),
  # r2
  ("reina_attack_0101", "r2_reina_0102", "مجزرة رأس السنة في إسطنبول", 1, "strike"),
  ("reina_attack_0101", "r2_reina_0102", "في الهجوم المسلح على ملهى «رينا» ليل السبت - الأحد", 1, "strike"),
  ("lebanon_condemns_0101", "r2_reina_0102", "ودانت وزارة الخارجية والمغتربين أمس الهجوم", 1, "statement"),
  # r3
  ("reina_claim_0102", "r3_reina_0103", "تبنى تنظيم داعش أمس الاثنين الهجوم", 1, "statement"),
  ("reina_attack_0101", "r3_reina_0103", "الهجوم الذي استهدف ملهى ليليا في إسطنبول فجر الأحد", 1, "strike"),
  ("eight_detained_0102", "r3_reina_0103", "واعتقلت الشرطة التركية أمس ثمانية أشخاص", 1, "other"),
  ("saudi_bodies_home_0102", "r3_reina_0103", "ووصلت إلى الرياض أمس جثامين خمسة من السعوديين", 1, "other"),
  # r4
  ("reina_gunman_arrested_0116", "r4_reina_0118", "أعلنت السلطات التركية أمس الثلاثاء القبض على منفذ الهجوم", 1, "other"),
  ("reina_attack_0101", "r4_reina_0118", "الهجوم على ملهى رينا ليلة رأس السنة", 1, "strike"),
  ("reina_gunman_arrested_0116", "r4_reina_0118", "إن الشرطة اعتقلت المهاجم ليل الاثنين فى شقة بحى أسنيورت", 1, "other"),
  ("reina_claim_0102", "r4_reina_0118", "وكان تنظيم داعش قد تبنى الهجوم، الذى قتل فيه 39 شخصا، فى الثانى من يناير", 1, "statement"),
  # s1
  ("saudi_cabinet_1219", "s1_budget_1219", "رأس خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، الجلسة الاستثنائية التي عقدها مجلس الوزراء، بعد ظهر اليوم", 1, "meeting"),
  ("budget_adopted_1219", "s1_budget_1219", "وأقر مجلس الوزراء الميزانية العامة للدولة", 1, "other"),
  ("king_speech_1219", "s1_budget_1219", "وألقى خادم الحرمين الشريفين كلمة بهذه المناسبة", 1, "statement"),
  ("riyadh_missile_1219", "s1_budget_1219", "وكانت قوات الدفاع الجوي قد اعترضت ظهر اليوم صاروخا باليستيا أطلقته الميليشيا الحوثية", 1, "strike"),
  # s2
  ("budget_adopted_1219", "s2_budget_1220", "أقرت الحكومة السعودية، أمس، ميزانية العام المقبل بإنفاق قياسي", 1, "other"),
  ("saudi_cabinet_1219", "s2_budget_1220", "في جلسة استثنائية لمجلس الوزراء ترأسها الملك سلمان", 1, "meeting"),
  ("riyadh_missile_1219", "s2_budget_1220", "واعترضت الدفاعات الجوية السعودية أمس صاروخا باليستيا أطلقه الحوثيون", 1, "strike"),
  ("maliki_statement_1219", "s2_budget_1220", "وقال المتحدث باسم التحالف العقيد تركي المالكي", 1, "statement"),
  # s3
  ("jadaan_statement_1220", "s3_budget_1221", "قال وزير المالية السعودي محمد الجدعان أمس (الأربعاء) في مؤتمر صحافي", 1, "statement"),
  ("saudi_cabinet_1219", "s3_budget_1221", "وكان مجلس الوزراء السعودي قد عقد (الثلاثاء) جلسة استثنائية برئاسة خادم الحرمين الشريفين", 1, "meeting"),
  ("budget_adopted_1219", "s3_budget_1221", "أقر خلالها ميزانية 2018", 1, "other"),
  ("riyadh_missile_1219", "s3_budget_1221", "وأعلنت قيادة التحالف أن الصاروخ الذي أطلق على الرياض (الثلاثاء) إيراني الصنع", 1, "strike"),
 ],
 diff=[
  ("karlov_killed_1219", "gunman_killed_1219"),
  ("karlov_killed_1219", "karlov_body_flown_1220"),
  ("karlov_killed_1219", "karlov_funeral_1222"),
  ("karlov_body_flown_1220", "investigators_arrive_1220"),
  ("karlov_body_flown_1220", "karlov_funeral_1222"),
  ("berlin_attack_1219", "zurich_shooting_1219"),
  ("erdogan_putin_call_1219", "cavusoglu_kerry_call_1220"),
  ("putin_statement_1219", "berlin_claim_1220"),
  ("zawahiri_strike_0731", "sevastopol_drone_0731"),
  ("biden_announces_0801", "blinken_statement_0801"),
  ("biden_announces_0801", "taliban_condemn_0802"),
  ("biden_announces_0801", "saudi_welcomes_0802"),
  ("taliban_condemn_0802", "saudi_welcomes_0802"),
  ("blinken_statement_0801", "taliban_condemn_0802"),
  ("erdogan_statement_0101", "saudi_condemns_0101"),
  ("saudi_condemns_0101", "lebanon_condemns_0101"),
  ("erdogan_statement_0101", "lebanon_condemns_0101"),
  ("reina_claim_0102", "lebanon_condemns_0101"),
  ("eight_detained_0102", "reina_gunman_arrested_0116"),
  ("eight_detained_0102", "saudi_bodies_home_0102"),
  ("king_speech_1219", "maliki_statement_1219"),
  ("king_speech_1219", "jadaan_statement_1220"),
  ("maliki_statement_1219", "jadaan_statement_1220"),
 ],
 before=[
  ("karlov_killed_1219", "putin_statement_1219"),
  ("karlov_killed_1219", "erdogan_putin_call_1219"),
  ("karlov_killed_1219", "moscow_trilateral_1220"),
  ("karlov_killed_1219", "investigators_arrive_1220"),
  ("karlov_body_flown_1220", "karlov_funeral_1222"),
  ("berlin_attack_1219", "berlin_claim_1220"),
  ("zawahiri_strike_0731", "biden_announces_0801"),
  ("biden_announces_0801", "saudi_welcomes_0802"),
  ("reina_attack_0101", "reina_claim_0102"),
  ("reina_claim_0102", "reina_gunman_arrested_0116"),
  ("eight_detained_0102", "reina_gunman_arrested_0116"),
  ("riyadh_missile_1219", "saudi_cabinet_1219"),
  ("saudi_cabinet_1219", "jadaan_statement_1220"),
 ],
)
