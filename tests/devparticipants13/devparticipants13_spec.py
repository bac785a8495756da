"""Thirteenth development set for participants and roles (round 14; part A tuned on, part B kept
for transfer): one happening told by three outlets that name its parties differently.

Written for issue 9 round 14 before the round-14 engine changes, and annotated before the engine
was run on it. Eighteen real happenings no other set tells, three short reports each (54 items) in
the manner of many outlets (Al-Manar, Al Jazeera Net, AFP, QNA, Reuters, NNA, Al-Akhbar, L'Orient,
KUNA, Al-Qabas, Anadolu, SONA, APS, Echorouk, France 24, Petra, Al-Ghad, IRNA, El Khabar, BBC
Arabic, Palestine Info, Ma'an, INA, Rudaw, Al-Sumaria, MENA, Al-Ahram, Youm7, TRT Arabic, Sudan
Tribune, Al-Sharq Al-Awsat, SPA, Tasnim, Masrawy, Al-Masry Al-Youm, Al-Quds Al-Arabi, Enab Baladi,
SANA), each naming the parties its own way: offices of parties and movements ("الأمين العام لحزب
الله"، "رئيس المكتب السياسي لحركة حماس"، "الإطار التنسيقي"), "السيد" opening a name outside
appointments, a spokesman by his name and by his family name with the article ("وقال الأنصاري"),
a family name with and without the article in two outlets ("البيطار"/"بيطار"), "سمو الأمير" alone,
a dual delegation in construct ("وفدا الصومال وإثيوبيا"), a state after ل in a death's sentence, a
bare "وزارة الخارجية" after its state was named, former office-holders and their duals ("رئيسي
الوزراء السابقين"), a body and its head (an agency and its director), "خلفا ل" and "من سلفه",
unlisted persons and organisations.

Conventions of this set (those of devparticipants12): the dead undergoes his death (patient); the
envoy summoned is the summons' patient; a court's verdict has the court as agent and the
sentenced as patients; an appointed, elected or nominated person is the patient and the body
that names him the agent; a predecessor named by "خلفا ل" is no party of an election; the
handover from the predecessor ("تسلم ... مهامه من سلفه") has the two office-holders as parties
(no role); a dissolved chamber is the dissolution's patient; a statement's party is its speaker
(a spokesman or the state he speaks for); the parties of talks and meetings have no role; a
sponsor or host of an agreement is no party of it; a dual names the two parties named with it.

Part A (ids ``a..``, 12 happenings) is the development part. Part B (ids ``b..``, 6 happenings:
other stories, other outlets) was written at the same time, before any engine change, and is
scored only at the start and at the end of the round: it measures transfer.

Same format as ``tests/devparticipants12/devparticipants12_spec.py``:
ARTICLES: id -> (published, text).
GOLD: id -> list of events (surface, occurrence, type, participants, optional); participants
  is one entry per participant ``(role, [acceptable names])`` (role ``None``: any role);
  optional events are scored only when extracted.
HAPPENINGS: the first three characters of an id -> (cluster, type, day).
"""

ARTICLES: dict[str, tuple[str, str]] = {}
GOLD: dict[str, list[tuple]] = {}

HAPPENINGS = {
    "a01": ("nasrallah_arouri_nakhalah_1025", "meeting", "2023-10-25"),
    "a02": ("ansari_truce_start_1123", "statement", "2023-11-23"),
    "a03": ("oweidat_charges_bitar_0125", "other", "2023-01-25"),
    "a04": ("kuwait_assembly_dissolved_0510", "other", "2024-05-10"),
    "a05": ("ankara_declaration_1211", "other", "2024-12-11"),
    "a06": ("talabani_death_1003", "other", "2017-10-03"),
    "a07": ("jordan_summons_israel_0103", "other", "2023-01-03"),
    "a08": ("grossi_raisi_0304", "meeting", "2023-03-04"),
    "a09": ("ouyahia_sellal_verdict_1210", "other", "2019-12-10"),
    "a10": ("haniyeh_elected_0506", "other", "2017-05-06"),
    "a11": ("sudani_nominated_0725", "other", "2022-07-25"),
    "a12": ("abdelatty_handover_0704", "other", "2024-07-04"),
    "b01": ("haniyeh_erdogan_0420", "meeting", "2024-04-20"),
    "b02": ("sadiq_mahdi_death_1126", "other", "2020-11-26"),
    "b03": ("faisal_raisi_tehran_0617", "meeting", "2023-06-17"),
    "b04": ("morsi_verdict_0421", "other", "2015-04-21"),
    "b05": ("lebanon_syria_jeddah_0328", "other", "2025-03-28"),
    "b06": ("ugtt_taboubi_congress_0218", "other", "2022-02-18"),
}

