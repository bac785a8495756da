"""Twentieth development set for participants and roles (round 21; part A tuned on, part B kept
for transfer): one happening told by three outlets that name its parties differently.

Written for issue 9 round 21 before the round-21 engine changes, and annotated before the engine
was run on it. Eight real happenings no other set tells, three short reports each (24 items) in
the manner of many outlets (AFP, Asharq Al-Awsat, Al Jazeera Net, France 24, Petra, Al Ghad,
Anadolu, Independent Arabia, EFE, RT Arabic, TAP, Sky News Arabia), of several kinds (two deaths,
a release, a summons, a verdict on a couple, a prize, a meeting, an appointment): the dead named
by a bare family name ("وفاة بينيرا"، "رحل فارغاس يوسا")، a release announced by the freed's own
head of state ("أعلن الرئيس الفرنسي ... الإفراج عن")، a participle after a name ("كولر وباريس
المحتجزين")، a bare ministry under Petra's dateline ("عمان (بترا) - استدعت وزارة الخارجية وشؤون
المغتربين")، a verdict naming the sentenced "بحق كل من" and by family names ("خان وبيبي")، the
laureate after "منحت ... لـ" or "إلى"، a feminine office ("الرئيسة المكسيكية كلاوديا شينباوم")، an
appointment naming the predecessor and the office ("رئيسا للحكومة خلفا لأحمد الحشاني").

Conventions of this set (those of devparticipants19, 18 and 17): the dead undergoes his death
(patient; whoever announces it is no party); a release has whoever frees as agent and the freed as
patients (a passive or a noun names the freed alone; whoever announces it, a head of state at
home, is no party); a summons has the ministry (its state) as agent and the envoy summoned as
patient (a bare ministry under its own state agency's dateline is that state's: `jordan:mfa`); a
court's verdict has the court as agent and every sentenced person as patient; a prize has whoever
grants it as agent when the clause names it as the subject, and the laureate with any role; a
meeting has the subject (or host) as agent and the other as counterpart, and talks told by a noun
both with any role; an appointment has whoever appoints as agent and the appointee as patient
(the predecessor and the office are no parties); an official is named by himself or his title,
never by his state alone; a place where an act happens is no party.

Part A (ids ``a..``, 5 happenings) is the development part. Part B (ids ``b..``, 3 happenings:
other stories, other outlets) was written at the same time, before any engine change, and is
scored only at the start and at the end of the round: it measures transfer.

Same format as ``tests/devparticipants19/devparticipants19_spec.py``:
ARTICLES: id -> (published, text).
GOLD: id -> list of events (surface, occurrence, type, participants, optional); participants
  is one entry per participant ``(role, [acceptable names or keys])`` (role ``None``: any role);
  optional events are scored only when extracted. The first event of an item is its happening's.
HAPPENINGS: the first three characters of an id -> (cluster, type, day).
"""

ARTICLES: dict[str, tuple[str, str]] = {}
GOLD: dict[str, list[tuple]] = {}

HAPPENINGS = {
    "a01": ("pinera_death_0206", "other", "2024-02-06"),
    "a02": ("kohler_paris_release_1104", "other", "2025-11-04"),
    "a03": ("jordan_israel_summons_0418", "other", "2022-04-18"),
    "a04": ("khan_bibi_verdict_0117", "other", "2025-01-17"),
    "a05": ("ernaux_nobel_1006", "other", "2022-10-06"),
    "b01": ("vargas_llosa_death_0413", "other", "2025-04-13"),
    "b02": ("sheinbaum_carney_0918", "meeting", "2025-09-18"),
    "b03": ("madouri_appointment_0807", "other", "2024-08-07"),
}

PINERA = ["سيباستيان بينيرا", "سيباستيان بينييرا", "بينيرا", "بينييرا"]
IRAN = ["إيران", "السلطات الإيرانية", "طهران", "iran"]
KOHLER = ["سيسيل كولر", "كولر"]
PARIS = ["جاك باريس"]
JORDAN_MFA = ["jordan:mfa", "jordan", "الأردن", "وزارة الخارجية الأردنية", "الخارجية الأردنية",
              "وزارة الخارجية وشؤون المغتربين"]
