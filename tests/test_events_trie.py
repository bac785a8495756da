"""The event lexicon's token trie: wildcard paths, payload sharing and read-only leaves."""

from __future__ import annotations

import pytest

from timeline.events.lexicon import LEXICON
from timeline.events.trie import END, WILD, Hit, TrieBuilder, freeze_trie


def _hit(n: int) -> Hit:
    return Hit("trigger", {"n": n}, "noun", ("t", n))


def test_wildcard_path_is_stored_with_and_without_the_gap():
    b = TrieBuilder()
    b.add(("a", WILD, "c"), _hit(1))
    trie = freeze_trie(b.root)
    assert trie["a"]["c"][END] == (_hit(1),)
    assert trie["a"][WILD]["c"][END] == (_hit(1),)
    assert b.depth == 3


def test_leaves_with_the_same_payload_are_one_read_only_node():
    b = TrieBuilder()
    shared = _hit(1)
    b.add(("x", "y"), shared)
    b.add(("z",), shared)
    b.add(("w",), _hit(2))
    trie = freeze_trie(b.root)
    assert trie["x"]["y"] is trie["z"]
    assert trie["w"] is not trie["z"]
    with pytest.raises(TypeError):
        trie["z"][END] = ()  # a write here would change every path ending in this hit


def test_a_hit_added_twice_to_one_path_is_kept_once():
    b = TrieBuilder()
    b.add(("x",), _hit(1))
    b.add(("x",), _hit(1))
    assert freeze_trie(b.root)["x"][END] == (_hit(1),)


def test_every_leaf_of_the_built_lexicon_is_read_only():
    stack, leaves = [LEXICON.trie], 0
    while stack:
        node = stack.pop()
        for key, child in node.items():
            if key == END:
                continue
            if set(child) == {END}:
                leaves += 1
                with pytest.raises(TypeError):
                    child[END] = ()
            else:
                stack.append(child)
    assert leaves > 1000
