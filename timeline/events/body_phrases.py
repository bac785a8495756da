"""The phrase reader of ``bodies``: a head word of ``bodies.json`` (a state body, another body,
a title) read with its complement ("نادي الهلال"، "شركة أرامكو السعودية"، "المدير التنفيذي لشركة
أرامكو") and, after a title, honorifics and a name ("رئيس نادي الهلال فهد بن نافل"), with the
word tests it reads constructs with."""

from __future__ import annotations

import attrs

from ..document.segment import CLITICS
from .actors import ActorHit
from .appositions import named as named_person
from .body_words import DEFINITE, HEADING, PHRASE_WORDS, TANWIN_ALIF, WORDS, Head, bare, head_at
from .lexicon import ARTICLE, is_nisba
from .match import Text
from .named_readers import NamedReaders
from .set_off import SetOffNames


class PhraseReader(SetOffNames, NamedReaders):
    """One article's tokens with the gazetteer's actors and places, read phrase by phrase."""

    def __init__(self, text: Text, listed: list[ActorHit], places: list) -> None:
        super().__init__(text, listed, places)
        #: first token of an office -> the mention of its holder's name set off after it
        self.set_off: dict[int, ActorHit] = {}
        #: first tokens of a state's bodies whose phrase names no state ("وزارة الخارجية")
        self.stateless: set[int] = set()
        #: first tokens of noun triggers: an act noun, not a word inside one ("الحكومة الجديدة")
        self.act_firsts = {m.first for m in text.select("trigger") if m.hit.pos == "noun"}

    def dual_of_parties(self, i: int, head: Head) -> bool:
        """Whether the head at token ``i`` is a dual in construct with two parties coordinated
        after it ("وفدا الصومال وإثيوبيا"، "وفدا دولة قطر ومملكة البحرين"; ``dual_heads``): the
        parties stand for themselves, no phrase of one body."""
        first = self.listed.get(i + 1)
        if head.definite or bare(self.toks[i].form[len(head.prefix):]) not in WORDS["dual_heads"] \
                or first is None or first.prep or first.conj or not self.joined(i + 1):
            return False
        second = self.listed.get(first.last + 1)
        return second is not None and bool(second.conj) and not second.prep \
            and {first.kind, second.kind} <= {"country", "organization", "group"}

    def phrase(self, i: int) -> ActorHit | None:
        """The body or titled person whose head is token ``i``."""
        head = head_at(self.text, i)
        if head is None or i in self.listed or self.dual_of_parties(i, head):
            return None
        if head.definite and bare(self.toks[i].form[len(head.prefix):]) in WORDS["construct_heads"] \
                and not self.described(i):
            # "القوات المسلحة"، "السلطات الرحلات": a bare head, the subject reader's; a body in
            # construct ("قوات الأمن العراقية") or with its state's nisba ("السلطات المصرية")
            return None
        if bare(self.toks[i].form[len(head.prefix):]) in WORDS["nisba_heads"] and not (head.definite and self.described(i)):
            # "القضاء الكولومبي": the judiciary with its state's nisba; "قضاء صور" a district
            return None
        title = head.kind in ("titles", "descriptions")
        # (a person described, "المتهم الألماني ...", is from a state, not its official)
        foreign_body = head.kind in ("bodies", "named_things", "descriptions")
        body = not title  # the last head read is a body (it wants a complement)
        indefinite = not head.definite  # the last head read may take a bare name
        country = None
        posted = False  # after "لدى"/"في" with the phrase's state known: a state it is posted in
        linked = False  # right after a link: a listed body is the complement ("باسم وزارة الخارجية")
        by_place = False  # the last complement is a place or state in construct ("بنك الإمارات دبي")
        delegation = head.kind == "bodies" and bare(self.toks[i].form[len(head.prefix):]) in WORDS["delegation_heads"]
        mission = bare(self.toks[i].form[len(head.prefix):]) in WORDS["mission_heads"]  # "بعثة ... إلى البلاد"
        sent = delegation  # the phrase names a delegation ("وفد من صندوق النقد الدولي")
        whose: int | None = None
        holder: int | None = None  # the first word of the name of an office's holder the body is named by
        person: ActorHit | None = None
        filled = 0  # complements of the last head
        last = i
        j = i + 1
        while self.joined(j) and j - i <= PHRASE_WORDS:
            form = self.toks[j].form
            hit = self.listed.get(j)
            if hit is not None:
                if posted and hit.kind == "country":
                    posted = False  # "سفير اليابان لدى مصر"، "السفير الياباني في الكويت": no party
                elif head.kind == "named_things" and hit.kind in ("country", "organization", "group"):
                    pass  # "دوري نجوم العراق"، "معرض الصين الدولي": part of the name
                elif body and not title and filled and hit.kind == "country" and hit.prep in self.locative_clitics \
                        and not is_nisba(self.toks[hit.last].form):
                    pass  # "المحكمة الابتدائية بتونس": where the body sits, no party of its own
                elif hit.kind == "country" and (filled or not body or not indefinite) and is_nisba(self.toks[hit.last].form):
                    country = country or hit.key  # "السعودي": whose
                elif hit.kind in ("organization", "group", "country") and \
                        ((not filled and (indefinite or (linked and hit.kind != "country")))
                         or hit.prep in WORDS["genitive_preps"]
                         or (by_place and hit.kind == "country" and not hit.prep)):
                    # "لمنظمة الصحة العالمية"; a state's own body ("باسم وزارة الخارجية القطرية") is the state's
                    state = hit.key if hit.kind == "country" else hit.key.split(":")[0] if ":" in hit.key else None
                    foreign_body = foreign_body or state is None
                    country = country or state  # "سفير اليابان"
                elif body and not title and not filled and indefinite and hit.kind == "role" and not hit.prep \
                        and (end := self.name(hit.last + 1)) is not None:
                    holder = hit.last + 1
                    last, j, filled = end, end + 1, 1  # "حكومة رئيس الوزراء نواف سلام": the body of an office's holder
                    continue

                elif body and not title and filled == 1 and last == j - 1 and hit.kind == "person" and not hit.prep \
                        and self.definite(last) and getattr(head_at(self.text, last), "kind", None) == "titles":
                    holder, last, j = hit.first, hit.last, hit.last + 1  # "حكومة الرئيس نواف سلام"
                    continue
                elif title and indefinite and last == i and hit.kind == "role" and hit.first == j and not hit.prep and not hit.conj:
                    # "نائب رئيس الوزراء الإسباني"، "مبعوث الرئيس الأمريكي": a deputy or envoy of
                    # the office, not its holder
                    country, last, j, filled = country or hit.country, hit.last, hit.last + 1, filled + 1
                    continue
                else:
                    if title and hit.kind == "person" and head.kind == "descriptions" and indefinite and last == i \
                            and not hit.prep and not hit.conj:
                        # "وقال محامي أويحيى": the listed person's lawyer, a person of his own who
                        # speaks for himself (the client is no party)
                        return self.hit(i, head, hit.last, None, "person")
                    if title and hit.kind == "person":
                        person = hit  # "المتحدث باسم الكرملين دميتري بيسكوف": a title of a listed name
                    break
                by_place = hit.kind == "country" and not is_nisba(self.toks[hit.last].form) and not linked
                last, j, filled, linked = hit.last, hit.last + 1, filled + 1, False
                continue
            place = self.places.get(j)
            if place is not None and ((not filled and indefinite) or (by_place and not place.prep)):
                # "بلدية خان يونس"، "حاكم دبي"، "بنك الإمارات دبي الوطني"
                last, j, filled, by_place = place.last, place.last + 1, filled + 1, True
                continue
            by_place = False
            if title and indefinite and last == j - 1 and not filled and form in WORDS["title_adjectives"]:
                last, j = j, j + 1  # "أمين عام مجلس التعاون"، "مدير عام الشركة"
                continue
            nested = head_at(self.text, j)
            if nested is not None and nested.kind == "descriptions" and body and filled and not nested.prep and not nested.conj:
                break  # "أدانت المحكمة الابتدائية بالرباط الصحفي المهداوي": a described person, no complement
            if body and not title and not filled and indefinite and head.kind == "state_bodies" and nested is not None \
                    and nested.kind == "titles" and not nested.prep and not nested.conj:
                held = self.phrase(j)
                if held is not None and named_person(held):
                    # "حكومة رئيس مجلس الوزراء محمد شياع السوداني": the body of a named office's holder
                    holder, last, j, filled = j, held.last, held.last + 1, 1
                    continue
            if body and not title and not filled and indefinite and head.kind == "state_bodies" \
                    and form in self.honorifics and j + 1 not in self.listed and self.joined(j + 1) \
                    and (end := self.name(j + 1)) is not None and end > j + 1:
                # "حكومة الدكتور بشر الخصاونة": the body of a holder named with an honorific
                holder, last, j, filled = j + 1, end, end + 1, 1
                continue
            if nested is not None and nested.kind in ("titles", "descriptions") and title and last == i \
                    and not nested.conj and not nested.prep and indefinite != nested.definite:
                # "نائب رئيس الدولة"، "مساعد وزير الخارجية"; both definite: "الرئيس المدير العام"
                indefinite = not nested.definite
                last, j = j, j + 1
                continue
            if nested is not None and nested.kind not in ("titles", "descriptions") and not nested.conj \
                    and not (nested.kind == "named_things" and filled) \
                    and not (filled and not nested.prep and (nested.definite or last == j - 1)) \
                    and (filled or not body or (indefinite and nested.kind == "bodies" and not nested.prep)) \
                    and (indefinite or filled or nested.prep in WORDS["genitive_preps"]):
                # "رئيس نادي"، "المدير التنفيذي لشركة"، "بعثة صندوق النقد"; "الوزير وفداً" is a
                # verb's subject and object, "اقتحم جيش الاحتلال مستشفى ناصر" too (a complement
                # read, no preposition before the next body)
                body, filled = True, 0
                delegation = bare(self.toks[j].form[len(nested.prefix):]) in WORDS["delegation_heads"]
                mission = mission or bare(self.toks[j].form[len(nested.prefix):]) in WORDS["mission_heads"]
                indefinite = not nested.definite
                foreign_body = foreign_body or nested.kind in ("bodies", "named_things")
                last, j = j, j + 1
                continue
            people = self.described_people(j + 1) if sent and last == i and form in WORDS["delegation_links"] else None
            if people is not None:
                # "وفداً من كبار منظمي الرحلات الألمان": people of a state, not a body
                return self.hit(i, head, people.last, people.key, "delegation")
            if mission and last == j - 1 and last > i and form in WORDS["mission_links"] and self.joined(j + 1) \
                    and j + 1 not in self.listed and self.toks[j + 1].form.startswith(DEFINITE) and title and self.named_at(j + 2):
                last, j = j + 1, j + 2  # "رئيس بعثة الصندوق إلى البلاد بول كاشين": where the mission is sent
                continue
            inner = self.listed.get(i + 1)
            if not title and form in WORDS["posted_links"] and inner is not None and inner.last == last \
                    and inner.kind in ("organization", "group"):
                break  # "جماعة حزب الله في الضاحية الجنوبية": the listed body, then where it is
            if (form in WORDS["links"] or (delegation and last == j - 1 and form in WORDS["delegation_links"])) \
                    and j + 1 < len(self.toks) and (self.definite(j + 1) or j + 1 in self.listed
                                                    or head_at(self.text, j + 1) is not None):
                # (after a definite title with its complement too: "المنسقة الخاصة للأمم المتحدة
                # في لبنان جينين هينيس بلاسخارت")
                posted = form in WORDS["posted_links"] and (country is not None or (title and filled > 0 and not indefinite))
                if sent and last == i:
                    whose = j + 1  # a delegation goes by the body it comes from
                j += 1  # "المتحدث باسم الجيش"، "وفد من صندوق النقد الدولي"
                filled, linked = 0, True
                continue
            # (a word a trigger reads too before a listed place or state: "ولي عهد دبي")
            if title and not body and indefinite and last == j - 1 and not filled \
                    and (self.plain(j) or (j in self.triggers and self.plain(j, triggers=False) and (
                        j + 1 in self.places or getattr(self.listed.get(j + 1), "kind", None) == "country"))) \
                    and not form.endswith(TANWIN_ALIF) and form not in WORDS["given_name_titles"] and self.construct_ends(j + 1):
                # "وزير خارجية جمهورية كازاخستان"، "رئيس وزراء اليونان": a title without the
                # article is in construct, its next word is its complement, never a name
                last, j = j, j + 1
                continue
            if body and not title and not filled and indefinite and self.definite(j) and bare(form) in WORDS["eponym_titles"] \
                    and (end := self.eponym(j + 1)) is not None:
                last, j, filled = end, end + 1, 1  # "جامعة الملك سعود": named after a person
                continue
            if filled and self.definite(j) and bare(form) in WORDS["phrase_adjectives"]:
                last, j = j, j + 1  # "باسم القوات المسلحة"
                continue
            # a definite title takes adjectives, not a noun ("زار الوزير المتحف": its object)
            if self.definite(j) and form not in self.honorifics and not self.act_object(j, indefinite or filled) and \
                    (not filled and (indefinite or body or linked or bare(form) in WORDS["title_adjectives"])
                     or is_nisba(form) or form.startswith(CLITICS.lam_article)
                     or (title and bare(form) in WORDS["title_adjectives"])
                     or self.toks[j - 1].form.startswith(CLITICS.lam_article)):
                last, j, filled = j, j + 1, filled + 1  # "الهلال"، "الدولي"، "للزمالك"
                continue
            if filled and self.coordinated(j):
                last, j = j, j + 1  # "هيئة الأدب والنشر والترجمة"
                continue
            if body and not title and filled == 1 and last == j - 1 and self.definite(last) \
                    and getattr(head_at(self.text, last), "kind", None) == "titles" and (end := self.name(j)) is not None:
                holder, last, j = j, end, end + 1  # "حكومة الوزير الأول ..."
                continue
            if title and filled and self.coordinated_construct(j):
                last, j = j + 1, j + 2  # "وزير الخارجية وشؤون المغتربين أيمن الصفدي"
                continue
            if body and not filled and indefinite and self.plain(j):
                # a body's own name: "شركة أرامكو"، "نادي بيراميدز"، "شركة توتال إنرجيز"
                last, j, filled = j, j + 1, 1
                state = self.listed.get(j) if self.joined(j) else None
                if state is not None and state.kind == "country" and not state.prep and not is_nisba(self.toks[state.last].form):
                    # "حكومة جمهورية أوزبكستان": a state's style in construct with its name
                    country = country or state.key
                    last, j = state.last, state.last + 1
                elif self.joined(j) and (self.plain(j) or (self.definite(j) and j not in self.listed)) \
                        and self.boundary(j + 1) and not title:
                    last, j = j, j + 1  # "شركة توتال إنرجيز"، "شركة طيران الخليج"
                elif title and self.joined(j) and self.definite(j) and j not in self.listed and self.named_at(j + 1):
                    # "رئيس حكومة تصريف الأعمال نجيب ميقاتي": a definite word before the
                    # holder's name ends the body's name (a name opens with no article)
                    last, j = j, j + 1
                continue
            if (body or filled) and any(a.prep in WORDS["genitive_preps"] and not a.enc for a in self.toks[j].analyses) \
                    and self.joined(j + 1) and self.definite(j + 1):
                # "لكرة القدم"، "الرئيس التنفيذي لطيران الإمارات"
                last, j, filled = j + 1, j + 2, 1
                continue
            break
        if title and person is None:
            # (past a body's acronym in brackets: "الأمين العام لمنظمة الطيران المدني الدولي
            # (إيكاو) خوان كارلوس سالازار")
            skip = self.past_acronym(last) if last > i else None
            k = skip if skip is not None else last + 1
            # (or the holder set off by commas with a form of address: "رئيس الحكومة، السيد عزيز
            # أخنوش،")
            set_off = skip is None and k < len(self.toks) and not self.joined(k) and self.comma_after(last) \
                and (self.toks[k].form in self.honorifics or self.set_off_name(k))
            listed_holder = self.set_off_person(last) if skip is None and not set_off else None
            if listed_holder is not None:
                # a listed holder set off by commas ("وزير الخارجية، زيغمار غابرييل،"): the office
                # and the name, two mentions of that person, each in its clause
                tok = self.toks[i]
                self.set_off[i] = listed_holder
                return attrs.evolve(listed_holder, first=i, last=last, start=tok.start + len(head.prefix),
                                    end=self.toks[last].end,
                                    name=self.text.original[tok.start + len(head.prefix):self.toks[last].end],
                                    prefix=head.prefix, conj=head.conj, prep=head.prep,
                                    country=listed_holder.country or country)
            if set_off and self.toks[k].form in self.honorifics:
                k += 1
            while self.joined(k) and self.toks[k].form in self.honorifics:
                k += 1
            opens = self.joined(k) or k == skip or set_off
            if set_off and opens and k not in self.listed:
                end = self.name(k)
                if end is not None and (self.sentence_ends(end) or self.comma_after(end)):
                    # the office and the name, two mentions of one person, each in its clause
                    named = self.hit(i, head, end, country if not foreign_body else None, "person", name_from=k)
                    start = self.toks[k].start
                    self.set_off[i] = attrs.evolve(named, first=k, start=start, prefix="", conj="", prep="",
                                                   name=self.text.original[start:named.end])
                    return attrs.evolve(named, last=last, end=self.toks[last].end)
                opens = False
            if opens and not set_off and k not in self.listed and self.name(k) is None:
                # "قائد الإدارة السورية الجديدة أحمد الشرع"، "نائبة المبعوث الأميركي الخاص إلى
                # الشرق الأوسط مورغان أورتاغوس": the holder's name past the title's qualifiers
                q = self.past_qualifiers(k)
                hit = self.listed.get(q)
                if q > k and ((hit is not None and hit.kind == "person" and hit.first == q)
                              or (hit is None and (end := self.name(q)) is not None and end > q)):
                    k = q
            named = self.listed.get(k) if opens else None
            if named is not None and named.kind == "person":
                person = named  # a title before a gazetteer name: that person
            elif opens:
                end = self.name(k)
                if end is not None and (end > k or head.kind != "descriptions" or country is not None):
                    # (a described person by a full name: "الصحفي الأمريكي إيفان غيرشكوفيتش", not
                    # "مؤتمر صحفي عقده")
                    return self.hit(i, head, end, country if not foreign_body else None, "person", name_from=k)
        if (last == i or head.kind == "descriptions") and person is None:
            # a bare head ("الوزارة"، "رئيس") names no one by itself, nor a description without
            # a name ("الفنانة اللبنانية")
            return None
        if person is not None:
            tok = self.toks[i]
            return attrs.evolve(person, first=i, start=tok.start + len(head.prefix),
                                name=self.text.original[tok.start + len(head.prefix):person.end],
                                prefix=head.prefix, conj=head.conj, prep=head.prep,
                                country=person.country or country)
        if sent and whose is not None:
            body = self.listed.get(whose)
            out = self.hit(i, head, last, country if not foreign_body else None, "delegation", name_from=whose)
            return attrs.evolve(out, key=body.key) if body is not None and body.last == last else out
        if delegation and country is not None and last > i and is_nisba(self.toks[last].form) \
                and self.listed.get(last) is not None and self.listed[last].kind == "country" and not self.headed(i) \
                and getattr(self.listed.get(last - 1), "kind", None) != "country":
            # "الوفد المصري"، "وفد أمني مصري": a state's delegation, whose people take part for it
            # (not one the person named before leads: "على رأس وفد أردني"; nor a joint one: "وفد
            # أمريكي إسرائيلي")
            return self.hit(i, head, last, country, "delegation")
        inner = self.listed.get(i + 1)
        if not title and head.kind != "named_things" and not head.definite and inner is not None \
                and inner.kind in ("organization", "group") and inner.last == last and not inner.prep:
            # "حركة حماس"، "جماعة الحوثيين": the listed body itself, named with its head
            start = self.toks[i].start + len(head.prefix)
            return attrs.evolve(inner, first=i, start=start, name=self.text.original[start:inner.end],
                                prefix=head.prefix, conj=head.conj, prep=head.prep)
        if title and country is None and bare(self.toks[i].form[len(head.prefix):]) in WORDS["verbal_titles"] \
                and not any(k in self.listed for k in range(i + 1, last + 1)):
            return None  # "لمساعدة الأطراف": helping, no assistant of anyone named
        out = self.hit(i, head, last, country if not foreign_body else None,
                       "person" if title else "thing" if head.kind == "named_things" else "organization")
        if holder is not None:
            # keyed by the head and the holder's name, as when the office is left out ("حكومة
            # نجلاء بودن")
            words = [self.toks[i].form[len(head.prefix):]] + [t.form for t in self.toks[holder:last + 1]]
            out = attrs.evolve(out, key="~" + "_".join(words))
        elif head.kind == "state_bodies" and not foreign_body and country is None:
            self.stateless.add(i)  # "وزارة الخارجية": whose, the article may tell (see find_bodies)
        return out

    def headed(self, i: int) -> bool:
        """Whether words of ``heading_links`` stand right before token ``i`` ("على رأس")."""
        return i >= 2 and tuple(t.form for t in self.toks[i - 2:i]) in HEADING

    def act_object(self, j: int, construct: bool) -> bool:
        """Whether token ``j``, a definite word after a definite head, opens an act's verbal noun
        (a noun trigger's first word, no nisba): the head's verb or verbal noun takes it as object ("بإعلان
        الجيش السيطرة على المطار"، "استعاد الجيش السيطرة"), it is no complement of the body.
        An indefinite head in construct keeps it ("هيئة الانتخابات")."""
        form = self.toks[j].form
        return not construct and j in self.act_firsts and not is_nisba(form) \
            and not form.startswith(CLITICS.lam_article)  # "للانتخابات": a genitive, the body's

    def past_acronym(self, last: int) -> int | None:
        """The token after one word in brackets right after token ``last`` ("(إيكاو)"), or
        ``None``."""
        toks, text = self.toks, self.text.original
        if last + 2 >= len(toks):
            return None
        before = text[toks[last].end:toks[last + 1].start].strip()
        after = text[toks[last + 1].end:toks[last + 2].start].strip()
        return last + 2 if before == "(" and after == ")" else None

    def named_at(self, k: int) -> bool:
        """Whether a person's name opens at token ``k``: a listed person, an honorific or a
        name ending at a boundary."""
        if not self.joined(k):
            return False
        hit = self.listed.get(k)
        if hit is not None:
            return hit.kind == "person"
        return self.toks[k].form in self.honorifics or self.name(k) is not None

    def coordinated_construct(self, j: int) -> bool:
        """Whether tokens ``j`` and ``j + 1`` are a noun joined by و in construct with a
        definite word ("وشؤون المغتربين") and a name follows: part of the title, not the
        name ("وزير الخارجية وليد المعلم،" has no name after its definite word)."""
        return any(a.conj and not a.prep and not a.enc and not a.word.startswith(ARTICLE)
                   for a in self.toks[j].analyses) and j not in self.listed and head_at(self.text, j) is None \
            and self.joined(j + 1) and self.definite(j + 1) and j + 1 not in self.listed and self.named_at(j + 2)

    def construct_ends(self, j: int) -> bool:
        """Whether a construct chain ends at token ``j`` or the one after: a listed state or
        body, a place or a definite word ("جمهورية كازاخستان"، "اليونان")."""
        for k in (j, j + 1):
            if not self.joined(k):
                return False
            if (k in self.listed and self.listed[k].kind != "person") or k in self.places or self.definite(k):
                return True
            if k in self.listed and self.listed[k].country and self.listed[k].first == k and self.listed[k].last > k + 1:
                return True  # "رئيس وزراء [جمهورية العراق محمد شياع السوداني]": a state, then its holder
            if not self.plain(k) or self.toks[k].form.endswith(TANWIN_ALIF):
                return False
        return False
