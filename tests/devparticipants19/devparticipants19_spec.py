"""Nineteenth development set for participants and roles (round 20; part A tuned on, part B kept
for transfer): one happening told by three outlets that name its parties differently.

Written for issue 9 round 20 before the round-20 engine changes, and annotated before the engine
was run on it. Eight real happenings no other set tells, three short reports each (24 items) in
the manner of many outlets (AFP, France 24, Asharq Al-Awsat, Anadolu, Al Jazeera Net, KUNA, Al
Qabas, RFI, Sky News Arabia, Independent Arabia, EFE, Al Arabiya, Sputnik, RT Arabic), of several
kinds (a release, two prizes, a summons, two meetings, a verdict with two sentenced): the person
freed or awarded ("أطلقت إيران سراح الفرنسي ..."، "أعلن ... الإفراج عن"، "أُطلق سراح"، "منحت جائزة
نوبل للسلام ... لزعيمة المعارضة"، "فازت ... بجائزة"، "نالت المعارضة الفنزويلية ... جائزة")، a bare
ministry under its own state agency's dateline ("الكويت (كونا) - استدعت وزارة الخارجية")، officials
with no gazetteer entry keyed with or without their state ("نظيره الكونغولي فيليكس تشيسيكيدي"،
"رئيس جمهورية الكونغو الديمقراطية"، "وزير الخارجية المجري بيتر سيارتو"، "نظيره الروسي سيرغي
لافروف")، a feminine office ("نائبة رئيس الوزراء الإسبانية يولاندا دياز"، "الوزيرة")، a verdict
with a wife sentenced beside her husband ("وزوجته نادين هيريديا") and described persons ("الرئيس
البيروفي الأسبق"، "الكاتب المجري"، "الزعيم الانفصالي الكتالوني")، and spellings that differ from
outlet to outlet (غروندو/غروندوه، ماتشادو/ماشادو، أومالا/هومالا، تشيسيكيدي/تشيسكيدي،
كراسناهوركاي/كراسنهوركاي، بوتشيمون/بوجديمونت، سيارتو/سييارتو).

Conventions of this set (those of devparticipants18, 17 and 16): a release has whoever frees as
agent and the freed as patient (a passive names the freed alone; whoever announces it, a head of
state at home, is no party); a prize has whoever grants it as agent when the clause names it as
the subject, and the laureate with any role (the committee that announces the result, named in a
"وفق ما أعلنت" clause, is no party); a summons has the ministry (its state) as agent and the
envoy summoned as patient (a bare ministry under its own state agency's dateline is that state's:
`kuwait:mfa`); a court's verdict has the court as agent and every sentenced person as patient; a
meeting has the subject (or host) as agent and the other as counterpart, and talks told by a noun
("محادثات"، "بحث ... مع") both with any role; an official is named by himself or his title, never
by his state alone; a place where an act happens is no party.

Part A (ids ``a..``, 5 happenings) is the development part. Part B (ids ``b..``, 3 happenings:
other stories, other outlets) was written at the same time, before any engine change, and is
scored only at the start and at the end of the round: it measures transfer.

Same format as ``tests/devparticipants18/devparticipants18_spec.py``:
ARTICLES: id -> (published, text).
GOLD: id -> list of events (surface, occurrence, type, participants, optional); participants
  is one entry per participant ``(role, [acceptable names or keys])`` (role ``None``: any role);
  optional events are scored only when extracted. The first event of an item is its happening's.
HAPPENINGS: the first three characters of an id -> (cluster, type, day).
"""

ARTICLES: dict[str, tuple[str, str]] = {}
GOLD: dict[str, list[tuple]] = {}

HAPPENINGS = {
    "a01": ("grondeau_release_0320", "other", "2025-03-20"),
    "a02": ("machado_nobel_1010", "other", "2025-10-10"),
    "a03": ("kuwait_india_summons_0605", "other", "2022-06-05"),
    "a04": ("macron_tshisekedi_0430", "meeting", "2024-04-30"),
    "a05": ("humala_verdict_0415", "other", "2025-04-15"),
    "b01": ("krasznahorkai_nobel_1009", "other", "2025-10-09"),
    "b02": ("diaz_puigdemont_0904", "meeting", "2023-09-04"),
    "b03": ("szijjarto_lavrov_1031", "meeting", "2024-10-31"),
}

