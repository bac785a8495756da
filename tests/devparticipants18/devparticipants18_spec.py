"""Eighteenth development set for participants and roles (round 19; part A tuned on, part B kept
for transfer): one happening told by three outlets that name its parties differently.

Written for issue 9 round 19 before the round-19 engine changes, and annotated before the engine
was run on it. Eight real happenings no other set tells, three short reports each (24 items) in
the manner of many outlets (AFP, Anadolu, Asharq Al-Awsat, Al Arabiya, RT Arabic, Al Jazeera Net,
BBC Arabic, Sky News Arabia), each naming the parties its own way and of several kinds (a verdict,
a death, a meeting, an arrest, an abdication): the persons of a verdict with two sentenced
("حكم القضاء الغواتيمالي ... على الرئيس الأسبق ... ونائبته"، "أصدرت محكمة ... حكما ... بحق"،
"قضت محكمة ... بسجن ... وبالعقوبة نفسها على")، a judiciary, police or authorities named by a
nisba ("القضاء الغواتيمالي"، "الشرطة البوليفية"، "السلطات البوليفية"، "القضاء الكولومبي": the body,
not its state)، a judge named by her office ("القاضية ساندرا هيريديا")، persons with no gazetteer
entry spelled differently from outlet to outlet (بيريز/بيريث مولينا، الآغا خان/أغاخان،
أوربان، زونيغا/زونيجا/ثونيغا، مارغريت/مارجريت، أوريبي، قسطنطين/كونستانتين، فيكو/فيتسو)، a
title whose object is a place or a people ("ملكة الدنمارك"، "عرش الدنمارك"، "ملك اليونان السابق"،
"إمام الطائفة الإسماعيلية"، "قائد الجيش البوليفي")، states named by a nisba or an office beside a
person ("رئيس الوزراء المجري"، "الرئيس الروسي")، a passive with no agent ("اعتُقل")، and the one who
announces a death (a network, a hospital) who is no party.

Conventions of this set (those of devparticipants17, 16 and 14): a court's or a judge's verdict
has the court or judge as agent and every sentenced person as patient (a judiciary named by its
nisba is the court, not the state); an arrest has whoever arrests as agent (the police or
authorities, a body) and the arrested as patient (a passive names the arrested alone); the dead
undergoes his death (patient; whoever announces it is no party); a ruler who gives up a throne is
its agent (the heir who follows is another act's); a meeting has the subject (or host) as agent
and the other as counterpart, and talks told by a noun ("محادثات") both with any role; an official
is named by himself or his title, never by his state alone; a place where an act happens, and a
place or people a title governs, are no parties.

Part A (ids ``a..``, 5 happenings) is the development part. Part B (ids ``b..``, 3 happenings:
other stories, other outlets) was written at the same time, before any engine change, and is
scored only at the start and at the end of the round: it measures transfer.

Same format as ``tests/devparticipants17/devparticipants17_spec.py``:
ARTICLES: id -> (published, text).
GOLD: id -> list of events (surface, occurrence, type, participants, optional); participants
  is one entry per participant ``(role, [acceptable names or keys])`` (role ``None``: any role);
  optional events are scored only when extracted. The first event of an item is its happening's.
HAPPENINGS: the first three characters of an id -> (cluster, type, day).
"""

ARTICLES: dict[str, tuple[str, str]] = {}
GOLD: dict[str, list[tuple]] = {}

HAPPENINGS = {
    "a01": ("perez_molina_verdict_1207", "other", "2022-12-07"),
    "a02": ("aga_khan_death_0204", "other", "2025-02-04"),
    "a03": ("putin_orban_moscow_0705", "meeting", "2024-07-05"),
    "a04": ("zuniga_arrest_0626", "other", "2024-06-26"),
    "a05": ("margrethe_abdication_0114", "other", "2024-01-14"),
    "b01": ("uribe_verdict_0801", "other", "2025-08-01"),
    "b02": ("constantine_death_0110", "other", "2023-01-10"),
    "b03": ("putin_fico_moscow_1222", "meeting", "2024-12-22"),
}

