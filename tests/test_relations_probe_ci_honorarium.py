"""Probe CI (an HTML-only .eml release of a real-time crime center vendor): an honorarium the vendor's side pays a
speaker is money given ("We pay each panelist an honorarium of $X"), whatever else the message speaks of; its paying
word sells nothing. And a yes to an invitation put as being glad to do it ("I'd be glad to.", "We'd be happy to.")
takes it up. Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import gifts_read, vendor_thread


@pytest.mark.parametrize("offer,reply,value", [
    ("Would you open our users' day in June? We pay an honorarium of $900 to each presenter.", "I'd be happy to.", 900.0),
    ("Our keynote speakers receive a $750 honorarium and we hope you'll be one of them.", "We'd be glad to.", 750.0),
    ("Acme pays every workshop leader a $600 honorarium.", "Yes, thank you!", 600.0),
])
def test_an_honorarium_the_vendor_pays_is_money_given(offer, reply, value):
    assert gifts_read(*vendor_thread(offer, reply)) == [("v1", "o1", value)]


@pytest.mark.parametrize("offer,reply", [
    # declined under a rule
    ("We pay an honorarium of $900 to each presenter.", "Thank you, but I can't accept an honorarium under our policy."),
    # never answered with a yes
    ("We pay an honorarium of $900 to each presenter.", "Let me look at my calendar."),
])
def test_an_honorarium_declined_or_not_taken_up_is_no_gift(offer, reply):
    assert gifts_read(*vendor_thread(offer, reply)) == []


def test_being_glad_to_takes_up_hospitality():
    assert gifts_read(*vendor_thread("I have two tickets for the Friday match if you want them.",
                                     "I'd be glad to.")) == [("v1", "o1", None)]
