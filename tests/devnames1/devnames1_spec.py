"""First development set for the document-level name table (names round 1, issue 9; part A
tuned on, part B kept for transfer): eight real happenings told by three outlets each, dense in
persons no gazetteer holds, named first in full with a title, an office, a nisba or in apposition
and then by the bare surname, with clitics ("التقى كوباخيدزه بأوربان"، "لتيبوغو")، in headlines
("بوتين يلتقي خوريلسوخ")، and with a surname that is an Arabic word ("رودريغو باز" beside "لاباز").

Written for names round 1 before any engine change of the round, and annotated before the engine
was run on it. Outlets: AFP, Anadolu, RT Arabic, EFE, Al Jazeera Net, Reuters, France 24, beIN
Sports, Al-Ahram, Al Arabiya, Asharq Al-Awsat, Okaz, Al-Quds Al-Arabi, Sky News Arabia.

Conventions (those of devparticipants21): a meeting has the subject (or host) as agent and the
other as counterpart, talks told by a noun both with any role; a statement has its speaker; a
capture has its captor as agent and the captured as patient; a person is named by his name, his
bare surname or his office, never by his state alone; a person named in full once and by the
bare surname later is the same participant.

Part A (ids ``a..``, 5 happenings) is the development part. Part B (ids ``b..``, 3 happenings:
other stories, other outlets) was written at the same time, before any engine change, and is
scored only at the start and at the end of the round: it measures transfer.

Same format as ``tests/devparticipants21/devparticipants21_spec.py``:
ARTICLES: id -> (published, text).
GOLD: id -> list of events (surface, occurrence, type, participants, optional).
HAPPENINGS: the first three characters of an id -> (cluster, type, day).
"""

ARTICLES: dict[str, tuple[str, str]] = {}
GOLD: dict[str, list[tuple]] = {}

HAPPENINGS = {
    "a01": ("kobakhidze_orban_1028", "meeting", "2024-10-28"),
    "a02": ("paz_victory_1019", "statement", "2025-10-19"),
    "a03": ("randrianirina_power_1014", "statement", "2025-10-14"),
    "a04": ("tebogo_200m_0808", "statement", "2024-08-08"),
    "a05": ("khurelsukh_putin_0903", "meeting", "2024-09-03"),
    "b01": ("kavelashvili_oath_1229", "statement", "2024-12-29"),
    "b02": ("kipyegon_1500m_0810", "statement", "2024-08-10"),
    "b03": ("fito_capture_0625", "capture", "2025-06-25"),
}

KOBAKHIDZE = ["إيراكلي كوباخيدزه", "كوباخيدزه", "رئيس الوزراء الجورجي", "رئيس الحكومة الجورجية",
              "georgia:prime_minister"]
ORBAN = ["فيكتور أوربان", "أوربان", "رئيس الوزراء المجري", "hungary:prime_minister"]
PAZ = ["رودريغو باز", "باز", "الرئيس البوليفي المنتخب", "bolivia:president"]
RANDRIANIRINA = ["مايكل راندريانيرينا", "راندريانيرينا", "الكولونيل مايكل راندريانيرينا"]
TEBOGO = ["ليتسيلي تيبوغو", "تيبوغو"]
KHURELSUKH = ["أوخناغين خوريلسوخ", "خوريلسوخ", "الرئيس المنغولي", "mongolia:president"]
PUTIN = ["فلاديمير بوتين", "بوتين", "الرئيس الروسي", "russia:president"]
KAVELASHVILI = ["ميخائيل كافيلاشفيلي", "كافيلاشفيلي", "الرئيس الجورجي الجديد", "الرئيس الجورجي",
                "georgia:president"]
KIPYEGON = ["فيث كيبييغون", "كيبييغون"]
ECUADOR_FORCES = ["قوات الأمن", "قوات الأمن الإكوادورية", "الجيش الإكوادوري", "الشرطة الإكوادورية",
                  "الإكوادور", "ecuador", "ecuador:army", "ecuador:police", "دانيال نوبوا", "نوبوا",
                  "الرئيس الإكوادوري", "ecuador:president"]
FITO = ["خوسيه أدولفو ماسياس", "أدولفو ماسياس", "ماسياس", "فيتو"]

