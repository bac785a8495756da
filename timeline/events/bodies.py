"""Bodies and titled persons recognised from the structure of the text, not from a list of
names: a head word of ``bodies.json`` (a state body, another body, a title) and its complement
("نادي الهلال"، "شركة أرامكو السعودية"، "هيئة الأدب والنشر والترجمة"، "المدير التنفيذي لشركة
أرامكو") and, after a title, honorifics and a name ("رئيس نادي الهلال فهد بن نافل"). A country
nisba in the phrase is the state the body or official belongs to (its affiliation, carried in
the key as ``<country>:~<words>`` like a gazetteer office), unless the phrase names a body that
is no state's (a club, a company): "نادي الهلال السعودي" is the club, not Saudi Arabia."""

from __future__ import annotations

import attrs

from ..arabic import fold
from .actors import ActorHit
from .appositions import appositions
from .body_phrases import PhraseReader
from .body_words import ACTING, head_at, word_of
from .lexicon import ARTICLE, read_lexicon
from .match import Text


def find_bodies(text: Text, listed: list[ActorHit]) -> list[ActorHit]:
    """``listed`` (the gazetteer's actors, in text order) with the bodies and titled persons
    the text's structure names; a listed country or body inside such a phrase is part of it,
    and a listed office followed by a name it does not hold ("وزير الخارجية العماني السيد بدر
    بن حمد") takes the name's words as its surface name."""
    places = text.select("place")
    reader = PhraseReader(text, listed, places)
    chained = [reader.chain(h) for h in listed]
    if any(c is not h for c, h in zip(chained, listed, strict=True)):
        listed = chained
        reader = PhraseReader(text, listed, places)
    found: list[ActorHit] = []
    named: dict[int, ActorHit] = {}
    opened: list[ActorHit] = []
    ruled = dateline_state(text, listed)
    i = 0
    while i < len(text.tokens):
        addressed, after = reader.addressed(i)
        if addressed is None and ruled is not None:
            addressed = _addressed_ruler(reader, i, after, ruled)
        if addressed is not None:
            if not reader.late(i):
                opened.append(addressed)
            found.append(addressed)
            i = after
            continue
        pronoun = reader.pronoun(i, found, opened)
        if pronoun is not None:
            found.append(pronoun)
            i += 1
            continue
        former = reader.former(i)
        if former is not None:
            found.append(former)
            i = former.last + 1
            continue
        office = reader.listed.get(i)
        national = reader.national(i) if office is not None and office.kind == "country" else None
        if national is not None:
            found.append(national)
            i = national.last + 1
            continue
        if office is not None:
            extended = reader.named_office(office) if office.kind in ("role", "counterpart") else office
            holder = reader.set_off_holder(office) if extended is office and office.kind == "role" else None
            if holder is not None:
                # "رئيس الإكوادور، غييرمو لاسو،": the office shown with its holder's name, and the
                # name a second mention of it, each in its clause
                named[i] = attrs.evolve(office, display=f"{office.name} {holder.name}")
                found.append(holder)
                i = holder.last + 1
                continue
            if extended is not office and office.kind == "counterpart":
                # "ونظيره الباكستاني عبدالعليم خان": a named person of that state, no office to
                # take from the speaker
                words = "_".join(t.form for t in text.tokens[office.last + 1:extended.last + 1])
                extended = attrs.evolve(extended, kind="person", key=f"{office.country}:~{words}" if office.country else f"~{words}",
                                        unlisted=True)
            if extended is not office:
                # shown by the office and the name it holds ("رئيس جمهورية إندونيسيا برابوو
                # سوبيانتو"), not by the office alone; the key stays the office's
                named[i] = extended if extended.unlisted else attrs.evolve(extended, display=extended.name)
            i = extended.last + 1
            continue
        hit = reader.appointed(i) or reader.led(i) or reader.kin(i) or reader.armed(i) or reader.relative_of(i) or reader.phrase(i)
        if hit is not None:
            found.append(hit)
            i = hit.last + 1
            if hit.first in reader.set_off:
                found.append(reader.set_off[hit.first])
                i = found[-1].last + 1
        else:
            i += 1
    if not found and not named:
        return _organs(text, listed)
    state = own_state(text, listed, found)
    if state is not None:
        found = [_own_body(text, h, state) if h.first in reader.stateless else h for h in found]
    if ruled is not None:
        # (not an office in apposition to the person named right before it: "سلمان بن حمد ولي
        # العهد رئيس مجلس الوزراء" is one person)
        people = [x for x in listed + found if x.kind in ("person", "role")]
        ends, starts = {x.last for x in people}, {x.first for x in people}
        # (nor one before its holder's name set off by a comma: "وزير الخارجية، سامح شكري،")
        found = [_ruler(text, h, ruled, h.first - 1 in ends or h.last + 1 in starts or _chained(text, h)) for h in found]
    taken = {j for h in found for j in range(h.first, h.last + 1)}
    out = [named.get(h.first, h) for h in listed if not any(j in taken for j in range(h.first, h.last + 1))]
    # a named thing ("معرض بيروت العربي"، "دوري نجوم العراق") takes no part, nor a state in its name
    return _organs(text, [h for h in appositions(reader, sorted(out + found, key=lambda h: h.first)) if h.kind != "thing"])


