"""Tickets as their sellers and hurried writers speak of them: "tix" for tickets, and the price printed on each said
with "face" ("$90 face value apiece", "$40 face each"): the count of them times that price. Every sentence is
invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import gift_triples as gifts
from test_relations import run, vendor_thread


@pytest.mark.parametrize("offer,value", [
    ("I have 2 extra tickets for saturday's match, $90 face value apiece. Want them?", 180.0),
    ("otto - stuck with 3 extra tix for the hockey game fri, upper deck, $40 face each. yours if u want em, no strings",
     120.0),
])
def test_tickets_priced_at_face_each_are_worth_the_count_times_the_price(offer, value):
    ms = vendor_thread(offer, "yes please, the kids will love it")
    assert gifts(run(ms)[1]) == [("v1", "o1", value)]
