"""Single-article event extraction: triggers -> candidates -> participants -> dates -> events.

The steps, in order (each in its module): match the lexicon on the analysed document
(:mod:`.match`); keep the triggers that report an event and fuse or absorb restatements
(:mod:`.candidates`, :mod:`.phases`, :mod:`.titles`); collect participants and place
(:mod:`.participants`, :mod:`.places`); date each candidate from its governing time
expression (:mod:`.dating`; an event announced for later is kept, warned "planned", only when
a time expression dates it); split coordinated dates and "separate" contacts into one event
each; find textual temporal links between the events (:mod:`.links`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..document import Document
from ..model import FINE_GRAINS, GRAINS, Article, Event, Mention, Timex
from .announced import Announcements
from .candidates import Candidates
from .context import Candidate
from .dating import NO_DCT_WARNING, UNDATED_WARNING, WINDOW_DAYS, Dating
from .headline import Headlines
from .lexicon import LEXICON, Lexicon
from .links import Link, Links
from .participants import Participants
from .phases import Phases
from .places import Places
from .rounds import Rounds
from .titles import Titles

__all__ = ["NO_DCT_WARNING", "PLANNED_WARNING", "REPORTED_WARNING", "UNDATED_WARNING", "WINDOW_DAYS", "Link", "extract_article",
           "extract_events"]

#: Bound of a reported event with no date of its own, beside :data:`UNDATED_WARNING`: its
#: ``latest`` is the day of the saying that reports it (never its ``earliest``).
REPORTED_WARNING = "bounded: on or before the statement that reports it"
#: Warning of an event announced for a later date ("سيدخل حيز التنفيذ يوم الأحد المقبل").
PLANNED_WARNING = "planned"
# Subtypes that name a ceasefire's or agreement's phase: they go to ``Event.phase``; a
# ceasefire keeps no subtype beside its phase.
_PHASES = {"proposed": "proposed", "agreed": "agreed", "signed": "signed", "takes_effect": "takes_effect",
           "extended": "extended", "violated": "violated", "collapsed": "ended", "suspended": "suspended",
           "resumed": "resumed", "approved": "approved", "approval": "approved", "agreement_signed": "signed", "suspension": "suspended", "resumption": "resumed"}
# Confidence factor by how the date was found.
_DATING_FACTOR = {"clause": 1.0, "sentence": 0.95, "narrative": 0.85, "anchor": 0.8, "dct": 0.6, "none": 0.5}


class _Extractor(Announcements, Candidates, Titles, Phases, Rounds, Participants, Places, Dating, Links, Headlines):
    """One article's extraction: every step's methods over one shared context."""

    def events(self) -> tuple[list[Event], list[Link]]:
        events: list[Event] = []
        placed: list[tuple[int, int, str]] = []  # (sentence, start, id)
        named: list[tuple[int, int, str]] = []  # the same for the references that name an event
        doc = self.article.id
        self.reanchor_same_day()
        cands = self.candidates()
        owners = self.owners(cands)
        reporters = self.reporters(cands)
        dating = [self.governing(cand, me, owners, cands, reporters=reporters) for me, cand in enumerate(cands)]
        for me, (_, by) in enumerate(dating):
            if by == "reported" and dating[reporters[me]][1] not in ("clause", "sentence"):
                # a saying no words of its own date bounds nothing: what it reports is dated
                # as any clause is (the day in play, the narrative)
                del reporters[me]
                dating[me] = self.governing(cands[me], me, owners, cands, reporters=reporters)
        # results announced are the results, the election's outcome (.announced; types round 6)
        cands = self.results_announced(cands)
        # a body's obituary that first tells a death is that death (.announced; types round 7)
        cands = self.obituaries_told(cands)
        # an announcement whose object is an extracted act is a mention of that act (.announced)
        announcing = self.announced(cands)
        announced = {k: j for j, k in announcing.items()}
        for j, k in announcing.items():
            said, by = dating[j]
            if by in ("clause", "sentence") and said and all(cands[j].end <= t.start and t.end <= cands[k].start
                                                             for t in said):
                # "أعلنت قطر، ليل الأحد، التوصل إلى تفاهم": the date between the verb and its
                # object is the act's as told, whatever a later clause names
                dating[k] = dating[j]
        truces = [(c, self.parties(c)) for c, (_, by) in zip(cands, dating, strict=True)
                  if c.type == "ceasefire" and by in ("clause", "sentence")]
        theatre = self.theatre()
        latest_of: dict[int, Any] = {}  # candidate index -> the last day its events may have
        ids_of: dict[int, list[str]] = {}
        reported: list[tuple[str, int, Candidate]] = []  # (event id, saying index, candidate)
        for me, (cand, (timexes, dated_by)) in enumerate(zip(cands, dating, strict=True)):
            if me in announcing:
                continue
            if (cand.planned or cand.needs_date) and dated_by not in ("clause", "sentence"):
                continue  # announced for some later time, or a fact that only its date makes an event
            if cand.type == "ceasefire" and dated_by not in ("clause", "sentence") and self.refers_back(cand, truces):
                continue
            sentence = self.sentence(cand.match.start)
            dates: list[tuple[Any, Any, tuple[tuple[int, int], ...], str]]
            warnings: tuple[str, ...] = ()
            unanchored = not timexes and cand.start in self._unanchored
            lead = self.lead_interval(cand) if not timexes and not unanchored else None
            if lead is None and not timexes and not unanchored and me in announced:
                # an act told through its undated announcement ("وأعلن رئيس الوزراء ... حالة
                # الطوارئ"): the announcement's day, as the saying would have had it
                lead = self.lead_interval(cands[announced[me]])
            if dated_by == "reported":
                # what a saying reports, with no date of its own: on or before the saying
                # (never dated by it), and told before it
                bound, _ = self.undated_bound()
                said = latest_of.get(reporters[me])
                bound = said if said is not None and (bound is None or said < bound) else bound
                dates = [(None, bound, (), "day")]
                dated_by = "none"
                warnings = (UNDATED_WARNING, REPORTED_WARNING)
            elif timexes:
                # a time of day holds for the clause it governs, not for a later sentence
                # dated by narrative
                own = dated_by in ("clause", "sentence")
                dates = _one_per_interval([(*_bounds(t, own), ((t.start, t.end),), _grain(t.grain, own)) for t in timexes])
            elif lead is not None:
                # a reaction reported without a date: between the story's day and publication
                dates = [(lead[0], lead[1], (), "day")]
                dated_by = "anchor"
            elif unanchored or self.in_background(cand) or self.counted_anchor(cand):
                # background ("وكانت ... قد انهارت"), counted from an event the article does
                # not date ("قبل ساعات من الموعد"), or what an offset counts from ("بعد يومين من
                # وفاتها"), with no date of its own: undated, bounded
                # only by what the text proves (publication), never a guessed window
                bound, warning = self.undated_bound()
                counted = self.counted_bound(cand, cands, dating)
                bound = min(bound, counted) if bound is not None and counted is not None else bound
                dates = [(None, bound, (), "day")]
                dated_by = "none"
                warnings = (warning,)
            else:
                # news reported without any date: the days just before publication
                lo, hi, warning = self.window()
                dates = [(lo, hi, (), "day")]
                dated_by = "dct" if lo is not None else "none"
                warnings = (warning,) if warning else ()
            if cand.planned:
                warnings += (PLANNED_WARNING,)
            # "اليوم"، "أمس" alone: relative to a publication date that may lag the wire copy
            deictic = bool(timexes) and all(t.anchor == "dct" and t.reading.kind == "deictic" for t in timexes)
            phase = _PHASES.get(cand.subtype or "")
            subtype = None if phase and cand.type == "ceasefire" else cand.subtype
            actors = self.roles(cand)
            if me in announced and cands[announced[me]].type == cand.type:
                # a decision folded into the act it decides (.announced): who decides acts in it
                # ("قررت الهند، أمس، طرد القائم بالأعمال الكندي"; types round 4)
                have = {a.key for a in actors}
                actors = (*actors, *(a for a in self.roles(cands[announced[me]]) if a.role == "agent" and a.key not in have))
            groups = [actors]
            # where each group's mention is: the trigger, and for "ثم بالرئيس الفرنسي" /
            # "ومع زيلينسكي" the counterpart's own words
            where = [(cand.start, cand.end)]
            if cand.separate:
                agent = [a for a in actors if a.role == "agent"]
                others = [a for a in actors if a.role != "agent"]
                if agent and len(others) >= 2:
                    groups = [tuple(agent) + (o,) for o in others]
                    hits = {h.key: h for h in reversed(cand.actors)}
                    where = [(cand.start, cand.end)] + [
                        (hits[o.key].start, hits[o.key].end) if o.key in hits and hits[o.key].start >= cand.end
                        else (cand.start, cand.end) for o in others[1:]]
            headlines = [self.headline(cand, parts, phase) or None for parts in groups]
            conf = round(cand.confidence * _DATING_FACTOR[dated_by], 3)
            k = 0
            for lo, hi, spans, grain in dates:
                for parts, headline, (start, end) in zip(groups, headlines, where + [where[0]] * (len(groups) - len(where)),
                                                         strict=True):
                    mention = Mention(doc=doc, start=start, end=end, text=self.article.text[start:end],
                                      context=sentence, timexes=spans, dated_by=dated_by, deictic=deictic)
                    echoes = tuple(Mention(doc=doc, start=a, end=b, text=self.article.text[a:b],
                                           context=self.sentence(a), dated_by=dated_by) for a, b in cand.echoes)
                    if me in announced:
                        said = cands[announced[me]]
                        echoes += (Mention(doc=doc, start=said.start, end=said.end,
                                           text=self.article.text[said.start:said.end], context=sentence,
                                           timexes=spans, dated_by=dated_by, deictic=deictic),)
                        # the medium it names ("في بيان"), told with it, goes with it
                        echoes += tuple(Mention(doc=doc, start=a, end=b, text=self.article.text[a:b],
                                                context=self.sentence(a), dated_by=dated_by) for a, b in said.echoes)
                    # the election round its words name (.rounds), read once per event
                    told = (mention,) + echoes
                    named_round = self.round_named(subtype, [(m.context[0] if m.context else m.start, m.start, m.end)
                                                             for m in told])
                    eid = f"{doc}:{cand.start}" if k == 0 else f"{doc}:{cand.start}#{k}"
                    k += 1
                    events.append(Event(id=eid, type=cand.type, subtype=subtype, earliest=lo, latest=hi,
                                        participants=parts, place=cand.place, mentions=told,
                                        confidence=conf, warnings=warnings, phase=phase, headline=headline,
                                        theatre=theatre, grain=grain, round=named_round))
                    placed.append((self.text.sentence_of(cand.start), cand.start, eid))
                    ids_of.setdefault(me, []).append(eid)
                    if me in reporters:
                        reported.append((eid, reporters[me], cand))
            if ids_of.get(me):
                # "وإثر الإعلان، اقتحم ...": a reference that names this event
                named += [(self.text.sentence_of(a), a, ids_of[me][0]) for a, _ in cand.echoes]
            days = [hi if not isinstance(hi, dt.datetime) else hi.date() for _, hi, _, _ in dates if hi is not None]
            latest_of[me] = max(days) if len(days) == len(dates) and days else None
        links = self.links(placed, {e.id: e.type for e in events}, named)
        for eid, k, _ in reported:
            # a happening a saying reports was over when it was said
            said = cands[k]
            cue = Mention(doc=doc, start=said.start, end=said.end, text=self.article.text[said.start:said.end],
                          context=self.sentence(said.start))
            links += [Link(before=eid, after=other, cue=cue) for other in ids_of.get(k, ())[:1]]
        return events, links

    def described(self) -> list[tuple[Event, str, str | None]]:
        """Each event with its mention's headline and the article's theatre."""
        events, _ = self.events()
        by_start = {c.start: c for c in self.candidates()}
        theatre = self.theatre()
        return [(e, e.headline or self.headline(by_start[int(e.id.split(":")[-1].split("#")[0])]), theatre)
                for e in events]


def _one_per_interval(dates: list[tuple[Any, Any, tuple[tuple[int, int], ...], str]]
                      ) -> list[tuple[Any, Any, tuple[tuple[int, int], ...], str]]:
    """The dates an act is told on, each interval once: expressions in apposition that name one
    day ("اليوم الخميس 16 يونيو") are one date with both spans, not the act told twice."""
    seen: dict[tuple[Any, Any], tuple[Any, Any, tuple[tuple[int, int], ...], str]] = {}
    for lo, hi, spans, grain in dates:
        first = seen.get((lo, hi))
        seen[(lo, hi)] = (lo, hi, first[2] + spans, first[3]) if first else (lo, hi, spans, grain)
    return list(seen.values())


def _grain(grain: str | None, own: bool) -> str:
    """An event's grain from its time expression's: a known grain (a time of day only when the
    expression is the event's ``own``), else day."""
    if grain in FINE_GRAINS and not own:
        return "day"
    return grain if grain in GRAINS else "day"


def _bounds(t: Timex, own: bool) -> tuple[Any, Any]:
    """An event's interval from its time expression: whole days at day grain and coarser; the
    wall-clock times of a time of day ("فجر اليوم"، "الساعة 04:00") at a finer grain when the
    expression is the event's ``own`` (its clause's or sentence's)."""
    if t.grain in FINE_GRAINS and own:
        return t.earliest.replace(tzinfo=None), t.latest.replace(tzinfo=None)
    return t.earliest.date(), t.latest.date()


def extract_article(article: Article, timexes: Sequence[Timex], document: Document | None = None, *,
                    window_days: int = WINDOW_DAYS, lexicon: Lexicon | None = None) -> tuple[list[Event], list[Link]]:
    """Events of one article plus the textual temporal links between them.

    ``document`` is the article's analysed text (:func:`timeline.document.analyse`), shared
    with the other stages; it is computed here when not given.  ``lexicon`` replaces the
    package's (:func:`timeline.user_lexicon.load_lexicon` adds a user's files to it)."""
    if document is not None and document.text != article.text:
        raise ValueError(f"article {article.id!r}: the document is not the analysis of its text")
    return _Extractor(article, timexes, window_days, document, lexicon or LEXICON).events()


def extract_events(article: Article, timexes: Sequence[Timex], *, window_days: int = WINDOW_DAYS) -> list[Event]:
    """Single-mention events of ``article``, dated from ``timexes``.

    Ids are provisional, ``f"{article.id}:{start}"`` (start = the mention's offset); when one
    mention yields several events (coordinated dates, separate contacts) the later ones get
    ``#1``, ``#2``...  Undated events reported in the past get the window
    ``[published - window_days, published]`` and a warning.
    """
    return extract_article(article, timexes, window_days=window_days)[0]
