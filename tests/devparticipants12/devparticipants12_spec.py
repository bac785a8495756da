"""Twelfth development set for participants and roles (round 13; part A tuned on, part B kept for
transfer): one happening told by three outlets that name its parties differently.

Written for issue 9 round 13 before the round-13 engine changes, and annotated before the engine
was run on it. Eighteen real happenings no other set tells, three short reports each (54 items) in
the manner of many outlets (TAP, Mosaique FM, AFP, Reuters, WAFA, Al Jazeera Net, Anadolu, INA,
Rudaw, Al-Sumaria, KUNA, Al-Qabas, Al-Rai, NNA, Al-Akhbar, L'Orient, Xinhua, France 24, IRNA, Tasnim,
Al-Mayadeen, MENA, SUNA, Al-Ahram, BNA, QNA, APS, Echorouk, ANSA, Sky News Arabia, Al-Watan, AMI,
Sahara Medias, Al-Akhbar Info, SPA, Asharq Al-Awsat, Al-Raya, Al-Sharq, CNN Arabic, BBC Arabic,
Hespress, Al-Masry Al-Youm, Al-Quds Al-Arabi), each naming the parties its own way: the deceased
after a death noun ("وفاة السبسي"), a hospital named after a person ("مجمع ناصر الطبي"), the envoy
after a verb and its subject ("استدعت الخارجية العراقية السفير التركي"), "سمو الأمير" alone,
unlisted persons after a title ("القاضي طارق البيطار"، "النائب علي حسن خليل") keyed the same in
every outlet, the short name "شي" with a title or after his given name, a spokesman by his title
and side, coordinated parties ("بين مصر والسودان وإثيوبيا"), the parties of a dual ("البلدان"،
"الجانبان"), a body and its head (a government and its chairman), full name, title and family
name.

Conventions of this set: the dead undergoes his death (patient); the envoy summoned is the
summons' patient; the one sworn in is the oath's only party (a government and its chairman are
one party: either name is accepted; the president before whom it swears is the setting); the
place of an act (a hospital named after a person) is no party; an appointed person is the
appointment's patient and the appointer its agent; a statement's party is its speaker; the
parties of talks have no role; a dual names the two parties named before it.

Part A (ids ``a..``, 12 happenings) is the development part. Part B (ids ``b..``, 6 happenings:
other stories, other outlets) was written at the same time, before any engine change, and is
scored only at the start and at the end of the round: it measures transfer.

Same format as ``tests/devparticipants11/devparticipants11_spec.py``:
ARTICLES: id -> (published, text).
GOLD: id -> list of events (surface, occurrence, type, participants, optional); participants
  is one entry per participant ``(role, [acceptable names])`` (role ``None``: any role);
  optional events are scored only when extracted.
HAPPENINGS: the first three characters of an id -> (cluster, type, day).
"""

ARTICLES: dict[str, tuple[str, str]] = {}
GOLD: dict[str, list[tuple]] = {}

HAPPENINGS = {
    "a01": ("essebsi_death_0725", "other", "2019-07-25"),
    "a02": ("nasser_complex_raid_0215", "strike", "2024-02-15"),
    "a03": ("iraq_summons_turkey_0720", "other", "2022-07-20"),
    "a04": ("kuwait_pm_appointed_0415", "other", "2024-04-15"),
    "a05": ("bitar_warrant_1012", "other", "2021-10-12"),
    "a06": ("xi_macron_paris_0506", "meeting", "2024-05-06"),
    "a07": ("kanaani_quran_0628", "statement", "2023-06-28"),
    "a08": ("kinshasa_gerd_talks_0404", "meeting", "2021-04-04"),
    "a09": ("bahrain_qatar_ties_0412", "other", "2023-04-12"),
    "a10": ("tebboune_meloni_0123", "meeting", "2023-01-23"),
    "a11": ("madbouly_cabinet_oath_0703", "other", "2024-07-03"),
    "a12": ("ouldjay_appointed_0802", "other", "2024-08-02"),
    "b01": ("chirac_death_0926", "other", "2019-09-26"),
    "b02": ("saudi_summons_lebanon_1029", "other", "2021-10-29"),
    "b03": ("tamim_shura_law_0729", "other", "2021-07-29"),
    "b04": ("athens_summit_1019", "meeting", "2021-10-19"),
    "b05": ("egypt_turkey_envoys_0704", "other", "2023-07-04"),
    "b06": ("ghannouchi_arrest_0417", "other", "2023-04-17"),
}

