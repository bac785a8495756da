"""Fifteenth development set for participants and roles (round 16; part A tuned on, part B kept
for transfer): one happening told by three outlets that name its parties differently.

Written for issue 9 round 16 before the round-16 engine changes, and annotated before the engine
was run on it. Eight real happenings no other set tells, three short reports each (24 items) in
the manner of many outlets (Anadolu, Al Jazeera Net, Reuters, the Oman News Agency, Al-Watan
(Oman), IRNA, Hespress, Le Desk, AFP, Al-Ahram, SBS Arabic, France 24, Mosaique FM, Al-Chourouk,
Arabi21, Saba, Sky News Arabia, DW Arabic, Nawaat, Al-Araby Al-Jadeed), each naming the parties its
own way: an armed wing that strikes a city of the other side ("كتائب القسام ... قصفت تل أبيب"),
"جلالة السلطان" alone under Muscat and "رئيس الجمهورية" alone under Tehran, court chambers
("الغرفة الجنحية التلبسية بالمحكمة الابتدائية بالرباط"، "الدائرة الجناحية بالمحكمة الابتدائية
بتونس"), unlisted family names with and without the article ("المهداوي"/"مهداوي"، "الدهماني"/
"دهماني"), a released person with and without the releasing authority ("أطلق سراح"، "أطلقت ...
سراح"، "أفرجت ... عن"), a name running into a date word ("بيتر جريست أمس"), an arrest announced by
the arrested person's own party ("أعلن حزب ... اعتقال رئيسه": the party is not the arrest's agent),
and words that are no parties: the place a strike came from, the reporting outlet, persons quoted
(a lawyer, a minister, an army), the plaintiff of a defamation case.

Conventions of this set (those of devparticipants14): a strike has its author as agent and the
place or people it hits as patient (a city hit stands for itself or its state; the place a
strike was launched from is no party); a court's verdict has the court as agent and the sentenced
as patients (the plaintiff, a prosecutor or a lawyer is no party of the verdict); an arrest or a
release has the authority that makes it as agent (none where the text names none: a passive or a
party announcing it) and the arrested or released as patient; the parties of talks and meetings
have no role; a person quoted about an act is no party of it.

Part A (ids ``a..``, 5 happenings) is the development part. Part B (ids ``b..``, 3 happenings:
other stories, other outlets) was written at the same time, before any engine change, and is
scored only at the start and at the end of the round: it measures transfer.

Same format as ``tests/devparticipants14/devparticipants14_spec.py``:
ARTICLES: id -> (published, text).
GOLD: id -> list of events (surface, occurrence, type, participants, optional); participants
  is one entry per participant ``(role, [acceptable names or keys])`` (role ``None``: any role);
  optional events are scored only when extracted.
HAPPENINGS: the first three characters of an id -> (cluster, type, day).
"""

ARTICLES: dict[str, tuple[str, str]] = {}
GOLD: dict[str, list[tuple]] = {}

HAPPENINGS = {
    "a01": ("qassam_telaviv_0526", "strike", "2024-05-26"),
    "a02": ("haitham_raisi_0523", "meeting", "2022-05-23"),
    "a03": ("mahdaoui_verdict_1111", "other", "2024-11-11"),
    "a04": ("greste_release_0201", "other", "2015-02-01"),
    "a05": ("sonko_arrest_0728", "other", "2023-07-28"),
    "b01": ("moussi_arrest_1003", "other", "2023-10-03"),
    "b02": ("houthi_telaviv_0719", "strike", "2024-07-19"),
    "b03": ("dahmani_verdict_0706", "other", "2024-07-06"),
}

HAMAS = ["hamas", "حماس", "حركة حماس", "كتائب القسام", "كتائب عز الدين القسام", "الجناح العسكري لحركة حماس",
         "حركة المقاومة الإسلامية"]
TEL_AVIV = ["تل أبيب", "مدينة تل أبيب", "israel", "إسرائيل", "وسط إسرائيل"]
HAITHAM = ["haitham", "هيثم بن طارق", "السلطان هيثم بن طارق", "جلالة السلطان", "سلطان عمان", "عمان", "oman",
           "سلطنة عمان"]
RAISI = ["raisi", "إبراهيم رئيسي", "رئيسي", "الرئيس الإيراني", "رئيس الجمهورية الإسلامية الإيرانية",
         "رئيس الجمهورية", "إيران", "iran"]
RABAT_COURT = ["الغرفة الجنحية التلبسية بالمحكمة الابتدائية بالرباط", "الغرفة الجنحية التلبسية",
               "المحكمة الابتدائية بالرباط", "المحكمة الابتدائية", "القضاء المغربي", "محكمة مغربية", "المحكمة"]
