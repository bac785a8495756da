"""Gold events for tests/devdating16/b (part B of dating round 19's development set: the
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
 "k1_tokyo_0117": "1995-01-17",
 "k2_kobe_0120": "1995-01-20",
 "v1_hague_0507": "2002-05-07",
 "v2_rotterdam_0511": "2002-05-11",
 "s1_stockholm_0911": "2003-09-11",
 "s2_stockholm_0915": "2003-09-15",
}

C = dict
OT, ST, MT = "other", "statement", "meeting"
DEV = dict(
 timex=[],
 clusters={
  # Kobe, January 1995
  "quake_0117": C(type=OT, tight=D("1995-01-17"), outer=D("1995-01-17")),
  "quake_deaths_0117": C(type=OT, tight=D("1995-01-17"), outer=D("1995-01-17")),
  "fires_0117": C(type=OT, tight=D("1995-01-17"), outer=D("1995-01-17")),
  "cabinet_0117": C(type=MT, tight=D("1995-01-17"), outer=D("1995-01-17")),
  "troops_sent_0117": C(type=OT, tight=D("1995-01-17"), outer=D("1995-01-17")),
  "igarashi_says_0117": C(type=ST, tight=D("1995-01-17"), outer=D("1995-01-17")),
  "kaihara_tour_0117": C(type=OT, tight=D("1995-01-17"), outer=D("1995-01-17")),
  "hq_formed_0118": C(type=OT, tight=D("1995-01-18"), outer=D("1995-01-18")),
  "murayama_tour_0119": C(type=OT, tight=D("1995-01-19"), outer=D("1995-01-19")),
  "murayama_kaihara_0119": C(type=MT, tight=D("1995-01-19"), outer=D("1995-01-19")),
  "kaihara_says_0119": C(type=ST, tight=D("1995-01-19"), outer=D("1995-01-19")),
  # Pim Fortuyn, May 2002
  "fortuyn_interview_0506": C(type=ST, tight=D("2002-05-06"), outer=D("2002-05-06")),
  "fortuyn_shot_0506": C(type=OT, tight=D("2002-05-06"), outer=D("2002-05-06")),
  "suspect_arrest_0506": C(type=OT, tight=D("2002-05-06"), outer=D("2002-05-06")),
  "kok_returns_0506": C(type=OT, tight=D("2002-05-06"), outer=D("2002-05-06")),
  "kok_speech_0506": C(type=ST, tight=D("2002-05-06"), outer=D("2002-05-06", "2002-05-07")),
  "vote_kept_0507": C(type=OT, tight=D("2002-05-07"), outer=D("2002-05-07")),
  "lawyer_meets_0507": C(type=MT, tight=D("2002-05-07"), outer=D("2002-05-07")),
  "suspect_judge_0509": C(type=OT, tight=D("2002-05-09"), outer=D("2002-05-09")),
  "custody_extended_0509": C(type=OT, tight=D("2002-05-09"), outer=D("2002-05-09")),
  "fortuyn_funeral_0510": C(type=OT, tight=D("2002-05-10"), outer=D("2002-05-10")),
  "fortuyn_mass_0510": C(type=OT, tight=D("2002-05-10"), outer=D("2002-05-10")),
  "body_moved_0510": C(type=OT, tight=D("2002-05-10"), outer=D("2002-05-10")),
  "lawyer_says_0510": C(type=ST, tight=D("2002-05-10"), outer=D("2002-05-10")),
  "election_0515": C(type=OT, tight=D("2002-05-15"), outer=D("2002-05-15")),
  # Anna Lindh, September 2003
  "lindh_stabbed_0910": C(type=OT, tight=D("2003-09-10"), outer=D("2003-09-10")),
  "lindh_surgery_0910": C(type=OT, tight=D("2003-09-10"), outer=D("2003-09-10", "2003-09-11")),
  "lindh_dies_0911": C(type=OT, tight=D("2003-09-11"), outer=D("2003-09-11")),
  "campaigns_cancelled_0911": C(type=OT, tight=D("2003-09-11"), outer=D("2003-09-11")),
  "photos_published_0912": C(type=OT, tight=D("2003-09-12"), outer=D("2003-09-12")),
  "calls_received_0912": C(type=OT, tight=D("2003-09-12"), outer=D("2003-09-12")),
  "referendum_0914": C(type=OT, tight=D("2003-09-14"), outer=D("2003-09-14")),
  "results_0914": C(type=OT, tight=D("2003-09-14"), outer=D("2003-09-14")),
  "persson_concedes_0914": C(type=ST, tight=D("2003-09-14"), outer=D("2003-09-14")),
 },
 events=[
  ("quake_0117", "k1_tokyo_0117", "ضرب زلزال عنيف بقوة 7.2 درجات فجر اليوم الثلاثاء مدينة كوبي غرب اليابان", 1, OT),
  ("quake_deaths_0117", "k1_tokyo_0117", "ما أدى إلى مقتل أكثر من ألفي شخص", 1, OT),
  ("fires_0117", "k1_tokyo_0117", "واندلعت عشرات الحرائق في أحياء المدينة", 1, OT),
  ("cabinet_0117", "k1_tokyo_0117", "وعقد رئيس الوزراء توميئتشي موراياما اجتماعا طارئا لحكومته بعد ظهر اليوم", 1, MT),
  ("troops_sent_0117", "k1_tokyo_0117", "ثم أعلن إرسال قوات الدفاع الذاتي إلى المنطقة", 1, OT),
  ("igarashi_says_0117", "k1_tokyo_0117", "وقال المتحدث باسم الحكومة كوزو إيغاراشي", 1, ST),

  ("murayama_tour_0119", "k2_kobe_0120", "تفقد رئيس الوزراء الياباني توميئتشي موراياما أمس الخميس الأحياء المدمرة في مدينة كوبي", 1, OT),
  ("quake_0117", "k2_kobe_0120", "الزلزال الذي ضرب المنطقة فجر الثلاثاء", 1, OT),
  ("murayama_kaihara_0119", "k2_kobe_0120", "ثم التقى محافظ هيوغو توشيتامي كايهارا في اليوم ذاته", 1, MT),
  ("kaihara_says_0119", "k2_kobe_0120", "وقال كايهارا", 1, ST),
  ("kaihara_tour_0117", "k2_kobe_0120", "الذي زار المناطق المنكوبة مساء الثلاثاء", 1, OT),
  ("hq_formed_0118", "k2_kobe_0120", "وكانت الحكومة قد شكلت الأربعاء مقرا للطوارئ", 1, OT),

  ("fortuyn_shot_0506", "v1_hague_0507", "اغتيل السياسي الهولندي اليميني بيم فورتاين مساء أمس الاثنين في مدينة هيلفرسوم", 1, OT),
  ("fortuyn_interview_0506", "v1_hague_0507", "إجرائه مقابلة إذاعية", 1, ST),
  ("suspect_arrest_0506", "v1_hague_0507", "واعتقلت الشرطة المشتبه به", 1, OT),
  ("kok_returns_0506", "v1_hague_0507", "وعاد رئيس الوزراء فيم كوك إلى لاهاي ليلة أمس", 1, OT),
  ("kok_speech_0506", "v1_hague_0507", "ثم ألقى كلمة", 1, ST),
  ("vote_kept_0507", "v1_hague_0507", "وقرر زعماء الأحزاب اليوم الثلاثاء إبقاء الانتخابات التشريعية في موعدها", 1, OT),
  ("election_0515", "v1_hague_0507", "الانتخابات التشريعية في موعدها في الخامس عشر من مايو", 1, OT),

  ("fortuyn_funeral_0510", "v2_rotterdam_0511", "شيع عشرات الآلاف من الهولنديين أمس الجمعة في روتردام جثمان السياسي بيم فورتاين", 1, OT),
  ("fortuyn_shot_0506", "v2_rotterdam_0511", "اغتياله", 1, OT),
  ("fortuyn_mass_0510", "v2_rotterdam_0511", "وأقيم قداس في كاتدرائية القديس لورنس", 1, OT),
  ("body_moved_0510", "v2_rotterdam_0511", "ثم نقل الجثمان إلى مقبرة في ضواحي المدينة", 1, OT),
  ("suspect_judge_0509", "v2_rotterdam_0511", "ومثل المشتبه به فولكرت فان در غراف الخميس أمام قاض في أمستردام", 1, OT),
  ("custody_extended_0509", "v2_rotterdam_0511", "وأمر القاضي في اليوم نفسه بتمديد احتجازه", 1, OT),
  ("lawyer_says_0510", "v2_rotterdam_0511", "وقال محاميه", 1, ST),
  ("lawyer_meets_0507", "v2_rotterdam_0511", "الذي التقاه الثلاثاء", 1, MT),

  ("lindh_dies_0911", "s1_stockholm_0911", "توفيت وزيرة الخارجية السويدية آنا ليند فجر اليوم الخميس متأثرة بجروحها", 1, OT),
  ("lindh_stabbed_0910", "s1_stockholm_0911", "تعرضها للطعن بعد ظهر أمس الأربعاء في متجر وسط ستوكهولم", 1, OT),
  ("lindh_surgery_0910", "s1_stockholm_0911", "وخضعت الوزيرة لعملية جراحية استمرت ليل أمس", 1, OT),
  ("lindh_dies_0911", "s1_stockholm_0911", "وأعلن رئيس الوزراء يوران بيرسون وفاتها صباح اليوم", 1, OT),
  ("campaigns_cancelled_0911", "s1_stockholm_0911", "ثم ألغت الأحزاب ما تبقى من حملات الاستفتاء على اليورو", 1, OT),
  ("referendum_0914", "s1_stockholm_0911", "الاستفتاء على اليورو المقرر الأحد", 1, OT),

  ("referendum_0914", "s2_stockholm_0915", "رفض الناخبون السويديون أمس الأحد الانضمام إلى العملة الأوروبية الموحدة في استفتاء", 1, OT),
  ("lindh_dies_0911", "s2_stockholm_0915", "وفاة وزيرة الخارجية آنا ليند", 1, OT),
  ("persson_concedes_0914", "s2_stockholm_0915", "وأقر بيرسون بالهزيمة مساء أمس", 1, ST),
  ("results_0914", "s2_stockholm_0915", "إعلان النتائج", 1, OT),
  ("photos_published_0912", "s2_stockholm_0915", "وكانت الشرطة قد نشرت الجمعة صورا للمشتبه به", 1, OT),
  ("calls_received_0912", "s2_stockholm_0915", "ثم تلقت مئات الاتصالات في اليوم ذاته", 1, OT),
 ],
 diff=[
  ("quake_0117", "quake_deaths_0117"), ("quake_0117", "fires_0117"), ("cabinet_0117", "murayama_kaihara_0119"),
  ("kaihara_tour_0117", "murayama_tour_0119"), ("igarashi_says_0117", "kaihara_says_0119"), ("hq_formed_0118", "troops_sent_0117"),
  ("fortuyn_shot_0506", "suspect_arrest_0506"), ("kok_speech_0506", "fortuyn_interview_0506"),
  ("fortuyn_funeral_0510", "fortuyn_mass_0510"), ("suspect_judge_0509", "custody_extended_0509"),
  ("lawyer_meets_0507", "suspect_judge_0509"), ("vote_kept_0507", "election_0515"),
  ("lindh_stabbed_0910", "lindh_dies_0911"), ("lindh_surgery_0910", "lindh_dies_0911"),
  ("referendum_0914", "results_0914"), ("photos_published_0912", "calls_received_0912"),
 ],
 before=[
  ("quake_0117", "fires_0117"), ("quake_0117", "cabinet_0117"), ("cabinet_0117", "troops_sent_0117"),
  ("cabinet_0117", "igarashi_says_0117"), ("quake_0117", "hq_formed_0118"), ("hq_formed_0118", "murayama_tour_0119"),
  ("murayama_tour_0119", "murayama_kaihara_0119"), ("kaihara_tour_0117", "kaihara_says_0119"),
  ("fortuyn_interview_0506", "fortuyn_shot_0506"), ("fortuyn_shot_0506", "suspect_arrest_0506"),
  ("kok_returns_0506", "kok_speech_0506"), ("fortuyn_shot_0506", "vote_kept_0507"), ("vote_kept_0507", "election_0515"),
  ("suspect_judge_0509", "custody_extended_0509"), ("custody_extended_0509", "fortuyn_funeral_0510"),
  ("fortuyn_mass_0510", "body_moved_0510"), ("lawyer_meets_0507", "lawyer_says_0510"), ("fortuyn_funeral_0510", "election_0515"),
  ("lindh_stabbed_0910", "lindh_dies_0911"), ("lindh_dies_0911", "campaigns_cancelled_0911"),
  ("photos_published_0912", "calls_received_0912"), ("calls_received_0912", "referendum_0914"),
  ("results_0914", "persson_concedes_0914"), ("lindh_stabbed_0910", "lindh_surgery_0910"),
 ],
)
