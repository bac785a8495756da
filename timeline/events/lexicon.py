"""Event language data (``timeline/lexicon/events/*.json``) compiled into one token trie.

Every entry (trigger form, actor name, place name, cue phrase) becomes a path of folded
word tokens in a single trie (:mod:`timeline.events.trie`), so one left-to-right pass over
an article's tokens finds all of them.  Payloads say what was found; proclitics are handled
at match time.  How words inflect is in :mod:`timeline.events.inflection`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from ..arabic import fold
from ..document.segment import CLITICS
from .gazetteer import Gazetteer, load_gazetteer
from .inflection import ARTICLE, INFLECTION, NISBA, ORTHOGRAPHY, Nisba, Orthography, is_nisba, read_data
from .inflection import ARTICLE_WRITTEN as _ARTICLE
from .inflection import adjective_forms as _adjective_forms
from .inflection import ya_final as _ya_final
from .trie import DEFAULT_CLITICS, END, WILD, Hit, TrieBuilder, clitics_of, freeze_trie
from .trie import freeze as _freeze
from .trie import inflect as _inflect
from .trie import words_of as _words

__all__ = [
    "ARTICLE", "DEFAULT_CLITICS", "END", "LEXICON", "NISBA", "ORTHOGRAPHY", "WILD", "Hit", "Lexicon", "Nisba",
    "Orthography", "clitics_of", "display_name", "is_nisba", "place_name", "read_lexicon",
]

_INFLECTION = INFLECTION


def read_lexicon(name: str) -> dict[str, Any]:
    """One file of ``timeline/lexicon/events/``, parsed."""
    return _read(name)


def _read(name: str) -> dict[str, Any]:
    return read_data(name)


def _expand(template: str, country: Mapping[str, Any]) -> list[str]:
    if "{adj}" in template:
        return [template.replace("{adj}", a) for adj in country["adjectives"]
                for a in _adjective_forms(adj, definite=True)]
    if "{name}" in template:
        return [template.replace("{name}", name) for name in country["names"]]
    return [template]


@attrs.frozen(repr=False)
class Lexicon:
    """The compiled event lexicon: the token trie plus lookup tables."""

    trie: Mapping[str, Any]
    depth: int
    #: person key -> tuple of (role key, first year, last year or None)
    roles: Mapping[str, tuple[tuple[str, int, int | None], ...]]
    #: place key -> the key of the region it lies in (or None)
    place_parent: Mapping[str, str | None]
    #: cue class -> True, for the classes present
    cue_classes: frozenset[str]
    quote_pairs: tuple[tuple[str, str], ...]
    #: actor key -> canonical Arabic display name
    names: Mapping[str, str] = MappingProxyType({})
    #: place key -> canonical Arabic display name
    place_names: Mapping[str, str] = MappingProxyType({})
    #: cue class -> its one-word forms, folded (for word-by-word tests)
    cue_words: Mapping[str, frozenset[str]] = MappingProxyType({})
    #: keys of the countries
    countries: frozenset[str] = frozenset()
    #: country key -> its nisba adjective, masculine, without the article ("روسي")
    adjectives: Mapping[str, str] = MappingProxyType({})
    #: folded name words the lexicon writes with a final ي (a nisba): written with ى in a text
    #: that keeps ي and ى apart they are another word ("اليمنى" = "right", not "Yemeni")
    ya_final: frozenset[str] = frozenset()
    #: the time words to tag with (a :class:`timeline.temporal.vocabulary.Vocabulary`): ``None``
    #: for the package's; a user lexicon's month spellings make another
    temporal: Any = None
    #: domain name -> its detection rule (``triggers.json`` "domains": cue class, minimum,
    #: rival class and ratio): what an article is about (sport, markets ...)
    domains: Mapping[str, Mapping[str, Any]] = MappingProxyType({})
    #: the last word of a listed person's full name -> that person, for the words only one
    #: person ends a name with ("نعيم قاسم": "قاسم" -> naim_qassem; the package's persons and a
    #: user's); ``nisba_family_names``: only those that are a definite nisba ("السوداني")
    family_names: Mapping[str, str] = MappingProxyType({})
    nisba_family_names: Mapping[str, str] = MappingProxyType({})
    #: a state body's words without the state's adjective (folded, joined by "_") -> its office
    #: ("وزاره_الخارجيه" -> "mfa", from "وزارة الخارجية الأردنية", ``jordan:mfa``), for the words
    #: that name bodies of one kind only
    state_offices: Mapping[str, str] = MappingProxyType({})

    def __repr__(self) -> str:
        # The trie runs to tens of megabytes as text; signatures and error messages show this.
        return (f"<Lexicon: {len(self.names)} actors, {len(self.place_names)} places, "
                f"{len(self.trie)} first words, depth {self.depth}>")

    def roles_at(self, key: str, year: int | None) -> frozenset[str]:
        """Role keys the person ``key`` held in ``year`` (all roles when the year is unknown)."""
        return frozenset(role for role, first, last in self.roles.get(key, ())
                         if year is None or (first <= year and (last is None or year <= last)))

    def place_within(self, inner: str, outer: str) -> bool:
        """Whether place ``inner`` is ``outer`` or lies (transitively) inside it."""
        seen = set()
        while inner is not None and inner not in seen:
            if inner == outer:
                return True
            seen.add(inner)
            inner = self.place_parent.get(inner)
        return False


def _display(templates: list[str], country: Mapping[str, Any]) -> str:
    """An office or state body named for one country: "وزير الخارجية الروسي"، "حكومة مالي"."""
    adjectives = country.get("adjectives") or []
    if adjectives:
        words = adjectives[0].split()  # each word of a nisba of two agrees ("الكورية الجنوبية")
        adj = " ".join(_ARTICLE + w for w in words)
        adj_f = " ".join(_ARTICLE + w + _INFLECTION["feminine"] for w in words)
        # (a title named with the state's name even where it has a nisba: "أمير الكويت")
        return templates[0].replace("{adj_f}", adj_f).replace("{adj}", adj).replace("{name}", country["name"])
    return templates[1].replace("{name}", country["name"])


def _with_gazetteer(local: Iterable[Mapping[str, Any]], generated: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The gazetteer's entries (``timeline/lexicon/gazetteer``, :func:`load_gazetteer`) plus the
    local ones (this lexicon's files) for keys the gazetteer lacks; a form already taken by
    an earlier entry is not added again for a later one (the earlier key keeps it)."""
    out = list(generated)
    keys = {e["key"] for e in out}
    out += [e for e in local if e["key"] not in keys]
    return out


