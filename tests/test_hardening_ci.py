"""CI runs the same examples every time and installs what it needs itself (issue 8).

A saved failing example in ``.hypothesis/`` used to make every later run in that clone fail,
and random examples made CI fail at random; the docs extra lacked what the docs import.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent


def test_the_ci_profile_is_derandomized_and_has_no_example_database():
    ci = settings.get_profile("ci")
    assert ci.derandomize and ci.database is None and ci.deadline is None


def test_a_ci_run_draws_the_same_examples_every_time():
    def examples() -> list[str]:
        seen = []

        @settings(settings.get_profile("ci"), max_examples=20)
        @given(st.text())
        def prop(text):
            seen.append(text)

        prop()
        return seen

    first = examples()
    assert len(set(first)) > 1 and first == examples()


def test_ci_runs_the_tests_under_the_ci_profile():
    noxfile = (ROOT / "noxfile.py").read_text(encoding="utf-8")
    session = noxfile[noxfile.index("def tests("):noxfile.index("\n@nox.session", noxfile.index("def tests("))]
    assert '"HYPOTHESIS_PROFILE": "ci"' in session and "no:cacheprovider" in session
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"nox -s tests\b", script) and "pip install" in script


@pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib is in the standard library from 3.11")
def test_the_docs_extra_installs_every_extra_the_docs_run():
    import tomllib

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]

    def closure(name: str) -> set[str]:
        out = set()
        for requirement in extras[name]:
            nested = re.fullmatch(r"timeline\[([a-z,]+)\]", requirement.replace(" ", ""))
            if nested:
                for extra in nested.group(1).split(","):
                    out |= closure(extra)
            else:
                out.add(re.split(r"[<>=\[; ]", requirement, maxsplit=1)[0].lower())
        return out

    docs = closure("docs")
    pages = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.rst"))
    pages += (ROOT / "docs" / "conf.py").read_text(encoding="utf-8")
    # the docs build matplotlib figures and DataFrames (sphinx-build docs failed without the plot extra)
    for extra in ("plot", "pandas"):
        needed = closure(extra)
        module = {"plot": "timeline.plot", "pandas": "to_pandas"}[extra]
        if module in pages:
            assert needed <= docs, f"the docs use {module}: the docs extra must install {sorted(needed - docs)}"


def test_the_readme_says_how_to_get_the_command_on_path():
    """After the README's set-up commands (nox sessions) there was no ``timeline`` on PATH."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    at = readme.index("on `PATH`")
    assert "pip install -e ." in readme[max(0, at - 300):at + 300]
