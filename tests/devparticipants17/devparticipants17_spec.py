"""Seventeenth development set for participants and roles (round 18; part A tuned on, part B kept
for transfer): one happening told by three outlets that name its parties differently.

Written for issue 9 round 18 before the round-18 engine changes, and annotated before the engine
was run on it. Eight real happenings no other set tells, three short reports each (24 items) in
the manner of many outlets (AFP, Anadolu, Asharq Al-Awsat, France 24, UN News, Youm7, RT Arabic,
EFE, Al Jazeera Net, BBC Arabic, Sky News Arabia), each naming the parties its own way: the
persons of a verdict ("حكمت محكمة ... على فلان"، "حكم على فلان" with no court, "حكما ... في حق
فلان"، "بسجن فلان")، a person appointed with a day inserted between the verb and the name ("عين
...، الاثنين، فلانا رئيسا للوزراء")، the subject between أن and its verb ("أعلن ... أن رئيس
الوزراء حامد باكايوكو توفي"، "أن العقيد أسيمي غويتا عين")، a bare office title under a foreign
correspondent's dateline ("باريس ... أن رئيس الوزراء حامد باكايوكو توفي": Côte d'Ivoire's, not
France's), foreign names spelled with غ or ج or otherwise from outlet to outlet (غويتا/جويتا،
شوغيل مايغا/شوجيل مايجا، سيغريد كاغ/سيجريد كاج، هيرنانديز/إرنانديث، كيرشنر/كيرشنير،
توليدو/طوليدو، لونغو/لونجو)، officials who are not their state (a vice president sentenced, a
prime minister who dies), and places and nisbas that are no parties (the country where the
sentence is passed or the patient dies, "وزيرة المالية الهولندية", the company that paid bribes).

Conventions of this set (those of devparticipants16 and 14): a court's verdict has the court as
agent and the sentenced as patient (a passive "حكم على" with no court named has the sentenced
alone); an appointed person is the patient and the one who names him the agent (an authority
announcing its own appointment appoints; a medium announcing it is no party); the dead undergoes
his death (patient; whoever announces it is no party); an official is named by himself or his
title, never by his state alone; a place where an act happens or a person dies, and a nisba of a
person's origin, are no parties.

Part A (ids ``a..``, 5 happenings) is the development part. Part B (ids ``b..``, 3 happenings:
other stories, other outlets) was written at the same time, before any engine change, and is
scored only at the start and at the end of the round: it measures transfer.

Same format as ``tests/devparticipants16/devparticipants16_spec.py``:
ARTICLES: id -> (published, text).
GOLD: id -> list of events (surface, occurrence, type, participants, optional); participants
  is one entry per participant ``(role, [acceptable names or keys])`` (role ``None``: any role);
  optional events are scored only when extracted. The first event of an item is its happening's.
HAPPENINGS: the first three characters of an id -> (cluster, type, day).
"""

ARTICLES: dict[str, tuple[str, str]] = {}
GOLD: dict[str, list[tuple]] = {}

HAPPENINGS = {
    "a01": ("toledo_verdict_1021", "other", "2024-10-21"),
    "a02": ("bakayoko_death_0310", "other", "2021-03-10"),
    "a03": ("maiga_appointed_0607", "other", "2021-06-07"),
    "a04": ("kaag_appointed_1226", "other", "2023-12-26"),
    "a05": ("hernandez_verdict_0626", "other", "2024-06-26"),
    "b01": ("kirchner_verdict_1206", "other", "2022-12-06"),
    "b02": ("kaunda_death_0617", "other", "2021-06-17"),
    "b03": ("zeine_appointed_0807", "other", "2023-08-07"),
}

PERU_COURT = ["محكمة في البيرو", "محكمة بيروفية", "القضاء البيروفي", "المحكمة", "محكمة"]
TOLEDO = ["أليخاندرو توليدو", "أليخاندرو طوليدو", "توليدو", "طوليدو", "الرئيس البيروفي الأسبق"]
BAKAYOKO = ["حامد باكايوكو", "أحمد باكايوكو", "باكايوكو", "رئيس وزراء ساحل العاج", "رئيس وزراء كوت ديفوار",
            "cote_d_ivoire:prime_minister", "ivory_coast:prime_minister"]
