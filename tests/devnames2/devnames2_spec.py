"""Second development set for unlisted names (names round 2, issue 9; part A tuned on, part B
kept for transfer): eight real happenings told by three outlets each, dense in persons no
gazetteer holds, named in one outlet in full and in another by the bare surname or the office
only, with clitics ("لغاتشاغوا"، "بإدريس")، in headlines ("خيري يؤدي اليمين")، and with surnames
and given names that are Arabic words ("خوسيه خيري"، "كامل إدريس"، "كريم سعيد").

Written for names round 2 before any engine change of the round, and annotated before the engine
was run on it. Outlets: AFP, Xinhua Arabic, Al Jazeera Net, EFE, CNN Arabic, Asharq Al-Awsat,
Reuters, Anadolu, Al-Wasat (Libya), Agenzia Nova, MENA, Al-Ahram, SUNA, Sky News Arabia,
Al Arabiya, An-Nahar, L'Orient arabic desk (NNA), Al-Akhbar.

Conventions (those of devnames1 and devparticipants21): a meeting has the host as agent and the
guest as counterpart; a statement has its speaker; a capture has its captor as agent and the
captured as patient; a person is named by his name, his bare surname or his office, never by his
state alone; a person named in full once and by the bare surname or the office later is the same
participant.

Part A (ids ``a..``, 5 happenings) is the development part. Part B (ids ``b..``, 3 happenings:
other stories, other outlets) was written at the same time, before any engine change, and is
scored only at the start and at the end of the round: it measures transfer.

Same format as ``tests/devnames1/devnames1_spec.py``:
ARTICLES: id -> (published, text).
GOLD: id -> list of events (surface, occurrence, type, participants, optional).
HAPPENINGS: the first three characters of an id -> (cluster, type, day).
"""

ARTICLES: dict[str, tuple[str, str]] = {}
GOLD: dict[str, list[tuple]] = {}

HAPPENINGS = {
    "a01": ("gachagua_defence_1008", "statement", "2024-10-08"),
    "a02": ("jeri_oath_1010", "statement", "2025-10-10"),
    "a03": ("bolojan_oath_0623", "statement", "2025-06-23"),
    "a04": ("njeem_arrest_0119", "capture", "2025-01-19"),
    "a05": ("sisi_idris_0814", "meeting", "2025-08-14"),
    "b01": ("quiboloy_arrest_0908", "capture", "2024-09-08"),
    "b02": ("herminie_victory_1012", "statement", "2025-10-12"),
    "b03": ("aoun_souaid_0404", "meeting", "2025-04-04"),
}

GACHAGUA = ["ريغاثي غاتشاغوا", "غاتشاغوا", "نائب الرئيس الكيني", "نائب الرئيس", "kenya:deputy_president"]
JERI = ["خوسيه خيري", "خيري", "الرئيس البيروفي", "الرئيس البيروفي الجديد", "peru:president"]
BOLOJAN = ["إيلي بولوجان", "بولوجان", "رئيس الوزراء الروماني", "رئيس الحكومة الرومانية",
           "romania:prime_minister"]
ITALIAN_POLICE = ["الشرطة الإيطالية", "الشرطة", "السلطات الإيطالية", "الأمن الإيطالي", "italy",
                  "italy:police", "إيطاليا"]
NJEEM = ["أسامة نجيم", "نجيم", "أسامة المصري", "المصري", "أسامة المصري نجيم"]
SISI = ["عبد الفتاح السيسي", "السيسي", "الرئيس المصري", "egypt:president"]
IDRIS = ["كامل إدريس", "إدريس", "رئيس الوزراء السوداني", "رئيس الحكومة السودانية", "sudan:prime_minister"]
PHILIPPINE_POLICE = ["الشرطة الفلبينية", "الشرطة الوطنية الفلبينية", "الشرطة", "السلطات الفلبينية",
                     "philippines", "philippines:police", "الفلبين", "بنهور أبالوس", "أبالوس",
                     "وزير الداخلية الفلبيني", "philippines:interior_minister"]
