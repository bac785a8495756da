"""Your own language data at run time: actors, places, triggers and cue words in a JSON file
of your own, merged into the package's event lexicon without touching the installed files.

A user lexicon file holds sections named after the package's files
(``timeline/lexicon/events/<section>.json``), each a part of that file in the same shape::

    {
      "actors": {"organizations": [{"key": "liwa_al_fajr", "name": "لواء الفجر", "kind": "group",
                                    "forms": ["لواء الفجر"]}]},
      "places": {"places": [{"key": "tell_qasr", "name": "تل القصر", "kind": "village", "in": "syria",
                             "forms": ["تل القصر"]}]},
      "triggers": {"entries": [...]},
      "cues": {"locative": ["..."]},
      "months": {"gregorian": {"جانفييه": 1}, "hijri": {"رجب الأصب": 7}},
      "weekdays": {"الحد": 6},
      "numbers": {"cardinal": {"خمستاش": 15}, "ordinal": {"الخمستاش": 15}}
    }

``months`` gives month spellings the time tagger reads besides the package's
(:func:`timeline.temporal.vocabulary.with_months`; ``context`` lists those that are month names
only next to a day, a year or the word for month); ``weekdays`` weekday names (ISO, Monday 0)
and ``numbers`` cardinal and ordinal number words (:func:`timeline.temporal.vocabulary.with_words`).  Entries with a ``key`` (persons, countries, organizations, places) replace the package's entry
with that key (the gazetteer's too), or are added; other list entries (triggers, offices, cue words) are added.
Each section is checked against the schema of its file (``lexicon/events/schema``; the
``jsonschema`` package): an error names the file, the key path and the line
(:class:`LexiconError`).  Several files apply in order.

The compiled lexicon is a value passed down (``timeline.build(..., lexicon=...)``,
``timeline build --lexicon FILE``): nothing global changes, and two timelines built with
different files in one process do not see each other's data.
"""

from __future__ import annotations

import copy
import functools
import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from json.decoder import scanstring
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

from .events.gazetteer import Gazetteer, load_gazetteer
from .events.lexicon import Lexicon, _load, _read

__all__ = ["SECTIONS", "LexiconError", "as_lexicon", "load_lexicon", "merge_data", "read_user_lexicon"]

#: The sections a user lexicon file may have: the event lexicon's files, and month spellings.
SECTIONS = ("actors", "places", "triggers", "cues", "months", "weekdays", "numbers")
#: The sections read by the time tagger (the others by the event stages).
TEMPORAL_SECTIONS = ("months", "weekdays", "numbers")
#: Where each section's schema is: (folder under ``timeline/lexicon``, file name).
_SCHEMAS = {section: ("temporal", f"user_{section}.schema.json") for section in TEMPORAL_SECTIONS}
_WS = re.compile(r"[ \t\n\r]*")


class LexiconError(ValueError):
    """A user lexicon file that cannot be used: which file, which key, which line, and why."""

    def __init__(self, file: str, path: Sequence[Any], line: int | None, message: str):
        self.file, self.path, self.line, self.message = file, tuple(path), line, message
        where = [file] + ([f"line {line}"] if line is not None else [])
        key = "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else str(p)) for i, p in enumerate(path))
        super().__init__(f"{': '.join(where)}: {key + ': ' if key else ''}{message}")


def _positions(text: str) -> dict[tuple[Any, ...], int]:
    """Where each value of a JSON document starts (a member: where its key starts), by path."""
    found: dict[tuple[Any, ...], int] = {}
    decoder = json.JSONDecoder()

    def value(i: int, path: tuple[Any, ...]) -> int:
        i = _WS.match(text, i).end()
        found.setdefault(path, i)
        if text[i] == "{":
            i = _WS.match(text, i + 1).end()
            if text[i] == "}":
                return i + 1
            while True:
                i = _WS.match(text, i).end()
                start = i
                key, i = scanstring(text, i + 1)
                found[path + (key,)] = start
                i = _WS.match(text, i).end() + 1  # the colon
                i = _WS.match(text, value(i, path + (key,))).end()
                if text[i] == "}":
                    return i + 1
                i += 1  # the comma
        if text[i] == "[":
            i = _WS.match(text, i + 1).end()
            if text[i] == "]":
                return i + 1
            n = 0
            while True:
                i = _WS.match(text, value(i, path + (n,))).end()
                n += 1
                if text[i] == "]":
                    return i + 1
                i += 1
        return decoder.raw_decode(text, i)[1]

    value(0, ())
    return found


def _line(text: str, positions: Mapping[tuple[Any, ...], int], path: Sequence[Any]) -> int | None:
    path = tuple(path)
    while path not in positions and path:
        path = path[:-1]
    at = positions.get(path)
    return None if at is None else text.count("\n", 0, at) + 1


@functools.cache
def _schema(section: str) -> dict[str, Any]:
    folder, name = _SCHEMAS.get(section, ("events", f"{section}.schema.json"))
    raw = resources.files("timeline").joinpath("lexicon", folder, "schema", name)
    schema = json.loads(raw.read_text("utf-8"))
    schema.pop("required", None)  # a user file holds a part of the section
    return schema


