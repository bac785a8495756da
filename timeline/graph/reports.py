"""What identity reads off a report (or a cluster of them): how it is dated and how far it
reaches, whether it names anyone, its phase, and the facts of its mentions (articles,
positions, dating only relative to publication).  The rules that use them are in
:mod:`timeline.graph.identity`; the constants here are their parameters."""

from __future__ import annotations

import datetime as dt
import functools

import attrs

from ..arabic import fold
from ..events.inflection import ARTICLE_WRITTEN as _ARTICLE
from ..events.predicates import ACT, act_verbs
from ..model import FINE_GRAINS, GENERIC_KIND, PHASES, Actor, Event, Mention
from .kinship import BATCH_SUBTYPES as _BATCH_SUBTYPES
from .kinship import NAME_SYNONYMS, spelling
from .kinship import PLACE_FIXED as _PLACE_FIXED
from .kinship import UNSCOPED_TYPES as _UNSCOPED_TYPES

#: Event types fixed by exactly who speaks or meets: no state-level actor matching.
PERSONAL_TYPES = frozenset({"call", "meeting", "statement"})
#: Contacts: fixed by the set of sides that talk.
CONTACT_TYPES = frozenset({"call", "meeting"})
#: (type, subtype or None for any) of events that one place (or theatre) and day identify
#: whatever parties each report names: one truce, one round of clashes, one summit, one
#: election, one air crash (data: ``identity.json`` key ``place_fixed``).
PLACE_FIXED = _PLACE_FIXED
#: Types whose acts inside one article are told apart by who acts: two clauses of one article,
#: each dated on its own and naming its agents, whose agents share no actor or state, tell two
#: acts ("وقع عبدالله بن زايد معاهدة ... ووقع الزياني في الحفل ذاته إعلان").  Not a truce or a
#: clash (:data:`PLACE_FIXED`), whose reports name either side.
AGENT_APART = frozenset({"other", "strike"})
#: Types whose reports that name nobody may join across articles on their theatre alone
#: (when one event alone fits them); contacts and statements are nothing without their sides.
SCOPE_ENOUGH = frozenset({"ceasefire", "strike", "capture", "other"})
#: Types whose named place is where the act happened, never a venue of another theatre's act
#: (a truce signed in Istanbul is Ukraine's; a strike in Sousse is Tunisia's): an event placed
#: in a state shares no scope with a report of another state's theatre, whatever theatres the
#: placed event's own article also names ("في الكويت ... وفي تونس، قتل 38 شخصا في سوسة").
SITE_TYPES = frozenset({"strike", "capture"})
#: Types whose reports naming nobody (:func:`weak`) may still join the one event that fits
#: them across articles: a day has few truces, many strikes and statements.
WEAK_ENOUGH = frozenset({"ceasefire"})
#: Types whose subtypes are only the wording of one act ("قصف" for an air raid): across
#: articles they never rule a pair out.
WORDING_SUBTYPES = frozenset({"strike"})
#: Per type, the subtype any other one refines ("هجوم" beside "قصف" or "غارة").
GENERIC_SUBTYPES = {"strike": "attack"}
#: How far back from its bound an undated report may refer ("the agreement signed in
#: Pretoria", eleven days later).  Only a report that agrees in everything joins, and only
#: when one event alone fits it (see :func:`timeline.graph.merge.cluster_events`).
UNDATED_REACH_DAYS = 31
#: How much earlier a report dated only by "اليوم"/"أمس" may be (a print edition's lag), and
#: the types it applies to: a speaker speaks every day, so statements keep their day.
LAG = dt.timedelta(days=1)
LAG_TYPES = frozenset({"ceasefire", "call", "meeting", "strike", "capture", "other"})
#: Phases that happen to a truce or agreement already made: a report naming no phase is
#: never one of them (the violation or collapse of a truce is always said).
LATER_PHASES = frozenset({"extended", "violated", "suspended", "resumed", "ended"})
#: Phase pairs that are one act when both reports are dated on their own and share a day:
#: an agreement reached at its signing ("اتفق الطرفان" in the report of the signing).
SAME_ACT_PHASES = frozenset({frozenset({"agreed", "signed"})})
#: A report dated on its own to an interval shorter than this, ending before the day before
#: publication, is background to its article's undated clauses.
BACKGROUND_WIDTH = dt.timedelta(days=3)
#: Grains of a clock time ("الساعة 04:00"، "عند الرابعة"): the only times of day that tell two
#: acts apart.  A part of day is a convention (where "الفجر" ends differs by writer).
CLOCK_GRAINS = frozenset({"hour", "minute", "second"})
#: How far apart two clock times of one day reported by different articles may be and still
#: be one act: outlets write local time, Mecca time or GMT (Morocco +1 to the Gulf +4), and
#: wires round.  Beyond it, two reports of one type on one day are two acts.
CLOCK_TOLERANCE = dt.timedelta(hours=4)
#: One unit of each clock grain: two clock times meet across articles when their span, less
#: the coarser unit, is within :data:`CLOCK_TOLERANCE` (so a merged span never grows past it).
CLOCK_UNITS = {"hour": dt.timedelta(hours=1), "minute": dt.timedelta(minutes=1), "second": dt.timedelta(seconds=1)}
#: Warning of a merged event whose reports give times of day that disagree (two clock times
#: an hour or two apart in two outlets, a dawn and an evening): the event spans them (clock
#: times) or their day, and says so rather than pick one.
TIME_CONFLICT = "times of day differ"
#: Separator of several keys in ``Event.theatre``.
THEATRE_SEP = "+"


