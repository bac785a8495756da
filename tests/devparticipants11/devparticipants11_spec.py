"""Eleventh development set for participants and roles (round 12; part A tuned on, part B kept for
transfer): one happening told by three outlets that name its parties differently.

Written for issue 9 round 12 before the round-12 engine changes, and annotated before the engine
was run on it. Eighteen real happenings no other set tells, three short reports each (54 items) in
the manner of many outlets (MENA, Al-Ahram, Reuters, AFP, Al Jazeera Net, TAP, Al Arabiya, Sky News
Arabia, Mosaique FM, Anadolu, France 24, DPA, Al-Quds Al-Arabi, WAFA, IRNA, Al-Araby Al-Jadeed, Petra,
WAM, KUNA, Al-Qabas, APS, BBC Arabic, Hespress, Echorouk, INA, CNN Arabic), each naming the parties
its own way: a former office-holder by his old office ("الرئيس المصري الأسبق"، "الرئيس التونسي
المخلوع"), the one sworn in and the body he swears before, a court's chamber "بالمحكمة", unlisted
organisations with and without "منظمة" (هيومن رايتس ووتش، أطباء بلا حدود، العفو الدولية), unlisted
persons by first and family name after a title or a role word, a name beginning with أبو after a
comma, a ship's nisba, the envoy expelled, coordinated heads of state, "سمو"، "دولة الإمارات"، "دولة
الكويت" and a chairman by his title ("رئيس مجلس الوزراء الكويتي").

Conventions of this set: a former office-holder is the person, never the office he held (his
state's current holder is someone else); the one sworn in is the oath's only party (the body or
judge he swears before is its setting); the envoy expelled is the expulsion's patient (his state
accepted); an army taking a person in a conflict is a `capture` (types round 2); the nisba of a ship or a thing seized is no party; a statement's party is its speaker.

Part A (ids ``a..``, 12 happenings) is the development part. Part B (ids ``b..``, 6 happenings:
other stories, other outlets) was written at the same time, before any engine change, and is
scored only at the start and at the end of the round: it measures transfer.

Same format as ``tests/devparticipants10/devparticipants10_spec.py``:
ARTICLES: id -> (published, text).
GOLD: id -> list of events (surface, occurrence, type, participants, optional); participants
  is one entry per participant ``(role, [acceptable names])`` (role ``None``: any role);
  optional events are scored only when extracted.
HAPPENINGS: the first three characters of an id -> (cluster, type, day).
"""

ARTICLES: dict[str, tuple[str, str]] = {}
GOLD: dict[str, list[tuple]] = {}

HAPPENINGS = {
    "a01": ("mubarak_death_0225", "other", "2020-02-25"),
    "a02": ("benali_death_0919", "other", "2019-09-19"),
    "a03": ("sisi_oath_0402", "other", "2024-04-02"),
    "a04": ("ghannouchi_instalingo_0205", "other", "2025-02-05"),
    "a05": ("hrw_water_1219", "statement", "2024-12-19"),
    "a06": ("msf_cleansing_1219", "statement", "2024-12-19"),
    "a07": ("abusafiya_arrest_1227", "capture", "2024-12-27"),
    "a08": ("aries_seized_0413", "capture", "2024-04-13"),
    "a09": ("mali_expels_0131", "other", "2022-01-31"),
    "a10": ("cairo_summit_0407", "meeting", "2025-04-07"),
    "a11": ("mbz_biden_0923", "meeting", "2024-09-23"),
    "a12": ("kuwait_resigns_1114", "other", "2019-11-14"),
    "b01": ("bouteflika_death_0917", "other", "2021-09-17"),
    "b02": ("tebboune_oath_0917", "other", "2024-09-17"),
    "b03": ("amnesty_genocide_1205", "statement", "2024-12-05"),
    "b04": ("sansal_arrest_1116", "other", "2024-11-16"),
    "b05": ("baghdad_summit_0627", "meeting", "2021-06-27"),
    "b06": ("carter_death_1229", "other", "2024-12-29"),
}

MUBARAK = ["محمد حسني مبارك", "حسني مبارك", "مبارك"]
BENALI = ["زين العابدين بن علي", "بن علي"]
SISI = ["عبد الفتاح السيسي", "عبدالفتاح السيسي", "السيسي", "الرئيس المصري", "الرئيس", "مصر"]
GHANNOUCHI = ["راشد الغنوشي", "الغنوشي", "رئيس حركة النهضة", "زعيم حركة النهضة", "رئيس البرلمان المنحل"]
COURT_TN = ["الدائرة الجنائية", "المحكمة الابتدائية بتونس", "المحكمة الابتدائية", "محكمة تونسية", "المحكمة",
            "القضاء التونسي", "القضاء", "تونس"]
