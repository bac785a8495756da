"""Cross-article event identity: may two reports (or a report and a cluster) be one event?

The decision is event coreference over what the extraction found; :mod:`timeline.graph.merge`
only proposes candidates (blocking) and clusters.  Each rule below either rules a pair out
(a *cannot-link*, named by the string :meth:`Identity.conflict` returns) or lets it through:

``type``       different event types, unless one kin group holds both (an agreement signed
               and a ceasefire signed: :mod:`timeline.graph.kinship`) and they come from
               different articles; they are then compared, by every rule below, as reports
               of the group's type.
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
               A death (``one_person``) of a person both name (no agent) reaches a day either
               way: a person dies once, and a cable or obituary of the next
               day is often dated by its own day.
               Dated reports are compared by their calendar days: a time of day
               (``Event.grain`` finer than day) rules a pair out only when both are clock
               times (:data:`CLOCK_GRAINS`) that disagree, inside one article (the writer
               gives two times: two acts), or across articles spanning more than
               :data:`CLOCK_TOLERANCE` (a time zone, a print edition, a wire's rounding).
               A part of day ("فجر"، "مساء") is a convention, never a cannot-link; across
               articles, times of day on consecutive days within that tolerance across
               midnight meet (:func:`windows_touch`; not strikes or captures).  A merged
               event spans clock times that differ and says so (:data:`TIME_CONFLICT`).
``place``      named places of which neither lies within the other (a place the gazetteer
               does not know, such as a village, may lie in a known region or state).  An event that names
               no place stands in its article's theatre (``Event.theatre``) for the positive
               matches below (a truce in one theatre, "the parties" of a theatre), never as a
               cannot-link: how an article's theatre is read (Qatar announcing a Gaza truce)
               is too loose for that.
``subtype``    a generic act of the predicate fallback (:mod:`timeline.events.predicates`)
               beside anything but an act of the same verb or the named act its verb
               reports (``identity.json`` key ``act_subtypes``; across articles, also an act
               one wording group holds with it).  Two specific subtypes that
               differ (strike subtypes, and the groups of
               :data:`WORDING_GROUPS` (data: ``identity.json`` key ``wording``: a meeting's
               talks, session or summit; a vote and the adoption or confidence
               it gives), are only wording: they differ freely across articles; inside one,
               a group's only when both are dated on their own and name the same sides:
               "استقبل ... وعقد الرئيسان جلسة مباحثات").  A decision beside the act it decides
               (key ``decisions``: "قررت ... تعليق" / "علقت") is read as a report of that act
               (:func:`timeline.graph.kinship.decided`) before every rule.  Inside one article a
               generic subtype ("الهجوم") refines a specific one when both are dated on
               their own, the generic within the specific's days, at times that meet; an
               undated one there may be another act ("قصفت ... بعد هجوم").  A title or clause
               that no words date (the publication window) names its article's news in
               other words ("تفجير" over "فجر انتحاري نفسه أمس").
``round``      the rounds of an election two reports name differ (the first round, the
               runoff: ``Event.round``, :mod:`timeline.events.rounds`).
``roles``      who acted in one undergoes in the other, and the two name no common agent
               (not for acts whose chosen one is agent or patient by the wording: ``identity.json``
               key ``either_role``, "فاز X" / "انتخب البرلمان X").
``loose``      a report without a date of its own joins another only when everything it
               says agrees (same subtype and phase, its participants covered by the other's;
               naming nobody, the one event of its scope).  A clause that no words date (the
               publication window alone) tells its article's news: it never joins a report
               of its own article older than the day before publication.
``parties``    the participants: a shared actor (an office counts as its holder that year,
               a state's body or official as the state, an unlisted body named alone in one
               report and with the nisba of that report's theatre in the other, one state body
               named two ways in one theatre: ``body_ranks``; an office named bare, "الملك",
               as that office of the one state its article is about; an office named with a
               holder the lexicon does not list and that holder's name alone, or his surname:
               ``held_by``);
               a generic party ("الطرفان") as any
               named party of the same theatre; a call or meeting only with the same set of
               sides (one covering the other); a truce, clash, summit, election, air crash
               or shipwreck at one place (or in one theatre) whoever each report names (an
               outlet names its own leader at a summit, an airline or its state at a crash),
               and so a death, unless the two name persons none of whom is in both (data:
               ``identity.json`` key ``place_fixed``); an office and the body it heads
               (key ``heads``: a head of government and his government), not for statements; a
               spokesman and his seat (key ``seats``); two statements whose persons speaking
               differ are two, whatever else they share (a state, or a merged event's other
               speakers); across articles whose theatres differ, a body no list names and no
               nisba qualifies ("~وزاره_الخارجيه") is no speaker two statements share (each
               state has its foreign ministry); across articles, an unnamed spokesman ("الناطق
               الرسمي") or an office of a state no listed person holds ("الرئيس السريلانكي") as
               any speaker of its theatre (the office: any person no list holds, named by a
               name), and a prize's giver alone as its winner
               (both guesses: :func:`timeline.graph.parties.voice_only`, ``giver_only``); inside one article, two acts whose agents share no actor or state
               (:data:`AGENT_APART`: two signings of one ceremony) are two, and so are a strike placed
               in a state of its theatre and one placed nowhere that befell only others
               (``sites_apart``); a
               report naming nobody only beside its own article's reports, or beside a report of the same named place (or
               theatre, for types in :data:`SCOPE_ENOUGH`; any report for types in
               :data:`WEAK_ENOUGH`, a day having few of them).  Across articles, a report
               naming only unresolved bodies ("~الجيش_السيطره": a definite description no
               actor, state or nisba resolves, :func:`timeline.graph.matching.unresolved`)
               that the other report does not name is compared as one naming nobody, unless it
               names agents where the other names only who underwent the act, or the other
               names no listed actor (beside "لجنة التسعير" "البنك المركزي" is likelier another body),
               or it has a state body's head ("~الشرطه_السايق") and the other names no one
               acting for its theatre's state.  Across articles, a dated report of an ``other``
               act naming nobody with no place and no theatre (:func:`unscoped`: "انتُخب" in a
               later paper's lines) meets a report of the same named act that says who or where
               (:func:`unscoped_meet`; merging's guess rule below decides).

A report with no date of its own (:func:`loose`) or naming nobody (:func:`weak`) joins an
event only when one alone fits it, or one alone in its own article, or one alone names its
round, or (an act) one alone is told by several articles while each other fit is one article's
(:func:`timeline.graph.merge.cluster_events`); so does one naming only unresolved bodies, unless
a fitting event names one of them.

The rules look at each event's own content only (never at how a cluster was built), so
merging is a fixpoint: merging its result again changes nothing.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..events.extract import REPORTED_WARNING
from ..events.predicates import ACT
from ..model import Event
from .kinship import ACT_SUBTYPES, as_kin, decided, either_role, kin_type, one_person, one_wording
from .kinship import WORDING as WORDING_GROUPS
from .parties import PartyRules, pair_year
from .reports import (
    BACKGROUND_WIDTH,
    BATCH_SUBTYPES,
    CLOCK_GRAINS,
    CLOCK_TOLERANCE,
    CONTACT_TYPES,
    GENERIC_SUBTYPES,
    LAG,
    LAG_TYPES,
    LATER_PHASES,
    PERSONAL_TYPES,
    PLACE_FIXED,
    SAME_ACT_PHASES,
    SCOPE_ENOUGH,
    SITE_TYPES,
    THEATRE_SEP,
    TIME_CONFLICT,
    UNDATED_REACH_DAYS,
    UNSCOPED_TYPES,
    WEAK_ENOUGH,
    WORDING_SUBTYPES,
    Facts,
    borrowed,
    clock_clash,
    day_span,
    days_overlap,
    facts_of,
    is_generic,
    lag_explains,
    loose,
    mention_key,
    merged_phase,
    partial,
    phases_meet,
    place_fixed,
    reach,
    recent,
    relative,
    theatres,
    unlisted_alias,
    unscoped,
    weak,
    window_dated,
    windows_touch,
)

__all__ = ["Identity", "BACKGROUND_WIDTH", "CLOCK_GRAINS", "CLOCK_TOLERANCE", "CONTACT_TYPES", "GENERIC_SUBTYPES", "LAG", "LAG_TYPES", "LATER_PHASES", "PERSONAL_TYPES", "PLACE_FIXED", "SAME_ACT_PHASES", "SCOPE_ENOUGH", "THEATRE_SEP", "TIME_CONFLICT", "UNDATED_REACH_DAYS", "UNSCOPED_TYPES", "WEAK_ENOUGH", "WORDING_GROUPS", "WORDING_SUBTYPES", "Facts", "borrowed", "clock_clash", "day_span", "days_overlap", "facts_of", "is_generic", "lag_explains", "loose", "mention_key", "merged_phase", "partial", "phases_meet", "place_fixed", "reach", "recent", "relative", "theatres", "unlisted_alias", "unscoped", "weak", "window_dated"]


def act_named(event: Event, facts: Facts) -> frozenset[str]:
    """The named subtypes ``event`` reports: its own, or for a fallback act those its verbs
    name (``identity.json`` key ``act_subtypes``)."""
    if event.subtype != ACT:
        return frozenset({event.subtype}) if event.subtype else frozenset()
    return frozenset(s for verb in facts.verbs for s in ACT_SUBTYPES.get(verb, ()))


@attrs.frozen
class Identity(PartyRules):
    """The compatibility decision, over the lexicon's actors, offices and places
    (:class:`timeline.graph.matching.Matching`; the party rules in
    :class:`timeline.graph.parties.PartyRules`)."""

    # -- the decision ------------------------------------------------------------------
    def conflict(self, a: Event, b: Event, facts: tuple[Facts, Facts] | None = None) -> str:
        """The rule that rules ``a`` and ``b`` out as one event, or ``""`` when they may be one
        (see the module docstring for the rules)."""
        fa, fb = facts or (facts_of(a), facts_of(b))
        if a.type != b.type:
            # one happening typed two ways by two outlets (kinship); one writer naming two
            # types names two things ("الإعلان" beside "اتفاق وقف الأعمال العدائية")
            kind = kin_type(a, b, not fa.docs.isdisjoint(fb.docs))
            if kind is None:
                return "type"
            a, b = as_kin(a, kind), as_kin(b, kind)
            if kind in CONTACT_TYPES and not self.kin_placed(a, b):
                return "place"
        a, b = decided(a, b)
        if not fa.spots.isdisjoint(fb.spots):
            return "spot"
        if not phases_meet(a, b, fa, fb):
            return "phase"
        if a.round is not None and b.round is not None and a.round != b.round:
            return "round"
        same_doc = not fa.docs.isdisjoint(fb.docs)
        if not same_doc:
            local = self.local_bodies(a, b)
            if local:
                a, b = _without(a, local), _without(b, local)
                if not self.named(a) or not self.named(b):
                    return "parties"
        if not self.dates_meet(a, b, fa, fb, same_doc):
            return "dates"
        if not self.place_ok(a.place, b.place):
            return "place"
        year = pair_year(a, b)
        if not self.subtypes_meet(a, b, fa, fb, same_doc):
            return "subtype"
        if self.swapped(a, b, year):
            return "roles"
        if (fa.loose or fb.loose) and not (same_doc or (fa.loose and fb.loose)) \
                and (reported(a) if fa.loose else reported(b)):
            # what a dated statement reports is that statement's news, bounded by it and not a
            # background clause: compared on its parties like a dated report
            return "" if self.parties_meet(a, b, same_doc, year) else "parties"
        if fa.loose or fb.loose:
            return "" if self.loose_meet(a, b, fa, fb, same_doc, year) else "loose"
        if self.parties_meet(a, b, same_doc, year):
            return ""
        return "" if not same_doc and unscoped_meet(a, b, fa, fb) else "parties"

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
        if one_person(a) and one_person(b) and self.same_dead(a, b):
            # a person dies once: a death told a day later (a cable, an obituary dated by its
            # own day, or a paper's own restatement of it) is that death
            return (max(a.earliest, b.earliest).date() - min(a.latest, b.latest).date()).days <= LAG.days
        if not same_doc and a.type not in SITE_TYPES and windows_touch(a, b):
            return True  # one evening in one zone, the next dawn in another (not raids: they recur)
        if a.type not in LAG_TYPES or not lag_explains(fa, fb):
            return False
        ra, rb = reach(a, fa), reach(b, fb)
        return ra[0] <= rb[1] and rb[0] <= ra[1]

    def subtypes_meet(self, a: Event, b: Event, fa: Facts, fb: Facts, same_doc: bool) -> bool:
        if ACT in (a.subtype, b.subtype):
            # a verb no trigger reads (timeline.events.predicates) is one act with another only
            # by the same verb: "وأنزل المنقذون كاميرا ... كما زودوه بالأكسجين" tells two
            # (the verbs come from the facts: a cluster's event is held without its mentions),
            # or by the named act its verb reports ("أوقفت" beside "اعتقلت": one arrest)
            na, nb = act_named(a, fa), act_named(b, fb)
            # across articles, also a subtype one wording group holds with the verb's ("أقر"
            # an approval beside a chamber's vote to remove: types round 9)
            return not na.isdisjoint(nb) or (a.subtype == b.subtype and not fa.verbs.isdisjoint(fb.verbs)) or (
                not same_doc and any(one_wording(a.type, x, y) for x in na for y in nb))
        if a.subtype is None or b.subtype is None or a.subtype == b.subtype:
            return True
        generic = GENERIC_SUBTYPES.get(a.type) in (a.subtype, b.subtype)
        if same_doc:
            if fa.loose != fb.loose and a.type in WORDING_SUBTYPES:
                # a title or a clause no words date tells the article's news in other words
                # ("تفجير انتحاري يستهدف مسجداً" over "فجر انتحاري نفسه أمس")
                loose_one, firm = (a, b) if fa.loose else (b, a)
                return loose_one.earliest is not None and recent(firm, loose_one)
            if not (fa.loose or fb.loose) and one_wording(a.type, a.subtype, b.subtype):
                # "استقبل السيسي أردوغان ... وعقد الرئيسان جلسة مباحثات": one meeting in two words,
                # both dated on their own, between the same sides (not a council's session on a
                # state's request beside that state's leader's own meeting)
                na, nb, year = self.named(a), self.named(b), pair_year(a, b)
                if a.type not in CONTACT_TYPES:
                    return self.shared(na, nb, year, True) > 0  # "صوت المجلس ... ومنح المجلس الثقة"
                return len(na) > 1 and len(nb) > 1 and self.covers(na, nb, year, True) and self.covers(nb, na, year, True)
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
        return a.type in WORDING_SUBTYPES or one_wording(a.type, a.subtype, b.subtype)

    def swapped(self, a: Event, b: Event, year: int | None) -> bool:
        """Who acts in one undergoes in the other, and the two name no common agent ("الهجوم
        الإيراني" is not "ضربة إسرائيلية داخل إيران")."""
        if a.type in PERSONAL_TYPES or (either_role(a) and either_role(b)):
            return False  # "فاز فرماجو" (agent) / "انتخب البرلمان فرماجو" (patient): one election
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
        if same_doc and window_dated(loose_one) and not recent(firm, loose_one):
            return False  # an undated clause of an article is its news, not its background
        nl, nf = self.named(loose_one), self.named(firm)
        if same_doc and (not nl or not nf):
            return self.place_ok(loose_one.place, firm.place)  # a title or restatement naming nobody
        if (not nf or (not same_doc and self.unknown_party(firm, loose_one, year))) \
                and firm.place is not None and firm.place == loose_one.place:
            return True  # the dated report names nobody (or an unknown party) but fixes the same place
        if not same_doc and (not nl or self.unknown_party(loose_one, firm, year)):
            # "the truce", named by nobody and dated by no words of its own: the one event of
            # its scope that fits it (merging takes it only when one alone does)
            # "رحيله" in a weekly's lines, placed nowhere: the one event of its act that fits it
            # among those that say who or where, in no theatre or beside a report naming only
            # persons no list places
            return (a.type in SCOPE_ENOUGH and self.same_scope(a, b)) or (
                not nl and loose_one.place is None and (nf or firm.place is not None)
                and (not loose_one.theatre or stateless(firm)) and acts_meet(a, b, fa, fb))
        # a dated report naming fewer sides (one belligerent of a clash) does not contradict; a
        # body and the office heading it ("حكومة الوحدة الوطنية تؤدي اليمين" / "وأدى الدبيبة ووزراؤه اليمين")
        return self.covers(nl, nf, year, same_doc) or (
            a.type not in PERSONAL_TYPES and self.covers(nf, nl, year, same_doc)) or (
            a.type != "statement" and self.heads_body(loose_one, firm, year))

    def affinity(self, a: Event, b: Event) -> int:
        """How much two compatible events have in common (to choose among candidates): shared
        actors, the same place, a place that lies in a state the other (naming no place)
        names ("ضربة داخل إيران" is nearer the explosions at Isfahan than a strike in Syria),
        and the same round of an election."""
        year = a.earliest.year if a.earliest else None
        placed = sum(1 for x, y in ((a, b), (b, a)) if x.place is None and y.place is not None
                     and self.inside(y.place, self.states(x)))
        return self.shared(self.named(a), self.named(b), year) + (a.place is not None and a.place == b.place) + placed \
            + (a.round is not None and a.round == b.round)


#: The longest interval :func:`daily` takes for one day: the day and a print edition's lag.
DAY_AND_LAG = dt.timedelta(days=2)


def unscoped_meet(a: Event, b: Event, fa: Facts, fb: Facts) -> bool:
    """Across articles, a dated report naming nobody and placed nowhere (:func:`unscoped`:
    "انتُخب" in a later paper's lines) beside a report of the act it names that says who or where
    (:data:`UNSCOPED_TYPES`): it may be that act; merging joins it only where one event alone
    fits (it is :func:`weak`).  Two such reports say nothing to meet by."""
    if not acts_meet(a, b, fa, fb):
        return False
    # a report naming nobody beside one naming only persons no list places ("استقالته" in a
    # Beirut paper, "استقالة جورج قرداحي" in one about the Gulf): the named one's scope is
    # unknown, so the nameless one's theatre or place cannot tell them apart
    return unscoped(a) != unscoped(b) or (daily(a) and weak(a) and stateless(b)) or (daily(b) and weak(b) and stateless(a))


def acts_meet(a: Event, b: Event, fa: Facts, fb: Facts) -> bool:
    """Both report one named act of :data:`UNSCOPED_TYPES`, not one given many at once."""
    return a.type in UNSCOPED_TYPES and bool((act_named(a, fa) & act_named(b, fb)) - BATCH_SUBTYPES)


def daily(event: Event) -> bool:
    """``event`` is dated to a day (a print edition's "أمس" too), not to a month or a year: a
    report naming nobody that only a month dates may be any of its acts that month."""
    return event.earliest is not None and event.latest - event.earliest < DAY_AND_LAG


def stateless(event: Event) -> bool:
    """``event`` names persons, all of them unlisted with no state read ("~جورج_قرداحي"), and
    no place: nothing it says places it."""
    named = [x for x in event.participants if not is_generic(x)]
    return event.place is None and bool(named) and all(
        x.kind == "person" and x.key.startswith("~") for x in named)


def _without(event: Event, keys: frozenset[str]) -> Event:
    return attrs.evolve(event, participants=tuple(x for x in event.participants if x.key not in keys))


def reported(event: Event) -> bool:
    """Whether ``event`` has no date of its own but the bound of the dated statement that reports it."""
    return event.earliest is None and REPORTED_WARNING in event.warnings
