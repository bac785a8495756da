"""Part B of devspeakers8 (speakers round 9, the measure of transfer): other stories and
outlets, the same format and conventions as part A (``a/items.py``). Written and committed with
part A before any engine change; scored only at the start and at the end."""


def days(day, *keys):
    """Every alternative of each speaker key -> ``day``."""
    return {alt: day for key in keys for alt in key.split("|")}


SANCHEZ = "sanchez|spain:prime_minister|~بيدرو_سانشيز|spain:~بيدرو_سانشيز|~سانشيز|spain:~سانشيز"
DIALOGUE = "~الحوار_الوطني|egypt:~الحوار_الوطني|~مجلس_امناء_الحوار_الوطني|egypt:~مجلس_امناء_الحوار_الوطني"
EGYPT_PRESIDENT = "egypt:president|sisi"
JORDAN_KING = "abdullah_ii|jordan:king"
HAMZAH = "~الامير_حمزه_بن_الحسين|jordan:~الامير_حمزه_بن_الحسين|~الامير_حمزه|jordan:~الامير_حمزه"
SARANDON = "~سوزان_ساراندون|usa:~سوزان_ساراندون"
RSF = "rsf|sudan:rsf|~قوات_الدعم_السريع|sudan:~قوات_الدعم_السريع"
SUDAN_ARMY = "sudan:army"

ITEMS = [
    # Sánchez's letter on X and his televised address (Wednesday 24 and Monday 29 April 2024)
    ("b01", "2024-04-24T21:00:00+02:00",
     "أعلن رئيس الحكومة الإسباني بيدرو سانشيز، في رسالة نشرها على منصة إكس مساء اليوم الأربعاء، "
     "أنه سيعلق أنشطته العامة حتى الاثنين المقبل ليقرر ما إذا كان سيستمر في منصبه.",
     [(SANCHEZ,)], "", days("2024-04-24", SANCHEZ)),
    ("b02", "2024-04-30T07:00:00+03:00",
     "وقال سانشيز، في كلمة متلفزة من قصر مونكلوا أمس الاثنين، إنه قرر البقاء في منصبه «بقوة أكبر». "
     "وكان رئيس الحكومة الإسباني قد كتب الأربعاء الماضي أنه يحتاج إلى التوقف والتفكير.",
     [(SANCHEZ,), (SANCHEZ,)], "", {}),
    # The National Dialogue welcomes Sisi's answer on pretrial detention (Tuesday 20 August 2024)
    ("b03", "2024-08-20T20:00:00+03:00",
     "رحب مجلس أمناء الحوار الوطني اليوم الثلاثاء باستجابة الرئيس عبد الفتاح السيسي لتوصيات "
     "الحوار بشأن الحبس الاحتياطي، وقال في بيان إن الاستجابة تعكس جدية الدولة.",
     [(DIALOGUE,)], "", days("2024-08-20", DIALOGUE)),
    ("b04", "2024-08-21T07:00:00+03:00",
     "ورحب الحوار الوطني أمس بتوجيه الرئيس السيسي بتنفيذ توصياته الخاصة بالحبس الاحتياطي.",
     [(DIALOGUE,)], "", days("2024-08-20", DIALOGUE)),
    # A source in the Egyptian presidency on the Rafah crossing (Sunday 12 May 2024)
    ("b05", "2024-05-12T22:00:00+03:00",
     "قال مصدر في الرئاسة المصرية اليوم الأحد إن مصر لن تنسق مع إسرائيل بشأن معبر رفح ما دامت "
     "القوات الإسرائيلية تسيطر على الجانب الفلسطيني منه.",
     [(EGYPT_PRESIDENT + "|egypt",)], "", days("2024-05-12", EGYPT_PRESIDENT + "|egypt")),
    ("b06", "2024-05-13T08:00:00+03:00",
     "ونقلت قناة القاهرة الإخبارية عن مصدر مصري رفيع المستوى قوله أمس إن القاهرة ترفض التنسيق مع "
     "إسرائيل بشأن المعبر.",
     [("egypt|" + EGYPT_PRESIDENT,)], "neg", days("2024-05-12", "egypt|" + EGYPT_PRESIDENT)),
    # Prince Hamzah renounces his title; the royal court (Sunday 3 April and Thursday 19 May 2022)
    ("b07", "2022-04-03T20:00:00+03:00",
     "أعلن الأمير حمزة بن الحسين، في تغريدة على تويتر اليوم الأحد، أنه قرر التخلي عن لقب أمير، "
     "قائلا إن قناعاته لا تتماشى مع النهج والتوجهات والأساليب الحديثة لمؤسساتنا.",
     [(HAMZAH,)], "", days("2022-04-03", HAMZAH)),
    ("b08", "2022-05-20T07:00:00+03:00",
     "وقال الديوان الملكي الهاشمي في بيان أمس إن الملك عبد الله الثاني وافق على توصية بتقييد "
     "اتصالات الأمير حمزة وإقامته وتحركاته.",
     [(JORDAN_KING,)], "", days("2022-05-19", JORDAN_KING)),
    # Susan Sarandon's apology (Wednesday 29 November 2023)
    ("b09", "2023-11-30T08:00:00+03:00",
     "تراجعت الممثلة الأمريكية سوزان ساراندون أمس عن تصريحات أدلت بها خلال تظاهرة مؤيدة "
     "للفلسطينيين، وكتبت في منشور على إنستغرام أنها تعتذر عن «خطأ فادح».",
     [(SARANDON,), (SARANDON,)], "", {}),
    # The Rapid Support Forces and the army on the presidential palace (Saturday 15 April 2023)
    ("b10", "2023-04-15T19:00:00+03:00",
     "أعلنت قوات الدعم السريع في بيان اليوم السبت أنها سيطرت على القصر الرئاسي ومطار الخرطوم. "
     "ونفى الجيش السوداني ذلك مساء اليوم، وقال إن قواته تسيطر على القيادة العامة والقصر.",
     [(RSF,), (SUDAN_ARMY,)], "", days("2023-04-15", RSF, SUDAN_ARMY)),
    ("b11", "2023-04-16T08:00:00+03:00",
     "«سيطرنا على القصر الرئاسي ومقر إقامة قائد الجيش»، قالت قوات الدعم السريع أمس، فيما أكد "
     "الجيش في بيان أن هذه المزاعم «كاذبة».",
     [(RSF,), (SUDAN_ARMY + "|~الجيش",)], "", days("2023-04-15", RSF, SUDAN_ARMY + "|~الجيش")),
    ("b12", "2023-04-16T09:00:00+03:00",
     "وتحدثت وسائل إعلام محلية عن اشتباكات في محيط القيادة العامة، بحسب ما أوردت وكالة رويترز.",
     [], "neg", {}),
]