def _gazetteer_persons(g: Gazetteer) -> list[dict[str, Any]]:
    return [{"key": p.key, "name": p.name, "forms": list(p.forms), "roles": [list(r) for r in p.roles]}
            for p in g.persons.values()]


def _gazetteer_countries(g: Gazetteer) -> list[dict[str, Any]]:
    return [{"key": c.key, "name": c.name, "names": list(c.names), "adjectives": list(c.adjectives),
             "demonyms": list(c.demonyms), "metonyms": list(c.metonyms), "ambiguous": sorted(c.ambiguous)}
            for c in g.countries.values()]


def _gazetteer_places(g: Gazetteer) -> list[dict[str, Any]]:
    """The generated places ``gazetteer_use.json`` selects (and every place they lie in)."""
    use = _read("gazetteer_use.json")
    everywhere = set(use["all_places_in"])
    keep = {p.key for p in g.places.values()
            if p.country in everywhere or (p.population or 0) >= use["min_population"] or p.kind not in ("town", "city")}
    for key in list(keep):
        parent = g.places[key].parent
        while parent is not None and parent in g.places and parent not in keep:
            keep.add(parent)
            parent = g.places[parent].parent
    return [{"key": p.key, "name": p.name, "kind": p.kind, "in": p.parent, "forms": list(p.forms),
             "ambiguous": sorted(p.ambiguous)} for p in g.places.values() if p.key in keep]


