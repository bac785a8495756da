"""One table of the unlisted persons an article names in full, read once per analysed document.

A person no list holds is introduced by a title, an office, a nisba or in apposition, with two
or more name words ("رئيس الوزراء الجورجي إيراكلي كوباخيدزه"، "البوتسواني ليتسيلي تيبوغو"); the
article then names him by the last word alone, with clitics ("والتقى كوباخيدزه بأوربان"، "وقال
تيبوغو"). The table maps that surname to the introducing hit, so a later bare surname is that
person (one key with the full name) and its word no trigger ("وقال دان": Nicușor Dan's surname,
not "condemned"). A surname that is also a verb ("نيكوشور دان") ends the name only where it
cannot be the verb: before punctuation, or where the two words recur together in the article.
"""

from __future__ import annotations

from collections import Counter

import attrs

from ..arabic import fold
from .actors import ActorHit
from .family_names import MIN_LETTERS
from .lexicon import is_nisba
from .match import Text

#: the fewest name words of an introduction (a given name and a surname)
MIN_WORDS = 2

#: the most name words read after an office
MAX_WORDS = 3

#: the fewest letters of a bare word read as a name no list holds and no article introduced
BARE_LETTERS = 4


@attrs.frozen
class NameTable:
    """The surnames of an article's unlisted persons named in full (folded, no clitic) -> the
    introducing hit; and the tokens that are such a person's name words (no trigger)."""

    persons: dict[str, ActorHit]
    name_tokens: frozenset[int]


def table_of(text: Text) -> NameTable | None:
    """The table :func:`read_names` built for ``text`` (None before it ran)."""
    return text.names


@attrs.frozen
class _Recurrence:
    """Where the article's words stand again, indexed once so every question is a lookup
    (a scan of the article per office or name made a long article quadratic)."""

    pairs: Counter[tuple[str, str]]
    #: a stem -> the tokens where it stands with no pronoun and no article (with a proclitic or not)
    bare: dict[str, list[int]]

    @classmethod
    def of(cls, text: Text) -> _Recurrence:
        toks = text.tokens
        bare: dict[str, list[int]] = {}
        for j, tok in enumerate(toks):
            for stem in dict.fromkeys(a.stem for a in tok.analyses if not a.enc and not a.definite):
                bare.setdefault(stem, []).append(j)
        return cls(Counter((toks[j].form, toks[j + 1].form) for j in range(len(toks) - 1)), bare)

    def pair_again(self, text: Text, i: int) -> bool:
        """Whether the words ``i`` and ``i + 1`` stand together again elsewhere in the article."""
        return self.pairs[(text.tokens[i].form, text.tokens[i + 1].form)] > 1

    def alone_at(self, form: str, places: frozenset[int], besides: int) -> bool:
        """Whether ``form`` stands alone (a proclitic allowed) at one of ``places`` but ``besides``."""
        return any(j in places and j != besides for j in self.bare.get(form, ()))

    def alone_outside(self, form: str, run: range) -> bool:
        """Whether ``form`` stands alone (a proclitic allowed) somewhere outside ``run``."""
        return any(j not in run for j in self.bare.get(form, ()))


def _name_word(text: Text, i: int, listed: set[int], nisba: bool = False) -> bool:
    """Whether token ``i`` can be a word of a person's name: no word of ``listed`` (the lexicon's),
    no article in any reading, no digit, no nisba unless ``nisba`` ("إيراكلي" ends as one)."""
    if i in listed:
        return False
    tok = text.tokens[i]
    return not any(a.definite for a in tok.analyses) and not tok.form.isdigit() \
        and (nisba or not is_nisba(tok.form)) and len(tok.form) >= 2


def _trailing_words(text: Text, h: ActorHit, listed: set[int]) -> int:
    """How many name words end hit ``h`` (from its last token back)."""
    n, i = 0, h.last
    while i >= h.first and _name_word(text, i, listed) and (i == h.last or text.joinable[i]):
        n += 1
        i -= 1
    return n


def _unlisted_person(h: ActorHit) -> bool:
    return h.kind in ("person", "role") and (h.unlisted or "~" in h.key or ":" in h.key)