QUIBOLOY = ["أبولو كيبولوي", "كيبولوي", "القس أبولو كيبولوي"]
HERMINIE = ["باتريك هيرميني", "هيرميني", "الرئيس المنتخب", "رئيس سيشل المنتخب", "seychelles:president"]
AOUN = ["جوزيف عون", "عون", "الرئيس اللبناني", "رئيس الجمهورية", "lebanon:president"]
SOUAID = ["كريم سعيد", "سعيد", "حاكم مصرف لبنان", "حاكم مصرف لبنان الجديد", "حاكم المصرف المركزي",
          "الحاكم الجديد لمصرف لبنان", "lebanon:central_bank_governor"]

# ================================ PART A =====================================================

# --- a01: Rigathi Gachagua defends himself before Kenya's National Assembly --------------------

ARTICLES["a01_afp_gachagua"] = ("2024-10-08", """\
نيروبي (أ ف ب) - نفى نائب الرئيس الكيني ريغاثي غاتشاغوا الثلاثاء أمام الجمعية الوطنية التهم الموجهة \
إليه في مذكرة عزله، ومنها الفساد وإثارة الانقسام العرقي. وقال غاتشاغوا للنواب: "أنا بريء من كل هذه \
التهم"، فيما يتعين على ثلثي أعضاء المجلس التصويت لصالح العزل قبل إحالته على مجلس الشيوخ.
""")
GOLD["a01_afp_gachagua"] = [
    ("وقال غاتشاغوا", 1, "statement", [("speaker", GACHAGUA)], False),
]

ARTICLES["a01_xinhua_gachagua"] = ("2024-10-08", """\
غاتشاغوا ينفي تهم الفساد أمام البرلمان الكيني
نيروبي 8 أكتوبر 2024 (شينخوا) مثل نائب الرئيس الكيني اليوم (الثلاثاء) أمام الجمعية الوطنية للدفاع عن \
نفسه في إجراءات العزل. وأكد غاتشاغوا أن ثروته جمعها قبل دخوله الحكومة، مطالباً النواب برفض المذكرة التي \
قدمها النائب موتوسي كيلونزو.
""")
GOLD["a01_xinhua_gachagua"] = [
    ("وأكد غاتشاغوا", 1, "statement", [("speaker", GACHAGUA)], False),
]

ARTICLES["a01_jazeera_gachagua"] = ("2024-10-09", """\
نيروبي - الجزيرة نت: صوت البرلمان الكيني مساء أمس الثلاثاء بأغلبية 281 نائباً على عزل ريغاثي غاتشاغوا، \
نائب الرئيس ويليام روتو، بعد ساعات من خطاب طويل قال فيه غاتشاغوا إنه ضحية "مؤامرة سياسية". وكان الرئيس الكيني \
قد التزم الصمت إزاء إجراءات عزل نائبه.
""")
GOLD["a01_jazeera_gachagua"] = [
    ("قال فيه غاتشاغوا", 1, "statement", [("speaker", GACHAGUA)], False),
]

# --- a02: Jose Jeri sworn in as Peru's president, his speech (a surname that is an Arabic word) --

ARTICLES["a02_efe_jeri"] = ("2025-10-10", """\
ليما (إفي) - أدى رئيس البرلمان البيروفي خوسيه خيري اليمين الدستورية رئيساً للبلاد فجر الجمعة، بعد ساعات من \
تصويت الكونغرس على عزل الرئيسة دينا بولوارتي بسبب "العجز الأخلاقي الدائم". وقال خيري في كلمته أمام النواب \
إن "العدو الأول هو الجريمة المنظمة".
""")
GOLD["a02_efe_jeri"] = [
    ("وقال خيري", 1, "statement", [("speaker", JERI)], False),
]

ARTICLES["a02_cnn_jeri"] = ("2025-10-10", """\
خيري يؤدي اليمين رئيساً للبيرو بعد عزل بولوارتي
(CNN) -- تعهد الرئيس البيروفي الجديد، اليوم الجمعة، بشن "حرب على الجريمة" بعد أدائه اليمين خلفاً لبولوارتي. \
وأعلن خيري، البالغ 38 عاماً، أنه سيقود حكومة انتقالية حتى انتخابات نيسان/أبريل المقبل.
""")
GOLD["a02_cnn_jeri"] = [
    ("وأعلن خيري", 1, "statement", [("speaker", JERI)], False),
]

