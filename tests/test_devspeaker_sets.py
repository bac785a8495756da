"""Floors of the speakers development sets (``tests/devspeakers*``, scored by ``speaker_sets``).

Each figure is (right, of): statements whose speaker keys are all right, negative items with no
wrong statement, and statements dated to their asked day.  A floor is the figure at the end of
the round that last moved it; raise it when a round gains, never lower it without saying why
in that round's spec.
"""

from pathlib import Path

import pytest
from speaker_sets import items, score

HERE = Path(__file__).parent

FLOORS = {  # set, part: positives, negatives, dated (right counts; the totals are the set's)
    ("devspeakers", "A"): (22, 9, 0),
    ("devspeakers2", "A"): (22, 5, 0),
    ("devspeakers2", "B"): (8, 4, 0),
    ("devspeakers3", "A"): (20, 4, 0),
    ("devspeakers3", "B"): (6, 3, 0),
    ("devspeakers4", "A"): (23, 3, 0),
    ("devspeakers4", "B"): (6, 2, 0),
    ("devspeakers5", "A"): (20, 3, 18),
    ("devspeakers5", "B"): (6, 3, 8),
    ("devspeakers6", "A"): (21, 5, 19),
    ("devspeakers6", "B"): (6, 2, 5),
    ("devspeakers7", "A"): (20, 3, 19),
    ("devspeakers7", "B"): (8, 0, 10),
    ("devspeakers8", "A"): (18, 4, 23),
    ("devspeakers8", "B"): (5, 1, 8),
}


@pytest.mark.parametrize(("name", "part"), sorted(FLOORS))
def test_speakers_set_keeps_its_floor(name, part):
    figures, misses = score(items(HERE / name, part))
    got = tuple(figures[k][0] for k in ("positives", "negatives", "dated"))
    assert all(g >= f for g, f in zip(got, FLOORS[name, part], strict=True)), (got, FLOORS[name, part], misses)


def test_every_speakers_set_has_floors():
    sets = {p.name for p in HERE.glob("devspeakers*") if p.is_dir()}
    assert sets == {name for name, _ in FLOORS}
