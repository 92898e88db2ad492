"""GIFT value (found from probe EF's leftovers; every sentence here is invented for these tests, in the small world of
``test_relations.py``): a word describing the things may stand between their count and their name ("three of our
weatherproof Porch Cams", "two rugged Yard Light Cams"), as "new" or "spare" does; the count is still the number
given. A count that is not of the things (a price, a length of time) still counts nothing."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


@pytest.mark.parametrize("body,value", [
    ("I'm sending three of our weatherproof Porch Cams over to you - keep them, they're on us.", 597.0),
    ("Two rugged Yard Light Cams are on their way to you, no charge.", 498.0),
    ("Four spare Porch Cams went out to you today, free of charge.", 796.0),  # a filler, as before
])
def test_a_described_count_is_the_number_given(body, value):
    got = gifts_read(msg(VERA, [OTTO], "For the shift", body + VENDOR_SIG, day=1),
                     msg(OTTO, [VERA], "RE: For the shift", "They arrived, thank you very much.\n\nOtto", day=2))
    assert got == [("v1", "o1", value)]


def test_a_sentence_without_a_count_still_gives_one():
    got = gifts_read(msg(VERA, [OTTO], "For you", "I'm sending you one of our weatherproof Porch Cams, on us." + VENDOR_SIG,
                         day=1),
                     msg(OTTO, [VERA], "RE: For you", "It arrived, thank you.\n\nOtto", day=2))
    assert got == [("v1", "o1", 199.0)]
