"""Sixteenth development set for participants and roles (round 17; part A tuned on, part B kept
for transfer): one happening told by three outlets that name its parties differently.

Written for issue 9 round 17 before the round-17 engine changes, and annotated before the engine
was run on it. Eight real happenings no other set tells, three short reports each (24 items) in
the manner of many outlets (AFP, Reuters, Anadolu, Sky News Arabia, DW Arabic, Al-Quds Al-Arabi,
RT Arabic, Youm7, Al Jazeera Net, Al-Ahram, France 24, EFE, Al-Araby Al-Jadeed, BBC Arabic,
Xinhua), each naming the parties its own way: a bare office title under a foreign
correspondent's dateline ("نيروبي (أ ف ب) - أعلنت حكومة بوروندي ... أن رئيس الجمهورية بيار
نكورونزيزا توفي": Burundi's president, not Kenya's), unvowelled passives ("أوقف الرئيس الجورجي
السابق ميخائيل ساكاشفيلي الجمعة"، "أطلق سراح الصحافي ..."), the holder's name between commas
after a title ("رئيس بوروندي، بيير نكورونزيزا،"، "وزير الخارجية، زيغمار غابرييل،"), foreign names
spelled with غ or ج or otherwise from outlet to outlet (غوستافو/جوستافو/غوستابو بيترو، غييرمو/
جييرمو/غيليرمو لاسو، ماغوفولي/ماجوفولي، يوجيل/يوغيل/يوجل، أريفالو/أريبالو)، officials who are not
their state (a president who dies, a president who dissolves a chamber), and places that are no
parties (the hospital town, the prison, the country returned to, the capital).

Conventions of this set (those of devparticipants15 and 13): the dead undergoes his death
(patient; the government announcing it is no party); an arrest or a release has the authority that
makes it as agent (none where the text names none: a passive) and the arrested or released as
patient; a person quoted or announcing another's act ("على ما أعلن رئيس الوزراء") is no party of it,
while an authority announcing its own act ("أعلنت السلطات الجورجية ... اعتقال") acts; the winner of
a popular vote is its party (no role; the voters are none); a dissolved chamber is the
dissolution's patient and the one who dissolves it the agent; a statement's party is its speaker;
an official is named by himself or his title, never by his state alone; a place where an act
happens, where a person returns or is held, is no party.

Part A (ids ``a..``, 5 happenings) is the development part. Part B (ids ``b..``, 3 happenings:
other stories, other outlets) was written at the same time, before any engine change, and is
scored only at the start and at the end of the round: it measures transfer.

Same format as ``tests/devparticipants15/devparticipants15_spec.py``:
ARTICLES: id -> (published, text).
GOLD: id -> list of events (surface, occurrence, type, participants, optional); participants
  is one entry per participant ``(role, [acceptable names or keys])`` (role ``None``: any role);
  optional events are scored only when extracted. The first event of an item is its happening's.
HAPPENINGS: the first three characters of an id -> (cluster, type, day).
"""

ARTICLES: dict[str, tuple[str, str]] = {}
GOLD: dict[str, list[tuple]] = {}

HAPPENINGS = {
    "a01": ("nkurunziza_death_0608", "other", "2020-06-08"),
    "a02": ("yucel_release_0216", "other", "2018-02-16"),
    "a03": ("saakashvili_arrest_1001", "other", "2021-10-01"),
    "a04": ("petro_election_0619", "other", "2022-06-19"),
    "a05": ("lasso_dissolution_0517", "other", "2023-05-17"),
    "b01": ("magufuli_death_0317", "other", "2021-03-17"),
    "b02": ("arevalo_election_0820", "other", "2023-08-20"),
    "b03": ("jimmylai_arrest_0810", "other", "2020-08-10"),
}

NKURUNZIZA = ["بيار نكورونزيزا", "بيير نكورونزيزا", "بيير نكرونزيزا", "نكورونزيزا", "نكرونزيزا", "رئيس بوروندي",
              "الرئيس البوروندي"]