#: Organs of a movement (``bodies.json`` ``movement_organs``), as folded word tuples, longest first.
GENITIVE_PREPS = frozenset(read_lexicon("bodies.json")["genitive_preps"])
_ORGANS = sorted((tuple(fold(w) for w in p.split()) for p in read_lexicon("bodies.json")["movement_organs"]),
                 key=len, reverse=True)


def _organs(text: Text, hits: list[ActorHit]) -> list[ActorHit]:
    """``hits`` with a movement's organ right before ل and the listed group ("المكتب السياسي لحركة
    حماس"، "مجلس الشورى العام لحركة حماس") read as that group, one hit from the organ on; what
    the text's structure read inside the organ ("مجلس الشورى") or as a body with the group
    ("اللجنة المركزية لحركة فتح") gives way to it."""
    out: list[ActorHit] = []
    groups = None
    for h in hits:
        group = h
        if h.unlisted and h.kind == "organization":
            if groups is None:
                groups = {(m.first, m.last): m for m in text.select("actor") if m.data.get("kind") == "group"}
            inner = next((groups[(k, h.last)] for k in range(h.first + 1, h.last + 1) if (k, h.last) in groups), None)
            if inner is not None:
                group = attrs.evolve(h, first=inner.first, key=str(inner.data["key"]), kind="group", unlisted=False,
                                     prefix=inner.prefix, conj="", prep=inner.prefix, country=None)
        organ = _organ(text, group) if group.kind == "group" and not group.unlisted else None
        if organ is not None:
            out = [o for o in out if o.last < organ.first]
            h = organ
        out.append(h)
    return out


def _organ(text: Text, h: ActorHit) -> ActorHit | None:
    """Group ``h`` named from the organ of ``movement_organs`` right before it and its genitive
    preposition (``genitive_preps``: ل), or ``None``."""
    if h.prep not in GENITIVE_PREPS or h.conj:
        return None
    toks = text.tokens
    for words in _ORGANS:
        j = h.first - len(words)
        if j < 0 or not all(text.joinable[k] for k in range(j, h.first)) or \
                any(toks[j + n].form != words[n] for n in range(1, len(words))):
            continue
        opening = next((a for a in toks[j].analyses if a.word == words[0] and not a.prep and not a.enc), None)
        if opening is not None:
            start = toks[j].start + len(opening.conj)
            return attrs.evolve(h, first=j, start=start, prefix=opening.conj, conj=opening.conj, prep="",
                                name=text.original[start:h.end])
    return None


#: A state body's words without its state ("وزارة الخارجية" of "وزارة الخارجية {adj}"), folded and
#: joined as an unlisted key's, -> the ``actors.json`` country_orgs suffix ("mfa").
_BARE_ORGS = {"_".join(fold(w) for w in f.split()[:-1]): o["suffix"] for o in read_lexicon("actors.json")["country_orgs"]
              for f in o["forms"] if f.endswith(" {adj}") and len(f.split()) > 2}


def _own_body(text: Text, h: ActorHit, state: str) -> ActorHit:
    """Body ``h``, which names no state, as the article's own ``state``'s: the gazetteer's body
    of that state when its words are one of its forms less the state ("وزارة الخارجية" in a
    report from Tehran: ``iran:mfa``, as "الخارجية الإيرانية" in another), else its words
    with the state."""
    suffix = _BARE_ORGS.get(h.key[1:]) if h.key.startswith("~") else None
    if suffix is not None and f"{state}:{suffix}" in text.lexicon.names:
        return attrs.evolve(h, key=f"{state}:{suffix}", country=state, unlisted=False)
    return attrs.evolve(h, key=f"{state}:{h.key}", country=state)


