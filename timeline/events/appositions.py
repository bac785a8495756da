"""Further mentions of one person in a row of hits: offices set off after a named person
("محمد بن راشد، نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي") and office chains before a name
("نائب رئيس الوزراء وزير الخارجية أيمن الصفدي") read as one person (used by :mod:`.bodies`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ..arabic import fold
from .actors import ActorHit
from .body_words import ACTING, WORDS, bare, chair_link, word_of

if TYPE_CHECKING:
    from .body_phrases import PhraseReader as _Reader


def named(hit: ActorHit) -> bool:
    """Whether person ``hit`` is named (a listed person, or a title phrase with a name), not a
    bare office."""
    if hit.kind != "person":
        return False
    if not hit.unlisted:
        return True
    words = hit.key.split(":")[-1][1:].split("_")
    return bare(words[0]) not in WORDS["titles"]


def appositions(reader: _Reader, hits: list[ActorHit]) -> list[ActorHit]:
    """``hits`` with the offices set off by a comma after a named person made mentions of it:
    "محمد بن راشد، نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي" is one person, not three. An
    office of another state ("استقبل X، رئيس الوزراء الماليزي") or after a conjunction is
    another."""
    out: list[ActorHit] = []
    chained = False  # the last hit has taken an apposition: an office right after goes on it
    for n, h in enumerate(hits):
        prev = out[-1] if out else None
        if prev is not None and _described_body(reader, prev, h):
            # "المنظمة الحقوقية الدولية «هيومن رايتس ووتش»": a description, then the body's name
            out[-1] = attrs.evolve(h, first=prev.first, start=prev.start, prefix=prev.prefix, conj=prev.conj,
                                   prep=prev.prep, name=reader.text.original[prev.start:h.end])
            continue
        if prev is not None and _office_chain(reader, prev, h, hits[n + 1:]):
            # "نائب رئيس الوزراء وزير الخارجية أيمن الصفدي": offices one person holds, then the
            # name (a listed office before an unlisted name keeps its key: "العاهل الأردني الملك
            # عبدالله الثاني")
            name = reader.text.original[prev.start:h.end]
            out[-1] = attrs.evolve(prev, last=h.last, end=h.end, name=name) if h.unlisted and not prev.unlisted else \
                attrs.evolve(h, first=prev.first, start=prev.start, prefix=prev.prefix, conj=prev.conj, prep=prev.prep,
                             name=name, country=h.country or prev.country, office=h.office or prev.office)
            chained = False
            continue
        # (an office joined by و to the apposition before goes on it too: "البابا تواضروس الثاني،
        # بابا الإسكندرية وبطريرك الكرازة المرقسية")
        if prev is not None and (named(prev) or chained) and h.kind in ("person", "role") and not named(h) \
                and (not h.conj or (chained and h.first == prev.last + 1) or _unread_office(reader, prev, h)) \
                and not h.prep and (h.country is None or prev.country in (None, h.country)):
            tail = reader.name_tail(prev.last)
            gap = fold(reader.text.original[reader.toks[tail].end:reader.toks[h.first].start].strip())
            if h.conj and not chained and _unread_office(reader, prev, h):
                gap = ","  # (past the office no head reads: "، بابا الإسكندرية وبطريرك ...")
            # agency style names a person with a form of address, the rest of the full name and
            # the offices, without commas: "صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة"
            # (an office naming a state the person is not known to hold gives the person that
            # state, "فخامة الرئيس بول كاغامي رئيس جمهورية رواندا": identity links it through
            # an unlisted person's key)
            # (or a name after a chair word: "برئاسة إيفانا فلادكوفا هولار رئيسة بعثة الصندوق")
            # (or an office of a state the listed person holds one in: "استقبل ... عباس عراقجي وزير
            # خارجية الجمهورية الإسلامية الإيرانية")
            if (gap == "," and tail == prev.last) or (gap == "" and (chained or (
                    h.first == tail + 1 and (reader.opener(prev.first) is not None
                                             or (prev.unlisted and chair_link(reader.text, prev.first - 1))
                                             or _own_office(reader, prev, h))))):
                if h.country is not None and prev.country is None:
                    key = f"{h.country}:{prev.key}" if prev.unlisted and ":" not in prev.key else prev.key
                    prev = out[-1] = attrs.evolve(prev, country=h.country, key=key)
                # a further mention of the same person, so that each stays inside its clause
                out.append(attrs.evolve(prev, first=h.first, last=h.last, start=h.start, end=h.end,
                                        prefix=h.prefix, conj=h.conj, prep=h.prep, counterpart=False))
                chained = True
                continue
        chained = False
        out.append(h)
    return out


def _own_office(reader: _Reader, prev: ActorHit, h: ActorHit) -> bool:
    """Whether office ``h`` names a state listed person ``prev`` holds an office of."""
    return not prev.unlisted and h.country is not None and \
        any(r.split(":")[0] == h.country for r in reader.text.lexicon.roles_at(prev.key, None))


def _office_chain(reader: _Reader, prev: ActorHit, h: ActorHit, later: list[ActorHit]) -> bool:
    """Whether the bare office ``prev`` and the named person ``h`` right after it are one
    person ("رئيس مجلس السيادة القائد العام للقوات المسلحة الفريق أول عبد الفتاح البرهان"): no
    comma or conjunction between, no other state, ``h`` no guest's title (``guest_titles``:
    "استقبل وزير الخارجية السفير الأمريكي ماثيو تولر" is two people) and, right after a
    trigger that may take a person as object ("استقبل رئيس الجمهورية رئيس الحكومة نواف سلام"),
    another person later in the sentence."""
    # (an acting office joins a second office with و: "القائم بأعمال رئيس مجلس الوزراء ووزير
    # الداخلية الشيخ فهد يوسف")
    acting = any(tuple(t.form for t in reader.toks[max(prev.first - len(w), 0):prev.first]) == w for w in ACTING)
    if prev.kind not in ("person", "role") or named(prev) or not named(h) or (h.conj and not acting) or h.prep \
            or h.first != prev.last + 1 or reader.text.original[prev.end:reader.toks[h.first].start].strip():
        return False
    if h.country is not None and prev.country not in (None, h.country):
        return False
    if any(word_of(reader.text, j, "guest_titles") for j in range(h.first, min(h.first + 2, h.last + 1))):
        return False
    if prev.first - 1 in reader.object_triggers:
        sentence = reader.text.sentence_of(h.start)
        return any(a.kind in ("person", "role", "counterpart") and reader.text.sentence_of(a.start) == sentence
                   for a in later)
    return True


def _unread_office(reader: _Reader, prev: ActorHit, h: ActorHit) -> bool:
    """Whether office ``h``, joined by و, ends an apposition whose first office no head reads
    ("البابا تواضروس الثاني، بابا الإسكندرية وبطريرك الكرازة المرقسية"): a comma right after the
    named person, then at most three words with no actor, trigger or comma, then ``h``."""
    tail = reader.name_tail(prev.last)
    between = range(tail + 1, h.first)
    if not h.conj or not reader.comma_after(tail) or not 0 < len(between) <= 3:
        return False
    return all(reader.joined(j) or j == tail + 1 for j in between) and reader.joined(h.first) \
        and not any(j in reader.listed or j in reader.triggers for j in between)


def _described_body(reader: _Reader, prev: ActorHit, h: ActorHit) -> bool:
    """Whether unlisted body ``prev`` is a description right before listed organization or group
    ``h`` (nothing but quotes between): its head and adjectives, no name of its own."""
    if not prev.unlisted or prev.kind != "organization" or h.unlisted or h.kind not in ("organization", "group") \
            or h.first != prev.last + 1 or h.conj or h.prep:
        return False
    gap = reader.text.original[prev.end:h.start]
    return not gap.strip(" «\"") and all(reader.definite(j) for j in range(prev.first, prev.last + 1))
