"""Twenty-first development set for participants and roles (round 22; part A tuned on, part B kept
for transfer): one meeting told by three outlets that name its parties differently.

Written for issue 9 round 22 before the round-22 engine changes, and annotated before the engine
was run on it. Eight real meetings and visits no other set tells, three short reports each (24
items) in the manner of many outlets (AFP, Asharq Al-Awsat, Al Jazeera Net, BBC Arabic, Sky News
Arabia, Sputnik, Anadolu, RT Arabic, Kyodo, Xinhua, Independent Arabia, Al Khaleej, Nova, Al
Arabiya, Reuters, Al-Quds Al-Arabi, Al-Ahram): the host and the guest of "استقبل X ... Y"، "التقى
X بـ Y" and "التقى X Y"، talks told by a noun ("أجرى X محادثات مع Y"، "اجتماع X و Y"، "جمع لقاء X و
Y")، coordinated subjects ("بحث X وضيفه Y"، "بحث رئيسا وزراء ... X و Y")، the guest named by a
nisba and only named in the next sentence ("استقبل ... ضيفه الياباني ... . ويسعى شيغيرو إيشيبا")،
persons no list holds (Ruto, Mirziyoyev, Tokayev, Prabowo, Bolkiah, Milei, Luxon, Mahama), bare
family names ("التقى توكاييف بميرضيائيف").

Conventions of this set (those of devparticipants20, 19 and 18): a meeting has the subject (or
host) as agent and the other as counterpart, and talks told by a noun or with coordinated subjects
both with any role; an official is named by himself or his title, never by his state alone; a
place where a meeting happens is no party; a guest named by a nisba ("ضيفه الياباني") and by name
only in the next sentence is still the counterpart (the name is the participant).

Part A (ids ``a..``, 5 happenings) is the development part. Part B (ids ``b..``, 3 happenings:
other stories, other outlets) was written at the same time, before any engine change, and is
scored only at the start and at the end of the round: it measures transfer.

Same format as ``tests/devparticipants20/devparticipants20_spec.py``:
ARTICLES: id -> (published, text).
GOLD: id -> list of events (surface, occurrence, type, participants, optional); participants
  is one entry per participant ``(role, [acceptable names or keys])`` (role ``None``: any role);
  optional events are scored only when extracted. The first event of an item is its happening's.
HAPPENINGS: the first three characters of an id -> (cluster, type, day).
"""

ARTICLES: dict[str, tuple[str, str]] = {}
GOLD: dict[str, list[tuple]] = {}

HAPPENINGS = {
    "a01": ("kishida_modi_0320", "meeting", "2023-03-20"),
    "a02": ("ruto_charles_1031", "meeting", "2023-10-31"),
    "a03": ("mirziyoyev_tokayev_1222", "meeting", "2022-12-22"),
    "a04": ("prabowo_ishiba_0111", "meeting", "2025-01-11"),
    "a05": ("bolkiah_modi_0904", "meeting", "2024-09-04"),
    "b01": ("meloni_milei_0212", "meeting", "2024-02-12"),
    "b02": ("albanese_luxon_1220", "meeting", "2023-12-20"),
    "b03": ("mahama_modi_0702", "meeting", "2025-07-02"),
}

KISHIDA = ["فوميو كيشيدا", "كيشيدا", "رئيس الوزراء الياباني", "japan:prime_minister"]
MODI = ["ناريندرا مودي", "مودي", "رئيس الوزراء الهندي", "india:prime_minister"]
RUTO = ["وليام روتو", "روتو", "الرئيس الكيني", "kenya:president"]
CHARLES = ["الملك تشارلز الثالث", "تشارلز الثالث", "الملك تشارلز", "تشارلز", "العاهل البريطاني",
           "الملك البريطاني", "uk:king"]
MIRZIYOYEV = ["شوكت ميرضيائيف", "ميرضيائيف", "الرئيس الأوزبكي", "رئيس أوزبكستان", "uzbekistan:president"]
TOKAYEV = ["قاسم جومارت توكاييف", "قاسم جومرت توكايف", "توكاييف", "توكايف", "الرئيس الكازاخستاني",
           "رئيس كازاخستان", "kazakhstan:president"]
