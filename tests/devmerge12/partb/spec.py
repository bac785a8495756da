"""Gold events for tests/devmerge12, part B (a development set scored only at a round's start and
end; format as ../../devmerge3/spec.py).  See ../spec.py for the row format.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "t1_nukualofa_0116": "2022-01-16T12:00:00+13:00",
 "t2_nukualofa_0119": "2022-01-19",
 "t3_nukualofa_0121": "2022-01-21T08:00:00+13:00",
 "n1_pokhara_0115": "2023-01-15T16:00:00+05:45",
 "n2_pokhara_0116": "2023-01-16T15:00:00+05:45",
 "n3_pokhara_0118": "2023-01-18",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Tonga 2022: the eruption of 15 January and its tsunami, Ardern's words, the first eruption
  # of 20 December, two drowned in Peru, the government's first statement (18 January), the
  # ships sailing, the first aid flight (20 January)
  "tonga_eruption_0115": C(type="other", tight=D("2022-01-15"), outer=D("2022-01-15")),
  "tonga_tsunami_0115": C(type="other", tight=D("2022-01-15"), outer=D("2022-01-15")),
  "ardern_words_0116": C(type="statement", tight=D("2022-01-16"), outer=D("2022-01-16")),
  "tonga_eruption_1220": C(type="other", tight=D("2021-12-20"), outer=D("2021-12-20")),
  "peru_drowned_0115": C(type="other", tight=D("2022-01-15"), outer=D("2022-01-15")),
  "tonga_statement_0118": C(type="statement", tight=D("2022-01-18"), outer=D("2022-01-18")),
  "nz_ships_0118": C(type="other", tight=D("2022-01-18"), outer=D("2022-01-18")),
  "first_flight_0120": C(type="other", tight=D("2022-01-20"), outer=D("2022-01-20")),
  # Pokhara 2023: the crash of 15 January, the cabinet's emergency meeting, the black boxes found
  # (16 January), the mourning declared, the inquiry formed, the decision to send them abroad;
  # the Tara Air crash of May 2022 and the US-Bangla crash of 2018
  "yeti_crash_0115": C(type="other", tight=D("2023-01-15"), outer=D("2023-01-15")),
  "np_cabinet_0115": C(type="meeting", tight=D("2023-01-15"), outer=D("2023-01-15")),
  "black_boxes_0116": C(type="other", tight=D("2023-01-16"), outer=D("2023-01-16")),
  "np_mourning_0116": C(type="other", tight=D("2023-01-16"), outer=D("2023-01-16")),
  "np_inquiry_0115": C(type="other", tight=D("2023-01-15"), outer=D("2023-01-15", "2023-01-16")),
  "np_boxes_abroad_0117": C(type="other", tight=D("2023-01-17"), outer=D("2023-01-16", "2023-01-18")),
  "tara_crash_2022": C(type="other", tight=D("2022-05-29"), outer=D("2022-05-01", "2022-05-31")),
  "usbangla_crash_2018": C(type="other", tight=D("2018-03-12"), outer=D("2018-01-01", "2018-12-31")),
 },
 events=[
  # t1
  ("tonga_eruption_0115", "t1_nukualofa_0116", "ثار بركان هونغا تونغا-هونغا هاباي تحت سطح البحر مساء أمس السبت", 1, "other"),
  ("tonga_tsunami_0115", "t1_nukualofa_0116", "ما تسبب في موجات مد عاتية ضربت سواحل تونغا", 1, "other"),
  ("ardern_words_0116", "t1_nukualofa_0116", "وفق ما قالت رئيسة وزراء نيوزيلندا جاسيندا أرديرن اليوم الأحد", 1, "statement"),
  ("tonga_eruption_1220", "t1_nukualofa_0116", "وكان البركان نفسه قد ثار في 20 ديسمبر كانون الأول", 1, "other"),
  ("peru_drowned_0115", "t1_nukualofa_0116", "غرقت امرأتان أمس بعد أن ضربت أمواج عالية شاطئا في شمال البلاد", 1, "other"),
  # t2
  ("tonga_statement_0118", "t2_nukualofa_0119", "أعلنت حكومة تونغا، أمس، مقتل ثلاثة أشخاص", 1, "statement"),
  ("tonga_tsunami_0115", "t2_nukualofa_0119", "في موجات التسونامي التي أعقبت", 1, "other"),
  ("tonga_eruption_0115", "t2_nukualofa_0119", "ثوران البركان يوم السبت", 1, "other"),
  ("nz_ships_0118", "t2_nukualofa_0119", "وأبحرت سفينتان تابعتان للبحرية النيوزيلندية، أمس، باتجاه تونغا", 1, "other"),
  # t3
  ("first_flight_0120", "t3_nukualofa_0121", "هبطت أول طائرة مساعدات في تونغا أمس الخميس", 1, "other"),
  ("tonga_eruption_0115", "t3_nukualofa_0121", "بعد خمسة أيام من الثوران البركاني الهائل", 1, "other"),
  ("tonga_statement_0118", "t3_nukualofa_0121", "وكانت الحكومة قد أعلنت الثلاثاء مقتل ثلاثة أشخاص", 1, "statement"),
  ("tonga_tsunami_0115", "t3_nukualofa_0121", "في التسونامي الذي أعقب", 1, "other"),
  ("tonga_eruption_0115", "t3_nukualofa_0121", "ثوران بركان هونغا تونغا في 15 يناير كانون الثاني", 1, "other"),
  # n1
  ("yeti_crash_0115", "n1_pokhara_0115", "تحطمت طائرة ركاب تابعة لشركة يتي إيرلاينز على متنها 72 شخصا اليوم الأحد", 1, "other"),
  ("np_cabinet_0115", "n1_pokhara_0115", "وعقد رئيس الوزراء بوشبا كمال داهال اجتماعا طارئا لمجلس الوزراء اليوم", 1, "meeting"),
  ("tara_crash_2022", "n1_pokhara_0115", "وكانت طائرة تابعة لشركة تارا إير قد تحطمت في مايو أيار الماضي", 1, "other"),
  # n2
  ("black_boxes_0116", "n2_pokhara_0116", "عثر عمال الإنقاذ اليوم الاثنين على الصندوقين الأسودين", 1, "other"),
  ("yeti_crash_0115", "n2_pokhara_0116", "للطائرة التي تحطمت أمس الأحد في بوخارا", 1, "other"),
  ("np_mourning_0116", "n2_pokhara_0116", "بينما أعلنت الحكومة يوم حداد وطني", 1, "other"),
  ("np_inquiry_0115", "n2_pokhara_0116", "وشكلت الحكومة لجنة من خمسة أعضاء للتحقيق في الحادث", 1, "other"),
  ("usbangla_crash_2018", "n2_pokhara_0116", "وكانت طائرة تابعة لشركة يو إس بنغلا قد تحطمت في مطار كاتماندو عام 2018", 1, "other"),
  # n3
  ("np_boxes_abroad_0117", "n3_pokhara_0118", "قررت السلطات النيبالية إرسال الصندوقين الأسودين للطائرة المنكوبة", 1, "other"),
  ("black_boxes_0116", "n3_pokhara_0118", "بعد العثور عليهما الاثنين", 1, "other"),
  ("yeti_crash_0115", "n3_pokhara_0118", "وتحطمت طائرة شركة يتي إيرلاينز يوم الأحد الماضي قرب بوخارا", 1, "other"),
 ],
 diff=[
  ("tonga_eruption_0115", "tonga_eruption_1220"),
  ("tonga_tsunami_0115", "peru_drowned_0115"),
  ("tonga_statement_0118", "ardern_words_0116"),
  ("nz_ships_0118", "first_flight_0120"),
  ("yeti_crash_0115", "tara_crash_2022"),
  ("yeti_crash_0115", "usbangla_crash_2018"),
  ("tara_crash_2022", "usbangla_crash_2018"),
  ("black_boxes_0116", "np_boxes_abroad_0117"),
  ("np_mourning_0116", "np_inquiry_0115"),
 ],
 before=[
  ("tonga_eruption_1220", "tonga_eruption_0115"),
  ("tonga_eruption_0115", "ardern_words_0116"),
  ("ardern_words_0116", "tonga_statement_0118"),
  ("tonga_statement_0118", "first_flight_0120"),
  ("nz_ships_0118", "first_flight_0120"),
  ("usbangla_crash_2018", "tara_crash_2022"),
  ("tara_crash_2022", "yeti_crash_0115"),
  ("yeti_crash_0115", "black_boxes_0116"),
  ("black_boxes_0116", "np_boxes_abroad_0117"),
 ],
)