NASRALLAH = ["حسن نصر الله", "حسن نصرالله", "نصر الله", "نصرالله", "السيد حسن نصر الله", "الأمين العام لحزب الله",
             "حزب الله"]
AROURI = ["صالح العاروري", "العاروري", "الشيخ صالح العاروري", "نائب رئيس المكتب السياسي لحركة حماس", "حركة حماس",
          "حماس"]
NAKHALAH = ["زياد النخالة", "النخالة", "الأمين العام لحركة الجهاد الإسلامي", "حركة الجهاد الإسلامي",
            "الجهاد الإسلامي"]
ANSARI = ["ماجد الأنصاري", "ماجد بن محمد الأنصاري", "الأنصاري", "المتحدث باسم وزارة الخارجية القطرية",
          "وزارة الخارجية القطرية", "الخارجية القطرية", "قطر"]
OWEIDAT = ["غسان عويدات", "عويدات", "النائب العام التمييزي", "المدعي العام التمييزي", "القاضي غسان عويدات"]
BITAR = ["طارق البيطار", "طارق بيطار", "البيطار", "بيطار", "المحقق العدلي", "القاضي طارق البيطار"]
MISHAL = ["مشعل الأحمد الجابر الصباح", "مشعل الأحمد", "الشيخ مشعل الأحمد", "مشعل الأحمد الصباح", "أمير الكويت",
          "أمير البلاد", "سمو الأمير", "الأمير", "الكويت"]
KW_ASSEMBLY = ["مجلس الأمة", "مجلس الأمة الكويتي", "البرلمان", "البرلمان الكويتي"]
SOMALIA = ["الصومال", "جمهورية الصومال الفيدرالية", "حسن شيخ محمود", "الرئيس الصومالي", "مقديشو"]
ETHIOPIA = ["إثيوبيا", "جمهورية إثيوبيا الفيدرالية الديمقراطية", "آبي أحمد", "رئيس الوزراء الإثيوبي", "أديس أبابا"]
TALABANI = ["جلال طالباني", "طالباني", "مام جلال", "الرئيس العراقي السابق"]
JORDAN = ["الأردن", "المملكة الأردنية الهاشمية", "المملكة", "وزارة الخارجية وشؤون المغتربين",
          "وزارة الخارجية الأردنية", "الخارجية الأردنية", "أيمن الصفدي", "الصفدي", "عمان"]
IL_AMB = ["السفير الإسرائيلي", "سفير إسرائيل", "إيتان سوركيس", "إسرائيل"]
RAISI = ["إبراهيم رئيسي", "رئيسي", "السيد إبراهيم رئيسي", "الرئيس الإيراني", "رئيس الجمهورية", "إيران"]
GROSSI = ["رافائيل غروسي", "غروسي", "المدير العام للوكالة الدولية للطاقة الذرية", "الوكالة الدولية للطاقة الذرية",
          "رئيس الوكالة الدولية للطاقة الذرية", "الوكالة الذرية", "الوكالة"]
SIDI_M_COURT = ["محكمة سيدي امحمد", "محكمة سيدي أمحمد", "القضاء الجزائري", "المحكمة", "محكمة جزائرية",
                "محكمة في الجزائر"]
OUYAHIA = ["أحمد أويحيى", "أويحيى"]
SELLAL = ["عبد المالك سلال", "عبدالمالك سلال", "سلال"]
HAMAS = ["حركة حماس", "حماس", "مجلس الشورى العام لحركة حماس", "مجلس شورى حماس", "مجلس شورى الحركة",
         "حركة المقاومة الإسلامية"]
HANIYEH = ["إسماعيل هنية", "هنية", "رئيس المكتب السياسي لحركة حماس"]
FRAMEWORK = ["الإطار التنسيقي", "قوى الإطار التنسيقي", "الإطار"]
SUDANI = ["محمد شياع السوداني", "السوداني", "محمد شياع"]
ABDELATTY = ["بدر عبد العاطي", "بدر عبدالعاطي", "عبد العاطي", "وزير الخارجية"]
SHOUKRY = ["سامح شكري", "شكري", "وزير الخارجية السابق"]
ERDOGAN = ["رجب طيب أردوغان", "أردوغان", "الرئيس التركي", "تركيا"]
MAHDI = ["الصادق المهدي", "الإمام الصادق المهدي", "المهدي", "رئيس حزب الأمة القومي"]
FAISAL = ["فيصل بن فرحان", "الأمير فيصل بن فرحان", "الأمير فيصل بن فرحان بن عبدالله", "وزير الخارجية السعودي",
          "السعودية", "المملكة العربية السعودية"]
