"""A state's body named by its bare head as an act's subject ("استعادت القوات المسلحة
السيطرة"، "بإعلان الجيش السيطرة"), and whose it is: the listed body the article named with that
head, the state it named it with, or the dateline's when certain (a mixin of
``participants.Participants``; the phrase is read by the speaker reader's ``unlisted``)."""

from __future__ import annotations

import bisect

import attrs

from . import body_words
from .actors import PERSONLIKE, ActorHit, find_actors
from .bodies import own_state
from .lexicon import ARTICLE, is_nisba
from .match import Match
from .speakers import Speakers


class BareBodies(Speakers):
    """Bare bodies as subjects, and the sites a capture takes."""

    def captured_site(self, m: Match, a: ActorHit) -> bool:
        """Whether ``a``, named after capture ``m``, opens with a word for a site forces take
        (``captured_sites``: "القصر"، "المطار")."""
        return a.first > m.last and self.is_word(a.first, "captured_sites")

    def bare_body(self, m: Match, clause: tuple[int, int]) -> ActorHit | None:
        """A body outside the gazetteer named by a speaker body's head (``speaker_bodies``) as
        the subject of verb ``m``: right after it, or right before it opening its clause or
        after "أن"; or, for a verb or an act noun, right between it and a verbal noun of
        announcing (``announcing_nouns``: "بإعلان الجيش السيطرة")."""
        span = self.text.token_range(clause)
        verb = m.hit.pos == "verb"
        hit = self.before(m, span, lambda j: body_words.word_of(self.text, j - 1, "announcing_nouns"))
        if hit is None and verb and m.last + 1 < span.stop:
            hit = self.unlisted(m.last + 1, span.stop - 1)
        if hit is None and verb:
            hit = self.before(m, span, lambda j: j == span.start or self.is_word(j - 1, "report_that"))
        if hit is None or hit.kind != "organization" or not self.token(hit.first)[len(hit.prefix):].startswith(ARTICLE):
            return None
        # (the head and its nisbas or adjectives only: "استعاد الجيش السيطرة" ends before its object)
        last = hit.first
        while last < hit.last and (is_nisba(self.token(last + 1))
                                   or body_words.bare(self.token(last + 1)) in body_words.WORDS["phrase_adjectives"]):
            last += 1
        if last == hit.first and body_words.head_at(self.text, hit.first) is None:
            return None  # "وأعدمت المملكة": a word alone that no body's head is ("الجيش" is one)
        toks = self.text.tokens
        if last == hit.first:
            named = self.named_by_head(hit)
            if named is not None:
                # "أطلقت حركة حماس ... وأطلقت الحركة سراح": the listed body named before by this head
                return attrs.evolve(hit, last=last, end=toks[last].end, key=named.key, kind=named.kind,
                                    country=named.country, unlisted=False,
                                    name=self.text.original[hit.start:toks[last].end])
        if last != hit.last:
            words = [toks[k].form for k in range(hit.first, last + 1)]
            words[0] = words[0][len(hit.prefix):]
            hit = attrs.evolve(hit, last=last, end=toks[last].end, key="~" + "_".join(words),
                               name=self.text.original[hit.start:toks[last].end])
        # the state the article names this head with ("قائد الجيش السوداني" before "الجيش"), else
        # the dateline's when certain (``bodies.own_state``); otherwise the body stays open
        state = (self.head_state(hit) if last == hit.first else None) or self.article_state()
        return attrs.evolve(hit, key=f"{state}:{hit.key}", country=state) if state is not None else hit

    def named_by_head(self, hit: ActorHit) -> ActorHit | None:
        """The listed body or group last named before ``hit`` by a phrase or a listed name that
        opens with ``hit``'s one word ("الجيش السوداني" before "الجيش"; "حماس", listed as "حركة
        حماس", before "الحركة"), or ``None``."""
        by_head = getattr(self, "_by_head", None)
        if by_head is None:
            by_head = self._by_head = {}  # head word -> (starts, actors), built once per document
            for a in self.actors:
                if a.kind not in PERSONLIKE and a.kind != "country" and not a.unlisted:
                    own = {body_words.bare(self.token(a.first)[len(a.prefix):])} if a.last > a.first else set()
                    for word in body_words.listed_heads(a.key) | own:
                        starts, named = by_head.setdefault(word, ([], []))
                        starts.append(a.start)
                        named.append(a)
        starts, named = by_head.get(body_words.bare(self.token(hit.first)[len(hit.prefix):]), ([], []))
        k = bisect.bisect_left(starts, hit.start)
        return named[k - 1] if k else None

    def head_state(self, hit: ActorHit) -> str | None:
        """The state whose nisba follows ``hit``'s one word where the article first names that
        word with one before ``hit`` ("الجيش السوداني"، inside a title too), or ``None``."""
        firsts = getattr(self, "_head_states", None)
        if firsts is None:
            firsts = self._head_states = {}  # word -> (start, state) of its first naming, once per document
            for m in self.text.select("actor"):
                key = str(m.data["key"])
                if m.data.get("kind") == "country" and m.first > 0 and is_nisba(self.token(m.last)):
                    firsts.setdefault(body_words.bare(self.token(m.first - 1)), (m.start, key))
                elif ":" in key and m.last > m.first and m.data.get("kind") not in PERSONLIKE:
                    # a state's listed body ("الجيش السوداني": sudan:army)
                    firsts.setdefault(body_words.bare(self.token(m.first)[len(m.prefix):]), (m.start, key.split(":")[0]))
        found = firsts.get(body_words.bare(self.token(hit.first)[len(hit.prefix):]))
        return found[1] if found is not None and found[0] < hit.start else None

    def article_state(self) -> str | None:
        """The state an article's bodies that name none belong to when its dateline makes it
        certain (``bodies.own_state``), computed once per document."""
        if not hasattr(self, "_article_state"):
            actors = find_actors(self.text)
            self._article_state = own_state(self.text, actors, actors)
        return self._article_state

    def before(self, m: Match, span: range, opens) -> ActorHit | None:
        """The unlisted speaker phrase ending right before trigger ``m`` that opens at a token
        of ``span`` for which ``opens`` holds, at most four words back."""
        for j in range(max(m.first - 4, span.start), m.first):
            if opens(j):
                hit = self.unlisted(j, m.first - 1)
                if hit is not None and hit.last == m.first - 1:
                    return hit
        return None
