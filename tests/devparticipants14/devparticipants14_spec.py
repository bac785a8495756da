"""Fourteenth development set for participants and roles (round 15; part A tuned on, part B kept
for transfer): one happening told by three outlets that name its parties differently.

Written for issue 9 round 15 before the round-15 engine changes, and annotated before the engine
was run on it. Eleven real happenings no other set tells, three short reports each (33 items) in
the manner of many outlets (QNA, Al-Raya, IRNA, UN News, AFP, Al Jazeera Net, MAP, Hespress,
Le Desk, Palestine Info, Reuters, Al-Quds, MENA, Tasnim, Al-Ahram, Mada Masr, Al-Masry Al-Youm,
Anadolu, KUNA, Al-Qabas, Al-Rai, BNA, RT Arabic, Al-Ayam, Sky News Arabia, Sudan Tribune, Petra,
Al-Ghad, Roya, INA, Mehr, Rudaw), each naming the parties its own way: "سمو الأمير" and "أمير
البلاد" alone under the ruler's dateline, the UN Secretary-General's spokesman and his deputy, a
verdict "في حق"/"بحق" its sentenced, a lawyer speaking ("وقال محامي ..."), an unlisted family
name with and without the article ("الراضي"/"راضي"، "الطنطاوي"/"طنطاوي"), the political bureau
of a movement, an office-holder by his office in one outlet and by his name in another ("وزير
الخارجية المصري"، "نظيره المصري"، "بدر عبد العاطي"), and words that are no parties: the place of
a meeting, the reporting outlet, persons quoted.

Conventions of this set (those of devparticipants13): the parties of talks and meetings have no
role; a statement's party is its speaker (a spokesman is keyed by the body he speaks for: the
spokesman of the UN Secretary-General speaks for the UN); a court's verdict has the court as
agent and the sentenced as patients (a prosecutor or a lawyer is no party of the verdict); an
appointed person is the patient and the ruler who names him the agent; "سمو الأمير"/"أمير البلاد"
alone under a dateline of the ruler's own state is that ruler. **A lawyer speaks for himself**:
"وقال محامي الطنطاوي" is a statement of the lawyer (an unlisted person, his title with the
client's name or his own name), not of the client; only "نيابة عن موكله"/"باسم موكله" or the
like would make the client the principal (not in this set).

Part A (ids ``a..``, 7 happenings) is the development part. Part B (ids ``b..``, 4 happenings:
other stories, other outlets) was written at the same time, before any engine change, and is
scored only at the start and at the end of the round: it measures transfer.

Same format as ``tests/devparticipants13/devparticipants13_spec.py``:
ARTICLES: id -> (published, text).
GOLD: id -> list of events (surface, occurrence, type, participants, optional); participants
  is one entry per participant ``(role, [acceptable names or keys])`` (role ``None``: any role);
  optional events are scored only when extracted.
HAPPENINGS: the first three characters of an id -> (cluster, type, day).
"""

ARTICLES: dict[str, tuple[str, str]] = {}
GOLD: dict[str, list[tuple]] = {}

HAPPENINGS = {
    "a01": ("tamim_pezeshkian_1002", "meeting", "2024-10-02"),
    "a02": ("dujarric_unifil_1010", "statement", "2024-10-10"),
    "a03": ("radi_verdict_0719", "other", "2021-07-19"),
    "a04": ("hamas_accepts_0506", "statement", "2024-05-06"),
    "a05": ("abdelatty_araghchi_0602", "meeting", "2025-06-02"),
    "a06": ("tantawy_verdict_0206", "other", "2024-02-06"),
    "a07": ("ahmad_abdullah_pm_0515", "other", "2024-05-15"),
    "b01": ("hamad_putin_0523", "meeting", "2024-05-23"),
    "b02": ("haq_zamzam_0413", "statement", "2025-04-13"),
    "b03": ("awadallah_verdict_0712", "other", "2021-07-12"),
    "b04": ("sudani_araghchi_1013", "meeting", "2024-10-13"),
}

TAMIM = ["tamim", "تميم بن حمد آل ثاني", "تميم بن حمد", "الشيخ تميم بن حمد آل ثاني", "أمير قطر", "أمير البلاد",
         "سمو الأمير", "أمير دولة قطر", "قطر"]