def _check(section: str, data: Any, file: str, text: str, positions: Mapping[tuple[Any, ...], int]) -> None:
    try:
        import jsonschema
    except ImportError:
        raise LexiconError(file, (section,), None, "checking a lexicon file needs jsonschema: "
                           "pip install 'timeline[lexicon]'") from None
    validator = jsonschema.Draft202012Validator(_schema(section))
    errors = sorted(validator.iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    if not errors:
        return
    error = errors[0]
    path = (section, *error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = set(error.schema.get("properties", {}))
        extra = sorted(k for k in error.instance if k not in known and not k.startswith("_"))
        if extra:
            path = (*path, extra[0])
            error_message = f"unknown key {extra[0]!r} (known: {', '.join(sorted(known - {'_doc'}))})"
            raise LexiconError(file, path, _line(text, positions, path), error_message)
    raise LexiconError(file, path, _line(text, positions, path), error.message)


def read_user_lexicon(source: str | os.PathLike | Mapping[str, Any]) -> dict[str, Any]:
    """A user lexicon file (a path, or its data as a mapping), parsed and checked section by
    section.  Raises :class:`LexiconError`."""
    if isinstance(source, Mapping):
        text = json.dumps(source, ensure_ascii=False, indent=1)
        file = "<lexicon data>"
    else:
        file = os.fspath(source)
        try:
            text = Path(file).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise LexiconError(file, (), None, f"cannot read: {getattr(error, 'strerror', None) or error}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise LexiconError(file, (), error.lineno, f"malformed JSON: {error.msg} (column {error.colno})") from None
    positions = _positions(text)
    if not isinstance(data, dict):
        raise LexiconError(file, (), 1, "expected an object with sections " + ", ".join(SECTIONS))
    for section, part in data.items():
        if section.startswith("_"):
            continue
        if section not in SECTIONS:
            raise LexiconError(file, (section,), _line(text, positions, (section,)),
                               f"unknown section (known: {', '.join(SECTIONS)})")
        _check(section, part, file, text, positions)
    return {k: v for k, v in data.items() if not k.startswith("_")}


def merge_data(base: Mapping[str, Any], part: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` (one lexicon file's data) with ``part`` (a user's section) merged in: entries
    with a ``key`` replace the same key or are added, other list items are added, mappings
    are merged."""
    out = copy.deepcopy(dict(base))
    for name, value in part.items():
        if name.startswith("_"):
            continue
        current = out.get(name)
        if isinstance(value, list) and isinstance(current, list):
            keyed = {e["key"]: i for i, e in enumerate(current) if isinstance(e, dict) and "key" in e}
            for entry in value:
                if isinstance(entry, dict) and entry.get("key") in keyed:
                    current[keyed[entry["key"]]] = copy.deepcopy(entry)
                elif entry not in current:
                    current.append(copy.deepcopy(entry))
        elif isinstance(value, dict) and isinstance(current, dict):
            current.update(copy.deepcopy(value))
        else:
            out[name] = copy.deepcopy(value)
    return out


@functools.lru_cache(maxsize=8)
def _compiled(sources: tuple[tuple[str, float, int], ...]) -> Lexicon:
    return _compile([read_user_lexicon(path) for path, _, _ in sources])


def _compile(users: Iterable[Mapping[str, Any]]) -> Lexicon:
    users = list(users)

    def read(name: str) -> dict[str, Any]:
        data = _read(name)
        section = name.removesuffix(".json")
        for user in users:
            if section in user:
                data = merge_data(data, user[section])
        return data

    lexicon = _load(read, _without(load_gazetteer(), users))
    words: dict[str, dict[str, Any]] = {section: {} for section in TEMPORAL_SECTIONS}
    for user in users:
        for section, merged in words.items():
            for name, value in user.get(section, {}).items():
                if not name.startswith("_"):
                    merged[name] = [*merged.get(name, []), *value] if isinstance(value, list) else \
                        {**merged.get(name, {}), **value} if isinstance(value, dict) else value
    if not any(words.values()):
        return lexicon
    from .temporal.vocabulary import with_words

    return attrs.evolve(lexicon, temporal=with_words(**words))


def _without(gazetteer: Gazetteer, users: Sequence[Mapping[str, Any]]) -> Gazetteer:
    """The gazetteer less the persons, countries and places a user file gives again (the
    gazetteer's entries otherwise win over the lexicon files' for the same key)."""
    def keys(section: str, part: str) -> set[str]:
        return {e.get("key") for u in users for e in u.get(section, {}).get(part, ()) if isinstance(e, dict)}

    persons, countries, places = keys("actors", "persons"), keys("actors", "countries"), keys("places", "places")
    if not (persons or countries or places):
        return gazetteer

    def kept(table: Mapping[str, Any], drop: set[str]) -> Mapping[str, Any]:
        return MappingProxyType({k: v for k, v in table.items() if k not in drop})

    return attrs.evolve(gazetteer, persons=kept(gazetteer.persons, persons),
                        countries=kept(gazetteer.countries, countries), places=kept(gazetteer.places, places))


def load_lexicon(sources: Iterable[str | os.PathLike | Mapping[str, Any]]) -> Lexicon:
    """The package's event lexicon with the user lexicon ``sources`` (paths or data) merged in,
    in order, compiled.  Raises :class:`LexiconError`.  Files are compiled once per process
    while they stay unchanged."""
    sources = list(sources)
    if all(not isinstance(s, Mapping) for s in sources):
        stamps = []
        for source in sources:
            path = os.fspath(source)
            try:
                stat = os.stat(path)
            except OSError as error:
                raise LexiconError(path, (), None, f"cannot read: {error.strerror or error}") from None
            stamps.append((os.path.abspath(path), stat.st_mtime, stat.st_size))
        return _compiled(tuple(stamps))
    return _compile([read_user_lexicon(s) for s in sources])


def as_lexicon(value: Any) -> Lexicon | None:
    """What ``build(..., lexicon=value)`` takes, compiled: ``None`` (the package's lexicon), a
    compiled :class:`~timeline.events.lexicon.Lexicon`, a path or mapping, or a list of them."""
    if value is None or isinstance(value, Lexicon):
        return value
    if isinstance(value, (str, os.PathLike, Mapping)):
        return load_lexicon([value])
    return load_lexicon(value)
