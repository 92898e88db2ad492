"""An honorarium the reader is told they will receive, with when or how it is paid said after it ("a $900
honorarium, paid after the event"): the "paid" tells the honorarium's payment, not a sale. Invented wording."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import gifts_read, vendor_thread


def test_honorarium_with_its_payment_time_is_given():
    ms = vendor_thread("As the closing speaker you'll receive a $900 honorarium, paid by check two weeks after the forum.",
                       "Thank you, I accept.")
    assert gifts_read(*ms) == [("v1", "o1", 900.0)]


def test_honorarium_payable_later_is_given():
    ms = vendor_thread("Panelists get an honorarium of $400, payable once the session is over.", "Sounds good, count me in.")
    assert gifts_read(*ms) == [("v1", "o1", 400.0)]


def test_honorarium_the_reader_pays_is_no_gift():
    ms = vendor_thread("Your office paid the $400 honorarium to our trainer last week.", "Yes, that's right.")
    assert gifts_read(*ms) == []


def test_a_fee_paid_for_a_service_is_still_a_sale():
    ms = vendor_thread("The $400 setup fee is paid after the install.", "OK.")
    assert gifts_read(*ms) == []
