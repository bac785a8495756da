"""Gold events for tests/devmerge11, part B (other stories, other outlets; format as ../spec.py).

Written and committed with part A, before any engine change of identity round 20: scored only at
the start and at the end of a round.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "w1_lilongwe_0203": "2020-02-03T18:00:00+02:00",
 "w2_lilongwe_0624": "2020-06-24",
 "w3_lilongwe_0629": "2020-06-29",
 "i1_rome_0126": "2021-01-26T13:00:00+01:00",
 "i2_rome_0204": "2021-02-04",
 "i3_rome_0214": "2021-02-14",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Malawi: the election of May 2019 and Mutharika's oath, the constitutional court's annulment
  # (3 February 2020) and its order, the lawyer's words, the supreme court's ruling of May, the
  # rerun of 23 June, the commission's announcement and Chakwera's oath
  "mw_election_2019": C(type="other", tight=D("2019-05-21"), outer=D("2019-05-01", "2019-05-31")),
  "mutharika_oath_2019": C(type="other", tight=D("2019-05-28"), outer=D("2019-05-28")),
  "mw_annulment_0203": C(type="other", tight=D("2020-02-03"), outer=D("2020-02-03")),
  "mw_lawyer_0203": C(type="statement", tight=D("2020-02-03"), outer=D("2020-02-03")),
  "mw_supreme_0508": C(type="other", tight=D("2020-05-08"), outer=D("2020-05-01", "2020-05-31")),
  "mw_rerun_0623": C(type="other", tight=D("2020-06-23"), outer=D("2020-06-23")),
  "mw_results_0627": C(type="statement", tight=D("2020-06-27"), outer=D("2020-06-27")),
  "chakwera_oath_0628": C(type="other", tight=D("2020-06-28"), outer=D("2020-06-28")),
  # Rome: Italia Viva leaves (13 January), Conte resigns (26 January; and in August 2019),
  # Mattarella's mandate to Draghi and Draghi's words (3 February), the cabinet list (12
  # February), the oath (13 February), the senate's vote (17 February)
  "iv_quits_0113": C(type="other", tight=D("2021-01-13"), outer=D("2021-01-01", "2021-01-26")),
  "conte_resigns_0126": C(type="other", tight=D("2021-01-26"), outer=D("2021-01-26")),
  "conte_resigns_2019": C(type="other", tight=D("2019-08-20"), outer=D("2019-08-01", "2019-08-31")),
  "draghi_mandate_0203": C(type="other", tight=D("2021-02-03"), outer=D("2021-02-03")),
  "draghi_words_0203": C(type="statement", tight=D("2021-02-03"), outer=D("2021-02-03")),
  "draghi_cabinet_0212": C(type="statement", tight=D("2021-02-12"), outer=D("2021-02-12")),
  "draghi_oath_0213": C(type="other", tight=D("2021-02-13"), outer=D("2021-02-13")),
  "senate_vote_0217": C(type="other", tight=D("2021-02-17"), outer=D("2021-02-17")),
 },
 events=[
  # w1
  ("mw_annulment_0203", "w1_lilongwe_0203", "ألغت المحكمة الدستورية في ملاوي اليوم الاثنين نتيجة", 1, "other"),
  ("mw_election_2019", "w1_lilongwe_0203", "الانتخابات الرئاسية التي جرت في مايو أيار الماضي", 1, "other"),
  ("mw_lawyer_0203", "w1_lilongwe_0203", "وقال محامي المعارضة للصحفيين خارج المحكمة", 1, "statement"),
  ("mutharika_oath_2019", "w1_lilongwe_0203", "وكان موثاريكا قد أدى اليمين لولاية ثانية في 28 مايو أيار", 1, "other"),
  # w2
  ("mw_rerun_0623", "w2_lilongwe_0624", "أدلى الناخبون في ملاوي أمس الثلاثاء بأصواتهم في انتخابات رئاسية جديدة", 1, "other"),
  ("mw_rerun_0623", "w2_lilongwe_0624", "وتأتي الانتخابات", 1, "other"),
  ("mw_annulment_0203", "w2_lilongwe_0624", "بعد أن ألغى القضاء في فبراير نتائج", 1, "other"),
  ("mw_supreme_0508", "w2_lilongwe_0624", "وأيدت المحكمة العليا في مايو قرار المحكمة الدستورية", 1, "other"),
  # w3
  ("chakwera_oath_0628", "w3_lilongwe_0629", "تشاكويرا رئيسا لملاوي", 1, "other"),
  ("chakwera_oath_0628", "w3_lilongwe_0629", "أدى زعيم المعارضة في ملاوي لازاروس تشاكويرا، أمس، اليمين رئيسا للبلاد", 1, "other"),
  ("mw_results_0627", "w3_lilongwe_0629", "بعد يوم من إعلان لجنة الانتخابات فوزه", 1, "statement"),
  ("mw_rerun_0623", "w3_lilongwe_0629", "في الانتخابات التي جرت الثلاثاء الماضي", 1, "other"),
  # i1
  ("conte_resigns_0126", "i1_rome_0126", "قدم رئيس الوزراء الإيطالي جوزيبي كونتي استقالته اليوم الثلاثاء إلى الرئيس سيرجيو ماتاريلا", 1, "other"),
  ("conte_resigns_0126", "i1_rome_0126", "وجاءت الاستقالة", 1, "other"),
  ("iv_quits_0113", "i1_rome_0126", "بعد انسحاب حزب إيطاليا فيفا", 1, "other"),
  ("conte_resigns_2019", "i1_rome_0126", "وكان كونتي قد استقال في أغسطس آب 2019", 1, "other"),
  # i2
  ("draghi_mandate_0203", "i2_rome_0204", "دراغي مكلفا بتشكيل الحكومة الإيطالية", 1, "other"),
  ("draghi_mandate_0203", "i2_rome_0204", "كلف الرئيس الإيطالي، أمس، رئيس البنك المركزي الأوروبي السابق ماريو دراغي بتشكيل حكومة جديدة", 1, "other"),
  ("conte_resigns_0126", "i2_rome_0204", "بعد استقالة رئيس الوزراء جوزيبي كونتي الأسبوع الماضي", 1, "other"),
  ("draghi_words_0203", "i2_rome_0204", "وقال دراغي للصحفيين بعد لقائه الرئيس", 1, "statement"),
  # i3
  ("draghi_oath_0213", "i3_rome_0214", "أدى ماريو دراجى أمس السبت اليمين الدستورية رئيسا لوزراء إيطاليا", 1, "other"),
  ("draghi_cabinet_0212", "i3_rome_0214", "وكان دراجى قد أعلن مساء الجمعة تشكيلة حكومته", 1, "statement"),
  ("draghi_mandate_0203", "i3_rome_0214", "بعد أن كلفه ماتاريلا فى الثالث من فبراير", 1, "other"),
  ("conte_resigns_0126", "i3_rome_0214", "خلفا لجوزيبى كونتى الذى استقال فى 26 يناير", 1, "other"),
  ("senate_vote_0217", "i3_rome_0214", "ومن المقرر أن يطلب دراجى ثقة مجلس الشيوخ يوم الأربعاء المقبل", 1, "other"),
 ],
 diff=[
  ("mw_election_2019", "mw_rerun_0623"),
  ("mutharika_oath_2019", "chakwera_oath_0628"),
  ("mw_annulment_0203", "mw_supreme_0508"),
  ("mw_rerun_0623", "chakwera_oath_0628"),
  ("conte_resigns_0126", "conte_resigns_2019"),
  ("conte_resigns_0126", "iv_quits_0113"),
  ("draghi_mandate_0203", "draghi_oath_0213"),
  ("draghi_oath_0213", "senate_vote_0217"),
 ],
 before=[
  ("mw_election_2019", "mw_annulment_0203"),
  ("mw_annulment_0203", "mw_supreme_0508"),
  ("mw_supreme_0508", "mw_rerun_0623"),
  ("mw_rerun_0623", "chakwera_oath_0628"),
  ("conte_resigns_2019", "conte_resigns_0126"),
  ("iv_quits_0113", "conte_resigns_0126"),
  ("conte_resigns_0126", "draghi_mandate_0203"),
  ("draghi_mandate_0203", "draghi_oath_0213"),
  ("draghi_oath_0213", "senate_vote_0217"),
 ],
)