# ================================ PART A =====================================================

# --- a01: Irakli Kobakhidze receives Viktor Orban in Tbilisi (bare surnames, the clitic ب) -----

ARTICLES["a01_afp_orban"] = ("2024-10-28", """\
تبليسي (أ ف ب) - استقبل رئيس الوزراء الجورجي إيراكلي كوباخيدزه الاثنين في تبليسي رئيس الوزراء المجري \
فيكتور أوربان، في زيارة انتقدتها المعارضة التي ترفض الاعتراف بنتائج الانتخابات التشريعية. وأشاد كوباخيدزه \
بما وصفه بالدعم الثابت من بودابست، فيما قال أوربان إن الجورجيين "اختاروا السلام".
""")
GOLD["a01_afp_orban"] = [
    ("استقبل", 1, "meeting", [("agent", KOBAKHIDZE), ("counterpart", ORBAN)], False),
]

ARTICLES["a01_aa_orban"] = ("2024-10-28", """\
أوربان في تبليسي بعد يومين من الانتخابات الجورجية
تبليسي/ الأناضول - التقى رئيس الوزراء المجري فيكتور أوربان، الاثنين، رئيس الحكومة الجورجية إيراكلي \
كوباخيدزه في العاصمة تبليسي، في أول زيارة لزعيم أوروبي عقب الانتخابات البرلمانية التي فاز بها حزب "الحلم \
الجورجي". وبحث أوربان وكوباخيدزه العلاقات الثنائية والتعاون في مجال الطاقة.
""")
GOLD["a01_aa_orban"] = [
    ("التقى", 1, "meeting", [("agent", ORBAN), ("counterpart", KOBAKHIDZE)], False),
]

ARTICLES["a01_rt_orban"] = ("2024-10-28", """\
موسكو - RT: أفادت وسائل إعلام جورجية بأن رئيس الوزراء الجورجي إيراكلي كوباخيدزه استقبل نظيره المجري في \
تبليسي. والتقى كوباخيدزه بأوربان، اليوم الاثنين، في مقر الحكومة وسط احتجاجات للمعارضة أمام المبنى، وأكد \
كوباخيدزه لضيفه أن جورجيا ماضية في طريق الاندماج الأوروبي.
""")
GOLD["a01_rt_orban"] = [
    ("والتقى", 1, "meeting", [("agent", KOBAKHIDZE), ("counterpart", ORBAN)], False),
]

# --- a02: Rodrigo Paz wins Bolivia's runoff and speaks (a surname that is an Arabic word) -------

ARTICLES["a02_afp_paz"] = ("2025-10-20", """\
لاباز (أ ف ب) - فاز السيناتور الوسطي رودريغو باز بالدورة الثانية من الانتخابات الرئاسية في بوليفيا الأحد، \
متقدماً على الرئيس الأسبق خورخي كيروغا، منهياً نحو عقدين من حكم اليسار. وقال باز أمام أنصاره في لاباز \
مساء الأحد: "علينا أن نعيد بوليفيا إلى العالم".
""")
GOLD["a02_afp_paz"] = [
    ("وقال باز", 1, "statement", [("speaker", PAZ)], False),
]

ARTICLES["a02_efe_paz"] = ("2025-10-20", """\
باز رئيساً لبوليفيا
لاباز (إفي) - أعلنت المحكمة الانتخابية العليا في بوليفيا فوز مرشح الحزب الديمقراطي المسيحي رودريغو باز \
بالرئاسة بنحو 54 في المئة من الأصوات. وأكد باز، في خطاب ألقاه مساء الأحد أمام أنصاره، أن حكومته ستفتح \
بوليفيا على العالم وستنهي أزمة الوقود.
""")
GOLD["a02_efe_paz"] = [
    ("وأكد باز", 1, "statement", [("speaker", PAZ)], False),
]

ARTICLES["a02_jazeera_paz"] = ("2025-10-20", """\
لاباز - الجزيرة نت: قال الرئيس البوليفي المنتخب رودريغو باز، مساء أمس الأحد، إن حكومته ستبدأ "مرحلة جديدة" \
بعد عقدين من حكم حركة نحو الاشتراكية. وأضاف باز، نجل الرئيس الأسبق خايمي باز زامورا، أن أولويته إنقاذ \
الاقتصاد.
""")
GOLD["a02_jazeera_paz"] = [
    ("قال الرئيس البوليفي", 1, "statement", [("speaker", PAZ)], False),
]