CAIRO_COURT = ["محكمة جنايات القاهرة", "محكمة مصرية", "المحكمة", "محكمة الجنايات"]
MORSI = ["محمد مرسي", "مرسي", "الرئيس الأسبق محمد مرسي", "الرئيس المعزول محمد مرسي"]
LEBANON = ["لبنان", "ميشال منسى", "وزير الدفاع اللبناني", "بيروت"]
SYRIA = ["سوريا", "سورية", "مرهف أبو قصرة", "أبو قصرة", "وزير الدفاع السوري", "دمشق"]
UGTT = ["الاتحاد العام التونسي للشغل", "اتحاد الشغل", "المركزية النقابية", "مؤتمر الاتحاد", "الاتحاد"]
TABOUBI = ["نور الدين الطبوبي", "الطبوبي"]

# ================================ PART A =====================================================

# --- a01: Nasrallah receives al-Arouri and al-Nakhalah (offices of movements, "السيد") ----------

ARTICLES["a01_manar_nasrallah"] = ("2023-10-25", """\
بيروت (المنار) - استقبل الأمين العام لحزب الله سماحة السيد حسن نصر الله، اليوم الأربعاء، نائب رئيس المكتب \
السياسي لحركة حماس الشيخ صالح العاروري والأمين العام لحركة الجهاد الإسلامي الأستاذ زياد النخالة.
""")
GOLD["a01_manar_nasrallah"] = [
    ("استقبل", 1, "meeting", [(None, NASRALLAH), (None, AROURI), (None, NAKHALAH)], False),
]

ARTICLES["a01_jazeera_nasrallah"] = ("2023-10-25", """\
بيروت (الجزيرة نت) - التقى الأمين العام لحزب الله حسن نصر الله الأربعاء القيادي في حركة حماس صالح العاروري \
والأمين العام للجهاد الإسلامي زياد النخالة، وبحث معهما ما يجب على محور المقاومة فعله.
""")
GOLD["a01_jazeera_nasrallah"] = [
    ("التقى", 1, "meeting", [(None, NASRALLAH), (None, AROURI), (None, NAKHALAH)], False),
]

ARTICLES["a01_afp_nasrallah"] = ("2023-10-25", """\
بيروت (أ ف ب) - اجتمع نصرالله الأربعاء مع العاروري والنخالة، في أول لقاء معلن بين قادة التنظيمات الثلاثة منذ \
بدء الحرب في غزة.
""")
GOLD["a01_afp_nasrallah"] = [
    ("اجتمع", 1, "meeting", [(None, NASRALLAH), (None, AROURI), (None, NAKHALAH)], False),
]

# --- a02: al-Ansari announces when the truce begins (a spokesman; "وقال الأنصاري") ---------------

ARTICLES["a02_qna_ansari"] = ("2023-11-23", """\
الدوحة (قنا) - أعلن الدكتور ماجد بن محمد الأنصاري مستشار رئيس مجلس الوزراء والمتحدث الرسمي باسم وزارة \
الخارجية، اليوم، أن الهدنة الإنسانية في قطاع غزة ستبدأ في الساعة السابعة من صباح يوم غد الجمعة.
""")
GOLD["a02_qna_ansari"] = [
    ("أعلن", 1, "statement", [("speaker", ANSARI)], False),
]

ARTICLES["a02_jazeera_ansari"] = ("2023-11-23", """\
الدوحة (الجزيرة نت) - عقد المتحدث باسم الخارجية القطرية مؤتمرا صحفيا مساء الخميس، وقال الأنصاري إن الدفعة \
الأولى من المحتجزين المدنيين ستطلق في الرابعة عصر الجمعة.
""")
GOLD["a02_jazeera_ansari"] = [
    ("وقال", 1, "statement", [("speaker", ANSARI)], False),
]

ARTICLES["a02_reuters_ansari"] = ("2023-11-23", """\
الدوحة (رويترز) - قال المتحدث باسم وزارة الخارجية القطرية يوم الخميس إن الهدنة بين إسرائيل وحماس ستبدأ \
صباح الجمعة.
""")
GOLD["a02_reuters_ansari"] = [
    ("قال", 1, "statement", [("speaker", ANSARI)], False),
]

# --- a03: Oweidat charges Bitar (a family name with and without the article) --------------------

ARTICLES["a03_nna_oweidat"] = ("2023-01-25", """\
وطنية - ادعى النائب العام التمييزي القاضي غسان عويدات، اليوم، على المحقق العدلي القاضي طارق البيطار بجرم \
التمرد على القضاء واغتصاب السلطة، وأصدر قرارا بمنعه من السفر.
""")
GOLD["a03_nna_oweidat"] = [
    ("ادعى", 1, "other", [("agent", OWEIDAT), ("patient", BITAR)], False),
]