MAHDAOUI = ["حميد المهداوي", "حميد مهداوي", "المهداوي", "مهداوي", "الصحافي حميد المهداوي", "الصحفي المهداوي"]
EGYPT_AUTH = ["السلطات المصرية", "مصر", "egypt"]
GRESTE = ["بيتر غريست", "بيتر جريست", "بيتر غريستي", "غريست", "جريست", "غريستي", "greste"]
SENEGAL_AUTH = ["قوات الدرك السنغالية", "الدرك السنغالي", "السنغال", "senegal"]
SONKO = ["عثمان سونكو", "سونكو", "sonko", "المعارض عثمان سونكو"]
TUNIS_AUTH = ["الوحدات الأمنية", "السلطات التونسية", "تونس", "tunisia", "قوات الأمن التونسية"]
MOUSSI = ["عبير موسي", "موسي", "رئيسة الحزب الدستوري الحر", "moussi"]
HOUTHIS = ["houthis", "الحوثيون", "جماعة الحوثي", "الحوثي", "القوات المسلحة اليمنية", "أنصار الله", "اليمن", "yemen"]
TEL_AVIV_B = ["تل أبيب", "يافا", "مدينة يافا", "مدينة يافا المحتلة", "israel", "إسرائيل", "مبنى سكنيا"]
TUNIS_COURT = ["الدائرة الجناحية بالمحكمة الابتدائية بتونس", "الدائرة الجناحية", "المحكمة الابتدائية بتونس",
               "المحكمة الابتدائية", "محكمة تونسية", "القضاء التونسي", "المحكمة"]
DAHMANI = ["سنية الدهماني", "سنية دهماني", "الدهماني", "دهماني", "المحامية سنية الدهماني"]

# ================================ PART A =====================================================

# --- a01: the Qassam Brigades fire rockets at Tel Aviv (the city hit is no side of the agent) ----

ARTICLES["a01_aa_telaviv"] = ("2024-05-26", """\
غزة/ الأناضول - أعلنت كتائب القسام، الجناح العسكري لحركة حماس، الأحد، أنها قصفت مدينة تل أبيب برشقة \
صاروخية كبيرة، ردا على المجازر الإسرائيلية بحق المدنيين.
""")
GOLD["a01_aa_telaviv"] = [
    ("قصفت", 1, "strike", [("agent", HAMAS), ("patient", TEL_AVIV)], False),
]

ARTICLES["a01_jazeera_telaviv"] = ("2024-05-26", """\
غزة (الجزيرة نت) - دوت صفارات الإنذار في وسط إسرائيل اليوم الأحد، بعد أن أطلقت كتائب عز الدين القسام رشقة \
صاروخية على تل أبيب من رفح جنوبي قطاع غزة، في أول هجوم من نوعه منذ أشهر.
""")
GOLD["a01_jazeera_telaviv"] = [
    ("أطلقت", 1, "strike", [("agent", HAMAS), ("patient", TEL_AVIV)], False),
]

ARTICLES["a01_reuters_telaviv"] = ("2024-05-26", """\
القدس (رويترز) - قصفت حركة حماس تل أبيب بوابل من الصواريخ يوم الأحد، وقال الجيش الإسرائيلي إن ثمانية صواريخ \
عبرت من منطقة رفح وإن الدفاعات الجوية اعترضت عددا منها.
""")
GOLD["a01_reuters_telaviv"] = [
    ("قصفت", 1, "strike", [("agent", HAMAS), ("patient", TEL_AVIV)], False),
]

# --- a02: Sultan Haitham receives President Raisi ("جلالة السلطان" under Muscat) -----------------

ARTICLES["a02_ona_raisi"] = ("2022-05-23", """\
مسقط في 23 مايو /العمانية/ - استقبل حضرة صاحب الجلالة السلطان هيثم بن طارق المعظم بقصر العلم العامر اليوم \
فخامة الرئيس إبراهيم رئيسي رئيس الجمهورية الإسلامية الإيرانية الذي يقوم بزيارة دولة لسلطنة عمان.
""")
GOLD["a02_ona_raisi"] = [
    ("استقبل", 1, "meeting", [(None, HAITHAM), (None, RAISI)], False),
]

ARTICLES["a02_watan_raisi"] = ("2022-05-24", """\
مسقط - الوطن: استقبل جلالة السلطان المعظم أمس ضيف البلاد الرئيس الإيراني في قصر العلم العامر، وعقد الجانبان \
جلسة مباحثات تناولت علاقات التعاون بين البلدين.
""")
GOLD["a02_watan_raisi"] = [
    ("استقبل", 1, "meeting", [(None, HAITHAM), (None, RAISI)], False),
]

ARTICLES["a02_irna_raisi"] = ("2022-05-23", """\
طهران (إرنا) - التقى رئيس الجمهورية آية الله السيد إبراهيم رئيسي، الاثنين، سلطان عمان هيثم بن طارق في مسقط، \
في أول زيارة له إلى السلطنة.
""")
GOLD["a02_irna_raisi"] = [
    ("التقى", 1, "meeting", [(None, HAITHAM), (None, RAISI)], False),
]

