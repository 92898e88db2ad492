"""Probe CI: the vendor's side named as who covers a trip's costs, with no "your" before them ("We cover airfare, two
nights' lodging and all meals", "Acme covers the flights and the hotel"), takes those costs on for the reader; an
amount "per member", "a delegate" is each one's. A price that covers a stay is no such thing. Every message is
invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import gifts_read, vendor_thread


@pytest.mark.parametrize("offer,value", [
    ("Please join our users' council at the lake in June. We cover airfare, three nights at the inn and meals, "
     "about $1,100 per delegate.", 1100.0),
    ("Acme covers the flights and the hotel for the summit in Reno.", None),
    ("We'll pay for the hotel and your meals while you're in Denver.", None),
])
def test_the_vendors_side_covering_a_trips_costs_is_a_gift_once_taken(offer, value):
    assert gifts_read(*vendor_thread(offer, "Count me in, I'll be there.")) == [("v1", "o1", value)]


@pytest.mark.parametrize("offer", [
    "The summit pass covers lodging and meals, so budget only for airfare.",
    "The state grant covers the flights and the hotel for every delegate.",
])
def test_costs_covered_by_something_else_are_no_gift(offer):
    assert gifts_read(*vendor_thread(offer, "Count me in, I'll be there.")) == []
