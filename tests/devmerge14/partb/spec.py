"""Gold events for tests/devmerge14, part B (a development set scored only at a round's start and
end; format as ../../devmerge3/spec.py).  See ../spec.py for the row format.
"""
from gold_sets import span

D = span

PUBLISHED = {
 "v1_brussels_0526": "2023-05-26T20:00:00+02:00",
 "v2_muscat_0527": "2023-05-27",
 "v3_vienna_0602": "2023-06-02T18:00:00+02:00",
 "k1_nairobi_0422": "2022-04-22T11:00:00+03:00",
 "k2_nairobi_0430": "2022-04-30",
 "k3_othaya_0430": "2022-04-30T17:00:00+03:00",
 "r1_pritzker_0315": "2022-03-15T17:00:00+00:00",
 "r2_ouagadougou_0317": "2022-03-17",
}

C = dict
DEV = dict(
 timex=[],
 clusters={
  # Iran and Belgium swap Vandecasteele and Assadi through Oman (26 May 2023), De Croo's words;
  # Vandecasteele's arrest (February 2022) and sentence (January 2023); Assadi's sentence
  # (February 2021); three Europeans freed a week later (2 June), Nehammer's words
  "be_ir_swap_0526": C(type="other", tight=D("2023-05-26"), outer=D("2023-05-26")),
  "decroo_words_0526": C(type="statement", tight=D("2023-05-26"), outer=D("2023-05-26")),
  "vdc_arrest_2022": C(type="other", tight=D("2022-02-24"), outer=D("2022-02-01", "2022-02-28")),
  "vdc_sentence_2023": C(type="other", tight=D("2023-01-10"), outer=D("2023-01-01", "2023-01-31")),
  "assadi_sentence_2021": C(type="other", tight=D("2021-02-04"), outer=D("2021-02-01", "2021-02-28")),
  "europeans_freed_0602": C(type="other", tight=D("2023-06-02"), outer=D("2023-06-02")),
  "nehammer_words_0602": C(type="statement", tight=D("2023-06-02"), outer=D("2023-06-02")),
  # Kibaki: his death (21 April 2022) told by Kenyatta (22nd), the mourning, his words; the state
  # funeral in Nairobi (29th) and the son's words; the burial at Othaya (30th); Moi's death (2020)
  "kibaki_death_0421": C(type="other", tight=D("2022-04-21"), outer=D("2022-04-21")),
  "ke_mourning_0422": C(type="other", tight=D("2022-04-22"), outer=D("2022-04-22")),
  "kenyatta_words_0422": C(type="statement", tight=D("2022-04-22"), outer=D("2022-04-22")),
  "moi_death_2020": C(type="other", tight=D("2020-02-04"), outer=D("2020-02-01", "2020-02-29")),
  "kibaki_funeral_0429": C(type="other", tight=D("2022-04-29"), outer=D("2022-04-29")),
  "jimmy_words_0429": C(type="statement", tight=D("2022-04-29"), outer=D("2022-04-29")),
  "kibaki_burial_0430": C(type="other", tight=D("2022-04-30"), outer=D("2022-04-30")),
  # The Pritzker prize of 2022 to Kéré (15 March), Tom Pritzker's words; the prize of 2021; the
  # Serpentine pavilion (2017)
  "pritzker_kere_0315": C(type="other", tight=D("2022-03-15"), outer=D("2022-03-15")),
  "tom_pritzker_words_0315": C(type="statement", tight=D("2022-03-15"), outer=D("2022-03-15")),
  "pritzker_2021": C(type="other", tight=D("2021-03-16"), outer=D("2021-01-01", "2021-12-31")),
  "serpentine_2017": C(type="other", tight=D("2017-06-23"), outer=D("2017-01-01", "2017-12-31")),
 },
 events=[
  # v1
  ("be_ir_swap_0526", "v1_brussels_0526", "إيران أفرجت اليوم الجمعة عن عامل الإغاثة البلجيكي أوليفييه فاندكاستيل في عملية تبادل بوساطة سلطنة عمان", 1, "other"),
  ("be_ir_swap_0526", "v1_brussels_0526", "أطلقت بلجيكا بموجبها سراح الدبلوماسي الإيراني أسد الله أسدي", 1, "other"),
  ("decroo_words_0526", "v1_brussels_0526", "وقال دي كرو", 1, "statement"),
  ("vdc_arrest_2022", "v1_brussels_0526", "واعتقل فاندكاستيل في طهران في فبراير شباط 2022", 1, "other"),
  ("vdc_sentence_2023", "v1_brussels_0526", "وصدر بحقه حكم بالسجن 40 عاما في يناير كانون الثاني", 1, "other"),
  # v2
  ("be_ir_swap_0526", "v2_muscat_0527", "وساطة عمانية تنهي احتجاز بلجيكي وإيراني", 1, "other"),
  ("be_ir_swap_0526", "v2_muscat_0527", "أعلنت وزارة الخارجية، أمس، نجاح الوساطة العمانية في الإفراج عن مواطن بلجيكي ومواطن إيراني", 1, "other"),
  ("assadi_sentence_2021", "v2_muscat_0527", "وكانت محكمة بلجيكية قد قضت في فبراير 2021 بسجن الدبلوماسي الإيراني عشرين عاما", 1, "other"),
  # v3
  ("europeans_freed_0602", "v3_vienna_0602", "أفرجت إيران اليوم الجمعة عن ثلاثة أوروبيين", 1, "other"),
  ("be_ir_swap_0526", "v3_vienna_0602", "بعد أسبوع من إطلاق سراح البلجيكي أوليفييه فاندكاستيل", 1, "other"),
  ("nehammer_words_0602", "v3_vienna_0602", "وقال المستشار النمساوي كارل نيهامر", 1, "statement"),
  # k1
  ("kibaki_death_0421", "k1_nairobi_0422", "سلفه مواي كيباكي توفي أمس الخميس عن 90 عاما", 1, "other"),
  ("ke_mourning_0422", "k1_nairobi_0422", "وأعلن الحداد الوطني حتى دفنه", 1, "other"),
  ("kenyatta_words_0422", "k1_nairobi_0422", "وقال كينياتا في خطاب متلفز", 1, "statement"),
  ("moi_death_2020", "k1_nairobi_0422", "وكان الرئيس الأسبق دانيال أراب موي، سلف كيباكي، قد توفي في فبراير شباط 2020", 1, "other"),
  # k2
  ("kibaki_funeral_0429", "k2_nairobi_0430", "كينيا تودع كيباكي في جنازة رسمية", 1, "other"),
  ("kibaki_funeral_0429", "k2_nairobi_0430", "أقيمت، أمس، جنازة رسمية للرئيس الكيني الأسبق مواي كيباكي في استاد نيايو بنيروبي", 1, "other"),
  ("jimmy_words_0429", "k2_nairobi_0430", "وقال جيمي كيباكي، نجل الراحل، في كلمة خلال المراسم", 1, "statement"),
  ("kibaki_burial_0430", "k2_nairobi_0430", "أن يدفن الرئيس الراحل اليوم في مسقط رأسه أوثايا", 1, "other"),
  # k3
  ("kibaki_burial_0430", "k3_othaya_0430", "دفن الرئيس الكيني السابق مواي كيباكي اليوم السبت في مزرعته بأوثايا", 1, "other"),
  ("kibaki_death_0421", "k3_othaya_0430", "بعد تسعة أيام من وفاته", 1, "other"),
  # r1
  ("pritzker_kere_0315", "r1_pritzker_0315", "فاز المعماري البوركيني دييبيدو فرانسيس كيري اليوم الثلاثاء بجائزة بريتزكر للعمارة", 1, "other"),
  ("tom_pritzker_words_0315", "r1_pritzker_0315", "وقال توم بريتزكر", 1, "statement"),
  ("pritzker_2021", "r1_pritzker_0315", "وفاز بالجائزة العام الماضي المعماريان الفرنسيان آن لاكاتون وجان فيليب فاسال", 1, "other"),
  # r2
  ("pritzker_kere_0315", "r2_ouagadougou_0317", "«بريتزكر» لمعماري من بوركينا فاسو", 1, "other"),
  ("pritzker_kere_0315", "r2_ouagadougou_0317", "منحت مؤسسة هيات الأمريكية، الثلاثاء، جائزة بريتزكر للعمارة للمعماري فرانسيس كيري", 1, "other"),
  ("serpentine_2017", "r2_ouagadougou_0317", "وكان كيري قد صمم جناح سربنتين في لندن عام 2017", 1, "other"),
 ],
 diff=[
  ("be_ir_swap_0526", "europeans_freed_0602"),
  ("vdc_arrest_2022", "vdc_sentence_2023"),
  ("vdc_sentence_2023", "assadi_sentence_2021"),
  ("decroo_words_0526", "nehammer_words_0602"),
  ("kibaki_death_0421", "moi_death_2020"),
  ("kibaki_funeral_0429", "kibaki_burial_0430"),
  ("kibaki_death_0421", "kibaki_funeral_0429"),
  ("ke_mourning_0422", "kibaki_funeral_0429"),
  ("kenyatta_words_0422", "jimmy_words_0429"),
  ("pritzker_kere_0315", "pritzker_2021"),
  ("tom_pritzker_words_0315", "kenyatta_words_0422"),
 ],
 before=[
  ("assadi_sentence_2021", "vdc_arrest_2022"),
  ("vdc_arrest_2022", "vdc_sentence_2023"),
  ("vdc_sentence_2023", "be_ir_swap_0526"),
  ("be_ir_swap_0526", "europeans_freed_0602"),
  ("moi_death_2020", "kibaki_death_0421"),
  ("kibaki_death_0421", "ke_mourning_0422"),
  ("ke_mourning_0422", "kibaki_funeral_0429"),
  ("kibaki_funeral_0429", "kibaki_burial_0430"),
  ("pritzker_2021", "pritzker_kere_0315"),
  ("serpentine_2017", "pritzker_2021"),
 ],
)
