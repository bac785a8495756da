"""Persons and groups a word outside a head's phrase names (a base of ``bodies._Reader``, on
the word reader ``body_names.Names``): the person an act of appointing names, a listed name's
longer chain, a relative after a kin word ("وشقيقه أندريه سيلفا"، "والدة الضحية"), an armed group
by its head ("كتائب القسام"), the person a chair word names ("برئاسة ...") and a person named by a
state's nisba alone ("سراح الفرنسي أوليفييه غروندو")."""

from __future__ import annotations

import functools

import attrs

from ..arabic import fold
from ..document.segment import CLITICS
from .actors import ActorHit
from .body_names import Names
from .body_words import DATA, NAME_WORDS, WORDS, Head, bare, chair_link, head_at, word_of
from .gazetteer import load_gazetteer
from .lexicon import ARTICLE, is_nisba, read_lexicon

#: The feminine ending of a title, folded ("نائبة").
_FEMININE = fold(DATA["feminine_suffixes"][0])

#: Words for a citizen before a state's nisba and a name (``citizen_words``), folded.
_CITIZEN = frozenset(fold(w) for w in DATA["citizen_words"])

#: Persons a kin word in construct is a relative of (``kin_subjects``), as folded word
#: tuples, longest first.
KIN_SUBJECTS = sorted((tuple(fold(w) for w in p.split()) for p in DATA["kin_subjects"]), key=len, reverse=True)


@functools.cache
def _title(word: str) -> bool:
    """Whether ``word`` (folded) is an office title, in the masculine or the feminine ("نائبة")."""
    return word in WORDS["titles"] or (word.endswith(_FEMININE) and word[:-len(_FEMININE)] in WORDS["titles"])


def _first_words(key: str) -> frozenset[str]:
    """The first words (folded) of the listed forms of person ``key``."""
    forms = [f for p in read_lexicon("actors.json")["persons"] if p["key"] == key for f in p["forms"]]
    person = load_gazetteer().persons.get(key)
    forms += list(person.forms) if person is not None else []
    return frozenset(fold(f).split()[0] for f in forms if f.strip())


