"""Random and adversarial input through ``tag``, ``read_articles`` and ``build``: never a crash.

Every answer is either a correct result or a clear Problem / warning; offsets always index
the original text; nothing is lost in a batch (articles in = articles out or Problems;
extracted mentions in = mentions of the merged events).
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import Counter
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline import tag
from timeline.distributed import extract_one
from timeline.graph import build
from timeline.io import check_items, read_articles
from timeline.model import Article, Problem

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "articles.jsonl"
SEED_TEXTS = tuple(a.text for a in read_articles(SEEDS) if isinstance(a, Article))
DCT = dt.date(2020, 10, 1)

#: Characters that break naive tokenizers: bidi controls, joiners, tatweel, harakat, NUL,
#: BOM, no-break and ideographic spaces, Arabic and Persian digits, a lone surrogate.
ODD = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
       "\u2068", "\u2069", "\u200c", "\u200d", "\u0640", "\u064b", "\u0650", "\u0651", "\x00",
       "\ufeff", "\u00a0", "\u3000", "\u0663", "\u06f5", "\ud800", "\udfff", "\r", "\t", "ﷲ", "ﻻ"]
#: Pieces of real Arabic news dating (general forms, not taken from any one text).
WORDS = ["أمس", "اليوم", "غدا", "الأربعاء", "الخميس", "يوم", "الماضي", "المقبل", "الساعة", "مساء",
         "صباح", "أكتوبر", "تشرين الأول", "فبراير", "محرم", "رمضان", "هـ", "م", "عام", "سنة", "قبل",
         "بعد", "أسبوع", "أيام", "منذ", "حتى", "الـ", "و", "في", "من", "إلى", "2020", "1442", "10", "31",
         "٢٠٢٠", "0", "99999", "00:00", "25:70", "/", "-", ".", "،", " ", "  ", "\n",
         "وقف إطلاق النار", "اتصال هاتفي", "قصف", "اجتماع", "الوزير", "قال", "أعلن"]

texts = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD),
                           st.text(max_size=6)), max_size=40).map("".join)


def seed_fragment_with_noise(draw) -> str:
    source = draw(st.sampled_from(SEED_TEXTS))
    start = draw(st.integers(0, len(source) - 1))
    text = source[start:start + draw(st.integers(1, 600))]
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(ODD)) + text[at:]
    return text


news_like = st.composite(lambda draw: seed_fragment_with_noise(draw))()
any_text = st.one_of(texts, news_like)
# Years below 1000 crash the tagger today: see test_publication_before_year_1000.
dcts = st.one_of(st.just(DCT), st.dates(dt.date(1000, 1, 1)), st.datetimes(dt.datetime(1000, 1, 1)),
                 st.just(dt.date.max))


def check_timexes(text: str, found) -> None:
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert t.text == text[t.start:t.end]
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        if t.earliest is not None and t.latest is not None:
            assert t.earliest <= t.latest
        assert (t.earliest is None) == (t.latest is None)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, dcts, st.sampled_from(["past", "future"]))
def test_tag_never_crashes_and_offsets_hold(text, dct, prefer):
    found = tag(text, dct, prefer=prefer)
    check_timexes(text, found)
    assert found == sorted(found, key=lambda t: (t.start, t.end))
    assert tag(text, dct, prefer=prefer) == found  # deterministic


@pytest.mark.parametrize("text", ["1 محرم 1600هـ", "30 ذو الحجة 1700هـ"])
def test_hijri_outside_umm_al_qura_is_flagged_not_guessed(text):
    found = tag(text, DCT)
    check_timexes(text, found)
    assert found, "the date must be recognized, not silently dropped"
    assert all(t.earliest is None and t.warnings for t in found)


@pytest.mark.parametrize(("text", "day"), [("1 محرم 1200هـ", "1785-11-04"), ("في 15 رمضان 1100 هـ", "1689-07-03")])
def test_hijri_before_umm_al_qura_uses_the_tabular_calendar_with_a_warning(text, day):
    # history (سنة 64هـ): the arithmetic Islamic calendar, said in a warning; expected days from
    # the tabular epoch (1 Muharram 1 AH = 19 July 622, proleptic Gregorian)
    (found,) = tag(text, DCT)
    assert found.earliest.date().isoformat() == day and any("tabular" in w for w in found.warnings)


@pytest.mark.parametrize("text, year", [("1 محرم 1442هـ", 2020), ("1 رمضان 1400 هـ", 1980)])
def test_hijri_inside_the_table_resolves(text, year):
    (found,) = tag(text, DCT)
    assert found.earliest.year == year and not found.warnings


@pytest.mark.parametrize("text", ["عام 0001", "عام 9999", "عام 99999", "سنة 0", "31 فبراير 2020",
                                  "29 فبراير 2021", "الساعة 25:70", "يوم 00 أكتوبر 2020",
                                  "في 2020/13/45", "قبل 99999 عام", "بعد 100000 يوم"])
def test_impossible_or_extreme_dates_give_no_wrong_interval(text):
    found = tag(text, DCT)
    check_timexes(text, found)
    for t in found:
        if t.earliest is not None:
            # whatever was kept must be a real interval that the text can mean
            assert "99999" not in t.text or t.warnings
            assert not ("فبراير" in t.text and t.earliest.month == 3)


@pytest.mark.parametrize("dct", [dt.date.min, dt.date.max, dt.datetime(9999, 12, 31, 23, 59)])
@pytest.mark.parametrize("text", ["أمس", "غدا", "العام المقبل", "الأسبوع القادم", "بعد 5 سنوات",
                                  "قبل 3000 عام", "الشهر الماضي", "يوم الخميس المقبل", "منذ 10 أيام",
                                  "القرن الماضي", "مساء أمس الأربعاء"])
def test_extreme_publication_dates(dct, text):
    found = tag(text, dct)
    check_timexes(text, found)
    for t in found:
        assert t.earliest is not None or t.warnings or t.type in ("DURATION", "SET") \
            or not any(c.isdigit() for c in t.value)


def test_two_megabyte_article_tagged_and_read():
    text = ("\n".join(SEED_TEXTS) + "\n") * (2_000_000 // sum(len(t) + 1 for t in SEED_TEXTS) + 1)
    found = tag(text, DCT)
    check_timexes(text, found)
    assert len(found) >= len(tag("\n".join(SEED_TEXTS) + "\n", DCT)) * 100
    record = json.dumps({"id": "big", "published": "2020-10-01", "text": text}, ensure_ascii=False)
    (article,) = read_articles(io.StringIO(record + "\n"))
    assert article.text == text


PROSE = "هذا نص طويل عن المدينة القديمة وأسواقها وأهلها الطيبين، " * 40 + "\n"


def test_two_megabyte_article_through_build():
    prefix = PROSE * (2_000_000 // len(PROSE.encode("utf-8")) + 1)
    news = SEED_TEXTS[2]
    alone = build([Article("a", news, dt.datetime(2020, 10, 1))])
    big = build([Article("a", prefix + news, dt.datetime(2020, 10, 1))])
    assert big.articles == ("a",) and not big.problems
    text = prefix + news
    mentions = [m for e in big.events for m in e.mentions]
    assert all(len(prefix) <= m.start < m.end <= len(text) and text[m.start:m.end] == m.text for m in mentions)
    assert Counter(m.text for m in mentions) == Counter(m.text for e in alone.events for m in e.mentions)


def test_two_megabyte_news_article_through_build():
    text = ("\n".join(SEED_TEXTS) + "\n") * (2_000_000 // sum(len(t) + 1 for t in SEED_TEXTS) + 1)
    timeline = build([Article("big", text, dt.datetime(2020, 10, 1))])
    assert timeline.articles == ("big",) and not timeline.problems and timeline.events


def test_publication_before_year_1000():
    check_timexes("00:00", tag("00:00", dt.date(999, 1, 1)))


# ------------------------------------------------------------------ reading

published_values = st.one_of(
    st.sampled_from(["2020-10-01", "2020-10-01T12:00:00+03:00", "2020-02-30", "2020-13-01", "0000-01-01",
                     "0001-01-01", "9999-12-31T23:59:59", "أمس", "", "yesterday", "2020-10-01Z",
                     "١٠-١٠-٢٠٢٠"]),
    st.integers(), st.none(), st.booleans(), st.text(max_size=12))
ids = st.one_of(st.sampled_from(["a", "b", "c", "", " ", "a"]), st.integers(-3, 3), st.none(),
                st.lists(st.integers(), max_size=1))
records = st.fixed_dictionaries({"id": ids, "published": published_values, "text": st.one_of(any_text, st.none())})


def _line(value) -> str | bytes:
    kind, payload = value
    if kind == "record":
        return json.dumps(payload, ensure_ascii=bool(len(str(payload)) % 2))
    if kind == "bytes":
        return payload
    return payload  # raw text, most likely malformed JSON


lines = st.lists(st.one_of(
    st.tuples(st.just("record"), records),
    st.tuples(st.just("raw"), st.sampled_from(["{", "[1,", "null", "[]", '"text"', "{'id': 1}", "{}",
                                               '{"id": "x", "text": "t"', "\x00", "\ufeff{}", "1e999"])),
    st.tuples(st.just("raw"), st.text(max_size=30).filter(lambda s: "\n" not in s and "\r" not in s)),
    st.tuples(st.just("bytes"), st.binary(max_size=20).filter(lambda b: b"\n" not in b and b"\r" not in b)),
), max_size=25)


@settings(max_examples=80, deadline=None)
@given(lines)
@example([("bytes", b"\xef\xbb\xbf"), ("bytes", b"\xef\xbb\xbf")])  # every BOM-only line vanished
@example([("raw", " "), ("bytes", b"\xef\xbb\xbf"), ("record", {"id": "a", "published": None, "text": None})])
@example([("raw", "[]"), ("record", {"id": "a", "published": "2020-10-01", "text": "نص"})])  # read as an array
def test_every_record_is_an_article_or_a_problem(values):
    raw = [_line(v) for v in values]
    data = b"".join((r if isinstance(r, bytes) else r.encode("utf-8", "surrogatepass")) + b"\n" for r in raw)
    # Only a byte-order mark at the very start is no data (the encoding's signature).
    unsigned = [r.encode("utf-8", "surrogatepass") if isinstance(r, str) else r for r in raw]
    if unsigned and unsigned[0].startswith(b"\xef\xbb\xbf"):
        unsigned[0] = unsigned[0][3:]
    blank = [not r.strip() for r in unsigned]
    out = list(read_articles(io.BytesIO(data)))
    assert all(isinstance(x, (Article, Problem)) for x in out)
    articles = [x for x in out if isinstance(x, Article)]
    assert len({a.id for a in articles}) == len(articles)
    if not b"".join(unsigned).lstrip(b" \t\r\n").startswith(b"["):
        # JSON Lines: one item per non-blank line, each Problem pointing at its own line
        assert len(out) == sum(not b for b in blank)
        for problem in (x for x in out if isinstance(x, Problem)):
            assert problem.line is not None and 1 <= problem.line <= len(raw)
    else:
        # an array, and whatever follows its closing bracket: nothing silently dropped
        assert out or not b"".join(unsigned).strip(b" \t\r\n[]")


# ------------------------------------------------------------------ whole batches

@st.composite
def batches(draw):
    out = []
    for i in range(draw(st.integers(1, 8))):
        article_id = draw(st.sampled_from([f"a{i}", "dup", "\u200fمقال\u200d", "x\x00y"]))
        published = draw(st.one_of(st.none(), st.datetimes(dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31)),
                                   st.just(dt.datetime(2020, 10, 1))))
        out.append(Article(article_id, draw(any_text), published))
    return out


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batches())
def test_build_loses_no_article_and_no_mention(articles):
    timeline = build(articles)
    # every article is listed once, or named by a problem (a repeated id, no DCT, a failure)
    assert len(set(timeline.articles)) == len(timeline.articles)
    rest = iter(a.id for a in articles)
    assert all(any(x == y for y in rest) for x in timeline.articles)  # in input order
    named = {p.article for p in timeline.problems}
    assert all(a.id in timeline.articles or a.id in named for a in articles)
    repeats = len(articles) - len({a.id for a in articles})
    assert sum("duplicate article id" in p.message for p in timeline.problems) <= repeats
    ids = {a.id for a in articles}
    assert all(p.article in ids for p in timeline.problems)
    undated = {a.id for a in articles if a.published is None} - set(timeline.articles)
    assert undated <= named  # no DCT: a Problem, never a guess
    extracted = [extract_one(a, (0, i)) for i, a in enumerate(check_items(articles))]
    assert sum(r.problem is not None for r in extracted) + sum(len(r.warnings) for r in extracted) \
        == len(timeline.problems)
    # every extracted mention lands in exactly one merged event
    assert Counter(m for r in extracted for e in r.events for m in e.mentions) == \
        Counter(m for e in timeline.events for m in e.mentions)
    texts = {}
    for a in articles:
        texts.setdefault(a.id, []).append(a.text)
    for event in timeline.events:
        assert event.mentions
        for m in event.mentions:
            assert any(0 <= m.start < m.end <= len(t) and t[m.start:m.end] == m.text for t in texts[m.doc])
    assert len({e.id for e in timeline.events}) == len(timeline.events)
    known = {e.id for e in timeline.events}
    assert all(r.source in known and r.target in known for r in timeline.relations)


def test_duplicate_articles_are_reported_not_doubled():
    # timeline.build([a, a]) used to double every mention silently
    article = Article("same", SEED_TEXTS[2], dt.datetime(2020, 10, 1))
    once, twice = build([article]), build([article, attrs.evolve(article, text=SEED_TEXTS[1])])
    assert attrs.evolve(twice, problems=()) == once
    (problem,) = twice.problems
    assert (problem.article, problem.field) == ("same", "id") and "duplicate" in problem.message