HRW = ["هيومن رايتس ووتش", "منظمة هيومن رايتس ووتش"]
MSF = ["أطباء بلا حدود", "منظمة أطباء بلا حدود"]
AMNESTY = ["منظمة العفو الدولية", "العفو الدولية", "أمنستي", "منظمة أمنستي"]
ISRAEL_ARMY = ["قوات الاحتلال الإسرائيلي", "قوات الاحتلال", "الجيش الإسرائيلي", "جيش الاحتلال", "القوات الإسرائيلية",
               "إسرائيل"]
ABUSAFIYA = ["حسام أبو صفية", "أبو صفية"]
IRGC = ["الحرس الثوري", "الحرس الثوري الإيراني", "القوة البحرية للحرس الثوري", "بحرية الحرس الثوري", "إيران"]
MALI = ["مالي", "الحكومة الانتقالية في مالي", "الحكومة الانتقالية", "السلطات المالية", "المجلس العسكري",
        "المجلس العسكري الحاكم في مالي", "باماكو"]
FR_AMB = ["جويل ماير", "السفير الفرنسي", "سفير فرنسا", "فرنسا"]
KING_JO = ["الملك عبدالله الثاني", "الملك عبد الله الثاني", "عبدالله الثاني", "عبد الله الثاني", "العاهل الأردني",
           "الأردن"]
MACRON = ["إيمانويل ماكرون", "ماكرون", "الرئيس الفرنسي", "فرنسا"]
BIDEN = ["جو بايدن", "بايدن", "الرئيس الأمريكي", "الرئيس الأميركي", "الولايات المتحدة"]
MBZ = ["محمد بن زايد آل نهيان", "محمد بن زايد", "الشيخ محمد بن زايد", "رئيس الدولة", "رئيس دولة الإمارات",
       "الإمارات", "دولة الإمارات"]
KW_PM = ["جابر المبارك الحمد الصباح", "جابر المبارك", "الشيخ جابر المبارك", "رئيس مجلس الوزراء",
         "رئيس مجلس الوزراء الكويتي", "رئيس الوزراء الكويتي", "الحكومة الكويتية", "الحكومة", "الكويت", "دولة الكويت"]
SABAH = ["صباح الأحمد الجابر الصباح", "صباح الأحمد", "الشيخ صباح الأحمد", "أمير البلاد", "أمير الكويت"]
BOUTEFLIKA = ["عبد العزيز بوتفليقة", "بوتفليقة"]
TEBBOUNE = ["عبد المجيد تبون", "تبون", "الرئيس الجزائري", "رئيس الجمهورية", "الجزائر"]
SANSAL = ["بوعلام صنصال", "صنصال"]
ALGERIA = ["السلطات الجزائرية", "الجزائر", "الأمن الجزائري", "الشرطة الجزائرية"]
KADHIMI = ["مصطفى الكاظمي", "الكاظمي", "رئيس الوزراء العراقي", "رئيس مجلس الوزراء", "العراق"]
CARTER = ["جيمي كارتر", "كارتر"]

# ================================ PART A =====================================================

# --- a01: Mubarak dies (a former president by his old office) ---------------------------------

ARTICLES["a01_ahram_mubarak"] = ("2020-02-25", """\
القاهرة (الأهرام) - توفي الرئيس الأسبق محمد حسني مبارك، اليوم الثلاثاء، عن عمر ناهز 91 عاماً، بعد صراع \
مع المرض، وفق ما أعلن التلفزيون المصري.
""")
GOLD["a01_ahram_mubarak"] = [
    ("توفي", 1, "other", [("patient", MUBARAK)], False),
]

ARTICLES["a01_reuters_mubarak"] = ("2020-02-25", """\
القاهرة (رويترز) - توفي الرئيس المصري السابق حسني مبارك، الذي أطاحت به انتفاضة شعبية عام 2011، يوم \
الثلاثاء عن 91 عاما في مستشفى عسكري بالقاهرة.
""")
GOLD["a01_reuters_mubarak"] = [
    ("توفي", 1, "other", [("patient", MUBARAK)], False),
]