IRAN = ["إيران", "السلطات الإيرانية", "طهران", "iran"]
GRONDEAU = ["أوليفييه غروندو", "أوليفييه غروندوه", "غروندو", "غروندوه"]
MACHADO = ["ماريا كورينا ماتشادو", "ماريا كورينا ماشادو", "ماتشادو", "ماشادو"]
KUWAIT_MFA = ["kuwait:mfa", "kuwait", "الكويت", "دولة الكويت", "وزارة الخارجية الكويتية", "الخارجية الكويتية"]
IN_AMB = ["سيبي جورج", "السفير الهندي", "سفير الهند", "سفير جمهورية الهند", "india:ambassador"]
MACRON = ["macron", "إيمانويل ماكرون", "ماكرون", "الرئيس الفرنسي", "france:president"]
TSHISEKEDI = ["فيليكس تشيسيكيدي", "فيليكس تشيسكيدي", "تشيسيكيدي", "تشيسكيدي", "الرئيس الكونغولي",
              "drc:president"]
PE_COURT = ["القضاء البيروفي", "محكمة في بيرو", "محكمة بيروفية", "المحكمة", "محكمة"]
HUMALA = ["أويانتا أومالا", "أويانتا هومالا", "أومالا", "هومالا"]
HEREDIA = ["نادين هيريديا", "هيريديا"]
ACADEMY = ["الأكاديمية السويدية", "الأكاديمية"]
KRASZ = ["لاسلو كراسناهوركاي", "لاسلو كراسنهوركاي", "كراسناهوركاي", "كراسنهوركاي"]
DIAZ = ["يولاندا دياز", "دياز", "نائبة رئيس الوزراء الإسبانية", "نائبة رئيس الحكومة الإسبانية"]
PUIGDEMONT = ["كارليس بوتشيمون", "كارليس بوجديمونت", "بوتشيمون", "بوجديمونت"]
SZIJJARTO = ["بيتر سيارتو", "بيتر سييارتو", "سيارتو", "سييارتو", "وزير الخارجية المجري", "hungary:foreign_minister"]
LAVROV = ["lavrov", "سيرغي لافروف", "سيرجي لافروف", "لافروف", "وزير الخارجية الروسي", "russia:foreign_minister"]

# ================================ PART A =====================================================

# --- a01: Iran frees the Frenchman Olivier Grondeau (the freed; the announcer no party) ----------

ARTICLES["a01_afp_grondeau"] = ("2025-03-20", """\
باريس (أ ف ب) - أطلقت إيران سراح الفرنسي أوليفييه غروندو المعتقل لديها منذ تشرين الأول/أكتوبر 2022، على ما \
أعلن الرئيس إيمانويل ماكرون الخميس، مؤكدا أنه عاد إلى فرنسا بعد 887 يوما من الاحتجاز.
""")
GOLD["a01_afp_grondeau"] = [
    ("سراح", 1, "other", [("agent", IRAN), ("patient", GRONDEAU)], False),
]

ARTICLES["a01_f24_grondeau"] = ("2025-03-20", """\
باريس - فرانس24: أعلن الرئيس الفرنسي إيمانويل ماكرون، الخميس، الإفراج عن المواطن الفرنسي أوليفييه غروندوه \
الذي كان محتجزا في إيران منذ أكثر من عامين بتهمة التجسس، وكتب على منصة إكس: "أوليفييه غروندوه حر".
""")
GOLD["a01_f24_grondeau"] = [
    ("الإفراج", 1, "other", [("patient", GRONDEAU)], False),
]

ARTICLES["a01_asharq_grondeau"] = ("2025-03-21", """\
باريس: «الشرق الأوسط» - أُطلق سراح الفرنسي أوليفييه غروندو (34 عاماً)، الذي كان محتجزاً في إيران منذ أكتوبر \
2022، وعاد إلى بلاده أمس (الخميس)، بحسب ما أعلن الرئيس إيمانويل ماكرون.
""")
GOLD["a01_asharq_grondeau"] = [
    ("سراح", 1, "other", [("patient", GRONDEAU)], False),
]

