"""A listed person named again by the last word of a name: "مام جلال ... رحيل طالباني"،
"أحمد أويحيى ... وقال أويحيى"، with or without the article, a listed person's family name,
a definite nisba, as a verb's subject with no name before it ("وقال الأنصاري"), and a listed
person's family name where a meeting names its parties ("التقى الشرع، الأحد، فيدان"، "اجتمع ... مع
رئيسي")."""

from __future__ import annotations

import attrs

from ..arabic import fold
from ..document.segment import CLITICS
from .actors import ActorHit
from .lexicon import is_nisba
from .match import Text

#: how many words past a contact verb a party named by a bare family name is looked for
PARTY_REACH = 12

#: the fewest letters of a last word taken alone as a name (no clitic, a short word is mostly a
#: function word)
MIN_LETTERS = 3


def _stem(word: str) -> str:
    """``word`` folded, without the article: "البيطار" and "بيطار" name one person."""
    word = fold(word)
    article = fold(CLITICS.article)
    return word[len(article):] if word.startswith(article) and len(word) - len(article) >= MIN_LETTERS else word


def _named_words(text: Text, h: ActorHit) -> bool:
    """Whether person ``h`` is a listed person named in more than one word, the last not the
    first (an unlisted one named again changed how identity joins reports: devdating8's
    Lockerbie reports, "الأمين خليفة فحيمة ... وأطلق سراح فحيمة")."""
    if h.kind != "person" or h.last == h.first or h.unlisted:
        return False
    return fold(text.tokens[h.first].form) != fold(text.tokens[h.last].form)


_GIVEN: dict[int, frozenset[str]] = {}


def given_words(text: Text) -> frozenset[str]:
    """The words (folded) that open or go inside a listed name of ``text``'s lexicon, never a
    family name taken alone ("أحمد"، "عبد"، "الله"), computed once per lexicon."""
    names = text.lexicon.names
    found = _GIVEN.get(id(names))
    if found is None:
        found = _GIVEN[id(names)] = frozenset(fold(w) for n in names.values() for w in n.split()[:-1])
    return found


_LINKED: dict[int, dict[str, str]] = {}


def linked_names(text: Text) -> dict[str, str]:
    """A link and the last word of a listed person's name (folded, "بن فرحان") -> that person,
    when only one listed name ends so, computed once per lexicon."""
    from .body_words import WORDS  # body_words reads ActorHit from actors, which reads this module

    names = text.lexicon.names
    found = _LINKED.get(id(names))
    if found is None:
        seen: dict[str, set[str]] = {}
        for key, name in names.items():
            words = [fold(w) for w in name.split()]
            if ":" not in key and len(words) > 2 and words[-2] in WORDS["name_links"]:
                seen.setdefault(" ".join(words[-2:]), set()).add(key)
        found = _LINKED[id(names)] = {w: next(iter(k)) for w, k in seen.items() if len(k) == 1}
    return found


def party_slots(text: Text, contact_ends: frozenset[int]) -> frozenset[int]:
    """The tokens where a meeting names a party by a bare word: right after a contact verb, and
    up to :data:`PARTY_REACH` words past it in its sentence after "مع" or as a ب-word ("التقى X
    بـY")."""
    if not contact_ends:
        return frozenset()
    withs = text.lexicon.cue_words.get("with", frozenset())
    clitics = text.lexicon.cue_words.get("complement_clitic", frozenset())
    slots = set()
    for end in contact_ends:
        slots.add(end + 1)
        sentence = text.sentence_of(text.tokens[end].start)
        for j in range(end + 2, min(end + PARTY_REACH + 1, len(text.tokens))):
            if text.sentence_of(text.tokens[j].start) != sentence:
                break
            if any(a.word in withs and not a.prep for a in text.tokens[j - 1].analyses) \
                    or any(a.prep in clitics for a in text.tokens[j].analyses):
                slots.add(j)
    return frozenset(slots)