GT_COURT = ["القضاء الغواتيمالي", "محكمة في غواتيمالا", "محكمة غواتيمالية", "المحكمة", "محكمة"]
PEREZ = ["أوتو بيريز مولينا", "أوتو بيريث مولينا", "بيريز مولينا", "بيريث مولينا", "مولينا"]
BALDETTI = ["روكسانا بالديتي", "بالديتي"]
AGA_KHAN = ["الآغا خان", "آغا خان", "أغا خان", "كريم آغا خان", "كريم أغاخان", "أغاخان", "الآغا خان الرابع",
            "كريم آغا خان الرابع"]
PUTIN = ["putin", "فلاديمير بوتين", "بوتين", "الرئيس الروسي", "russia:president"]
ORBAN = ["فيكتور أوربان", "أوربان", "رئيس الوزراء المجري", "رئيس الوزراء الهنغاري", "hungary:prime_minister"]
BO_POLICE = ["الشرطة البوليفية", "الشرطة", "السلطات البوليفية", "السلطات"]
ZUNIGA = ["خوان خوسيه زونيغا", "خوان خوسيه زونيجا", "خوان خوسيه ثونيغا", "زونيغا", "زونيجا", "ثونيغا"]
MARGRETHE = ["مارغريت الثانية", "مارجريت الثانية", "مارغريت", "مارجريت", "ملكة الدنمارك"]
CO_COURT = ["القاضية ساندرا هيريديا", "ساندرا هيريديا", "هيريديا", "القاضية", "القضاء الكولومبي",
            "محكمة في بوغوتا", "المحكمة", "محكمة"]
URIBE = ["ألفارو أوريبي", "ألبارو أوريبي", "أوريبي"]
CONSTANTINE = ["قسطنطين الثاني", "كونستانتين الثاني", "قسطنطين", "كونستانتين", "ملك اليونان السابق"]
FICO = ["روبرت فيكو", "روبرت فيتسو", "فيكو", "فيتسو", "رئيس الوزراء السلوفاكي", "رئيس وزراء سلوفاكيا",
        "slovakia:prime_minister"]

# ================================ PART A =====================================================

# --- a01: Guatemala's former president Pérez Molina and his vice president sentenced (two) ------

ARTICLES["a01_afp_perez_molina"] = ("2022-12-07", """\
غواتيمالا (أ ف ب) - حكم القضاء الغواتيمالي الأربعاء على الرئيس الأسبق أوتو بيريز مولينا ونائبته السابقة \
روكسانا بالديتي بالسجن 16 عاما لكل منهما، بعد إدانتهما في قضية احتيال جمركي واسعة عرفت باسم "لا لينيا".
""")
GOLD["a01_afp_perez_molina"] = [
    ("حكم", 1, "other", [("agent", GT_COURT), ("patient", PEREZ), ("patient", BALDETTI)], False),
]

ARTICLES["a01_aa_perez_molina"] = ("2022-12-07", """\
غواتيمالا سيتي/ الأناضول - أصدرت محكمة في غواتيمالا، الأربعاء، حكما بالسجن 16 عاما بحق الرئيس الأسبق أوتو \
بيريز مولينا ونائبته روكسانا بالديتي، بتهم الاحتيال الجمركي والانتماء إلى شبكة إجرامية.
""")
GOLD["a01_aa_perez_molina"] = [
    ("أصدرت", 1, "other", [("agent", GT_COURT), ("patient", PEREZ), ("patient", BALDETTI)], False),
]

ARTICLES["a01_asharq_perez_molina"] = ("2022-12-08", """\
غواتيمالا: «الشرق الأوسط» - قضت محكمة غواتيمالية، أمس (الأربعاء)، بسجن الرئيس الأسبق أوتو بيريث مولينا 16 \
عاماً، وبالعقوبة نفسها على نائبته السابقة روكسانا بالديتي، بعد سبع سنوات من استقالته على وقع فضيحة فساد.
""")
GOLD["a01_asharq_perez_molina"] = [
    ("قضت", 1, "other", [("agent", GT_COURT), ("patient", PEREZ), ("patient", BALDETTI)], False),
]

