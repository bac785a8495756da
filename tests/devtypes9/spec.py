"""Gold events for tests/devtypes9 (a development set; format as ../devtypes8/spec.py).

  clusters: cluster -> dict(type, tight, outer): the real date (tight) and what the texts
            still allow (outer).
  events rows: (cluster, doc, surface, occurrence, type): the clause carrying the trigger; each
            happening is told by each outlet with another kind of word (a verb, a verbal noun,
            a generic "نفذ عملية"، "شن"، "جرى"، a headline noun): all are one event; a raid by
            armed forces is a strike (README); a call's words said in it ("وحذر شي خلال
            الاتصال") are the call; a summit, talks and "التقى" of one pair on one day are one
            meeting, the visit that holds them another; an impeachment voted or signed by a
            chamber ("عزل مجلس النواب" / "صوّت ... لصالح عزل" / "أقر ... عزلها") is one act;
            a town taken ("سيطرت" / "دخلت" / "استيلاء" / "سقوط") is one capture, the other
            side's withdrawal another act. Look-alikes of one kind (another strike, another
            call, another capture, another visit) are their own events (docs/specs/README.md).
  diff:   cluster pairs that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts.
Time expressions are not annotated here (``timex`` is empty): the set scores events only.
Part A is the reports a* .. e*, part B the reports f* .. h* (see README.md).
"""
from gold_sets import span

D = span

PUBLISHED = {
 "a01_atmeh_0203": "2022-02-03T12:00:00+02:00",
 "a02_atmeh_0204": "2022-02-04",
 "a03_atmeh_0210": "2022-02-10",
 "b01_kramatorsk_0408": "2022-04-08T16:00:00+03:00",
 "b02_kramatorsk_0409": "2022-04-09",
 "b03_kramatorsk_0415": "2022-04-15",
 "c01_duterte_0205": "2025-02-05T18:00:00+08:00",
 "c02_duterte_0206": "2025-02-06",
 "c03_duterte_0212": "2025-02-12",
 "d01_soledar_0113": "2023-01-13T14:00:00+03:00",
 "d02_soledar_0114": "2023-01-14",
 "d03_soledar_0120": "2023-01-20",
 "e01_bidenxi_0728": "2022-07-28T23:30:00+03:00",
 "e02_bidenxi_0729": "2022-07-29",
 "e03_bidenxi_0804": "2022-08-04",
 "f01_spiderweb_0601": "2025-06-01T20:00:00+03:00",
 "f02_spiderweb_0602": "2025-06-02",
 "f03_spiderweb_0607": "2025-06-07",
 "g01_kimputin_0913": "2023-09-13T15:00:00+03:00",
 "g02_kimputin_0914": "2023-09-14",
 "g03_kimputin_0916": "2023-09-16",
 "h01_kherson_1111": "2022-11-11T18:00:00+02:00",
 "h02_kherson_1112": "2022-11-12",
 "h03_kherson_1118": "2022-11-18",
}