ESSEBSI = ["الباجي قايد السبسي", "الباجي قائد السبسي", "قايد السبسي", "قائد السبسي", "السبسي"]
ISRAEL_ARMY = ["قوات الاحتلال الإسرائيلي", "قوات الاحتلال", "الجيش الإسرائيلي", "جيش الاحتلال", "القوات الإسرائيلية",
               "إسرائيل"]
IRAQ = ["وزارة الخارجية العراقية", "الخارجية العراقية", "العراق", "بغداد", "الحكومة العراقية", "فؤاد حسين",
        "وزير الخارجية العراقي"]
NASSER_COMPLEX = ["مجمع ناصر الطبي", "مستشفى ناصر", "مجمع ناصر"]
TR_AMB = ["السفير التركي", "علي رضا كوناي", "كوناي", "سفير تركيا", "تركيا", "أنقرة"]
MISHAL = ["مشعل الأحمد الجابر الصباح", "مشعل الأحمد", "الشيخ مشعل الأحمد", "أمير الكويت", "أمير البلاد", "سمو الأمير",
          "الأمير", "الكويت"]
AHMAD_KW = ["أحمد عبدالله الأحمد الصباح", "أحمد عبدالله الأحمد", "الشيخ أحمد عبدالله الأحمد", "أحمد العبدالله",
            "الشيخ أحمد العبدالله"]
BITAR = ["طارق البيطار", "طارق بيطار", "البيطار", "بيطار", "المحقق العدلي"]
KHALIL = ["علي حسن خليل", "حسن خليل"]
XI = ["شي جين بينغ", "شي جينبينغ", "شي", "الرئيس الصيني", "الصين"]
MACRON = ["إيمانويل ماكرون", "ماكرون", "الرئيس الفرنسي", "فرنسا"]
KANAANI = ["ناصر كنعاني", "كنعاني", "المتحدث باسم الخارجية الإيرانية", "المتحدث باسم وزارة الخارجية الإيرانية",
           "الخارجية الإيرانية", "وزارة الخارجية الإيرانية", "إيران"]
EGYPT = ["مصر", "سامح شكري", "شكري", "وزير الخارجية المصري", "القاهرة"]
SUDAN = ["السودان", "مريم الصادق المهدي", "مريم المهدي", "وزيرة الخارجية السودانية", "الخرطوم"]
ETHIOPIA = ["إثيوبيا", "أديس أبابا", "سيلشي بيكيلي", "وزير المياه الإثيوبي"]
BAHRAIN = ["البحرين", "مملكة البحرين", "المنامة"]
QATAR = ["قطر", "دولة قطر", "الدوحة"]
TEBBOUNE = ["عبد المجيد تبون", "عبدالمجيد تبون", "تبون", "الرئيس الجزائري", "رئيس الجمهورية", "الجزائر"]
MELONI = ["جورجيا ميلوني", "جورجيا ميلوني", "ميلوني", "رئيسة الوزراء الإيطالية", "رئيسة الحكومة الإيطالية",
          "رئيسة مجلس الوزراء الإيطالي", "إيطاليا", "italy:prime_minister"]
MADBOULY = ["مصطفى مدبولي", "مدبولي", "الحكومة الجديدة", "حكومة مدبولي", "الحكومة المصرية", "الحكومة", "الوزراء",
            "رئيس الوزراء المصري", "رئيس مجلس الوزراء"]
GHAZOUANI = ["محمد ولد الشيخ الغزواني", "محمد ولد الغزواني", "ولد الغزواني", "الغزواني", "الرئيس الموريتاني",
             "رئيس الجمهورية", "موريتانيا"]
OULDJAY = ["المختار ولد اجاي", "المختار ولد أجاي", "ولد اجاي", "ولد أجاي", "المختار ولد اجَّاي"]
CHIRAC = ["جاك شيراك", "شيراك"]
SAUDI = ["المملكة العربية السعودية", "السعودية", "المملكة", "وزارة الخارجية السعودية", "الخارجية السعودية", "الرياض"]
LB_AMB = ["سفير لبنان", "السفير اللبناني", "فوزي كبارة", "كبارة", "لبنان"]
TAMIM = ["تميم بن حمد آل ثاني", "تميم بن حمد", "الشيخ تميم بن حمد آل ثاني", "الشيخ تميم", "أمير قطر", "أمير البلاد",
         "سمو الأمير", "الأمير", "قطر"]