#: A ruler's title word, folded -> his office key (``bodies.json`` ``ruler_titles``).
_RULERS = {fold(w): office for w, office in read_lexicon("bodies.json")["ruler_titles"].items()}
_COUNTRY_WORDS = frozenset(fold(w) for w in read_lexicon("bodies.json")["country_words"])
_EPITHETS = frozenset(fold(w) for w in read_lexicon("bodies.json")["ruler_epithets"])


def _ruler(text: Text, h: ActorHit, state: str, apposed: bool = False) -> ActorHit:
    """Person ``h``, named by a ruler's title alone ("سمو الأمير") or with a word for the country
    ("أمير البلاد المفدى"), as the office of the dateline's ``state`` when the gazetteer has it
    (``qatar:emir``; identity takes its holder by year); any other hit unchanged."""
    if not (h.unlisted and h.kind == "person" and h.key.startswith("~")):
        return h
    words = h.key[1:].split("_")
    while len(words) > 1 and words[-1] in _EPITHETS:
        words.pop()
    if len(words) == 1 and words[0].startswith(ARTICLE):
        title = words[0][len(ARTICLE):]
    elif len(words) == 2 and words[1] in _COUNTRY_WORDS:
        title = words[0]
    else:
        return h if apposed else _state_office(text, h, state)
    office = _RULERS.get(title)
    key = f"{state}:{office}"
    if office is None or key not in text.lexicon.names:
        return h if apposed else _state_office(text, h, state)
    return attrs.evolve(h, key=key, kind="role", country=state, office=office, unlisted=False)


#: Offices a bare title of two words or more names with no state in it ("وزير الخارجية"،
#: "رئيس الوزراء"; the gazetteer's forms without their nationality, ``bodies.json``
#: ``state_titles``), folded words joined by "_" -> office key.
_BARE_OFFICES = {"_".join(fold(w) for w in f.split()[:-1]): o["office"] for o in read_lexicon("actors.json")["offices"]
                 if not o.get("countries") for f in o["forms"] if f.endswith(" {adj}") and len(f.split()) > 2} | \
    {"_".join(fold(w) for w in t.split()): office for t, office in read_lexicon("bodies.json")["state_titles"].items()}


def _chained(text: Text, h: ActorHit) -> bool:
    """Whether title ``h`` is acting ("القائم بأعمال رئيس مجلس الوزراء") or goes on with a second
    office joined by و ("رئيس مجلس الوزراء ووزير الداخلية الشيخ فهد"): one named person's."""
    toks = text.tokens
    acting = any(h.first >= len(words) and tuple(t.form for t in toks[h.first - len(words):h.first]) == words
                 for words in ACTING)
    nxt = h.last + 1
    return acting or (nxt < len(toks) and getattr(head_at(text, nxt), "kind", None) == "titles"
                      and any(a.conj for a in toks[nxt].analyses))


def _state_office(text: Text, h: ActorHit, state: str) -> ActorHit:
    """Person ``h``, named by a bare office title with no name and no state ("طهران (إرنا) - قال
    رئيس الجمهورية"، "القاهرة (أ ش أ) - استقبل وزير الخارجية"), as that office of the dateline's
    ``state`` when the gazetteer has it (``iran:president``); any other hit unchanged."""
    office = _BARE_OFFICES.get(h.key[1:])
    key = f"{state}:{office}"
    if office is None or key not in text.lexicon.names or h.last - h.first + 1 != h.key.count("_") + 1:
        # (the title alone: "القائم بأعمال رئيس مجلس الوزراء ووزير الداخلية الشيخ فهد" names him)
        return h
    return attrs.evolve(h, key=key, kind="role", country=state, office=office, unlisted=False,
                        display=text.lexicon.names.get(key))


def _addressed_ruler(reader: PhraseReader, i: int, k: int, state: str) -> ActorHit | None:
    """The ruler a form of address at ``i`` names by his title alone at ``k`` ("جلالة الملك"،
    "جلالة السلطان"، nothing of a name after it): the office of the dateline's ``state`` when the
    gazetteer has it (``bahrain:king``), else ``None`` (the title is the gazetteer's offices')."""
    opened = reader.opener(i)
    toks = reader.toks
    if opened is None or k >= len(toks) or not reader.joined(k) or k in reader.listed:
        return None
    form = toks[k].form
    office = _RULERS.get(form[len(ARTICLE):]) if form.startswith(ARTICLE) else None
    if office is None or f"{state}:{office}" not in reader.text.lexicon.names:
        return None
    if k + 1 < len(toks) and reader.joined(k + 1) and not reader.name_ends(k) and toks[k + 1].form not in _EPITHETS:
        return None  # "جلالة الملك محمد السادس": the name's
    last = k + 1 if k + 1 < len(toks) and reader.joined(k + 1) and toks[k + 1].form in _EPITHETS else k
    prefix = opened[1]
    start = toks[i].start + len(prefix)
    return ActorHit(i, last, start, toks[last].end, f"{state}:{office}", "role", reader.text.original[start:toks[last].end],
                    country=state, office=office, prefix=prefix, conj=opened[2], prep=opened[3])


