"""Gold events for tests/devmerge9, part A (a development set; format as ../devmerge3/spec.py).

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
 "h1_helsinki_0716": "2018-07-16T21:00:00+03:00",
 "h2_helsinki_0717": "2018-07-17",
 "h3_helsinki_0718": "2018-07-18",
 "h4_helsinki_0726": "2018-07-26",
 "c1_chahed_0827": "2016-08-27T13:00:00+01:00",
 "c2_chahed_0828": "2016-08-28",
 "c3_chahed_0830": "2016-08-30",
 "c4_chahed_0901": "2016-09-01",
 "f1_farmaajo_0208": "2017-02-08T22:00:00+03:00",
 "f2_farmaajo_0209": "2017-02-09",
 "f3_farmaajo_0210": "2017-02-10",
 "f4_farmaajo_0223": "2017-02-23",
 "s1_shayrat_0407": "2017-04-07T12:00:00+03:00",
 "s2_shayrat_0408": "2017-04-08",
 "s3_shayrat_0409": "2017-04-09",
 "s4_shayrat_0413": "2017-04-13",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Helsinki: the Trump-Putin summit, their words at the joint press conference, Coats's and
  # Lavrov's statements the same day (each of one side), Trump's walk-back and Peskov's words
  # ("الكرملين"، "المتحدث باسم الرئاسة الروسية") the next day
  "helsinki_summit_0716": C(type="meeting", tight=D("2018-07-16"), outer=D("2018-07-16")),
  "trump_presser_0716": C(type="statement", tight=D("2018-07-16"), outer=D("2018-07-16")),
  "putin_presser_0716": C(type="statement", tight=D("2018-07-16"), outer=D("2018-07-16")),
  "coats_statement_0716": C(type="statement", tight=D("2018-07-16"), outer=D("2018-07-16")),
  "lavrov_statement_0716": C(type="statement", tight=D("2018-07-16"), outer=D("2018-07-16")),
  "trump_walkback_0717": C(type="statement", tight=D("2018-07-17"), outer=D("2018-07-17")),
  "peskov_statement_0717": C(type="statement", tight=D("2018-07-17"), outer=D("2018-07-17")),
  # Tunis: the chamber's vote of confidence (Friday night), the oath of the head of government
  # and his ministers ("the government", "the head of government and his ministers", "al-Chahed"),
  # Essebsi's speech at it, the handover from Essid on Monday
  "chahed_confidence_0826": C(type="other", tight=D("2016-08-26"), outer=D("2016-08-26", "2016-08-27")),
  "chahed_oath_0827": C(type="other", tight=D("2016-08-27"), outer=D("2016-08-27")),
  "essebsi_speech_0827": C(type="statement", tight=D("2016-08-27"), outer=D("2016-08-27")),
  "chahed_handover_0829": C(type="other", tight=D("2016-08-29"), outer=D("2016-08-29")),
  # Mogadishu: the parliament elects Farmaajo ("انتخب" / "فاز" / "انتخابه"), Hassan Sheikh
  # concedes, the oath at the airport; the King's and the crown prince's cables, Egypt's welcome;
  # the inauguration two weeks later
  "farmaajo_elected_0208": C(type="other", tight=D("2017-02-08"), outer=D("2017-02-08")),
  "hassan_concedes_0208": C(type="statement", tight=D("2017-02-08"), outer=D("2017-02-08")),
  "farmaajo_oath_0208": C(type="other", tight=D("2017-02-08"), outer=D("2017-02-08")),
  "king_cable_0209": C(type="statement", tight=D("2017-02-09"), outer=D("2017-02-09")),
  "crown_prince_cable_0209": C(type="statement", tight=D("2017-02-09"), outer=D("2017-02-09")),
  "egypt_welcome_0209": C(type="statement", tight=D("2017-02-09"), outer=D("2017-02-09")),
  "farmaajo_inauguration_0222": C(type="other", tight=D("2017-02-22"), outer=D("2017-02-22")),
  # Shayrat: the Tomahawk strike at dawn, Trump's speech (the evening of the 6th in Florida, the
  # night of the 7th in Damascus), Peskov's words ("الكرملين"، "روسيا"), Zakharova's the same day,
  # the Saudi welcome and the Iranian condemnation, the Security Council's session; Khan
  # Shaykhun's chemical attack three days before; Tillerson with Lavrov, then with Putin
  "shayrat_strike_0407": C(type="strike", tight=D("2017-04-07"), outer=D("2017-04-07")),
  "trump_speech_0406": C(type="statement", tight=D("2017-04-06", "2017-04-07"), outer=D("2017-04-06", "2017-04-07")),
  "peskov_statement_0407": C(type="statement", tight=D("2017-04-07"), outer=D("2017-04-07")),
  "zakharova_statement_0407": C(type="statement", tight=D("2017-04-07"), outer=D("2017-04-07")),
  "saudi_welcome_0407": C(type="statement", tight=D("2017-04-07"), outer=D("2017-04-07")),
  "iran_condemns_0407": C(type="statement", tight=D("2017-04-07"), outer=D("2017-04-07")),
  "unsc_session_0407": C(type="meeting", tight=D("2017-04-07"), outer=D("2017-04-07", "2017-04-08")),
  "khan_shaykhun_0404": C(type="strike", tight=D("2017-04-04"), outer=D("2017-04-04")),
  "tillerson_lavrov_0412": C(type="meeting", tight=D("2017-04-12"), outer=D("2017-04-12")),
  "tillerson_putin_0412": C(type="meeting", tight=D("2017-04-12"), outer=D("2017-04-12")),
 },
 events=[
  # h1
  ("helsinki_summit_0716", "h1_helsinki_0716", "عقد الرئيس الأمريكي دونالد ترامب والرئيس الروسي فلاديمير بوتين قمة في القصر الرئاسي في هلسنكي اليوم الاثنين", 1, "meeting"),
  ("trump_presser_0716", "h1_helsinki_0716", "وقال ترامب في مؤتمر صحفي مشترك مع بوتين عقب القمة", 1, "statement"),
  ("putin_presser_0716", "h1_helsinki_0716", "وقال بوتين في المؤتمر نفسه", 1, "statement"),
  ("coats_statement_0716", "h1_helsinki_0716", "قال مدير المخابرات الوطنية الأمريكية دان كوتس في بيان اليوم", 1, "statement"),
  ("lavrov_statement_0716", "h1_helsinki_0716", "وقال وزير الخارجية الروسي سيرجي لافروف للصحفيين في هلسنكي", 1, "statement"),
  # h2
  ("helsinki_summit_0716", "h2_helsinki_0717", "قمة هلسنكي", 1, "meeting"),
  ("helsinki_summit_0716", "h2_helsinki_0717", "التقى الرئيسان الأمريكي دونالد ترامب والروسي فلاديمير بوتين، أمس، في العاصمة الفنلندية هلسنكي", 1, "meeting"),
  ("putin_presser_0716", "h2_helsinki_0717", "وقال بوتين في المؤتمر الصحفي المشترك", 1, "statement"),
  ("trump_presser_0716", "h2_helsinki_0717", "بينما نفى ترامب أن يكون لديه سبب للاعتقاد", 1, "statement"),
  ("coats_statement_0716", "h2_helsinki_0717", "ورد مدير الاستخبارات الوطنية الأمريكية دان كوتس في بيان مساء أمس", 1, "statement"),
  # h3
  ("trump_walkback_0717", "h3_helsinki_0718", "تراجع الرئيس الأمريكى دونالد ترامب أمس الثلاثاء عن تصريحاته", 1, "statement"),
  ("trump_presser_0716", "h3_helsinki_0718", "وكان ترامب قد قال فى المؤتمر الصحفى مع الرئيس الروسى فلاديمير بوتين يوم الاثنين", 1, "statement"),
  ("peskov_statement_0717", "h3_helsinki_0718", "قال الكرملين أمس", 1, "statement"),
  ("helsinki_summit_0716", "h3_helsinki_0718", "القمة التى عقدت فى هلسنكى يوم الاثنين", 1, "meeting"),
  # h4
  ("helsinki_summit_0716", "h4_helsinki_0726", "قمة هلسنكي التي جمعت الرئيسين دونالد ترامب وفلاديمير بوتين الأسبوع الماضي", 1, "meeting"),
  ("peskov_statement_0717", "h4_helsinki_0726", "وكان المتحدث باسم الرئاسة الروسية دميتري بيسكوف قد قال في اليوم التالي للقمة", 1, "statement"),
  ("trump_walkback_0717", "h4_helsinki_0726", "أما ترامب فقد تراجع بعد يوم من القمة", 1, "statement"),
  # c1
  ("chahed_oath_0827", "c1_chahed_0827", "أدى رئيس الحكومة يوسف الشاهد وأعضاء حكومته صباح اليوم السبت اليمين الدستورية", 1, "other"),
  ("chahed_confidence_0826", "c1_chahed_0827", "وكان مجلس نواب الشعب قد منح مساء أمس الجمعة ثقته لحكومة الوحدة الوطنية", 1, "other"),
  ("essebsi_speech_0827", "c1_chahed_0827", "ودعا رئيس الجمهورية، في كلمة ألقاها بالمناسبة", 1, "statement"),
  # c2
  ("chahed_oath_0827", "c2_chahed_0828", "أدت حكومة يوسف الشاهد، أمس، اليمين الدستورية", 1, "other"),
  ("chahed_confidence_0826", "c2_chahed_0828", "غداة نيلها ثقة البرلمان", 1, "other"),
  ("chahed_confidence_0826", "c2_chahed_0828", "ونالت الحكومة ثقة البرلمان ليل الجمعة", 1, "other"),
  # c3
  ("chahed_handover_0829", "c3_chahed_0830", "تسلم رئيس الحكومة التونسية الجديد يوسف الشاهد أمس الاثنين مهامه رسميا من سلفه الحبيب الصيد", 1, "other"),
  ("chahed_oath_0827", "c3_chahed_0830", "وكانت حكومة الشاهد قد أدت اليمين الدستورية السبت الماضى", 1, "other"),
  ("chahed_confidence_0826", "c3_chahed_0830", "بعد أن منحها البرلمان الثقة يوم الجمعة", 1, "other"),
  # c4
  ("chahed_confidence_0826", "c4_chahed_0901", "منح البرلمان التونسي الأسبوع الماضي الثقة لحكومة يوسف الشاهد", 1, "other"),
  ("chahed_oath_0827", "c4_chahed_0901", "وأدى الشاهد اليمين الدستورية رئيسا للحكومة في قصر قرطاج في اليوم التالي", 1, "other"),
  ("chahed_handover_0829", "c4_chahed_0901", "وتسلم الشاهد مهامه من الحبيب الصيد يوم الاثنين", 1, "other"),
  # f1
  ("farmaajo_elected_0208", "f1_farmaajo_0208", "انتخب البرلمان الصومالي اليوم الأربعاء رئيس الوزراء الأسبق محمد عبد الله فرماجو رئيسا جديدا للبلاد", 1, "other"),
  ("hassan_concedes_0208", "f1_farmaajo_0208", "وأقر الرئيس المنتهية ولايته حسن شيخ محمود بهزيمته", 1, "statement"),
  ("farmaajo_oath_0208", "f1_farmaajo_0208", "وأدى فرماجو اليمين الدستورية في المطار عقب إعلان النتيجة", 1, "other"),
  # f2
  ("king_cable_0209", "f2_farmaajo_0209", "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة", 1, "statement"),
  ("farmaajo_elected_0208", "f2_farmaajo_0209", "بمناسبة انتخابه رئيساً لجمهورية الصومال الفيدرالية", 1, "other"),
  ("crown_prince_cable_0209", "f2_farmaajo_0209", "كما بعث صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد برقية تهنئة مماثلة", 1, "statement"),
  # f3
  ("egypt_welcome_0209", "f3_farmaajo_0210", "رحبت وزارة الخارجية المصرية أمس الخميس", 1, "statement"),
  ("farmaajo_elected_0208", "f3_farmaajo_0210", "بانتخاب محمد عبد الله فرماجو رئيسا للصومال", 1, "other"),
  ("farmaajo_elected_0208", "f3_farmaajo_0210", "وكان فرماجو قد فاز فى الانتخابات الرئاسية التى جرت الأربعاء الماضى فى مطار مقديشو", 1, "other"),
  ("hassan_concedes_0208", "f3_farmaajo_0210", "وكان الرئيس المنتهية ولايته حسن شيخ محمود قد اعترف بهزيمته فى الجلسة نفسها", 1, "statement"),
  # f4
  ("farmaajo_inauguration_0222", "f4_farmaajo_0223", "نصب الرئيس الصومالي محمد عبد الله فرماجو أمس (الأربعاء) رسميا في حفل أقيم في مقديشو", 1, "other"),
  ("farmaajo_elected_0208", "f4_farmaajo_0223", "بعد أسبوعين من فوزه بالرئاسة في الثامن من فبراير (شباط)", 1, "other"),
  # s1
  ("shayrat_strike_0407", "s1_shayrat_0407", "أطلقت سفن حربية أمريكية فجر اليوم الجمعة 59 صاروخا من طراز توماهوك على قاعدة الشعيرات الجوية", 1, "strike"),
  ("khan_shaykhun_0404", "s1_shayrat_0407", "الهجوم الكيميائي على بلدة خان شيخون", 1, "strike"),
  ("trump_speech_0406", "s1_shayrat_0407", "وقال الرئيس الأمريكي دونالد ترامب في كلمة من منتجعه في فلوريدا", 1, "statement"),
  ("peskov_statement_0407", "s1_shayrat_0407", "وقال المتحدث باسم الكرملين دميتري بيسكوف اليوم", 1, "statement"),
  ("zakharova_statement_0407", "s1_shayrat_0407", "وقالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا", 1, "statement"),
  # s2
  ("shayrat_strike_0407", "s2_shayrat_0408", "شنت الولايات المتحدة فجر أمس هجوما صاروخيا على مطار الشعيرات العسكري", 1, "strike"),
  ("khan_shaykhun_0404", "s2_shayrat_0408", "بعد ثلاثة أيام من الهجوم الكيماوي على خان شيخون", 1, "strike"),
  ("peskov_statement_0407", "s2_shayrat_0408", "واعتبر الكرملين الضربة الأمريكية", 1, "statement"),
  ("saudi_welcome_0407", "s2_shayrat_0408", "ورحب مصدر مسؤول في وزارة الخارجية السعودية بالضربة", 1, "statement"),
  ("iran_condemns_0407", "s2_shayrat_0408", "فيما دانت إيران الهجوم الأمريكي", 1, "statement"),
  ("khan_shaykhun_0404", "s2_shayrat_0408", "وكان الهجوم الكيماوي على خان شيخون يوم الثلاثاء", 1, "strike"),
  # s3
  ("peskov_statement_0407", "s3_shayrat_0409", "وصفت روسيا الضربة الأمريكية على مطار الشعيرات", 1, "statement"),
  ("shayrat_strike_0407", "s3_shayrat_0409", "الضربة الأمريكية على مطار الشعيرات فجر الجمعة", 1, "strike"),
  ("unsc_session_0407", "s3_shayrat_0409", "وعقد مجلس الأمن الدولي مساء الجمعة جلسة طارئة", 1, "meeting"),
  # s4
  ("tillerson_lavrov_0412", "s4_shayrat_0413", "التقى وزير الخارجية الأمريكي ريكس تيلرسون أمس الأربعاء نظيره الروسي سيرجي لافروف في موسكو", 1, "meeting"),
  ("tillerson_putin_0412", "s4_shayrat_0413", "قبل أن يستقبله الرئيس فلاديمير بوتين في الكرملين", 1, "meeting"),
  ("shayrat_strike_0407", "s4_shayrat_0413", "الضربة الأمريكية على قاعدة الشعيرات الأسبوع الماضي", 1, "strike"),
 ],
 diff=[
  ("trump_presser_0716", "putin_presser_0716"),
  ("trump_presser_0716", "coats_statement_0716"),
  ("putin_presser_0716", "lavrov_statement_0716"),
  ("coats_statement_0716", "lavrov_statement_0716"),
  ("trump_presser_0716", "trump_walkback_0717"),
  ("trump_walkback_0717", "peskov_statement_0717"),
  ("putin_presser_0716", "peskov_statement_0717"),
  ("lavrov_statement_0716", "peskov_statement_0717"),
  ("chahed_confidence_0826", "chahed_oath_0827"),
  ("chahed_oath_0827", "chahed_handover_0829"),
  ("chahed_confidence_0826", "chahed_handover_0829"),
  ("farmaajo_elected_0208", "farmaajo_oath_0208"),
  ("farmaajo_oath_0208", "farmaajo_inauguration_0222"),
  ("farmaajo_elected_0208", "farmaajo_inauguration_0222"),
  ("king_cable_0209", "crown_prince_cable_0209"),
  ("king_cable_0209", "egypt_welcome_0209"),
  ("crown_prince_cable_0209", "egypt_welcome_0209"),
  ("hassan_concedes_0208", "king_cable_0209"),
  ("shayrat_strike_0407", "khan_shaykhun_0404"),
  ("trump_speech_0406", "peskov_statement_0407"),
  ("peskov_statement_0407", "zakharova_statement_0407"),
  ("saudi_welcome_0407", "iran_condemns_0407"),
  ("peskov_statement_0407", "saudi_welcome_0407"),
  ("peskov_statement_0407", "iran_condemns_0407"),
  ("zakharova_statement_0407", "iran_condemns_0407"),
  ("tillerson_lavrov_0412", "tillerson_putin_0412"),
  ("unsc_session_0407", "tillerson_lavrov_0412"),
 ],
 before=[
  ("helsinki_summit_0716", "trump_walkback_0717"),
  ("helsinki_summit_0716", "peskov_statement_0717"),
  ("trump_presser_0716", "trump_walkback_0717"),
  ("chahed_confidence_0826", "chahed_oath_0827"),
  ("chahed_oath_0827", "chahed_handover_0829"),
  ("farmaajo_elected_0208", "king_cable_0209"),
  ("farmaajo_elected_0208", "egypt_welcome_0209"),
  ("farmaajo_oath_0208", "farmaajo_inauguration_0222"),
  ("khan_shaykhun_0404", "shayrat_strike_0407"),
  ("shayrat_strike_0407", "tillerson_lavrov_0412"),
  ("peskov_statement_0407", "tillerson_putin_0412"),
 ],
)