ARTICLES["a03_akhbar_oweidat"] = ("2023-01-25", """\
بيروت (الأخبار) - في ردّ سريع، ادعى عويدات على البيطار أمس واستدعاه إلى التحقيق، بعد يومين من استئناف \
الأخير تحقيقاته.
""")
GOLD["a03_akhbar_oweidat"] = [
    ("ادعى", 1, "other", [("agent", OWEIDAT), ("patient", BITAR)], False),
]

ARTICLES["a03_orient_oweidat"] = ("2023-01-25", """\
بيروت (لوريان لوجور) - ادعى المدعي العام التمييزي في لبنان غسان عويدات الأربعاء على القاضي طارق بيطار، بعد \
أن كان بيطار قد ادعى عليه قبل يومين.
""")
GOLD["a03_orient_oweidat"] = [
    ("ادعى", 1, "other", [("agent", OWEIDAT), ("patient", BITAR)], False),
]

# --- a04: the Emir dissolves the National Assembly ("سمو الأمير" alone) -------------------------

ARTICLES["a04_kuna_assembly"] = ("2024-05-10", """\
الكويت (كونا) - أصدر حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح، اليوم الجمعة، أمرا أميريا \
بحل مجلس الأمة ووقف العمل ببعض مواد الدستور مدة لا تزيد على أربع سنوات.
""")
GOLD["a04_kuna_assembly"] = [
    ("حل", 1, "other", [("agent", MISHAL), ("patient", KW_ASSEMBLY)], False),
]

ARTICLES["a04_qabas_assembly"] = ("2024-05-10", """\
الكويت (القبس) - في كلمة متلفزة مساء الجمعة، قرر سمو الأمير حل مجلس الأمة، مؤكدا أنه لن يسمح باستغلال \
الديمقراطية لتحطيم الدولة.
""")
GOLD["a04_qabas_assembly"] = [
    ("حل", 1, "other", [("agent", MISHAL), ("patient", KW_ASSEMBLY)], False),
]

ARTICLES["a04_afp_assembly"] = ("2024-05-10", """\
الكويت (أ ف ب) - حل أمير الكويت الشيخ مشعل الأحمد الصباح الجمعة البرلمان وعلق العمل ببعض مواد الدستور، بعد \
خمسة أشهر على توليه الحكم.
""")
GOLD["a04_afp_assembly"] = [
    ("حل", 1, "other", [("agent", MISHAL), ("patient", KW_ASSEMBLY)], False),
]

# --- a05: the Ankara declaration (a dual delegation in construct; a sponsor no party) -----------

ARTICLES["a05_anadolu_ankara"] = ("2024-12-11", """\
أنقرة (الأناضول) - توصل الرئيس الصومالي حسن شيخ محمود ورئيس الوزراء الإثيوبي آبي أحمد، مساء الأربعاء، إلى \
اتفاق في أنقرة برعاية الرئيس رجب طيب أردوغان لإنهاء التوتر بين البلدين.
""")
GOLD["a05_anadolu_ankara"] = [
    ("اتفاق", 1, "other", [(None, SOMALIA), (None, ETHIOPIA)], False),
]

ARTICLES["a05_jazeera_ankara"] = ("2024-12-11", """\
أنقرة (الجزيرة نت) - وقع وفدا الصومال وإثيوبيا، ليل الأربعاء، في العاصمة التركية إعلانا مشتركا لتسوية الخلاف \
حول منفذ إثيوبيا إلى البحر.
""")
GOLD["a05_jazeera_ankara"] = [
    ("وقع", 1, "other", [(None, SOMALIA), (None, ETHIOPIA)], False),
]

ARTICLES["a05_sona_ankara"] = ("2024-12-11", """\
مقديشو (صونا) - وقعت جمهورية الصومال الفيدرالية وجمهورية إثيوبيا الفيدرالية الديمقراطية، اليوم، إعلان أنقرة \
الذي يحترم سيادة الصومال ووحدة أراضيه.
""")
GOLD["a05_sona_ankara"] = [
    ("وقعت", 1, "other", [(None, SOMALIA), (None, ETHIOPIA)], False),
]

# --- a06: Talabani dies (a former president; a state after ل in the death's sentence) -----------

ARTICLES["a06_rudaw_talabani"] = ("2017-10-03", """\
أربيل (روداو) - توفي الرئيس العراقي السابق جلال طالباني، اليوم الثلاثاء، في أحد مستشفيات العاصمة الألمانية \
برلين عن عمر ناهز 83 عاما.
""")
GOLD["a06_rudaw_talabani"] = [
    ("توفي", 1, "other", [("patient", TALABANI)], False),
]

