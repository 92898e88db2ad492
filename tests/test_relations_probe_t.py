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
