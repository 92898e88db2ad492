"""A way in to an event or a stay comped for the reader ("we comped your pass", "your ticket is complimentary", "your
hotel is on our account"), an invoice being zeroed out, and a giving only wished for and said against by what is
allowed ("I'd love to send you one, but your rules won't allow it"). Every sentence is invented for these tests (the
small world of ``test_relations.py``: Vera of Acme Cams writes, Otto of the police answers)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
import test_relations as T  # noqa: E402


@pytest.mark.model
@pytest.mark.parametrize("offer,reply", [
    ("We comped your pass to the Harbor Lights Summit.", "Thanks, see you there."),
    ("Your ticket to the Harbor Lights gala is complimentary.", "Thanks, see you there."),
    ("Your hotel for the training week is on our account.", "Thank you, Vera."),
])
def test_a_way_in_or_a_stay_comped_for_the_reader_is_a_gift(offer, reply):
    assert T.gifts_read(*T.vendor_thread(offer, reply)) == [("v1", "o1", None)]


@pytest.mark.model
def test_an_invoice_being_zeroed_out_is_a_gift():
    thread = T.vendor_thread("We're zeroing out the invoice for the three Relay Chimes.", "Thank you, Vera.")
    assert T.gifts_read(*thread) == [("v1", "o1", 87.0)]


@pytest.mark.model
@pytest.mark.parametrize("offer,reply", [
    ("I'd love to send you a Relay Chime, but I know your rules won't allow it.", "Understood, thanks."),
    ("Your registration for the Harbor Lights Summit is $450; please pay by card at the door.", "Will do."),
    ("Your pass to the expo floor is free for every attendee who registers by May.", "Noted."),
    ("Your ticket to the expo is free if you register before Friday.", "Noted."),
])
def test_no_gift_when_only_wished_or_paid_or_free_to_all(offer, reply):
    assert T.gifts_read(*T.vendor_thread(offer, reply)) == []