C = dict
O, S, M, F, K, L, P = "other", "statement", "meeting", "ceasefire", "strike", "call", "capture"  # noqa: E741
DEV = dict(
 timex=[],
 clusters={
  # a: the US raid at Atmeh (night of 2-3 Feb 2022); the leader's death announced, Biden's and
  #    Austin's words, the Ghwayran prison attack, the Barisha raid of 2019 apart
  "atmeh_raid_0203": C(type=K, tight=D("2022-02-03"), outer=D("2022-02-02", "2022-02-03")),
  "qurashi_death_0203": C(type=O, tight=D("2022-02-03"), outer=D("2022-02-02", "2022-02-03")),
  "biden_words_0203": C(type=S, tight=D("2022-02-03"), outer=D("2022-02-03")),
  "austin_words_0204": C(type=S, tight=D("2022-02-04"), outer=D("2022-02-04")),
  "ghwayran_attack_0120": C(type=K, tight=D("2022-01-20"), outer=D("2022-01-20")),
  "barisha_raid_2019": C(type=K, tight=D("2019-10-26", "2019-10-27"), outer=D("2019-10-01", "2019-10-31")),
  # b: the missile strike on Kramatorsk station (8 Apr 2022); the Russian denial, Zelensky's
  #    words, the Mariupol shelling, the investigation, Bucha apart
  "kramatorsk_strike_0408": C(type=K, tight=D("2022-04-08"), outer=D("2022-04-08")),
  "russia_denial_0408": C(type=S, tight=D("2022-04-08"), outer=D("2022-04-08")),
  "zelensky_words_0408": C(type=S, tight=D("2022-04-08"), outer=D("2022-04-08")),
  "mariupol_shelling_0408": C(type=K, tight=D("2022-04-08"), outer=D("2022-04-08")),
  "investigation_0415": C(type=O, tight=D("2022-04-08", "2022-04-15"), outer=D("2022-04-08", "2022-04-15")),
  # c: Sara Duterte impeached by the House (5 Feb 2025); the referral, her words, the 2022 election apart
  "duterte_impeached_0205": C(type=O, tight=D("2025-02-05"), outer=D("2025-02-05")),
  "duterte_words_0207": C(type=S, tight=D("2025-02-07"), outer=D("2025-02-07")),
  "duterte_elected_2022": C(type=O, tight=D("2022-05-09"), outer=D("2022-05-01", "2022-05-31")),
  # d: Soledar taken (12 Jan 2023, announced the 13th); the denial, Prigozhin's claim, the next
  #    assault on Bakhmut apart
  "soledar_capture_0112": C(type=P, tight=D("2023-01-12"), outer=D("2023-01-12", "2023-01-13")),
  "ukraine_denial_0113": C(type=S, tight=D("2023-01-13"), outer=D("2023-01-13")),
  "prigozhin_claim_0111": C(type=S, tight=D("2023-01-11"), outer=D("2023-01-11")),
  "bakhmut_assault_0116": C(type=K, tight=D("2023-01-16"), outer=D("2023-01-16")),
  # e: the Biden-Xi call (28 Jul 2022); the March call, the Chinese spokesman, Pelosi's arrival,
  #    the drills apart
  "biden_xi_call_0728": C(type=L, tight=D("2022-07-28"), outer=D("2022-07-28")),
  "march_call_0318": C(type=L, tight=D("2022-03-18"), outer=D("2022-03-01", "2022-03-31")),
  "zhao_words_0729": C(type=S, tight=D("2022-07-29"), outer=D("2022-07-29")),
  "pelosi_arrival_0802": C(type=M, tight=D("2022-08-02"), outer=D("2022-08-02")),
  "china_drills_0804": C(type=O, tight=D("2022-08-04"), outer=D("2022-08-04")),
  # f: Operation Spiderweb (1 Jun 2025); the bridges, the Kyiv strike a week later, the Istanbul
  #    talks, Putin's words apart (B)
  "spiderweb_0601": C(type=K, tight=D("2025-06-01"), outer=D("2025-06-01")),
  "bridges_collapse_0531": C(type=O, tight=D("2025-05-31", "2025-06-01"), outer=D("2025-05-31", "2025-06-01")),
  "kyiv_strike_0606": C(type=K, tight=D("2025-06-05", "2025-06-06"), outer=D("2025-06-05", "2025-06-06")),
  "istanbul_talks_0602": C(type=M, tight=D("2025-06-02"), outer=D("2025-06-02")),
  "putin_words_0604": C(type=S, tight=D("2025-06-04"), outer=D("2025-06-04")),
  # g: Putin and Kim at Vostochny (13 Sep 2023); Kim's visit, the missile launch, the aircraft
  #    plant, Putin's words, the 2019 Vladivostok summit apart (B)
  "vostochny_summit_0913": C(type=M, tight=D("2023-09-13"), outer=D("2023-09-13")),
  "kim_visit_0912": C(type=M, tight=D("2023-09-12", "2023-09-17"), outer=D("2023-09-12", "2023-09-17")),
  "putin_words_0913": C(type=S, tight=D("2023-09-13"), outer=D("2023-09-13")),
  "missile_launch_0913": C(type=O, tight=D("2023-09-13"), outer=D("2023-09-13")),
  "plant_visit_0915": C(type=M, tight=D("2023-09-15"), outer=D("2023-09-15")),
  "vladivostok_summit_2019": C(type=M, tight=D("2019-04-25"), outer=D("2019-04-01", "2019-04-30")),
  # h: Ukrainian forces enter Kherson (11 Nov 2022); the Russian withdrawal, the Mykolaiv
  #    shelling, Zelensky's visit and words apart (B)
  "kherson_entry_1111": C(type=P, tight=D("2022-11-11"), outer=D("2022-11-11")),
  "russian_withdrawal_1111": C(type=O, tight=D("2022-11-09", "2022-11-11"), outer=D("2022-11-09", "2022-11-11")),
  "withdrawal_order_1109": C(type=O, tight=D("2022-11-09"), outer=D("2022-11-09")),
  "mykolaiv_shelling_1111": C(type=K, tight=D("2022-11-11"), outer=D("2022-11-11")),
  "zelensky_visit_1114": C(type=M, tight=D("2022-11-14"), outer=D("2022-11-14")),
  "zelensky_words_1111": C(type=S, tight=D("2022-11-11"), outer=D("2022-11-11")),
 },
 events=[
  ("atmeh_raid_0203", "a01_atmeh_0203", "قوات أمريكية خاصة تنفذ عملية إنزال في إدلب", 1, K),
  ("atmeh_raid_0203", "a01_atmeh_0203", "نفذت قوات أمريكية خاصة، فجر اليوم الخميس، عملية إنزال جوي في بلدة أطمة", 1, K),
  ("qurashi_death_0203", "a01_atmeh_0203", "وأعلن الرئيس الأمريكي جو بايدن لاحقا مقتل زعيم تنظيم الدولة الإسلامية", 1, O),
  ("ghwayran_attack_0120", "a01_atmeh_0203", "بعد أسبوعين من هجوم شنه التنظيم على سجن غويران", 1, K),
  ("qurashi_death_0203", "a02_atmeh_0204", "مقتل زعيم «داعش» في إنزال أمريكي", 1, O),
  ("atmeh_raid_0203", "a02_atmeh_0204", "شنت قوات أمريكية خاصة، فجر أمس الخميس، غارة على منزل في بلدة أطمة", 1, K),
  ("qurashi_death_0203", "a02_atmeh_0204", "انتهت بمقتل زعيم تنظيم «داعش»", 1, O),
  ("biden_words_0203", "a02_atmeh_0204", "وقال بايدن في كلمة من البيت الأبيض", 1, S),
  ("barisha_raid_2019", "a02_atmeh_0204", "منذ الهجوم الذي قتل فيه أبو بكر البغدادي في بلدة باريشا في أكتوبر 2019", 1, K),
  ("atmeh_raid_0203", "a03_atmeh_0210", "الإنزال الأمريكي في أطمة", 1, K),
  ("atmeh_raid_0203", "a03_atmeh_0210", "جرت العملية الأمريكية في بلدة أطمة ليل الأربعاء الخميس من الأسبوع الماضي", 1, K),
  ("austin_words_0204", "a03_atmeh_0210", "قال وزير الدفاع الأمريكي لويد أوستن", 1, S),
  ("ghwayran_attack_0120", "a03_atmeh_0210", "وكان التنظيم قد هاجم سجن غويران في الحسكة في 20 يناير الماضي", 1, K),

  ("kramatorsk_strike_0408", "b01_kramatorsk_0408", "قصف صاروخي على محطة قطارات كراماتورسك", 1, K),
  ("kramatorsk_strike_0408", "b01_kramatorsk_0408", "قُتل 39 شخصا على الأقل، اليوم الجمعة، في قصف صاروخي روسي استهدف محطة القطارات", 1, K),
  ("kramatorsk_strike_0408", "b01_kramatorsk_0408", "إن صاروخين أصابا المحطة", 1, K),
  ("russia_denial_0408", "b01_kramatorsk_0408", "ونفت وزارة الدفاع الروسية، في بيان، أن تكون قواتها قد نفذت أي ضربة", 1, S),
  ("kramatorsk_strike_0408", "b02_kramatorsk_0409", "ضربة كراماتورسك", 1, K),
  ("kramatorsk_strike_0408", "b02_kramatorsk_0409", "أصاب صاروخ روسي، صباح أمس الجمعة، ساحة محطة القطارات في كراماتورسك", 1, K),
  ("zelensky_words_0408", "b02_kramatorsk_0409", "ووصف الرئيس الأوكراني فولوديمير زيلينسكي الهجوم", 1, S),
  ("mariupol_shelling_0408", "b02_kramatorsk_0409", "قصفت القوات الروسية مساء أمس مدينة ماريوبول المحاصرة", 1, K),
  ("kramatorsk_strike_0408", "b03_kramatorsk_0415", "بعد أسبوع على استهداف محطة كراماتورسك بصاروخ", 1, K),
  ("investigation_0415", "b03_kramatorsk_0415", "إن مكتبها فتح تحقيقا في جريمة حرب", 1, O),

  ("duterte_impeached_0205", "c01_duterte_0205", "مجلس النواب الفلبيني يعزل نائبة الرئيس سارة دوتيرتي", 1, O),
  ("duterte_impeached_0205", "c01_duterte_0205", "عزل مجلس النواب الفلبيني، اليوم الأربعاء، نائبة الرئيس سارة دوتيرتي", 1, O),
  ("duterte_elected_2022", "c01_duterte_0205", "وكانت دوتيرتي قد فازت بمنصب نائبة الرئيس في انتخابات مايو 2022", 1, O),
  ("duterte_impeached_0205", "c02_duterte_0206", "عزل ابنة دوتيرتي", 1, O),
  ("duterte_impeached_0205", "c02_duterte_0206", "صوّت 215 نائبا في مجلس النواب الفلبيني، أمس الأربعاء، لصالح عزل نائبة الرئيس", 1, O),
  ("duterte_impeached_0205", "c03_duterte_0212", "بعد عزلها", 1, O),
  ("duterte_impeached_0205", "c03_duterte_0212", "بعد أن أقر مجلس النواب عزلها يوم الأربعاء الماضي", 1, O),
  ("duterte_words_0207", "c03_duterte_0212", "وقالت دوتيرتي للصحافيين يوم الجمعة", 1, S),

  ("soledar_capture_0112", "d01_soledar_0113", "موسكو تعلن السيطرة على سوليدار", 1, P),
  ("soledar_capture_0112", "d01_soledar_0113", "أعلنت وزارة الدفاع الروسية، اليوم الجمعة، أن قواتها سيطرت على بلدة سوليدار في شرق أوكرانيا مساء أمس الخميس", 1, P),
  ("ukraine_denial_0113", "d01_soledar_0113", "ونفى المتحدث باسم القيادة الشرقية للجيش الأوكراني سيرهي تشيريفاتي سقوط البلدة", 1, S),
  ("prigozhin_claim_0111", "d01_soledar_0113", "وكان رئيس مجموعة فاغنر يفغيني بريغوجين قد أعلن يوم الأربعاء", 1, S),
  ("soledar_capture_0112", "d02_soledar_0114", "سقوط سوليدار", 1, P),
  ("soledar_capture_0112", "d02_soledar_0114", "دخلت القوات الروسية بلدة سوليدار في إقليم دونيتسك، مساء الخميس", 1, P),
  ("soledar_capture_0112", "d03_soledar_0120", "بعد استيلاء القوات الروسية على سوليدار الأسبوع الماضي", 1, P),
  ("bakhmut_assault_0116", "d03_soledar_0120", "وشنت القوات الروسية يوم الاثنين هجوما جديدا على أطراف باخموت", 1, K),

  ("biden_xi_call_0728", "e01_bidenxi_0728", "بايدن وشي يجريان اتصالا هاتفيا", 1, L),
  ("biden_xi_call_0728", "e01_bidenxi_0728", "أجرى الرئيس الأمريكي جو بايدن ونظيره الصيني شي جين بينغ، اليوم الخميس، اتصالا هاتفيا", 1, L),
  ("march_call_0318", "e01_bidenxi_0728", "بعد مكالمة أجراها في مارس الماضي", 1, L),
  ("biden_xi_call_0728", "e02_bidenxi_0729", "بحث الرئيسان الأمريكي جو بايدن والصيني شي جين بينغ هاتفياً، أمس الخميس", 1, L),
  ("biden_xi_call_0728", "e02_bidenxi_0729", "وحذر شي خلال الاتصال", 1, L),
  ("zhao_words_0729", "e02_bidenxi_0729", "قال المتحدث باسم الخارجية الصينية تشاو لي جيان اليوم الجمعة", 1, S),
  ("biden_xi_call_0728", "e03_bidenxi_0804", "لم تمنع المكالمة التي جرت بين بايدن وشي يوم الخميس الماضي", 1, L),
  ("pelosi_arrival_0802", "e03_bidenxi_0804", "إذ وصلت رئيسة مجلس النواب الأمريكي نانسي بيلوسي إلى تايبيه مساء الثلاثاء", 1, M),
  ("china_drills_0804", "e03_bidenxi_0804", "وبدأ الجيش الصيني اليوم الخميس مناورات بالذخيرة الحية", 1, O),
  ("biden_xi_call_0728", "e03_bidenxi_0804", "وكان الرئيسان قد تحادثا لأكثر من ساعتين", 1, L),

  ("spiderweb_0601", "f01_spiderweb_0601", "أوكرانيا تضرب قاذفات روسية في عمق سيبيريا", 1, K),
  ("spiderweb_0601", "f01_spiderweb_0601", "نفذ جهاز الأمن الأوكراني، اليوم الأحد، عملية واسعة بطائرات مسيرة استهدفت أربع قواعد جوية روسية", 1, K),
  ("spiderweb_0601", "f01_spiderweb_0601", "وأكدت وزارة الدفاع الروسية في بيان تعرض مطارات في خمس مناطق لهجمات بمسيرات", 1, K),
  ("spiderweb_0601", "f02_spiderweb_0602", "ضربت مسيرات أوكرانية انطلقت من شاحنات داخل الأراضي الروسية، أمس الأحد، مطارات عسكرية", 1, K),
  ("bridges_collapse_0531", "f02_spiderweb_0602", "انهار جسران في منطقتي بريانسك وكورسك", 1, O),
  ("istanbul_talks_0602", "f02_spiderweb_0602", "وتبدأ اليوم الاثنين في إسطنبول جولة المحادثات الثانية بين الوفدين", 1, M),
  ("spiderweb_0601", "f03_spiderweb_0607", "بعد ستة أيام على الهجوم الأوكراني بالمسيرات على المطارات الروسية", 1, K),
  ("kyiv_strike_0606", "f03_spiderweb_0607", "شنت روسيا ليل الخميس الجمعة واحدا من أعنف هجماتها الجوية على كييف", 1, K),
  ("spiderweb_0601", "f03_spiderweb_0607", "وكان جهاز الأمن الأوكراني قد قصف الأحد الماضي قاذفات استراتيجية في أربع قواعد", 1, K),
  ("putin_words_0604", "f03_spiderweb_0607", "وقال الرئيس الروسي فلاديمير بوتين يوم الأربعاء", 1, S),

  ("vostochny_summit_0913", "g01_kimputin_0913", "التقى الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون، اليوم الأربعاء", 1, M),
  ("vostochny_summit_0913", "g01_kimputin_0913", "وعقد الزعيمان محادثات استمرت أكثر من أربع ساعات", 1, M),
  ("kim_visit_0912", "g01_kimputin_0913", "ووصل كيم إلى روسيا أمس الثلاثاء على متن قطاره المصفح في زيارة", 1, M),
  ("vladivostok_summit_2019", "g01_kimputin_0913", "وكان الزعيمان قد التقيا للمرة الأولى في فلاديفوستوك في أبريل 2019", 1, M),
  ("vostochny_summit_0913", "g02_kimputin_0914", "قمة في الشرق الأقصى", 1, M),
  ("vostochny_summit_0913", "g02_kimputin_0914", "عقد الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون، أمس الأربعاء، قمة", 1, M),
  ("putin_words_0913", "g02_kimputin_0914", "وقال بوتين للصحفيين", 1, S),
  ("missile_launch_0913", "g02_kimputin_0914", "وأطلقت كوريا الشمالية صاروخين باليستيين قبل ساعات من القمة", 1, O),
  ("plant_visit_0915", "g03_kimputin_0916", "زار الزعيم الكوري الشمالي كيم جونغ أون، أمس الجمعة، مصنعا للطائرات الحربية", 1, M),
  ("vostochny_summit_0913", "g03_kimputin_0916", "بعد يومين من اجتماعه مع الرئيس فلاديمير بوتين في فوستوتشني الأربعاء الماضي", 1, M),

  ("kherson_entry_1111", "h01_kherson_1111", "القوات الأوكرانية تدخل خيرسون", 1, P),
  ("kherson_entry_1111", "h01_kherson_1111", "دخلت القوات الأوكرانية، اليوم الجمعة، مدينة خيرسون في جنوب البلاد", 1, P),
  ("russian_withdrawal_1111", "h01_kherson_1111", "بعد ساعات من إعلان موسكو إتمام انسحاب قواتها إلى الضفة الشرقية لنهر دنيبرو", 1, O),
  ("zelensky_words_1111", "h01_kherson_1111", "وقال الرئيس فولوديمير زيلينسكي في خطاب مسائي", 1, S),
  ("withdrawal_order_1109", "h01_kherson_1111", "وكان وزير الدفاع الروسي سيرغي شويغو قد أمر بالانسحاب يوم الأربعاء", 1, O),
  ("kherson_entry_1111", "h02_kherson_1112", "أوكرانيا تستعيد خيرسون", 1, P),
  ("kherson_entry_1111", "h02_kherson_1112", "استعادت القوات الأوكرانية، أمس الجمعة، السيطرة على مدينة خيرسون", 1, P),
  ("russian_withdrawal_1111", "h02_kherson_1112", "وأعلنت وزارة الدفاع الروسية أمس أن آخر جندي روسي عبر النهر فجرا", 1, O),
  ("mykolaiv_shelling_1111", "h02_kherson_1112", "قصفت القوات الروسية مدينة ميكولايف المجاورة", 1, K),
  ("zelensky_visit_1114", "h03_kherson_1118", "زار الرئيس الأوكراني فولوديمير زيلينسكي، يوم الاثنين، مدينة خيرسون", 1, M),
  ("kherson_entry_1111", "h03_kherson_1118", "بعد ثلاثة أيام من تحريرها", 1, P),
  ("kherson_entry_1111", "h03_kherson_1118", "وكانت القوات الأوكرانية قد وصلت إلى وسط المدينة يوم الجمعة الماضي", 1, P),
 ],
 diff=[
  ("atmeh_raid_0203", "ghwayran_attack_0120"), ("atmeh_raid_0203", "barisha_raid_2019"),
  ("atmeh_raid_0203", "qurashi_death_0203"), ("atmeh_raid_0203", "biden_words_0203"),
  ("ghwayran_attack_0120", "barisha_raid_2019"), ("biden_words_0203", "austin_words_0204"),
  ("kramatorsk_strike_0408", "mariupol_shelling_0408"), ("kramatorsk_strike_0408", "russia_denial_0408"),
  ("kramatorsk_strike_0408", "zelensky_words_0408"), ("russia_denial_0408", "zelensky_words_0408"),
  ("kramatorsk_strike_0408", "investigation_0415"),
  ("duterte_impeached_0205", "duterte_elected_2022"), ("duterte_impeached_0205", "duterte_words_0207"),
  ("soledar_capture_0112", "ukraine_denial_0113"), ("soledar_capture_0112", "prigozhin_claim_0111"),
  ("soledar_capture_0112", "bakhmut_assault_0116"), ("ukraine_denial_0113", "prigozhin_claim_0111"),
  ("biden_xi_call_0728", "march_call_0318"), ("biden_xi_call_0728", "zhao_words_0729"),
  ("biden_xi_call_0728", "pelosi_arrival_0802"), ("pelosi_arrival_0802", "china_drills_0804"),
  ("spiderweb_0601", "kyiv_strike_0606"), ("spiderweb_0601", "bridges_collapse_0531"),
  ("spiderweb_0601", "istanbul_talks_0602"), ("spiderweb_0601", "putin_words_0604"),
  ("vostochny_summit_0913", "kim_visit_0912"), ("vostochny_summit_0913", "plant_visit_0915"),
  ("vostochny_summit_0913", "vladivostok_summit_2019"), ("vostochny_summit_0913", "putin_words_0913"),
  ("vostochny_summit_0913", "missile_launch_0913"), ("kim_visit_0912", "plant_visit_0915"),
  ("kherson_entry_1111", "russian_withdrawal_1111"), ("kherson_entry_1111", "mykolaiv_shelling_1111"),
  ("kherson_entry_1111", "zelensky_visit_1114"), ("kherson_entry_1111", "zelensky_words_1111"),
  ("russian_withdrawal_1111", "withdrawal_order_1109"),
 ],
 before=[
  ("barisha_raid_2019", "ghwayran_attack_0120"), ("ghwayran_attack_0120", "atmeh_raid_0203"),
  ("biden_words_0203", "austin_words_0204"),
  ("kramatorsk_strike_0408", "investigation_0415"),
  ("duterte_elected_2022", "duterte_impeached_0205"), ("duterte_impeached_0205", "duterte_words_0207"),
  ("prigozhin_claim_0111", "soledar_capture_0112"), ("soledar_capture_0112", "bakhmut_assault_0116"),
  ("march_call_0318", "biden_xi_call_0728"), ("biden_xi_call_0728", "pelosi_arrival_0802"),
  ("pelosi_arrival_0802", "china_drills_0804"),
  ("spiderweb_0601", "istanbul_talks_0602"), ("istanbul_talks_0602", "putin_words_0604"),
  ("putin_words_0604", "kyiv_strike_0606"),
  ("vladivostok_summit_2019", "vostochny_summit_0913"), ("vostochny_summit_0913", "plant_visit_0915"),
  ("withdrawal_order_1109", "kherson_entry_1111"), ("kherson_entry_1111", "zelensky_visit_1114"),
 ],
)