IL_ENVOY = ["القائم بأعمال السفارة الإسرائيلية", "القائم بالأعمال الإسرائيلي", "القائم بأعمال السفير الإسرائيلي",
            "نائب السفير الإسرائيلي", "israel:chargé_d_affaires", "israel:charge_d_affaires"]
PK_COURT = ["محكمة المساءلة", "محكمة باكستانية", "محكمة مكافحة الفساد", "المحكمة", "محكمة"]
KHAN = ["عمران خان", "خان"]
BIBI = ["بشرى بيبي", "بيبي", "بشرى"]
ACADEMY = ["الأكاديمية السويدية", "الأكاديمية"]
ERNAUX = ["آني إرنو", "آني إيرنو", "إرنو", "إيرنو"]
LLOSA = ["ماريو فارغاس يوسا", "ماريو بارغاس يوسا", "فارغاس يوسا", "بارغاس يوسا", "يوسا"]
SHEINBAUM = ["كلاوديا شينباوم", "شينباوم", "الرئيسة المكسيكية", "mexico:president"]
CARNEY = ["مارك كارني", "كارني", "رئيس الوزراء الكندي", "canada:prime_minister"]
SAIED = ["kais_saied", "قيس سعيد", "الرئيس التونسي", "رئيس الجمهورية", "tunisia:president"]
MADOURI = ["كمال المدوري", "المدوري"]

# ================================ PART A =====================================================

# --- a01: Sebastián Piñera dies in a helicopter crash (the dead by a bare family name) ----------

ARTICLES["a01_afp_pinera"] = ("2024-02-06", """\
سانتياغو (أ ف ب) - توفي الرئيس التشيلي الأسبق سيباستيان بينيرا الثلاثاء عن 74 عاما في تحطم مروحية كان \
يقودها بنفسه وسقطت في بحيرة رانكو في جنوب البلاد، على ما أعلنت وزيرة الداخلية كارولينا توها.
""")
GOLD["a01_afp_pinera"] = [
    ("توفي", 1, "other", [("patient", PINERA)], False),
]

ARTICLES["a01_asharq_pinera"] = ("2024-02-07", """\
سانتياغو: «الشرق الأوسط» - أعلنت تشيلي الحداد الوطني ثلاثة أيام إثر وفاة بينيرا، الرئيس الأسبق الذي حكم \
البلاد ولايتين، بعدما سقطت المروحية التي كان يقودها في بحيرة رانكو، أمس (الثلاثاء)، فيما نجا ثلاثة كانوا معه.
""")
GOLD["a01_asharq_pinera"] = [
    ("وفاة", 1, "other", [("patient", PINERA)], False),
]

ARTICLES["a01_jazeera_pinera"] = ("2024-02-06", """\
سانتياغو - الجزيرة نت: لقي بينيرا، الذي حكم تشيلي بين عامي 2010 و2014 ثم بين 2018 و2022، حتفه اليوم \
الثلاثاء، إثر تحطم مروحية خاصة كان يقودها في منطقة لوس ريوس جنوبي البلاد، وفق ما أكدته السلطات التشيلية.
""")
GOLD["a01_jazeera_pinera"] = [
    ("لقي", 1, "other", [("patient", PINERA)], False),
]

# --- a02: Iran frees Cécile Kohler and Jacques Paris (announced by Macron; two freed) -----------

ARTICLES["a02_afp_kohler"] = ("2025-11-04", """\
باريس (أ ف ب) - أعلن الرئيس الفرنسي إيمانويل ماكرون الثلاثاء الإفراج عن الفرنسيين سيسيل كولر وجاك باريس \
المحتجزين في إيران منذ أيار/مايو 2022، مؤكدا أنهما باتا في مقر السفارة الفرنسية في طهران بانتظار عودتهما.
""")
GOLD["a02_afp_kohler"] = [
    ("الإفراج", 1, "other", [("patient", KOHLER), ("patient", PARIS)], False),
]

