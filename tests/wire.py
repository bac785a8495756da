"""Synthetic wire coverage: stories reported by many articles, for identity at scale.

:func:`wire` writes ``n`` articles over three consecutive publication days about a few
stories of a week in August 2015 (a royal phone call, a ministers' meeting, a mosque bombing,
a truce announced one day and taking effect the next), each in varied wordings (who is named
first, the caller or the called, a headline over its body) and dated as papers date them:
"اليوم" on the day, "أمس" the next morning, a weekday, "الماضي" two days on, and now and then a
print edition's "اليوم" one day late.  Beside them, unrelated events of the same types on the
same days (other calls of the same king, the same minister meeting someone else the next day,
air raids elsewhere) that must stay apart.  Every paragraph's span and story are recorded, so a
test can tell which story each extracted mention belongs to.

The templates are test data (real Saudi wire phrasings), not an engine word list.  Used by
``tests/test_graph_wire.py`` and the ``wire`` shape of ``benchmarks/bench_linearity.py``.
"""

from __future__ import annotations

import datetime as dt
import random

import attrs

from timeline.model import Article

#: The day of the main stories (a Sunday) and its weekday names from it on.
DAY = dt.date(2015, 8, 2)
WEEKDAYS = ("الأحد", "الاثنين", "الثلاثاء", "الأربعاء")


@attrs.frozen
class Story:
    """One real-world event: its type, phase, day (offset from :data:`DAY`), and wordings with a
    ``{w}`` slot for the date words; a headline, when given, goes above the body on its own line."""

    key: str
    type: str
    day: int
    wordings: tuple[str, ...]
    phase: str | None = None
    headlines: tuple[str, ...] = ()


#: Main stories, each carried by most articles.
STORIES = (
    Story("royal_call", "call", 0, (
        "تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود {w} اتصالاً هاتفياً من فخامة الرئيس "
        "فلاديمير بوتين رئيس روسيا الاتحادية، جرى خلاله استعراض العلاقات الثنائية.",
        "تلقى خادم الحرمين الشريفين {w} اتصالاً هاتفياً من الرئيس الروسي فلاديمير بوتين. وجرى خلال الاتصال "
        "بحث مستجدات الأوضاع في المنطقة.",
        "أجرى الرئيس الروسي فلاديمير بوتين {w} اتصالاً هاتفياً بالملك سلمان بن عبدالعزيز، وبحث الجانبان "
        "العلاقات بين البلدين.",
        "اتصل الرئيس الروسي بخادم الحرمين الشريفين {w} وبحثا التعاون في مجال الطاقة.",
        "قال الكرملين إن الرئيس بوتين والعاهل السعودي الملك سلمان أجريا {w} محادثة هاتفية تناولت الوضع في سوريا.",
    ), headlines=("خادم الحرمين يتلقى اتصالاً هاتفياً من الرئيس الروسي", "بوتين يتصل بالملك سلمان")),
    Story("ministers_meeting", "meeting", 0, (
        "التقى وزير الخارجية عادل بن أحمد الجبير {w} نظيره الأمريكي جون كيري في جدة، وجرى خلال اللقاء بحث "
        "العلاقات الثنائية.",
        "اجتمع وزير الخارجية عادل الجبير {w} في جدة مع وزير الخارجية الأمريكي جون كيري، وبحث الجانبان الملف "
        "النووي الإيراني.",
        "استقبل وزير الخارجية الأمريكي جون كيري {w} في جدة وزير الخارجية السعودي عادل الجبير.",
    ), headlines=("الجبير وكيري يبحثان الملف الإيراني",)),
    Story("mosque_bombing", "strike", 1, (
        "قتل 15 شخصاً في تفجير انتحاري استهدف {w} مسجداً في مدينة أبها.",
        "فجر انتحاري نفسه {w} داخل مسجد في مدينة أبها جنوب المملكة، ما أسفر عن سقوط قتلى وجرحى.",
        "أدانت المملكة التفجير الإرهابي الذي استهدف {w} مسجداً في أبها.",
    ), headlines=("تفجير انتحاري يستهدف مسجداً في أبها",)),
    Story("truce_announced", "ceasefire", 0, (
        "أعلنت قيادة التحالف {w} هدنة إنسانية في اليمن لمدة خمسة أيام.",
        "أعلن التحالف بقيادة السعودية {w} هدنة إنسانية في اليمن.",
    ), phase="agreed"),
    Story("truce_in_force", "ceasefire", 1, (
        "دخلت الهدنة الإنسانية في اليمن حيز التنفيذ {w}.",
        "بدأ {w} سريان الهدنة الإنسانية في اليمن التي أعلنها التحالف.",
    ), phase="takes_effect"),
)