def window_dated(event: Event) -> bool:
    """Whether every mention was dated only by the publication-date window (older extraction)."""
    return bool(event.mentions) and all(m.dated_by in ("dct", None) for m in event.mentions)


def loose(event: Event) -> bool:
    """A report with no date of its own: undated, or dated only by a publication window."""
    return event.earliest is None or window_dated(event)


def weak(event: Event) -> bool:
    """A report that names no party ("the parties" of no known theatre count as none): it says
    too little to tell two events apart, so it joins an event only when one alone fits it."""
    generic = any(is_generic(a) for a in event.participants)
    return all(is_generic(a) for a in event.participants) and not (generic and event.theatre)


def unscoped(event: Event) -> bool:
    """A report naming nobody (:func:`weak`) with no place and no theatre ("انتُخب"، "رحيله" in a
    paper's later lines), of an act it may find its event by (:data:`UNSCOPED_TYPES`): nothing
    but its act and its day to find the event it tells by."""
    return event.type in UNSCOPED_TYPES and event.subtype not in BATCH_SUBTYPES \
        and event.place is None and not event.theatre and weak(event)


#: The types whose reports naming nobody and placed nowhere may join the one fitting event of
#: their act (:func:`unscoped`; acts of persons and bodies: an appointment, a death, a launch),
#: and the acts given many at once, at one ceremony or final, that may not: a prize naming
#: nobody is any of that night's (data: ``identity.json`` key ``unscoped``).
UNSCOPED_TYPES = _UNSCOPED_TYPES
BATCH_SUBTYPES = _BATCH_SUBTYPES


def partial(event: Event) -> bool:
    """A call or meeting naming one side only ("تلقى خادم الحرمين اتصالاً"): which of that
    side's contacts of the day it reports is a guess, so it joins an event only when one alone
    fits it."""
    return event.type in CONTACT_TYPES and len({a.key for a in event.participants if not is_generic(a)}) == 1


@attrs.frozen
class Facts:
    """What identity asks of an event's mentions, computed once per event or cluster."""

    spots: frozenset[tuple[str, int]]
    docs: frozenset[str]
    loose: bool
    #: every mention dated only relative to publication (:func:`relative`)
    deictic: bool
    #: the articles all of whose mentions here are dated only relative to publication
    relative_docs: frozenset[str] = frozenset()
    #: the articles with a mention here that cites time expressions of its own
    timed_docs: frozenset[str] = frozenset()
    #: the verbs of an unlisted act's mentions (:func:`timeline.events.predicates.act_verbs`),
    #: kept here because a cluster's event is held without its mentions
    verbs: frozenset[str] = frozenset()

    def join(self, other: Facts) -> Facts:
        shared = self.docs & other.docs
        relative = (self.relative_docs - shared) | (other.relative_docs - shared) | (
            self.relative_docs & other.relative_docs)
        return Facts(self.spots | other.spots, self.docs | other.docs, self.loose and other.loose,
                     self.deictic and other.deictic, relative, self.timed_docs | other.timed_docs,
                     self.verbs | other.verbs)


