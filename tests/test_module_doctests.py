"""The examples in the docstrings of the analyst-facing modules run and print what they say."""

from __future__ import annotations

import doctest
import importlib

import pytest


@pytest.mark.parametrize("name", ["timeline.frames", "timeline.tagged", "timeline.io.labels"])
def test_docstring_examples(name):
    if name == "timeline.frames":
        pytest.importorskip("pandas")
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
