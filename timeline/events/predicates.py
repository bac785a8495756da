"""Predicates: the verb that opens a clause, read as an act where no trigger reads the clause.

News tells most of what happened in verb-subject clauses whose verb no list foresees ("وأنزل
المنقذون، اليوم الخميس، كاميرا"، "وخفضت وزارة الصحة، اليوم السبت، عدد الوفيات"). This fallback
adds a synthetic trigger match (type ``other``, a generic subtype, low confidence; the
payload in ``predicates.json``) for a word that

- opens its clause (after the particles of ``lead_particles``, outside a dateline and a quote);
- looks like a finite verb of the past by its form alone: no article, no written ة, no
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
import re
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from ..arabic import fold
from ..document.segment import CLITICS, Analysis
from ..model import Timex
from .inflection import read_data
from .match import Match, Text
from .trie import Hit
from .trie import freeze as _freeze

_DATA: dict[str, Any] = read_data("predicates.json")
C = TypeVar("C")


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


_LEAD = _folded(_DATA["lead_particles"])
_NOT_VERBS = _folded(_DATA["not_verbs"])
_FUNCTION = _folded(_DATA["function_words"])
_OBJECTS = _folded(_DATA["object_pronouns"])
_PRESENT = tuple(fold(p) for p in _DATA["present_prefixes"])
_PAST_ENDINGS = tuple(fold(e) for e in _DATA["past_endings"])
_NOUN_ENDINGS = tuple(fold(e) for e in _DATA["noun_endings"])
_NOUN_SHAPES = tuple(re.compile(p) for p in _DATA["noun_patterns"])
_MIN, _MAX = int(_DATA["min_letters"]), int(_DATA["max_letters"])
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
#: An article's title line whose verb is a present tense no list foresees tells its news.
_TITLE = bool(_DATA.get("title_acts"))
_TITLE_WINDOW = int(_DATA.get("title_verb_window", 5))
#: A title's present tense names the body's act of the same verb (``title_same_verb``): the
#: letters a stem may open with beside its root (``stem_prefixes``: the ا of أفعل/افتعل/انفعل).
_TITLE_STEMS = bool(_DATA.get("title_same_verb"))
_STEM_PREFIXES = tuple(fold(p) for p in _DATA.get("stem_prefixes", ()))
_PLURAL_ENDINGS = tuple(fold(e) for e in _DATA.get("present_plural_endings", ()))
_PASSIVE_AUX = _folded(_DATA.get("passive_aux", ()))
#: A pluperfect clause ("وكان X قد V") tells a past act whatever the grain of its date
#: (``pluperfect_acts``); at most ``pluperfect_reach`` subject words stand before قد.
_PLUPERFECT = bool(_DATA.get("pluperfect_acts"))
#: The present prefixes a past تفعّل/تفاعل form opens with too ("تفقد"، "ترأس"، "تولى")
#: (``past_prefixed``), read as past when a past date of day grain follows within
#: ``past_date_window`` words; at most ``past_prefixed_max_letters`` letters (تفعّل، تفاعل).
_PAST_PREFIXED = tuple(fold(p) for p in _DATA.get("past_prefixed", ()))
_PAST_DATE_WINDOW = int(_DATA.get("past_date_window", 4))
_PAST_PREFIXED_MAX = int(_DATA.get("past_prefixed_max_letters", 5))
#: noun shapes that still rule such a word out ("تقرير"): the others are the past form's too
_PAST_PREFIXED_NOUNS = tuple(re.compile(p) for p in _DATA.get("past_prefixed_noun_patterns", _DATA["noun_patterns"]))
_PLUPERFECT_REACH = int(_DATA.get("pluperfect_reach", 6))
#: A past verb's final letter as written (``verb_final_letters``: "احتفى"، "انتهى") folds into a
#: nisba's ending; on a stem of at least ``verb_final_min_letters`` letters it is the verb's.
_FINAL_VERB = tuple(_DATA.get("verb_final_letters", ())) or ("\uffff",)
_FINAL_VERB_MIN = int(_DATA.get("verb_final_min_letters", 5))
#: A verb whose date stands right after it, before its subject ("انطلقت، صباح اليوم، عملية
#: التعداد"; ``subject_after_date``), has that subject as any verb has one.
_DATED_SUBJECT = bool(_DATA.get("subject_after_date"))
#: A pluperfect act's payload: the fallback's, with the domains of ``pluperfect_forbid``
#: (``[]``: a dated background fact is told as one in a sports or culture story too).
PLUPERFECT_HIT = Hit("trigger", _freeze({**_DATA["event"], "forbid": _DATA.get("pluperfect_forbid", _DATA["event"].get("forbid", [])),
                                         "requires_date": _LOCAL_DATE, "predicate": True}), "verb",
                     ("trigger", "predicate"), frozenset({"conj", "enc"}))
#: The title act's payload: the fallback's, with the domains of ``title_forbid`` ("«الصحة» تطلق
#: حملة وطنية للتطعيم": a health article's title announces a programme, not a happening).
TITLE_HIT = Hit("trigger", _freeze({**_DATA["event"], "forbid": _DATA.get("title_forbid", _DATA["event"].get("forbid", [])),
                                    "requires_date": False, "predicate": True}), "verb",
                ("trigger", "predicate"), frozenset({"conj", "enc"}))
# tanwin, and the noun endings as written (folding makes ة a ه)
_TANWIN = frozenset("\u064b\u064c\u064d")
_WRITTEN_ENDINGS = tuple(_DATA["written_noun_endings"])
_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
# matches whose words are never the fallback's verb: a name, a blocked trigger (a trigger's
# entries decide whether its word is left to the fallback)
_LEXICAL = frozenset({"trigger", "actor", "place"})


def verb_shaped(stem: str, after_particle: bool = False, dated_past: bool = False, final_verb: bool = False) -> bool:
    """Whether a folded stem (without و/ف and an object pronoun) can be a past verb by its form
    (``after_particle``: right after قد, where no noun stands, only its length, the words of
    ``not_verbs`` and the present tense rule it out; ``dated_past``: a past date follows it,
    so a تفعّل past form, "وتفقد ... أمس الثلاثاء", is no present tense; ``final_verb``: the word
    is written with a verb's final letter, ``verb_final_letters``, that folds into a nisba's: "واحتفى")."""
    if not _MIN <= len(stem) <= _MAX or stem in _NOT_VERBS or any(ch.isdigit() for ch in stem):
        return False
    if dated_past and _past_prefixed(stem):
        return True  # "وترأس ... أمس": a تفعّل past of a فعال shape, which a noun's would be
    nisba = stem.endswith(_NOUN_ENDINGS) and not (final_verb and len(stem) >= _FINAL_VERB_MIN)
    if not after_particle and (nisba or _noun_shaped(stem)):
        return False
    if (dated_past or after_particle) and stem.startswith(_PAST_PREFIXED) and len(stem) <= _PAST_PREFIXED_MAX:
        return True  # "وكان عودة قد تولى القيادة": after كان ... قد no present tense stands
    return not (stem.startswith(_PRESENT) and not stem.endswith(_PAST_ENDINGS))


def _past_prefixed(stem: str) -> bool:
    """Whether a folded stem may be a تفعّل/تفاعل past form (``past_prefixed``, at most
    ``past_prefixed_max_letters`` letters), not a تفعيل verbal noun ("تقرير")."""
    return stem.startswith(_PAST_PREFIXED) and len(stem) <= _PAST_PREFIXED_MAX \
        and not any(p.search(stem) for p in _PAST_PREFIXED_NOUNS) and not stem.endswith(_NOUN_ENDINGS)


def written_noun(written: str) -> bool:
    """Whether a word as written ends as a noun does (``written_noun_endings``: a final ة,
    which folding makes a pronoun's ه)."""
    return written.rstrip(_MARKS).endswith(_WRITTEN_ENDINGS)


def _noun_shaped(word: str) -> bool:
    return word in _NOT_VERBS or any(p.search(word) for p in _NOUN_SHAPES)


def _reading(analyses: Sequence[Analysis], after_particle: bool = False, dated_past: bool = False,
             final_verb: bool = False) -> Analysis | None:
    """The reading of a token as a verb with at most و/ف and an object pronoun. None when
    any reading of it is a noun: one with the article ("وللطلاب"), a word of ``not_verbs``
    or ``function_words`` after a proclitic ("وأحمد"، "ومن"، "وبذلك"), a noun shape as
    written or after a preposition ("وزير"، "فريق"، "باحتلال"). The conjunction is read off first ("ومنعت" = و + منعت)
    unless that leaves too little ("وصل")."""
    # after قد no word is a definite noun: "قد التمست"، "قد التقى" read ال as the stem's (افتعل)
    if any((a.definite and not after_particle) or ((a.conj or a.prep) and (a.stem in _NOT_VERBS or a.stem in _FUNCTION))
           or ((a.bare or a.prep) and _noun_shaped(a.stem) and not after_particle
               and not (dated_past and a.bare and _past_prefixed(a.stem))) for a in analyses):
        return None
    readings = [a for a in analyses if not (a.prep or a.definite or (a.enc and a.enc not in _OBJECTS))]
    # the document reads و and a pronoun apart ("و" + "اقتادها", "واقتاد" + "ها"): join them
    pronouns = sorted({a.enc for a in readings if a.enc}, key=len, reverse=True)
    joined = []
    for a in readings:
        if a.conj and len(a.stem) >= _MIN:
            enc = next((e for e in pronouns if a.stem.endswith(e) and len(a.stem) - len(e) >= _MIN), "")
            joined.append(Analysis(a.conj, "", False, a.stem[: len(a.stem) - len(enc)], enc) if enc else a)
    for a in sorted(joined or [a for a in readings if not a.conj], key=lambda a: bool(a.enc)):
        if verb_shaped(a.stem, after_particle, dated_past, final_verb):
            return a
    return None


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
    found: list[Match] = []
    for c, clause in enumerate(text.clauses):
        words = text.token_range(clause)
        sentence = text.token_range(text.sentences[text.sentence_of(clause[0])])
        i = words.start
        while i < words.stop and doc.in_dateline(tokens[i].start):
            i += 1
        opens = i == sentence.start or doc.in_dateline(tokens[i - 1].start) if i < words.stop else False
        while i < words.stop and tokens[i].form in _LEAD:
            i, opens = i + 1, True
        # "وكان ساركوزي قد أدين ... عام 2021": the verb after قد is the clause's act
        past = _pluperfect_verb(text, i, words, opens) if _PLUPERFECT else None
        if past is not None:
            i = past
        if i >= words.stop or i in lexical or i in timex_tokens or text.in_quote(tokens[i].start):
            continue
        # (a trigger word's own entries read it: "جرى تسليم مفاتيح الوحدات" is no handover of power)
        noun = _passive_noun(text, i, words, lexical | timex_tokens | open_tokens) if past is None else None
        if noun is not None:
            # "وتم اعتماد البيان الختامي": the verbal noun after the auxiliary is the act
            conj = next((x.conj for x in tokens[i].analyses if x.conj), "")
            i, a = noun, Analysis(conj, "", False, tokens[noun].form, "")
        tok = tokens[i]
        written = original[tok.start:tok.end]
        if noun is None and (any(ch in _TANWIN for ch in written) or written.rstrip(_MARKS).endswith(_WRITTEN_ENDINGS)):
            continue
        if any(a.prep and a.stem.startswith(_PRESENT) for a in tok.analyses):
            continue  # "سيزور"، "ليتجاوز": a plan, a purpose
        # after قد a word is a verb whatever its shape ("قد أدين"، "قد أصيب"); a past date of
        # one day right after it makes "وتفقد"، "وترأس" past
        if noun is None:
            a = _reading(tok.analyses, past is not None, _dated_past(text, timexes, i, sentence, published),
                         written.rstrip(_MARKS).endswith(_FINAL_VERB))
        if a is None or not (opens or a.conj or past is not None):
            continue  # "، حامل اللقب،": a clause that opens with no و nor particle is an apposition
        if not a.enc and past is None:  # a pluperfect verb has its subject before قد
            j = i + 1
            if _DATED_SUBJECT and j < sentence.stop and j in timex_tokens:
                # "انطلقت، صباح اليوم الأربعاء، عملية التعداد": the date first, then the subject
                while j < sentence.stop and j in timex_tokens:
                    j += 1
                if j >= sentence.stop or tokens[j].form in _FUNCTION or tokens[j].form[:1].isdigit() \
                        or text.clause_of(tokens[j].start) - text.clause_of(tok.start) > 2:
                    continue
            elif j >= sentence.stop or not text.joinable[i] or j in timex_tokens or tokens[j].form in _FUNCTION \
                    or tokens[j].form[:1].isdigit():
                continue  # the clause ends, or no subject or object follows ("فرانس 24")
        # its date: in its clause or the next one, a few words on ("، فى جلسته العامة أمس")
        nxt = text.token_range(text.clauses[c + 1]) if c + 1 < len(text.clauses) else words
        hi = min(max(words.stop, nxt.stop if nxt.start < sentence.stop else words.stop), i + _DATE_WINDOW + 1)
        if _SCOPE == "sentence":
            words, hi = sentence, sentence.stop
        k = bisect.bisect_left(dates, words.start)
        hit = HIT
        if past is not None and text.sentence_of(tok.start) in timed:
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
    if not found:
        return list(triggers)
    return sorted([*triggers, *found], key=lambda m: (m.first, m.last))


def _passive_noun(text: Text, i: int, words: range, taken: set[int]) -> int | None:
    """The token of the verbal noun a passive auxiliary (``passive_aux``) at ``i`` opens its
    clause with ("وتمت إحالة"، "وجرى تركيب"), bare, no trigger word and not ``taken``; None
    otherwise."""
    tokens = text.tokens
    if not _PASSIVE_AUX or i + 1 >= words.stop or i + 1 in taken or \
            not any(x.stem in _PASSIVE_AUX and not x.prep and not x.enc for x in tokens[i].analyses):
        return None
    nxt = tokens[i + 1]
    if nxt.form in _FUNCTION or nxt.form[:1].isdigit() or any(x.definite or x.prep or x.conj for x in nxt.analyses):
        return None  # "وجرى التصويت": a frame's subject; "وتم خلال اللقاء": no act word
    return i + 1


def _dated_past(text: Text, timexes: Sequence[Timex], i: int, sentence: range, published: dt.date | None) -> bool:
    """Whether a time expression of day grain or finer, before the day ``published``, starts
    within ``past_date_window`` words after token ``i`` in its sentence ("وتفقد رئيس الوزراء،
    أمس الثلاثاء،"; not "وتستقبل الحديقة زوارها اليوم الخميس": a habit of the day)."""
    if not _PAST_PREFIXED or published is None:
        return False
    lo, hi = text.tokens[i].end, text.tokens[min(i + _PAST_DATE_WINDOW, sentence.stop - 1)].end
    # the first date after the verb is its own: "وتحتفل المملكة اليوم ... بالعيد الوطني" is today's
    t = min((t for t in timexes if lo <= t.start < hi), key=lambda t: t.start, default=None)
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


def title_act(text: Text, span: tuple[int, int], taken: set[int]) -> Match | None:
    """The fallback act of an article's title line ``span`` (the ``title_acts`` setting): its
    first word after the subject, within ``title_verb_window`` words, read as a present-tense
    verb by its form ('«إكس» تعود إلى البرازيل'، 'السلفادور تتسلم 238 فنزويلياً'), no word of
    the lexicon nor a time expression (``taken``), followed by a word; None when there is none."""
    if not _TITLE:
        return None
    words = text.token_range(span)
    tokens = text.tokens
    for i in range(words.start + 1, min(words.stop - 1, words.start + 1 + _TITLE_WINDOW)):
        tok = tokens[i]
        if i in taken or tokens[i - 1].form in _FUNCTION or tok.form in _FUNCTION:
            continue
        written = text.original[tok.start:tok.end]
        if any(ch in _TANWIN for ch in written) or written.rstrip(_MARKS).endswith(_WRITTEN_ENDINGS):
            continue
        if any(a.definite or a.prep for a in tok.analyses):
            continue
        a = next((a for a in tok.analyses if not a.enc and a.stem.startswith(_PRESENT)
                  and _MIN < len(a.stem) <= _MAX and a.stem not in _NOT_VERBS and a.stem not in _FUNCTION
                  and not a.stem.endswith(_NOUN_ENDINGS) and not _noun_shaped(a.stem)), None)
        if a is not None:
            return Match(i, i, tok.start, tok.end, TITLE_HIT, a.conj, a.enc, "", a.conj)
    return None


def same_verb(title_word: str, act_word: str) -> bool:
    """Whether a title's present tense and a body act's past verb (folded tokens) are one verb
    ("تأمر" and "أمر"، "توقف" and "أوقفت"، "تنتقد" and "انتقدت"، "ينهي" and "أنهت"، "يوقعون" and
    "وقع"): their stems once the present prefix and a plural ending, the conjunction, a past
    ending and a ``stem_prefixes`` letter are read off, the same, or the title's one letter
    longer (a weak last radical)."""
    if not _TITLE_STEMS or not title_word.startswith(_PRESENT) or len(title_word) <= _MIN:
        return False
    a = title_word[1:]
    # "يوقعون" over "وقّع": the plural subject's ending is no part of the stem
    a = next((a[: -len(e)] for e in _PLURAL_ENDINGS if a.endswith(e) and len(a) - len(e) >= 2), a)
    b = act_word[1:] if act_word[:1] in CLITICS.conjunctions and len(act_word) > _MIN else act_word
    b = next((b[: -len(e)] for e in _PAST_ENDINGS if b.endswith(e) and len(b) - len(e) >= 2), b)
    stems = {a} | {a[1:] for p in _STEM_PREFIXES if a.startswith(p)}
    bs = {b} | {b[1:] for p in _STEM_PREFIXES if b.startswith(p)}
    return any(x == y or (len(y) >= 2 and len(x) == len(y) + 1 and x.startswith(y)) for x in stems for y in bs)


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
        out.add(word[1:] if word[:1] in CLITICS.conjunctions and len(word) > _MIN else word)
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
            k = bisect.bisect_left(starts, words.start)
            own = text.clause_of(m.start)
            while k < len(starts) and starts[k] < words.stop and is_pluperfect(m) and starts[k] > m.first \
                    and _opens_clause(text, starts[k], own):
                k += 1  # "وكانت العمارة قد انهارت ظهر الثلاثاء، وأوقفت الأجهزة": a next act
            if k < len(starts) and starts[k] < words.stop:
                continue
        out.append(c)
    return out
