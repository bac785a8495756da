"""Every value the engine can put on a page has an Arabic label in timeline/io/labels.json."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from timeline import model
from timeline.events import dating, extract
from timeline.graph.reports import TIME_CONFLICT
from timeline.io.labels import label, labels, warning_label

LEXICON = Path(model.__file__).parent / "lexicon" / "events"
ARABIC = re.compile("[\u0600-\u06ff]")


def lexicon_subtypes() -> set[str]:
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                if key in ("subtype", "becomes") and isinstance(inner, str):
                    found.add(inner)
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    for path in LEXICON.glob("*.json"):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return found


@pytest.mark.parametrize(("group", "keys"), [
    ("types", model.EVENT_TYPES), ("phases", model.PHASES), ("roles", model.ROLES),
    ("relations", model.RELATION_TYPES), ("dated_by", model.DATED_BY), ("grains", model.GRAINS),
])
def test_every_model_value_has_an_arabic_label(group, keys):
    missing = [k for k in keys if not ARABIC.search(label(group, k) or "")]
    assert not missing, f"no Arabic label in labels.json[{group!r}] for {missing}"


def test_every_subtype_of_the_lexicon_has_an_arabic_label():
    subtypes = lexicon_subtypes()
    assert len(subtypes) > 20
    missing = sorted(s for s in subtypes if not ARABIC.search(label("subtypes", s) or ""))
    assert not missing, f"add Arabic labels to timeline/io/labels.json 'subtypes' for {missing}"


@pytest.mark.parametrize("warning", [
    extract.PLANNED_WARNING, extract.REPORTED_WARNING, model.UNDATED, dating.NO_DCT_WARNING, dating.UNDATED_WARNING.format(days=7),
    TIME_CONFLICT,
])
def test_every_event_warning_reads_in_arabic(warning):
    shown = warning_label(warning)
    assert ARABIC.search(shown) and not re.search("[A-Za-z]{3}", shown)


def test_ui_labels_are_arabic():
    assert all(ARABIC.search(text) for text in labels()["ui"].values())