ARTICLES["a01_jazeera_mubarak"] = ("2020-02-25", """\
القاهرة (الجزيرة نت) - أعلنت الرئاسة المصرية، اليوم الثلاثاء، وفاة الرئيس المخلوع حسني مبارك، ونعته \
مشيدة بدوره في حرب أكتوبر 1973.
""")
GOLD["a01_jazeera_mubarak"] = [
    ("وفاة", 1, "other", [("patient", MUBARAK)], False),
]

# --- a02: Ben Ali dies in exile (an unlisted former president; his lawyer after a comma) --------

ARTICLES["a02_tap_benali"] = ("2019-09-19", """\
تونس (وات) - توفي الرئيس الأسبق زين العابدين بن علي، اليوم الخميس، بالمملكة العربية السعودية، وفق ما \
أكده محامي العائلة منير بن صالحة.
""")
GOLD["a02_tap_benali"] = [
    ("توفي", 1, "other", [("patient", BENALI)], False),
]

ARTICLES["a02_afp_benali"] = ("2019-09-19", """\
تونس (أ ف ب) - توفي الرئيس التونسي السابق زين العابدين بن علي الخميس في منفاه بجدة عن 83 عاما، بعد \
نحو تسع سنوات على فراره إثر ثورة شعبية.
""")
GOLD["a02_afp_benali"] = [
    ("توفي", 1, "other", [("patient", BENALI)], False),
]

ARTICLES["a02_arabiya_benali"] = ("2019-09-19", """\
جدة (العربية.نت) - أعلن محامي الرئيس التونسي المخلوع، منير بن صالحة، اليوم الخميس، وفاة بن علي في أحد \
مستشفيات مدينة جدة السعودية.
""")
GOLD["a02_arabiya_benali"] = [
    ("وفاة", 1, "other", [("patient", BENALI)], False),
]

# --- a03: Sisi sworn in for a third term (the one sworn in, not the House) ----------------------

ARTICLES["a03_mena_sisi"] = ("2024-04-02", """\
العاصمة الإدارية (أ ش أ) - أدى الرئيس عبد الفتاح السيسي، اليوم الثلاثاء، اليمين الدستورية أمام مجلس \
النواب لولاية رئاسية جديدة مدتها ست سنوات.
""")
GOLD["a03_mena_sisi"] = [
    ("أدى الرئيس عبد الفتاح السيسي، اليوم الثلاثاء، اليمين الدستورية", 1, "other", [("agent", SISI)], False),
]

ARTICLES["a03_reuters_sisi"] = ("2024-04-02", """\
القاهرة (رويترز) - أدى السيسي يوم الثلاثاء اليمين لفترة ولاية ثالثة في مقر البرلمان بالعاصمة \
الإدارية الجديدة شرقي القاهرة.
""")
GOLD["a03_reuters_sisi"] = [
    ("أدى", 1, "other", [("agent", SISI)], False),
]

ARTICLES["a03_sky_sisi"] = ("2024-04-02", """\
القاهرة (سكاي نيوز عربية) - أدى الرئيس المصري اليمين الدستورية لولاية ثالثة، الثلاثاء، أمام البرلمان \
في العاصمة الإدارية الجديدة.
""")
GOLD["a03_sky_sisi"] = [
    ("أدى", 1, "other", [("agent", SISI)], False),
]

# --- a04: Ghannouchi sentenced to 22 years (a court's chamber "بالمحكمة") -----------------------

ARTICLES["a04_mosaique_ghannouchi"] = ("2025-02-05", """\
تونس (موزاييك) - قضت الدائرة الجنائية المختصة بالنظر في قضايا الإرهاب بالمحكمة الابتدائية بتونس، ليلة \
الثلاثاء إلى الأربعاء، بسجن رئيس حركة النهضة راشد الغنوشي 22 عاماً في ما يعرف بقضية «إنستالينغو».
""")
GOLD["a04_mosaique_ghannouchi"] = [
    ("قضت", 1, "other", [("agent", COURT_TN), ("patient", GHANNOUCHI)], False),
]

ARTICLES["a04_aa_ghannouchi"] = ("2025-02-05", """\
تونس (الأناضول) - قضت محكمة تونسية، الأربعاء، بسجن زعيم حركة النهضة راشد الغنوشي 22 عاماً، في قضية \
شركة «إنستالينغو» للإنتاج الإعلامي.
""")
GOLD["a04_aa_ghannouchi"] = [
    ("قضت", 1, "other", [("agent", COURT_TN), ("patient", GHANNOUCHI)], False),
]

