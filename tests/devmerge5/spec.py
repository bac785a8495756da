"""Gold events for tests/devmerge5, part A (a development set; format as ../devmerge3/spec.py).

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
 "a1_assad_0610": "2000-06-10T18:00:00+03:00",
 "a2_assad_0611": "2000-06-11",
 "a3_assad_0614": "2000-06-14",
 "a4_assad_0616": "2000-06-16",
 "b1_hassan_0723": "1999-07-23T22:00:00+01:00",
 "b2_hassan_0724": "1999-07-24",
 "b3_hassan_0726": "1999-07-26",
 "c1_jaber_0115": "2006-01-15T11:00:00+03:00",
 "c2_jaber_0116": "2006-01-16",
 "c3_saad_0125": "2006-01-25",
 "c4_sabah_0130": "2006-01-30",
 "d1_hadi_0225": "2012-02-25T13:00:00+03:00",
 "d2_hadi_0226": "2012-02-26",
 "d3_hadi_0228": "2012-02-28",
 "e1_yassin_0322": "2004-03-22T09:00:00+02:00",
 "e2_yassin_0323": "2004-03-23",
 "e3_yassin_0324": "2004-03-24",
 "f1_tamim_0625": "2013-06-25T14:00:00+03:00",
 "f2_tamim_0626": "2013-06-26T20:00:00+03:00",
 "f3_tamim_0627": "2013-06-27",
 "g1_sadat_1006": "1981-10-06T21:00:00+02:00",
 "g2_sadat_1008": "1981-10-08",
 "g3_sadat_1015": "1981-10-15",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Hafez al-Assad: death, the amendment of the same evening, Bashar commander, funeral, burial
  "assad_death_0610": C(type="other", tight=D("2000-06-10"), outer=D("2000-06-10")),
  "syria_amendment_0610": C(type="other", tight=D("2000-06-10"), outer=D("2000-06-10")),
  "syria_mourning_0610": C(type="other", tight=D("2000-06-10"), outer=D("2000-06-10")),
  "bashar_commander_0611": C(type="other", tight=D("2000-06-11"), outer=D("2000-06-11")),
  "assad_funeral_0613": C(type="other", tight=D("2000-06-13"), outer=D("2000-06-13")),
  "assad_burial_0613": C(type="other", tight=D("2000-06-13"), outer=D("2000-06-13")),
  # Hassan II: death, Mohammed VI's allegiance of the same night, funeral and burial
  "hassan_death_0723": C(type="other", tight=D("1999-07-23"), outer=D("1999-07-23")),
  "m6_allegiance_0723": C(type="other", tight=D("1999-07-23"), outer=D("1999-07-23")),
  "bouteflika_cable_0723": C(type="statement", tight=D("1999-07-23"), outer=D("1999-07-23", "1999-07-24")),
  "algeria_mourning_0723": C(type="other", tight=D("1999-07-23"), outer=D("1999-07-23", "1999-07-24")),
  "hassan_funeral_0725": C(type="other", tight=D("1999-07-25"), outer=D("1999-07-25")),
  "hassan_burial_0725": C(type="other", tight=D("1999-07-25"), outer=D("1999-07-25")),
  # Sheikh Jaber: death, Saad's accession, burial and prayer; Saad removed, Sabah nominated, oath
  "jaber_death_0115": C(type="other", tight=D("2006-01-15"), outer=D("2006-01-15")),
  "kuwait_cabinet_0115": C(type="meeting", tight=D("2006-01-15"), outer=D("2006-01-15")),
  "saad_accession_0115": C(type="other", tight=D("2006-01-15"), outer=D("2006-01-15")),
  "jaber_funeral_0115": C(type="other", tight=D("2006-01-15"), outer=D("2006-01-15")),
  "jaber_burial_0115": C(type="other", tight=D("2006-01-15"), outer=D("2006-01-15")),
  "saad_removed_0124": C(type="other", tight=D("2006-01-24"), outer=D("2006-01-24")),
  "saad_abdication_0124": C(type="other", tight=D("2006-01-24"), outer=D("2006-01-24")),
  "sabah_nominated_0124": C(type="other", tight=D("2006-01-24"), outer=D("2006-01-24")),
  "sabah_oath_0129": C(type="other", tight=D("2006-01-29"), outer=D("2006-01-29")),
  # Hadi: the election, the results, the oath and its speech, the handover and its speech
  "yemen_election_0221": C(type="other", tight=D("2012-02-21"), outer=D("2012-02-21")),
  "yemen_results_0224": C(type="other", tight=D("2012-02-24"), outer=D("2012-02-24")),
  "hadi_oath_0225": C(type="other", tight=D("2012-02-25"), outer=D("2012-02-25")),
  "hadi_oath_speech_0225": C(type="statement", tight=D("2012-02-25"), outer=D("2012-02-25")),
  "yemen_handover_0227": C(type="other", tight=D("2012-02-27"), outer=D("2012-02-27")),
  "hadi_handover_speech_0227": C(type="statement", tight=D("2012-02-27"), outer=D("2012-02-27")),
  # Sheikh Yassin killed at dawn, the funeral, Rantisi named the next day
  "yassin_killed_0322": C(type="other", tight=D("2004-03-22"), outer=D("2004-03-22")),
  "pa_mourning_0322": C(type="other", tight=D("2004-03-22"), outer=D("2004-03-22")),
  "yassin_funeral_0322": C(type="other", tight=D("2004-03-22"), outer=D("2004-03-22")),
  "hamas_statement_0322": C(type="statement", tight=D("2004-03-22"), outer=D("2004-03-22")),
  "mubarak_condemns_0322": C(type="statement", tight=D("2004-03-22"), outer=D("2004-03-22")),
  "rantisi_named_0323": C(type="other", tight=D("2004-03-23"), outer=D("2004-03-23")),
  "rantisi_speech_0323": C(type="statement", tight=D("2004-03-23"), outer=D("2004-03-23")),
  "league_condemns_0322": C(type="statement", tight=D("2004-03-22"), outer=D("2004-03-22", "2004-03-23")),
  # Qatar: Hamad's speech and handover, Tamim's allegiance, his first speech, the government
  "hamad_speech_0625": C(type="statement", tight=D("2013-06-25"), outer=D("2013-06-25")),
  "qatar_handover_0625": C(type="other", tight=D("2013-06-25"), outer=D("2013-06-25")),
  "tamim_allegiance_0625": C(type="other", tight=D("2013-06-25"), outer=D("2013-06-25")),
  "tamim_speech_0626": C(type="statement", tight=D("2013-06-26"), outer=D("2013-06-26")),
  "qatar_government_0626": C(type="other", tight=D("2013-06-26"), outer=D("2013-06-26")),
  "qatar_pm_oath_0626": C(type="other", tight=D("2013-06-26"), outer=D("2013-06-26")),
  # Sadat killed, the interim, Mubarak nominated, the referendum, the funeral, the oath
  "sadat_killed_1006": C(type="other", tight=D("1981-10-06"), outer=D("1981-10-06")),
  "abutaleb_interim_1006": C(type="other", tight=D("1981-10-06"), outer=D("1981-10-06")),
  "mubarak_nominated_1007": C(type="other", tight=D("1981-10-07"), outer=D("1981-10-07")),
  "egypt_referendum_1013": C(type="other", tight=D("1981-10-13"), outer=D("1981-10-13")),
  "sadat_funeral_1010": C(type="other", tight=D("1981-10-10"), outer=D("1981-10-10")),
  "sadat_burial_1010": C(type="other", tight=D("1981-10-10"), outer=D("1981-10-10")),
  "mubarak_oath_1014": C(type="other", tight=D("1981-10-14"), outer=D("1981-10-14")),
 },
 events=[
  # a1
  ("assad_death_0610", "a1_assad_0610", "نعت القيادة القطرية لحزب البعث العربي الاشتراكي اليوم السبت", 1, "other"),
  ("assad_death_0610", "a1_assad_0610", "الرئيس حافظ الأسد الذي توفي صباح اليوم إثر نوبة قلبية", 1, "other"),
  ("syria_amendment_0610", "a1_assad_0610", "وعقد مجلس الشعب جلسة استثنائية مساء اليوم أقر فيها تعديل المادة 83", 1, "other"),
  ("syria_mourning_0610", "a1_assad_0610", "وأعلن نائب رئيس الجمهورية عبد الحليم خدام الحداد العام", 1, "other"),
  # a2
  ("assad_death_0610", "a2_assad_0611", "توفى الرئيس السورى حافظ الأسد ظهر أمس السبت", 1, "other"),
  ("syria_amendment_0610", "a2_assad_0611", "وعدّل مجلس الشعب السورى فى جلسة طارئة مساء أمس الدستور", 1, "other"),
  ("bashar_commander_0611", "a2_assad_0611", "وأصدر نائب الرئيس عبد الحليم خدام صباح اليوم مرسوما بترقية بشار إلى رتبة فريق وتعيينه قائدا عاما", 1, "other"),
  # a3
  ("assad_funeral_0613", "a3_assad_0614", "شيعت دمشق أمس الثلاثاء الرئيس الراحل حافظ الأسد في جنازة حاشدة", 1, "other"),
  ("assad_burial_0613", "a3_assad_0614", "حيث ووري الثرى بعد الظهر", 1, "other"),
  ("assad_death_0610", "a3_assad_0614", "وكان الأسد توفي السبت الماضي", 1, "other"),
  ("bashar_commander_0611", "a3_assad_0614", "وعُيّن نجله بشار في اليوم التالي قائدا عاما", 1, "other"),
  # a4
  ("assad_funeral_0613", "a4_assad_0616", "في يوم الثلاثاء الماضي ودعت سوريا رئيسها حافظ الأسد", 1, "other"),
  ("assad_death_0610", "a4_assad_0616", "الذي رحل يوم السبت", 1, "other"),
  ("assad_burial_0613", "a4_assad_0616", "ودفن في القرداحة", 1, "other"),
  ("syria_amendment_0610", "a4_assad_0616", "وكان مجلس الشعب قد عدل الدستور مساء السبت نفسه", 1, "other"),
  ("bashar_commander_0611", "a4_assad_0616", "فيما رقي بشار الأسد إلى رتبة فريق يوم الأحد", 1, "other"),
  # b1
  ("hassan_death_0723", "b1_hassan_0723", "أعلن الديوان الملكي مساء اليوم الجمعة وفاة جلالة الملك الحسن الثاني", 1, "other"),
  ("m6_allegiance_0723", "b1_hassan_0723", "وبايع أفراد الأسرة الملكية وكبار رجال الدولة مساء اليوم", 1, "other"),
  ("hassan_funeral_0725", "b1_hassan_0723", "وستشيع جنازة الفقيد يوم الأحد المقبل", 1, "other"),
  # b2
  ("hassan_death_0723", "b2_hassan_0724", "توفي العاهل المغربي الملك الحسن الثاني أمس الجمعة", 1, "other"),
  ("m6_allegiance_0723", "b2_hassan_0724", "وبويع نجله ولي العهد سيدي محمد ملكا خلفا له في الليلة ذاتها", 1, "other"),
  ("bouteflika_cable_0723", "b2_hassan_0724", "وبعث رئيس الجمهورية عبد العزيز بوتفليقة برقية تعزية", 1, "statement"),
  ("algeria_mourning_0723", "b2_hassan_0724", "وقرر الحداد الوطني ثلاثة أيام", 1, "other"),
  # b3
  ("hassan_burial_0725", "b3_hassan_0726", "ووري جثمان العاهل المغربي الراحل الملك الحسن الثاني الثرى بعد ظهر أمس الأحد", 1, "other"),
  ("hassan_funeral_0725", "b3_hassan_0726", "بعد جنازة شارك فيها نحو مليوني مغربي", 1, "other"),
  ("hassan_death_0723", "b3_hassan_0726", "وكان الملك الراحل توفي مساء الجمعة", 1, "other"),
  ("m6_allegiance_0723", "b3_hassan_0726", "وبايع كبار المسؤولين نجله محمد السادس ملكا في اليوم نفسه", 1, "other"),
  # c1
  ("jaber_death_0115", "c1_jaber_0115", "نعى الديوان الاميري صباح اليوم", 1, "other"),
  ("jaber_death_0115", "c1_jaber_0115", "الذي انتقل الى جوار ربه فجر اليوم", 1, "other"),
  ("kuwait_cabinet_0115", "c1_jaber_0115", "في اجتماع استثنائي عقده اليوم", 1, "meeting"),
  ("saad_accession_0115", "c1_jaber_0115", "تولي سمو ولي العهد الشيخ سعد العبدالله السالم الصباح مقاليد الحكم", 1, "other"),
  ("jaber_burial_0115", "c1_jaber_0115", "ويوارى جثمان الفقيد الثرى عصر اليوم", 1, "other"),
  # c2
  ("jaber_funeral_0115", "c2_jaber_0116", "شيع الكويتيون عصر أمس الأحد أمير البلاد الراحل الشيخ جابر الأحمد الصباح إلى مثواه الأخير", 1, "other"),
  ("jaber_death_0115", "c2_jaber_0116", "بعد ساعات من وفاته فجر اليوم نفسه", 1, "other"),
  ("jaber_funeral_0115", "c2_jaber_0116", "وأدى الشيخ صباح الأحمد رئيس الوزراء صلاة الجنازة على الفقيد", 1, "other"),
  # c3
  ("saad_removed_0124", "c3_saad_0125", "صوت مجلس الأمة الكويتى بالإجماع أمس الثلاثاء على عزل الأمير", 1, "other"),
  ("saad_accession_0115", "c3_saad_0125", "بعد تسعة أيام من توليه الحكم", 1, "other"),
  ("saad_removed_0124", "c3_saad_0125", "وجاء التصويت", 1, "other"),
  ("saad_abdication_0124", "c3_saad_0125", "رسالة تنحى الشيخ سعد", 1, "other"),
  # c4
  ("sabah_oath_0129", "c4_sabah_0130", "أدى الشيخ صباح الأحمد الجابر الصباح يوم الأحد الماضي اليمين الدستورية", 1, "other"),
  ("sabah_nominated_0124", "c4_sabah_0130", "بعد خمسة أيام من تزكية مجلس الوزراء له", 1, "other"),
  ("saad_removed_0124", "c4_sabah_0130", "وكان المجلس قد صوت الثلاثاء الماضي على عزل الشيخ سعد العبدالله", 1, "other"),
  ("saad_accession_0115", "c4_sabah_0130", "الذي تولى الإمارة", 1, "other"),
  ("jaber_death_0115", "c4_sabah_0130", "بعد وفاة الشيخ جابر في الخامس عشر من الشهر", 1, "other"),
  # d1
  ("hadi_oath_0225", "d1_hadi_0225", "أدى المشير عبد ربه منصور هادي، صباح اليوم السبت، اليمين الدستورية", 1, "other"),
  ("yemen_election_0221", "d1_hadi_0225", "في الانتخابات الرئاسية المبكرة التي جرت الثلاثاء الماضي", 1, "other"),
  ("yemen_results_0224", "d1_hadi_0225", "وكانت اللجنة العليا للانتخابات والاستفتاء قد أعلنت، أمس الجمعة، النتائج النهائية", 1, "other"),
  ("hadi_oath_speech_0225", "d1_hadi_0225", "وألقى الرئيس هادي عقب أداء اليمين كلمة", 1, "statement"),
  # d2
  ("hadi_oath_0225", "d2_hadi_0226", "أدى الرئيس اليمني الجديد عبد ربه منصور هادي أمس (السبت) اليمين الدستورية", 1, "other"),
  ("yemen_results_0224", "d2_hadi_0226", "وكان رئيس اللجنة العليا للانتخابات محمد الحكيمي أعلن (الجمعة)", 1, "other"),
  ("yemen_election_0221", "d2_hadi_0226", "في الاقتراع الذي جرى يوم الثلاثاء", 1, "other"),
  ("yemen_handover_0227", "d2_hadi_0226", "أن يسلم الرئيس علي عبدالله صالح السلطة رسميا لخلفه", 1, "other"),
  # d3
  ("yemen_handover_0227", "d3_hadi_0228", "سلم الرئيس اليمني السابق علي عبد الله صالح أمس (الاثنين) السلطة إلى خلفه", 1, "other"),
  ("hadi_oath_0225", "d3_hadi_0228", "بعد يومين من أداء هادي اليمين الدستورية", 1, "other"),
  ("hadi_handover_speech_0227", "d3_hadi_0228", "وقال هادي في كلمته خلال الاحتفال", 1, "statement"),
  ("yemen_results_0224", "d3_hadi_0228", "وكانت لجنة الانتخابات قد أعلنت النتائج يوم (الجمعة)", 1, "other"),
  ("yemen_election_0221", "d3_hadi_0228", "بعد انتخابات (الثلاثاء)", 1, "other"),
  # e1
  ("yassin_killed_0322", "e1_yassin_0322", "استشهد الشيخ أحمد ياسين مؤسس حركة المقاومة الإسلامية \"حماس\"، فجر اليوم الاثنين", 1, "other"),
  ("pa_mourning_0322", "e1_yassin_0322", "وأعلن الرئيس ياسر عرفات الحداد ثلاثة أيام", 1, "other"),
  # e2
  ("yassin_funeral_0322", "e2_yassin_0323", "شارك أكثر من مائتى ألف فلسطينى أمس فى تشييع جنازة الشيخ أحمد ياسين", 1, "other"),
  ("yassin_killed_0322", "e2_yassin_0323", "الذى اغتالته إسرائيل فجر أمس", 1, "other"),
  ("hamas_statement_0322", "e2_yassin_0323", "وقالت حركة حماس فى بيان", 1, "statement"),
  ("mubarak_condemns_0322", "e2_yassin_0323", "وأدان الرئيس حسنى مبارك الجريمة", 1, "statement"),
  # e3
  ("rantisi_named_0323", "e3_yassin_0324", "أعلنت حركة حماس أمس الثلاثاء اختيار عبد العزيز الرنتيسي", 1, "other"),
  ("yassin_killed_0322", "e3_yassin_0324", "الذي اغتيل الاثنين", 1, "other"),
  ("rantisi_speech_0323", "e3_yassin_0324", "وقال الرنتيسي في مهرجان تأبيني أقيم أمس", 1, "statement"),
  ("league_condemns_0322", "e3_yassin_0324", "وأدان مجلس الجامعة العربية الاغتيال", 1, "statement"),
  # f1
  ("hamad_speech_0625", "f1_tamim_0625", "ألقى حضرة صاحب السمو الشيخ حمد بن خليفة آل ثاني أمير البلاد المفدى صباح اليوم خطابا", 1, "statement"),
  ("qatar_handover_0625", "f1_tamim_0625", "أعلن فيه تسليم مقاليد الحكم", 1, "other"),
  ("tamim_allegiance_0625", "f1_tamim_0625", "وتلقى سمو الشيخ تميم بن حمد آل ثاني البيعة", 1, "other"),
  # f2
  ("tamim_speech_0626", "f2_tamim_0626", "ألقى أمير قطر الجديد الشيخ تميم بن حمد آل ثاني اليوم الأربعاء أول خطاب له", 1, "statement"),
  ("qatar_handover_0625", "f2_tamim_0626", "غداة تسلمه السلطة من والده", 1, "other"),
  ("qatar_government_0626", "f2_tamim_0626", "وأصدر الأمير أمرا أميريا بتشكيل حكومة جديدة", 1, "other"),
  # f3
  ("tamim_speech_0626", "f3_tamim_0627", "تعهد أمير قطر الجديد الشيخ تميم بن حمد فى أول خطاب له أمس الأربعاء", 1, "statement"),
  ("qatar_handover_0625", "f3_tamim_0627", "بعد يوم من تنازل والده عن الحكم", 1, "other"),
  ("qatar_pm_oath_0626", "f3_tamim_0627", "وأدى رئيس الوزراء الجديد الشيخ عبد الله بن ناصر اليمين", 1, "other"),
  ("qatar_handover_0625", "f3_tamim_0627", "وكان الشيخ حمد أعلن فى خطاب متلفز الثلاثاء تسليم الحكم", 1, "other"),
  # g1
  ("sadat_killed_1006", "g1_sadat_1006", "أعلن نائب رئيس الجمهورية محمد حسنى مبارك مساء اليوم الثلاثاء استشهاد الرئيس محمد أنور السادات", 1, "other"),
  ("sadat_killed_1006", "g1_sadat_1006", "إثر الاعتداء الذى تعرض له أثناء العرض العسكرى بمدينة نصر ظهر اليوم", 1, "other"),
  ("abutaleb_interim_1006", "g1_sadat_1006", "يتولى رئاسة الجمهورية مؤقتا", 1, "other"),
  # g2
  ("mubarak_nominated_1007", "g2_sadat_1008", "رشح مجلس الشعب المصري أمس الأربعاء نائب الرئيس حسني مبارك", 1, "other"),
  ("sadat_killed_1006", "g2_sadat_1008", "الذي اغتيل الثلاثاء خلال عرض عسكري", 1, "other"),
  ("egypt_referendum_1013", "g2_sadat_1008", "موعدا للاستفتاء على ترشيح مبارك", 1, "other"),
  ("sadat_funeral_1010", "g2_sadat_1008", "وتشيع جنازة السادات يوم السبت", 1, "other"),
  # g3
  ("mubarak_oath_1014", "g3_sadat_1015", "أدى الرئيس محمد حسني مبارك يوم الأربعاء الماضي اليمين الدستورية", 1, "other"),
  ("egypt_referendum_1013", "g3_sadat_1015", "غداة الاستفتاء الذي وافق فيه الناخبون على ترشيحه", 1, "other"),
  ("sadat_funeral_1010", "g3_sadat_1015", "وكان السادات قد شيع يوم السبت الماضي في جنازة عسكرية", 1, "other"),
  ("sadat_burial_1010", "g3_sadat_1015", "ودفن قرب النصب التذكاري للجندي المجهول", 1, "other"),
  ("sadat_killed_1006", "g3_sadat_1015", "التي اغتيل فيها يوم السادس من أكتوبر", 1, "other"),
 ],
 diff=[
  ("assad_death_0610", "syria_amendment_0610"),
  ("assad_death_0610", "syria_mourning_0610"),
  ("syria_amendment_0610", "bashar_commander_0611"),
  ("assad_funeral_0613", "assad_burial_0613"),
  ("hassan_death_0723", "m6_allegiance_0723"),
  ("hassan_funeral_0725", "hassan_burial_0725"),
  ("jaber_death_0115", "saad_accession_0115"),
  ("jaber_funeral_0115", "jaber_burial_0115"),
  ("saad_removed_0124", "sabah_nominated_0124"),
  ("saad_removed_0124", "saad_abdication_0124"),
  ("saad_accession_0115", "sabah_oath_0129"),
  ("hadi_oath_0225", "yemen_handover_0227"),
  ("hadi_oath_speech_0225", "hadi_handover_speech_0227"),
  ("yemen_election_0221", "hadi_oath_0225"),
  ("yassin_killed_0322", "yassin_funeral_0322"),
  ("mubarak_condemns_0322", "league_condemns_0322"),
  ("hamas_statement_0322", "rantisi_speech_0323"),
  ("hamad_speech_0625", "tamim_speech_0626"),
  ("qatar_handover_0625", "tamim_allegiance_0625"),
  ("qatar_government_0626", "qatar_pm_oath_0626"),
  ("sadat_killed_1006", "abutaleb_interim_1006"),
  ("mubarak_nominated_1007", "egypt_referendum_1013"),
  ("egypt_referendum_1013", "mubarak_oath_1014"),
  ("sadat_funeral_1010", "sadat_burial_1010"),
 ],
 before=[
  ("assad_death_0610", "syria_amendment_0610"),
  ("syria_amendment_0610", "bashar_commander_0611"),
  ("bashar_commander_0611", "assad_funeral_0613"),
  ("assad_funeral_0613", "assad_burial_0613"),
  ("hassan_death_0723", "m6_allegiance_0723"),
  ("m6_allegiance_0723", "hassan_funeral_0725"),
  ("hassan_funeral_0725", "hassan_burial_0725"),
  ("jaber_death_0115", "jaber_funeral_0115"),
  ("jaber_death_0115", "kuwait_cabinet_0115"),
  ("jaber_funeral_0115", "jaber_burial_0115"),
  ("saad_accession_0115", "saad_removed_0124"),
  ("saad_removed_0124", "sabah_oath_0129"),
  ("yemen_election_0221", "yemen_results_0224"),
  ("yemen_results_0224", "hadi_oath_0225"),
  ("hadi_oath_0225", "hadi_oath_speech_0225"),
  ("hadi_oath_0225", "yemen_handover_0227"),
  ("yassin_killed_0322", "yassin_funeral_0322"),
  ("yassin_killed_0322", "rantisi_named_0323"),
  ("hamad_speech_0625", "tamim_allegiance_0625"),
  ("qatar_handover_0625", "tamim_speech_0626"),
  ("sadat_killed_1006", "mubarak_nominated_1007"),
  ("mubarak_nominated_1007", "sadat_funeral_1010"),
  ("sadat_funeral_1010", "egypt_referendum_1013"),
  ("egypt_referendum_1013", "mubarak_oath_1014"),
 ],
)
