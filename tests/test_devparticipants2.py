"""The second participants development set (``tests/devparticipants2``, round 3: many outlets,
mostly non-conflict news) held under its figures: 54 of 72 scored gold events with the right
participants, 52 with the right roles (floor 51 and 49: a tuned set, so a small margin for
wording changes elsewhere; the round began at 34 of 71). Most of the others are events the
extractor does not find (matches lost, elections, adoptions, arrivals)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from timeline.io.articles import parse_article
from timeline.pipeline import process

HERE = Path(__file__).parent / "devparticipants2"
sys.path.insert(0, str(HERE))
_SPEC = importlib.util.spec_from_file_location("devparticipants2_score", HERE / "score.py")
assert _SPEC is not None and _SPEC.loader is not None
_SCORE = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_SCORE)
ARTICLES, judge = _SCORE.ARTICLES, _SCORE.judge


def test_devparticipants2_floor() -> None:
    verdicts = []
    for doc, (published, text) in ARTICLES.items():
        result = process(parse_article({"id": doc, "published": published, "text": text}))
        assert result.problem is None
        verdicts += judge(doc, text, result.events)
    scored = [v for v in verdicts if v["found"] or not v["optional"]]
    assert len(scored) >= 70
    assert sum(v["parts_ok"] for v in scored) >= 51, [v for v in scored if not v["parts_ok"]]
    assert sum(v["roles_ok"] for v in scored) >= 49, [v for v in scored if not v["roles_ok"]]