def relative(mention: Mention) -> bool:
    """Dated only relative to publication: by "اليوم"/"أمس" (``deictic``), or by the story's
    lead for a reaction that gives no date (``dated_by == "anchor"``, a headline in the
    present tense over a body saying "اليوم")."""
    return mention.deictic or mention.dated_by == "anchor"


def borrowed(mention: Mention) -> bool:
    """Dated by no words of its own inside an extracted event ("خلال الاتصال" after "أجرى
    اتصالاً اليوم"): it takes its companions' date and is no evidence of its own."""
    return not mention.timexes and mention.dated_by in ("clause", "sentence", "narrative")


def facts_of(event: Event) -> Facts:
    docs = frozenset(m.doc for m in event.mentions)
    timed = frozenset(m.doc for m in event.mentions if m.timexes)
    # a mention borrows a date only from a mention of its article that cites one
    absolute = {m.doc for m in event.mentions if not (relative(m) or (borrowed(m) and m.doc in timed))}
    relative_docs = frozenset(m.doc for m in event.mentions if relative(m)) - absolute
    verbs = act_verbs(m.text for m in event.mentions) if event.subtype == ACT else frozenset()
    return Facts(frozenset((m.doc, m.start) for m in event.mentions), docs,
                 loose(event), bool(relative_docs) and not absolute, relative_docs, timed, verbs)


def theatres(event: Event) -> frozenset[str]:
    """The keys of ``event.theatre`` (several joined by :data:`THEATRE_SEP`)."""
    return frozenset(event.theatre.split(THEATRE_SEP)) if event.theatre else frozenset()


def is_generic(actor: Actor) -> bool:
    return actor.kind == GENERIC_KIND


def day_span(event: Event) -> tuple[dt.datetime, dt.datetime]:
    """The whole calendar days of a dated event's interval (a time of day widened to its day)."""
    return (dt.datetime.combine(event.earliest.date(), dt.time()),
            dt.datetime.combine(event.latest.date(), dt.time(23, 59, 59)))


def days_overlap(a: Event, b: Event) -> bool:
    """Whether two dated events share a calendar day."""
    return a.earliest.date() <= b.latest.date() and b.earliest.date() <= a.latest.date()


def clock_clash(a: Event, b: Event, same_doc: bool) -> bool:
    """Whether two reports give clearly different clock times (see :data:`CLOCK_GRAINS`):
    disjoint inside one article; across articles, spanning more than :data:`CLOCK_TOLERANCE`
    (less one unit of the coarser grain: "04:00" and "08:00" meet, "04:00" and "08:01" do not).
    A merged event spanning clock times that differ (:data:`TIME_CONFLICT`) is measured by its
    whole span, so a chain of reports a few hours apart never grows past the tolerance."""
    if a.grain not in CLOCK_GRAINS or b.grain not in CLOCK_GRAINS:
        return False
    if same_doc:
        return max(a.earliest, b.earliest) > min(a.latest, b.latest)
    unit = max(CLOCK_UNITS[a.grain], CLOCK_UNITS[b.grain])
    return max(a.latest, b.latest) - min(a.earliest, b.earliest) - unit >= CLOCK_TOLERANCE


def windows_touch(a: Event, b: Event) -> bool:
    """Whether two reports timed within their days (a part of day or a clock time) on
    consecutive days lie within :data:`CLOCK_TOLERANCE` across midnight: one speech told
    "مساء الاثنين" by a wire and "فجر أمس الثلاثاء بتوقيت الرياض" by a paper of another zone."""
    if a.grain not in FINE_GRAINS or b.grain not in FINE_GRAINS:
        return False
    first, second = sorted((a, b), key=lambda e: (e.earliest, e.latest))
    return dt.timedelta(0) < second.earliest - first.latest <= CLOCK_TOLERANCE


def lag_explains(fa: Facts, fb: Facts) -> bool:
    """Whether a print edition's lag may explain two reports' days: one is dated only relative
    to publication, and an article both hold dates them only so, by its own words on one side
    only (a paper printing yesterday's wire: a body saying "اليوم" among other papers' reports
    of the day before, and the headline it dates)."""
    shared = fa.docs & fb.docs
    if shared and (not (fa.docs ^ fb.docs) or shared & fa.timed_docs & fb.timed_docs):
        return False  # "اليوم" and "أمس" in one paper are two days
    return (fa.deictic or fb.deictic) and shared <= (fa.relative_docs & fb.relative_docs)