ISHIBA = ["شيغيرو إيشيبا", "إيشيبا", "رئيس الوزراء الياباني", "japan:prime_minister"]
PRABOWO = ["برابوو سوبيانتو", "برابوو", "سوبيانتو", "الرئيس الإندونيسي", "indonesia:president"]
BOLKIAH = ["حسن البلقية", "البلقية", "سلطان بروناي", "brunei:sultan"]
MELONI = ["جورجيا ميلوني", "ميلوني", "رئيسة الوزراء الإيطالية", "رئيسة الحكومة الإيطالية",
          "italy:prime_minister"]
MILEI = ["خافيير ميلي", "ميلي", "الرئيس الأرجنتيني", "argentina:president"]
ALBANESE = ["أنتوني ألبانيزي", "ألبانيزي", "رئيس الوزراء الأسترالي", "australia:prime_minister"]
LUXON = ["كريستوفر لوكسون", "لوكسون", "رئيس الوزراء النيوزيلندي", "رئيس وزراء نيوزيلندا",
         "new_zealand:prime_minister"]
MAHAMA = ["جون دراماني ماهاما", "ماهاما", "الرئيس الغاني", "ghana:president"]

# ================================ PART A =====================================================

# --- a01: Fumio Kishida meets Narendra Modi in New Delhi (the guest named in the next sentence) --

ARTICLES["a01_afp_kishida"] = ("2023-03-20", """\
نيودلهي (أ ف ب) - التقى رئيس الوزراء الياباني فوميو كيشيدا الاثنين في نيودلهي نظيره الهندي ناريندرا مودي، \
في زيارة تستمر يومين تسعى طوكيو خلالها إلى تعزيز شراكتها مع الهند في مواجهة النفوذ الصيني المتنامي.
""")
GOLD["a01_afp_kishida"] = [
    ("التقى", 1, "meeting", [("agent", KISHIDA), ("counterpart", MODI)], False),
]

ARTICLES["a01_asharq_kishida"] = ("2023-03-21", """\
نيودلهي: «الشرق الأوسط» - بحث رئيس الوزراء الهندي ناريندرا مودي وضيفه الياباني فوميو كيشيدا، أمس (الاثنين)، \
في نيودلهي، تعزيز التعاون في مجالي الدفاع وأشباه الموصلات، قبل أشهر من قمة مجموعة العشرين التي تستضيفها الهند.
""")
GOLD["a01_asharq_kishida"] = [
    ("بحث", 1, "meeting", [(None, MODI), (None, KISHIDA)], False),
]

ARTICLES["a01_jazeera_kishida"] = ("2023-03-20", """\
نيودلهي - الجزيرة نت: استقبل رئيس الوزراء الهندي ناريندرا مودي، اليوم الاثنين، ضيفه الياباني في مقر حيدر \
آباد هاوس بنيودلهي. ويعتزم فوميو كيشيدا الكشف خلال الزيارة عن خطة جديدة لمنطقة المحيطين الهندي والهادئ.
""")
GOLD["a01_jazeera_kishida"] = [
    ("استقبل", 1, "meeting", [("agent", MODI), ("counterpart", KISHIDA)], False),
]

# --- a02: William Ruto receives King Charles III in Nairobi ("اجتماع X و Y"; "التقى X بـ Y") ----

ARTICLES["a02_afp_charles"] = ("2023-10-31", """\
نيروبي (أ ف ب) - استقبل الرئيس الكيني وليام روتو الثلاثاء في مقر الرئاسة في نيروبي الملك البريطاني تشارلز \
الثالث، في مستهل أول زيارة دولة يقوم بها الملك إلى بلد من دول الكومنولث منذ تتويجه.
""")
GOLD["a02_afp_charles"] = [
    ("استقبل", 1, "meeting", [("agent", RUTO), ("counterpart", CHARLES)], False),
]