SISI = ["عبد الفتاح السيسي", "عبدالفتاح السيسي", "السيسي", "الرئيس المصري", "مصر"]
MITSOTAKIS = ["كيرياكوس ميتسوتاكيس", "ميتسوتاكيس", "رئيس الوزراء اليوناني", "اليونان"]
ANASTASIADES = ["نيكوس أناستاسيادس", "أناستاسيادس", "الرئيس القبرصي", "قبرص"]
TURKEY = ["تركيا", "أنقرة"]
GHANNOUCHI = ["راشد الغنوشي", "الغنوشي", "رئيس حركة النهضة", "زعيم حركة النهضة"]
TN_POLICE = ["قوات الأمن", "الوحدات الأمنية", "وحدات أمنية", "الشرطة التونسية", "الشرطة", "السلطات التونسية",
             "فرقة أمنية", "قوة أمنية", "الأمن التونسي", "تونس"]

# ================================ PART A =====================================================

# --- a01: Essebsi dies (the deceased after a death noun; family name alone) ---------------------

ARTICLES["a01_tap_essebsi"] = ("2019-07-25", """\
تونس (وات) - أعلنت رئاسة الجمهورية، اليوم الخميس، وفاة رئيس الجمهورية الباجي قايد السبسي بالمستشفى \
العسكري بتونس العاصمة عن سن تناهز 92 عاما.
""")
GOLD["a01_tap_essebsi"] = [
    ("وفاة", 1, "other", [("patient", ESSEBSI)], False),
]

ARTICLES["a01_mosaique_essebsi"] = ("2019-07-25", """\
تونس (موزاييك) - نعى رئيس الحكومة يوسف الشاهد، الخميس، الرئيس الراحل، وقال إن وفاة السبسي خسارة كبيرة \
لتونس.
""")
GOLD["a01_mosaique_essebsi"] = [
    ("وفاة", 1, "other", [("patient", ESSEBSI)], False),
]

ARTICLES["a01_afp_essebsi"] = ("2019-07-25", """\
تونس (أ ف ب) - توفي الرئيس التونسي الباجي قائد السبسي الخميس عن 92 عاما في المستشفى العسكري بالعاصمة، \
قبل أشهر من انتهاء ولايته.
""")
GOLD["a01_afp_essebsi"] = [
    ("توفي", 1, "other", [("patient", ESSEBSI)], False),
]

# --- a02: the army storms the Nasser medical complex (a hospital named after a person) ----------

ARTICLES["a02_wafa_nasser"] = ("2024-02-15", """\
خان يونس (وفا) - اقتحمت قوات الاحتلال الإسرائيلي، فجر اليوم الخميس، مجمع ناصر الطبي في مدينة خان يونس \
جنوب قطاع غزة، بعد حصار استمر أسابيع.
""")
GOLD["a02_wafa_nasser"] = [
    ("اقتحمت", 1, "strike", [("agent", ISRAEL_ARMY), ("patient", NASSER_COMPLEX)], False),
]

ARTICLES["a02_jazeera_nasser"] = ("2024-02-15", """\
غزة (الجزيرة نت) - اقتحم جيش الاحتلال مستشفى ناصر في خان يونس، الخميس، وأجبر النازحين على مغادرته.
""")
GOLD["a02_jazeera_nasser"] = [
    ("اقتحم", 1, "strike", [("agent", ISRAEL_ARMY), ("patient", NASSER_COMPLEX)], False),
]

ARTICLES["a02_aa_nasser"] = ("2024-02-15", """\
غزة (الأناضول) - اقتحم الجيش الإسرائيلي الخميس مجمع ناصر الطبي، أكبر مستشفيات جنوب قطاع غزة، وسط إطلاق نار \
كثيف.
""")
GOLD["a02_aa_nasser"] = [
    ("اقتحم", 1, "strike", [("agent", ISRAEL_ARMY), ("patient", NASSER_COMPLEX)], False),
]

# --- a03: Iraq summons the Turkish envoy after Zakho (the envoy after verb and subject) ---------

ARTICLES["a03_ina_summons"] = ("2022-07-20", """\
بغداد (واع) - استدعت وزارة الخارجية، اليوم الأربعاء، السفير التركي في بغداد علي رضا كوناي، وسلمته مذكرة \
احتجاج شديدة اللهجة على قصف منتجع سياحي في زاخو.
""")
GOLD["a03_ina_summons"] = [
    ("استدعت", 1, "other", [("agent", IRAQ), ("patient", TR_AMB)], False),
]

ARTICLES["a03_rudaw_summons"] = ("2022-07-20", """\
أربيل (روداو) - استدعت الخارجية العراقية السفير التركي الأربعاء، احتجاجا على قصف مصيف برخ في قضاء زاخو.
""")
GOLD["a03_rudaw_summons"] = [
    ("استدعت", 1, "other", [("agent", IRAQ), ("patient", TR_AMB)], False),
]