GOITA = ["أسيمي غويتا", "آسيمي جويتا", "أسيمي جويتا", "غويتا", "جويتا", "رئيس المرحلة الانتقالية في مالي",
         "الرئيس الانتقالي في مالي"]
MAIGA = ["شوغيل كوكالا مايغا", "شوغيل مايغا", "شوجيل مايجا", "مايغا", "مايجا"]
GUTERRES = ["أنطونيو غوتيريش", "أنطونيو جوتيريش", "غوتيريش", "جوتيريش", "guterres", "الأمين العام للأمم المتحدة",
            "un:secretary_general"]
KAAG = ["سيغريد كاغ", "سيجريد كاج", "كاغ", "كاج"]
US_COURT = ["محكمة فدرالية في نيويورك", "محكمة فدرالية", "محكمة أميركية", "محكمة أمريكية", "المحكمة",
            "محكمة أميركية في نيويورك"]
HERNANDEZ = ["خوان أورلاندو هيرنانديز", "خوان أورلاندو إرنانديث", "خوان أورلاندو هرنانديز", "هيرنانديز",
             "إرنانديث", "هرنانديز", "الرئيس الهندوراسي السابق"]
AR_COURT = ["محكمة أرجنتينية", "محكمة في الأرجنتين", "المحكمة", "القضاء الأرجنتيني"]
KIRCHNER = ["كريستينا كيرشنر", "كريستينا فرنانديز دي كيرشنر", "كريستينا فرنانديث دي كيرشنير", "كيرشنر", "كيرشنير",
            "نائبة رئيس الأرجنتين", "نائبة الرئيس الأرجنتيني"]
KAUNDA = ["كينيث كاوندا", "كاوندا"]
NIGER_JUNTA = ["العسكريون", "المجلس العسكري", "المجلس العسكري الحاكم في النيجر", "المجلس الوطني لحماية الوطن",
               "عبد الرحمن تياني", "تياني"]
ZEINE = ["علي محمد الأمين زين", "علي الأمين زين", "الأمين زين", "زين"]

# ================================ PART A =====================================================

# --- a01: Peru's former president Toledo sentenced (a verdict "على"، "في حق"، "بسجن"; طوليدو) ------

ARTICLES["a01_afp_toledo"] = ("2024-10-21", """\
ليما (أ ف ب) - حكمت محكمة في البيرو الاثنين على الرئيس الأسبق أليخاندرو توليدو بالسجن 20 عاما وستة أشهر، بعد \
إدانته بتلقي رشى بملايين الدولارات من مجموعة أوديبريشت البرازيلية للبناء مقابل عقود لشق طريق سريع.
""")
GOLD["a01_afp_toledo"] = [
    ("حكمت", 1, "other", [("agent", PERU_COURT), ("patient", TOLEDO)], False),
]

ARTICLES["a01_aa_toledo"] = ("2024-10-21", """\
ليما/ الأناضول - أصدر القضاء البيروفي، الإثنين، حكما بالسجن 20 عاما و6 أشهر في حق الرئيس الأسبق أليخاندرو \
توليدو (2001-2006)، لإدانته بتهم فساد وغسل أموال في قضية شركة أوديبريشت البرازيلية.
""")
GOLD["a01_aa_toledo"] = [
    ("أصدر", 1, "other", [("agent", PERU_COURT), ("patient", TOLEDO)], False),
]

ARTICLES["a01_asharq_toledo"] = ("2024-10-22", """\
ليما: «الشرق الأوسط» - قضت محكمة بيروفية، أمس (الاثنين)، بسجن الرئيس الأسبق أليخاندرو طوليدو 20 عاماً و6 \
أشهر، بعدما دانته بقبض 35 مليون دولار رشى من شركة أوديبريشت البرازيلية.
""")
GOLD["a01_asharq_toledo"] = [
    ("قضت", 1, "other", [("agent", PERU_COURT), ("patient", TOLEDO)], False),
]