ARTICLES["a02_bbc_charles"] = ("2023-10-31", """\
لندن - بي بي سي عربي: التقى الملك تشارلز الثالث بالرئيس الكيني وليام روتو في نيروبي يوم الثلاثاء، في اليوم \
الأول من زيارة دولة تستمر أربعة أيام، يتوقع أن يتطرق خلالها إلى "الجوانب المؤلمة" من الحقبة الاستعمارية.
""")
GOLD["a02_bbc_charles"] = [
    ("التقى", 1, "meeting", [("agent", CHARLES), ("counterpart", RUTO)], False),
]

ARTICLES["a02_sky_charles"] = ("2023-11-01", """\
أبوظبي - سكاي نيوز عربية: ركز اجتماع العاهل البريطاني تشارلز الثالث والرئيس الكيني روتو، الثلاثاء في القصر \
الرئاسي بنيروبي، على التعاون في مجالي المناخ والشباب، بحسب بيان لقصر باكنغهام.
""")
GOLD["a02_sky_charles"] = [
    ("اجتماع", 1, "meeting", [(None, CHARLES), (None, RUTO)], False),
]

# --- a03: Shavkat Mirziyoyev receives Kassym-Jomart Tokayev in Tashkent (unlisted presidents) ---

ARTICLES["a03_sputnik_tokayev"] = ("2022-12-22", """\
طشقند - سبوتنيك: أجرى الرئيس الأوزبكي شوكت ميرضيائيف، اليوم الخميس، محادثات مع نظيره الكازاخستاني قاسم جومارت \
توكاييف في طشقند، وقّع الرئيسان في ختامها معاهدة بشأن علاقات التحالف بين البلدين.
""")
GOLD["a03_sputnik_tokayev"] = [
    ("محادثات", 1, "meeting", [(None, MIRZIYOYEV), (None, TOKAYEV)], False),
]

ARTICLES["a03_aa_tokayev"] = ("2022-12-22", """\
طشقند/ الأناضول - استقبل رئيس أوزبكستان شوكت ميرضيائيف، الخميس، رئيس كازاخستان قاسم جومرت توكايف، الذي يجري \
زيارة دولة إلى البلاد تستمر يومين.
""")
GOLD["a03_aa_tokayev"] = [
    ("استقبل", 1, "meeting", [("agent", MIRZIYOYEV), ("counterpart", TOKAYEV)], False),
]

ARTICLES["a03_rt_tokayev"] = ("2022-12-22", """\
موسكو - RT: التقى توكاييف بميرضيائيف، الخميس، في العاصمة الأوزبكية، حيث ناقش الرئيسان مشاريع الطاقة والنقل \
المشتركة، وأكدا التزامهما بتعميق التكامل الإقليمي في آسيا الوسطى.
""")
GOLD["a03_rt_tokayev"] = [
    ("التقى", 1, "meeting", [("agent", TOKAYEV), ("counterpart", MIRZIYOYEV)], False),
]

# --- a04: Prabowo Subianto receives Shigeru Ishiba at Bogor (the guest by a nisba, then named) ---

ARTICLES["a04_kyodo_ishiba"] = ("2025-01-11", """\
طوكيو (كيودو) - التقى رئيس الوزراء الياباني شيغيرو إيشيبا اليوم السبت الرئيس الإندونيسي برابوو سوبيانتو في \
قصر بوغور قرب جاكرتا، واتفق الجانبان على تعزيز التعاون في مجالي الأمن والطاقة.
""")
GOLD["a04_kyodo_ishiba"] = [
    ("التقى", 1, "meeting", [("agent", ISHIBA), ("counterpart", PRABOWO)], False),
]

ARTICLES["a04_aa_ishiba"] = ("2025-01-11", """\
جاكرتا/ الأناضول - استقبل الرئيس الإندونيسي برابوو سوبيانتو، السبت، رئيس الوزراء الياباني شيغيرو إيشيبا في \
قصر بوغور الرئاسي، في إطار جولة آسيوية شملت ماليزيا.
""")
GOLD["a04_aa_ishiba"] = [
    ("استقبل", 1, "meeting", [("agent", PRABOWO), ("counterpart", ISHIBA)], False),
]