ARTICLES["a04_f24_ghannouchi"] = ("2025-02-05", """\
تونس (فرانس 24) - قضت محكمة في تونس الأربعاء بسجن الغنوشي، رئيس البرلمان المنحل، 22 عاما بتهم بينها \
التآمر على أمن الدولة.
""")
GOLD["a04_f24_ghannouchi"] = [
    ("قضت", 1, "other", [("agent", COURT_TN + ["محكمة في تونس"]), ("patient", GHANNOUCHI)], False),
]

# --- a05: HRW accuses Israel over Gaza's water (an unlisted organisation) ------------------------

ARTICLES["a05_aa_hrw"] = ("2024-12-19", """\
نيويورك (الأناضول) - قالت منظمة هيومن رايتس ووتش، الخميس، إن إسرائيل ارتكبت أعمال إبادة جماعية في قطاع \
غزة بحرمانها الفلسطينيين عمداً من المياه.
""")
GOLD["a05_aa_hrw"] = [
    ("قالت", 1, "statement", [("speaker", HRW)], False),
]

ARTICLES["a05_jazeera_hrw"] = ("2024-12-19", """\
الدوحة (الجزيرة نت) - اتهمت هيومن رايتس ووتش في تقرير نشرته اليوم الخميس إسرائيل بارتكاب أعمال إبادة \
بحق الفلسطينيين في قطاع غزة عبر حرمانهم من المياه.
""")
GOLD["a05_jazeera_hrw"] = [
    ("اتهمت", 1, "statement", [("speaker", HRW)], False),
]

ARTICLES["a05_dpa_hrw"] = ("2024-12-19", """\
برلين (د ب أ) - أكدت المنظمة الحقوقية الدولية «هيومن رايتس ووتش» الخميس أن السلطات الإسرائيلية تعمدت \
حرمان سكان غزة من المياه النظيفة منذ أكتوبر 2023.
""")
GOLD["a05_dpa_hrw"] = [
    ("أكدت", 1, "statement", [("speaker", HRW)], False),
]

# --- a06: MSF accuses Israel of ethnic cleansing (an unlisted organisation) ---------------------

ARTICLES["a06_aa_msf"] = ("2024-12-19", """\
جنيف (الأناضول) - اتهمت منظمة أطباء بلا حدود، الخميس، إسرائيل بتنفيذ حملة تطهير عرقي في قطاع غزة، وذلك \
في تقرير بعنوان «غزة: الحياة في فخ الموت».
""")
GOLD["a06_aa_msf"] = [
    ("اتهمت", 1, "statement", [("speaker", MSF)], False),
]

ARTICLES["a06_afp_msf"] = ("2024-12-19", """\
باريس (أ ف ب) - قالت أطباء بلا حدود في تقرير الخميس إن الفلسطينيين في غزة يعيشون في «فخ الموت»، وإن \
القوات الإسرائيلية تقوم بتطهير عرقي في شمال القطاع.
""")
GOLD["a06_afp_msf"] = [
    ("قالت", 1, "statement", [("speaker", MSF)], False),
]

ARTICLES["a06_quds_msf"] = ("2024-12-19", """\
غزة (القدس العربي) - حذرت منظمة «أطباء بلا حدود» الدولية، اليوم الخميس، من أن سكان غزة محاصرون في «فخ \
الموت» وسط حملة تطهير عرقي.
""")
GOLD["a06_quds_msf"] = [
    ("حذرت", 1, "statement", [("speaker", MSF)], False),
]

# --- a07: Dr Hussam Abu Safiya arrested (an unlisted person; أبو after a comma) ------------------

ARTICLES["a07_wafa_abusafiya"] = ("2024-12-27", """\
غزة (وفا) - اعتقلت قوات الاحتلال الإسرائيلي، اليوم الجمعة، مدير مستشفى كمال عدوان، حسام أبو صفية، بعد \
اقتحام المستشفى وإحراق أقسام منه في بيت لاهيا.
""")
GOLD["a07_wafa_abusafiya"] = [
    ("اعتقلت", 1, "capture", [("agent", ISRAEL_ARMY), ("patient", ABUSAFIYA)], False),
]