PEZESHKIAN = ["pezeshkian", "مسعود بزشكيان", "بزشكيان", "الرئيس الإيراني", "رئيس الجمهورية الإسلامية الإيرانية",
              "إيران"]
UN = ["un", "الأمم المتحدة", "ستيفان دوجاريك", "دوجاريك", "المتحدث باسم الأمين العام للأمم المتحدة",
      "الأمين العام للأمم المتحدة", "أنطونيو غوتيريش", "غوتيريش", "guterres", "فرحان حق",
      "نائب المتحدث باسم الأمين العام للأمم المتحدة"]
CASA_COURT = ["غرفة الجنايات الابتدائية", "غرفة الجنايات الابتدائية بمحكمة الاستئناف بالدار البيضاء",
              "محكمة الاستئناف بالدار البيضاء", "محكمة مغربية", "المحكمة", "القضاء المغربي", "محكمة في الدار البيضاء"]
RADI = ["عمر الراضي", "عمر راضي", "الراضي", "راضي", "الصحفي عمر الراضي"]
HAMAS = ["hamas", "حركة حماس", "حماس", "حركة المقاومة الإسلامية", "المكتب السياسي لحركة حماس", "إسماعيل هنية", "هنية",
         "haniyeh", "رئيس المكتب السياسي لحركة حماس"]
ABDELATTY = ["abdelatty", "بدر عبد العاطي", "عبد العاطي", "بدر عبدالعاطي", "وزير الخارجية المصري",
             "وزير الخارجية والهجرة", "نظيره المصري", "مصر", "egypt"]
ARAGHCHI = ["araghchi", "عباس عراقجي", "عراقجي", "وزير الخارجية الإيراني", "نظيره الإيراني", "إيران", "iran"]
CAIRO_ECON = ["محكمة جنح المطرية", "محكمة مصرية", "المحكمة", "محكمة جنح", "القضاء المصري"]
TANTAWY = ["أحمد الطنطاوي", "أحمد طنطاوي", "الطنطاوي", "طنطاوي", "البرلماني السابق أحمد الطنطاوي"]
MISHAL = ["mishal_al_ahmad", "مشعل الأحمد الجابر الصباح", "مشعل الأحمد", "الشيخ مشعل الأحمد", "أمير الكويت",
          "أمير البلاد", "سمو الأمير", "الكويت"]
AHMAD_ABDULLAH = ["أحمد عبدالله الأحمد الصباح", "أحمد عبد الله الأحمد الصباح", "الشيخ أحمد عبدالله الأحمد الصباح",
                  "أحمد العبدالله", "الشيخ أحمد العبدالله", "أحمد عبدالله الأحمد"]
HAMAD = ["حمد بن عيسى آل خليفة", "الملك حمد بن عيسى آل خليفة", "حمد بن عيسى", "ملك البحرين", "عاهل البحرين",
         "جلالة الملك", "ملك البلاد", "البحرين"]
PUTIN = ["putin", "فلاديمير بوتين", "بوتين", "الرئيس الروسي", "روسيا"]
SSC = ["محكمة أمن الدولة", "المحكمة", "محكمة أردنية", "القضاء الأردني"]
AWADALLAH = ["باسم عوض الله", "عوض الله", "رئيس الديوان الملكي الأسبق باسم عوض الله"]
BIN_ZAID = ["الشريف حسن بن زيد", "حسن بن زيد", "بن زيد"]
SUDANI = ["sudani", "محمد شياع السوداني", "السوداني", "رئيس الوزراء العراقي", "رئيس مجلس الوزراء", "العراق"]

# ================================ PART A =====================================================

# --- a01: the Emir of Qatar receives the Iranian president ("سمو الأمير" under its dateline) ----

ARTICLES["a01_qna_tamim"] = ("2024-10-02", """\
الدوحة (قنا) - استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، بمكتبه في قصر لوسيل \
اليوم، فخامة الرئيس الدكتور مسعود بزشكيان رئيس جمهورية إيران الإسلامية الشقيقة.
""")
GOLD["a01_qna_tamim"] = [
    ("استقبل", 1, "meeting", [(None, TAMIM), (None, PEZESHKIAN)], False),
]