ARTICLES["a03_sumaria_summons"] = ("2022-07-20", """\
بغداد (السومرية نيوز) - استدعت بغداد سفير تركيا، اليوم الأربعاء، بعد قصف أودى بحياة تسعة سياح في زاخو.
""")
GOLD["a03_sumaria_summons"] = [
    ("استدعت", 1, "other", [("agent", IRAQ), ("patient", TR_AMB)], False),
]

# --- a04: Kuwait's emir names a prime minister ("سمو الأمير" alone; an unlisted sheikh) ----------

ARTICLES["a04_kuna_pm"] = ("2024-04-15", """\
الكويت (كونا) - صدر اليوم الاثنين أمر أميري بتعيين الشيخ أحمد عبدالله الأحمد الصباح رئيسا لمجلس الوزراء، \
وتكليفه بترشيح أعضاء الوزارة الجديدة.
""")
GOLD["a04_kuna_pm"] = [
    ("بتعيين", 1, "other", [("patient", AHMAD_KW)], False),
]

ARTICLES["a04_qabas_pm"] = ("2024-04-15", """\
الكويت (القبس) - عيّن سمو الأمير، اليوم، الشيخ أحمد العبدالله رئيسا لمجلس الوزراء، بعد أسبوعين من \
انتخابات مجلس الأمة.
""")
GOLD["a04_qabas_pm"] = [
    ("عيّن", 1, "other", [("agent", MISHAL), ("patient", AHMAD_KW)], False),
]

ARTICLES["a04_afp_pm"] = ("2024-04-15", """\
الكويت (أ ف ب) - عيّن أمير الكويت الشيخ مشعل الأحمد الجابر الصباح الاثنين الشيخ أحمد عبدالله الأحمد \
الصباح رئيسا للوزراء، في خامس تغيير حكومي خلال عام.
""")
GOLD["a04_afp_pm"] = [
    ("عيّن", 1, "other", [("agent", MISHAL), ("patient", AHMAD_KW)], False),
]

# --- a05: judge Bitar's warrant for MP Ali Hassan Khalil (unlisted persons after titles) -------

ARTICLES["a05_nna_bitar"] = ("2021-10-12", """\
بيروت (الوكالة الوطنية) - أصدر المحقق العدلي في جريمة انفجار مرفأ بيروت القاضي طارق البيطار، اليوم \
الثلاثاء، مذكرة توقيف غيابية في حق النائب علي حسن خليل بعد تغيبه عن جلسة الاستجواب.
""")
GOLD["a05_nna_bitar"] = [
    ("مذكرة توقيف", 1, "other", [("agent", BITAR), ("patient", KHALIL)], False),
]

ARTICLES["a05_afp_bitar"] = ("2021-10-12", """\
بيروت (أ ف ب) - أصدر القاضي طارق بيطار الثلاثاء مذكرة توقيف بحق وزير المال السابق علي حسن خليل، في خطوة \
أثارت غضب حزب الله وحركة أمل.
""")
GOLD["a05_afp_bitar"] = [
    ("مذكرة توقيف", 1, "other", [("agent", BITAR), ("patient", KHALIL)], False),
]

ARTICLES["a05_akhbar_bitar"] = ("2021-10-12", """\
بيروت (الأخبار) - أصدر البيطار، أمس، مذكرة توقيف غيابية بحق النائب علي حسن خليل، وهي الثانية بحق نائب \
منذ تسلمه الملف.
""")
GOLD["a05_akhbar_bitar"] = [
    ("مذكرة توقيف", 1, "other", [("agent", BITAR), ("patient", KHALIL)], False),
]

# --- a06: Xi and Macron in Paris ("شي" with a title, after his given name, alone) ---------------

ARTICLES["a06_xinhua_xi"] = ("2024-05-06", """\
باريس (شينخوا) - أجرى الرئيس الصيني شي جين بينغ، اليوم الاثنين، محادثات مع الرئيس الفرنسي إيمانويل ماكرون \
في قصر الإليزيه بباريس.
""")
GOLD["a06_xinhua_xi"] = [
    ("محادثات", 1, "meeting", [(None, XI), (None, MACRON)], False),
]

ARTICLES["a06_f24_xi"] = ("2024-05-06", """\
باريس (فرانس 24) - استقبل ماكرون الرئيس شي الاثنين في الإليزيه، في أول زيارة للرئيس الصيني إلى أوروبا منذ \
خمس سنوات.
""")
GOLD["a06_f24_xi"] = [
    ("استقبل", 1, "meeting", [(None, XI), (None, MACRON)], False),
]

