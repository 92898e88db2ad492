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


def test_a_gift_to_a_named_unit_in_the_next_sentence_goes_to_the_unit():
    """"We've waived the invoice for the X. Kindly regard them as a gesture of goodwill towards the Quarry Division":
    the unit named after the gift noun (or goodwill) receives, not the lieutenant written to; "a gift to you" and a
    unit named only as where the things go leave the reader the recipient."""
    ask = "Could you send an invoice for four Porch Cams for the Quarry Division substation?"
    for words in ["Kindly regard them as a gesture of goodwill towards the Quarry Division; there is nothing to pay.",
                  "Please consider them a gift to the Quarry Division."]:
        th = vendor_thread("x", ask, "Otto, we have waived the invoice for the four Porch Cams. " + words,
                           "That's generous, thank you.")[1:]
        assert gifts(run(th, FakeIndex().see(*th))[1]) == [("v1", "d1", 796.0)]
    th = vendor_thread("x", ask, "Otto, we have waived the invoice for the four Porch Cams. Please consider them a "
                       "gift to you; they will be delivered to the Quarry Division.", "That's generous, thank you.")[1:]
    assert gifts(run(th, FakeIndex().see(*th))[1]) == [("v1", "o1", 796.0)]
