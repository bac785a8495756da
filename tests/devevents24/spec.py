"""Gold events for tests/devevents24 (a development set; format as ../devevents23/spec.py).

  clusters: cluster -> dict(type, tight, outer): the real date (tight) and what the texts
            still allow (outer).
  events rows: (cluster, doc, surface, occurrence, type): the clause carrying the trigger.
  diff:   cluster pairs of one type that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts.
Time expressions are not annotated here (``timex`` is empty): the set scores events only.
Part A is the reports a* .. e*, part B the reports f* .. h* (see README.md).
"""
from gold_sets import cluster_row

PUBLISHED = {
 "a01_odisha_0602": "2023-06-02T23:30:00+05:30",
 "a02_odisha_0604": "2023-06-04",
 "a03_odisha_0609": "2023-06-09",
 "b01_hazara_0806": "2023-08-06T19:00:00+05:00",
 "b02_hazara_0807": "2023-08-07",
 "b03_hazara_0811": "2023-08-11",
 "c01_duterte_0311": "2025-03-11T20:00:00+08:00",
 "c02_duterte_0312": "2025-03-12",
 "c03_duterte_0317": "2025-03-17",
 "d01_vietnam_1028": "2024-10-28T18:00:00+04:00",
 "d02_vietnam_1029": "2024-10-29",
 "d03_vietnam_1102": "2024-11-02",
 "e01_chatgpt_0331": "2023-03-31T20:00:00+02:00",
 "e02_chatgpt_0401": "2023-04-01",
 "e03_chatgpt_0405": "2023-04-05",
 "f01_darjeeling_0617": "2024-06-17T16:00:00+05:30",
 "f02_darjeeling_0618": "2024-06-18",
 "f03_darjeeling_0622": "2024-06-22",
 "g01_facebook_0324": "2025-03-24T20:00:00+10:00",
 "g02_facebook_0325": "2025-03-25",
 "g03_facebook_0330": "2025-03-30",
 "h01_imamoglu_0319": "2025-03-19T14:00:00+03:00",
 "h02_imamoglu_0320": "2025-03-20",
 "h03_imamoglu_0324": "2025-03-24",
}

O = cluster_row("other")  # noqa: E741
S = cluster_row("statement")
M = cluster_row("meeting")

