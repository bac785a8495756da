"""Sense: what an article or a sentence is about, where a trigger word is no report, and whether
the neighbours a trigger entry requires or forbids (``require``/``forbid``) stand around it.

Data, not code: the domains (sport, markets, health, weather, culture ...) are declared in
``triggers.json`` ("domains": a cue class, how many of its words make an article of the
domain, and the rival class whose words it must outnumber); trigger entries name the domains
in which their conflict reading needs evidence (``forbid: [{"domain": [...], "unless":
class}]``).  Quoted titles (``title_nouns`` before a short quotation: الفيلم «غارة») and
opinion columns (``opinion_marks`` in the first lines: بقلم) are cue classes too.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from typing import Any

from .context import Context
from .match import Match
from .predicates import LEAD_PARTICLES

#: A quotation of at most this many words after a title noun is a title, not speech.
TITLE_WORDS = 7
#: How many words a title noun may stand before its quotation ("الفيلم المصري «غارة»").
TITLE_GAP = 3
#: How far a title noun may stand before a list lead ("أغانيها القديمة والجديدة، من بينها").
TITLE_LIST_GAP = 6
#: ``forbid`` cues that say the act is not reported (a plan, a call, a condition, a negation),
#: not that the word has another sense: the fallback act weighs them itself.
MODAL_CUES = frozenset({"future", "call_for", "irrealis", "negation", "demand"})
#: The opening words of an article in which an opinion mark ("بقلم") makes it a column.
OPINION_WORDS = 40


class Sense(Context):
    """Article and sentence domains, quoted titles and opinion columns."""

    def opens_clause(self, m: Match) -> bool:
        """Whether trigger ``m``'s word opens its comma clause, after a dateline and the lead
        particles of ``predicates.json`` only ("ومثل المشتبه به، الأحد، أمام قاضي التحقيق"):
        a verb heading its clause, not a word inside a noun phrase ("شخصيات بارزة مثل")."""
        text = self.text
        i = text.token_range(self.clause(m.start)).start
        while i < m.first and (text.doc.in_dateline(text.tokens[i].start) or text.tokens[i].form in LEAD_PARTICLES):
            i += 1
        return i == m.first

    def domains(self) -> frozenset[str]:
        """The domains the article is about: a domain's words occur at least ``min`` times
        and outnumber its rival's (``ratio`` times as many)."""
        found = getattr(self, "_domains", None)
        if found is None:
            out = set()
            for name, rule in self.text.lexicon.domains.items():
                mine = self.distinct(rule["cue"])
                rival = self.distinct(rule["against"]) if rule.get("against") else 0
                if mine >= int(rule.get("min", 4)) and mine >= float(rule.get("ratio", 2)) * rival:
                    out.add(name)
            found = self._domains = frozenset(out)
        return found

    def distinct(self, name: str) -> int:
        """How many tokens start a cue of class ``name`` in the article."""
        return len({c.first for c in self.cues(name)})

    def in_domain(self, constraint: Mapping[str, Any], m: Match, sentence: tuple[int, int]) -> bool:
        """Whether ``m`` stands in an article (or a sentence, by two of its words) of one of
        the constraint's domains, with no word of its ``unless`` class in the sentence."""
        names: Sequence[str] = constraint["domain"]
        rules = self.text.lexicon.domains
        hit = bool(self.domains() & set(names)) or any(
            name in rules and self.count_in(rules[name]["cue"], sentence) >= 2 for name in names)
        if not hit:
            return False
        unless = constraint.get("unless")
        return not (unless and self.evidence(unless, sentence))

    def evidence(self, name: str, sentence: tuple[int, int]) -> bool:
        """Whether a cue of class ``name`` stands in the sentence outside every trigger: a
        word that is itself a trigger ("أطلق قذيفة من خارج المنطقة") proves nothing about
        its own sense."""
        for c in self.cues_from(name, self.text.token_range(sentence).start):
            if c.start >= sentence[1]:
                break
            if sentence[0] <= c.start and c.end <= sentence[1] and \
                    not any(i in self.trigger_tokens for i in range(c.first, c.last + 1)):
                return True
        return False

    def count_in(self, name: str, span: tuple[int, int]) -> int:
        """How many cues of class ``name`` lie inside the character span."""
        n = 0
        for c in self.cues_from(name, self.text.token_range(span).start):
            if c.start >= span[1]:
                break
            n += span[0] <= c.start and c.end <= span[1]
        return n

    def titled(self, m: Match) -> bool:
        """Whether ``m`` lies in a short quotation that names a work: a title noun (فيلم،
        رواية، أغانيها) at most :data:`TITLE_GAP` words before it, or a list lead (من بينها)
        right before it after a title noun, or a quotation joined by و or a comma to such a
        title («حرب» و«هدنة قلب»)."""
        quotes = self.text.doc.quotes
        starts = getattr(self, "_quote_firsts", None)
        if starts is None:
            starts = self._quote_firsts = [a for a, _ in quotes]
        i = bisect.bisect_right(starts, m.start) - 1
        return i >= 0 and quotes[i][0] <= m.start < quotes[i][1] and self.title_quote(i)

    def title_quote(self, i: int, depth: int = 0) -> bool:
        """Whether quotation ``i`` of the document is a title (see :meth:`titled`)."""
        quotes = self.text.doc.quotes
        words = self.text.token_range(quotes[i])
        if not 0 < len(words) <= TITLE_WORDS:
            return False
        first = words.start
        if self.title_noun_before(first, TITLE_GAP):
            return True
        for c in self.cues_from("title_leads", first - 3):
            if c.last >= first:
                break
            if first - c.last <= 1 and self.title_noun_before(c.first, TITLE_LIST_GAP):
                return True
        if i > 0 and depth < TITLE_WORDS:
            between = self.article.text[quotes[i - 1][1]:quotes[i][0]]
            joiners = self.words("coordinator")
            if all(w in joiners or w in ",\u060c" for w in between.replace("\u060c", " ").split()):
                return self.title_quote(i - 1, depth + 1)
        return False

    def title_noun_before(self, first: int, gap: int) -> bool:
        """A ``title_nouns`` word ending at most ``gap`` words before token ``first``."""
        for c in self.cues_from("title_nouns", first - gap - 2):
            if c.last >= first:
                break
            if first - c.last <= gap:
                return True
        return False

    def opinion(self) -> bool:
        """Whether the article is an opinion column: an ``opinion_marks`` cue ("بقلم") among
        its first words."""
        found = getattr(self, "_opinion", None)
        if found is None:
            found = self._opinion = any(c.first < OPINION_WORDS for c in self.cues("opinion_marks")[:1])
        return found

    def press_call(self, m: Match) -> bool:
        """A call made by or with a medium: "في اتصال هاتفي أجرته معه «الخليج»" (an
        ``interview_links`` word or two between the call and the medium), "وأجرت «الوطن»
        اتصالاً هاتفياً مع ..." (the medium as the caller, quoted or a ``press`` word)."""
        toks = self.text.tokens
        j = m.last + 1
        while j < len(toks) and j - m.last <= 2 and self.is_word(j, "interview_links"):
            j += 1
        if j > m.last + 1 and j < len(toks) and (self.text.in_quote(toks[j].start) or self.is_word(j, "press")):
            return True
        inside = list(range(m.first + 1, m.last))  # "أجرت * اتصالاً": the gap holds the caller
        for c in self.cues_from("call_support", m.first - 3):
            if c.last >= m.first:
                break
            inside += range(c.last + 1, m.first)  # "وأجرت «الوطن» اتصالاً هاتفياً"
        return any(self.text.in_quote(toks[i].start) or self.is_word(i, "press")
                   for i in inside if i not in self.actor_tokens)

    def other_sense(self, m: Match) -> bool:
        """Whether a ``forbid`` constraint of ``m``'s entry holds: the word's neighbours name
        another sense of it ("غادر منصبه"، "أطلقت منتجاً"), which no act of the fallback reads
        either."""
        clause, sentence = self.clause(m.start), self.sentence(m.start)
        return any(self.sense(m, c, clause, sentence) for c in m.data.get("forbid", ())
                   if c.get("cue") not in MODAL_CUES)

    def sense(self, m: Match, constraint: Mapping[str, Any], clause: tuple[int, int],
              sentence: tuple[int, int], support: bool = False) -> bool:
        """Whether the neighbour pattern of a ``require``/``forbid`` constraint occurs around
        ``m``: within ``before``/``after`` tokens (default 3), inside the clause or sentence."""
        if "domain" in constraint:
            return self.in_domain(constraint, m, sentence)  # "هجوم" in a sports article
        if constraint.get("unless") and self.evidence(constraint["unless"], sentence):
            return False  # weapons, armed actors or casualties in the sentence: the other sense
        if "order" in constraint:
            return self.ordered(m, constraint["order"])  # "بعد أسبوع من انتخاب الجزائر"
        scope = sentence if constraint.get("scope") == "sentence" else clause
        before, after = int(constraint.get("before", 3)), int(constraint.get("after", 3))
        if "place" in constraint:
            lo, hi = m.first - before, m.last + after
            return any(lo <= p.first and p.last <= hi for p in self.places_in(scope))
        if "proclitic" in constraint:
            return self.governed_by(m, set(constraint["proclitic"]), before, after, scope)
        if "actor" in constraint:
            # an actor (with one of the given prepositions: "اتصل ... ببوتين") opening in the
            # window (a full name may run past it: "وصل رئيس مجلس الوزراء القطري الشيخ عبد الله بن
            # ناصر بن خليفة آل ثاني")
            preps = set(constraint["actor"])
            lo, hi = m.first - before, m.last + after
            return any(lo <= a.first <= hi and a.first != m.first and (not preps or a.prep in preps)
                       for a in self.actors_in(scope))
        lo, hi = m.first - before, m.last + after
        for c in self.cues_from(constraint["cue"], lo):
            if c.first > hi:
                break
            if c.last <= hi and scope[0] <= c.start and c.end <= scope[1] and \
                    not (support and self.negated(c, scope)):
                return True  # a negated neighbour ("لن تعقد") supports nothing
        return False

    def offset_anchor(self, j: int) -> bool:
        """Whether word ``j`` is what a time offset counts from ("بعد نحو ساعتين من الإقلاع"،
        "بعد يومين من الهبوط"): an ``offset_links`` word right before it, an ``offset_heads``
        word two to four words before that, no trigger between."""
        if not self.is_word(j - 1, "offset_links"):
            return False
        head = self.last_word_before("offset_heads", max(0, j - 6), j - 2)
        return head is not None and not any(i in self.trigger_tokens for i in range(head + 1, j - 1))

    def after_order_word(self, m: Match) -> bool:
        """Whether ``m`` follows a one-word ``ref_background`` word (بعد، عقب، غداة، إثر، منذ)
        or anchors a time offset ("بعد شهر من تكليفه")."""
        return (m.first > 0 and self.is_word(m.first - 1, "ref_background")) or self.offset_anchor(m.first)

    def ordered(self, m: Match, kinds: Sequence[str]) -> bool:
        """Whether ``m`` names an event as the time or circumstance of another (an ``order``
        constraint): right after a one-word ``ref_background`` word ("time": "منذ انتخاب عون"),
        as the anchor of a time offset ("offset": "بعد يومين من الحريق"), or right after a word of
        ``circumstance`` ("circumstance": "خلال تفقده الموقع"). Not in a title line, whose
        background ("«تقدم» يسحب وزراءه بعد إقصاء الحلبوسي") the title would fold into its news."""
        if self.in_title(m.start):
            return False
        if "offset" in kinds and self.offset_anchor(m.first):
            return True
        if "time" in kinds and m.first > 0 and self.is_word(m.first - 1, "ref_background"):
            return True
        return "circumstance" in kinds and m.first > 0 and self.is_word(m.first - 1, "circumstance")

    def governed_by(self, m: Match, preps: set[str], before: int, after: int, scope: tuple[int, int]) -> bool:
        """A word within the window around ``m`` (inside ``scope``) that carries one of the
        prepositions ``preps`` on an event word or on a definite noun ("أقر ... بانسحاب
        مقاتليه"، "اعترف بالهزيمة"); not a name that only starts like one (باريس، بيان)."""
        if self._prep_triggers is None:
            self._prep_triggers = {}
            self._verb_triggers = set()
            for t in self.text.matches:
                if t.category == "trigger" and t.prep:
                    self._prep_triggers.setdefault(t.first, set()).add(t.prep)
                if t.category == "trigger" and t.hit.pos == "verb":
                    self._verb_triggers.add(t.first)
        words = self.text.token_range(scope)
        for i in range(max(m.first - before, words.start), min(m.last + after + 1, words.stop)):
            if m.first <= i <= m.last:
                continue
            if self._prep_triggers.get(i, set()) & preps or \
                    any(a.prep in preps and a.definite for a in self.text.tokens[i].analyses):
                return True
            if i > m.last and i in self._verb_triggers:
                return False  # "أقر البرلمان القانون وطالب بالإفراج": another predicate's
                # (a noun between, "في خطاب مصور"، is no predicate)
        return False
