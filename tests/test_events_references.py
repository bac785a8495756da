"""References back to an event already named in the article (``fixtures/events/references.jsonl``,
the format of ``fixtures/events/extraction.jsonl``): a definite noun, a demonstrative or a
reference word (``lexicon/events/references.json``) is a further mention of the event it names,
never an event of its own; with negatives where the word names nothing, something else, or
either of two events."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from test_events_corpus import cases, check_case

CASES = cases("references.jsonl")
LEXICON_DIR = Path(__file__).resolve().parent.parent / "timeline" / "lexicon" / "events"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_reference_case(case: dict) -> None:
    check_case(case, distinct=False)


def test_references_data_is_valid_and_checked() -> None:
    data = json.loads((LEXICON_DIR / "references.json").read_text("utf-8"))
    schema = json.loads((LEXICON_DIR / "schema" / "references.schema.json").read_text("utf-8"))
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    bad = dict(data, nouns=[dict(data["nouns"][0], type="strike")])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema, cls=jsonschema.Draft202012Validator)
    bad = dict(data, nouns=[dict(data["nouns"][0], types=["attack"])])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema, cls=jsonschema.Draft202012Validator)
