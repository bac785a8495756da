"""Consistency checks and reference outputs shared by the gold sets' ``check.py`` and ``oracle.py``
(heldout3, heldout4, heldout_time): each set's script is a thin wrapper that adds its own facts
(Hijri dates, day counts written in its texts, its phrase list).

These read only a set's gold and articles, never the engine: writers of blind sets run them.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

#: Weekday names (both spellings of Monday) -> ``date.weekday()``.
WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5,
            "الأحد": 6}
_WORD = re.compile(r"[\u0621-\u064A\u0640]+")
day = date.fromisoformat


def days(a: str, b: str) -> list[date]:
    """Every day from ``a`` to ``b`` (ISO dates), both included."""
    d, out = day(a), []
    while d <= day(b):
        out.append(d)
        d += timedelta(days=1)
    return out


def _overlapping(rows: Iterable[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    rows = sorted(rows, key=lambda r: (r["doc"], r["start"]))
    for x, y in zip(rows, rows[1:], strict=False):
        if x["doc"] == y["doc"] and y["start"] < x["end"]:
            yield x, y


class Gold:
    """A set's ``gold.json`` and ``articles.jsonl`` with the problems found in them."""

    def __init__(self, here: Path):
        self.gold = json.load(open(here / "gold.json", encoding="utf-8"))
        self.arts = {a["id"]: a for a in map(json.loads, open(here / "articles.jsonl", encoding="utf-8"))}
        self.problems: list[str] = []
        self.notes: list[str] = []

    def bad(self, message: str) -> None:
        self.problems.append(message)

    def articles(self) -> None:
        """Every published date parses and no text is empty."""
        for k, a in self.arts.items():
            datetime.fromisoformat(a["published"])
            if not a["text"].strip():
                self.bad(f"empty text: {k}")

    def spans(self) -> None:
        """Every timex and mention span is its text; neither timex nor mention spans overlap."""
        for row in self.gold["timex"] + self.gold["mentions"]:
            if self.arts[row["doc"]]["text"][row["start"]:row["end"]] != row["text"]:
                self.bad(f"span mismatch {row['doc']} {row['text']!r}")
        for x, y in _overlapping(self.gold["mentions"]):
            self.bad(f"mentions overlap in {x['doc']}: {x['cluster']} {x['text'][:30]!r} / "
                     f"{y['cluster']} {y['text'][:30]!r}")
        for x, y in _overlapping(self.gold["timex"]):
            self.bad(f"timex spans overlap in {x['doc']}: {x['text']!r} / {y['text']!r}")

    def intervals(self) -> None:
        """Tight lies inside outer, for date rows and clusters."""
        for t in self.gold["timex"]:
            if t["kind"] == "date":
                (te, tl), (oe, ol) = t["tight"], t["outer"]
                if not (oe <= te <= tl <= ol):
                    self.bad(f"timex {t['doc']} {t['text']!r}: tight not inside outer")
        for k, c in self.gold["clusters"].items():
            (te, tl), (oe, ol) = c["tight"], c["outer"]
            if not (oe <= te <= tl <= ol):
                self.bad(f"cluster {k}: tight {c['tight']} not inside outer {c['outer']}")

    def clusters(self) -> None:
        """Each cluster has a mention, and every mention its cluster's type."""
        cl = self.gold["clusters"]
        for k in cl:
            if not any(m["cluster"] == k for m in self.gold["mentions"]):
                self.bad(f"cluster without mention: {k}")
        for m in self.gold["mentions"]:
            if m["type"] != cl[m["cluster"]]["type"]:
                self.bad(f"mention type differs from cluster type: {m['cluster']}")

    def weekdays(self, names: dict[str, int] = WEEKDAYS, today: str = r"اليوم \(?({})\)?",
                 skip: Callable[[str, int, list[dict[str, Any]]], str | None] | None = None) -> dict[str, int]:
        """Every weekday name (bare or after و ف ب ل) lies in a date or multi row whose days include
        it, and "اليوم <weekday>" (``today``, a pattern around the names) is the publication date.
        ``skip(doc, start, covering rows)`` names why a weekday is not checked (counted under
        that name).  Returns the counts: ``checked`` and each reason to skip."""
        counts = {"checked": 0}
        timex = self.gold["timex"]
        for doc, a in self.arts.items():
            text = a["text"]
            for mt in _WORD.finditer(text):
                tok = mt.group()
                name = tok if tok in names else (tok[1:] if tok[:1] in "وفبل" and tok[1:] in names else None)
                if name is None:
                    continue
                s = mt.start()
                cover = [t for t in timex if t["doc"] == doc and t["start"] <= s < t["end"]]
                reason = skip(doc, s, cover) if skip else None
                if reason:
                    counts[reason] = counts.get(reason, 0) + 1
                    continue
                cover = [t for t in cover if t["kind"] in ("date", "multi")]
                if not cover:
                    self.bad(f"{doc}: weekday {tok!r} at {s} not inside a date timex row")
                    continue
                t = cover[0]
                ds = [day(v) for v in t["value"]] if t["kind"] == "multi" else days(*t["tight"])
                if not any(d.weekday() == names[name] for d in ds):
                    self.bad(f"{doc}: {t['text']!r} says {name} but its days are {[str(d) for d in ds]}")
                counts["checked"] += 1
            pub = day(a["published"][:10])
            for mt in re.finditer(today.format("|".join(names)), text):
                t = [t for t in timex if t["doc"] == doc and t["start"] <= mt.start() < t["end"]]
                if not t or t[0]["tight"][0] != str(pub):
                    self.bad(f"{doc}: {mt.group()!r} is not the publication date {pub}")
                if pub.weekday() != names[mt.group(1)]:
                    self.bad(f"{doc}: published {pub} is not a {mt.group(1)}")
        return counts

    def relations(self) -> None:
        """Before pairs are strict on the tight dates; diff pairs name two clusters, once."""
        cl = self.gold["clusters"]
        for a, b in self.gold["before"]:
            if not cl[a]["tight"][1] < cl[b]["tight"][0]:
                self.bad(f"before pair not strict: {a} {cl[a]['tight']} / {b} {cl[b]['tight']}")
        for a, b in self.gold["diff"]:
            if a == b:
                self.bad(f"diff pair names one cluster: {a}")
        if len({tuple(sorted(p)) for p in self.gold["diff"]}) != len(self.gold["diff"]):
            self.bad("a diff pair is listed twice")

    def hijri(self, facts: Iterable[tuple[tuple[int, int, int], str]]) -> str:
        """Each ((year, month, day) AH, ISO date the text gives) agrees with Umm al-Qura; the note to print."""
        try:
            from hijridate import Hijri
        except ImportError:
            return "Hijri dates NOT checked (pip install hijridate)"
        for h, g in facts:
            got = Hijri(*h).to_gregorian()
            if str(got) != g:
                self.bad(f"Hijri {h} is {got}, text says {g}")
        return "Hijri dates checked"

    def day_counts(self, counts: Iterable[tuple[str, str, int, str]]) -> None:
        """Each (from, to, days, what) written in the texts agrees with the calendar."""
        for a, b, n, what in counts:
            if (day(b) - day(a)).days != n:
                self.bad(f"day count: {what}")

    def finish(self, summary: str) -> int:
        """Print the summary, the notes and the problems; the exit status."""
        print(summary)
        for x in self.notes:
            print("NOTE:", x)
        for p in self.problems:
            print("PROBLEM:", p)
        return 1 if self.problems else 0