ARTICLES["a02_f24_kohler"] = ("2025-11-04", """\
باريس - فرانس24: أفرجت السلطات الإيرانية، مساء الثلاثاء، عن المدرّسة سيسيل كولر ورفيقها جاك باريس بعد \
أكثر من ثلاث سنوات ونصف السنة من الاحتجاز في سجن إيفين، وفق ما كتبه الرئيس ماكرون على منصة إكس.
""")
GOLD["a02_f24_kohler"] = [
    ("أفرجت", 1, "other", [("agent", IRAN), ("patient", KOHLER), ("patient", PARIS)], False),
]

ARTICLES["a02_asharq_kohler"] = ("2025-11-05", """\
باريس: «الشرق الأوسط» - أُطلق سراح الفرنسيين كولر وباريس المتهمين بالتجسس، أمس (الثلاثاء)، من سجن إيفين \
في طهران، ونُقلا إلى السفارة الفرنسية، بحسب ما أعلن الرئيس إيمانويل ماكرون، في انتظار السماح لهما بمغادرة إيران.
""")
GOLD["a02_asharq_kohler"] = [
    ("سراح", 1, "other", [("patient", KOHLER), ("patient", ["باريس", "جاك باريس"])], False),
]

# --- a03: Jordan summons Israel's chargé d'affaires (a bare ministry under Petra's dateline) -----

ARTICLES["a03_petra_israel"] = ("2022-04-18", """\
عمان (بترا) - استدعت وزارة الخارجية وشؤون المغتربين، اليوم الاثنين، القائم بأعمال السفارة الإسرائيلية في \
عمان، وسلمته رسالة احتجاج على الانتهاكات الإسرائيلية اللاشرعية والاستفزازية في المسجد الأقصى المبارك.
""")
GOLD["a03_petra_israel"] = [
    ("استدعت", 1, "other", [("agent", JORDAN_MFA), ("patient", IL_ENVOY)], False),
]

ARTICLES["a03_afp_israel"] = ("2022-04-18", """\
عمان (أ ف ب) - استدعى الأردن الاثنين القائم بالأعمال الإسرائيلي احتجاجا على "الانتهاكات" الإسرائيلية في \
المسجد الأقصى في القدس الشرقية المحتلة، حيث أصيب أكثر من 150 فلسطينيا بجروح في مواجهات مع الشرطة الإسرائيلية.
""")
GOLD["a03_afp_israel"] = [
    ("استدعى", 1, "other", [("agent", JORDAN_MFA), ("patient", IL_ENVOY)], False),
]

ARTICLES["a03_ghad_israel"] = ("2022-04-19", """\
عمان - الغد: استدعت وزارة الخارجية وشؤون المغتربين أمس، القائم بأعمال السفارة الإسرائيلية لدى المملكة، \
وأبلغته رسالة احتجاج شديدة اللهجة لنقلها فورا إلى حكومته، مطالبة بوقف الاعتداءات على المصلين.
""")
GOLD["a03_ghad_israel"] = [
    ("استدعت", 1, "other", [("agent", JORDAN_MFA), ("patient", IL_ENVOY)], False),
]

# --- a04: Imran Khan and Bushra Bibi sentenced (بحق كل من; family names) ------------------------

ARTICLES["a04_afp_khan"] = ("2025-01-17", """\
إسلام آباد (أ ف ب) - حكمت محكمة باكستانية الجمعة على رئيس الوزراء السابق عمران خان بالسجن 14 عاما وعلى \
زوجته بشرى بيبي بالسجن سبعة أعوام في قضية فساد مرتبطة بصندوق القادر الخيري، وفق ما أفاد محاميه.
""")
GOLD["a04_afp_khan"] = [
    ("حكمت", 1, "other", [("agent", PK_COURT), ("patient", KHAN), ("patient", BIBI)], False),
]