ARTICLES["a06_ina_talabani"] = ("2017-10-03", """\
بغداد (واع) - نعى رئيس الوزراء حيدر العبادي، الثلاثاء، مام جلال، وقال إن رحيل طالباني خسارة كبيرة للعراق \
وللشعب الكردي.
""")
GOLD["a06_ina_talabani"] = [
    ("رحيل", 1, "other", [("patient", TALABANI)], False),
]

ARTICLES["a06_bbc_talabani"] = ("2017-10-03", """\
لندن (بي بي سي عربي) - أعلن الاتحاد الوطني الكردستاني وفاة زعيمه جلال طالباني في ألمانيا، حيث كان يعالج منذ \
أشهر.
""")
GOLD["a06_bbc_talabani"] = [
    ("وفاة", 1, "other", [("patient", TALABANI)], False),
]

# --- a07: Jordan summons the Israeli ambassador (a bare ministry after its state) ---------------

ARTICLES["a07_petra_summons"] = ("2023-01-03", """\
عمان (بترا) - استدعت وزارة الخارجية وشؤون المغتربين، اليوم الثلاثاء، السفير الإسرائيلي في عمان، وسلمته رسالة \
احتجاج على اقتحام الوزير الإسرائيلي إيتمار بن غفير المسجد الأقصى المبارك.
""")
GOLD["a07_petra_summons"] = [
    ("استدعت", 1, "other", [("agent", JORDAN), ("patient", IL_AMB)], False),
]

ARTICLES["a07_anadolu_summons"] = ("2023-01-03", """\
القدس (الأناضول) - دان الأردن بشدة اقتحام بن غفير المسجد الأقصى، وقالت وزارة الخارجية إنها استدعت سفير \
إسرائيل لديها، الثلاثاء.
""")
GOLD["a07_anadolu_summons"] = [
    ("استدعت", 1, "other", [("agent", JORDAN), ("patient", IL_AMB)], False),
]

ARTICLES["a07_ghad_summons"] = ("2023-01-03", """\
عمان (الغد) - استدعت الخارجية الأردنية الثلاثاء السفير الإسرائيلي، ونقلت إليه رسالة احتجاج شديدة اللهجة \
لتسليمها فورا لحكومته.
""")
GOLD["a07_ghad_summons"] = [
    ("استدعت", 1, "other", [("agent", JORDAN), ("patient", IL_AMB)], False),
]

# --- a08: Raisi receives Grossi ("السيد" opening a name; an agency and its head) ----------------

ARTICLES["a08_irna_grossi"] = ("2023-03-04", """\
طهران (إرنا) - استقبل رئيس الجمهورية آية الله السيد إبراهيم رئيسي، اليوم السبت، المدير العام للوكالة الدولية \
للطاقة الذرية رافائيل غروسي والوفد المرافق له.
""")
GOLD["a08_irna_grossi"] = [
    ("استقبل", 1, "meeting", [(None, RAISI), (None, GROSSI)], False),
]

ARTICLES["a08_jazeera_grossi"] = ("2023-03-04", """\
طهران (الجزيرة نت) - التقى غروسي السبت الرئيس الإيراني إبراهيم رئيسي في ختام زيارة استمرت يومين، أعلن \
بعدها اتفاقا لاستئناف عمليات التفتيش.
""")
GOLD["a08_jazeera_grossi"] = [
    ("التقى", 1, "meeting", [(None, RAISI), (None, GROSSI)], False),
]

ARTICLES["a08_reuters_grossi"] = ("2023-03-04", """\
دبي (رويترز) - اجتمع رئيس الوكالة الدولية للطاقة الذرية مع الرئيس الإيراني يوم السبت في طهران، وسط مخاوف \
غربية من تقدم البرنامج النووي.
""")
GOLD["a08_reuters_grossi"] = [
    ("اجتمع", 1, "meeting", [(None, RAISI), (None, GROSSI)], False),
]

# --- a09: Ouyahia and Sellal sentenced (former office-holders; their dual) ----------------------

ARTICLES["a09_aps_verdict"] = ("2019-12-10", """\
الجزائر (واج) - أصدرت محكمة سيدي امحمد، اليوم الثلاثاء، حكما بالسجن النافذ 15 سنة في حق الوزير الأول الأسبق \
أحمد أويحيى و12 سنة في حق الوزير الأول الأسبق عبد المالك سلال.
""")
GOLD["a09_aps_verdict"] = [
    ("أصدرت", 1, "other", [("agent", SIDI_M_COURT), ("patient", OUYAHIA), ("patient", SELLAL)], False),
]

