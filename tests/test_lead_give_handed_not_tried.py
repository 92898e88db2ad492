"""PROMOTED (found from probe EC's leftovers; every sentence here is invented for these tests, in the small world of
``test_relations.py``, read with the parse): "give" opening a sentence with the thing handed to someone ("Give it to
them when you order", "give the counter clerk this sheet") hands something over; it advises no purchase, as "give
the X a try" does."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, promoted_to


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "Acme handed us a neighbour code for 10% off the Porch Cam. Give it to them when you order and tell Vera I sent you.",
    "Acme printed a flyer about the Porch Cam. Give it to the front desk when you stop by.",
])
def test_a_thing_handed_over_is_no_advice_to_buy(parser, body):
    assert promoted_to(parser, body, CORA) == []


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "Give the Porch Cam a try, you won't be sorry.",
    "Give the Yard Light Cam a shot before you buy anything else.",
])
def test_give_it_a_try_still_advises(parser, body):
    assert [t for _, t in promoted_to(parser, body, CORA)] in (["p_door"], ["p_flood"])