ARTICLES["a04_aa_khan"] = ("2025-01-17", """\
إسلام آباد/ الأناضول - أصدرت محكمة المساءلة في مدينة راولبندي، الجمعة، حكما بالسجن بحق كل من رئيس الوزراء \
الباكستاني السابق عمران خان وزوجته بشرى بيبي، في القضية المعروفة بـ"صندوق القادر".
""")
GOLD["a04_aa_khan"] = [
    ("أصدرت", 1, "other", [("agent", PK_COURT), ("patient", KHAN), ("patient", BIBI)], False),
]

ARTICLES["a04_jazeera_khan"] = ("2025-01-17", """\
إسلام آباد - الجزيرة نت: قضت محكمة مكافحة الفساد، اليوم الجمعة، بسجن المتهمَين خان وبيبي 14 عاما و7 أعوام \
على التوالي، في جلسة عقدت داخل سجن أديالا حيث يقبع رئيس الوزراء السابق منذ أغسطس/آب 2023.
""")
GOLD["a04_jazeera_khan"] = [
    ("قضت", 1, "other", [("agent", PK_COURT), ("patient", KHAN), ("patient", BIBI)], False),
]

# --- a05: the Nobel Prize in Literature to Annie Ernaux (the laureate after ل or إلى) -----------

ARTICLES["a05_afp_ernaux"] = ("2022-10-06", """\
ستوكهولم (أ ف ب) - منحت الأكاديمية السويدية الخميس للكاتبة الفرنسية آني إرنو جائزة نوبل للآداب، مشيدة \
"بالشجاعة والدقة" اللتين تكشف بهما "الجذور والاغتراب والقيود الجماعية للذاكرة الشخصية".
""")
GOLD["a05_afp_ernaux"] = [
    ("منحت", 1, "other", [("agent", ACADEMY), (None, ERNAUX)], False),
]

ARTICLES["a05_aa_ernaux"] = ("2022-10-06", """\
ستوكهولم/ الأناضول - مُنحت جائزة نوبل للآداب لعام 2022، الخميس، إلى الروائية الفرنسية آني إرنو، وفق ما \
أعلنته الأكاديمية السويدية في العاصمة ستوكهولم.
""")
GOLD["a05_aa_ernaux"] = [
    ("مُنحت", 1, "other", [(None, ERNAUX)], False),
]

ARTICLES["a05_indy_ernaux"] = ("2022-10-07", """\
لندن - اندبندنت عربية: فازت الكاتبة الفرنسية آني إيرنو، أمس الخميس، بجائزة نوبل للآداب، لتصبح أول امرأة \
فرنسية تنالها، وهي صاحبة "السنوات" و"المكان" التي كتبت فيها سيرة والديها.
""")
GOLD["a05_indy_ernaux"] = [
    ("فازت", 1, "other", [(None, ERNAUX)], False),
]

# ================================ PART B =====================================================

# --- b01: Mario Vargas Llosa dies in Lima (the dead by a two-word family name; his son no party) -

ARTICLES["b01_afp_llosa"] = ("2025-04-13", """\
ليما (أ ف ب) - توفي الكاتب البيروفي الحائز جائزة نوبل للآداب ماريو فارغاس يوسا الأحد في ليما عن 89 عاما، \
على ما أعلن نجله ألفارو في بيان نشره على منصة إكس.
""")
GOLD["b01_afp_llosa"] = [
    ("توفي", 1, "other", [("patient", LLOSA)], False),
]

ARTICLES["b01_indy_llosa"] = ("2025-04-14", """\
لندن - اندبندنت عربية: رحل فارغاس يوسا، آخر أعلام جيل "الطفرة" في أدب أميركا اللاتينية، مساء أول من أمس \
الأحد في العاصمة البيروفية، محاطا بعائلته، بعد أشهر من الابتعاد عن الحياة العامة.
""")
GOLD["b01_indy_llosa"] = [
    ("رحل", 1, "other", [("patient", LLOSA)], False),
]