ARTICLES["a01_raya_tamim"] = ("2024-10-03", """\
الدوحة (الراية) - استقبل سمو الأمير، أمس، الرئيس الإيراني في قصر لوسيل، وجرى خلال المقابلة استعراض علاقات \
التعاون بين البلدين وتطورات الأوضاع في المنطقة.
""")
GOLD["a01_raya_tamim"] = [
    ("استقبل", 1, "meeting", [(None, TAMIM), (None, PEZESHKIAN)], False),
]

ARTICLES["a01_irna_tamim"] = ("2024-10-02", """\
الدوحة (إرنا) - التقى الرئيس مسعود بزشكيان، الأربعاء، أمير قطر الشيخ تميم بن حمد آل ثاني على هامش قمة حوار \
التعاون الآسيوي في الدوحة.
""")
GOLD["a01_irna_tamim"] = [
    ("التقى", 1, "meeting", [(None, TAMIM), (None, PEZESHKIAN)], False),
]

# --- a02: the UN condemns fire on UNIFIL (the Secretary-General's spokesman keyed un) -----------

ARTICLES["a02_unnews_unifil"] = ("2024-10-10", """\
نيويورك (أخبار الأمم المتحدة) - قال ستيفان دوجاريك، المتحدث باسم الأمين العام، اليوم الخميس، إن استهداف \
مواقع قوة اليونيفيل في الناقورة يمثل انتهاكا خطيرا للقانون الإنساني الدولي.
""")
GOLD["a02_unnews_unifil"] = [
    ("قال", 1, "statement", [("speaker", UN)], False),
]

ARTICLES["a02_afp_unifil"] = ("2024-10-10", """\
نيويورك (أ ف ب) - أعلن المتحدث باسم الأمم المتحدة ستيفان دوجاريك الخميس أن الهجمات على قوات حفظ السلام في \
جنوب لبنان قد تشكل جريمة حرب.
""")
GOLD["a02_afp_unifil"] = [
    ("أعلن", 1, "statement", [("speaker", UN)], False),
]

ARTICLES["a02_jazeera_unifil"] = ("2024-10-10", """\
نيويورك (الجزيرة نت) - قال المتحدث باسم الأمين العام للأمم المتحدة إن إطلاق النار على مقر قيادة اليونيفيل \
في الناقورة أدى إلى إصابة جنديين إندونيسيين.
""")
GOLD["a02_jazeera_unifil"] = [
    ("قال", 1, "statement", [("speaker", UN)], False),
]

# --- a03: Omar Radi sentenced (a verdict "في حق"; an unlisted name with and without the article) --

ARTICLES["a03_map_radi"] = ("2021-07-19", """\
الدار البيضاء (ومع) - أصدرت غرفة الجنايات الابتدائية بمحكمة الاستئناف بالدار البيضاء، مساء الاثنين، حكما \
بالسجن النافذ ست سنوات في حق الصحفي عمر الراضي، بعد متابعته بتهم هتك العرض والمس بسلامة الدولة.
""")
GOLD["a03_map_radi"] = [
    ("أصدرت", 1, "other", [("agent", CASA_COURT), ("patient", RADI)], False),
]

ARTICLES["a03_hespress_radi"] = ("2021-07-19", """\
الدار البيضاء (هسبريس) - قضت غرفة الجنايات الابتدائية بالدار البيضاء بسجن الراضي ست سنوات نافذة، وقال محامي \
الراضي، ميلود قنديل، إن الدفاع سيستأنف الحكم.
""")
GOLD["a03_hespress_radi"] = [
    ("قضت", 1, "other", [("agent", CASA_COURT), ("patient", RADI)], False),
]

ARTICLES["a03_afp_radi"] = ("2021-07-19", """\
الرباط (أ ف ب) - حكمت محكمة مغربية الاثنين على الصحافي المستقل عمر راضي بالسجن ست سنوات، في قضية ندد بها \
مدافعون عن حرية الصحافة.
""")
GOLD["a03_afp_radi"] = [
    ("حكمت", 1, "other", [("agent", CASA_COURT), ("patient", RADI)], False),
]

# --- a04: Hamas accepts the Egyptian-Qatari proposal (the political bureau of a movement) -------

