"""The HTML page in a real headless Chromium: every card drawn, screenshots compared with the
references in tests/fixtures/page/, and what an analyst does checked (filter by type, actor
and place, search, zoom the axis, open the undated events, open a card's sources).

Screenshots are taken at a fixed viewport, scale factor 1, UTC, with the page's text in
"DejaVu Sans" (installed with chromium on Debian), and compared with a tolerance for
antialiasing.  To rewrite the references after a deliberate change of the page:
``UPDATE_SCREENSHOTS=1 pytest tests/test_html_browser.py`` (then look at them).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from browser import BROWSER, Browser
from test_export_formats import ARTICLES, CALL_B, TEXT_A, TIMELINE

from timeline.io import render_html
from timeline.io.labels import label
from timeline.model import Actor, Event, Mention, Timeline

ROOT = Path(__file__).resolve().parent.parent
REFERENCES = ROOT / "tests" / "fixtures" / "page"
WIDTH, HEIGHT = 1000, 1100

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(BROWSER is None, reason="no chromium binary on PATH "
                       "(apt-get install -y chromium) to render the HTML page"),
]

CEASEFIRE = Event(id="e4", type="ceasefire", phase="takes_effect", earliest=dt.datetime(2020, 10, 10),
                  latest=dt.datetime(2020, 10, 10, 23, 59, 59), headline="دخول الهدنة الإنسانية حيز التنفيذ",
                  participants=(Actor("armenia", "أرمينيا", "country"), Actor("azerbaijan", "أذربيجان", "country")),
                  place="nagorno_karabakh", mentions=(Mention("b", 0, 5, "باريس"),))
UNDATED = Event(id="e5", type="meeting", subtype="talks", headline="محادثات بلا تاريخ",
                mentions=(CALL_B,), warnings=("undated",))
SAMPLE = Timeline(events=(*TIMELINE.events, CEASEFIRE, UNDATED), relations=TIMELINE.relations,
                  conflicts=TIMELINE.conflicts, problems=TIMELINE.problems, articles=TIMELINE.articles)


def fonts() -> str:
    try:
        return subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True, check=False).stdout
    except OSError:
        return ""


@pytest.fixture(scope="module")
def browser():
    with Browser(WIDTH, HEIGHT) as b:
        yield b


def page_file(tmp_path: Path, timeline: Timeline, articles=ARTICLES, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_text(render_html(timeline, articles), encoding="utf-8")
    return path


def count(b: Browser, selector: str) -> int:
    return b.js(f"document.querySelectorAll({selector!r}).length")


def visible_cards(b: Browser) -> list[str]:
    """Cards the filters keep (those folded in the closed undated section count as kept)."""
    return b.js("Array.from(document.querySelectorAll('article.event')).filter(e => !e.hidden).map(e => e.id)")


def shown(b: Browser) -> int:
    return int(b.js("document.body.dataset.shown"))


# ---------------------------------------------------------------- drawn

def check_page(b: Browser, timeline: Timeline) -> None:
    assert count(b, "article.event") == len(timeline.events)
    assert sorted(b.js("Array.from(document.querySelectorAll('article.event')).map(e => e.id)")) == \
        sorted(f"event-{e.id}" for e in timeline.events)
    assert b.js("[document.documentElement.dir, document.documentElement.lang]") == ["rtl", "ar"]
    # every mention listed with its trigger marked, behind its card's sources button
    assert sorted(b.js("Array.from(document.querySelectorAll('.sources mark')).map(m => m.textContent)")) == \
        sorted(m.text for e in timeline.events for m in e.mentions)
    assert count(b, ".sources:not([hidden])") == 0
    # each card is headed by the event's headline
    for event in timeline.events:
        if event.headline:
            assert b.js(f"document.querySelector('#event-{event.id} .headline').textContent") == event.headline


def test_sample_page_renders_every_card_with_arabic_labels(tmp_path, browser):
    browser.open(page_file(tmp_path, SAMPLE))
    check_page(browser, SAMPLE)
    browser.click("#undated-title")
    text = browser.js("document.body.innerText")
    for english in ("undated", "assumed", "air_raid", "phone", "takes_effect", "ceasefire", "statement"):
        assert english not in text
    assert label("phases", "takes_effect") in text and label("subtypes", "air_raid") in text
    assert label("warnings", "undated") in text


def test_seed_timeline_page_renders_every_card(tmp_path, browser):
    from timeline.graph import build
    from timeline.io import read_articles

    articles = list(read_articles(ROOT / "seeds" / "articles.jsonl"))
    timeline = build(articles)
    page = tmp_path / "seeds.html"
    result = subprocess.run([sys.executable, "-m", "timeline", "build", str(ROOT / "seeds" / "articles.jsonl"),
                             "--format", "html", "--output", str(page)], capture_output=True, text=True,
                            check=False)
    assert result.returncode in (0, 1), result.stderr
    browser.open(page)
    assert count(browser, "article.event") == len(timeline.events)
    assert count(browser, ".sources mark") == sum(len(e.mentions) for e in timeline.events)
    dated = [e for e in timeline.events if e.earliest is not None and not any(w.startswith("undated")
                                                                             for w in e.warnings)]
    assert count(browser, ".marker") == len(dated) and count(browser, "#undated article.event") == \
        len(timeline.events) - len(dated)


# ---------------------------------------------------------------- what an analyst does

def test_filters_by_type_actor_and_place(tmp_path, browser):
    browser.open(page_file(tmp_path, SAMPLE))
    assert shown(browser) == len(SAMPLE.events)
    browser.choose("#type-filter", "call")
    assert visible_cards(browser) == ["event-e2"] and shown(browser) == 1
    assert count(browser, ".marker") == 1  # the axis shows what the list shows
    browser.choose("#type-filter", "")
    browser.choose("#actor-filter", "armenia")
    assert visible_cards(browser) == ["event-e4"]
    browser.choose("#actor-filter", "")
    browser.choose("#place-filter", "البلدة")
    assert visible_cards(browser) == ["event-e1"]
    browser.choose("#place-filter", "")
    assert shown(browser) == len(SAMPLE.events)
    # the day headings of a filtered-out day go too
    browser.choose("#type-filter", "strike")
    assert browser.js("Array.from(document.querySelectorAll('section.day')).filter(s => !s.hidden).length") == 1


def test_search_finds_words_in_sentences_headlines_and_names_across_spellings(tmp_path, browser):
    browser.open(page_file(tmp_path, SAMPLE))
    browser.type("#search", "الاليزيه")  # written الإليزيه in article b: hamza folded
    assert sorted(visible_cards(browser)) == ["event-e2", "event-e4", "event-e5"]  # mentions in b
    browser.js("document.querySelector('#search').value = ''")
    browser.type("#search", "هدنة")
    assert visible_cards(browser) == ["event-e4"] and "(0)" in browser.js(
        "document.querySelector('#undated-title').textContent")
    browser.js("const s = document.querySelector('#search'); s.value = ''; s.dispatchEvent(new Event('input'))")
    browser.type("#search", "لا شيء يطابق")
    assert shown(browser) == 0 and browser.js("!document.querySelector('#events .empty').hidden")


def test_zoom_stretches_the_axis_in_proportion_to_time(tmp_path, browser):
    browser.open(page_file(tmp_path, SAMPLE))

    def positions() -> dict[str, float]:
        return browser.js("Object.fromEntries(Array.from(document.querySelectorAll('.marker')).map("
                          "m => [m.dataset.id, parseFloat(m.style.insetInlineStart)]))")

    before = positions()
    # proportional: e1 (20 Sep 04:00) -> e2 (30 Sep) -> e4 (10 Oct): ten days less four hours, then ten
    first, second = before["e2"] - before["e1"], before["e4"] - before["e2"]
    assert first == pytest.approx(second * (10 - 4 / 24) / 10, rel=0.01)
    browser.click("#zoom-in")
    after = positions()
    assert after["e4"] - after["e1"] == pytest.approx(2 * (before["e4"] - before["e1"]), rel=0.01)
    assert "2" in browser.js("document.querySelector('#zoom-label').textContent")
    browser.click("#zoom-out")
    browser.click("#zoom-out")  # never below the whole span
    assert positions() == pytest.approx(before)
    browser.click("#zoom-in")
    browser.click("#zoom-fit")
    assert positions() == pytest.approx(before)


def test_undated_events_are_folded_behind_their_count(tmp_path, browser):
    browser.open(page_file(tmp_path, SAMPLE))
    assert browser.js("document.querySelector('#undated').open") is False
    title = browser.js("document.querySelector('#undated-title').textContent")
    assert "(2)" in title  # e3 (an assumed window) and e5 (no date)
    assert browser.js("document.querySelector('#event-e5').checkVisibility()") is False
    browser.click("#undated-title")
    assert browser.js("document.querySelector('#undated').open") is True
    assert browser.js("document.querySelector('#event-e5').checkVisibility()") is True
    assert count(browser, "#undated article.event") == 2 and count(browser, "#events article.event") == 3


def test_sources_are_one_click_away(tmp_path, browser):
    browser.open(page_file(tmp_path, SAMPLE))
    browser.click("#event-e2 .sources-toggle")
    assert browser.js("document.querySelector('#event-e2 .sources').hidden") is False
    assert browser.js("document.querySelector('#event-e2 .sources-toggle').getAttribute('aria-expanded')") == "true"
    items = browser.js("Array.from(document.querySelectorAll('#event-e2 .source')).map(s => s.textContent)")
    call_a, call_b = TIMELINE.event("e2").mentions
    assert f"{call_a.start}–{call_a.end}" in items[0] and "a" in items[0] and "2020-10-01" in items[0]
    assert f"{call_b.start}–{call_b.end}" in items[1] and "باريس - أكد قصر الإليزيه" in items[1]
    assert browser.js("document.querySelector('#event-e2 .source mark').textContent") == call_a.text
    # a marker on the axis takes the reader to its card
    browser.click('.marker[data-id="e4"]')
    assert browser.js("document.activeElement.id") == "event-e4"


def test_injected_markup_stays_text(tmp_path, browser):
    hostile = "<img src=x onerror=\"document.body.dataset.pwned=1\"><script>document.body.dataset.pwned=2</script>"
    event = Event(id="x", type="other", earliest=dt.datetime(2020, 1, 1), latest=dt.datetime(2020, 1, 1, 23, 59, 59),
                  headline=hostile, place=hostile, participants=(Actor(hostile, hostile),),
                  mentions=(Mention("evil", 0, len(hostile), hostile),), warnings=(hostile,))
    from timeline.model import Article

    article = Article("evil", hostile + " " + TEXT_A, dt.datetime(2020, 1, 2))
    browser.open(page_file(tmp_path, Timeline(events=(event,), articles=("evil",)), [article]))
    assert browser.js("document.body.dataset.pwned") is None
    assert count(browser, "img") == 0 and count(browser, "script") == 2
    browser.type("#search", "onerror")
    assert shown(browser) == 1
    assert browser.js("document.querySelector('#event-x .headline').textContent") == hostile


# ---------------------------------------------------------------- screenshots

def _compare(name: str, png: bytes, tmp_path: Path) -> None:
    from PIL import Image, ImageChops

    reference = REFERENCES / name
    if os.environ.get("UPDATE_SCREENSHOTS"):
        REFERENCES.mkdir(parents=True, exist_ok=True)
        reference.write_bytes(png)
    assert reference.exists(), f"no reference {reference}: run with UPDATE_SCREENSHOTS=1"
    got = Image.open(io.BytesIO(png)).convert("RGB")
    want = Image.open(reference).convert("RGB")
    assert got.size == want.size == (WIDTH, HEIGHT)
    # Pixels that differ clearly (not antialiasing), as a share of the picture.
    changed = ImageChops.difference(got, want).convert("L").point(lambda v: 255 if v > 64 else 0)
    share = changed.histogram()[255] / (WIDTH * HEIGHT)
    if share > 0.005:
        got.save(tmp_path / f"got-{name}")
        pytest.fail(f"{name}: {share:.2%} of the pixels differ from the reference (see {tmp_path / ('got-' + name)})")


@pytest.mark.skipif("DejaVu Sans" not in fonts(), reason="the reference screenshots use DejaVu Sans")
def test_screenshots_match_the_references(tmp_path, browser):
    pytest.importorskip("PIL")
    browser.open(page_file(tmp_path, SAMPLE))
    # One font for every glyph, whatever else the machine has installed.
    browser.js("const s = document.createElement('style'); s.textContent = "
               "'* { font-family: \"DejaVu Sans\" !important; }'; document.head.appendChild(s);"
               "document.fonts.ready.then(() => true)")
    _compare("sample.png", browser.screenshot(), tmp_path)
    browser.choose("#type-filter", "call")
    browser.click("#event-e2 .sources-toggle")
    browser.choose("#type-filter", "")
    browser.click("#undated-title")
    browser.js("window.scrollTo(0, 0)")
    _compare("sample-open.png", browser.screenshot(), tmp_path)


def test_times_of_day_read_as_clock_times(tmp_path, browser):
    night = Event(id="e6", type="strike", earliest=dt.datetime(2022, 9, 13, 0, 5),
                  latest=dt.datetime(2022, 9, 13, 5, 59, 59), grain="minute", headline="قصف ليلي",
                  mentions=(Mention("b", 0, 5, "باريس"),))
    span = Event(id="e7", type="strike", earliest=dt.datetime(2022, 9, 13, 22, 0),
                 latest=dt.datetime(2022, 9, 14, 5, 59, 59), grain="hour", headline="قصف حتى الفجر",
                 mentions=(Mention("b", 0, 5, "باريس"),))
    page = Timeline(events=(night, span), relations=(), articles=TIMELINE.articles)
    browser.open(page_file(tmp_path, page))
    shown = browser.js("Array.from(document.querySelectorAll('.dates')).map(e => e.textContent)")
    assert sorted(shown) == ["2022-09-13 00:05–05:59", "2022-09-13 22:00 → 2022-09-14 05:59"]