ARTICLES["a09_khabar_verdict"] = ("2019-12-10", """\
الجزائر (الخبر) - قضت محكمة سيدي امحمد الثلاثاء بسجن أويحيى 15 عاما وسلال 12 عاما في قضايا فساد تتعلق بتركيب \
السيارات.
""")
GOLD["a09_khabar_verdict"] = [
    ("قضت", 1, "other", [("agent", SIDI_M_COURT), ("patient", OUYAHIA), ("patient", SELLAL)], False),
]

ARTICLES["a09_bbc_verdict"] = ("2019-12-10", """\
لندن (بي بي سي عربي) - حكم القضاء الجزائري الثلاثاء على رئيسي الوزراء السابقين أحمد أويحيى وعبد المالك سلال \
بالسجن، قبل يومين من الانتخابات الرئاسية.
""")
GOLD["a09_bbc_verdict"] = [
    ("حكم", 1, "other", [("agent", SIDI_M_COURT), ("patient", OUYAHIA), ("patient", SELLAL)], False),
]

# --- a10: Hamas elects Haniyeh ("خلفا ل" names no party; a movement and its council) -----------

ARTICLES["a10_pinfo_haniyeh"] = ("2017-05-06", """\
غزة (المركز الفلسطيني للإعلام) - انتخب مجلس الشورى العام لحركة حماس، اليوم السبت، إسماعيل هنية رئيسا للمكتب \
السياسي للحركة خلفا لخالد مشعل.
""")
GOLD["a10_pinfo_haniyeh"] = [
    ("انتخب", 1, "other", [("agent", HAMAS), ("patient", HANIYEH)], False),
]

ARTICLES["a10_jazeera_haniyeh"] = ("2017-05-06", """\
غزة (الجزيرة نت) - اختارت حركة حماس السبت هنية رئيسا لمكتبها السياسي، بعد أن شغل مشعل المنصب منذ عام 1996.
""")
GOLD["a10_jazeera_haniyeh"] = [
    ("اختارت", 1, "other", [("agent", HAMAS), ("patient", HANIYEH)], False),
]

ARTICLES["a10_maan_haniyeh"] = ("2017-05-06", """\
بيت لحم (معا) - أعلنت حركة حماس انتخاب إسماعيل هنية رئيسا لمكتبها السياسي، في انتخابات داخلية جرت في غزة \
والدوحة بالتزامن.
""")
GOLD["a10_maan_haniyeh"] = [
    ("أعلنت حركة حماس انتخاب", 1, "other", [("agent", HAMAS), ("patient", HANIYEH)], False),
]

# --- a11: the Coordination Framework nominates al-Sudani (an unlisted body of parties) ----------

ARTICLES["a11_ina_sudani"] = ("2022-07-25", """\
بغداد (واع) - رشح الإطار التنسيقي، اليوم الاثنين، محمد شياع السوداني لمنصب رئيس مجلس الوزراء.
""")
GOLD["a11_ina_sudani"] = [
    ("رشح", 1, "other", [("agent", FRAMEWORK), ("patient", SUDANI)], False),
]

ARTICLES["a11_rudaw_sudani"] = ("2022-07-25", """\
أربيل (روداو) - أعلنت قوى الإطار التنسيقي ترشيح السوداني لرئاسة الحكومة العراقية المقبلة، بعد اجتماع عقدته \
مساء الاثنين.
""")
GOLD["a11_rudaw_sudani"] = [
    ("أعلنت قوى الإطار التنسيقي ترشيح", 1, "other", [("agent", FRAMEWORK), ("patient", SUDANI)], False),
]

ARTICLES["a11_sumaria_sudani"] = ("2022-07-25", """\
بغداد (السومرية نيوز) - اتفق الإطار التنسيقي، الاثنين، على ترشيح النائب محمد شياع السوداني لرئاسة الوزراء.
""")
GOLD["a11_sumaria_sudani"] = [
    ("ترشيح", 1, "other", [("agent", FRAMEWORK), ("patient", SUDANI)], False),
]

# --- a12: Abdelatty takes over from Shoukry ("من سلفه") -------------------------------------------

ARTICLES["a12_mena_handover"] = ("2024-07-04", """\
القاهرة (أ ش أ) - تسلم الدكتور بدر عبد العاطي وزير الخارجية والهجرة، اليوم الخميس، مهام منصبه من سلفه سامح \
شكري، في مقر الوزارة بالقاهرة.
""")
GOLD["a12_mena_handover"] = [
    ("تسلم", 1, "other", [(None, ABDELATTY), (None, SHOUKRY)], False),
]

ARTICLES["a12_ahram_handover"] = ("2024-07-04", """\
القاهرة (الأهرام) - تسلم عبد العاطي حقيبة الخارجية من شكري الخميس، بعد يوم من أداء الحكومة الجديدة اليمين.
""")
GOLD["a12_ahram_handover"] = [
    ("تسلم", 1, "other", [(None, ABDELATTY), (None, SHOUKRY)], False),
]

