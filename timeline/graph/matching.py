"""Who and where two reports name: actors matched over offices, bodies and states, places
over the gazetteer's containment, and articles' theatres (:class:`Matching`, which
:class:`timeline.graph.identity.Identity` extends with the identity rules)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import attrs

from ..arabic import fold
from ..events.inflection import ARTICLE, read_data
from ..events.lexicon import LEXICON, Lexicon
from ..model import Actor, Event
from .body_keys import body_head, body_name_alias, fold_adjective, short_name, state_body_name
from .reports import SITE_TYPES, is_generic, name_words, theatres, titled, unlisted_alias


@attrs.frozen
class Matching:
    """Actor, place and theatre matching over the lexicon's actors, offices and places."""

    lexicon: Lexicon = LEXICON

    # -- actors ----------------------------------------------------------------------
    def expand(self, actor: Actor, year: int | None) -> frozenset[str]:
        """The actor's key, the offices it held in ``year``, and a seat as its state's body
        ("kremlin" -> "russia:kremlin": the state whose spokesman speaks for it, :data:`SEATS`)."""
        seat = SEAT_OF.get(actor.key)
        return frozenset({actor.key}) | self.lexicon.roles_at(actor.key, year) | (
            frozenset({seat}) if seat else frozenset())

    def actor_match(self, a: Actor, b: Actor, year: int | None, same_doc: bool = False) -> bool:
        """Same actor, an office and its holder, or a state and one of its bodies/officials;
        inside one article also a bare body and its full name ("الوزارة" after "وزارة الخارجية")."""
        if is_generic(a) or is_generic(b):
            return is_generic(a) and is_generic(b)
        ea, eb = self.expand(a, year), self.expand(b, year)
        if ea & eb or _speaks_for(ea, eb) or _speaks_for(eb, ea):
            return True
        if ":" not in a.key and any(k.split(":")[0] == a.key for k in eb):
            return True
        if ":" not in b.key and any(k.split(":")[0] == b.key for k in ea):
            return True
        if unlisted_alias(a.key, b.key) or (same_doc and short_name(a.key, b.key)):
            return True
        if titled(a, b) or titled(b, a):
            return True  # "ملكة الدنمرك" beside "ملكة الدنمرك مارغريت الثانية"
        return self.held_by(a, b) or self.held_by(b, a)

    def holder_key(self, actor: Actor) -> str | None:
        """The unlisted key of the surface of a listed office that names more than the office
        (its holder: "وزير الخارجية البحريني الدكتور عبداللطيف بن راشد الزياني", read
        ``bahrain:foreign_minister``, gives "bahrain:~وزير_الخارجيه_..._الزياني"); None for
        the office alone (no more words than the lexicon's name of it), or any other actor."""
        state, sep, office = actor.key.partition(":")
        if not sep or office.startswith("~") or actor.kind not in ("person", "role"):
            return None
        words = fold(actor.name).split()
        listed = self.lexicon.names.get(actor.key)
        if listed is None or len(words) <= len(listed.split()):
            return None
        return f"{state}:~" + "_".join(words)

    def held_by(self, office: Actor, name: Actor) -> bool:
        """One outlet names the office with its holder's name the lexicon does not list, the
        other that name alone ("وزير الخارجية البحريني الدكتور عبداللطيف بن راشد الزياني" /
        "الدكتور عبداللطيف بن راشد الزياني", read ``~عبداللطيف_بن_راشد_الزياني``; "الرئيس الكيني
        أوهورو كينياتا" / "كينياتا"): words that end the office's surface (one alone a surname, not
        a common noun), of the same state when both have one
        (:func:`timeline.graph.reports.unlisted_alias`)."""
        if name.kind != "person" or not name_words(name.key):
            return False
        holder = self.holder_key(office)
        return holder is not None and unlisted_alias(holder, name.key)

    def state_match(self, a: Actor, b: Actor, year: int | None) -> bool:
        """Whether ``a`` and ``b`` act for the same state or organization (army, ministry, leader)."""
        if is_generic(a) or is_generic(b):
            return False
        sa = {k.split(":")[0] for k in self.expand(a, year)}
        return not sa.isdisjoint(k.split(":")[0] for k in self.expand(b, year))

    def state_body(self, key: str) -> tuple[str, str] | None:
        """``(state, bare key)`` of an unlisted body named with its state's nisba
        ("libya:~مجلس_النواب_الليبي" -> ("libya", "~مجلس_النواب")), else None."""
        state, sep, rest = key.partition(":~")
        adjective = self.lexicon.adjectives.get(state) if sep else None
        words = rest.split("_")
        if adjective is None or len(words) < 2:
            return None
        last = words[-1].removeprefix(ARTICLE)
        stem = fold_adjective(adjective)
        return (state, "~" + "_".join(words[:-1])) if last in (stem, stem + "ه") else None

    def bare_body(self, bare: Event, full: Event) -> bool:
        """``bare`` names an unlisted body by its name alone ("مجلس النواب") where ``full``
        names it with the nisba of a state that is ``bare``'s theatre ("مجلس النواب الليبى")."""
        keys = {a.key for a in self.named(bare) if a.key.startswith("~")}
        for actor in self.named(full):
            found = self.state_body(actor.key)
            if found is not None and found[1] in keys and self.inside(found[0], theatres(bare)):
                return True
        return False

    def body_alias(self, a: Event, b: Event) -> bool:
        """The two reports, in one theatre, name one state body in two ways: "الهيئة العليا" /
        "هيئة الانتخابات" / "الهيئة الوطنية للانتخابات"؛ "اللجنة العليا للانتخابات والاستفتاء" /
        "لجنة الانتخابات" (:func:`body_name_alias`)."""
        if not self.same_theatre(a, b):
            return False
        return any(body_name_alias(x.key, y.key) for x in self.named(a) for y in self.named(b))

    def in_office(self, event: Event) -> tuple[Actor, ...]:
        """``event``'s named actors, an office named bare ("~الملك"، "~العاهل"، "~رييس_الحكومه": an
        office form of ``actors.json`` without its state) read as that office of the one state
        its article is about ("morocco:king"): "وقال الملك" in an article on Morocco alone."""
        states = theatres(event)
        named = self.named(event)
        if len(states) != 1:
            return named
        state = next(iter(states))
        out: list[Actor] = []
        for x in named:
            keys = [f"{state}:{o}" for o in BARE_OFFICES.get(x.key, ())]
            keys = [k for k in keys if k in self.lexicon.names]
            out.extend(attrs.evolve(x, key=k) for k in keys) if keys else out.append(x)
        return tuple(out)

    def heads_body(self, a: Event, b: Event, year: int | None) -> bool:
        """One report names an office (its holder, or the office named bare in an article on one
        state) and the other the body that office heads (``identity.json`` key ``heads``): "أدى
        رئيس الحكومة ... اليمين" / "أدت حكومة الشاهد اليمين"; the body of that state, or named
        with no state in an article about it."""
        return any(not self._offices(head, year).isdisjoint(self._bodies(body)) for head, body in ((a, b), (b, a)))

    def headed_states(self, event: Event, year: int | None) -> set[str]:
        """The states whose head-of-body office or headed body ``event`` names (blocking)."""
        return {state for state, _ in self._offices(event, year) | self._bodies(event)}

    def _offices(self, event: Event, year: int | None) -> set[tuple[str, str]]:
        """``(state, office)`` of the offices ``event`` names that head a body (:data:`HEADS`)."""
        keys = {k.partition(":")[::2] for x in self.in_office(event) for k in self.expand(x, year) if ":" in k}
        return {(state, office) for state, office in keys if office in HEADS}

    def _bodies(self, event: Event) -> set[tuple[str, str]]:
        """``(state, office)`` for each body ``event`` names that an office heads: of its state,
        or of its article's states when named with none."""
        out: set[tuple[str, str]] = set()
        for x in self.named(event):
            state, sep, rest = x.key.partition(":~")
            if not sep:
                state, rest = "", x.key[1:] if x.key.startswith("~") else ""
            if not rest:
                continue
            words = rest.split("_")
            words[0] = words[0].removeprefix(ARTICLE)
            for office, bodies in HEADS.items():
                if any(words[:len(w)] == w for w in bodies):
                    out |= {(s, office) for s in ([state] if state else theatres(event))}
        return out

    def local_bodies(self, a: Event, b: Event) -> frozenset[str]:
        """Unlisted state bodies named alike in two articles with no state ("وزارة الخارجية"
        in a Saudi wire and in a Qatari one), whose theatres neither holds the other: each is
        its own article's body, so the name is no actor the two share."""
        ta, tb = theatres(a), theatres(b)
        if not ta or not tb or ta <= tb or tb <= ta:
            return frozenset()
        keys = {x.key for x in self.named(a) if state_body_name(x.key)}
        return frozenset(keys.intersection(x.key for x in self.named(b)))

    def own_body(self, a: Event, b: Event, year: int | None) -> bool:
        """Inside one article, one report names only unlisted state bodies with no state ("وأعربت
        وزارة الخارجية في بيان") and the other only one state by its name ("أدانت مصر"), a
        state of the article's theatre: the body is that state's (not an army's or an
        official's of another state the article quotes: "وأعلن الجيش الإسرائيلي")."""
        for bodies, state in ((a, b), (b, a)):
            keys = [x.key for x in self.named(bodies)]
            if not keys or not all(state_body_name(k) for k in keys):
                continue
            named = self.named(state)
            states = {x.key for x in named}
            if len(states) == 1 and all(x.kind == "country" for x in named) \
                    and self.inside(next(iter(states)), theatres(state) | theatres(bodies)):
                return True
        return False

    def named(self, event: Event) -> tuple[Actor, ...]:
        return tuple(a for a in event.participants if not is_generic(a))

    def unknown_party(self, event: Event, other: Event, year: int | None) -> bool:
        """``event`` names only unresolved bodies (:func:`unresolved`), none of them one of
        ``other``'s actors, and ``other`` names a listed actor: across articles it says no more
        of who acted than a report naming nobody ("استعاده الجيش" read as "~الجيش_السيطره" beside
        "الجيش السوداني"), unless it names agents where ``other`` names only who underwent the act,
        or one of its bodies has a state body's head ("~الشرطه_السايق") and ``other`` names no
        one acting for its article's state."""
        named, others = self.named(event), self.named(other)
        if not unresolved_only(event) or self.shared(named, others, year) > 0:
            return False
        if not any("~" not in x.key for x in others):
            return False  # beside only unlisted names ("لجنة التسعير") it is likelier another body
        if any(body_head(x.key) is not None for x in named):
            # a state body's head ("~الجيش_السيطره"، "~الشرطه_السايق") names its article's state's
            # body: the other report must name someone acting for that state
            states = theatres(event)
            if not states or not any(k.split(":")[0] in states for x in others for k in self.expand(x, year)):
                return False
        # who acted is unknown, but not the one the other report says underwent the act
        return not (any(x.role == "agent" for x in named) and others and all(x.role == "patient" for x in others))

    def covers(self, small: Sequence[Actor], big: Sequence[Actor], year: int | None, same_doc: bool = False) -> bool:
        """Every actor of ``small`` matches one of ``big`` (and ``small`` names someone)."""
        return bool(small) and all(any(self.actor_match(x, y, year, same_doc) for y in big) for x in small)

    def shared(self, a: Sequence[Actor], b: Sequence[Actor], year: int | None, same_doc: bool = False) -> int:
        return sum(any(self.actor_match(x, y, year, same_doc) for y in b) for x in a)

    # -- places and theatres ---------------------------------------------------------
    def within(self, a: str, b: str) -> bool:
        return self.lexicon.place_within(a, b) or self.lexicon.place_within(b, a)

    def place_ok(self, a: str | None, b: str | None) -> bool:
        """No place, one within the other, or a place the gazetteer does not know (a village)
        beside a region, whose containment nobody can tell (never beside a known town)."""
        if a is None or b is None or self.within(a, b):
            return True
        regions = _regions(self.lexicon)
        if self.known(a) == self.known(b):
            return False
        return (a if self.known(a) else b) in regions

    def known(self, place: str) -> bool:
        """Whether the gazetteer knows ``place`` (a place, a region or a state)."""
        return place in self.lexicon.place_parent or place in _regions(self.lexicon) or place in self.lexicon.countries

    def inside(self, place: str, keys: Iterable[str]) -> bool:
        """Whether ``place`` lies within one of the theatre ``keys``."""
        return any(self.within(place, k) for k in keys)

    def same_theatre(self, a: Event, b: Event) -> bool:
        return any(self.within(x, y) for x in theatres(a) for y in theatres(b))

    def same_scope(self, a: Event, b: Event) -> bool:
        """Both name one place; or one names none and they share a theatre, or the other's
        place lies in its theatre, or a state the other names is its theatre."""
        if a.place is not None and b.place is not None:
            return self.within(a.place, b.place)
        if a.place is None and b.place is None:
            return self.same_theatre(a, b) or self.party_in_theatre(a, b)
        # one names a place: it lies in the other's theatre, or it is a venue ("signed in
        # Istanbul") of a theatre both articles are about
        one = a.place if a.place is not None else b.place
        other = b if a.place is not None else a
        if self.inside(one, theatres(other)):
            return True
        placed = a if a.place is not None else b
        if a.type in SITE_TYPES and self.state_of(one) in theatres(placed):
            # where a strike happened, a state its own article is about, is its scope, not the
            # article's other theatres (a place read in a state no theatre holds may be a misreading)
            return self.party_in_theatre(a, b) and self.inside(one, self.states(other))
        return self.same_theatre(a, b) or self.party_in_theatre(a, b)

    def sites_apart(self, a: Event, b: Event) -> bool:
        """Two strikes (or captures) of one article, one placed in a state the article is about,
        the other placing none but naming states it befell, none of them that one: "التفجير ... في دولة الكويت"
        and "وفي تونس، قتل 38 شخصا ... في هجوم مسلح على فندق في مدينة سوسة"."""
        if a.type not in SITE_TYPES or (a.place is None) == (b.place is None):
            return False
        placed, other = (a, b) if a.place is not None else (b, a)
        state = self.state_of(placed.place)
        year = (other.earliest or other.latest).year if (other.earliest or other.latest) else None
        hit = {k.split(":")[0] for x in self.named(other) if x.role != "agent" for k in self.expand(x, year)}
        # a place in a state its article is not about is likelier a misreading ("مسجدين")
        return state in theatres(placed) and bool(hit & self.lexicon.countries) and state not in hit

    def state_of(self, place: str) -> str | None:
        """The state a known place lies in (itself for a state), else None."""
        seen: set[str] = set()
        while place is not None and place not in seen:
            if place in self.lexicon.countries:
                return place
            seen.add(place)
            place = self.lexicon.place_parent.get(place)
        return None

    def party_in_theatre(self, a: Event, b: Event) -> bool:
        """A state one report names (an official counting as the state) is the other's theatre:
        "احتجزتها" in an article about Iran, "استولى الحرس الثوري الإيراني" in another."""
        return any(self.inside(state, theatres(y)) for x, y in ((a, b), (b, a)) for state in self.states(x))

    def states(self, event: Event) -> frozenset[str]:
        """The states (and organizations) ``event``'s named participants act for."""
        year = (event.earliest or event.latest).year if (event.earliest or event.latest) else None
        return frozenset(k.split(":")[0] for actor in self.named(event) for k in self.expand(actor, year))


