"""Gold events for tests/devmerge16, part A (a development set; format as ../devmerge3/spec.py).

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
 "t1_paris_0109": "2024-01-09T13:30:00+01:00",
 "t2_beirut_0110": "2024-01-10",
 "t3_dubai_0110": "2024-01-10",
 "t4_paris_0113": "2024-01-13",
 "n1_budapest_0210": "2024-02-10T21:30:00+01:00",
 "n2_dubai_0211": "2024-02-11",
 "n3_budapest_0217": "2024-02-17",
 "s1_rome_0108": "2025-01-08T13:00:00+01:00",
 "s2_rome_0108": "2025-01-08T19:00:00+01:00",
 "s3_doha_0109": "2025-01-09",
 "s4_beirut_0113": "2025-01-13",
 "j1_paris_1227": "2023-12-27T13:00:00+01:00",
 "j2_dubai_1228": "2023-12-28",
 "j3_beirut_0106": "2024-01-06",
 "k1_strasbourg_1019": "2023-10-19T13:00:00+02:00",
 "k2_doha_1020": "2023-10-20",
 "k3_strasbourg_1212": "2023-12-12T13:00:00+01:00",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # France: Gabriel Attal named prime minister (9 January 2024) after Borne's resignation (8th);
  # Macron's words; the handover at Matignon that afternoon, Borne's words; Le Pen's words; the
  # government named (11th) with Dati's appointment; Attal's appointment to education (20 July 2023)
  "attal_appointed_0109": C(type="other", tight=D("2024-01-09"), outer=D("2024-01-09")),
  "borne_resigns_0108": C(type="other", tight=D("2024-01-08"), outer=D("2024-01-08")),
  "macron_words_0109": C(type="statement", tight=D("2024-01-09"), outer=D("2024-01-09")),
  "attal_education_0720": C(type="other", tight=D("2023-07-20"), outer=D("2023-07-01", "2023-07-31")),
  "attal_handover_0109": C(type="other", tight=D("2024-01-09"), outer=D("2024-01-09")),
  "borne_words_0109": C(type="statement", tight=D("2024-01-09"), outer=D("2024-01-09")),
  "lepen_words_0109": C(type="statement", tight=D("2024-01-09"), outer=D("2024-01-09", "2024-01-10")),
  "govt_named_0111": C(type="other", tight=D("2024-01-11"), outer=D("2024-01-11")),
  "dati_appointed_0111": C(type="other", tight=D("2024-01-11"), outer=D("2024-01-11")),
  # Hungary: President Katalin Novák resigns (10 February 2024) over a pardon (April 2023), her
  # words; Judit Varga quits her seat the same day; the protest of the day before
  "novak_resigns_0210": C(type="other", tight=D("2024-02-10"), outer=D("2024-02-10")),
  "novak_words_0210": C(type="statement", tight=D("2024-02-10"), outer=D("2024-02-10")),
  "varga_resigns_0210": C(type="other", tight=D("2024-02-10"), outer=D("2024-02-10")),
  "pardon_0423": C(type="other", tight=D("2023-04-01", "2023-04-30"), outer=D("2023-04-01", "2023-04-30")),
  "protest_0209": C(type="other", tight=D("2024-02-09"), outer=D("2024-02-09")),
  # Italy and Iran: Cecilia Sala freed by Iran (8 January 2025) and home the same afternoon; the
  # words of Meloni's office, Tajani and Iran's ministry of culture; her arrest (19 December
  # 2024); Mohammad Abedini arrested in Milan (16 December), freed by Italy (12 January 2025)
  # and back in Tehran the same evening
  "sala_freed_0108": C(type="other", tight=D("2025-01-08"), outer=D("2025-01-08")),
  "meloni_office_words_0108": C(type="statement", tight=D("2025-01-08"), outer=D("2025-01-08")),
  "sala_arrest_1219": C(type="other", tight=D("2024-12-19"), outer=D("2024-12-19")),
  "abedini_arrest_1216": C(type="other", tight=D("2024-12-16"), outer=D("2024-12-16")),
  "sala_arrival_0108": C(type="other", tight=D("2025-01-08"), outer=D("2025-01-08")),
  "tajani_words_0108": C(type="statement", tight=D("2025-01-08"), outer=D("2025-01-08")),
  "iran_culture_words_0108": C(type="statement", tight=D("2025-01-08"), outer=D("2025-01-08", "2025-01-09")),
  "abedini_freed_0112": C(type="other", tight=D("2025-01-12"), outer=D("2025-01-12")),
  "abedini_return_0112": C(type="other", tight=D("2025-01-12"), outer=D("2025-01-12")),
  # Jacques Delors dies (27 December 2023), Macron's and von der Leyen's words; the national
  # tribute at the Invalides (5 January 2024) and Macron's speech there
  "delors_death_1227": C(type="other", tight=D("2023-12-27"), outer=D("2023-12-27")),
  "macron_words_1227": C(type="statement", tight=D("2023-12-27"), outer=D("2023-12-27")),
  "vdl_words_1227": C(type="statement", tight=D("2023-12-27"), outer=D("2023-12-27", "2023-12-28")),
  "delors_tribute_0105": C(type="other", tight=D("2024-01-05"), outer=D("2024-01-05")),
  "macron_speech_0105": C(type="statement", tight=D("2024-01-05"), outer=D("2024-01-05")),
  # The Sakharov Prize to Mahsa Amini and "Woman, Life, Freedom" (19 October 2023), Metsola's
  # words, Iran's condemnation; Amini's death (16 September 2022); the prize of 2022; Mohammadi's
  # Nobel (6 October); the ceremony (12 December), the family's travel ban (9 December), Metsola's words
  "sakharov_award_1019": C(type="other", tight=D("2023-10-19"), outer=D("2023-10-19")),
  "metsola_words_1019": C(type="statement", tight=D("2023-10-19"), outer=D("2023-10-19")),
  "amini_death_0916": C(type="other", tight=D("2022-09-16"), outer=D("2022-09-01", "2022-09-30")),
  "sakharov_2022": C(type="other", tight=D("2022-10-19"), outer=D("2022-01-01", "2022-12-31")),
  "nobel_mohammadi_1006": C(type="other", tight=D("2023-10-06"), outer=D("2023-10-05", "2023-10-06")),
  "iran_condemns_1019": C(type="statement", tight=D("2023-10-19"), outer=D("2023-10-19")),
  "sakharov_ceremony_1212": C(type="other", tight=D("2023-12-12"), outer=D("2023-12-12")),
  "travel_ban_1209": C(type="other", tight=D("2023-12-09"), outer=D("2023-12-09")),
  "metsola_words_1212": C(type="statement", tight=D("2023-12-12"), outer=D("2023-12-12")),
 },
 events=[
  # t1
  ("attal_appointed_0109", "t1_paris_0109", "عيّن الرئيس الفرنسي إيمانويل ماكرون اليوم الثلاثاء وزير التربية غابريال أتال رئيسا للوزراء", 1, "other"),
  ("borne_resigns_0108", "t1_paris_0109", "التي قدمت استقالتها أمس الاثنين", 1, "other"),
  ("macron_words_0109", "t1_paris_0109", "وكتب ماكرون على منصة إكس", 1, "statement"),
  ("attal_education_0720", "t1_paris_0109", "وكان أتال قد عيّن وزيرا للتربية الوطنية في يوليو تموز الماضي", 1, "other"),
  # t2
  ("attal_handover_0109", "t2_beirut_0110", "أتال يتسلم مهامه في ماتينيون", 1, "other"),
  ("attal_handover_0109", "t2_beirut_0110", "تسلّم رئيس الوزراء الفرنسي الجديد غابريال أتال، أمس الثلاثاء، مهامه من سلفه إليزابيث بورن", 1, "other"),
  ("attal_appointed_0109", "t2_beirut_0110", "بعد ساعات من تعيينه", 1, "other"),
  ("borne_words_0109", "t2_beirut_0110", "وقالت بورن في كلمة ألقتها بالمناسبة", 1, "statement"),
  ("borne_resigns_0108", "t2_beirut_0110", "وكانت بورن قد استقالت الاثنين", 1, "other"),
  # t3
  ("attal_appointed_0109", "t3_dubai_0110", "عيّن الرئيس الفرنسي، أمس، وزير التربية الوطنية رئيسا للحكومة", 1, "other"),
  ("borne_resigns_0108", "t3_dubai_0110", "التي قدمت استقالتها مساء الاثنين", 1, "other"),
  ("lepen_words_0109", "t3_dubai_0110", "وانتقدت زعيمة التجمع الوطني مارين لوبن الخطوة، وكتبت على منصة إكس", 1, "statement"),
  # t4
  ("attal_appointed_0109", "t4_paris_0113", "بعد أربعة أيام على تعيينه", 1, "other"),
  ("govt_named_0111", "t4_paris_0113", "أعلن قصر الإليزيه، مساء الخميس، تشكيلة الحكومة الفرنسية الجديدة", 1, "other"),
  ("attal_appointed_0109", "t4_paris_0113", "الذي عيّنه الرئيس إيمانويل ماكرون الثلاثاء الماضي رئيسا للوزراء", 1, "other"),
  ("dati_appointed_0111", "t4_paris_0113", "وعيّن ماكرون، باقتراح من أتال، رئيسة بلدية الدائرة السابعة في باريس رشيدة داتي وزيرة للثقافة", 1, "other"),
  # n1
  ("novak_resigns_0210", "n1_budapest_0210", "أعلنت رئيسة المجر كاتالين نوفاك استقالتها اليوم السبت", 1, "other"),
  ("pardon_0423", "n1_budapest_0210", "عفو أصدرته عن نائب مدير دار للأطفال", 1, "other"),
  ("novak_words_0210", "n1_budapest_0210", "وقالت نوفاك (46 عاما) في كلمة بثها التلفزيون الرسمي", 1, "statement"),
  ("varga_resigns_0210", "n1_budapest_0210", "وأعلنت وزيرة العدل السابقة يوديت فارغا في وقت لاحق من اليوم نفسه استقالتها من مقعدها في البرلمان", 1, "other"),
  ("pardon_0423", "n1_budapest_0210", "وكانت نوفاك قد أصدرت العفو في أبريل نيسان 2023", 1, "other"),
  ("protest_0209", "n1_budapest_0210", "وتظاهر آلاف المحتجين أمس الجمعة أمام مقر الرئاسة في بودابست", 1, "other"),
  # n2
  ("novak_resigns_0210", "n2_dubai_0211", "رئيسة المجر تستقيل", 1, "other"),
  ("novak_resigns_0210", "n2_dubai_0211", "استقالت الرئيسة المجرية، أمس", 1, "other"),
  ("pardon_0423", "n2_dubai_0211", "عفو منحته العام الماضي لمسؤول في دار للأيتام", 1, "other"),
  ("novak_words_0210", "n2_dubai_0211", "وقالت نوفاك، في رسالة مصورة", 1, "statement"),
  ("varga_resigns_0210", "n2_dubai_0211", "وفي اليوم نفسه، أعلنت وزيرة العدل السابقة يوديت فارغا تخليها عن مقعدها النيابي", 1, "other"),
  # n3
  ("novak_resigns_0210", "n3_budapest_0217", "المجر بعد استقالة رئيستها", 1, "other"),
  ("novak_resigns_0210", "n3_budapest_0217", "بعد أسبوع على استقالة الرئيسة كاتالين نوفاك", 1, "other"),
  ("novak_resigns_0210", "n3_budapest_0217", "وكانت نوفاك قد أعلنت السبت الماضي تنحيها في رسالة مسجلة", 1, "other"),
  ("pardon_0423", "n3_budapest_0217", "عفو صدر عنها في أبريل 2023", 1, "other"),
  # s1
  ("sala_freed_0108", "s1_rome_0108", "أعلنت الحكومة الإيطالية اليوم الأربعاء الإفراج عن الصحافية تشيتشيليا سالا", 1, "other"),
  ("meloni_office_words_0108", "s1_rome_0108", "وقال مكتب رئيسة الوزراء جورجيا ميلوني في بيان", 1, "statement"),
  ("sala_arrest_1219", "s1_rome_0108", "واعتقلت سالا (29 عاما) التي تعمل لصحيفة \"إل فوليو\" في طهران في 19 كانون الأول/ديسمبر", 1, "other"),
  ("abedini_arrest_1216", "s1_rome_0108", "توقيف المهندس الإيراني محمد عابديني في مطار ميلانو", 1, "other"),
  # s2
  ("sala_arrival_0108", "s2_rome_0108", "وصلت الصحفية الإيطالية تشيشيليا سالا إلى مطار تشامبينو العسكري في روما بعد ظهر اليوم الأربعاء", 1, "other"),
  ("sala_freed_0108", "s2_rome_0108", "بعد ساعات من إطلاق سراحها من سجن إيفين في طهران", 1, "other"),
  ("tajani_words_0108", "s2_rome_0108", "وقال تاياني للصحفيين", 1, "statement"),
  # s3
  ("sala_freed_0108", "s3_doha_0109", "إيران تفرج عن صحافية إيطالية", 1, "other"),
  ("sala_freed_0108", "s3_doha_0109", "أفرجت السلطات الإيرانية، أمس، عن الصحافية الإيطالية تشيتشيليا سالا", 1, "other"),
  ("sala_arrest_1219", "s3_doha_0109", "التي اعتقلت في طهران قبل ثلاثة أسابيع", 1, "other"),
  ("sala_arrival_0108", "s3_doha_0109", "وعادت إلى روما على متن طائرة حكومية", 1, "other"),
  ("iran_culture_words_0108", "s3_doha_0109", "وقالت وزارة الثقافة الإيرانية في بيان", 1, "statement"),
  ("abedini_arrest_1216", "s3_doha_0109", "منذ توقيفه في ميلانو في 16 ديسمبر", 1, "other"),
  # s4
  ("abedini_freed_0112", "s4_beirut_0113", "إيطاليا تطلق سراح المهندس الإيراني عابديني", 1, "other"),
  ("abedini_freed_0112", "s4_beirut_0113", "أفرجت السلطات الإيطالية، أمس الأحد، عن المهندس الإيراني محمد عابديني نجف آبادي", 1, "other"),
  ("abedini_return_0112", "s4_beirut_0113", "وعاد إلى طهران في المساء", 1, "other"),
  ("abedini_freed_0112", "s4_beirut_0113", "ويأتي الإفراج عنه", 1, "other"),
  ("sala_freed_0108", "s4_beirut_0113", "إطلاق طهران سراح الصحافية الإيطالية تشيتشيليا سالا", 1, "other"),
  # j1
  ("delors_death_1227", "j1_paris_1227", "توفي الرئيس الأسبق للمفوضية الأوروبية جاك دولور اليوم الأربعاء في باريس", 1, "other"),
  ("macron_words_1227", "j1_paris_1227", "وأشاد الرئيس إيمانويل ماكرون في بيان", 1, "statement"),
  # j2
  ("delors_death_1227", "j2_dubai_1228", "رحيل «مهندس» اليورو", 1, "other"),
  ("delors_death_1227", "j2_dubai_1228", "غيّب الموت، أمس، الرئيس الأسبق للمفوضية الأوروبية الفرنسي جاك ديلور", 1, "other"),
  ("vdl_words_1227", "j2_dubai_1228", "ونعت رئيسة المفوضية الحالية أورسولا فون دير لاين ديلور، وقالت", 1, "statement"),
  # j3
  ("delors_tribute_0105", "j3_beirut_0106", "ماكرون يودع دولور في الإنفاليد", 1, "other"),
  ("delors_tribute_0105", "j3_beirut_0106", "أقامت فرنسا، أمس الجمعة، تكريما وطنيا للرئيس الأسبق للمفوضية الأوروبية", 1, "other"),
  ("macron_speech_0105", "j3_beirut_0106", "وقال الرئيس إيمانويل ماكرون في كلمته", 1, "statement"),
  ("delors_death_1227", "j3_beirut_0106", "وكان جاك دولور قد توفي في 27 ديسمبر", 1, "other"),
  # k1
  ("sakharov_award_1019", "k1_strasbourg_1019", "منح البرلمان الأوروبي اليوم الخميس جائزة ساخاروف لحرية الفكر للشابة الإيرانية جينا مهسا أميني", 1, "other"),
  ("amini_death_0916", "k1_strasbourg_1019", "التي توفيت أثناء احتجازها لدى شرطة الأخلاق", 1, "other"),
  ("metsola_words_1019", "k1_strasbourg_1019", "وقالت رئيسة البرلمان روبرتا ميتسولا أمام النواب", 1, "statement"),
  ("amini_death_0916", "k1_strasbourg_1019", "وكانت أميني (22 عاما) قد توفيت في 16 سبتمبر 2022", 1, "other"),
  ("sakharov_2022", "k1_strasbourg_1019", "ومنحت الجائزة العام الماضي للشعب الأوكراني", 1, "other"),
  ("nobel_mohammadi_1006", "k1_strasbourg_1019", "منح لجنة نوبل جائزة نوبل للسلام للناشطة الإيرانية المسجونة نرجس محمدي", 1, "other"),
  # k2
  ("iran_condemns_1019", "k2_doha_1020", "طهران تندد", 1, "statement"),
  ("sakharov_award_1019", "k2_doha_1020", "بمنح «ساخاروف» لأميني", 1, "other"),
  ("iran_condemns_1019", "k2_doha_1020", "نددت إيران، أمس", 1, "statement"),
  ("sakharov_award_1019", "k2_doha_1020", "بقرار البرلمان الأوروبي منح جائزة ساخاروف للشابة الكردية الإيرانية مهسا أميني", 1, "other"),
  ("iran_condemns_1019", "k2_doha_1020", "وقال المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني في بيان", 1, "statement"),
  ("sakharov_award_1019", "k2_doha_1020", "وكانت رئيسة البرلمان الأوروبي روبرتا ميتسولا قد أعلنت، الخميس، منح الجائزة لأميني", 1, "other"),
  ("amini_death_0916", "k2_doha_1020", "بعد وفاتها في سبتمبر من العام الماضي", 1, "other"),
  # k3
  ("sakharov_ceremony_1212", "k3_strasbourg_1212", "تسلمت محامية عائلة مهسا أميني، شيرين أردكاني، اليوم الثلاثاء في ستراسبورغ جائزة ساخاروف", 1, "other"),
  ("sakharov_award_1019", "k3_strasbourg_1212", "التي منحها البرلمان الأوروبي للشابة الإيرانية في أكتوبر", 1, "other"),
  ("travel_ban_1209", "k3_strasbourg_1212", "التي منعت من مغادرة إيران", 1, "other"),
  ("travel_ban_1209", "k3_strasbourg_1212", "وكانت السلطات الإيرانية قد منعت والدي أميني وشقيقها من السفر السبت", 1, "other"),
  ("travel_ban_1209", "k3_strasbourg_1212", "وصادرت جوازات سفرهم في مطار الإمام الخميني في طهران", 1, "other"),
  ("metsola_words_1212", "k3_strasbourg_1212", "وقالت ميتسولا خلال المراسم", 1, "statement"),
 ],
 diff=[
  ("attal_appointed_0109", "attal_education_0720"),
  ("attal_appointed_0109", "dati_appointed_0111"),
  ("attal_appointed_0109", "attal_handover_0109"),
  ("attal_appointed_0109", "govt_named_0111"),
  ("attal_appointed_0109", "borne_resigns_0108"),
  ("dati_appointed_0111", "attal_education_0720"),
  ("macron_words_0109", "borne_words_0109"),
  ("macron_words_0109", "lepen_words_0109"),
  ("novak_resigns_0210", "varga_resigns_0210"),
  ("novak_resigns_0210", "pardon_0423"),
  ("novak_resigns_0210", "protest_0209"),
  ("sala_freed_0108", "abedini_freed_0112"),
  ("sala_freed_0108", "sala_arrival_0108"),
  ("sala_freed_0108", "sala_arrest_1219"),
  ("sala_arrival_0108", "abedini_return_0112"),
  ("abedini_freed_0112", "abedini_return_0112"),
  ("sala_arrest_1219", "abedini_arrest_1216"),
  ("meloni_office_words_0108", "tajani_words_0108"),
  ("tajani_words_0108", "iran_culture_words_0108"),
  ("delors_death_1227", "delors_tribute_0105"),
  ("macron_words_1227", "macron_speech_0105"),
  ("macron_words_1227", "vdl_words_1227"),
  ("sakharov_award_1019", "sakharov_ceremony_1212"),
  ("sakharov_award_1019", "sakharov_2022"),
  ("sakharov_award_1019", "nobel_mohammadi_1006"),
  ("sakharov_ceremony_1212", "travel_ban_1209"),
  ("metsola_words_1019", "metsola_words_1212"),
  ("metsola_words_1019", "iran_condemns_1019"),
 ],
 before=[
  ("attal_education_0720", "borne_resigns_0108"),
  ("borne_resigns_0108", "attal_appointed_0109"),
  ("attal_appointed_0109", "attal_handover_0109"),
  ("attal_appointed_0109", "govt_named_0111"),
  ("pardon_0423", "protest_0209"),
  ("protest_0209", "novak_resigns_0210"),
  ("abedini_arrest_1216", "sala_arrest_1219"),
  ("sala_arrest_1219", "sala_freed_0108"),
  ("sala_freed_0108", "sala_arrival_0108"),
  ("sala_freed_0108", "abedini_freed_0112"),
  ("abedini_freed_0112", "abedini_return_0112"),
  ("delors_death_1227", "delors_tribute_0105"),
  ("amini_death_0916", "sakharov_2022"),
  ("nobel_mohammadi_1006", "sakharov_award_1019"),
  ("sakharov_award_1019", "travel_ban_1209"),
  ("travel_ban_1209", "sakharov_ceremony_1212"),
 ],
)
