"""A second synthetic wire (:func:`wire.wire`) in many outlets' styles, from the stories of
``tests/devmerge``: a presidents' call, a presidents' meeting and a missile strike on a city,
each told in Egyptian (فى، الصينى), Gulf, Levantine, agency and Maghrebi wordings, naming the
participants by full name, title, "نظيره" or a nisba pair ("الرئيسان المصري والتركي"), and
dated "اليوم"/"أمس"/weekday/"الماضي" by papers of three days.  Beside them, look-alikes that
must stay apart: the same caller two days later with another partner, the two states' foreign
ministers on the same day, the same host receiving someone else, and a strike on the same city
two days later (as the Kharkiv printing house and store strikes, 23 and 25 May 2024) and one on
another city the next day.  A strike on the same city by the same side one day later, told
"اليوم" by the next day's papers, is left out: without the target's words it reads as a print
edition's late "اليوم" for the first (see ``docs/specs/identity-round9.md``).

The days are set on a Tuesday (2 April 2024) for all three stories: the scale test needs one
week, not the real calendar.  The templates are test data, not an engine word list.
"""

from __future__ import annotations

import datetime as dt

from wire import Story, Wire, wire

#: The day of the main stories (a Tuesday) and its weekday names from it on.
DAY = dt.date(2024, 4, 2)
WEEKDAYS = ("الثلاثاء", "الأربعاء", "الخميس", "الجمعة")

STORIES = (
    Story("xi_call", "call", 0, (
        "أجرى الرئيس الصيني شي جين بينغ {w} مكالمة هاتفية مع الرئيس الأمريكي جو بايدن بناء على طلب الأخير.",
        "بحث الرئيس الأمريكى جو بايدن ونظيره الصينى شى جين بينج، {w}، فى اتصال هاتفى الملفات الخلافية بين البلدين.",
        "أجرى الرئيس الأمريكي جو بايدن {w} اتصالا هاتفيا مع نظيره الصيني شي جين بينغ تناول تايوان والتجارة.",
        "اتصل الرئيس جو بايدن {w} بالرئيس الصيني شي جين بينغ، وبحث الجانبان العلاقات بين البلدين.",
    ), headlines=("بايدن وشي يبحثان هاتفيا تايوان والتجارة",)),
    Story("cairo_meeting", "meeting", 0, (
        "استقبل الرئيس عبد الفتاح السيسي {w} الرئيس التركي رجب طيب أردوغان في قصر الاتحادية بالقاهرة.",
        "التقى الرئيس التركي رجب طيب أردوغان {w} نظيره المصري عبد الفتاح السيسي في القاهرة، وبحث الجانبان "
        "الأوضاع في المنطقة.",
        "عقد الرئيس المصري عبد الفتاح السيسي ونظيره التركي رجب طيب أردوغان {w} جلسة مباحثات في القاهرة.",
    ), headlines=("السيسي يستقبل أردوغان في القاهرة",)),
    Story("kharkiv_strike", "strike", 0, (
        "قصفت القوات الروسية {w} مطبعة في مدينة خاركيف شمال شرقي أوكرانيا، ما أدى إلى مقتل سبعة أشخاص.",
        "قتل سبعة أشخاص جراء قصف صاروخي روسي استهدف {w} مطبعة في مدينة خاركيف.",
        "استهدفت ضربة صاروخية روسية {w} دار طباعة في مدينة خاركيف، وفق حاكم المقاطعة.",
    ), headlines=("ضربة روسية على مطبعة في خاركيف",)),
)

OTHERS = (
    Story("netanyahu_call", "call", 2, (
        "أجرى الرئيس الأمريكي جو بايدن {w} اتصالا هاتفيا مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
        "بحث الرئيس الأمريكي جو بايدن مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو {w} في اتصال هاتفي الحرب في غزة.",
    )),
    Story("ministers_call", "call", 0, (
        "أجرى وزير الخارجية الأمريكي أنتوني بلينكن {w} اتصالا هاتفيا مع نظيره الصيني وانغ يي.",
    )),
    Story("cairo_other_meeting", "meeting", 0, (
        "استقبل الرئيس عبد الفتاح السيسي {w} العاهل الأردني الملك عبد الله الثاني في القاهرة.",
    )),
    Story("kharkiv_store_strike", "strike", 2, (
        "قصفت القوات الروسية {w} متجرا لمواد البناء في مدينة خاركيف، ما أدى إلى مقتل ستة أشخاص.",
    )),
    Story("odesa_strike", "strike", 1, (
        "استهدفت صواريخ روسية {w} منشآت للطاقة في مدينة أوديسا جنوبي أوكرانيا.",
    )),
)


def outlets_wire(n: int, seed: int = 0) -> Wire:
    """``n`` articles of this module's stories (see :func:`wire.wire`)."""
    return wire(n, seed, STORIES, OTHERS, DAY, WEEKDAYS)