def _bare_offices(offices: Iterable[Mapping], bare: Iterable[str],
                  qualifiers: Iterable[str] = ()) -> dict[str, tuple[str, ...]]:
    """Unlisted actor key of an office form of ``actors.json`` without its state ("الملك {adj}"
    -> "~الملك"), for the forms ``bare`` lists (``identity.json`` key ``bare_offices``), alone or
    followed by one of ``qualifiers`` (key ``bare_office_qualifiers``: "~الرييس_المنتهيه") -> the
    offices it names."""
    wanted = {fold(b) for b in bare}
    tails = [""] + ["_" + "_".join(fold(w) for w in q.split()) for q in qualifiers]
    out: dict[str, list[str]] = {}
    for office in offices:
        for form in office["forms"]:
            head = form[:-len(" {adj}")] if form.endswith(" {adj}") else None
            if head is not None and fold(head) in wanted:
                for tail in tails:
                    key = "~" + "_".join(fold(w) for w in head.split()) + tail
                    if office["office"] not in out.setdefault(key, []):
                        out[key].append(office["office"])
    return {k: tuple(v) for k, v in out.items()}


def _speaks_for(office_keys: frozenset[str], keys: frozenset[str]) -> bool:
    """One actor holds an office that speaks for the other, a body (``identity.json`` key
    ``seats``: the Kremlin's spokesman for "الكرملين")."""
    return any(SEATS.get(k) in keys for k in office_keys)