# --- a03: Colonel Michael Randrianirina says the army took power in Madagascar ----------------

ARTICLES["a03_afp_madagascar"] = ("2025-10-14", """\
أنتاناناريفو (أ ف ب) - أعلن الكولونيل مايكل راندريانيرينا، قائد وحدة "كابسات" العسكرية، الثلاثاء أن الجيش \
تولى السلطة في مدغشقر، بعد دقائق من تصويت الجمعية الوطنية على عزل الرئيس أندري راجولينا. وقال \
راندريانيرينا للصحافيين أمام القصر الرئاسي: "لقد تولينا السلطة".
""")
GOLD["a03_afp_madagascar"] = [
    ("أعلن", 1, "statement", [("speaker", RANDRIANIRINA)], False),
]

ARTICLES["a03_reuters_madagascar"] = ("2025-10-14", """\
مدغشقر: الجيش يعلن توليه السلطة
أنتاناناريفو (رويترز) - قال قائد وحدة عسكرية متمردة في مدغشقر، الكولونيل مايكل راندريانيرينا، يوم الثلاثاء \
إن القوات المسلحة استولت على السلطة وستعلق عمل معظم مؤسسات الدولة، فيما فر الرئيس أندري راجولينا من البلاد. \
وأضاف راندريانيرينا في كلمة عبر الإذاعة الوطنية أن لجنة من ضباط الجيش والدرك ستحكم البلاد.
""")
GOLD["a03_reuters_madagascar"] = [
    ("قال قائد وحدة", 1, "statement", [("speaker", RANDRIANIRINA)], False),
]

ARTICLES["a03_f24_madagascar"] = ("2025-10-14", """\
باريس - فرانس 24: انضمت وحدة "كابسات" التي يقودها الكولونيل مايكل راندريانيرينا إلى المحتجين في \
أنتاناناريفو منذ السبت. وقال راندريانيرينا الثلاثاء عبر الإذاعة الوطنية إن الجيش سيحكم البلاد مع الدرك، \
بعد ساعات من تصويت النواب على عزل الرئيس راجولينا.
""")
GOLD["a03_f24_madagascar"] = [
    ("وقال راندريانيرينا", 1, "statement", [("speaker", RANDRIANIRINA)], False),
]

# --- a04: Letsile Tebogo wins the Olympic 200 m and speaks (a nisba, the clitic ل) ------------

ARTICLES["a04_afp_tebogo"] = ("2024-08-08", """\
سان دوني (فرنسا) (أ ف ب) - أحرز البوتسواني ليتسيلي تيبوغو ذهبية سباق 200 م في ألعاب باريس الأولمبية الخميس \
بزمن 19.46 ثانية، متقدماً على الأميركيين كينيث بيدنارك ونواه لايلز. وقال تيبوغو بعد السباق: "هذه الميدالية \
لأمي"، في إشارة إلى والدته التي توفيت في أيار/مايو.
""")
GOLD["a04_afp_tebogo"] = [
    ("وقال تيبوغو", 1, "statement", [("speaker", TEBOGO)], False),
]

ARTICLES["a04_bein_tebogo"] = ("2024-08-08", """\
تيبوغو يهدي بوتسوانا أول ذهبية أولمبية
باريس - بي إن سبورتس: توج العداء البوتسواني ليتسيلي تيبوغو بذهبية سباق 200 متر في أولمبياد باريس مساء \
الخميس. وأكد تيبوغو، في تصريحات عقب السباق، أنه ركض من أجل والدته الراحلة.
""")
GOLD["a04_bein_tebogo"] = [
    ("وأكد تيبوغو", 1, "statement", [("speaker", TEBOGO)], False),
]

