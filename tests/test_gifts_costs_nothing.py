"""GIFT: a thing said to cost the reader or their side nothing, as English says it with a negated "cost" and the least
coin ("it won't cost your division a thing", "it doesn't cost you a dime") is free; a cost said with the same words
unnegated is not. Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def read(body, reply="Thanks, got it."):
    return gifts_read(msg(VERA, [OTTO], "Cameras", body + VENDOR_SIG, day=1),
                      msg(OTTO, [VERA], "RE: Cameras", reply + "\n\nOtto", day=2))


@pytest.mark.parametrize("body,recipient", [
    ("The Yard Light Cam we left at the front counter won't cost your division a thing.", "d1"),
    ("Hang on to the Relay Chime, it doesn't cost you a penny.", "o1"),
])
def test_a_thing_that_costs_nothing_is_given(body, recipient):
    assert [(g, r) for g, r, _ in read(body)] == [("v1", recipient)]


@pytest.mark.parametrize("body", [
    "Mounting the Yard Light Cam will cost a thing or two more than the quote said.",
    "The Relay Chime doesn't cost much more than the old chime, $29.",
])
def test_a_cost_said_with_the_same_words_is_no_gift(body):
    assert read(body) == []
