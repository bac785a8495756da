"""The HTML page rendered by a real headless Chromium: the script draws every event card."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_export_formats import ARTICLES, TIMELINE

from timeline.io import render_html

ROOT = Path(__file__).resolve().parent.parent
BROWSER = next((path for name in ("chromium", "chromium-browser", "google-chrome", "chrome")
                if (path := shutil.which(name))), None)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(BROWSER is None, reason="no chromium binary on PATH "
                       "(apt-get install -y chromium) to render the HTML page"),
]


def chromium(page: Path, *args: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--virtual-time-budget=10000", *args, page.as_uri()],
            capture_output=True, text=True, timeout=120, check=False)


class Elements(HTMLParser):
    """Collects (tag, attributes) of every element, and the text inside <mark>."""

    def __init__(self):
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.marks: list[str] = []
        self._in_mark = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in_mark = tag == "mark"
        if self._in_mark:
            self.marks.append("")

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark = False

    def handle_data(self, data):
        if self._in_mark:
            self.marks[-1] += data

    def with_class(self, name: str) -> list[dict[str, str]]:
        return [a for _, a in self.elements if name in (a.get("class") or "").split()]


def rendered(page: Path) -> Elements:
    result = chromium(page, "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    parser = Elements()
    parser.feed(result.stdout)
    return parser


def check_page(page: Path, timeline) -> None:
    dom = rendered(page)
    cards = dom.with_class("event")
    assert len(cards) == len(timeline.events)
    assert sorted(card["id"] for card in cards) == sorted(f"event-{e.id}" for e in timeline.events)
    html_tag = next(a for tag, a in dom.elements if tag == "html")
    assert (html_tag.get("dir"), html_tag.get("lang")) == ("rtl", "ar")
    # Every mention is listed with its trigger highlighted.
    assert sorted(dom.marks) == sorted(m.text for e in timeline.events for m in e.mentions)
    single_day = [e for e in timeline.events if e.earliest is not None and e.days[0] == e.days[1]]
    assert len(dom.with_class("day")) == len({e.earliest for e in single_day})
    lane = [a for tag, a in dom.elements if a.get("id") == "lane-events"]
    assert lane
    shot = page.with_suffix(".png")
    result = chromium(page, f"--screenshot={shot}", "--window-size=1200,1600")
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_sample_timeline_page_renders_every_card(tmp_path):
    page = tmp_path / "sample.html"
    page.write_text(render_html(TIMELINE, ARTICLES), encoding="utf-8")
    check_page(page, TIMELINE)


def test_seed_timeline_page_renders_every_card(tmp_path):
    graph = pytest.importorskip("timeline.graph")
    if not hasattr(graph, "build"):
        pytest.skip("timeline.graph.build not available yet")
    from timeline.io import read_articles

    articles = [a for a in read_articles(ROOT / "seeds" / "articles.jsonl")]
    timeline = graph.build(articles)
    assert timeline.events
    page = tmp_path / "seeds.html"
    result = subprocess.run([sys.executable, "-m", "timeline", "build", str(ROOT / "seeds" / "articles.jsonl"),
                             "--format", "html", "--output", str(page)], capture_output=True, text=True,
                            check=False)
    assert result.returncode in (0, 1), result.stderr
    check_page(page, timeline)