def _named_constraints(entry: dict[str, Any], n: int, classes: dict[str, list[str]]) -> dict[str, Any]:
    """``entry`` with the inline ``forms`` of its ``require``/``forbid`` constraints turned into
    cue classes of their own (named ``~sense:<entry>:<i>``, added to ``classes``)."""
    out = dict(entry)
    for key in ("require", "forbid", "require_any", "becomes"):
        named = []
        for i, constraint in enumerate(entry.get(key, ())):
            c = dict(constraint)
            if "forms" in c:
                name = f"~sense:{n}:{key}:{i}"
                classes[name] = list(c.pop("forms"))
                c["cue"] = name
            named.append(c)
        if named:
            out[key] = named
    return out


def _last_words(persons: Mapping[str, tuple[str, ...]], nisba: bool, links: frozenset[str]) -> dict[str, str]:
    found: dict[str, set[str]] = {}
    for key, forms in persons.items():
        for form in forms:
            words = form.split()
            # (not a father's name after a link: "يوسف بن علوي بن عبدالله")
            if len(words) > 1 and fold(words[-2]) not in links and (not nisba or (words[-1].startswith(CLITICS.article) and is_nisba(words[-1]))):
                found.setdefault(fold(words[-1]), set()).add(key)
    return {w: next(iter(keys)) for w, keys in found.items() if len(keys) == 1}


def _state_offices(names: Mapping[str, str]) -> dict[str, str]:
    seen: dict[str, set[str]] = {}
    for key, name in names.items():
        state, _, office = key.partition(":")
        words = name.split()
        if office and not office.startswith("~") and state in names and len(words) > 1:
            seen.setdefault("_".join(fold(w) for w in words[:-1]), set()).add(office)
    return {w: next(iter(o)) for w, o in seen.items() if len(o) == 1}


