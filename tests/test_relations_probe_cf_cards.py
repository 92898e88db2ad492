"""Wording found by probe CF (a radio vendor and a port police department, Apple Mail .emlx files): a prepaid card
(a prepaid Visa or debit card) handed to the reader is a present by its nature, as a gift card is, and its printed
amount is its worth; a prepaid label or prepaid shipping is no card. Every message is invented for these tests (the
small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import gifts_read, vendor_thread


@pytest.mark.parametrize("offer,value", [
    ("Otto, I dropped off a $75 prepaid card at the front counter for you.", 75.0),
    ("A $200 prepaid Visa card is on its way to you.", 200.0),
    ("I mailed you a $40 prepaid debit card yesterday.", 40.0),
])
def test_a_prepaid_card_handed_over_is_a_gift_worth_its_amount(offer, value):
    assert gifts_read(*vendor_thread(offer, "Got it, thanks!")) == [("v1", "o1", value)]


@pytest.mark.parametrize("offer", [
    "Please use the prepaid label in the box to send the loaner back.",
    "If you sign the renewal, we'll send you a $100 prepaid card.",
])
def test_a_prepaid_label_or_a_card_on_a_condition_is_no_gift(offer):
    assert gifts_read(*vendor_thread(offer, "Will do.")) == []
