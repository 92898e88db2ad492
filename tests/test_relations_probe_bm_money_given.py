"""Money the vendor's side gives, found by probe BM (a sponsorship cheque made out to a police unit, read as a
payment): a check made out to the reader's side, or a sum named as a donation, a contribution or a sponsorship, in a
note that speaks of sponsoring or donating, is a gift of that sum to whom the check is made out to. Not a refund, a
fee or an invoice paid, a check made out to the vendor, a check the vendor thanks for, or an offer still asked.
Every message is invented for these tests, in wording of their own (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts


def _thread(*bodies: str) -> list:
    mails = vendor_thread(*bodies, subject="Fun run")
    return gifts(run(mails, FakeIndex().see(*mails))[1])


@pytest.mark.parametrize("offer,expected", [
    ("Otto, we're delighted to sponsor the Quarry fun run again. I've put a check in the mail for $850, made payable "
     "to the Quarry Division.", [("v1", "d1", 850.0)]),
    ("Otto,\n\nHappy to help with the fun run. Enclosed please find our cheque for $400, payable to the Metro Police "
     "Department, as our sponsorship.", [("v1", "org_a", 400.0)]),
    ("Otto, for the fun run we'd like to make a $600 contribution to the Quarry Division; the check will be made out "
     "to the division.", [("v1", "d1", 600.0)]),
    # the agency's name before its unit's only says whose unit it is
    ("Otto, proud to sponsor the fun run! A check for $250, payable to the MPD Quarry Division, is on its way.",
     [("v1", "d1", 250.0)]),
])
def test_a_check_or_sum_given_to_sponsor_is_a_gift_of_that_sum(offer, expected):
    assert _thread(offer, "Received, thank you so much!") == expected


@pytest.mark.parametrize("offer", [
    "Otto, enclosed is your refund check for $850, made payable to the Quarry Division, after the sponsorship mixup.",
    "Otto, the sponsorship table went well. Your check for $850, made out to Acme Cams, reached us Monday.",
    "Otto, thank you for the $850 check for the sponsorship booth; it was made out to us and has cleared.",
    "Otto, would the Quarry Division accept a $600 contribution toward the fun run if we sponsored it?",
    "Otto, we'll cover the $850 permit fee for the fun run; the check is made out to the city and we are proud to "
    "sponsor it.",
])
def test_money_that_pays_pays_back_or_is_only_asked_is_no_gift(offer):
    assert _thread(offer, "Received, thank you so much!") == []
