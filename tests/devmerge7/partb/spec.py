"""Gold events for tests/devmerge7, part B (other stories, other outlets; scored at a round's
start and end only). Format as ../spec.py.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "g1_palm_0409": "2017-04-09T20:00:00+02:00",
 "g2_palm_0410": "2017-04-10",
 "g3_palm_0412": "2017-04-12",
 "h1_mulki_0604": "2018-06-04T19:00:00+03:00",
 "h2_mulki_0606": "2018-06-06",
 "h3_mulki_0608": "2018-06-08",
 "i1_karak_1218": "2016-12-18T23:00:00+02:00",
 "i2_karak_1219": "2016-12-19",
 "i3_karak_1221": "2016-12-21",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Palm Sunday: Tanta and Alexandria bombed, the defence council, the emergency, the mourning,
  # the claim, Tanta's funeral, parliament approves the emergency
  "tanta_bombing_0409": C(type="strike", tight=D("2017-04-09"), outer=D("2017-04-09")),
  "alex_bombing_0409": C(type="strike", tight=D("2017-04-09"), outer=D("2017-04-09")),
  "defence_council_0409": C(type="meeting", tight=D("2017-04-09"), outer=D("2017-04-09")),
  "emergency_declared_0409": C(type="other", tight=D("2017-04-09"), outer=D("2017-04-09")),
  "palm_mourning_0409": C(type="other", tight=D("2017-04-09"), outer=D("2017-04-09")),
  "palm_claim_0409": C(type="statement", tight=D("2017-04-09"), outer=D("2017-04-09", "2017-04-10")),
  "tanta_funeral_0410": C(type="other", tight=D("2017-04-10"), outer=D("2017-04-10")),
  "emergency_approved_0411": C(type="other", tight=D("2017-04-11"), outer=D("2017-04-11")),
  # Jordan: the strike, Mulki resigns, the King accepts, Razzaz designated, the protests go on,
  # the unions met, the bill withdrawn
  "jordan_strike_0530": C(type="other", tight=D("2018-05-30"), outer=D("2018-05-30")),
  "mulki_resigns_0604": C(type="other", tight=D("2018-06-04"), outer=D("2018-06-04")),
  "king_accepts_0604": C(type="other", tight=D("2018-06-04"), outer=D("2018-06-04")),
  "razzaz_designated_0605": C(type="other", tight=D("2018-06-05"), outer=D("2018-06-05")),
  "protests_go_on_0605": C(type="other", tight=D("2018-06-05"), outer=D("2018-06-05", "2018-06-06")),
  "unions_meeting_0607": C(type="meeting", tight=D("2018-06-07"), outer=D("2018-06-07")),
  "bill_withdrawn_0607": C(type="statement", tight=D("2018-06-07"), outer=D("2018-06-07")),
  # Karak: the attack, the castle cleared, al-Momani, Saudi Arabia, the funerals, the claim,
  # the Qatraneh raid
  "karak_attack_1218": C(type="strike", tight=D("2016-12-18"), outer=D("2016-12-18")),
  "castle_cleared_1218": C(type="other", tight=D("2016-12-18"), outer=D("2016-12-18")),
  "momani_statement_1218": C(type="statement", tight=D("2016-12-18"), outer=D("2016-12-18")),
  "saudi_condemns_1218": C(type="statement", tight=D("2016-12-18"), outer=D("2016-12-18", "2016-12-19")),
  "karak_funerals_1219": C(type="other", tight=D("2016-12-19"), outer=D("2016-12-19")),
  "karak_claim_1220": C(type="statement", tight=D("2016-12-20"), outer=D("2016-12-20")),
  "qatraneh_raid_1220": C(type="other", tight=D("2016-12-20"), outer=D("2016-12-20")),
 },
 events=[
  # g1
  ("tanta_bombing_0409", "g1_palm_0409", "في انفجار وقع داخل كنيسة مار جرجس بمدينة طنطا صباح اليوم الأحد", 1, "strike"),
  ("alex_bombing_0409", "g1_palm_0409", "في تفجير انتحاري أمام الكنيسة المرقسية بالإسكندرية", 1, "strike"),
  ("defence_council_0409", "g1_palm_0409", "وترأس الرئيس عبد الفتاح السيسي اجتماعا لمجلس الدفاع الوطني مساء اليوم", 1, "meeting"),
  ("palm_mourning_0409", "g1_palm_0409", "وأعلنت رئاسة الجمهورية الحداد العام لمدة ثلاثة أيام", 1, "other"),
  # g2
  ("emergency_declared_0409", "g2_palm_0410", "السيسي يعلن الطوارئ ثلاثة أشهر", 1, "other"),
  ("emergency_declared_0409", "g2_palm_0410", "أعلن الرئيس المصري عبد الفتاح السيسي مساء أمس فرض حالة الطوارئ في البلاد لمدة ثلاثة أشهر", 1, "other"),
  ("defence_council_0409", "g2_palm_0410", "عقب اجتماع مجلس الدفاع الوطني", 1, "meeting"),
  ("tanta_bombing_0409", "g2_palm_0410", "بعد تفجير استهدف كنيسة مار جرجس في طنطا صباح أمس", 1, "strike"),
  ("alex_bombing_0409", "g2_palm_0410", "وتفجير انتحاري آخر أمام الكنيسة المرقسية في الإسكندرية بعد ساعات", 1, "strike"),
  ("palm_claim_0409", "g2_palm_0410", "وتبنى تنظيم «داعش» التفجيرين", 1, "statement"),
  # g3
  ("emergency_approved_0411", "g3_palm_0412", "وافق مجلس النواب أمس الثلاثاء على قرار رئيس الجمهورية", 1, "other"),
  ("emergency_declared_0409", "g3_palm_0412", "بإعلان حالة الطوارئ لمدة ثلاثة أشهر", 1, "other"),
  ("emergency_declared_0409", "g3_palm_0412", "وكان الرئيس السيسى قد أعلن حالة الطوارئ مساء الأحد", 1, "other"),
  ("tanta_bombing_0409", "g3_palm_0412", "التفجير الذى استهدف كنيسة مار جرجس فى طنطا صباح الأحد", 1, "strike"),
  ("alex_bombing_0409", "g3_palm_0412", "والتفجير الانتحارى أمام الكنيسة المرقسية فى الإسكندرية", 1, "strike"),
  ("tanta_funeral_0410", "g3_palm_0412", "وشيعت طنطا أمس الأول جثامين ضحايا التفجير", 1, "other"),
  # h1
  ("king_accepts_0604", "h1_mulki_0604", "قبل جلالة الملك عبد الله الثاني اليوم الاثنين استقالة حكومة الدكتور هاني الملقي", 1, "other"),
  ("mulki_resigns_0604", "h1_mulki_0604", "وكان الملقي قد قدم استقالته إلى جلالة الملك في وقت سابق اليوم", 1, "other"),
  ("jordan_strike_0530", "h1_mulki_0604", "وكانت النقابات المهنية قد نفذت إضرابا عاما يوم الأربعاء الماضي", 1, "other"),
  # h2
  ("razzaz_designated_0605", "h2_mulki_0606", "كلف العاهل الأردنى الملك عبد الله الثانى أمس الثلاثاء الدكتور عمر الرزاز بتشكيل حكومة جديدة", 1, "other"),
  ("mulki_resigns_0604", "h2_mulki_0606", "بعد استقالة حكومة هانى الملقى الاثنين", 1, "other"),
  ("protests_go_on_0605", "h2_mulki_0606", "وتواصلت الاحتجاجات ليلا قرب مقر رئاسة الوزراء", 1, "other"),
  # h3
  ("bill_withdrawn_0607", "h3_mulki_0608", "أعلن رئيس الوزراء الأردني المكلف عمر الرزاز أمس (الخميس) أنه سيسحب مشروع قانون ضريبة الدخل", 1, "statement"),
  ("unions_meeting_0607", "h3_mulki_0608", "بعد لقائه مجلس النقباء", 1, "meeting"),
  ("razzaz_designated_0605", "h3_mulki_0608", "وكان الرزاز قد كلف (الثلاثاء) تشكيل الحكومة", 1, "other"),
  ("mulki_resigns_0604", "h3_mulki_0608", "للملقي الذي استقال مطلع الأسبوع", 1, "other"),
  # i1
  ("karak_attack_1218", "i1_karak_1218", "في هجوم شنه مسلحون على مركز أمني في محافظة الكرك مساء اليوم الأحد", 1, "strike"),
  ("castle_cleared_1218", "i1_karak_1218", "وقتلت قوات الأمن أربعة من المهاجمين في عملية لتطهير القلعة", 1, "other"),
  ("momani_statement_1218", "i1_karak_1218", "وقال وزير الدولة لشؤون الإعلام الدكتور محمد المومني في مؤتمر صحافي", 1, "statement"),
  # i2
  ("saudi_condemns_1218", "i2_karak_1219", "دانت المملكة العربية السعودية الهجوم الإرهابي", 1, "statement"),
  ("karak_attack_1218", "i2_karak_1219", "الهجوم الإرهابي الذي استهدف رجال الأمن في مدينة الكرك بالأردن أمس الأحد", 1, "strike"),
  ("karak_funerals_1219", "i2_karak_1219", "وشيع الأردنيون اليوم جثامين رجال الأمن", 1, "other"),
  # i3
  ("karak_claim_1220", "i3_karak_1221", "تبنى تنظيم «الدولة الإسلامية» أمس الثلاثاء هجوم الكرك", 1, "statement"),
  ("karak_attack_1218", "i3_karak_1221", "هجوم الكرك الذي وقع يوم الأحد الماضي", 1, "strike"),
  ("qatraneh_raid_1220", "i3_karak_1221", "وقتل أربعة من رجال الأمن أمس في مداهمة لمخبأ مسلحين في بلدة القطرانة", 1, "other"),
  ("castle_cleared_1218", "i3_karak_1221", "وكانت قوات الأمن قد قتلت أربعة مهاجمين في قلعة الكرك مساء الأحد", 1, "other"),
 ],
 diff=[
  ("tanta_bombing_0409", "alex_bombing_0409"),
  ("emergency_declared_0409", "palm_mourning_0409"),
  ("emergency_declared_0409", "emergency_approved_0411"),
  ("tanta_funeral_0410", "emergency_approved_0411"),
  ("mulki_resigns_0604", "king_accepts_0604"),
  ("razzaz_designated_0605", "protests_go_on_0605"),
  ("castle_cleared_1218", "qatraneh_raid_1220"),
  ("momani_statement_1218", "saudi_condemns_1218"),
  ("karak_claim_1220", "saudi_condemns_1218"),
 ],
 before=[
  ("tanta_bombing_0409", "alex_bombing_0409"),
  ("alex_bombing_0409", "defence_council_0409"),
  ("defence_council_0409", "emergency_declared_0409"),
  ("emergency_declared_0409", "emergency_approved_0411"),
  ("jordan_strike_0530", "mulki_resigns_0604"),
  ("mulki_resigns_0604", "razzaz_designated_0605"),
  ("razzaz_designated_0605", "bill_withdrawn_0607"),
  ("unions_meeting_0607", "bill_withdrawn_0607"),
  ("karak_attack_1218", "castle_cleared_1218"),
  ("karak_attack_1218", "karak_funerals_1219"),
  ("karak_funerals_1219", "karak_claim_1220"),
 ],
)