#: Unrelated events of the same types on the same days, each carried by some articles.
OTHERS = (
    Story("king_hollande_call", "call", 0, (
        "تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز {w} اتصالاً هاتفياً من الرئيس الفرنسي فرانسوا هولاند.",
        "أجرى الرئيس الفرنسي فرانسوا هولاند {w} اتصالاً هاتفياً بالملك سلمان بن عبدالعزيز.",
    )),
    Story("prince_putin_call", "call", 0, (
        "تلقى صاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد {w} اتصالاً هاتفياً من الرئيس الروسي "
        "فلاديمير بوتين.",
    )),
    Story("sisi_hollande_call", "call", 1, (
        "تلقى الرئيس المصري عبد الفتاح السيسي {w} اتصالاً هاتفياً من الرئيس الفرنسي فرانسوا هولاند.",
    )),
    Story("jubeir_hammond_meeting", "meeting", 1, (
        "التقى وزير الخارجية عادل الجبير {w} وزير الخارجية البريطاني فيليب هاموند في لندن.",
    )),
    Story("saada_raids", "strike", 1, (
        "شنت طائرات التحالف {w} غارات على مواقع للحوثيين في صعدة.",
    )),
    Story("sanaa_shelling", "strike", 0, (
        "قصفت طائرات التحالف {w} مواقع للحوثيين في صنعاء.",
    )),
)


def date_words(days_after: int, weekday: str, rnd: random.Random) -> str:
    """How a paper ``days_after`` the event dates it: on the day, the next morning (now and then a
    print edition's late "اليوم"), or two days on."""
    if days_after == 0:
        return rnd.choice(("اليوم", f"اليوم {weekday}", "مساء اليوم", weekday))
    if days_after == 1:
        return rnd.choice(("أمس", f"أمس {weekday}", f"مساء أمس {weekday}", f"يوم {weekday}", "أمس", "اليوم"))
    return rnd.choice((f"يوم {weekday} الماضي", f"{weekday} الماضي"))


@attrs.frozen
class Item:
    """One paragraph of an article: the story it reports and its span in the text."""

    story: Story
    start: int
    end: int


@attrs.frozen
class Wire:
    articles: list[Article]
    #: article id -> its paragraphs
    items: dict[str, list[Item]]
    #: the main stories and the unrelated events the articles were written from
    stories: tuple[Story, ...] = ()
    others: tuple[Story, ...] = ()
    #: the day of the main stories
    day: dt.date = DAY

    def story_of(self, doc: str, position: int) -> Story | None:
        """The story of the paragraph holding ``position`` in article ``doc``."""
        return next((i.story for i in self.items.get(doc, ()) if i.start <= position < i.end), None)


def _paragraph(story: Story, published: dt.date, rnd: random.Random, headline: bool,
               first: dt.date = DAY, weekdays: tuple[str, ...] = WEEKDAYS) -> str | None:
    """The story as a paper of ``published`` writes it, or None when the paper is too early."""
    day = first + dt.timedelta(days=story.day)
    after = (published - day).days
    if after < 0:
        return None
    body = rnd.choice(story.wordings).format(w=date_words(min(after, 2), weekdays[story.day], rnd))
    if headline and story.headlines:
        return rnd.choice(story.headlines) + "\n" + body
    return body


def wire(n: int, seed: int = 0, stories: tuple[Story, ...] = STORIES, others: tuple[Story, ...] = OTHERS,
         first: dt.date = DAY, weekdays: tuple[str, ...] = WEEKDAYS) -> Wire:
    """``n`` articles over ``first`` (:data:`DAY`) and the two days after it; each leads with a
    main story (with its headline one time in three) and may carry one unrelated event after
    it.  ``weekdays`` names ``first`` and the days after it."""
    rnd = random.Random(seed)
    articles, items = [], {}
    for i in range(n):
        published = first + dt.timedelta(days=rnd.choice((0, 1, 1, 2)))
        parts: list[tuple[Story, str]] = []
        for pool, headline in ((stories, rnd.random() < 1 / 3), (others, False)):
            story = rnd.choice(pool)
            text = _paragraph(story, published, rnd, headline, first, weekdays)
            if text is not None and (pool is stories or rnd.random() < 0.5):
                parts.append((story, text))
        if not parts:
            parts.append((stories[0], _paragraph(stories[0], published, rnd, False, first, weekdays)))
        doc = f"paper{i:05d}"
        text, spans = "", []
        for story, paragraph in parts:
            if text:
                text += "\n\n"
            spans.append(Item(story, len(text), len(text) + len(paragraph)))
            text += paragraph
        hour = rnd.choice((8, 13, 19))
        articles.append(Article(doc, text, dt.datetime.combine(published, dt.time(hour))))
        items[doc] = spans
    return Wire(articles, items, stories, others, first)