ARTICLES["a12_youm7_handover"] = ("2024-07-04", """\
القاهرة (اليوم السابع) - سلم سامح شكري وزير الخارجية السابق، اليوم، مهام الوزارة للوزير الجديد بدر عبد العاطي.
""")
GOLD["a12_youm7_handover"] = [
    ("سلم", 1, "other", [(None, ABDELATTY), (None, SHOUKRY)], False),
]

# ================================ PART B =====================================================

# --- b01: Erdogan receives Haniyeh (an office of a movement) ------------------------------------

ARTICLES["b01_trt_haniyeh"] = ("2024-04-20", """\
إسطنبول (تي آر تي عربي) - استقبل الرئيس التركي رجب طيب أردوغان، اليوم السبت، رئيس المكتب السياسي لحركة حماس \
إسماعيل هنية في قصر دولمة بهجة.
""")
GOLD["b01_trt_haniyeh"] = [
    ("استقبل", 1, "meeting", [(None, ERDOGAN), (None, HANIYEH)], False),
]

ARTICLES["b01_qudsarabi_haniyeh"] = ("2024-04-20", """\
إسطنبول (القدس العربي) - التقى أردوغان هنية السبت في لقاء استمر ساعتين ونصف الساعة، بحضور وزير الخارجية \
هاكان فيدان.
""")
GOLD["b01_qudsarabi_haniyeh"] = [
    ("التقى", 1, "meeting", [(None, ERDOGAN), (None, HANIYEH)], False),
]

ARTICLES["b01_masry_haniyeh"] = ("2024-04-20", """\
القاهرة (المصري اليوم) - عقد الرئيس التركي وزعيم حركة حماس اجتماعا مغلقا في إسطنبول السبت، بحثا فيه \
المساعدات إلى غزة.
""")
GOLD["b01_masry_haniyeh"] = [
    ("اجتماعا", 1, "meeting", [(None, ERDOGAN), (None, HANIYEH)], False),
]

# --- b02: al-Sadiq al-Mahdi dies (an office of a party; a state after ل) -------------------------

ARTICLES["b02_suna_mahdi"] = ("2020-11-26", """\
الخرطوم (سونا) - توفي رئيس حزب الأمة القومي الإمام الصادق المهدي، فجر اليوم الخميس، في دولة الإمارات \
العربية المتحدة متأثرا بإصابته بفيروس كورونا.
""")
GOLD["b02_suna_mahdi"] = [
    ("توفي", 1, "other", [("patient", MAHDI)], False),
]

ARTICLES["b02_sudantribune_mahdi"] = ("2020-11-26", """\
الخرطوم (سودان تريبيون) - نعى رئيس الوزراء عبد الله حمدوك المهدي، وقال إن رحيله خسارة للسودان، معلنا الحداد \
ثلاثة أيام.
""")
GOLD["b02_sudantribune_mahdi"] = [
    ("رحيله", 1, "other", [("patient", MAHDI)], False),
]

ARTICLES["b02_aawsat_mahdi"] = ("2020-11-26", """\
لندن (الشرق الأوسط) - أعلن حزب الأمة القومي وفاة زعيمه الصادق المهدي، آخر رئيس وزراء منتخب في السودان، عن \
84 عاما.
""")
GOLD["b02_aawsat_mahdi"] = [
    ("وفاة", 1, "other", [("patient", MAHDI)], False),
]

# --- b03: Raisi receives Prince Faisal bin Farhan ("سمو الأمير") --------------------------------

ARTICLES["b03_spa_faisal"] = ("2023-06-17", """\
طهران (واس) - استقبل الرئيس الإيراني إبراهيم رئيسي، اليوم، صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير \
الخارجية، ونقل سموه تحيات خادم الحرمين الشريفين.
""")
GOLD["b03_spa_faisal"] = [
    ("استقبل", 1, "meeting", [(None, RAISI), (None, FAISAL)], False),
]

ARTICLES["b03_tasnim_faisal"] = ("2023-06-17", """\
طهران (تسنيم) - التقى آية الله رئيسي وزير الخارجية السعودي السبت، في أول زيارة لمسؤول سعودي رفيع منذ سنوات.
""")
GOLD["b03_tasnim_faisal"] = [
    ("التقى", 1, "meeting", [(None, RAISI), (None, FAISAL)], False),
]

