"""Gold events for tests/devdating14/b (part B of dating round 17's development set: the transfer
measure, scored only at the round's start and end; format as ../a/spec.py).

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
 "i1_iceland_0415": "2010-04-15",
 "i2_iceland_0417": "2010-04-17",
 "i3_iceland_0422": "2010-04-22",
 "j1_uberlingen_0702": "2002-07-02",
 "j2_uberlingen_0704": "2002-07-04",
 "k1_swissair_0903": "1998-09-03",
 "k2_swissair_0905": "1998-09-05",
}

C = dict
OT, ST, MT = "other", "statement", "meeting"
DEV = dict(
 timex=[],
 clusters={
  # Eyjafjallajokull, March-April 2010
  "first_eruption_0320": C(type=OT, tight=D("2010-03-20"), outer=D("2010-03-20")),
  "eruption_0414": C(type=OT, tight=D("2010-04-14"), outer=D("2010-04-14")),
  "evacuation_0414": C(type=OT, tight=D("2010-04-14"), outer=D("2010-04-14")),
  "uk_closes_0415": C(type=OT, tight=D("2010-04-15"), outer=D("2010-04-15")),
  "flights_cancelled_0416": C(type=OT, tight=D("2010-04-16"), outer=D("2010-04-16")),
  "eurocontrol_says_0416": C(type=ST, tight=D("2010-04-16"), outer=D("2010-04-16")),
  "ministers_agree_0419": C(type=MT, tight=D("2010-04-19"), outer=D("2010-04-19")),
  "zones_decided_0419": C(type=OT, tight=D("2010-04-19"), outer=D("2010-04-19")),
  "uk_reopens_0420": C(type=OT, tight=D("2010-04-20"), outer=D("2010-04-20")),
  "first_landing_0420": C(type=OT, tight=D("2010-04-20"), outer=D("2010-04-20", "2010-04-21")),
  "eurocontrol_says_0421": C(type=ST, tight=D("2010-04-21"), outer=D("2010-04-21")),
  # Ueberlingen, July 2002
  "collision_0701": C(type=OT, tight=D("2002-07-01"), outer=D("2002-07-01", "2002-07-02")),
  "controller_order_0701": C(type=OT, tight=D("2002-07-01"), outer=D("2002-07-01", "2002-07-02")),
  "skyguide_says_0702": C(type=ST, tight=D("2002-07-02"), outer=D("2002-07-02")),
  "mourning_0702": C(type=OT, tight=D("2002-07-02"), outer=D("2002-07-01", "2002-07-02")),
  "boxes_found_0702": C(type=OT, tight=D("2002-07-02"), outer=D("2002-07-02")),
  "investigators_say_0702": C(type=ST, tight=D("2002-07-02"), outer=D("2002-07-02")),
  "relatives_arrive_0703": C(type=OT, tight=D("2002-07-03"), outer=D("2002-07-03")),
  # Swissair 111, September 1998
  "takeoff_0902": C(type=OT, tight=D("1998-09-02"), outer=D("1998-09-02")),
  "emergency_0902": C(type=OT, tight=D("1998-09-02"), outer=D("1998-09-02")),
  "crash_0902": C(type=OT, tight=D("1998-09-02"), outer=D("1998-09-02")),
  "fishermen_0902": C(type=OT, tight=D("1998-09-02"), outer=D("1998-09-02", "1998-09-03")),
  "hope_ended_0903": C(type=ST, tight=D("1998-09-03"), outer=D("1998-09-03")),
  "families_arrive_0904": C(type=OT, tight=D("1998-09-04"), outer=D("1998-09-04")),
  "chretien_says_0904": C(type=ST, tight=D("1998-09-04"), outer=D("1998-09-04")),
  "condolences_0904": C(type=ST, tight=D("1998-09-04"), outer=D("1998-09-04")),
 },
 events=[
  ("eruption_0414", "i1_iceland_0415", "ثار بركان تحت نهر إيافيالايوكل الجليدي في جنوب آيسلندا فجر أمس الأربعاء", 1, OT),
  ("evacuation_0414", "i1_iceland_0415", "وأجلت السلطات نحو 800 من سكان المنطقة", 1, OT),
  ("first_eruption_0320", "i1_iceland_0415", "وكان البركان قد ثار للمرة الأولى في 20 مارس", 1, OT),
  ("uk_closes_0415", "i1_iceland_0415", "وأغلقت بريطانيا مجالها الجوي اليوم", 1, OT),

  ("flights_cancelled_0416", "i2_iceland_0417", "ألغت شركات الطيران الأوروبية أمس الجمعة نحو 16 ألف رحلة", 1, OT),
  ("uk_closes_0415", "i2_iceland_0417", "غداة إغلاق بريطانيا ودول أوروبية أخرى مجالاتها الجوية", 1, OT),
  ("eruption_0414", "i2_iceland_0417", "التي نفثها بركان آيسلندي الأربعاء", 1, OT),
  ("eurocontrol_says_0416", "i2_iceland_0417", "وقالت منظمة يوروكونترول في بيان مساء أمس", 1, ST),

  ("uk_reopens_0420", "i3_iceland_0422", "أعادت بريطانيا فتح مجالها الجوي ليل الثلاثاء", 1, OT),
  ("uk_closes_0415", "i3_iceland_0422", "بعد خمسة أيام من إغلاقه", 1, OT),
  ("first_landing_0420", "i3_iceland_0422", "وهبطت أول طائرة في مطار هيثرو", 1, OT),
  ("ministers_agree_0419", "i3_iceland_0422", "وكان وزراء النقل الأوروبيون قد اتفقوا في اجتماع عبر الفيديو بعد ظهر الاثنين", 1, MT),
  ("zones_decided_0419", "i3_iceland_0422", "وقرروا في الاجتماع نفسه تقسيم المجال الجوي إلى ثلاث مناطق", 1, OT),
  ("eurocontrol_says_0421", "i3_iceland_0422", "وأعلنت يوروكونترول أمس الأربعاء", 1, ST),

  ("collision_0701", "j1_uberlingen_0702", "اصطدمت طائرة ركاب روسية تابعة لشركة باشكيريان بطائرة شحن", 1, OT),
  ("skyguide_says_0702", "j1_uberlingen_0702", "وقالت شركة الملاحة الجوية السويسرية سكاي غايد اليوم", 1, ST),
  ("controller_order_0701", "j1_uberlingen_0702", "إن مراقبها طلب من الطائرة الروسية الهبوط", 1, OT),
  ("mourning_0702", "j1_uberlingen_0702", "وأعلن رئيس جمهورية بشكيريا مرتضى رحيموف الحداد في الجمهورية", 1, OT),

  ("relatives_arrive_0703", "j2_uberlingen_0704", "وصل إلى أوبرلينغن أمس الأربعاء أقارب الضحايا الروس", 1, OT),
  ("boxes_found_0702", "j2_uberlingen_0704", "غداة العثور على الصندوقين الأسودين", 1, OT),
  ("investigators_say_0702", "j2_uberlingen_0704", "وكان المحققون الألمان قد أعلنوا أمس الأول", 1, ST),
  ("controller_order_0701", "j2_uberlingen_0704", "في حين طلب المراقب السويسري منه الهبوط", 1, OT),

  ("crash_0902", "k1_swissair_0903", "سقطت طائرة ركاب تابعة لشركة سويس إير في المحيط الأطلسي قبالة سواحل نوفا سكوشا الكندية ليل أمس الأربعاء", 1, OT),
  ("emergency_0902", "k1_swissair_0903", "من إعلان طاقمها حالة الطوارئ", 1, OT),
  ("takeoff_0902", "k1_swissair_0903", "وكانت الطائرة قد أقلعت من مطار جون كينيدي في نيويورك متجهة إلى جنيف مساء اليوم نفسه", 1, OT),
  ("fishermen_0902", "k1_swissair_0903", "وتوجه صيادون من قرية بيغيز كوف إلى موقع السقوط", 1, OT),

  ("families_arrive_0904", "k2_swissair_0905", "وصل أقارب ضحايا رحلة سويس إير 111 إلى هاليفاكس أمس الجمعة", 1, OT),
  ("hope_ended_0903", "k2_swissair_0905", "غداة إعلان السلطات الكندية انتهاء الأمل في العثور على ناجين", 1, ST),
  ("chretien_says_0904", "k2_swissair_0905", "وقال رئيس الوزراء الكندي جان كريتيان في بيغيز كوف أمس", 1, ST),
  ("condolences_0904", "k2_swissair_0905", "وقدم في المكان نفسه تعازيه لعائلات الضحايا", 1, ST),
 ],
 diff=[
  ("first_eruption_0320", "eruption_0414"), ("uk_closes_0415", "uk_reopens_0420"),
  ("eurocontrol_says_0416", "eurocontrol_says_0421"), ("flights_cancelled_0416", "uk_closes_0415"),
  ("collision_0701", "boxes_found_0702"), ("skyguide_says_0702", "investigators_say_0702"),
  ("crash_0902", "takeoff_0902"), ("chretien_says_0904", "hope_ended_0903"),
 ],
 before=[
  ("first_eruption_0320", "eruption_0414"), ("eruption_0414", "evacuation_0414"),
  ("eruption_0414", "uk_closes_0415"), ("uk_closes_0415", "flights_cancelled_0416"),
  ("flights_cancelled_0416", "ministers_agree_0419"), ("ministers_agree_0419", "uk_reopens_0420"),
  ("uk_reopens_0420", "first_landing_0420"), ("uk_reopens_0420", "eurocontrol_says_0421"),
  ("controller_order_0701", "collision_0701"), ("collision_0701", "skyguide_says_0702"),
  ("collision_0701", "mourning_0702"), ("boxes_found_0702", "relatives_arrive_0703"),
  ("investigators_say_0702", "relatives_arrive_0703"),
  ("takeoff_0902", "emergency_0902"), ("emergency_0902", "crash_0902"),
  ("crash_0902", "fishermen_0902"), ("hope_ended_0903", "families_arrive_0904"),
  ("crash_0902", "hope_ended_0903"),
 ],
)