TURKEY_AUTH = ["السلطات التركية", "محكمة تركية", "القضاء التركي", "تركيا", "turkey"]
YUCEL = ["دنيز يوجيل", "دنيز يوغيل", "دينيز يوجل", "يوجيل", "يوغيل", "يوجل"]
GABRIEL = ["زيغمار غابرييل", "غابرييل", "وزير الخارجية الألماني", "germany:foreign_minister"]
GEORGIA_AUTH = ["السلطات الجورجية", "الشرطة الجورجية", "جورجيا", "georgia"]
SAAKASHVILI = ["ميخائيل ساكاشفيلي", "ساكاشفيلي"]
GARIBASHVILI = ["إيراكلي غاريباشفيلي", "غاريباشفيلي", "رئيس الوزراء الجورجي", "رئيس الحكومة الجورجية"]
PETRO = ["غوستافو بيترو", "جوستافو بيترو", "غوستابو بيترو", "بيترو"]
LASSO = ["غييرمو لاسو", "جييرمو لاسو", "غيليرمو لاسو", "لاسو", "رئيس الإكوادور", "الرئيس الإكوادوري"]
ECUADOR_ASSEMBLY = ["الجمعية الوطنية", "البرلمان", "البرلمان الإكوادوري", "الجمعية الوطنية الإكوادورية"]
MAGUFULI = ["جون ماغوفولي", "جون ماجوفولي", "ماغوفولي", "ماجوفولي", "الرئيس التنزاني"]
AREVALO = ["برناردو أريفالو", "برناردو أريبالو", "أريفالو", "أريبالو"]
HK_POLICE = ["شرطة هونغ كونغ", "هونغ كونغ", "hong_kong", "الشرطة"]
LAI = ["جيمي لاي", "لاي تشي يينغ"]

# ================================ PART A =====================================================

# --- a01: Burundi's president Nkurunziza dies (a Nairobi dateline on a Burundian story) ---------

ARTICLES["a01_afp_nkurunziza"] = ("2020-06-09", """\
نيروبي (أ ف ب) - أعلنت حكومة بوروندي، الثلاثاء، أن رئيس الجمهورية بيار نكورونزيزا توفي الاثنين إثر أزمة \
قلبية عن 55 عاما، قبل شهرين من موعد تسليمه السلطة إلى خلفه المنتخب إيفاريست ندايشيميي.
""")
GOLD["a01_afp_nkurunziza"] = [
    ("توفي", 1, "other", [("patient", NKURUNZIZA)], False),
]

ARTICLES["a01_aa_nkurunziza"] = ("2020-06-09", """\
بوجمبورا/ الأناضول - توفي رئيس بوروندي، بيير نكورونزيزا، الاثنين، إثر أزمة قلبية في مستشفى بمدينة كاروزي \
وسط البلاد، وفق بيان للحكومة.
""")
GOLD["a01_aa_nkurunziza"] = [
    ("توفي", 1, "other", [("patient", NKURUNZIZA)], False),
]

ARTICLES["a01_sky_nkurunziza"] = ("2020-06-09", """\
أبوظبي - سكاي نيوز عربية: أعلنت الحكومة البوروندية، الثلاثاء، وفاة الرئيس بيير نكرونزيزا عن عمر ناهز 55 \
عاما، إثر إصابته بأزمة قلبية، وأعلنت الحداد الوطني سبعة أيام.
""")
GOLD["a01_sky_nkurunziza"] = [
    ("وفاة", 1, "other", [("patient", NKURUNZIZA)], False),
]

# --- a02: Deniz Yücel released (three spellings; a passive; a minister between commas) ----------

ARTICLES["a02_dw_yucel"] = ("2018-02-16", """\
برلين (دويتشه فيله) - أفرجت السلطات التركية اليوم الجمعة عن الصحفي الألماني التركي دنيز يوجيل، مراسل \
صحيفة دي فيلت، بعد عام من حبسه احتياطيا دون توجيه اتهام إليه. وقال وزير الخارجية، زيغمار غابرييل، إنه سعيد \
بهذا القرار.
""")
GOLD["a02_dw_yucel"] = [
    ("أفرجت", 1, "other", [("agent", TURKEY_AUTH), ("patient", YUCEL)], False),
    ("وقال", 1, "statement", [("speaker", GABRIEL)], False),
]

ARTICLES["a02_aa_yucel"] = ("2018-02-16", """\
إسطنبول/ الأناضول - قررت محكمة تركية، الجمعة، إخلاء سبيل الصحفي دنيز يوغيل، مراسل صحيفة دي فيلت الألمانية، \
الموقوف منذ فبراير/ شباط 2017 بتهمة الدعاية لمنظمة إرهابية.
""")
GOLD["a02_aa_yucel"] = [
    ("إخلاء", 1, "other", [("agent", TURKEY_AUTH), ("patient", YUCEL)], False),
]

ARTICLES["a02_quds_yucel"] = ("2018-02-17", """\
لندن - «القدس العربي»: أطلق سراح الصحافي الألماني من أصل تركي دينيز يوجل من سجن سيليفري غربي إسطنبول، أمس \
الجمعة، بعد عام من توقيفه، فيما طالبت النيابة بسجنه 18 عاما.
""")
GOLD["a02_quds_yucel"] = [
    ("سراح", 1, "other", [("patient", YUCEL)], False),
]

# --- a03: Mikheil Saakashvili arrested on his return (an unvowelled passive; the PM quoted) -----

