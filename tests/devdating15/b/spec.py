"""Gold events for tests/devdating15/b (part B of dating round 18's development set: the
transfer measure, three other stories and outlets; format as ../a/spec.py).

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
 "e1_quito_0122": "2000-01-22",
 "e2_quito_0124": "2000-01-24",
 "x1_estrada_0120": "2001-01-20",
 "x2_estrada_0122": "2001-01-22",
 "z1_sofia_1111": "1989-11-11",
 "z2_sofia_1119": "1989-11-19",
}

C = dict
OT, ST, MT = "other", "statement", "meeting"
DEV = dict(
 timex=[],
 clusters={
  # Ecuador, January 2000
  "dollar_plan_0109": C(type=OT, tight=D("2000-01-09"), outer=D("2000-01-09")),
  "congress_stormed_0121": C(type=OT, tight=D("2000-01-21"), outer=D("2000-01-21")),
  "junta_takes_0121": C(type=OT, tight=D("2000-01-21"), outer=D("2000-01-21")),
  "army_drops_mahuad_0121": C(type=OT, tight=D("2000-01-21"), outer=D("2000-01-21")),
  "mahuad_leaves_0121": C(type=OT, tight=D("2000-01-21"), outer=D("2000-01-21")),
  "mendoza_quits_0121": C(type=OT, tight=D("2000-01-21", "2000-01-22"), outer=D("2000-01-21", "2000-01-22")),
  "junta_dissolved_0122": C(type=OT, tight=D("2000-01-22"), outer=D("2000-01-21", "2000-01-22")),
  "noboa_oath_0122": C(type=OT, tight=D("2000-01-22"), outer=D("2000-01-22")),
  "congress_ratifies_0122": C(type=OT, tight=D("2000-01-22"), outer=D("2000-01-22")),
  "noboa_says_0123": C(type=ST, tight=D("2000-01-23"), outer=D("2000-01-23")),
  "gutierrez_arrested_0123": C(type=OT, tight=D("2000-01-23"), outer=D("2000-01-23")),
  # Philippines, January 2001
  "senate_vote_0116": C(type=OT, tight=D("2001-01-16"), outer=D("2001-01-16")),
  "protests_0116": C(type=OT, tight=D("2001-01-16", "2001-01-20"), outer=D("2001-01-16", "2001-01-20")),
  "trial_suspended_0117": C(type=OT, tight=D("2001-01-17"), outer=D("2001-01-16", "2001-01-20")),
  "reyes_withdraws_0119": C(type=OT, tight=D("2001-01-19"), outer=D("2001-01-19")),
  "arroyo_oath_0120": C(type=OT, tight=D("2001-01-20"), outer=D("2001-01-20")),
  "estrada_statement_0120": C(type=ST, tight=D("2001-01-20"), outer=D("2001-01-20")),
  "estrada_leaves_0120": C(type=OT, tight=D("2001-01-20"), outer=D("2001-01-20")),
  "cabinet_named_0121": C(type=OT, tight=D("2001-01-21"), outer=D("2001-01-21")),
  "us_recognizes_0121": C(type=OT, tight=D("2001-01-21"), outer=D("2001-01-21")),
  "estrada_message_0121": C(type=ST, tight=D("2001-01-21"), outer=D("2001-01-21")),
  # Bulgaria, October - November 1989
  "mladenov_letter_1024": C(type=OT, tight=D("1989-10-24"), outer=D("1989-10-24")),
  "border_opened_1109": C(type=OT, tight=D("1989-11-09"), outer=D("1989-11-09")),
  "zhivkov_ousted_1110": C(type=OT, tight=D("1989-11-10"), outer=D("1989-11-10")),
  "mladenov_party_1110": C(type=OT, tight=D("1989-11-10"), outer=D("1989-11-10")),
  "mladenov_state_1117": C(type=OT, tight=D("1989-11-17"), outer=D("1989-11-17")),
  "mladenov_speech_1117": C(type=ST, tight=D("1989-11-17"), outer=D("1989-11-17")),
  "sofia_rally_1118": C(type=OT, tight=D("1989-11-18"), outer=D("1989-11-18")),
 },
 events=[
  ("noboa_oath_0122", "e1_quito_0122", "أدى نائب الرئيس الإكوادوري غوستافو نوبوا اليمين رئيسا للبلاد فجر اليوم السبت", 1, OT),
  ("junta_dissolved_0122", "e1_quito_0122", "بعد ساعات من حل المجلس العسكري", 1, OT),
  ("junta_takes_0121", "e1_quito_0122", "الذي استولى على السلطة أمس الجمعة", 1, OT),
  ("congress_stormed_0121", "e1_quito_0122", "إثر اقتحام آلاف المتظاهرين من السكان الأصليين مبنى الكونغرس", 1, OT),
  ("mahuad_leaves_0121", "e1_quito_0122", "وكان الرئيس جميل ماهواد قد غادر القصر الرئاسي مساء أمس", 1, OT),
  ("army_drops_mahuad_0121", "e1_quito_0122", "بعد أن تخلى عنه قادة الجيش", 1, OT),
  ("mendoza_quits_0121", "e1_quito_0122", "فيما أعلن قائد القوات المسلحة الجنرال كارلوس مندوزا ليلا انسحابه من المجلس", 1, OT),
  ("congress_ratifies_0122", "e1_quito_0122", "ويعقد الكونغرس جلسة طارئة في غواياكيل اليوم", 1, OT),

  ("noboa_says_0123", "e2_quito_0124", "أعلن الرئيس الإكوادوري غوستافو نوبوا أمس الأحد تمسكه", 1, ST),
  ("dollar_plan_0109", "e2_quito_0124", "التي أعلنها سلفه جميل ماهواد في التاسع من يناير", 1, OT),
  ("congress_ratifies_0122", "e2_quito_0124", "وكان الكونغرس قد صادق السبت، في جلسة طارئة", 1, OT),
  ("noboa_oath_0122", "e2_quito_0124", "بعد ساعات من أدائه اليمين", 1, OT),
  ("gutierrez_arrested_0123", "e2_quito_0124", "واعتقلت السلطات أمس العقيد لوسيو غوتيريز", 1, OT),
  ("junta_takes_0121", "e2_quito_0124", "الانقلاب الذي أطاح بماهواد الجمعة", 1, OT),

  ("arroyo_oath_0120", "x1_estrada_0120", "أدت نائبة الرئيس الفلبيني غلوريا ماكاباغال أرويو اليمين رئيسة للبلاد ظهر اليوم السبت", 1, OT),
  ("reyes_withdraws_0119", "x1_estrada_0120", "غداة إعلان قائد الجيش الجنرال أنجيلو رييس سحب دعمه", 1, OT),
  ("estrada_leaves_0120", "x1_estrada_0120", "وغادر استرادا قصر مالاكانيانغ بعد الظهر", 1, OT),
  ("estrada_statement_0120", "x1_estrada_0120", "بعد أن أعلن في بيان", 1, ST),
  ("protests_0116", "x1_estrada_0120", "وكانت الاحتجاجات قد اندلعت ليل الثلاثاء", 1, OT),
  ("senate_vote_0116", "x1_estrada_0120", "إثر تصويت مجلس الشيوخ على عدم فتح مظروف", 1, OT),
  ("trial_suspended_0117", "x1_estrada_0120", "ما أدى إلى تعليق محاكمته", 1, OT),

  ("cabinet_named_0121", "x2_estrada_0122", "أعلنت الرئيسة الفلبينية غلوريا ماكاباغال أرويو أمس الأحد أسماء أول أعضاء حكومتها", 1, OT),
  ("arroyo_oath_0120", "x2_estrada_0122", "بعد يوم من أدائها اليمين", 1, OT),
  ("protests_0116", "x2_estrada_0122", "الذي أطاحت به احتجاجات شعبية استمرت خمسة أيام", 1, OT),
  ("us_recognizes_0121", "x2_estrada_0122", "وأعلنت الولايات المتحدة أمس اعترافها بحكومة أرويو", 1, OT),
  ("estrada_leaves_0120", "x2_estrada_0122", "وكان استرادا قد غادر القصر الرئاسي السبت", 1, OT),
  ("estrada_message_0121", "x2_estrada_0122", "وقال استرادا في رسالة وجهها أمس إلى أنصاره", 1, ST),

  ("zhivkov_ousted_1110", "z1_sofia_1111", "أعلنت اللجنة المركزية للحزب الشيوعي البلغاري أمس الجمعة قبول استقالة تودور جيفكوف", 1, OT),
  ("mladenov_party_1110", "z1_sofia_1111", "وانتخبت وزير الخارجية بيتار ملادينوف خلفا له", 1, OT),
  ("zhivkov_ousted_1110", "z1_sofia_1111", "وجاءت الإطاحة بجيفكوف", 1, OT),
  ("border_opened_1109", "z1_sofia_1111", "غداة فتح ألمانيا الشرقية حدودها مع ألمانيا الغربية", 1, OT),
  ("mladenov_letter_1024", "z1_sofia_1111", "وكان ملادينوف قد وجه إلى المكتب السياسي في 24 أكتوبر رسالة", 1, OT),
  ("mladenov_state_1117", "z1_sofia_1111", "حتى ينتخب البرلمان خلفا له الجمعة المقبل", 1, OT),

  ("sofia_rally_1118", "z2_sofia_1119", "تظاهر نحو خمسين ألف شخص أمس السبت في وسط صوفيا", 1, OT),
  ("mladenov_state_1117", "z2_sofia_1119", "غداة انتخاب البرلمان بيتار ملادينوف رئيسا لمجلس الدولة", 1, OT),
  ("mladenov_party_1110", "z2_sofia_1119", "وكان ملادينوف قد خلف جيفكوف في الأمانة العامة للحزب الشيوعي في العاشر من نوفمبر", 1, OT),
  ("mladenov_speech_1117", "z2_sofia_1119", "وقال ملادينوف في كلمة أمام البرلمان الجمعة", 1, ST),
 ],
 diff=[
  ("junta_takes_0121", "junta_dissolved_0122"), ("noboa_oath_0122", "congress_ratifies_0122"),
  ("congress_stormed_0121", "junta_takes_0121"), ("mahuad_leaves_0121", "army_drops_mahuad_0121"),
  ("arroyo_oath_0120", "estrada_leaves_0120"), ("senate_vote_0116", "trial_suspended_0117"),
  ("estrada_statement_0120", "estrada_message_0121"), ("cabinet_named_0121", "us_recognizes_0121"),
  ("mladenov_party_1110", "mladenov_state_1117"), ("zhivkov_ousted_1110", "mladenov_party_1110"),
 ],
 before=[
  ("dollar_plan_0109", "congress_stormed_0121"), ("congress_stormed_0121", "junta_takes_0121"),
  ("army_drops_mahuad_0121", "mahuad_leaves_0121"), ("junta_takes_0121", "junta_dissolved_0122"),
  ("junta_dissolved_0122", "noboa_oath_0122"), ("noboa_oath_0122", "congress_ratifies_0122"),
  ("congress_ratifies_0122", "noboa_says_0123"), ("junta_takes_0121", "gutierrez_arrested_0123"),
  ("senate_vote_0116", "protests_0116"), ("senate_vote_0116", "trial_suspended_0117"),
  ("trial_suspended_0117", "reyes_withdraws_0119"), ("reyes_withdraws_0119", "arroyo_oath_0120"),
  ("arroyo_oath_0120", "estrada_leaves_0120"), ("estrada_statement_0120", "estrada_leaves_0120"),
  ("arroyo_oath_0120", "cabinet_named_0121"), ("arroyo_oath_0120", "us_recognizes_0121"),
  ("mladenov_letter_1024", "zhivkov_ousted_1110"), ("border_opened_1109", "zhivkov_ousted_1110"),
  ("zhivkov_ousted_1110", "mladenov_state_1117"), ("mladenov_party_1110", "mladenov_state_1117"),
  ("mladenov_state_1117", "sofia_rally_1118"),
 ],
)
