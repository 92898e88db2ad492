"""GIFT wording met by probe X (an mbox of a school-safety vendor writing very formal British English and a school
district's police), each rule with a near case it leaves alone. Every sentence is invented for these tests (the small
world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts


def _gifts(*bodies):
    th = vendor_thread(*bodies, subject="Porch cameras")
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_an_adjective_of_the_units_between_the_number_and_the_product_keeps_the_number():
    """"three courtesy units of the X": "courtesy" stands between the quantity and the product as "spare" does."""
    assert _gifts("Otto, kindly note that three courtesy units of the Porch Cam are on their way to you. There is "
                  "no charge.", "Arrived, many thanks!") == [("v1", "o1", 597.0)]
    assert _gifts("Otto, kindly note that three units of the Porch Cam are on their way to you. There is no charge.",
                  "Arrived, many thanks!") == [("v1", "o1", 597.0)]


def test_please_consider_it_our_treat_hands_over_and_asks_nothing():
    """"please consider it our treat" after a cost taken on says the cost is the vendor's, as "please consider the two
    a gift" does: no request of the reader; "please consider our Porch Cam" still asks (a sale)."""
    assert _gifts("Otto, we should be honoured to cover your registration ($525); please consider it our treat.",
                  "Sure, thanks.") == [("v1", "o1", 525.0)]
    assert _gifts("Otto, please consider our Porch Cam for the station; it is $199.", "Sure, thanks.") == []
