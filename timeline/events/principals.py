"""Whom a spokesman or an office speaks for: "قال المتحدث باسم وزارة الخارجية القطرية ماجد
الأنصاري" is a statement of the ministry, keyed as the outlet that writes "قالت الخارجية القطرية"
keys it; "قالت الرئاسة المصرية" is the president's office, as "قال الرئيس المصري" is; "قال مكتب نتنياهو"
is Netanyahu's and "قال الديوان الملكي السعودي" the Saudi king's."""

from __future__ import annotations

import bisect
from collections.abc import Mapping

import attrs

from .actors import PERSONLIKE, ActorHit, _hit
from .context import Candidate
from .lexicon import ARTICLE, is_nisba
from .speaker_names import SpeakerNames

#: How many words a state body's compound name may run on past its first words to the state's
#: adjective ("وزارة الخارجية وشؤون المغتربين الأردنية").
COMPOUND_TAIL = 4
#: The cue class of a court's adjective -> the gazetteer office the court serves.
COURT_OFFICES = {"court_kings": "king", "court_emirs": "emir", "court_sultans": "sultan"}


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
            body = listed.get(h.last + 1) or self.presidency_at(h.last + 1) or self.body_named_before(h.last + 1, a)
            if body is not None and (body.last == a.last or (body.last < a.last and not self.articled(body.last + 1))):
                # (the body's name ends where the spokesman's does or his own name starts; not
                # "مجلس الأمن" of "مجلس الأمن القومي الأمريكي")
                found.setdefault(a.key, body)
        self._principal_of = found
        return found

    def body_named_before(self, i: int, a: ActorHit) -> ActorHit | None:
        """The listed body a bare definite head at token ``i`` names again, the last one of that
        head word named before it ("وزارة الخارجية القطرية ... . وقال الناطق باسم الوزارة"), when
        the head ends spokesman ``a``'s phrase; else ``None``."""
        form = self.token(i)
        if a.last != i or not form.startswith(ARTICLE) or not self.bare_word(i):
            return None
        starts, indices = self.bodies().get(form[len(ARTICLE):], ((), ()))
        k = bisect.bisect_left(starts, self.text.tokens[i].start) - 1
        body = self.actors[indices[k]] if k >= 0 else None
        body = self.compound_body(body) if body is not None and body.unlisted else body
        return body if body is not None and not body.unlisted else None

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

    def listed_at(self, i: int) -> ActorHit | None:
        """The gazetteer's longest actor (any kind) starting at token ``i``, as listed."""
        listed: dict[int, ActorHit] | None = getattr(self, "_listed_at", None)
        if listed is None:
            listed = self._listed_at = {}
            for m in self.text.select("actor"):
                if m.first not in listed or listed[m.first].last < m.last:
                    listed[m.first] = _hit(self.text, m)
        return listed.get(i)

    def served(self, a: ActorHit) -> ActorHit | None:
        """The one office phrase ``a`` speaks for: an ``office_heads`` word right before a
        listed person or office ("مكتب نتنياهو"، "مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو":
        the person named, else the office), or before a court's adjective (:data:`COURT_OFFICES`:
        "الديوان الملكي السعودي"، "الديوان الأميري": :meth:`court_holder`); else ``None``."""
        i = a.first
        if not any(c.first == i == c.last for c in self.cues("office_heads")) or i + 1 >= len(self.text.tokens) \
                or not self.text.joinable[i]:
            return None
        held = self.listed_at(i + 1)
        if held is not None and held.kind in ("person", "role") and not held.prep and not held.conj:
            holder = self.listed_at(held.last + 1) if held.kind == "role" else None
            if holder is not None and holder.kind == "person" and self.text.joinable[held.last]:
                held = attrs.evolve(holder, first=held.first, start=held.start)  # the office's holder named
            return held
        after = self.listed_at(a.last + 1)
        if held is None and after is not None and after.kind == "person" and not after.prep and not after.conj \
                and self.text.joinable[a.last]:
            return after  # "مكتب رئيس الوزراء بنيامين نتنياهو": an unlisted office, its holder named
        office = next((o for name, o in COURT_OFFICES.items() if self.is_word(i + 1, name)), None)
        return None if office is None else self.court_holder(a, office)

    def court_holder(self, a: ActorHit, office: str) -> ActorHit | None:
        """The office a court phrase ``a`` serves (``office``: "king"), keyed as its state's
        (``saudi_arabia:king``): the state the phrase names ("الديوان الملكي السعودي"), else the
        one state whose holder of that office the text names ("الديوان الملكي ... الملك سلمان");
        ``None`` when none or several, or when the gazetteer lists no such office."""
        states = {a.country} if a.country else set()
        for j in range(len(self.text.tokens)) if not states else ():
            h = self.listed_at(j)
            if h is not None and h.kind == "role" and h.office == office:
                states.add(h.country or "")
            elif h is not None and h.kind == "person":
                states |= {r.split(":")[0] for r in self.text.lexicon.roles_at(h.key, None) if r.endswith(":" + office)}
        if len(states) != 1 or not next(iter(states)):
            return None
        key = f"{next(iter(states))}:{office}"
        if key not in self.text.lexicon.names:
            return None
        return attrs.evolve(a, key=key, kind="role", country=key.split(":")[0], office=office)

    def state_offices(self) -> Mapping[str, str]:
        """The gazetteer's state bodies by their words without the state's adjective
        (:attr:`~timeline.events.lexicon.Lexicon.state_offices`: "وزاره_الخارجيه" -> "mfa")."""
        return self.text.lexicon.state_offices

    def compound_body(self, hit: ActorHit) -> ActorHit:
        """Unlisted body phrase ``hit`` that names a state body by its words without the
        adjective (:meth:`state_offices`), then more words after a و and a state's nisba, in the
        phrase or within :data:`COMPOUND_TAIL` words after it ("وزارة الخارجية وشؤون المغتربين
        الأردنية"، "وزارة الخارجية والهجرة المصرية"): that state's body (``jordan:mfa``); else
        ``hit``."""
        toks = self.text.tokens
        if not hit.unlisted or hit.kind in PERSONLIKE:
            return hit
        words = hit.key.split("~", 1)[-1].split("_")
        n = next((n for n in range(len(words), 1, -1) if "_".join(words[:n]) in self.state_offices()), 0)
        office = self.state_offices().get("_".join(words[:n])) if n else None
        if office is None:
            return hit
        heads = self.words("speaker_bodies") | self.words("speaker_titles")
        if hit.country and n < len(words) and words[n].startswith(tuple(self.words("coordinator"))) \
                and is_nisba(words[-1]) and not any(w in heads for w in [words[n][1:]] + words[n + 1:]):
            key = f"{hit.country}:{office}"  # the whole compound name read as one phrase
            return attrs.evolve(hit, key=key, unlisted=False) if key in self.text.lexicon.names else hit
        if hit.country or n != len(words) or hit.last + 1 >= len(toks) or not any(
                r.conj in self.words("coordinator") for r in toks[hit.last + 1].analyses):
            return hit
        for j in range(hit.last + 1, min(hit.last + COMPOUND_TAIL + 1, len(toks))):
            word = min((r.stem for r in toks[j].analyses), key=len, default=self.token(j))
            if not self.text.joinable[j - 1] or j in self.trigger_tokens or j in self.timex_tokens \
                    or word in heads or ARTICLE + word in heads:
                return hit  # ("وزارة الخارجية وقوات الأمن المصرية": two bodies)
            state = self.listed_bodies().get(j)
            if state is not None and state.kind == "country" and state.last == j and is_nisba(self.token(j)):
                key = f"{state.key}:{office}"
                if key not in self.text.lexicon.names:
                    return hit
                return attrs.evolve(hit, last=j, end=toks[j].end, key=key, country=state.key, unlisted=False,
                                    name=self.text.original[hit.start:toks[j].end])
        return hit

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
        if body is None and a.unlisted and a.kind == "person":
            # "وقال الناطق باسم الوزارة": the ministry named before
            body = next((self.body_named_before(h.last + 1, a) for h in self.cues("spokesman_heads")
                         if h.first == a.first), None)
        if body is None and a.unlisted:
            body = self.served(a)
        if body is None and a.unlisted and a.kind not in PERSONLIKE:
            body = self.compound_body(a)  # "وزارة الخارجية وشؤون المغتربين الأردنية"
            body = None if body is a else body  # "وقال مكتب نتنياهو"، "الديوان الملكي السعودي": the one it serves
        if body is None:
            return c
        spoken = attrs.evolve(a, key=body.key, kind=body.kind, country=body.country, office=body.office,
                              display=a.display or (None if a.unlisted else a.name))
        return attrs.evolve(c, speaker=(spoken,), actors=tuple(spoken if x is a else x for x in c.actors))