def _load(read: Callable[[str], dict[str, Any]] = _read, gazetteer: Gazetteer | None = None) -> Lexicon:
    """Compile the lexicon from the data ``read(file name)`` returns and ``gazetteer`` (the
    package's by default; :mod:`timeline.user_lexicon` passes them with a user's files merged in)."""
    builder = TrieBuilder()
    triggers = read("triggers.json")
    classes = triggers["suffix_classes"]
    sense_forms: dict[str, list[str]] = {}
    for n, entry in enumerate(triggers["entries"]):
        entry = _named_constraints(entry, n, sense_forms)
        pos = entry.get("pos", "noun")
        hit = Hit("trigger", _freeze(entry), pos, ("trigger", n), clitics_of("trigger", entry, pos))
        for form in entry["forms"]:
            for words in _inflect(_words(form), classes[entry.get("suffixes", "none")]):
                builder.add(words, hit)

    ya_words: set[str] = set()
    actors = read("actors.json")
    gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
    roles: dict[str, tuple[tuple[str, int, int | None], ...]] = {}
    names: dict[str, str] = {}
    person_forms: dict[str, tuple[str, ...]] = {}
    for person in _with_gazetteer(actors["persons"], _gazetteer_persons(gazetteer)):
        names[person["key"]] = person["name"]
        person_forms[person["key"]] = tuple(person["forms"])
        data = {"key": person["key"], "kind": "person"}
        hit = Hit("actor", _freeze(data), "noun", ("person", person["key"]), clitics_of("actor", person))
        for form in person["forms"]:
            builder.add(_words(form), hit)
        roles[person["key"]] = tuple((r, int(a), None if b is None else int(b)) for r, a, b in person["roles"])
    countries = _with_gazetteer(actors["countries"], _gazetteer_countries(gazetteer))
    for country in countries:
        key = country["key"]
        names[key] = country["name"]
        data = _freeze({"key": key, "kind": "country", "country": key})
        clitics = clitics_of("actor", country)
        hit = Hit("actor", data, "noun", ("country", key), clitics)
        attributive = Hit("actor", data, "noun", ("country", key, "attributive"), clitics, "attributive")
        locative = Hit("actor", data, "noun", ("country", key, "locative"), clitics, "locative")
        ambiguous = {fold(f) for f in country.get("ambiguous", ())}
        forms = list(country["names"]) + list(country["demonyms"]) + list(country["metonyms"])
        for form in forms:
            builder.add(_words(form), locative if fold(form) in ambiguous else hit)
            ya_words.update(_ya_final(form))
        for form in (f for adj in country["adjectives"] for f in _adjective_forms(adj, definite=True)):
            # an adjective that is also a common word ("اليمنى") needs a noun before it
            builder.add(_words(form), attributive if fold(form) in ambiguous else hit)
            ya_words.update(_ya_final(form))
        for form in (f for adj in country["adjectives"] for f in _adjective_forms(adj, definite=False)):
            builder.add(_words(form), attributive)
    for office in actors["offices"]:
        allowed = office.get("countries")
        for country in countries:
            if allowed and country["key"] not in allowed:
                continue
            if office["office"] == "counterpart":
                data = {"key": country["key"], "kind": "counterpart", "country": country["key"]}
            else:
                data = {"key": f"{country['key']}:{office['office']}", "kind": "role",
                        "country": country["key"], "office": office["office"]}
                names[data["key"]] = _display(office["names"], country)
            hit = Hit("actor", _freeze(data), "noun", ("office", data["key"], data["kind"]), clitics_of("actor", office))
            for template in office["forms"]:
                for form in _expand(template, country):
                    builder.add(_words(form), hit)
    for org in actors["country_orgs"]:
        for country in countries:
            data = {"key": f"{country['key']}:{org['suffix']}", "kind": org["kind"], "country": country["key"]}
            names[data["key"]] = _display(org["names"], country)
            hit = Hit("actor", _freeze(data), "noun", ("org", data["key"]), clitics_of("actor", org))
            for template in org["forms"]:
                for form in _expand(template, country):
                    builder.add(_words(form), hit)
    for org in actors["organizations"]:
        names[org["key"]] = org["name"]
        hit = Hit("actor", _freeze({"key": org["key"], "kind": org["kind"]}), "noun", ("org", org["key"]),
                  clitics_of("actor", org))
        for form in org["forms"]:
            builder.add(_words(form), hit)

    parents: dict[str, str | None] = {}
    places = read("places.json")
    for key, cls in (("place_heads", "place_head"), ("definite_place_heads", "definite_place_head")):
        for head in places.get(key, ()):
            builder.add(_words(head), Hit("cue", _freeze({"class": cls}), "noun", ("cue", cls),
                                          DEFAULT_CLITICS[("cue", "noun")]))
    place_names: dict[str, str] = {}
    for place in _with_gazetteer(places["places"], _gazetteer_places(gazetteer)):
        parents[place["key"]] = place["in"]
        place_names[place["key"]] = place["name"]
        data = _freeze({"key": place["key"], "kind": place["kind"]})
        hit = Hit("place", data, "noun", ("place", place["key"]), clitics_of("place", place))
        locative = Hit("place", data, "noun", ("place", place["key"], "locative"), clitics_of("place", place),
                       "locative")
        ambiguous = {fold(f) for f in place.get("ambiguous", ())}
        for form in place["forms"]:
            builder.add(_words(form), locative if fold(form) in ambiguous else hit)
            ya_words.update(_ya_final(form))

    cues = read("cues.json")
    cue_classes = set()
    cue_words: dict[str, frozenset[str]] = {}
    for name, forms in list(cues.items()) + list(sense_forms.items()):
        if name.startswith("_") or name == "quote_pairs":
            continue
        cue_classes.add(name)
        cue_words[name] = frozenset(w[0] for w in map(_words, forms) if len(w) == 1)
        hit = Hit("cue", _freeze({"class": name}), "noun", ("cue", name), DEFAULT_CLITICS[("cue", "noun")])
        for form in forms:
            builder.add(_words(form), hit)

    # references to an event already named (timeline.events.references): word classes, and
    # nouns whose hit carries the types they may name
    refs = read("references.json")
    for name in ("demonstratives", "frames", "background"):
        cue_classes.add(f"ref_{name}")
        cue_words[f"ref_{name}"] = frozenset(w[0] for w in map(_words, refs[name]) if len(w) == 1)
        hit = Hit("cue", _freeze({"class": f"ref_{name}"}), "noun", ("cue", f"ref_{name}"), DEFAULT_CLITICS[("cue", "noun")])
        for form in refs[name]:
            builder.add(_words(form), hit)
    # words of time order among the background words: a word class only (no cue of its own)
    cue_classes.add("ref_sequence")
    cue_words["ref_sequence"] = frozenset(w[0] for w in map(_words, refs["sequence"]) if len(w) == 1)
    # frames of issuing among the frames (refs4): a word class only, read for what they issue later
    cue_classes.add("ref_issuing")
    cue_words["ref_issuing"] = frozenset(w[0] for w in map(_words, refs.get("issuing", ())) if len(w) == 1)
    # verbs of commenting whose object after على names the act told (refs5): a word class only
    cue_classes.add("ref_commenting")
    cue_words["ref_commenting"] = frozenset(w[0] for w in map(_words, refs.get("commenting", ())) if len(w) == 1)
    # verbs of coming whose subject, opening a sentence, names the act told before (refs5)
    cue_classes.add("ref_coming")
    cue_words["ref_coming"] = frozenset(w[0] for w in map(_words, refs.get("coming", ())) if len(w) == 1)
    cue_classes.add("ref_noun")
    for n, noun in enumerate(refs["nouns"]):
        data = {"class": "ref_noun", "types": noun["types"], "subtypes": noun.get("subtypes", []),
                "framed": bool(noun.get("framed")), "unless_next": [_words(w)[0] for w in noun["unless_next"]]}
        hit = Hit("cue", _freeze(data), "noun", ("cue", "ref_noun", n), DEFAULT_CLITICS[("cue", "noun")])
        for form in noun["forms"]:
            builder.add(_words(form), hit)

    trie = freeze_trie(builder.root)
    links = frozenset(fold(w) for w in read("bodies.json")["name_links"])
    return Lexicon(
        trie=trie,
        depth=builder.depth,
        roles=MappingProxyType(roles),
        place_parent=MappingProxyType(parents),
        cue_classes=frozenset(cue_classes),
        quote_pairs=tuple((a, b) for a, b in cues["quote_pairs"]),
        names=MappingProxyType(names),
        family_names=MappingProxyType(_last_words(person_forms, False, links)),
        nisba_family_names=MappingProxyType(_last_words(person_forms, True, links)),
        state_offices=MappingProxyType(_state_offices(names)),
        place_names=MappingProxyType(place_names),
        cue_words=MappingProxyType(cue_words),
        ya_final=frozenset(ya_words),
        countries=frozenset(c["key"] for c in countries),
        adjectives=MappingProxyType({c["key"]: c["adjectives"][0] for c in countries if c.get("adjectives")}),
        domains=MappingProxyType({k: _freeze(v) for k, v in triggers.get("domains", {}).items()
                                  if not k.startswith("_")}),
    )


#: The lexicon, built once at import (read-only afterwards).
LEXICON = _load()


def display_name(key: str) -> str:
    """The canonical Arabic name of an actor key ("lavrov" -> "سيرغي لافروف",
    "armenia:foreign_minister" -> "وزير الخارجية الأرميني"); an unknown key is returned as is."""
    return LEXICON.names.get(key, key)


def place_name(key: str) -> str:
    """The canonical Arabic name of a place key ("nagorno_karabakh" -> "ناغورني قره باغ"); a place
    outside the gazetteer is keyed by its own (folded) word, returned as is."""
    return LEXICON.place_names.get(key, key)