ARTICLES["a06_reuters_xi"] = ("2024-05-06", """\
باريس (رويترز) - التقى ماكرون وشي جين بينغ يوم الاثنين في باريس، وحث الرئيس الفرنسي نظيره الصيني على \
استخدام نفوذه لدى روسيا.
""")
GOLD["a06_reuters_xi"] = [
    ("التقى", 1, "meeting", [(None, XI), (None, MACRON)], False),
]

# --- a07: Iran condemns the burning of a Quran in Stockholm (a spokesman by title and side) -----

ARTICLES["a07_irna_kanaani"] = ("2023-06-28", """\
طهران (إرنا) - أدان المتحدث باسم وزارة الخارجية ناصر كنعاني، اليوم الأربعاء، تدنيس القرآن الكريم في \
ستوكهولم، ووصفه بأنه عمل استفزازي.
""")
GOLD["a07_irna_kanaani"] = [
    ("أدان", 1, "statement", [("speaker", KANAANI)], False),
]

ARTICLES["a07_tasnim_kanaani"] = ("2023-06-28", """\
طهران (تسنيم) - قال المتحدث باسم الخارجية الإيرانية، الأربعاء، إن إحراق نسخة من المصحف أمام مسجد في \
ستوكهولم إهانة لمشاعر المسلمين.
""")
GOLD["a07_tasnim_kanaani"] = [
    ("قال", 1, "statement", [("speaker", KANAANI)], False),
]

ARTICLES["a07_mayadeen_kanaani"] = ("2023-06-28", """\
بيروت (الميادين) - أكد كنعاني، الأربعاء، أن إيران تدين بشدة حرق المصحف في السويد، وطالب الحكومة السويدية \
بمنع تكرار ذلك.
""")
GOLD["a07_mayadeen_kanaani"] = [
    ("أكد", 1, "statement", [("speaker", KANAANI)], False),
]

# --- a08: the Kinshasa dam talks (three coordinated parties) ------------------------------------

ARTICLES["a08_mena_gerd"] = ("2021-04-04", """\
كينشاسا (أ ش أ) - انطلقت، اليوم الأحد، في كينشاسا مفاوضات سد النهضة بين مصر والسودان وإثيوبيا، على مستوى \
وزراء الخارجية والري.
""")
GOLD["a08_mena_gerd"] = [
    ("مفاوضات", 1, "meeting", [(None, EGYPT), (None, SUDAN), (None, ETHIOPIA)], False),
]

ARTICLES["a08_suna_gerd"] = ("2021-04-04", """\
الخرطوم (سونا) - بدأت الأحد في العاصمة الكونغولية اجتماعات وزراء خارجية ومياه السودان ومصر وإثيوبيا حول \
ملء سد النهضة وتشغيله.
""")
GOLD["a08_suna_gerd"] = [
    ("اجتماعات", 1, "meeting", [(None, EGYPT), (None, SUDAN), (None, ETHIOPIA)], False),
]

ARTICLES["a08_ahram_gerd"] = ("2021-04-04", """\
القاهرة (الأهرام) - عقد وزير الخارجية سامح شكري ونظيرته السودانية مريم الصادق المهدي ووزير المياه \
الإثيوبي سيلشي بيكيلي، اليوم، اجتماعا في كينشاسا حول سد النهضة.
""")
GOLD["a08_ahram_gerd"] = [
    ("اجتماعا", 1, "meeting", [(None, EGYPT), (None, SUDAN), (None, ETHIOPIA)], False),
]

# --- a09: Bahrain and Qatar restore ties (the parties of "البلدان") ------------------------------

ARTICLES["a09_bna_ties"] = ("2023-04-12", """\
الرياض (بنا) - اتفقت مملكة البحرين ودولة قطر، اليوم الأربعاء، على إعادة العلاقات الدبلوماسية بينهما، \
خلال اجتماع في مقر الأمانة العامة لمجلس التعاون بالرياض.
""")
GOLD["a09_bna_ties"] = [
    ("اتفقت مملكة البحرين ودولة قطر، اليوم الأربعاء، على إعادة العلاقات", 1, "other", [(None, BAHRAIN), (None, QATAR)], False),
]

ARTICLES["a09_qna_ties"] = ("2023-04-12", """\
الدوحة (قنا) - عقد وفدا دولة قطر ومملكة البحرين اجتماعا في الرياض، وقرر البلدان، الأربعاء، إعادة العلاقات \
الدبلوماسية.
""")
GOLD["a09_qna_ties"] = [
    ("وقرر البلدان، الأربعاء، إعادة العلاقات", 1, "other", [(None, BAHRAIN), (None, QATAR)], False),
]