ARTICLES["a04_pinfo_hamas"] = ("2024-05-06", """\
غزة (المركز الفلسطيني للإعلام) - أعلن المكتب السياسي لحركة المقاومة الإسلامية حماس، مساء الاثنين، موافقته على \
مقترح الوسطاء في مصر وقطر بشأن وقف إطلاق النار في قطاع غزة.
""")
GOLD["a04_pinfo_hamas"] = [
    ("أعلن", 1, "statement", [("speaker", HAMAS)], False),
]

ARTICLES["a04_reuters_hamas"] = ("2024-05-06", """\
غزة (رويترز) - قالت حركة حماس في بيان يوم الاثنين إن رئيس مكتبها السياسي إسماعيل هنية أبلغ رئيس الوزراء \
القطري ورئيس المخابرات المصرية بموافقتها على مقترحهما لوقف إطلاق النار.
""")
GOLD["a04_reuters_hamas"] = [
    ("قالت", 1, "statement", [("speaker", HAMAS)], False),
]

ARTICLES["a04_quds_hamas"] = ("2024-05-06", """\
رام الله (القدس) - أعلنت حماس قبولها المقترح المصري القطري لوقف إطلاق النار، فيما قال مسؤول إسرائيلي إن \
الاقتراح الذي وافقت عليه الحركة ليس الذي وافقت عليه إسرائيل.
""")
GOLD["a04_quds_hamas"] = [
    ("أعلنت", 1, "statement", [("speaker", HAMAS)], False),
]

# --- a05: Abdelatty receives Araghchi (an office-holder by office and by name; a place, quotes) --

ARTICLES["a05_mena_abdelatty"] = ("2025-06-02", """\
القاهرة (أ ش أ) - استقبل الدكتور بدر عبد العاطي وزير الخارجية والهجرة، اليوم الاثنين، عباس عراقجي وزير \
خارجية الجمهورية الإسلامية الإيرانية بمقر وزارة الخارجية في القاهرة.
""")
GOLD["a05_mena_abdelatty"] = [
    ("استقبل", 1, "meeting", [(None, ABDELATTY), (None, ARAGHCHI)], False),
]

ARTICLES["a05_tasnim_abdelatty"] = ("2025-06-02", """\
طهران (تسنيم) - التقى وزير الخارجية الإيراني عباس عراقجي نظيره المصري في القاهرة يوم الاثنين، وقال إن \
العلاقات بين طهران والقاهرة تسير في الاتجاه الصحيح.
""")
GOLD["a05_tasnim_abdelatty"] = [
    ("التقى", 1, "meeting", [(None, ABDELATTY), (None, ARAGHCHI)], False),
]

ARTICLES["a05_ahram_abdelatty"] = ("2025-06-02", """\
القاهرة (الأهرام) - بحث وزير الخارجية المصري مع نظيره الإيراني، الاثنين، تطورات الملف النووي، ونقل المتحدث \
باسم الخارجية تميم خلاف عن الوزير تأكيده أهمية خفض التصعيد في المنطقة.
""")
GOLD["a05_ahram_abdelatty"] = [
    ("بحث", 1, "meeting", [(None, ABDELATTY), (None, ARAGHCHI)], False),
]

# --- a06: Ahmed Tantawy sentenced (an unlisted name with and without the article; a lawyer) -----

ARTICLES["a06_masry_tantawy"] = ("2024-02-06", """\
القاهرة (المصري اليوم) - قضت محكمة جنح المطرية، اليوم الثلاثاء، بحبس البرلماني السابق أحمد الطنطاوي سنة مع \
الشغل، ومنعه من الترشح للانتخابات النيابية لمدة خمس سنوات، في قضية تداول أوراق العملية الانتخابية.
""")
GOLD["a06_masry_tantawy"] = [
    ("قضت", 1, "other", [("agent", CAIRO_ECON), ("patient", TANTAWY)], False),
]

ARTICLES["a06_mada_tantawy"] = ("2024-02-06", """\
القاهرة (مدى مصر) - أصدرت محكمة جنح المطرية حكما بالحبس سنة في حق الطنطاوي ومدير حملته و21 من أعضائها، وقال \
محامي الطنطاوي خالد علي إن الدفاع سيطعن على الحكم.
""")
GOLD["a06_mada_tantawy"] = [
    ("أصدرت", 1, "other", [("agent", CAIRO_ECON), ("patient", TANTAWY)], False),
]

