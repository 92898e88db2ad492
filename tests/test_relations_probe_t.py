"""GIFT wording met by probe T (a body-camera vendor's hospitality to a county sheriff's office, a Lotus Notes mbox),
each rule with a near case it leaves alone. Every sentence is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, msg, run
from test_relations import gift_triples as gifts

SIGNED = "\n\nVera\nAcme Cams"  # the vendor's name in the signature, as every vendor mail of a release prints it


@pytest.mark.parametrize("said", [
    "Otto, the Quarry paperwork cleared. Sending you the $60 Harbor Books card as promised.",
    "Otto, the Quarry paperwork cleared. I'm mailing you a $60 Harbor Books card.",
    "Sending you a $60 Harbor Books gift card, with thanks.",
])
def test_a_card_of_a_named_shop_sent_with_its_amount_is_a_gift(said):
    """"the $60 Harbor Books card" is a gift card without the word "gift"; "Sending you ..." is "I'm sending you"
    with its subject dropped."""
    assert gifts(run([msg(VERA, [OTTO], "Quarry", said + SIGNED)])[1]) == [("v1", "o1", 60.0)]


@pytest.mark.parametrize("said", [
    "Sending you the invoice for the two Porch Cams; we take any major credit card.",
    "Sending you the $60 Credit card fee schedule you asked about.",
])
def test_an_invoice_or_a_credit_card_is_no_card_given(said):
    assert gifts(run([msg(VERA, [OTTO], "Quarry", said + SIGNED)])[1]) == []


@pytest.mark.parametrize("offer, value", [
    # several costs taken on in one sentence, each priced after it: their sum
    ("Acme will cover your flight (about $310) and three nights at the Harbor Inn ($150/night).", 760.0),
    ("we'll pay your registration ($275) and your hotel ($340) for the summit.", 615.0),
    # a stay priced per night after its count
    ("Acme covers two nights at the Ridge Motel, $120 a night.", 240.0),
    # an amount that prices no cost of its own is no part of a sum
    ("we'll cover your registration ($450); the early rate would have been $380.", 450.0),
])
def test_costs_taken_on_are_summed_and_nights_counted(offer, value):
    first = msg(VERA, [OTTO], "Summit", f"Otto, {offer}{SIGNED}")
    yes = msg(OTTO, [VERA], "RE: Summit", "Thank you, I'd be glad to attend.", day=3)
    assert gifts(run([first, yes])[1]) == [("v1", "o1", value)]