ARTICLES["a09_cnn_ties"] = ("2023-04-12", """\
دبي (CNN) - أعلنت البحرين وقطر الأربعاء استئناف العلاقات الدبلوماسية بينهما بعد قطيعة استمرت منذ عام 2017.
""")
GOLD["a09_cnn_ties"] = [
    ("أعلنت البحرين وقطر الأربعاء استئناف العلاقات", 1, "other", [(None, BAHRAIN), (None, QATAR)], False),
]

# --- a10: Tebboune receives Meloni (the parties of "الجانبان") -----------------------------------

ARTICLES["a10_aps_meloni"] = ("2023-01-23", """\
الجزائر (واج) - استقبل رئيس الجمهورية، السيد عبد المجيد تبون، اليوم الاثنين، رئيسة مجلس الوزراء \
الإيطالي، السيدة جورجيا ميلوني، التي تقوم بزيارة عمل إلى الجزائر.
""")
GOLD["a10_aps_meloni"] = [
    ("استقبل", 1, "meeting", [(None, TEBBOUNE), (None, MELONI)], False),
]

ARTICLES["a10_echorouk_meloni"] = ("2023-01-23", """\
الجزائر (الشروق) - حلت رئيسة الحكومة الإيطالية بالجزائر صباح الاثنين، والتقت الرئيس تبون، وبحث الجانبان \
إمدادات الغاز إلى إيطاليا.
""")
GOLD["a10_echorouk_meloni"] = [
    ("والتقت", 1, "meeting", [(None, TEBBOUNE), (None, MELONI)], False),
]

ARTICLES["a10_ansa_meloni"] = ("2023-01-23", """\
روما (آكي) - وصلت ميلوني إلى الجزائر الاثنين، حيث أجرت محادثات مع الرئيس الجزائري عبد المجيد تبون حول \
الطاقة والهجرة.
""")
GOLD["a10_ansa_meloni"] = [
    ("محادثات", 1, "meeting", [(None, TEBBOUNE), (None, MELONI)], False),
]

# --- a11: Madbouly's new government sworn in (a body and its chairman) --------------------------

ARTICLES["a11_mena_cabinet"] = ("2024-07-03", """\
القاهرة (أ ش أ) - أدت الحكومة الجديدة برئاسة الدكتور مصطفى مدبولي، اليوم الأربعاء، اليمين الدستورية أمام \
الرئيس عبد الفتاح السيسي بقصر الاتحادية.
""")
GOLD["a11_mena_cabinet"] = [
    ("أدت الحكومة الجديدة برئاسة الدكتور مصطفى مدبولي، اليوم الأربعاء، اليمين الدستورية", 1, "other", [("agent", MADBOULY)], False),
]

ARTICLES["a11_sky_cabinet"] = ("2024-07-03", """\
القاهرة (سكاي نيوز عربية) - أدى رئيس الوزراء المصري مصطفى مدبولي ووزراء حكومته الجديدة اليمين الأربعاء، \
بعد أسابيع من المشاورات.
""")
GOLD["a11_sky_cabinet"] = [
    ("أدى رئيس الوزراء المصري مصطفى مدبولي ووزراء حكومته الجديدة اليمين", 1, "other", [("agent", MADBOULY)], False),
]

ARTICLES["a11_masry_cabinet"] = ("2024-07-03", """\
القاهرة (المصري اليوم) - أدى وزراء حكومة مدبولي الجديدة، الأربعاء، اليمين الدستورية، وضمت الحكومة 20 وزيرا \
جديدا.
""")
GOLD["a11_masry_cabinet"] = [
    ("أدى وزراء حكومة مدبولي الجديدة، الأربعاء، اليمين الدستورية", 1, "other", [("agent", MADBOULY)], False),
]

# --- a12: Mauritania's president names Ould Djay prime minister (an unlisted compound name) -----

ARTICLES["a12_ami_ouldjay"] = ("2024-08-02", """\
نواكشوط (الوكالة الموريتانية للأنباء) - عين رئيس الجمهورية محمد ولد الشيخ الغزواني، اليوم الجمعة، السيد \
المختار ولد اجاي وزيرا أول، خلفا للسيد محمد ولد بلال.
""")
GOLD["a12_ami_ouldjay"] = [
    ("عين", 1, "other", [("agent", GHAZOUANI), ("patient", OULDJAY)], False),
]

ARTICLES["a12_sahara_ouldjay"] = ("2024-08-02", """\
نواكشوط (صحراء ميديا) - عيّن الرئيس الموريتاني الجمعة مدير ديوانه المختار ولد أجاي وزيرا أول، بعد يوم من \
أدائه اليمين لولاية ثانية.
""")
GOLD["a12_sahara_ouldjay"] = [
    ("عيّن", 1, "other", [("agent", GHAZOUANI), ("patient", OULDJAY)], False),
]