ARTICLES["a06_afp_tantawy"] = ("2024-02-06", """\
القاهرة (أ ف ب) - حكمت محكمة مصرية الثلاثاء على المعارض أحمد طنطاوي، الذي سعى للترشح للانتخابات الرئاسية، \
بالسجن لمدة عام.
""")
GOLD["a06_afp_tantawy"] = [
    ("حكمت", 1, "other", [("agent", CAIRO_ECON), ("patient", TANTAWY)], False),
]

# --- a07: the Emir names Ahmad al-Abdullah prime minister ("سمو الأمير" under its dateline) -----

ARTICLES["a07_kuna_pm"] = ("2024-05-15", """\
الكويت (كونا) - صدر اليوم الأربعاء أمر أميري بتعيين سمو الشيخ أحمد عبدالله الأحمد الصباح رئيسا لمجلس الوزراء \
وتكليفه بترشيح أعضاء الوزارة الجديدة.
""")
GOLD["a07_kuna_pm"] = [
    ("بتعيين", 1, "other", [("patient", AHMAD_ABDULLAH)], False),
]

ARTICLES["a07_qabas_pm"] = ("2024-05-15", """\
الكويت (القبس) - عين سمو الأمير الشيخ أحمد العبدالله رئيسا لمجلس الوزراء، بعد أيام من حل مجلس الأمة.
""")
GOLD["a07_qabas_pm"] = [
    ("عين", 1, "other", [("agent", MISHAL), ("patient", AHMAD_ABDULLAH)], False),
]

ARTICLES["a07_afp_pm"] = ("2024-05-15", """\
الكويت (أ ف ب) - عين أمير الكويت الشيخ مشعل الأحمد الصباح الأربعاء الشيخ أحمد عبدالله الأحمد الصباح رئيسا \
للوزراء، في ثاني تعيين لرئيس حكومة منذ توليه الحكم في كانون الأول/ديسمبر.
""")
GOLD["a07_afp_pm"] = [
    ("عين", 1, "other", [("agent", MISHAL), ("patient", AHMAD_ABDULLAH)], False),
]

# ================================ PART B =====================================================

# --- b01: the King of Bahrain meets Putin ("جلالة الملك" in his own agency; the place) ----------

ARTICLES["b01_bna_hamad"] = ("2024-05-23", """\
موسكو (بنا) - عقد حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة ملك البلاد المعظم، اليوم، جلسة مباحثات رسمية \
مع فخامة الرئيس فلاديمير بوتين رئيس روسيا الاتحادية في قصر الكرملين.
""")
GOLD["b01_bna_hamad"] = [
    ("مباحثات", 1, "meeting", [(None, HAMAD), (None, PUTIN)], False),
]

ARTICLES["b01_rt_hamad"] = ("2024-05-23", """\
موسكو (آر تي) - التقى الرئيس الروسي فلاديمير بوتين الخميس في الكرملين عاهل البحرين الملك حمد بن عيسى آل خليفة، \
وقال بوتين إن العلاقات بين البلدين تتطور بنجاح.
""")
GOLD["b01_rt_hamad"] = [
    ("التقى", 1, "meeting", [(None, HAMAD), (None, PUTIN)], False),
]

ARTICLES["b01_ayam_hamad"] = ("2024-05-24", """\
المنامة (الأيام) - بحث جلالة الملك المعظم مع الرئيس الروسي في موسكو أمس العلاقات الثنائية، ودعا جلالته إلى عقد \
مؤتمر دولي للسلام في الشرق الأوسط.
""")
GOLD["b01_ayam_hamad"] = [
    ("بحث", 1, "meeting", [(None, HAMAD), (None, PUTIN)], False),
]

# --- b02: the UN on the Zamzam camp (the deputy spokesman keyed un) -----------------------------

ARTICLES["b02_sky_zamzam"] = ("2025-04-13", """\
نيويورك (سكاي نيوز عربية) - قال فرحان حق نائب المتحدث باسم الأمين العام للأمم المتحدة، الأحد، إن الهجمات على \
مخيم زمزم للنازحين قرب الفاشر أودت بحياة مدنيين بينهم عاملون في المجال الإنساني.
""")
GOLD["b02_sky_zamzam"] = [
    ("قال", 1, "statement", [("speaker", UN)], False),
]