def ends_name(text: Text, i: int, covered: set[int]) -> bool:
    """Whether word ``i`` can end a name: punctuation or the sentence's end after it, or a word
    that starts no name ("مع"، a ب-word, a locative word, a listed actor's), not a further name word
    ("التقى أحمد الخطيب": a given name)."""
    if i + 1 >= len(text.tokens) or text.gap(text.tokens[i].end, text.tokens[i + 1].start).strip() \
            or text.sentence_of(text.tokens[i + 1].start) != text.sentence_of(text.tokens[i].start):
        return True
    if i + 1 in covered:
        return True
    words = text.lexicon.cue_words
    return any((a.word in words.get("with", ()) or a.word in words.get("locative", ())) and not a.prep
               or a.prep in words.get("complement_clitic", ()) for a in text.tokens[i + 1].analyses)


def named_again(text: Text, hits: list[ActorHit], verb_ends: frozenset[int],
                slots: frozenset[int] = frozenset()) -> list[ActorHit]:
    """``hits`` with the words no hit covers that name a person again: the last word of a
    listed person's name given before in the article, with or without the article, or the family name
    of a listed person named before; right after a verb trigger, the definite nisba only
    one listed person ends a name with; at a meeting's party ``slots``, the family name only one
    listed person ends a name with, no given name."""
    covered = {i for h in hits for i in range(h.first, h.last + 1)}
    before: dict[str, ActorHit] = {}
    named = iter(sorted((h for h in hits if _named_words(text, h)), key=lambda h: h.last))
    pending = next(named, None)
    people = sorted((h for h in hits if h.kind == "person" and not h.unlisted), key=lambda h: h.last)
    listed: dict[str, ActorHit] = {}
    added = []
    for i in sorted(slots):
        # "اجتمع بن فرحان مع رئيسي": a two-word family name after a link
        if i + 1 < len(text.tokens) and i not in covered and i + 1 not in covered and ends_name(text, i + 1, covered) \
                and (key := linked_names(text).get(f"{fold(text.tokens[i].form)} {fold(text.tokens[i + 1].form)}")):
            start, end = text.tokens[i].start, text.tokens[i + 1].end
            added.append(ActorHit(i, i + 1, start, end, key, "person", text.original[start:end],
                                  display=text.lexicon.names.get(key)))
            covered.update((i, i + 1))
    for i, tok in enumerate(text.tokens):
        while pending is not None and pending.last < i:
            before.setdefault(_stem(text.tokens[pending.last].form), pending)
            pending = next(named, None)
        while people and people[0].last < i:
            listed.setdefault(people[0].key, people.pop(0))
        if i in covered:
            continue
        for a in tok.analyses:
            if a.enc or len(a.stem) < MIN_LETTERS or a.stem.isdigit():
                continue
            if i in slots and ends_name(text, i, covered) and (not a.prep or a.prep in text.lexicon.cue_words.get("complement_clitic", ())) and fold(a.word) not in given_words(text) \
                    and (key := text.lexicon.family_names.get(fold(a.word))) is not None and key not in listed:
                # "التقى الشرع، الأحد، فيدان"، "اجتمع بن فرحان مع رئيسي": a meeting's party by
                # the family name of one listed person, though not named before in the article
                listed[key] = ActorHit(i, i, 0, 0, key, "person", "", display=text.lexicon.names.get(key))
            person = before.get(_stem(a.word))
            if person is None and (key := text.lexicon.family_names.get(fold(a.word))) is not None:
                # (the family name of a listed person named before by another form: "مام جلال"
                # ... "رحيل طالباني")
                person = listed.get(key)
            if person is None and i - 1 in verb_ends and a.definite and not a.prep and is_nisba(a.word):
                key = text.lexicon.nisba_family_names.get(fold(a.word))
                person = None if key is None else ActorHit(i, i, 0, 0, key, "person", "",
                                                           display=text.lexicon.names.get(key))
            if person is None:
                continue
            prefix = a.conj + a.prep
            start = tok.start + len(prefix)
            added.append(attrs.evolve(person, first=i, last=i, start=start, end=tok.end,
                                      name=text.original[start:tok.end], prefix=prefix, conj=a.conj, prep=a.prep,
                                      office=None, counterpart=False))
            break
    return sorted(hits + added, key=lambda h: h.first) if added else hits
