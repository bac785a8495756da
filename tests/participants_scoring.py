"""Participants and roles scoring shared by the participants development sets
(``tests/devparticipants``, ``tests/devparticipants2``, ``tests/devparticipants3``; each has a ``score.py`` calling
:func:`main` with its spec).

For each gold event, the extracted event of the gold type whose mention overlaps the gold
trigger is taken. The event's *participants are right* when every gold participant is matched by
one of its participants and every participant it names matches a gold one; its *roles are right*
when, besides, each gold role is the matched participant's. A gold event marked optional is
scored only when extracted.
"""

from __future__ import annotations

import argparse
import re

_DIACRITICS = re.compile("[\u064b-\u0652\u0640\u0670]")


def fold(s: str) -> str:
    s = _DIACRITICS.sub("", s)
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ى", "ي"), ("ة", "ه"), ("«", ""), ("»", "")):
        s = s.replace(a, b)
    return " ".join(s.split())


def matches(name: str, key: str, names: list[str]) -> bool:
    """A system participant (display ``name``, ``key``) denotes one of the gold ``names``: its
    name contains one as whole words, or its key is one."""
    n = f" {fold(name)} "
    return any(key == g or f" {g} " in n for g in map(fold, names))


def span(text: str, surface: str, occurrence: int) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def judge(doc: str, text: str, events, gold_events: list[tuple]) -> list[dict]:
    """Verdicts on the gold events ``gold_events`` of article ``doc`` against its extracted ``events``."""
    out = []
    for surface, occ, kind, gold, optional in gold_events:
        a, b = span(text, surface, occ)
        event = next((e for e in events if e.type == kind
                      and any(m.start < b and a < m.end for m in e.mentions)), None)
        verdict = {"doc": doc, "surface": surface, "found": event is not None, "optional": optional,
                   "parts_ok": False, "roles_ok": False, "system": []}
        if event is not None:
            parts = [(p.name, p.key, p.role) for p in event.participants]
            verdict["system"] = [f"{n}/{r}" for n, _, r in parts]
            covered = all(any(matches(n, k, names) for n, k, _ in parts) for _, names in gold)
            clean = all(any(matches(n, k, names) for _, names in gold) for n, k, _ in parts)
            verdict["parts_ok"] = covered and clean
            verdict["roles_ok"] = verdict["parts_ok"] and all(
                role is None or any(matches(n, k, names) and r == role for n, k, r in parts) for role, names in gold)
        out.append(verdict)
    return out


def verdicts(articles: dict, gold: dict, ids: list[str] | None = None) -> list[dict]:
    """Run the per-article pipeline on ``articles`` (id -> (published, text)) and judge every
    gold event; an optional event not extracted is left out."""
    from timeline.io.articles import parse_article
    from timeline.pipeline import process

    out = []
    for doc, (published, text) in articles.items():
        if ids and not any(doc.startswith(i) for i in ids):
            continue
        result = process(parse_article({"id": doc, "published": published, "text": text}))
        assert result.problem is None, result.problem
        out += judge(doc, text, result.events, gold[doc])
    return [v for v in out if v["found"] or not v["optional"]]


def main(articles: dict, gold: dict, argv: list[str] | None = None) -> int:
    """The command line of a set's ``score.py``: ``[-v] [ids ...]``."""
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true")
    ap.add_argument("ids", nargs="*")
    ns = ap.parse_args(argv)
    scored = verdicts(articles, gold, ns.ids)
    if ns.v:
        for v in scored:
            mark = "OK " if v["roles_ok"] else ("ROL" if v["parts_ok"] else ("PRT" if v["found"] else "MIS"))
            print(f"{mark} {v['doc']:18} [{v['surface']}] {v['system']}")
    n = len(scored)
    found = sum(v["found"] for v in scored)
    parts = sum(v["parts_ok"] for v in scored)
    roles = sum(v["roles_ok"] for v in scored)
    print(f"gold events {n}: found {found}, participants right {parts}/{n} ({100 * parts / max(n, 1):.0f}%), "
          f"roles right {roles}/{n} ({100 * roles / max(n, 1):.0f}%)")
    return 0