def reach(event: Event, facts: Facts) -> tuple[dt.datetime, dt.datetime] | None:
    """The interval a report may refer to, for comparing with reports of other articles:
    its days, one day earlier when only "اليوم"/"أمس" date it (:data:`LAG_TYPES`), and for an undated report the
    :data:`UNDATED_REACH_DAYS` before its bound (None without a bound)."""
    if event.latest is None:
        return None
    if event.earliest is None:
        return event.latest - dt.timedelta(days=UNDATED_REACH_DAYS), event.latest
    lo, hi = day_span(event)
    return (lo - LAG if facts.deictic and event.type in LAG_TYPES else lo), hi


def recent(firm: Event, report: Event) -> bool:
    """Whether ``firm`` may be ``report``'s news: it reaches the day before ``report``'s bound
    (its publication day), or its own dates are too wide to call it background."""
    return (firm.latest.date() >= report.latest.date() - dt.timedelta(days=1)
            or firm.earliest is None or firm.latest - firm.earliest >= BACKGROUND_WIDTH)


def phases_meet(a: Event, b: Event, fa: Facts, fb: Facts) -> bool:
    """Phases agree: equal, one unknown and the other not a :data:`LATER_PHASES`, or an
    agreement reached and signed on one shared day (:data:`SAME_ACT_PHASES`)."""
    if a.phase == b.phase:
        return True
    if a.phase is None or b.phase is None:
        return (a.phase or b.phase) not in LATER_PHASES
    return (frozenset({a.phase, b.phase}) in SAME_ACT_PHASES and not (fa.loose or fb.loose)
            and days_overlap(a, b))


def merged_phase(a: str | None, b: str | None) -> str | None:
    """The phase of two merged reports: the known one, of two of one act the later (signed)."""
    if a is None or b is None:
        return a or b
    return max(a, b, key=PHASES.index)


def place_fixed(event: Event) -> bool:
    """Whether ``event`` is identified by its place (or theatre) and date (see :data:`PLACE_FIXED`)."""
    return (event.place is not None or bool(event.theatre)) and bool(
        {(event.type, None), (event.type, event.subtype)} & PLACE_FIXED)


def name_words(key: str) -> list[str]:
    """The words of an unlisted name's key ("~وزير_الاعلام_خالد_الاعيسر", or with the state the
    reader found it acts for: "kuwait:~جابر_المبارك_الحمد_الصباح"), empty for a listed one."""
    return unlisted_state(key)[1]


def unlisted_state(key: str) -> tuple[str, list[str]]:
    """``(state or "", name words)`` of an unlisted key, ``("", [])`` for a listed one."""
    state, sep, rest = key.partition(":~")
    if sep:
        return state, [_canonical(w) for w in rest.split("_")]
    return ("", [_canonical(w) for w in key[1:].split("_")]) if key.startswith("~") else ("", [])


def _canonical(word: str) -> str:
    """A word of an unlisted name as the first of its synonyms (``identity.json`` key
    ``name_synonyms``), the article kept: "الاستخبارات" -> "المخابرات"; a transliterated name's
    word in one spelling (:func:`timeline.graph.kinship.spelling`)."""
    bare = word.removeprefix(_ARTICLE)
    canon = NAME_SYNONYMS.get(bare)
    return spelling(word) if canon is None else word[:len(word) - len(bare)] + canon


def _surname(word: str) -> bool:
    # one word alone names someone only when it is no common noun: not definite, not short
    return len(word) >= 4 and not word.startswith(_ARTICLE)


#: Words two unlisted names must end in alike when each also carries a title of its own
#: ("العميد نبيل عبد الله" and "المتحدث باسم الجيش نبيل عبد الله"): two would match compound
#: names ("محمد عبد الله" and "نبيل عبد الله").
SHARED_NAME_WORDS = 3