ARTICLES["a03_afp_saakashvili"] = ("2021-10-01", """\
تبليسي (أ ف ب) - أوقف الرئيس الجورجي السابق ميخائيل ساكاشفيلي الجمعة لدى عودته إلى جورجيا بعد ثماني سنوات \
في المنفى، على ما أعلن رئيس الوزراء، إيراكلي غاريباشفيلي.
""")
GOLD["a03_afp_saakashvili"] = [
    ("أوقف", 1, "other", [("patient", SAAKASHVILI)], False),
]

ARTICLES["a03_rt_saakashvili"] = ("2021-10-01", """\
موسكو - RT: أعلنت السلطات الجورجية، اليوم الجمعة، اعتقال الرئيس السابق ميخائيل ساكاشفيلي في تبليسي، بعد \
ساعات من إعلانه العودة إلى البلاد عشية الانتخابات البلدية.
""")
GOLD["a03_rt_saakashvili"] = [
    ("اعتقال", 1, "other", [("agent", GEORGIA_AUTH), ("patient", SAAKASHVILI)], False),
]

ARTICLES["a03_aa_saakashvili"] = ("2021-10-02", """\
تبليسي/ الأناضول - اعتقلت الشرطة الجورجية، مساء الجمعة، الرئيس الأسبق ميخائيل ساكاشفيلي، فور وصوله من \
أوكرانيا، بحسب ما أفاد رئيس الحكومة، إيراكلي غاريباشفيلي، في مؤتمر صحفي.
""")
GOLD["a03_aa_saakashvili"] = [
    ("اعتقلت", 1, "other", [("agent", GEORGIA_AUTH), ("patient", SAAKASHVILI)], False),
]

# --- a04: Gustavo Petro wins Colombia's presidency (غوستافو/جوستافو/غوستابو) --------------------

ARTICLES["a04_afp_petro"] = ("2022-06-20", """\
بوغوتا (أ ف ب) - فاز اليساري غوستافو بيترو بالانتخابات الرئاسية في كولومبيا الأحد، بحصوله على 50,4 في المئة \
من الأصوات في الدورة الثانية، ليصبح أول رئيس يساري في تاريخ البلاد.
""")
GOLD["a04_afp_petro"] = [
    ("فاز", 1, "other", [(None, PETRO)], False),
]

ARTICLES["a04_youm7_petro"] = ("2022-06-20", """\
القاهرة (اليوم السابع) - فاز المرشح اليسارى جوستافو بيترو برئاسة كولومبيا، فى جولة الإعادة التى جرت أمس \
الأحد، ليخلف الرئيس إيفان دوكى فى السابع من أغسطس المقبل.
""")
GOLD["a04_youm7_petro"] = [
    ("فاز", 1, "other", [(None, PETRO)], False),
]

ARTICLES["a04_jazeera_petro"] = ("2022-06-20", """\
الدوحة (الجزيرة نت) - حقق السيناتور اليساري والمتمرد السابق غوستابو بيترو فوزا تاريخيا في الجولة الثانية من \
انتخابات الرئاسة الكولومبية التي جرت الأحد، وسط احتفالات أنصاره في العاصمة بوغوتا.
""")
GOLD["a04_jazeera_petro"] = [
    ("فوزا", 1, "other", [(None, PETRO)], False),
]

# --- a05: Guillermo Lasso dissolves Ecuador's National Assembly (the holder between commas) -----

ARTICLES["a05_reuters_lasso"] = ("2023-05-17", """\
كيتو (رويترز) - حل رئيس الإكوادور، غييرمو لاسو، الجمعية الوطنية يوم الأربعاء بموجب مرسوم يتيح له الحكم لمدة \
تصل إلى ستة أشهر، في خطوة تفادى بها تصويتا على عزله.
""")
GOLD["a05_reuters_lasso"] = [
    ("حل", 1, "other", [("agent", LASSO), ("patient", ECUADOR_ASSEMBLY)], False),
]

ARTICLES["a05_ahram_lasso"] = ("2023-05-18", """\
القاهرة (الأهرام) - أصدر الرئيس الإكوادورى جييرمو لاسو أمس مرسوما بحل الجمعية الوطنية، والدعوة إلى انتخابات \
تشريعية ورئاسية مبكرة.
""")
GOLD["a05_ahram_lasso"] = [
    ("بحل", 1, "other", [("agent", LASSO), ("patient", ECUADOR_ASSEMBLY)], False),
]

ARTICLES["a05_f24_lasso"] = ("2023-05-17", """\
باريس (فرانس 24) - أعلن الرئيس غيليرمو لاسو، الأربعاء، حل البرلمان الإكوادوري الذي يهيمن عليه معارضوه، قبل \
أيام من تصويت على إقالته بتهمة الاختلاس.
""")
GOLD["a05_f24_lasso"] = [
    ("حل", 1, "other", [("agent", LASSO), ("patient", ECUADOR_ASSEMBLY)], False),
]

# ================================ PART B =====================================================

