"""Participants and roles on the development set ``devparticipants2_spec.py``.

    python tests/devparticipants/score.py [-v] [ids ...]

Runs the per-article pipeline and, for each gold event, takes the extracted event of the gold
type whose mention overlaps the gold trigger. The event's *participants are right* when every
gold participant is matched by one of its participants and every participant it names matches
a gold one; its *roles are right* when, besides, each gold role is the matched participant's.
A gold event marked optional is scored only when extracted. Prints % of gold events with the
right participants (and roles).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from devparticipants2_spec import ARTICLES, GOLD  # noqa: E402

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


def judge(doc: str, text: str, events) -> list[dict]:
    out = []
    for surface, occ, kind, gold, optional in GOLD[doc]:
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true")
    ap.add_argument("ids", nargs="*")
    ns = ap.parse_args(argv)
    from timeline.io.articles import parse_article
    from timeline.pipeline import process

    verdicts = []
    for doc, (published, text) in ARTICLES.items():
        if ns.ids and not any(doc.startswith(i) for i in ns.ids):
            continue
        p = process(parse_article({"id": doc, "published": published, "text": text}))
        assert p.problem is None, p.problem
        verdicts += judge(doc, text, p.events)
    scored = [v for v in verdicts if v["found"] or not v["optional"]]
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


if __name__ == "__main__":
    raise SystemExit(main())
