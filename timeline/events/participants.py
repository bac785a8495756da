"""Participants of a candidate: named actors, unlisted speakers, the speaker's own country,
and their roles."""

from __future__ import annotations

import bisect

import attrs

from ..arabic import fold
from ..model import Actor
from .actors import PERSONLIKE, ActorHit, resolve_counterparts, unlisted_speaker
from .context import CONTACT_TYPES, CONTENT_TYPES, SEPARATORS, Candidate, Context
from .lexicon import ARTICLE
from .match import Match

#: How many words from the trigger a participant may stand (a run-on "clause" of hundreds of
#: words names no single event's parties).
PARTICIPANT_REACH = 30


class Participants(Context):
    """Who takes part in a candidate."""

    def coordinated_actors(self, a: ActorHit, b: ActorHit) -> bool:
        """``b`` follows ``a`` as "a وb" or "a، وb"."""
        return b.first == a.last + 1 and b.conj in self.words("coordinator") and \
            fold(self.text.original[a.end:b.start].strip()) in SEPARATORS

    def unlisted(self, first: int, last_allowed: int) -> ActorHit | None:
        """A speaker outside the gazetteer named by a title or body phrase at token ``first``."""
        if self._heads is None:
            heads: dict[int, tuple[int, str, str]] = {}
            for name, kind in (("speaker_titles", "person"), ("speaker_bodies", "organization")):
                for c in self.cues(name):
                    if c.first not in heads or heads[c.first][0] < c.last:
                        heads[c.first] = (c.last, kind, c.prefix)
            self._heads = heads
        if first in self.actor_tokens:
            return None
        hit = unlisted_speaker(self.text, first, last_allowed, self._heads, self._links, self._stops)
        if hit is not None and hit.first == hit.last and self.token(hit.first)[len(self._heads[first][2]):].startswith(ARTICLE):
            # a bare definite body ("وذكرت الوزارة") names the body of that kind met last
            word = self.token(hit.first)[len(self._heads[first][2]) + len(ARTICLE):]
            starts, indices = self.bodies().get(word, ((), ()))
            k = bisect.bisect_left(starts, hit.start) - 1
            if k >= 0:
                a = self.actors[indices[k]]
                return attrs.evolve(a, first=hit.first, last=hit.last, start=hit.start, end=hit.end,
                                    name=hit.name, prefix="")
        return hit

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

    def named_speaker(self, first: int, until: int | None = None) -> ActorHit | None:
        """A person outside the gazetteer named right after a saying verb: one to three words
        of a name's shape (no article, no clitic, no function word, no number, no trigger),
        followed by what opens a statement ("إن"، "في كلمته"، "خلال"، a comma or a colon)."""
        toks = self.text.tokens
        stops = self.words("stop_words")
        last = first - 1
        for i in range(first, min(first + 3, len(toks))):
            if i > first and not self.text.joinable[i - 1]:
                break
            form = toks[i].form
            if (form in stops or form.isdigit() or form.startswith(ARTICLE) or len(form) < 3
                    or i in self.trigger_tokens or i in self.timex_tokens or self.is_word(i, "speech_openers")
                    or not toks[i].analyses[0].bare):
                break
            last = i
        if last < first:
            return None
        nxt = last + 1
        opened = nxt >= len(toks) or not self.text.joinable[last] or self.is_word(nxt, "speech_openers") \
            or nxt == until  # "وكانت بيلوسي قد أدانت": the name ends at قد
        if not opened:
            return None
        start, end = toks[first].start, toks[last].end
        key = "~" + "_".join(toks[j].form for j in range(first, last + 1))
        return ActorHit(first, last, start, end, key, "person", self.text.original[start:end], unlisted=True)

    def elided_subject(self, m: Match) -> ActorHit | None:
        """The speaker of a saying verb with no subject of its own (its next word opens what
        is said: "إذ قال في بيان إن"، "حيث أعلن من داخله أن"): the first person named earlier in
        its sentence with no preposition. (A sentence that opens so, "وقال في بيان", mostly
        goes on with the statement before: no new speaker.)"""
        for a in self.actors_in((self.sentence(m.start)[0], m.start)):
            if a.kind in PERSONLIKE and not a.prep and a.last < m.first:
                return a
        return None

    def roles(self, cand: Candidate) -> tuple[Actor, ...]:
        """The candidate's actors with their roles, read from the clause.

        A statement's speaker has the role ``speaker`` (of a contact, ``agent``). In a contact the caller or host is the agent and
        the others counterparts; "تلقى X اتصالاً من Y" makes Y the caller. In a strike,
        capture or ceasefire: the subject of a verb (the actor right after it, or before it)
        acts; the noun after على/ضد, or an object further on, undergoes; "من قبل X" acts; a
        nisba right after a noun trigger ("غارات إسرائيلية") acts; "تعرض لـ" turns the subject
        into the one who undergoes. An actor governed by a noun of stance or ability after the
        trigger ("التزام روسيا"، "قدرة تركيا") takes no part."""
        speakers = {id(a) for a in cand.speaker}
        m = cand.match
        received = self.near("receive_verbs", m, 8, 0, self.sentence(m.start)) is not None
        suffered = self.near("suffer_verbs", m, 6, 0, self.clause(m.start)) is not None
        seen: dict[str, Actor] = {}
        subject_taken = False
        for a in sorted(cand.actors, key=lambda a: a.first):
            before = a.first - 1
            if id(a) in speakers:
                role: str | None = "speaker" if cand.type == "statement" else "agent"
            elif cand.type in CONTACT_TYPES:
                if received:
                    role = "agent" if self.is_word(before, "origin") else "counterpart"
                else:
                    role = "counterpart" if (any(r == "agent" for r in roles_of(seen)) or speakers or a.counterpart) \
                        else "agent"
            elif cand.type in CONTENT_TYPES:
                if a.first > m.last and not a.prep and self.is_word(before, "governing_heads"):
                    continue  # "على التزام روسيا بالاتفاق": whose commitment, not who is hit
                role = self.content_role(cand, a, subject_taken)
                if suffered and role == "agent" and a.first < m.first:
                    role = "patient"  # "الأراضي التي تعرضت لهجوم": the ground attacked
                subject_taken = subject_taken or (role == "agent" and a.first > m.last)
            else:
                role = None
            if a.key not in seen:
                seen[a.key] = a.actor(role)
        if cand.type in CONTACT_TYPES and not any(r == "agent" for r in roles_of(seen)) and seen:
            first = next(iter(seen))
            seen[first] = attrs.evolve(seen[first], role="agent")
        return tuple(seen.values())

    def content_role(self, cand: Candidate, a: ActorHit, subject_taken: bool) -> str:
        """Agent or patient of a strike, capture or ceasefire actor (see :meth:`roles`)."""
        m = cand.match
        before = a.first - 1
        if self.is_word(before, "patient_marks"):
            return "patient"  # "على مواقع"، "ضد"
        if self.near("agent_marks", a, 3, 0, self.clause(a.start)) is not None:
            return "agent"  # "من قبل القوات"
        if a.last < m.first:
            accuse = self.first_word_from("accuse_verbs", a.last + 1, m.first)
            # "اتهمت يريفان باكو بخرق الهدنة": the accuser undergoes, the accused acts
            return "patient" if accuse is not None and self.text.clause_of(self.text.tokens[accuse].start) == \
                self.text.clause_of(m.start) else "agent"
        if m.hit.pos == "verb":
            if m.data.get("subject_before"):
                return "patient"  # "صواريخ بحرية دمرت سفينة حربية أوكرانية": the weapon hit them
            gap = a.first - m.last - 1
            return "agent" if not subject_taken and gap <= 2 and not a.prep else "patient"
        relative = self.relative_verb(m, a)
        if relative is not None:
            # "الهجوم الذي شنته إيران": the relative verb's subject acts; "الهجوم الذي تعرضت له
            # الأراضي الأرمينية": its subject undergoes
            return "patient" if self.is_word(relative, "suffer_verbs") else "agent"
        if a.prep in self.words("possessive_clitic") and a.first - m.last <= 6 and \
                self.is_word(a.last + 1, "patient_marks"):
            return "agent"  # "الهجمات (غير القانونية) لأذربيجان على الأراضي الأرمينية": whose act, on whom
        # a noun trigger: its nisba ("غارات إسرائيلية") or its genitive subject acts
        return "agent" if a.first == m.last + 1 and not a.prep and not subject_taken else "patient"

    def relative_verb(self, m: Match, a: ActorHit) -> int | None:
        """The verb of a relative clause on noun trigger ``m`` whose subject is ``a``: "الهجوم
        (غير المسبوق) الذي شنته إيران"، "الهجوم الذي تعرضت له الأراضي": a relative word within
        three words after the trigger, its verb, at most one word ("له") and the actor, which
        carries no preposition."""
        if a.prep:
            return None
        rel = self.first_word_from("relatives", m.last + 1, min(m.last + 4, a.first))
        if rel is None or not 2 <= a.first - rel <= 3:
            return None
        return rel + 1

    def speaker_group(self, hit: ActorHit) -> list[ActorHit]:
        i = self._actor_index[id(hit)]
        lo = hi = i
        while lo > 0 and self.coordinated_actors(self.actors[lo - 1], self.actors[lo]):
            lo -= 1
        while hi + 1 < len(self.actors) and self.coordinated_actors(self.actors[hi], self.actors[hi + 1]):
            hi += 1
        return self.actors[lo:hi + 1]

    def participants(self, kind: str, m: Match, clause: tuple[int, int], sentence: tuple[int, int]) -> list[ActorHit]:
        """Who takes part: people of the sentence in a contact, states, bodies and groups of
        the clause otherwise, within :data:`PARTICIPANT_REACH` words of the trigger."""
        clause, sentence = self.around(m, clause), self.around(m, sentence)
        if kind in CONTACT_TYPES:
            scope = self.predicate_scope(m, sentence)
            found = [a for a in self.actors_in(scope) if a.kind in PERSONLIKE]
            if not any(a.last < m.first and not a.prep for a in found):
                subject = self.carried_subject(m, scope, sentence)
                if subject is not None:
                    found.insert(0, subject)
            speaker = next((a for a in found if a.start < m.start and a.office), None)
            found = resolve_counterparts(found, speaker)
            if len({a.key for a in found}) < 2 and self.has_anaphora(sentence):
                prev = self.text.sentence_of(sentence[0]) - 1
                if prev >= 0:
                    found = [a for a in self.actors_in(self.text.sentences[prev]) if a.kind in PERSONLIKE] + found
            if not found:
                # states and bodies of the clause, not those of another event's words ("لبحث
                # الرد على الهجوم الإيراني") nor a broker ("برعاية الاتحاد الأفريقي")
                found = [a for a in self.actors_in(clause) if a.kind != "counterpart"
                         and not self.other_trigger_between(m, min(a.last, m.last), max(a.first, m.first))]
                found = self.without_brokers(found, clause)
            return found
        hits = [a for a in self.actors_in(clause) if a.kind not in PERSONLIKE] + self.own_countries(clause)
        if kind == "other" and m.hit.pos == "verb":
            # "وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت": the person right after the verb acts
            hits += [a for a in self.actors_in(clause) if a.kind in PERSONLIKE and a.first == m.last + 1 and not a.prep]
        hits.sort(key=lambda a: a.start)
        # "عقد مجلس الحرب الإسرائيلي اجتماعاً لبحث الرد على الهجوم الإيراني": a name before
        # another event's trigger belongs to that event
        hits = [a for a in hits if a.last >= m.first or not self.other_trigger_between(m, a.last, m.first)]
        if kind in CONTENT_TYPES:
            # who reports ("أعلنت قطر ...", "... أن") or brokers ("بوساطة مصرية") is no party
            cut = self.report_cut(m, clause)
            hits = [a for a in hits if a.start >= cut or a.start > m.start]
            # the word after a saying verb is its speaker, except the accused of an accuser
            # named before the verb ("اتهمت يريفان باكو بخرق الهدنة")
            hits = [a for a in hits if a.first not in self.sayers or self.accused(a, hits)]
            hits = self.without_brokers(hits, clause)
            announcer = self.announcer_forces(m, sentence)
            if announcer is not None and announcer.key not in {a.key for a in hits}:
                hits.insert(0, announcer)
        return hits

    def announcer_forces(self, m: Match, sentence: tuple[int, int]) -> ActorHit | None:
        """The announcer whose own forces act ("أعلن الجيش السوداني أن قواته استعادت"، "أعلنت
        موسكو سيطرة قواتها على"، "أكدت طهران أن دفاعاتها أسقطت"): the actor right after the
        last saying verb before the trigger in its sentence, when a word of ``own_forces``
        stands next to the trigger (its subject)."""
        if self.near("own_forces", m, 2, 2, sentence) is None:
            return None
        said = [a for a in self.actors_in((sentence[0], m.start)) if a.first in self.sayers and not a.prep]
        return said[-1] if said else None

    def accused(self, a: ActorHit, hits: list[ActorHit]) -> bool:
        """Whether ``a``, right after an accusing verb, is its object: the accuser is named
        right before the verb."""
        return self.is_word(a.first - 1, "accuse_verbs") and any(h.last == a.first - 2 for h in hits)

    def without_brokers(self, hits: list[ActorHit], clause: tuple[int, int]) -> list[ActorHit]:
        """``hits`` less those right after a mediation cue ("بوساطة مصرية"، "برعاية الاتحاد")."""
        for c in self.cues_from("mediation", self.text.token_at(clause[0])):
            if c.start >= clause[1]:
                break
            if clause[0] <= c.start:
                hits = [a for a in hits if not (c.last < a.first <= c.last + 4)]
        return hits

    def predicate_scope(self, m: Match, sentence: tuple[int, int]) -> tuple[int, int]:
        """The words of the trigger's own predicate: its comma clause, joined with the clauses
        around it that only continue it (a date, a place, a complement: "تلقى ... اتصالاً
        اليوم، من رئيس وزراء العراق"; "جمع بلينكن، أمس بنيويورك، نظيريه") and never with one
        that opens a new predicate ("، بعد أن أجرى ..."، "، وأطلعهما ..."، "كما بحث ...")."""
        text = self.text
        k = text.clause_of(m.start)
        lo = hi = k
        # a noun trigger heading its clause is the object of the predicate before it
        # ("أجرى جو بايدن، نائب الرئيس الأمريكي، اتصالا مع الرئيسين")
        own = m.hit.pos == "noun" and text.token_range(text.clauses[k])[:1] == range(m.first, m.first + 1)
        while lo > 0 and text.clauses[lo - 1][1] > sentence[0] and (self.continues(lo) or (lo == k and own)):
            lo -= 1
        while hi + 1 < len(text.clauses) and text.clauses[hi + 1][0] < sentence[1] and self.continues(hi + 1):
            hi += 1
        return max(text.clauses[lo][0], sentence[0]), min(text.clauses[hi][1], sentence[1])

    def continues(self, k: int) -> bool:
        """Whether comma clause ``k`` continues the predicate of the clause before it: it
        opens with a date, a place, a name, or a preposition or counterpart word
        (``complement_openers``), and not with what starts a new predicate
        (``clause_openers``, a trigger)."""
        span = self.text.token_range(self.text.clauses[k])
        if not span:
            return True
        i = span[0]
        if i in self.trigger_tokens or any(c.first == i for c in self.cues_from("clause_openers", i)[:3]):
            return False
        if i in self.timex_tokens or i in self.actor_tokens or self.is_word(i, "complement_openers"):
            return True
        return any(p.first == i for p in self.places_in(self.text.clauses[k])[:1])

    def carried_subject(self, m: Match, scope: tuple[int, int], sentence: tuple[int, int]) -> ActorHit | None:
        """The subject a coordinated predicate shares with the one before it ("اتصل باشينيان
        ببوتين ...، كما بحث هاتفياً مع بلينكن": Pashinyan): for a verb at the head of its
        predicate, the last person named before it in the sentence without a preposition."""
        head = self.text.token_range(scope)
        if m.hit.pos != "verb" or not head or m.first - head[0] > 2:
            return None
        if self.is_word(head[0], "relatives"):
            # "وقال بلينكن، الذي التقاهما": the relative's antecedent
            return next((a for a in self.actors_in((sentence[0], scope[0])) if a.last == head[0] - 1
                         and a.kind in PERSONLIKE), None)
        before = [a for a in self.actors_in((sentence[0], scope[0])) if a.kind in PERSONLIKE
                  and not a.prep and a.kind != "counterpart"]
        return before[-1] if before else None

    def other_trigger_between(self, m: Match, lo: int, hi: int) -> bool:
        """A trigger of another contact or content type than ``m``'s strictly between tokens
        ``lo`` and ``hi`` (saying verbs aside, whose report :meth:`report_cut` cuts, and
        agreement verbs, which restate a ceasefire: "اتفقتا على الهدنة")."""
        if self._trigger_firsts is None:
            self._trigger_firsts = [t.first for t in self.triggers]
        k = bisect.bisect_right(self._trigger_firsts, lo)
        while k < len(self.triggers) and self.triggers[k].first < hi:
            if self.triggers[k].data["type"] in (CONTENT_TYPES | CONTACT_TYPES) - {m.data["type"]}:
                return True
            k += 1
        return False

    def around(self, m: Match, span: tuple[int, int]) -> tuple[int, int]:
        """``span`` narrowed to :data:`PARTICIPANT_REACH` words around ``m``."""
        toks = self.text.tokens
        lo = toks[max(m.first - PARTICIPANT_REACH, 0)].start
        hi = toks[min(m.last + PARTICIPANT_REACH, len(toks) - 1)].end
        return max(span[0], lo), min(span[1], hi)

    def own_countries(self, clause: tuple[int, int]) -> list[ActorHit]:
        """"قوات بلاده"، "بلادها": the country of the person named last before, in this
        sentence or the one before (the speaker), not the country mentioned last."""
        out = []
        for c in self.cues_from("own_country", self.text.token_at(clause[0])):
            if c.start >= clause[1]:
                break
            if c.start < clause[0]:
                continue
            sentence = self.text.sentence_of(c.start)
            lo = self.text.sentences[max(sentence - 1, 0)][0]
            people = [a for a in self.actors_in((lo, c.start)) if a.kind in PERSONLIKE]
            country = next((x for a in reversed(people) if (x := self.country_of(a))), None)
            if country is not None:
                out.append(ActorHit(c.first, c.last, c.start, c.end, country, "country",
                                    self.text.original[c.start:c.end], country))
        return out

    def country_of(self, a: ActorHit) -> str | None:
        if a.country:
            return a.country
        roles = sorted(self.text.lexicon.roles_at(a.key, None))
        return roles[0].split(":")[0] if roles else None

    def report_cut(self, m: Match, clause: tuple[int, int]) -> int:
        """Start of the reported content before trigger ``m`` (after the last "أن"/"إن")."""
        span = self.text.token_range((clause[0], m.start))
        anna = self.last_word_before("report_that", span.start, span.stop)
        return self.text.tokens[anna].end if anna is not None else clause[0]

    def parties(self, c: Candidate) -> set[str]:
        """Actor keys of a candidate plus the states they belong to."""
        out = set()
        for a in c.actors:
            out.add(a.key)
            if a.country:
                out.add(a.country)
            if ":" in a.key:
                out.add(a.key.split(":")[0])
            out.update(r.split(":")[0] for r in self.text.lexicon.roles_at(a.key, None))
        return out


def roles_of(actors: dict[str, Actor]) -> list[str | None]:
    return [a.role for a in actors.values()]