# --- a03: Hamid El Mahdaoui sentenced (a court chamber; the name with and without the article) ---

ARTICLES["a03_hespress_mahdaoui"] = ("2024-11-11", """\
الرباط (هسبريس) - قضت الغرفة الجنحية التلبسية بالمحكمة الابتدائية بالرباط، مساء الاثنين، بسجن الصحافي حميد \
المهداوي سنة ونصف نافذة وتغريمه مليونا ونصف مليون درهم، في الدعوى التي رفعها ضده وزير العدل عبد اللطيف وهبي.
""")
GOLD["a03_hespress_mahdaoui"] = [
    ("قضت", 1, "other", [("agent", RABAT_COURT), ("patient", MAHDAOUI)], False),
]

ARTICLES["a03_ledesk_mahdaoui"] = ("2024-11-11", """\
الرباط (لوديسك) - أدانت المحكمة الابتدائية بالرباط الصحفي المهداوي بالسجن 18 شهرا نافذا، بتهم القذف والتشهير \
في حق وزير العدل.
""")
GOLD["a03_ledesk_mahdaoui"] = [
    ("أدانت", 1, "other", [("agent", RABAT_COURT), ("patient", MAHDAOUI)], False),
]

ARTICLES["a03_afp_mahdaoui"] = ("2024-11-11", """\
الرباط (أ ف ب) - حكم القضاء المغربي الاثنين على الصحافي حميد مهداوي بالسجن عاما ونصف عام بتهمة التشهير بوزير \
العدل عبد اللطيف وهبي، وفق ما أفاد محاميه.
""")
GOLD["a03_afp_mahdaoui"] = [
    ("حكم", 1, "other", [("agent", RABAT_COURT), ("patient", MAHDAOUI)], False),
]

# --- a04: Peter Greste released ("أطلق سراح" with and without its agent; three spellings) -------

ARTICLES["a04_jazeera_greste"] = ("2015-02-01", """\
الدوحة (الجزيرة نت) - أطلقت السلطات المصرية اليوم الأحد سراح الزميل بيتر غريست مراسل قناة الجزيرة \
الإنجليزية، بعد أكثر من أربعمئة يوم من الاعتقال، ورحل إلى أستراليا.
""")
GOLD["a04_jazeera_greste"] = [
    ("سراح", 1, "other", [("agent", EGYPT_AUTH), ("patient", GRESTE)], False),
]

ARTICLES["a04_ahram_greste"] = ("2015-02-02", """\
القاهرة (الأهرام) - أطلق سراح الصحفي الأسترالي بيتر جريست أمس، ورحل إلى بلاده تنفيذا لقرار رئيس الجمهورية \
بترحيل المتهمين الأجانب.
""")
GOLD["a04_ahram_greste"] = [
    ("سراح", 1, "other", [("patient", GRESTE)], False),
]

ARTICLES["a04_sbs_greste"] = ("2015-02-01", """\
سيدني (أس بي أس عربي) - أفرجت مصر عن الصحفي الأسترالي بيتر غريستي الأحد بعد احتجازه 400 يوم، وقالت وزيرة \
الخارجية جولي بيشوب إنها تلقت النبأ بارتياح.
""")
GOLD["a04_sbs_greste"] = [
    ("أفرجت", 1, "other", [("agent", EGYPT_AUTH), ("patient", GRESTE)], False),
]

# --- a05: Ousmane Sonko arrested (his party announcing it is no agent; quoted persons) ----------

ARTICLES["a05_aa_sonko"] = ("2023-07-28", """\
داكار/ الأناضول - أعلن حزب باستيف المعارض في السنغال، الجمعة، اعتقال رئيسه عثمان سونكو من منزله في العاصمة \
داكار.
""")
GOLD["a05_aa_sonko"] = [
    ("اعتقال", 1, "other", [("patient", SONKO)], False),
]

ARTICLES["a05_f24_sonko"] = ("2023-07-28", """\
داكار (فرانس 24) - اعتقلت قوات الدرك السنغالية، الجمعة، المعارض عثمان سونكو، بعد أن اتهمته بسرقة هاتف إحدى \
عناصرها، حسب ما أعلن محاميه.
""")
GOLD["a05_f24_sonko"] = [
    ("اعتقلت", 1, "other", [("agent", SENEGAL_AUTH), ("patient", SONKO)], False),
]

ARTICLES["a05_afp_sonko"] = ("2023-07-28", """\
داكار (أ ف ب) - أوقف المعارض السنغالي عثمان سونكو الجمعة في داكار، على ما أعلن وزير الداخلية أنطوان فيليكس \
عبد الله ديوم.
""")
GOLD["a05_afp_sonko"] = [
    ("أوقف", 1, "other", [("patient", SONKO)], False),
]