ARTICLES["a02_asharq_jeri"] = ("2025-10-11", """\
ليما: «الشرق الأوسط» - قال الرئيس البيروفي خوسيه خيري، عقب تنصيبه أمس (الجمعة)، إن حكومته ستعلن حالة \
الطوارئ في العاصمة لمواجهة موجة الابتزاز، فيما رحبت أحزاب اليمين بعزل بولوارتي.
""")
GOLD["a02_asharq_jeri"] = [
    ("قال الرئيس البيروفي", 1, "statement", [("speaker", JERI)], False),
]

# --- a03: Ilie Bolojan sworn in as Romania's prime minister, his statement ---------------------

ARTICLES["a03_reuters_bolojan"] = ("2025-06-23", """\
بوخارست (رويترز) - أدت حكومة رئيس الوزراء الروماني الجديد إيلي بولوجان اليمين أمام الرئيس نيكوشور دان يوم \
الاثنين، بعد أن نالت ثقة البرلمان. وقال بولوجان للصحفيين إن خفض عجز الميزانية، الأعلى في الاتحاد الأوروبي، \
سيكون أولوية حكومته.
""")
GOLD["a03_reuters_bolojan"] = [
    ("وقال بولوجان", 1, "statement", [("speaker", BOLOJAN)], False),
]

ARTICLES["a03_aa_bolojan"] = ("2025-06-23", """\
بوخارست/ الأناضول - أكد رئيس الحكومة الرومانية إيلي بولوجان، الاثنين، أن بلاده ستلجأ إلى زيادة الضرائب \
وخفض الإنفاق العام لتفادي تجميد الأموال الأوروبية، وذلك عقب أداء حكومته اليمين الدستورية.
""")
GOLD["a03_aa_bolojan"] = [
    ("أكد", 1, "statement", [("speaker", BOLOJAN)], False),
]

ARTICLES["a03_nahar_bolojan"] = ("2025-06-24", """\
حكومة بولوجان تبدأ مهامها في رومانيا
بدأت الحكومة الرومانية الجديدة مهامها أمس بعد أدائها اليمين، وصرح بولوجان بأن "الإصلاحات المؤلمة لا مفر \
منها" لإنقاذ المالية العامة، في وقت يواجه الائتلاف الحاكم ضغوطاً من المعارضة القومية.
""")
GOLD["a03_nahar_bolojan"] = [
    ("وصرح بولوجان", 1, "statement", [("speaker", BOLOJAN)], False),
]

# --- a04: Osama Njeem ("al-Masri") arrested in Turin (a nickname that is an Arabic word) -------

ARTICLES["a04_wasat_njeem"] = ("2025-01-20", """\
طرابلس - بوابة الوسط: أوقفت الشرطة الإيطالية في مدينة تورينو مساء الأحد آمر جهاز الشرطة القضائية في طرابلس \
أسامة المصري نجيم، بموجب مذكرة توقيف صادرة عن المحكمة الجنائية الدولية. ويتهم نجيم بجرائم ارتكبت في سجن \
معيتيقة.
""")
GOLD["a04_wasat_njeem"] = [
    ("أوقفت", 1, "capture", [("agent", ITALIAN_POLICE), ("patient", NJEEM)], False),
]

ARTICLES["a04_nova_njeem"] = ("2025-01-19", """\
روما - وكالة نوفا: اعتقلت الشرطة في تورينو اليوم الأحد المسؤول الأمني الليبي أسامة نجيم، المعروف باسم \
أسامة المصري، بعد حضوره مباراة لكرة القدم في المدينة. وكان نجيم قد وصل إلى إيطاليا قادماً من ألمانيا.
""")
GOLD["a04_nova_njeem"] = [
    ("اعتقلت", 1, "capture", [("agent", ITALIAN_POLICE), ("patient", NJEEM)], False),
]

