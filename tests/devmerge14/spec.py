"""Gold events for tests/devmerge14, part A (a development set; format as ../devmerge3/spec.py).

  clusters: cluster -> dict(type, tight, outer): the real date (tight) and what the texts
            still allow (outer).
  events rows: (cluster, doc, surface, occurrence, type): the clause carrying the trigger,
            or the reference (a definite noun, a statement's content) that names it.
  diff:   cluster pairs of one type that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts (phases of one day included).
Time expressions are not annotated here (``timex`` is empty): the set scores events only.
Part B (other stories, other outlets) is ``partb/spec.py``.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "z1_london_0316": "2022-03-16T18:00:00+00:00",
 "z2_london_0318": "2022-03-18",
 "z3_london_0321": "2022-03-21T14:00:00+00:00",
 "w1_kourou_1225": "2021-12-25T16:00:00+00:00",
 "w2_washington_1226": "2021-12-26",
 "w3_washington_0124": "2022-01-24T22:00:00+00:00",
 "w4_washington_0713": "2022-07-13",
 "p1_london_0409": "2021-04-09T14:00:00+01:00",
 "p2_london_0411": "2021-04-11",
 "p3_windsor_0417": "2021-04-17T19:00:00+01:00",
 "b1_abudhabi_0522": "2022-05-22T21:00:00+04:00",
 "b2_tripoli_0523": "2022-05-23",
 "b3_cairo_0528": "2022-05-28",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Zaghari-Ratcliffe and Ashoori freed together (16 March 2022), Tahbaz's furlough the same day
  # and his return to prison (18th), Truss's words; the arrival (17th) and Nazanin's words (21st);
  # the debt paid; the arrest (April 2016), the house arrest lifted (7 March 2021), the second sentence (26
  # April 2021)
  "zr_release_0316": C(type="other", tight=D("2022-03-16"), outer=D("2022-03-16")),
  "tahbaz_furlough_0316": C(type="other", tight=D("2022-03-16"), outer=D("2022-03-16")),
  "uk_debt_paid_0316": C(type="other", tight=D("2022-03-16"), outer=D("2022-03-01", "2022-03-16")),
  "truss_words_0316": C(type="statement", tight=D("2022-03-16"), outer=D("2022-03-16")),
  "tahbaz_returned_0318": C(type="other", tight=D("2022-03-18"), outer=D("2022-03-18")),
  "zr_arrival_0317": C(type="other", tight=D("2022-03-17"), outer=D("2022-03-17")),
  "zr_words_0321": C(type="statement", tight=D("2022-03-21"), outer=D("2022-03-21")),
  "zr_arrest_2016": C(type="other", tight=D("2016-04-03"), outer=D("2016-04-01", "2016-04-30")),
  "zr_house_arrest_lifted_0307": C(type="other", tight=D("2021-03-07"), outer=D("2021-03-01", "2021-03-31")),
  "zr_second_sentence_0426": C(type="other", tight=D("2021-04-26"), outer=D("2021-04-01", "2021-04-30")),
  # James Webb: launched from Kourou (25 December 2021), the last postponement (21st), Nelson's
  # words; the mirror opened (8 January 2022), the final orbit (24th); Biden unveils the first
  # image (11 July), NASA publishes the full images (12th)
  "webb_launch_1225": C(type="other", tight=D("2021-12-25"), outer=D("2021-12-25")),
  "webb_postponed_1221": C(type="other", tight=D("2021-12-21"), outer=D("2021-12-21")),
  "nelson_words_1225": C(type="statement", tight=D("2021-12-25"), outer=D("2021-12-25")),
  "webb_mirror_0108": C(type="other", tight=D("2022-01-08"), outer=D("2022-01-08")),
  "webb_orbit_0124": C(type="other", tight=D("2022-01-24"), outer=D("2022-01-24")),
  "webb_biden_image_0711": C(type="other", tight=D("2022-07-11"), outer=D("2022-07-11")),
  "webb_images_0712": C(type="other", tight=D("2022-07-12"), outer=D("2022-07-12")),
  # Prince Philip: his death at Windsor (9 April 2021), the palace's words, his discharge from
  # hospital (16 March); Charles's words (10 April); the funeral and the minute's silence (17 April)
  "philip_death_0409": C(type="other", tight=D("2021-04-09"), outer=D("2021-04-09")),
  "palace_words_0409": C(type="statement", tight=D("2021-04-09"), outer=D("2021-04-09")),
  "philip_discharged_0316": C(type="other", tight=D("2021-03-16"), outer=D("2021-03-16")),
  "charles_words_0410": C(type="statement", tight=D("2021-04-10"), outer=D("2021-04-10")),
  "philip_funeral_0417": C(type="other", tight=D("2021-04-17"), outer=D("2021-04-17")),
  "uk_silence_0417": C(type="other", tight=D("2021-04-17"), outer=D("2021-04-17")),
  # The Arabic fiction prize of 2022 to Alnaas (22 May), the jury chair's words, the shortlist
  # (29 March); Barjas's prize (2021); Alnaas's interview (the week after)
  "ipaf_alnaas_0522": C(type="other", tight=D("2022-05-22"), outer=D("2022-05-22")),
  "mabkhout_words_0522": C(type="statement", tight=D("2022-05-22"), outer=D("2022-05-22")),
  "ipaf_shortlist_0329": C(type="other", tight=D("2022-03-29"), outer=D("2022-03-01", "2022-03-31")),
  "ipaf_barjas_2021": C(type="other", tight=D("2021-05-25"), outer=D("2021-01-01", "2021-12-31")),
  "alnaas_words_0528": C(type="statement", tight=D("2022-05-27"), outer=D("2022-05-22", "2022-05-28")),
 },
 events=[
  # z1
  ("zr_release_0316", "z1_london_0316", "إيران أفرجت اليوم الأربعاء عن البريطانية الإيرانية نازانين زاغاري راتكليف والمواطن البريطاني أنوشه آشوري", 1, "other"),
  ("truss_words_0316", "z1_london_0316", "وقالت وزيرة الخارجية ليز تراس", 1, "statement"),
  ("uk_debt_paid_0316", "z1_london_0316", "بريطانيا سددت دينا قديما لإيران", 1, "other"),
  ("tahbaz_furlough_0316", "z1_london_0316", "أطلقت السلطات الإيرانية اليوم أيضا سراح البريطاني الأمريكي مراد طهباز من سجن إيفين بإفراج مؤقت", 1, "other"),
  ("zr_arrest_2016", "z1_london_0316", "واعتقلت زاغاري راتكليف", 1, "other"),
  # z2
  ("zr_arrival_0317", "z2_london_0318", "زاغاري راتكليف تعود إلى بريطانيا", 1, "other"),
  ("zr_arrival_0317", "z2_london_0318", "وصلت البريطانية الإيرانية نازانين زاغاري راتكليف، فجر أمس الخميس، إلى قاعدة بريز نورتون الجوية", 1, "other"),
  ("zr_release_0316", "z2_london_0318", "غداة الإفراج عنها في طهران مع مواطنها أنوشه آشوري", 1, "other"),
  ("zr_house_arrest_lifted_0307", "z2_london_0318", "وكانت إيران قد رفعت عنها الإقامة الجبرية في مارس من العام الماضي", 1, "other"),
  ("zr_second_sentence_0426", "z2_london_0318", "تصدر محكمة إيرانية بحقها حكما ثانيا بالسجن عاما في أبريل من العام نفسه", 1, "other"),
  # z3
  ("zr_words_0321", "z3_london_0321", "قالت نازانين زاغاري راتكليف اليوم الاثنين في أول مؤتمر صحفي لها", 1, "statement"),
  ("zr_arrival_0317", "z3_london_0321", "منذ عودتها إلى بريطانيا", 1, "other"),
  ("zr_release_0316", "z3_london_0321", "وأفرجت طهران عن الموظفة السابقة في مؤسسة خيرية والمتقاعد أنوشه آشوري الأربعاء الماضي", 1, "other"),
  ("uk_debt_paid_0316", "z3_london_0321", "بعد أن سددت لندن دينا", 1, "other"),
  ("tahbaz_returned_0318", "z3_london_0321", "بعد أن أعيد إلى سجن إيفين", 1, "other"),
  ("tahbaz_furlough_0316", "z3_london_0321", "بعد يومين من خروجه منه", 1, "other"),
  # w1
  ("webb_launch_1225", "w1_kourou_1225", "انطلق التلسكوب الفضائي جيمس ويب، الأقوى الذي صنع على الإطلاق، اليوم السبت على متن صاروخ أريان 5", 1, "other"),
  ("nelson_words_1225", "w1_kourou_1225", "وقال مدير وكالة الفضاء الأمريكية (ناسا) بيل نيلسون", 1, "statement"),
  ("webb_launch_1225", "w1_kourou_1225", "بعد الإقلاع", 1, "other"),
  ("webb_postponed_1221", "w1_kourou_1225", "وكان الإطلاق قد أرجئ مرات عدة، آخرها الثلاثاء", 1, "other"),
  # w2
  ("webb_launch_1225", "w2_washington_1226", "ناسا تطلق أقوى تلسكوب فضائي", 1, "other"),
  ("webb_launch_1225", "w2_washington_1226", "أطلقت وكالة الفضاء الأمريكية ناسا، أمس، التلسكوب جيمس ويب", 1, "other"),
  # w3
  ("webb_orbit_0124", "w3_washington_0124", "التلسكوب الفضائي جيمس ويب وصل اليوم الاثنين إلى مداره النهائي", 1, "other"),
  ("webb_launch_1225", "w3_washington_0124", "بعد شهر من إطلاقه", 1, "other"),
  ("webb_mirror_0108", "w3_washington_0124", "وكان فريق المهمة قد أنهى في الثامن من يناير كانون الثاني فتح المرآة الرئيسية للتلسكوب", 1, "other"),
  # w4
  ("webb_images_0712", "w4_washington_0713", "ناسا تنشر أولى صور «جيمس ويب»", 1, "other"),
  ("webb_images_0712", "w4_washington_0713", "نشرت وكالة الفضاء الأمريكية (ناسا)، أمس، أولى الصور الملونة الكاملة", 1, "other"),
  ("webb_biden_image_0711", "w4_washington_0713", "غداة كشف الرئيس جو بايدن في البيت الأبيض عن أولى صوره", 1, "other"),
  ("webb_launch_1225", "w4_washington_0713", "وكان التلسكوب قد انطلق من غويانا الفرنسية في 25 ديسمبر الماضي", 1, "other"),
  # p1
  ("philip_death_0409", "p1_london_0409", "الأمير فيليب، زوج الملكة إليزابيث، توفي صباح اليوم الجمعة في قلعة وندسور", 1, "other"),
  ("palace_words_0409", "p1_london_0409", "وقال القصر في بيان", 1, "statement"),
  ("philip_discharged_0316", "p1_london_0409", "وكان دوق إدنبره قد غادر المستشفى في 16 مارس آذار", 1, "other"),
  # p2
  ("charles_words_0410", "p2_london_0411", "تشارلز يرثي والده", 1, "statement"),
  ("charles_words_0410", "p2_london_0411", "قال الأمير تشارلز، ولي العهد البريطاني، أمس", 1, "statement"),
  ("philip_death_0409", "p2_london_0411", "غداة وفاته عن 99 عاما", 1, "other"),
  ("philip_funeral_0417", "p2_london_0411", "أن تقام جنازة دوق إدنبره في 17 أبريل في كنيسة سانت جورج", 1, "other"),
  # p3
  ("philip_funeral_0417", "p3_windsor_0417", "ودعت بريطانيا اليوم السبت الأمير فيليب في جنازة أقيمت في كنيسة سانت جورج", 1, "other"),
  ("uk_silence_0417", "p3_windsor_0417", "ووقف البريطانيون دقيقة صمت عند الساعة الثالثة بعد الظهر", 1, "other"),
  ("philip_death_0409", "p3_windsor_0417", "وتوفي زوج الملكة في التاسع من أبريل نيسان", 1, "other"),
  # b1
  ("ipaf_alnaas_0522", "b1_abudhabi_0522", "فاز الروائي الليبي محمد النعاس مساء اليوم الأحد بالجائزة العالمية للرواية العربية", 1, "other"),
  ("mabkhout_words_0522", "b1_abudhabi_0522", "وقال رئيس لجنة التحكيم شكري المبخوت", 1, "statement"),
  ("ipaf_shortlist_0329", "b1_abudhabi_0522", "وكانت الجائزة قد أعلنت في مارس آذار قائمتها القصيرة", 1, "other"),
  # b2
  ("ipaf_alnaas_0522", "b2_tripoli_0523", "«البوكر» لروائي ليبي للمرة الأولى", 1, "other"),
  ("ipaf_alnaas_0522", "b2_tripoli_0523", "منحت الجائزة العالمية للرواية العربية، أمس، جائزتها لعام 2022 لرواية «خبز على طاولة الخال ميلاد» للكاتب محمد النعاس", 1, "other"),
  ("ipaf_barjas_2021", "b2_tripoli_0523", "وفاز بالجائزة العام الماضي الأردني جلال برجس", 1, "other"),
  # b3
  ("ipaf_alnaas_0522", "b3_cairo_0528", "بعد أسبوع على فوزه بالبوكر", 1, "other"),
  ("alnaas_words_0528", "b3_cairo_0528", "قال الكاتب الليبي محمد النعاس", 1, "statement"),
  ("ipaf_alnaas_0522", "b3_cairo_0528", "الذي فاز الأحد الماضي بالجائزة العالمية للرواية العربية", 1, "other"),
 ],
 diff=[
  ("zr_release_0316", "tahbaz_furlough_0316"),
  ("zr_release_0316", "zr_house_arrest_lifted_0307"),
  ("zr_release_0316", "zr_arrival_0317"),
  ("zr_release_0316", "uk_debt_paid_0316"),
  ("tahbaz_furlough_0316", "tahbaz_returned_0318"),
  ("zr_arrest_2016", "zr_second_sentence_0426"),
  ("truss_words_0316", "zr_words_0321"),
  ("webb_launch_1225", "webb_postponed_1221"),
  ("webb_launch_1225", "webb_orbit_0124"),
  ("webb_images_0712", "webb_biden_image_0711"),
  ("webb_mirror_0108", "webb_orbit_0124"),
  ("nelson_words_1225", "palace_words_0409"),
  ("philip_death_0409", "philip_funeral_0417"),
  ("philip_funeral_0417", "uk_silence_0417"),
  ("philip_death_0409", "philip_discharged_0316"),
  ("palace_words_0409", "charles_words_0410"),
  ("ipaf_alnaas_0522", "ipaf_barjas_2021"),
  ("ipaf_alnaas_0522", "ipaf_shortlist_0329"),
  ("mabkhout_words_0522", "alnaas_words_0528"),
 ],
 before=[
  ("zr_arrest_2016", "zr_house_arrest_lifted_0307"),
  ("zr_house_arrest_lifted_0307", "zr_second_sentence_0426"),
  ("zr_second_sentence_0426", "zr_release_0316"),
  ("zr_release_0316", "zr_arrival_0317"),
  ("zr_release_0316", "uk_debt_paid_0316"),
  ("tahbaz_furlough_0316", "tahbaz_returned_0318"),
  ("zr_arrival_0317", "zr_words_0321"),
  ("webb_postponed_1221", "webb_launch_1225"),
  ("webb_launch_1225", "webb_mirror_0108"),
  ("webb_mirror_0108", "webb_orbit_0124"),
  ("webb_orbit_0124", "webb_biden_image_0711"),
  ("webb_biden_image_0711", "webb_images_0712"),
  ("philip_discharged_0316", "philip_death_0409"),
  ("philip_death_0409", "charles_words_0410"),
  ("charles_words_0410", "philip_funeral_0417"),
  ("ipaf_barjas_2021", "ipaf_shortlist_0329"),
  ("ipaf_shortlist_0329", "ipaf_alnaas_0522"),
 ],
)
