"""Candidates: trigger matches that report an event, with their type and subtype.

A trigger is dropped when it reports no event: a negation, a condition or threat, a demand
or proposal, a purpose, a topic of talks, a call for a ceasefire, a saying verb inside a
quote or inside another one's reported content, or without a named speaker. Two triggers of
one event in a clause are fused; restatements (a saying verb around a call, an agreement
verb around its ceasefire) are absorbed (:mod:`.modality`, :mod:`.restatements`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..document.segment import CLITICS
from .actors import PERSONLIKE, resolve_counterparts
from .context import CONTACT_TYPES, CONTENT_TYPES, Candidate
from .ellipsis import Ellipsis
from .form_names import FormNames
from .match import Match
from .modality import Modality
from .name_table import name_tokens
from .predicates import is_pluperfect, is_predicate, unshadowed
from .quotes import Quotes
from .restatements import Restatements
from .sense import Sense
from .title_acts import TitleActs
from .verb_forms import written_noun

# A bilateral statement ("أكد X لنظيره Y") is in news mostly a phone call, but less surely.
_BILATERAL_CONFIDENCE = 0.7


def _object_after(constraint: Mapping[str, Any]) -> bool:
    """A ``require`` constraint that looks only after the trigger for a cue or a form (its
    object or office: "عيّنه رئيساً")."""
    return int(constraint.get("before", 3)) == 0 and ("cue" in constraint or "forms" in constraint)


def accepted_alone(cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with a resignation's acceptance read as the resignation when the article tells
    no resignation of its own ("وقبل الرئيس استقالة وزير المالية"): the acceptance is an act
    apart only beside the resignation it accepts (types round 4)."""
    if any(c.subtype == "resignation" for c in cands):
        return cands
    return [attrs.evolve(c, subtype="resignation") if c.subtype == "resignation_accepted" else c for c in cands]