# ================================ PART B =====================================================

# --- b01: Abir Moussi arrested before Carthage palace (her party announcing it) ----------------

ARTICLES["b01_mosaique_moussi"] = ("2023-10-03", """\
تونس (موزاييك أف أم) - أعلن الحزب الدستوري الحر، اليوم الثلاثاء، إيقاف رئيسته عبير موسي أمام القصر الرئاسي \
بقرطاج، حين كانت تعتزم إيداع تظلم لدى مكتب الضبط.
""")
GOLD["b01_mosaique_moussi"] = [
    ("إيقاف", 1, "other", [("patient", MOUSSI)], False),
]

ARTICLES["b01_chourouk_moussi"] = ("2023-10-04", """\
تونس (الشروق) - أوقفت الوحدات الأمنية أمس رئيسة الحزب الدستوري الحر عبير موسي بمحيط قصر قرطاج.
""")
GOLD["b01_chourouk_moussi"] = [
    ("أوقفت", 1, "other", [("agent", TUNIS_AUTH), ("patient", MOUSSI)], False),
]

ARTICLES["b01_arabi21_moussi"] = ("2023-10-03", """\
تونس- عربي21 - اعتقلت السلطات التونسية الثلاثاء عبير موسي رئيسة الحزب الدستوري الحر المعارض، وفق ما أكده \
محاميها نافع العريبي.
""")
GOLD["b01_arabi21_moussi"] = [
    ("اعتقلت", 1, "other", [("agent", TUNIS_AUTH), ("patient", MOUSSI)], False),
]

# --- b02: a Houthi drone hits Tel Aviv (the place it came from is no party) ---------------------

ARTICLES["b02_saba_jaffa"] = ("2024-07-19", """\
صنعاء (سبأ) - أعلنت القوات المسلحة اليمنية، اليوم الجمعة، أنها استهدفت مدينة يافا المحتلة بطائرة مسيرة جديدة.
""")
GOLD["b02_saba_jaffa"] = [
    ("استهدفت", 1, "strike", [("agent", HOUTHIS), ("patient", TEL_AVIV_B)], False),
]

ARTICLES["b02_skynews_jaffa"] = ("2024-07-19", """\
أبوظبي - سكاي نيوز عربية: تبنت جماعة الحوثي اليمنية هجوما بطائرة مسيرة استهدف تل أبيب فجر الجمعة، وأسفر عن \
مقتل شخص وإصابة آخرين.
""")
GOLD["b02_skynews_jaffa"] = [
    ("هجوما", 1, "strike", [("agent", HOUTHIS), ("patient", TEL_AVIV_B)], False),
]

ARTICLES["b02_dw_jaffa"] = ("2024-07-19", """\
برلين (دويتشه فيله) - قصف الحوثيون تل أبيب بطائرة مسيرة انطلقت من اليمن، الجمعة، ما أدى إلى مقتل رجل، بحسب \
الجيش الإسرائيلي.
""")
GOLD["b02_dw_jaffa"] = [
    ("قصف", 1, "strike", [("agent", HOUTHIS), ("patient", TEL_AVIV_B)], False),
]

# --- b03: Sonia Dahmani sentenced (a court chamber; the name with and without the article) ------

ARTICLES["b03_nawaat_dahmani"] = ("2024-07-06", """\
تونس (نواة) - قضت الدائرة الجناحية بالمحكمة الابتدائية بتونس، فجر السبت، بسجن المحامية والإعلامية سنية \
الدهماني سنة نافذة من أجل تصريحات إعلامية.
""")
GOLD["b03_nawaat_dahmani"] = [
    ("قضت", 1, "other", [("agent", TUNIS_COURT), ("patient", DAHMANI)], False),
]

ARTICLES["b03_araby_dahmani"] = ("2024-07-06", """\
تونس (العربي الجديد) - أصدرت المحكمة الابتدائية بتونس حكما بسجن الدهماني عاما، بسبب تصريحات تلفزيونية \
انتقدت فيها أوضاع البلاد.
""")
GOLD["b03_araby_dahmani"] = [
    ("أصدرت", 1, "other", [("agent", TUNIS_COURT), ("patient", DAHMANI)], False),
]

ARTICLES["b03_reuters_dahmani"] = ("2024-07-06", """\
تونس (رويترز) - قال محامون إن محكمة تونسية قضت يوم السبت بسجن المحامية سنية دهماني عاما بسبب تصريحات انتقدت \
فيها الرئيس قيس سعيد.
""")
GOLD["b03_reuters_dahmani"] = [
    ("قضت", 1, "other", [("agent", TUNIS_COURT), ("patient", DAHMANI)], False),
]