# --- a02: Côte d'Ivoire's prime minister Bakayoko dies in Germany (أن + subject; a Paris dateline) --

ARTICLES["a02_afp_bakayoko"] = ("2021-03-10", """\
أبيدجان (أ ف ب) - أعلن رئيس ساحل العاج الحسن واتارا الأربعاء أن رئيس الوزراء حامد باكايوكو توفي في ألمانيا \
حيث كان يعالج من مرض السرطان، عن 56 عاما.
""")
GOLD["a02_afp_bakayoko"] = [
    ("توفي", 1, "other", [("patient", BAKAYOKO)], False),
]

ARTICLES["a02_f24_bakayoko"] = ("2021-03-10", """\
باريس (فرانس 24) - أعلنت الرئاسة الإيفوارية الأربعاء أن رئيس الوزراء حامد باكايوكو توفي في مستشفى بمدينة \
فرايبورغ الألمانية، بعد أقل من ثمانية أشهر على توليه المنصب خلفا لأمادو غون كوليبالي.
""")
GOLD["a02_f24_bakayoko"] = [
    ("توفي", 1, "other", [("patient", BAKAYOKO)], False),
]

ARTICLES["a02_aa_bakayoko"] = ("2021-03-10", """\
أبيدجان/ الأناضول - توفي رئيس وزراء كوت ديفوار، حامد باكايوكو، الأربعاء، في ألمانيا عن عمر ناهز 56 عاما، \
بعد صراع مع المرض، وفق بيان صادر عن الرئاسة.
""")
GOLD["a02_aa_bakayoko"] = [
    ("توفي", 1, "other", [("patient", BAKAYOKO)], False),
]

# --- a03: Mali's Goïta appoints Choguel Maïga (an inserted day; غويتا/جويتا، مايغا/مايجا; أن) ------

ARTICLES["a03_afp_maiga"] = ("2021-06-07", """\
باماكو (أ ف ب) - عين رئيس المرحلة الانتقالية في مالي العقيد أسيمي غويتا، الاثنين، شوغيل كوكالا مايغا رئيسا \
للوزراء، بعد ساعات من أدائه اليمين رئيسا انتقاليا.
""")
GOLD["a03_afp_maiga"] = [
    ("عين", 1, "other", [("agent", GOITA), ("patient", MAIGA)], False),
]

ARTICLES["a03_aa_maiga"] = ("2021-06-07", """\
باماكو/ الأناضول - عيّن الرئيس الانتقالي في مالي، آسيمي جويتا، الإثنين، شوجيل مايجا رئيسا جديدا للحكومة، \
بموجب مرسوم رئاسي تلي على التلفزيون الرسمي.
""")
GOLD["a03_aa_maiga"] = [
    ("عيّن", 1, "other", [("agent", GOITA), ("patient", MAIGA)], False),
]

ARTICLES["a03_jazeera_maiga"] = ("2021-06-08", """\
باماكو - الجزيرة نت: أعلن التلفزيون الرسمي في مالي مساء أمس الاثنين أن العقيد أسيمي غويتا عين السياسي المعارض \
شوغيل مايغا رئيسا للوزراء، في خطوة تعهد بها المجلس العسكري لتهدئة الشارع.
""")
GOLD["a03_jazeera_maiga"] = [
    ("عين", 1, "other", [("agent", GOITA), ("patient", MAIGA)], False),
]

# --- a04: Guterres appoints Sigrid Kaag for Gaza (غوتيريش/جوتيريش، كاغ/كاج; a nisba of origin) ----

