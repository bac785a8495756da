"""Per-mention headlines and the article's theatre.

A headline is a short Arabic description of one mention: who did what, to whom, where.  It is
composed from the extracted structure (type, phase or subtype, participants with their roles,
place) with the templates of ``headlines.json`` and the lexicon's display names ("غارات
إسرائيلية على الضاحية الجنوبية"، "اتصال هاتفي بين فلاديمير بوتين ورجب طيب أردوغان").  When
no template fits, it is taken from the mention's own clause: from the first to the last of
the trigger, its participants and its place near the trigger; dates are left out (an event
carries its interval), so are a leading conjunction and quotation marks. The theatre is the
article's dominant country (or pair of countries in conflict): the key an event that names
no place is placed in.
"""

from __future__ import annotations

import string
from collections import Counter
from collections.abc import Mapping, Sequence

from ..arabic import fold
from ..model import Actor
from .context import Candidate, Context
from .lexicon import place_name, read_lexicon

_TEMPLATES = read_lexicon("headlines.json")

#: At most this many words in a headline.
HEADLINE_WORDS = 14
#: How far (in words) from the trigger a participant or place still belongs to the headline.
_REACH = 8
_MARKS = tuple(chr(c) for c in range(0x064B, 0x0653)) + ("\u0670",)
#: How many words after a noun trigger are kept as its modifiers.
_MODIFIERS = 3
#: Characters dropped from a headline's edges: punctuation and quotation marks.
_EDGE = " \t\n,.;:!?\u060c\u061b\u061f\u00ab\u00bb\"'\u201c\u201d()-\u2013\u2014"


class Headlines(Context):
    """Short descriptions and the article's theatre."""

    def headline(self, cand: Candidate, actors: Sequence[Actor] | None = None, phase: str | None = None) -> str:
        """The headline of ``cand`` with participants ``actors`` (its roles by default):
        composed from a template when one fits, else its clause's words."""
        if actors is None:
            actors = self.roles(cand)
        return self.composed(cand, actors, phase) or self.clause_headline(cand)

    def composed(self, cand: Candidate, actors: Sequence[Actor], phase: str | None) -> str | None:
        """The first template of the most specific key (type/phase, type/subtype, type) whose
        slots are all known (see ``headlines.json``)."""
        templates: Mapping[str, list[str]] = _TEMPLATES["templates"]
        keys = [f"{cand.type}/{k}" for k in (phase, cand.subtype) if k] + [cand.type]
        key = next((k for k in keys if k in templates), None)
        if key is None:
            return None
        slots = self.slots(cand, actors)
        for template in templates[key]:
            fields = [f for _, f, _, _ in string.Formatter().parse(template) if f]
            if all(slots.get(f) for f in fields):
                return template.format_map(slots)
        return None

    def slots(self, cand: Candidate, actors: Sequence[Actor]) -> dict[str, str]:
        """The values a headline template may use (empty when unknown)."""
        join = _TEMPLATES["join"]

        def names(role: str | None) -> str:
            return join.join(dict.fromkeys(a.name for a in actors if role is None or a.role == role))

        agents = [a for a in actors if a.role == "agent"]
        state = agents[0].key.split(":")[0] if len(agents) == 1 else None
        adjective = self.text.lexicon.adjectives.get(state or "", "")
        place = place_name(cand.place) if cand.place else ""
        patients = names("patient")
        return {"agent": names("agent"), "counterparts": names("counterpart"), "patients": patients,
                "speakers": names("speaker"), "parties": names(None) if len(actors) > 1 else "",
                "agent_adj": adjective, "agent_adj_f": adjective + _TEMPLATES["feminine"] if adjective else "",
                "place": place, "target": patients or place}

    def clause_headline(self, cand: Candidate) -> str:
        """The headline of ``cand`` from its clause, from the first to the last nearby element."""
        text = self.text
        clause = self.clause(cand.match.start)
        span = text.token_range((cand.start, cand.end))
        first, last = (span[0], span[-1]) if span else (cand.match.first, cand.match.last)
        conj = {cand.match.first: cand.match.conj}  # the conjunction each element's first word carries
        for a in cand.actors:
            if clause[0] <= a.start and a.end <= clause[1] and \
                    (first - _REACH <= a.first <= last + _REACH or first - _REACH <= a.last <= last + _REACH):
                first, last = min(first, a.first), max(last, a.last)
                conj.setdefault(a.first, a.conj)
        if cand.match.hit.pos == "noun":
            # a noun's own modifiers: "قصفاً مكثفاً بالمدفعية"، "غارات إسرائيلية"
            for i in range(last + 1, min(last + 1 + _MODIFIERS, len(text.tokens))):
                if text.tokens[i].start >= clause[1] or i in self.timex_tokens or not text.joinable[i - 1]:
                    break
                last = i
        if cand.place is not None:
            for p in self.places_in(clause):
                if p.data["key"] == cand.place and p.first <= last + _REACH:
                    first, last = min(first, p.first), max(last, p.last)
                    conj.setdefault(p.first, p.conj)
                    break
        words = []
        for i in range(first, last + 1):
            if i in self.timex_tokens:
                continue
            tok = text.tokens[i]
            word = text.original[tok.start:tok.end]
            if not words and conj.get(i):
                # "وقصفت" -> "قصفت" (and the conjunction's own diacritic)
                word = word[len(conj[i]):].lstrip("".join(_MARKS))
            words.append(word)
        words = words[:HEADLINE_WORDS]
        stops = self.words("stop_words")
        while len(words) > 1 and fold(words[-1].strip(_EDGE)) in stops:
            words.pop()  # "... شعب تيغراى فى": no dangling function word
        return " ".join(w.strip(_EDGE) for w in words if w.strip(_EDGE)).strip(_EDGE)

    def theatre(self) -> str | None:
        """The article's dominant country key, or the sorted pair "a+b" of the two countries it
        is about when the second is named at least half as often as the first; ``None`` when
        no country is named twice.  Places count for the country they lie in; the title (the
        first sentence) counts double."""
        if getattr(self, "_theatre", False) is not False:
            return self._theatre
        counts: Counter[str] = Counter()
        first_seen: dict[str, int] = {}
        title_end = self.text.sentences[0][1] if self.text.sentences else 0
        countries = self.country_keys()
        for start, key in [(a.start, self.country_of(a) or (a.key if a.kind == "country" else None))
                           for a in self.actors] + [(p.start, self.country_of_place(str(p.data["key"]), countries))
                                                    for p in self.places]:
            if key is None:
                continue
            counts[key] += 2 if start < title_end else 1
            first_seen.setdefault(key, start)
        ranked = sorted(counts, key=lambda k: (-counts[k], first_seen[k]))
        result: str | None = None
        if ranked and counts[ranked[0]] >= 2:
            result = ranked[0]
            if len(ranked) > 1 and 2 * counts[ranked[1]] >= counts[ranked[0]]:
                result = "+".join(sorted(ranked[:2]))
        self._theatre: str | None = result
        return result

    def country_keys(self) -> frozenset[str]:
        """The lexicon's country keys."""
        return self.text.lexicon.countries

    def country_of_place(self, key: str, countries: frozenset[str]) -> str | None:
        """The country a place lies in (following the gazetteer's ``in`` links)."""
        seen = set()
        while key is not None and key not in seen:
            if key in countries:
                return key
            seen.add(key)
            key = self.text.lexicon.place_parent.get(key)
        return None
