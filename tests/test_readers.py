"""Readers for the files people have (issue 11, item 3): folders of .txt files, CSV exports,
JSON Lines with other field names, DataFrames, and publication dates as archives write them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.io import read_articles
from timeline.io.dates import parse_date
from timeline.model import Article, Problem

DAY = dt.datetime(2015, 8, 6)
TEXT = "قال مسؤول أمس الأربعاء إن غارة جوية استهدفت البلدة."


def call(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize(("value", "order", "expected"), [
    ("Sat, 28 Nov 2026 17:00:00 GMT", None, dt.datetime(2026, 11, 28, 17)),
    ("Thu, 06 Aug 2015 12:00:00 +0300", None, dt.datetime(2015, 8, 6, 12)),  # wall clock kept
    ("2015-08-06 12:00:00", None, dt.datetime(2015, 8, 6, 12)),
    ("06/08/2015", "DMY", DAY),
    ("06/08/2015", "MDY", dt.datetime(2015, 6, 8)),
    ("6.8.2015", "DMY", DAY),
    ("13/08/2015", None, dt.datetime(2015, 8, 13)),  # 13 cannot be a month: not ambiguous
    ("08/13/2015", None, dt.datetime(2015, 8, 13)),
    ("06/06/2015", None, dt.datetime(2015, 6, 6)),
    ("2015/08/06", None, DAY),
    ("06/08/2015 14:30", "DMY", dt.datetime(2015, 8, 6, 14, 30)),
    ("6 August 2015", None, DAY),
    ("August 6, 2015 3:04 PM", None, dt.datetime(2015, 8, 6, 15, 4)),
    ("6 août 2015", None, DAY),
    ("الخميس 6 أغسطس 2015", None, DAY),
    ("الخميس ٦ آب ٢٠١٥", None, DAY),
    ("6 أوت 2015", None, DAY),
    ("19 شعبان 1444هـ", None, dt.datetime(2023, 3, 11)),
    ("6 أغسطس 2015 الساعة 12:00", None, dt.datetime(2015, 8, 6, 12)),
])
def test_publication_dates_as_archives_write_them(value, order, expected):
    assert parse_date(value, order=order) == expected


@pytest.mark.parametrize(("value", "order", "reason"), [
    ("06/08/2015", None, "ambiguous"),  # never a guess
    ("06/08/2015", "YMD", "YMD"),
    ("13/13/2015", None, "month"),
    ("6 أغسطس", None, "relative"),  # no year: nothing to anchor it to
    ("أمس", None, "relative"),
    ("tomorrow", None, "year"),
    ("yesterday 2015", None, "dateparser"),
    ("وقع هجوم في 6 أغسطس 2015", None, "left over"),
    ("2020-02-30", None, "day is out of range"),
    ("20201001", None, "not a date form"),
    ("2020-W40-4", None, "not a date form"),
    ("", None, "empty"),
])
def test_unreadable_or_ambiguous_dates_are_refused_with_the_reason(value, order, reason):
    with pytest.raises(ValueError, match=reason):
        parse_date(value, order=order)


# ---------------------------------------------------------------- folders of .txt files

def folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    (root / "2015" / "08").mkdir(parents=True)
    (root / "2015" / "08" / "2015-08-06-gaza.txt").write_text(TEXT, encoding="utf-8")
    (root / "moscow.txt").write_bytes("\ufeffموسكو - 4 أكتوبر 2020 - أجرى بوتين اتصالا هاتفيا اليوم.".encode())
    (root / "plain.txt").write_text("نص بلا تاريخ عن غارة جوية أمس.", encoding="utf-8")
    (root / "latin1.txt").write_bytes(b"caf\xe9 " + "نص".encode())
    (root / "notes.md").write_text("not an article", encoding="utf-8")
    return root


def test_a_folder_of_txt_files_dates_each_from_its_name_dateline_or_the_default(tmp_path):
    items = list(read_articles(folder(tmp_path), published="2020-01-01"))
    by_id = {i.id if isinstance(i, Article) else i.article: i for i in items}
    assert sorted(by_id) == ["2015/08/2015-08-06-gaza", "latin1", "moscow", "plain"]
    gaza = by_id["2015/08/2015-08-06-gaza"]
    assert (gaza.published, gaza.published_source, gaza.text) == (DAY, "filename", TEXT)
    moscow = by_id["moscow"]
    assert (moscow.published, moscow.published_source) == (dt.datetime(2020, 10, 4), "dateline")
    assert not moscow.text.startswith("\ufeff")
    plain = by_id["plain"]
    assert (plain.published, plain.published_source) == (dt.datetime(2020, 1, 1), "default")
    bad = by_id["latin1"]
    assert isinstance(bad, Problem) and "latin1.txt" in bad.message and "not UTF-8" in bad.message


def test_a_txt_file_without_any_date_is_a_problem_naming_the_file(tmp_path):
    (problem,) = [i for i in read_articles(folder(tmp_path)) if isinstance(i, Problem) and i.article == "plain"]
    assert problem.field == "published" and "plain.txt" in problem.message


def test_build_reads_a_folder_from_the_command_line(tmp_path, capsys):
    status, out, err = call(capsys, "build", str(folder(tmp_path)), "--published", "2020-01-01")
    assert status == 1  # latin1.txt
    assert "latin1.txt" in err and err.count("\n") == 1
    document = json.loads(out)
    assert document["articles"] == ["2015/08/2015-08-06-gaza", "moscow", "plain"]
    # the official's saying is dated "أمس الأربعاء", the strike it reports bounded by it
    dates = {(m["doc"], e["type"]): (e["earliest"], e["latest"]) for e in document["events"] for m in e["mentions"]}
    assert dates["2015/08/2015-08-06-gaza", "statement"] == ("2015-08-05", "2015-08-05")  # yesterday of the file name's date
    assert dates["2015/08/2015-08-06-gaza", "strike"] == (None, "2015-08-05")


def test_a_folder_with_no_txt_file_is_a_usage_error(tmp_path, capsys):
    status, _, err = call(capsys, "build", str(tmp_path))
    assert status == 2 and "no .txt file" in err


def test_a_bad_published_option_is_a_usage_error(tmp_path, capsys):
    status, _, err = call(capsys, "build", str(folder(tmp_path)), "--published", "06/08/2015")
    assert status == 2 and "ambiguous" in err


# ---------------------------------------------------------------- CSV

CSV = ('doc;date;body;source\n'
       '1;06/08/2015;"قال مسؤول أمس الأربعاء إن غارة جوية استهدفت البلدة.";x\n'
       '2;Sat, 28 Nov 2026 17:00:00 GMT;"نص ""مقتبس""\nعلى سطرين";y\n'
       '3;13/13/2015;نص;z\n'
       '\n'
       '4;الخميس 6 أغسطس 2015;نص آخر;w\n'
       '5;19 شعبان 1444هـ;نص\n'
       '6;2015-08-06;نص;v\n')


def test_csv_with_its_own_column_names_and_numeric_dates_in_a_declared_order(tmp_path):
    path = tmp_path / "archive.csv"
    path.write_text("\ufeff" + CSV, encoding="utf-8")  # Excel's byte-order mark
    items = list(read_articles(path, id_column="doc", date_column="date", text_column="body", date_order="DMY"))
    articles = [i for i in items if isinstance(i, Article)]
    problems = [i for i in items if isinstance(i, Problem)]
    assert [a.id for a in articles] == ["1", "2", "4", "6"]
    assert [a.published for a in articles] == [DAY, dt.datetime(2026, 11, 28, 17), DAY, DAY]
    assert articles[1].text == 'نص "مقتبس"\nعلى سطرين'
    assert articles[0].extra == (("source", "x"),)
    # the line of each bad record (record 2 spans lines 3-4), and the column that is wrong
    assert [(p.line, p.article, p.field) for p in problems] == [(5, "3", "date"), (8, None, None)]
    assert "month" in problems[0].message and "3 cells where the header has 4" in problems[1].message


def test_csv_numeric_dates_without_an_order_are_problems_not_guesses(tmp_path):
    path = tmp_path / "archive.csv"
    path.write_text(CSV, encoding="utf-8")
    items = list(read_articles(path, id_column="doc", date_column="date", text_column="body"))
    first = items[0]
    assert isinstance(first, Problem) and (first.line, first.field) == (2, "date") and "ambiguous" in first.message


def test_csv_missing_column_is_one_problem_naming_the_columns(tmp_path):
    path = tmp_path / "archive.csv"
    path.write_text(CSV, encoding="utf-8")
    (problem,) = read_articles(path, date_order="DMY")
    assert (problem.line, problem.field) == (1, "id")
    assert "'doc', 'date', 'body', 'source'" in problem.message and "--id-column" in problem.message


def test_csv_from_the_command_line(tmp_path, capsys):
    path = tmp_path / "archive.csv"
    path.write_text(CSV, encoding="utf-8")
    status, out, err = call(capsys, "tag", str(path), "--id-column", "doc", "--date-column", "date",
                            "--text-column", "body", "--date-order", "DMY")
    assert status == 1
    assert err.splitlines() == [
        "timeline: line 5, article '3', field 'date': invalid date '13/13/2015': month must be in 1..12",
        "timeline: line 8, article ?: 3 cells where the header has 4",
    ]
    assert {json.loads(line)["doc"] for line in out.splitlines()} == {"1"}  # the others have no time expression


# ---------------------------------------------------------------- JSON Lines and Python inputs

def test_json_lines_with_other_field_names(tmp_path, capsys):
    path = tmp_path / "feed.jsonl"
    records = [{"guid": "a", "pubDate": "Thu, 06 Aug 2015 12:00:00 +0300", "body": TEXT},
               {"guid": "b", "pubDate": "06/08/2015", "body": TEXT}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    items = list(read_articles(path, id_column="guid", date_column="pubDate", text_column="body"))
    assert items[0].published == dt.datetime(2015, 8, 6, 12)
    assert (items[1].line, items[1].field) == (2, "pubDate") and "ambiguous" in items[1].message
    status, out, _ = call(capsys, "tag", str(path), "--id-column", "guid", "--date-column", "pubDate",
                          "--text-column", "body", "--date-order", "MDY")
    assert status == 0
    assert {json.loads(line)["value"] for line in out.splitlines()} == {"2015-08-05", "2015-06-03"}


def test_any_iterable_of_dicts():
    rows = ({"id": str(n), "published": "06/08/2015", "text": TEXT} for n in range(3))
    assert [a.published for a in read_articles(rows, date_order="DMY")] == [DAY] * 3


def test_a_dataframe_is_read_row_by_row():
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({
        "id": [1, 2, 3, 4],
        "date": [pd.Timestamp("2015-08-06 12:00"), pd.NaT, "الخميس 6 أغسطس 2015", "2015-08-06"],
        "text": [TEXT, "نص بلا تاريخ", TEXT, None],
        "views": [10, 20, None, 40],
    })
    items = list(read_articles(frame, date_column="date"))
    assert [type(i).__name__ for i in items] == ["Article", "Problem", "Article", "Problem"]
    assert items[0].id == "1" and items[0].published == dt.datetime(2015, 8, 6, 12)
    assert dict(items[0].extra) == {"views": 10.0} and type(dict(items[0].extra)["views"]) is float
    assert dict(items[2].extra) == {"views": None}
    assert (items[1].line, items[1].field) == (2, "date")
    assert (items[3].line, items[3].field) == (4, "text")