ARTICLES["a12_alakhbar_ouldjay"] = ("2024-08-02", """\
نواكشوط (الأخبار) - أصدر الرئيس محمد ولد الغزواني، الجمعة، مرسوما بتعيين ولد اجاي وزيرا أول، وكلفه بتشكيل \
حكومة جديدة.
""")
GOLD["a12_alakhbar_ouldjay"] = [
    ("بتعيين", 1, "other", [("agent", GHAZOUANI), ("patient", OULDJAY)], False),
]

# ================================ PART B =====================================================

# --- b01: Jacques Chirac dies (a former president; the deceased after a death noun) -------------

ARTICLES["b01_bbc_chirac"] = ("2019-09-26", """\
لندن (بي بي سي عربي) - أعلنت عائلة الرئيس الفرنسي الأسبق جاك شيراك، اليوم الخميس، وفاته عن عمر ناهز 86 \
عاما.
""")
GOLD["b01_bbc_chirac"] = [
    ("وفاته", 1, "other", [("patient", CHIRAC)], False),
]

ARTICLES["b01_hespress_chirac"] = ("2019-09-26", """\
الرباط (هسبريس) - عبّر الملك محمد السادس عن حزنه العميق إثر وفاة شيراك، الذي وصفه بالصديق الوفي للمغرب.
""")
GOLD["b01_hespress_chirac"] = [
    ("وفاة", 1, "other", [("patient", CHIRAC)], False),
]

ARTICLES["b01_quds_chirac"] = ("2019-09-26", """\
باريس (القدس العربي) - رحل الخميس الرئيس الفرنسي السابق جاك شيراك، الذي عارض غزو العراق عام 2003، عن 86 عاما.
""")
GOLD["b01_quds_chirac"] = [
    ("رحل", 1, "other", [("patient", CHIRAC)], False),
]

# --- b02: Riyadh summons Lebanon's envoy (the envoy after verb and subject) ---------------------

ARTICLES["b02_spa_kordahi"] = ("2021-10-29", """\
الرياض (واس) - استدعت وزارة الخارجية، اليوم الجمعة، سفير الجمهورية اللبنانية لدى المملكة، وأمهلته 48 ساعة \
لمغادرة البلاد، على خلفية تصريحات وزير الإعلام اللبناني.
""")
GOLD["b02_spa_kordahi"] = [
    ("استدعت", 1, "other", [("agent", SAUDI), ("patient", LB_AMB)], False),
]

ARTICLES["b02_awsat_kordahi"] = ("2021-10-29", """\
الرياض (الشرق الأوسط) - استدعت السعودية الجمعة السفير اللبناني فوزي كبارة وطلبت منه مغادرة أراضيها خلال \
48 ساعة.
""")
GOLD["b02_awsat_kordahi"] = [
    ("استدعت", 1, "other", [("agent", SAUDI), ("patient", LB_AMB)], False),
]

ARTICLES["b02_nahar_kordahi"] = ("2021-10-29", """\
بيروت (النهار) - قررت المملكة العربية السعودية استدعاء سفيرها في بيروت، واستدعت الرياض الجمعة سفير لبنان \
لديها.
""")
GOLD["b02_nahar_kordahi"] = [
    ("واستدعت", 1, "other", [("agent", SAUDI), ("patient", LB_AMB)], False),
]

# --- b03: Qatar's emir issues the Shura election law ("سمو الأمير") -----------------------------

ARTICLES["b03_qna_law"] = ("2021-07-29", """\
الدوحة (قنا) - أصدر حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، اليوم، القانون رقم (6) \
لسنة 2021 بإصدار نظام انتخاب مجلس الشورى.
""")
GOLD["b03_qna_law"] = [
    ("أصدر", 1, "other", [("agent", TAMIM)], False),
]

ARTICLES["b03_raya_law"] = ("2021-07-29", """\
الدوحة (الراية) - أصدر سمو الأمير، الخميس، قانون انتخاب مجلس الشورى، تمهيدا لأول انتخابات تشريعية في \
أكتوبر المقبل.
""")
GOLD["b03_raya_law"] = [
    ("أصدر", 1, "other", [("agent", TAMIM)], False),
]

ARTICLES["b03_reuters_law"] = ("2021-07-29", """\
الدوحة (رويترز) - أصدر أمير قطر الشيخ تميم بن حمد آل ثاني يوم الخميس قانونا لانتخاب أعضاء مجلس الشورى \
لأول مرة.
""")
GOLD["b03_reuters_law"] = [
    ("أصدر", 1, "other", [("agent", TAMIM)], False),
]