ARTICLES["a04_ahram_tebogo"] = ("2024-08-09", """\
باريس - الأهرام: هي أول ذهبية أولمبية لتيبوغو ولبوتسوانا، حققها العداء ليتسيلي تيبوغو مساء أمس الخميس في \
سباق 200 متر. وقال تيبوغو، الذي رفع حذاءه المكتوب عليه اسم والدته بعد خط النهاية، للصحفيين إنه لم يتوقع \
الفوز.
""")
GOLD["a04_ahram_tebogo"] = [
    ("وقال تيبوغو", 1, "statement", [("speaker", TEBOGO)], False),
]

# --- a05: Ukhnaagiin Khurelsukh receives Vladimir Putin in Ulaanbaatar (a headline name) ------

ARTICLES["a05_rt_putin"] = ("2024-09-03", """\
أولان باتور - RT: استقبل الرئيس المنغولي أوخناغين خوريلسوخ، الثلاثاء، الرئيس الروسي فلاديمير بوتين في ساحة \
جنكيز خان بالعاصمة أولان باتور في مراسم رسمية، قبل أن يعقد الرئيسان محادثات تناولت إمدادات الطاقة.
""")
GOLD["a05_rt_putin"] = [
    ("استقبل", 1, "meeting", [("agent", KHURELSUKH), ("counterpart", PUTIN)], False),
]

ARTICLES["a05_afp_putin"] = ("2024-09-03", """\
أولان باتور (أ ف ب) - التقى بوتين الثلاثاء في أولان باتور نظيره المنغولي أوخناغين خوريلسوخ، متحدياً مذكرة \
التوقيف الصادرة بحقه عن المحكمة الجنائية الدولية التي تعد منغوليا عضواً فيها.
""")
GOLD["a05_afp_putin"] = [
    ("التقى", 1, "meeting", [("agent", PUTIN), ("counterpart", KHURELSUKH)], False),
]

ARTICLES["a05_aa_putin"] = ("2024-09-03", """\
بوتين يلتقي خوريلسوخ رغم مذكرة الجنائية الدولية
أنقرة/ الأناضول - أجرى الرئيس الروسي فلاديمير بوتين، الثلاثاء، محادثات مع خوريلسوخ في أولان باتور، تناولت \
مشروع خط أنابيب الغاز عبر منغوليا. وأعرب خوريلسوخ عن أمله في توسيع التعاون الاقتصادي مع موسكو.
""")
GOLD["a05_aa_putin"] = [
    ("محادثات", 1, "meeting", [(None, PUTIN), (None, KHURELSUKH)], False),
]

# ================================ PART B =====================================================

# --- b01: Mikheil Kavelashvili sworn in as Georgia's president, his speech --------------------

ARTICLES["b01_afp_kavelashvili"] = ("2024-12-29", """\
تبليسي (أ ف ب) - أدى ميخائيل كافيلاشفيلي، لاعب كرة القدم السابق المقرب من حزب "الحلم الجورجي" الحاكم، اليمين \
الدستورية رئيساً لجورجيا الأحد، فيما أكدت الرئيسة المنتهية ولايتها سالومي زورابيشفيلي أنها ما زالت الرئيسة \
الشرعية. وقال كافيلاشفيلي في خطاب التنصيب إن "السلام هو أولويتنا".
""")
GOLD["b01_afp_kavelashvili"] = [
    ("وقال كافيلاشفيلي", 1, "statement", [("speaker", KAVELASHVILI)], False),
]

ARTICLES["b01_arabiya_kavelashvili"] = ("2024-12-29", """\
تبليسي - العربية.نت: قال الرئيس الجورجي الجديد ميخائيل كافيلاشفيلي، اليوم الأحد، عقب أدائه اليمين في مبنى \
البرلمان، إن بلاده ستحافظ على تقاليدها وسيادتها، بينما تظاهر الآلاف أمام المبنى رفضاً لتنصيبه.
""")
GOLD["b01_arabiya_kavelashvili"] = [
    ("قال الرئيس الجورجي", 1, "statement", [("speaker", KAVELASHVILI)], False),
]

