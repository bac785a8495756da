"""Every gold set in the repository is well formed: each span indexes its article's text, cluster
intervals nest, mention types match their cluster's, ordering pairs follow the clusters' days.

Blind sets are checked for consistency only (pass or fail); nothing here scores the engine on them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_scoring import check_gold_consistent, check_gold_spans, load_heldout

TESTS = Path(__file__).resolve().parent
SETS = sorted(p.parent for p in TESTS.glob("**/gold.json") if (p.parent / "articles.jsonl").exists())


def test_every_set_is_found():
    names = {p.relative_to(TESTS).as_posix() for p in SETS}
    assert {"heldout", "heldout3", "devevents2"} <= names, names


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.relative_to(TESTS).as_posix())
def test_gold_is_well_formed(folder):
    articles, gold = load_heldout(folder)
    check_gold_spans(articles, gold)
    check_gold_consistent(gold, strictly_before=False, diff_same_type=False)