ARTICLES["b02_sudantribune_zamzam"] = ("2025-04-13", """\
الخرطوم (سودان تربيون) - أعرب الأمين العام للأمم المتحدة أنطونيو غوتيريش، في بيان نقله المتحدث باسمه، عن \
قلقه البالغ إزاء التقارير عن مقتل مدنيين في مخيم زمزم.
""")
GOLD["b02_sudantribune_zamzam"] = [
    ("أعرب", 1, "statement", [("speaker", UN)], False),
]

ARTICLES["b02_anadolu_zamzam"] = ("2025-04-13", """\
نيويورك (الأناضول) - أدانت الأمم المتحدة، الأحد، الهجوم على مخيم زمزم في ولاية شمال دارفور، ودعت إلى حماية \
المدنيين والعاملين في المجال الإنساني.
""")
GOLD["b02_anadolu_zamzam"] = [
    ("أدانت", 1, "statement", [("speaker", UN)], False),
]

# --- b03: Awadallah and Bin Zaid sentenced ("بحق"; the lawyer speaks) ---------------------------

ARTICLES["b03_petra_awadallah"] = ("2021-07-12", """\
عمان (بترا) - أصدرت محكمة أمن الدولة، اليوم الاثنين، حكما بالأشغال الشاقة المؤقتة 15 عاما بحق كل من باسم \
إبراهيم عوض الله والشريف عبد الرحمن حسن بن زيد في قضية الفتنة.
""")
GOLD["b03_petra_awadallah"] = [
    ("أصدرت", 1, "other", [("agent", SSC), ("patient", AWADALLAH), ("patient", BIN_ZAID)], False),
]

ARTICLES["b03_ghad_awadallah"] = ("2021-07-12", """\
عمان (الغد) - قضت محكمة أمن الدولة بسجن رئيس الديوان الملكي الأسبق باسم عوض الله والشريف حسن بن زيد 15 عاما، \
وقال محامي عوض الله، محمد عفيف، إن موكله سيطعن في الحكم.
""")
GOLD["b03_ghad_awadallah"] = [
    ("قضت", 1, "other", [("agent", SSC), ("patient", AWADALLAH), ("patient", BIN_ZAID)], False),
]

ARTICLES["b03_roya_awadallah"] = ("2021-07-12", """\
عمان (رؤيا) - حكمت محكمة أمن الدولة الاثنين على المتهمين عوض الله وبن زيد بالسجن 15 عاما لكل منهما، بعد \
إدانتهما بتهمة التحريض على مناهضة نظام الحكم.
""")
GOLD["b03_roya_awadallah"] = [
    ("حكمت", 1, "other", [("agent", SSC), ("patient", AWADALLAH), ("patient", BIN_ZAID)], False),
]

# --- b04: al-Sudani receives Araghchi (by office in one outlet, by name in another) -------------

ARTICLES["b04_ina_sudani"] = ("2024-10-13", """\
بغداد (واع) - استقبل رئيس مجلس الوزراء محمد شياع السوداني، اليوم الأحد، وزير خارجية الجمهورية الإسلامية \
الإيرانية عباس عراقجي والوفد المرافق له.
""")
GOLD["b04_ina_sudani"] = [
    ("استقبل", 1, "meeting", [(None, SUDANI), (None, ARAGHCHI)], False),
]

ARTICLES["b04_mehr_sudani"] = ("2024-10-13", """\
بغداد (مهر) - التقى وزير الخارجية الإيراني رئيس الوزراء العراقي في بغداد يوم الأحد، وبحث معه التطورات في \
لبنان وغزة.
""")
GOLD["b04_mehr_sudani"] = [
    ("التقى", 1, "meeting", [(None, SUDANI), (None, ARAGHCHI)], False),
]

ARTICLES["b04_rudaw_sudani"] = ("2024-10-13", """\
أربيل (روداو) - بحث السوداني مع عراقجي في بغداد الأحد الأوضاع الإقليمية، بحسب بيان لمكتب رئيس الوزراء العراقي.
""")
GOLD["b04_rudaw_sudani"] = [
    ("بحث", 1, "meeting", [(None, SUDANI), (None, ARAGHCHI)], False),
]
