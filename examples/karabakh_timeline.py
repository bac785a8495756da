"""Build the timeline of the bundled Karabakh seed articles and print it as a dated list.

    python examples/karabakh_timeline.py [ARTICLES.jsonl] [--visual]

Arabic is printed in logical order (UTF-8), which terminals with bidi support render
correctly; ``--visual`` reorders it for terminals without (needs python-bidi).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from timeline.events import display_name, place_name
from timeline.graph import build, linear_view
from timeline.model import Article

ROOT = Path(__file__).resolve().parent.parent


def read(path: Path) -> list[Article]:
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            articles.append(Article(row["id"], row["text"], dt.datetime.fromisoformat(row["published"])))
    return articles


def shaper(visual: bool):
    if not visual:
        return lambda s: s
    try:
        from bidi.algorithm import get_display
    except ImportError:
        sys.exit("--visual needs python-bidi (pip install python-bidi)")
    return get_display


def line_of(text: str, start: int, end: int, context: tuple[int, int] | None, width: int = 90) -> str:
    """One line of the sentence around a mention, at most ``width`` characters."""
    lo, hi = context or (start, end)
    lo = max(lo, start - width // 2)
    hi = min(hi, max(end, lo + width))
    if lo > (context or (start, end))[0]:
        lo = text.find(" ", lo, start) + 1 or lo  # start on a word
    return " ".join(text[lo:hi].split())


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles", nargs="?", default=str(ROOT / "seeds" / "articles.jsonl"))
    ap.add_argument("--visual", action="store_true", help="reorder Arabic for terminals without bidi")
    args = ap.parse_args(argv)
    show = shaper(args.visual)
    articles = read(Path(args.articles))
    texts = {a.id: a.text for a in articles}
    timeline = build(articles)
    for event in linear_view(timeline):
        first, last = event.days
        when = str(first) if first == last else f"{first} .. {last}"
        kind = event.type + (f"/{event.subtype}" if event.subtype else "") + (f"/{event.phase}" if event.phase else "")
        who = show("، ".join(display_name(a.key) for a in event.participants)) or "-"
        place = f" @ {show(place_name(event.place))}" if event.place else ""
        print(f"{when:24} {kind:22} {who}{place}  [{event.id}, confidence {event.confidence}]")
        for m in event.mentions:
            print(f"    {m.doc[:12]:12} {show(line_of(texts[m.doc], m.start, m.end, m.context))}")
        for w in event.warnings:
            print(f"    ! {w}")
    text_links = [r for r in timeline.relations if r.origin == "text"]
    print(f"\n{len(timeline.events)} events, {len(timeline.relations)} relations "
          f"({len(text_links)} from textual cues), {len(timeline.conflicts)} conflicts")
    for c in timeline.conflicts:
        print(f"  conflict {c.source} / {c.target}: {c.message}")


if __name__ == "__main__":
    try:
        main()
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader (e.g. `| head`) left: stop quietly, and keep Python from failing again
        # when it flushes stdout at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