ARTICLES["a04_asharq_ishiba"] = ("2025-01-12", """\
جاكرتا: «الشرق الأوسط» - استقبل الرئيس الإندونيسي برابوو سوبيانتو، أمس (السبت)، ضيفه الياباني في قصر بوغور، \
في أول جولة يقوم بها إلى جنوب شرقي آسيا منذ توليه منصبه. ويسعى شيغيرو إيشيبا إلى تعزيز التعاون الدفاعي مع جاكرتا.
""")
GOLD["a04_asharq_ishiba"] = [
    ("استقبل", 1, "meeting", [("agent", PRABOWO), ("counterpart", ISHIBA)], False),
]

# --- a05: Sultan Hassanal Bolkiah receives Narendra Modi in Bandar Seri Begawan ------------------

ARTICLES["a05_xinhua_modi"] = ("2024-09-04", """\
بندر سيري بيغاوان 4 سبتمبر 2024 (شينخوا) -- أجرى سلطان بروناي حسن البلقية محادثات اليوم (الأربعاء) مع رئيس \
الوزراء الهندي ناريندرا مودي في قصر نور الإيمان، تناولت التعاون في مجالات الطاقة والفضاء.
""")
GOLD["a05_xinhua_modi"] = [
    ("محادثات", 1, "meeting", [(None, BOLKIAH), (None, MODI)], False),
]

ARTICLES["a05_indy_modi"] = ("2024-09-05", """\
لندن - اندبندنت عربية: التقى مودي السلطان حسن البلقية، أمس الأربعاء، في العاصمة بندر سيري بيغاوان، في أول \
زيارة يقوم بها رئيس وزراء هندي إلى بروناي منذ إقامة العلاقات الدبلوماسية بين البلدين قبل 40 عاما.
""")
GOLD["a05_indy_modi"] = [
    ("التقى", 1, "meeting", [("agent", MODI), ("counterpart", BOLKIAH)], False),
]

ARTICLES["a05_khaleej_modi"] = ("2024-09-05", """\
نيودلهي - الخليج: استقبل السلطان حسن البلقية، سلطان بروناي، رئيس الوزراء الهندي ناريندرا مودي، أمس الأربعاء، \
في قصر نور الإيمان، قبل أن يتوجه الضيف إلى سنغافورة في المحطة الثانية من جولته.
""")
GOLD["a05_khaleej_modi"] = [
    ("استقبل", 1, "meeting", [("agent", BOLKIAH), ("counterpart", MODI)], False),
]

# ================================ PART B =====================================================

# --- b01: Giorgia Meloni receives Javier Milei in Rome ("استقبلت"; "جمع لقاء X و Y") ------------

ARTICLES["b01_nova_milei"] = ("2024-02-12", """\
روما - نوفا: استقبلت رئيسة الوزراء الإيطالية جورجيا ميلوني، اليوم الاثنين، الرئيس الأرجنتيني خافيير ميلي في \
قصر كيجي بروما، وبحث الجانبان العلاقات الثنائية والتعاون في قطاع الطاقة.
""")
GOLD["b01_nova_milei"] = [
    ("استقبلت", 1, "meeting", [("agent", MELONI), ("counterpart", MILEI)], False),
]

ARTICLES["b01_afp_milei"] = ("2024-02-12", """\
روما (أ ف ب) - التقى الرئيس الأرجنتيني خافيير ميلي الاثنين في روما برئيسة الحكومة الإيطالية جورجيا ميلوني، \
في ختام زيارة إلى إيطاليا هي الأولى له إلى أوروبا منذ توليه منصبه في كانون الأول/ديسمبر.
""")
GOLD["b01_afp_milei"] = [
    ("التقى", 1, "meeting", [("agent", MILEI), ("counterpart", MELONI)], False),
]

