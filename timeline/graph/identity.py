"""Cross-article event identity: may two reports (or a report and a cluster) be one event?

The decision is event coreference over what the extraction found; :mod:`timeline.graph.merge`
only proposes candidates (blocking) and clusters.  Each rule below either rules a pair out
(a *cannot-link*, named by the string :meth:`Identity.conflict` returns) or lets it through:

``type``       different event types.
``spot``       the two share a mention position: one trigger split on purpose (coordinated
               dates, "separate" contacts).
``phase``      different phases of a ceasefire or agreement (signed vs takes effect), except
               an agreement reached and signed on one day (:data:`SAME_ACT_PHASES`, both
               dated on their own): news says either.  A report naming no phase is the
               truce or agreement made, never what later happens to it
               (:data:`LATER_PHASES`: its violation, extension, suspension or collapse is
               always said).
``dates``      intervals that do not overlap.  A report dated only by "اليوم"/"أمس"
               (``Mention.deictic``) may be a print edition's copy of yesterday's wire, so
               across articles its interval reaches one day earlier (not for statements:
               a speaker speaks every day).  An undated report
               (``earliest`` None) reaches back :data:`UNDATED_REACH_DAYS` from its bound.
               Dated reports are compared by their calendar days: a time of day
               (``Event.grain`` finer than day) rules a pair out only when both are clock
               times (:data:`CLOCK_GRAINS`) that disagree, inside one article (the writer
               gives two times: two acts), or across articles by more than
               :data:`CLOCK_TOLERANCE` (a time zone, a print edition, a wire's rounding).
               A part of day ("فجر"، "مساء") is a convention, never a cannot-link.
``place``      named places of which neither lies within the other.  An event that names
               no place stands in its article's theatre (``Event.theatre``) for the positive
               matches below (a truce in one theatre, "the parties" of a theatre), never as a
               cannot-link: how an article's theatre is read (Qatar announcing a Gaza truce)
               is too loose for that.
``subtype``    two specific subtypes that differ (strike subtypes are only wording: they
               differ freely across articles, never inside one).  Inside one article a
               generic subtype ("الهجوم") refines a specific one when both are dated on
               their own, the generic within the specific's days, at times that meet; an
               undated one there may be another act ("قصفت ... بعد هجوم").  A title or clause
               that no words date (the publication window) names its article's news in
               other words ("تفجير" over "فجر انتحاري نفسه أمس").
``roles``      who acted in one undergoes in the other, and the two name no common agent.
``loose``      a report without a date of its own joins another only when everything it
               says agrees (same subtype and phase, its participants covered by the other's;
               naming nobody, the one event of its scope).  A clause that no words date (the
               publication window alone) tells its article's news: it never joins a report
               of its own article older than the day before publication.
``parties``    the participants: a shared actor (an office counts as its holder that year,
               a state's body or official as the state); a generic party ("الطرفان") as any
               named party of the same theatre; a call or meeting only with the same set of
               sides (one covering the other); a truce or clash at one place (or in one
               theatre) whoever each report names; a report naming nobody only beside its
               own article's reports, or beside a report of the same named place (or
               theatre, for types in :data:`SCOPE_ENOUGH`; any report for types in
               :data:`WEAK_ENOUGH`, a day having few of them).

A report with no date of its own (:func:`loose`) or naming nobody (:func:`weak`) joins an
event only when one alone fits it, or one alone in its own article
(:func:`timeline.graph.merge.cluster_events`).

The rules look at each event's own content only (never at how a cluster was built), so
merging is a fixpoint: merging its result again changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import attrs

from ..events.lexicon import LEXICON, Lexicon
from ..model import GENERIC_KIND, PHASES, Actor, Event, Mention

#: Event types fixed by exactly who speaks or meets: no state-level actor matching.
PERSONAL_TYPES = frozenset({"call", "meeting", "statement"})
#: Contacts: fixed by the set of sides that talk.
CONTACT_TYPES = frozenset({"call", "meeting"})
#: (type, subtype or None for any) of events that one place (or theatre) and day identify
#: whatever parties each report names: one truce, one round of clashes.
PLACE_FIXED = frozenset({("ceasefire", None), ("strike", "clash")})
#: Types whose reports that name nobody may join across articles on their theatre alone
#: (when one event alone fits them); contacts and statements are nothing without their sides.
SCOPE_ENOUGH = frozenset({"ceasefire", "strike", "capture", "other"})
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

    def join(self, other: Facts) -> Facts:
        shared = self.docs & other.docs
        relative = (self.relative_docs - shared) | (other.relative_docs - shared) | (
            self.relative_docs & other.relative_docs)
        return Facts(self.spots | other.spots, self.docs | other.docs, self.loose and other.loose,
                     self.deictic and other.deictic, relative, self.timed_docs | other.timed_docs)


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
    absolute = {m.doc for m in event.mentions if not (relative(m) or borrowed(m))}
    relative_docs = frozenset(m.doc for m in event.mentions if relative(m)) - absolute
    return Facts(frozenset((m.doc, m.start) for m in event.mentions), docs,
                 loose(event), bool(relative_docs) and not absolute, relative_docs,
                 frozenset(m.doc for m in event.mentions if m.timexes))


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
    disjoint inside one article, more than :data:`CLOCK_TOLERANCE` apart across articles."""
    if a.grain not in CLOCK_GRAINS or b.grain not in CLOCK_GRAINS:
        return False
    gap = max(a.earliest, b.earliest) - min(a.latest, b.latest)
    return gap > dt.timedelta(0) if same_doc else gap > CLOCK_TOLERANCE