def check_event_set(here: Path, hijri: Iterable[tuple[tuple[int, int, int], str]],
                    counts: Iterable[tuple[str, str, int, str]], *, merged: str = "three",
                    names: dict[str, int] = WEEKDAYS, extra: Callable[[Gold], None] | None = None) -> None:
    """The whole check of an event set (heldout3, heldout4, heldout_news): articles, spans,
    intervals, clusters, weekdays (``names``), relations, its Hijri facts and day counts
    (``extra`` adds its own); prints the summary and exits.  ``merged`` says how the summary
    counts clusters of several mentions: ``three`` (also those across articles and in three),
    ``across`` (also those across articles) or ``several``."""
    g = Gold(here)
    g.articles()
    g.spans()
    g.clusters()
    g.intervals()
    checked = g.weekdays(names)["checked"]
    g.relations()
    hijri_note = g.hijri(hijri)
    g.day_counts(counts)
    if extra is not None:
        extra(g)
    gold, cl = g.gold, g.gold["clusters"]
    docs = {k: {m["doc"] for m in gold["mentions"] if m["cluster"] == k} for k in cl}
    multi = [k for k in cl if sum(m["cluster"] == k for m in gold["mentions"]) > 1]
    cross = sum(len(docs[k]) > 1 for k in multi)
    several = {
        "three": f"{len(multi)} merged ({cross} across articles, {sum(len(docs[k]) > 2 for k in multi)} in three)",
        "across": f"{len(multi)} merged ({cross} across articles)",
        "several": f"{len(multi)} with several mentions",
    }[merged]
    sys.exit(g.finish(
        f"{len(gold['timex'])} timex rows ({sum(t['required'] for t in gold['timex'])} required), "
        f"{len(cl)} clusters, {len(gold['mentions'])} mentions, {several}, {len(gold['diff'])} diff, "
        f"{len(gold['before'])} before; {checked} weekday names checked; {hijri_note}"))