ARTICLES["a07_reuters_abusafiya"] = ("2024-12-27", """\
غزة (رويترز) - قالت وزارة الصحة في غزة إن الجيش الإسرائيلي اعتقل يوم الجمعة الطبيب حسام أبو صفية مدير \
مستشفى كمال عدوان في شمال القطاع.
""")
GOLD["a07_reuters_abusafiya"] = [
    ("اعتقل", 1, "capture", [("agent", ISRAEL_ARMY), ("patient", ABUSAFIYA)], False),
]

ARTICLES["a07_jazeera_abusafiya"] = ("2024-12-28", """\
الدوحة (الجزيرة نت) - اعتقل جيش الاحتلال الدكتور أبو صفية، أمس الجمعة، مع عدد من أفراد الطاقم الطبي، بعد \
إجبارهم على مغادرة المستشفى.
""")
GOLD["a07_jazeera_abusafiya"] = [
    ("اعتقل", 1, "capture", [("agent", ISRAEL_ARMY), ("patient", ABUSAFIYA)], False),
]

# --- a08: the IRGC seizes the MSC Aries (a ship's nisba is no party) ----------------------------

ARTICLES["a08_irna_aries"] = ("2024-04-13", """\
طهران (إرنا) - احتجزت القوة البحرية للحرس الثوري، اليوم السبت، سفينة الحاويات «إم إس سي أريس» المرتبطة \
بالكيان الصهيوني قرب مضيق هرمز.
""")
GOLD["a08_irna_aries"] = [
    ("احتجزت", 1, "capture", [("agent", IRGC)], False),
]

ARTICLES["a08_afp_aries"] = ("2024-04-13", """\
دبي (أ ف ب) - استولى الحرس الثوري الإيراني السبت على سفينة شحن مرتبطة بإسرائيل في مضيق هرمز، وسط توتر \
إقليمي متصاعد.
""")
GOLD["a08_afp_aries"] = [
    ("استولى", 1, "capture", [("agent", IRGC)], False),
]

ARTICLES["a08_araby_aries"] = ("2024-04-13", """\
طهران (العربي الجديد) - سيطرت إيران، صباح السبت، على سفينة إسرائيلية في مياه الخليج، بعد إنزال عناصر من \
الحرس الثوري عليها بمروحية.
""")
GOLD["a08_araby_aries"] = [
    ("سيطرت", 1, "capture", [("agent", IRGC)], False),
]

# --- a09: Mali expels the French ambassador (the envoy its patient) -----------------------------

ARTICLES["a09_aa_mali"] = ("2022-01-31", """\
باماكو (الأناضول) - أعلنت الحكومة الانتقالية في مالي، الاثنين، طرد السفير الفرنسي جويل ماير، وأمهلته \
72 ساعة لمغادرة البلاد.
""")
GOLD["a09_aa_mali"] = [
    ("طرد", 1, "other", [("agent", MALI), ("patient", FR_AMB)], False),
]

ARTICLES["a09_f24_mali"] = ("2022-01-31", """\
باريس (فرانس 24) - طردت السلطات المالية الاثنين سفير فرنسا في باماكو، على خلفية تصريحات لوزير الخارجية \
الفرنسي جان إيف لودريان وصف فيها المجلس العسكري بأنه غير شرعي.
""")
GOLD["a09_f24_mali"] = [
    ("طردت", 1, "other", [("agent", MALI), ("patient", FR_AMB)], False),
]

ARTICLES["a09_jazeera_mali"] = ("2022-01-31", """\
باماكو (الجزيرة نت) - طرد المجلس العسكري الحاكم في مالي، اليوم الاثنين، السفير الفرنسي، وقال في بيان \
بثه التلفزيون الرسمي إن أمامه 72 ساعة لمغادرة البلاد.
""")
GOLD["a09_jazeera_mali"] = [
    ("طرد", 1, "other", [("agent", MALI), ("patient", FR_AMB)], False),
]

# --- a10: the Cairo summit of three heads of state (coordinated parties) ------------------------

ARTICLES["a10_mena_summit"] = ("2025-04-07", """\
القاهرة (أ ش أ) - عقد الرئيس عبد الفتاح السيسي والملك عبد الله الثاني والرئيس الفرنسي إيمانويل ماكرون، \
اليوم الاثنين، قمة ثلاثية بقصر الاتحادية لبحث الأوضاع في قطاع غزة.
""")
GOLD["a10_mena_summit"] = [
    ("قمة", 1, "meeting", [(None, SISI), (None, KING_JO), (None, MACRON)], False),
]