ARTICLES["b03_masrawy_faisal"] = ("2023-06-17", """\
القاهرة (مصراوي) - اجتمع بن فرحان مع رئيسي في طهران السبت، وسلمه دعوة لزيارة المملكة.
""")
GOLD["b03_masrawy_faisal"] = [
    ("اجتمع", 1, "meeting", [(None, RAISI), (None, FAISAL)], False),
]

# --- b04: Morsi sentenced to 20 years (a former president; a court) -----------------------------

ARTICLES["b04_ahram_morsi"] = ("2015-04-21", """\
القاهرة (الأهرام) - قضت محكمة جنايات القاهرة، اليوم الثلاثاء، بمعاقبة الرئيس الأسبق محمد مرسي و12 متهما \
آخرين بالسجن المشدد 20 عاما في قضية أحداث الاتحادية.
""")
GOLD["b04_ahram_morsi"] = [
    ("قضت", 1, "other", [("agent", CAIRO_COURT), ("patient", MORSI)], False),
]

ARTICLES["b04_jazeera_morsi"] = ("2015-04-21", """\
القاهرة (الجزيرة نت) - أصدرت محكمة مصرية الثلاثاء حكما بسجن الرئيس المعزول مرسي عشرين عاما، في أول حكم \
يصدر بحقه منذ عزله.
""")
GOLD["b04_jazeera_morsi"] = [
    ("أصدرت", 1, "other", [("agent", CAIRO_COURT), ("patient", MORSI)], False),
]

ARTICLES["b04_reuters_morsi"] = ("2015-04-21", """\
القاهرة (رويترز) - حكمت محكمة مصرية يوم الثلاثاء على الرئيس السابق محمد مرسي بالسجن 20 عاما بتهم تتعلق \
بمقتل محتجين.
""")
GOLD["b04_reuters_morsi"] = [
    ("حكمت", 1, "other", [("agent", CAIRO_COURT), ("patient", MORSI)], False),
]

# --- b05: Lebanon and Syria sign in Jeddah (a dual of ministers; a host no party) ---------------

ARTICLES["b05_spa_jeddah"] = ("2025-03-28", """\
جدة (واس) - وقع وزيرا الدفاع اللبناني ميشال منسى والسوري مرهف أبو قصرة، اليوم، في جدة اتفاقا يؤكد أهمية \
ترسيم الحدود بين البلدين، برعاية وزير الدفاع السعودي.
""")
GOLD["b05_spa_jeddah"] = [
    ("وقع", 1, "other", [(None, LEBANON), (None, SYRIA)], False),
]

ARTICLES["b05_enab_jeddah"] = ("2025-03-28", """\
جدة (عنب بلدي) - وقعت سوريا ولبنان اتفاقا في جدة لترسيم الحدود وتشكيل لجان قانونية بين الجانبين.
""")
GOLD["b05_enab_jeddah"] = [
    ("وقعت", 1, "other", [(None, LEBANON), (None, SYRIA)], False),
]

ARTICLES["b05_nna_jeddah"] = ("2025-03-28", """\
وطنية - وقع وزير الدفاع الوطني ميشال منسى ونظيره السوري في جدة اتفاقا يتضمن تشكيل لجان متخصصة بترسيم الحدود.
""")
GOLD["b05_nna_jeddah"] = [
    ("وقع", 1, "other", [(None, LEBANON), (None, SYRIA)], False),
]

# --- b06: the UGTT congress re-elects al-Taboubi (an unlisted union and its head) --------------

ARTICLES["b06_tap_ugtt"] = ("2022-02-18", """\
صفاقس (وات) - أعاد المؤتمر الخامس والعشرون للاتحاد العام التونسي للشغل، اليوم الجمعة، انتخاب نور الدين \
الطبوبي أمينا عاما للمنظمة الشغيلة.
""")
GOLD["b06_tap_ugtt"] = [
    ("انتخاب", 1, "other", [("agent", UGTT), ("patient", TABOUBI)], False),
]

ARTICLES["b06_mosaique_ugtt"] = ("2022-02-18", """\
تونس (موزاييك) - انتخب مؤتمر اتحاد الشغل الطبوبي أمينا عاما لولاية ثانية، بعد تنقيح الفصل العشرين من النظام \
الداخلي.
""")
GOLD["b06_mosaique_ugtt"] = [
    ("انتخب", 1, "other", [("agent", UGTT), ("patient", TABOUBI)], False),
]

ARTICLES["b06_afp_ugtt"] = ("2022-02-18", """\
تونس (أ ف ب) - أعيد انتخاب نور الدين الطبوبي الجمعة على رأس الاتحاد العام التونسي للشغل، المركزية النقابية \
القوية في تونس.
""")
GOLD["b06_afp_ugtt"] = [
    ("انتخاب", 1, "other", [("agent", UGTT), ("patient", TABOUBI)], False),
]