def _heads(entries: Iterable[Mapping]) -> dict[str, tuple[list[str], ...]]:
    """Office -> the bodies it heads, each as the words of an unlisted key, article apart
    ("مجلس الوزراء" -> ["مجلس", "الوزراء"])."""
    out: dict[str, list[list[str]]] = {}
    for entry in entries:
        for body in entry["bodies"]:
            words = fold(body).split()
            words[0] = words[0].removeprefix(ARTICLE)
            out.setdefault(entry["office"], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


#: An office's key -> the body key it speaks for (see :func:`_speaks_for`).
SEATS: dict[str, str] = {e["office"]: e["body"] for e in read_data("identity.json").get("seats", ())}
#: A seat -> itself as a body of the state whose office speaks for it ("kremlin" -> "russia:kremlin").
SEAT_OF: dict[str, str] = {body: f"{office.partition(':')[0]}:{body}" for office, body in SEATS.items()}
#: An office -> the bodies it heads (see :meth:`Matching.heads_body`).
HEADS = _heads(read_data("identity.json").get("heads", ()))

#: Offices named bare, by their unlisted key (see :meth:`Matching.in_office`).
BARE_OFFICES = _bare_offices(read_data("actors.json")["offices"], read_data("identity.json").get("bare_offices", ()),
                             read_data("identity.json").get("bare_office_qualifiers", ()))

_REGIONS: list[tuple[Mapping[str, str | None], frozenset[str]]] = []


def _regions(lexicon: Lexicon) -> frozenset[str]:
    """The places some other place lies in (regions, states), per gazetteer (cached)."""
    parents = lexicon.place_parent
    for known, regions in _REGIONS:
        if known is parents:
            return regions
    regions = frozenset(v for v in parents.values() if v is not None)
    _REGIONS[:] = [*_REGIONS[-3:], (parents, regions)]
    return regions


def unresolved(actor: Actor) -> bool:
    """An unresolved stateless body: an unlisted key with no state read from a definite noun
    ("~الجيش_السيطره"، "~القصر_الجمهوري"، "~الحركه"), neither a person nor an office named bare
    (:data:`BARE_OFFICES`): a description participants could not tie to an actor, whose words
    may even run into the clause's object, so no party of its own across articles."""
    if not actor.key.startswith("~ال") or actor.kind == "person" or is_generic(actor) or actor.key in BARE_OFFICES:
        return False
    # a state's nisba names the body's state ("~الخطوط_الجويه_الجزايريه": Algeria's airline)
    return not any(w.removeprefix(ARTICLE) in _NISBAS for w in actor.key[1:].split("_"))


#: States' nisbas as actor keys fold them, masculine and feminine ("جزايري"، "جزايريه").
_NISBAS = frozenset(f for a in LEXICON.adjectives.values() for f in (fold(a), fold(a) + "ه"))


def unresolved_only(event: Event) -> bool:
    """``event`` names someone, and only unresolved bodies (:func:`unresolved`)."""
    named = [a for a in event.participants if not is_generic(a)]
    return bool(named) and all(unresolved(a) for a in named)