# --- b01: Tanzania's president Magufuli dies (a Nairobi dateline; the vice-president announcing) -

ARTICLES["b01_afp_magufuli"] = ("2021-03-17", """\
نيروبي (أ ف ب) - أعلنت نائبة الرئيس، سامية صولحو حسن، مساء الأربعاء وفاة رئيس الجمهورية جون ماغوفولي عن 61 \
عاما إثر مشاكل في القلب، بعد أكثر من أسبوعين من غيابه عن الأنظار.
""")
GOLD["b01_afp_magufuli"] = [
    ("وفاة", 1, "other", [("patient", MAGUFULI)], False),
]

ARTICLES["b01_reuters_magufuli"] = ("2021-03-17", """\
دار السلام (رويترز) - توفي الرئيس التنزاني جون ماجوفولي، الذي شكك علنا في خطورة فيروس كورونا، يوم الأربعاء \
عن 61 عاما، حسبما أعلنت نائبة الرئيس في التلفزيون الرسمي.
""")
GOLD["b01_reuters_magufuli"] = [
    ("توفي", 1, "other", [("patient", MAGUFULI)], False),
]

ARTICLES["b01_bbc_magufuli"] = ("2021-03-18", """\
لندن (بي بي سي عربي) - أعلنت السلطات في تنزانيا وفاة الرئيس جون ماغوفولي بعد غياب عن الظهور العلني لأكثر \
من أسبوعين، وقالت نائبة الرئيس إنه توفي مساء الأربعاء بمرض في القلب في مستشفى بدار السلام.
""")
GOLD["b01_bbc_magufuli"] = [
    ("وفاة", 1, "other", [("patient", MAGUFULI)], False),
]

# --- b02: Bernardo Arévalo wins Guatemala's presidency (غواتيمالا/جواتيمالا; a holder in commas) -

ARTICLES["b02_efe_arevalo"] = ("2023-08-21", """\
غواتيمالا (إفي) - فاز المرشح الاشتراكي الديمقراطي برناردو أريفالو بالانتخابات الرئاسية في غواتيمالا، الأحد، \
وفق النتائج الأولية التي نشرتها المحكمة العليا للانتخابات.
""")
GOLD["b02_efe_arevalo"] = [
    ("فاز", 1, "other", [(None, AREVALO)], False),
]

ARTICLES["b02_youm7_arevalo"] = ("2023-08-21", """\
القاهرة (اليوم السابع) - فاز مرشح حركة البذرة، برناردو أريبالو، برئاسة جواتيمالا فى جولة الإعادة التى جرت \
أمس الأحد، ليتسلم السلطة فى يناير المقبل.
""")
GOLD["b02_youm7_arevalo"] = [
    ("فاز", 1, "other", [(None, AREVALO)], False),
]

ARTICLES["b02_araby_arevalo"] = ("2023-08-21", """\
لندن (العربي الجديد) - حقق مرشح يسار الوسط برناردو أريفالو فوزا كبيرا في الدورة الثانية من الانتخابات \
الرئاسية في غواتيمالا الأحد، بعد حملة ركز فيها على مكافحة الفساد.
""")
GOLD["b02_araby_arevalo"] = [
    ("فوزا", 1, "other", [(None, AREVALO)], False),
]

# --- b03: Jimmy Lai arrested in Hong Kong (an unvowelled passive; an aide between commas) -------

ARTICLES["b03_afp_lai"] = ("2020-08-10", """\
هونغ كونغ (أ ف ب) - أوقف قطب الإعلام المؤيد للديمقراطية جيمي لاي الإثنين بموجب قانون الأمن القومي الجديد، على \
ما أعلن مساعده، مارك سايمون.
""")
GOLD["b03_afp_lai"] = [
    ("أوقف", 1, "other", [("patient", LAI)], False),
]

ARTICLES["b03_reuters_lai"] = ("2020-08-10", """\
هونغ كونغ (رويترز) - اعتقلت شرطة هونغ كونغ يوم الاثنين جيمي لاي، مؤسس صحيفة أبل ديلي، للاشتباه في تواطئه مع \
قوى أجنبية، فيما داهم نحو 200 شرطي مقر الصحيفة.
""")
GOLD["b03_reuters_lai"] = [
    ("اعتقلت", 1, "other", [("agent", HK_POLICE), ("patient", LAI)], False),
]

ARTICLES["b03_xinhua_lai"] = ("2020-08-11", """\
بكين (شينخوا) - ألقت شرطة هونغ كونغ أمس الاثنين القبض على رجل الأعمال لاي تشي يينغ، المعروف باسم جيمي لاي، \
بتهمة التواطؤ مع قوى خارجية.
""")
GOLD["b03_xinhua_lai"] = [
    ("القبض", 1, "other", [("agent", HK_POLICE), ("patient", LAI)], False),
]
