"""The docs' examples can be pasted and run as they stand (issue 11, item 6): no page relies on
set-up code a reader cannot see.  (``nox -s docs`` runs every example with the doctest builder.)"""

from __future__ import annotations

import ast
import re
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
PAGES = sorted(DOCS.glob("*.rst"))


def test_no_hidden_setup_directive_in_any_page():
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        hidden = re.findall(r"^\s*\.\. (testsetup|testcleanup|testcode|testoutput)::", text, re.M)
        assert not hidden, f"{page.name}: {hidden} (show the set-up as a doctest block instead)"


def test_the_global_setup_only_moves_to_the_repository_root():
    conf = ast.parse((DOCS / "conf.py").read_text(encoding="utf-8"))
    (setup,) = [node.value for node in conf.body if isinstance(node, ast.Assign)
                and any(getattr(t, "id", None) == "doctest_global_setup" for t in node.targets)]
    code = "".join(part.value if isinstance(part, ast.Constant) else "ROOT" for part in setup.values)
    statements = [line.strip() for line in code.splitlines() if line.strip()]
    assert statements == ["import os", "os.chdir(ROOT)"]


def test_every_page_imports_what_its_examples_use():
    for page in PAGES:
        code = "\n".join(line.split(">>> ", 1)[1] for line in page.read_text(encoding="utf-8").splitlines()
                         if ">>> " in line)
        for module in ("timeline", "json", "os", "sys", "subprocess", "datetime"):
            used = re.search(rf"(?<![\w.]){module}\.", code)
            if used:
                imported = re.search(rf"^\s*(import [^\n]*\b{module}\b|from {module}\b)", code, re.M)
                assert imported and imported.start() < used.start(), f"{page.name}: {module} used before its import"