def _mentions_lag(fa: Facts, fb: Facts) -> bool:
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


@attrs.frozen
class Identity:
    """The compatibility decision, over the lexicon's actors, offices and places."""

    lexicon: Lexicon = LEXICON

    # -- actors ----------------------------------------------------------------------
    def expand(self, actor: Actor, year: int | None) -> frozenset[str]:
        return frozenset({actor.key}) | self.lexicon.roles_at(actor.key, year)

    def actor_match(self, a: Actor, b: Actor, year: int | None, same_doc: bool = False) -> bool:
        """Same actor, an office and its holder, or a state and one of its bodies/officials;
        inside one article also a bare body and its full name ("الوزارة" after "وزارة الخارجية")."""
        if is_generic(a) or is_generic(b):
            return is_generic(a) and is_generic(b)
        ea, eb = self.expand(a, year), self.expand(b, year)
        if ea & eb:
            return True
        if ":" not in a.key and any(k.split(":")[0] == a.key for k in eb):
            return True
        if ":" not in b.key and any(k.split(":")[0] == b.key for k in ea):
            return True
        return same_doc and _short_name(a.key, b.key)

    def state_match(self, a: Actor, b: Actor, year: int | None) -> bool:
        """Whether ``a`` and ``b`` act for the same state or organization (army, ministry, leader)."""
        if is_generic(a) or is_generic(b):
            return False
        sa = {k.split(":")[0] for k in self.expand(a, year)}
        return not sa.isdisjoint(k.split(":")[0] for k in self.expand(b, year))

    def named(self, event: Event) -> tuple[Actor, ...]:
        return tuple(a for a in event.participants if not is_generic(a))

    def covers(self, small: Sequence[Actor], big: Sequence[Actor], year: int | None, same_doc: bool = False) -> bool:
        """Every actor of ``small`` matches one of ``big`` (and ``small`` names someone)."""
        return bool(small) and all(any(self.actor_match(x, y, year, same_doc) for y in big) for x in small)

    def shared(self, a: Sequence[Actor], b: Sequence[Actor], year: int | None, same_doc: bool = False) -> int:
        return sum(any(self.actor_match(x, y, year, same_doc) for y in b) for x in a)

    # -- places and theatres ---------------------------------------------------------
    def within(self, a: str, b: str) -> bool:
        return self.lexicon.place_within(a, b) or self.lexicon.place_within(b, a)

    def place_ok(self, a: str | None, b: str | None) -> bool:
        return a is None or b is None or self.within(a, b)

    def inside(self, place: str, keys: Iterable[str]) -> bool:
        """Whether ``place`` lies within one of the theatre ``keys``."""
        return any(self.within(place, k) for k in keys)

    def same_theatre(self, a: Event, b: Event) -> bool:
        return any(self.within(x, y) for x in theatres(a) for y in theatres(b))

    def same_scope(self, a: Event, b: Event) -> bool:
        """Both name one place; or one names none and they share a theatre, or the other's
        place lies in its theatre."""
        if a.place is not None and b.place is not None:
            return self.within(a.place, b.place)
        if a.place is None and b.place is None:
            return self.same_theatre(a, b)
        # one names a place: it lies in the other's theatre, or it is a venue ("signed in
        # Istanbul") of a theatre both articles are about
        one = a.place if a.place is not None else b.place
        other = b if a.place is not None else a
        return self.inside(one, theatres(other)) or self.same_theatre(a, b)

    # -- the decision ------------------------------------------------------------------
    def conflict(self, a: Event, b: Event, facts: tuple[Facts, Facts] | None = None) -> str:
        """The rule that rules ``a`` and ``b`` out as one event, or ``""`` when they may be one
        (see the module docstring for the rules)."""
        fa, fb = facts or (facts_of(a), facts_of(b))
        if a.type != b.type:
            return "type"
        if not fa.spots.isdisjoint(fb.spots):
            return "spot"
        if not phases_meet(a, b, fa, fb):
            return "phase"
        same_doc = not fa.docs.isdisjoint(fb.docs)
        if not self.dates_meet(a, b, fa, fb, same_doc):
            return "dates"
        if not self.place_ok(a.place, b.place):
            return "place"
        year = _year(a, b)
        if not self.subtypes_meet(a, b, fa, fb, same_doc):
            return "subtype"
        if self.swapped(a, b, year):
            return "roles"
        if fa.loose or fb.loose:
            return "" if self.loose_meet(a, b, fa, fb, same_doc, year) else "loose"
        return "" if self.parties_meet(a, b, same_doc, year) else "parties"

    def compatible(self, a: Event, b: Event, facts: tuple[Facts, Facts] | None = None) -> bool:
        """Whether ``a`` and ``b`` may be one event."""
        return not self.conflict(a, b, facts)

    def dates_meet(self, a: Event, b: Event, fa: Facts, fb: Facts, same_doc: bool) -> bool:
        if a.latest is None or b.latest is None:
            return False  # no publication date either: nothing to compare
        if a.earliest is None and b.earliest is None:
            ra, rb = reach(a, fa), reach(b, fb)
            return ra[0] <= rb[1] and rb[0] <= ra[1]
        if a.earliest is None or b.earliest is None:
            loose_one, firm = (a, b) if a.earliest is None else (b, a)
            bound = loose_one.latest
            return firm.earliest <= bound and bound - dt.timedelta(days=UNDATED_REACH_DAYS) <= firm.latest
        if days_overlap(a, b):
            return not clock_clash(a, b, same_doc)
        if a.type not in LAG_TYPES or not _mentions_lag(fa, fb):
            return False
        ra, rb = reach(a, fa), reach(b, fb)
        return ra[0] <= rb[1] and rb[0] <= ra[1]

    def subtypes_meet(self, a: Event, b: Event, fa: Facts, fb: Facts, same_doc: bool) -> bool:
        if a.subtype is None or b.subtype is None or a.subtype == b.subtype:
            return True
        generic = GENERIC_SUBTYPES.get(a.type) in (a.subtype, b.subtype)
        if same_doc:
            if fa.loose != fb.loose and a.type in WORDING_SUBTYPES:
                # a title or a clause no words date tells the article's news in other words
                # ("تفجير انتحاري يستهدف مسجداً" over "فجر انتحاري نفسه أمس")
                loose_one, firm = (a, b) if fa.loose else (b, a)
                return loose_one.earliest is not None and _recent(firm, loose_one)
            # one article names two acts ("قصفت ... بعد هجوم"), unless "the attack" it dates
            # within the days of the strike it tells (at times of day that meet): the night
            # of 13-14 April, "the attack" of the 14th
            if not generic or fa.loose or fb.loose:
                return False
            attack, strike = (a, b) if a.subtype == GENERIC_SUBTYPES[a.type] else (b, a)
            return strike.days[0] <= attack.days[0] and attack.days[1] <= strike.days[1] \
                and a.earliest <= b.latest and b.earliest <= a.latest
        if generic:
            return True  # "the attack" in one report, "the missile strike" in another
        if fa.loose or fb.loose:
            return False  # an undated report must agree
        return a.type in WORDING_SUBTYPES

    def swapped(self, a: Event, b: Event, year: int | None) -> bool:
        """Who acts in one undergoes in the other, and the two name no common agent ("الهجوم
        الإيراني" is not "ضربة إسرائيلية داخل إيران")."""
        if a.type in PERSONAL_TYPES:
            return False
        roles = {}
        for event in (a, b):
            roles[id(event)] = ([x for x in event.participants if x.role == "agent"],
                                [x for x in event.participants if x.role == "patient"])
        (aa, ap), (ba, bp) = roles[id(a)], roles[id(b)]
        return bool(aa and ba) and self.shared(aa, ba, year) == 0 and (
            self.shared(aa, bp, year) > 0 or self.shared(ba, ap, year) > 0)

    def loose_meet(self, a: Event, b: Event, fa: Facts, fb: Facts, same_doc: bool, year: int | None) -> bool:
        """A report without a date of its own joins another only when everything it says agrees
        (subtypes and phases were checked before): its participants are covered by the other's,
        or inside one article one of the two names nobody (a title, a restatement)."""
        na, nb = self.named(a), self.named(b)
        if fa.loose and fb.loose:
            if a.type == "statement" and not same_doc:
                return False  # one speaker says many things in a week
            if not same_doc:
                return self.covers(na, nb, year) or self.covers(nb, na, year)
        loose_one, firm = (a, b) if fa.loose else (b, a)
        if same_doc and window_dated(loose_one) and not _recent(firm, loose_one):
            return False  # an undated clause of an article is its news, not its background
        nl, nf = self.named(loose_one), self.named(firm)
        if same_doc and (not nl or not nf):
            return self.place_ok(loose_one.place, firm.place)  # a title or restatement naming nobody
        if not nf and firm.place is not None and firm.place == loose_one.place:
            return True  # the dated report names nobody but fixes the same place
        if not nl and not same_doc:
            # "the truce", named by nobody and dated by no words of its own: the one event of
            # its scope that fits it (merging takes it only when one alone does)
            return a.type in SCOPE_ENOUGH and self.same_scope(a, b)
        # a dated report naming fewer sides (one belligerent of a clash) does not contradict
        return self.covers(nl, nf, year, same_doc) or (
            a.type not in PERSONAL_TYPES and self.covers(nf, nl, year, same_doc))

    def parties_meet(self, a: Event, b: Event, same_doc: bool, year: int | None) -> bool:
        na, nb = self.named(a), self.named(b)
        ga = any(is_generic(x) for x in a.participants)
        gb = any(is_generic(x) for x in b.participants)
        if not na or not nb:
            # the side naming nobody (or both) says "the parties"
            if ((ga and gb) if not (na or nb) else (gb if na else ga)) and not (weak(a) or weak(b)):
                # "الطرفان" stands for the named parties of its theatre
                return same_doc or self.same_theatre(a, b)
            return self.nameless_meet(a, b, same_doc)
        if a.type in CONTACT_TYPES and len(na) > 1 and len(nb) > 1:
            # a contact is fixed by who talks to whom, not by one shared side
            return self.covers(na, nb, year, same_doc) or self.covers(nb, na, year, same_doc)
        if self.shared(na, nb, year, same_doc) > 0:
            return True
        if place_fixed(a) and place_fixed(b) and self.same_scope(a, b):
            return True  # reports of one truce or clash differ in which parties they name
        # one report names the army, another the ministry or the country: the same side acted
        # (contacts and statements keep their exact speakers)
        return a.type not in PERSONAL_TYPES and any(
            self.state_match(x, y, year) for x in na for y in nb)

    def nameless_meet(self, a: Event, b: Event, same_doc: bool) -> bool:
        """One report (at least) names nobody: its article's own reports, or the same place."""
        if same_doc:
            return True
        if a.type in PERSONAL_TYPES:
            return False
        if a.place is not None and b.place is not None:
            # one place, or a place inside a region below the state (not "in Yemen")
            outer = b.place if self.lexicon.place_within(a.place, b.place) else a.place
            return a.place == b.place or self.lexicon.place_parent.get(outer) is not None
        # for a rare type, a report naming nobody may still be the only fitting event
        return a.type in WEAK_ENOUGH or (a.type in SCOPE_ENOUGH and self.same_scope(a, b))

    def affinity(self, a: Event, b: Event) -> int:
        """How much two compatible events have in common (to choose among candidates)."""
        year = a.earliest.year if a.earliest else None
        return self.shared(self.named(a), self.named(b), year) + (a.place is not None and a.place == b.place)


def _recent(firm: Event, report: Event) -> bool:
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


def _year(a: Event, b: Event) -> int | None:
    days = [e.earliest or e.latest for e in (a, b) if (e.earliest or e.latest) is not None]
    return max(days).year if days else None


def _short_name(a: str, b: str) -> bool:
    """An unlisted body named in full once ("~وزاره_الخارجيه") and then by its head alone
    ("~الوزاره")."""
    if not (a.startswith("~") and b.startswith("~")):
        return False
    wa, wb = a[1:].split("_"), b[1:].split("_")
    if len(wa) > len(wb):
        wa, wb = wb, wa
    strip = [w[2:] if w.startswith("ال") else w for w in (wa[0], wb[0])]
    return len(wa) == 1 and len(wb) > 1 and strip[0] == strip[1]


def mention_key(m: Mention) -> tuple:
    return (m.doc, m.start, m.end, m.timexes, m.dated_by or "", m.text)