# --- a02: the Aga Khan dies in Lisbon (an unlisted name spelled three ways; the announcer no party) -

ARTICLES["a02_afp_aga_khan"] = ("2025-02-04", """\
لشبونة (أ ف ب) - توفي الآغا خان الرابع، الزعيم الروحي للمسلمين الإسماعيليين النزاريين، الثلاثاء في لشبونة \
عن 88 عاما، على ما أعلنت شبكة الآغا خان للتنمية.
""")
GOLD["a02_afp_aga_khan"] = [
    ("توفي", 1, "other", [("patient", AGA_KHAN)], False),
]

ARTICLES["a02_arabiya_aga_khan"] = ("2025-02-05", """\
دبي - العربية.نت: أعلنت مؤسسة الآغا خان للتنمية، مساء الثلاثاء، وفاة الأمير كريم آغا خان الرابع، إمام \
الطائفة الإسماعيلية، في العاصمة البرتغالية لشبونة عن عمر ناهز 88 عاما، محاطا بأفراد عائلته.
""")
GOLD["a02_arabiya_aga_khan"] = [
    ("وفاة", 1, "other", [("patient", AGA_KHAN)], False),
]

ARTICLES["a02_aa_aga_khan"] = ("2025-02-04", """\
لشبونة/ الأناضول - توفي زعيم الطائفة الإسماعيلية النزارية الأمير كريم أغاخان، الثلاثاء، في البرتغال عن عمر \
ناهز 88 عاما، وفق بيان لشبكة أغاخان للتنمية.
""")
GOLD["a02_aa_aga_khan"] = [
    ("توفي", 1, "other", [("patient", AGA_KHAN)], False),
]

# --- a03: Putin receives Hungary's Orbán in Moscow (a nisba of office, an unlisted name) ----------

ARTICLES["a03_afp_orban"] = ("2024-07-05", """\
موسكو (أ ف ب) - استقبل الرئيس الروسي فلاديمير بوتين الجمعة في الكرملين رئيس الوزراء المجري فيكتور أوربان، \
في زيارة مفاجئة انتقدها الاتحاد الأوروبي، بعد أيام من زيارة أجراها إلى كييف.
""")
GOLD["a03_afp_orban"] = [
    ("استقبل", 1, "meeting", [("agent", PUTIN), ("counterpart", ORBAN)], False),
]

ARTICLES["a03_aa_orban"] = ("2024-07-05", """\
موسكو/ الأناضول - التقى رئيس الوزراء المجري فيكتور أوربان، الجمعة، الرئيس الروسي فلاديمير بوتين في العاصمة \
موسكو، في إطار ما وصفها بمهمة سلام لإنهاء الحرب في أوكرانيا.
""")
GOLD["a03_aa_orban"] = [
    ("التقى", 1, "meeting", [("agent", ORBAN), ("counterpart", PUTIN)], False),
]

ARTICLES["a03_rt_orban"] = ("2024-07-05", """\
موسكو - RT: أجرى الرئيس فلاديمير بوتين، اليوم الجمعة في الكرملين، محادثات مع رئيس الوزراء الهنغاري فيكتور \
أوربان تناولت سبل تسوية الأزمة الأوكرانية والتعاون في مجال الطاقة.
""")
GOLD["a03_rt_orban"] = [
    ("محادثات", 1, "meeting", [(None, PUTIN), (None, ORBAN)], False),
]

# --- a04: Bolivia's former army chief Zúñiga arrested after the failed coup (police by nisba) -----

ARTICLES["a04_afp_zuniga"] = ("2024-06-26", """\
لاباز (أ ف ب) - اعتقلت الشرطة البوليفية مساء الأربعاء قائد الجيش السابق الجنرال خوان خوسيه زونيغا، بعد ساعات \
من محاولة انقلاب فاشلة اقتحم خلالها جنود بمدرعات ساحة القصر الرئاسي في لاباز.
""")
GOLD["a04_afp_zuniga"] = [
    ("اعتقلت", 1, "other", [("agent", BO_POLICE), ("patient", ZUNIGA)], False),
]

