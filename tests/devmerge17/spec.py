"""Gold events for tests/devmerge17, part A (a development set; format as ../devmerge3/spec.py).

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
 "e1_stockholm_0826": "2024-08-26T13:00:00+02:00",
 "e2_dubai_0827": "2024-08-27",
 "e3_london_0914": "2024-09-14",
 "a1_oslo_0320": "2024-03-20T13:00:00+01:00",
 "a2_beirut_0321": "2024-03-21",
 "a3_dubai_0522": "2024-05-22",
 "g1_algiers_0730": "2024-07-30T18:00:00+01:00",
 "g2_dubai_0731": "2024-07-31",
 "g3_rabat_0803": "2024-08-03",
 "t1_tokyo_0308": "2024-03-08T14:00:00+09:00",
 "t2_beirut_0309": "2024-03-09",
 "t3_paris_0316": "2024-03-16",
 "n1_niamey_0316": "2024-03-16T22:00:00+01:00",
 "n2_doha_0317": "2024-03-17",
 "n3_paris_0323": "2024-03-23",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Sven-Göran Eriksson dies (26 August 2024); the FA's words; Prince William's tribute; his
  # illness made known (January 2024); the funeral at Fryksände church (13 September)
  "eriksson_death_0826": C(type="other", tight=D("2024-08-26"), outer=D("2024-08-26")),
  "fa_words_0826": C(type="statement", tight=D("2024-08-26"), outer=D("2024-08-26")),
  "eriksson_disclosure_0111": C(type="statement", tight=D("2024-01-11"), outer=D("2024-01-01", "2024-01-31")),
  "william_words_0826": C(type="statement", tight=D("2024-08-26"), outer=D("2024-08-26", "2024-08-27")),
  "eriksson_funeral_0913": C(type="other", tight=D("2024-09-13"), outer=D("2024-09-13")),
  # The Abel Prize to Michel Talagrand (20 March 2024), Holden's and Talagrand's words; the prize
  # of 2023 (Caffarelli); the ceremony in Oslo (21 May)
  "abel_award_0320": C(type="other", tight=D("2024-03-20"), outer=D("2024-03-20")),
  "holden_words_0320": C(type="statement", tight=D("2024-03-20"), outer=D("2024-03-20")),
  "abel_2023": C(type="other", tight=D("2023-03-22"), outer=D("2023-01-01", "2023-12-31")),
  "talagrand_words_0320": C(type="statement", tight=D("2024-03-20"), outer=D("2024-03-20", "2024-03-21")),
  "abel_ceremony_0521": C(type="other", tight=D("2024-05-21"), outer=D("2024-05-21")),
  # Algeria recalls its ambassador to France (30 July 2024), its foreign ministry's words (a body
  # in one outlet, its unnamed spokesman in two); its condemnation (25 July); Macron's letter
  "algeria_recall_0730": C(type="other", tight=D("2024-07-30"), outer=D("2024-07-30")),
  "algeria_words_0730": C(type="statement", tight=D("2024-07-30"), outer=D("2024-07-30")),
  "algeria_condemns_0725": C(type="statement", tight=D("2024-07-25"), outer=D("2024-07-25")),
  "macron_letter_0730": C(type="statement", tight=D("2024-07-30"), outer=D("2024-07-01", "2024-08-02")),
  # Akira Toriyama dies (1 March 2024, made known 8 March); Hayashi's and Shueisha's words; the
  # fans' gathering in Paris (15 March)
  "toriyama_death_0301": C(type="other", tight=D("2024-03-01"), outer=D("2024-03-01")),
  "hayashi_words_0308": C(type="statement", tight=D("2024-03-08"), outer=D("2024-03-08")),
  "shueisha_words_0308": C(type="statement", tight=D("2024-03-08"), outer=D("2024-03-08", "2024-03-09")),
  "paris_gathering_0315": C(type="other", tight=D("2024-03-15"), outer=D("2024-03-15")),
  # Niger's junta ends its military accord with the United States (16 March 2024), its
  # spokesman's words (named, unnamed, the junta); the US delegation's visit; the State
  # Department's words (17 March)
  "niger_cancel_0316": C(type="other", tight=D("2024-03-16"), outer=D("2024-03-16")),
  "junta_words_0316": C(type="statement", tight=D("2024-03-16"), outer=D("2024-03-16")),
  "us_visit_0312": C(type="other", tight=D("2024-03-12", "2024-03-14"), outer=D("2024-03-10", "2024-03-16")),
  "state_dept_words_0317": C(type="statement", tight=D("2024-03-17"), outer=D("2024-03-17")),
 },
 events=[
  # e1
  ("eriksson_death_0826", "e1_stockholm_0826", "توفي المدرب السويدي سفين غوران إريكسون، المدير الفني الأسبق لمنتخب إنكلترا، اليوم الاثنين", 1, "other"),
  ("fa_words_0826", "e1_stockholm_0826", "وقال الاتحاد الإنكليزي لكرة القدم في بيان", 1, "statement"),
  ("eriksson_disclosure_0111", "e1_stockholm_0826", "وكان إريكسون قد كشف في يناير كانون الثاني الماضي إصابته بالمرض", 1, "statement"),
  # e2
  ("eriksson_death_0826", "e2_dubai_0827", "رحيل «المدرب النبيل»", 1, "other"),
  ("eriksson_death_0826", "e2_dubai_0827", "غيّب الموت، أمس، المدرب السويدي سفن جوران إريكسون", 1, "other"),
  ("william_words_0826", "e2_dubai_0827", "ونعاه الأمير وليام، رئيس الاتحاد الإنكليزي لكرة القدم، وقال", 1, "statement"),
  # e3
  ("eriksson_funeral_0913", "e3_london_0914", "وداع إريكسن في فارملاند", 1, "other"),
  ("eriksson_funeral_0913", "e3_london_0914", "شيّع مئات الأشخاص، أمس الجمعة، المدرب السويدي الراحل سفن غوران إريكسن", 1, "other"),
  ("eriksson_death_0826", "e3_london_0914", "وكان إريكسن قد توفي في 26 أغسطس الماضي", 1, "other"),
  # a1
  ("abel_award_0320", "a1_oslo_0320", "منحت الأكاديمية النرويجية للعلوم والآداب اليوم الأربعاء جائزة آبل للرياضيات لعام 2024 للفرنسي ميشال تالاغران", 1, "other"),
  ("holden_words_0320", "a1_oslo_0320", "وقال رئيس لجنة الجائزة هلغه هولدن", 1, "statement"),
  ("abel_2023", "a1_oslo_0320", "وكانت الجائزة قد منحت العام الماضي للأرجنتيني الأميركي لويس كافاريلي", 1, "other"),
  # a2
  ("abel_award_0320", "a2_beirut_0321", "فرنسي يفوز بـ«نوبل الرياضيات»", 1, "other"),
  ("abel_award_0320", "a2_beirut_0321", "فاز عالم الرياضيات الفرنسي ميشيل تالاجران، أمس، بجائزة آبل", 1, "other"),
  ("talagrand_words_0320", "a2_beirut_0321", "وقال تالاجران (72 عاما) لوكالة الأنباء النرويجية", 1, "statement"),
  # a3
  ("abel_ceremony_0521", "a3_dubai_0522", "تالاغران يتسلم جائزة آبل", 1, "other"),
  ("abel_ceremony_0521", "a3_dubai_0522", "تسلم عالم الرياضيات الفرنسي ميشال تالاغران، أمس الثلاثاء، جائزة آبل", 1, "other"),
  ("abel_award_0320", "a3_dubai_0522", "وكانت الأكاديمية النرويجية قد أعلنت فوزه بالجائزة في مارس الماضي", 1, "other"),
  # g1
  ("algeria_recall_0730", "g1_algiers_0730", "أعلنت وزارة الخارجية الجزائرية اليوم الثلاثاء سحب سفيرها لدى فرنسا", 1, "other"),
  ("algeria_words_0730", "g1_algiers_0730", "وقالت الوزارة في بيان", 1, "statement"),
  ("algeria_condemns_0725", "g1_algiers_0730", "وكانت الجزائر قد أعربت الخميس الماضي عن \"استنكارها الشديد\"", 1, "statement"),
  # g2
  ("algeria_recall_0730", "g2_dubai_0731", "الجزائر تسحب سفيرها من باريس", 1, "other"),
  ("algeria_recall_0730", "g2_dubai_0731", "قررت الجزائر، أمس، سحب سفيرها لدى فرنسا", 1, "other"),
  ("algeria_words_0730", "g2_dubai_0731", "وقال الناطق الرسمي باسم الخارجية الجزائرية", 1, "statement"),
  # g3
  ("algeria_recall_0730", "g3_rabat_0803", "بعد سحب الجزائر سفيرها من باريس الثلاثاء الماضي", 1, "other"),
  ("macron_letter_0730", "g3_rabat_0803", "وكان الرئيس الفرنسي إيمانويل ماكرون قد أكد في رسالة إلى العاهل المغربي الملك محمد السادس", 1, "statement"),
  ("algeria_words_0730", "g3_rabat_0803", "وقال الناطق الرسمي في بيان الثلاثاء", 1, "statement"),
  # t1
  ("toriyama_death_0301", "t1_tokyo_0308", "أعلن استوديو بيرد اليوم الجمعة وفاة الرسام الياباني أكيرا تورياما", 1, "other"),
  ("toriyama_death_0301", "t1_tokyo_0308", "وتوفي تورياما في الأول من مارس آذار", 1, "other"),
  ("hayashi_words_0308", "t1_tokyo_0308", "وقال المتحدث باسم الحكومة اليابانية يوشيماسا هاياشي", 1, "statement"),
  # t2
  ("toriyama_death_0301", "t2_beirut_0309", "رحيل مبتكر «دراغون بول»", 1, "other"),
  ("toriyama_death_0301", "t2_beirut_0309", "توفي الرسام الياباني أكيرا توراياما", 1, "other"),
  ("shueisha_words_0308", "t2_beirut_0309", "ونعته دار شوإيشا الناشرة لأعماله، وقالت", 1, "statement"),
  # t3
  ("paris_gathering_0315", "t3_paris_0316", "عشاق «دراغون بول» يودعون تورياما", 1, "other"),
  ("paris_gathering_0315", "t3_paris_0316", "أقام آلاف المعجبين في باريس، أمس الجمعة، تجمعا لتكريم الرسام الياباني الراحل", 1, "other"),
  ("toriyama_death_0301", "t3_paris_0316", "وكان تورياما قد توفي في الأول من مارس", 1, "other"),
  ("toriyama_death_0301", "t3_paris_0316", "وأعلن استوديو بيرد وفاته الجمعة الماضي", 1, "other"),
  # n1
  ("niger_cancel_0316", "n1_niamey_0316", "أعلن المجلس العسكري الحاكم في النيجر مساء اليوم السبت إلغاء اتفاق التعاون العسكري مع الولايات المتحدة", 1, "other"),
  ("junta_words_0316", "n1_niamey_0316", "وقال المتحدث باسم المجلس الكولونيل أمادو عبد الرحمن في بيان بثه التلفزيون الرسمي", 1, "statement"),
  ("us_visit_0312", "n1_niamey_0316", "زيارة وفد أميركي برئاسة مساعدة وزير الخارجية مولي في إلى نيامي", 1, "other"),
  # n2
  ("niger_cancel_0316", "n2_doha_0317", "النيجر تنهي التعاون العسكري مع واشنطن", 1, "other"),
  ("niger_cancel_0316", "n2_doha_0317", "ألغت السلطات العسكرية في النيجر، أمس، الاتفاق", 1, "other"),
  ("junta_words_0316", "n2_doha_0317", "وقال الناطق الرسمي باسم الحكومة", 1, "statement"),
  # n3
  ("niger_cancel_0316", "n3_paris_0323", "بعد إلغاء النيجر الاتفاق العسكري مع الولايات المتحدة السبت الماضي", 1, "other"),
  ("state_dept_words_0317", "n3_paris_0323", "قالت وزارة الخارجية الأميركية، الأحد، إنها", 1, "statement"),
  ("junta_words_0316", "n3_paris_0323", "وقال المجلس العسكري في بيانه", 1, "statement"),
 ],
 diff=[
  ("eriksson_death_0826", "eriksson_funeral_0913"),
  ("fa_words_0826", "william_words_0826"),
  ("fa_words_0826", "eriksson_disclosure_0111"),
  ("abel_award_0320", "abel_2023"),
  ("abel_award_0320", "abel_ceremony_0521"),
  ("holden_words_0320", "talagrand_words_0320"),
  ("algeria_words_0730", "algeria_condemns_0725"),
  ("algeria_words_0730", "macron_letter_0730"),
  ("toriyama_death_0301", "paris_gathering_0315"),
  ("hayashi_words_0308", "shueisha_words_0308"),
  ("junta_words_0316", "state_dept_words_0317"),
 ],
 before=[
  ("eriksson_disclosure_0111", "eriksson_death_0826"),
  ("eriksson_death_0826", "eriksson_funeral_0913"),
  ("abel_2023", "abel_award_0320"),
  ("abel_award_0320", "abel_ceremony_0521"),
  ("algeria_condemns_0725", "algeria_recall_0730"),
  ("toriyama_death_0301", "paris_gathering_0315"),
  ("us_visit_0312", "niger_cancel_0316"),
  ("niger_cancel_0316", "state_dept_words_0317"),
 ],
)
