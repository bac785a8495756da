"""The tests :class:`timeline.events.participants.Participants` reads a clause's actors with:
where a word stands (a place's name, a parenthesis, a count of people), who an actor is (the
accused, an attendee, one who says), and which states a report names as its own."""

from __future__ import annotations

import bisect
import unicodedata

from ..arabic import fold
from ..temporal.lexicon import LEXICON as NUMBER_WORDS
from . import body_words
from .actors import PERSONLIKE, ActorHit
from .context import CONTACT_TYPES, CONTENT_TYPES, Candidate
from .lexicon import ARTICLE, is_nisba
from .match import Match
from .roles import PARTICIPANT_REACH


class ParticipantChecks:
    """Tests on a clause's actors, mixed into :class:`~timeline.events.participants.Participants`."""

    def part_of_place(self, i: int) -> bool:
        """Whether token ``i`` follows a locative word and one or two definite words outside
        the gazetteer ("في الضاحية الجنوبية [لبيروت]")."""
        for n in (1, 2):
            j = i - n - 1
            if j >= 0 and self.is_word(j, "locative") and all(
                    self.token(k).startswith(ARTICLE) and k not in self.actor_tokens for k in range(j + 1, i)):
                return True
        return False

    def announcer_forces(self, m: Match, sentence: tuple[int, int]) -> ActorHit | None:
        """The announcer who acts in what it reports: the actor right after the last saying
        verb before the trigger in its sentence, when a word of ``own_forces`` stands next to
        the trigger ("أعلن الجيش السوداني أن قواته استعادت"، "أعلنت موسكو سيطرة قواتها على"),
        a pronoun of ``self_report`` right before it ("أعلن الجيش، السبت، أنه استعاد"), or
        the trigger is a noun that an announcing verb takes as object right after the
        announcer and a date ("أعلنت جماعة الحوثي، اليوم، استهداف سفينة")."""
        said = [a for a in self.actors_in((sentence[0], m.start)) if a.first in self.sayers and not a.prep]
        if not said:
            return None
        a = said[-1]
        # (or with an act verb between: "قال الجيش الإسرائيلي إنه شن غارة")
        if self.near("own_forces", m, 2, 2, sentence) is not None or self.is_word(m.first - 1, "self_report") \
                or self.self_reported(m) is not None or (m.hit.pos == "noun" and self.is_word(m.first - 2, "self_report")
                                                         and body_words.word_of(self.text, m.first - 1, "act_verbs")):
            return a
        # (an act noun, or what an announcer's object can only be: "أعلنت الوزارة، الأحد، استدعاء";
        # its start too: "أعلن الجيش، فجر الثلاثاء، بدء عملية برية")
        if (m.hit.pos == "noun" or m.data["type"] == "other") and self.is_word(a.first - 1, "announce_verbs") \
                and all(i in self.timex_tokens or self.parenthetical(a.end, i)
                        or (i == m.first - 1 and body_words.word_of(self.text, i, "act_starts"))
                        for i in range(a.last + 1, m.first)) \
                and not any(self.is_word(i, "weapons") for i in range(m.first, m.last + 2)):
            # (a weapon right after the noun is its subject: "أعلنت الوزارة سقوط صاروخ على أراضيها")
            return a
        return None

    def counted_people(self, a: ActorHit) -> bool:
        """Whether state ``a`` is named by a nisba that describes people counted right before it
        (a number, then at most one noun: "183 أسيراً فلسطينياً"، "238 فنزويلياً")."""
        word = self.token(a.first)
        # (the accusative "فلسطينياً" too)
        if a.kind != "country" or a.prep or a.first != a.last or not (
                is_nisba(word) or (word.endswith(body_words.TANWIN_ALIF) and is_nisba(word[:-len(body_words.TANWIN_ALIF)]))):
            return False
        return any(self.token(j).isdigit() or self.number_word(j) for j in range(max(a.first - 2, 0), a.first))

    def number_word(self, j: int) -> bool:
        """Whether token ``j`` is a cardinal written in letters ("ثلاثة رهائن إسرائيليين")."""
        roles = NUMBER_WORDS.roles
        return any(not x.prep and ("card" in roles.get(x.word, {}) or "tens" in roles.get(x.word, {}))
                   for x in self.text.tokens[j].analyses)

    def since_named(self, m: Match, a: ActorHit) -> bool:
        """Whether ``a`` is named after "منذ" (cue class ``since``) between trigger ``m`` and it,
        in its comma clause ("في أول زيارة ... منذ سقوط نظام بشار الأسد"): the background, no party."""
        span = self.text.token_range(self.clause(a.start))
        return any(self.is_word(j, "since") for j in range(max(span.start, m.last + 1), a.first))

    def anyone(self, a: ActorHit) -> bool:
        """Whether ``a`` is an office with no article and no name after a preposition ("في أول
        زيارة لرئيس مصري"): any holder of it, no one in particular."""
        return a.unlisted and bool(a.prep) and not self.is_word(a.first - 1, "with") \
            and not self.text.tokens[a.first].form.startswith(ARTICLE, len(a.prefix)) \
            and a.last - a.first == 1 and is_nisba(self.token(a.last))

    def attending(self, a: ActorHit) -> bool:
        """Whether ``a`` is named after a word of attendance in its comma clause ("بحضور وزير
        الخارجية"، "في حضور السفيرة الأمريكية ليزا جونسون والمستشار ..."): a guest, no party."""
        span = self.text.token_range(self.clause(a.start))
        return any(body_words.word_of(self.text, j, "attendance_words") for j in range(span.start, a.first))

    def named_between(self, m: Match, hits: list[ActorHit]) -> bool:
        """Whether two of ``hits`` follow a "بين" after trigger ``m``, within eight words ("أعلن
        X التوصل إلى اتفاق لوقف إطلاق النار في غزة بين إسرائيل وحركة حماس"): they are the
        parties, and whoever announces it is none."""
        cue = next(iter(self.cues_from("between_parties", m.last + 1)), None)
        return cue is not None and cue.first <= m.last + 8 and \
            len({a.key for a in hits if a.first > cue.last}) >= 2

    def parenthetical(self, start: int, i: int) -> bool:
        """Whether token ``i`` stands in brackets opened after offset ``start`` ("أعلنت مجموعة
        الاتصالات السعودية (stc)، اليوم، توقيع")."""
        between = self.text.original[start:self.text.tokens[i].start]
        return between.count("(") > between.count(")")

    def accused(self, a: ActorHit, hits: list[ActorHit]) -> bool:
        """Whether ``a``, right after an accusing verb, is its object: the accuser is named
        right before the verb."""
        return self.is_word(a.first - 1, "accuse_verbs") and any(h.last == a.first - 2 for h in hits)

    def without_chambers(self, hits: list[ActorHit]) -> list[ActorHit]:
        """``hits`` less a court's chamber (``chamber_heads``) named right before its court with
        ب ("الغرفة الجنحية التلبسية بالمحكمة الابتدائية بالرباط"، "غرفة الجنايات بمحكمة
        الاستئناف"): the two are one body, the court, which each outlet names its own way."""
        starts = {a.first for a in hits if a.prep and a.kind == "organization"}
        return [a for a in hits if not (a.kind not in PERSONLIKE and body_words.word_of(self.text, a.first, "chamber_heads")
                                        and a.last + 1 in starts)]

    def without_own_announcer(self, m: Match, hits: list[ActorHit]) -> list[ActorHit]:
        """``hits`` less the announcer of an act done to its own member (``own_member_acts``:
        "أعلن حزب باستيف اعتقال رئيسه عثمان سونكو"، "أعلنت حركة النهضة اعتقال رئيسها راشد
        الغنوشي"): the person right after the act noun is named with a pronoun for the announcer,
        who reports the act and does not do it."""
        if not any(a.kind in PERSONLIKE and ((a.first == m.last + 1 and self.owned(a.first))
                                             or (a.first == m.last + 2 and self.owned_title(m.last + 1))) for a in hits):
            return hits
        return [a for a in hits if not (a.last < m.first and self.is_word(a.first - 1, "announce_verbs"))]

    def owned(self, i: int) -> bool:
        """Whether token ``i`` is written with a pronoun suffix ("رئيسه"، "رئيستها"), not a
        feminine ending that folds like one ("رئيسة")."""
        tok = self.text.tokens[i]
        written = [ch for ch in self.text.original[tok.start:tok.end] if not unicodedata.combining(ch)]
        return bool(written) and fold(written[-1]) == written[-1] and any(a.enc for a in tok.analyses)

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

    def states_of(self, a: ActorHit) -> frozenset[str]:
        """The states actor ``a`` is of: its own, its key's, a listed person's offices'."""
        states = {a.country} if a.country else set()
        if ":" in a.key:
            states.add(a.key.split(":")[0])
        states |= {r.split(":")[0] for r in self.text.lexicon.roles_at(a.key, None)}
        return frozenset(states)

    def verb_trigger_between(self, lo: int, hi: int) -> bool:
        """A verb trigger strictly between tokens ``lo`` and ``hi``: another predicate."""
        if self._trigger_firsts is None:
            self._trigger_firsts = [t.first for t in self.triggers]
        k = bisect.bisect_right(self._trigger_firsts, lo)
        while k < len(self.triggers) and self.triggers[k].first < hi:
            if self.triggers[k].hit.pos == "verb":
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

    def says(self, a: ActorHit) -> bool:
        """Whether ``a`` is the subject of a saying verb: right after it, or opening its clause
        right before it as a title puts its speaker ("قطر تدين استهداف قاعدة العديد"); the
        speaker is no party to what it speaks of."""
        return a.first in self.sayers or (a.last + 1 in self.statement_firsts()
                                          and self.text.token_range(self.clause(a.start)).start == a.first)

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
