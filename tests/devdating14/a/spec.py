"""Gold events for tests/devdating14/a (part A of dating round 17's development set: an election
noun inside an announcement and a contest dated in its own relative clause ("فوز ... في الجولة
الثانية ... التي جرت أمس الأول الأحد")، "الشهر الماضي" in a January paper (December of the year
before)، "مطلع ديسمبر" (the start of the month)، anaphoric places of an earlier dated event ("في
التجمع نفسه"، "في المؤتمر نفسه"، "في الخطاب نفسه"، "في القصر نفسه"، "في المكان نفسه")، and events
with no day of their own tied to one by a cue (عقب، إثر، غداة، بعد ساعات من); format as
../../devdating13/a/spec.py).

  clusters: cluster -> dict(type, tight, outer): the real date (tight) and what the texts
            still allow (outer).
  events rows: (cluster, doc, surface, occurrence, type): the clause carrying the trigger.
  diff:   cluster pairs of one type that must stay separate events.
  before: cluster pairs (a, b): a ends before b starts.
Time expressions are not annotated (``timex`` is empty): the set scores events only.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "u1_ukraine_0110": "2005-01-10",
 "u2_ukraine_0121": "2005-01-21",
 "u3_ukraine_0124": "2005-01-24",
 "p1_manila_0216": "1986-02-16",
 "p2_manila_0224": "1986-02-24",
 "p3_manila_0227": "1986-02-27",
 "h1_prague_1230": "1989-12-30",
 "h2_prague_0103": "1990-01-03",
 "m1_montblanc_0325": "1999-03-25",
 "m2_montblanc_0327": "1999-03-27",
 "w1_walesa_1211": "1990-12-11",
 "w2_walesa_1223": "1990-12-23",
}

C = dict
OT, ST, MT = "other", "statement", "meeting"
DEV = dict(
 timex=[],
 clusters={
  # Ukraine, November 2004 - January 2005
  "runoff_1121": C(type=OT, tight=D("2004-11-21"), outer=D("2004-11-21")),
  "kyiv_protests_1122": C(type=OT, tight=D("2004-11-22", "2004-12-03"), outer=D("2004-11-21", "2004-12-10")),
  "annul_1203": C(type=OT, tight=D("2004-12-03"), outer=D("2004-12-01", "2004-12-10")),
  "rerun_1226": C(type=OT, tight=D("2004-12-26"), outer=D("2004-12-26")),
  "yanuk_refuses_1227": C(type=OT, tight=D("2004-12-27"), outer=D("2004-12-01", "2004-12-31")),
  "yanuk_resigns_1231": C(type=OT, tight=D("2004-12-31"), outer=D("2004-12-01", "2004-12-31")),
  "cec_results_0110": C(type=OT, tight=D("2005-01-10"), outer=D("2005-01-10")),
  "yush_says_0110": C(type=ST, tight=D("2005-01-10"), outer=D("2005-01-10")),
  "campaign_says_0110": C(type=ST, tight=D("2005-01-10"), outer=D("2005-01-10")),
  "appeal_0111": C(type=OT, tight=D("2005-01-11"), outer=D("2005-01-11")),
  "court_rejects_0120": C(type=OT, tight=D("2005-01-20"), outer=D("2005-01-20")),
  "yush_says_0120": C(type=ST, tight=D("2005-01-20"), outer=D("2005-01-20")),
  "inauguration_0123": C(type=OT, tight=D("2005-01-23"), outer=D("2005-01-23")),
  "yush_address_0123": C(type=ST, tight=D("2005-01-23"), outer=D("2005-01-23")),
  "decree_0124": C(type=OT, tight=D("2005-01-24"), outer=D("2005-01-24")),
  # Philippines, February 1986
  "election_0207": C(type=OT, tight=D("1986-02-07"), outer=D("1986-02-07")),
  "walkout_0209": C(type=OT, tight=D("1986-02-09"), outer=D("1986-02-09")),
  "proclamation_0215": C(type=ST, tight=D("1986-02-15"), outer=D("1986-02-15")),
  "aquino_says_0215": C(type=ST, tight=D("1986-02-15"), outer=D("1986-02-15")),
  "aquino_rally_0216": C(type=ST, tight=D("1986-02-16"), outer=D("1986-02-16")),
  "rebellion_0222": C(type=OT, tight=D("1986-02-22"), outer=D("1986-02-22")),
  "presser_0222": C(type=ST, tight=D("1986-02-22"), outer=D("1986-02-22")),
  "sin_calls_0222": C(type=ST, tight=D("1986-02-22"), outer=D("1986-02-22", "1986-02-23")),
  "edsa_crowds_0223": C(type=OT, tight=D("1986-02-23"), outer=D("1986-02-23")),
  "marcos_refuses_0223": C(type=ST, tight=D("1986-02-23"), outer=D("1986-02-23")),
  "aquino_oath_0225": C(type=OT, tight=D("1986-02-25"), outer=D("1986-02-25")),
  "marcos_oath_0225": C(type=OT, tight=D("1986-02-25"), outer=D("1986-02-25")),
  "marcos_leaves_0225": C(type=OT, tight=D("1986-02-25"), outer=D("1986-02-25")),
  "us_recognizes_0225": C(type=OT, tight=D("1986-02-25", "1986-02-26"), outer=D("1986-02-25", "1986-02-26")),
  "marcos_arrives_0226": C(type=OT, tight=D("1986-02-26"), outer=D("1986-02-26")),
  # Czechoslovakia, December 1989 - January 1990
  "adamec_gov_1203": C(type=OT, tight=D("1989-12-03"), outer=D("1989-12-01", "1989-12-10")),
  "adamec_resigns_1207": C(type=OT, tight=D("1989-12-07"), outer=D("1989-12-07")),
  "new_gov_1210": C(type=OT, tight=D("1989-12-10"), outer=D("1989-12-09", "1989-12-10")),
  "husak_resigns_1210": C(type=OT, tight=D("1989-12-10"), outer=D("1989-12-10")),
  "dubcek_elected_1228": C(type=OT, tight=D("1989-12-28"), outer=D("1989-12-28")),
  "havel_elected_1229": C(type=OT, tight=D("1989-12-29"), outer=D("1989-12-29")),
  "havel_oath_1229": C(type=OT, tight=D("1989-12-29"), outer=D("1989-12-29")),
  "mass_1229": C(type=OT, tight=D("1989-12-29"), outer=D("1989-12-29")),
  "havel_address_0101": C(type=ST, tight=D("1990-01-01"), outer=D("1990-01-01")),
  "amnesty_0101": C(type=OT, tight=D("1990-01-01"), outer=D("1990-01-01")),
  "havel_berlin_0102": C(type=MT, tight=D("1990-01-02"), outer=D("1990-01-02")),
  # Mont Blanc tunnel, March 1999
  "tunnel_fire_0324": C(type=OT, tight=D("1999-03-24"), outer=D("1999-03-24")),
  "fire_toll_0324": C(type=OT, tight=D("1999-03-24"), outer=D("1999-03-24", "1999-03-25")),
  "tunnel_closed_0324": C(type=OT, tight=D("1999-03-24"), outer=D("1999-03-24")),
  "mayor_says_0324": C(type=ST, tight=D("1999-03-24"), outer=D("1999-03-24")),
  "jospin_visit_0325": C(type=MT, tight=D("1999-03-25"), outer=D("1999-03-25")),
  "jospin_says_0325": C(type=ST, tight=D("1999-03-25"), outer=D("1999-03-25")),
  "fireman_dies_0325": C(type=OT, tight=D("1999-03-25"), outer=D("1999-03-25")),
  "fire_out_0326": C(type=OT, tight=D("1999-03-26"), outer=D("1999-03-26")),
  "toll_announced_0326": C(type=ST, tight=D("1999-03-26"), outer=D("1999-03-26")),
  # Poland, November - December 1990
  "walesa_refuses_11": C(type=OT, tight=D("1990-11-01", "1990-11-30"), outer=D("1990-11-01", "1990-11-30")),
  "mazowiecki_out_1125": C(type=OT, tight=D("1990-11-25"), outer=D("1990-11-25")),
  "mazowiecki_resigns_1126": C(type=OT, tight=D("1990-11-26"), outer=D("1990-11-26")),
  "runoff_1209": C(type=OT, tight=D("1990-12-09"), outer=D("1990-12-09")),
  "pkw_announces_1210": C(type=ST, tight=D("1990-12-10"), outer=D("1990-12-10")),
  "walesa_says_1210": C(type=ST, tight=D("1990-12-10"), outer=D("1990-12-10")),
  "walesa_oath_1222": C(type=OT, tight=D("1990-12-22"), outer=D("1990-12-22")),
  "insignia_1222": C(type=OT, tight=D("1990-12-22"), outer=D("1990-12-22")),
 },
 events=[
  ("cec_results_0110", "u1_ukraine_0110", "أعلنت لجنة الانتخابات المركزية في أوكرانيا اليوم الاثنين فوز زعيم المعارضة فيكتور يوشينكو رسميا بالرئاسة", 1, OT),
  ("rerun_1226", "u1_ukraine_0110", "وكانت جولة الإعادة قد جرت في 26 ديسمبر", 1, OT),
  ("annul_1203", "u1_ukraine_0110", "بعد أن ألغت المحكمة العليا مطلع الشهر نفسه نتائج الجولة الثانية", 1, OT),
  ("yanuk_resigns_1231", "u1_ukraine_0110", "قد استقال من منصبه الشهر الماضي", 1, OT),
  ("yush_says_0110", "u1_ukraine_0110", "وقال يوشينكو أمام أنصاره في ساحة الاستقلال", 1, ST),
  ("campaign_says_0110", "u1_ukraine_0110", "وأعلن مقر حملة يانوكوفيتش", 1, ST),

  ("court_rejects_0120", "u2_ukraine_0121", "رفضت المحكمة العليا في أوكرانيا أمس الخميس الطعن", 1, OT),
  ("appeal_0111", "u2_ukraine_0121", "الذي قدمه رئيس الوزراء السابق فيكتور يانوكوفيتش", 1, OT),
  ("inauguration_0123", "u2_ukraine_0121", "لتنصيبه رئيسا للبلاد الأحد", 1, OT),
  ("appeal_0111", "u2_ukraine_0121", "وكان يانوكوفيتش قد قدم طعنه", 1, OT),
  ("cec_results_0110", "u2_ukraine_0121", "إعلان لجنة الانتخابات المركزية فوز يوشينكو في العاشر من يناير", 1, OT),
  ("yush_says_0120", "u2_ukraine_0121", "وقال يوشينكو في مؤتمر صحافي", 1, ST),
  ("yanuk_refuses_1227", "u2_ukraine_0121", "وكان يانوكوفيتش قد رفض الشهر الماضي الاعتراف بنتائج جولة الإعادة", 1, OT),
  ("yanuk_resigns_1231", "u2_ukraine_0121", "ثم استقال من رئاسة الحكومة في 31 ديسمبر", 1, OT),

  ("inauguration_0123", "u3_ukraine_0124", "أدى فيكتور يوشينكو اليمين الدستورية رئيسا لأوكرانيا أمام البرلمان في كييف أمس الأحد", 1, OT),
  ("court_rejects_0120", "u3_ukraine_0124", "رفض المحكمة العليا آخر طعن قدمه منافسه", 1, OT),
  ("yush_address_0123", "u3_ukraine_0124", "ثم خاطب يوشينكو نحو مئة ألف من أنصاره في ساحة الاستقلال", 1, ST),
  ("yush_address_0123", "u3_ukraine_0124", "وقال في التجمع نفسه", 1, ST),
  ("decree_0124", "u3_ukraine_0124", "ووقع يوشينكو صباح اليوم مرسوما بتعيين تيموشينكو رئيسة للوزراء بالوكالة", 1, OT),
  ("annul_1203", "u3_ukraine_0124", "وكانت المحكمة العليا قد ألغت مطلع ديسمبر نتائج", 1, OT),
  ("runoff_1121", "u3_ukraine_0124", "الجولة الثانية التي جرت في 21 نوفمبر", 1, OT),
  ("kyiv_protests_1122", "u3_ukraine_0124", "إثر احتجاجات حاشدة في كييف على التزوير", 1, OT),

  ("proclamation_0215", "p1_manila_0216", "أعلن البرلمان الفلبيني أمس السبت", 1, ST),
  ("election_0207", "p1_manila_0216", "فوز الرئيس فرديناند ماركوس في الانتخابات الرئاسية التي جرت في السابع من فبراير", 1, OT),
  ("walkout_0209", "p1_manila_0216", "قد انسحبوا من مقر الفرز في التاسع من فبراير", 1, OT),
  ("aquino_rally_0216", "p1_manila_0216", "وتخاطب زعيمة المعارضة كورازون أكينو تجمعا حاشدا لأنصارها في حديقة لونيتا في مانيلا اليوم", 1, ST),
  ("aquino_says_0215", "p1_manila_0216", "وقالت أكينو للصحافيين مساء أمس", 1, ST),

  ("edsa_crowds_0223", "p2_manila_0224", "احتشد مئات الآلاف من الفلبينيين أمس الأحد في جادة إبيفانيو دي لوس سانتوس", 1, OT),
  ("rebellion_0222", "p2_manila_0224", "غداة إعلانهما التمرد على الرئيس فرديناند ماركوس", 1, OT),
  ("presser_0222", "p2_manila_0224", "قد طالبا ماركوس بالتنحي في مؤتمر صحافي عقداه في معسكر أغينالدو مساء السبت", 1, ST),
  ("presser_0222", "p2_manila_0224", "وقالا في المؤتمر نفسه", 1, ST),
  ("sin_calls_0222", "p2_manila_0224", "ودعا الكاردينال خايمي سين عبر إذاعة فيريتاس", 1, ST),
  ("marcos_refuses_0223", "p2_manila_0224", "ورفض ماركوس في مؤتمر صحافي أمس التنحي", 1, ST),

  ("marcos_leaves_0225", "p3_manila_0227", "غادر الرئيس الفلبيني فرديناند ماركوس قصر مالاكانيانغ ليل الثلاثاء", 1, OT),
  ("marcos_oath_0225", "p3_manila_0227", "بعد ساعات من أدائه اليمين لولاية جديدة في القصر نفسه", 1, OT),
  ("marcos_arrives_0226", "p3_manila_0227", "ووصل إلى هاواي أمس الأربعاء", 1, OT),
  ("aquino_oath_0225", "p3_manila_0227", "وكانت كورازون أكينو قد أدت اليمين رئيسة للبلاد صباح اليوم نفسه", 1, OT),
  ("us_recognizes_0225", "p3_manila_0227", "وأعلنت واشنطن اعترافها بحكومة أكينو", 1, OT),
  ("rebellion_0222", "p3_manila_0227", "وكان إنريلي وراموس قد أعلنا التمرد السبت", 1, OT),

  ("havel_elected_1229", "h1_prague_1230", "انتخبت الجمعية الاتحادية في تشيكوسلوفاكيا أمس الجمعة الكاتب المسرحي المعارض فاتسلاف هافل رئيسا للبلاد", 1, OT),
  ("dubcek_elected_1228", "h1_prague_1230", "غداة انتخابها ألكسندر دوبتشيك رئيسا لها", 1, OT),
  ("havel_oath_1229", "h1_prague_1230", "وأدى هافل اليمين في قلعة براغ", 1, OT),
  ("mass_1229", "h1_prague_1230", "ثم حضر قداسا في كاتدرائية القديس فيتوس", 1, OT),
  ("husak_resigns_1210", "h1_prague_1230", "وكان الرئيس غوستاف هوساك قد استقال في العاشر من ديسمبر", 1, OT),
  ("new_gov_1210", "h1_prague_1230", "بعد ساعات من تعيينه حكومة جديدة", 1, OT),
  ("havel_address_0101", "h1_prague_1230", "ويلقي هافل خطابه الأول إلى الأمة ظهر الاثنين", 1, ST),

  ("havel_berlin_0102", "h2_prague_0103", "زار الرئيس التشيكوسلوفاكي فاتسلاف هافل أمس الثلاثاء برلين الشرقية", 1, MT),
  ("havel_elected_1229", "h2_prague_0103", "منذ انتخابه الشهر الماضي", 1, OT),
  ("havel_address_0101", "h2_prague_0103", "وكان هافل قد قال في خطابه الأول إلى الأمة ظهر الاثنين", 1, ST),
  ("amnesty_0101", "h2_prague_0103", "وأعلن في الخطاب نفسه عفوا عن آلاف السجناء", 1, OT),
  ("adamec_gov_1203", "h2_prague_0103", "الحكومة التي شكلها لاديسلاف أداميتس مطلع ديسمبر", 1, OT),
  ("adamec_resigns_1207", "h2_prague_0103", "فاستقال أداميتس في السابع من ديسمبر", 1, OT),

  ("fire_toll_0324", "m1_montblanc_0325", "لقي 27 شخصا على الأقل حتفهم", 1, OT),
  ("tunnel_fire_0324", "m1_montblanc_0325", "في حريق اندلع صباح أمس الأربعاء في نفق مون بلان", 1, OT),
  ("tunnel_fire_0324", "m1_montblanc_0325", "إثر اشتعال النار في شاحنة بلجيكية", 1, OT),
  ("tunnel_closed_0324", "m1_montblanc_0325", "وأغلقت السلطات النفق من الجانبين", 1, OT),
  ("mayor_says_0324", "m1_montblanc_0325", "وقال رئيس بلدية شامونيه ميشيل شاريه للصحافيين مساء أمس", 1, ST),
  ("jospin_visit_0325", "m1_montblanc_0325", "ويزور رئيس الوزراء الفرنسي ليونيل جوسبان موقع الحريق اليوم", 1, MT),

  ("fire_out_0326", "m2_montblanc_0327", "أخمد رجال الإطفاء أمس الجمعة", 1, OT),
  ("tunnel_fire_0324", "m2_montblanc_0327", "الحريق الذي اندلع الأربعاء في نفق مون بلان", 1, OT),
  ("fireman_dies_0325", "m2_montblanc_0327", "وكان أحد رجال الإطفاء قد توفي في المستشفى غداة الحريق", 1, OT),
  ("toll_announced_0326", "m2_montblanc_0327", "وأعلنت الشرطة الفرنسية مساء أمس ارتفاع عدد القتلى إلى 39", 1, ST),
  ("jospin_visit_0325", "m2_montblanc_0327", "وكان جوسبان قد زار النفق الخميس", 1, MT),
  ("jospin_says_0325", "m2_montblanc_0327", "وقال في المكان نفسه", 1, ST),

  ("pkw_announces_1210", "w1_walesa_1211", "أعلنت لجنة الانتخابات الوطنية في بولندا أمس الاثنين", 1, ST),
  ("runoff_1209", "w1_walesa_1211", "فوز زعيم نقابة تضامن ليخ فاونسا في الجولة الثانية من الانتخابات الرئاسية التي جرت أمس الأول الأحد", 1, OT),
  ("mazowiecki_out_1125", "w1_walesa_1211", "قد خرج من السباق في الجولة الأولى التي جرت في 25 نوفمبر", 1, OT),
  ("mazowiecki_resigns_1126", "w1_walesa_1211", "ثم أعلن استقالة حكومته غداة الاقتراع", 1, OT),
  ("walesa_says_1210", "w1_walesa_1211", "وقال فاونسا لأنصاره في غدانسك", 1, ST),
  ("walesa_oath_1222", "w1_walesa_1211", "ويؤدي فاونسا اليمين أمام البرلمان في 22 ديسمبر", 1, OT),

  ("walesa_oath_1222", "w2_walesa_1223", "أدى ليخ فاونسا أمس السبت اليمين الدستورية رئيسا لبولندا", 1, OT),
  ("runoff_1209", "w2_walesa_1223", "فوزه في الانتخابات التي جرت في التاسع من ديسمبر", 1, OT),
  ("insignia_1222", "w2_walesa_1223", "وتسلم فاونسا شارات الرئاسة في القلعة الملكية", 1, OT),
  ("walesa_refuses_11", "w2_walesa_1223", "وكان فاونسا قد رفض الشهر الماضي تسلم السلطة", 1, OT),
 ],
 diff=[
  ("runoff_1121", "rerun_1226"), ("rerun_1226", "cec_results_0110"), ("annul_1203", "court_rejects_0120"),
  ("yush_says_0110", "yush_says_0120"), ("yush_says_0120", "yush_address_0123"),
  ("appeal_0111", "court_rejects_0120"), ("inauguration_0123", "decree_0124"),
  ("election_0207", "rebellion_0222"), ("aquino_oath_0225", "marcos_oath_0225"),
  ("presser_0222", "marcos_refuses_0223"), ("aquino_says_0215", "aquino_rally_0216"),
  ("marcos_leaves_0225", "marcos_arrives_0226"),
  ("havel_elected_1229", "dubcek_elected_1228"), ("husak_resigns_1210", "adamec_resigns_1207"),
  ("havel_elected_1229", "havel_oath_1229"), ("adamec_gov_1203", "new_gov_1210"),
  ("tunnel_fire_0324", "fire_out_0326"), ("mayor_says_0324", "jospin_says_0325"),
  ("fire_toll_0324", "fireman_dies_0325"),
  ("runoff_1209", "mazowiecki_out_1125"), ("walesa_oath_1222", "insignia_1222"),
  ("pkw_announces_1210", "walesa_says_1210"),
 ],
 before=[
  # Ukraine
  ("runoff_1121", "kyiv_protests_1122"), ("runoff_1121", "annul_1203"), ("annul_1203", "rerun_1226"),
  ("rerun_1226", "yanuk_refuses_1227"), ("yanuk_refuses_1227", "yanuk_resigns_1231"),
  ("yanuk_resigns_1231", "cec_results_0110"), ("rerun_1226", "cec_results_0110"),
  ("cec_results_0110", "yush_says_0110"), ("cec_results_0110", "campaign_says_0110"),
  ("cec_results_0110", "appeal_0111"), ("appeal_0111", "court_rejects_0120"),
  ("court_rejects_0120", "yush_says_0120"), ("court_rejects_0120", "inauguration_0123"),
  ("inauguration_0123", "yush_address_0123"), ("inauguration_0123", "decree_0124"),
  # Philippines
  ("election_0207", "walkout_0209"), ("walkout_0209", "proclamation_0215"),
  ("proclamation_0215", "aquino_rally_0216"), ("aquino_says_0215", "aquino_rally_0216"),
  ("proclamation_0215", "rebellion_0222"), ("rebellion_0222", "edsa_crowds_0223"),
  ("rebellion_0222", "sin_calls_0222"), ("edsa_crowds_0223", "aquino_oath_0225"),
  ("marcos_refuses_0223", "marcos_oath_0225"), ("marcos_oath_0225", "marcos_leaves_0225"),
  ("aquino_oath_0225", "marcos_leaves_0225"), ("marcos_leaves_0225", "marcos_arrives_0226"),
  ("marcos_leaves_0225", "us_recognizes_0225"),
  # Czechoslovakia
  ("adamec_gov_1203", "adamec_resigns_1207"), ("adamec_resigns_1207", "new_gov_1210"),
  ("new_gov_1210", "husak_resigns_1210"), ("husak_resigns_1210", "dubcek_elected_1228"),
  ("dubcek_elected_1228", "havel_elected_1229"), ("havel_elected_1229", "havel_oath_1229"),
  ("havel_oath_1229", "mass_1229"), ("havel_elected_1229", "havel_address_0101"),
  ("havel_address_0101", "havel_berlin_0102"),
  # Mont Blanc
  ("tunnel_fire_0324", "tunnel_closed_0324"), ("tunnel_fire_0324", "mayor_says_0324"),
  ("mayor_says_0324", "jospin_visit_0325"), ("tunnel_fire_0324", "fireman_dies_0325"),
  ("jospin_visit_0325", "fire_out_0326"), ("fireman_dies_0325", "toll_announced_0326"),
  ("tunnel_fire_0324", "fire_out_0326"),
  # Poland
  ("mazowiecki_out_1125", "mazowiecki_resigns_1126"), ("mazowiecki_resigns_1126", "runoff_1209"),
  ("walesa_refuses_11", "runoff_1209"), ("runoff_1209", "pkw_announces_1210"),
  ("pkw_announces_1210", "walesa_says_1210"), ("pkw_announces_1210", "walesa_oath_1222"),
  ("walesa_oath_1222", "insignia_1222"),
 ],
)