def unlisted_alias(a: str, b: str) -> bool:
    """Two unlisted names of one person or body (with the same state, or a state in one only):
    the same words, or the shorter ends the longer, titles and first
    names coming first in Arabic ("خالد الأعيسر" in "وزير الإعلام خالد الأعيسر", "بيلوسي" in
    "نانسي بيلوسي"; one word alone must be a name (:func:`_surname`), not "الوزارة"), or both
    end in the same :data:`SHARED_NAME_WORDS` words after titles of their own, or the shorter
    begins the longer (:func:`_named_first`)."""
    (sa, wa), (sb, wb) = unlisted_state(a), unlisted_state(b)
    if not wa or not wb or (sa and sb and sa != sb):
        return False
    if wa == wb:
        # one name, once with the state its reader found it acts for ("وترأس سمو الشيخ جابر
        # المبارك ... رئيس مجلس الوزراء الكويتي") and once without ("برئاسة سمو الشيخ جابر المبارك")
        return a != b
    short, long = sorted((wa, wb), key=len)
    if long[len(long) - len(short):] == short:
        return len(short) > 1 or _surname(short[0])
    if long[:len(short)] == short and _named_first(short):
        return True
    n = SHARED_NAME_WORDS
    return len(short) >= n and short[-n:] == long[-n:]


#: Words an unlisted name that begins a longer one must have when its first word is not
#: definite ("خليفة بن سلمان" in "خليفة بن سلمان آل خليفة"): two ("محمد علي") name many people.
PREFIX_NAME_WORDS = 3


def _named_first(short: list[str]) -> bool:
    """Whether an unlisted name that begins a longer one names what the longer names: a body's
    noun and adjective go first and a qualifier may follow ("المحكمة الاقتصادية" / "المحكمة
    الاقتصادية بالقاهرة"، "المحكمة الاتحادية العليا"), a person's family name may follow his
    name ("خليفة بن سلمان آل خليفة").  Two words at least, the first definite (a body's noun),
    else :data:`PREFIX_NAME_WORDS`."""
    return len(short) >= PREFIX_NAME_WORDS or (len(short) == 2 and short[0].startswith(_ARTICLE))


#: Words a title read as a name must have to stand for the one person holding it ("ملكة
#: الدنمرك"): one word ("الرئيس") is any of many.
TITLE_WORDS = 2


def title_words(actor: Actor) -> list[str]:
    """The words an unlisted person's surface gives before the name its key keeps ("ملكة
    الدنمرك" of "ملكة الدنمرك مارغريت الثانية", read ``~مارغريت_الثانيه``); empty if none."""
    return list(_title_words(actor))


@functools.lru_cache(maxsize=8192)
def _title_words(actor: Actor) -> tuple[str, ...]:
    # cached (bounded: actors come from the corpus): identity asks it of the same actors for
    # every candidate pair
    words = name_words(actor.key)
    surface = [_canonical(w) for w in fold(actor.name).split()]
    if not words or len(surface) <= len(words) or surface[len(surface) - len(words):] != words:
        return ()
    return tuple(surface[:len(surface) - len(words)])


def titled(title: Actor, named: Actor) -> bool:
    """One outlet names a person by a title alone the reader keeps as an unlisted name ("ملكة
    الدنمرك تعلن"), another by that title and the name ("أعلنت ملكة الدنمرك مارغريت الثانية"):
    the title's :data:`TITLE_WORDS` or more words begin the words before the name."""
    (st, wt), (sn, wn) = unlisted_state(title.key), unlisted_state(named.key)
    if len(wt) < TITLE_WORDS or not wn or (st and sn and st != sn) or wt == wn:
        return False
    lead = _title_words(named)
    return len(lead) >= len(wt) and list(lead[:len(wt)]) == wt


def title_tokens(actor: Actor) -> set[str]:
    """Blocking tokens such that a title and a name it begins (:func:`titled`) share one."""
    words = name_words(actor.key)
    out = {"~t:" + "_".join(words[:TITLE_WORDS])} if len(words) >= TITLE_WORDS else set()
    lead = _title_words(actor)
    if len(lead) >= TITLE_WORDS:
        out.add("~t:" + "_".join(lead[:TITLE_WORDS]))
    return out


def alias_tokens(key: str) -> set[str]:
    """Blocking tokens such that two names :func:`unlisted_alias` matches share one."""
    words = name_words(key)
    out = {"~s:" + "_".join(words[-2:])} if len(words) > 1 else set()
    if len(words) > 1 and _named_first(words[:2]):
        out.add("~p:" + "_".join(words[:2]))  # "المحكمة الاقتصادية" beside "... بالقاهرة"
    elif len(words) >= PREFIX_NAME_WORDS:
        out.add("~p:" + "_".join(words[:PREFIX_NAME_WORDS]))
    if words and _surname(words[-1]):
        out.add("~s:" + words[-1])
    return out


def mention_key(m: Mention) -> tuple:
    return (m.doc, m.start, m.end, m.timexes, m.dated_by or "", m.text)
