"""Gold events for tests/devmerge13, part A (a development set; format as ../devmerge3/spec.py).

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
 "k1_kiev_1125": "2018-11-25T23:30:00+02:00",
 "k2_kiev_1127": "2018-11-27",
 "k3_moscow_1128": "2018-11-28T12:00:00+03:00",
 "k4_cairo_0908": "2019-09-08",
 "b1_ouagadougou_0125": "2022-01-25T10:00:00+00:00",
 "b2_abuja_0129": "2022-01-29",
 "b3_ouagadougou_0217": "2022-02-17",
 "b4_ouagadougou_0930": "2022-09-30T23:00:00+00:00",
 "n1_stockholm_1007": "2021-10-07T14:00:00+02:00",
 "n2_london_1008": "2021-10-08",
 "n3_oslo_1009": "2021-10-09T09:00:00+02:00",
 "i1_maputo_0316": "2019-03-16T10:00:00+02:00",
 "i2_maputo_0319": "2019-03-19T16:00:00+02:00",
 "i3_beira_0328": "2019-03-28",
 "i4_maputo_0426": "2019-04-26",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Kerch 2018-19: Russia's border guard fires on and seizes three Ukrainian boats (25 November),
  # the FSB's words, Ukraine's security council that night, Poroshenko's words; the parliament's
  # martial law and the Security Council's session (26th); Putin's call to Merkel (26th); the
  # Simferopol court (27th); the swap of 7 September 2019 and Zelensky's reception; Crimea's
  # annexation (2014), the bridge (May 2018), Sentsov's sentence (2015)
  "kerch_seizure_1125": C(type="capture", tight=D("2018-11-25"), outer=D("2018-11-25")),
  "fsb_words_1125": C(type="statement", tight=D("2018-11-25"), outer=D("2018-11-25")),
  "ua_nsdc_1125": C(type="meeting", tight=D("2018-11-25"), outer=D("2018-11-25")),
  "poroshenko_words_1125": C(type="statement", tight=D("2018-11-25"), outer=D("2018-11-25")),
  "ua_martial_law_1126": C(type="other", tight=D("2018-11-26"), outer=D("2018-11-26")),
  "unsc_session_1126": C(type="meeting", tight=D("2018-11-26"), outer=D("2018-11-26")),
  "putin_merkel_call_1126": C(type="call", tight=D("2018-11-26"), outer=D("2018-11-26")),
  "simferopol_court_1127": C(type="other", tight=D("2018-11-27"), outer=D("2018-11-27")),
  "kerch_swap_0907": C(type="other", tight=D("2019-09-07"), outer=D("2019-09-07")),
  "zelensky_receives_0907": C(type="meeting", tight=D("2019-09-07"), outer=D("2019-09-07")),
  "crimea_annexed_2014": C(type="other", tight=D("2014-03-18"), outer=D("2014-01-01", "2014-12-31")),
  "kerch_bridge_0515": C(type="other", tight=D("2018-05-15"), outer=D("2018-05-01", "2018-05-31")),
  "sentsov_sentence_2015": C(type="other", tight=D("2015-08-25"), outer=D("2015-01-01", "2015-12-31")),
  # Burkina Faso 2022: the mutiny (23 January) and the coup (24th), Guterres's condemnation,
  # ECOWAS's summit and suspension (28th) and the chiefs of staff sent (29th), the constitutional
  # council (10 February), Damiba's oath and words (16th); the coup of 30 September; Guinea's
  # coup and suspension (September 2021)
  "bf_mutiny_0123": C(type="other", tight=D("2022-01-23"), outer=D("2022-01-23")),
  "bf_coup_0124": C(type="other", tight=D("2022-01-24"), outer=D("2022-01-24")),
  "guterres_condemns_0124": C(type="statement", tight=D("2022-01-24"), outer=D("2022-01-24", "2022-01-25")),
  "ecowas_suspends_bf_0128": C(type="other", tight=D("2022-01-28"), outer=D("2022-01-28")),
  "ecowas_summit_0128": C(type="meeting", tight=D("2022-01-28"), outer=D("2022-01-28")),
  "ecowas_chiefs_visit_0129": C(type="meeting", tight=D("2022-01-29"), outer=D("2022-01-29")),
  "guinea_coup_0905": C(type="other", tight=D("2021-09-05"), outer=D("2021-09-01", "2021-09-30")),
  "ecowas_suspends_guinea_0908": C(type="other", tight=D("2021-09-08"), outer=D("2021-09-01", "2021-09-30")),
  "bf_council_0210": C(type="other", tight=D("2022-02-10"), outer=D("2022-02-10")),
  "damiba_oath_0216": C(type="other", tight=D("2022-02-16"), outer=D("2022-02-16")),
  "damiba_words_0216": C(type="statement", tight=D("2022-02-16"), outer=D("2022-02-16")),
  "bf_coup_0930": C(type="other", tight=D("2022-09-30"), outer=D("2022-09-30")),
  "traore_named_0930": C(type="other", tight=D("2022-09-30"), outer=D("2022-09-30")),
  # Nobel prizes 2021: literature to Gurnah (7 October), Olsson's and Gurnah's words; peace to
  # Ressa and Muratov (8th), Muratov's words, the ceremony ahead (10 December); Soyinka (1986),
  # Glück (2020)
  "nobel_lit_1007": C(type="other", tight=D("2021-10-07"), outer=D("2021-10-07")),
  "olsson_words_1007": C(type="statement", tight=D("2021-10-07"), outer=D("2021-10-07")),
  "gurnah_words_1007": C(type="statement", tight=D("2021-10-07"), outer=D("2021-10-07", "2021-10-08")),
  "nobel_peace_1008": C(type="other", tight=D("2021-10-08"), outer=D("2021-10-08")),
  "muratov_words_1008": C(type="statement", tight=D("2021-10-08"), outer=D("2021-10-08", "2021-10-09")),
  "nobel_ceremony_1210": C(type="other", tight=D("2021-12-10"), outer=D("2021-12-10")),
  "nobel_soyinka_1986": C(type="other", tight=D("1986-10-16"), outer=D("1986-01-01", "1986-12-31")),
  "nobel_gluck_2020": C(type="other", tight=D("2020-10-08"), outer=D("2020-01-01", "2020-12-31")),
  # Cyclones of 2019 in Mozambique: Idai at Beira (night of 14-15 March), the Red Cross's words,
  # the floods of the week before; Nyusi's words (18th) and mourning (19th); cholera (27th);
  # Kenneth (25 April) and the authorities' words
  "idai_beira_0314": C(type="other", tight=D("2019-03-14"), outer=D("2019-03-14", "2019-03-15")),
  "redcross_words_0315": C(type="statement", tight=D("2019-03-15"), outer=D("2019-03-14", "2019-03-16")),
  "idai_floods_0307": C(type="other", tight=D("2019-03-07"), outer=D("2019-03-04", "2019-03-10")),
  "nyusi_words_0318": C(type="statement", tight=D("2019-03-18"), outer=D("2019-03-18")),
  "mz_mourning_0319": C(type="other", tight=D("2019-03-19"), outer=D("2019-03-19")),
  "beira_cholera_0327": C(type="other", tight=D("2019-03-27"), outer=D("2019-03-27")),
  "kenneth_0425": C(type="other", tight=D("2019-04-25"), outer=D("2019-04-25")),
  "kenneth_words_0425": C(type="statement", tight=D("2019-04-25"), outer=D("2019-04-25", "2019-04-26")),
 },
 events=[
  # k1
  ("kerch_seizure_1125", "k1_kiev_1125", "سفنا تابعة لحرس الحدود الروسي أطلقت النار اليوم الأحد على ثلاث سفن حربية أوكرانية في البحر الأسود قرب مضيق كيرتش واستولت عليها", 1, "capture"),
  ("fsb_words_1125", "k1_kiev_1125", "وقال جهاز الأمن الاتحادي الروسي", 1, "statement"),
  ("ua_nsdc_1125", "k1_kiev_1125", "وعقد الرئيس الأوكراني بيترو بوروشينكو اجتماعا طارئا لمجلس الأمن القومي والدفاع الليلة", 1, "meeting"),
  ("poroshenko_words_1125", "k1_kiev_1125", "وقال إنه سيطلب من البرلمان", 1, "statement"),
  ("crimea_annexed_2014", "k1_kiev_1125", "وضمت روسيا شبه جزيرة القرم من أوكرانيا عام 2014", 1, "other"),
  ("kerch_bridge_0515", "k1_kiev_1125", "وافتتح الرئيس فلاديمير بوتين في مايو أيار جسرا فوق المضيق", 1, "other"),
  # k2
  ("ua_martial_law_1126", "k2_kiev_1127", "برلمان أوكرانيا يقر الأحكام العرفية", 1, "other"),
  ("ua_martial_law_1126", "k2_kiev_1127", "أقر البرلمان الأوكراني، أمس، فرض الأحكام العرفية", 1, "other"),
  ("kerch_seizure_1125", "k2_kiev_1127", "احتجاز البحرية الروسية ثلاث سفن أوكرانية وطواقمها يوم الأحد قرب مضيق كيرتش", 1, "capture"),
  ("unsc_session_1126", "k2_kiev_1127", "وعقد مجلس الأمن الدولي جلسة طارئة مساء أمس", 1, "meeting"),
  # k3
  ("simferopol_court_1127", "k3_moscow_1128", "أمرت محكمة في سيمفيروبول بشبه جزيرة القرم أمس الثلاثاء بحبس 12 من البحارة الأوكرانيين", 1, "other"),
  ("kerch_seizure_1125", "k3_moscow_1128", "الذين اعتقلتهم روسيا قرب مضيق كيرتش", 1, "capture"),
  ("kerch_seizure_1125", "k3_moscow_1128", "وكان خفر السواحل الروسي قد فتح النار يوم الأحد على زورقين حربيين وقاطرة أوكرانية واستولى عليها", 1, "capture"),
  ("putin_merkel_call_1126", "k3_moscow_1128", "أبلغ المستشارة الألمانية أنغيلا ميركل في اتصال هاتفي مساء الاثنين", 1, "call"),
  ("ua_martial_law_1126", "k3_moscow_1128", "الأحكام العرفية التي أقرتها كييف", 1, "other"),
  # k4
  ("kerch_swap_0907", "k4_cairo_0908", "أفرجت روسيا وأوكرانيا، أمس السبت، عن 35 سجينا من كل جانب فى عملية تبادل", 1, "other"),
  ("kerch_seizure_1125", "k4_cairo_0908", "الذين احتجزتهم روسيا فى نوفمبر الماضى قرب مضيق كيرتش", 1, "capture"),
  ("sentsov_sentence_2015", "k4_cairo_0908", "الذى صدر بحقه حكم بالسجن 20 عاما فى 2015", 1, "other"),
  ("zelensky_receives_0907", "k4_cairo_0908", "واستقبل الرئيس الأوكرانى فولوديمير زيلينسكى المفرج عنهم فى مطار بوريسبيل", 1, "meeting"),
  ("simferopol_court_1127", "k4_cairo_0908", "وكانت محكمة روسية قد أمرت بحبس البحارة", 1, "other"),
  ("kerch_seizure_1125", "k4_cairo_0908", "بعد يومين من احتجازهم", 1, "capture"),
  # b1
  ("bf_coup_0124", "b1_ouagadougou_0125", "أعلن عسكريون مساء أمس الاثنين عبر التلفزيون الرسمي في بوركينا فاسو أنهم استولوا على السلطة وأطاحوا بالرئيس روك مارك كريستيان كابوري", 1, "other"),
  ("bf_coup_0124", "b1_ouagadougou_0125", "وجاء الانقلاب", 1, "other"),
  ("bf_mutiny_0123", "b1_ouagadougou_0125", "بعد يوم من تمرد جنود في عدة ثكنات بالعاصمة", 1, "other"),
  ("guterres_condemns_0124", "b1_ouagadougou_0125", "وندد الأمين العام للأمم المتحدة أنطونيو غوتيريش بشدة بالانقلاب", 1, "statement"),
  # b2
  ("ecowas_suspends_bf_0128", "b2_abuja_0129", "\"إيكواس\" تعلق عضوية بوركينا فاسو", 1, "other"),
  ("ecowas_suspends_bf_0128", "b2_abuja_0129", "علقت المجموعة الاقتصادية لدول غرب إفريقيا (إيكواس)، أمس، عضوية بوركينا فاسو", 1, "other"),
  ("bf_coup_0124", "b2_abuja_0129", "الانقلاب العسكري الذي أطاح الاثنين بالرئيس كابوري", 1, "other"),
  ("ecowas_summit_0128", "b2_abuja_0129", "في قمة استثنائية عقدها قادة المجموعة عبر الفيديو", 1, "meeting"),
  ("ecowas_chiefs_visit_0129", "b2_abuja_0129", "على أن يتوجه وفد من رؤساء أركان جيوشها إلى واغادوغو اليوم السبت", 1, "meeting"),
  ("ecowas_suspends_guinea_0908", "b2_abuja_0129", "وكانت المجموعة قد علقت عضوية غينيا في سبتمبر الماضي", 1, "other"),
  ("guinea_coup_0905", "b2_abuja_0129", "بعد انقلاب عسكري في كوناكري", 1, "other"),
  # b3
  ("damiba_oath_0216", "b3_ouagadougou_0217", "أدى المقدم بول هنرى سانداوجو داميبا، أمس الأربعاء، اليمين الدستورية رئيسا لبوركينا فاسو", 1, "other"),
  ("bf_coup_0124", "b3_ouagadougou_0217", "بعد ثلاثة أسابيع من الانقلاب الذى قاده ضد الرئيس روك مارك كابورى", 1, "other"),
  ("bf_council_0210", "b3_ouagadougou_0217", "وكان المجلس الدستورى قد أعلن داميبا رئيسا للبلاد فى العاشر من فبراير", 1, "other"),
  ("damiba_words_0216", "b3_ouagadougou_0217", "وقال داميبا فى كلمته", 1, "statement"),
  # b4
  ("bf_coup_0930", "b4_ouagadougou_0930", "أعلن ضباط في جيش بوركينا فاسو على التلفزيون الرسمي مساء اليوم الجمعة الإطاحة بالزعيم العسكري بول هنري داميبا", 1, "other"),
  ("bf_coup_0930", "b4_ouagadougou_0930", "في ثاني انقلاب تشهده البلاد هذا العام", 1, "other"),
  ("traore_named_0930", "b4_ouagadougou_0930", "وعين الضباط النقيب إبراهيم تراوري قائدا للبلاد", 1, "other"),
  ("bf_coup_0124", "b4_ouagadougou_0930", "وكان داميبا قد أطاح بالرئيس روك كابوري في يناير كانون الثاني", 1, "other"),
  ("damiba_oath_0216", "b4_ouagadougou_0930", "وأدى اليمين رئيسا في فبراير شباط", 1, "other"),
  # n1
  ("nobel_lit_1007", "n1_stockholm_1007", "منحت الأكاديمية السويدية جائزة نوبل للآداب لعام 2021 اليوم الخميس للروائي التنزاني المولد عبد الرزاق قرنح", 1, "other"),
  ("olsson_words_1007", "n1_stockholm_1007", "وقال أندرس أولسون رئيس لجنة نوبل في الأكاديمية للصحفيين", 1, "statement"),
  ("nobel_soyinka_1986", "n1_stockholm_1007", "وكان النيجيري وول سوينكا أول كاتب إفريقي أسود يفوز بالجائزة عام 1986", 1, "other"),
  ("nobel_gluck_2020", "n1_stockholm_1007", "وفازت الشاعرة الأمريكية لويز جليك بالجائزة العام الماضي", 1, "other"),
  # n2
  ("nobel_lit_1007", "n2_london_1008", "نوبل للآداب لروائي تنزاني", 1, "other"),
  ("nobel_lit_1007", "n2_london_1008", "فاز الروائي التنزاني عبد الرزاق قرنح المقيم في بريطانيا، أمس، بجائزة نوبل للآداب", 1, "other"),
  ("gurnah_words_1007", "n2_london_1008", "وقال قرنح في مقابلة مع الأكاديمية السويدية", 1, "statement"),
  # n3
  ("nobel_peace_1008", "n3_oslo_1009", "منحت لجنة نوبل النروجية أمس الجمعة جائزة نوبل للسلام للصحافيين ماريا ريسا من الفيليبين وديمتري موراتوف من روسيا", 1, "other"),
  ("nobel_peace_1008", "n3_oslo_1009", "وجاءت الجائزة", 1, "other"),
  ("nobel_lit_1007", "n3_oslo_1009", "بعد يوم من منح الأكاديمية السويدية جائزة الآداب للروائي التنزاني عبد الرزاق قرنح", 1, "other"),
  ("muratov_words_1008", "n3_oslo_1009", "وقال موراتوف، رئيس تحرير صحيفة \"نوفايا غازيتا\"", 1, "statement"),
  ("nobel_ceremony_1210", "n3_oslo_1009", "وستسلم الجوائز في العاشر من ديسمبر", 1, "other"),
  # i1
  ("idai_beira_0314", "i1_maputo_0316", "ضرب الإعصار إيداي ليل الخميس الجمعة مدينة بيرا الساحلية في موزمبيق", 1, "other"),
  ("redcross_words_0315", "i1_maputo_0316", "وقال الصليب الأحمر", 1, "statement"),
  ("idai_floods_0307", "i1_maputo_0316", "وكانت العاصفة قد تسببت الأسبوع الماضي في فيضانات أودت بحياة 66 شخصا", 1, "other"),
  # i2
  ("mz_mourning_0319", "i2_maputo_0319", "أعلن رئيس موزمبيق فيليبي نيوسي اليوم الثلاثاء الحداد الوطني ثلاثة أيام", 1, "other"),
  ("idai_beira_0314", "i2_maputo_0319", "بعد الإعصار الذي ضرب وسط البلاد الأسبوع الماضي", 1, "other"),
  ("nyusi_words_0318", "i2_maputo_0319", "وكان نيوسي قد قال أمس الاثنين", 1, "statement"),
  # i3
  ("beira_cholera_0327", "i3_beira_0328", "الكوليرا تضرب بيرا المنكوبة", 1, "other"),
  ("beira_cholera_0327", "i3_beira_0328", "أعلنت السلطات في موزمبيق، أمس، تسجيل أولى حالات الإصابة بالكوليرا في مدينة بيرا", 1, "other"),
  ("idai_beira_0314", "i3_beira_0328", "بعد نحو أسبوعين من الإعصار إيداي الذي دمر معظم المدينة", 1, "other"),
  ("idai_beira_0314", "i3_beira_0328", "وكان الإعصار قد ضرب المدينة في 14 مارس الجاري", 1, "other"),
  # i4
  ("kenneth_0425", "i4_maputo_0426", "ضرب الإعصار كينيث، أمس الخميس، إقليم كابو ديلجادو فى شمال موزمبيق", 1, "other"),
  ("idai_beira_0314", "i4_maputo_0426", "بعد ستة أسابيع من الإعصار إيداى الذى أودى بحياة أكثر من 600 شخص", 1, "other"),
  ("kenneth_words_0425", "i4_maputo_0426", "وقالت السلطات إن ثلاثة أشخاص على الأقل لقوا حتفهم", 1, "statement"),
 ],
 diff=[
  ("ua_nsdc_1125", "unsc_session_1126"),
  ("ua_martial_law_1126", "simferopol_court_1127"),
  ("simferopol_court_1127", "sentsov_sentence_2015"),
  ("kerch_swap_0907", "simferopol_court_1127"),
  ("crimea_annexed_2014", "kerch_bridge_0515"),
  ("fsb_words_1125", "poroshenko_words_1125"),
  ("bf_coup_0124", "bf_coup_0930"),
  ("bf_coup_0124", "bf_mutiny_0123"),
  ("bf_coup_0124", "guinea_coup_0905"),
  ("ecowas_suspends_bf_0128", "ecowas_suspends_guinea_0908"),
  ("ecowas_summit_0128", "ecowas_chiefs_visit_0129"),
  ("damiba_oath_0216", "bf_council_0210"),
  ("bf_coup_0930", "traore_named_0930"),
  ("damiba_oath_0216", "bf_coup_0930"),
  ("nobel_lit_1007", "nobel_peace_1008"),
  ("nobel_lit_1007", "nobel_gluck_2020"),
  ("nobel_lit_1007", "nobel_soyinka_1986"),
  ("nobel_peace_1008", "nobel_ceremony_1210"),
  ("olsson_words_1007", "gurnah_words_1007"),
  ("idai_beira_0314", "kenneth_0425"),
  ("idai_beira_0314", "idai_floods_0307"),
  ("mz_mourning_0319", "beira_cholera_0327"),
  ("nyusi_words_0318", "redcross_words_0315"),
 ],
 before=[
  ("crimea_annexed_2014", "kerch_bridge_0515"),
  ("kerch_bridge_0515", "kerch_seizure_1125"),
  ("kerch_seizure_1125", "ua_martial_law_1126"),
  ("ua_martial_law_1126", "simferopol_court_1127"),
  ("simferopol_court_1127", "kerch_swap_0907"),
  ("sentsov_sentence_2015", "kerch_swap_0907"),
  ("guinea_coup_0905", "ecowas_suspends_guinea_0908"),
  ("bf_mutiny_0123", "bf_coup_0124"),
  ("bf_coup_0124", "ecowas_suspends_bf_0128"),
  ("ecowas_summit_0128", "ecowas_chiefs_visit_0129"),
  ("bf_council_0210", "damiba_oath_0216"),
  ("damiba_oath_0216", "bf_coup_0930"),
  ("nobel_gluck_2020", "nobel_lit_1007"),
  ("nobel_lit_1007", "nobel_peace_1008"),
  ("nobel_peace_1008", "nobel_ceremony_1210"),
  ("idai_floods_0307", "idai_beira_0314"),
  ("nyusi_words_0318", "mz_mourning_0319"),
  ("mz_mourning_0319", "beira_cholera_0327"),
  ("idai_beira_0314", "kenneth_0425"),
 ],
)
