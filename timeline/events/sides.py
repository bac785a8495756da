"""The sides of an event read from particular constructions: the teams of a match named
without heads, a visit's host, the owner of a meeting noun with a pronoun, a delegation and its
leader, both sides named before, states gathered after a plural, and those who host or broker
an event without being one of its sides (a mixin of :class:`.participants.Participants`)."""

from __future__ import annotations

import bisect

import attrs

from .actors import PERSONLIKE, ActorHit
from .body_words import WORDS, chair_link, hosts, names_parties, word_of
from .context import Context
from .lexicon import ARTICLE, is_nisba
from .match import Match


class Sides(Context):
    """Sides of an event from particular constructions."""

    def teams(self, m: Match, clause: tuple[int, int]) -> list[ActorHit]:
        """Teams of a match named without a head word ("تعادل الأهلي مع الزمالك"، "حقق الهلال
        فوزاً على ضيفه الاتحاد"): the definite word right after a verb trigger or inside the
        trigger's phrase, and the one after a ``match_links`` word (past a word of
        ``match_opponents``) in the clause; a nisba after either goes with it."""
        text, toks = self.text, self.text.tokens
        span = text.token_range(clause)
        stops = self.words("stop_words")

        def team(i: int) -> ActorHit | None:
            if i not in span or i in self.timex_tokens or i in self.actor_tokens \
                    or (i in self.trigger_tokens and not m.first < i < m.last):
                return None
            a = next((a for a in toks[i].analyses if not a.enc and a.word.startswith(ARTICLE)), None)
            if a is None or a.prep or toks[i].form in stops:
                return None
            nxt = toks[i + 1].form if i + 1 < len(toks) else ""
            last = i + 1 if i + 1 in span and text.joinable[i] and nxt.startswith(ARTICLE) and is_nisba(nxt) \
                and nxt not in stops and i + 1 not in self.actor_tokens else i
            start = toks[i].start + len(a.conj)
            return ActorHit(i, last, start, toks[last].end, "~" + "_".join(t.form for t in toks[i:last + 1])[len(a.conj):],
                            "organization", text.original[start:toks[last].end], unlisted=True, conj=a.conj)

        found = [t for i in list(range(m.first + 1, m.last)) + ([m.last + 1] if m.hit.pos == "verb" else [])
                 if (t := team(i)) is not None][:1]
        for i in range(m.first + 1, min(m.last + 8, span.stop if span else m.last)):
            if word_of(text, i, "match_links"):
                j = i + 1 + word_of(text, i + 1, "match_opponents")
                t = team(j)
                if t is not None:
                    found.append(t)
                break
        else:
            if found and found[0].first == m.last + 1 and (t := team(found[0].last + 1)) is not None:
                found.append(t)  # "ويلتقي الأهلي الاتحاد السكندري"
        return found

    def owner(self, m: Match, sentence: tuple[int, int]) -> list[ActorHit]:
        """Whose meeting a contact noun with a pronoun is ("قرر مجلس بنك المغرب، خلال اجتماعه
        الفصلي"، "في اجتماعها"; a pronoun of ``owner_pronouns``): the last actor before it in its
        sentence with no preposition, within twelve words."""
        tok = self.text.tokens[m.first]
        written = self.text.original[tok.start:tok.end]
        # (the pronoun as written: a folded "جلسة" ends like "جلسته")
        if m.hit.pos != "noun" or not any(a.enc in WORDS["owner_pronouns"] and written.endswith(a.enc)
                                          for a in tok.analyses):
            return []
        before = [a for a in self.actors_in((sentence[0], m.start)) if not a.prep and m.first - a.last <= 12]
        return before[-1:]

    def visit_host(self, m: Match, scope: tuple[int, int]) -> list[ActorHit]:
        """The state a visit goes to, its other party: the one right after a word of
        ``visit_destinations`` within six words after the trigger ("زيارة رسمية إلى المملكة
        العربية السعودية"، "وصل ... إلى دولة الإمارات"), or the trigger's own ("وصل إلى الكويت")."""
        if m.data.get("subtype") != "visit":
            return []
        text = self.text
        span = text.token_range(scope)

        def host(j: int) -> list[ActorHit]:
            # the state right after, or after a word for its capital or a city ("إلى العاصمة
            # العمانية مسقط")
            return [attrs.evolve(a, counterpart=True) for a in self.actors_in(scope) if a.kind == "country"
                    and j < a.first <= j + 3 and all(self.is_word(k, "locative") for k in range(j + 1, a.first))][:1]

        for j in range(m.last, min(m.last + 7, span.stop)):
            if j > m.last and j in self.trigger_tokens:
                break
            if word_of(text, j, "visit_destinations"):
                return host(j)
        # "وصل الوزير، مساء الأحد، إلى العاصمة العمانية مسقط في زيارة رسمية"، "... إلى أنقرة على
        # رأس وفد رفيع المستوى في زيارة": within twelve words, no other trigger between
        before = [j for j in range(max(m.first - 12, span.start), m.first) if word_of(text, j, "visit_destinations")]
        before = [j for j in before if not any(k in self.trigger_tokens for k in range(j + 1, m.first))]
        if before:
            return host(before[-1])
        # "حل الرئيس الموريتاني، اليوم، بالجزائر العاصمة في زيارة دولة": a state with ب right
        # before the visit noun
        at = [a for a in self.actors_in(scope) if a.kind == "country" and a.prep in self.words("locative_clitic")
              and m.first - 4 <= a.last < m.first and not any(k in self.trigger_tokens for k in range(a.last + 1, m.first))]
        if at and m.hit.pos == "noun":
            return [attrs.evolve(at[-1], counterpart=True)]
        return self.visited(m, scope) if m.hit.pos == "verb" else []

    def self_reported(self, m: Match) -> int | None:
        """The pronoun of a self-report (``self_report``) that a strike noun trigger ``m`` is the
        means of: within ten words before it in its clause, ``m`` after a word of
        ``self_report_means`` or with ب ("أعلن الجيش أنه قتل عشرات المسلحين في ضربات جوية"; not
        "أنه تصدى لهجوم", the other side's act)."""
        if m.hit.pos != "noun" or not (word_of(self.text, m.first - 1, "self_report_means")
                                       or m.prep in self.words("locative_clitic")):
            return None
        clause = self.text.token_range(self.clause(m.start))
        k = self.last_word_before("self_report", max(m.first - 10, clause.start), m.first - 1)
        return k if k is not None and not any(j in self.trigger_tokens for j in range(k + 2, m.first)) else None

    def visited(self, m: Match, scope: tuple[int, int]) -> list[ActorHit]:
        """The state a visit verb takes as object, its host: right after the verb's subject
        ("زار وزير الدفاع الأمريكي إسرائيل"، "يزور الوزير الفرنسي بيروت") or right after the
        verb (its subject stands before it, "وفداً من الكونغرس يزور بغداد", or after it, "زار
        لبنان الرئيس الفرنسي": a state does not visit)."""
        actors = [a for a in self.actors_in(scope) if a.first > m.last]
        starts = {a.first: a for a in actors}
        subject = starts.get(m.last + 1)
        at = subject.last + 1 if subject is not None and subject.kind in PERSONLIKE and not subject.prep else m.last + 1
        obj = starts.get(at)
        if obj is None or obj.kind != "country" or obj.prep or obj.conj:
            return []
        return [attrs.evolve(obj, counterpart=True)]

    def indefinite_subject(self, m: Match, scope: tuple[int, int]) -> ActorHit | None:
        """The indefinite actor a contact verb describes, its subject ("استقبل ... وفداً من
        الكونغرس الأمريكي يزور بغداد حالياً": the delegation visits): an actor with no article
        and no preposition right before the verb, which has no subject of its own after it."""
        toks = self.text.tokens
        found = self.actors_in(scope)
        before = next((a for a in found if a.last == m.first - 1 and a.kind in PERSONLIKE and not a.prep), None)
        if m.hit.pos != "verb" or before is None or any(a.first == m.last + 1 and a.kind in PERSONLIKE for a in found):
            return None
        definite = any(x.definite for x in toks[before.first].analyses if not x.conj and not x.prep)
        return None if definite or before.kind not in ("delegation", "person") or not before.unlisted else before

    def fronted_speaker(self, m: Match, sentence: tuple[int, int]) -> ActorHit | None:
        """Who speaks in the main clause after a contact noun fronted with its preposition
        ("وفي اتصال هاتفي مع ستارمر، مساء الأربعاء، أكد زيلينسكي ..."، "وخلال لقائه وفداً من
        البنك، قال الرئيس ..."): the other side of the contact is the saying verb's subject."""
        text = self.text
        k = text.clause_of(m.start)
        span = text.token_range(text.clauses[k])
        if m.hit.pos != "noun" or not span or m.first - span[0] > 1 or span[0] > text.token_at(sentence[0]) + 1:
            return None
        for kk in range(k + 1, len(text.clauses)):
            c = text.clauses[kk]
            if c[0] >= sentence[1]:
                break
            inner = text.token_range(c)
            if inner and all(i in self.timex_tokens for i in inner):
                continue  # an inserted date
            if not inner or inner[0] not in self.statement_firsts():
                return None
            said = self.statement_firsts()[inner[0]]
            return next((a for a in self.actors_in(c) if a.first == said + 1 and a.kind in PERSONLIKE
                         and not a.prep), None)
        return None

    def statement_firsts(self) -> dict[int, int]:
        """First token -> last token of each saying trigger (built once)."""
        if getattr(self, "_statement_firsts", None) is None:
            self._statement_firsts = {t.first: t.last for t in self.triggers if t.data["type"] == "statement"}
        return self._statement_firsts

    def without_leaders(self, found: list[ActorHit]) -> list[ActorHit]:
        """``found`` less the person who leads a delegation named before ("وفداً من صندوق النقد
        الدولي برئاسة إيفانا هولار رئيسة بعثة الصندوق"): the delegation is the party."""
        sent = [d for d in found if d.kind == "delegation"]
        if not sent:
            return found
        text = self.text

        def led(d: ActorHit, a: ActorHit) -> bool:
            return d.last < a.first <= d.last + 12 and text.sentence_of(a.start) == text.sentence_of(d.start) \
                and any(chair_link(text, j) for j in range(d.last + 1, a.first)) \
                and not any(t.first in range(d.last + 1, a.first) for t in self.triggers)

        return [a for a in found if a.kind == "delegation" or not any(led(d, a) for d in sent)]

    def parties_named_before(self, clause: tuple[int, int], sentence: tuple[int, int]) -> list[ActorHit]:
        """The parties a word for both sides in ``clause`` stands for ("وأعلن الطرفان التوصل إلى
        اتفاق"): those named from the sentence before up to the clause, after its last "بين"
        when it has one, brokers and hosts aside; none unless at least two."""
        text = self.text
        span = text.token_range(clause)
        at = next((i for i in span if names_parties(text, i)), None)
        if at is None:
            return []
        k = text.sentence_of(sentence[0])
        lo = text.sentences[k - 1][0] if k > 0 else sentence[0]
        scope = (lo, text.tokens[at].start)
        found = [a for a in self.actors_in(scope) if a.kind != "counterpart"]
        found = self.without_brokers(found, scope)
        between = [c for c in self.cues_from("between_parties", text.token_at(lo)) if c.end <= scope[1]]
        if between:
            found = [a for a in found if a.start > between[-1].start]
        return found if len({a.key for a in found}) >= 2 else []

    def without_brokers(self, hits: list[ActorHit], clause: tuple[int, int], parties: bool = False) -> list[ActorHit]:
        """``hits`` less those right after a mediation cue ("بوساطة مصرية"، "برعاية الاتحاد");
        with ``parties`` (a meeting's), not after one that names who takes part ("بمشاركة")."""
        for c in self.cues_from("mediation", self.text.token_at(clause[0])):
            if c.start >= clause[1]:
                break
            if parties and word_of(self.text, c.first, "participation_words"):
                continue
            if clause[0] <= c.start:
                hits = [a for a in hits if not (c.last < a.first <= c.last + 4)]
        return hits

    def gathered_states(self, scope: tuple[int, int]) -> list[ActorHit]:
        """States listed after a plural word for the other side and من ("نظراءه من الأردن
        والسعودية والإمارات"، "وزراء من"): each is a party of the contact."""
        out: list[ActorHit] = []
        span = self.text.token_range(scope)
        hits, _ = self.positions("gathered_parties")
        k = bisect.bisect_left(hits, span.start)
        while k < len(hits) and hits[k] < span.stop:
            i = hits[k]
            k += 1
            if not self.is_word(i + 1, "origin"):
                continue
            nxt = i + 2
            for a in self.actors_in((self.text.tokens[min(nxt, len(self.text.tokens) - 1)].start, scope[1])):
                if a.first != nxt or a.kind != "country" or (out and not a.conj and a.first != i + 2):
                    break
                out.append(a)
                nxt = a.last + 1
        return out

    def without_hosts(self, hits: list[ActorHit]) -> list[ActorHit]:
        """``hits`` less the host of an event between others ("احتضنت الرياض اجتماعاً بين وزيري
        خارجية روسيا وأوكرانيا"), when at least two parties remain."""
        hosting = [a for a in hits if hosts(self.text, a)]
        if not hosting:
            return hits
        rest = [a for a in hits if not any(a is h for h in hosting)]
        return rest if len({a.key for a in rest}) >= 2 else hits