class NamedReaders(Names):
    """Readers of persons and groups named around a word, not a head's phrase."""

    def appointed(self, i: int) -> ActorHit | None:
        """The person an act of appointing names right after it with no title ("عُيّن سيباستيان
        لوكورنو، وزير الجيوش، رئيساً"، "تعيين صبيح خان رئيساً للعمليات"، "بتعيين الشيخ صباح
        خالد الحمد الصباح ولياً للعهد"): honorifics, a name, then the post given, a title with
        the accusative ending (``adverb_ending``), past an office set off by commas."""
        toks = self.toks
        # (or opening the clause after one inserted after the act's subject: "انتخب مجلس
        # النواب العراقي، اليوم الخميس، محمود المشهداني رئيساً له")
        if i in self.listed or not (i - 1 in self.appointing or (
                i >= 1 and self.comma_after(i - 1) and any(i - 20 <= a < i for a in self.appointing)
                and self.text.sentence_of(toks[i].start) == self.text.sentence_of(toks[max(a for a in self.appointing if a < i)].start))):
            return None
        k = i
        # (the first honorific may follow the comma after an inserted date: "، اليوم، السيد ...")
        while (k == i or self.joined(k)) and toks[k].form in self.honorifics:
            k += 1
        end = None
        x = k
        while x < len(toks) and (x == k or self.joined(x)) and x - k < NAME_WORDS and not self.posted(x):
            # (a given name with the article before a link after an honorific: "السيد المختار ولد اجاي")
            if not (self.plain(x) or toks[x].form in WORDS["name_links"] or (end is not None and self.family_word(x))
                    or (x == k and self.given_name(x)) or (x == k > i and self.definite(x) and self.joined(x + 1)
                                                           and toks[x + 1].form in WORDS["name_links"])):
                return None
            end = x
            x += 1
        if end is None or toks[end].form in WORDS["name_links"]:
            return None
        if x < len(toks) and not self.joined(x) and self.comma_after(end) and head_at(self.text, x) is not None:
            # "، وزير الجيوش،": the office the person holds, set off
            x = next((n + 1 for n in range(x, min(x + NAME_WORDS + 2, len(toks) - 1)) if self.comma_after(n)), len(toks))
        if x >= len(toks) or not self.posted(x):
            return None
        words = [toks[j].form for j in range(k, end + 1)]
        return ActorHit(i, end, toks[i].start, toks[end].end, "~" + "_".join(words), "person",
                        self.text.original[toks[i].start:toks[end].end], unlisted=True)

    def chain(self, hit: ActorHit) -> ActorHit:
        """``hit``, or the longer name a listed person's name ends ("ذياب بن محمد بن زايد آل
        نهيان" is the president's son, not the president; "سعود بن هلال البوسعيدي" is not the
        minister listed as "البوسعيدي"): when a name link (no house's: "آل") and a word of a name
        stand right before the listed name (or before the word of a name before a family name),
        the person is the one the whole chain names, outside the gazetteer, up to the end of the
        full name, unless a listed form of the person opens with the chain's first word ("بدر
        بن حمد البوسعيدي": the listed one, named in full)."""
        toks = self.toks
        if hit.kind != "person" or hit.unlisted:
            return hit
        links = WORDS["name_links"] - WORDS["house_links"]
        j = hit.first
        # (a family name alone, "البوسعيدي", after a given name: walk from that name)
        family = j >= 3 and toks[j].form.startswith(CLITICS.article) and self.joined(j) and self.plain(j - 1) \
            and j - 1 not in self.listed
        k = j - 1 if family else j
        # (a given name with the article after an honorific: "الأمير الحسين بن عبدالله الثاني")
        while k >= 2 and self.joined(k) and toks[k - 1].form in links and self.joined(k - 1) and k - 2 not in self.listed \
                and (self.plain(k - 2) or (self.family_word(k - 2) and toks[k - 3].form in self.honorifics)):
            k -= 2
        if k >= j - 1 if family else k == j:
            return hit
        end = self.name_tail(hit.last)
        start = toks[k].start
        if toks[k].form in _first_words(hit.key):
            return attrs.evolve(hit, first=k, last=end, start=start, end=toks[end].end,
                                name=self.text.original[start:toks[end].end])
        words = [t.form for t in toks[k:end + 1]]
        return ActorHit(k, end, start, toks[end].end, "~" + "_".join(words), "person",
                        self.text.original[start:toks[end].end], unlisted=True)

    def kin(self, i: int) -> ActorHit | None:
        """The relative or aide a kin word or a title with و and a pronoun names right after it
        by a full name, past a word saying the post is no longer held ("وشقيقه أندريه سيلفا"،
        "وزوجته بريجيت ماكرون"، "ونائبته السابقة روكسانا بالديتي"، "وعلى زوجته بشرى بيبي"), or
        ``None``; the pronoun's person is named before."""
        # (joined to the person before by و: "إعلان نجله طارق إصابته" is a genitive, no name list)
        # (or after a preposition of its own with و: "وعلى زوجته بشرى بيبي")
        after_prep = self.joined(i) and word_of(self.text, i - 1, "kin_preps")
        reading = next((a for a in self.toks[i].analyses if a.enc and (a.conj in self.coordinators or (
            after_prep and not a.conj and not a.prep)) and (bare(a.word) in WORDS["kin_words"] or _title(bare(a.word)))), None)
        j = i + 1
        if reading is not None and self.joined(j) and fold(self.toks[j].form) in WORDS["former_words"]:
            j += 1  # "ونائبته السابقة روكسانا بالديتي"
        if reading is None or not self.joined(j) or j in self.listed or head_at(self.text, j) is not None \
                or self.opener(j) is not None or self.toks[j].form in self.honorifics:
            return None  # (a form of address opens the relative's own mention: "وأخيه صاحب السمو الملكي")
        end = self.name(j)
        family = self.listed.get(end + 1) if end is not None and self.joined(end + 1) else None
        if family is not None and family.kind == "person" and family.first == family.last:
            end = family.last  # the family name of a listed person: "وزوجته بريجيت ماكرون"
        if end is None or end == j:
            return None
        words = [t.form for t in self.toks[j:end + 1]]
        # (the mention opens at the kin word, joined to the person before it by its conjunction)
        start = self.toks[i].start + len(reading.conj + reading.prep)
        return ActorHit(i, end, start, self.toks[end].end, "~" + "_".join(words), "person",
                        self.text.original[self.toks[j].start:self.toks[end].end], unlisted=True,
                        prefix=reading.conj + reading.prep, conj=reading.conj, prep=reading.prep)

    def armed(self, i: int) -> ActorHit | None:
        """The armed group an ``armed_heads`` word without the article names with the one to
        four words of a name after it, up to a boundary ("كتائب القسام،"، "ألوية الناصر صلاح
        الدين،"، "كتائب أبو علي مصطفى"), or ``None`` ("كتائب الجيش": another head)."""
        # (written bare: "الكتائب" is no head of a name, and folded "ألوية" opens like the article)
        reading = next((a for a in self.toks[i].analyses if not a.enc and a.word in WORDS["armed_heads"]), None)
        if reading is None or i in self.listed:
            return None
        k = i + 1
        while self.joined(k) and k - i <= 4 and k not in self.listed and head_at(self.text, k) is None:
            place = self.places.get(k)
            if place is not None and k > i + 1:
                k = place.last + 1  # "ألوية الناصر صلاح الدين": a place's name inside the group's
            elif place is None and (self.plain(k) or self.definite(k) or self.given_name(k)
                                    or self.toks[k].form in WORDS["name_links"]):
                k += 1
            else:
                break
            if (self.boundary(k) and not self.given_name(k) and k not in self.places) \
                    or (self.definite(k) and self.definite(k - 1)):
                break  # (a second definite word is no part of the name: "كتائب القسام المحتجزات")
        if k == i + 1 or not (self.boundary(k) or (self.definite(k) and self.definite(k - 1))) or self.given_name(k) \
                or self.toks[k - 1].form in WORDS["name_links"]:
            return None
        start = self.toks[i].start + len(reading.conj + reading.prep)
        words = [reading.word] + [t.form for t in self.toks[i + 1:k]]
        return ActorHit(i, k - 1, start, self.toks[k - 1].end, "~" + "_".join(words), "group",
                        self.text.original[start:self.toks[k - 1].end], unlisted=True,
                        prefix=reading.conj + reading.prep, conj=reading.conj, prep=reading.prep)

    def relative_of(self, i: int) -> ActorHit | None:
        """The relative a kin word in construct names with a person no list holds after it
        (``kin_subjects``, and a name right after: "والدة الضحية"، "شقيق المجني عليه"، "والد
        الطفل ريان"), or ``None``."""
        reading = next((a for a in self.toks[i].analyses if not a.enc and not a.word.startswith(ARTICLE)
                        and a.word in WORDS["kin_words"]), None)
        if reading is None or i in self.listed or not self.joined(i + 1):
            return None
        end = next((i + len(words) for words in KIN_SUBJECTS
                    if all(self.joined(i + 1 + n) and self.toks[i + 1 + n].form == w for n, w in enumerate(words))), None)
        if end is None:
            return None
        # (no name opens with a preposition: "والدة الضحية لوسائل إعلام محلية")
        named = self.name(end + 1) if self.joined(end + 1) and end + 1 not in self.listed \
            and not self.prepositional(end + 1) else None
        end = named if named is not None else end
        start = self.toks[i].start + len(reading.conj + reading.prep)
        words = [reading.word] + [t.form for t in self.toks[i + 1:end + 1]]
        return ActorHit(i, end, start, self.toks[end].end, "~" + "_".join(words), "person",
                        self.text.original[start:self.toks[end].end], unlisted=True,
                        prefix=reading.conj + reading.prep, conj=reading.conj, prep=reading.prep)

    def led(self, i: int) -> ActorHit | None:
        """The person a chair word names right after it by a full name with no title ("وفد
        صندوق النقد الدولي برئاسة إيفانا فلادكوفا هولار رئيسة بعثة الصندوق"), or ``None``."""
        if i in self.listed or not self.joined(i) or not chair_link(self.text, i - 1) or head_at(self.text, i) is not None:
            return None
        end = self.name(i)
        if end is None or end == i:
            return None
        words = [t.form for t in self.toks[i:end + 1]]
        start = self.toks[i].start
        return ActorHit(i, end, start, self.toks[end].end, "~" + "_".join(words), "person",
                        self.text.original[start:self.toks[end].end], unlisted=True)

    def national(self, i: int) -> ActorHit | None:
        """The person a state's nisba at ``i`` names with a full name outside the gazetteer right
        after it, the nisba no adjective of a word before ("أطلقت إيران سراح الفرنسي أوليفييه
        غروندو"، "عن الإيطالية تشيتشيليا سالا"; not "رئيس الوزراء المجري فيكتور أوربان"), or
        ``None``: where the person is from, never whose official."""
        hit = self.listed.get(i)
        if hit is None or hit.kind != "country" or hit.last != i or not self.definite(i) or not is_nisba(self.toks[i].form):
            return None
        # (after a word for a citizen the person is named from that word: "الإفراج عن المواطن
        # الفرنسي أوليفييه غروندوه")
        citizen = self.joined(i) and i - 1 not in self.listed and self.toks[i - 1].form in _CITIZEN
        if self.joined(i) and not citizen and (self.definite(i - 1) or i - 1 in self.listed
                                                or head_at(self.text, i - 1) is not None):
            return None  # "الجيش الإسرائيلي"، "رئيس الوزراء المجري": an adjective
        k = i + 1
        end = self.name(k) if self.joined(k) and k not in self.listed and k not in self.places else None
        if end is None or end == k:
            return None  # (one word: "الإسرائيلي نتنياهو" is no full name)
        # (keyed with the state, as "نظيره الكونغولي فيليكس تشيسيكيدي" is: a report that names
        # the state alone, "أفرجت إيران عن مواطن بلجيكي", may be of the same person)
        # (shown by the name alone, as a speaker so named is: "وقال السويسري مارسيل كولر")
        person = self.hit(i, Head("descriptions", hit.prefix, hit.conj, hit.prep, True), end, hit.key, "person", name_from=k)
        person = attrs.evolve(person, name=self.text.original[self.toks[k].start:person.end])
        if citizen:
            prefix = next((a.conj + a.prep for a in self.toks[i - 1].analyses if a.word.startswith(ARTICLE)), "")
            person = attrs.evolve(person, first=i - 1, start=self.toks[i - 1].start + len(prefix), prefix=prefix)
        return person
