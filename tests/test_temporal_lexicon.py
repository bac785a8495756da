"""The temporal language data: every file has a JSON schema that rejects unknown keys, and the
engine holds no Arabic words (only rule examples and docstrings are Arabic)."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "timeline" / "lexicon" / "temporal"
SCHEMAS = DATA / "schema"
ENGINE = ROOT / "timeline" / "temporal"
ARABIC = re.compile("[\u0600-\u06ff]")
FILES = sorted(p.stem for p in DATA.glob("*.json"))


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


DIALECTS = sorted(p.stem for p in (DATA / "dialects").glob("*.json"))


def test_every_data_file_has_a_schema_and_every_schema_a_file():
    # dialect: the overlays' one schema; user_*: a user lexicon's time sections (timeline.user_lexicon)
    from timeline.user_lexicon import TEMPORAL_SECTIONS

    users = [f"user_{section}" for section in TEMPORAL_SECTIONS]
    assert FILES and sorted([*FILES, "dialect", *users]) == sorted(p.name.removesuffix(".schema.json")
                                                                  for p in SCHEMAS.glob("*.schema.json"))


@pytest.mark.parametrize("name", DIALECTS)
def test_dialect_overlay_matches_the_schema(name):
    validator = jsonschema.Draft202012Validator(_load(SCHEMAS / "dialect.schema.json"))
    data = _load(DATA / "dialects" / f"{name}.json")
    assert not [e.message for e in validator.iter_errors(data)]
    assert not validator.is_valid({**data, "unknown_key": {}})
    assert not validator.is_valid({**data, "direction": {"الجاي": "sideways"}})


@pytest.mark.parametrize("name", FILES)
def test_data_file_matches_its_schema(name):
    schema = _load(SCHEMAS / f"{name}.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = [f"{list(e.path)}: {e.message}"
              for e in jsonschema.Draft202012Validator(schema).iter_errors(_load(DATA / f"{name}.json"))]
    assert not errors, errors


@pytest.mark.parametrize("name", FILES)
def test_schema_rejects_an_unknown_key(name):
    schema = _load(SCHEMAS / f"{name}.schema.json")
    data = _load(DATA / f"{name}.json")
    validator = jsonschema.Draft202012Validator(schema)
    assert not validator.is_valid({**data, "unknown_key": []})
    # and inside records with fixed keys (a holiday, a part of day, a naming system): a
    # misspelt key is an error, while maps from words take any word
    for key, value in data.items():
        if not isinstance(value, dict) or not value:
            continue
        if not any(ARABIC.search(k) for k in value):
            assert not validator.is_valid({**data, key: {**value, "unknown_key": {}}}), f"{name}.{key}"
        first, inner = next(iter(value.items()))
        if isinstance(inner, dict) and inner and not any(ARABIC.search(k) for k in inner):
            broken = {**data, key: {**value, first: {**inner, "unknown_key": 1}}}
            assert not validator.is_valid(broken), f"{name}.{key}.{first} accepts unknown keys"


def _arabic_literals(path: Path) -> list[str]:
    """Arabic string literals of a module that are neither docstrings nor rule examples."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
            skip.add(id(body[0].value))
        if isinstance(node, ast.keyword) and node.arg == "examples":
            skip.update(id(n) for n in ast.walk(node.value))
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and id(n) not in skip and ARABIC.search(n.value)]


@pytest.mark.parametrize("path", sorted(ENGINE.rglob("*.py")), ids=lambda p: str(p.relative_to(ENGINE)))
def test_engine_code_holds_no_arabic_words(path):
    assert not _arabic_literals(path)