ARTICLES["a04_aa_zuniga"] = ("2024-06-27", """\
لاباز/ الأناضول - أوقفت السلطات البوليفية، مساء الأربعاء، قائد الجيش المقال خوان خوسيه زونيجا، إثر محاولة \
انقلابية فاشلة ضد الرئيس لويس آرسي.
""")
GOLD["a04_aa_zuniga"] = [
    ("أوقفت", 1, "other", [("agent", BO_POLICE), ("patient", ZUNIGA)], False),
]

ARTICLES["a04_jazeera_zuniga"] = ("2024-06-27", """\
لاباز - الجزيرة نت: اعتُقل قائد الجيش البوليفي المعزول الجنرال خوان خوسيه ثونيغا مساء أمس الأربعاء، بعدما \
أعلن الرئيس لويس آرسي إحباط محاولة الانقلاب وعيّن قائدا جديدا للجيش.
""")
GOLD["a04_jazeera_zuniga"] = [
    ("اعتُقل", 1, "other", [("patient", ZUNIGA)], False),
]

# --- a05: Denmark's Queen Margrethe II abdicates (a title governing a place; مارغريت/مارجريت) -------

ARTICLES["a05_afp_margrethe"] = ("2024-01-14", """\
كوبنهاغن (أ ف ب) - تنازلت ملكة الدنمارك مارغريت الثانية الأحد عن العرش بعد 52 عاما من الحكم، ليصبح نجلها \
فريدريك العاشر ملكا، في سابقة هي الأولى في البلاد منذ نحو تسعة قرون.
""")
GOLD["a05_afp_margrethe"] = [
    ("تنازلت", 1, "other", [("agent", MARGRETHE)], False),
]

ARTICLES["a05_aa_margrethe"] = ("2024-01-14", """\
كوبنهاغن/ الأناضول - أعلنت رئيسة وزراء الدنمارك ميته فريدريكسن، الأحد، تنصيب ولي العهد فريدريك ملكا للبلاد \
باسم فريدريك العاشر، إثر تنازل والدته الملكة مارجريت الثانية عن العرش.
""")
GOLD["a05_aa_margrethe"] = [
    ("تنازل", 1, "other", [("agent", MARGRETHE)], False),
]

ARTICLES["a05_asharq_margrethe"] = ("2024-01-15", """\
كوبنهاغن: «الشرق الأوسط» - تخلت الملكة مارغريت الثانية، أمس (الأحد)، رسمياً عن عرش الدنمارك بعد 52 عاماً \
أمضتها فيه، وأُعلن نجلها فريدريك العاشر ملكاً من شرفة قصر كريستيانسبورغ.
""")
GOLD["a05_asharq_margrethe"] = [
    ("تخلت", 1, "other", [("agent", MARGRETHE)], False),
]

# ================================ PART B =====================================================

# --- b01: Colombia's former president Uribe sentenced (a judge; the judiciary by nisba) -----------

ARTICLES["b01_afp_uribe"] = ("2025-08-01", """\
بوغوتا (أ ف ب) - حكمت القاضية ساندرا هيريديا الجمعة على الرئيس الكولومبي الأسبق ألفارو أوريبي بالسجن 12 عاما \
في الإقامة الجبرية، بعد إدانته بالتلاعب بالشهود والاحتيال الإجرائي.
""")
GOLD["b01_afp_uribe"] = [
    ("حكمت", 1, "other", [("agent", CO_COURT), ("patient", URIBE)], False),
]

ARTICLES["b01_aa_uribe"] = ("2025-08-01", """\
بوغوتا/ الأناضول - أصدر القضاء الكولومبي، الجمعة، حكما بحق الرئيس الأسبق ألفارو أوريبي بالإقامة الجبرية 12 \
عاما، في قضية رشوة شهود والاحتيال الإجرائي.
""")
GOLD["b01_aa_uribe"] = [
    ("أصدر", 1, "other", [("agent", CO_COURT), ("patient", URIBE)], False),
]

