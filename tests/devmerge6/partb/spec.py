"""Gold events for tests/devmerge6, part B (other stories, other outlets; scored at a round's
start and end only). Format as ../spec.py.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "h1_gaddafi_1020": "2011-10-20T19:00:00+02:00",
 "h2_gaddafi_1021": "2011-10-21",
 "h3_gaddafi_1026": "2011-10-26",
 "i1_amman_1109": "2005-11-09T23:30:00+02:00",
 "i2_amman_1111": "2005-11-11",
 "i3_amman_1114": "2005-11-14",
 "j1_saddam_1214": "2003-12-14T16:00:00+03:00",
 "j2_saddam_1215": "2003-12-15",
 "j3_saddam_1216": "2003-12-16",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Gaddafi: captured and killed in Sirte, the last quarters taken, Jibril, Obama, burial, liberation
  "gaddafi_killed_1020": C(type="other", tight=D("2011-10-20"), outer=D("2011-10-20")),
  "gaddafi_captured_1020": C(type="other", tight=D("2011-10-20"), outer=D("2011-10-20")),
  "sirte_taken_1020": C(type="capture", tight=D("2011-10-20"), outer=D("2011-10-20")),
  "jibril_statement_1020": C(type="statement", tight=D("2011-10-20"), outer=D("2011-10-20")),
  "obama_statement_1020": C(type="statement", tight=D("2011-10-20"), outer=D("2011-10-20")),
  "gaddafi_burial_1025": C(type="other", tight=D("2011-10-25"), outer=D("2011-10-25")),
  "liberation_declared_1023": C(type="other", tight=D("2011-10-23"), outer=D("2011-10-23")),
  # Amman hotel bombings: the attack, the cabinet's meeting, the claim, the marches, Saudi
  # Arabia's condemnation, the confession broadcast, the King's address
  "amman_bombings_1109": C(type="strike", tight=D("2005-11-09"), outer=D("2005-11-09")),
  "cabinet_meeting_1109": C(type="meeting", tight=D("2005-11-09"), outer=D("2005-11-09")),
  "zarqawi_claim_1110": C(type="statement", tight=D("2005-11-10"), outer=D("2005-11-10")),
  "amman_marches_1110": C(type="other", tight=D("2005-11-10"), outer=D("2005-11-10")),
  "saudi_condemns_1110": C(type="statement", tight=D("2005-11-10"), outer=D("2005-11-10")),
  "confession_broadcast_1113": C(type="other", tight=D("2005-11-13"), outer=D("2005-11-13")),
  "king_address_1110": C(type="statement", tight=D("2005-11-10"), outer=D("2005-11-10")),
  # Saddam captured near Tikrit, announced by Bremer; Sanchez; Bush; Council members meet him;
  # Pachachi; Washington: a prisoner of war
  "saddam_captured_1213": C(type="other", tight=D("2003-12-13"), outer=D("2003-12-13")),
  "bremer_statement_1214": C(type="statement", tight=D("2003-12-14"), outer=D("2003-12-14")),
  "sanchez_statement_1214": C(type="statement", tight=D("2003-12-14"), outer=D("2003-12-14")),
  "bush_address_1214": C(type="statement", tight=D("2003-12-14"), outer=D("2003-12-14")),
  "council_meets_saddam_1214": C(type="meeting", tight=D("2003-12-14"), outer=D("2003-12-14")),
  "pachachi_statement_1215": C(type="statement", tight=D("2003-12-15"), outer=D("2003-12-15")),
  "pow_statement_1215": C(type="statement", tight=D("2003-12-15"), outer=D("2003-12-15")),
 },
 events=[
  # h1
  ("gaddafi_killed_1020", "h1_gaddafi_1020", "أعلن رئيس المكتب التنفيذي للمجلس الوطني الانتقالي الليبي محمود جبريل اليوم الخميس مقتل العقيد معمر القذافي", 1, "other"),
  ("jibril_statement_1020", "h1_gaddafi_1020", "وقال جبريل في مؤتمر صحفي في طرابلس", 1, "statement"),
  ("sirte_taken_1020", "h1_gaddafi_1020", "وسيطر مقاتلو المجلس على آخر أحياء سرت صباح اليوم", 1, "capture"),
  # h2
  ("gaddafi_killed_1020", "h2_gaddafi_1021", "لقى العقيد معمر القذافى مصرعه أمس الخميس فى سرت", 1, "other"),
  ("gaddafi_captured_1020", "h2_gaddafi_1021", "بعد أسره على أيدى الثوار", 1, "other"),
  ("obama_statement_1020", "h2_gaddafi_1021", "وأشاد الرئيس الأمريكى باراك أوباما أمس بنهاية حكم القذافى", 1, "statement"),
  # h3
  ("gaddafi_burial_1025", "h3_gaddafi_1026", "دفن العقيد معمر القذافي ونجله المعتصم فجر أمس الثلاثاء", 1, "other"),
  ("gaddafi_killed_1020", "h3_gaddafi_1026", "بعد خمسة أيام من مقتله في سرت", 1, "other"),
  ("liberation_declared_1023", "h3_gaddafi_1026", "وكان المجلس الوطني الانتقالي قد أعلن الأحد في بنغازي تحرير ليبيا بالكامل", 1, "other"),
  # i1
  ("amman_bombings_1109", "i1_amman_1109", "استهدفت ثلاثة تفجيرات متزامنة مساء اليوم الأربعاء فنادق غراند حياة وراديسون ساس وديز إن في عمان", 1, "strike"),
  ("cabinet_meeting_1109", "i1_amman_1109", "وترأس جلالة الملك عبد الله الثاني الليلة اجتماعا طارئا لمجلس الوزراء", 1, "meeting"),
  # i2
  ("zarqawi_claim_1110", "i2_amman_1111", "أعلن تنظيم القاعدة في بلاد الرافدين بزعامة أبو مصعب الزرقاوي مسؤوليته", 1, "statement"),
  ("amman_bombings_1109", "i2_amman_1111", "التفجيرات الثلاثة التي ضربت فنادق في عمان مساء الأربعاء", 1, "strike"),
  ("amman_marches_1110", "i2_amman_1111", "وخرج آلاف الأردنيين أمس الخميس في مسيرات تندد بالتفجيرات", 1, "other"),
  ("saudi_condemns_1110", "i2_amman_1111", "وأدانت المملكة العربية السعودية أمس الاعتداءات الإرهابية", 1, "statement"),
  # i3
  ("confession_broadcast_1113", "i3_amman_1114", "بث التلفزيون الأردني أمس الأحد اعترافات ساجدة الريشاوي", 1, "other"),
  ("amman_bombings_1109", "i3_amman_1114", "في هجمات الأربعاء الماضي", 1, "strike"),
  ("king_address_1110", "i3_amman_1114", "وكان الملك عبد الله الثاني قد تعهد في كلمة إلى الأمة مساء الخميس", 1, "statement"),
  # j1
  ("saddam_captured_1213", "j1_saddam_1214", "أعلن الحاكم المدني الأميركي في العراق بول بريمر اليوم الأحد اعتقال الرئيس العراقي المخلوع صدام حسين", 1, "other"),
  ("bremer_statement_1214", "j1_saddam_1214", "وقال بريمر في مؤتمر صحافي في بغداد", 1, "statement"),
  ("sanchez_statement_1214", "j1_saddam_1214", "وأوضح قائد القوات الأميركية في العراق ريكاردو سانشيز", 1, "statement"),
  ("saddam_captured_1213", "j1_saddam_1214", "أن صدام اعتقل مساء السبت في حفرة", 1, "other"),
  # j2
  ("saddam_captured_1213", "j2_saddam_1215", "ألقت القوات الأمريكية القبض على صدام حسين مساء أول أمس السبت", 1, "other"),
  ("bush_address_1214", "j2_saddam_1215", "وأعرب الرئيس جورج بوش فى كلمة إلى الأمة أمس عن ارتياحه", 1, "statement"),
  # j3
  ("council_meets_saddam_1214", "j3_saddam_1216", "التقى أربعة من أعضاء مجلس الحكم الانتقالي في العراق صدام حسين يوم الأحد", 1, "meeting"),
  ("saddam_captured_1213", "j3_saddam_1216", "بعد ساعات من اعتقاله", 1, "other"),
  ("pachachi_statement_1215", "j3_saddam_1216", "حسبما قال عدنان الباجه جي أمس الاثنين", 1, "statement"),
  ("saddam_captured_1213", "j3_saddam_1216", "وكانت القوات الأمريكية قد اعتقلت صدام مساء السبت الماضي", 1, "other"),
  ("pow_statement_1215", "j3_saddam_1216", "وأعلنت واشنطن أمس أن صدام أسير حرب", 1, "statement"),
 ],
 diff=[
  ("gaddafi_killed_1020", "gaddafi_captured_1020"),
  ("jibril_statement_1020", "obama_statement_1020"),
  ("gaddafi_burial_1025", "liberation_declared_1023"),
  ("zarqawi_claim_1110", "saudi_condemns_1110"),
  ("king_address_1110", "saudi_condemns_1110"),
  ("zarqawi_claim_1110", "king_address_1110"),
  ("bremer_statement_1214", "sanchez_statement_1214"),
  ("bremer_statement_1214", "bush_address_1214"),
  ("pachachi_statement_1215", "pow_statement_1215"),
 ],
 before=[
  ("gaddafi_captured_1020", "gaddafi_killed_1020"),
  ("gaddafi_killed_1020", "liberation_declared_1023"),
  ("liberation_declared_1023", "gaddafi_burial_1025"),
  ("amman_bombings_1109", "cabinet_meeting_1109"),
  ("amman_bombings_1109", "zarqawi_claim_1110"),
  ("king_address_1110", "confession_broadcast_1113"),
  ("saddam_captured_1213", "bremer_statement_1214"),
  ("saddam_captured_1213", "council_meets_saddam_1214"),
  ("council_meets_saddam_1214", "pachachi_statement_1215"),
 ],
)
