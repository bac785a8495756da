"""Participants: gazetteer matches fused into actors (title + name, name + apposition)."""

from __future__ import annotations

import attrs

from ..model import Actor
from .lexicon import display_name
from .text import Match, Text

#: Actor kinds that name one person (directly or through an office).
PERSONLIKE = frozenset({"person", "role", "counterpart"})


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

    def actor(self, role: str | None = None) -> Actor:
        """The participant, named by its canonical display name (never the surface form,
        which may carry clitics: "ولافروف"، "لنظيره")."""
        kind = {"role": "person", "counterpart": "person", "group": "group"}.get(self.kind, self.kind)
        return Actor(key=self.key, name=display_name(self.key), kind=kind, role=role)


def _hit(text: Text, m: Match) -> ActorHit:
    d = m.data
    return ActorHit(m.first, m.last, m.start, m.end, d["key"], d["kind"], text.original[m.start:m.end],
                    d.get("country"), d.get("office"), m.prefix)


def _adjacent(text: Text, a: ActorHit, b: ActorHit, commas: bool) -> bool:
    if b.first != a.last + 1:
        return False
    gap = text.original[a.end:b.start].strip()
    return gap == "" or (commas and gap in {",", "،"})


def find_actors(text: Text) -> list[ActorHit]:
    """Actors in text order; a title or nationality right before a name is folded into the name.

    "وزير الخارجية الروسي سيرغي لافروف" gives one actor ``lavrov`` (office foreign_minister);
    "جو بايدن، نائب الرئيس الأمريكي" likewise gives ``biden``; "نظيره الأرميني" alone is a
    counterpart, resolved against the speaker later.
    """
    hits = [_hit(text, m) for m in text.select("actor")]
    out: list[ActorHit] = []
    i = 0
    while i < len(hits):
        h = hits[i]
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if h.kind != "person" and nxt is not None and nxt.kind == "person" and _adjacent(text, h, nxt, True):
            # title/nationality + name -> the named person, keeping the office
            out.append(attrs.evolve(nxt, first=h.first, start=h.start, country=h.country or nxt.country,
                                    office=h.office or nxt.office, prefix=h.prefix, name=text.original[h.start:nxt.end],
                                    counterpart=h.kind == "counterpart"))
            i += 2
            continue
        if h.kind == "person" and nxt is not None and nxt.kind == "role" and _adjacent(text, h, nxt, True):
            # name, apposition title
            out.append(attrs.evolve(h, last=nxt.last, end=nxt.end, country=nxt.country, office=nxt.office))
            i += 2
            if i < len(hits) and hits[i].key == h.key and hits[i].first == nxt.last + 1:
                i += 1  # "جو بايدن، نائب الرئيس الأمريكي جو بايدن": the name repeated
            continue
        out.append(h)
        i += 1
    return out


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
