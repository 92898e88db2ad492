"""Wording found by probe BV: the worth of the one thing given, said in a sentence of its own that names it ("For your
records the retail on the Base Hub is $380."), is the gift's value when no catalogue prices it, as it is when the
sentence says "it". Every message is invented for these tests (the small world of ``test_relations.py``, with a product
no catalogue prices)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import NODES, FakeIndex, _node, gift_triples, run, vendor_thread

HUB = _node("p_hub", "product", "Base Hub", [], unit_price_usd=None)


def _read(*bodies):
    thread = vendor_thread(*bodies)
    return gift_triples(run(thread, FakeIndex({**NODES, HUB.id: HUB}).see(*thread))[1])


@pytest.mark.parametrize("offer", [
    "Otto, I've got a spare Base Hub for you, no charge. For your records the retail on the Base Hub is $380.",
    "Otto, a Base Hub is on its way to you, on the house. The Base Hub is worth about $380, for your log.",
])
def test_the_worth_of_the_one_thing_named_is_its_value(offer):
    assert _read(offer, "That's very generous, thank you.") == [("v1", "o1", 380.0)]


@pytest.mark.parametrize("offer", [
    # another product's price is not the gift's worth
    "Otto, a Base Hub is on its way to you, on the house. The Porch Cam is worth $199 if you want one later.",
    # one thing's worth is not the worth of two
    "Otto, I've got two spare Base Hubs for you, no charge. For your records the retail on the Base Hub is $380.",
])
def test_a_worth_of_something_else_is_not_the_value(offer):
    assert _read(offer, "Thanks!") == [("v1", "o1", None)]
