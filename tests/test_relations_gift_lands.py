"""A shipment said the way parcels are spoken of like planes ("the box should land tues", "they'll show up friday"):
the shipping of the gift already offered and taken up, not a second gift of the same things. Every sentence is
invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import gift_triples as gifts
from test_relations import run, vendor_thread


@pytest.mark.parametrize("notice", ["the 2 yard light cams shipped this morning, should land tues",
                                    "2 yard light cams shipped today, they'll show up friday"])
def test_the_shipping_of_an_accepted_gift_is_no_second_gift(notice):
    ms = vendor_thread("We'd be glad to give you 2 Yard Light Cams for the field house, at no cost.",
                       "that's great, pls send them to the rec center office", notice, "got both, thanks")
    assert gifts(run(ms)[1]) == [("v1", "o1", 498.0)]
