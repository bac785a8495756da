"""Notebook and DataFrame use (issue 11, item 1): frames of a timeline and of tag results,
inline HTML, pandas loaded only when a frame is made."""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import timeline
from timeline.frames import _instant
from timeline.io import read_articles, render_html
from timeline.model import Event, Mention, Problem, Timeline

pd = pytest.importorskip("pandas")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "articles.jsonl"


@pytest.fixture(scope="module")
def seeds():
    articles = [a for a in read_articles(SEEDS)]
    return articles, timeline.build(articles)


def test_timeline_frames_one_row_per_event_mention_and_relation(seeds):
    articles, tl = seeds
    texts = {a.id: a.text for a in articles}
    events, mentions, relations, problems = tl.to_pandas()
    assert list(events["id"]) == [e.id for e in tl.events]
    assert str(events["earliest"].dtype).startswith("datetime64") and str(events["latest"].dtype).startswith("datetime64")
    for row, event in zip(events.itertuples(), tl.events, strict=True):
        assert row.earliest.to_pydatetime() == _instant(event.earliest)
        assert row.n_mentions == len(event.mentions) and row.type == event.type
        assert row.participants == [a.name for a in event.participants]
    assert len(mentions) == sum(len(e.mentions) for e in tl.events)
    for row in mentions.itertuples():
        assert texts[row.article][row.start:row.end] == row.text  # offsets index the article
        assert row.headline == tl.event(row.event).headline
    assert list(zip(relations["source"], relations["target"], relations["type"], strict=True)) == \
        [(r.source, r.target, r.type) for r in tl.relations]
    assert len(problems) == len(tl.problems)


def test_an_undated_event_is_nat_and_old_dates_fit():
    undated = Event(id="u", type="other", mentions=(Mention("a", 0, 1, "x"),))
    old = attrs.evolve(undated, id="o", earliest=dt.date(1442, 2, 14), latest=dt.date(1442, 2, 14))
    events, *_ = Timeline(events=(undated, old), problems=(Problem("a", "text", "bad", 3),)).to_pandas()
    assert events["earliest"].isna().tolist() == [True, False]
    assert events["earliest"][1] == pd.Timestamp(1442, 2, 14)  # beyond the nanosecond range


def test_tag_results_are_lists_with_a_frame_and_inline_html():
    text = "دعا بوتين وماكرون <b>خلال</b> مكالمة هاتفية مساء أمس الأربعاء"
    tags = timeline.tag(text, dt.date(2020, 10, 1))
    assert tags == timeline.temporal.tag(text, dt.date(2020, 10, 1)) and isinstance(tags, list)
    frame = tags.to_pandas()
    assert frame[["text", "value"]].values.tolist() == [["مساء أمس الأربعاء", "2020-09-30TEV"]]
    assert frame["earliest"][0] == pd.Timestamp(2020, 9, 30, 18)
    shown = tags._repr_html_()
    assert "<b>" not in shown and "&lt;b&gt;" in shown  # the text is escaped
    assert re.search(r'<mark title="2020-09-30TEV"[^>]*>مساء أمس الأربعاء</mark>', shown)
    assert "القيمة" in shown  # Arabic headers
    assert timeline.tag_frame(tags).equals(frame)


def test_tag_article_results_too(seeds):
    from timeline.document import analyse

    articles, _ = seeds
    tags = timeline.tag_article(articles[0])
    assert tags.text == articles[0].text and len(tags.to_pandas()) == len(tags) > 0
    document = analyse(articles[0].text, articles[0].id)
    assert timeline.tag_article(articles[0], document=document) == tags  # the same signature as the tagger's
    on_document = timeline.tag(document, articles[0].published)
    assert on_document.text == articles[0].text and [t.value for t in on_document] == [t.value for t in tags]


def test_the_timeline_shows_its_page_inline(seeds):
    articles, tl = seeds
    inline = tl._repr_html_()
    match = re.fullmatch(r'<iframe class="timeline-page" sandbox="allow-scripts" srcdoc="([^"]*)" .*</iframe>',
                         inline, re.S)
    assert match and html.unescape(match.group(1)) == render_html(tl)
    page = timeline.show(tl, articles, title="seeds")
    assert html.unescape(re.search(r'srcdoc="([^"]*)"', page._repr_html_()).group(1)) == \
        render_html(tl, articles, "seeds")


def test_page_save_writes_the_page(tmp_path, seeds):
    articles, tl = seeds
    timeline.show(tl, articles).save(tmp_path / "t.html")
    assert (tmp_path / "t.html").read_text(encoding="utf-8") == render_html(tl, articles)


def test_pandas_is_imported_only_for_a_frame():
    code = ("import sys, datetime, timeline\n"
            "tl = timeline.build(timeline.read_articles(sys.argv[1]))\n"
            "timeline.tag('أمس', datetime.date(2020, 10, 1))._repr_html_(); tl._repr_html_()\n"
            "assert 'pandas' not in sys.modules and 'dateparser' not in sys.modules, 'imported'\n"
            "tl.to_pandas()\n"
            "assert 'pandas' in sys.modules\n")
    result = subprocess.run([sys.executable, "-c", code, str(SEEDS)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_the_readme_notebook_block_runs(monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## In a notebook.*?```python\n(.*?)```", readme, re.S).group(1)
    monkeypatch.chdir(ROOT)
    namespace: dict = {}
    exec(compile(block, "README.md", "exec"), namespace)  # noqa: S102 - the README's own code
    assert len(namespace["mentions"]) == sum(len(e.mentions) for e in namespace["tl"].events)