ARTICLES["a04_jazeera_njeem"] = ("2025-01-22", """\
الجزيرة نت: أثار إطلاق سراح المصري وترحيله إلى طرابلس جدلاً في إيطاليا، بعد يومين من اعتقال الشرطة الإيطالية \
لنجيم في تورينو الأحد الماضي تنفيذاً لمذكرة المحكمة الجنائية الدولية.
""")
GOLD["a04_jazeera_njeem"] = [
    ("اعتقال", 1, "capture", [("agent", ITALIAN_POLICE), ("patient", NJEEM)], False),
]

# --- a05: Abdel Fattah el-Sisi receives Sudan's prime minister Kamil Idris ---------------------

ARTICLES["a05_mena_idris"] = ("2025-08-14", """\
العلمين (أ ش أ) - استقبل الرئيس عبد الفتاح السيسي اليوم الخميس رئيس الوزراء السوداني كامل إدريس، بحضور رئيس \
مجلس الوزراء مصطفى مدبولي. وأكد السيسي دعم مصر لمؤسسات الدولة السودانية، فيما أعرب إدريس عن تقديره لمواقف \
القاهرة.
""")
GOLD["a05_mena_idris"] = [
    ("استقبل", 1, "meeting", [("agent", SISI), ("counterpart", IDRIS)], False),
]

ARTICLES["a05_suna_idris"] = ("2025-08-14", """\
إدريس يلتقي السيسي في العلمين
العلمين (سونا) - التقى رئيس الوزراء الدكتور كامل إدريس بالرئيس المصري عبد الفتاح السيسي، في أول زيارة خارجية \
له منذ توليه المنصب، وبحث اللقاء جهود إعادة الإعمار وعودة السودانيين من مصر.
""")
GOLD["a05_suna_idris"] = [
    ("التقى", 1, "meeting", [("agent", IDRIS), ("counterpart", SISI)], False),
]

ARTICLES["a05_ahram_idris"] = ("2025-08-15", """\
العلمين - الأهرام: رحب الرئيس السيسي أمس بإدريس، مؤكداً أن أمن السودان جزء من أمن مصر. واستقبل الرئيس المصري \
رئيس الحكومة السودانية في مدينة العلمين الجديدة، حيث تناولت المباحثات الأوضاع في الفاشر.
""")
GOLD["a05_ahram_idris"] = [
    ("واستقبل", 1, "meeting", [("agent", SISI), ("counterpart", IDRIS)], False),
]

# ================================ PART B =====================================================

# --- b01: Philippine police arrest the preacher Apollo Quiboloy in Davao -------------------------

ARTICLES["b01_afp_quiboloy"] = ("2024-09-08", """\
مانيلا (أ ف ب) - اعتقلت الشرطة الفلبينية الأحد القس أبولو كيبولوي، الملاحق في الولايات المتحدة بتهم الاتجار \
بالبشر، بعد أسبوعين من محاصرة مجمع كنيسته في دافاو. وقال وزير الداخلية بنهور أبالوس إن كيبولوي استسلم \
للقوات المحاصرة.
""")
GOLD["b01_afp_quiboloy"] = [
    ("اعتقلت", 1, "capture", [("agent", PHILIPPINE_POLICE), ("patient", QUIBOLOY)], False),
]

ARTICLES["b01_sky_quiboloy"] = ("2024-09-08", """\
أبوظبي - سكاي نيوز عربية: أعلنت السلطات الفلبينية، الأحد، القبض على كيبولوي، مؤسس كنيسة "مملكة يسوع المسيح" \
الذي يصف نفسه بأنه "الابن المختار لله"، في مدينة دافاو جنوبي البلاد.
""")
GOLD["b01_sky_quiboloy"] = [
    ("القبض", 1, "capture", [("agent", PHILIPPINE_POLICE), ("patient", QUIBOLOY)], False),
]

