"""The per-article extraction context: the analysed text and its lexicon matches, the actors,
places and usable time expressions of the article, and the lookups every step shares."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from types import MappingProxyType

import attrs

from ..document import Document, analyse
from ..model import Article, Timex, calendar_day
from .actors import ActorHit, find_actors
from .lexicon import ARTICLE, LEXICON, Hit, Lexicon, is_nisba
from .match import Match, Text
from .predicates import find_predicates

#: Types whose content is what happened (parties act on each other).
CONTENT_TYPES = frozenset({"ceasefire", "strike", "capture"})
#: Types that bring people together.
CONTACT_TYPES = frozenset({"call", "meeting"})
#: Cue classes that order two events ("بعد"، "قبل"): triggers on both sides are two events.
ORDER_CUES = ("after_previous", "earlier_than_previous", "later_than_previous", "after_next", "before_next")
#: How many words after a team, company or medium noun its nationality may stand.
NON_STATE_REACH = 3
#: The longest unlisted place name taken after a place noun ("مخيم عين بيت الماء").
NAME_WORDS = 3
#: What may stand between two coordinated names ("X وY"، "X، وY"), folded.
SEPARATORS = frozenset({"", ","})


@attrs.frozen
class Candidate:
    """A trigger that reports an event, with what the clause says about it."""

    match: Match
    type: str
    subtype: str | None
    start: int
    end: int
    confidence: float
    actors: tuple[ActorHit, ...] = ()
    speaker: tuple[ActorHit, ...] = ()
    place: str | None = None
    separate: bool = False
    #: announced for later (a future cue governs the trigger)
    planned: bool = False
    #: an event only when a time expression of its clause or sentence dates it
    needs_date: bool = False
    #: spans of title or teaser words that report the same event
    echoes: tuple[tuple[int, int], ...] = ()


def usable(t: Timex) -> bool:
    """A time expression that can date an event: a bounded date, not a set, not "منذ"."""
    since = t.reading.get("since") or dict(t.extra).get("since")
    return t.earliest is not None and t.latest is not None and t.type != "SET" and not since


class Context:
    """What one article offers every extraction step (built once; read-only afterwards)."""

    def __init__(self, article: Article, timexes: Sequence[Timex], window_days: int, document: Document | None,
                 lexicon: Lexicon = LEXICON):
        self.article = article
        self.text = Text(document if document is not None else analyse(article.text, article.id), lexicon)
        self.window_days = window_days
        self.timexes = sorted((t for t in timexes if usable(t)), key=lambda t: (t.start, t.end))
        #: every time expression, bounded or not ("بعد يومين" may count from an event: Dating)
        self.all_timexes = sorted(timexes, key=lambda t: (t.start, t.end))
        self._all_timex_starts = [t.start for t in self.all_timexes]
        self.cue_cache: dict[str, list[Match]] = {}
        self._positions: dict[str, tuple[list[int], frozenset[int]]] = {}
        self._words: dict[str, list[int]] | None = None
        #: offsets of colons (what a saying verb reports may follow one)
        self.colons = [i for i, ch in enumerate(article.text) if ch == ":"]
        self.cue_starts: dict[str, list[int]] = {}
        # "تونس - أعلنت ..."، "نيويورك، بيروت - تبنى ...": where the wire was filed from is
        # neither a participant nor the place of the event
        doc = self.text.doc
        # words an unlisted place name cannot run into: listed names, triggers, dates
        self.timex_tokens = {i for t in self.timexes for i in self.text.token_range((t.start, t.end))}
        self._lexical_tokens = {i for m in self.text.matches if m.category in ("actor", "place", "trigger")
                                and not m.data.get("name_word") for i in range(m.first, m.last + 1)}
        all_places = self.unlisted_places(self.text.select("place"))
        self.places = [p for p in all_places if not doc.in_dateline(p.start)]
        #: the city of the article's opening dateline ("أبها - "، "الرياض (واس) -"): the place of
        #: an act in the lead sentence that names none (see Places.place)
        self.dateline_place = next((str(p.data["key"]) for p in all_places if doc.datelines
                                    and doc.datelines[0][0] <= p.start < doc.datelines[0][1]
                                    and self.text.sentence_of(p.start) == 0), None)
        # "جدة السعودية": a nationality right after a place names where it is, not who acts
        after_place = {p.last + 1 for p in self.places}
        # "نادي الهلال السعودي"، "المنتخب المصري"، "وكالة الأنباء الروسية": the nationality of a
        # team, a company or a medium, not the state
        body_ends = sorted(c.last for c in self.cues("non_state_heads"))
        self.actors = [a for a in find_actors(self.text) if not (a.kind == "country" and a.first in after_place)
                       and not (a.kind == "country" and self.non_state_nationality(a, body_ends))
                       and not doc.in_dateline(a.start)]
        self._actor_starts = [a.start for a in self.actors]
        self.actor_tokens = {i for a in self.actors for i in range(a.first, a.last + 1)}
        self._actor_index = {id(a): i for i, a in enumerate(self.actors)}
        self._place_starts = [p.start for p in self.places]
        self._timex_starts = [t.start for t in self.timexes]
        self._timex_index = {id(t): i for i, t in enumerate(self.timexes)}
        self.blocked_tokens = {i for b in self.cues("blockers") for i in range(b.first, b.last + 1)}
        self.triggers = [m for m in self.text.select("trigger") if not self.blocked(m)]
        # a dated clause-initial verb no trigger reads: a generic act (see .predicates)
        published = article.published
        self.triggers = find_predicates(self.text, self.timexes, self.triggers,
                                        calendar_day(published))
        self.alternates: dict[tuple[int, int], list[Match]] = {}
        for m in sorted((m for m in self.text.matches if m.category == "trigger"),
                        key=lambda m: (m.prefix != "", m.enc != "", m.hit.ident)):
            self.alternates.setdefault((m.first, m.last), []).append(m)
        self.trigger_tokens = {i for m in self.text.matches if m.category == "trigger"
                               for i in range(m.first, m.last + 1)}
        self.contact_sentences = {self.text.sentence_of(m.start) for m in self.triggers
                                  if m.data["type"] in CONTACT_TYPES}
        # the word after a saying trigger (its subject); not after a noun naming another's
        # statement ("نددت الجبهة بإعلان الرئيس ترامب، وقالت": the speaker is still the front)
        self.sayers = {t.last + 1 for t in self.triggers if t.data["type"] == "statement"
                       and not t.data.get("names_statement")}
        self._saying: list[int] | None = None
        self._joiner_chars: frozenset[str] | None = None  # (Dating.only_joiners)
        # who governs each time expression, the first event of each sentence (Dating.owners)
        self._governor: dict[int, Candidate] = {}
        self._first_of_sentence: dict[int, Candidate] = {}
        self._heads: dict[int, tuple[int, str, str]] | None = None
        self._bodies: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] | None = None
        self._actor_at: dict[int, ActorHit] | None = None
        self._truce_topic: bool | None = None
        #: candidates dated by an offset from an event the article does not date (Dating.event_offset)
        self._unanchored: set[int] = set()
        self._resolving: set[int] = set()
        self._trigger_firsts: list[int] | None = None
        #: (trigger, actor) first tokens of an act verb and the person it falls on (Participants.verb_object)
        self.objects: set[tuple[int, int]] = set()
        self._links = self.text.lexicon.cue_words["speaker_links"]
        self._stops = self.text.lexicon.cue_words["speaker_stops"]
        # between coordinated time expressions ("يومي الـ10 والـ17"): spaces, commas, dashes,
        # tatweel, a coordinator and the article
        joiners = "|".join(sorted(map(re.escape, self.words("coordinator") | {ARTICLE}), key=len, reverse=True))
        self.coordination_gap = re.compile(rf"[\s,\u060c\-\u0640]*(?:(?:{joiners})[\s\u0640]*)*[\s,\u060c\-\u0640]*")

    def non_state_nationality(self, a: ActorHit, body_ends: list[int]) -> bool:
        """Whether country ``a`` is a nisba adjective at most :data:`NON_STATE_REACH` words
        after a team, company or medium noun (``non_state_heads``), with no complementizer
        between: it says whose the team or paper is."""
        k = bisect.bisect_left(body_ends, a.first) - 1
        if k < 0 or a.first - body_ends[k] > NON_STATE_REACH or not is_nisba(self.text.tokens[a.last].form):
            return False
        return not any(self.is_word(i, "complementizers") for i in range(body_ends[k] + 1, a.first))

    def unlisted_places(self, listed: list[Match]) -> list[Match]:
        """Listed places plus the name after a place noun ("بلدة كفر نبل"، "منطقة البسطة"), keyed
        by its folded words (see :meth:`name_phrase`)."""
        taken = {i for p in listed for i in range(p.first, p.last + 1)}
        out = list(listed)
        toks = self.text.tokens
        definite_only = {i for c in self.cues("definite_place_head") for i in range(c.first, c.last + 1)}
        for c in self.cues("place_head") + self.cues("definite_place_head"):
            i = c.last + 1
            if i < len(toks) and i not in taken and self.text.joinable[c.last]:
                tok = toks[i]
                if c.last in definite_only and not any(a.definite and not a.prep for a in tok.analyses):
                    continue  # "منطقة البسطة" is a name, "منطقة نزاع" a kind of area
                if any(a.conj and a.enc in self.words("place_back_pronouns") for a in tok.analyses):
                    continue  # "المدينة ومحيطها": the place and its surroundings, no name
                if len(tok.form) > 2 and not tok.form.isdigit() and not self.name_stop(i):
                    last = self.name_phrase(i, taken)
                    key = " ".join(t.form for t in toks[i:last + 1])
                    data = MappingProxyType({"key": key, "kind": "unlisted"})
                    out.append(Match(i, last, tok.start, toks[last].end, Hit("place", data, "noun", ("place", key))))
        return sorted(out, key=lambda p: p.first)

    def name_phrase(self, i: int, taken: set[int]) -> int:
        """The last token of the proper name opening at token ``i`` after a place noun: a chain
        of indefinite words closed by at most one definite one ("كفر نبل"، "خان يونس"، "دير
        البلح"، "رأس النبع"), at most :data:`NAME_WORDS` words, within one phrase (no punctuation)
        and ending before a word that cannot continue a name: a nisba adjective ("جنوبي")، a
        word of ``place_name_stops`` (directions, prepositions, relatives), a listed name or
        trigger, a date, a number, or a word with و or a preposition and the article
        ("والمدمرة"، "بالقرب")."""
        toks = self.text.tokens
        last = i
        if any(a.definite for a in toks[i].analyses if not a.prep and not a.conj):
            return last
        while last - i + 1 < NAME_WORDS and self.text.joinable[last]:
            j = last + 1
            tok = toks[j]
            if j in taken or self.name_stop(j) or is_nisba(tok.form) or len(tok.form) < 2 \
                    or any(a.conj or (a.prep and a.definite) for a in tok.analyses):
                break
            last = j
            if any(a.definite and not a.prep for a in tok.analyses):
                break  # "دير البلح": a definite word closes the name
        return last

    def name_stop(self, i: int) -> bool:
        """Token ``i`` cannot be (part of) an unlisted place name: a date, a listed name or
        trigger, a number or a word of ``place_name_stops``."""
        form = self.text.tokens[i].form
        return i in self.timex_tokens or i in self._lexical_tokens or form in self.words("place_name_stops") \
            or any(ch.isdigit() for ch in form)

    def cues(self, name: str) -> list[Match]:
        """Matches of one cue class, sorted by first token."""
        if name not in self.cue_cache:
            self.cue_cache[name] = sorted(self.text.cues(name), key=lambda c: (c.first, c.last))
            self.cue_starts[name] = [c.first for c in self.cue_cache[name]]
        return self.cue_cache[name]

    def cues_from(self, name: str, first: int) -> list[Match]:
        """Cues of class ``name`` starting at token ``first`` or later."""
        cues = self.cues(name)
        return cues[bisect.bisect_left(self.cue_starts[name], first):]

    def near(self, name: str, m: Match, before: int, after: int, scope: tuple[int, int]) -> Match | None:
        """The first cue of class ``name`` within the token window around ``m`` inside ``scope``."""
        lo, hi = m.first - before, m.last + after
        for c in self.cues_from(name, lo):
            if c.first > hi:
                break
            if c.last <= hi and scope[0] <= c.start and c.end <= scope[1]:
                return c
        return None

    def clause(self, offset: int) -> tuple[int, int]:
        return self.text.clauses[self.text.clause_of(offset)]

    def sentence(self, offset: int) -> tuple[int, int]:
        return self.text.sentences[self.text.sentence_of(offset)]

    def actors_in(self, span: tuple[int, int]) -> list[ActorHit]:
        lo = bisect.bisect_left(self._actor_starts, span[0])
        hi = bisect.bisect_left(self._actor_starts, span[1])
        return [a for a in self.actors[lo:hi] if a.end <= span[1]]

    def places_in(self, span: tuple[int, int]) -> list[Match]:
        """The places inside ``span``."""
        lo = bisect.bisect_left(self._place_starts, span[0])
        hi = bisect.bisect_left(self._place_starts, span[1])
        return [p for p in self.places[lo:hi] if p.end <= span[1]]

    def token(self, i: int) -> str:
        return self.text.tokens[i].form if 0 <= i < len(self.text.tokens) else ""

    def has_anaphora(self, span: tuple[int, int]) -> bool:
        for c in self.cues_from("anaphora", self.text.token_at(span[0])):
            if c.start >= span[1]:
                break
            if span[0] <= c.start and c.end <= span[1]:
                return True
        return False

    def blocked(self, m: Match) -> bool:
        return any(i in self.blocked_tokens for i in range(m.first, m.last + 1))

    def near_sentences(self, name: str, sentence: tuple[int, int]) -> bool:
        """A cue of class ``name`` in this sentence or the one before."""
        i = self.text.sentence_of(sentence[0])
        lo = self.text.sentences[i - 1][0] if i > 0 else sentence[0]
        return any(lo <= c.start and c.end <= sentence[1] for c in self.cues(name))

    def ordering_between(self, lo: int, hi: int) -> bool:
        """A temporal-relation cue ("بعد"، "إثر"، "قبل") between tokens ``lo`` and ``hi``."""
        for name in ORDER_CUES:
            for c in self.cues_from(name, lo + 1):
                if c.first >= hi:
                    break
                return True
        return False

    def first_token(self, k: int) -> int:
        """Index of the first token of sentence ``k`` (a sentence span starts at the space before it)."""
        return self.text.token_range(self.text.sentences[k]).start

    def opens_with(self, name: str, k: int) -> bool:
        """Whether sentence ``k`` starts with a cue of class ``name``."""
        first = self.first_token(k)
        return any(c.first == first for c in self.cues_from(name, first)[:3])

    def words(self, name: str) -> frozenset[str]:
        """The one-word forms of cue class ``name``, folded."""
        return self.text.lexicon.cue_words.get(name, frozenset())

    def is_word(self, i: int, name: str) -> bool:
        """Token ``i`` is a one-word form of cue class ``name``, as written or after و/ف."""
        return i in self.positions(name)[1]

    def positions(self, name: str) -> tuple[list[int], frozenset[int]]:
        """The tokens that are one-word forms of cue class ``name`` (sorted, and as a set);
        computed once per class, so every test is O(1) and every search O(log n)."""
        found = self._positions.get(name)
        if found is None:
            forms = self.words(name)
            index = self._word_index()
            if len(forms) < len(index):
                hits = sorted({i for form in forms for i in index.get(form, ())})
            else:
                hits = sorted({i for form, at in index.items() if form in forms for i in at})
            found = self._positions[name] = (hits, frozenset(hits))
        return found

    def _word_index(self) -> dict[str, list[int]]:
        """Each token's form and its forms after و/ف alone, to the tokens bearing it; built
        once per document so that looking up a cue class costs its hits, not the text."""
        if self._words is None:
            index: dict[str, list[int]] = {}
            for i, tok in enumerate(self.text.tokens):
                index.setdefault(tok.form, []).append(i)
                for a in tok.analyses:
                    if a.conj and not a.prep and not a.enc and a.word != tok.form:
                        index.setdefault(a.word, []).append(i)
            self._words = index
        return self._words

    def first_word_from(self, name: str, first: int, stop: int) -> int | None:
        """The first token of class ``name`` at or after token ``first`` and before ``stop``."""
        hits = self.positions(name)[0]
        k = bisect.bisect_left(hits, first)
        return hits[k] if k < len(hits) and hits[k] < stop else None

    def last_word_before(self, name: str, first: int, stop: int) -> int | None:
        """The last token of class ``name`` at or after token ``first`` and before ``stop``."""
        hits = self.positions(name)[0]
        k = bisect.bisect_left(hits, stop) - 1
        return hits[k] if k >= 0 and hits[k] >= first else None