def check_participants(gold: Gold, here: Path) -> None:
    """``here``'s participants.json names every cluster of the gold and nothing else; each
    participant is a non-empty list of names, one of which is written in the cluster's articles."""
    who = json.loads((here / "participants.json").read_text(encoding="utf-8"))
    clusters = gold.gold["clusters"]
    for k in sorted(set(who) ^ set(clusters)):
        gold.bad(f"participants.json and gold.json disagree on cluster {k}")
    for k, people in who.items():
        docs = {m["doc"] for m in gold.gold["mentions"] if m["cluster"] == k}
        for names in people:
            if not names or not all(isinstance(n, str) and n.strip() for n in names):
                gold.bad(f"cluster {k}: empty participant or name {names!r}")
            elif not any(n in gold.arts[d]["text"] for n in names for d in docs):
                gold.bad(f"cluster {k}: no name of {names[:2]!r} in its articles {sorted(docs)}")
    gold.notes.append(f"participants: {sum(map(len, who.values()))} in {len(who)} clusters, "
                      f"{sum(1 for p in who.values() if not p)} clusters with none")


# ---------------------------------------------------------------- reference outputs

def oracle_tag(gold: dict[str, Any], required_only: bool = False) -> Iterator[dict[str, Any]]:
    """What a perfect tagger prints: a record per timex row (``required_only``: required rows),
    a multi row as one record per day."""
    for t in gold["timex"]:
        if required_only and not t["required"]:
            continue
        base = dict(doc=t["doc"], start=t["start"], end=t["end"], text=t["text"])
        if t["kind"] == "date":
            yield dict(base, type="DATE", value=t["value"], earliest=t["tight"][0], latest=t["tight"][1])
        elif t["kind"] == "duration":
            yield dict(base, type="DURATION", value=t["value"], earliest=None, latest=None)
        elif t["kind"] == "multi":
            for v in t["value"]:
                yield dict(base, type="DATE", value=v, earliest=v, latest=v)


def oracle_build(gold: dict[str, Any], merge: bool = True, participants: bool = False) -> dict[str, Any]:
    """What a perfect build prints: one event per cluster dated by ``tight`` (``merge=False``:
    one per mention; ``participants``: with the gold's, shaped as ``timeline build`` writes
    them), and the gold's before pairs."""
    events, ids = [], {}
    for k, c in gold["clusters"].items():
        ms = [m for m in gold["mentions"] if m["cluster"] == k]
        for g in ([ms] if merge else [[m] for m in ms]):
            eid = f"e{len(events) + 1}"
            ids.setdefault(k, []).append(eid)
            event = dict(id=eid, type=c["type"], earliest=c["tight"][0], latest=c["tight"][1],
                         mentions=[dict(doc=m["doc"], start=m["start"], end=m["end"], text=m["text"]) for m in g])
            if participants:
                event["participants"] = [dict(key=None, name=p, kind=None, role=None)
                                         for p in c.get("participants", [])]
            events.append(event)
    relations = [dict(source=x, target=y, type="BEFORE")
                 for a, b in gold["before"] for x in ids[a] for y in ids[b]]
    return dict(events=events, relations=relations)


def oracle_main(here: Path, argv: list[str], required_only: bool = False, participants: bool = False) -> None:
    """``oracle.py MODE tag|build ARTICLES``: MODE ``oracle`` merges as the gold does, any other
    (``nomerge``) gives one event per mention (see :func:`oracle_tag`, :func:`oracle_build`)."""
    mode, verb = argv[1], argv[2]
    gold = json.load(open(here / "gold.json", encoding="utf-8"))
    if verb == "tag":
        for r in oracle_tag(gold, required_only):
            print(json.dumps(r, ensure_ascii=False))
    else:
        print(json.dumps(oracle_build(gold, mode == "oracle", participants), ensure_ascii=False))


def split_oracle_build(here: Path, mode: str) -> dict[str, Any]:
    """The reference timeline of a set whose participants live in ``participants.json``
    (``mode``: ``oracle`` and ``alias`` name each participant by its first or last gold
    name, ``nomerge`` one event per mention, ``bare`` no participants, ``empty`` no events)."""
    gold = json.loads((here / "gold.json").read_text(encoding="utf-8"))
    if mode == "empty":
        return dict(events=[], relations=[])
    out = oracle_build(gold, merge=mode != "nomerge")
    if mode == "bare":
        return out
    who = json.loads((here / "participants.json").read_text(encoding="utf-8"))
    cluster = {(m["doc"], m["start"], m["end"]): m["cluster"] for m in gold["mentions"]}
    pick = -1 if mode == "alias" else 0
    for e in out["events"]:
        k = cluster[(e["mentions"][0]["doc"], e["mentions"][0]["start"], e["mentions"][0]["end"])]
        e["participants"] = [dict(key=None, name=names[pick], kind=None, role=None) for names in who[k]]
    return out


def split_oracle_main(here: Path, argv: list[str]) -> None:
    """``oracle.py MODE tag|build ARTICLES`` for a set with ``participants.json``
    (see :func:`split_oracle_build`)."""
    mode, verb = argv[1], argv[2]
    if verb == "tag":
        gold = json.loads((here / "gold.json").read_text(encoding="utf-8"))
        for r in oracle_tag(gold):
            print(json.dumps(r, ensure_ascii=False))
    else:
        print(json.dumps(split_oracle_build(here, mode), ensure_ascii=False))