ARTICLES["b01_bbc_uribe"] = ("2025-08-02", """\
أصدرت محكمة في بوغوتا يوم الجمعة حكما بوضع الرئيس الكولومبي السابق ألبارو أوريبي قيد الإقامة الجبرية لمدة 12 \
عاما، ليصبح أول رئيس سابق في تاريخ البلاد يدان جنائيا.
""")
GOLD["b01_bbc_uribe"] = [
    ("أصدرت", 1, "other", [("agent", CO_COURT), ("patient", URIBE)], False),
]

# --- b02: Greece's former king Constantine II dies (a title governing a place; قسطنطين/كونستانتين) -

ARTICLES["b02_afp_constantine"] = ("2023-01-10", """\
أثينا (أ ف ب) - توفي ملك اليونان السابق قسطنطين الثاني، آخر ملوك البلاد، مساء الثلاثاء في مستشفى بأثينا عن \
82 عاما، على ما أفادت وسائل إعلام يونانية.
""")
GOLD["b02_afp_constantine"] = [
    ("توفي", 1, "other", [("patient", CONSTANTINE)], False),
]

ARTICLES["b02_aa_constantine"] = ("2023-01-10", """\
أثينا/ الأناضول - أعلن مستشفى "هيجيا" الخاص في العاصمة اليونانية، الثلاثاء، وفاة آخر ملوك اليونان قسطنطين \
الثاني، عن عمر ناهز 82 عاما إثر جلطة دماغية.
""")
GOLD["b02_aa_constantine"] = [
    ("وفاة", 1, "other", [("patient", CONSTANTINE)], False),
]

ARTICLES["b02_sky_constantine"] = ("2023-01-11", """\
أبوظبي - سكاي نيوز عربية: توفي الملك اليوناني السابق كونستانتين الثاني، الذي حكم البلاد من عام 1964 حتى \
إلغاء الملكية عام 1973، عن 82 عاما، وفق ما أعلن أطباؤه مساء الثلاثاء.
""")
GOLD["b02_sky_constantine"] = [
    ("توفي", 1, "other", [("patient", CONSTANTINE)], False),
]

# --- b03: Putin receives Slovakia's Fico in Moscow (فيكو/فيتسو; a state named by an office) --------

ARTICLES["b03_afp_fico"] = ("2024-12-22", """\
موسكو (أ ف ب) - استقبل الرئيس الروسي فلاديمير بوتين الأحد في الكرملين رئيس الوزراء السلوفاكي روبرت فيكو، في \
زيارة نادرة لزعيم من الاتحاد الأوروبي إلى موسكو منذ بدء الحرب في أوكرانيا.
""")
GOLD["b03_afp_fico"] = [
    ("استقبل", 1, "meeting", [("agent", PUTIN), ("counterpart", FICO)], False),
]

ARTICLES["b03_rt_fico"] = ("2024-12-22", """\
موسكو - RT: أجرى الرئيس فلاديمير بوتين، اليوم الأحد، محادثات في الكرملين مع رئيس وزراء سلوفاكيا روبرت فيتسو، \
تناولت إمدادات الغاز الروسي إلى أوروبا عبر أوكرانيا.
""")
GOLD["b03_rt_fico"] = [
    ("محادثات", 1, "meeting", [(None, PUTIN), (None, FICO)], False),
]

ARTICLES["b03_jazeera_fico"] = ("2024-12-23", """\
التقى رئيس الوزراء السلوفاكي روبرت فيكو أمس الأحد بالرئيس الروسي فلاديمير بوتين في موسكو، في زيارة لم يعلن \
عنها مسبقا، وسط خلاف مع كييف بشأن عبور الغاز الروسي.
""")
GOLD["b03_jazeera_fico"] = [
    ("التقى", 1, "meeting", [("agent", FICO), ("counterpart", PUTIN)], False),
]