class Candidates(Sense, Modality, Restatements, Ellipsis, Quotes, TitleActs, FormNames):
    """Trigger matches -> candidates."""

    _first_contact: dict[int, int] | None = None
    _prep_triggers: dict[int, set[str]] | None = None
    _verb_triggers: set[int] = set()
    _trigger_at: dict[int, list[Match]] | None = None

    def candidates(self) -> list[Candidate]:
        out: list[Candidate] = []
        names = name_tokens(self.text)
        for m in self.triggers:
            if m.first == m.last and m.first in names:
                continue  # an unlisted person's surname the article names him by ("وقال دان")
            if is_predicate(m) and m.first in self.trigger_tokens and not self.left_open(m):
                continue  # a trigger's word: its entry reads the clause
            back = self.antecedent(m, out)
            if back is not None:
                # "وجرى خلال الاتصال بحث ..."، "ويأتي اللقاء": the event named just before
                out[back] = attrs.evolve(out[back], echoes=out[back].echoes + ((m.start, m.end),))
                continue
            # the same words may stand for several entries ("اجتماعاً" talks, or held session):
            # the first whose constraints hold
            # (a fallback act over a rejected trigger word is its own reading, not the entries')
            alternates = [m] if is_predicate(m) else self.alternates.get((m.first, m.last), [m])
            cand = next((c for c in map(self.candidate, alternates) if c is not None), None)
            for c in self.one_per_state(cand) if cand is not None else ():
                # an opinion column argues; only what it dates in its own sentence happened
                out.append(attrs.evolve(c, needs_date=True) if self.opinion() else c)
        # a fallback act (.predicates) only where no trigger's candidate reads its clause
        out = self.title_fallback(self.title_quotes(out))
        sources = frozenset(c.match.first for c in out if (c.type == "statement" and self.sourcing(c.match))
                            or self.circumstantial(c.match))
        anchors = frozenset(j for c in out for a, _ in c.echoes if self.offset_anchor(j := self.text.token_at(a)))
        return self.elided(self.fuse(self.drop_headlines(self.absorb(unshadowed(self.text, accepted_alone(out), sources,
                                                                               anchors)))))

    def circumstantial(self, m: Match) -> bool:
        """Whether trigger ``m`` names the time or circumstance of its clause's act rather than
        the act: a word of time order (``ref_background``: بعد، عقب، غداة، إثر، منذ) one or two
        words before it ("بعد انسحاب منافسه"), a word of circumstance (في، خلال، أثناء) right
        before it ("خلال زيارته")، or the anchor of a time offset ("بعد ساعات من صدور الحكم").
        Such a trigger is its own (earlier) event and tells no act of the fallback."""
        if is_predicate(m):
            return False
        return self.offset_anchor(m.first) or (m.first > 0 and self.is_word(m.first - 1, "circumstance")) or any(
            self.is_word(j, "ref_background") for j in (m.first - 1, m.first - 2)
            if j >= 0 and not (j == m.first - 2 and (m.first - 1) in self.trigger_tokens))

    def body_tells(self, m: Match) -> bool:
        """Whether a trigger of ``m``'s type and subtype outside the title lines holds its
        entry's sense constraints (computed once per kind)."""
        told = getattr(self, "_body_kinds", None)
        if told is None:
            told = self._body_kinds = {(t.data["type"], t.data.get("subtype")) for t in self.text.matches
                                       if t.category == "trigger" and not self.in_title(t.start)
                                       and not self.blocked(t) and not self.unsensed(t)}
        return (m.data["type"], m.data.get("subtype")) in told

    def possessed(self, m: Match) -> bool:
        """Whether the word of ``m`` carries a pronoun ("تعيينه"، "تكليفها"), as written: a
        final ة folds to the pronoun's ه but is none ("فاجعة")."""
        return not written_noun(self.article.text[m.start:m.end]) and (
            bool(m.enc) or any(a.enc for a in self.text.tokens[m.first].analyses))

    def sourcing(self, m: Match) -> bool:
        """Whether saying ``m`` follows an ``attribution_frames`` phrase right before it
        ("، حسبما قالت مصادر مطلعة"، "بحسب ما أعلن"): it gives the source of the clause before."""
        return any(c.last == m.first - 1 for c in self.cues_from("attribution_frames", max(0, m.first - 3))
                   if c.first < m.first)

    def candidate(self, m: Match) -> Candidate | None:
        d = m.data
        kind, subtype = d["type"], d.get("subtype")
        clause, sentence = self.clause(m.start), self.sentence(m.start)
        conf = float(d.get("confidence", 0.8))
        if self.unsensed(m, clause, sentence):
            # "يستقبل" in prose (a habit, not the news); "رئيس تحرير"، "قمة النجومية": another
            # sense of the word; "اتصل" is a call only with "بـ" + someone or "هاتفياً"
            return None
        if self.negated(m, clause) or self.titled(m):
            return None  # "لم تنسحب"; the film «غارة»
        factual = bool(d.get("factual"))  # "بنود الاتفاق الموقع سنة 1991": signed whatever is asked now
        if kind in CONTENT_TYPES | CONTACT_TYPES | {"other"} and not factual and self.irrealis(m, clause):
            return None
        if kind in CONTACT_TYPES | {"other"} and not factual and self.demanded(m, clause) \
                and not self.told_in_relative(m, clause):
            return None  # "دعا إلى عقد اجتماع": asked for, not held
        if d.get("truce_topic") and self.truce_topic():
            # "أعلن التوصل إلى اتفاق" in an article about a truce: the truce agreed (or signed)
            kind, subtype = "ceasefire", d.get("topic_phase", "agreed")
        if kind in CONTENT_TYPES | {"other"} and m.hit.pos == "noun" and not m.prefix and not factual \
                and self.near("topic", m, 1, 0, clause) and not self.agreement_head(m, clause):
            return None  # "القرارات حول انسحاب"، "محادثات بشأن وقف إطلاق النار": a topic
        # "سيوقع"، "من المقرر أن": announced for later
        planned = self.near("future", m, 4, 0, clause) is not None or m.prep in CLITICS.future \
            or self.planned_far(m, clause)
        # the word a statement entry requires before it (held: unsensed checked it)
        support = self.near(d["requires_before"], m, int(d.get("before_window", 8)), 0, sentence) \
            if d.get("requires_before") else None
        if kind == "ceasefire" and subtype is None:
            subtype = self.ceasefire_phase(m, clause, sentence)
            if subtype == "called_for":
                return None  # a call for a ceasefire is the content of a statement, not an event
            if subtype in ("violated", "collapsed", "takes_effect") and self.demanded(m, clause):
                return None  # "ضرورة وقف انتهاك الهدنة": the demand, not the violation
            if subtype is None and d.get("phase_required"):
                return None  # "وقف القتال" alone is mostly a wish; agreed or broken it is an event
        elif kind in ("strike", "capture"):
            if self.near("call_for", m, 6, 0, sentence) or self.near("purpose", m, 2, 0, clause):
                return None
        if m.prep in self.words("purpose_clitic") and m.hit.pos == "noun" and (kind == "capture" or (
                kind == "other" and self.last_word_before("signed_objects", m.first - 2, m.first) is not None)):
            return None  # "للسيطرة على"، "اتفاقاً لتبادل الأسرى": a goal (not "عملية لتبادل الأسرى")
        for change in d.get("becomes", ()):
            if self.sense(m, change, clause, sentence):
                # "وقّع ... اتفاقا لوقف الأعمال العدائية": the signing of a ceasefire;
                # "يلتقي المنتخب": a fixture, not a meeting
                kind, subtype = change["type"], change.get("subtype", subtype)
                break
        if kind == "call" and (self.interview(m) or self.press_call(m)):
            return None  # "في اتصال هاتفي مع «الخليج»": a journalist's interview
        if kind == "statement":
            return self.statement(m, subtype, conf, clause, support)
        actors = self.participants(kind, m, clause, sentence)
        if kind == "meeting" and subtype == "talks" and m.hit.pos == "noun" and not m.enc and \
                not any(a.kind in PERSONLIKE | {"organization", "group"} for a in self.actors_in(clause)) and \
                not self.near("talks_began", m, 0, 6, clause) and not self.near("session_marks", m, 0, 2, clause) and \
                not self.dated_here(m, clause) and \
                not (self.near("between_parties", m, 0, 2, clause) and self.first_contact(m) == m.first):
            # "اجتماع"/"محادثات" with nobody named is too often generic; "اجتماعهم"، "محادثات
            # بدأت يوم الاثنين"، "اجتماع مطول أمس"، "اجتماع طارئ"، "محادثات مباشرة بين موسكو وكييف"
            # name a real one
            # (not after a contact verb of its sentence: "اجتمعت الوفود ...، في أول محادثات بين ...")
            return None
        separate = kind in CONTACT_TYPES and (self.near("separate", m, 0, 12, sentence) is not None
                                               or self.near("plural_contacts", m, 0, 0, sentence) is not None
                                               or self.addressees(m, sentence) > 1)
        return Candidate(m, kind, subtype, m.start, m.end, conf, tuple(actors), (),
                          self.place(kind, clause, m), separate, planned, bool(d.get("requires_date")))

    def planned_far(self, m: Match, clause: tuple[int, int]) -> bool:
        """Whether a future cue further back in ``m``'s clause opens a complement with أن that
        holds ``m`` ("ومن المرتقب أن يحتضن المغرب اجتماعا وزاريا": the meeting is planned), past
        the four words the near cue is looked for in; not past a relative word ("ومن المتوقع أن
        ترتفع حصيلة الهجوم الذي وقع أمس": what the relative clause tells happened)."""
        cue = self.near("future", m, 10, 0, clause)
        if cue is None or cue.last >= m.first - 1:
            return False
        that = cue.last if self.is_word(cue.last, "report_that") else cue.last + 1
        return self.is_word(that, "report_that") and that < m.first and \
            self.last_word_before("relatives", that + 1, m.first) is None

    def told_in_relative(self, m: Match, clause: tuple[int, int]) -> bool:
        """Whether ``m`` is told in a relative clause after a demand's object, a fact about it,
        not what is asked ("دعا إلى عزل القاضي الذي أصدر أمر الحظر مساء السبت"): a relative
        word two or three words before it, with the verb of the relative clause between."""
        lo = max(self.text.token_range(clause).start, m.first - 3)
        rel = self.last_word_before("relatives", lo, m.first - 1)
        return rel is not None and m.first - rel >= 2

    def left_open(self, m: Match) -> bool:
        """Whether the word of the fallback act ``m`` is a trigger word that no entry reads:
        every trigger match over it fails its entry's sense constraints ("أغلق المؤشر": no
        closed place after it; "حصد الفيلم جوائز": no seats), so the clause is the fallback's,
        as an unlisted verb's would be. A trigger whose entry holds, or that is dropped for
        another reason (a negation, a demand, a quotation), keeps the word."""
        if self._trigger_at is None:
            self._trigger_at = {}
            for t in self.text.matches:
                if t.category == "trigger":
                    for i in range(t.first, t.last + 1):
                        self._trigger_at.setdefault(i, []).append(t)
        over = self._trigger_at.get(m.first, [])
        if any(not self.unsensed(t) for t in self._trigger_at.get(m.first + 1, ())):
            # "وبحث اللقاء جدول الأعمال": an event word as subject tells the clause's act (not a
            # word its entries reject: "ومُنعت أسرته" is no captivity)
            return False
        # a pluperfect clause with its date tells a past act whatever other sense its verb has
        # ("وكان سلامة قد غادر منصبه في 31 يوليو 2023"، "وكانت البلدية قد أطلقت في مارس حملة")
        plain = is_pluperfect(m)
        return bool(over) and all(not self.blocked(t) and self.unsensed(t) and (plain or not self.other_sense(t))
                                  for t in over)

    def unsensed(self, m: Match, clause: tuple[int, int] | None = None,
                 sentence: tuple[int, int] | None = None) -> bool:
        """Whether trigger ``m`` fails one of its entry's sense constraints (``headline_only``
        in prose, ``requires_near``, ``requires_before``, ``requires``, ``require``, ``forbid``,
        ``require_any``): the word is used in another sense than the entry's."""
        d = m.data
        clause = clause if clause is not None else self.clause(m.start)
        sentence = sentence if sentence is not None else self.sentence(m.start)
        if d.get("headline_only") and not self.in_title(m.start) and not self.sequel(m):
            return True  # (after "قبل أن" in a past story a present tense tells an act)
        if d.get("colon_title") and not self.colon_title(m):
            return True
        if d.get("opens_clause") and not self.opens_clause(m):
            return True  # "شخصيات بارزة مثل الوزير ... أمام المحكمة": a noun phrase's "like"
        if d.get("requires_near") and not self.near_sentences(d["requires_near"], sentence):
            return True
        if d.get("requires_before"):
            support = self.near(d["requires_before"], m, int(d.get("before_window", 8)), 0, sentence)
            if support is None or support.last >= m.first:
                return True
        if d.get("requires") and not self.near(d["requires"], m, 0, 10, clause):
            return True
        # "غداة تعيينه"، "بعد شهر من تكليفه": a possessed verbal noun after a word of time order
        # names a known act, its pronoun the one it was done to: what it requires after it is given
        named = m.first == m.last and self.after_order_word(m) and self.possessed(m)
        # a title drops what the body says in full ("سعيّد يقيل الحشاني ويعيّن كمال المدوري"
        # over "أقال ... رئيس الحكومة ... وعيّن ... خلفاً له"): the body's act of its entry's kind
        named = named or (self.in_title(m.start) and self.body_tells(m))
        if any(not self.sense(m, c, clause, sentence, True) for c in d.get("require", ())
               if not (named and _object_after(c))) or \
                any(self.sense(m, c, clause, sentence) for c in d.get("forbid", ())):
            return True
        return bool(d.get("require_any")) and not any(self.sense(m, c, clause, sentence, True) for c in d["require_any"])

    def addressees(self, m: Match, sentence: tuple[int, int]) -> int:
        """How many different actors a contact verb reaches with "بـ" after it ("اتصل باشينيان
        ببوتين ثم بالرئيس الفرنسي": two calls)."""
        if m.hit.pos != "verb":
            return 0
        preps = self.words("addressee_call")
        keys = {a.key for a in self.actors_in((m.end, sentence[1])) if a.prep in preps and a.first - m.last <= 14}
        return len(keys)

    def statement(self, m: Match, subtype: str | None, conf: float, clause: tuple[int, int],
                  support: Match | None = None) -> Candidate | None:
        """The statement of ``m`` with its speaker; a noun made a statement by its verb before it
        (``support``: "ألقى الملك، مساء أمس، خطاب العرش") has that verb's subject as speaker."""
        if self.text.in_quote(m.start):
            return None  # reported speech inside a quotation is not a new event
        if not m.conj and not m.data.get("names_statement") and self.reported(m, clause):
            return None  # "مشيرا إلى أن لافروف وكيري استنكرا": said inside another statement
            # (not "إن الخطاب الذي ألقاه بوتين": a statement the reported words name)
        after = m.last + 1
        # "في بيان أمس الأحد، إن": a date between the noun and what is said names nobody
        while (self.is_word(after, "speaker_skip") or after in self.timex_tokens) and after - m.last <= 3:
            after += 1
        head = next((c for c in self.cues("speaker_heads") if c.first == after), None)
        if head is not None:
            after = head.last + 1  # "قال المتحدث باسم الكرملين ..."
        # "ألقى رئيس الحكومة خطابا": a form with a gap holds its speaker inside
        slots = tuple(i for i in (m.last + 1, after) if i not in self.timex_tokens) + \
            ((m.first + 1,) if m.last > m.first and m.hit.pos == "verb" else ())
        speaker = None
        named = bool(m.data.get("names_statement"))  # "تصريحات ترامب": the speaker follows, always
        last_allowed = self.text.token_range(clause)[-1] if self.text.token_range(clause) else m.last
        if m.hit.pos == "noun" and m.data.get("requires_before") == "receive_verbs":
            # "وتلقى الصفدي برقية تهنئة من رئيس مجلس الأعيان": the sender speaks, after من
            j = next((i for i in range(m.last + 1, min(m.last + 4, last_allowed)) if self.is_word(i, "origin")), None)
            if j is None:
                return None
            speaker = next((a for a in self.actors_in(clause) if a.first == j + 1), None) \
                or self.unlisted(j + 1, last_allowed) or self.named_speaker(j + 1, until=last_allowed)
            if speaker is None:
                return None
        for a in self.actors_in(clause) if speaker is None else ():
            if a.first in slots or (a.last == m.first - 1 and not named):
                speaker = a
                break
        if speaker is not None and speaker.kind == "country" and speaker.first == speaker.last and speaker.first > m.last:
            # "وقال السويسري مارسيل كولر": a nationality before a person's name, not the state
            speaker = self.named_speaker(speaker.last + 1) or speaker
        if speaker is None:
            # (a speaker inside a form's gap ends before the form goes on: "ألقى الرئيس خطابه")
            speaker = next((u for u in (self.unlisted(i, m.last - 1 if m.first < i < m.last else last_allowed)
                                        for i in slots) if u is not None), None)
        if speaker is None and m.hit.pos == "verb":
            # "ورد ماسك على القرار في منشور"، "ورفض تشيروما النتائج"; "ورفض المحتجون دعوة"
            speaker = self.gap_name(m) or self.group_subject(m)
        if speaker is None and support is not None:
            # the verb's subject, right after it (or a name of a title there)
            speaker = next((a for a in self.actors_in(self.sentence(m.start)) if a.first == support.last + 1), None) \
                or self.unlisted(support.last + 1, m.first - 1) or self.named_speaker(support.last + 1, until=m.first - 1)
        if named and speaker is None:
            return None
        if speaker is None and (m.data.get("headline_only") or self.in_title(m.start)):
            # a title puts its subject first ("جلالة الملك يوجه خطاباً"، "الملك يدعو إلى ...")
            lo = max(self.text.token_range(clause).start, m.first - 4)
            speaker = next((u for u in (self.unlisted(i, m.first - 1) for i in range(lo, m.first))
                            if u is not None and u.last == m.first - 1), None) or self.title_name(m)
        verb = support or m  # "وكان X قد بعث، أمس، ببرقية تعزية": the verb that makes the noun a statement
        if speaker is None and (self.is_word(verb.first - 1, "pluperfect_particle") or self.near("first_to", m, 3, 0, clause)):
            # "وكان X قد أعلن"، "وكان X أول من أعلن": the speaker follows كان
            aux = [c for c in self.cues("pluperfect") if c.last < verb.first - 1 and verb.first - c.last <= 10
                   and self.clause(verb.start)[0] <= c.start]
            if aux:
                lead = aux[-1].last + 1
                while lead < verb.first - 2 and self.is_word(lead, "speaker_skip"):
                    lead += 1  # "وكان جلالة الملك قد ألقى": an honorific before the title
                speaker = next((a for a in self.actors if a.first > aux[-1].last and a.last < verb.first - 1), None) \
                    or self.unlisted(lead, verb.first - 1) \
                    or self.named_speaker(lead, until=verb.first - 1)
        if speaker is None and support is not None:
            # "ألقى بابا الإسكندرية بطريرك الكرازة المرقسية تواضروس الثاني، اليوم، كلمة": the
            # person named between the verb and its noun, after titles no list holds;
            # "وألقى كلمة أكد فيها"، "ثم ألقى خطاباً": the verb's subject named before it
            speaker = next((a for a in self.actors_in(self.sentence(m.start)) if support.last < a.first
                            and a.last < m.first and not a.prep and a.kind in PERSONLIKE), None) \
                or (self.elided_subject(support) if support.last + 1 == m.first else None)
        if speaker is None and m.hit.pos == "verb":
            # "الاتحاد الأفريقي، الذي استنكر في بيان"، "قال برهانو جولا إن"، "شدد رضوان في كلمته"
            speaker = self.relative_subject(m) or self.named_speaker(m.last + 1)
        if speaker is None and m.hit.pos == "verb" and self.is_word(m.last + 1, "speech_openers") \
                and not self.text.in_quote(m.start):
            # "إذ قال في بيان إن"، "حيث أعلن من داخله أن": the subject named before
            speaker = self.elided_subject(m)
        if speaker is None and m.hit.pos == "verb" and m.last == m.first + 1 \
                and (m.conj in self.words("coordinator") or self.is_word(m.first - 1, "ellipsis_links")
                     or self.is_word(m.first - 1, "place_openers")):
            # "وألقى كلمة أكد فيها"، "ثم ألقى خطاباً": a speech form whose subject is left out
            speaker = self.elided_subject(m) or (self.place_subject(m) if self.is_word(m.first - 1, "place_openers") else None)
        if speaker is None and m.hit.pos == "verb" and m.conj in self.words("coordinator"):
            speaker = self.coordinated_speaker(m)  # "ورحبت السعودية ...، وأبدت استعدادها"
        if speaker is None and m.data.get("speakerless"):
            # "بعد أسبوع على خطاب العرش": a speech named back, whose speaker the article told
            return Candidate(m, "statement", subtype, m.start, m.end, conf, (), ())
        if speaker is None:
            return None
        if speaker.unlisted and speaker.kind == "person":
            speaker = self.titled_again(speaker, speaker.prefix) or speaker  # "وقال البابا للصحفيين"
        group = self.speaker_group(speaker) if id(speaker) in self._actor_index else [speaker]
        sentence = self.sentence(m.start)
        # "أعرب/أكد X لنظيره Y": a bilateral contact, in news mostly a phone call.
        others = resolve_counterparts([a for a in self.actors_in(sentence) if a.start > group[-1].end
                                       and a.first - group[-1].last <= 14], group[0])
        counterpart = next((a for a in others if a.counterpart and a.kind in PERSONLIKE
                            and (a.prep in self.words("addressee_clitic") or self.is_word(a.first - 1, "with"))), None)
        if counterpart is not None and self.text.sentence_of(m.start) not in self.contact_sentences:
            parts = tuple(group) + (counterpart,)
            return Candidate(m, "call", "phone", m.start, counterpart.end, _BILATERAL_CONFIDENCE,
                              parts, tuple(group))
        return Candidate(m, "statement", subtype, m.start, m.end, conf, tuple(group), tuple(group))

    def place_subject(self, m: Match):
        """The subject of the verb that opens ``m``'s sentence, named right after it outside the
        gazetteer ("وزار سالواي، يوم الأربعاء، جزيرة تانا حيث ألقى كلمة": Salwai speaks)."""
        first = self.text.token_range(self.sentence(m.start)).start
        verb = next((t for t in self.triggers_at(first) + self.triggers_at(first + 1) if t.hit.pos == "verb"
                     and t.first < m.first), None)
        if verb is None:
            return None
        return self.unlisted(verb.last + 1, m.first - 1) or self.named_speaker(verb.last + 1, until=m.first - 1)

    def triggers_at(self, i: int) -> list[Match]:
        """The trigger matches (the fallback's too) whose first word is token ``i``."""
        at = getattr(self, "_triggers_first", None)
        if at is None:
            at = self._triggers_first = {}
            for t in self.triggers:
                at.setdefault(t.first, []).append(t)
        return at.get(i, [])

    def first_contact(self, m: Match) -> int:
        """The first token of the first call or meeting trigger in ``m``'s sentence."""
        if self._first_contact is None:
            firsts: dict[int, int] = {}
            for t in self.triggers:
                if t.data["type"] in CONTACT_TYPES:
                    firsts.setdefault(self.text.sentence_of(t.start), t.first)
            self._first_contact = firsts
        return self._first_contact.get(self.text.sentence_of(m.start), m.first)

    def dated_here(self, m: Match, clause: tuple[int, int]) -> bool:
        """A time expression within a few words after the trigger, in its clause."""
        return any(i in self.timex_tokens and self.text.tokens[i].start < clause[1]
                   for i in range(m.last + 1, min(m.last + 5, len(self.text.tokens))))
