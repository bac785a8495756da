"""Gold events for tests/devdating20/a (part A of dating round 23's development set: events of
one day told one after the other ("ثم"، "وبعد ذلك"، "وعقب ذلك"، "عقب الصمت"، "عقب القصف", also
opening a sentence), "اليوم نفسه" inside a pluperfect paragraph ("وكان ... قد ... مساء الأحد
الأول من آذار، ثم فقد النطق في اليوم نفسه"), days counted from the death ("قبل ساعة من
الوفاة"، "يوم الوفاة"، "يوم الحادث"), and an event whose own clause names no day while another
outlet's report of it does ("وأرسل الرئيس الأمريكي دوايت أيزنهاور برقية تعزية"); format as
../../devdating19/a/spec.py).

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
 "s1_moscow_0306": "1953-03-06",
 "s2_beirut_0307": "1953-03-07",
 "s3_cairo_0310": "1953-03-10",
 "m1_peking_0909": "1976-09-09",
 "m2_hongkong_0912": "1976-09-12",
 "m3_cairo_0919": "1976-09-19",
 "c1_buenosaires_0911": "1973-09-11",
 "c2_beirut_0913": "1973-09-13",
 "c3_london_0919": "1973-09-19",
 "t1_harrisburg_0329": "1979-03-29",
 "t2_kuwait_0402": "1979-04-02",
 "w1_london_0125": "1965-01-25",
 "w2_cairo_0131": "1965-01-31",
}

C = dict
OT, ST, MT, CP, SK = "other", "statement", "meeting", "capture", "strike"
DEV = dict(
 timex=[],
 clusters={
  # Stalin's death, March 1953
  "stroke_0301": C(type=OT, tight=D("1953-03-01"), outer=D("1953-03-01")),
  "speech_lost_0301": C(type=OT, tight=D("1953-03-01"), outer=D("1953-03-01")),
  "bulletin_0304": C(type=ST, tight=D("1953-03-04"), outer=D("1953-03-04")),
  "joint_meeting_0305": C(type=MT, tight=D("1953-03-05"), outer=D("1953-03-05")),
  "malenkov_named_0305": C(type=OT, tight=D("1953-03-05"), outer=D("1953-03-05")),
  "death_0305": C(type=OT, tight=D("1953-03-05"), outer=D("1953-03-05")),
  "body_moved_0306": C(type=OT, tight=D("1953-03-06"), outer=D("1953-03-06")),
  "hall_opened_0306": C(type=OT, tight=D("1953-03-06"), outer=D("1953-03-06")),
  "mourners_0306": C(type=OT, tight=D("1953-03-06"), outer=D("1953-03-06")),
  "police_close_0306": C(type=OT, tight=D("1953-03-06"), outer=D("1953-03-06", "1953-03-07")),
  "crush_0306": C(type=OT, tight=D("1953-03-06"), outer=D("1953-03-06")),
  "eisenhower_0306": C(type=ST, tight=D("1953-03-06"), outer=D("1953-03-06")),
  "france_says_0306": C(type=ST, tight=D("1953-03-06"), outer=D("1953-03-06")),
  "funeral_0309": C(type=OT, tight=D("1953-03-09"), outer=D("1953-03-09")),
  "mausoleum_0309": C(type=OT, tight=D("1953-03-09"), outer=D("1953-03-09")),
  "eulogies_0309": C(type=ST, tight=D("1953-03-09"), outer=D("1953-03-09")),
  "salute_0309": C(type=OT, tight=D("1953-03-09"), outer=D("1953-03-09")),
  "factories_0309": C(type=OT, tight=D("1953-03-09"), outer=D("1953-03-09")),
  # Mao Zedong's death, September 1976
  "bhutto_0527": C(type=MT, tight=D("1976-05-27"), outer=D("1976-05-27")),
  "heart_0902": C(type=OT, tight=D("1976-09-02"), outer=D("1976-09-02")),
  "icu_0902": C(type=OT, tight=D("1976-09-02"), outer=D("1976-09-02")),
  "death_0909": C(type=OT, tight=D("1976-09-09"), outer=D("1976-09-09")),
  "flags_0909": C(type=OT, tight=D("1976-09-09"), outer=D("1976-09-09")),
  "music_0909": C(type=OT, tight=D("1976-09-09"), outer=D("1976-09-09")),
  "mourning_0909": C(type=ST, tight=D("1976-09-09"), outer=D("1976-09-09")),
  "politburo_0909": C(type=MT, tight=D("1976-09-09"), outer=D("1976-09-09")),
  "ford_0909": C(type=ST, tight=D("1976-09-09"), outer=D("1976-09-09")),
  "lying_0911": C(type=OT, tight=D("1976-09-11"), outer=D("1976-09-11")),
  "filing_0911": C(type=OT, tight=D("1976-09-11"), outer=D("1976-09-11")),
  "hua_vigil_0911": C(type=OT, tight=D("1976-09-11"), outer=D("1976-09-11")),
  "rally_0918": C(type=OT, tight=D("1976-09-18"), outer=D("1976-09-18")),
  "hua_eulogy_0918": C(type=ST, tight=D("1976-09-18"), outer=D("1976-09-18")),
  "silence_0918": C(type=OT, tight=D("1976-09-18"), outer=D("1976-09-18")),
  "sirens_0918": C(type=OT, tight=D("1976-09-18"), outer=D("1976-09-18")),
  # The coup in Chile, September 1973
  "navy_0911": C(type=CP, tight=D("1973-09-11"), outer=D("1973-09-11")),
  "allende_palace_0911": C(type=OT, tight=D("1973-09-11"), outer=D("1973-09-11")),
  "coup_0911": C(type=CP, tight=D("1973-09-11"), outer=D("1973-09-11")),
  "allende_speech_0911": C(type=ST, tight=D("1973-09-11"), outer=D("1973-09-11")),
  "bombing_0911": C(type=SK, tight=D("1973-09-11"), outer=D("1973-09-11")),
  "storming_0911": C(type=CP, tight=D("1973-09-11"), outer=D("1973-09-11")),
  "allende_dies_0911": C(type=OT, tight=D("1973-09-11"), outer=D("1973-09-11")),
  "junta_oath_0911": C(type=OT, tight=D("1973-09-11"), outer=D("1973-09-11")),
  "curfew_0911": C(type=ST, tight=D("1973-09-11"), outer=D("1973-09-11")),
  "burial_0912": C(type=OT, tight=D("1973-09-12"), outer=D("1973-09-12")),
  "widow_returns_0912": C(type=OT, tight=D("1973-09-12"), outer=D("1973-09-12")),
  "stadium_0912": C(type=OT, tight=D("1973-09-12"), outer=D("1973-09-12")),
  "mexico_mourning_0912": C(type=ST, tight=D("1973-09-12"), outer=D("1973-09-12")),
  "curfew_lifted_0917": C(type=OT, tight=D("1973-09-17"), outer=D("1973-09-17")),
  "banks_0917": C(type=OT, tight=D("1973-09-17"), outer=D("1973-09-17")),
  # Three Mile Island, March 1979
  "commercial_1230": C(type=OT, tight=D("1978-12-30"), outer=D("1978-12-30")),
  "pump_0328": C(type=OT, tight=D("1979-03-28"), outer=D("1979-03-28")),
  "leak_0328": C(type=OT, tight=D("1979-03-28"), outer=D("1979-03-28")),
  # the emergency declared is an act, the announcing verb its mention (announced acts round 1)
  "emergency_0328": C(type="other", tight=D("1979-03-28"), outer=D("1979-03-28")),
  "state_told_0328": C(type=ST, tight=D("1979-03-28"), outer=D("1979-03-28", "1979-03-29")),
  "thornburgh_0328": C(type=ST, tight=D("1979-03-28"), outer=D("1979-03-28")),
  "nrc_team_0328": C(type=OT, tight=D("1979-03-28"), outer=D("1979-03-28")),
  "advice_0330": C(type=ST, tight=D("1979-03-30"), outer=D("1979-03-30")),
  "schools_0330": C(type=OT, tight=D("1979-03-30"), outer=D("1979-03-30")),
  "carter_visit_0401": C(type=OT, tight=D("1979-04-01"), outer=D("1979-04-01")),
  "control_room_0401": C(type=OT, tight=D("1979-04-01"), outer=D("1979-04-01")),
  "carter_says_0401": C(type=ST, tight=D("1979-04-01"), outer=D("1979-04-01", "1979-04-02")),
  # Churchill's death, January 1965
  "stroke_0115": C(type=OT, tight=D("1965-01-15"), outer=D("1965-01-15")),
  "coma_0115": C(type=OT, tight=D("1965-01-15"), outer=D("1965-01-15")),
  "death_0124": C(type=OT, tight=D("1965-01-24"), outer=D("1965-01-24")),
  "flags_0124": C(type=OT, tight=D("1965-01-24"), outer=D("1965-01-24")),
  "bells_0124": C(type=OT, tight=D("1965-01-24"), outer=D("1965-01-24")),
  "wilson_0124": C(type=ST, tight=D("1965-01-24"), outer=D("1965-01-24")),
  "wilson_tribute_0125": C(type=ST, tight=D("1965-01-25"), outer=D("1965-01-25")),
  "adjourned_0125": C(type=OT, tight=D("1965-01-25"), outer=D("1965-01-25")),
  "moved_hall_0126": C(type=OT, tight=D("1965-01-26"), outer=D("1965-01-26")),
  "hall_opened_0127": C(type=OT, tight=D("1965-01-27"), outer=D("1965-01-27")),
  "funeral_0130": C(type=OT, tight=D("1965-01-30"), outer=D("1965-01-30")),
  "river_0130": C(type=OT, tight=D("1965-01-30"), outer=D("1965-01-30")),
  "train_0130": C(type=OT, tight=D("1965-01-30"), outer=D("1965-01-30")),
  "burial_0130": C(type=OT, tight=D("1965-01-30"), outer=D("1965-01-30")),
 },
 events=[
  ("death_0305", "s1_moscow_0306", "أعلنت إذاعة موسكو في الساعة السادسة من صباح اليوم الجمعة وفاة الزعيم السوفياتي جوزيف ستالين", 1, OT),
  ("death_0305", "s1_moscow_0306", "الذي توفي في الساعة التاسعة وخمسين دقيقة من مساء أمس الخميس في منزله الريفي في كونتسيفو", 1, OT),
  ("stroke_0301", "s1_moscow_0306", "وكان ستالين قد أصيب بنزيف في الدماغ مساء الأحد الأول من آذار", 1, OT),
  ("speech_lost_0301", "s1_moscow_0306", "ثم فقد النطق في اليوم نفسه", 1, OT),
  ("bulletin_0304", "s1_moscow_0306", "وأذاعت الحكومة أول نشرة طبية عن مرضه صباح الأربعاء", 1, ST),
  ("joint_meeting_0305", "s1_moscow_0306", "وكانت اللجنة المركزية ومجلس الوزراء وهيئة رئاسة مجلس السوفيات الأعلى قد عقدت اجتماعا مشتركا مساء أمس", 1, MT),
  ("malenkov_named_0305", "s1_moscow_0306", "وعين الاجتماع غيورغي مالينكوف رئيسا لمجلس الوزراء", 1, OT),
  ("body_moved_0306", "s1_moscow_0306", "ونقل جثمان ستالين صباح اليوم إلى قاعة الأعمدة في مجلس النقابات", 1, OT),
  ("hall_opened_0306", "s1_moscow_0306", "ثم فتحت القاعة أمام المودعين بعد ظهر اليوم نفسه", 1, OT),

  ("mourners_0306", "s2_beirut_0307", "تدفق مئات الآلاف من سكان موسكو أمس الجمعة على قاعة الأعمدة لإلقاء النظرة الأخيرة على جثمان جوزيف ستالين", 1, OT),
  ("police_close_0306", "s2_beirut_0307", "وبعد ذلك أغلقت الشرطة وسط المدينة أمام السيارات", 1, OT),
  ("death_0305", "s2_beirut_0307", "وكان ستالين قد توفي مساء الخميس في كونتسيفو", 1, OT),
  ("joint_meeting_0305", "s2_beirut_0307", "وكانت هيئة الرئاسة قد اجتمعت في الكرملين قبل وفاته بساعة", 1, MT),
  ("malenkov_named_0305", "s2_beirut_0307", "ثم عينت غيورغي مالينكوف رئيسا لمجلس الوزراء في الاجتماع نفسه", 1, OT),
  ("eisenhower_0306", "s2_beirut_0307", "وأرسل الرئيس الأمريكي دوايت أيزنهاور برقية تعزية رسمية إلى الحكومة السوفياتية", 1, ST),
  ("france_says_0306", "s2_beirut_0307", "وقال الناطق باسم الحكومة الفرنسية أمس", 1, ST),

  ("funeral_0309", "s3_cairo_0310", "شيعت موسكو أمس الاثنين الزعيم السوفياتي جوزيف ستالين في الساحة الحمراء", 1, OT),
  ("mausoleum_0309", "s3_cairo_0310", "ثم وضع جثمانه في الضريح إلى جانب لينين ظهر اليوم نفسه", 1, OT),
  ("eulogies_0309", "s3_cairo_0310", "وألقى مالينكوف وبيريا ومولوتوف كلمات التأبين من على منصة الضريح", 1, ST),
  ("salute_0309", "s3_cairo_0310", "وعقب ذلك أطلقت المدافع تحية الوداع", 1, OT),
  ("factories_0309", "s3_cairo_0310", "ثم توقفت المصانع في أنحاء البلاد عن العمل خمس دقائق", 1, OT),
  ("hall_opened_0306", "s3_cairo_0310", "وكانت قاعة الأعمدة قد فتحت أمام المودعين بعد ظهر الجمعة", 1, OT),
  ("crush_0306", "s3_cairo_0310", "وكان الزحام قد أوقع قتلى في شوارع موسكو في اليوم نفسه", 1, OT),
  ("eisenhower_0306", "s3_cairo_0310", "وكان الرئيس الأمريكي أيزنهاور قد أرسل برقية تعزية الجمعة", 1, ST),

  ("death_0909", "m1_peking_0909", "أعلنت إذاعة بكين في الساعة الرابعة من بعد ظهر اليوم الخميس وفاة الزعيم الصيني ماو تسي تونغ", 1, OT),
  ("death_0909", "m1_peking_0909", "الذي توفي بعد منتصف الليل بعشر دقائق عن 82 عاما", 1, OT),
  ("flags_0909", "m1_peking_0909", "ونكست الأعلام فوق ساحة تيانانمين بعد الإعلان", 1, OT),
  ("music_0909", "m1_peking_0909", "ثم بدأت مكبرات الصوت في الشوارع بث الموسيقى الجنائزية", 1, OT),
  ("heart_0902", "m1_peking_0909", "وكان ماو قد أصيب بأزمة قلبية في الثاني من أيلول", 1, OT),
  ("icu_0902", "m1_peking_0909", "ونقل إلى غرفة العناية المركزة في اليوم نفسه", 1, OT),
  ("bhutto_0527", "m1_peking_0909", "وكان آخر ظهور رسمي لماو في 27 أيار، حين استقبل رئيس الوزراء الباكستاني ذو الفقار علي بوتو", 1, MT),
  ("mourning_0909", "m1_peking_0909", "وأعلنت اللجنة المركزية للحزب الشيوعي في بيانها حدادا عاما حتى 18 أيلول", 1, ST),

  ("lying_0911", "m2_hongkong_0912", "عرض جثمان الزعيم الصيني ماو تسي تونغ أمس السبت في قاعة الشعب الكبرى في بكين", 1, OT),
  ("filing_0911", "m2_hongkong_0912", "ثم مر أمامه آلاف من أعضاء الحزب في اليوم نفسه", 1, OT),
  ("death_0909", "m2_hongkong_0912", "وكان ماو قد توفي فجر الخميس", 1, OT),
  ("politburo_0909", "m2_hongkong_0912", "وكان المكتب السياسي قد اجتمع مساء اليوم نفسه برئاسة هوا قوه فنغ", 1, MT),
  ("ford_0909", "m2_hongkong_0912", "وبعث الرئيس الأمريكي جيرالد فورد برسالة تعزية إلى بكين", 1, ST),

  ("rally_0918", "m3_cairo_0919", "شارك نحو مليون صيني أمس السبت في حفل تأبين الزعيم ماو تسي تونغ في ساحة تيانانمين", 1, OT),
  ("hua_eulogy_0918", "m3_cairo_0919", "وألقى رئيس الوزراء هوا قوه فنغ كلمة التأبين", 1, ST),
  ("silence_0918", "m3_cairo_0919", "ثم وقف الحشد ثلاث دقائق صمتا في الساعة الثالثة بعد الظهر", 1, OT),
  ("sirens_0918", "m3_cairo_0919", "وعقب الصمت أطلقت صفارات المصانع والقطارات في أنحاء البلاد", 1, OT),
  ("lying_0911", "m3_cairo_0919", "وكان الجثمان قد عرض في قاعة الشعب الكبرى في 11 أيلول", 1, OT),
  ("hua_vigil_0911", "m3_cairo_0919", "وكان هوا قد وقف إلى جانبه مع أعضاء المكتب السياسي صباح اليوم نفسه", 1, OT),
  ("ford_0909", "m3_cairo_0919", "وكان الرئيس الأمريكي جيرالد فورد قد بعث برسالة تعزية يوم الوفاة", 1, ST),

  ("coup_0911", "c1_buenosaires_0911", "أطاح الجيش التشيلي صباح اليوم الثلاثاء حكومة الرئيس سلفادور أليندي", 1, CP),
  ("bombing_0911", "c1_buenosaires_0911", "ثم قصفت الطائرات الحربية قصر لا مونيدا الرئاسي قبيل الظهر", 1, SK),
  ("navy_0911", "c1_buenosaires_0911", "وكانت البحرية قد سيطرت على ميناء فالبارايسو فجر اليوم", 1, CP),
  ("allende_palace_0911", "c1_buenosaires_0911", "ثم انتقل أليندي إلى القصر في الساعة السابعة والنصف صباحا", 1, OT),
  ("allende_speech_0911", "c1_buenosaires_0911", "ووجه أليندي كلمة أخيرة إلى الشعب عبر إذاعة ماغالانيس قبل القصف", 1, ST),
  ("curfew_0911", "c1_buenosaires_0911", "وأعلنت الطغمة العسكرية مساء اليوم حظر التجول في أنحاء البلاد", 1, ST),

  ("burial_0912", "c2_beirut_0913", "دفن الرئيس التشيلي سلفادور أليندي أمس الأربعاء في مقبرة فينيا ديل مار بحضور أرملته هورتنسيا بوسي", 1, OT),
  ("widow_returns_0912", "c2_beirut_0913", "ثم عادت الأرملة إلى سانتياغو في اليوم نفسه", 1, OT),
  ("allende_dies_0911", "c2_beirut_0913", "وكان أليندي قد لقي حتفه في القصر بعد ظهر الثلاثاء", 1, OT),
  ("junta_oath_0911", "c2_beirut_0913", "وكانت الطغمة قد أدت اليمين مساء اليوم نفسه برئاسة الجنرال أوغستو بينوشيه", 1, OT),
  ("stadium_0912", "c2_beirut_0913", "ونقل الجيش آلاف المعتقلين إلى الملعب الوطني في سانتياغو", 1, OT),
  ("mexico_mourning_0912", "c2_beirut_0913", "وأعلنت المكسيك أمس الحداد الوطني ثلاثة أيام", 1, ST),

  ("curfew_lifted_0917", "c3_london_0919", "رفعت الطغمة العسكرية في تشيلي حظر التجول جزئيا صباح الاثنين الماضي", 1, OT),
  ("banks_0917", "c3_london_0919", "ثم فتحت المصارف أبوابها في اليوم نفسه", 1, OT),
  ("navy_0911", "c3_london_0919", "وكانت البحرية قد سيطرت على ميناء فالبارايسو فجر 11 أيلول", 1, CP),
  ("bombing_0911", "c3_london_0919", "ثم قصفت الطائرات قصر لا مونيدا ظهر اليوم نفسه", 1, SK),
  ("storming_0911", "c3_london_0919", "وعقب القصف اقتحم الجنود القصر", 1, CP),
  ("stadium_0912", "c3_london_0919", "وكان الجيش قد بدأ نقل المعتقلين إلى الملعب الوطني الأربعاء 12 أيلول", 1, OT),

  ("pump_0328", "t1_harrisburg_0329", "تعطلت مضخة المياه الرئيسية في المفاعل الثاني بمحطة ثري مايل آيلاند النووية في الساعة الرابعة من فجر أمس الأربعاء", 1, OT),
  ("leak_0328", "t1_harrisburg_0329", "ثم تسربت كميات من البخار المشع إلى الجو", 1, OT),
  ("emergency_0328", "t1_harrisburg_0329", "وأعلنت الشركة المشغلة حالة الطوارئ العامة في الساعة السابعة وأربع وعشرين دقيقة صباحا", 1, "other"),
  ("state_told_0328", "t1_harrisburg_0329", "وبعد ذلك أبلغت سلطات الولاية", 1, ST),
  ("thornburgh_0328", "t1_harrisburg_0329", "وقال حاكم الولاية ريتشارد ثورنبرغ في مؤتمر صحافي بعد ظهر أمس", 1, ST),
  ("commercial_1230", "t1_harrisburg_0329", "وكانت المحطة قد بدأت العمل التجاري في 30 كانون الأول الماضي", 1, OT),
  ("nrc_team_0328", "t1_harrisburg_0329", "وأرسلت هيئة التنظيم النووي فريقا من الخبراء إلى المحطة", 1, OT),

  ("carter_visit_0401", "t2_kuwait_0402", "زار الرئيس الأمريكي جيمي كارتر أمس الأحد محطة ثري مايل آيلاند النووية", 1, OT),
  ("control_room_0401", "t2_kuwait_0402", "ثم تفقد غرفة المراقبة بعد ظهر اليوم نفسه", 1, OT),
  ("advice_0330", "t2_kuwait_0402", "وكان حاكم بنسلفانيا ريتشارد ثورنبرغ قد نصح الحوامل والأطفال بمغادرة المنطقة المحيطة بالمحطة الجمعة", 1, ST),
  ("schools_0330", "t2_kuwait_0402", "ثم أغلق المدارس في اليوم نفسه", 1, OT),
  ("pump_0328", "t2_kuwait_0402", "وكان العطل قد وقع فجر الأربعاء 28 آذار", 1, OT),
  ("nrc_team_0328", "t2_kuwait_0402", "وكانت هيئة التنظيم النووي قد أرسلت فريقا من الخبراء إلى المحطة يوم الحادث", 1, OT),
  ("carter_says_0401", "t2_kuwait_0402", "وقال كارتر للصحافيين بعد الزيارة", 1, ST),

  ("death_0124", "w1_london_0125", "توفي السير ونستون تشرشل، رئيس الوزراء البريطاني خلال الحرب العالمية الثانية، في الساعة الثامنة من صباح أمس الأحد في منزله في لندن عن 90 عاما", 1, OT),
  ("stroke_0115", "w1_london_0125", "وكان تشرشل قد أصيب بجلطة دماغية في 15 كانون الثاني", 1, OT),
  ("coma_0115", "w1_london_0125", "ثم دخل في غيبوبة في اليوم نفسه", 1, OT),
  ("flags_0124", "w1_london_0125", "ونكست الأعلام على المباني الرسمية بعد ساعات من الوفاة", 1, OT),
  ("bells_0124", "w1_london_0125", "ثم قرعت أجراس الكنائس في أنحاء البلاد", 1, OT),
  ("wilson_0124", "w1_london_0125", "وأعلن رئيس الوزراء هارولد ويلسون مساء أمس أن الملكة إليزابيث أمرت بجنازة رسمية", 1, ST),

  ("funeral_0130", "w2_cairo_0131", "شيعت بريطانيا أمس السبت السير ونستون تشرشل في جنازة رسمية في كاتدرائية القديس بولس", 1, OT),
  ("river_0130", "w2_cairo_0131", "ثم نقل نعشه بزورق على نهر التيمز ظهر اليوم نفسه", 1, OT),
  ("train_0130", "w2_cairo_0131", "وبعد ذلك نقل القطار النعش من محطة واترلو إلى بلادون", 1, OT),
  ("burial_0130", "w2_cairo_0131", "حيث دفن في مقبرة الكنيسة", 1, OT),
  ("moved_hall_0126", "w2_cairo_0131", "وكان الجثمان قد نقل إلى قاعة وستمنستر مساء الثلاثاء", 1, OT),
  ("hall_opened_0127", "w2_cairo_0131", "ثم فتحت القاعة أمام الجمهور صباح اليوم التالي", 1, OT),
  ("wilson_tribute_0125", "w2_cairo_0131", "وكان رئيس الوزراء هارولد ويلسون قد أبن تشرشل في مجلس العموم الاثنين", 1, ST),
  ("adjourned_0125", "w2_cairo_0131", "ثم علق المجلس جلسته في اليوم نفسه", 1, OT),
 ],
 diff=[
  # Stalin 1953
  ("stroke_0301", "death_0305"), ("stroke_0301", "speech_lost_0301"), ("body_moved_0306", "hall_opened_0306"),
  ("hall_opened_0306", "mourners_0306"), ("mourners_0306", "police_close_0306"), ("crush_0306", "mourners_0306"),
  ("funeral_0309", "mausoleum_0309"), ("salute_0309", "factories_0309"), ("death_0305", "funeral_0309"),
  ("eisenhower_0306", "france_says_0306"), ("bulletin_0304", "eulogies_0309"), ("malenkov_named_0305", "body_moved_0306"),
  # Mao 1976
  ("heart_0902", "icu_0902"), ("heart_0902", "death_0909"), ("flags_0909", "music_0909"),
  ("lying_0911", "filing_0911"), ("lying_0911", "hua_vigil_0911"), ("rally_0918", "silence_0918"),
  ("silence_0918", "sirens_0918"), ("mourning_0909", "ford_0909"), ("hua_eulogy_0918", "ford_0909"),
  ("politburo_0909", "bhutto_0527"),
  # Chile 1973
  ("coup_0911", "navy_0911"), ("coup_0911", "storming_0911"), ("navy_0911", "storming_0911"),
  ("allende_dies_0911", "burial_0912"), ("burial_0912", "widow_returns_0912"), ("curfew_lifted_0917", "banks_0917"),
  ("curfew_0911", "mexico_mourning_0912"), ("allende_speech_0911", "curfew_0911"), ("junta_oath_0911", "allende_palace_0911"),
  # Three Mile Island 1979
  ("pump_0328", "leak_0328"), ("emergency_0328", "state_told_0328"), ("thornburgh_0328", "advice_0330"),
  ("carter_visit_0401", "control_room_0401"), ("carter_says_0401", "thornburgh_0328"), ("nrc_team_0328", "leak_0328"),
  ("advice_0330", "emergency_0328"),
  # Churchill 1965
  ("stroke_0115", "death_0124"), ("stroke_0115", "coma_0115"), ("flags_0124", "bells_0124"),
  ("funeral_0130", "burial_0130"), ("river_0130", "train_0130"), ("moved_hall_0126", "hall_opened_0127"),
  ("wilson_0124", "wilson_tribute_0125"), ("death_0124", "funeral_0130"),
 ],
 before=[
  # Stalin 1953
  ("stroke_0301", "speech_lost_0301"), ("speech_lost_0301", "bulletin_0304"), ("bulletin_0304", "joint_meeting_0305"),
  ("joint_meeting_0305", "death_0305"), ("joint_meeting_0305", "malenkov_named_0305"),
  ("death_0305", "body_moved_0306"), ("body_moved_0306", "hall_opened_0306"), ("hall_opened_0306", "mourners_0306"),
  ("mourners_0306", "police_close_0306"), ("death_0305", "eisenhower_0306"), ("death_0305", "france_says_0306"),
  ("hall_opened_0306", "crush_0306"), ("mourners_0306", "funeral_0309"), ("funeral_0309", "mausoleum_0309"),
  ("eulogies_0309", "salute_0309"), ("salute_0309", "factories_0309"), ("eulogies_0309", "mausoleum_0309"),
  # Mao 1976
  ("bhutto_0527", "heart_0902"), ("heart_0902", "icu_0902"), ("icu_0902", "death_0909"),
  ("death_0909", "flags_0909"), ("flags_0909", "music_0909"), ("death_0909", "politburo_0909"),
  ("death_0909", "mourning_0909"), ("death_0909", "ford_0909"), ("politburo_0909", "lying_0911"),
  ("lying_0911", "filing_0911"), ("lying_0911", "rally_0918"), ("rally_0918", "hua_eulogy_0918"),
  ("hua_eulogy_0918", "silence_0918"), ("silence_0918", "sirens_0918"),
  # Chile 1973
  ("navy_0911", "allende_palace_0911"), ("allende_palace_0911", "allende_speech_0911"),
  ("allende_speech_0911", "bombing_0911"), ("coup_0911", "bombing_0911"), ("bombing_0911", "storming_0911"),
  ("storming_0911", "allende_dies_0911"), ("allende_dies_0911", "junta_oath_0911"), ("bombing_0911", "curfew_0911"),
  ("allende_dies_0911", "burial_0912"), ("burial_0912", "widow_returns_0912"), ("junta_oath_0911", "stadium_0912"),
  ("allende_dies_0911", "mexico_mourning_0912"), ("stadium_0912", "curfew_lifted_0917"), ("curfew_lifted_0917", "banks_0917"),
  # Three Mile Island 1979
  ("commercial_1230", "pump_0328"), ("pump_0328", "leak_0328"), ("pump_0328", "emergency_0328"),
  ("emergency_0328", "state_told_0328"), ("emergency_0328", "thornburgh_0328"), ("pump_0328", "nrc_team_0328"),
  ("thornburgh_0328", "advice_0330"), ("advice_0330", "schools_0330"), ("schools_0330", "carter_visit_0401"),
  ("carter_visit_0401", "control_room_0401"), ("carter_visit_0401", "carter_says_0401"),
  # Churchill 1965
  ("stroke_0115", "coma_0115"), ("coma_0115", "death_0124"), ("death_0124", "flags_0124"), ("flags_0124", "bells_0124"),
  ("death_0124", "wilson_0124"), ("wilson_0124", "wilson_tribute_0125"), ("wilson_tribute_0125", "adjourned_0125"),
  ("adjourned_0125", "moved_hall_0126"), ("moved_hall_0126", "hall_opened_0127"), ("hall_opened_0127", "funeral_0130"),
  ("funeral_0130", "river_0130"), ("river_0130", "train_0130"), ("train_0130", "burial_0130"),
 ],
)