ARTICLES["a10_petra_summit"] = ("2025-04-07", """\
عمان (بترا) - شارك جلالة الملك عبدالله الثاني، اليوم الاثنين، في قمة ثلاثية عقدت في القاهرة مع الرئيس \
المصري عبد الفتاح السيسي والرئيس الفرنسي إيمانويل ماكرون.
""")
GOLD["a10_petra_summit"] = [
    ("قمة", 1, "meeting", [(None, SISI), (None, KING_JO), (None, MACRON)], False),
]

ARTICLES["a10_f24_summit"] = ("2025-04-07", """\
القاهرة (فرانس 24) - التقى ماكرون في القاهرة الاثنين السيسي والعاهل الأردني في قمة ثلاثية دعت إلى عودة \
فورية لوقف إطلاق النار في غزة.
""")
GOLD["a10_f24_summit"] = [
    ("التقى", 1, "meeting", [(None, SISI), (None, KING_JO), (None, MACRON)], False),
]

# --- a11: Mohamed bin Zayed at the White House ("سمو"، "دولة الإمارات") ---------------------------

ARTICLES["a11_wam_mbz"] = ("2024-09-23", """\
واشنطن (وام) - استقبل الرئيس الأمريكي جو بايدن، اليوم في البيت الأبيض، صاحب السمو الشيخ محمد بن زايد آل \
نهيان رئيس الدولة، الذي يقوم بزيارة رسمية إلى الولايات المتحدة.
""")
GOLD["a11_wam_mbz"] = [
    ("استقبل", 1, "meeting", [(None, BIDEN), (None, MBZ)], False),
]

ARTICLES["a11_reuters_mbz"] = ("2024-09-23", """\
واشنطن (رويترز) - التقى الرئيس الأمريكي جو بايدن يوم الاثنين رئيس دولة الإمارات الشيخ محمد بن زايد في \
البيت الأبيض، في أول زيارة رسمية لرئيس إماراتي إلى واشنطن.
""")
GOLD["a11_reuters_mbz"] = [
    ("التقى", 1, "meeting", [(None, BIDEN), (None, MBZ)], False),
]

ARTICLES["a11_arabiya_mbz"] = ("2024-09-23", """\
دبي (العربية.نت) - بحث سمو الشيخ محمد بن زايد، رئيس دولة الإمارات، مع الرئيس بايدن في البيت الأبيض، \
الاثنين، العلاقات الثنائية والأوضاع في المنطقة.
""")
GOLD["a11_arabiya_mbz"] = [
    ("بحث", 1, "meeting", [(None, BIDEN), (None, MBZ)], False),
]

# --- a12: Kuwait's government resigns (a chairman by his title; "دولة الكويت") -------------------

ARTICLES["a12_kuna_kuwait"] = ("2019-11-14", """\
الكويت (كونا) - قدم سمو الشيخ جابر المبارك الحمد الصباح رئيس مجلس الوزراء، اليوم الخميس، استقالة الحكومة \
إلى سمو أمير البلاد الشيخ صباح الأحمد الجابر الصباح.
""")
GOLD["a12_kuna_kuwait"] = [
    ("استقالة", 1, "other", [("agent", KW_PM), (None, SABAH)], False),
]

ARTICLES["a12_qabas_kuwait"] = ("2019-11-14", """\
الكويت (القبس) - قدم رئيس مجلس الوزراء الكويتي استقالة حكومته اليوم الخميس، بعد أيام من استجواب نيابي \
لوزير الداخلية.
""")
GOLD["a12_qabas_kuwait"] = [
    ("استقالة", 1, "other", [("agent", KW_PM)], False),
]

ARTICLES["a12_reuters_kuwait"] = ("2019-11-14", """\
الكويت (رويترز) - قدمت الحكومة في دولة الكويت استقالتها يوم الخميس، بعد خلافات مع البرلمان حول اتهامات \
بسوء استخدام المال العام.
""")
GOLD["a12_reuters_kuwait"] = [
    ("استقالتها", 1, "other", [("agent", KW_PM)], False),
]

# ================================ PART B =====================================================

# --- b01: Bouteflika dies (a former president by his old office) --------------------------------

