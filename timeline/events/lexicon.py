"""Event language data (``timeline/lexicon/events/*.json``) compiled into one token trie.

Every entry (trigger form, actor name, place name, cue phrase) becomes a path of folded
word tokens in a single trie, so one left-to-right pass over an article's tokens finds
all of them.  Payloads say what was found; proclitics are handled at match time.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any

import attrs

from ..arabic import fold
from .gazetteer import Gazetteer, load_gazetteer

#: Wildcard path element: one optional intervening word ("*" in a lexicon form).
WILD = "*"
#: Key under which a trie node keeps the payloads of the paths that end there.
END = ""


@attrs.frozen
class Hit:
    """What a trie path stands for.

    ``category`` is ``"trigger"``, ``"actor"``, ``"place"`` or ``"cue"``; ``data`` holds
    the entry (a read-only mapping); ``pos`` decides which proclitics the first word takes.
    """

    category: str
    data: Mapping[str, Any] = attrs.field(eq=False, hash=False)
    pos: str = "noun"
    ident: tuple[Any, ...] = ()
    #: clitics the first word admits: ``conj`` (و ف), ``prep`` (ب ل ك), ``future`` (س),
    #: ``article`` (ال before a form written without it), ``enc`` (a pronoun suffix)
    clitics: frozenset[str] = frozenset({"conj", "prep"})
    #: a context the match needs: ``attributive`` (an indefinite nisba adjective follows a
    #: noun: "مسؤول روسي", not "قال جورجي"), ``locative`` (an ambiguous name follows a
    #: locative word: "في كيف" but not "كيف عاد")
    context: str | None = None


#: Clitics admitted by default: nouns take the conjunction, a preposition, the article and a
#: possessive; verbs the conjunction, the future particle and an object pronoun; names the
#: conjunction and a preposition only (never a pronoun); cue words like nouns without pronoun.
DEFAULT_CLITICS = MappingProxyType({
    ("trigger", "noun"): frozenset({"conj", "prep", "article", "enc"}),
    ("trigger", "verb"): frozenset({"conj", "future", "enc"}),
    ("actor", "noun"): frozenset({"conj", "prep"}),
    ("place", "noun"): frozenset({"conj", "prep"}),
    ("cue", "noun"): frozenset({"conj", "prep", "article"}),
})


def clitics_of(category: str, entry: Mapping[str, Any], pos: str = "noun") -> frozenset[str]:
    """The clitics an entry admits: its own ``clitics`` list, else the default of its kind."""
    if "clitics" in entry:
        return frozenset(entry["clitics"])
    return DEFAULT_CLITICS[(category, pos)]


def _read_data(name: str) -> dict[str, Any]:
    text = resources.files("timeline").joinpath("lexicon", "events", name).read_text("utf-8")
    return json.loads(text)


_INFLECTION = _read_data("inflection.json")
_ARTICLE = _INFLECTION["article"]
#: The definite article, folded.
ARTICLE = fold(_ARTICLE)


@attrs.frozen
class Nisba:
    """How a nisba adjective ends (folded): ``ya`` its base ending, ``endings`` its inflected
    endings, ``feminine`` the feminine one, unless the letter before it is in ``not_after``
    (a long vowel: "رايه" is no nisba)."""

    ya: str
    endings: tuple[str, ...]
    feminine: str
    not_after: tuple[str, ...]


NISBA = Nisba(fold(_INFLECTION["final_ya"]), tuple(fold(e) for e in _INFLECTION["nisba_endings"]["plain"]),
              fold(_INFLECTION["nisba_endings"]["feminine"]),
              tuple(fold(e) for e in _INFLECTION["nisba_endings"]["feminine_not_after"]))


@attrs.frozen
class Orthography:
    """Written distinctions that folding erases (see ``inflection.json``)."""

    #: last written letter -> folded pronouns a word so written cannot carry
    not_enclitic: Mapping[str, tuple[str, ...]]
    #: the alif maqsura as written
    maqsura: str
    #: (folded ending before a pronoun, folded ending without one)
    before_enclitic: tuple[tuple[str, str], ...]
    #: pronouns that on a noun read as a nisba ending instead ("هجومي")
    nisba_like: tuple[str, ...] = ()


ORTHOGRAPHY = Orthography(
    MappingProxyType({k: tuple(fold(x) for x in v) for k, v in _INFLECTION["written_not_enclitic"].items()}),
    _INFLECTION["maqsura"], tuple((fold(a), fold(b)) for a, b in _INFLECTION["before_enclitic"]),
    tuple(fold(x) for x in _INFLECTION["nisba_like_enclitics"]))


def is_nisba(word: str) -> bool:
    """Whether the folded ``word`` ends like a nisba adjective ("عسكري"، "الإيرانية")."""
    if word.endswith(NISBA.endings):
        return True
    return word.endswith(NISBA.feminine) and word[-len(NISBA.feminine) - 1:-len(NISBA.feminine)] not in NISBA.not_after
_NISBA_DEFINITE = tuple(_INFLECTION["nisba"]["definite"])
_NISBA_INDEFINITE = tuple(_INFLECTION["nisba"]["indefinite"])
_YA = _INFLECTION["final_ya"]


def read_lexicon(name: str) -> dict[str, Any]:
    """One file of ``timeline/lexicon/events/``, parsed."""
    return _read(name)


def _read(name: str) -> dict[str, Any]:
    text = resources.files("timeline").joinpath("lexicon", "events", name).read_text("utf-8")
    return json.loads(text)


@functools.cache
def _words(form: str) -> tuple[str, ...]:
    return tuple(fold(form).split())


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


class _TrieBuilder:
    def __init__(self) -> None:
        self.root: dict[str, Any] = {}
        self.depth = 0

    def add(self, words: tuple[str, ...], hit: Hit) -> None:
        # An optional wildcard is stored both ways, so matching never backtracks.
        if WILD in words:
            i = words.index(WILD)
            self.add(words[:i] + words[i + 1:], hit)
        node = self.root
        self.depth = max(self.depth, len(words))
        for word in words:
            node = node.setdefault(word, {})
        bucket = node.setdefault(END, [])
        if hit not in bucket:
            bucket.append(hit)


def _freeze_trie(node: dict[str, Any]) -> dict[str, Any]:
    """Payload lists become tuples; nodes stay plain dicts (read-only by convention: a
    hundred thousand read-only proxies cost seconds at import)."""
    stack = [node]
    while stack:
        n = stack.pop()
        for k, v in n.items():
            if k == END:
                n[k] = tuple(v)
            else:
                stack.append(v)
    return node


def _inflect(words: tuple[str, ...], suffixes: Iterable[str]) -> Iterable[tuple[str, ...]]:
    sufs = tuple(dict.fromkeys(fold(s) for s in suffixes)) or ("",)
    options = [(w,) if w == WILD else tuple(dict.fromkeys(w + s for s in sufs)) for w in words]
    return itertools.product(*options)


@functools.cache
def _adjective_forms(adj: str, definite: bool | None = None) -> tuple[str, ...]:
    """The nisba adjective as it appears after a definite or indefinite noun (``definite``:
    only the forms with, or without, the article)."""
    base = fold(adj)
    article = fold(_ARTICLE)
    forms = [fold(f"{_ARTICLE}{adj}{s}") for s in _NISBA_DEFINITE] + [fold(f"{adj}{s}") for s in _NISBA_INDEFINITE]
    forms = list(dict.fromkeys(forms)) or [base]
    if definite is None:
        return tuple(forms)
    return tuple(f for f in forms if f.startswith(article) == definite)


@functools.cache
def _ya_final(form: str) -> tuple[str, ...]:
    """Folded words of a name form that are written with a final ي."""
    return tuple(fold(w) for w in form.split() if w.endswith(_YA))


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
        adj = _ARTICLE + adjectives[0]
        return templates[0].replace("{adj_f}", adj + _INFLECTION["feminine"]).replace("{adj}", adj)
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


def _load(read: Callable[[str], dict[str, Any]] = _read, gazetteer: Gazetteer | None = None) -> Lexicon:
    """Compile the lexicon from the data ``read(file name)`` returns and ``gazetteer`` (the
    package's by default; :mod:`timeline.user_lexicon` passes them with a user's files merged in)."""
    builder = _TrieBuilder()
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
    for person in _with_gazetteer(actors["persons"], _gazetteer_persons(gazetteer)):
        names[person["key"]] = person["name"]
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
    for head in places.get("place_heads", ()):
        builder.add(_words(head), Hit("cue", _freeze({"class": "place_head"}), "noun", ("cue", "place_head"),
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

    trie = _freeze_trie(builder.root)
    return Lexicon(
        trie=trie,
        depth=builder.depth,
        roles=MappingProxyType(roles),
        place_parent=MappingProxyType(parents),
        cue_classes=frozenset(cue_classes),
        quote_pairs=tuple((a, b) for a, b in cues["quote_pairs"]),
        names=MappingProxyType(names),
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