ARTICLES["a04_unnews_kaag"] = ("2023-12-26", """\
نيويورك (أخبار الأمم المتحدة) - عين الأمين العام للأمم المتحدة أنطونيو غوتيريش، اليوم الثلاثاء، سيغريد كاغ، \
وزيرة المالية ونائبة رئيس الوزراء في هولندا، كبيرة لمنسقي الشؤون الإنسانية وإعادة الإعمار في غزة.
""")
GOLD["a04_unnews_kaag"] = [
    ("عين", 1, "other", [("agent", GUTERRES), ("patient", KAAG)], False),
]

ARTICLES["a04_youm7_kaag"] = ("2023-12-26", """\
أعلن الأمين العام للأمم المتحدة أنطونيو جوتيريش، اليوم الثلاثاء، تعيين سيجريد كاج منسقة للشؤون الإنسانية \
وإعادة الإعمار فى قطاع غزة، تنفيذا لقرار مجلس الأمن رقم 2720.
""")
GOLD["a04_youm7_kaag"] = [
    ("تعيين", 1, "other", [("agent", GUTERRES), ("patient", KAAG)], False),
]

ARTICLES["a04_rt_kaag"] = ("2023-12-26", """\
نيويورك - عين الأمين العام للأمم المتحدة، الثلاثاء، وزيرة المالية الهولندية سيغريد كاغ منسقة أممية للشؤون \
الإنسانية وإعادة الإعمار في غزة.
""")
GOLD["a04_rt_kaag"] = [
    ("عين", 1, "other", [("agent", GUTERRES), ("patient", KAAG)], False),
]

# --- a05: Honduras's former president Hernández sentenced in New York (a passive "حكم على"; في حق) -

ARTICLES["a05_afp_hernandez"] = ("2024-06-26", """\
نيويورك (أ ف ب) - حكم على الرئيس الهندوراسي السابق خوان أورلاندو هيرنانديز الأربعاء بالسجن 45 عاما في \
الولايات المتحدة، بعد إدانته بتهريب مئات الأطنان من الكوكايين.
""")
GOLD["a05_afp_hernandez"] = [
    ("حكم", 1, "other", [("patient", HERNANDEZ)], False),
]

ARTICLES["a05_efe_hernandez"] = ("2024-06-26", """\
تيغوسيغالبا (إفي) - أصدرت محكمة فدرالية في نيويورك، اليوم الأربعاء، حكما بالسجن 45 عاما في حق الرئيس السابق \
لهندوراس خوان أورلاندو إرنانديث، بتهم تتعلق بالاتجار بالمخدرات والأسلحة.
""")
GOLD["a05_efe_hernandez"] = [
    ("أصدرت", 1, "other", [("agent", US_COURT), ("patient", HERNANDEZ)], False),
]

ARTICLES["a05_jazeera_hernandez"] = ("2024-06-27", """\
قضت محكمة أميركية في نيويورك أمس الأربعاء بسجن رئيس هندوراس السابق خوان أورلاندو هرنانديز 45 عاما وتغريمه 8 \
ملايين دولار، بعد إدانته في مارس/آذار الماضي بتهم الاتجار بالمخدرات.
""")
GOLD["a05_jazeera_hernandez"] = [
    ("قضت", 1, "other", [("agent", US_COURT), ("patient", HERNANDEZ)], False),
]

# ================================ PART B =====================================================

# --- b01: Argentina's vice president Kirchner sentenced (على، في حق، بسجن; كيرشنر/كيرشنير) --------

ARTICLES["b01_afp_kirchner"] = ("2022-12-06", """\
بوينوس آيرس (أ ف ب) - حكم على نائبة رئيس الأرجنتين كريستينا كيرشنر الثلاثاء بالسجن ست سنوات ومنعها مدى الحياة \
من تولي مناصب عامة، بعد إدانتها بالاحتيال في منح عقود أشغال عامة.
""")
GOLD["b01_afp_kirchner"] = [
    ("حكم", 1, "other", [("patient", KIRCHNER)], False),
]