# --- a02: the Nobel Peace Prize to María Corina Machado (the laureate of منحت/فازت/نالت) ---------

ARTICLES["a02_afp_machado"] = ("2025-10-10", """\
أوسلو (أ ف ب) - منحت جائزة نوبل للسلام الجمعة لزعيمة المعارضة الفنزويلية ماريا كورينا ماتشادو، تقديرا \
لنضالها من أجل انتقال ديموقراطي في بلادها، وفق ما أعلنت لجنة نوبل النروجية.
""")
GOLD["a02_afp_machado"] = [
    ("منحت", 1, "other", [(None, MACHADO)], False),
]

ARTICLES["a02_aa_machado"] = ("2025-10-10", """\
أوسلو/ الأناضول - فازت زعيمة المعارضة الفنزويلية ماريا كورينا ماتشادو، الجمعة، بجائزة نوبل للسلام لعام \
2025، بحسب ما أعلنته لجنة نوبل النرويجية في العاصمة أوسلو.
""")
GOLD["a02_aa_machado"] = [
    ("فازت", 1, "other", [(None, MACHADO)], False),
]

ARTICLES["a02_jazeera_machado"] = ("2025-10-10", """\
أوسلو - الجزيرة نت: نالت المعارضة الفنزويلية ماريا كورينا ماشادو جائزة نوبل للسلام لعام 2025، اليوم الجمعة، \
لجهودها في الدفاع عن الحقوق الديمقراطية للشعب الفنزويلي، وهي تعيش متخفية داخل بلادها منذ أشهر.
""")
GOLD["a02_jazeera_machado"] = [
    ("نالت", 1, "other", [(None, MACHADO)], False),
]

# --- a03: Kuwait summons India's ambassador (a bare ministry under its own agency's dateline) -----

ARTICLES["a03_kuna_india"] = ("2022-06-05", """\
الكويت (كونا) - استدعت وزارة الخارجية اليوم الأحد سفير جمهورية الهند لدى البلاد سيبي جورج، وسلمته مذكرة \
احتجاج تتضمن رفض دولة الكويت واستنكارها وإدانتها للتصريحات الصادرة عن مسؤولة في الحزب الحاكم بالهند.
""")
GOLD["a03_kuna_india"] = [
    ("استدعت", 1, "other", [("agent", KUWAIT_MFA), ("patient", IN_AMB)], False),
]

ARTICLES["a03_afp_india"] = ("2022-06-05", """\
الكويت (أ ف ب) - استدعت الكويت الأحد السفير الهندي وسلمته مذكرة احتجاج على تصريحات مسيئة للنبي محمد \
أدلى بها مسؤولان في حزب بهاراتيا جاناتا الحاكم في الهند.
""")
GOLD["a03_afp_india"] = [
    ("استدعت", 1, "other", [("agent", KUWAIT_MFA), ("patient", IN_AMB)], False),
]

ARTICLES["a03_qabas_india"] = ("2022-06-06", """\
الكويت - القبس: استدعت وزارة الخارجية، أمس، السفير الهندي لدى البلاد سيبي جورج، وسلمته مذكرة احتجاج رسمية \
على التصريحات المسيئة إلى الرسول الكريم، مطالبة باعتذار علني.
""")
GOLD["a03_qabas_india"] = [
    ("استدعت", 1, "other", [("agent", KUWAIT_MFA), ("patient", IN_AMB)], False),
]

# --- a04: Macron receives the DRC's Félix Tshisekedi in Paris (an unlisted counterpart) ---------

ARTICLES["a04_afp_tshisekedi"] = ("2024-04-30", """\
باريس (أ ف ب) - استقبل الرئيس الفرنسي إيمانويل ماكرون الثلاثاء في قصر الإليزيه نظيره الكونغولي فيليكس \
تشيسيكيدي، في وقت تشهد فيه شرق جمهورية الكونغو الديموقراطية تصعيدا للمعارك مع متمردي حركة إم23.
""")
GOLD["a04_afp_tshisekedi"] = [
    ("استقبل", 1, "meeting", [("agent", MACRON), ("counterpart", TSHISEKEDI)], False),
]

