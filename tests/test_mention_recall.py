"""The per-report recall figures split merging into extraction and identity."""
from __future__ import annotations

from mention_recall import figures, misses


def _gold() -> dict:
    m = [  # cluster a in two articles, b in one, c alone
        {"doc": "d1", "start": 0, "end": 5, "type": "call", "cluster": "a"},
        {"doc": "d2", "start": 10, "end": 15, "type": "call", "cluster": "a"},
        {"doc": "d1", "start": 20, "end": 25, "type": "other", "cluster": "b"},
        {"doc": "d1", "start": 30, "end": 35, "type": "other", "cluster": "b"},
        {"doc": "d2", "start": 40, "end": 45, "type": "strike", "cluster": "c"},
    ]
    return {"mentions": m}


def _event(eid: str, typ: str, *spans: tuple[str, int, int]) -> dict:
    return {"id": eid, "type": typ, "mentions": [{"doc": d, "start": s, "end": e} for d, s, e in spans]}


def test_merged_only_when_every_mention_is_in_one_event() -> None:
    tl = {"events": [_event("e1", "call", ("d1", 1, 3), ("d2", 11, 12)),
                     _event("e2", "meeting", ("d1", 21, 22)), _event("e3", "meeting", ("d1", 31, 33))]}
    f = figures(_gold(), tl)
    assert (f["mentions_found"], f["multi_mentions_found"]) == (4, 4)
    assert (f["complete"], f["merged_given_complete"]) == (2, 1)  # b is split in two events
    assert (f["cross_article"], f["cross_complete"]) == (1, 1)


def test_wrong_type_or_other_article_is_not_a_match() -> None:
    tl = {"events": [_event("e1", "strike", ("d1", 1, 3), ("d2", 11, 12)),
                     _event("e2", "strike", ("d2", 20, 25), ("d2", 40, 45))]}
    f = figures(_gold(), tl)
    assert f["mentions_found"] == 1  # only c: a has the wrong type, b's span is in another doc
    assert f["complete"] == 0 and f["merged_given_complete"] == 0


def test_misses_are_the_unmatched_gold_mentions() -> None:
    tl = {"events": [_event("e1", "call", ("d1", 1, 3)), _event("e2", "strike", ("d2", 41, 44))]}
    assert [(g["cluster"], g["start"]) for g in misses(_gold(), tl)] == [("a", 10), ("b", 20), ("b", 30)]
    assert figures(_gold(), tl)["mentions_found"] == len(_gold()["mentions"]) - 3