ARTICLES["b01_asharq_kavelashvili"] = ("2024-12-30", """\
تبليسي: «الشرق الأوسط» - أدى الرئيس الجورجي الجديد ميخائيل كافيلاشفيلي اليمين الدستورية أمس (الأحد)، وغادرت \
سلفه زورابيشفيلي القصر الرئاسي. وأكد كافيلاشفيلي في كلمته أمام النواب أن جورجيا "لن تقبل إملاءات خارجية".
""")
GOLD["b01_asharq_kavelashvili"] = [
    ("وأكد كافيلاشفيلي", 1, "statement", [("speaker", KAVELASHVILI)], False),
]

# --- b02: Faith Kipyegon wins a third Olympic 1500 m and speaks (a female athlete) ------------

ARTICLES["b02_reuters_kipyegon"] = ("2024-08-10", """\
باريس (رويترز) - فازت الكينية فيث كيبييغون بذهبية سباق 1500 متر للسيدات في أولمبياد باريس يوم السبت، لتصبح \
أول عداءة تحرز اللقب ثلاث مرات متتالية. وقالت كيبييغون للصحفيين إن هذا الفوز "يعني لها الكثير".
""")
GOLD["b02_reuters_kipyegon"] = [
    ("وقالت كيبييغون", 1, "statement", [("speaker", KIPYEGON)], False),
]

ARTICLES["b02_skynews_kipyegon"] = ("2024-08-10", """\
كيبييغون تدخل التاريخ
أبوظبي - سكاي نيوز عربية: حققت العداءة الكينية فيث كيبييغون ذهبيتها الأولمبية الثالثة على التوالي في سباق \
1500 متر مساء السبت. وأكدت كيبييغون بعد السباق أنها تفكر في المشاركة في أولمبياد لوس أنجلوس.
""")
GOLD["b02_skynews_kipyegon"] = [
    ("وأكدت كيبييغون", 1, "statement", [("speaker", KIPYEGON)], False),
]

ARTICLES["b02_okaz_kipyegon"] = ("2024-08-11", """\
باريس - عكاظ: قالت بطلة العالم الكينية فيث كيبييغون، عقب تتويجها مساء أمس الأول السبت بذهبية 1500 متر، إنها \
تهدي الميدالية إلى ابنتها، وهي الذهبية الثالثة لكيبييغون في الألعاب الأولمبية.
""")
GOLD["b02_okaz_kipyegon"] = [
    ("قالت بطلة العالم", 1, "statement", [("speaker", KIPYEGON)], False),
]

# --- b03: Ecuador captures the gang leader "Fito" in Manta (a rebel by his alias) --------------

ARTICLES["b03_afp_fito"] = ("2025-06-26", """\
كيتو (أ ف ب) - اعتقلت قوات الأمن الإكوادورية الأربعاء زعيم عصابة "لوس تشونيروس" خوسيه أدولفو ماسياس المعروف \
باسم فيتو في مدينة مانتا، بعد أكثر من عام على فراره من السجن. وقال الرئيس دانيال نوبوا إن ماسياس سيسلم إلى \
الولايات المتحدة.
""")
GOLD["b03_afp_fito"] = [
    ("اعتقلت", 1, "capture", [("agent", ECUADOR_FORCES), ("patient", FITO)], False),
]

ARTICLES["b03_quds_fito"] = ("2025-06-26", """\
لندن - «القدس العربي»: أعلن الرئيس الإكوادوري دانيال نوبوا أن الجيش الإكوادوري اعتقل، أمس الأربعاء، زعيم \
العصابة الهارب أدولفو ماسياس في مخبأ تحت الأرض بمدينة مانتا الساحلية. وكان ماسياس قد فر من سجن في غواياكيل \
في يناير 2024.
""")
GOLD["b03_quds_fito"] = [
    ("اعتقل", 1, "capture", [("agent", ECUADOR_FORCES), ("patient", FITO)], False),
]

ARTICLES["b03_sky_fito"] = ("2025-06-25", """\
أبوظبي - سكاي نيوز عربية: ألقت الشرطة الإكوادورية القبض على ماسياس، زعيم عصابة "لوس تشونيروس" الملقب بـ"فيتو"، \
اليوم الأربعاء في مانتا، بعد عملية أمنية استمرت أشهراً.
""")
GOLD["b03_sky_fito"] = [
    ("ألقت الشرطة", 1, "capture", [("agent", ECUADOR_FORCES), ("patient", FITO)], False),
]