ARTICLES["a04_aa_tshisekedi"] = ("2024-04-30", """\
باريس/ الأناضول - التقى الرئيس الكونغولي فيليكس تشيسكيدي، الثلاثاء، نظيره الفرنسي إيمانويل ماكرون في \
العاصمة باريس، لبحث الوضع الأمني المتدهور في شرق بلاده.
""")
GOLD["a04_aa_tshisekedi"] = [
    ("التقى", 1, "meeting", [("agent", TSHISEKEDI), ("counterpart", MACRON)], False),
]

ARTICLES["a04_rfi_tshisekedi"] = ("2024-04-30", """\
باريس - مونت كارلو الدولية: أجرى رئيس جمهورية الكونغو الديمقراطية فيليكس تشيسيكيدي، اليوم الثلاثاء، محادثات \
مع الرئيس إيمانويل ماكرون في الإليزيه، تناولت النزاع في إقليم شمال كيفو والعلاقات مع رواندا.
""")
GOLD["a04_rfi_tshisekedi"] = [
    ("محادثات", 1, "meeting", [(None, TSHISEKEDI), (None, MACRON)], False),
]

# --- a05: Peru's former president Ollanta Humala and his wife sentenced (two; أومالا/هومالا) -----

ARTICLES["a05_afp_humala"] = ("2025-04-15", """\
ليما (أ ف ب) - حكم القضاء البيروفي الثلاثاء على الرئيس السابق أويانتا أومالا وزوجته نادين هيريديا بالسجن 15 \
عاما لكل منهما، بعد إدانتهما بغسل أموال تلقياها من شركة أوديبريشت البرازيلية ومن الحكومة الفنزويلية.
""")
GOLD["a05_afp_humala"] = [
    ("حكم", 1, "other", [("agent", PE_COURT), ("patient", HUMALA), ("patient", HEREDIA)], False),
]

ARTICLES["a05_aa_humala"] = ("2025-04-15", """\
ليما/ الأناضول - قضت محكمة في بيرو، الثلاثاء، بسجن الرئيس الأسبق أويانتا هومالا وزوجته نادين هيريديا 15 \
عاما، بتهمة غسل الأموال في إطار قضية تمويل حملتيه الانتخابيتين عامي 2006 و2011.
""")
GOLD["a05_aa_humala"] = [
    ("قضت", 1, "other", [("agent", PE_COURT), ("patient", HUMALA), ("patient", HEREDIA)], False),
]

ARTICLES["a05_asharq_humala"] = ("2025-04-16", """\
ليما: «الشرق الأوسط» - أصدرت محكمة بيروفية، أمس (الثلاثاء)، حكماً بالسجن 15 عاماً على الرئيس البيروفي الأسبق \
أويانتا أومالا وزوجته نادين هيريديا، التي لجأت إلى سفارة البرازيل في ليما بعد صدور الحكم.
""")
GOLD["a05_asharq_humala"] = [
    ("أصدرت", 1, "other", [("agent", PE_COURT), ("patient", HUMALA), ("patient", HEREDIA)], False),
]

# ================================ PART B =====================================================

# --- b01: the Nobel Prize in Literature to László Krasznahorkai (giver as subject; the laureate) -

ARTICLES["b01_afp_krasznahorkai"] = ("2025-10-09", """\
ستوكهولم (أ ف ب) - منحت الأكاديمية السويدية الخميس جائزة نوبل للآداب للكاتب المجري لاسلو كراسناهوركاي، \
مشيدة "بأعماله الآسرة والرؤيوية التي تؤكد قوة الفن وسط رعب نهاية العالم".
""")
GOLD["b01_afp_krasznahorkai"] = [
    ("منحت", 1, "other", [("agent", ACADEMY), (None, KRASZ)], False),
]

ARTICLES["b01_sky_krasznahorkai"] = ("2025-10-09", """\
أبوظبي - سكاي نيوز عربية: فاز الروائي المجري لاسلو كراسنهوركاي بجائزة نوبل للآداب لعام 2025، وفق ما أعلنت \
الأكاديمية السويدية الخميس في ستوكهولم.
""")
GOLD["b01_sky_krasznahorkai"] = [
    ("فاز", 1, "other", [(None, KRASZ)], False),
]