ARTICLES["b01_arabiya_milei"] = ("2024-02-13", """\
دبي - العربية.نت: جمع لقاء، الاثنين، ميلوني وميلي في مقر الحكومة الإيطالية في روما، وتناول سبل تعزيز التبادل \
التجاري بين البلدين، وفق ما أفاد مكتب رئيسة الوزراء.
""")
GOLD["b01_arabiya_milei"] = [
    ("لقاء", 1, "meeting", [(None, MELONI), (None, MILEI)], False),
]

# --- b02: Anthony Albanese receives Christopher Luxon in Sydney (a coordinated dual subject) -----

ARTICLES["b02_reuters_luxon"] = ("2023-12-20", """\
سيدني (رويترز) - استقبل رئيس الوزراء الأسترالي أنتوني ألبانيزي، اليوم الأربعاء، نظيره النيوزيلندي كريستوفر \
لوكسون في سيدني، في أول رحلة خارجية يقوم بها لوكسون منذ توليه منصبه الشهر الماضي.
""")
GOLD["b02_reuters_luxon"] = [
    ("استقبل", 1, "meeting", [("agent", ALBANESE), ("counterpart", LUXON)], False),
]

ARTICLES["b02_jazeera_luxon"] = ("2023-12-20", """\
سيدني - الجزيرة نت: التقى لوكسون، رئيس وزراء نيوزيلندا الجديد، بألبانيزي اليوم الأربعاء في مقر كيريبيلي \
هاوس المطل على ميناء سيدني، وناقشا قضايا الهجرة والأمن في منطقة المحيط الهادئ.
""")
GOLD["b02_jazeera_luxon"] = [
    ("التقى", 1, "meeting", [("agent", LUXON), ("counterpart", ALBANESE)], False),
]

ARTICLES["b02_quds_luxon"] = ("2023-12-21", """\
سيدني ـ «القدس العربي»: بحث رئيسا وزراء أستراليا ونيوزيلندا أنتوني ألبانيزي وكريستوفر لوكسون، أمس الأربعاء، \
في سيدني، التعاون الدفاعي بين البلدين وتنامي الحضور الصيني في جزر المحيط الهادئ.
""")
GOLD["b02_quds_luxon"] = [
    ("بحث", 1, "meeting", [(None, ALBANESE), (None, LUXON)], False),
]

# --- b03: John Dramani Mahama receives Narendra Modi in Accra (a title for the guest) ----------

ARTICLES["b03_aa_modi"] = ("2025-07-02", """\
أكرا/ الأناضول - استقبل الرئيس الغاني جون دراماني ماهاما، الأربعاء، رئيس الوزراء الهندي ناريندرا مودي في \
العاصمة أكرا، في أول زيارة لرئيس وزراء هندي إلى غانا منذ ثلاثة عقود.
""")
GOLD["b03_aa_modi"] = [
    ("استقبل", 1, "meeting", [("agent", MAHAMA), ("counterpart", MODI)], False),
]

ARTICLES["b03_sky_modi"] = ("2025-07-02", """\
أبوظبي - سكاي نيوز عربية: أجرى ناريندرا مودي، الأربعاء، مباحثات مع الرئيس الغاني ماهاما في أكرا، تناولت \
التعاون في مجالات اللقاحات والتعدين والتحول الرقمي.
""")
GOLD["b03_sky_modi"] = [
    ("مباحثات", 1, "meeting", [(None, MODI), (None, MAHAMA)], False),
]

ARTICLES["b03_ahram_modi"] = ("2025-07-03", """\
القاهرة - الأهرام: التقى رئيس الوزراء الهندي بالرئيس ماهاما في قصر اليوبيل بأكرا، أمس الأربعاء، ووقع الجانبان \
أربع مذكرات تفاهم في مجالات الثقافة والطب التقليدي والمعايير.
""")
GOLD["b03_ahram_modi"] = [
    ("التقى", 1, "meeting", [("agent", MODI), ("counterpart", MAHAMA)], False),
]
