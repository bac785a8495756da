"""The gazetteer: countries, places and persons, from ``timeline/lexicon/gazetteer/*.json``.

``countries.json`` and ``places.json`` are generated from CLDR and GeoNames by
``python -m timeline.lexicon.build.gazetteer``; ``overrides.json`` holds curated entries
that win over generated ones; ``persons.json`` holds curated persons with their offices.
:func:`load_gazetteer` reads and merges them once and returns frozen values.

Merging an override into the generated entry of the same key: a scalar it gives replaces
the generated one; a list it gives is added in front of the generated list (spellings that
fold alike are kept once); ``remove`` deletes forms from every list, ``safe`` clears the
ambiguity mark of forms, ``drop`` deletes the entry.  An override with a new key is a whole
entry of its own.

Forms are kept as written (for display); :meth:`Country.surface_forms` and
:attr:`Place.folded` give them folded with :func:`timeline.arabic.fold`, as matched.  A form
in ``ambiguous`` is also a common word (صور "pictures", كيف "how"): a matcher takes it as
the place only with a locative context (في، مدينة، قرب ...).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any

import attrs

from ..arabic import fold

#: Files of ``timeline/lexicon/gazetteer/`` (generated ones first; overrides win).
FILES = ("countries.json", "places.json", "overrides.json", "persons.json")
#: Place kinds.
KINDS = ("region", "city", "town", "area", "water", "site")

_COUNTRY_LISTS = ("names", "adjectives", "demonyms", "metonyms", "ambiguous")
_COUNTRY_SCALARS = ("name", "iso", "capital")
_PLACE_LISTS = ("forms", "ambiguous")
_PLACE_SCALARS = ("name", "kind", "in", "lat", "lon", "population", "geonames")


def adjective_inflections(adjective: str) -> tuple[str, ...]:
    """A nisba adjective given by its masculine base ("روسي") as it follows a noun: definite
    and indefinite, feminine, accusative, plural and dual (as written)."""
    words = adjective.split()  # each word of a nisba of two agrees ("كوري جنوبي": "الكورية الجنوبية")
    return tuple(" ".join(p.format(b) for b in words)
                 for p in ("ال{}", "ال{}ة", "{}", "{}ة", "{}ا", "ال{}ين", "ال{}ان"))


def adjective_forms(adjective: str) -> tuple[str, ...]:
    """:func:`adjective_inflections`, folded."""
    return tuple(fold(f) for f in adjective_inflections(adjective))


def unique(forms: Iterable[str]) -> tuple[str, ...]:
    """``forms`` in order, each spelling kept once per folded form (the first one wins)."""
    seen: dict[str, str] = {}
    for form in forms:
        seen.setdefault(fold(form), form)
    return tuple(seen.values())


@attrs.frozen
class Country:
    """A country or territory (or a state-like authority) that can act in the news."""

    key: str
    name: str
    iso: str | None = None
    names: tuple[str, ...] = ()
    #: nisba adjectives, masculine base without the article ("روسي")
    adjectives: tuple[str, ...] = ()
    #: plural demonyms ("الروس"، "الفرنسيون")
    demonyms: tuple[str, ...] = ()
    #: places and buildings that stand for the state ("موسكو"، "الكرملين")
    metonyms: tuple[str, ...] = ()
    #: key of the capital in the places
    capital: str | None = None
    #: folded surface forms that are also common words or names
    ambiguous: frozenset[str] = frozenset()

    def surface_forms(self) -> tuple[str, ...]:
        """Every folded form that names the country (adjectives inflected), ambiguous ones included."""
        forms = [fold(f) for f in (*self.names, *self.demonyms, *self.metonyms)]
        forms += [f for adj in self.adjectives for f in adjective_forms(adj)]
        return tuple(dict.fromkeys(forms))

    def needs_context(self, form: str) -> bool:
        """Whether ``form`` names this country only in a context that says so."""
        return fold(form) in self.ambiguous


@attrs.frozen
class Place:
    """A place an event can happen in: a region, city, town, area, sea or site."""

    key: str
    name: str
    kind: str
    #: the key of the place or country it lies in
    parent: str | None = None
    #: the key of the country it lies in (through its parents), if any
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    geonames: int | None = None
    forms: tuple[str, ...] = ()
    #: folded forms that are also common words: they need a locative context
    ambiguous: frozenset[str] = frozenset()

    @property
    def folded(self) -> tuple[str, ...]:
        """The forms folded, as matched."""
        return tuple(dict.fromkeys(fold(f) for f in self.forms))

    def needs_context(self, form: str) -> bool:
        """Whether ``form`` names this place only after a locative word (في، مدينة، قرب ...)."""
        return fold(form) in self.ambiguous


@attrs.frozen
class Person:
    """A curated person: spellings and the offices held (``country:office``, first year, last year)."""

    key: str
    name: str
    forms: tuple[str, ...] = ()
    roles: tuple[tuple[str, int, int | None], ...] = ()

    def roles_at(self, year: int) -> frozenset[str]:
        """The role keys held in ``year``."""
        return frozenset(r for r, first, last in self.roles if first <= year and (last is None or year <= last))


@attrs.frozen
class Gazetteer:
    """Countries, places and persons by key (read-only mappings)."""

    countries: Mapping[str, Country]
    places: Mapping[str, Place]
    persons: Mapping[str, Person]

    def within(self, inner: str, outer: str) -> bool:
        """Whether place ``inner`` is ``outer`` or lies (transitively) inside it."""
        seen: set[str] = set()
        key: str | None = inner
        while key is not None and key not in seen:
            if key == outer:
                return True
            seen.add(key)
            place = self.places.get(key)
            key = place.parent if place is not None else None
        return False


def merge_entry(generated: Mapping[str, Any] | None, override: Mapping[str, Any],
                lists: Iterable[str]) -> dict[str, Any] | None:
    """One entry with its override applied (``None`` when the override drops it)."""
    if override.get("drop"):
        return None
    out = dict(generated or {})
    lists = tuple(lists)
    for field, value in override.items():
        if field in ("remove", "safe", "drop"):
            continue
        out[field] = list(unique([*value, *out.get(field, ())])) if field in lists else value
    removed = {fold(f) for f in override.get("remove", ())}
    safe = {fold(f) for f in override.get("safe", ())} | removed
    for field in lists:
        if field in out:
            out[field] = [f for f in out[field] if fold(f) not in (safe if field == "ambiguous" else removed)]
    return out


def merge(generated: Iterable[Mapping[str, Any]], overrides: Iterable[Mapping[str, Any]],
          lists: Iterable[str]) -> list[dict[str, Any]]:
    """Generated entries with the overrides applied, by key, in key order."""
    entries: dict[str, dict[str, Any] | None] = {e["key"]: dict(e) for e in generated}
    lists = tuple(lists)
    for override in overrides:
        entries[override["key"]] = merge_entry(entries.get(override["key"]), override, lists)
    return [entries[k] for k in sorted(entries) if entries[k] is not None]  # type: ignore[misc]


#: The fewest letters of a name ending in ي that is its own nisba (:func:`_own_nisba`).
OWN_NISBA_LETTERS = 5


def _own_nisba(e: Mapping[str, Any]) -> tuple[str, ...]:
    """The nisba of a one-word country name ending in ي that the generated entry gives none:
    the name itself ("بوروندي": "الحكومة البوروندية"، "تشيلي": "التشيلي"), as Arabic forms it;
    not a shorter name, whose nisba is mostly a common word ("مالي": "المالية" finance), nor a
    name marked ambiguous."""
    name = e["name"]
    folded = fold(name)
    if e.get("adjectives") or " " in name or not folded.endswith("ي") or len(folded) < OWN_NISBA_LETTERS \
            or folded in {fold(f) for f in e.get("ambiguous", ())}:
        return ()
    return (name,)


def _country(e: Mapping[str, Any]) -> Country:
    return Country(key=e["key"], name=e["name"], iso=e.get("iso"), names=unique(e.get("names", ())),
                   adjectives=unique(e.get("adjectives", ()) or _own_nisba(e)), demonyms=unique(e.get("demonyms", ())),
                   metonyms=unique(e.get("metonyms", ())), capital=e.get("capital"),
                   ambiguous=frozenset(fold(f) for f in e.get("ambiguous", ())))


def _country_of(key: str | None, places: Mapping[str, Mapping[str, Any]], countries: Mapping[str, Any]) -> str | None:
    seen: set[str] = set()
    while key is not None and key not in seen:
        if key in countries:
            return key
        seen.add(key)
        key = places[key].get("in") if key in places else None
    return None


def build(countries: Iterable[Mapping[str, Any]], places: Iterable[Mapping[str, Any]],
          overrides: Mapping[str, Any], persons: Iterable[Mapping[str, Any]] = ()) -> Gazetteer:
    """The gazetteer from the parsed files (``countries`` and ``places`` are the generated lists)."""
    cmerged = {e["key"]: e for e in merge(countries, overrides.get("countries", ()), _COUNTRY_LISTS)}
    pmerged = {e["key"]: e for e in merge(places, overrides.get("places", ()), _PLACE_LISTS)}
    out_places = {}
    for key, e in pmerged.items():
        out_places[key] = Place(
            key=key, name=e["name"], kind=e["kind"], parent=e.get("in"),
            country=_country_of(e.get("in"), pmerged, cmerged), lat=e.get("lat"), lon=e.get("lon"),
            population=e.get("population"), geonames=e.get("geonames"), forms=unique(e.get("forms", ())),
            ambiguous=frozenset(fold(f) for f in e.get("ambiguous", ())))
    out_persons = {p["key"]: Person(key=p["key"], name=p["name"], forms=unique(p["forms"]),
                                    roles=tuple((r, int(a), None if b is None else int(b)) for r, a, b in p["roles"]))
                   for p in persons}
    return Gazetteer(countries=MappingProxyType({k: _country(e) for k, e in cmerged.items()}),
                     places=MappingProxyType(out_places), persons=MappingProxyType(out_persons))


def read(name: str) -> Any:
    """One gazetteer file, parsed."""
    text = resources.files("timeline").joinpath("lexicon", "gazetteer", name).read_text("utf-8")
    return json.loads(text)


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The packaged gazetteer, read and merged once (later calls return the same value)."""
    return build(read("countries.json")["countries"], read("places.json")["places"],
                 read("overrides.json"), read("persons.json")["persons"])
