"""Speakers of statements: unlisted title and body phrases, bodies named again by their head,
coordinated speakers, the subject a sentence leaves out (names after a saying verb are
:mod:`.speaker_names`'; statements that go on one told before, :mod:`.continuations`')."""

from __future__ import annotations

import bisect

import attrs

from .actors import PERSONLIKE, ActorHit, unlisted_speaker
from .body_words import TANWIN_ALIF, feminine, feminine_verb
from .context import SEPARATORS, Candidate
from .joint_speakers import JointSpeakers
from .lexicon import ARTICLE
from .match import Match
from .principals import Principals

#: How many words into the sentence before a person may stand to be its subject, who goes on
#: speaking in a sentence that opens with a saying verb and no subject ("وكان الراعي قد شارك").
SUBJECT_REACH = 3
#: How many more words of a name an unlisted title phrase may run on to.
NAME_TAIL = 2



class Speakers(JointSpeakers, Principals):
    """Who speaks."""

    def coordinated_actors(self, a: ActorHit, b: ActorHit) -> bool:
        """``b`` follows ``a`` as "a وb" or "a، وb", or with one definite adjective of
        ``a``'s long name between that the gazetteer's form leaves out ("والمملكة الأردنية
        الهاشمية وجمهورية مصر العربية": :meth:`adjective_of`)."""
        if b.conj not in self.words("coordinator"):
            return False
        if b.first == a.last + 2 and self.adjective_of(a.last + 1):
            tok = self.text.tokens[a.last + 1]
            return self.text.gap(tok.end, b.start) in SEPARATORS and \
                not self.text.original[a.end:tok.start].strip()
        return b.first == a.last + 1 and self.text.gap(a.end, b.start) in SEPARATORS

    def adjective_of(self, i: int) -> bool:
        """Whether token ``i`` may be a definite adjective closing the name before it: the
        article with no proclitic, and no actor, trigger, date or function word."""
        form = self.text.tokens[i].form
        return self.articled(i) and self.bare_word(i) and i not in self.actor_tokens \
            and i not in self.trigger_tokens and i not in self.timex_tokens and form not in self.words("stop_words")

    def unlisted(self, first: int, last_allowed: int) -> ActorHit | None:
        """A speaker outside the gazetteer named by a title or body phrase at token ``first``."""
        if self._heads is None:
            heads: dict[int, tuple[int, str, str]] = {}
            for name, kind in (("speaker_titles", "person"), ("speaker_bodies", "organization")):
                for c in self.cues(name):
                    if c.first not in heads or heads[c.first][0] < c.last:
                        heads[c.first] = (c.last, kind, c.prefix)
            self._heads = heads
        joint = self.joint_parties(first, last_allowed)
        if joint is not None:
            return joint  # "وأكد البيان المشترك"، "وقال الجانبان": the parties
        if first in self.actor_tokens:
            # an actor right at the speaker's slot whose name runs past the clause, set off by
            # commas ("وقال وزير الخارجية الإيراني، حسين أمير عبد اللهيان، إن"): the speaker
            return self.actor_starting(first)
        if first not in self._heads:
            # "تصريحات سعيد"، "الخطاب الذي ألقاه سعيد": a person the article named in full before
            return self.family_named_before(first)
        prefix = self._heads[first][2]
        word = self.token(first)[len(prefix):]
        if word.startswith(ARTICLE):
            prefix, word = prefix + ARTICLE, word[len(ARTICLE):]
        if prefix.endswith(ARTICLE) and word in self.words("people_speakers"):
            return None  # "وحثت السكان على مغادرتها": the verb's object ("قال سكان": speakers)
        hit = unlisted_speaker(self.text, first, last_allowed, self._heads, self._links, self._stops)
        # "وقال البابا للصحفيين": the pope the article named before
        again = self.titled_again(hit, self._heads[first][2]) if hit is not None and hit.kind == "person" else None
        if again is not None:
            return again
        if hit is not None:
            hit = self.title_holder(hit) if hit.kind == "person" else \
                self.compound_body(self.quoted_name(self.medium_name(hit)))
        if hit is not None and self.token(first)[len(self._heads[first][2]):] in self.words("source_nouns"):
            return self.source_owner(hit, last_allowed) or hit
        if hit is not None and hit.first == hit.last and self.token(hit.first)[len(self._heads[first][2]):].startswith(ARTICLE):
            # a bare definite body ("وذكرت الوزارة") names the body of that kind met last
            word = self.token(hit.first)[len(self._heads[first][2]) + len(ARTICLE):]
            starts, indices = self.bodies().get(word, ((), ()))
            k = bisect.bisect_left(starts, hit.start) - 1
            if k >= 0:
                a = self.actors[indices[k]]
                return attrs.evolve(a, first=hit.first, last=hit.last, start=hit.start, end=hit.end,
                                    prefix="")  # named as the body it stands for
        return hit

    def actor_starting(self, i: int) -> ActorHit | None:
        """The listed actor whose name starts at token ``i`` and runs across a comma, if any."""
        if self._actor_at is None:
            self._actor_at = {}
            for a in self.actors:
                self._actor_at.setdefault(a.first, a)
        a = self._actor_at.get(i)
        if a is None or all(self.text.joinable[j] for j in range(a.first, a.last)):
            return None
        return a

    def title_holder(self, hit: ActorHit) -> ActorHit:
        """An unlisted title phrase ``hit`` as the person it names: the listed person its words
        run into or that follows it ("المرشح الجمهوري دونالد ترامب": Trump), else the phrase
        cut before a word with both a preposition and a pronoun, which no name carries
        ("المرشح المحافظ سعيد جليلي بهزيمته"; not a reading that leaves two letters between
        them, "و+ل+اي+ه" of "ولاية"), or before a function word ("غانا ماليار ذلك"); a phrase
        that stops short of its name's last words runs on to them when what opens a statement
        follows ("حاكم ولاية هاواي جوش غرين في مؤتمر صحفي": :meth:`name_runs_on`)."""
        if self._actor_at is None:
            self._actor_at = {}
            for a in self.actors:
                self._actor_at.setdefault(a.first, a)
        for j in range(hit.first + 1, hit.last + 2):
            a = self._actor_at.get(j)
            if a is not None and a.kind == "person" and not a.unlisted and self.text.joinable[j - 1]:
                return a  # (right after the phrase too: "الرئيس الأسبق باراك أوباما")
            if j > hit.last:
                break
            if any(x.prep and x.enc and len(x.stem) > 2 for x in self.text.tokens[j].analyses) or \
                    (self.token(j) in self.words("stop_words") and j not in self._heads
                     and j - 1 > self._heads[hit.first][0] and not self.token(j - 1).startswith(ARTICLE)):
                toks = self.text.tokens
                words = hit.key[1:].split("_")[:j - hit.first]
                return attrs.evolve(hit, last=j - 1, end=toks[j - 1].end, key="~" + "_".join(words),
                                    name=self.text.original[hit.start:toks[j - 1].end])
        return self.name_runs_on(hit)

    def name_runs_on(self, hit: ActorHit) -> ActorHit:
        """Title phrase ``hit`` with up to :data:`NAME_TAIL` more words of a name's shape after
        it when what opens a statement follows them ("حاكم ولاية هاواي جوش غرين في"): the
        phrase reader takes three words of a name at most, and a name cut short is another
        speaker when named again by its last word ("وأضاف غرين")."""
        toks, stops = self.text.tokens, self.words("stop_words")
        if hit.last == hit.first:
            return hit  # a bare title names no one by the words after it ("قال مسؤول أميركي")
        j = hit.last + 1
        while j <= hit.last + NAME_TAIL and j < len(toks) and self.text.joinable[j - 1]:
            form = toks[j].form
            if (form in stops or form.isdigit() or self.articled(j) or len(form) < 3 or j in self.actor_tokens
                    or j in self.trigger_tokens or j in self.timex_tokens or self.is_word(j, "speech_openers")
                    or not toks[j].analyses[0].bare or self.governed(j) or self.that_word(j)):
                break
            j += 1
        if j == hit.last + 1 or not (j >= len(toks) or not self.text.joinable[j - 1] or self.is_word(j, "speech_openers")
                                     or self.governed(j)):  # "وكيل أعماله أندرو ويلي لصحيفة إل باييس"
            return hit
        words = [toks[i].form for i in range(hit.last + 1, j)]
        return attrs.evolve(hit, last=j - 1, end=toks[j - 1].end, key=hit.key + "_" + "_".join(words),
                            name=self.text.original[hit.start:toks[j - 1].end])

    def source_owner(self, hit: ActorHit, last_allowed: int) -> ActorHit | None:
        """The body or state an unnamed source speaks for, when its phrase names one ("مصدر في
        وزارة الدفاع السعودية"، "مصدر أمني عراقي"، "مصدر مقرب من حزب الله"، "مصدر مسؤول في
        وزارة الخارجية"): the first listed non-person actor or body phrase in the source's phrase
        or after it across ``source_links`` words (a presidency as its state's president's office:
        "مصدر في الرئاسة المصرية"); none when a person or another word comes first."""
        if self._actor_at is None:
            self._actor_at = {}
            for a in self.actors:
                self._actor_at.setdefault(a.first, a)
        toks = self.text.tokens
        j = hit.first + 1
        while j <= min(last_allowed, hit.last + 4) and j < len(toks) and self.text.joinable[j - 1]:
            a = self._actor_at.get(j)
            if a is not None and a.prep in self.words("addressee_clitic"):
                return None  # "وقال مصدر دبلوماسي لوكالة فرانس برس": whom it spoke to
            owner = a if a is not None and a.kind not in PERSONLIKE else None
            if a is not None and owner is None:
                return None  # "مصدر مقرب من الرئيس": a person's circle, still unnamed
            head = self._heads.get(j) if owner is None else None
            office = self.presidency_at(j) if head is not None or (owner is not None and owner.unlisted) else None
            if office is not None and (owner is None or owner.last == office.last):
                owner = office  # "مصدر في الرئاسة المصرية": the president's office, as "قالت الرئاسة المصرية"
            elif head is not None and head[1] == "organization":
                owner = unlisted_speaker(self.text, j, last_allowed, self._heads, self._links, self._stops)
            if owner is not None:
                # the statement is the owner's; its words stay where the source is named
                return attrs.evolve(owner, first=hit.first, last=max(hit.last, owner.last), start=hit.start,
                                    end=max(hit.end, owner.end), prefix="", conj="", prep="", counterpart=False)
            if j > hit.last and not self.is_word(j, "source_links"):
                return None
            j += 1
        return None

    def one_per_state(self, c: Candidate) -> list[Candidate]:
        """Statement ``c`` as one statement per speaker when its speakers are several states
        that each made their own ("أدانت مصر والأردن والإمارات الهجوم"، "الكويت وقطر تنددان"،
        "ونددت كل من قطر والكويت"):
        the gold of the development sets keeps one statement per state. The state next to the
        verb keeps the verb's words; each other is named by its own. ``[c]`` for one speaker,
        for persons or bodies, and for a statement made jointly ("رفضهما المشترك") or named by a noun."""
        c = self.principal(self.addressed_after(self.appositive_name(self.complement_cut(self.unframed(c)))))
        if self.relayed(c):
            return []  # "، وفق ما ذكرت وكالة ...،": the medium only relays
        group, m = c.speaker, c.match
        if c.type != "statement" or len(group) < 2 or any(a.kind != "country" for a in group) \
                or set(map(id, c.actors)) != set(map(id, group)) or m.data.get("names_statement"):
            return [c]  # ("بإعلان إسبانيا وأيرلندا والنرويج": a noun names one announcement)
        fronted = group[-1].last == m.first - 1 and (m.data.get("headline_only") or self.in_title(m.start))
        # "ونددت كل من قطر والكويت": each of them, the verb's subject all the same
        each = any(e.first == m.last + 1 and e.last + 1 == group[0].first for e in self.cues("each_of"))
        if group[0].first != m.last + 1 and not fronted and not each:
            # the states must be the verb's own subject (after it, or before it in a title's
            # order), not a speaker found further off ("قادة أذربيجان وأرمينيا ودعاهم")
            return [c]
        if fronted and self.joint_act(m):
            return []  # "السعودية وإيران تعلنان استئناف العلاقات": one act of both, no statement
        lo, hi = self.text.token_range(self.sentence(c.match.start))[0], c.match.last + 8
        joint = self.positions("joint_marks")[0]
        k = bisect.bisect_left(joint, lo)
        if k < len(joint) and joint[k] <= hi:
            return [c]
        near = min(group, key=lambda a: min(abs(a.first - m.last), abs(a.last - m.first)))
        return sorted((attrs.evolve(c, actors=(a,), speaker=(a,)) if a is near else
                       attrs.evolve(c, start=a.start, end=a.end, actors=(a,), speaker=(a,)) for a in group),
                      key=lambda x: x.start)

    def addressed_after(self, c: Candidate) -> Candidate:
        """Statement ``c`` of a demand verb joined by و to a saying verb before it ("أعربت
        الوزارة عن أسفها ...، ودعت الحكومة العراقية إلى اتخاذ"), whose speaker read right after
        it is followed by an ``addressee_objects`` word: that actor (a body or a person; a state
        named alone may be a new subject) is whom the demand addresses, and the speaker is the
        earlier verb's (:meth:`coordinated_speaker`)."""
        m = c.match
        if c.type != "statement" or len(c.speaker) != 1 or m.hit.pos != "verb" or \
                m.conj not in self.words("coordinator") or not self.is_word(m.first, "call_for"):
            return c
        a = c.speaker[0]
        if a.first != m.last + 1 or a.kind == "country" or not self.is_word(a.last + 1, "addressee_objects"):
            return c  # ("ورحبت السعودية ...، ودعت مصر إلى": a state may open a statement of its own)
        said = self.coordinated_speaker(m)
        if said is None or said.key == a.key:
            return c
        return attrs.evolve(c, speaker=(said,), actors=(said,))

    def joint_act(self, m: Match) -> bool:
        """Whether announcing verb ``m`` of several states before it in a title ("الكويت والعراق
        تعلنان تشكيل لجنة مشتركة") names their joint act: its object, right after it (past a
        time expression or an adverb, "رسميا"), is a noun with no preposition, no
        complementizer, nothing ``announced_apart`` names and no word of a statement, and
        without the subjects' own dual or plural pronoun, which makes it a stance of each
        ("تعلنان رفضهما"، "ترحبان"; :meth:`one_per_state`)."""
        if not self.is_word(m.first, "announcing"):
            return False
        toks, j = self.text.tokens, m.last + 1
        while j < len(toks) and self.text.joinable[j - 1] and j in self.timex_tokens:
            j += 1
        if j < len(toks) and self.text.joinable[j - 1] and not self.articled(j) and j not in self.trigger_tokens \
                and toks[j].form.endswith(TANWIN_ALIF) and len(toks[j].form) > 3 and not any(x.enc for x in toks[j].analyses):
            j += 1  # "تعلن رسميا تقديم ملف"
        if j >= len(toks) or not self.text.joinable[j - 1] or self.that_word(j) or self.is_word(j, "report_that"):
            return False
        tok = toks[j]
        if not tok.analyses[0].bare or any(x.enc in self.words("joint_pronouns") for x in tok.analyses) or \
                any(x.stem in self.words("announced_apart") or x.word in self.words("announced_apart")
                    for x in tok.analyses):
            return False
        return not any(t.category == "trigger" and t.data.get("type") == "statement" and t.first <= j <= t.last
                       for t in self.text.matches)

    def unframed(self, c: Candidate) -> Candidate:
        """Statement ``c`` with an unlisted speaker phrase cut before a link word that opens
        where the words were said ("وقال الأمير في التسجيل": ``speech_frames``): the speaker is
        "الأمير", not "the prince in the recording"."""
        if c.type != "statement" or len(c.speaker) != 1 or not c.speaker[0].key.startswith("~"):
            return c
        a = c.speaker[0]
        frame = next((j for j in range(a.first + 1, a.last + 1)
                      if self.token(j) in self._links and self.is_word(j + 1, "speech_frames")), None)
        if frame is None:
            return c
        toks = self.text.tokens
        words = [a.key[1:].split("_")[0]] + [toks[j].form for j in range(a.first + 1, frame)]
        cut = attrs.evolve(a, last=frame - 1, end=toks[frame - 1].end, key="~" + "_".join(words),
                           name=self.text.original[a.start:toks[frame - 1].end])
        return attrs.evolve(c, speaker=(cut,), actors=tuple(cut if x is a else x for x in c.actors))

    def bodies(self) -> dict[str, tuple[tuple[int, ...], tuple[int, ...]]]:
        """Bodies (non-person actors) by their first word without clitics and article: the
        word -> (starts, actor indices), in text order."""
        if self._bodies is None:
            found: dict[str, list[tuple[int, int]]] = {}
            for i, a in enumerate(self.actors):
                if a.kind in PERSONLIKE:
                    continue
                word = self.token(a.first)[len(a.prefix):]
                word = word[len(ARTICLE):] if word.startswith(ARTICLE) else word
                found.setdefault(word, []).append((a.start, i))
            self._bodies = {w: (tuple(s for s, _ in v), tuple(i for _, i in v)) for w, v in found.items()}
        return self._bodies

    def elided_subject(self, m: Match) -> ActorHit | None:
        """The speaker of a saying verb with no subject of its own (its next word opens what
        is said: "إذ قال في بيان إن"، "حيث أعلن من داخله أن"): the first person named earlier in
        its sentence with no preposition. A sentence that opens so ("وقال في بيان إن") continues
        the one before: its speaker is the subject of that sentence's saying verb."""
        for a in self.actors_in((self.sentence(m.start)[0], m.start)):
            if a.kind in PERSONLIKE and not a.prep and a.last < m.first:
                return a
        k = self.text.sentence_of(m.start)
        if k == 0 or m.first != self.first_token(k):
            return None
        # "وقال في بيان إن ..." opening its sentence: the speaker of the sentence before goes on
        # (the subject of its saying verb)
        said = next((a for a in self.actors_in(self.text.sentences[k - 1])
                     if a.first in self.sayers and not a.prep), None)
        if said is None:
            # "وقال شهباز شريف، في تدوينة ...، إن ... . وأضاف أن": a person no list holds,
            # read at the saying verb's subject slot as that verb's own speaker is (not a bare
            # body: "وأكد الجيش أن ... . وقال في بيان" names no speaker)
            before = self.text.token_range(self.text.sentences[k - 1])
            said = next((u for i in before if i in self.sayers
                         for u in (self.unlisted(i, before.stop - 1) or self.named_speaker(i, until=before.stop - 1),)
                         if u is not None and not u.prep and u.kind == "person"), None)
        if said is None:
            # "وكان الراعي قد شارك أمس في الجنازة ... . وقال في عظته": the person the sentence
            # before opens with as its subject (among its first words) goes on speaking
            first = self.first_token(k - 1)
            said = next((a for a in self.actors_in(self.text.sentences[k - 1])
                         if a.kind == "person" and not a.prep and a.first - first <= SUBJECT_REACH), None)
            if said is not None and any(self.actors[j].first < said.first for j in range(len(self.actors))
                                        if self.actors[j].first >= first and self.actors[j].kind != "person"):
                said = None  # another actor opens that sentence
        if said is None:
            return None
        verb = next((a.word for a in self.text.tokens[m.last].analyses if a.conj and not a.enc),
                    self.text.tokens[m.last].form)
        # "وقال لافروف ... . وقالت إن": a feminine verb is another speaker's
        return said if feminine_verb(verb) == feminine(said, self.token(said.first)[len(said.prefix):]) else None

    def relative_subject(self, m: Match) -> ActorHit | None:
        """The speaker of a saying verb that opens a relative clause right after a named actor
        ("أثارت غضب الاتحاد الأفريقي، الذي استنكر في بيان تلك التصريحات"، "الوزير فلان الذي
        قال إن"): that actor, the relative's antecedent (a comma may stand between them); or
        one with no relative word after an indefinite report or statement it put out, with a
        pronoun back to it ("نشرت الأمم المتحدة تقريراً قالت فيه إن"): the last actor before
        the noun with no preposition."""
        r = m.first - 1
        if m.hit.pos != "verb" or m.conj or r < 1:
            return None
        toks = self.text.tokens
        if self.is_word(r, "publication_objects") and not self.articled(r) and m.last + 1 < len(toks) and \
                any(x.enc in self.words("resumptive") and (x.prep or x.stem in self.words("circumstance"))
                    for x in toks[m.last + 1].analyses):
            # "نشرت الأمم المتحدة تقريراً قالت فيه إن": the verb's subject put the report out
            before = [a for a in self.actors_in((self.sentence(m.start)[0], toks[r].start)) if not a.prep]
            if before:
                return before[-1]
            # "ونشرت صحيفة نيويورك تايمز أمس تقريراً قالت فيه": an unlisted body's phrase
            lo = self.text.token_range(self.sentence(m.start)).start
            return next((u for u in (self.unlisted(i, r - 1) for i in range(lo, r)) if u is not None), None)
        if not self.is_word(r, "relatives"):
            return None
        before = self.actors_in((self.sentence(m.start)[0], toks[r].start))
        if not before or before[-1].last != r - 1 or \
                self.text.gap(before[-1].end, toks[r].start) not in SEPARATORS:
            return None
        return before[-1]

    def coordinated_speaker(self, m: Match) -> ActorHit | None:
        """The speaker of a saying verb joined by و to an earlier one of its sentence, with no
        subject of its own ("ورحبت السعودية بالإعلان، وأبدت استعدادها لتقديم دعم"): the subject
        of the last saying verb before it (its first words: "المملكة العربية السعودية"), when the
        verbs agree in gender."""
        near = {i for i in range(m.first - 40, m.first) for k in (1, 2, 3) if i - k + 1 in self.sayers}
        said = [a for a in self.actors_in((self.sentence(m.start)[0], m.start))
                if a.first in near and not a.prep and a.last < m.first]
        if not said:
            return None
        verb = next((a.word for a in self.text.tokens[m.first].analyses if a.conj and not a.enc),
                    self.text.tokens[m.first].form)
        last = said[-1]
        return last if feminine_verb(verb) == feminine(last, self.token(last.first)[len(last.prefix):]) else None

    def speaker_group(self, hit: ActorHit) -> list[ActorHit]:
        i = self._actor_index[id(hit)]
        lo = hi = i
        while lo > 0 and self.coordinated_actors(self.actors[lo - 1], self.actors[lo]):
            lo -= 1
        while hi + 1 < len(self.actors) and self.coordinated_actors(self.actors[hi], self.actors[hi + 1]):
            hi += 1
        return self.actors[lo:hi + 1]
