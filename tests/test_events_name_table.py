"""The per-document table of unlisted persons named in full (``timeline.events.name_table``):
a later bare surname is that person, keyed as the full name, and no trigger; negatives where the
word after a title is no name."""

from __future__ import annotations

from timeline.io.articles import parse_article
from timeline.pipeline import process


def _events(text: str, published: str = "2025-05-18"):
    result = process(parse_article({"id": "t", "published": published, "text": text}))
    assert result.problem is None
    return [(e.type, [text[m.start:m.end] for m in e.mentions], [(p.key, p.role) for p in e.participants])
            for e in result.events]


def test_office_then_name_then_bare_surname_with_a_clitic() -> None:
    # the words after the office are a name because the last stands again alone ("والتقى كوباخيدزه")
    events = _events("موسكو - أفادت وسائل إعلام بأن رئيس الوزراء الجورجي إيراكلي كوباخيدزه استقبل نظيره المجري في "
                     "تبليسي. والتقى كوباخيدزه بالوفد، اليوم الاثنين، في مقر الحكومة.\n", "2024-10-28")
    met = [parts for kind, words, parts in events if kind == "meeting" and "والتقى" in words]
    # keyed as the office's holder by his name, as identity pairs an office with its holder
    assert met and ("georgia:~ايراكلي_كوباخيدزه", "agent") in met[0]


def test_a_surname_that_is_a_verb_is_no_trigger() -> None:
    # "دان" (condemned) is Nicușor Dan's surname: set off by a comma after his title, then his
    # saying's speaker, not a condemnation
    events = _events("بوخارست - فاز رئيس بلدية بوخارست الوسطي نيكوشور دان، اليوم الأحد، في الدورة الثانية من "
                     "الانتخابات الرئاسية.\nوقال دان، في كلمة أمام أنصاره، إن رومانيا اختارت الطريق الأوروبي.\n")
    said = [(words, parts) for kind, words, parts in events if kind == "statement"]
    assert not any("دان" in words for words, _ in said)
    assert any(parts and parts[0][0].endswith("نيكوشور_دان") for _, parts in said)


def test_negative_the_verb_after_an_office_with_no_name() -> None:
    # no name word before it: "دان" is the verb
    events = _events("بوخارست - دان رئيس الوزراء الروماني الهجوم على السفارة، اليوم الأحد.\n")
    assert any(kind == "statement" and "دان" in words for kind, words, _ in events)


def test_negative_a_common_word_after_an_office_is_no_name() -> None:
    # "الرئيس الجديد": definite, no name; the words after an office that never stand again alone
    # are its predicate, not a name
    events = _events("تونس - استقبل الرئيس الجديد وفدا برلمانيا اليوم الأحد، وبحث معه التعاون.\n")
    assert not any(key.startswith("~") and "الجديد" in key for _, _, parts in events for key, _ in parts)


def test_negative_a_word_holding_the_surname_is_no_mention() -> None:
    # "لاباز" (La Paz) holds "باز" inside a word: never Rodrigo Paz
    events = _events("لاباز - فاز السيناتور الوسطي رودريغو باز، اليوم الأحد، بالرئاسة. واحتفل أنصاره في لاباز "
                     "حتى الفجر.\n", "2025-10-19")
    assert not any(words == ["لاباز"] for _, words, _ in events)


def test_a_contact_verbs_two_bare_unlisted_parties() -> None:
    # no full name in the article: the subject and the ب-party of "التقى", closed by a comma (keys folded: ئ -> ي)
    events = _events("طشقند - التقى توكاييف بميرضيائيف، الخميس، في العاصمة الأوزبكية لبحث مشاريع الطاقة.\n",
                     "2024-08-22")
    met = [parts for kind, _, parts in events if kind == "meeting"]
    assert met and {"~توكاييف", "~ميرضياييف"} <= {key for key, _ in met[0]}
    # the party after "مع"
    events = _events("طشقند - اجتمع توكاييف مع ميرضيائيف، الخميس، في العاصمة الأوزبكية.\n", "2024-08-22")
    met = [parts for kind, _, parts in events if kind == "meeting"]
    assert met and {"~توكاييف", "~ميرضياييف"} <= {key for key, _ in met[0]}


def test_negative_common_words_after_a_contact_verb_are_no_parties() -> None:
    # a time word, a stop word or an articled noun after "التقى": no person; nor a verb with its
    # noun ("أجرى اتصالاً") and an adjective after it
    for text in ("تونس - التقى أيضا بالوزراء، في قصر قرطاج، لبحث الميزانية.\n",
                 "تونس - التقى مساء بالرئيس الفرنسي، في قصر قرطاج.\n",
                 "تونس - التقى الوفد بالمسؤولين، في قصر قرطاج.\n",
                 "تونس - اجتمع أيضا مع الوزراء، في قصر قرطاج.\n",
                 "تونس - اجتمع مساء مع رؤساء البلديات، في قصر قرطاج.\n",
                 "تونس - ثم أجرى الرائدان اتصالاً مرئياً بذويهما، الخميس.\n"):
        events = _events(text)
        assert not any(key.startswith("~") for _, _, parts in events for key, _ in parts), text
