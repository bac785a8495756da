"""Whom a spokesman speaks for: "قال المتحدث باسم وزارة الخارجية القطرية ماجد الأنصاري" is a
statement of the ministry, keyed as the outlet that writes "قالت الخارجية القطرية" keys it."""

from __future__ import annotations

import attrs

from .actors import PERSONLIKE, ActorHit, _hit
from .context import Candidate
from .speaker_names import SpeakerNames


class Principals(SpeakerNames):
    """The principal of a spokesman's statement."""

    def principals(self) -> dict[str, ActorHit]:
        """Each spokesman's key -> the principal his phrase names, once per text: a
        ``spokesman_heads`` phrase ("المتحدث باسم"، "الناطق العسكري باسم") opening a person's
        phrase, right before a listed body or state inside it ("الخارجية القطرية"، "الكرملين"،
        "جماعة الحوثي"; an unlisted one, "الرئاسة المصرية", is left: the phrase reader has
        taken it into the name). A person named again by his name alone ("وأضاف بيسكوف")
        speaks for the same principal."""
        found: dict[str, ActorHit] | None = getattr(self, "_principal_of", None)
        if found is not None:
            return found
        found = {}
        starts = {a.first: a for a in self.actors if a.kind in PERSONLIKE}
        listed: dict[int, ActorHit] = {}
        for m in self.text.select("actor"):
            if m.data["kind"] not in PERSONLIKE and m.data["kind"] != "role":
                listed.setdefault(m.first, _hit(self.text, m))
        for h in self.cues("spokesman_heads"):
            a = starts.get(h.first)
            if a is None or a.last <= h.last:
                continue
            body = listed.get(h.last + 1)
            if body is not None and (body.last == a.last or (body.last < a.last and not self.articled(body.last + 1))):
                # (the body's name ends where the spokesman's does or his own name starts; not
                # "مجلس الأمن" of "مجلس الأمن القومي الأمريكي")
                found.setdefault(a.key, body)
        self._principal_of = found
        return found

    def principal(self, c: Candidate) -> Candidate:
        """Statement ``c`` of a spokesman keyed by the one he speaks for (:meth:`principals`);
        his words and his name as written stay."""
        if c.type != "statement" or len(c.speaker) != 1:
            return c
        a = c.speaker[0]
        body = self.principals().get(a.key) if a.kind in PERSONLIKE else None
        if body is None:
            return c
        spoken = attrs.evolve(a, key=body.key, kind=body.kind, country=body.country, office=body.office,
                              display=a.display or (None if a.unlisted else a.name))
        return attrs.evolve(c, speaker=(spoken,), actors=tuple(spoken if x is a else x for x in c.actors))