def _before_stop(text: Text, i: int) -> bool:
    """Whether punctuation or the sentence's end follows word ``i``."""
    toks = text.tokens
    return i + 1 >= len(toks) or bool(text.gap(toks[i].end, toks[i + 1].start)) \
        or text.sentence_of(toks[i + 1].start) != text.sentence_of(toks[i].start)


def _extended(text: Text, h: ActorHit, excluded: set[int], covered: set[int], slots: frozenset[int],
              again: _Recurrence) -> ActorHit:
    """``h`` ending in one name word after its title, with the next word (a verb's form, so no
    reader took it) as the surname when it cannot be the verb: before punctuation or beside the
    same word again ("الوسطي نيكوشور دان، اليوم"), and standing alone where only a person can, a
    saying's or a meeting's party ("وقال دان،")."""
    j = h.last + 1
    toks = text.tokens
    if j >= len(toks) or j in covered or not text.joinable[h.last] \
            or text.sentence_of(toks[j].start) != text.sentence_of(toks[h.last].start):
        return h
    if not _name_word(text, j, excluded) or not (_before_stop(text, j) or again.pair_again(text, h.last)):
        return h
    form = toks[j].form
    if not again.alone_at(form, slots, j):
        return h
    key = h.key + "_" + fold(form) if h.key.endswith(fold(toks[h.last].form)) else h.key
    return attrs.evolve(h, last=j, end=toks[j].end, key=key, name=text.original[h.start:toks[j].end])


def _office_named(text: Text, h: ActorHit, lexical: set[int], covered: set[int], again: _Recurrence,
                  named: dict[str, ActorHit]) -> ActorHit:
    """An office no reader gave a name to, with the two or three words after it when they are no
    lexicon word and the last stands again alone in the article (a surname named again: "وقال
    كوباخيدزه"، "بأوربان"): its holder's name, though no
    comma ends it ("رئيس الوزراء الجورجي إيراكلي كوباخيدزه استقبل ... والتقى كوباخيدزه"). The run
    stops at a surname already ``named`` (another person: "الرئيس الأرجنتيني خافيير ميلي كاست")."""
    toks = text.tokens
    sentence = text.sentence_of(toks[h.last].start)
    run = 0
    for k in range(h.last + 1, min(h.last + 1 + MAX_WORDS, len(toks))):
        if k in lexical or k in covered or not text.joinable[k - 1] or text.sentence_of(toks[k].start) != sentence \
                or not _name_word(text, k, lexical, nisba=True) or any(a.prep or a.conj for a in toks[k].analyses[:1]) \
                or toks[k].form in named:
            break
        run += 1
    for n in range(run, MIN_WORDS - 1, -1):
        last = h.last + n
        if len(toks[last].form) >= MIN_LETTERS and again.alone_outside(toks[last].form, range(h.last + 1, last + 1)):
            return attrs.evolve(h, last=last, end=toks[last].end, name=text.original[h.start:toks[last].end],
                                display=text.original[h.start:toks[last].end])
    return h


def _named(text: Text, h: ActorHit, n: int) -> ActorHit:
    """The person of hit ``h`` (ending in ``n`` name words) as its bare surname names him: an
    office's holder by his unlisted name of that state ("georgia:~ايراكلي_كوباخيدزه", as identity
    pairs an office with its holder's name), never the office itself (a saying of the surname is
    then no restatement of the office's act: devmerge16's "أعلن رئيس الوزراء ... استقالته ...
    وقال فارادكار")."""
    if "~" in h.key:
        return h
    words = "_".join(fold(t.form) for t in text.tokens[h.last - n + 1:h.last + 1])
    state = h.country or h.key.partition(":")[0]
    return attrs.evolve(h, key=f"{state}:~{words}" if state else f"~{words}", kind="person", unlisted=True,
                        display=None)