DEV = dict(
 timex=[],
 clusters={
  # a: the Odisha (Balasore) triple train collision (India, 2023)
  "odisha_crash_0602": O("2023-06-02"),
  "odisha_rescue_0602": O("2023-06-02", hi="2023-06-03"),
  "vaishnaw_press_0602": S("2023-06-02"),
  "modi_tweet_0602": S("2023-06-02"),
  "modi_site_visit_0603": M("2023-06-03"),
  "modi_press_0603": S("2023-06-03"),
  "trains_cancelled_0603": O("2023-06-03"),
  "odisha_line_reopened_0604": O("2023-06-04"),
  "cbi_takes_over_0606": O("2023-06-06"),
  "banerjee_press_0605": S("2023-06-05"),
  # b: the Hazara Express derailment (Pakistan, 2023)
  "hazara_derailment_0806": O("2023-08-06"),
  "army_called_0806": O("2023-08-06"),
  "rafique_press_0806": S("2023-08-06"),
  "hazara_inquiry_ordered_0806": O("2023-08-06"),
  "railways_spokesman_0807": S("2023-08-06", "2023-08-07"),
  "hazara_traffic_resumed_0807": O("2023-08-07"),
  "hazara_inquiry_finds_0809": O("2023-08-09"),
  "railway_staff_suspended_0810": O("2023-08-10"),
  "rafique_lahore_0808": S("2023-08-08"),
  # c: Rodrigo Duterte arrested on an ICC warrant (Philippines, 2025)
  "duterte_arrest_0311": O("2025-03-11"),
  "duterte_flown_0311": O("2025-03-11"),
  "marcos_press_0311": S("2025-03-11"),
  "sara_duterte_press_0311": S("2025-03-11", "2025-03-12"),
  "duterte_supporters_protest_0311": O("2025-03-11"),
  "duterte_arrives_hague_0312": O("2025-03-12"),
  "duterte_icc_appearance_0314": O("2025-03-14"),
  "panelo_press_03": S("2025-03-11", "2025-03-17"),
  # d: Pham Minh Chinh's visit to the UAE; the CEPA signed (2024)
  "chinh_uae_visit_1027": M("2024-10-27", "2024-10-28"),
  "uae_vietnam_cepa_1028": O("2024-10-28"),
  "chinh_press_1028": S("2024-10-28"),
  "zeyoudi_press_1028": S("2024-10-28"),
  "chinh_leaves_for_doha_1028": O("2024-10-28", "2024-10-29"),
  "cepa_talks_launched_2023": O("2023-01-01", "2023-12-31"),
  "dubai_chamber_statement_1031": S("2024-10-31"),
  # e: Italy's data protection authority bans ChatGPT (2023)
  "chatgpt_ban_0331": O("2023-03-31"),
  "chatgpt_data_leak_0320": O("2023-03-20"),
  "openai_blocks_italy_0331": O("2023-03-31"),
  "openai_statement_0331": S("2023-03-31"),
  "salvini_criticism_0402": S("2023-04-02"),
  "stanzione_press_0404": S("2023-04-04"),
  # f: the Kanchanjunga Express collision near Darjeeling (India, 2024) -- part B
  "darjeeling_crash_0617": O("2024-06-17"),
  "banerjee_press_0617": S("2024-06-17"),
  "vaishnaw_site_visit_0617": M("2024-06-17"),
  "sinha_press_0617": S("2024-06-17"),
  "darjeeling_traffic_resumed_0617": O("2024-06-17"),
  "crs_inquiry_0619": O("2024-06-19"),
  "signal_document_published_06": O("2024-06-17", "2024-06-22"),
  # g: Papua New Guinea blocks Facebook (2025) -- part B
  "png_facebook_ban_0324": O("2025-03-24"),
  "tsiamalili_press_0324": S("2025-03-24"),
  "tomlinson_criticism_0324": S("2025-03-24"),
  "media_council_statement_03": S("2025-03-24", "2025-03-25"),
  "png_facebook_restored_0326": O("2025-03-26"),
  "marape_statement_0327": S("2025-03-27"),
  # h: Ekrem Imamoglu detained and jailed (Turkey, 2025) -- part B
  "imamoglu_detained_0319": O("2025-03-19"),
  "diploma_annulled_0318": O("2025-03-18"),
  "ozel_press_0319": S("2025-03-19"),
  "istanbul_gatherings_ban_0319": O("2025-03-19"),
  "istanbul_protest_0319": O("2025-03-19"),
  "imamoglu_message_0319": S("2025-03-19"),
  "imamoglu_jailed_0323": O("2025-03-23"),
  "imamoglu_suspended_0323": O("2025-03-23"),
  "chp_primary_0323": O("2025-03-23"),
 },
 events=[
  # a01 (Reuters)
  ("odisha_crash_0602", "a01_odisha_0602", "مقتل أكثر من 200 شخص في تصادم قطارات في الهند", 1, "other"),
  ("odisha_crash_0602", "a01_odisha_0602", "لقي 233 شخصا على الأقل حتفهم وأصيب نحو 900 آخرين في تصادم ثلاثة قطارات، مساء اليوم الجمعة", 1, "other"),
  ("odisha_rescue_0602", "a01_odisha_0602", "ثم وصلت فرق قوة الاستجابة الوطنية للكوارث وبدأت انتشال الجثث", 1, "other"),
  ("vaishnaw_press_0602", "a01_odisha_0602", "وقال وزير السكك الحديدية أشويني فايشناو للصحافيين في موقع الحادث", 1, "statement"),
  ("modi_tweet_0602", "a01_odisha_0602", "وقال رئيس الوزراء ناريندرا مودي في تغريدة", 1, "statement"),
  # a02 (next-day paper)
  ("modi_site_visit_0603", "a02_odisha_0604", "مودي يزور موقع كارثة القطارات في أوديشا", 1, "meeting"),
  ("modi_site_visit_0603", "a02_odisha_0604", "زار رئيس الوزراء الهندي ناريندرا مودي، أمس السبت، موقع تصادم القطارات", 1, "meeting"),
  ("odisha_crash_0602", "a02_odisha_0604", "حيث لقي 288 شخصا حتفهم مساء الجمعة", 1, "other"),
  ("modi_press_0603", "a02_odisha_0604", "وقال مودي للصحافيين", 1, "statement"),
  ("trains_cancelled_0603", "a02_odisha_0604", "وألغت السكك الحديدية الهندية، أمس السبت، 48 قطارا على الخط", 1, "other"),
  # a03 (weekly)
  ("odisha_crash_0602", "a03_odisha_0609", "أسبوع على كارثة قطارات أوديشا", 1, "other"),
  ("odisha_crash_0602", "a03_odisha_0609", "لقي 288 شخصا حتفهم في تصادم ثلاثة قطارات، الجمعة الماضي", 1, "other"),
  ("odisha_line_reopened_0604", "a03_odisha_0609", "وأعيد فتح الخط أمام حركة القطارات مساء الأحد", 1, "other"),
  ("cbi_takes_over_0606", "a03_odisha_0609", "وتسلم مكتب التحقيقات المركزي، يوم الثلاثاء، التحقيق في الحادث", 1, "other"),
  ("banerjee_press_0605", "a03_odisha_0609", "وقالت رئيسة وزراء ولاية البنغال الغربية ماماتا بانيرجي للصحافيين، يوم الاثنين", 1, "statement"),
  # b01 (AFP)
  ("hazara_derailment_0806", "b01_hazara_0806", "مقتل 30 شخصا في انقلاب قطار في باكستان", 1, "other"),
  ("hazara_derailment_0806", "b01_hazara_0806", "لقي 30 شخصا على الأقل حتفهم وأصيب أكثر من 80 آخرين، اليوم الأحد، في انقلاب قطار ركاب", 1, "other"),
  ("hazara_derailment_0806", "b01_hazara_0806", "وخرجت عشر عربات من قطار هزارة إكسبريس عن القضبان قرب محطة سرحاري", 1, "other"),
  ("army_called_0806", "b01_hazara_0806", "واستدعت السلطات الجيش للمساعدة في عمليات الإنقاذ", 1, "other"),
  ("rafique_press_0806", "b01_hazara_0806", "وقال وزير السكك الحديدية خواجة سعد رفيق للصحافيين", 1, "statement"),
  # b02 (next-day paper)
  ("hazara_inquiry_ordered_0806", "b02_hazara_0807", "باكستان تحقق في انقلاب قطار هزارة إكسبريس", 1, "other"),
  ("hazara_inquiry_ordered_0806", "b02_hazara_0807", "أمرت الحكومة الباكستانية، أمس الأحد، بفتح تحقيق في انقلاب قطار هزارة إكسبريس", 1, "other"),
  ("hazara_derailment_0806", "b02_hazara_0807", "الذي أودى بحياة 30 شخصا قرب نوابشاه", 1, "other"),
  ("hazara_derailment_0806", "b02_hazara_0807", "ثم انحرفت عن القضبان قرب محطة سرحاري", 1, "other"),
  ("railways_spokesman_0807", "b02_hazara_0807", "وقال متحدث باسم السكك الحديدية للصحافيين", 1, "statement"),
  ("hazara_traffic_resumed_0807", "b02_hazara_0807", "وأعيدت حركة القطارات على الخط صباح اليوم الاثنين", 1, "other"),
  # b03 (weekly)
  ("hazara_derailment_0806", "b03_hazara_0811", "أسبوع على كارثة قطار نوابشاه", 1, "other"),
  ("hazara_derailment_0806", "b03_hazara_0811", "انقلب قطار هزارة إكسبريس، الأحد الماضي، قرب نوابشاه", 1, "other"),
  ("hazara_inquiry_finds_0809", "b03_hazara_0811", "وخلصت لجنة التحقيق، يوم الأربعاء، إلى أن قطعة معدنية مفقودة في القضبان تسببت في الحادث", 1, "other"),
  ("railway_staff_suspended_0810", "b03_hazara_0811", "وأوقفت إدارة السكك الحديدية سبعة موظفين عن العمل يوم الخميس", 1, "other"),
  ("rafique_lahore_0808", "b03_hazara_0811", "وقال رفيق للصحافيين في لاهور، يوم الثلاثاء", 1, "statement"),
  # c01 (AFP)
  ("duterte_arrest_0311", "c01_duterte_0311", "اعتقال الرئيس الفلبيني السابق دوتيرتي بموجب مذكرة من الجنائية الدولية", 1, "other"),
  ("duterte_arrest_0311", "c01_duterte_0311", "أوقفت السلطات الفلبينية الرئيس الفلبيني السابق رودريغو دوتيرتي، اليوم الثلاثاء، في مطار مانيلا الدولي", 1, "other"),
  ("duterte_flown_0311", "c01_duterte_0311", "ثم نقل دوتيرتي على متن طائرة إلى لاهاي مساء اليوم", 1, "other"),
  ("marcos_press_0311", "c01_duterte_0311", "وقال الرئيس فرديناند ماركوس الابن في مؤتمر صحافي", 1, "statement"),
  # c02 (next-day paper)
  ("duterte_arrest_0311", "c02_duterte_0312", "اعتقلت الشرطة الفلبينية، أمس الثلاثاء، الرئيس السابق رودريغو دوتيرتي", 1, "other"),
  ("duterte_flown_0311", "c02_duterte_0312", "وغادرت الطائرة التي تقله مانيلا مساء أمس متجهة إلى هولندا", 1, "other"),
  ("sara_duterte_press_0311", "c02_duterte_0312", "وقالت نائبة الرئيس سارة دوتيرتي للصحافيين", 1, "statement"),
  ("duterte_supporters_protest_0311", "c02_duterte_0312", "وتظاهر مئات من أنصار دوتيرتي أمام القاعدة الجوية", 1, "other"),
  # c03 (weekly)
  ("duterte_arrest_0311", "c03_duterte_0317", "أسبوع على توقيف دوتيرتي", 1, "other"),
  ("duterte_arrest_0311", "c03_duterte_0317", "أوقفت السلطات الفلبينية، الثلاثاء الماضي، الرئيس السابق رودريغو دوتيرتي في مطار مانيلا", 1, "other"),
  ("duterte_arrives_hague_0312", "c03_duterte_0317", "ووصل دوتيرتي إلى لاهاي مساء الأربعاء", 1, "other"),
  ("duterte_icc_appearance_0314", "c03_duterte_0317", "ومثل دوتيرتي، يوم الجمعة، أمام المحكمة الجنائية الدولية عبر الفيديو", 1, "other"),
  ("panelo_press_03", "c03_duterte_0317", "وقال محاميه سلفادور بانيلو للصحافيين", 1, "statement"),
  # d01 (WAM)
  ("chinh_uae_visit_1027", "d01_vietnam_1028", "رئيس الدولة يستقبل رئيس وزراء فيتنام", 1, "meeting"),
  ("chinh_uae_visit_1027", "d01_vietnam_1028", "بحث صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة وضيفه رئيس وزراء جمهورية فيتنام الاشتراكية فام مينه تشينه، اليوم الاثنين", 1, "meeting"),
  ("uae_vietnam_cepa_1028", "d01_vietnam_1028", "وشهد الجانبان توقيع اتفاقية الشراكة الاقتصادية الشاملة", 1, "other"),
  ("chinh_uae_visit_1027", "d01_vietnam_1028", "وكان رئيس الوزراء الفيتنامي قد وصل إلى أبوظبي مساء أمس الأحد في زيارة رسمية", 1, "meeting"),
  ("chinh_press_1028", "d01_vietnam_1028", "وقال تشينه للصحافيين عقب المحادثات", 1, "statement"),
  # d02 (next-day paper)
  ("uae_vietnam_cepa_1028", "d02_vietnam_1029", "الإمارات وفيتنام توقعان اتفاقية شراكة اقتصادية شاملة", 1, "other"),
  ("uae_vietnam_cepa_1028", "d02_vietnam_1029", "وقعت الإمارات وفيتنام، أمس الاثنين في أبوظبي، اتفاقية الشراكة الاقتصادية الشاملة", 1, "other"),
  ("chinh_uae_visit_1027", "d02_vietnam_1029", "وبحث الشيخ محمد بن زايد وضيفه الفيتنامي سبل تعزيز التجارة والاستثمار", 1, "meeting"),
  ("zeyoudi_press_1028", "d02_vietnam_1029", "وقال وزير الدولة للتجارة الخارجية ثاني الزيودي للصحافيين", 1, "statement"),
  ("chinh_leaves_for_doha_1028", "d02_vietnam_1029", "ثم توجه تشينه إلى الدوحة", 1, "other"),
  # d03 (weekly)
  ("uae_vietnam_cepa_1028", "d03_vietnam_1102", "وقعت الإمارات وفيتنام، الاثنين الماضي في أبوظبي، اتفاقية شراكة اقتصادية شاملة", 1, "other"),
  ("chinh_uae_visit_1027", "d03_vietnam_1102", "بحث خلالها مع رئيس الدولة الشيخ محمد بن زايد آل نهيان العلاقات الثنائية", 1, "meeting"),
  ("cepa_talks_launched_2023", "d03_vietnam_1102", "وكان البلدان قد أطلقا مفاوضات الاتفاقية في عام 2023", 1, "other"),
  ("dubai_chamber_statement_1031", "d03_vietnam_1102", "وقالت غرفة تجارة دبي في بيان، يوم الخميس", 1, "statement"),
  # e01 (AFP)
  ("chatgpt_ban_0331", "e01_chatgpt_0331", "إيطاليا تحظر \"تشات جي بي تي\"", 1, "other"),
  ("chatgpt_ban_0331", "e01_chatgpt_0331", "حظرت هيئة حماية البيانات الإيطالية، اليوم الجمعة، روبوت المحادثة \"تشات جي بي تي\" بشكل مؤقت", 1, "other"),
  ("chatgpt_ban_0331", "e01_chatgpt_0331", "وأمرت الهيئة الشركة بوقف معالجة بيانات المستخدمين الإيطاليين فورا", 1, "other"),
  ("chatgpt_data_leak_0320", "e01_chatgpt_0331", "وكان خلل تقني قد كشف في 20 مارس محادثات بعض المستخدمين", 1, "other"),
  # e02 (next-day paper)
  ("openai_blocks_italy_0331", "e02_chatgpt_0401", "\"أوبن إيه آي\" تحجب \"تشات جي بي تي\" في إيطاليا", 1, "other"),
  ("openai_blocks_italy_0331", "e02_chatgpt_0401", "حجبت شركة \"أوبن إيه آي\" الأميركية، مساء أمس الجمعة، خدمة \"تشات جي بي تي\" عن المستخدمين في إيطاليا", 1, "other"),
  ("chatgpt_ban_0331", "e02_chatgpt_0401", "بعد ساعات من قرار هيئة حماية البيانات حظرها", 1, "other"),
  ("openai_statement_0331", "e02_chatgpt_0401", "وقالت الشركة في بيان", 1, "statement"),
  # e03 (weekly)
  ("chatgpt_ban_0331", "e03_chatgpt_0405", "أسبوع على حظر \"تشات جي بي تي\" في إيطاليا", 1, "other"),
  ("chatgpt_ban_0331", "e03_chatgpt_0405", "حظرت هيئة حماية البيانات الإيطالية، الجمعة الماضي، روبوت المحادثة \"تشات جي بي تي\" مؤقتا", 1, "other"),
  ("salvini_criticism_0402", "e03_chatgpt_0405", "وانتقد نائب رئيس الوزراء ماتيو سالفيني القرار يوم الأحد", 1, "statement"),
  ("stanzione_press_0404", "e03_chatgpt_0405", "وقال رئيس الهيئة باسكوالي ستانزيوني للصحافيين، يوم الثلاثاء", 1, "statement"),
  # f01 (Reuters) -- part B
  ("darjeeling_crash_0617", "f01_darjeeling_0617", "مقتل 8 أشخاص في تصادم قطارين في البنغال الغربية", 1, "other"),
  ("darjeeling_crash_0617", "f01_darjeeling_0617", "لقي ثمانية أشخاص على الأقل حتفهم وأصيب 25 آخرون، صباح اليوم الاثنين، في تصادم قطار بضائع بقطار الركاب كانتشانجونغا إكسبريس", 1, "other"),
  ("darjeeling_crash_0617", "f01_darjeeling_0617", "وصدم قطار البضائع مؤخرة قطار الركاب المتوقف قرب محطة رانغاباني", 1, "other"),
  ("banerjee_press_0617", "f01_darjeeling_0617", "وقالت رئيسة وزراء الولاية ماماتا بانيرجي للصحافيين", 1, "statement"),
  ("vaishnaw_site_visit_0617", "f01_darjeeling_0617", "ثم توجه وزير السكك الحديدية أشويني فايشناو إلى موقع الحادث", 1, "meeting"),
  # f02 (next-day paper) -- part B
  ("darjeeling_crash_0617", "f02_darjeeling_0618", "عشرة قتلى في تصادم قطارين شرق الهند", 1, "other"),
  ("darjeeling_crash_0617", "f02_darjeeling_0618", "تصادم قطار بضائع بقطار الركاب كانتشانجونغا إكسبريس، صباح أمس الاثنين", 1, "other"),
  ("vaishnaw_site_visit_0617", "f02_darjeeling_0618", "وزار فايشناو موقع الحادث بعد ظهر أمس", 1, "meeting"),
  ("sinha_press_0617", "f02_darjeeling_0618", "وقالت رئيسة مجلس السكك الحديدية جايا فارما سينها للصحافيين", 1, "statement"),
  ("darjeeling_traffic_resumed_0617", "f02_darjeeling_0618", "واستؤنفت حركة القطارات على الخط مساء أمس", 1, "other"),
  # f03 (weekly) -- part B
  ("crs_inquiry_0619", "f03_darjeeling_0622", "لجنة السلامة تحقق في تصادم قطاري دارجيلنغ", 1, "other"),
  ("darjeeling_crash_0617", "f03_darjeeling_0622", "لقي عشرة أشخاص حتفهم في تصادم قطارين، الاثنين الماضي", 1, "other"),
  ("crs_inquiry_0619", "f03_darjeeling_0622", "وبدأ مفوض سلامة السكك الحديدية، يوم الأربعاء، تحقيقه في الحادث", 1, "other"),
  ("signal_document_published_06", "f03_darjeeling_0622", "ثم نشرت وسائل إعلام هندية وثيقة", 1, "other"),
  # g01 (AFP) -- part B
  ("png_facebook_ban_0324", "g01_facebook_0324", "بابوا غينيا الجديدة تحظر فيسبوك", 1, "other"),
  ("png_facebook_ban_0324", "g01_facebook_0324", "حجبت حكومة بابوا غينيا الجديدة، اليوم الاثنين، موقع فيسبوك في أنحاء البلاد", 1, "other"),
  ("tsiamalili_press_0324", "g01_facebook_0324", "وقال وزير الشرطة بيتر تسياماليلي للصحافيين", 1, "statement"),
  ("tomlinson_criticism_0324", "g01_facebook_0324", "وانتقد زعيم المعارضة دوغلاس توملنسون القرار", 1, "statement"),
  # g02 (next-day paper) -- part B
  ("png_facebook_ban_0324", "g02_facebook_0325", "أثار حجب موقع فيسبوك في بابوا غينيا الجديدة، أمس الاثنين", 1, "other"),
  ("png_facebook_ban_0324", "g02_facebook_0325", "وحظرت الحكومة الوصول إلى الموقع دون إشعار مسبق", 1, "other"),
  ("media_council_statement_03", "g02_facebook_0325", "وقالت جمعية الإعلام في البلاد في بيان", 1, "statement"),
  # g03 (weekly) -- part B
  ("png_facebook_restored_0326", "g03_facebook_0330", "عودة فيسبوك في بابوا غينيا الجديدة", 1, "other"),
  ("png_facebook_restored_0326", "g03_facebook_0330", "أعادت السلطات في بابوا غينيا الجديدة، يوم الأربعاء، الوصول إلى موقع فيسبوك", 1, "other"),
  ("png_facebook_ban_0324", "g03_facebook_0330", "وكانت الحكومة قد حظرت الموقع الاثنين الماضي", 1, "other"),
  ("marape_statement_0327", "g03_facebook_0330", "وقال رئيس الوزراء جيمس مارابي في بيان، يوم الخميس", 1, "statement"),
  # h01 (AFP) -- part B
  ("imamoglu_detained_0319", "h01_imamoglu_0319", "توقيف رئيس بلدية إسطنبول أكرم إمام أوغلو", 1, "other"),
  ("imamoglu_detained_0319", "h01_imamoglu_0319", "أوقفت الشرطة التركية، فجر اليوم الأربعاء، رئيس بلدية إسطنبول المعارض أكرم إمام أوغلو في منزله", 1, "other"),
  ("diploma_annulled_0318", "h01_imamoglu_0319", "وكانت جامعة إسطنبول قد ألغت أمس الثلاثاء شهادته الجامعية", 1, "other"),
  ("ozel_press_0319", "h01_imamoglu_0319", "وقال زعيم حزب الشعب الجمهوري أوزغور أوزيل للصحافيين", 1, "statement"),
  ("istanbul_gatherings_ban_0319", "h01_imamoglu_0319", "وفرضت السلطات حظرا على التجمعات في المدينة لأربعة أيام", 1, "other"),
  # h02 (next-day paper) -- part B
  ("istanbul_protest_0319", "h02_imamoglu_0320", "احتجاجات في إسطنبول بعد توقيف إمام أوغلو", 1, "other"),
  ("istanbul_protest_0319", "h02_imamoglu_0320", "تظاهر آلاف الأشخاص، مساء أمس الأربعاء، أمام مقر بلدية إسطنبول", 1, "other"),
  ("imamoglu_detained_0319", "h02_imamoglu_0320", "واعتقلت الشرطة التركية أمس رئيس البلدية المعارض أكرم إمام أوغلو", 1, "other"),
  ("imamoglu_message_0319", "h02_imamoglu_0320", "وقال إمام أوغلو في رسالة على منصة إكس قبل توقيفه", 1, "statement"),
  # h03 (weekly) -- part B
  ("imamoglu_jailed_0323", "h03_imamoglu_0324", "القضاء التركي يسجن إمام أوغلو", 1, "other"),
  ("imamoglu_jailed_0323", "h03_imamoglu_0324", "أمرت محكمة في إسطنبول، أمس الأحد، بسجن رئيس البلدية أكرم إمام أوغلو", 1, "other"),
  ("imamoglu_detained_0319", "h03_imamoglu_0324", "وكانت الشرطة قد أوقفته الأربعاء الماضي في منزله", 1, "other"),
  ("imamoglu_suspended_0323", "h03_imamoglu_0324", "وعلقت وزارة الداخلية مهامه رئيسا للبلدية في اليوم نفسه", 1, "other"),
  ("chp_primary_0323", "h03_imamoglu_0324", "وصوت ملايين الأتراك، أمس، في انتخابات تمهيدية لحزب الشعب الجمهوري", 1, "other"),
 ],
 diff=[
  ("odisha_crash_0602", "odisha_rescue_0602"),
  ("odisha_crash_0602", "trains_cancelled_0603"),
  ("hazara_derailment_0806", "hazara_inquiry_ordered_0806"),
  ("hazara_derailment_0806", "army_called_0806"),
  ("duterte_arrest_0311", "duterte_flown_0311"),
  ("duterte_flown_0311", "duterte_arrives_hague_0312"),
  ("uae_vietnam_cepa_1028", "cepa_talks_launched_2023"),
  ("chatgpt_ban_0331", "openai_blocks_italy_0331"),
  ("chatgpt_ban_0331", "chatgpt_data_leak_0320"),
  ("darjeeling_crash_0617", "darjeeling_traffic_resumed_0617"),
  ("png_facebook_ban_0324", "png_facebook_restored_0326"),
  ("imamoglu_detained_0319", "imamoglu_jailed_0323"),
  ("imamoglu_detained_0319", "istanbul_gatherings_ban_0319"),
 ],
 before=[
  ("odisha_crash_0602", "modi_site_visit_0603"),
  ("odisha_crash_0602", "odisha_line_reopened_0604"),
  ("odisha_line_reopened_0604", "cbi_takes_over_0606"),
  ("hazara_derailment_0806", "hazara_traffic_resumed_0807"),
  ("hazara_derailment_0806", "hazara_inquiry_finds_0809"),
  ("duterte_arrest_0311", "duterte_arrives_hague_0312"),
  ("duterte_arrives_hague_0312", "duterte_icc_appearance_0314"),
  ("cepa_talks_launched_2023", "uae_vietnam_cepa_1028"),
  ("chatgpt_data_leak_0320", "chatgpt_ban_0331"),
  ("chatgpt_ban_0331", "salvini_criticism_0402"),
  ("darjeeling_crash_0617", "crs_inquiry_0619"),
  ("png_facebook_ban_0324", "png_facebook_restored_0326"),
  ("diploma_annulled_0318", "imamoglu_detained_0319"),
  ("imamoglu_detained_0319", "imamoglu_jailed_0323"),
 ],
)