def dateline_state(text: Text, listed: list[ActorHit]) -> str | None:
    """The one state the article's opening dateline names ("الدوحة (قنا) -": qatar), or ``None``."""
    doc = text.doc
    if not doc.datelines:
        return None
    lo, hi = doc.datelines[0]
    states = {h.key for h in listed if h.kind == "country" and lo <= h.start < hi}
    return next(iter(states)) if len(states) == 1 else None


#: A state's own news agency (``bodies.json`` ``state_agencies``), as folded word tuples -> its state.
_AGENCIES = {tuple(fold(w) for w in name.split()): state for name, state in read_lexicon("bodies.json")["state_agencies"].items()}


def _agency_state(text: Text, lo: int, hi: int) -> str | None:
    """The state whose own agency the dateline from ``lo`` to ``hi`` names ("(كونا)": kuwait), or ``None``."""
    forms = [text.tokens[j].form for j in text.token_range((lo, hi))]
    return next((state for words, state in _AGENCIES.items() for k in range(len(forms) - len(words) + 1)
                 if tuple(forms[k:k + len(words)]) == words), None)


def _agency_home(text: Text, lo: int, hi: int, state: str) -> bool:
    """Whether a word of the dateline from ``lo`` to ``hi`` is the name of ``state`` or of a
    place in it, read as a name though it names another state too ("عمان (بترا) -": Amman, not
    Oman, under Jordan's agency; the gazetteer leaves such a form undecided)."""
    names = {fold(text.lexicon.names.get(state, ""))} | {
        fold(name) for key, name in text.lexicon.place_names.items() if text.lexicon.place_within(key, state)}
    return any(fold(text.tokens[j].form) in names for j in text.token_range((lo, hi)))


def own_state(text: Text, listed: list[ActorHit], found: list[ActorHit]) -> str | None:
    """The state an article's bodies that name none belong to, when the text makes it certain:
    its opening dateline names a city or state of that state ("الكويت (كونا) -"، "بيروت -") and
    the state's own agency (``state_agencies``), or no other state is named anywhere in it but
    by an envoy's title ("أعلنت وزارة الخارجية ... إدانة دولة الكويت"، "استدعت وزارة الخارجية ...
    السفير الهندي لدى البلاد" are Kuwait's ministry; with another state named, "قال الجيش ...
    قصف هندي", it stays open)."""
    doc = text.doc
    if not doc.datelines:
        return None
    lo, hi = doc.datelines[0]
    states = {h.key for h in listed if h.kind == "country" and lo <= h.start < hi}
    if not states and (agency := _agency_state(text, lo, hi)) is not None and _agency_home(text, lo, hi, agency):
        # "عمان (بترا) - استدعت وزارة الخارجية وشؤون المغتربين": the city its own agency files from
        return agency
    if len(states) != 1:
        return None
    if _agency_state(text, lo, hi) in states:
        # "الكويت (كونا) - استدعت وزارة الخارجية ... سفير جمهورية الهند": the state's own wire
        return next(iter(states))
    # (an envoy posted there is no other state's act: "استدعت وزارة الخارجية ... السفير الهندي
    # لدى البلاد")
    envoys = [h for h in found if word_of(text, h.first, "envoy_titles")]
    listed = [h for h in listed if not any(e.first <= h.first and h.last <= e.last for e in envoys)]
    found = [h for h in found if h not in envoys]
    named = {h.key for h in listed if h.kind == "country" and not lo <= h.start < hi} | \
        {h.country for h in listed + found if h.country} | \
        {h.key.split(":")[0] for h in listed + found if ":" in h.key and not h.key.startswith("~")} | \
        {r.split(":")[0] for h in listed if h.kind == "person" for r in text.lexicon.roles_at(h.key, None)}
    return next(iter(states)) if named <= states else None
