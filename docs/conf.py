"""Sphinx configuration: furo theme, autodoc + napoleon, executed doctests, a generated plot."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from docutils.parsers.rst import Directive
from sphinx.writers.html5 import HTML5Translator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

project = "timeline"
author = "timeline developers"
copyright = "2026, timeline developers"  # noqa: A001 - Sphinx's name
release = version = "0.1.0"

extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.doctest", "sphinx.ext.viewcode"]
html_theme = "furo"
html_title = "timeline"
html_static_path = ["_static"]
html_css_files = ["rtl.css"]
language = "en"
exclude_patterns = ["_build", "_generated/*.py", "specs"]

autodoc_typehints = "description"
autodoc_member_order = "bysource"
# The model classes are re-exported by ``timeline``; point hints at their one documented home.
autodoc_type_aliases = {name: f"timeline.model.{name}" for name in (
    "Actor", "Article", "Conflict", "Event", "InputError", "Mention", "Problem", "Reading",
    "Relation", "Timeline", "Timex")}
autodoc_default_options = {"members": True, "undoc-members": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
nitpicky = False

# Every example runs from the repository root (``seeds/articles.jsonl`` is a relative path), as a
# reader runs it: nothing else is set up behind the page (tests/test_docs_setup.py checks this).
doctest_global_setup = f"""
import os
os.chdir({str(ROOT)!r})
"""
# Only `.. doctest::` blocks run: module docstrings have their own tests under pytest.
doctest_test_doctest_blocks = ""
doctest_default_flags = __import__("doctest").ELLIPSIS | __import__("doctest").NORMALIZE_WHITESPACE


def _render_plot(app) -> None:
    """Draw the seeds' timeline into ``_generated/`` so the docs show a fresh picture, not a binary in git."""
    out = Path(app.srcdir) / "_generated"
    out.mkdir(exist_ok=True)
    import timeline
    from timeline.plot import plot_timeline

    articles = [a for a in timeline.read_articles(ROOT / "seeds" / "articles.jsonl")
                if isinstance(a, timeline.Article)]
    plot_timeline(timeline.build(articles), out / "karabakh.png",
                  window=(dt.date(2020, 9, 20), dt.date(2020, 10, 31)),
                  title="Karabakh, autumn 2020: events from the seed articles")


def _ar_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """``:ar:`نص``` -> ``<span dir="rtl" lang="ar">`` in HTML, plain text elsewhere."""
    from docutils import nodes

    node = nodes.inline(rawtext, text, classes=["ar"])
    return [node], []


class ArabicBlock(Directive):
    """``.. arabic::`` -- a paragraph of Arabic shown right to left (``dir="rtl" lang="ar"``)."""

    has_content = True

    def run(self):
        from html import escape

        from docutils import nodes

        text = "\n".join(self.content)
        html = f'<div class="rtl" dir="rtl" lang="ar"><p>{escape(text)}</p></div>'
        return [nodes.raw("", html, format="html"), nodes.raw("", text + "\n", format="text")]


class _Translator(HTML5Translator):
    """HTML writer that gives ``:ar:`` spans their ``dir="rtl" lang="ar"`` attributes."""

    def visit_inline(self, node):
        if "ar" in node.get("classes", []):
            self.body.append(self.starttag(node, "span", "", dir="rtl", lang="ar"))
        else:
            super().visit_inline(node)

    def depart_inline(self, node):
        if "ar" in node.get("classes", []):
            self.body.append("</span>")
        else:
            super().depart_inline(node)


def setup(app) -> None:
    app.set_translator("html", _Translator, override=True)
    app.add_role("ar", _ar_role)
    app.add_directive("arabic", ArabicBlock)
    app.connect("builder-inited", _render_plot)
