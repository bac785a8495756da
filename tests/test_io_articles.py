"""The article reader: every kind of bad record is a Problem naming article and field,
and never stops the rest of the batch."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.io import parse_article, read_articles
from timeline.model import Article, Problem

GOOD = {"id": "a1", "published": "2020-10-01", "text": "قال المتحدث أمس إن الهدنة صامدة."}


def line(**fields):
    record = dict(GOOD)
    for key, value in fields.items():
        if value is ...:
            record.pop(key, None)
        else:
            record[key] = value
    return json.dumps(record, ensure_ascii=False)


# (raw line, expected article id in the Problem, expected field, fragment of the message)
BAD_LINES = [
    ('{"id": "x", "text": ', None, None, "malformed JSON"),
    ("[1, 2]", None, None, "JSON object"),
    ('"just a string"', None, None, "JSON object"),
    (line(id=...), None, "id", "missing"),
    (line(id=""), None, "id", "empty"),
    (line(id="   "), None, "id", "empty"),
    (line(id=["a"]), None, "id", "string"),
    (line(id=True), None, "id", "string"),
    (line(id=1.5), None, "id", "string"),
    (line(id="b1", text=...), "b1", "text", "missing"),
    (line(id="b2", text=""), "b2", "text", "empty"),
    (line(id="b3", text=" \n "), "b3", "text", "empty"),
    (line(id="b4", text=42), "b4", "text", "string"),
    (line(id="b5", text=None), "b5", "text", "missing"),
    (line(id="c1", published="2020-02-30"), "c1", "published", "invalid date"),
    (line(id="c2", published="yesterday"), "c2", "published", "invalid date"),
    (line(id="c3", published="أمس"), "c3", "published", "invalid date"),
    (line(id="c4", published="2020-13-01"), "c4", "published", "invalid date"),
    (line(id="c5", published=20201001), "c5", "published", "ISO 8601"),
    (line(id="c6", published={"y": 2020}), "c6", "published", "ISO 8601"),
    (line(id="c7", published=..., text="لا تاريخ في هذا النص."), "c7", "published", "missing"),
    (line(id="c8", published="2020-10-01T25:00:00"), "c8", "published", "invalid date"),
]


@pytest.mark.parametrize(("raw", "article", "field", "message"), BAD_LINES)
def test_bad_record_is_a_problem_naming_article_and_field(raw, article, field, message):
    good_before = line(id="g1")
    good_after = line(id="g2")
    out = list(read_articles([good_before, raw, good_after]))
    assert [type(x) for x in out] == [Article, Problem, Article]
    problem = out[1]
    assert (problem.article, problem.field, problem.line) == (article, field, 2)
    assert message in problem.message
    assert [out[0].id, out[2].id] == ["g1", "g2"]


def test_duplicate_id_keeps_first_and_reports_second():
    out = list(read_articles([line(id="d", text="الأول"), line(id="d", text="الثاني"), line(id="e")]))
    assert [type(x) for x in out] == [Article, Problem, Article]
    assert out[0].text == "الأول"
    assert (out[1].article, out[1].field, out[1].line) == ("d", "id", 2)
    assert "line 1" in out[1].message


def test_duplicates_across_inputs_with_a_shared_seen_map():
    seen: dict[str, int] = {}
    first = list(read_articles([line(id="d")], seen=seen))
    second = list(read_articles([line(id="d"), line(id="f")], seen=seen))
    assert isinstance(first[0], Article)
    assert isinstance(second[0], Problem) and second[0].field == "id"
    assert isinstance(second[1], Article)


def test_count_in_equals_articles_plus_problems():
    raws = [line(id=f"ok{i}") for i in range(5)] + [raw for raw, *_ in BAD_LINES]
    out = list(read_articles(raws))
    articles = [x for x in out if isinstance(x, Article)]
    problems = [x for x in out if isinstance(x, Problem)]
    assert len(raws) == len(articles) + len(problems)
    assert len(articles) == 5


def test_blank_lines_are_skipped_but_counted_for_line_numbers():
    text = "\n\n" + line(id="a") + "\n   \n" + '{"broken' + "\n"
    out = list(read_articles(io.StringIO(text)))
    assert isinstance(out[0], Article)
    assert out[1].line == 5


def test_line_offset_shifts_line_numbers():
    out = list(read_articles(["{bad"], line_offset=10))
    assert out[0].line == 11


def test_integer_id_becomes_string_and_extra_keys_are_kept():
    article = parse_article({"id": 7, "published": "2020-10-01", "text": "نص",
                             "title": "عنوان", "url": "https://example.org/x"})
    assert article.id == "7"
    assert dict(article.extra) == {"title": "عنوان", "url": "https://example.org/x"}


@pytest.mark.parametrize(("value", "expected"), [
    ("2020-10-01", dt.datetime(2020, 10, 1)),
    ("2020-10-01T12:30:00", dt.datetime(2020, 10, 1, 12, 30)),
    ("2020-10-01 12:30", dt.datetime(2020, 10, 1, 12, 30)),
    # The local wall-clock time is the DCT: a late-evening article keeps its own date.
    ("2013-02-12T23:30:00-02:00", dt.datetime(2013, 2, 12, 23, 30)),
    ("2013-02-12T04:30:00+03:00", dt.datetime(2013, 2, 12, 4, 30)),
    ("2020-10-01T00:15:00Z", dt.datetime(2020, 10, 1, 0, 15)),
])
def test_published_forms(value, expected):
    article = parse_article({"id": "p", "published": value, "text": "نص"})
    assert article.published == expected
    assert article.published_source == "field"


def test_missing_published_uses_the_dateline_when_the_tagger_finds_one():
    temporal = pytest.importorskip("timeline.temporal")
    if not hasattr(temporal, "find_dateline"):
        pytest.skip("timeline.temporal.find_dateline not available yet")
    text = "القاهرة في 12 يناير 2021 - أعلن المتحدث أمس أن المحادثات ستستأنف."
    found = temporal.find_dateline(text)
    if found is None:
        pytest.skip("this dateline form is not recognized by the tagger yet")
    article = parse_article({"id": "dl", "text": text})
    assert isinstance(article, Article)
    assert article.published.date() == dt.date(2021, 1, 12)
    assert article.published_source == "dateline"


def test_a_dateline_dct_warns_on_every_timex_from_the_library():
    from timeline.temporal import DATELINE_WARNING, find_dateline, tag_article

    text = "موسكو - 4 أكتوبر 2020 (رويترز) - قال المتحدث أمس إن المحادثات ستستأنف الأسبوع المقبل."
    if find_dateline(text) is None:
        pytest.skip("this dateline form is not recognized by the tagger yet")
    dated = parse_article({"id": "dl", "text": text})
    given = parse_article({"id": "dl", "text": text, "published": dated.published.isoformat()})
    warned, plain = tag_article(dated), tag_article(given)
    assert len(warned) >= 2 and [t.value for t in warned] == [t.value for t in plain]
    assert all(t.warnings.count(DATELINE_WARNING) == 1 for t in warned)
    assert not any(DATELINE_WARNING in t.warnings for t in plain)


def test_json_array_file_is_read_element_by_element(tmp_path):
    path = tmp_path / "articles.json"
    records = [json.loads(line(id="a")), 5, json.loads(line(id="b", text=""))]
    path.write_text("[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n]\n",
                    encoding="utf-8")
    out = list(read_articles(path))
    assert [type(x) for x in out] == [Article, Problem, Problem]
    assert [x.line for x in out[1:]] == [3, 4]
    assert (out[2].article, out[2].field) == ("b", "text")


def test_truncated_json_array_reports_and_keeps_what_came_before():
    out = list(read_articles(io.StringIO("[" + line(id="a") + ", {\"id\": ")))
    assert isinstance(out[0], Article)
    assert isinstance(out[1], Problem) and "malformed JSON" in out[1].message


def test_large_json_array_crossing_read_chunks(tmp_path):
    records = [json.loads(line(id=f"n{i}", text="نص طويل " * 500)) for i in range(40)]
    path = tmp_path / "big.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    out = list(read_articles(str(path)))
    assert [a.id for a in out] == [f"n{i}" for i in range(40)]
    assert all(a.text == records[0]["text"] for a in out)


def test_files_bytes_bom_and_invalid_utf8(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + line(id="a").encode() + b"\n\xff\xfe{}\n" + line(id="b").encode())
    out = list(read_articles(path))
    assert [type(x) for x in out] == [Article, Problem, Article]
    assert "UTF-8" in out[1].message and out[1].line == 2
    assert list(read_articles(io.BytesIO(line(id="z").encode())))[0].id == "z"


def test_iterable_of_dicts():
    out = list(read_articles([dict(GOOD), {"id": "x"}]))
    assert isinstance(out[0], Article) and isinstance(out[1], Problem)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children,
                                                                       max_size=3),
    max_leaves=8)


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({}, optional={"id": json_values, "published": json_values,
                                           "text": json_values, "title": json_values}))
def test_arbitrary_field_values_never_crash(record):
    result = parse_article(record)
    assert isinstance(result, (Article, Problem))
    if isinstance(result, Article):
        assert isinstance(result.id, str) and result.id.strip()
        assert isinstance(result.text, str) and result.text.strip()
        assert isinstance(result.published, dt.datetime)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=40) | json_values.map(lambda v: json.dumps(v)), max_size=6))
def test_arbitrary_lines_never_crash_and_account_for_every_line(lines):
    lines = [x.replace("\n", " ").replace("\r", " ") for x in lines]
    out = list(read_articles(lines))
    assert len(out) == sum(1 for x in lines if x.strip())


def test_reading_is_lazy_one_record_at_a_time():
    def lines():
        yield line(id="first")
        raise AssertionError("read past the first record before it was asked for")

    reader = read_articles(lines())
    assert next(reader).id == "first"


def test_json_array_reading_is_lazy():
    class Stream(io.StringIO):
        reads = 0

        def read(self, size=-1):
            Stream.reads += 1
            assert size != -1, "whole-file read"
            return super().read(size)

    records = ",".join(line(id=f"r{i}", text="س" * 1000) for i in range(300))
    reader = read_articles(Stream("[" + records + "]"))
    assert next(reader).id == "r0"
    reads_for_first = Stream.reads
    rest = list(reader)
    assert len(rest) == 299 and Stream.reads > reads_for_first


# ------------------------------------------------------------------ issue 8: nothing lost, nothing crashes

RECORD = '{"id": "a", "published": "2020-10-01", "text": "نص"}'


def test_lines_holding_only_a_byte_order_mark_are_problems():
    bom = b"\xef\xbb\xbf"
    out = list(read_articles(io.BytesIO(bom + b"\n" + bom + b"\n" + RECORD.encode() + b"\n" + bom + b"\n")))
    # the first mark is the file's signature; the others are lines with no record
    assert [type(x) for x in out] == [Problem, Article, Problem]
    assert (out[0].line, out[2].line) == (2, 4)
    assert "byte-order mark" in out[0].message
    # a mark glued to a record (files joined with cat) is not data
    assert isinstance(list(read_articles([RECORD, "\ufeff" + RECORD.replace('"a"', '"b"')]))[1], Article)


@pytest.mark.parametrize(("data", "line"), [
    (b"[]\n" + RECORD.encode() + b"\n", 2),  # printf '[]\n{...}\n' | timeline tag printed nothing
    (b"[] " + RECORD.encode(), 1),
    (b'[{"id": "z", "published": "2020-10-01", "text": "x"}]\n\n' + RECORD.encode(), 3)])
def test_records_after_a_json_array_are_read_not_dropped(data, line):
    out = list(read_articles(io.BytesIO(data)))
    assert [x.id for x in out if isinstance(x, Article)][-1] == "a"
    (problem,) = [x for x in out if isinstance(x, Problem)]
    assert "after the JSON array" in problem.message and problem.line == line


def test_malformed_array_says_the_rest_is_not_read():
    out = list(read_articles(io.StringIO("[" + RECORD + "\n" + RECORD + "]\n")))
    assert isinstance(out[0], Article) and isinstance(out[1], Problem)
    assert "expected ','" in out[1].message and "not read" in out[1].message


@pytest.mark.parametrize("digits", [4301, 20000])
def test_an_integer_of_thousands_of_digits_is_one_problem(digits):
    big = "7" * digits
    lines = [RECORD, '{"id": "b", "published": "2020-10-01", "text": "نص", "n": ' + big + "}",
             RECORD.replace('"a"', '"c"')]
    out = list(read_articles(io.BytesIO("\n".join(lines).encode())))
    assert [type(x) for x in out] == [Article, Problem, Article]
    assert out[1].line == 2 and str(digits) in out[1].message
    in_array = list(read_articles(io.StringIO("[" + ", ".join(lines) + "]")))
    assert [type(x) for x in in_array] == [Article, Problem, Article]
    assert list(read_articles([f'{{"id": {"9" * 4300}, "published": "2020-10-01", "text": "x"}}']))[0].id \
        == "9" * 4300


def test_lone_surrogates():
    (bad_id,) = read_articles(['{"id": "s\\ud800x", "published": "2020-10-01", "text": "نص"}'])
    assert isinstance(bad_id, Problem) and bad_id.field == "id" and bad_id.article == "s\ufffdx"
    (article,) = read_articles(['{"id": "t", "published": "2020-10-01", "text": "قال\\udfff أمس", "title": "\\ud800"}'])
    assert article.text == "قال\ufffd أمس" and dict(article.extra) == {"title": "\ufffd"}
    assert [(w.article, w.field, w.line) for w in article.warnings] == [("t", "text", 1), ("t", "title", 1)]
    assert all("U+FFFD" in w.message for w in article.warnings)
    # bytes that are not UTF-8 inside a JSON array: replaced and reported the same way
    (article,) = read_articles(io.BytesIO(b'[{"id": "u", "published": "2020-10-01", "text": "x\xff y"}]'))
    assert article.text == "x\ufffd y" and article.warnings[0].field == "text"


def test_malformed_json_messages_say_where():
    (problem,) = read_articles(['{"id": "a\tb", "text": "x"}'])
    assert problem.message == "malformed JSON: Invalid control character at column 10"
    (problem,) = read_articles(['{"id": "a", "text": "x",}'])
    assert problem.message.endswith("at column 25")


@pytest.mark.parametrize(("value", "expected"), [
    ("2020-10-01", dt.datetime(2020, 10, 1)),
    (" 2020-10-01 ", dt.datetime(2020, 10, 1)),
    ("2020-10-01T12:30", dt.datetime(2020, 10, 1, 12, 30)),
    ("2020-10-01 12:30:05", dt.datetime(2020, 10, 1, 12, 30, 5)),
    ("2020-10-01T12:30:05.25", dt.datetime(2020, 10, 1, 12, 30, 5, 250000)),
    ("2020-10-01T12:30:05+03:00", dt.datetime(2020, 10, 1, 12, 30, 5)),
    ("2020-10-01T12:30:05+0300", dt.datetime(2020, 10, 1, 12, 30, 5)),
    ("2020-10-01T12:30z", dt.datetime(2020, 10, 1, 12, 30)),
    ("20201001", None), ("2020-W40-4", None), ("2020-275", None), ("2020-10-01T12", None),
    ("2020-10", None), ("2020-10-01T12:30:05+25:00", None), ("2020-10-01T24:00", None),
    ("٢٠٢٠-١٠-٠١", None), ("2020-10-01T12:30:05.1234567", None), ("+2020-10-01", None),
])
def test_one_set_of_date_forms_on_every_python(value, expected):
    # Python 3.11's fromisoformat reads 20201001 and 2020-W40-4, 3.10's does not: neither is used.
    result = parse_article({"id": "p", "published": value, "text": "نص"})
    if expected is None:
        assert isinstance(result, Problem) and result.field == "published"
        assert "invalid date" in result.message
    else:
        assert result.published == expected and not result.warnings
    from timeline import tag
    if expected is None:
        with pytest.raises(ValueError):
            tag("أمس", value)


def test_a_hijri_looking_publication_date_warns():
    article = parse_article({"id": "h", "published": "1442-02-14", "text": "نص"})
    assert article.published == dt.datetime(1442, 2, 14)
    ((warning),) = article.warnings
    assert (warning.article, warning.field) == ("h", "published") and "Hijri" in warning.message
    assert not parse_article({"id": "g", "published": "1600-02-14", "text": "نص"}).warnings


def test_check_items_accepts_what_read_articles_yields_and_mappings():
    from timeline.io import check_items

    problem = Problem(None, None, "malformed JSON", 3)
    a = Article("a", "نص", dt.datetime(2020, 10, 1))
    out = list(check_items([problem, a, {"id": "b", "published": "2020-10-01", "text": "نص"}, a, 5,
                            Article("s\ud800", "x", None), Article("t", "x\udc80", None)]))
    assert out[0] is problem and out[1] is a and out[2].id == "b"
    assert (out[3].article, out[3].field) == ("a", "id") and "duplicate" in out[3].message
    assert "expected an Article" in out[4].message
    assert (out[5].field, out[5].article) == ("id", "s\ufffd")
    assert out[6] == Article("t", "x\udc80", None)  # text as given: every writer copes with it
