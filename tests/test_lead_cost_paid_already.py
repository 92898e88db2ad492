"""GIFT (found from probes EB's and ED's leftovers; every sentence here is invented for these tests, in the small world
of ``test_relations.py``): a cost of the reader's (or the reader's child's) that the vendor's side says it has paid
already ("We've taken care of the room for both nights", "I covered your registration", "paid your daughter's
tuition") is given, an answer or not, as a parcel shipped is; the reader's own payment, an invoice paid, or a booking
billed back, is not."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


@pytest.mark.parametrize("body,value", [
    ("You're all set at the Fernhall Inn for the 9th and 10th. We've taken care of the room for both nights, so just "
     "check in when you arrive.", None),
    ("I covered your registration for the Tarnby summit ($380), so your badge is at the desk.", 380.0),
])
def test_a_cost_paid_already_is_given_without_an_answer(body, value):
    assert gifts_read(msg(VERA, [OTTO], "Trip", body + VENDOR_SIG, day=1)) == [("v1", "o1", value)]


@pytest.mark.parametrize("body", [
    "I see you've taken care of your own room at the Fernhall Inn already, so we'll see you at the summit.",
    "We've taken care of the room for both nights and will bill the department at cost afterwards.",
])
def test_the_readers_own_payment_or_a_cost_billed_back_is_no_gift(body):
    assert gifts_read(msg(VERA, [OTTO], "Trip", body + VENDOR_SIG, day=1)) == []


def test_a_cost_of_the_readers_child_paid_by_the_vendor_is_given():
    # (the paying is the giving, no sale: "paid your daughter's tuition")
    body = "I called the Fernbrook Art Camp and paid your daughter's tuition for the June session ($380) - on us."
    assert gifts_read(msg(VERA, [OTTO], "Camp", body + VENDOR_SIG, day=1)) == [("v1", "o1", 380.0)]


@pytest.mark.parametrize("body", [
    "Once you've paid your registration ($450), we'll see you at the summit.",
    "Thanks, I see you paid your daughter's tuition for the June session ($380) already.",
    "We paid your invoice for the June session ($380) last week.",
])
def test_the_reader_paying_or_an_invoice_paid_is_no_gift(body):
    assert gifts_read(msg(VERA, [OTTO], "Camp", body + VENDOR_SIG, day=1)) == []
