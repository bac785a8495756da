"""The Arabic labels of the page and the notebook displays (``labels.json``: data, not code).

>>> label("types", "ceasefire")
'وقف إطلاق النار'
>>> warning_label("undated: assumed within 7 days before publication")
'بلا تاريخ: يُفترض أنه وقع خلال 7 أيام قبل النشر'
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

__all__ = ["label", "labels", "warning_label"]


@functools.cache
def labels() -> dict[str, dict[str, str]]:
    """Every label table, by group (``types``, ``subtypes``, ``phases``, ``roles``, ``ui``...)."""
    data: dict[str, Any] = json.loads(resources.files(__package__).joinpath("labels.json").read_text("utf-8"))
    return {group: table for group, table in data.items() if not group.startswith("_")}


def label(group: str, key: str | None, default: str | None = None) -> str | None:
    """The Arabic label of ``key`` in ``group``; ``default`` when there is none."""
    if key is None:
        return default
    return labels()[group].get(key, default)


@functools.cache
def _templates() -> tuple[tuple[re.Pattern[str], str], ...]:
    found = []
    for key, text in labels()["warnings"].items():
        pattern = re.escape(key)
        for name in re.findall(r"\\\{(\w+)\\\}", pattern):
            pattern = pattern.replace(rf"\{{{name}\}}", rf"(?P<{name}>[^ ]+)")
        found.append((re.compile(pattern), text))
    return tuple(found)


def warning_label(warning: str) -> str:
    """A warning of the engine in Arabic (``{name}`` parts carried over); as it is when unknown."""
    for pattern, text in _templates():
        match = pattern.fullmatch(warning)
        if match:
            return text.format(**match.groupdict())
    return warning