ARTICLES["b01_asharq_llosa"] = ("2025-04-14", """\
ليما: «الشرق الأوسط» - أعلنت الحكومة البيروفية الحداد الوطني، أمس (الاثنين)، غداة وفاة يوسا في منزله بليما عن \
89 عاما، وهو صاحب "حفلة التيس" و"المدينة والكلاب" الذي نال جائزة نوبل للآداب عام 2010.
""")
GOLD["b01_asharq_llosa"] = [
    ("وفاة", 1, "other", [("patient", LLOSA)], False),
]

# --- b02: Claudia Sheinbaum receives Mark Carney in Mexico City (الرئيسة; an unlisted premier) ---

ARTICLES["b02_efe_sheinbaum"] = ("2025-09-18", """\
مكسيكو (إفي) - استقبلت الرئيسة المكسيكية كلاوديا شينباوم، الخميس في القصر الوطني، رئيس الوزراء الكندي مارك \
كارني، في أول زيارة رسمية له إلى المكسيك، لبحث مستقبل اتفاقية التجارة الحرة مع الولايات المتحدة.
""")
GOLD["b02_efe_sheinbaum"] = [
    ("استقبلت", 1, "meeting", [("agent", SHEINBAUM), ("counterpart", CARNEY)], False),
]

ARTICLES["b02_rt_sheinbaum"] = ("2025-09-18", """\
مكسيكو - RT: التقى رئيس الوزراء الكندي مارك كارني، اليوم الخميس، الرئيسة كلاوديا شينباوم في العاصمة \
المكسيكية، وأعلن الجانبان خطة عمل لتعزيز التعاون في مجالي الأمن والتجارة.
""")
GOLD["b02_rt_sheinbaum"] = [
    ("التقى", 1, "meeting", [("agent", CARNEY), ("counterpart", SHEINBAUM)], False),
]

ARTICLES["b02_sky_sheinbaum"] = ("2025-09-19", """\
أبوظبي - سكاي نيوز عربية: أجرت الرئيسة المكسيكية شينباوم، أمس الخميس، محادثات مع كارني في مكسيكو سيتي، \
تناولت الرسوم الجمركية الأميركية ومراجعة الاتفاقية التجارية لأميركا الشمالية المقررة العام المقبل.
""")
GOLD["b02_sky_sheinbaum"] = [
    ("محادثات", 1, "meeting", [(None, SHEINBAUM), (None, CARNEY)], False),
]

# --- b03: Kais Saied appoints Kamel Madouri head of government (predecessor and office no party) -

ARTICLES["b03_tap_madouri"] = ("2024-08-07", """\
قرطاج (وات) - عين رئيس الجمهورية قيس سعيد، مساء اليوم الأربعاء، كمال المدوري رئيسا للحكومة خلفا لأحمد \
الحشاني، وذلك وفق ما أفاد به بلاغ لرئاسة الجمهورية.
""")
GOLD["b03_tap_madouri"] = [
    ("عين", 1, "other", [("agent", SAIED), ("patient", MADOURI)], False),
]

ARTICLES["b03_afp_madouri"] = ("2024-08-08", """\
تونس (أ ف ب) - أقال الرئيس التونسي قيس سعيد ليل الأربعاء رئيس الحكومة أحمد الحشاني، وعين وزير الشؤون \
الاجتماعية كمال المدوري خلفا له، قبل شهرين من الانتخابات الرئاسية المقررة في السادس من تشرين الأول/أكتوبر.
""")
GOLD["b03_afp_madouri"] = [
    ("وعين", 1, "other", [("agent", SAIED), ("patient", MADOURI)], False),
]

ARTICLES["b03_sky_madouri"] = ("2024-08-08", """\
تونس - سكاي نيوز عربية: قرر الرئيس قيس سعيد تعيين المدوري، الذي كان يشغل منصب وزير الشؤون الاجتماعية، \
رئيسا جديدا للحكومة، في خطوة مفاجئة جاءت في ساعة متأخرة من ليل الأربعاء.
""")
GOLD["b03_sky_madouri"] = [
    ("تعيين", 1, "other", [("agent", SAIED), ("patient", MADOURI)], False),
]
