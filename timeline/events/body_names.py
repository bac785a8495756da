"""The word reader that bodies and titled persons are read with (a base of ``body_phrases.PhraseReader``):
an article's tokens with the gazetteer's actors and places, and what a name is made of: words of
a name's shape, links ("بن"، "آل"), a family name with the article, the boundary a name ends at,
given names of eponyms ("جامعة الملك سعود") and the people a nisba describes ("رجال الأعمال
الأتراك")."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ..arabic import fold
from ..document.segment import CLITICS
from ..temporal.lexicon import LEXICON as TIME_WORDS
from .actors import ActorHit
from .addressed import Addressing
from .body_words import DATA, DEFINITE, NAME_WORDS, TANWIN_ALIF, WORDS, Head, chair_link, head_at
from .lexicon import ARTICLE, is_nisba
from .match import Match, Text

#: The feminine ending of a title, folded ("رئيسة").
_FEMININE = fold(DATA["feminine_suffixes"][0])

#: The written ending of an indefinite accusative ("قراراً"), which no name takes.
_FATHATAN = "\u064b"
#: Roles of the temporal lexicon's words that end a name: numbers, units of time, day words.
_TIME_ROLES = frozenset({"card", "tens", "unit", "deictic"})

#: Given names that are also common words, as written (``given_name_words``).
GIVEN_NAMES = frozenset(DATA["given_name_words"])


class Names(Addressing):
    """One article's tokens with the gazetteer's actors and places, read phrase by phrase."""

    def __init__(self, text: Text, listed: Iterable[ActorHit], places: Iterable[Match]):
        self.text = text
        self.toks = text.tokens
        self.listed = {h.first: h for h in listed}
        self.places = {p.first: p for p in places}
        words = text.lexicon.cue_words
        # (a mediation cue ends a name: "محافظ مسقط ... بحضور")
        self.stops = words.get("speaker_stops", frozenset()) | words.get("stop_words", frozenset()) \
            | words.get("mediation", frozenset())
        self.honorifics = words.get("honorifics", frozenset())
        self.coordinators = words.get("coordinator", frozenset())
        self.locative_clitics = words.get("locative_clitic", frozenset())
        self.triggers = {i for m in text.select("trigger") for i in range(m.first, m.last + 1)}
        self.noun_triggers = {i for m in text.select("trigger") if m.hit.pos == "noun" for i in range(m.first, m.last + 1)}
        #: first tokens of triggers that may take a person as object (a saying verb takes none)
        self.object_triggers = {m.first for m in text.select("trigger") if m.data.get("type") != "statement"}
        #: last tokens of acts that fall on a person named after them ("عُيّن"، "بتعيين")
        self.appointing = {m.last for m in text.select("trigger") if m.data.get("subtype") in WORDS["object_acts"]}

    def joined(self, j: int) -> bool:
        """Token ``j`` exists and nothing but a space separates it from the one before (a
        line break ends a title line)."""
        return 0 < j < len(self.toks) and self.text.joinable[j - 1] and \
            "\n" not in self.text.original[self.toks[j - 1].end:self.toks[j].start]

    def definite(self, j: int) -> bool:
        form = self.toks[j].form
        return form.startswith(DEFINITE) and form not in self.stops

    def coordinated(self, j: int) -> bool:
        """A definite word joined by و ("والنشر") that is not a nisba of the phrase."""
        return any(a.conj and not a.prep and not a.enc and a.word.startswith(ARTICLE) and a.word not in self.stops
                   for a in self.toks[j].analyses) and j not in self.listed

    def plain(self, j: int, triggers: bool = True) -> bool:
        """A word that may be part of a name: no stop word, digit, article or head (nor a
        trigger's word, unless ``triggers`` is false)."""
        form = self.toks[j].form
        if self.pronoun_noun(j):
            return False  # "وصلاحياته": a noun with its pronoun
        if self.accusative(j):
            return False  # "أصدر الرئيس قراراً": an indefinite accusative is no name
        return (form not in self.stops and not form.isdigit() and len(form) > 1
                and not self.written_definite(j) and form not in WORDS["links"] and j not in self.listed
                and (not triggers or j not in self.triggers) and not chair_link(self.text, j)
                and (head_at(self.text, j) is None or form in WORDS["given_name_titles"]))

    def pronoun_noun(self, j: int) -> bool:
        """Whether token ``j`` reads as a noun with و and a pronoun ("وأخيه"، "وصلاحياته"); a word
        read so only with another conjunction may be a name ("فادية" is no ف + ادي + ه)."""
        return any(a.conj in self.coordinators and a.enc for a in self.toks[j].analyses)

    def house_named(self, k: int) -> bool:
        """Whether token ``k`` names a house after its link ("آل خليفة"، "آل نهيان"): the name
        ends there, no family name follows."""
        return k >= 1 and self.toks[k - 1].form in WORDS["house_links"]

    def eponym(self, k: int) -> int | None:
        """The last token of a given name at ``k`` with the links after it ("سعود"، "عبدالله بن
        عبدالعزيز"، "عبد الله"), or ``None``."""
        if self.joined(k) and self.toks[k].form in WORDS["name_links"]:
            k += 1  # "عبد الله"
        elif not (self.joined(k) and self.plain(k)):
            return None
        return self.name_tail(k) if self.joined(k) else None

    def linked_name(self, k: int) -> bool:
        """A word after a name link that may be a name though it is a common word ("آل ثاني")."""
        form = self.toks[k].form
        return len(form) > 1 and not form.isdigit() and k not in self.listed and k not in self.triggers \
            and not form.startswith(DEFINITE) and head_at(self.text, k) is None

    def described_people(self, k: int) -> ActorHit | None:
        """The state whose people the words from token ``k`` describe: up to four joined words
        outside the gazetteer, no body head, ending in a state's nisba ("كبار منظمي الرحلات
        الألمان"، "رجال الأعمال الأتراك")."""
        for t in range(k, k + 5):
            hit = self.listed.get(t)
            if hit is not None:
                return hit if t > k and hit.kind == "country" and not hit.prep else None
            if not self.joined(t) or self.toks[t].form in self.stops or self.toks[t].form.isdigit() \
                    or head_at(self.text, t) is not None or t in self.places:
                return None
        return None

    def described(self, j: int) -> bool:
        """Whether a state's nisba follows token ``j`` ("الصواريخ الروسية"): a noun with its
        adjective, no family name."""
        nxt = self.listed.get(j + 1)
        return self.joined(j + 1) and nxt is not None and nxt.kind == "country" and is_nisba(self.toks[nxt.last].form)

    def boundary(self, j: int) -> bool:
        """What may follow a name: punctuation, the end, a stop word, a listed actor or place, a
        trigger, the head of another phrase ("... أوكا هيروشي رئيس الجامعة"), a form of address, a
        noun with و and a pronoun ("وأخيه"), a participle of the person's state ("المحتجز"), the post a person is given ("انتخب النائب محمود
        المشهداني رئيساً"), another accusative ("أحيت الفنانة اللبنانية إليسا حفلاً") or a count
        of time in figures, with و too ("بسجن الرئيس الأسبق أليخاندرو طوليدو 20 عاماً"، "... و8
        سنوات في حق"; not "أوراق اعتماد 12 سفيراً")."""
        return not self.joined(j) or self.toks[j].form in self.stops \
            or (any(x.word.isdigit() for x in self.toks[j].analyses) and self.time_word(j + 1)) \
            or j in self.listed or j in self.places \
            or j in self.triggers or head_at(self.text, j) is not None or self.opener(j) is not None \
            or self.pronoun_noun(j) or self.posted(j) or self.accusative(j) or self.time_word(j) \
            or fold(self.toks[j].form) in WORDS["state_participles"]

    def time_word(self, j: int) -> bool:
        """Whether token ``j`` is a number, a unit of time or a deictic day word of the temporal
        lexicon ("خمس"، "سنوات"، "عامين"، "أمس"), which no name takes."""
        return self.joined(j) and any(not x.prep and not x.enc and _TIME_ROLES & TIME_WORDS.roles.get(x.word, {}).keys()
                                      for x in self.toks[j].analyses)

    def written_definite(self, j: int) -> bool:
        """Whether token ``j`` opens with the article as written: folding makes "إليسا"، "إلياس"
        look like it."""
        tok = self.toks[j]
        surface = self.text.doc.written(tok)
        return tok.form.startswith(DEFINITE) and surface.startswith(DEFINITE)

    def accusative(self, j: int) -> bool:
        """Whether token ``j`` is written with the indefinite accusative ending ("قراراً"، "حفلاً"),
        which no name takes."""
        tok = self.toks[j]
        return _FATHATAN in self.text.original[tok.start:tok.end]

    def name(self, j: int, addressed: bool = False) -> int | None:
        """The last token of a name starting at ``j`` ("فهد بن نافل"، "محمد عثمان الخشت"): words
        of a name's shape, links (بن، آل), a definite last word, ending at a boundary; after a
        form of address (``addressed``) a definite family name ends it whatever follows
        ("افتتح معالي الدكتور سالم الإسماعيلي المعرض")."""
        links = WORDS["name_links"]
        if self.venue(j):
            return None  # "وزير خارجية إيران بمقر الوزارة": where, no name
        last = None
        k = j
        linked = 0  # (links do not count: "محمد بن عبدالرحمن بن جاسم آل ثاني")
        family = False  # the name ends in a family name with the article
        while k < len(self.toks) and k - j - linked < NAME_WORDS and (k == j or self.joined(k)):
            form = self.toks[k].form
            if form in links:
                k += 1
                linked += 1
                continue
            if k > j and self.posted(k):
                break  # "السيد محمد بلال وزيرا": the post given ends the name
            if k > j and self.time_word(k):
                break  # "بسجن الصحفي سليمان الريسوني خمس سنوات"، "بيتر جريست أمس": a count or a day
            if self.plain(k) or (last is not None and self.toks[k - 1].form in links and self.linked_name(k)) \
                    or (k == j and self.given_name(k)) or (k == j and addressed and self.definite(k) and self.joined(k + 1)
                                                          and self.toks[k + 1].form in links):
                # (after a form of address a given name with the article before a link: "السيد
                # المختار ولد اجاي")
                last = k
            elif last == k - 1 and k - j - linked == 1 and fold(self.toks[k].form) in WORDS["compound_name_seconds"] \
                    and self.joined(k):
                last = k  # "زين العابدين بن علي": a compound given name goes on
            elif k > j and self.toks[k - 1].form in links and self.toks[k - 1].form not in WORDS["house_links"] \
                    and self.family_word(k):
                last = k  # "عبد المجيد صقر"، "محمد بن عبد اللطيف": a definite word after a link goes on
            elif k > j and last == k - 1 and self.inner_given_name(k):
                last = k  # "الشيخ محمد صباح السالم الصباح": a father's name that is also a time word
            elif last == j and self.nisba_family(k):
                last = k  # "رجل الأعمال منيب المصري": a one-word name and a state's nisba as family name
                break
            elif last is not None and self.family_word(k) and not self.house_named(k - 1):
                # a family name with the article: "علاء البطة"; more than one only to reach the
                # name's end ("صباح خالد الحمد المبارك الصباح")
                while not self.boundary(k + 1) and self.joined(k + 1) and k + 1 - j - linked < NAME_WORDS \
                        and self.family_word(k + 1) and head_at(self.text, k + 1) is None and k + 1 not in self.places:
                    k += 1
                if self.joined(k + 1) and self.toks[k + 1].form in WORDS["ordinal_tails"]:
                    k += 1  # a regnal number: "لاون الرابع عشر"
                last = k
                family = k > j
                k += 1
                break
            else:
                break
            k += 1
        if last is None or self.toks[last].form in links:
            return None
        if last == j and any(a.conj for a in self.toks[j].analyses):
            return None  # "وزير السياحة والآثار الأسبق ومرشح مصر": a one-word name takes no و
        if addressed and last > j and self.toks[last].form.startswith(CLITICS.article):
            return last
        # "للمتهم محمود السيد بتهمة الاتجار"، "... السيد لمدة عامين": no word of a name follows a
        # family name with the article, so a word with a preposition there opens what follows
        return last if self.boundary(last + 1) or (family and self.prepositional(last + 1)) else None

    def venue(self, j: int) -> bool:
        """Whether token ``j`` is a noun of a place after a proclitic preposition ("بمقر"، "بقصر"),
        ``venue_words``."""
        return 0 <= j < len(self.toks) and any(a.prep and not a.enc and not a.definite and a.stem in WORDS["venue_words"]
                                                for a in self.toks[j].analyses)

    def prepositional(self, j: int) -> bool:
        """Whether token ``j`` may read as an indefinite noun after a proclitic preposition
        ("بتهمة"، "لمدة")."""
        return self.joined(j) and j not in self.listed and any(
            a.prep and not a.conj and not a.enc and len(a.word) > 2
            and not a.word.startswith(ARTICLE) for a in self.toks[j].analyses)

    def past_qualifiers(self, k: int) -> int:
        """The token after the qualifiers of a title from token ``k`` on: at most two definite
        words ("الجديدة"، "الخاص"), a word with ل and its definite complement ("لشؤون الشرق
        الأوسط"), or a destination link and its definite words or place ("إلى الشرق الأوسط");
        no stop word, head, trigger or listed actor, and six words at most; ``k`` when none."""
        j, definites = k, 0
        while j < len(self.toks) and j - k < 6 and self.joined(j) and j not in self.listed \
                and j not in self.triggers and head_at(self.text, j) is None:
            form = self.toks[j].form
            if form in WORDS["mission_links"] or (self.prepositional(j) and not self.plain(j + 1)):
                j += 1  # "إلى"، "لشؤون"
                place = self.places.get(j)
                if place is not None:
                    j = place.last + 1
                continue
            if self.definite(j) and definites < 2 and not self.pronoun_noun(j):
                j, definites = j + 1, definites + 1
                continue
            break
        return j if j > k and self.joined(j) else k

    def posted(self, j: int) -> bool:
        """Whether token ``j`` is a title with the accusative ending: the post a person is given
        ("رئيساً"، "وزيراً"، "ولياً للعهد")."""
        form = self.toks[j].form
        if form.endswith(TANWIN_ALIF) and form[:-len(TANWIN_ALIF)] in WORDS["titles"]:
            return True
        # "روبرتا ميتسولا رئيسة له": a feminine title reads alike in both cases; with ل after
        # it, it is the post given
        return form in WORDS["titles"] and form.endswith(_FEMININE) and self.joined(j + 1) \
            and self.toks[j + 1].form.startswith(tuple(WORDS["genitive_preps"]))

    def nisba_family(self, k: int) -> bool:
        """Whether token ``k``, a listed state's nisba with the article at a name's end, is a
        family name (السوداني، المصري، العراقي after a given name)."""
        hit = self.listed.get(k)
        form = self.toks[k].form
        return hit is not None and hit.kind == "country" and hit.last == k and not hit.prep and not hit.conj \
            and form.startswith(CLITICS.article) and is_nisba(form) and self.boundary(k + 1)

    def family_word(self, k: int) -> bool:
        """A definite word that may be a family name: no stop word, listed actor or nisba, nor a
        participle saying what state the person is in ("ماركو بيانكي المحتجز")."""
        form = self.toks[k].form
        return form.startswith(CLITICS.article) and form not in self.stops and k not in self.listed \
            and k not in self.triggers and not self.described(k) and fold(form) not in WORDS["state_participles"]

    def given_name(self, k: int) -> bool:
        """A word that is a given name though also a common word (``given_name_words``, matched
        as written, not folded: "علي" is no "على") when a name link or a word of a name follows
        ("ثاني بن أحمد الزيودي"، "علي باقري كني"، "علي العلاق")."""
        tok = self.toks[k]
        surface = self.text.doc.written(tok)
        if surface not in GIVEN_NAMES or k in self.listed or not self.joined(k + 1):
            return False
        nxt = self.toks[k + 1].form
        return nxt in WORDS["name_links"] or self.plain(k + 1) or (self.family_word(k + 1) and self.boundary(k + 2))

    def inner_given_name(self, k: int) -> bool:
        """Whether token ``k``, a given name that is also a common word (``given_name_words``:
        "صباح"), goes on a name inside it: a word of a name follows that no time word is
        ("محمد صباح السالم"; not "محمد صباح اليوم"، "صباح الأربعاء")."""
        if self.text.doc.written(self.toks[k]) not in GIVEN_NAMES or k in self.listed or not self.joined(k + 1):
            return False
        nxt = k + 1
        if any(TIME_WORDS.roles.get(x.word) for x in self.toks[nxt].analyses):
            return False
        return self.plain(nxt) or (self.family_word(nxt) and not self.described(nxt))

    def name_tail(self, j: int) -> int:
        """The last token of the rest of a full name after token ``j`` ("محمد بن سلمان [بن
        عبدالعزيز آل سعود]"): name links each followed by a word of a name's shape."""
        while self.joined(j + 1) and self.toks[j + 1].form in WORDS["name_links"] and self.joined(j + 2) \
                and self.plain(j + 2):
            j += 2
        return j

    def former(self, i: int) -> ActorHit | None:
        """The person a title at token ``i`` names past a word saying he no longer holds it
        (``former_words``: "الرئيس المصري السابق حسني مبارك"، "الرئيس الأسبق زين العابدين بن
        علي"): a listed person as listed, another
        keyed by his name's words (with the title's state), never the office."""
        office = self.listed.get(i)
        if office is not None and office.kind == "role":
            head, country = Head("titles", office.prefix, office.conj, office.prep, True), office.country
            k = office.last + 1
        else:
            head, country, k = head_at(self.text, i), None, i + 1
            if head is None or head.kind != "titles" or not head.definite or i in self.listed:
                return None
        if not (self.joined(k) and fold(self.toks[k].form) in WORDS["former_words"]):
            return None
        k += 1
        # (not past a comma: "محامي الرئيس المخلوع، منير بن صالحة" names the lawyer)
        while self.joined(k) and self.toks[k].form in self.honorifics:
            k += 1
        # (a listed name may follow a first name the list leaves out: "محمد حسني مبارك")
        person = next((p for s in (k, k + 1) if (p := self.listed.get(s)) is not None and p.kind == "person"
                       and (s == k or self.plain(k))), None)
        if person is not None:
            return attrs.evolve(person, first=i, start=self.toks[i].start + len(head.prefix), office=None,
                                name=self.text.original[self.toks[i].start + len(head.prefix):person.end],
                                prefix=head.prefix, conj=head.conj, prep=head.prep, country=person.country or country)
        end = self.name(k) if k < len(self.toks) else None
        if end is None and k < len(self.toks) and self.family_word(k) and self.joined(k + 1):
            end = self.name(k + 1)  # a name that opens with the article: "الشاذلي بن جديد"
        return None if end is None else self.hit(i, head, end, country, "person", name_from=k)

    def comma_after(self, j: int) -> bool:
        """Whether a comma follows token ``j``."""
        return j + 1 < len(self.toks) and self.text.gap(self.toks[j].end, self.toks[j + 1].start)[:1] == ","

    def hit(self, i: int, head: Head, last: int, country: str | None, kind: str,
            name_from: int | None = None) -> ActorHit:
        toks = self.toks
        start = toks[i].start + len(head.prefix)
        first_word = toks[i].form[len(head.prefix):]
        name = self.text.original[start:toks[last].end]
        if head.definite and head.prefix.endswith(CLITICS.lam_article[:1]) and first_word[:1] == CLITICS.lam_article[:1] \
                and not first_word.startswith(CLITICS.article):
            # "للجيش الوطني": the preposition ل and the article written لل, shown and keyed with it
            first_word, name = CLITICS.article + first_word[1:], CLITICS.article[:1] + name
        words = [toks[j].form for j in range(name_from, last + 1)] if name_from is not None else \
            [first_word] + [toks[j].form for j in range(i + 1, last + 1)]
        key = "~" + "_".join(words)
        if country:
            key = f"{country}:{key}"
        return ActorHit(i, last, start, toks[last].end, key, kind, name,
                        country, prefix=head.prefix, unlisted=True, conj=head.conj, prep=head.prep)
