"""A listed person named again by the last word of a name: "مام جلال ... رحيل طالباني"،
"أحمد أويحيى ... وقال أويحيى"، with or without the article, and a listed person's family name,
a definite nisba, as a verb's subject with no name before it ("وقال الأنصاري")."""

from __future__ import annotations

import attrs

from ..arabic import fold
from ..document.segment import CLITICS
from .actors import ActorHit
from .lexicon import is_nisba
from .match import Text

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


def named_again(text: Text, hits: list[ActorHit], verb_ends: frozenset[int]) -> list[ActorHit]:
    """``hits`` with the words no hit covers that name a person again: the last word of a
    listed person's name given before in the article, with or without the article, or the family name
    of a listed person named before; or, right after a verb trigger, the definite nisba only
    one listed person ends a name with."""
    covered = {i for h in hits for i in range(h.first, h.last + 1)}
    before: dict[str, ActorHit] = {}
    named = iter(sorted((h for h in hits if _named_words(text, h)), key=lambda h: h.last))
    pending = next(named, None)
    people = sorted((h for h in hits if h.kind == "person" and not h.unlisted), key=lambda h: h.last)
    listed: dict[str, ActorHit] = {}
    added = []
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