ARTICLES["b01_aps_bouteflika"] = ("2021-09-17", """\
الجزائر (واج) - توفي الرئيس السابق عبد العزيز بوتفليقة، مساء اليوم الجمعة، عن عمر ناهز 84 سنة، حسب ما \
أفاد به بيان لرئاسة الجمهورية.
""")
GOLD["b01_aps_bouteflika"] = [
    ("توفي", 1, "other", [("patient", BOUTEFLIKA)], False),
]

ARTICLES["b01_bbc_bouteflika"] = ("2021-09-18", """\
لندن (بي بي سي عربي) - أعلن التلفزيون الجزائري الرسمي مساء الجمعة وفاة الرئيس الجزائري السابق عبد العزيز \
بوتفليقة، الذي حكم البلاد عشرين عاما قبل أن يتنحى عام 2019.
""")
GOLD["b01_bbc_bouteflika"] = [
    ("وفاة", 1, "other", [("patient", BOUTEFLIKA)], False),
]

ARTICLES["b01_hespress_bouteflika"] = ("2021-09-18", """\
الرباط (هسبريس) - توفي الرئيس الجزائري الأسبق، عبد العزيز بوتفليقة، مساء أمس الجمعة بمقر إقامته في \
زرالدة، بعد سنتين من إجباره على الاستقالة.
""")
GOLD["b01_hespress_bouteflika"] = [
    ("توفي", 1, "other", [("patient", BOUTEFLIKA)], False),
]

# --- b02: Tebboune sworn in for a second term (before the Supreme Court's first president) -------

ARTICLES["b02_aps_tebboune"] = ("2024-09-17", """\
الجزائر (واج) - أدى رئيس الجمهورية السيد عبد المجيد تبون، اليوم الثلاثاء، اليمين الدستورية لعهدة ثانية، \
أمام الرئيس الأول للمحكمة العليا، بحضور كبار مسؤولي الدولة.
""")
GOLD["b02_aps_tebboune"] = [
    ("أدى رئيس الجمهورية السيد عبد المجيد تبون، اليوم الثلاثاء، اليمين الدستورية", 1, "other", [("agent", TEBBOUNE)], False),
]

ARTICLES["b02_aa_tebboune"] = ("2024-09-17", """\
الجزائر (الأناضول) - أدى الرئيس الجزائري اليمين الدستورية الثلاثاء، إيذانا ببدء ولايته الثانية، بعد \
فوزه في انتخابات 7 سبتمبر.
""")
GOLD["b02_aa_tebboune"] = [
    ("أدى", 1, "other", [("agent", TEBBOUNE)], False),
]

ARTICLES["b02_echorouk_tebboune"] = ("2024-09-17", """\
الجزائر (الشروق) - أدى تبون، صباح الثلاثاء، اليمين الدستورية بقصر الأمم بالعاصمة، بحضور أعضاء الحكومة \
وقادة الأحزاب.
""")
GOLD["b02_echorouk_tebboune"] = [
    ("أدى", 1, "other", [("agent", TEBBOUNE)], False),
]

# --- b03: Amnesty says Israel commits genocide (an unlisted organisation) -----------------------

ARTICLES["b03_aa_amnesty"] = ("2024-12-05", """\
لندن (الأناضول) - قالت منظمة العفو الدولية، الخميس، إن إسرائيل ترتكب إبادة جماعية بحق الفلسطينيين في \
قطاع غزة، داعية المجتمع الدولي إلى التحرك.
""")
GOLD["b03_aa_amnesty"] = [
    ("قالت", 1, "statement", [("speaker", AMNESTY)], False),
]

ARTICLES["b03_bbc_amnesty"] = ("2024-12-05", """\
لندن (بي بي سي عربي) - اتهمت العفو الدولية في تقرير جديد الخميس إسرائيل بارتكاب إبادة جماعية في غزة، \
وهو ما رفضته وزارة الخارجية الإسرائيلية.
""")
GOLD["b03_bbc_amnesty"] = [
    ("اتهمت", 1, "statement", [("speaker", AMNESTY)], False),
]

ARTICLES["b03_cnn_amnesty"] = ("2024-12-05", """\
أتلانتا (سي إن إن بالعربية) - أكدت منظمة أمنستي الخميس أن لديها أدلة كافية على أن إسرائيل ارتكبت إبادة \
جماعية في غزة.
""")
GOLD["b03_cnn_amnesty"] = [
    ("أكدت", 1, "statement", [("speaker", AMNESTY)], False),
]

# --- b04: the writer Boualem Sansal arrested (an unlisted person) --------------------------------

