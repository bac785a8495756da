"""Persons opened by a form of address ("صاحب السمو الشيخ محمد بن راشد"، "فخامة الرئيس"),
honorific pronouns standing for them ("سموه"، "معاليه") and gazetteer offices followed by a
name: the part of :mod:`.bodies`' phrase reader that reads them (a mixin of its reader)."""

from __future__ import annotations

import attrs

from .actors import ActorHit
from .body_words import LATE, OFFICE_FIRST, OPENER_FIRST, OPENERS, TANWIN_ALIF, WORDS, head_at
from .lexicon import ARTICLE


class Addressing:
    """Forms of address, honorific pronouns and named offices (a mixin of ``body_names.Names``,
    which provides ``text``, ``toks``, ``listed``, ``honorifics``, ``joined``, ``name`` and
    ``comma_after``; ``bodies._Reader`` provides ``phrase``)."""

    def late(self, i: int) -> bool:
        """Whether the form of address at ``i`` opens a dead person's mention (``late_openers``)."""
        opened = self.opener(i)
        if opened is None:
            return False
        after, prefix = opened[0], opened[1]
        return (self.toks[i].form[len(prefix):], *(t.form for t in self.toks[i + 1:after])) in LATE

    def opener(self, i: int) -> tuple[int, str, str, str] | None:
        """The token after the form of address opening at ``i`` ("صاحب السمو"، "معالي"), with
        the proclitics of its first word (prefix, conjunction, preposition), or ``None``."""
        toks = self.toks
        for a in toks[i].analyses:
            if a.enc or a.word not in OPENER_FIRST:
                continue
            for words in OPENERS:
                if a.word != words[0] or i + len(words) > len(toks):
                    continue
                if all(self.joined(i + n) and toks[i + n].form == w for n, w in enumerate(words[1:], 1)):
                    return i + len(words), a.conj + a.prep, a.conj, a.prep
        return None

    def addressed(self, i: int) -> tuple[ActorHit | None, int]:
        """The person a form of address at ``i`` opens ("صاحب السمو الشيخ محمد بن راشد"،
        "فخامة الرئيس"، "سعادة سفير اليابان لدى مصر ..."), named from the opener on, and the
        token after it; ``(None, i + 1)`` when no opener stands at ``i``."""
        opened = self.opener(i)
        if opened is None:
            return None, i + 1
        k, prefix, conj, prep = opened
        while self.joined(k) and k not in self.listed and self.toks[k].form in self.honorifics:
            k += 1
        if not self.joined(k):
            return self.addressed_title(i, k, prefix, conj, prep), k
        start = self.toks[i].start + len(prefix)
        listed = self.listed.get(k)
        inner = None
        if listed is not None and listed.kind in ("person", "role"):
            inner = self.named_office(listed) if listed.kind == "role" else listed
        elif listed is None and head_at(self.text, k) is not None:
            inner = self.phrase(k)
        elif listed is None:
            end = self.name(k, addressed=True)
            # (after a bare honorific, "الدكتور"، a full name: "الدكتور مصطفى وزيري" is not
            # "الدكتور مصطفى" before a title)
            if end == k and k == i + 1 and self.toks[i].form.startswith(ARTICLE):
                end = None
            # (a form of address that is also a common word, "دولة", only before an office:
            # "دولة أنور إبراهيم رئيس وزراء ماليزيا", not "دولة عربية")
            if end is not None and self.toks[i].form[len(prefix):] in WORDS["office_openers"] and \
                    getattr(head_at(self.text, end + 1) if self.joined(end + 1) else None, "kind", None) != "titles":
                end = None
            if end is not None:
                words = [self.toks[j].form for j in range(k, end + 1)]
                inner = ActorHit(k, end, self.toks[k].start, self.toks[end].end, "~" + "_".join(words), "person",
                                 self.text.original[self.toks[k].start:self.toks[end].end], unlisted=True)
        if inner is None:
            return self.addressed_title(i, k, prefix, conj, prep), k
        # the mention opens at the form of address: "افتتح صاحب السمو ..." has it as subject
        return attrs.evolve(inner, first=i, start=start, prefix=prefix, conj=conj, prep=prep,
                            name=self.text.original[start:inner.end] if inner.unlisted or inner.last > k else inner.name), \
            inner.last + 1

    def addressed_title(self, i: int, k: int, prefix: str, conj: str, prep: str) -> ActorHit | None:
        """The person a form of address at ``i`` names by a bare title alone, the last word
        before ``k`` or the word at ``k`` when nothing follows it ("سمو الأمير، اليوم،"): the
        form of address makes the title a person's; not a title of the gazetteer's offices
        ("جلالة الملك"، "فخامة الرئيس")."""
        toks = self.toks
        if k - 1 > i:
            t = k - 1  # the title read as an honorific: nothing of a name may follow ("الأمير فيصل ...")
            if k < len(toks) and self.joined(k) and toks[k].form not in self.stops:
                return None
        else:
            t = k
            if not self.joined(k) or k in self.listed or (k + 1 < len(toks) and self.joined(k + 1)
                                                          and head_at(self.text, k + 1) is None and not self.name_ends(k)):
                return None
        form = toks[t].form
        # (a title the gazetteer has offices for, "جلالة الملك"، "فخامة الرئيس", is left to them)
        if t >= len(toks) or not form.startswith(ARTICLE) or form[len(ARTICLE):] not in WORDS["titles"] \
                or form in OFFICE_FIRST:
            return None
        start = toks[i].start + len(prefix)
        return ActorHit(i, t, start, toks[t].end, "~" + form, "person", self.text.original[start:toks[t].end],
                        prefix=prefix, conj=conj, prep=prep, unlisted=True)

    def name_ends(self, k: int) -> bool:
        """Whether the word after token ``k`` is no word of a name: a date, a trigger or another actor."""
        return k + 1 in self.listed or k + 1 in self.triggers or self.toks[k + 1].form in self.stops

    def pronoun(self, i: int, found: list[ActorHit], opened: list[ActorHit]) -> ActorHit | None:
        """The person an honorific pronoun at ``i`` ("سموه"، "معاليه") stands for: the last one
        opened by a form of address before it, else the last person named before it (listed
        or in ``found``)."""
        a = next((a for a in self.toks[i].analyses if a.word in WORDS["honorific_pronouns"] and not a.enc), None)
        if a is None or (a.word in WORDS["word_honorific_pronouns"] and i - 1 in self.noun_triggers):
            return None  # (a common noun in construct after an act noun: "قمة سعادتها")
        before = sorted([h for h in self.listed.values() if h.last < i] + found, key=lambda h: h.first)
        person = opened[-1] if opened else next((h for h in reversed(before) if h.kind == "person"), None)
        if person is None:
            return None
        tok = self.toks[i]
        return attrs.evolve(person, first=i, last=i, start=tok.start + len(a.conj + a.prep), end=tok.end,
                            prefix=a.conj + a.prep, conj=a.conj, prep=a.prep, counterpart=False)

    def sentence_ends(self, j: int) -> bool:
        """Whether a full name ending at token ``j`` ends its clause: a full stop or a colon
        after it, or a stop word right after it ("إن"، "أن"، "في")."""
        if j + 1 >= len(self.toks):
            return True
        if self.joined(j + 1):
            return self.toks[j + 1].form in self.stops
        gap = self.text.original[self.toks[j].end:self.toks[j + 1].start].strip()
        return gap[:1] in (".", ":") and "\n" not in self.text.original[self.toks[j].end:self.toks[j + 1].start]

    def named_office(self, hit: ActorHit) -> ActorHit:
        """A gazetteer office with the name after it (honorifics skipped), or ``hit`` as is."""
        k = hit.last + 1
        while self.joined(k) and self.toks[k].form in self.honorifics:
            k += 1
        # without an honorific ("السيد"، "الدكتور") the words after an office are mostly its
        # predicate in a title line ("خادم الحرمين يتلقى اتصالاً"): a name then only when a
        # comma ends it ("رئيس الوزراء الأردني جعفر حسان، الذي ...")
        end = self.name(k) if self.joined(k) else None
        # (or when a name of two words or more runs into a listed state, the verb's object:
        # "يزور الرئيس الإندونيسي برابوو سوبيانتو القاهرة")
        objected = end is not None and end > k and self.joined(end + 1) and \
            getattr(self.listed.get(end + 1), "kind", None) == "country"
        # (or a full name ending a sentence or before a stop word: "استقبل الرئيس رئيس وزراء
        # اليونان كيرياكوس ميتسوتاكيس."، "قال وزير الخارجية الأمريكي أنتوني بلينكن إن")
        ended = end is not None and end > k and self.sentence_ends(end)
        if end is not None and k == hit.last + 1 and not objected and not ended and (
                self.joined(end + 1) or end + 1 >= len(self.toks) or (
                end == k and self.toks[k].form.endswith(TANWIN_ALIF)) or not self.comma_after(end)):
            end = None
        if end is None:
            return hit
        return attrs.evolve(hit, last=end, end=self.toks[end].end,
                            name=self.text.original[hit.start:self.toks[end].end])