ARTICLES["b01_indy_krasznahorkai"] = ("2025-10-10", """\
لندن - اندبندنت عربية: نال الكاتب المجري لاسلو كراسناهوركاي، صاحب رواية "تانغو الخراب"، جائزة نوبل للآداب \
أمس الخميس، ليصبح ثاني مجري يفوز بها بعد إيمري كيرتيس عام 2002.
""")
GOLD["b01_indy_krasznahorkai"] = [
    ("نال", 1, "other", [(None, KRASZ)], False),
]

# --- b02: Spain's acting deputy PM Yolanda Díaz meets Carles Puigdemont in Brussels (نائبة) -----

ARTICLES["b02_efe_diaz"] = ("2023-09-04", """\
بروكسل (إفي) - التقت نائبة رئيس الوزراء الإسبانية بالوكالة يولاندا دياز، الاثنين في بروكسل، الزعيم \
الانفصالي الكتالوني كارليس بوتشيمون، في أول لقاء لعضو في الحكومة الإسبانية معه منذ فراره عام 2017.
""")
GOLD["b02_efe_diaz"] = [
    ("التقت", 1, "meeting", [("agent", DIAZ), ("counterpart", PUIGDEMONT)], False),
]

ARTICLES["b02_asharq_diaz"] = ("2023-09-05", """\
مدريد: «الشرق الأوسط» - اجتمعت يولاندا دياز، زعيمة تحالف «سومار» اليساري، أمس (الاثنين) في بروكسل بالرئيس \
الكتالوني السابق كارليس بوجديمونت، في خطوة أثارت غضب المعارضة اليمينية في مدريد.
""")
GOLD["b02_asharq_diaz"] = [
    ("اجتمعت", 1, "meeting", [("agent", DIAZ), ("counterpart", PUIGDEMONT)], False),
]

ARTICLES["b02_arabiya_diaz"] = ("2023-09-04", """\
دبي - العربية.نت: عقدت نائبة رئيس الحكومة الإسبانية يولاندا دياز، الاثنين، اجتماعا مع كارليس بوتشيمون في \
مقر البرلمان الأوروبي ببروكسل، بحثا عن دعم حزبه لتشكيل حكومة يسارية جديدة.
""")
GOLD["b02_arabiya_diaz"] = [
    ("اجتماعا", 1, "meeting", [(None, DIAZ), (None, PUIGDEMONT)], False),
]

# --- b03: Hungary's Szijjártó meets Lavrov in Minsk (two foreign ministers, one unlisted) --------

ARTICLES["b03_sputnik_szijjarto"] = ("2024-10-31", """\
مينسك (سبوتنيك) - التقى وزير الخارجية الروسي سيرغي لافروف، اليوم الخميس، نظيره المجري بيتر سيارتو على هامش \
مؤتمر مينسك الدولي للأمن الأوراسي، وبحثا إمدادات الطاقة والوضع في أوكرانيا.
""")
GOLD["b03_sputnik_szijjarto"] = [
    ("التقى", 1, "meeting", [("agent", LAVROV), ("counterpart", SZIJJARTO)], False),
]

ARTICLES["b03_aa_szijjarto"] = ("2024-10-31", """\
مينسك/ الأناضول - بحث وزير الخارجية المجري بيتر سييارتو، الخميس، مع نظيره الروسي سيرغي لافروف في العاصمة \
البيلاروسية مينسك، التعاون في مجال الطاقة النووية وإمدادات الغاز.
""")
GOLD["b03_aa_szijjarto"] = [
    ("بحث", 1, "meeting", [(None, SZIJJARTO), (None, LAVROV)], False),
]

ARTICLES["b03_rt_szijjarto"] = ("2024-10-31", """\
موسكو - RT: أجرى وزير الخارجية سيرغي لافروف، اليوم الخميس في مينسك، محادثات مع وزير الخارجية والتجارة \
المجري بيتر سيارتو، الوزير الوحيد من الاتحاد الأوروبي الذي شارك في المؤتمر.
""")
GOLD["b03_rt_szijjarto"] = [
    ("محادثات", 1, "meeting", [(None, LAVROV), (None, SZIJJARTO)], False),
]