ARTICLES["b04_afp_sansal"] = ("2024-11-22", """\
باريس (أ ف ب) - أوقفت السلطات الجزائرية الكاتب الفرنسي الجزائري بوعلام صنصال في 16 نوفمبر لدى وصوله إلى \
مطار الجزائر العاصمة، وفق ما أفادت مصادر مقربة منه.
""")
GOLD["b04_afp_sansal"] = [
    ("أوقفت", 1, "other", [("agent", ALGERIA), ("patient", SANSAL)], False),
]

ARTICLES["b04_hespress_sansal"] = ("2024-11-22", """\
الرباط (هسبريس) - اعتقلت الجزائر الروائي بوعلام صنصال، يوم 16 نوفمبر الجاري، بمطار هواري بومدين، بعد \
تصريحات له حول الحدود مع المغرب.
""")
GOLD["b04_hespress_sansal"] = [
    ("اعتقلت", 1, "other", [("agent", ALGERIA), ("patient", SANSAL)], False),
]

ARTICLES["b04_f24_sansal"] = ("2024-11-22", """\
باريس (فرانس 24) - أعربت الرئاسة الفرنسية عن قلقها بعد أن اعتقلت الشرطة الجزائرية الكاتب صنصال في 16 \
نوفمبر في مطار العاصمة.
""")
GOLD["b04_f24_sansal"] = [
    ("اعتقلت", 1, "other", [("agent", ALGERIA), ("patient", SANSAL)], False),
]

# --- b05: the Baghdad summit of Egypt, Jordan and Iraq (coordinated parties) ---------------------

ARTICLES["b05_ina_summit"] = ("2021-06-27", """\
بغداد (واع) - عقد رئيس مجلس الوزراء مصطفى الكاظمي والرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك \
عبد الله الثاني، اليوم الأحد، قمة ثلاثية في بغداد.
""")
GOLD["b05_ina_summit"] = [
    ("قمة", 1, "meeting", [(None, KADHIMI), (None, SISI), (None, KING_JO)], False),
]

ARTICLES["b05_ahram_summit"] = ("2021-06-27", """\
القاهرة (الأهرام) - شارك الرئيس السيسي، اليوم الأحد، في القمة الثلاثية مع العاهل الأردني ورئيس الوزراء \
العراقي في بغداد، في أول زيارة لرئيس مصري إلى العراق منذ ثلاثة عقود.
""")
GOLD["b05_ahram_summit"] = [
    ("القمة", 1, "meeting", [(None, KADHIMI), (None, SISI), (None, KING_JO)], False),
]

ARTICLES["b05_petra_summit"] = ("2021-06-27", """\
بغداد (بترا) - التقى جلالة الملك عبدالله الثاني، اليوم الأحد، الرئيس عبد الفتاح السيسي ورئيس الوزراء \
العراقي مصطفى الكاظمي في قمة ثلاثية ببغداد.
""")
GOLD["b05_petra_summit"] = [
    ("التقى", 1, "meeting", [(None, KADHIMI), (None, SISI), (None, KING_JO)], False),
]

# --- b06: Jimmy Carter dies (a former president by his old office) -------------------------------

ARTICLES["b06_aa_carter"] = ("2024-12-30", """\
واشنطن (الأناضول) - توفي الرئيس الأمريكي الأسبق جيمي كارتر، الأحد، عن عمر ناهز 100 عام في منزله بولاية \
جورجيا.
""")
GOLD["b06_aa_carter"] = [
    ("توفي", 1, "other", [("patient", CARTER)], False),
]

ARTICLES["b06_sky_carter"] = ("2024-12-30", """\
أبوظبي (سكاي نيوز عربية) - أعلن مركز كارتر مساء الأحد وفاة الرئيس الأميركي السابق جيمي كارتر، الحائز على \
جائزة نوبل للسلام.
""")
GOLD["b06_sky_carter"] = [
    ("وفاة", 1, "other", [("patient", CARTER)], False),
]

ARTICLES["b06_arabic_rt_carter"] = ("2024-12-30", """\
موسكو (آر تي) - توفي كارتر، الرئيس التاسع والثلاثون للولايات المتحدة، أمس الأحد عن 100 عام، بحسب ما \
أعلن نجله.
""")
GOLD["b06_arabic_rt_carter"] = [
    ("توفي", 1, "other", [("patient", CARTER)], False),
]