def _party_places(text: Text) -> frozenset[int]:
    """Where a bare surname is read as its person: right after a saying or contact verb (the
    speaker, a party: "وقال تيبوغو"، "والتقى كوباخيدزه") and at a meeting's other parties ("بأوربان");
    elsewhere a bare word may be another's (a coordinated subject, an act's object) and the
    readers of those places decide."""
    from .context import CONTACT_TYPES  # context reads find_actors, which reads this module
    from .family_names import party_slots

    verbs = [t for t in text.select("trigger") if t.hit.pos == "verb"]
    contact = frozenset(t.last for t in verbs if t.data.get("type") in CONTACT_TYPES)
    return party_slots(text, contact) | {t.last + 1 for t in verbs if t.data.get("type") == "statement"}


@attrs.frozen
class _Lexical:
    """The tokens the lexicon's matches cover, by kind, read in one pass over the matches (the
    listed actors' from the actors' own leftmost-longest choice)."""

    listed: set[int]  # a listed actor's words (not a name word of one)
    lexical: set[int]  # an actor's, a place's, a trigger's or a cue's
    triggers: set[int]
    others: set[int]  # an actor's, a place's or a cue's
    suffixed: set[int]  # a trigger's with a pronoun suffix (a verb's form so is no name: "وراء اعتقاله")

    @classmethod
    def of(cls, text: Text) -> _Lexical:
        listed = {i for m in text.select("actor") for i in range(m.first, m.last + 1) if not m.data.get("name_word")}
        found: _Lexical = cls(listed, set(), set(), set(), set())
        for m in text.matches:
            if m.category not in ("actor", "place", "trigger", "cue"):
                continue
            span = range(m.first, m.last + 1)
            found.lexical.update(span)
            if m.category == "trigger":
                found.triggers.update(span)
                if m.enc:
                    found.suffixed.update(span)
                continue
            found.others.update(span)
        return found


def _bare_name(text: Text, i: int, clitics: frozenset[str], stops: frozenset[str]) -> str | None:
    """The folded stem of word ``i`` when it can be a bare unlisted name: no lexicon word, no
    article, no pronoun, no nisba, no digit, no stop word, :data:`BARE_LETTERS` letters or more;
    with a preposition of ``clitics`` only (none when ``clitics`` is empty)."""
    form = fold(text.tokens[i].form)
    for a in text.tokens[i].analyses:
        if a.enc or a.definite or a.conj or (a.prep not in clitics if a.prep else bool(clitics)) \
                or fold(a.prep + a.stem) != form:  # (the whole word: no ending stripped, "مرئياً")
            continue
        if len(a.stem) >= BARE_LETTERS and not a.stem.isdigit() and not is_nisba(a.stem) \
                and fold(a.stem) not in stops:
            return a.stem
    return None


def _contact_pairs(text: Text, hits: list[ActorHit], lexical: set[int], covered: set[int],
                   again: _Recurrence) -> list[ActorHit]:
    """The parties of a contact verb named by bare words no list holds, its subject and its
    ب-party (or its party after "مع"), the pair closed by punctuation or a word that starts no name ("التقى توكاييف
    بميرضيائيف،"): persons keyed by the word. One of the two may be a listed person's hit
    ("التقى بوتين بخوريلسوخ،") when the bare word stands alone again in the article (a common noun
    or a time word there is no name: "التقى مساء بالرئيس")."""
    from .context import CONTACT_TYPES  # context reads find_actors, which reads this module
    from .family_names import ends_name

    clitics = text.lexicon.cue_words.get("complement_clitic", frozenset())
    withs = text.lexicon.cue_words.get("with", frozenset())
    stops = text.lexicon.cue_words.get("stop_words", frozenset())
    toks = text.tokens
    by_first = {h.first: h for h in hits}
    added: list[ActorHit] = []
    for t in text.select("trigger"):
        # (one word: a verb with its noun, "أجرى اتصالاً مرئياً بذويهما", has its own object)
        if t.hit.pos != "verb" or t.data.get("type") not in CONTACT_TYPES or t.enc or t.last != t.first:
            continue
        i = t.last + 1
        subject = by_first.get(i)
        j = subject.last + 1 if subject is not None else i + 1
        # "اجتمع ساكسيزي مع يانيزيفيتش،": the party after "مع", bare
        with_word = j < len(toks) and text.joinable[j - 1] \
            and any(a.word in withs and not a.prep and not a.conj for a in toks[j].analyses)
        j += with_word
        if j >= len(toks) or not text.joinable[j - 1] or j in covered or j in lexical \
                or text.sentence_of(toks[j].start) != text.sentence_of(toks[i].start):
            continue
        own = None if subject is not None or i in lexical else _bare_name(text, i, frozenset(), stops)
        other = _bare_name(text, j, frozenset() if with_word else clitics, stops)
        if other is None or not ends_name(text, j, covered):
            continue
        if own is None:
            if subject is None or subject.kind != "person" or not again.alone_outside(other, range(j, j + 1)):
                continue
        for k, stem in ((i, own), (j, other)):
            if stem is None:
                continue
            start = toks[k].end - len(stem)
            prefix = text.original[toks[k].start:start]
            added.append(ActorHit(k, k, start, toks[k].end, f"~{fold(stem)}", "person",
                                  text.original[start:toks[k].end], prefix=prefix, prep=prefix, unlisted=True))
            covered.add(k)
    return added


