"""Predicates: the verb that opens a clause, read as an act where no trigger reads the clause.

News tells most of what happened in verb-subject clauses whose verb no list foresees ("وأنزل
المنقذون، اليوم الخميس، كاميرا"، "وخفضت وزارة الصحة، اليوم السبت، عدد الوفيات"). This fallback
adds a synthetic trigger match (type ``other``, a generic subtype, low confidence; the
payload in ``predicates.json``) for a word that

- opens its clause (after the particles of ``lead_particles``, outside a dateline and a quote);
- looks like a finite verb of the past by its form alone (:mod:`.verb_forms`): no article, no written ة, no
  tanwin, no noun ending or noun shape, a past ending when it opens like a present tense,
  within the letter bounds, not a word of ``not_verbs`` (copulas, frames, names, elatives);
- is no word of the lexicon (actor, place, cue, a blocked trigger) and no time expression; a
  trigger word is read too, and kept only where every entry of it fails its sense constraints
  (:meth:`.candidates.Candidates.left_open`): a rejected trigger ("وأغلق المؤشر منخفضاً"، "حصد
  الفيلم سبع جوائز") leaves its clause to the fallback as an unlisted verb would;
- has a subject or object after it (a word that is no particle nor date), or an object pronoun;
- has a time expression of day grain or finer near it in its sentence (or, with
  ``detail_after_dated``, opens with و/ف a sentence with no time expression right after one
  with such a date and no reference noun in its clause: a detail of that happening), and no trigger of the
  lexicon in its clause or just after it (the clause's act is the trigger's then).

The match then goes through every rule a trigger does (negation, condition, demand,
dating with ``requires_date``, participants). Linear in the tokens.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from ..arabic import fold
from ..document.segment import CLITICS, Analysis
from ..model import Timex
from .inflection import read_data
from .match import Match, Text
from .trie import Hit
from .trie import freeze as _freeze
from .verb_forms import (
    FINAL_VERB_LETTERS,
    FUNCTION_WORDS,
    MARKS,
    MIN_LETTERS,
    PAST_PREFIXED,
    PRESENT_PREFIXES,
    TANWIN,
    WRITTEN_ENDINGS,
    verb_reading,
)

_DATA: dict[str, Any] = read_data("predicates.json")
C = TypeVar("C")


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


_LEAD = _folded(_DATA["lead_particles"])
#: the particles that may stand between a clause's start and its verb (``opens_clause``)
LEAD_PARTICLES = _LEAD
_GRAINS = frozenset(_DATA["date_grains"])
_DATE_WINDOW = int(_DATA["date_window"])
#: clauses after the verb's that its act may be told in
_REACH = 2
#: The synthetic trigger's payload: an act that only its date makes an event.
_SCOPE = _DATA["date_scope"]
_LOCAL_DATE = _SCOPE != "article"
HIT = Hit("trigger", _freeze({**_DATA["event"], "requires_date": _LOCAL_DATE, "predicate": True}), "verb",
          ("trigger", "predicate"), frozenset({"conj", "enc"}))
#: An act with no time expression in its sentence, right after a sentence with a date of day
#: grain: a detail of the dated happening told just before, dated as the narrative dates it.
_DETAIL = bool(_DATA.get("detail_after_dated"))
DETAIL_HIT = Hit("trigger", _freeze({**_DATA["event"], "requires_date": False, "predicate": True}), "verb",
                 ("trigger", "predicate"), frozenset({"conj", "enc"}))
#: An act told after a sequel opener or particle ("قبل أن يصادق عليه"، "ثم نقل"): a detail's
#: payload; only what its clause tells after it shadows it (:func:`unshadowed`).
SEQUEL_HIT = Hit("trigger", DETAIL_HIT.data, "verb", ("trigger", "predicate"), frozenset({"conj", "enc"}))
_PASSIVE_AUX = _folded(_DATA.get("passive_aux", ()))
#: The verb right after قبل أن/بعد أن in a past story is an act, a present tense too (``sequel_acts``).
_SEQUEL = bool(_DATA.get("sequel_acts"))
#: A lead particle of narrative sequence (``sequel_particles``: ثم) opening the clause of a past
#: verb after an act told in its sentence: the verb is the next act of the story, dated as the
#: narrative dates it ("وأقيم قداس في الكاتدرائية، ثم نقل الجثمان إلى مقبرة").
_THEN = _folded(_DATA.get("sequel_particles", ()))
#: words of ``not_verbs`` that are verbs there ("ثم نقل"، "ثم عاد إلى بكين"), and a تفعّل form is
#: past there ("ثم توجه إلى برلين")
_THEN_VERBS = _folded(_DATA.get("sequel_verbs", ()))
#: A pluperfect clause ("وكان X قد V") tells a past act whatever the grain of its date
#: (``pluperfect_acts``); at most ``pluperfect_reach`` subject words stand before قد.
_PLUPERFECT = bool(_DATA.get("pluperfect_acts"))
_PAST_DATE_WINDOW = int(_DATA.get("past_date_window", 4))
_PLUPERFECT_REACH = int(_DATA.get("pluperfect_reach", 6))
#: A verb whose date stands right after it, before its subject ("انطلقت، صباح اليوم، عملية
#: التعداد"; ``subject_after_date``), has that subject as any verb has one.
_DATED_SUBJECT = bool(_DATA.get("subject_after_date"))
#: A pluperfect act's payload: the fallback's, with the domains of ``pluperfect_forbid``
#: (``[]``: a dated background fact is told as one in a sports or culture story too).
PLUPERFECT_HIT = Hit("trigger", _freeze({**_DATA["event"], "forbid": _DATA.get("pluperfect_forbid", _DATA["event"].get("forbid", [])),
                                         "requires_date": _LOCAL_DATE, "predicate": True}), "verb",
                     ("trigger", "predicate"), frozenset({"conj", "enc"}))
# matches whose words are never the fallback's verb: a name, a blocked trigger (a trigger's
# entries decide whether its word is left to the fallback)
_LEXICAL = frozenset({"trigger", "actor", "place"})


def find_predicates(text: Text, timexes: Sequence[Timex], triggers: Sequence[Match],
                    published: dt.date | None = None) -> list[Match]:
    """``triggers`` with the fallback's matches added (see the module), in token order
    (``published``: the article's day, for the past dates that make a تفعّل form past)."""
    tokens, original, doc = text.tokens, text.original, text.doc
    if not tokens:
        return list(triggers)
    # a trigger word stays open to the fallback (the candidates keep its act only where the
    # trigger's entries reject it); a blocked one ("مجلس الأمن") does not
    open_tokens = {i for m in triggers for i in range(m.first, m.last + 1)}
    lexical = {i for m in text.matches if m.category in _LEXICAL for i in range(m.first, m.last + 1)
               if not (m.category == "trigger" and i in open_tokens)}
    # words that name an event told before ("وأسفرت العملية عن"): a clause with one restates it
    # (a framed noun only as a frame's subject: "وجاء التصويت", not "امتنع عن التصويت")
    framing = {m.last for m in text.matches if m.category == "cue" and m.hit.ident[1:2] in (("ref_frames",), ("ref_demonstratives",))}
    named = sorted(m.first for m in text.matches if m.category == "cue" and m.hit.ident[1:2] == ("ref_noun",)
                   and (not m.data.get("framed") or m.first - 1 in framing))
    dates: list[int] = []  # first tokens of the day-grain dates, in order
    timex_tokens: set[int] = set()
    timed: set[int] = set()  # sentences with any time expression
    dated: set[int] = set()  # sentences with a date of day grain or finer
    for t in timexes:
        span = text.token_range((t.start, t.end))
        timex_tokens.update(span)
        timed.add(text.sentence_of(t.start))
        if t.grain in _GRAINS and len(span):
            dates.append(span.start)
            dated.add(text.sentence_of(t.start))
    dates.sort()
    by_start = sorted(timexes, key=lambda t: t.start)
    starts = [t.start for t in by_start]
    taken = lexical | timex_tokens | open_tokens
    # the acts told so far (a trigger's word) and the future cues, for the sequel readings
    acts = sorted({m.first for m in triggers})
    future = sorted(m.first for m in text.cues("future"))
    found: list[Match] = []
    for c, clause in enumerate(text.clauses):
        words = text.token_range(clause)
        sentence = text.token_range(text.sentences[text.sentence_of(clause[0])])
        i = words.start
        while i < words.stop and doc.in_dateline(tokens[i].start):
            i += 1
        opens = i == sentence.start or doc.in_dateline(tokens[i - 1].start) if i < words.stop else False
        then = False
        while i < words.stop and tokens[i].form in _LEAD:
            then = then or tokens[i].form in _THEN
            i, opens = i + 1, True
        # "وكان ساركوزي قد أدين ... عام 2021": the verb after قد is the clause's act
        past = _pluperfect_verb(text, i, words, opens) if _PLUPERFECT else None
        if past is not None:
            i = past
        if i >= words.stop or i in lexical or i in timex_tokens or text.in_quote(tokens[i].start):
            continue
        # (a trigger word's own entries read it: "جرى تسليم مفاتيح الوحدات" is no handover of power)
        noun = _passive_noun(text, i, words, taken) if past is None else None
        if noun is not None:
            # "وتم اعتماد البيان الختامي": the verbal noun after the auxiliary is the act
            conj = next((x.conj for x in tokens[i].analyses if x.conj), "")
            i, a = noun, Analysis(conj, "", False, tokens[noun].form, "")
        tok = tokens[i]
        written = original[tok.start:tok.end]
        if noun is None and (any(ch in TANWIN for ch in written) or written.rstrip(MARKS).endswith(WRITTEN_ENDINGS)):
            continue
        if any(a.prep and a.stem.startswith(PRESENT_PREFIXES) for a in tok.analyses):
            continue  # "سيزور"، "ليتجاوز": a plan, a purpose
        # after قد a word is a verb whatever its shape ("قد أدين"، "قد أصيب"); a past date of
        # one day right after it makes "وتفقد"، "وترأس" past
        # (ثم opening its sentence continues the act of the sentence before: "... في 19 أبريل.
        # ثم نقل جلساته إلى واشنطن")
        told = _told_span(text, sentence, i) if then else sentence
        sequel = then and past is None and noun is None and (
            _told_before(text, acts, future, i, told) or bool(found and told.start <= found[-1].first < i))
        if noun is None:
            # right after ثم no و/ف opens the verb: "ثم فتحت القاعة"، "ثم وقفوا" are no ف + تحت
            # nor و + قفوا (a particle's reading would make the word no verb)
            a = verb_reading([x for x in tok.analyses if not x.conj] if then else tok.analyses, past is not None,
                             sequel or _dated_past(text, by_start, starts, i, sentence, published),
                             written.rstrip(MARKS).endswith(FINAL_VERB_LETTERS), allowed=_THEN_VERBS if sequel else frozenset())
        if a is None or not (opens or a.conj or past is not None):
            continue  # "، حامل اللقب،": a clause that opens with no و nor particle is an apposition
        if not a.enc and past is None:  # a pluperfect verb has its subject before قد
            j = i + 1
            if _DATED_SUBJECT and j < sentence.stop and j in timex_tokens:
                # "انطلقت، صباح اليوم الأربعاء، عملية التعداد": the date first, then the subject
                while j < sentence.stop and j in timex_tokens:
                    j += 1
                if j >= sentence.stop or (not sequel and (tokens[j].form in FUNCTION_WORDS or tokens[j].form[:1].isdigit())) \
                        or text.clause_of(tokens[j].start) - text.clause_of(tok.start) > 2:
                    continue
            elif j >= sentence.stop or not text.joinable[i] or j in timex_tokens or \
                    (not sequel and (tokens[j].form in FUNCTION_WORDS or tokens[j].form[:1].isdigit())):
                continue  # the clause ends, or no subject or object follows ("فرانس 24"); after
                # ثم the subject is the act's before it ("ثم توجه إلى برلين الغربية")
        # its date: in its clause or the next one, a few words on ("، فى جلسته العامة أمس")
        nxt = text.token_range(text.clauses[c + 1]) if c + 1 < len(text.clauses) else words
        hi = min(max(words.stop, nxt.stop if nxt.start < sentence.stop else words.stop), i + _DATE_WINDOW + 1)
        if _SCOPE == "sentence":
            words, hi = sentence, sentence.stop
        k = bisect.bisect_left(dates, words.start)
        hit = HIT
        if sequel:
            hit = SEQUEL_HIT  # "..., ثم نقل بطائرة خاصة إلى جزيرة إيمرالي": the story's next act
        elif past is not None and text.sentence_of(tok.start) in timed:
            # a pluperfect act carries the date its sentence gives, of any grain ("عام 2017"),
            # in an article of any domain ("وكان نيمار قد انتقل إلى سان جيرمان عام 2017")
            hit = PLUPERFECT_HIT
        elif _LOCAL_DATE and not (k < len(dates) and dates[k] < hi):
            # "وأنزل المنقذون كاميرا" right after "تواصلت، اليوم الخميس، عمليات الحفر": a detail
            # of the happening the sentence before dates; a sentence with a date of its own
            # (a year, a month) tells background
            n = text.sentence_of(tok.start)
            if not (_DETAIL and a.conj and n not in timed and n - 1 in dated):
                continue
            told = reach(text, Match(i, i, tok.start, tok.end, DETAIL_HIT, a.conj, a.enc, "", a.conj))
            r = bisect.bisect_left(named, told.start)
            if r < len(named) and named[r] < told.stop:
                continue
            hit = DETAIL_HIT
        found.append(Match(i, i, tok.start, tok.end, hit, a.conj, a.enc, "", a.conj))
    if _SEQUEL:
        found.extend(_sequels(text, triggers, found, lexical | timex_tokens, future))
    if not found:
        return list(triggers)
    return sorted([*triggers, *found], key=lambda m: (m.first, m.last))


def _told_span(text: Text, sentence: range, i: int) -> range:
    """Where the act a sequel particle at word ``i`` continues is told: its ``sentence``, and
    the sentence before it (in the same paragraph) when the particle opens its own."""
    if i - 1 > sentence.start or sentence.start == 0:
        return sentence
    n = text.sentence_of(text.tokens[sentence.start].start)
    if n == 0:
        return sentence
    before = text.token_range(text.sentences[n - 1])
    between = text.original[text.tokens[before.stop - 1].end:text.tokens[sentence.start].start]
    return sentence if "\n\n" in between else range(before.start, sentence.stop)


def _told_before(text: Text, acts: Sequence[int], future: Sequence[int], i: int, sentence: range) -> bool:
    """Whether an act (``acts``: first tokens, in order) is told before token ``i`` in its
    ``sentence`` and no future cue (``future``, in order) stands before it there."""
    f = bisect.bisect_left(future, sentence.start)
    if f < len(future) and future[f] < i:
        return False
    k = bisect.bisect_left(acts, sentence.start)
    return k < len(acts) and acts[k] < i


def _sequels(text: Text, triggers: Sequence[Match], found: Sequence[Match], taken: set[int],
             future: Sequence[int]) -> list[Match]:
    """The fallback's acts right after a ``sequel_openers`` cue (قبل أن، بعد أن) in a past
    story: a verb by its form, a present tense too ("قبل أن يستقبله الرئيس"، "قبل أن تطعن فيه
    الرئيسة")، with a subject or object after it, when an act (a trigger or the fallback's) is
    told before it in its sentence and no future cue stands there ("سيزور ... قبل أن يتوجه").
    A trigger's word is read too (``taken`` holds no trigger word): the candidates keep the act
    only where every entry of the word rejects it ("قبل أن يصادق عليه مجلس الشيوخ")."""
    tokens, doc = text.tokens, text.doc
    acts = sorted({m.first for m in triggers} | {m.first for m in found})
    out: list[Match] = []
    for cue in text.cues("sequel_openers"):
        i = cue.last + 1
        if i >= len(tokens) or i in taken or text.in_quote(tokens[i].start) or doc.in_dateline(tokens[i].start):
            continue
        sentence = text.token_range(text.sentences[text.sentence_of(tokens[i].start)])
        if i >= sentence.stop - 1 or text.sentence_of(tokens[cue.first].start) != text.sentence_of(tokens[i].start):
            continue
        if not _told_before(text, acts, future, cue.first, sentence):
            continue  # no act told before it ("بعد أن" opens the sentence's own circumstance), or a plan
        tok = tokens[i]
        written = text.original[tok.start:tok.end]
        if any(ch in TANWIN for ch in written) or written.rstrip(MARKS).endswith(WRITTEN_ENDINGS) \
                or any(a.definite or (a.prep and a.stem.startswith(PRESENT_PREFIXES)) for a in tok.analyses):
            continue
        a = verb_reading(tok.analyses, True, False, written.rstrip(MARKS).endswith(FINAL_VERB_LETTERS), True)
        if a is None or a.conj:
            continue
        j = i + 1
        if not a.enc and (not text.joinable[i] or tokens[j].form[:1].isdigit()):
            continue  # the clause ends (a preposition may follow: the subject is the act's before it,
            # "قبل أن تتراجع عن القرار")
        out.append(Match(i, i, tok.start, tok.end, SEQUEL_HIT, "", a.enc, "", ""))
    return out


def _passive_noun(text: Text, i: int, words: range, taken: set[int]) -> int | None:
    """The token of the verbal noun a passive auxiliary (``passive_aux``) at ``i`` opens its
    clause with ("وتمت إحالة"، "وجرى تركيب"), bare, no trigger word and not ``taken``; None
    otherwise."""
    tokens = text.tokens
    if not _PASSIVE_AUX or i + 1 >= words.stop or i + 1 in taken or \
            not any(x.stem in _PASSIVE_AUX and not x.prep and not x.enc for x in tokens[i].analyses):
        return None
    nxt = tokens[i + 1]
    if nxt.form in FUNCTION_WORDS or nxt.form[:1].isdigit() or any(x.definite or x.prep or x.conj for x in nxt.analyses):
        return None  # "وجرى التصويت": a frame's subject; "وتم خلال اللقاء": no act word
    return i + 1


def _dated_past(text: Text, by_start: Sequence[Timex], starts: Sequence[int], i: int, sentence: range,
                published: dt.date | None) -> bool:
    """Whether a time expression of day grain or finer, before the day ``published``, starts
    within ``past_date_window`` words after token ``i`` in its sentence ("وتفقد رئيس الوزراء،
    أمس الثلاثاء،"; not "وتستقبل الحديقة زوارها اليوم الخميس": a habit of the day)."""
    if not PAST_PREFIXED or published is None:
        return False
    lo, hi = text.tokens[i].end, text.tokens[min(i + _PAST_DATE_WINDOW, sentence.stop - 1)].end
    # the first date after the verb is its own: "وتحتفل المملكة اليوم ... بالعيد الوطني" is today's
    # (``by_start``: the time expressions in order of ``starts``, so the lookup is a bisection)
    k = bisect.bisect_left(starts, lo)
    t = by_start[k] if k < len(starts) and starts[k] < hi else None
    return t is not None and t.grain in _GRAINS and t.latest is not None and t.latest.date() < published


def _pluperfect_verb(text: Text, i: int, words: range, opens: bool) -> int | None:
    """The token after قد when the clause opens pluperfect at ``i`` (كان, or وكان anywhere,
    then at most ``pluperfect_reach`` words of subject, then قد: "وكانت مصالح الأمن قد
    أوقفته"); None otherwise."""
    tokens, cues = text.tokens, text.lexicon.cue_words
    if i >= words.stop or tokens[i].form not in cues["pluperfect"] or not (opens or tokens[i].form[:1] in CLITICS.conjunctions):
        return None
    for j in range(i + 1, min(words.stop - 1, i + 2 + _PLUPERFECT_REACH)):
        if tokens[j].form in cues["pluperfect_particle"]:
            return j + 1
    return None


def reach(text: Text, m: Match) -> range:
    """The words an act of the fallback at ``m`` may be told by: its clause and the next two
    inside its sentence (an inserted date or circumstance, then the object: "وافق مجلس
    النواب، فى جلسته العامة أمس الثلاثاء، على الاتفاقية الموقعة")."""
    c = text.clause_of(m.start)
    sentence = text.token_range(text.sentences[text.sentence_of(m.start)])
    last = text.clauses[min(c + _REACH, len(text.clauses) - 1)]
    return range(text.token_range(text.clauses[c]).start, min(text.token_range(last).stop, sentence.stop))


def act_verbs(mentions: Iterable[str]) -> frozenset[str]:
    """The verbs of an act's mention texts, folded and without و/ف ("وأنزل" -> "انزل"): two
    acts are one only when they share one (:mod:`timeline.graph.identity`)."""
    out = set()
    for text in mentions:
        word = fold(text)
        out.add(word[1:] if word[:1] in CLITICS.conjunctions and len(word) > MIN_LETTERS else word)
    return frozenset(out)


#: The subtype of the fallback's acts.
ACT = str(_DATA["event"]["subtype"])


def _opens_clause(text: Text, j: int, own: int) -> bool:
    """Whether word ``j`` opens a clause after clause ``own``: a coordinated act of its own."""
    c = text.clause_of(text.tokens[j].start)
    return c > own and text.token_range(text.clauses[c]).start == j


def is_pluperfect(m: Match) -> bool:
    """Whether ``m`` is the fallback's act of a pluperfect clause ("وكان X قد V")."""
    return m.hit is PLUPERFECT_HIT


def is_predicate(m: Match) -> bool:
    """Whether ``m`` is one of the fallback's matches."""
    return m.hit.ident == HIT.ident


def unshadowed(text: Text, cands: Sequence[C], sources: frozenset[int] = frozenset(),
               anchors: frozenset[int] = frozenset()) -> list[C]:
    """``cands`` (in text order) without the fallback's acts that another candidate starting
    in their :func:`reach` tells ("وأصدر محافظ القاهرة، اليوم، قراراً": the decision); a saying
    that only sources the act (its first word in ``sources``: "، حسبما قالت مصادر") tells none,
    nor an echo that only anchors a time offset (its first word in ``anchors``: "بعد نحو
    ساعتين من الإقلاع")."""
    # a trigger read as an echo of an event named before ("وعُقد الاجتماع") tells it too; one
    # in a relative clause ("فترة الحداد التي أعلنتها الدولة") tells the clause's object
    relatives = text.lexicon.cue_words.get("relatives", frozenset())
    starts = sorted([c.match.first for c in cands if not is_predicate(c.match) and c.match.first not in sources
                     and not (c.match.first > 0 and text.tokens[c.match.first - 1].form in relatives)]
                    + [j for c in cands for e in getattr(c, "echoes", ()) if (j := text.token_at(e[0])) not in anchors])
    out = []
    for c in cands:
        m = c.match
        if is_predicate(m):
            words = reach(text, m)
            if m.hit is SEQUEL_HIT:  # "أقر ... قبل أن يصادق عليه": the act before it is another
                words = range(m.first, words.stop)
            k = bisect.bisect_left(starts, words.start)
            own = text.clause_of(m.start)
            while k < len(starts) and starts[k] < words.stop and (is_pluperfect(m) or m.hit is SEQUEL_HIT) \
                    and starts[k] > m.first and _opens_clause(text, starts[k], own):
                k += 1  # "وكانت العمارة قد انهارت ظهر الثلاثاء، وأوقفت الأجهزة"، "ثم هبطت في
                # روتردام بعد نحو ساعتين، فنقل إلى سجن المحكمة": a next act
            if k < len(starts) and starts[k] < words.stop:
                continue
        out.append(c)
    return out
