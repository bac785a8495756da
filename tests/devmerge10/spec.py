"""Gold events for tests/devmerge10, part A (a development set; format as ../devmerge3/spec.py).

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
 "e1_asmara_0708": "2018-07-08T20:00:00+03:00",
 "e2_asmara_0709": "2018-07-09",
 "e3_asmara_0710": "2018-07-10",
 "e4_jeddah_0917": "2018-09-17",
 "t1_tunis_0916": "2019-09-16T10:00:00+01:00",
 "t2_tunis_1010": "2019-10-10",
 "t3_tunis_1014": "2019-10-14T18:00:00+02:00",
 "t4_tunis_1024": "2019-10-24",
 "a1_algiers_1101": "2020-11-01T20:00:00+01:00",
 "a2_algiers_1102": "2020-11-02T19:00:00+01:00",
 "a3_algiers_1103": "2020-11-03",
 "a4_algiers_1113": "2020-11-13",
 "j1_tokyo_0828": "2020-08-28T19:00:00+09:00",
 "j2_tokyo_0829": "2020-08-29",
 "j3_tokyo_0915": "2020-09-15",
 "j4_tokyo_0917": "2020-09-17",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Asmara and Jeddah: Abiy's visit (his arrival, Isaias's reception; the headline's "يلتقي"),
  # the talks at the palace the same afternoon, the joint declaration signed the next day, the
  # Jeddah agreement two months later and the Algiers agreement of 2000 (three signings of one
  # peace), Ethiopia's acceptance in June, the welcomes
  "abiy_visit_0708": C(type="meeting", tight=D("2018-07-08"), outer=D("2018-07-08")),
  "asmara_talks_0708": C(type="meeting", tight=D("2018-07-08"), outer=D("2018-07-08")),
  "yemane_tweet_0708": C(type="statement", tight=D("2018-07-08"), outer=D("2018-07-08")),
  "asmara_declaration_0709": C(type="other", tight=D("2018-07-09"), outer=D("2018-07-09")),
  "egypt_welcome_0709": C(type="statement", tight=D("2018-07-09"), outer=D("2018-07-09")),
  "guterres_welcome_0709": C(type="statement", tight=D("2018-07-09"), outer=D("2018-07-09", "2018-07-10")),
  "ethiopia_accepts_0605": C(type="statement", tight=D("2018-06-05"), outer=D("2018-06-01", "2018-06-30")),
  "algiers_signing_2000": C(type="other", tight=D("2000-12-12"), outer=D("2000-12-01", "2000-12-31")),
  "jeddah_signing_0916": C(type="other", tight=D("2018-09-16"), outer=D("2018-09-16")),
  "king_medal_0916": C(type="other", tight=D("2018-09-16"), outer=D("2018-09-16", "2018-09-17")),
  "guterres_jeddah_0916": C(type="statement", tight=D("2018-09-16"), outer=D("2018-09-16", "2018-09-17")),
  # Tunis 2019: Karoui's arrest, the first round ("الاقتراع") beside the first round of 2014, the
  # authority's results, the court's ruling and Karoui's release, his words, the runoff (told
  # once undated), the results, Sisi's call, Saied's oath and the handover; Essebsi's death
  "karoui_arrest_0823": C(type="other", tight=D("2019-08-23"), outer=D("2019-08-23")),
  "first_round_0915": C(type="other", tight=D("2019-09-15"), outer=D("2019-09-15")),
  "first_round_2014": C(type="other", tight=D("2014-11-23"), outer=D("2014-01-01", "2014-12-31")),
  "bafoun_presser_0916": C(type="statement", tight=D("2019-09-15", "2019-09-16"), outer=D("2019-09-15", "2019-09-16")),
  "isie_results_0917": C(type="other", tight=D("2019-09-17"), outer=D("2019-09-17")),
  "cassation_ruling_1009": C(type="other", tight=D("2019-10-09"), outer=D("2019-10-09")),
  "karoui_release_1009": C(type="other", tight=D("2019-10-09"), outer=D("2019-10-09")),
  "karoui_words_1009": C(type="statement", tight=D("2019-10-09"), outer=D("2019-10-09")),
  "runoff_1013": C(type="other", tight=D("2019-10-13"), outer=D("2019-10-13")),
  "isie_results_1014": C(type="other", tight=D("2019-10-14"), outer=D("2019-10-14")),
  "sisi_call_1014": C(type="call", tight=D("2019-10-14"), outer=D("2019-10-14")),
  "saied_oath_1023": C(type="other", tight=D("2019-10-23"), outer=D("2019-10-23")),
  "saied_handover_1023": C(type="other", tight=D("2019-10-23"), outer=D("2019-10-23")),
  "ennaceur_interim_0725": C(type="other", tight=D("2019-07-25"), outer=D("2019-07-25")),
  "essebsi_death_0725": C(type="other", tight=D("2019-07-25"), outer=D("2019-07-25")),
  # Algiers 2020: the referendum ("الاستفتاء"، "الاقتراع") beside those of 1999 and 2005, the
  # authority's turnout on the night and its results the next day (told by the body and by its
  # head), the presidency's statement, the council's final results, Tebboune's transfer
  "referendum_1101": C(type="other", tight=D("2020-11-01"), outer=D("2020-11-01")),
  "referendum_2005": C(type="other", tight=D("2005-09-29"), outer=D("2005-01-01", "2005-12-31")),
  "referendum_1999": C(type="other", tight=D("1999-09-16"), outer=D("1999-01-01", "1999-12-31")),
  "charfi_turnout_1101": C(type="statement", tight=D("2020-11-01"), outer=D("2020-11-01")),
  "anie_results_1102": C(type="other", tight=D("2020-11-02"), outer=D("2020-11-02")),
  "presidency_statement_1102": C(type="statement", tight=D("2020-11-02"), outer=D("2020-11-02")),
  "council_results_1112": C(type="other", tight=D("2020-11-12"), outer=D("2020-11-12")),
  "tebboune_transfer_1028": C(type="other", tight=D("2020-10-28"), outer=D("2020-10-28")),
  # Tokyo 2020: Abe announces his resignation (his press conference's words a statement of
  # their own), his resignation of 2007 and his return in 2012, Suga's words the same day, the
  # party's election, Suga's speech, the cabinet's resignation, the Diet's election and the new
  # cabinet the same day
  "abe_resign_0828": C(type="other", tight=D("2020-08-28"), outer=D("2020-08-28")),
  "abe_presser_0828": C(type="statement", tight=D("2020-08-28"), outer=D("2020-08-28")),
  "suga_statement_0828": C(type="statement", tight=D("2020-08-28"), outer=D("2020-08-28")),
  "abe_resign_2007": C(type="other", tight=D("2007-09-12"), outer=D("2007-01-01", "2007-12-31")),
  "abe_return_2012": C(type="other", tight=D("2012-12-26"), outer=D("2012-12-01", "2012-12-31")),
  "ldp_election_0914": C(type="other", tight=D("2020-09-14"), outer=D("2020-09-14")),
  "suga_speech_0914": C(type="statement", tight=D("2020-09-14"), outer=D("2020-09-14")),
  "cabinet_resigns_0916": C(type="other", tight=D("2020-09-16"), outer=D("2020-09-16")),
  "diet_election_0916": C(type="other", tight=D("2020-09-16"), outer=D("2020-09-16")),
  "suga_cabinet_0916": C(type="other", tight=D("2020-09-16"), outer=D("2020-09-16")),
 },
 events=[
  # e1
  ("abiy_visit_0708", "e1_asmara_0708", "وصل رئيس الوزراء الإثيوبي آبي أحمد إلى العاصمة الإريترية أسمرة اليوم الأحد", 1, "meeting"),
  ("abiy_visit_0708", "e1_asmara_0708", "وكان الرئيس الإريتري أسياس أفورقي في استقباله بمطار أسمرة الدولي", 1, "meeting"),
  ("asmara_talks_0708", "e1_asmara_0708", "وعقد الزعيمان محادثات في القصر الرئاسي بعد ظهر اليوم", 1, "meeting"),
  ("yemane_tweet_0708", "e1_asmara_0708", "وقال وزير الإعلام الإريتري يماني جبر مسقل في تغريدة", 1, "statement"),
  ("algiers_signing_2000", "e1_asmara_0708", "وانتهت باتفاق الجزائر الذي وقعه الطرفان في ديسمبر كانون الأول عام 2000", 1, "other"),
  # e2
  ("abiy_visit_0708", "e2_asmara_0709", "أفورقي يلتقي آبي أحمد في أسمرة", 1, "meeting"),
  ("abiy_visit_0708", "e2_asmara_0709", "استقبل الرئيس الإريتري أسياس أفورقي، أمس، رئيس الوزراء الإثيوبي آبي أحمد لدى وصوله إلى مطار أسمرة", 1, "meeting"),
  ("ethiopia_accepts_0605", "e2_asmara_0709", "وكانت إثيوبيا قد أعلنت الشهر الماضي قبولها تنفيذ اتفاق الجزائر", 1, "statement"),
  ("algiers_signing_2000", "e2_asmara_0709", "اتفاق الجزائر للسلام الموقع عام 2000", 1, "other"),
  # e3
  ("asmara_declaration_0709", "e3_asmara_0710", "وقع الرئيس الإريترى أسياس أفورقى ورئيس الوزراء الإثيوبى آبى أحمد أمس الاثنين فى أسمرة", 1, "other"),
  ("asmara_declaration_0709", "e3_asmara_0710", "وجاء توقيع الإعلان", 1, "other"),
  ("abiy_visit_0708", "e3_asmara_0710", "زيارة آبى أحمد لأسمرة التى بدأت يوم الأحد", 1, "meeting"),
  ("egypt_welcome_0709", "e3_asmara_0710", "ورحبت وزارة الخارجية المصرية أمس بتوقيع الإعلان", 1, "statement"),
  ("guterres_welcome_0709", "e3_asmara_0710", "كما رحب الأمين العام للأمم المتحدة أنطونيو جوتيريش بالاتفاق", 1, "statement"),
  # e4
  ("jeddah_signing_0916", "e4_jeddah_0917", "وقع فخامة الرئيس أسياس أفورقي رئيس دولة إريتريا، ودولة رئيس الوزراء الإثيوبي الدكتور آبي أحمد، مساء أمس، اتفاقية جدة للسلام", 1, "other"),
  ("king_medal_0916", "e4_jeddah_0917", "وقلد خادم الحرمين الشريفين الزعيمين قلادة الملك عبدالعزيز", 1, "other"),
  ("asmara_declaration_0709", "e4_jeddah_0917", "لإعلان السلام والصداقة الذي وقعه الزعيمان في أسمرة في التاسع من يوليو الماضي", 1, "other"),
  ("algiers_signing_2000", "e4_jeddah_0917", "ولاتفاق الجزائر الموقع بين البلدين عام 2000", 1, "other"),
  ("guterres_jeddah_0916", "e4_jeddah_0917", "وأعرب الأمين العام للأمم المتحدة أنطونيو غوتيريش، الذي حضر التوقيع، عن ترحيبه بالاتفاقية", 1, "statement"),
  # t1
  ("first_round_0915", "t1_tunis_0916", "نتائج الدورة الأولى من الانتخابات الرئاسية التي جرت أمس الأحد", 1, "other"),
  ("first_round_0915", "t1_tunis_0916", "وبلغت نسبة المشاركة في الاقتراع 45 بالمئة", 1, "other"),
  ("first_round_2014", "t1_tunis_0916", "في الدورة الأولى من انتخابات 2014", 1, "other"),
  ("karoui_arrest_0823", "t1_tunis_0916", "منذ توقيفه في 23 أوت", 1, "other"),
  ("bafoun_presser_0916", "t1_tunis_0916", "وقال رئيس الهيئة نبيل بفون في مؤتمر صحفي", 1, "statement"),
  # t2
  ("karoui_release_1009", "t2_tunis_1010", "أفرج القضاء التونسي أمس الأربعاء عن المرشح", 1, "other"),
  ("cassation_ruling_1009", "t2_tunis_1010", "بعد أن قضت محكمة التعقيب بإطلاق سراحه", 1, "other"),
  ("runoff_1013", "t2_tunis_1010", "قبل أربعة أيام من جولة الإعادة التي سيواجه فيها قيس سعيد يوم الأحد المقبل", 1, "other"),
  ("karoui_arrest_0823", "t2_tunis_1010", "وكان القروي قد أوقف يوم 23 أوت الماضي", 1, "other"),
  ("karoui_words_1009", "t2_tunis_1010", "وقال القروي للصحفيين لدى خروجه من سجن المرناقية", 1, "statement"),
  ("isie_results_0917", "t2_tunis_1010", "وكانت الهيئة العليا المستقلة للانتخابات قد أعلنت في 17 سبتمبر", 1, "other"),
  # t3
  ("runoff_1013", "t3_tunis_1014", "فاز أستاذ القانون الدستورى قيس سعيد بالانتخابات الرئاسية التونسية", 1, "other"),
  ("isie_results_1014", "t3_tunis_1014", "وفق النتائج الأولية التى أعلنتها الهيئة العليا المستقلة للانتخابات اليوم الاثنين", 1, "other"),
  ("sisi_call_1014", "t3_tunis_1014", "وهنأ الرئيس عبد الفتاح السيسى، فى اتصال هاتفى اليوم، سعيد بفوزه", 1, "call"),
  ("first_round_0915", "t3_tunis_1014", "وكان سعيد قد تصدر الدورة الأولى التى جرت فى 15 سبتمبر الماضى", 1, "other"),
  # t4
  ("saied_oath_1023", "t4_tunis_1024", "أدى الرئيس التونسي قيس سعيد، أمس (الأربعاء)، اليمين الدستورية أمام البرلمان", 1, "other"),
  ("runoff_1013", "t4_tunis_1024", "وكان سعيد قد فاز في جولة الإعادة بنسبة 72.71 في المائة من الأصوات", 1, "other"),
  ("saied_handover_1023", "t4_tunis_1024", "وتسلم سعيد مهامه رسميا من الرئيس المؤقت محمد الناصر", 1, "other"),
  ("ennaceur_interim_0725", "t4_tunis_1024", "وكان الناصر قد تولى الرئاسة مؤقتا", 1, "other"),
  ("essebsi_death_0725", "t4_tunis_1024", "إثر وفاة الرئيس الباجي قائد السبسي في 25 يوليو (تموز) الماضي", 1, "other"),
  # a1
  ("referendum_1101", "a1_algiers_1101", "أدلى الناخبون الجزائريون اليوم الأحد بأصواتهم في الاستفتاء على مشروع تعديل الدستور", 1, "other"),
  ("charfi_turnout_1101", "a1_algiers_1101", "وأعلن رئيس السلطة الوطنية المستقلة للانتخابات محمد شرفي في ندوة صحفية مساء اليوم", 1, "statement"),
  ("tebboune_transfer_1028", "a1_algiers_1101", "منذ نقله إليها يوم 28 أكتوبر", 1, "other"),
  # a2
  ("anie_results_1102", "a2_algiers_1102", "أعلنت السلطة الوطنية المستقلة للانتخابات في الجزائر اليوم الاثنين", 1, "other"),
  ("referendum_1101", "a2_algiers_1102", "من المشاركين في الاستفتاء الذي جرى أمس الأحد", 1, "other"),
  ("referendum_2005", "a2_algiers_1102", "وكانت نسبة المشاركة في الاقتراع على ميثاق السلم والمصالحة الوطنية عام 2005", 1, "other"),
  ("presidency_statement_1102", "a2_algiers_1102", "وقالت الرئاسة الجزائرية في بيان اليوم", 1, "statement"),
  # a3
  ("referendum_1101", "a3_algiers_1103", "عزوف قياسي عن استفتاء الدستور في الجزائر", 1, "other"),
  ("referendum_1101", "a3_algiers_1103", "لم يشارك في الاستفتاء على تعديل الدستور الجزائري، الذي جرى (الأحد)", 1, "other"),
  ("anie_results_1102", "a3_algiers_1103", "وفق النتائج التي أعلنتها سلطة الانتخابات أمس (الاثنين)", 1, "other"),
  ("referendum_1999", "a3_algiers_1103", "منذ الاستفتاء على قانون الوئام المدني عام 1999", 1, "other"),
  ("tebboune_transfer_1028", "a3_algiers_1103", "وكان تبون قد نقل إلى مستشفى في ألمانيا يوم الأربعاء الماضي", 1, "other"),
  # a4
  ("council_results_1112", "a4_algiers_1113", "أعلن المجلس الدستوري الجزائري أمس الخميس النتائج النهائية للاستفتاء على تعديل الدستور", 1, "other"),
  ("referendum_1101", "a4_algiers_1113", "وجرى الاستفتاء في الأول من نوفمبر الجاري", 1, "other"),
  ("anie_results_1102", "a4_algiers_1113", "وكانت السلطة الوطنية المستقلة للانتخابات قد أعلنت النتائج الأولية في الثاني من نوفمبر", 1, "other"),
  # j1
  ("abe_resign_0828", "j1_tokyo_0828", "أعلن رئيس الوزراء الياباني شينزو آبي اليوم الجمعة استقالته من منصبه", 1, "other"),
  ("abe_presser_0828", "j1_tokyo_0828", "وقال آبي في مؤتمر صحفي بمقر رئاسة الوزراء", 1, "statement"),
  ("abe_resign_2007", "j1_tokyo_0828", "وكان آبي قد استقال من رئاسة الحكومة عام 2007", 1, "other"),
  ("suga_statement_0828", "j1_tokyo_0828", "وقال كبير أمناء مجلس الوزراء يوشيهيدي سوجا للصحفيين في وقت سابق اليوم", 1, "statement"),
  # j2
  ("abe_resign_0828", "j2_tokyo_0829", "آبي يستقيل لأسباب صحية", 1, "other"),
  ("abe_resign_0828", "j2_tokyo_0829", "قدم رئيس الوزراء الياباني شينزو آبي، أمس، استقالته", 1, "other"),
  ("abe_presser_0828", "j2_tokyo_0829", "وأوضح آبي، خلال مؤتمر صحفي", 1, "statement"),
  # j3
  ("ldp_election_0914", "j3_tokyo_0915", "انتخب الحزب الليبرالى الديمقراطى الحاكم فى اليابان أمس الاثنين يوشيهيدى سوجا", 1, "other"),
  ("suga_speech_0914", "j3_tokyo_0915", "وقال سوجا فى كلمة عقب فوزه", 1, "statement"),
  ("abe_resign_0828", "j3_tokyo_0915", "وكان آبى قد أعلن استقالته فى 28 أغسطس الماضى", 1, "other"),
  # j4
  ("diet_election_0916", "j4_tokyo_0917", "انتخب البرلمان الياباني، أمس (الأربعاء)، يوشيهيدي سوغا رئيسا للوزراء", 1, "other"),
  ("ldp_election_0914", "j4_tokyo_0917", "بعد يومين من فوزه برئاسة الحزب الحاكم", 1, "other"),
  ("cabinet_resigns_0916", "j4_tokyo_0917", "واستقالت حكومة آبي بكامل أعضائها صباح أمس", 1, "other"),
  ("suga_cabinet_0916", "j4_tokyo_0917", "وأعلن سوغا تشكيلة حكومته مساء أمس", 1, "other"),
  ("abe_resign_2007", "j4_tokyo_0917", "وكان آبي قد استقال في 2007", 1, "other"),
  ("abe_return_2012", "j4_tokyo_0917", "قبل أن يعود إلى رئاسة الحكومة في ديسمبر (كانون الأول) 2012", 1, "other"),
 ],
 diff=[
  ("abiy_visit_0708", "asmara_talks_0708"),
  ("asmara_declaration_0709", "jeddah_signing_0916"),
  ("asmara_declaration_0709", "algiers_signing_2000"),
  ("jeddah_signing_0916", "algiers_signing_2000"),
  ("jeddah_signing_0916", "king_medal_0916"),
  ("egypt_welcome_0709", "guterres_welcome_0709"),
  ("guterres_welcome_0709", "guterres_jeddah_0916"),
  ("yemane_tweet_0708", "ethiopia_accepts_0605"),
  ("first_round_0915", "runoff_1013"),
  ("first_round_0915", "first_round_2014"),
  ("runoff_1013", "first_round_2014"),
  ("karoui_arrest_0823", "karoui_release_1009"),
  ("cassation_ruling_1009", "karoui_release_1009"),
  ("isie_results_0917", "isie_results_1014"),
  ("bafoun_presser_0916", "isie_results_0917"),
  ("karoui_words_1009", "bafoun_presser_0916"),
  ("saied_oath_1023", "saied_handover_1023"),
  ("ennaceur_interim_0725", "essebsi_death_0725"),
  ("ennaceur_interim_0725", "saied_handover_1023"),
  ("referendum_1101", "referendum_2005"),
  ("referendum_1101", "referendum_1999"),
  ("referendum_1999", "referendum_2005"),
  ("charfi_turnout_1101", "anie_results_1102"),
  ("anie_results_1102", "presidency_statement_1102"),
  ("anie_results_1102", "council_results_1112"),
  ("abe_resign_0828", "abe_resign_2007"),
  ("abe_resign_0828", "cabinet_resigns_0916"),
  ("abe_resign_2007", "abe_return_2012"),
  ("ldp_election_0914", "diet_election_0916"),
  ("cabinet_resigns_0916", "diet_election_0916"),
  ("diet_election_0916", "suga_cabinet_0916"),
  ("abe_presser_0828", "suga_statement_0828"),
  ("suga_statement_0828", "suga_speech_0914"),
 ],
 before=[
  ("algiers_signing_2000", "ethiopia_accepts_0605"),
  ("ethiopia_accepts_0605", "abiy_visit_0708"),
  ("asmara_talks_0708", "asmara_declaration_0709"),
  ("asmara_declaration_0709", "jeddah_signing_0916"),
  ("karoui_arrest_0823", "first_round_0915"),
  ("first_round_0915", "isie_results_0917"),
  ("isie_results_0917", "karoui_release_1009"),
  ("karoui_release_1009", "runoff_1013"),
  ("runoff_1013", "isie_results_1014"),
  ("runoff_1013", "saied_oath_1023"),
  ("saied_oath_1023", "saied_handover_1023"),
  ("essebsi_death_0725", "first_round_0915"),
  ("tebboune_transfer_1028", "referendum_1101"),
  ("charfi_turnout_1101", "anie_results_1102"),
  ("anie_results_1102", "council_results_1112"),
  ("abe_resign_2007", "abe_return_2012"),
  ("abe_return_2012", "abe_resign_0828"),
  ("abe_resign_0828", "ldp_election_0914"),
  ("ldp_election_0914", "diet_election_0916"),
  ("cabinet_resigns_0916", "diet_election_0916"),
  ("diet_election_0916", "suga_cabinet_0916"),
 ],
)
