"""Gold events for tests/devmerge (a development set; format as ../devrefs/spec.py).

  clusters: cluster -> dict(type, tight, outer): the real date (tight) and what the texts
            still allow (outer).
  events rows: (cluster, doc, surface, occurrence, type): the clause carrying the trigger,
            or the reference (a definite noun, a statement's content) that names it.
  diff:   cluster pairs of one type that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts.
Time expressions are not annotated here (``timex`` is empty): the set scores events only.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "a1_bidenxi_0402": "2024-04-02T22:00:00+08:00",
 "a2_bidenxi_0403": "2024-04-03",
 "a3_bidenxi_0403": "2024-04-03",
 "a4_bidennetanyahu_0405": "2024-04-05",
 "b1_popesistani_0306": "2021-03-06T12:30:00+03:00",
 "b2_popesistani_0307": "2021-03-07",
 "b3_popesistani_0308": "2021-03-08T18:00:00+02:00",
 "c1_saudichina_1208": "2022-12-08T20:00:00+03:00",
 "c2_saudichina_1209": "2022-12-09",
 "c3_gulfchina_1210": "2022-12-10",
 "d1_kharkiv_0523": "2024-05-23T17:00:00+03:00",
 "d2_kharkiv_0524": "2024-05-24",
 "d3_kharkiv_0525": "2024-05-25T21:00:00+03:00",
 "d4_kharkiv_0526": "2024-05-26T12:00:00+03:00",
 "e1_unga_0510": "2024-05-10T23:00:00+03:00",
 "e2_unga_0511": "2024-05-11",
 "e3_unga_0512": "2024-05-12",
 "f1_opec_1005": "2022-10-05T16:00:00+02:00",
 "f2_opec_1006": "2022-10-06",
 "f3_opec_0403": "2023-04-03",
 "g1_ugtt_0616": "2022-06-16T09:00:00+01:00",
 "g2_ugtt_0616": "2022-06-16T15:00:00+01:00",
 "g3_ugtt_0617": "2022-06-17",
 "h1_swedenvote_0226": "2024-02-26T18:00:00+01:00",
 "h2_swedensign_0306": "2024-03-06",
 "h3_swedenjoins_0307": "2024-03-07T22:00:00+03:00",
 "h4_swedenjoins_0308": "2024-03-08",
 "i1_erdogancairo_0215": "2024-02-15",
 "i2_erdogancairo_0214": "2024-02-14T18:00:00+03:00",
 "i3_sisiankara_0905": "2024-09-05",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Biden's calls, April 2024
  "bidenxi_call_0402": C(type="call", tight=D("2024-04-02"), outer=D("2024-04-01", "2024-04-03")),
  "biden_netanyahu_call_0404": C(type="call", tight=D("2024-04-04"), outer=D("2024-04-04")),
  "sanfrancisco_summit_202311": C(type="meeting", tight=D("2023-11-15"), outer=D("2023-11-01", "2023-11-30")),
  # Pope Francis in Iraq, March 2021
  "pope_sistani_0306": C(type="meeting", tight=D("2021-03-06"), outer=D("2021-03-06")),
  "ur_interfaith_0306": C(type="meeting", tight=D("2021-03-06"), outer=D("2021-03-06")),
  "pope_salih_0305": C(type="meeting", tight=D("2021-03-05"), outer=D("2021-03-05")),
  "pope_arrival_0305": C(type="other", tight=D("2021-03-05"), outer=D("2021-03-05")),
  "pope_departure_0308": C(type="other", tight=D("2021-03-08"), outer=D("2021-03-08")),
  # Xi Jinping in Riyadh, December 2022
  "saudi_china_summit_1208": C(type="meeting", tight=D("2022-12-08"), outer=D("2022-12-08")),
  "partnership_signing_1208": C(type="other", tight=D("2022-12-08"), outer=D("2022-12-08")),
  "investment_deals_1208": C(type="other", tight=D("2022-12-08"), outer=D("2022-12-08")),
  "gulf_china_summit_1209": C(type="meeting", tight=D("2022-12-09"), outer=D("2022-12-09")),
  "arab_china_summit_1209": C(type="meeting", tight=D("2022-12-09"), outer=D("2022-12-09")),
  # Kharkiv, May 2024
  "kharkiv_printing_0523": C(type="strike", tight=D("2024-05-23"), outer=D("2024-05-23")),
  "kharkiv_epicentr_0525": C(type="strike", tight=D("2024-05-25"), outer=D("2024-05-25")),
  "kharkiv_offensive_0510": C(type="strike", tight=D("2024-05-10"), outer=D("2024-05-10")),
  # Palestine at the UN, 2024
  "unga_vote_0510": C(type="other", tight=D("2024-05-10"), outer=D("2024-05-10")),
  "unsc_veto_0418": C(type="other", tight=D("2024-04-18"), outer=D("2024-04-01", "2024-04-30")),
  # OPEC+ cuts
  "opec_cut_1005": C(type="other", tight=D("2022-10-05"), outer=D("2022-10-05")),
  "opec_meeting_1005": C(type="meeting", tight=D("2022-10-05"), outer=D("2022-10-05")),
  "voluntary_cut_0402": C(type="other", tight=D("2023-04-02"), outer=D("2023-04-02")),
  # Tunisian general strikes
  "ugtt_strike_0616": C(type="other", tight=D("2022-06-16"), outer=D("2022-06-16")),
  "ugtt_strike_20190117": C(type="other", tight=D("2019-01-17"), outer=D("2019-01-17")),
  # Sweden joins NATO
  "turkey_ratification_202401": C(type="other", tight=D("2024-01-23"), outer=D("2024-01-01", "2024-01-31")),
  "hungary_vote_0226": C(type="other", tight=D("2024-02-26"), outer=D("2024-02-26")),
  "hungary_signing_0305": C(type="other", tight=D("2024-03-05"), outer=D("2024-03-05")),
  "sweden_joins_0307": C(type="other", tight=D("2024-03-07"), outer=D("2024-03-07")),
  "finland_joins_202304": C(type="other", tight=D("2023-04-04"), outer=D("2023-04-01", "2023-04-30")),
  # Erdogan and Sisi
  "erdogan_sisi_cairo_0214": C(type="meeting", tight=D("2024-02-14"), outer=D("2024-02-14")),
  "erdogan_cairo_visit_0214": C(type="other", tight=D("2024-02-14"), outer=D("2024-02-01", "2024-02-29")),
  "cairo_declaration_0214": C(type="other", tight=D("2024-02-14"), outer=D("2024-02-14")),
  "sisi_erdogan_ankara_0904": C(type="meeting", tight=D("2024-09-04"), outer=D("2024-09-04")),
  "ankara_agreements_0904": C(type="other", tight=D("2024-09-04"), outer=D("2024-09-04")),
 },
 events=[
  # a1
  ("bidenxi_call_0402", "a1_bidenxi_0402", "أجرى الرئيس الصيني شي جين بينغ اليوم (الثلاثاء) مكالمة هاتفية مع الرئيس الأمريكي جو بايدن", 1, "call"),
  ("sanfrancisco_summit_202311", "a1_bidenxi_0402", "خلال لقائهما في سان فرانسيسكو", 1, "meeting"),
  # a2
  ("bidenxi_call_0402", "a2_bidenxi_0403", "بايدن وشى يبحثان هاتفيا تايوان والتجارة", 1, "call"),
  ("bidenxi_call_0402", "a2_bidenxi_0403", "بحث الرئيس الأمريكى جو بايدن ونظيره الصينى شى جين بينج، أمس الثلاثاء، فى اتصال هاتفى", 1, "call"),
  ("bidenxi_call_0402", "a2_bidenxi_0403", "ويعد الاتصال الأول بين الزعيمين", 1, "call"),
  ("sanfrancisco_summit_202311", "a2_bidenxi_0403", "منذ قمتهما فى ولاية كاليفورنيا فى نوفمبر الماضى", 1, "meeting"),
  # a3
  ("bidenxi_call_0402", "a3_bidenxi_0403", "المكالمة التي جرت بين الرئيس الأمريكي ونظيره الصيني", 1, "call"),
  ("bidenxi_call_0402", "a3_bidenxi_0403", "الاتصال الهاتفي بين واشنطن وبكين", 1, "call"),
  # a4
  ("biden_netanyahu_call_0404", "a4_bidennetanyahu_0405", "هدد الرئيس الأمريكي جو بايدن، أمس (الخميس)، رئيس الوزراء الإسرائيلي بنيامين نتنياهو بتغيير سياسة واشنطن تجاه الحرب في غزة، خلال اتصال هاتفي", 1, "call"),
  ("biden_netanyahu_call_0404", "a4_bidennetanyahu_0405", "وطالب بايدن خلال المكالمة", 1, "call"),
  ("bidenxi_call_0402", "a4_bidennetanyahu_0405", "وكان بايدن قد أجرى يوم الثلاثاء اتصالا مع الرئيس الصيني شي جين بينغ", 1, "call"),
  # b1
  ("pope_sistani_0306", "b1_popesistani_0306", "التقى البابا فرنسيس صباح اليوم السبت المرجع الشيعي الأعلى في العراق آية الله العظمى علي السيستاني", 1, "meeting"),
  ("pope_sistani_0306", "b1_popesistani_0306", "واستمر اللقاء نحو خمسين دقيقة", 1, "meeting"),
  ("ur_interfaith_0306", "b1_popesistani_0306", "يشارك في لقاء بين الأديان", 1, "meeting"),
  ("pope_arrival_0305", "b1_popesistani_0306", "وكان البابا قد وصل أمس الجمعة إلى بغداد", 1, "other"),
  # b2
  ("pope_sistani_0306", "b2_popesistani_0307", "السيستاني يستقبل بابا الفاتيكان في النجف الأشرف", 1, "meeting"),
  ("pope_sistani_0306", "b2_popesistani_0307", "استقبل المرجع الديني الأعلى سماحة السيد علي الحسيني السيستاني، أمس السبت، الحبر الأعظم البابا فرنسيس", 1, "meeting"),
  ("pope_sistani_0306", "b2_popesistani_0307", "وعقب اللقاء", 1, "meeting"),
  ("ur_interfaith_0306", "b2_popesistani_0307", "حيث ترأس لقاء للأديان", 1, "meeting"),
  ("pope_salih_0305", "b2_popesistani_0307", "وكان رئيس الجمهورية برهم صالح قد استقبل البابا يوم الجمعة في قصر بغداد", 1, "meeting"),
  # b3
  ("pope_departure_0308", "b3_popesistani_0308", "اختتم البابا فرنسيس اليوم الاثنين زيارته إلى العراق", 1, "other"),
  ("pope_sistani_0306", "b3_popesistani_0308", "اللقاء الذي جمع رأس الكنيسة الكاثوليكية بالمرجع الشيعي الأعلى في النجف يوم السبت", 1, "meeting"),
  # c1
  ("saudi_china_summit_1208", "c1_saudichina_1208", "عقد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، اليوم، القمة السعودية الصينية", 1, "meeting"),
  ("partnership_signing_1208", "c1_saudichina_1208", "ووقع خادم الحرمين الشريفين وفخامة الرئيس الصيني، اتفاقية الشراكة الاستراتيجية الشاملة", 1, "other"),
  ("saudi_china_summit_1208", "c1_saudichina_1208", "وحضر القمة", 1, "meeting"),
  # c2
  ("partnership_signing_1208", "c2_saudichina_1209", "السعودية والصين توقعان اتفاقية شراكة استراتيجية شاملة", 1, "other"),
  ("saudi_china_summit_1208", "c2_saudichina_1209", "شهدت العاصمة السعودية الرياض أمس قمة سعودية صينية", 1, "meeting"),
  ("partnership_signing_1208", "c2_saudichina_1209", "وقع خلالها العاهل السعودى الملك سلمان بن عبد العزيز والرئيس الصينى شى جين بينج اتفاقية للشراكة الاستراتيجية الشاملة", 1, "other"),
  ("investment_deals_1208", "c2_saudichina_1209", "كما وقع البلدان 34 اتفاقية استثمارية", 1, "other"),
  ("gulf_china_summit_1209", "c2_saudichina_1209", "وتعقد اليوم الجمعة فى الرياض القمة الخليجية الصينية الأولى", 1, "meeting"),
  ("arab_china_summit_1209", "c2_saudichina_1209", "تليها القمة العربية الصينية", 1, "meeting"),
  # c3
  ("gulf_china_summit_1209", "c3_gulfchina_1210", "اختتمت، أمس الجمعة 9 دجنبر، بالعاصمة السعودية الرياض أشغال القمة الخليجية الصينية الأولى", 1, "meeting"),
  ("gulf_china_summit_1209", "c3_gulfchina_1210", "وانعقدت القمة الخليجية الصينية غداة", 1, "meeting"),
  ("saudi_china_summit_1208", "c3_gulfchina_1210", "القمة السعودية الصينية التي احتضنها قصر اليمامة يوم الخميس 8 دجنبر", 1, "meeting"),
  ("partnership_signing_1208", "c3_gulfchina_1210", "والتي شهدت توقيع اتفاقية الشراكة الاستراتيجية الشاملة بين الرياض وبكين", 1, "other"),
  # d1
  ("kharkiv_printing_0523", "d1_kharkiv_0523", "جراء قصف صاروخي روسي استهدف مطبعة في مدينة خاركيف", 1, "strike"),
  ("kharkiv_printing_0523", "d1_kharkiv_0523", "إن الضربة دمرت دار الطباعة", 1, "strike"),
  ("kharkiv_printing_0523", "d1_kharkiv_0523", "أن القوات الروسية أطلقت 15 صاروخا على المدينة ومحيطها", 1, "strike"),
  # d2
  ("kharkiv_printing_0523", "d2_kharkiv_0524", "ارتفعت حصيلة الهجوم الصاروخي الروسي على مطبعة في خاركوف، أمس (الخميس)", 1, "strike"),
  ("kharkiv_printing_0523", "d2_kharkiv_0524", "إن روسيا استهدفت", 1, "strike"),
  ("kharkiv_offensive_0510", "d2_kharkiv_0524", "منذ أن شنت القوات الروسية هجوما بريا في المنطقة في العاشر من مايو الجاري", 1, "strike"),
  # d3
  ("kharkiv_epicentr_0525", "d3_kharkiv_0525", "غارة روسية على متجر كبير في خاركيف", 1, "strike"),
  ("kharkiv_epicentr_0525", "d3_kharkiv_0525", "قصفت القوات الروسية، اليوم السبت، مركزا تجاريا كبيرا", 1, "strike"),
  ("kharkiv_epicentr_0525", "d3_kharkiv_0525", "إن قنبلتين موجهتين أصابتا المتجر", 1, "strike"),
  ("kharkiv_epicentr_0525", "d3_kharkiv_0525", "ويأتي الهجوم بعد يومين", 1, "strike"),
  ("kharkiv_printing_0523", "d3_kharkiv_0525", "من ضربة صاروخية على مطبعة في المدينة نفسها", 1, "strike"),
  # d4
  ("kharkiv_epicentr_0525", "d4_kharkiv_0526", "ارتفاع حصيلة قتلى الضربة على متجر «إبيسنتر» في خاركيف إلى 16", 1, "strike"),
  ("kharkiv_epicentr_0525", "d4_kharkiv_0526", "الضربة الروسية التي استهدفت أمس السبت متجرا لمواد البناء في خاركيف", 1, "strike"),
  ("kharkiv_epicentr_0525", "d4_kharkiv_0526", "ووصف زيلينسكي القصف", 1, "strike"),
  # e1
  ("unga_vote_0510", "e1_unga_0510", "اعتمدت الجمعية العامة للأمم المتحدة اليوم الجمعة بأغلبية 143 صوتا قرارا", 1, "other"),
  ("unga_vote_0510", "e1_unga_0510", "ويأتي القرار بعد", 1, "other"),
  ("unsc_veto_0418", "e1_unga_0510", "أن استخدمت الولايات المتحدة حق النقض (الفيتو) في مجلس الأمن في 18 أبريل الماضي", 1, "other"),
  # e2
  ("unga_vote_0510", "e2_unga_0511", "بتصويت الجمعية العامة للأمم المتحدة، أمس، بأغلبية ساحقة", 1, "other"),
  ("unga_vote_0510", "e2_unga_0511", "التي صوتت لصالح القرار", 1, "other"),
  ("unga_vote_0510", "e2_unga_0511", "معتبرا أن هذا التصويت", 1, "other"),
  # e3
  ("unga_vote_0510", "e3_unga_0512", "تصويت الجمعية العامة للأمم المتحدة يوم الجمعة الماضي", 1, "other"),
  ("unsc_veto_0418", "e3_unga_0512", "مشروع القرار الذي أسقطه الفيتو الأمريكي في مجلس الأمن", 1, "other"),
  ("unsc_veto_0418", "e3_unga_0512", "بعد أن صوتت لصالحه 12 دولة", 1, "other"),
  # f1
  ("opec_cut_1005", "f1_opec_1005", "اتفقت مجموعة أوبك+ اليوم الأربعاء على خفض إنتاجها النفطي بمقدار مليوني برميل يوميا", 1, "other"),
  ("opec_cut_1005", "f1_opec_1005", "وجاء القرار", 1, "other"),
  ("opec_meeting_1005", "f1_opec_1005", "أول اجتماع حضوري للمجموعة في مقرها بفيينا", 1, "meeting"),
  # f2
  ("opec_cut_1005", "f2_opec_1006", "قرار تحالف «أوبك+» أمس خفض الإنتاج بمقدار مليوني برميل يوميا", 1, "other"),
  ("opec_meeting_1005", "f2_opec_1006", "عقب الاجتماع الوزاري في فيينا", 1, "meeting"),
  # f3
  ("voluntary_cut_0402", "f3_opec_0403", "أعلنت المملكة العربية السعودية ودول أخرى في تحالف «أوبك+»، أمس الأحد، خفضا طوعيا لإنتاجها النفطي", 1, "other"),
  ("opec_cut_1005", "f3_opec_0403", "خفض مليوني برميل يوميا قرره التحالف في اجتماعه في أكتوبر الماضي", 1, "other"),
  # g1
  ("ugtt_strike_0616", "g1_ugtt_0616", "شلل في المؤسسات العمومية مع انطلاق الإضراب العام", 1, "other"),
  ("ugtt_strike_0616", "g1_ugtt_0616", "ينفذ الاتحاد العام التونسي للشغل اليوم الخميس 16 جوان 2022 إضرابا عاما", 1, "other"),
  ("ugtt_strike_0616", "g1_ugtt_0616", "إن الإضراب", 1, "other"),
  # g2
  ("ugtt_strike_0616", "g2_ugtt_0616", "شهدت تونس الخميس إضرابا عاما في القطاع العام", 1, "other"),
  ("ugtt_strike_0616", "g2_ugtt_0616", "ويأتي الإضراب في ظل", 1, "other"),
  # g3
  ("ugtt_strike_0616", "g3_ugtt_0617", "نجاح الإضراب الذي نفذته أمس الخميس في المؤسسات العمومية", 1, "other"),
  ("ugtt_strike_20190117", "g3_ugtt_0617", "وكان آخر إضراب عام في الوظيفة العمومية بتونس قد نُفذ في 17 جانفي 2019", 1, "other"),
  # h1
  ("hungary_vote_0226", "h1_swedenvote_0226", "صادق البرلمان المجري اليوم الاثنين على انضمام السويد إلى حلف شمال الأطلسي", 1, "other"),
  ("hungary_vote_0226", "h1_swedenvote_0226", "وأيد 188 نائبا الانضمام", 1, "other"),
  ("turkey_ratification_202401", "h1_swedenvote_0226", "وكانت تركيا قد صادقت على انضمام السويد في يناير الماضي", 1, "other"),
  # h2
  ("hungary_signing_0305", "h2_swedensign_0306", "وقع الرئيس المجري تاماس شويوك، أمس (الثلاثاء)، قانون المصادقة على انضمام السويد", 1, "other"),
  ("hungary_vote_0226", "h2_swedensign_0306", "وكان البرلمان المجري قد صوت على الانضمام في 26 فبراير الماضي", 1, "other"),
  # h3
  ("sweden_joins_0307", "h3_swedenjoins_0307", "السويد تنضم رسميا إلى حلف الناتو", 1, "other"),
  ("sweden_joins_0307", "h3_swedenjoins_0307", "أصبحت السويد، اليوم الخميس، العضو الثاني والثلاثين في حلف شمال الأطلسي", 1, "other"),
  ("sweden_joins_0307", "h3_swedenjoins_0307", "سلم رئيس الوزراء أولف كريسترسون وثيقة الانضمام", 1, "other"),
  ("sweden_joins_0307", "h3_swedenjoins_0307", "وجاء الانضمام بعد يومين", 1, "other"),
  ("hungary_signing_0305", "h3_swedenjoins_0307", "من توقيع الرئيس المجري قانون المصادقة", 1, "other"),
  ("hungary_vote_0226", "h3_swedenjoins_0307", "الذي أقره البرلمان في بودابست", 1, "other"),
  # h4
  ("sweden_joins_0307", "h4_swedenjoins_0308", "انضمت المملكة السويدية رسميا إلى حلف شمال الأطلسي، أمس الخميس 7 مارس", 1, "other"),
  ("sweden_joins_0307", "h4_swedenjoins_0308", "ويأتي الانضمام السويدي", 1, "other"),
  ("finland_joins_202304", "h4_swedenjoins_0308", "انضمام فنلندا المجاورة في أبريل 2023", 1, "other"),
  # i1
  ("erdogan_cairo_visit_0214", "i1_erdogancairo_0215", "السيسى يستقبل أردوغان فى قصر الاتحادية", 1, "other"),
  ("erdogan_cairo_visit_0214", "i1_erdogancairo_0215", "استقبل الرئيس عبد الفتاح السيسى، أمس الأربعاء، الرئيس التركى رجب طيب أردوغان فى قصر الاتحادية", 1, "other"),
  ("erdogan_sisi_cairo_0214", "i1_erdogancairo_0215", "وعقد الرئيسان جلسة مباحثات ثنائية", 1, "meeting"),
  ("cairo_declaration_0214", "i1_erdogancairo_0215", "ووقع الجانبان إعلانا مشتركا", 1, "other"),
  # i2
  ("erdogan_cairo_visit_0214", "i2_erdogancairo_0214", "وصل الرئيس التركي رجب طيب أردوغان، اليوم الأربعاء، إلى العاصمة المصرية القاهرة", 1, "other"),
  ("erdogan_sisi_cairo_0214", "i2_erdogancairo_0214", "والتقى أردوغان والسيسي في قصر الاتحادية الرئاسي", 1, "meeting"),
  ("erdogan_sisi_cairo_0214", "i2_erdogancairo_0214", "حيث عقدا لقاء ثنائيا", 1, "meeting"),
  # i3
  ("sisi_erdogan_ankara_0904", "i3_sisiankara_0905", "أجرى الرئيس المصري عبد الفتاح السيسي، أمس (الأربعاء)، محادثات مع نظيره التركي رجب طيب أردوغان", 1, "meeting"),
  ("ankara_agreements_0904", "i3_sisiankara_0905", "ووقعا 17 اتفاقية", 1, "other"),
  ("erdogan_cairo_visit_0214", "i3_sisiankara_0905", "بعد زيارة أردوغان إلى القاهرة في فبراير الماضي", 1, "other"),
 ],
 diff=[
  ("bidenxi_call_0402", "biden_netanyahu_call_0404"),
  ("pope_sistani_0306", "ur_interfaith_0306"),
  ("pope_sistani_0306", "pope_salih_0305"),
  ("ur_interfaith_0306", "pope_salih_0305"),
  ("saudi_china_summit_1208", "gulf_china_summit_1209"),
  ("gulf_china_summit_1209", "arab_china_summit_1209"),
  ("partnership_signing_1208", "investment_deals_1208"),
  ("kharkiv_printing_0523", "kharkiv_epicentr_0525"),
  ("kharkiv_offensive_0510", "kharkiv_printing_0523"),
  ("unga_vote_0510", "unsc_veto_0418"),
  ("opec_cut_1005", "voluntary_cut_0402"),
  ("ugtt_strike_0616", "ugtt_strike_20190117"),
  ("hungary_vote_0226", "hungary_signing_0305"),
  ("hungary_signing_0305", "sweden_joins_0307"),
  ("sweden_joins_0307", "finland_joins_202304"),
  ("hungary_vote_0226", "turkey_ratification_202401"),
  ("erdogan_sisi_cairo_0214", "sisi_erdogan_ankara_0904"),
  ("cairo_declaration_0214", "ankara_agreements_0904"),
 ],
 before=[
  ("bidenxi_call_0402", "biden_netanyahu_call_0404"),
  ("pope_salih_0305", "pope_sistani_0306"),
  ("pope_sistani_0306", "pope_departure_0308"),
  ("saudi_china_summit_1208", "gulf_china_summit_1209"),
  ("kharkiv_printing_0523", "kharkiv_epicentr_0525"),
  ("unsc_veto_0418", "unga_vote_0510"),
  ("opec_cut_1005", "voluntary_cut_0402"),
  ("ugtt_strike_20190117", "ugtt_strike_0616"),
  ("hungary_vote_0226", "hungary_signing_0305"),
  ("hungary_signing_0305", "sweden_joins_0307"),
  ("finland_joins_202304", "sweden_joins_0307"),
  ("erdogan_sisi_cairo_0214", "sisi_erdogan_ankara_0904"),
 ],
)
