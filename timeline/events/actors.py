"""Participants: gazetteer matches fused into actors (title + name, name + apposition)."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from ..arabic import fold
from ..document.segment import CLITICS
from ..model import Actor
from .lexicon import NISBA, Lexicon, display_name, is_nisba, read_lexicon
from .match import Match, Text

#: Actor kinds that take part in a contact like a person: one person (directly or through an
#: office) or a delegation ("وفد من صندوق النقد الدولي").
PERSONLIKE = frozenset({"person", "role", "counterpart", "delegation"})


@attrs.frozen
class ActorHit:
    """An actor found in the text, with its token range and original span."""

    first: int
    last: int
    start: int
    end: int
    key: str
    kind: str
    name: str
    country: str | None = None
    office: str | None = None
    #: proclitics stripped from the first word ("ل" in "لنظيره")
    prefix: str = ""
    #: introduced as the speaker's counterpart ("نظيره ...")
    counterpart: bool = False
    #: outside the gazetteer: ``name`` is the phrase of the text, clitics removed
    unlisted: bool = False
    #: the conjunction and the preposition among the proclitics
    conj: str = ""
    prep: str = ""
    #: the canonical name in the lexicon the hit came from (a user's lexicon knows its own)
    display: str | None = None

    def actor(self, role: str | None = None) -> Actor:
        """The participant, named by its canonical display name (never the surface form,
        which may carry clitics: "ولافروف"، "لنظيره"); an unlisted one by its phrase."""
        kind = {"role": "person", "counterpart": "person", "delegation": "organization"}.get(self.kind, self.kind)
        name = self.name if self.unlisted else self.display or display_name(self.key)
        return Actor(key=self.key, name=name, kind=kind, role=role)


def _hit(text: Text, m: Match) -> ActorHit:
    d = m.data
    surface = text.original[m.start:m.end]
    display = text.lexicon.names.get(d["key"])
    own = surface[len(m.prefix):] if surface.startswith(m.prefix) else surface
    return ActorHit(m.first, m.last, m.start, m.end, d["key"], d["kind"], surface,
                    d.get("country"), d.get("office"), m.prefix, conj=m.conj, prep=m.prep,
                    display=display and respelled(display, own))



def respelled(canonical: str, surface: str) -> str:
    """``canonical`` with the words ``surface`` writes apart or joined written as it does ("الملك
    عبد الله الثاني" for "عبدالله الثاني"): the name shows the article's own spelling."""
    if surface in canonical:
        return canonical
    flat, letters = canonical.replace(" ", ""), surface.replace(" ", "")
    i = flat.find(letters) if letters else -1
    if i < 0:
        return canonical
    at = [k for k, ch in enumerate(canonical) if ch != " "]
    return canonical[:at[i]] + surface + canonical[at[i + len(letters) - 1] + 1:]


#: Organizations named by another's name and a sign right after it ("أوبك+"): key of the
#: other -> (sign, key) (``actors.json`` organizations with 'of' and 'sign').
_SIGNED = {o["of"]: (o["sign"], o["key"]) for o in read_lexicon("actors.json")["organizations"] if "of" in o}


def _signed(text: Text, h: ActorHit) -> ActorHit:
    """``h``, or the organization its name and the sign right after it name ("أوبك+")."""
    signed = _SIGNED.get(h.key)
    if signed is None or text.original[h.end:h.end + len(signed[0])] != signed[0]:
        return h
    end = h.end + len(signed[0])
    # (shown as written: the sign is no letter of a display name)
    return attrs.evolve(h, key=signed[1], display=text.original[h.start:end], end=end, name=text.original[h.start:end])


def _adjacent(text: Text, a: ActorHit, b: ActorHit, commas: bool) -> bool:
    """``b`` follows ``a`` right away, or after a comma, or after honorifics ("رئيس الوزراء
    القطري الشيخ محمد ..."، "قائد الجيش الفريق أول عبد الفتاح البرهان")."""
    honorifics = text.lexicon.cue_words.get("honorifics", frozenset())
    between = range(a.last + 1, b.first)
    if len(between) > 2 or any(text.tokens[i].form not in honorifics for i in between):
        return False
    nxt = text.tokens[between[0]].start if between else b.start
    gap = text.gap(a.end, nxt)
    return gap == "" or (commas and gap == ",")


def _same_state(text: Text, person: ActorHit, role: ActorHit) -> bool:
    """Whether office ``role`` is of a state whose offices ``person`` holds, or names no state."""
    state = role.key.split(":")[0] if ":" in role.key else None
    held = {r.split(":")[0] for r in text.lexicon.roles_at(person.key, None)} | {person.country} - {None}
    return state is None or not held or state in held


def _state_form(text: Text, h: ActorHit, free: int) -> ActorHit:
    """``h``, from the word of a form of government right before it when ``h`` is a state
    ("دولة قطر"، "وجمهورية مصر العربية"، "الجمهورية اللبنانية"; cue class ``state_forms``);
    ``free`` is the first token no earlier hit covers."""
    j = h.first - 1
    if h.kind != "country" or j < free or text.original[text.tokens[j].end:h.start].strip():
        return h
    forms = text.lexicon.cue_words.get("state_forms", frozenset())
    word = text.tokens[j].form
    # the word less its conjunction and preposition: a definite form is listed with its article
    reading = next((a for a in text.tokens[j].analyses if not a.enc
                    and word[len(a.conj) + len(a.prep):] in forms), None)
    if reading is None or h.conj or h.prep:
        return h
    start = text.tokens[j].start
    return attrs.evolve(h, first=j, start=start, name=text.original[start:h.end], prefix=reading.proclitics,
                        conj=reading.conj, prep=reading.prep)


def _qualifies(text: Text, h: ActorHit, nxt: ActorHit) -> bool:
    """Whether state ``nxt`` is named by a definite nisba right after ``h`` (no comma, no
    conjunction): an adjective of ``h``, not a name of its own."""
    if nxt.kind != "country" or nxt.first != h.last + 1 or nxt.first != nxt.last or nxt.conj or nxt.prep \
            or text.original[h.end:nxt.start].strip():
        return False
    word = text.tokens[nxt.first].form
    return word.startswith(CLITICS.article) and is_nisba(word)


#: Words inside a name before a father's or a house's name ("بن"، "آل"; ``bodies.json`` name_links).
_LINKS = frozenset(fold(w) for w in read_lexicon("bodies.json")["name_links"])


def _family_names(lexicon: Lexicon, nisba: bool) -> Mapping[str, str]:
    """``lexicon``'s persons by the one last word of a full name that is theirs only (see
    :attr:`~timeline.events.lexicon.Lexicon.family_names`); ``nisba``: definite nisbas only."""
    return lexicon.nisba_family_names if nisba else lexicon.family_names


def _family_named(text: Text, h: ActorHit) -> ActorHit:
    """``h``, or the listed person an unlisted title names by one word that ends only that
    person's name ("نائب أمينه العام الشيخ قاسم" -> naim_qassem)."""
    if not h.unlisted or h.kind != "person" or not h.key.startswith("~") or "_" in h.key:
        return h
    key = _family_names(text.lexicon, False).get(fold(h.key[1:]))
    if key is None or fold(text.tokens[h.last].form) != fold(h.key[1:]):
        return h
    return attrs.evolve(h, key=key, unlisted=False, display=text.lexicon.names.get(key))


def _by_family_name(text: Text, h: ActorHit, verb_ends: frozenset[int]) -> ActorHit:
    """``h``, or the listed person its one nisba word names when it stands right after a verb
    trigger or opens its clause (no noun before it for the nisba to qualify)."""
    if h.first != h.last or h.conj or h.prep:
        return h
    key = _family_names(text.lexicon, True).get(fold(text.tokens[h.first].form))
    if key is None:
        return h
    clause = text.token_range(text.clauses[text.clause_of(h.start)])
    if h.first - 1 not in verb_ends and clause.start != h.first:
        return h
    return attrs.evolve(h, key=key, kind="person", country=None, display=text.lexicon.names.get(key))


#: folded short name -> the listed person it names only after a title or a full form of the
#: name (``actors.json`` persons' ``guarded_forms``: "شي" for Xi, also "a thing").
_GUARDED = {fold(f): p["key"] for p in read_lexicon("actors.json")["persons"] for f in p.get("guarded_forms", ())}


def _guarded_forms(text: Text, hits: list[ActorHit]) -> list[ActorHit]:
    """``hits`` with the short names of ``_GUARDED`` that name their person: right after a
    listed office ("الرئيس الصيني شي") or once a full form has named the person before in the
    article ("التقى ماكرون وشي"); never alone ("كل شي")."""
    if not _GUARDED:
        return hits
    covered = {i for h in hits for i in range(h.first, h.last + 1)}
    ends = {h.last: h for h in hits}
    first_named = {}
    for h in hits:
        first_named.setdefault(h.key, h.last)
    added = []
    for i, tok in enumerate(text.tokens):
        if i in covered:
            continue
        for a in tok.analyses:
            key = _GUARDED.get(fold(a.word)) if not a.enc else None
            if key is None:
                continue
            office = ends.get(i - 1)
            if (office is None or office.kind != "role" or a.conj or a.prep) and first_named.get(key, i) >= i:
                continue
            prefix = a.conj + a.prep
            added.append(ActorHit(i, i, tok.start + len(prefix), tok.end, key, "person", text.original[tok.start:tok.end],
                                  prefix=prefix, conj=a.conj, prep=a.prep, display=text.lexicon.names.get(key)))
            break
    return sorted(hits + added, key=lambda h: h.first) if added else hits


def _guarded_title(text: Text, h: ActorHit) -> ActorHit:
    """``h``, or the listed person an unlisted title names by a guarded short name ("الرئيس شي")."""
    if not h.unlisted or h.kind != "person" or "_" in h.key or h.first == h.last:
        return h
    key = _GUARDED.get(fold(h.key[1:]))
    if key is None or fold(text.tokens[h.last].form) != fold(h.key[1:]):
        return h
    return attrs.evolve(h, key=key, unlisted=False, display=text.lexicon.names.get(key))


def _envoy(text: Text, h: ActorHit) -> ActorHit:
    """``h``, or, for an unlisted person of a state whose phrase opens with an envoy's title
    (``bodies.json`` envoy_titles, after a form of address: "سعادة سفير اليابان لدى الكويت
    موكوتو موريتا"، "السفير التركي"), that person keyed by the office and the state
    (``japan:ambassador``): one report names the envoy by his title, another by his name."""
    if not h.unlisted or h.kind != "person" or h.country is None:
        return h
    from .body_words import OPENER_FIRST, word_of  # body_words reads ActorHit from here

    j = h.first
    while j < h.last and any(fold(a.word) in OPENER_FIRST for a in text.tokens[j].analyses):
        j += 1
    if not word_of(text, j, "envoy_titles"):
        return h
    return attrs.evolve(h, key=f"{h.country}:ambassador")


def find_actors(text: Text) -> list[ActorHit]:
    """Actors in text order; a title or nationality right before a name is folded into the name.

    "وزير الخارجية الروسي سيرغي لافروف" gives one actor ``lavrov`` (office foreign_minister);
    "جو بايدن، نائب الرئيس الأمريكي" likewise gives ``biden``; "نظيره الأرميني" alone is a
    counterpart, resolved against the speaker later; "دولة قطر" is ``qatar`` from its first word.
    """
    hits = []
    for m in text.select("actor"):
        h = _signed(text, _hit(text, m))
        hits.append(_state_form(text, h, hits[-1].last + 1 if hits else 0))
    hits = _guarded_forms(text, hits)
    out: list[ActorHit] = []
    verb_ends = frozenset(t.last for t in text.select("trigger") if t.hit.pos == "verb")
    from .context import CONTACT_TYPES  # context reads find_actors from here
    from .family_names import named_again, party_slots

    slots = party_slots(text, frozenset(t.last for t in text.select("trigger")
                                        if t.hit.pos == "verb" and t.data.get("type") in CONTACT_TYPES))
    i = 0
    while i < len(hits):
        h = hits[i]
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if h.kind == "country" and ((nxt is not None and nxt.kind == "person" and _adjacent(text, h, nxt, False))
                                    or h.first in slots):
            # "التقى السوداني الشيباني"، "بحث السوداني مع عراقجي": a listed person's family name
            # that is a nisba, as a verb's subject or a meeting's party, is that person, not the
            # next one's nationality
            h = _by_family_name(text, h, verb_ends | {h.first - 1} if h.first in slots else verb_ends)
        if h.kind != "person" and nxt is not None and nxt.kind == "person" and _adjacent(text, h, nxt, True):
            # title/nationality + name -> the named person, keeping the office
            out.append(attrs.evolve(nxt, first=h.first, start=h.start, country=h.country or nxt.country,
                                    office=h.office or nxt.office, prefix=h.prefix, conj=h.conj, prep=h.prep,
                                    name=text.original[h.start:nxt.end],
                                    counterpart=h.kind == "counterpart"))
            i += 2
            continue
        if h.kind == "person" and nxt is not None and nxt.kind == "role" and _adjacent(text, h, nxt, True) \
                and (_adjacent(text, h, nxt, False) is False or _same_state(text, h, nxt)):
            # name, apposition title ("جو بايدن، نائب الرئيس الأمريكي"); without a comma only an
            # office of the person's own state ("استقبل السيسي رئيس وزراء اليونان": the object)
            out.append(attrs.evolve(h, last=nxt.last, end=nxt.end, country=nxt.country, office=nxt.office))
            i += 2
            if i < len(hits) and hits[i].key == h.key and hits[i].first == nxt.last + 1:
                i += 1  # "جو بايدن، نائب الرئيس الأمريكي جو بايدن": the name repeated
            continue
        if h.kind in ("group", "organization") and nxt is not None and _qualifies(text, h, nxt):
            # "حزب الله اللبناني"، "جماعة الحوثي اليمنية": the group's state, no party of its own
            out.append(attrs.evolve(h, country=h.country or nxt.key))
            i += 2
            continue
        out.append(h)
        i += 1
    from .bodies import find_bodies  # bodies reads ActorHit from here
    from .name_table import read_names  # name_table reads ActorHit from here

    return read_names(text, named_again(text, [_envoy(text, _guarded_title(text, _family_named(text, h)))
                                               for h in find_bodies(text, out)], verb_ends, slots))


def resolve_counterparts(hits: list[ActorHit], speaker: ActorHit | None) -> list[ActorHit]:
    """Give an unnamed "نظيره X" the speaker's office in country X (or the country alone)."""
    out = []
    for h in hits:
        if h.kind == "counterpart":
            office = speaker.office if speaker is not None else None
            if office and office != "counterpart":
                h = attrs.evolve(h, key=f"{h.country}:{office}", kind="role", office=office, counterpart=True)
            else:
                h = attrs.evolve(h, kind="country", counterpart=True)
        out.append(h)
    return out


def unlisted_speaker(text: Text, first: int, last_allowed: int, heads: dict[int, tuple[int, str, str]],
                     links: frozenset[str], stops: frozenset[str]) -> ActorHit | None:
    """A speaker phrase outside the gazetteer starting at token ``first``: a title or body noun
    (``heads``: first token -> (last token, kind, proclitic)), its modifiers (definite words,
    a noun in construct, a nisba, "باسم"/"بقيادة" + noun) and, after a title, up to three
    name words ("رئيس مجلس النواب نبيه بري"، "القيادة العامة للقوات المسلحة"، "المتحدث
    العسكري باسم الجماعة").  The key is ``~`` + the folded phrase; the name is the original
    text without the proclitic of the first word."""
    head = heads.get(first)
    if head is None:
        return None
    last, kind, prefix = head
    toks = text.tokens

    definites_at = (CLITICS.article, CLITICS.lam_article)
    initials = tuple(text.lexicon.cue_words.get("name_stop_initials", ()))

    def definite(j: int) -> bool:
        return j < len(toks) and toks[j].form.startswith(definites_at) and toks[j].form not in stops

    def plain(word: str) -> bool:
        return not word.startswith(initials) and not word.isdigit() and word not in stops

    i, names, definites = last + 1, 0, 0
    while i <= last_allowed and i < len(toks) and text.joinable[i - 1]:
        word = toks[i].form
        if word in stops or word.isdigit():
            break
        if word in links and definite(i + 1):
            i += 1
            definites = 0
            continue
        # after the first definite word only a nisba adjective or a genitive ("للقوات المسلحة")
        # continues the phrase: "نفت وزارة الداخلية الرواية" ends before its object
        attached = definites == 0 or is_nisba(word) or word.startswith(CLITICS.lam_article) \
            or toks[i - 1].form.startswith(CLITICS.lam_article)
        if names == 0 and definite(i) and attached:
            definites += 1
            last = i  # "العامة"، "للقوات"، "الجماعة"
        elif names == 0 and plain(word) and (definite(i + 1) or word.endswith(NISBA.ya)) and not definites:
            last = i  # "مجلس النواب"، "مسؤول عسكري"
        elif kind == "person" and names < 3 and (plain(word) or (names and word not in stops)):
            names += 1  # a name outside the gazetteer: "نبيه بري"
            last = i
        else:
            break
        i += 1
    start = toks[first].start + len(prefix)
    name = text.original[start:toks[last].end]
    words = [toks[first].form[len(prefix):]] + [toks[j].form for j in range(first + 1, last + 1)]
    return ActorHit(first, last, start, toks[last].end, "~" + "_".join(words), kind, name, unlisted=True)