def read_names(text: Text, hits: list[ActorHit]) -> list[ActorHit]:
    """``hits`` with the unlisted persons' names completed and every later bare surname (with
    و/ف/ب/ل, never inside a word) a hit of the person it names; the table kept for ``text``."""
    words = _Lexical.of(text)
    listed, lexical, triggers, others, suffixed = words.listed, words.lexical, words.triggers, words.others, \
        words.suffixed
    covered = {i for h in hits for i in range(h.first, h.last + 1)}
    slots = _party_places(text)
    again = _Recurrence.of(text)
    out: list[ActorHit] = []
    persons: dict[str, ActorHit] = {}
    verbal: set[str] = set()  # surnames that are a verb's form ("دان"): read where no other word
    names: set[int] = set()
    for h in hits:
        n = 0
        if h.kind == "role" and not h.unlisted and _trailing_words(text, h, lexical) == 0:
            g = _office_named(text, h, lexical, covered, again, persons)
            if g is not h:
                covered.update(range(h.last + 1, g.last + 1))
                h, n = g, g.last - h.last
        if _unlisted_person(h):
            n = n or _trailing_words(text, h, lexical)
            if n == 1 and h.last > h.first:
                g = _extended(text, h, listed | others | suffixed, covered, slots, again)
                if g is not h:
                    covered.add(g.last)
                    names.add(g.last)
                    verbal.add(text.tokens[g.last].form)
                    h, n = g, 2
            # (more words than a name has are a phrase another reader ran on: "نيمار دا سيلفا لمدة موسمين")
            if MIN_WORDS <= n <= MAX_WORDS + 1 and len(text.tokens[h.last].form) >= MIN_LETTERS:
                persons.setdefault(text.tokens[h.last].form, _named(text, h, n))
        out.append(h)
    added: list[ActorHit] = []
    for i, tok in enumerate(text.tokens):
        if not persons:
            break
        if i in covered or (i not in slots and not any(a.stem in verbal for a in tok.analyses)) or (i in lexical and (i in others or i not in triggers)):
            continue  # a word the lexicon reads otherwise (a verb's form only for a verbal surname)
        for a in tok.analyses:
            if a.enc or a.definite or len(a.stem) < MIN_LETTERS:
                continue
            person = persons.get(a.stem)
            if person is None or (i in lexical and a.stem not in verbal):
                continue
            prefix = a.conj + a.prep
            start = tok.start + len(prefix)
            added.append(attrs.evolve(person, first=i, last=i, start=start, end=tok.end,
                                      name=text.original[start:tok.end], prefix=prefix, conj=a.conj,
                                      prep=a.prep, office=None, counterpart=False))
            names.add(i)
            break
    text.names = NameTable(persons, frozenset(names))
    covered.update(h.first for h in added)
    added += _contact_pairs(text, sorted(out + added, key=lambda h: h.first), lexical, covered, again)
    return sorted(out + added, key=lambda h: h.first) if added else out


def name_tokens(text: Text) -> frozenset[int]:
    """The tokens of ``text`` that name an unlisted person of its table (none before
    :func:`read_names` ran): no trigger there."""
    return frozenset() if text.names is None else text.names.name_tokens
