"""Persons named after a saying verb outside the gazetteer, persons named again by a word of a
name the article gave in full before, and names set off by commas after a title phrase."""

from __future__ import annotations

import bisect
import unicodedata

import attrs

from .actors import PERSONLIKE, ActorHit
from .context import SEPARATORS, Candidate, Context
from .lexicon import ARTICLE

#: How many words a body's name in quotation marks may hold ("تكتل «لبنان القوي»").
QUOTED_NAME = 4


class SpeakerNames(Context):
    """Names of speakers the gazetteer does not list."""

    def named_speaker(self, first: int, until: int | None = None) -> ActorHit | None:
        """A person outside the gazetteer named right after a saying verb: one to three words
        of a name's shape (no article but after a ``name_compounds`` word, "عبد الملك الحوثي";
        no clitic, no preposition on a definite noun ("للحادثة"),
        no function word, no number, no trigger, no
        listed actor: "مصر والأردن في بيان" is two states, not Egypt's citizen "والأردن"),
        followed by what opens a statement ("إن"، "في كلمته"، "خلال"، a comma or a colon)."""
        toks = self.text.tokens
        again = self.named_again(first, until) or self.family_word_again(first)
        if again is not None:
            return again
        stops = self.words("stop_words")
        last = first - 1
        for i in range(first, min(first + 3, len(toks))):
            if i > first and not self.text.joinable[i - 1]:
                break
            form = toks[i].form
            # "عبد الملك الحوثي"، "عبد الله بوحبيب": the article opens the second word of a
            # compound name, and the family name after it
            compound = i > first and any(self.is_word(j, "name_compounds") for j in range(first, i))
            # "وقال بن بريك": a particle opens a short name ("بن"، "أبو"), never ends it
            particle = i == first and self.is_word(i, "name_particles")
            if (form in stops or form.isdigit() or (self.articled(i) and not compound)
                    or (len(form) < 3 and not particle) or i in self.actor_tokens
                    or i in self.trigger_tokens or i in self.timex_tokens or self.is_word(i, "speech_openers")
                    or not toks[i].analyses[0].bare or self.governed(i) or self.that_word(i)):
                break
            last = i
        if last < first or (last == first and len(toks[first].form) < 3):  # "وقال بن إن": no name
            return None
        nxt = last + 1
        while nxt in self.timex_tokens and nxt < len(toks) and self.text.joinable[nxt - 1]:
            nxt += 1  # "أعلن قصر باكنغهام مساء الاثنين أن": the day, then what is said
        opened = nxt >= len(toks) or not self.text.joinable[last] or self.is_word(nxt, "speech_openers") \
            or nxt == until or self.governed(nxt)  # "وكانت بيلوسي قد أدانت": the name ends at قد;
        # "وقالت زكي للصحفيين": to whom she said it
        if not opened:
            return None
        start, end = toks[first].start, toks[last].end
        key = "~" + "_".join(toks[j].form for j in range(first, last + 1))
        return ActorHit(first, last, start, end, key, "person", self.text.original[start:end], unlisted=True)

    def quoted_name(self, hit: ActorHit) -> ActorHit:
        """Body phrase ``hit`` with the name in quotation marks right after it ("تكتل «لبنان
        القوي»"، "حزب \"الحرية والعدالة\""): one to :data:`QUOTED_NAME` words between a quote
        mark right after the phrase and its closing one, none of them a trigger, a date or what
        opens what is said (the quotation of a statement: "وقالت الوزارة «إن الوضع خطير»")."""
        toks, original = self.text.tokens, self.text.original
        if hit.kind == "person" or hit.last + 1 >= len(toks):
            return hit
        closing = dict(self.text.lexicon.quote_pairs).get(original[hit.end:toks[hit.last + 1].start].strip())
        if closing is None:
            return hit
        for j in range(hit.last + 1, min(hit.last + QUOTED_NAME + 1, len(toks))):
            if j in self.trigger_tokens or j in self.timex_tokens or self.that_word(j) \
                    or self.is_word(j, "speech_openers") or toks[j].form.isdigit():
                return hit
            after = original[toks[j].end:toks[j + 1].start if j + 1 < len(toks) else len(original)].strip()
            if after.startswith(closing):
                words = "_".join(toks[i].form for i in range(hit.last + 1, j + 1))
                return attrs.evolve(hit, last=j, end=toks[j].end, key=f"{hit.key}_{words}",
                                    name=original[hit.start:toks[j].end + len(closing)])
            if after:
                return hit
        return hit

    def bare_word(self, i: int) -> bool:
        """Whether token ``i`` is read first with no clitic (a word with no reading is not)."""
        readings = self.text.tokens[i].analyses
        return bool(readings) and readings[0].bare

    def articled(self, i: int) -> bool:
        """Whether token ``i`` opens with the article: folded "ال", not written with a hamza
        ("ألتمان"، "ألفيري"، "ألبانيزي" are names)."""
        tok = self.text.tokens[i]
        # (an alif with a hamza, "ألتمان"، "إلهان", is a name's; the article has none)
        written = unicodedata.name(self.text.original[tok.start:tok.start + 1] or " ", "")
        return tok.form.startswith(ARTICLE) and not ("ALEF" in written and "HAMZA" in written)

    def that_word(self, i: int) -> bool:
        """Whether token ``i`` is "أن"/"إن" or a function word with clitics ("بأنه"، "وأنها"،
        "خلاله"): it opens what is said ("ووصفته بأنه كاذب") or tells when ("طالبه خلاله"),
        never a word of a name."""
        words = self.words("report_that") | self.words("stop_words") | self.words("during")
        return any(x.stem in words for x in self.text.tokens[i].analyses if x.enc or x.prep or x.conj)

    def governed(self, i: int) -> bool:
        """Whether token ``i`` is a definite noun with a proclitic preposition ("للصحفيين"،
        "للحادثة"): no word of a name."""
        return i < len(self.text.tokens) and any(x.prep and x.definite for x in self.text.tokens[i].analyses)

    def opens_words(self, i: int) -> bool:
        """Whether token ``i``, right after a name, opens what is said or whom it was said to
        ("إن"، "في كلمته"، "للصحفيين": ``speech_openers`` or a definite noun with a preposition,
        as :meth:`named_speaker` reads it)."""
        return self.is_word(i, "speech_openers") or self.governed(i)

    def named_again(self, i: int, until: int | None = None) -> ActorHit | None:
        """A person named earlier in full, named again at token ``i`` by the last word of
        that name ("رئيس المجلس أحمد السعدون ... وقال السعدون في تصريح"), when what follows
        opens a statement or ends the subject's slot at ``until`` ("وكان المجالي قد قال":
        the pluperfect's قد)."""
        toks = self.text.tokens
        if i >= len(toks) or (i + 1 < len(toks) and self.text.joinable[i] and not self.opens_words(i + 1)
                              and i + 1 != until):
            return None
        starts, people = self.family_names().get(toks[i].form, ((), ()))
        k = bisect.bisect_left(starts, toks[i].start) - 1
        if k < 0:
            return None
        a = people[k]
        return attrs.evolve(a, first=i, last=i, start=toks[i].start, end=toks[i].end, prefix="", conj="", prep="",
                            counterpart=False)

    def family_word_again(self, i: int) -> ActorHit | None:
        """A person named at token ``i`` by the definite last word of a name the article gave
        before with no title ("أفرجت السلطات عن سليمان الريسوني وعمر الراضي ... . وقال الريسوني
        إن"), when what follows opens a statement: that name, a first word of a name's shape
        right before the same word (:meth:`plain_name_word`)."""
        toks = self.text.tokens
        if i >= len(toks) or not self.articled(i) or not self.bare_word(i) or \
                (i + 1 < len(toks) and self.text.joinable[i] and not self.opens_words(i + 1)):
            return None
        firsts = self.plain_names().get(toks[i].form)
        if firsts is None:
            return None
        k = bisect.bisect_left(firsts, i) - 1
        if k < 0:
            return None
        j = firsts[k]
        start, end = toks[i].start, toks[i].end
        return ActorHit(i, i, start, end, "~" + toks[j].form + "_" + toks[i].form, "person",
                        self.text.original[start:end], unlisted=True)

    def plain_names(self) -> dict[str, list[int]]:
        """Definite words that follow a first word of a name's shape, as a two-word name with no
        title: the word -> the first-word tokens, in text order (computed once per article)."""
        found = getattr(self, "_plain_names", None)
        if found is None:
            toks, found = self.text.tokens, {}
            for i in range(1, len(toks)):
                if self.articled(i) and self.text.joinable[i - 1] and self.plain_name_word(i - 1) \
                        and i not in self.actor_tokens and i not in self.trigger_tokens:
                    found.setdefault(toks[i].form, []).append(i - 1)
            self._plain_names = found
        return found

    def plain_name_word(self, i: int) -> bool:
        """Whether token ``i`` may be a first name: no article, no clitic, three letters or more,
        no function word, number, title, body word, trigger, date or listed actor."""
        form = self.text.tokens[i].form
        return not self.articled(i) and self.bare_word(i) and len(form) >= 3 \
            and not form.isdigit() and form not in self.words("stop_words") and i not in self.actor_tokens \
            and i not in self.trigger_tokens and i not in self.timex_tokens and not self.that_word(i) \
            and not self.is_word(i, "speaker_titles") and not self.is_word(i, "speaker_bodies")

    def family_named_before(self, i: int) -> ActorHit | None:
        """The person named earlier in full whose name's last word is token ``i`` ("قيس سعيد"
        ... "تصريحات سعيد"), as named at ``i``; the slot after a statement's word names its
        speaker, so no opener need follow (unlike :meth:`named_again`)."""
        toks = self.text.tokens
        if i >= len(toks):
            return None
        starts, people = self.family_names().get(toks[i].form, ((), ()))
        k = bisect.bisect_left(starts, toks[i].start) - 1
        if k < 0 or (people[k].unlisted and self.articled(i)):
            return None  # (an unlisted name's definite word is mostly a common noun: "الأطراف")
        return attrs.evolve(people[k], first=i, last=i, start=toks[i].start, end=toks[i].end, prefix="", conj="",
                            prep="", counterpart=False)

    def family_names(self) -> dict[str, tuple[tuple[int, ...], tuple[ActorHit, ...]]]:
        """Persons named in more than one word, by the last word of the name: the word ->
        (starts, persons), in text order (computed once per article)."""
        found = getattr(self, "_family_names", None)
        if found is None:
            toks = self.text.tokens
            index: dict[str, list[ActorHit]] = {}
            for a in self.actors:
                if a.kind == "person" and a.last > a.first and toks[a.last].form != toks[a.first].form:
                    index.setdefault(toks[a.last].form, []).append(a)
            found = {w: (tuple(a.start for a in v), tuple(v)) for w, v in index.items()}
            self._family_names = found
        return found

    def titled_persons(self) -> dict[str, tuple[tuple[int, ...], tuple[ActorHit, ...]]]:
        """Listed persons by the definite title their name opens with or follows ("البابا
        تواضروس الثاني"، "الملك عبدالله الثاني"): the title -> (starts, persons), in text order
        (computed once per article)."""
        found = getattr(self, "_titled_persons", None)
        if found is None:
            toks = self.text.tokens
            index: dict[str, list[ActorHit]] = {}
            for a in self.actors:
                if a.kind != "person" or a.unlisted:
                    continue
                own = toks[a.first].form[len(a.prefix):]
                if a.last > a.first and own.startswith(ARTICLE):
                    index.setdefault(own, []).append(a)
                elif a.first > 0 and self.articled(a.first - 1) and self.text.joinable[a.first - 1]:
                    index.setdefault(toks[a.first - 1].form, []).append(a)
            found = {w: (tuple(a.start for a in v), tuple(v)) for w, v in index.items()}
            self._titled_persons = found
        return found

    def titled_again(self, hit: ActorHit, prefix: str) -> ActorHit | None:
        """Unlisted title phrase ``hit`` that is a bare definite title, alone or before whom it
        was said to ("وقال البابا للصحفيين"، "وقال الملك إن"), naming the listed person the
        article last gave that title ("البابا تواضروس الثاني"): that person, at the title."""
        toks = self.text.tokens
        word = toks[hit.first].form[len(prefix):]
        if not word.startswith(ARTICLE) or (hit.last > hit.first and not self.governed(hit.first + 1)):
            return None
        starts, people = self.titled_persons().get(word, ((), ()))
        k = bisect.bisect_left(starts, toks[hit.first].start) - 1
        if k < 0:
            return None
        return attrs.evolve(people[k], first=hit.first, last=hit.first, start=toks[hit.first].start,
                            end=toks[hit.first].end, prefix=prefix, conj="", prep="", counterpart=False)

    def appositive_name(self, c: Candidate) -> Candidate:
        """Statement ``c`` whose speaker is an unlisted title phrase set off from a name by
        commas ("وقال المتحدث باسم الخارجية الإيرانية، ناصر كنعاني، إن"، "وقال مدير المستشفى،
        محمد أبو سلمية، إن"): the person so named, keyed as with no commas (``iran:~ناصر_كنعاني``):
        one to four words of a name's shape between the commas, then what opens a statement."""
        if c.type != "statement" or len(c.speaker) != 1 or "~" not in c.speaker[0].key \
                or c.speaker[0].kind not in PERSONLIKE:
            return c
        a, toks = c.speaker[0], self.text.tokens
        j = a.last + 1
        if j >= len(toks) or self.text.joinable[a.last] or \
                self.text.gap(a.end, toks[j].start) not in SEPARATORS - {""}:
            return c
        stops, last = self.words("stop_words"), None
        for i in range(j, min(j + 4, len(toks))):
            form = toks[i].form
            particle = self.is_word(i, "name_particles") and self.text.joinable[i]  # "محمد أبو سلمية"
            if (form in stops and not particle or form.isdigit() or len(form) < 2 or not self.bare_word(i) and not particle
                    or self.pronoun_with_preposition(i, i == j)
                    or i in self.actor_tokens or i in self.trigger_tokens
                    or i in self.timex_tokens or (i == j and self.articled(i)) or self.is_word(i, "speech_openers")
                    or self.is_word(i, "speaker_titles") or self.is_word(i, "speaker_bodies")  # "، خبير التكنولوجيا،"
                    or self.that_word(i) or self.governed(i)):
                break
            last = i
            if not self.text.joinable[i]:
                break
        if last is not None and self.is_word(last, "name_particles"):
            last = None  # (a name does not end with "أبو")
        if last is None or last + 1 >= len(toks) or self.text.joinable[last] or \
                self.text.gap(toks[last].end, toks[last + 1].start) not in SEPARATORS - {""} or \
                not (self.is_word(last + 1, "speech_openers") or self.is_word(last + 1, "report_that")
                     or last + 1 in self.timex_tokens):  # "، تيسير أبو سنينة، أمس بقرار"
            return c
        owner = a.key.split("~", 1)[0]
        key = owner + "~" + "_".join(toks[i].form for i in range(j, last + 1))
        named = attrs.evolve(a, last=last, end=toks[last].end, key=key, kind="person", unlisted=True,
                             name=self.text.original[toks[j].start:toks[last].end])
        return attrs.evolve(c, speaker=(named,), actors=tuple(named if x is a else x for x in c.actors))

    def pronoun_with_preposition(self, i: int, opening: bool) -> bool:
        """Whether token ``i`` may read as a preposition with a third-person pronoun ("بدوره"،
        "كعادته"; not "ي": "كنعاني"), which no name word carries: any reading for the word
        that opens a name, the first reading for a later one ("أبو سلمية": س+لمي+ه is no
        reading to stop at)."""
        readings = self.text.tokens[i].analyses if opening else self.text.tokens[i].analyses[:1]
        return any(x.prep and x.enc in self.words("resumptive") for x in readings)

    def complement_cut(self, c: Candidate) -> Candidate:
        """Statement ``c`` whose speaker is an unlisted title phrase run on over the saying
        verb's complement with بـ and the article ("ورحب رئيس بلدية الخليل بالقرار"، "فرد عليه
        سفير إسرائيل في المنظمة بالمطالبة"): the phrase cut before that word and keyed by its
        own words. No name carries the preposition with the article; a listed actor's or
        place's word there ("مندوب مصر بالأمم المتحدة") is the phrase's own."""
        if c.type != "statement" or len(c.speaker) != 1 or not c.speaker[0].unlisted \
                or c.speaker[0].kind not in PERSONLIKE:
            return c
        a, toks = c.speaker[0], self.text.tokens
        listed = getattr(self, "_listed_words", None)
        if listed is None:
            listed = self._listed_words = frozenset(
                i for m in (*self.text.select("actor"), *self.text.select("place")) for i in range(m.first, m.last + 1))
        clitics = self.words("complement_clitic")
        cut = next((j for j in range(a.first + 2, a.last + 1) if j not in listed
                    and any(x.prep in clitics and x.definite for x in toks[j].analyses)), None)
        if cut is None:
            return c
        words = [toks[a.first].form[len(a.prefix):]] + [toks[j].form for j in range(a.first + 1, cut)]
        cut_off = attrs.evolve(a, last=cut - 1, end=toks[cut - 1].end, key=a.key.split("~", 1)[0] + "~" + "_".join(words),
                               name=self.text.original[a.start + len(a.prefix):toks[cut - 1].end])
        return attrs.evolve(c, speaker=(cut_off,), actors=tuple(cut_off if x is a else x for x in c.actors))
