"""Wording found by probe BV: the regular price of the one thing given, said with its terms after the offer ("It's comped
for the first year -- normally it runs $380/yr.", "usually it costs $380 a year"), is the gift's value when no catalogue
prices it, as "Normally $380." already was. Every message is invented for these tests (the small world of
``test_relations.py``, with a product no catalogue prices)."""
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


@pytest.mark.parametrize("terms", [
    "It's comped for the first year, so it won't show up on the city's invoice -- normally it runs $380/yr.",
    "It's on the house for a year; usually it costs $380 a year.",
])
def test_the_regular_price_said_with_the_terms_is_the_value(terms):
    assert _read(f"Hi Otto, I've set up a Base Hub on your account. {terms}", "Thanks, works fine.") == \
        [("v1", "o1", 380.0)]


def test_no_price_said_leaves_the_value_unknown():
    assert _read("Hi Otto, I've set up a Base Hub on your account. It's comped for the first year.",
                 "Thanks, works fine.") == [("v1", "o1", None)]