ARTICLES["b01_arabiya_quiboloy"] = ("2024-09-09", """\
القبض على القس كيبولوي بعد حصار استمر أسبوعين
العربية.نت: ألقت الشرطة الوطنية الفلبينية أمس القبض على أبولو كيبولوي، الحليف المقرب من الرئيس السابق رودريغو \
دوتيرتي، ونقلته بطائرة إلى مانيلا، وفق ما أعلن أبالوس.
""")
GOLD["b01_arabiya_quiboloy"] = [
    ("ألقت الشرطة", 1, "capture", [("agent", PHILIPPINE_POLICE), ("patient", QUIBOLOY)], False),
]

# --- b02: Patrick Herminie wins Seychelles' presidential runoff and speaks -----------------------

ARTICLES["b02_afp_herminie"] = ("2025-10-12", """\
فيكتوريا (أ ف ب) - فاز زعيم المعارضة باتريك هيرميني بالدورة الثانية من الانتخابات الرئاسية في سيشل، متقدماً \
على الرئيس المنتهية ولايته وافيل رامكالاوان. وقال هيرميني لأنصاره الأحد: "هذا انتصار للشعب".
""")
GOLD["b02_afp_herminie"] = [
    ("وقال هيرميني", 1, "statement", [("speaker", HERMINIE)], False),
]

ARTICLES["b02_xinhua_herminie"] = ("2025-10-12", """\
هيرميني رئيساً لسيشل
فيكتوريا 12 أكتوبر 2025 (شينخوا) أعلنت اللجنة الانتخابية في سيشل اليوم (الأحد) فوز هيرميني بنسبة 52.7 في \
المئة من الأصوات. وتعهد هيرميني بمراجعة الاتفاقات الموقعة مع الهند بشأن جزيرة أسومبشن.
""")
GOLD["b02_xinhua_herminie"] = [
    ("وتعهد هيرميني", 1, "statement", [("speaker", HERMINIE)], False),
]

ARTICLES["b02_akhbar_herminie"] = ("2025-10-13", """\
أكد رئيس سيشل المنتخب باتريك هيرميني، أمس، أن حكومته ستحارب تهريب المخدرات، بعدما أقر رامكالاوان بهزيمته \
في الانتخابات وهنأ منافسه.
""")
GOLD["b02_akhbar_herminie"] = [
    ("أكد", 1, "statement", [("speaker", HERMINIE)], False),
]

# --- b03: Joseph Aoun receives the new central bank governor Karim Souaid (Arabic-word names) ---

ARTICLES["b03_nna_souaid"] = ("2025-04-04", """\
بيروت - الوكالة الوطنية للإعلام: استقبل رئيس الجمهورية العماد جوزيف عون في قصر بعبدا اليوم حاكم مصرف لبنان \
الجديد كريم سعيد، الذي أدى اليمين القانونية أمامه، وتمنى له التوفيق في مهامه.
""")
GOLD["b03_nna_souaid"] = [
    ("استقبل", 1, "meeting", [("agent", AOUN), ("counterpart", SOUAID)], False),
]

ARTICLES["b03_arabiya_souaid"] = ("2025-04-04", """\
سعيد يؤدي اليمين أمام عون
العربية.نت: التقى الرئيس اللبناني اليوم الجمعة حاكم المصرف المركزي الجديد في بعبدا بعد أدائه اليمين. وقال \
سعيد إثر اللقاء إن استعادة الثقة بالقطاع المصرفي هي أولويته.
""")
GOLD["b03_arabiya_souaid"] = [
    ("التقى", 1, "meeting", [("agent", AOUN), ("counterpart", SOUAID)], False),
]

ARTICLES["b03_nahar_souaid"] = ("2025-04-05", """\
بيروت - «النهار»: التقى عون بسعيد أمس في قصر بعبدا حيث أدى الحاكم الجديد لمصرف لبنان اليمين، ليبدأ مهامه \
خلفاً للحاكم بالإنابة وسيم منصوري.
""")
GOLD["b03_nahar_souaid"] = [
    ("التقى", 1, "meeting", [("agent", AOUN), ("counterpart", SOUAID)], False),
]