ARTICLES["b01_aa_kirchner"] = ("2022-12-06", """\
بوينس آيرس/ الأناضول - أصدرت محكمة أرجنتينية، الثلاثاء، حكما بالسجن 6 سنوات في حق نائبة الرئيس كريستينا \
فرنانديز دي كيرشنر، بتهمة الفساد في منح عقود أشغال عامة بولاية سانتا كروز.
""")
GOLD["b01_aa_kirchner"] = [
    ("أصدرت", 1, "other", [("agent", AR_COURT), ("patient", KIRCHNER)], False),
]

ARTICLES["b01_bbc_kirchner"] = ("2022-12-07", """\
قضت محكمة في الأرجنتين، الثلاثاء، بسجن نائبة الرئيس، كريستينا فرنانديث دي كيرشنير، ست سنوات، في قضية فساد \
تتعلق بمشروعات طرق في إقليم سانتا كروز حين كانت رئيسة للبلاد.
""")
GOLD["b01_bbc_kirchner"] = [
    ("قضت", 1, "other", [("agent", AR_COURT), ("patient", KIRCHNER)], False),
]

# --- b02: Zambia's founding president Kaunda dies (أن + subject; a Johannesburg dateline) ---------

ARTICLES["b02_afp_kaunda"] = ("2021-06-17", """\
جوهانسبرغ (أ ف ب) - أعلن رئيس زامبيا إدغار لونغو الخميس أن الرئيس المؤسس للبلاد كينيث كاوندا توفي عن 97 عاما \
في مستشفى عسكري في لوساكا.
""")
GOLD["b02_afp_kaunda"] = [
    ("توفي", 1, "other", [("patient", KAUNDA)], False),
]

ARTICLES["b02_aa_kaunda"] = ("2021-06-17", """\
لوساكا/ الأناضول - توفي الرئيس الزامبي الأسبق، كينيث كاوندا، الخميس، عن عمر ناهز 97 عاما، وفق ما أعلنه \
الرئيس إدجار لونجو.
""")
GOLD["b02_aa_kaunda"] = [
    ("توفي", 1, "other", [("patient", KAUNDA)], False),
]

ARTICLES["b02_sky_kaunda"] = ("2021-06-17", """\
أبوظبي - سكاي نيوز عربية: أعلنت الرئاسة الزامبية، الخميس، وفاة أول رئيس للبلاد بعد الاستقلال كينيث كاوندا، \
بعد إصابته بالتهاب رئوي.
""")
GOLD["b02_sky_kaunda"] = [
    ("وفاة", 1, "other", [("patient", KAUNDA)], False),
]

# --- b03: Niger's junta appoints Ali Lamine Zeine (an inserted day; a body as appointer) ----------

ARTICLES["b03_afp_zeine"] = ("2023-08-07", """\
نيامي (أ ف ب) - عين العسكريون الذين استولوا على السلطة في النيجر الاثنين الاقتصادي علي محمد الأمين زين رئيسا \
للوزراء، وفق ما أعلن التلفزيون الوطني.
""")
GOLD["b03_afp_zeine"] = [
    ("عين", 1, "other", [("agent", NIGER_JUNTA), ("patient", ZEINE)], False),
]

ARTICLES["b03_aa_zeine"] = ("2023-08-07", """\
نيامي/ الأناضول - عين رئيس المجلس الوطني لحماية الوطن في النيجر، الجنرال عبد الرحمن تياني، الإثنين، علي \
الأمين زين رئيسا للوزراء، بحسب مرسوم تلي على التلفزيون الرسمي.
""")
GOLD["b03_aa_zeine"] = [
    ("عين", 1, "other", [("agent", NIGER_JUNTA), ("patient", ZEINE)], False),
]

ARTICLES["b03_f24_zeine"] = ("2023-08-08", """\
أعلن المجلس العسكري الحاكم في النيجر مساء الاثنين تعيين وزير الاقتصاد الأسبق علي محمد الأمين زين رئيسا \
للوزراء، في ظل تهديد مجموعة إيكواس بالتدخل العسكري.
""")
GOLD["b03_f24_zeine"] = [
    ("تعيين", 1, "other", [("agent", NIGER_JUNTA), ("patient", ZEINE)], False),
]
