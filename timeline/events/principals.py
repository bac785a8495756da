"""Whom a spokesman or an office speaks for: "قال المتحدث باسم وزارة الخارجية القطرية ماجد
الأنصاري" is a statement of the ministry, keyed as the outlet that writes "قالت الخارجية القطرية"
keys it; "قالت الرئاسة المصرية" is the president's office, as "قال الرئيس المصري" is."""

from __future__ import annotations

import attrs

from .actors import PERSONLIKE, ActorHit, _hit
from .context import Candidate
from .lexicon import is_nisba
from .speaker_names import SpeakerNames


class Principals(SpeakerNames):
    """The principal of a spokesman's statement."""

    def principals(self) -> dict[str, ActorHit]:
        """Each spokesman's key -> the principal his phrase names, once per text: a
        ``spokesman_heads`` phrase ("المتحدث باسم"، "الناطق العسكري باسم") opening a person's
        phrase, right before a listed body or state inside it ("الخارجية القطرية"، "الكرملين"،
        "جماعة الحوثي") or a presidency (:meth:`presidency_at`: "الرئاسة المصرية"). A person
        named again by his name alone ("وأضاف بيسكوف") speaks for the same principal."""
        found: dict[str, ActorHit] | None = getattr(self, "_principal_of", None)
        if found is not None:
            return found
        found = {}
        starts = {a.first: a for a in self.actors if a.kind in PERSONLIKE}
        listed = self.listed_bodies()
        for h in self.cues("spokesman_heads"):
            a = starts.get(h.first)
            if a is None or a.last <= h.last:
                continue
            body = listed.get(h.last + 1) or self.presidency_at(h.last + 1)
            if body is not None and (body.last == a.last or (body.last < a.last and not self.articled(body.last + 1))):
                # (the body's name ends where the spokesman's does or his own name starts; not
                # "مجلس الأمن" of "مجلس الأمن القومي الأمريكي")
                found.setdefault(a.key, body)
        self._principal_of = found
        return found

    def listed_bodies(self) -> dict[int, ActorHit]:
        """The gazetteer's bodies and states (no persons or offices) by first token, as listed
        (the phrase reader may have taken them into a longer phrase), once per text."""
        listed: dict[int, ActorHit] | None = getattr(self, "_listed_bodies", None)
        if listed is None:
            listed = self._listed_bodies = {}
            for m in self.text.select("actor"):
                if m.data["kind"] not in PERSONLIKE and m.data["kind"] != "role":
                    listed.setdefault(m.first, _hit(self.text, m))
        return listed

    def presidency_at(self, i: int) -> ActorHit | None:
        """The president's office of a state named at token ``i`` by a ``presidency_heads``
        word and the state's nisba right after it ("الرئاسة المصرية"، "الرئاسة الفرنسية"): the
        office the gazetteer lists for that state (``egypt:president``), else ``None``."""
        if i + 1 >= len(self.text.tokens) or not self.is_word(i, "presidency_heads") or not self.text.joinable[i]:
            return None
        state = self.listed_bodies().get(i + 1)
        if state is None or state.kind != "country" or state.last != i + 1 or not is_nisba(self.token(i + 1)):
            return None
        key = f"{state.key}:president"
        if key not in self.text.lexicon.names:
            return None
        toks = self.text.tokens
        return attrs.evolve(state, first=i, start=toks[i].start, key=key, kind="role", country=state.key,
                            office="president", name=self.text.original[toks[i].start:state.end])

    def principal(self, c: Candidate) -> Candidate:
        """Statement ``c`` of a spokesman keyed by the one he speaks for (:meth:`principals`),
        or of a presidency keyed as its state's president's office (:meth:`presidency_at`); the
        words and the name as written stay."""
        if c.type != "statement" or len(c.speaker) != 1:
            return c
        a = c.speaker[0]
        body = self.principals().get(a.key) if a.kind in PERSONLIKE else None
        if body is None and a.unlisted and a.last == a.first + 1:
            office = self.presidency_at(a.first)  # "وقالت الرئاسة المصرية": the president's office
            body = office if office is not None and office.last == a.last else None
        if body is None:
            return c
        spoken = attrs.evolve(a, key=body.key, kind=body.kind, country=body.country, office=body.office,
                              display=a.display or (None if a.unlisted else a.name))
        return attrs.evolve(c, speaker=(spoken,), actors=tuple(spoken if x is a else x for x in c.actors))
