"""The event lexicon: every file valid against its JSON schema (unknown keys rejected), every
class it refers to defined, and word-level matching (``fixtures/events/matching.jsonl``:
a text, the (category, key-or-type) pairs that must or must not match in it)."""

from __future__ import annotations

import ast
import json
import re
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.document import analyse
from timeline.events.lexicon import LEXICON
from timeline.events.match import Text, match_document

FIXTURES = Path(__file__).parent / "fixtures" / "events"
LEXICON_DIR = resources.files("timeline").joinpath("lexicon", "events")
FILES = ("triggers", "actors", "cues", "places", "inflection", "phases", "gazetteer_use", "headlines", "predicates")


def _load(name: str) -> dict:
    return json.loads(LEXICON_DIR.joinpath(name).read_text("utf-8"))


@pytest.mark.parametrize("name", FILES)
def test_lexicon_file_is_valid(name: str) -> None:
    schema = _load(f"schema/{name}.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(_load(f"{name}.json"), schema, cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize("name", ("triggers", "actors", "places"))
def test_schema_rejects_unknown_keys(name: str) -> None:
    data = _load(f"{name}.json")
    schema = _load(f"schema/{name}.schema.json")
    bad = dict(data)
    if name == "triggers":
        bad["entries"] = [dict(data["entries"][0], requries="resolution")]
    elif name == "actors":
        bad["persons"] = [dict(data["persons"][0], nmae="x")]
    else:
        bad["places"] = [dict(data["places"][0], froms=["x"])]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema, cls=jsonschema.Draft202012Validator)


def test_referenced_classes_exist() -> None:
    triggers, cues = _load("triggers.json"), _load("cues.json")
    for entry in triggers["entries"]:
        assert entry.get("suffixes", "none") in triggers["suffix_classes"], entry["forms"][0]
        for key in ("requires", "requires_near", "requires_before"):
            if key in entry:
                assert entry[key] in cues, (entry["forms"][0], entry[key])
        for rule in _load("phases.json")["ceasefire"]:
            assert rule["cue"] in cues, rule
        for constraint in sum((entry.get(k, []) for k in ("require", "forbid", "require_any", "becomes")), []):
            if "cue" in constraint:
                assert constraint["cue"] in cues, (entry["forms"][0], constraint)
            for domain in constraint.get("domain", ()):
                assert domain in triggers["domains"], (entry["forms"][0], domain)
            if "unless" in constraint:
                assert constraint["unless"] in cues, (entry["forms"][0], constraint)
    for name, rule in triggers["domains"].items():
        if not name.startswith("_"):
            assert rule["cue"] in cues and rule.get("against", rule["cue"]) in cues, (name, rule)


def _cases() -> list[dict]:
    lines = (FIXTURES / "matching.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _found(text: str) -> set[tuple[str, str]]:
    out = set()
    for m in match_document(analyse(text)):
        d = m.data
        out.add((m.category, str(d.get("key") or d.get("type") or d.get("class"))))
    return out


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["text"][:20])
def test_word_level_matching(case: dict) -> None:
    found = _found(case["text"])
    for category, key in case.get("expect", []):
        assert (category, key) in found, (case["text"], sorted(found))
    for category, key in case.get("absent", []):
        assert (category, key) not in found, (case["text"], case.get("why"))


_ARABIC = st.text(alphabet=st.sampled_from(list("اأإآبتثجحخدذرزسشصضطظعغفقكلمنهويىةءئؤ ،.«»\n0123456789")),
                  max_size=120)


@given(_ARABIC)
def test_matches_index_the_original_and_never_split_a_word(text: str) -> None:
    doc = analyse(text)
    first = Text(doc, LEXICON).matches
    assert first == Text(analyse(text), LEXICON).matches  # deterministic
    for m in first:
        assert doc.tokens[m.first].start == m.start and doc.tokens[m.last].end == m.end
        assert m.start == 0 or not text[m.start - 1].isalnum()
        assert m.end == len(text) or not text[m.end].isalnum()


_LETTER = re.compile("[\u0621-\u063f\u0641-\u064a]")


def _code_strings(path: Path) -> list[tuple[int, str]]:
    """String constants of a module that are not docstrings."""
    tree = ast.parse(path.read_text("utf-8"))
    docs = {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs]


# gazetteer.py (the gazetteer's loader) is owned and checked by the gazetteer's tests.
_ENGINE = sorted(p for p in (Path(__file__).parent.parent / "timeline" / "events").glob("*.py")
                 if p.name != "gazetteer.py")


@pytest.mark.parametrize("path", _ENGINE, ids=lambda p: p.name)
def test_no_arabic_words_in_engine_code(path: Path) -> None:
    """Every Arabic word the extractor reads comes from the lexicon JSON."""
    found = [(line, value) for line, value in _code_strings(path) if _LETTER.search(value)]
    assert not found, found


def test_the_compiled_lexicon_has_a_short_repr():
    # Signatures that default to the lexicon are rendered by the API docs and in tracebacks.
    from timeline.events.lexicon import LEXICON

    text = repr(LEXICON)
    assert len(text) < 200 and text.startswith("<Lexicon:") and "places" in text
