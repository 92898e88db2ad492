"""A giving verb in "-ing" after a comma, its "we're" dropped as hurried writers drop it ("... a free X, mailing it to
your desk friday"): the vendor doing it, a thing sent now, as "we're mailing it" says; a loan, a quote or a maybe
stays what it is. Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import gift_triples as gifts
from test_relations import run, vendor_thread


@pytest.mark.parametrize("body,value", [
    ("Six sign-ups on OTTO50 this month! That gets you a free Yard Light Cam, mailing it to you friday.", 249.0),
    ("Four more neighbors used OTTO50, which earns you a free Porch Cam Elite, shipping them out next week", 249.0),
])
def test_a_thing_sent_with_the_we_dropped_is_a_gift(body, value):
    assert gifts(run(vendor_thread(body))[1]) == [("v1", "o1", value)]


@pytest.mark.parametrize("body", [
    "You can borrow a Porch Cam for the month, shipping it to you tomorrow.",
    "Here's a quote for a Porch Cam at $199, shipping it once the PO clears.",
    "We might be able to spare a Porch Cam for the lobby, sending it next week if so.",
])
def test_a_loan_a_quote_or_a_maybe_is_no_gift(body):
    assert gifts(run(vendor_thread(body))[1]) == []