# --- b04: the Athens summit of Egypt, Greece and Cyprus (coordinated parties) --------------------

ARTICLES["b04_ahram_athens"] = ("2021-10-19", """\
أثينا (الأهرام) - شارك الرئيس عبد الفتاح السيسي، اليوم الثلاثاء، في القمة الثلاثية بين مصر واليونان وقبرص \
في العاصمة اليونانية أثينا.
""")
GOLD["b04_ahram_athens"] = [
    ("القمة", 1, "meeting", [(None, SISI), (None, MITSOTAKIS), (None, ANASTASIADES)], False),
]

ARTICLES["b04_watan_athens"] = ("2021-10-19", """\
القاهرة (الوطن) - عقد الرئيس السيسي ورئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس والرئيس القبرصي نيكوس \
أناستاسيادس قمة ثلاثية في أثينا الثلاثاء.
""")
GOLD["b04_watan_athens"] = [
    ("قمة", 1, "meeting", [(None, SISI), (None, MITSOTAKIS), (None, ANASTASIADES)], False),
]

ARTICLES["b04_anadolu_athens"] = ("2021-10-19", """\
أنقرة (الأناضول) - عقدت اليونان وقبرص ومصر، الثلاثاء، قمة ثلاثية في أثينا بحثت التعاون في شرق المتوسط.
""")
GOLD["b04_anadolu_athens"] = [
    ("قمة", 1, "meeting", [(None, SISI), (None, MITSOTAKIS), (None, ANASTASIADES)], False),
]

# --- b05: Egypt and Turkey raise ties to ambassadors (the parties of "البلدان") ------------------

ARTICLES["b05_mena_envoys"] = ("2023-07-04", """\
القاهرة (أ ش أ) - أعلنت جمهورية مصر العربية والجمهورية التركية، اليوم الثلاثاء، رفع العلاقات الدبلوماسية \
بينهما إلى مستوى السفراء.
""")
GOLD["b05_mena_envoys"] = [
    ("أعلنت جمهورية مصر العربية والجمهورية التركية، اليوم الثلاثاء، رفع العلاقات", 1, "other", [(None, EGYPT), (None, TURKEY)], False),
]

ARTICLES["b05_trt_envoys"] = ("2023-07-04", """\
أنقرة (تي آر تي عربي) - بعد عشر سنوات من التوتر بين أنقرة والقاهرة، قرر البلدان الثلاثاء رفع العلاقات \
الدبلوماسية إلى مستوى السفراء.
""")
GOLD["b05_trt_envoys"] = [
    ("قرر البلدان الثلاثاء رفع العلاقات", 1, "other", [(None, EGYPT), (None, TURKEY)], False),
]

ARTICLES["b05_masrawy_envoys"] = ("2023-07-04", """\
القاهرة (مصراوي) - رفعت مصر وتركيا، الثلاثاء، علاقاتهما الدبلوماسية إلى مستوى السفراء، ورشحت القاهرة عمرو \
الحمامي سفيرا لدى أنقرة.
""")
GOLD["b05_masrawy_envoys"] = [
    ("رفعت", 1, "other", [(None, EGYPT), (None, TURKEY)], False),
]

# --- b06: Ghannouchi arrested at home (the arrested by title and name) --------------------------

ARTICLES["b06_tap_ghannouchi"] = ("2023-04-17", """\
تونس (وات) - أوقفت وحدات أمنية، مساء اليوم الاثنين، رئيس حركة النهضة راشد الغنوشي بمنزله في العاصمة، وفق \
ما أفاد به قيادي بالحركة.
""")
GOLD["b06_tap_ghannouchi"] = [
    ("أوقفت", 1, "other", [("agent", TN_POLICE), ("patient", GHANNOUCHI)], False),
]

ARTICLES["b06_arabi21_ghannouchi"] = ("2023-04-17", """\
لندن (عربي21) - اعتقلت قوات الأمن التونسية الاثنين الغنوشي من منزله، واقتادته إلى جهة غير معلومة.
""")
GOLD["b06_arabi21_ghannouchi"] = [
    ("اعتقلت", 1, "other", [("agent", TN_POLICE), ("patient", GHANNOUCHI)], False),
]

ARTICLES["b06_dw_ghannouchi"] = ("2023-04-17", """\
بون (دويتشه فيله) - اعتقلت الشرطة التونسية الاثنين زعيم حزب النهضة المعارض راشد الغنوشي، أبرز منتقدي الرئيس \
قيس سعيد.
""")
GOLD["b06_dw_ghannouchi"] = [
    ("اعتقلت", 1, "other", [("agent", TN_POLICE), ("patient", GHANNOUCHI)], False),
]
